import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { toSarif } from '../../src/core/report/sarif.js';
import { workflowPolicy } from '../../src/gates/workflow-policy/index.js';
import { check, checkIn, wf, workspace } from './helpers.js';

// The SARIF 2.1.0 JSON Schema as published (shipped in @microsoft/jest-sarif), draft-04.
const require = createRequire(import.meta.url);
const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
// ajv-draft-04 is CommonJS: its class is the `default` export.
const { default: Ajv04 } = require('ajv-draft-04') as { default: new (options: object) => Ajv };
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (a: Ajv) => Ajv;
// unicodeRegExp off: one pattern in the published schema is not valid under the `u` flag.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));

interface SarifRun {
  tool: {
    driver: { rules: { id: string; help: { text: string }; shortDescription: { text: string } }[] };
  };
  results: {
    ruleId: string;
    ruleIndex: number;
    level: string;
    locations: {
      physicalLocation: {
        artifactLocation: { uri: string };
        region: { startLine: number; startColumn: number };
      };
    }[];
    partialFingerprints: Record<string, string>;
  }[];
}

const FILES = {
  '.github/workflows/a.yml': wf(
    `      - uses: actions/checkout@v4
      - run: echo "\${{ github.event.issue.title }}"
      - env:
          GH_TOKEN: ghp_x7Kq2mP9vL4nR8sT1wY6zA3bC5dE0fG2hJ4k
        run: gh api user
`,
    '',
    'push'
  ),
  '.github/workflows/b.yml':
    'on: push\njobs:\n  j:\n    uses: o/r/.github/workflows/x.yml@main\n    secrets: inherit\n'
};

describe('SARIF', () => {
  it('validates against the SARIF 2.1.0 schema, with rules, help text and fingerprints', async () => {
    const r = await check(FILES);
    const sarif = toSarif(r, workflowPolicy.rules, '0.1.0');
    const ok = validate(sarif);
    expect(ajv.errorsText(validate.errors)).toBe('No errors');
    expect(ok).toBe(true);
    const run = sarif.runs[0] as SarifRun;
    const ids = run.tool.driver.rules.map((x) => x.id);
    for (const rule of [
      'pinned-uses',
      'permissions',
      'template-injection',
      'secrets-inherit',
      'static-secrets',
      'concurrency',
      'persist-credentials'
    ]) {
      expect(ids).toContain(`workflow-policy/${rule}`);
    }
    expect(run.tool.driver.rules.every((x) => x.help.text.length > 40)).toBe(true);
    const seen = new Set(run.results.map((x) => x.ruleId));
    expect([...seen].sort()).toEqual([
      'workflow-policy/concurrency',
      'workflow-policy/permissions',
      'workflow-policy/pinned-uses',
      'workflow-policy/secrets-inherit',
      'workflow-policy/static-secrets',
      'workflow-policy/template-injection'
    ]);
    for (const res of run.results) {
      expect(ids[res.ruleIndex]).toBe(res.ruleId);
      expect(res.partialFingerprints['ciIntelFinding/v1']).toMatch(/^[0-9a-f]{64}$/);
      expect(res.locations[0].physicalLocation.artifactLocation.uri).toMatch(
        /^\.github\/workflows\/[ab]\.yml$/
      );
    }
    const inj = run.results.find((x) => x.ruleId === 'workflow-policy/template-injection')!;
    expect(inj.locations[0].physicalLocation.region).toEqual({ startLine: 8, startColumn: 20 });
    expect(JSON.stringify(sarif)).not.toContain('ghp_x7Kq2mP9vL4nR8sT1wY6zA3bC5dE0fG2hJ4k');
  });

  it('the validator rejects SARIF that is not 2.1.0-shaped (the check above can fail)', async () => {
    const sarif = toSarif(await check(FILES), workflowPolicy.rules, '0.1.0');
    const broken = JSON.parse(JSON.stringify(sarif)) as {
      runs: { results: { level: string }[] }[];
    };
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
    expect(validate({ ...sarif, version: '2.0.0' })).toBe(false);
  });

  it('fingerprints are stable across runs and across edits elsewhere in the file', async () => {
    const root = workspace(FILES);
    const a = toSarif(await checkIn(root), workflowPolicy.rules, '0.1.0').runs[0] as SarifRun;
    const b = toSarif(await checkIn(root), workflowPolicy.rules, '0.1.0').runs[0] as SarifRun;
    expect(b.results).toEqual(a.results);
    const moved = await check({
      ...FILES,
      '.github/workflows/a.yml':
        '# a comment line added on top\n' + FILES['.github/workflows/a.yml']
    });
    const c = toSarif(moved, workflowPolicy.rules, '0.1.0').runs[0] as SarifRun;
    const fp = (run: SarifRun) =>
      run.results.map((x) => x.partialFingerprints['ciIntelFinding/v1']).sort();
    expect(fp(c)).toEqual(fp(a));
    expect(
      c.results.find((x) => x.ruleId.endsWith('template-injection'))!.locations[0].physicalLocation
        .region.startLine
    ).toBe(9);
  });
});
