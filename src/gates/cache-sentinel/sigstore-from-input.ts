/**
 * signing: sigstore — keyless signing with the job's OIDC token; verification against a trusted
 * root. The Sigstore stack (src/signing/sigstore.ts with @sigstore/*, the trust roots) loads only
 * when the run signs or verifies: a restore that misses, or a save that fails before signing,
 * never loads it. A `trusted-root` file the user gives is still read and checked at the start, so
 * a bad one is an input error whatever the cache holds; the pinned public-good root needs no check.
 */
import { InputError } from '../../core/errors.js';
import type { GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import type { JobContext } from '../../cache/tier.js';
import type { ManifestSigner, ManifestVerifier } from '../../signing/policy.js';
import type { SignatureDoc, SignerIdentity } from '../../signing/signature.js';
import {
  describeSigstorePolicy,
  GITHUB_ACTIONS_ISSUER,
  PUBLIC_FULCIO_URL,
  PUBLIC_REKOR_URL,
  type SigstorePolicy
} from '../../signing/sigstore-names.js';
import { jobTokenGetter, serviceURL } from '../../signing/keyless-inputs.js';
import type { SigningSetup } from './signing-from-input.js';

/** What the runtime supplies (the Actions adapter: `core.getIDToken`). */
export interface SigstoreDeps {
  /** The job's OIDC token for an audience; undefined where there is none (local runs). */
  idToken?: (audience: string) => Promise<string>;
}

const sigstoreStack = () => import('../../signing/sigstore.js');
const trustInput = () => import('../../sigstore/trusted-root-input.js');

/** A signer made (and its modules loaded) at the first signature. */
class DeferredSigner implements ManifestSigner {
  private made?: Promise<ManifestSigner>;
  constructor(private readonly make: () => Promise<ManifestSigner>) {}
  async sign(manifest: Uint8Array): Promise<SignatureDoc> {
    this.made ??= this.make();
    return (await this.made).sign(manifest);
  }
}

/** A verifier made (and its modules loaded) at the first verification. */
class DeferredVerifier implements ManifestVerifier {
  private made?: Promise<ManifestVerifier>;
  constructor(
    private readonly make: () => Promise<ManifestVerifier>,
    private readonly description: string
  ) {}
  async verify(manifest: Uint8Array, signature: Uint8Array | undefined): Promise<SignerIdentity> {
    this.made ??= this.make();
    return (await this.made).verify(manifest, signature);
  }
  describe(): string {
    return this.description;
  }
}

export async function sigstoreFromInputs(
  inputs: Inputs,
  ctx: GateContext,
  job: JobContext,
  deps: SigstoreDeps = {}
): Promise<SigningSetup> {
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
    const options = {
      getToken: jobTokenGetter(idToken, ctx, 'signing'),
      fulcioURL: serviceURL(ctx, 'CI_INTEL_FULCIO_URL', PUBLIC_FULCIO_URL),
      rekorURL: serviceURL(ctx, 'CI_INTEL_REKOR_URL', PUBLIC_REKOR_URL),
      timeoutMs
    };
    setup.signer = new DeferredSigner(
      async () => new (await sigstoreStack()).SigstoreSigner(options)
    );
    return setup;
  }
  const signer = inputs.string('signer');
  if (!signer && !ctx.env.GITHUB_REPOSITORY)
    throw new InputError(
      'signer',
      'is required outside a workflow job (GITHUB_REPOSITORY is not set): the expected workflow identity glob'
    );
  const policy: SigstorePolicy = {
    identity: signer || `https://github.com/${job.repository}/.github/workflows/*`,
    issuer: GITHUB_ACTIONS_ISSUER
  };
  const file = inputs.string('trusted-root');
  const given = file ? (await trustInput()).trustedRoots(file, ctx) : undefined;
  setup.verifier = new DeferredVerifier(async () => {
    const [{ SigstoreVerifier }, roots] = await Promise.all([
      sigstoreStack(),
      given ?? trustInput().then((t) => t.trustedRoots(undefined, ctx))
    ]);
    return new SigstoreVerifier(roots, policy);
  }, describeSigstorePolicy(policy));
  return setup;
}
