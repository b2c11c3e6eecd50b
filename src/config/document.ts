/**
 * One layer of configuration read from YAML: the plain value, where every key stands (so a
 * problem names file, line and column), and validation against schema/config.v1.json with
 * "did you mean" for unknown keys.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { ConfigError } from './errors.js';
// schema/config.v1.json compiled by ajv at build time (scripts/gen-config-validator.mjs, run by
// `npm run matrix`; test/config/generated.test.ts fails when it is stale).
import { validate as generatedConfigValidator } from './generated/config-v1-validator.js';
import { positionOf, type ConfigDocument, type Position } from './positions.js';

export { positionOf, type ConfigDocument, type Position } from './positions.js';

/** A configuration file is a few kilobytes; anything larger is not one. */
export const MAX_CONFIG_BYTES = 512 * 1024;

function pointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function collect(
  node: Node | null | undefined,
  pointer: string,
  lines: LineCounter,
  out: Map<string, Position>
): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const ptr = `${pointer}/${pointerToken(key)}`;
      const range = (pair.key as Node | null)?.range;
      if (range) {
        const p = lines.linePos(range[0]);
        out.set(ptr, { line: p.line, column: p.col });
      }
      collect(pair.value as Node, ptr, lines, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const ptr = `${pointer}/${i}`;
      const range = (item as Node | null)?.range;
      if (range) {
        const p = lines.linePos(range[0]);
        out.set(ptr, { line: p.line, column: p.col });
      }
      collect(item as Node, ptr, lines, out);
    });
  }
}

/** Parse YAML text into a ConfigDocument; syntax errors and duplicate keys are ConfigErrors. */
export function parseConfigText(text: string, label: string, file: string): ConfigDocument {
  if (text.length > MAX_CONFIG_BYTES) {
    throw new ConfigError(
      `${label} is ${text.length} bytes; a configuration is at most ${MAX_CONFIG_BYTES}`,
      file
    );
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    uniqueKeys: true,
    merge: false,
    prettyErrors: false
  });
  const problem = doc.errors[0];
  if (problem) {
    const p = lines.linePos(problem.pos[0]);
    throw new ConfigError(
      `${label}:${p.line}:${p.col}: ${problem.message.split('\n')[0]}`,
      file,
      'Fix the YAML syntax (duplicate keys are refused: a key means one thing).',
      p.line,
      p.col
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new ConfigError(`${label}: ${(err as Error).message}`, file);
  }
  if (value === null || value === undefined) value = {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(
      `${label} must be a mapping (version: 1, then one section per gate)`,
      file,
      undefined,
      1,
      1
    );
  }
  const positions = new Map<string, Position>();
  positions.set('', { line: 1, column: 1 });
  collect(doc.contents as Node, '', lines, positions);
  return { label, file, value: value as Record<string, unknown>, positions };
}

/**
 * The validator of schema/config.v1.json: ajv standalone code generated with the options it was
 * compiled with at run time before (Ajv2020, allErrors, verbose — `describe` reads the parent
 * schema of an unknown key —, not strict, ajv-formats).
 */
const configValidator = (): ValidateFunction =>
  generatedConfigValidator as unknown as ValidateFunction;

/** Edit distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

export function closest(word: string, candidates: string[]): string | undefined {
  const norm = (s: string): string => s.toLowerCase().replace(/[_\s]/g, '-');
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(norm(word), norm(c));
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function describe(doc: ConfigDocument, e: ErrorObject): ConfigError {
  const at = e.instancePath;
  const where = at === '' ? 'the top level' : at.slice(1).replace(/\//g, '.');
  if (e.keyword === 'additionalProperties') {
    const key = String(e.params.additionalProperty);
    const allowed = Object.keys(
      ((e.parentSchema as { properties?: object }).properties ?? {}) as object
    );
    const guess = closest(key, allowed);
    const pos = positionOf(doc, `${at}/${pointerToken(key)}`);
    const secretHint =
      at !== '' && /token|password|secret|key$/.test(key) && !guess
        ? ' (secret inputs cannot be set in a file: pass them as step inputs from secrets)'
        : '';
    return new ConfigError(
      `${doc.label}:${pos.line}:${pos.column}: unknown key '${key}' in ${where}${guess ? `; did you mean '${guess}'?` : ''}${secretHint}`,
      doc.file,
      guess
        ? `Rename '${key}' to '${guess}'.`
        : `Valid keys here: ${allowed.join(', ')}. See schema/config.v1.json.`,
      pos.line,
      pos.column
    );
  }
  const pos = positionOf(doc, at);
  const detail =
    e.keyword === 'enum'
      ? `must be one of: ${((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).join(', ')}`
      : e.keyword === 'const'
        ? `must be ${JSON.stringify((e.params as { allowedValue?: unknown }).allowedValue)}`
        : (e.message ?? e.keyword);
  return new ConfigError(
    `${doc.label}:${pos.line}:${pos.column}: ${where} ${detail}`,
    doc.file,
    'See schema/config.v1.json for the allowed values.',
    pos.line,
    pos.column
  );
}

/**
 * Validate a layer against schema/config.v1.json; throws the first problem, positioned. `validate`
 * is the generated validator; the test that compares it with a run-time compile passes its own.
 */
export function validateConfig(
  doc: ConfigDocument,
  validate: ValidateFunction = configValidator()
): void {
  if (validate(doc.value)) return;
  const errors = validate.errors ?? [];
  // Prefer the most specific problem: unknown keys first, then the deepest path.
  const pick =
    errors.find((e) => e.keyword === 'additionalProperties') ??
    errors
      .filter((e) => e.keyword !== 'oneOf')
      .sort((a, b) => b.instancePath.length - a.instancePath.length)[0] ??
    errors[0];
  throw describe(doc, pick);
}
