/**
 * Mints real, offline Sigstore bundles for policy tests: a @sigstore/mock Fulcio CA (with a CT log)
 * and Rekor log, a matching trusted_root.json, and GitHub-Actions-shaped certificates and SLSA v1
 * provenance whose every field a test can change.
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { initializeCA, initializeCTLog, initializeTLog, initializeTSA } from '@sigstore/mock';

type CA = Awaited<ReturnType<typeof initializeCA>>;
type TLog = Awaited<ReturnType<typeof initializeTLog>>;

type TSA = Awaited<ReturnType<typeof initializeTSA>>;

export interface MockSigstore {
  ca: CA;
  /** Public-good shape: Rekor entries. */
  tlog?: TLog;
  /** GitHub-instance shape: RFC 3161 timestamps, no Rekor, no CT. */
  tsa?: TSA;
  trustedRoot: Record<string, unknown>;
}

const b64 = (b: Buffer | Uint8Array | string) => Buffer.from(b).toString('base64');
/** The bytes of a view (never its whole underlying ArrayBuffer). */
const bytes = (v: ArrayBufferView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
const ANCIENT = { start: '2000-01-01T00:00:00Z' };

/** A Sigstore instance shaped like GitHub's private-repository one: Fulcio-like CA without CT, and a TSA. */
export async function mockTsaInstance(): Promise<MockSigstore> {
  const caKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const tsaKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ca = await initializeCA(caKeys);
  // The mock TSA stamps on a whole second: pkijs writes a fractional genTime with its trailing
  // zeros trimmed (".12Z"), which @sigstore/core's GeneralizedTime parser refuses ("invalid
  // time"), so a stamp taken at a millisecond ending in 0 made this test flaky.
  const tsa = await initializeTSA(tsaKeys, new Date(Math.ceil(Date.now() / 1000) * 1000));
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [
      {
        subject: { organization: 'GitHub, Inc. (mock)', commonName: 'Internal Services Root' },
        uri: 'https://fulcio.githubapp.mock',
        certChain: { certificates: [{ rawBytes: b64(bytes(ca.rootCertificate)) }] },
        validFor: ANCIENT
      }
    ],
    ctlogs: [],
    timestampAuthorities: [
      {
        subject: { organization: 'GitHub, Inc. (mock)', commonName: 'TSA Timestamping' },
        uri: 'https://timestamp.githubapp.mock',
        certChain: {
          certificates: [
            { rawBytes: b64(bytes(tsa.intCertificate)) },
            { rawBytes: b64(bytes(tsa.rootCertificate)) }
          ]
        },
        validFor: ANCIENT
      }
    ]
  };
  return { ca, tsa, trustedRoot };
}

export async function mockSigstore(): Promise<MockSigstore> {
  const ctKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const caKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const tlogKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ctlog = await initializeCTLog(ctKeys);
  const ca = await initializeCA(caKeys, ctlog);
  const tlog = await initializeTLog('https://rekor.mock.test', tlogKeys);
  const spki = (k: KeyObject) => k.export({ format: 'der', type: 'spki' });
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: 'https://rekor.mock.test',
        hashAlgorithm: 'SHA2_256',
        publicKey: {
          rawBytes: b64(spki(tlogKeys.publicKey)),
          keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          validFor: ANCIENT
        },
        logId: { keyId: b64(createHash('sha256').update(spki(tlogKeys.publicKey)).digest()) }
      }
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: 'https://fulcio.mock.test',
        certChain: { certificates: [{ rawBytes: b64(bytes(ca.rootCertificate)) }] },
        validFor: ANCIENT
      }
    ],
    ctlogs: [
      {
        baseUrl: 'https://ctlog.mock.test',
        hashAlgorithm: 'SHA2_256',
        publicKey: {
          rawBytes: b64(spki(ctKeys.publicKey)),
          keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          validFor: ANCIENT
        },
        logId: { keyId: b64(bytes(ctlog.logID)) }
      }
    ],
    timestampAuthorities: []
  };
  return { ca, tlog, trustedRoot };
}

