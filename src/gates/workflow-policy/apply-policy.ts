/**
 * Levels and exceptions turn rule findings into the gate's findings. Exception globs are matched
 * through ../../workflows/glob.ts: a run whose policy has exceptions loads minimatch first
 * (`loadGlobMatcher`, in index.ts).
 */
import type { Finding, Severity } from '../../core/result.js';
import { detached } from '../../workflows/detach.js';
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

/** One copy of each help text (thousands of findings share a few hundred); dropped when full. */
const HELPS = new Map<string, string>();
const MAX_HELPS = 4096;

function sharedHelp(help: string | undefined): string | undefined {
  if (help === undefined) return undefined;
  let own = HELPS.get(help);
  if (own === undefined) {
    own = detached(help);
    if (HELPS.size >= MAX_HELPS) HELPS.clear();
    HELPS.set(own, own);
  }
  return own;
}

/**
 * The gate's findings for one file's rule findings. They are kept until the run ends, so their
 * text is stored in strings of its own: a message built from pieces of the workflow's text would
 * otherwise keep that whole text alive.
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
      rule: `workflow-policy/${f.rule}`,
      severity,
      message: detached(message),
      help: sharedHelp(f.help),
      file,
      line: f.line,
      column: f.column
    };
    each?.(f, finding);
    out.push(finding);
  }
  return out;
}
