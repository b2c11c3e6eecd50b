/** Our own must-flag / must-not-flag fixtures for each rule of the second zizmor share. */
import { describe, expect, it } from '@jest/globals';
import { check, of, SHA, wf } from '../helpers.js';

const W = '.github/workflows/a.yml';
const config = (rules: Record<string, unknown>) =>
  `version: 1\nworkflow-policy:\n  rules: ${JSON.stringify(rules)}\n`;
const lines = (r: Awaited<ReturnType<typeof check>>, rule: string) =>
  of(r, rule).map((f) => f.line);

describe('dangerous-triggers', () => {
  it('flags pull_request_target and workflow_run in every on: form, at the trigger', async () => {
    const r = await check({
      [W]: wf('      - run: echo\n', '', '[pull_request_target, workflow_run]'),
      '.github/workflows/b.yml': wf(
        '      - run: echo\n',
        '',
        '\n  workflow_run:\n    workflows: [ci]'
      ),
      '.github/workflows/c.yml': wf('      - run: echo\n', '', 'pull_request')
    });
    expect(of(r, 'dangerous-triggers').map((f) => [f.file, f.line])).toEqual([
      [W, 1],
      [W, 1],
      ['.github/workflows/b.yml', 2]
    ]);
    expect(of(r, 'dangerous-triggers')[0].severity).toBe('warning');
  });

  it('leaves the single-step actions/labeler workflow alone (zizmor’s allowance), not a labeler with more steps', async () => {
    const r = await check({
      [W]: wf(`      - uses: actions/labeler@${SHA} # v5\n`, '', 'pull_request_target'),
      '.github/workflows/b.yml': wf(
        `      - uses: actions/labeler@${SHA} # v5\n      - run: echo\n`,
        '',
        'pull_request_target'
      )
    });
    expect(of(r, 'dangerous-triggers').map((f) => f.file)).toEqual(['.github/workflows/b.yml']);
  });
});

describe('use-trusted-publishing', () => {
  it('flags token publishing without id-token: write; not with it, not dry runs, not other commands', async () => {
    const r = await check({
      [W]: wf(`      - run: |
          npm ci
          npm publish --access public
      - run: cargo publish --dry-run
      - run: NODE_AUTH_TOKEN=x npm publish
      - run: python3 -m twine upload dist/*
      - uses: pypa/gh-action-pypi-publish@${SHA} # v1
        with:
          password: \${{ secrets.PYPI }}
      - uses: pypa/gh-action-pypi-publish@${SHA} # v1
        with:
          password: \${{ secrets.PRIVATE }}
          repository-url: https://pypi.internal.example/
`),
      '.github/workflows/b.yml': `on: push
permissions:
  id-token: write
jobs:
  j:
    runs-on: x
    steps:
      - run: npm publish
`
    });
    expect(of(r, 'use-trusted-publishing').map((f) => [f.file, f.line])).toEqual([
      [W, 9],
      [W, 11],
      [W, 12],
      [W, 13]
    ]);
  });
});

describe('job-timeout (ours, off by default)', () => {
  it('when on, flags runner jobs without timeout-minutes; not reusable calls or jobs that set it', async () => {
    const r = await check({
      '.ci-intel/config.yml': config({ 'job-timeout': 'error' }),
      [W]: `on: push
permissions: {}
jobs:
  slow:
    runs-on: x
    steps: [{ run: echo }]
  bounded:
    runs-on: x
    timeout-minutes: 10
    steps: [{ run: echo }]
  call:
    uses: ./.github/workflows/r.yml
`
    });
    expect(lines(r, 'job-timeout')).toEqual([4]);
    expect(r.verdict).toBe('fail');
    const d = await check({ [W]: wf('      - run: echo\n') });
    expect(of(d, 'job-timeout')).toEqual([]);
  });
});

describe('anonymous-definition, undocumented-permissions (pedantic in zizmor: off by default)', () => {
  it('off by default; when on, flag unnamed workflows and jobs and undocumented scopes', async () => {
    const text = `on: push
permissions:
  contents: read
  issues: write
  pull-requests: write # labels the PR
jobs:
  j:
    runs-on: x
    steps: [{ run: echo }]
`;
    const d = await check({ [W]: text });
    expect(of(d, 'anonymous-definition')).toEqual([]);
    expect(of(d, 'undocumented-permissions')).toEqual([]);
    const r = await check({
      [W]: text,
      '.ci-intel/config.yml': config({
        'anonymous-definition': 'warning',
        'undocumented-permissions': 'warning'
      })
    });
    expect(lines(r, 'anonymous-definition')).toEqual([1, 7]);
    expect(lines(r, 'undocumented-permissions')).toEqual([4]);
    expect(of(r, 'undocumented-permissions')[0].message).toContain("'issues: write'");
    expect(of(r, 'undocumented-permissions')[0].message).not.toContain('pull-requests');
  });
});

