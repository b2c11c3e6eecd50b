/**
 * Pinned feed snapshots: the CISA KEV catalogue (JSON) and the FIRST EPSS daily CSV, each with
 * the date it was published, so a stale snapshot is caught by its date (and a swapped one by its
 * sha256 when the caller pins it).
 */
import { describeSchemaErrors, loadSchemaValidators, schemaValidator } from '../core/schemas.js';
import { parseRfc3339 } from '../drill/timestamp.js';
import { isObject, VulnDocumentError, type LoadedDocument } from './documents.js';

export interface KevFeed {
  file: string;
  sha256: string;
  catalogVersion: string;
  released: Date;
  entries: Map<string, { dateAdded: string; ransomware?: string }>;
}

export interface EpssFeed {
  file: string;
  sha256: string;
  modelVersion?: string;
  scoreDate: Date;
  scores: Map<string, { epss: number; percentile: number }>;
}

/** `2025-02-19T14:08:44.5021Z` or a date alone (`2025-02-19`, read as midnight UTC). */
function feedDate(text: string): Date | undefined {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) {
    const p = parseRfc3339(`${t}T00:00:00Z`);
    return p.ok ? p.date : undefined;
  }
  const p = parseRfc3339(t.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return p.ok ? p.date : undefined;
}

/** Load the validator of schema/sbom-vex-kev.v1.json (in a bundle, its chunk); await it before `parseKev`. */
export function loadKevValidator(): Promise<void> {
  return loadSchemaValidators('sbom-vex-kev.v1.json');
}

export function parseKev(doc: LoadedDocument): KevFeed {
  const validate = schemaValidator('sbom-vex-kev.v1.json');
  if (!validate(doc.json))
    throw new VulnDocumentError(
      'kev',
      doc.file,
      `input 'kev': ${doc.file} is not a CISA KEV catalogue: ${describeSchemaErrors(validate.errors).slice(0, 4).join('; ')}`,
      'Pass known_exploited_vulnerabilities.json as CISA publishes it.'
    );
  const j = doc.json as Record<string, unknown>;
  const released = feedDate(String(j.dateReleased));
  if (!released)
    throw new VulnDocumentError(
      'kev',
      doc.file,
      `input 'kev': ${doc.file} dateReleased '${String(j.dateReleased)}' is not a date-time`,
      'Pass the catalogue unmodified.'
    );
  const entries: KevFeed['entries'] = new Map();
  for (const v of (j.vulnerabilities as unknown[]).filter(isObject))
    entries.set(String(v.cveID).toUpperCase(), {
      dateAdded: String(v.dateAdded),
      ransomware:
        typeof v.knownRansomwareCampaignUse === 'string' ? v.knownRansomwareCampaignUse : undefined
    });
  return {
    file: doc.file,
    sha256: doc.sha256,
    catalogVersion: String(j.catalogVersion),
    released,
    entries
  };
}

function epssError(doc: LoadedDocument, message: string): never {
  throw new VulnDocumentError(
    'epss',
    doc.file,
    `input 'epss': ${doc.file} ${message}`,
    'Pass the EPSS daily CSV (epss_scores-YYYY-MM-DD.csv, decompressed) unmodified: a #model_version…,score_date:… line, then cve,epss,percentile.'
  );
}

export function parseEpss(doc: LoadedDocument): EpssFeed {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(doc.bytes);
  } catch {
    return epssError(doc, 'is not UTF-8 text');
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const head = lines[0] ?? '';
  const date = /score_date:([^,\s]+)/.exec(head)?.[1];
  const scoreDate = date ? feedDate(date) : undefined;
  if (!head.startsWith('#') || !scoreDate)
    epssError(doc, 'has no #…score_date:… first line, so its date is unknown');
  if (lines[1]?.trim() !== 'cve,epss,percentile')
    epssError(
      doc,
      `line 2 is '${(lines[1] ?? '').slice(0, 60)}'; expected the header cve,epss,percentile`
    );
  const scores: EpssFeed['scores'] = new Map();
  for (let i = 2; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const m = /^(CVE-\d{4}-\d{4,}),(\d+(?:\.\d+)?(?:e-?\d+)?),(\d+(?:\.\d+)?)$/i.exec(line);
    const epss = m ? Number(m[2]) : NaN;
    const percentile = m ? Number(m[3]) : NaN;
    if (!m || !(epss >= 0 && epss <= 1) || !(percentile >= 0 && percentile <= 1))
      epssError(doc, `line ${i + 1} is not 'CVE-id,probability,percentile' with values in [0, 1]`);
    scores.set(m[1].toUpperCase(), { epss, percentile });
  }
  return {
    file: doc.file,
    sha256: doc.sha256,
    modelVersion: /model_version:([^,\s]+)/.exec(head)?.[1],
    scoreDate: scoreDate!,
    scores
  };
}
