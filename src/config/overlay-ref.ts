/**
 * `extends:`: the organisation overlay, pinned. A remote overlay is
 * `<owner>/<repo>/<path>@<40-hex commit sha>` — a branch or tag could be moved under a
 * repository's feet, so anything else after `@` is refused. Anything without `@` is a path
 * relative to the file that names it.
 */
import { ConfigError } from './errors.js';

export type OverlayRef =
  | { kind: 'remote'; owner: string; repo: string; path: string; sha: string; text: string }
  | { kind: 'local'; path: string; text: string };

const REMOTE = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/([^@]+)@(.+)$/;

export function parseOverlayRef(
  text: string,
  from: string,
  line?: number,
  column?: number
): OverlayRef {
  const t = text.trim();
  const m = REMOTE.exec(t);
  if (m) {
    const [, owner, repo, path, ref] = m;
    if (!/^[0-9a-f]{40}$/.test(ref)) {
      throw new ConfigError(
        `${from}: extends '${t}' pins '${ref}', which is not a 40-hex commit SHA; a branch or tag name can be moved, so the overlay could change without this repository changing`,
        undefined,
        `Pin the overlay by commit: ${owner}/${repo}/${path}@<sha> (git rev-parse ${ref} in ${owner}/${repo}).`,
        line,
        column
      );
    }
    if (path.split('/').some((s) => s === '..' || s === '')) {
      throw new ConfigError(
        `${from}: extends '${t}' has an invalid path '${path}'`,
        undefined,
        undefined,
        line,
        column
      );
    }
    return { kind: 'remote', owner, repo, path, sha: ref, text: t };
  }
  if (t.includes('@')) {
    throw new ConfigError(
      `${from}: extends '${t}' is neither <owner>/<repo>/<path>@<40-hex sha> nor a local path`,
      undefined,
      'Write extends: acme/org-policy/ci-intel/org.yml@<commit sha>, or a path such as ../org.yml.',
      line,
      column
    );
  }
  return { kind: 'local', path: t, text: t };
}

export function overlayLabel(ref: OverlayRef): string {
  return ref.kind === 'remote'
    ? `org ${ref.owner}/${ref.repo}@${ref.sha}:${ref.path}`
    : `org ${ref.path}`;
}
