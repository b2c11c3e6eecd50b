/**
 * The published JSON Schemas of SBOM and VEX formats (schema/third-party/). Formats are not
 * asserted (tools write `"created": "redacted"` and the gate never relies on those fields);
 * structure is. The hub's own draft-07 schemas go through src/core/schemas.ts.
 *
 * The build compiles each schema into ajv standalone code (src/vuln/generated/<schema>.ts, by
 * scripts/gen-vuln-validators.mjs, one module and so one lazy bundle chunk per schema): a run
 * awaits `preloadThirdParty` for the schema a document needs once its format and version are
 * known, then `thirdPartyValidator` (synchronous) returns that validator. A schema that was not
 * preloaded (or whose module did not load) is compiled here at run time, as before, with the
 * same options: the verdicts and errors are the same either way (test/sbom-vex/generated.test.ts).
 *
 * `uniqueItems` is checked by a linear keyword (a set of canonical JSON texts) instead of ajv's
 * pairwise deep-equal, which is quadratic: CycloneDX puts it on `components`, and 10,000
 * components took ajv 10 s. Same meaning: two items are equal when their JSON values are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _, Ajv, type CodeOptions, type KeywordCxt, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { hubRoot } from '../core/hub-root.js';
import { linearUnique, UNIQUE_KEYWORD, uniqueItems } from './unique-items.js';

export const THIRD_PARTY_SCHEMAS = [
  'cyclonedx-1.4',
  'cyclonedx-1.5',
  'cyclonedx-1.6',
  'spdx-2.2',
  'spdx-2.3',
  'openvex-0.2.0'
] as const;
export type ThirdPartySchema = (typeof THIRD_PARTY_SCHEMAS)[number];

export const THIRD_PARTY_FILES: Record<ThirdPartySchema, string> = {
  'cyclonedx-1.4': 'cyclonedx-bom-1.4.schema.json',
  'cyclonedx-1.5': 'cyclonedx-bom-1.5.schema.json',
  'cyclonedx-1.6': 'cyclonedx-bom-1.6.schema.json',
  'spdx-2.2': 'spdx-2.2.schema.json',
  'spdx-2.3': 'spdx-2.3.schema.json',
  'openvex-0.2.0': 'openvex-0.2.0.schema.json'
};

/** A schema file of schema/third-party/, with the linear uniqueItems keyword. */
export function loadThirdPartySchema(file: string): Record<string, unknown> {
  const text = readFileSync(join(hubRoot(), 'schema', 'third-party', file), 'utf8');
  return linearUnique(JSON.parse(text)) as Record<string, unknown>;
}

type Dialect = '07' | '07-all' | '2020';
/** Only SPDX 2.2 collects every error (to tell the fields SPDX 2.3 made optional from real
 * errors); the others stop at the first, which compiles smaller. */
function dialectOf(name: ThirdPartySchema): Dialect {
  return name === 'openvex-0.2.0' ? '2020' : name === 'spdx-2.2' ? '07-all' : '07';
}

function createAjv(dialect: Dialect, code: CodeOptions): Ajv {
  // No inlined refs and no code optimisation: compiles the CycloneDX 1.6 schema in about a
  // third of the time (cold start), validates 10,000 components in about the same time.
  const options = {
    allErrors: dialect === '07-all',
    strict: false,
    validateFormats: false,
    inlineRefs: false,
    code: { optimize: false, ...code }
  };
  return dialect === '2020' ? new Ajv2020(options) : new Ajv(options);
}

/** CycloneDX BOM schemas reference the SPDX licence list and JSF by their SNAPSHOT file names. */
function addCyclonedxShared(ajv: Ajv): void {
  ajv.addSchema({
    ...loadThirdPartySchema('cyclonedx-spdx.schema.json'),
    $id: 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json'
  });
  ajv.addSchema({
    ...loadThirdPartySchema('cyclonedx-jsf-0.82.schema.json'),
    $id: 'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json'
  });
}

/**
 * A fresh ajv for standalone code of one schema (scripts/gen-vuln-validators.mjs): the run-time
 * options, and the linear keyword as code calling `uniqueItems`, which the generated module
 * imports from src/vuln/unique-items.ts.
 */
export function newThirdPartyAjv(name: ThirdPartySchema, code: CodeOptions): Ajv {
  const ajv = createAjv(dialectOf(name), code);
  ajv.addKeyword({
    keyword: UNIQUE_KEYWORD,
    type: 'array',
    schemaType: 'boolean',
    code(cxt: KeywordCxt) {
      const fn = cxt.gen.scopeValue('func', { ref: uniqueItems, code: _`uniqueItems` });
      cxt.fail(_`!${fn}(${cxt.data})`);
    }
  });
  if (name.startsWith('cyclonedx-')) addCyclonedxShared(ajv);
  return ajv;
}

