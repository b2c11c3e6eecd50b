// Generates schema/config.v1.json (the `.ci-intel/config.yml` contract) from every
// actions/<gate>/action.yml, so a config key, a `with:` key and a `--flag` are one word.
// The structured sections (pr-target-ban.allow, workflow-policy.rules/exceptions) come from the
// gates' own document schemas. Run by `npm run matrix`; CI fails when the file is stale.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { loadActionSpec } from '../lib/core/action-spec.js';
import { configSchema } from '../lib/config/schema.js';

const root = new URL('..', import.meta.url).pathname;
const specs = readdirSync(join(root, 'actions'))
  .filter((g) => existsSync(join(root, 'actions', g, 'action.yml')))
  .sort()
  .map((g) => loadActionSpec(g, root));
const documents = {
  'pr-target-allowlist.v1.json': JSON.parse(
    readFileSync(join(root, 'schema', 'pr-target-allowlist.v1.json'), 'utf8')
  ),
  'workflow-policy.v1.json': JSON.parse(
    readFileSync(join(root, 'schema', 'workflow-policy.v1.json'), 'utf8')
  )
};
const out = join(root, 'schema', 'config.v1.json');
// Formatted as the repository's Prettier settings would, so `prettier --check` and the
// freshness check agree.
const options = { ...(await resolveConfig(out)), filepath: out };
writeFileSync(out, await format(JSON.stringify(configSchema(specs, documents)), options));
