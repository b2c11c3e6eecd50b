import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runAction, runCli } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { GOOD, wf, workspace } from './helpers.js';

const BAD = {
  '.github/workflows/ci.yml': wf(
    `      - uses: actions/checkout@v4
      - run: echo "\${{ github.event.pull_request.title }}"
`,
    '',
    'pull_request'
  ),
  '.github/workflows/ok.yml': GOOD
};

describe('workflow-policy action bundle (dist, run as the runner runs it)', () => {
  it('fails the step, writes outputs, SARIF, summary and annotations', async () => {
    const ws = workspace(BAD);
    const run = await runAction('workflow-policy', {
      workspace: ws,
      inputs: { 'sarif-file': 'out/wp.sarif' }
    });
    expect(run.exitCode).toBe(1);
    expectValidResult(run.result);
    expect(run.result!.verdict).toBe('fail');
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs['findings-count']).toBe('3');
    expect(run.outputs['workflows-scanned']).toBe('2');
    expect(run.outputs['sarif-file']).toBe('out/wp.sarif');
    const sarif = JSON.parse(readFileSync(join(ws, 'out/wp.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId).sort()).toEqual([
      'workflow-policy/concurrency',
      'workflow-policy/pinned-uses',
      'workflow-policy/template-injection'
    ]);
    expect(run.stdout).toMatch(
      /::error title=workflow-policy%3A workflow-policy\/pinned-uses,file=.github\/workflows\/ci.yml,line=7,col=15::/
    );
    expect(run.summary).toContain('workflow-policy: fail');
    expect(run.summary).toContain('Jobs with sensitive write permissions');
    expect(run.summary).toContain('contents: write, id-token: write');
    expect(existsSync(join(run.runnerTemp, 'ci-intel', 'policies.ndjson'))).toBe(true);
  });

  it('passes SHA-pinned, least-privilege workflows; audit mode reports without failing', async () => {
    const ok = await runAction('workflow-policy', {
      workspace: workspace({ '.github/workflows/ok.yml': GOOD })
    });
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs.verdict).toBe('pass');
    expect(ok.outputs['findings-count']).toBe('0');
    const audit = await runAction('workflow-policy', {
      workspace: workspace(BAD),
      inputs: { mode: 'audit' }
    });
    expect(audit.exitCode).toBe(0);
    expect(audit.outputs.verdict).toBe('fail');
  });

  it('a broken policy file fails the step with verdict error naming the input', async () => {
    const run = await runAction('workflow-policy', {
      workspace: workspace({ ...BAD, '.github/ci-intel/workflow-policy.yml': 'rules: [oops\n' })
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(run.stdout).toContain("input 'policy'");
  });
});

describe('ci-intel CLI', () => {
  it("runs on this repository's own .github/workflows and passes", async () => {
    const r = await runCli(['workflow-policy', '--format', 'json'], { cwd: REPO_ROOT });
    const result = JSON.parse(r.stdout);
    expectValidResult(result);
    expect(result.verdict).toBe('pass');
    expect(r.exitCode).toBe(0);
  });

  it('ci-intel check includes workflow-policy', async () => {
    const ws = workspace(BAD);
    const r = await runCli(['check', '--format', 'json', '--workspace', ws]);
    const results = JSON.parse(r.stdout) as { gate: string; verdict: string }[];
    expect(results.find((x) => x.gate === 'workflow-policy')?.verdict).toBe('fail');
    expect(r.exitCode).toBe(1);
  });

  it('flags and --format sarif work like the action inputs', async () => {
    const ws = workspace(BAD);
    const r = await runCli(
      ['workflow-policy', '--workflows', '.github/workflows/ci.yml', '--format', 'sarif'],
      { cwd: ws }
    );
    expect(r.exitCode).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.runs[0].results).toHaveLength(3);
    const text = await runCli(['workflow-policy'], { cwd: ws });
    expect(text.stdout).toContain('FAIL workflow-policy');
    expect(text.stdout).toContain('.github/workflows/ci.yml:8:20');
  });
});
