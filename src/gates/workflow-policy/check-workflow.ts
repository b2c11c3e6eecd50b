/** Runs every enabled rule over one parsed workflow (pure: no files, no environment). */
import type { Workflow } from '../../workflows/workflow.js';
import type { Policy, RuleName } from './policy.js';
import { concurrency } from './rules/concurrency.js';
import { permissions } from './rules/permissions.js';
import { persistCredentials } from './rules/persist-credentials.js';
import { pinnedUses } from './rules/pinned-uses.js';
import { secretsInherit } from './rules/secrets-inherit.js';
import { staticSecrets } from './rules/static-secrets.js';
import { templateInjection } from './rules/template-injection.js';
import { ZIZMOR_A_CHECKS } from './rules-zizmor-a.js';
import { RULE_CHECKS_B } from './rules-zizmor-b.js';
import type { SourceText } from './source.js';
import type { CheckContext, PinIndex, Rule, RuleFinding, SensitivePermission } from './types.js';

export const RULE_CHECKS: Record<RuleName, Rule> = {
  'pinned-uses': pinnedUses,
  permissions,
  'template-injection': templateInjection,
  'secrets-inherit': secretsInherit,
  'static-secrets': staticSecrets,
  concurrency,
  'persist-credentials': persistCredentials,
  ...ZIZMOR_A_CHECKS,
  ...RULE_CHECKS_B
};

export interface WorkflowCheck {
  findings: RuleFinding[];
  sensitive: SensitivePermission[];
}

/** The rules in their order of checking, listed once (not once per file). */
const RULE_LIST = Object.entries(RULE_CHECKS) as [RuleName, Rule][];

export function checkWorkflow(
  wf: Workflow,
  source: SourceText,
  policy: Policy,
  options: { repoOwner?: string; repository?: string; pins?: PinIndex } = {}
): WorkflowCheck {
  const ctx: CheckContext = {
    wf,
    source,
    policy,
    repoOwner: options.repoOwner,
    repository: options.repository,
    pins: options.pins ?? new Map(),
    sensitive: []
  };
  const findings: RuleFinding[] = [];
  for (const [name, rule] of RULE_LIST) {
    // Permissions also fills the evidence list, so it runs even when its findings are off.
    if (policy.levels[name] === 'off' && name !== 'permissions') continue;
    const found = rule(ctx);
    if (policy.levels[name] !== 'off') findings.push(...found);
  }
  return { findings, sensitive: ctx.sensitive };
}
