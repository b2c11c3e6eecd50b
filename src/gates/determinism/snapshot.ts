/** A build output as the comparison sees it: its files with digests, wherever they came from. */
import type { ArchiveListing } from '../../archive/read-archive.js';

export type RecordType = 'file' | 'dir' | 'symlink' | 'special';

export interface FileRecord {
  /** POSIX path relative to the output root (the file's name for a single-file output). */
  path: string;
  type: RecordType;
  size: number;
  sha256?: string;
  mode?: number;
  /** Symlink target (never followed). */
  target?: string;
  /** FIFO, socket or device (never opened). */
  special?: string;
  /** Archive members, when known (from a manifest, or read on demand). */
  archive?: ArchiveListing;
  /** Whether an archive listing was looked for (a manifest records it for every archive). */
  archiveKnown?: boolean;
}

export type SnapshotKind = 'tree' | 'file' | 'manifest';

export interface Snapshot {
  /** The input as given (a path relative to the workspace). */
  source: string;
  kind: SnapshotKind;
  /** What a manifest was made from (tree or file); for trees and files, the same as kind. */
  subjectKind: 'tree' | 'file';
  /** Absolute root on this machine (trees and files); absent for manifests. */
  root?: string;
  files: Map<string, FileRecord>;
  bytes: number;
  /** Manifest metadata (platform, arch, when), shown in the report. */
  origin?: Record<string, string>;
}
