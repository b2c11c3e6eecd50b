/**
 * The BigQuery table schema of a pipeline_run JSON Schema, for
 * `bq load --source_format=NEWLINE_DELIMITED_JSON --schema=schema/bigquery/pipeline_run.v1.2.json`.
 * Generated (scripts/gen-bigquery-schema.mjs, run by `npm run matrix`), never written by hand, so
 * the warehouse table and the validator cannot drift apart.
 *
 * Mapping: string → STRING (format date-time → TIMESTAMP, date → DATE), integer → INT64,
 * number → FLOAT64, boolean → BOOL, an object with declared properties → RECORD, a free-form
 * object (only `additionalProperties`, like `jobs[].matrix`) → JSON, an array → its item type
 * REPEATED (an array of arrays, which BigQuery cannot hold, → JSON). Mode: REQUIRED when the
 * parent lists the property in `required` and it cannot be null, REPEATED for arrays, NULLABLE
 * otherwise. Anything else (`oneOf`, `$ref`, mixed types) is refused with its JSON pointer: a
 * schema the generator does not understand must not become a table that silently differs.
 */

export type BigQueryType =
  'STRING' | 'INT64' | 'FLOAT64' | 'BOOL' | 'TIMESTAMP' | 'DATE' | 'RECORD' | 'JSON';
export type BigQueryMode = 'REQUIRED' | 'NULLABLE' | 'REPEATED';

export interface BigQueryField {
  name: string;
  type: BigQueryType;
  mode: BigQueryMode;
  description?: string;
  fields?: BigQueryField[];
}

type JsonSchema = Record<string, unknown>;

export class BigQuerySchemaError extends Error {
  override name = 'BigQuerySchemaError';
}

const UNSUPPORTED = [
  '$ref',
  'oneOf',
  'anyOf',
  'allOf',
  'not',
  'if',
  'patternProperties',
  'prefixItems'
];
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,299}$/;

function isObject(v: unknown): v is JsonSchema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The non-null JSON type of a property schema, and whether null is allowed. */
function typeOf(schema: JsonSchema, at: string): { type: string; nullable: boolean } {
  for (const k of UNSUPPORTED) {
    if (k in schema) throw new BigQuerySchemaError(`${at}: '${k}' has no BigQuery column type`);
  }
  let types: unknown[];
  if (schema.type !== undefined) types = Array.isArray(schema.type) ? schema.type : [schema.type];
  else if ('const' in schema) types = [jsonTypeOfValue(schema.const, at)];
  else if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    types = [...new Set(schema.enum.map((v) => jsonTypeOfValue(v, at)))];
  } else throw new BigQuerySchemaError(`${at}: no 'type' (nor const/enum to infer it from)`);
  const nullable = types.includes('null');
  const rest = types.filter((t) => t !== 'null');
  if (rest.length !== 1 || typeof rest[0] !== 'string')
    throw new BigQuerySchemaError(
      `${at}: type ${JSON.stringify(schema.type ?? types)} is not one BigQuery type`
    );
  return { type: rest[0], nullable };
}

function jsonTypeOfValue(v: unknown, at: string): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  throw new BigQuerySchemaError(`${at}: a const/enum of objects or arrays has no column type`);
}

function scalarType(type: string, schema: JsonSchema, at: string): BigQueryType {
  switch (type) {
    case 'string':
      return schema.format === 'date-time'
        ? 'TIMESTAMP'
        : schema.format === 'date'
          ? 'DATE'
          : 'STRING';
    case 'integer':
      return 'INT64';
    case 'number':
      return 'FLOAT64';
    case 'boolean':
      return 'BOOL';
    default:
      throw new BigQuerySchemaError(`${at}: unexpected type '${type}'`);
  }
}

function pointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A value of `schema`: its BigQuery type, and its sub-fields when it is a RECORD. */
function valueType(
  schema: JsonSchema,
  at: string
): { type: BigQueryType; fields?: BigQueryField[]; nullable: boolean; repeated: boolean } {
  const { type, nullable } = typeOf(schema, at);
  if (type === 'object') {
    const props = schema.properties;
    const free = schema.additionalProperties !== false && schema.additionalProperties !== undefined;
    if (!isObject(props) || Object.keys(props).length === 0) {
      if (schema.additionalProperties === false)
        throw new BigQuerySchemaError(`${at}: an object that can have no properties`);
      return { type: 'JSON', nullable, repeated: false };
    }
    // Declared properties plus arbitrary others cannot be a RECORD (it would drop the others).
    if (free) return { type: 'JSON', nullable, repeated: false };
    return { type: 'RECORD', fields: recordFields(schema, at), nullable, repeated: false };
  }
  if (type === 'array') {
    if (!isObject(schema.items)) throw new BigQuerySchemaError(`${at}: an array without 'items'`);
    const item = valueType(schema.items, `${at}/items`);
    // BigQuery has no arrays of arrays, nor NULL elements in an ARRAY.
    if (item.repeated || item.nullable) return { type: 'JSON', nullable, repeated: false };
    return { type: item.type, fields: item.fields, nullable, repeated: true };
  }
  return { type: scalarType(type, schema, at), nullable, repeated: false };
}

function recordFields(schema: JsonSchema, at: string): BigQueryField[] {
  const props = schema.properties as Record<string, unknown>;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  return Object.entries(props).map(([name, sub]) => {
    const here = `${at}/properties/${pointerToken(name)}`;
    if (!NAME.test(name))
      throw new BigQuerySchemaError(`${here}: '${name}' is not a valid BigQuery column name`);
    if (!isObject(sub)) throw new BigQuerySchemaError(`${here}: not a schema object`);
    const v = valueType(sub, here);
    const mode: BigQueryMode = v.repeated
      ? 'REPEATED'
      : required.has(name) && !v.nullable
        ? 'REQUIRED'
        : 'NULLABLE';
    const field: BigQueryField = { name, type: v.type, mode };
    if (typeof sub.description === 'string') field.description = sub.description.slice(0, 1024);
    if (v.fields) field.fields = v.fields;
    return field;
  });
}

/** The BigQuery table schema (the JSON array `bq load --schema` reads) of a record schema. */
export function bigQuerySchema(recordSchema: unknown): BigQueryField[] {
  if (!isObject(recordSchema) || typeOf(recordSchema, '#').type !== 'object')
    throw new BigQuerySchemaError('#: the record schema must describe an object');
  if (!isObject(recordSchema.properties))
    throw new BigQuerySchemaError('#: the record schema declares no properties');
  return recordFields(recordSchema, '#');
}
