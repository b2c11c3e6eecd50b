/** Drill evidence documents (schema/dr-freshness-evidence.v1.json): read, validate, extract. */
import { describeSchemaErrors, loadSchemaValidators, schemaValidator } from '../core/schemas.js';
import { errorMessage } from '../core/errors.js';
import { parseStrictJson } from '../core/strict-json.js';
import type { DrillFacts } from './budget.js';

export const EVIDENCE_SCHEMA = 'dr-freshness-evidence.v1.json';
/** Drill evidence is a few hundred bytes; anything over this is not evidence. */
export const MAX_EVIDENCE_BYTES = 1024 * 1024;

export interface DrillEvidence {
  drill: {
    last_success_rfc3339: string;
    type: string;
    rpo_s: number;
    rto_s: number;
    result: string;
  };
}

export type EvidenceParse =
  { ok: true; evidence: DrillEvidence } | { ok: false; problems: string[] };

/** Load the validator of schema/dr-freshness-evidence.v1.json (in a bundle, its chunk); await it before `parseEvidence`. */
export function loadEvidenceValidator(): Promise<void> {
  return loadSchemaValidators(EVIDENCE_SCHEMA);
}

/**
 * Parse and validate evidence text; `source` names it in every problem. A duplicate key
 * (`"result":"fail","result":"pass"`) is refused: readers would disagree on the drill's result.
 */
export function parseEvidence(text: string, source: string): EvidenceParse {
  let doc: unknown;
  try {
    doc = parseStrictJson(text, source);
  } catch (err) {
    return { ok: false, problems: [errorMessage(err)] };
  }
  const validate = schemaValidator(EVIDENCE_SCHEMA);
  if (!validate(doc)) {
    return {
      ok: false,
      problems: describeSchemaErrors(validate.errors).map(
        (p) => `${source}: ${p.replace(/^\/drill\//, 'drill.').replace(/^\/drill:/, 'drill:')}`
      )
    };
  }
  return { ok: true, evidence: doc as DrillEvidence };
}

export function factsOf(evidence: DrillEvidence): DrillFacts {
  const d = evidence.drill;
  return {
    lastSuccess: d.last_success_rfc3339,
    lastSuccessField: 'drill.last_success_rfc3339',
    type: d.type,
    result: d.result,
    rpoS: d.rpo_s,
    rtoS: d.rto_s
  };
}
