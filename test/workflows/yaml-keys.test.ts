/**
 * Mapping keys as GitHub reads them (src/workflows/yaml-doc.ts): duplicates are found whatever
 * the mapping's size (a few keys are compared in an array, many through Maps), strings
 * case-insensitively and apart from other scalars; `get` refuses a non-string key anywhere in
 * the mapping, as the list of entries does. Both readers, fast and library, answer alike.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { parseYaml, setFastYaml, YamlLimitError } from '../../src/workflows/yaml-doc.js';
import '../helpers/yaml-library.js';

const READERS = [
  ['fast reader', true],
  ['library', false]
] as const;

let was: boolean | undefined;
afterEach(() => {
  if (was !== undefined) setFastYaml(was);
  was = undefined;
});

function problemOf(text: string, fast: boolean) {
  was = setFastYaml(fast);
  const r = parseYaml('w.yml', text);
  return r.ok ? undefined : r.problem;
}

/** A mapping of `n` keys `k0`… with `extra` lines appended. */
function keys(n: number, extra = ''): string {
  return `${Array.from({ length: n }, (_, i) => `k${i}: v${i}\n`).join('')}${extra}`;
}

describe.each(READERS)('duplicate keys (%s)', (_, fast) => {
  it('a repeat in a small mapping names both keys and the line of the first', () => {
    expect(problemOf(`${keys(3)}k1: again\n`, fast)).toEqual({
      message: "Map keys must be unique: 'k1' repeats 'k1' of line 2",
      line: 4,
      column: 1
    });
  });

  it('a repeat past the first sixteen keys, in another case, is found the same way', () => {
    expect(problemOf(`${keys(40)}K2: again\n`, fast)).toEqual({
      message:
        "Map keys must be unique: 'K2' repeats 'k2' of line 3 (GitHub compares keys case-insensitively)",
      line: 41,
      column: 1
    });
    // The repeat of a key recorded after the switch to Maps.
    expect(problemOf(`${keys(40)}k33: again\n`, fast)?.message).toBe(
      "Map keys must be unique: 'k33' repeats 'k33' of line 34"
    );
  });

  it('the same text as a string and as a number are different keys, in small and large mappings', () => {
    expect(problemOf('1: a\n"1": b\n', fast)).toBeUndefined();
    expect(problemOf(`${keys(20)}1: a\n"1": b\n`, fast)).toBeUndefined();
    expect(problemOf(`${keys(20)}1: a\n"1": b\n1: c\n`, fast)?.message).toBe(
      "Map keys must be unique: '1' repeats '1' of line 21"
    );
  });

  it('each mapping has its own keys: the same key in sibling and nested mappings is fine', () => {
    expect(problemOf('a:\n  x: 1\n  y: 2\nb:\n  x: 1\n  y:\n    x: 3\n', fast)).toBeUndefined();
    expect(problemOf(`a:\n  x: 1\nb:\n  x: 1\n  y: 2\n  x: 3\n`, fast)?.message).toBe(
      "Map keys must be unique: 'x' repeats 'x' of line 4"
    );
  });
});

describe.each(READERS)('get (%s)', (_, fast) => {
  it('finds a key and refuses a mapping with a non-string key after it, as entries does', () => {
    was = setFastYaml(fast);
    const r = parseYaml('w.yml', 'name: x\non: push\n');
    if (!r.ok) throw new Error(r.problem.message);
    const root = r.yaml.doc.contents;
    expect(r.yaml.str(r.yaml.get(root, 'on')?.value)).toBe('push');
    expect(r.yaml.get(root, 'jobs')).toBeUndefined();
    const bad = parseYaml('w.yml', 'name: x\n3: y\n');
    if (!bad.ok) throw new Error(bad.problem.message);
    const contents = bad.yaml.doc.contents;
    expect(() => bad.yaml.get(contents, 'name')).toThrow(YamlLimitError);
    expect(() => bad.yaml.get(contents, 'name')).toThrow("mapping key '3' is not a string");
    expect(() => bad.yaml.entries(contents)).toThrow("mapping key '3' is not a string");
  });
});
