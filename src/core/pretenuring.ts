/**
 * V8's allocation-site pretenuring, off for a long run that allocates much short-lived data.
 *
 * V8 watches the objects each allocation site (an object or array literal in optimized code)
 * makes: when nearly all of them survive a young-generation collection, the site's later objects
 * are made straight in the old generation. In a scan of thousands of workflow files the trees of
 * the file being checked survive their first collection, a few dozen sites are switched over,
 * and from then on every file's tree is garbage in the old generation: full collections come
 * more often and the old generation grows with them. With it off, the shipped workflow-policy
 * bundle ran faster and peaked lower at 4× and 16× the corpus, and cost a little at 1× and 2×
 * (figures in docs/DESIGN.md), so shorter runs leave it on.
 *
 * The flag is read by V8 whenever it processes the feedback, in every isolate of the process, so
 * setting it at run time works for a worker started afterwards (and for the main thread's sites
 * not yet decided). Sites already switched stay as they are.
 */
import { createRequire } from 'node:module';

let holders = 0;

function setPretenuring(on: boolean): void {
  // node:v8 loads only in a run that changes the flag.
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  v8.setFlagsFromString(on ? '--allocation-site-pretenuring' : '--no-allocation-site-pretenuring');
}

/**
 * Turn pretenuring off for the process until the returned function is called (each call's own
 * release; nested holds turn it back on with the last release).
 */
export function holdPretenuringOff(): () => void {
  if (holders++ === 0) setPretenuring(false);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders === 0) setPretenuring(true);
  };
}

/** Whether a `holdPretenuringOff` is in force. */
export function pretenuringHeldOff(): boolean {
  return holders > 0;
}
