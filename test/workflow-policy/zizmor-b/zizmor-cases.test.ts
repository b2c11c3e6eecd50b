/**
 * zizmor's own integration cases (crates/zizmor/tests/integration/test-data, copied into
 * ../shared/corpora/workflows as zizmor-testdata__*.yml) run through our rules. `zizmor` is the
 * lines its insta snapshots report (facts read from zizmor 1.30.0-rc1, not run); `ours` is what
 * this gate reports. Where they differ, `why` says why (docs/gates/workflow-policy.md has the
 * same table).
 */
import { expect } from '@jest/globals';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeWithShared, itWithShared, SHARED } from '../../helpers/shared.js';
import { checkIn, of, workspace } from '../helpers.js';

interface Case {
  rule: string;
  file: string;
  zizmor: number[];
  ours?: number[];
  why?: string;
  settings?: Record<string, unknown>;
}

const CASES: Case[] = [
  { rule: 'dangerous-triggers', file: 'dangerous-triggers__actions-labeler.yml', zizmor: [] },
  { rule: 'misfeature', file: 'misfeature__setup-python-pip-install.yml', zizmor: [14] },
  { rule: 'misfeature', file: 'misfeature__issue-1414-repro.yml', zizmor: [13] },
  { rule: 'misfeature', file: 'misfeature__workflow-cmd-default-shell.yml', zizmor: [10] },
  {
    rule: 'misfeature',
    file: 'misfeature__non-well-known-shell.yml',
    zizmor: [18],
    ours: [],
    why: 'zizmor reports other shells only in its auditor persona'
  },
  { rule: 'concurrency-limits', file: 'concurrency-limits__cancel-false.yml', zizmor: [] },
  { rule: 'concurrency-limits', file: 'concurrency-limits__no-cancel.yml', zizmor: [5] },
  { rule: 'concurrency-limits', file: 'concurrency-limits__issue-1511-repro.yml', zizmor: [] },
  { rule: 'concurrency-limits', file: 'concurrency-limits__cancel-true.yml', zizmor: [] },
  { rule: 'concurrency-limits', file: 'concurrency-limits__cancel-expr.yml', zizmor: [] },
  { rule: 'concurrency-limits', file: 'concurrency-limits__job-cancel-true.yml', zizmor: [] },
  {
    rule: 'concurrency',
    file: 'concurrency-limits__missing.yml',
    zizmor: [2],
    why: 'a missing group is our concurrency rule (push / pull_request workflows)'
  },
  {
    rule: 'concurrency-limits',
    file: 'concurrency-limits__jobs-missing-no-cancel.yml',
    zizmor: [2, 2],
    ours: [9],
    why: 'same decision; we point at the job’s bare concurrency, zizmor at on:'
  },
  { rule: 'typosquat-uses', file: 'typosquat-uses.yml', zizmor: [17, 20, 23, 26, 29] },
  {
    rule: 'superfluous-actions',
    file: 'superfluous-actions.yml',
    zizmor: [16, 19],
    ours: [],
    why: 'both entries are in zizmor’s pedantic list, which we do not flag'
  },
  {
    rule: 'self-repository',
    file: 'self-repository.yml',
    zizmor: [18, 23],
    settings: { 'self-repository': 'warning' }
  },
  {
    rule: 'undocumented-permissions',
    file: 'undocumented-permissions.yml',
    zizmor: [8, 33, 48, 60],
    settings: { 'undocumented-permissions': 'warning' }
  },
  ...[
    ['documented', []],
    ['contents-read-only', []],
    ['empty-permissions', []],
    ['contents-read-with-other', [8]],
    ['partially-documented', [8, 22, 35]]
  ].map(([f, z]): Case => ({
    rule: 'undocumented-permissions',
    file: `undocumented-permissions__${f as string}.yml`,
    zizmor: z as number[],
    settings: { 'undocumented-permissions': 'warning' }
  })),
  {
    rule: 'anonymous-definition',
    file: 'anonymous-definition.yml',
    zizmor: [5, 21],
    settings: { 'anonymous-definition': 'warning' }
  },
  {
    rule: 'use-trusted-publishing',
    file: 'use-trusted-publishing.yml',
    zizmor: [19, 26, 34, 52, 59, 66, 83, 96]
  },
  {
    rule: 'use-trusted-publishing',
    file: 'use-trusted-publishing__cargo-publish.yml',
    zizmor: [13, 18, 25, 50, 55, 62]
  },
  {
    rule: 'use-trusted-publishing',
    file: 'use-trusted-publishing__npm-publish.yml',
    zizmor: [15, 21, 27, 33, 44, 50, 58, 64, 70, 76, 82, 130]
  },
  {
    rule: 'use-trusted-publishing',
    file: 'use-trusted-publishing__issue-1191-repro.yml',
    zizmor: []
  },
  {
    rule: 'use-trusted-publishing',
    file: 'use-trusted-publishing__nuget-push.yml',
    zizmor: [12, 15, 18]
  },
  {
    rule: 'use-trusted-publishing',
    file: 'use-trusted-publishing__gem-push.yml',
    zizmor: [12, 15, 20]
  },
  {
    rule: 'use-trusted-publishing',
    file: 'use-trusted-publishing__twine-upload.yml',
    zizmor: [12, 15, 19, 26]
  },
  {
    rule: 'use-trusted-publishing',
    file: 'use-trusted-publishing__bun-publish.yml',
    zizmor: [12, 15, 20, 27]
  },
  {
    rule: 'secrets-inherit',
    file: 'secrets-inherit.yml',
    zizmor: [10],
    ours: [12],
    why: 'same call flagged; we point at `secrets: inherit`, zizmor at `uses:`'
  },
  { rule: 'pinned-uses', file: 'unpinned-uses.yml', zizmor: [16] },
  { rule: 'pinned-uses', file: 'unpinned-uses__issue-433-repro.yml', zizmor: [] },
  { rule: 'pinned-uses', file: 'unpinned-uses__issue-659-repro.yml', zizmor: [24] },
  {
    rule: 'pinned-uses',
    file: 'unpinned-uses__issue-1543-repro.yml',
    zizmor: [18],
    ours: [17],
    why: 'a block scalar `uses: >`: we point at the indicator, zizmor at its content'
  },
  {
    rule: 'pinned-uses',
    file: 'unpinned-uses__menagerie-of-uses.yml',
    zizmor: [12, 14, 22, 24, 26]
  },
  { rule: 'pinned-uses', file: 'unpinned-uses__reusable-workflow-unpinned.yml', zizmor: [17, 21] },
  {
    rule: 'ref-version-mismatch',
    file: 'ref-version-mismatch.yml',
    zizmor: [25, 28],
    ours: [],
    why: 'needs the tags (online: true); offline we only compare pins across files'
  }
];

