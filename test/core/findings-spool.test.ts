/**
 * The findings spool (src/core/findings-spool.ts): what goes in comes out, field for field, in
 * the gate's order, whether its chunks stayed in memory or went to the spill file.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  closeSpillFile,
  FindingsSpool,
  openSpillFile,
  type SpoolHandoff
} from '../../src/core/findings-spool.js';
import type { Finding, Severity } from '../../src/core/result.js';

/** The order the gate reports in, written out here as the contract (not taken from the spool). */
function byLocation(a: Finding, b: Finding): number {
  return (
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message)
  );
}

/** A deterministic pseudo-random source (mulberry32). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = [
  'a@v1 is not pinned',
  'ünïcödé ✓ and "quotes"\n',
  'a lone surrogate \ud800 and an emoji 😀',
  '',
  'latin1 only: café ÿ',
  'Zebra',
  'zebra',
  'ä'
];
const FILES = [undefined, '', 'a.yml', 'B.yml', 'b.yml', '.github/workflows/ä.yml', 'c/d.yml'];
const SEVERITIES: Severity[] = ['error', 'warning', 'note'];

function someFindings(n: number, seed: number, long = 0): Finding[] {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: Finding[] = [];
  for (let i = 0; i < n; i++) {
    const f: Finding = {
      rule: pick(['workflow-policy/pinned-uses', 'workflow-policy/permissions', 'gate/error']),
      severity: pick(SEVERITIES),
      message: pick(TEXTS) + (long ? 'x'.repeat(Math.floor(r() * long)) : '')
    };
    const help = pick([undefined, '', 'Pin it.', 'Fix the file ✓']);
    if (help !== undefined) f.help = help;
    const file = pick(FILES);
    if (file !== undefined) f.file = file;
    if (r() < 0.8) f.line = Math.floor(r() * 4);
    if (r() < 0.7) f.column = Math.floor(r() * 3);
    out.push(f);
  }
  return out;
}

/** A spool that encodes every finding (none held as an object) unless told otherwise. */
function spoolOf(findings: Finding[], options = {}): FindingsSpool {
  const spool = new FindingsSpool({ objectRows: 0, ...options });
  for (const f of findings) spool.add(f);
  return spool;
}

