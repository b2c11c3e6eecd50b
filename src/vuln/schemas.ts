/**
 * The published JSON Schemas of SBOM and VEX formats (schema/third-party/), compiled lazily: a
 * run compiles only the schemas of the documents it was given. Formats are not asserted (tools
 * write `"created": "redacted"` and the gate never relies on those fields); structure is.
 * The hub's own draft-07 schemas go through src/core/schemas.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { hubRoot } from '../core/action-spec.js';

export type ThirdPartySchema =
  'cyclonedx-1.4' | 'cyclonedx-1.5' | 'cyclonedx-1.6' | 'spdx-2.2' | 'spdx-2.3' | 'openvex-0.2.0';

const FILES: Record<ThirdPartySchema, string> = {
  'cyclonedx-1.4': 'cyclonedx-bom-1.4.schema.json',
  'cyclonedx-1.5': 'cyclonedx-bom-1.5.schema.json',
  'cyclonedx-1.6': 'cyclonedx-bom-1.6.schema.json',
  'spdx-2.2': 'spdx-2.2.schema.json',
  'spdx-2.3': 'spdx-2.3.schema.json',
  'openvex-0.2.0': 'openvex-0.2.0.schema.json'
};

let draft07: Ajv | undefined;
let draft2020: Ajv2020 | undefined;
const compiled = new Map<ThirdPartySchema, ValidateFunction>();

function load(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(hubRoot(), 'schema', 'third-party', file), 'utf8')) as Record<
    string,
    unknown
  >;
}

function draft07Ajv(): Ajv {
  if (!draft07) {
    draft07 = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  }
  return draft07;
}

let cyclonedxShared = false;

/** CycloneDX BOM schemas reference the SPDX licence list and JSF by their SNAPSHOT file names. */
function addCyclonedxShared(ajv: Ajv): void {
  if (cyclonedxShared) return;
  ajv.addSchema({
    ...load('cyclonedx-spdx.schema.json'),
    $id: 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json'
  });
  ajv.addSchema({
    ...load('cyclonedx-jsf-0.82.schema.json'),
    $id: 'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json'
  });
  cyclonedxShared = true;
}

export function thirdPartyValidator(name: ThirdPartySchema): ValidateFunction {
  let v = compiled.get(name);
  if (v) return v;
  const schema = load(FILES[name]);
  if (name === 'openvex-0.2.0') {
    draft2020 ??= new Ajv2020({ allErrors: false, strict: false, validateFormats: false });
    v = draft2020.compile(schema);
  } else {
    const ajv = draft07Ajv();
    if (name.startsWith('cyclonedx-')) addCyclonedxShared(ajv);
    v = ajv.compile(schema);
  }
  compiled.set(name, v);
  return v;
}
