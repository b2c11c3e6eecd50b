/**
 * A signed VEX document: a Sigstore bundle (DSSE) whose payload is an in-toto statement carrying
 * the VEX document as its predicate (what `vexctl attest` and `cosign attest-blob --type openvex`
 * write), verified with src/sigstore against a trusted root, and its certificate identity checked
 * against the required signer.
 */
import { minimatch } from 'minimatch';
import { fulcioIdentity } from '../sigstore/fulcio.js';
import type { LoadedTrust } from '../sigstore/trust.js';
import { verifyWithRoots } from '../sigstore/verify.js';
import { parseStrictJson } from '../core/strict-json.js';
import { isObject } from './documents.js';

export interface SignerPolicy {
  /** Exact certificate SAN, or a glob in which `*` may span `/`. */
  identity: string;
  issuer: string;
  roots: LoadedTrust[];
}

export type SignedVex = { ok: true; vex: unknown; signer: string } | { ok: false; reason: string };

export function isSigstoreBundle(json: unknown): boolean {
  return (
    isObject(json) &&
    typeof json.mediaType === 'string' &&
    json.mediaType.startsWith('application/vnd.dev.sigstore.bundle')
  );
}

function sanMatches(san: string, glob: string): boolean {
  if (san === glob) return true;
  return minimatch(san.replace(/\//g, '\u0000'), glob.replace(/\//g, '\u0000'), {
    dot: true,
    nobrace: true,
    noext: true
  });
}

export function openSignedVex(bundle: unknown, policy: SignerPolicy): SignedVex {
  const r = verifyWithRoots(bundle, policy.roots);
  if (!r.ok)
    return { ok: false, reason: `the Sigstore bundle did not verify: ${r.code}: ${r.message}` };
  if (!r.certificate)
    return {
      ok: false,
      reason: 'signed with a bare key; a Fulcio certificate identity is required'
    };
  const id = fulcioIdentity(r.certificate);
  if (id.inconsistencies.length)
    return {
      ok: false,
      reason: `the certificate contradicts itself: ${id.inconsistencies.join('; ')}`
    };
  if (id.issuer !== policy.issuer)
    return {
      ok: false,
      reason: `certificate issuer ${id.issuer ?? '(none)'}; expected ${policy.issuer}`
    };
  if (!id.san || !sanMatches(id.san, policy.identity))
    return {
      ok: false,
      reason: `signed by ${id.san ?? '(no identity)'}; expected ${policy.identity}`
    };
  if (r.payloadType !== 'application/vnd.in-toto+json' || !r.payload)
    return {
      ok: false,
      reason: `payload type ${String(r.payloadType)}; expected an in-toto statement`
    };
  let statement: unknown;
  try {
    statement = parseStrictJson(r.payload.toString('utf8'), 'the signed in-toto statement');
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  }
  if (!isObject(statement) || !isObject(statement.predicate))
    return { ok: false, reason: 'the signed in-toto statement has no predicate' };
  const type = String(statement.predicateType ?? '');
  if (!/^https:\/\/openvex\.dev\/ns/.test(type) && !/cyclonedx\.org\/(vex|bom)/.test(type))
    return {
      ok: false,
      reason: `predicateType ${type}; expected OpenVEX (https://openvex.dev/ns/…) or CycloneDX VEX`
    };
  return { ok: true, vex: statement.predicate, signer: id.san };
}
