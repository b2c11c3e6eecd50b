/**
 * The online audits (input `online: true`): impostor-commit, known-vulnerable-actions,
 * stale-action-refs, archived-uses, ref-confusion and the online half of ref-version-mismatch.
 * One pass over the distinct repositories the workflows use; every question goes through
 * RepoFacts (the hub's GitHub client). A question GitHub does not answer is an error for that
 * reference, never a pass.
 */
import { errorMessage } from '../../../core/errors.js';
import type { RuleName } from '../policy.js';
import type { RuleFinding } from '../types.js';
import { ONLINE_CHECKS } from './checks.js';
import { inRange } from './version-range.js';
import { longestTagFor, MAX_COMPARES, type RepoFacts } from './repo-facts.js';

/** One `uses: owner/repo[/path]@ref` of a scanned workflow. */
export interface UsesSite {
  file: string;
  where: string;
  /** `owner/repo`, as written. */
  slug: string;
  /** `owner/repo[/path]`. */
  target: string;
  ref: string;
  isSha: boolean;
  /** The version the trailing comment names (`# v4.1.1`). */
  commentTag?: string;
  line: number;
  column: number;
}

export interface OnlineResult {
  findings: { file: string; finding: RuleFinding }[];
  /** Problems deciding a reference: each one makes the verdict error. */
  errors: { file: string; line: number; column: number; rule: RuleName; message: string }[];
}

export { ONLINE_CHECKS };

/** Is the commit in the history of any branch or tag? Tips first, then compare calls. */
async function reachable(facts: RepoFacts, site: UsesSite): Promise<boolean> {
  const sha = site.ref.toLowerCase();
  const [tags, branches] = [await facts.tags(site.slug), await facts.branches(site.slug)];
  if (tags.some((t) => t.sha === sha) || branches.some((b) => b.sha === sha)) return true;
  const repo = await facts.repo(site.slug);
  const order = [
    ...(repo ? [repo.defaultBranch] : []),
    ...branches.map((b) => b.name).filter((n) => n !== repo?.defaultBranch),
    ...tags.map((t) => t.name)
  ];
  if (order.length > MAX_COMPARES && !(await facts.contains(site.slug, order[0], sha))) {
    throw new Error(
      `${site.slug} has ${order.length} branches and tags; the commit is not on ${order[0]}, and checking more than ${MAX_COMPARES} of them is refused (add an exception after checking by hand)`
    );
  }
  for (const name of order.slice(0, MAX_COMPARES))
    if (await facts.contains(site.slug, name, sha)) return true;
  return false;
}

