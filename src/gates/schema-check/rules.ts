/** The rules schema-check reports, for SARIF and help. */
import type { RuleInfo } from '../../core/result.js';

/** The JSON Schema keywords a pipeline_run record can fail, each its own rule. */
export const KEYWORD_RULES = [
  'required',
  'type',
  'enum',
  'const',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'minItems',
  'additionalProperties'
] as const;

const KEYWORD_HELP: Record<(typeof KEYWORD_RULES)[number], [string, string]> = {
  required: ['Missing required field', 'Add the field the schema requires at the pointer named.'],
  type: ['Value of the wrong type', 'Write the value with the type the schema declares.'],
  enum: ['Value not among the allowed ones', 'Use one of the values the message lists.'],
  const: ['Value differs from the fixed one', 'Write the exact value the schema fixes.'],
  pattern: ['String does not match the pattern', 'Write the value in the form the pattern gives.'],
  format: [
    'String not in its format',
    'Write a valid value of the format (uuid, RFC 3339 date-time, absolute URI).'
  ],
  minimum: ['Number below its minimum', 'Write a value at or above the minimum.'],
  maximum: ['Number above its maximum', 'Write a value at or below the maximum.'],
  minItems: ['Array with too few items', 'Give at least as many items as the schema requires.'],
  additionalProperties: [
    'Field the schema does not declare',
    'Remove the field, or declare it in a new schema version (adding an optional field is compatible).'
  ]
};

export const R = {
  invalidJson: 'schema-check/invalid-json',
  duplicateKey: 'schema-check/duplicate-key',
  notAnObject: 'schema-check/not-an-object',
  missingSchema: 'schema-check/missing-schema',
  unknownSchema: 'schema-check/unknown-schema',
  blankLine: 'schema-check/blank-line',
  lineTooLong: 'schema-check/line-too-long',
  otherRule: 'schema-check/schema-rule',
  emptyFile: 'schema-check/empty-file',
  truncated: 'schema-check/findings-truncated',
  breaking: 'schema-check/breaking-change',
  compatible: 'schema-check/compatible-change'
} as const;

const kebab = (keyword: string): string => keyword.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The rule of a failed JSON Schema keyword: `minItems` → `schema-check/min-items`. */
export const keywordRule = (keyword: string): string =>
  (KEYWORD_RULES as readonly string[]).includes(keyword)
    ? `schema-check/${kebab(keyword)}`
    : R.otherRule;

export const RULES: RuleInfo[] = [
  ...KEYWORD_RULES.map((k): RuleInfo => ({
    id: keywordRule(k),
    title: KEYWORD_HELP[k][0],
    help: KEYWORD_HELP[k][1],
    severity: 'error'
  })),
  {
    id: R.otherRule,
    title: 'Record fails a schema rule',
    help: 'Fix the value the message names so the record matches the schema version it names.',
    severity: 'error'
  },
  {
    id: R.invalidJson,
    title: 'Line is not JSON',
    help: 'Each NDJSON line is one complete JSON object in UTF-8; write records with JSON.stringify, one per line.',
    severity: 'error'
  },
  {
    id: R.duplicateKey,
    title: 'Record with a duplicate key',
    help: 'Readers disagree on which of two equal keys wins; write each key once.',
    severity: 'error'
  },
  {
    id: R.notAnObject,
    title: 'Line is not a JSON object',
    help: 'Each line is one pipeline_run record: a JSON object.',
    severity: 'error'
  },
  {
    id: R.missingSchema,
    title: 'Record names no schema',
    help: 'Every record names its schema version in the field "schema" (e.g. "pipeline_run.v1.2").',
    severity: 'error'
  },
  {
    id: R.unknownSchema,
    title: 'Record names an unknown schema',
    help: 'Name a schema version the hub ships (pipeline_run.v1.1, pipeline_run.v1.2), or update the hub.',
    severity: 'error'
  },
  {
    id: R.blankLine,
    title: 'Blank line',
    help: 'NDJSON has one record on every line; remove the blank line.',
    severity: 'error'
  },
  {
    id: R.lineTooLong,
    title: 'Line longer than max-line-bytes',
    help: 'A record this large is not a pipeline_run record; check the writer, or raise max-line-bytes.',
    severity: 'error'
  },
  {
    id: R.emptyFile,
    title: 'File with no records',
    help: 'A file the gate is asked to check holds at least one record; nothing to check is never a pass.',
    severity: 'error'
  },
  {
    id: R.truncated,
    title: 'More invalid lines than max-findings',
    help: 'Fix the first ones (they are usually one cause), or raise max-findings to list more.',
    severity: 'error'
  },
  {
    id: R.breaking,
    title: 'Schema change breaks readers',
    help: 'Records valid under the old schema fail the new one: make the change compatible (add optional fields only), or publish a new version with a migration.',
    severity: 'error'
  },
  {
    id: R.compatible,
    title: 'Compatible schema change',
    help: 'Every record valid under the old schema stays valid under the new one.',
    severity: 'note'
  }
];

const HELP = new Map(RULES.map((r) => [r.id, r.help]));

/** The fix a rule's findings carry. */
export const helpOf = (rule: string): string | undefined => HELP.get(rule);
