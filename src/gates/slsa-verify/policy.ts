/**
 * The policy one verified provenance must meet: identity from the certificate (exact or anchored
 * comparisons only), builder rules as slsa-verifier applies them, and the predicate's claims
 * against what the certificate proves.
 */
import type { FulcioIdentity } from '../../sigstore/fulcio.js';
import {
  builderMatches,
  DEFAULT_TRUSTED_BUILDERS,
  DELEGATORS,
  isReleaseTagRef,
  parseWorkflowRef,
  RUNNER_BUILDER,
  versionedTagMatches,
  type BuilderIdInput,
  type parseSemver
} from './identity.js';
import type { ProvenanceClaims } from './provenance.js';

export interface Policy {
  /** `https://github.com/o/r` */
  sourceRepository: string;
  issuer: string;
  sourceTag?: string;
  sourceVersionedTag?: { text: string; parts: NonNullable<ReturnType<typeof parseSemver>> };
  sourceBranch?: string;
  builderId?: BuilderIdInput;
  /** `https://github.com/o/r/.github/workflows/x.yml` */
  signerWorkflow?: string;
  denySelfHostedRunners: boolean;
}

/** One failed check: what was checked, what was expected, what was found. */
export interface Violation {
  rule: string;
  check: string;
  expected: string;
  actual: string;
  help?: string;
  /** A warning does not reject the provenance. */
  warning?: boolean;
}

const GITHUB_BUILD_TYPES = [
  'https://actions.github.io/buildtypes/workflow/v1',
  'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1'
];

function show(v: string | undefined): string {
  return v === undefined ? '(absent)' : `'${v}'`;
}

export function checkProvenance(
  id: FulcioIdentity,
  claims: ProvenanceClaims,
  policy: Policy
): Violation[] {
  const out: Violation[] = [];
  const v = (
    rule: string,
    check: string,
    expected: string,
    actual: string,
    help?: string,
    warning = false
  ) => out.push({ rule, check, expected, actual, help, warning: warning || undefined });

  // Certificate well-formedness.
  for (const inc of id.inconsistencies)
    v('slsa/certificate', 'certificate extensions agree', 'consistent values', inc);
  const signer = parseWorkflowRef(id.san);
  if (!signer) {
    v(
      'slsa/certificate',
      'certificate SAN is a GitHub workflow identity',
      'https://github.com/<owner>/<repo>/<path>@<ref>',
      show(id.san)
    );
  }

  // 1. Issuer (exact).
  if (id.issuer !== policy.issuer) {
    const custom = id.issuer?.startsWith(`${policy.issuer}/`);
    v(
      'slsa/issuer',
      'certificate OIDC issuer',
      show(policy.issuer),
      show(id.issuer),
      custom
        ? 'This looks like a GitHub Enterprise custom issuer: set cert-oidc-issuer to it if you trust it.'
        : undefined
    );
  }

  // 2. Source repository (exact; owner URI must agree).
  if (id.sourceRepositoryURI !== policy.sourceRepository) {
    v(
      'slsa/source-repository',
      'certificate source repository',
      show(policy.sourceRepository),
      show(id.sourceRepositoryURI),
      'The artifact was built from another repository (a fork or a look-alike).'
    );
  }
  if (id.sourceRepositoryOwnerURI !== undefined) {
    const owner = policy.sourceRepository.slice(0, policy.sourceRepository.lastIndexOf('/'));
    if (id.sourceRepositoryOwnerURI !== owner) {
      v(
        'slsa/source-repository',
        'certificate source repository owner',
        show(owner),
        show(id.sourceRepositoryOwnerURI)
      );
    }
  }

  // 3. Signer: the workflow that holds the signing identity.
  if (signer) checkSigner(signer, id, claims, policy, v);

  // 4. Runner environment.
  if (policy.denySelfHostedRunners && id.runnerEnvironment !== 'github-hosted') {
    v(
      'slsa/runner',
      'certificate runner environment',
      "'github-hosted'",
      id.runnerEnvironment === undefined
        ? '(absent: a pre-2023 certificate that does not say where it ran)'
        : show(id.runnerEnvironment),
      'Build on GitHub-hosted runners, or set deny-self-hosted-runners: false if you trust your self-hosted runners.'
    );
  }

  // 5. Source ref (from the certificate).
  const ref = id.sourceRepositoryRef;
  if (policy.sourceBranch !== undefined) {
    if (!ref?.startsWith('refs/heads/')) {
      v(
        'slsa/source-ref',
        'source branch',
        show(`refs/heads/${policy.sourceBranch}`),
        `${show(ref)} (not a branch build)`
      );
    } else if (ref !== `refs/heads/${policy.sourceBranch}`) {
      v('slsa/source-ref', 'source branch', show(`refs/heads/${policy.sourceBranch}`), show(ref));
    }
  }
  if (policy.sourceTag !== undefined) {
    if (!ref?.startsWith('refs/tags/')) {
      v(
        'slsa/source-ref',
        'source tag',
        show(`refs/tags/${policy.sourceTag}`),
        `${show(ref)} (not a tag build)`
      );
    } else if (ref !== `refs/tags/${policy.sourceTag}`) {
      v('slsa/source-ref', 'source tag', show(`refs/tags/${policy.sourceTag}`), show(ref));
    }
  }
  if (policy.sourceVersionedTag !== undefined) {
    const want = `a tag matching ${policy.sourceVersionedTag.text}`;
    if (!ref?.startsWith('refs/tags/')) {
      v('slsa/source-ref', 'source versioned tag', want, `${show(ref)} (not a tag build)`);
    } else {
      const ok = versionedTagMatches(
        policy.sourceVersionedTag.parts,
        ref.slice('refs/tags/'.length)
      );
      if (ok === undefined)
        v('slsa/source-ref', 'source versioned tag', want, `${show(ref)} (not a semantic version)`);
      else if (!ok) v('slsa/source-ref', 'source versioned tag', want, show(ref));
    }
  }

  // 6. The predicate must say what the certificate proves.
  checkPredicate(id, claims, signer, v);
  return out;
}

