/** The GitHub Actions identity a Fulcio certificate proves (fulcio docs/oid-info.md). */
import type { X509Certificate } from '@sigstore/core';

const ARC = '1.3.6.1.4.1.57264.1.';

/** OIDs .8 and up hold a DER UTF8String; .1–.6 (deprecated) hold the raw string. */
const V2 = {
  issuer: 8,
  buildSignerURI: 9,
  buildSignerDigest: 10,
  runnerEnvironment: 11,
  sourceRepositoryURI: 12,
  sourceRepositoryDigest: 13,
  sourceRepositoryRef: 14,
  sourceRepositoryOwnerURI: 16,
  buildConfigURI: 18,
  buildConfigDigest: 19,
  buildTrigger: 20,
  runInvocationURI: 21
} as const;

const LEGACY = {
  issuer: 1,
  buildTrigger: 2,
  sourceRepositoryDigest: 3,
  workflowName: 4,
  repository: 5,
  sourceRepositoryRef: 6
} as const;

export interface FulcioIdentity {
  /** The certificate SAN (for GitHub: the Build Signer URI, i.e. the job_workflow_ref). */
  san?: string;
  issuer?: string;
  buildSignerURI?: string;
  buildSignerDigest?: string;
  runnerEnvironment?: string;
  sourceRepositoryURI?: string;
  sourceRepositoryDigest?: string;
  sourceRepositoryRef?: string;
  sourceRepositoryOwnerURI?: string;
  buildConfigURI?: string;
  buildConfigDigest?: string;
  buildTrigger?: string;
  runInvocationURI?: string;
  /** Which extensions the values came from. */
  oidVersion: 'v2' | 'legacy' | 'none';
  /** Disagreements between the deprecated and the new OIDs (a malformed certificate). */
  inconsistencies: string[];
}

function utf8Ext(cert: X509Certificate, n: number): string | undefined {
  const ext = cert.extension(ARC + n);
  if (!ext) return undefined;
  const obj = ext.valueObj;
  // A DER UTF8String (tag 0x0c) or any string type; fall back to the raw bytes.
  if (obj.subs.length === 0) return obj.value.toString('utf8');
  return obj.subs[0].value.toString('utf8');
}

function rawExt(cert: X509Certificate, n: number): string | undefined {
  const ext = cert.extension(ARC + n);
  return ext ? ext.value.toString('utf8') : undefined;
}

export function fulcioIdentity(cert: X509Certificate): FulcioIdentity {
  const id: FulcioIdentity = { oidVersion: 'none', inconsistencies: [] };
  id.san = cert.extSubjectAltName?.uri ?? cert.extSubjectAltName?.rfc822Name;
  for (const [field, n] of Object.entries(V2)) {
    const v = utf8Ext(cert, n);
    if (v !== undefined) (id as unknown as Record<string, string>)[field] = v;
  }
  if (id.issuer !== undefined) id.oidVersion = 'v2';
  const legacy = {
    issuer: rawExt(cert, LEGACY.issuer),
    buildTrigger: rawExt(cert, LEGACY.buildTrigger),
    sourceRepositoryDigest: rawExt(cert, LEGACY.sourceRepositoryDigest),
    repository: rawExt(cert, LEGACY.repository),
    sourceRepositoryRef: rawExt(cert, LEGACY.sourceRepositoryRef)
  };
  const legacyRepoURI =
    legacy.repository === undefined ? undefined : `https://github.com/${legacy.repository}`;
  const pairs: [keyof FulcioIdentity, string | undefined, string][] = [
    ['issuer', legacy.issuer, '.1.1'],
    ['buildTrigger', legacy.buildTrigger, '.1.2'],
    ['sourceRepositoryDigest', legacy.sourceRepositoryDigest, '.1.3'],
    ['sourceRepositoryURI', legacyRepoURI, '.1.5'],
    ['sourceRepositoryRef', legacy.sourceRepositoryRef, '.1.6']
  ];
  for (const [field, old, oid] of pairs) {
    if (old === undefined) continue;
    const current = id[field] as string | undefined;
    if (current === undefined) {
      (id as unknown as Record<string, string>)[field] = old;
      if (id.oidVersion === 'none') id.oidVersion = 'legacy';
    } else if (current !== old) {
      id.inconsistencies.push(
        `deprecated ${oid} says '${old}' but the current OID says '${current}'`
      );
    }
  }
  if (id.buildConfigDigest !== undefined && id.sourceRepositoryDigest !== undefined) {
    // For GitHub, the build config (the caller workflow) is always at the source commit.
    if (id.buildConfigDigest !== id.sourceRepositoryDigest) {
      id.inconsistencies.push(
        `build config digest ${id.buildConfigDigest} differs from source digest ${id.sourceRepositoryDigest}`
      );
    }
  }
  return id;
}
