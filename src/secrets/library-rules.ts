/**
 * The maintained rule library: secretlint's recommended preset, run as a library over many
 * values in one pass (one `lintSource` call per batch, not per value). Only each report's rule
 * id and range are used — secretlint's messages quote the secret and are never read. The
 * `filter-comments` rule is left out: a `secretlint-disable` written into a value would
 * otherwise switch the scan off for it.
 *
 * Only the values an exact pre-screen (`library-screen.ts`) lets through are linted, and
 * secretlint is imported on first use: a run none of whose values or files could get a
 * secretlint report never loads it.
 */
import { LIBRARY_RULE_IDS, LIBRARY_SOURCE_PATH, screenLibrary } from './library-screen.js';

export { LIBRARY_RULE_IDS } from './library-screen.js';

const PREFIX = '@secretlint/secretlint-rule-';
const SKIP = new Set([`${PREFIX}filter-comments`]);
/**
 * Between two values, and before the first: no secretlint pattern spans a blank line and a NUL.
 * The leading one also keeps a value's byte-order mark from being the batch's (secretlint drops
 * a leading BOM, which would shift every range by one).
 */
const SEPARATOR = '\n\u0000\n';

export class LibraryRulesError extends Error {
  override name = 'LibraryRulesError';
}

type LintSource = (typeof import('@secretlint/core'))['lintSource'];
type Library = { lintSource: LintSource; rules: { id: string; rule: unknown }[] };

let library: Promise<Library> | undefined;

/** secretlint and its rules, imported once, on first use. */
function loadLibrary(): Promise<Library> {
  library ??= (async () => {
    const [core, profiler, preset] = await Promise.all([
      import('@secretlint/core'),
      import('@secretlint/profiler'),
      import('@secretlint/secretlint-rule-preset-recommend')
    ]);
    /**
     * secretlint's profiler is on unless switched off: a performance mark per rule and per
     * source, kept by a PerformanceObserver for a report this gate never asks for. Off, nothing
     * is timed; what the rules report is the same.
     */
    profiler.secretLintProfiler.setEnabled(false);
    const rules = preset.rules
      .filter((r) => !SKIP.has(r.meta.id))
      .map((r) => ({ id: r.meta.id, rule: r }));
    // The pre-screen covers these rules and no others: a preset that differs is not run blind.
    const ids = rules.map((r) => r.id).join(',');
    if (ids !== LIBRARY_RULE_IDS.join(',')) {
      throw new LibraryRulesError(
        'the bundled secretlint rules differ from those the pre-screen was written for (library-screen.ts)'
      );
    }
    return { lintSource: core.lintSource, rules };
  })();
  return library;
}

export interface LibraryMatch {
  /** Index of the value in the batch. */
  index: number;
  /** `secretlint/<rule>`. */
  rule: string;
  start: number;
  end: number;
}

/**
 * secretlint's reports for each of `values`, with ranges relative to each value. `screen:
 * false` hands every value to secretlint (the tests compare both ways).
 */
export async function matchLibraryRules(
  values: string[],
  { screen = true }: { screen?: boolean } = {}
): Promise<LibraryMatch[]> {
  const picked = screen ? screenLibrary(values) : values.map((_, i) => i);
  if (!picked.length) return [];
  const { lintSource, rules } = await loadLibrary();
  const starts: number[] = [];
  let offset = SEPARATOR.length;
  for (const i of picked) {
    starts.push(offset);
    offset += values[i].length + SEPARATOR.length;
  }
  const content = SEPARATOR + picked.map((i) => values[i]).join(SEPARATOR);
  let result: Awaited<ReturnType<LintSource>>;
  try {
    result = await lintSource({
      source: { filePath: LIBRARY_SOURCE_PATH, content, contentType: 'text' },
      options: {
        config: { rules: rules as Parameters<LintSource>[0]['options']['config']['rules'] },
        maskSecrets: true,
        noPhysicFilePath: true
      }
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
    const len = values[picked[lo]].length;
    out.push({
      index: picked[lo],
      rule: `secretlint/${m.ruleId.startsWith(PREFIX) ? m.ruleId.slice(PREFIX.length) : m.ruleId}`,
      start: Math.max(0, Math.min(len, from - base)),
      end: Math.max(0, Math.min(len, to - base))
    });
  }
  return out;
}
