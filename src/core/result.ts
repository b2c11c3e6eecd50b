/** The result model every gate shares (DESIGN.md, "The gate contract"). */

export type Verdict = 'pass' | 'fail' | 'error';
export type Mode = 'enforce' | 'audit';
export type Severity = 'error' | 'warning' | 'note';

export interface Finding {
  /** Stable id, e.g. `pr-target/banned-trigger`. */
  rule: string;
  severity: Severity;
  /** What is wrong, in the user's terms. */
  message: string;
  /** How to fix it. */
  help?: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface GateResult<Evidence = Record<string, unknown>> {
  schema: 'ci-intel.gate-result.v1';
  gate: string;
  verdict: Verdict;
  mode: Mode;
  summary: string;
  findings: Finding[];
  evidence: Evidence;
  /** Gate-specific outputs (action.yml `outputs`), as strings. */
  outputs: Record<string, string>;
  startedAt: string;
  durationMs: number;
}

/** What a gate's pure `evaluate` returns; the runner adds the envelope. */
export interface Evaluation<Evidence extends object = Record<string, unknown>> {
  verdict: Verdict;
  summary: string;
  findings: Finding[];
  evidence: Evidence;
  outputs?: Record<string, string>;
}

/** Rule metadata, used for SARIF `tool.driver.rules` and help text. */
export interface RuleInfo {
  id: string;
  title: string;
  help: string;
  severity: Severity;
}

/** A step fails in enforce mode unless the verdict is pass. */
export function stepFails(result: Pick<GateResult, 'verdict' | 'mode'>): boolean {
  return result.mode === 'enforce' && result.verdict !== 'pass';
}

const VERDICTS: readonly string[] = ['pass', 'fail', 'error'];

/** Whether `v` is one of the three verdicts (anything else is read as `error`). */
export function isVerdict(v: unknown): v is Verdict {
  return typeof v === 'string' && VERDICTS.includes(v);
}

/**
 * The worst of several verdicts: error > fail > pass. Anything that is not a verdict (a
 * misspelling, `undefined`, a redacted `***`) counts as `error`, never as a pass. An empty list
 * is `pass` (nothing blocks): a caller for which "nothing was checked" matters must say so itself.
 */
export function worstVerdict(verdicts: Iterable<Verdict>): Verdict {
  let worst: Verdict = 'pass';
  for (const v of verdicts as Iterable<unknown>) {
    if (!isVerdict(v) || v === 'error') return 'error';
    if (v === 'fail') worst = 'fail';
  }
  return worst;
}
