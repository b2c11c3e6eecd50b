/**
 * src/core/report/json-pieces.ts and its users: a document with one long array, written in
 * pieces, is `JSON.stringify(doc, null, 2) + '\n'` byte for byte, wherever the array sits.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonPieces, jsonTextPieces, writePieces } from '../../src/core/report/json-pieces.js';
import { resultPieces } from '../../src/core/report/files.js';
import { sarifPieces, toSarif } from '../../src/core/report/sarif.js';
import type { Finding, GateResult, RuleInfo } from '../../src/core/result.js';

const whole = (v: unknown): string => JSON.stringify(v, null, 2) + '\n';

/** Items of every JSON kind, with text that needs escaping. */
function itemOf(i: number): unknown {
  switch (i % 6) {
    case 0:
      return {
        i,
        text: `line\nbreak "q" \\ \u2028 ✅ ${'x'.repeat(i % 40)}`,
        nested: [[], {}, [i]]
      };
    case 1:
      return `a string ${i}\t`;
    case 2:
      return i % 4 ? null : [1, { deep: { deeper: [i] } }];
    case 3:
      return undefined; // null in an array, as JSON.stringify writes it
    case 4:
      return { toJSON: () => ({ made: i }) };
    default:
      return i / 7;
  }
}

describe('jsonPieces', () => {
  const placements: [string, (p: string) => unknown][] = [
    ['the root', (p) => p],
    ['a top-level key', (p) => ({ a: 1, list: p, z: 'after' })],
    ['deep in objects and arrays', (p) => ({ runs: [{ tool: { x: [1] }, results: p }], tail: [] })],
    ['an array of arrays', (p) => [[0], [p, 'next'], 'last']]
  ];
  for (const [where, build] of placements) {
    for (const n of [0, 1, 511, 512, 513, 1300]) {
      it(`at ${where}, ${n} items: byte for byte`, () => {
        const items = Array.from({ length: n }, (_, i) => itemOf(i));
        const pieces = [...jsonPieces(build, n, (i) => items[i])];
        expect(pieces.join('')).toBe(whole(build(items as unknown as string)));
        // Many items come in several pieces of about 24,000 characters: never the whole text.
        if (n === 1300) expect(pieces.length).toBeGreaterThan(3);
        for (const p of pieces.slice(1, -1)) expect(p.length).toBeLessThan(28 * 1024);
      });
    }
  }

  it('makes each item only as its piece is taken', () => {
    let made = 0;
    const it = jsonPieces(
      (p) => ({ list: p }),
      2000,
      (i) => (made++, `${i} ${'t'.repeat(100)}`)
    );
    it.next();
    expect(made).toBe(0);
    // Items of about 110 characters: a piece holds some 24,000 characters of them.
    it.next();
    expect(made).toBeGreaterThan(150);
    expect(made).toBeLessThan(300);
    const first = made;
    it.next();
    expect(made).toBeGreaterThan(1.8 * first);
    expect(made).toBeLessThan(2.2 * first);
  });

  it("pieces stay under V8's large-object size whatever the items weigh, byte for byte", () => {
    // Findings-like items of about 440 characters, then a run of 30,000-character ones, then
    // tiny ones.
    const items = Array.from({ length: 6000 }, (_, i) =>
      i >= 2000 && i < 2040
        ? { big: 'y'.repeat(30_000) }
        : i < 4000
          ? { rule: `r${i % 9}`, message: `m${i} ${'z'.repeat(380)}`, file: `f${i}.yml`, line: i }
          : i
    );
    const doc = (p: string) => ({ findings: p, tail: 1 });
    const pieces = [...jsonPieces(doc, items.length, (i) => items[i])];
    expect(pieces.join('')).toBe(whole(doc(items as unknown as string)));
    // Under 64 KiB of characters: never a large object (one item over 24,000 ends its piece).
    expect(pieces.filter((p) => p.length > 64 * 1024)).toEqual([]);
    expect(pieces.length).toBeGreaterThan(60);
    const text = [...jsonTextPieces({ findings: items })];
    expect(text.join('')).toBe(whole({ findings: items }));
    expect(Math.max(...text.map((p) => p.length))).toBeLessThan(96 * 1024);
  });

  it('refuses a document that does not hold the placeholder', () => {
    expect(() => [
      ...jsonPieces(
        () => ({ list: [] }),
        3,
        (i) => i
      )
    ]).toThrow(/placeholder/);
  });

  it('text in the document that looks like a placeholder is left as it is', () => {
    const doc = (p: string) => ({ note: 'ci-intel-array-0000', list: p });
    expect([...jsonPieces(doc, 3, (i) => `ci-intel-array-${i}`)].join('')).toBe(
      whole(doc(['ci-intel-array-0', 'ci-intel-array-1', 'ci-intel-array-2'] as unknown as string))
    );
  });

  it('writePieces replaces what the file held', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'json-pieces-')), 'out.json');
    writeFileSync(file, 'x'.repeat(100_000));
    writePieces(
      file,
      jsonPieces(
        (p) => ({ list: p }),
        1000,
        (i) => ({ i, t: 'é' })
      )
    );
    expect(JSON.parse(readFileSync(file, 'utf8')).list).toHaveLength(1000);
    expect(readFileSync(file, 'utf8')).toBe(
      whole({ list: Array.from({ length: 1000 }, (_, i) => ({ i, t: 'é' })) })
    );
  });
});

