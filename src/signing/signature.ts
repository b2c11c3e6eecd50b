/** The detached signature stored next to a cache manifest, and its parsing. */
import { JsonDocumentError, parseStrictJsonBytes } from '../core/strict-json.js';

export const SIGNATURE_SCHEMA = 'ci-intel.cache-signature.v1';
export const MAX_SIGNATURE_BYTES = 1024 * 1024;

export type SignatureDoc =
  | { schema: typeof SIGNATURE_SCHEMA; type: 'ed25519'; keyId: string; signature: string }
  | { schema: typeof SIGNATURE_SCHEMA; type: 'sigstore'; bundle: unknown };

/** Who signed, as established by a verified signature. */
export interface SignerIdentity {
  type: 'ed25519' | 'sigstore';
  /** ed25519: the key id; sigstore: the certificate's SAN (workflow identity). */
  id: string;
  /** sigstore only: what the certificate says about the signing run. */
  claims?: { issuer?: string; ref?: string; event?: string; repository?: string; runUrl?: string };
}

export class SignatureError extends Error {
  constructor(
    readonly reason: 'missing-signature' | 'bad-signature' | 'untrusted-signer',
    message: string
  ) {
    super(message);
    this.name = 'SignatureError';
  }
}

export function parseSignatureDoc(bytes: Uint8Array | undefined): SignatureDoc {
  if (!bytes || bytes.length === 0)
    throw new SignatureError(
      'missing-signature',
      'the entry has no signature; expected a signed manifest'
    );
  if (bytes.length > MAX_SIGNATURE_BYTES) {
    throw new SignatureError(
      'bad-signature',
      `signature document is ${bytes.length} bytes; expected at most ${MAX_SIGNATURE_BYTES}`
    );
  }
  let doc: Record<string, unknown>;
  try {
    doc = parseStrictJsonBytes(bytes, 'signature.json') as Record<string, unknown>;
  } catch (err) {
    if (err instanceof JsonDocumentError) throw new SignatureError('bad-signature', err.message);
    throw err;
  }
  if (typeof doc !== 'object' || doc === null || doc.schema !== SIGNATURE_SCHEMA) {
    throw new SignatureError(
      'bad-signature',
      `signature document: expected schema ${SIGNATURE_SCHEMA}, got ${JSON.stringify(doc?.schema)}`
    );
  }
  if (
    doc.type === 'ed25519' &&
    typeof doc.keyId === 'string' &&
    typeof doc.signature === 'string'
  ) {
    return {
      schema: SIGNATURE_SCHEMA,
      type: 'ed25519',
      keyId: doc.keyId,
      signature: doc.signature
    };
  }
  if (doc.type === 'sigstore' && typeof doc.bundle === 'object' && doc.bundle !== null) {
    return { schema: SIGNATURE_SCHEMA, type: 'sigstore', bundle: doc.bundle };
  }
  throw new SignatureError(
    'bad-signature',
    `signature document: expected type ed25519 (keyId, signature) or sigstore (bundle), got ${JSON.stringify(doc.type)}`
  );
}
