import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGate } from '../../src/core/run-gate.js';
import type { GateResult } from '../../src/core/result.js';
import { schemaCheck, type SchemaCheckEvidence } from '../../src/gates/schema-check/index.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { makeRepo, testContext } from '../helpers/temp-repo.js';

const FIX = 'test/telemetry/fixtures';
const compact = (p: string): string =>
  JSON.stringify(JSON.parse(readFileSync(join(FIX, p), 'utf8')));
const v12 = compact('v1.2/valid/full.json');
const v11 = compact('v1.1/valid/full.json');
const min12 = compact('v1.2/valid/minimal.json');

async function run(files: Record<string, string>, inputs: Record<string, string>) {
  const r = (await runGate(schemaCheck, inputs, testContext(makeRepo(files)))) as GateResult<
    SchemaCheckEvidence & Record<string, unknown>
  >;
  expectValidResult(r);
  return r;
}

interface Expected {
  line: number;
  rule: string;
  pointer: string;
}

describe('schema-check over records', () => {
  it('passes valid records of both versions, counting them by the version each names', async () => {
    const r = await run(
      { 'telemetry/a.ndjson': `${v12}\n${v11}\n`, 'telemetry/b.jsonl': `${min12}\r\n` },
      { files: 'telemetry' }
    );
    expect(r.verdict).toBe('pass');
    expect(r.findings).toEqual([]);
    expect(r.evidence.versions).toEqual({ 'pipeline_run.v1.2': 2, 'pipeline_run.v1.1': 1 });
    expect(r.evidence.files.map((f) => [f.file, f.records, f.sha256.length])).toEqual([
      ['telemetry/a.ndjson', 2, 64],
      ['telemetry/b.jsonl', 1, 64]
    ]);
    expect(r.outputs).toMatchObject({ records: '3', 'invalid-records': '0', 'files-checked': '2' });
    expect(r.summary).toBe(
      '3 records in 2 files: 0 invalid; valid: 1 pipeline_run.v1.1, 2 pipeline_run.v1.2'
    );
  });

  it.each([['v1.1'], ['v1.2']])(
    'reports every invalid %s fixture line as one finding with its line, pointer and rule',
    async (v) => {
      const body = readFileSync(join(FIX, v, 'invalid.ndjson'), 'utf8');
      const expected = JSON.parse(
        readFileSync(join(FIX, v, 'invalid.expected.json'), 'utf8')
      ) as Expected[];
      const r = await run({ 'records.ndjson': body }, { files: '*.ndjson' });
      expect(r.verdict).toBe('fail');
      // What the gate says where the schema alone would say required/type/const on `schema`.
      const gateRule = (e: Expected): string =>
        e.pointer === '' && e.rule === 'type'
          ? 'schema-check/not-an-object'
          : e.pointer === '/schema'
            ? e.rule === 'required'
              ? 'schema-check/missing-schema'
              : 'schema-check/unknown-schema'
            : `schema-check/${e.rule.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
      expect(r.findings.map((f) => [f.line, f.rule, f.file])).toEqual(
        expected.map((e) => [e.line, gateRule(e), 'records.ndjson'])
      );
      expect(r.evidence.invalidLines.map((l) => [l.line, l.pointer])).toEqual(
        expected.map((e) => [e.line, e.pointer])
      );
      expect(r.findings.every((f) => f.help)).toBe(true);
      expect(r.outputs['invalid-records']).toBe(String(expected.length));
    }
  );

  it('reads a .json file as one record (pretty-printed fixtures)', async () => {
    const pretty = readFileSync(join(FIX, 'v1.2/valid/plan-example.json'), 'utf8');
    const bad = JSON.stringify({ ...JSON.parse(v11), status: 'ok' }, null, 2);
    const r = await run(
      { 'fx/valid/a.json': pretty, 'fx/valid/b.json': bad, 'fx/c.ndjson': v12 },
      { files: 'fx/**/*.json' }
    );
    expect(r.evidence).toMatchObject({ records: 2, valid: 1, invalid: 1 });
    expect(r.findings.map((f) => [f.file, f.line, f.rule])).toEqual([
      ['fx/valid/b.json', 1, 'schema-check/enum']
    ]);
  });

  it('names the pointer and every rule a line breaks in the message', async () => {
    const rec = JSON.parse(v12);
    rec.jobs[0].status = 'green';
    rec.tests.coverage.lines_pct = 2;
    const r = await run({ 'a.ndjson': JSON.stringify(rec) }, { files: 'a.ndjson' });
    expect(r.findings).toEqual([
      expect.objectContaining({
        rule: 'schema-check/enum',
        line: 1,
        message:
          '/jobs/0/status: must be one of "success", "failed", "canceled", "skipped" [enum]; /tests/coverage/lines_pct: must be <= 1 [maximum] (pipeline_run.v1.2)'
      })
    ]);
    expect(r.evidence.invalidLines[0].violations.map((v) => v.schemaPath)).toEqual([
      '#/properties/jobs/items/properties/status/enum',
      '#/properties/tests/properties/coverage/properties/lines_pct/maximum'
    ]);
  });

  it('reports unparsable JSON, duplicate keys, blank lines, unknown and missing schemas, not-UTF-8 and over-long lines, and goes on', async () => {
    const dup = v12.replace('"branch":"feature/x"', '"branch":"feature/x","branch":"main"');
    const body = [
      v12,
      '{"schema": "pipeline_run.v1.2",',
      dup,
      '',
      JSON.stringify({ ...JSON.parse(v12), schema: 'pipeline_run.v2.0' }),
      JSON.stringify({ run_id: 'x' }),
      '42',
      `"${'x'.repeat(10000)}"`,
      v11
    ].join('\n');
    const r = await run({ 'a.ndjson': body }, { files: 'a.ndjson', 'max-line-bytes': '8192' });
    expect(r.verdict).toBe('fail');
    expect(r.findings.map((f) => [f.line, f.rule])).toEqual([
      [2, 'schema-check/invalid-json'],
      [3, 'schema-check/duplicate-key'],
      [4, 'schema-check/blank-line'],
      [5, 'schema-check/unknown-schema'],
      [6, 'schema-check/missing-schema'],
      [7, 'schema-check/not-an-object'],
      [8, 'schema-check/line-too-long']
    ]);
    expect(r.findings[1].message).toMatch(/^\/branch: duplicate key "branch" at \/branch/);
    expect(r.findings[3].message).toBe(
      '/schema: the record names schema "pipeline_run.v2.0"; known: pipeline_run.v1.1, pipeline_run.v1.2'
    );
    expect(r.findings[6].message).toBe('line is 10002 bytes; max-line-bytes is 8192');
    expect(r.evidence).toMatchObject({ records: 9, valid: 2, invalid: 7 });
    const bin = await run(
      { 'b.ndjson': Buffer.from([0x7b, 0xc3, 0x28, 0x7d]).toString('latin1') },
      { files: 'b.ndjson' }
    );
    expect(bin.findings.map((f) => f.rule)).toEqual(['schema-check/invalid-json']);
  });

  it('lists at most max-findings invalid lines and counts the rest', async () => {
    const body = Array.from({ length: 12 }, () => '{').join('\n');
    const r = await run({ 'a.ndjson': body }, { files: 'a.ndjson', 'max-findings': '5' });
    expect(r.findings.map((f) => f.rule)).toEqual([
      ...Array(5).fill('schema-check/invalid-json'),
      'schema-check/findings-truncated'
    ]);
    expect(r.findings[5].message).toBe('7 more invalid lines not listed (max-findings is 5)');
    expect(r.outputs['invalid-records']).toBe('12');
  });
});

describe('schema-check: nothing to check is never a pass', () => {
  it.each<[string, Record<string, string>, Record<string, string>, RegExp]>([
    ['no input at all', { 'a.ndjson': v12 }, {}, /nothing to check: give 'files'/],
    ['a glob matching nothing', { 'a.ndjson': v12 }, { files: 'out/*.ndjson' }, /nothing matched/],
    ['a file that does not exist', {}, { files: 'x.ndjson\n*.ndjson' }, /x\.ndjson not found/],
    ['a folder without NDJSON', { 'd/a.json': v12 }, { files: 'd' }, /holds no \*\.ndjson/],
    ['an empty file', { 'a.ndjson': '' }, { files: 'a.ndjson' }, /hold no records/],
    [
      'more records than max-records',
      { 'a.ndjson': `${v12}\n${v12}\n${v12}` },
      { files: 'a.ndjson', 'max-records': '2' },
      /more than 2 records/
    ],
    [
      'a file larger than max-file-bytes',
      { 'a.ndjson': v12 },
      { files: 'a.ndjson', 'max-file-bytes': '100' },
      /a\.ndjson is \d+ bytes; the limit is 100 bytes/
    ],
    [
      'compare-from without compare-to',
      { 'a.ndjson': v12 },
      { 'compare-from': 'pipeline_run.v1.1' },
      /compare-to/
    ],
    [
      'a schema file that is not JSON',
      { 's.json': '{' },
      { 'compare-from': 's.json', 'compare-to': 'pipeline_run.v1.2' },
      /s\.json\) is not valid JSON/
    ],
    [
      'a max-line-bytes out of range',
      { 'a.ndjson': v12 },
      { files: 'a.ndjson', 'max-line-bytes': '1' },
      /max-line-bytes/
    ]
  ])('%s is an error', async (_name, files, inputs, message) => {
    const r = await run(files, inputs);
    expect(r.verdict).toBe('error');
    expect(r.summary + r.findings.map((f) => f.message).join(' ')).toMatch(message);
  });

  it('an empty file beside records is a finding', async () => {
    const r = await run({ 'a.ndjson': v12, 'b.ndjson': '' }, { files: '*.ndjson' });
    expect(r.verdict).toBe('fail');
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'schema-check/empty-file', file: 'b.ndjson' })
    ]);
  });
});

describe('schema-check: schema compatibility', () => {
  it('fails v1.1 → v1.2 (shipped versions) on the flakiness_index move, listing the compatible additions', async () => {
    const r = await run(
      {},
      { 'compare-from': 'pipeline_run.v1.1', 'compare-to': 'pipeline_run.v1.2' }
    );
    expect(r.verdict).toBe('fail');
    expect(r.outputs).toMatchObject({ compatible: 'false', 'breaking-changes': '1' });
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([
      expect.stringContaining(
        "/properties/tests/properties/resilience/properties/flakiness_index: property 'flakiness_index' removed"
      )
    ]);
    expect(r.findings.filter((f) => f.rule === 'schema-check/compatible-change')).toHaveLength(6);
    expect(r.summary).toBe(
      'pipeline_run.v1.1 (shipped) → pipeline_run.v1.2 (shipped): 1 breaking change'
    );
  });

  it('passes a compatible change between schema files in the workspace, beside records', async () => {
    const old = readFileSync('schema/pipeline_run.v1.2.json', 'utf8');
    const next = JSON.parse(old);
    next.properties.build_url = { type: 'string', format: 'uri' };
    const r = await run(
      { 'old.json': old, 'new.json': JSON.stringify(next), 'a.ndjson': v12 },
      { files: 'a.ndjson', 'compare-from': 'old.json', 'compare-to': 'new.json' }
    );
    expect(r.verdict).toBe('pass');
    expect(r.outputs).toMatchObject({ compatible: 'true', 'breaking-changes': '0', records: '1' });
    expect(r.findings).toEqual([
      expect.objectContaining({
        rule: 'schema-check/compatible-change',
        severity: 'note',
        file: 'new.json'
      })
    ]);
  });

  it('fails a narrowed type between schema files', async () => {
    const old = JSON.parse(readFileSync('schema/pipeline_run.v1.2.json', 'utf8'));
    const next = structuredClone(old);
    next.properties.cost.properties.usd.type = 'integer';
    const r = await run(
      { 'old.json': JSON.stringify(old), 'new.json': JSON.stringify(next) },
      { 'compare-from': 'old.json', 'compare-to': 'new.json' }
    );
    expect(r.verdict).toBe('fail');
    expect(r.findings[0].message).toContain('/properties/cost/properties/usd/type: type narrowed');
  });
});
