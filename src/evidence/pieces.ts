/**
 * The pieces of evidence a run leaves in `$RUNNER_TEMP/ci-intel` (and in each job's
 * `ci-intel-evidence-*` artifact, which is that folder zipped): gate results, the policy
 * records, cache events, quarantine listings and the gates' decision files. Scratch folders
 * (staging, rebuilds, git mirrors) are never evidence and are left out.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readRegularFile } from '../core/read-file.js';
import { sha256Digest } from './canonical.js';
import {
  MEDIA_CACHE_EVENTS,
  MEDIA_GATE_RESULT,
  MEDIA_JSON,
  MEDIA_POLICIES,
  MEDIA_QUARANTINE,
  type ManifestEntry
} from './format.js';

export interface Piece {
  name: string;
  mediaType: string;
  bytes: Buffer;
}

export const MAX_PIECE_BYTES = 8 * 1024 * 1024;
export const MAX_PIECES = 2000;
export const MAX_TOTAL_BYTES = 128 * 1024 * 1024;

export class PieceLimitError extends Error {
  override name = 'PieceLimitError';
}

/** The media type of a path inside a ci-intel folder, or undefined when it is not evidence. */
export function evidenceMediaType(path: string): string | undefined {
  if (/^results\/[^/]+\.json$/.test(path)) return MEDIA_GATE_RESULT;
  if (path === 'policies.ndjson') return MEDIA_POLICIES;
  if (path === 'cache-events.ndjson') return MEDIA_CACHE_EVENTS;
  if (/^[^/]+\.json$/.test(path)) return MEDIA_JSON;
  return undefined;
}

export function entryOf(p: Piece): ManifestEntry {
  return {
    name: p.name,
    mediaType: p.mediaType,
    digest: sha256Digest(p.bytes),
    size: p.bytes.length
  };
}

/** A quarantined entry's files as a listing (names, sizes, digests): the bytes stay on the runner. */
function quarantineListing(dir: string): Buffer {
  const files: { path: string; size: number; digest: string }[] = [];
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      const st = lstatSync(abs);
      const r = rel ? `${rel}/${name}` : name;
      if (st.isDirectory()) walk(abs, r);
      else if (st.isFile() && files.length < 10_000)
        files.push({
          path: r,
          size: st.size,
          digest: sha256Digest(
            readRegularFile(abs, { maxBytes: 256 * 1024 * 1024, what: 'quarantined file' })
          )
        });
    }
  };
  walk(dir, '');
  return Buffer.from(JSON.stringify({ files }) + '\n');
}

/** The evidence under a local ci-intel folder, each named `local/<path>`. */
export function localPieces(hubDir: string): Piece[] {
  const out: Piece[] = [];
  let names: string[];
  try {
    names = readdirSync(hubDir).sort();
  } catch {
    return out;
  }
  const add = (rel: string) => {
    const type = evidenceMediaType(rel);
    if (!type) return;
    const abs = join(hubDir, rel);
    if (!lstatSync(abs).isFile()) return;
    out.push({
      name: `local/${rel}`,
      mediaType: type,
      bytes: readRegularFile(abs, { maxBytes: MAX_PIECE_BYTES, what: 'evidence file' })
    });
  };
  for (const name of names) {
    const abs = join(hubDir, name);
    const st = lstatSync(abs);
    if (st.isFile()) add(name);
    else if (st.isDirectory() && name === 'results') {
      for (const r of readdirSync(abs).sort()) add(`results/${r}`);
    } else if (st.isDirectory() && name === 'quarantine') {
      for (const q of readdirSync(abs).sort()) {
        if (!lstatSync(join(abs, q)).isDirectory()) continue;
        out.push({
          name: `local/quarantine/${q}.json`,
          mediaType: MEDIA_QUARANTINE,
          bytes: quarantineListing(join(abs, q))
        });
      }
    }
  }
  return out;
}

/** Sorted by name, unique, within the limits. */
export function checkedPieces(pieces: Piece[]): Piece[] {
  const sorted = [...pieces].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i].name === sorted[i - 1].name)
      throw new PieceLimitError(`two pieces of evidence are named '${sorted[i].name}'`);
  if (sorted.length > MAX_PIECES)
    throw new PieceLimitError(
      `${sorted.length} pieces of evidence; at most ${MAX_PIECES} are bundled`
    );
  const total = sorted.reduce((n, p) => n + p.bytes.length, 0);
  if (total > MAX_TOTAL_BYTES)
    throw new PieceLimitError(
      `the evidence is ${total} bytes; at most ${MAX_TOTAL_BYTES} are bundled`
    );
  return sorted;
}
