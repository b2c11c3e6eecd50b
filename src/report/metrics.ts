/**
 * The report's figures, computed in SQL on the working tables (tables.ts). Every definition (which
 * fields, which rows) is written down in docs/telemetry-report.md; change both together.
 */
import type { DatabaseSync, SQLOutputValue } from 'node:sqlite';
import { ReportError } from './sqlite.js';

type Row = Record<string, SQLOutputValue>;

export interface Percentiles {
  n: number;
  p50: number | null;
  p95: number | null;
}

export interface Health {
  runs: number;
  byStatus: Record<'success' | 'failed' | 'canceled' | 'skipped', number>;
  /** success / (success + failed + canceled); skipped runs did not try. null when none tried. */
  successRate: number | null;
  durationMs: Percentiles;
  queueMs: Percentiles;
}

export interface RepoHealth extends Health {
  repo: string;
}

export interface Bucket {
  /** The first day of the bucket (UTC), YYYY-MM-DD. */
  start: string;
  runs: number;
  successRate: number | null;
  durationP50Ms: number | null;
  durationP95Ms: number | null;
  queueP95Ms: number | null;
  deployments: number;
  /** Mean flakiness_index of the bucket's records that carry one. */
  flakiness: number | null;
}

export interface Dora {
  /** Production deployments: distinct (repo, deployment_id) with environment prod. */
  deployments: number;
  successfulDeployments: number;
  /** Successful deployments per day over the report window. */
  perDay: number;
  leadTimeMs: Percentiles;
  failedDeployments: number;
  /** failed / all deployments; null without deployments. */
  changeFailureRate: number | null;
  timeToRestoreMs: Percentiles;
  /** Failed deployments not followed by a successful one (yet). */
  unrestored: number;
}

export interface Restore {
  environment: string;
  failures: number;
  restored: number;
  medianMs: number | null;
}

export interface Denial {
  id: string;
  deny: number;
  warn: number;
  evaluated: number;
}

export interface Quarantine {
  reason: string;
  count: number;
}

export interface ReportData {
  window: { from: string; to: string; days: number };
  bucket: 'day' | 'week';
  health: Health;
  byRepo: RepoHealth[];
  series: Bucket[];
  dora: Dora;
  mttr: Restore[];
  denials: Denial[];
  quarantines: { total: number; byReason: Quarantine[] };
  flakiness: { records: number; mean: number | null; last30Days: number | null };
}

const num = (v: SQLOutputValue | undefined): number => (typeof v === 'number' ? v : Number(v ?? 0));
const numOrNull = (v: SQLOutputValue | undefined): number | null =>
  v === null || v === undefined ? null : Number(v);

/** Indexes on the working tables (tables.ts), and a check that every run has its times. */
function prepare(db: DatabaseSync): void {
  db.exec(`
    CREATE INDEX temp.runs_key ON runs (repo, environment, branch, status, ended_ms);
    CREATE INDEX temp.runs_commit ON runs (repo, commit_sha, started_ms);
  `);
  const bad = db
    .prepare('SELECT count(*) AS n FROM runs WHERE started_ms IS NULL OR ended_ms IS NULL')
    .get() as Row;
  if (num(bad.n) > 0)
    throw new ReportError(
      `${num(bad.n)} records have a started_at/ended_at that could not be read, though the loader checked them`
    );
}

