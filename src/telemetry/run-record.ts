/**
 * The pipeline_run.v1.2 record of one workflow run attempt, assembled from what the GitHub API
 * said about the run and its jobs and what the run left behind (gate records, test, coverage and
 * mutation reports, the evidence bundle). Pure: no I/O, the clock passed in. Validation against
 * the schema is the caller's (src/telemetry/record-schema.ts), before anything is written.
 *
 * Only finished jobs are recorded. Recording the run it runs in (the last job of the workflow),
 * its own job and any other still running are left out and listed; on `workflow_run: completed`
 * every job is finished.
 */
import { GateError } from '../core/errors.js';
import { machineClassOf, runCost, type MachineClass, type PriceTable } from './cost.js';
import { round, type CoverageFractions } from './coverage.js';
import type { EvidenceLinks } from './evidence-bundle.js';
import type { CacheEvent, PolicyEntry } from './gate-records.js';
import type { JobInfo, RunInfo } from './github-run.js';
import type { JUnitTotals } from './junit.js';
import { NO_MUTATION_TESTING, type Resilience } from './mutation.js';
import { pipelineRunId } from './run-id.js';

export type RecordStatus = 'success' | 'failed' | 'canceled' | 'skipped';

export interface RecordJob {
  id: string;
  name: string;
  status: RecordStatus;
  attempt?: number;
  duration_ms: number;
  queue_ms?: number;
  cache?: { hit?: boolean; key?: string };
  machine?: { class?: string; cpu?: string; ram_gb?: number };
  logs_uri?: string;
}

export interface PipelineRunRecord {
  schema: 'pipeline_run.v1.2';
  run_id: string;
  repo: string;
  commit_sha: string;
  branch: string;
  pr: number | null;
  started_at: string;
  ended_at: string;
  status: RecordStatus;
  queue_ms?: number;
  image_digest?: string;
  sbom_uri?: string;
  provenance_uri?: string;
  signature_uri?: string;
  release_evidence_uri?: string;
  runner_os?: 'linux' | 'windows' | 'macos';
  runner_type?: 'hosted' | 'self-hosted';
  cache_keys?: string[];
  flakiness_index?: number;
  jobs: RecordJob[];
  tests: {
    total: number;
    failed: number;
    skipped?: number;
    duration_ms: number;
    coverage?: CoverageFractions;
    resilience: Resilience;
  };
  policies?: PolicyEntry[];
  cost: { usd: number; cpu_seconds: number; gpu_seconds: number };
}

export interface RecordInputs {
  run: RunInfo;
  jobs: JobInfo[];
  prices: PriceTable;
  tests?: JUnitTotals;
  coverage?: CoverageFractions;
  resilience?: Resilience;
  policies?: PolicyEntry[];
  cacheEvents?: CacheEvent[];
  evidence?: EvidenceLinks;
  /** The pull request number from the run's own event payload (a fork's run lists none). */
  eventPullRequest?: number;
}

export interface LeftOutJob {
  name: string;
  status: string;
}

export interface BuiltRecord {
  record: PipelineRunRecord;
  leftOut: LeftOutJob[];
  /** Jobs whose runner labels match no price class (not in cost.usd). */
  unpriced: { name: string; labels: string[] }[];
  billedMinutes: number;
}

/** A job's or a run's conclusion in the record's words; anything unknown is an error. */
export function statusOf(conclusion: string | null, what: string): RecordStatus {
  switch (conclusion) {
    case 'success':
    case 'neutral':
      return 'success';
    case 'failure':
    case 'timed_out':
    case 'startup_failure':
    case 'action_required':
      return 'failed';
    case 'cancelled':
    case 'stale':
      return 'canceled';
    case 'skipped':
      return 'skipped';
    default:
      throw new GateError(
        `${what} has the conclusion ${JSON.stringify(conclusion)}, which the recorder does not know`,
        'Report this to the hub: GitHub may have added a conclusion.'
      );
  }
}

function ms(a: string | undefined | null, b: string | undefined | null): number | undefined {
  if (!a || !b) return undefined;
  const d = Date.parse(b) - Date.parse(a);
  return Number.isFinite(d) ? Math.max(0, d) : undefined;
}

function osOf(labels: string[]): PipelineRunRecord['runner_os'] | undefined {
  const l = labels.map((x) => x.toLowerCase());
  if (l.some((x) => x.startsWith('ubuntu') || x === 'linux')) return 'linux';
  if (l.some((x) => x.startsWith('windows'))) return 'windows';
  if (l.some((x) => x.startsWith('macos') || x === 'macos')) return 'macos';
  return undefined;
}

function typeOf(job: JobInfo): PipelineRunRecord['runner_type'] | undefined {
  if (job.labels.some((l) => l.toLowerCase() === 'self-hosted')) return 'self-hosted';
  if (job.runnerGroupName === 'GitHub Actions') return 'hosted';
  return undefined;
}

/** The one value all items agree on, else undefined. */
function agreed<T>(values: (T | undefined)[]): T | undefined {
  const first = values[0];
  return first !== undefined && values.every((v) => v === first) ? first : undefined;
}

/** A job matches a cache event's folder `ci-intel-evidence-<job>` by its name (or `caller / <job>`). */
function jobMatches(name: string, job: string | undefined): boolean {
  return job !== undefined && (name === job || name.endsWith(` / ${job}`));
}

