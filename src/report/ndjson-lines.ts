/**
 * NDJSON input for the report: the files a command line names (a folder stands for every
 * `*.ndjson` / `*.jsonl` file under it), read through the shared reader in chunks and split into
 * lines without holding a whole file as one string.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readRegularFileChunks } from '../core/read-file.js';
import { ReportError } from './sqlite.js';

/** The largest NDJSON file read (a 100k-record month is ~130 MB). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024 - 1;
/** The longest line: a pipeline_run record is a few KB; a 1 MiB line is not one. */
export const MAX_LINE_BYTES = 1024 * 1024;

const NDJSON = /\.(ndjson|jsonl)$/i;

/** The files to read, in a stable order; a folder with none, or a path that is absent, is an error. */
export function inputFiles(paths: string[], cwd: string): string[] {
  if (paths.length === 0)
    throw new ReportError(
      'ci-intel report: name the NDJSON files or folders to read',
      'e.g. `ci-intel report telemetry/` or `ci-intel report runs-2026-11.ndjson`'
    );
  const out: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const st = statSync(abs, { throwIfNoEntry: false });
    if (!st) throw new ReportError(`ci-intel report: ${p} does not exist`);
    if (st.isDirectory()) {
      const found = (readdirSync(abs, { recursive: true, encoding: 'utf8' }) as string[])
        .filter((f) => NDJSON.test(f))
        .map((f) => join(abs, f))
        .filter((f) => statSync(f, { throwIfNoEntry: false })?.isFile())
        .sort();
      if (found.length === 0)
        throw new ReportError(
          `ci-intel report: the folder ${p} holds no *.ndjson or *.jsonl file`,
          'Name the files, or the folder the pipeline-run records were downloaded to.'
        );
      out.push(...found);
    } else out.push(abs); // read-file refuses FIFOs, devices and the like with a clear message
  }
  return [...new Set(out)];
}

export type LineHandler = (text: string | undefined, line: number, problem?: string) => void;

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Call `onLine` for every line of `file` (1-based numbers). A line that is not UTF-8 or longer
 * than MAX_LINE_BYTES comes with `text` undefined and the problem. Returns the line count.
 */
export function forEachLine(file: string, onLine: LineHandler): number {
  let line = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  const finish = (bytes: Buffer): void => {
    line++;
    if (tooLong) {
      onLine(undefined, line, `the line is longer than ${MAX_LINE_BYTES} bytes`);
      return;
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      onLine(undefined, line, 'the line is not UTF-8 text');
      return;
    }
    onLine(text, line);
  };
  readRegularFileChunks(file, { maxBytes: MAX_FILE_BYTES, what: 'NDJSON input' }, (chunk) => {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      const end = nl < 0 ? chunk.length : nl;
      if (!tooLong) {
        if (pendingBytes + end - start > MAX_LINE_BYTES) {
          tooLong = true;
          pending = [];
          pendingBytes = 0;
        } else if (nl >= 0 && pending.length === 0) {
          // The common case: a whole line inside one chunk, decoded without a copy.
          finish(chunk.subarray(start, end));
          start = nl + 1;
          continue;
        } else {
          pending.push(Buffer.from(chunk.subarray(start, end)));
          pendingBytes += end - start;
        }
      }
      if (nl < 0) break;
      finish(Buffer.concat(pending, pendingBytes));
      pending = [];
      pendingBytes = 0;
      tooLong = false;
      start = nl + 1;
    }
  });
  if (pendingBytes > 0 || tooLong) finish(Buffer.concat(pending, pendingBytes));
  return line;
}
