/** Files a gate run leaves behind: the result JSON, the policies NDJSON record, SARIF. */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GateResult } from '../result.js';
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
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  return file;
}

export function appendPolicyRecord(result: GateResult, runnerTemp: string): string {
  const dir = hubTempDir(runnerTemp);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'policies.ndjson');
  appendFileSync(file, JSON.stringify(policyRecord(result)) + '\n');
  return file;
}

export function writeJsonFile(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}
