import { describe, expect, it } from '@jest/globals';
import { detached } from '../../src/workflows/detach.js';
import { parseUses } from '../../src/workflows/uses.js';

describe('detached', () => {
  it('keeps the characters of short, long, sliced and concatenated strings', () => {
    const text = `jobs:\n  build:\n    name: ${'n'.repeat(40)} — ✅\n`;
    const cut = text.slice(20, 70);
    for (const s of ['', 'a', 'twelve chars', cut, `${cut}${cut}`, text]) {
      expect(detached(s)).toBe(s);
    }
    expect(detached(undefined)).toBeUndefined();
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
