/**
 * The placement model of entry-tree.ts for entries that arrive in the manifest v2 order (each
 * root's paths strictly increasing, compared segment by segment — a depth-first walk with each
 * folder's names sorted). In that order a path's ancestors that are entries come before it and
 * everything between an ancestor and the path lies beneath the ancestor, so the ancestors are a
 * stack: memory holds the current chain of folders and the symlinks (their targets are resolved
 * against the whole tree at `finish()`), never one record per file.
 *
 * The same rules as EntryTree, with the same PlacementError reasons: nothing beneath a symlink or
 * a file, each path once (a repeat or a path out of order is refused), and every symlink
 * resolving inside the root the way the kernel would once everything is placed.
 */
import { checkLink, PlacementError, type EntryKind } from './entry-tree.js';

/**
 * Order of two relative POSIX paths segment by segment (a folder before everything in it, then
 * its next sibling): negative, 0 or positive. Names compare by UTF-16 code units, as the save
 * walk sorts them.
 */
export function comparePaths(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // '/' ends a segment: it sorts before any character of a longer name.
    if (x === 0x2f) return -1;
    if (y === 0x2f) return 1;
    return x - y;
  }
  return a.length - b.length;
}

/** Whether `anc` is a proper ancestor of `path` (both relative, '' is the root). */
function isAncestor(anc: string, path: string): boolean {
  if (anc === '') return path !== '';
  return path.length > anc.length && path.charCodeAt(anc.length) === 0x2f && path.startsWith(anc);
}

export class SortedEntryTree {
  /** The chain of entries above (and including) the last one added. */
  private readonly chain: { path: string; kind: EntryKind }[] = [];
  private readonly links = new Map<string, string>();
  private last: string | undefined;

  /** @param label names the root in messages (e.g. `the cache path 'deps'`). */
  constructor(private readonly label = 'the cache root') {}

  /** Place `path` (a safe relative path, checked by the caller) as `kind`; throws PlacementError. */
  add(path: string, kind: EntryKind, target?: string): void {
    if (this.last !== undefined) {
      const order = comparePaths(path, this.last);
      if (order === 0)
        throw new PlacementError(
          'duplicate-member',
          `'${path}' appears twice; expected each entry once`,
          path
        );
      if (order < 0)
        throw new PlacementError(
          'out-of-order',
          `'${path}' comes after '${this.last}'; expected the entries in the manifest order (sorted by path segments)`,
          path
        );
    }
    this.last = path;
    const chain = this.chain;
    while (chain.length && !isAncestor(chain[chain.length - 1].path, path)) chain.pop();
    const parent = chain[chain.length - 1];
    if (parent?.kind === 'symlink')
      throw new PlacementError(
        'write-through-symlink',
        `'${path}' would be written through the symlink '${parent.path}'; expected real folders`,
        path
      );
    if (parent?.kind === 'file')
      throw new PlacementError(
        'not-a-directory',
        `'${path}' would be placed under '${parent.path}', which is a file; expected a folder`,
        path
      );
    chain.push({ path, kind });
    if (kind === 'symlink') {
      this.links.set(path, target ?? '');
      this.checkLink(path);
    }
  }

  /** Re-resolve every symlink against the complete tree (call once all entries are added). */
  finish(): void {
    for (const link of this.links.keys()) this.checkLink(link);
  }

  private checkLink(link: string): void {
    checkLink(this.links, link, this.label);
  }
}
