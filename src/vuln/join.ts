/**
 * The join of scanner findings to the SBOM: aliases merged across every report (CVE ↔ GHSA ↔
 * GO-/RUSTSEC-… ids that any report says are one vulnerability), duplicates from several
 * scanners folded into one finding per (vulnerability, component), and each component looked up
 * in the SBOM by its canonical purl.
 */
import type { ReportFinding, Score } from './reports.js';
import { lookupComponent, type Sbom, type SbomComponent } from './sbom.js';

export interface JoinedFinding {
  /** The preferred id: the lowest CVE id of the alias class, else the first id reported. */
  vulnerability: string;
  /** Every id of the alias class, upper-cased. */
  ids: string[];
  component: { name: string; version: string; purl?: string; keys: string[] };
  /** The SBOM component it is (undefined: not in the SBOM). */
  sbomComponent?: SbomComponent;
  cvss: Score[];
  severities: { word: string; source: string }[];
  reports: string[];
}

class Aliases {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root))
      root = p;
    if (!this.parent.has(root)) this.parent.set(root, root);
    // Path compression.
    for (let cur = x; cur !== root;) {
      const next: string = this.parent.get(cur) ?? root;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

function preferred(ids: string[]): string {
  const cves = ids.filter((i) => i.startsWith('CVE-')).sort();
  if (cves.length) return cves[0];
  const ghsa = ids.filter((i) => i.startsWith('GHSA-')).sort();
  return ghsa[0] ?? ids[0];
}

export function joinFindings(sbom: Sbom, findings: ReportFinding[]): JoinedFinding[] {
  const aliases = new Aliases();
  for (const f of findings) {
    const ids = f.ids.map((i) => i.toUpperCase());
    for (const id of ids) aliases.union(ids[0], id);
  }
  const classes = new Map<string, Set<string>>();
  for (const f of findings) {
    for (const id of f.ids) {
      const u = id.toUpperCase();
      const root = aliases.find(u);
      let s = classes.get(root);
      if (!s) classes.set(root, (s = new Set()));
      s.add(u);
    }
  }
  const out = new Map<string, JoinedFinding>();
  for (const f of findings) {
    const root = aliases.find(f.ids[0].toUpperCase());
    const ids = [...classes.get(root)!].sort();
    const comp = lookupComponent(sbom, f.package.keys);
    const compKey = comp
      ? `sbom:${comp.ref}`
      : (f.package.keys[0] ?? `${f.package.name}@${f.package.version}`);
    const key = `${root}\u0000${compKey}`;
    let j = out.get(key);
    if (!j) {
      j = {
        vulnerability: preferred(ids),
        ids,
        component: { ...f.package },
        sbomComponent: comp,
        cvss: [],
        severities: [],
        reports: []
      };
      out.set(key, j);
    }
    j.cvss.push(...f.cvss);
    j.severities.push(...f.severities);
    if (!j.reports.includes(f.report)) j.reports.push(f.report);
  }
  return [...out.values()];
}
