/**
 * The fast YAML reader (src/workflows/yaml-fast.ts) against the yaml library, node by node: on
 * every file of the corpus, the hub's own workflows and templates, the gates' fixture files and
 * hand-made tricky cases, its tree equals the library's (kinds, values, sources, scalar types,
 * formats, flow flags, all three range offsets, line/column positions, key order), and where it
 * gives up it says which construct made it give up. parseYaml answers the same with it on or off.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fastParse } from '../../src/workflows/yaml-fast.js';
import { parseYaml, setFastYaml } from '../../src/workflows/yaml-doc.js';
import { describeWithShared, SHARED, whenShared } from '../helpers/shared.js';
import { compareTrees } from './yaml-fast-diff.js';
import { randomYaml } from './yaml-fast-fuzz.js';
import '../helpers/yaml-library.js';

const ROOT = join(import.meta.dirname, '..', '..');

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(e.name) && statSync(p).size < 4 * 1024 * 1024) out.push(p);
  }
  return out.sort();
}

/** parseYaml's answer, as data: the problem, or a fingerprint of the tree's positions. */
function answer(text: string, fast: boolean): unknown {
  const was = setFastYaml(fast);
  try {
    const r = parseYaml('f.yml', text);
    if (!r.ok) return r.problem;
    const out: unknown[] = [];
    const walk = (n: unknown, depth: number): void => {
      if (depth > 200 || !n || typeof n !== 'object') return;
      const node = n as { items?: unknown[]; key?: unknown; value?: unknown; range?: number[] };
      if (node.range) out.push(r.yaml.pos(node), node.range[0], node.range[1], node.value);
      if (node.items) for (const i of node.items) walk(i, depth + 1);
      if ('key' in node) {
        walk(node.key, depth + 1);
        walk(node.value, depth + 1);
      }
    };
    walk(r.yaml.doc.contents, 0);
    return out;
  } finally {
    setFastYaml(was);
  }
}

