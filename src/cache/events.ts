/** The sentinel's telemetry and quarantine: NDJSON records and a folder per rejected entry. */
import { randomBytes } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const EVENTS_FILE = 'cache-events.ndjson';

export interface QuarantineEvent {
  event: 'cache_quarantine';
  key: string;
  tier: string;
  reason: string;
  files: string[];
  ts: string;
  message: string;
  dir: string;
}

export interface RestoreEvent {
  event: 'cache_events';
  hit: boolean;
  key: string;
  matchedKey: string;
  tier: string;
  bytes: number;
  ms: number;
  verified: boolean;
  ts: string;
}

export function appendEvent(
  tempDir: string,
  record: QuarantineEvent | RestoreEvent | Record<string, unknown>
): string {
  mkdirSync(tempDir, { recursive: true });
  const file = join(tempDir, EVENTS_FILE);
  appendFileSync(file, JSON.stringify(record) + '\n');
  return file;
}

/** Move a staged entry to `<tempDir>/quarantine/<timestamp>/` (kept for forensics, never restored). */
export function quarantine(tempDir: string, stagingDir: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const dest = join(tempDir, 'quarantine', `${stamp}-${randomBytes(3).toString('hex')}`);
  mkdirSync(join(tempDir, 'quarantine'), { recursive: true });
  try {
    renameSync(stagingDir, dest);
  } catch {
    cpSync(stagingDir, dest, { recursive: true, verbatimSymlinks: true });
    rmSync(stagingDir, { recursive: true, force: true });
  }
  return dest;
}
