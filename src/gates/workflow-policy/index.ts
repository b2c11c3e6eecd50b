/** Gate: workflow-policy — compliance-as-code for workflow files. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { GateError, errorMessage } from '../../core/errors.js';
import type { Gate, GateContext } from '../../core/gate.js';
import { splitList, type Inputs } from '../../core/inputs.js';
import { FindingsSpool, type SpillFile } from '../../core/findings-spool.js';
import type { Evaluation, Finding } from '../../core/result.js';
import {
  displayPath,
  expandWorkflowInput,
  loadGlobsFor,
  readWorkspaceText
} from '../../workflows/files.js';
import { loadGlobMatcher } from '../../workflows/glob.js';
import { sharedText } from '../../workflows/detach.js';
import {
  parseWorkflowText,
  readWorkflowText,
  type Workflow,
  type WorkflowText
} from '../../workflows/workflow.js';
import { withYamlLibrary, yamlLibrary, YamlLimitError } from '../../workflows/yaml-doc.js';
import { applyPolicy } from './apply-policy.js';
import { checkWorkflow } from './check-workflow.js';
import { ExtrasB, readOptionsB, type EvidenceB } from './extras-zizmor-b.js';
import {
  defaultPolicy,
  loadPolicyValidator,
  parsePolicy,
  RULE_NAMES,
  type Policy,
  type PolicyException
} from './policy.js';
import { RULES } from './rules-info.js';
import { prestartScanWorker, scanInWorkerIfLarge } from './scan-worker.js';
import { collectPins, pinHelp, usesOf } from './rules/pinned-uses.js';
import { SourceText } from './source.js';
import type { PinIndex, SensitivePermission } from './types.js';

export const DEFAULT_POLICY_FILE = '.github/ci-intel/workflow-policy.yml';
const MAX_POLICY_BYTES = 1024 * 1024;

export interface WorkflowPolicyEvidence extends EvidenceB {
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

async function loadPolicy(
  inputs: Inputs,
  root: string,
  now: Date,
  settings: GateContext['settings']
): Promise<Policy> {
  const given = inputs.string('policy') ?? DEFAULT_POLICY_FILE;
  const abs = resolve(root, given);
  // workflow-policy.rules / .exceptions in the configuration: one source per setting.
  const rules = settings?.rules;
  const exceptions = settings?.exceptions;
  const configured = rules?.file ? rules : exceptions?.file ? exceptions : undefined;
  if (configured) {
    if (existsSync(abs)) {
      throw new GateError(
        `the policy is set twice: workflow-policy.rules/exceptions in ${configured.label} and the file ${given}`,
        `Move ${given} into workflow-policy.rules and workflow-policy.exceptions and delete the file; one setting has one source.`,
        given
      );
    }
    const doc: Record<string, unknown> = {};
    if (rules?.file) doc.rules = rules.value;
    if (exceptions?.file) doc.exceptions = exceptions.value;
    const { stringify } = await yamlLibrary();
    await loadPolicyValidator();
    const policy = parsePolicy(configured.file!, stringify(doc), now);
    for (const f of policy.findings) if (f.file === configured.file) f.line = configured.line;
    return policy;
  }
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
  await loadPolicyValidator();
  const policy = await withYamlLibrary(() => parsePolicy(rel, text, now));
  policy.findings.push({
    rule: 'workflow-policy/policy-file-deprecated',
    severity: 'note',
    message: `${rel} is the policy's old place; it still works, but it belongs in workflow-policy.rules and workflow-policy.exceptions of .ci-intel/config.yml`,
    help: 'Move the rules and exceptions to .ci-intel/config.yml (schema/config.v1.json) and delete the file.',
    file: rel,
    line: 1
  });
  return policy;
}

type Loaded =
  | { ok: true; wf: Workflow; source: SourceText }
  | { ok: false; file: string; line: number; column: number; message: string };

function loadWorkflow(read: WorkflowText): Loaded {
  const parsed = parseWorkflowText(read);
  if (!parsed.ok) return { ok: false, file: parsed.file, ...parsed.problem };
  return { ok: true, wf: parsed.workflow, source: new SourceText('text' in read ? read.text : '') };
}

/** The text of the scan's next file, in the order listed (read here, or fed from elsewhere). */
export type NextWorkflowText = () => WorkflowText | Promise<WorkflowText>;

/** A scan's evaluation with its findings still in the spool, in `order`. */
export interface ScannedWorkflows {
  evaluation: Omit<Evaluation<WorkflowPolicyEvidence>, 'findings'>;
  spool: FindingsSpool;
  order: Uint32Array<ArrayBuffer>;
  /** The help of a pinned-uses finding, by its key: it names a SHA any scanned file pins. */
  helps: (key: string) => string;
}

/**
 * `elsewhere`: given the files to scan, a promise of the whole evaluation made somewhere else
 * (a worker thread), or undefined to scan here.
 */