export async function runOnlineAudits(
  sites: UsesSite[],
  facts: RepoFacts,
  enabled: (r: RuleName) => boolean
): Promise<OnlineResult> {
  const res: OnlineResult = { findings: [], errors: [] };
  const push = (s: UsesSite, rule: RuleName, message: string, help: string) =>
    res.findings.push({
      file: s.file,
      finding: { rule, message, help, line: s.line, column: s.column, owner: s.target }
    });
  const attempt = async (s: UsesSite, rule: RuleName, f: () => Promise<void>) => {
    if (!enabled(rule)) return;
    try {
      await f();
    } catch (err) {
      res.errors.push({
        file: s.file,
        line: s.line,
        column: s.column,
        rule,
        message: `${rule}: cannot decide 'uses: ${s.target}@${s.ref}': ${errorMessage(err)}`
      });
    }
  };
  for (const s of sites) {
    const repo = await facts.repo(s.slug).catch((err: unknown) => err as Error);
    if (repo instanceof Error || repo === undefined) {
      const message =
        repo === undefined
          ? `GitHub knows no repository ${s.slug} (404): the action cannot be checked`
          : errorMessage(repo);
      for (const rule of ONLINE_CHECKS.filter(enabled))
        res.errors.push({
          file: s.file,
          line: s.line,
          column: s.column,
          rule,
          message: `${rule}: cannot decide 'uses: ${s.target}@${s.ref}': ${message}`
        });
      continue;
    }
    await attempt(s, 'archived-uses', async () => {
      if (repo.archived)
        push(
          s,
          'archived-uses',
          `${s.where}: ${s.slug} is archived: expected a maintained action, got a repository that receives no fixes`,
          'Replace it with a maintained action (or a run: step), or fork it into your organisation.'
        );
    });
    if (s.isSha) {
      await attempt(s, 'impostor-commit', async () => {
        if (!(await reachable(facts, s)))
          push(
            s,
            'impostor-commit',
            `${s.where}: commit ${s.ref} is on no branch or tag of ${s.slug}: expected a commit of the repository, got one that may come from a fork (an impostor commit)`,
            'Look the commit up on GitHub; pin a SHA from the repository’s own release tag instead.'
          );
      });
      await attempt(s, 'stale-action-refs', async () => {
        if (!longestTagFor(await facts.tags(s.slug), s.ref))
          push(
            s,
            'stale-action-refs',
            `${s.where}: commit ${s.ref.slice(0, 12)} of ${s.slug} is not the commit of any tag: expected a release's commit, got an untagged one`,
            'Pin the commit of a release tag and name it in the comment (# vX.Y.Z).'
          );
      });
      await attempt(s, 'ref-version-mismatch', async () => {
        if (!s.commentTag) return;
        const tags = await facts.tags(s.slug);
        const tag = tags.find((t) => t.name === s.commentTag);
        if (tag && tag.sha === s.ref.toLowerCase()) return;
        const right = longestTagFor(tags, s.ref);
        push(
          s,
          'ref-version-mismatch',
          `${s.where}: the comment says ${s.commentTag} but ${tag ? `${s.commentTag} is commit ${tag.sha.slice(0, 12)}` : `${s.slug} has no tag ${s.commentTag}`}: expected the pinned commit ${s.ref.slice(0, 12)}${right ? ` (tag ${right})` : ''}, got a comment that names another version`,
          right
            ? `Correct the comment to # ${right}, or pin ${s.commentTag}'s commit.`
            : `Pin the commit of ${s.commentTag}${tag ? ` (${tag.sha})` : ''}, or correct the comment.`
        );
      });
    } else {
      await attempt(s, 'ref-confusion', async () => {
        const [tags, branches] = [await facts.tags(s.slug), await facts.branches(s.slug)];
        if (tags.some((t) => t.name === s.ref) && branches.some((b) => b.name === s.ref))
          push(
            s,
            'ref-confusion',
            `${s.where}: @${s.ref} names both a branch and a tag of ${s.slug}: expected an unambiguous ref, got one GitHub may resolve either way`,
            'Pin the commit SHA of the tag you mean (# vX.Y.Z as the comment).'
          );
      });
    }
    await attempt(s, 'known-vulnerable-actions', async () => {
      const advisories = await facts.advisories(s.slug);
      if (!advisories.length) return;
      const tags = await facts.tags(s.slug);
      let version: string | undefined;
      if (s.isSha) version = longestTagFor(tags, s.ref) ?? s.commentTag;
      else {
        const at =
          tags.find((t) => t.name === s.ref)?.sha ??
          (await facts.branches(s.slug)).find((b) => b.name === s.ref)?.sha;
        version = (at && longestTagFor(tags, at)) ?? s.ref;
      }
      if (!version)
        throw new Error(
          `advisories exist for ${s.slug} but no version of ${s.ref} is known (no tag points at it)`
        );
      for (const a of advisories) {
        for (const r of a.ranges) {
          const hit = inRange(version, r.range);
          if (hit === undefined)
            throw new Error(
              `cannot compare version '${version}' with ${a.ghsaId}'s range '${r.range}'`
            );
          if (!hit) continue;
          push(
            s,
            'known-vulnerable-actions',
            `${s.where}: ${s.slug} ${version} is affected by ${a.ghsaId} (${a.severity}${a.summary ? `: ${a.summary.slice(0, 120)}` : ''}): expected a version outside '${r.range}', got ${version}`,
            r.patched
              ? `Upgrade to ${r.patched} or later (pin its commit SHA).`
              : `No patched version is published: replace the action or remove the step (see https://github.com/advisories/${a.ghsaId}).`
          );
          break;
        }
      }
    });
  }
  return res;
}
