/** JSON Schemas from schema/, compiled once per process with ajv. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { hubRoot } from './action-spec.js';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM interop in some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv;

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

export function schemaValidator(name: string): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    ajv ??= addFormats(new Ajv({ allErrors: true, strict: false }));
    const schema = JSON.parse(readFileSync(join(hubRoot(), 'schema', name), 'utf8')) as object;
    v = ajv.compile(schema);
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
