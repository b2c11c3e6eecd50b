/**
 * What the build compiles into a bundle so that it is not parsed or compiled at every start:
 * the gate's action spec (from `actions/<gate>/action.yml`) and its JSON Schema validators (ajv
 * standalone code from `schema/*.json`). scripts/build.mjs writes a module per bundle that
 * registers them before the action's own entry runs. Outside a bundle (tests, `lib/`) nothing
 * is registered and the callers read and compile the files as before. This module imports
 * nothing, so reading it costs nothing.
 */
import type { ActionSpec } from './action-spec.js';

/** An ajv validate function (standalone code or compiled at run time). */
export interface SchemaValidate {
  (data: unknown): boolean;
  errors?: unknown[] | null;
}

const specs = new Map<string, ActionSpec>();
const validators = new Map<string, SchemaValidate>();
let bundled = false;

export function registerActionSpec(spec: ActionSpec): void {
  specs.set(spec.gate, spec);
}

/** The spec the build compiled into this bundle, if any. */
export function registeredActionSpec(gate: string): ActionSpec | undefined {
  return specs.get(gate);
}

/**
 * Validators for `schema/<name>` (e.g. `workflow-policy.v1.json`), generated at build time: every
 * schema the bundle's code names. After this, a schema that was not registered is a build defect
 * (the bundle carries no ajv compiler), reported as such instead of compiled.
 */
export function registerSchemaValidators(all: Record<string, SchemaValidate>): void {
  for (const [name, validate] of Object.entries(all)) validators.set(name, validate);
  bundled = true;
}

/** True in a bundle whose schemas were compiled at build time. */
export function schemasCompiledAtBuild(): boolean {
  return bundled;
}

export function registeredSchemaValidator(name: string): SchemaValidate | undefined {
  return validators.get(name);
}
