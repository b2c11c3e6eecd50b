/** Where signed cache entries are stored: the GitHub cache service or a local folder. */

/**
 * The files of an entry, as stored: `manifest.json`, `signature.json`, `payload.tar`, and (v2
 * manifests, what save writes) `entries.ndjson`, which the signed manifest pins by digest.
 */
export const ENVELOPE_FILES = [
  'manifest.json',
  'signature.json',
  'entries.ndjson',
  'payload.tar'
] as const;
export type EnvelopeFile = (typeof ENVELOPE_FILES)[number];

export interface FetchedEnvelope {
  bytes: number;
  /**
   * Where to read the payload from, when the backend lets it be read in place (a local store)
   * instead of copying it into staging. The verifier reads it once, through one descriptor.
   */
  payloadPath?: string;
}

export interface FoundEntry {
  /** The storage key that matched (exact key or a restore-key prefix match). */
  matchedKey: string;
  /**
   * Copy the entry's files into `stagingDir` (a fresh private folder) without interpreting
   * them. Throws EnvelopeError when the stored object is not a well-formed envelope.
   */
  fetch(stagingDir: string): Promise<FetchedEnvelope>;
}

export interface CacheBackend {
  readonly name: string;
  /** The entry for `keys[0]` exactly, else the newest whose key starts with a later item. */
  lookup(keys: string[]): Promise<FoundEntry | undefined>;
  /** Store the envelope folder under `key`; 'exists' when an entry already holds that key. */
  save(key: string, envelopeDir: string): Promise<'saved' | 'exists'>;
  /**
   * A fresh folder to write the envelope into, where `save` can adopt it without copying (a
   * local store: inside it, renamed into place). Absent: the caller uses a temp folder.
   */
  newEnvelopeDir?(): string;
  /** Throw away a folder from newEnvelopeDir that was not saved. */
  discardEnvelopeDir?(dir: string): void;
}

/** A stored object that is not a well-formed envelope (quarantined, like any other rejection). */
export class EnvelopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvelopeError';
  }
}

/** The backend could not be reached or answered wrongly: the gate cannot decide. */
export class BackendError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackendError';
  }
}

/** Size bounds for the small envelope files (the payload is bounded by the manifest). */
export const MAX_ENVELOPE_FILE: Record<EnvelopeFile, number> = {
  'manifest.json': 64 * 1024 * 1024,
  'signature.json': 1024 * 1024,
  'entries.ndjson': 512 * 1024 * 1024,
  'payload.tar': Number.MAX_SAFE_INTEGER
};
