import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseStrictJson } from '../../src/core/strict-json.js';
import { parseRecordLine } from '../../src/telemetry/record-json.js';

/** The outcome of a parser on `text`: the value, or the error message and pointer. */
function outcome(parse: (t: string, s: string) => unknown, text: string): unknown {
  try {
    return { value: parse(text, 'x.ndjson:1') };
  } catch (err) {
    return { error: (err as Error).message, pointer: (err as { pointer?: string }).pointer };
  }
}

const crafted = [
  '{"a":1,"a":2}',
  '{"a":1,"b":{"c":1,"c":1}}',
  '{"a":[{"x":1},{"x":1,"y":2,"x":3}]}',
  '{"a":1,"\\u0061":2}',
  '{"a\\"":1,"a\\"" :2}',
  '{"k":"ends with a backslash \\\\","k2":"\\\\\\"quoted\\\\"}',
  '{"k":"\\\\","k":"v"}',
  '{"__proto__":1,"__proto__":2}',
  '{"__proto__":{"a":1},"b":2}',
  '{ "a" : "b:c" , "c" :\t"\\"d\\":" }',
  '{"s":"{\\"a\\":1,\\"a\\":2}"}',
  '{"a":1}\uFEFF',
  '\uFEFF{"a":1}',
  '{"a":1,}',
  '[1,2,{"z":null,"z":null}]',
  '"just a string"',
  '42',
  'null',
  '{}',
  '{"":1,"":2}',
  '{"":{"":{}}}',
  '{"s":"x\\":y"}',
  '{"s":"x\\":y","s":1}',
  '{"a":1,"b":"\\" :","a":2}',
  '{"a":{"b":1},"a":{"b":1}}'
];

describe('parseRecordLine', () => {
  it.each(crafted.map((c) => [c]))('agrees with parseStrictJson on %s', (text) => {
    expect(outcome(parseRecordLine, text)).toEqual(outcome(parseStrictJson, text));
  });

  it('agrees with parseStrictJson on every invalid fixture line and on randomly duplicated keys', () => {
    const lines = ['v1.1', 'v1.2'].flatMap((v) =>
      readFileSync(`test/telemetry/fixtures/${v}/invalid.ndjson`, 'utf8').trimEnd().split('\n')
    );
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const mutated = lines.map((l) => {
      // Repeat one key token somewhere in the line ("k": → "k":…,"k":).
      const keys = [...l.matchAll(/"([a-z_]+)":(\d+|"[^"\\]*"|true|false|null)/g)];
      if (!keys.length) return l;
      const m = keys[rand(keys.length)];
      return l.slice(0, m.index! + m[0].length) + `,${m[0]}` + l.slice(m.index! + m[0].length);
    });
    let duplicates = 0;
    for (const text of [...lines, ...mutated]) {
      const ours = outcome(parseRecordLine, text);
      expect(ours).toEqual(outcome(parseStrictJson, text));
      if ((ours as { pointer?: string }).pointer) duplicates++;
    }
    expect(duplicates).toBeGreaterThan(300);
  });
});
