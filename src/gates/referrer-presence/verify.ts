/**
 * Never trust an index entry: fetch the candidate's manifest by digest (the source verifies the
 * bytes), check its subject, take its artifact type from the manifest itself, and read the layers
 * the gate understands to see what they prove about the image digest.
 */
import {
  declaredArtifactType,
  isEmptyType,
  isIndex,
  type Descriptor,
  type FetchedManifest
} from '../../oci/manifest.js';
import {
  BUILDKIT_ATTESTATION,
  COSIGN_SIG_ARTIFACT,
  CYCLONEDX_TYPES,
  DSSE_ENVELOPE,
  IN_TOTO,
  isSigstoreBundleType,
  MAX_BLOB_BYTES,
  NOTARY_SIGNATURE,
  SPDX_TYPES
} from '../../oci/media-types.js';
import type { ContentSource } from '../../oci/source.js';
import { analyseLayer, isAnalysable } from './content.js';
import type { Kind } from './requirements.js';

export type Convention = 'referrers-api' | 'tag-fallback' | 'cosign-tags' | 'buildx-index';
export const CONVENTIONS: Convention[] = [
  'referrers-api',
  'tag-fallback',
  'cosign-tags',
  'buildx-index'
];

export interface VerifiedArtifact {
  digest: string;
  convention: Convention;
  artifactType: string;
  kinds: Kind[];
  predicateTypes: string[];
  /** The index entry's artifactType differed from the manifest's (reported, not trusted). */
  mislabelled?: string;
}

export interface RejectedArtifact {
  digest: string;
  convention: Convention;
  reason: string;
}

export type Inspection =
  { ok: true; artifact: VerifiedArtifact } | { ok: false; rejected: RejectedArtifact };

/** Config types of ordinary images (cosign legacy and BuildKit legacy manifests use them): not artifact types. */
const IMAGE_CONFIG_TYPES = new Set([
  'application/vnd.oci.image.config.v1+json',
  'application/vnd.docker.container.image.v1+json'
]);

/** The most layers of one artifact the gate reads. */
const MAX_LAYERS = 16;

/** Kinds an artifact of this declared type could prove (before reading it): for ordering work only. */
export function plausibleKinds(artifactType: string | undefined): Set<Kind> | 'any' {
  if (isEmptyType(artifactType)) return 'any';
  const t = artifactType as string;
  if (SPDX_TYPES.has(t)) return new Set<Kind>(['spdx']);
  if (CYCLONEDX_TYPES.has(t)) return new Set<Kind>(['cyclonedx']);
  if (t === NOTARY_SIGNATURE || t === COSIGN_SIG_ARTIFACT) return new Set<Kind>(['signature']);
  if (
    t === IN_TOTO ||
    t === DSSE_ENVELOPE ||
    t === BUILDKIT_ATTESTATION ||
    isSigstoreBundleType(t)
  ) {
    return new Set<Kind>([
      'in-toto',
      'slsa-provenance',
      'spdx',
      'cyclonedx',
      'signature',
      'sigstore-bundle'
    ]);
  }
  return new Set<Kind>([`type:${t}`]);
}

/** Which kinds a declared artifact type promises, so content that does not deliver is rejected. */
function promisedKind(artifactType: string): Kind | undefined {
  if (SPDX_TYPES.has(artifactType)) return 'spdx';
  if (CYCLONEDX_TYPES.has(artifactType)) return 'cyclonedx';
  if (artifactType === IN_TOTO || artifactType === BUILDKIT_ATTESTATION) return 'in-toto';
  if (isSigstoreBundleType(artifactType)) return 'sigstore-bundle';
  if (artifactType === COSIGN_SIG_ARTIFACT) return 'signature';
  return undefined;
}

export interface InspectOptions {
  source: ContentSource;
  /** The index entry (or tag) that named the candidate. */
  entry: Descriptor;
  /** Already fetched (a cosign tag), to save a round trip. */
  fetched?: FetchedManifest;
  /** The image digest the artifact must be attached to. */
  subject: string;
  convention: Convention;
}

export async function inspectCandidate(o: InspectOptions): Promise<Inspection> {
  const reject = (reason: string): Inspection => ({
    ok: false,
    rejected: { digest: o.entry.digest, convention: o.convention, reason }
  });
  const fetched = o.fetched ?? (await o.source.manifest(o.entry.digest));
  if (!fetched) return reject('listed, but the manifest does not exist (404)');
  const m = fetched.manifest;
  const needsSubject = o.convention === 'referrers-api' || o.convention === 'tag-fallback';
  if (m.subject && m.subject.digest !== o.subject) {
    return reject(`its subject.digest is ${m.subject.digest}, expected ${o.subject}`);
  }
  if (needsSubject && !m.subject)
    return reject(`it has no subject, expected subject.digest ${o.subject}`);
  const artifactType = declaredArtifactType(m) ?? '';
  let mislabelled: string | undefined;
  if (!isEmptyType(o.entry.artifactType) && o.entry.artifactType !== artifactType) {
    mislabelled = `the index entry says artifactType ${o.entry.artifactType}, the manifest says ${artifactType || '(none)'}`;
  }
  const kinds = new Set<Kind>();
  const predicateTypes: string[] = [];
  const problems: string[] = [];
  if (!isIndex(m)) {
    const layers = (m.layers ?? []).filter((l) => isAnalysable(l.mediaType)).slice(0, MAX_LAYERS);
    // All layers at once (one round trip deep), read in manifest order.
    const blobs = await Promise.all(layers.map((layer) => o.source.blob(layer, MAX_BLOB_BYTES)));
    for (const [i, layer] of layers.entries()) {
      const v = analyseLayer(layer.mediaType, blobs[i], o.subject, layer.annotations);
      if (typeof v === 'string') {
        problems.push(`layer ${layer.digest.slice(0, 19)}… (${layer.mediaType}): ${v}`);
        continue;
      }
      for (const k of v.kinds) kinds.add(k);
      if (v.predicateType) predicateTypes.push(v.predicateType);
    }
  }
  if (artifactType === NOTARY_SIGNATURE && m.subject?.digest === o.subject) kinds.add('signature');
  const promised = promisedKind(artifactType);
  if (promised && !kinds.has(promised)) {
    return reject(
      `its artifactType is ${artifactType} but no layer is a valid ${promised} document about ${o.subject}` +
        (problems.length ? `: ${problems.join('; ')}` : ' (no readable layer)')
    );
  }
  if (problems.length && kinds.size === 0) return reject(problems.join('; '));
  if (artifactType && !promised && !IMAGE_CONFIG_TYPES.has(artifactType))
    kinds.add(`type:${artifactType}`);
  if (kinds.size === 0) {
    return reject(
      problems.length
        ? problems.join('; ')
        : `nothing in it can be checked (artifactType ${artifactType || 'none'})`
    );
  }
  return {
    ok: true,
    artifact: {
      digest: fetched.digest,
      convention: o.convention,
      artifactType,
      kinds: [...kinds],
      predicateTypes,
      ...(mislabelled ? { mislabelled } : {})
    }
  };
}
