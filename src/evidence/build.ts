/**
 * The release evidence predicate: the manifest of every piece by digest, the truth-table rows
 * (one per gate result), the policy decisions with a digest of their inputs, and the plan's
 * fields taken from what the gates proved. Same pieces and options → byte-identical output.
 */
import { JsonDocumentError, parseStrictJsonBytes } from '../core/strict-json.js';
import { canonicalBytes, sha256Digest } from './canonical.js';
import {
  EVIDENCE_SCHEMA,
  MEDIA_GATE_RESULT,
  type GateRow,
  type PolicyRow,
  type ReleaseEvidence
} from './format.js';
import { checkedPieces, entryOf, type Piece } from './pieces.js';

export interface BuildOptions {
  runId: string;
  repository?: string;
  imageDigest?: string;
  /** Test results (the plan's `tests`), already parsed. */
  tests?: Record<string, unknown>;
  /** Explicit URIs override what the gate results say. */
  uris?: Partial<Record<'sbom_uri' | 'provenance_uri' | 'signature_uri' | 'vex_uri', string>>;
}

interface ParsedResult {
  gate: string;
  verdict: string;
  mode: string;
  summary: string;
  outputs: Record<string, unknown>;
  evidence: Record<string, unknown>;
}

export interface BuiltEvidence {
  evidence: ReleaseEvidence;
  /** The canonical bytes of `evidence`. */
  bytes: Buffer;
  /** Gate result pieces that are not gate results (named, left out of the truth table). */
  unreadable: { piece: string; reason: string }[];
  pieces: Piece[];
}

const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function parseResult(p: Piece): ParsedResult | string {
  let doc: unknown;
  try {
    doc = parseStrictJsonBytes(p.bytes, p.name);
  } catch (err) {
    if (err instanceof JsonDocumentError) return err.message;
    throw err;
  }
  const r = obj(doc);
  if (r.schema !== 'ci-intel.gate-result.v1') return 'not a ci-intel.gate-result.v1 document';
  if (!str(r.gate) || !str(r.verdict) || !str(r.mode))
    return 'a gate result without gate, verdict or mode';
  return {
    gate: r.gate as string,
    verdict: r.verdict as string,
    mode: r.mode as string,
    summary: typeof r.summary === 'string' ? r.summary : '',
    outputs: obj(r.outputs),
    evidence: obj(r.evidence)
  };
}

function policyOf(r: ParsedResult): PolicyRow {
  const result = r.verdict === 'pass' ? 'allow' : r.mode === 'audit' ? 'warn' : 'deny';
  const row: PolicyRow = { id: `ci-intel/${r.gate}`, gate: r.gate, result };
  if (r.evidence.inputs !== undefined) row.inputs = sha256Digest(canonicalBytes(r.evidence.inputs));
  return row;
}

/** `oci://<repository>@<digest>` of the first verified referrer with one of `kinds`. */
function referrerUri(results: ParsedResult[], kinds: string[]): string | undefined {
  for (const r of results) {
    if (r.gate !== 'referrer-presence' || r.verdict !== 'pass') continue;
    const ref = str(obj(r.evidence.image).reference)
      ?.replace(/@sha256:[0-9a-f]+$/, '')
      .replace(/:[^/:]+$/, '');
    for (const t of Array.isArray(r.evidence.targets) ? r.evidence.targets : []) {
      for (const f of Array.isArray(obj(t).found) ? (obj(t).found as unknown[]) : []) {
        const found = obj(f);
        const ks = Array.isArray(found.kinds) ? found.kinds : [];
        if (ref && str(found.digest) && ks.some((k) => kinds.includes(String(k))))
          return `oci://${ref}@${found.digest as string}`;
      }
    }
  }
  return undefined;
}

function firstOutput(results: ParsedResult[], gate: string, output: string): string | undefined {
  for (const r of results)
    if (r.gate === gate && str(r.outputs[output])) return r.outputs[output] as string;
  return undefined;
}

function drillOf(results: ParsedResult[]): Record<string, unknown> | null {
  const r = results.find((x) => x.gate === 'dr-freshness');
  if (!r) return null;
  const num = (k: string) => (str(r.outputs[k]) === undefined ? undefined : Number(r.outputs[k]));
  return {
    type: 'freshness',
    last_success: str(r.outputs['last-success']) ?? null,
    age_s: num('age-seconds') ?? null,
    rpo_s: num('rpo-seconds') ?? null,
    rto_s: num('rto-seconds') ?? null,
    result: r.verdict
  };
}

export function buildEvidence(input: Piece[], o: BuildOptions): BuiltEvidence {
  const pieces = checkedPieces(input);
  const manifest = pieces.map(entryOf);
  const gates: GateRow[] = [];
  const results: ParsedResult[] = [];
  const unreadable: BuiltEvidence['unreadable'] = [];
  pieces.forEach((p, i) => {
    if (p.mediaType !== MEDIA_GATE_RESULT) return;
    const r = parseResult(p);
    if (typeof r === 'string') {
      unreadable.push({ piece: p.name, reason: r });
      return;
    }
    results.push(r);
    const row: GateRow = {
      gate: r.gate,
      verdict: r.verdict,
      mode: r.mode,
      summary: r.summary,
      piece: p.name,
      digest: manifest[i].digest
    };
    const cfg = str(obj(r.evidence.config).digest);
    if (cfg) row.configDigest = cfg;
    gates.push(row);
  });
  gates.sort((a, b) =>
    a.gate === b.gate ? (a.piece < b.piece ? -1 : 1) : a.gate < b.gate ? -1 : 1
  );
  const configDigests = [
    ...new Set(gates.flatMap((g) => (g.configDigest ? [g.configDigest] : [])))
  ].sort();
  const evidence: ReleaseEvidence = {
    schema: EVIDENCE_SCHEMA,
    run_id: o.runId,
    repository: o.repository ?? null,
    image_digest:
      o.imageDigest ??
      str(obj(results.find((r) => r.gate === 'referrer-presence')?.evidence.image).digest) ??
      null,
    sbom_uri: o.uris?.sbom_uri ?? referrerUri(results, ['spdx', 'cyclonedx']) ?? null,
    provenance_uri: o.uris?.provenance_uri ?? referrerUri(results, ['slsa-provenance']) ?? null,
    signature_uri: o.uris?.signature_uri ?? referrerUri(results, ['signature']) ?? null,
    rekor_uuid: firstOutput(results, 'slsa-verify', 'rekor-log-index') ?? null,
    vex_uri: o.uris?.vex_uri ?? null,
    tests: o.tests ?? null,
    policies: results
      .map(policyOf)
      .sort((a, b) =>
        a.id === b.id
          ? a.result < b.result
            ? -1
            : a.result > b.result
              ? 1
              : 0
          : a.id < b.id
            ? -1
            : 1
      ),
    drill: drillOf(results),
    gates,
    config_digests: configDigests,
    manifest
  };
  return { evidence, bytes: canonicalBytes(evidence), unreadable, pieces };
}
