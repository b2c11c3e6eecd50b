/**
 * Reads the environment of every process of the sweeping uid from `/proc`. The kernel lets a
 * process read another's `environ` only when it may ptrace it: same uid and dumpable (a process
 * that called `prctl(PR_SET_DUMPABLE, 0)` or changed credentials is refused even to its own
 * uid). A process whose `/proc/<pid>` looks another uid's is confirmed from
 * `/proc/<pid>/status` (`Uid:`, world-readable): the owner of `/proc/<pid>` turns to root for a
 * non-dumpable process, and such a same-uid process is counted as unreadable, never skipped.
 */
import { readdirSync, statSync } from 'node:fs';
import { FileReadError, readRegularFile } from '../core/read-file.js';
import { parseEnviron, type EnvEntry } from './environ.js';

export type ProcessStatus = 'read' | 'unreadable' | 'exited' | 'other-uid' | 'too-large';

export interface ProcessRecord {
  pid: number;
  /**
   * The command name (`comm`, at most 15 bytes); `?` for a read process until asked for
   * (`readComm`): only the processes holding a credential are named in a report.
   */
  comm: string;
  /** Real uid from `status`, when it could be read. */
  uid?: number;
  status: ProcessStatus;
  /** Why it could not be read (an errno code or `too-large`). */
  reason?: string;
  bytes?: number;
  entries?: EnvEntry[];
  binaryEntries?: number;
  malformedEntries?: number;
}

export interface SweepOptions {
  /** The uid whose processes are read (the gate's own). */
  uid: number;
  /** Pids not to read (the gate itself: its live environment is read directly). */
  skip?: ReadonlySet<number>;
  /** The largest environ read (Linux caps argv + envp at a quarter of the stack limit). */
  maxBytes: number;
  procRoot?: string;
}

const GONE = new Set(['ENOENT', 'ESRCH']);
const DENIED = new Set(['EACCES', 'EPERM']);

/** Numeric entries of /proc, ascending. */
export function listPids(procRoot = '/proc'): number[] {
  const pids: number[] = [];
  for (const name of readdirSync(procRoot)) {
    if (/^[1-9][0-9]*$/.test(name)) pids.push(Number(name));
  }
  return pids.sort((a, b) => a - b);
}

function codeOf(err: unknown): string {
  if (err instanceof FileReadError) return err.code ?? 'EIO';
  return (err as NodeJS.ErrnoException).code ?? 'EIO';
}

function readStatus(dir: string): { comm: string; uid?: number } | 'gone' {
  let text: string;
  try {
    text = readRegularFile(`${dir}/status`, { maxBytes: 64 * 1024 }).toString('latin1');
  } catch (err) {
    if (GONE.has(codeOf(err))) return 'gone';
    return { comm: '?' };
  }
  const name = /^Name:\t(.*)$/m.exec(text)?.[1] ?? '?';
  const uid = /^Uid:\t(\d+)/m.exec(text)?.[1];
  return uid === undefined ? { comm: name } : { comm: name, uid: Number(uid) };
}

/** The command name of a process (`?` once it has gone). */
export function readComm(pid: number, procRoot = '/proc'): string {
  const dir = `${procRoot}/${pid}`;
  try {
    return readRegularFile(`${dir}/comm`, { maxBytes: 4096 }).toString('latin1').trim() || '?';
  } catch {
    return '?';
  }
}

/**
 * Read one process's environment (or say why not). The owner of `/proc/<pid>` (one stat, no
 * text for the kernel to generate) settles the common case; a process it shows as another
 * uid's is confirmed from `status`, which names the real uid even of a non-dumpable process.
 */
export function readProcess(pid: number, options: SweepOptions): ProcessRecord {
  const dir = `${options.procRoot ?? '/proc'}/${pid}`;
  let owner: number;
  try {
    owner = statSync(dir).uid;
  } catch {
    return { pid, comm: '?', status: 'exited' };
  }
  let rec: ProcessRecord;
  if (owner === options.uid) {
    rec = { pid, comm: '?', uid: owner, status: 'read' };
  } else {
    const st = readStatus(dir);
    if (st === 'gone') return { pid, comm: '?', status: 'exited' };
    rec = { pid, comm: st.comm, status: 'read' };
    if (st.uid !== undefined) rec.uid = st.uid;
    if (st.uid !== undefined && st.uid !== options.uid) {
      rec.status = 'other-uid';
      return rec;
    }
  }
  let buf: Buffer;
  try {
    buf = readRegularFile(`${dir}/environ`, { maxBytes: options.maxBytes });
  } catch (err) {
    const code = codeOf(err);
    // Gone: only counted, never named, so its command name is not read (tens of them on a busy
    // runner, one failed open each).
    if (GONE.has(code)) return { ...rec, status: 'exited', reason: code };
    if (code === 'too-large') rec.status = 'too-large';
    else rec.status = 'unreadable';
    rec.reason = DENIED.has(code) ? 'permission denied' : code;
    if (rec.comm === '?') rec.comm = readComm(pid, options.procRoot);
    return rec;
  }
  // A zombie or a kernel thread has an empty environ; an exited process reads as empty too.
  if (buf.length === 0 && readStatus(dir) === 'gone') return { ...rec, status: 'exited' };
  const parsed = parseEnviron(buf);
  rec.bytes = buf.length;
  rec.entries = parsed.entries;
  if (parsed.binary) rec.binaryEntries = parsed.binary;
  if (parsed.malformed) rec.malformedEntries = parsed.malformed;
  return rec;
}

/** Every process in /proc, each read or classified. */
export function sweepProcesses(options: SweepOptions): ProcessRecord[] {
  const out: ProcessRecord[] = [];
  for (const pid of listPids(options.procRoot)) {
    if (options.skip?.has(pid)) continue;
    out.push(readProcess(pid, options));
  }
  return out;
}
