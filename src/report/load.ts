/**
 * Loads pipeline_run NDJSON into the embedded engine: every line parsed strictly (duplicate keys
 * refused), a v1.1 record read through the migration, validated, and written to the report's
 * tables (tables.ts). Nothing is dropped silently: every line that is not a valid record is
 * counted, the first ones kept with their file, line and problem, and `strict` makes the first
 * one fatal. The warehouse's compatibility view (sql/sqlite/pipeline_runs_all.sql) applies the
 * same v1.1 difference in SQL; test/report/warehouse.test.ts checks both give the same row.
 */
import type { DatabaseSync } from 'node:sqlite';
import { parseRecordLine } from '../telemetry/record-json.js';
import { pipelineRunProblems } from '../telemetry/record-schema.js';
import { forEachLine, inputFiles } from './ndjson-lines.js';
import { ReportError } from './sqlite.js';
import { RunWriter, type RunFields } from './tables.js';
import { readV11, V1_1 } from './v1_1.js';

export interface InvalidLine {
  file: string;
  line: number;
  problem: string;
}

export interface LoadStats {
  files: string[];
  /** Non-blank lines read. */
  lines: number;
  /** Valid records loaded, by the schema version they name. */
  records: number;
  byVersion: Record<string, number>;
  /** Lines that are not a valid record (unparsable, invalid, or a repeated run_id). */
  invalid: number;
  duplicates: number;
  /** The first MAX_SAMPLES invalid lines. */
  samples: InvalidLine[];
}

export const MAX_SAMPLES = 20;

/**
 * RFC 3339 as SQLite's date functions read it (after upper()): the schema's `date-time` format
 * also admits a leap second (":60") and an offset without a colon ("+0530"), which would come out
 * of SQLite as NULL and silently drop the run from every time-based figure; such a line is counted
 * as invalid instead.
 */
const READABLE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:[0-5]\d(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function timeProblem(record: { started_at: string; ended_at: string }): string | undefined {
  for (const k of ['started_at', 'ended_at'] as const) {
    if (!READABLE_TIME.test(record[k]))
      return `${k} ${JSON.stringify(record[k]).slice(0, 60)} is a date-time the report cannot place (a leap second, or an offset without a colon); write it as YYYY-MM-DDTHH:MM:SS[.fff]Z or ±HH:MM`;
  }
  if (Date.parse(record.ended_at) < Date.parse(record.started_at))
    return `ended_at ${record.ended_at} is before started_at ${record.started_at}`;
  return undefined;
}

function shorten(problems: string[]): string {
  const all = problems.join('; ');
  return all.length > 300 ? `${all.slice(0, 300)}…` : all;
}

export function loadRecords(
  db: DatabaseSync,
  paths: string[],
  options: { cwd: string; strict?: boolean }
): LoadStats {
  const files = inputFiles(paths, options.cwd);
  const writer = new RunWriter(db);
  const stats: LoadStats = {
    files,
    lines: 0,
    records: 0,
    byVersion: {},
    invalid: 0,
    duplicates: 0,
    samples: []
  };
  const seen = new Set<string>();
  const reject = (file: string, line: number, problem: string): void => {
    stats.invalid++;
    if (stats.samples.length < MAX_SAMPLES) stats.samples.push({ file, line, problem });
    if (options.strict)
      throw new ReportError(
        `${file}:${line}: ${problem}`,
        'Fix or remove the line; without --strict invalid lines are counted, listed and left out.'
      );
  };
  db.exec('BEGIN');
  try {
    for (const file of files) {
      forEachLine(file, (text, line, problem) => {
        if (text === undefined) {
          stats.lines++;
          reject(file, line, problem!);
          return;
        }
        if (text.trim() === '') return;
        stats.lines++;
        let record: unknown;
        try {
          record = parseRecordLine(text, `line ${line}`);
        } catch (err) {
          reject(file, line, (err as Error).message);
          return;
        }
        const named =
          record !== null && typeof record === 'object' && !Array.isArray(record)
            ? (record as { schema?: unknown }).schema
            : undefined;
        const version = named === V1_1 ? V1_1 : 'pipeline_run.v1.2';
        let current: unknown = record;
        if (version === V1_1) {
          const read = readV11(record);
          if ('problem' in read) {
            reject(file, line, read.problem);
            return;
          }
          current = read.record;
        } else {
          const problems = pipelineRunProblems(record);
          if (problems.length > 0) {
            reject(
              file,
              line,
              `not a valid ${String(named ?? 'pipeline_run')} record: ${shorten(problems)}`
            );
            return;
          }
        }
        const times = timeProblem(current as RunFields);
        if (times) {
          reject(file, line, times);
          return;
        }
        const runId = (current as RunFields).run_id;
        if (seen.has(runId)) {
          stats.duplicates++;
          reject(file, line, `run_id ${runId} was already read (a record appears twice)`);
          return;
        }
        seen.add(runId);
        writer.add(version, current as RunFields);
        stats.records++;
        stats.byVersion[version] = (stats.byVersion[version] ?? 0) + 1;
      });
    }
    db.exec('COMMIT');
  } catch (err) {
    db.exec('ROLLBACK');
    throw err;
  }
  if (stats.records === 0)
    throw new ReportError(
      `ci-intel report: no valid pipeline_run record in ${files.length} file${files.length === 1 ? '' : 's'} (${stats.lines} lines, ${stats.invalid} invalid)`,
      stats.samples.length
        ? `First problem: ${stats.samples[0].file}:${stats.samples[0].line}: ${stats.samples[0].problem}`
        : 'The files are empty: nothing to report on is not a report.'
    );
  return stats;
}
