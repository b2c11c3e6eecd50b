/** Media types and annotation keys of the OCI image/distribution specs and of the producers we read. */

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
export const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';

/** Sent on every manifest GET: distribution 2.8 serves OCI content only when Accept lists it. */
export const MANIFEST_ACCEPT = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_LIST].join(', ');

export const INDEX_TYPES = new Set([OCI_INDEX, DOCKER_LIST]);
export const MANIFEST_TYPES = new Set([OCI_MANIFEST, DOCKER_MANIFEST]);

export const SPDX_JSON = 'application/spdx+json';
export const SPDX_TYPES = new Set([SPDX_JSON, 'text/spdx+json', 'text/spdx']);
export const CYCLONEDX_JSON = 'application/vnd.cyclonedx+json';
export const CYCLONEDX_TYPES = new Set([
  CYCLONEDX_JSON,
  'application/vnd.cyclonedx+xml',
  'application/vnd.cyclonedx'
]);
export const IN_TOTO = 'application/vnd.in-toto+json';
export const DSSE_ENVELOPE = 'application/vnd.dsse.envelope.v1+json';
export const SIGSTORE_BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
export const COSIGN_SIMPLESIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json';
export const COSIGN_SIG_ARTIFACT = 'application/vnd.dev.cosign.artifact.sig.v1+json';
export const NOTARY_SIGNATURE = 'application/vnd.cncf.notary.signature';
export const BUILDKIT_ATTESTATION = 'application/vnd.docker.attestation.manifest.v1+json';

/** True for every Sigstore bundle media type (v0.1, v0.2 with `;version=`, v0.3). */
export function isSigstoreBundleType(mediaType: string): boolean {
  return (
    mediaType === SIGSTORE_BUNDLE_V03 ||
    /^application\/vnd\.dev\.sigstore\.bundle(\.v0\.\d+)?\+json(;\s*version=0\.\d+)?$/.test(
      mediaType
    )
  );
}

export const ANNOTATION_REFERENCE_TYPE = 'vnd.docker.reference.type';
export const ANNOTATION_REFERENCE_DIGEST = 'vnd.docker.reference.digest';
export const ATTESTATION_MANIFEST = 'attestation-manifest';
export const ANNOTATION_COSIGN_SIGNATURE = 'dev.cosignproject.cosign/signature';
export const ANNOTATION_REF_NAME = 'org.opencontainers.image.ref.name';

export const PREDICATE_SPDX = 'https://spdx.dev/Document';
export const PREDICATE_CYCLONEDX = 'https://cyclonedx.org/bom';
export const PREDICATE_SLSA_PREFIX = 'https://slsa.dev/provenance/';
export const PREDICATE_COSIGN_SIGN = 'https://sigstore.dev/cosign/sign/v1';

/** Largest manifest or index we read (oras-go's MaxMetadataBytes; the spec asks for ≥ 4 MB support). */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Largest attestation or SBOM layer we read. */
export const MAX_BLOB_BYTES = 64 * 1024 * 1024;
/** Most pages of a referrers listing we follow (a registry could link pages forever). */
export const MAX_REFERRER_PAGES = 50;
