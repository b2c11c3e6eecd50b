/**
 * Safe extraction of a payload archive into a private staging folder, checking every member
 * against the (already signature-verified) manifest as it streams: no absolute or `..` names,
 * no hardlinks, devices or FIFOs, no symlink leaving its root, nothing written through a
 * symlink, no member missing from the manifest, sizes and BLAKE3 digests equal. Nothing is
 * written outside `stagingDir`; the caller moves the tree to its destination only when this
 * returns without throwing.
 */
import {
  chmodSync,
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  symlinkSync,
  writeSync
} from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import {
  blake3Hex,
  blake3NativePath,
  CHUNK_SIZE,
  hashFdSync,
  newBlake3,
  type Blake3
} from '../hashing/blake3.js';
import {
  isSafeRelativePath,
  memberName,
  type CacheManifest,
  type ManifestEntry,
  type ManifestHeader
} from '../hashing/manifest.js';
import { EntryTree, PlacementError } from './entry-tree.js';
import { inThreadLimit, tarBound, zstdFrameLength } from './in-thread.js';
import { TarReader, type TarMember } from './tar-reader.js';
import { ZstdPipe } from './zstd-worker.js';

const UMASK = process.umask();
const WRITE_FRESH =
  constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/** Why an entry was rejected; `reason` is a stable id for the quarantine event. */
export class Rejection extends Error {
  constructor(
    readonly reason: string,
    message: string,
    readonly file?: string
  ) {
    super(message);
    this.name = 'Rejection';
  }
}

export interface ExtractStats {
  files: number;
  dirs: number;
  symlinks: number;
  bytes: number;
}

function splitMember(name: string): { root: number; path: string } | undefined {
  const slash = name.indexOf('/');
  if (slash <= 0) return undefined;
  const root = name.slice(0, slash);
  if (!/^(0|[1-9][0-9]{0,2})$/.test(root)) return undefined;
  let path = name.slice(slash + 1);
  if (path.endsWith('/')) path = path.slice(0, -1);
  return { root: Number(root), path };
}

/**
 * Check the signed manifest as a whole before a byte is written: each root's entries must form a
 * tree (nothing beneath a symlink or a file, each path once) whose symlinks all resolve inside
 * the root once every entry is placed. Throws a Rejection with the placement reason.
 */
export function checkManifestTree(manifest: CacheManifest): void {
  const trees = manifest.roots.map((r) => new EntryTree(`the cache path '${r.spec}'`));
  try {
    for (const e of manifest.entries) trees[e.root].add(e.path, e.type, e.target);
    for (const t of trees) t.finish();
  } catch (err) {
    if (err instanceof PlacementError) {
      const file = `${manifest.entries.find((e) => e.path === err.path)?.root ?? 0}/${err.path}`;
      throw new Rejection(err.reason, `manifest entry ${err.message}`, file);
    }
    throw err;
  }
}

/**
 * Where the members' expected entries come from: v1 looks each member up in the manifest held
 * in memory (any order); v2 reads the entries file in lockstep (entries-file.ts). `admit` returns
 * the entry a member must match or throws a Rejection (unlisted, repeated, an entry skipped);
 * `finish` runs after the last member (every entry seen).
 */
export interface MemberSource {
  admit(root: number, path: string, name: string): ManifestEntry;
  /** Extra placement check of a member as written (v1: the staged tree). */
  staged?(root: number, path: string, entry: ManifestEntry, linkname: string | undefined): void;
  /** A member was written completely. */
  done?(entry: ManifestEntry): void;
  finish(): void;
  /** The folders made in staging so far (v1: a set; v2: the current chain, members are sorted). */
  readonly dirs: { has(dir: string): boolean; add(dir: string): void };
}

