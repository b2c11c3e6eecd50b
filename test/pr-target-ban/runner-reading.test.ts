/**
 * pr-target-ban reads workflows the way the runner does and never passes what it could not check:
 * pure logic (findPwnCheckouts, CODEOWNERS, allowlist) and the gate through the fail-closed runner.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runGate } from '../../src/core/run-gate.js';
import type { GateResult } from '../../src/core/result.js';
import { parseAllowlist } from '../../src/gates/pr-target-ban/allowlist.js';
import {
  isValidOwner,
  ownerRule,
  parseCodeowners
} from '../../src/gates/pr-target-ban/codeowners.js';
import { prTargetBan } from '../../src/gates/pr-target-ban/index.js';
import { findPwnCheckouts } from '../../src/gates/pr-target-ban/pwn-request.js';
import { parseWorkflow, type Workflow } from '../../src/workflows/workflow.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { makeRepo, testContext } from '../helpers/temp-repo.js';
import '../helpers/yaml-library.js';

const WF = '.github/workflows';
const ALLOW = '.github/ci-intel/pr-target-allowlist.yml';
const OWNERS = '.github/CODEOWNERS';
const NOW = new Date('2026-11-23T12:00:00Z');

async function gate(repo: string, inputs: Record<string, string> = {}): Promise<GateResult> {
  const r = await runGate(prTargetBan, inputs, testContext(repo, NOW));
  expectValidResult(r);
  return r;
}

const rules = (r: GateResult) => r.findings.map((f) => f.rule);

function wf(text: string, file = 'w.yml'): Workflow {
  const r = parseWorkflow(file, text);
  if (!r.ok) throw new Error(r.problem.message);
  return r.workflow;
}

/** A pull_request_target workflow with one job of the given steps. */
function prt(steps: string, jobExtra = ''): string {
  return `on: pull_request_target
jobs:
  build:
    runs-on: ubuntu-latest
${jobExtra}    steps:
${steps}`;
}

const pwnOf = (text: string) => findPwnCheckouts(wf(text), { events: ['pull_request_target'] });

describe('nothing to check is never a pass', () => {
  it('zero files matched, a missing workspace and a job with no checkout are errors naming pattern and workspace', async () => {
    const empty = makeRepo({ 'README.md': 'no checkout of the workflows here' });
    const r = await gate(empty, { workflows: '.github/workflows/*.yml' });
    expect(r.verdict).toBe('error');
    expect(r.summary).toContain(
      `no workflow file matched .github/workflows/*.yml in the workspace ${empty}`
    );
    expect(r.findings[0].help).toMatch(/uses: actions\/checkout/);
    const gone = await gate(join(empty, 'missing'));
    expect(gone.verdict).toBe('error');
    expect(gone.summary).toContain(`the workspace ${join(empty, 'missing')} does not exist`);
  });
});

describe('symlinked workflows: GitHub does not follow them, so neither does the gate', () => {
  it.each([
    ['a glob', `${WF}/*.yml`],
    ['a folder', WF],
    ['the file itself', `${WF}/link.yml`]
  ])(
    'through %s: an error naming the link, never a silent skip or a read of the target',
    async (_name, workflows) => {
      const repo = makeRepo({
        [`${WF}/ok.yml`]: 'on: push\njobs: {a: {runs-on: x, steps: [{run: echo}]}}\n',
        'templates/prt.yml': prt('      - run: echo\n')
      });
      symlinkSync('../../templates/prt.yml', join(repo, WF, 'link.yml'));
      const r = await gate(repo, { workflows });
      expect(r.verdict).toBe('error');
      const f = r.findings.find((x) => x.rule === 'pr-target/invalid-workflow');
      expect(f).toMatchObject({ file: `${WF}/link.yml`, line: 1 });
      expect(f?.message).toMatch(/is a symlink: GitHub reads workflows from the git tree/);
      expect(rules(r)).not.toContain('pr-target/banned-trigger');
    }
  );

  it('a FIFO named like a workflow is refused without blocking', async () => {
    const repo = makeRepo({
      [`${WF}/ok.yml`]: 'on: push\njobs: {a: {runs-on: x, steps: [{run: echo}]}}\n'
    });
    execFileSync('mkfifo', [join(repo, WF, 'pipe.yml')]);
    const r = await gate(repo);
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toMatch(/pipe\.yml is a FIFO/);
  });
});

