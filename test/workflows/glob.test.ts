/**
 * src/workflows/glob.ts matches the simple globs itself, exactly as minimatch does (compared
 * here over paths and patterns of the kinds workflow inputs and policy exceptions use, with and
 * without `dot` and `partial`), and leaves every other pattern to minimatch.
 */
import { describe, expect, it } from '@jest/globals';
import { minimatch } from 'minimatch';
import { globMatch, needsGlobMatcher, registerGlobMatcher } from '../../src/workflows/glob.js';

const SIMPLE = [
  '/w/.github/workflows/*.yml',
  '/w/.github/workflows/*.yaml',
  '/w/.github/workflows/*',
  '/w/*/workflows/ci*.yml',
  '/w/.github/*/*.yml',
  '/w/.git*/workflows/*',
  '/w/*',
  '*',
  '*.yml',
  '.github/workflows/*.yml',
  '.github/workflows/release.yml',
  'acme/*',
  'acme/widget',
  'a*b*c',
  '*a*',
  '.*',
  '/w/.github/workflows/.*.yml',
  'Foo/*.YML',
  'a b/*-x.yml'
];
const NOT_SIMPLE = [
  '**/*.yml',
  '.github/**',
  'a/?.yml',
  'a/[ab].yml',
  'a/{b,c}.yml',
  '!a',
  'a/+(b)',
  'a/@(b)',
  'a\\*',
  'a//b',
  'a/./b',
  'a/../b',
  'a/',
  '#x',
  'a@b',
  ''
];
const PATHS = [
  '/w',
  '/w/.github',
  '/w/.github/workflows',
  '/w/.github/workflows/ci.yml',
  '/w/.github/workflows/.yml',
  '/w/.github/workflows/.hidden.yml',
  '/w/.github/workflows/ci.yaml',
  '/w/.github/workflows/ci.yml.bak',
  '/w/.github/workflows/sub/ci.yml',
  '/w/.github/workflows/c[i].yml',
  '/w/.github/workflows/*.yml',
  '/w/.github/ci.yml',
  '/w/x/workflows/ci-1.yml',
  '/w/.gitx/workflows/a',
  'ci.yml',
  '.ci.yml',
  'acme/widget',
  'acme/.hidden',
  'Acme/widget',
  'acme/widget/sub',
  'abc',
  'aXbYc',
  'ac',
  'a',
  '.a',
  '.github/workflows/ci.yml',
  '.github/workflows/release.yml',
  'Foo/a.YML',
  'Foo/a.yml',
  'a b/c-x.yml'
];
/** Paths with an empty segment, which glob.ts leaves to minimatch as well. */
const ODD_PATHS = ['', '/', '/w/.github/workflows/', 'a//b'];

describe('simple globs, matched without minimatch', () => {
  it('knows which patterns it matches itself', () => {
    for (const p of SIMPLE) expect([p, needsGlobMatcher(p)]).toEqual([p, false]);
    for (const p of NOT_SIMPLE) expect([p, needsGlobMatcher(p)]).toEqual([p, true]);
  });

  it('matches as minimatch does, with and without dot and partial', () => {
    for (const pattern of SIMPLE)
      for (const path of PATHS)
        for (const dot of [true, false])
          for (const partial of [true, false]) {
            const options = { dot, partial };
            expect([path, pattern, options, globMatch(path, pattern, options)]).toEqual([
              path,
              pattern,
              options,
              minimatch(path, pattern, options)
            ]);
          }
  });

  it('asks for minimatch, before it is loaded, for every pattern or path it does not match itself', () => {
    expect(() => globMatch('a/b.yml', '**/*.yml')).toThrow(/needs minimatch/);
    expect(() => globMatch('a//b', 'a/*')).toThrow(/needs minimatch/);
    registerGlobMatcher(minimatch);
    for (const pattern of [...NOT_SIMPLE, ...SIMPLE])
      for (const path of [...PATHS, ...ODD_PATHS])
        expect([path, pattern, globMatch(path, pattern, { dot: true })]).toEqual([
          path,
          pattern,
          minimatch(path, pattern, { dot: true })
        ]);
  });
});