/** The v1 source: a map from path to entry per root, a flag per entry once written. */
function inlineSource(manifest: CacheManifest): MemberSource {
  const expected = manifest.roots.map(() => new Map<string, number>());
  manifest.entries.forEach((e, i) => expected[e.root].set(e.path, i));
  const entryDone = new Uint8Array(manifest.entries.length);
  const indexOf = new Map<ManifestEntry, number>();
  const staged = manifest.roots.map((r) => new EntryTree(`the cache path '${r.spec}'`));
  return {
    dirs: new Set<string>(),
    admit(root, path, name) {
      const index = expected[root]?.get(path);
      if (index === undefined)
        throw new Rejection(
          'unlisted-file',
          `archive member '${name}' is not in the signed manifest; expected only listed entries`,
          name
        );
      if (entryDone[index])
        throw new Rejection(
          'duplicate-member',
          `archive member '${name}' appears twice; expected each entry once`,
          name
        );
      const want = manifest.entries[index];
      indexOf.set(want, index);
      return want;
    },
    staged(root, path, want, linkname) {
      try {
        staged[root].add(path, want.type, linkname);
      } catch (err) {
        if (err instanceof PlacementError)
          throw new Rejection(err.reason, `archive member ${err.message}`, `${root}/${path}`);
        throw err;
      }
    },
    done(entry) {
      const i = indexOf.get(entry);
      if (i !== undefined) {
        entryDone[i] = 1;
        indexOf.delete(entry);
      }
    },
    finish() {
      for (let i = 0; i < manifest.entries.length; i++) {
        if (!entryDone[i]) {
          const e = manifest.entries[i];
          const id = memberName(e);
          throw new Rejection(
            'missing-file',
            `manifest entry '${id}' (${e.type}) is absent from the archive; expected every listed entry`,
            id
          );
        }
      }
    }
  };
}

/** The chain of folders above the last member (enough when members come in sorted order). */
export class DirChain {
  private readonly chain: string[] = [];
  has(dir: string): boolean {
    for (let i = this.chain.length - 1; i >= 0; i--) if (this.chain[i] === dir) return true;
    return false;
  }
  add(dir: string): void {
    const c = this.chain;
    while (c.length) {
      const top = c[c.length - 1];
      if (dir.length > top.length && dir.startsWith(top) && dir.charCodeAt(top.length) === 0x2f)
        break;
      c.pop();
    }
    c.push(dir);
  }
}

/**
 * Extract the payload read from `archiveFd` (from offset 0) into `stagingDir/<root>/<path>`,
 * verifying every member against `manifest`, and the stored bytes' size and BLAKE3 as they
 * stream by — one read of the archive. When a member is rejected, the archive is hashed to the
 * end first: a payload that is not the signed one is reported as such (`archive-*-mismatch`).
 */
export async function extractVerified(
  archiveFd: number,
  manifest: CacheManifest,
  stagingDir: string
): Promise<ExtractStats> {
  try {
    checkManifestTree(manifest);
  } catch (err) {
    if (err instanceof Rejection) checkArchive(archiveFd, manifest);
    throw err;
  }
  return extractFrom(archiveFd, manifest, inlineSource(manifest), tarBound(manifest), stagingDir);
}

/**
 * The same extraction for any source of expected entries (v2: the entries file in lockstep);
 * `bound` is the most tar bytes the entries allow (in-thread.ts's tarBound).
 */
export async function extractFrom(
  archiveFd: number,
  header: ManifestHeader,
  source: MemberSource,
  bound: number,
  stagingDir: string,
  /** The worker startDecompressor started on `archiveFd`; closed here whatever happens. */
  started?: ZstdPipe
): Promise<ExtractStats> {
  let stats: ExtractStats;
  try {
    stats = await extractStream(archiveFd, header, source, bound, stagingDir, started);
  } catch (err) {
    // The worker stops reading before the archive is hashed again here.
    await started?.close();
    if (err instanceof Rejection && !err.reason.startsWith('archive-'))
      checkArchive(archiveFd, header);
    throw err;
  }
  await started?.close();
  return stats;
}

/**
 * Start the worker that reads, hashes and decompresses the stored payload (into its bounded
 * ring of slots: nothing is parsed or written until extractFrom takes the pieces), so that it
 * runs while the main thread still checks the entries file. Undefined where the restore would
 * not use the worker: a payload small enough for the in-thread path, an uncompressed one, or
 * no native BLAKE3. The caller hands it to extractFrom, or closes it.
 */
export function startDecompressor(
  archiveFd: number,
  header: ManifestHeader,
  storedSize: number
): ZstdPipe | undefined {
  if (header.archive.compression !== 'zstd' || storedSize <= inThreadLimit()) return undefined;
  const native = blake3NativePath();
  return native ? ZstdPipe.decompressor(archiveFd, native) : undefined;
}

