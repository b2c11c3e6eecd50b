/** The bundled action (dist/sbom-vex) and CLI (dist/cli), run as the runner and a user run them. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, runCli } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { cyclonedxSbom, goPkg, grypeReport, openvex, tempWorkspace } from './fixtures.js';

const ws = tempWorkspace('sbom-vex-e2e-');
afterAll(() => ws.done());
const pkgs = [goPkg(1), goPkg(2)];
const sbom = ws.write('sbom.cdx.json', cyclonedxSbom(pkgs));
const critical = ws.write(
  'critical.grype.json',
  grypeReport([{ id: 'CVE-2026-1000', pkg: pkgs[0], cvss: 9.8, severity: 'Critical' }])
);
const medium = ws.write(
  'medium.grype.json',
  grypeReport([{ id: 'CVE-2026-2000', pkg: pkgs[1], cvss: 5.0, severity: 'Medium' }])
);
const vex = ws.write(
  'app.openvex.json',
  openvex([
    {
      vuln: 'CVE-2026-1000',
      status: 'not_affected',
      sub: pkgs[0].purl,
      justification: 'vulnerable_code_not_present'
    }
  ])
);
const NOW = '2026-12-01T12:00:00Z';

describe('dist/sbom-vex (the action)', () => {
  it('passes when VEX suppresses the only blocker: outputs, decision document, summary, policy record, SARIF', async () => {
    const r = await runAction('sbom-vex', {
      inputs: {
        sbom,
        reports: `${critical}\n${medium}`,
        vex,
        now: NOW,
        'sarif-file': 'sbom-vex.sarif'
      },
      workspace: ws.dir
    });
    expect([r.exitCode, r.stderr]).toEqual([0, '']);
    expectValidResult(r.result);
    expect(r.outputs).toMatchObject({
      verdict: 'pass',
      blocked: '0',
      suppressed: '1',
      findings: '2',
      'sarif-file': 'sbom-vex.sarif'
    });
    const decision = JSON.parse(readFileSync(r.outputs['decision-file'], 'utf8')) as {
      schema: string;
      decisions: { outcome: string; vex?: { doc: string } }[];
    };
    expect(decision.schema).toBe('ci-intel.sbom-vex-decision.v1');
    expect(decision.decisions.map((d) => d.outcome).sort()).toEqual(['allowed', 'suppressed']);
    expect(r.outputs['decision-file'].startsWith(r.runnerTemp)).toBe(true);
    expect(r.summary).toContain('sbom-vex');
    expect(r.summary).toContain('**2** findings: **0** blocked, **1** suppressed by VEX');
    expect(r.summary).toContain('| SBOM | `sbom.cdx.json` | cyclonedx 1.6, 2 components |');
    const policy = readFileSync(join(r.runnerTemp, 'ci-intel', 'policies.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; result: string });
    expect(policy).toEqual([expect.objectContaining({ id: 'ci-intel/sbom-vex', result: 'allow' })]);
    const sarif = JSON.parse(readFileSync(join(ws.dir, 'sbom-vex.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string }[] }[];
    };
    expect(sarif.runs[0].results.map((x) => x.ruleId)).toContain('sbom-vex/suppressed');
  });

  it('fails the step on a blocker in enforce mode, reports only in audit mode', async () => {
    const enforce = await runAction('sbom-vex', {
      inputs: { sbom, reports: critical, now: NOW },
      workspace: ws.dir
    });
    expect(enforce.exitCode).toBe(1);
    expect(enforce.outputs.verdict).toBe('fail');
    expect(enforce.stdout).toContain('CVE-2026-1000');
    const audit = await runAction('sbom-vex', {
      inputs: { sbom, reports: critical, now: NOW, mode: 'audit' },
      workspace: ws.dir
    });
    expect(audit.exitCode).toBe(0);
    expect(audit.outputs.verdict).toBe('fail');
  });

  it('errors (fails closed) when there is nothing to check', async () => {
    const empty = ws.write('empty.cdx.json', cyclonedxSbom([]));
    const r = await runAction('sbom-vex', {
      inputs: { sbom: empty, reports: medium, now: NOW },
      workspace: ws.dir
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('error');
    expect(r.result!.summary).toContain('nothing to check');
  });
});

describe('ci-intel sbom-vex (the CLI)', () => {
  it('exit 0 / 1 / 2 for pass / fail / error, list inputs comma-separated, --format json is the result', async () => {
    const ok = await runCli(
      [
        'sbom-vex',
        '--sbom',
        sbom,
        '--reports',
        `${critical},${medium}`,
        '--vex',
        vex,
        '--now',
        NOW,
        '--format',
        'json'
      ],
      { cwd: ws.dir }
    );
    expect(ok.exitCode).toBe(0);
    const result = JSON.parse(ok.stdout) as { verdict: string; outputs: Record<string, string> };
    expectValidResult(result);
    expect(result.outputs.suppressed).toBe('1');
    const fail = await runCli(['sbom-vex', '--sbom', sbom, '--reports', critical, '--now', NOW], {
      cwd: ws.dir
    });
    expect(fail.exitCode).toBe(1);
    expect(fail.stdout).toContain('sbom-vex/blocked');
    const err = await runCli(
      ['sbom-vex', '--sbom', 'missing.json', '--reports', critical, '--now', NOW],
      { cwd: ws.dir }
    );
    expect(err.exitCode).toBe(2);
    expect(err.stdout + err.stderr).toContain("input 'sbom': missing.json does not exist");
  });
});