describe('FindingsSpool', () => {
  it('gives back every finding as given, in the order added', () => {
    const findings = someFindings(500, 1);
    const spool = spoolOf(findings);
    expect(spool.size).toBe(500);
    expect(spool.findings()).toEqual(findings);
    // Absent fields stay absent (not present as undefined).
    const back = spool.findings();
    findings.forEach((f, i) => expect(Object.keys(back[i]!).sort()).toEqual(Object.keys(f).sort()));
    spool.close();
  });

  it('holds the first findings as the objects given, encodes the rest, sorts them together', () => {
    const findings = someFindings(1000, 8);
    const spool = spoolOf(findings, { objectRows: 300 });
    const back = spool.findings();
    expect(back).toEqual(findings);
    for (let i = 0; i < 1000; i++) expect(back[i] === findings[i]).toBe(i < 300);
    const expected = findings
      .map((f, i) => ({ f, i }))
      .sort((a, b) => byLocation(a.f, b.f) || a.i - b.i)
      .map((x) => x.i);
    expect([...spool.sortedRows()]).toEqual(expected);
    spool.close();
  });

  it('sorts as the gate reports: file, line, column, rule, message; ties as added', () => {
    for (const seed of [2, 3, 4]) {
      const findings = someFindings(2000, seed);
      const spool = spoolOf(findings);
      const expected = findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => byLocation(a.f, b.f) || a.i - b.i)
        .map((x) => x.i);
      expect([...spool.sortedRows()]).toEqual(expected);
      expect(spool.findings(spool.sortedRows())).toEqual(expected.map((i) => findings[i]));
      spool.close();
    }
  });

  it('spills past its memory budget to a file no one else sees, and reads it back', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'spool-')), 'not', 'yet');
    // About 6 MiB of messages: six or more chunks of 1 MiB, one kept in memory.
    const findings = someFindings(3000, 5, 4000);
    const spool = new FindingsSpool({ dir, residentChunks: 1, objectRows: 0 });
    for (const f of findings) spool.add(f);
    expect(spool.spilledChunks).toBeGreaterThanOrEqual(4);
    // The directory was made; the file is unlinked while it is open.
    expect(existsSync(dir)).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
    const order = spool.sortedRows();
    const expected = findings
      .map((f, i) => ({ f, i }))
      .sort((a, b) => byLocation(a.f, b.f) || a.i - b.i)
      .map((x) => findings[x.i]);
    expect(spool.findings(order)).toEqual(expected);
    spool.close();
    expect(() => spool.findings()).toThrow(/closed/);
    // Spilled into a file of its own, which its thread would close: it cannot be handed off.
    const own = new FindingsSpool({ dir, residentChunks: 1, objectRows: 0 });
    for (const f of findings) own.add(f);
    expect(() => own.handOff(own.sortedRows())).toThrow(/a file of its own cannot be handed off/);
    own.close();
  });

  it('keeps as they are the findings its columns cannot carry', () => {
    const odd = [
      { rule: 'r', severity: 'error', message: 'extra field', extra: 1 },
      { rule: 'r', severity: 'error', message: 'fractional', line: 1.5 },
      { rule: 'r', severity: 'error', message: 'negative', line: -1 },
      { rule: 'r', severity: 'odd', message: 'unknown severity' },
      { rule: 'r', severity: 'error', message: 'm'.repeat(300_000), help: 'h' }
    ] as unknown as Finding[];
    const findings = [...someFindings(50, 6), ...odd];
    const spool = spoolOf(findings);
    const back = spool.findings();
    expect(back).toEqual(findings);
    odd.forEach((f, i) => expect(back[50 + i]).toBe(f));
    const order = spool.sortedRows();
    expect(spool.findings(order).map((f) => f.message)).toEqual(
      findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => byLocation(a.f, b.f) || a.i - b.i)
        .map((x) => x.f.message)
    );
    spool.close();
  });

  it('a help key is decided at the end; a replaced finding keeps it', () => {
    const spool = new FindingsSpool({ objectRows: 0 });
    const f: Finding = {
      rule: 'workflow-policy/pinned-uses',
      severity: 'error',
      message: 'a@v4 is not pinned',
      help: 'an early help',
      file: 'a.yml',
      line: 1
    };
    const row = spool.add(f, 'a\0v4');
    spool.add({ ...f, file: 'b.yml' }, 'a\0v4');
    spool.add({ ...f, file: 'c.yml', help: 'its own help' });
    const helps = (key: string) => `pin ${key.replace('\0', ' # ')}`;
    expect(spool.findings(undefined, helps).map((x) => x.help)).toEqual([
      'pin a # v4',
      'pin a # v4',
      'its own help'
    ]);
    // One help string for the findings that share a key.
    const [a, b] = spool.findings(undefined, helps);
    expect(a!.help).toBe(b!.help);
    spool.replace(row, { ...f, severity: 'note', message: `fixed: ${f.message}` });
    expect(spool.get(row, helps)).toEqual({
      ...f,
      severity: 'note',
      message: 'fixed: a@v4 is not pinned',
      help: 'pin a # v4'
    });
    expect(() => spool.replace(3, f)).toThrow(RangeError);
    spool.close();
  });

  it('counts by severity, and by rule for what is not a note, in the order given', () => {
    const findings = someFindings(300, 7);
    const spool = spoolOf(findings);
    const order = spool.sortedRows();
    const counts = spool.counts(order);
    const sorted = spool.findings(order);
    for (const s of SEVERITIES)
      expect(counts.bySeverity[s]).toBe(findings.filter((f) => f.severity === s).length);
    const byRule = new Map<string, number>();
    for (const f of sorted)
      if (f.severity !== 'note') byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    expect([...counts.byRule]).toEqual([...byRule]);
    spool.close();
  });

  it('an empty spool gives nothing', () => {
    const spool = new FindingsSpool();
    expect(spool.findings()).toEqual([]);
    expect([...spool.sortedRows()]).toEqual([]);
    const { handoff } = spool.handOff(spool.sortedRows());
    expect(FindingsSpool.received(handoff).findings(handoff.order)).toEqual([]);
    expect(spool.counts().bySeverity).toEqual({ error: 0, warning: 0, note: 0 });
    spool.close();
  });
});