describe("an 'on' GitHub rejects is an error with file and line", () => {
  it.each([
    ['on: 42', 1],
    ['on: [[pull_request_target]]', 1],
    ['x-anchors: &n 42\non: *n', 1],
    ['name: &n on\non: push\n*n : pull_request_target', 3],
    ['on: push\nON: pull_request_target', 2]
  ])('%s', async (on, line) => {
    const repo = makeRepo({
      [`${WF}/w.yml`]: `${on}\njobs: {a: {runs-on: x, steps: [{run: echo}]}}\n`
    });
    const r = await gate(repo);
    expect(r.verdict).toBe('error');
    expect(r.findings[0]).toMatchObject({
      rule: 'pr-target/invalid-workflow',
      file: `${WF}/w.yml`,
      line
    });
  });
});

describe('inputs and conditions as the runner reads them', () => {
  it.each([
    [
      'Ref:',
      '      - uses: actions/checkout@v4\n        with:\n          Ref: ${{ github.event.pull_request.head.sha }}\n'
    ],
    [
      'REPOSITORY:',
      '      - uses: Actions/Checkout@v4\n        with:\n          REPOSITORY: ${{ github.event.pull_request.head.repo.full_name }}\n'
    ]
  ])('a checkout input spelled %s is still the checkout input', (_n, steps) => {
    expect(pwnOf(prt(steps)).found).toHaveLength(1);
  });

  it('a condition that compares event_name in another case guards nothing', () => {
    const step =
      '      - uses: actions/checkout@v4\n        with: {ref: "${{ github.head_ref }}"}\n';
    expect(
      pwnOf(
        prt(
          step.replace(
            '      - uses',
            "      - if: github.event_name == 'PULL_REQUEST_TARGET'\n        uses"
          )
        )
      ).found
    ).toHaveLength(1);
    expect(
      pwnOf(prt(step, "    if: ${{ github.event_name == 'Pull_Request_Target' }}\n")).found
    ).toHaveLength(1);
    expect(
      pwnOf(
        prt(
          step.replace(
            '      - uses',
            "      - if: github.event_name != 'PULL_REQUEST_TARGET'\n        uses"
          )
        )
      ).found
    ).toHaveLength(0);
    expect(
      pwnOf(
        prt(step, "    if: github.event_name == 'pull_request' || github.event_name == 'push'\n")
      ).found
    ).toHaveLength(0);
  });
});

