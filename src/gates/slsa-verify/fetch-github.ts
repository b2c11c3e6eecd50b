/**
 * `fetch: github`: the attestations GitHub stores for a digest
 * (`GET /repos/{owner}/{repo}/attestations/{subject_digest}`), through the one GitHub client
 * (src/github: retries, rate limits, deadlines, bounded strict JSON, the token only to the API's
 * origin, `Link: rel="next"` pages on that origin only).
 */
import { createGitHubClient, expandPath } from '../../github/client.js';
import { GitHubApiError } from '../../github/errors.js';
import { paginate } from '../../github/paginate.js';
import { CrossOriginError } from '../../net/credential-origin.js';
import { FetchError } from './fetch-errors.js';

export interface FetchOptions {
  apiUrl: string;
  token?: string;
  owner: string;
  repo: string;
  /** `sha256:<hex>` */
  digest: string;
  /** One request, its retries and rate-limit waits included. */
  timeoutMs: number;
  log(message: string): void;
  /** Base delay between retries (doubling). */
  retryBaseMs?: number;
}

export const MAX_PAGES = 10;
export const MAX_BODY = 32 * 1024 * 1024;
const RETRIES = 2;

function failure(err: unknown, o: FetchOptions, where: string): FetchError {
  if (err instanceof CrossOriginError) return new FetchError(err.message, 'Check GITHUB_API_URL.');
  if (!(err instanceof GitHubApiError)) throw err;
  const said = err.githubMessage ? `: ${err.githubMessage}` : '';
  const retry =
    'Retry later, raise timeout, or download the bundle and pass it with bundle (fetch: none).';
  switch (err.kind) {
    case 'timeout':
      return new FetchError(
        `GitHub attestations API did not answer within ${err.timeoutMs ?? o.timeoutMs} ms (${where})`,
        retry
      );
    case 'rate-limit':
    case 'secondary-rate-limit':
      return new FetchError(
        `${err.message} (${where})`,
        'Re-run after the reset, or use a token with a higher limit (a GitHub App token or the job GITHUB_TOKEN).'
      );
    case 'too-large':
      return new FetchError(
        `the attestations response from ${where} is larger than ${MAX_BODY / 1024 / 1024} MiB`,
        'Pass the bundle as a file instead.'
      );
    case 'bad-json':
      return new FetchError(
        `the attestations response from ${where} is not a JSON document: ${err.message}`,
        'Check GITHUB_API_URL points at a GitHub REST API.'
      );
    case 'cross-origin':
    case 'redirect':
      return new FetchError(
        `${err.message} (${where})`,
        'The token is only ever sent to GITHUB_API_URL; check GITHUB_API_URL.'
      );
    case 'network':
      return new FetchError(
        `GitHub attestations API failed (${where}) after retries: ${err.cause}`,
        retry
      );
    case 'status':
      break;
  }
  if (err.status === 404) {
    return new FetchError(
      `GitHub has no attestation for ${o.digest} in ${o.owner}/${o.repo} (404 from ${where})`,
      'Check source-uri and the artifact; the repository must have run actions/attest-build-provenance for it.'
    );
  }
  if (err.status === 401 || err.status === 403) {
    return new FetchError(
      `GitHub refused the attestations request (${err.status} from ${where})${said}`,
      "Give a token that can read the repository (github-token, or GITHUB_TOKEN with 'attestations: read')."
    );
  }
  return new FetchError(
    `GitHub attestations API failed with ${err.status} (${where}) after retries${said}`,
    retry
  );
}

/** Returns the response document(s) as text, one JSON document per page. */
export async function fetchAttestations(o: FetchOptions): Promise<{ url: string; text: string }[]> {
  const path = expandPath('/repos/{owner}/{repo}/attestations/{subject_digest}', {
    owner: o.owner,
    repo: o.repo,
    subject_digest: o.digest
  });
  const where = `${o.apiUrl.replace(/\/+$/, '')}/repos/${o.owner}/${o.repo}/attestations/${o.digest}`;
  const pages: { url: string; text: string }[] = [];
  try {
    const client = createGitHubClient({
      apiUrl: o.apiUrl,
      token: o.token,
      userAgent: 'ci-intel-hub slsa-verify',
      timeoutMs: o.timeoutMs,
      deadline: Date.now() + MAX_PAGES * o.timeoutMs,
      retries: RETRIES,
      retryBaseMs: o.retryBaseMs ?? 500,
      maxRateLimitWaitMs: 60_000,
      log: o.log
    });
    for await (const page of paginate(client, path, {
      query: { per_page: 100 },
      maxPages: MAX_PAGES,
      maxBytes: MAX_BODY
    })) {
      pages.push({ url: where, text: page.text });
      if (page.hasNext && page.number === MAX_PAGES)
        o.log(
          `attestations for ${o.digest}: more than ${MAX_PAGES} pages; reading the first ${MAX_PAGES}`
        );
    }
  } catch (err) {
    throw failure(err, o, where);
  }
  return pages;
}