export async function evaluateWorkflowPolicy(
  inputs: Inputs,
  env: ScanEnv,
  elsewhere?: (files: string[]) => Promise<Evaluation<WorkflowPolicyEvidence>> | undefined
): Promise<Evaluation<WorkflowPolicyEvidence>> {
  const scanned = await scanWorkflows(inputs, env, elsewhere);
  if (!('spool' in scanned)) return scanned;
  // A long list is read from the spool as it is reported (LAZY_MIN_FINDINGS).
  return { ...scanned.evaluation, findings: scanned.spool.list(scanned.order, scanned.helps) };
}

type ScanEnv = Pick<GateContext, 'workspace' | 'env' | 'now' | 'settings'> &
  Partial<Pick<GateContext, 'log' | 'tempDir'>> & {
    /** The findings spool's spill file, when the caller holds it (a scan in a worker). */
    spillFile?: SpillFile;
  };

/** The files input `workflows` names under the workspace, in scan order. */
async function listWorkflowFiles(inputs: Inputs, root: string): Promise<string[]> {
  const patterns = inputs.list('workflows');
  await loadGlobsFor(root, patterns);
  return expandWorkflowInput(root, patterns);
}

/**
 * The scan, its findings kept in a spool (src/core/findings-spool.ts) until the end: the caller
 * takes them out and closes the spool. Or, when `elsewhere` takes the scan, its evaluation.
 */
export async function scanWorkflows(inputs: Inputs, env: ScanEnv): Promise<ScannedWorkflows>;
export async function scanWorkflows(
  inputs: Inputs,
  env: ScanEnv,
  elsewhere?: (files: string[]) => Promise<Evaluation<WorkflowPolicyEvidence>> | undefined
): Promise<ScannedWorkflows | Evaluation<WorkflowPolicyEvidence>>;
export async function scanWorkflows(
  inputs: Inputs,
  env: ScanEnv,
  elsewhere?: (files: string[]) => Promise<Evaluation<WorkflowPolicyEvidence>> | undefined
): Promise<ScannedWorkflows | Evaluation<WorkflowPolicyEvidence>> {
  const root = env.workspace;
  const files = await listWorkflowFiles(inputs, root);
  const there = elsewhere?.(files);
  if (there) return there;
  let i = 0;
  return scanListed(inputs, env, files.length, () => readWorkflowText(root, files[i++]));
}

/**
 * The scan of `count` listed files whose texts `next` gives one by one, in the order listed
 * (read in this thread, or fed by the thread that listed them).
 */
export async function scanListed(
  inputs: Inputs,
  env: ScanEnv,
  count: number,
  next: NextWorkflowText
): Promise<ScannedWorkflows> {
  const root = env.workspace;
  const policy = await loadPolicy(inputs, root, env.now(), env.settings);
  // Exception paths and owners are globs: minimatch loads for the runs that have exceptions.
  if (policy.exceptions.length) await loadGlobMatcher();
  const repoOwner = env.env.GITHUB_REPOSITORY?.split('/')[0] || undefined;
  const repository = env.env.GITHUB_REPOSITORY || undefined;
  const extras = await ExtrasB.create(readOptionsB(inputs, env.env), policy, env);
  const spool = new FindingsSpool({ dir: env.tempDir, spillFile: env.spillFile });
  try {
    return await scanInto(spool, { count, next, policy, repoOwner, repository, extras, root });
  } catch (err) {
    spool.close();
    throw err;
  }
}

