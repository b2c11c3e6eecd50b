/**
 * The privileged side: run nft (as root, or through `sudo -n`), read the policy back, start and
 * stop the allowlisting resolver, point the system resolver at it. Every failure names the
 * command, what it said and what to do.
 */
import { execFile, spawn } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GateError } from '../core/errors.js';

/** `sudo -n` in front of privileged commands unless we are root. */
export function privileged(cmd: string[]): string[] {
  return process.getuid?.() === 0 ? cmd : ['sudo', '-n', ...cmd];
}

export interface CmdResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(cmd: string[], input?: string, timeoutMs = 10_000): Promise<CmdResult> {
  return new Promise((resolve) => {
    const child = execFile(
      cmd[0],
      cmd.slice(1),
      { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err
          ? typeof (err as NodeJS.ErrnoException).code === 'number'
            ? Number((err as NodeJS.ErrnoException).code)
            : 1
          : 0;
        resolve({
          code,
          stdout: String(stdout),
          stderr: err && !stderr ? err.message : String(stderr)
        });
      }
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Run nft; throws a GateError naming the action and nft's message. */
export async function nft(args: string[], what: string, input?: string): Promise<string> {
  const r = await run(privileged(['nft', ...args]), input);
  if (r.code !== 0) {
    const msg = r.stderr.trim().split('\n').slice(0, 6).join(' / ');
    throw new GateError(
      `could not ${what}: nft ${args.join(' ')} failed: ${msg || `exit ${r.code}`}`,
      /not found|ENOENT/.test(msg)
        ? 'Install nftables (apt-get install nftables) or use operation: probe, which needs no privileges.'
        : 'operation audit/enforce needs root or passwordless sudo with CAP_NET_ADMIN; use operation: probe otherwise.'
    );
  }
  return r.stdout;
}

export async function tableExists(table: string): Promise<boolean> {
  const r = await run(privileged(['nft', 'list', 'table', 'inet', table]));
  return r.code === 0;
}

/** The chains of the table without set contents or counters: the part a re-check compares. */
export async function chainsText(table: string): Promise<string> {
  const parts: string[] = [];
  for (const chain of ['allow', 'outside', 'output', 'forward']) {
    parts.push(await nft(['list', 'chain', 'inet', table, chain], `read chain ${chain}`));
  }
  return parts.join('');
}

export interface SetElement {
  address: string;
  proto: string;
  port: number;
  packets: number;
}

interface NftJsonElem {
  elem?: { val: { concat: (string | number)[] }; counter?: { packets: number } };
  concat?: (string | number)[];
}

/** Elements of a `addr . proto . port` set with their packet counters. */
export async function listCountedSet(table: string, set: string): Promise<SetElement[]> {
  const text = await nft(['-j', 'list', 'set', 'inet', table, set], `read set ${set}`);
  const doc = JSON.parse(text) as { nftables: { set?: { elem?: NftJsonElem[] } }[] };
  const out: SetElement[] = [];
  for (const item of doc.nftables) {
    for (const e of item.set?.elem ?? []) {
      const concat = e.elem?.val.concat ?? e.concat;
      if (!concat) continue;
      out.push({
        address: String(concat[0]),
        proto: String(concat[1]),
        port: Number(concat[2]),
        packets: e.elem?.counter?.packets ?? 0
      });
    }
  }
  return out;
}

/** Nameservers of a resolv.conf text. */
export function nameservers(text: string): string[] {
  return text
    .split('\n')
    .map((l) => /^\s*nameserver\s+(\S+)/.exec(l)?.[1])
    .filter((s): s is string => !!s && isIP(s.replace(/%.*$/, '')) !== 0);
}

/**
 * The upstream DNS servers the resolver forwards to: /etc/resolv.conf, or, behind the
 * systemd-resolved stub (127.0.0.53), the servers resolved itself uses.
 */
export function systemUpstream(resolvConf = '/etc/resolv.conf'): string[] {
  const servers = existsSync(resolvConf) ? nameservers(readFileSync(resolvConf, 'utf8')) : [];
  if (
    servers.every((s) => s.startsWith('127.0.0.5')) &&
    existsSync('/run/systemd/resolve/resolv.conf')
  ) {
    return nameservers(readFileSync('/run/systemd/resolve/resolv.conf', 'utf8'));
  }
  return servers.filter((s) => s !== '127.0.0.1' && s !== '::1');
}

export interface ResolverProcess {
  pid: number;
  logFile: string;
  /** The private folder holding its copy of the bundle and its config. */
  dir: string;
}

/**
 * Start the resolver (this gate's bundle with `--egress-resolver`) as a dedicated uid that keeps
 * only CAP_NET_ADMIN (to add set elements) and CAP_NET_BIND_SERVICE (port 53). The bundle is
 * copied to a private folder first so that uid can read it wherever the action is checked out.
 */
export async function startResolver(
  bundle: string,
  configJson: string,
  uid: number,
  stateDir: string,
  timeoutMs = 5000
): Promise<ResolverProcess> {
  if (!existsSync(bundle)) {
    throw new GateError(
      `the resolver bundle ${bundle} is missing`,
      'Build the action (npm run bundle) or use a released version.'
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'ci-intel-egress-'));
  chmodSync(dir, 0o755);
  const script = join(dir, 'resolver.mjs');
  copyFileSync(bundle, script);
  const config = join(dir, 'resolver.json');
  writeFileSync(config, configJson);
  const logFile = join(stateDir, 'dns-queries.ndjson');
  const fd = openSync(logFile, 'w');
  const caps = '+net_admin,+net_bind_service';
  const cmd = privileged([
    'setpriv',
    `--reuid=${uid}`,
    `--regid=${uid}`,
    '--clear-groups',
    `--inh-caps=${caps}`,
    `--ambient-caps=${caps}`,
    '--',
    process.execPath,
    script,
    '--egress-resolver',
    config
  ]);
  const child = spawn(cmd[0], cmd.slice(1), { detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  let exited: number | null = null;
  child.on('exit', (code) => (exited = code ?? -1));
  child.unref();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ready = /"ready":(\d+)/.exec(readFileSync(logFile, 'utf8'));
    if (ready) return { pid: Number(ready[1]), logFile, dir };
    if (exited !== null) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  const log = existsSync(logFile)
    ? readFileSync(logFile, 'utf8').trim().split('\n').slice(-5).join(' / ')
    : '';
  if (exited === null && child.pid) process.kill(-child.pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  throw new GateError(
    `the allowlisting DNS resolver did not start within ${timeoutMs} ms${exited !== null ? ` (exit ${exited})` : ''}: ${log || 'no output'}`,
    "It needs setpriv (util-linux), root or passwordless sudo, and a free UDP port 53 on the dns-listen addresses (stop systemd-resolved's stub listener or another DNS server there), or use dns: system."
  );
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function stopProcess(pid: number): Promise<void> {
  if (!pid || !processAlive(pid)) return;
  await run(privileged(['kill', String(pid)]));
}
