/**
 * The shared mechanisms of the hardening pass, unit by unit: ranged number/duration inputs,
 * redaction of free text only (in every encoding a credential takes), verdicts that cannot be
 * anything but pass/fail/error, file and JSON errors mapped to clean findings by the runner.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadActionSpec, parseActionSpec } from '../../src/core/action-spec.js';
import type { Gate, GateContext } from '../../src/core/gate.js';
import { parseInputs } from '../../src/core/inputs.js';
import { readRegularTextFile } from '../../src/core/read-file.js';
import {
  onSecretRegistered,
  Redactor,
  registerSecret,
  secretForms
} from '../../src/core/redact.js';
import { summaryMarkdown } from '../../src/core/report/markdown.js';
import { toSarif } from '../../src/core/report/sarif.js';
import { textReport } from '../../src/core/report/text.js';
import { worstVerdict, type Verdict } from '../../src/core/result.js';
import { runGate } from '../../src/core/run-gate.js';
import { parseJsonOrJsonLines, parseStrictJson } from '../../src/core/strict-json.js';
import { REPO_ROOT } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';

const ws = mkdtempSync(join(tmpdir(), 'core-hardening-'));
afterAll(() => rmSync(ws, { recursive: true, force: true }));

const SPEC = parseActionSpec(
  'demo',
  `
name: demo
inputs:
  timeout-ms: { description: t, type: number, default: '2000', min: 100, max: 60000, integer: true }
  ratio: { description: r, type: number, min: 0, max: 1 }
  max-age: { description: a, type: duration, default: 7d, min: 1m, max: 366d }
  token: { description: s, type: secret }
  file: { description: f }
  fail-with: { description: f, type: choice, options: [none, file, json, verdict, text], default: none }
  mode: { description: m, type: choice, options: [enforce, audit], default: enforce }
runs: { using: node24, main: x }
`
);

describe('number and duration inputs have ranges', () => {
  it.each([
    ['-5', "input 'timeout-ms': '-5' is out of range; allowed: 100 to 60000, a whole number"],
    ['0.001', "input 'timeout-ms': '0.001' is out of range; allowed: 100 to 60000, a whole number"],
    [
      '3000000000',
      "input 'timeout-ms': '3000000000' is out of range; allowed: 100 to 60000, a whole number"
    ],
    ['150.5', "input 'timeout-ms': '150.5' is out of range; allowed: 100 to 60000, a whole number"],
    ['0x10', "input 'timeout-ms': '0x10' is not a number; allowed: 100 to 60000, a whole number"],
    ['Infinity', "input 'timeout-ms': 'Infinity' is not a number"]
  ])('timeout-ms %s is an input error naming the value and the range', (value, message) => {
    expect(() => parseInputs(SPEC, { 'timeout-ms': value })).toThrow(message);
  });

  it('accepts the ends of the range and fractions where whole numbers are not required', () => {
    expect(parseInputs(SPEC, { 'timeout-ms': '100' }).number('timeout-ms')).toBe(100);
    expect(parseInputs(SPEC, { 'timeout-ms': '60000' }).number('timeout-ms')).toBe(60000);
    expect(parseInputs(SPEC, { ratio: '0.25' }).number('ratio')).toBe(0.25);
    expect(() => parseInputs(SPEC, { ratio: '1.5' })).toThrow('allowed: 0 to 1');
  });

  it.each([
    ['0s', "input 'max-age': '0s' is out of range; allowed: 1m to 366d"],
    ['30s', "input 'max-age': '30s' is out of range; allowed: 1m to 366d"],
    ['1000d', "input 'max-age': '1000d' is out of range; allowed: 1m to 366d"],
    ['-1d', "input 'max-age': '-1d' is not a duration"]
  ])('duration %s is refused', (value, message) => {
    expect(() => parseInputs(SPEC, { 'max-age': value })).toThrow(message);
  });

  it('an action.yml number or duration without a range is refused when the spec is read', () => {
    const yml = (extra: string) =>
      `inputs:\n  n: { description: d, type: ${extra} }\nruns: { using: node24 }`;
    expect(() => parseActionSpec('x', yml('number'))).toThrow(
      "actions/x/action.yml: inputs.n is a number without 'min'"
    );
    expect(() => parseActionSpec('x', yml('duration, min: 1s'))).toThrow("without 'max'");
    expect(() => parseActionSpec('x', yml('duration, min: soon, max: 1h'))).toThrow(
      "inputs.n.min 'soon' is not a duration"
    );
    expect(() => parseActionSpec('x', yml('number, min: 5, max: 1'))).toThrow(
      'min is larger than max'
    );
    expect(() => parseActionSpec('x', yml('string, min: 1'))).toThrow(
      'min/max/integer apply to number and duration'
    );
  });

  it('every number and duration input of the hub declares its range, and its default is in it', () => {
    const gates = readdirSync(join(REPO_ROOT, 'actions'));
    const ranged: string[] = [];
    for (const gate of gates) {
      const spec = loadActionSpec(gate, REPO_ROOT);
      for (const i of spec.inputs.filter((x) => x.type === 'number' || x.type === 'duration')) {
        expect(i.min).toBeDefined();
        expect(i.max).toBeDefined();
        ranged.push(`${gate}/${i.name}`);
      }
      // The defaults themselves must parse (a default out of its own range is a spec bug).
      const required = Object.fromEntries(
        spec.inputs.filter((i) => i.required).map((i) => [i.name, 'x'])
      );
      expect(() => parseInputs(spec, required)).not.toThrow(/out of range/);
    }
    expect(ranged).toEqual(
      expect.arrayContaining(['egress-check/timeout-ms', 'dr-freshness/max-age'])
    );
  });
});

describe('redaction', () => {
  const password = 'p@ss w0rd/+7!';
  const user = 'ci-bot';

  it('works the forms out once per value, and hands each caller its own list', () => {
    const first = secretForms(password);
    first.push('changed by a caller');
    const again = secretForms(password);
    expect(again).not.toContain('changed by a caller');
    expect(again).toEqual(first.slice(0, -1));
    // A credential's pair forms are added to the list add() returns, not to the shared one.
    const r = new Redactor();
    expect(r.addCredential(user, password).length).toBeGreaterThan(again.length);
    expect(secretForms(password)).toEqual(again);
  });

  it('registers the encodings a credential takes on the wire', () => {
    const forms = secretForms(password);
    expect(forms).toContain(password);
    expect(forms).toContain(encodeURIComponent(password));
    expect(forms).toContain(Buffer.from(password).toString('base64'));
    const r = new Redactor();
    r.add(password);
    const basic = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    const other = `Basic ${Buffer.from(`someone-else:${password}`).toString('base64')}`;
    for (const leak of [
      `authorization: ${basic}`,
      `authorization: ${other}`,
      `https://${user}:${encodeURIComponent(password)}@registry.example/v2/`,
      `body {"password":${JSON.stringify(password)}}`,
      `form password=${encodeURIComponent(password).replace(/%20/g, '+')}`,
      `url-safe ${Buffer.from(password).toString('base64url')}`
    ]) {
      const out = r.redact(leak);
      expect(out).not.toContain(password);
      expect(out).not.toContain(encodeURIComponent(password));
      expect(out).not.toContain(basic.slice(6, 20));
      expect(out).not.toContain(other.slice(-16, -2));
      expect(out).toContain('***');
    }
  });

  it('a credential registered with its user hides the whole Basic value', () => {
    const r = new Redactor();
    r.addCredential(user, password);
    const b64 = Buffer.from(`${user}:${password}`).toString('base64');
    expect(r.redact(`Basic ${b64}`)).toBe('Basic ***');
  });

  it('never rewrites the verdict, the mode or rule ids, whatever the secret', async () => {
    const gate: Gate = {
      name: 'demo',
      rules: [],
      async evaluate(inputs) {
        return {
          verdict: 'pass',
          summary: `checked with ${inputs.string('token')}`,
          findings: [{ rule: 'demo/note', severity: 'note', message: 'a note' }],
          evidence: { verdicts: ['pass'] },
          outputs: { said: 'pass' }
        };
      }
    };
    for (const secret of ['pass', 'enforce', 'demo/note', 'note', 'ci-intel.gate-result.v1']) {
      const r = await runGate(gate, { token: secret }, ctx(), { spec: SPEC });
      expect(r.verdict).toBe('pass');
      expect(r.mode).toBe('enforce');
      expect(r.schema).toBe('ci-intel.gate-result.v1');
      expect(r.findings[0]).toMatchObject({ rule: 'demo/note', severity: 'note' });
      expect(r.summary).toBe('checked with ***');
      expectValidResult(r);
    }
  });

  it('redacts a token registered at run time (a registry bearer token) everywhere', async () => {
    const bearer = 'tok-' + 'Qx7'.repeat(8);
    const masked: string[] = [];
    const stop = onSecretRegistered((f) => masked.push(f));
    const gate: Gate = {
      name: 'demo',
      rules: [{ id: 'demo/leak', title: 'Leak', help: 'h', severity: 'error' }],
      async evaluate() {
        registerSecret(bearer); // what the registry client does with a fetched token
        return {
          verdict: 'fail',
          summary: `registry said: Bearer ${bearer}`,
          findings: [
            {
              rule: 'demo/leak',
              severity: 'error',
              message: `echoed ${Buffer.from(bearer).toString('base64')}`,
              help: `see ?token=${encodeURIComponent(bearer)}`,
              file: 'a.yml',
              line: 1
            }
          ],
          evidence: { [bearer]: bearer },
          outputs: { header: `Bearer ${bearer}` }
        };
      }
    };
    const r = await runGate(gate, {}, ctx(), { spec: SPEC, redactor: new Redactor() });
    stop();
    expect(masked).toContain(bearer);
    const everything = [
      JSON.stringify(r),
      summaryMarkdown(r),
      textReport(r),
      JSON.stringify(toSarif(r, gate.rules, '0.0.0'))
    ].join('\n');
    expect(everything).not.toContain(bearer);
    expect(everything).not.toContain(Buffer.from(bearer).toString('base64'));
    expect(r.verdict).toBe('fail');
  });
});

describe('verdicts', () => {
  it('worstVerdict reads anything that is not a verdict as error', () => {
    expect(worstVerdict(['pass', 'fail'])).toBe('fail');
    expect(worstVerdict(['pass', '***' as Verdict])).toBe('error');
    expect(worstVerdict(['pass', 'PASS' as Verdict])).toBe('error');
    expect(worstVerdict([undefined as unknown as Verdict])).toBe('error');
    expect(worstVerdict(['pass'])).toBe('pass');
  });

  it('a gate returning an unknown verdict gets error', async () => {
    const gate: Gate = {
      name: 'demo',
      rules: [],
      async evaluate() {
        return { verdict: 'passed' as Verdict, summary: 's', findings: [], evidence: {} };
      }
    };
    const r = await runGate(gate, {}, ctx(), { spec: SPEC });
    expect(r.verdict).toBe('error');
    expect(r.summary).toContain('"passed"');
  });
});

describe('the runner turns unreadable files and bad JSON into clean error findings', () => {
  const fileGate: Gate = {
    name: 'demo',
    rules: [],
    async evaluate(inputs, c) {
      const file = join(c.workspace, inputs.requireString('file'));
      const text = readRegularTextFile(file, { maxBytes: 1024, what: "input 'file':" });
      parseStrictJson(text, inputs.requireString('file'));
      return { verdict: 'pass', summary: 'read', findings: [], evidence: {} };
    }
  };
  mkdirSync(join(ws, 'dir'), { recursive: true });
  execFileSync('mkfifo', [join(ws, 'fifo')]);
  symlinkSync('/dev/zero', join(ws, 'zero'));
  symlinkSync(join(ws, 'fifo'), join(ws, 'to-fifo'));
  writeFileSync(join(ws, 'dup.json'), '{\n"result": "fail",\n"result": "pass"\n}');
  writeFileSync(join(ws, 'big.json'), `"${'x'.repeat(2000)}"`);

  it.each([
    ['fifo', "input 'file': fifo is a FIFO (named pipe), not a regular file"],
    ['to-fifo', "input 'file': to-fifo is a FIFO (named pipe), not a regular file"],
    ['zero', "input 'file': zero is a character device, not a regular file"],
    ['dir', "input 'file': dir is a directory, not a regular file"],
    ['missing.json', "input 'file': missing.json does not exist"],
    ['big.json', "input 'file': big.json is 2002 bytes; the limit is 1024 bytes"]
  ])('%s', async (name, message) => {
    const r = await runGate(fileGate, { file: name }, ctx(), { spec: SPEC });
    expectValidResult(r);
    expect(r.verdict).toBe('error');
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'input/unreadable-file', message, file: name })
    ]);
    expect(r.findings[0].help).toBeTruthy();
  });

  it('a duplicate key is an error naming the key and its line', async () => {
    const r = await runGate(fileGate, { file: 'dup.json' }, ctx(), { spec: SPEC });
    expect(r.verdict).toBe('error');
    expect(r.findings[0]).toMatchObject({ rule: 'input/invalid-document', line: 3 });
    expect(r.findings[0].message).toContain('duplicate key "result" at /result (line 3)');
  });
});

describe('JSON or JSON Lines', () => {
  it('reads one document, or records per line, strictly', () => {
    expect(parseJsonOrJsonLines('{\n  "a": 1\n}\n', 'd')).toEqual([{ value: { a: 1 }, of: 1 }]);
    expect(parseJsonOrJsonLines('{"a":1}\n\n{"a":2}\n', 'd')).toEqual([
      { value: { a: 1 }, line: 1, of: 2 },
      { value: { a: 2 }, line: 3, of: 2 }
    ]);
    expect(() => parseJsonOrJsonLines('{\n"a":1,\n"a":2\n}', 'd')).toThrow(
      'd: duplicate key "a" at /a (line 3)'
    );
    expect(() => parseJsonOrJsonLines('{"a":1}\n{"b":1,"b":2}', 'd')).toThrow(
      'd:2: duplicate key "b"'
    );
    expect(() => parseJsonOrJsonLines('{"a":1}\n{nope', 'd')).toThrow(
      'd:2: not JSON and not JSON Lines'
    );
    expect(() => parseJsonOrJsonLines(' \n', 'd')).toThrow('d: the file is empty');
  });
});

function ctx(): GateContext {
  return {
    workspace: ws,
    tempDir: ws,
    env: {},
    now: () => new Date('2026-12-01T00:00:00Z'),
    log: () => undefined,
    secret: () => undefined
  };
}
