/** Typed, validated gate inputs, driven by the gate's action.yml. */
import type { ActionSpec, InputSpec } from './action-spec.js';
import { formatDuration, parseDuration } from './duration.js';
import { InputError } from './errors.js';
import type { Mode } from './result.js';

export type InputValue = string | boolean | number | string[] | undefined;

const TRUE = ['true', 'True', 'TRUE', 'yes', 'on', '1'];
/** A plain decimal number (no hex, no `Infinity`, no blank that `Number` would read as 0). */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const FALSE = ['false', 'False', 'FALSE', 'no', 'off', '0'];

/** Split a list input: newline- or comma-separated, trimmed, blanks and `#` comments dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

/** The range of a number or duration input, as users write it: `1 to 600000 (a whole number)`. */
export function describeRange(spec: InputSpec): string {
  const show = (n: number): string => (spec.type === 'duration' ? formatDuration(n) : String(n));
  const whole = spec.integer ? ', a whole number' : '';
  return `${show(spec.min ?? -Infinity)} to ${show(spec.max ?? Infinity)}${whole}`;
}

/** Refuse a number or duration outside its declared range, naming the value and the range. */
function inRange(spec: InputSpec, raw: string, n: number): number {
  const tooSmall = spec.min !== undefined && n < spec.min;
  const tooLarge = spec.max !== undefined && n > spec.max;
  if (tooSmall || tooLarge || (spec.integer && !Number.isInteger(n))) {
    throw new InputError(
      spec.name,
      `'${raw.trim()}' is out of range; allowed: ${describeRange(spec)}`
    );
  }
  return n;
}

function convert(spec: InputSpec, raw: string): InputValue {
  switch (spec.type) {
    case 'string':
    case 'secret':
      return raw;
    case 'boolean':
      if (TRUE.includes(raw.trim())) return true;
      if (FALSE.includes(raw.trim())) return false;
      throw new InputError(spec.name, `'${raw}' is not a boolean; use true or false`);
    case 'number': {
      const n = DECIMAL.test(raw.trim()) ? Number(raw.trim()) : NaN;
      if (!Number.isFinite(n)) {
        throw new InputError(
          spec.name,
          `'${raw}' is not a number; allowed: ${describeRange(spec)}`
        );
      }
      return inRange(spec, raw, n);
    }
    case 'choice': {
      const v = raw.trim();
      if (!spec.options?.includes(v)) {
        throw new InputError(spec.name, `'${v}' is not one of: ${spec.options?.join(', ')}`);
      }
      return v;
    }
    case 'list':
      return splitList(raw);
    case 'duration': {
      const ms = parseDuration(raw);
      if (ms === undefined) {
        throw new InputError(
          spec.name,
          `'${raw}' is not a duration; write e.g. 90s, 36h, 7d, 1d12h or ISO 8601 P7D / PT36H`
        );
      }
      return inRange(spec, raw, ms);
    }
  }
}

/** The parsed inputs of one gate run, with typed accessors that fail loudly on misuse. */
export class Inputs {
  constructor(
    private readonly spec: ActionSpec,
    private readonly values: ReadonlyMap<string, InputValue>
  ) {}

  private get(name: string): InputValue {
    if (!this.spec.inputs.some((i) => i.name === name)) {
      throw new Error(
        `gate ${this.spec.gate} reads input '${name}', which its action.yml does not declare`
      );
    }
    return this.values.get(name);
  }

  /** Whether the user (or the default) gave a value. */
  has(name: string): boolean {
    const v = this.get(name);
    return v !== undefined && !(Array.isArray(v) && v.length === 0);
  }

  string(name: string): string | undefined {
    const v = this.get(name);
    return v === undefined ? undefined : String(v);
  }

  requireString(name: string): string {
    const v = this.string(name);
    if (v === undefined || v === '') throw new InputError(name, 'is required here');
    return v;
  }

  list(name: string): string[] {
    const v = this.get(name);
    if (v === undefined) return [];
    return Array.isArray(v) ? v : splitList(String(v));
  }

  boolean(name: string): boolean {
    return this.get(name) === true;
  }

  number(name: string): number | undefined {
    const v = this.get(name);
    return typeof v === 'number' ? v : undefined;
  }

  /** A duration input, in milliseconds. */
  duration(name: string): number | undefined {
    return this.number(name);
  }

  get mode(): Mode {
    return this.values.get('mode') === 'audit' ? 'audit' : 'enforce';
  }

  /** The spec and the parsed values, as plain data a worker thread can be given. */
  toTransfer(): { spec: ActionSpec; values: ReadonlyMap<string, InputValue> } {
    return { spec: this.spec, values: this.values };
  }

  static fromTransfer(t: { spec: ActionSpec; values: ReadonlyMap<string, InputValue> }): Inputs {
    return new Inputs(t.spec, t.values);
  }

  /** Names and values of every secret-typed input that was given. */
  secrets(): string[] {
    return this.spec.inputs
      .filter((i) => i.type === 'secret')
      .map((i) => this.values.get(i.name))
      .filter((v): v is string => typeof v === 'string' && v !== '');
  }

  /** The inputs as JSON-able evidence, secrets replaced. */
  toEvidence(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const i of this.spec.inputs) {
      const v = this.values.get(i.name);
      if (v === undefined) continue;
      out[i.name] = i.type === 'secret' ? '***' : v;
    }
    return out;
  }
}

/**
 * Parse raw string values (from `INPUT_*` or CLI flags) against the spec. A missing or empty
 * value takes the default; a missing required input is an InputError naming it.
 */
export function parseInputs(spec: ActionSpec, raw: Record<string, string | undefined>): Inputs {
  const known = new Set(spec.inputs.map((i) => i.name));
  for (const name of Object.keys(raw)) {
    if (!known.has(name)) {
      throw new InputError(
        name,
        `gate ${spec.gate} has no such input; it takes: ${[...known].join(', ')}`
      );
    }
  }
  const values = new Map<string, InputValue>();
  for (const input of spec.inputs) {
    const given = raw[input.name];
    // A default like `${{ github.token }}` is filled in by the runner; anywhere else (the CLI) it
    // means "not given", never the literal expression text.
    const fallback = input.default?.includes('${{') ? undefined : input.default;
    const text = given !== undefined && given.trim() !== '' ? given : fallback;
    if (text === undefined || text === '') {
      if (input.required) {
        throw new InputError(input.name, `is required (${input.description.trim()})`);
      }
      continue;
    }
    values.set(input.name, convert(input, text));
  }
  return new Inputs(spec, values);
}
