/**
 * GitHub's attestations API on 127.0.0.1: POST /repos/{owner}/{repo}/attestations stores a
 * bundle under each subject digest of its DSSE statement; GET …/attestations/{subject_digest}
 * lists them (filtered by predicate_type, paginated by Link). Every JSON answer is checked against
 * GitHub's OpenAPI schema (`schemaProblems` must stay empty).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { schemaProblems } from '../github/openapi.js';

const POST = '/repos/{owner}/{repo}/attestations';
const GET = '/repos/{owner}/{repo}/attestations/{subject_digest}';

export class AttestationsServer {
  readonly schemaProblems: string[] = [];
  readonly hits: { method: string; path: string; authorization?: string }[] = [];
  /** digest → stored bundles (with the predicate type read from the statement). */
  readonly store = new Map<string, { bundle: unknown; predicateType: string }[]>();
  repository = 'acme/widget';
  /** Answer every request with this status (an outage). */
  failWith?: number;
  private server?: Server;

  get url(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  /** Put a bundle under a digest directly (as if another release had stored it there). */
  put(digest: string, bundle: unknown): void {
    const st = JSON.parse(
      Buffer.from(
        (bundle as { dsseEnvelope: { payload: string } }).dsseEnvelope.payload,
        'base64'
      ).toString()
    ) as { predicateType: string };
    const list = this.store.get(digest) ?? [];
    list.push({ bundle, predicateType: st.predicateType });
    this.store.set(digest, list);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const u = new URL(req.url ?? '/', this.url);
        this.hits.push({
          method: req.method ?? '',
          path: u.pathname + u.search,
          authorization: req.headers.authorization
        });
        const send = (route: string, method: string, status: number, body: unknown) => {
          this.schemaProblems.push(...schemaProblems(route, status, body, method));
          res
            .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
            .end(JSON.stringify(body));
        };
        const base = `/repos/${this.repository}/attestations`;
        if (this.failWith) {
          send(
            req.method === 'POST' ? POST : GET,
            req.method === 'POST' ? 'post' : 'get',
            this.failWith,
            { message: 'Server Error', documentation_url: 'https://docs.github.com/rest' }
          );
          return;
        }
        if (req.method === 'POST' && u.pathname === base) {
          const { bundle } = JSON.parse(Buffer.concat(chunks).toString()) as {
            bundle: { dsseEnvelope: { payload: string } };
          };
          const st = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString()) as {
            subject: { digest: { sha256: string } }[];
          };
          for (const s of st.subject) this.put(`sha256:${s.digest.sha256}`, bundle);
          send(POST, 'post', 201, { id: 1000 + this.store.size });
          return;
        }
        if (req.method === 'GET' && u.pathname.startsWith(`${base}/`)) {
          const digest = decodeURIComponent(u.pathname.slice(base.length + 1));
          const pt = u.searchParams.get('predicate_type');
          const list = (this.store.get(digest) ?? []).filter((a) => !pt || a.predicateType === pt);
          if (list.length === 0) {
            send(GET, 'get', 404, {
              message: 'Not Found',
              documentation_url: 'https://docs.github.com/rest'
            });
            return;
          }
          send(GET, 'get', 200, {
            attestations: list.map((a) => ({ bundle: a.bundle, repository_id: 1 }))
          });
          return;
        }
        send(GET, 'get', 404, {
          message: 'Not Found',
          documentation_url: 'https://docs.github.com/rest'
        });
      });
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => this.server?.close(() => r()));
  }
}
