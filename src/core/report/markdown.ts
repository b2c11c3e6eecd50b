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
  return [...summaryMarkdownParts(result, details)].join('');
}

/** Finding rows per part of `summaryMarkdownParts`. */
const ROWS_PER_PART = 256;

/**
 * `summaryMarkdown` in consecutive parts (their concatenation is the same text), made as they are
 * read: with thousands of findings the whole table need never be one string.
 */
export function* summaryMarkdownParts(result: GateResult, details?: string): Generator<string> {
  const auditNote =
    result.mode === 'audit' && result.verdict !== 'pass' ? ' (audit mode: not blocking)' : '';
  let lines: string[] = [];
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
      if (lines.length >= ROWS_PER_PART) {
        yield lines.join('\n') + '\n';
        lines = [];
      }
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
  yield lines.join('\n');
}
