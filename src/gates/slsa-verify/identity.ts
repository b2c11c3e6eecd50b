/** Identities as users write them, normalised for exact (never substring or regex) comparison. */

const GITHUB = 'https://github.com/';
/** owner/repo as GitHub allows them (no slashes, no `..`). */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;

/** slsa-github-generator workflows slsa-verifier trusts without --builder-id. */
export const DEFAULT_TRUSTED_BUILDERS = [
  'generator_generic_slsa3.yml',
  'builder_go_slsa3.yml',
  'builder_container-based_slsa3.yml',
  'generator_container_slsa3.yml'
].map((f) => `${GITHUB}slsa-framework/slsa-github-generator/.github/workflows/${f}`);

/** BYOB delegators: the certificate names the delegator; the builder is in the provenance. */
export const DELEGATORS = [
  'delegator_generic_slsa3.yml',
  'delegator_lowperms-generic_slsa3.yml'
].map((f) => `${GITHUB}slsa-framework/slsa-github-generator/.github/workflows/${f}`);

/** A runner builder id (npm CLI and pre-2024 actions/attest provenance). */
export const RUNNER_BUILDER =
  /^https:\/\/github\.com\/actions\/runner(?:\/(github-hosted|self-hosted))?$/;

export class IdentityInputError extends Error {
  constructor(
    readonly input: string,
    message: string
  ) {
    super(message);
  }
}

/** `github.com/o/r`, `https://github.com/o/r`, `git+https://github.com/o/r(.git)` → `https://github.com/o/r`. */
export function normaliseSourceUri(value: string): string {
  const v = value
    .trim()
    .replace(/^git\+/, '')
    .replace(/^https:\/\//, '')
    .replace(/\/$/, '')
    .replace(/\.git$/, '');
  if (v.includes('@')) {
    throw new IdentityInputError(
      'source-uri',
      `'${value}' contains '@': give the repository only (github.com/owner/repo) and the ref with source-tag, source-versioned-tag or source-branch`
    );
  }
  const parts = v.split('/');
  if (parts[0] !== 'github.com') {
    throw new IdentityInputError(
      'source-uri',
      `'${value}' is not a github.com repository; write github.com/owner/repo`
    );
  }
  if (
    parts.length !== 3 ||
    !OWNER.test(parts[1]) ||
    !REPO.test(parts[2]) ||
    parts[2] === '.' ||
    parts[2] === '..'
  ) {
    throw new IdentityInputError('source-uri', `'${value}' is not github.com/owner/repo`);
  }
  return `${GITHUB}${parts[1]}/${parts[2]}`;
}

/** `[https://][github.com/]o/r/.github/workflows/x.yml` → `https://github.com/o/r/.github/workflows/x.yml`. */
export function normaliseWorkflow(input: string, value: string): string {
  let v = value.trim().replace(/^https:\/\//, '');
  if (v.includes('@')) {
    throw new IdentityInputError(
      input,
      `'${value}' contains '@': give the workflow path without a ref`
    );
  }
  if (!v.startsWith('github.com/')) v = `github.com/${v}`;
  const m = /^github\.com\/([^/]+)\/([^/]+)\/(\.github\/workflows\/[^/]+\.ya?ml)$/.exec(v);
  if (!m || !OWNER.test(m[1]) || !REPO.test(m[2])) {
    throw new IdentityInputError(
      input,
      `'${value}' is not owner/repo/.github/workflows/<file>.yml`
    );
  }
  return `${GITHUB}${m[1]}/${m[2]}/${m[3]}`;
}

export interface WorkflowRef {
  /** `https://github.com/o/r/path` */
  name: string;
  repository: string;
  path: string;
  ref: string;
}

/** Split a GitHub workflow identity `https://github.com/o/r/path@ref` (the SAN, the build config URI). */
export function parseWorkflowRef(uri: string | undefined): WorkflowRef | undefined {
  if (!uri) return undefined;
  const m = /^https:\/\/github\.com\/([^/@]+)\/([^/@]+)\/([^@]+)@(.+)$/.exec(uri);
  if (!m) return undefined;
  return {
    name: `${GITHUB}${m[1]}/${m[2]}/${m[3]}`,
    repository: `${GITHUB}${m[1]}/${m[2]}`,
    path: m[3],
    ref: m[4]
  };
}

export interface BuilderIdInput {
  name: string;
  version?: string;
}

export function parseBuilderId(value: string): BuilderIdInput {
  const v = value.trim();
  if (!v.startsWith(GITHUB)) {
    throw new IdentityInputError(
      'builder-id',
      `'${value}' is not a https://github.com/… builder id`
    );
  }
  const at = v.lastIndexOf('@');
  if (at === -1) return { name: v };
  const version = v.slice(at + 1);
  if (version === '')
    throw new IdentityInputError('builder-id', `'${value}' ends with '@' and no version`);
  return { name: v.slice(0, at), version };
}

/** slsa-verifier's loose builder match: same name; the version, when given, equals the ref or `refs/tags/<version>`. */
export function builderMatches(
  want: BuilderIdInput,
  name: string,
  ref: string | undefined
): boolean {
  if (want.name !== name) return false;
  if (want.version === undefined) return true;
  return ref === want.version || ref === `refs/tags/${want.version}`;
}

/** `refs/tags/vX.Y.Z`, full semver, no prerelease or build metadata (slsa-verifier IsValidBuilderTag). */
export function isReleaseTagRef(ref: string | undefined): boolean {
  return ref !== undefined && /^refs\/tags\/v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(ref);
}

interface SemverParts {
  major: number;
  minor?: number;
  patch?: number;
  prerelease?: string;
}

const SEMVER =
  /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

export function parseSemver(text: string): SemverParts | undefined {
  const m = SEMVER.exec(text);
  if (!m) return undefined;
  if (m[4] !== undefined && m[3] === undefined) return undefined; // a prerelease needs a full version
  return {
    major: Number(m[1]),
    minor: m[2] === undefined ? undefined : Number(m[2]),
    patch: m[3] === undefined ? undefined : Number(m[3]),
    prerelease: m[4]
  };
}

/**
 * slsa-verifier's versioned-tag rule: the built tag, canonicalised (`v14` = `v14.0.0`), must equal
 * the wanted major, and the minor and patch (with prerelease) only where the user gave them.
 */
export function versionedTagMatches(wanted: SemverParts, tag: string): boolean | undefined {
  const got = parseSemver(tag);
  if (!got) return undefined;
  if (got.major !== wanted.major) return false;
  if (wanted.minor !== undefined && (got.minor ?? 0) !== wanted.minor) return false;
  if (wanted.patch !== undefined) {
    if ((got.patch ?? 0) !== wanted.patch) return false;
    if ((got.prerelease ?? '') !== (wanted.prerelease ?? '')) return false;
  }
  return true;
}
