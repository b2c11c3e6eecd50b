/**
 * What the online audits ask GitHub about an action's repository, through the hub's one REST
 * client (src/github/client.ts, paginate.ts): the repository (archived?), its tags and branches
 * with their commits, whether a commit is in a branch or tag's history (compare), and GitHub's
 * advisories for the action. Each answer is read once per repository and checked for shape: an
 * answer that is not what GitHub documents is an error, never an empty list.
 */
import { expandPath, type GitHubClient } from '../../../github/client.js';
import { GitHubApiError } from '../../../github/errors.js';
import { paginate } from '../../../github/paginate.js';

/** Pages of 100 read at most for tags and branches (10,000 names). */
export const MAX_PAGES = 100;
/** Compare calls per pinned commit before the impostor check gives up (could not decide). */
export const MAX_COMPARES = 50;

import type { NamedRef } from './tags.js';

export { longestTagFor, type NamedRef } from './tags.js';

export interface Advisory {
  ghsaId: string;
  severity: string;
  summary: string;
  ranges: { range: string; patched?: string }[];
}

/** An answer that is not the shape GitHub documents for the endpoint. */
export class UnexpectedAnswerError extends Error {
  constructor(
    readonly endpoint: string,
    what: string
  ) {
    super(`GET ${endpoint}: unexpected answer: ${what}`);
  }
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const SHA = /^[0-9a-f]{40}$/;

function namedRefs(endpoint: string, data: unknown): NamedRef[] {
  if (!Array.isArray(data)) throw new UnexpectedAnswerError(endpoint, 'expected a JSON array');
  return data.map((d, i) => {
    const sha = isObj(d) && isObj(d.commit) ? d.commit.sha : undefined;
    if (!isObj(d) || typeof d.name !== 'string' || typeof sha !== 'string' || !SHA.test(sha))
      throw new UnexpectedAnswerError(endpoint, `item ${i} has no name and 40-hex commit.sha`);
    return { name: d.name, sha };
  });
}

export class RepoFacts {
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(private readonly client: GitHubClient) {}

  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let p = this.cache.get(key) as Promise<T> | undefined;
    if (!p) {
      p = load();
      this.cache.set(key, p);
    }
    return p;
  }

  /** The repository, or undefined when GitHub answers 404 (it does not exist or is hidden). */
  repo(slug: string): Promise<{ archived: boolean; defaultBranch: string } | undefined> {
    return this.once(`repo:${slug}`, async () => {
      const [owner, repo] = slug.split('/');
      const path = expandPath('/repos/{owner}/{repo}', { owner, repo });
      const r = await this.client.request(path, { allowStatus: [404] });
      if (r.status === 404) return undefined;
      const d = r.data;
      if (!isObj(d) || typeof d.archived !== 'boolean' || typeof d.default_branch !== 'string')
        throw new UnexpectedAnswerError(path, 'no boolean archived and string default_branch');
      return { archived: d.archived, defaultBranch: d.default_branch };
    });
  }

  private list(slug: string, kind: 'tags' | 'branches'): Promise<NamedRef[]> {
    return this.once(`${kind}:${slug}`, async () => {
      const [owner, repo] = slug.split('/');
      const path = expandPath(`/repos/{owner}/{repo}/${kind}`, { owner, repo });
      const out: NamedRef[] = [];
      for await (const page of paginate(this.client, path, {
        query: { per_page: 100 },
        maxPages: MAX_PAGES
      })) {
        out.push(...namedRefs(path, page.data));
        if (page.hasNext && page.number === MAX_PAGES)
          throw new UnexpectedAnswerError(path, `more than ${MAX_PAGES} pages of ${kind}`);
      }
      return out;
    });
  }

  tags(slug: string): Promise<NamedRef[]> {
    return this.list(slug, 'tags');
  }

  branches(slug: string): Promise<NamedRef[]> {
    return this.list(slug, 'branches');
  }

  /** Whether `sha` is in the history of `base` (compare says identical or behind). */
  contains(slug: string, base: string, sha: string): Promise<boolean> {
    return this.once(`cmp:${slug}:${base}:${sha}`, async () => {
      const [owner, repo] = slug.split('/');
      const path = expandPath('/repos/{owner}/{repo}/compare/{basehead}', {
        owner,
        repo,
        basehead: `${base}...${sha}`
      });
      // 404: GitHub knows no such commit in the repository's network.
      const r = await this.client.request(path, { allowStatus: [404], query: { per_page: 1 } });
      if (r.status === 404) return false;
      const status = isObj(r.data) ? r.data.status : undefined;
      if (
        status !== 'identical' &&
        status !== 'behind' &&
        status !== 'ahead' &&
        status !== 'diverged'
      )
        throw new UnexpectedAnswerError(path, 'no status of identical, behind, ahead or diverged');
      return status === 'identical' || status === 'behind';
    });
  }

  /** GitHub's reviewed advisories for the action `owner/repo` (ecosystem actions). */
  advisories(slug: string): Promise<Advisory[]> {
    return this.once(`adv:${slug}`, async () => {
      const path = '/advisories';
      const out: Advisory[] = [];
      for await (const page of paginate(this.client, path, {
        query: { ecosystem: 'actions', affects: slug, per_page: 100, type: 'reviewed' },
        maxPages: 10
      })) {
        if (!Array.isArray(page.data))
          throw new UnexpectedAnswerError(path, 'expected a JSON array');
        for (const a of page.data) {
          if (!isObj(a) || typeof a.ghsa_id !== 'string' || !Array.isArray(a.vulnerabilities))
            throw new UnexpectedAnswerError(
              path,
              'an advisory without ghsa_id and vulnerabilities'
            );
          const ranges: Advisory['ranges'] = [];
          for (const v of a.vulnerabilities) {
            if (!isObj(v) || !isObj(v.package)) continue;
            if (v.package.ecosystem !== 'actions') continue;
            if (String(v.package.name).toLowerCase() !== slug.toLowerCase()) continue;
            if (typeof v.vulnerable_version_range !== 'string') continue;
            ranges.push({
              range: v.vulnerable_version_range,
              patched:
                typeof v.first_patched_version === 'string' ? v.first_patched_version : undefined
            });
          }
          if (ranges.length)
            out.push({
              ghsaId: a.ghsa_id,
              severity: typeof a.severity === 'string' ? a.severity : 'unknown',
              summary: typeof a.summary === 'string' ? a.summary : '',
              ranges
            });
        }
      }
      return out;
    });
  }
}

export function isNotFound(err: unknown): boolean {
  return err instanceof GitHubApiError && err.status === 404;
}
