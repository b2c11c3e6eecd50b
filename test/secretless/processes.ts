/** Real processes with planted environments, as any uid, for the sweep tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/** Stop every planted process and give back this worker's uid reservations. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((p) => p.stop()));
  releaseUids();
}

/** Whether any process now runs as `uid` (its real, effective, saved or filesystem uid). */
function uidInUse(uid: number): boolean {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let status: string;
    try {
      status = readFileSync(`/proc/${name}/status`, 'utf8');
    } catch {
      continue;
    }
    const line = /^Uid:\s+(.*)$/m.exec(status)?.[1];
    if (line?.split(/\s+/).some((u) => Number(u) === uid)) return true;
  }
  return false;
}

const RESERVATIONS = join(tmpdir(), 'ci-intel-test-uids');
const reserved: string[] = [];
function releaseUids(): void {
  for (const f of reserved.splice(0)) rmSync(f, { force: true });
}
process.once('exit', releaseUids);

/** Create `file` holding this pid; a file left by a worker that has gone is taken over. */
function reserve(file: string): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return true;
    } catch {
      let owner: number;
      try {
        owner = Number(readFileSync(file, 'utf8') || 'NaN');
      } catch {
        continue; // removed between the two calls: try to create it again
      }
      if (!Number.isInteger(owner) || existsSync(`/proc/${owner}`)) return false;
      rmSync(file, { force: true });
    }
  }
  return false;
}

/**
 * A pair of uids (the even one returned, and the one after it) that no account, no running
 * process and no other test uses: the reservation is an exclusively created file, so test files
 * running side by side in other jest workers never draw the same pair. A random draw alone once
 * handed one test the uid another test's planted process was running as.
 */
export function freshUid(): number {
  mkdirSync(RESERVATIONS, { recursive: true });
  const start = Math.floor(Math.random() * 3000);
  for (let i = 0; i < 3000; i++) {
    const uid = 61000 + ((start + i) % 3000) * 2;
    const file = join(RESERVATIONS, String(uid));
    if (!reserve(file)) continue;
    reserved.push(file); // held until this worker exits, whether the pair is used or skipped
    if (uidInUse(uid) || uidInUse(uid + 1)) continue;
    return uid;
  }
  throw new Error(`no free uid pair left in 61000-66999 (reservations in ${RESERVATIONS})`);
}
