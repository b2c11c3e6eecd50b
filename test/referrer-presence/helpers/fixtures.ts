/**
 * Builds images and their attachments in the shapes real producers write: oras-style OCI 1.1
 * artifacts (+ the fallback tag index, maintained as the spec tells clients), actions/attest-style
 * Sigstore bundles (built with @sigstore/bundle, DSSE signed with a real ECDSA key), cosign
 * legacy `.sig/.att/.sbom` tags, and BuildKit attestation manifests inside the image index
 * (the legacy form and the v0.32 OCI-artifact form with `subject`).
 */
import { bundleToJSON, toDSSEBundle } from '@sigstore/bundle';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './push.js';

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const EMPTY = {
  mediaType: 'application/vnd.oci.empty.v1+json',
  digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
  size: 2,
  data: 'e30='
};
export const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

export interface Desc {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
  platform?: { os: string; architecture: string };
}

/** Where fixtures are written: a registry (Pusher) or an OCI layout. */
export interface Store {
  blob(bytes: Uint8Array | string): Promise<{ digest: string; size: number }>;
  manifest(
    doc: object | string,
    reference?: string
  ): Promise<{ digest: string; size: number; mediaType: string }>;
}

export interface Image extends Desc {
  tag?: string;
}

export async function pushImage(store: Store, seed: string, tag?: string): Promise<Image> {
  const config = await store.blob(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [] },
      seed
    })
  );
  const layer = await store.blob(`layer of ${seed}`);
  const m = await store.manifest(
    {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', ...layer }]
    },
    tag
  );
  return { ...m, tag };
}

export async function pushEmpty(store: Store): Promise<void> {
  await store.blob('{}');
}

export const spdxDocument = (name = 'app'): string =>
  JSON.stringify({
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name,
    documentNamespace: `https://example.test/${name}`,
    packages: []
  });
export const cyclonedxDocument = (): string =>
  JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components: [] });

export function statement(
  subjectDigest: string,
  predicateType: string,
  predicate: object = {}
): string {
  const [alg, hex] = subjectDigest.split(':');
  return JSON.stringify({
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'pkg:oci/app', digest: { [alg]: hex } }],
    predicateType,
    predicate
  });
}

