/**
 * VEX statements from OpenVEX 0.2.0 and CycloneDX (1.4–1.6) VEX documents, each validated with
 * its published schema, normalised to one model: the vulnerability (with aliases), the products
 * and subcomponents it names, the status, the justification or impact statement, when it was
 * made (statement → document timestamp cascade) and when it expires (EXPIRES_FIELD below).
 */
import { describeSchemaErrors } from '../core/schemas.js';
import { parseRfc3339 } from '../drill/timestamp.js';
import { isObject, str, VulnDocumentError, type LoadedDocument } from './documents.js';
import { parsePurl, PurlError, type Purl } from './purl.js';
import { thirdPartyValidator, type ThirdPartySchema } from './schemas.js';

export type VexStatus = 'not_affected' | 'affected' | 'fixed' | 'under_investigation';

/**
 * The hub's TTL extension: an RFC 3339 time after which a statement no longer counts. The
 * OpenVEX schema admits no extra fields, so there it is a `ci-intel:expires=<time>` token in the
 * statement's `status_notes`; in CycloneDX it is a vulnerability property of that name.
 */
export const EXPIRES_FIELD = 'ci-intel:expires';
const EXPIRES_TOKEN = /(?:^|\s)ci-intel:expires=(\S+)/;

export interface ProductRef {
  /** As written in the document. */
  raw: string;
  purl?: Purl;
  /** A CycloneDX BOM-Link: the SBOM serial number and version it points into, and the bom-ref. */
  bomLink?: { serial: string; version?: number; ref: string };
  subcomponents: ProductRef[];
}

export interface VexStatement {
  doc: string;
  /** Position in its document (0-based), for messages. */
  index: number;
  format: 'openvex' | 'cyclonedx';
  vulnerability: string;
  aliases: string[];
  products: ProductRef[];
  status: VexStatus;
  /** The raw status word (CycloneDX: exploitable, resolved, in_triage, false_positive …). */
  statusWord: string;
  justification?: string;
  impact?: string;
  timestamp?: Date;
  expires?: Date;
  /** Problems that make the statement unusable for suppression (bad timestamp …). */
  problems: string[];
}

export interface VexDocument {
  file: string;
  sha256: string;
  format: 'openvex' | 'cyclonedx';
  id?: string;
  statements: VexStatement[];
  signer?: string;
}

function bad(doc: LoadedDocument, message: string, help: string): never {
  throw new VulnDocumentError('vex', doc.file, `input 'vex': ${doc.file} ${message}`, help);
}

function time(v: unknown, what: string, problems: string[]): Date | undefined {
  if (typeof v !== 'string') return undefined;
  const p = parseRfc3339(v);
  if (p.ok) return p.date;
  problems.push(`${what}: ${p.reason}`);
  return undefined;
}

function productRef(raw: string, subs: ProductRef[] = []): ProductRef {
  const ref: ProductRef = { raw, subcomponents: subs };
  const link = /^urn:cdx:([^/]+)\/(\d+)?#(.+)$/.exec(raw);
  if (link) {
    ref.bomLink = {
      serial: link[1].toLowerCase(),
      version: link[2] ? Number(link[2]) : undefined,
      ref: decodeURIComponent(link[3])
    };
    if (ref.bomLink.ref.startsWith('pkg:')) {
      try {
        ref.purl = parsePurl(ref.bomLink.ref);
      } catch (err) {
        if (!(err instanceof PurlError)) throw err;
      }
    }
    return ref;
  }
  if (/^pkg:/i.test(raw)) {
    try {
      ref.purl = parsePurl(raw);
    } catch (err) {
      if (!(err instanceof PurlError)) throw err;
    }
  }
  return ref;
}

function openvexProduct(p: Record<string, unknown>): ProductRef {
  const ids = isObject(p.identifiers) ? p.identifiers : {};
  const raw = str(ids.purl) ?? str(p['@id']) ?? '';
  const subs = (Array.isArray(p.subcomponents) ? p.subcomponents : [])
    .filter(isObject)
    .map((s) => openvexProduct(s));
  return productRef(raw, subs);
}

