/** The embedded mode: an OCI image-layout directory, through the CLI (`npx ci-intel`) and the action. */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, runCli } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import {
  LayoutStore,
  cosignSig,
  provenanceBundle,
  pushBuildxIndex,
  pushImage,
  pushArtifact,
  spdxArtifact,
  spdxDocument
} from './helpers/fixtures.js';

async function layout(): Promise<{ dir: string; image: string; digest: string; bare: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ci-intel-layout-'));
  const s = new LayoutStore(dir);
  const img = await pushImage(s, 'layout', 'v1');
  await spdxArtifact(s, img);
  await provenanceBundle(s, img);
  await cosignSig(s, img);
  const bare = await pushImage(s, 'bare', 'bare');
  const other = await pushImage(s, 'other-subject');
  await pushArtifact(s, other, 'application/spdx+json', [
    { mediaType: 'application/spdx+json', content: spdxDocument() }
  ]);
  await pushBuildxIndex(s, 'bx', { tag: 'multi' });
  return { dir, image: 'v1', digest: img.digest, bare: bare.digest };
}

describe('referrer-presence on an OCI layout', () => {
  it('CLI: passes with --format json, finding SPDX, provenance and the cosign signature', async () => {
    const l = await layout();
    const r = await runCli([
      'referrer-presence',
      '--oci-layout',
      l.dir,
      '--image',
      'v1',
      '--require',
      'spdx,slsa-provenance,signature',
      '--format',
      'json'
    ]);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).toContain(`is ${l.digest}`);
    expect(r.exitCode).toBe(0);
    const result = JSON.parse(r.stdout) as {
      verdict: string;
      outputs: Record<string, string>;
      evidence: { image: { source: string } };
    };
    expectValidResult(result);
    expect(result.verdict).toBe('pass');
    expect(result.outputs['image-digest']).toBe(l.digest);
    const found = JSON.parse(result.outputs.found) as Record<string, { convention: string }[]>;
    expect(found.spdx[0].convention).toBe('referrers-api');
    expect(found.signature[0].convention).toBe('cosign-tags');
    expect(result.evidence.image.source).toBe(`oci-layout:${l.dir}`);
  });

  it('CLI: exit 1 and a text report naming what is missing', async () => {
    const l = await layout();
    const r = await runCli(['referrer-presence', '--oci-layout', l.dir, '--image', `@${l.bare}`]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('missing spdx, slsa-provenance');
    expect(r.stdout).toContain(`expected a verified attachment whose subject is image ${l.bare}`);
  });

  it('CLI: buildx index in a layout, per platform', async () => {
    const l = await layout();
    const r = await runCli([
      'referrer-presence',
      '--oci-layout',
      l.dir,
      '--image',
      'multi',
      '--platforms',
      'platforms-only',
      '--format',
      'json'
    ]);
    expect(r.exitCode).toBe(0);
    const result = JSON.parse(r.stdout) as { outputs: Record<string, string> };
    const found = JSON.parse(result.outputs.found) as Record<
      string,
      { platform: string; convention: string }[]
    >;
    expect(found.spdx.map((f) => `${f.platform} ${f.convention}`).sort()).toEqual([
      'linux/amd64 buildx-index',
      'linux/arm64 buildx-index'
    ]);
  });

  it('action: a layout relative to the workspace passes; a missing layout is an input error', async () => {
    const l = await layout();
    const ok = await runAction('referrer-presence', {
      workspace: join(l.dir, '..'),
      inputs: { 'oci-layout': l.dir.split('/').pop() as string, image: 'v1' }
    });
    expectValidResult(ok.result);
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs.verdict).toBe('pass');
    const bad = await runAction('referrer-presence', {
      inputs: { 'oci-layout': '/nonexistent/layout', image: 'v1' }
    });
    expectValidResult(bad.result);
    expect(bad.exitCode).toBe(1);
    expect(bad.outputs.verdict).toBe('error');
    expect(bad.result?.findings[0].rule).toBe('input/invalid');
    expect(JSON.stringify(bad.result?.findings)).toContain(
      "input 'oci-layout': /nonexistent/layout is not an OCI image layout: it has no index.json"
    );
  });

  it('bad inputs are errors naming the input: unknown requirement, unknown convention, plain HTTP to a remote host', async () => {
    const cases: [Record<string, string>, string][] = [
      [
        { image: `ghcr.io/a/b@sha256:${'a'.repeat(64)}`, require: 'sbom' },
        "input 'require': 'sbom' is neither a short name"
      ],
      [
        { image: `ghcr.io/a/b@sha256:${'a'.repeat(64)}`, conventions: 'oras' },
        "input 'conventions': 'oras' is not one of"
      ],
      [
        { image: `ghcr.io/a/b@sha256:${'a'.repeat(64)}`, insecure: 'true' },
        "input 'insecure': insecure (plain HTTP) is allowed only for 127.0.0.1"
      ],
      [{ image: 'ghcr.io/a/b' }, "input 'image': 'ghcr.io/a/b': give a digest"]
    ];
    for (const [inputs, text] of cases) {
      const r = await runCli([
        'referrer-presence',
        ...Object.entries(inputs).flatMap(([k, v]) => [`--${k}`, v]),
        '--format',
        'json'
      ]);
      expect(r.exitCode).toBe(2);
      const result = JSON.parse(r.stdout) as { verdict: string; findings: { message: string }[] };
      expectValidResult(result);
      expect(result.verdict).toBe('error');
      expect(result.findings[0].message).toContain(text);
    }
  });
});
