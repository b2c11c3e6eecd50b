/** The job-summary section: what was compared, the variation set, and a table of differences. */
import { escapeCell } from '../../core/report/markdown.js';
import type { FileDiff } from './compare-snapshots.js';
import { describeMember } from './describe.js';
import type { DeterminismEvidence } from './evidence.js';

const MAX_ROWS = 50;

function row(d: FileDiff): string {
  const what = d.archive
    ? [...d.archive.detail, ...d.archive.members.slice(0, 5).map(describeMember)].join('; ') +
      (d.archive.members.length > 5 ? `; ${d.archive.members.length - 5} more members` : '')
    : d.detail.join('; ');
  return `| \`${escapeCell(d.path)}\` | ${escapeCell(d.aspects.join(', '))} | ${escapeCell(what)} |`;
}

export function detailsMarkdown(e: DeterminismEvidence): string | undefined {
  const lines: string[] = [];
  if (e.manifest) {
    lines.push(
      `Manifest: \`${e.manifest.file}\` — ${e.manifest.files} files, ${e.manifest.bytes} bytes, ${e.manifest.archives} archives (${e.manifest.origin.platform}/${e.manifest.origin.arch}).`
    );
    return lines.join('\n');
  }
  if (e.rebuild) {
    lines.push(
      '**Variation set** (first build: fixed environment; second build: these varied)',
      ''
    );
    lines.push('| variation | | effect |', '| --- | --- | --- |');
    for (const v of e.rebuild.variations)
      lines.push(`| ${v.name} | ${v.enabled ? 'varied' : 'fixed'} | ${escapeCell(v.effect)} |`);
    const env = e.rebuild.builds[0]?.environment;
    if (env)
      lines.push(
        '',
        `Fixed: \`TZ=${env.TZ} LC_ALL=${env.LC_ALL} SOURCE_DATE_EPOCH=${env.SOURCE_DATE_EPOCH} PYTHONHASHSEED=${env.PYTHONHASHSEED}\`, umask ${env.umask}.`
      );
    lines.push('');
  }
  if (e.a && e.b) {
    const s = (x: NonNullable<DeterminismEvidence['a']>): string =>
      `\`${escapeCell(x.input)}\` (${x.kind}${x.origin?.arch ? `, ${x.origin.platform}/${x.origin.runnerArch ?? x.origin.arch}` : ''}: ${x.files} files, ${x.bytes} bytes)`;
    lines.push(
      `Compared a = ${s(e.a)} with b = ${s(e.b)}: ${e.identical ?? 0} identical, ${e.differing ?? 0} differ.`
    );
  }
  lines.push(
    `Stabilizers allowed: ${e.allowedStabilizers.join(', ') || 'none'}; needed: ${e.stabilizersNeeded.join(', ') || 'none'}${e.stabilizersNotAllowed.length ? `; **needed but not allowed: ${e.stabilizersNotAllowed.join(', ')}**` : ''}.`
  );
  if (e.differences?.length) {
    lines.push('', '| path | differs in | detail |', '| --- | --- | --- |');
    for (const d of e.differences.slice(0, MAX_ROWS)) lines.push(row(d));
    if ((e.differing ?? 0) > MAX_ROWS)
      lines.push('', `${(e.differing ?? 0) - MAX_ROWS} more in the diff summary JSON.`);
  }
  if (e.diffoscope?.runs?.length) {
    lines.push(
      '',
      `diffoscope (${escapeCell(e.diffoscope.version ?? '')}): ${e.diffoscope.runs.map((r) => `${r.verdict}${r.markdownFile ? ` → \`${r.markdownFile}\`` : ''}`).join('; ')}`
    );
  } else if (e.diffoscope?.skipped) {
    lines.push('', `diffoscope: ${escapeCell(e.diffoscope.skipped)}.`);
  }
  if (e.diffFile) lines.push('', `Diff summary JSON: \`${e.diffFile}\``);
  return lines.join('\n');
}
