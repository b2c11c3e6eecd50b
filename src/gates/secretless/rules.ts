/** Rule metadata of secretless (SARIF and help). */
import type { RuleInfo } from '../../core/result.js';

export const R = {
  credential: 'secretless/long-lived-credential',
  tokenTtl: 'secretless/token-ttl-too-long',
  issuer: 'secretless/token-issuer-not-trusted',
  shortLived: 'secretless/short-lived-token',
  expired: 'secretless/expired-token',
  allowed: 'secretless/allowed-name',
  unreadable: 'secretless/process-unreadable',
  tooLarge: 'secretless/environ-too-large',
  nothingRead: 'secretless/nothing-read',
  fileUnreadable: 'secretless/file-unreadable',
  fileLimit: 'secretless/file-limit'
} as const;

const ROTATE =
  'Remove it from the job: use OIDC federation (permissions: id-token: write, then aws-actions/configure-aws-credentials, google-github-actions/auth, azure/login with federated credentials) instead of stored keys, and revoke the credential if it was ever long-lived.';

export const RULES: RuleInfo[] = [
  {
    id: R.credential,
    title: 'Long-lived credential present in the job',
    help: ROTATE,
    severity: 'error'
  },
  {
    id: R.tokenTtl,
    title: 'Token lives longer than max-token-ttl',
    help: `A token whose expiry is readable must expire within max-token-ttl of its issue. ${ROTATE}`,
    severity: 'error'
  },
  {
    id: R.issuer,
    title: 'Token from an issuer not in token-issuers',
    help: 'Only short-lived tokens of the issuers listed in token-issuers may be present; add the issuer if it is your OIDC provider.',
    severity: 'error'
  },
  {
    id: R.shortLived,
    title: 'Short-lived token (allowed)',
    help: 'Recorded for the evidence: a token with a readable expiry within max-token-ttl.',
    severity: 'note'
  },
  {
    id: R.expired,
    title: 'Expired token (recorded)',
    help: 'The token has expired and can no longer be used; it is recorded, not blocking.',
    severity: 'note'
  },
  {
    id: R.allowed,
    title: 'Allowed name (recorded)',
    help: "The variable is in allow-names (the runner's own short-lived tokens, the OIDC request variables).",
    severity: 'note'
  },
  {
    id: R.unreadable,
    title: "A process of the job's uid could not be read",
    help: 'The kernel refused its environ (a non-dumpable process, or one that changed credentials): what it holds is unknown. Set on-unreadable: warn to accept that, or stop the process before the gate runs.',
    severity: 'error'
  },
  {
    id: R.tooLarge,
    title: 'Environment larger than the gate reads',
    help: 'The environ of a process is larger than the limit; it was not scanned.',
    severity: 'error'
  },
  {
    id: R.nothingRead,
    title: 'No process environment was readable',
    help: "The gate read no other process's environment: /proc is hidden (hidepid) or every process is another uid's. Run the gate as the job's user, or set processes: false to check only the gate's own environment and the files.",
    severity: 'error'
  },
  {
    id: R.fileUnreadable,
    title: 'A credentials file could not be read',
    help: 'The file exists but could not be read (permissions, a FIFO or device, or over the size limit); what it holds is unknown.',
    severity: 'error'
  },
  {
    id: R.fileLimit,
    title: 'A credentials folder has more files than the gate reads',
    help: 'Only the first files of the folder were scanned; clean the folder or name its files explicitly.',
    severity: 'error'
  }
];
