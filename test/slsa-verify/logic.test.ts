/** Pure logic: identity normalisation and matching, document shapes, the pinned trust root. */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DocumentError, readBundleDocument } from '../../src/sigstore/documents.js';
import {
  PUBLIC_GOOD_SOURCE,
  PUBLIC_GOOD_TRUSTED_ROOT
} from '../../src/sigstore/public-good.generated.js';
import { publicGoodTrust, trustFromJSON, TrustRootError } from '../../src/sigstore/trust.js';
import { verifyBundle } from '../../src/sigstore/verify.js';
import {
  builderMatches,
  isReleaseTagRef,
  normaliseSourceUri,
  normaliseWorkflow,
  parseBuilderId,
  parseSemver,
  parseWorkflowRef,
  versionedTagMatches
} from '../../src/gates/slsa-verify/identity.js';
import { REPO_ROOT } from '../helpers/run-action.js';
import { describeWithShared, itWithShared, SHARED } from '../helpers/shared.js';
import { expectValidEvidence } from './evidence-schema.js';

const V = join(SHARED, 'vectors', 'slsa');

describe('source-uri and workflow normalisation', () => {
  it.each([
    ['github.com/acme/widget', 'https://github.com/acme/widget'],
    ['https://github.com/acme/widget', 'https://github.com/acme/widget'],
    ['git+https://github.com/acme/widget.git', 'https://github.com/acme/widget'],
    ['github.com/acme/widget/', 'https://github.com/acme/widget']
  ])('%s → %s', (given, want) => expect(normaliseSourceUri(given)).toBe(want));

  it.each([
    'gitlab.com/acme/widget',
    'github.com/acme',
    'github.com/acme/widget/sub',
    'evil/acme/widget',
    'github.com/acme/widget@v1',
    'github.com/acme/..'
  ])('rejects %s', (given) => expect(() => normaliseSourceUri(given)).toThrow(/source-uri|'/));

  it('normalises signer workflows and refuses refs in them', () => {
    expect(
      normaliseWorkflow(
        'signer-workflow',
        'github/artifact-attestations-workflows/.github/workflows/attest.yml'
      )
    ).toBe(
      'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml'
    );
    expect(() => normaliseWorkflow('signer-workflow', 'o/r/.github/workflows/a.yml@main')).toThrow(
      /without a ref/
    );
    expect(() => normaliseWorkflow('signer-workflow', 'o/r/a.yml')).toThrow(/not owner\/repo/);
  });

  it('splits a workflow identity at the last @', () => {
    expect(
      parseWorkflowRef('https://github.com/o/r/.github/workflows/x.yml@refs/tags/v1.0.0')
    ).toEqual({
      name: 'https://github.com/o/r/.github/workflows/x.yml',
      repository: 'https://github.com/o/r',
      path: '.github/workflows/x.yml',
      ref: 'refs/tags/v1.0.0'
    });
    expect(parseWorkflowRef('https://gitlab.com/o/r/x@main')).toBeUndefined();
  });
});

describe('builder ids (slsa-verifier semantics)', () => {
  const name =
    'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml';
  it.each([
    [`${name}`, 'refs/tags/v2.1.0', true],
    [`${name}@v2.1.0`, 'refs/tags/v2.1.0', true],
    [`${name}@refs/tags/v2.1.0`, 'refs/tags/v2.1.0', true],
    [`${name}@v2.0.0`, 'refs/tags/v2.1.0', false],
    [`${name.replace('generic', 'go')}`, 'refs/tags/v2.1.0', false],
    [`${name}x`, 'refs/tags/v2.1.0', false]
  ])('%s at %s → %s', (id, ref, ok) =>
    expect(builderMatches(parseBuilderId(id), name, ref)).toBe(ok)
  );

  it.each([
    ['refs/tags/v1.2.3', true],
    ['refs/tags/v1.2', false],
    ['refs/tags/v1.2.3-rc.1', false],
    ['refs/tags/v1.2.3+meta', false],
    ['refs/heads/v1.2.3', false],
    ['0123456789abcdef0123456789abcdef01234567', false],
    ['refs/tags/v01.2.3', false]
  ])('release tag ref %s → %s', (ref, ok) => expect(isReleaseTagRef(ref)).toBe(ok));
});

describe('source-versioned-tag (slsa-verifier regression table)', () => {
  const check = (want: string, tag: string) => versionedTagMatches(parseSemver(want)!, tag);
  it.each([
    ['v13.0.30', 'v13.0.30', true],
    ['v13.0', 'v13.0.30', true],
    ['v13', 'v13.0.30', true],
    ['v2', 'v13.0.30', false],
    ['v13.1', 'v13.0.30', false],
    ['v12.9', 'v13.0.30', false],
    ['v13.0.29', 'v13.0.30', false],
    ['v13.0.31', 'v13.0.30', false],
    ['v14.2', 'v14.2', true],
    ['v14', 'v14.2', true],
    ['v14.2.1', 'v14.2', false],
    ['v14.1', 'v14.2', false],
    ['v15', 'v14.2', false],
    ['v14', 'v14', true],
    ['v14.0', 'v14', true],
    ['v1.5.0', 'v1.5.0-rc.1', false],
    ['v1.5.0-rc.1', 'v1.5.0-rc.1', true],
    ['v1.5', 'v1.5.0+build.7', true]
  ])('want %s, built %s → %s', (want, tag, ok) => expect(check(want, tag)).toBe(ok));

  it('treats a non-semver tag as undecidable and rejects bad wanted versions', () => {
    expect(check('v1', 'release-1')).toBeUndefined();
    expect(parseSemver('v1.2-rc1')).toBeUndefined();
    expect(parseSemver('one')).toBeUndefined();
  });
});

describeWithShared('bundle documents', () => {
  it('reads a bundle, a JSONL file and an npm document', () => {
    expect(
      readBundleDocument('a', readFileSync(join(V, 'gh/sigstore@2.1.0.bundle-v0.3.json'), 'utf8'))
    ).toHaveLength(1);
    const jsonl = readBundleDocument(
      'b',
      readFileSync(join(V, 'gh/sigstore@2.1.0.2-bundles.jsonl'), 'utf8')
    );
    expect(jsonl.map((i) => i.origin)).toEqual(['b:1', 'b:2']);
    const npm = readBundleDocument(
      'c',
      readFileSync(join(V, 'npm/sigstore@2.3.1.attestations.json'), 'utf8')
    );
    expect(npm.map((i) => i.declaredPredicateType)).toEqual([
      'https://github.com/npm/attestation/tree/main/specs/publish/v0.1',
      'https://slsa.dev/provenance/v1'
    ]);
  });

  it('says what a bare DSSE envelope lacks', () => {
    const text = readFileSync(
      join(V, 'slsa-verifier/bare-dsse-workflow-inputs.intoto.jsonl'),
      'utf8'
    );
    expect(() => readBundleDocument('x', text)).toThrow(DocumentError);
    expect(() => readBundleDocument('x', text)).toThrow(
      /no Fulcio certificate chain and no Rekor transparency-log entry/
    );
  });

  it('names the JSONL line that is broken', () => {
    const good = JSON.stringify(
      JSON.parse(readFileSync(join(V, 'gh/sigstore@2.1.0.bundle-v0.3.json'), 'utf8'))
    );
    expect(() => readBundleDocument('f', `${good}\n{oops\n`)).toThrow(/^f:2: not JSON/);
    expect(() => readBundleDocument('f', '{"attestations": []}')).toThrow(
      /'attestations' is empty/
    );
  });
});

describe('trust material', () => {
  it('pins exactly the trusted_root.json embedded in @sigstore/tuf seeds.json', () => {
    const require = createRequire(join(REPO_ROOT, 'package.json'));
    const seeds = JSON.parse(
      readFileSync(join(require.resolve('@sigstore/tuf/package.json'), '..', 'seeds.json'), 'utf8')
    );
    const raw = Buffer.from(
      seeds['https://tuf-repo-cdn.sigstore.dev'].targets['trusted_root.json'],
      'base64'
    );
    expect(createHash('sha256').update(raw).digest('hex')).toBe(
      PUBLIC_GOOD_SOURCE.trustedRootSha256
    );
    expect(PUBLIC_GOOD_TRUSTED_ROOT).toEqual(JSON.parse(raw.toString('utf8')));
    expect(publicGoodTrust().summary).toMatchObject({
      certificateAuthorities: 2,
      ctlogs: expect.any(Number),
      npmKeys: 2
    });
  });

  it('rejects trust roots that could never verify or are not roots', () => {
    expect(() => trustFromJSON({ mediaType: 'x' }, 'r.json')).toThrow(TrustRootError);
    expect(() => trustFromJSON([], 'r.json')).toThrow(/a JSON object/);
    expect(() => trustFromJSON({ tlogs: 'no' }, 'r.json')).toThrow(/'tlogs' must be a list/);
  });

  itWithShared('fails a public-good bundle under a root that lacks the CT logs (SCT check)', () => {
    const root = { ...(PUBLIC_GOOD_TRUSTED_ROOT as Record<string, unknown>), ctlogs: [] };
    const bundle = JSON.parse(readFileSync(join(V, 'gh/sigstore@2.1.0.bundle-v0.3.json'), 'utf8'));
    const r = verifyBundle(bundle, trustFromJSON(root, 'no-ct').material);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toMatch(/SCT/);
    expect(verifyBundle(bundle, publicGoodTrust().material).ok).toBe(true);
  });

  itWithShared('rejects a key-signed bundle whose DSSE keyid names another key', () => {
    const doc = JSON.parse(readFileSync(join(V, 'npm/sigstore@2.3.1.attestations.json'), 'utf8'));
    const publish = doc.attestations[0].bundle;
    expect(verifyBundle(publish, publicGoodTrust().material).ok).toBe(true);
    publish.dsseEnvelope.signatures[0].keyid = 'SHA256:someone-else';
    const r = verifyBundle(publish, publicGoodTrust().material);
    expect(r.ok ? '' : r.message).toContain("DSSE signature keyid 'SHA256:someone-else' differs");
  });
});

describe('evidence schema', () => {
  it('rejects evidence that lacks what a reader relies on', () => {
    expect(() => expectValidEvidence({})).toThrow(/must have required property 'trustedRoots'/);
    expect(() =>
      expectValidEvidence({
        trustedRoots: [],
        source: { kind: 'file', location: 'x' },
        policy: {},
        artifacts: [],
        bundles: 0,
        cryptoFailures: [],
        provenances: [],
        otherAttestations: [],
        timings: {}
      })
    ).toThrow(/must NOT have fewer than 1 items/);
  });
});
