/**
 * Moving pipeline_run records between schema versions, losslessly or not at all.
 *
 * v1.1 → v1.2 (`upgradeRecord`): `schema` becomes `pipeline_run.v1.2` and
 * `tests.resilience.flakiness_index` moves to the top-level `flakiness_index`; every other field
 * is copied unchanged. Nothing is invented: the fields v1.2 added (`policies`,
 * `release_evidence_uri`, `signature_uri`, `canary`) stay absent (a backfill that fills them in
 * for historical runs is a separate, declared step, not a migration).
 *
 * v1.2 → v1.1 (`downgradeRecord`): the reverse move, refused (with the fields that cannot be
 * expressed) when the record carries anything v1.1 has no place for. So
 * `downgrade(upgrade(r))` is `r` for every valid v1.1 record, and `upgrade(downgrade(r))` is `r`
 * for every v1.2 record the downgrade accepts.
 */
import { pipelineRunProblems, type PipelineRunVersion } from './record-schema.js';

export type MigrationResult =
  { ok: true; record: Record<string, unknown> } | { ok: false; reason: string; fields?: string[] };

/** The fields v1.2 added that a v1.1 record has no place for. */
export const V1_2_ONLY_FIELDS = ['policies', 'release_evidence_uri', 'signature_uri', 'canary'];

type Json = Record<string, unknown>;

function refuseInvalid(record: unknown, version: PipelineRunVersion): MigrationResult | undefined {
  const problems = pipelineRunProblems(record, version);
  if (problems.length === 0) return undefined;
  return {
    ok: false,
    reason: `the record is not a valid ${version} record (${problems.slice(0, 3).join('; ')}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}); only valid records are migrated`
  };
}

/** Rebuild `record` with `schema` set and keys in their original order. */
function withSchema(record: Json, schema: string): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(record)) out[k] = k === 'schema' ? schema : v;
  return out;
}

/** A pipeline_run.v1.1 record as the equivalent v1.2 record (the input is not modified). */
export function upgradeRecord(record: unknown): MigrationResult {
  const invalid = refuseInvalid(record, 'pipeline_run.v1.1');
  if (invalid) return invalid;
  const src = structuredClone(record) as Json;
  const out = withSchema(src, 'pipeline_run.v1.2');
  const tests = out.tests as Json;
  const resilience = tests.resilience as Json;
  if ('flakiness_index' in resilience) {
    const { flakiness_index: flake, ...rest } = resilience;
    tests.resilience = rest;
    out.flakiness_index = flake;
  }
  const after = pipelineRunProblems(out, 'pipeline_run.v1.2');
  if (after.length) {
    // Cannot happen while the two schemas differ only as documented; refuse rather than emit.
    return { ok: false, reason: `the upgraded record is not valid v1.2: ${after.join('; ')}` };
  }
  return { ok: true, record: out };
}

/**
 * A pipeline_run.v1.2 record as the equivalent v1.1 record, or a refusal naming the fields
 * v1.1 cannot carry (the input is not modified).
 */
export function downgradeRecord(record: unknown): MigrationResult {
  const invalid = refuseInvalid(record, 'pipeline_run.v1.2');
  if (invalid) return invalid;
  const src = structuredClone(record) as Json;
  const lost = V1_2_ONLY_FIELDS.filter((f) => f in src);
  if (lost.length) {
    return {
      ok: false,
      fields: lost,
      reason: `pipeline_run.v1.1 has no place for ${lost.map((f) => `'${f}'`).join(', ')}: downgrading would lose ${lost.length === 1 ? 'it' : 'them'}; keep the record as v1.2 (readers of v1.1 can use the compatibility view)`
    };
  }
  const out = withSchema(src, 'pipeline_run.v1.1');
  if ('flakiness_index' in out) {
    const { flakiness_index: flake } = out;
    delete out.flakiness_index;
    const tests = out.tests as Json;
    tests.resilience = { ...(tests.resilience as Json), flakiness_index: flake };
  }
  const after = pipelineRunProblems(out, 'pipeline_run.v1.1');
  if (after.length) {
    return { ok: false, reason: `the downgraded record is not valid v1.1: ${after.join('; ')}` };
  }
  return { ok: true, record: out };
}

/** Migrate `record` (which names its version) to `to`; same-version is the identity. */
export function migrateRecord(record: unknown, to: PipelineRunVersion): MigrationResult {
  const from =
    record !== null && typeof record === 'object' && !Array.isArray(record)
      ? (record as Json).schema
      : undefined;
  if (from === to) {
    const invalid = refuseInvalid(record, to);
    return invalid ?? { ok: true, record: structuredClone(record) as Json };
  }
  if (from === 'pipeline_run.v1.1' && to === 'pipeline_run.v1.2') return upgradeRecord(record);
  if (from === 'pipeline_run.v1.2' && to === 'pipeline_run.v1.1') return downgradeRecord(record);
  return {
    ok: false,
    reason: `the record names schema ${JSON.stringify(from)}; the migrations are pipeline_run.v1.1 ↔ pipeline_run.v1.2`
  };
}
