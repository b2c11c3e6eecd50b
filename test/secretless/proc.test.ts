/**
 * The /proc sweep on real processes started by the test: planted environments, another uid, a
 * process that has exited, one that exits while the sweep runs, an enormous environment and
 * binary junk. The gate-as-another-uid cases (unreadable, nothing readable) are in e2e.test.ts.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { detect } from '../../src/secrets/detect.js';
import { readComm, readProcess, sweepProcesses } from '../../src/secrets/process-sweep.js';
import { freshUid, startProcess, stopAll } from './processes.js';
import { alnum, expectNoLeak, plant, tokens } from './tokens.js';

const MAX = 64 * 1024 * 1024;
const uid = process.getuid?.() ?? -1;
const outputs: Record<string, string> = {};
afterAll(async () => {
  await stopAll();
  expectNoLeak(outputs);
});

function found(entries: { name: string; value: string }[] | undefined, secret: string): string[] {
  const rules: string[] = [];
  for (const e of entries ?? []) {
    for (const d of detect(e.name, e.value))
      if (e.value.slice(d.start, d.end) === secret) rules.push(d.rule);
  }
  return rules;
}

describe('readProcess', () => {
  it("reads a same-uid process's planted environment", async () => {
    const t = tokens.ghp();
    const p = await startProcess({ PATH: '/usr/bin:/bin', DEPLOY_TOKEN: t });
    const r = readProcess(p.pid, { uid, maxBytes: MAX });
    expect(r.status).toBe('read');
    expect(readComm(p.pid)).toBe('sleep');
    expect(r.uid).toBe(uid);
    expect(found(r.entries, t)).toEqual(['github-token']);
    await p.stop();
  });

  it("classifies another uid's process without reading it", async () => {
    const other = freshUid();
    const p = await startProcess({ SECRET_TOKEN: tokens.ghp() }, { uid: other });
    const r = readProcess(p.pid, { uid, maxBytes: MAX });
    expect(r).toMatchObject({ status: 'other-uid', uid: other });
    expect(r.entries).toBeUndefined();
    await p.stop();
  });

  it('a process that has exited reads as exited, not as an error or an empty environment', async () => {
    const p = await startProcess({ A: '1' });
    await p.stop();
    expect(readProcess(p.pid, { uid, maxBytes: MAX }).status).toBe('exited');
  });

  it('an enormous environment (~1.8 MB, a 120 KiB variable) is read to its end', async () => {
    const env: Record<string, string> = { PATH: '/usr/bin:/bin', HUGE: 'x'.repeat(120 * 1024) };
    for (let i = 0; i < 1700; i++) env[`VAR_${i}`] = alnum(1000);
    const t = tokens.ghu();
    env.ZZZ_LAST_TOKEN = t;
    const p = await startProcess(env);
    const r = readProcess(p.pid, { uid, maxBytes: MAX });
    expect(r.status).toBe('read');
    expect(r.bytes).toBeGreaterThan(1_800_000);
    expect(found(r.entries, t)).toEqual(['github-token']);
    // Over the limit: too-large, never a silent partial read.
    expect(readProcess(p.pid, { uid, maxBytes: 1024 * 1024 })).toMatchObject({
      status: 'too-large'
    });
    await p.stop();
  });

  it('binary junk in environ is kept byte for byte; a token beside it is found', async () => {
    const t = plant(`github_pat_${alnum(22)}_${alnum(59)}`);
    const p = await startProcess(
      {},
      {
        shell: `exec env -i $'JUNK=\\xff\\xfe\\x80\\x01' $'\\xc3\\x28BAD=1' PAT_HERE=${t} sleep 600`
      }
    );
    const r = readProcess(p.pid, { uid, maxBytes: MAX });
    expect(r.status).toBe('read');
    expect(r.binaryEntries).toBe(2);
    expect(r.entries?.find((e) => e.name === 'JUNK')?.value).toBe('\xff\xfe\x80\x01');
    expect(found(r.entries, t)).toEqual(['github-pat']);
    await p.stop();
  });
});

describe('sweepProcesses', () => {
  it('survives processes exiting while it reads (hundreds started and ended during the sweeps)', async () => {
    const churn = spawn('bash', ['-c', 'for i in $(seq 1 1000); do /bin/true & done; wait'], {
      stdio: 'ignore',
      env: { PATH: '/usr/bin:/bin' }
    });
    const done = new Promise<void>((res) => churn.once('exit', () => res()));
    const t = tokens.gho();
    const keep = await startProcess({ KEEP_TOKEN: t });
    const statuses = new Set<string>();
    let sweeps = 0;
    let seenKeep = 0;
    while (churn.exitCode === null && sweeps < 30) {
      for (const r of sweepProcesses({ uid, maxBytes: MAX, skip: new Set([process.pid]) })) {
        statuses.add(r.status);
        if (r.pid === keep.pid && found(r.entries, t).length) seenKeep++;
      }
      sweeps++;
    }
    await done;
    expect(sweeps).toBeGreaterThan(0);
    expect(seenKeep).toBe(sweeps);
    for (const s of statuses)
      expect(['read', 'exited', 'other-uid', 'unreadable', 'too-large']).toContain(s);
    outputs.statuses = [...statuses].join(',');
    await keep.stop();
  });
});
