import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseActionSpec } from '../../src/core/action-spec.js';
import type { Gate } from '../../src/core/gate.js';
import { Redactor } from '../../src/core/redact.js';
import { appendPolicyRecord } from '../../src/core/report/files.js';
import { summaryMarkdown } from '../../src/core/report/markdown.js';
import { policyRecord } from '../../src/core/report/policy-record.js';
import { toSarif } from '../../src/core/report/sarif.js';
import { runGate } from '../../src/core/run-gate.js';
import { expectValidResult } from '../helpers/result-schema.js';

const spec = parseActionSpec(
  'demo',
  `
name: demo
description: d
inputs:
  token: { description: t, type: secret }
  fail-with: { description: f, type: choice, options: [none, finding, throw, lie], default: none }
  mode: { description: m, type: choice, options: [enforce, audit], default: enforce }
runs: { using: node24, main: x }
`
);

const demo: Gate = {
  name: 'demo',
  rules: [{ id: 'demo/bad', title: 'Bad', help: 'Make it good.', severity: 'error' }],
  async evaluate(inputs) {
    const how = inputs.string('fail-with');
    if (how === 'throw') throw new Error(`boom with ${inputs.string('token')}`);
    if (how === 'lie') {
      return {
        verdict: 'pass',
        summary: 'claims pass',
        findings: [{ rule: 'demo/bad', severity: 'error', message: 'but this is an error' }],
        evidence: {}
      };
    }
    const findings =
      how === 'finding'
        ? [
            {
              rule: 'demo/bad',
              severity: 'error' as const,
              message: `leaks ${inputs.string('token')}`,
              file: 'a.yml',
              line: 3,
              column: 5
            }
          ]
        : [];
    return {
      verdict: findings.length ? 'fail' : 'pass',
      summary: 'demo ran',
      findings,
      evidence: { token: inputs.string('token') }
    };
  }
};

const ctx = {
  workspace: tmpdir(),
  tempDir: tmpdir(),
  env: {},
  now: () => new Date(),
  log: () => undefined,
  secret: () => undefined
};

describe('runGate', () => {
  it('passes, with a schema-valid result', async () => {
    const r = await runGate(demo, {}, ctx, { spec });
    expectValidResult(r);
    expect(r.verdict).toBe('pass');
    expect(r.mode).toBe('enforce');
  });

  it('turns an exception into verdict error and redacts the secret from it', async () => {
    const r = await runGate(demo, { 'fail-with': 'throw', token: 's3cr3t-value' }, ctx, { spec });
    expectValidResult(r);
    expect(r.verdict).toBe('error');
    expect(JSON.stringify(r)).not.toContain('s3cr3t-value');
    expect(r.findings[0].message).toContain('boom with ***');
  });

  it('turns a bad input into verdict error naming the input', async () => {
    const r = await runGate(demo, { 'fail-with': 'nope' }, ctx, { spec });
    expect(r.verdict).toBe('error');
    expect(r.findings[0].rule).toBe('input/invalid');
    expect(r.findings[0].message).toContain("input 'fail-with'");
    expect(r.findings[0].help).toContain('fail-with');
  });

  it('never lets a verdict be kinder than its findings', async () => {
    const r = await runGate(demo, { 'fail-with': 'lie' }, ctx, { spec });
    expect(r.verdict).toBe('fail');
  });

  it('keeps audit mode on the result', async () => {
    const r = await runGate(demo, { 'fail-with': 'finding', mode: 'audit' }, ctx, { spec });
    expect(r.verdict).toBe('fail');
    expect(r.mode).toBe('audit');
    expect(policyRecord(r).result).toBe('warn');
  });
});

