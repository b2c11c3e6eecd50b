/** Rule metadata: SARIF `tool.driver.rules`, with the help text code scanning shows. */
import type { RuleInfo } from '../../core/result.js';
import { ZIZMOR_A_RULE_INFO } from './rules-info-zizmor-a.js';
import { RULES_B } from './rules-info-zizmor-b.js';

export const RULES: RuleInfo[] = [
  {
    id: 'workflow-policy/policy-file-deprecated',
    title: 'Policy in its old file',
    help: 'Move the rules and exceptions to workflow-policy.rules / workflow-policy.exceptions in .ci-intel/config.yml and delete the old file.',
    severity: 'note'
  },
  {
    id: 'workflow-policy/pinned-uses',
    title: 'Action or reusable workflow not pinned to a commit SHA',
    help: 'A tag or branch can be moved to other code after review. Pin third-party `uses:` to the full 40-hex commit SHA and keep the tag as a comment (`uses: owner/repo@<sha> # v4.1.1`); pin `docker://` images by `@sha256:` digest. Local `./` and `$/` actions are exempt. Per-owner policies (`hash-pin`, `ref-pin`, `any`) live in the policy file.',
    severity: 'error'
  },
  {
    id: 'workflow-policy/permissions',
    title: 'GITHUB_TOKEN permissions not least-privilege',
    help: 'Declare a top-level `permissions:` block (e.g. `contents: read`), never `write-all`, and grant write scopes only on the jobs that need them. Jobs with `contents`, `packages` or `id-token` write access are listed in the evidence.',
    severity: 'error'
  },
  {
    id: 'workflow-policy/template-injection',
    title: 'Attacker-controlled expression expanded into a script',
    help: '`${{ }}` is pasted into the script before it runs, so an issue title or branch name can become shell or JavaScript code. Set the value in `env:` and read it as a quoted variable (`"$TITLE"`, `process.env.TITLE`).',
    severity: 'error'
  },
  {
    id: 'workflow-policy/secrets-inherit',
    title: 'All secrets passed to a reusable workflow outside the organisation',
    help: '`secrets: inherit` gives the called workflow every secret of the repository and organisation. Pass the secrets it needs by name, or trust its owner in the policy (`rules.secrets-inherit.trusted-owners`).',
    severity: 'error'
  },
  {
    id: 'workflow-policy/static-secrets',
    title: 'Long-lived credential written into a workflow file',
    help: 'Anyone who can read the repository can use it, and it stays in the history. Revoke and rotate it, store it as an encrypted secret and reference `${{ secrets.NAME }}`; prefer OIDC (`id-token: write`) to long-lived cloud keys.',
    severity: 'error'
  },
  {
    id: 'workflow-policy/concurrency',
    title: 'push / pull_request workflow without concurrency',
    help: 'Without a `concurrency` group, superseded runs keep running and racing deploys can finish out of order. Add `concurrency: { group: ${{ github.workflow }}-${{ github.ref }}, cancel-in-progress: true }` (no cancellation for release and deploy jobs).',
    severity: 'warning'
  },
  {
    id: 'workflow-policy/persist-credentials',
    title: 'Checkout keeps its token in a job that uploads artifacts',
    help: '`actions/checkout` writes the token into the checkout unless `persist-credentials: false`; an artifact of the workspace then leaks it (zizmor: artipacked). Set `persist-credentials: false`.',
    severity: 'error'
  },
  ...ZIZMOR_A_RULE_INFO,
  {
    id: 'workflow-policy/invalid-workflow',
    title: 'Workflow file GitHub would reject or the gate cannot read',
    help: 'Fix the file; a workflow the gate cannot read is never passed.',
    severity: 'error'
  },
  {
    id: 'workflow-policy/exception-invalid',
    title: 'Policy exception without justification or past its expiry',
    help: 'Every exception states why it is needed and safe and carries an expires date; expired or unjustified exceptions excuse nothing.',
    severity: 'error'
  },
  {
    id: 'workflow-policy/exception-stale',
    title: 'Policy exception that matches no finding',
    help: 'Remove exceptions that no longer excuse anything.',
    severity: 'warning'
  },
  ...RULES_B
];