type Add = (
  rule: string,
  check: string,
  expected: string,
  actual: string,
  help?: string,
  warning?: boolean
) => void;

function checkSigner(
  signer: NonNullable<ReturnType<typeof parseWorkflowRef>>,
  id: FulcioIdentity,
  claims: ProvenanceClaims,
  policy: Policy,
  v: Add
): void {
  const ownWorkflow = signer.repository === policy.sourceRepository;
  const trustedGenerator = DEFAULT_TRUSTED_BUILDERS.includes(signer.name);
  const delegator = DELEGATORS.includes(signer.name);
  let reusableFromElsewhere = !ownWorkflow;

  if (policy.signerWorkflow !== undefined && signer.name !== policy.signerWorkflow) {
    v('slsa/signer', 'certificate signer workflow', show(policy.signerWorkflow), show(signer.name));
  }

  const want = policy.builderId;
  if (want) {
    if (RUNNER_BUILDER.test(want.name)) {
      // npm / pre-2024 actions/attest: the builder id names the runner; the repository's own workflow signs.
      if (!runnerBuilderAccepted(want.name, claims)) {
        v(
          'slsa/builder',
          'provenance builder id',
          show(want.name),
          show(claims.builderId),
          'Use https://github.com/actions/runner/github-hosted for SLSA v1 npm provenance.'
        );
      }
      if (want.version !== undefined)
        v(
          'slsa/builder',
          'builder id version',
          'no version for a runner builder id',
          show(want.version)
        );
      const env = RUNNER_BUILDER.exec(want.name)?.[1];
      if (env !== undefined && id.runnerEnvironment !== undefined && env !== id.runnerEnvironment) {
        v(
          'slsa/builder',
          'certificate runner environment for builder id',
          show(env),
          show(id.runnerEnvironment)
        );
      }
      if (!ownWorkflow) {
        v(
          'slsa/signer',
          'signer for a runner builder id',
          `a workflow of ${policy.sourceRepository}`,
          show(signer.name),
          'The attestation was signed by a reusable workflow: name it with signer-workflow.'
        );
      }
      reusableFromElsewhere = false;
    } else if (delegator) {
      // BYOB: the certificate proves the delegator; the trusted builder is in the provenance.
      const b = parseWorkflowRef(claims.builderId);
      if (!b || !builderMatches(want, b.name, b.ref)) {
        v(
          'slsa/builder',
          'provenance builder id (BYOB)',
          show(want.name + (want.version ? `@${want.version}` : '')),
          show(claims.builderId)
        );
      } else if (!isReleaseTagRef(b.ref)) {
        v(
          'slsa/builder-ref',
          'builder ref',
          'refs/tags/vX.Y.Z',
          show(b.ref),
          'Pin the builder at a full vX.Y.Z release tag.'
        );
      }
    } else if (!builderMatches(want, signer.name, signer.ref)) {
      v(
        'slsa/builder',
        'certificate signer (builder) workflow',
        show(want.name + (want.version ? `@${want.version}` : '')),
        show(`${signer.name}@${signer.ref}`),
        'The provenance was signed by another workflow than the builder you trust.'
      );
      reusableFromElsewhere = false; // already rejected
    }
  } else if (policy.signerWorkflow === undefined && !ownWorkflow && !trustedGenerator) {
    v(
      'slsa/signer',
      'trusted signer',
      `a workflow of ${policy.sourceRepository} or a trusted SLSA generator`,
      show(`${signer.name}@${signer.ref}`),
      'A reusable workflow from another repository signed this: name it with builder-id (a release-tagged builder) or signer-workflow.'
    );
    reusableFromElsewhere = false;
  }

  // A reusable-workflow builder from another repository must be pinned at a full release tag.
  if (
    reusableFromElsewhere &&
    (want !== undefined || trustedGenerator) &&
    !isReleaseTagRef(signer.ref)
  ) {
    v(
      'slsa/builder-ref',
      'builder ref',
      'refs/tags/vX.Y.Z',
      show(signer.ref),
      'slsa-verifier accepts builders only at a full vX.Y.Z release tag (not a branch or a SHA).'
    );
  }
}

