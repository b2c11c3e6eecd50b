/** Command-line flags for a gate, derived from its action.yml. */
import type { ActionSpec } from '../core/action-spec.js';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  format: Format;
  output?: string;
  workspace?: string;
  help: boolean;
}

export class UsageError extends Error {}

/** Parse `--name value`, `--name=value` and bare boolean `--name`; repeated flags accumulate. */
export function parseGateArgs(
  spec: ActionSpec,
  argv: string[]
): { raw: Record<string, string>; options: CliOptions } {
  const raw: Record<string, string> = {};
  const options: CliOptions = { format: 'text', help: false };
  const inputs = new Map(spec.inputs.map((i) => [i.name, i]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') {
      options.help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      throw new UsageError(`unexpected argument '${arg}': inputs are given as --<input> <value>`);
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const next = argv[i + 1];
    const takeValue = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      if (next === undefined || next.startsWith('--')) {
        if (inputs.get(name)?.type === 'boolean') return 'true';
        throw new UsageError(`--${name} needs a value`);
      }
      i++;
      return next;
    };
    if (name === 'format') {
      const f = takeValue();
      if (!(FORMATS as readonly string[]).includes(f)) {
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${f}'`);
      }
      options.format = f as Format;
    } else if (name === 'output') options.output = takeValue();
    else if (name === 'workspace') options.workspace = takeValue();
    else if (inputs.has(name)) {
      const v = takeValue();
      raw[name] =
        raw[name] !== undefined && inputs.get(name)?.type === 'list' ? `${raw[name]}\n${v}` : v;
    } else {
      throw new UsageError(
        `${spec.gate} has no --${name}; its inputs are: ${[...inputs.keys()].map((n) => `--${n}`).join(' ')}`
      );
    }
  }
  return { raw, options };
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
  out.push(`ci-intel ${spec.gate} — ${spec.name}`);
  out.push('');
  out.push(wrap(spec.description, 88, ''));
  out.push('');
  out.push(
    `usage: ci-intel ${spec.gate} [--<input> <value> …] [--format text|json|sarif] [--output FILE] [--workspace DIR]`
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
  out.push('exit status: 0 pass (or audit mode), 1 fail, 2 error or bad usage');
  return out.join('\n') + '\n';
}
