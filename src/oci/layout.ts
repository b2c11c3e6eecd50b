/**
 * An OCI image-layout directory (`oci-layout`, `index.json`, `blobs/<alg>/<hex>`) as a content
 * source: tags are `org.opencontainers.image.ref.name` annotations of index.json, and the
 * referrers of a digest are the manifests reachable from index.json whose `subject` is it.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FileReadError, readRegularFile } from '../core/read-file.js';
import { digestOf, encoded, isDigest } from './digest.js';
import {
  ContentError,
  declaredArtifactType,
  isIndex,
  parseManifest,
  type Descriptor,
  type FetchedManifest,
  type Manifest
} from './manifest.js';
import { ANNOTATION_REF_NAME, MAX_MANIFEST_BYTES } from './media-types.js';
import type { ContentSource, ReferrersListing, RequestRecord } from './source.js';

export class LayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LayoutError';
  }
}

/**
 * A layout file through the one bounded reader: a FIFO, device or directory where a blob should
 * be (or a symlink to one) is refused on the open descriptor, and the limit holds while reading.
 * A missing file is `undefined` (a blob the layout does not have); over the limit is ContentError.
 */
function readLayoutFile(file: string, max: number, what: string): Uint8Array | undefined {
  try {
    return readRegularFile(file, { maxBytes: max, what: `input 'oci-layout': ${what}` });
  } catch (err) {
    if (err instanceof FileReadError && err.code === 'ENOENT') return undefined;
    if (err instanceof FileReadError && err.code === 'too-large') {
      throw new ContentError(`${what}: ${err.message}`);
    }
    throw err;
  }
}

export class LayoutSource implements ContentSource {
  readonly requests: RequestRecord[] = [];
  readonly location: string;
  private readonly root: string;
  private index?: Manifest;

  constructor(dir: string) {
    this.root = resolve(dir);
    this.location = `oci-layout:${this.root}`;
    if (!existsSync(join(this.root, 'index.json'))) {
      throw new LayoutError(`${this.root} is not an OCI image layout: it has no index.json`);
    }
  }

  private note(path: string, status: number, t0: number): void {
    this.requests.push({ method: 'READ', path, status, ms: Math.round(performance.now() - t0) });
  }

  private topIndex(): Manifest {
    if (!this.index) {
      const t0 = performance.now();
      const bytes = readLayoutFile(join(this.root, 'index.json'), MAX_MANIFEST_BYTES, 'index.json');
      if (!bytes) throw new LayoutError(`${this.root} has no index.json`);
      this.note('index.json', 200, t0);
      this.index = parseManifest(bytes, `${this.root}/index.json`);
      if (!this.index.manifests)
        throw new ContentError(`${this.root}/index.json has no manifests list`);
    }
    return this.index;
  }

  private blobPath(digest: string): string {
    return join(this.root, 'blobs', digest.split(':')[0], encoded(digest));
  }

  private readBlob(digest: string, max: number): Uint8Array | undefined {
    const file = this.blobPath(digest);
    const t0 = performance.now();
    const bytes = readLayoutFile(file, max, `blob ${digest}`);
    if (!bytes) {
      this.note(`blobs/${digest.replace(':', '/')}`, 404, t0);
      return undefined;
    }
    this.note(`blobs/${digest.replace(':', '/')}`, 200, t0);
    const computed = digestOf(bytes, digest);
    if (computed !== digest) {
      throw new ContentError(
        `blob ${digest} in ${this.root}: digest mismatch: the file hashes to ${computed}`
      );
    }
    return bytes;
  }

  async manifest(reference: string): Promise<FetchedManifest | undefined> {
    let digest = reference;
    if (!isDigest(reference)) {
      const named = (this.topIndex().manifests ?? []).filter(
        (d) => d.annotations?.[ANNOTATION_REF_NAME] === reference
      );
      const digests = [...new Set(named.map((d) => d.digest))];
      if (digests.length === 0) return undefined;
      if (digests.length > 1) {
        // Which one is "the image"? Taking the first would let whoever orders index.json choose.
        throw new LayoutError(
          `${this.root}/index.json: the tag '${reference}' (${ANNOTATION_REF_NAME}) names ${digests.length} different manifests: ${digests.join(', ')}; a tag must name one manifest`
        );
      }
      digest = digests[0];
    }
    const bytes = this.readBlob(digest, MAX_MANIFEST_BYTES);
    if (!bytes) return undefined;
    const manifest = parseManifest(bytes, `manifest ${digest}`);
    return { digest, mediaType: manifest.mediaType ?? '', size: bytes.byteLength, manifest };
  }

  async blob(d: Descriptor, maxBytes: number): Promise<Uint8Array> {
    if (d.size > maxBytes) {
      throw new ContentError(
        `blob ${d.digest} is ${d.size} bytes, more than the limit of ${maxBytes}`
      );
    }
    const bytes = this.readBlob(d.digest, maxBytes);
    if (!bytes) throw new ContentError(`blob ${d.digest} is missing from ${this.root}`);
    if (bytes.byteLength !== d.size) {
      throw new ContentError(
        `blob ${d.digest}: size mismatch: the descriptor says ${d.size}, the file has ${bytes.byteLength}`
      );
    }
    return bytes;
  }

  /** Manifests named by index.json and by the indexes it names (one level), with their subjects. */
  async referrers(digest: string, artifactType?: string): Promise<ReferrersListing> {
    const found = new Map<string, Descriptor>();
    const visit = (entries: Descriptor[], depth: number): void => {
      for (const d of entries) {
        if (found.has(d.digest)) continue;
        const bytes = this.readBlob(d.digest, MAX_MANIFEST_BYTES);
        if (!bytes) continue;
        const m = parseManifest(bytes, `manifest ${d.digest}`);
        if (m.subject?.digest === digest) {
          const at = declaredArtifactType(m);
          if (!artifactType || at === artifactType) {
            found.set(d.digest, {
              mediaType: m.mediaType ?? d.mediaType,
              digest: d.digest,
              size: bytes.byteLength,
              ...(at ? { artifactType: at } : {}),
              ...(m.annotations ? { annotations: m.annotations } : {})
            });
          }
        }
        if (isIndex(m) && depth < 1 && m.manifests) visit(m.manifests, depth + 1);
      }
    };
    visit(this.topIndex().manifests ?? [], 0);
    return {
      supported: true,
      descriptors: [...found.values()],
      filtered: artifactType ? true : undefined,
      pages: 1
    };
  }
}
