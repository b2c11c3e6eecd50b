import { describe, expect, it } from '@jest/globals';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeResultJson, writeResultFile } from '../../src/core/report/files.js';
import { SUMMARY_LIMIT_BYTES, summaryMarkdownParts } from '../../src/core/report/markdown.js';
import type { Finding, GateResult } from '../../src/core/result.js';

function result(findings: Finding[]): GateResult {
  return {
    schema: 'ci-intel.gate-result.v1',
    gate: 'workflow-policy',
    verdict: findings.length ? 'fail' : 'pass',
    mode: 'enforce',
    summary: 'a | b\nc — “quoted” ✅',
    findings,
    evidence: {
      nested: { list: [1, 'two', { three: [null, true] }], empty: {}, none: [] },
      skipped: undefined,
      text: 'findings: "not the array" \u0000 \u2028'
    },
    outputs: { 'findings-count': String(findings.length) },
    startedAt: '2026-12-01T00:00:00.000Z',
    durationMs: 12.5
  };
}

function findingsOf(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    rule: `workflow-policy/rule-${i % 7}`,
    severity: (['error', 'warning', 'note'] as const)[i % 3],
    message: `finding ${i}: ${'x'.repeat(i % 50)} — ‘quote’ | pipe\nnew line \\ backslash "dq"`,
    ...(i % 5 ? { help: `Fix ${i % 11}.` } : {}),
    ...(i % 4 ? { file: `.github/workflows/w${i % 13}.yml`, line: i + 1 } : {}),
    ...(i % 6 ? { column: (i % 9) + 1 } : {})
  }));
}

describe('the result file, written a slice of findings at a time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-stream-'));
  for (const n of [0, 1, 2, 511, 512, 513, 1024, 3000]) {
    it(`is JSON.stringify(result, null, 2) byte for byte with ${n} findings`, () => {
      const r = result(findingsOf(n));
      const file = join(dir, `r${n}.json`);
      writeResultJson(file, r);
      expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(r, null, 2) + '\n');
    });
  }

  it('overwrites a file that was there, and writeResultFile names it in RUNNER_TEMP', () => {
    const r = result(findingsOf(700));
    const file = join(dir, 'again.json');
    writeFileSync(file, 'x'.repeat(5_000_000));
    writeResultJson(file, r);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(r)));
    const written = writeResultFile(r, dir);
    expect(written.startsWith(join(dir, 'ci-intel', 'results'))).toBe(true);
    expect(readFileSync(written, 'utf8')).toBe(JSON.stringify(r, null, 2) + '\n');
  });
});

describe('the job summary in parts', () => {
  it('comes in several parts for many findings, the table rows whole in each', () => {
    const r = result(findingsOf(2000));
    const parts = [...summaryMarkdownParts(r, '#### details\n\n| a |\n')];
    expect(parts.length).toBeGreaterThan(5);
    const text = parts.join('');
    // Every finding row, each once, and the details and footer after the table.
    const rows = text.split('\n').filter((l) => /^\| (error|warning|note) \|/.test(l));
    expect(rows).toHaveLength(2000);
    expect(text.indexOf('#### details')).toBeGreaterThan(text.lastIndexOf('| note |'));
    expect(text.endsWith('· mode enforce</sub>\n')).toBe(true);
    for (const p of parts.slice(0, -1)) expect(p.endsWith('\n')).toBe(true);
  });

  it('appends the parts in order to GITHUB_STEP_SUMMARY', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summary-parts-'));
    const file = join(dir, 'summary');
    appendFileSync(file, 'before\n');
    const before = process.env.GITHUB_STEP_SUMMARY;
    process.env.GITHUB_STEP_SUMMARY = file;
    try {
      const { appendSummary } = await import('../../src/core/runner-commands.js');
      const r = result(findingsOf(600));
      appendSummary(summaryMarkdownParts(r));
      expect(readFileSync(file, 'utf8')).toBe(`before\n${[...summaryMarkdownParts(r)].join('')}`);
    } finally {
      if (before === undefined) delete process.env.GITHUB_STEP_SUMMARY;
      else process.env.GITHUB_STEP_SUMMARY = before;
    }
  });

  it('stays under GitHub’s 1 MiB step-summary limit: rows past it are counted, not shown', () => {
    const r = result(findingsOf(40_000));
    const text = [...summaryMarkdownParts(r, '#### details\n\n| a |\n')].join('');
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    const rows = text.split('\n').filter((l) => /^\| (error|warning|note) \|/.test(l));
    expect(rows.length).toBeGreaterThan(1000);
    expect(rows.length).toBeLessThan(40_000);
    expect(text).toContain(`${40_000 - rows.length} more of the 40000 findings are not shown`);
    expect(text).toContain('#### details');
    expect(text.endsWith('· mode enforce</sub>\n')).toBe(true);
  });

  it('cuts a gate section too long for what is left at a line, and says so', () => {
    const r = result(findingsOf(3));
    const details = Array.from(
      { length: 40_000 },
      (_, i) => `| row ${i} | ✅ ${'y'.repeat(20)} |`
    ).join('\n');
    const text = [...summaryMarkdownParts(r, details)].join('');
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(text).toContain('| row 0 |');
    expect(text).not.toContain('| row 39999 |');
    expect(text).toMatch(/\|\n\n… the rest of this section is not shown/);
    expect(
      text
        .split('\n')
        .filter((l) => l.startsWith('| row '))
        .every((l) => l.endsWith(' |'))
    ).toBe(true);
    expect(text.endsWith('· mode enforce</sub>\n')).toBe(true);
  });

  it('is unchanged below the limit', () => {
    const r = result(findingsOf(50));
    const text = [...summaryMarkdownParts(r)].join('');
    expect(text).not.toContain('not shown');
    expect(text.split('\n').filter((l) => /^\| (error|warning|note) \|/.test(l))).toHaveLength(50);
  });
});
