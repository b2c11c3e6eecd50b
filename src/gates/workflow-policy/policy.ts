/** The policy file: rule levels, pinning policies, trusted owners and justified, expiring exceptions. */
import { GateError } from '../../core/errors.js';
import type { Finding } from '../../core/result.js';
import { describeSchemaErrors, loadSchemaValidators, schemaValidator } from '../../core/schemas.js';
import { isCalendarDate, isExpired } from '../../workflows/expiry.js';
import { parseYaml, type Pos } from '../../workflows/yaml-doc.js';
import { ZIZMOR_A_LEVELS, ZIZMOR_A_RULE_NAMES } from './rules-zizmor-a-names.js';
import {
  DEFAULT_LEVELS_B,
  defaultSettingsB,
  readSettingsB,
  RULE_NAMES_B,
  type PolicySettingsB,
  type RawRuleB
} from './policy-zizmor-b.js';

export const RULE_NAMES = [
  'pinned-uses',
  'permissions',
  'template-injection',
  'secrets-inherit',
  'static-secrets',
  'concurrency',
  'persist-credentials',
  ...ZIZMOR_A_RULE_NAMES,
  ...RULE_NAMES_B
] as const;
export type RuleName = (typeof RULE_NAMES)[number];
export type Level = 'error' | 'warning' | 'off';
export type PinPolicy = 'hash-pin' | 'ref-pin' | 'any';

export const DEFAULT_LEVELS: Readonly<Record<RuleName, Level>> = {
  'pinned-uses': 'error',
  permissions: 'error',
  'template-injection': 'error',
  'secrets-inherit': 'error',
  'static-secrets': 'error',
  concurrency: 'warning',
  'persist-credentials': 'error',
  ...ZIZMOR_A_LEVELS,
  ...DEFAULT_LEVELS_B
};

export interface PolicyException {
  rule: RuleName;
  path?: string;
  owner?: string;
  justification: string;
  expires: string;
  approvedBy?: string;
  pos: Pos;
  /** Justified and not expired: it may excuse findings. */
  valid: boolean;
}

export interface Policy {
  /** The policy file (repository-relative), or undefined when the defaults apply. */
  file?: string;
  levels: Record<RuleName, Level>;
  /** Pattern → pinning policy; `*` is always present. */
  pinPolicies: Map<string, PinPolicy>;
  trustedOwners: string[];
  exceptions: PolicyException[];
  /** Problems with individual exceptions (they fail the gate; the exception does not apply). */
  findings: Finding[];
  /** Settings of the zizmor-derived rules (forbidden-uses patterns, cooldown days). */
  b: PolicySettingsB;
}

export function defaultPolicy(): Policy {
  return {
    levels: { ...DEFAULT_LEVELS },
    pinPolicies: new Map([['*', 'hash-pin']]),
    trustedOwners: [],
    exceptions: [],
    findings: [],
    b: defaultSettingsB()
  };
}

const PLACEHOLDER =
  /^(todo|tbd|n\/?a|none|-+|\.+|x+|fixme|because|needed|required|temporary|legacy)$/i;
export const MIN_JUSTIFICATION = 15;

export { isExpired } from '../../workflows/expiry.js';

type RawRule =
  | string
  | ({ level?: string; policies?: Record<string, string>; 'trusted-owners'?: string[] } & RawRuleB);
interface RawPolicy {
  rules?: Partial<Record<RuleName, RawRule>>;
  exceptions?: Record<string, unknown>[];
}

/** Load the validator of schema/workflow-policy.v1.json (in a bundle, its chunk); await it before `parsePolicy`. */
export function loadPolicyValidator(): Promise<void> {
  return loadSchemaValidators('workflow-policy.v1.json');
}

