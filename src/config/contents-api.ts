/** `GET /repos/{owner}/{repo}/contents/{path}?ref=` for one file, through the hub's REST client. */
import { readBody } from '../core/bounded-body.js';
import { parseStrictJson } from '../core/strict-json.js';
import { ConfigError } from './errors.js';

export interface ContentsClientOptions {
  apiUrl: string;
  token?: string;
  /** Whole-call deadline in ms. */
  deadlineMs?: number;
  retries?: number;
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
  const url = `${options.apiUrl.replace(/\/+$/, '')}/repos/${owner}/${repo}/contents/${path
    .split('/')
    .map(encodeURIComponent)
    .join('/')}?ref=${ref}`;
  const what = `GET /repos/${owner}/${repo}/contents/${path}?ref=${ref}`;
  const deadline = AbortSignal.timeout(options.deadlineMs ?? 30_000);
  const retries = options.retries ?? 3;
  let last = '';
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(200 * 2 ** attempt, 2000)));
    if (deadline.aborted) break;
    let res: Response;
    try {
      res = await fetch(url, {
        signal: deadline,
        redirect: 'error',
        headers: {
          accept: 'application/vnd.github+json',
          'x-github-api-version': '2022-11-28',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {})
        }
      });
    } catch (err) {
      last = deadline.aborted ? 'no answer before the deadline' : (err as Error).message;
      continue;
    }
    const body = await readBody(res.body, 2 * 1024 * 1024).catch((e: Error) => {
      last = e.message;
      return undefined;
    });
    if (body === undefined) continue;
    if (res.status >= 500) {
      last = `HTTP ${res.status}`;
      continue;
    }
    if (res.status !== 200) {
      let message = '';
      try {
        message = String(
          (parseStrictJson(body.toString('utf8'), what) as { message?: unknown }).message ?? ''
        );
      } catch {
        /* not JSON: keep the status */
      }
      const hint =
        res.status === 404
          ? 'The overlay does not exist at that commit, or the token cannot read that repository (give the job a token with contents: read on it).'
          : res.status === 401 || res.status === 403
            ? 'The token was refused or rate-limited; give the job a token with contents: read on the overlay repository.'
            : 'Check the extends reference.';
      throw new ConfigError(
        `${what}: HTTP ${res.status}${message ? ` (${message.slice(0, 200)})` : ''}`,
        undefined,
        hint
      );
    }
    const doc = parseStrictJson(body.toString('utf8'), what) as Record<string, unknown>;
    if (doc.type !== 'file' || doc.encoding !== 'base64' || typeof doc.content !== 'string') {
      throw new ConfigError(
        `${what}: not a file (type ${String(doc.type)})`,
        undefined,
        'extends must name a file.'
      );
    }
    return {
      bytes: Buffer.from(doc.content, 'base64'),
      sha: typeof doc.sha === 'string' ? doc.sha : undefined
    };
  }
  throw new ConfigError(
    `${what}: the overlay could not be fetched (${last}); the gates do not fall back to the hub's defaults`,
    undefined,
    'Re-run the job; if it persists, check the GitHub API status or the network.'
  );
}