function runnerBuilderAccepted(name: string, claims: ProvenanceClaims): boolean {
  if (claims.builderId === name) return true;
  // SLSA v0.2 npm provenance says https://github.com/actions/runner; both forms are accepted for it.
  return (
    claims.version === 'v0.2' &&
    claims.builderId === 'https://github.com/actions/runner' &&
    name === 'https://github.com/actions/runner/github-hosted'
  );
}

function checkPredicate(
  id: FulcioIdentity,
  claims: ProvenanceClaims,
  signer: ReturnType<typeof parseWorkflowRef>,
  v: Add
): void {
  if (claims.version === 'other') return;
  const config = parseWorkflowRef(id.buildConfigURI);
  const help =
    'A validly signed provenance that claims another source than its certificate proves is a forgery.';
  if (claims.repository !== id.sourceRepositoryURI) {
    v(
      'slsa/predicate-mismatch',
      'predicate source repository = certificate',
      show(id.sourceRepositoryURI),
      show(claims.repository),
      help
    );
  }
  if (claims.ref !== id.sourceRepositoryRef) {
    v(
      'slsa/predicate-mismatch',
      'predicate source ref = certificate',
      show(id.sourceRepositoryRef),
      show(claims.ref),
      help
    );
  }
  if (
    claims.sourceDigest !== undefined &&
    id.sourceRepositoryDigest !== undefined &&
    claims.sourceDigest !== id.sourceRepositoryDigest
  ) {
    v(
      'slsa/predicate-mismatch',
      'predicate source commit = certificate',
      show(id.sourceRepositoryDigest),
      show(claims.sourceDigest),
      help
    );
  }
  // The workflow path: the certificate's build config (caller workflow), or the signer when that is absent.
  const certPath =
    config?.path ??
    (signer && signer.repository === id.sourceRepositoryURI ? signer.path : undefined);
  if (claims.version === 'v1') {
    if (claims.buildType !== undefined && !GITHUB_BUILD_TYPES.includes(claims.buildType)) {
      v(
        'slsa/predicate-mismatch',
        'predicate buildType',
        GITHUB_BUILD_TYPES.join(' or '),
        show(claims.buildType),
        'Only GitHub Actions workflow provenance can be checked against its certificate.'
      );
    }
    if (certPath !== undefined && claims.path !== certPath) {
      v(
        'slsa/predicate-mismatch',
        'predicate workflow path = certificate build config',
        show(certPath),
        show(claims.path),
        help
      );
    }
  } else if (certPath !== undefined) {
    const ep = claims.entryPoint;
    const repoPart = id.sourceRepositoryURI?.replace(/^https:\/\/github\.com\//, '');
    const accepted = ep === certPath || ep === `${repoPart}/${certPath}@${id.sourceRepositoryRef}`;
    if (!accepted) {
      v(
        'slsa/predicate-mismatch',
        'predicate entryPoint = certificate build config',
        show(certPath),
        show(ep),
        help
      );
    }
  }
  // builder.id must be corroborated by the certificate: the signer itself, or the runner it ran on.
  const b = claims.builderId;
  const runner = b === undefined ? null : RUNNER_BUILDER.exec(b);
  if (runner) {
    const env = runner[1];
    if (
      env === undefined
        ? claims.version !== 'v0.2'
        : id.runnerEnvironment !== undefined && env !== id.runnerEnvironment
    ) {
      v(
        'slsa/predicate-mismatch',
        'predicate builder id = certificate runner',
        `https://github.com/actions/runner/${id.runnerEnvironment ?? 'github-hosted'}`,
        show(b),
        help
      );
    }
  } else if (signer && b !== `${signer.name}@${signer.ref}`) {
    const delegated = DELEGATORS.includes(signer.name);
    if (!delegated) {
      const known =
        b !== undefined && /^https:\/\/github\.com\/[^/]+\/[^/]+\/\.github\/workflows\//.test(b);
      v(
        known ? 'slsa/predicate-mismatch' : 'slsa/builder-unverified',
        'predicate builder id = certificate signer',
        show(`${signer.name}@${signer.ref}`),
        show(b),
        known
          ? help
          : 'This builder id is not proven by the certificate; the decision rests on the certificate identity alone.',
        !known
      );
    }
  }
}