describe('shell commands and refs as the shell and the runner build them', () => {
  it.each([
    [
      'git -c before fetch',
      'git -c protocol.version=2 fetch origin pull/${{ github.event.number }}/head'
    ],
    ['git -C before checkout', 'git -C src checkout ${{ github.event.pull_request.head.sha }}'],
    [
      'gh --repo before pr checkout',
      'gh --repo ${{ github.repository }} pr checkout ${{ github.event.number }}'
    ],
    ['gh -R between', 'gh pr -R o/r checkout 12'],
    ['a backslash continuation', 'git fetch \\\n  origin \\\n  ${{ github.head_ref }}'],
    [
      'a format() ref',
      "git fetch origin ${{ format('{0}/{1}/merge', 'refs/pull', github.event.number) }}"
    ],
    [
      'sudo and an env prefix',
      'sudo GIT_TRACE=1 git merge ${{ github.event.pull_request.head.sha }}'
    ],
    ["the runner's $GITHUB_HEAD_REF", 'git fetch origin "$GITHUB_HEAD_REF"'],
    [
      'the event payload read in a command substitution',
      'git checkout "$(jq -r .pull_request.head.sha "$GITHUB_EVENT_PATH")"'
    ],
    ['git inside a command substitution', 'out=$(git -C w fetch origin pull/9/head 2>&1)']
  ])('%s', (_n, run) => {
    const text = prt(`      - run: |\n          ${run.split('\n').join('\n          ')}\n`);
    expect(pwnOf(text).found).toHaveLength(1);
  });

  it('a checkout ref assembled by format() is the PR ref', () => {
    const text = prt(
      "      - uses: actions/checkout@v4\n        with:\n          ref: ${{ format('refs/pull/{0}/merge', github.event.number) }}\n"
    );
    expect(pwnOf(text).found[0].how).toMatch(/checks out the pull request's head/);
  });

  it('mentions that are not commands do not count', () => {
    const text = prt(
      '      - run: |\n          echo "git fetch origin pull/1/head"\n          # gh pr checkout 1\n'
    );
    expect(pwnOf(text).found).toHaveLength(0);
  });
});

describe('data flow of the PR head', () => {
  it('through strategy.matrix.include, literal and fromJSON', () => {
    const use = '      - uses: actions/checkout@v4\n        with: {ref: "${{ matrix.ref }}"}\n';
    const literal = prt(
      use,
      '    strategy:\n      matrix:\n        include:\n          - ref: ${{ github.head_ref }}\n'
    );
    expect(pwnOf(literal).found).toHaveLength(1);
    const json = prt(
      use,
      `    strategy:\n      matrix:\n        include: >-\n          \${{ fromJSON('[{"ref": "refs/pull/7/head"}]') }}\n`
    );
    expect(pwnOf(json).found).toHaveLength(1);
    const safe = prt(
      use,
      '    strategy:\n      matrix:\n        include:\n          - ref: main\n'
    );
    expect(pwnOf(safe).found).toHaveLength(0);
  });

  it('through $GITHUB_ENV and core.exportVariable to later steps', () => {
    const viaEnv =
      prt(`      - run: echo "HEAD_REF=\${{ github.event.pull_request.head.ref }}" >> "$GITHUB_ENV"
      - uses: actions/checkout@v4
        with: {ref: "\${{ env.HEAD_REF }}"}
`);
    expect(pwnOf(viaEnv).found).toHaveLength(1);
    const viaShell = prt(`      - run: |
          {
            echo "SHA=\${{ github.event.pull_request.head.sha }}"
          } >> $GITHUB_ENV
      - run: git checkout "$SHA"
`);
    expect(pwnOf(viaShell).found).toHaveLength(1);
    const viaScript = prt(`      - uses: actions/github-script@v7
        with:
          script: core.exportVariable('PR_SHA', context.payload.pull_request.head.sha || '\${{ github.head_ref }}')
      - run: git fetch origin "$PR_SHA"
`);
    expect(pwnOf(viaScript).found).toHaveLength(1);
  });

  it('through local reusable workflows to any depth, with a cycle guard', async () => {
    const repo = makeRepo({
      [`${WF}/entry.yml`]: `on: pull_request_target
jobs:
  call:
    uses: ./.github/workflows/a.yml
    with: {ref: "\${{ github.event.pull_request.head.sha }}"}
`,
      [`${WF}/a.yml`]: `on: {workflow_call: {inputs: {ref: {type: string}}}}
jobs:
  next:
    uses: ./.github/workflows/b.yml
    with: {Sha: "\${{ inputs.ref }}"}
`,
      [`${WF}/b.yml`]: `on: {workflow_call: {inputs: {sha: {type: string}}}}
jobs:
  again:
    uses: ./.github/workflows/a.yml
    with: {ref: "\${{ inputs.sha }}"}
  build:
    runs-on: x
    steps:
      - run: git -c advice.detachedHead=false checkout \${{ inputs.SHA }}
`
    });
    const r = await gate(repo);
    expect(r.verdict).toBe('fail');
    const pwn = r.findings.filter((f) => f.rule === 'pr-target/pwn-request');
    expect(pwn).toHaveLength(1);
    expect(pwn[0]).toMatchObject({ file: `${WF}/b.yml`, line: 9 });
    expect(pwn[0].message).toContain(
      `reached from ${WF}/entry.yml job 'call' → ${WF}/a.yml job 'next'`
    );
  });

  it('back out of a local reusable workflow through its workflow_call outputs', async () => {
    const callee = (value: string) => `on:
  workflow_call:
    outputs:
      Sha: {value: "\${{ jobs.meta.outputs.sha }}"}
jobs:
  meta:
    runs-on: x
    outputs: {sha: "${value}"}
    steps: [{run: echo}]
`;
    const caller = `on: pull_request_target
jobs:
  info:
    uses: ./.github/workflows/info.yml
  build:
    needs: info
    runs-on: x
    steps:
      - uses: actions/checkout@v4
        with: {ref: "\${{ needs.info.outputs.sha }}"}
`;
    const head = await gate(
      makeRepo({
        [`${WF}/entry.yml`]: caller,
        [`${WF}/info.yml`]: callee('${{ github.event.pull_request.head.sha }}')
      })
    );
    expect(head.verdict).toBe('fail');
    expect(head.findings.find((f) => f.rule === 'pr-target/pwn-request')).toMatchObject({
      file: `${WF}/entry.yml`,
      line: 10
    });
    const base = await gate(
      makeRepo({ [`${WF}/entry.yml`]: caller, [`${WF}/info.yml`]: callee('${{ github.sha }}') })
    );
    expect(rules(base)).not.toContain('pr-target/pwn-request');
  });

  it('a local reusable workflow that cannot be read makes the verdict error', async () => {
    const repo = makeRepo({
      [`${WF}/entry.yml`]:
        'on: pull_request_target\njobs:\n  call:\n    uses: ./.github/workflows/gone.yml\n'
    });
    const r = await gate(repo);
    expect(r.verdict).toBe('error');
    expect(r.findings.find((f) => f.rule === 'pr-target/invalid-workflow')).toMatchObject({
      file: `${WF}/entry.yml`,
      line: 4,
      message: expect.stringMatching(
        /calls \.github\/workflows\/gone\.yml, which cannot be read.*does not exist/
      )
    });
  });
});

describe('CODEOWNERS owners and allowlist dates', () => {
  it.each([
    ['@octocat', true],
    ['@acme/security', true],
    ['sec@acme.example', true],
    ['security-team', false],
    ['@', false],
    ['@-bad', false],
    ['@acme/', false],
    ['acme/security', false]
  ])('owner %s is valid: %s', (owner, ok) => {
    expect(isValidOwner(owner)).toBe(ok);
  });

  it('a line GitHub skips for an invalid owner decides nothing; an earlier valid line still owns', () => {
    const rules = parseCodeowners(`/.github/ci-intel/ @acme/security\n/${ALLOW} security-team\n`);
    expect(ownerRule(rules, ALLOW)?.owners).toEqual(['@acme/security']);
    expect(ownerRule(parseCodeowners(`/${ALLOW} @\n`), ALLOW)).toBeUndefined();
  });

  const allow = (expires: string) => `allow:
  - workflow: ${WF}/labeler.yml
    justification: "Labels PRs from forks; never checks out or runs PR code."
    expires: ${expires}
    approved-by: "@acme/security"
`;
  const labeler = prt('      - uses: actions/labeler@v5\n');

  it.each([
    ['security-team', /line 1: 'security-team' is not @user, @org\/team or an email address/],
    ['@', /'@' is not @user/]
  ])('an allowlist "covered" by %s is not covered', async (owner, why) => {
    const repo = makeRepo({
      [`${WF}/labeler.yml`]: labeler,
      [ALLOW]: allow('2027-06-30'),
      [OWNERS]: `/.github/ci-intel/ ${owner}\n`
    });
    const r = await gate(repo);
    expect(r.verdict).toBe('fail');
    const f = r.findings.find((x) => x.rule === 'pr-target/allowlist-not-owned');
    expect(f?.message).toMatch(why);
  });

  it('an expiry that is not a real calendar date is not valid', async () => {
    const a = parseAllowlist(ALLOW, allow('2026-02-30'), NOW);
    expect(a.entries[0].valid).toBe(false);
    expect(a.findings[0].message).toMatch(/'2026-02-30' is not a real calendar date/);
    const repo = makeRepo({
      [`${WF}/labeler.yml`]: labeler,
      [ALLOW]: allow('2027-02-30'),
      [OWNERS]: '/.github/ci-intel/ @acme/security\n'
    });
    const r = await gate(repo);
    expect(r.verdict).toBe('fail');
    expect(rules(r)).toEqual(
      expect.arrayContaining(['pr-target/allowlist-expired', 'pr-target/banned-trigger'])
    );
  });

  it('an allowlist with duplicate keys (in any case) cannot be decided', async () => {
    const repo = makeRepo({
      [`${WF}/labeler.yml`]: labeler,
      [ALLOW]: allow('2027-06-30').replace(
        '    approved-by',
        '    Expires: 2099-01-01\n    approved-by'
      ),
      [OWNERS]: '/.github/ci-intel/ @acme/security\n'
    });
    const r = await gate(repo);
    expect(r.verdict).toBe('error');
    expect(r.summary).toMatch(/Map keys must be unique/);
  });
});

describe('large files', () => {
  it('decides a 2 MiB workflow with 200,000 keys in one mapping, and still rejects a duplicate', async () => {
    const keys: string[] = [];
    for (let i = 0; i < 200_000; i++) keys.push(` k${i.toString(36)}: v`);
    const body = `on: pull_request_target\nenv:\n${keys.join('\n')}\njobs: {a: {runs-on: x, steps: [{run: echo}]}}\n`;
    const r = await gate(makeRepo({ [`${WF}/big.yml`]: body }));
    expect(r.verdict).toBe('fail');
    expect(rules(r)).toEqual(['pr-target/banned-trigger']);
    const dup = await gate(
      makeRepo({ [`${WF}/big.yml`]: body.replace('\njobs:', '\n KA: again\njobs:') })
    );
    expect(dup.verdict).toBe('error');
    expect(dup.findings[0].message).toMatch(/'KA' repeats 'ka'/);
  }, 240_000);
});
