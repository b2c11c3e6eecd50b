/** The structured sections of the configuration reach the gates; the old files keep working. */
import { describe, expect, it } from '@jest/globals';
import { runGate } from '../../src/core/run-gate.js';
import { prTargetBan } from '../../src/gates/pr-target-ban/index.js';
import { workflowPolicy } from '../../src/gates/workflow-policy/index.js';
import { makeRepo, testContext } from '../helpers/temp-repo.js';

const TARGET =
  'name: label\non: pull_request_target\npermissions: {}\njobs:\n  l:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps:\n      - run: echo labels\n';
const ENTRY = `    - workflow: .github/workflows/label.yml\n      justification: labels only, never checks out the head\n      expires: "2027-06-30"\n      approved-by: "@acme/security"\n`;
const OWNERS = '/.ci-intel/ @acme/security\n/.github/ @acme/security\n';

describe('pr-target-ban.allow', () => {
  it('an entry in .ci-intel/config.yml allows the workflow, CODEOWNERS-approved on the config file', async () => {
    const ws = makeRepo({
      '.github/workflows/label.yml': TARGET,
      '.github/CODEOWNERS': OWNERS,
      '.ci-intel/config.yml': `version: 1\npr-target-ban:\n  allow:\n${ENTRY}`
    });
    const r = await runGate(prTargetBan, {}, testContext(ws));
    expect(r.verdict).toBe('pass');
    expect(r.findings.map((f) => f.rule)).toContain('pr-target/allowlisted');
    expect(r.evidence.allowlist).toEqual({ file: '.ci-intel/config.yml:3', entries: 1 });
  });
  it('without the entry the same workflow fails', async () => {
    const ws = makeRepo({
      '.github/workflows/label.yml': TARGET,
      '.github/CODEOWNERS': OWNERS,
      '.ci-intel/config.yml': 'version: 1\npr-target-ban:\n  allow: []\n'
    });
    expect((await runGate(prTargetBan, {}, testContext(ws))).verdict).toBe('fail');
  });
  it('the old file still works, with a notice naming the new place', async () => {
    const ws = makeRepo({
      '.github/workflows/label.yml': TARGET,
      '.github/CODEOWNERS': OWNERS,
      '.github/ci-intel/pr-target-allowlist.yml': `allow:\n${ENTRY.replace(/^ {4}/gm, '  ')}`
    });
    const r = await runGate(prTargetBan, {}, testContext(ws));
    expect(r.verdict).toBe('pass');
    expect(r.findings.find((f) => f.rule === 'pr-target/allowlist-file-deprecated')).toMatchObject({
      severity: 'note',
      file: '.github/ci-intel/pr-target-allowlist.yml',
      message: expect.stringMatching(/pr-target-ban\.allow of \.ci-intel\/config\.yml/)
    });
  });
  it('both places at once is an error: one source per setting', async () => {
    const ws = makeRepo({
      '.github/workflows/label.yml': TARGET,
      '.github/ci-intel/pr-target-allowlist.yml': 'allow: []\n',
      '.ci-intel/config.yml': 'version: 1\npr-target-ban:\n  allow: []\n'
    });
    const r = await runGate(prTargetBan, {}, testContext(ws));
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toMatch(/the allowlist is set twice/);
  });
});

describe('workflow-policy.rules', () => {
  const unpinned =
    'name: ci\non: push\npermissions: {}\nconcurrency: { group: ci, cancel-in-progress: true }\njobs:\n  b:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps:\n      - uses: someone/action@v1\n';
  it('a rule level from the configuration applies', async () => {
    const strict = makeRepo({
      '.github/workflows/ci.yml': unpinned,
      '.ci-intel/config.yml': 'version: 1\n'
    });
    expect((await runGate(workflowPolicy, {}, testContext(strict))).verdict).toBe('fail');
    const relaxed = makeRepo({
      '.github/workflows/ci.yml': unpinned,
      '.ci-intel/config.yml': 'version: 1\nworkflow-policy:\n  rules:\n    pinned-uses: warning\n'
    });
    const r = await runGate(workflowPolicy, {}, testContext(relaxed));
    expect(r.verdict).toBe('pass');
    expect(r.findings.find((f) => f.rule === 'workflow-policy/pinned-uses')?.severity).toBe(
      'warning'
    );
  });
  it('an organisation can lock the rules so a repository cannot relax them', async () => {
    const ws = makeRepo({
      '.github/workflows/ci.yml': unpinned,
      '.ci-intel/org.yml':
        'version: 1\npolicy:\n  locked: [workflow-policy.rules]\nworkflow-policy:\n  rules:\n    pinned-uses: error\n',
      '.ci-intel/config.yml':
        'version: 1\nextends: org.yml\nworkflow-policy:\n  rules:\n    pinned-uses: off\n'
    });
    const r = await runGate(workflowPolicy, {}, testContext(ws));
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toMatch(
      /workflow-policy\.rules is locked by org \.ci-intel\/org\.yml/
    );
  });
  it('the old policy file still works, with a notice', async () => {
    const ws = makeRepo({
      '.github/workflows/ci.yml': unpinned,
      '.github/ci-intel/workflow-policy.yml': 'rules:\n  pinned-uses: warning\n'
    });
    const r = await runGate(workflowPolicy, {}, testContext(ws));
    expect(r.verdict).toBe('pass');
    expect(r.findings.map((f) => f.rule)).toContain('workflow-policy/policy-file-deprecated');
  });
});

describe("the hub's own repository", () => {
  it('is configured through .ci-intel/config.yml and passes its own repository gates', async () => {
    const { REPO_ROOT } = await import('../helpers/run-action.js');
    for (const gate of [prTargetBan, workflowPolicy]) {
      const r = await runGate(gate, {}, testContext(REPO_ROOT, new Date()));
      expect(`${gate.name}: ${r.verdict}`).toBe(`${gate.name}: pass`);
      expect((r.evidence as { config?: { files: string[] } }).config?.files).toEqual([
        '.ci-intel/config.yml'
      ]);
    }
  });
});
