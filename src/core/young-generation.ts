/**
 * V8's young generation held at the size it has reached, for a long scan in the main thread.
 *
 * V8 doubles the young generation (its two semi-spaces) whenever much of it survives a
 * collection, up to a maximum it sizes by the machine's memory. In a scan of thousands of workflow
 * files the tree of the file being checked survives the collection that comes while it is read,
 * so the young generation keeps doubling although what stays live is small: the process's peak
 * then grows with the file count (figures in docs/DESIGN.md). A worker's young generation is
 * capped when it starts (src/core/offload.ts); the main thread's is sized before any code runs,
 * but V8 reads the growth factor (`--semi-space-growth-factor`) at every decision, so setting it
 * to 1 at run time keeps the young generation where it is.
 *
 * The flag is the process's, like pretenuring's (src/core/pretenuring.ts): while it is held, a
 * worker's young generation does not grow either. The default factor (2) comes back with the last
 * release.
 */
import { createRequire } from 'node:module';

type V8 = typeof import('node:v8');

/** V8's own growth factor, restored when no hold is in force. */
const DEFAULT_GROWTH_FACTOR = 2;
/** How many `check` calls pass between two readings of the young generation's size. */
const CHECK_EVERY = 64;

let v8: V8 | undefined;
let holding = 0;

function heap(): V8 {
  // node:v8 loads only in a run that takes a hold.
  v8 ??= createRequire(import.meta.url)('node:v8') as V8;
  return v8;
}

function youngGenerationBytes(): number {
  return heap()
    .getHeapSpaceStatistics()
    .reduce((n, s) => (s.space_name === 'new_space' ? n + s.space_size : n), 0);
}

function setGrowthFactor(factor: number): void {
  heap().setFlagsFromString(`--semi-space-growth-factor=${factor}`);
}

export interface YoungGenerationHold {
  /**
   * Call once per unit of work (a file): every CHECK_EVERY calls, the young generation's size is
   * read, and once it has reached the hold's size its growth stops.
   */
  check(): void;
  /** Whether this hold has stopped the growth. */
  readonly holding: boolean;
  /** The young generation's size when the growth stopped, MiB (0 while not holding). */
  readonly heldMiB: number;
  /** End the hold (once; the growth resumes when no other hold is in force). */
  release(): void;
}

/**
 * Let the young generation grow to `atLeastMiB` (the start-up usually has it there already), then
 * hold it at the size it has.
 */
export function holdYoungGeneration(atLeastMiB: number): YoungGenerationHold {
  const atLeast = atLeastMiB * 1024 * 1024;
  let calls = 0;
  let held = false;
  let heldMiB = 0;
  let released = false;
  const take = (): void => {
    const bytes = youngGenerationBytes();
    if (bytes < atLeast) return;
    held = true;
    heldMiB = Math.round(bytes / (1024 * 1024));
    if (holding++ === 0) setGrowthFactor(1);
  };
  take();
  return {
    check() {
      if (held || released || ++calls % CHECK_EVERY) return;
      take();
    },
    get holding() {
      return held;
    },
    get heldMiB() {
      return held ? heldMiB : 0;
    },
    release() {
      if (released) return;
      released = true;
      if (held && --holding === 0) setGrowthFactor(DEFAULT_GROWTH_FACTOR);
      held = false;
    }
  };
}

let startingAt = 0;

/**
 * Workers started until the returned function is called begin with their young generation at
 * `mib` (V8's `--min-semi-space-size`, read when an isolate is made, so it must stay set until
 * the worker is running; a worker's `resourceLimits` still cap it). With it, a hold taken for the
 * main thread does not keep a new worker at the few MiB V8 starts one with.
 */
export function startWorkersYoungGenerationAt(mib: number): () => void {
  if (startingAt++ === 0) heap().setFlagsFromString(`--min-semi-space-size=${mib}`);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--startingAt === 0) heap().setFlagsFromString('--min-semi-space-size=0');
  };
}

/** Whether any hold has stopped the young generation's growth. */
export function youngGenerationHeld(): boolean {
  return holding > 0;
}
