/**
 * What a layer's bytes prove about an image digest: in-toto statements (raw, in a DSSE envelope,
 * or in a Sigstore bundle) must name the digest in their own `subject`; cosign simple-signing
 * payloads must name it as `docker-manifest-digest`; SBOM documents must be what their media type says.
 */
import { assertBundle, bundleFromJSON, isBundleWithDsseEnvelope } from '@sigstore/bundle';
import { JsonDocumentError, parseStrictJsonBytes } from '../../core/strict-json.js';
import { encoded } from '../../oci/digest.js';
import {
  ANNOTATION_COSIGN_SIGNATURE,
  COSIGN_SIMPLESIGNING,
  CYCLONEDX_TYPES,
  DSSE_ENVELOPE,
  IN_TOTO,
  isSigstoreBundleType,
  PREDICATE_COSIGN_SIGN,
  PREDICATE_CYCLONEDX,
  PREDICATE_SLSA_PREFIX,
  PREDICATE_SPDX,
  SPDX_TYPES
} from '../../oci/media-types.js';
import type { Kind } from './requirements.js';

export interface LayerFacts {
  kinds: Kind[];
  predicateType?: string;
}

/** A layer's facts, or the reason it proves nothing (a string). */
export type LayerVerdict = LayerFacts | string;

/** Whether the gate knows how to read a layer of this media type. */
export function isAnalysable(mediaType: string): boolean {
  return (
    mediaType === IN_TOTO ||
    mediaType === DSSE_ENVELOPE ||
    isSigstoreBundleType(mediaType) ||
    mediaType === COSIGN_SIMPLESIGNING ||
    SPDX_TYPES.has(mediaType) ||
    CYCLONEDX_TYPES.has(mediaType)
  );
}

