/**
 * The report's working tables: one row per record (times in epoch ms), one row per policy
 * result. Filled from the validated, migrated record the loader already holds — measured ~2×
 * faster than extracting the same columns from stored JSON with SQLite's JSON functions, which
 * re-parse every document (docs/telemetry-report.md).
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';

export const TABLES_SQL = `
CREATE TEMP TABLE runs (
  run_id TEXT NOT NULL, schema TEXT NOT NULL, repo TEXT NOT NULL, commit_sha TEXT NOT NULL,
  branch TEXT NOT NULL, status TEXT NOT NULL, environment TEXT NOT NULL, deployment_id TEXT,
  rollback_reason TEXT, canary_decision TEXT, flakiness_index REAL, queue_ms INTEGER,
  started_ms INTEGER NOT NULL, ended_ms INTEGER NOT NULL
);
CREATE TEMP TABLE policy_results (repo TEXT NOT NULL, id TEXT NOT NULL, result TEXT NOT NULL, reason TEXT);
`;

/** The fields of a valid v1.2 record the report reads (the schema guarantees the types). */
export interface RunFields {
  run_id: string;
  repo: string;
  commit_sha: string;
  branch: string;
  status: string;
  started_at: string;
  ended_at: string;
  environment?: string;
  deployment_id?: string;
  rollback_reason?: string;
  canary?: { decision?: string };
  flakiness_index?: number;
  queue_ms?: number;
  policies?: { id: string; result: string; reason?: string }[];
}

export class RunWriter {
  private readonly run: StatementSync;
  private readonly policy: StatementSync;

  constructor(db: DatabaseSync) {
    db.exec(TABLES_SQL);
    this.run = db.prepare('INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    this.policy = db.prepare('INSERT INTO policy_results VALUES (?, ?, ?, ?)');
  }

  /** `schema` is the version the record was written in; `r` its v1.2 form. */
  add(schema: string, r: RunFields): void {
    this.run.run(
      r.run_id,
      schema,
      r.repo,
      r.commit_sha,
      r.branch,
      r.status,
      r.environment ?? '(none)',
      r.deployment_id ?? null,
      r.rollback_reason ?? null,
      r.canary?.decision ?? null,
      r.flakiness_index ?? null,
      r.queue_ms ?? null,
      Date.parse(r.started_at),
      Date.parse(r.ended_at)
    );
    for (const p of r.policies ?? []) this.policy.run(r.repo, p.id, p.result, p.reason ?? null);
  }
}
