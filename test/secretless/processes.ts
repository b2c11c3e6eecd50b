/** Real processes with planted environments, as any uid, for the sweep tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';

export interface Planted {
  pid: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

const running = new Set<Planted>();

export interface StartOptions {
  uid?: number;
  gid?: number;
  /** prctl(PR_SET_DUMPABLE, 0): the kernel then refuses its environ even to its own uid. */
  nonDumpable?: boolean;
  /** A shell snippet that execs the final command (for raw bytes in the environment). */
  shell?: string;
  /** The command name to wait for before the process counts as started. */
  comm?: string;
}

function comm(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return undefined;
  }
}

function ownerOf(pid: number): number | undefined {
  try {
    return statSync(`/proc/${pid}/environ`).uid;
  } catch {
    return undefined;
  }
}

/** x86_64 and aarch64 numbers of the prctl syscall. */
const PRCTL = process.arch === 'arm64' ? 167 : 157;

export async function startProcess(
  env: Record<string, string>,
  options: StartOptions = {}
): Promise<Planted> {
  const [cmd, args, want] = options.nonDumpable
    ? ['perl', ['-e', `syscall(${PRCTL}, 4, 0, 0, 0, 0) == 0 or die; sleep 600`], 'perl']
    : options.shell
      ? ['bash', ['-c', options.shell], options.comm ?? 'sleep']
      : ['sleep', ['600'], 'sleep'];
  const child = spawn(cmd, args, {
    env,
    stdio: 'ignore',
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {})
  });
  await new Promise<void>((res, rej) => {
    child.once('spawn', () => res());
    child.once('error', rej);
  });
  const pid = child.pid as number;
  for (let i = 0; i < 200 && comm(pid) !== want; i++) await new Promise((r) => setTimeout(r, 10));
  if (comm(pid) !== want) throw new Error(`process ${pid} did not become ${want}`);
  // comm turns to perl at exec, before perl has made its prctl call: until then its environ is
  // readable. The kernel hands /proc/<pid>/environ to root once the process is non-dumpable.
  if (options.nonDumpable && options.uid !== undefined && options.uid !== 0) {
    for (let i = 0; i < 500 && ownerOf(pid) !== 0; i++) await new Promise((r) => setTimeout(r, 10));
    if (ownerOf(pid) !== 0) throw new Error(`process ${pid} did not become non-dumpable`);
  }
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  const p: Planted = {
    pid,
    child,
    stop: async () => {
      running.delete(p);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    }
  };
  running.add(p);
  return p;
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((p) => p.stop()));
}

/** A uid no account and no other test uses (the range is far from Debian's system and user ids). */
export function freshUid(): number {
  return 61000 + Math.floor(Math.random() * 3000) * 2;
}
