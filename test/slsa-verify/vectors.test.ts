/**
 * Every real public-good vector in ../shared/vectors/slsa, through the built CLI
 * (`ci-intel slsa-verify … --format json`), with the verdict its README gives for those flags.
 */
import { expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/run-action.js';
import { describeWithShared, SHARED, whenShared } from '../helpers/shared.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { expectValidEvidence } from './evidence-schema.js';

const V = join(SHARED, 'vectors', 'slsa');
const V02 = 'https://slsa.dev/provenance/v0.2';
const RUNNER = 'https://github.com/actions/runner/github-hosted';
const GEN =
  'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml';
const BCR = 'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml';

type Expect = 'pass' | `fail:${string}` | `error:${string}`;

interface Case {
  bundle: string;
  artifact?: string;
  digest?: string;
  source: string;
  flags?: string[];
  expect: Expect;
}

const npm231 = {
  bundle: 'npm/sigstore@2.3.1.attestations.json',
  artifact: 'tarballs/sigstore-2.3.1.tgz',
  source: 'github.com/sigstore/sigstore-js'
};
const npm040 = {
  artifact: 'tarballs/sigstore-0.4.0.tgz',
  source: 'github.com/sigstore/sigstore-js',
  flags: ['--predicate-type', V02]
};
const gundam = {
  bundle: 'npm/gundam-visor@1.0.1.attestations.json',
  artifact: 'artifacts/gundam-visor-1.0.1.tgz',
  source: 'github.com/ramonpetgrave64/gundam-visor'
};
const goggles = {
  bundle: 'npm/supreme-goggles@1.0.5.attestations.json',
  artifact: 'artifacts/supreme-goggles-1.0.5.tgz',
  source: 'github.com/trishankatdatadog/supreme-goggles'
};
const gh210 = {
  artifact: 'tarballs/sigstore-2.1.0.tgz',
  source: 'github.com/sigstore/sigstore-js'
};
const bcr = {
  bundle: 'slsa-verifier/bcr-MODULE.bazel.intoto.jsonl',
  artifact: 'artifacts/MODULE.bazel',
  source: 'github.com/aspect-build/rules_lint'
};
const push14 = {
  bundle: 'slsa-verifier/generic-v2.1.0-push-v14.intoto.jsonl',
  artifact: 'artifacts/generic-v2.1.0-binary-linux-amd64',
  source: 'github.com/slsa-framework/example-package'
};
const dispatch = {
  ...push14,
  bundle: 'slsa-verifier/generic-v2.1.0-workflow_dispatch.intoto.jsonl'
};
const v02 = (c: Omit<Case, 'expect'>, flags: string[], expect: Expect): Case => ({
  ...c,
  flags: ['--predicate-type', V02, ...flags],
  expect
});
const NONE = `sha256:${'0'.repeat(64)}`;
/** valid-v0.3 comes without its artifact: take the subject digest from its signed statement. */
const VALID_V03 = whenShared(() => {
  const b = JSON.parse(readFileSync(join(V, 'slsa-verifier/valid-v0.3.intoto.sigstore'), 'utf8'));
  const st = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString('utf8'));
  return `sha256:${st.subject[0].digest.sha256}`;
}, NONE);

