/**
 * JUnit XML as the test tools write it, read into the pipeline_run `tests` counts in one streaming
 * pass. One reader for the flavours in use: jest-junit and pytest (`<testsuites>` root, or
 * pytest's older bare `<testsuite>`), go-junit-report (`<testsuites>` with per-package suites,
 * `<skipped>`), and Maven Surefire (`<testsuite>` root; `flakyFailure`/`flakyError` on a test that
 * passed on a rerun, `rerunFailure`/`rerunError` beside the final `failure`/`error`). Counts come
 * from the `<testcase>` elements themselves, never from the suites' `tests=`/`failures=`
 * attributes (which some tools omit and others get wrong); a disagreement is reported.
 */
import { GateError } from '../core/errors.js';
import { readXmlText, scanXml } from './xml.js';

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

const FAILED = new Set(['failure', 'error', 'rerunFailure', 'rerunError']);
const FLAKY = new Set(['flakyFailure', 'flakyError']);
const SKIPPED = new Set(['skipped', 'disabled']);
/** Deepest suite nesting read; real reports nest two or three levels. */
const MAX_SUITE_DEPTH = 64;

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

interface SuiteFrame {
  name?: string;
  time?: string;
  tests?: string;
  cases: number;
  caseMs: number;
  nested: number;
  own: JUnitTotals;
}

interface CaseFrame {
  time?: string;
  failed: boolean;
  skipped: boolean;
  flaky: boolean;
}

/** Totals of one JUnit document (its text). */
export function junitTotals(text: string, file: string): JUnitFileReport {
  const report: JUnitFileReport = { file, suites: 0, mismatches: [], ...emptyTotals() };
  const t = emptyTotals();
  const suites: SuiteFrame[] = [];
  let tc: CaseFrame | undefined;
  const root = scanXml(text, `JUnit report ${file}`, {
    open(name, attrs, path) {
      if (path.length === 0 && name !== 'testsuites' && name !== 'testsuite')
        throw new GateError(
          `${file} is not a JUnit XML report: its root element is <${name}>, not <testsuites> or <testsuite>`,
          "List only JUnit XML files in 'junit' (jest-junit, pytest --junitxml, go-junit-report, Surefire reports)."
        );
      const parent = path[path.length - 1];
      if (
        name === 'testsuite' &&
        (path.length === 0 || parent === 'testsuites' || parent === 'testsuite')
      ) {
        if (suites.length >= MAX_SUITE_DEPTH)
          throw new GateError(`${file}: test suites nested more than ${MAX_SUITE_DEPTH} deep`);
        const up = suites[suites.length - 1];
        if (up) up.nested++;
        suites.push({
          name: attrs.name,
          time: attrs.time,
          tests: attrs.tests,
          cases: 0,
          caseMs: 0,
          nested: 0,
          own: emptyTotals()
        });
        report.suites++;
      } else if (name === 'testcase' && parent === 'testsuite') {
        tc = { time: attrs.time, failed: false, skipped: false, flaky: false };
      } else if (tc && parent === 'testcase') {
        if (FAILED.has(name)) tc.failed = true;
        else if (SKIPPED.has(name)) tc.skipped = true;
        else if (FLAKY.has(name)) tc.flaky = true;
      }
    },
    close(name, path) {
      const parent = path[path.length - 1];
      if (name === 'testcase' && tc && parent === 'testsuite') {
        const s = suites[suites.length - 1];
        s.cases++;
        s.own.total++;
        if (tc.failed) s.own.failed++;
        else if (tc.skipped) s.own.skipped++;
        else if (tc.flaky) s.own.flaky++;
        s.caseMs += seconds(tc.time) ?? 0;
        tc = undefined;
      } else if (
        name === 'testsuite' &&
        suites.length &&
        (path.length === 0 || parent === 'testsuites' || parent === 'testsuite')
      ) {
        const s = suites.pop() as SuiteFrame;
        if (s.nested === 0 || s.cases > 0) {
          s.own.durationMs = seconds(s.time) ?? s.caseMs;
          if (s.tests !== undefined && s.nested === 0 && Number(s.tests) !== s.cases)
            report.mismatches.push(
              `suite '${s.name ?? '?'}' declares tests="${s.tests}" and holds ${s.cases} test cases`
            );
        }
        add(t, s.own);
      }
    }
  });
  void root;
  return { ...report, ...t, durationMs: Math.round(t.durationMs) };
}

export function readJUnitFile(file: string, shown = file): JUnitFileReport {
  return junitTotals(readXmlText(file, `JUnit report ${shown}`), shown);
}

/** The sum over several reports. */
export function sumJUnit(reports: JUnitTotals[]): JUnitTotals {
  const t = emptyTotals();
  for (const r of reports) add(t, r);
  return t;
}