export function buildRecord(x: RecordInputs): BuiltRecord {
  const { run } = x;
  const finished = x.jobs.filter((j) => j.status === 'completed');
  const leftOut = x.jobs
    .filter((j) => j.status !== 'completed')
    .map((j) => ({ name: j.name, status: j.status }));
  if (finished.length === 0)
    throw new GateError(
      `run ${run.id} attempt ${run.attempt} has no finished job yet (${x.jobs.length} listed, none completed): there is nothing to record`,
      'Run pipeline-run as the last job (needs: every other job, if: always()) or on workflow_run: completed.'
    );
  if (run.headBranch === null || run.headBranch === '')
    throw new GateError(
      `run ${run.id} has no head_branch`,
      'The API did not say which branch ran; re-run the recorder or record it from workflow_run.'
    );
  const unpriced: BuiltRecord['unpriced'] = [];
  const costs: { durationMs: number; machine?: MachineClass }[] = [];
  const events = x.cacheEvents ?? [];
  const jobs: RecordJob[] = finished.map((j) => {
    const duration = ms(j.startedAt, j.completedAt) ?? 0;
    const cls = machineClassOf(j.labels, x.prices);
    if (!cls && duration > 0) unpriced.push({ name: j.name, labels: j.labels });
    costs.push({ durationMs: duration, machine: cls?.machine });
    const out: RecordJob = {
      id: String(j.id),
      name: j.name,
      status: statusOf(j.conclusion, `job '${j.name}' (${j.id})`),
      attempt: j.attempt ?? run.attempt,
      duration_ms: duration
    };
    const queue = ms(j.createdAt, j.startedAt);
    if (queue !== undefined) out.queue_ms = queue;
    const mine = events.filter((e) => jobMatches(j.name, e.job));
    if (mine.length) out.cache = { hit: mine.some((e) => e.hit), key: mine[0].key };
    const machineClass = cls?.name ?? j.labels[0];
    if (machineClass) {
      out.machine = { class: machineClass };
      if (cls && cls.machine.cpu > 0) out.machine.cpu = String(cls.machine.cpu);
      if (cls?.machine.ram_gb !== undefined) out.machine.ram_gb = cls.machine.ram_gb;
    }
    if (j.htmlUrl) out.logs_uri = j.htmlUrl;
    return out;
  });

  let status: RecordStatus;
  if (run.status === 'completed' && run.conclusion !== null) {
    status = statusOf(run.conclusion, `run ${run.id}`);
  } else if (jobs.some((j) => j.status === 'failed')) status = 'failed';
  else if (jobs.some((j) => j.status === 'canceled')) status = 'canceled';
  else if (jobs.every((j) => j.status === 'skipped')) status = 'skipped';
  else status = 'success';

  const startedAt = run.runStartedAt ?? run.createdAt;
  const ends = finished
    .map((j) => j.completedAt)
    .filter((t): t is string => typeof t === 'string' && Number.isFinite(Date.parse(t)))
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  let endedAt = ends.at(-1) ?? run.updatedAt ?? startedAt;
  if (Date.parse(endedAt) < Date.parse(startedAt)) endedAt = startedAt;

  const firstStart = finished
    .map((j) => j.startedAt)
    .filter((t): t is string => typeof t === 'string' && Number.isFinite(Date.parse(t)))
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  const cost = runCost(costs);
  // Built in the schema's property order; jobs, tests and cost follow below.
  const record = {
    schema: 'pipeline_run.v1.2',
    run_id: pipelineRunId(run.repository, run.id, run.attempt),
    repo: run.repository,
    commit_sha: run.headSha,
    branch: run.headBranch,
    pr: run.event?.startsWith('pull_request')
      ? (run.pullRequests[0] ?? x.eventPullRequest ?? null)
      : null,
    started_at: startedAt,
    ended_at: endedAt,
    status
  } as PipelineRunRecord;
  const queue = ms(startedAt, firstStart);
  if (queue !== undefined) record.queue_ms = queue;
  Object.assign(record, x.evidence ?? {});
  const os = agreed(finished.map((j) => osOf(j.labels)));
  if (os) record.runner_os = os;
  const type = agreed(finished.map(typeOf));
  if (type) record.runner_type = type;
  const keys = [...new Set(events.map((e) => e.key))];
  if (keys.length) record.cache_keys = keys;
  const t = x.tests;
  if (t && t.total > 0) record.flakiness_index = round(t.flaky / t.total);
  record.jobs = jobs;
  record.tests = {
    total: t?.total ?? 0,
    failed: t?.failed ?? 0,
    ...(t ? { skipped: t.skipped } : {}),
    duration_ms: t?.durationMs ?? 0,
    ...(x.coverage && Object.keys(x.coverage).length ? { coverage: x.coverage } : {}),
    resilience: x.resilience ?? { ...NO_MUTATION_TESTING }
  };
  if (x.policies?.length) record.policies = x.policies;
  record.cost = { usd: cost.usd, cpu_seconds: cost.cpu_seconds, gpu_seconds: cost.gpu_seconds };
  return { record, leftOut, unpriced, billedMinutes: cost.billedMinutes };
}
