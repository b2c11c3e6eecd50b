/**
 * Running one long, allocation-heavy part of a gate (scanning thousands of workflow files) in a
 * worker thread whose young generation is capped. V8 grows the main thread's young generation to
 * its maximum over a long run (tens of MB freed per scavenge, most of it never reused), so the
 * peak RSS grows with the file count although what the scan keeps does not. A worker is the one
 * documented way to give part of a run other heap limits (`resourceLimits`): flags set after
 * start (`v8.setFlagsFromString`) do not resize a configured heap.
 *
 * The worker runs the same code: the bundle's entry (registered by the build) or, outside a
 * bundle, the module that defines the task. `defineOffloadTask` runs the task when the module is
 * loaded in its worker; `runAction` and the CLI do nothing there. Progress lines and secrets the
 * task learns are posted to the calling thread, which logs and masks them as usual.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { registeredBundleEntry } from './build-registry.js';
import { errorMessage, GateError, InputError } from './errors.js';
import { FileReadError } from './read-file.js';
import { JsonDocumentError } from './strict-json.js';

const ROLE_ENV = 'CI_INTEL_OFFLOAD_TASK';

/** The young generation of an offload worker, MiB (measured: 32 keeps 1x-16x corpus flattest). */
export const OFFLOAD_YOUNG_GENERATION_MB = 32;

type WorkerThreads = typeof import('node:worker_threads');
let threads: WorkerThreads | undefined;
/** worker_threads, loaded only by a run that offloads (or asks whether it is a worker). */
const workerThreads = (): WorkerThreads =>
  (threads ??= createRequire(import.meta.url)('node:worker_threads') as WorkerThreads);

interface WorkerSetup {
  task: string;
  gate: string;
  payload: unknown;
}

/** True in a worker started by `runOffloaded`: the entry must not run its action there. */
export function inOffloadWorker(): boolean {
  if (!process.env[ROLE_ENV]) return false;
  return !workerThreads().isMainThread;
}

/** The gate whose module a CLI worker must load for its task to be defined. */
export function offloadWorkerGate(): string | undefined {
  if (!inOffloadWorker()) return undefined;
  return (workerThreads().workerData as WorkerSetup | undefined)?.gate;
}

/**
 * Whether a task defined in `module` can run in a worker: in a bundle, or from compiled `lib/`.
 * From the TypeScript sources (the test runner's own loader) a worker could not load it.
 */
export function offloadable(module: string): boolean {
  return registeredBundleEntry() !== undefined || /\.m?js$/.test(module);
}

/** What the task can reach of the thread that started it. */
export interface OffloadHost {
  log(message: string): void;
  secret(value: string): void;
}

type Message =
  | { kind: 'log'; text: string }
  | { kind: 'secret'; value: string }
  | { kind: 'done'; value: unknown }
  | { kind: 'failed'; error: EncodedError };

interface EncodedError {
  type: 'InputError' | 'FileReadError' | 'JsonDocumentError' | 'GateError' | 'Error';
  message: string;
  input?: string;
  file?: string;
  help?: string;
  code?: string;
  line?: number;
  column?: number;
  pointer?: string;
}

function encodeError(err: unknown): EncodedError {
  if (err instanceof InputError) {
    return {
      type: 'InputError',
      input: err.input,
      message: err.message.slice(`input '${err.input}': `.length)
    };
  }
  if (err instanceof FileReadError) {
    return {
      type: 'FileReadError',
      message: err.message,
      file: err.file,
      help: err.help,
      code: err.code
    };
  }
  if (err instanceof JsonDocumentError) {
    return {
      type: 'JsonDocumentError',
      message: err.message,
      line: err.line,
      pointer: err.pointer
    };
  }
  if (err instanceof GateError) {
    const { help, file, line, column } = err;
    return { type: 'GateError', message: err.message, help, file, line, column };
  }
  return { type: 'Error', message: errorMessage(err) };
}