describeWithShared('zizmor’s integration cases through our rules', () => {
  const corpus = join(SHARED, 'corpora', 'workflows');
  for (const c of CASES) {
    const expected = c.ours ?? c.zizmor;
    itWithShared(
      `${c.rule}: ${c.file} → lines [${expected.join(', ')}]${c.why ? ` (zizmor [${c.zizmor.join(', ')}]: ${c.why})` : ''}`,
      async () => {
        const root = workspace({});
        mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
        copyFileSync(
          join(corpus, `zizmor-testdata__${c.file}`),
          join(root, '.github', 'workflows', 'x.yml')
        );
        const rules = { [c.rule]: 'warning', ...(c.settings ?? {}) };
        mkdirSync(join(root, '.ci-intel'));
        writeFileSync(
          join(root, '.ci-intel', 'config.yml'),
          `version: 1\nworkflow-policy:\n  rules: ${JSON.stringify(rules)}\n`
        );
        const r = await checkIn(root);
        expect(of(r, 'invalid-workflow')).toEqual([]);
        const lines = [...new Set(of(r, c.rule).map((f) => f.line ?? 0))].sort((a, b) => a - b);
        expect(lines).toEqual([...new Set(expected)].sort((a, b) => a - b));
      }
    );
  }

  it('agreement is counted, not assumed', () => {
    const agree = CASES.filter((c) => !c.ours || c.ours.join() === c.zizmor.join()).length;
    expect(agree).toBe(33);
    expect(CASES.length).toBe(39);
  });
});
