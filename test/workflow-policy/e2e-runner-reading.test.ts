/**
 * Every hardening class of workflow-policy through its public entries: the bundled action run as
 * the runner runs it (dist/workflow-policy) and the CLI (dist/cli), on real files.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, runCli } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { GOOD, SHA, wf, workspace } from './helpers.js';

const W = '.github/workflows/ci.yml';
const P = '.github/ci-intel/workflow-policy.yml';

interface Case {
  name: string;
  repo: () => string;
  verdict: 'fail' | 'error';
  rule: string;
  message: RegExp;
}

const CASES: Case[] = [
  {
    name: 'a job with no checkout (nothing matched)',
    repo: () => workspace({ 'README.md': 'x' }),
    verdict: 'error',
    rule: 'gate/error',
    message:
      /no workflow file matched \.github\/workflows\/\*\.yml, \.github\/workflows\/\*\.yaml in the workspace /
  },
  {
    name: 'a symlinked workflow',
    repo: () => {
      const root = workspace({ [W]: GOOD, 'shared/x.yml': GOOD });
      symlinkSync('../../shared/x.yml', join(root, '.github/workflows/x.yml'));
      return root;
    },
    verdict: 'error',
    rule: 'workflow-policy/invalid-workflow',
    message: /x\.yml is a symlink: GitHub reads workflows from the git tree/
  },
  {
    name: 'a FIFO named like a workflow',
    repo: () => {
      const root = workspace({ [W]: GOOD });
      execFileSync('mkfifo', [join(root, '.github/workflows/p.yml')]);
      return root;
    },
    verdict: 'error',
    rule: 'workflow-policy/invalid-workflow',
    message: /p\.yml is a FIFO/
  },
  {
    name: "an 'on' GitHub rejects",
    repo: () => workspace({ [W]: 'on: 42\npermissions: {}\njobs: {}\n' }),
    verdict: 'error',
    rule: 'workflow-policy/invalid-workflow',
    message: /'on' holds '42' where an event name belongs/
  },
  {
    name: 'SCRIPT: spelled in capitals',
    repo: () =>
      workspace({
        [W]: wf(
          `      - uses: actions/github-script@${SHA} # v7\n        with:\n          SCRIPT: console.log("\${{ github.event.issue.title }}")\n`
        )
      }),
    verdict: 'fail',
    rule: 'workflow-policy/template-injection',
    message: /github\.event\.issue\.title into the github-script script/
  },
  {
    name: 'a policy with keys that differ only in case',
    repo: () => workspace({ [W]: GOOD, [P]: 'rules:\n  concurrency: error\n  CONCURRENCY: off\n' }),
    verdict: 'error',
    rule: 'gate/error',
    message: /Map keys must be unique: 'CONCURRENCY' repeats 'concurrency'/
  },
  {
    name: 'a policy exception expiring on a day that does not exist',
    repo: () =>
      workspace({
        [W]: GOOD,
        [P]: 'exceptions:\n  - rule: pinned-uses\n    owner: vendor\n    justification: vendor publishes signed immutable tags\n    expires: 2027-02-30\n'
      }),
    verdict: 'error',
    rule: 'gate/error',
    message: /expires: must match format "date"/
  }
];

describe('workflow-policy hardening through the bundled action', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const run = await runAction('workflow-policy', { workspace: c.repo() });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe(c.verdict);
    expectValidResult(run.result);
    const f = run.result!.findings.find((x) => x.rule === c.rule) as
      { message: string; help?: string } | undefined;
    expect(f?.message).toMatch(c.message);
    if (c.name.startsWith('a job with no checkout')) expect(f?.help).toMatch(/actions\/checkout/);
  });
});

describe('workflow-policy hardening through the CLI', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const r = await runCli(['workflow-policy', '--format', 'json'], { cwd: c.repo() });
    expect(r.exitCode).toBe(c.verdict === 'error' ? 2 : 1);
    const result = JSON.parse(r.stdout);
    expectValidResult(result);
    expect(result.verdict).toBe(c.verdict);
    const f = result.findings.find((x: { rule: string }) => x.rule === c.rule);
    expect(f?.message).toMatch(c.message);
  });

  it('--workspace pointing at a folder that does not exist is an error naming it', async () => {
    const root = workspace({});
    const r = await runCli(['workflow-policy', '--workspace', 'gone', '--format', 'json'], {
      cwd: root
    });
    expect(r.exitCode).toBe(2);
    expect(JSON.parse(r.stdout).summary).toContain(
      `the workspace ${join(root, 'gone')} does not exist`
    );
  });

  it('decides a 2 MiB workflow with 200,000 keys in one mapping, and refuses a duplicate in it', async () => {
    const keys: string[] = [];
    for (let i = 0; i < 200_000; i++) keys.push(` k${i.toString(36)}: v`);
    const body = GOOD.replace('jobs:\n', `env:\n${keys.join('\n')}\njobs:\n`);
    const ok = await runCli(['workflow-policy', '--format', 'json', '--workflows', W], {
      cwd: workspace({ [W]: body }),
      timeoutMs: 200_000
    });
    const result = JSON.parse(ok.stdout);
    expect(result.evidence.invalid).toEqual([]);
    expect(result.verdict).toBe('pass');
    const run = await runAction('workflow-policy', {
      workspace: workspace({ [W]: body.replace('\njobs:', '\n KA: x\njobs:') }),
      timeoutMs: 200_000
    });
    expect(run.outputs.verdict).toBe('error');
    expect(run.stdout).toMatch(/Map keys must be unique: 'KA' repeats 'ka'/);
  }, 420_000);
});
