/** signing: sigstore — keyless signing with the job's OIDC token; verification against a trusted root. */
import { resolve } from 'node:path';
import { FileReadError, readRegularTextFile } from '../../core/read-file.js';
import { JsonDocumentError, parseStrictJson } from '../../core/strict-json.js';
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
import { publicGoodTrust, trustFromText, TrustRootError } from '../../sigstore/trust.js';
import type { SigningSetup } from './signing-from-input.js';

/** What the runtime supplies (the Actions adapter: `core.getIDToken`). */
export interface SigstoreDeps {
  /** The job's OIDC token for an audience; undefined where there is none (local runs). */
  idToken?: (audience: string) => Promise<string>;
}

const MAX_TRUSTED_ROOT_BYTES = 4 * 1024 * 1024;

/** A trusted root is one JSON document or JSON Lines of them; none may repeat a key. */
function refuseDuplicateKeys(text: string, source: string): void {
  try {
    parseStrictJson(text, source);
    return;
  } catch (err) {
    if (!(err instanceof JsonDocumentError) || err.pointer !== undefined) throw err;
  }
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      parseStrictJson(line, `${source} line ${i + 1}`);
    } catch (err) {
      // Not JSON at all is for trustFromText to explain; a duplicate key is refused here.
      if (err instanceof JsonDocumentError && err.pointer !== undefined) throw err;
    }
  });
}

export function trustedRoots(file: string | undefined, ctx: GateContext) {
  if (!file) return [publicGoodTrust()];
  const abs = resolve(ctx.workspace, file);
  try {
    const text = readRegularTextFile(abs, {
      maxBytes: MAX_TRUSTED_ROOT_BYTES,
      what: 'trusted root'
    });
    refuseDuplicateKeys(text, file);
    return trustFromText(text, file);
  } catch (err) {
    if (
      err instanceof TrustRootError ||
      err instanceof FileReadError ||
      err instanceof JsonDocumentError
    )
      throw new InputError('trusted-root', err.message);
    throw err;
  }
}

export function serviceURL(ctx: GateContext, name: string, fallback: string): string {
  const v = ctx.env[name]?.trim() || fallback;
  try {
    const u = new URL(v);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('not http(s)');
  } catch {
    throw new InputError('signing', `${name}='${v}' is not an http(s) URL`);
  }
  return v.replace(/\/+$/, '');
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
      getToken: async () => {
        let token: string;
        try {
          token = await idToken('sigstore');
        } catch (err) {
          throw new InputError(
            'signing',
            `could not get the job's OIDC token (${(err as Error).message}); grant permissions: id-token: write, or use signing: key`
          );
        }
        ctx.secret(token);
        return token;
      },
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
