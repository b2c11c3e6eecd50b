/** pipeline_run records for the report tests, built from the plan's example (a valid v1.2 fixture). */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downgradeRecord, V1_2_ONLY_FIELDS } from '../../src/telemetry/migrate.js';
import { REPO_ROOT } from '../helpers/run-action.js';

export type Rec = Record<string, unknown>;

const EXAMPLE = JSON.parse(
  readFileSync(join(REPO_ROOT, 'test/telemetry/fixtures/v1.2/valid/plan-example.json'), 'utf8')
) as Rec;

/** The plan example with a fresh run_id, no environment/deployment, and `over` applied. */
export function run(over: Rec = {}): Rec {
  const r = structuredClone(EXAMPLE);
  r.run_id = randomUUID();
  for (const k of ['environment', 'deployment_id', 'rollout_step', 'strategy', 'canary'])
    delete r[k];
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) delete r[k];
    else r[k] = v;
  }
  return r;
}

/** A production deployment record. */
export function deploy(id: string, over: Rec = {}): Rec {
  return run({ environment: 'prod', deployment_id: id, branch: 'main', pr: null, ...over });
}

/** A v1.2 record without the fields v1.1 has no place for (policies, canary, …). */
export function v11able(r: Rec): Rec {
  const out = structuredClone(r);
  for (const f of V1_2_ONLY_FIELDS) delete out[f];
  return out;
}

/**
 * The v1.1 form of a v1.2 record: the fields v1.1 cannot carry dropped, then the schema owner's
 * downgrade (flakiness_index under tests.resilience, the schema const).
 */
export function toV11(r: Rec): Rec {
  const m = downgradeRecord(v11able(r));
  if (!m.ok) throw new Error(m.reason);
  return m.record;
}

export function tempDir(prefix = 'report-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Write records (objects are serialized, strings written as they are) as one NDJSON file. */
export function ndjson(dir: string, name: string, lines: (Rec | string)[]): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(
    file,
    lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n'
  );
  return file;
}

export const SHA = (c: string): string => c.repeat(40).slice(0, 40);
const DAY = '2026-11-02';
export const at = (hhmm: string): string => `${DAY}T${hhmm}:00Z`;

const policy = (id: string, result: string, reason = 'r'): Rec => ({ id, result, reason });

/**
 * The scenario test/report/metrics.test.ts computes by hand: one repository, two commits, CI
 * runs and three production deployments (one failed), a canceled and a skipped run.
 */
export function scenario(): Rec[] {
  return [
    run({
      commit_sha: SHA('a'),
      status: 'success',
      started_at: at('10:00'),
      ended_at: at('10:10'),
      queue_ms: 10_000,
      flakiness_index: 0.1,
      policies: [policy('ci-intel/workflow-policy', 'allow')]
    }),
    deploy('d1', {
      commit_sha: SHA('a'),
      status: 'success',
      started_at: at('11:00'),
      ended_at: at('11:20'),
      queue_ms: 20_000,
      flakiness_index: undefined,
      policies: []
    }),
    run({
      commit_sha: SHA('b'),
      branch: 'feature/y',
      status: 'failed',
      started_at: at('12:00'),
      ended_at: at('12:05'),
      queue_ms: 30_000,
      flakiness_index: 0.3,
      policies: [policy('ci-intel/workflow-policy', 'deny')]
    }),
    run({
      commit_sha: SHA('b'),
      branch: 'feature/y',
      status: 'success',
      started_at: at('12:30'),
      ended_at: at('12:40'),
      queue_ms: 40_000,
      flakiness_index: undefined,
      policies: [
        policy(
          'ci-intel/cache-sentinel',
          'deny',
          'quarantined cache entry npm-1 (signature-invalid): the signature does not verify'
        )
      ]
    }),
    deploy('d2', {
      commit_sha: SHA('b'),
      status: 'failed',
      started_at: at('13:00'),
      ended_at: at('13:10'),
      queue_ms: 50_000,
      flakiness_index: undefined,
      release_evidence_uri: undefined,
      policies: [policy('ci-intel/workflow-policy', 'deny'), policy('ci-intel/sbom-vex', 'warn')]
    }),
    deploy('d3', {
      commit_sha: SHA('b'),
      status: 'success',
      started_at: at('14:00'),
      ended_at: at('14:15'),
      queue_ms: 60_000,
      flakiness_index: undefined,
      policies: []
    }),
    run({
      commit_sha: SHA('c'),
      status: 'canceled',
      started_at: at('15:00'),
      ended_at: at('15:01'),
      queue_ms: undefined,
      flakiness_index: undefined,
      policies: undefined
    }),
    run({
      commit_sha: SHA('c'),
      status: 'skipped',
      started_at: at('16:00'),
      ended_at: at('16:00'),
      queue_ms: undefined,
      flakiness_index: undefined,
      policies: undefined
    })
  ];
}
