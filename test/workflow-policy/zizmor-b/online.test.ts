import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { WorkflowPolicyEvidence } from '../../../src/gates/workflow-policy/index.js';
import { check, of } from '../helpers.js';
import { FakeGitHub } from './fake-github.js';

const W = '.github/workflows/a.yml';
const T = 'a'.repeat(40); // v4.1.1 of actions/checkout
const IMPOSTOR = 'b'.repeat(40);
const REAL_101 = 'c'.repeat(40);
const OLD = 'd'.repeat(40);
const VULN = 'e'.repeat(40);
const MAIN_HISTORY = 'f'.repeat(40);
const MAIN = '1'.repeat(40);

const WORKFLOW = `on: workflow_dispatch
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${T} # v4.1.1
        with:
          persist-credentials: false
      - uses: good/action@${IMPOSTOR} # v1.0.1
      - uses: old/archived@${OLD} # v2.0.0
      - uses: amb/confused@v1
      - uses: vuln/action@${VULN} # v1.2.0
      - uses: good/action@${MAIN_HISTORY}
`;

function seed(gh: FakeGitHub): void {
  gh.repos.set('actions/checkout', { tags: { 'v4.1.1': T, v4: T }, branches: { main: MAIN } });
  gh.repos.set('good/action', {
    tags: { 'v1.0.1': REAL_101 },
    branches: { main: MAIN },
    history: { main: [MAIN_HISTORY, REAL_101] }
  });
  gh.repos.set('old/archived', {
    archived: true,
    tags: { 'v2.0.0': OLD },
    branches: { main: OLD }
  });
  gh.repos.set('amb/confused', { tags: { v1: MAIN }, branches: { v1: MAIN, main: MAIN } });
  gh.repos.set('vuln/action', {
    tags: { 'v1.2.0': VULN },
    branches: { main: VULN },
    advisories: [{ ghsa: 'GHSA-abcd-efgh-ijkl', range: '< 1.3.0', patched: '1.3.0' }]
  });
}

describe('online audits against a local GitHub REST server', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await new FakeGitHub().begin();
    seed(gh);
  });
  afterEach(async () => {
    expect(gh.problems).toEqual([]);
    await gh.stop();
  });

  const run = (extra: Record<string, string> = {}) =>
    check(
      { [W]: WORKFLOW },
      { online: 'true', 'github-token': 'tok-online-123', 'online-timeout': '2s', ...extra },
      { GITHUB_API_URL: gh.apiUrl }
    );

  it('finds impostor, stale, mismatched, archived, confusable and vulnerable references; clean ones pass', async () => {
    const r = await run();
    const lines = (rule: string) => of(r, rule).map((f) => f.line);
    expect(lines('impostor-commit')).toEqual([10]);
    expect(lines('stale-action-refs')).toEqual([10, 14]);
    expect(lines('ref-version-mismatch')).toEqual([10]);
    expect(of(r, 'ref-version-mismatch')[0].message).toContain(
      `v1.0.1 is commit ${REAL_101.slice(0, 12)}`
    );
    expect(lines('archived-uses')).toEqual([11]);
    expect(lines('ref-confusion')).toEqual([12]);
    expect(lines('known-vulnerable-actions')).toEqual([13]);
    expect(of(r, 'known-vulnerable-actions')[0].message).toContain('GHSA-abcd-efgh-ijkl');
    expect(of(r, 'known-vulnerable-actions')[0].help).toContain('1.3.0');
    const ev = r.evidence as unknown as WorkflowPolicyEvidence;
    expect(of(r, 'not-decided').map((f) => f.message)).toEqual([]);
    expect(ev.online.audits['impostor-commit']).toBe('run');
    expect(ev.online.repositories).toBe(5);
    expect(r.summary).not.toContain('not run');
    // The token went to the API, and never into the result.
    expect(gh.at('api').every((h) => h.authorization === 'token tok-online-123')).toBe(true);
    expect(JSON.stringify(r)).not.toContain('tok-online-123');
  });

  it('offline, the online audits are reported as not run — never as passed', async () => {
    const r = await check({ [W]: WORKFLOW }, {}, { GITHUB_API_URL: gh.apiUrl });
    const ev = r.evidence as unknown as WorkflowPolicyEvidence;
    expect(ev.online.requested).toBe(false);
    expect(ev.online.audits).toMatchObject({
      'impostor-commit': 'not run',
      'known-vulnerable-actions': 'not run',
      'stale-action-refs': 'not run',
      'archived-uses': 'not run',
      'ref-confusion': 'not run'
    });
    expect(r.summary).toContain('online audits not run (online: false): impostor-commit');
    expect(gh.hits).toEqual([]);
  });

  it('a repository GitHub does not know cannot be decided: error', async () => {
    gh.repos.delete('old/archived');
    const r = await run();
    expect(r.verdict).toBe('error');
    const nd = of(r, 'not-decided');
    expect(nd.every((f) => f.line === 11)).toBe(true);
    expect(nd[0].message).toContain('GitHub knows no repository old/archived (404)');
  });

  it.each([
    ['500', /answered 500 \(Server Error\)/],
    ['hang', /no complete answer from http:\/\/127\.0\.0\.1:\d+ within 1s/],
    ['garbage', /JSON|json/],
    ['wrong-shape', /unexpected answer: no boolean archived/]
  ] as const)(
    'GitHub answering %s is an error naming the endpoint, never a pass',
    async (fault, re) => {
      gh.fault = fault;
      const r = await run({ 'online-timeout': '1s' });
      expect(r.verdict).toBe('error');
      const nd = of(r, 'not-decided');
      expect(nd.length).toBeGreaterThan(0);
      expect(nd[0].message).toMatch(re);
      const ev = r.evidence as unknown as WorkflowPolicyEvidence;
      expect(Object.values(ev.online.audits)).toContain('error');
      expect(r.summary).toContain('online audits that could not decide');
    },
    60_000
  );
});
