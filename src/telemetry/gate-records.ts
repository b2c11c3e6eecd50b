/**
 * The records the hub's gates leave behind in a job: `policies.ndjson` (one `policies[]` record
 * per gate run, src/core/report/files.ts) and `cache-events.ndjson` (cache-sentinel's restores,
 * src/cache/events.ts), both under `$RUNNER_TEMP/ci-intel/`. The recording job gets the other
 * jobs' folders as their `ci-intel-evidence-<job>` artifacts (download-artifact puts each in a
 * folder of its name), so a folder is searched for both files, a few levels deep. Every line must
 * be a JSON object of the right shape: a malformed record is an error naming file and line.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { GateError } from '../core/errors.js';
import { readRegularTextFile } from '../core/read-file.js';
import { parseStrictJson } from '../core/strict-json.js';
import { EVENTS_FILE } from '../cache/events.js';

export const POLICIES_FILE = 'policies.ndjson';
const MAX_RECORD_FILE_BYTES = 16 * 1024 * 1024;
const MAX_DEPTH = 4;
const MAX_ENTRIES = 10_000;
/**
 * Never searched: `quarantine/` holds cache entries cache-sentinel rejected (attacker-controlled
 * files, which could be named policies.ndjson), `results/` the gates' full results.
 */
const SKIP_DIRS = new Set(['quarantine', 'results', 'node_modules', '.git']);

export interface PolicyEntry {
  id: string;
  result: 'allow' | 'deny' | 'warn';
  reason?: string;
  docs_uri?: string;
  time_ns?: number;
}

export interface CacheEvent {
  hit: boolean;
  key: string;
  /** The `ci-intel-evidence-<job>` folder it came from: `<job>`, when named so. */
  job?: string;
  file: string;
}

export interface GateRecords {
  policies: PolicyEntry[];
  cacheEvents: CacheEvent[];
  quarantines: number;
  files: string[];
  /** Paths given that do not exist (a job that ran no gate, or a typo). */
  missing: string[];
}

/** `policies.ndjson` and `cache-events.ndjson` under each path (a file, or a folder searched). */
export function findRecordFiles(paths: string[], missing: string[] = []): string[] {
  const out = new Set<string>();
  let left = MAX_ENTRIES;
  const walk = (dir: string, depth: number): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      throw new GateError(
        `cannot list the records folder ${dir} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
        "Check 'records': folders the gates' records were downloaded to."
      );
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (--left < 0)
        throw new GateError(
          `more than ${MAX_ENTRIES} entries under ${dir}`,
          "Point 'records' at the downloaded evidence folders only."
        );
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        if (depth < MAX_DEPTH && !SKIP_DIRS.has(e.name)) walk(full, depth + 1);
      } else if (e.isFile() && (e.name === POLICIES_FILE || e.name === EVENTS_FILE)) out.add(full);
    }
  };
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      missing.push(p); // absent: nothing recorded there (a job that ran no gate)
      continue;
    }
    if (isDir) walk(p, 0);
    else out.add(p);
  }
  return [...out];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function lines(file: string): { line: number; doc: Record<string, unknown> }[] {
  const text = readRegularTextFile(file, {
    maxBytes: MAX_RECORD_FILE_BYTES,
    what: 'gate record file'
  });
  const out: { line: number; doc: Record<string, unknown> }[] = [];
  text.split('\n').forEach((l, i) => {
    if (l.trim() === '') return;
    const doc = parseStrictJson(l, `${file} line ${i + 1}`);
    if (!isObject(doc))
      throw new GateError(
        `${file} line ${i + 1}: a record must be a JSON object`,
        'Pass the files the gates wrote, unmodified.',
        file,
        i + 1
      );
    out.push({ line: i + 1, doc });
  });
  return out;
}

/** The job a folder `ci-intel-evidence-<job>` stands for. */
function jobOfFolder(file: string): string | undefined {
  const m = /^ci-intel-evidence-(.+)$/.exec(basename(dirname(file)));
  return m?.[1];
}

export function readGateRecords(paths: string[]): GateRecords {
  const missing: string[] = [];
  const files = findRecordFiles(paths, missing);
  const r: GateRecords = { policies: [], cacheEvents: [], quarantines: 0, files, missing };
  for (const file of files) {
    const bad = (line: number, what: string): GateError =>
      new GateError(
        `${file} line ${line}: ${what}`,
        'Pass the files the gates wrote, unmodified.',
        file,
        line
      );
    if (basename(file) === POLICIES_FILE) {
      for (const { line, doc } of lines(file)) {
        if (typeof doc.id !== 'string' || doc.id === '')
          throw bad(line, 'a policy record needs an id');
        if (doc.result !== 'allow' && doc.result !== 'deny' && doc.result !== 'warn')
          throw bad(line, `result must be allow, deny or warn (is ${JSON.stringify(doc.result)})`);
        const p: PolicyEntry = { id: doc.id, result: doc.result };
        if (typeof doc.reason === 'string') p.reason = doc.reason;
        if (typeof doc.docs_uri === 'string') p.docs_uri = doc.docs_uri;
        if (doc.time_ns !== undefined) {
          if (typeof doc.time_ns !== 'number' || !Number.isInteger(doc.time_ns) || doc.time_ns < 0)
            throw bad(line, 'time_ns must be a whole number ≥ 0');
          p.time_ns = doc.time_ns;
        }
        r.policies.push(p);
      }
    } else {
      for (const { line, doc } of lines(file)) {
        if (doc.event === 'cache_quarantine') {
          r.quarantines++;
          continue;
        }
        if (doc.event !== 'cache_events') continue; // other telemetry shares the file
        if (typeof doc.hit !== 'boolean' || typeof doc.key !== 'string' || doc.key === '')
          throw bad(line, 'a cache_events record needs hit (boolean) and key (string)');
        r.cacheEvents.push({ hit: doc.hit, key: doc.key, job: jobOfFolder(file), file });
      }
    }
  }
  return r;
}
