/**
 * operation: save — walk, hash and pack the paths as a stream (entries.ndjson written beside the
 * tar, one line per member), sign the small v2 manifest header pinning both, store the envelope.
 */
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../core/errors.js';
import type { GateContext } from '../../core/gate.js';
import type { Evaluation, Finding } from '../../core/result.js';
import { stopwatch } from '../../core/stopwatch.js';
import type { CacheBackend } from '../../cache/backend.js';
import { writePayload } from '../../cache/payload.js';
import { ownTier, storageKey, type JobContext, type TrustRule } from '../../cache/tier.js';
import { EntriesWriter } from '../../cache/entries-file.js';
import {
  ENTRIES_FILE,
  MANIFEST_SCHEMA_V2,
  serializeManifest,
  type CacheManifestV2,
  type EntriesFileRef
} from '../../hashing/manifest.js';
import { walkEntries } from '../../hashing/tree.js';
import type { ManifestSigner } from '../../signing/policy.js';

export interface SaveRequest {
  paths: string[];
  pathsId: string;
  key: string;
  job: JobContext;
  rules: TrustRule[];
  backend: CacheBackend;
  signer: ManifestSigner;
  ctx: GateContext;
}

export interface SaveEvidence {
  operation: 'save';
  backend: string;
  tier: string;
  storageKey: string;
  stored: 'saved' | 'exists' | 'nothing';
  files: number;
  entries: number;
  bytes: number;
  archive?: { blake3: string; size: number; compression?: 'zstd' };
  signature?: string;
  missing: string[];
  ms: number;
  /** Which BLAKE3 implementation hashed (`wasm` only where the native module cannot load). */
  hasher?: 'native' | 'wasm';
  hasherError?: string;
}

export async function save(req: SaveRequest): Promise<Evaluation<SaveEvidence>> {
  const elapsedMs = stopwatch();
  const { ctx, job } = req;
  const tier = ownTier(job, req.rules);
  const key = storageKey(tier, req.pathsId, req.key);
  const { roots, entries, missing } = walkEntries(req.paths, ctx.workspace, ctx.env.HOME);
  const evidence: SaveEvidence = {
    operation: 'save',
    backend: req.backend.name,
    tier,
    storageKey: key,
    stored: 'nothing',
    files: 0,
    entries: 0,
    bytes: 0,
    missing,
    ms: 0
  };
  const findings: Finding[] = [];
  const outputs = {
    'cache-hit': 'false',
    'matched-key': '',
    'verified-files': '0',
    quarantined: 'false'
  };
  // Nothing to check is never a pass: every path item must contribute at least one file (known
  // once the walk is done; the unsaved envelope is thrown away).
  const perRoot = new Array<number>(roots.length).fill(0);
  const refuseEmpty = (): void => {
    const empty = req.paths.filter((_, i) => perRoot[i] === 0);
    if (!empty.length) return;
    const what = empty.map(
      (p) => `'${p}'${missing.includes(p) ? ' (matches nothing)' : ' (no files in it)'}`
    );
    throw new InputError(
      'path',
      `${what.join(', ')}: no file to cache in the workspace ${ctx.workspace}; nothing was saved. Save after the step that creates the files, or fix the path (relative paths are under the workspace, ~ is ${ctx.env.HOME ?? 'the home folder'})`
    );
  };

  // A local store hands out a folder inside itself (the envelope is adopted with one rename);
  // otherwise the envelope is written to a private temp folder and the backend uploads it.
  let work: string | undefined;
  let envelope: string;
  if (req.backend.newEnvelopeDir) {
    envelope = req.backend.newEnvelopeDir();
  } else {
    const workRoot = join(ctx.tempDir, 'cache-sentinel');
    mkdirSync(workRoot, { recursive: true, mode: 0o700 });
    work = mkdtempSync(join(workRoot, 'save-'));
    envelope = join(work, 'envelope');
    mkdirSync(envelope);
  }
  try {
    // The walk, the tar and the entries file advance together: one entry at a time.
    const entriesFd = openSync(join(envelope, ENTRIES_FILE), 'wx', 0o600);
    let entriesRef: EntriesFileRef;
    let archive: Awaited<ReturnType<typeof writePayload>>;
    try {
      const lines = new EntriesWriter(entriesFd);
      archive = await writePayload(entries, join(envelope, 'payload.tar'), undefined, (e) => {
        lines.add(e);
        if (e.type === 'file') {
          perRoot[e.root]++;
          evidence.files++;
          evidence.bytes += e.size;
        }
      });
      entriesRef = lines.end();
    } finally {
      closeSync(entriesFd);
    }
    evidence.entries = entriesRef.count;
    refuseEmpty();
    const manifest: CacheManifestV2 = {
      schema: MANIFEST_SCHEMA_V2,
      key: req.key,
      tier,
      event: job.event,
      ref: job.ref,
      repository: job.repository,
      runId: job.runId,
      sha: job.sha,
      createdAt: ctx.now().toISOString(),
      roots,
      archive: {
        blake3: archive.blake3,
        size: archive.size,
        ...(archive.compression === 'zstd' ? { compression: 'zstd' as const } : {})
      },
      entries: entriesRef
    };
    const bytes = serializeManifest(manifest);
    const signature = await req.signer.sign(bytes);
    writeFileSync(join(envelope, 'manifest.json'), bytes);
    writeFileSync(join(envelope, 'signature.json'), JSON.stringify(signature) + '\n');
    evidence.stored = await req.backend.save(key, envelope);
    evidence.archive = manifest.archive;
    evidence.signature = signature.type === 'ed25519' ? signature.keyId : 'sigstore';
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
    else req.backend.discardEnvelopeDir?.(envelope);
  }
  evidence.ms = elapsedMs();
  const what = evidence.stored === 'saved' ? 'saved' : 'kept the existing entry for';
  return {
    verdict: 'pass',
    summary: `${what} ${req.key} in tier ${tier}: ${evidence.files} files, BLAKE3 manifest signed (${evidence.signature})`,
    findings,
    evidence,
    outputs: { ...outputs, 'verified-files': String(evidence.files) }
  };
}
