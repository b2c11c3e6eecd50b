/** Drives the determinism gate's pure logic through the fail-closed runner, as the CLI does. */
import { loadActionSpec } from '../../src/core/action-spec.js';
import type { Gate } from '../../src/core/gate.js';
import type { GateResult } from '../../src/core/result.js';
import { runGate } from '../../src/core/run-gate.js';
import { determinism, type DeterminismEvidence } from '../../src/gates/determinism/index.js';
import { expectValidResult } from '../helpers/result-schema.js';

const spec = loadActionSpec('determinism');

export type DeterminismResult = GateResult<DeterminismEvidence>;

export async function runDeterminism(
  workspace: string,
  raw: Record<string, string>,
  env: Record<string, string | undefined> = process.env,
  log: string[] = []
): Promise<DeterminismResult> {
  const r = await runGate(
    determinism as Gate,
    { diffoscope: 'off', ...raw },
    {
      workspace,
      tempDir: `${workspace}/.tmp-ci-intel`,
      env,
      now: () => new Date('2026-12-01T12:00:00Z'),
      log: (m) => log.push(m),
      secret: () => undefined
    },
    { spec }
  );
  expectValidResult(r);
  return r as unknown as DeterminismResult;
}
