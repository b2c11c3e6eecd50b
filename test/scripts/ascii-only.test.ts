/**
 * scripts/ascii-only.mjs, which the build runs over every bundle file: the escaped program is
 * ASCII and computes the same values as the original (strings, templates, regular expressions
 * with and without the u flag, characters beyond U+FFFF, identifiers, a backslash before a
 * non-ASCII character); line terminators stay as they are; a tagged template that would see the
 * change is refused. Both programs run in a child Node, as modules.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../helpers/run-action.js';

const MODULE = pathToFileURL(join(REPO_ROOT, 'scripts', 'ascii-only.mjs')).href;
const dir = mkdtempSync(join(tmpdir(), 'ascii-only-'));
/** Every character below U+0080 (then UTF-8 takes one byte a character). */
const isAscii = (s: string) => Buffer.byteLength(s, 'utf8') === s.length;

/** asciiOnly(text) in a child Node: the escaped text, or the error it threw. */
function escape(text: string): { out?: string; error?: string } {
  const input = join(dir, 'input.js');
  writeFileSync(input, text);
  const r = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { asciiOnly } from ${JSON.stringify(MODULE)};
       import { readFileSync } from 'node:fs';
       try { process.stdout.write(JSON.stringify({ out: asciiOnly('input.js', readFileSync(${JSON.stringify(input)}, 'utf8')) })); }
       catch (e) { process.stdout.write(JSON.stringify({ error: e.message })); }`
    ],
    { encoding: 'utf8' }
  );
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { out?: string; error?: string };
}

/** What a module's default export is, as JSON, run in a child Node. */
function valueOf(program: string, name: string): string {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, program);
  const r = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(JSON.stringify(m.default));`
    ],
    { encoding: 'utf8' }
  );
  expect(r.stderr).toBe('');
  return r.stdout;
}

const PROGRAM = [
  "const a = '— é \\é \\\\é 😀';",
  "const r = [/[à-ÿ]/u.test('é'), /😀/u.test('😀'), /^.$/u.test('😀'), /\\é/.test('é'), /[—–]/.test('–')];",
  'const t = `x…${1}y — z`;',
  '// a comment — with a dash',
  '/* and — another */',
  'const ü = 1;',
  "const o = { ä: 2, 'ö': 3 };",
  // A byte-order mark and a no-break space in a string (as whitespace they would not parse).
  "const w = '\uFEFF\u00A0'.length;",
  'export default [a, r, t, ü, o.ä, o["ö"], a.length, w];',
  ''
].join('\n');

describe('scripts/ascii-only.mjs', () => {
  it('escapes every non-ASCII character and the program computes the same values', () => {
    const { out, error } = escape(PROGRAM);
    expect(error).toBeUndefined();
    expect(isAscii(out!)).toBe(true);
    expect(out).toContain("'\\u2014 \\u00e9 \\u00e9 \\\\\\u00e9 \\ud83d\\ude00'");
    expect(valueOf(out!, 'escaped')).toBe(valueOf(PROGRAM, 'original'));
    expect(JSON.parse(valueOf(PROGRAM, 'original'))).toEqual([
      '— é é \\é 😀',
      [true, true, true, true, true],
      'x…1y — z',
      1,
      2,
      3,
      11,
      2
    ]);
  });

  it('leaves an ASCII file as it is, and line terminators inside a non-ASCII one', () => {
    expect(escape('export default 1;\n').out).toBe('export default 1;\n');
    const text = "// note\u2028export default ['\u2029', 'é'];\n";
    const { out } = escape(text);
    expect(out).toBe("// note\u2028export default ['\u2029', '\\u00e9'];\n");
    expect(valueOf(out!, 'terminators')).toBe(valueOf(text, 'terminators-original'));
  });

  it('refuses a tagged template with a non-ASCII character (the tag reads the raw text)', () => {
    expect(escape('export default String.raw`a — b`;\n').error).toMatch(
      /input\.js:1: a tagged template with a non-ASCII character/
    );
    // Without the tag, the cooked value is all there is.
    expect(escape('export default `a — b`;\n').out).toBe('export default `a \\u2014 b`;\n');
  });

  it('the bundles are ASCII', () => {
    const main = readFileSync(join(REPO_ROOT, 'dist', 'workflow-policy', 'index.js'), 'utf8');
    expect(isAscii(main)).toBe(true);
  });
});
