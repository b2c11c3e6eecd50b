/**
 * A local stand-in for the GitHub cache service v2 (the Twirp JSON API that @actions/cache 6.x
 * talks to) with Azurite — the official Azure Storage emulator — as the blob store behind the
 * signed URLs. Everything listens on 127.0.0.1 and is started and stopped by the tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as netServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential
} from '@azure/storage-blob';
import { REPO_ROOT } from '../helpers/run-action.js';

// Azurite's documented development account (public, fixed).
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const CONTAINER = 'actions-cache';
const PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';

async function freePort(): Promise<number> {
  const s = netServer();
  await new Promise<void>((res) => s.listen(0, '127.0.0.1', res));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((res) => s.close(() => res()));
  return port;
}

interface Entry {
  key: string;
  version: string;
  blob: string;
  finalized: boolean;
  seq: number;
}

export interface CacheService {
  url: string;
  token: string;
  /** 'ok', or make every Twirp call answer 500, or never answer. */
  behaviour: 'ok' | 'fail' | 'hang';
  entries: Entry[];
  requests: { method: string; auth?: string }[];
  blobs: BlobServiceClient;
  /** A signed upload URL for an entry created directly (what an attacker holding a cache token can do). */
  stop(): Promise<void>;
}

export async function startCacheService(): Promise<CacheService> {
  const blobPort = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'cs-azurite-'));
  const azurite: ChildProcess = spawn(
    process.execPath,
    [
      join(REPO_ROOT, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js'),
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(blobPort),
      '--location',
      dataDir,
      '--loose',
      '--skipApiVersionCheck',
      '--silent',
      '--disableTelemetry'
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] }
  );
  let azuriteOut = '';
  azurite.stdout?.on('data', (d: Buffer) => (azuriteOut += d.toString()));
  azurite.stderr?.on('data', (d: Buffer) => (azuriteOut += d.toString()));
  const blobEndpoint = `http://127.0.0.1:${blobPort}/${ACCOUNT}`;
  const cred = new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY);
  const blobs = new BlobServiceClient(blobEndpoint, cred);
  // Bounded wait for Azurite to listen.
  let ready = false;
  for (let i = 0; i < 100 && !ready; i++) {
    try {
      await blobs.getContainerClient(CONTAINER).createIfNotExists();
      ready = true;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  if (!ready) {
    azurite.kill('SIGKILL');
    throw new Error(`Azurite did not start on 127.0.0.1:${blobPort}: ${azuriteOut}`);
  }

  const sas = (blob: string, perms: string): string => {
    const q = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName: blob,
        permissions: BlobSASPermissions.parse(perms),
        expiresOn: new Date(Date.now() + 3600_000)
      },
      cred
    ).toString();
    return `${blobEndpoint}/${CONTAINER}/${blob}?${q}`;
  };

  let seq = 0;
  const svc: CacheService = {
    url: '',
    token: 'test-runtime-token-4f2a',
    behaviour: 'ok',
    entries: [],
    requests: [],
    blobs,
    stop: async () => undefined
  };
  const hanging = new Set<import('node:http').ServerResponse>();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      const method = (req.url ?? '').startsWith(PREFIX) ? (req.url ?? '').slice(PREFIX.length) : '';
      svc.requests.push({ method, auth: req.headers.authorization });
      const send = (status: number, obj: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(obj));
      };
      if (svc.behaviour === 'hang') {
        hanging.add(res);
        return;
      }
      if (svc.behaviour === 'fail') return send(500, { code: 'internal', msg: 'injected failure' });
      if (req.headers.authorization !== `Bearer ${svc.token}`)
        return send(401, { code: 'unauthenticated', msg: 'bad token' });
      let msg: Record<string, unknown>;
      try {
        msg = JSON.parse(body) as Record<string, unknown>;
      } catch {
        return send(400, { code: 'malformed', msg: 'not JSON' });
      }
      const key = String(msg.key ?? '');
      const version = String(msg.version ?? '');
      switch (method) {
        case 'CreateCacheEntry': {
          if (svc.entries.some((e) => e.key === key && e.version === version))
            return send(200, { ok: false, signedUploadUrl: '', message: 'already exists' });
          const blob = `entry-${++seq}`;
          svc.entries.push({ key, version, blob, finalized: false, seq });
          return send(200, { ok: true, signedUploadUrl: sas(blob, 'cw') });
        }
        case 'FinalizeCacheEntryUpload': {
          const e = svc.entries.find((x) => x.key === key && x.version === version && !x.finalized);
          if (!e) return send(200, { ok: false, entryId: '0', message: 'no such entry' });
          e.finalized = true;
          return send(200, { ok: true, entryId: String(e.seq) });
        }
        case 'GetCacheEntryDownloadURL': {
          const live = svc.entries.filter((e) => e.finalized && e.version === version);
          let hit = live.find((e) => e.key === key);
          for (const prefix of (msg.restoreKeys as string[] | undefined) ?? []) {
            if (hit) break;
            hit = live.filter((e) => e.key.startsWith(prefix)).sort((a, b) => b.seq - a.seq)[0];
          }
          if (!hit) return send(200, { ok: false, signedDownloadUrl: '', matchedKey: '' });
          return send(200, {
            ok: true,
            signedDownloadUrl: sas(hit.blob, 'r'),
            matchedKey: hit.key
          });
        }
        default:
          return send(404, { code: 'bad_route', msg: `no method ${method}` });
      }
    });
  });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  svc.url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  svc.stop = async () => {
    for (const r of hanging) r.destroy();
    server.closeAllConnections();
    await new Promise<void>((res) => server.close(() => res()));
    azurite.kill('SIGTERM');
    await new Promise((r) => (azurite.exitCode !== null ? r(null) : azurite.once('exit', r)));
    rmSync(dataDir, { recursive: true, force: true });
  };
  return svc;
}

/** The environment a runner gives a JavaScript action that may use the cache service. */
export function serviceEnv(svc: CacheService): Record<string, string> {
  return {
    ACTIONS_RESULTS_URL: svc.url,
    ACTIONS_RUNTIME_TOKEN: svc.token,
    ACTIONS_CACHE_SERVICE_V2: 'true',
    GITHUB_SERVER_URL: 'https://github.com'
  };
}

/** Store raw bytes under key/version the way anyone holding a cache token can: reserve, upload, finalize. */
export async function uploadRaw(
  svc: CacheService,
  key: string,
  version: string,
  bytes: Buffer
): Promise<void> {
  const call = async (method: string, body: unknown) => {
    const r = await fetch(`${svc.url}twirp/github.actions.results.api.v1.CacheService/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${svc.token}` },
      body: JSON.stringify(body)
    });
    return (await r.json()) as Record<string, string | boolean>;
  };
  const created = await call('CreateCacheEntry', { key, version });
  if (!created.ok) throw new Error(`CreateCacheEntry: ${JSON.stringify(created)}`);
  const put = await fetch(String(created.signedUploadUrl), {
    method: 'PUT',
    headers: { 'x-ms-blob-type': 'BlockBlob' },
    body: bytes
  });
  if (put.status !== 201) throw new Error(`blob PUT ${put.status}: ${await put.text()}`);
  const fin = await call('FinalizeCacheEntryUpload', {
    key,
    version,
    sizeBytes: String(bytes.length)
  });
  if (!fin.ok) throw new Error(`Finalize: ${JSON.stringify(fin)}`);
}
