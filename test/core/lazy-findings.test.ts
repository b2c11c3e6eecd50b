/**
 * src/core/lazy-findings.ts: a list whose findings are made as they are read is an array to
 * every reader, and the findings spool gives one past LAZY_MIN_FINDINGS (src/core/findings-spool.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FindingsSpool, LAZY_MIN_FINDINGS } from '../../src/core/findings-spool.js';
import { isLazyFindings, lazyFindings, mapFindings } from '../../src/core/lazy-findings.js';
import { Redactor } from '../../src/core/redact.js';
import type { Finding } from '../../src/core/result.js';

const findingAt = (i: number): Finding => ({
  rule: `r/${i % 3}`,
  severity: i % 2 ? 'warning' : 'error',
  message: `finding ${i}`,
  file: `f${i % 5}.yml`,
  line: i + 1
});

function counted(n: number): { list: Finding[]; made: () => number } {
  let made = 0;
  const list = lazyFindings({ length: n, at: (i) => (made++, findingAt(i)) });
  return { list, made: () => made };
}

describe('a lazy findings list', () => {
  const plain = Array.from({ length: 7 }, (_, i) => findingAt(i));

  it('reads as the array it stands for, making nothing until read', () => {
    const { list, made } = counted(7);
    expect(made()).toBe(0);
    expect(Array.isArray(list)).toBe(true);
    expect(list.length).toBe(7);
    expect(list[3]).toEqual(plain[3]);
    expect(list[7]).toBeUndefined();
    expect(list['-1' as unknown as number]).toBeUndefined();
    expect(list['03' as unknown as number]).toBeUndefined();
    expect(made()).toBe(1);
    expect([...list]).toEqual(plain);
    expect(list.map((f) => f.message)).toEqual(plain.map((f) => f.message));
    expect(list.some((f) => f.line === 7)).toBe(true);
    expect(list.filter((f) => f.severity === 'error')).toEqual(
      plain.filter((f) => f.severity === 'error')
    );
    expect(list.slice(2, 4)).toEqual(plain.slice(2, 4));
    expect(Object.keys(list)).toEqual(Object.keys(plain));
    expect(2 in list).toBe(true);
    expect(9 in list).toBe(false);
    expect(JSON.stringify(list, null, 2)).toBe(JSON.stringify(plain, null, 2));
    expect(list).toEqual(plain);
  });

  it('makes each finding again at each read: what one reader changes, another never sees', () => {
    const { list, made } = counted(3);
    const first = list[0]!;
    first.message = 'changed';
    expect(list[0]!.message).toBe('finding 0');
    expect(made()).toBe(2);
  });

  it('an item can be replaced, and is kept as given; nothing can be added or removed', () => {
    const { list } = counted(3);
    const other = findingAt(99);
    list[1] = other;
    expect(list[1]).toBe(other);
    expect(list.map((f) => f.line)).toEqual([1, 100, 3]);
    expect(() => list.push(findingAt(5))).toThrow(/3 items, no more, no fewer/);
    expect(() => {
      list.length = 1;
    }).toThrow(/no more, no fewer/);
    expect(() => delete list[0]).toThrow(/cannot be deleted/);
    expect(list.length).toBe(3);
  });

  it('mapFindings keeps a lazy list lazy, running the function at each read', () => {
    const { list, made } = counted(4);
    let mapped = 0;
    const upper = mapFindings(list, (f) => (mapped++, { ...f, message: f.message.toUpperCase() }));
    expect(isLazyFindings(upper)).toBe(true);
    expect(mapped).toBe(0);
    expect(upper[2]!.message).toBe('FINDING 2');
    expect(mapped).toBe(1);
    expect(made()).toBe(1);
    // An ordinary array is mapped at once.
    const now = mapFindings(plain, (f) => ({ ...f, line: 0 }));
    expect(isLazyFindings(now)).toBe(false);
    expect(now.every((f) => f.line === 0)).toBe(true);
  });

  it('the redactor redacts a lazy list as it is read, and leaves it lazy', () => {
    const secret = 's3cr3t-token-value';
    const list = lazyFindings({
      length: 3,
      at: (i) => ({ ...findingAt(i), message: `saw ${secret} in ${i}`, help: `not ${secret}` })
    });
    const r = new Redactor();
    r.add(secret);
    const out = r.redactResult({
      schema: 'ci-intel.gate-result.v1',
      gate: 'g',
      verdict: 'fail',
      mode: 'enforce',
      summary: `x ${secret}`,
      findings: list,
      evidence: {},
      outputs: {},
      startedAt: '',
      durationMs: 0
    });
    expect(isLazyFindings(out.findings)).toBe(true);
    expect(out.summary).not.toContain(secret);
    expect(JSON.stringify(out.findings)).not.toContain(secret);
    expect(out.findings[1]!.message).toBe('saw *** in 1');
    expect(out.findings[1]!.help).toBe('not ***');
  });
});

describe('FindingsSpool.list', () => {
  function spoolOf(n: number): FindingsSpool {
    const spool = new FindingsSpool({ objectRows: 16, residentChunks: 1 });
    for (let i = 0; i < n; i++)
      spool.add({ ...findingAt(i), message: `finding ${i} ${'m'.repeat(60)}` });
    return spool;
  }

  it(`below ${LAZY_MIN_FINDINGS} findings: made at once, the spool closed and released`, () => {
    const spool = spoolOf(50);
    const order = spool.sortedRows();
    const expected = spool.findings(order);
    let released = 0;
    const list = spool.list(order, undefined, () => released++);
    expect(isLazyFindings(list)).toBe(false);
    expect(list).toEqual(expected);
    expect(released).toBe(1);
    expect(() => spool.get(40)).toThrow(/closed/);
  });

  it(`from ${LAZY_MIN_FINDINGS} findings: read from the spool (spilled chunks too) as asked, open until then`, () => {
    const spool = spoolOf(LAZY_MIN_FINDINGS + 5);
    expect(spool.spilledChunks).toBeGreaterThan(0);
    const order = spool.sortedRows();
    const expected = spool.findings(order);
    let released = 0;
    const list = spool.list(order, undefined, () => released++);
    expect(isLazyFindings(list)).toBe(true);
    expect(released).toBe(0);
    expect(list.length).toBe(expected.length);
    // Twice over, in order and out of it: the same findings each time.
    expect(list).toEqual(expected);
    expect(list[LAZY_MIN_FINDINGS + 4]).toEqual(expected[LAZY_MIN_FINDINGS + 4]);
    expect(list[3]).toEqual(expected[3]);
    expect(JSON.stringify(list)).toBe(JSON.stringify(expected));
    expect(released).toBe(0);
  });

  it('a lazy list left open closes its spool and releases the caller when the process ends', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lazy-exit-'));
    const marker = join(dir, 'released');
    const script = `
      import { writeFileSync } from 'node:fs';
      import { FindingsSpool, LAZY_MIN_FINDINGS } from ${JSON.stringify(join(process.cwd(), 'lib/core/findings-spool.js'))};
      const spool = new FindingsSpool({ objectRows: 0, residentChunks: 1, dir: ${JSON.stringify(dir)} });
      for (let i = 0; i < LAZY_MIN_FINDINGS; i++) spool.add({ rule: 'r', severity: 'note', message: 'm'.repeat(100) + i });
      const list = spool.list(spool.sortedRows(), undefined, () => writeFileSync(${JSON.stringify(marker)}, 'yes'));
      globalThis.kept = list;
      console.log(list.length, list.filter((f) => f.message.endsWith('m' + (LAZY_MIN_FINDINGS - 1))).length);
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8'
    });
    expect(out.trim()).toBe(`${LAZY_MIN_FINDINGS} 1`);
    expect(existsSync(marker)).toBe(true);
    expect(readFileSync(marker, 'utf8')).toBe('yes');
  });
});
