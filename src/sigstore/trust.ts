/** Trust material for offline verification: a pinned or user-given trusted_root.json, plus npm keys. */
import { createPublicKey } from 'node:crypto';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import {
  toTrustMaterial,
  Verifier,
  type TrustMaterial,
  type VerifierOptions
} from '@sigstore/verify';
import { JsonDocumentError, parseJsonOrJsonLines } from '../core/strict-json.js';
import {
  NPM_REGISTRY_KEYS,
  PUBLIC_GOOD_SOURCE,
  PUBLIC_GOOD_TRUSTED_ROOT
} from './public-good.generated.js';

export interface TrustSummary {
  source: string;
  certificateAuthorities: number;
  tlogs: number;
  ctlogs: number;
  timestampAuthorities: number;
  npmKeys: number;
}

export interface LoadedTrust {
  material: TrustMaterial;
  summary: TrustSummary;
  /**
   * Evidence each bundle must carry under this root: a root with transparency logs requires a
   * tlog entry, one with CT logs an SCT; every bundle needs one verified timestamp. GitHub's
   * private-repository instance has neither (RFC 3161 timestamps only).
   */
  options: VerifierOptions;
  verifier: Verifier;
}

/** The trusted root's JSON is not usable: says which field is wrong. */
export class TrustRootError extends Error {
  override name = 'TrustRootError';
}

interface NpmKey {
  keyId: string;
  keyUsage: string;
  publicKey: { rawBytes: string; validFor?: { start?: string; end?: string } };
}

function npmKeysOf(doc: unknown): NpmKey[] {
  const keys = (doc as { keys?: unknown })?.keys;
  if (!Array.isArray(keys)) return [];
  return keys.filter(
    (k): k is NpmKey =>
      typeof k === 'object' &&
      k !== null &&
      typeof (k as NpmKey).keyId === 'string' &&
      typeof (k as NpmKey).publicKey?.rawBytes === 'string'
  );
}

/** The npm registry's attestation keys as a sigstore-js key finder, by key id hint. */
function npmKeyFinder(keys: NpmKey[]) {
  const usable = keys.filter((k) => k.keyUsage === 'npm:attestations');
  return (hint: string) => {
    const key = usable.find((k) => k.keyId === hint);
    if (!key) {
      throw new Error(
        `no trusted npm attestation key has key id '${hint}' (known: ${usable.map((k) => k.keyId).join(', ')})`
      );
    }
    const start = key.publicKey.validFor?.start
      ? new Date(key.publicKey.validFor.start)
      : undefined;
    const end = key.publicKey.validFor?.end ? new Date(key.publicKey.validFor.end) : undefined;
    return {
      publicKey: createPublicKey({
        key: Buffer.from(key.publicKey.rawBytes, 'base64'),
        format: 'der',
        type: 'spki'
      }),
      validFor: (date: Date) => (!start || date >= start) && (!end || date <= end)
    };
  };
}

/** Build sigstore-js trust material from a trusted_root.json document. */
export function trustFromJSON(
  root: unknown,
  source: string,
  npmKeys: unknown = NPM_REGISTRY_KEYS
): LoadedTrust {
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    throw new TrustRootError(`${source}: a trusted_root.json is a JSON object`);
  }
  const r = root as Record<string, unknown>;
  const count = (k: string) => (Array.isArray(r[k]) ? (r[k] as unknown[]).length : 0);
  for (const k of ['certificateAuthorities', 'tlogs', 'ctlogs', 'timestampAuthorities']) {
    if (r[k] !== undefined && !Array.isArray(r[k]))
      throw new TrustRootError(`${source}: '${k}' must be a list`);
  }
  if (count('certificateAuthorities') + count('timestampAuthorities') + count('tlogs') === 0) {
    throw new TrustRootError(
      `${source}: no certificateAuthorities, tlogs or timestampAuthorities — nothing could ever verify`
    );
  }
  let parsed: TrustedRoot;
  try {
    parsed = TrustedRoot.fromJSON(root);
  } catch (err) {
    throw new TrustRootError(`${source}: not a Sigstore trusted root: ${(err as Error).message}`);
  }
  const keys = npmKeysOf(npmKeys);
  let material: TrustMaterial;
  try {
    material = toTrustMaterial(parsed, npmKeyFinder(keys));
  } catch (err) {
    throw new TrustRootError(`${source}: unusable key material: ${(err as Error).message}`);
  }
  const options: VerifierOptions = {
    tlogThreshold: count('tlogs') > 0 ? 1 : 0,
    ctlogThreshold: count('ctlogs') > 0 ? 1 : 0,
    timestampThreshold: 1
  };
  return {
    material,
    options,
    verifier: new Verifier(material, options),
    summary: {
      source,
      certificateAuthorities: count('certificateAuthorities'),
      tlogs: count('tlogs'),
      ctlogs: count('ctlogs'),
      timestampAuthorities: count('timestampAuthorities'),
      npmKeys: keys.filter((k) => k.keyUsage === 'npm:attestations').length
    }
  };
}

let publicGood: LoadedTrust | undefined;

/** The Sigstore public-good root pinned at build time from @sigstore/tuf's seeds. */
export function publicGoodTrust(): LoadedTrust {
  publicGood ??= trustFromJSON(
    PUBLIC_GOOD_TRUSTED_ROOT,
    `public-good (pinned from ${PUBLIC_GOOD_SOURCE.package}, sha256 ${PUBLIC_GOOD_SOURCE.trustedRootSha256.slice(0, 12)}…)`
  );
  return publicGood;
}

/**
 * Trusted roots from a file: one trusted_root.json, or JSON Lines of them as
 * `gh attestation trusted-root` prints (public good plus GitHub's own instance).
 */
export function trustFromText(text: string, source: string): LoadedTrust[] {
  let records;
  try {
    records = parseJsonOrJsonLines(text, source);
  } catch (err) {
    if (err instanceof JsonDocumentError) throw new TrustRootError(err.message);
    throw err;
  }
  return records.map((r) =>
    trustFromJSON(r.value, r.line === undefined || r.of === 1 ? source : `${source}:${r.line}`)
  );
}
