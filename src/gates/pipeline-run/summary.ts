/** The job-summary section of pipeline-run: the record's key figures. */
import type { GateResult } from '../../core/result.js';
import type { PipelineRunRecord } from '../../telemetry/run-record.js';

const pct = (x: number | undefined): string =>
  x === undefined ? '–' : `${(x * 100).toFixed(1)} %`;
const secs = (ms: number | undefined): string =>
  ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`;
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function pipelineRunDetails(result: GateResult): string | undefined {
  const ev = result.evidence as {
    record?: PipelineRunRecord;
    leftOut?: { name: string; status: string }[];
    runners?: { job: string; runner?: string }[];
  };
  const r = ev.record;
  if (!r) return undefined;
  const t = r.tests;
  const rows: [string, string][] = [
    ['run_id', `\`${r.run_id}\``],
    ['status', r.status],
    [
      'commit / branch',
      `\`${r.commit_sha.slice(0, 12)}\` on ${cell(r.branch)}${r.pr ? ` (PR #${r.pr})` : ''}`
    ],
    ['started → ended', `${r.started_at} → ${r.ended_at}`],
    ['queue before the first job', secs(r.queue_ms)],
    [
      'jobs recorded',
      `${r.jobs.length}${ev.leftOut?.length ? ` (${ev.leftOut.length} unfinished left out)` : ''}`
    ],
    [
      'tests',
      `${t.total} total, ${t.failed} failed, ${t.skipped ?? 0} skipped, ${secs(t.duration_ms)}`
    ],
    [
      'coverage (lines / branches)',
      `${pct(t.coverage?.lines_pct)} / ${pct(t.coverage?.branches_pct)}`
    ],
    [
      'mutation score',
      t.resilience.mutants_total
        ? `${pct(t.resilience.score)} of ${t.resilience.mutants_total} mutants`
        : 'no mutation report'
    ],
    [
      'policies',
      `${r.policies?.length ?? 0} (${r.policies?.filter((p) => p.result === 'deny').length ?? 0} deny)`
    ],
    [
      'cache keys',
      r.cache_keys?.length ? r.cache_keys.map((k) => `\`${cell(k)}\``).join(', ') : '–'
    ],
    ['cost', `$${r.cost.usd.toFixed(3)}, ${r.cost.cpu_seconds.toFixed(0)} CPU s`]
  ];
  const runnerOf = new Map((ev.runners ?? []).map((x, i) => [i, x.runner]));
  const jobs = r.jobs
    .slice(0, 50)
    .map(
      (j, i) =>
        `| ${cell(j.name)} | ${j.status} | ${secs(j.duration_ms)} | ${secs(j.queue_ms)} | ${cell(runnerOf.get(i) ?? '–')} | ${cell(j.machine?.class ?? '–')} | ${j.cache ? (j.cache.hit ? 'hit' : 'miss') : '–'} |`
    );
  return [
    '| figure | value |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
    '| job | status | duration | queue | runner | machine | cache |',
    '|---|---|---|---|---|---|---|',
    ...jobs,
    ...(r.jobs.length > 50 ? [`\n…and ${r.jobs.length - 50} more jobs (see the record).`] : [])
  ].join('\n');
}
