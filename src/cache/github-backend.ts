/**
 * The GitHub cache service (v2, Twirp + signed blob URLs) as a sentinel backend.
 *
 * - Restore uses our own client: `GetCacheEntryDownloadURL`, then a plain GET of the signed URL
 *   into the private staging folder, then the envelope is read member by member in-process.
 *   `@actions/cache` restoreCache is never used for restore: it runs `tar -xf … -P -C <workspace>`
 *   before anyone could check a byte.
 * - Save uses `@actions/cache` saveCache (safe: it only reads) on the envelope folder, which
 *   makes the stored object `envelope/{manifest.json,signature.json,payload.tar}` in a
 *   zstd (or gzip) tar. Its cache version is computed from the path list `['envelope']` and the
 *   compression method, so restore asks for both possible versions.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createZstdDecompress } from 'node:zlib';
import tarStream from 'tar-stream';
import { BodyTooLargeError, readBody } from '../core/bounded-body.js';
import { errorMessage } from '../core/errors.js';
import { parseStrictJson } from '../core/strict-json.js';
import { assertCredentialTransport } from '../net/credential-origin.js';

import {
  BackendError,
  ENVELOPE_FILES,
  EnvelopeError,
  MAX_ENVELOPE_FILE,
  type CacheBackend,
  type EnvelopeFile,
  type FoundEntry
} from './backend.js';

/** A Twirp answer of the cache service is a few hundred bytes. */
const MAX_TWIRP_BYTES = 1024 * 1024;

const SERVICE = 'github.actions.results.api.v1.CacheService';
const ENVELOPE_DIR = 'envelope';
/** @actions/cache's version salt and compression names (cacheUtils.getCacheVersion). */
const VERSION_SALT = '1.0';
const COMPRESSIONS = ['zstd-without-long', 'gzip'] as const;

export function cacheVersion(paths: string[], compression: string): string {
  return createHash('sha256')
    .update([...paths, compression, VERSION_SALT].join('|'))
    .digest('hex');
}

export interface GithubBackendOptions {
  resultsUrl: string;
  token: string;
  /** Bound on each service request and on any stall of a download, in ms. */
  timeoutMs: number;
  /** Largest archive accepted, in bytes. */
  maxBytes?: number;
  log?: (m: string) => void;
}

interface DownloadUrlResponse {
  ok?: boolean;
  signedDownloadUrl?: string;
  matchedKey?: string;
}

export class GithubBackend implements CacheBackend {
  readonly name = 'github';
  constructor(private readonly opts: GithubBackendOptions) {
    if (!opts.resultsUrl)
      throw new BackendError(
        'ACTIONS_RESULTS_URL is not set; the GitHub cache service is only reachable inside a workflow job (use backend: dir:<path> elsewhere)'
      );
    if (!opts.token)
      throw new BackendError(
        'ACTIONS_RUNTIME_TOKEN is not set; expected the runner to provide it to JavaScript actions'
      );
  }

