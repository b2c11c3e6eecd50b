/** Drill evidence documents (schema/dr-freshness-evidence.v1.json): read, validate, extract. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { describeSchemaErrors, schemaValidator } from '../core/schemas.js';
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

/** Parse and validate evidence text; `source` names it in every problem. */
export function parseEvidence(text: string, source: string): EvidenceParse {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, problems: [`${source} is not valid JSON: ${(err as Error).message}`] };
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

/** Read a regular file of at most `max` bytes without reading more than that. */
export function readFileBounded(file: string, max: number): string {
  const fd = openSync(file, 'r');
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new Error(`${file} is not a regular file`);
    if (st.size > max)
      throw new Error(`${file} is ${st.size} bytes; evidence files are limited to ${max} bytes`);
    const buf = Buffer.alloc(Math.min(st.size, max) + 1);
    let n = 0;
    for (let r = -1; r !== 0 && n < buf.length; n += r)
      r = readSync(fd, buf, n, buf.length - n, null);
    if (n > st.size) throw new Error(`${file} changed while being read`);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
