/**
 * An SBOM as the gate joins on it: CycloneDX 1.4–1.6 or SPDX 2.2/2.3 JSON, validated with the
 * format's published schema (chosen by the version the document declares), reduced to its
 * subject (what the SBOM describes) and its components with canonical purls.
 */
import type { ErrorObject } from 'ajv';
import { describeSchemaErrors } from '../core/schemas.js';
import { isObject, str, VulnDocumentError, type LoadedDocument } from './documents.js';
import { formatPurl, nameVersionKey, parsePurl, purlKeys, PurlError, type Purl } from './purl.js';
import { thirdPartyValidator, type ThirdPartySchema } from './schemas.js';

export interface SbomComponent {
  /** bom-ref (CycloneDX) or SPDXID. */
  ref: string;
  name: string;
  version: string;
  purl?: Purl;
  /** Canonical purl text. */
  purlText?: string;
  keys: string[];
}

export interface Sbom {
  file: string;
  sha256: string;
  format: 'cyclonedx' | 'spdx';
  specVersion: string;
  serialNumber?: string;
  bomVersion?: number;
  subject: SbomComponent[];
  /** sha256 digests the SBOM gives for its subject (image id, repo digests, oci purl). */
  subjectDigests: string[];
  components: SbomComponent[];
  index: Map<string, SbomComponent[]>;
  refs: Map<string, SbomComponent>;
  /** Purls that could not be read (reported, never silently dropped). */
  badPurls: string[];
  /** Schema deviations accepted (see parseSbom). */
  schemaWarnings: string[];
}

/** Fields the SPDX 2.2 schema requires and SPDX 2.3 made optional, per element list. */
const SPDX23_OPTIONAL: Record<string, Set<string>> = {
  packages: new Set(['copyrightText', 'licenseConcluded', 'licenseDeclared']),
  files: new Set(['copyrightText', 'licenseConcluded', 'licenseInfoInFiles']),
  snippets: new Set(['copyrightText', 'licenseConcluded'])
};

function relaxedIn23(e: ErrorObject): boolean {
  const list = /^\/(packages|files|snippets)\/\d+$/.exec(e.instancePath)?.[1];
  return (
    e.keyword === 'required' &&
    list !== undefined &&
    SPDX23_OPTIONAL[list].has(String(e.params.missingProperty))
  );
}

const DIGEST = /sha256:[0-9a-f]{64}/i;

function schemaError(
  doc: LoadedDocument,
  errors: ErrorObject[] | null | undefined,
  what: string
): never {
  const lines = describeSchemaErrors(errors).slice(0, 5);
  throw new VulnDocumentError(
    'sbom',
    doc.file,
    `input 'sbom': ${doc.file} is not a valid ${what}: ${lines.join('; ')}`,
    `Pass the SBOM as the tool wrote it; it must validate against the published ${what} JSON Schema.`
  );
}

function componentOf(
  ref: string,
  name: string,
  version: string,
  purlText: string | undefined,
  bad: string[]
): SbomComponent {
  const c: SbomComponent = { ref, name, version, keys: [] };
  if (purlText) {
    try {
      c.purl = parsePurl(purlText);
      c.purlText = formatPurl(c.purl);
      c.keys.push(...purlKeys(c.purl));
    } catch (err) {
      if (!(err instanceof PurlError)) throw err;
      bad.push(`${purlText.slice(0, 120)} (${err.message})`);
    }
  }
  if (name && version) c.keys.push(nameVersionKey(name, version));
  return c;
}

function digestsIn(values: unknown[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    const m = typeof v === 'string' ? DIGEST.exec(v) : null;
    if (m) out.push(m[0].toLowerCase());
  }
  return out;
}

function fromCyclonedx(
  doc: LoadedDocument,
  j: Record<string, unknown>
): Omit<Sbom, 'index' | 'refs' | 'schemaWarnings'> {
  const bad: string[] = [];
  const components: SbomComponent[] = [];
  const walk = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    for (const c of list) {
      if (!isObject(c)) continue;
      const name = str(c.group) ? `${str(c.group)}/${str(c.name) ?? ''}` : (str(c.name) ?? '');
      components.push(
        componentOf(
          str(c['bom-ref']) ?? str(c.purl) ?? name,
          str(c.name) ?? name,
          str(c.version) ?? '',
          str(c.purl),
          bad
        )
      );
      walk(c.components);
    }
  };
  walk(j.components);
  const meta = isObject(j.metadata) ? j.metadata : {};
  const subject: SbomComponent[] = [];
  const subjectDigests: string[] = [];
  if (isObject(meta.component)) {
    const m = meta.component;
    subject.push(
      componentOf(
        str(m['bom-ref']) ?? str(m.name) ?? '',
        str(m.name) ?? '',
        str(m.version) ?? '',
        str(m.purl),
        bad
      )
    );
    const props = Array.isArray(m.properties) ? m.properties.filter(isObject) : [];
    subjectDigests.push(
      ...digestsIn(
        props
          .filter((p) => /imageid|repodigest|digest/i.test(str(p.name) ?? ''))
          .map((p) => p.value)
      ),
      ...digestsIn([m.version]),
      ...(Array.isArray(m.hashes)
        ? m.hashes
            .filter(isObject)
            .filter((h) => h.alg === 'SHA-256')
            .map((h) => `sha256:${String(h.content).toLowerCase()}`)
        : [])
    );
    for (const s of subject)
      for (const k of s.keys) if (k.startsWith('digest:')) subjectDigests.push(k.slice(7));
  }
  return {
    file: doc.file,
    sha256: doc.sha256,
    format: 'cyclonedx',
    specVersion: String(j.specVersion),
    serialNumber: str(j.serialNumber),
    bomVersion: typeof j.version === 'number' ? j.version : undefined,
    subject,
    subjectDigests: [...new Set(subjectDigests)],
    components,
    badPurls: bad
  };
}

