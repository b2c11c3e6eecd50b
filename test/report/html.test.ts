/**
 * The HTML page in a real browser (Debian chromium, headless): it loads nothing, runs nothing,
 * and its SVG charts are drawn — boxes on the page and coloured pixels in the screenshot.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { htmlReport } from '../../src/report/html.js';
import type { LoadStats } from '../../src/report/load.js';
import type { ReportData } from '../../src/report/metrics.js';
import { CHROMIUM, withChromium } from './chromium.js';
import { fleetReport, HOSTILE_POLICY, HOSTILE_REPO } from './pages.js';
import { decodePng, inkIn } from './png.js';
import { tempDir } from './records.js';

/** Where the last screenshot is kept, to look at. */
export const SCREENSHOT = join(tmpdir(), 'ci-intel-report-screenshot.png');

let data: ReportData;
let stats: LoadStats;
beforeAll(async () => {
  ({ data, stats } = await fleetReport());
});

describe('the HTML report', () => {
  it('is one self-contained file: no script, no external reference, a CSP that loads nothing', () => {
    const html = htmlReport(data, stats);
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed|base)\b/i);
    expect(html).not.toMatch(/<[^>]*\s(src|href|xlink:href)=/i); // no attribute that loads
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain('&lt;script&gt;window.pwned=1&lt;/script&gt;');
  });

  it(`renders in headless ${CHROMIUM}: every chart drawn, nothing fetched, nothing executed`, async () => {
    expect(`${CHROMIUM} exists: ${existsSync(CHROMIUM)}`).toBe(`${CHROMIUM} exists: true`); // scripts/setup-tests.sh installs it
    const dir = tempDir();
    const file = join(dir, 'report.html');
    writeFileSync(file, htmlReport(data, stats));
    await withChromium(async (ctx) => {
      const page = await ctx.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`file://${file}`);
      expect(requests).toEqual([`file://${file}`]);
      expect(
        await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned)
      ).toBeUndefined();
      expect(await page.locator('td', { hasText: HOSTILE_REPO }).count()).toBeGreaterThan(0);
      expect(await page.locator('td', { hasText: HOSTILE_POLICY }).count()).toBe(1);

      const charts = page.locator('svg.chart');
      const ids = await charts.evaluateAll((els) => els.map((e) => e.id));
      expect(ids).toEqual([
        'chart-success-rate',
        'chart-duration',
        'chart-queue',
        'chart-deployments',
        'chart-denials',
        'chart-flakiness'
      ]);
      const png = await page.screenshot({ fullPage: true });
      writeFileSync(SCREENSHOT, png);
      const img = decodePng(png);
      expect(img.width).toBe(1024);
      for (const id of ids) {
        const chart = page.locator(`#${id}`);
        const box = (await chart.boundingBox())!;
        expect(box.width).toBeGreaterThan(600);
        expect(box.height).toBeGreaterThan(200);
        // the marks themselves have size: bars have height, lines have length
        const marks = await chart
          .locator('g.series > rect, g.series > polyline')
          .evaluateAll((els) =>
            els.map((e) => {
              const b = (
                e as unknown as { getBBox(): { width: number; height: number } }
              ).getBBox();
              return Math.max(b.width, b.height);
            })
          );
        expect(marks.length).toBeGreaterThan(0);
        expect(Math.max(...marks)).toBeGreaterThan(20);
        // and the screenshot shows them: coloured pixels inside the chart's box
        const scrollY = 0; // full-page screenshot: page coordinates
        const ink = inkIn(img, { ...box, y: box.y + scrollY });
        expect(ink.colour).toBeGreaterThan(300);
        expect(ink.ink).toBeLessThan(ink.total); // not a solid block either
      }
      // outside the charts, below the last one, the page ends white
      const bottom = inkIn(img, { x: 0, y: img.height - 8, width: img.width, height: 8 });
      expect(bottom.colour).toBe(0);
    });
  });
});
