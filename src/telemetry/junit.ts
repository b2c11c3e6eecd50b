/**
 * JUnit XML as the test tools write it, read into the pipeline_run `tests` counts. One reader for
 * the flavours in use: jest-junit and pytest (`<testsuites>` root, or pytest's older bare
 * `<testsuite>`), go-junit-report (`<testsuites>` with per-package suites, `<skipped>`), and Maven
 * Surefire (`<testsuite>` root; `flakyFailure`/`flakyError` on a test that passed on a rerun,
 * `rerunFailure`/`rerunError` beside the final `failure`/`error`). Counts come from the
 * `<testcase>` elements themselves, never from the suites' `tests=`/`failures=` attributes (which
 * some tools omit and others get wrong); a disagreement is reported in the evidence.
 */
import { GateError } from '../core/errors.js';
import { attr, children, readXmlFile, type XmlDocument, type XmlElement } from './xml.js';

export interface JUnitTotals {
  total: number;
  /** Tests whose final outcome is a `<failure>` or an `<error>` (or a rerun failure). */
  failed: number;
  /** `<skipped>` (pytest skip and xfail, go t.Skip, jest todo/skip) or `<disabled>`. */
  skipped: number;
  /** Passed only on a rerun (Surefire `flakyFailure` / `flakyError`). */
  flaky: number;
  /** Sum of the leaf suites' `time` (or of their test cases' when a suite has none). */
  durationMs: number;
}

export interface JUnitFileReport extends JUnitTotals {
  file: string;
  suites: number;
  /** Suites whose `tests=` attribute disagrees with the test cases they hold. */
  mismatches: string[];
}

const FAILED = ['failure', 'error', 'rerunFailure', 'rerunError'];
const FLAKY = ['flakyFailure', 'flakyError'];
const SKIPPED = ['skipped', 'disabled'];
/** Deepest suite nesting read; real reports nest two or three levels. */
const MAX_DEPTH = 64;

/** Seconds as JUnit writes them (`0.683`, `1,234.5` from some locales) → ms, or undefined. */
function seconds(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const t = v.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t) * 1000;
  return Number.isFinite(n) ? n : undefined;
}

function emptyTotals(): JUnitTotals {
  return { total: 0, failed: 0, skipped: 0, flaky: 0, durationMs: 0 };
}

function add(into: JUnitTotals, t: JUnitTotals): void {
  into.total += t.total;
  into.failed += t.failed;
  into.skipped += t.skipped;
  into.flaky += t.flaky;
  into.durationMs += t.durationMs;
}

function testcase(tc: XmlElement, t: JUnitTotals): number {
  t.total++;
  const has = (names: string[]): boolean => names.some((n) => children(tc, n).length > 0);
  if (has(FAILED)) t.failed++;
  else if (has(SKIPPED)) t.skipped++;
  else if (has(FLAKY)) t.flaky++;
  return seconds(attr(tc, 'time')) ?? 0;
}

function suite(
  s: XmlElement,
  name: string,
  depth: number,
  report: JUnitFileReport,
  t: JUnitTotals
): void {
  if (depth > MAX_DEPTH)
    throw new GateError(`${name}: test suites nested more than ${MAX_DEPTH} deep`);
  report.suites++;
  const cases = children(s, 'testcase');
  const own = emptyTotals();
  let caseMs = 0;
  for (const tc of cases) caseMs += testcase(tc, own);
  const declared = attr(s, 'tests');
  const nested = children(s, 'testsuite');
  if (nested.length === 0 || cases.length > 0) {
    own.durationMs = seconds(attr(s, 'time')) ?? caseMs;
    if (declared !== undefined && Number(declared) !== cases.length && nested.length === 0)
      report.mismatches.push(
        `suite '${attr(s, 'name') ?? '?'}' declares tests="${declared}" and holds ${cases.length} test cases`
      );
  }
  add(t, own);
  for (const n of nested) suite(n, name, depth + 1, report, t);
}

/** Totals of one parsed JUnit document. */
export function junitTotals(doc: XmlDocument, file: string): JUnitFileReport {
  const report: JUnitFileReport = { file, suites: 0, mismatches: [], ...emptyTotals() };
  const t = emptyTotals();
  if (doc.rootName === 'testsuites') {
    for (const s of children(doc.root, 'testsuite')) suite(s, file, 1, report, t);
  } else if (doc.rootName === 'testsuite') {
    suite(doc.root, file, 1, report, t);
  } else {
    throw new GateError(
      `${file} is not a JUnit XML report: its root element is <${doc.rootName}>, not <testsuites> or <testsuite>`,
      "List only JUnit XML files in 'junit' (jest-junit, pytest --junitxml, go-junit-report, Surefire reports)."
    );
  }
  return { ...report, ...t, durationMs: Math.round(t.durationMs) };
}

export function readJUnitFile(file: string, shown = file): JUnitFileReport {
  return junitTotals(readXmlFile(file, `JUnit report ${shown}`), shown);
}

/** The sum over several reports. */
export function sumJUnit(reports: JUnitTotals[]): JUnitTotals {
  const t = emptyTotals();
  for (const r of reports) add(t, r);
  return t;
}
