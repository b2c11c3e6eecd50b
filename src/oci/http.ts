/**
 * One HTTP exchange with a deadline, a byte cap, manual redirects and retries of 429/5xx with
 * backoff (honouring Retry-After) — the registry client's transport.
 */
import { BodyTooLargeError, readBody } from '../core/bounded-body.js';

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: Uint8Array;
  url: string;
}

export class TransportError extends Error {
  constructor(
    message: string,
    readonly kind: 'timeout' | 'network' | 'too-large' | 'status'
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

export interface ExchangeOptions {
  method?: 'GET' | 'HEAD' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  /** A request body (pushes). */
  body?: Uint8Array;
  maxBytes: number;
  /** Absolute time (ms since epoch) after which the exchange is abandoned. */
  deadline: number;
  /** What the request is for, in messages (`GET /v2/x/manifests/y`). */
  label: string;
}

async function readCapped(res: Response, maxBytes: number, label: string): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new TransportError(
      `${label}: the response is ${declared} bytes, more than the limit of ${maxBytes}`,
      'too-large'
    );
  }
  try {
    return new Uint8Array(await readBody(res.body, maxBytes));
  } catch (err) {
    if (err instanceof BodyTooLargeError) {
      throw new TransportError(
        `${label}: the response exceeds the limit of ${maxBytes} bytes`,
        'too-large'
      );
    }
    throw err;
  }
}

/** One request, no retry. Throws TransportError on timeout, network failure or oversize. */
export async function exchange(url: string, o: ExchangeOptions): Promise<HttpResponse> {
  const remaining = o.deadline - Date.now();
  if (remaining <= 0)
    throw new TransportError(`${o.label}: out of time (timeout-seconds)`, 'timeout');
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), remaining);
  try {
    const res = await fetch(url, {
      method: o.method ?? 'GET',
      headers: o.headers,
      body: o.body,
      redirect: 'manual',
      signal: ac.signal
    });
    const body = await readCapped(res, o.maxBytes, o.label);
    return { status: res.status, headers: res.headers, body, url };
  } catch (err) {
    if (err instanceof TransportError) throw err;
    if (ac.signal.aborted) {
      throw new TransportError(
        `${o.label}: no complete answer within the time left (timeout-seconds)`,
        'timeout'
      );
    }
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new TransportError(
      `${o.label}: ${cause?.code ?? ''} ${cause?.message ?? (err as Error).message}`.trim(),
      'network'
    );
  } finally {
    clearTimeout(timer);
  }
}

/** Seconds (or an HTTP date) from Retry-After, as milliseconds (one parser, src/net). */
export { retryAfterMs } from '../net/retry-after.js';

export function isRetryable(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

export const MAX_ATTEMPTS = 5;

/** The wait before attempt `n` (1-based retry count): 200 ms doubling, or Retry-After. */
export function backoffMs(retry: number, retryAfter?: number): number {
  if (retryAfter !== undefined) return retryAfter;
  return Math.min(200 * 2 ** (retry - 1), 5000);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
