/**
 * Levels and exceptions turn rule findings into the gate's findings. Exception globs are matched
 * through ../../workflows/glob.ts: a run whose policy has exceptions loads minimatch first
 * (`loadGlobMatcher`, in index.ts).
 */
import type { Finding, Severity } from '../../core/result.js';
import { detached, sharedText } from '../../workflows/detach.js';
import { globMatch } from '../../workflows/glob.js';
import type { Policy, PolicyException } from './policy.js';
import type { RuleFinding } from './types.js';

function ownerMatches(pattern: string, target: string): boolean {
  const p = pattern.toLowerCase();
  const t = target.toLowerCase();
  return t === p || t.startsWith(`${p}/`) || globMatch(t, p);
}

function pathMatches(pattern: string, file: string): boolean {
  return file === pattern || globMatch(file, pattern, { dot: true });
}

export function exceptionFor(
  policy: Policy,
  file: string,
  f: RuleFinding
): PolicyException | undefined {
  return policy.exceptions.find(
    (e) =>
      e.valid &&
      e.rule === f.rule &&
      (e.path === undefined || pathMatches(e.path, file)) &&
      (e.owner === undefined || (f.owner !== undefined && ownerMatches(e.owner, f.owner)))
  );
}

const RULE_IDS = new Map<string, string>();

/** `workflow-policy/<rule>`, one string per rule. */
function ruleId(rule: string): string {
  let id = RULE_IDS.get(rule);
  if (id === undefined) RULE_IDS.set(rule, (id = detached(`workflow-policy/${rule}`)));
  return id;
}

/**
 * The gate's findings for one file's rule findings. A fix may hold them until the run ends, so
 * their text is stored in strings of its own: a message built from pieces of the workflow's text
 * would otherwise keep that whole text alive. Helps are shared (`sharedText`).
 */
export function applyPolicy(
  file: string,
  raw: RuleFinding[],
  policy: Policy,
  used: Map<PolicyException, number>,
  each?: (raw: RuleFinding, finding: Finding) => void
): Finding[] {
  const out: Finding[] = [];
  for (const f of raw) {
    const level = policy.levels[f.rule];
    if (level === 'off') continue;
    let severity: Severity = level === 'error' && f.maxLevel === 'warning' ? 'warning' : level;
    let message = f.message;
    const ex = exceptionFor(policy, file, f);
    if (ex) {
      used.set(ex, (used.get(ex) ?? 0) + 1);
      severity = 'note';
      message = `${message} [excepted until ${ex.expires}${ex.approvedBy ? `, approved by ${ex.approvedBy}` : ''}: ${ex.justification}]`;
    }
    const finding: Finding = {
      rule: ruleId(f.rule),
      severity,
      message: detached(message),
      // A pinned-uses help is decided again once every file is read: copied, not pooled.
      help: f.pin ? detached(f.help) : sharedText(f.help),
      file,
      line: f.line,
      column: f.column
    };
    each?.(f, finding);
    out.push(finding);
  }
  return out;
}
