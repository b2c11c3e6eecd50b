/**
 * The pipeline_run fixtures: every valid one passes its version, and every invalid one (a line of
 * v<version>/invalid.ndjson) fails for exactly the rule invalid.expected.json names — and together
 * they cover every rule of the schema a record can fail (each required property, enum, pattern,
 * format, minimum/maximum, additionalProperties, const, minItems and type).
 * `UPDATE_FIXTURES=1 npm test -- test/telemetry/fixtures.test.ts` rewrites the invalid fixtures (then `npm run format`)
 * from the schemas and the full valid fixture.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PIPELINE_RUN_VERSIONS,
  pipelineRunViolations,
  type PipelineRunVersion
} from '../../src/telemetry/record-schema.js';
import { breakRule, ruleInstances, type RuleInstance } from './rule-instances.js';

const DIR = 'test/telemetry/fixtures';
const short = (v: PipelineRunVersion): string => v.replace('pipeline_run.', '');
const schemaOf = (v: PipelineRunVersion): object =>
  JSON.parse(readFileSync(join('schema', `${v}.json`), 'utf8')) as object;
const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));

interface Expected extends RuleInstance {
  line: number;
  /**
   * Rules that fail with this one by necessity: a value of the wrong type for a string enum is
   * never one of the enum's strings.
   */
  implied?: RuleInstance[];
}

if (process.env.UPDATE_FIXTURES === '1') {
  for (const v of PIPELINE_RUN_VERSIONS) {
    const schema = schemaOf(v);
    const full = readJson(join(DIR, short(v), 'valid', 'full.json')) as object;
    const instances = ruleInstances(schema);
    const lines = instances.map((i) => JSON.stringify(breakRule(schema, full, i)));
    writeFileSync(join(DIR, short(v), 'invalid.ndjson'), lines.join('\n') + '\n');
    const expected: Expected[] = instances.map((i, n) => {
      const enumBeside =
        i.rule === 'type' &&
        instances.find(
          (o) => o.rule === 'enum' && o.schemaPath === i.schemaPath.replace(/type$/, 'enum')
        );
      return { line: n + 1, ...i, ...(enumBeside ? { implied: [enumBeside] } : {}) };
    });
    writeFileSync(
      join(DIR, short(v), 'invalid.expected.json'),
      JSON.stringify(expected, null, 2) + '\n'
    );
  }
}

describe.each(PIPELINE_RUN_VERSIONS.map((v) => [v]))('%s fixtures', (version) => {
  const dir = join(DIR, short(version));
  const valid = readdirSync(join(dir, 'valid')).filter((f) => f.endsWith('.json'));
  const lines = readFileSync(join(dir, 'invalid.ndjson'), 'utf8').trimEnd().split('\n');
  const expected = readJson(join(dir, 'invalid.expected.json')) as Expected[];

  it.each(valid.map((f) => [f]))('valid/%s passes', (f) => {
    expect(pipelineRunViolations(readJson(join(dir, 'valid', f)), version)).toEqual([]);
  });

  it('has one invalid line per expected rule', () => {
    expect(expected.map((e) => e.line)).toEqual(lines.map((_, i) => i + 1));
    expect(lines.length).toBeGreaterThan(100);
  });

  it('each invalid line fails for exactly its rule (and what that rule implies)', () => {
    // Only a type rule beside a string enum implies another; nothing else does.
    expect(expected.filter((e) => e.implied).every((e) => e.rule === 'type')).toBe(true);
    const mismatches: string[] = [];
    for (const e of expected) {
      const got = pipelineRunViolations(JSON.parse(lines[e.line - 1]), version).map(
        ({ rule, pointer, schemaPath }) => ({ rule, pointer, schemaPath })
      );
      const want = [
        { rule: e.rule, pointer: e.pointer, schemaPath: e.schemaPath },
        ...(e.implied ?? [])
      ];
      if (JSON.stringify(got) !== JSON.stringify(want))
        mismatches.push(`line ${e.line}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('covers every rule of the schema a record can fail, each kind at least once', () => {
    const key = (i: RuleInstance): string => `${i.rule} ${i.schemaPath} ${i.pointer}`;
    const all = ruleInstances(schemaOf(version)).map(key).sort();
    expect(expected.map(key).sort()).toEqual(all);
    const kinds = new Set(expected.map((e) => e.rule));
    for (const k of [
      'required',
      'enum',
      'pattern',
      'format',
      'minimum',
      'maximum',
      'additionalProperties',
      'const',
      'minItems',
      'type'
    ])
      expect(kinds).toContain(k);
  });
});
