/**
 * The warehouse's compatibility view on the embedded engine (sql/sqlite/pipeline_runs_all.sql):
 * raw tables pipeline_runs_v1_1 / pipeline_runs_v1_2 (one JSON document a row) and the view
 * pipeline_runs_all over both, the twin of sql/bigquery/pipeline_runs_all.sql.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hubRoot } from '../core/action-spec.js';

export function compatViewSql(root: string = hubRoot()): string {
  return readFileSync(join(root, 'sql', 'sqlite', 'pipeline_runs_all.sql'), 'utf8');
}
