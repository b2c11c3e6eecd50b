/** pinned-uses: third-party actions and reusable workflows pinned as the policy requires (default: full commit SHA). */
import type { Node } from 'yaml';
import { detached } from '../../../workflows/detach.js';
import type { Str, Workflow } from '../../../workflows/workflow.js';
import {
  isFullSha,
  isImageDigest,
  parseUses,
  usesTarget,
  type UsesRef
} from '../../../workflows/uses.js';
import type { PinPolicy } from '../policy.js';
import type { SourceText } from '../source.js';
import { stepLabel, type CheckContext, type PinIndex, type RuleFinding } from '../types.js';

type RepoRef = Extract<UsesRef, { kind: 'repo' }>;

/** The policy for a reference; the most specific pattern wins (owner/repo/path, owner/repo, owner/repo/*, owner/*, *). */
export function pinPolicyFor(
  policies: Map<string, PinPolicy>,
  ref: RepoRef
): { pattern: string; policy: PinPolicy } {
  const owner = ref.owner.toLowerCase();
  const repo = `${owner}/${ref.repo.toLowerCase()}`;
  const candidates = [
    ...(ref.path ? [`${repo}/${ref.path.toLowerCase()}`] : [repo]),
    `${repo}/*`,
    `${owner}/*`,
    '*'
  ];
  for (const pattern of candidates) {
    const policy = policies.get(pattern);
    if (policy) return { pattern, policy };
  }
  return { pattern: '*', policy: 'hash-pin' };
}

/** The tag a trailing comment names (`# v4.1.1`, `# tag=v4.1.1`, `# pin@v4`), if it looks like one. */
export function tagFromComment(comment: string | undefined): string | undefined {
  if (!comment) return undefined;
  const token = comment.split(/\s+/)[0].replace(/^(tag=|pin@|ratchet:[^@\s]*@)/, '');
  return /^[A-Za-z0-9][\w.+/-]{0,63}$/.test(token) ? token : undefined;
}

/** Record `owner/repo[/path]@<sha> # <tag>` pins of one workflow into the index. */
export function collectPins(
  uses: { str: Str; node: Node | undefined }[],
  source: SourceText,
  pins: PinIndex
): void {
  for (const { str, node } of uses) {
    const ref = parseUses(str.value);
    if (ref.kind !== 'repo' || !isFullSha(ref.ref)) continue;
    const tag = tagFromComment(source.trailingComment(node));
    if (!tag) continue;
    const target = usesTarget(ref).toLowerCase();
    let byTag = pins.get(target);
    // The index outlives the file: its keys and values are own copies, not views of the text.
    if (!byTag) pins.set(detached(target), (byTag = new Map()));
    if (!byTag.has(tag)) byTag.set(detached(tag), detached(ref.ref!.toLowerCase()));
  }
}

/** Every `uses:` of a workflow (job-level reusable calls and steps) with its YAML node. */
export interface UsesSite {
  str: Str;
  node: Node | undefined;
  where: string;
}

export function usesOf(wf: Workflow): UsesSite[] {
  const y = wf.yaml;
  const out: UsesSite[] = [];
  for (const job of wf.jobs) {
    if (job.uses) {
      const v = y.get(job.node, 'uses')?.value;
      out.push({ str: job.uses, node: y.resolve(v) ?? v, where: `job '${job.id}'` });
    }
    for (const step of job.steps) {
      if (!step.uses) continue;
      const v = y.get(step.node, 'uses')?.value;
      out.push({ str: step.uses, node: y.resolve(v) ?? v, where: stepLabel(job, step) });
    }
  }
  return out;
}

/** `uses: owner/repo@<sha> # <tag>`, with the SHA when a scanned workflow pins that tag. */
export function pinnedForm(target: string, tag: string | undefined, pins: PinIndex): string {
  const sha = tag ? pins.get(target.toLowerCase())?.get(tag) : undefined;
  if (sha) return `uses: ${target}@${sha} # ${tag}`;
  if (tag) return `uses: ${target}@<40-hex commit SHA of ${tag}> # ${tag}`;
  return `uses: ${target}@<40-hex commit SHA> # <tag>`;
}

export function pinHelp(target: string, tag: string | undefined, pins: PinIndex): string {
  return `Pin it to the commit, keeping the tag as a comment: ${pinnedForm(target, tag, pins)}`;
}

export function pinnedUses(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const u of usesOf(ctx.wf)) {
    const ref = parseUses(u.str.value);
    const at = { line: u.str.pos.line, column: u.str.pos.column };
    if (ref.kind === 'local' || ref.kind === 'hub') continue;
    if (ref.kind === 'invalid') {
      out.push({
        rule: 'pinned-uses',
        message: `${u.where}: cannot check the pin of 'uses: ${ref.raw}': ${ref.reason}`,
        help: 'Write uses: owner/repo[/path]@<40-hex commit SHA>, ./local/path or docker://image@sha256:<digest>.',
        ...at
      });
      continue;
    }
    if (ref.kind === 'docker') {
      const policy = ctx.policy.pinPolicies.get('*') ?? 'hash-pin';
      const ok =
        policy === 'any' ||
        (policy === 'ref-pin' ? Boolean(ref.tag || ref.digest) : isImageDigest(ref.digest));
      if (!ok) {
        out.push({
          rule: 'pinned-uses',
          message: `${u.where}: 'uses: ${ref.raw}' is not pinned: expected docker://${ref.image}@sha256:<64-hex digest> (policy ${policy} for '*'), got ${ref.digest ? `'@${ref.digest}'` : ref.tag ? `tag '${ref.tag}'` : 'no tag or digest'}`,
          help: `Pin the image by digest: uses: docker://${ref.image}${ref.tag ? `:${ref.tag}` : ''}@sha256:<digest> (docker buildx imagetools inspect ${ref.image}${ref.tag ? `:${ref.tag}` : ''} shows it).`,
          owner: ref.image,
          ...at
        });
      }
      continue;
    }
    const { pattern, policy } = pinPolicyFor(ctx.policy.pinPolicies, ref);
    if (policy === 'any') continue;
    if (policy === 'ref-pin' && ref.ref) continue;
    if (policy === 'hash-pin' && isFullSha(ref.ref)) continue;
    const expected =
      policy === 'hash-pin'
        ? `a full 40-hex commit SHA (policy hash-pin for '${pattern}')`
        : `an @ref (policy ref-pin for '${pattern}')`;
    let got = ref.ref ? `'@${ref.ref}'` : 'no @ref';
    if (ref.ref && /^[0-9a-f]{7,39}$/i.test(ref.ref))
      got += ' (a short SHA, which GitHub resolves like a branch or tag name)';
    out.push({
      rule: 'pinned-uses',
      message: `${u.where}: 'uses: ${ref.raw}' is not pinned: expected ${expected}, got ${got}`,
      help: pinHelp(usesTarget(ref), ref.ref, ctx.pins),
      pin: { target: usesTarget(ref), tag: ref.ref },
      owner: usesTarget(ref),
      ...at
    });
  }
  return out;
}
