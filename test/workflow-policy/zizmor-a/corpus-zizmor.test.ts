/**
 * The 1,043-file corpus with every rule at `error` (a copy of ../shared/corpora/workflows plus
 * an all-on policy): no crash, and on the zizmor test-data files it holds, our findings against
 * what zizmor's own snapshots expect, audit by audit. A zizmor finding and one of ours agree
 * when they fall within four lines of each other (the two tools point at different keys of the
 * same step). The table is frozen here and explained in docs/gates/workflow-policy.md ("The job and step audits").
 */
import { beforeAll, expect, it } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GateResult } from '../../../src/core/result.js';
import type { WorkflowPolicyEvidence } from '../../../src/gates/workflow-policy/index.js';
import { RULE_NAMES } from '../../../src/gates/workflow-policy/policy.js';
import { describeWithShared, SHARED, whenShared } from '../../helpers/shared.js';
import { checkIn } from '../helpers.js';
import { ZIZMOR_CASES } from './zizmor-snapshots.js';
import '../../helpers/yaml-library.js';

const CORPUS = join(SHARED, 'corpora', 'workflows');
const names = whenShared(() => readdirSync(CORPUS).sort(), []);
/** zizmor audit → the rule ids that carry its findings here. */
const OURS: Record<string, string[]> = {
  'excessive-permissions': ['permissions'],
  artipacked: ['artipacked', 'persist-credentials']
};

interface Row {
  zizmor: number;
  ours: number;
  both: number;
  zizmorOnly: string[];
  oursOnly: string[];
}

/**
 * Agreement per `audit (persona)`. zizmor-only and ours-only cases are listed as `file:line`;
 * each is a deliberate difference the docs explain.
 */
const EXPECTED: Record<
  string,
  Omit<Row, 'zizmorOnly' | 'oursOnly'> & { zizmorOnly?: string[]; oursOnly?: string[] }
> = {
  'adhoc-packages (regular)': { zizmor: 22, ours: 22, both: 22 },
  'artipacked (auditor)': {
    zizmor: 3,
    ours: 1,
    both: 1,
    zizmorOnly: ['artipacked.yml:28', 'artipacked__issue-447-repro.yml:24']
  },
  'artipacked (regular)': { zizmor: 1, ours: 1, both: 1 },
  'bot-conditions (regular)': { zizmor: 11, ours: 11, both: 11 },
  'cache-poisoning (regular)': { zizmor: 29, ours: 29, both: 29 },
  'excessive-permissions (regular)': {
    zizmor: 12,
    ours: 11,
    both: 8,
    zizmorOnly: [
      'excessive-permissions__issue-472-repro.yml:20',
      'excessive-permissions__reusable-workflow-call.yml:7',
      'excessive-permissions__reusable-workflow-other-triggers.yml:11,19'
    ],
    oursOnly: [
      'excessive-permissions__issue-472-repro.yml:3',
      'excessive-permissions__reusable-workflow-call.yml:1',
      'excessive-permissions__workflow-default-perms-all-jobs-explicit.yml:5'
    ]
  },
  'github-app (regular)': { zizmor: 6, ours: 6, both: 6 },
  'github-env (regular)': { zizmor: 2, ours: 2, both: 2 },
  'insecure-commands (auditor)': {
    zizmor: 4,
    ours: 2,
    both: 2,
    zizmorOnly: ['insecure-commands.yml:30', 'insecure-commands__issue-839-repro.yml:30']
  },
  'insecure-commands (regular)': { zizmor: 1, ours: 1, both: 1 },
  'obfuscation (regular)': { zizmor: 21, ours: 21, both: 21 },
  'overprovisioned-secrets (regular)': {
    zizmor: 2,
    ours: 3,
    both: 2,
    oursOnly: ['overprovisioned-secrets.yml:31']
  },
  'secrets-outside-env (auditor)': {
    zizmor: 1,
    ours: 2,
    both: 1,
    oursOnly: ['secrets-outside-env__issue-2157-repro.yml:24']
  },
  'self-hosted-runner (auditor)': {
    zizmor: 5,
    ours: 6,
    both: 5,
    oursOnly: ['self-hosted__self-hosted-matrix-exclusion.yml:17']
  },
  'self-hosted-runner (regular)': { zizmor: 0, ours: 1, both: 0, oursOnly: ['self-hosted.yml:17'] },
  'template-injection (auditor)': {
    zizmor: 2,
    ours: 1,
    both: 1,
    zizmorOnly: ['template-injection__template-injection-static-matrix.yml:25']
  },
  'template-injection (regular)': {
    zizmor: 8,
    ours: 5,
    both: 5,
    zizmorOnly: [
      'template-injection__issue-1903-repro.yml:21',
      'template-injection__issue-339-repro.yml:30',
      'template-injection__pr-317-repro.yml:28'
    ]
  },
  'unpinned-images (regular)': {
    zizmor: 3,
    ours: 6,
    both: 3,
    oursOnly: [
      'unpinned-images__matrix-in-image.yml:20,20',
      'unpinned-images__urllib3-empty-matrix-container.yml:51'
    ]
  },
  'unpinned-tools (regular)': { zizmor: 5, ours: 5, both: 5 },
  'unredacted-secrets (regular)': { zizmor: 2, ours: 2, both: 2 },
  'unsound-condition (regular)': { zizmor: 9, ours: 9, both: 9 },
  'unsound-contains (regular)': { zizmor: 5, ours: 5, both: 5 },
  'unsound-ternary (regular)': {
    zizmor: 1,
    ours: 0,
    both: 0,
    zizmorOnly: ['unsound-ternary__issue-746-repro.yml:11']
  }
};

