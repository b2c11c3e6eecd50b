/**
 * The one place the report reads a pipeline_run.v1.1 record: through the schema owner's lossless
 * migration (src/telemetry/migrate.ts), which validates the record against
 * schema/pipeline_run.v1.1.json and its v1.2 form against v1.2. The warehouse view
 * (sql/*\/pipeline_runs_all.sql) applies the same difference in SQL (flakiness_index moves from
 * tests.resilience to the top level); the tests check that both give the same row.
 */
import { upgradeRecord } from '../telemetry/migrate.js';

export const V1_1 = 'pipeline_run.v1.1';

/** The v1.2 form of a v1.1 record, or why it cannot be read. */
export function readV11(
  record: unknown
): { record: Record<string, unknown> } | { problem: string } {
  const m = upgradeRecord(record);
  return m.ok ? { record: m.record } : { problem: m.reason };
}

/** The v1.2 form of a valid v1.1 record (throws on an invalid one). */
export function upgradeV11(record: Record<string, unknown>): Record<string, unknown> {
  const r = readV11(record);
  if ('problem' in r) throw new Error(r.problem);
  return r.record;
}
