/** The workflow checks of the zizmor-derived rules (issue 17, second share), by rule name. */
import type { RuleNameB } from './policy-zizmor-b.js';
import { anonymousDefinition } from './rules/anonymous-definition.js';
import { concurrencyLimits } from './rules/concurrency-limits.js';
import { dangerousTriggers } from './rules/dangerous-triggers.js';
import { forbiddenUses } from './rules/forbidden-uses.js';
import { jobTimeout } from './rules/job-timeout.js';
import { misfeature } from './rules/misfeature.js';
import { selfRepository } from './rules/self-repository.js';
import { superfluousActions } from './rules/superfluous-actions.js';
import { typosquatUses } from './rules/typosquat-uses.js';
import { undocumentedPermissions } from './rules/undocumented-permissions.js';
import { useTrustedPublishing } from './rules/use-trusted-publishing.js';
import type { Rule } from './types.js';

/** Decided across files or over the network after the per-file pass (see index.ts). */
const LATER: Rule = () => [];

export const RULE_CHECKS_B: Record<RuleNameB, Rule> = {
  'dangerous-triggers': dangerousTriggers,
  'use-trusted-publishing': useTrustedPublishing,
  'job-timeout': jobTimeout,
  'dependabot-cooldown': LATER,
  'dependabot-execution': LATER,
  'anonymous-definition': anonymousDefinition,
  'concurrency-limits': concurrencyLimits,
  misfeature,
  'ref-version-mismatch': LATER,
  'undocumented-permissions': undocumentedPermissions,
  'forbidden-uses': forbiddenUses,
  'self-repository': selfRepository,
  'superfluous-actions': superfluousActions,
  'typosquat-uses': typosquatUses,
  'impostor-commit': LATER,
  'known-vulnerable-actions': LATER,
  'stale-action-refs': LATER,
  'archived-uses': LATER,
  'ref-confusion': LATER
};
