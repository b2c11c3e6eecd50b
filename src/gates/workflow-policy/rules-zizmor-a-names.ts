/**
 * Rule ids and default levels of the rules that follow zizmor's audits (issue 17, first half).
 * Kept apart from policy.ts so the rule list grows without touching the shared table.
 */

export const ZIZMOR_A_RULE_NAMES = [
  'artipacked',
  'bot-conditions',
  'cache-poisoning',
  'github-env',
  'insecure-commands',
  'obfuscation',
  'overprovisioned-secrets',
  'self-hosted-runner',
  'unsound-contains',
  'unsound-condition',
  'unsound-ternary',
  'unpinned-images',
  'hardcoded-container-credentials',
  'unredacted-secrets',
  'secrets-outside-env',
  'github-app',
  'adhoc-packages',
  'unpinned-tools'
] as const;

export type ZizmorARuleName = (typeof ZIZMOR_A_RULE_NAMES)[number];

/**
 * Defaults: zizmor's high-severity, regular-persona findings are errors; its low-severity or
 * low-confidence ones are warnings; its auditor-persona audits (and one static-secrets already
 * reports) are off until a repository turns them on.
 */
export const ZIZMOR_A_LEVELS: Readonly<Record<ZizmorARuleName, 'error' | 'warning' | 'off'>> = {
  artipacked: 'off',
  'bot-conditions': 'error',
  'cache-poisoning': 'warning',
  'github-env': 'error',
  'insecure-commands': 'error',
  obfuscation: 'warning',
  'overprovisioned-secrets': 'error',
  'self-hosted-runner': 'off',
  'unsound-contains': 'error',
  'unsound-condition': 'error',
  'unsound-ternary': 'warning',
  'unpinned-images': 'error',
  'hardcoded-container-credentials': 'off',
  'unredacted-secrets': 'error',
  'secrets-outside-env': 'off',
  'github-app': 'error',
  'adhoc-packages': 'warning',
  'unpinned-tools': 'warning'
};
