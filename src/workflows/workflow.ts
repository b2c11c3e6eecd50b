/**
 * One notion of a workflow, its triggers, jobs and steps, with source positions. Every gate that
 * reads workflow files goes through `parseWorkflow` (one parser, one model).
 */
import type { Node } from 'yaml';
import { errorMessage } from '../core/errors.js';
import { parseStrictJson } from '../core/strict-json.js';
import { eventName, unknownEvent } from './events.js';
import { isMap, isScalar, isSeq } from './yaml-nodes.js';
import { displayPath, readWorkspaceText, symlinkOnPath } from './files.js';
import {
  MAX_YAML_BYTES,
  parseYaml,
  YamlLibraryNeeded,
  YamlLimitError,
  type Pos,
  type YamlDoc,
  type YamlProblem
} from './yaml-doc.js';

export type { Pos } from './yaml-doc.js';

export interface Str {
  value: string;
  pos: Pos;
  /** The value's YAML node (aliases followed), for positions inside it. */
  node?: Node;
}

export interface Step {
  index: number;
  pos: Pos;
  id?: Str;
  name?: Str;
  uses?: Str;
  run?: Str;
  if?: Str;
  /** Action inputs by lower-cased name: GitHub reads input names case-insensitively. */
  with: Map<string, Str>;
  env: Map<string, Str>;
  node: Node;
}

export interface Job {
  id: string;
  pos: Pos;
  name?: Str;
  if?: Str;
  /** A reusable-workflow call (`uses:` at job level). */
  uses?: Str;
  /** Reusable-workflow inputs by lower-cased name (case-insensitive, as GitHub reads them). */
  with: Map<string, Str>;
  env: Map<string, Str>;
  outputs: Map<string, Str>;
  /**
   * The text each matrix variable can take, by variable name: top-level matrix keys, the keys of
   * `include` entries (literal or `fromJSON('…')`), and `*` for a matrix computed at run time.
   */
  matrix: Map<string, string>;
  permissions?: { pos: Pos; node: Node | undefined };
  steps: Step[];
  node: Node;
}

export interface Trigger {
  event: string;
  pos: Pos;
  node?: Node;
}

export interface Workflow {
  file: string;
  name?: Str;
  /** The position of the `on` key. */
  onPos: Pos;
  triggers: Trigger[];
  env: Map<string, Str>;
  permissions?: { pos: Pos; node: Node | undefined };
  concurrency?: { pos: Pos; node: Node | undefined };
  jobs: Job[];
  yaml: YamlDoc;
}

export type WorkflowParse =
  { ok: true; workflow: Workflow } | { ok: false; file: string; problem: YamlProblem };

type Field = { keyNode: Node; value: Node | undefined };

/**
 * `y.get(node, key)` for many keys of one mapping: its entries are read once into a map (keys are
 * unique, case-insensitively, once the document is parsed), not once per key looked up.
 */
function fieldsOf(y: YamlDoc, node: Node | undefined): (key: string) => Field | undefined {
  const byKey = new Map<string, Field>();
  for (const e of y.entries(node)) if (!byKey.has(e.key)) byKey.set(e.key, e);
  return (key) => byKey.get(key);
}

function strOf(y: YamlDoc, node: Node | undefined): Str | undefined {
  const value = y.str(node);
  const n = y.resolve(node) ?? node;
  return value === undefined ? undefined : { value, pos: y.pos(n), node: n };
}

/** A mapping of names to strings; `lower` keys it case-insensitively (action inputs). */
function strMap(y: YamlDoc, node: Node | undefined, lower = false): Map<string, Str> {
  const out = new Map<string, Str>();
  for (const e of y.entries(node)) {
    const key = lower ? e.key.toLowerCase() : e.key;
    const s = strOf(y, e.value);
    if (s) out.set(key, s);
    else if (e.value !== undefined) {
      const n = y.resolve(e.value) ?? e.value;
      out.set(key, { value: y.text(e.value), pos: y.pos(n), node: n });
    }
  }
  return out;
}

function shown(y: YamlDoc, node: Node | undefined): string {
  const n = y.resolve(node);
  if (!n) return 'nothing';
  if (isScalar(n))
    return n.value === null ? 'null' : `'${String(n.source ?? n.value).slice(0, 60)}'`;
  if (isSeq(n)) return 'a list';
  if (isMap(n)) return 'a mapping';
  return 'a value';
}

/** One event name of `on:`: a non-empty string scalar, or GitHub rejects the workflow. */
function eventOf(y: YamlDoc, node: Node | undefined, where: Node): Trigger {
  const n = y.resolve(node);
  if (!n || !isScalar(n) || typeof n.value !== 'string' || n.value === '') {
    throw new YamlLimitError(
      `'on' holds ${shown(y, node)} where an event name belongs; GitHub rejects the workflow (write an event name, a list of event names or a mapping of events)`,
      y.pos(n ?? node ?? where)
    );
  }
  const unknown = unknownEvent(n.value);
  if (unknown) throw new YamlLimitError(unknown, y.pos(n));
  return { event: eventName(n.value), pos: y.pos(n) };
}

