/**
 * What the zizmor-derived rules add around the per-file pass: the Dependabot configuration, the
 * cross-file half of ref-version-mismatch, the online audits (input `online`), and the fixes
 * (`fix-diff` shows them as a unified patch, `fix` writes them). Kept apart from index.ts so the
 * gate's main loop stays one read, one parse and one check per file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../../core/errors.js';
import type { GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import type { Finding } from '../../core/result.js';
import { isFullSha, usesTarget } from '../../workflows/uses.js';
import { sharedText } from '../../workflows/detach.js';
import { withYamlLibrary } from '../../workflows/yaml-doc.js';
import type { Workflow } from '../../workflows/workflow.js';
import { applyPolicy } from './apply-policy.js';
import { checkDependabot } from './dependabot.js';
import type { PinResolver } from './fix/fixers.js';
import { ONLINE_CHECKS } from './online/checks.js';
import type { UsesSite } from './online/audits.js';
import type { RepoFacts } from './online/repo-facts.js';
import type { Policy, PolicyException, RuleName } from './policy.js';
import { tagFromComment } from './rules/pinned-uses.js';
import { usesSites } from './rules/uses-sites.js';
import { VersionPins } from './version-pins.js';
import type { SourceText } from './source.js';
import type { PinIndex, RuleFinding, TextEdit } from './types.js';

export interface EvidenceB {
  online: {
    requested: boolean;
    /** Audits that ran (online) or that could not run (offline: "not run", never "passed"). */
    audits: Record<string, 'run' | 'not run' | 'error'>;
    repositories: number;
    errors: { file: string; line: number; message: string }[];
  };
  dependabot: { file: string | null; updates: number };
  fixes: {
    requested: 'none' | 'diff' | 'apply';
    files: { file: string; edits: number }[];
    patchFile?: string;
    unfixable: number;
  };
}

export interface OptionsB {
  online: boolean;
  token?: string;
  timeoutMs: number;
  fix: boolean;
  fixDiff: boolean;
}

export function readOptionsB(
  inputs: Inputs,
  env: Readonly<Record<string, string | undefined>>
): OptionsB {
  const given = inputs.string('github-token');
  const token =
    (given && !given.startsWith('${{') ? given : undefined) ||
    env.GITHUB_TOKEN ||
    env.GH_TOKEN ||
    undefined;
  return {
    online: inputs.boolean('online'),
    token,
    timeoutMs: inputs.duration('online-timeout') ?? 30_000,
    fix: inputs.boolean('fix'),
    fixDiff: inputs.boolean('fix-diff')
  };
}

interface FileFix {
  file: string;
  text: string;
  edits: { edits: TextEdit[]; finding: Finding }[];
}

type Ctx = Pick<GateContext, 'workspace' | 'env'> & Partial<Pick<GateContext, 'log' | 'tempDir'>>;

/** The findings the gate reports, as `finish` may change them (a fix turns one into a note). */
export interface ReportedFindings {
  has(finding: Finding): boolean;
  /** `finding` was changed in place: report it as it is now. */
  changed(finding: Finding): void;
}

export class ExtrasB {
  readonly evidence: EvidenceB;
  private readonly sites: UsesSite[] = [];
  /** The commits each action's tags are pinned to, and where (the cross-file mismatch). */
  private readonly versionPins = new VersionPins();
  private readonly fileFixes: FileFix[] = [];
  private readonly pending: {
    wf: Workflow;
    source: SourceText;
    pins: PinIndex;
    pairs: { raw: RuleFinding; finding: Finding }[];
  }[] = [];
  private facts?: RepoFacts;
  /** The fix modules, loaded (`import()`) only by a run that asks for fixes. */
  private fixMods?: {
    fixers: typeof import('./fix/fixers.js');
    patch: typeof import('./fix/patch.js');
    tags: typeof import('./online/tags.js');
  };

  /**
   * The online audits, the GitHub client and the fixers are loaded only when the run uses them
   * (`online`, `fix`, `fix-diff`): an offline check-only run never compiles them.
   */
  static async create(o: OptionsB, policy: Policy, ctx: Ctx): Promise<ExtrasB> {
    const x = new ExtrasB(o, policy, ctx);
    if (o.online) {
      const [{ GitHubClient }, { RepoFacts }] = await Promise.all([
        import('../../github/client.js'),
        import('./online/repo-facts.js')
      ]);
      x.facts = new RepoFacts(
        new GitHubClient({
          token: o.token,
          apiUrl: ctx.env.GITHUB_API_URL,
          userAgent: 'ci-intel-hub workflow-policy',
          timeoutMs: o.timeoutMs,
          deadline: Date.now() + 10 * 60_000,
          retries: 2,
          retryBaseMs: 300,
          log: (m) => ctx.log?.(m)
        })
      );
    }
    return x;
  }

