/** The statement signer the inputs ask for: an Ed25519 key, or keyless with the job's OIDC token. */
import { InputError } from '../../core/errors.js';
import { readRegularTextFile } from '../../core/read-file.js';
import { parseStrictJson } from '../../core/strict-json.js';
import type { GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../../evidence/format.js';
import { signWithKey } from '../../evidence/key-bundle.js';
import { KeyError, keyId, loadPrivateKey } from '../../signing/ed25519.js';
import { PUBLIC_FULCIO_URL, PUBLIC_REKOR_URL, SigstoreSigner } from '../../signing/sigstore.js';
import { createPublicKey } from 'node:crypto';
import { jobTokenGetter, serviceURL } from '../../signing/keyless-inputs.js';

export const GITHUB_FULCIO_URL = 'https://fulcio.githubapp.com';
export const GITHUB_TSA_URL = 'https://timestamp.githubapp.com';

export interface EvidenceSigner {
  /** What signs, for the evidence: `key ed25519:…` or `sigstore public-good (Fulcio …)`. */
  description: string;
  sign(statement: Buffer): Promise<unknown>;
}

export interface SignerDeps {
  idToken?: (audience: string) => Promise<string>;
}

/** Which inputs name the signing choice, the key and the instance (evidence-bundle's, or the VSA's). */
export interface SignerInputNames {
  signing: string;
  key: string;
  instance: string;
}

const BUNDLE_INPUTS: SignerInputNames = {
  signing: 'signing',
  key: 'signing-key',
  instance: 'sigstore-instance'
};

/** public-good or github, from the input or (auto) the event payload's repository visibility. */
function instanceOf(
  inputs: Inputs,
  ctx: GateContext,
  names: SignerInputNames
): 'public-good' | 'github' {
  const v = inputs.string(names.instance) ?? 'auto';
  if (v === 'public-good' || v === 'github') return v;
  const path = ctx.env.GITHUB_EVENT_PATH;
  let priv: unknown;
  try {
    if (path)
      priv = (
        parseStrictJson(
          readRegularTextFile(path, { maxBytes: 32 * 1024 * 1024, what: 'the event payload' }),
          'GITHUB_EVENT_PATH'
        ) as { repository?: { private?: unknown } }
      ).repository?.private;
  } catch {
    priv = undefined;
  }
  if (typeof priv !== 'boolean') {
    throw new InputError(
      names.instance,
      'auto could not tell from the event payload whether the repository is public or private; set public-good or github'
    );
  }
  return priv ? 'github' : 'public-good';
}

export function signerFromInputs(
  inputs: Inputs,
  ctx: GateContext,
  deps: SignerDeps,
  names: SignerInputNames = BUNDLE_INPUTS
): EvidenceSigner {
  if (inputs.string(names.signing) === 'key') {
    const pem = inputs.string(names.key);
    if (!pem)
      throw new InputError(
        names.key,
        `is required with ${names.signing}: key (an Ed25519 private key PEM from a secret)`
      );
    let key;
    try {
      key = loadPrivateKey(pem);
    } catch (err) {
      if (err instanceof KeyError) throw new InputError(names.key, err.message);
      throw err;
    }
    return {
      description: `key ${keyId(createPublicKey(key))}`,
      sign: async (statement) => signWithKey(statement, IN_TOTO_PAYLOAD_TYPE, key)
    };
  }
  const idToken = deps.idToken;
  if (!idToken || ctx.env.GITHUB_ACTIONS !== 'true' || !ctx.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    throw new InputError(
      names.signing,
      "sigstore needs the job's OIDC token: run in a GitHub Actions job with permissions id-token: write, or use signing: key"
    );
  }
  const instance = instanceOf(inputs, ctx, names);
  const timeoutMs = Math.min(inputs.duration('timeout') ?? 60_000, 600_000);
  const fulcioURL = serviceURL(
    ctx,
    'CI_INTEL_FULCIO_URL',
    instance === 'github' ? GITHUB_FULCIO_URL : PUBLIC_FULCIO_URL
  );
  const rekorURL =
    instance === 'public-good'
      ? serviceURL(ctx, 'CI_INTEL_REKOR_URL', PUBLIC_REKOR_URL)
      : undefined;
  const tsaURL =
    instance === 'github' ? serviceURL(ctx, 'CI_INTEL_TSA_URL', GITHUB_TSA_URL) : undefined;
  const signer = new SigstoreSigner({
    getToken: jobTokenGetter(idToken, ctx, names.signing),
    fulcioURL,
    rekorURL,
    tsaURL,
    timeoutMs,
    payloadType: IN_TOTO_PAYLOAD_TYPE
  });
  return {
    description: `sigstore ${instance} (Fulcio ${fulcioURL}, ${rekorURL ? `Rekor ${rekorURL}` : `TSA ${tsaURL}`})`,
    sign: async (statement) => {
      const doc = await signer.sign(statement);
      if (doc.type !== 'sigstore')
        throw new Error('unreachable: keyless signing returned a key signature');
      return doc.bundle;
    }
  };
}
