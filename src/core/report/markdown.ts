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

/** GitHub refuses a step summary over 1 MiB (and then shows none of it). */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Kept free for the gate's own section, the note on what was left out and the footer. */
const RESERVED_BYTES = 96 * 1024;

/**
 * `summaryMarkdown` in consecutive parts (their concatenation is the same text), made as they are
 * read: with thousands of findings the whole table need never be one string. The text stays under
 * `limit` bytes: finding rows past the budget are counted instead of shown (every finding is still
 * in the result file and SARIF), and a gate section too long for what is left is cut at a line.
 */
export function* summaryMarkdownParts(
  result: GateResult,
  details?: string,
  limit = SUMMARY_LIMIT_BYTES
): Generator<string> {
  const auditNote =
    result.mode === 'audit' && result.verdict !== 'pass' ? ' (audit mode: not blocking)' : '';
  let lines: string[] = [];
  let used = 0;
  const add = (line: string) => {
    lines.push(line);
    used += Buffer.byteLength(line, 'utf8') + 1;
  };
  add(`### ${ICON[result.verdict]} ${result.gate}: ${result.verdict}${auditNote}`);
  add('');
  add(escapeCell(result.summary));
  add('');
  const footer = `<sub>ci-intel ${result.gate} · ${result.durationMs.toFixed(1)} ms · mode ${result.mode}</sub>`;
  const rowBudget = Math.max(0, limit - RESERVED_BYTES);
  if (result.findings.length) {
    add('| severity | rule | where | finding | fix |');
    add('| --- | --- | --- | --- | --- |');
    let shown = 0;
    for (const f of result.findings) {
      const row = `| ${f.severity} | \`${f.rule}\` | ${location(f)} | ${escapeCell(f.message)} | ${escapeCell(f.help ?? '')} |`;
      if (used + Buffer.byteLength(row, 'utf8') + 1 > rowBudget) break;
      add(row);
      shown++;
      if (lines.length >= ROWS_PER_PART) {
        yield lines.join('\n') + '\n';
        lines = [];
      }
    }
    add('');
    const left = result.findings.length - shown;
    if (left > 0) {
      add(
        `${left} more of the ${result.findings.length} findings are not shown: GitHub shows no step summary over 1 MiB. All of them are in the result file (and the SARIF file when one is written).`
      );
      add('');
    }
  }
  if (details) {
    let text = details.trimEnd();
    const room = limit - used - Buffer.byteLength(footer, 'utf8') - 512;
    if (Buffer.byteLength(text, 'utf8') > room) {
      const cut = Buffer.from(text, 'utf8').subarray(0, Math.max(0, room)).toString('utf8');
      const atLine = cut.lastIndexOf('\n');
      text = `${atLine > 0 ? cut.slice(0, atLine) : ''}\n\n… the rest of this section is not shown: GitHub shows no step summary over 1 MiB.`;
    }
    add(text);
    add('');
  }
  add(footer);
  add('');
  yield lines.join('\n');
}
