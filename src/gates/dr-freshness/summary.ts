/** The job-summary section: the drill's age against its budget, RPO/RTO against theirs. */
import { escapeCell } from '../../core/report/markdown.js';
import type { CheckRow } from '../../drill/budget.js';
import type { SourceEvidence } from './source.js';

const STATUS: Record<CheckRow['status'], string> = {
  ok: '✅ within budget',
  over: '❌ over budget',
  error: '⛔ cannot tell',
  unverified: '⚠️ not checked'
};

const LABEL: Record<CheckRow['check'], string> = {
  age: 'Age of last successful drill',
  result: 'Drill result',
  rpo: 'RPO (data loss)',
  rto: 'RTO (time to recover)'
};

export function sourceLine(source: SourceEvidence): string {
  if (source.kind === 'file') return `Evidence: \`${source.path}\``;
  const run = source.run;
  const runText = run
    ? run.url
      ? `[run ${run.number ?? run.id}](${run.url})`
      : `run ${run.id}`
    : 'no successful run';
  const artifact = source.artifact
    ? `, artifact \`${source.artifact.name}\`${source.artifact.file ? ` → \`${source.artifact.file}\`` : ''}`
    : '';
  return `Source: ${runText} of \`${source.workflow}\` on \`${source.branch}\` in \`${source.repository}\`${artifact}`;
}

export function detailsMarkdown(evidence: {
  source?: SourceEvidence;
  checks?: CheckRow[];
  now?: string;
  drill?: { type?: string };
}): string | undefined {
  if (!evidence.checks?.length && !evidence.source) return undefined;
  const lines: string[] = [];
  if (evidence.source) lines.push(sourceLine(evidence.source), '');
  if (evidence.checks?.length) {
    lines.push(
      `| check | drill${evidence.drill?.type ? ` (${escapeCell(evidence.drill.type)})` : ''} | budget | status |`
    );
    lines.push('| --- | --- | --- | --- |');
    for (const c of evidence.checks) {
      lines.push(
        `| ${LABEL[c.check]} | ${escapeCell(c.actual)} | ${escapeCell(c.expected)} | ${STATUS[c.status]} |`
      );
    }
    lines.push('');
  }
  if (evidence.now) lines.push(`Judged at ${evidence.now}.`);
  return lines.join('\n');
}