let result: GateResult;

beforeAll(async () => {
  if (!names.length) return;
  const root = mkdtempSync(join(tmpdir(), 'wp-zizmor-corpus-'));
  cpSync(CORPUS, join(root, 'wf'), { recursive: true });
  mkdirSync(join(root, '.github', 'ci-intel'), { recursive: true });
  writeFileSync(
    join(root, '.github', 'ci-intel', 'workflow-policy.yml'),
    `rules:\n${RULE_NAMES.map((r) => `  ${r}: error`).join('\n')}\n`
  );
  result = await checkIn(root, { workflows: 'wf' });
}, 180_000);

describeWithShared('corpus with every rule on', () => {
  it('checks all 1,043 files without a crash or an internal error', () => {
    const ev = result.evidence as unknown as WorkflowPolicyEvidence;
    expect(ev.filesScanned).toBe(1043);
    expect(result.findings.some((f) => f.rule === 'gate/error')).toBe(false);
    expect(result.findings.filter((f) => /internal error/.test(f.message))).toEqual([]);
    for (const r of RULE_NAMES) expect([r, ev.policy.levels[r]]).toEqual([r, 'error']);
    expect(ev.invalid.length).toBeLessThan(60);
  });

  it("agrees with zizmor's snapshots on its own test data, as documented", () => {
    const table: Record<string, Row> = {};
    for (const c of ZIZMOR_CASES) {
      const file = `wf/${c.file}`;
      for (const audit of c.audits) {
        const ours = OURS[audit] ?? [audit];
        const got = result.findings
          .filter((f) => f.file === file && ours.includes(f.rule.replace('workflow-policy/', '')))
          .map((f) => f.line ?? 0)
          .sort((a, b) => a - b);
        const want = c.lines.filter(([a]) => a === audit).map(([, l]) => l);
        const left = [...got];
        const missed: number[] = [];
        for (const l of want) {
          let best = -1;
          left.forEach((g, i) => {
            if (Math.abs(g - l) <= 4 && (best < 0 || Math.abs(g - l) < Math.abs(left[best] - l)))
              best = i;
          });
          if (best >= 0) left.splice(best, 1);
          else missed.push(l);
        }
        const row = (table[`${audit} (${c.persona})`] ??= {
          zizmor: 0,
          ours: 0,
          both: 0,
          zizmorOnly: [],
          oursOnly: []
        });
        row.zizmor += want.length;
        row.ours += got.length;
        row.both += want.length - missed.length;
        const short = c.file.replace('zizmor-testdata__', '');
        if (missed.length) row.zizmorOnly.push(`${short}:${missed.join(',')}`);
        if (left.length) row.oursOnly.push(`${short}:${left.join(',')}`);
      }
    }
    const norm = (r: Partial<Row>) => ({
      zizmor: r.zizmor,
      ours: r.ours,
      both: r.both,
      zizmorOnly: [...(r.zizmorOnly ?? [])].sort(),
      oursOnly: [...(r.oursOnly ?? [])].sort()
    });
    expect(Object.fromEntries(Object.entries(table).map(([k, v]) => [k, norm(v)]))).toEqual(
      Object.fromEntries(Object.entries(EXPECTED).map(([k, v]) => [k, norm(v)]))
    );
  });
});
