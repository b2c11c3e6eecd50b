/**
 * What the build compiles into a bundle so that it is not parsed or compiled at every start:
 * the gate's action spec (from `actions/<gate>/action.yml`) and its JSON Schema validators (ajv
 * standalone code from `schema/*.json`, each in a chunk of its own that is loaded on first use).
 * scripts/build.mjs writes a module per bundle that registers them before the action's own entry
 * runs. Outside a bundle (tests, `lib/`) nothing
 * is registered and the callers read and compile the files as before. This module imports
 * nothing, so reading it costs nothing.
 */
import type { ActionSpec } from './action-spec.js';

/** An ajv validate function (standalone code or compiled at run time). */
export interface SchemaValidate {
  (data: unknown): boolean;
  errors?: unknown[] | null;
}

/** Each gate's spec as the build wrote it (JSON), parsed when it is first asked for. */
const specTexts = new Map<string, string>();
const specs = new Map<string, ActionSpec>();
/** Loads a validator's chunk (`import()` of the generated module) and gives its function. */
export type SchemaLoader = () => Promise<SchemaValidate>;

const validators = new Map<string, SchemaLoader>();
let bundled = false;

/**
 * `json`: the gate's parsed and checked spec, as JSON text. The CLI carries every gate's and a
 * run reads one or two (its usage, all of them), so the text is parsed only when asked for.
 */
export function registerActionSpec(gate: string, json: string): void {
  specTexts.set(gate, json);
  specs.delete(gate);
}

/** The spec the build compiled into this bundle, if any. */
export function registeredActionSpec(gate: string): ActionSpec | undefined {
  let spec = specs.get(gate);
  if (!spec) {
    const json = specTexts.get(gate);
    if (json === undefined) return undefined;
    spec = JSON.parse(json) as ActionSpec;
    specs.set(gate, spec);
  }
  return spec;
}

/**
 * Loaders of the validators for `schema/<name>` (e.g. `workflow-policy.v1.json`), generated at
 * build time: every schema the bundle's code names. After this, a schema that was not registered
 * is a build defect (the bundle carries no ajv compiler), reported as such instead of compiled.
 */
export function registerSchemaValidators(all: Record<string, SchemaLoader>): void {
  for (const [name, load] of Object.entries(all)) validators.set(name, load);
  bundled = true;
}

/** True in a bundle whose schemas were compiled at build time. */
export function schemasCompiledAtBuild(): boolean {
  return bundled;
}

export function registeredSchemaLoader(name: string): SchemaLoader | undefined {
  return validators.get(name);
}

let bundleEntry: string | undefined;

/** The bundle's own entry file (`import.meta.url` of the generated entry): what a worker loads. */
export function registerBundleEntry(url: string): void {
  bundleEntry = url;
}

export function registeredBundleEntry(): string | undefined {
  return bundleEntry;
}
