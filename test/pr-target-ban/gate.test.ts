import { describe, expect, it } from '@jest/globals';
import { prTargetBan } from '../../src/gates/pr-target-ban/index.js';
import { runGate } from '../../src/core/run-gate.js';
import type { GateResult } from '../../src/core/result.js';
import { makeRepo, testContext } from '../helpers/temp-repo.js';
import { expectValidResult } from '../helpers/result-schema.js';

const WF = '.github/workflows';
const ALLOW = '.github/ci-intel/pr-target-allowlist.yml';
const OWNERS = '.github/CODEOWNERS';

async function run(
  files: Record<string, string>,
  inputs: Record<string, string> = {},
  now?: Date
): Promise<GateResult> {
  const repo = makeRepo(files);
  const r = await runGate(prTargetBan, inputs, testContext(repo, now));
  expectValidResult(r);
  return r;
}

const rules = (r: GateResult) => r.findings.map((f) => f.rule);

function prt(steps: string, extra = ''): string {
  return `on:
  pull_request_target:
    types: [labeled]
${extra}jobs:
  build:
    runs-on: ubuntu-latest
    steps:
${steps}`;
}

const labeler = prt('      - uses: actions/labeler@v5\n');
const goodAllow = `allow:
  - workflow: ${WF}/labeler.yml
    justification: "Labels PRs from forks; never checks out or runs PR code."
    expires: 2027-06-30
    approved-by: "@acme/security"
`;

describe('banned trigger', () => {
  it('fails a pull_request_target workflow with file, line, column and a fix', async () => {
    const r = await run({ [`${WF}/a.yml`]: labeler });
    expect(r.verdict).toBe('fail');
    expect(r.findings[0]).toMatchObject({
      rule: 'pr-target/banned-trigger',
      file: `${WF}/a.yml`,
      line: 2,
      column: 3
    });
    expect(r.findings[0].help).toMatch(/pull_request/);
    expect(JSON.parse(r.outputs['banned-workflows'])).toEqual([`${WF}/a.yml`]);
  });

  it('passes ordinary workflows (both .yml and .yaml are scanned)', async () => {
    const r = await run({
      [`${WF}/a.yml`]: 'on: [push, pull_request]\njobs: {a: {runs-on: x, steps: [{run: echo}]}}',
      [`${WF}/b.yaml`]:
        'on: pull_request\njobs: {a: {runs-on: x, steps: [{run: echo pull_request_target}]}}'
    });
    expect(r.verdict).toBe('pass');
    expect(r.outputs['workflows-scanned']).toBe('2');
  });

  it('never passes a repository with no workflows: error naming the patterns, the workspace and actions/checkout', async () => {
    const repo = makeRepo({ 'README.md': 'x' });
    const r = await runGate(prTargetBan, {}, testContext(repo));
    expectValidResult(r);
    expect(r.verdict).toBe('error');
    expect(r.summary).toContain(
      'no workflow file matched .github/workflows/*.yml, .github/workflows/*.yaml'
    );
    expect(r.summary).toContain(repo);
    expect(r.findings[0].help).toMatch(/actions\/checkout/);
  });

  it('treats also-deny triggers the same way', async () => {
    const files = {
      [`${WF}/wr.yml`]:
        'on:\n  workflow_run:\n    workflows: [ci]\njobs: {a: {runs-on: x, steps: [{run: echo}]}}'
    };
    expect((await run(files)).verdict).toBe('pass');
    const r = await run(files, { 'also-deny': 'workflow_run, issue_comment' });
    expect(r.verdict).toBe('fail');
    expect(r.findings[0].message).toMatch(/workflow_run/);
  });

  it('scans the files, folders and globs given', async () => {
    const files = {
      'ci/x.yml': labeler,
      'ci/y.yaml': labeler,
      [`${WF}/ok.yml`]: 'on: push\njobs: {}'
    };
    expect((await run(files, { workflows: 'ci' })).outputs['workflows-scanned']).toBe('2');
    expect((await run(files, { workflows: 'ci/*.yaml' })).outputs['workflows-scanned']).toBe('1');
    expect(
      (await run(files, { workflows: `ci/x.yml\n${WF}/ok.yml` })).outputs['workflows-scanned']
    ).toBe('2');
  });

  it('is an error, not a pass, when a named workflow file does not exist', async () => {
    const r = await run({}, { workflows: 'nope.yml' });
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toMatch(/input 'workflows': nope.yml not found/);
  });
});

