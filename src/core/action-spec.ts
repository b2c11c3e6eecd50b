/**
 * Reads `actions/<gate>/action.yml`, the single source of truth for a gate's interface.
 *
 * Besides GitHub's own keys (`description`, `required`, `default`), an input may carry `type`
 * (string, boolean, number, choice, list, duration, secret), `options` (for choice) and, for
 * number and duration inputs, the range they accept: `min`, `max` (numbers; for a duration,
 * durations such as `1s` or `30d`) and `integer: true` (numbers only). Every number and duration
 * input must declare `min` and `max`: an unbounded timeout or count (`-5`, `0.001`,
 * `3000000000`) is never what a user meant. A
 * top-level `ci-intel:` block holds hub metadata: `permissions` the gate needs and `level`
 * (`repository` gates run under `ci-intel check`). The runner's action schema accepts loose keys
 * at both places, so the file stays a valid action.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { registeredActionSpec } from './build-registry.js';
import { parseDuration } from './duration.js';
import { hubRoot } from './hub-root.js';

export { hubRoot } from './hub-root.js';

export type InputType = 'string' | 'boolean' | 'number' | 'choice' | 'list' | 'duration' | 'secret';
const INPUT_TYPES: readonly InputType[] = [
  'string',
  'boolean',
  'number',
  'choice',
  'list',
  'duration',
  'secret'
];

export interface InputSpec {
  name: string;
  description: string;
  required: boolean;
  default?: string;
  type: InputType;
  options?: string[];
  /** number: the smallest value accepted; duration: in milliseconds. */
  min?: number;
  /** number: the largest value accepted; duration: in milliseconds. */
  max?: number;
  /** number: only whole numbers are accepted. */
  integer?: boolean;
}

export interface OutputSpec {
  name: string;
  description: string;
}

export interface ActionSpec {
  gate: string;
  name: string;
  description: string;
  inputs: InputSpec[];
  outputs: OutputSpec[];
  permissions: Record<string, string>;
  level: 'repository' | 'artifact';
  using: string;
  main: string;
  post?: string;
}

function asRecord(v: unknown, where: string): Record<string, unknown> {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) throw new Error(`${where} must be a mapping`);
  return v as Record<string, unknown>;
}

/** The declared range of a number or duration input (both ends required). */
function rangeOf(
  i: Record<string, unknown>,
  type: 'number' | 'duration',
  where: string
): Pick<InputSpec, 'min' | 'max' | 'integer'> {
  const bound = (key: 'min' | 'max'): number => {
    const v = i[key];
    if (v === undefined || v === null || v === '') {
      throw new Error(
        `${where} is a ${type} without '${key}'; declare the range it accepts (min and max)`
      );
    }
    const n = type === 'duration' ? parseDuration(String(v)) : typeof v === 'number' ? v : NaN;
    if (n === undefined || !Number.isFinite(n)) {
      throw new Error(
        `${where}.${key} '${String(v)}' is not a ${type === 'duration' ? 'duration (e.g. 1s, 30d)' : 'number'}`
      );
    }
    return n;
  };
  const min = bound('min');
  const max = bound('max');
  if (min > max) throw new Error(`${where}: min is larger than max`);
  if (i.integer !== undefined && (type !== 'number' || typeof i.integer !== 'boolean')) {
    throw new Error(`${where}.integer must be true or false, on a number input`);
  }
  return { min, max, integer: i.integer === true };
}

/** Parse the text of an action.yml into a validated ActionSpec (throws on a malformed file). */
export function parseActionSpec(gate: string, text: string): ActionSpec {
  const doc = asRecord(parse(text), `actions/${gate}/action.yml`);
  const where = `actions/${gate}/action.yml`;
  const inputs: InputSpec[] = Object.entries(asRecord(doc.inputs, `${where}: inputs`)).map(
    ([name, raw]) => {
      const i = asRecord(raw, `${where}: inputs.${name}`);
      const type = (i.type ?? 'string') as InputType;
      if (!INPUT_TYPES.includes(type)) {
        throw new Error(
          `${where}: inputs.${name}.type '${String(type)}' is not one of ${INPUT_TYPES.join(', ')}`
        );
      }
      const options = Array.isArray(i.options) ? i.options.map(String) : undefined;
      if (type === 'choice' && !options?.length) {
        throw new Error(`${where}: inputs.${name} is a choice without options`);
      }
      const spec: InputSpec = {
        name,
        description: String(i.description ?? ''),
        required: i.required === true,
        default: i.default === undefined ? undefined : String(i.default),
        type,
        options
      };
      if (type === 'number' || type === 'duration') {
        Object.assign(spec, rangeOf(i, type, `${where}: inputs.${name}`));
      } else if (i.min !== undefined || i.max !== undefined || i.integer !== undefined) {
        throw new Error(`${where}: inputs.${name}: min/max/integer apply to number and duration`);
      }
      return spec;
    }
  );
  const outputs: OutputSpec[] = Object.entries(asRecord(doc.outputs, `${where}: outputs`)).map(
    ([name, raw]) => ({
      name,
      description: String(asRecord(raw, `${where}: outputs.${name}`).description ?? '')
    })
  );
  const runs = asRecord(doc.runs, `${where}: runs`);
  const meta = asRecord(doc['ci-intel'], `${where}: ci-intel`);
  const permissions = Object.fromEntries(
    Object.entries(asRecord(meta.permissions, `${where}: ci-intel.permissions`)).map(([k, v]) => [
      k,
      String(v)
    ])
  );
  return {
    gate,
    name: String(doc.name ?? gate),
    description: String(doc.description ?? ''),
    inputs,
    outputs,
    permissions,
    level: meta.level === 'repository' ? 'repository' : 'artifact',
    using: String(runs.using ?? ''),
    main: String(runs.main ?? ''),
    post: runs.post === undefined ? undefined : String(runs.post)
  };
}

const cache = new Map<string, ActionSpec>();

/**
 * Load and cache `actions/<gate>/action.yml`. In a bundle, the spec the build compiled in is used
 * (no file read, no YAML parse) unless another root is named.
 */
export function loadActionSpec(gate: string, root?: string): ActionSpec {
  if (root === undefined) {
    const built = registeredActionSpec(gate);
    if (built) return built;
    root = hubRoot();
  }
  const key = `${root}\0${gate}`;
  let spec = cache.get(key);
  if (!spec) {
    const file = join(root, 'actions', gate, 'action.yml');
    spec = parseActionSpec(gate, readFileSync(file, 'utf8'));
    cache.set(key, spec);
  }
  return spec;
}
