/**
 * Verifies a staged entry, in order: signature and signer policy → manifest → key, tier and
 * path binding → (v2) entries file size and BLAKE3, then every line strictly and as a tree →
 * archive size and BLAKE3 → safe extraction with per-file checks (v2: in lockstep with the
 * entries file). v1 manifests (entries inline) are still verified and restored as before. Any failure is
 * a Rejection carrying a stable reason; nothing leaves the staging folder here. (v2, a payload
 * for the worker thread: the worker starts reading, hashing and decompressing the archive into
 * its bounded ring while the entries file is checked; no byte of it is parsed before that.)
 */
import { closeSync, constants, existsSync, fstatSync, openSync } from 'node:fs';
import { basename, join } from 'node:path';
import { FileReadError, readRegularFile } from '../core/read-file.js';
import {
  ENTRIES_FILE,
  ManifestError,
  MANIFEST_SCHEMA,
  MAX_MANIFEST_BYTES,
  parseAnyManifest,
  type CacheManifest,
  type CacheManifestV2,
  type ManifestEntry,
  type ManifestHeader
} from '../hashing/manifest.js';
import type { ManifestVerifier } from '../signing/policy.js';
import { SignatureError, type SignerIdentity } from '../signing/signature.js';
import { checkEntries, checkEntriesDigest, entriesOf, LockstepEntries } from './entries-file.js';
import {
  DirChain,
  extractFrom,
  extractVerified,
  Rejection,
  startDecompressor,
  type ExtractStats,
  type MemberSource
} from './extract.js';
import { memberBound, TAR_BOUND_BASE } from './in-thread.js';
import {
  loadTrustMatcherFor,
  storageKey,
  tierViolation,
  type JobContext,
  type TrustRule
} from './tier.js';
import type { ZstdPipe } from './zstd-worker.js';

export interface VerifyRequest {
  stagingDir: string;
  matchedKey: string;
  /** The tier the lookup was made in. */
  tier: string;
  /** The `path` items of this job, and their id as used in storage keys. */
  paths: string[];
  pathsId: string;
  job: JobContext;
  rules: TrustRule[];
  verifier: ManifestVerifier;
  /** Where the payload is read from when the backend lets it be read in place. */
  payloadPath?: string;
}

export interface VerifiedEntry {
  /** The signed header (v1: the whole manifest). */
  manifest: ManifestHeader;
  /** The verified entries, for placement (v2: read from the entries file as it is iterated). */
  entries: Iterable<ManifestEntry>;
  signer: SignerIdentity;
  extractDir: string;
  stats: ExtractStats;
}

function readSmall(file: string, max: number): Buffer | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return readRegularFile(file, { maxBytes: max, what: 'the stored' });
  } catch (err) {
    if (err instanceof FileReadError)
      throw new Rejection(
        /limit/.test(err.message) ? 'oversized-envelope' : 'bad-envelope',
        `${err.message.replace(file, basename(file))}; expected a regular file of at most ${max} bytes`
      );
    throw err;
  }
}

