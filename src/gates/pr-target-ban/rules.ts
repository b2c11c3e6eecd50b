/** The rules pr-target-ban reports, for SARIF and help. */
import type { RuleInfo } from '../../core/result.js';

export const RULES: RuleInfo[] = [
  {
    id: 'pr-target/allowlist-file-deprecated',
    title: 'Allowlist in its old file',
    help: 'Move the entries to pr-target-ban.allow in .ci-intel/config.yml and delete the old file.',
    severity: 'note'
  },
  {
    id: 'pr-target/banned-trigger',
    title: 'Privileged pull_request_target trigger',
    help: 'pull_request_target runs with a write-scoped token and secrets on events from forks. Use pull_request, or add a justified, expiring, CODEOWNERS-approved entry to the allowlist.',
    severity: 'error'
  },
  {
    id: 'pr-target/pwn-request',
    title: 'Privileged workflow runs the pull request head',
    help: 'Never check out or fetch the PR head (head.sha, head.ref, github.head_ref, refs/pull/N/*) under pull_request_target; build untrusted code in a pull_request workflow and pass results as artifacts.',
    severity: 'error'
  },
  {
    id: 'pr-target/privileged-reusable-workflow',
    title: 'Reusable workflow runs with the privileged trigger',
    help: 'A reusable workflow called from a pull_request_target workflow runs with its token and secrets; review it as part of the exception.',
    severity: 'warning'
  },
  {
    id: 'pr-target/allowlist-expired',
    title: 'Expired pull_request_target exception',
    help: 'Renew the exception with a new expires date (CODEOWNERS approval) or remove the trigger.',
    severity: 'error'
  },
  {
    id: 'pr-target/allowlist-unjustified',
    title: 'Unjustified pull_request_target exception',
    help: 'Every exception states why it is needed and safe, and who approved it.',
    severity: 'error'
  },
  {
    id: 'pr-target/allowlist-not-owned',
    title: 'Allowlist not protected by CODEOWNERS',
    help: 'Add a CODEOWNERS rule with owners for the allowlist file so every exception needs their approval.',
    severity: 'error'
  },
  {
    id: 'pr-target/allowlist-stale',
    title: 'Allowlist entry matches no privileged workflow',
    help: 'Remove entries for workflows that no longer exist or no longer use the trigger.',
    severity: 'warning'
  },
  {
    id: 'pr-target/invalid-workflow',
    title: 'Workflow file GitHub would reject or cannot be read',
    help: 'Fix the file; a workflow the gate cannot read is never passed.',
    severity: 'error'
  },
  {
    id: 'pr-target/allowlisted',
    title: 'Allowlisted privileged trigger',
    help: 'An exception from the allowlist; reviewed when it expires.',
    severity: 'note'
  }
];
