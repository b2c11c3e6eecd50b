/**
 * evidence-bundle: collect what the run's gates left, build the canonical release evidence,
 * wrap it in an in-toto Statement about the release's subjects, sign it, write the Sigstore
 * bundle and the pieces, and optionally store it (attestations API, OCI referrer).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { GateError, InputError } from '../../core/errors.js';
import type { Gate, GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import { readRegularTextFile } from '../../core/read-file.js';
import type { Evaluation, Finding } from '../../core/result.js';
import { parseStrictJson } from '../../core/strict-json.js';
import { buildEvidence } from '../../evidence/build.js';
import { sha256Digest } from '../../evidence/canonical.js';
import { apiOptionsOf, repositoryOf } from '../../evidence/gate-inputs.js';
import { localPieces, type Piece } from '../../evidence/pieces.js';
import type { ArtifactReport } from '../../evidence/run-artifacts.js';
import { makeStatement } from '../../evidence/statement.js';
import { subjectsFromInputs } from '../../evidence/subjects.js';
import { signerFromInputs, type SignerDeps } from './signer.js';
import { publishEvidence, type PublishReport } from './publish.js';

export const EVIDENCE_FILE = 'release-evidence.json';

function runIdOf(inputs: Inputs, ctx: GateContext, repository: string | undefined): string {
  const given = inputs.string('run-id')?.trim();
  const id = given || ctx.env.GITHUB_RUN_ID;
  if (!id) return 'local';
  const attempt = given ? undefined : ctx.env.GITHUB_RUN_ATTEMPT;
  return `${repository ?? 'unknown'}/actions/runs/${id}${attempt ? `/attempts/${attempt}` : ''}`;
}

function testsOf(inputs: Inputs, ctx: GateContext): Record<string, unknown> | undefined {
  const file = inputs.string('tests')?.trim();
  if (!file) return undefined;
  const doc = parseStrictJson(
    readRegularTextFile(resolve(ctx.workspace, file), {
      maxBytes: 4 * 1024 * 1024,
      what: "input 'tests'"
    }),
    file
  );
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new InputError(
      'tests',
      `${file} must hold a JSON object (e.g. {"matrix": …, "resilience": 0.87})`
    );
  return doc as Record<string, unknown>;
}

function writePieces(dir: string, pieces: Piece[], evidenceBytes: Buffer): void {
  mkdirSync(dir, { recursive: true });
  for (const p of pieces) {
    const file = join(dir, p.name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, p.bytes);
  }
  writeFileSync(join(dir, EVIDENCE_FILE), evidenceBytes);
}

export function makeEvidenceBundle(deps: SignerDeps = {}): Gate {
  return {
    name: 'evidence-bundle',
    rules: [
      {
        id: 'evidence-bundle/gate-not-passing',
        title: 'A gate of the run did not pass',
        help: 'The bundle records it; evidence-verify refuses the release while a required gate is not pass.',
        severity: 'warning'
      },
      {
        id: 'evidence-bundle/unreadable-result',
        title: 'A gate result file is not a gate result',
        help: 'The file is bundled as a piece but left out of the truth table; find out what wrote it.',
        severity: 'warning'
      }
    ],
    async evaluate(inputs: Inputs, ctx: GateContext): Promise<Evaluation> {
      const repository = repositoryOf(inputs, ctx);
      const subjects = subjectsFromInputs(
        ctx.workspace,
        inputs.list('subject-path'),
        inputs.string('subject-digest')?.trim() || undefined,
        inputs.string('subject-name')?.trim() || undefined
      );
      const signer = signerFromInputs(inputs, ctx, deps);
      const pieces: Piece[] = localPieces(ctx.tempDir);
      let artifacts: ArtifactReport | undefined;
      const pattern = inputs.string('artifact-pattern')?.trim();
      const runId = inputs.string('run-id')?.trim() || ctx.env.GITHUB_RUN_ID;
      if (
        pattern &&
        runId &&
        (ctx.env.GITHUB_ACTIONS === 'true' || inputs.string('run-id')?.trim())
      ) {
        if (!repository)
          throw new InputError(
            'repository',
            'is needed to read the run artifacts (GITHUB_REPOSITORY is not set)'
          );
        const timeoutMs = inputs.duration('timeout') ?? 60_000;
        const { artifactPieces } = await import('../../evidence/run-artifacts.js');
        const got = await artifactPieces(
          { repository, runId: Number(runId), pattern },
          apiOptionsOf(inputs, ctx, timeoutMs, 'with actions: read to read the run artifacts')
        );
        pieces.push(...got.pieces);
        artifacts = got.report;
      }
      const imageDigest = inputs.string('subject-digest')?.trim() || undefined;
      const built = buildEvidence(pieces, {
        runId: runIdOf(inputs, ctx, repository),
        repository,
        imageDigest,
        tests: testsOf(inputs, ctx),
        uris: {
          sbom_uri: inputs.string('sbom-uri')?.trim() || undefined,
          provenance_uri: inputs.string('provenance-uri')?.trim() || undefined,
          signature_uri: inputs.string('signature-uri')?.trim() || undefined,
          vex_uri: inputs.string('vex-uri')?.trim() || undefined
        }
      });
      if (built.evidence.gates.length === 0) {
        throw new GateError(
          `no gate result to bundle: ${ctx.tempDir}/results is empty${artifacts ? ` and no ${pattern} artifact of the run holds one` : ''}`,
          'Run evidence-bundle after the gates (in the same job, or in a job that needs them, with their ci-intel-evidence-* artifacts uploaded).'
        );
      }
      const statement = makeStatement(subjects, built.evidence);
      const bundle = await signer.sign(statement);
      const bundleText = JSON.stringify(bundle) + '\n';
      const bundleFile = resolve(
        ctx.workspace,
        inputs.string('bundle') || 'ci-intel-release-evidence.sigstore.json'
      );
      mkdirSync(dirname(bundleFile), { recursive: true });
      writeFileSync(bundleFile, bundleText);
      const evidenceDir = resolve(
        ctx.workspace,
        inputs.string('evidence-dir') || 'ci-intel-release-evidence'
      );
      writePieces(evidenceDir, built.pieces, built.bytes);
      const bundleDigest = sha256Digest(Buffer.from(bundleText));
      const publish: PublishReport = await publishEvidence(inputs, ctx, {
        bundle,
        bundleText,
        repository,
        subjects
      });

      const findings: Finding[] = [];
      for (const g of built.evidence.gates) {
        if (g.verdict !== 'pass')
          findings.push({
            rule: 'evidence-bundle/gate-not-passing',
            severity: 'warning',
            message: `${g.gate} ${g.verdict} (${g.mode}) in ${g.piece}: ${g.summary}`,
            help: 'Recorded in the bundle; evidence-verify fails while a required gate is not pass.'
          });
      }
      for (const u of built.unreadable)
        findings.push({
          rule: 'evidence-bundle/unreadable-result',
          severity: 'warning',
          message: `${u.piece}: ${u.reason}`,
          help: 'Bundled as a piece, left out of the truth table.'
        });
      const gatesText = built.evidence.gates.map((g) => `${g.gate}=${g.verdict}`).join(',');
      return {
        verdict: 'pass',
        summary: `bundled ${built.evidence.manifest.length} pieces (${built.evidence.gates.length} gate results: ${gatesText}) for ${subjects.length} subject${subjects.length === 1 ? '' : 's'}, signed with ${signer.description}`,
        findings,
        evidence: {
          subjects,
          signer: signer.description,
          bundle: { file: bundleFile, digest: bundleDigest },
          statementDigest: sha256Digest(statement),
          evidenceDigest: sha256Digest(built.bytes),
          evidenceDir,
          runId: built.evidence.run_id,
          gates: built.evidence.gates,
          manifest: built.evidence.manifest,
          artifacts,
          publish
        },
        outputs: {
          bundle: bundleFile,
          'bundle-digest': bundleDigest,
          'statement-digest': sha256Digest(statement),
          'evidence-dir': evidenceDir,
          pieces: String(built.evidence.manifest.length),
          gates: gatesText,
          'attestation-id': publish.attestationId ?? '',
          'referrer-digest': publish.referrerDigest ?? ''
        }
      };
    }
  };
}

export const evidenceBundle = makeEvidenceBundle();
