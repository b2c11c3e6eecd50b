/** The new inputs through the shipped bundle and the CLI, as the runner and a developer run them. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, runCli } from '../../helpers/run-action.js';
import { expectValidResult } from '../../helpers/result-schema.js';
import { SHA, wf, workspace } from '../helpers.js';

const FILES = {
  '.github/workflows/a.yml': wf(
    `      - uses: actions/checkout@${SHA} # v4
      - run: echo "\${{ github.event.issue.title }}"
      - uses: actions/upload-artifact@${SHA} # v4
        with:
          path: out/
`,
    '',
    'pull_request_target'
  )
};

describe('workflow-policy bundle: online off, fix-diff, fix', () => {
  it('offline says the online audits did not run; fix-diff writes the patch and leaves the file alone', async () => {
    const ws = workspace(FILES);
    const run = await runAction('workflow-policy', {
      workspace: ws,
      inputs: { 'fix-diff': 'true' }
    });
    expectValidResult(run.result);
    const findings = run.result!.findings as {
      rule: string;
      severity?: string;
      message?: string;
    }[];
    const errors = findings.filter((f) => f.severity === 'error' && /error|decide/.test(f.rule));
    expect(errors.map((f) => f.message)).toEqual([]);
    expect(run.result!.verdict).toBe('fail');
    expect(run.result!.summary).toContain('online audits not run (online: false)');
    expect(run.stdout).toMatch(/workflow-policy\/dangerous-triggers/);
    const patch = readFileSync(run.outputs['fix-diff-file'], 'utf8');
    expect(patch).toContain('+          persist-credentials: false');
    expect(patch).toContain('+          ISSUE_TITLE: ${{ github.event.issue.title }}');
    expect(readFileSync(join(ws, '.github/workflows/a.yml'), 'utf8')).toBe(
      FILES['.github/workflows/a.yml']
    );
  });

  it('ci-intel workflow-policy --fix writes the fixes; the fixed rules then pass', async () => {
    const ws = workspace(FILES);
    const fixed = await runCli(['workflow-policy', '--workspace', ws, '--fix', '--format', 'json']);
    const r = JSON.parse(fixed.stdout);
    expect(r.evidence.fixes.requested).toBe('apply');
    const again = await runCli(['workflow-policy', '--workspace', ws, '--format', 'json']);
    const rules = JSON.parse(again.stdout).findings.map((f: { rule: string }) => f.rule);
    expect(rules).not.toContain('workflow-policy/template-injection');
    expect(rules).not.toContain('workflow-policy/persist-credentials');
    expect(rules).toContain('workflow-policy/dangerous-triggers');
  });
});
