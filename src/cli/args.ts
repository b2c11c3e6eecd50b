/** Command-line flags for a gate, derived from its action.yml. */
import type { ActionSpec } from '../core/action-spec.js';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  format: Format;
  output?: string;
  workspace?: string;
  /** A configuration file instead of .ci-intel/config.yml (relative to the workspace). */
  config?: string;
  help: boolean;
}

export class UsageError extends Error {}

/**
 * How flags are read, for every subcommand:
 * - a flag that takes a value always takes the next argument, whatever it looks like, so
 *   `--verify-key "$(cat key.pub)"` works although a PEM key begins with `-----BEGIN`;
 *   `--flag=value` works too;
 * - a boolean flag alone means `true`; `--flag=false` (or `--flag false`, `--flag true`) sets it;
 * - `-h` / `--help` anywhere a flag may stand asks for help; anything else that is not a flag
 *   is a usage error.
 */
export interface FlagSpec {
  /** Flags that take a value. */
  values: ReadonlySet<string>;
  /** Flags that are booleans. */
  booleans?: ReadonlySet<string>;
  /** Value flags that may be repeated; their values are joined with newlines. */
  lists?: ReadonlySet<string>;
  /** The usage error for a flag it does not know. */
  unknown: (name: string) => string;
}

export interface ParsedFlags {
  values: Map<string, string>;
  help: boolean;
}

export function parseFlags(argv: readonly string[], spec: FlagSpec): ParsedFlags {
  const values = new Map<string, string>();
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') {
      throw new UsageError(
        `unexpected argument '${arg}': flags are given as --<name> <value> or --<name>=<value>`
      );
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    let value: string;
    if (spec.booleans?.has(name)) {
      const next = argv[i + 1];
      if (inline !== undefined) value = inline;
      else if (next === 'true' || next === 'false') value = argv[++i];
      else value = 'true';
    } else if (spec.values.has(name)) {
      if (inline !== undefined) value = inline;
      else if (i + 1 < argv.length) value = argv[++i];
      else throw new UsageError(`--${name} needs a value`);
    } else {
      throw new UsageError(spec.unknown(name));
    }
    const prev = values.get(name);
    if (prev !== undefined && spec.lists?.has(name)) values.set(name, `${prev}\n${value}`);
    else values.set(name, value);
  }
  return { values, help };
}

function formatOf(value: string | undefined, allowed: readonly Format[]): Format {
  if (value === undefined) return 'text';
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--format must be one of ${allowed.join(', ')}, not '${value}'`);
  }
  return value as Format;
}

const COMMON = ['format', 'output', 'workspace', 'config'];

/** Parse a gate's flags: its action.yml inputs plus --format, --output, --workspace and --config. */
export function parseGateArgs(
  spec: ActionSpec,
  argv: string[]
): { raw: Record<string, string>; options: CliOptions } {
  const inputs = new Map(spec.inputs.map((i) => [i.name, i]));
  const booleans = new Set(spec.inputs.filter((i) => i.type === 'boolean').map((i) => i.name));
  const values = new Set([...COMMON, ...[...inputs.keys()].filter((n) => !booleans.has(n))]);
  const lists = new Set(spec.inputs.filter((i) => i.type === 'list').map((i) => i.name));
  const parsed = parseFlags(argv, {
    values,
    booleans,
    lists,
    unknown: (name) =>
      `${spec.gate} has no --${name}; its inputs are: ${[...inputs.keys()].map((n) => `--${n}`).join(' ')} (and ${COMMON.map((n) => `--${n}`).join(' ')})`
  });
  const raw: Record<string, string> = {};
  for (const [name, value] of parsed.values) if (inputs.has(name)) raw[name] = value;
  const options: CliOptions = {
    format: formatOf(parsed.values.get('format'), FORMATS),
    output: parsed.values.get('output'),
    workspace: parsed.values.get('workspace'),
    config: parsed.values.get('config'),
    help: parsed.help
  };
  return { raw, options };
}

/** Parse `ci-intel check` flags: --format text|json, --output FILE, --workspace DIR, --config FILE. */
export function parseCheckArgs(argv: string[]): CliOptions {
  const parsed = parseFlags(argv, {
    values: new Set(COMMON),
    unknown: (name) => `check has no --${name}; it takes ${COMMON.map((n) => `--${n}`).join(' ')}`
  });
  return {
    format: formatOf(parsed.values.get('format'), ['text', 'json']),
    output: parsed.values.get('output'),
    workspace: parsed.values.get('workspace'),
    config: parsed.values.get('config'),
    help: parsed.help
  };
}

function wrap(text: string, width: number, indent: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + w.length + 1 > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

export function gateHelp(spec: ActionSpec): string {
  const out: string[] = [];
  // action.yml names are `ci-intel <gate>`: one header line, never the name twice.
  const title = `ci-intel ${spec.gate}`;
  out.push(spec.name && spec.name !== title ? `${title} — ${spec.name}` : title);
  out.push('');
  out.push(wrap(spec.description, 88, ''));
  out.push('');
  out.push(
    `usage: ci-intel ${spec.gate} [--<input> <value> …] [--format text|json|sarif] [--output FILE] [--workspace DIR] [--config FILE]`
  );
  out.push('');
  out.push('inputs (from actions/' + spec.gate + '/action.yml):');
  for (const i of spec.inputs) {
    const type = i.type === 'choice' ? i.options?.join('|') : i.type;
    const def = i.default?.trim() ? ` (default: ${i.default.trim().replace(/\n/g, ', ')})` : '';
    out.push(`  --${i.name} <${type}>${i.required ? ' (required)' : ''}${def}`);
    out.push(wrap(i.description, 84, '      '));
  }
  out.push('');
  out.push(
    'a flag that takes a value always takes the next argument, also when it begins with `-`;'
  );
  out.push('`--flag=value` works too; a boolean flag alone means true');
  out.push('exit status: 0 pass (or audit mode), 1 fail, 2 error or bad usage');
  return out.join('\n') + '\n';
}
