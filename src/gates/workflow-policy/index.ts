/** Gate: workflow-policy — compliance-as-code for workflow files. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { GateError, errorMessage } from '../../core/errors.js';
import type { Gate } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import type { Evaluation, Finding } from '../../core/result.js';
import { displayPath, expandWorkflowInput, readWorkspaceText } from '../../workflows/files.js';
import { loadWorkflowFile, type Workflow } from '../../workflows/workflow.js';
import { YamlLimitError } from '../../workflows/yaml-doc.js';
import { applyPolicy } from './apply-policy.js';
import { checkWorkflow } from './check-workflow.js';
import {
  defaultPolicy,
  parsePolicy,
  RULE_NAMES,
  type Policy,
  type PolicyException
} from './policy.js';
import { RULES } from './rules-info.js';
import { collectPins, pinHelp, usesOf } from './rules/pinned-uses.js';
import { SourceText } from './source.js';
import type { PinIndex, SensitivePermission } from './types.js';

export const DEFAULT_POLICY_FILE = '.github/ci-intel/workflow-policy.yml';
const MAX_POLICY_BYTES = 1024 * 1024;

export interface WorkflowPolicyEvidence {
  workspace: string;
  policy: {
    file: string | null;
    levels: Record<string, string>;
    pinPolicies: Record<string, string>;
  };
  filesScanned: number;
  findingsByRule: Record<string, number>;
  sensitivePermissions: SensitivePermission[];
  exceptionsApplied: {
    rule: string;
    path?: string;
    owner?: string;
    expires: string;
    findings: number;
  }[];
  invalid: { file: string; line: number; column: number; message: string }[];
}

function loadPolicy(inputs: Inputs, root: string, now: Date): Policy {
  const given = inputs.string('policy') ?? DEFAULT_POLICY_FILE;
  const abs = resolve(root, given);
  if (!existsSync(abs)) {
    if (given.replace(/^\.\//, '') === DEFAULT_POLICY_FILE) return defaultPolicy();
    throw new GateError(
      `input 'policy': ${given} not found under ${root}`,
      `Create it (schema: schema/workflow-policy.v1.json), or leave 'policy' at its default (${DEFAULT_POLICY_FILE}; a missing default file means every rule at its default level).`
    );
  }
  const rel = displayPath(root, abs);
  let text: string;
  try {
    text = readWorkspaceText(root, abs, MAX_POLICY_BYTES, 'policy file');
  } catch (err) {
    throw new GateError(
      `input 'policy': ${errorMessage(err)}`,
      'Give a regular policy file under 1 MiB.',
      rel
    );
  }
  return parsePolicy(rel, text, now);
}

type Loaded =
  | { ok: true; wf: Workflow; source: SourceText }
  | { ok: false; file: string; line: number; column: number; message: string };

function loadWorkflow(root: string, file: string): Loaded {
  const { parsed, text } = loadWorkflowFile(root, file);
  if (!parsed.ok) return { ok: false, file: parsed.file, ...parsed.problem };
  return { ok: true, wf: parsed.workflow, source: new SourceText(text ?? '') };
}

function byLocation(a: Finding, b: Finding): number {
  return (
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message)
  );
}

export async function evaluateWorkflowPolicy(
  inputs: Inputs,
  env: { workspace: string; env: Readonly<Record<string, string | undefined>>; now(): Date }
): Promise<Evaluation<WorkflowPolicyEvidence>> {
  const root = env.workspace;
  const patterns = inputs.list('workflows');
  const files = expandWorkflowInput(root, patterns);
  const policy = loadPolicy(inputs, root, env.now());
  const repoOwner = env.env.GITHUB_REPOSITORY?.split('/')[0] || undefined;
  const findings: Finding[] = [...policy.findings];
  const evidence: WorkflowPolicyEvidence = {
    workspace: root,
    policy: {
      file: policy.file ?? null,
      levels: { ...policy.levels },
      pinPolicies: Object.fromEntries(policy.pinPolicies)
    },
    filesScanned: files.length,
    findingsByRule: {},
    sensitivePermissions: [],
    exceptionsApplied: [],
    invalid: []
  };
  const invalid = (file: string, line: number, column: number, message: string) => {
    evidence.invalid.push({ file, line, column, message });
    findings.push({
      rule: 'workflow-policy/invalid-workflow',
      severity: 'error',
      message: `cannot decide: ${message}`,
      help: 'Fix the workflow file; the gate never passes a file it cannot read the way GitHub does.',
      file,
      line,
      column
    });
  };

  // One pass, one parse per file; parsed files are dropped as soon as they are checked.
  const pins: PinIndex = new Map();
  const pinHelps: { finding: Finding; target: string; tag?: string }[] = [];
  const used = new Map<PolicyException, number>();
  for (const file of files) {
    const l = loadWorkflow(root, file);
    if (!l.ok) {
      invalid(l.file, l.line, l.column, l.message);
      continue;
    }
    try {
      collectPins(usesOf(l.wf), l.source, pins);
      const check = checkWorkflow(l.wf, l.source, policy, { repoOwner, pins });
      const out = applyPolicy(l.wf.file, check.findings, policy, used, (raw, finding) => {
        if (raw.pin) pinHelps.push({ finding, ...raw.pin });
      });
      findings.push(...out);
      evidence.sensitivePermissions.push(...check.sensitive);
    } catch (err) {
      // A YAML bound hit while reading deeper (an alias bomb), or a bug: either way, no pass.
      if (err instanceof YamlLimitError) {
        invalid(l.wf.file, err.pos.line, err.pos.column, err.message);
      } else {
        invalid(l.wf.file, 1, 1, `internal error while checking the file: ${errorMessage(err)}`);
      }
    }
  }
  // A file checked early may be pinned by one read later: name the SHA now that all are read.
  for (const h of pinHelps) h.finding.help = pinHelp(h.target, h.tag, pins);
  for (const e of policy.exceptions) {
    if (!e.valid) continue;
    if (used.has(e)) {
      evidence.exceptionsApplied.push({
        rule: e.rule,
        path: e.path,
        owner: e.owner,
        expires: e.expires,
        findings: used.get(e) ?? 0
      });
      continue;
    }
    findings.push({
      rule: 'workflow-policy/exception-stale',
      severity: 'warning',
      message: `the ${e.rule} exception for ${[e.path, e.owner].filter(Boolean).join(', ')} excuses no finding: expected a matching ${e.rule} finding, got none`,
      help: 'Remove the exception when it is no longer needed.',
      file: policy.file,
      line: e.pos.line,
      column: e.pos.column
    });
  }
  findings.sort(byLocation);

  for (const f of findings) {
    if (f.severity === 'note') continue;
    evidence.findingsByRule[f.rule] = (evidence.findingsByRule[f.rule] ?? 0) + 1;
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const excepted = findings.filter((f) => f.severity === 'note').length;
  const verdict = evidence.invalid.length ? 'error' : errors ? 'fail' : 'pass';
  const byRule = RULE_NAMES.map(
    (r) => [r, evidence.findingsByRule[`workflow-policy/${r}`] ?? 0] as const
  )
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${r} ${n}`);
  const parts = [
    `${files.length} workflow file${files.length === 1 ? '' : 's'} checked against ${policy.file ?? 'the default policy'}`,
    `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${byRule.length ? ` (${byRule.join(', ')})` : ''}`
  ];
  if (excepted) parts.push(`${excepted} excepted`);
  if (evidence.invalid.length) parts.push(`${evidence.invalid.length} unreadable`);
  const summary = parts.join(': ').replace(/: (\d+ excepted|\d+ unreadable)/g, ', $1');
  return {
    verdict,
    summary,
    findings,
    evidence,
    outputs: {
      'findings-count': String(errors + warnings),
      'workflows-scanned': String(files.length)
    }
  };
}

export const workflowPolicy: Gate<WorkflowPolicyEvidence> = {
  name: 'workflow-policy',
  rules: RULES,
  evaluate: (inputs, ctx) => evaluateWorkflowPolicy(inputs, ctx)
};
