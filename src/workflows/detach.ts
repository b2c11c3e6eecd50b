/**
 * Strings kept after a file is checked (findings, evidence, cross-file indexes, memos) must not
 * share memory with the file's text. A string cut out of a larger one (a YAML scalar, a
 * `slice()`) can be a view that keeps the whole source text alive, so holding one short name per
 * file would hold every file read: memory would grow with the number of files, not findings.
 */

/** Below this length V8 copies a substring anyway; longer ones may be views of their source. */
const COPIED_BELOW = 13;

/** The same characters in a string of their own, sharing no memory with a larger text. */
export function detached(s: string): string;
export function detached(s: string | undefined): string | undefined;
export function detached(s: string | undefined): string | undefined {
  if (s === undefined || s.length < COPIED_BELOW) return s;
  // Concatenating then cutting makes the engine flatten into a fresh buffer of s's own length.
  return (' ' + s).slice(1);
}
