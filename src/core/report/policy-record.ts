/** The `policies[]` record of pipeline_run.v1.2, one per gate run. */
import type { GateResult } from '../result.js';

export interface PolicyRecord {
  id: string;
  result: 'allow' | 'deny' | 'warn';
  reason: string;
  time_ns: number;
}

export function policyRecord(result: GateResult): PolicyRecord {
  let outcome: PolicyRecord['result'] = 'allow';
  if (result.verdict !== 'pass') outcome = result.mode === 'audit' ? 'warn' : 'deny';
  return {
    id: `ci-intel/${result.gate}`,
    result: outcome,
    reason: result.summary,
    time_ns: Math.round(result.durationMs * 1e6)
  };
}
