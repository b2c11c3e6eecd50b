/** Gate: pr-target-ban — no workflow may use pull_request_target unless allowlisted, and none may run the PR head. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { GateError, errorMessage } from '../../core/errors.js';
import type { Gate, GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import type { Evaluation, Finding } from '../../core/result.js';
import { holdYoungGeneration } from '../../core/young-generation.js';
import { detached, sharedText } from '../../workflows/detach.js';
import {
  displayPath,
  expandWorkflowInput,
  loadGlobsFor,
  readWorkspaceText
} from '../../workflows/files.js';
import { loadWorkflowFile, type Workflow, type WorkflowParse } from '../../workflows/workflow.js';
import {
  withYamlLibrary,
  yamlLibrary,
  YamlLibraryNeeded,
  YamlLimitError
} from '../../workflows/yaml-doc.js';
import {
  loadAllowlistValidator,
  parseAllowlist,
  type AllowEntry,
  type Allowlist
} from './allowlist.js';
import { ownerRule, parseCodeowners } from './codeowners.js';
import { findPwnCheckouts, type CallResolver } from './pwn-request.js';
import { RULES } from './rules.js';

export interface WorkflowEvidence {
  file: string;
  triggers: string[];
  banned: string[];
  allowlisted: boolean;
  pwnRequests: number;
}

export interface PrTargetEvidence {
  workspace: string;
  bannedTriggers: string[];
  filesScanned: number;
  workflows: WorkflowEvidence[];
  invalid: { file: string; line: number; column: number; message: string }[];
  allowlist?: { file: string; entries: number };
  codeowners?: { file: string; rule?: string; owners: string[] };
}

interface Context {
  root: string;
  /** Local reusable workflows, loaded once each. */
  calls: Map<string, WorkflowParse>;
  /** Record a file the gate cannot decide on (the verdict becomes error). */
  invalid(file: string, line: number, column: number, message: string): void;
  findings: Finding[];
  allowlist?: Allowlist;
  allowlistOwned: boolean;
  now: Date;
}

function entryUsable(entry: AllowEntry, ctx: Context): boolean {
  return entry.valid && ctx.allowlistOwned;
}

function loadWorkflow(root: string, file: string): WorkflowParse {
  return loadWorkflowFile(root, file).parsed;
}

