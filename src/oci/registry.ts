/**
 * A read-only OCI distribution client: manifests and blobs verified by digest, the referrers API
 * with `Link` pagination and `OCI-Filters-Applied`, Basic and Bearer-token auth (tokens cached per
 * scope, re-solved on `insufficient_scope`), 429/5xx retried within the deadline. Every request is
 * recorded as evidence. No redirects are followed except for blob downloads. Credentials follow
 * the one rule of src/net/credential-origin.ts: only to the registry's origin (a blob redirect
 * to a CDN goes without them, and they are not re-attached if the chain comes back), a
 * `Link` page on another origin is refused, and a token realm gets the username and password
 * only on the registry's host (src/oci/challenge.ts); elsewhere the token is asked anonymously.
 */
import { CrossOriginError, nextPage, redirectHop, type Hop } from '../net/credential-origin.js';
import { parseChallenge, realmMayReceiveCredentials, type Challenge } from './challenge.js';
import { digestOf, isDigest } from './digest.js';
import {
  backoffMs,
  exchange,
  isRetryable,
  MAX_ATTEMPTS,
  retryAfterMs,
  sleep,
  TransportError,
  type HttpResponse
} from './http.js';
import {
  ContentError,
  parseManifest,
  type Descriptor,
  type FetchedManifest,
  type Manifest
} from './manifest.js';
import {
  MANIFEST_ACCEPT,
  MAX_MANIFEST_BYTES,
  MAX_REFERRER_PAGES,
  OCI_INDEX
} from './media-types.js';
import { isLoopbackHost, type ImageReference } from './reference.js';
import type { ContentSource, ReferrersListing, RequestRecord } from './source.js';

