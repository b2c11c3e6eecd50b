/**
 * The JSON Schema of `.ci-intel/config.yml` (schema/config.v1.json), built from the gates'
 * action.yml files: one section per gate whose keys are that gate's input names, plus the
 * structured documents some gates read (an allowlist, a rule set). Secret inputs are left out
 * on purpose: a secret never belongs in a file in the repository.
 */
import type { ActionSpec, InputSpec } from '../core/action-spec.js';

type Schema = Record<string, unknown>;

/** Structured sections: config key → [document schema file, property of that document]. */
export const STRUCTURED_SECTIONS: Record<string, Record<string, [string, string]>> = {
  'pr-target-ban': { allow: ['pr-target-allowlist.v1.json', 'allow'] },
  'workflow-policy': {
    rules: ['workflow-policy.v1.json', 'rules'],
    exceptions: ['workflow-policy.v1.json', 'exceptions']
  }
};

function inputSchema(input: InputSpec): Schema {
  const base: Schema = { description: input.description.replace(/\s+/g, ' ').trim() };
  switch (input.type) {
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'number': {
      const s: Schema = { ...base, type: 'number' };
      const range = input as InputSpec & { min?: number; max?: number; integer?: boolean };
      if (range.integer) s.type = 'integer';
      if (typeof range.min === 'number') s.minimum = range.min;
      if (typeof range.max === 'number') s.maximum = range.max;
      return s;
    }
    case 'choice':
      return { ...base, enum: input.options };
    case 'list':
      return {
        ...base,
        oneOf: [
          { type: 'array', items: { type: 'string', minLength: 1 } },
          { type: 'string', minLength: 1 }
        ]
      };
    case 'duration':
      return { ...base, type: 'string', minLength: 1, pattern: '^[0-9PTptWDHMSwdhms.]+$' };
    default:
      return { ...base, type: 'string' };
  }
}

/** Rewrite draft-07 `definitions` references of a document schema into this schema's `$defs`. */
function rehome(node: unknown, prefix: string): unknown {
  if (Array.isArray(node)) return node.map((n) => rehome(n, prefix));
  if (typeof node !== 'object' || node === null) return node;
  const out: Schema = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string' && v.startsWith('#/definitions/')) {
      out[k] = `#/$defs/${prefix}-${v.slice('#/definitions/'.length)}`;
    } else out[k] = rehome(v, prefix);
  }
  return out;
}

const BOUND: Schema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    'at-least': {
      type: ['string', 'number'],
      description: 'No layer below may set a smaller value (numbers, durations; mode: enforce).'
    },
    'at-most': {
      type: ['string', 'number'],
      description: 'No layer below may set a larger value (numbers, durations).'
    },
    'approver-from': {
      type: 'array',
      minItems: 1,
      items: { type: 'string', pattern: '^@[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$' },
      description: 'Allowlist entries must name one of these teams in approved-by.'
    }
  }
};

export function configSchema(
  specs: ActionSpec[],
  documents: Record<string, { properties?: Schema; definitions?: Schema }>
): Schema {
  const defs: Schema = {};
  const properties: Schema = {
    version: { const: 1, description: 'The config contract version.' },
    extends: {
      type: 'string',
      minLength: 1,
      description:
        'The organisation overlay: <owner>/<repo>/<path>@<40-hex commit sha>, or a path relative to this file.'
    },
    policy: {
      type: 'object',
      additionalProperties: false,
      description:
        'Only in an organisation overlay: keys no layer below may change (locked) or loosen (bounds).',
      properties: {
        locked: {
          type: 'array',
          items: { type: 'string', pattern: '^[a-z0-9-]+\\.[a-z0-9-]+$' },
          description: '<gate>.<key> entries no repository setting or step input may change.'
        },
        bounds: {
          type: 'object',
          propertyNames: { pattern: '^[a-z0-9-]+\\.[a-z0-9-]+$' },
          additionalProperties: BOUND
        }
      }
    }
  };
  for (const spec of specs) {
    const props: Schema = {};
    for (const input of spec.inputs) {
      if (input.type !== 'secret') props[input.name] = inputSchema(input);
    }
    for (const [key, [file, prop]] of Object.entries(STRUCTURED_SECTIONS[spec.gate] ?? {})) {
      const doc = documents[file];
      const prefix = file.replace(/\.v\d+\.json$/, '');
      for (const [name, def] of Object.entries(doc?.definitions ?? {})) {
        defs[`${prefix}-${name}`] = rehome(def, prefix);
      }
      props[key] = rehome(doc?.properties?.[prop] ?? {}, prefix);
    }
    properties[spec.gate] = {
      type: 'object',
      additionalProperties: false,
      description: spec.description.replace(/\s+/g, ' ').trim(),
      properties: props
    };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://ci-intel.dev/schema/config.v1.json',
    title: 'ci-intel configuration (.ci-intel/config.yml)',
    description:
      "One file per repository; one overlay per organisation. Keys of a gate section are that gate's action.yml input names. Generated from actions/*/action.yml by `npm run matrix`.",
    type: 'object',
    additionalProperties: false,
    required: ['version'],
    properties,
    $defs: defs
  };
}
