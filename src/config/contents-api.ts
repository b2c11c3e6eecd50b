/** `GET /repos/{owner}/{repo}/contents/{path}?ref=` for one file, through the hub's one GitHub client. */
import { GitHubClient } from '../github/client.js';
import { GitHubApiError } from '../github/errors.js';
import { ConfigError } from './errors.js';

export interface ContentsClientOptions {
  apiUrl: string;
  token?: string;
  /** Whole-call deadline in ms. */
  deadlineMs?: number;
  retries?: number;
  /** First retry delay (tests shorten it). */
  retryBaseMs?: number;
  log?: (message: string) => void;
}

export interface ContentsFile {
  bytes: Buffer;
  sha?: string;
}

export async function getContents(
  owner: string,
  repo: string,
  path: string,
  ref: string,
  options: ContentsClientOptions
): Promise<ContentsFile> {
  const deadlineMs = options.deadlineMs ?? 30_000;
  const client = new GitHubClient({
    token: options.token,
    apiUrl: options.apiUrl,
    timeoutMs: deadlineMs,
    deadline: Date.now() + deadlineMs,
    retries: options.retries ?? 3,
    retryBaseMs: options.retryBaseMs ?? 500,
    log: options.log ?? (() => undefined)
  });
  const route = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/contents/${path
    .split('/')
    .map(encodeURIComponent)
    .join('/')}`;
  let doc: Record<string, unknown>;
  try {
    doc = (await client.request(route, { query: { ref }, maxBytes: 2 * 1024 * 1024 }))
      .data as Record<string, unknown>;
  } catch (err) {
    if (!(err instanceof GitHubApiError)) throw err;
    const hint =
      err.status === 404
        ? 'The overlay does not exist at that commit, or the token cannot read that repository (give the job a token with contents: read on it).'
        : err.status === 401 || err.status === 403
          ? 'The token was refused or rate-limited; give the job a token with contents: read on the overlay repository.'
          : 'Re-run the job; if it persists, check the GitHub API status or the network.';
    throw new ConfigError(
      `the organisation overlay could not be fetched: ${err.message}; the gates do not fall back to the hub's defaults`,
      undefined,
      hint
    );
  }
  if (doc?.type !== 'file' || doc.encoding !== 'base64' || typeof doc.content !== 'string') {
    throw new ConfigError(
      `GET ${route}?ref=${ref}: not a file (type ${String(doc?.type)})`,
      undefined,
      'extends must name a file.'
    );
  }
  return {
    bytes: Buffer.from(doc.content, 'base64'),
    sha: typeof doc.sha === 'string' ? doc.sha : undefined
  };
}
