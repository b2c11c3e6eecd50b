/** dependabot-cooldown and dependabot-execution: .github/dependabot.yml read when present, strictly. */
import { describe, expect, it } from '@jest/globals';
import type { WorkflowPolicyEvidence } from '../../../src/gates/workflow-policy/index.js';
import { check, of, wf } from '../helpers.js';

const W = '.github/workflows/a.yml';
const D = '.github/dependabot.yml';
const ok = wf('      - run: echo\n');

describe('Dependabot configuration', () => {
  it('flags updates without (enough) cooldown and insecure-external-code-execution: allow', async () => {
    const r = await check({
      [W]: ok,
      [D]: `version: 2
updates:
  - package-ecosystem: npm
    directory: /
    schedule: { interval: weekly }
  - package-ecosystem: pip
    directory: /
    schedule: { interval: weekly }
    cooldown:
      default-days: 3
  - package-ecosystem: bundler
    directory: /
    schedule: { interval: weekly }
    insecure-external-code-execution: allow
    cooldown:
      default-days: 7
  - package-ecosystem: cargo
    directory: /
    schedule: { interval: weekly }
    cooldown:
      semver-major-days: 30
`
    });
    expect(of(r, 'dependabot-cooldown').map((f) => [f.file, f.line])).toEqual([
      [D, 3],
      [D, 10],
      [D, 20]
    ]);
    expect(of(r, 'dependabot-execution').map((f) => f.line)).toEqual([14]);
    expect(r.verdict).toBe('fail');
    const ev = r.evidence as unknown as WorkflowPolicyEvidence;
    expect(ev.dependabot).toEqual({ file: D, updates: 4 });
  });

  it('the minimum is configurable (rules.dependabot-cooldown.days)', async () => {
    const r = await check({
      [W]: ok,
      [D]: 'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule: { interval: weekly }\n    cooldown: { default-days: 3 }\n',
      '.ci-intel/config.yml':
        'version: 1\nworkflow-policy:\n  rules:\n    dependabot-cooldown: { days: 2 }\n'
    });
    expect(of(r, 'dependabot-cooldown')).toEqual([]);
  });

  it('no file: nothing to check there (evidence says so); the workflows still decide', async () => {
    const r = await check({ [W]: ok });
    expect((r.evidence as unknown as WorkflowPolicyEvidence).dependabot.file).toBeNull();
    expect(r.verdict).toBe('pass');
  });

  it.each([
    ['duplicate keys', 'version: 2\nupdates: []\nupdates: []\n', /Map keys must be unique/],
    ['two documents', 'version: 2\nupdates: []\n---\nversion: 2\n', /more than one YAML document/],
    ['wrong version', 'version: 1\nupdates: []\n', /expected version: 2, got 1/],
    ['updates not a list', 'version: 2\nupdates: { a: 1 }\n', /list of updates/],
    [
      'bad execution value',
      'version: 2\nupdates:\n  - package-ecosystem: npm\n    insecure-external-code-execution: yes\n',
      /must be allow or deny/
    ],
    [
      'days not a number',
      'version: 2\nupdates:\n  - cooldown: { default-days: soon }\n',
      /whole number/
    ]
  ])('%s → error naming the file, never a pass', async (_name, text, re) => {
    const r = await check({ [W]: ok, [D]: text });
    expect(r.verdict).toBe('error');
    const nd = of(r, 'not-decided');
    expect(nd[0].file).toBe(D);
    expect(nd[0].message).toMatch(re);
  });

  it('both dependabot.yml and dependabot.yaml: cannot tell which one Dependabot reads → error', async () => {
    const text = 'version: 2\nupdates: []\n';
    const r = await check({ [W]: ok, [D]: text, '.github/dependabot.yaml': text });
    expect(r.verdict).toBe('error');
    expect(of(r, 'not-decided')[0].message).toContain('both');
  });
});
