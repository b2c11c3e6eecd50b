/**
 * A scan of many workflow files runs in a worker thread with a capped young generation
 * (src/core/offload.ts): the same evaluation, its findings kept in a spool while it runs
 * (src/core/findings-spool.ts) and handed back as a string table.
 */
import { unpackFindings, type FindingsTable } from '../../core/findings-table.js';
import type { GateContext } from '../../core/gate.js';
import { Inputs } from '../../core/inputs.js';
import {
  defineOffloadTask,
  OFFLOAD_YOUNG_GENERATION_MB,
  offloadable,
  runOffloaded
} from '../../core/offload.js';
import type { Evaluation } from '../../core/result.js';
import type { WorkflowPolicyEvidence } from './index.js';

/**
 * From this many files on, the scan runs in a worker. Below it, the worker's start (loading the
 * bundle a second time, about 50 ms) would cost more than the memory it saves.
 */
export const SCAN_WORKER_MIN_FILES = 500;

const TASK = 'workflow-policy/scan';

interface ScanPayload {
  inputs: ReturnType<Inputs['toTransfer']>;
  workspace: string;
  tempDir: string;
  env: Record<string, string | undefined>;
  settings: GateContext['settings'];
  /** The caller's clock at the start (a test's fixed date stays fixed, give or take the run). */
  now: number;
}

type PackedEvaluation = Omit<Evaluation<WorkflowPolicyEvidence>, 'findings'> & {
  findings: FindingsTable;
};

/** The scan of `files` files in a worker, or undefined to scan in this thread. */
export function scanInWorkerIfLarge(
  inputs: Inputs,
  ctx: GateContext,
  files: number
): Promise<Evaluation<WorkflowPolicyEvidence>> | undefined {
  if (files < SCAN_WORKER_MIN_FILES || !offloadable(import.meta.url)) return undefined;
  return scanInWorker(inputs, ctx, files);
}

async function scanInWorker(
  inputs: Inputs,
  ctx: GateContext,
  files: number
): Promise<Evaluation<WorkflowPolicyEvidence>> {
  ctx.log(
    `workflow-policy: scanning ${files} workflow files in a worker thread (its young generation capped at ${OFFLOAD_YOUNG_GENERATION_MB} MiB)`
  );
  const payload: ScanPayload = {
    inputs: inputs.toTransfer(),
    workspace: ctx.workspace,
    tempDir: ctx.tempDir,
    env: { ...ctx.env },
    settings: ctx.settings,
    now: ctx.now().getTime()
  };
  const packed = await runOffloaded<PackedEvaluation>(TASK, payload, {
    gate: 'workflow-policy',
    module: import.meta.url,
    host: { log: ctx.log, secret: ctx.secret }
  });
  return { ...packed, findings: unpackFindings(packed.findings) };
}

defineOffloadTask<ScanPayload, PackedEvaluation>(TASK, async (p, host) => {
  const { scanWorkflows } = await import('./index.js');
  const t0 = Date.now();
  const scanned = await scanWorkflows(Inputs.fromTransfer(p.inputs), {
    workspace: p.workspace,
    tempDir: p.tempDir,
    env: p.env,
    settings: p.settings,
    now: () => new Date(p.now + (Date.now() - t0)),
    log: host.log
  });
  try {
    // Straight from the spool into the table: the findings are never all objects here.
    return { ...scanned.evaluation, findings: scanned.spool.table(scanned.order, scanned.helps) };
  } finally {
    scanned.spool.close();
  }
});
