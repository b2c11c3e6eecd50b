/** Offsets in a workflow's text as line/column positions, for findings inside a scalar. */
import type { Node } from 'yaml';
import type { Pos } from '../../workflows/yaml-doc.js';

export class SourceText {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++)
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  /** 1-based line and column of an offset. */
  posAt(offset: number): Pos {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
  }

  /** The text of a 1-based line, without its newline ('' past the end). */
  line(n: number): string {
    const start = this.lineStarts[n - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[n];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1);
  }

  /** The source text of a node (empty when it has no range). */
  slice(node: Node | undefined): { text: string; start: number } {
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (!range) return { text: '', start: 0 };
    return { text: this.text.slice(range[0], range[1]), start: range[0] };
  }

  /**
   * Where the `nth` (0-based) occurrence of `needle` sits inside the node's source; `fallback`
   * when the source does not show it literally (an escaped double-quoted string, say).
   */
  locate(node: Node | undefined, needle: string, nth: number, fallback: Pos): Pos {
    const { text, start } = this.slice(node);
    let at = -1;
    for (let k = 0; k <= nth; k++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) return fallback;
    }
    return this.posAt(start + at);
  }

  /** Positions of every occurrence of `needle` inside the node's source, in order (one scan). */
  locateAll(node: Node | undefined, needle: string): Pos[] {
    const { text, start } = this.slice(node);
    const out: Pos[] = [];
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      out.push(this.posAt(start + at));
    }
    return out;
  }

  /** The comment after a node on its own line (`uses: x@sha # v4.1.1` → `v4.1.1`). */
  trailingComment(node: Node | undefined): string | undefined {
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (!range) return undefined;
    const eol = this.text.indexOf('\n', range[1]);
    const rest = this.text.slice(range[1], eol < 0 ? this.text.length : eol);
    const m = /^\s*#\s*(.*?)\s*$/.exec(rest);
    return m ? m[1] : undefined;
  }
}
