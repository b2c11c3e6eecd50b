/** Findings through a string table (src/core/findings-table.ts): the same findings, strings shared. */
import { describe, expect, it } from '@jest/globals';
import { FindingsTableError, packFindings, unpackFindings } from '../../src/core/findings-table.js';
import type { Finding } from '../../src/core/result.js';

const help = 'Pin the action to a full commit SHA.';
const findings: Finding[] = [
  {
    rule: 'workflow-policy/pinned-uses',
    severity: 'error',
    message: 'a@v1 is not pinned',
    help,
    file: 'a.yml',
    line: 3,
    column: 9
  },
  {
    rule: 'workflow-policy/pinned-uses',
    severity: 'error',
    message: 'a@v1 is not pinned',
    help,
    file: 'b.yml',
    line: 3,
    column: 9
  },
  { rule: 'gate/error', severity: 'error', message: 'could not decide' },
  {
    rule: 'workflow-policy/x',
    severity: 'note',
    message: 'zero is a line',
    file: 'c.yml',
    line: 0,
    column: 0
  },
  { rule: 'workflow-policy/x', severity: 'warning', message: 'ünïcödé ✓ and "quotes"\n', help: '' }
];

describe('packFindings / unpackFindings', () => {
  it('gives back the findings it was given, absent fields left out', () => {
    const back = unpackFindings(packFindings(findings));
    expect(back).toEqual(findings);
    expect(Object.keys(back[2]!)).toEqual(['rule', 'severity', 'message']);
  });

  it('keeps each distinct string once', () => {
    const table = packFindings(findings);
    expect(table.strings.filter((s) => s === help)).toHaveLength(1);
    expect(table.strings.filter((s) => s === 'a@v1 is not pinned')).toHaveLength(1);
    expect(new Set(table.strings).size).toBe(table.strings.length);
  });

  it('survives a structured clone (what a worker posts)', () => {
    expect(unpackFindings(structuredClone(packFindings(findings)))).toEqual(findings);
  });

  it('packs nothing as nothing', () => {
    expect(unpackFindings(packFindings([]))).toEqual([]);
  });

  it('refuses what it would not carry faithfully', () => {
    const extra = { ...findings[0]!, fix: 'x' } as unknown as Finding;
    expect(() => packFindings([extra])).toThrow(
      new FindingsTableError("a finding of workflow-policy/pinned-uses has a field 'fix'")
    );
    expect(() => packFindings([{ ...findings[0]!, line: 1.5 }])).toThrow(/has line 1\.5/);
    expect(() => packFindings([{ ...findings[0]!, line: -1 }])).toThrow(/has line -1/);
    expect(() => packFindings([{ ...findings[0]!, column: 2 ** 31 }])).toThrow(
      /has column 2147483648/
    );
    expect(() => packFindings([{ ...findings[0]!, message: 7 as unknown as string }])).toThrow(
      /non-string message/
    );
  });

  it('refuses a damaged table instead of making findings up', () => {
    const table = packFindings(findings);
    expect(() => unpackFindings({ ...table, cells: table.cells.subarray(1) })).toThrow(
      /odd length/
    );
    const wrong = Int32Array.from(table.cells);
    wrong[0] = table.strings.length;
    expect(() => unpackFindings({ ...table, cells: wrong })).toThrow(/names string/);
    const noRule = Int32Array.from(table.cells);
    noRule[0] = -1;
    expect(() => unpackFindings({ ...table, cells: noRule })).toThrow(/without rule/);
  });
});
