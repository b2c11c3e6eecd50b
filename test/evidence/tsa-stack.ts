/**
 * GitHub's private-repository Sigstore instance, mocked: @sigstore/mock's Fulcio (no CT log) and
 * TSA over real HTTP on 127.0.0.1, no Rekor; the trusted root lists the CA and the TSA only, so
 * a bundle verifies on its RFC 3161 timestamp. The OIDC endpoint is the runner's shape.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fulcioHandler, initializeCA, initializeTSA, tsaHandler } from '@sigstore/mock';
import { oidcToken, type JobClaims } from '../cache-sentinel/sigstore-stack.js';

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const bytes = (v: ArrayBufferView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
const ANCIENT = { start: '2000-01-01T00:00:00Z' };

type Handler = {
  path: string;
  fn: (b: string) => Promise<{ statusCode: number; response: unknown; contentType?: string }>;
};

async function serve(
  handlers: Handler[],
  token?: () => string
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (token && url.pathname === '/token') {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ value: token() }));
        return;
      }
      const h = handlers.find((x) => x.path === url.pathname);
      if (!h) {
        res.writeHead(404).end();
        return;
      }
      h.fn(Buffer.concat(chunks).toString('utf8')).then(
        (r) =>
          res
            .writeHead(r.statusCode, { 'content-type': r.contentType ?? 'application/json' })
            .end(
              typeof r.response === 'string' ? r.response : bytes(r.response as ArrayBufferView)
            ),
        (err: Error) => res.writeHead(500).end(err.message)
      );
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export interface TsaStack {
  fulcioURL: string;
  tsaURL: string;
  tokenURL: string;
  claims: JobClaims;
  trustedRoot: Record<string, unknown>;
  close(): Promise<void>;
}

export async function tsaStack(claims: JobClaims): Promise<TsaStack> {
  const ca = await initializeCA(generateKeyPairSync('ec', { namedCurve: 'P-256' }));
  const tsa = await initializeTSA(
    generateKeyPairSync('ec', { namedCurve: 'P-256' }),
    new Date(Math.ceil(Date.now() / 1000) * 1000 + 5000)
  );
  const stack = { claims } as TsaStack;
  const f = await serve([fulcioHandler(ca) as Handler], () => oidcToken(stack.claims));
  const t = await serve([tsaHandler(tsa) as Handler]);
  stack.fulcioURL = f.url;
  stack.tsaURL = t.url;
  stack.tokenURL = `${f.url}/token?api-version=2.0`;
  stack.trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [
      {
        subject: { organization: 'GitHub, Inc. (mock)', commonName: 'Internal Services Root' },
        uri: 'https://fulcio.githubapp.mock',
        certChain: { certificates: [{ rawBytes: b64(bytes(ca.rootCertificate)) }] },
        validFor: ANCIENT
      }
    ],
    ctlogs: [],
    timestampAuthorities: [
      {
        subject: { organization: 'GitHub, Inc. (mock)', commonName: 'TSA Timestamping' },
        uri: 'https://timestamp.githubapp.mock',
        certChain: {
          certificates: [
            { rawBytes: b64(bytes(tsa.intCertificate)) },
            { rawBytes: b64(bytes(tsa.rootCertificate)) }
          ]
        },
        validFor: ANCIENT
      }
    ]
  };
  stack.close = async () => {
    for (const s of [f, t]) {
      s.server.closeAllConnections();
      await new Promise<void>((ok) => s.server.close(() => ok()));
    }
  };
  return stack;
}
