/**
 * A cache store in a local folder (`backend: dir:<path>`): the default for `npx ci-intel
 * cache-sentinel` and for tests. One folder per entry, named by the SHA-256 of its key, written
 * under a temporary name and renamed into place so readers never see half an entry.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FileReadError, readRegularTextFile } from '../core/read-file.js';
import {
  ENVELOPE_FILES,
  EnvelopeError,
  MAX_ENVELOPE_FILE,
  type CacheBackend,
  type FoundEntry
} from './backend.js';

function entryDirName(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export class DirBackend implements CacheBackend {
  readonly name: string;
  constructor(readonly root: string) {
    this.name = `dir:${root}`;
  }

  private entries(): { key: string; dir: string; mtime: number }[] {
    if (!existsSync(this.root)) return [];
    const out: { key: string; dir: string; mtime: number }[] = [];
    for (const name of readdirSync(this.root)) {
      if (!/^[0-9a-f]{64}$/.test(name)) continue;
      const dir = join(this.root, name);
      const keyFile = join(dir, 'key');
      if (!existsSync(keyFile)) continue;
      let key: string;
      try {
        key = readRegularTextFile(keyFile, { maxBytes: 4096, what: 'stored key' });
      } catch (err) {
        if (err instanceof FileReadError) continue; // not an entry this store wrote
        throw err;
      }
      out.push({ key, dir, mtime: statSync(keyFile).mtimeMs });
    }
    return out;
  }

  async lookup(keys: string[]): Promise<FoundEntry | undefined> {
    const all = this.entries();
    let hit = all.find((e) => e.key === keys[0]);
    for (const prefix of keys.slice(1)) {
      if (hit) break;
      hit =
        all.find((e) => e.key === prefix) ??
        all.filter((e) => e.key.startsWith(prefix)).sort((a, b) => b.mtime - a.mtime)[0];
    }
    if (!hit) return undefined;
    const found = hit;
    return {
      matchedKey: found.key,
      fetch: async (stagingDir) => {
        let bytes = 0;
        let payloadPath: string | undefined;
        for (const f of readdirSync(found.dir)) {
          if (f !== 'key' && !(ENVELOPE_FILES as readonly string[]).includes(f)) {
            throw new EnvelopeError(
              `stored entry holds '${f}'; expected only ${ENVELOPE_FILES.join(', ')}`
            );
          }
        }
        for (const f of ENVELOPE_FILES) {
          const src = join(found.dir, f);
          if (!existsSync(src)) continue; // a missing file is judged by the verifier
          const st = lstatSync(src);
          if (!st.isFile()) throw new EnvelopeError(`stored '${f}' is not a regular file`);
          if (st.size > MAX_ENVELOPE_FILE[f])
            throw new EnvelopeError(
              `stored '${f}' is ${st.size} bytes; expected at most ${MAX_ENVELOPE_FILE[f]}`
            );
          bytes += st.size;
          // The payload is read in place, once, through one descriptor (the verifier checks its
          // size and BLAKE3 while it extracts); only the small files are copied.
          if (f === 'payload.tar') payloadPath = src;
          else copyFileSync(src, join(stagingDir, f));
        }
        return { bytes, payloadPath };
      }
    };
  }

  newEnvelopeDir(): string {
    mkdirSync(this.root, { recursive: true });
    const tmp = join(this.root, `.tmp-${randomBytes(8).toString('hex')}`);
    mkdirSync(tmp, { mode: 0o700 });
    return tmp;
  }

  discardEnvelopeDir(dir: string): void {
    if (dirname(dir) === this.root && basename(dir).startsWith('.tmp-'))
      rmSync(dir, { recursive: true, force: true });
  }

  async save(key: string, envelopeDir: string): Promise<'saved' | 'exists'> {
    const dest = join(this.root, entryDirName(key));
    if (dirname(envelopeDir) === this.root && basename(envelopeDir).startsWith('.tmp-')) {
      // Written in place by newEnvelopeDir: adopt it with one rename.
      try {
        if (existsSync(dest)) return 'exists';
        writeFileSync(join(envelopeDir, 'key'), key);
        renameSync(envelopeDir, dest);
        return 'saved';
      } catch (err) {
        if (existsSync(dest)) return 'exists';
        throw err;
      } finally {
        rmSync(envelopeDir, { recursive: true, force: true });
      }
    }
    if (existsSync(dest)) return 'exists';
    mkdirSync(this.root, { recursive: true });
    const tmp = join(this.root, `.tmp-${randomBytes(8).toString('hex')}`);
    mkdirSync(tmp, { mode: 0o700 });
    try {
      for (const f of ENVELOPE_FILES)
        if (existsSync(join(envelopeDir, f))) copyFileSync(join(envelopeDir, f), join(tmp, f));
      writeFileSync(join(tmp, 'key'), key);
      renameSync(tmp, dest);
    } catch (err) {
      rmSync(tmp, { recursive: true, force: true });
      if (existsSync(dest)) return 'exists';
      throw err;
    }
    return 'saved';
  }
}