/**
 * The triggers of `on:` in the forms GitHub accepts: an event name, a list of names, or a
 * mapping of events to null or their filters (`schedule` to a list). Anything else — a number,
 * null, a nested list, an alias to something else — is refused as GitHub refuses it, never read
 * as "no triggers".
 */
function triggersOf(y: YamlDoc, on: Node | undefined, onKey: Node): Trigger[] {
  const n = y.resolve(on);
  if (n && isSeq(n)) return (n.items as Node[]).map((item) => eventOf(y, item, n));
  if (!n || !isMap(n)) return [eventOf(y, on, onKey)];
  return y.entries(n).map((e) => {
    const unknown = unknownEvent(e.key);
    if (unknown) throw new YamlLimitError(unknown, y.pos(e.keyNode));
    const v = y.resolve(e.value);
    const ok =
      !v || (isScalar(v) && v.value === null) || isMap(v) || (isSeq(v) && e.key === 'schedule');
    if (!ok) {
      throw new YamlLimitError(
        `event '${e.key}' holds ${shown(y, e.value)}; GitHub rejects the workflow (an event takes a mapping of filters, or nothing)`,
        y.pos(v ?? e.keyNode)
      );
    }
    return { event: eventName(e.key), pos: y.pos(e.keyNode), node: e.value };
  });
}

function stepsOf(y: YamlDoc, node: Node | undefined): Step[] {
  return (y.seq(node) ?? []).map((raw, index) => {
    const s = y.resolve(raw) ?? raw;
    const field = fieldsOf(y, s);
    const get = (k: string) => field(k)?.value;
    return {
      index,
      pos: y.pos(s),
      id: strOf(y, get('id')),
      name: strOf(y, get('name')),
      uses: (() => {
        const u = strOf(y, get('uses'));
        return u ? { ...u, value: u.value.trim() } : undefined;
      })(),
      run: strOf(y, get('run')),
      if: strOf(y, get('if')),
      with: strMap(y, get('with'), true),
      env: strMap(y, get('env')),
      node: s
    };
  });
}

const FROM_JSON_LITERAL = /^\s*\$\{\{\s*fromjson\s*\(\s*'((?:[^']|'')*)'\s*\)\s*\}\}\s*$/i;

/** The document of `${{ fromJSON('…') }}` with a literal argument, else undefined. */
function fromJsonLiteral(y: YamlDoc, node: Node): unknown {
  const text = y.str(node);
  const m = text === undefined ? null : FROM_JSON_LITERAL.exec(text);
  if (!m) return undefined;
  try {
    return parseStrictJson(m[1].replace(/''/g, "'"), 'the fromJSON() literal');
  } catch (err) {
    throw new YamlLimitError(`${errorMessage(err)}; GitHub fails the run`, y.pos(node));
  }
}

function addMatrix(out: Map<string, string>, key: string, text: string): void {
  const k = key.toLowerCase();
  const had = out.get(k);
  out.set(k, had === undefined ? text : `${had}\n${text}`);
}

/** Keys and values of a parsed `fromJSON` matrix (or of its `include` list when `include`). */
function addJsonMatrix(out: Map<string, string>, doc: unknown, include: boolean): void {
  const rows = include ? doc : (doc as { include?: unknown } | null)?.include;
  if (!include && doc && typeof doc === 'object' && !Array.isArray(doc)) {
    for (const [k, v] of Object.entries(doc)) {
      if (k !== 'include' && k !== 'exclude') addMatrix(out, k, JSON.stringify(v));
    }
  }
  if (Array.isArray(rows)) {
    for (const row of rows) {
      if (row && typeof row === 'object' && !Array.isArray(row)) {
        for (const [k, v] of Object.entries(row)) addMatrix(out, k, JSON.stringify(v));
      }
    }
  }
}

/** A matrix (or `include`) computed by an expression: literal `fromJSON` is read, else `*`. */
function addComputed(y: YamlDoc, out: Map<string, string>, node: Node, include: boolean): void {
  const doc = fromJsonLiteral(y, node);
  if (doc === undefined) addMatrix(out, '*', y.text(node));
  else addJsonMatrix(out, doc, include);
}

function matrixOf(y: YamlDoc, strategy: Node | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const matrix = y.get(strategy, 'matrix')?.value;
  const m = y.resolve(matrix);
  if (!m) return out;
  if (isScalar(m)) {
    addComputed(y, out, m, false);
    return out;
  }
  for (const e of y.entries(m)) {
    if (e.key === 'exclude') continue;
    if (e.key !== 'include') {
      addMatrix(out, e.key, y.text(e.value));
      continue;
    }
    const inc = y.resolve(e.value);
    if (!inc) continue;
    if (isScalar(inc)) {
      addComputed(y, out, inc, true);
      continue;
    }
    for (const item of y.seq(inc) ?? []) {
      const row = y.resolve(item);
      if (row && isScalar(row)) addComputed(y, out, row, true);
      else for (const r of y.entries(row)) addMatrix(out, r.key, y.text(r.value));
    }
  }
  return out;
}