/** A GitHub Actions build identity; every field becomes a Fulcio extension. */
export interface BuildIdentity {
  issuer: string;
  repo: string; // owner/name
  ref: string;
  sha: string;
  /** The workflow that signs (job_workflow_ref): `owner/repo/path@ref`. */
  signer: string;
  /** The caller workflow (workflow_ref): `owner/repo/path@ref`. */
  buildConfig: string;
  runner?: string;
  trigger: string;
  /** Also write the deprecated .1.1–.1.6 extensions; `only` writes nothing else (a pre-2023 certificate). */
  legacy?: 'also' | 'only';
  /** A different repository in the deprecated .1.5 extension (a certificate that disagrees with itself). */
  legacyRepo?: string;
}

export const GOOD: BuildIdentity = {
  issuer: 'https://token.actions.githubusercontent.com',
  repo: 'acme/widget',
  ref: 'refs/tags/v1.2.3',
  sha: 'a'.repeat(40),
  signer: 'acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3',
  buildConfig: 'acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3',
  runner: 'github-hosted',
  trigger: 'push'
};

const ARC = '1.3.6.1.4.1.57264.1.';

function extensions(id: BuildIdentity) {
  const gh = 'https://github.com/';
  const v2 = [
    [8, id.issuer],
    [9, gh + id.signer],
    [10, id.sha],
    [11, id.runner],
    [12, gh + id.repo],
    [13, id.sha],
    [14, id.ref],
    [16, gh + id.repo.split('/')[0]],
    [18, gh + id.buildConfig],
    [19, id.sha],
    [20, id.trigger],
    [21, `${gh}${id.repo}/actions/runs/1/attempts/1`]
  ] as const;
  const legacy = [
    [1, id.issuer],
    [2, id.trigger],
    [3, id.sha],
    [5, id.legacyRepo ?? id.repo],
    [6, id.ref]
  ] as const;
  const out: { oid: string; value: string; legacy?: boolean }[] = [];
  if (id.legacy !== 'only') {
    for (const [n, v] of v2) if (v !== undefined) out.push({ oid: ARC + n, value: v });
  }
  if (id.legacy) for (const [n, v] of legacy) out.push({ oid: ARC + n, value: v, legacy: true });
  return out;
}

export interface ProvenanceOptions {
  subjects?: { name: string; digest: Record<string, string> }[];
  predicateType?: string;
  /** Overrides of externalParameters.workflow. */
  workflow?: Partial<{ repository: string; ref: string; path: string }>;
  builderId?: string;
}

export function provenanceFor(
  id: BuildIdentity,
  o: ProvenanceOptions = {}
): Record<string, unknown> {
  const [cfgName, cfgRef] = id.buildConfig.split('@');
  const path = cfgName.split('/').slice(2).join('/');
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: o.subjects ?? [{ name: 'widget.tgz', digest: { sha256: 'b'.repeat(64) } }],
    predicateType: o.predicateType ?? 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: cfgRef,
            repository: `https://github.com/${id.repo}`,
            path,
            ...o.workflow
          }
        },
        internalParameters: { github: { event_name: id.trigger, runner_environment: id.runner } },
        resolvedDependencies: [
          { uri: `git+https://github.com/${id.repo}@${id.ref}`, digest: { gitCommit: id.sha } }
        ]
      },
      runDetails: {
        builder: { id: o.builderId ?? `https://github.com/${id.signer}` },
        metadata: { invocationId: `https://github.com/${id.repo}/actions/runs/1/attempts/1` }
      }
    }
  };
}

export type Tamper = 'payload' | 'signature' | 'certificate' | 'none';

