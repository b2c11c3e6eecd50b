/** Image references: `registry/repository[:tag][@digest]`, normalised the way docker and oras do. */
import { isDigest } from './digest.js';

export interface ImageReference {
  /** Host[:port] as written (docker.io for Docker Hub). */
  registry: string;
  /** Host[:port] the API is served on. */
  apiHost: string;
  repository: string;
  tag?: string;
  digest?: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** Parse a reference; returns a reason string instead of throwing when it is malformed. */
export function parseReference(text: string): ImageReference | string {
  const ref = text.trim();
  if (ref === '') return 'the reference is empty';
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(digest)) return `'${digest}' is not a digest (expected sha256:<64 hex>)`;
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return `'${tag}' is not a valid tag`;
  }
  const parts = rest.split('/');
  let registry = 'docker.io';
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost')) {
    registry = parts.shift() as string;
  }
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = 'docker.io';
  if (registry === 'docker.io' && parts.length === 1) parts.unshift('library');
  for (const p of parts) {
    if (!COMPONENT.test(p)) return `'${p}' is not a valid repository path component`;
  }
  if (!tag && !digest) return 'give a digest (@sha256:…) or a tag';
  return {
    registry,
    apiHost: registry === 'docker.io' ? 'registry-1.docker.io' : registry,
    repository: parts.join('/'),
    tag,
    digest
  };
}

export function formatReference(ref: ImageReference, digest = ref.digest): string {
  return `${ref.registry}/${ref.repository}${digest ? `@${digest}` : `:${ref.tag}`}`;
}

/** Hosts that may be spoken to over plain HTTP (`insecure: true`). */
export function isLoopbackHost(apiHost: string): boolean {
  const bracketed = /^\[(.*)\](:\d+)?$/.exec(apiHost);
  const host = bracketed ? bracketed[1] : apiHost.replace(/:\d+$/, '');
  return host === '127.0.0.1' || host === 'localhost' || host === '::1';
}
