/**
 * Mechanical fixes, as source edits (byte offsets), for three rules:
 * - pinned-uses: `owner/repo@<tag>` → `owner/repo@<sha> # <version>`, the SHA from a workflow that
 *   already pins that tag or, online, from the repository's tags (never a branch);
 * - persist-credentials: `persist-credentials: false` set in (or added with) the step's `with:`;
 * - template-injection: an attacker-controlled `${{ … }}` in `run:` moved into the step's `env:`
 *   and read as a shell variable.
 * Only block-style mappings are edited; a flow mapping, a folded script or an expression the
 * source does not show literally gets no fix (the finding stays).
 */
import type { Node, YAMLMap } from 'yaml';
import { isMap, isScalar } from '../../../workflows/yaml-nodes.js';
import { flowingPaths } from '../../../workflows/expression-flow.js';
import { expressionSpans } from '../../../workflows/expressions.js';
import type { Step, Workflow } from '../../../workflows/workflow.js';
import { isAttackerControlled } from '../rules/template-injection.js';
import type { SourceText } from '../source.js';
import type { RuleFinding, TextEdit } from '../types.js';

type Range = [number, number, number];
const rangeOf = (n: unknown): Range | undefined => (n as { range?: Range } | null)?.range;

/** Resolves a tag of `owner/repo[/path]` to its commit and the version to name in the comment. */
export type PinResolver = (
  target: string,
  tag: string
) => Promise<{ sha: string; version: string } | undefined>;

/** Offset just past the line where a block mapping's last entry ends. */
function afterMap(source: SourceText, map: YAMLMap): number | undefined {
  const last = map.items[map.items.length - 1];
  const end = rangeOf(last?.value)?.[1] ?? rangeOf(last?.key)?.[1];
  if (end === undefined) return undefined;
  const text = source.text;
  if (text[end - 1] === '\n') return end;
  const nl = text.indexOf('\n', end);
  return nl < 0 ? undefined : nl + 1;
}

/** The indentation (spaces) of a block mapping: the column of its first key. */
function indentOf(source: SourceText, map: YAMLMap): string | undefined {
  const start = rangeOf(map.items[0]?.key)?.[0];
  if (start === undefined) return undefined;
  return ' '.repeat(source.posAt(start).column - 1);
}

const blockMap = (n: Node | undefined): YAMLMap | undefined =>
  n && isMap(n) && !n.flow && n.items.length ? n : undefined;

function entry(map: YAMLMap, key: string) {
  return map.items.find((p) => isScalar(p.key) && String(p.key.value).toLowerCase() === key);
}

/** `key: value` set in the step's `sub:` mapping (created when missing). */
function setInStep(
  source: SourceText,
  step: Step,
  sub: 'with' | 'env',
  lines: { key: string; value: string; replace?: boolean }[]
): TextEdit[] | undefined {
  const stepMap = blockMap(step.node);
  if (!stepMap) return undefined;
  const stepIndent = indentOf(source, stepMap);
  if (stepIndent === undefined) return undefined;
  const subPair = entry(stepMap, sub);
  if (subPair) {
    const m = blockMap(subPair.value as Node | undefined);
    if (!m) return undefined;
    const indent = indentOf(source, m);
    const at = afterMap(source, m);
    if (indent === undefined || at === undefined) return undefined;
    const edits: TextEdit[] = [];
    let added = '';
    for (const l of lines) {
      const existing = entry(m, l.key.toLowerCase());
      const r = rangeOf(existing?.value);
      if (existing && l.replace && r) edits.push({ start: r[0], end: r[1], insert: l.value });
      else if (!existing) added += `${indent}${l.key}: ${l.value}\n`;
    }
    if (added) edits.push({ start: at, end: at, insert: added });
    return edits;
  }
  const at = afterMap(source, stepMap);
  if (at === undefined) return undefined;
  const inner = `${stepIndent}  `;
  return [
    {
      start: at,
      end: at,
      insert: `${stepIndent}${sub}:\n${lines.map((l) => `${inner}${l.key}: ${l.value}\n`).join('')}`
    }
  ];
}

