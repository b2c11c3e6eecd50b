/**
 * GitHub-flavoured YAML reading with source positions, bounded against hostile input.
 * YAML 1.2 core schema (so `on` stays a string), unique keys, no merge keys, no alias keys, one
 * document. Duplicate keys are found in one linear pass of our own (the yaml library's
 * `uniqueKeys` check compares every key with every earlier one, which takes minutes on a 2 MiB
 * mapping); keys that differ only in case count as duplicates, as in GitHub's workflow parser.
 */
import type { Document, Node, YAMLMap } from 'yaml';
import { DOC_OPTIONS, fastParse, LineTable } from './yaml-fast.js';
import { type Alias, isAlias, isMap, isPair, isScalar, isSeq, visit } from './yaml-nodes.js';

type YamlLibrary = typeof import('./yaml-library.js');

let library: YamlLibrary | undefined;

/**
 * The yaml library's parser (and `stringify`), loaded on the first call. A run loads it only
 * when the fast reader gives up on a text (about one workflow in forty) or a setting is turned
 * back into YAML; the node classes the fast reader builds come without it (./yaml-nodes.ts).
 */
export async function yamlLibrary(): Promise<YamlLibrary> {
  library ??= await import('./yaml-library.js');
  return library;
}

/** Load the yaml library's parser now (see `yamlLibrary`). */
export async function loadYamlLibrary(): Promise<void> {
  await yamlLibrary();
}

/**
 * Thrown by `parseYaml` when a text needs the library's parser and it is not loaded yet: callers
 * that read YAML run through `withYamlLibrary`, which loads it and reads again. Never a problem
 * of the input: nothing turns it into a finding.
 */
export class YamlLibraryNeeded extends Error {
  constructor() {
    super('internal: the YAML parser is not loaded (read the file through withYamlLibrary)');
    this.name = 'YamlLibraryNeeded';
  }
}

/**
 * `read()` — and, when it needed the yaml library's parser before it was loaded, `read()` again
 * once the parser is loaded. `read` must be safe to run twice (reading and parsing files is).
 */
export async function withYamlLibrary<T>(read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (!(err instanceof YamlLibraryNeeded)) throw err;
    await loadYamlLibrary();
    return await read();
  }
}

export interface Pos {
  line: number;
  column: number;
}

export interface YamlProblem extends Pos {
  message: string;
}

/** Anything bigger is refused before it is parsed. */
export const MAX_YAML_BYTES = 2 * 1024 * 1024;
/** Alias dereferences per document before we call it an alias bomb. */
export const MAX_ALIAS_DEREFS = 10_000;

export class YamlDoc {
  private derefs = 0;
  /** What each alias of the document refers to (`targetOf`), once an alias is followed. */
  private aliasTargets: Map<Alias, Node | undefined> | undefined;

  constructor(
    readonly file: string,
    readonly doc: Document.Parsed,
    private readonly lines: { linePos(offset: number): { line: number; col: number } }
  ) {}

  pos(node: unknown): Pos {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (!range) return { line: 1, column: 1 };
    if (this.lines instanceof LineTable) return this.lines.pos(range[0]);
    const p = this.lines.linePos(range[0]);
    return { line: p.line, column: p.col };
  }

  /** Follow aliases, within a budget that stops alias bombs. */
  resolve(node: unknown): Node | undefined {
    let n = node as Node | null | undefined;
    while (n && isAlias(n)) {
      if (++this.derefs > MAX_ALIAS_DEREFS) {
        throw new YamlLimitError(
          `more than ${MAX_ALIAS_DEREFS} alias expansions (a YAML alias bomb?)`,
          this.pos(n)
        );
      }
      const target = this.targetOf(n);
      if (!target) {
        throw new YamlLimitError(`YAML error: alias *${n.source} refers to no anchor`, this.pos(n));
      }
      n = target;
    }
    return n ?? undefined;
  }

