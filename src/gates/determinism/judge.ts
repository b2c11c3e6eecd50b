/** Findings and the verdict from a comparison: unreadable → error; real or unallowed → fail. */
import type { Finding, Verdict } from '../../core/result.js';
import type { Comparison, FileDiff } from './compare-snapshots.js';
import { describeFile } from './describe.js';
import { RULE, RULES } from './rules.js';
import { stabilizerFor, type Stabilizer } from './stabilizers.js';

const MAX_FINDINGS = 200;
const help = (id: string): string => RULES.find((r) => r.id === id)!.help;

function stabilizersOf(d: FileDiff): Stabilizer[] {
  return [...new Set(d.aspects.map(stabilizerFor).filter((s): s is Stabilizer => !!s))];
}

export function judge(
  c: Comparison,
  allowed: ReadonlySet<Stabilizer>
): { verdict: Verdict; findings: Finding[] } {
  const findings: Finding[] = [];
  for (const d of c.differences) {
    const text = describeFile(d, 5);
    const realAspects = d.aspects.filter((x) => !stabilizerFor(x) && x !== 'unreadable');
    const missing = stabilizersOf(d).filter((s) => !allowed.has(s));
    if (d.aspects.includes('unreadable')) {
      findings.push({
        rule: RULE.unreadable,
        severity: 'error',
        message: text,
        help: help(RULE.unreadable)
      });
    } else if (realAspects.length) {
      findings.push({ rule: RULE.drift, severity: 'error', message: text, help: help(RULE.drift) });
    } else if (missing.length) {
      findings.push({
        rule: RULE.stabilizer,
        severity: 'error',
        message: `${text} (needs ${missing.join(', ')}, not in allow-stabilizers)`,
        help: help(RULE.stabilizer)
      });
    } else {
      findings.push({
        rule: RULE.allowed,
        severity: 'note',
        message: `${text} (allowed: ${stabilizersOf(d).join(', ')})`,
        help: help(RULE.allowed)
      });
    }
  }
  // Errors first, then a bounded list.
  findings.sort((x, y) => (x.severity === y.severity ? 0 : x.severity === 'error' ? -1 : 1));
  const shown = findings.slice(0, MAX_FINDINGS);
  if (findings.length > MAX_FINDINGS) {
    shown.push({
      rule: findings[MAX_FINDINGS].rule,
      severity: findings.slice(MAX_FINDINGS).some((f) => f.severity === 'error') ? 'error' : 'note',
      message: `${findings.length - MAX_FINDINGS} more differences; see the diff summary JSON (diff-file)`
    });
  }
  const verdict: Verdict = c.unreadable.length
    ? 'error'
    : c.real.length || c.notAllowed.length
      ? 'fail'
      : 'pass';
  return { verdict, findings: shown };
}
