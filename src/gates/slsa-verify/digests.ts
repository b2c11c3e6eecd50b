/** Artifact digests: computed from files (sha256 and sha512) or given as `sha256:<hex>` / `sha512:<hex>`. */
import { createHash } from 'node:crypto';
import { readRegularFileChunks } from '../../core/read-file.js';
import type { ArtifactFile } from './artifact-patterns.js';
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

/** Artifacts are release files; anything past this is not one (and would hash for hours). */
export const MAX_ARTIFACT_BYTES = 64 * 1024 * 1024 * 1024;

/**
 * sha256 and sha512 of an artifact file, read once through the shared reader: a FIFO, device,
 * directory or dangling symlink is a FileReadError naming input 'artifact'.
 */
export function digestFile(file: ArtifactFile): ArtifactDigest {
  const h256 = createHash('sha256');
  const h512 = createHash('sha512');
  readRegularFileChunks(
    file.path,
    { maxBytes: MAX_ARTIFACT_BYTES, what: "input 'artifact':" },
    (c) => {
      h256.update(c);
      h512.update(c);
    }
  );
  return { name: file.name, digests: { sha256: h256.digest('hex'), sha512: h512.digest('hex') } };
}

/** The subjects whose digest equals the artifact's (any algorithm both sides have). */
export function matchingSubjects(artifact: ArtifactDigest, subjects: Subject[]): Subject[] {
  return subjects.filter((s) =>
    Object.entries(artifact.digests).some(
      ([alg, hex]) => hex !== undefined && s.digest[alg] === hex
    )
  );
}
