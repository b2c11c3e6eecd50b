import { describe, expect, it } from '@jest/globals';
import { check, of, SHA, wf } from './helpers.js';

const W = '.github/workflows/a.yml';

const CALLS = `on: workflow_dispatch
permissions: {}
jobs:
  outside:
    uses: stranger/workflows/.github/workflows/deploy.yml@${SHA}
    secrets: inherit
  own-org:
    uses: acme/shared/.github/workflows/build.yml@${SHA}
    secrets: inherit
  partner:
    uses: partner/ci/.github/workflows/scan.yml@${SHA}
    secrets: inherit
  named:
    uses: stranger/workflows/.github/workflows/deploy.yml@${SHA}
    secrets:
      TOKEN: \${{ secrets.DEPLOY_TOKEN }}
  local:
    uses: ./.github/workflows/local.yml
    secrets: inherit
`;

describe('secrets-inherit', () => {
  it("flags secrets: inherit to owners outside the repository's organisation, at the secrets value", async () => {
    const r = await check({ [W]: CALLS }, {}, { GITHUB_REPOSITORY: 'acme/widget' });
    const f = of(r, 'secrets-inherit');
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [6, 14],
      [12, 14]
    ]);
    expect(f[0].message).toContain(
      "expected a reusable workflow of a trusted owner (acme), got owner 'stranger'"
    );
  });

  it('trusts owners listed in the policy; without GITHUB_REPOSITORY nothing non-local is trusted (fail closed)', async () => {
    const policy = 'rules:\n  secrets-inherit:\n    trusted-owners: [partner]\n';
    const r = await check({ [W]: CALLS, '.github/ci-intel/workflow-policy.yml': policy });
    const f = of(r, 'secrets-inherit');
    expect(f.map((x) => x.line)).toEqual([6, 9]);
    expect(f[1].message).toContain("trusted owner (partner), got owner 'acme'");
  });
});

describe('static-secrets', () => {
  const AWS = 'AKIA' + 'Q3EGRZ7NXB2KT4WP';
  const GHP = 'ghp_' + 'x7Kq2mP9vL4nR8sT1wY6zA3bC5dE0fG2hJ4k';
  const GENERIC = 'sk-9fQ2' + 'xL7pR4vT8nW1mK3zB6yH0cJ5';
  const KEY = [
    '-----BEGIN RSA PRIVATE KEY-----',
    'MIIEowIBAAKCAQEAvZ8mQ2lX9kR3pT7wN1cF4hJ6yB0sD5gK8mQ2lX9kR3pT7wN1',
    '-----END RSA PRIVATE KEY-----'
  ];

  it('finds cloud keys, tokens, private keys, *_TOKEN literals and registry passwords without printing them', async () => {
    const r = await check({
      [W]: wf(
        `      - env:
          AWS_ACCESS_KEY_ID: ${AWS}
          SERVICE_TOKEN: ${GENERIC}
        run: |
          gh auth login --with-token <<< "${GHP}"
          cat > key.pem <<EOF
          ${KEY.join('\n          ')}
          EOF
`,
        '',
        'workflow_dispatch\nenv:\n  SAFE_TOKEN: ${{ secrets.SAFE_TOKEN }}\n  CACHE_KEY: node-modules-v1-2024\n  EXAMPLE_KEY: AKIAIOSFODNN7EXAMPLE\n'
      ).replace(
        'jobs:',
        `jobs:
  svc:
    runs-on: ubuntu-latest
    container:
      image: ghcr.io/acme/builder@sha256:${'b'.repeat(64)}
      credentials:
        username: bot
        password: hunter2hunter2
    steps: [{ run: echo }]`
      )
    });
    const f = of(r, 'static-secrets');
    expect(f.map((x) => x.message.replace(/ holds (an? [\w -]+?) \(.*$/, ' $1'))).toEqual([
      'jobs.svc.container.credentials.password a registry password',
      'jobs.build.steps.0.env.AWS_ACCESS_KEY_ID an AWS access key id',
      'jobs.build.steps.0.env.SERVICE_TOKEN a literal credential',
      'jobs.build.steps.0.run a GitHub token',
      'jobs.build.steps.0.run a private key'
    ]);
    expect(f.find((x) => x.message.includes('private key'))).toMatchObject({
      line: 26,
      column: 11
    });
    const text = JSON.stringify(r);
    for (const secret of [AWS, GHP, GENERIC, KEY[1], 'hunter2hunter2'])
      expect(text).not.toContain(secret);
    expect(f[1].message).toContain('AKIA… (20 characters)');
  });

  it('locates a token inside a script on its own line', async () => {
    const r = await check({
      [W]: wf(
        `      - run: |\n          echo start\n          curl -H "Authorization: token ${GHP}" x\n`
      )
    });
    expect(of(r, 'static-secrets')[0]).toMatchObject({ line: 9, column: 41 });
  });
});

describe('concurrency', () => {
  it('warns (by default) for push / pull_request workflows without concurrency, at the on key', async () => {
    const r = await check({
      [W]: wf('      - run: echo\n', '', '[push, pull_request]'),
      '.github/workflows/sched.yml': wf('      - run: echo\n', '', 'schedule'),
      '.github/workflows/has.yml': wf(
        '      - run: echo\n',
        'concurrency: ci-${{ github.ref }}\n',
        'push'
      ),
      '.github/workflows/jobs.yml': wf('      - run: echo\n', '', 'push').replace(
        '    runs-on',
        '    concurrency: deploy\n    runs-on'
      )
    });
    const f = of(r, 'concurrency');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ file: W, line: 1, column: 1, severity: 'warning' });
    expect(f[0].message).toContain('runs on push and pull_request but declares no concurrency');
    expect(r.verdict).toBe('pass');
  });

  it('can be made an error by the policy', async () => {
    const r = await check({
      [W]: wf('      - run: echo\n', '', 'push'),
      '.github/ci-intel/workflow-policy.yml': 'rules:\n  concurrency: error\n'
    });
    expect(of(r, 'concurrency')[0].severity).toBe('error');
    expect(r.verdict).toBe('fail');
  });
});

describe('persist-credentials', () => {
  const upload = `      - uses: actions/upload-artifact@${SHA} # v4.6.2\n        with: { name: site, path: . }\n`;
  it('flags checkout without persist-credentials: false in a job that uploads artifacts', async () => {
    const r = await check({
      [W]: wf(`      - uses: actions/checkout@${SHA} # v4.2.2\n` + upload),
      '.github/workflows/ok.yml': wf(
        `      - uses: actions/checkout@${SHA} # v4.2.2\n        with:\n          persist-credentials: 'false'\n` +
          upload
      ),
      '.github/workflows/no-upload.yml': wf(`      - uses: actions/checkout@${SHA} # v4.2.2\n`),
      '.github/workflows/v6.yml': wf(
        `      - uses: actions/checkout@${SHA} # v6.0.1\n        with: { persist-credentials: true }\n` +
          upload
      )
    });
    const f = of(r, 'persist-credentials');
    expect(f.map((x) => [x.file, x.line, x.column, x.severity])).toEqual([
      [W, 7, 15, 'error'],
      ['.github/workflows/v6.yml', 7, 15, 'warning']
    ]);
    expect(f[0].message).toContain('expected persist-credentials: false, got the default (true)');
    expect(f[1].message).toContain("got 'true' (checkout v6+");
  });
});
