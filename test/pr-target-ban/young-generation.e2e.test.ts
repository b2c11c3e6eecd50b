/**
 * pr-target-ban holds V8's young generation through a long scan (src/core/young-generation.ts):
 * the shipped bundle says so in its log from YOUNG_HOLD_MIN_FILES files on, and the hold changes
 * nothing it decides — the 1,043-file corpus in one scan gives the findings and evidence of the
 * same files in two scans below the threshold.
 */
import { describe, expect } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { YOUNG_HOLD_MIN_FILES } from '../../src/gates/pr-target-ban/index.js';
import type { GateResult } from '../../src/core/result.js';
import { runAction } from '../helpers/run-action.js';
import { itWithShared, SHARED } from '../helpers/shared.js';

const CORPUS = join(SHARED, 'corpora', 'workflows');
const HELD = /pr-target-ban: V8's young generation held at (\d+) MiB through a scan of (\d+) files/;

const byJson = <T>(xs: T[]): T[] =>
  xs
    .map((x) => JSON.stringify(x))
    .sort()
    .map((s) => JSON.parse(s) as T);

describe('pr-target-ban over many files', () => {
  itWithShared(
    'holds the young generation from the threshold on, and decides as two shorter scans do',
    async () => {
      const files = readdirSync(CORPUS)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort();
      expect(files.length).toBeGreaterThanOrEqual(YOUNG_HOLD_MIN_FILES);
      const whole = await runAction('pr-target-ban', {
        workspace: CORPUS,
        inputs: { workflows: '.' },
        timeoutMs: 120_000
      });
      const held = HELD.exec(whole.stdout);
      expect(held).not.toBeNull();
      expect(Number(held![1])).toBeGreaterThanOrEqual(16);
      expect(held![2]).toBe(String(files.length));
      const half = Math.ceil(files.length / 2);
      const parts = await Promise.all(
        [files.slice(0, half), files.slice(half)].map((list) =>
          runAction('pr-target-ban', {
            workspace: CORPUS,
            inputs: { workflows: list.join('\n') },
            timeoutMs: 120_000
          })
        )
      );
      for (const p of parts) expect(p.stdout).not.toMatch(HELD);
      const all = whole.result as unknown as GateResult;
      const split = parts.map((p) => p.result as unknown as GateResult);
      expect(all.findings.length).toBeGreaterThan(100);
      expect(byJson(all.findings)).toEqual(byJson(split.flatMap((r) => r.findings)));
      const workflows = (r: GateResult) => (r.evidence as { workflows: unknown[] }).workflows;
      expect(byJson(workflows(all))).toEqual(byJson(split.flatMap(workflows)));
      // Every file is in the evidence, or among those it could not read.
      const invalid = (all.evidence as { invalid: { file: string }[] }).invalid;
      const seen = new Set([
        ...(workflows(all) as { file: string }[]).map((w) => w.file),
        ...invalid.map((i) => i.file)
      ]);
      expect([...seen].sort()).toEqual(files);
      expect(whole.outputs.verdict).toBe('error');
    },
    240_000
  );
});
