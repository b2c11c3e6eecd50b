#!/usr/bin/env node
/** `ci-intel`: every gate on the command line, with the same code and inputs as the actions. */
import { readdirSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { ActionSpec } from '../core/action-spec.js';
import { registeredActionSpec } from '../core/build-registry.js';
import { errorMessage, GateError } from '../core/errors.js';
import type { GateContext } from '../core/gate.js';
import { hubRoot } from '../core/hub-root.js';
import { Redactor } from '../core/redact.js';
import { writePieces } from '../core/report/json-pieces.js';
import { appendPolicyRecord, hubTempDir, resultPieces } from '../core/report/files.js';
import { sarifPieces } from '../core/report/sarif.js';
import { textReport } from '../core/report/text.js';
import { worstVerdict, type GateResult } from '../core/result.js';
import { runGate } from '../core/run-gate.js';
import { HUB_VERSION } from '../core/version.js';
import { GATES } from '../gates/registry.js';
import { TemplateError } from '../templates/render.js';
import { gateHelp, parseCheckArgs, parseGateArgs, UsageError, type CliOptions } from './args.js';

export interface CliIo {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/**
 * A gate's spec: in the bundle, compiled at build time (scripts/build.mjs); elsewhere parsed from
 * its action.yml (the YAML parser then loads).
 */
async function specOf(gate: string): Promise<ActionSpec> {
  return (
    registeredActionSpec(gate) ?? (await import('../core/action-spec.js')).loadActionSpec(gate)
  );
}

async function specs(): Promise<ActionSpec[]> {
  const root = hubRoot();
  const gates = readdirSync(join(root, 'actions'))
    .filter((g) => existsSync(join(root, 'actions', g, 'action.yml')) && g in GATES)
    .sort();
  return Promise.all(gates.map(specOf));
}

async function mainHelp(): Promise<string> {
  const lines = [
    `ci-intel ${HUB_VERSION} — fail-closed CI/CD trust gates, the same code as the GitHub Actions`,
    '',
    'usage:',
    '  ci-intel <gate> [--<input> <value> …] [--format text|json|sarif] [--output FILE] [--workspace DIR]',
    '  ci-intel check [--format text|json] [--output FILE] [--workspace DIR]',
    '                                                          run the repository gates on a checkout',
    '  ci-intel <gate> --help                                  inputs of one gate',
    '  ci-intel config [<gate> …] [--format text|json]         effective configuration with origins',
    '  ci-intel doctor [--format text|json]                    is this machine and repository ready?',
    '  ci-intel init [--yes] [--answers FILE]                  adopt the hub: config, workflows, lock',
    '  ci-intel sync [--to vX.Y.Z | --channel stable]          merge the hub template into this repository',
    '  ci-intel report <ndjson files | folder> [--html FILE]   pipeline_run records → health, DORA, denials',
    '',
    'gates:'
  ];
  for (const s of await specs()) {
    lines.push(
      `  ${s.gate.padEnd(20)} ${s.description.replace(/\s+/g, ' ').slice(0, 100)}${s.description.length > 100 ? '…' : ''}`
    );
  }
  lines.push('', 'exit status: 0 pass (or audit mode), 1 fail, 2 error or bad usage');
  return lines.join('\n') + '\n';
}

function exitCode(results: GateResult[]): number {
  const enforced = results.filter((r) => r.mode === 'enforce');
  const v = worstVerdict(enforced.map((r) => r.verdict));
  return v === 'pass' ? 0 : v === 'fail' ? 1 : 2;
}

function context(io: CliIo, workspace: string, redactor: Redactor): GateContext {
  const runnerTemp = io.env.RUNNER_TEMP || tmpdir();
  return {
    workspace,
    tempDir: hubTempDir(runnerTemp),
    env: io.env,
    now: () => new Date(),
    log: (m) => io.stderr(redactor.redact(m) + '\n'),
    secret: (s) => redactor.add(s)
  };
}

/** Inputs whose action.yml default is `${{ github.token }}` take GITHUB_TOKEN / GH_TOKEN locally. */
function fillTokenDefaults(
  spec: ActionSpec,
  raw: Record<string, string>,
  env: Record<string, string | undefined>
): void {
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) return;
  for (const i of spec.inputs) {
    if (raw[i.name] === undefined && /\$\{\{\s*github\.token\s*\}\}/.test(i.default ?? ''))
      raw[i.name] = token;
  }
}

/** `--workspace DIR` must name an existing folder (default: the current directory). */
/** The checkout to inspect. One that does not exist is for the gates to report (an `error`). */
function workspaceOf(io: CliIo, options: CliOptions): string {
  return resolve(io.cwd, options.workspace ?? '.');
}

/** Checked before any gate runs, so a typo in `--output` costs nothing and is a usage error. */
function checkOutput(io: CliIo, options: CliOptions): void {
  if (options.output === undefined) return;
  const file = resolve(io.cwd, options.output);
  if (!statSync(dirname(file), { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(
      `--output ${options.output}: the folder ${dirname(file)} does not exist (create it first)`
    );
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(`--output ${options.output} is a folder; name a file`);
}

function emit(io: CliIo, options: CliOptions, text: string | Iterable<string>): void {
  const pieces = typeof text === 'string' ? [text] : text;
  if (options.output) {
    try {
      writePieces(resolve(io.cwd, options.output), pieces);
    } catch (err) {
      throw new UsageError(`--output ${options.output}: cannot write: ${errorMessage(err)}`);
    }
    io.stderr(`wrote ${options.output}\n`);
  } else for (const piece of pieces) io.stdout(piece);
}

async function runOne(io: CliIo, gateName: string, argv: string[]): Promise<number> {
  const spec = await specOf(gateName);
  const { raw, options } = parseGateArgs(spec, argv);
  if (options.help) {
    io.stdout(gateHelp(spec));
    return 0;
  }
  const workspace = workspaceOf(io, options);
  checkOutput(io, options);
  fillTokenDefaults(spec, raw, io.env);
  const gate = await GATES[gateName]();
  const redactor = new Redactor();
  const result = await runGate(gate, raw, context(io, workspace, redactor), {
    spec,
    redactor,
    configFile: options.config
  });
  // A record that cannot be written is reported after the result, and the run is an error.
  let unwritten: GateError | undefined;
  if (io.env.GITHUB_ACTIONS === 'true' && io.env.RUNNER_TEMP) {
    try {
      appendPolicyRecord(result, io.env.RUNNER_TEMP);
    } catch (err) {
      unwritten = new GateError(
        `the policy record could not be written under ${hubTempDir(io.env.RUNNER_TEMP)} (${errorMessage(err)}): give the step a writable RUNNER_TEMP`,
        'Give the step a writable RUNNER_TEMP.'
      );
    }
  }
  // The JSON formats in pieces: a result of 100,000 findings is never one string.
  if (options.format === 'json') emit(io, options, resultPieces(result));
  else if (options.format === 'sarif')
    emit(io, options, sarifPieces(result, gate.rules, HUB_VERSION));
  else emit(io, options, textReport(result));
  if (unwritten) throw unwritten;
  return exitCode([result]);
}

async function runCheck(io: CliIo, argv: string[]): Promise<number> {
  const options = parseCheckArgs(argv);
  if (options.help) {
    io.stdout(
      'usage: ci-intel check [--format text|json] [--output FILE] [--workspace DIR] [--config FILE]\n' +
        'Runs every repository-level gate with the effective configuration (.ci-intel/config.yml).\n'
    );
    return 0;
  }
  const workspace = workspaceOf(io, options);
  checkOutput(io, options);
  const results: GateResult[] = [];
  for (const spec of (await specs()).filter((s) => s.level === 'repository')) {
    const gate = await GATES[spec.gate]();
    const redactor = new Redactor();
    results.push(
      await runGate(gate, {}, context(io, workspace, redactor), {
        spec,
        redactor,
        configFile: options.config
      })
    );
  }
  if (options.format === 'json') emit(io, options, JSON.stringify(results, null, 2) + '\n');
  else {
    const v = worstVerdict(results.map((r) => r.verdict));
    emit(
      io,
      options,
      `ci-intel check: ${workspace}\n\n` +
        results.map((r) => textReport(r) + '\n').join('') +
        `${results.length} gate${results.length === 1 ? '' : 's'} run: ${v.toUpperCase()}\n`
    );
  }
  return exitCode(results);
}

export async function cli(io: CliIo): Promise<number> {
  const [command, ...rest] = io.argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(await mainHelp());
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${HUB_VERSION}\n`);
      return 0;
    }
    if (command === 'check') return await runCheck(io, rest);
    // Each command loads its own modules only when it runs (cold start).
    if (command === 'config')
      return await (await import('./config-commands.js')).configCommand(io, rest, await specs());
    if (command === 'doctor')
      return await (await import('./config-commands.js')).doctorCommand(io, rest, await specs());
    if (command === 'init')
      return await (
        await import('./template-commands.js')
      ).initCommand({ ...io, interactive: process.stdin.isTTY }, rest);
    if (command === 'sync')
      return await (await import('./template-commands.js')).syncCommand(io, rest);
    if (command === 'report')
      return await (await import('./report-command.js')).reportCommand(io, rest);
    if (!(command in GATES)) {
      throw new UsageError(
        `unknown gate '${command}'; gates: ${Object.keys(GATES).join(', ')} (or 'check')`
      );
    }
    return await runOne(io, command, rest);
  } catch (err) {
    io.stderr(`ci-intel: ${errorMessage(err)}\n`);
    if (
      !(err instanceof UsageError) &&
      !(err instanceof TemplateError) &&
      !(err instanceof GateError)
    )
      io.stderr('(an internal error; please report it)\n');
    return 2;
  }
}
