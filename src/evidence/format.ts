/** The release evidence format: predicate type, media types and the shapes of the bundle. */

export const PREDICATE_TYPE = 'https://ci-intel.dev/release-evidence/v1';
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const EVIDENCE_SCHEMA = 'ci-intel.release-evidence.v1';
export const VSA_PREDICATE_TYPE = 'https://slsa.dev/verification_summary/v1';
/** The artifactType of the OCI referrer that carries the signed evidence. */
export const EVIDENCE_ARTIFACT_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The annotation actions/attest sets on a referrer, naming the predicate inside. */
export const ANNOTATION_PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType';

/** The largest signed bundle read (a file, an attestation, a referrer layer). */
export const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;

export const MEDIA_GATE_RESULT = 'application/vnd.ci-intel.gate-result.v1+json';
export const MEDIA_POLICIES = 'application/vnd.ci-intel.policies.v1+x-ndjson';
export const MEDIA_CACHE_EVENTS = 'application/vnd.ci-intel.cache-events.v1+x-ndjson';
export const MEDIA_QUARANTINE = 'application/vnd.ci-intel.quarantine-listing.v1+json';
export const MEDIA_JSON = 'application/json';
export const MEDIA_OCTETS = 'application/octet-stream';

/** One piece of evidence, addressed by its digest. */
export interface ManifestEntry {
  /** Where it came from: `local/<path>` or `artifact/<artifact name>/<path>`. */
  name: string;
  mediaType: string;
  digest: string;
  size: number;
}

/** One gate result the run left, as the truth table reads it. */
export interface GateRow {
  gate: string;
  verdict: string;
  mode: string;
  summary: string;
  /** The manifest entry holding the full result. */
  piece: string;
  digest: string;
  configDigest?: string;
}

export interface PolicyRow {
  id: string;
  gate: string;
  result: string;
  inputs?: string;
}

export interface ReleaseEvidence {
  schema: typeof EVIDENCE_SCHEMA;
  run_id: string;
  repository: string | null;
  image_digest: string | null;
  sbom_uri: string | null;
  provenance_uri: string | null;
  signature_uri: string | null;
  rekor_uuid: string | null;
  vex_uri: string | null;
  tests: Record<string, unknown> | null;
  policies: PolicyRow[];
  drill: Record<string, unknown> | null;
  gates: GateRow[];
  config_digests: string[];
  manifest: ManifestEntry[];
}

export interface Subject {
  name: string;
  digest: Record<string, string>;
}

export interface Statement {
  _type: typeof STATEMENT_TYPE;
  subject: Subject[];
  predicateType: string;
  predicate: unknown;
}
