/**
 * Against a real CNCF distribution 2.8 (Debian docker-registry) on 127.0.0.1: it stores manifests
 * with `subject` but answers 404 on the referrers API, so discovery goes through the fallback tag
 * for real; plus cosign legacy tags, BuildKit index attestations and a corrupted blob on disk.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HAVE_REGISTRY, startRegistry, type RunningRegistry } from './helpers/distribution.js';
import {
  BUNDLE_TYPE,
  cosignSig,
  cosignTag,
  dsseEnvelope,
  provenanceBundle,
  pushArtifact,
  pushBuildxIndex,
  pushImage,
  spdxArtifact,
  spdxDocument,
  statement,
  writeFallbackTag
} from './helpers/fixtures.js';
import { messages, runGate } from './helpers/gate.js';
import { Pusher } from './helpers/push.js';

const d = HAVE_REGISTRY ? describe : describe.skip;
if (!HAVE_REGISTRY) {
  console.warn('docker-registry missing: run scripts/setup-tests.sh');
}

d('referrer-presence on distribution 2.8 (tag-fallback path)', () => {
  let reg: RunningRegistry;
  const repo = (name: string): Pusher => new Pusher({ url: reg.url, repo: name });
  const ref = (name: string, digest: string): string => `${reg.host}/${name}@${digest}`;
  const base = { insecure: 'true', 'timeout-seconds': '20' };

  beforeAll(async () => {
    reg = await startRegistry();
  });
  afterAll(async () => {
    await reg?.stop();
  });

  it('passes when SPDX and SLSA provenance are attached via the fallback tag, and records how', async () => {
    const p = repo('demo/app');
    const img = await pushImage(p, 'ok', 'v1');
    const spdx = await spdxArtifact(p, img);
    const prov = await provenanceBundle(p, img);
    await writeFallbackTag(p, img.digest, [spdx, prov]);
    const run = await runGate({ ...base, image: ref('demo/app', img.digest) });
    expect(run.result?.verdict).toBe('pass');
    expect(run.outputs['image-digest']).toBe(img.digest);
    expect(run.found.spdx).toEqual([
      expect.objectContaining({
        digest: spdx.digest,
        convention: 'tag-fallback',
        artifactType: 'application/spdx+json',
        subject: img.digest
      })
    ]);
    expect(run.found['slsa-provenance']).toEqual([
      expect.objectContaining({
        digest: prov.digest,
        convention: 'tag-fallback',
        artifactType: BUNDLE_TYPE
      })
    ]);
    expect(run.missing).toEqual([]);
    const paths = run.evidence.requests.map((r) => `${r.path} ${r.status}`);
    expect(paths).toContain(`/v2/demo/app/referrers/${img.digest} 404`);
    expect(paths).toContain(`/v2/demo/app/manifests/${img.digest.replace(':', '-')} 200`);
    expect(run.summary).toContain('tag-fallback');
  });

  it('resolves a tag to its digest and checks the digest', async () => {
    const p = repo('demo/tagged');
    const img = await pushImage(p, 'tagged', 'release');
    await writeFallbackTag(p, img.digest, [
      await spdxArtifact(p, img),
      await provenanceBundle(p, img)
    ]);
    const run = await runGate({ ...base, image: `${reg.host}/demo/tagged:release` });
    expect(run.result?.verdict).toBe('pass');
    expect(run.outputs['image-digest']).toBe(img.digest);
  });

  it('fails, naming expected and actual, when provenance is missing and a listed SPDX entry has another subject', async () => {
    const p = repo('demo/rogue');
    const img = await pushImage(p, 'rogue');
    const other = await pushImage(p, 'other');
    const rogue = await pushArtifact(
      p,
      img,
      'application/spdx+json',
      [{ mediaType: 'application/spdx+json', content: spdxDocument('x') }],
      { subjectOverride: other }
    );
    await writeFallbackTag(p, img.digest, [rogue]);
    const run = await runGate({ ...base, image: ref('demo/rogue', img.digest) });
    expect(run.result?.verdict).toBe('fail');
    expect(run.missing.map((m) => m.type).sort()).toEqual(['slsa-provenance', 'spdx']);
    const text = messages(run);
    expect(text).toContain(`its subject.digest is ${other.digest}, expected ${img.digest}`);
    expect(text).toMatch(
      /referrer-presence\/missing: spdx: expected a verified attachment whose subject is image sha256:[a-f0-9]{64}; actual: none/
    );
  });

  it('passes the same image in audit mode with exit 0 but verdict fail', async () => {
    const p = repo('demo/audit');
    const img = await pushImage(p, 'audit');
    const run = await runGate({ ...base, image: ref('demo/audit', img.digest), mode: 'audit' });
    expect(run.result?.verdict).toBe('fail');
    expect(run.exitCode).toBe(0);
  });

  it('finds a bundle whose fallback entry is typed application/vnd.oci.empty.v1+json (older cosign/ggcr)', async () => {
    const p = repo('demo/emptytyped');
    const img = await pushImage(p, 'emptytyped');
    const prov = await provenanceBundle(p, img);
    await writeFallbackTag(p, img.digest, [
      { ...prov, artifactType: 'application/vnd.oci.empty.v1+json', annotations: undefined }
    ]);
    const run = await runGate({
      ...base,
      image: ref('demo/emptytyped', img.digest),
      require: 'slsa-provenance'
    });
    expect(run.result?.verdict).toBe('pass');
    expect(run.found['slsa-provenance'][0].artifactType).toBe(BUNDLE_TYPE);
  });

  it('does not count a fallback tag that resolves to the image itself (GitLab quirk)', async () => {
    const p = repo('demo/gitlab');
    const idx = await pushBuildxIndex(p, 'gitlab');
    // the registry "resolves" sha256-<hex> to the subject: tag the index under its own fallback tag
    await p.manifest(
      await (
        await fetch(`${reg.url}/v2/demo/gitlab/manifests/${idx.index.digest}`, {
          headers: { accept: 'application/vnd.oci.image.index.v1+json' }
        })
      ).text(),
      idx.index.digest.replace(':', '-')
    );
    const run = await runGate({
      ...base,
      image: ref('demo/gitlab', idx.index.digest),
      require: 'spdx',
      platforms: 'index-only',
      conventions: 'referrers-api, tag-fallback'
    });
    expect(run.result?.verdict).toBe('fail');
    expect(messages(run)).toContain('resolves to the image itself');
  });

  it('finds cosign legacy .sig, .att and .sbom tags and checks what they sign', async () => {
    const p = repo('demo/cosign');
    const img = await pushImage(p, 'cosign');
    await cosignSig(p, img);
    await cosignTag(p, img, 'att', [
      {
        mediaType: 'application/vnd.dsse.envelope.v1+json',
        content: dsseEnvelope(statement(img.digest, 'https://slsa.dev/provenance/v0.2')),
        annotations: { predicateType: 'https://slsa.dev/provenance/v0.2' }
      }
    ]);
    await cosignTag(p, img, 'sbom', [{ mediaType: 'text/spdx+json', content: spdxDocument() }]);
    const run = await runGate({
      ...base,
      image: ref('demo/cosign', img.digest),
      require: 'spdx\nslsa-provenance\nsignature'
    });
    expect(run.result?.verdict).toBe('pass');
    expect(run.found.signature[0].convention).toBe('cosign-tags');
    expect(run.found['slsa-provenance'][0].convention).toBe('cosign-tags');
    expect(run.found.spdx[0].convention).toBe('cosign-tags');
  });

  it('rejects a cosign .sig whose payload signs another digest', async () => {
    const p = repo('demo/cosignbad');
    const img = await pushImage(p, 'cosignbad');
    const other = await pushImage(p, 'cosignother');
    await cosignSig(p, img, other.digest);
    const run = await runGate({
      ...base,
      image: ref('demo/cosignbad', img.digest),
      require: 'signature'
    });
    expect(run.result?.verdict).toBe('fail');
    expect(messages(run)).toContain(
      `the signature is for "${other.digest}", expected ${img.digest}`
    );
  });

  it('reads BuildKit attestation manifests in the index (legacy form) for every platform', async () => {
    const p = repo('demo/buildx');
    const b = await pushBuildxIndex(p, 'buildx', { tag: 'v1' });
    const run = await runGate({
      ...base,
      image: ref('demo/buildx', b.index.digest),
      platforms: 'platforms-only'
    });
    expect(run.result?.verdict).toBe('pass');
    expect(run.found.spdx.map((f) => f.platform).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(run.found.spdx.every((f) => f.convention === 'buildx-index')).toBe(true);
    // Only the requests the proof needs: the index, then for each platform the attestation
    // manifest the index lists and its two statements; no 404 probe of the other conventions.
    const paths = run.evidence.requests.map((r) => `${r.status} ${r.path.split('/')[4]}`);
    expect(paths.filter((x) => x === '200 manifests')).toHaveLength(3);
    expect(paths.filter((x) => x === '200 blobs')).toHaveLength(4);
    expect(paths).toHaveLength(7);
    const t = run.evidence.targets as { conventions: { convention: string; outcome: string }[] }[];
    expect(t[0].conventions.map((c) => c.convention)).toEqual([
      'referrers-api',
      'tag-fallback',
      'cosign-tags',
      'buildx-index'
    ]);
    expect(t[0].conventions[0].outcome).toContain(
      'already met by the attestations the image index lists'
    );
    // default platforms=all: the index itself has no SBOM → fail, naming the index
    const all = await runGate({ ...base, image: ref('demo/buildx', b.index.digest) });
    expect(all.result?.verdict).toBe('fail');
    expect(all.missing).toEqual([
      { type: 'spdx', subject: b.index.digest },
      { type: 'slsa-provenance', subject: b.index.digest }
    ]);
  });

  it('BuildKit v0.32 artifact form: a missing platform attestation and a statement about the wrong platform both fail', async () => {
    const p = repo('demo/buildx2');
    const ok = await pushBuildxIndex(p, 'b2ok', { artifactForm: true });
    const okRun = await runGate({
      ...base,
      image: ref('demo/buildx2', ok.index.digest),
      platforms: 'platforms-only'
    });
    expect(okRun.result?.verdict).toBe('pass');
    const bad = await pushBuildxIndex(p, 'b2bad', {
      artifactForm: true,
      skipAttestationFor: 'linux/arm64',
      wrongStatementFor: 'linux/amd64'
    });
    const run = await runGate({
      ...base,
      image: ref('demo/buildx2', bad.index.digest),
      platforms: 'platforms-only',
      require: 'slsa-provenance'
    });
    expect(run.result?.verdict).toBe('fail');
    expect(run.missing.map((m) => m.platform).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(messages(run)).toMatch(
      /in-toto statement's subject is sha256:[a-f0-9]{16}…, expected sha256:/
    );
  });

  it('is an error, not a pass, when the registry serves a blob that does not match its digest', async () => {
    const p = repo('demo/corrupt');
    const img = await pushImage(p, 'corrupt');
    const prov = await provenanceBundle(p, img);
    await writeFallbackTag(p, img.digest, [prov]);
    const manifest = (await (
      await fetch(`${reg.url}/v2/demo/corrupt/manifests/${prov.digest}`, {
        headers: { accept: 'application/vnd.oci.image.manifest.v1+json' }
      })
    ).json()) as { layers: { digest: string }[] };
    const hex = manifest.layers[0].digest.slice(7);
    const file = join(
      reg.dir,
      'data',
      'docker',
      'registry',
      'v2',
      'blobs',
      'sha256',
      hex.slice(0, 2),
      hex,
      'data'
    );
    expect(readdirSync(join(file, '..'))).toContain('data');
    const original = await (await fetch(`${reg.url}/v2/demo/corrupt/blobs/sha256:${hex}`)).text();
    writeFileSync(file, original.replace('mediaType', 'mediaTypf'));
    const run = await runGate({
      ...base,
      image: ref('demo/corrupt', img.digest),
      require: 'slsa-provenance'
    });
    expect(run.result?.verdict).toBe('error');
    expect(messages(run)).toMatch(
      new RegExp(
        `digest mismatch: expected sha256:${hex}, the bytes served hash to sha256:[a-f0-9]{64}`
      )
    );
  });

  it('is an error when the image does not exist', async () => {
    const run = await runGate({ ...base, image: ref('demo/app', `sha256:${'0'.repeat(64)}`) });
    expect(run.result?.verdict).toBe('error');
    expect(messages(run)).toContain('not found');
  });
});
