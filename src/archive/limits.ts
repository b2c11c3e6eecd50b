/** Hard bounds for reading an archive: a zip bomb or a lying header is an error, never a hang. */
export interface ArchiveLimits {
  /** The most members one archive may have. */
  maxEntries: number;
  /** The most uncompressed bytes read out of one archive (all members together). */
  maxBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 100_000,
  maxBytes: 4 * 1024 * 1024 * 1024
};
