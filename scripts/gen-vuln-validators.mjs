// Generates src/vuln/generated/<schema>.ts: each third-party SBOM/VEX schema (schema/third-party/)
// compiled by ajv once, at build time, into standalone code, one module per schema, so a
// sbom-vex run loads (a lazy bundle chunk) only the schema its documents need and pays no
// compile. The text comes from src/vuln/validator-codegen.ts (the run-time options and schema
// rewrite of src/vuln/schemas.ts), read from lib/: run by `npm run matrix` after tsc.
// CI fails when a file is stale (test/sbom-vex/generated.test.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { THIRD_PARTY_SCHEMAS } = await import(join(root, 'lib', 'vuln', 'schemas.js'));
const { generatedValidatorModule } = await import(
  join(root, 'lib', 'vuln', 'validator-codegen.js')
);
for (const name of THIRD_PARTY_SCHEMAS)
  writeFileSync(
    join(root, 'src', 'vuln', 'generated', `${name}.ts`),
    generatedValidatorModule(name)
  );
