import { describe, expect, it } from '@jest/globals';
import {
  ownerRule,
  parseCodeowners,
  patternToRegex
} from '../../src/gates/pr-target-ban/codeowners.js';

const matches = (pattern: string, path: string) => patternToRegex(pattern)?.test(path) ?? false;

describe('CODEOWNERS patterns (GitHub semantics)', () => {
  it.each([
    ['*', 'any/file.yml', true],
    ['*.yml', '.github/ci-intel/pr-target-allowlist.yml', true],
    ['*.js', 'a.yml', false],
    ['/.github/', '.github/ci-intel/x.yml', true],
    ['.github/', 'sub/.github/x.yml', true], // 'apps/' owns any apps folder, anywhere
    ['ci-intel/', '.github/ci-intel/x.yml', true],
    ['/.github/ci-intel/', '.github/ci-intel/x.yml', true],
    ['.github/ci-intel/*', '.github/ci-intel/x.yml', true],
    ['.github/*', '.github/ci-intel/x.yml', false],
    ['/docs/*', 'docs/a.md', true],
    ['**/ci-intel/*.yml', '.github/ci-intel/x.yml', true],
    ['.github/**', '.github/ci-intel/x.yml', true],
    ['.github/**/x.yml', '.github/a/b/x.yml', true],
    ['.github/ci-intel/pr-target-allowlist.yml', '.github/ci-intel/pr-target-allowlist.yml', true],
    [
      '/.github/ci-intel/pr-target-allowlist.yml',
      'x/.github/ci-intel/pr-target-allowlist.yml',
      false
    ],
    ['pr-target-allowlist.yml', 'deep/dir/pr-target-allowlist.yml', true],
    ['.github/ci-intel/pr-target-allowlist.ym?', '.github/ci-intel/pr-target-allowlist.yml', true],
    ['!.github/', '.github/x', false],
    ['[ab].yml', 'a.yml', false]
  ])('%s vs %s → %s', (pattern, path, expected) => {
    expect(matches(pattern, path)).toBe(expected);
  });

  it('uses the last matching rule and keeps ownerless rules', () => {
    const rules = parseCodeowners(
      '# comment\n* @org/all\n\n/.github/ @org/sec @alice # trailing comment\n/.github/ci-intel/x.yml\n'
    );
    expect(rules.map((r) => r.owners)).toEqual([['@org/all'], ['@org/sec', '@alice'], []]);
    expect(ownerRule(rules, '.github/workflows/a.yml')?.owners).toEqual(['@org/sec', '@alice']);
    expect(ownerRule(rules, '.github/ci-intel/x.yml')).toMatchObject({ owners: [], line: 5 });
    expect(ownerRule(parseCodeowners('/src/ @x\n'), 'README.md')).toBeUndefined();
  });

  it('reads an escaped # as part of the pattern', () => {
    expect(matches('\\#notes.md', '#notes.md')).toBe(true);
  });
});