const instances = new Map<Dialect, Ajv>();
const sharedAdded = new WeakSet<Ajv>();
/** One run-time ajv per dialect and error mode. */
function runTimeAjv(name: ThirdPartySchema): Ajv {
  const dialect = dialectOf(name);
  let ajv = instances.get(dialect);
  if (!ajv) {
    ajv = createAjv(dialect, {});
    ajv.addKeyword({
      keyword: UNIQUE_KEYWORD,
      type: 'array',
      schemaType: 'boolean',
      errors: false,
      validate: (_schema: boolean, data: unknown) => uniqueItems(data)
    });
    instances.set(dialect, ajv);
  }
  if (name.startsWith('cyclonedx-') && !sharedAdded.has(ajv)) {
    addCyclonedxShared(ajv);
    sharedAdded.add(ajv);
  }
  return ajv;
}

const compiled = new Map<ThirdPartySchema, ValidateFunction>();
const compiledNames: ThirdPartySchema[] = [];
/** The schema compiled by ajv at run time (the path before build-time code, and the fallback). */
export function compileThirdPartyAtRunTime(name: ThirdPartySchema): ValidateFunction {
  let v = compiled.get(name);
  if (v) return v;
  v = runTimeAjv(name).compile(loadThirdPartySchema(THIRD_PARTY_FILES[name]));
  compiled.set(name, v);
  compiledNames.push(name);
  return v;
}

/** The schemas this process compiled at run time (tests: a preloaded run compiles none). */
export function thirdPartyCompiledAtRunTime(): readonly ThirdPartySchema[] {
  return compiledNames;
}

type GeneratedModule = { default: unknown };
// Literal specifiers: ncc makes each its own chunk, loaded only when imported.
const MODULES: Record<ThirdPartySchema, () => Promise<GeneratedModule>> = {
  'cyclonedx-1.4': () => import('./generated/cyclonedx-1.4.js'),
  'cyclonedx-1.5': () => import('./generated/cyclonedx-1.5.js'),
  'cyclonedx-1.6': () => import('./generated/cyclonedx-1.6.js'),
  'spdx-2.2': () => import('./generated/spdx-2.2.js'),
  'spdx-2.3': () => import('./generated/spdx-2.3.js'),
  'openvex-0.2.0': () => import('./generated/openvex-0.2.0.js')
};

/** The build-time (standalone) validator of a schema, loading its module. */
export async function loadGeneratedThirdParty(name: ThirdPartySchema): Promise<ValidateFunction> {
  const m = await MODULES[name]();
  return m.default as ValidateFunction;
}

const generated = new Map<ThirdPartySchema, ValidateFunction>();
/**
 * Load the build-time validator of a schema (if any), so that `thirdPartyValidator` returns it.
 * Never fails: a module that does not load leaves the schema to the run-time compiler.
 */
export async function preloadThirdParty(name: ThirdPartySchema | undefined): Promise<void> {
  if (!name || generated.has(name) || compiled.has(name)) return;
  try {
    generated.set(name, await loadGeneratedThirdParty(name));
  } catch {
    // compiled at run time by thirdPartyValidator, with the same meaning
  }
}

export function thirdPartyValidator(name: ThirdPartySchema): ValidateFunction {
  return generated.get(name) ?? compileThirdPartyAtRunTime(name);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function cyclonedxSchema(j: Record<string, unknown>): ThirdPartySchema | undefined {
  const v = String(j.specVersion);
  return v === '1.4' || v === '1.5' || v === '1.6' ? `cyclonedx-${v}` : undefined;
}

/** The schema parseSbom (src/vuln/sbom.ts) validates a document against, if it gets that far. */
export function sbomSchemaOf(j: unknown): ThirdPartySchema | undefined {
  if (!isRecord(j)) return undefined;
  if (j.bomFormat === 'CycloneDX') return cyclonedxSchema(j);
  if (j.spdxVersion === 'SPDX-2.2') return 'spdx-2.2';
  if (j.spdxVersion === 'SPDX-2.3') return 'spdx-2.3';
  return undefined;
}

/** The schema parseVex (src/vuln/vex.ts) validates a document against, if it gets that far. */
export function vexSchemaOf(j: unknown): ThirdPartySchema | undefined {
  if (!isRecord(j)) return undefined;
  if ('@context' in j) return 'openvex-0.2.0';
  if (j.bomFormat === 'CycloneDX') return cyclonedxSchema(j);
  return undefined;
}
