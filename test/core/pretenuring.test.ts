/**
 * src/core/pretenuring.ts: the hold turns V8's allocation-site pretenuring off for the whole
 * process, a worker started afterwards included, until its last release. Observed through V8's
 * own trace of its pretenuring decisions (`--trace-pretenuring-statistics`), in a child process
 * whose worker allocates what V8 pretenures when it may.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../helpers/run-action.js';

const LIB = join(REPO_ROOT, 'lib');
const CHILD = join(REPO_ROOT, 'test', 'core', 'fixtures', 'pretenuring-child.mjs');
const { holdPretenuringOff, pretenuringHeldOff } = (await import(
  pathToFileURL(join(LIB, 'core', 'pretenuring.js')).href
)) as typeof import('../../src/core/pretenuring.js');

/** The child's output: its own lines and V8's pretenuring trace. */
function child(mode: 'on' | 'off' | 'nested' | 'released'): string {
  return execFileSync(
    process.execPath,
    ['--trace-pretenuring', '--trace-pretenuring-statistics', CHILD, LIB, mode],
    { encoding: 'utf8', timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }
  );
}

const decisions = (out: string): number =>
  out.split('\n').filter((l) => /pretenuring:/.test(l)).length;

describe('holding pretenuring off', () => {
  it('V8 pretenures the workload when left alone (the control)', () => {
    const out = child('on');
    expect(out).toMatch(/held off: false/);
    expect(out).toMatch(/made 40000/);
    // V8 weighs the survivors of its sites (whether it then switches one depends on timing).
    expect(decisions(out)).toBeGreaterThan(0);
  });

  it('while held, a worker started afterwards makes no pretenuring decision at all', () => {
    const out = child('off');
    expect(out).toMatch(/held off: true/);
    expect(out).toMatch(/made 40000/);
    expect(decisions(out)).toBe(0);
  });

  it('a nested hold keeps it off after the inner release; the last release turns it back on', () => {
    const nested = child('nested');
    expect(nested).toMatch(/held off: true/);
    expect(decisions(nested)).toBe(0);
    const released = child('released');
    expect(released).toMatch(/held off: false/);
    expect(decisions(released)).toBeGreaterThan(0);
  });

  it('counts holds in this process; a release given twice counts once', () => {
    expect(pretenuringHeldOff()).toBe(false);
    const a = holdPretenuringOff();
    const b = holdPretenuringOff();
    a();
    a();
    expect(pretenuringHeldOff()).toBe(true);
    b();
    expect(pretenuringHeldOff()).toBe(false);
  });
});
