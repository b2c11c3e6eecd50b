/**
 * The evidence as an OCI referrer, against the real Debian docker-registry (distribution 2.8, no
 * referrers API: the sha256-<hex> fallback tag): evidence-bundle pushes it with the hub's
 * registry client, evidence-verify discovers it from the image alone; a referrer whose subject
 * is another image, and an image with no evidence, are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runGate } from '../../src/core/run-gate.js';
import { makeEvidenceBundle } from '../../src/gates/evidence-bundle/index.js';
import { evidenceVerify } from '../../src/gates/evidence-verify/index.js';
import {
  HAVE_REGISTRY,
  startRegistry,
  type RunningRegistry
} from '../referrer-presence/helpers/distribution.js';
import {
  pushArtifact,
  pushImage,
  writeFallbackTag,
  type Image
} from '../referrer-presence/helpers/fixtures.js';
import { Pusher } from '../referrer-presence/helpers/push.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { ctxFor, ed25519Pem, sandbox, type Sandbox } from './fixtures.js';

const KEYS = ed25519Pem();
const describeRegistry = HAVE_REGISTRY ? describe : describe.skip;
let reg: RunningRegistry;
const boxes: Sandbox[] = [];
afterAll(() => boxes.forEach((b) => rmSync(b.root, { recursive: true, force: true })));

describeRegistry('evidence referrers on docker-registry', () => {
  let image: Image;
  let other: Image;
  let bare: Image;
  let store: Pusher;
  beforeAll(async () => {
    reg = await startRegistry();
    store = new Pusher({ url: reg.url, repo: 'acme/widget' });
    image = await pushImage(store, 'release');
    other = await pushImage(store, 'another image');
    bare = await pushImage(store, 'no evidence');
  }, 60_000);
  afterAll(async () => reg?.stop());

  const name = () => `${reg.host}/acme/widget`;
  async function verifyImage(b: Sandbox, digest: string) {
    const r = await runGate(
      evidenceVerify,
      {
        lookup: 'referrers',
        image: `${name()}@${digest}`,
        insecure: 'true',
        signing: 'key',
        'verify-key': KEYS.publicPem
      },
      ctxFor(b),
      { noConfig: true }
    );
    expectValidResult(r);
    return r;
  }

  it('pushes the bundle as a referrer of the image and admits the image from its referrers', async () => {
    const b = sandbox();
    boxes.push(b);
    const r = await runGate(
      makeEvidenceBundle(),
      {
        'subject-digest': image.digest,
        'subject-name': name(),
        'push-to-registry': 'true',
        insecure: 'true',
        signing: 'key',
        'signing-key': KEYS.privatePem,
        'artifact-pattern': ''
      },
      ctxFor(b),
      { noConfig: true }
    );
    expectValidResult(r);
    expect(r.summary).toMatch(/^bundled/);
    expect(r.outputs['referrer-digest']).toMatch(/^sha256:/);
    // Stored as actions/attest stores one: artifactType, predicate annotation, subject = the image.
    const res = await fetch(`${reg.url}/v2/acme/widget/manifests/${r.outputs['referrer-digest']}`, {
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json' }
    });
    const m = (await res.json()) as {
      subject: { digest: string };
      artifactType: string;
      annotations: Record<string, string>;
    };
    expect(m.subject.digest).toBe(image.digest);
    expect(m.artifactType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(m.annotations['dev.sigstore.bundle.predicateType']).toBe(
      'https://ci-intel.dev/release-evidence/v1'
    );
    const v = await verifyImage(b, image.digest);
    expect(v.summary).toMatch(/^admitted/);
    expect(v.verdict).toBe('pass');
  });

  it('refuses an evidence referrer whose subject is another image, and an image with no evidence', async () => {
    const b = sandbox();
    boxes.push(b);
    // Real evidence for `other`, pushed as its referrer…
    await runGate(
      makeEvidenceBundle(),
      {
        'subject-digest': other.digest,
        'subject-name': name(),
        'push-to-registry': 'true',
        insecure: 'true',
        signing: 'key',
        'signing-key': KEYS.privatePem,
        'artifact-pattern': ''
      },
      ctxFor(b),
      { noConfig: true }
    );
    // …then listed under `bare`'s fallback tag as if it were bare's.
    const bundleText = readFileSync(
      join(b.workspace, 'ci-intel-release-evidence.sigstore.json'),
      'utf8'
    );
    const stray = await pushArtifact(
      store,
      other,
      'application/vnd.dev.sigstore.bundle.v0.3+json',
      [{ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', content: bundleText }],
      {
        annotations: {
          'dev.sigstore.bundle.predicateType': 'https://ci-intel.dev/release-evidence/v1'
        }
      }
    );
    await writeFallbackTag(store, bare.digest, [stray]);
    const v = await verifyImage(b, bare.digest);
    expect(v.verdict).toBe('fail');
    expect(v.findings.map((f) => f.rule)).toEqual(['evidence/subject-mismatch']);
    expect(v.findings[0].message).toMatch(new RegExp(`about ${other.digest}`));
    const fresh = await pushImage(store, 'nothing at all');
    const none = await verifyImage(b, fresh.digest);
    expect(none.verdict).toBe('fail');
    expect(none.findings.map((f) => f.rule)).toEqual(['evidence/no-evidence']);
  });
});
