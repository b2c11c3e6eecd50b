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
  /**
   * Up to `n` more items of the caller's feed (`OffloadOptions.supply`), in order; none once it
   * is exhausted. Rejects when the caller gives no feed or its feed failed.
   */
  more(n: number): Promise<unknown[]>;
}

/** Worker to caller. */
type Message =
  | { kind: 'log'; text: string }
  | { kind: 'secret'; value: string }
  | { kind: 'want'; n: number }
  | { kind: 'done'; value: unknown }
  | { kind: 'failed'; error: EncodedError };

/** Caller to worker: the payload once, then the answers to `want`, in order. */
type Order =
  | { kind: 'start'; payload: unknown }
  | { kind: 'items'; items: unknown[] }
  | { kind: 'feed-failed'; error: EncodedError };

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
 * A task's answer whose buffers (`transfer`) are moved to the calling thread instead of copied:
 * the task must not touch them afterwards.
 */
export class MovedAnswer<R> {
  constructor(
    readonly value: R,
    readonly transfer: ArrayBuffer[]
  ) {}
}

/**
 * Define a task a worker can run. Called at the top level of the module that holds it; in the
 * worker started for this task, it runs it and posts the outcome (elsewhere it does nothing).
 */
export function defineOffloadTask<P, R>(
  name: string,
  run: (payload: P, host: OffloadHost) => Promise<R | MovedAnswer<R>>
): void {
  if (process.env[ROLE_ENV] !== name || !inOffloadWorker()) return;
  const port = workerThreads().parentPort!;
  const post = (m: Message): void => port.postMessage(m);
  // Feed requests are answered in the order they were made.
  const asked: { resolve(items: unknown[]): void; reject(err: Error): void }[] = [];
  const host: OffloadHost = {
    log: (text) => post({ kind: 'log', text }),
    secret: (value) => post({ kind: 'secret', value }),
    more: (n) =>
      new Promise<unknown[]>((resolve, reject) => {
        asked.push({ resolve, reject });
        post({ kind: 'want', n });
      })
  };
  let started = false;
  // The payload comes as the first message (a worker started ahead of time waits for it), after
  // the defining module and the rest of the entry have finished loading.
  port.on('message', (m: Order) => {
    if (m.kind === 'start' && !started) {
      started = true;
      run(m.payload as P, host).then(
        (value) => {
          if (value instanceof MovedAnswer)
            port.postMessage({ kind: 'done', value: value.value }, value.transfer);
          else post({ kind: 'done', value });
        },
        (err: unknown) => post({ kind: 'failed', error: encodeError(err) })
      );
    } else if (m.kind === 'items') {
      asked.shift()?.resolve(m.items);
    } else if (m.kind === 'feed-failed') {
      asked.shift()?.reject(decodeError(m.error));
    }
  });
}

/**
 * A task's view of its caller's feed, one item at a time: the next batch is asked for while half
 * of the current one is still to be used, so the caller reads ahead on its own thread while the
 * task works, and at most two batches are held.
 */
export class OffloadFeed<T> {
  private batch: T[] = [];
  private at = 0;
  private ahead: Promise<unknown[]> | undefined;
  private ended = false;

  constructor(
    private readonly host: OffloadHost,
    private readonly size = 32
  ) {}

  /** The next item, or undefined once the feed is exhausted. */
  async next(): Promise<T | undefined> {
    if (this.at >= this.batch.length) {
      if (this.ended) return undefined;
      const got = await (this.ahead ?? this.host.more(this.size));
      this.ahead = undefined;
      if (got.length === 0) {
        this.ended = true;
        return undefined;
      }
      this.batch = got as T[];
      this.at = 0;
    }
    if (
      this.ahead === undefined &&
      this.at * 2 >= this.batch.length &&
      this.batch.length >= this.size
    ) {
      this.ahead = this.host.more(this.size);
      // Awaited by the next call; until then a failure must not count as unhandled.
      this.ahead.catch(() => undefined);
    }
    return this.batch[this.at++];
  }
}

