/**
 * A GitHub REST contents API on 127.0.0.1: `GET /repos/{owner}/{repo}/contents/{path}?ref=`
 * answers the `content-file` shape GitHub documents, with injectable 404, 403, 5xx and hangs.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { schemaProblems } from '../github/openapi.js';

export interface ContentsFault {
  kind: 'status' | 'hang';
  status?: number;
  /** How many requests it answers (default: all). */
  times?: number;
}

export class ContentsServer {
  /** `${owner}/${repo}@${sha}:${path}` → file text. */
  readonly files = new Map<string, string>();
  readonly hits: { path: string; authorization?: string }[] = [];
  /** Payloads that do not match GitHub's OpenAPI schema for the endpoint (should stay empty). */
  readonly problems: string[] = [];
  faults: ContentsFault[] = [];
  private server?: Server;

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    const ROUTE = '/repos/{owner}/{repo}/contents/{path}';
    const send = (res: import('node:http').ServerResponse, status: number, body: unknown): void => {
      this.problems.push(...schemaProblems(ROUTE, status, body));
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    this.server = createServer((req, res) => {
      const u = new URL(req.url ?? '/', 'http://x');
      this.hits.push({ path: u.pathname + u.search, authorization: req.headers.authorization });
      const fault = this.faults[0];
      if (fault) {
        if (fault.times !== undefined && --fault.times <= 0) this.faults.shift();
        if (fault.kind === 'hang') return; // never answers
        const status = fault.status ?? 500;
        const message =
          status === 403
            ? 'Resource not accessible by integration'
            : status === 404
              ? 'Not Found'
              : 'Server Error';
        send(res, status, {
          message,
          documentation_url: 'https://docs.github.com/rest',
          status: String(status)
        });
        return;
      }
      const m = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(u.pathname);
      const ref = u.searchParams.get('ref') ?? '';
      const path = m ? decodeURIComponent(m[3]) : '';
      const text = m ? this.files.get(`${m[1]}/${m[2]}@${ref}:${path}`) : undefined;
      if (text === undefined) {
        send(res, 404, {
          message: 'Not Found',
          documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
          status: '404'
        });
        return;
      }
      const bytes = Buffer.from(text);
      const sha = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
      const api = `${this.url}/repos/${m![1]}/${m![2]}/contents/${path}?ref=${ref}`;
      send(res, 200, {
        type: 'file',
        encoding: 'base64',
        size: bytes.length,
        name: path.split('/').pop(),
        path,
        content: bytes.toString('base64').replace(/(.{60})/g, '$1\n'),
        sha,
        url: api,
        git_url: `${this.url}/repos/${m![1]}/${m![2]}/git/blobs/${sha}`,
        html_url: `https://github.com/${m![1]}/${m![2]}/blob/${ref}/${path}`,
        download_url: `https://raw.githubusercontent.com/${m![1]}/${m![2]}/${ref}/${path}`,
        _links: {
          self: api,
          git: `${this.url}/repos/${m![1]}/${m![2]}/git/blobs/${sha}`,
          html: `https://github.com/${m![1]}/${m![2]}/blob/${ref}/${path}`
        }
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => this.server!.close(() => r()));
  }
}