describe('reporters', () => {
  it('writes deny/allow policy records as NDJSON', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'ci-intel-'));
    const fail = await runGate(demo, { 'fail-with': 'finding' }, ctx, { spec });
    const pass = await runGate(demo, {}, ctx, { spec });
    appendPolicyRecord(fail, temp);
    const file = appendPolicyRecord(pass, temp);
    const records = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((r) => r.result)).toEqual(['deny', 'allow']);
    expect(records[0].id).toBe('ci-intel/demo');
    expect(Number.isInteger(records[0].time_ns)).toBe(true);
  });

  it('builds SARIF 2.1.0 with rules, help and fingerprints', async () => {
    const r = await runGate(demo, { 'fail-with': 'finding' }, ctx, { spec });
    const sarif = toSarif(r, demo.rules, '0.0.0') as unknown as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string; help: { text: string } }[] } };
        results: Record<string, unknown>[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.rules[0]).toMatchObject({
      id: 'demo/bad',
      help: { text: 'Make it good.' }
    });
    expect(sarif.runs[0].results[0]).toMatchObject({
      ruleId: 'demo/bad',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'a.yml' },
            region: { startLine: 3, startColumn: 5 }
          }
        }
      ]
    });
    expect(sarif.runs[0].results[0].partialFingerprints).toBeDefined();
  });

  it('renders a job summary with findings and escapes table cells', async () => {
    const r = await runGate(demo, { 'fail-with': 'finding', token: 'a|b' }, ctx, { spec });
    const md = summaryMarkdown(r);
    expect(md).toContain('❌ demo: fail');
    expect(md).toContain('`a.yml:3:5`');
  });

  it('redacts registered secrets and well-known token shapes', () => {
    const r = new Redactor();
    r.add('my-password-1');
    const gh = 'ghp_' + 'a'.repeat(36);
    expect(r.redact(`x my-password-1 y ${gh}`)).toBe('x *** y ***');
  });

  it('redacts each well-known token shape, alone, in text and several in one string', () => {
    const r = new Redactor();
    const shapes = [
      ...['p', 'o', 'u', 's', 'r'].map((k) => `gh${k}_${'B7'.repeat(18)}`),
      `github_pat_${'a1_'.repeat(8)}`,
      'AKIA' + 'Q3ZX7TWA2P5LKM4N',
      `eyJ${'h'.repeat(10)}.${'p'.repeat(10)}.${'s'.repeat(10)}`,
      '-----BEGIN RSA PRIVATE KEY-----\nMIIabc\n-----END RSA PRIVATE KEY-----'
    ];
    for (const t of shapes) {
      expect(r.redact(t)).toBe('***');
      expect(r.redact(`before ${t} after`)).toBe('before *** after');
    }
    expect(r.redact(shapes.join(' | '))).toBe(shapes.map(() => '***').join(' | '));
    // Near misses stay: too short, or the prefix alone.
    for (const t of [
      'ghp_short',
      'AKIA1234',
      'eyJ.x.y',
      'github_pat_',
      '-----BEGIN CERTIFICATE-----'
    ])
      expect(r.redact(t)).toBe(t);
  });

  it('a secret registered after a first redaction is redacted from then on', () => {
    const r = new Redactor();
    expect(r.redact('a late-secret-1 b')).toBe('a late-secret-1 b');
    r.add('late-secret-1');
    expect(r.redact('a late-secret-1 b')).toBe('a *** b');
  });

  it('redacts every finding of a result, copying only the findings whose text changes', () => {
    const r = new Redactor();
    r.add('my-password-1');
    const help = 'rotate my-password-1 and run again';
    const clean = {
      rule: 'g/clean',
      severity: 'warning' as const,
      message: 'no secret',
      file: 'a.yml',
      line: 3
    };
    const leaky = {
      rule: 'g/leaky',
      severity: 'error' as const,
      message: 'saw my-password-1',
      help,
      file: 'a.yml'
    };
    const viaHelp = { rule: 'g/help', severity: 'error' as const, message: 'plain', help };
    const result = {
      schema: 'ci-intel.gate-result.v1' as const,
      gate: 'g',
      verdict: 'fail' as const,
      mode: 'enforce' as const,
      summary: 'my-password-1 leaked',
      findings: [clean, leaky, viaHelp],
      evidence: { note: 'my-password-1' },
      outputs: {},
      startedAt: '2026-12-03T00:00:00.000Z',
      durationMs: 1
    };
    const out = r.redactResult(result);
    expect(out.summary).toBe('*** leaked');
    expect(out.evidence).toEqual({ note: '***' });
    expect(out.findings).toEqual([
      clean,
      { ...leaky, message: 'saw ***', help: 'rotate *** and run again' },
      { ...viaHelp, help: 'rotate *** and run again' }
    ]);
    // Key order is kept, a finding without secrets is the same object, the originals are untouched.
    expect(Object.keys(out.findings[1]!)).toEqual(Object.keys(leaky));
    expect(out.findings[0]).toBe(clean);
    expect(leaky.message).toBe('saw my-password-1');
    expect(viaHelp.help).toBe(help);
    expect(out.findings).not.toBe(result.findings);
  });

  it('shares what redaction leaves unchanged in the evidence and copies the path to each change', () => {
    const r = new Redactor();
    r.add('my-password-1');
    const workflows = [
      { file: 'a.yml', triggers: ['push'] },
      { file: 'b.yml', triggers: ['pull_request'] }
    ];
    const leaky = { file: 'c.yml', note: ['fine', 'saw my-password-1'] };
    const evidence = { workflows, nested: { list: [leaky, { file: 'd.yml' }] } };
    const result = {
      schema: 'ci-intel.gate-result.v1' as const,
      gate: 'g',
      verdict: 'pass' as const,
      mode: 'enforce' as const,
      summary: 'ok',
      findings: [],
      evidence,
      outputs: {},
      startedAt: '2026-12-04T00:00:00.000Z',
      durationMs: 1
    };
    const out = r.redactResult(result);
    const ev = out.evidence as typeof evidence;
    // Nothing secret in the list: the very same array; the changed path is a copy.
    expect(ev.workflows).toBe(workflows);
    expect(ev.nested).not.toBe(evidence.nested);
    expect(ev.nested.list[0]).toEqual({ file: 'c.yml', note: ['fine', 'saw ***'] });
    expect(ev.nested.list[1]).toBe(evidence.nested.list[1]);
    expect(Object.keys(ev.nested.list[0]!)).toEqual(['file', 'note']);
    expect(leaky.note[1]).toBe('saw my-password-1');
    expect(JSON.stringify(out)).not.toContain('my-password-1');
  });

  it('still copies an object that is not plain, and keeps an own __proto__ key', () => {
    const r = new Redactor();
    r.add('my-password-1');
    // A URL's JSON form is its href (from its prototype): it is copied field by field, as before.
    const url = new URL('https://user:my-password-1@example.com/');
    const parsed = JSON.parse('{"__proto__": {"k": "v"}, "a": "my-password-1"}') as object;
    const clean = JSON.parse('{"__proto__": {"k": "v"}}') as object;
    const out = r.redactValue({ url, parsed, clean });
    const text = JSON.stringify(out);
    expect(text).not.toContain('my-password-1');
    expect(out.url).not.toBe(url);
    expect(text).toBe(
      '{"url":{},"parsed":{"__proto__":{"k":"v"},"a":"***"},"clean":{"__proto__":{"k":"v"}}}'
    );
    expect(JSON.parse(text)).toEqual(
      JSON.parse(
        '{"url": {}, "parsed": {"__proto__": {"k": "v"}, "a": "***"}, "clean": {"__proto__": {"k": "v"}}}'
      )
    );
    expect(out.clean).toBe(clean);
  });
});