describe('allowlist', () => {
  const owned = { [OWNERS]: `* @acme/devs\n/.github/ci-intel/ @acme/security\n` };

  it('allows a justified, unexpired, CODEOWNERS-covered exception', async () => {
    const r = await run({ [`${WF}/labeler.yml`]: labeler, [ALLOW]: goodAllow, ...owned });
    expect(r.verdict).toBe('pass');
    expect(r.findings).toEqual([
      // The old file still works; a note names its new place in .ci-intel/config.yml.
      expect.objectContaining({ rule: 'pr-target/allowlist-file-deprecated', severity: 'note' }),
      expect.objectContaining({ rule: 'pr-target/allowlisted', severity: 'note' })
    ]);
    expect(r.evidence).toMatchObject({ codeowners: { file: OWNERS, owners: ['@acme/security'] } });
  });

  it('fails an expired exception at the expires line, and holds through the last day', async () => {
    const files = { [`${WF}/labeler.yml`]: labeler, [ALLOW]: goodAllow, ...owned };
    const lastDay = await run(files, {}, new Date('2027-06-30T23:59:00Z'));
    expect(lastDay.verdict).toBe('pass');
    const r = await run(files, {}, new Date('2027-07-01T00:00:01Z'));
    expect(r.verdict).toBe('fail');
    expect(rules(r)).toEqual(
      expect.arrayContaining(['pr-target/allowlist-expired', 'pr-target/banned-trigger'])
    );
    const exp = r.findings.find((f) => f.rule === 'pr-target/allowlist-expired');
    expect(exp).toMatchObject({ file: ALLOW, line: 4 });
    expect(exp?.message).toMatch(/expired on 2027-06-30/);
  });

  it.each([
    ['missing', goodAllow.replace(/ {4}justification:.*\n/, '')],
    ['empty', goodAllow.replace(/justification:.*/, 'justification: ""')],
    ['a placeholder', goodAllow.replace(/justification:.*/, 'justification: TODO')],
    ['too short', goodAllow.replace(/justification:.*/, 'justification: needed it')]
  ])('fails an exception whose justification is %s', async (_n, allow) => {
    const r = await run({ [`${WF}/labeler.yml`]: labeler, [ALLOW]: allow, ...owned });
    expect(r.verdict).toBe('fail');
    expect(rules(r)).toContain('pr-target/allowlist-unjustified');
    expect(rules(r)).toContain('pr-target/banned-trigger');
  });

  it('fails an exception without an approver or expiry', async () => {
    const noApprover = goodAllow.replace(/ {4}approved-by:.*\n/, '');
    expect(
      rules(await run({ [`${WF}/labeler.yml`]: labeler, [ALLOW]: noApprover, ...owned }))
    ).toContain('pr-target/allowlist-unjustified');
    const noExpiry = goodAllow.replace(/ {4}expires:.*\n/, '');
    expect(
      rules(await run({ [`${WF}/labeler.yml`]: labeler, [ALLOW]: noExpiry, ...owned }))
    ).toContain('pr-target/allowlist-expired');
  });

  it('fails when no CODEOWNERS file exists', async () => {
    const r = await run({ [`${WF}/labeler.yml`]: labeler, [ALLOW]: goodAllow });
    expect(r.verdict).toBe('fail');
    expect(rules(r)).toContain('pr-target/allowlist-not-owned');
    expect(rules(r)).toContain('pr-target/banned-trigger');
  });

  it('fails when no CODEOWNERS rule covers the allowlist', async () => {
    const r = await run({
      [`${WF}/labeler.yml`]: labeler,
      [ALLOW]: goodAllow,
      [OWNERS]: '/src/ @acme/devs\n*.js @acme/js\n'
    });
    expect(rules(r)).toContain('pr-target/allowlist-not-owned');
  });

  it('honours last-match-wins: a later ownerless rule unowns the allowlist', async () => {
    const r = await run({
      [`${WF}/labeler.yml`]: labeler,
      [ALLOW]: goodAllow,
      [OWNERS]: '/.github/ @acme/security\n.github/ci-intel/*.yml\n'
    });
    const f = r.findings.find((x) => x.rule === 'pr-target/allowlist-not-owned');
    expect(f?.message).toMatch(/names no owner/);
    expect(f).toMatchObject({ file: OWNERS, line: 2 });
  });

  it('finds CODEOWNERS in GitHub order and honours the codeowners input', async () => {
    const files = {
      [`${WF}/labeler.yml`]: labeler,
      [ALLOW]: goodAllow,
      'docs/CODEOWNERS': '* @acme/all\n'
    };
    expect((await run(files)).verdict).toBe('pass');
    expect((await run(files, { codeowners: 'CODEOWNERS' })).verdict).toBe('fail');
  });

  it('reports stale entries', async () => {
    const r = await run({
      [`${WF}/labeler.yml`]: 'on: push\njobs: {}',
      [ALLOW]: goodAllow,
      ...owned
    });
    expect(r.verdict).toBe('pass');
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'pr-target/allowlist-file-deprecated', severity: 'note' }),
      expect.objectContaining({ rule: 'pr-target/allowlist-stale', severity: 'warning' })
    ]);
  });

  it('is an error when the allowlist is malformed or off-schema', async () => {
    const bad = await run({ [`${WF}/labeler.yml`]: labeler, [ALLOW]: 'allow: [\n', ...owned });
    expect(bad.verdict).toBe('error');
    expect(bad.findings[0]).toMatchObject({ file: ALLOW });
    const off = await run({
      [`${WF}/labeler.yml`]: labeler,
      [ALLOW]: 'allow:\n  - workflow: x\n    justfication: typo\n',
      ...owned
    });
    expect(off.verdict).toBe('error');
    expect(off.findings[0].message).toMatch(/unknown field 'justfication'/);
    const notList = await run({ [ALLOW]: 'allow: yes\n', ...owned });
    expect(notList.verdict).toBe('error');
  });
});

