/**
 * Mermaid `xychart-beta` blocks, the charts GitHub renders in Markdown (job summaries included).
 * The grammar emitted is deliberately small — title, a categorical x-axis, a ranged y-axis, bar
 * and line series — and every string goes through `mermaidText`, so no input can close a string
 * or the code fence. test/report/mermaid.test.ts parses the output with mermaid itself.
 */
import type { Chart } from './charts.js';

/** A double-quoted Mermaid string: no quotes, backticks, newlines or control characters. */
export function mermaidText(s: string): string {
  const clean = s
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001f\u007f"`\\]/g, ' ')
    .replace(/[<>]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `"${clean || '-'}"`;
}

function number(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`a chart value is not finite: ${v}`);
  return String(Number(v.toFixed(6)));
}

export function mermaidChart(c: Chart): string {
  if (c.x.length === 0) throw new Error(`chart ${c.id} has no categories`);
  const lines = [
    '```mermaid',
    'xychart-beta',
    `    title ${mermaidText(c.title)}`,
    `    x-axis [${c.x.map(mermaidText).join(', ')}]`,
    `    y-axis ${mermaidText(c.yLabel)} ${number(c.yMin)} --> ${number(c.yMax)}`
  ];
  for (const s of c.series) {
    if (s.values.length !== c.x.length)
      throw new Error(
        `chart ${c.id}: series ${s.name} has ${s.values.length} values for ${c.x.length} categories`
      );
    lines.push(`    ${s.kind} [${s.values.map(number).join(', ')}]`);
  }
  lines.push('```');
  return lines.join('\n');
}
