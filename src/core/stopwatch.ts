/**
 * Elapsed wall time for evidence (`ms` fields), from process.hrtime: the `performance` global
 * would load perf_hooks (about a millisecond at every start) for the same figure.
 */
export function stopwatch(): () => number {
  const t0 = process.hrtime.bigint();
  /** Milliseconds since the stopwatch was made, rounded to whole milliseconds. */
  return () => Math.round(Number(process.hrtime.bigint() - t0) / 1e6);
}
