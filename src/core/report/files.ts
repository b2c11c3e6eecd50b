/** Files a gate run leaves behind: the result JSON, the policies NDJSON record, SARIF. */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GateResult } from '../result.js';
import { jsonTextPieces, writePieces } from './json-pieces.js';
import { policyRecord } from './policy-record.js';

/** `$RUNNER_TEMP/ci-intel`, where every gate of a job leaves its records. */
export function hubTempDir(runnerTemp: string): string {
  return join(runnerTemp, 'ci-intel');
}

export function writeResultFile(result: GateResult, runnerTemp: string): string {
  const dir = join(hubTempDir(runnerTemp), 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = result.startedAt.replace(/[:.]/g, '-');
  const file = join(dir, `${result.gate}-${stamp}-${process.pid}.json`);
  writeResultJson(file, result);
  return file;
}

/**
 * `JSON.stringify(result, null, 2) + '\n'`, byte for byte, in pieces: with thousands of findings,
 * or the per-file evidence of a scan of thousands of files, that string (and its UTF-8 copy)
 * would be the run's largest allocation. Every long array in it — the findings, an evidence
 * list — is stringified a slice at a time (`jsonTextPieces`, ./json-pieces.ts).
 */
export function resultPieces(result: GateResult): Iterable<string> {
  return jsonTextPieces(result);
}

/** The result as `file`, written a piece at a time (`resultPieces`). */
export function writeResultJson(file: string, result: GateResult): void {
  writePieces(file, resultPieces(result));
}

/** `pieces` (./json-pieces.ts) as `file`, its folder made. */
export function writeFilePieces(file: string, pieces: Iterable<string>): void {
  mkdirSync(dirname(file), { recursive: true });
  writePieces(file, pieces);
}

export function appendPolicyRecord(result: GateResult, runnerTemp: string): string {
  const dir = hubTempDir(runnerTemp);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'policies.ndjson');
  appendFileSync(file, JSON.stringify(policyRecord(result)) + '\n');
  return file;
}
