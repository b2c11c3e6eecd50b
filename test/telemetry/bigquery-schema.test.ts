/** The BigQuery table schema generated from the pipeline_run JSON Schemas. */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bigQuerySchema,
  BigQuerySchemaError,
  type BigQueryField
} from '../../src/telemetry/bigquery-schema.js';
import { REPO_ROOT } from '../helpers/run-action.js';
import { deploy, run, toV11 } from '../report/records.js';

const json = (rel: string): unknown => JSON.parse(readFileSync(join(REPO_ROOT, rel), 'utf8'));
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a schema document, walked by key
type Doc = Record<string, any>;
const V12 = json('schema/pipeline_run.v1.2.json') as Doc;

const field = (fields: BigQueryField[], path: string): BigQueryField => {
  let list = fields;
  let f: BigQueryField | undefined;
  for (const name of path.split('.')) {
    f = list.find((x) => x.name === name);
    if (!f) throw new Error(`no field ${path}`);
    list = f.fields ?? [];
  }
  return f!;
};

/** The v1.1 JSON Schema as issue #14 states it: v1.2 with flakiness_index under tests.resilience. */
function v11Schema(): Doc {
  const s = structuredClone(V12);
  s.properties.schema = { const: 'pipeline_run.v1.1' };
  s.properties.tests.properties.resilience.properties.flakiness_index =
    s.properties.flakiness_index;
  delete s.properties.flakiness_index;
  return s;
}

/** What `bq load` checks of a JSON row against a table schema: known fields, types, modes. */
function loadProblems(value: Record<string, unknown>, fields: BigQueryField[], at = ''): string[] {
  const out: string[] = [];
  const names = new Set(fields.map((f) => f.name));
  for (const k of Object.keys(value)) if (!names.has(k)) out.push(`${at}${k}: no such field`);
  for (const f of fields) {
    const v = value[f.name];
    const here = `${at}${f.name}`;
    if (v === undefined || v === null) {
      if (f.mode === 'REQUIRED') out.push(`${here}: required`);
      continue;
    }
    const items =
      f.mode === 'REPEATED'
        ? Array.isArray(v)
          ? v
          : (out.push(`${here}: not an array`), [])
        : [v];
    for (const item of items) {
      const ok =
        f.type === 'STRING'
          ? typeof item === 'string'
          : f.type === 'TIMESTAMP'
            ? typeof item === 'string' && !Number.isNaN(Date.parse(item))
            : f.type === 'INT64'
              ? Number.isInteger(item)
              : f.type === 'FLOAT64'
                ? typeof item === 'number'
                : f.type === 'BOOL'
                  ? typeof item === 'boolean'
                  : f.type === 'JSON'
                    ? true
                    : typeof item === 'object' && !Array.isArray(item);
      if (!ok) out.push(`${here}: not ${f.type}`);
      else if (f.type === 'RECORD')
        out.push(...loadProblems(item as Record<string, unknown>, f.fields!, `${here}.`));
    }
  }
  return out;
}

