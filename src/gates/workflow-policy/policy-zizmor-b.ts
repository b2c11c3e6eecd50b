/**
 * The rules mirrored from zizmor's audits (issue 17, second share): their names, default levels
 * and settings. Spread into policy.ts so the policy, the schema and the exceptions know them.
 */

/** Rules decided from the repository alone. */
export const OFFLINE_RULES_B = [
  'dangerous-triggers',
  'use-trusted-publishing',
  'job-timeout',
  'dependabot-cooldown',
  'dependabot-execution',
  'anonymous-definition',
  'concurrency-limits',
  'misfeature',
  'ref-version-mismatch',
  'undocumented-permissions',
  'forbidden-uses',
  'self-repository',
  'superfluous-actions',
  'typosquat-uses'
] as const;

/** Rules that need the GitHub API (input `online: true`); offline they are reported as not run. */
export const ONLINE_RULES = [
  'impostor-commit',
  'known-vulnerable-actions',
  'stale-action-refs',
  'archived-uses',
  'ref-confusion'
] as const;

export const RULE_NAMES_B = [...OFFLINE_RULES_B, ...ONLINE_RULES] as const;
export type RuleNameB = (typeof RULE_NAMES_B)[number];
export type OnlineRule = (typeof ONLINE_RULES)[number];

export const DEFAULT_LEVELS_B: Readonly<Record<RuleNameB, 'error' | 'warning' | 'off'>> = {
  // pr-target-ban is the enforcing gate for pull_request_target; this is zizmor's blanket flag.
  'dangerous-triggers': 'warning',
  'use-trusted-publishing': 'warning',
  // Ours; off by default (existing repositories rarely set it), on in the hub's own config.
  'job-timeout': 'off',
  'dependabot-cooldown': 'warning',
  'dependabot-execution': 'error',
  // zizmor reports it in its pedantic persona only.
  'anonymous-definition': 'off',
  'concurrency-limits': 'warning',
  misfeature: 'warning',
  'ref-version-mismatch': 'error',
  // zizmor reports it in its pedantic persona only.
  'undocumented-permissions': 'off',
  'forbidden-uses': 'error',
  // `$/` is new GitHub syntax that older GHES versions reject; on in the hub's own config.
  'self-repository': 'off',
  'superfluous-actions': 'warning',
  'typosquat-uses': 'error',
  'impostor-commit': 'error',
  'known-vulnerable-actions': 'error',
  'stale-action-refs': 'warning',
  'archived-uses': 'warning',
  'ref-confusion': 'error'
};

/** zizmor's default minimum Dependabot cooldown (`dependabot-cooldown.config.days`). */
export const DEFAULT_COOLDOWN_DAYS = 7;

/** Settings of these rules in the policy (`rules.<id>.<setting>`). */
export interface PolicySettingsB {
  /** forbidden-uses: only these patterns may be used (allow), or these may not (deny). */
  forbiddenUses?: { allow?: string[]; deny?: string[] };
  /** dependabot-cooldown: the least `cooldown.default-days` every update must have. */
  cooldownDays: number;
}

export function defaultSettingsB(): PolicySettingsB {
  return { cooldownDays: DEFAULT_COOLDOWN_DAYS };
}

export type RawRuleB = {
  level?: string;
  allow?: string[];
  deny?: string[];
  days?: number;
};

/** Read the settings of one of these rules from its raw policy entry. */
export function readSettingsB(name: string, raw: RawRuleB, into: PolicySettingsB): void {
  if (name === 'forbidden-uses' && (raw.allow || raw.deny)) {
    into.forbiddenUses = {
      allow: raw.allow?.map((p) => p.toLowerCase()),
      deny: raw.deny?.map((p) => p.toLowerCase())
    };
  }
  if (name === 'dependabot-cooldown' && typeof raw.days === 'number') into.cooldownDays = raw.days;
}
