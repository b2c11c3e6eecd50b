/** The report as a job-summary Markdown page: tables, and Mermaid charts GitHub renders. */
import type { Chart } from './charts.js';
import { reportCharts } from './charts.js';
import { count, duration, percent, rate } from './format.js';
import type { LoadStats } from './load.js';
import { mermaidChart } from './mermaid.js';
import type { ReportData } from './metrics.js';

/** Text for a Markdown table cell: no HTML, no pipes, no line breaks, no emphasis markers. */
export function cell(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex -- control characters are what is removed
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]|#~])/g, '\\$1')
      .slice(0, 200)
  );
}

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`)
  ].join('\n');
}

/** The bold status figures a page opens with. */
export function headline(data: ReportData): string {
  const h = data.health;
  return `**${count(h.runs)} runs**, success rate **${percent(h.successRate)}**, duration p50 **${duration(h.durationMs.p50)}** / p95 **${duration(h.durationMs.p95)}**`;
}

function inputSection(stats: LoadStats): string {
  const versions = Object.entries(stats.byVersion)
    .map(([v, n]) => `${count(n)} ${v}`)
    .join(', ');
  const lines = [
    `Read ${count(stats.lines)} lines from ${stats.files.length} file${stats.files.length === 1 ? '' : 's'}: ${count(stats.records)} records (${versions}).`
  ];
  if (stats.invalid > 0) {
    lines.push(
      '',
      `> [!WARNING]`,
      `> ${count(stats.invalid)} line${stats.invalid === 1 ? ' was' : 's were'} not a valid record and ${stats.invalid === 1 ? 'is' : 'are'} left out of every figure${stats.duplicates ? ` (${count(stats.duplicates)} repeated run_id)` : ''}. ${stats.samples.length < stats.invalid ? `The first ${stats.samples.length}:` : ''}`,
      '',
      table(
        ['file', 'line', 'problem'],
        stats.samples.map((s) => [cell(s.file), String(s.line), cell(s.problem)])
      )
    );
  }
  return lines.join('\n');
}

function chart(charts: Chart[], id: string): string {
  const c = charts.find((x) => x.id === id);
  return c ? `\n${mermaidChart(c)}\n` : '';
}

export function markdownReport(data: ReportData, stats: LoadStats): string {
  const charts = reportCharts(data);
  const h = data.health;
  const d = data.dora;
  const unit = data.bucket === 'day' ? 'day' : 'week';
  const out: string[] = [
    '## ci-intel report',
    '',
    `${data.window.from.slice(0, 10)} → ${data.window.to.slice(0, 10)} (${data.window.days} day${data.window.days === 1 ? '' : 's'}). ${headline(data)}.`,
    '',
    inputSection(stats),
    '',
    '### Run health',
    '',
    table(
      [
        'runs',
        'success',
        'failed',
        'canceled',
        'skipped',
        'success rate',
        'duration p50',
        'duration p95',
        'queue p50',
        'queue p95'
      ],
      [
        [
          count(h.runs),
          count(h.byStatus.success),
          count(h.byStatus.failed),
          count(h.byStatus.canceled),
          count(h.byStatus.skipped),
          percent(h.successRate),
          duration(h.durationMs.p50),
          duration(h.durationMs.p95),
          h.queueMs.n ? duration(h.queueMs.p50) : '– (no queue_ms)',
          h.queueMs.n ? duration(h.queueMs.p95) : '–'
        ]
      ]
    ),
    chart(charts, 'success-rate'),
    chart(charts, 'duration'),
    chart(charts, 'queue'),
    `By repository (${data.byRepo.length > 20 ? 'the 20 with most runs' : 'all'}):`,
    '',
    table(
      ['repository', 'runs', 'success rate', 'duration p50', 'duration p95', 'queue p95'],
      data.byRepo
        .slice(0, 20)
        .map((r) => [
          cell(r.repo),
          count(r.runs),
          percent(r.successRate),
          duration(r.durationMs.p50),
          duration(r.durationMs.p95),
          duration(r.queueMs.p95)
        ])
    ),
    '',
    '### DORA',
    ''
  ];
  if (d.deployments === 0) {
    out.push(
      'No production deployment in these records (`environment: prod` with a `deployment_id`): the DORA figures need them.'
    );
  } else {
    out.push(
      table(
        [
          'deployment frequency',
          'lead time p50 / p95',
          'change failure rate',
          'time to restore p50 / p95'
        ],
        [
          [
            `${rate(d.perDay)} / day (${count(d.successfulDeployments)} successful of ${count(d.deployments)})`,
            `${duration(d.leadTimeMs.p50)} / ${duration(d.leadTimeMs.p95)}`,
            `${percent(d.changeFailureRate)} (${count(d.failedDeployments)} failed or rolled back)`,
            `${duration(d.timeToRestoreMs.p50)} / ${duration(d.timeToRestoreMs.p95)}${d.unrestored ? ` (${count(d.unrestored)} not restored yet)` : ''}`
          ]
        ]
      ),
      '',
      'Lead time runs from the first pipeline run of the commit (the record has no commit time) to the end of its production deployment.',
      chart(charts, 'deployments')
    );
  }
  if (data.mttr.length > 0) {
    out.push(
      'MTTR by environment (a failed run to the next successful run of the same repository, environment and branch):',
      '',
      table(
        ['environment', 'failed runs', 'restored', 'median time to restore'],
        data.mttr.map((m) => [
          cell(m.environment),
          count(m.failures),
          count(m.restored),
          duration(m.medianMs)
        ])
      ),
      ''
    );
  }
  out.push('### Gate denials by policy id', '');
  if (data.denials.length === 0) out.push('No record carries `policies[]`.', '');
  else
    out.push(
      table(
        ['policy', 'deny', 'warn', 'evaluated', 'deny rate'],
        data.denials
          .slice(0, 30)
          .map((p) => [
            cell(p.id),
            count(p.deny),
            count(p.warn),
            count(p.evaluated),
            percent(p.deny / p.evaluated)
          ])
      ),
      chart(charts, 'denials')
    );
  out.push('### Cache quarantines', '');
  if (data.quarantines.total === 0)
    out.push('No cache entry was quarantined (cache-sentinel).', '');
  else
    out.push(
      `${count(data.quarantines.total)} cache entr${data.quarantines.total === 1 ? 'y was' : 'ies were'} quarantined by cache-sentinel:`,
      '',
      table(
        ['reason', 'quarantines'],
        data.quarantines.byReason.map((q) => [cell(q.reason), count(q.count)])
      ),
      ''
    );
  out.push('### Flakiness over time', '');
  if (data.flakiness.records === 0) out.push('No record carries `flakiness_index`.', '');
  else
    out.push(
      `Mean flakiness index ${percent(data.flakiness.mean, 2)} over ${count(data.flakiness.records)} records; last 30 days ${percent(data.flakiness.last30Days, 2)}.`,
      chart(charts, 'flakiness')
    );
  if (data.series.length > charts[0]?.x.length)
    out.push(`Charts show the last ${charts[0].x.length} ${unit}s of ${data.series.length}.`, '');
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}
