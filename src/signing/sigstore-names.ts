/**
 * The names of keyless signing that callers need before (or without) loading the Sigstore stack
 * (src/signing/sigstore.ts, which re-exports them): the public-good services, the GitHub Actions
 * issuer, the signing error and how a verifier's policy is described. Imports nothing.
 */
/** The DSSE payload type of a signed cache manifest. */
export const MANIFEST_PAYLOAD_TYPE = 'application/vnd.ci-intel.cache-manifest.v1+json';
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
export const PUBLIC_FULCIO_URL = 'https://fulcio.sigstore.dev';
export const PUBLIC_REKOR_URL = 'https://rekor.sigstore.dev';

/** Signing could not complete (no token, Fulcio or Rekor refused or did not answer). */
export class SigstoreSignError extends Error {
  override name = 'SigstoreSignError';
}

export interface SigstorePolicy {
  /** Glob the certificate SAN (the signing workflow, `https://github.com/o/r/.github/workflows/x@ref`) must match. */
  identity: string;
  issuer: string;
}

/** What a SigstoreVerifier expects, for the evidence. */
export function describeSigstorePolicy(policy: SigstorePolicy): string {
  return `sigstore ${policy.identity} (issuer ${policy.issuer})`;
}