/** `./.github/workflows/x.yml` or `$/.github/workflows/x.yml@ref` → `.github/workflows/x.yml`. */
function localCallPath(uses: string): string {
  return uses.replace(/^\$\//, '').replace(/^\.\//, '').replace(/@.*$/, '');
}

/** Loads local reusable workflows (each once); a callee that cannot be read is a problem. */
function callResolver(ctx: Context): CallResolver {
  return (uses) => {
    if (!/^(\.\/|\$\/)/.test(uses)) return undefined;
    const rel = localCallPath(uses);
    let parsed = ctx.calls.get(rel);
    if (!parsed) {
      parsed = loadWorkflow(ctx.root, resolve(ctx.root, rel));
      ctx.calls.set(rel, parsed);
    }
    if (!parsed.ok) {
      return {
        problem: `calls ${rel}, which cannot be read, so what it runs under the privileged trigger is unknown: ${parsed.problem.message}`
      };
    }
    return { workflow: parsed.workflow };
  };
}

function checkCodeowners(inputs: Inputs, ctx: Context, evidence: PrTargetEvidence): void {
  const allowRel = ctx.allowlist ? ctx.allowlist.file : '';
  const candidates = inputs.list('codeowners');
  const found = candidates.find((c) => existsSync(resolve(ctx.root, c)));
  if (!found) {
    ctx.findings.push({
      rule: 'pr-target/allowlist-not-owned',
      severity: 'error',
      message: `no CODEOWNERS file (looked for ${candidates.join(', ')}), so nobody must approve changes to ${allowRel}`,
      help: `Create .github/CODEOWNERS with a line such as '/${allowRel} @your-org/security'.`,
      file: allowRel,
      line: 1,
      column: 1
    });
    return;
  }
  const text = readWorkspaceText(ctx.root, resolve(ctx.root, found), 3 * 1024 * 1024, 'CODEOWNERS');
  const codeownersRules = parseCodeowners(text);
  const rule = ownerRule(codeownersRules, allowRel);
  evidence.codeowners = { file: found, rule: rule?.pattern, owners: rule?.owners ?? [] };
  if (!rule || rule.owners.length === 0) {
    const skipped = codeownersRules.filter(
      (r) => r.invalidOwners.length && r.regex?.test(allowRel)
    );
    const why = skipped.length
      ? ` (GitHub skips ${skipped.map((r) => `line ${r.line}`).join(', ')}: ${skipped
          .flatMap((r) => r.invalidOwners)
          .map((o) => `'${o}'`)
          .join(', ')} is not @user, @org/team or an email address)`
      : '';
    ctx.findings.push({
      rule: 'pr-target/allowlist-not-owned',
      severity: 'error',
      message: rule
        ? `${found}:${rule.line} matches ${allowRel} but names no owner, so the allowlist is unowned${why}`
        : `no rule in ${found} covers ${allowRel}${why}`,
      help: `Add '/${allowRel} @your-org/security' as the last matching line of ${found}.`,
      file: found,
      line: rule?.line ?? 1,
      column: 1
    });
    return;
  }
  ctx.allowlistOwned = true;
}

function analyseWorkflow(
  wf: Workflow,
  banned: Set<string>,
  ctx: Context,
  used: Set<string>
): WorkflowEvidence {
  const hits = wf.triggers.filter((t) => banned.has(t.event));
  // Kept for every file until the run ends: own copies, not views of the workflow's text.
  const ev: WorkflowEvidence = {
    file: wf.file,
    // Event names are the events module's own strings (eventName in src/workflows/events.ts).
    triggers: wf.triggers.map((t) => t.event),
    banned: [...new Set(hits.map((t) => t.event))],
    allowlisted: false,
    pwnRequests: 0
  };
  if (hits.length === 0) return ev;
  const entry = ctx.allowlist?.entries.find((e) => e.workflow === wf.file);
  if (entry) used.add(entry.workflow);
  ev.allowlisted = Boolean(entry && entryUsable(entry, ctx));
  for (const t of hits) {
    if (ev.allowlisted) {
      ctx.findings.push({
        rule: 'pr-target/allowlisted',
        severity: 'note',
        message: `'${t.event}' allowed by ${ctx.allowlist?.file} until ${entry?.expires} (approved by ${entry?.approvedBy})`,
        file: wf.file,
        line: t.pos.line,
        column: t.pos.column
      });
    } else {
      const why = entry ? ' (its allowlist entry is not valid: see the other findings)' : '';
      ctx.findings.push({
        rule: 'pr-target/banned-trigger',
        severity: 'error',
        message: `'${t.event}' trigger: the workflow runs with a write token and secrets on pull requests from forks${why}`,
        help: `Use 'pull_request' instead. If this workflow must use '${t.event}', add it to the allowlist with a justification, an expiry and CODEOWNERS approval.`,
        file: wf.file,
        line: t.pos.line,
        column: t.pos.column
      });
    }
  }
  for (const job of wf.jobs) {
    const uses = job.uses?.value;
    if (!uses || !/^(\.\/|\$\/)/.test(uses)) continue;
    ctx.findings.push({
      rule: 'pr-target/privileged-reusable-workflow',
      severity: 'warning',
      message: `job '${job.id}' calls ${localCallPath(uses)}, which runs with the privileged '${ev.banned.join('/')}' trigger of ${wf.file}`,
      help: 'Review the called workflow as part of this exception; it must not run PR code.',
      file: wf.file,
      line: job.uses!.pos.line,
      column: job.uses!.pos.column
    });
  }
  const { found, problems } = findPwnCheckouts(wf, {
    events: ev.banned,
    resolve: callResolver(ctx)
  });
  for (const p of found) {
    ev.pwnRequests++;
    const via = p.via.length ? ` in ${p.file}, reached from ${p.via.join(' → ')}` : '';
    ctx.findings.push({
      rule: 'pr-target/pwn-request',
      severity: 'error',
      message: `${p.how}${via} while triggered by ${ev.banned.join('/')}: untrusted code runs with secrets (a "pwn request")`,
      help: p.via.length
        ? 'Do not pass the PR head to the called workflow, and do not check it out there.'
        : 'Check out the base (the default) instead, or move the build of PR code into a pull_request workflow.',
      file: p.file,
      line: p.pos.line,
      column: p.pos.column
    });
  }
  for (const p of problems) {
    ctx.invalid(p.file, p.pos.line, p.pos.column, p.message);
  }
  return ev;
}

/**
 * From this many files on, the scan holds V8's young generation at the size it has once it has
 * YOUNG_HOLD_MIB: measured lower at 4,172 and 16,688 files at the same speed, no different at
 * 1,043 (docs/DESIGN.md).
 */
export const YOUNG_HOLD_MIN_FILES = 1000;
/** What the young generation may grow to before the hold (the corpus's scan starts with it). */
const YOUNG_HOLD_MIB = 16;

async function evaluate(
  inputs: Inputs,
  env: Pick<GateContext, 'workspace' | 'now' | 'settings' | 'log'>
): Promise<Evaluation<PrTargetEvidence>> {
  const root = env.workspace;
  const banned = new Set(['pull_request_target', ...inputs.list('also-deny')]);
  const patterns = inputs.list('workflows');
  await loadGlobsFor(root, patterns);
  const files = expandWorkflowInput(root, patterns);
  const evidence: PrTargetEvidence = {
    workspace: root,
    bannedTriggers: [...banned],
    filesScanned: files.length,
    workflows: [],
    invalid: []
  };
  const findings: Finding[] = [];
  const invalid = (file: string, line: number, column: number, why: string) => {
    // What the run keeps must not keep the file's text (src/workflows/detach.ts).
    const message = detached(why);
    evidence.invalid.push({ file, line, column, message });
    findings.push({
      rule: 'pr-target/invalid-workflow',
      severity: 'error',
      message: `cannot decide: ${message}`,
      help: 'Fix the workflow file; the gate never passes a file it cannot read the way GitHub does.',
      file,
      line,
      column
    });
  };
  const ctx: Context = {
    root,
    calls: new Map(),
    invalid,
    findings,
    allowlistOwned: false,
    now: env.now()
  };
  const allowPath = inputs.string('allowlist');
  const legacy = allowPath && existsSync(resolve(root, allowPath));
  const configured = env.settings?.allow;
  if (configured?.file) {
    // pr-target-ban.allow in the configuration: one source per setting.
    if (legacy) {
      throw new GateError(
        `the allowlist is set twice: pr-target-ban.allow in ${configured.label} and the file ${allowPath}`,
        `Move the entries of ${allowPath} into pr-target-ban.allow and delete the file; one setting has one source.`,
        allowPath
      );
    }
    const { stringify } = await yamlLibrary();
    await loadAllowlistValidator();
    ctx.allowlist = parseAllowlist(
      configured.file,
      stringify({ allow: configured.value }),
      ctx.now
    );
    // The entries stand under pr-target-ban.allow in the configuration file.
    for (const f of ctx.allowlist.findings)
      if (f.file === configured.file) f.line = configured.line;
    ctx.findings.push(...ctx.allowlist.findings);
    evidence.allowlist = { file: configured.label, entries: ctx.allowlist.entries.length };
    // An organisation overlay is reviewed in its own repository; a repository's file by CODEOWNERS.
    if (ctx.allowlist.entries.length && !configured.label.startsWith('org '))
      checkCodeowners(inputs, ctx, evidence);
    else ctx.allowlistOwned = true;
  } else if (legacy) {
    const rel = displayPath(root, resolve(root, allowPath));
    ctx.findings.push({
      rule: 'pr-target/allowlist-file-deprecated',
      severity: 'note',
      message: `${rel} is the allowlist's old place; it still works, but its entries belong in pr-target-ban.allow of .ci-intel/config.yml`,
      help: 'Move the entries to pr-target-ban.allow in .ci-intel/config.yml (schema/config.v1.json) and delete the file.',
      file: rel,
      line: 1
    });
    await loadAllowlistValidator();
    ctx.allowlist = parseAllowlist(
      rel,
      readWorkspaceText(root, resolve(root, allowPath), 1024 * 1024, 'allowlist'),
      ctx.now
    );
    ctx.findings.push(...ctx.allowlist.findings);
    evidence.allowlist = { file: rel, entries: ctx.allowlist.entries.length };
    if (ctx.allowlist.entries.length) checkCodeowners(inputs, ctx, evidence);
    else ctx.allowlistOwned = true;
  }
  const used = new Set<string>();
  // A long scan holds V8's young generation where it is (src/core/young-generation.ts).
  const young =
    files.length >= YOUNG_HOLD_MIN_FILES ? holdYoungGeneration(YOUNG_HOLD_MIB) : undefined;
  try {
    for (const file of files) {
      young?.check();
      // A file the fast reader leaves to the parser loads it and is read again (the common
      // case); the whole evaluation reruns only when a local callee needs it mid-analysis.
      const parsed = await withYamlLibrary(() => loadWorkflow(root, file));
      if (!parsed.ok) {
        invalid(parsed.file, parsed.problem.line, parsed.problem.column, parsed.problem.message);
        continue;
      }
      const kept = ctx.findings.length;
      try {
        evidence.workflows.push(analyseWorkflow(parsed.workflow, banned, ctx, used));
      } catch (err) {
        if (err instanceof YamlLibraryNeeded) throw err; // a local callee needs the parser
        const pos = err instanceof YamlLimitError ? err.pos : { line: 1, column: 1 };
        invalid(parsed.workflow.file, pos.line, pos.column, errorMessage(err));
      }
      // Messages quote the workflow: each keeps its own copy, not a view of the file's text
      // (file names and helps repeat: one copy each).
      for (let i = kept; i < ctx.findings.length; i++) {
        const f = ctx.findings[i]!;
        f.message = detached(f.message);
        if (f.help !== undefined) f.help = sharedText(f.help);
        if (f.file !== undefined) f.file = sharedText(f.file);
      }
    }
    if (young?.holding)
      env.log(
        `pr-target-ban: V8's young generation held at ${young.heldMiB} MiB through a scan of ${files.length} files`
      );
  } finally {
    young?.release();
  }
  const scanned = new Set(evidence.workflows.map((w) => w.file));
  for (const entry of ctx.allowlist?.entries ?? []) {
    if (used.has(entry.workflow)) continue;
    ctx.findings.push({
      rule: 'pr-target/allowlist-stale',
      severity: 'warning',
      message: scanned.has(entry.workflow)
        ? `${entry.workflow} is allowlisted but does not use a banned trigger`
        : `${entry.workflow} is allowlisted but was not among the scanned workflows`,
      help: 'Remove the entry when the exception is no longer needed.',
      file: ctx.allowlist!.file,
      line: entry.pos.line,
      column: entry.pos.column
    });
  }

  const privileged = evidence.workflows.filter((w) => w.banned.length);
  const pwn = privileged.reduce((n, w) => n + w.pwnRequests, 0);
  const errors = ctx.findings.filter((f) => f.severity === 'error').length;
  const verdict = evidence.invalid.length ? 'error' : errors ? 'fail' : 'pass';
  const parts = [
    `${files.length} workflow file${files.length === 1 ? '' : 's'} scanned`,
    `${privileged.length} with ${[...banned].join('/')}`,
    `${privileged.filter((w) => w.allowlisted).length} allowlisted`
  ];
  if (pwn) parts.push(`${pwn} pwn-request checkout${pwn === 1 ? '' : 's'}`);
  if (evidence.invalid.length) parts.push(`${evidence.invalid.length} unreadable`);
  const summary = parts.join(', ');
  return {
    verdict,
    summary,
    findings: ctx.findings,
    evidence,
    outputs: {
      'workflows-scanned': String(files.length),
      'banned-workflows': JSON.stringify(
        privileged.filter((w) => !w.allowlisted).map((w) => w.file)
      )
    }
  };
}

export const prTargetBan: Gate<PrTargetEvidence> = {
  name: 'pr-target-ban',
  rules: RULES,
  // The evaluation only reads files: when one needs the yaml library's parser (the fast reader
  // gave up on it) the parser is loaded and the evaluation runs again from the start.
  evaluate: (inputs, ctx) => withYamlLibrary(() => evaluate(inputs, ctx))
};
