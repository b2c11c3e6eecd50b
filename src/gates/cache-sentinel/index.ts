/** Gate: cache-sentinel — signed, BLAKE3-verified CI caches with quarantine. */
import * as nodeCryptoModule from 'node:crypto';
import { GateError, InputError } from '../../core/errors.js';
import { provideNodeCrypto } from '../../core/lazy-crypto.js';
import type { Gate, GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import type { Evaluation, RuleInfo } from '../../core/result.js';
import { BackendError } from '../../cache/backend.js';
import { jobContext, loadTrustMatcherFor, parseTrustRules, TierError } from '../../cache/tier.js';
import { blake3NativeError, initBlake3 } from '../../hashing/blake3.js';
import { KeyError } from '../../signing/ed25519.js';
import { SigstoreSignError } from '../../signing/sigstore-names.js';
import { backendFromInput } from './backend-from-input.js';
import type { RestoreEvidence } from './restore.js';
import type { SaveEvidence } from './save.js';
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
    id: 'cache-sentinel/portable-hasher',
    title: 'Native BLAKE3 did not load',
    help: 'The native BLAKE3 module could not be loaded on this runner (see evidence.hasherError), so the portable WASM hasher was used: same digests, several times slower. Use a linux-x64 (glibc) runner, or report the platform.',
    severity: 'warning'
  }
];

export type CacheSentinelEvidence = RestoreEvidence | SaveEvidence;

// Every run signs or verifies, so node:crypto is loaded at start: the configuration digest
// (src/core/sha256.ts) uses it too rather than hashing in interpreted JavaScript.
provideNodeCrypto(nodeCryptoModule);

/** Short id of the path list; part of every storage key, like actions/cache's version. */
export function pathsId(paths: string[]): string {
  return nodeCryptoModule
    .createHash('sha256')
    .update(JSON.stringify(paths))
    .digest('hex')
    .slice(0, 12);
}

/** Record which BLAKE3 implementation hashed; the portable fallback is never silent. */
function withHasher(
  result: Evaluation<CacheSentinelEvidence>,
  hasher: 'native' | 'wasm',
  ctx: GateContext
): Evaluation<CacheSentinelEvidence> {
  result.evidence.hasher = hasher;
  if (hasher === 'wasm') {
    const why = blake3NativeError() ?? 'unknown reason';
    result.evidence.hasherError = why;
    ctx.log(`cache-sentinel: warning: native BLAKE3 did not load (${why}); using hash-wasm`);
    result.findings.push({
      rule: 'cache-sentinel/portable-hasher',
      severity: 'warning',
      message: `native BLAKE3 did not load on ${process.platform}-${process.arch} (${why}); the portable hash-wasm hasher was used (same digests, slower)`,
      help: 'Nothing is wrong with the cache; to get the fast path, run on linux-x64 (glibc) or report the platform.'
    });
  }
  return result;
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
    await loadTrustMatcherFor(rules, [job.ref]);
    const signing = await signingFromInputs(inputs, ctx, job, deps);
    const backend = await backendFromInput(inputs.string('backend') ?? 'github', ctx, timeoutMs);
    const hasher = await initBlake3();
    const common = { paths, pathsId: pathsId(paths), key, job, rules, backend, ctx };
    let result: Evaluation<CacheSentinelEvidence>;
    if (operation === 'restore') {
      if (!signing.verifier) throw new InputError(signing.verifierInput, signing.verifierHelp);
      // Each operation loads only its own modules (cold start).
      const { restore } = await import('./restore.js');
      result = await restore({ ...common, restoreKeys, verifier: signing.verifier });
    } else {
      if (!signing.signer) throw new InputError(signing.signerInput, signing.signerHelp);
      const { save } = await import('./save.js');
      result = await save({ ...common, signer: signing.signer });
    }
    return withHasher(result, hasher, ctx);
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
