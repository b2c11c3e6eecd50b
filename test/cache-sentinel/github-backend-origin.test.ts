/** The cache service client keeps the runtime token on the cache service's origin. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GithubBackend } from '../../src/cache/github-backend.js';

const TOKEN = 'ghs_' + 'RuntimeCacheToken9'.repeat(2);

function listen(host: string, handler: Parameters<typeof createServer>[1]): Promise<Server> {
  const s = createServer(handler);
  return new Promise((r) => s.listen(0, host, () => r(s)));
}
const url = (s: Server, host: string): string =>
  `http://${host}:${(s.address() as AddressInfo).port}`;

describe('cache service credentials', () => {
  let service: Server;
  let foreign: Server;
  const seen: (string | undefined)[] = [];
  let mode: 'redirect' | 'huge' | 'duplicate' = 'redirect';
  beforeAll(async () => {
    foreign = await listen('127.0.0.2', (req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true,"signedDownloadUrl":"x","matchedKey":"k"}');
    });
    service = await listen('127.0.0.1', (req, res) => {
      if (mode === 'redirect') {
        res.writeHead(307, { location: `${url(foreign, '127.0.0.2')}${req.url}` });
        res.end();
      } else if (mode === 'huge') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok":true,"pad":"' + 'x'.repeat(2 * 1024 * 1024) + '"}');
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok":false,"ok":true,"signedDownloadUrl":"x","matchedKey":"k"}');
      }
    });
  });
  afterAll(async () => {
    for (const s of [service, foreign]) {
      s.closeAllConnections();
      await new Promise<void>((r) => s.close(() => r()));
    }
  });
  const backend = (): GithubBackend =>
    new GithubBackend({ resultsUrl: url(service, '127.0.0.1'), token: TOKEN, timeoutMs: 20_000 });

  it('a redirect to another origin is refused, and that origin never sees the token', async () => {
    mode = 'redirect';
    await expect(backend().lookup(['k'])).rejects.toThrow(
      /HTTP 307 redirect to http:\/\/127\.0\.0\.2:\d+, refused: the token is for http:\/\/127\.0\.0\.1:\d+ only/
    );
    expect(seen).toEqual([]);
  });
  it('an oversized answer and a duplicate-keyed answer are errors', async () => {
    mode = 'huge';
    await expect(backend().lookup(['k'])).rejects.toThrow(/larger than 1048576 bytes/);
    mode = 'duplicate';
    await expect(backend().lookup(['k'])).rejects.toThrow(/duplicate key "ok"/);
  });
  it('plain HTTP to a host that is not loopback is refused before sending', async () => {
    const b = new GithubBackend({
      resultsUrl: 'http://cache.example.test/',
      token: TOKEN,
      timeoutMs: 5000
    });
    await expect(b.lookup(['k'])).rejects.toThrow(
      /refusing to send credentials to http:\/\/cache\.example\.test/
    );
  });
});