/** The in-thread path's tar (as the entries bound it) at most this many times its stored limit. */
const IN_THREAD_TAR_RATIO = 4;

/**
 * The whole stored payload when it is at most `inThreadLimit()` bytes (one read); undefined when
 * it is larger, or grew while it was read (then it is streamed).
 */
function readSmall(fd: number): Buffer | undefined {
  const size = fstatSync(fd).size;
  if (size > inThreadLimit()) return undefined;
  const buf = Buffer.allocUnsafe(size + 1);
  let pos = 0;
  while (pos < buf.length) {
    const n = readSync(fd, buf, pos, buf.length - pos, pos);
    if (n === 0) break;
    pos += n;
  }
  return pos > size ? undefined : buf.subarray(0, pos);
}

/** Hash the whole stored payload (the slow path, after a rejection). */
function checkArchive(fd: number, manifest: ManifestHeader): void {
  const { blake3, size } = hashFdSync(fd, Buffer.allocUnsafe(CHUNK_SIZE));
  archiveMatches(manifest, size, blake3);
}

function archiveMatches(manifest: ManifestHeader, size: number, blake3: string): void {
  if (size !== manifest.archive.size)
    throw new Rejection(
      'archive-size-mismatch',
      `payload.tar: expected ${manifest.archive.size} bytes (manifest), got ${size}`,
      'payload.tar'
    );
  if (blake3 !== manifest.archive.blake3)
    throw new Rejection(
      'archive-digest-mismatch',
      `payload.tar: expected BLAKE3 ${manifest.archive.blake3} (manifest), got ${blake3}`,
      'payload.tar'
    );
}