const CASES: [string, Case][] = [
  // npm attestation documents (provenance + npm publish attestation, sha512 subjects)
  [
    'npm sigstore@2.3.1 with the runner builder id',
    { ...npm231, flags: ['--builder-id', RUNNER], expect: 'pass' }
  ],
  [
    'npm sigstore@2.3.1, branch and signer pinned',
    {
      ...npm231,
      flags: [
        '--source-branch',
        'main',
        '--signer-workflow',
        'sigstore/sigstore-js/.github/workflows/release.yml'
      ],
      expect: 'pass'
    }
  ],
  [
    'npm sigstore@2.3.1 with the short runner id (v1)',
    {
      ...npm231,
      flags: ['--builder-id', 'https://github.com/actions/runner'],
      expect: 'fail:slsa/builder'
    }
  ],
  [
    'npm sigstore@2.3.1 with a runner id that is not one',
    { ...npm231, flags: ['--builder-id', `${RUNNER}2`], expect: 'fail:slsa/builder' }
  ],
  [
    'npm sigstore@2.3.1 from sigstore-js2',
    {
      ...npm231,
      source: 'github.com/sigstore/sigstore-js2',
      flags: ['--builder-id', RUNNER],
      expect: 'fail:slsa/source-repository'
    }
  ],
  [
    'npm sigstore@2.3.1 as a tag build',
    { ...npm231, flags: ['--source-tag', 'v2.3.1'], expect: 'fail:slsa/source-ref' }
  ],
  [
    'npm sigstore@2.3.1 against another tarball',
    { ...npm231, artifact: 'tarballs/sigstore-2.1.0.tgz', expect: 'fail:slsa/subject' }
  ],
  [
    'npm sigstore@2.3.1 invalid provenance signature',
    {
      ...npm231,
      bundle: 'npm/sigstore@2.3.1.invalidsigprov.attestations.json',
      flags: ['--builder-id', RUNNER],
      expect: 'fail:slsa/signature'
    }
  ],
  [
    'npm sigstore@2.3.1 invalid publish signature',
    {
      ...npm231,
      bundle: 'npm/sigstore@2.3.1.invalidsigpub.attestations.json',
      flags: ['--builder-id', RUNNER],
      expect: 'fail:slsa/signature'
    }
  ],
  [
    'npm gundam-visor tag build',
    { ...gundam, flags: ['--builder-id', RUNNER, '--source-tag', 'v1.0.1'], expect: 'pass' }
  ],
  [
    'npm gundam-visor versioned tag v1',
    { ...gundam, flags: ['--source-versioned-tag', 'v1'], expect: 'pass' }
  ],
  [
    'npm gundam-visor versioned tag v1.1',
    { ...gundam, flags: ['--source-versioned-tag', 'v1.1'], expect: 'fail:slsa/source-ref' }
  ],
  [
    'npm gundam-visor with the short runner id (v1)',
    {
      ...gundam,
      flags: ['--builder-id', 'https://github.com/actions/runner'],
      expect: 'fail:slsa/builder'
    }
  ],
  [
    'npm supreme-goggles SLSA v0.2, legacy runner id',
    v02(goggles, ['--builder-id', 'https://github.com/actions/runner'], 'pass')
  ],
  [
    'npm supreme-goggles SLSA v0.2, github-hosted id',
    v02(goggles, ['--builder-id', RUNNER], 'pass')
  ],
  [
    'npm supreme-goggles without v0.2 in predicate-type',
    { ...goggles, expect: 'fail:slsa/no-provenance' }
  ],
  [
    'npm sigstore@0.4.0 (pre-2023 cert: no runner environment)',
    { ...npm040, bundle: 'npm/sigstore@0.4.0.attestations.json', expect: 'fail:slsa/runner' }
  ],
  [
    'npm sigstore@0.4.0 with self-hosted runners allowed',
    {
      ...npm040,
      bundle: 'npm/sigstore@0.4.0.attestations.json',
      flags: [...npm040.flags, '--deny-self-hosted-runners', 'false'],
      expect: 'pass'
    }
  ],
  ...(
    [
      'invalid',
      'mismatched-subject-digest',
      'mismatched-subject-name',
      'malformed-subject',
      'unsupported',
      'no-keyid'
    ] as const
  ).map((k): [string, Case] => [
    `npm sigstore@0.4.0 ${k}`,
    {
      ...npm040,
      bundle: `npm/sigstore@0.4.0.${k}.attestations.json`,
      flags: [...npm040.flags, '--deny-self-hosted-runners', 'false'],
      expect: 'fail:slsa/signature'
    }
  ]),
  // The DSSE keyid of a keyless bundle is not signed; sigstore-js (and this gate) ignore it.
  [
    'npm sigstore@0.4.0 mismatched-keyid (unsigned hint)',
    {
      ...npm040,
      bundle: 'npm/sigstore@0.4.0.mismatched-keyid.attestations.json',
      flags: [...npm040.flags, '--deny-self-hosted-runners', 'false'],
      expect: 'pass'
    }
  ],

  // gh attestation bundles
  [
    'gh sigstore@2.1.0 bundle v0.3',
    { ...gh210, bundle: 'gh/sigstore@2.1.0.bundle-v0.3.json', expect: 'pass' }
  ],
  [
    'gh sigstore@2.1.0 bundle v0.1',
    { ...gh210, bundle: 'gh/sigstore@2.1.0.bundle-v0.1.json', expect: 'pass' }
  ],
  [
    'gh sigstore@2.1.0 JSONL of 2 bundles',
    { ...gh210, bundle: 'gh/sigstore@2.1.0.2-bundles.jsonl', expect: 'pass' }
  ],
  [
    'gh sigstore@2.1.0 by sha512 digest',
    {
      bundle: 'gh/sigstore@2.1.0.bundle-v0.3.json',
      source: gh210.source,
      digest:
        'sha512:90f223f992e4c88dd068cd2a5fc57f9d2b30798343dd6e38f29c240e04ba090ef831f84490847c4e82b9232c78e8a258463b1e55c0f7469f730265008fa6633f',
      expect: 'pass'
    }
  ],
  [
    'gh sigstore@2.1.0 by sha256 (subject has sha512 only)',
    {
      bundle: 'gh/sigstore@2.1.0.bundle-v0.3.json',
      source: gh210.source,
      digest: 'sha256:f0c641fce0310cb43208f4272dc1423153630e44ba8cdc0b5ce8466f724e0eed',
      expect: 'fail:slsa/subject'
    }
  ],
  [
    'gh sigstore@2.1.0 with the older cli/cli trusted root',
    {
      ...gh210,
      bundle: 'gh/sigstore@2.1.0.bundle-v0.3.json',
      flags: ['--trusted-root', join(V, 'trusted_root.public-good.from-cli-cli-testdata.json')],
      expect: 'pass'
    }
  ],
  [
    'gh reusable workflow, repository only',
    {
      bundle: 'gh/reusable-workflow-attestation.sigstore.json',
      artifact: 'artifacts/reusable-workflow-artifact',
      source: 'github.com/malancas/attest-demo',
      expect: 'fail:slsa/signer'
    }
  ],
  [
    'gh reusable workflow with signer-workflow',
    {
      bundle: 'gh/reusable-workflow-attestation.sigstore.json',
      artifact: 'artifacts/reusable-workflow-artifact',
      source: 'github.com/malancas/attest-demo',
      flags: [
        '--signer-workflow',
        'github/artifact-attestations-workflows/.github/workflows/attest.yml'
      ],
      expect: 'pass'
    }
  ],
  [
    'gh custom issuer, default issuer',
    {
      bundle: 'gh/custom-issuer.sigstore.json',
      artifact: 'artifacts/custom-issuer-artifact',
      source: 'github.com/too-legit/attest',
      expect: 'fail:slsa/issuer'
    }
  ],
  [
    'gh custom issuer, named',
    {
      bundle: 'gh/custom-issuer.sigstore.json',
      artifact: 'artifacts/custom-issuer-artifact',
      source: 'github.com/too-legit/attest',
      flags: ['--cert-oidc-issuer', 'https://token.actions.githubusercontent.com/hammer-time'],
      expect: 'pass'
    }
  ],
  [
    'gh invalid signature',
    {
      bundle: 'gh/sigstoreBundle-invalid-signature.json',
      digest: NONE,
      source: 'github.com/sigstore/sigstore-js',
      expect: 'fail:slsa/signature'
    }
  ],
  [
    'gh GitHub-instance bundle under the public-good root',
    {
      bundle: 'gh/github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl',
      artifact: 'artifacts/github_provenance_demo-0.0.12-py3-none-any.whl',
      source: 'github.com/malancas/attest-demo',
      expect: 'fail:slsa/signature'
    }
  ],

  // slsa-verifier: actions/attest (bcr) and slsa-github-generator bundles
  ['bcr MODULE.bazel with its builder', { ...bcr, flags: ['--builder-id', BCR], expect: 'pass' }],
  [
    'bcr MODULE.bazel with its builder @v0.0.1',
    { ...bcr, flags: ['--builder-id', `${BCR}@v0.0.1`], expect: 'pass' }
  ],
  [
    'bcr MODULE.bazel with its builder @v0.0.2',
    { ...bcr, flags: ['--builder-id', `${BCR}@v0.0.2`], expect: 'fail:slsa/builder' }
  ],
  ['bcr MODULE.bazel without a builder id', { ...bcr, expect: 'fail:slsa/signer' }],
  [
    'bcr MODULE.bazel wrong signer',
    {
      ...bcr,
      bundle: 'slsa-verifier/bcr-MODULE-wrong-signer.bazel.intoto.jsonl',
      flags: ['--builder-id', BCR],
      expect: 'fail:slsa/source-repository'
    }
  ],
  [
    'bcr rules_lint with release_ruleset',
    {
      bundle: 'slsa-verifier/bcr-rules_lint-v1.3.1.tar.gz.intoto.jsonl',
      artifact: 'artifacts/rules_lint-v1.3.1.tar.gz',
      source: bcr.source,
      flags: [
        '--builder-id',
        'https://github.com/bazel-contrib/.github/.github/workflows/release_ruleset.yaml'
      ],
      expect: 'pass'
    }
  ],
  ['generic v2.1.0 push v14', v02(push14, [], 'pass')],
  [
    'generic v2.1.0 push v14, versioned v14',
    v02(push14, ['--source-versioned-tag', 'v14'], 'pass')
  ],
  [
    'generic v2.1.0 push v14, versioned v14.0',
    v02(push14, ['--source-versioned-tag', 'v14.0'], 'pass')
  ],
  ['generic v2.1.0 push v14, tag v14', v02(push14, ['--source-tag', 'v14'], 'pass')],
  [
    'generic v2.1.0 push v14, versioned v13',
    v02(push14, ['--source-versioned-tag', 'v13'], 'fail:slsa/source-ref')
  ],
  [
    'generic v2.1.0 push v14, versioned v15',
    v02(push14, ['--source-versioned-tag', 'v15'], 'fail:slsa/source-ref')
  ],
  [
    'generic v2.1.0 push v14, versioned v14.1',
    v02(push14, ['--source-versioned-tag', 'v14.1'], 'fail:slsa/source-ref')
  ],
  [
    'generic v2.1.0 push v14, tag v14.0',
    v02(push14, ['--source-tag', 'v14.0'], 'fail:slsa/source-ref')
  ],
  ['generic v2.1.0 builder @v2.1.0', v02(push14, ['--builder-id', `${GEN}@v2.1.0`], 'pass')],
  [
    'generic v2.1.0 builder @refs/tags/v2.1.0',
    v02(push14, ['--builder-id', `${GEN}@refs/tags/v2.1.0`], 'pass')
  ],
  [
    'generic v2.1.0 builder @v2.0.0',
    v02(push14, ['--builder-id', `${GEN}@v2.0.0`], 'fail:slsa/builder')
  ],
  [
    'generic v2.1.0 untrusted builder name',
    v02(
      push14,
      [
        '--builder-id',
        'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/not-trusted.yml'
      ],
      'fail:slsa/builder'
    )
  ],
  ['generic v2.1.0 workflow_dispatch', v02(dispatch, [], 'pass')],
  [
    'generic v2.1.0 workflow_dispatch, branch main',
    v02(dispatch, ['--source-branch', 'main'], 'pass')
  ],
  [
    'generic v2.1.0 workflow_dispatch, branch master',
    v02(dispatch, ['--source-branch', 'master'], 'fail:slsa/source-ref')
  ],
  [
    'generic v2.1.0 workflow_dispatch, tag v1.2.3',
    v02(dispatch, ['--source-tag', 'v1.2.3'], 'fail:slsa/source-ref')
  ],
  [
    'generic v2.1.0 workflow_dispatch, other repository',
    v02(
      { ...dispatch, source: 'github.com/laurentsimon/slsa-verifier-test-gen' },
      [],
      'fail:slsa/source-repository'
    )
  ],
  // Crypto-valid, but its builder ran at refs/heads/main: slsa-verifier needs SLSA_VERIFIER_TESTING for it.
  [
    'generator at a branch (valid-v0.3)',
    {
      bundle: 'slsa-verifier/valid-v0.3.intoto.sigstore',
      digest: VALID_V03,
      source: push14.source,
      flags: ['--predicate-type', V02],
      expect: 'fail:slsa/builder-ref'
    }
  ],
  [
    'invalid SET',
    {
      bundle: 'slsa-verifier/invalid-set.intoto.sigstore',
      digest: NONE,
      source: push14.source,
      expect: 'fail:slsa/signature'
    }
  ],
  [
    'invalid DSSE signature',
    {
      bundle: 'slsa-verifier/invalid-dsse-sig.intoto.sigstore',
      digest: NONE,
      source: push14.source,
      expect: 'fail:slsa/signature'
    }
  ],
  [
    'tlog entry of another certificate',
    {
      bundle: 'slsa-verifier/mismatch-tlog.intoto.sigstore',
      digest: NONE,
      source: push14.source,
      expect: 'fail:slsa/signature'
    }
  ],
  [
    'bare DSSE (expired cert, needs Rekor)',
    {
      bundle: 'slsa-verifier/bare-dsse-expired-cert.intoto.jsonl',
      digest: NONE,
      source: push14.source,
      expect: 'error:bare DSSE envelope'
    }
  ],
  [
    'bare DSSE (workflow inputs)',
    {
      bundle: 'slsa-verifier/bare-dsse-workflow-inputs.intoto.jsonl',
      digest: NONE,
      source: push14.source,
      expect: 'error:no Fulcio certificate chain and no Rekor transparency-log entry'
    }
  ]
];

