/**
 * The pieces next to a bundle (its evidence folder) against the signed manifest: each entry must
 * be there, a regular file, with the digest the manifest gives. Extra files are reported only.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { FileReadError, readRegularFile } from '../core/read-file.js';
import { sha256Digest } from './canonical.js';
import type { ManifestEntry } from './format.js';
import { MAX_PIECE_BYTES } from './pieces.js';

export interface PieceProblem {
  piece: string;
  problem: 'missing' | 'digest-mismatch' | 'unreadable' | 'unsafe-name';
  message: string;
}

export interface PieceReport {
  checked: number;
  problems: PieceProblem[];
  extra: string[];
}

function safe(name: string): boolean {
  return (
    !name.startsWith('/') &&
    !name.split('/').some((p) => p === '..' || p === '.' || p === '') &&
    !name.includes('\\')
  );
}

function listFiles(dir: string, out: string[] = [], root = dir): string[] {
  for (const n of readdirSync(dir)) {
    const abs = join(dir, n);
    const st = lstatSync(abs);
    if (st.isDirectory()) listFiles(abs, out, root);
    else out.push(relative(root, abs).split(sep).join('/'));
  }
  return out;
}

export function checkPieces(
  manifest: ManifestEntry[],
  dir: string,
  ignore: string[] = []
): PieceReport {
  const problems: PieceProblem[] = [];
  let checked = 0;
  for (const m of manifest) {
    if (!safe(m.name)) {
      problems.push({
        piece: m.name,
        problem: 'unsafe-name',
        message: `manifest entry '${m.name}' is not a plain relative path`
      });
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readRegularFile(join(dir, m.name), {
        maxBytes: MAX_PIECE_BYTES,
        what: 'evidence piece'
      });
    } catch (err) {
      if (!(err instanceof FileReadError)) throw err;
      const missing = err.code === 'ENOENT';
      problems.push({
        piece: m.name,
        problem: missing ? 'missing' : 'unreadable',
        message: missing
          ? `piece ${m.name} (${m.digest}) is missing from the evidence folder`
          : err.message
      });
      continue;
    }
    checked++;
    const got = sha256Digest(bytes);
    if (got !== m.digest)
      problems.push({
        piece: m.name,
        problem: 'digest-mismatch',
        message: `piece ${m.name} is ${got}; the signed manifest says ${m.digest}`
      });
  }
  const known = new Set([...manifest.map((m) => m.name), ...ignore]);
  let extra: string[];
  try {
    extra = listFiles(dir)
      .filter((f) => !known.has(f))
      .sort();
  } catch {
    extra = [];
  }
  return { checked, problems, extra };
}
