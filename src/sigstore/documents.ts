/**
 * Reads what users hand in as "the bundle": one Sigstore bundle (v0.1–v0.3), JSONL of bundles
 * (`gh attestation download`, slsa-github-generator), an npm attestations document or a GitHub
 * attestations API response (`{"attestations":[{bundle, …}]}`). A bare DSSE envelope is refused
 * with what it lacks. Every JSON value is parsed strictly: a duplicate key is refused, naming it.
 */
import { JsonDocumentError, parseJsonOrJsonLines } from '../core/strict-json.js';

export interface BundleItem {
  /** `file`, `file:3` (JSONL line) or `file#attestations[1]`. */
  origin: string;
  json: Record<string, unknown>;
  /** The predicate type the container declared (npm documents), when any. */
  declaredPredicateType?: string;
}

/** The document cannot be read as bundles; the message names the place and the fix. */
export class DocumentError extends Error {
  override name = 'DocumentError';
  constructor(
    message: string,
    readonly help: string
  ) {
    super(message);
  }
}

const BUNDLE_MEDIA =
  /^application\/vnd\.dev\.sigstore\.bundle(\.v0\.[1-3])?\+json(;version=0\.[1-3])?$/;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function bareDsseError(origin: string, env: Record<string, unknown>): DocumentError {
  const sigs = Array.isArray(env.signatures) ? env.signatures.length : 0;
  return new DocumentError(
    `${origin}: a bare DSSE envelope (payloadType ${JSON.stringify(env.payloadType)}, ${sigs} signature${sigs === 1 ? '' : 's'}), not a Sigstore bundle: it carries no verification material — no Fulcio certificate chain and no Rekor transparency-log entry (inclusion proof or signed entry timestamp) — so it cannot be verified offline`,
    'slsa-verifier looks such envelopes up in Rekor over the network. Use a Sigstore bundle instead: slsa-github-generator ≥ v2.1.0 and actions/attest write them (*.sigstore, *.intoto.jsonl bundles), and `gh attestation download` fetches them.'
  );
}

function classify(origin: string, doc: unknown, out: BundleItem[], depth = 0): void {
  if (!isObject(doc)) {
    throw new DocumentError(
      `${origin}: expected a JSON object (a Sigstore bundle or {"attestations":[…]}), got ${Array.isArray(doc) ? 'an array' : typeof doc}`,
      'Pass a Sigstore bundle, a JSONL file of bundles, or an npm/GitHub attestations document.'
    );
  }
  if (typeof doc.mediaType === 'string' && BUNDLE_MEDIA.test(doc.mediaType)) {
    out.push({ origin, json: doc });
    return;
  }
  if (Array.isArray(doc.attestations) && depth === 0) {
    if (doc.attestations.length === 0) {
      throw new DocumentError(
        `${origin}: 'attestations' is empty`,
        'The document holds no attestation to verify.'
      );
    }
    doc.attestations.forEach((a, i) => {
      const where = `${origin}#attestations[${i}]`;
      if (!isObject(a) || !isObject(a.bundle)) {
        const hasUrl = isObject(a) && typeof a.bundle_url === 'string';
        throw new DocumentError(
          `${where}: no inline 'bundle'${hasUrl ? ' (only a bundle_url, which this offline gate does not download)' : ''}`,
          'Each entry must carry the Sigstore bundle inline, as npm and the GitHub attestations API return it.'
        );
      }
      const before = out.length;
      classify(where, a.bundle, out, depth + 1);
      if (typeof a.predicateType === 'string') {
        for (const item of out.slice(before)) item.declaredPredicateType = a.predicateType;
      }
    });
    return;
  }
  if (typeof doc.payloadType === 'string' && 'signatures' in doc) throw bareDsseError(origin, doc);
  if (typeof doc.mediaType === 'string') {
    throw new DocumentError(
      `${origin}: unsupported mediaType '${doc.mediaType}'`,
      'Supported: application/vnd.dev.sigstore.bundle+json;version=0.1 / 0.2 / 0.3 and application/vnd.dev.sigstore.bundle.v0.3+json.'
    );
  }
  throw new DocumentError(
    `${origin}: not a Sigstore bundle (no mediaType), an attestations document or a DSSE envelope; top-level keys: ${Object.keys(doc).slice(0, 8).join(', ') || '(none)'}`,
    'Pass a Sigstore bundle, a JSONL file of bundles, or an npm/GitHub attestations document.'
  );
}

/** Split a document's text into bundles. `name` is how the file is shown in messages. */
export function readBundleDocument(name: string, text: string): BundleItem[] {
  let records;
  try {
    records = parseJsonOrJsonLines(text, name);
  } catch (err) {
    if (!(err instanceof JsonDocumentError)) throw err;
    throw new DocumentError(
      err.message,
      err.pointer !== undefined
        ? 'A bundle with a repeated key means different things to different verifiers; pass the bundle the build wrote.'
        : /the file is empty$/.test(err.message)
          ? 'Pass the bundle file the build wrote.'
          : 'A bundle file is one JSON object, or one JSON object per line (JSONL).'
    );
  }
  const out: BundleItem[] = [];
  for (const r of records) {
    classify(r.line === undefined || r.of === 1 ? name : `${name}:${r.line}`, r.value, out);
  }
  return out;
}