describe('BigQuery table schema from the JSON Schema', () => {
  it('schema/bigquery/ holds exactly the generated schema of every schema/pipeline_run.v*.json (npm run matrix)', () => {
    const sources = readdirSync(join(REPO_ROOT, 'schema')).filter((f) =>
      /^pipeline_run\.v[0-9.]+\.json$/.test(f)
    );
    expect(sources).toContain('pipeline_run.v1.2.json');
    expect(readdirSync(join(REPO_ROOT, 'schema', 'bigquery')).sort()).toEqual(sources.sort());
    for (const f of sources)
      expect(json(`schema/bigquery/${f}`)).toEqual(bigQuerySchema(json(`schema/${f}`)));
  });

  it('maps types and modes', () => {
    const t = bigQuerySchema(V12);
    expect(t.map((f) => f.name)).toEqual(Object.keys(V12.properties));
    expect(field(t, 'run_id')).toEqual({ name: 'run_id', type: 'STRING', mode: 'REQUIRED' });
    expect(field(t, 'started_at')).toMatchObject({ type: 'TIMESTAMP', mode: 'REQUIRED' });
    expect(field(t, 'pr')).toMatchObject({ type: 'INT64', mode: 'NULLABLE' });
    expect(field(t, 'spot')).toMatchObject({ type: 'BOOL', mode: 'NULLABLE' });
    expect(field(t, 'flakiness_index')).toMatchObject({ type: 'FLOAT64', mode: 'NULLABLE' });
    expect(field(t, 'cache_keys')).toMatchObject({ type: 'STRING', mode: 'REPEATED' });
    expect(field(t, 'jobs')).toMatchObject({ type: 'RECORD', mode: 'REPEATED' });
    expect(field(t, 'jobs.duration_ms')).toMatchObject({ type: 'INT64', mode: 'REQUIRED' });
    expect(field(t, 'jobs.matrix')).toEqual({ name: 'matrix', type: 'JSON', mode: 'NULLABLE' });
    expect(field(t, 'jobs.cache.hit')).toMatchObject({ type: 'BOOL', mode: 'NULLABLE' });
    expect(field(t, 'tests')).toMatchObject({ type: 'RECORD', mode: 'REQUIRED' });
    expect(field(t, 'tests.resilience.score')).toMatchObject({ type: 'FLOAT64', mode: 'REQUIRED' });
    expect(field(t, 'canary.window.start')).toMatchObject({ type: 'TIMESTAMP', mode: 'REQUIRED' });
    expect(field(t, 'canary').description).toMatch(/issue #14/);
    expect(field(t, 'policies.time_ns')).toMatchObject({ type: 'INT64', mode: 'NULLABLE' });
  });

  it('the v1.1 table has flakiness_index under tests.resilience, which the compat view reads', () => {
    const t = bigQuerySchema(v11Schema());
    expect(t.find((f) => f.name === 'flakiness_index')).toBeUndefined();
    expect(field(t, 'tests.resilience.flakiness_index')).toMatchObject({
      type: 'FLOAT64',
      mode: 'NULLABLE'
    });
  });

  it('the plan example, the report fixtures and their v1.1 forms load into their tables', () => {
    const t12 = bigQuerySchema(V12);
    const t11 = bigQuerySchema(v11Schema());
    const example = json('test/telemetry/fixtures/v1.2/valid/plan-example.json') as Record<
      string,
      unknown
    >;
    for (const r of [example, run(), deploy('d1'), run({ pr: null })]) {
      expect(loadProblems(r, t12)).toEqual([]);
      expect(loadProblems(toV11(r), t11)).toEqual([]);
    }
    // the checker can fail: a v1.1 record does not fit the v1.2 table
    expect(loadProblems(toV11(example), t12)).toEqual([
      'tests.resilience.flakiness_index: no such field'
    ]);
  });

  it('refuses what it cannot map, with the JSON pointer', () => {
    const bad =
      (props: unknown): (() => unknown) =>
      () =>
        bigQuerySchema({ type: 'object', properties: props });
    expect(bad({ a: { oneOf: [{ type: 'string' }] } })).toThrow(
      "#/properties/a: 'oneOf' has no BigQuery column type"
    );
    expect(bad({ a: { $ref: '#/x' } })).toThrow(BigQuerySchemaError);
    expect(bad({ a: { type: ['string', 'integer'] } })).toThrow(/is not one BigQuery type/);
    expect(bad({ 'a-b': { type: 'string' } })).toThrow(/not a valid BigQuery column name/);
    expect(bad({ a: { type: 'array' } })).toThrow("#/properties/a: an array without 'items'");
    expect(bad({ a: { description: 'x' } })).toThrow(/no 'type'/);
    expect(() => bigQuerySchema({ type: 'array' })).toThrow(/must describe an object/);
  });

  it('an array of arrays, or an object with declared and free properties, becomes JSON', () => {
    const t = bigQuerySchema({
      type: 'object',
      properties: {
        grid: { type: 'array', items: { type: 'array', items: { type: 'integer' } } },
        mixed: {
          type: 'object',
          properties: { a: { type: 'string' } },
          additionalProperties: true
        },
        day: { type: 'string', format: 'date' },
        kind: { enum: ['a', 'b'] }
      },
      required: ['kind']
    });
    expect(t).toEqual([
      { name: 'grid', type: 'JSON', mode: 'NULLABLE' },
      { name: 'mixed', type: 'JSON', mode: 'NULLABLE' },
      { name: 'day', type: 'DATE', mode: 'NULLABLE' },
      { name: 'kind', type: 'STRING', mode: 'REQUIRED' }
    ]);
  });
});
