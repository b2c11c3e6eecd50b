/**
 * The one model of what a cache entry places under a root, used by save (the walked tree) and by
 * restore (the signed manifest, before a byte is written, and the archive as it streams).
 *
 * Entries are added in order. An entry may only be placed under real folders of the tree — never
 * beneath a symlink or a file — and each path once. Symlink targets are resolved the way the
 * kernel would resolve them once everything is placed: component by component against the
 * entries in the tree, following symlinks already in it (`a/b -> ..` makes `a/c -> b/../..`
 * climb two levels, not zero), so a chain of individually harmless links cannot reach outside
 * the root. `finish()` re-resolves every link against the complete tree, so a link added before
 * the link it passes through is judged as it will really resolve.
 */

export type EntryKind = 'file' | 'dir' | 'symlink';

/** Why an entry cannot be placed; `reason` is a stable id (the quarantine reason on restore). */
export class PlacementError extends Error {
  override name = 'PlacementError';
  constructor(
    readonly reason:
      | 'write-through-symlink'
      | 'not-a-directory'
      | 'duplicate-member'
      | 'out-of-order'
      | 'symlink-escape'
      | 'symlink-loop',
    message: string,
    readonly path: string
  ) {
    super(message);
  }
}

/** Most symlinks followed while resolving one path (Linux's MAXSYMLINKS). */
const MAX_HOPS = 40;

const FILE = 1;
const DIR = 2;
const LINK = 3;

export class EntryTree {
  /** Path (relative, `/`-separated; '' is the root) → kind. Implicit parents are folders. */
  private readonly kinds = new Map<string, number>([['', DIR]]);
  private readonly links = new Map<string, string>();
  /** Folders listed as entries (as opposed to created implicitly for a child). */
  private readonly listed = new Set<string>();

  /** @param label names the root in messages (e.g. `cache path 'deps'`). */
  constructor(private readonly label = 'the cache root') {}

  /** Place `path` (safe relative path, checked by the caller) as `kind`; throws PlacementError. */
  add(path: string, kind: EntryKind, target?: string): void {
    let slash = path.indexOf('/');
    while (slash !== -1) {
      const parent = path.slice(0, slash);
      const k = this.kinds.get(parent);
      if (k === LINK) {
        throw new PlacementError(
          'write-through-symlink',
          `'${path}' would be written through the symlink '${parent}'; expected real folders`,
          path
        );
      }
      if (k === FILE) {
        throw new PlacementError(
          'not-a-directory',
          `'${path}' would be placed under '${parent}', which is a file; expected a folder`,
          path
        );
      }
      if (k === undefined) this.kinds.set(parent, DIR);
      slash = path.indexOf('/', slash + 1);
    }
    const existing = this.kinds.get(path);
    if (existing !== undefined) {
      // A folder created implicitly for an earlier child may be listed later (glob roots).
      if (!(existing === DIR && kind === 'dir' && !this.listed.has(path))) {
        throw new PlacementError(
          'duplicate-member',
          `'${path}' appears twice; expected each entry once`,
          path
        );
      }
    }
    if (kind === 'dir') this.listed.add(path);
    this.kinds.set(path, kind === 'file' ? FILE : kind === 'dir' ? DIR : LINK);
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

  /**
   * Where `link` resolves to, following the tree's symlinks: a path inside the root, 'outside'
   * or 'loop'. Components not in the tree are taken as plain names.
   */
  resolve(link: string): string | 'outside' | 'loop' {
    return resolveLink(this.links, link);
  }
}

/**
 * Refuse symlink `link` (its target in `links`) unless it is relative and resolves inside the
 * root once every link in `links` is followed; `label` names the root. Throws PlacementError.
 */
export function checkLink(links: ReadonlyMap<string, string>, link: string, label: string): void {
  const target = links.get(link)!;
  if (
    target === '' ||
    target.startsWith('/') ||
    target.includes('\0') ||
    target.includes('\\') ||
    /^[A-Za-z]:/.test(target)
  ) {
    throw new PlacementError(
      'symlink-escape',
      `symlink '${link}' points to '${target}'; expected a relative target inside ${label}`,
      link
    );
  }
  const where = resolveLink(links, link);
  if (where === 'outside') {
    throw new PlacementError(
      'symlink-escape',
      `symlink '${link}' points to '${target}', which resolves outside ${label} (following the symlinks in the entry); expected a target inside it`,
      link
    );
  }
  if (where === 'loop') {
    throw new PlacementError(
      'symlink-loop',
      `symlink '${link}' points to '${target}', which never resolves (more than ${MAX_HOPS} symlinks); expected a target inside ${label}`,
      link
    );
  }
}

/**
 * Where symlink `link` resolves to, following the symlinks in `links` (path → target): a path
 * inside the root, 'outside' or 'loop'. Components that are not links are taken as plain names.
 */
export function resolveLink(
  links: ReadonlyMap<string, string>,
  link: string
): string | 'outside' | 'loop' {
  const stack = link.split('/');
  stack.pop();
  const pending = links.get(link)!.split('/').reverse();
  let hops = 0;
  while (pending.length) {
    const seg = pending.pop()!;
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (!stack.length) return 'outside';
      stack.pop();
      continue;
    }
    const candidate = stack.length ? `${stack.join('/')}/${seg}` : seg;
    const t = links.get(candidate);
    if (t !== undefined) {
      if (++hops > MAX_HOPS) return 'loop';
      if (t.startsWith('/')) return 'outside';
      for (const x of t.split('/').reverse()) pending.push(x);
      continue;
    }
    stack.push(seg);
  }
  return stack.join('/');
}
