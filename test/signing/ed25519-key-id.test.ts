/**
 * keyId names a key by the SHA-256 of its SPKI DER, which for an Ed25519 key it builds from the
 * key's JWK (the fixed prefix and `x`) instead of the slower DER export: every way of getting the
 * key must give the id the DER export gives.
 */
import { describe, expect, it } from '@jest/globals';
import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import {
  KeyError,
  keyId,
  loadPrivateKey,
  loadPublicKey,
  signEd25519
} from '../../src/signing/ed25519.js';

const exported = (pem: string): string =>
  `ed25519:${createHash('sha256')
    .update(createPublicKey(pem).export({ type: 'spki', format: 'der' }))
    .digest('hex')}`;

describe('keyId of a loaded Ed25519 public key', () => {
  const { publicKey } = generateKeyPairSync('ed25519');
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const want = exported(pem);

  it('is the SHA-256 of the SPKI DER, for the PEM as written, with CRLF, and base64-wrapped', () => {
    expect(want).toMatch(/^ed25519:[0-9a-f]{64}$/);
    expect(keyId(loadPublicKey(pem))).toBe(want);
    expect(keyId(loadPublicKey(`\n  ${pem}\n`))).toBe(want);
    expect(keyId(loadPublicKey(pem.replace(/\n/g, '\r\n')))).toBe(want);
    expect(keyId(loadPublicKey(Buffer.from(pem).toString('base64')))).toBe(want);
  });

  it('is the same for the KeyObject made another way, and for the signer holding the private key', () => {
    expect(keyId(publicKey)).toBe(want);
    const pair = generateKeyPairSync('ed25519');
    const priv = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const pub = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const doc = signEd25519(Buffer.from('m'), loadPrivateKey(priv));
    expect(doc).toMatchObject({ type: 'ed25519', keyId: exported(pub) });
  });

  it('differs between keys, and follows the key bytes of the PEM', () => {
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' });
    expect(keyId(loadPublicKey(other.toString()))).not.toBe(want);
    // The same PEM with other key bytes: a different key, whose id is its own export's.
    const changed = pem.replace(/[A-Za-z0-9+/]{8}=\n-----END/, 'AAAAAAAA=\n-----END');
    expect(changed).not.toBe(pem);
    expect(keyId(loadPublicKey(changed))).toBe(exported(changed));
    expect(exported(changed)).not.toBe(want);
  });

  it('refuses what is not an Ed25519 public key, naming what it got', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString();
    expect(() => loadPublicKey(ec)).toThrow(new KeyError('expected an Ed25519 key, got ec'));
    expect(() => loadPublicKey('not a key')).toThrow(KeyError);
  });
});
