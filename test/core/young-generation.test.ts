/**
 * src/core/young-generation.ts: the hold keeps V8's young generation at the size it has, where
 * V8 would double it for a loop whose objects survive their first collection, and the growth
 * comes back with the last release; a worker started meanwhile can be made to begin at a given
 * size. Observed in child processes through V8's own heap space statistics.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../helpers/run-action.js';

const LIB = join(REPO_ROOT, 'lib');
const CHILD = join(REPO_ROOT, 'test', 'core', 'fixtures', 'young-generation-child.mjs');
const WORKER_CHILD = join(
  REPO_ROOT,
  'test',
  'core',
  'fixtures',
  'young-generation-worker-child.mjs'
);
const { holdYoungGeneration, youngGenerationHeld } = (await import(
  pathToFileURL(join(LIB, 'core', 'young-generation.js')).href
)) as typeof import('../../src/core/young-generation.js');

function child(mode: 'none' | 'hold' | 'released'): {
  held: boolean;
  before: number;
  after: number;
} {
  const out = execFileSync(process.execPath, [CHILD, LIB, mode], {
    encoding: 'utf8',
    timeout: 60_000
  });
  const m = /held: (true|false)\nyoung before ([\d.]+) after ([\d.]+) kept 20000/.exec(out);
  if (!m) throw new Error(`unexpected child output: ${out}`);
  return { held: m[1] === 'true', before: Number(m[2]), after: Number(m[3]) };
}

/** The young generation, MiB, a worker started in a child (as `mode` says) begins with. */
function workerStart(mode: 'none' | 'at16' | 'released'): number {
  const out = execFileSync(process.execPath, [WORKER_CHILD, LIB, mode], {
    encoding: 'utf8',
    timeout: 60_000
  });
  const m = /worker young ([\d.]+)/.exec(out);
  if (!m) throw new Error(`unexpected child output: ${out}`);
  return Number(m[1]);
}

describe('holding the young generation', () => {
  it('V8 grows the young generation for this workload when left alone (the control)', () => {
    const r = child('none');
    expect(r.held).toBe(false);
    expect(r.after).toBeGreaterThanOrEqual(2 * r.before);
  });

  it('while held, it stays at the size it had when the hold was taken', () => {
    const r = child('hold');
    expect(r.held).toBe(true);
    expect(r.after).toBe(r.before);
  });

  it('once released, it grows again', () => {
    const r = child('released');
    expect(r.held).toBe(false);
    expect(r.after).toBeGreaterThanOrEqual(2 * r.before);
  });

  it('waits for the size asked for before it holds; holds are counted, a release counts once', () => {
    const big = holdYoungGeneration(1024 * 1024); // a size no young generation reaches
    for (let i = 0; i < 1000; i++) big.check();
    expect(big.holding).toBe(false);
    expect(youngGenerationHeld()).toBe(false);
    const a = holdYoungGeneration(0);
    const b = holdYoungGeneration(0);
    expect(a.holding && b.holding).toBe(true);
    a.release();
    a.release();
    expect(youngGenerationHeld()).toBe(true);
    b.release();
    expect(youngGenerationHeld()).toBe(false);
    big.release();
    expect(youngGenerationHeld()).toBe(false);
  });

  it('a worker started while startWorkersYoungGenerationAt is in force begins at that size', () => {
    const plain = workerStart('none');
    expect(plain).toBeLessThan(16);
    expect(workerStart('at16')).toBe(16);
    expect(workerStart('released')).toBe(plain);
  });
});
