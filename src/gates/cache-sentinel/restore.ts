/** operation: restore — look up, stage, verify, then (only then) place; quarantine on any rejection. */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { GateError } from '../../core/errors.js';
import type { GateContext } from '../../core/gate.js';
import type { Evaluation } from '../../core/result.js';
import { stopwatch } from '../../core/stopwatch.js';
import type { CacheBackend } from '../../cache/backend.js';
import { EnvelopeError } from '../../cache/backend.js';
import { appendEvent, quarantine } from '../../cache/events.js';
import { Rejection } from '../../cache/extract.js';
import { checkDestinations, DestinationError, placeEntry } from '../../cache/place.js';
import { readableTiers, storageKey, type JobContext, type TrustRule } from '../../cache/tier.js';
import { verifyStagedEntry } from '../../cache/verify-entry.js';
import type { ManifestVerifier } from '../../signing/policy.js';

export interface RestoreRequest {
  paths: string[];
  pathsId: string;
  key: string;
  restoreKeys: string[];
  job: JobContext;
  rules: TrustRule[];
  backend: CacheBackend;
  verifier: ManifestVerifier;
  ctx: GateContext;
}

export interface RestoreEvidence {
  operation: 'restore';
  backend: string;
  tiersRead: string[];
  signerPolicy: string;
  hit: boolean;
  exact: boolean;
  matchedKey?: string;
  tier?: string;
  signer?: string;
  writtenBy?: { event: string; ref: string; runId: string; sha: string };
  files?: number;
  bytes?: number;
  ms: number;
  /** Which BLAKE3 implementation hashed (`wasm` only where the native module cannot load). */
  hasher?: 'native' | 'wasm';
  hasherError?: string;
  quarantine?: { reason: string; message: string; dir: string; files: string[] };
}

export async function restore(req: RestoreRequest): Promise<Evaluation<RestoreEvidence>> {
  const elapsedMs = stopwatch();
  const { ctx } = req;
  const tiers = readableTiers(req.job, req.rules);
  const evidence: RestoreEvidence = {
    operation: 'restore',
    backend: req.backend.name,
    tiersRead: tiers,
    signerPolicy: req.verifier.describe(),
    hit: false,
    exact: false,
    ms: 0
  };
  const outputs = {
    'cache-hit': 'false',
    'matched-key': '',
    'verified-files': '0',
    quarantined: 'false'
  };
  const stagingRoot = join(ctx.tempDir, 'cache-sentinel');
  mkdirSync(stagingRoot, { recursive: true, mode: 0o700 });

  for (const tier of tiers) {
    const keys = [req.key, ...req.restoreKeys].map((k) => storageKey(tier, req.pathsId, k));
    const found = await req.backend.lookup(keys);
    if (!found) continue;
    const staging = mkdtempSync(join(stagingRoot, 'staging-'));
    let bytes = 0;
    let payloadPath: string | undefined;
    try {
      const fetched = await found.fetch(staging);
      bytes = fetched.bytes;
      payloadPath = fetched.payloadPath;
      const verified = await verifyStagedEntry({
        payloadPath,
        stagingDir: staging,
        matchedKey: found.matchedKey,
        tier,
        paths: req.paths,
        pathsId: req.pathsId,
        job: req.job,
        rules: req.rules,
        verifier: req.verifier
      });
      const home = ctx.env.HOME || undefined;
      const placement = { roots: verified.manifest.roots, entries: verified.entries };
      checkDestinations(placement, ctx.workspace, home);
      placeEntry(placement, verified.extractDir, ctx.workspace, home);
      rmSync(staging, { recursive: true, force: true });
      const m = verified.manifest;
      const exact = found.matchedKey === keys[0];
      evidence.ms = elapsedMs();
      Object.assign(evidence, {
        hit: true,
        exact,
        matchedKey: m.key,
        tier,
        signer: verified.signer.id,
        writtenBy: { event: m.event, ref: m.ref, runId: m.runId, sha: m.sha },
        files: verified.stats.files,
        bytes: verified.stats.bytes
      });
      appendEvent(ctx.tempDir, {
        event: 'cache_events',
        hit: true,
        key: req.key,
        matchedKey: m.key,
        tier,
        bytes,
        ms: evidence.ms,
        verified: true,
        ts: ctx.now().toISOString()
      });
      ctx.log(
        `cache-sentinel: restored ${m.key} (${tier}, ${verified.stats.files} files verified, signed by ${verified.signer.id})`
      );
      return {
        verdict: 'pass',
        summary: `${exact ? 'restored' : 'restored (restore-key match)'} ${m.key} from tier ${tier}: ${verified.stats.files} files verified (BLAKE3, signed by ${verified.signer.id})`,
        findings: [],
        evidence,
        outputs: {
          'cache-hit': String(exact),
          'matched-key': m.key,
          'verified-files': String(verified.stats.files),
          quarantined: 'false'
        }
      };
    } catch (err) {
      if (!(err instanceof Rejection) && !(err instanceof EnvelopeError)) {
        rmSync(staging, { recursive: true, force: true });
        if (err instanceof DestinationError)
          throw new GateError(
            err.message,
            'The entry verified, but its destination is a symlink leading out of the workspace (or a file); the gate refuses to write through it. Remove it before the restore step.',
            err.path
          );
        throw err;
      }
      const reason = err instanceof Rejection ? err.reason : 'bad-envelope';
      // The payload was read in place: keep a copy with the rejected entry, for forensics.
      if (payloadPath && !existsSync(join(staging, 'payload.tar'))) {
        try {
          copyFileSync(payloadPath, join(staging, 'payload.tar'));
        } catch {
          // the store's copy remains; the quarantine record names the key
        }
      }
      const files = err instanceof Rejection && err.file ? [err.file] : [];
      const dir = quarantine(ctx.tempDir, staging, ctx.now());
      evidence.ms = elapsedMs();
      evidence.quarantine = { reason, message: err.message, dir, files };
      evidence.tier = tier;
      appendEvent(ctx.tempDir, {
        event: 'cache_quarantine',
        key: found.matchedKey,
        tier,
        reason,
        files,
        ts: ctx.now().toISOString(),
        message: err.message,
        dir
      });
      appendEvent(ctx.tempDir, {
        event: 'cache_events',
        hit: false,
        key: req.key,
        matchedKey: found.matchedKey,
        tier,
        bytes,
        ms: evidence.ms,
        verified: false,
        ts: ctx.now().toISOString()
      });
      return {
        verdict: 'fail',
        summary: `quarantined cache entry ${found.matchedKey} (${reason}): ${err.message}`,
        findings: [
          {
            rule: 'cache-sentinel/quarantined',
            severity: 'error',
            message: `cache entry '${found.matchedKey}' in tier '${tier}' rejected (${reason}): ${err.message}. Moved to ${dir}; nothing was restored.`,
            help: 'Rebuild instead of restoring, and find out who wrote this entry. Re-run with mode: audit only to continue without the cache.'
          }
        ],
        evidence,
        outputs: { ...outputs, quarantined: 'true' }
      };
    }
  }
  evidence.ms = elapsedMs();
  appendEvent(ctx.tempDir, {
    event: 'cache_events',
    hit: false,
    key: req.key,
    matchedKey: '',
    tier: '',
    bytes: 0,
    ms: evidence.ms,
    verified: false,
    ts: ctx.now().toISOString()
  });
  return {
    verdict: 'pass',
    summary: `cache miss for ${req.key} (looked in ${tiers.join(', ')})`,
    findings: [],
    evidence,
    outputs
  };
}
