/** Point the system resolver at the allowlisting resolver, and put it back. */
import { lstatSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GateError } from '../core/errors.js';
import { privileged, run } from './system.js';

export interface ResolvConfBackup {
  path: string;
  /** When the file was a symlink (systemd-resolved's stub), its target. */
  symlink?: string;
  content?: string;
}

async function mustRun(cmd: string[], what: string): Promise<void> {
  const r = await run(privileged(cmd));
  if (r.code !== 0) {
    throw new GateError(
      `could not ${what}: ${cmd.join(' ')}: ${r.stderr.trim() || `exit ${r.code}`}`,
      'Run as root or with passwordless sudo.'
    );
  }
}

/** Replace resolv.conf with `nameserver <server>` lines; returns what to restore. */
export async function pointResolvConf(
  path: string,
  servers: string[],
  scratch: string
): Promise<ResolvConfBackup> {
  const backup: ResolvConfBackup = { path };
  const st = lstatSync(path, { throwIfNoEntry: false });
  if (st?.isSymbolicLink()) backup.symlink = readlinkSync(path);
  else if (st) backup.content = readFileSync(path, 'utf8');
  const tmp = join(scratch, 'resolv.conf');
  writeFileSync(
    tmp,
    `# written by ci-intel egress-check: only allowlisted names resolve\n${servers.map((s) => `nameserver ${s}`).join('\n')}\noptions timeout:2 attempts:2\n`
  );
  // A symlink is replaced by a file; a regular file (or a bind mount, as under `ip netns exec`) is overwritten in place.
  await mustRun(
    backup.symlink ? ['cp', '--remove-destination', tmp, path] : ['cp', tmp, path],
    `point ${path} at the allowlisting resolver`
  );
  return backup;
}

export async function restoreResolvConf(backup: ResolvConfBackup, scratch: string): Promise<void> {
  if (backup.symlink) {
    await mustRun(['ln', '-sfn', backup.symlink, backup.path], `restore ${backup.path}`);
  } else if (backup.content !== undefined) {
    const tmp = join(scratch, 'resolv.conf.orig');
    writeFileSync(tmp, backup.content);
    await mustRun(['cp', tmp, backup.path], `restore ${backup.path}`);
  }
}
