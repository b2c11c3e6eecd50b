/** What a `uses:` value points at: a local action, the hub's own (`$/`), a Docker image or a repository. */
import { detached } from './detach.js';

export type UsesRef =
  | { kind: 'local'; raw: string }
  | { kind: 'hub'; raw: string }
  | { kind: 'docker'; raw: string; image: string; tag?: string; digest?: string }
  | { kind: 'repo'; raw: string; owner: string; repo: string; path?: string; ref?: string }
  | { kind: 'invalid'; raw: string; reason: string };

const FULL_SHA = /^[0-9a-f]{40}$/i;
const DIGEST = /^sha256:[0-9a-f]{64}$/i;

/** A full 40-hex commit SHA (upper case accepted, as GitHub does). */
export function isFullSha(ref: string | undefined): boolean {
  return ref !== undefined && FULL_SHA.test(ref);
}

export function isImageDigest(digest: string | undefined): boolean {
  return digest !== undefined && DIGEST.test(digest);
}

/** References already read (the same actions recur in every workflow); dropped whole when full. */
const PARSED = new Map<string, Readonly<UsesRef>>();
const MAX_PARSED = 16384;

/** What a `uses:` value points at. The result is shared between callers: never change it. */
export function parseUses(value: string): UsesRef {
  let ref = PARSED.get(value);
  if (!ref) {
    // Read from an own copy, so neither the key nor the parts keep a workflow's text alive.
    const own = detached(value);
    ref = Object.freeze(readUses(own));
    if (PARSED.size >= MAX_PARSED) PARSED.clear();
    PARSED.set(own, ref);
  }
  return ref;
}

function readUses(value: string): UsesRef {
  const raw = value.trim();
  if (raw.includes('${{')) {
    return { kind: 'invalid', raw, reason: 'uses: cannot hold an expression; GitHub rejects it' };
  }
  if (raw.startsWith('./') || raw === '.') return { kind: 'local', raw };
  if (raw.startsWith('$/')) return { kind: 'hub', raw };
  if (raw.toLowerCase().startsWith('docker://')) {
    const rest = raw.slice('docker://'.length);
    const at = rest.indexOf('@');
    const name = at >= 0 ? rest.slice(0, at) : rest;
    const digest = at >= 0 ? rest.slice(at + 1) : undefined;
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    const hasTag = colon > slash;
    return {
      kind: 'docker',
      raw,
      image: hasTag ? name.slice(0, colon) : name,
      tag: hasTag ? name.slice(colon + 1) : undefined,
      digest
    };
  }
  const at = raw.indexOf('@');
  const target = at >= 0 ? raw.slice(0, at) : raw;
  const ref = at >= 0 ? raw.slice(at + 1) : undefined;
  const parts = target.split('/');
  if (parts.length < 2 || parts.some((p) => p === '')) {
    return {
      kind: 'invalid',
      raw,
      reason: `'${raw}' is not owner/repo[/path]@ref, ./path or docker://image`
    };
  }
  return {
    kind: 'repo',
    raw,
    owner: parts[0],
    repo: parts[1],
    path: parts.length > 2 ? parts.slice(2).join('/') : undefined,
    ref: ref === '' ? undefined : ref
  };
}

/** `owner/repo[/path]` of a repository reference, as users write it in policies. */
export function usesTarget(ref: Extract<UsesRef, { kind: 'repo' }>): string {
  return [ref.owner, ref.repo, ...(ref.path ? [ref.path] : [])].join('/');
}
