/** SARIF rule metadata of the zizmor-derived rules (issue 17, second share). */
import type { RuleInfo } from '../../core/result.js';

const r = (id: string, title: string, help: string, severity: RuleInfo['severity']): RuleInfo => ({
  id: `workflow-policy/${id}`,
  title,
  help,
  severity
});

export const RULES_B: RuleInfo[] = [
  r(
    'dangerous-triggers',
    'Workflow triggered by pull_request_target or workflow_run',
    'Both run with the base repository’s secrets and a write token on events an outside contributor starts. Use pull_request; split privileged follow-up work into a workflow that never runs PR code. zizmor: dangerous-triggers. The pr-target-ban gate enforces the ban with an allowlist.',
    'warning'
  ),
  r(
    'use-trusted-publishing',
    'Package published with a long-lived token instead of Trusted Publishing',
    'PyPI, RubyGems, npm, crates.io and NuGet accept the job’s OIDC identity: configure Trusted Publishing, grant id-token: write and drop the token. zizmor: use-trusted-publishing.',
    'warning'
  ),
  r(
    'job-timeout',
    'Job without timeout-minutes',
    'A hung job runs for GitHub’s default 360 minutes with its token live. Set timeout-minutes on every job a little above its usual duration.',
    'warning'
  ),
  r(
    'dependabot-cooldown',
    'Dependabot update without a cooldown',
    'Without cooldown.default-days Dependabot proposes a release minutes after it is published, before a compromised release is found and yanked. Set cooldown: { default-days: 7 } (rules.dependabot-cooldown.days). zizmor: dependabot-cooldown.',
    'warning'
  ),
  r(
    'dependabot-execution',
    'Dependabot allowed to run dependency code',
    'insecure-external-code-execution: allow runs the dependencies’ build scripts with the update’s registry credentials. Remove it. zizmor: dependabot-execution.',
    'error'
  ),
  r(
    'anonymous-definition',
    'Workflow or job without a name',
    'Give every workflow and job a name: checks, required-status rules and logs then say what runs. zizmor: anonymous-definition (pedantic).',
    'note'
  ),
  r(
    'concurrency-limits',
    'Concurrency group without cancel-in-progress',
    'A bare concurrency group queues new runs behind superseded ones. Write concurrency: { group: …, cancel-in-progress: true } (false, on purpose, for release and deploy). zizmor: concurrency-limits.',
    'warning'
  ),
  r(
    'misfeature',
    'GitHub Actions misfeature (shell: cmd, setup-python pip-install)',
    'Use pwsh or bash instead of cmd; install Python packages from a lock file into a virtual environment instead of setup-python’s pip-install. zizmor: misfeature.',
    'warning'
  ),
  r(
    'ref-version-mismatch',
    'Version comment does not match the pinned commit',
    'The `# vX.Y.Z` comment is what reviewers and Dependabot read: it must name the tag of the pinned commit. Offline, two pins of one tag with different commits are flagged; with online: true each comment is checked against the repository’s tags. zizmor: ref-version-mismatch.',
    'error'
  ),
  r(
    'undocumented-permissions',
    'Permission without a comment saying why',
    'Say what needs each scope (other than contents: read) in a comment on its line. zizmor: undocumented-permissions (pedantic).',
    'note'
  ),
  r(
    'forbidden-uses',
    'Action forbidden by the policy',
    'rules.forbidden-uses.allow (only these) or .deny (not these) lists patterns: *, owner/*, owner/repo, owner/repo/*, owner/repo/path. zizmor: forbidden-uses.',
    'error'
  ),
  r(
    'self-repository',
    'Own action or workflow not referred to as $/…',
    'Refer to actions and reusable workflows of this repository as $/path: it always runs the commit that runs, whatever the job checked out. zizmor: self-repository.',
    'warning'
  ),
  r(
    'superfluous-actions',
    'Third-party action for what the runner already does',
    'gh, git, docker and jq are on the runner: a run: step does the same without a third-party action holding the token. zizmor: superfluous-actions.',
    'warning'
  ),
  r(
    'typosquat-uses',
    'Action name one slip away from a popular action',
    'A character left out, a neighbouring key or swapped words under another owner: typosquatters register such names. Check the uses: line. zizmor: typosquat-uses.',
    'error'
  ),
  r(
    'impostor-commit',
    'Pinned commit on no branch or tag of the repository (online)',
    'A fork’s commit can be referred to through the parent repository. Pin a SHA of the repository’s own release tag. Needs online: true. zizmor: impostor-commit.',
    'error'
  ),
  r(
    'known-vulnerable-actions',
    'Action version affected by a GitHub advisory (online)',
    'Upgrade to the first patched version (pinned by SHA). Needs online: true. zizmor: known-vulnerable-actions.',
    'error'
  ),
  r(
    'stale-action-refs',
    'Pinned commit that is no tag’s commit (online)',
    'Pin the commit of a release tag and name the tag in the comment. Needs online: true. zizmor: stale-action-refs.',
    'warning'
  ),
  r(
    'archived-uses',
    'Action from an archived repository (online)',
    'An archived repository receives no fixes: replace the action or fork it. Needs online: true. zizmor: archived-uses.',
    'warning'
  ),
  r(
    'ref-confusion',
    'uses: ref that is both a branch and a tag (online)',
    'Pin the commit SHA of the tag you mean. Needs online: true. zizmor: ref-confusion.',
    'error'
  ),
  r(
    'not-decided',
    'An audit that could not decide',
    'The Dependabot configuration could not be read, or GitHub did not answer an online audit (5xx, timeout, an answer of the wrong shape). Fix the cause and run again; an audit that could not run is never passed.',
    'error'
  )
];
