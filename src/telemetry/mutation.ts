/**
 * A mutation-testing report in the mutation-testing-elements format (StrykerJS `mutation.json`,
 * also written by Stryker.NET, Infection, …) read into pipeline_run `tests.resilience`.
 *
 * The report is checked for what the record rests on, with the report schema's own bounds:
 * `thresholds.high`/`low` numbers in 0..100 (`break` too, or null), `files` an object of
 * `{language, source, mutants[]}`, every mutant with a string `id` and `mutatorName`, a
 * `location` with whole-number `start`/`end` line and column ≥ 1, and a known `status`.
 *
 * Counts, per the hub's metrics dictionary (resilience = killed / max(1, mutants_total − equiv)):
 * - `mutants_total`: mutants with a result, that is all but CompileError / RuntimeError (they never
 *   ran) and Pending (not run yet; reported as a warning),
 * - `killed`: Killed; `timeout`: Timeout (Stryker counts a timeout as detected; the dictionary's
 *   score does not, so it is kept apart and Stryker's own score is in the evidence),
 * - `equiv`: Ignored — the mutants a project excluded (Stryker's `// Stryker disable … : reason`,
 *   its way of dropping equivalent mutants); `equivalent_mutants_dropped` says whether any were.
 */
import { GateError } from '../core/errors.js';
import { readRegularTextFile } from '../core/read-file.js';
import { parseStrictJson } from '../core/strict-json.js';
import { round } from './coverage.js';

export const MUTANT_STATUSES = [
  'Killed',
  'Survived',
  'NoCoverage',
  'CompileError',
  'RuntimeError',
  'Timeout',
  'Ignored',
  'Pending'
] as const;
export type MutantStatus = (typeof MUTANT_STATUSES)[number];

export const MAX_MUTATION_REPORT_BYTES = 128 * 1024 * 1024;

export interface Resilience {
  mutants_total: number;
  killed: number;
  equiv: number;
  timeout: number;
  score: number;
  equivalent_mutants_dropped?: boolean;
}

export interface MutationReport {
  file: string;
  schemaVersion?: string;
  statuses: Record<MutantStatus, number>;
  resilience: Resilience;
  /** Stryker's mutation score: (killed + timeout) / (killed + timeout + survived + no coverage). */
  strykerScore: number;
  thresholds: { high: number; low: number; break?: number | null };
}

/** The record of a run without mutation testing: no mutants, score 0 by the same formula. */
export const NO_MUTATION_TESTING: Resilience = {
  mutants_total: 0,
  killed: 0,
  equiv: 0,
  timeout: 0,
  score: 0
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function problem(file: string, pointer: string, message: string): GateError {
  return new GateError(
    `mutation report ${file}: ${pointer} ${message}`,
    'Pass the mutation.json the mutation-testing tool wrote (StrykerJS: reporters: ["json"]); the report schema is https://github.com/stryker-mutator/mutation-testing-elements/tree/master/packages/report-schema.'
  );
}

function percent(file: string, pointer: string, v: unknown, nullable = false): void {
  if (nullable && v === null) return;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100)
    throw problem(file, pointer, `must be a number from 0 to 100 (is ${JSON.stringify(v)})`);
}

function position(file: string, pointer: string, v: unknown): void {
  if (!isObject(v)) throw problem(file, pointer, 'must be an object with line and column');
  for (const k of ['line', 'column']) {
    const n = v[k];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1)
      throw problem(
        file,
        `${pointer}/${k}`,
        `must be a whole number ≥ 1 (is ${JSON.stringify(n)})`
      );
  }
}

/** Check and count a parsed report. */
export function mutationReport(doc: unknown, file: string): MutationReport {
  if (!isObject(doc)) throw problem(file, '/', 'must be a JSON object');
  const sv = doc.schemaVersion;
  if (sv !== undefined && typeof sv !== 'string' && typeof sv !== 'number')
    throw problem(file, '/schemaVersion', 'must be a string');
  const th = doc.thresholds;
  if (!isObject(th))
    throw problem(file, '/thresholds', 'is required (an object with high and low)');
  percent(file, '/thresholds/high', th.high);
  percent(file, '/thresholds/low', th.low);
  if ('break' in th) percent(file, '/thresholds/break', th.break, true);
  const files = doc.files;
  if (!isObject(files)) throw problem(file, '/files', 'is required (an object of source files)');
  const statuses = Object.fromEntries(MUTANT_STATUSES.map((s) => [s, 0])) as Record<
    MutantStatus,
    number
  >;
  for (const [name, f] of Object.entries(files)) {
    const at = `/files/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!isObject(f)) throw problem(file, at, 'must be an object');
    if (typeof f.language !== 'string') throw problem(file, `${at}/language`, 'must be a string');
    if (typeof f.source !== 'string') throw problem(file, `${at}/source`, 'must be a string');
    if (!Array.isArray(f.mutants)) throw problem(file, `${at}/mutants`, 'must be an array');
    f.mutants.forEach((m: unknown, i: number) => {
      const mp = `${at}/mutants/${i}`;
      if (!isObject(m)) throw problem(file, mp, 'must be an object');
      if (typeof m.id !== 'string') throw problem(file, `${mp}/id`, 'must be a string');
      if (typeof m.mutatorName !== 'string')
        throw problem(file, `${mp}/mutatorName`, 'must be a string');
      if (!isObject(m.location)) throw problem(file, `${mp}/location`, 'is required');
      position(file, `${mp}/location/start`, m.location.start);
      position(file, `${mp}/location/end`, m.location.end);
      const s = m.status;
      if (typeof s !== 'string' || !(MUTANT_STATUSES as readonly string[]).includes(s))
        throw problem(
          file,
          `${mp}/status`,
          `must be one of ${MUTANT_STATUSES.join(', ')} (is ${JSON.stringify(s)})`
        );
      statuses[s as MutantStatus]++;
    });
  }
  const all = Object.values(statuses).reduce((a, b) => a + b, 0);
  const total = all - statuses.CompileError - statuses.RuntimeError - statuses.Pending;
  const equiv = statuses.Ignored;
  const resilience: Resilience = {
    mutants_total: total,
    killed: statuses.Killed,
    equiv,
    timeout: statuses.Timeout,
    score: round(statuses.Killed / Math.max(1, total - equiv)),
    equivalent_mutants_dropped: equiv > 0
  };
  const detected = statuses.Killed + statuses.Timeout;
  const valid = detected + statuses.Survived + statuses.NoCoverage;
  return {
    file,
    schemaVersion: sv === undefined ? undefined : String(sv),
    statuses,
    resilience,
    strykerScore: valid === 0 ? 0 : round(detected / valid),
    thresholds: {
      high: th.high as number,
      low: th.low as number,
      ...('break' in th ? { break: th.break as number | null } : {})
    }
  };
}

export function readMutationReport(file: string, shown = file): MutationReport {
  const text = readRegularTextFile(file, {
    maxBytes: MAX_MUTATION_REPORT_BYTES,
    what: "input 'mutation'"
  });
  return mutationReport(parseStrictJson(text, `mutation report ${shown}`), shown);
}