function fromSpdx(
  doc: LoadedDocument,
  j: Record<string, unknown>
): Omit<Sbom, 'index' | 'refs' | 'schemaWarnings'> {
  const bad: string[] = [];
  const byId = new Map<string, SbomComponent>();
  const components: SbomComponent[] = [];
  for (const p of Array.isArray(j.packages) ? j.packages.filter(isObject) : []) {
    const refs = Array.isArray(p.externalRefs) ? p.externalRefs.filter(isObject) : [];
    const purl = refs.find((r) => r.referenceType === 'purl');
    const c = componentOf(
      str(p.SPDXID) ?? '',
      str(p.name) ?? '',
      str(p.versionInfo) ?? '',
      str(purl?.referenceLocator),
      bad
    );
    components.push(c);
    byId.set(c.ref, c);
  }
  const described = new Set<string>(
    Array.isArray(j.documentDescribes)
      ? j.documentDescribes.filter((x): x is string => typeof x === 'string')
      : []
  );
  for (const r of Array.isArray(j.relationships) ? j.relationships.filter(isObject) : []) {
    if (
      r.relationshipType === 'DESCRIBES' &&
      r.spdxElementId === 'SPDXRef-DOCUMENT' &&
      typeof r.relatedSpdxElement === 'string'
    )
      described.add(r.relatedSpdxElement);
    if (
      r.relationshipType === 'DESCRIBED_BY' &&
      r.relatedSpdxElement === 'SPDXRef-DOCUMENT' &&
      typeof r.spdxElementId === 'string'
    )
      described.add(r.spdxElementId);
  }
  const subject = [...described]
    .map((id) => byId.get(id))
    .filter((c): c is SbomComponent => c !== undefined);
  const subjectDigests: string[] = [];
  for (const s of subject) {
    for (const k of s.keys) if (k.startsWith('digest:')) subjectDigests.push(k.slice(7));
    subjectDigests.push(...digestsIn([s.version]));
  }
  return {
    file: doc.file,
    sha256: doc.sha256,
    format: 'spdx',
    specVersion: String(j.spdxVersion),
    subject,
    subjectDigests: [...new Set(subjectDigests)],
    components: components.filter((c) => !described.has(c.ref)),
    badPurls: bad
  };
}

/** Validate and read an SBOM document (throws VulnDocumentError naming input 'sbom'). */
export function parseSbom(doc: LoadedDocument): Sbom {
  const j = doc.json;
  if (!isObject(j))
    throw new VulnDocumentError(
      'sbom',
      doc.file,
      `input 'sbom': ${doc.file} is not a JSON object`,
      'Pass a CycloneDX or SPDX JSON SBOM.'
    );
  let schema: ThirdPartySchema;
  let what: string;
  if (j.bomFormat === 'CycloneDX') {
    const v = String(j.specVersion);
    if (v !== '1.4' && v !== '1.5' && v !== '1.6')
      throw new VulnDocumentError(
        'sbom',
        doc.file,
        `input 'sbom': ${doc.file} is CycloneDX ${v}; this gate reads CycloneDX 1.4, 1.5 and 1.6`,
        'Regenerate the SBOM with a current tool (e.g. syft -o cyclonedx-json@1.6).'
      );
    schema = `cyclonedx-${v}` as ThirdPartySchema;
    what = `CycloneDX ${v}`;
  } else if (j.spdxVersion === 'SPDX-2.2' || j.spdxVersion === 'SPDX-2.3') {
    schema = j.spdxVersion === 'SPDX-2.2' ? 'spdx-2.2' : 'spdx-2.3';
    what = String(j.spdxVersion);
  } else {
    throw new VulnDocumentError(
      'sbom',
      doc.file,
      `input 'sbom': ${doc.file} is neither CycloneDX (bomFormat) nor SPDX 2.2/2.3 (spdxVersion)`,
      'Pass a CycloneDX 1.4–1.6 or SPDX 2.2/2.3 JSON SBOM.'
    );
  }
  const validate = thirdPartyValidator(schema);
  const schemaWarnings: string[] = [];
  if (!validate(j)) {
    const errors = validate.errors ?? [];
    // SPDX 2.3 made these fields optional; tools that write 2.2 (syft, trivy) omit them
    // and the gate never reads them. Anything else is a real schema error.
    const lenient = schema === 'spdx-2.2' && errors.length > 0 && errors.every(relaxedIn23);
    if (!lenient) schemaError(doc, errors, what);
    const fields = [...new Set(errors.map((e) => String(e.params.missingProperty)))];
    schemaWarnings.push(
      `${errors.length} element(s) lack ${fields.join(', ')}: required by the SPDX 2.2 schema, optional since SPDX 2.3, not read by this gate`
    );
  }
  const base = j.bomFormat === 'CycloneDX' ? fromCyclonedx(doc, j) : fromSpdx(doc, j);
  const index = new Map<string, SbomComponent[]>();
  const refs = new Map<string, SbomComponent>();
  for (const c of [...base.components, ...base.subject]) {
    for (const k of c.keys) {
      const list = index.get(k);
      if (list) list.push(c);
      else index.set(k, [c]);
    }
    if (c.ref) refs.set(c.ref, c);
  }
  return { ...base, index, refs, schemaWarnings };
}

/** The SBOM components a package is, by its strongest key that the SBOM knows. */
export function lookupComponent(sbom: Sbom, keys: string[]): SbomComponent | undefined {
  for (const k of keys) {
    const hit = sbom.index.get(k);
    if (hit) return hit[0];
  }
  return undefined;
}