/** Tricky texts: expected 'fast' (the trees must be equal) or the construct it must give up on. */
const CASES: [string, string, string][] = [
  ['block scalar, clip', 'a: |\n  x\n\n  y\n\n\nb: 1\n', 'fast'],
  ['block scalar, keep', 'a: |+\n  x\n\n\nb: 1\n', 'fast'],
  ['block scalar, strip', 'a: |-\n  x\n\n\nb: 1\n', 'fast'],
  ['folded, clip', 'a: >\n  f\n  g\n\n  h\n\n\n  i\nb: 1\n', 'fast'],
  ['folded, keep', 'a: >+\n  f\n  g\n\n', 'fast'],
  ['folded, strip, chomp before indent order', 'a: >-\n  f\n  g\n', 'fast'],
  ['folded with more-indented lines', 'a: >\n  f\n    code\n    more\n  g\n\n    x\n  h\n', 'fast'],
  ['literal with more-indented lines and trailing spaces', 'a: |\n  x  \n    y\n  z\t\n', 'tab'],
  ['literal, trailing spaces kept', 'a: |\n  x  \n    y\n  z \n', 'fast'],
  ['literal, more-indented blank line inside and at the end', 'a: |\n  x\n      \n  y\n     \nb: 1\n', 'fast'],
  ['literal, keep, at end of file without newline', 'a: |+\n  x\n  y', 'fast'],
  ['literal, clip, at end of file without newline', 'a: |\n  x\n  y', 'fast'],
  ['literal with a # line inside', 'a: |\n  # not a comment\n  x\n  # c\n', 'fast'],
  ['literal, header comment', 'a: | # c\n  x\n', 'fast'],
  ['explicit indentation indicator', 'a: |2\n   x\n', 'block scalar indentation indicator'],
  ['keep and indicator', 'a: |+2\n   x\n', 'block scalar indentation indicator'],
  ['block scalar in a sequence', '- |\n  x\n- >-\n  y\n  z\n', 'fast'],
  ['double-quoted escapes', 'a: "t\\tn\\nq\\"b\\\\s\\/x\\x41u\\u00e9U\\U0001F600z\\0\\a\\e\\N\\_\\L\\P\\ "\n', 'fast'],
  ['double-quoted bad escape', 'a: "\\q"\n', 'bad double-quoted escape'],
  ['double-quoted over two lines', 'a: "x\n  y"\n', 'multi-line quoted scalar'],
  ['single-quoted with quotes', "a: 'it''s # not a comment'\nb: '' # c\n", 'fast'],
  ['# inside plain and quoted', 'a: b#c\nd: "e # f"\ng: h # real comment\n', 'fast'],
  ['key: value # comment', 'a: 1 # c\nb:    two   # c\n', 'fast'],
  ['empty values', 'on:\n  workflow_dispatch:\n  push:\nx:\n', 'fast'],
  ['empty value, comment after', 'on:\n  wd: # c\n  push:\n', 'fast'],
  ['empty value, comment lines below', 'on:\n  wd:\n  # c\n\n  # d\n  push:\n', 'fast'],
  ['empty value, deeper comment below', 'on:\n  wd:\n      # c\n\n  push:\n', 'fast'],
  ['empty value at end, comments', 'a:\n  b:\n  # c\nd: 1\n', 'fast'],
  ['empty sequence items', '- \n-\n- # c\n- x\n', 'fast'],
  ['nested sequences', '- - a\n  - b\n- - - c\n', 'fast'],
  ['sequence of maps, varying indentation', 'a:\n- k: 1\n  l: 2\n-   m: 3\n    n: 4\nb:\n    -  x: 1\n       y: 2\n', 'fast'],
  ['comments at many columns', 'a:\n  b:\n    c: 1\n\n   # x\n\n # y\n  # z\nd: 1\n', 'fast'],
  ['trailing comments kept by an inner collection', 'a:\n  - k: 1\n   # c3\n  # c2\n # c1\nb:\n  c: 1\n  # x\n    # y\n  d: 2\n', 'fast'],
  ['comment absorbed by a scalar', 'a:\n  b: 1\n      # deeper\n  c: 2\n# end\n', 'fast'],
  ['CRLF line endings', 'a: 1\r\nb: 2\r\n', 'CR line ending'],
  ['BOM', '\ufeffa: 1\n', 'BOM'],
  ['no trailing newline', 'a: 1\nb: [x, y]', 'fast'],
  ['document start', '---\na: 1\n', 'fast'],
  ['document start with comment', '# h\n--- # c\na: 1\n', 'fast'],
  ['document end', 'a: 1\n...\n', 'document marker'],
  ['two documents', 'a: 1\n---\nb: 2\n', 'document marker'],
  ['directive', '%YAML 1.2\n---\na: 1\n', 'directive'],
  ['numbers', 'a: 010\nb: 1_000\nc: 0x1F\nd: +1\ne: .5\nf: 1e3\ng: -0\nh: 0o17\ni: 1.50\nj: -.inf\nk: .NaN\nl: 12e\n', 'fast'],
  ['booleans and nulls in 1.2 core', 'on: yes\noff: no\ny: Yes\nt: true\nT: TRUE\nf: False\nn: null\nN: ~\nm: NULL\nq: nULL\n', 'fast'],
  ['keys that are not strings', 'true: 1\n1: 2\nnull: 3\n', 'fast'],
  ['flow sequences and mappings', 'a: [x, "y", \'z\', 1, true]\nb: {k: v, "q": 2}\nc: []\nd: {}\ne: [ a , b ]\n', 'fast'],
  ['flow collection over lines', 'a: [x,\n  y]\n', 'fast'],
  ['flow collections over lines in a matrix', 'm:\n  include:\n    - {\n        os: linux,\n        t: \'q\',\n      }\n    - { os: mac }\n  v:\n    [\n      \'1\',\n      "2" ,\n      [a,\n       b], {k: v,\n        j: w}\n    ]\nx: 1\n', 'fast'],
  ['flow mapping values before a line break end after it, sequence items at what follows', 'a: {k: b  \n  }\nb: {k: b\n  , c: d}\nc: [{k: b}\n  ]\nd: {k: [x]\n  }\ne: [[x]\n  , y\n  ]\n', 'fast'],
  ['plain scalars starting with a dash in a flow collection', 'k: [--no-default-features, -1, -x, {a: --b}]\n', 'fast'],
  ['a lone dash in a flow collection', 'k: [-, x]\n', "'-' in a flow collection"],
  ['flow line at the block\'s column', 'a:\n  k: [x,\n  y]\n', 'not indented past its block'],
  ['flow closing bracket at the block\'s column', 'a:\n  k: [x,\n  ]\n', 'not indented past its block'],
  ['comment inside a flow collection over lines', 'a: [x, # c\n  y]\n', "'#' in a flow collection"],
  ['comment line inside a flow collection', 'a: [x,\n  # c\n  y]\n', 'blank or comment line inside a flow collection'],
  ['blank line inside a flow collection', 'a: [x,\n\n  y]\n', 'blank or comment line inside a flow collection'],
  ['plain scalar going on in a flow collection', 'a: [x\n  y]\n', 'flow collection syntax'],
  ['flow mapping key before a line break', 'a: {k\n  : v}\n', 'flow mapping entry without a value'],
  ['flow mapping value on the next line', 'a: {k:\n  v}\n', 'flow mapping ":" without a space'],
  ['flow collection never closed', 'a: [x,\n  y\n', 'flow collection'],
  ['nested flow', 'a: [[x], {k: [1, {}]}, []] # c\n', 'fast'],
  ['nested flow, the benches\' jobs line', 'jobs: {a: {runs-on: x, steps: [{run: echo}]}}\n', 'fast'],
  ['flow collection as a flow mapping key', 'a: {[x]: 1}\n', 'flow collection as a flow mapping key'],
  ['anchor and alias', 'a: &x 1\nb: *x\n', 'fast'],
  ['anchors on block collections, aliases in both contexts', 'a: &m\n  k: 1\nb: &s\n  - x\nc: *m # c\nd:\n  - *s\n  - *m\n', 'fast'],
  ['anchored sequence item, aliased later', 'steps:\n  - &co\n    uses: actions/checkout@v4\n  - run: x\nmore:\n  - *co\n', 'fast'],
  ['anchored block and quoted scalars', 'a: &r |\n  echo hi\nb: &q "x ${{ y }}"\nc: &p plain words\nd: *r\ne: *q\n', 'fast'],
  ['anchored sequence at the mapping\'s column', 'a: &s\n- x\nb: *s\n', 'fast'],
  ['alias before its anchor', 'a: *x\nb: &x 1\n', 'alias before its anchor'],
  ['alias inside its own anchor', 'a: &x\n  b: *x\n', 'alias before its anchor'],
  ['anchor defined twice', 'a: &x 1\nb: &x 2\n', 'anchor defined twice'],
  ['comment after an anchor', 'a: &x # c\n  b: 1\n', 'comment after an anchor'],
  ['anchored empty value', 'a: &x\nb: 1\n', 'anchored empty value'],
  ['anchor on a key', '&k a: 1\n', "'&' starting a plain key"],
  ['anchored compact mapping in a sequence', 'a:\n  - &x k: v\n', 'anchored compact collection'],
  ['anchor and tag', 'a: &x !!str 1\n', 'several node properties'],
  ['alias name with a flow indicator', 'a: &x 1\nb: *x,\n', 'other characters'],
  ['tag', 'a: !!str 1\n', "'!' starting a plain scalar"],
  ['complex key', '? a\n: b\n', 'root is not a block mapping or sequence'],
  ['tabs in indentation', 'a:\n\tb: 1\n', 'tab'],
  ['odd indentation (read as a continuation holding ": ")', 'a:\n  b: 1\n   c: 2\n', '": " inside a plain value'],
  ['odd indentation after a quoted value', 'a:\n  b: "1"\n   c: 2\n', 'continuation line'],
  ['odd indentation after a nested mapping', 'a:\n    b: 1\n  c: 2\n', 'deeper indentation after a complete item'],
  ['multi-line plain scalars', 'a: one\n  two\n\n  three\nb:\n  below\n  more\n', 'fast'],
  ['multi-line plain in a sequence', '- one\n  two\n- x\n', 'fast'],
  ['compact nested mapping', 'a: b: c\n', '": " inside a plain value'],
  ['quoted keys', '"a b": 1\n\'c\': 2\n"e" : 3\n', 'fast'],
  ['space before colon', 'a   : 1\n', 'fast'],
  ['duplicate keys', 'on: push\nOn: pull_request\n', 'fast'],
  ['merge key (read; keyProblem refuses it on both paths)', 'a:\n  <<: {b: 1}\n', 'fast'],
  ['deep nesting', `${Array.from({ length: 60 }, (_, i) => `${' '.repeat(2 * i)}k${i}:\n`).join('')}${' '.repeat(120)}v: 1\n`, 'fast'],
  ['long key', `${'k'.repeat(1500)}: 1\n`, 'long key'],
  ['control character', 'a: b\u0007c\n', 'control or line-separator character'],
  ['unicode line separator', 'a: b\u2028c\n', 'control or line-separator character'],
  ['root scalar', 'just a string\n', 'root is not a block mapping or sequence'],
  ['a comment only: no document on either path', '# only a comment\n', 'fast'],
  ['blank lines and an indented comment: no document', '\n  \n  # c\n\n', 'fast'],
  ['an empty text: no document', '', 'fast'],
  ['--- and a comment: a document holding null', '---\n# c\n', 'empty document'],
  ['value on the line of ---', '--- a: 1\n', 'content after ---'],
  ['seq entry in a mapping', 'a: 1\n- b\n', 'sequence entry in a mapping'],
  ['unicode', 'name: "héllo ✓"\nb: 日本\n', 'fast'],
  ['empty sequence item after comments handed on from the item before', 'a:\n  - k: 1\n # c\n  -   \n  - x\n', 'fast'],
  ['empty sequence item, comment before, last item', 'a:\n  - x\n  # c\n  -\nb: 1\n', 'fast'],
  ['keep block scalar ending in spaces at the end of the file', 'a: |+\n  x\n\n   ', 'block scalar ending in spaces'],
  ['flow collections on the line below their key', 'k:\n  [a, b]\nj:\n  {x: 1}\n', 'fast'],
  ['block scalar on the line below its key', 'k:\n  |\n   x\nj: 1\n', 'fast'],
  ['trailing comma in a flow sequence', 'k: [a, b, ] # c\n', 'fast']
];

