/** The signer and verifier the `signing` inputs ask for. */
import type { GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import type { JobContext } from '../../cache/tier.js';
import {
  ed25519FromInputs,
  type ManifestSigner,
  type ManifestVerifier
} from '../../signing/policy.js';
import { sigstoreFromInputs, type SigstoreDeps } from './sigstore-from-input.js';

export interface SigningSetup {
  signer?: ManifestSigner;
  verifier?: ManifestVerifier;
  signerInput: string;
  signerHelp: string;
  verifierInput: string;
  verifierHelp: string;
}

export async function signingFromInputs(
  inputs: Inputs,
  ctx: GateContext,
  job: JobContext,
  deps: SigstoreDeps = {}
): Promise<SigningSetup> {
  if (inputs.string('signing') === 'key') {
    const { signer, verifier } = ed25519FromInputs(
      inputs.string('signing-key'),
      inputs.string('verify-key'),
      inputs.string('signer')
    );
    return {
      signer,
      verifier,
      signerInput: 'signing-key',
      signerHelp:
        'is required to save with signing: key (an Ed25519 private key PEM from a secret, e.g. openssl genpkey -algorithm ed25519)',
      verifierInput: 'verify-key',
      verifierHelp:
        'is required to restore with signing: key (the Ed25519 public key PEM, or give signing-key)'
    };
  }
  return sigstoreFromInputs(inputs, ctx, job, deps);
}