describe('jsonTextPieces: any document, every long array in it a slice at a time', () => {
  class Point {
    constructor(
      readonly x: number,
      readonly y: number
    ) {}
  }
  const list = (n: number, at = 0) => Array.from({ length: n }, (_, i) => itemOf(i + at));
  const documents: [string, unknown][] = [
    ['a long array at the root', list(1300)],
    ['an empty object and an empty array', { a: {}, b: [], c: [{}] }],
    [
      'long arrays side by side and nested in objects',
      { findings: list(700), evidence: { workflows: list(1100, 3), invalid: list(2), n: 1 } }
    ],
    [
      'members JSON.stringify leaves out, and members that are all left out',
      { u: undefined, f: () => 1, s: Symbol('s'), keep: 1, only: { u: undefined }, list: list(600) }
    ],
    [
      'toJSON, with the member name, and a Date',
      {
        d: new Date('2026-12-04T00:00:00Z'),
        named: { toJSON: (key: string) => `member ${key}` },
        made: { toJSON: () => ({ long: list(530) }) },
        list: list(513)
      }
    ],
    [
      'objects that are not plain, boxed values, numbers JSON writes as null or 0',
      {
        point: new Point(1, 2),
        map: new Map([[1, 2]]),
        boxed: [new String('s'), new Number(3), new Boolean(false)],
        numbers: [NaN, Infinity, -0, 1e21, 5e-7],
        nullProto: Object.assign(Object.create(null) as object, { a: list(520) })
      }
    ],
    [
      'text that needs escaping in keys and values',
      { 'key "q"\n\u2028': list(515), '✅': '\u0000\ud800' }
    ],
    ['an array of long arrays', [list(600), [list(513)], 'last']],
    ['a string, a number, null at the root', 'root'],
    ['null', null]
  ];
  for (const [what, doc] of documents) {
    it(`${what}: byte for byte`, () => {
      expect([...jsonTextPieces(doc)].join('')).toBe(whole(doc));
    });
  }

  it('never holds the text of a long array at once: pieces of about 64 KiB', () => {
    const doc = { evidence: { workflows: list(20_000) } };
    const pieces = [...jsonTextPieces(doc)];
    expect(pieces.join('')).toBe(whole(doc));
    expect(pieces.length).toBeGreaterThan(10);
    // Each piece ends once it passes 64 KiB; one slice of 512 items adds at most a few KiB more.
    for (const p of pieces) expect(p.length).toBeLessThan(64 * 1024 + 200_000);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(whole(doc).length / 5);
  });

  it('refuses a cycle as JSON.stringify does', () => {
    const a: Record<string, unknown> = { list: list(600) };
    a.self = { back: a };
    expect(() => [...jsonTextPieces(a)]).toThrow(TypeError);
    const arr: unknown[] = list(600);
    arr.push({ arr });
    expect(() => [...jsonTextPieces({ arr })]).toThrow(TypeError);
  });

  it('resultPieces writes a result with a long evidence list as JSON.stringify does', () => {
    const result: GateResult = {
      schema: 'ci-intel.gate-result.v1',
      gate: 'pr-target-ban',
      verdict: 'fail',
      mode: 'enforce',
      summary: 's',
      findings: list(900) as Finding[],
      evidence: {
        workflows: Array.from({ length: 5000 }, (_, i) => ({
          file: `w${i}.yml`,
          triggers: ['push'],
          banned: [],
          allowlisted: false,
          pwnRequests: 0
        }))
      },
      outputs: { a: 'b' },
      startedAt: '2026-12-01T00:00:00.000Z',
      durationMs: 1
    };
    const pieces = [...resultPieces(result)];
    expect(pieces.join('')).toBe(whole(result));
    expect(pieces.length).toBeGreaterThan(5);
  });
});

describe('SARIF in pieces', () => {
  const rules: RuleInfo[] = [
    { id: 'workflow-policy/pinned-uses', title: 'Pin', help: 'Pin it.', severity: 'error' },
    { id: 'workflow-policy/permissions', title: 'Perms', help: 'Scope it.', severity: 'warning' }
  ];
  const findings = (n: number): Finding[] =>
    Array.from({ length: n }, (_, i) => ({
      rule: i % 5 ? rules[i % 2]!.id : `gate/unlisted-${i % 3}`,
      severity: (['error', 'warning', 'note'] as const)[i % 3]!,
      message: `finding ${i} — “quoted” \n ${'y'.repeat(i % 30)}`,
      ...(i % 4 ? { help: `Fix ${i % 9}.` } : {}),
      ...(i % 3
        ? { file: `.github/workflows/w${i % 11}.yml`, line: i + 1, column: (i % 7) + 1 }
        : {})
    }));
  for (const n of [0, 1, 700, 2500]) {
    it(`is JSON.stringify(toSarif(…), null, 2) byte for byte with ${n} findings`, () => {
      const result: GateResult = {
        schema: 'ci-intel.gate-result.v1',
        gate: 'workflow-policy',
        verdict: n ? 'fail' : 'pass',
        mode: 'enforce',
        summary: 's',
        findings: findings(n),
        evidence: {},
        outputs: {},
        startedAt: '2026-12-01T00:00:00.000Z',
        durationMs: 1
      };
      expect([...sarifPieces(result, rules, '1.2.3')].join('')).toBe(
        whole(toSarif(result, rules, '1.2.3'))
      );
    });
  }
});
