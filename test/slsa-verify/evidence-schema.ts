/** Validates slsa-verify evidence against schema/slsa-verify-evidence.v1.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { REPO_ROOT } from '../helpers/run-action.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
const validate = ajv.compile(
  JSON.parse(readFileSync(join(REPO_ROOT, 'schema', 'slsa-verify-evidence.v1.json'), 'utf8'))
);

export function expectValidEvidence(evidence: unknown): void {
  if (!validate(evidence)) {
    throw new Error(
      `slsa-verify evidence does not match its schema: ${ajv.errorsText(validate.errors)}`
    );
  }
}
