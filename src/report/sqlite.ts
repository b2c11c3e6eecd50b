/**
 * The embedded engine: `node:sqlite` (built into Node ≥ 22.13, unflagged; Node 24 in CI and on
 * the runners). Loaded on demand so the rest of the CLI keeps working on Node 20, where
 * `ci-intel report` says what to install instead of crashing. Why SQLite and not DuckDB:
 * docs/telemetry-report.md.
 */
import type { DatabaseSync } from 'node:sqlite';

export class ReportError extends Error {
  override name = 'ReportError';
  constructor(
    message: string,
    readonly help?: string
  ) {
    super(message);
  }
}

export const MIN_NODE = '22.13.0';

function atLeast(version: string, min: string): boolean {
  const a = version.replace(/^v/, '').split('.').map(Number);
  const b = min.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/** A fresh in-memory database, or a ReportError naming the Node version to use. */
export async function openDatabase(nodeVersion = process.version): Promise<DatabaseSync> {
  if (!atLeast(nodeVersion, MIN_NODE)) {
    throw new ReportError(
      `this command needs Node ${MIN_NODE} or newer (its engine is the built-in node:sqlite); this is Node ${nodeVersion}`,
      'Run it with Node 24, the version the Actions runners use (in a workflow: actions/setup-node with node-version 24).'
    );
  }
  const { DatabaseSync: Database } = await import('node:sqlite');
  return new Database(':memory:');
}