describe('pwn requests', () => {
  const owned = { [OWNERS]: '* @acme/security\n' };
  const allowFor = (file: string) => goodAllow.replace(`${WF}/labeler.yml`, `${WF}/${file}`);

  async function pwn(workflow: string, extra: Record<string, string> = {}): Promise<GateResult> {
    return run({ [`${WF}/w.yml`]: workflow, [ALLOW]: allowFor('w.yml'), ...owned, ...extra });
  }

  it.each([
    ['head.sha', `        with:\n          ref: \${{ github.event.pull_request.head.sha }}`],
    ['head.ref', `        with:\n          ref: \${{ github.event.pull_request.head.ref }}`],
    [
      'index syntax',
      `        with:\n          ref: \${{ github.event['pull_request']['head']['sha'] }}`
    ],
    ['github.head_ref', `        with:\n          ref: \${{ github.head_ref }}`],
    [
      'merge_commit_sha',
      `        with:\n          ref: \${{ github.event.pull_request.merge_commit_sha }}`
    ],
    [
      'refs/pull/N/merge',
      `        with:\n          ref: refs/pull/\${{ github.event.number }}/merge`
    ],
    [
      'refs/pull/N/head',
      `        with:\n          ref: "refs/pull/\${{ github.event.pull_request.number }}/head"`
    ],
    [
      'format()',
      `        with:\n          ref: \${{ format('{0}', github.event.pull_request.head.sha) }}`
    ],
    [
      'the fork repository',
      `        with:\n          repository: \${{ github.event.pull_request.head.repo.full_name }}`
    ]
  ])('checkout of %s fails even when allowlisted', async (_n, withBlock) => {
    const r = await pwn(
      prt(`      - uses: actions/checkout@v4\n${withBlock}\n      - run: npm test\n`)
    );
    expect(r.verdict).toBe('fail');
    const f = r.findings.find((x) => x.rule === 'pr-target/pwn-request');
    expect(f).toBeDefined();
    expect(f).toMatchObject({ file: `${WF}/w.yml`, line: 10 });
  });

  it('passes an allowlisted workflow that checks out the base', async () => {
    const r = await pwn(
      prt('      - uses: actions/checkout@v4\n      - uses: actions/labeler@v5\n')
    );
    expect(r.verdict).toBe('pass');
  });

  it.each([
    [
      'workflow env',
      prt(
        '      - uses: actions/checkout@v4\n        with: {ref: "${{ env.HEAD }}"}\n',
        'env:\n  HEAD: ${{ github.event.pull_request.head.sha }}\n'
      )
    ],
    [
      'job env',
      prt('      - uses: actions/checkout@v4\n        with: {ref: "${{ env.HEAD }}"}\n').replace(
        'runs-on: ubuntu-latest',
        'runs-on: ubuntu-latest\n    env: {HEAD: "${{ github.head_ref }}"}'
      )
    ],
    [
      'a step output',
      prt(
        '      - id: pr\n        run: echo "sha=${{ github.event.pull_request.head.sha }}" >> "$GITHUB_OUTPUT"\n      - uses: actions/checkout@v4\n        with: {ref: "${{ steps.pr.outputs.sha }}"}\n'
      )
    ],
    [
      'a github-script lookup',
      prt(
        '      - id: pr\n        uses: actions/github-script@v7\n        with:\n          script: |\n            const { data } = await github.rest.pulls.get({ pull_number: 1 });\n            core.setOutput("sha", data.head.sha);\n      - uses: actions/checkout@v4\n        with: {ref: "${{ steps.pr.outputs.sha }}"}\n'
      )
    ],
    [
      'a job output through needs',
      `on: pull_request_target
jobs:
  meta:
    runs-on: x
    outputs: {sha: "\${{ steps.s.outputs.sha }}"}
    steps:
      - id: s
        run: echo "sha=\${{ github.event.pull_request.head.sha }}" >> $GITHUB_OUTPUT
  build:
    needs: meta
    runs-on: x
    steps:
      - uses: actions/checkout@v4
        with: {ref: "\${{ needs.meta.outputs.sha }}"}
`
    ],
    [
      'a matrix value',
      `on: pull_request_target
jobs:
  build:
    runs-on: x
    strategy: {matrix: {ref: ["\${{ github.event.pull_request.head.sha }}"]}}
    steps:
      - uses: actions/checkout@v4
        with: {ref: "\${{ matrix.ref }}"}
`
    ]
  ])('a head ref passed through %s is followed', async (_n, wf) => {
    const r = await pwn(wf);
    expect(rules(r)).toContain('pr-target/pwn-request');
  });

  it.each([
    ['gh pr checkout', '      - run: gh pr checkout ${{ github.event.number }}\n'],
    [
      'git fetch pull/N/head',
      '      - run: |\n          git fetch origin pull/${{ github.event.number }}/head:pr\n          git checkout pr\n'
    ],
    ['git fetch refs/pull/N/merge', '      - run: git fetch origin +refs/pull/123/merge\n'],
    ['git checkout of the head ref', '      - run: git checkout ${{ github.head_ref }}\n'],
    [
      'git checkout via env',
      '      - env: {SHA: "${{ github.event.pull_request.head.sha }}"}\n        run: git fetch origin "$SHA" && git checkout "$SHA"\n'
    ]
  ])('scripts that %s fail', async (_n, steps) => {
    expect(rules(await pwn(prt(steps)))).toContain('pr-target/pwn-request');
  });

  it.each([
    [
      "step if: github.event_name == 'pull_request'",
      "        if: github.event_name == 'pull_request'\n"
    ],
    [
      "step if: ${{ github.event_name != 'pull_request_target' }}",
      "        if: ${{ github.event_name != 'pull_request_target' }}\n"
    ],
    [
      'a conjunction that excludes the trigger',
      "        if: always() && github.event_name == 'push'\n"
    ]
  ])('guarded steps do not count: %s', async (_n, guard) => {
    const wf = prt(
      `      - uses: actions/checkout@v4\n${guard}        with: {ref: "\${{ github.head_ref }}"}\n`
    );
    expect(rules(await pwn(wf))).not.toContain('pr-target/pwn-request');
  });

  it('a disjunction is not a guard', async () => {
    const wf = prt(
      "      - uses: actions/checkout@v4\n        if: github.event_name == 'pull_request' || github.event_name == 'pull_request_target'\n        with: {ref: \"${{ github.head_ref }}\"}\n"
    );
    expect(rules(await pwn(wf))).toContain('pr-target/pwn-request');
  });

  it('a guarded job does not count', async () => {
    const wf = prt(
      '      - uses: actions/checkout@v4\n        with: {ref: "${{ github.head_ref }}"}\n'
    ).replace(
      'runs-on: ubuntu-latest',
      "if: github.event_name == 'pull_request'\n    runs-on: ubuntu-latest"
    );
    expect(rules(await pwn(wf))).not.toContain('pr-target/pwn-request');
  });

  it('reports reusable workflows it calls and follows the head into them', async () => {
    const caller = `on: pull_request_target
jobs:
  call:
    uses: ./.github/workflows/build.yml
    with:
      sha: \${{ github.event.pull_request.head.sha }}
`;
    const callee = `on:
  workflow_call:
    inputs: {sha: {type: string}}
jobs:
  b:
    runs-on: x
    steps:
      - uses: actions/checkout@v4
        with: {ref: "\${{ inputs.sha }}"}
`;
    const r = await pwn(caller, { [`${WF}/build.yml`]: callee });
    expect(r.verdict).toBe('fail');
    const reusable = r.findings.find((f) => f.rule === 'pr-target/privileged-reusable-workflow');
    expect(reusable).toMatchObject({ file: `${WF}/w.yml`, line: 4, severity: 'warning' });
    const inCallee = r.findings.find((f) => f.rule === 'pr-target/pwn-request');
    expect(inCallee).toMatchObject({ file: `${WF}/build.yml`, line: 9 });
  });

  it('a reusable workflow that checks out the base only warns', async () => {
    const caller =
      'on: pull_request_target\njobs:\n  call:\n    uses: ./.github/workflows/build.yml\n';
    const callee =
      'on: workflow_call\njobs:\n  b:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n';
    const r = await pwn(caller, { [`${WF}/build.yml`]: callee });
    expect(r.verdict).toBe('pass');
    expect(rules(r)).toContain('pr-target/privileged-reusable-workflow');
  });
});

