/**
 * Ed25519-signed evidence as a Sigstore bundle (v0.3, DSSE, `publicKey` verification material):
 * the same file format as keyless signing, for GHES and laptops. The signature is over the DSSE
 * pre-authentication encoding; the key hint is the hub's key id (`ed25519:<sha256 of SPKI>`).
 */
import type { KeyObject } from 'node:crypto';
import { createPublicKey } from 'node:crypto';
import { bundleFromJSON } from '@sigstore/bundle';
import { dsse } from '@sigstore/core';
import { keyId, signEd25519, verifyEd25519 } from '../signing/ed25519.js';
import { SIGNATURE_SCHEMA, SignatureError } from '../signing/signature.js';

export const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';

export function signWithKey(payload: Buffer, payloadType: string, key: KeyObject): unknown {
  const doc = signEd25519(dsse.preAuthEncoding(payloadType, payload), key);
  if (doc.type !== 'ed25519') throw new Error('unreachable');
  const hint = keyId(createPublicKey(key));
  return {
    mediaType: BUNDLE_V03,
    verificationMaterial: { publicKey: { hint }, tlogEntries: [] },
    dsseEnvelope: {
      payload: payload.toString('base64'),
      payloadType,
      signatures: [{ sig: doc.signature, keyid: hint }]
    }
  };
}

export interface KeyVerified {
  payload: Buffer;
  payloadType: string;
  keyId: string;
}

/** Verify a key-signed bundle with the trusted key; throws SignatureError. */
export function verifyWithKey(json: unknown, trusted: KeyObject): KeyVerified {
  let bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (err) {
    throw new SignatureError('bad-signature', `not a Sigstore bundle: ${(err as Error).message}`);
  }
  if (bundle.content.$case !== 'dsseEnvelope')
    throw new SignatureError(
      'bad-signature',
      'the bundle holds no DSSE envelope (not an attestation)'
    );
  const vm = bundle.verificationMaterial.content;
  if (vm.$case !== 'publicKey') {
    throw new SignatureError(
      'untrusted-signer',
      'the bundle is signed keylessly (a certificate); verify-key verifies key-signed bundles only — use signing: sigstore'
    );
  }
  const env = bundle.content.dsseEnvelope;
  if (env.signatures.length !== 1)
    throw new SignatureError(
      'bad-signature',
      `expected one DSSE signature, got ${env.signatures.length}`
    );
  const sig = env.signatures[0];
  const expected = keyId(trusted);
  if (vm.publicKey.hint !== expected || (sig.keyid !== '' && sig.keyid !== expected)) {
    throw new SignatureError(
      'untrusted-signer',
      `signed by key ${vm.publicKey.hint || sig.keyid || '(unnamed)'}; expected key ${expected} (verify-key)`
    );
  }
  const identity = verifyEd25519(
    dsse.preAuthEncoding(env.payloadType, env.payload),
    {
      schema: SIGNATURE_SCHEMA,
      type: 'ed25519',
      keyId: expected,
      signature: sig.sig.toString('base64')
    },
    trusted
  );
  return { payload: env.payload, payloadType: env.payloadType, keyId: identity.id };
}
