/**
 * The warehouse path on the embedded engine: the compatibility view gives the same rows for v1.1
 * and v1.2 records, the dbt checks catch what they name, and the BigQuery view selects the same
 * columns as the SQLite one, in the same order, as the generated table schema.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { compatViewSql } from '../../src/report/compat-view.js';
import { openDatabase } from '../../src/report/sqlite.js';
import { upgradeV11 } from '../../src/report/v1_1.js';
import { REPO_ROOT } from '../helpers/run-action.js';
import { deploy, run, toV11, v11able, type Rec } from './records.js';

const SQL = join(REPO_ROOT, 'sql');

async function warehouse(v12: Rec[], v11: Rec[]): Promise<DatabaseSync> {
  const db = await openDatabase();
  db.exec(compatViewSql(REPO_ROOT));
  const a = db.prepare('INSERT INTO pipeline_runs_v1_2 (doc) VALUES (?)');
  const b = db.prepare('INSERT INTO pipeline_runs_v1_1 (doc) VALUES (?)');
  for (const r of v12) a.run(JSON.stringify(r));
  for (const r of v11) b.run(JSON.stringify(r));
  return db;
}

const rows = (db: DatabaseSync): Rec[] =>
  (db.prepare('SELECT * FROM pipeline_runs_all ORDER BY run_id').all() as Rec[]).map((r) => {
    const { schema, ...rest } = r;
    return { ...rest, schema: String(schema).replace('v1.1', 'v1.x').replace('v1.2', 'v1.x') };
  });

function check(db: DatabaseSync, name: string): Rec[] {
  return db
    .prepare(readFileSync(join(SQL, 'sqlite', 'tests', `${name}.sql`), 'utf8'))
    .all() as Rec[];
}

/** The select-list aliases of each branch of a view: `… AS name,` or a bare `name,`. */
function selectLists(sql: string): string[][] {
  const body = sql.replace(/--.*$/gm, '');
  return body.split(/\bUNION ALL\b/).map((branch) => {
    const list = branch.slice(branch.indexOf('SELECT') + 6, branch.lastIndexOf('FROM'));
    const out: string[] = [];
    let depth = 0;
    let cur = '';
    for (const ch of list) {
      if (ch === '(') depth++;
      if (ch === ')') depth--;
      if (ch === ',' && depth === 0) {
        out.push(cur);
        cur = '';
      } else cur += ch;
    }
    out.push(cur);
    return out.map((c) => {
      const m = /(?:AS\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(c.trim());
      return m ? m[1] : c.trim();
    });
  });
}

describe('pipeline_runs_all, the compatibility view', () => {
  const records = [
    run({ flakiness_index: 0.11 }),
    run({ flakiness_index: undefined }),
    deploy('d1', { flakiness_index: 0.5, spot: true }),
    run({ status: 'failed', pr: null, flakiness_index: 0 })
  ];

  it('a v1.1 record and its v1.2 form give the same row (only `schema` differs)', async () => {
    const as12 = await warehouse(records.map(v11able), []);
    const as11 = await warehouse([], records.map(toV11));
    const r12 = rows(as12);
    expect(r12).toHaveLength(4);
    expect(rows(as11)).toEqual(r12);
    const f = as11
      .prepare('SELECT run_id, flakiness_index, tests FROM pipeline_runs_all')
      .all() as Rec[];
    const byId = new Map(f.map((r) => [r.run_id, r]));
    expect(byId.get(records[0].run_id)!.flakiness_index).toBe(0.11);
    expect(byId.get(records[1].run_id)!.flakiness_index).toBeNull();
    expect(JSON.parse(String(byId.get(records[0].run_id)!.tests)).resilience).not.toHaveProperty(
      'flakiness_index'
    );
    const schemas = as11.prepare('SELECT DISTINCT schema FROM pipeline_runs_all').all();
    expect(schemas).toEqual([{ schema: 'pipeline_run.v1.1' }]);
  });

  it('the view of a v1.1 record equals the view of the report’s migration of it', async () => {
    const v11 = records.map(toV11);
    const viaView = rows(await warehouse([], v11));
    const viaMigration = rows(await warehouse(v11.map(upgradeV11), []));
    expect(viaView).toEqual(viaMigration);
  });

  it('a mixed load unions both tables, each record once', async () => {
    const db = await warehouse(records.slice(0, 2), records.slice(2).map(toV11));
    expect(db.prepare('SELECT count(*) AS n FROM pipeline_runs_all').get()).toEqual({ n: 4 });
    expect(check(db, 'unique_run_id')).toEqual([]);
  });

  it('dbt check unique(run_id) returns the repeated run_id, across versions too', async () => {
    const db = await warehouse([records[0]], [toV11(records[0])]);
    expect(check(db, 'unique_run_id')).toEqual([{ run_id: records[0].run_id, n: 2 }]);
  });

  it('dbt check accepted_values(status) returns rows whose status is not one of the four', async () => {
    const bad = run({ status: 'green' });
    const none = run({ status: undefined });
    const db = await warehouse([records[0], bad, none], [toV11(run({ status: 'skipped' }))]);
    const got = check(db, 'accepted_values_status').map((r) => r.run_id);
    expect(got.sort()).toEqual([bad.run_id, none.run_id].sort());
  });

  it('dbt check not_null(release_evidence_uri) only where staging/prod and success', async () => {
    const missingProd = deploy('d9', { release_evidence_uri: undefined });
    const missingStaging = toV11(run({ environment: 'staging', release_evidence_uri: undefined }));
    const failedProd = deploy('d8', { status: 'failed', release_evidence_uri: undefined });
    const dev = run({ environment: 'dev', release_evidence_uri: undefined });
    const ok = deploy('d7');
    const db = await warehouse([missingProd, failedProd, dev, ok], [missingStaging]);
    const got = check(db, 'not_null_release_evidence_uri');
    expect(got.map((r) => [r.run_id, r.environment]).sort()).toEqual(
      [
        [missingProd.run_id, 'prod'],
        [missingStaging.run_id, 'staging']
      ].sort()
    );
  });

  it('the BigQuery view and the SQLite view select the same columns in the same order, those of the v1.2 table schema', () => {
    const bq = selectLists(readFileSync(join(SQL, 'bigquery', 'pipeline_runs_all.sql'), 'utf8'));
    const lite = selectLists(readFileSync(join(SQL, 'sqlite', 'pipeline_runs_all.sql'), 'utf8'));
    const table = (
      JSON.parse(
        readFileSync(join(REPO_ROOT, 'schema', 'bigquery', 'pipeline_run.v1.2.json'), 'utf8')
      ) as {
        name: string;
      }[]
    ).map((f) => f.name);
    expect(bq).toHaveLength(2);
    expect(lite).toHaveLength(2);
    for (const branch of [...bq, ...lite]) expect(branch).toEqual(table);
    // the v1.1 branches read flakiness_index from under tests.resilience, and select no column
    // the v1.1 table does not have
    const bqSql = readFileSync(join(SQL, 'bigquery', 'pipeline_runs_all.sql'), 'utf8');
    expect(bqSql).toContain('tests.resilience.flakiness_index AS flakiness_index');
    const v11Table = (
      JSON.parse(
        readFileSync(join(REPO_ROOT, 'schema', 'bigquery', 'pipeline_run.v1.1.json'), 'utf8')
      ) as { name: string }[]
    ).map((f) => f.name);
    const code = bqSql.replace(/--.*$/gm, '');
    const v11Branch = code.slice(code.indexOf('UNION ALL'));
    for (const col of table) {
      const bare = new RegExp(`^  ${col},?$`, 'm').test(v11Branch);
      if (bare)
        expect(`${col} in the v1.1 table: ${v11Table.includes(col)}`).toBe(
          `${col} in the v1.1 table: true`
        );
    }
    for (const col of ['signature_uri', 'release_evidence_uri', 'canary', 'policies']) {
      expect(v11Table).not.toContain(col);
      expect(v11Branch).toMatch(new RegExp(`CAST\\((NULL|\\[\\]) AS [^\\n]*\\) AS ${col}`));
    }
  });

  it('the BigQuery v1.1 branch rebuilds tests with every v1.2 tests field, resilience without flakiness_index', () => {
    const sql = readFileSync(join(SQL, 'bigquery', 'pipeline_runs_all.sql'), 'utf8').replace(
      /--.*$/gm,
      ''
    );
    const fields = (
      JSON.parse(
        readFileSync(join(REPO_ROOT, 'schema', 'bigquery', 'pipeline_run.v1.2.json'), 'utf8')
      ) as {
        name: string;
        fields?: { name: string; fields?: { name: string }[] }[];
      }[]
    ).find((f) => f.name === 'tests')!.fields!;
    const v11 = sql.slice(sql.indexOf('UNION ALL'));
    for (const f of fields)
      expect(v11).toContain(
        `tests.${f.name} AS ${f.name}`.replace('tests.resilience AS resilience', ') AS resilience')
      );
    for (const f of fields.find((x) => x.name === 'resilience')!.fields!)
      expect(v11).toContain(`tests.resilience.${f.name} AS ${f.name}`);
  });

  it('every SQLite check has its BigQuery twin', () => {
    const lite = readdirSync(join(SQL, 'sqlite', 'tests')).sort();
    expect(readdirSync(join(SQL, 'bigquery', 'tests')).sort()).toEqual(lite);
    expect(lite).toEqual([
      'accepted_values_status.sql',
      'not_null_release_evidence_uri.sql',
      'unique_run_id.sql'
    ]);
  });
});