function stepsAt(wf: Workflow): Map<string, Step> {
  const out = new Map<string, Step>();
  for (const job of wf.jobs)
    for (const step of job.steps)
      if (step.uses) out.set(`${step.uses.pos.line}:${step.uses.pos.column}`, step);
  return out;
}

function persistCredentialsFix(source: SourceText, step: Step): TextEdit[] | undefined {
  return setInStep(source, step, 'with', [
    { key: 'persist-credentials', value: 'false', replace: true }
  ]);
}

/** The shell's way to read an environment variable, or undefined for shells we do not edit. */
function varRef(shell: string | undefined, name: string): string | undefined {
  const s = (shell ?? 'bash').trim().toLowerCase();
  if (s === 'bash' || s === 'sh' || s.startsWith('bash ') || s.startsWith('sh '))
    return `\${${name}}`;
  if (s === 'pwsh' || s === 'powershell' || s.startsWith('pwsh ') || s.startsWith('powershell '))
    return `$env:${name}`;
  return undefined;
}

function envNameFor(path: string): string {
  const segs = path.split('.').filter((s) => s !== '*' && s !== 'github' && s !== 'event');
  const name = segs
    .slice(-2)
    .join('_')
    .toUpperCase()
    .replace(/[^A-Z0-9_]/g, '_');
  return /^[A-Z_]/.test(name) ? name : `V_${name}`;
}

function templateInjectionFix(
  wf: Workflow,
  source: SourceText,
  step: Step,
  shell: string | undefined
): TextEdit[] | undefined {
  const run = step.run;
  const node = run?.node;
  const r = rangeOf(node);
  if (!run || !node || !r || !isScalar(node) || node.type === 'BLOCK_FOLDED') return undefined;
  const raw = source.text.slice(r[0], r[1]);
  const spans = expressionSpans(run.value);
  const names = new Map<string, string>();
  const used = new Set([...step.env.keys()].map((k) => k.toUpperCase()));
  const edits: TextEdit[] = [];
  const env: { key: string; value: string }[] = [];
  const seen = new Map<string, number>();
  for (const span of spans) {
    const text = run.value.slice(span.start, span.end);
    const nth = seen.get(text) ?? 0;
    seen.set(text, nth + 1);
    const direct = flowingPaths(span.body).paths.find((p) => isAttackerControlled(p));
    if (!direct) continue;
    if (text.includes('\n')) return undefined;
    // The nth occurrence in the value must be the nth in the source, and the counts must agree.
    const inValue = run.value.split(text).length - 1;
    const inSource = raw.split(text).length - 1;
    if (inValue !== inSource) return undefined;
    let at = -1;
    for (let k = 0; k <= nth; k++) at = raw.indexOf(text, at + 1);
    if (at < 0) return undefined;
    let name = names.get(text);
    if (!name) {
      const base = envNameFor(direct);
      name = base;
      for (let i = 2; used.has(name); i++) name = `${base}_${i}`;
      used.add(name);
      names.set(text, name);
      env.push({ key: name, value: `\${{ ${span.body.trim()} }}` });
    }
    const ref = varRef(shell, name);
    if (!ref) return undefined;
    edits.push({ start: r[0] + at, end: r[0] + at + text.length, insert: ref });
  }
  if (!edits.length) return undefined;
  const envEdits = setInStep(source, step, 'env', env);
  if (!envEdits) return undefined;
  void wf;
  return [...edits, ...envEdits];
}

function shellOf(wf: Workflow, step: Step, jobNode: Node): string | undefined {
  const y = wf.yaml;
  const get = (n: unknown, ...keys: string[]) => {
    let cur: unknown = n;
    for (const k of keys) cur = y.get(cur, k)?.value;
    return y.str(cur);
  };
  return (
    get(step.node, 'shell') ??
    get(jobNode, 'defaults', 'run', 'shell') ??
    get(y.doc.contents, 'defaults', 'run', 'shell')
  );
}