  private constructor(
    private readonly o: OptionsB,
    private readonly policy: Policy,
    private readonly ctx: Ctx
  ) {
    this.evidence = {
      online: { requested: o.online, audits: {}, repositories: 0, errors: [] },
      dependabot: { file: null, updates: 0 },
      fixes: { requested: o.fix ? 'apply' : o.fixDiff ? 'diff' : 'none', files: [], unfixable: 0 }
    };
    for (const r of ONLINE_CHECKS)
      if (policy.levels[r] !== 'off') this.evidence.online.audits[r] = o.online ? 'run' : 'not run';
  }

  get wantsFixes(): boolean {
    return this.o.fix || this.o.fixDiff;
  }

  /** Record the `uses:` of a checked file (online audits, pins); compute its fixes. */
  async onFile(
    wf: Workflow,
    source: SourceText,
    pins: PinIndex,
    pairs: { raw: RuleFinding; finding: Finding }[]
  ): Promise<void> {
    for (const u of usesSites(wf)) {
      const { ref } = u;
      if (ref.kind !== 'repo' || !ref.ref) continue;
      const isSha = isFullSha(ref.ref);
      const commentTag = isSha ? tagFromComment(source.trailingComment(u.node)) : undefined;
      // Offline, a site is kept only for the cross-file pin check; nothing else reads it later.
      if (!this.facts && !commentTag) continue;
      if (this.facts) {
        // Kept until every file is read: own copies, not views of this file's text, and one
        // copy of each (the same action, version and step label recur across a repository's
        // files).
        this.sites.push({
          file: wf.file,
          where: sharedText(u.where),
          slug: sharedText(`${ref.owner}/${ref.repo}`),
          target: sharedText(usesTarget(ref)),
          ref: sharedText(ref.ref),
          isSha,
          commentTag: sharedText(commentTag),
          line: u.str.pos.line,
          column: u.str.pos.column
        });
      }
      if (isSha && commentTag) {
        const site = {
          file: wf.file,
          where: u.where,
          target: usesTarget(ref),
          line: u.str.pos.line,
          column: u.str.pos.column
        };
        this.versionPins.add(site, commentTag, ref.ref);
      }
    }
    if (this.wantsFixes) this.pending.push({ wf, source, pins, pairs });
  }

  /** Fixes are computed once every file is read, so a pin in any workflow can fix the others. */
  private async computeFixes(p: {
    wf: Workflow;
    source: SourceText;
    pins: PinIndex;
    pairs: { raw: RuleFinding; finding: Finding }[];
  }): Promise<void> {
    const { wf, source, pins, pairs } = p;
    const { fixers, tags: tagNames } = this.fixMods!;
    const { fixesFor } = fixers;
    const { longestTagFor } = tagNames;
    const resolve: PinResolver = async (target, tag) => {
      const known = pins.get(target.toLowerCase())?.get(tag);
      if (known) return { sha: known, version: tag };
      if (!this.facts) return undefined;
      const slug = target.split('/').slice(0, 2).join('/');
      const tags = await this.facts.tags(slug);
      const t = tags.find((x) => x.name === tag);
      return t ? { sha: t.sha, version: longestTagFor(tags, t.sha) ?? tag } : undefined;
    };
    let fixes: (TextEdit[] | undefined)[];
    try {
      fixes = await fixesFor(
        wf,
        source,
        pairs.map((p) => p.raw),
        resolve
      );
    } catch (err) {
      this.evidence.online.errors.push({
        file: wf.file,
        line: 1,
        message: `fix: ${errorMessage(err)}`
      });
      return;
    }
    const ff: FileFix = { file: wf.file, text: source.text, edits: [] };
    pairs.forEach((p, i) => {
      const e = fixes[i];
      if (e && e.length) ff.edits.push({ edits: e, finding: p.finding });
      else if (
        e === undefined &&
        ['pinned-uses', 'persist-credentials', 'template-injection'].includes(p.raw.rule)
      )
        this.evidence.fixes.unfixable++;
    });
    if (ff.edits.length) this.fileFixes.push(ff);
  }

