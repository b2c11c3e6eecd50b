/**
 * Tests that read ../shared (datasets, vectors, corpora beside the repository) say so.
 *
 * Where ../shared is absent — a clone on GitHub's runners — such tests are registered as skipped
 * with a title naming ../shared, and a warning says how many blocks were skipped, so the gap is
 * visible. Where `CI_INTEL_REQUIRE_SHARED=1` (set by .ci/run) the same absence fails loudly: there
 * nothing may skip silently.
 */
import { describe, it } from '@jest/globals';
import { statSync } from 'node:fs';
import { SHARED } from './run-action.js';

export { SHARED };

export type SharedMode = 'run' | 'skip' | 'fail';

/** What a block that needs ../shared does: run it, skip it visibly, or fail. */
export function sharedMode(present: boolean, env: Record<string, string | undefined>): SharedMode {
  if (present) return 'run';
  const required = env.CI_INTEL_REQUIRE_SHARED;
  return required !== undefined && required !== '' && required !== '0' ? 'fail' : 'skip';
}

export const HAS_SHARED = statSync(SHARED, { throwIfNoEntry: false })?.isDirectory() ?? false;
const MODE = sharedMode(HAS_SHARED, process.env);

export const SHARED_MISSING =
  `../shared (${SHARED}) is missing: these tests need its datasets. ` +
  'Put the shared folder beside the repository to run them' +
  (MODE === 'fail' ? ' (CI_INTEL_REQUIRE_SHARED is set, so its absence is a failure)' : '');

/** Load data from ../shared at module load only when it is there; otherwise `fallback`. */
export function whenShared<T>(load: () => T, fallback: T): T {
  return HAS_SHARED ? load() : fallback;
}

// Straight to stderr, not console.warn: Jest hides the console of a suite whose tests all skip.
function warn(kind: string, name: string): void {
  process.stderr.write(`SKIPPED ${kind} '${name}': ${SHARED_MISSING}\n`);
}

/** `describe` for a block that reads ../shared. */
export function describeWithShared(name: string, fn: () => void): void {
  if (MODE === 'run') return describe(name, fn);
  if (MODE === 'fail') {
    return describe(name, () => {
      it('has ../shared', () => {
        throw new Error(SHARED_MISSING);
      });
    });
  }
  warn('block', name);
  // The body is not run (it would read ../shared to collect its tests); one skipped test stands
  // for it in the report, titled with the reason.
  describe.skip(`${name} [needs ../shared]`, () => {
    it(`skipped: ${SHARED_MISSING}`, () => undefined);
  });
}

/** `it` for one test that reads ../shared, inside a block that does not. */
export function itWithShared(name: string, fn: () => unknown, timeout?: number): void {
  if (MODE === 'run') return void it(name, fn as () => Promise<unknown>, timeout);
  if (MODE === 'fail') {
    return void it(name, () => {
      throw new Error(SHARED_MISSING);
    });
  }
  warn('test', name);
  it.skip(`${name} [needs ../shared: ${SHARED_MISSING}]`, () => undefined);
}
