/** Where the evidence comes from: a bundle file, the attestations API, or the image's referrers. */
import { resolve } from 'node:path';
import { InputError } from '../../core/errors.js';
import type { GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import { readRegularTextFile } from '../../core/read-file.js';
import { parseStrictJson } from '../../core/strict-json.js';
import { sha256Digest } from '../../evidence/canonical.js';
import { PREDICATE_TYPE } from '../../evidence/format.js';
import { apiOptionsOf } from '../../evidence/gate-inputs.js';
import { MAX_BUNDLE_BYTES } from '../../evidence/format.js';
import { canonicalJson } from '../../evidence/canonical.js';

export interface Candidate {
  /** Where it was found, for messages. */
  source: string;
  json?: unknown;
  digest?: string;
  /** Why it cannot be evidence at all (found but unusable). */
  problem?: string;
}

export async function findCandidates(
  inputs: Inputs,
  ctx: GateContext,
  subjectDigest: string,
  repository: string | undefined
): Promise<Candidate[]> {
  const lookup = inputs.string('lookup') ?? 'file';
  const timeoutMs = inputs.duration('timeout') ?? 60_000;
  if (lookup === 'file') {
    const file = inputs.string('bundle')?.trim();
    if (!file)
      throw new InputError(
        'bundle',
        'give the signed evidence bundle file, or set lookup: attestations or referrers'
      );
    const text = readRegularTextFile(resolve(ctx.workspace, file), {
      maxBytes: MAX_BUNDLE_BYTES,
      what: "input 'bundle'"
    });
    return [
      { source: file, json: parseStrictJson(text, file), digest: sha256Digest(Buffer.from(text)) }
    ];
  }
  if (lookup === 'attestations') {
    if (!repository)
      throw new InputError(
        'repository',
        'is needed with lookup: attestations (GITHUB_REPOSITORY is not set)'
      );
    // The API and registry clients load only for a lookup.
    const { lookupAttestations } = await import('../../evidence/attestations.js');
    const bundles = await lookupAttestations(
      repository,
      subjectDigest,
      PREDICATE_TYPE,
      apiOptionsOf(inputs, ctx, timeoutMs, 'with attestations: read')
    );
    return bundles.map((b, i) => ({
      source: `attestations API of ${repository} (#${i + 1})`,
      json: b,
      digest: sha256Digest(Buffer.from(canonicalJson(b)))
    }));
  }
  const image = inputs.string('image')?.trim();
  if (!image)
    throw new InputError(
      'image',
      'is required with lookup: referrers (registry/repository@sha256:<hex>)'
    );
  const username = inputs.string('registry-username')?.trim();
  const password = inputs.string('registry-password');
  const { discoverEvidenceReferrers } = await import('../../evidence/referrer.js');
  const found = await discoverEvidenceReferrers({
    image,
    credentials: username && password ? { username, password } : undefined,
    insecure: inputs.boolean('insecure'),
    deadline: Date.now() + 10 * timeoutMs,
    secret: ctx.secret,
    log: ctx.log
  });
  return found.map((f) => ({
    source: `referrer ${f.digest} of ${image}`,
    json: f.bundle,
    digest: f.bundle === undefined ? undefined : sha256Digest(Buffer.from(canonicalJson(f.bundle))),
    problem: f.problem
  }));
}
