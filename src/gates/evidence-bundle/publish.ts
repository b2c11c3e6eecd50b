/** Storing the signed bundle where admission looks: the GitHub attestations API, the image's referrers. */
import { InputError } from '../../core/errors.js';
import type { GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import type { Subject } from '../../evidence/format.js';
import { apiOptionsOf } from '../../evidence/gate-inputs.js';

export interface PublishReport {
  attestationId?: string;
  referrerDigest?: string;
  referrer?: string;
}

export interface Publishable {
  bundle: unknown;
  bundleText: string;
  repository?: string;
  subjects: Subject[];
}

export async function publishEvidence(
  inputs: Inputs,
  ctx: GateContext,
  p: Publishable
): Promise<PublishReport> {
  const out: PublishReport = {};
  const timeoutMs = inputs.duration('timeout') ?? 60_000;
  if (inputs.boolean('push-to-attestations')) {
    if (!p.repository)
      throw new InputError(
        'repository',
        'is needed with push-to-attestations (GITHUB_REPOSITORY is not set)'
      );
    const { storeAttestation } = await import('../../evidence/attestations.js');
    out.attestationId = await storeAttestation(
      p.repository,
      p.bundle,
      apiOptionsOf(inputs, ctx, timeoutMs, 'with attestations: write', {
        retries: 0,
        deadlineFactor: 3
      })
    );
  }
  if (inputs.boolean('push-to-registry')) {
    const name = inputs.string('subject-name')?.trim();
    const digest = inputs.string('subject-digest')?.trim();
    if (!name || !digest)
      throw new InputError(
        'push-to-registry',
        'needs subject-name (the image repository) and subject-digest (the image digest)'
      );
    const username = inputs.string('registry-username')?.trim();
    const password = inputs.string('registry-password');
    const { pushEvidenceReferrer } = await import('../../evidence/referrer.js');
    const pushed = await pushEvidenceReferrer({
      image: `${name}@${digest}`,
      bundleText: p.bundleText,
      credentials: username && password ? { username, password } : undefined,
      insecure: inputs.boolean('insecure'),
      deadline: Date.now() + 5 * timeoutMs,
      secret: ctx.secret,
      log: ctx.log
    });
    out.referrerDigest = pushed.digest;
    out.referrer = pushed.reference;
  }
  return out;
}