  /**
   * The node `alias` refers to, as the yaml library's `Alias.resolve` finds it: the last node
   * anchored with its name before it, in document order. The library walks the whole document
   * for every alias it resolves, so a file of a few thousand aliases took minutes (9,000 in a
   * 144 KB workflow: 79 s); here one walk finds every alias's target.
   */
  private targetOf(alias: Alias): Node | undefined {
    if (!this.aliasTargets) {
      const targets = new Map<Alias, Node | undefined>();
      const lastAnchored = new Map<string, Node>();
      visit(this.doc, {
        Node: (_key, node) => {
          if (isAlias(node)) targets.set(node, lastAnchored.get(node.source));
          else if (node.anchor) lastAnchored.set(node.anchor, node);
        }
      });
      this.aliasTargets = targets;
    }
    // An alias the walk did not meet is not in this document's tree: the library decides.
    if (!this.aliasTargets.has(alias)) return alias.resolve(this.doc) as Node | undefined;
    return this.aliasTargets.get(alias);
  }

  /** The string value of a scalar (numbers and booleans as written), else undefined. */
  str(node: unknown): string | undefined {
    const n = this.resolve(node);
    if (!n || !isScalar(n)) return undefined;
    if (n.value === null || n.value === undefined) return undefined;
    if (typeof n.value === 'string') return n.value;
    return n.source ?? String(n.value);
  }

  map(node: unknown): YAMLMap | undefined {
    const n = this.resolve(node);
    return n && isMap(n) ? n : undefined;
  }

  seq(node: unknown): Node[] | undefined {
    const n = this.resolve(node);
    return n && isSeq(n) ? (n.items as Node[]) : undefined;
  }

  /** The entries of a mapping with resolved string keys; non-string keys are reported. */
  entries(node: unknown): { key: string; keyNode: Node; value: Node | undefined }[] {
    const m = this.map(node);
    if (!m) return [];
    const out: { key: string; keyNode: Node; value: Node | undefined }[] = [];
    for (const item of m.items) {
      out.push({
        key: this.keyOf(item),
        keyNode: item.key as Node,
        value: (item.value ?? undefined) as Node | undefined
      });
    }
    return out;
  }

  /**
   * The entry of `key`, as `entries(node)` would find it (every key resolved, a non-string key
   * anywhere reported), without building the list.
   */
  get(node: unknown, key: string): { keyNode: Node; value: Node | undefined } | undefined {
    const m = this.map(node);
    if (!m) return undefined;
    let found: { keyNode: Node; value: Node | undefined } | undefined;
    for (const item of m.items) {
      if (this.keyOf(item) === key && found === undefined) {
        found = { keyNode: item.key as Node, value: (item.value ?? undefined) as Node | undefined };
      }
    }
    return found;
  }

  /** A mapping entry's key, resolved; GitHub rejects a key that is not a string. */
  private keyOf(item: { key: unknown; value: unknown }): string {
    const keyNode = this.resolve(item.key);
    if (keyNode && isScalar(keyNode) && typeof keyNode.value === 'string') return keyNode.value;
    throw new YamlLimitError(
      `mapping key ${keyNode && isScalar(keyNode) ? `'${String(keyNode.value)}'` : ''} is not a string; GitHub rejects it`,
      this.pos(item.key ?? item.value)
    );
  }

  /** Every scalar string under a node (aliases followed), for "mentions" checks. */
  text(node: unknown, depth = 0): string {
    if (depth > 64) return '';
    const n = this.resolve(node);
    if (!n) return '';
    if (isScalar(n)) return n.value === null ? '' : String(n.value);
    if (isMap(n)) {
      return n.items
        .map((p) => `${this.text(p.key, depth + 1)}: ${this.text(p.value, depth + 1)}`)
        .join('\n');
    }
    if (isSeq(n)) return n.items.map((i) => this.text(i, depth + 1)).join('\n');
    return '';
  }
}