function json(bytes: Uint8Array, what: string): Record<string, unknown> | string {
  let doc: unknown;
  try {
    doc = parseStrictJsonBytes(bytes, what);
  } catch (err) {
    // A duplicate key (`"predicateType"` twice) is named; other problems stay short.
    return err instanceof JsonDocumentError && err.pointer !== undefined
      ? err.message
      : `${what} is not valid JSON`;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return `${what} is not a JSON object`;
  return doc as Record<string, unknown>;
}

export function kindsOfPredicate(predicateType: string): Kind[] {
  const kinds: Kind[] = ['in-toto'];
  if (predicateType.startsWith(PREDICATE_SPDX)) kinds.push('spdx');
  if (predicateType.startsWith(PREDICATE_CYCLONEDX)) kinds.push('cyclonedx');
  if (predicateType.startsWith(PREDICATE_SLSA_PREFIX)) kinds.push('slsa-provenance');
  if (predicateType === PREDICATE_COSIGN_SIGN) kinds.push('signature');
  return kinds;
}

/** An in-toto statement that must name `digest` among its subjects. */
export function checkStatement(doc: Record<string, unknown>, digest: string): LayerVerdict {
  const type = doc._type;
  if (typeof type !== 'string' || !type.startsWith('https://in-toto.io/Statement/')) {
    return `not an in-toto statement (_type is ${JSON.stringify(type ?? null)})`;
  }
  if (typeof doc.predicateType !== 'string' || doc.predicateType === '') {
    return 'the in-toto statement has no predicateType';
  }
  if (!Array.isArray(doc.subject) || doc.subject.length === 0)
    return 'the in-toto statement has no subject';
  const alg = digest.split(':')[0];
  const want = encoded(digest);
  const seen: string[] = [];
  for (const s of doc.subject as unknown[]) {
    const d = (s as { digest?: Record<string, unknown> } | null)?.digest;
    const v = d?.[alg];
    if (typeof v === 'string') {
      if (v.toLowerCase() === want) {
        return { kinds: kindsOfPredicate(doc.predicateType), predicateType: doc.predicateType };
      }
      seen.push(`${alg}:${v.slice(0, 16)}…`);
    }
  }
  return `the in-toto statement's subject is ${seen.length ? seen.join(', ') : 'no ' + alg + ' digest'}, expected ${digest}`;
}

function checkEnvelope(env: Record<string, unknown>, digest: string, what: string): LayerVerdict {
  if (env.payloadType !== IN_TOTO) {
    return `${what} payloadType is ${JSON.stringify(env.payloadType ?? null)}, expected ${IN_TOTO}`;
  }
  if (!Array.isArray(env.signatures) || env.signatures.length === 0)
    return `${what} has no signatures`;
  if (typeof env.payload !== 'string') return `${what} has no payload`;
  const statement = json(Buffer.from(env.payload, 'base64'), `${what} payload`);
  if (typeof statement === 'string') return statement;
  return checkStatement(statement, digest);
}

/** What one layer proves about `digest`. */
export function analyseLayer(
  mediaType: string,
  bytes: Uint8Array,
  digest: string,
  annotations: Record<string, string> = {}
): LayerVerdict {
  if (mediaType === IN_TOTO) {
    const doc = json(bytes, 'the in-toto layer');
    return typeof doc === 'string' ? doc : checkStatement(doc, digest);
  }
  if (mediaType === DSSE_ENVELOPE) {
    const doc = json(bytes, 'the DSSE envelope');
    return typeof doc === 'string' ? doc : checkEnvelope(doc, digest, 'the DSSE envelope');
  }
  if (isSigstoreBundleType(mediaType)) {
    const doc = json(bytes, 'the Sigstore bundle');
    if (typeof doc === 'string') return doc;
    let bundle: ReturnType<typeof bundleFromJSON>;
    try {
      bundle = bundleFromJSON(doc);
      assertBundle(bundle);
    } catch (err) {
      const fields = (err as { fields?: string[] }).fields;
      return `not a valid Sigstore bundle (${(err as Error).message}${fields?.length ? `: ${fields.join(', ')}` : ''})`;
    }
    if (!isBundleWithDsseEnvelope(bundle)) {
      return 'the Sigstore bundle holds a message signature, which cannot be tied to an image digest';
    }
    const env = bundle.content.dsseEnvelope;
    const v = checkEnvelope(
      {
        payloadType: env.payloadType,
        payload: env.payload.toString('base64'),
        signatures: env.signatures
      },
      digest,
      "the bundle's DSSE envelope"
    );
    return typeof v === 'string' ? v : { ...v, kinds: [...v.kinds, 'sigstore-bundle'] };
  }
  if (mediaType === COSIGN_SIMPLESIGNING) {
    if (!annotations[ANNOTATION_COSIGN_SIGNATURE]) {
      return `the simple-signing layer has no ${ANNOTATION_COSIGN_SIGNATURE} annotation (no signature)`;
    }
    const doc = json(bytes, 'the simple-signing payload');
    if (typeof doc === 'string') return doc;
    const critical = doc.critical as { image?: Record<string, unknown> } | undefined;
    const signed = critical?.image?.['docker-manifest-digest'];
    if (signed !== digest) {
      return `the signature is for ${JSON.stringify(signed ?? null)}, expected ${digest}`;
    }
    return { kinds: ['signature'] };
  }
  if (SPDX_TYPES.has(mediaType)) {
    if (mediaType === 'text/spdx') {
      const text = new TextDecoder().decode(bytes.subarray(0, 64 * 1024));
      return /^SPDXVersion:\s*SPDX-/m.test(text)
        ? { kinds: ['spdx'] }
        : 'the tag-value SPDX document has no SPDXVersion';
    }
    const doc = json(bytes, 'the SPDX document');
    if (typeof doc === 'string') return doc;
    return typeof doc.spdxVersion === 'string' && doc.spdxVersion.startsWith('SPDX-')
      ? { kinds: ['spdx'] }
      : `the SPDX document has no spdxVersion (spdxVersion is ${JSON.stringify(doc.spdxVersion ?? null)})`;
  }
  if (CYCLONEDX_TYPES.has(mediaType)) {
    if (mediaType.endsWith('+xml')) {
      const text = new TextDecoder().decode(bytes.subarray(0, 64 * 1024));
      return /<bom[\s>]/.test(text) && /cyclonedx\.org\/schema\/bom/.test(text)
        ? { kinds: ['cyclonedx'] }
        : 'the CycloneDX XML document has no <bom> in the CycloneDX namespace';
    }
    const doc = json(bytes, 'the CycloneDX document');
    if (typeof doc === 'string') return doc;
    return doc.bomFormat === 'CycloneDX'
      ? { kinds: ['cyclonedx'] }
      : `the CycloneDX document's bomFormat is ${JSON.stringify(doc.bomFormat ?? null)}, expected "CycloneDX"`;
  }
  return `no content check for ${mediaType}`;
}
