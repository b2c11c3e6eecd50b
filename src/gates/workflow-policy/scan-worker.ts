/**
 * A scan of many workflow files runs in a worker thread with a capped young generation
 * (src/core/offload.ts): the same evaluation, its findings kept in a spool while it runs
 * (src/core/findings-spool.ts) and the spool handed back as it is: its rows and chunks moved,
 * not copied, its spilled chunks in a file this thread holds. Only this thread makes the
 * findings as objects (the worker no longer makes them and a string table to clone; figures in
 * docs/DESIGN.md).
 */
import {
  closeSpillFile,
  FindingsSpool,
  openSpillFile,
  type SpillFile,
  type SpoolHandoff
} from '../../core/findings-spool.js';
import type { GateContext } from '../../core/gate.js';
import { Inputs } from '../../core/inputs.js';
import {
  cancelPrestartedOffload,
  defineOffloadTask,
  OFFLOAD_YOUNG_GENERATION_MB,
  MovedAnswer,
  OffloadFeed,
  offloadable,
  prestartOffload,
  runOffloaded
} from '../../core/offload.js';
import { errorMessage, GateError } from '../../core/errors.js';
import { holdPretenuringOff } from '../../core/pretenuring.js';
import type { Evaluation } from '../../core/result.js';
import {
  holdYoungGeneration,
  startWorkersYoungGenerationAt,
  type YoungGenerationHold
} from '../../core/young-generation.js';
import { readWorkflowText, type WorkflowText } from '../../workflows/workflow.js';
import type { WorkflowPolicyEvidence } from './index.js';

/**
 * From this many files on, the scan runs in a worker. Below it, the worker's start (loading the
 * bundle a second time, about 50 ms) would cost more than the memory it saves.
 */
export const SCAN_WORKER_MIN_FILES = 500;

/**
 * From this many files on, the scan is long: while the worker scans, V8's allocation-site
 * pretenuring is off (src/core/pretenuring.ts; measured faster and lower at 4,172 and 16,688
 * files, 2 % slower at 1,043 and 2,086) and the young generations are held
 * (SCAN_YOUNG_GENERATION_MB).
 */
export const NO_PRETENURING_MIN_FILES = 3000;

/**
 * The young generation of both threads while a worker scans a long list, MiB: the worker starts
 * with it, and once this thread's has it too, the hold (the process's) keeps both there
 * (src/core/young-generation.ts). Measured on the bundle against letting V8 size them (the worker
 * capped at OFFLOAD_YOUNG_GENERATION_MB): lower at 16× the corpus and no slower; at 1× it peaked
 * about 10 MiB higher, so shorter scans leave it to V8 (docs/DESIGN.md).
 */
export const SCAN_YOUNG_GENERATION_MB = 16;

/**
 * The heap settings taken for the scan's worker, released when the scan has answered (a run that
 * fails before its scan leaves them in force: the process is about to end, and they are a matter
 * of speed and memory only).
 */
let heapTuning: { young: YoungGenerationHold; releases: (() => void)[] } | undefined;

/**
 * Before the worker for a scan of `files` starts, when the scan is long: the young generations
 * held (SCAN_YOUNG_GENERATION_MB) and pretenuring off.
 */
function tuneHeapFor(files: number): void {
  if (heapTuning || files < NO_PRETENURING_MIN_FILES) return;
  const young = holdYoungGeneration(SCAN_YOUNG_GENERATION_MB);
  heapTuning = {
    young,
    releases: [
      startWorkersYoungGenerationAt(SCAN_YOUNG_GENERATION_MB),
      () => young.release(),
      holdPretenuringOff()
    ]
  };
}

function releaseHeapTuning(): void {
  for (const release of heapTuning?.releases ?? []) release();
  heapTuning = undefined;
}

const TASK = 'workflow-policy/scan';

interface ScanPayload {
  inputs: ReturnType<Inputs['toTransfer']>;
  workspace: string;
  tempDir: string;
  env: Record<string, string | undefined>;
  settings: GateContext['settings'];
  /** How many files the caller listed: it reads them and feeds their texts in that order. */
  files: number;
  /** The spill file the worker's findings spool writes to: this thread opens and closes it. */
  spill: SpillFile;
  /** The caller's clock at the start (a test's fixed date stays fixed, give or take the run). */
  now: number;
}

type HandedEvaluation = Omit<Evaluation<WorkflowPolicyEvidence>, 'findings'> & {
  findings: SpoolHandoff;
};

