/**
 * Agreement with Debian's diffoscope (scripts/setup-tests.sh installs diffoscope-minimal): on
 * every shared vector pair and on pairs built here, the gate (no stabilizer allowed) fails
 * exactly when diffoscope reports a difference, and the archive members it names are ones
 * diffoscope shows too. The gate's own deep-dive (diffoscope: auto) records diffoscope's verdict.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from '../helpers/run-action.js';
import { runDeterminism } from './gate.js';
import { scratch, sh, sourceTree } from './pairs.js';

const ws = scratch('det-diffoscope-');
afterAll(() => rmSync(ws, { recursive: true, force: true }));
const V = join(SHARED, 'vectors', 'determinism');

function diffoscope(a: string, b: string): { code: number; json: string } {
  const out = join(ws, 'd.json');
  rmSync(out, { force: true });
  const r = spawnSync('diffoscope', ['--json', out, a, b], { encoding: 'utf8', timeout: 300_000 });
  if (r.error)
    throw new Error(
      `diffoscope is needed (scripts/setup-tests.sh installs diffoscope-minimal): ${r.error.message}`
    );
  return { code: r.status ?? -1, json: existsSync(out) ? readFileSync(out, 'utf8') : '' };
}

function vectorPairs(): [string, string][] {
  const pairs: [string, string][] = [
    [join(V, 'diffoscope', 'test1.tar'), join(V, 'diffoscope', 'test2.tar')],
    [join(V, 'diffoscope', 'order1a.json'), join(V, 'diffoscope', 'order1b.json')]
  ];
  const root = join(V, 'strip-nondeterminism');
  for (const kind of readdirSync(root)) {
    for (const f of readdirSync(join(root, kind))) {
      if (!f.endsWith('.in')) continue;
      const out = join(root, kind, f.replace(/\.in$/, '.out'));
      // A no-op case (encrypted.zip) has no .out: it is compared with itself.
      pairs.push([join(root, kind, f), existsSync(out) ? out : join(root, kind, f)]);
    }
  }
  return pairs;
}

function builtPairs(): [string, string][] {
  sourceTree(join(ws, 's1'), 1700000000);
  sourceTree(join(ws, 's2'), 1700007200, 0o002);
  sh('tar --sort=name -cf b1.tar -C s1 . && tar --sort=name -cf b2.tar -C s2 .', ws);
  sh('(cd s1 && zip -qrX ../b1.zip .) && (cd s2 && zip -qrX ../b2.zip .)', ws);
  sh('tar --sort=name -czf c1.tgz -C s1 . && cp c1.tgz c2.tgz', ws);
  mkdirSync(join(ws, 'tree1'));
  mkdirSync(join(ws, 'tree2'));
  writeFileSync(join(ws, 'tree1', 'x'), 'one');
  writeFileSync(join(ws, 'tree2', 'x'), 'two');
  return [
    [join(ws, 'b1.tar'), join(ws, 'b2.tar')],
    [join(ws, 'b1.zip'), join(ws, 'b2.zip')],
    [join(ws, 'c1.tgz'), join(ws, 'c2.tgz')],
    [join(ws, 'tree1'), join(ws, 'tree2')]
  ];
}

describe('the gate agrees with diffoscope', () => {
  it('on every pair: fail exactly when diffoscope finds a difference; members named appear in its report', async () => {
    const pairs = [...vectorPairs(), ...builtPairs()];
    expect(pairs.length).toBeGreaterThanOrEqual(16);
    const table: string[] = [];
    for (const [a, b] of pairs) {
      const d = diffoscope(a, b);
      expect([0, 1]).toContain(d.code);
      const r = await runDeterminism(ws, { a, b });
      table.push(`${a.split('/').slice(-1)[0]}: diffoscope ${d.code} gate ${r.verdict}`);
      expect(r.verdict).toBe(d.code === 1 ? 'fail' : 'pass');
      for (const diff of r.evidence.differences ?? []) {
        for (const m of diff.archive?.kind === 'tar' || diff.archive?.kind === 'zip'
          ? diff.archive.members
          : []) {
          expect(d.json).toContain(m.name.replace(/^\.\//, '').replace(/\/$/, ''));
        }
      }
    }
    expect(table.filter((t) => t.includes('gate pass'))).toHaveLength(2); // encrypted.zip vs itself, c1/c2.tgz
  });

  it('diffoscope: auto runs the deep-dive on the differing pair and records its verdict and report', async () => {
    const r = await runDeterminism(ws, {
      a: join(V, 'strip-nondeterminism', 'zip', 'test.zip.in'),
      b: join(V, 'strip-nondeterminism', 'zip', 'test.zip.out'),
      diffoscope: 'auto'
    });
    expect(r.verdict).toBe('fail');
    expect(r.evidence.diffoscope?.version).toMatch(/^diffoscope \d+/);
    expect(r.evidence.diffoscope?.runs?.[0]).toMatchObject({ verdict: 'different', exitCode: 1 });
    expect(readFileSync(r.outputs['diffoscope-file'], 'utf8')).toContain('test.txt');
    expect(r.findings.some((f) => f.rule === 'determinism/diffoscope')).toBe(true);
    const off = await runDeterminism(ws, {
      a: join(ws, 'b1.tar'),
      b: join(ws, 'b2.tar'),
      diffoscope: 'off'
    });
    expect(off.evidence.diffoscope).toEqual({ skipped: 'turned off (diffoscope: off)' });
    // Not installed (empty PATH for the probe): skipped, never required.
    const missing = await runDeterminism(
      ws,
      { a: join(ws, 'b1.tar'), b: join(ws, 'b2.tar'), diffoscope: 'auto' },
      { PATH: '/nonexistent' }
    );
    expect(missing.evidence.diffoscope?.skipped).toContain('not installed');
    expect(missing.verdict).toBe('fail');
  });
});
