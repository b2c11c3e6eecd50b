/**
 * Coverage reports read into pipeline_run `tests.coverage` (fractions 0..1): lcov tracefiles
 * (`LF`/`LH` lines, `BRF`/`BRH` branches per record; `DA`/`BRDA` counted when a tool leaves the
 * totals out) and Cobertura XML (`lines-covered`/`lines-valid`, `branches-covered`/
 * `branches-valid` on the root; without them, the `<line>` elements and their
 * `condition-coverage="50% (1/2)"`). Several reports are summed by their counts, never by
 * averaging rates. A report that measured no branches gives no `branches_pct` (coverage.py writes
 * `branch-rate="0"` when branch measurement was off: that is "not measured", not 0 %).
 */
import { GateError } from '../core/errors.js';
import { readRegularTextFile } from '../core/read-file.js';
import { MAX_REPORT_BYTES, scanXml } from './xml.js';

export interface CoverageCounts {
  linesValid: number;
  linesCovered: number;
  branchesValid: number;
  branchesCovered: number;
}

export interface CoverageFileReport extends CoverageCounts {
  file: string;
  format: 'lcov' | 'cobertura';
}

export interface CoverageFractions {
  lines_pct?: number;
  branches_pct?: number;
  statements_pct?: number;
}

function count(v: string | undefined, what: string): number | undefined {
  if (v === undefined || v.trim() === '') return undefined;
  if (!/^\d+$/.test(v.trim()))
    throw new GateError(`${what}: '${v}' is not a whole number`, 'Pass the report unmodified.');
  return Number(v.trim());
}

/** lcov tracefile text → counts. */
export function lcovCounts(text: string, file: string): CoverageFileReport {
  const r: CoverageFileReport = {
    file,
    format: 'lcov',
    linesValid: 0,
    linesCovered: 0,
    branchesValid: 0,
    branchesCovered: 0
  };
  let records = 0;
  let open = false;
  let rec = { lf: -1, lh: -1, brf: -1, brh: -1, da: 0, daHit: 0, brda: 0, brdaHit: 0 };
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const where = `${file}:${i + 1}`;
    if (line === 'end_of_record') {
      if (!open)
        throw new GateError(
          `${where}: end_of_record without SF:`,
          'Pass the tracefile unmodified.'
        );
      const lf = rec.lf >= 0 ? rec.lf : rec.da;
      const lh = rec.lh >= 0 ? rec.lh : rec.daHit;
      const brf = rec.brf >= 0 ? rec.brf : rec.brda;
      const brh = rec.brh >= 0 ? rec.brh : rec.brdaHit;
      if (lh > lf || brh > brf)
        throw new GateError(
          `${where}: more lines or branches hit than found (LH ${lh} / LF ${lf}, BRH ${brh} / BRF ${brf})`,
          'Pass the tracefile unmodified.'
        );
      r.linesValid += lf;
      r.linesCovered += lh;
      r.branchesValid += brf;
      r.branchesCovered += brh;
      records++;
      open = false;
      return;
    }
    const m = /^([A-Z]+):(.*)$/.exec(line);
    if (!m)
      throw new GateError(
        `${where}: '${line.slice(0, 40)}' is not an lcov record line`,
        "List only lcov tracefiles (lcov.info) or Cobertura XML in 'coverage'."
      );
    const [, key, value] = m;
    if (key === 'SF') {
      open = true;
      rec = { lf: -1, lh: -1, brf: -1, brh: -1, da: 0, daHit: 0, brda: 0, brdaHit: 0 };
      return;
    }
    if (!open) return; // TN:, VER: before the first SF:
    const num = (v: string): number => count(v, where) ?? 0;
    if (key === 'LF') rec.lf = num(value);
    else if (key === 'LH') rec.lh = num(value);
    else if (key === 'BRF') rec.brf = num(value);
    else if (key === 'BRH') rec.brh = num(value);
    else if (key === 'DA') {
      rec.da++;
      const hits = value.split(',')[1]?.trim() ?? '';
      if (/^[1-9]\d*$/.test(hits)) rec.daHit++;
    } else if (key === 'BRDA') {
      rec.brda++;
      const taken = value.split(',')[3]?.trim() ?? '';
      if (/^[1-9]\d*$/.test(taken)) rec.brdaHit++;
    }
  });
  if (open)
    throw new GateError(
      `${file}: the last record has no end_of_record (truncated)`,
      'Pass the complete tracefile.'
    );
  if (records === 0)
    throw new GateError(
      `${file} holds no lcov record (SF: … end_of_record)`,
      "List only lcov tracefiles or Cobertura XML in 'coverage'."
    );
  return r;
}