async function run(c: Case): Promise<{
  exitCode: number;
  result: Record<string, unknown> & {
    verdict: string;
    findings: { rule: string; severity: string; message: string }[];
  };
}> {
  const args = [
    'slsa-verify',
    '--bundle',
    join(V, c.bundle),
    '--source-uri',
    c.source,
    '--format',
    'json',
    ...(c.flags ?? [])
  ];
  if (c.artifact) args.push('--artifact', join(V, c.artifact));
  if (c.digest) args.push('--artifact-digest', c.digest);
  const r = await runCli(args);
  let result;
  try {
    result = JSON.parse(r.stdout);
  } catch {
    throw new Error(`no JSON result (exit ${r.exitCode}): ${r.stderr}`);
  }
  expectValidResult(result);
  if (result.verdict !== 'error') expectValidEvidence(result.evidence);
  return { exitCode: r.exitCode, result };
}

describeWithShared('slsa-verify: every shared vector through the CLI', () => {
  it.each(CASES)('%s', async (_name, c) => {
    const { exitCode, result } = await run(c);
    const [verdict, detail] = c.expect.split(/:(.*)/s);
    expect(result.verdict).toBe(verdict);
    expect(exitCode).toBe(verdict === 'pass' ? 0 : verdict === 'fail' ? 1 : 2);
    const errors = result.findings.filter((f) => f.severity === 'error');
    if (verdict === 'pass') expect(errors).toEqual([]);
    if (verdict === 'fail') {
      expect(errors.map((f) => f.rule)).toContain(detail);
      // Every failure names what was checked, what was expected and what was found.
      for (const f of errors) expect(f.message).toMatch(/expected .+, got /);
    }
    if (verdict === 'error') expect(errors[0].message).toContain(detail);
  });

  it('covers every vector file in the shared folder', () => {
    const used = new Set(CASES.map(([, c]) => c.bundle));
    const files = ['npm', 'gh', 'slsa-verifier'].flatMap((d) =>
      readdirSync(join(V, d)).map((f) => `${d}/${f}`)
    );
    expect(files.filter((f) => !used.has(f))).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it('records the verified inclusion proof and log index of a real bundle', async () => {
    const { result } = await run({
      ...gh210,
      bundle: 'gh/sigstore@2.1.0.bundle-v0.3.json',
      expect: 'pass'
    });
    expect(result.outputs).toMatchObject({
      'rekor-log-index': '33351527',
      'source-ref': 'refs/heads/main'
    });
    const ev = result.evidence as {
      provenances: {
        crypto: {
          tlog: {
            integratedTime: string;
            inclusionProof: { rootHash: string; treeSize: string };
          }[];
        };
      }[];
    };
    expect(ev.provenances[0].crypto.tlog[0]).toMatchObject({
      integratedTime: '2023-08-29T15:40:23.000Z',
      inclusionProof: {
        rootHash: '7db1228d04c57a240295d66a7b3feefd672b34f9389f15c8e628687c76231540',
        treeSize: '29188099'
      }
    });
  });
});
