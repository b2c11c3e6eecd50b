/**
 * The admission truth table: every required gate has at least one result in the evidence and
 * every result of it is `pass`. A gate with no result is `missing`; any `fail` fails it; any
 * `error` (or a verdict that is not one) makes it `error`.
 */
import { worstVerdict, type Verdict } from '../core/result.js';
import type { ReleaseEvidence } from './format.js';

export interface GateOutcome {
  gate: string;
  status: Verdict | 'missing';
  results: number;
  verdicts: string[];
}

export function truthTable(e: ReleaseEvidence, required: string[]): GateOutcome[] {
  return required.map((gate) => {
    const rows = e.gates.filter((g) => g.gate === gate);
    if (rows.length === 0) return { gate, status: 'missing', results: 0, verdicts: [] };
    const verdicts = rows.map((r) => r.verdict);
    return { gate, status: worstVerdict(verdicts as Verdict[]), results: rows.length, verdicts };
  });
}
