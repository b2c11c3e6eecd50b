/** Job-summary tables of secretless: the credentials found (redacted) and what was swept. */
import { escapeCell } from '../../core/report/markdown.js';
import type { SecretlessEvidence } from './index.js';

export function detailsMarkdown(ev: SecretlessEvidence | undefined): string | undefined {
  if (!ev?.processes) return undefined;
  const p = ev.processes;
  const lines = [
    '#### Swept',
    '',
    `| processes read | unreadable | exited while read | other uids | environment entries (distinct) | files |`,
    '| --- | --- | --- | --- | --- | --- |',
    `| ${p.read} | ${p.unreadable + p.tooLarge} | ${p.exited} | ${p.otherUid} | ${ev.entries.total} (${ev.entries.distinct}) | ${ev.files.filter((f) => f.status === 'read').length} read, ${ev.files.filter((f) => f.status === 'absent').length} absent |`
  ];
  if (ev.credentials.length) {
    lines.push(
      '',
      '#### Credentials (values redacted)',
      '',
      '| outcome | name | credential | where | why |',
      '| --- | --- | --- | --- | --- |',
      ...ev.credentials
        .slice(0, 100)
        .map(
          (c) =>
            `| ${c.outcome} | \`${escapeCell(c.name || '—')}\` | \`${escapeCell(c.redacted)}\` | ${escapeCell(c.locations[0] ?? '')}${c.seen > 1 ? ` (+${c.seen - 1})` : ''} | ${escapeCell(c.reason)} |`
        )
    );
    if (ev.credentials.length > 100)
      lines.push('', `…and ${ev.credentials.length - 100} more in the result file.`);
  }
  return lines.join('\n');
}
