/**
 * Verifying one signed release evidence bundle: the signature (an Ed25519 key, or keyless:
 * certificate chain, SCT, transparency log or RFC 3161 timestamp through sigstore-js), the
 * anchored signer, the payload and predicate types, the subject, the predicate's own shape and
 * the manifest. Each outcome says whether the bundle is bad (`fail`) or could not be checked.
 */
import type { KeyObject } from 'node:crypto';
import { keyId } from '../signing/ed25519.js';
import { SignatureError } from '../signing/signature.js';
import { fulcioIdentity } from '../sigstore/fulcio.js';
import type { LoadedTrust } from '../sigstore/trust.js';
import { verifyWithRoots, type CryptoEvidence } from '../sigstore/verify.js';
import {
  IN_TOTO_PAYLOAD_TYPE,
  PREDICATE_TYPE,
  type ReleaseEvidence,
  type Statement
} from './format.js';
import { signerProblem, type SignerPolicy } from './identity.js';
import { verifyWithKey } from './key-bundle.js';
import { parseStatement, StatementError, subjectHasDigest } from './statement.js';
import { predicateProblem } from './predicate.js';

export type Trust =
  | { kind: 'key'; key: KeyObject }
  | { kind: 'sigstore'; roots: LoadedTrust[]; policy: SignerPolicy };

export type BundleCheck =
  'signature' | 'signer' | 'payload-type' | 'predicate-type' | 'subject' | 'predicate';

export interface VerifiedEvidence {
  ok: true;
  statement: Statement;
  evidence: ReleaseEvidence;
  signer: {
    type: 'ed25519' | 'sigstore';
    id: string;
    repository?: string;
    ref?: string;
    runUrl?: string;
  };
  crypto?: CryptoEvidence;
}

export interface RejectedEvidence {
  ok: false;
  check: BundleCheck;
  message: string;
}

export function describeTrust(t: Trust): string {
  return t.kind === 'key'
    ? `key ${keyId(t.key)}`
    : `${t.policy.workflow}@${t.policy.ref} for ${t.policy.repository} (${t.roots.map((r) => r.summary.source).join(', ')})`;
}

export function verifyEvidenceBundle(
  json: unknown,
  trust: Trust,
  subjectHex: string
): VerifiedEvidence | RejectedEvidence {
  let payload: Buffer;
  let payloadType: string | undefined;
  let signer: VerifiedEvidence['signer'];
  let crypto: CryptoEvidence | undefined;
  if (trust.kind === 'key') {
    try {
      const v = verifyWithKey(json, trust.key);
      payload = v.payload;
      payloadType = v.payloadType;
      signer = { type: 'ed25519', id: v.keyId };
    } catch (err) {
      if (!(err instanceof SignatureError)) throw err;
      return {
        ok: false,
        check: err.reason === 'untrusted-signer' ? 'signer' : 'signature',
        message: err.message
      };
    }
  } else {
    const r = verifyWithRoots(json, trust.roots);
    if (!r.ok) return { ok: false, check: 'signature', message: `${r.code}: ${r.message}` };
    if (!r.certificate || !r.payload)
      return {
        ok: false,
        check: 'signer',
        message:
          'the bundle is signed with a bare key; expected a Fulcio certificate (keyless signing)'
      };
    const id = fulcioIdentity(r.certificate);
    const problem = signerProblem(id, trust.policy);
    if (problem) return { ok: false, check: 'signer', message: problem };
    payload = r.payload;
    payloadType = r.payloadType;
    crypto = r.evidence;
    signer = {
      type: 'sigstore',
      id: id.san ?? '',
      repository: id.sourceRepositoryURI,
      ref: id.sourceRepositoryRef,
      runUrl: id.runInvocationURI
    };
  }
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE)
    return {
      ok: false,
      check: 'payload-type',
      message: `payload type is ${JSON.stringify(payloadType)}; expected ${IN_TOTO_PAYLOAD_TYPE}`
    };
  let statement: Statement;
  try {
    statement = parseStatement(payload);
  } catch (err) {
    if (err instanceof StatementError)
      return { ok: false, check: 'predicate', message: err.message };
    throw err;
  }
  if (statement.predicateType !== PREDICATE_TYPE)
    return {
      ok: false,
      check: 'predicate-type',
      message: `predicate type is ${statement.predicateType}; expected ${PREDICATE_TYPE}`
    };
  if (!subjectHasDigest(statement, subjectHex))
    return {
      ok: false,
      check: 'subject',
      message: `the statement's subjects (${statement.subject.map((s) => `${s.name}@sha256:${s.digest.sha256 ?? '?'}`).join(', ')}) do not include sha256:${subjectHex}`
    };
  const bad = predicateProblem(statement.predicate);
  if (bad) return { ok: false, check: 'predicate', message: bad };
  return { ok: true, statement, evidence: statement.predicate as ReleaseEvidence, signer, crypto };
}
