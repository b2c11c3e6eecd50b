/**
 * A private Sigstore instance for keyless tests: @sigstore/mock's Fulcio (with a CT log) and Rekor
 * served over real HTTP on 127.0.0.1, so the real @sigstore/sign client talks to them; an OIDC
 * token endpoint shaped like the Actions runner's (what @actions/core getIDToken calls); and the
 * matching trusted_root.json.
 */
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  rekorHandler
} from '@sigstore/mock';

const b64 = (b: Buffer | Uint8Array | string) => Buffer.from(b).toString('base64');
const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const bytes = (v: ArrayBufferView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
const ANCIENT = { start: '2000-01-01T00:00:00Z' };
const spki = (k: KeyObject) => k.export({ format: 'der', type: 'spki' });

/** The claims of a GitHub Actions OIDC token that Fulcio turns into certificate extensions. */
export interface JobClaims {
  repository: string;
  ref: string;
  event_name: string;
  sha: string;
  /** The signing workflow, `owner/repo/path@ref` (becomes the certificate SAN). */
  job_workflow_ref: string;
}

export const RELEASE_JOB: JobClaims = {
  repository: 'acme/widget',
  ref: 'refs/heads/main',
  event_name: 'push',
  sha: 'a'.repeat(40),
  job_workflow_ref: 'acme/widget/.github/workflows/ci.yml@refs/heads/main'
};

/** An unsigned JWT with GitHub Actions claims (the mock Fulcio decodes, it does not verify). */
export function oidcToken(c: JobClaims): string {
  const claims = {
    iss: 'https://token.actions.githubusercontent.com',
    aud: 'sigstore',
    // Real Fulcio derives the SAN from job_workflow_ref; the mock takes the subject claim.
    sub: `https://github.com/${c.job_workflow_ref}`,
    ...c,
    workflow_ref: c.job_workflow_ref,
    workflow_sha: c.sha,
    job_workflow_sha: c.sha,
    repository_owner: c.repository.split('/')[0],
    run_id: '100',
    run_attempt: '1',
    runner_environment: 'github-hosted',
    exp: Math.floor(Date.now() / 1000) + 600
  };
  return `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(claims)}.${Buffer.from('sig').toString('base64url')}`;
}

type Route = (
  body: string,
  url: URL
) => Promise<{ status: number; body: string | Buffer; type?: string }>;

async function serve(routes: Record<string, Route>): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const route = routes[url.pathname];
      if (!route) {
        res.writeHead(404).end('not found');
        return;
      }
      route(Buffer.concat(chunks).toString('utf8'), url).then(
        (r) =>
          res.writeHead(r.status, { 'content-type': r.type ?? 'application/json' }).end(r.body),
        (err: Error) => res.writeHead(500).end(err.message)
      );
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}

export interface SigstoreStack {
  fulcioURL: string;
  rekorURL: string;
  /** The runner's ACTIONS_ID_TOKEN_REQUEST_URL; the token it hands out is `stack.claims`. */
  tokenURL: string;
  claims: JobClaims;
  /** How many tokens were requested, and for which audiences. */
  audiences: string[];
  trustedRoot: Record<string, unknown>;
  close(): Promise<void>;
}

export async function sigstoreStack(): Promise<SigstoreStack> {
  const ctKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const caKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const tlogKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ctlog = await initializeCTLog(ctKeys);
  const ca = await initializeCA(caKeys, ctlog);
  const tlog = await initializeTLog('https://rekor.mock.test', tlogKeys);
  const asRoute =
    (h: {
      fn: (b: string) => Promise<{ statusCode: number; response: unknown; contentType?: string }>;
    }): Route =>
    async (body) => {
      const r = await h.fn(body);
      const out =
        typeof r.response === 'string' ? r.response : bytes(r.response as ArrayBufferView);
      return { status: r.statusCode, body: out, type: r.contentType ?? 'text/plain' };
    };
  const fulcio = fulcioHandler(ca);
  const rekor = rekorHandler(tlog);
  const stack = {} as SigstoreStack;
  stack.claims = { ...RELEASE_JOB };
  stack.audiences = [];
  const f = await serve({ [fulcio.path]: asRoute(fulcio) });
  const r = await serve({ [rekor.path]: asRoute(rekor) });
  const t = await serve({
    '/token': async (_body, url) => {
      stack.audiences.push(url.searchParams.get('audience') ?? '');
      return { status: 200, body: JSON.stringify({ value: oidcToken(stack.claims) }) };
    }
  });
  stack.fulcioURL = f.url;
  stack.rekorURL = r.url;
  stack.tokenURL = `${t.url}/token?api-version=2.0`;
  stack.trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: 'https://rekor.mock.test',
        hashAlgorithm: 'SHA2_256',
        publicKey: {
          rawBytes: b64(spki(tlogKeys.publicKey)),
          keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          validFor: ANCIENT
        },
        logId: { keyId: b64(createHash('sha256').update(spki(tlogKeys.publicKey)).digest()) }
      }
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: 'https://fulcio.mock.test',
        certChain: { certificates: [{ rawBytes: b64(bytes(ca.rootCertificate)) }] },
        validFor: ANCIENT
      }
    ],
    ctlogs: [
      {
        baseUrl: 'https://ctlog.mock.test',
        hashAlgorithm: 'SHA2_256',
        publicKey: {
          rawBytes: b64(spki(ctKeys.publicKey)),
          keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          validFor: ANCIENT
        },
        logId: { keyId: b64(bytes(ctlog.logID)) }
      }
    ],
    timestampAuthorities: []
  };
  stack.close = async () => {
    for (const s of [f, r, t]) {
      s.server.closeAllConnections();
      await new Promise<void>((ok) => s.server.close(() => ok()));
    }
  };
  return stack;
}

/** The env a save step needs to sign against `stack` (runner OIDC variables plus service URLs). */
export function signingEnv(
  stack: SigstoreStack,
  rekorFrom: SigstoreStack = stack
): Record<string, string> {
  return {
    ACTIONS_ID_TOKEN_REQUEST_URL: stack.tokenURL,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-request-token',
    CI_INTEL_FULCIO_URL: stack.fulcioURL,
    CI_INTEL_REKOR_URL: rekorFrom.rekorURL
  };
}