  /**
   * After every file: Dependabot, the cross-file version mismatch, the online audits and the
   * fixes. Returns the findings to add and whether something could not be decided.
   */
  async finish(
    used: Map<PolicyException, number>,
    reported: ReportedFindings
  ): Promise<{
    findings: Finding[];
    undecided: { file: string; line: number; column: number; message: string }[];
  }> {
    const out: Finding[] = [];
    const undecided: { file: string; line: number; column: number; message: string }[] = [];
    const levels = this.policy.levels;
    const on = (r: RuleName) => levels[r] !== 'off';

    if (on('dependabot-cooldown') || on('dependabot-execution')) {
      const d = await withYamlLibrary(() =>
        checkDependabot(this.ctx.workspace, this.policy.b.cooldownDays)
      );
      if (d.kind === 'invalid') {
        this.evidence.dependabot.file = d.file;
        undecided.push({ file: d.file, ...d.pos, message: d.message });
      } else if (d.kind === 'checked') {
        Object.assign(this.evidence.dependabot, { file: d.file, updates: d.updates });
        out.push(...applyPolicy(d.file, d.findings, this.policy, used));
      }
    }

    if (on('ref-version-mismatch')) {
      for (const { action, tag, commits, commit, site: s } of this.versionPins.conflicts()) {
        const others = commits.filter((x) => x !== commit).map((x) => x.slice(0, 12));
        const raw: RuleFinding = {
          rule: 'ref-version-mismatch',
          message: `${s.where}: '${action}@${commit.slice(0, 12)}… # ${tag}' names ${tag}, which other workflows pin as ${others.join(', ')}: expected one commit per version, got ${commits.length}`,
          help: `At most one of them is ${tag}; check the tag's commit (online: true checks it against GitHub) and correct the pin or the comment.`,
          owner: s.target,
          line: s.line,
          column: s.column
        };
        out.push(...applyPolicy(s.file, [raw], this.policy, used));
      }
    }

    if (this.facts) {
      const enabled = (r: RuleName) => on(r);
      const { runOnlineAudits } = await import('./online/audits.js');
      const res = await runOnlineAudits(this.sites, this.facts, enabled);
      this.evidence.online.repositories = new Set(this.sites.map((s) => s.slug.toLowerCase())).size;
      for (const f of res.findings)
        out.push(...applyPolicy(f.file, [f.finding], this.policy, used));
      for (const e of res.errors) {
        this.evidence.online.audits[e.rule] = 'error';
        this.evidence.online.errors.push({ file: e.file, line: e.line, message: e.message });
        undecided.push(e);
      }
    }

    if (this.pending.length && !this.fixMods) {
      const [fixers, patch, tags] = await Promise.all([
        import('./fix/fixers.js'),
        import('./fix/patch.js'),
        import('./online/tags.js')
      ]);
      this.fixMods = { fixers, patch, tags };
    }
    for (const p of this.pending) await this.computeFixes(p);
    if (this.fileFixes.length) this.writeFixes(reported);
    return { findings: out, undecided };
  }

  private writeFixes(reported: ReportedFindings): void {
    const { applyEdits, unifiedDiff } = this.fixMods!.patch;
    const patches: string[] = [];
    for (const ff of this.fileFixes) {
      // Findings of one step share its edits: each edit once.
      // (and a step reached through an alias is one node: the same edit twice counts once).
      const seen = new Set<string>();
      const unique = ff.edits
        .flatMap((e) => e.edits)
        .filter((e) => {
          const key = `${e.start}:${e.end}:${e.insert}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
      const { text, applied } = applyEdits(ff.text, unique);
      const done = new Set(applied.map((e) => `${e.start}:${e.end}:${e.insert}`));
      const fixed = ff.edits.filter((e) =>
        e.edits.every((x) => done.has(`${x.start}:${x.end}:${x.insert}`))
      );
      this.evidence.fixes.files.push({ file: ff.file, edits: applied.length });
      patches.push(unifiedDiff(ff.file, ff.text, text));
      if (this.o.fix) {
        writeFileSync(join(this.ctx.workspace, ff.file), text);
        for (const e of fixed) {
          if (!reported.has(e.finding)) continue;
          e.finding.severity = 'note';
          e.finding.message = `fixed (fix: true): ${e.finding.message}`;
          reported.changed(e.finding);
        }
      }
    }
    const patch = patches.join('');
    if (this.o.fixDiff) this.ctx.log?.(`workflow-policy fixes (git apply):\n${patch}`);
    if (this.ctx.tempDir) {
      mkdirSync(this.ctx.tempDir, { recursive: true });
      const file = join(this.ctx.tempDir, 'workflow-policy-fix.patch');
      writeFileSync(file, patch);
      this.evidence.fixes.patchFile = file;
    }
  }
}
