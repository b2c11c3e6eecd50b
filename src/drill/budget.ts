/**
 * The pure judgement of a DR drill against its budgets: age of the last success, result, RPO
 * and RTO. No I/O; every message names the check, the expected and the actual value.
 */
import { formatDuration } from '../core/duration.js';
import type { Finding, Verdict } from '../core/result.js';
import { formatRfc3339, parseRfc3339 } from './timestamp.js';

/** Clock skew tolerated for a last-success time that lies in the future. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

export interface DrillFacts {
  /** The last success as written by the source (RFC 3339 text). */
  lastSuccess?: string;
  /** Where lastSuccess came from, for messages: `drill.last_success_rfc3339`, `run 42 run_started_at`. */
  lastSuccessField: string;
  type?: string;
  result?: string;
  rpoS?: number;
  rtoS?: number;
}

export interface Budget {
  maxAgeMs: number;
  maxRpoS: number;
  maxRtoS: number;
  skewMs?: number;
}

export type CheckStatus = 'ok' | 'over' | 'error' | 'unverified';

export interface CheckRow {
  check: 'age' | 'result' | 'rpo' | 'rto';
  status: CheckStatus;
  actual: string;
  expected: string;
}

export interface Assessment {
  verdict: Verdict;
  findings: Finding[];
  checks: CheckRow[];
  lastSuccess?: Date;
  /** Age in ms; negative values inside the skew allowance are kept as measured. */
  ageMs?: number;
}

export const DRILL_RULES = {
  stale: 'dr/stale',
  failed: 'dr/drill-failed',
  rpo: 'dr/rpo-over-budget',
  rto: 'dr/rto-over-budget',
  timestamp: 'dr/timestamp-invalid',
  future: 'dr/timestamp-future',
  unverified: 'dr/budgets-unverified'
} as const;

function seconds(n: number): string {
  return `${Number.isInteger(n) ? n : n.toFixed(3)} s`;
}

function ageCheck(facts: DrillFacts, budget: Budget, now: Date, out: Assessment): void {
  const expected = `≤ ${formatDuration(budget.maxAgeMs)} (max-age)`;
  if (facts.lastSuccess === undefined || facts.lastSuccess.trim() === '') {
    out.checks.push({ check: 'age', status: 'error', actual: 'no timestamp', expected });
    out.findings.push({
      rule: DRILL_RULES.timestamp,
      severity: 'error',
      message: `age: ${facts.lastSuccessField} is missing, so the drill's age cannot be known; expected an RFC 3339 time`,
      help: 'Record the time of the last successful drill, e.g. "last_success_rfc3339": "2026-11-20T03:00:00Z".'
    });
    return;
  }
  const parsed = parseRfc3339(facts.lastSuccess);
  if (!parsed.ok) {
    out.checks.push({ check: 'age', status: 'error', actual: facts.lastSuccess, expected });
    out.findings.push({
      rule: DRILL_RULES.timestamp,
      severity: 'error',
      message: `age: ${facts.lastSuccessField} ${parsed.reason}; expected an RFC 3339 time with an offset`,
      help: 'Write the time as RFC 3339 with Z or an offset, e.g. 2026-11-20T03:00:00Z.'
    });
    return;
  }
  const ageMs = now.getTime() - parsed.date.getTime();
  const skew = budget.skewMs ?? MAX_CLOCK_SKEW_MS;
  const when = formatRfc3339(parsed.date);
  if (-ageMs > skew) {
    out.checks.push({
      check: 'age',
      status: 'error',
      actual: `${formatDuration(-ageMs)} in the future`,
      expected
    });
    out.findings.push({
      rule: DRILL_RULES.future,
      severity: 'error',
      message: `age: ${facts.lastSuccessField} ${when} is ${formatDuration(-ageMs)} after now (${formatRfc3339(now)}); expected a time in the past (at most ${formatDuration(skew)} of clock skew)`,
      help: 'Fix the clock or the evidence that produced this time; a drill cannot have succeeded in the future.'
    });
    return;
  }
  out.lastSuccess = parsed.date;
  out.ageMs = ageMs;
  const shown =
    ageMs < 0 ? `0s (${formatDuration(-ageMs)} ahead, within clock skew)` : formatDuration(ageMs);
  if (ageMs > budget.maxAgeMs) {
    out.checks.push({ check: 'age', status: 'over', actual: formatDuration(ageMs), expected });
    out.findings.push({
      rule: DRILL_RULES.stale,
      severity: 'error',
      message: `age: last successful drill ${when} is ${formatDuration(ageMs)} old; expected ${expected}`,
      help: 'Run the DR drill (and make it pass) before promoting this release.'
    });
  } else {
    out.checks.push({ check: 'age', status: 'ok', actual: shown, expected });
  }
}

function resultCheck(facts: DrillFacts, out: Assessment): void {
  if (facts.result === undefined) {
    out.checks.push({
      check: 'result',
      status: 'unverified',
      actual: 'not recorded',
      expected: 'pass'
    });
    return;
  }
  if (facts.result === 'pass') {
    out.checks.push({ check: 'result', status: 'ok', actual: 'pass', expected: 'pass' });
    return;
  }
  out.checks.push({ check: 'result', status: 'over', actual: facts.result, expected: 'pass' });
  out.findings.push({
    rule: DRILL_RULES.failed,
    severity: 'error',
    message: `result: the ${facts.type ? `'${facts.type}' ` : ''}drill's result is '${facts.result}'; expected 'pass'`,
    help: 'Fix what the drill found and run it again until it passes.'
  });
}

function objectiveCheck(
  check: 'rpo' | 'rto',
  actual: number | undefined,
  limit: number,
  out: Assessment
): void {
  const input = check === 'rpo' ? 'max-rpo-seconds' : 'max-rto-seconds';
  const expected = `≤ ${seconds(limit)} (${input})`;
  if (actual === undefined) {
    out.checks.push({ check, status: 'unverified', actual: 'not recorded', expected });
    return;
  }
  if (actual > limit) {
    out.checks.push({ check, status: 'over', actual: seconds(actual), expected });
    out.findings.push({
      rule: check === 'rpo' ? DRILL_RULES.rpo : DRILL_RULES.rto,
      severity: 'error',
      message: `${check}: the drill's ${check.toUpperCase()} is ${seconds(actual)}; expected ${expected}`,
      help:
        check === 'rpo'
          ? 'Replicate or back up more often so less data is lost, then drill again.'
          : 'Make recovery faster (automation, warm standby), then drill again.'
    });
  } else {
    out.checks.push({ check, status: 'ok', actual: seconds(actual), expected });
  }
}

/** Judge one drill against the budgets at `now`. error (cannot decide) beats fail beats pass. */
export function assessDrill(facts: DrillFacts, budget: Budget, now: Date): Assessment {
  const out: Assessment = { verdict: 'pass', findings: [], checks: [] };
  ageCheck(facts, budget, now, out);
  resultCheck(facts, out);
  objectiveCheck('rpo', facts.rpoS, budget.maxRpoS, out);
  objectiveCheck('rto', facts.rtoS, budget.maxRtoS, out);
  if (out.checks.some((c) => c.status === 'error')) out.verdict = 'error';
  else if (out.checks.some((c) => c.status === 'over')) out.verdict = 'fail';
  return out;
}
