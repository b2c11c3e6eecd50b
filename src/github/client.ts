/**
 * The one GitHub REST client: global fetch, nothing else loaded. Base URL from GITHUB_API_URL
 * (GitHub Enterprise Server), the token only to that origin (src/net/credential-origin.ts),
 * retries with backoff on 5xx and network errors (bounded), the primary and secondary rate limits
 * waited out only when they lift within the time left, a timeout per request (its retries and
 * waits included) and an overall deadline, bounded bodies, strict JSON (duplicate keys refused),
 * redirects followed by hand. Writes (POST/PUT/PATCH/DELETE with a JSON body) for the actions
 * that open pull requests or change settings: a POST is never repeated after GitHub may have
 * acted on it. Every failure is a GitHubApiError naming the endpoint, the status and GitHub's
 * message — never the token.
 */
import { BodyTooLargeError, readBody } from '../core/bounded-body.js';
import { formatDuration } from '../core/duration.js';
import { JsonDocumentError, parseStrictJson } from '../core/strict-json.js';
import {
  assertCredentialTransport,
  CrossOriginError,
  originOf,
  redirectHop,
  type CrossOriginRedirect,
  type Hop
} from '../net/credential-origin.js';
import { retryAfterMs } from '../net/retry-after.js';
import { GitHubApiError, rootCause, type GitHubErrorDetail } from './errors.js';
import { rateLimitOf } from './rate-limit.js';

export const DEFAULT_API_URL = 'https://api.github.com';
/** Largest JSON answer read unless the call says otherwise. */
export const DEFAULT_MAX_JSON_BYTES = 16 * 1024 * 1024;
const MAX_REDIRECTS = 5;
/** The most of a non-2xx body read (for GitHub's message). */
const ERROR_BODY_BYTES = 64 * 1024;

export interface GitHubClientOptions {
  /** Sent as `Authorization: token …`, and only to the API's origin. */
  token?: string;
  /** The API root (GITHUB_API_URL); default https://api.github.com. */
  apiUrl?: string;
  userAgent?: string;
  /** One request may take this long, its retries and rate-limit waits included. */
  timeoutMs: number;
  /** Absolute time (ms since epoch) after which no request is started or waited for. */
  deadline?: number;
  /** Retries of a 5xx answer or a network error. */
  retries: number;
  /** First retry delay; it doubles each retry (capped at 30 s). Default 1 s. */
  retryBaseMs?: number;
  /** A rate limit is waited for (once per request) only if it lifts within this. Default 60 s. */
  maxRateLimitWaitMs?: number;
  log(message: string): void;
  /** Clock, for tests of waits. */
  now?: () => number;
}

export interface GitHubResponse<T = unknown> {
  status: number;
  headers: Headers;
  /** The URL that answered (after same-origin redirects). */
  url: string;
  data: T;
  /** The body as text (JSON answers). */
  text: string;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  maxBytes?: number;
  accept?: string;
  /** Default GET. */
  method?: Method;
  /** A JSON body (writes), serialised here. */
  body?: unknown;
  /** Non-2xx statuses answered to the caller (e.g. 422 "already exists") instead of thrown. */
  allowStatus?: number[];
  /**
   * The POST creates content-addressed objects (Git Data API blobs, trees, commits), so repeating
   * it after a 5xx does no harm: retry it like a GET.
   */
  idempotent?: boolean;
}

/** `/repos/{owner}/{repo}` with each parameter percent-encoded into its segment. */
export function expandPath(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{([a-z_]+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`expandPath: no value for {${name}} in ${template}`);
    return encodeURIComponent(String(v));
  });
}

