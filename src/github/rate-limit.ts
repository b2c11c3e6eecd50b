/**
 * GitHub's two rate limits, read from a 403/429 answer (docs.github.com, "Rate limits for the
 * REST API"): the primary limit (`x-ratelimit-remaining: 0`, wait until `x-ratelimit-reset`) and
 * the secondary limit (`retry-after`, or a message saying so; without a header, wait a minute).
 */
import { retryAfterMs } from '../net/retry-after.js';

export type RateLimit =
  | { kind: 'rate-limit'; resetAt?: Date; waitMs?: number; limit?: string }
  | { kind: 'secondary-rate-limit'; waitMs: number; retryAfterS?: number };

/** Seconds GitHub says to wait on a secondary limit that names no `retry-after`. */
export const SECONDARY_DEFAULT_WAIT_MS = 60_000;

export function rateLimitOf(
  status: number,
  headers: Headers,
  githubMessage: string | undefined,
  now = Date.now()
): RateLimit | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const after = retryAfterMs(headers.get('retry-after'), now);
  if (headers.get('x-ratelimit-remaining') === '0' && after === undefined) {
    const reset = Number(headers.get('x-ratelimit-reset'));
    const resetAt = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined;
    return {
      kind: 'rate-limit',
      resetAt,
      // One second past the reset: GitHub's clock and ours are not the same clock.
      waitMs: resetAt ? Math.max(0, resetAt.getTime() - now) + 1000 : undefined,
      limit: headers.get('x-ratelimit-limit') ?? undefined
    };
  }
  if (after !== undefined) {
    return { kind: 'secondary-rate-limit', waitMs: after, retryAfterS: Math.ceil(after / 1000) };
  }
  if (status === 429 || /secondary rate limit|abuse/i.test(githubMessage ?? '')) {
    return { kind: 'secondary-rate-limit', waitMs: SECONDARY_DEFAULT_WAIT_MS };
  }
  return undefined;
}
