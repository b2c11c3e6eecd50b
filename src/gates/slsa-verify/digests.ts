/** Artifact digests: computed from files (sha256 and sha512) or given as `sha256:<hex>` / `sha512:<hex>`. */
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { IdentityInputError } from './identity.js';
import type { Subject } from './provenance.js';

export interface ArtifactDigest {
  /** The file path as given, or the digest text. */
  name: string;
  digests: { sha256?: string; sha512?: string };
}

const HEX_LEN: Record<string, number> = { sha256: 64, sha512: 128 };

export function parseDigestInput(text: string): ArtifactDigest {
  const m = /^(sha256|sha512):([0-9a-fA-F]+)$/.exec(text.trim());
  if (!m || m[2].length !== HEX_LEN[m[1]]) {
    throw new IdentityInputError(
      'artifact-digest',
      `'${text}' is not sha256:<64 hex digits> or sha512:<128 hex digits>`
    );
  }
  return { name: text.trim(), digests: { [m[1]]: m[2].toLowerCase() } };
}

async function hashFile(path: string): Promise<{ sha256: string; sha512: string }> {
  const h256 = createHash('sha256');
  const h512 = createHash('sha512');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    h256.update(chunk as Buffer);
    h512.update(chunk as Buffer);
  }
  return { sha256: h256.digest('hex'), sha512: h512.digest('hex') };
}

export async function digestFile(workspace: string, given: string): Promise<ArtifactDigest> {
  const path = resolve(workspace, given);
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new IdentityInputError('artifact', `'${given}' is not a regular file`);
  } catch (err) {
    if (err instanceof IdentityInputError) throw err;
    throw new IdentityInputError(
      'artifact',
      `'${given}' cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}) under ${workspace}`
    );
  }
  const rel = relative(workspace, path);
  return { name: rel.startsWith('..') ? path : rel, digests: await hashFile(path) };
}

/** The subjects whose digest equals the artifact's (any algorithm both sides have). */
export function matchingSubjects(artifact: ArtifactDigest, subjects: Subject[]): Subject[] {
  return subjects.filter((s) =>
    Object.entries(artifact.digests).some(
      ([alg, hex]) => hex !== undefined && s.digest[alg] === hex
    )
  );
}
