/**
 * The fast reader's nodes (src/workflows/yaml-fast-nodes.ts) are the yaml library's nodes in
 * everything the library and our code look at: class, type guards, the type symbol's
 * attributes, the schema, cloning, editing and conversion to plain data.
 */
import { describe, expect, it } from '@jest/globals';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  Pair,
  Scalar,
  YAMLMap,
  YAMLSeq,
  type Document
} from 'yaml';
import { fastNodes } from '../../src/workflows/yaml-fast-nodes.js';
import { DOC_OPTIONS, fastParse } from '../../src/workflows/yaml-fast.js';
import { NODE_TYPE } from '../../src/workflows/yaml-nodes.js';

const TEXT = `name: ci
on:
  push:
    branches: [main, 'release/*']
  pull_request: {types: [opened]}
env:
  RETRIES: 3
  RATIO: 1.5
  DEBUG: false
  EMPTY: null
  HEX: 0x1F
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: |
          echo "one"
          echo 'two'
      - name: "quoted \\u00e9"
        run: >-
          folded
          text
`;

function fastDoc(text: string): Document.Parsed {
  const r = fastParse(text);
  if (!('doc' in r)) throw new Error(`the fast reader gave up: ${JSON.stringify(r)}`);
  return r.doc;
}

describe("the fast reader's nodes", () => {
  const doc = fastDoc(TEXT);
  const lib = parseDocument(TEXT, DOC_OPTIONS);
  const root = doc.contents as YAMLMap;
  const pair = root.items[0] as Pair;
  const name = pair.value as Scalar;
  const steps = doc.getIn(['jobs', 'build', 'steps'], true) as YAMLSeq;

  it('convert to the same plain data as the library parse of the text', () => {
    expect(doc.toJS()).toEqual(lib.toJS());
    expect(JSON.stringify(doc.contents)).toBe(JSON.stringify(lib.contents));
  });

  it("are instances of the library's classes and pass its type guards", () => {
    expect(root).toBeInstanceOf(YAMLMap);
    expect(steps).toBeInstanceOf(YAMLSeq);
    expect(pair).toBeInstanceOf(Pair);
    expect(name).toBeInstanceOf(Scalar);
    expect([isMap(root), isSeq(steps), isPair(pair), isScalar(name)]).toEqual([
      true,
      true,
      true,
      true
    ]);
    expect([isMap(steps), isSeq(root), isScalar(pair), isPair(name)]).toEqual([
      false,
      false,
      false,
      false
    ]);
  });

  it('hold the type as the library does: not enumerable, not writable', () => {
    for (const node of [root, steps, pair, name]) {
      expect(Object.getOwnPropertySymbols(node)).toEqual([]);
      expect(Object.keys(node)).not.toContain('schema');
      expect(() => {
        (node as unknown as Record<symbol, unknown>)[NODE_TYPE] = Symbol('other');
      }).toThrow(TypeError);
    }
    expect(Object.keys(name)).toEqual(['value', 'range', 'source', 'type']);
    expect(Object.keys(pair)).toEqual(['key', 'value']);
    expect({ ...name }).toEqual({ value: 'ci', range: name.range, source: 'ci', type: 'PLAIN' });
  });

  it("share the reader's schema, and a schema set on one node stays that node's", () => {
    const schema = root.schema;
    expect(schema?.name).toBe('core');
    expect(steps.schema).toBe(schema);
    const copy = root.clone(lib.schema);
    expect(copy.schema).toBe(lib.schema);
    expect(root.schema).toBe(schema);
    expect(isMap(copy)).toBe(true);
    expect(copy.toJSON()).toEqual(root.toJSON());
  });

  it("are edited by the library's own methods", () => {
    const d = fastDoc(TEXT);
    d.setIn(['env', 'ADDED'], 'yes');
    (d.getIn(['jobs', 'build', 'steps'], true) as YAMLSeq).add({ run: 'echo three' });
    d.deleteIn(['env', 'DEBUG']);
    const expected = lib.toJS() as { env: Record<string, unknown>; jobs: { build: { steps: unknown[] } } };
    expected.env.ADDED = 'yes';
    delete expected.env.DEBUG;
    expected.jobs.build.steps.push({ run: 'echo three' });
    expect(d.toJS()).toEqual(expected);
    expect(String(d)).toContain('ADDED: yes');
  });

  it('are made once per process', () => {
    expect(() => fastNodes(doc.schema)).toThrow(/made once/);
  });
});
