/** `ci-intel config` and `ci-intel doctor`: the effective configuration, and readiness. */
import { resolve } from 'node:path';
import type { ActionSpec } from '../core/action-spec.js';
import { doctor, doctorExit, doctorText } from '../config/doctor.js';
import { effectiveConfigs, effectiveJson, effectiveText } from '../config/effective.js';
import { UsageError } from './args.js';

export interface CommandIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (s: string) => void;
}

interface CommonFlags {
  format: 'text' | 'json';
  workspace: string;
  config?: string;
  gates: string[];
}

function parseFlags(command: string, argv: string[], io: CommandIo): CommonFlags | 'help' {
  const flags: CommonFlags = { format: 'text', workspace: io.cwd, gates: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`ci-intel ${command}: ${name} needs a value`);
      return v;
    };
    if (name === '-h' || name === '--help') return 'help';
    else if (name === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json')
        throw new UsageError(`ci-intel ${command}: --format is text or json`);
      flags.format = f;
    } else if (name === '--workspace') flags.workspace = resolve(io.cwd, value());
    else if (name === '--config') flags.config = value();
    else if (!name.startsWith('-')) flags.gates.push(name);
    else throw new UsageError(`ci-intel ${command}: unknown argument '${a}'`);
  }
  return flags;
}

function pick(specs: ActionSpec[], gates: string[], command: string): ActionSpec[] {
  for (const g of gates) {
    if (!specs.some((s) => s.gate === g)) {
      throw new UsageError(
        `ci-intel ${command}: unknown gate '${g}'; gates: ${specs.map((s) => s.gate).join(', ')}`
      );
    }
  }
  return gates.length ? specs.filter((s) => gates.includes(s.gate)) : specs;
}

export async function configCommand(
  io: CommandIo,
  argv: string[],
  specs: ActionSpec[]
): Promise<number> {
  const flags = parseFlags('config', argv, io);
  if (flags === 'help') {
    io.stdout(
      'usage: ci-intel config [<gate> …] [--format text|json] [--workspace DIR] [--config FILE]\n' +
        'Prints the effective configuration of each gate and where every value comes from\n' +
        '(default, the organisation overlay, .ci-intel/config.yml), like git config --show-origin.\n'
    );
    return 0;
  }
  const all = await effectiveConfigs(pick(specs, flags.gates, 'config'), {
    workspace: flags.workspace,
    env: io.env,
    configFile: flags.config
  });
  io.stdout(
    flags.format === 'json'
      ? JSON.stringify(effectiveJson(all), null, 2) + '\n'
      : effectiveText(all)
  );
  return 0;
}

export async function doctorCommand(
  io: CommandIo,
  argv: string[],
  specs: ActionSpec[]
): Promise<number> {
  const flags = parseFlags('doctor', argv, io);
  if (flags === 'help') {
    io.stdout(
      'usage: ci-intel doctor [<gate> …] [--format text|json] [--workspace DIR] [--config FILE]\n' +
        'Validates the configuration and its overlay, checks the tools and network the gates need,\n' +
        'and says per gate whether it would run. Exit 0 ready, 1 something fails.\n'
    );
    return 0;
  }
  const report = await doctor(pick(specs, flags.gates, 'doctor'), {
    workspace: flags.workspace,
    env: io.env,
    configFile: flags.config
  });
  io.stdout(flags.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : doctorText(report));
  return doctorExit(report);
}
