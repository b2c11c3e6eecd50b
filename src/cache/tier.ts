/**
 * Trust tiers: who may write a cache entry that whom may restore.
 *
 * - `trusted`: written by a run whose event and ref match a `trust` rule (default: pushes to the
 *   default branch and tags). Every job may restore it.
 * - `pr-<n>`: a same-repository pull request; only that pull request restores it.
 * - `fork-pr-<n>`: a fork pull request; private to it (never a shared tier).
 * - `ref-<ref>`: any other run (a push to a feature branch, a dispatch); private to that ref.
 *
 * A job reads its own tier first, then `trusted` — never another pull request's or branch's.
 */
import { FileReadError, readRegularTextFile } from '../core/read-file.js';
import { JsonDocumentError, parseStrictJson } from '../core/strict-json.js';
import { globMatch, loadGlobMatcher, needsGlobMatcherToMatch } from '../workflows/glob.js';

export interface JobContext {
  event: string;
  ref: string;
  repository: string;
  runId: string;
  sha: string;
  defaultBranch: string;
  prNumber?: number;
  /** True when the pull request's head is another repository (or cannot be told apart). */
  fork: boolean;
}

export interface TrustRule {
  event: string;
  ref: string;
}

export class TierError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TierError';
  }
}

const PR_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment'
]);

/**
 * The event payload the tier decision reads (fork or not, default branch). Absent (a local run)
 * is no payload; present but unreadable, not JSON or duplicate-keyed is an error, never a guess.
 */
function readEvent(path: string | undefined): Record<string, unknown> | undefined {
  if (!path) return undefined;
  try {
    const doc = parseStrictJson(
      readRegularTextFile(path, { maxBytes: 16 * 1024 * 1024, what: 'GITHUB_EVENT_PATH' }),
      `the event payload ${path}`
    );
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
      throw new TierError(`the event payload ${path} is not a JSON object`);
    return doc as Record<string, unknown>;
  } catch (err) {
    if (err instanceof FileReadError || err instanceof JsonDocumentError)
      throw new TierError(
        `${err.message}; the trust tier depends on it (expected the runner's event payload)`
      );
    throw err;
  }
}