/** `300 ms` below a second, `1m 30s` above. */
function span(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : formatDuration(ms);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** GitHub's `message` (and ` - documentation_url`), or the start of a body that is not JSON. */
function messageOf(text: string): string | undefined {
  try {
    const doc = JSON.parse(text) as { message?: unknown; documentation_url?: unknown };
    if (doc && typeof doc.message === 'string') {
      const docs = typeof doc.documentation_url === 'string' ? ` - ${doc.documentation_url}` : '';
      return (doc.message + docs).replace(/[^\x20-\x7e]/g, '?').slice(0, 300);
    }
  } catch {
    // not JSON: quote the start of it below
  }
  const start = text
    .slice(0, 120)
    .replace(/[^\x20-\x7e]+/g, ' ')
    .trim();
  return start || undefined;
}

interface Exchange {
  hop: Hop;
  status: number;
  headers: Headers;
  body: Buffer;
}

export class GitHubClient {
  readonly apiUrl: string;
  readonly origin: string;
  private readonly o: GitHubClientOptions;
  private readonly now: () => number;

  constructor(o: GitHubClientOptions) {
    this.o = o;
    this.now = o.now ?? Date.now;
    this.apiUrl = (o.apiUrl || DEFAULT_API_URL).replace(/\/+$/, '');
    let base: URL;
    try {
      base = new URL(this.apiUrl);
    } catch {
      throw new CrossOriginError(
        `GITHUB_API_URL '${this.apiUrl}' is not a URL`,
        'plain-http',
        this.apiUrl
      );
    }
    this.origin = base.origin;
    if (o.token) assertCredentialTransport(base, `GitHub API at ${this.origin}`);
  }

  /** Mask the token in anything a server said (a hostile server may echo it back). */
  private scrub(text: string | undefined): string | undefined {
    const t = this.o.token;
    return t && text ? text.split(t).join('***') : text;
  }

  private url(path: string, query?: RequestOptions['query']): URL {
    const u = new URL(path.startsWith('/') ? this.apiUrl + path : path);
    for (const [k, v] of Object.entries(query ?? {}))
      if (v !== undefined) u.searchParams.set(k, String(v));
    return u;
  }

  private headers(hop: Hop, accept: string): Record<string, string> {
    const h: Record<string, string> = {
      Accept: accept,
      'User-Agent': this.o.userAgent ?? 'ci-intel-hub',
      'X-GitHub-Api-Version': '2022-11-28'
    };
    if (hop.withCredential && this.o.token) h.Authorization = `token ${this.o.token}`;
    return h;
  }

  /**
   * One request with its retries, rate-limit waits and redirects, under one deadline. Answers
   * 2xx (and, with `allowStatus`, other statuses the caller reads itself); throws otherwise.
   */
  private async exchange(
    start: URL,
    endpoint: string,
    o: {
      accept: string;
      maxBytes: number;
      redirects: CrossOriginRedirect;
      method?: Method;
      /** JSON body of a write. */
      body?: string;
      allowStatus?: number[];
      idempotent?: boolean;
    }
  ): Promise<Exchange> {
    const method = o.method ?? 'GET';
    // A POST is not repeated after GitHub may have acted on it (a second pull request…); PUT,
    // PATCH and DELETE are idempotent and are retried like a GET.
    const mayRetry = method !== 'POST' || o.idempotent === true;
    const t0 = this.now();
    const perRequest = t0 + this.o.timeoutMs;
    const overall = this.o.deadline ?? Infinity;
    const deadline = Math.min(perRequest, overall);
    const isOverall = overall < perRequest;
    const retryBase = this.o.retryBaseMs ?? 1000;
    const maxWait = this.o.maxRateLimitWaitMs ?? 60_000;
    let hop: Hop = { url: start, withCredential: true };
    let retries = 0;
    let waited = 0;
    let redirects = 0;
    const detail = (d: Partial<GitHubErrorDetail>): GitHubErrorDetail => ({
      kind: 'status',
      endpoint,
      retries,
      ...(hop.url.origin !== this.origin ? { foreignOrigin: hop.url.origin } : {}),
      ...d
    });
    const timeout = (): GitHubApiError => {
      const ms = isOverall ? overall - t0 : this.o.timeoutMs;
      return new GitHubApiError(
        `no complete answer from ${hop.url.origin} within ${span(ms)}${isOverall ? ' (the overall deadline)' : ''}`,
        detail({ kind: 'timeout', timeoutMs: ms, overallDeadline: isOverall })
      );
    };
    /** Wait before another attempt if it fits the deadline; false when it does not. */
    const waitFits = async (ms: number): Promise<boolean> => {
      if (this.now() + ms >= deadline) return false;
      await sleep(ms);
      return true;
    };
    for (;;) {
      const left = deadline - this.now();
      if (left <= 0) throw timeout();
      const signal = AbortSignal.timeout(left);
      let res: Response;
      let body: Buffer;
      try {
        res = await fetch(hop.url, {
          method,
          headers: {
            ...this.headers(hop, o.accept),
            ...(o.body !== undefined ? { 'Content-Type': 'application/json; charset=utf-8' } : {})
          },
          body: o.body,
          redirect: 'manual',
          signal
        });
        const ok = res.status >= 200 && res.status < 300;
        const declared = Number(res.headers.get('content-length') ?? NaN);
        if (ok && declared > o.maxBytes) {
          await res.body?.cancel().catch(() => undefined);
          throw new BodyTooLargeError(`the answer is ${declared} bytes`);
        }
        // An error or redirect body only feeds a message: its start is enough.
        body = ok
          ? await readBody(res.body, o.maxBytes)
          : await readBody(res.body, ERROR_BODY_BYTES).catch((e: unknown) => {
              if (e instanceof BodyTooLargeError) return Buffer.alloc(0);
              throw e;
            });
      } catch (err) {
        if (err instanceof BodyTooLargeError) {
          throw new GitHubApiError(
            `the answer from ${hop.url.origin} is larger than the limit of ${o.maxBytes} bytes`,
            detail({ kind: 'too-large' })
          );
        }
        if (signal.aborted) throw timeout();
        const cause = rootCause(err);
        if (mayRetry && retries < this.o.retries) {
          const wait = Math.min(retryBase * 2 ** retries, 30_000);
          this.o.log(`${endpoint}: ${cause}; retry ${retries + 1} in ${span(wait)}`);
          retries++;
          if (await waitFits(wait)) continue;
          throw new GitHubApiError(
            `${hop.url.origin} could not be reached (${cause}); the next retry would pass the deadline`,
            detail({ kind: 'network', cause })
          );
        }
        throw new GitHubApiError(
          `${hop.url.origin} could not be reached (${cause})${retries ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : ''}`,
          detail({ kind: 'network', cause })
        );
      }
      const status = res.status;
      if (status >= 300 && status < 400 && status !== 304) {
        const location = res.headers.get('location');
        if (!location) {
          throw new GitHubApiError(
            `${status} redirect without a Location`,
            detail({ kind: 'redirect', status })
          );
        }
        if (method !== 'GET' && status !== 307 && status !== 308) {
          // 301/302/303 would turn a write into a GET elsewhere: never silently.
          throw new GitHubApiError(
            `${status} redirect of a ${method} (only 307/308 repeat a write)`,
            detail({ kind: 'redirect', status })
          );
        }
        if (++redirects > MAX_REDIRECTS) {
          throw new GitHubApiError(
            `more than ${MAX_REDIRECTS} redirects`,
            detail({ kind: 'redirect', status })
          );
        }
        try {
          hop = redirectHop(hop, location, this.origin, o.redirects);
        } catch (err) {
          if (err instanceof CrossOriginError)
            throw new GitHubApiError(err.message, detail({ kind: 'cross-origin', status }));
          throw err;
        }
        continue;
      }
      if ((status >= 200 && status < 300) || o.allowStatus?.includes(status))
        return { hop, status, headers: res.headers, body };
      const text = body.toString('utf8');
      const githubMessage = this.scrub(messageOf(text));
      const limit = hop.withCredential
        ? rateLimitOf(status, res.headers, githubMessage, this.now())
        : undefined;
      if (limit) {
        const wait = limit.waitMs;
        const fits = wait !== undefined && wait <= maxWait && this.now() + wait < deadline;
        if (waited === 0 && fits) {
          waited++;
          this.o.log(
            `${endpoint}: GitHub API ${limit.kind === 'rate-limit' ? 'rate limit hit' : 'secondary rate limit'} (${status}); waiting ${span(wait)}`
          );
          await sleep(wait);
          continue;
        }
        if (limit.kind === 'rate-limit') {
          throw new GitHubApiError(
            `GitHub API rate limit exhausted (${status}${limit.limit ? `, x-ratelimit-limit ${limit.limit}` : ''}); ${
              limit.resetAt
                ? `it resets at ${limit.resetAt.toISOString().replace(/\.\d{3}Z$/, 'Z')}`
                : 'the answer does not say when it resets'
            }`,
            detail({
              kind: 'rate-limit',
              status,
              githubMessage,
              resetAt: limit.resetAt,
              limit: limit.limit
            })
          );
        }
        throw new GitHubApiError(
          `GitHub API secondary rate limit (${status})${limit.retryAfterS !== undefined ? `; retry after ${limit.retryAfterS} s` : ''}`,
          detail({
            kind: 'secondary-rate-limit',
            status,
            githubMessage,
            retryAfterS: limit.retryAfterS
          })
        );
      }
      if (status >= 500 && mayRetry && retries < this.o.retries) {
        const asked = retryAfterMs(res.headers.get('retry-after'), this.now());
        const wait = asked ?? Math.min(retryBase * 2 ** retries, 30_000);
        this.o.log(`${endpoint}: ${status}; retry ${retries + 1} in ${span(wait)}`);
        retries++;
        if (await waitFits(wait)) continue;
        throw new GitHubApiError(
          `answered ${status}${githubMessage ? ` (${githubMessage})` : ''}; the next retry would pass the deadline`,
          detail({ kind: 'status', status, githubMessage })
        );
      }
      throw new GitHubApiError(
        `${hop.url.origin === this.origin ? 'GitHub' : hop.url.origin} answered ${status}${githubMessage ? ` (${githubMessage})` : ''}${
          status >= 500 && retries ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : ''
        }`,
        detail({ kind: 'status', status, githubMessage })
      );
    }
  }

  /** `GET /repos/…` relative to the API root (GHES: without /api/v3); another origin in full. */
  private endpoint(u: URL, method: Method = 'GET'): string {
    const root = new URL(this.apiUrl).pathname.replace(/\/$/, '');
    const path =
      u.origin === this.origin && u.pathname.startsWith(root)
        ? u.pathname.slice(root.length) || '/'
        : u.origin + u.pathname;
    let shown = path;
    try {
      shown = decodeURIComponent(path).replace(/[^\x21-\x7e]/g, '?');
    } catch {
      // not percent-encoded UTF-8: show it as sent
    }
    return `${method} ${shown}`;
  }

  private parse(x: Exchange, endpoint: string): GitHubResponse {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(x.body);
    } catch {
      throw new GitHubApiError('the answer is not UTF-8 text', {
        kind: 'bad-json',
        endpoint,
        status: x.status,
        retries: 0
      });
    }
    let data: unknown;
    try {
      data = parseStrictJson(text, 'the answer');
    } catch (err) {
      if (err instanceof JsonDocumentError)
        throw new GitHubApiError(err.message, {
          kind: 'bad-json',
          endpoint,
          status: x.status,
          retries: 0
        });
      throw err;
    }
    return { status: x.status, headers: x.headers, url: x.hop.url.toString(), data, text };
  }

  /**
   * One REST call answering JSON (path relative to the API root, or a URL on its origin): GET by
   * default, or a write with a JSON body. 204 / an empty body gives `data: null`.
   */
  async request(path: string, o: RequestOptions = {}): Promise<GitHubResponse> {
    const u = this.url(path, o.query);
    const endpoint = this.endpoint(u, o.method);
    if (u.origin !== this.origin) {
      throw new GitHubApiError(`${u.origin} is not the API's origin (${this.origin})`, {
        kind: 'cross-origin',
        endpoint,
        retries: 0
      });
    }
    const x = await this.exchange(u, endpoint, {
      accept: o.accept ?? 'application/vnd.github+json',
      maxBytes: o.maxBytes ?? DEFAULT_MAX_JSON_BYTES,
      redirects: 'refuse',
      method: o.method,
      body: o.body === undefined ? undefined : JSON.stringify(o.body),
      allowStatus: o.allowStatus,
      idempotent: o.idempotent
    });
    if (x.status === 204 || x.body.length === 0)
      return {
        status: x.status,
        headers: x.headers,
        url: x.hop.url.toString(),
        data: null,
        text: ''
      };
    return this.parse(x, endpoint);
  }

  /**
   * Download bytes from the API, following its redirect to storage on another origin WITHOUT
   * the token (pre-signed URLs: artifact zips, logs, archives).
   */
  async download(
    path: string,
    o: { maxBytes: number; accept?: string }
  ): Promise<{ bytes: Buffer; url: string; foreign: boolean }> {
    const u = this.url(path);
    const x = await this.exchange(u, this.endpoint(u), {
      accept: o.accept ?? '*/*',
      maxBytes: o.maxBytes,
      redirects: 'drop-credential'
    });
    return {
      bytes: x.body,
      url: originOf(x.hop.url) + x.hop.url.pathname,
      foreign: x.hop.url.origin !== this.origin
    };
  }
}

export function createGitHubClient(o: GitHubClientOptions): GitHubClient {
  return new GitHubClient(o);
}