/** The scan of `files` in a worker, or undefined to scan in this thread. */
export function scanInWorkerIfLarge(
  inputs: Inputs,
  ctx: GateContext,
  files: string[]
): Promise<Evaluation<WorkflowPolicyEvidence>> | undefined {
  if (files.length < SCAN_WORKER_MIN_FILES || !offloadable(import.meta.url)) {
    cancelPrestartedOffload(TASK);
    releaseHeapTuning();
    return undefined;
  }
  tuneHeapFor(files.length);
  return scanInWorker(inputs, ctx, files).finally(releaseHeapTuning);
}

/**
 * Start the scan's worker ahead of time when `files` (the step's `workflows` input, listed before
 * the inputs are checked and the config is read) is large enough to be scanned there: the
 * worker loads while this thread reads the config. A guess, never a decision: the scan itself
 * lists again and ends an unused worker.
 */
export function prestartScanWorker(files: number): void {
  if (files >= SCAN_WORKER_MIN_FILES && offloadable(import.meta.url)) {
    tuneHeapFor(files);
    prestartOffload(TASK, { gate: 'workflow-policy', module: import.meta.url });
  }
}

async function scanInWorker(
  inputs: Inputs,
  ctx: GateContext,
  files: string[]
): Promise<Evaluation<WorkflowPolicyEvidence>> {
  ctx.log(
    `workflow-policy: scanning ${files.length} workflow files in a worker thread (${heapTuning ? `for a scan this long, both threads' young generations kept at ${SCAN_YOUNG_GENERATION_MB} MiB and V8's allocation-site pretenuring off` : `its young generation capped at ${OFFLOAD_YOUNG_GENERATION_MB} MiB`}); this thread reads the files ahead of it`
  );
  // The worker's spool spills here: a worker's own descriptors are closed when it ends.
  let spill: SpillFile;
  try {
    spill = openSpillFile(ctx.tempDir);
  } catch (err) {
    cancelPrestartedOffload(TASK);
    throw new GateError(
      `cannot make the findings spill file in ${ctx.tempDir}: ${errorMessage(err)}`,
      'The scan keeps its findings there while it runs: give the step a writable RUNNER_TEMP.'
    );
  }
  let held = true;
  try {
    const payload: ScanPayload = {
      inputs: inputs.toTransfer(),
      workspace: ctx.workspace,
      tempDir: ctx.tempDir,
      env: { ...ctx.env },
      settings: ctx.settings,
      files: files.length,
      spill,
      now: ctx.now().getTime()
    };
    let at = 0;
    const handed = await runOffloaded<HandedEvaluation>(TASK, payload, {
      gate: 'workflow-policy',
      module: import.meta.url,
      host: { log: ctx.log, secret: ctx.secret },
      // This thread waits for the worker anyway: it reads the files, the worker parses and checks.
      supply: (n) => {
        const texts: WorkflowText[] = [];
        for (const end = Math.min(files.length, at + n); at < end; at++) {
          heapTuning?.young.check();
          texts.push(readWorkflowText(ctx.workspace, files[at]));
        }
        return texts;
      }
    });
    const spool = FindingsSpool.received(handed.findings, spill);
    // From here the spool closes the spill file, once its findings are made or, for a long list
    // read as it is reported, once the list is gone (LAZY_MIN_FINDINGS).
    held = false;
    const order = handed.findings.order;
    return { ...handed, findings: spool.list(order, undefined, () => closeSpillFile(spill)) };
  } finally {
    if (held) closeSpillFile(spill);
  }
}

defineOffloadTask<ScanPayload, HandedEvaluation>(TASK, async (p, host) => {
  const { scanListed } = await import('./index.js');
  const t0 = Date.now();
  const feed = new OffloadFeed<WorkflowText>(host);
  const scanned = await scanListed(
    Inputs.fromTransfer(p.inputs),
    {
      workspace: p.workspace,
      tempDir: p.tempDir,
      env: p.env,
      settings: p.settings,
      now: () => new Date(p.now + (Date.now() - t0)),
      log: host.log,
      spillFile: p.spill
    },
    p.files,
    async () => {
      const text = await feed.next();
      if (text === undefined) {
        throw new GateError(
          `the scan was fed fewer workflow files than the ${p.files} listed`,
          'The gate could not decide and fails closed; re-run, and report it if it repeats.'
        );
      }
      return text;
    }
  );
  try {
    // The spool itself is handed over, its buffers moved: no finding is made here.
    const { handoff, transfer } = scanned.spool.handOff(scanned.order, scanned.helps);
    return new MovedAnswer({ ...scanned.evaluation, findings: handoff }, transfer);
  } finally {
    scanned.spool.close();
  }
});
