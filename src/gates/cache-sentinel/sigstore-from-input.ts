/** signing: sigstore — keyless signing with the job's OIDC token; verification against a trusted root. */
import { InputError } from '../../core/errors.js';
import type { GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import type { JobContext } from '../../cache/tier.js';
import {
  GITHUB_ACTIONS_ISSUER,
  PUBLIC_FULCIO_URL,
  PUBLIC_REKOR_URL,
  SigstoreSigner,
  SigstoreVerifier
} from '../../signing/sigstore.js';
import { jobTokenGetter, serviceURL } from '../../signing/keyless-inputs.js';
import { trustedRoots } from '../../sigstore/trusted-root-input.js';
import type { SigningSetup } from './signing-from-input.js';

/** What the runtime supplies (the Actions adapter: `core.getIDToken`). */
export interface SigstoreDeps {
  /** The job's OIDC token for an audience; undefined where there is none (local runs). */
  idToken?: (audience: string) => Promise<string>;
}

export function sigstoreFromInputs(
  inputs: Inputs,
  ctx: GateContext,
  job: JobContext,
  deps: SigstoreDeps = {}
): SigningSetup {
  const operation = inputs.string('operation');
  const setup: SigningSetup = {
    signerInput: 'signing',
    signerHelp:
      "sigstore needs the job's OIDC token: run in a GitHub Actions job with permissions id-token: write, or use signing: key",
    verifierInput: 'trusted-root',
    verifierHelp: 'a trusted_root.json (default: the pinned Sigstore public-good root)'
  };
  if (operation === 'save') {
    const idToken = deps.idToken;
    if (!idToken || ctx.env.GITHUB_ACTIONS !== 'true') return setup;
    const timeoutMs = Math.min(inputs.duration('timeout') ?? 60_000, 60_000);
    setup.signer = new SigstoreSigner({
      getToken: jobTokenGetter(idToken, ctx, 'signing'),
      fulcioURL: serviceURL(ctx, 'CI_INTEL_FULCIO_URL', PUBLIC_FULCIO_URL),
      rekorURL: serviceURL(ctx, 'CI_INTEL_REKOR_URL', PUBLIC_REKOR_URL),
      timeoutMs
    });
    return setup;
  }
  const signer = inputs.string('signer');
  if (!signer && !ctx.env.GITHUB_REPOSITORY)
    throw new InputError(
      'signer',
      'is required outside a workflow job (GITHUB_REPOSITORY is not set): the expected workflow identity glob'
    );
  setup.verifier = new SigstoreVerifier(trustedRoots(inputs.string('trusted-root'), ctx), {
    identity: signer || `https://github.com/${job.repository}/.github/workflows/*`,
    issuer: GITHUB_ACTIONS_ISSUER
  });
  return setup;
}
