/** `ci-intel report`: pipeline_run NDJSON → a job-summary Markdown page, an HTML page, JSON figures. */
import { appendFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { errorMessage } from '../core/errors.js';
import { FileReadError } from '../core/read-file.js';
import { htmlReport } from '../report/html.js';
import { loadRecords } from '../report/load.js';
import { headline, markdownReport } from '../report/markdown.js';
import { computeReport } from '../report/metrics.js';
import { openDatabase, ReportError } from '../report/sqlite.js';
import { UsageError } from './args.js';

export interface ReportIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const REPORT_HELP = `usage: ci-intel report <file.ndjson | folder> … [--markdown FILE] [--html FILE] [--json FILE]
                       [--summary] [--strict]
Reads pipeline_run records (v1.2, and v1.1 through the migration) from NDJSON files, or every
*.ndjson / *.jsonl file under a folder, into the embedded engine (node:sqlite, no server) and
reports run health, DORA, gate denials, cache quarantines and flakiness over time.
  --markdown FILE  the job-summary page (Mermaid charts); printed when no output is named
  --html FILE      one self-contained HTML page with SVG charts
  --json FILE      the figures as JSON
  --summary        append the Markdown page to $GITHUB_STEP_SUMMARY
  --strict         an invalid line is fatal (otherwise it is counted, listed and left out)
Needs Node >= 22.13. Exit status: 0 report written, 2 bad usage, unreadable input or no valid record.
`;

interface ReportArgs {
  paths: string[];
  markdown?: string;
  html?: string;
  json?: string;
  summary: boolean;
  strict: boolean;
  help: boolean;
}

const VALUE_FLAGS = ['markdown', 'html', 'json'] as const;

export function parseReportArgs(argv: string[]): ReportArgs {
  const a: ReportArgs = { paths: [], summary: false, strict: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') a.help = true;
    else if (arg === '--summary') a.summary = true;
    else if (arg === '--strict') a.strict = true;
    else if (arg === '--') {
      a.paths.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      if (!(VALUE_FLAGS as readonly string[]).includes(name))
        throw new UsageError(
          `ci-intel report: unknown flag --${name} (flags: --markdown, --html, --json, --summary, --strict)`
        );
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '')
        throw new UsageError(`ci-intel report: --${name} needs a file name`);
      a[name as (typeof VALUE_FLAGS)[number]] = value;
    } else a.paths.push(arg);
  }
  return a;
}

function checkOutput(cwd: string, flag: string, file: string | undefined): void {
  if (file === undefined) return;
  const abs = resolve(cwd, file);
  if (!statSync(dirname(abs), { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(
      `--${flag} ${file}: the folder ${dirname(abs)} does not exist (create it first)`
    );
  if (statSync(abs, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(`--${flag} ${file} is a folder; name a file`);
}

function write(io: ReportIo, flag: string, file: string, text: string): void {
  try {
    writeFileSync(resolve(io.cwd, file), text);
  } catch (err) {
    throw new UsageError(`--${flag} ${file}: cannot write: ${errorMessage(err)}`);
  }
  io.stderr(`wrote ${file}\n`);
}

export async function reportCommand(io: ReportIo, argv: string[]): Promise<number> {
  const args = parseReportArgs(argv);
  if (args.help) {
    io.stdout(REPORT_HELP);
    return 0;
  }
  for (const f of VALUE_FLAGS) checkOutput(io.cwd, f, args[f]);
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (args.summary && !summaryFile)
    throw new UsageError(
      '--summary: GITHUB_STEP_SUMMARY is not set (it is, inside a GitHub Actions step)'
    );
  try {
    const db = await openDatabase();
    try {
      const stats = loadRecords(db, args.paths, { cwd: io.cwd, strict: args.strict });
      const data = computeReport(db);
      const markdown = markdownReport(data, stats);
      if (args.markdown) write(io, 'markdown', args.markdown, markdown);
      if (args.html) write(io, 'html', args.html, htmlReport(data, stats));
      if (args.json)
        write(
          io,
          'json',
          args.json,
          JSON.stringify({ input: stats, report: data }, null, 2) + '\n'
        );
      if (args.summary) appendFileSync(summaryFile!, markdown);
      if (!args.markdown && !args.html && !args.json && !args.summary) io.stdout(markdown);
      io.stderr(
        `ci-intel report: ${stats.records} records from ${stats.files.length} file${stats.files.length === 1 ? '' : 's'}; ${headline(data).replace(/\*\*/g, '')}\n`
      );
      if (stats.invalid > 0) {
        const first = stats.samples[0];
        io.stderr(
          `ci-intel report: ${stats.invalid} invalid line${stats.invalid === 1 ? '' : 's'} left out (listed in the report; --strict makes them fatal); first: ${first.file}:${first.line}: ${first.problem}\n`
        );
      }
      return 0;
    } finally {
      db.close();
    }
  } catch (err) {
    if (err instanceof ReportError || err instanceof FileReadError) {
      io.stderr(`ci-intel report: ${err.message.replace(/^ci-intel report: /, '')}\n`);
      if (err.help) io.stderr(`  ${err.help}\n`);
      return 2;
    }
    throw err;
  }
}