export class RegistryError extends Error {
  constructor(
    message: string,
    readonly help?: string
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

export interface Credentials {
  username: string;
  password: string;
}

export interface RegistryOptions {
  ref: ImageReference;
  insecure: boolean;
  credentials?: Credentials;
  /** Absolute time (ms since epoch) by which everything must be done. */
  deadline: number;
  /** Called with every token obtained, so it is masked. */
  secret(value: string): void;
  log(message: string): void;
}

interface RequestOptions {
  accept?: string;
  /** Default GET; pushes are PUT of content-addressed objects (safe to repeat) or POST. */
  method?: 'GET' | 'POST' | 'PUT';
  body?: Uint8Array;
  contentType?: string;
  maxBytes: number;
  /** Follow redirects (blob downloads only), dropping credentials when the host changes. */
  followRedirects?: boolean;
}

function errorCodes(res: HttpResponse, scrub: (text: string) => string = (t) => t): string {
  try {
    const doc = JSON.parse(scrub(new TextDecoder().decode(res.body))) as {
      errors?: { code?: string; message?: string }[];
    };
    const codes = (doc.errors ?? []).map((e) => `${e.code ?? ''} ${e.message ?? ''}`.trim());
    if (codes.length) return ` (${codes.join('; ').slice(0, 200)})`;
  } catch {
    // not a JSON error body
  }
  // Scrubbed before it is cut: a credential split by the cut would escape the redactor.
  const text = scrub(new TextDecoder().decode(res.body.slice(0, 64 * 1024)))
    .slice(0, 80)
    .replace(/\s+/g, ' ')
    .trim();
  return text ? ` (${text})` : '';
}

/** The `rel="next"` target of a Link header, resolved against the request URL (one parser). */
export { nextLink } from '../net/credential-origin.js';

export class RegistryClient implements ContentSource {
  readonly requests: RequestRecord[] = [];
  readonly location: string;
  private readonly base: string;
  private readonly repo: string;
  private authorization?: string;
  private readonly tokens = new Map<string, string>();

  constructor(private readonly o: RegistryOptions) {
    if (o.insecure && !isLoopbackHost(o.ref.apiHost)) {
      throw new RegistryError(
        `insecure (plain HTTP) is allowed only for 127.0.0.1, ::1 or localhost, not ${o.ref.apiHost}`,
        'Remove insecure: true; registries elsewhere are reached over HTTPS.'
      );
    }
    this.base = `${o.insecure ? 'http' : 'https'}://${o.ref.apiHost}`;
    this.repo = o.ref.repository;
    this.location = `${o.ref.registry}/${o.ref.repository}`;
  }

  private record(method: string, url: string, status: RequestRecord['status'], t0: number): void {
    const u = new URL(url);
    const path = u.origin === this.base ? u.pathname + u.search : u.origin + u.pathname;
    this.requests.push({ method, path, status, ms: Math.round(performance.now() - t0) });
  }

  /** The server's text without any credential this client holds, in any encoding it sends. */
  private readonly scrub = (text: string): string => {
    const c = this.o.credentials;
    const held = [c?.password, this.basicHeader()?.slice('Basic '.length), ...this.tokens.values()];
    let out = text;
    for (const s of held) {
      if (!s || s.length < 4) continue;
      for (const form of new Set([s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1)]))
        out = out.split(form).join('***');
    }
    return out;
  };

  private basicHeader(): string | undefined {
    const c = this.o.credentials;
    if (!c) return undefined;
    return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
  }

  private async fetchToken(ch: Challenge, scope: string, label: string): Promise<string> {
    const realm = ch.params.realm;
    if (!realm) throw new RegistryError(`${label}: Bearer challenge without a realm`);
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new RegistryError(`${label}: Bearer challenge realm '${realm}' is not a URL`);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.host))) {
      throw new RegistryError(
        `${label}: token realm ${url.origin} is not HTTPS; refusing to use it`
      );
    }
    if (ch.params.service) url.searchParams.set('service', ch.params.service);
    if (scope) url.searchParams.set('scope', scope);
    const headers: Record<string, string> = { Accept: 'application/json' };
    const basic = this.basicHeader();
    const trusted = realmMayReceiveCredentials(url, this.o.ref.apiHost);
    if (basic && trusted) headers.Authorization = basic;
    else if (basic) {
      this.o.log(
        `${label}: token realm ${url.origin} is not on the registry's host ${this.o.ref.apiHost}; asking it for an anonymous token (the credentials stay with the registry)`
      );
    }
    const t0 = performance.now();
    let res: HttpResponse;
    try {
      res = await exchange(url.toString(), {
        headers,
        maxBytes: 1024 * 1024,
        deadline: this.o.deadline,
        label: `token request to ${url.origin}${url.pathname}`
      });
    } catch (err) {
      this.record(
        'GET',
        url.toString(),
        err instanceof TransportError && err.kind === 'timeout' ? 'timeout' : 'network-error',
        t0
      );
      throw new RegistryError((err as Error).message);
    }
    this.record('GET', url.toString(), res.status, t0);
    if (res.status === 401 || res.status === 403) {
      throw new RegistryError(
        this.o.credentials && !trusted
          ? `the token service ${url.origin}${url.pathname} refused an anonymous token (${res.status}) for scope '${scope}'; the credentials were not sent there because it is not on the registry's host ${this.o.ref.apiHost}`
          : this.o.credentials
            ? `the token service ${url.origin}${url.pathname} rejected the credentials of user '${this.o.credentials.username}' (${res.status}) for scope '${scope}'`
            : `the token service ${url.origin}${url.pathname} refused an anonymous token (${res.status}) for scope '${scope}'`,
        'Set username and password (or a token as password) that may pull this repository.'
      );
    }
    if (res.status !== 200) {
      throw new RegistryError(
        `token service ${url.origin}${url.pathname} answered ${res.status}${errorCodes(res, this.scrub)}`
      );
    }
    let token: unknown;
    try {
      const doc = JSON.parse(new TextDecoder().decode(res.body)) as Record<string, unknown>;
      token = doc.token ?? doc.access_token;
    } catch {
      throw new RegistryError(`token service ${url.origin}${url.pathname} did not answer JSON`);
    }
    if (typeof token !== 'string' || token === '') {
      throw new RegistryError(
        `token service ${url.origin}${url.pathname} answered without a token`
      );
    }
    this.o.secret(token);
    return token;
  }

  /** React to a 401: choose credentials for the challenge, or explain why there are none. */
  private async authorize(res: HttpResponse, label: string, sent?: string): Promise<void> {
    const ch = parseChallenge(res.headers.get('www-authenticate'));
    if (!ch)
      throw new RegistryError(`${label}: 401 Unauthorized without a WWW-Authenticate challenge`);
    if (ch.scheme === 'basic') {
      const basic = this.basicHeader();
      if (!basic) {
        throw new RegistryError(
          `${label}: the registry asks for credentials (Basic realm "${ch.params.realm ?? ''}") and none were given`,
          'Set username and password for the registry.'
        );
      }
      if (sent === basic) {
        throw new RegistryError(
          `${label}: the registry rejected the credentials of user '${this.o.credentials?.username}' (401)`,
          'Check username and password.'
        );
      }
      if (this.base.startsWith('http:') && !isLoopbackHost(this.o.ref.apiHost)) {
        throw new RegistryError(`${label}: refusing to send credentials over plain HTTP`);
      }
      this.authorization = basic;
      return;
    }
    if (ch.scheme !== 'bearer') {
      throw new RegistryError(`${label}: unsupported authentication scheme '${ch.scheme}'`);
    }
    const scope = ch.params.scope ?? `repository:${this.repo}:pull`;
    const cached = this.tokens.get(scope);
    if (cached && sent === `Bearer ${cached}`) {
      throw new RegistryError(
        ch.params.error === 'insufficient_scope'
          ? `${label}: the token for scope '${scope}' was refused (insufficient_scope)`
          : `${label}: the registry rejected its own token for scope '${scope}' (401${ch.params.error ? ` ${ch.params.error}` : ''})`,
        'The credentials may not pull this repository; check username/password and the repository name.'
      );
    }
    const token = cached ?? (await this.fetchToken(ch, scope, label));
    this.tokens.set(scope, token);
    this.authorization = `Bearer ${token}`;
  }

  private async request(path: string, o: RequestOptions): Promise<HttpResponse> {
    let hop: Hop = {
      url: new URL(path.startsWith('http') ? path : this.base + path),
      withCredential: true
    };
    let url = hop.url.toString();
    const method = o.method ?? 'GET';
    const label = `${method} ${hop.url.pathname}${hop.url.search}`;
    let retries = 0;
    let auths = 0;
    let redirects = 0;
    for (;;) {
      const headers: Record<string, string> = {};
      if (o.accept) headers.Accept = o.accept;
      if (o.contentType) headers['Content-Type'] = o.contentType;
      const sameOrigin = hop.withCredential;
      const sent = sameOrigin ? this.authorization : undefined;
      if (sent) headers.Authorization = sent;
      const t0 = performance.now();
      let res: HttpResponse;
      try {
        res = await exchange(url, {
          method,
          headers,
          body: o.body,
          maxBytes: o.maxBytes,
          deadline: this.o.deadline,
          label
        });
      } catch (err) {
        const kind = err instanceof TransportError ? err.kind : 'network';
        this.record(method, url, kind === 'timeout' ? 'timeout' : 'network-error', t0);
        if (
          kind === 'network' &&
          retries < 2 &&
          Date.now() + backoffMs(retries + 1) < this.o.deadline
        ) {
          retries++;
          await sleep(backoffMs(retries));
          continue;
        }
        throw new RegistryError(
          (err as Error).message,
          kind === 'timeout'
            ? 'The registry did not answer in time; raise timeout-seconds or check the registry.'
            : kind === 'too-large'
              ? 'The document is larger than any sane manifest or attestation; the registry or the artifact is wrong.'
              : 'Check the registry address (and insecure for a plain-HTTP local registry).'
        );
      }
      this.record(method, url, res.status, t0);
      if (res.status === 401 && sameOrigin) {
        if (++auths > 3)
          throw new RegistryError(`${label}: still 401 after ${auths - 1} authentications`);
        await this.authorize(res, label, sent);
        continue;
      }
      if (isRetryable(res.status)) {
        retries++;
        const wait = backoffMs(retries, retryAfterMs(res.headers.get('retry-after')));
        if (retries >= MAX_ATTEMPTS || Date.now() + wait >= this.o.deadline) {
          throw new RegistryError(
            `${label}: ${res.status}${errorCodes(res, this.scrub)} on ${retries} attempt${retries === 1 ? '' : 's'}; ${
              Date.now() + wait >= this.o.deadline
                ? `the next retry (in ${Math.round(wait / 1000)} s) would pass timeout-seconds`
                : 'giving up'
            }`,
            'The registry is overloaded or failing; this is not read as "no referrers". Retry later or raise timeout-seconds.'
          );
        }
        this.o.log(`${label}: ${res.status}, retry ${retries} in ${wait} ms`);
        await sleep(wait);
        continue;
      }
      if (
        o.followRedirects &&
        res.status >= 300 &&
        res.status < 400 &&
        res.headers.get('location')
      ) {
        if (++redirects > 5) throw new RegistryError(`${label}: more than 5 redirects`);
        try {
          hop = redirectHop(
            hop,
            res.headers.get('location') as string,
            this.base,
            'drop-credential',
            label
          );
        } catch (err) {
          if (err instanceof CrossOriginError) throw new RegistryError(err.message);
          throw err;
        }
        url = hop.url.toString();
        continue;
      }
      return res;
    }
  }

  private unexpected(res: HttpResponse, label: string): RegistryError {
    if (res.status === 403) {
      return new RegistryError(
        `${label}: 403 Forbidden${errorCodes(res, this.scrub)}`,
        'The credentials may not pull this repository.'
      );
    }
    return new RegistryError(
      `${label}: unexpected status ${res.status}${errorCodes(res, this.scrub)}`
    );
  }

  async manifest(reference: string): Promise<FetchedManifest | undefined> {
    const path = `/v2/${this.repo}/manifests/${reference}`;
    const res = await this.request(path, { accept: MANIFEST_ACCEPT, maxBytes: MAX_MANIFEST_BYTES });
    if (res.status === 404) return undefined;
    if (res.status !== 200) throw this.unexpected(res, `GET ${path}`);
    const computed = digestOf(res.body, isDigest(reference) ? reference : 'sha256:');
    if (isDigest(reference) && computed !== reference) {
      throw new ContentError(
        `GET ${path}: digest mismatch: expected ${reference}, the bytes served hash to ${computed}`
      );
    }
    const header = res.headers.get('docker-content-digest');
    if (
      header &&
      isDigest(header) &&
      header.split(':')[0] === computed.split(':')[0] &&
      header !== computed
    ) {
      throw new ContentError(
        `GET ${path}: Docker-Content-Digest says ${header}, the bytes served hash to ${computed}`
      );
    }
    const manifest: Manifest = parseManifest(
      res.body,
      `manifest ${reference}`,
      res.headers.get('content-type') ?? undefined
    );
    return {
      digest: computed,
      mediaType: manifest.mediaType ?? '',
      size: res.body.byteLength,
      manifest
    };
  }

  async blob(d: Descriptor, maxBytes: number): Promise<Uint8Array> {
    if (d.size > maxBytes) {
      throw new ContentError(
        `blob ${d.digest} is ${d.size} bytes, more than the limit of ${maxBytes}`
      );
    }
    const path = `/v2/${this.repo}/blobs/${d.digest}`;
    const res = await this.request(path, { maxBytes, followRedirects: true });
    if (res.status === 404) throw new ContentError(`GET ${path}: the blob does not exist (404)`);
    if (res.status !== 200) throw this.unexpected(res, `GET ${path}`);
    const computed = digestOf(res.body, d.digest);
    if (computed !== d.digest) {
      throw new ContentError(
        `GET ${path}: digest mismatch: expected ${d.digest}, the bytes served hash to ${computed}`
      );
    }
    if (res.body.byteLength !== d.size) {
      throw new ContentError(
        `GET ${path}: size mismatch: the descriptor says ${d.size}, got ${res.body.byteLength}`
      );
    }
    return res.body;
  }

  /** Upload a blob (monolithic: POST then PUT with the digest); a blob already there is kept. */
  async pushBlob(bytes: Uint8Array): Promise<Descriptor> {
    const digest = digestOf(bytes, 'sha256:');
    const head = `/v2/${this.repo}/blobs/uploads/`;
    const start = await this.request(head, { method: 'POST', maxBytes: 64 * 1024 });
    if (start.status !== 202) throw this.unexpected(start, `POST ${head}`);
    const location = start.headers.get('location');
    if (!location) throw new RegistryError(`POST ${head}: 202 without a Location to upload to`);
    const target = new URL(location, this.base);
    if (target.origin !== this.base)
      throw new RegistryError(
        `POST ${head}: the upload location ${target.origin} is another origin; refusing to send the blob there`
      );
    target.searchParams.set('digest', digest);
    const put = await this.request(target.toString(), {
      method: 'PUT',
      body: bytes,
      contentType: 'application/octet-stream',
      maxBytes: 64 * 1024
    });
    if (put.status !== 201) throw this.unexpected(put, `PUT ${target.pathname}`);
    return { mediaType: 'application/octet-stream', digest, size: bytes.byteLength };
  }

  /** PUT a manifest or index under a digest or tag; returns its digest. */
  async pushManifest(reference: string, bytes: Uint8Array, mediaType: string): Promise<string> {
    const path = `/v2/${this.repo}/manifests/${reference}`;
    const res = await this.request(path, {
      method: 'PUT',
      body: bytes,
      contentType: mediaType,
      maxBytes: 64 * 1024
    });
    if (res.status !== 201) throw this.unexpected(res, `PUT ${path}`);
    const digest = digestOf(bytes, 'sha256:');
    const header = res.headers.get('docker-content-digest');
    if (header && header !== digest)
      throw new ContentError(
        `PUT ${path}: the registry says it stored ${header}; the bytes sent hash to ${digest}`
      );
    return digest;
  }

  async referrers(digest: string, artifactType?: string): Promise<ReferrersListing> {
    let url = `${this.base}/v2/${this.repo}/referrers/${digest}`;
    if (artifactType) url += `?artifactType=${encodeURIComponent(artifactType)}`;
    const descriptors: Descriptor[] = [];
    let filtered = true;
    let pages = 0;
    const seen = new Set<string>();
    while (url) {
      if (++pages > MAX_REFERRER_PAGES) {
        throw new RegistryError(
          `referrers of ${digest}: more than ${MAX_REFERRER_PAGES} pages; giving up`
        );
      }
      const res = await this.request(url, { accept: OCI_INDEX, maxBytes: MAX_MANIFEST_BYTES });
      const label = `GET ${new URL(url).pathname}`;
      if (pages === 1) {
        if (res.status === 404)
          return { supported: false, reason: `404${errorCodes(res, this.scrub)}`, descriptors: [] };
        if (res.status >= 300 && res.status < 400) {
          return {
            supported: false,
            reason: `${res.status} redirect to ${res.headers.get('location') ?? '?'} (not followed)`,
            descriptors: []
          };
        }
        const ct = (res.headers.get('content-type') ?? '').split(';')[0].trim();
        if (res.status === 200 && ct !== OCI_INDEX) {
          return {
            supported: false,
            reason: `200 with Content-Type '${ct}', not an image index`,
            descriptors: []
          };
        }
      }
      if (res.status !== 200) throw this.unexpected(res, label);
      const index = parseManifest(res.body, `referrers list page ${pages} of ${digest}`);
      const applied = (res.headers.get('oci-filters-applied') ?? '')
        .split(',')
        .map((s) => s.trim())
        .includes('artifactType');
      const legacy = (index.annotations?.['org.opencontainers.referrers.filtersApplied'] ?? '')
        .split(',')
        .includes('artifactType');
      if (!applied && !legacy) filtered = false;
      for (const d of index.manifests ?? []) {
        if (seen.has(d.digest)) continue; // zot can list a referrer twice
        seen.add(d.digest);
        descriptors.push(d);
      }
      let next: string | undefined;
      try {
        next = nextPage(res.headers.get('link'), url, this.base, label);
      } catch (err) {
        if (err instanceof CrossOriginError) throw new RegistryError(err.message);
        throw err;
      }
      url = next ?? '';
    }
    return { supported: true, descriptors, filtered: artifactType ? filtered : undefined, pages };
  }
}