/** The edits that fix each finding that has a mechanical fix (same order; undefined = none). */
export async function fixesFor(
  wf: Workflow,
  source: SourceText,
  findings: RuleFinding[],
  resolve: PinResolver
): Promise<(TextEdit[] | undefined)[]> {
  if (!source.text.endsWith('\n')) return findings.map(() => undefined);
  const byUses = stepsAt(wf);
  const out: (TextEdit[] | undefined)[] = [];
  // One fix per step covers all of its template-injection findings (they share the edits).
  const doneSteps = new Map<Step, TextEdit[] | undefined>();
  for (const f of findings) {
    let edits: TextEdit[] | undefined;
    if (f.rule === 'persist-credentials') {
      const step = byUses.get(`${f.line}:${f.column}`);
      if (step) edits = persistCredentialsFix(source, step);
    } else if (f.rule === 'template-injection') {
      for (const job of wf.jobs) {
        for (const step of job.steps) {
          const r = rangeOf(step.run?.node);
          if (!r || !step.run) continue;
          const from = source.posAt(r[0]);
          const to = source.posAt(r[1]);
          const inside =
            (f.line > from.line || (f.line === from.line && f.column >= from.column)) &&
            (f.line < to.line || (f.line === to.line && f.column <= to.column));
          if (!inside) continue;
          if (!doneSteps.has(step))
            doneSteps.set(
              step,
              templateInjectionFix(wf, source, step, shellOf(wf, step, job.node))
            );
          edits = doneSteps.get(step);
        }
      }
    } else if (f.rule === 'pinned-uses' && f.pin?.tag) {
      edits = await pinFix(wf, source, f, resolve);
    }
    out.push(edits);
  }
  return out;
}

async function pinFix(
  wf: Workflow,
  source: SourceText,
  f: RuleFinding,
  resolve: PinResolver
): Promise<TextEdit[] | undefined> {
  const y = wf.yaml;
  let node: Node | undefined;
  for (const job of wf.jobs) {
    const sites = [
      ...(job.uses ? [{ str: job.uses, parent: job.node }] : []),
      ...job.steps.filter((s) => s.uses).map((s) => ({ str: s.uses!, parent: s.node }))
    ];
    for (const s of sites) {
      if (s.str.pos.line === f.line && s.str.pos.column === f.column) {
        const v = y.get(s.parent, 'uses')?.value;
        node = y.resolve(v) ?? v;
      }
    }
  }
  const r = rangeOf(node);
  if (!node || !r || !isScalar(node) || !f.pin?.tag) return undefined;
  // The comment goes at the end of the line: only a one-line plain or quoted scalar that ends
  // its line (not a block scalar, not inside a flow mapping) can take it.
  if (node.type !== 'PLAIN' && node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE')
    return undefined;
  const eol = source.text.indexOf('\n', r[1]);
  const rest = source.text.slice(r[1], eol < 0 ? source.text.length : eol);
  if (source.text.slice(r[0], r[1]).includes('\n') || !/^\s*(#.*)?$/.test(rest)) return undefined;
  const raw = source.text.slice(r[0], r[1]);
  const needle = `@${f.pin.tag}`;
  const at = raw.lastIndexOf(needle);
  if (at < 0 || raw.indexOf(needle) !== at) return undefined;
  const got = await resolve(f.pin.target, f.pin.tag);
  if (!got) return undefined;
  const edits: TextEdit[] = [
    { start: r[0] + at + 1, end: r[0] + at + needle.length, insert: got.sha }
  ];
  if (source.trailingComment(node) === undefined)
    edits.push({ start: r[1], end: r[1], insert: ` # ${got.version}` });
  return edits;
}
