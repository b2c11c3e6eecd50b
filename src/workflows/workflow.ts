/**
 * One notion of a workflow, its triggers, jobs and steps, with source positions. Every gate that
 * reads workflow files goes through `parseWorkflow` (one parser, one model).
 */
import { isScalar, type Node } from 'yaml';
import { displayPath, readBounded } from './files.js';
import {
  MAX_YAML_BYTES,
  parseYaml,
  YamlLimitError,
  type Pos,
  type YamlDoc,
  type YamlProblem
} from './yaml-doc.js';

export type { Pos } from './yaml-doc.js';

export interface Str {
  value: string;
  pos: Pos;
}

export interface Step {
  index: number;
  pos: Pos;
  id?: Str;
  name?: Str;
  uses?: Str;
  run?: Str;
  if?: Str;
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
  with: Map<string, Str>;
  env: Map<string, Str>;
  outputs: Map<string, Str>;
  /** Scalars anywhere under `strategy.matrix`, by top-level matrix key. */
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

function strOf(y: YamlDoc, node: Node | undefined): Str | undefined {
  const value = y.str(node);
  return value === undefined ? undefined : { value, pos: y.pos(y.resolve(node) ?? node) };
}

function strMap(y: YamlDoc, node: Node | undefined): Map<string, Str> {
  const out = new Map<string, Str>();
  for (const e of y.entries(node)) {
    const s = strOf(y, e.value);
    if (s) out.set(e.key, s);
    else if (e.value !== undefined) out.set(e.key, { value: y.text(e.value), pos: y.pos(e.value) });
  }
  return out;
}

function triggersOf(y: YamlDoc, on: Node | undefined): Trigger[] {
  const n = y.resolve(on);
  if (!n) return [];
  if (isScalar(n)) {
    const event = y.str(n);
    return event ? [{ event, pos: y.pos(n) }] : [];
  }
  const seq = y.seq(n);
  if (seq) {
    return seq.flatMap((item) => {
      const event = y.str(item);
      return event ? [{ event, pos: y.pos(y.resolve(item) ?? item) }] : [];
    });
  }
  return y.entries(n).map((e) => ({ event: e.key, pos: y.pos(e.keyNode), node: e.value }));
}

function stepsOf(y: YamlDoc, node: Node | undefined): Step[] {
  return (y.seq(node) ?? []).map((raw, index) => {
    const s = y.resolve(raw) ?? raw;
    const get = (k: string) => y.get(s, k)?.value;
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
      with: strMap(y, get('with')),
      env: strMap(y, get('env')),
      node: s
    };
  });
}

function matrixOf(y: YamlDoc, strategy: Node | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const matrix = y.get(strategy, 'matrix')?.value;
  const m = y.resolve(matrix);
  if (m && isScalar(m)) {
    out.set('*', y.text(m));
    return out;
  }
  for (const e of y.entries(matrix)) out.set(e.key, y.text(e.value));
  return out;
}

function jobsOf(y: YamlDoc, node: Node | undefined): Job[] {
  return y.entries(node).map((e) => {
    const j = y.resolve(e.value);
    const get = (k: string) => y.get(j, k);
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
      with: strMap(y, get('with')?.value),
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
    triggers: triggersOf(y, on.value),
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
 * Read and parse a workflow file under `root` (bounded), with repo-relative paths in every
 * message. The text comes back too, for gates that look at raw lines.
 */
export function loadWorkflowFile(
  root: string,
  file: string
): { parsed: WorkflowParse; text: string | undefined } {
  const rel = displayPath(root, file);
  let text: string;
  try {
    text = readBounded(file, MAX_YAML_BYTES);
  } catch (err) {
    const message = (err instanceof Error ? err.message : String(err)).replace(file, rel);
    return {
      parsed: { ok: false, file: rel, problem: { message, line: 1, column: 1 } },
      text: undefined
    };
  }
  return { parsed: parseWorkflow(rel, text), text };
}