/** The error the task threw, as the same class (the verdict and its finding depend on it). */
function decodeError(e: EncodedError): Error {
  switch (e.type) {
    case 'InputError':
      return new InputError(e.input ?? '', e.message);
    case 'FileReadError':
      return new FileReadError(e.message, e.file ?? '', e.help ?? '', e.code);
    case 'JsonDocumentError':
      return new JsonDocumentError(e.message, e.line, e.pointer);
    case 'GateError':
      return new GateError(e.message, e.help, e.file, e.line, e.column);
    default:
      return new Error(e.message);
  }
}

/**
 * Define a task a worker can run. Called at the top level of the module that holds it; in the
 * worker started for this task, it runs it and posts the outcome (elsewhere it does nothing).
 */
export function defineOffloadTask<P, R>(
  name: string,
  run: (payload: P, host: OffloadHost) => Promise<R>
): void {
  if (process.env[ROLE_ENV] !== name || !inOffloadWorker()) return;
  const { parentPort, workerData } = workerThreads();
  const post = (m: Message): void => parentPort!.postMessage(m);
  const host: OffloadHost = {
    log: (text) => post({ kind: 'log', text }),
    secret: (value) => post({ kind: 'secret', value })
  };
  // After the defining module (and the rest of the entry) has finished loading.
  setImmediate(() => {
    run((workerData as WorkerSetup).payload as P, host).then(
      (value) => post({ kind: 'done', value }),
      (err: unknown) => post({ kind: 'failed', error: encodeError(err) })
    );
  });
}

export interface OffloadOptions {
  /** The gate whose module defines the task (the CLI loads it by name in the worker). */
  gate: string;
  /** `import.meta.url` of the module that defines the task: the worker's entry outside a bundle. */
  module: string;
  host: OffloadHost;
  youngGenerationMb?: number;
}

/**
 * Run `task` in a worker thread and give its value; the task's error is rethrown as its own
 * class. A worker that dies, runs out of memory or ends without an answer is a GateError: the
 * caller reports `error`, never a result it did not get.
 */
export function runOffloaded<R>(
  task: string,
  payload: unknown,
  options: OffloadOptions
): Promise<R> {
  const { Worker } = workerThreads();
  const entry = registeredBundleEntry() ?? options.module;
  const young = options.youngGenerationMb ?? OFFLOAD_YOUNG_GENERATION_MB;
  return new Promise<R>((resolve, reject) => {
    let settled = false;
    const settle = (f: () => void): void => {
      if (settled) return;
      settled = true;
      f();
    };
    const setup: WorkerSetup = { task, gate: options.gate, payload };
    const worker = new Worker(fileURLToPath(entry), {
      workerData: setup,
      env: { ...process.env, [ROLE_ENV]: task },
      resourceLimits: { maxYoungGenerationSizeMb: young },
      stdout: false,
      stderr: false
    });
    const ended = (): Promise<unknown> => worker.terminate().catch(() => undefined);
    worker.on('message', (m: Message) => {
      if (m.kind === 'log') options.host.log(m.text);
      else if (m.kind === 'secret') options.host.secret(m.value);
      // The answer is given once the worker has ended: its heap is freed before the caller
      // goes on to report (else both heaps would be at their peak together).
      else if (m.kind === 'done') settle(() => void ended().then(() => resolve(m.value as R)));
      else if (m.kind === 'failed')
        settle(() => void ended().then(() => reject(decodeError(m.error))));
    });
    worker.on('error', (err: Error & { code?: string }) =>
      settle(() =>
        reject(
          new GateError(
            err.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `the ${task} worker ran out of memory`
              : `the ${task} worker failed: ${typeof err?.message === 'string' ? err.message : String(err)}`,
            'The gate could not decide and fails closed; re-run, and report it if it repeats.'
          )
        )
      )
    );
    worker.on('exit', (code) =>
      settle(() =>
        reject(
          new GateError(
            `the ${task} worker ended (exit code ${code}) without an answer`,
            'The gate could not decide and fails closed; re-run, and report it if it repeats.'
          )
        )
      )
    );
  });
}
