/**
 * Runs a built `dist/<bundle>/index.js` exactly as the Actions runner does: inputs as `INPUT_*`
 * environment variables, `GITHUB_OUTPUT` / `GITHUB_STEP_SUMMARY` / `GITHUB_STATE` files,
 * `GITHUB_WORKSPACE` and `RUNNER_TEMP`, under the Node that runs the tests (Node 24 in CI).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SHARED = join(REPO_ROOT, '..', 'shared');

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  runnerTemp: string;
  /** The parsed result-file, when the action wrote one. */
  result?: Record<string, unknown> & {
    verdict: string;
    findings: { rule: string; file?: string; line?: number }[];
  };
}

/** Parse a GITHUB_OUTPUT / GITHUB_STATE file (`k=v` lines and `k<<DELIM` blocks). */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]);
      out[key] = value.join('\n');
    } else if (line.includes('=')) {
      const eq = line.indexOf('=');
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

export interface RunActionOptions {
  inputs?: Record<string, string>;
  workspace?: string;
  env?: Record<string, string>;
  /** Reuse a RUNNER_TEMP (e.g. for a post step that reads the main step's files). */
  runnerTemp?: string;
  state?: Record<string, string>;
  timeoutMs?: number;
  /** The bundle's entry file relative to dist/, default `<bundle>/index.js`. */
  entry?: string;
  /** Run the action as this uid/gid (the test runs as root); RUNNER_TEMP and the I/O files are given to it. */
  uid?: number;
  gid?: number;
}

const stagedRoots = new Map<string, { root: string; node: string }>();

/**
 * Where a non-root uid can run `dist/<bundle>`: the checkout itself when that uid can reach Node
 * and the bundle (a checkout under a private HOME, such as /root, is not reachable), otherwise a
 * world-readable copy of Node, the bundle, actions/, schema/ and package.json, made once per run.
 */
export function stagedFor(uid: number, bundle: string): { root: string; node: string } | undefined {
  const probe = spawnSync(
    'test',
    ['-x', process.execPath, '-a', '-r', join(REPO_ROOT, 'dist', bundle, 'index.js')],
    { uid, gid: uid }
  );
  if (probe.status === 0) return undefined;
  let staged = stagedRoots.get(bundle);
  if (!staged) {
    const root = mkdtempSync(join(tmpdir(), 'ci-intel-staged-'));
    chmodSync(root, 0o755);
    for (const part of [join('dist', bundle), 'actions', 'schema', 'package.json'])
      cpSync(join(REPO_ROOT, part), join(root, part), { recursive: true });
    const node = join(root, 'node');
    copyFileSync(process.execPath, node);
    spawnSync('chmod', ['-R', 'a+rX', root]);
    chmodSync(node, 0o755);
    staged = { root, node };
    stagedRoots.set(bundle, staged);
  }
  return staged;
}

export async function runAction(
  bundle: string,
  options: RunActionOptions = {}
): Promise<ActionRun> {
  const runnerTemp = options.runnerTemp ?? mkdtempSync(join(tmpdir(), 'ci-intel-runner-'));
  const io = mkdtempSync(join(tmpdir(), 'ci-intel-io-'));
  const outputFile = join(io, 'output');
  const summaryFile = join(io, 'summary');
  const stateFile = join(io, 'state');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(stateFile, '');
  if (options.uid !== undefined) {
    const gid = options.gid ?? options.uid;
    for (const p of [runnerTemp, io, outputFile, summaryFile, stateFile])
      chownSync(p, options.uid, gid);
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_STATE: stateFile,
    GITHUB_WORKSPACE: options.workspace ?? REPO_ROOT,
    GITHUB_REPOSITORY: 'acme/widget',
    GITHUB_EVENT_NAME: 'push',
    ...options.env
  };
  for (const [k, v] of Object.entries(options.state ?? {})) env[`STATE_${k}`] = v;
  for (const [k, v] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  }
  const staged = options.uid !== undefined ? stagedFor(options.uid, bundle) : undefined;
  const entry = join(staged?.root ?? REPO_ROOT, 'dist', options.entry ?? `${bundle}/index.js`);
  const child = spawn(staged?.node ?? process.execPath, [entry], {
    env,
    cwd: env.GITHUB_WORKSPACE,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {})
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const exitCode: number = await new Promise((res) => child.on('close', (code) => res(code ?? -1)));
  clearTimeout(timeout);
  const outputs = parseCommandFile(readFileSync(outputFile, 'utf8'));
  const run: ActionRun = {
    exitCode,
    stdout,
    stderr,
    outputs,
    state: parseCommandFile(readFileSync(stateFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    runnerTemp
  };
  if (outputs['result-file']) run.result = JSON.parse(readFileSync(outputs['result-file'], 'utf8'));
  return run;
}

/** Runs the built CLI (`dist/cli/index.js`) as a user would. */
export async function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {}
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', 'cli', 'index.js'), ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const exitCode: number = await new Promise((res) => child.on('close', (code) => res(code ?? -1)));
  clearTimeout(timeout);
  return { exitCode, stdout, stderr };
}
