/** The job-summary section: what was joined (SBOM, reports, VEX, feeds) and the decision counts. */
import { escapeCell } from '../../core/report/markdown.js';
import type { SbomVexEvidence } from './index.js';

export function detailsMarkdown(e: SbomVexEvidence | undefined): string | undefined {
  if (!e?.sbom || !e.counts) return undefined;
  const feed = (
    name: string,
    f: SbomVexEvidence['feeds']['kev'] | SbomVexEvidence['feeds']['epss']
  ) =>
    f.ran
      ? `| ${name} | \`${escapeCell(f.file)}\` | ${'catalogVersion' in f ? `catalogue ${escapeCell(f.catalogVersion)}, released ${f.released}` : `scores of ${f.scoreDate}`} |`
      : `| ${name} | — | ⚠️ not run: ${escapeCell(f.reason)} |`;
  const rows = [
    '| input | file | what |',
    '| --- | --- | --- |',
    `| SBOM | \`${escapeCell(e.sbom.file)}\` | ${e.sbom.format} ${escapeCell(e.sbom.specVersion)}, ${e.sbom.components} components |`,
    ...e.reports.map(
      (r) =>
        `| report | \`${escapeCell(r.file)}\` | ${r.format}, ${r.findings} findings${r.target ? ` of ${escapeCell(r.target)}` : ''} |`
    ),
    ...e.vex.map(
      (v) =>
        `| VEX | \`${escapeCell(v.file)}\` | ${v.format}, ${v.statements} statements${v.signer ? `, signed by ${escapeCell(v.signer)}` : ''}${v.trusted ? '' : ' (⛔ not trusted)'} |`
    ),
    feed('KEV', e.feeds.kev),
    feed('EPSS', e.feeds.epss)
  ];
  const c = e.counts;
  return [
    rows.join('\n'),
    '',
    `**${c.findings}** findings: **${c.blocked}** blocked, **${c.suppressed}** suppressed by VEX, ${c.allowed} below risk ${e.policy.maxRisk}${c.notInSbom ? `, ${c.notInSbom} not in the SBOM` : ''}. Decision document: \`${escapeCell(e.decisionFile)}\`.`
  ].join('\n');
}