/** `50% (1/2)` → [1, 2]. */
function conditions(v: string | undefined): [number, number] | undefined {
  const m = v ? /\((\d+)\/(\d+)\)/.exec(v) : null;
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** Cobertura XML text → counts. */
export function coberturaCounts(text: string, file: string): CoverageFileReport {
  const where = `${file} <coverage>`;
  let rootAttrs: Readonly<Record<string, string>> = {};
  let lines = 0;
  let hit = 0;
  let branches = 0;
  let taken = 0;
  scanXml(text, `coverage report ${file}`, {
    open(name, attrs, path) {
      if (path.length === 0) {
        if (name !== 'coverage')
          throw new GateError(
            `${file} is not a Cobertura report: its root element is <${name}>, not <coverage>`,
            "List only lcov tracefiles or Cobertura XML in 'coverage'."
          );
        rootAttrs = attrs;
        return;
      }
      // coverage > packages > package > classes > class > lines > line (methods repeat lines).
      if (name !== 'line' || path[path.length - 1] !== 'lines' || path[path.length - 2] !== 'class')
        return;
      lines++;
      const h = attrs.hits?.trim() ?? '';
      if (/^[1-9]\d*$/.test(h)) hit++;
      if (attrs.branch === 'true') {
        const cc = conditions(attrs['condition-coverage']);
        if (cc) {
          taken += cc[0];
          branches += cc[1];
        }
      }
    }
  });
  const lv = count(rootAttrs['lines-valid'], where);
  const lc = count(rootAttrs['lines-covered'], where);
  const bv = count(rootAttrs['branches-valid'], where);
  const bc = count(rootAttrs['branches-covered'], where);
  const r: CoverageFileReport = {
    file,
    format: 'cobertura',
    linesValid: lv !== undefined && lc !== undefined ? lv : lines,
    linesCovered: lv !== undefined && lc !== undefined ? lc : hit,
    branchesValid: bv !== undefined && bc !== undefined && bv > 0 ? bv : branches,
    branchesCovered: bv !== undefined && bc !== undefined && bv > 0 ? bc : taken
  };
  if (r.linesCovered > r.linesValid || r.branchesCovered > r.branchesValid)
    throw new GateError(
      `${file}: more lines or branches covered than valid`,
      'Pass the report unmodified.'
    );
  return r;
}

/** One coverage file, its format told by its first character (`<`: Cobertura XML). */
export function readCoverageFile(file: string, shown = file): CoverageFileReport {
  const text = readRegularTextFile(file, { maxBytes: MAX_REPORT_BYTES, what: `coverage report` });
  return text.trimStart().startsWith('<') ? coberturaCounts(text, shown) : lcovCounts(text, shown);
}

/** Fractions of the summed counts; a measure nothing was counted for is left out. */
export function coverageFractions(reports: CoverageCounts[]): CoverageFractions {
  const s = { lv: 0, lc: 0, bv: 0, bc: 0 };
  for (const r of reports) {
    s.lv += r.linesValid;
    s.lc += r.linesCovered;
    s.bv += r.branchesValid;
    s.bc += r.branchesCovered;
  }
  const out: CoverageFractions = {};
  if (s.lv > 0) out.lines_pct = round(s.lc / s.lv);
  if (s.bv > 0) out.branches_pct = round(s.bc / s.bv);
  return out;
}

/** Six decimals: enough for a dashboard, stable in NDJSON. */
export function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
