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

const idOf = (spkiDer: Buffer): string =>
  `ed25519:${createHash('sha256').update(spkiDer).digest('hex')}`;

/** The DER prefix of every Ed25519 SubjectPublicKeyInfo (RFC 8410): the 32 key bytes follow. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * The DER inside a `PUBLIC KEY` PEM when it is the one encoding an Ed25519 key has (44 bytes:
 * the fixed prefix and the key), which is what `export({ type: 'spki', format: 'der' })` gives
 * back; undefined for anything else (then keyId exports the key).
 */
function canonicalSpkiDer(pem: string): Buffer | undefined {
  const m =
    /^-----BEGIN PUBLIC KEY-----\r?\n([A-Za-z0-9+/=\r\n]+?)\r?\n?-----END PUBLIC KEY-----$/.exec(
      pem
    );
  if (!m) return undefined;
  const der = Buffer.from(m[1].replace(/\r?\n/g, ''), 'base64');
  return der.length === 44 && der.subarray(0, 12).equals(ED25519_SPKI_PREFIX) ? der : undefined;
}

export function loadPublicKey(text: string): KeyObject {
  let key: KeyObject;
  const pem = pemText(text);
  try {
    key = createPublicKey(pem);
  } catch (err) {
    throw new KeyError(
      err instanceof KeyError
        ? err.message
        : `not a readable public key (${(err as Error).message})`
    );
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new KeyError(`expected an Ed25519 key, got ${key.asymmetricKeyType}`);
  const der = canonicalSpkiDer(pem);
  if (der) keyIds.set(key, idOf(der));
  return key;
}

/** `ed25519:<sha256 of the SPKI DER>` — what `signer` names in key mode. */
export function keyId(publicKey: KeyObject): string {
  let id = keyIds.get(publicKey);
  if (id === undefined) {
    id = idOf(publicKey.export({ type: 'spki', format: 'der' }));
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
