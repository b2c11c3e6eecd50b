/** The `artifact` input's globs, on a real tree: order, excludes, hidden files, symlinks. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandArtifactPatterns } from '../../src/gates/slsa-verify/artifact-patterns.js';
import { IdentityInputError } from '../../src/gates/slsa-verify/identity.js';

let ws: string;
const names = (lines: string[]) => expandArtifactPatterns(ws, lines).map((f) => f.name);

beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'artifact-patterns-'));
  for (const d of ['out/linux', 'out/darwin', 'out/.cache', 'elsewhere']) {
    mkdirSync(join(ws, d), { recursive: true });
  }
  for (const f of [
    'out/linux/app.tgz',
    'out/darwin/app.tgz',
    'out/app+extra.zip',
    'out/SHA256SUMS.txt',
    'out/.hidden.tgz',
    'out/.cache/junk.tgz',
    'elsewhere/other.tgz'
  ]) {
    writeFileSync(join(ws, f), f);
  }
  symlinkSync(join(ws, 'elsewhere/other.tgz'), join(ws, 'out/link.tgz'));
  symlinkSync(join(ws, 'elsewhere'), join(ws, 'out/linked-dir'));
  symlinkSync(join(ws, 'out'), join(ws, 'out/linux/loop'));
});

afterAll(() => rmSync(ws, { recursive: true, force: true }));

describe('artifact patterns', () => {
  it('matches like upload-artifact: sorted, files only, hidden files left out', () => {
    expect(names(['out/**/*'])).toEqual([
      'out/SHA256SUMS.txt',
      'out/app+extra.zip',
      'out/darwin/app.tgz',
      'out/link.tgz',
      'out/linux/app.tgz'
    ]);
  });

  it('applies ! excludes, follows a symlink to a file, never enters a symlinked folder', () => {
    expect(names(['out/**/*.tgz', '!out/darwin/**'])).toEqual([
      'out/link.tgz',
      'out/linux/app.tgz'
    ]);
    expect(names(['./out/*/app.tgz'])).toEqual(['out/darwin/app.tgz', 'out/linux/app.tgz']);
  });

  it('a hidden file matches when the pattern names the dot; plain paths are taken as given', () => {
    expect(names(['out/.*.tgz'])).toEqual(['out/.hidden.tgz']);
    expect(names(['out/app+extra.zip', 'out/linux/app.tgz'])).toEqual([
      'out/app+extra.zip',
      'out/linux/app.tgz'
    ]);
  });

  it('counts a file matched twice once', () => {
    expect(names(['out/linux/app.tgz', 'out/**/app.tgz'])).toEqual([
      'out/darwin/app.tgz',
      'out/linux/app.tgz'
    ]);
  });

  it('every include must match, and excludes alone are not a list of files', () => {
    expect(() => names(['out/**/*.tgz', 'dist/*.whl'])).toThrow(
      `'dist/*.whl' matches no file under ${ws}`
    );
    expect(() => names(['out/*.txt', '!out/*.txt'])).toThrow(
      "'out/*.txt' matches only excluded files"
    );
    expect(() => names(['!out/**'])).toThrow(IdentityInputError);
  });
});