/** Sign a statement with a fresh key, a Fulcio certificate for `id`, and log it in Rekor. */
export async function mintBundle(
  mock: MockSigstore,
  id: BuildIdentity,
  statement: Record<string, unknown>,
  tamper: Tamper = 'none'
): Promise<Record<string, unknown>> {
  const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const cert = bytes(
    await mock.ca.issueCertificate({
      publicKey: keys.publicKey.export({ format: 'der', type: 'spki' }),
      subjectAltName: `https://github.com/${id.signer}`,
      extensions: extensions(id)
    })
  );
  const payloadType = 'application/vnd.in-toto+json';
  const payload = Buffer.from(JSON.stringify(statement));
  const pae = Buffer.concat([
    Buffer.from(`DSSEv1 ${payloadType.length} ${payloadType} ${payload.length} `),
    payload
  ]);
  const sig = sign('sha256', pae, keys.privateKey);
  const certPem = `-----BEGIN CERTIFICATE-----\n${b64(cert)}\n-----END CERTIFICATE-----\n`;
  const tlogEntries = mock.tlog
    ? [await logEntry(mock.tlog, payloadType, payload, sig, certPem)]
    : [];
  const rfc3161Timestamps = mock.tsa
    ? [
        {
          signedTimestamp: b64(
            bytes(
              await mock.tsa.timestamp({
                artifactHash: createHash('sha256').update(sig).digest(),
                hashAlgorithmOID: '2.16.840.1.101.3.4.2.1',
                nonce: 42,
                policyOID: '1.2.3.4',
                certReq: true
              })
            )
          )
        }
      ]
    : [];
  // Flip the last byte: inside the (certificate's or DSSE) ECDSA signature value, so the DER
  // structure stays readable and only the cryptographic check can notice.
  const flip = (b: Buffer) => {
    const c = Buffer.from(b);
    c[c.length - 1] ^= 0x01;
    return c;
  };
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: {
      certificate: { rawBytes: b64(tamper === 'certificate' ? flip(cert) : cert) },
      tlogEntries,
      ...(rfc3161Timestamps.length ? { timestampVerificationData: { rfc3161Timestamps } } : {})
    },
    dsseEnvelope: {
      payload: b64(
        tamper === 'payload'
          ? Buffer.from(JSON.stringify(statement).replace('widget', 'widgex'))
          : payload
      ),
      payloadType,
      signatures: [{ sig: b64(tamper === 'signature' ? flip(sig) : sig), keyid: '' }]
    }
  };
}

/** Log the DSSE signature as a Rekor intoto v0.0.2 entry; returns the bundle's tlog entry. */
async function logEntry(
  tlog: TLog,
  payloadType: string,
  payload: Buffer,
  sig: Buffer,
  certPem: string
) {
  const entry = await tlog.log({
    apiVersion: '0.0.2',
    kind: 'intoto',
    spec: {
      content: {
        envelope: { payloadType, signatures: [{ sig: b64(b64(sig)), publicKey: b64(certPem) }] },
        hash: { algorithm: 'sha256', value: createHash('sha256').update(payload).digest('hex') },
        payloadHash: {
          algorithm: 'sha256',
          value: createHash('sha256').update(payload).digest('hex')
        }
      }
    }
  });
  const [e] = Object.values(entry) as {
    body: string;
    integratedTime: number;
    logID: string;
    logIndex: number;
    verification: {
      signedEntryTimestamp: string;
      inclusionProof: {
        logIndex: number;
        rootHash: string;
        treeSize: number;
        hashes: string[];
        checkpoint: string;
      };
    };
  }[];
  const proof = e.verification.inclusionProof;
  return {
    logIndex: String(e.logIndex),
    logId: { keyId: b64(Buffer.from(e.logID, 'hex')) },
    kindVersion: { kind: 'intoto', version: '0.0.2' },
    integratedTime: String(e.integratedTime),
    inclusionPromise: { signedEntryTimestamp: e.verification.signedEntryTimestamp },
    inclusionProof: {
      logIndex: String(proof.logIndex),
      rootHash: b64(Buffer.from(proof.rootHash, 'hex')),
      treeSize: String(proof.treeSize),
      hashes: proof.hashes,
      checkpoint: { envelope: proof.checkpoint }
    },
    canonicalizedBody: e.body
  };
}
