/** Pure logic: references, challenges, Link headers, the tag schema, requirements, layer content. */
import { describe, expect, it } from '@jest/globals';
import { loadActionSpec } from '../../src/core/action-spec.js';
import { InputError } from '../../src/core/errors.js';
import { parseInputs } from '../../src/core/inputs.js';
import { chooseCredentials } from '../../src/gates/referrer-presence/source.js';
import { parseChallenge } from '../../src/oci/challenge.js';
import { fallbackTag } from '../../src/oci/digest.js';
import { backoffMs, retryAfterMs } from '../../src/oci/http.js';
import { ContentError, parseManifest } from '../../src/oci/manifest.js';
import { isLoopbackHost, parseReference } from '../../src/oci/reference.js';
import { nextLink } from '../../src/oci/registry.js';
import { analyseLayer } from '../../src/gates/referrer-presence/content.js';
import { targetsOf } from '../../src/gates/referrer-presence/index.js';
import { parseRequirements } from '../../src/gates/referrer-presence/requirements.js';
import { plausibleKinds } from '../../src/gates/referrer-presence/verify.js';
import {
  cyclonedxDocument,
  dsseEnvelope,
  sigstoreBundle,
  spdxDocument,
  statement
} from './helpers/fixtures.js';

const D = `sha256:${'ab'.repeat(32)}`;
const OTHER = `sha256:${'cd'.repeat(32)}`;

describe('image references', () => {
  it('parses registry, repository, tag and digest the way docker does', () => {
    expect(parseReference(`ghcr.io/acme/app@${D}`)).toEqual({
      registry: 'ghcr.io',
      apiHost: 'ghcr.io',
      repository: 'acme/app',
      digest: D
    });
    expect(parseReference('127.0.0.1:5000/demo/app:v1')).toMatchObject({
      registry: '127.0.0.1:5000',
      repository: 'demo/app',
      tag: 'v1'
    });
    expect(parseReference('alpine:3')).toMatchObject({
      registry: 'docker.io',
      apiHost: 'registry-1.docker.io',
      repository: 'library/alpine'
    });
    expect(parseReference(`localhost/x:t@${D}`)).toMatchObject({
      registry: 'localhost',
      tag: 't',
      digest: D
    });
  });
  it('explains malformed references', () => {
    expect(parseReference('ghcr.io/acme/app')).toBe('give a digest (@sha256:…) or a tag');
    expect(parseReference('ghcr.io/acme/app@sha256:123')).toContain('is not a digest');
    expect(parseReference('ghcr.io/Acme/app:v1')).toContain(
      "'Acme' is not a valid repository path component"
    );
  });
  it('allows plain HTTP only to loopback', () => {
    expect(isLoopbackHost('127.0.0.1:5000')).toBe(true);
    expect(isLoopbackHost('[::1]:5000')).toBe(true);
    expect(isLoopbackHost('registry.example.com')).toBe(false);
  });
});

describe('protocol details', () => {
  it('parses a Bearer challenge whose scope holds a comma inside quotes', () => {
    expect(
      parseChallenge(
        'Bearer realm="https://auth.test/token",service="reg",scope="repository:a/b:pull,push",error="insufficient_scope"'
      )
    ).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://auth.test/token',
        service: 'reg',
        scope: 'repository:a/b:pull,push',
        error: 'insufficient_scope'
      }
    });
    expect(parseChallenge('Basic realm="x"')).toEqual({ scheme: 'basic', params: { realm: 'x' } });
    expect(parseChallenge('')).toBeUndefined();
  });
  it('resolves relative and absolute Link rel="next"', () => {
    expect(
      nextLink('</v2/a/referrers/x?n=2&last=b>; rel="next"', 'http://h:1/v2/a/referrers/x')
    ).toBe('http://h:1/v2/a/referrers/x?n=2&last=b');
    expect(nextLink('<https://h/p2>; rel="prev", <https://h/p3>; rel=next', 'https://h/p1')).toBe(
      'https://h/p3'
    );
    expect(nextLink(null, 'https://h/')).toBeUndefined();
  });
  it('names the referrers tag per the spec, truncating long digests', () => {
    expect(fallbackTag(D)).toBe(`sha256-${'ab'.repeat(32)}`);
    expect(fallbackTag(`sha512:${'f'.repeat(128)}`)).toBe(`sha512-${'f'.repeat(64)}`);
  });
  it('reads Retry-After as seconds or a date, and backs off exponentially otherwise', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect([1, 2, 3].map((n) => backoffMs(n))).toEqual([200, 400, 800]);
  });
  it('rejects documents that are not manifests', () => {
    expect(() => parseManifest(Buffer.from('[1]'), 'm')).toThrow(ContentError);
    expect(() => parseManifest(Buffer.from('{"schemaVersion":1}'), 'm')).toThrow(
      'schemaVersion is 1, expected 2'
    );
    expect(() =>
      parseManifest(
        Buffer.from(`{"schemaVersion":2,"layers":[{"mediaType":"x","digest":"md5:1","size":1}]}`),
        'm'
      )
    ).toThrow("invalid digest 'md5:1'");
  });
});

