/**
 * GitHub list endpoints page by `Link: rel="next"`. The next page is fetched only on the API's
 * origin (with the token); a next link to any other origin is refused, never followed — with or
 * without the token — because a page from elsewhere is not the API's answer.
 */
import { CrossOriginError, nextPage } from '../net/credential-origin.js';
import type { GitHubClient, GitHubResponse, RequestOptions } from './client.js';
import { GitHubApiError } from './errors.js';

export interface PageOptions extends RequestOptions {
  /** Pages read at most; the iteration stops there (the caller says what that means). */
  maxPages: number;
}

export interface Page extends GitHubResponse {
  /** 1-based. */
  number: number;
  /** Whether GitHub announced a page after this one. */
  hasNext: boolean;
}

export async function* paginate(
  client: GitHubClient,
  path: string,
  o: PageOptions
): AsyncGenerator<Page> {
  let next: string | undefined;
  const seen = new Set<string>();
  for (let number = 1; number <= o.maxPages; number++) {
    const res =
      number === 1
        ? await client.request(path, o)
        : await client.request(next as string, { maxBytes: o.maxBytes, accept: o.accept });
    seen.add(res.url);
    const endpoint = `GET ${new URL(res.url).pathname}`;
    try {
      next = nextPage(res.headers.get('link'), res.url, client.origin);
    } catch (err) {
      if (err instanceof CrossOriginError)
        throw new GitHubApiError(err.message, {
          kind: 'cross-origin',
          endpoint,
          status: res.status,
          retries: 0
        });
      throw err;
    }
    if (next !== undefined && seen.has(next)) {
      throw new GitHubApiError(`Link rel="next" points back to a page already read (${next})`, {
        kind: 'redirect',
        endpoint,
        status: res.status,
        retries: 0
      });
    }
    yield { ...res, number, hasNext: next !== undefined };
    if (next === undefined) return;
  }
}
