/**
 * The 1,043 real workflows of ../shared/corpora/workflows with every offline rule on: no crash
 * and no internal error, and the fix patch for the whole corpus is one `git apply` accepts, after
 * which the fixed findings are gone.
 */
import { beforeAll, expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GateResult } from '../../../src/core/result.js';
import type { WorkflowPolicyEvidence } from '../../../src/gates/workflow-policy/index.js';
import { RULE_NAMES } from '../../../src/gates/workflow-policy/policy.js';
import { describeWithShared, itWithShared, SHARED, whenShared } from '../../helpers/shared.js';
import { checkIn } from '../helpers.js';
import '../../helpers/yaml-library.js';

const CORPUS = join(SHARED, 'corpora', 'workflows');
const names = whenShared(() => readdirSync(CORPUS).filter((f) => /\.ya?ml$/.test(f)), []);
let root = '';
let result: GateResult;
const count = (r: GateResult, rule: string) =>
  r.findings.filter((f) => f.rule === `workflow-policy/${rule}` && f.severity !== 'note').length;

beforeAll(async () => {
  if (!names.length) return;
  root = mkdtempSync(join(tmpdir(), 'wp-corpus-b-'));
  for (const n of names) copyFileSync(join(CORPUS, n), join(root, n));
  mkdirSync(join(root, '.ci-intel'));
  writeFileSync(
    join(root, '.ci-intel', 'config.yml'),
    `version: 1\nworkflow-policy:\n  rules:\n${RULE_NAMES.map((r) => `    ${r}: warning\n`).join('')}`
  );
  result = await checkIn(root, { workflows: '.', 'fix-diff': 'true' });
}, 300_000);

describeWithShared('corpus with every offline rule on', () => {
  itWithShared('gives every file a verdict, without internal errors', () => {
    const ev = result.evidence as unknown as WorkflowPolicyEvidence;
    expect(ev.filesScanned).toBe(1043);
    expect(result.findings.some((f) => f.rule === 'gate/error')).toBe(false);
    expect(result.findings.some((f) => /internal error/.test(f.message))).toBe(false);
    for (const r of ['dangerous-triggers', 'use-trusted-publishing', 'job-timeout', 'misfeature'])
      expect(count(result, r)).toBeGreaterThan(0);
    expect(ev.online.audits['impostor-commit']).toBe('not run');
  });

  itWithShared(
    'the corpus-wide fix patch applies with git apply, and the fixed findings are gone',
    async () => {
      const ev = result.evidence as unknown as WorkflowPolicyEvidence;
      expect(ev.fixes.files.length).toBeGreaterThan(10);
      const patch = readFileSync(ev.fixes.patchFile!, 'utf8');
      const git = (...a: string[]) => execFileSync('git', a, { cwd: root, stdio: 'pipe' });
      git('init', '-q');
      writeFileSync(join(root, '..', `${root.split('/').pop()}.patch`), patch);
      git('apply', '--check', join(root, '..', `${root.split('/').pop()}.patch`));
      git('apply', join(root, '..', `${root.split('/').pop()}.patch`));
      const after = await checkIn(root, { workflows: '.' });
      expect(count(after, 'persist-credentials')).toBeLessThan(
        count(result, 'persist-credentials')
      );
      expect(count(after, 'template-injection')).toBeLessThan(count(result, 'template-injection'));
      // A fix never makes a file unreadable.
      const evAfter = after.evidence as unknown as WorkflowPolicyEvidence;
      expect(evAfter.invalid.length).toBe(ev.invalid.length);
    },
    300_000
  );
});