describe('ranking without ICU where no comparison is needed', () => {
  const finding = (file: string | undefined, line: number): Finding => ({
    rule: 'workflow-policy/concurrency',
    severity: 'warning',
    message: `at ${line}`,
    ...(file === undefined ? {} : { file, line })
  });

  it('the empty string sorts before every string holding an ASCII letter or digit', () => {
    // What the shortcut relies on, checked against localeCompare itself.
    const others = [
      'a',
      'Z',
      '0',
      '-a',
      '.github/workflows/ci.yml',
      '\u0000a',
      '\u200bZ',
      '…9',
      'ä1'
    ];
    for (const s of others) expect(''.localeCompare(s)).toBeLessThan(0);
  });

  for (const [label, objectRows] of [
    ['as objects', undefined],
    ['as rows', 0]
  ] as const) {
    it(`one file and findings without one (${label}): the gate's order, with no localeCompare`, () => {
      const findings = [
        finding('.github/workflows/ci.yml', 9),
        finding(undefined, 0),
        finding('.github/workflows/ci.yml', 2)
      ];
      const spool = new FindingsSpool({ objectRows });
      for (const f of findings) spool.add(f);
      const original = String.prototype.localeCompare;
      let calls = 0;
      String.prototype.localeCompare = function (
        this: string,
        ...args: Parameters<typeof original>
      ) {
        calls++;
        return original.apply(this, args);
      };
      let order: Uint32Array;
      try {
        order = spool.sortedRows();
      } finally {
        String.prototype.localeCompare = original;
      }
      expect(calls).toBe(0);
      expect(spool.findings(order)).toEqual([...findings].sort(byLocation));
      spool.close();
    });
  }

  it('a file name without letters or digits is still ranked by localeCompare', () => {
    const spool = new FindingsSpool({ objectRows: 0 });
    const findings = [finding('\u0000', 1), finding(undefined, 0), finding('\u0000', 0)];
    for (const f of findings) spool.add(f);
    expect(spool.findings(spool.sortedRows())).toEqual([...findings].sort(byLocation));
    spool.close();
  });

  describe('handed off (to another thread, here in the same one)', () => {
    /** Findings that take every path: kept objects, help keys, helps in chunks, UTF-16 text. */
    function mixed(): { findings: Finding[]; keys: (string | undefined)[] } {
      const findings = someFindings(2500, 4, 1500);
      findings[7] = { ...findings[7]!, message: 'non-ASCII ✓ – “quoted”' };
      findings[2400] = { ...findings[2400]!, message: 'ünïcödé in a chunk' };
      findings.push({
        rule: 'r',
        severity: 'error',
        message: 'odd',
        extra: 1
      } as unknown as Finding);
      const keys = findings.map((_, i) => (i % 3 === 0 ? `key ${i % 5}` : undefined));
      return { findings, keys };
    }
    const helps = (key: string) => `help for ${key}`;
    const expectedOf = (findings: Finding[], keys: (string | undefined)[], order: Uint32Array) =>
      [...order].map((i) =>
        keys[i] === undefined ? findings[i] : { ...findings[i]!, help: helps(keys[i]!) }
      );

    it('gives every finding back in the order handed, its spilled chunks read from the given file', () => {
      const { findings, keys } = mixed();
      const spill = openSpillFile(mkdtempSync(join(tmpdir(), 'spool-')));
      try {
        const spool = new FindingsSpool({ residentChunks: 1, objectRows: 10, spillFile: spill });
        findings.forEach((f, i) => spool.add(f, keys[i]));
        expect(spool.spilledChunks).toBeGreaterThanOrEqual(2);
        const order = spool.sortedRows();
        const { handoff, transfer } = spool.handOff(order, helps);
        expect(handoff.spilled).toBe(true);
        expect(transfer).toContain(handoff.rows.buffer);
        expect(transfer).toContain(order.buffer);
        expect(handoff.chunks.filter(Boolean).length).toBe(1);
        // The sender is empty, and closing it leaves the given file open.
        expect(spool.size).toBe(0);
        spool.close();
        const back = FindingsSpool.received(handoff, spill);
        expect(back.findings(handoff.order)).toEqual(expectedOf(findings, keys, order));
        back.close();
        // Still the caller's: it closes without an error.
      } finally {
        closeSpillFile(spill);
      }
    });

    it('refuses a hand-off that does not add up, or spilled chunks without their file', () => {
      const { findings } = mixed();
      const spill = openSpillFile(mkdtempSync(join(tmpdir(), 'spool-')));
      try {
        const spool = new FindingsSpool({ residentChunks: 1, objectRows: 0, spillFile: spill });
        for (const f of findings) spool.add(f);
        const { handoff } = spool.handOff(spool.sortedRows());
        expect(() => FindingsSpool.received(handoff)).toThrow(/no spill file was given/);
        const short: SpoolHandoff = { ...handoff, count: handoff.count + 1 };
        expect(() => FindingsSpool.received(short, spill)).toThrow(/do not match their count/);
      } finally {
        closeSpillFile(spill);
      }
    });
  });
});