function fromOpenvex(doc: LoadedDocument, j: Record<string, unknown>): VexDocument {
  const ctx = String(j['@context'] ?? '');
  if (!/^https:\/\/openvex\.dev\/ns(\/v0\.2\.0)?$/.test(ctx))
    bad(
      doc,
      `is OpenVEX with @context '${ctx}'; this gate reads OpenVEX v0.2.0`,
      'Regenerate or convert the document with a current vexctl (OpenVEX v0.2.0).'
    );
  const validate = thirdPartyValidator('openvex-0.2.0');
  if (!validate(j))
    bad(
      doc,
      `is not valid OpenVEX 0.2.0: ${describeSchemaErrors(validate.errors).slice(0, 5).join('; ')}`,
      'Fix the document so it validates against the OpenVEX JSON Schema.'
    );
  const docProblems: string[] = [];
  const docTime =
    time(j.last_updated, 'document last_updated', docProblems) ??
    time(j.timestamp, 'document timestamp', docProblems);
  const statements = (j.statements as unknown[]).filter(isObject).map((s, index): VexStatement => {
    const problems = [...docProblems];
    const v = isObject(s.vulnerability) ? s.vulnerability : {};
    const name = str(v.name) ?? str(v['@id']) ?? '';
    const status = String(s.status) as VexStatus;
    return {
      doc: doc.file,
      index,
      format: 'openvex',
      vulnerability: name,
      aliases: [name, ...(Array.isArray(v.aliases) ? v.aliases.map(String) : [])].filter(Boolean),
      products: (Array.isArray(s.products) ? s.products : []).filter(isObject).map(openvexProduct),
      status,
      statusWord: status,
      justification: str(s.justification),
      impact: str(s.impact_statement)?.trim() || undefined,
      timestamp:
        time(s.last_updated, 'statement last_updated', problems) ??
        time(s.timestamp, 'statement timestamp', problems) ??
        docTime,
      expires: time(
        EXPIRES_TOKEN.exec(str(s.status_notes) ?? '')?.[1],
        `status_notes ${EXPIRES_FIELD}`,
        problems
      ),
      problems
    };
  });
  return { file: doc.file, sha256: doc.sha256, format: 'openvex', id: str(j['@id']), statements };
}

const CDX_STATUS: Record<string, VexStatus> = {
  not_affected: 'not_affected',
  false_positive: 'not_affected',
  exploitable: 'affected',
  resolved: 'fixed',
  resolved_with_pedigree: 'fixed',
  in_triage: 'under_investigation'
};

function fromCyclonedxVex(doc: LoadedDocument, j: Record<string, unknown>): VexDocument {
  const v = String(j.specVersion);
  if (v !== '1.4' && v !== '1.5' && v !== '1.6')
    bad(
      doc,
      `is CycloneDX ${v}; VEX is read from CycloneDX 1.4, 1.5 and 1.6`,
      'Regenerate the VEX as CycloneDX 1.4 or later.'
    );
  const validate = thirdPartyValidator(`cyclonedx-${v}` as ThirdPartySchema);
  if (!validate(j))
    bad(
      doc,
      `is not valid CycloneDX ${v}: ${describeSchemaErrors(validate.errors).slice(0, 5).join('; ')}`,
      'Fix the document so it validates against the CycloneDX JSON Schema.'
    );
  const docProblems: string[] = [];
  const meta = isObject(j.metadata) ? j.metadata : {};
  const docTime = time(meta.timestamp, 'metadata.timestamp', docProblems);
  const statements: VexStatement[] = [];
  const vulns = (Array.isArray(j.vulnerabilities) ? j.vulnerabilities : []).filter(isObject);
  vulns.forEach((vu, index) => {
    const a = isObject(vu.analysis) ? vu.analysis : undefined;
    if (!a || typeof a.state !== 'string') return; // a VDR entry without analysis states nothing
    const problems = [...docProblems];
    const props = (Array.isArray(vu.properties) ? vu.properties : []).filter(isObject);
    const expiresProp = props.find((p) => p.name === EXPIRES_FIELD);
    const id = String(vu.id ?? '');
    const refs = (Array.isArray(vu.references) ? vu.references : [])
      .filter(isObject)
      .map((r) => String(r.id ?? ''));
    statements.push({
      doc: doc.file,
      index,
      format: 'cyclonedx',
      vulnerability: id,
      aliases: [id, ...refs].filter(Boolean),
      products: (Array.isArray(vu.affects) ? vu.affects : [])
        .filter(isObject)
        .map((af) => productRef(String(af.ref ?? ''))),
      status: CDX_STATUS[a.state] ?? 'under_investigation',
      statusWord: a.state,
      justification:
        str(a.justification) ?? (a.state === 'false_positive' ? 'false_positive' : undefined),
      impact: str(a.detail)?.trim() || undefined,
      timestamp:
        time(a.lastUpdated, 'analysis.lastUpdated', problems) ??
        time(a.firstIssued, 'analysis.firstIssued', problems) ??
        time(vu.updated, 'updated', problems) ??
        time(vu.published, 'published', problems) ??
        docTime,
      expires: time(expiresProp?.value, `property ${EXPIRES_FIELD}`, problems),
      problems
    });
  });
  return {
    file: doc.file,
    sha256: doc.sha256,
    format: 'cyclonedx',
    id: str(j.serialNumber),
    statements
  };
}

/** A VEX document from its JSON (already strict-parsed): OpenVEX or CycloneDX. */
export function parseVex(doc: LoadedDocument): VexDocument {
  const j = doc.json;
  if (!isObject(j))
    bad(doc, 'is not a JSON object', 'Pass an OpenVEX or CycloneDX VEX JSON document.');
  if ('@context' in j) return fromOpenvex(doc, j);
  if (j.bomFormat === 'CycloneDX') return fromCyclonedxVex(doc, j);
  return bad(
    doc,
    'is neither OpenVEX (@context) nor CycloneDX VEX (bomFormat)',
    'Pass an OpenVEX v0.2.0 or CycloneDX VEX JSON document.'
  );
}
