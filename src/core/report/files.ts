/** Files a gate run leaves behind: the result JSON, the policies NDJSON record, SARIF. */
import { appendFileSync, closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GateResult } from '../result.js';
import { randomId } from '../unique-token.js';
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

/** Write all of `text` (a write may take fewer bytes than it is given). */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let off = 0; off < bytes.length;) off += writeSync(fd, bytes, off);
}

const WRAP_HEAD = '{\n  "f": [\n';
const WRAP_TAIL = '\n  ]\n}';

/** Findings written to the result file per write call. */
const FINDINGS_PER_WRITE = 512;

/**
 * `JSON.stringify(result, null, 2) + '\n'`, byte for byte, without building it as one string:
 * with thousands of findings that string (and its UTF-8 copy) would be the run's largest
 * allocation. The findings array is written a slice at a time, each finding indented as it sits
 * at depth 2; everything else is stringified as usual around it.
 */
export function writeResultJson(file: string, result: GateResult): void {
  const findings = result.findings;
  if (!Array.isArray(findings) || findings.length === 0) {
    writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
    return;
  }
  // A placeholder that occurs nowhere else in the document (else the cut below would be wrong):
  // drawn again in the (astronomically unlikely) case that it does.
  let marker: string;
  let text: string;
  let at: number;
  do {
    marker = `ci-intel-findings-${randomId()}`;
    text = JSON.stringify({ ...result, findings: marker }, null, 2) + '\n';
    at = text.indexOf(JSON.stringify(marker));
  } while (at !== text.lastIndexOf(JSON.stringify(marker)));
  const fd = openSync(file, 'w');
  try {
    writeAll(fd, text.slice(0, at) + '[\n');
    for (let i = 0; i < findings.length; i += FINDINGS_PER_WRITE) {
      // Stringified where they sit in the result (depth 2), then cut out of `{"f": [ … ]}`.
      const wrapped = JSON.stringify({ f: findings.slice(i, i + FINDINGS_PER_WRITE) }, null, 2);
      const part = wrapped.slice(WRAP_HEAD.length, -WRAP_TAIL.length);
      writeAll(fd, i + FINDINGS_PER_WRITE < findings.length ? `${part},\n` : part);
    }
    writeAll(fd, '\n  ]' + text.slice(at + JSON.stringify(marker).length));
  } finally {
    closeSync(fd);
  }
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
