/**
 * Gathers what the job holds — the gate's own environment, every same-uid process's environ,
 * the credentials files — and runs the detectors once per distinct `NAME=value` (500 processes
 * mostly share one environment).
 */
import { addLibraryMatch, detect, detectScopeFor, type Detection } from '../../secrets/detect.js';
import type { EnvEntry } from '../../secrets/environ.js';
import { matchLibraryRules } from '../../secrets/library-rules.js';
import { scanText, type TextDetection } from '../../secrets/scan-text.js';

/** Where a value was seen: the gate's environment, a process, or a file position. */
export type Location =
  | { kind: 'self' }
  | { kind: 'process'; pid: number; comm: string }
  | { kind: 'file'; file: string; line: number; column: number };

export interface EnvSource {
  location: Location;
  entries: EnvEntry[];
  names: Set<string>;
}

export interface Hit {
  name: string;
  /** The credential itself (never written anywhere; hashed and used to redact). */
  secret: string;
  detection: Detection;
  locations: Location[];
  /** The environments the value was in (for the OIDC pair check); none for a file. */
  envs: Set<string>[];
}

/** Values shorter than this are not handed to the library (no credential format is shorter). */
const LIBRARY_MIN = 8;

interface Distinct {
  name: string;
  value: string;
  detections: Detection[];
  sources: EnvSource[];
}

export async function scanEnvironments(
  sources: EnvSource[],
  library = true
): Promise<{
  hits: Hit[];
  entries: number;
  distinct: number;
}> {
  // name → value → the distinct entry (no key strings built per entry).
  const byName = new Map<string, Map<string, Distinct>>();
  const all: Distinct[] = [];
  let entries = 0;
  for (const src of sources) {
    for (const e of src.entries) {
      entries++;
      let values = byName.get(e.name);
      if (!values) byName.set(e.name, (values = new Map()));
      const d = values.get(e.value);
      if (d) {
        if (d.sources[d.sources.length - 1] !== src) d.sources.push(src);
      } else {
        const fresh: Distinct = { name: e.name, value: e.value, detections: [], sources: [src] };
        values.set(e.value, fresh);
        all.push(fresh);
      }
    }
  }
  // What can match at all is found once over every value (most rules' literals are in none).
  const scope = detectScopeFor(all.map((d) => d.value));
  for (const d of all) d.detections = detect(d.name, d.value, scope);
  const forLibrary = library ? all.filter((d) => d.value.length >= LIBRARY_MIN) : [];
  for (const m of await matchLibraryRules(forLibrary.map((d) => d.value))) {
    const d = forLibrary[m.index];
    addLibraryMatch(d.detections, d.value, m.rule, m.start, m.end);
  }
  const hits: Hit[] = [];
  for (const d of all) {
    for (const det of d.detections) {
      hits.push({
        name: d.name,
        secret: d.value.slice(det.start, det.end),
        detection: det,
        locations: d.sources.map((s) => s.location),
        envs: d.sources.map((s) => s.names)
      });
    }
  }
  return { hits, entries, distinct: all.length };
}

/** Credentials in one file's text (its own rules and the library's). */
export async function scanFile(shown: string, text: string, library = true): Promise<Hit[]> {
  const found: (TextDetection | Detection)[] = scanText(text);
  for (const m of library ? await matchLibraryRules([text]) : []) {
    addLibraryMatch(found as Detection[], text, m.rule, m.start, m.end);
  }
  // Positions for library matches (scanText gave its own).
  const lineOf = (offset: number): { line: number; column: number } => {
    const head = text.slice(0, offset);
    const nl = head.lastIndexOf('\n');
    return { line: (head.match(/\n/g)?.length ?? 0) + 1, column: offset - nl };
  };
  return found.map((d) => {
    const pos = 'line' in d ? { line: d.line, column: d.column } : lineOf(d.start);
    return {
      name: 'name' in d ? d.name : '',
      secret: text.slice(d.start, d.end),
      detection: d,
      locations: [{ kind: 'file', file: shown, ...pos }],
      envs: []
    };
  });
}
