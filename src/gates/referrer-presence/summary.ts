/** The job-summary table: what was found for each target, and how. */
import { escapeCell } from '../../core/report/markdown.js';
import type { GateResult } from '../../core/result.js';
import type { ReferrerEvidence } from './index.js';

export function detailsMarkdown(result: GateResult): string | undefined {
  const ev = result.evidence as unknown as Partial<ReferrerEvidence>;
  if (!ev.targets) return undefined;
  const lines = [
    '| target | attachment | convention | artifactType |',
    '| --- | --- | --- | --- |'
  ];
  for (const t of ev.targets) {
    const name = t.platform
      ? `${t.platform} \`${t.digest.slice(0, 19)}…\``
      : `${t.role} \`${t.digest.slice(0, 19)}…\``;
    for (const a of t.found) {
      lines.push(
        `| ${name} | \`${a.digest.slice(0, 19)}…\` ${escapeCell(a.kinds.filter((k) => !k.startsWith('type:')).join(', '))} | ${a.convention} | ${escapeCell(a.artifactType)} |`
      );
    }
    for (const m of t.missing) lines.push(`| ${name} | **missing: ${escapeCell(m)}** | | |`);
  }
  lines.push('', `<sub>${ev.roundTrips ?? 0} registry requests</sub>`);
  return lines.join('\n');
}
