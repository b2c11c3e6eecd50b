/**
 * The pipeline_run record's JSON Schemas (schema/pipeline_run.v<version>.json) and the one
 * function that validates a record against the version it names. The validators are ajv
 * standalone code generated at build time (src/telemetry/generated/, `npm run matrix`): no schema
 * is read or compiled at run time, so a bundle that validates records starts cold in
 * milliseconds.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as generated from './generated/pipeline-run-validators.js';

/** The schema versions the hub ships, oldest first, newest last. */
export const PIPELINE_RUN_VERSIONS = ['pipeline_run.v1.1', 'pipeline_run.v1.2'] as const;
export type PipelineRunVersion = (typeof PIPELINE_RUN_VERSIONS)[number];
export const CURRENT_PIPELINE_RUN_VERSION: PipelineRunVersion = 'pipeline_run.v1.2';

export function schemaFileFor(version: PipelineRunVersion): string {
  return `${version}.json`;
}

const VALIDATORS: Record<PipelineRunVersion, ValidateFunction> = {
  'pipeline_run.v1.1': generated.pipeline_run_v1_1 as unknown as ValidateFunction,
  'pipeline_run.v1.2': generated.pipeline_run_v1_2 as unknown as ValidateFunction
};

/** The compiled validator of one version (draft 2020-12, formats checked). */
export function pipelineRunValidator(version: PipelineRunVersion): ValidateFunction {
  return VALIDATORS[version];
}

export function isKnownVersion(value: unknown): value is PipelineRunVersion {
  return typeof value === 'string' && (PIPELINE_RUN_VERSIONS as readonly string[]).includes(value);
}

/** The version a record names in its `schema` field, if it is an object that names one. */
export function namedVersion(record: unknown): unknown {
  return record !== null && typeof record === 'object' && !Array.isArray(record)
    ? (record as { schema?: unknown }).schema
    : undefined;
}

/**
 * Problems with `record` against the schema of `version` (default: the version the record
 * names in its `schema` field, else the current one); an empty list means valid.
 */
export function pipelineRunProblems(record: unknown, version?: PipelineRunVersion): string[] {
  const named = namedVersion(record);
  const v = version ?? (isKnownVersion(named) ? named : CURRENT_PIPELINE_RUN_VERSION);
  const validate = pipelineRunValidator(v);
  return validate(record) ? [] : (validate.errors ?? []).map(describeError);
}

/** One line per ajv error, naming the field: `/jobs/0/status: must be equal to one of …`. */
function describeError(e: ErrorObject): string {
  const at = e.instancePath || '(root)';
  if (e.keyword === 'required')
    return `${at}: missing required field '${String(e.params.missingProperty)}'`;
  if (e.keyword === 'additionalProperties')
    return `${at}: unknown field '${String(e.params.additionalProperty)}'`;
  if (e.keyword === 'enum')
    return `${at}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  if (e.keyword === 'const') return `${at}: must be ${JSON.stringify(e.params.allowedValue)}`;
  return `${at}: ${e.message ?? e.keyword}`;
}

/** One schema violation, located: what a finding, an annotation and a SARIF result carry. */
export interface RecordViolation {
  /** JSON pointer of the offending value (of the missing or unknown property itself). */
  pointer: string;
  /** The JSON Schema keyword that failed: required, type, enum, pattern, format, … */
  rule: string;
  /** Where the rule is in the schema (`#/properties/jobs/minItems`). */
  schemaPath: string;
  /** What is wrong, in one line naming the field. */
  message: string;
}

function token(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** An ajv error as a located violation. */
export function violationOf(e: ErrorObject): RecordViolation {
  const message = describeError(e);
  let pointer = e.instancePath;
  if (e.keyword === 'required') pointer += `/${token(String(e.params.missingProperty))}`;
  if (e.keyword === 'additionalProperties')
    pointer += `/${token(String(e.params.additionalProperty))}`;
  return { pointer, rule: e.keyword, schemaPath: e.schemaPath, message };
}

/** The located violations of `record` against `version`; empty when valid. */
export function pipelineRunViolations(
  record: unknown,
  version: PipelineRunVersion
): RecordViolation[] {
  const validate = pipelineRunValidator(version);
  return validate(record) ? [] : (validate.errors ?? []).map(violationOf);
}
