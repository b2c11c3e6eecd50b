/**
 * Named stabilizers (after Google OSS Rebuild's): a kind of difference that may be allowed
 * explicitly. Every difference is an aspect; an aspect either belongs to one stabilizer or is a
 * real difference that nothing allows (content, a missing file, a changed link target …).
 */
import { InputError } from '../../core/errors.js';

export const STABILIZERS = {
  'entry-order': 'archive members stored in a different order',
  mtimes: 'modification times (tar, zip, ar members)',
  owners: 'owner and group ids and names of archive members',
  modes: 'permission bits of archive members (and executable bits of files in a tree)',
  'zip-extra': 'zip extra fields (extended timestamps, unix uid/gid, NTFS times, padding)',
  'gzip-header': 'the gzip header around a compressed file or tar (mtime, original name, OS byte)'
} as const;

export type Stabilizer = keyof typeof STABILIZERS;
export const STABILIZER_NAMES = Object.keys(STABILIZERS) as Stabilizer[];

/** What differs, finest grain first. */
export type Aspect =
  | 'only-in-a'
  | 'only-in-b'
  | 'type'
  | 'content'
  | 'link-target'
  | 'compression'
  | 'pax'
  | 'comment'
  | 'prefix'
  | 'container'
  | 'unreadable'
  | 'mtime'
  | 'owner'
  | 'mode'
  | 'zip-extra'
  | 'entry-order'
  | 'gzip-header';

const COVERED: Partial<Record<Aspect, Stabilizer>> = {
  mtime: 'mtimes',
  owner: 'owners',
  mode: 'modes',
  'zip-extra': 'zip-extra',
  'entry-order': 'entry-order',
  'gzip-header': 'gzip-header'
};

/** The stabilizer that allows an aspect, or undefined for a real difference. */
export function stabilizerFor(aspect: Aspect): Stabilizer | undefined {
  return COVERED[aspect];
}

/** Parse `allow-stabilizers`: names, `all`, or nothing (none allowed). */
export function parseAllowed(items: string[]): Set<Stabilizer> {
  const out = new Set<Stabilizer>();
  for (const raw of items) {
    const item = raw.trim().toLowerCase();
    if (item === 'all') STABILIZER_NAMES.forEach((s) => out.add(s));
    else if (item === 'none') continue;
    else if ((STABILIZER_NAMES as string[]).includes(item)) out.add(item as Stabilizer);
    else
      throw new InputError(
        'allow-stabilizers',
        `'${raw}' is not a stabilizer; use all, or any of: ${STABILIZER_NAMES.join(', ')}`
      );
  }
  return out;
}