/** A bound or rule of GitHub's YAML that the document breaks. */
export class YamlLimitError extends Error {
  constructor(
    message: string,
    readonly pos: Pos
  ) {
    super(message);
    this.name = 'YamlLimitError';
  }
}

export type YamlParse = { ok: true; yaml: YamlDoc } | { ok: false; problem: YamlProblem };

/**
 * Whether parseYaml tries the fast reader of yaml-fast.ts first (it gives up, and the library
 * runs, on anything outside its subset). `CI_INTEL_YAML_FAST=0` turns it off, as do the
 * differential tests through setFastYaml, to compare both paths.
 */
let fastYaml = process.env.CI_INTEL_YAML_FAST !== '0';

/** Turn the fast reader on or off (tests); returns the previous setting. */
export function setFastYaml(on: boolean): boolean {
  const was = fastYaml;
  fastYaml = on;
  return was;
}

/** What a text without any YAML document (blank and comment lines only) reads as. */
function noDocument(): YamlParse {
  return {
    ok: false,
    problem: { message: 'the file holds no YAML document', line: 1, column: 1 }
  };
}

/**
 * Parse one YAML document the way GitHub reads workflow files. A text the fast reader gives up
 * on needs the library's parser: loaded beforehand (`loadYamlLibrary`), or else this throws
 * `YamlLibraryNeeded` (see `withYamlLibrary`).
 */
export function parseYaml(file: string, text: string): YamlParse {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_YAML_BYTES) {
    return {
      ok: false,
      problem: {
        message: `file is ${bytes} bytes; files over ${MAX_YAML_BYTES} bytes are refused`,
        line: 1,
        column: 1
      }
    };
  }
  if (fastYaml) {
    const fast = fastParse(text);
    if ('none' in fast) return noDocument();
    if ('doc' in fast) {
      const yaml = new YamlDoc(file, fast.doc, new LineTable(text));
      const broken = keyProblem(yaml);
      if (broken) return { ok: false, problem: broken };
      return { ok: true, yaml };
    }
  }
  if (!library) throw new YamlLibraryNeeded();
  const lines = new library.LineCounter();
  // The fast reader's options, so both paths read alike; unique keys are checked by keyProblem
  // in one linear pass (the library's own check is quadratic).
  const parsed = library.parseAllDocuments(text, { lineCounter: lines, ...DOC_OPTIONS });
  const docs = Array.isArray(parsed) ? parsed : [];
  if (docs.length === 0) return noDocument();
  if (docs.length > 1) {
    const p = lines.linePos(docs[1].range[0]);
    return {
      ok: false,
      problem: {
        message: 'more than one YAML document in the file; GitHub reads exactly one',
        line: p.line,
        column: p.col
      }
    };
  }
  const doc = docs[0];
  const err = doc.errors[0];
  if (err) {
    const p = err.linePos?.[0] ?? { line: 1, col: 1 };
    return {
      ok: false,
      problem: { message: `YAML error: ${err.message.split('\n')[0]}`, line: p.line, column: p.col }
    };
  }
  const yaml = new YamlDoc(file, doc, lines);
  const broken = keyProblem(yaml);
  if (broken) return { ok: false, problem: broken };
  return { ok: true, yaml };
}

/**
 * How GitHub's parser tells two keys apart: strings case-insensitively (`on` and `On` are the
 * same key to it), other scalars by type and value as the yaml library compares them.
 */
function keyIdentity(key: Node): string | undefined {
  if (!isScalar(key)) return undefined; // a collection as a key: never equal to another
  const v = key.value;
  if (typeof v === 'string') return v.toLowerCase();
  if (typeof v === 'number' && Number.isNaN(v)) return undefined;
  if (v === null || v === undefined) return 'null';
  return `${typeof v}:${String(v)}`;
}

/** A mapping with more keys than this is checked through Maps; below, by a scan of an array. */
const FEW_KEYS = 16;

