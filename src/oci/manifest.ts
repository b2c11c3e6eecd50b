/** Manifests and descriptors, parsed defensively from bytes the registry sent. */
import { parseStrictJsonBytes } from '../core/strict-json.js';
import { isDigest } from './digest.js';
import { INDEX_TYPES, OCI_EMPTY } from './media-types.js';

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
  platform?: { os?: string; architecture?: string; variant?: string };
  data?: string;
}

export interface Manifest {
  schemaVersion?: number;
  mediaType?: string;
  artifactType?: string;
  config?: Descriptor;
  layers?: Descriptor[];
  manifests?: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

/** A manifest as fetched: its verified digest, its exact bytes and the parsed document. */
export interface FetchedManifest {
  digest: string;
  mediaType: string;
  size: number;
  manifest: Manifest;
}

export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringMap(v: unknown): Record<string, string> | undefined {
  if (!isRecord(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
}

/** A descriptor, or a reason it is not one. */
export function parseDescriptor(v: unknown): Descriptor | string {
  if (!isRecord(v)) return 'a descriptor is not an object';
  const { mediaType, digest, size } = v;
  if (typeof mediaType !== 'string' || mediaType === '') return 'a descriptor has no mediaType';
  if (typeof digest !== 'string' || !isDigest(digest)) {
    return `a descriptor has an invalid digest '${String(digest)}'`;
  }
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
    return `descriptor ${digest} has an invalid size`;
  }
  const d: Descriptor = { mediaType, digest, size };
  if (typeof v.artifactType === 'string') d.artifactType = v.artifactType;
  const annotations = stringMap(v.annotations);
  if (annotations) d.annotations = annotations;
  if (isRecord(v.platform)) d.platform = v.platform as Descriptor['platform'];
  if (typeof v.data === 'string') d.data = v.data;
  return d;
}

function descriptorList(v: unknown, field: string, where: string): Descriptor[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) throw new ContentError(`${where}: '${field}' is not a list`);
  return v.map((x, i) => {
    const d = parseDescriptor(x);
    if (typeof d === 'string') throw new ContentError(`${where}: ${field}[${i}]: ${d}`);
    return d;
  });
}

/** Parse manifest bytes; throws ContentError naming `where` when they are not a manifest. */
export function parseManifest(bytes: Uint8Array, where: string, contentType?: string): Manifest {
  let doc: unknown;
  try {
    // Strict: two `subject`s or two `layers` in one manifest read differently to different
    // clients (JSON.parse keeps the last), so a duplicate key is refused, naming it.
    doc = parseStrictJsonBytes(bytes, where);
  } catch (err) {
    throw new ContentError((err as Error).message.slice(0, 300));
  }
  if (!isRecord(doc)) throw new ContentError(`${where}: not a JSON object`);
  const m: Manifest = {};
  if (typeof doc.schemaVersion === 'number') m.schemaVersion = doc.schemaVersion;
  if (m.schemaVersion !== 2) {
    throw new ContentError(`${where}: schemaVersion is ${String(doc.schemaVersion)}, expected 2`);
  }
  if (typeof doc.mediaType === 'string') m.mediaType = doc.mediaType;
  else if (contentType) m.mediaType = contentType.split(';')[0].trim();
  if (typeof doc.artifactType === 'string') m.artifactType = doc.artifactType;
  if (doc.config !== undefined) {
    const c = parseDescriptor(doc.config);
    if (typeof c === 'string') throw new ContentError(`${where}: config: ${c}`);
    m.config = c;
  }
  m.layers = descriptorList(doc.layers, 'layers', where);
  m.manifests = descriptorList(doc.manifests, 'manifests', where);
  if (doc.subject !== undefined) {
    const s = parseDescriptor(doc.subject);
    if (typeof s === 'string') throw new ContentError(`${where}: subject: ${s}`);
    m.subject = s;
  }
  const annotations = stringMap(doc.annotations);
  if (annotations) m.annotations = annotations;
  if (!m.mediaType) m.mediaType = m.manifests ? 'application/vnd.oci.image.index.v1+json' : '';
  return m;
}

export function isIndex(m: Manifest): boolean {
  return (
    INDEX_TYPES.has(m.mediaType ?? '') || (m.manifests !== undefined && m.layers === undefined)
  );
}

/** The artifact type a manifest declares: `artifactType`, else the config media type (the spec's rule). */
export function declaredArtifactType(m: Manifest): string | undefined {
  if (m.artifactType) return m.artifactType;
  if (isIndex(m)) return undefined;
  return m.config?.mediaType;
}

export function isEmptyType(t: string | undefined): boolean {
  return t === undefined || t === '' || t === OCI_EMPTY;
}
