/**
 * The pipeline_run record's JSON Schemas (schema/pipeline_run.v<version>.json) and the one
 * function that validates a record against the version it names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { hubRoot } from '../core/action-spec.js';
import { describeSchemaErrors } from '../core/schemas.js';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM interop in some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

/** The schema versions the hub ships, newest last. */
export const PIPELINE_RUN_VERSIONS = ['pipeline_run.v1.2'] as const;
export type PipelineRunVersion = (typeof PIPELINE_RUN_VERSIONS)[number];
export const CURRENT_PIPELINE_RUN_VERSION: PipelineRunVersion = 'pipeline_run.v1.2';

export function schemaFileFor(version: PipelineRunVersion): string {
  return `${version}.json`;
}

let ajv: Ajv2020 | undefined;
const compiled = new Map<PipelineRunVersion, ValidateFunction>();

/** The compiled validator of one version (draft 2020-12, formats checked), compiled once. */
export function pipelineRunValidator(version: PipelineRunVersion): ValidateFunction {
  let v = compiled.get(version);
  if (!v) {
    ajv ??= addFormats(new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }));
    const file = join(hubRoot(), 'schema', schemaFileFor(version));
    v = ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object);
    compiled.set(version, v);
  }
  return v;
}

export function isKnownVersion(value: unknown): value is PipelineRunVersion {
  return typeof value === 'string' && (PIPELINE_RUN_VERSIONS as readonly string[]).includes(value);
}

/**
 * Problems with `record` against the schema of `version` (default: the version the record
 * names in its `schema` field, else the current one); an empty list means valid.
 */
export function pipelineRunProblems(record: unknown, version?: PipelineRunVersion): string[] {
  const named =
    record !== null && typeof record === 'object' && !Array.isArray(record)
      ? (record as { schema?: unknown }).schema
      : undefined;
  const v = version ?? (isKnownVersion(named) ? named : CURRENT_PIPELINE_RUN_VERSION);
  const validate = pipelineRunValidator(v);
  return validate(record) ? [] : describeSchemaErrors(validate.errors);
}
