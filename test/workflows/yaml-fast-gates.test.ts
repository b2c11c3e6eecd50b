/**
 * The gates' whole results on the corpus are byte-identical with the fast YAML reader on and
 * forced off: workflow-policy with every offline rule on, and pr-target-ban — findings,
 * messages, lines and columns, help, verdicts, evidence, summaries and SARIF.
 */
import { beforeAll, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GateResult } from '../../src/core/result.js';
import { toSarif } from '../../src/core/report/sarif.js';
import { runGate } from '../../src/core/run-gate.js';
import { prTargetBan } from '../../src/gates/pr-target-ban/index.js';
import { workflowPolicy } from '../../src/gates/workflow-policy/index.js';
import { RULE_NAMES } from '../../src/gates/workflow-policy/policy.js';
import { setFastYaml } from '../../src/workflows/yaml-doc.js';
import { describeWithShared, SHARED, whenShared } from '../helpers/shared.js';
import '../helpers/yaml-library.js';

const CORPUS = join(SHARED, 'corpora', 'workflows');
let ws = '';

beforeAll(() => {
  const files = whenShared(() => readdirSync(CORPUS).filter((f) => /\.ya?ml$/.test(f)), []);
  ws = mkdtempSync(join(tmpdir(), 'yaml-fast-gates-'));
  for (const f of files) copyFileSync(join(CORPUS, f), join(ws, f));
  mkdirSync(join(ws, '.ci-intel'));
  writeFileSync(
    join(ws, '.ci-intel', 'config.yml'),
    `version: 1\nworkflow-policy:\n  rules:\n${RULE_NAMES.map((r) => `    ${r}: warning\n`).join('')}`
  );
});

const ctx = () => ({
  workspace: ws,
  tempDir: tmpdir(),
  env: {},
  now: () => new Date('2026-11-23T12:00:00Z'),
  log: () => undefined,
  secret: () => undefined
});

/** The result without the run's own clock readings (the only fields allowed to differ). */
function untimed(r: GateResult): GateResult {
  expect(typeof r.startedAt).toBe('string');
  expect(typeof r.durationMs).toBe('number');
  return { ...r, startedAt: '', durationMs: 0 };
}

/** Where two texts first differ, with some context (empty when equal). */
function firstDifference(a: string, b: string): string {
  if (a === b) return '';
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: fast …${a.slice(Math.max(0, i - 200), i + 200)}… library …${b.slice(Math.max(0, i - 200), i + 200)}…`;
}

async function both(run: () => Promise<string>): Promise<[string, string]> {
  const was = setFastYaml(true);
  try {
    const fast = await run();
    setFastYaml(false);
    const lib = await run();
    return [fast, lib];
  } finally {
    setFastYaml(was);
  }
}

describeWithShared('gate results with the fast YAML reader on and off', () => {
  it('workflow-policy, every offline rule on: byte-identical result and SARIF', async () => {
    const [fast, lib] = await both(async () => {
      const r = untimed(await runGate(workflowPolicy, { workflows: '.' }, ctx()));
      return JSON.stringify({ r, sarif: toSarif(r, workflowPolicy.rules, '0.0.0') });
    });
    expect(fast.length).toBeGreaterThan(100_000);
    const parsed = JSON.parse(fast) as { r: { findings: unknown[]; evidence: { filesScanned: number } } };
    expect(parsed.r.evidence.filesScanned).toBe(1043);
    expect(parsed.r.findings.length).toBeGreaterThan(1000);
    expect(firstDifference(fast, lib)).toBe('');
  }, 180_000);

  it('pr-target-ban: byte-identical result and SARIF', async () => {
    const [fast, lib] = await both(async () => {
      const r = untimed(await runGate(prTargetBan, { workflows: '.', allowlist: 'none.yml' }, ctx()));
      return JSON.stringify({ r, sarif: toSarif(r, prTargetBan.rules, '0.0.0') });
    });
    expect(fast.length).toBeGreaterThan(10_000);
    expect(firstDifference(fast, lib)).toBe('');
  }, 180_000);
});
