/** What a GitHub REST request that failed went through, for the caller to word its finding. */

export type GitHubErrorKind =
  /** GitHub answered a status the caller did not want (4xx, or 5xx after the retries). */
  | 'status'
  /** Primary rate limit exhausted (`x-ratelimit-remaining: 0`), reset too far away. */
  | 'rate-limit'
  /** Secondary rate limit (`retry-after`), wait too long. */
  | 'secondary-rate-limit'
  /** No complete answer before the request's timeout or the overall deadline. */
  | 'timeout'
  /** Connection refused, reset, DNS failure… after the retries. */
  | 'network'
  /** The body is larger than the caller's bound. */
  | 'too-large'
  /** The body is not JSON, not UTF-8, or has duplicate keys. */
  | 'bad-json'
  /** A redirect or a Link page to another origin (refused), or a redirect loop. */
  | 'cross-origin'
  | 'redirect';

export interface GitHubErrorDetail {
  kind: GitHubErrorKind;
  /** `GET /repos/acme/widget/actions/runs`: the method and path, never a token. */
  endpoint: string;
  status?: number;
  /** GitHub's `message` (with ` - documentation_url`), or the start of a non-JSON body. */
  githubMessage?: string;
  /** Primary rate limit: when it resets; `x-ratelimit-limit`. */
  resetAt?: Date;
  limit?: string;
  /** Secondary rate limit: the wait GitHub asked for. */
  retryAfterS?: number;
  /** Retries spent on this request (5xx and network errors). */
  retries: number;
  /** The origin that failed when it is not the API (blob storage after a redirect). */
  foreignOrigin?: string;
  /** Timeout: the bound that ran out. */
  timeoutMs?: number;
  overallDeadline?: boolean;
  /** Network: the innermost cause (`ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9`). */
  cause?: string;
}

export class GitHubApiError extends Error implements GitHubErrorDetail {
  override name = 'GitHubApiError';
  readonly kind: GitHubErrorKind;
  readonly endpoint: string;
  readonly status?: number;
  readonly githubMessage?: string;
  readonly resetAt?: Date;
  readonly limit?: string;
  readonly retryAfterS?: number;
  readonly retries: number;
  readonly foreignOrigin?: string;
  readonly timeoutMs?: number;
  readonly overallDeadline?: boolean;
  override readonly cause?: string;

  constructor(message: string, d: GitHubErrorDetail) {
    super(`${d.endpoint}: ${message}`);
    this.kind = d.kind;
    this.endpoint = d.endpoint;
    this.status = d.status;
    this.githubMessage = d.githubMessage;
    this.resetAt = d.resetAt;
    this.limit = d.limit;
    this.retryAfterS = d.retryAfterS;
    this.retries = d.retries;
    this.foreignOrigin = d.foreignOrigin;
    this.timeoutMs = d.timeoutMs;
    this.overallDeadline = d.overallDeadline;
    this.cause = d.cause;
  }
}

/** The innermost cause of a fetch failure: `ECONNREFUSED: connect ECONNREFUSED …`, not `fetch failed`. */
export function rootCause(err: unknown): string {
  let cur = err as { message?: string; cause?: unknown; code?: string } | undefined;
  for (let i = 0; i < 5 && cur?.cause && typeof cur.cause === 'object'; i++)
    cur = cur.cause as typeof cur;
  const message = cur?.message || String(err);
  return cur?.code && !message.includes(cur.code) ? `${cur.code}: ${message}` : message;
}