describe('requirements', () => {
  it('maps short names and media types to kinds, deduplicated', () => {
    const r = parseRequirements([
      'spdx',
      'application/spdx+json',
      'slsa-provenance',
      'application/vnd.in-toto+json',
      'signature',
      'application/vnd.dev.sigstore.bundle.v0.3+json',
      'application/vnd.example+json'
    ]);
    expect(r.map((x) => x.kind)).toEqual([
      'spdx',
      'slsa-provenance',
      'in-toto',
      'signature',
      'sigstore-bundle',
      'type:application/vnd.example+json'
    ]);
  });
  it('explains an unknown name', () => {
    expect(() => parseRequirements(['sbom'])).toThrow(InputError);
    expect(() => parseRequirements(['sbom'])).toThrow("'sbom' is neither a short name");
    expect(() => parseRequirements([])).toThrow('is empty');
  });
  it('orders candidates by what their declared type could prove', () => {
    expect(plausibleKinds('application/spdx+json')).toEqual(new Set(['spdx']));
    expect(plausibleKinds('application/vnd.oci.empty.v1+json')).toBe('any');
    expect(plausibleKinds(undefined)).toBe('any');
  });
});

describe('layer content', () => {
  it('accepts an in-toto statement about the digest, in every wrapping', () => {
    const s = statement(D, 'https://slsa.dev/provenance/v1');
    expect(analyseLayer('application/vnd.in-toto+json', Buffer.from(s), D)).toEqual({
      kinds: ['in-toto', 'slsa-provenance'],
      predicateType: 'https://slsa.dev/provenance/v1'
    });
    expect(
      analyseLayer('application/vnd.dsse.envelope.v1+json', Buffer.from(dsseEnvelope(s)), D)
    ).toMatchObject({ kinds: ['in-toto', 'slsa-provenance'] });
    expect(
      analyseLayer(
        'application/vnd.dev.sigstore.bundle.v0.3+json',
        Buffer.from(sigstoreBundle(s)),
        D
      )
    ).toMatchObject({ kinds: ['in-toto', 'slsa-provenance', 'sigstore-bundle'] });
    expect(
      analyseLayer(
        'application/vnd.in-toto+json',
        Buffer.from(statement(D, 'https://spdx.dev/Document')),
        D
      )
    ).toMatchObject({ kinds: ['in-toto', 'spdx'] });
  });
  it('rejects statements about another digest, unsigned envelopes and malformed bundles', () => {
    expect(
      analyseLayer(
        'application/vnd.in-toto+json',
        Buffer.from(statement(OTHER, 'https://slsa.dev/provenance/v1')),
        D
      )
    ).toBe(`the in-toto statement's subject is sha256:${'cd'.repeat(8)}…, expected ${D}`);
    const unsigned = JSON.stringify({
      payloadType: 'application/vnd.in-toto+json',
      payload: Buffer.from(statement(D, 'x')).toString('base64'),
      signatures: []
    });
    expect(analyseLayer('application/vnd.dsse.envelope.v1+json', Buffer.from(unsigned), D)).toBe(
      'the DSSE envelope has no signatures'
    );
    const bundle = JSON.parse(sigstoreBundle(statement(D, 'x'))) as Record<string, unknown>;
    delete bundle.verificationMaterial;
    expect(
      analyseLayer(
        'application/vnd.dev.sigstore.bundle.v0.3+json',
        Buffer.from(JSON.stringify(bundle)),
        D
      )
    ).toContain('not a valid Sigstore bundle');
    expect(analyseLayer('application/vnd.in-toto+json', Buffer.from('{"_type":"x"}'), D)).toContain(
      'not an in-toto statement'
    );
    expect(analyseLayer('application/vnd.in-toto+json', Buffer.from('nope'), D)).toBe(
      'the in-toto layer is not valid JSON'
    );
  });
  it('checks SBOM documents are what their media type says', () => {
    expect(analyseLayer('application/spdx+json', Buffer.from(spdxDocument()), D)).toEqual({
      kinds: ['spdx']
    });
    expect(
      analyseLayer('text/spdx', Buffer.from('SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n'), D)
    ).toEqual({ kinds: ['spdx'] });
    expect(
      analyseLayer('application/vnd.cyclonedx+json', Buffer.from(cyclonedxDocument()), D)
    ).toEqual({ kinds: ['cyclonedx'] });
    expect(
      analyseLayer('application/vnd.cyclonedx+json', Buffer.from(spdxDocument()), D)
    ).toContain('bomFormat is null, expected "CycloneDX"');
  });
  it('ties a cosign simple-signing payload to the digest it signs', () => {
    const payload = (d: string): Buffer =>
      Buffer.from(JSON.stringify({ critical: { image: { 'docker-manifest-digest': d } } }));
    const ann = { 'dev.cosignproject.cosign/signature': 'MEUCIQ' };
    expect(
      analyseLayer('application/vnd.dev.cosign.simplesigning.v1+json', payload(D), D, ann)
    ).toEqual({ kinds: ['signature'] });
    expect(
      analyseLayer('application/vnd.dev.cosign.simplesigning.v1+json', payload(OTHER), D, ann)
    ).toContain(`the signature is for "${OTHER}"`);
    expect(
      analyseLayer('application/vnd.dev.cosign.simplesigning.v1+json', payload(D), D, {})
    ).toContain('no dev.cosignproject.cosign/signature annotation');
  });
});

