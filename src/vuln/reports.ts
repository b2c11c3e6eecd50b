/**
 * Scanner reports (grype JSON, trivy JSON, osv-scanner JSON) reduced to findings: one per
 * (vulnerability, package), with every id the report gives for it (CVE ↔ GHSA aliases), every
 * CVSS v3 base score with its source, and the severity words. The format is the one schema the
 * document validates against (schema/sbom-vex-*-report.v1.json); none or several is an error.
 */
import { describeSchemaErrors, loadSchemaValidators, schemaValidator } from '../core/schemas.js';
import { cvss3BaseScore } from './cvss3.js';
import { isObject, str, VulnDocumentError, type LoadedDocument } from './documents.js';
import {
  formatPurl,
  nameVersionKey,
  parsePurl,
  purlFromEcosystem,
  purlKeys,
  PurlError
} from './purl.js';

export type ReportFormat = 'grype' | 'trivy' | 'osv-scanner';

export interface Score {
  score: number;
  /** Who gave it: `grype:nvd@nist.gov`, `trivy:redhat`, `osv-scanner:GHSA-…`. */
  source: string;
}

export interface ReportFinding {
  report: string;
  /** The id the scanner reported the finding under. */
  id: string;
  /** Every id the report gives for the same vulnerability (the id included). */
  ids: string[];
  package: { name: string; version: string; purl?: string; keys: string[] };
  cvss: Score[];
  severities: { word: string; source: string }[];
}

export interface Report {
  file: string;
  sha256: string;
  format: ReportFormat;
  /** What was scanned, as the report names it. */
  target?: string;
  /** sha256 digests of the scanned image (image id, manifest and repo digests). */
  targetDigests: string[];
  findings: ReportFinding[];
}

const SCHEMAS: Record<ReportFormat, string> = {
  grype: 'sbom-vex-grype-report.v1.json',
  trivy: 'sbom-vex-trivy-report.v1.json',
  'osv-scanner': 'sbom-vex-osv-report.v1.json'
};

/** Load the validator of the report schemas (grype, trivy, osv-scanner) (in a bundle, its chunk); await it before `parseReport`. */
export function loadReportValidators(): Promise<void> {
  return loadSchemaValidators(...Object.values(SCHEMAS));
}

function detect(doc: LoadedDocument): ReportFormat {
  const matched: ReportFormat[] = [];
  const why: string[] = [];
  for (const f of Object.keys(SCHEMAS) as ReportFormat[]) {
    const v = schemaValidator(SCHEMAS[f]);
    if (v(doc.json)) matched.push(f);
    else why.push(`${f}: ${describeSchemaErrors(v.errors).slice(0, 2).join('; ')}`);
  }
  if (matched.length === 1) return matched[0];
  throw new VulnDocumentError(
    'reports',
    doc.file,
    matched.length
      ? `input 'reports': ${doc.file} reads as several report formats (${matched.join(', ')})`
      : `input 'reports': ${doc.file} is not a grype, trivy or osv-scanner JSON report (${why.join(' | ')})`,
    'Pass the JSON report exactly as `grype -o json`, `trivy --format json` or `osv-scanner --format json` wrote it.'
  );
}

function pkgOf(name: string, version: string, purl: string | undefined): ReportFinding['package'] {
  const p: ReportFinding['package'] = { name, version, keys: [] };
  if (purl) {
    try {
      const parsed = parsePurl(purl);
      p.purl = formatPurl(parsed);
      p.keys.push(...purlKeys(parsed));
    } catch (err) {
      if (!(err instanceof PurlError)) throw err;
    }
  }
  p.keys.push(nameVersionKey(name, version));
  return p;
}

const DIGEST = /sha256:[0-9a-f]{64}/gi;
function digests(...values: unknown[]): string[] {
  const out = new Set<string>();
  for (const v of values.flat())
    if (typeof v === 'string') for (const m of v.match(DIGEST) ?? []) out.add(m.toLowerCase());
  return [...out];
}

function grypeScores(v: Record<string, unknown>, out: Score[]): void {
  for (const c of Array.isArray(v.cvss) ? v.cvss.filter(isObject) : []) {
    const version = str(c.version) ?? '';
    if (!version.startsWith('3')) continue;
    const metrics = isObject(c.metrics) ? c.metrics : {};
    const score =
      typeof metrics.baseScore === 'number'
        ? metrics.baseScore
        : cvss3BaseScore(str(c.vector) ?? '');
    if (score !== undefined)
      out.push({ score, source: `grype:${str(c.source) ?? str(v.namespace) ?? str(v.id)}` });
  }
}

