/**
 * Subjects as actions/attest names them: `subject-path` (files or globs, relative to the
 * workspace) or `subject-digest` + `subject-name`. Globs and file digests reuse slsa-verify's
 * reader (bounded walks, regular files only).
 */
import { basename } from 'node:path';
import { InputError } from '../core/errors.js';
import { expandArtifactPatterns } from '../gates/slsa-verify/artifact-patterns.js';
import { digestFile } from '../gates/slsa-verify/digests.js';
import { IdentityInputError } from '../gates/slsa-verify/identity.js';
import type { Subject } from './format.js';
import { sha256Hex } from './statement.js';

export function subjectsFromInputs(
  workspace: string,
  paths: string[],
  digest: string | undefined,
  name: string | undefined
): Subject[] {
  const out: Subject[] = [];
  if (paths.length) {
    let files;
    try {
      files = expandArtifactPatterns(workspace, paths);
    } catch (err) {
      if (err instanceof IdentityInputError) throw new InputError('subject-path', err.message);
      throw err;
    }
    for (const f of files) {
      const d = digestFile(f);
      out.push({ name: basename(f.name), digest: { sha256: d.digests.sha256 as string } });
    }
  }
  if (digest) {
    const hex = sha256Hex(digest.trim());
    if (!hex || !digest.trim().startsWith('sha256:'))
      throw new InputError('subject-digest', `'${digest}' is not sha256:<64 lowercase hex digits>`);
    if (!name)
      throw new InputError(
        'subject-name',
        'is required with subject-digest (e.g. the image name ghcr.io/acme/widget)'
      );
    out.push({ name, digest: { sha256: hex } });
  } else if (name && !paths.length) {
    throw new InputError('subject-digest', `is required with subject-name '${name}'`);
  }
  if (out.length === 0)
    throw new InputError(
      'subject-path',
      'give subject-path (files or globs) or subject-digest and subject-name'
    );
  return out;
}
