/**
 * The one rule for where a credential may go, shared by every HTTP client that holds one (the
 * GitHub REST client, the OCI registry client, artifact downloads):
 *
 * - A credential belongs to one origin (scheme, host, port). It is attached only to requests to
 *   that origin, never sent over plain HTTP except to a loopback host.
 * - A redirect is followed by hand (`redirect: 'manual'`). To the same origin it keeps the
 *   credential; to another origin it is either refused (API answers must come from the API) or
 *   followed WITHOUT the credential (pre-signed downloads, digest-checked blobs on a CDN). Once a
 *   chain of redirects has left the origin the credential is never re-attached, even if the
 *   chain comes back. A redirect from HTTPS to plain HTTP is always refused.
 * - A `Link: rel="next"` page on another origin is refused: a page that is not the API's answer
 *   is not followed at all, with or without the credential.
 */

export class CrossOriginError extends Error {
  override name = 'CrossOriginError';
  constructor(
    message: string,
    readonly kind: 'redirect' | 'link' | 'downgrade' | 'plain-http',
    readonly target: string
  ) {
    super(message);
  }
}

/** `what: ` before a message, or nothing. */
function at(what: string | undefined): string {
  return what ? `${what}: ` : '';
}

/** `scheme://host[:port]` of a URL (default ports dropped, host lower-cased). */
export function originOf(url: string | URL): string {
  return (typeof url === 'string' ? new URL(url) : url).origin;
}

export function isSameOrigin(a: string | URL, b: string | URL): boolean {
  return originOf(a) === originOf(b);
}

/** 127.0.0.1 (and 127/8), ::1 or localhost: the hosts plain HTTP may carry a credential to. */
export function isLoopbackHostname(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** Throws unless a credential may travel to `url` at all (HTTPS, or HTTP to loopback). */
export function assertCredentialTransport(url: string | URL, what: string): void {
  const u = typeof url === 'string' ? new URL(url) : url;
  if (u.protocol === 'https:') return;
  if (u.protocol === 'http:' && isLoopbackHostname(u.hostname)) return;
  throw new CrossOriginError(
    `${at(what)}refusing to send credentials to ${u.origin} (plain HTTP to a non-loopback host)`,
    'plain-http',
    u.origin
  );
}

/** May a request to `url` carry the credential that belongs to `credentialOrigin`? */
export function mayCarryCredential(url: string | URL, credentialOrigin: string): boolean {
  return originOf(url) === originOf(credentialOrigin);
}

/** The state of one request as it follows redirects. */
export interface Hop {
  url: URL;
  /** Whether this hop carries the credential. */
  withCredential: boolean;
}

export type CrossOriginRedirect = 'refuse' | 'drop-credential';

/**
 * The next hop of a redirect from `from` to `location`. `policy` says what a redirect to another
 * origin does: `refuse` throws CrossOriginError, `drop-credential` follows it without the
 * credential (and never attaches it again on this chain).
 */
export function redirectHop(
  from: Hop,
  location: string,
  credentialOrigin: string,
  policy: CrossOriginRedirect,
  what?: string
): Hop {
  let url: URL;
  try {
    url = new URL(location, from.url);
  } catch {
    throw new CrossOriginError(
      `${at(what)}redirect to '${location.slice(0, 200)}' is not a URL`,
      'redirect',
      location
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CrossOriginError(
      `${at(what)}redirect to a ${url.protocol} URL refused`,
      'redirect',
      url.origin
    );
  }
  if (
    from.url.protocol === 'https:' &&
    url.protocol === 'http:' &&
    !isLoopbackHostname(url.hostname)
  ) {
    throw new CrossOriginError(
      `${at(what)}redirect from HTTPS to plain HTTP (${url.origin}) refused`,
      'downgrade',
      url.origin
    );
  }
  const same = mayCarryCredential(url, credentialOrigin);
  if (!same && policy === 'refuse') {
    throw new CrossOriginError(
      `${at(what)}redirect to another origin (${url.origin}, not ${originOf(credentialOrigin)}) refused; the credential stays with ${originOf(credentialOrigin)}`,
      'redirect',
      url.origin
    );
  }
  return { url, withCredential: from.withCredential && same };
}

/** The `rel="next"` target of a Link header (RFC 8288), resolved against the request URL. */
export function nextLink(
  header: string | null | undefined,
  requestUrl: string
): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const m = /^\s*<([^>]*)>\s*(.*)$/s.exec(part);
    const rel = m && /(?:^|;)\s*rel\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(m[2]);
    const rels = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
    if (!m || !rels.includes('next')) continue;
    try {
      return new URL(m[1], requestUrl).toString();
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The next page of a paginated listing, or undefined at the end. A next page on another origin
 * than the credential's is refused (CrossOriginError), never fetched.
 */
export function nextPage(
  header: string | null | undefined,
  requestUrl: string,
  credentialOrigin: string,
  what?: string
): string | undefined {
  const next = nextLink(header, requestUrl);
  if (next === undefined) return undefined;
  if (!mayCarryCredential(next, credentialOrigin)) {
    throw new CrossOriginError(
      `${at(what)}Link rel="next" points to another origin (${originOf(next)}, not ${originOf(credentialOrigin)}); refusing to follow it`,
      'link',
      originOf(next)
    );
  }
  return next;
}
