/** The CLI's readable report. */
import type { GateResult } from '../result.js';

const LABEL = { pass: 'PASS', fail: 'FAIL', error: 'ERROR' } as const;

export function textReport(result: GateResult): string {
  const out: string[] = [];
  const audit =
    result.mode === 'audit' && result.verdict !== 'pass' ? ' (audit: not blocking)' : '';
  out.push(`${LABEL[result.verdict]} ${result.gate}${audit}: ${result.summary}`);
  for (const f of result.findings) {
    const where = f.file
      ? `${f.file}${f.line ? `:${f.line}` : ''}${f.column ? `:${f.column}` : ''}: `
      : '';
    out.push(`  ${f.severity.padEnd(7)} ${where}${f.message} [${f.rule}]`);
    if (f.help) out.push(`          fix: ${f.help}`);
  }
  return out.join('\n') + '\n';
}
