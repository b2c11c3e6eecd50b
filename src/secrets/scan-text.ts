/**
 * Credentials in a credentials file (`~/.docker/config.json`, `~/.npmrc`, `~/.aws/credentials`,
 * a kubeconfig, `.git/config`, gcloud's files): value rules over the whole text (a PEM key spans
 * lines), then every `key = value` / `key: value` line through the name and entropy rules. The
 * text is read byte for byte (latin1), so a token inside a binary file (gcloud's SQLite
 * credential stores) is found too.
 */
import { detect, type Detection } from './detect.js';

export interface TextDetection extends Detection {
  /** The key the value is stored under, when the line is an assignment. */
  name: string;
  line: number;
  column: number;
}

/** YAML / JSON: `key: value`, `"key": "value",`, `- key: value`. */
const COLON = /^[ \t]*(?:-[ \t]+)?["']?([A-Za-z0-9_.-]+)["']?[ \t]*:[ \t]*(.*?)[ \t]*,?[ \t]*$/;
/** INI / .npmrc / git config: `key = value`, `//registry/:_authToken=value`. */
const EQUALS = /^[ \t]*([^=\s#;[][^=]*?)[ \t]*=[ \t]*(.*?)[ \t]*$/;
/**
 * A line whose key could be a credential's name must hold one of these words (every name rule
 * and the entropy rule's keywords); other lines were covered by the value rules already.
 */
export const NAME_WORDS = /key|token|secret|pass|pwd|credential|auth|signature|cert|pat/i;

function unquote(value: string): { text: string; skip: number } {
  const q = value[0];
  if ((q === '"' || q === "'") && value.length >= 2 && value.endsWith(q))
    return { text: value.slice(1, -1), skip: 1 };
  return { text: value, skip: 0 };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/** Every credential in `text`, with absolute ranges and 1-based line/column. */
export function scanText(text: string): TextDetection[] {
  const found: { d: Detection; name: string }[] = detect('', text).map((d) => ({ d, name: '' }));
  const taken = (s: number, e: number) => found.some(({ d }) => s < d.end && e > d.start);
  const starts = lineStarts(text);
  // The lines holding a name word, found in one pass over the text.
  const lines = new Set<number>();
  const words = new RegExp(NAME_WORDS.source, 'gi');
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const i = position(starts, m.index).line - 1;
    lines.add(i);
    // Skip to the next line: one hit is enough.
    words.lastIndex = i + 1 < starts.length ? starts[i + 1] : text.length;
  }
  for (const i of [...lines].sort((a, b) => a - b)) {
    const from = starts[i];
    const to = i + 1 < starts.length ? starts[i + 1] - 1 : text.length;
    const line = text.slice(from, to).replace(/\r$/, '');
    if (line.length < 3 || line.length > 64 * 1024) continue;
    const m = COLON.exec(line) ?? EQUALS.exec(line);
    if (!m || !m[2]) continue;
    const { text: value, skip } = unquote(m[2]);
    const valueStart = from + line.lastIndexOf(m[2]) + skip;
    for (const d of detect(m[1], value)) {
      const s = valueStart + d.start;
      const e = valueStart + d.end;
      if (taken(s, e)) {
        // The whole-text pass found it already; give it the key it is stored under.
        const same = found.find(({ d: f }) => f.start === s && f.end === e);
        if (same && !same.name) same.name = m[1];
        continue;
      }
      found.push({ d: { ...d, start: s, end: e }, name: m[1] });
    }
  }
  return found
    .sort((a, b) => a.d.start - b.d.start)
    .map(({ d, name }) => ({ ...d, name, ...position(starts, d.start) }));
}