function at(o: unknown, ...keys: string[]): unknown {
  let v = o;
  for (const k of keys) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/** The run's identity from the runner's environment (and event payload when present). */
export function jobContext(
  env: Readonly<Record<string, string | undefined>>,
  defaultBranchInput?: string
): JobContext {
  const payload = readEvent(env.GITHUB_EVENT_PATH);
  const event = env.GITHUB_EVENT_NAME || 'local';
  const ref = env.GITHUB_REF || '';
  const defaultBranch =
    defaultBranchInput ||
    (at(payload, 'repository', 'default_branch') as string | undefined) ||
    'main';
  const ctx: JobContext = {
    event,
    ref,
    repository: env.GITHUB_REPOSITORY || 'local/local',
    runId: env.GITHUB_RUN_ID || '0',
    sha: env.GITHUB_SHA || '',
    defaultBranch,
    fork: false
  };
  if (PR_EVENTS.has(event)) {
    const n =
      /^refs\/pull\/(\d+)\//.exec(ref)?.[1] ??
      String(at(payload, 'pull_request', 'number') ?? at(payload, 'number') ?? '');
    if (!/^\d+$/.test(n))
      throw new TierError(
        `cannot tell which pull request this ${event} run is for (GITHUB_REF '${ref}'); expected refs/pull/<n>/merge`
      );
    ctx.prNumber = Number(n);
    const head = at(payload, 'pull_request', 'head', 'repo', 'full_name');
    const base = at(payload, 'pull_request', 'base', 'repo', 'full_name') ?? ctx.repository;
    // Without a payload we cannot prove the head is ours: treat it as a fork (the stricter tier).
    ctx.fork = typeof head !== 'string' || head.toLowerCase() !== String(base).toLowerCase();
  }
  return ctx;
}

/** Parse `trust` rules: `<event>:<ref glob>`; `{default}` stands for the default branch name. */
export function parseTrustRules(items: string[], defaultBranch: string): TrustRule[] {
  if (!items.length)
    throw new TierError(
      'is empty: no run could write the trusted tier; expected rules such as push:refs/heads/{default}, push:refs/tags/*'
    );
  return items.map((item) => {
    const colon = item.indexOf(':');
    if (colon <= 0 || colon === item.length - 1) {
      throw new TierError(
        `trust rule '${item}': expected <event>:<ref glob>, e.g. push:refs/heads/{default} or push:refs/tags/*`
      );
    }
    const event = item.slice(0, colon).trim();
    const ref = item
      .slice(colon + 1)
      .trim()
      .replaceAll('{default}', defaultBranch);
    if (PR_EVENTS.has(event)) {
      throw new TierError(
        `trust rule '${item}': pull request events can never write the trusted tier`
      );
    }
    return { event, ref };
  });
}

/**
 * Load minimatch when matching one of `refs` against the rules' ref globs needs it. The rules
 * are matched by ../workflows/glob.ts, which answers for the usual ones (`refs/heads/main`,
 * `refs/tags/*`) exactly as minimatch does, so a run with such rules never loads minimatch
 * (cold start); call this before isTrustedWriter, ownTier, readableTiers or tierViolation with
 * every ref they will be given.
 */
export async function loadTrustMatcherFor(rules: TrustRule[], refs: string[]): Promise<void> {
  if (rules.some((r) => refs.some((ref) => needsGlobMatcherToMatch(ref, r.ref))))
    await loadGlobMatcher();
}

/** Whether a run of `event` on `ref` writes the trusted tier (minimatch semantics, `dot`). */
export function isTrustedWriter(event: string, ref: string, rules: TrustRule[]): boolean {
  return rules.some(
    (r) => (r.event === '*' || r.event === event) && globMatch(ref, r.ref, { dot: true })
  );
}

function sanitize(ref: string): string {
  return ref
    .replace(/^refs\//, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .slice(0, 100);
}

/** The tier this job writes to. */
export function ownTier(job: JobContext, rules: TrustRule[]): string {
  if (job.prNumber !== undefined) return `${job.fork ? 'fork-pr' : 'pr'}-${job.prNumber}`;
  if (isTrustedWriter(job.event, job.ref, rules)) return 'trusted';
  return `ref-${sanitize(job.ref || job.event)}`;
}

/** Tiers this job may restore from, most specific first. */
export function readableTiers(job: JobContext, rules: TrustRule[]): string[] {
  const own = ownTier(job, rules);
  return own === 'trusted' ? ['trusted'] : [own, 'trusted'];
}

/**
 * Whether an entry that claims `tier`, written by `event`/`ref`, may be restored by this job.
 * Returns the reason it may not, or undefined.
 */
export function tierViolation(
  entry: { tier: string; event: string; ref: string; repository: string },
  job: JobContext,
  rules: TrustRule[]
): string | undefined {
  if (entry.repository.toLowerCase() !== job.repository.toLowerCase()) {
    return `written by repository ${entry.repository}; expected ${job.repository}`;
  }
  const readable = readableTiers(job, rules);
  if (!readable.includes(entry.tier)) {
    return `entry is in tier '${entry.tier}'; this job (${job.event} on ${job.ref || 'no ref'}) reads only ${readable.join(', ')}`;
  }
  if (entry.tier === 'trusted' && !isTrustedWriter(entry.event, entry.ref, rules)) {
    return `entry claims tier 'trusted' but was written by ${entry.event} on ${entry.ref}; expected a writer matching ${rules.map((r) => `${r.event}:${r.ref}`).join(', ')}`;
  }
  return undefined;
}

/** The key under which a backend stores an entry: the tier and paths are part of it. */
export function storageKey(tier: string, pathsId: string, key: string): string {
  return `cs1-${tier}-${pathsId}-${key}`;
}
