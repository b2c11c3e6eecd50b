import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileReadError } from '../../src/core/read-file.js';
import { forEachNdjsonLine, type NdjsonLine } from '../../src/telemetry/ndjson.js';

const dir = mkdtempSync(join(tmpdir(), 'ndjson-'));
const file = (name: string, body: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
};
const read = (p: string, maxLineBytes = 1024, maxFileBytes = 1 << 30) => {
  const lines: NdjsonLine[] = [];
  const info = forEachNdjsonLine(p, { maxFileBytes, maxLineBytes }, (l) => lines.push(l));
  return { lines, info };
};

describe('forEachNdjsonLine', () => {
  it('hands over each line in order, CRLF and a missing final newline included', () => {
    const body = '{"a":1}\r\n{"b":2}\n\n{"c":3}';
    const { lines, info } = read(file('a.ndjson', body));
    expect(lines).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: '{"b":2}' },
      { line: 3, text: '' },
      { line: 4, text: '{"c":3}' }
    ]);
    expect(info).toEqual({
      bytes: body.length,
      lines: 4,
      sha256: createHash('sha256').update(body).digest('hex')
    });
  });

  it('an empty file has no lines; a final newline does not make one', () => {
    expect(read(file('empty.ndjson', '')).lines).toEqual([]);
    expect(read(file('one.ndjson', '{}\n')).lines).toEqual([{ line: 1, text: '{}' }]);
  });

  it('joins lines across the 1 MiB read chunks, and reports over-long lines without holding them', () => {
    const long = 'x'.repeat(3 * 1024 * 1024);
    const mid = `{"k":"${'y'.repeat(1024 * 1024 - 5)}"}`; // crosses the first chunk boundary
    const p = file('big.ndjson', `${mid}\n"${long}"\n{"z":1}\n"${long}"`);
    const { lines } = read(p, 2 * 1024 * 1024);
    expect(lines.map((l) => ('text' in l ? l.text.length : l.problem))).toEqual([
      mid.length,
      'too-long',
      7,
      'too-long'
    ]);
    expect(lines[1]).toEqual({ line: 2, problem: 'too-long', bytes: long.length + 2 });
    expect(lines[3]).toEqual({ line: 4, problem: 'too-long', bytes: long.length + 2 });
  });

  it('reports a line that is not UTF-8 and goes on', () => {
    const p = file('bad.ndjson', Buffer.from([0x7b, 0xff, 0x7d, 0x0a, 0x7b, 0x7d, 0x0a]));
    expect(read(p).lines).toEqual([
      { line: 1, problem: 'not-utf8', bytes: 3 },
      { line: 2, text: '{}' }
    ]);
  });

  it('refuses a file over its limit, a FIFO and a folder through the shared reader', () => {
    expect(() => read(file('l.ndjson', '{}\n{}\n'), 1024, 4)).toThrow(FileReadError);
    const fifo = join(dir, 'fifo.ndjson');
    execFileSync('mkfifo', [fifo]);
    expect(() => read(fifo)).toThrow(/FIFO/);
    expect(() => read(dir)).toThrow(/directory/);
  });
});