/**
 * The keys of one mapping seen so far, by identity: strings by their lower-cased text, other
 * scalars by type and value, in two tables (a string key never needs a prefix). Most mappings
 * have a few keys: an array scan then, with nothing allocated per mapping; Maps past FEW_KEYS.
 */
class SeenKeys {
  private readonly ids: string[] = [];
  private readonly strings: boolean[] = [];
  private readonly nodes: Node[] = [];
  private count = 0;
  private seen: Map<string, Node> | undefined;
  private seenOther: Map<string, Node> | undefined;

  /** Forget the keys: a new mapping starts. */
  reset(): void {
    this.count = 0;
    this.seen = this.seenOther = undefined;
  }

  /** The node first recorded under this identity, else undefined (and `node` is recorded). */
  firstOrAdd(id: string, isString: boolean, node: Node): Node | undefined {
    if (this.seen && this.seenOther) {
      const table = isString ? this.seen : this.seenOther;
      const first = table.get(id);
      if (first === undefined) table.set(id, node);
      return first;
    }
    for (let i = 0; i < this.count; i++) {
      if (this.ids[i] === id && this.strings[i] === isString) return this.nodes[i];
    }
    if (this.count === FEW_KEYS) {
      this.seen = new Map();
      this.seenOther = new Map();
      for (let i = 0; i < this.count; i++)
        (this.strings[i] ? this.seen : this.seenOther).set(this.ids[i], this.nodes[i]);
      (isString ? this.seen : this.seenOther).set(id, node);
      return undefined;
    }
    this.ids[this.count] = id;
    this.strings[this.count] = isString;
    this.nodes[this.count] = node;
    this.count++;
    return undefined;
  }
}

/**
 * The first key GitHub would refuse: a duplicate (case-insensitively), an alias used as a key
 * (GitHub's parser cannot read it: "Unexpected value 'undefined'") or a `<<` merge key. One walk
 * over every node; keys compared within each mapping (SeenKeys): linear in the size of the
 * document.
 */
function keyProblem(y: YamlDoc): YamlProblem | undefined {
  const stack: unknown[] = [y.doc.contents];
  const keys = new SeenKeys();
  while (stack.length) {
    const n = stack.pop();
    if (isMap(n)) {
      keys.reset();
      for (const pair of n.items) {
        const key = pair.key as Node | null;
        if (key && isAlias(key)) {
          return {
            message: `an alias (*${key.source}) used as a mapping key: GitHub's parser rejects it; write the key out`,
            ...y.pos(key)
          };
        }
        if (key && isScalar(key) && key.value === '<<' && !key.type?.startsWith('QUOTE')) {
          return {
            message: "YAML merge key '<<' is not supported by GitHub Actions",
            ...y.pos(key)
          };
        }
        const id = key ? keyIdentity(key) : 'null';
        if (id !== undefined) {
          const isString = !!key && isScalar(key) && typeof key.value === 'string';
          const first = keys.firstOrAdd(id, isString, (key ?? pair.value ?? n) as Node);
          if (first) {
            const name = key && isScalar(key) ? String(key.value) : '';
            const firstName = isScalar(first) ? String(first.value) : '';
            return {
              message: `Map keys must be unique: '${name.slice(0, 80)}' repeats '${firstName.slice(0, 80)}' of line ${y.pos(first).line}${name !== firstName ? ' (GitHub compares keys case-insensitively)' : ''}`,
              ...y.pos(key ?? pair.value)
            };
          }
        }
        if (key && !isScalar(key)) stack.push(key);
        // Only collections can hold keys: scalars and aliases need no visit.
        const value = pair.value as Node | null;
        if (value && (isMap(value) || isSeq(value))) stack.push(value);
      }
    } else if (isSeq(n)) {
      for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
    } else if (isPair(n)) {
      stack.push(n.key, n.value);
    }
  }
  return undefined;
}
