/**
 * The published JSON Schemas of SBOM and VEX formats (schema/third-party/), compiled lazily: a
 * run compiles only the schemas of the documents it was given. Formats are not asserted (tools
 * write `"created": "redacted"` and the gate never relies on those fields); structure is.
 * The hub's own draft-07 schemas go through src/core/schemas.ts.
 *
 * `uniqueItems` is checked by a linear keyword (a set of canonical JSON texts) instead of ajv's
 * pairwise deep-equal, which is quadratic: CycloneDX puts it on `components`, and 10,000
 * components took ajv 10 s. Same meaning: two items are equal when their JSON values are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { hubRoot } from '../core/hub-root.js';

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

const UNIQUE = 'x-ci-intel-unique-items';

/** JSON text with object keys sorted: equal texts ⇔ equal JSON values. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

function uniqueItems(data: unknown): boolean {
  if (!Array.isArray(data)) return true;
  const seen = new Set<string>();
  for (const item of data) {
    const key = canonical(item);
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/** Replace `uniqueItems: true` with the linear keyword, everywhere in a schema. */
function linearUnique(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(linearUnique);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (k === 'uniqueItems' && v === true) out[UNIQUE] = true;
    else if (k === 'uniqueItems') continue;
    else out[k] = linearUnique(v);
  }
  return out;
}

function load(file: string): Record<string, unknown> {
  const text = readFileSync(join(hubRoot(), 'schema', 'third-party', file), 'utf8');
  return linearUnique(JSON.parse(text)) as Record<string, unknown>;
}

function withUnique<T extends Ajv>(ajv: T): T {
  ajv.addKeyword({
    keyword: UNIQUE,
    type: 'array',
    schemaType: 'boolean',
    errors: false,
    validate: (_schema: boolean, data: unknown) => uniqueItems(data)
  });
  return ajv;
}

const instances = new Map<string, Ajv>();
/**
 * One ajv per dialect and error mode. Only SPDX 2.2 collects every error (to tell the fields
 * SPDX 2.3 made optional from real errors); the others stop at the first, which compiles smaller.
 */
function ajvFor(name: ThirdPartySchema): Ajv {
  const key = name === 'openvex-0.2.0' ? '2020' : name === 'spdx-2.2' ? '07-all' : '07';
  let ajv = instances.get(key);
  if (!ajv) {
    // No inlined refs and no code optimisation: compiles the CycloneDX 1.6 schema in about a
    // third of the time (cold start), validates 10,000 components in about the same time.
    const options = {
      allErrors: key === '07-all',
      strict: false,
      validateFormats: false,
      inlineRefs: false,
      code: { optimize: false }
    };
    ajv = withUnique(key === '2020' ? new Ajv2020(options) : new Ajv(options));
    instances.set(key, ajv);
  }
  return ajv;
}

const sharedAdded = new WeakSet<Ajv>();
/** CycloneDX BOM schemas reference the SPDX licence list and JSF by their SNAPSHOT file names. */
function addCyclonedxShared(ajv: Ajv): void {
  if (sharedAdded.has(ajv)) return;
  ajv.addSchema({
    ...load('cyclonedx-spdx.schema.json'),
    $id: 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json'
  });
  ajv.addSchema({
    ...load('cyclonedx-jsf-0.82.schema.json'),
    $id: 'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json'
  });
  sharedAdded.add(ajv);
}

const compiled = new Map<ThirdPartySchema, ValidateFunction>();

export function thirdPartyValidator(name: ThirdPartySchema): ValidateFunction {
  let v = compiled.get(name);
  if (v) return v;
  const ajv = ajvFor(name);
  if (name.startsWith('cyclonedx-')) addCyclonedxShared(ajv);
  v = ajv.compile(load(FILES[name]));
  compiled.set(name, v);
  return v;
}
