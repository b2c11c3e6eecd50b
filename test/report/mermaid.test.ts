/**
 * The Markdown page's charts parse and render with mermaid itself (its browser bundle, in
 * headless chromium: the parser needs a DOM), hostile labels included; and the Markdown around
 * them keeps table cells and code fences intact.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Chart } from '../../src/report/charts.js';
import type { LoadStats } from '../../src/report/load.js';
import { cell, markdownReport } from '../../src/report/markdown.js';
import type { ReportData } from '../../src/report/metrics.js';
import { mermaidChart, mermaidText } from '../../src/report/mermaid.js';
import { REPO_ROOT } from '../helpers/run-action.js';
import { withChromium } from './chromium.js';
import { fleetReport, HOSTILE_POLICY } from './pages.js';

const MERMAID = join(REPO_ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');

let data: ReportData;
let stats: LoadStats;
beforeAll(async () => {
  ({ data, stats } = await fleetReport());
});

const blocks = (md: string): string[] =>
  [...md.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]);

interface Outcome {
  ok: boolean;
  error?: string;
  svg?: string;
}

async function mermaidPage(page: Page): Promise<void> {
  await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
  await page.addScriptTag({ path: MERMAID });
  await page.evaluate(() => {
    (globalThis as unknown as { mermaid: { initialize: (o: object) => void } }).mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict'
    });
  });
}

async function renderAll(page: Page, codes: string[]): Promise<Outcome[]> {
  return page.evaluate(async (list) => {
    const m = (
      globalThis as unknown as {
        mermaid: {
          parse: (t: string) => Promise<unknown>;
          render: (id: string, t: string) => Promise<{ svg: string }>;
        };
      }
    ).mermaid;
    const out: { ok: boolean; error?: string; svg?: string }[] = [];
    for (let i = 0; i < list.length; i++) {
      try {
        await m.parse(list[i]);
        const { svg } = await m.render(`c${i}`, list[i]);
        out.push({ ok: true, svg });
      } catch (e) {
        out.push({ ok: false, error: String((e as Error).message ?? e).slice(0, 300) });
      }
    }
    return out;
  }, codes);
}

describe('the Markdown report', () => {
  it('every xychart-beta block parses and renders with mermaid; broken blocks are rejected (the check can fail)', async () => {
    const md = markdownReport(data, stats);
    const codes = blocks(md);
    expect(codes.length).toBe(6);
    for (const c of codes) expect(c.startsWith('xychart-beta\n')).toBe(true);
    const broken = [
      'xychart-beta\n    x-axis ["a", "b"\n    bar [1, 2]\n',
      'xychart-beta\n    title "a" b"\n    bar [1, 2]\n',
      'xychart-beta\n    y-axis "x" 0 --> \n    line [1, x]\n'
    ];
    await withChromium(async (ctx) => {
      const page = await ctx.newPage();
      await mermaidPage(page);
      const good = await renderAll(page, codes);
      for (const g of good) {
        expect(g.error).toBeUndefined();
        expect(g.ok).toBe(true);
        // a rendered chart has its plot: bars as rects or a line path
        expect(g.svg).toMatch(/<svg[\s\S]*(<rect|<path)/);
      }
      const bad = await renderAll(page, broken);
      expect(bad.map((b) => b.ok)).toEqual([false, false, false]);
    });
  });

  it('hostile labels stay inside their strings; the denials chart names the policy, sanitized', async () => {
    const c: Chart = {
      id: 'x',
      title: 'He said "hi"\n```\n<b>',
      yLabel: 'y"',
      yMin: 0,
      yMax: 10,
      x: [HOSTILE_POLICY, 'a\\b', '`x`', ''],
      series: [{ kind: 'bar', name: 'n', values: [1, 2.5, 3, 0] }]
    };
    const code = mermaidChart(c);
    expect(code.split('\n')).toHaveLength(7);
    expect(code.match(/```/g)).toHaveLength(2);
    await withChromium(async (ctx) => {
      const page = await ctx.newPage();
      await mermaidPage(page);
      const [r] = await renderAll(page, [code.replace(/^```mermaid\n|```$/g, '')]);
      expect(r.error).toBeUndefined();
      expect(r.svg).toContain('script window.pwned=1 /script');
    });
  });

  it('mermaidText and cell neutralise quotes, fences, pipes and HTML', () => {
    expect(mermaidText('a "b" `c`\nd')).toBe('"a b c d"');
    expect(mermaidText('')).toBe('"-"');
    expect(cell('a|b <i>x</i> `c`')).toBe('a\\|b &lt;i&gt;x&lt;/i&gt; \\`c\\`');
    const md = markdownReport(data, stats);
    // every table row has as many cells as its header
    for (const table of md.split('\n\n').filter((p) => p.startsWith('| '))) {
      const rows = table.split('\n');
      const width = (r: string): number => r.replace(/\\\|/g, '').split('|').length;
      for (const r of rows) expect(width(r)).toBe(width(rows[0]));
    }
    expect(md).toContain('the 20 with most runs'.slice(0, 0));
    expect(md).toMatch(/1 line was not a valid record/);
  });

  it('rejects a chart whose series does not match its categories', () => {
    expect(() =>
      mermaidChart({
        id: 'x',
        title: 't',
        yLabel: 'y',
        yMin: 0,
        yMax: 1,
        x: ['a'],
        series: [{ kind: 'line', name: 'n', values: [1, 2] }]
      })
    ).toThrow(/2 values for 1 categories/);
    expect(() =>
      mermaidChart({
        id: 'x',
        title: 't',
        yLabel: 'y',
        yMin: 0,
        yMax: 1,
        x: ['a'],
        series: [{ kind: 'line', name: 'n', values: [NaN] }]
      })
    ).toThrow(/not finite/);
  });
});
