/**
 * src/core/own-string.ts: a string from ownString keeps none of the text it was cut from. Seen in
 * a child process through the heap V8 keeps after a full collection: messages built from slices
 * of 200 texts of 100 KB keep the texts (about 19 MiB) as built, and almost nothing through
 * ownString.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/run-action.js';
import { ownString, ownStrings } from '../../src/core/own-string.js';

const CHILD = join(REPO_ROOT, 'test', 'core', 'fixtures', 'own-string-child.mjs');

function child(mode: 'built' | 'own'): { heapMiB: number; length: number } {
  const out = execFileSync(process.execPath, ['--expose-gc', CHILD, join(REPO_ROOT, 'lib'), mode], {
    encoding: 'utf8',
    timeout: 60_000
  });
  const m = /^heap (-?[\d.]+) length (\d+)$/m.exec(out);
  if (!m) throw new Error(`unexpected child output: ${out}`);
  return { heapMiB: Number(m[1]), length: Number(m[2]) };
}

describe('ownString', () => {
  it('gives the same characters, for any string', () => {
    for (const s of [
      '',
      'short',
      'pull_request_target',
      '\ud800 lone surrogate ✅ and more',
      'x'.repeat(70_000)
    ])
      expect(ownString(s)).toBe(s);
    const text = 'a workflow text that is long enough to be sliced';
    expect(ownString(text.slice(2, 30))).toBe(text.slice(2, 30));
  });

  it('keeps none of the text a slice was cut from (a child process, after a full collection)', () => {
    const built = child('built');
    const own = child('own');
    expect(own.length).toBe(built.length);
    // 200 texts of 100 KB: about 19 MiB kept by the messages as built.
    expect(built.heapMiB).toBeGreaterThan(15);
    expect(own.heapMiB).toBeLessThan(2);
  });

  it('ownStrings replaces the named string fields and leaves the rest', () => {
    const f = { message: 'x'.repeat(20).slice(1), line: 3, help: undefined as string | undefined };
    expect(ownStrings(f, ['message', 'line', 'help'])).toBe(f);
    expect(f).toEqual({ message: 'x'.repeat(19), line: 3, help: undefined });
  });
});
