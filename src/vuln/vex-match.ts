/**
 * Which VEX statements speak about a finding, and which one wins. A statement applies when it
 * names one of the finding's vulnerability ids and either (a) a product that is what the SBOM
 * describes (its subject, by purl or image digest, or a `product` the caller names) and — when
 * it lists subcomponents — one that is the finding's component, or (b) the component itself.
 * A VEX about another product never applies. The newest statement wins.
 */
import type { JoinedFinding } from './join.js';
import { keyVersion, parsePurl, PurlError, type Purl } from './purl.js';
import type { Sbom } from './sbom.js';
import type { ProductRef, VexStatement } from './vex.js';

export interface MatchContext {
  sbom: Sbom;
  /** Extra purls naming the released artifact (input `product`). */
  products: Purl[];
}

const IMAGE = new Set(['oci', 'docker']);
const IDENTITY_FREE = new Set(['repository_url', 'tag']);

/** Does the VEX purl `v` name the package `t`? A VEX purl without a version names every version. */
export function purlNames(v: Purl, t: Purl): boolean {
  if (IMAGE.has(v.type) && IMAGE.has(t.type) && v.version.startsWith('sha256:'))
    return v.version === t.version;
  if (v.type !== t.type || v.namespace !== t.namespace || v.name !== t.name) return false;
  if (v.version && keyVersion(v) !== keyVersion(t)) return false;
  for (const [k, val] of Object.entries(v.qualifiers)) {
    if (k === 'epoch') continue;
    if (IMAGE.has(v.type) && IDENTITY_FREE.has(k) && v.version.startsWith('sha256:')) continue;
    if (t.qualifiers[k] !== undefined && t.qualifiers[k] !== val) return false;
    if (t.qualifiers[k] === undefined && !(IMAGE.has(v.type) && k === 'tag')) return false;
  }
  return true;
}

function componentPurl(f: JoinedFinding): Purl | undefined {
  if (f.sbomComponent?.purl) return f.sbomComponent.purl;
  if (!f.component.purl) return undefined;
  try {
    return parsePurl(f.component.purl);
  } catch (err) {
    if (err instanceof PurlError) return undefined;
    throw err;
  }
}

function isSubject(ref: ProductRef, ctx: MatchContext): boolean {
  const { sbom } = ctx;
  if (ref.bomLink) {
    const serial = (sbom.serialNumber ?? '').toLowerCase().replace(/^urn:uuid:/, '');
    return (
      ref.bomLink.serial === serial &&
      (ref.bomLink.version === undefined || ref.bomLink.version === sbom.bomVersion) &&
      sbom.subject.some((s) => s.ref === ref.bomLink!.ref)
    );
  }
  if (ref.purl) {
    const p = ref.purl;
    if (
      IMAGE.has(p.type) &&
      p.version.startsWith('sha256:') &&
      sbom.subjectDigests.includes(p.version)
    )
      return true;
    return [...sbom.subject.map((s) => s.purl), ...ctx.products].some(
      (s) => s !== undefined && purlNames(p, s)
    );
  }
  return ref.raw !== '' && sbom.subject.some((s) => s.ref === ref.raw);
}

function isComponent(ref: ProductRef, f: JoinedFinding, ctx: MatchContext): boolean {
  const c = f.sbomComponent;
  if (ref.bomLink) {
    const serial = (ctx.sbom.serialNumber ?? '').toLowerCase().replace(/^urn:uuid:/, '');
    if (ref.bomLink.serial !== serial) return false;
    if (ref.bomLink.version !== undefined && ref.bomLink.version !== ctx.sbom.bomVersion)
      return false;
    return c !== undefined && c.ref === ref.bomLink.ref;
  }
  if (ref.purl) {
    const t = componentPurl(f);
    return t !== undefined && purlNames(ref.purl, t);
  }
  return c !== undefined && ref.raw !== '' && c.ref === ref.raw;
}

export function statementApplies(s: VexStatement, f: JoinedFinding, ctx: MatchContext): boolean {
  for (const p of s.products) {
    if (isSubject(p, ctx)) {
      if (p.subcomponents.length === 0 || p.subcomponents.some((sc) => isComponent(sc, f, ctx)))
        return true;
    } else if (p.subcomponents.length === 0 && isComponent(p, f, ctx)) return true;
  }
  return false;
}

/** Statements indexed by every vulnerability id (upper-cased) they name. */
export function indexStatements(statements: VexStatement[]): Map<string, VexStatement[]> {
  const idx = new Map<string, VexStatement[]>();
  for (const s of statements) {
    for (const id of new Set(s.aliases.map((a) => a.toUpperCase()))) {
      const list = idx.get(id);
      if (list) list.push(s);
      else idx.set(id, [s]);
    }
  }
  return idx;
}

export interface Selection {
  /** The winning statement (newest), if any applies. */
  winner?: VexStatement;
  /** Several statements share the newest time but say different things. */
  conflict: VexStatement[];
  considered: number;
}

export function selectStatement(
  f: JoinedFinding,
  idx: Map<string, VexStatement[]>,
  ctx: MatchContext
): Selection {
  const seen = new Set<VexStatement>();
  for (const id of f.ids) for (const s of idx.get(id) ?? []) seen.add(s);
  const applicable = [...seen].filter((s) => statementApplies(s, f, ctx));
  if (applicable.length === 0) return { conflict: [], considered: 0 };
  const t = (s: VexStatement) => s.timestamp?.getTime() ?? -Infinity;
  applicable.sort((a, b) => t(b) - t(a));
  const top = applicable.filter((s) => t(s) === t(applicable[0]));
  const statuses = new Set(top.map((s) => s.status));
  return {
    winner: applicable[0],
    conflict: statuses.size > 1 ? top : [],
    considered: applicable.length
  };
}
