/** The report's charts, described once and drawn twice: Mermaid for Markdown, SVG for HTML. */
import type { ReportData } from './metrics.js';

export interface Series {
  kind: 'bar' | 'line';
  name: string;
  values: number[];
}

export interface Chart {
  id: string;
  title: string;
  yLabel: string;
  yMin: number;
  yMax: number;
  x: string[];
  series: Series[];
}

/** At most this many buckets per chart (the latest ones): wider charts stop being readable. */
export const MAX_BUCKETS = 26;

const round = (v: number, digits: number): number => Number(v.toFixed(digits));

/** A y-axis top a little above the data, on a round number. */
export function niceMax(values: number[]): number {
  const m = Math.max(0, ...values);
  if (m === 0) return 1;
  const p = 10 ** Math.floor(Math.log10(m));
  for (const k of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m <= k * p) return round(k * p, 6);
  return round(10 * p, 6);
}

export function reportCharts(data: ReportData): Chart[] {
  const b = data.series.slice(-MAX_BUCKETS);
  const unit = data.bucket === 'day' ? 'day' : 'week';
  const x = b.map((s) => s.start);
  const charts: Chart[] = [];
  const withRate = b.filter((s) => s.successRate !== null);
  if (withRate.length > 0)
    charts.push({
      id: 'success-rate',
      title: `Success rate by ${unit} (%)`,
      yLabel: '%',
      yMin: 0,
      yMax: 100,
      x: withRate.map((s) => s.start),
      series: [
        {
          kind: 'line',
          name: 'success rate',
          values: withRate.map((s) => round(s.successRate! * 100, 1))
        }
      ]
    });
  const p50 = b.map((s) => round((s.durationP50Ms ?? 0) / 60_000, 1));
  const p95 = b.map((s) => round((s.durationP95Ms ?? 0) / 60_000, 1));
  charts.push({
    id: 'duration',
    title: `Run duration by ${unit}, p50 (bars) and p95 (line), minutes`,
    yLabel: 'minutes',
    yMin: 0,
    yMax: niceMax([...p50, ...p95]),
    x,
    series: [
      { kind: 'bar', name: 'p50', values: p50 },
      { kind: 'line', name: 'p95', values: p95 }
    ]
  });
  const queue = b.map((s) => round((s.queueP95Ms ?? 0) / 1000, 1));
  charts.push({
    id: 'queue',
    title: `Queue time p95 by ${unit}, seconds`,
    yLabel: 'seconds',
    yMin: 0,
    yMax: niceMax(queue),
    x,
    series: [{ kind: 'bar', name: 'queue p95', values: queue }]
  });
  if (data.dora.deployments > 0) {
    const deploys = b.map((s) => s.deployments);
    charts.push({
      id: 'deployments',
      title: `Successful production deployments by ${unit}`,
      yLabel: 'deployments',
      yMin: 0,
      yMax: niceMax(deploys),
      x,
      series: [{ kind: 'bar', name: 'deployments', values: deploys }]
    });
  }
  const flaky = b.filter((s) => s.flakiness !== null);
  if (flaky.length > 0) {
    const values = flaky.map((s) => round(s.flakiness! * 100, 2));
    charts.push({
      id: 'flakiness',
      title: `Flakiness index by ${unit} (mean, %)`,
      yLabel: '%',
      yMin: 0,
      yMax: niceMax(values),
      x: flaky.map((s) => s.start),
      series: [{ kind: 'line', name: 'flakiness', values }]
    });
  }
  const denied = data.denials.filter((d) => d.deny > 0).slice(0, 12);
  if (denied.length > 0)
    charts.push({
      id: 'denials',
      title: 'Gate denials by policy id',
      yLabel: 'denials',
      yMin: 0,
      yMax: niceMax(denied.map((d) => d.deny)),
      x: denied.map((d) => d.id),
      series: [{ kind: 'bar', name: 'denials', values: denied.map((d) => d.deny) }]
    });
  return charts;
}
