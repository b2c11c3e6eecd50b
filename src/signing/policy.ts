/** Turns the signing inputs into a signer (save) and a verifier with its identity policy (restore). */
import type { KeyObject } from 'node:crypto';
import { createPublicKey } from 'node:crypto';
import { keyId, loadPrivateKey, loadPublicKey, signEd25519, verifyEd25519 } from './ed25519.js';
import {
  SignatureError,
  parseSignatureDoc,
  type SignatureDoc,
  type SignerIdentity
} from './signature.js';

export interface ManifestSigner {
  sign(manifest: Uint8Array): Promise<SignatureDoc>;
}

export interface ManifestVerifier {
  /** Verify signature bytes over manifest bytes and the signer policy; throws SignatureError. */
  verify(manifest: Uint8Array, signature: Uint8Array | undefined): Promise<SignerIdentity>;
  /** What the policy expects, for the evidence. */
  describe(): string;
}

export class Ed25519Verifier implements ManifestVerifier {
  constructor(
    private readonly trusted: KeyObject,
    expectedId?: string
  ) {
    if (expectedId && expectedId !== keyId(trusted)) {
      throw new SignatureError(
        'untrusted-signer',
        `signer '${expectedId}' does not name verify-key (${keyId(trusted)})`
      );
    }
  }
  async verify(manifest: Uint8Array, signature: Uint8Array | undefined): Promise<SignerIdentity> {
    return verifyEd25519(manifest, parseSignatureDoc(signature), this.trusted);
  }
  describe(): string {
    return keyId(this.trusted);
  }
}

export class Ed25519Signer implements ManifestSigner {
  constructor(private readonly key: KeyObject) {}
  async sign(manifest: Uint8Array): Promise<SignatureDoc> {
    return signEd25519(manifest, this.key);
  }
}

/** Key mode: verify with verify-key, or with the public half of signing-key. */
export function ed25519FromInputs(
  signingKey: string | undefined,
  verifyKey: string | undefined,
  signer: string | undefined
) {
  const priv = signingKey ? loadPrivateKey(signingKey) : undefined;
  const pub = verifyKey ? loadPublicKey(verifyKey) : priv ? createPublicKey(priv) : undefined;
  return {
    signer: priv ? new Ed25519Signer(priv) : undefined,
    verifier: pub ? new Ed25519Verifier(pub, signer || undefined) : undefined
  };
}