function fromGrype(doc: LoadedDocument, j: Record<string, unknown>): Report {
  const source = isObject(j.source) ? j.source : {};
  const target = isObject(source.target) ? source.target : {};
  const findings: ReportFinding[] = [];
  for (const m of (j.matches as unknown[]).filter(isObject)) {
    const v = m.vulnerability as Record<string, unknown>;
    const related = Array.isArray(m.relatedVulnerabilities)
      ? m.relatedVulnerabilities.filter(isObject)
      : [];
    const a = m.artifact as Record<string, unknown>;
    const cvss: Score[] = [];
    grypeScores(v, cvss);
    for (const r of related) grypeScores(r, cvss);
    const severities = [v, ...related]
      .filter((x) => str(x.severity))
      .map((x) => ({ word: str(x.severity)!, source: `grype:${str(x.namespace) ?? str(x.id)}` }));
    findings.push({
      report: doc.file,
      id: String(v.id),
      ids: [...new Set([String(v.id), ...related.map((r) => String(r.id))])],
      package: pkgOf(String(a.name), String(a.version), str(a.purl)),
      cvss,
      severities
    });
  }
  return {
    file: doc.file,
    sha256: doc.sha256,
    format: 'grype',
    target:
      str(target.userInput) ?? (typeof source.target === 'string' ? source.target : undefined),
    targetDigests: digests(target.imageID, target.manifestDigest, target.repoDigests),
    findings
  };
}

function fromTrivy(doc: LoadedDocument, j: Record<string, unknown>): Report {
  const meta = isObject(j.Metadata) ? j.Metadata : {};
  const findings: ReportFinding[] = [];
  for (const r of (Array.isArray(j.Results) ? j.Results : []).filter(isObject)) {
    for (const v of (Array.isArray(r.Vulnerabilities) ? r.Vulnerabilities : []).filter(isObject)) {
      const cvss: Score[] = [];
      for (const [src, c] of Object.entries(isObject(v.CVSS) ? v.CVSS : {})) {
        if (!isObject(c)) continue;
        const score =
          typeof c.V3Score === 'number' ? c.V3Score : cvss3BaseScore(str(c.V3Vector) ?? '');
        if (score !== undefined) cvss.push({ score, source: `trivy:${src}` });
      }
      const ident = isObject(v.PkgIdentifier) ? v.PkgIdentifier : {};
      const id = String(v.VulnerabilityID);
      findings.push({
        report: doc.file,
        id,
        ids: [id],
        package: pkgOf(String(v.PkgName), String(v.InstalledVersion), str(ident.PURL)),
        cvss,
        severities: str(v.Severity)
          ? [{ word: str(v.Severity)!, source: `trivy:${str(v.SeveritySource) ?? 'trivy'}` }]
          : []
      });
    }
  }
  return {
    file: doc.file,
    sha256: doc.sha256,
    format: 'trivy',
    target: str(j.ArtifactName),
    targetDigests:
      str(j.ArtifactType) === 'container_image' || meta.ImageID
        ? digests(meta.ImageID, meta.RepoDigests)
        : [],
    findings
  };
}

function fromOsv(doc: LoadedDocument, j: Record<string, unknown>): Report {
  const findings: ReportFinding[] = [];
  for (const r of (j.results as unknown[]).filter(isObject)) {
    for (const p of (r.packages as unknown[]).filter(isObject)) {
      const pk = p.package as Record<string, unknown>;
      const name = String(pk.name);
      const version = str(pk.version) ?? '';
      let purl = str(pk.purl);
      if (!purl) {
        const built = purlFromEcosystem(String(pk.ecosystem), name, version);
        purl = built && formatPurl(built);
      }
      const vulns = new Map<string, Record<string, unknown>>();
      for (const v of (Array.isArray(p.vulnerabilities) ? p.vulnerabilities : []).filter(isObject))
        vulns.set(String(v.id), v);
      const groups = (Array.isArray(p.groups) ? p.groups : [])
        .filter(isObject)
        .map((g) => (Array.isArray(g.ids) ? g.ids.map(String) : []));
      const grouped = new Set(groups.flat());
      for (const id of vulns.keys()) if (!grouped.has(id)) groups.push([id]);
      for (const ids of groups) {
        if (ids.length === 0) continue;
        const all = new Set(ids);
        const cvss: Score[] = [];
        const severities: ReportFinding['severities'] = [];
        for (const id of ids) {
          const v = vulns.get(id);
          if (!v) continue;
          for (const a of Array.isArray(v.aliases) ? v.aliases : [])
            if (typeof a === 'string') all.add(a);
          for (const s of (Array.isArray(v.severity) ? v.severity : []).filter(isObject)) {
            if (s.type !== 'CVSS_V3') continue;
            const score = cvss3BaseScore(String(s.score));
            if (score !== undefined) cvss.push({ score, source: `osv-scanner:${id}` });
          }
          const ds = isObject(v.database_specific) ? str(v.database_specific.severity) : undefined;
          if (ds) severities.push({ word: ds, source: `osv-scanner:${id}` });
        }
        findings.push({
          report: doc.file,
          id: ids[0],
          ids: [...all],
          package: pkgOf(name, version, purl),
          cvss,
          severities
        });
      }
    }
  }
  return { file: doc.file, sha256: doc.sha256, format: 'osv-scanner', targetDigests: [], findings };
}

export function parseReport(doc: LoadedDocument): Report {
  if (!isObject(doc.json))
    throw new VulnDocumentError(
      'reports',
      doc.file,
      `input 'reports': ${doc.file} is not a JSON object`,
      'Pass a grype, trivy or osv-scanner JSON report.'
    );
  const format = detect(doc);
  if (format === 'grype') return fromGrype(doc, doc.json);
  if (format === 'trivy') return fromTrivy(doc, doc.json);
  return fromOsv(doc, doc.json);
}
