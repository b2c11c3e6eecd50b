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

/**
 * One detached copy of each text kept until a run ends and repeated across files: thousands of
 * findings share a few hundred helps, a repository's workflows repeat many messages (the same
 * unpinned action, the same missing permissions block), action names and step labels. The pool is
 * dropped when full: sharing saves memory, it never changes a value.
 */
const SHARED = new Map<string, string>();
const MAX_SHARED = 1 << 16;

export function sharedText(text: string): string;
export function sharedText(text: string | undefined): string | undefined;
export function sharedText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  let own = SHARED.get(text);
  if (own === undefined) {
    own = detached(text);
    if (SHARED.size >= MAX_SHARED) SHARED.clear();
    SHARED.set(own, own);
  }
  return own;
}
