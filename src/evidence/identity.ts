/**
 * The signer a release evidence bundle must come from: one workflow file of one repository at a
 * release tag, compared exactly after normalisation (slsa-verify's identity rules), so a
 * look-alike repository, owner or workflow, a branch or an untagged ref never match.
 */
import { minimatch } from 'minimatch';
import type { FulcioIdentity } from '../sigstore/fulcio.js';
import {
  normaliseSourceUri,
  normaliseWorkflow,
  parseWorkflowRef
} from '../gates/slsa-verify/identity.js';

export interface SignerPolicy {
  /** `https://github.com/o/r`: the repository whose release this is. */
  repository: string;
  /** `https://github.com/o/r/.github/workflows/x.yml`: the workflow holding the signing identity. */
  workflow: string;
  /** Glob for the signing workflow's ref (default `refs/tags/v*`; `*` never spans `/`). */
  ref: string;
  issuer: string;
}

export function signerPolicy(
  repository: string,
  workflow: string | undefined,
  ref: string,
  issuer: string
): SignerPolicy {
  const repo = normaliseSourceUri(
    repository.includes('github.com') ? repository : `github.com/${repository}`
  );
  const wf = normaliseWorkflow(
    'signer-workflow',
    workflow || `${repo.replace(/^https:\/\//, '')}/.github/workflows/release.yml`
  );
  return { repository: repo, workflow: wf, ref, issuer };
}

/** Why the certificate does not satisfy the policy, or undefined when it does. */
export function signerProblem(id: FulcioIdentity, p: SignerPolicy): string | undefined {
  if (id.inconsistencies.length)
    return `the certificate contradicts itself: ${id.inconsistencies.join('; ')}`;
  if (id.issuer !== p.issuer)
    return `certificate issuer is ${id.issuer ?? '(none)'}; expected ${p.issuer}`;
  const san = parseWorkflowRef(id.san);
  if (!san) return `certificate identity ${id.san ?? '(none)'} is not a GitHub workflow identity`;
  if (san.name !== p.workflow)
    return `signed by workflow ${san.name}; expected ${p.workflow} (signer-workflow)`;
  if (!minimatch(san.ref, p.ref, { nobrace: true, noext: true, nonegate: true }))
    return `signed at ref ${san.ref}; expected a ref matching ${p.ref} (signer-ref)`;
  if (id.buildSignerURI !== undefined && id.buildSignerURI !== id.san)
    return `the certificate's build signer URI ${id.buildSignerURI} differs from its identity ${id.san}`;
  const source = id.sourceRepositoryURI;
  if (source !== p.repository)
    return `built from ${source ?? '(no source repository)'}; expected ${p.repository} (repository)`;
  return undefined;
}
