/**
 * JSON Schemas from schema/: in a bundle, the validators the build generated (ajv standalone
 * code, registered by scripts/build.mjs, each in a chunk loaded by `loadSchemaValidators`);
 * elsewhere compiled once per process with ajv, which then loads on first use.
 *
 * `schemaValidator` is synchronous, so in a bundle the code that validates loads the validator
 * first, at its last asynchronous step: `await loadSchemaValidators(name)` (a no-op outside a
 * bundle and once loaded). A run that never validates never reads the validator's code.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { registeredSchemaLoader, schemasCompiledAtBuild } from './build-registry.js';
import { hubRoot } from './hub-root.js';

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/** ajv and ajv-formats, loaded only when a schema has to be compiled at run time. */
function runtimeAjv(): Ajv {
  if (!ajv) {
    // Both are CommonJS; a bundle never gets here (its validators are generated at build time).
    const load = createRequire(join(hubRoot(), 'package.json'));
    const { Ajv: AjvClass } = load('ajv') as typeof import('ajv');
    const formats = load('ajv-formats') as { default?: unknown };
    const addFormats = (formats.default ?? formats) as (a: Ajv) => Ajv;
    ajv = addFormats(new AjvClass({ allErrors: true, strict: false }));
  }
  return ajv;
}

function notInBundle(name: string): Error {
  return new Error(
    `schema/${name} was not compiled into this bundle: scripts/build.mjs registers the schemas named as string literals in the modules that call schemaValidator`
  );
}

/**
 * Load the bundle's validators for `names` (their chunks), so that `schemaValidator` can give
 * them. Outside a bundle nothing is loaded here: `schemaValidator` compiles on first use.
 */
export async function loadSchemaValidators(...names: string[]): Promise<void> {
  if (!schemasCompiledAtBuild()) return;
  for (const name of names) {
    if (compiled.has(name)) continue;
    const load = registeredSchemaLoader(name);
    if (!load) throw notInBundle(name);
    compiled.set(name, (await load()) as ValidateFunction);
  }
}

export function schemaValidator(name: string): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    if (schemasCompiledAtBuild()) {
      if (!registeredSchemaLoader(name)) throw notInBundle(name);
      throw new Error(
        `internal: the validator of schema/${name} is not loaded yet (await loadSchemaValidators('${name}') before validating)`
      );
    }
    const schema = JSON.parse(readFileSync(join(hubRoot(), 'schema', name), 'utf8')) as object;
    v = runtimeAjv().compile(schema);
    compiled.set(name, v);
  }
  return v;
}

/** One line per ajv error, naming the field: `/allow/0/expires: must match format "date"`. */
export function describeSchemaErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const at = e.instancePath || '(root)';
    if (e.keyword === 'required')
      return `${at}: missing required field '${String(e.params.missingProperty)}'`;
    if (e.keyword === 'additionalProperties') {
      return `${at}: unknown field '${String(e.params.additionalProperty)}'`;
    }
    return `${at}: ${e.message ?? e.keyword}`;
  });
}
