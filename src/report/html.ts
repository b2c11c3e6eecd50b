/**
 * The report as one self-contained HTML page: inline CSS and SVG charts, no script, and a
 * Content-Security-Policy that lets nothing load (the page opens offline, from an artifact).
 */
import { reportCharts } from './charts.js';
import { count, duration, percent, rate } from './format.js';
import type { LoadStats } from './load.js';
import type { ReportData } from './metrics.js';
import { escapeXml as esc, svgChart } from './svg-chart.js';

const CSS = `body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px auto;max-width:980px;color:#1f2328;padding:0 16px}
h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
table{border-collapse:collapse;margin:8px 0 12px}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left}
th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}
.tiles{display:flex;flex-wrap:wrap;gap:12px}.tile{border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;min-width:150px}
.tile b{display:block;font-size:20px}.warn{background:#fff8c5;border:1px solid #d4a72c;padding:8px 12px;border-radius:6px}
figure{margin:12px 0}figcaption{font-weight:600;margin-bottom:4px}svg.chart{max-width:100%;height:auto}`;

function table(head: string[], rows: string[][], numeric: number[] = []): string {
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="n"' : ''}>${esc(c)}</td>`).join('')}</tr>`
    )
    .join('')}</tbody></table>`;
}

const tile = (label: string, value: string): string =>
  `<div class="tile">${esc(label)}<b>${esc(value)}</b></div>`;

export function htmlReport(data: ReportData, stats: LoadStats): string {
  const charts = new Map(reportCharts(data).map((c) => [c.id, c]));
  const fig = (id: string): string => {
    const c = charts.get(id);
    return c ? `<figure><figcaption>${esc(c.title)}</figcaption>${svgChart(c)}</figure>` : '';
  };
  const h = data.health;
  const d = data.dora;
  const body: string[] = [
    `<h1>ci-intel report</h1>`,
    `<p>${esc(data.window.from.slice(0, 10))} → ${esc(data.window.to.slice(0, 10))} (${data.window.days} day${data.window.days === 1 ? '' : 's'}): ${count(stats.records)} records from ${stats.files.length} file${stats.files.length === 1 ? '' : 's'} (${esc(
      Object.entries(stats.byVersion)
        .map(([v, n]) => `${count(n)} ${v}`)
        .join(', ')
    )}).</p>`
  ];
  if (stats.invalid > 0)
    body.push(
      `<div class="warn">${count(stats.invalid)} line${stats.invalid === 1 ? '' : 's'} not a valid record, left out of every figure${stats.duplicates ? ` (${count(stats.duplicates)} repeated run_id)` : ''}.</div>`,
      table(
        ['file', 'line', 'problem'],
        stats.samples.map((s) => [s.file, String(s.line), s.problem]),
        [1]
      )
    );
  body.push(
    `<h2>Run health</h2><div class="tiles">${[
      tile('runs', count(h.runs)),
      tile('success rate', percent(h.successRate)),
      tile('duration p50 / p95', `${duration(h.durationMs.p50)} / ${duration(h.durationMs.p95)}`),
      tile(
        'queue p50 / p95',
        h.queueMs.n ? `${duration(h.queueMs.p50)} / ${duration(h.queueMs.p95)}` : '–'
      )
    ].join('')}</div>`,
    fig('success-rate'),
    fig('duration'),
    fig('queue'),
    table(
      ['repository', 'runs', 'success rate', 'duration p50', 'duration p95', 'queue p95'],
      data.byRepo.map((r) => [
        r.repo,
        count(r.runs),
        percent(r.successRate),
        duration(r.durationMs.p50),
        duration(r.durationMs.p95),
        duration(r.queueMs.p95)
      ]),
      [1, 2, 3, 4, 5]
    ),
    `<h2>DORA</h2>`
  );
  if (d.deployments === 0)
    body.push(
      '<p>No production deployment in these records (environment prod with a deployment_id).</p>'
    );
  else
    body.push(
      `<div class="tiles">${[
        tile('deployment frequency', `${rate(d.perDay)} / day`),
        tile('lead time p50', duration(d.leadTimeMs.p50)),
        tile('change failure rate', percent(d.changeFailureRate)),
        tile('time to restore p50', duration(d.timeToRestoreMs.p50))
      ].join('')}</div>`,
      `<p>${count(d.successfulDeployments)} successful of ${count(d.deployments)} production deployments; ${count(d.failedDeployments)} failed or rolled back${d.unrestored ? `, ${count(d.unrestored)} not restored yet` : ''}. Lead time runs from the first pipeline run of the commit to the end of its production deployment.</p>`,
      fig('deployments')
    );
  if (data.mttr.length)
    body.push(
      '<p>MTTR by environment (failed run → next successful run of the same repository, environment and branch):</p>',
      table(
        ['environment', 'failed runs', 'restored', 'median time to restore'],
        data.mttr.map((m) => [
          m.environment,
          count(m.failures),
          count(m.restored),
          duration(m.medianMs)
        ]),
        [1, 2, 3]
      )
    );
  body.push('<h2>Gate denials by policy id</h2>');
  body.push(
    data.denials.length
      ? table(
          ['policy', 'deny', 'warn', 'evaluated'],
          data.denials.map((p) => [p.id, count(p.deny), count(p.warn), count(p.evaluated)]),
          [1, 2, 3]
        ) + fig('denials')
      : '<p>No record carries policies[].</p>'
  );
  body.push('<h2>Cache quarantines</h2>');
  body.push(
    data.quarantines.total
      ? table(
          ['reason', 'quarantines'],
          data.quarantines.byReason.map((q) => [q.reason, count(q.count)]),
          [1]
        )
      : '<p>No cache entry was quarantined.</p>'
  );
  body.push('<h2>Flakiness over time</h2>');
  body.push(
    data.flakiness.records
      ? `<p>Mean flakiness index ${percent(data.flakiness.mean, 2)} over ${count(data.flakiness.records)} records; last 30 days ${percent(data.flakiness.last30Days, 2)}.</p>` +
          fig('flakiness')
      : '<p>No record carries flakiness_index.</p>'
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ci-intel report</title><style>${CSS}</style></head>
<body>${body.join('\n')}</body></html>
`;
}
