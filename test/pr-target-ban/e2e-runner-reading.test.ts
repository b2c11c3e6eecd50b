/**
 * Every hardening class of pr-target-ban through its public entries: the bundled action run as
 * the runner runs it (dist/pr-target-ban) and the CLI (dist/cli), on real files.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, runCli } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { makeRepo } from '../helpers/temp-repo.js';

const WF = '.github/workflows';
const ALLOW = '.github/ci-intel/pr-target-allowlist.yml';
const OWNERS = '.github/CODEOWNERS';

const prt = (steps: string, jobExtra = '') =>
  `on: pull_request_target\njobs:\n  build:\n    runs-on: ubuntu-latest\n${jobExtra}    steps:\n${steps}`;
const checkoutRef = (ref: string) =>
  `      - uses: actions/checkout@v4\n        with:\n          ref: ${ref}\n`;
const labeler = prt('      - uses: actions/labeler@v5\n');
const allow = (expires: string) =>
  `allow:\n  - workflow: ${WF}/w.yml\n    justification: "Labels PRs from forks; never checks out PR code."\n    expires: ${expires}\n    approved-by: "@acme/security"\n`;

interface Case {
  name: string;
  repo: () => string;
  verdict: 'fail' | 'error';
  rule: string;
  message: RegExp;
}

function withLink(): string {
  const repo = makeRepo({ 'templates/prt.yml': labeler });
  execFileSync('mkdir', ['-p', join(repo, WF)]);
  symlinkSync('../../templates/prt.yml', join(repo, WF, 'w.yml'));
  return repo;
}

const CASES: Case[] = [
  {
    name: 'a job with no checkout (nothing matched)',
    repo: () => makeRepo({ 'README.md': 'x' }),
    verdict: 'error',
    rule: 'gate/error',
    message:
      /no workflow file matched \.github\/workflows\/\*\.yml, \.github\/workflows\/\*\.yaml in the workspace /
  },
  {
    name: 'a symlinked workflow',
    repo: withLink,
    verdict: 'error',
    rule: 'pr-target/invalid-workflow',
    message: /w\.yml is a symlink: GitHub reads workflows from the git tree/
  },
  {
    name: "an 'on' GitHub rejects",
    repo: () => makeRepo({ [`${WF}/w.yml`]: 'on: [[pull_request_target]]\njobs: {}\n' }),
    verdict: 'error',
    rule: 'pr-target/invalid-workflow',
    message: /'on' holds a list where an event name belongs/
  },
  {
    name: 'a case-insensitive checkout input',
    repo: () =>
      makeRepo({
        [`${WF}/w.yml`]: prt(
          '      - uses: actions/checkout@v4\n        with: {Ref: "${{ github.head_ref }}"}\n'
        )
      }),
    verdict: 'fail',
    rule: 'pr-target/pwn-request',
    message: /checks out the pull request's head/
  },
  {
    name: 'an event_name guard in another case',
    repo: () =>
      makeRepo({
        [`${WF}/w.yml`]: prt(
          checkoutRef('${{ github.head_ref }}'),
          "    if: github.event_name == 'PULL_REQUEST_TARGET'\n"
        )
      }),
    verdict: 'fail',
    rule: 'pr-target/pwn-request',
    message: /checks out/
  },
  {
    name: 'git with global options and a continuation',
    repo: () =>
      makeRepo({
        [`${WF}/w.yml`]: prt(
          '      - run: |\n          git -c protocol.version=2 \\\n            fetch origin pull/${{ github.event.number }}/head\n'
        )
      }),
    verdict: 'fail',
    rule: 'pr-target/pwn-request',
    message: /fetches a pull\/<n>\/head\|merge ref/
  },
  {
    name: 'gh with --repo before pr checkout',
    repo: () =>
      makeRepo({ [`${WF}/w.yml`]: prt('      - run: gh --repo "$REPO" pr checkout 1\n') }),
    verdict: 'fail',
    rule: 'pr-target/pwn-request',
    message: /runs 'gh pr checkout'/
  },
  {
    name: 'a format() ref',
    repo: () =>
      makeRepo({
        [`${WF}/w.yml`]: prt(
          checkoutRef("${{ format('refs/pull/{0}/merge', github.event.pull_request.number) }}")
        )
      }),
    verdict: 'fail',
    rule: 'pr-target/pwn-request',
    message: /checks out/
  },
  {
    name: 'the head through matrix.include',
    repo: () =>
      makeRepo({
        [`${WF}/w.yml`]: prt(
          checkoutRef('${{ matrix.ref }}'),
          '    strategy:\n      matrix:\n        include:\n          - ref: ${{ github.event.pull_request.head.sha }}\n'
        )
      }),
    verdict: 'fail',
    rule: 'pr-target/pwn-request',
    message: /matrix\.ref/
  },
  {
    name: 'the head through $GITHUB_ENV',
    repo: () =>
      makeRepo({
        [`${WF}/w.yml`]: prt(
          '      - run: echo "REF=${{ github.head_ref }}" >> $GITHUB_ENV\n      - run: git switch "$REF"\n'
        )
      }),
    verdict: 'fail',
    rule: 'pr-target/pwn-request',
    message: /git switch/
  },
  {
    name: 'the head through two local reusable workflows',
    repo: () =>
      makeRepo({
        [`${WF}/w.yml`]:
          'on: pull_request_target\njobs:\n  c:\n    uses: ./.github/workflows/a.yml\n    with: {ref: "${{ github.head_ref }}"}\n',
        [`${WF}/a.yml`]:
          'on: workflow_call\njobs:\n  d:\n    uses: ./.github/workflows/b.yml\n    with: {REF: "${{ inputs.ref }}"}\n',
        [`${WF}/b.yml`]: `on: workflow_call\njobs:\n  e:\n    runs-on: x\n    steps:\n${checkoutRef('${{ inputs.ref }}')}`
      }),
    verdict: 'fail',
    rule: 'pr-target/pwn-request',
    message:
      /in \.github\/workflows\/b\.yml, reached from \.github\/workflows\/w\.yml job 'c' → \.github\/workflows\/a\.yml job 'd'/
  },
  {
    name: 'an allowlist "covered" by an invalid owner',
    repo: () =>
      makeRepo({
        [`${WF}/w.yml`]: labeler,
        [ALLOW]: allow('2027-06-30'),
        [OWNERS]: '/.github/ci-intel/ security-team\n'
      }),
    verdict: 'fail',
    rule: 'pr-target/allowlist-not-owned',
    message: /'security-team' is not @user, @org\/team or an email address/
  },
  {
    name: 'an allowlist date that does not exist',
    repo: () =>
      makeRepo({
        [`${WF}/w.yml`]: labeler,
        [ALLOW]: allow('2027-02-30'),
        [OWNERS]: '/.github/ci-intel/ @acme/security\n'
      }),
    verdict: 'fail',
    rule: 'pr-target/allowlist-expired',
    message: /'2027-02-30' is not a real calendar date/
  }
];

describe('pr-target-ban hardening through the bundled action', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const run = await runAction('pr-target-ban', { workspace: c.repo() });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe(c.verdict);
    expectValidResult(run.result);
    const f = run.result!.findings.find((x) => x.rule === c.rule) as
      { message: string; help?: string } | undefined;
    expect(f?.message).toMatch(c.message);
    if (c.rule === 'gate/error') expect(f?.help).toMatch(/actions\/checkout/);
  });
});

describe('pr-target-ban hardening through the CLI', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const r = await runCli(['pr-target-ban', '--format', 'json'], { cwd: c.repo() });
    expect(r.exitCode).toBe(c.verdict === 'error' ? 2 : 1);
    const result = JSON.parse(r.stdout);
    expectValidResult(result);
    expect(result.verdict).toBe(c.verdict);
    const f = result.findings.find((x: { rule: string }) => x.rule === c.rule);
    expect(f?.message).toMatch(c.message);
  });

  it('--workspace pointing at a folder that does not exist is an error naming it', async () => {
    const repo = makeRepo({ 'README.md': 'x' });
    const r = await runCli(['pr-target-ban', '--workspace', 'no-such-dir', '--format', 'json'], {
      cwd: repo
    });
    expect(r.exitCode).toBe(2);
    const result = JSON.parse(r.stdout);
    expect(result.verdict).toBe('error');
    expect(result.summary).toContain(`the workspace ${join(repo, 'no-such-dir')} does not exist`);
  });

  it('decides a 2 MiB workflow with 200,000 keys in one mapping, and refuses a duplicate in it', async () => {
    const keys: string[] = [];
    for (let i = 0; i < 200_000; i++) keys.push(` k${i.toString(36)}: v`);
    const body = `on: push\nenv:\n${keys.join('\n')}\njobs: {a: {runs-on: x, steps: [{run: echo}]}}\n`;
    const ok = await runCli(['pr-target-ban', '--format', 'json'], {
      cwd: makeRepo({ [`${WF}/big.yml`]: body }),
      timeoutMs: 200_000
    });
    expect(JSON.parse(ok.stdout).verdict).toBe('pass');
    const run = await runAction('pr-target-ban', {
      workspace: makeRepo({ [`${WF}/big.yml`]: body.replace('\njobs:', '\n KA: x\njobs:') }),
      timeoutMs: 200_000
    });
    expect(run.outputs.verdict).toBe('error');
    expect(run.stdout).toMatch(/Map keys must be unique: 'KA' repeats 'ka'/);
  }, 420_000);
});
