/** Gate: slsa-verify — SLSA provenance verification with sigstore-js, offline, stricter than slsa-verifier. */
import { resolve } from 'node:path';
import { GateError, InputError } from '../../core/errors.js';
import type { Gate, GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import type { Evaluation, Finding, RuleInfo } from '../../core/result.js';
import { DocumentError, readBundleDocument, type BundleItem } from '../../sigstore/documents.js';
import { fulcioIdentity, type FulcioIdentity } from '../../sigstore/fulcio.js';
import {
  publicGoodTrust,
  trustFromText,
  TrustRootError,
  type LoadedTrust,
  type TrustSummary
} from '../../sigstore/trust.js';
import { verifyWithRoots, type CryptoEvidence } from '../../sigstore/verify.js';
import { readRegularTextFile } from '../../core/read-file.js';
import { expandArtifactPatterns } from './artifact-patterns.js';
import { digestFile, matchingSubjects, parseDigestInput, type ArtifactDigest } from './digests.js';
import { FetchError } from './fetch-errors.js';
import {
  IdentityInputError,
  normaliseSourceUri,
  normaliseWorkflow,
  parseBuilderId,
  parseSemver
} from './identity.js';
import { checkProvenance, type Policy, type Violation } from './policy.js';
import {
  parseStatement,
  provenanceClaims,
  StatementError,
  type ProvenanceClaims,
  type Statement
} from './provenance.js';

export const NPM_PUBLISH_PREDICATE =
  'https://github.com/npm/attestation/tree/main/specs/publish/v0.1';
const MAX_BUNDLE_BYTES = 32 * 1024 * 1024;
const MAX_TRUST_ROOT_BYTES = 4 * 1024 * 1024;
const MAX_BUNDLES = 1024;

export const RULES: RuleInfo[] = [
  {
    id: 'slsa/signature',
    title: 'Signature, certificate chain or transparency log does not verify',
    help: 'The bundle was altered or was not signed by a trusted Sigstore instance; never use the artifact.',
    severity: 'error'
  },
  {
    id: 'slsa/no-provenance',
    title: 'No provenance of the required predicate type',
    help: 'Pass the provenance bundle the build produced, or list its predicate type in predicate-type.',
    severity: 'error'
  },
  {
    id: 'slsa/statement',
    title: 'The signed statement is not a usable in-toto statement',
    help: 'The payload must be an in-toto statement with subjects.',
    severity: 'error'
  },
  {
    id: 'slsa/certificate',
    title: 'The signing certificate is not a GitHub Actions Fulcio certificate',
    help: 'Provenance must be signed keyless by GitHub Actions.',
    severity: 'error'
  },
  {
    id: 'slsa/issuer',
    title: 'Unexpected OIDC issuer',
    help: 'Set cert-oidc-issuer only to an issuer you trust.',
    severity: 'error'
  },
  {
    id: 'slsa/source-repository',
    title: 'Built from another repository',
    help: 'The certificate proves the source repository; it must be exactly source-uri.',
    severity: 'error'
  },
  {
    id: 'slsa/signer',
    title: 'Untrusted signer workflow',
    help: 'Name the reusable workflow you trust with builder-id or signer-workflow.',
    severity: 'error'
  },
  {
    id: 'slsa/builder',
    title: 'Builder id does not match',
    help: 'builder-id must match the workflow that signed (or, for npm, the runner builder id).',
    severity: 'error'
  },
  {
    id: 'slsa/builder-ref',
    title: 'Builder not pinned at a release tag',
    help: 'Reusable-workflow builders must run at a full vX.Y.Z tag.',
    severity: 'error'
  },
  {
    id: 'slsa/runner',
    title: 'Not built on a GitHub-hosted runner',
    help: 'Self-hosted runners are denied unless deny-self-hosted-runners is false.',
    severity: 'error'
  },
  {
    id: 'slsa/source-ref',
    title: 'Built from another branch or tag',
    help: 'The certificate proves the source ref; it must match source-branch / source-tag / source-versioned-tag.',
    severity: 'error'
  },
  {
    id: 'slsa/predicate-mismatch',
    title: 'Provenance claims differ from the certificate',
    help: 'A signed provenance that lies about its source is rejected.',
    severity: 'error'
  },
  {
    id: 'slsa/builder-unverified',
    title: 'Builder id not proven by the certificate',
    help: 'The decision rests on the certificate identity only.',
    severity: 'warning'
  },
  {
    id: 'slsa/subject',
    title: 'Artifact digest is not a subject of the provenance',
    help: 'The provenance is for other bytes: a different or tampered artifact.',
    severity: 'error'
  },
  {
    id: 'slsa/ignored-provenance',
    title: 'A provenance that did not meet the policy',
    help: 'Another provenance covered the artifact; this one was not used.',
    severity: 'note'
  }
];

export interface ProvenanceEvidence {
  origin: string;
  predicateType: string;
  accepted: boolean;
  crypto: CryptoEvidence;
  certificate?: FulcioIdentity;
  claims: ProvenanceClaims;
  subjects: { name: string; digest: Record<string, string> }[];
  violations: Violation[];
}

export interface SlsaEvidence {
  trustedRoots: TrustSummary[];
  source: { kind: 'file' | 'github'; location: string };
  policy: Policy & { predicateTypes: string[] };
  artifacts: ArtifactDigest[];
  bundles: number;
  cryptoFailures: { origin: string; code: string; message: string }[];
  provenances: ProvenanceEvidence[];
  otherAttestations: {
    origin: string;
    predicateType: string;
    subjectMatches: boolean;
    crypto: CryptoEvidence;
  }[];
  timings: { loadMs: number; verifyMs: number; perBundleMs: number };
}

function toInputError(err: unknown): never {
  if (err instanceof IdentityInputError) throw new InputError(err.input, err.message);
  throw err;
}

function readPolicy(inputs: Inputs): Policy & { predicateTypes: string[] } {
  try {
    const sourceRepository = normaliseSourceUri(inputs.requireString('source-uri'));
    const tag = inputs.string('source-tag')?.trim() || undefined;
    const vtag = inputs.string('source-versioned-tag')?.trim() || undefined;
    if (tag && vtag)
      throw new IdentityInputError(
        'source-versioned-tag',
        'give source-tag (exact) or source-versioned-tag (semver match), not both'
      );
    let sourceVersionedTag: Policy['sourceVersionedTag'];
    if (vtag) {
      const parts = parseSemver(vtag);
      if (!parts)
        throw new IdentityInputError(
          'source-versioned-tag',
          `'${vtag}' is not a semantic version such as v1, v1.2 or v1.2.3`
        );
      sourceVersionedTag = { text: vtag, parts };
    }
    const branch = inputs.string('source-branch')?.trim() || undefined;
    if (branch?.startsWith('refs/'))
      throw new IdentityInputError(
        'source-branch',
        `'${branch}': give the branch name without refs/heads/`
      );
    if (tag?.startsWith('refs/'))
      throw new IdentityInputError('source-tag', `'${tag}': give the tag name without refs/tags/`);
    const builder = inputs.string('builder-id')?.trim();
    const signer = inputs.string('signer-workflow')?.trim();
    const types = inputs.list('predicate-type');
    if (types.length === 0)
      throw new IdentityInputError('predicate-type', 'list at least one predicate type');
    return {
      sourceRepository,
      issuer: inputs.requireString('cert-oidc-issuer').trim(),
      sourceTag: tag,
      sourceVersionedTag,
      sourceBranch: branch,
      builderId: builder ? parseBuilderId(builder) : undefined,
      signerWorkflow: signer ? normaliseWorkflow('signer-workflow', signer) : undefined,
      denySelfHostedRunners: inputs.boolean('deny-self-hosted-runners'),
      predicateTypes: types
    };
  } catch (err) {
    toInputError(err);
  }
}

function readArtifacts(inputs: Inputs, ctx: GateContext): ArtifactDigest[] {
  const out: ArtifactDigest[] = [];
  try {
    for (const d of inputs.list('artifact-digest')) out.push(parseDigestInput(d));
    for (const f of expandArtifactPatterns(ctx.workspace, inputs.list('artifact'))) {
      out.push(digestFile(f));
    }
  } catch (err) {
    toInputError(err);
  }
  if (out.length === 0) {
    throw new InputError(
      'artifact',
      'give the artifact file(s) (artifact) or their digest (artifact-digest: sha256:<hex> / sha512:<hex>)'
    );
  }
  return out;
}

/** A document input (bundle, trusted root), read once through the shared bounded reader. */
function readDocumentInput(input: string, workspace: string, path: string, limit: number): string {
  return readRegularTextFile(resolve(workspace, path), {
    maxBytes: limit,
    what: `input '${input}':`
  });
}

function loadTrust(inputs: Inputs, ctx: GateContext): LoadedTrust[] {
  const path = inputs.string('trusted-root')?.trim();
  if (!path) return [publicGoodTrust()];
  const text = readDocumentInput('trusted-root', ctx.workspace, path, MAX_TRUST_ROOT_BYTES);
  try {
    return trustFromText(text, path);
  } catch (err) {
    if (err instanceof TrustRootError) throw new InputError('trusted-root', err.message);
    throw err;
  }
}

function githubToken(inputs: Inputs, ctx: GateContext): string | undefined {
  const given = inputs.string('github-token')?.trim();
  // The action.yml default `${{ github.token }}` arrives literally on the CLI: fall back to the env.
  const token =
    given && !/^\$\{\{.*\}\}$/.test(given)
      ? given
      : ctx.env.GITHUB_TOKEN || ctx.env.GH_TOKEN || undefined;
  if (token) ctx.secret(token);
  return token;
}

async function loadItems(
  inputs: Inputs,
  ctx: GateContext,
  policy: Policy,
  artifacts: ArtifactDigest[]
): Promise<{ items: BundleItem[]; source: SlsaEvidence['source'] }> {
  const how = inputs.string('fetch') ?? 'none';
  const bundlePath = inputs.string('bundle')?.trim();
  try {
    if (how === 'github') {
      if (bundlePath) throw new InputError('bundle', 'give bundle or fetch: github, not both');
      const sha = artifacts
        .map((a) => a.digests.sha256)
        .filter((d): d is string => d !== undefined);
      if (sha.length === 0)
        throw new InputError(
          'artifact-digest',
          'fetch: github looks attestations up by sha256; give the artifact file or a sha256: digest'
        );
      const [owner, repo] = policy.sourceRepository.replace('https://github.com/', '').split('/');
      const apiUrl = ctx.env.GITHUB_API_URL || 'https://api.github.com';
      const timeoutMs = inputs.duration('timeout') ?? 30_000;
      const token = githubToken(inputs, ctx);
      const items: BundleItem[] = [];
      for (const digest of [...new Set(sha)]) {
        ctx.log(`fetching attestations for sha256:${digest} from ${apiUrl} (${owner}/${repo})`);
        // Loaded only for fetch: github, so offline verification does not pay for octokit.
        const { fetchAttestations } = await import('./fetch-github.js');
        const pages = await fetchAttestations({
          apiUrl,
          token,
          owner,
          repo,
          digest: `sha256:${digest}`,
          timeoutMs,
          log: ctx.log
        });
        for (const p of pages) items.push(...readBundleDocument(p.url, p.text));
      }
      return {
        items,
        source: { kind: 'github', location: `${apiUrl}/repos/${owner}/${repo}/attestations` }
      };
    }
    if (!bundlePath)
      throw new InputError(
        'bundle',
        'is required unless fetch: github (the provenance bundle, JSONL or npm attestations file)'
      );
    const text = readDocumentInput('bundle', ctx.workspace, bundlePath, MAX_BUNDLE_BYTES);
    return {
      items: readBundleDocument(bundlePath, text),
      source: { kind: 'file', location: bundlePath }
    };
  } catch (err) {
    if (err instanceof DocumentError || err instanceof FetchError)
      throw new GateError(
        `input '${how === 'github' ? 'fetch' : 'bundle'}': ${err.message}`,
        err.help
      );
    throw err;
  }
}

function findingFor(v: Violation, origin: string, severity: Finding['severity']): Finding {
  return {
    rule: v.rule,
    severity: v.warning ? (severity === 'error' ? 'warning' : 'note') : severity,
    message: `${v.check}: expected ${v.expected}, got ${v.actual} (${origin})`,
    help: v.help
  };
}

async function evaluate(inputs: Inputs, ctx: GateContext): Promise<Evaluation<SlsaEvidence>> {
  const policy = readPolicy(inputs);
  const artifacts = readArtifacts(inputs, ctx);
  const t0 = performance.now();
  const trust = loadTrust(inputs, ctx);
  const { items, source } = await loadItems(inputs, ctx, policy, artifacts);
  if (items.length === 0) {
    // Nothing to verify is never a pass (nor a fail that reads like a checked artifact).
    throw new GateError(
      `no attestation to verify in ${source.location}`,
      'Pass the provenance bundle the build wrote (bundle), or check that the build attested this artifact (fetch: github).'
    );
  }
  if (items.length > MAX_BUNDLES)
    throw new GateError(
      `${items.length} bundles: more than ${MAX_BUNDLES}`,
      'Pass only the provenance for this artifact.'
    );
  const t1 = performance.now();

  const findings: Finding[] = [];
  const evidence: SlsaEvidence = {
    trustedRoots: trust.map((t) => t.summary),
    source,
    policy,
    artifacts,
    bundles: items.length,
    cryptoFailures: [],
    provenances: [],
    otherAttestations: [],
    timings: { loadMs: 0, verifyMs: 0, perBundleMs: 0 }
  };
  const malformed: string[] = [];
  const parsed: {
    item: BundleItem;
    statement: Statement;
    crypto: CryptoEvidence;
    identity?: FulcioIdentity;
  }[] = [];
  for (const item of items) {
    const r = verifyWithRoots(item.json, trust);
    if (!r.ok) {
      evidence.cryptoFailures.push({ origin: item.origin, code: r.code, message: r.message });
      if (r.malformed) malformed.push(`${item.origin}: ${r.message}`);
      else {
        findings.push({
          rule: 'slsa/signature',
          severity: 'error',
          message: `${item.origin}: Sigstore verification: expected a valid signature, certificate chain, SCT and transparency-log proof or timestamp under ${trust.map((t) => t.summary.source).join(' or ')}, got ${r.code}: ${r.message}`,
          help: 'The bundle was altered or signed outside the trusted root; a tampered attestation next to a good one still fails the gate.'
        });
      }
      continue;
    }
    let statement: Statement;
    try {
      statement = parseStatement(r.payloadType, r.payload ?? Buffer.alloc(0));
    } catch (err) {
      if (!(err instanceof StatementError)) throw err;
      findings.push({
        rule: 'slsa/statement',
        severity: 'error',
        message: `${item.origin}: ${err.message}`
      });
      continue;
    }
    if (
      item.declaredPredicateType !== undefined &&
      item.declaredPredicateType !== statement.predicateType
    ) {
      findings.push({
        rule: 'slsa/statement',
        severity: 'error',
        message: `${item.origin}: declared predicateType: expected the signed statement's ${statement.predicateType}, got ${item.declaredPredicateType}`
      });
      continue;
    }
    parsed.push({
      item,
      statement,
      crypto: r.evidence,
      identity: r.certificate ? fulcioIdentity(r.certificate) : undefined
    });
  }
  if (malformed.length) {
    throw new GateError(
      `input 'bundle': ${malformed.length} bundle${malformed.length === 1 ? '' : 's'} cannot be read: ${malformed.join('; ')}`,
      'Pass Sigstore bundles as the build wrote them (v0.1, v0.2 or v0.3 JSON).'
    );
  }

  for (const p of parsed) {
    const { item, statement } = p;
    if (!policy.predicateTypes.includes(statement.predicateType)) {
      const subjectMatches = artifacts.every(
        (a) => matchingSubjects(a, statement.subjects).length > 0
      );
      evidence.otherAttestations.push({
        origin: item.origin,
        predicateType: statement.predicateType,
        subjectMatches,
        crypto: p.crypto
      });
      if (statement.predicateType === NPM_PUBLISH_PREDICATE && !subjectMatches) {
        findings.push({
          rule: 'slsa/subject',
          severity: 'error',
          message: `${item.origin}: npm publish attestation subject: expected ${artifacts.map((a) => a.name).join(', ')}, got ${statement.subjects.map((s) => s.name).join(', ')}`
        });
      }
      continue;
    }
    const claims = provenanceClaims(statement);
    const violations: Violation[] = [];
    if (!p.identity) {
      violations.push({
        rule: 'slsa/certificate',
        check: 'provenance signing key',
        expected: 'a Fulcio certificate (keyless GitHub Actions identity)',
        actual: `a public key (${p.crypto.publicKeyHint ?? 'no hint'})`
      });
    } else {
      violations.push(...checkProvenance(p.identity, claims, policy));
    }
    evidence.provenances.push({
      origin: item.origin,
      predicateType: statement.predicateType,
      accepted: violations.every((v) => v.warning),
      crypto: p.crypto,
      certificate: p.identity,
      claims,
      subjects: statement.subjects,
      violations
    });
  }

  const accepted = evidence.provenances.filter((p) => p.accepted);
  const verified: { artifact: string; subject: string; digest: string; provenance: string }[] = [];
  let covered = true;
  if (evidence.provenances.length === 0) {
    covered = false;
    const found = [...new Set(parsed.map((p) => p.statement.predicateType))];
    findings.push({
      rule: 'slsa/no-provenance',
      severity: 'error',
      message: `predicate type: expected ${policy.predicateTypes.join(' or ')}, got ${found.length ? found.join(', ') : 'no verifiable attestation'} in ${source.location}`,
      help: 'Pass the SLSA provenance bundle, or add its predicate type to predicate-type (https://slsa.dev/provenance/v0.2 for older builds).'
    });
  }
  for (const a of artifacts) {
    const hit = accepted
      .map((p) => ({ p, subjects: matchingSubjects(a, p.subjects) }))
      .find((x) => x.subjects.length);
    if (hit) {
      const s = hit.subjects[0];
      const alg = a.digests.sha256 && s.digest.sha256 === a.digests.sha256 ? 'sha256' : 'sha512';
      verified.push({
        artifact: a.name,
        subject: s.name,
        digest: `${alg}:${s.digest[alg]}`,
        provenance: hit.p.origin
      });
      continue;
    }
    if (evidence.provenances.length === 0) continue;
    covered = false;
    const all = evidence.provenances.flatMap((p) =>
      p.subjects.map(
        (s) =>
          `${s.name} ${Object.entries(s.digest)
            .map(([k, v]) => `${k}:${v.slice(0, 16)}…`)
            .join(' ')}`
      )
    );
    const inRejected = evidence.provenances.some(
      (p) => !p.accepted && matchingSubjects(a, p.subjects).length
    );
    if (!inRejected) {
      findings.push({
        rule: 'slsa/subject',
        severity: 'error',
        message: `subject digest of ${a.name}: expected ${Object.entries(a.digests)
          .map(([k, v]) => `${k}:${v}`)
          .join(' or ')}, got ${all.slice(0, 5).join('; ')}${all.length > 5 ? '; …' : ''}`,
        help: 'The provenance describes other bytes: a different build or a tampered artifact.'
      });
    }
  }
  // Violations of the provenances: errors when nothing covered the artifacts, else notes.
  for (const p of evidence.provenances) {
    for (const v of p.violations)
      findings.push(findingFor(v, p.origin, covered && !p.accepted ? 'note' : 'error'));
  }
  if (covered && findings.some((f) => f.severity === 'error')) covered = false;

  const t2 = performance.now();
  evidence.timings = {
    loadMs: Math.round((t1 - t0) * 1000) / 1000,
    verifyMs: Math.round((t2 - t1) * 1000) / 1000,
    perBundleMs: items.length ? Math.round(((t2 - t1) / items.length) * 1000) / 1000 : 0
  };
  const used = accepted.find((p) => verified.some((v) => v.provenance === p.origin));
  const verdict = covered ? 'pass' : 'fail';
  const firstError = findings.find((f) => f.severity === 'error');
  const summary = covered
    ? `${verified.length} artifact${verified.length === 1 ? '' : 's'} verified: built from ${used?.certificate?.sourceRepositoryURI} at ${used?.certificate?.sourceRepositoryRef} by ${used?.claims.builderId ?? used?.certificate?.san} (Rekor log index ${used?.crypto.tlog[0]?.logIndex ?? 'n/a'})`
    : `not verified: ${firstError?.message ?? 'no provenance covers the artifact'}`;
  return {
    verdict,
    summary,
    findings,
    evidence,
    outputs: covered
      ? {
          'verified-subjects': JSON.stringify(
            verified.map((v) => ({ name: v.subject, digest: v.digest, artifact: v.artifact }))
          ),
          'builder-id': used?.claims.builderId ?? '',
          'source-ref': used?.certificate?.sourceRepositoryRef ?? '',
          'source-digest': used?.certificate?.sourceRepositoryDigest ?? '',
          'rekor-log-index': used?.crypto.tlog.map((t) => t.logIndex).join(',') ?? ''
        }
      : {
          'verified-subjects': '[]',
          'builder-id': '',
          'source-ref': '',
          'source-digest': '',
          'rekor-log-index': ''
        }
  };
}

export const slsaVerify: Gate<SlsaEvidence> = {
  name: 'slsa-verify',
  rules: RULES,
  evaluate
};
