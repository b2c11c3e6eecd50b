/**
 * evidence-verify: the admission check. Finds the subject's signed release evidence, verifies
 * it (signature, chain, log or timestamp, anchored signer, predicate type, subject, manifest
 * against the pieces) and the truth table of required gates. Missing or wrong → fail naming it;
 * could not check → error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../../core/errors.js';
import type { Gate, GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import type { Evaluation, Finding } from '../../core/result.js';
import { HUB_VERSION } from '../../core/version.js';
import { repositoryOf } from '../../evidence/gate-inputs.js';
import { checkPieces, type PieceReport } from '../../evidence/piece-check.js';
import { subjectsFromInputs } from '../../evidence/subjects.js';
import { truthTable, type GateOutcome } from '../../evidence/truth-table.js';
import {
  describeTrust,
  verifyEvidenceBundle,
  type BundleCheck,
  type VerifiedEvidence
} from '../../evidence/verify.js';
import { loadPredicateValidator } from '../../evidence/predicate.js';
import { makeVsa } from '../../evidence/vsa.js';
import { parseReference } from '../../oci/reference.js';
import { findCandidates, type Candidate } from './find.js';
import { trustFromInputs } from './trust-from-inputs.js';
import {
  signerFromInputs,
  type SignerDeps,
  type SignerInputNames
} from '../evidence-bundle/signer.js';

const VSA_INPUTS: SignerInputNames = {
  signing: 'vsa-signing',
  key: 'vsa-signing-key',
  instance: 'vsa-sigstore-instance'
};

const RULE_OF: Record<BundleCheck, string> = {
  signature: 'evidence/bad-signature',
  signer: 'evidence/untrusted-signer',
  'payload-type': 'evidence/wrong-predicate',
  'predicate-type': 'evidence/wrong-predicate',
  subject: 'evidence/subject-mismatch',
  predicate: 'evidence/malformed-predicate'
};

const HELP: Record<string, string> = {
  'evidence/no-evidence':
    'Run evidence-bundle in the release (it signs and stores the evidence), or point bundle / lookup at it.',
  'evidence/bad-signature':
    'The bundle was altered or truncated after signing, or is not evidence: use the bundle evidence-bundle wrote.',
  'evidence/untrusted-signer':
    'Only the release workflow at a release tag may sign: check repository, signer-workflow and signer-ref (or verify-key).',
  'evidence/wrong-predicate':
    'This is another kind of attestation; release evidence has predicate type https://ci-intel.dev/release-evidence/v1.',
  'evidence/subject-mismatch':
    'The evidence is for another artifact or image (a replay): find the evidence of this digest.',
  'evidence/malformed-predicate':
    'The signed predicate does not follow schema/release-evidence.v1.json.',
  'evidence/piece-mismatch':
    'A piece of evidence was changed, removed or swapped after signing: use the evidence folder of the same release.',
  'evidence/gate-missing':
    'The release did not run this gate (or its result was not collected): run it before evidence-bundle, or drop it from require-gates.',
  'evidence/gate-not-passing':
    'A required gate did not pass in the release: fix the release and run it again.'
};

const RULES = Object.entries(HELP).map(([id, help]) => ({
  id,
  title: id.replace('evidence/', '').replace(/-/g, ' '),
  help,
  severity: 'error' as const
}));

function finding(rule: string, message: string): Finding {
  return { rule, severity: 'error', message, help: HELP[rule] };
}

interface Accepted {
  candidate: Candidate;
  verified: VerifiedEvidence;
  table: GateOutcome[];
  pieces?: PieceReport;
  findings: Finding[];
}

function judge(
  c: Candidate,
  v: VerifiedEvidence,
  required: string[],
  evidenceDir: string | undefined,
  extraHex: string[]
): Accepted {
  const findings: Finding[] = [];
  for (const hex of extraHex)
    if (!v.statement.subject.some((s) => s.digest.sha256 === hex))
      findings.push(
        finding('evidence/subject-mismatch', `the evidence's subjects do not include sha256:${hex}`)
      );
  let pieces: PieceReport | undefined;
  if (evidenceDir) {
    pieces = checkPieces(v.evidence.manifest, evidenceDir, ['release-evidence.json']);
    for (const p of pieces.problems) findings.push(finding('evidence/piece-mismatch', p.message));
  }
  const table = truthTable(v.evidence, required);
  for (const t of table) {
    if (t.status === 'missing')
      findings.push(
        finding(
          'evidence/gate-missing',
          `required gate ${t.gate} has no result in the evidence of run ${v.evidence.run_id}`
        )
      );
    else if (t.status !== 'pass')
      findings.push(
        finding(
          'evidence/gate-not-passing',
          `required gate ${t.gate} is ${t.status} in the evidence (${t.verdicts.join(', ')})`
        )
      );
  }
  return { candidate: c, verified: v, table, pieces, findings };
}

export function makeEvidenceVerify(deps: SignerDeps = {}): Gate {
  return {
    name: 'evidence-verify',
    rules: RULES,
    async evaluate(inputs: Inputs, ctx: GateContext): Promise<Evaluation> {
      const repository = repositoryOf(inputs, ctx);
      const image = inputs.string('image')?.trim();
      let digestInput = inputs.string('subject-digest')?.trim() || undefined;
      if (inputs.string('lookup') === 'referrers' && image) {
        const ref = parseReference(image);
        const imageDigest = typeof ref === 'string' ? undefined : ref.digest;
        if (!imageDigest)
          throw new InputError('image', `'${image}' is not registry/repository@sha256:<hex>`);
        if (digestInput && digestInput !== imageDigest)
          throw new InputError(
            'subject-digest',
            `${digestInput} is not the digest of image ${image}`
          );
        digestInput = imageDigest;
      }
      const subjects = subjectsFromInputs(
        ctx.workspace,
        inputs.list('subject-path'),
        digestInput,
        digestInput ? image || digestInput : undefined
      );
      const hexes = subjects.map((s) => s.digest.sha256);
      if (inputs.string('lookup') !== 'file' && hexes.length !== 1)
        throw new InputError(
          'subject-path',
          `a lookup needs one subject; ${hexes.length} were given`
        );
      const required = [...new Set(inputs.list('require-gates'))];
      if (required.length === 0)
        throw new InputError(
          'require-gates',
          'is empty: name the gates the release must have passed (nothing to check is never a pass)'
        );
      const trust = trustFromInputs(inputs, ctx, repository);
      const evidenceDir = inputs.string('evidence-dir')?.trim()
        ? resolve(ctx.workspace, inputs.string('evidence-dir') as string)
        : undefined;

      const candidates = await findCandidates(inputs, ctx, `sha256:${hexes[0]}`, repository);
      const rejected: { source: string; check: string; message: string }[] = [];
      const judged: Accepted[] = [];
      if (candidates.length) await loadPredicateValidator();
      for (const c of candidates) {
        if (c.problem || c.json === undefined) {
          rejected.push({ source: c.source, check: 'subject', message: c.problem ?? 'no bundle' });
          continue;
        }
        const v = verifyEvidenceBundle(c.json, trust, hexes[0]);
        if (!v.ok) {
          rejected.push({ source: c.source, check: v.check, message: v.message });
          continue;
        }
        judged.push(judge(c, v, required, evidenceDir, hexes.slice(1)));
      }
      const chosen = judged.find((j) => j.findings.length === 0) ?? judged[0];
      const findings: Finding[] = [];
      if (chosen) findings.push(...chosen.findings);
      else if (rejected.length === 0)
        findings.push(
          finding(
            'evidence/no-evidence',
            `no release evidence found for sha256:${hexes[0]} (${inputs.string('lookup')})`
          )
        );
      else
        for (const r of rejected)
          findings.push(
            finding(
              r.check in RULE_OF ? RULE_OF[r.check as BundleCheck] : 'evidence/subject-mismatch',
              `${r.source}: ${r.message}`
            )
          );
      const verdict = findings.length === 0 && chosen ? 'pass' : 'fail';
      const gatesText = chosen ? chosen.table.map((t) => `${t.gate}=${t.status}`).join(',') : '';

      let vsaFile = '';
      let vsaBundle = '';
      const vsaInput = inputs.string('vsa-file')?.trim();
      if (vsaInput) {
        vsaFile = resolve(ctx.workspace, vsaInput);
        const vsa = makeVsa({
          subjectName: subjects[0].name,
          subjectHex: hexes[0],
          verifierId: `https://github.com/ci-intel/hub/actions/evidence-verify@${HUB_VERSION}`,
          timeVerified: ctx.now(),
          resourceUri: image ? `oci://${image}` : subjects[0].name,
          passed: verdict === 'pass',
          policy: { requireGates: required, trust: describeTrust(trust) },
          bundleDigest: chosen?.candidate.digest,
          bundleUri: chosen?.candidate.source
        });
        mkdirSync(dirname(vsaFile), { recursive: true });
        writeFileSync(vsaFile, vsa);
        if ((inputs.string('vsa-signing') ?? 'none') !== 'none') {
          const signer = signerFromInputs(inputs, ctx, deps, VSA_INPUTS);
          vsaBundle = `${vsaFile}.sigstore.json`;
          writeFileSync(vsaBundle, JSON.stringify(await signer.sign(vsa)) + '\n');
        }
      }
      const signer = chosen?.verified.signer;
      return {
        verdict,
        summary:
          verdict === 'pass'
            ? `admitted ${subjects.map((s) => s.name).join(', ')}: evidence of run ${chosen?.verified.evidence.run_id} signed by ${signer?.id}, ${chosen?.verified.evidence.manifest.length} pieces${chosen?.pieces ? ' checked' : ''}, gates ${gatesText}`
            : `refused ${subjects.map((s) => s.name).join(', ')}: ${findings[0].message}${findings.length > 1 ? ` (+${findings.length - 1} more)` : ''}`,
        findings,
        evidence: {
          subjects,
          expected: describeTrust(trust),
          requireGates: required,
          candidates: candidates.length,
          rejected,
          chosen: chosen
            ? {
                source: chosen.candidate.source,
                bundleDigest: chosen.candidate.digest,
                signer,
                runId: chosen.verified.evidence.run_id,
                crypto: chosen.verified.crypto,
                truthTable: chosen.table,
                pieces: chosen.pieces
              }
            : undefined,
          vsaFile: vsaFile || undefined,
          vsaBundle: vsaBundle || undefined
        },
        outputs: {
          'bundle-digest': chosen?.candidate.digest ?? '',
          signer: signer?.id ?? '',
          gates: gatesText,
          'vsa-file': vsaFile,
          'vsa-bundle': vsaBundle
        }
      };
    }
  };
}

export const evidenceVerify = makeEvidenceVerify();
