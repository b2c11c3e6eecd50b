/**
 * Glob matching for workflow paths and policy exceptions without loading minimatch at start.
 * The patterns that occur in practice (`.github/workflows/*.yml`, a folder, a file name with a
 * `*` in it) are matched here, exactly as minimatch matches them (test/workflows/glob.test.ts
 * compares the two); any other pattern goes to minimatch, which a run loads first with
 * `loadGlobMatcherFor` (or statically, by importing ./glob-minimatch.js).
 *
 * The simple form: posix paths whose segments hold only letters, digits, `.`, `_`, `-`, space
 * and single `*`s (each matching any run of characters within a segment), no empty, `.` or `..`
 * segment. Everything else — `**`, `?`, classes, braces, extglobs, negation, escapes, other
 * punctuation, Windows — is minimatch's.
 */

export interface GlobOptions {
  /** Whether a `*` may match a leading `.` of a segment (minimatch's `dot`). */
  dot?: boolean;
  /** A path that is a leading part of what the pattern could match (for folder walks). */
  partial?: boolean;
}

export type GlobMatcher = (path: string, pattern: string, options?: GlobOptions) => boolean;

let fallback: GlobMatcher | undefined;

/** Called by ./glob-minimatch.js with minimatch itself. */
export function registerGlobMatcher(matcher: GlobMatcher): void {
  fallback = matcher;
}

const SIMPLE_SEGMENT = /^[A-Za-z0-9._ -]*(?:\*[A-Za-z0-9._ -]*)*$/;

type Segment = string | RegExp;
const compiled = new Map<string, Segment[] | null>();

/** The pattern's segments (literal strings or anchored regexes), or null when not simple. */
function simpleSegments(pattern: string): Segment[] | null {
  let segs = compiled.get(pattern);
  if (segs !== undefined) return segs;
  segs = null;
  if (process.platform !== 'win32') {
    const parts = pattern.split('/');
    const body = parts[0] === '' ? parts.slice(1) : parts;
    const ok = body.every(
      (p) => p !== '' && p !== '.' && p !== '..' && !p.includes('**') && SIMPLE_SEGMENT.test(p)
    );
    if (ok && body.length) {
      segs = parts.map((p) =>
        p.includes('*')
          ? new RegExp(`^${p.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`)
          : p
      );
    }
  }
  if (compiled.size > 1000) compiled.clear();
  compiled.set(pattern, segs);
  return segs;
}

/** Whether `pattern` needs minimatch (it is not of the simple form). */
export function needsGlobMatcher(pattern: string): boolean {
  return simpleSegments(pattern) === null;
}

/** Load minimatch (a no-op once loaded). */
export async function loadGlobMatcher(): Promise<void> {
  if (!fallback) await import('./glob-minimatch.js');
}

/** Load minimatch when one of `patterns` needs it. */
export async function loadGlobMatcherFor(patterns: Iterable<string>): Promise<void> {
  if (fallback) return;
  for (const p of patterns) if (needsGlobMatcher(p)) return loadGlobMatcher();
}

function segmentMatches(seg: string, pat: Segment, dot: boolean): boolean {
  if (typeof pat === 'string') return seg === pat;
  if (seg === '.' || seg === '..') return false;
  // Without `dot`, a segment starting with `.` is matched only by a literal leading `.`; a
  // simple pattern segment that is a regex and does not start with `.` starts with `*`.
  if (!dot && seg.startsWith('.') && !pat.source.startsWith('^\\.')) return false;
  return pat.test(seg);
}

/**
 * Whether a path has an empty segment (`a//b`, a trailing `/`, ''): minimatch's to judge, even
 * against a simple pattern. Paths built by path.join never have one.
 */
function hasEmptySegment(parts: string[]): boolean {
  return !parts.every((p, i) => p !== '' || (i === 0 && parts.length > 1));
}

/** Whether `globMatch(path, pattern)` needs minimatch to answer (the pattern or the path). */
export function needsGlobMatcherToMatch(path: string, pattern: string): boolean {
  return needsGlobMatcher(pattern) || hasEmptySegment(path.split('/'));
}

/** Whether `path` matches `pattern`, as `minimatch(path, pattern, options)` says. */
export function globMatch(path: string, pattern: string, options: GlobOptions = {}): boolean {
  const segs = simpleSegments(pattern);
  const parts = path.split('/');
  if (!segs || hasEmptySegment(parts)) {
    if (!fallback) {
      throw new Error(
        `internal: matching ${JSON.stringify(path)} against the glob ${JSON.stringify(pattern)} needs minimatch, which was not loaded (call loadGlobMatcher first)`
      );
    }
    return fallback(path, pattern, options);
  }
  const dot = options.dot ?? false;
  if (parts.length > segs.length) return false;
  if (parts.length < segs.length) {
    if (!options.partial) return false;
  }
  for (let i = 0; i < parts.length; i++) {
    if (!segmentMatches(parts[i], segs[i], dot)) return false;
  }
  return true;
}
