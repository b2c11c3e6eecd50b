/** The checks of the rules that follow zizmor's audits (issue 17, first half), by rule id. */
import type { ZizmorARuleName } from './rules-zizmor-a-names.js';
import { adhocPackages } from './rules/adhoc-packages.js';
import { artipacked } from './rules/artipacked.js';
import { botConditions } from './rules/bot-conditions.js';
import { cachePoisoning } from './rules/cache-poisoning.js';
import { githubApp } from './rules/github-app.js';
import { githubEnv } from './rules/github-env.js';
import { hardcodedContainerCredentials } from './rules/hardcoded-container-credentials.js';
import { insecureCommands } from './rules/insecure-commands.js';
import { obfuscation } from './rules/obfuscation.js';
import { overprovisionedSecrets } from './rules/overprovisioned-secrets.js';
import { secretsOutsideEnv } from './rules/secrets-outside-env.js';
import { selfHostedRunner } from './rules/self-hosted-runner.js';
import { unpinnedImages } from './rules/unpinned-images.js';
import { unpinnedTools } from './rules/unpinned-tools.js';
import { unredactedSecrets } from './rules/unredacted-secrets.js';
import { unsoundCondition } from './rules/unsound-condition.js';
import { unsoundContains } from './rules/unsound-contains.js';
import { unsoundTernary } from './rules/unsound-ternary.js';
import type { Rule } from './types.js';

export const ZIZMOR_A_CHECKS: Record<ZizmorARuleName, Rule> = {
  artipacked,
  'bot-conditions': botConditions,
  'cache-poisoning': cachePoisoning,
  'github-env': githubEnv,
  'insecure-commands': insecureCommands,
  obfuscation,
  'overprovisioned-secrets': overprovisionedSecrets,
  'self-hosted-runner': selfHostedRunner,
  'unsound-contains': unsoundContains,
  'unsound-condition': unsoundCondition,
  'unsound-ternary': unsoundTernary,
  'unpinned-images': unpinnedImages,
  'hardcoded-container-credentials': hardcodedContainerCredentials,
  'unredacted-secrets': unredactedSecrets,
  'secrets-outside-env': secretsOutsideEnv,
  'github-app': githubApp,
  'adhoc-packages': adhocPackages,
  'unpinned-tools': unpinnedTools
};
