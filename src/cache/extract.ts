/**
 * Safe extraction of a payload archive into a private staging folder, checking every member
 * against the (already signature-verified) manifest as it streams: no absolute or `..` names,
 * no hardlinks, devices or FIFOs, no symlink leaving its root, nothing written through a
 * symlink, no member missing from the manifest, sizes and BLAKE3 digests equal. Nothing is
 * written outside `stagingDir`; the caller moves the tree to its destination only when this
 * returns without throwing.
 */
import { chmodSync, createReadStream, mkdirSync, symlinkSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import tarStream from 'tar-stream';
import { newBlake3 } from '../hashing/blake3.js';
import {
  isSafeRelativePath,
  memberName,
  type CacheManifest,
  type ManifestEntry
} from '../hashing/manifest.js';
import { EntryTree, PlacementError } from './entry-tree.js';

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

/** Extract `archiveFile` into `stagingDir/<root>/<path>`, verifying against `manifest`. */
export async function extractVerified(
  archiveFile: string,
  manifest: CacheManifest,
  stagingDir: string
): Promise<ExtractStats> {
  const expected = new Map<string, ManifestEntry>(manifest.entries.map((e) => [memberName(e), e]));
  checkManifestTree(manifest);
  // What has been written so far, per root: the same placement rules, member by member.
  const staged = manifest.roots.map((r) => new EntryTree(`the cache path '${r.spec}'`));
  const done = new Set<string>();
  const madeDirs = new Set<string>();
  const stats: ExtractStats = { files: 0, dirs: 0, symlinks: 0, bytes: 0 };
  mkdirSync(stagingDir, { recursive: true, mode: 0o700 });
  for (let i = 0; i < manifest.roots.length; i++) mkdirSync(join(stagingDir, String(i)));

  const extract = tarStream.extract();
  const source = createReadStream(archiveFile);
  source.on('error', (err) => extract.destroy(err));
  source.pipe(extract);
  try {
    for await (const member of extract) {
      const h = member.header;
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
      const id = `${parts.root}/${parts.path}`;
      const want = expected.get(id);
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
      if (!want)
        throw new Rejection(
          'unlisted-file',
          `archive member '${name}' is not in the signed manifest; expected only listed entries`,
          name
        );
      if (done.has(id))
        throw new Rejection(
          'duplicate-member',
          `archive member '${name}' appears twice; expected each entry once`,
          name
        );
      const wantKind = want.type === 'dir' ? 'directory' : want.type;
      if (kind !== wantKind) {
        throw new Rejection(
          'type-mismatch',
          `archive member '${name}': expected a ${wantKind} (manifest), got a ${kind}`,
          name
        );
      }
      const segs = parts.path.split('/');
      try {
        staged[parts.root].add(parts.path, want.type, h.linkname ?? undefined);
      } catch (err) {
        if (err instanceof PlacementError)
          throw new Rejection(err.reason, `archive member ${err.message}`, name);
        throw err;
      }
      const dest = join(stagingDir, String(parts.root), ...segs);
      const parent = join(stagingDir, String(parts.root), ...segs.slice(0, -1));
      if (!madeDirs.has(parent)) {
        mkdirSync(parent, { recursive: true, mode: 0o700 });
        madeDirs.add(parent);
      }
      if (kind === 'directory') {
        if (!madeDirs.has(dest)) mkdirSync(dest, { mode: 0o700 });
        chmodSync(dest, want.mode | 0o700);
        madeDirs.add(dest);
        stats.dirs++;
        member.resume();
      } else if (kind === 'symlink') {
        const target = h.linkname ?? '';
        if (target !== want.target) {
          throw new Rejection(
            'symlink-mismatch',
            `symlink '${name}': expected target '${want.target}' (manifest), got '${target}'`,
            name
          );
        }
        symlinkSync(target, dest);
        stats.symlinks++;
        member.resume();
      } else {
        if (h.size !== want.size) {
          throw new Rejection(
            'size-mismatch',
            `file '${name}': expected ${want.size} bytes (manifest), got ${h.size ?? 0} in the archive`,
            name
          );
        }
        const hasher = newBlake3();
        // 'wx': O_CREAT|O_EXCL, which also refuses to follow a symlink at the final component.
        const fh = await open(dest, 'wx', 0o600);
        let size = 0;
        try {
          for await (const chunk of member as AsyncIterable<Buffer>) {
            size += chunk.length;
            if (size > want.size) break;
            hasher.update(chunk);
            await fh.write(chunk);
          }
        } finally {
          await fh.close();
        }
        if (size !== want.size) {
          throw new Rejection(
            'size-mismatch',
            `file '${name}': expected ${want.size} bytes (manifest), got ${size}`,
            name
          );
        }
        const digest = hasher.digestHex();
        if (digest !== want.blake3) {
          throw new Rejection(
            'digest-mismatch',
            `file '${name}': expected BLAKE3 ${want.blake3} (manifest), got ${digest}`,
            name
          );
        }
        stats.files++;
        stats.bytes += size;
      }
      done.add(id);
    }
  } catch (err) {
    source.destroy();
    if (err instanceof Rejection) throw err;
    throw new Rejection(
      'corrupt-archive',
      `the payload archive cannot be read: ${(err as Error).message}; expected a complete tar`
    );
  }
  for (const [id, e] of expected) {
    if (!done.has(id)) {
      throw new Rejection(
        'missing-file',
        `manifest entry '${id}' (${e.type}) is absent from the archive; expected every listed entry`,
        id
      );
    }
  }
  return stats;
}
