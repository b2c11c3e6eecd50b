/**
 * Two real HTTP origins for the GitHub client's tests: the API on 127.0.0.1 and a "foreign"
 * host on 127.0.0.2 (blob storage, or somewhere a hostile answer points). Each records every
 * request with its Authorization header; JSON answers of the API are checked against GitHub's
 * OpenAPI description (`problems` must stay empty).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { schemaProblems } from './openapi.js';

export interface Hit {
  origin: 'api' | 'foreign';
  method: string;
  path: string;
  authorization?: string;
  body?: string;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void;

export class TwoOrigins {
  readonly hits: Hit[] = [];
  readonly problems: string[] = [];
  api: Handler = (_q, res) => res.writeHead(404).end();
  foreign: Handler = (_q, res) => res.writeHead(404).end();
  private servers: Server[] = [];

  async start(): Promise<this> {
    const make = (origin: Hit['origin'], host: string): Promise<Server> =>
      new Promise((resolve) => {
        const s = createServer((req, res) => {
          const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`);
          const chunks: Buffer[] = [];
          req.on('data', (c: Buffer) => chunks.push(c));
          req.on('end', () => {
            this.hits.push({
              origin,
              method: req.method ?? '',
              path: url.pathname + url.search,
              authorization: req.headers.authorization,
              body: chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined
            });
            (origin === 'api' ? this.api : this.foreign)(req, res, url);
          });
        });
        s.listen(0, host, () => resolve(s));
      });
    this.servers = [await make('api', '127.0.0.1'), await make('foreign', '127.0.0.2')];
    return this;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${(this.servers[0].address() as AddressInfo).port}`;
  }

  get foreignUrl(): string {
    return `http://127.0.0.2:${(this.servers[1].address() as AddressInfo).port}`;
  }

  /** Requests seen by one origin. */
  at(origin: Hit['origin']): Hit[] {
    return this.hits.filter((h) => h.origin === origin);
  }

  /** Answer JSON as GitHub would for `route` (checked against the OpenAPI schema). */
  json(
    res: ServerResponse,
    route: string,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
    method = 'get'
  ): void {
    this.problems.push(...schemaProblems(route, status, body, method));
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  }

  async stop(): Promise<void> {
    for (const s of this.servers) {
      s.closeAllConnections();
      await new Promise<void>((r) => s.close(() => r()));
    }
  }
}
