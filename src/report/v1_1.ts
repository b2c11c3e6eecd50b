/**
 * The one place the report reads a pipeline_run.v1.1 record as v1.2.
 *
 * INTEGRATION: when src/telemetry/migrate.ts (the schema owner's lossless v1.1 → v1.2 migration)
 * lands, this function's body becomes that call, and the record is validated against
 * schema/pipeline_run.v1.1.json first. Until then it applies the one difference issue #14
 * states: v1.1 carries `flakiness_index` under `tests.resilience`, v1.2 at the top level.
 * The warehouse view (sql/*\/pipeline_runs_all.sql) applies the same difference in SQL, and the
 * tests check that both give the same row.
 */
export const V1_1 = 'pipeline_run.v1.1';

export function upgradeV11(record: Record<string, unknown>): Record<string, unknown> {
  const out = structuredClone(record);
  out.schema = 'pipeline_run.v1.2';
  const tests = out.tests as { resilience?: Record<string, unknown> } | undefined;
  const resilience = tests && typeof tests === 'object' ? tests.resilience : undefined;
  if (resilience && typeof resilience === 'object' && 'flakiness_index' in resilience) {
    const { flakiness_index: flakiness, ...rest } = resilience;
    tests!.resilience = rest;
    out.flakiness_index = flakiness;
  }
  return out;
}
