/** Validates GateResults against schema/gate-result.v1.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { REPO_ROOT } from './run-action.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ allErrors: true, strict: true }));
const validate = ajv.compile(
  JSON.parse(readFileSync(join(REPO_ROOT, 'schema', 'gate-result.v1.json'), 'utf8'))
);

/** Throws with the schema errors when `result` is not a valid GateResult. */
export function expectValidResult(result: unknown): void {
  if (!validate(result)) {
    throw new Error(
      `not a valid gate result: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(result, null, 2).slice(0, 2000)}`
    );
  }
}
