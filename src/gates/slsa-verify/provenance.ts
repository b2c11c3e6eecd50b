/** The in-toto statement and the SLSA provenance fields the gate compares with the certificate. */

import { parseStrictJsonBytes } from '../../core/strict-json.js';

export const SLSA_V1 = 'https://slsa.dev/provenance/v1';
export const SLSA_V02 = 'https://slsa.dev/provenance/v0.2';
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v0.1', 'https://in-toto.io/Statement/v1'];
export const IN_TOTO_PAYLOAD = 'application/vnd.in-toto+json';

export interface Subject {
  name: string;
  digest: Record<string, string>;
}

export interface Statement {
  predicateType: string;
  subjects: Subject[];
  predicate: Record<string, unknown>;
}

/** What the provenance claims about where and how it was built. */
export interface ProvenanceClaims {
  version: 'v1' | 'v0.2' | 'other';
  buildType?: string;
  builderId?: string;
  /** v1 externalParameters.workflow / v0.2 configSource, normalised. */
  repository?: string;
  ref?: string;
  path?: string;
  /** v0.2 entryPoint as written. */
  entryPoint?: string;
  /** The source commit the provenance claims (v1 resolvedDependencies / v0.2 configSource.digest). */
  sourceDigest?: string;
}

export class StatementError extends Error {
  override name = 'StatementError';
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Parse a DSSE payload as an in-toto statement; throws StatementError naming the problem. */
export function parseStatement(payloadType: string | undefined, payload: Buffer): Statement {
  if (payloadType !== IN_TOTO_PAYLOAD) {
    throw new StatementError(
      `DSSE payloadType: expected ${IN_TOTO_PAYLOAD}, got ${JSON.stringify(payloadType)}`
    );
  }
  let doc: unknown;
  try {
    // Strict: a statement with a repeated key (two `subject`s, two `predicateType`s) reads
    // differently to different verifiers, so it is refused, naming the key.
    doc = parseStrictJsonBytes(payload, 'the signed payload');
  } catch (err) {
    throw new StatementError((err as Error).message);
  }
  const st = obj(doc);
  if (!st) throw new StatementError('the signed payload is not a JSON object');
  if (!STATEMENT_TYPES.includes(String(st._type))) {
    throw new StatementError(
      `statement _type: expected one of ${STATEMENT_TYPES.join(', ')}, got ${JSON.stringify(st._type)}`
    );
  }
  if (typeof st.predicateType !== 'string')
    throw new StatementError('statement has no predicateType');
  if (!Array.isArray(st.subject) || st.subject.length === 0)
    throw new StatementError('statement has no subject');
  const subjects = st.subject.map((s, i): Subject => {
    const so = obj(s);
    const digest = obj(so?.digest);
    if (!so || !digest) throw new StatementError(`subject[${i}] has no digest`);
    const d: Record<string, string> = {};
    for (const [alg, v] of Object.entries(digest)) {
      if (typeof v !== 'string') continue;
      const key = alg.toLowerCase();
      // `sha256` and `SHA256` side by side are one algorithm named twice: which digest counts?
      if (key in d) throw new StatementError(`subject[${i}] names digest ${key} twice`);
      d[key] = v.toLowerCase();
    }
    return { name: str(so.name) ?? '', digest: d };
  });
  return { predicateType: st.predicateType, subjects, predicate: obj(st.predicate) ?? {} };
}

/** `git+https://github.com/o/r@refs/x` → repository and ref. */
function splitGitUri(uri: string): { repository: string; ref?: string } {
  const noPrefix = uri.replace(/^git\+/, '');
  const at = noPrefix.lastIndexOf('@');
  if (at > noPrefix.indexOf('://') + 3)
    return { repository: noPrefix.slice(0, at), ref: noPrefix.slice(at + 1) };
  return { repository: noPrefix };
}

export function provenanceClaims(st: Statement): ProvenanceClaims {
  const p = st.predicate;
  if (st.predicateType === SLSA_V1) {
    const bd = obj(p.buildDefinition);
    const wf = obj(obj(bd?.externalParameters)?.workflow);
    const deps = Array.isArray(bd?.resolvedDependencies)
      ? (bd.resolvedDependencies as unknown[])
      : [];
    const commit = deps
      .map((d) => str(obj(obj(d)?.digest)?.gitCommit))
      .find((c) => c !== undefined);
    return {
      version: 'v1',
      buildType: str(bd?.buildType),
      builderId: str(obj(obj(p.runDetails)?.builder)?.id),
      repository: str(wf?.repository),
      ref: str(wf?.ref),
      path: str(wf?.path),
      sourceDigest: commit
    };
  }
  if (st.predicateType === SLSA_V02) {
    const cs = obj(obj(p.invocation)?.configSource);
    const uri = str(cs?.uri);
    const split = uri ? splitGitUri(uri) : undefined;
    return {
      version: 'v0.2',
      buildType: str(p.buildType),
      builderId: str(obj(p.builder)?.id),
      repository: split?.repository,
      ref: split?.ref,
      entryPoint: str(cs?.entryPoint),
      sourceDigest: str(obj(cs?.digest)?.sha1)
    };
  }
  return { version: 'other' };
}