export async function verifyStagedEntry(req: VerifyRequest): Promise<VerifiedEntry> {
  const manifestBytes = readSmall(join(req.stagingDir, 'manifest.json'), MAX_MANIFEST_BYTES);
  if (!manifestBytes)
    throw new Rejection(
      'missing-manifest',
      'the entry has no manifest.json; expected a signed manifest'
    );
  const sigBytes = readSmall(join(req.stagingDir, 'signature.json'), 1024 * 1024);

  let signer: SignerIdentity;
  try {
    signer = await req.verifier.verify(manifestBytes, sigBytes);
  } catch (err) {
    if (err instanceof SignatureError) throw new Rejection(err.reason, err.message);
    throw new Rejection('bad-signature', `signature check failed: ${(err as Error).message}`);
  }

  let manifest: CacheManifest | CacheManifestV2;
  try {
    manifest = parseAnyManifest(manifestBytes);
  } catch (err) {
    if (err instanceof ManifestError) throw new Rejection('bad-manifest', err.message);
    throw err;
  }

  // The signed manifest must describe exactly the entry we were handed.
  const expectedKey = storageKey(manifest.tier, req.pathsId, manifest.key);
  if (manifest.tier !== req.tier) {
    throw new Rejection(
      'tier-mismatch',
      `manifest tier is '${manifest.tier}'; expected '${req.tier}' (the tier this entry was stored under)`
    );
  }
  if (req.matchedKey !== expectedKey) {
    throw new Rejection(
      'key-mismatch',
      `entry stored under '${req.matchedKey}'; its signed manifest says '${expectedKey}'`
    );
  }
  await loadTrustMatcherFor(req.rules, [manifest.ref, req.job.ref]);
  const violation = tierViolation(manifest, req.job, req.rules);
  if (violation) throw new Rejection('tier-violation', violation);
  if (signer.claims) {
    const c = signer.claims;
    if (c.ref !== undefined && c.ref !== manifest.ref) {
      throw new Rejection(
        'claims-mismatch',
        `manifest ref is ${manifest.ref}; the signing certificate says ${c.ref}`
      );
    }
    if (c.event !== undefined && c.event !== manifest.event) {
      throw new Rejection(
        'claims-mismatch',
        `manifest event is ${manifest.event}; the signing certificate says ${c.event}`
      );
    }
    if (
      c.repository !== undefined &&
      c.repository.toLowerCase() !== manifest.repository.toLowerCase()
    ) {
      throw new Rejection(
        'claims-mismatch',
        `manifest repository is ${manifest.repository}; the signing certificate says ${c.repository}`
      );
    }
  }
  const specs = manifest.roots.map((r) => r.spec);
  if (JSON.stringify(specs) !== JSON.stringify(req.paths)) {
    throw new Rejection(
      'paths-mismatch',
      `manifest paths are ${JSON.stringify(specs)}; expected ${JSON.stringify(req.paths)}`
    );
  }

  // One descriptor for the whole check: what is hashed is what is extracted. It is opened now
  // so that (v2, a payload for the worker) the worker reads, hashes and decompresses it into its
  // bounded ring while the entries file is checked here; nothing of it is used before that.
  const payload = req.payloadPath ?? join(req.stagingDir, 'payload.tar');
  let fd: number | undefined;
  try {
    fd = openSync(payload, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    fd = undefined;
  }
  let started: ZstdPipe | undefined;
  const entriesPath = join(req.stagingDir, ENTRIES_FILE);
  // Each root is extracted into a folder named by its number, beside the envelope's files (whose
  // names are not numbers): one folder less to make and remove per restore.
  const extractDir = req.stagingDir;
  let filesPerRoot: number[];
  let stats: ExtractStats;
  try {
    // v2: the entries file is the signed one (size and BLAKE3) before a line of it is read, then
    // every line is checked strictly and as a tree (memory: the symlinks), before the archive.
    let bound = 0;
    if (manifest.schema === MANIFEST_SCHEMA) {
      filesPerRoot = manifest.roots.map(() => 0);
      for (const e of manifest.entries) if (e.type === 'file') filesPerRoot[e.root]++;
    } else {
      if (fd !== undefined) {
        const st = fstatSync(fd);
        if (st.isFile() && st.size === manifest.archive.size)
          started = startDecompressor(fd, manifest, st.size);
      }
      checkEntriesDigest(entriesPath, manifest.entries);
      const summary = checkEntries(entriesPath, manifest, memberBound, TAR_BOUND_BASE);
      filesPerRoot = summary.filesPerRoot;
      bound = summary.tarBound;
    }

    if (fd === undefined)
      throw new Rejection(
        'missing-archive',
        'the entry has no payload.tar; expected the archive the manifest describes'
      );
    const st = fstatSync(fd);
    if (!st.isFile())
      throw new Rejection('bad-envelope', 'payload.tar is not a regular file', 'payload.tar');
    if (st.size !== manifest.archive.size) {
      throw new Rejection(
        'archive-size-mismatch',
        `payload.tar: expected ${manifest.archive.size} bytes (manifest), got ${st.size}`,
        'payload.tar'
      );
    }
    if (manifest.schema === MANIFEST_SCHEMA) {
      stats = await extractVerified(fd, manifest, extractDir);
    } else {
      // The tar members against the entries file in lockstep (same order, one line at a time).
      const lockstep = new LockstepEntries(entriesPath, manifest.entries, manifest.roots.length);
      const source: MemberSource = {
        dirs: new DirChain(),
        admit: (root, path, name) => lockstep.admit(root, path, name),
        finish: () => lockstep.finish()
      };
      const pipe = started;
      started = undefined; // extractFrom closes it
      try {
        stats = await extractFrom(fd, manifest, source, bound, extractDir, pipe);
      } finally {
        lockstep.close();
      }
    }
  } finally {
    // The worker stops reading before the descriptor is closed.
    await started?.close();
    if (fd !== undefined) closeSync(fd);
  }
  // Nothing to check is never a hit: save never signs an entry without a file under each path.
  const emptyRoot = filesPerRoot.findIndex((n) => n === 0);
  if (emptyRoot !== -1) {
    throw new Rejection(
      'empty-entry',
      `the signed manifest lists no file under '${manifest.roots[emptyRoot].spec}'; expected at least one file per cache path (save never writes such an entry)`
    );
  }
  const entries =
    manifest.schema === MANIFEST_SCHEMA
      ? manifest.entries
      : entriesOf(entriesPath, manifest.entries, manifest.roots);
  return { manifest, entries, signer, extractDir, stats };
}