describe('fast YAML reader, hand-made cases', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    const r = compareTrees(text);
    if (expected === 'fast') {
      expect(r.giveUp).toBeUndefined();
      expect(r.diff).toBeUndefined();
      expect(r.tails).toEqual([]);
    } else {
      expect(r.fast).toBe(false);
      expect(r.giveUp).toContain(expected.replace(/ $/, ''));
    }
    expect(answer(text, true)).toEqual(answer(text, false));
  });

  it('gives the same duplicate-key problem, positions included, on both paths', () => {
    const text = 'name: x\non:\n  push:\njobs:\n  a:\n    runs-on: x\n  A:\n    runs-on: y\n';
    const fast = answer(text, true) as { message: string; line: number };
    expect(fastParse(text)).toHaveProperty('doc');
    expect(fast).toEqual(answer(text, false));
    expect(fast.message).toMatch(/repeats 'a' of line 5 \(GitHub compares keys case-insensitively\)/);
    expect(fast.line).toBe(7);
  });

  it('keeps the size bound: a file over 2 MiB is refused before either reader runs', () => {
    const text = `a: ${'x'.repeat(2 * 1024 * 1024)}\n`;
    expect(answer(text, true)).toEqual(answer(text, false));
    expect((answer(text, true) as { message: string }).message).toMatch(/bytes are refused/);
  });
});

