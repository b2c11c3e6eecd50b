/**
 * src/core/std-write.ts on real descriptors: a child Node process (Node 24 runs the TypeScript
 * module directly) writes through it to a pipe that python3 made non-blocking and reads late, so
 * the direct write meets EAGAIN and must hand the rest to process.stdout; and to a pipe whose
 * reader is gone (EPIPE), where it must end as process.stdout.write alone ends.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/run-action.js';

const MODULE = join(REPO_ROOT, 'src', 'core', 'std-write.ts');

// Runs argv with its stdout on a pipe: non-blocking and read only after `delay` seconds, or
// closed before the child starts. Prints the child's exit code on fd 3's stand-in (stderr's last
// line) and passes through what was read.
const HARNESS = `
import os, fcntl, sys, subprocess, time
mode, delay, argv = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
r, w = os.pipe()
if mode == 'nonblocking':
    fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)
else:
    os.close(r)
p = subprocess.Popen(argv, stdout=w, stderr=subprocess.PIPE)
os.close(w)
data = b''
if mode == 'nonblocking':
    time.sleep(delay)
    while True:
        b = os.read(r, 65536)
        if not b:
            break
        data += b
err = p.communicate()[1]
sys.stdout.buffer.write(data)
sys.stderr.buffer.write(err)
sys.stderr.write('\\nexit=%d\\n' % p.returncode)
`;

function run(mode: 'nonblocking' | 'closed', script: string) {
  const r = spawnSync(
    'python3',
    ['-c', HARNESS, mode, '0.5', process.execPath, '--input-type=module', '-e', script],
    { encoding: 'utf8', maxBuffer: 16 << 20, timeout: 30_000 }
  );
  expect(r.error).toBeUndefined();
  const exit = Number(/exit=(-?\d+)\n$/.exec(r.stderr)?.[1]);
  return { out: r.stdout, err: r.stderr, exit };
}

const line = (i: number) => `${String(i).padStart(8, '0')}${'x'.repeat(91)}\n`;
/** Writes `n` numbered lines through std-write, then says on stderr whether the stream was used. */
const writer = (n: number) => `
import { writeSync } from 'node:fs';
import { writeStdout } from ${JSON.stringify(MODULE)};
for (let i = 0; i < ${n}; i++) writeStdout(String(i).padStart(8, '0') + 'x'.repeat(91) + '\\n');
writeSync(2, 'stream=' + process.moduleLoadList.includes('NativeModule net') + '\\n');
`;

describe('std-write on real descriptors', () => {
  it('a full non-blocking pipe (EAGAIN): the rest goes through the stream, whole and in order', () => {
    // 200 KB: more than a pipe holds, so a direct write fails with EAGAIN part-way.
    const r = run('nonblocking', writer(2000));
    expect(r.exit).toBe(0);
    expect(r.err).toContain('stream=true');
    expect(r.out).toBe(Array.from({ length: 2000 }, (_, i) => line(i)).join(''));
  });

  it('a pipe with room: written to the descriptor, no stream built', () => {
    const r = run('nonblocking', writer(10));
    expect(r.exit).toBe(0);
    expect(r.err).toContain('stream=false');
    expect(r.out).toBe(Array.from({ length: 10 }, (_, i) => line(i)).join(''));
  });

  it('a pipe with no reader (EPIPE): ends as process.stdout.write alone ends', () => {
    const ours = run('closed', writer(10));
    const stream = run(
      'closed',
      `for (let i = 0; i < 10; i++) process.stdout.write(String(i).padStart(8, '0') + 'x'.repeat(91) + '\\n');`
    );
    expect(ours.exit).toBe(stream.exit);
    expect(ours.err).toContain('EPIPE');
    expect(stream.err).toContain('EPIPE');
  });
});