function jobsOf(y: YamlDoc, node: Node | undefined): Job[] {
  return y.entries(node).map((e) => {
    const j = y.resolve(e.value);
    const get = fieldsOf(y, j);
    const perms = get('permissions');
    return {
      id: e.key,
      pos: y.pos(e.keyNode),
      name: strOf(y, get('name')?.value),
      if: strOf(y, get('if')?.value),
      uses: (() => {
        const u = strOf(y, get('uses')?.value);
        return u ? { ...u, value: u.value.trim() } : undefined;
      })(),
      with: strMap(y, get('with')?.value, true),
      env: strMap(y, get('env')?.value),
      outputs: strMap(y, get('outputs')?.value),
      matrix: matrixOf(y, get('strategy')?.value),
      permissions: perms ? { pos: y.pos(perms.keyNode), node: perms.value } : undefined,
      steps: stepsOf(y, get('steps')?.value),
      node: (j ?? e.value) as Node
    };
  });
}

/** Build the model from parsed YAML; throws YamlLimitError for what GitHub would reject. */
function modelOf(y: YamlDoc): Workflow {
  const root = y.map(y.doc.contents);
  if (!root) throw new YamlLimitError('the workflow is not a YAML mapping', { line: 1, column: 1 });
  const on = y.get(root, 'on');
  if (!on) {
    throw new YamlLimitError("the workflow has no 'on' key; GitHub rejects it", y.pos(root));
  }
  const perms = y.get(root, 'permissions');
  const conc = y.get(root, 'concurrency');
  return {
    file: y.file,
    name: strOf(y, y.get(root, 'name')?.value),
    onPos: y.pos(on.keyNode),
    triggers: triggersOf(y, on.value, on.keyNode),
    env: strMap(y, y.get(root, 'env')?.value),
    permissions: perms ? { pos: y.pos(perms.keyNode), node: perms.value } : undefined,
    concurrency: conc ? { pos: y.pos(conc.keyNode), node: conc.value } : undefined,
    jobs: jobsOf(y, y.get(root, 'jobs')?.value),
    yaml: y
  };
}

/** Parse a workflow file's text. Never throws for bad input: problems come back with a position. */
export function parseWorkflow(file: string, text: string): WorkflowParse {
  try {
    const parsed = parseYaml(file, text);
    if (!parsed.ok) return { ok: false, file, problem: parsed.problem };
    return { ok: true, workflow: modelOf(parsed.yaml) };
  } catch (err) {
    if (err instanceof YamlLibraryNeeded) throw err; // not the file's problem: see withYamlLibrary
    if (err instanceof YamlLimitError) {
      return { ok: false, file, problem: { message: err.message, ...err.pos } };
    }
    return {
      ok: false,
      file,
      problem: {
        message: `cannot read the workflow: ${(err as Error).message}`,
        line: 1,
        column: 1
      }
    };
  }
}

/**
 * Read and parse a workflow file under `root` (bounded, regular files only), with repo-relative
 * paths in every message. A symlinked workflow, or one under a symlinked folder, is refused as
 * GitHub refuses it: GitHub reads the workflow from the git tree, where a symlink is a blob
 * holding the target's path, and reports the file as invalid instead of running the target.
 * The text comes back too, for gates that look at raw lines.
 */
export function loadWorkflowFile(
  root: string,
  file: string
): { parsed: WorkflowParse; text: string | undefined } {
  const read = readWorkflowText(root, file);
  return { parsed: parseWorkflowText(read), text: 'text' in read ? read.text : undefined };
}

/** A workflow file's text, or why a scan cannot read it; `file` relative to the root. */
export type WorkflowText = { file: string; text: string } | { file: string; problem: string };

/** The parsing half of `loadWorkflowFile`: a file that could not be read is its problem at 1:1. */
export function parseWorkflowText(read: WorkflowText): WorkflowParse {
  if ('problem' in read) {
    return { ok: false, file: read.file, problem: { message: read.problem, line: 1, column: 1 } };
  }
  return parseWorkflow(read.file, read.text);
}

/** The reading half of `loadWorkflowFile` (symlinks refused, bounded, regular files only). */
export function readWorkflowText(root: string, file: string): WorkflowText {
  const rel = displayPath(root, file);
  const link = symlinkOnPath(root, file);
  if (link !== undefined) {
    return {
      file: rel,
      problem: `${link === rel ? `${rel} is a symlink` : `${rel} lies under the symlinked folder ${link}`}: GitHub reads workflows from the git tree and does not follow symlinks (it rejects the file as invalid YAML), so it never runs what the link points at; commit the workflow file itself at this path`
    };
  }
  try {
    return { file: rel, text: readWorkspaceText(root, file, MAX_YAML_BYTES, 'workflow') };
  } catch (err) {
    return { file: rel, problem: errorMessage(err) };
  }
}
