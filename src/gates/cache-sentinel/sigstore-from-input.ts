/** signing: sigstore — keyless signing with the job's OIDC token; verification against a trusted root. */
import { GateError } from '../../core/errors.js';
import type { GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import type { JobContext } from '../../cache/tier.js';
import type { SigningSetup } from './signing-from-input.js';

export function sigstoreFromInputs(
  _inputs: Inputs,
  _ctx: GateContext,
  _job: JobContext
): SigningSetup {
  throw new GateError(
    'signing: sigstore is not available in this build',
    'Use signing: key with an Ed25519 key from a secret.'
  );
}
