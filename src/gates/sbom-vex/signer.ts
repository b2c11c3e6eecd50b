/** The signer policy for VEX documents, from inputs vex-signer, vex-signer-issuer, trusted-root. */
import { resolve } from 'node:path';
import { InputError } from '../../core/errors.js';
import type { GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import { FileReadError, readRegularTextFile } from '../../core/read-file.js';
import { publicGoodTrust, trustFromText, TrustRootError } from '../../sigstore/trust.js';
import type { SignerPolicy } from '../../vuln/vex-signature.js';

export function loadSigner(inputs: Inputs, ctx: GateContext): SignerPolicy | undefined {
  const identity = inputs.string('vex-signer')?.trim();
  if (!identity) return undefined;
  const issuer =
    inputs.string('vex-signer-issuer')?.trim() || 'https://token.actions.githubusercontent.com';
  const rootFile = inputs.string('trusted-root')?.trim();
  if (!rootFile) return { identity, issuer, roots: [publicGoodTrust()] };
  try {
    const text = readRegularTextFile(resolve(ctx.workspace, rootFile), {
      maxBytes: 4 * 1024 * 1024,
      what: "input 'trusted-root':"
    });
    return { identity, issuer, roots: trustFromText(text, rootFile) };
  } catch (err) {
    if (err instanceof FileReadError || err instanceof TrustRootError)
      throw new InputError('trusted-root', err.message);
    throw err;
  }
}
