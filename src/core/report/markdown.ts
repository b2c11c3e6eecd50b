/** The job-summary section of one gate run. */
import type { Finding, GateResult } from '../result.js';

const ICON = { pass: '✅', fail: '❌', error: '⛔' } as const;

export function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function location(f: Finding): string {
  if (!f.file) return '';
  return `\`${f.file}${f.line ? `:${f.line}` : ''}${f.column ? `:${f.column}` : ''}\``;
}

/** Markdown for GITHUB_STEP_SUMMARY; `details` is an optional gate-specific section. */
export function summaryMarkdown(result: GateResult, details?: string): string {
  const lines: string[] = [];
  const auditNote =
    result.mode === 'audit' && result.verdict !== 'pass' ? ' (audit mode: not blocking)' : '';
  lines.push(`### ${ICON[result.verdict]} ${result.gate}: ${result.verdict}${auditNote}`);
  lines.push('');
  lines.push(escapeCell(result.summary));
  lines.push('');
  if (result.findings.length) {
    lines.push('| severity | rule | where | finding | fix |');
    lines.push('| --- | --- | --- | --- | --- |');
    for (const f of result.findings) {
      lines.push(
        `| ${f.severity} | \`${f.rule}\` | ${location(f)} | ${escapeCell(f.message)} | ${escapeCell(f.help ?? '')} |`
      );
    }
    lines.push('');
  }
  if (details) {
    lines.push(details.trimEnd());
    lines.push('');
  }
  lines.push(
    `<sub>ci-intel ${result.gate} · ${result.durationMs.toFixed(1)} ms · mode ${result.mode}</sub>`
  );
  lines.push('');
  return lines.join('\n');
}