const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
function pae(type: string, payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} ${type} ${payload.length} `), payload]);
}

export function dsseEnvelope(stmt: string): string {
  const payload = Buffer.from(stmt);
  const sig = sign('sha256', pae('application/vnd.in-toto+json', payload), privateKey);
  return JSON.stringify({
    payloadType: 'application/vnd.in-toto+json',
    payload: payload.toString('base64'),
    signatures: [{ keyid: '', sig: sig.toString('base64') }]
  });
}

/** A Sigstore v0.3 bundle around a DSSE-signed statement, built with @sigstore/bundle. */
export function sigstoreBundle(stmt: string): string {
  const payload = Buffer.from(stmt);
  const signature = sign('sha256', pae('application/vnd.in-toto+json', payload), privateKey);
  return JSON.stringify(
    bundleToJSON(
      toDSSEBundle({
        artifact: payload,
        artifactType: 'application/vnd.in-toto+json',
        signature,
        keyHint: 'test-key'
      })
    )
  );
}

export interface LayerSpec {
  mediaType: string;
  content: string;
  annotations?: Record<string, string>;
}

/** An OCI 1.1 artifact manifest with `subject` (oras attach / actions/attest / cosign v3 shape). */
export async function pushArtifact(
  store: Store,
  subject: Desc,
  artifactType: string | undefined,
  layers: LayerSpec[],
  o: {
    annotations?: Record<string, string>;
    subjectOverride?: Desc;
    config?: Desc;
    tag?: string;
  } = {}
): Promise<Desc> {
  await pushEmpty(store);
  const ls: Desc[] = [];
  for (const l of layers) {
    const b = await store.blob(l.content);
    ls.push({
      mediaType: l.mediaType,
      ...b,
      ...(l.annotations ? { annotations: l.annotations } : {})
    });
  }
  const s = o.subjectOverride ?? subject;
  const doc = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    ...(artifactType ? { artifactType } : {}),
    config: o.config ?? EMPTY,
    layers: ls,
    subject: { mediaType: s.mediaType, digest: s.digest, size: s.size },
    annotations: { 'org.opencontainers.image.created': '2026-01-01T00:00:00Z', ...o.annotations }
  };
  const m = await store.manifest(doc, o.tag);
  return { ...m, ...(artifactType ? { artifactType } : {}), annotations: doc.annotations };
}

export const spdxArtifact = (store: Store, subject: Desc): Promise<Desc> =>
  pushArtifact(store, subject, 'application/spdx+json', [
    { mediaType: 'application/spdx+json', content: spdxDocument() }
  ]);

export const provenanceBundle = (
  store: Store,
  subject: Desc,
  statementSubject = subject.digest
): Promise<Desc> =>
  pushArtifact(
    store,
    subject,
    BUNDLE_TYPE,
    [
      {
        mediaType: BUNDLE_TYPE,
        content: sigstoreBundle(
          statement(statementSubject, 'https://slsa.dev/provenance/v1', { buildDefinition: {} })
        )
      }
    ],
    {
      annotations: {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1'
      }
    }
  );

/** The referrers tag schema index, written the way a spec-following client maintains it. */
export async function writeFallbackTag(
  store: Store,
  subjectDigest: string,
  entries: Desc[]
): Promise<Desc> {
  const index = {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: entries.map((e) => ({
      mediaType: e.mediaType,
      digest: e.digest,
      size: e.size,
      ...(e.artifactType ? { artifactType: e.artifactType } : {}),
      ...(e.annotations ? { annotations: e.annotations } : {})
    }))
  };
  const m = await store.manifest(index, subjectDigest.replace(':', '-'));
  return m;
}

/** cosign legacy: `sha256-<hex>.sig` with a simple-signing payload. */
export async function cosignSig(
  store: Store,
  image: Desc,
  signedDigest = image.digest
): Promise<Desc> {
  const payload = JSON.stringify({
    critical: {
      identity: { 'docker-reference': 'registry.test/app' },
      image: { 'docker-manifest-digest': signedDigest },
      type: 'cosign container image signature'
    },
    optional: null
  });
  const layer = await store.blob(payload);
  const config = await store.blob(
    JSON.stringify({
      architecture: '',
      os: '',
      config: {},
      rootfs: { type: 'layers', diff_ids: [layer.digest] }
    })
  );
  const sig = sign('sha256', Buffer.from(payload), privateKey).toString('base64');
  return store.manifest(
    {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
      layers: [
        {
          mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
          ...layer,
          annotations: { 'dev.cosignproject.cosign/signature': sig }
        }
      ]
    },
    `${image.digest.replace(':', '-')}.sig`
  );
}

/** cosign legacy: `sha256-<hex>.att` with DSSE envelopes, or `.sbom` with an SBOM layer. */
export async function cosignTag(
  store: Store,
  image: Desc,
  suffix: 'att' | 'sbom',
  layers: LayerSpec[]
): Promise<Desc> {
  const ls: Desc[] = [];
  for (const l of layers)
    ls.push({
      mediaType: l.mediaType,
      ...(await store.blob(l.content)),
      ...(l.annotations ? { annotations: l.annotations } : {})
    });
  const config = await store.blob(
    JSON.stringify({
      architecture: '',
      os: '',
      config: {},
      rootfs: { type: 'layers', diff_ids: ls.map((l) => l.digest) }
    })
  );
  return store.manifest(
    {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
      layers: ls
    },
    `${image.digest.replace(':', '-')}.${suffix}`
  );
}

/**
 * A BuildKit multi-platform push: platform manifests, then one attestation manifest per platform
 * (`vnd.docker.reference.type=attestation-manifest`, `vnd.docker.reference.digest=<platform>`).
 * `artifactForm`: the v0.32 default (artifactType + empty config + subject).
 */
export async function pushBuildxIndex(
  store: Store,
  seed: string,
  o: {
    tag?: string;
    artifactForm?: boolean;
    platforms?: string[];
    skipAttestationFor?: string;
    wrongStatementFor?: string;
  } = {}
): Promise<{ index: Desc; platforms: Desc[]; attestations: Desc[] }> {
  const platforms: Desc[] = [];
  const attestations: Desc[] = [];
  for (const p of o.platforms ?? ['linux/amd64', 'linux/arm64']) {
    const [os, architecture] = p.split('/');
    const img = await pushImage(store, `${seed}-${p}`);
    platforms.push({ ...img, platform: { os, architecture } });
  }
  for (const p of platforms) {
    const name = `${p.platform?.os}/${p.platform?.architecture}`;
    if (name === o.skipAttestationFor) continue;
    const about =
      name === o.wrongStatementFor
        ? (platforms.find((x) => x !== p)?.digest ?? p.digest)
        : p.digest;
    const sbom = await store.blob(
      statement(about, 'https://spdx.dev/Document', JSON.parse(spdxDocument()) as object)
    );
    const prov = await store.blob(
      statement(about, 'https://slsa.dev/provenance/v1', {
        buildDefinition: { buildType: 'https://mobyproject.org/buildkit@v1' }
      })
    );
    const layers = [
      {
        mediaType: 'application/vnd.in-toto+json',
        ...sbom,
        annotations: { 'in-toto.io/predicate-type': 'https://spdx.dev/Document' }
      },
      {
        mediaType: 'application/vnd.in-toto+json',
        ...prov,
        annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v1' }
      }
    ];
    let doc: object;
    if (o.artifactForm) {
      await pushEmpty(store);
      doc = {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: 'application/vnd.docker.attestation.manifest.v1+json',
        config: EMPTY,
        layers,
        subject: { mediaType: OCI_MANIFEST, digest: p.digest, size: p.size }
      };
    } else {
      const config = await store.blob(
        JSON.stringify({
          architecture: 'unknown',
          os: 'unknown',
          rootfs: { type: 'layers', diff_ids: [sbom.digest, prov.digest] }
        })
      );
      doc = {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers
      };
    }
    const m = await store.manifest(doc);
    attestations.push({
      ...m,
      ...(o.artifactForm
        ? { artifactType: 'application/vnd.docker.attestation.manifest.v1+json' }
        : {}),
      platform: { os: 'unknown', architecture: 'unknown' },
      annotations: {
        'vnd.docker.reference.digest': p.digest,
        'vnd.docker.reference.type': 'attestation-manifest'
      }
    });
  }
  const index = await store.manifest(
    {
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [...platforms, ...attestations].map((d) => ({
        mediaType: d.mediaType,
        digest: d.digest,
        size: d.size,
        ...(d.artifactType ? { artifactType: d.artifactType } : {}),
        platform: d.platform,
        ...(d.annotations ? { annotations: d.annotations } : {})
      }))
    },
    o.tag
  );
  return { index, platforms, attestations };
}

/** An OCI image-layout directory as a Store: blobs/sha256/<hex>, tags as ref.name in index.json. */
export class LayoutStore implements Store {
  private readonly entries: {
    mediaType: string;
    digest: string;
    size: number;
    annotations?: Record<string, string>;
  }[] = [];
  constructor(readonly dir: string) {
    mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
    writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    this.flush();
  }
  private flush(): void {
    writeFileSync(
      join(this.dir, 'index.json'),
      JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: this.entries })
    );
  }
  async blob(bytes: Uint8Array | string): Promise<{ digest: string; size: number }> {
    const data = typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes);
    const digest = sha256(data);
    writeFileSync(join(this.dir, 'blobs', 'sha256', digest.slice(7)), data);
    return { digest, size: data.byteLength };
  }
  async manifest(
    doc: object | string,
    reference?: string
  ): Promise<{ digest: string; size: number; mediaType: string }> {
    const text = typeof doc === 'string' ? doc : JSON.stringify(doc);
    const { digest, size } = await this.blob(text);
    const mediaType = (JSON.parse(text) as { mediaType: string }).mediaType;
    this.entries.push({
      mediaType,
      digest,
      size,
      ...(reference ? { annotations: { 'org.opencontainers.image.ref.name': reference } } : {})
    });
    this.flush();
    return { digest, size, mediaType };
  }
}
