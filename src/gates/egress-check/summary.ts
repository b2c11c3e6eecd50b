/** The job-summary table: destination × verdict × timing, plus the audit trail and the ruleset. */
import { escapeCell } from '../../core/report/markdown.js';
import type { GateResult } from '../../core/result.js';
import { destination } from './findings.js';
import type { EgressEvidence } from './index.js';

export function egressDetails(result: GateResult): string | undefined {
  const ev = result.evidence as unknown as EgressEvidence;
  const lines: string[] = [];
  if (ev.probes?.length) {
    lines.push(
      '| destination | expected | result | addresses | time |',
      '| --- | --- | --- | --- | --- |'
    );
    for (const p of ev.probes) {
      const addrs = p.addresses.length
        ? p.addresses.map((a) => `${a.address} ${a.outcome} ${a.ms} ms`).join('<br>')
        : `DNS ${p.dns.outcome}`;
      const mark = p.ok ? '✅' : '❌';
      lines.push(
        `| \`${escapeCell(p.target)}\` | ${p.expect === 'denied' ? 'blocked' : 'reachable'} | ${mark} ${p.outcome} | ${escapeCell(addrs)} | ${p.ms} ms |`
      );
    }
    lines.push('');
  }
  if (ev.recorded?.length) {
    lines.push(
      `| ${ev.operation === 'report' ? 'recorded' : ''} destination | packets | names |`,
      '| --- | --- | --- |'
    );
    for (const e of ev.recorded)
      lines.push(`| \`${destination(e)}\` | ${e.packets} | ${escapeCell(e.names.join(', '))} |`);
    lines.push('');
  }
  if (ev.ruleset) {
    lines.push(
      '<details><summary>nftables ruleset installed</summary>',
      '',
      '```',
      ev.ruleset.trimEnd(),
      '```',
      '',
      '</details>'
    );
  }
  return lines.length ? lines.join('\n') : undefined;
}
