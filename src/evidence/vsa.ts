/**
 * A SLSA Verification Summary (https://slsa.dev/verification_summary/v1) for the subject, so
 * downstream admission (Kyverno, policy-controller) can rely on one statement.
 */
import { createHash } from 'node:crypto';
import { canonicalBytes } from './canonical.js';
import { STATEMENT_TYPE, VSA_PREDICATE_TYPE } from './format.js';

export interface VsaInput {
  subjectName: string;
  subjectHex: string;
  verifierId: string;
  timeVerified: Date;
  resourceUri: string;
  passed: boolean;
  /** The policy: what was required (gates, signer), digested canonically. */
  policy: unknown;
  bundleDigest?: string;
  bundleUri?: string;
}

export function makeVsa(v: VsaInput): Buffer {
  const policyDigest = canonicalBytes(v.policy);
  return canonicalBytes({
    _type: STATEMENT_TYPE,
    subject: [{ name: v.subjectName, digest: { sha256: v.subjectHex } }],
    predicateType: VSA_PREDICATE_TYPE,
    predicate: {
      verifier: { id: v.verifierId },
      timeVerified: v.timeVerified.toISOString(),
      resourceUri: v.resourceUri,
      policy: {
        uri: 'https://ci-intel.dev/policy/evidence-verify/v1',
        digest: { sha256: createHash('sha256').update(policyDigest).digest('hex') }
      },
      inputAttestations: v.bundleDigest
        ? [
            {
              uri: v.bundleUri ?? 'bundle',
              digest: { sha256: v.bundleDigest.replace(/^sha256:/, '') }
            }
          ]
        : [],
      verificationResult: v.passed ? 'PASSED' : 'FAILED',
      verifiedLevels: v.passed ? ['CI_INTEL_RELEASE_EVIDENCE_V1'] : [],
      slsaVersion: '1.0'
    }
  });
}
