/**
 * The release evidence, read for the fields a pipeline_run record carries from it: top-level
 * `image_digest` (`sha256:<64 hex>`), `sbom_uri`, `provenance_uri`, `signature_uri` and
 * `release_evidence_uri` (absolute URIs); null or absent means "none". The document is
 * evidence-bundle's `release-evidence.json` (schema/release-evidence.v1.json, the predicate), or
 * the in-toto Statement around it; a signed Sigstore bundle is refused with a pointer to the
 * predicate (its signature is evidence-verify's business, not a telemetry recorder's). Other
 * fields are ignored; a field of the wrong shape is an error (the record would fail its schema
 * anyway — here it names the file and the field).
 */
import { GateError } from '../core/errors.js';
import { readRegularTextFile } from '../core/read-file.js';
import { parseStrictJson } from '../core/strict-json.js';

export const EVIDENCE_FIELDS = [
  'image_digest',
  'sbom_uri',
  'provenance_uri',
  'signature_uri',
  'release_evidence_uri'
] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];
export type EvidenceLinks = Partial<Record<EvidenceField, string>>;

function isUri(v: string): boolean {
  try {
    return /^[a-z][a-z0-9+.-]*:/i.test(v) && new URL(v).protocol !== '';
  } catch {
    return false;
  }
}

export function evidenceLinks(doc: unknown, shown: string): EvidenceLinks {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new GateError(
      `evidence bundle ${shown} is not a JSON object`,
      'Pass the evidence bundle JSON the release wrote.'
    );
  let d = doc as Record<string, unknown>;
  if (
    typeof d.mediaType === 'string' &&
    d.mediaType.startsWith('application/vnd.dev.sigstore.bundle')
  )
    throw new GateError(
      `evidence bundle ${shown} is a signed Sigstore bundle, not the release evidence itself`,
      "Pass evidence-bundle's release-evidence.json (in its evidence-dir) to 'evidence-bundle'; verify the signed bundle with evidence-verify."
    );
  if (d._type === 'https://in-toto.io/Statement/v1') {
    const predicate = d.predicate;
    if (typeof predicate !== 'object' || predicate === null || Array.isArray(predicate))
      throw new GateError(
        `evidence bundle ${shown}: the in-toto Statement has no predicate object`,
        'Pass the release-evidence.json evidence-bundle wrote.'
      );
    d = predicate as Record<string, unknown>;
  }
  const out: EvidenceLinks = {};
  for (const k of EVIDENCE_FIELDS) {
    const v = d[k];
    if (v === undefined || v === null) continue;
    const ok =
      typeof v === 'string' &&
      (k === 'image_digest' ? /^sha256:[0-9a-fA-F]{64}$/.test(v) : isUri(v));
    if (!ok)
      throw new GateError(
        `evidence bundle ${shown}: ${k} ${k === 'image_digest' ? 'must be sha256:<64 hex digits>' : 'must be an absolute URI'} (is ${JSON.stringify(v).slice(0, 80)})`,
        'Fix the evidence bundle (docs/gates/pipeline-run.md lists the fields read).'
      );
    out[k] = v;
  }
  return out;
}

export function readEvidenceBundle(file: string, shown = file): EvidenceLinks {
  const text = readRegularTextFile(file, {
    maxBytes: 16 * 1024 * 1024,
    what: "input 'evidence-bundle'"
  });
  return evidenceLinks(parseStrictJson(text, `evidence bundle ${shown}`), shown);
}