describe('unreadable workflows fail closed', () => {
  it('a malformed workflow is an error with file and line, other files still checked', async () => {
    const r = await run({
      [`${WF}/bad.yml`]: 'on: push\njobs:\n  a: [\n',
      [`${WF}/prt.yml`]: labeler
    });
    expect(r.verdict).toBe('error');
    expect(r.findings.find((f) => f.rule === 'pr-target/invalid-workflow')).toMatchObject({
      file: `${WF}/bad.yml`
    });
    expect(rules(r)).toContain('pr-target/banned-trigger');
  });

  it('a duplicate on key that hides pull_request_target is an error', async () => {
    const r = await run({ [`${WF}/dup.yml`]: 'on: push\non: pull_request_target\njobs: {}' });
    expect(r.verdict).toBe('error');
    expect(r.findings[0]).toMatchObject({ rule: 'pr-target/invalid-workflow', line: 2 });
  });

  it('a 50 MB workflow is refused quickly with a clear error', async () => {
    const repo = makeRepo({
      [`${WF}/huge.yml`]: 'on: push\n' + `# ${'x'.repeat(1022)}\n`.repeat(50 * 1024)
    });
    const t0 = Date.now();
    const r = await runGate(prTargetBan, {}, testContext(repo));
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toMatch(/is 50\.0 MiB; the limit is 2 MiB/);
  });

  it('an alias bomb is an error, not a hang', async () => {
    let text = 'x-0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i <= 9; i++)
      text += `x-${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    text +=
      'on: pull_request_target\njobs:\n  a:\n    runs-on: x\n    env: {A: *a9}\n    steps: [{run: echo}]\n';
    const r = await run({ [`${WF}/bomb.yml`]: text });
    expect(r.verdict).toBe('error');
    expect(r.findings.some((f) => /alias/.test(f.message))).toBe(true);
  });
});
