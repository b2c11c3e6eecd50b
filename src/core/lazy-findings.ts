/**
 * A long list of findings that is made one finding at a time as it is read, never all at once.
 *
 * A scan of 16,688 workflow files ends with 102,784 findings. Made as objects at the end to be
 * reported, they took about 50 MB of the main thread's heap (and V8 committed 80 MB more for
 * them), as much as the scan's worker had held at its peak; at 66,752 files they added 120 MiB
 * at the very end. The reporters read the findings in order, a few passes each (the result
 * file, the SARIF log, the summary, the annotations), so a list that makes each finding from
 * where it is kept (a findings spool) when it is read costs a few short-lived objects instead.
 *
 * The list is an array to every reader (`Array.isArray`, `length`, indexing, iteration and
 * every array method): a Proxy over an empty array of that length. Two reads of one index give
 * two equal objects, not the same one. An item may be replaced (kept as given from then on);
 * nothing can be added or removed.
 */
import type { Finding } from './result.js';

/** Where a lazy list's findings come from: `at(i)` makes finding `i` (0 <= i < length). */
export interface FindingSource {
  readonly length: number;
  at(i: number): Finding;
}

const sources = new WeakMap<object, FindingSource>();

/** The index a property key names, or -1 ("3" names 3; "03", "-1", "1.5" and "length" none). */
function indexOf(key: string | symbol, length: number): number {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return -1;
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57 || (c === 48 && key.length > 1)) return -1;
  let n = 0;
  for (let i = 0; i < key.length; i++) {
    const d = key.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n < length ? n : -1;
}

/** The findings of `source` as an array whose items are made when read. */
export function lazyFindings(source: FindingSource): Finding[] {
  const length = source.length;
  const replaced = new Map<number, Finding>();
  const at = (i: number): Finding => replaced.get(i) ?? source.at(i);
  const target: Finding[] = [];
  target.length = length;
  const list = new Proxy(target, {
    get(t, key, receiver) {
      const i = indexOf(key, length);
      return i < 0 ? Reflect.get(t, key, receiver) : at(i);
    },
    has(t, key) {
      return indexOf(key, length) >= 0 || Reflect.has(t, key);
    },
    set(_t, key, value) {
      const i = indexOf(key, length);
      if (i < 0) throw new TypeError(`a lazy findings list has ${length} items, no more, no fewer`);
      replaced.set(i, value as Finding);
      return true;
    },
    deleteProperty() {
      throw new TypeError('a lazy findings list has no holes: an item cannot be deleted');
    },
    defineProperty() {
      throw new TypeError('a lazy findings list takes no new properties');
    },
    getOwnPropertyDescriptor(t, key) {
      const i = indexOf(key, length);
      if (i < 0) return Reflect.getOwnPropertyDescriptor(t, key);
      return { value: at(i), writable: true, enumerable: true, configurable: true };
    },
    ownKeys(t) {
      const keys: (string | symbol)[] = [];
      for (let i = 0; i < length; i++) keys.push(String(i));
      return [...keys, ...Reflect.ownKeys(t)];
    }
  });
  sources.set(list, { length, at });
  return list;
}

/** Whether `list` is a lazy findings list (`lazyFindings`). */
export function isLazyFindings(list: readonly Finding[]): boolean {
  return sources.has(list);
}

/**
 * `list` with each finding passed through `fn` as it is read: a lazy list stays lazy (`fn` runs
 * at every read), an ordinary array is mapped now.
 */
export function mapFindings(list: Finding[], fn: (f: Finding) => Finding): Finding[] {
  const source = sources.get(list);
  if (!source) return list.map((f) => fn(f));
  return lazyFindings({ length: source.length, at: (i) => fn(source.at(i)) });
}
