/** The chart descriptions both pages draw: axes that fit the data, at most MAX_BUCKETS buckets. */
import { describe, expect, it } from '@jest/globals';
import { MAX_BUCKETS, niceMax, reportCharts } from '../../src/report/charts.js';
import type { Bucket, ReportData } from '../../src/report/metrics.js';
import { escapeXml, svgChart } from '../../src/report/svg-chart.js';

function data(series: Bucket[]): ReportData {
  const none = { n: 0, p50: null, p95: null };
  const health = {
    runs: 1,
    byStatus: { success: 1, failed: 0, canceled: 0, skipped: 0 },
    successRate: 1,
    durationMs: none,
    queueMs: none
  };
  return {
    window: { from: '', to: '', days: 400 },
    bucket: 'week',
    health,
    byRepo: [],
    series,
    dora: {
      deployments: 0,
      successfulDeployments: 0,
      perDay: 0,
      leadTimeMs: none,
      failedDeployments: 0,
      changeFailureRate: null,
      timeToRestoreMs: none,
      unrestored: 0
    },
    mttr: [],
    denials: [],
    quarantines: { total: 0, byReason: [] },
    flakiness: { records: 0, mean: null, last30Days: null }
  };
}

const bucket = (i: number, over: Partial<Bucket> = {}): Bucket => ({
  start: `b${String(i).padStart(3, '0')}`,
  runs: 1,
  successRate: 0.5,
  durationP50Ms: 60_000 * i,
  durationP95Ms: 120_000 * i,
  queueP95Ms: 1000,
  deployments: 0,
  flakiness: null,
  ...over
});

describe('report charts', () => {
  it('niceMax rounds up to a readable top', () => {
    expect(niceMax([])).toBe(1);
    expect(niceMax([0])).toBe(1);
    expect(niceMax([7])).toBe(8);
    expect(niceMax([86.4])).toBe(100);
    expect(niceMax([1583])).toBe(2000);
    expect(niceMax([0.031])).toBe(0.04);
    expect(niceMax([26.5])).toBe(30);
  });

  it('keeps the latest MAX_BUCKETS buckets; leaves out charts without data', () => {
    const charts = reportCharts(data(Array.from({ length: 40 }, (_, i) => bucket(i))));
    expect(charts.map((c) => c.id)).toEqual(['success-rate', 'duration', 'queue']);
    for (const c of charts) {
      expect(c.x).toHaveLength(MAX_BUCKETS);
      expect(c.x[c.x.length - 1]).toBe('b039');
      for (const s of c.series) expect(s.values).toHaveLength(MAX_BUCKETS);
    }
    const d = charts.find((c) => c.id === 'duration')!;
    expect(d.series[1].values[MAX_BUCKETS - 1]).toBe(78); // 39 × 2 minutes
    expect(d.yMax).toBe(80);
    const rates = reportCharts(data([bucket(1, { successRate: null }), bucket(2)]));
    expect(rates[0].x).toEqual(['b002']); // a bucket where nothing tried is not 0%
  });

  it('SVG text is escaped; every value becomes a mark', () => {
    expect(escapeXml(`<a href="x">'&\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
    const svg = svgChart({
      id: 'x',
      title: '<t>',
      yLabel: 'y',
      yMin: 0,
      yMax: 10,
      x: ['a', 'b', 'c'],
      series: [
        { kind: 'bar', name: 'n', values: [1, 5, 10] },
        { kind: 'line', name: 'm', values: [2, 4, 6] }
      ]
    });
    expect(svg).not.toContain('<t>');
    expect(svg.match(/<rect [^>]*><title>/g)).toHaveLength(3); // the legend squares have no title
    expect(svg.match(/<circle /g)).toHaveLength(3);
    // the tallest bar reaches the top of the plot (y = 16), the smallest is a tenth of it
    expect(svg).toContain('y="16.0" width');
    expect(svg).toMatch(/height="20\.0"><title>a: 1<\/title>/);
  });
});
