/**
 * The yaml library's node objects for the fast reader (./yaml-fast.ts), made without the
 * library's constructors. Those define each node's type, and each collection's schema, with
 * `Object.defineProperty` on the new object: a call V8 does not inline, made for every node of
 * every file. In a scan of 16× the corpus it was 6–7 % of the scan worker's time (the
 * constructors of NodeBase, Collection and Pair, profiled).
 *
 * Here the type and the schema are defined once, on a prototype between the node and the
 * library's class: the node is `instanceof` the library's class, the library's guards (`isScalar`,
 * `isMap`, `isSeq`, `isPair`) recognise it, its methods are the library's, and its own fields are
 * what the fast reader sets, in one order for each kind. The type stays what it is in the
 * library: not enumerable, not writable. A schema set on a node (the library's `clone(schema)`)
 * becomes its own field, as in the library.
 */
import type { Node } from 'yaml';
import { MAP, NODE_TYPE, PAIR, Pair, SCALAR, Scalar, SEQ, YAMLMap, YAMLSeq } from './yaml-nodes.js';

type Range = [number, number, number];
type Schema = YAMLMap['schema'];

/** `proto`, made a prototype whose nodes have `type` (and `schema`) as the library defines them. */
function nodePrototype(proto: object, parent: object, type: symbol, schema?: Schema): void {
  Object.setPrototypeOf(proto, parent);
  Object.defineProperty(proto, NODE_TYPE, { value: type });
  if (schema !== undefined) {
    Object.defineProperty(proto, 'schema', {
      value: schema,
      configurable: true,
      enumerable: false,
      writable: true
    });
  }
}

class FastScalar {
  constructor(
    public value: unknown,
    public range: Range,
    public source: string,
    public type: Scalar.Type
  ) {}
}

class FastPair {
  constructor(
    public key: unknown,
    public value: unknown
  ) {}
}

class FastCollection {
  items: unknown[] = [];
}

class FastMap extends FastCollection {}
class FastSeq extends FastCollection {}

export interface FastNodes {
  /** A scalar of `value`, its range, source and scalar type set. */
  scalar(value: unknown, range: Range, source: string, type: Scalar.Type): Scalar;
  /** An empty block or flow mapping (its `flow` and `range` are the reader's to set). */
  map(): YAMLMap;
  /** An empty block or flow sequence. */
  seq(): YAMLSeq;
  pair(key: Node, value: Node): Pair;
}

let made = false;

/** The node makers for documents of `schema` (the reader's one schema: asked once). */
export function fastNodes(schema: Schema): FastNodes {
  if (made) throw new Error("the fast reader's node prototypes are made once");
  made = true;
  nodePrototype(FastScalar.prototype, Scalar.prototype, SCALAR);
  nodePrototype(FastPair.prototype, Pair.prototype, PAIR);
  nodePrototype(FastMap.prototype, YAMLMap.prototype, MAP, schema);
  nodePrototype(FastSeq.prototype, YAMLSeq.prototype, SEQ, schema);
  return {
    scalar: (value, range, source, type) =>
      new FastScalar(value, range, source, type) as unknown as Scalar,
    map: () => new FastMap() as unknown as YAMLMap,
    seq: () => new FastSeq() as unknown as YAMLSeq,
    pair: (key, value) => new FastPair(key, value) as unknown as Pair
  };
}