async function scanInto(
  spool: FindingsSpool,
  s: {
    count: number;
    next: NextWorkflowText;
    policy: Policy;
    repoOwner: string | undefined;
    repository: string | undefined;
    extras: ExtrasB;
    root: string;
  }
): Promise<ScannedWorkflows> {
  const { count, next, policy, repoOwner, repository, extras, root } = s;
  // A fix changes a finding after it is spooled: its row, to replace it.
  const rowOf = extras.wantsFixes ? new Map<Finding, number>() : undefined;
  const add = (f: Finding, helpKey?: string): void => {
    const row = spool.add(f, helpKey);
    rowOf?.set(f, row);
  };
  for (const f of policy.findings) add(f);
  const evidence: WorkflowPolicyEvidence = {
    workspace: root,
    policy: {
      file: policy.file ?? null,
      levels: { ...policy.levels },
      pinPolicies: Object.fromEntries(policy.pinPolicies)
    },
    filesScanned: count,
    findingsByRule: {},
    sensitivePermissions: [],
    exceptionsApplied: [],
    invalid: [],
    ...extras.evidence
  };
  const invalid = (file: string, line: number, column: number, message: string) => {
    evidence.invalid.push({ file, line, column, message });
    add({
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
  // A pinned-uses help names the SHA some scanned file pins: decided once all are read.
  const pinned = new Map<string, { target: string; tag?: string }>();
  const used = new Map<PolicyException, number>();
  for (let i = 0; i < count; i++) {
    const read = await next();
    const l = await withYamlLibrary(() => loadWorkflow(read));
    if (!l.ok) {
      invalid(l.file, l.line, l.column, l.message);
      continue;
    }
    try {
      collectPins(usesOf(l.wf), l.source, pins);
      const check = checkWorkflow(l.wf, l.source, policy, { repoOwner, repository, pins });
      const pairs: { raw: (typeof check.findings)[number]; finding: Finding }[] = [];
      const keys = new Map<Finding, string>();
      const out = applyPolicy(l.wf.file, check.findings, policy, used, (raw, finding) => {
        if (raw.pin) {
          const { target, tag } = raw.pin;
          const key = `${target}\0${tag ?? ''}`;
          if (!pinned.has(key))
            pinned.set(sharedText(key), { target: sharedText(target), tag: sharedText(tag) });
          keys.set(finding, key);
        }
        pairs.push({ raw, finding });
      });
      await extras.onFile(l.wf, l.source, pins, pairs);
      for (const f of out) add(f, keys.get(f));
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
  const extra = await extras.finish(used, {
    has: (f) => rowOf?.has(f) ?? false,
    changed: (f) => {
      const row = rowOf?.get(f);
      if (row !== undefined) spool.replace(row, f);
    }
  });
  for (const f of extra.findings) add(f);
  for (const u of extra.undecided) {
    evidence.invalid.push(u);
    add({
      rule: 'workflow-policy/not-decided',
      severity: 'error',
      message: `cannot decide: ${u.message}`,
      help: 'Fix what the message names (the Dependabot file, the token, GitHub’s availability) and run again; an audit that could not run is never passed.',
      file: u.file,
      line: u.line,
      column: u.column
    });
  }
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
    add({
      rule: 'workflow-policy/exception-stale',
      severity: 'warning',
      message: `the ${e.rule} exception for ${[e.path, e.owner].filter(Boolean).join(', ')} excuses no finding: expected a matching ${e.rule} finding, got none`,
      help: 'Remove the exception when it is no longer needed.',
      file: policy.file,
      line: e.pos.line,
      column: e.pos.column
    });
  }
  const order = spool.sortedRows();
  const counts = spool.counts(order);
  for (const [rule, n] of counts.byRule) evidence.findingsByRule[rule] = n;
  const errors = counts.bySeverity.error;
  const warnings = counts.bySeverity.warning;
  const excepted = counts.bySeverity.note;
  const verdict = evidence.invalid.length ? 'error' : errors ? 'fail' : 'pass';
  const byRule = RULE_NAMES.map(
    (r) => [r, evidence.findingsByRule[`workflow-policy/${r}`] ?? 0] as const
  )
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${r} ${n}`);
  const parts = [
    `${count} workflow file${count === 1 ? '' : 's'} checked against ${policy.file ?? 'the default policy'}`,
    `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${byRule.length ? ` (${byRule.join(', ')})` : ''}`
  ];
  if (excepted) parts.push(`${excepted} excepted`);
  if (evidence.invalid.length) parts.push(`${evidence.invalid.length} unreadable`);
  const notRun = Object.entries(evidence.online.audits)
    .filter(([, v]) => v === 'not run')
    .map(([k]) => k);
  if (notRun.length) parts.push(`online audits not run (online: false): ${notRun.join(', ')}`);
  const onlineErr = Object.entries(evidence.online.audits)
    .filter(([, v]) => v === 'error')
    .map(([k]) => k);
  if (onlineErr.length) parts.push(`online audits that could not decide: ${onlineErr.join(', ')}`);
  if (evidence.fixes.files.length)
    parts.push(
      `${evidence.fixes.requested === 'apply' ? 'fixed' : 'fixable'}: ${evidence.fixes.files.map((f) => `${f.file} (${f.edits})`).join(', ')}`
    );
  const summary = parts
    .join(': ')
    .replace(/: (\d+ excepted|\d+ unreadable|online audits|fixed: |fixable: )/g, ', $1');
  const helpOf = new Map<string, string>();
  return {
    evaluation: {
      verdict,
      summary,
      evidence,
      outputs: {
        'findings-count': String(errors + warnings),
        'workflows-scanned': String(count),
        ...(evidence.fixes.patchFile ? { 'fix-diff-file': evidence.fixes.patchFile } : {})
      }
    },
    spool,
    order,
    // One help string per pinned reference, however many findings name it.
    helps: (key) => {
      let help = helpOf.get(key);
      const pin = pinned.get(key);
      if (help === undefined && pin) helpOf.set(key, (help = pinHelp(pin.target, pin.tag, pins)));
      return help ?? key;
    }
  };
}

export const workflowPolicy: Gate<WorkflowPolicyEvidence> = {
  name: 'workflow-policy',
  rules: RULES,
  evaluate: (inputs, ctx) =>
    evaluateWorkflowPolicy(inputs, ctx, (files) => scanInWorkerIfLarge(inputs, ctx, files)),
  // A scan of many files starts its worker while the config is read. An input this cannot list
  // (a glob that needs the matcher loaded, a missing path) starts nothing: the scan decides.
  prestart: (raw, ctx) =>
    prestartScanWorker(expandWorkflowInput(ctx.workspace, splitList(raw.workflows ?? '')).length)
};
