/** OCI digests: syntax, hashing and the referrers tag schema. */
import { createHash } from 'node:crypto';

const DIGEST_RE = /^sha256:[a-f0-9]{64}$|^sha512:[a-f0-9]{128}$/;

export function isDigest(text: string): boolean {
  return DIGEST_RE.test(text);
}

/** The digest of bytes with the algorithm of `like` (sha256 unless like is sha512). */
export function digestOf(bytes: Uint8Array, like = 'sha256:'): string {
  const alg = like.startsWith('sha512:') ? 'sha512' : 'sha256';
  return `${alg}:${createHash(alg).update(bytes).digest('hex')}`;
}

export function encoded(digest: string): string {
  return digest.slice(digest.indexOf(':') + 1);
}

/** The referrers tag schema of distribution-spec 1.1: `<alg>-<first 64 chars of the encoded part>`. */
export function fallbackTag(digest: string): string {
  const [alg, enc] = digest.split(':');
  return `${alg.slice(0, 32)}-${enc.slice(0, 64)}`.replace(/[^a-zA-Z0-9_.-]/g, '-');
}