/** Parse and validate a policy file's text (throws GateError naming the file when it is malformed). */
export function parsePolicy(file: string, text: string, now: Date): Policy {
  const fix = `Fix ${file} (schema: schema/workflow-policy.v1.json), or point the 'policy' input at another file.`;
  const parsed = parseYaml(file, text);
  if (!parsed.ok) {
    throw new GateError(
      `input 'policy': ${file}: ${parsed.problem.message}`,
      fix,
      file,
      parsed.problem.line,
      parsed.problem.column
    );
  }
  const y = parsed.yaml;
  let data: unknown;
  try {
    data = y.doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new GateError(`input 'policy': ${file}: ${(err as Error).message}`, fix, file);
  }
  if (data === null || data === undefined) data = {};
  const validate = schemaValidator('workflow-policy.v1.json');
  if (!validate(data)) {
    throw new GateError(
      `input 'policy': ${file} does not match schema/workflow-policy.v1.json: ${describeSchemaErrors(validate.errors).slice(0, 5).join('; ')}`,
      fix,
      file
    );
  }
  const raw = data as RawPolicy;
  const policy = defaultPolicy();
  policy.file = file;
  for (const name of RULE_NAMES) {
    const r = raw.rules?.[name];
    if (r === undefined) continue;
    if (typeof r === 'string') {
      policy.levels[name] = r as Level;
      continue;
    }
    if (r.level) policy.levels[name] = r.level as Level;
    for (const [pattern, p] of Object.entries(r.policies ?? {})) {
      policy.pinPolicies.set(pattern.toLowerCase(), p as PinPolicy);
    }
    readSettingsB(name, r, policy.b);
    if (r['trusted-owners'])
      policy.trustedOwners.push(...r['trusted-owners'].map((o) => o.toLowerCase()));
  }
  const nodes = y.seq(y.get(y.doc.contents, 'exceptions')?.value) ?? [];
  (raw.exceptions ?? []).forEach((e, i) => {
    const node = nodes[i];
    const pos = y.pos(y.resolve(node) ?? node);
    const ex: PolicyException = {
      rule: e.rule as RuleName,
      path: typeof e.path === 'string' ? e.path.replace(/^\.\//, '') : undefined,
      owner: typeof e.owner === 'string' ? e.owner : undefined,
      justification: String(e.justification).trim(),
      expires: String(e.expires),
      approvedBy: typeof e['approved-by'] === 'string' ? e['approved-by'] : undefined,
      pos,
      valid: false
    };
    const what = `the ${ex.rule} exception for ${ex.path ?? ''}${ex.path && ex.owner ? ', ' : ''}${ex.owner ?? ''}`;
    const before = policy.findings.length;
    if (ex.justification.length < MIN_JUSTIFICATION || PLACEHOLDER.test(ex.justification)) {
      policy.findings.push({
        rule: 'workflow-policy/exception-invalid',
        severity: 'error',
        message: `${what} has no real justification: expected at least ${MIN_JUSTIFICATION} characters saying why, got '${ex.justification}'`,
        help: 'Say why the exception is needed and why it is safe.',
        file,
        line: pos.line,
        column: pos.column
      });
    }
    if (!isCalendarDate(ex.expires)) {
      policy.findings.push({
        rule: 'workflow-policy/exception-invalid',
        severity: 'error',
        message: `${what} has no valid expiry: expected a real calendar date (YYYY-MM-DD), got '${ex.expires}'`,
        help: 'Give the last day the exception holds as YYYY-MM-DD (a day that exists).',
        file,
        line: pos.line,
        column: pos.column
      });
    } else if (isExpired(ex.expires, now)) {
      policy.findings.push({
        rule: 'workflow-policy/exception-invalid',
        severity: 'error',
        message: `${what} expired: expected an expiry on or after ${now.toISOString().slice(0, 10)}, got ${ex.expires}`,
        help: 'Review the exception: renew it with a new expires date, or fix the workflows and remove it.',
        file,
        line: pos.line,
        column: pos.column
      });
    }
    ex.valid = policy.findings.length === before;
    policy.exceptions.push(ex);
  });
  return policy;
}