describe('concurrency-limits', () => {
  it('flags a bare concurrency group, at workflow or job level; not a mapping; not workflow_call-only', async () => {
    const r = await check({
      [W]: wf('      - run: echo\n', 'concurrency: ci-${{ github.ref }}\n', 'push'),
      '.github/workflows/b.yml': `on: push
permissions: {}
jobs:
  j:
    concurrency: deploy
    runs-on: x
    steps: [{ run: echo }]
`,
      '.github/workflows/c.yml': wf(
        '      - run: echo\n',
        'concurrency: { group: x, cancel-in-progress: false }\n',
        'push'
      ),
      '.github/workflows/d.yml': wf(
        '      - run: echo\n',
        'concurrency: reusable\n',
        'workflow_call'
      )
    });
    expect(of(r, 'concurrency-limits').map((f) => [f.file, f.line])).toEqual([
      [W, 3],
      ['.github/workflows/b.yml', 5]
    ]);
  });
});

describe('misfeature', () => {
  it('flags shell: cmd from the step, job or workflow defaults, and setup-python pip-install', async () => {
    const r = await check({
      [W]: `on: push
permissions: {}
defaults:
  run:
    shell: cmd
jobs:
  j:
    runs-on: windows-latest
    steps:
      - run: echo inherits cmd
      - run: echo pwsh
        shell: pwsh
      - uses: actions/setup-python@${SHA} # v5
        with:
          pip-install: requests
`
    });
    expect(lines(r, 'misfeature')).toEqual([5, 15]);
  });
});

describe('forbidden-uses', () => {
  it('nothing is forbidden without a setting; deny lists forbid; allow lists forbid the rest', async () => {
    const steps = `      - uses: actions/checkout@${SHA} # v4
      - uses: evil/thing@${SHA} # v1
      - uses: docker/login-action@${SHA} # v3
      - uses: ./local
`;
    const none = await check({ [W]: wf(steps) });
    expect(of(none, 'forbidden-uses')).toEqual([]);
    const deny = await check({
      [W]: wf(steps),
      '.ci-intel/config.yml': config({ 'forbidden-uses': { deny: ['evil/*'] } })
    });
    expect(lines(deny, 'forbidden-uses')).toEqual([8]);
    const allow = await check({
      [W]: wf(steps),
      '.ci-intel/config.yml': config({
        'forbidden-uses': { allow: ['actions/*', 'docker/login-action'] }
      })
    });
    expect(lines(allow, 'forbidden-uses')).toEqual([8]);
    expect(allow.verdict).toBe('fail');
  });

  it('refuses allow and deny together (one of them says what is forbidden)', async () => {
    const r = await check({
      [W]: wf('      - run: echo\n'),
      '.ci-intel/config.yml': config({ 'forbidden-uses': { allow: ['a/*'], deny: ['b/*'] } })
    });
    expect(r.verdict).toBe('error');
  });
});

describe('self-repository (off by default)', () => {
  it('when on, flags ./ and references to the repository itself by owner/repo@ref', async () => {
    const r = await check(
      {
        '.ci-intel/config.yml': config({ 'self-repository': 'warning' }),
        [W]: wf(`      - uses: ./.github/actions/build
      - uses: $/.github/actions/build
      - uses: acme/widget/.github/actions/build@${SHA} # v1
      - uses: other/widget@${SHA} # v1
`)
      },
      {},
      { GITHUB_REPOSITORY: 'acme/widget' }
    );
    expect(lines(r, 'self-repository')).toEqual([7, 9]);
    expect(of(r, 'self-repository')[0].help).toContain("'uses: $/.github/actions/build'");
  });
});

describe('superfluous-actions, typosquat-uses', () => {
  it('flags wrappers of runner tools and lookalikes of popular actions; not the real ones', async () => {
    const r = await check({
      [W]: wf(`      - uses: softprops/action-gh-release@${SHA} # v2
      - uses: actions/checkout@${SHA} # v4
      - uses: actoins/checkout@${SHA} # v4
      - uses: dokcer/build-push-action@${SHA} # v6
      - uses: docker/build-push-actoin@${SHA} # v6
      - uses: actions/chekout@${SHA} # v4
`)
    });
    expect(lines(r, 'superfluous-actions')).toEqual([7]);
    expect(lines(r, 'typosquat-uses')).toEqual([9, 10]);
    expect(of(r, 'typosquat-uses')[0].message).toContain('actions/checkout');
  });
});

describe('ref-version-mismatch (offline half)', () => {
  it('flags one tag pinned to different commits across workflows', async () => {
    const other = 'c'.repeat(40);
    const r = await check({
      [W]: wf(`      - uses: actions/setup-node@${SHA} # v4.4.0\n`),
      '.github/workflows/b.yml': wf(
        `      - uses: actions/setup-node@${other} # v4.4.0\n      - uses: actions/cache@${other} # v4\n`
      ),
      '.github/workflows/c.yml': wf(`      - uses: actions/cache@${other} # v4\n`)
    });
    expect(of(r, 'ref-version-mismatch').map((f) => [f.file, f.line])).toEqual([
      [W, 7],
      ['.github/workflows/b.yml', 7]
    ]);
  });

  it('a justified, expiring exception excuses a new rule like the existing ones', async () => {
    const r = await check({
      [W]: wf('      - run: echo\n', '', 'pull_request_target'),
      '.ci-intel/config.yml': `version: 1
workflow-policy:
  rules: { dangerous-triggers: error }
  exceptions:
    - rule: dangerous-triggers
      path: .github/workflows/a.yml
      justification: labels only, never checks out or runs PR code
      expires: 2027-01-31
`
    });
    expect(of(r, 'dangerous-triggers')[0].severity).toBe('note');
    expect(r.verdict).toBe('pass');
  });
});
