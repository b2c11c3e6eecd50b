// Generates schema/bigquery/pipeline_run.v<version>.json (the BigQuery table schema `bq load`
// takes) from every schema/pipeline_run.v<version>.json. Run by `npm run matrix`; CI fails when
// the generated files are stale (.ci/run).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { bigQuerySchema } from '../lib/telemetry/bigquery-schema.js';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'schema', 'bigquery');
mkdirSync(outDir, { recursive: true });
for (const name of readdirSync(join(root, 'schema'))
  .filter((f) => /^pipeline_run\.v[0-9.]+\.json$/.test(f))
  .sort()) {
  const fields = bigQuerySchema(JSON.parse(readFileSync(join(root, 'schema', name), 'utf8')));
  const out = join(outDir, name);
  const options = { ...(await resolveConfig(out)), filepath: out };
  writeFileSync(out, await format(JSON.stringify(fields), options));
}
