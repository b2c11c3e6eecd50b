/**
 * `fetch: github`: the attestations GitHub stores for a digest
 * (`GET /repos/{owner}/{repo}/attestations/{subject_digest}`), with retry and throttling.
 */
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { FetchError } from './fetch-errors.js';

export interface FetchOptions {
  apiUrl: string;
  token?: string;
  owner: string;
  repo: string;
  /** `sha256:<hex>` */
  digest: string;
  timeoutMs: number;
  log(message: string): void;
  /** Base delay between retries (octokit's retryAfterBaseValue). */
  retryBaseMs?: number;
}

const MAX_PAGES = 10;
const MAX_BODY = 32 * 1024 * 1024;

/** Returns the response document(s) as text, one JSON document per page. */
export async function fetchAttestations(o: FetchOptions): Promise<{ url: string; text: string }[]> {
  const RetryingOctokit = Octokit.plugin(retry, throttling);
  const octokit = new RetryingOctokit({
    baseUrl: o.apiUrl.replace(/\/$/, ''),
    auth: o.token,
    userAgent: 'ci-intel-hub slsa-verify',
    retry: {
      retries: 2,
      retryAfterBaseValue: o.retryBaseMs ?? 500,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451]
    },
    throttle: {
      onRateLimit: (after: number, _opts: unknown, _o: unknown, count: number) => {
        o.log(`GitHub API rate limit: retrying after ${after}s`);
        return count < 1 && after <= 60;
      },
      onSecondaryRateLimit: (after: number, _opts: unknown, _o: unknown, count: number) => {
        o.log(`GitHub API secondary rate limit: retrying after ${after}s`);
        return count < 1 && after <= 60;
      }
    },
    log: {
      debug: () => {},
      info: () => {},
      warn: (m: string) => o.log(m),
      error: (m: string) => o.log(m)
    }
  });
  const pages: { url: string; text: string }[] = [];
  const route = `GET /repos/{owner}/{repo}/attestations/{subject_digest}`;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const where = `${o.apiUrl.replace(/\/$/, '')}/repos/${o.owner}/${o.repo}/attestations/${o.digest}`;
    let res;
    try {
      res = await octokit.request(route, {
        owner: o.owner,
        repo: o.repo,
        subject_digest: o.digest,
        per_page: 100,
        page,
        request: { signal: AbortSignal.timeout(o.timeoutMs) }
      });
    } catch (err) {
      const status = (err as { status?: number }).status;
      const msg = (err as Error).message;
      if (status === 404) {
        throw new FetchError(
          `GitHub has no attestation for ${o.digest} in ${o.owner}/${o.repo} (404 from ${where})`,
          'Check source-uri and the artifact; the repository must have run actions/attest-build-provenance for it.'
        );
      }
      if (status === 401 || status === 403) {
        throw new FetchError(
          `GitHub refused the attestations request (${status} from ${where}): ${msg}`,
          "Give a token that can read the repository (github-token, or GITHUB_TOKEN with 'attestations: read')."
        );
      }
      const timedOut = (err as Error).name === 'TimeoutError' || /aborted|timeout/i.test(msg);
      throw new FetchError(
        timedOut
          ? `GitHub attestations API did not answer within ${o.timeoutMs} ms (${where})`
          : `GitHub attestations API failed${status ? ` with ${status}` : ''} (${where}) after retries: ${msg}`,
        'Retry later, raise timeout, or download the bundle and pass it with bundle (fetch: none).'
      );
    }
    const text = JSON.stringify(res.data);
    if (text.length > MAX_BODY)
      throw new FetchError(
        `the attestations response from ${where} is larger than 32 MiB`,
        'Pass the bundle as a file instead.'
      );
    pages.push({ url: where, text });
    const count = Array.isArray((res.data as { attestations?: unknown[] }).attestations)
      ? (res.data as { attestations: unknown[] }).attestations.length
      : 0;
    const link = String((res.headers as Record<string, unknown>).link ?? '');
    if (count < 100 || !/rel="next"/.test(link)) break;
  }
  return pages;
}
