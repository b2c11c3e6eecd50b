/** Ed25519 signing of cache manifests with a key from a secret (GHES and local use). */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  sign,
  verify,
  type KeyObject
} from 'node:crypto';
import {
  SIGNATURE_SCHEMA,
  SignatureError,
  type SignatureDoc,
  type SignerIdentity
} from './signature.js';

export class KeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyError';
  }
}

function pemText(text: string): string {
  const t = text.trim();
  if (t.startsWith('-----BEGIN')) return t;
  // A PEM stored base64-encoded (single-line secrets).
  const decoded = Buffer.from(t, 'base64').toString('utf8').trim();
  if (decoded.startsWith('-----BEGIN')) return decoded;
  throw new KeyError('expected a PEM key (-----BEGIN PRIVATE KEY----- / PUBLIC KEY) or its base64');
}

export function loadPrivateKey(text: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pemText(text));
  } catch (err) {
    throw new KeyError(
      err instanceof KeyError
        ? err.message
        : `not a readable private key (${(err as Error).message})`
    );
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new KeyError(`expected an Ed25519 key, got ${key.asymmetricKeyType}`);
  return key;
}

/** Ids already worked out (a restore names its key in the evidence and checks it per entry). */
const keyIds = new WeakMap<KeyObject, string>();

/** The DER prefix of every Ed25519 SubjectPublicKeyInfo (RFC 8410): the 32 key bytes follow. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * The SPKI DER of a public key. An Ed25519 key's is the fixed prefix and the 32 bytes of its JWK
 * `x`: that export costs a tenth of the DER export's first call (0.05 against 0.5 ms), which
 * start-up pays on every signed save and restore.
 */
function spkiDer(publicKey: KeyObject): Buffer {
  if (publicKey.asymmetricKeyType === 'ed25519') {
    const x = Buffer.from(String(publicKey.export({ format: 'jwk' }).x), 'base64url');
    if (x.length === 32) return Buffer.concat([ED25519_SPKI_PREFIX, x]);
  }
  return publicKey.export({ type: 'spki', format: 'der' });
}

export function loadPublicKey(text: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(pemText(text));
  } catch (err) {
    throw new KeyError(
      err instanceof KeyError
        ? err.message
        : `not a readable public key (${(err as Error).message})`
    );
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new KeyError(`expected an Ed25519 key, got ${key.asymmetricKeyType}`);
  return key;
}

/** `ed25519:<sha256 of the SPKI DER>` — what `signer` names in key mode. */
export function keyId(publicKey: KeyObject): string {
  let id = keyIds.get(publicKey);
  if (id === undefined) {
    id = `ed25519:${createHash('sha256').update(spkiDer(publicKey)).digest('hex')}`;
    keyIds.set(publicKey, id);
  }
  return id;
}

export function signEd25519(message: Uint8Array, privateKey: KeyObject): SignatureDoc {
  const pub = createPublicKey(privateKey);
  return {
    schema: SIGNATURE_SCHEMA,
    type: 'ed25519',
    keyId: keyId(pub),
    signature: sign(null, message, privateKey).toString('base64')
  };
}

/** Verify with the trusted public key; throws SignatureError naming expected and actual. */
export function verifyEd25519(
  message: Uint8Array,
  doc: SignatureDoc,
  trusted: KeyObject
): SignerIdentity {
  if (doc.type !== 'ed25519')
    throw new SignatureError(
      'untrusted-signer',
      `expected an ed25519 signature (signing: key), got ${doc.type}`
    );
  const expected = keyId(trusted);
  if (doc.keyId !== expected) {
    throw new SignatureError(
      'untrusted-signer',
      `signed by key ${doc.keyId}; expected key ${expected}`
    );
  }
  const sig = Buffer.from(doc.signature, 'base64');
  if (sig.length !== 64 || !verify(null, message, trusted, sig)) {
    throw new SignatureError(
      'bad-signature',
      `the Ed25519 signature does not match the manifest bytes under key ${expected}`
    );
  }
  return { type: 'ed25519', id: expected };
}
