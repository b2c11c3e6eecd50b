/** Cryptographic verification of one Sigstore bundle with sigstore-js, offline. */
import { bundleFromJSON, type Bundle, ValidationError } from '@sigstore/bundle';
import type { X509Certificate } from '@sigstore/core';
import { toSignedEntity, Verifier, VerificationError, type TrustMaterial } from '@sigstore/verify';
import type { LoadedTrust } from './trust.js';

export interface TlogEvidence {
  logIndex: string;
  logId: string;
  kind: string;
  integratedTime?: string;
  /** Signed entry timestamp (inclusion promise) present and verified. */
  inclusionPromise: boolean;
  /** Merkle inclusion proof verified against a signed checkpoint: its root hash and tree size. */
  inclusionProof?: {
    rootHash: string;
    treeSize: string;
    logIndex: string;
    checkpointVerified: boolean;
  };
}

export interface CryptoEvidence {
  mediaType: string;
  keyType: 'certificate' | 'public-key';
  publicKeyHint?: string;
  tlog: TlogEvidence[];
  rfc3161Timestamps: number;
  certificateSerial?: string;
  certificateNotBefore?: string;
  certificateNotAfter?: string;
  /** The trusted root that verified the bundle. */
  trustRoot?: string;
}

export type CryptoOutcome =
  | {
      ok: true;
      evidence: CryptoEvidence;
      certificate?: X509Certificate;
      payloadType?: string;
      payload?: Buffer;
    }
  | { ok: false; malformed: boolean; code: string; message: string };

function hex(b: Buffer | Uint8Array | undefined): string {
  return b ? Buffer.from(b).toString('hex') : '';
}

function evidenceOf(bundle: Bundle): CryptoEvidence {
  const vm = bundle.verificationMaterial;
  const tlog = vm.tlogEntries.map((e): TlogEvidence => {
    const t: TlogEvidence = {
      logIndex: e.logIndex,
      logId: Buffer.from(e.logId?.keyId ?? []).toString('base64'),
      kind: `${e.kindVersion?.kind ?? '?'}/${e.kindVersion?.version ?? '?'}`,
      inclusionPromise: Boolean(e.inclusionPromise?.signedEntryTimestamp?.length)
    };
    if (e.integratedTime && e.integratedTime !== '0') {
      t.integratedTime = new Date(Number(e.integratedTime) * 1000).toISOString();
    }
    if (e.inclusionProof) {
      t.inclusionProof = {
        rootHash: hex(e.inclusionProof.rootHash),
        treeSize: e.inclusionProof.treeSize,
        logIndex: e.inclusionProof.logIndex,
        checkpointVerified: Boolean(e.inclusionProof.checkpoint?.envelope)
      };
    }
    return t;
  });
  const content = vm.content;
  return {
    mediaType: bundle.mediaType,
    keyType: content.$case === 'publicKey' ? 'public-key' : 'certificate',
    publicKeyHint: content.$case === 'publicKey' ? content.publicKey.hint : undefined,
    tlog,
    rfc3161Timestamps: vm.timestampVerificationData?.rfc3161Timestamps.length ?? 0
  };
}

/**
 * Verify signature, certificate chain, SCT, transparency-log inclusion (SET and/or Merkle proof
 * with signed checkpoint) and/or RFC 3161 timestamps. Never throws.
 */
export function verifyBundle(
  json: unknown,
  trust: TrustMaterial,
  verifier?: Verifier
): CryptoOutcome {
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (err) {
    const code = err instanceof ValidationError ? 'BUNDLE_INVALID' : 'BUNDLE_UNREADABLE';
    return {
      ok: false,
      malformed: true,
      code,
      message: `invalid bundle: ${(err as Error).message}`
    };
  }
  if (bundle.content.$case !== 'dsseEnvelope') {
    return {
      ok: false,
      malformed: true,
      code: 'NOT_AN_ATTESTATION',
      message:
        'a message-signature bundle signs a blob, not an in-toto attestation (no DSSE envelope)'
    };
  }
  const vm = bundle.verificationMaterial.content;
  if (vm.$case === 'publicKey') {
    // For key-signed bundles the DSSE keyid must name the same key as the bundle's hint.
    const wrong = bundle.content.dsseEnvelope.signatures.find(
      (s) => s.keyid !== '' && s.keyid !== vm.publicKey.hint
    );
    if (wrong) {
      return {
        ok: false,
        malformed: false,
        code: 'PUBLIC_KEY_ERROR',
        message: `DSSE signature keyid '${wrong.keyid}' differs from the bundle's key hint '${vm.publicKey.hint}'`
      };
    }
  }
  try {
    const entity = toSignedEntity(bundle);
    (verifier ?? new Verifier(trust)).verify(entity);
    const evidence = evidenceOf(bundle);
    const out: CryptoOutcome = {
      ok: true,
      evidence,
      payloadType: bundle.content.dsseEnvelope.payloadType,
      payload: bundle.content.dsseEnvelope.payload
    };
    if (entity.key.$case === 'certificate') {
      const cert = entity.key.certificate;
      out.certificate = cert;
      evidence.certificateSerial = cert.serialNumber.toString('hex');
      evidence.certificateNotBefore = cert.notBefore.toISOString();
      evidence.certificateNotAfter = cert.notAfter.toISOString();
    }
    return out;
  } catch (err) {
    const code = err instanceof VerificationError ? err.code : 'VERIFICATION_ERROR';
    const cause = (err as { cause?: unknown }).cause;
    const why =
      cause instanceof Error && !(err as Error).message.includes(cause.message)
        ? ` (${cause.message})`
        : '';
    return { ok: false, malformed: false, code, message: `${(err as Error).message}${why}` };
  }
}

/** Verify against each trusted root in turn; the first that verifies wins. */
export function verifyWithRoots(json: unknown, roots: LoadedTrust[]): CryptoOutcome {
  const failures: string[] = [];
  let first: CryptoOutcome | undefined;
  for (const root of roots) {
    const r = verifyBundle(json, root.material, root.verifier);
    if (r.ok) {
      r.evidence.trustRoot = root.summary.source;
      return r;
    }
    if (r.malformed) return r;
    first ??= r;
    failures.push(
      roots.length > 1 ? `[${root.summary.source}] ${r.code}: ${r.message}` : r.message
    );
  }
  if (!first || first.ok) throw new Error('no trusted root to verify with');
  return { ...first, message: failures.join('; ') };
}
