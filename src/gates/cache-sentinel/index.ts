/** Gate: cache-sentinel — signed, BLAKE3-verified CI caches with quarantine. */
import { createHash } from 'node:crypto';
import { GateError, InputError } from '../../core/errors.js';
import type { Gate, GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import type { Evaluation, RuleInfo } from '../../core/result.js';
import { BackendError } from '../../cache/backend.js';
import { jobContext, parseTrustRules, TierError } from '../../cache/tier.js';
import { initBlake3 } from '../../hashing/blake3.js';
import { KeyError } from '../../signing/ed25519.js';
import { SigstoreSignError } from '../../signing/sigstore.js';
import { backendFromInput } from './backend-from-input.js';
import { restore, type RestoreEvidence } from './restore.js';
import { save, type SaveEvidence } from './save.js';
import { signingFromInputs } from './signing-from-input.js';
import type { SigstoreDeps } from './sigstore-from-input.js';

export const RULES: RuleInfo[] = [
  {
    id: 'cache-sentinel/quarantined',
    title: 'Cache entry rejected and quarantined',
    help: 'The entry failed signature, tier or integrity checks and was moved to $RUNNER_TEMP/ci-intel/quarantine; the job must rebuild. Investigate who wrote it (see cache-events.ndjson).',
    severity: 'error'
  },
  {
    id: 'cache-sentinel/nothing-to-save',
    title: 'No files matched the cache paths',
    help: 'Check the path input: nothing was saved.',
    severity: 'warning'
  }
];

export type CacheSentinelEvidence = RestoreEvidence | SaveEvidence;

/** Short id of the path list; part of every storage key, like actions/cache's version. */
export function pathsId(paths: string[]): string {
  return createHash('sha256').update(JSON.stringify(paths)).digest('hex').slice(0, 12);
}

async function evaluate(
  inputs: Inputs,
  ctx: GateContext,
  deps: SigstoreDeps
): Promise<Evaluation<CacheSentinelEvidence>> {
  const operation = inputs.requireString('operation');
  const paths = inputs.list('path');
  if (!paths.length) throw new InputError('path', 'is required: files, folders or globs to cache');
  const key = inputs.requireString('key');
  if (key.length > 512 || key.includes(','))
    throw new InputError('key', 'must be at most 512 characters without commas (as actions/cache)');
  const restoreKeys = inputs.list('restore-keys');
  const timeoutMs = inputs.duration('timeout') ?? 300_000;
  try {
    const job = jobContext(ctx.env, inputs.string('default-branch') || undefined);
    const rules = parseTrustRules(inputs.list('trust'), job.defaultBranch);
    const signing = signingFromInputs(inputs, ctx, job, deps);
    const backend = await backendFromInput(inputs.string('backend') ?? 'github', ctx, timeoutMs);
    await initBlake3();
    const common = { paths, pathsId: pathsId(paths), key, job, rules, backend, ctx };
    if (operation === 'restore') {
      if (!signing.verifier) throw new InputError(signing.verifierInput, signing.verifierHelp);
      return await restore({ ...common, restoreKeys, verifier: signing.verifier });
    }
    if (!signing.signer) throw new InputError(signing.signerInput, signing.signerHelp);
    return await save({ ...common, signer: signing.signer });
  } catch (err) {
    if (err instanceof BackendError)
      throw new GateError(
        err.message,
        'The cache service did not answer as expected; the gate fails closed. Re-run the job, or use mode: audit to continue without the cache.'
      );
    if (err instanceof SigstoreSignError)
      throw new GateError(
        err.message,
        'The manifest could not be signed, so nothing was saved. Check permissions: id-token: write and that the Sigstore services are reachable, or use signing: key.'
      );
    if (err instanceof TierError) throw new InputError('trust', err.message);
    if (err instanceof KeyError)
      throw new InputError(
        inputs.string('signing-key') ? 'signing-key' : 'verify-key',
        err.message
      );
    throw err;
  }
}

/** The gate with what the runtime supplies (the Actions adapter passes `core.getIDToken`). */
export function makeCacheSentinel(deps: SigstoreDeps = {}): Gate<CacheSentinelEvidence> {
  return {
    name: 'cache-sentinel',
    rules: RULES,
    evaluate: (inputs, ctx) => evaluate(inputs, ctx, deps)
  };
}

/** Without an OIDC token provider: signing: sigstore can restore but not save (local runs). */
export const cacheSentinel = makeCacheSentinel();
