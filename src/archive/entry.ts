/**
 * What an archive member is, as far as a byte-for-byte comparison cares: its name, kind,
 * content digest and the metadata that build tools leak (mtime, owner, mode, zip extra fields).
 * Nothing here is ever written to disk, so a hostile name cannot escape anywhere; such names are
 * still refused, because no honest build output holds one.
 */

export type ArchiveKind = 'tar' | 'tar.gz' | 'tar.zst' | 'zip' | 'ar' | 'gzip' | 'zst';

export type EntryType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'device' | 'fifo';

export interface ArchiveEntry {
  /** The member name as stored. */
  name: string;
  type: EntryType;
  /** Uncompressed size in bytes. */
  size: number;
  /** sha256 of the uncompressed content (files only). */
  sha256?: string;
  /** Permission bits (and setuid/setgid/sticky), when the format records them. */
  mode?: number;
  uid?: number;
  gid?: number;
  uname?: string;
  gname?: string;
  /** Modification time in whole seconds since the epoch (zip: DOS local time read as UTC). */
  mtime?: number;
  /** Symlink or hardlink target. */
  linkname?: string;
  /** Zip extra fields as `id:sha256-prefix` (timestamps, unix uid/gid, NTFS times, padding). */
  extra?: string[];
  /** Zip compression method (0 stored, 8 deflate, …). */
  method?: number;
  /** Whether the member is encrypted (its raw, still-encrypted bytes are hashed). */
  encrypted?: boolean;
  /** Pax records other than the ones represented above (path, size, times, owners). */
  pax?: Record<string, string>;
}

export interface ArchiveListing {
  kind: ArchiveKind;
  /** Bytes before the first member (python zipapp shebang, jmod header, stub); absent when none. */
  prefixBytes?: number;
  /** sha256 of those prefix bytes. */
  prefixSha256?: string;
  /** Compression-wrapper header facts (gzip mtime, original name, OS byte). */
  wrapper?: Record<string, string | number>;
  /** Zip archive comment. */
  comment?: string;
  entries: ArchiveEntry[];
}

/** An archive that cannot be read safely: corrupt, truncated, over a bound, or hostile. */
export class ArchiveError extends Error {
  override name = 'ArchiveError';
  constructor(
    message: string,
    /** Stable id: corrupt, truncated, too-many-entries, too-large, unsafe-name, unsupported. */
    readonly reason: string
  ) {
    super(message);
  }
}

/** Why a member name is unsafe (absolute, drive letter, `..` segment, NUL), or undefined. */
export function unsafeNameReason(name: string): string | undefined {
  if (name.includes('\0')) return 'contains a NUL byte';
  const n = name.replace(/\\/g, '/');
  if (n.startsWith('/')) return 'is an absolute path';
  if (/^[A-Za-z]:/.test(n)) return 'starts with a drive letter';
  if (n.split('/').includes('..')) return 'climbs out with ..';
  return undefined;
}

export function refuseUnsafeName(name: string, where: string): void {
  const why = unsafeNameReason(name);
  if (why) {
    throw new ArchiveError(
      `${where}: member '${name.slice(0, 200)}' ${why} (a tar-slip / zip-slip name); no honest build output holds one`,
      'unsafe-name'
    );
  }
}