/** Nearest-rank p-th percentile of sorted values. */
export function nearestRank(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Nearest-rank p50/p95 of `value` per `grp` over the rows of `from` (a FROM … WHERE clause).
 * SQLite has no percentile function and its window-function sort is ~10× slower than pulling
 * the column and sorting a Float64Array, so the engine selects and the sort happens here.
 */
function percentilesBy(
  db: DatabaseSync,
  grp: string,
  value: string,
  from: string
): Map<string, Percentiles> {
  const groups = new Map<string, number[]>();
  const stmt = db.prepare(`SELECT ${grp} AS g, ${value} AS v ${from} AND ${value} IS NOT NULL`);
  stmt.setReturnArrays(true);
  for (const row of stmt.all() as unknown[]) {
    const [g, v] = row as [SQLOutputValue, SQLOutputValue];
    const key = String(g);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(Number(v));
  }
  const out = new Map<string, Percentiles>();
  for (const [g, list] of groups) {
    const sorted = Float64Array.from(list).sort();
    out.set(g, { n: sorted.length, p50: nearestRank(sorted, 50), p95: nearestRank(sorted, 95) });
  }
  return out;
}

const NONE: Percentiles = { n: 0, p50: null, p95: null };

function healthRows(db: DatabaseSync, grp: string): Map<string, Health> {
  const counts = db
    .prepare(
      `SELECT ${grp} AS g, count(*) AS runs,
              sum(status = 'success') AS success, sum(status = 'failed') AS failed,
              sum(status = 'canceled') AS canceled, sum(status = 'skipped') AS skipped
       FROM runs GROUP BY g`
    )
    .all() as Row[];
  const duration = percentilesBy(db, grp, '(ended_ms - started_ms)', 'FROM runs WHERE 1');
  const queue = percentilesBy(db, grp, 'queue_ms', 'FROM runs WHERE 1');
  const out = new Map<string, Health>();
  for (const r of counts) {
    const tried = num(r.success) + num(r.failed) + num(r.canceled);
    out.set(String(r.g), {
      runs: num(r.runs),
      byStatus: {
        success: num(r.success),
        failed: num(r.failed),
        canceled: num(r.canceled),
        skipped: num(r.skipped)
      },
      successRate: tried ? num(r.success) / tried : null,
      durationMs: duration.get(String(r.g)) ?? NONE,
      queueMs: queue.get(String(r.g)) ?? NONE
    });
  }
  return out;
}

const DAY = 86_400_000;

/** Production deployments, one per (repo, deployment_id): the outcome of its last attempt. */
const DEPLOYMENTS = `
  CREATE TEMP TABLE deployments AS
  SELECT repo, deployment_id, commit_sha, started_ms, ended_ms,
         (status = 'failed' OR rollback_reason IS NOT NULL OR canary_decision IS 'rollback') AS failed
  FROM (
    SELECT *, row_number() OVER (PARTITION BY repo, deployment_id ORDER BY ended_ms DESC, run_id) AS k
    FROM runs
    WHERE environment = 'prod' AND deployment_id IS NOT NULL AND status IN ('success', 'failed')
  ) WHERE k = 1;
  CREATE INDEX temp.deployments_key ON deployments (repo, failed, ended_ms)`;

function dora(db: DatabaseSync, days: number): Dora {
  db.exec(DEPLOYMENTS);
  const c = db.prepare('SELECT count(*) AS n, sum(failed) AS failed FROM deployments').get() as Row;
  const deployments = num(c.n);
  const failed = num(c.failed);
  // Lead time: from the first pipeline run of the commit (any branch or environment) to the
  // end of its successful production deployment. The record has no commit time.
  const lead = percentilesBy(
    db,
    "'all'",
    '(d.ended_ms - (SELECT min(r.started_ms) FROM runs r WHERE r.repo = d.repo AND r.commit_sha = d.commit_sha))',
    'FROM deployments d WHERE d.failed = 0'
  );
  // Time to restore: a failed deployment (the first of a streak) to the end of the next
  // successful deployment of the same repository.
  db.exec(`
    CREATE TEMP TABLE restores AS
    SELECT f.repo, f.ended_ms AS failed_ms,
           (SELECT min(s.ended_ms) FROM deployments s
             WHERE s.repo = f.repo AND s.failed = 0 AND s.ended_ms > f.ended_ms) AS restored_ms
    FROM deployments f WHERE f.failed = 1`);
  const restore = percentilesBy(
    db,
    "'all'",
    '(restored_ms - failed_ms)',
    `FROM (SELECT repo, restored_ms, min(failed_ms) AS failed_ms FROM restores
           WHERE restored_ms IS NOT NULL GROUP BY repo, restored_ms) WHERE 1`
  );
  const unrestored = num(
    (db.prepare('SELECT count(*) AS n FROM restores WHERE restored_ms IS NULL').get() as Row).n
  );
  return {
    deployments,
    successfulDeployments: deployments - failed,
    perDay: days > 0 ? (deployments - failed) / days : 0,
    leadTimeMs: lead.get('all') ?? NONE,
    failedDeployments: failed,
    changeFailureRate: deployments ? failed / deployments : null,
    timeToRestoreMs: restore.get('all') ?? NONE,
    unrestored
  };
}

/**
 * MTTR per environment (the plan's definition): from a failed run to the next successful run
 * of the same repository, environment and branch; a streak of failures counts once, from its
 * first failure.
 */
function mttr(db: DatabaseSync): Restore[] {
  db.exec(`
    CREATE TEMP TABLE run_restores AS
    SELECT f.environment, f.ended_ms AS failed_ms,
           (SELECT min(s.ended_ms) FROM runs s
             WHERE s.repo = f.repo AND s.environment = f.environment AND s.branch = f.branch
               AND s.status = 'success' AND s.ended_ms > f.ended_ms) AS restored_ms,
           f.repo, f.branch
    FROM runs f WHERE f.status = 'failed'`);
  const streaks = `FROM (SELECT environment, restored_ms, min(failed_ms) AS failed_ms
                         FROM run_restores WHERE restored_ms IS NOT NULL
                         GROUP BY environment, repo, branch, restored_ms) WHERE 1`;
  const medians = percentilesBy(db, 'environment', '(restored_ms - failed_ms)', streaks);
  const rows = db
    .prepare(
      `SELECT environment, count(*) AS failures, sum(restored_ms IS NOT NULL) AS restored
       FROM run_restores GROUP BY environment ORDER BY environment`
    )
    .all() as Row[];
  return rows.map((r) => ({
    environment: String(r.environment),
    failures: num(r.failures),
    restored: num(r.restored),
    medianMs: medians.get(String(r.environment))?.p50 ?? null
  }));
}

function bucketSeries(db: DatabaseSync, bucket: 'day' | 'week'): Bucket[] {
  const start =
    bucket === 'day'
      ? `date(started_ms / 1000, 'unixepoch')`
      : `date(started_ms / 1000, 'unixepoch', '-6 days', 'weekday 1')`;
  db.exec(`CREATE TEMP TABLE bucketed AS SELECT ${start} AS bucket, * FROM runs`);
  const rows = db
    .prepare(
      `SELECT bucket, count(*) AS runs, sum(status = 'success') AS success,
              sum(status IN ('success', 'failed', 'canceled')) AS tried,
              avg(flakiness_index) AS flakiness
       FROM bucketed GROUP BY bucket ORDER BY bucket`
    )
    .all() as Row[];
  const duration = percentilesBy(db, 'bucket', '(ended_ms - started_ms)', 'FROM bucketed WHERE 1');
  const queue = percentilesBy(db, 'bucket', 'queue_ms', 'FROM bucketed WHERE 1');
  const deploys = new Map(
    (
      db
        .prepare(
          `SELECT ${start} AS bucket, count(*) AS n FROM deployments WHERE failed = 0 GROUP BY bucket`
        )
        .all() as Row[]
    ).map((r) => [String(r.bucket), num(r.n)])
  );
  return rows.map((r) => {
    const b = String(r.bucket);
    return {
      start: b,
      runs: num(r.runs),
      successRate: num(r.tried) ? num(r.success) / num(r.tried) : null,
      durationP50Ms: duration.get(b)?.p50 ?? null,
      durationP95Ms: duration.get(b)?.p95 ?? null,
      queueP95Ms: queue.get(b)?.p95 ?? null,
      deployments: deploys.get(b) ?? 0,
      flakiness: numOrNull(r.flakiness)
    };
  });
}

/** Gate denials and warnings by policy id, most denied first. */
function denials(db: DatabaseSync): Denial[] {
  return (
    db
      .prepare(
        `SELECT id, sum(result = 'deny') AS deny, sum(result = 'warn') AS warn, count(*) AS evaluated
         FROM policy_results GROUP BY id ORDER BY deny DESC, warn DESC, id`
      )
      .all() as Row[]
  ).map((r) => ({
    id: String(r.id),
    deny: num(r.deny),
    warn: num(r.warn),
    evaluated: num(r.evaluated)
  }));
}

/**
 * Cache quarantines: the cache-sentinel gate's policies[] entries that did not allow and whose
 * reason is its quarantine summary, "quarantined cache entry <key> (<reason>): …".
 */
function quarantines(db: DatabaseSync): ReportData['quarantines'] {
  const rows = db
    .prepare(
      `SELECT CASE WHEN instr(reason, ' (') > 0 AND instr(reason, '):') > instr(reason, ' (')
                   THEN substr(reason, instr(reason, ' (') + 2, instr(reason, '):') - instr(reason, ' (') - 2)
                   ELSE '(unstated)' END AS why,
              count(*) AS n
       FROM policy_results
       WHERE id = 'ci-intel/cache-sentinel' AND result IN ('deny', 'warn')
         AND reason LIKE 'quarantined cache entry %'
       GROUP BY why ORDER BY n DESC, why`
    )
    .all() as Row[];
  const byReason = rows.map((r) => ({ reason: String(r.why), count: num(r.n) }));
  return { total: byReason.reduce((s, r) => s + r.count, 0), byReason };
}

export function computeReport(db: DatabaseSync): ReportData {
  prepare(db);
  const w = db.prepare('SELECT min(started_ms) AS a, max(ended_ms) AS b FROM runs').get() as Row;
  const from = num(w.a);
  const to = num(w.b);
  const days = Math.max(1, Math.ceil((to - from) / DAY));
  const bucket = days <= 45 ? 'day' : 'week';
  const all = healthRows(db, "'all'").get('all')!;
  const byRepo = [...healthRows(db, 'repo')].map(([repo, h]) => ({ repo, ...h }));
  byRepo.sort((a, b) => b.runs - a.runs || a.repo.localeCompare(b.repo));
  const d = dora(db, days);
  const fl = db
    .prepare(
      `SELECT count(flakiness_index) AS n, avg(flakiness_index) AS mean,
              (SELECT avg(flakiness_index) FROM runs WHERE started_ms >= ${to} - 30 * ${DAY}) AS last30
       FROM runs`
    )
    .get() as Row;
  return {
    window: { from: new Date(from).toISOString(), to: new Date(to).toISOString(), days },
    bucket,
    health: all,
    byRepo,
    series: bucketSeries(db, bucket),
    dora: d,
    mttr: mttr(db),
    denials: denials(db),
    quarantines: quarantines(db),
    flakiness: { records: num(fl.n), mean: numOrNull(fl.mean), last30Days: numOrNull(fl.last30) }
  };
}