async function extractStream(
  archiveFd: number,
  manifest: ManifestHeader,
  source: MemberSource,
  bound: number,
  stagingDir: string,
  started: ZstdPipe | undefined
): Promise<ExtractStats> {
  const madeDirs = source.dirs;
  let lastParent = '';
  const stats: ExtractStats = { files: 0, dirs: 0, symlinks: 0, bytes: 0 };
  mkdirSync(stagingDir, { recursive: true, mode: 0o700 });
  const rootDirs = manifest.roots.map((_, i) => join(stagingDir, String(i)));
  for (const d of rootDirs) {
    mkdirSync(d);
    madeDirs.add(d);
  }

  // zlib loads here, on a hit: a miss or a save never reads an archive.
  const zlib = await import('node:zlib');
  // The stored bytes are read through a few reused buffers (no allocation per read, so no GC
  // churn), hashed, and fed to the decompressor or straight to the tar reader.
  const hasher = newBlake3();
  let storedBytes = 0;
  let storedDigest = '';
  if (manifest.archive.compression === 'zstd' && typeof zlib.createZstdDecompress !== 'function')
    throw new Error(
      `this entry's payload is zstd-compressed and Node ${process.version} has no zstd; run the restore on Node 24 (runs.using: node24)`
    );
  const asRejection = (err: unknown): Rejection =>
    err instanceof Rejection
      ? err
      : new Rejection(
          'corrupt-archive',
          `the payload archive cannot be read: ${(err as Error).message}; expected a complete tar`
        );

  // A small zstd payload is checked and decompressed here in one call (no worker thread) —
  // when the tar the entries describe is small too: a small payload of many small text files
  // can hold a tar 60 times its size, which would sit in memory whole.
  let tarBytes: Buffer | undefined;
  const stored =
    !started &&
    manifest.archive.compression === 'zstd' &&
    bound <= IN_THREAD_TAR_RATIO * inThreadLimit()
      ? readSmall(archiveFd)
      : undefined;
  if (stored) {
    storedBytes = stored.length;
    storedDigest = blake3Hex(stored);
    // Every byte is at hand: the stored size and digest are checked before anything else.
    archiveMatches(manifest, storedBytes, storedDigest);
    // Node's zstd stops quietly after the first frame: the payload must be one frame exactly.
    const frame = zstdFrameLength(stored);
    if (frame !== stored.length)
      throw new Rejection(
        'corrupt-archive',
        frame === -1
          ? 'the payload archive is not one complete zstd frame; expected the archive the sentinel wrote'
          : `the payload archive has ${stored.length - frame} bytes after its zstd frame; expected one frame`
      );
    try {
      tarBytes = zlib.zstdDecompressSync(stored, { maxOutputLength: bound });
    } catch (err) {
      // Larger than the manifest allows (a bomb): the streaming path below finds and refuses
      // the oversized member at its header, as for any large payload.
      if ((err as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') throw asRejection(err);
      storedBytes = 0;
    }
  }
  const inflate =
    !tarBytes && manifest.archive.compression === 'zstd' && !blake3NativePath()
      ? zlib.createZstdDecompress({ chunkSize: 1 << 20 })
      : undefined;

  /** The checks a member passes before a byte of it is written; returns where it goes. */
  const admit = (h: TarMember) => {
    const name = h.name;
    const parts = splitMember(name);
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
      throw new Rejection(
        'absolute-path',
        `archive member '${name}' has an absolute path; expected a path relative to its cache root`,
        name
      );
    }
    if (!parts || !isSafeRelativePath(parts.path)) {
      const dotdot = name.split('/').includes('..');
      throw new Rejection(
        dotdot ? 'path-traversal' : 'bad-member-name',
        `archive member '${name}' ${dotdot ? 'climbs out with ..' : 'is not <root>/<relative path>'}; expected one of the manifest's paths`,
        name
      );
    }
    const kind = h.type;
    if (kind === 'link') {
      throw new Rejection(
        'hardlink',
        `archive member '${name}' is a hardlink to '${h.linkname}'; expected no hardlinks (the sentinel never writes them)`,
        name
      );
    }
    if (kind !== 'file' && kind !== 'directory' && kind !== 'symlink') {
      throw new Rejection(
        'special-file',
        `archive member '${name}' is a ${kind}; expected only files, folders and symlinks`,
        name
      );
    }
    if (parts.root >= rootDirs.length)
      throw new Rejection(
        'unlisted-file',
        `archive member '${name}' is not in the signed manifest; expected only listed entries`,
        name
      );
    const want = source.admit(parts.root, parts.path, name);
    const wantKind = want.type === 'dir' ? 'directory' : want.type;
    if (kind !== wantKind) {
      throw new Rejection(
        'type-mismatch',
        `archive member '${name}': expected a ${wantKind} (manifest), got a ${kind}`,
        name
      );
    }
    source.staged?.(parts.root, parts.path, want, h.linkname ?? undefined);
    // Member paths are checked safe relative paths with '/' separators: joined as they are.
    const rootDir = rootDirs[parts.root];
    const slash = parts.path.lastIndexOf('/');
    const dest = `${rootDir}/${parts.path}`;
    const parent = slash === -1 ? rootDir : `${rootDir}/${parts.path.slice(0, slash)}`;
    if (parent !== lastParent && !madeDirs.has(parent)) {
      mkdirSync(parent, { recursive: true, mode: 0o700 });
      madeDirs.add(parent);
    }
    lastParent = parent;
    return { name, want, kind, dest };
  };

  // Each member is checked and written synchronously as its bytes arrive: no stream and no
  // promise per member or per chunk.
  let openFd: number | undefined;
  let file:
    { name: string; want: ManifestEntry; hasher: Blake3; fd: number; size: number } | undefined;
  const reader = new TarReader({
    entry: (h) => {
      const m = admit(h);
      const { name, want } = m;
      if (m.kind === 'directory') {
        if (!madeDirs.has(m.dest)) mkdirSync(m.dest, { mode: 0o700 });
        chmodSync(m.dest, want.mode | 0o700);
        madeDirs.add(m.dest);
        stats.dirs++;
        source.done?.(want);
        return;
      }
      if (m.kind === 'symlink') {
        const target = h.linkname ?? '';
        if (target !== want.target) {
          throw new Rejection(
            'symlink-mismatch',
            `symlink '${name}': expected target '${want.target}' (manifest), got '${target}'`,
            name
          );
        }
        symlinkSync(target, m.dest);
        stats.symlinks++;
        source.done?.(want);
        return;
      }
      if (h.size !== want.size) {
        throw new Rejection(
          'size-mismatch',
          `file '${name}': expected ${want.size} bytes (manifest), got ${h.size ?? 0} in the archive`,
          name
        );
      }
      // O_CREAT|O_EXCL|O_NOFOLLOW: a fresh file, never through a symlink at the final component.
      // Created with its final mode (the staging folder is private); fchmod only where the
      // umask took bits away. The staged tree is moved into place as it is.
      const fd = openSync(m.dest, WRITE_FRESH, want.mode);
      openFd = fd;
      file = { name, want, hasher: newBlake3(), fd, size: 0 };
    },
    data: (chunk) => {
      if (!file) return; // a folder's or symlink's data: skipped
      file.size += chunk.length;
      if (file.size > file.want.size)
        throw new Rejection(
          'size-mismatch',
          `file '${file.name}': expected ${file.want.size} bytes (manifest), got more`,
          file.name
        );
      file.hasher.update(chunk);
      for (let off = 0; off < chunk.length;)
        off += writeSync(file.fd, chunk, off, chunk.length - off);
    },
    end: () => {
      const f = file;
      if (!f) return;
      file = undefined;
      const { want, name } = f;
      if ((want.mode & ~UMASK) !== want.mode) fchmodSync(f.fd, want.mode);
      openFd = undefined;
      closeSync(f.fd);
      if (f.size !== want.size) {
        throw new Rejection(
          'size-mismatch',
          `file '${name}': expected ${want.size} bytes (manifest), got ${f.size}`,
          name
        );
      }
      const digest = f.hasher.digestHex();
      if (digest !== want.blake3) {
        throw new Rejection(
          'digest-mismatch',
          `file '${name}': expected BLAKE3 ${want.blake3} (manifest), got ${digest}`,
          name
        );
      }
      stats.files++;
      stats.bytes += f.size;
      source.done?.(want);
    }
  });

  const native = blake3NativePath();
  if (tarBytes) {
    try {
      reader.push(tarBytes);
      reader.finish();
    } catch (err) {
      if (openFd !== undefined) closeSync(openFd);
      openFd = undefined;
      throw asRejection(err);
    }
  } else if (inflate === undefined && manifest.archive.compression === 'zstd' && native) {
    // zstd and the stored bytes' hash on a worker thread; the tar is checked and written here,
    // synchronously, from the shared slots it fills.
    const pipe = started ?? ZstdPipe.decompressor(archiveFd, native);
    try {
      for (let piece = pipe.next(); piece; piece = pipe.next()) reader.push(piece);
      reader.finish();
      ({ size: storedBytes, blake3: storedDigest } = pipe.results());
    } catch (err) {
      if (openFd !== undefined) closeSync(openFd);
      openFd = undefined;
      throw asRejection(err);
    } finally {
      await pipe.close();
    }
  } else {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      let stopped = false;
      const fail = (err: unknown) => {
        if (failed) return;
        failed = true;
        stopped = true;
        if (openFd !== undefined) closeSync(openFd);
        openFd = undefined;
        inflate?.destroy();
        reject(asRejection(err));
      };
      const take = (chunk: Buffer): void => {
        if (failed) return;
        try {
          reader.push(chunk);
        } catch (err) {
          fail(err);
        }
      };
      const finished = () => {
        if (failed) return;
        try {
          reader.finish();
          resolve();
        } catch (err) {
          fail(err);
        }
      };
      if (inflate) {
        inflate.on('data', take);
        inflate.on('error', fail);
        inflate.on('end', finished);
      }
      const feed = async () => {
        const free = [1, 2, 3, 4].map(() => Buffer.allocUnsafe(1 << 20));
        let waiting: (() => void) | undefined;
        let pos = 0;
        while (!stopped) {
          const buf = free.pop() ?? (await new Promise<void>((r) => (waiting = r)), free.pop()!);
          const n = readSync(archiveFd, buf, 0, buf.length, pos);
          if (n === 0) {
            free.push(buf);
            break;
          }
          pos += n;
          const chunk = buf.subarray(0, n);
          hasher.update(chunk);
          storedBytes += n;
          if (!inflate) {
            // The reader is synchronous and keeps nothing it is given: the buffer is reused.
            take(chunk);
            free.push(buf);
            continue;
          }
          const release = () => {
            free.push(buf);
            const w = waiting;
            waiting = undefined;
            w?.();
          };
          if (!inflate.write(chunk, release)) await once(inflate, 'drain');
        }
        if (stopped) return;
        if (inflate) inflate.end();
        else finished();
      };
      feed().catch(fail);
    });
    storedDigest = hasher.digestHex();
  }
  archiveMatches(manifest, storedBytes, storedDigest);
  source.finish();
  return stats;
}