describe('fast YAML reader, seeded random texts', () => {
  it('equal trees on 4,000 random workflow-like texts wherever it reads them', () => {
    let fast = 0;
    let anchored = 0;
    let aliased = 0;
    let overLines = 0;
    for (let seed = 1; seed <= 4000; seed++) {
      const text = randomYaml(seed);
      const r = compareTrees(text);
      if (!r.fast) continue;
      fast++;
      if (text.includes('&a')) anchored++;
      if (text.includes('*a')) aliased++;
      if (/[[{,]\n/.test(text)) overLines++;
      expect({ seed, diff: r.diff, tails: r.tails }).toEqual({ seed, diff: undefined, tails: [] });
    }
    expect(fast).toBeGreaterThan(2000);
    // Anchors, aliases and flow collections over lines are among the texts it reads.
    expect(anchored).toBeGreaterThan(500);
    expect(aliased).toBeGreaterThan(20);
    expect(overLines).toBeGreaterThan(100);
  }, 120_000);
});

const GIVE_UPS = new Map<string, number>();

function differential(files: string[]): { fast: number; total: number } {
  let fast = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const r = compareTrees(text);
    if (r.fast) {
      fast++;
      expect({ file: f, diff: r.diff, tails: r.tails }).toEqual({ file: f, diff: undefined, tails: [] });
    } else {
      expect(r.giveUp).toMatch(/\S/);
      GIVE_UPS.set(r.giveUp!, (GIVE_UPS.get(r.giveUp!) ?? 0) + 1);
    }
    expect(answer(text, true)).toEqual(answer(text, false));
  }
  return { fast, total: files.length };
}

describe("the hub's own YAML", () => {
  it('workflows, templates and the gates’ fixture files: equal trees where the fast reader reads them', () => {
    const files = [
      ...yamlFiles(join(ROOT, '.github')),
      ...yamlFiles(join(ROOT, 'templates')),
      ...yamlFiles(join(ROOT, 'test', 'workflow-policy')),
      ...yamlFiles(join(ROOT, 'test', 'pr-target-ban'))
    ];
    expect(files.length).toBeGreaterThan(20);
    const { fast, total } = differential(files);
    expect(fast / total).toBeGreaterThan(0.8);
  });
});

const CORPUS = join(SHARED, 'corpora', 'workflows');

describeWithShared('the corpus of real workflows', () => {
  it('equal trees on every file the fast reader takes, > 95% of them; the rest say why', () => {
    const files = whenShared(() => yamlFiles(CORPUS), []);
    expect(files.length).toBeGreaterThanOrEqual(1043);
    GIVE_UPS.clear();
    const { fast, total } = differential(files);
    const share = fast / total;
    process.stdout.write(
      `yaml-fast: ${fast}/${total} corpus files on the fast path (${(100 * share).toFixed(1)}%); gave up on: ${JSON.stringify([...GIVE_UPS].sort((a, b) => b[1] - a[1]))}\n`
    );
    expect(share).toBeGreaterThan(0.95);
  }, 120_000);
});
