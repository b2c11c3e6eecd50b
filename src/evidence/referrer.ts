/**
 * The signed evidence as an OCI referrer of the image, through the hub's registry client: a
 * manifest (artifactType: Sigstore bundle v0.3, annotated with the predicate type as
 * actions/attest does) whose `subject` is the image and whose one layer is the bundle. Where the
 * registry has no referrers API (distribution 2.8), the `sha256-<hex>` fallback tag's index is
 * updated too, and read back the same way on discovery.
 */
import { GateError } from '../core/errors.js';
import { JsonDocumentError, parseStrictJsonBytes } from '../core/strict-json.js';
import { digestOf, fallbackTag } from '../oci/digest.js';
import { ContentError, type Descriptor } from '../oci/manifest.js';
import { OCI_EMPTY, OCI_INDEX, OCI_MANIFEST } from '../oci/media-types.js';
import { parseReference, type ImageReference } from '../oci/reference.js';
import { RegistryClient, RegistryError, type Credentials } from '../oci/registry.js';
import { canonicalBytes } from './canonical.js';
import {
  ANNOTATION_PREDICATE_TYPE,
  EVIDENCE_ARTIFACT_TYPE,
  MAX_BUNDLE_BYTES,
  PREDICATE_TYPE
} from './format.js';

export interface RegistryAccess {
  image: string;
  credentials?: Credentials;
  insecure: boolean;
  deadline: number;
  secret(value: string): void;
  log(message: string): void;
}

function clientFor(a: RegistryAccess): {
  client: RegistryClient;
  ref: ImageReference & { digest: string };
} {
  const ref = parseReference(a.image);
  if (typeof ref === 'string')
    throw new GateError(`image '${a.image}': ${ref}`, 'Give registry/repository@sha256:<hex>.');
  if (!ref.digest)
    throw new GateError(
      `image '${a.image}' has no digest`,
      'Give the image by digest: registry/repository@sha256:<hex>.'
    );
  return {
    client: new RegistryClient({
      ref,
      insecure: a.insecure,
      credentials: a.credentials,
      deadline: a.deadline,
      secret: a.secret,
      log: a.log
    }),
    ref: ref as ImageReference & { digest: string }
  };
}

function wrap(err: unknown, what: string): never {
  if (err instanceof RegistryError)
    throw new GateError(
      `${what}: ${err.message}`,
      err.help ?? 'Check the image, the registry and its credentials.'
    );
  if (err instanceof ContentError)
    throw new GateError(
      `${what}: ${err.message}`,
      'The registry served content that does not match its digest.'
    );
  throw err;
}

export async function pushEvidenceReferrer(
  a: RegistryAccess & { bundleText: string }
): Promise<{ digest: string; reference: string }> {
  const { client, ref } = clientFor(a);
  try {
    const image = await client.manifest(ref.digest);
    if (!image)
      throw new GateError(
        `image ${a.image} does not exist in the registry`,
        'Push the image first; the evidence refers to it.'
      );
    const empty = await client.pushBlob(Buffer.from('{}'));
    const layer = await client.pushBlob(Buffer.from(a.bundleText));
    const manifest = {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: EVIDENCE_ARTIFACT_TYPE,
      config: { mediaType: OCI_EMPTY, digest: empty.digest, size: empty.size },
      layers: [{ mediaType: EVIDENCE_ARTIFACT_TYPE, digest: layer.digest, size: layer.size }],
      subject: { mediaType: image.mediaType, digest: image.digest, size: image.size },
      annotations: { [ANNOTATION_PREDICATE_TYPE]: PREDICATE_TYPE }
    };
    const bytes = canonicalBytes(manifest);
    const digest = await client.pushManifest(digestOf(bytes, 'sha256:'), bytes, OCI_MANIFEST);
    const listing = await client.referrers(image.digest);
    if (!listing.supported) {
      // The referrers tag schema: keep the index under sha256-<hex> listing every referrer.
      const tag = fallbackTag(image.digest);
      const existing = await client.manifest(tag);
      const manifests: Descriptor[] = (existing?.manifest.manifests ?? []).filter(
        (d) => d.digest !== digest
      );
      manifests.push({
        mediaType: OCI_MANIFEST,
        digest,
        size: bytes.length,
        artifactType: EVIDENCE_ARTIFACT_TYPE,
        annotations: { [ANNOTATION_PREDICATE_TYPE]: PREDICATE_TYPE }
      });
      await client.pushManifest(
        tag,
        canonicalBytes({ schemaVersion: 2, mediaType: OCI_INDEX, manifests }),
        OCI_INDEX
      );
    }
    return { digest, reference: `${ref.registry}/${ref.repository}@${digest}` };
  } catch (err) {
    wrap(err, `pushing the evidence referrer of ${a.image}`);
  }
}

export interface FoundReferrer {
  digest: string;
  bundle?: unknown;
  /** Why this referrer is not evidence for the image (subject of another image, no bundle layer). */
  problem?: string;
}

/** Every evidence referrer of the image, each with its bundle or the reason it cannot be one. */
export async function discoverEvidenceReferrers(a: RegistryAccess): Promise<FoundReferrer[]> {
  const { client, ref } = clientFor(a);
  try {
    let listing = await client.referrers(ref.digest, EVIDENCE_ARTIFACT_TYPE);
    if (!listing.supported) {
      const index = await client.manifest(fallbackTag(ref.digest));
      listing = { supported: false, descriptors: index?.manifest.manifests ?? [] };
    }
    const out: FoundReferrer[] = [];
    for (const d of listing.descriptors) {
      if (d.artifactType !== undefined && d.artifactType !== EVIDENCE_ARTIFACT_TYPE) continue;
      const m = await client.manifest(d.digest);
      if (!m) {
        out.push({
          digest: d.digest,
          problem: `referrer ${d.digest} is listed but does not exist`
        });
        continue;
      }
      if (m.manifest.artifactType !== EVIDENCE_ARTIFACT_TYPE) continue;
      const pt = m.manifest.annotations?.[ANNOTATION_PREDICATE_TYPE];
      if (pt !== undefined && pt !== PREDICATE_TYPE) continue;
      if (m.manifest.subject?.digest !== ref.digest) {
        out.push({
          digest: d.digest,
          problem: `referrer ${d.digest} is about ${m.manifest.subject?.digest ?? '(no subject)'}, not ${ref.digest}`
        });
        continue;
      }
      const layer = (m.manifest.layers ?? []).find((l) => l.mediaType === EVIDENCE_ARTIFACT_TYPE);
      if (!layer) {
        out.push({
          digest: d.digest,
          problem: `referrer ${d.digest} has no ${EVIDENCE_ARTIFACT_TYPE} layer`
        });
        continue;
      }
      const blob = await client.blob(layer, MAX_BUNDLE_BYTES);
      let bundle: unknown;
      try {
        bundle = parseStrictJsonBytes(blob, `referrer ${d.digest} bundle layer`);
      } catch (err) {
        if (!(err instanceof JsonDocumentError)) throw err;
        out.push({
          digest: d.digest,
          problem: `referrer ${d.digest}: the bundle layer is not a JSON document (${err.message})`
        });
        continue;
      }
      out.push({ digest: d.digest, bundle });
    }
    return out;
  } catch (err) {
    wrap(err, `discovering the evidence referrers of ${a.image}`);
  }
}