export interface OffloadOptions {
  /** The gate whose module defines the task (the CLI loads it by name in the worker). */
  gate: string;
  /** `import.meta.url` of the module that defines the task: the worker's entry outside a bundle. */
  module: string;
  host: Pick<OffloadHost, 'log' | 'secret'>;
  /**
   * The feed the task reads with `host.more`: up to `n` more items, none once exhausted. Called
   * on this thread, which is otherwise idle while the task runs. A throw fails the task's read.
   */
  supply?: (n: number) => unknown[];
}

/** Where an offload worker starts: the same options for one started ahead of time. */
type WorkerStart = Pick<OffloadOptions, 'gate' | 'module'>;

/** Workers started ahead of time (`prestartOffload`), by task, not yet given their payload. */
const prestarted = new Map<
  string,
  { worker: import('node:worker_threads').Worker; ended: boolean }
>();

function startWorker(task: string, options: WorkerStart): import('node:worker_threads').Worker {
  const { Worker } = workerThreads();
  const entry = registeredBundleEntry() ?? options.module;
  const setup: WorkerSetup = { task, gate: options.gate };
  return new Worker(fileURLToPath(entry), {
    workerData: setup,
    env: { ...process.env, [ROLE_ENV]: task },
    resourceLimits: { maxYoungGenerationSizeMb: OFFLOAD_YOUNG_GENERATION_MB },
    stdout: false,
    stderr: false
  });
}

/**
 * Start the worker for `task` now, while this thread still prepares what to give it: its start
 * (loading the bundle a second time, ~50 ms) overlaps that work. The next `runOffloaded` of the
 * task uses it. Until then it does not keep the process alive; `cancelPrestartedOffload` ends it
 * when the run decides not to offload. Gives the worker's thread id.
 */
export function prestartOffload(task: string, options: WorkerStart): number {
  const had = prestarted.get(task);
  if (had) return had.worker.threadId;
  const worker = startWorker(task, options);
  const slot = { worker, ended: false };
  // Whatever ends it before it is used: the run then starts a fresh one.
  const end = (): void => {
    slot.ended = true;
  };
  worker.on('error', end);
  worker.on('exit', end);
  worker.unref();
  prestarted.set(task, slot);
  return worker.threadId;
}

/** End the worker started ahead of time for `task`, if it was not used. */
export function cancelPrestartedOffload(task: string): void {
  const slot = prestarted.get(task);
  if (!slot) return;
  prestarted.delete(task);
  void slot.worker.terminate().catch(() => undefined);
}

function takePrestarted(task: string): import('node:worker_threads').Worker | undefined {
  const slot = prestarted.get(task);
  if (!slot) return undefined;
  prestarted.delete(task);
  if (slot.ended) return undefined;
  slot.worker.removeAllListeners();
  slot.worker.ref();
  return slot.worker;
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
  return new Promise<R>((resolve, reject) => {
    let settled = false;
    const settle = (f: () => void): void => {
      if (settled) return;
      settled = true;
      f();
    };
    const worker = takePrestarted(task) ?? startWorker(task, options);
    const order = (m: Order): void => worker.postMessage(m);
    const ended = (): Promise<unknown> => worker.terminate().catch(() => undefined);
    worker.on('message', (m: Message) => {
      if (m.kind === 'log') options.host.log(m.text);
      else if (m.kind === 'secret') options.host.secret(m.value);
      else if (m.kind === 'want') {
        try {
          if (!options.supply)
            throw new Error(`the ${task} task asked for a feed it was not given`);
          order({ kind: 'items', items: options.supply(m.n) });
        } catch (err) {
          order({ kind: 'feed-failed', error: encodeError(err) });
        }
      }
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
    order({ kind: 'start', payload });
  });
}
