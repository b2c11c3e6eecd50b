/**
 * The maintained rule library: secretlint's recommended preset, run as a library over many
 * values in one pass (one `lintSource` call per batch, not per value). Only each report's rule
 * id and range are used — secretlint's messages quote the secret and are never read. The
 * `filter-comments` rule is left out: a `secretlint-disable` written into a value would
 * otherwise switch the scan off for it.
 */
import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { rules as presetRules } from '@secretlint/secretlint-rule-preset-recommend';

const PREFIX = '@secretlint/secretlint-rule-';
const SKIP = new Set([`${PREFIX}filter-comments`]);
const RULES = presetRules
  .filter((r) => !SKIP.has(r.meta.id))
  .map((r) => ({ id: r.meta.id, rule: r }));
/**
 * secretlint's profiler is on unless switched off: a performance mark per rule and per source,
 * kept by a PerformanceObserver for a report this gate never asks for. Off, nothing is timed;
 * what the rules report is the same.
 */
secretLintProfiler.setEnabled(false);
/** Between two values: no secretlint pattern spans a blank line and a NUL. */
const SEPARATOR = '\n\u0000\n';

export class LibraryRulesError extends Error {
  override name = 'LibraryRulesError';
}

/** The secretlint rules run, by id (for the evidence and the docs). */
export const LIBRARY_RULE_IDS: string[] = RULES.map((r) => r.id);

export interface LibraryMatch {
  /** Index of the value in the batch. */
  index: number;
  /** `secretlint/<rule>`. */
  rule: string;
  start: number;
  end: number;
}

/** secretlint's reports for each of `values`, with ranges relative to each value. */
export async function matchLibraryRules(values: string[]): Promise<LibraryMatch[]> {
  if (!values.length) return [];
  const starts: number[] = [];
  let offset = 0;
  for (const v of values) {
    starts.push(offset);
    offset += v.length + SEPARATOR.length;
  }
  const content = values.join(SEPARATOR);
  let result: Awaited<ReturnType<typeof lintSource>>;
  try {
    result = await lintSource({
      source: { filePath: 'secretless-batch', content, contentType: 'text' },
      options: { config: { rules: RULES }, maskSecrets: true, noPhysicFilePath: true }
    });
  } catch (err) {
    // Its message could quote the text it was reading: only the error's kind goes on.
    throw new LibraryRulesError(`the secretlint rules failed (${(err as Error).name ?? 'error'})`);
  }
  const out: LibraryMatch[] = [];
  for (const m of result.messages) {
    const [from, to] = m.range;
    // The value holding the start of the range (binary search over the starts).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= from) lo = mid;
      else hi = mid - 1;
    }
    const base = starts[lo];
    const len = values[lo].length;
    out.push({
      index: lo,
      rule: `secretlint/${m.ruleId.startsWith(PREFIX) ? m.ruleId.slice(PREFIX.length) : m.ruleId}`,
      start: Math.min(len, from - base),
      end: Math.min(len, to - base)
    });
  }
  return out;
}
