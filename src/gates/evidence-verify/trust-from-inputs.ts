/** What the evidence must be signed by: verify-key, or a trusted root plus the anchored signer. */
import { InputError } from '../../core/errors.js';
import type { GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import { signerPolicy } from '../../evidence/identity.js';
import type { Trust } from '../../evidence/verify.js';
import { KeyError, loadPublicKey } from '../../signing/ed25519.js';
import { GITHUB_ACTIONS_ISSUER } from '../../signing/sigstore.js';
import { IdentityInputError } from '../slsa-verify/identity.js';
import { trustedRoots } from '../../sigstore/trusted-root-input.js';

export function trustFromInputs(
  inputs: Inputs,
  ctx: GateContext,
  repository: string | undefined
): Trust {
  if (inputs.string('signing') === 'key') {
    const pem = inputs.string('verify-key');
    if (!pem)
      throw new InputError(
        'verify-key',
        'is required with signing: key (the Ed25519 public key PEM)'
      );
    try {
      return { kind: 'key', key: loadPublicKey(pem) };
    } catch (err) {
      if (err instanceof KeyError) throw new InputError('verify-key', err.message);
      throw err;
    }
  }
  if (!repository)
    throw new InputError(
      'repository',
      'is required outside a workflow job (GITHUB_REPOSITORY is not set): the owner/name the release is built from'
    );
  let policy;
  try {
    policy = signerPolicy(
      repository,
      inputs.string('signer-workflow')?.trim() || undefined,
      inputs.string('signer-ref')?.trim() || 'refs/tags/v*',
      GITHUB_ACTIONS_ISSUER
    );
  } catch (err) {
    if (err instanceof IdentityInputError)
      throw new InputError(err.input === 'source-uri' ? 'repository' : err.input, err.message);
    throw err;
  }
  return { kind: 'sigstore', roots: trustedRoots(inputs.string('trusted-root'), ctx), policy };
}
