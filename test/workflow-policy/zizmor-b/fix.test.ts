import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkflowPolicyEvidence } from '../../../src/gates/workflow-policy/index.js';
import { applyEdits, unifiedDiff } from '../../../src/gates/workflow-policy/fix/patch.js';
import { checkIn, of, workspace } from '../helpers.js';
import { FakeGitHub } from './fake-github.js';

const W = '.github/workflows/a.yml';
const V4 = '0123456789abcdef0123456789abcdef01234567';
const UP = '89abcdef0123456789abcdef0123456789abcdef';

// Comments, odd quoting and blank lines that a re-serialiser would lose.
const BEFORE = `# release pipeline — keep the comments
on:
  issues:
    types: [opened]   # only new issues

permissions: {}

jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: 'Say hello'
        run: |
          echo "title: \${{ github.event.issue.title }}"   # keep me
          echo "again \${{ github.event.issue.title }} and \${{ github.event.issue.body }}"
      - uses: actions/upload-artifact@${UP} # v4.6.2
        with:
          name: logs
          path: out/

  pwsh:
    runs-on: windows-latest
    steps:
      - shell: pwsh
        env:
          EXISTING: "1"
        run: Write-Output "\${{ github.head_ref }}"
`;

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('fixes: a unified patch that git apply accepts, edits by source position', () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await new FakeGitHub().begin();
    gh.repos.set('actions/checkout', {
      tags: { v4: V4, 'v4.2.2': V4, 'v4.2': V4 },
      branches: { main: V4 }
    });
  });
  afterAll(async () => {
    expect(gh.problems).toEqual([]);
    await gh.stop();
  });

  it('fix-diff prints the patch; git apply takes it; the patched file passes those rules; nothing else changes', async () => {
    const root = workspace({ [W]: BEFORE });
    git(root, 'init', '-q');
    const temp = mkdtempSync(join(tmpdir(), 'wp-fix-'));
    const logs: string[] = [];
    const { runGate } = await import('../../../src/core/run-gate.js');
    const { workflowPolicy } = await import('../../../src/gates/workflow-policy/index.js');
    const r = await runGate(
      workflowPolicy,
      { 'fix-diff': 'true', online: 'true', 'github-token': 'tok' },
      {
        workspace: root,
        tempDir: temp,
        env: { GITHUB_API_URL: gh.apiUrl },
        now: () => new Date('2026-11-23T12:00:00Z'),
        log: (m) => logs.push(m),
        secret: () => undefined
      }
    );
    const ev = r.evidence as unknown as WorkflowPolicyEvidence;
    expect(ev.fixes.requested).toBe('diff');
    const patch = readFileSync(r.outputs['fix-diff-file'], 'utf8');
    expect(logs.join('\n')).toContain(patch.trim());
    expect(patch).toContain(
      `-      - uses: actions/checkout@v4\n+      - uses: actions/checkout@${V4} # v4.2.2`
    );
    expect(patch).toContain('+          persist-credentials: false');
    expect(patch).toContain('+          ISSUE_TITLE: ${{ github.event.issue.title }}');
    expect(patch).toContain('+          HEAD_REF: ${{ github.head_ref }}');
    expect(patch).toContain('+        run: Write-Output "$env:HEAD_REF"');
    // The file itself is untouched by fix-diff.
    expect(readFileSync(join(root, W), 'utf8')).toBe(BEFORE);
    writeFileSync(join(temp, 'fix.patch'), patch);
    git(root, 'apply', '--check', join(temp, 'fix.patch'));
    git(root, 'apply', join(temp, 'fix.patch'));
    const after = readFileSync(join(root, W), 'utf8');
    expect(after).toContain('echo "title: ${ISSUE_TITLE}"   # keep me');
    expect(after).toContain('echo "again ${ISSUE_TITLE} and ${ISSUE_BODY}"');
    // Every line of the original is still there, in order: edits only add or rewrite in place.
    const kept = BEFORE.split('\n').filter((l) => !/checkout@v4$|issue\.|head_ref/.test(l));
    let at = 0;
    const lines = after.split('\n');
    for (const l of kept) {
      const i = lines.indexOf(l, at);
      expect(i).toBeGreaterThanOrEqual(at);
      at = i + 1;
    }
    const again = await checkIn(root, {}, { GITHUB_API_URL: gh.apiUrl });
    expect(of(again, 'pinned-uses')).toEqual([]);
    expect(of(again, 'persist-credentials')).toEqual([]);
    expect(of(again, 'template-injection')).toEqual([]);
  });

  it('fix writes the same edits into the file; fixed findings become notes', async () => {
    const root = workspace({ [W]: BEFORE });
    const r = await checkIn(
      root,
      { fix: 'true', online: 'true', 'github-token': 'tok' },
      { GITHUB_API_URL: gh.apiUrl }
    );
    const fixed = readFileSync(join(root, W), 'utf8');
    const { text } = applyEdits(BEFORE, []);
    expect(text).toBe(BEFORE);
    expect(fixed).not.toBe(BEFORE);
    // Two findings on one step share one env entry per value; each edit is applied once.
    expect(fixed.split('ISSUE_TITLE: ').length - 1).toBe(1);
    expect(fixed.split('persist-credentials: false').length - 1).toBe(1);
    expect(of(r, 'template-injection').every((f) => f.severity === 'note')).toBe(true);
    expect(
      of(r, 'pinned-uses').every((f) => f.severity === 'note' && f.message.startsWith('fixed'))
    ).toBe(true);
    const again = await checkIn(root, {}, { GITHUB_API_URL: gh.apiUrl });
    expect(of(again, 'template-injection')).toEqual([]);
    expect(of(again, 'pinned-uses')).toEqual([]);
  });

  it('offline, a tag no scanned workflow pins gets no SHA fix (the finding stays)', async () => {
    const root = workspace({ [W]: BEFORE });
    const r = await checkIn(root, { fix: 'true' });
    expect(readFileSync(join(root, W), 'utf8')).toContain('actions/checkout@v4\n');
    expect(of(r, 'pinned-uses')[0].severity).toBe('error');
    const ev = r.evidence as unknown as WorkflowPolicyEvidence;
    expect(ev.fixes.unfixable).toBeGreaterThan(0);
  });

  it('offline, the SHA another workflow pins for that tag is used', async () => {
    const root = workspace({
      [W]: BEFORE,
      '.github/workflows/b.yml': `on: push\npermissions: {}\njobs:\n  j:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@${V4} # v4\n        with: { persist-credentials: false }\n`
    });
    await checkIn(root, { fix: 'true' });
    expect(readFileSync(join(root, W), 'utf8')).toContain(`actions/checkout@${V4} # v4\n`);
  });

  it('unifiedDiff output round-trips through git apply for inserts at the start, middle and end', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wp-diff-'));
    git(dir, 'init', '-q');
    const before = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n') + '\n';
    const after = applyEdits(before, [
      { start: 0, end: 0, insert: 'first\n' },
      { start: before.indexOf('line 15'), end: before.indexOf('line 15') + 7, insert: 'LINE 15' },
      { start: before.length, end: before.length, insert: 'last\n' }
    ]).text;
    writeFileSync(join(dir, 'f.txt'), before);
    writeFileSync(join(dir, 'p.patch'), unifiedDiff('f.txt', before, after));
    git(dir, 'apply', 'p.patch');
    expect(readFileSync(join(dir, 'f.txt'), 'utf8')).toBe(after);
  });
});
