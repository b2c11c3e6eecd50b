/** Runs the bundled gate as the runner does and checks the result against the schema. */
import { expect } from '@jest/globals';
import { runAction, type ActionRun } from '../../helpers/run-action.js';
import { expectValidResult } from '../../helpers/result-schema.js';

export interface GateRun extends ActionRun {
  found: Record<
    string,
    {
      subject: string;
      platform?: string;
      digest: string;
      convention: string;
      artifactType: string;
    }[]
  >;
  missing: { type: string; subject: string; platform?: string }[];
  evidence: Record<string, unknown> & {
    requests: { method: string; path: string; status: number | string }[];
    roundTrips: number;
  };
}

export async function runGate(
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<GateRun> {
  const run = await runAction('referrer-presence', { inputs, env, timeoutMs: 60_000 });
  expect(run.result).toBeDefined();
  expectValidResult(run.result);
  const verdict = run.result?.verdict;
  expect(run.outputs.verdict).toBe(verdict);
  // enforce mode: anything but pass fails the step; audit: never.
  expect(run.exitCode).toBe(verdict === 'pass' || inputs.mode === 'audit' ? 0 : 1);
  return {
    ...run,
    found: JSON.parse(run.outputs.found ?? '{}'),
    missing: JSON.parse(run.outputs.missing ?? '[]'),
    evidence: run.result?.evidence as GateRun['evidence']
  };
}

export function messages(run: ActionRun): string {
  return (run.result?.findings ?? [])
    .map((f) => `${f.rule}: ${(f as { message?: string }).message}`)
    .join('\n');
}