describe('targets of an image index', () => {
  const index = {
    digest: D,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    size: 1,
    manifests: undefined,
    manifest: {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: 'm',
          digest: OTHER,
          size: 1,
          platform: { os: 'linux', architecture: 'arm64', variant: 'v8' }
        },
        {
          mediaType: 'm',
          digest: `sha256:${'ef'.repeat(32)}`,
          size: 1,
          platform: { os: 'unknown', architecture: 'unknown' },
          annotations: { 'vnd.docker.reference.type': 'attestation-manifest' }
        }
      ]
    }
  };
  it('all: the index and each platform (not attestation manifests); index-only; platforms-only', () => {
    expect(targetsOf(index, 'all').map((t) => [t.role, t.platform])).toEqual([
      ['index', undefined],
      ['platform', 'linux/arm64/v8']
    ]);
    expect(targetsOf(index, 'index-only').map((t) => t.digest)).toEqual([D]);
    expect(targetsOf(index, 'platforms-only').map((t) => t.digest)).toEqual([OTHER]);
  });
});

describe('credentials', () => {
  const spec = loadActionSpec('referrer-presence');
  const ghcr = parseReference(`ghcr.io/acme/app@${D}`);
  const local = parseReference(`127.0.0.1:5000/acme/app@${D}`);
  if (typeof ghcr === 'string' || typeof local === 'string') throw new Error('bad reference');
  const inputs = (raw: Record<string, string>) => parseInputs(spec, { image: 'x', ...raw });
  it('uses the job token for ghcr.io only, and never an unevaluated ${{ }} default', () => {
    expect(
      chooseCredentials(ghcr, inputs({ 'github-token': 'ghs_abc' }), { GITHUB_ACTOR: 'octo' })
    ).toEqual({
      credentials: { username: 'octo', password: 'ghs_abc' },
      auth: "the job's GITHUB_TOKEN as octo"
    });
    expect(chooseCredentials(local, inputs({ 'github-token': 'ghs_abc' }), {})).toEqual({
      auth: 'anonymous'
    });
    expect(chooseCredentials(ghcr, inputs({}), {})).toEqual({ auth: 'anonymous' });
    expect(
      chooseCredentials(ghcr, inputs({}), { GITHUB_TOKEN: 'env-token' }).credentials?.password
    ).toBe('env-token');
  });
  it('prefers explicit credentials and rejects a user without a password', () => {
    expect(
      chooseCredentials(ghcr, inputs({ username: 'u', password: 'p4ss' }), {}).credentials
    ).toEqual({ username: 'u', password: 'p4ss' });
    expect(() => chooseCredentials(local, inputs({ username: 'u' }), {})).toThrow(
      "username 'u' was given without a password"
    );
  });
});