  private async twirp<T>(method: string, body: unknown): Promise<T> {
    const url = new URL(`/twirp/${SERVICE}/${method}`, this.opts.resultsUrl);
    // The runtime token goes to the cache service's origin only (src/net/credential-origin.ts):
    // never over plain HTTP to another host, and a redirect is refused, not followed.
    try {
      assertCredentialTransport(url, 'cache service');
    } catch (err) {
      throw new BackendError(errorMessage(err));
    }
    let res: Response;
    let text: string;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${this.opts.token}` },
        body: JSON.stringify(body),
        redirect: 'manual',
        signal: AbortSignal.timeout(this.opts.timeoutMs)
      });
      text = (await readBody(res.body, MAX_TWIRP_BYTES)).toString('utf8');
    } catch (err) {
      const e = err as Error;
      const why =
        e.name === 'TimeoutError'
          ? `no answer within ${this.opts.timeoutMs} ms`
          : e instanceof BodyTooLargeError
            ? `the answer is larger than ${MAX_TWIRP_BYTES} bytes`
            : e.message;
      throw new BackendError(
        `cache service ${method}: ${why}; expected an answer from ${url.origin}`
      );
    }
    if (res.status >= 300 && res.status < 400) {
      const to = res.headers.get('location');
      let where = 'somewhere else';
      try {
        where = to ? new URL(to, url).origin : where;
      } catch {
        // an unparsable Location: say so below
      }
      throw new BackendError(
        `cache service ${method}: HTTP ${res.status} redirect to ${where}, refused: the token is for ${url.origin} only`
      );
    }
    if (res.status === 404 && method === 'GetCacheEntryDownloadURL') return { ok: false } as T;
    if (!res.ok) {
      throw new BackendError(
        `cache service ${method}: HTTP ${res.status} ${res.statusText}; expected 200 (${text.slice(0, 200)})`
      );
    }
    try {
      return parseStrictJson(text, `cache service ${method} answer`) as T;
    } catch (err) {
      throw new BackendError(
        `cache service ${method}: ${errorMessage(err)}; expected a Twirp JSON message`
      );
    }
  }

  async lookup(keys: string[]): Promise<FoundEntry | undefined> {
    for (const compression of COMPRESSIONS) {
      const res = await this.twirp<DownloadUrlResponse>('GetCacheEntryDownloadURL', {
        key: keys[0],
        restoreKeys: keys.slice(1),
        version: cacheVersion([ENVELOPE_DIR], compression)
      });
      if (!res.ok) continue;
      if (!res.signedDownloadUrl || !res.matchedKey) {
        throw new BackendError(
          'cache service GetCacheEntryDownloadURL: ok without signedDownloadUrl/matchedKey; expected both'
        );
      }
      const url = res.signedDownloadUrl;
      return { matchedKey: res.matchedKey, fetch: (staging) => this.fetchEnvelope(url, staging) };
    }
    return undefined;
  }

  /** Download the stored archive into staging (bounded, stall-timed), then unpack only the envelope files. */
  private async fetchEnvelope(url: string, stagingDir: string): Promise<{ bytes: number }> {
    const archive = join(stagingDir, 'download.bin');
    const max = this.opts.maxBytes ?? 20 * 1024 * 1024 * 1024;
    const ac = new AbortController();
    let stall = setTimeout(() => ac.abort(), this.opts.timeoutMs);
    let bytes = 0;
    try {
      const res = await fetch(url, { signal: ac.signal });
      if (!res.ok || !res.body)
        throw new BackendError(
          `cache download: HTTP ${res.status}; expected 200 from the signed URL`
        );
      const file = await open(archive, 'wx', 0o600);
      try {
        for await (const chunk of Readable.fromWeb(
          res.body as import('node:stream/web').ReadableStream<Uint8Array>
        )) {
          clearTimeout(stall);
          stall = setTimeout(() => ac.abort(), this.opts.timeoutMs);
          bytes += (chunk as Buffer).length;
          if (bytes > max)
            throw new BackendError(
              `cache download is larger than ${max} bytes; expected a smaller entry`
            );
          await file.write(chunk as Buffer);
        }
      } finally {
        await file.close();
      }
    } catch (err) {
      if (err instanceof BackendError) throw err;
      const e = err as Error;
      throw new BackendError(
        `cache download: ${e.name === 'AbortError' ? `stalled for ${this.opts.timeoutMs} ms` : e.message}; expected the archive from the signed URL`
      );
    } finally {
      clearTimeout(stall);
    }
    await unpackEnvelope(archive, stagingDir);
    rmSync(archive, { force: true });
    return { bytes };
  }

  async save(key: string, envelopeDir: string): Promise<'saved' | 'exists'> {
    if (await this.exactExists(key)) return 'exists';
    if (basename(envelopeDir) !== ENVELOPE_DIR)
      throw new Error(`internal: envelope folder must be named ${ENVELOPE_DIR}`);
    const cache = await import('@actions/cache');
    // saveCache globs paths from the cwd and tars them relative to GITHUB_WORKSPACE; point both at
    // the envelope's parent so the stored paths (and so the cache version) are exactly ['envelope'].
    const saved = process.env.GITHUB_WORKSPACE;
    const cwd = process.cwd();
    process.env.GITHUB_WORKSPACE = dirname(envelopeDir);
    process.chdir(dirname(envelopeDir));
    let id: number;
    try {
      id = await cache.saveCache([ENVELOPE_DIR], key);
    } finally {
      process.chdir(cwd);
      if (saved === undefined) delete process.env.GITHUB_WORKSPACE;
      else process.env.GITHUB_WORKSPACE = saved;
    }
    if (id === -1) {
      if (await this.exactExists(key)) return 'exists';
      throw new BackendError(
        `the cache service did not store '${key}' (see the @actions/cache warning above); expected a finalized entry`
      );
    }
    return 'saved';
  }

  private async exactExists(key: string): Promise<boolean> {
    const found = await this.lookup([key]);
    return found?.matchedKey === key;
  }
}

function decompressor(first: Buffer): NodeJS.ReadWriteStream | undefined {
  if (first[0] === 0x28 && first[1] === 0xb5 && first[2] === 0x2f && first[3] === 0xfd)
    return createZstdDecompress();
  if (first[0] === 0x1f && first[1] === 0x8b) return createGunzip();
  return undefined;
}

/**
 * Read the stored tar in-process and write only `envelope/<file>` members into staging; any
 * other member (an absolute path, `..`, a link, an unknown file) makes the entry unusable.
 */
export async function unpackEnvelope(archive: string, stagingDir: string): Promise<void> {
  const head = Buffer.alloc(4);
  const fh = await open(archive, 'r');
  await fh.read(head, 0, 4, 0);
  await fh.close();
  const inflate = decompressor(head);
  if (!inflate)
    throw new EnvelopeError(
      'the stored archive is neither zstd nor gzip; expected what @actions/cache writes'
    );
  const extract = tarStream.extract();
  const feeding = pipeline(createReadStream(archive), inflate, extract).catch((err: Error) =>
    extract.destroy(err)
  );
  const seen = new Set<string>();
  try {
    for await (const member of extract) {
      const name = member.header.name.replace(/^\.\//, '');
      const type = member.header.type;
      if ((name === ENVELOPE_DIR || name === `${ENVELOPE_DIR}/`) && type === 'directory') {
        member.resume();
        continue;
      }
      const file = name.startsWith(`${ENVELOPE_DIR}/`) ? name.slice(ENVELOPE_DIR.length + 1) : '';
      if (
        type !== 'file' ||
        !(ENVELOPE_FILES as readonly string[]).includes(file) ||
        seen.has(file)
      ) {
        throw new EnvelopeError(
          `stored archive member '${name}' (${type}); expected only ${ENVELOPE_FILES.map((f) => `${ENVELOPE_DIR}/${f}`).join(', ')}, each once`
        );
      }
      const limit = MAX_ENVELOPE_FILE[file as EnvelopeFile];
      if ((member.header.size ?? 0) > limit)
        throw new EnvelopeError(
          `stored '${file}' is ${member.header.size} bytes; expected at most ${limit}`
        );
      seen.add(file);
      mkdirSync(stagingDir, { recursive: true });
      await pipeline(
        member,
        createWriteStream(join(stagingDir, file), { flags: 'wx', mode: 0o600 })
      );
    }
  } catch (err) {
    if (err instanceof EnvelopeError) throw err;
    throw new EnvelopeError(
      `the stored archive cannot be read: ${(err as Error).message}; expected a complete tar`
    );
  }
  await feeding;
}
