import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/run-action.js';
import { detached } from '../../src/workflows/detach.js';
import { eventName } from '../../src/workflows/events.js';
import { parseUses } from '../../src/workflows/uses.js';

const CHILD = join(REPO_ROOT, 'test', 'workflows', 'fixtures', 'detach-child.mjs');

/** The heap a child keeps after a full collection, with messages kept as built or detached. */
function child(mode: 'built' | 'detached'): { heapMiB: number; length: number } {
  const lib = join(REPO_ROOT, 'lib');
  const out = execFileSync(process.execPath, ['--expose-gc', CHILD, lib, mode], {
    encoding: 'utf8',
    timeout: 60_000
  });
  const m = /^heap (-?[\d.]+) length (\d+)$/m.exec(out);
  if (!m) throw new Error(`unexpected child output: ${out}`);
  return { heapMiB: Number(m[1]), length: Number(m[2]) };
}

describe('detached', () => {
  it('keeps the characters of short, long, sliced and concatenated strings', () => {
    const text = `jobs:\n  build:\n    name: ${'n'.repeat(40)} — ✅\n`;
    const cut = text.slice(20, 70);
    for (const s of ['', 'a', 'twelve chars', cut, `${cut}${cut}`, text]) {
      expect(detached(s)).toBe(s);
    }
    expect(detached(undefined)).toBeUndefined();
  });

  it('keeps none of the text a message quotes (a child process, after a full collection)', () => {
    const built = child('built');
    const own = child('detached');
    expect(own.length).toBe(built.length);
    // 200 texts of 100 KB: about 19 MiB kept by the messages as built (a view and a rope).
    expect(built.heapMiB).toBeGreaterThan(15);
    expect(own.heapMiB).toBeLessThan(2);
  });
});

describe('eventName', () => {
  it('gives a known event its one string, and leaves any other name as it is', () => {
    const text = 'on:\n  pull_request_target:\n';
    const read = text.slice(6, 25);
    expect(read).toBe('pull_request_target');
    expect(eventName(read)).toBe('pull_request_target');
    expect(eventName(text.slice(6, 25))).toBe(eventName(read));
    expect(eventName('not_an_event')).toBe('not_an_event');
  });
});

describe('parseUses, memoised', () => {
  it('reads each form as before, the same for the same value, and the result cannot be changed', () => {
    const text = '  uses: actions/checkout@v4 \n  uses: docker://alpine:3.19@sha256:x\n';
    const a = parseUses(text.slice(8, 27));
    expect(a).toEqual({
      kind: 'repo',
      raw: 'actions/checkout@v4',
      owner: 'actions',
      repo: 'checkout',
      path: undefined,
      ref: 'v4'
    });
    expect(parseUses(' actions/checkout@v4 ')).toEqual(a);
    expect(parseUses('actions/checkout@v4')).toBe(parseUses('actions/checkout@v4'));
    expect(Object.isFrozen(a)).toBe(true);
    expect(parseUses('docker://alpine:3.19@sha256:x')).toMatchObject({
      kind: 'docker',
      image: 'alpine',
      tag: '3.19',
      digest: 'sha256:x'
    });
    expect(parseUses('./local')).toEqual({ kind: 'local', raw: './local' });
    expect(parseUses('o/r/p/q@main')).toMatchObject({ path: 'p/q', ref: 'main' });
    expect(parseUses('bad')).toMatchObject({ kind: 'invalid' });
    expect(parseUses('a/b@${{ x }}')).toMatchObject({ kind: 'invalid' });
  });

  it('stays correct past its bound (the memo is dropped and filled again)', () => {
    for (let i = 0; i < 20_000; i++) {
      const r = parseUses(`owner${i}/repo@v${i}`);
      if (r.kind !== 'repo' || r.owner !== `owner${i}` || r.ref !== `v${i}`) throw new Error(`${i}`);
    }
    expect(parseUses('owner7/repo@v7')).toMatchObject({ owner: 'owner7', ref: 'v7' });
  });
});
