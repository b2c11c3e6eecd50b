/** The configuration contract through the bundled actions and the CLI, as users meet it. */
import { describe, expect, it } from '@jest/globals';
import { runAction, runCli } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { makeRepo } from '../helpers/temp-repo.js';

const evidence = JSON.stringify({
  drill: {
    last_success_rfc3339: '2026-11-20T03:05:00Z',
    type: 'restore',
    rpo_s: 42,
    rto_s: 180,
    result: 'pass'
  }
});
const NOW = '2026-11-23T12:00:00Z'; // 3 days 9 hours after the drill

function repo(config: string, extra: Record<string, string> = {}): string {
  return makeRepo({ 'drill.json': evidence, '.ci-intel/config.yml': config, ...extra });
}

describe('dr-freshness reads .ci-intel/config.yml', () => {
  const config = `version: 1\ndr-freshness:\n  evidence: drill.json\n  max-age: 1d\n  now: "${NOW}"\n`;

  it('the repository config is used when the step gives nothing', async () => {
    const r = await runAction('dr-freshness', { workspace: repo(config) });
    expect(r.outputs.verdict).toBe('fail');
    expectValidResult(r.result);
    const ev = r.result!.evidence as {
      inputs: Record<string, unknown>;
      config: { digest: string; files: string[] };
    };
    expect(ev.inputs).toMatchObject({ evidence: 'drill.json', 'max-age': 86_400_000 });
    expect(ev.config.files).toEqual(['.ci-intel/config.yml']);
    expect(ev.config.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("the step's with: wins over the repository; a with: equal to the default is not a setting", async () => {
    const r = await runAction('dr-freshness', {
      workspace: repo(config),
      inputs: { 'max-age': '5d', mode: 'enforce' }
    });
    expect(r.outputs.verdict).toBe('pass');
    expect((r.result!.evidence as { inputs: Record<string, unknown> }).inputs['max-age']).toBe(
      5 * 86_400_000
    );
    // The runner fills INPUT_MAX-AGE with the action.yml default (7d) when with: omits it, so
    // that value cannot be told from "not given": the repository's 1d stays in force.
    const d = await runAction('dr-freshness', {
      workspace: repo(config),
      inputs: { 'max-age': '7d' }
    });
    expect(d.outputs.verdict).toBe('fail');
  });

  it('a step input loosening an organisation bound is an error naming both layers and values', async () => {
    const ws = repo(`version: 1\nextends: org.yml\n${config.slice('version: 1\n'.length)}`, {
      '.ci-intel/org.yml':
        'version: 1\npolicy:\n  bounds:\n    dr-freshness.max-age: { at-most: 2d }\n'
    });
    const r = await runAction('dr-freshness', { workspace: ws, inputs: { 'max-age': '8d' } });
    expect(r.exitCode).not.toBe(0);
    expect(r.outputs.verdict).toBe('error');
    expect(r.result!.findings[0]).toMatchObject({
      rule: 'gate/error',
      message: 'dr-freshness.max-age must be at most 2d (org .ci-intel/org.yml); with: gives "8d"'
    });
  });

  it('an unknown key is an error with file, line and the closest valid key, as an annotation', async () => {
    const r = await runAction('dr-freshness', {
      workspace: repo('version: 1\ndr-freshness:\n  maxage: 1d\n')
    });
    expect(r.outputs.verdict).toBe('error');
    expect(r.result!.findings[0]).toMatchObject({ file: '.ci-intel/config.yml', line: 3 });
    expect(r.stdout).toMatch(
      /::error (title=dr-freshness%3A gate\/error,)?file=\.ci-intel\/config\.yml,line=3.*did you mean 'max-age'\?/
    );
  });

  it('the CLI: flags win, and `ci-intel config` shows origins', async () => {
    const ws = repo(config);
    const fail = await runCli(['dr-freshness', '--workspace', ws, '--format', 'json']);
    expect(fail.exitCode).toBe(1);
    const pass = await runCli(['dr-freshness', '--workspace', ws, '--max-age', '5d']);
    expect(pass.exitCode).toBe(0);
    const shown = await runCli(['config', 'dr-freshness', '--workspace', ws]);
    expect(shown.exitCode).toBe(0);
    expect(shown.stdout).toMatch(/\.ci-intel\/config\.yml:4\s+max-age = 1d/);
    expect(shown.stdout).toMatch(/default\s+mode = enforce/);
    const json = JSON.parse(
      (await runCli(['config', '--format', 'json', '--workspace', ws])).stdout
    ) as {
      gates: Record<string, { values: Record<string, { origin: string }> }>;
    };
    expect(json.gates['dr-freshness'].values.evidence.origin).toBe('.ci-intel/config.yml:3');
  });

  it('`ci-intel doctor` says what is wrong and exits 1 on an invalid configuration', async () => {
    const bad = await runCli([
      'doctor',
      '--workspace',
      repo('version: 1\nextends: acme/p/x.yml@main\n')
    ]);
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toMatch(/FAIL\s+config\s+.*pins 'main', which is not a 40-hex commit SHA/);
    const good = await runCli(['doctor', '--workspace', repo(config), '--format', 'json']);
    const report = JSON.parse(good.stdout) as { gates: { gate: string; runs: boolean }[] };
    expect(report.gates.find((g) => g.gate === 'dr-freshness')?.runs).toBe(true);
  });
});
