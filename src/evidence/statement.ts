/** The in-toto Statement around the release evidence, and its strict reading back. */
import { JsonDocumentError, parseStrictJsonBytes } from '../core/strict-json.js';
import { canonicalBytes } from './canonical.js';
import {
  PREDICATE_TYPE,
  STATEMENT_TYPE,
  type ReleaseEvidence,
  type Statement,
  type Subject
} from './format.js';

export class StatementError extends Error {
  override name = 'StatementError';
}

const SHA256 = /^[0-9a-f]{64}$/;

export function makeStatement(subjects: Subject[], evidence: ReleaseEvidence): Buffer {
  if (subjects.length === 0) throw new StatementError('a statement needs at least one subject');
  const sorted = [...subjects].sort((a, b) =>
    a.name === b.name ? (a.digest.sha256 < b.digest.sha256 ? -1 : 1) : a.name < b.name ? -1 : 1
  );
  const statement: Statement = {
    _type: STATEMENT_TYPE,
    subject: sorted,
    predicateType: PREDICATE_TYPE,
    predicate: evidence
  };
  return canonicalBytes(statement);
}

/** Parse a DSSE payload as an in-toto Statement v1 (strict JSON; shape checked). */
export function parseStatement(payload: Uint8Array): Statement {
  let doc: unknown;
  try {
    doc = parseStrictJsonBytes(payload, 'the signed statement');
  } catch (err) {
    if (err instanceof JsonDocumentError) throw new StatementError(err.message);
    throw err;
  }
  const s = doc as Partial<Statement> | null;
  if (typeof s !== 'object' || s === null || Array.isArray(s))
    throw new StatementError('the signed payload is not a JSON object');
  if (s._type !== STATEMENT_TYPE)
    throw new StatementError(
      `statement _type is ${JSON.stringify(s._type)}; expected ${STATEMENT_TYPE}`
    );
  if (!Array.isArray(s.subject) || s.subject.length === 0)
    throw new StatementError('the statement has no subject');
  for (const sub of s.subject as unknown[]) {
    const x = sub as Partial<Subject> | null;
    if (
      typeof x !== 'object' ||
      x === null ||
      typeof x.name !== 'string' ||
      typeof x.digest !== 'object' ||
      x.digest === null
    )
      throw new StatementError('a statement subject lacks name or digest');
  }
  if (typeof s.predicateType !== 'string')
    throw new StatementError('the statement has no predicateType');
  return s as Statement;
}

/** `sha256:<hex>` or a bare 64-hex digest → the hex, else undefined. */
export function sha256Hex(digest: string): string | undefined {
  const hex = digest.startsWith('sha256:') ? digest.slice(7) : digest;
  return SHA256.test(hex) ? hex : undefined;
}

export function subjectHasDigest(s: Statement, hex: string): boolean {
  return s.subject.some((x) => x.digest.sha256 === hex);
}
