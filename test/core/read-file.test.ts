import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRegularFile, readRegularTextFile } from '../../src/core/read-file.js';
import { parseStrictJson, parseStrictJsonBytes } from '../../src/core/strict-json.js';

const dir = mkdtempSync(join(tmpdir(), 'ci-intel-read-'));

describe('readRegularFile', () => {
  it('reads a regular file and follows a symlink to one', () => {
    writeFileSync(join(dir, 'a.json'), '\uFEFF{"a":1}');
    symlinkSync(join(dir, 'a.json'), join(dir, 'link.json'));
    expect(readRegularTextFile(join(dir, 'link.json'), { maxBytes: 100 })).toBe('{"a":1}');
    expect(readRegularFile(join(dir, 'a.json'), { maxBytes: 100 }).length).toBe(10);
  });
  it('refuses a FIFO without blocking, also behind a symlink', () => {
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    symlinkSync(join(dir, 'pipe'), join(dir, 'pipe-link'));
    expect(() => readRegularFile(join(dir, 'pipe'), { maxBytes: 10, what: 'the bundle' })).toThrow(
      /the bundle .*pipe is a FIFO \(named pipe\), not a regular file/
    );
    expect(() => readRegularFile(join(dir, 'pipe-link'), { maxBytes: 10 })).toThrow(/FIFO/);
  });
  it('refuses devices and directories, and a missing file by name', () => {
    expect(() => readRegularFile('/dev/zero', { maxBytes: 10 })).toThrow(/character device/);
    expect(() => readRegularFile(dir, { maxBytes: 10 })).toThrow(/a directory/);
    expect(() => readRegularFile(join(dir, 'nope'), { maxBytes: 10 })).toThrow(
      /nope does not exist/
    );
  });
  it('enforces the limit', () => {
    writeFileSync(join(dir, 'big'), Buffer.alloc(101));
    expect(() => readRegularFile(join(dir, 'big'), { maxBytes: 100 })).toThrow(
      /101 bytes; the limit is 100 bytes/
    );
    expect(readRegularFile(join(dir, 'big'), { maxBytes: 101 }).length).toBe(101);
  });
  it('enforces the limit while reading a file whose stat size is 0', () => {
    expect(() => readRegularFile('/proc/self/status', { maxBytes: 10 })).toThrow(
      /grew past the limit/
    );
  });
  it('refuses invalid UTF-8 as text', () => {
    writeFileSync(join(dir, 'bin'), Buffer.from([0xff, 0xfe, 0x00]));
    expect(() => readRegularTextFile(join(dir, 'bin'), { maxBytes: 10 })).toThrow(/not UTF-8/);
  });
});

describe('parseStrictJson', () => {
  it('parses valid JSON like JSON.parse', () => {
    expect(parseStrictJson('{"a":[1,{"b":"x,y}"}],"c":{"a":2}}', 'doc')).toEqual({
      a: [1, { b: 'x,y}' }],
      c: { a: 2 }
    });
    expect(parseStrictJson('[{"a":1},{"a":2}]', 'doc')).toEqual([{ a: 1 }, { a: 2 }]);
    expect(parseStrictJson('"a"', 'doc')).toBe('a');
  });
  it('refuses a duplicate key with its name, pointer and line', () => {
    expect(() =>
      parseStrictJson('{"drill":{\n"result":"fail",\n"result":"pass"}}', 'ev.json')
    ).toThrow(/ev.json: duplicate key "result" at \/drill\/result \(line 3\)/);
  });
  it('sees duplicates spelled with escapes, and inside arrays', () => {
    expect(() => parseStrictJson('{"a":1,"\\u0061":2}', 'd')).toThrow(/duplicate key "a"/);
    expect(() => parseStrictJson('[0,{"k":{"x":1,"x":1}}]', 'd')).toThrow(/at \/1\/k\/x/);
  });
  it('does not take string values for keys', () => {
    expect(parseStrictJson('{"a":"b","b":"a","c":["a","a"]}', 'd')).toEqual({
      a: 'b',
      b: 'a',
      c: ['a', 'a']
    });
    expect(parseStrictJson('{"a":"\\"","b":"\\\\"}', 'd')).toEqual({ a: '"', b: '\\' });
  });
  it('names the document for invalid JSON and never quotes it', () => {
    expect(() => parseStrictJson('{"token":"s3cr3t",}', 'cfg')).toThrow(/^cfg is not valid JSON/);
    expect(() => parseStrictJson('{"token":"s3cr3t",}', 'cfg')).not.toThrow(/s3cr3t/);
    expect(() => parseStrictJsonBytes(new Uint8Array([0xff]), 'b')).toThrow(/not UTF-8/);
  });
  it('reads a document of 200k keys in one mapping and still finds a duplicate', () => {
    const big = '{' + Array.from({ length: 200_000 }, (_, i) => `"k${i}":${i}`).join(',') + '}';
    expect(Object.keys(parseStrictJson(big, 'big') as object)).toHaveLength(200_000);
    expect(() => parseStrictJson(big.slice(0, -1) + ',"k7":1}', 'big')).toThrow(
      /duplicate key "k7"/
    );
  });
});
