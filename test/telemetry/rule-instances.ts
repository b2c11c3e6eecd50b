/**
 * Every rule of a pipeline_run schema that a record can fail, found by walking the schema, and
 * the one-rule mutation of a valid record that breaks exactly that rule. The committed invalid
 * fixtures (test/telemetry/fixtures/v<version>/invalid.ndjson) were written from these; the tests
 * check each fixture line against the real validator and that the fixtures cover every rule.
 */

export interface RuleInstance {
  /** The JSON Schema keyword: required, type, enum, … */
  rule: string;
  /** JSON pointer of the value the rule is about (the missing/unknown property for those). */
  pointer: string;
  /** Where the rule is in the schema, as ajv reports it. */
  schemaPath: string;
}

interface Node {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  required?: string[];
  additionalProperties?: boolean | Node;
  properties?: Record<string, Node>;
  items?: Node;
}

/** The key the walk uses under a schema-valued additionalProperties (the fixture has it). */
export const MAP_KEY = 'os';
export const UNKNOWN_FIELD = 'unexpected_field';

const tok = (k: string): string => k.replace(/~/g, '~0').replace(/\//g, '~1');

export function ruleInstances(schema: object): RuleInstance[] {
  const out: RuleInstance[] = [];
  const walk = (s: Node, sp: string, ip: string): void => {
    const simple = [
      'type',
      'const',
      'enum',
      'pattern',
      'format',
      'minimum',
      'maximum',
      'minItems'
    ] as const;
    for (const k of simple) {
      if (s[k] !== undefined) out.push({ rule: k, pointer: ip, schemaPath: `${sp}/${k}` });
    }
    for (const name of s.required ?? []) {
      out.push({ rule: 'required', pointer: `${ip}/${tok(name)}`, schemaPath: `${sp}/required` });
    }
    if (s.additionalProperties === false) {
      out.push({
        rule: 'additionalProperties',
        pointer: `${ip}/${UNKNOWN_FIELD}`,
        schemaPath: `${sp}/additionalProperties`
      });
    } else if (typeof s.additionalProperties === 'object') {
      walk(s.additionalProperties, `${sp}/additionalProperties`, `${ip}/${MAP_KEY}`);
    }
    for (const [k, sub] of Object.entries(s.properties ?? {})) {
      walk(sub, `${sp}/properties/${tok(k)}`, `${ip}/${tok(k)}`);
    }
    if (s.items) walk(s.items, `${sp}/items`, `${ip}/0`);
  };
  walk(schema as Node, '#', '');
  return out;
}

function nodeAt(schema: object, schemaPath: string): Node {
  let n: unknown = schema;
  const parts = schemaPath.split('/').slice(1, -1);
  for (const p of parts)
    n = (n as Record<string, unknown>)[p.replace(/~1/g, '/').replace(/~0/g, '~')];
  return n as Node;
}

/** A value of none of the types `types` allows (and of no other rule's concern). */
function wrongType(types: string[]): unknown {
  if (types.includes('string') && types.includes('number')) return null;
  if (types.includes('null')) return 'not-a-number';
  switch (types[0]) {
    case 'string':
      return 7;
    case 'integer':
      return 1.5;
    case 'number':
    case 'boolean':
      return 'x';
    case 'object':
      return [];
    case 'array':
      return {};
  }
  throw new Error(`no wrong value for ${types.join(',')}`);
}

const BAD_FORMAT: Record<string, string> = {
  uuid: 'not-a-uuid',
  'date-time': '2025-10-23 noon',
  uri: 'not a uri'
};

/** A copy of `valid` that breaks exactly `inst` (of `schema`). */
export function breakRule(schema: object, valid: object, inst: RuleInstance): unknown {
  if (inst.pointer === '' && inst.rule === 'type') return [];
  const record = structuredClone(valid) as Record<string, unknown>;
  const parts = inst.pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = parts.pop()!;
  let parent: Record<string, unknown> = record;
  for (const p of parts) {
    parent = parent[p] as Record<string, unknown>;
    if (parent === undefined) throw new Error(`the valid record has nothing at ${inst.pointer}`);
  }
  const node = nodeAt(schema, inst.schemaPath);
  const set = (v: unknown): void => {
    if (!(last in parent)) throw new Error(`the valid record has no ${inst.pointer}`);
    parent[last] = v;
  };
  switch (inst.rule) {
    case 'required':
      if (!(last in parent)) throw new Error(`the valid record has no ${inst.pointer}`);
      delete parent[last];
      break;
    case 'additionalProperties':
      parent[last] = true;
      break;
    case 'type':
      set(wrongType(Array.isArray(node.type) ? node.type : [node.type!]));
      break;
    case 'const':
      set('pipeline_run.v0.0');
      break;
    case 'enum':
      set('not-an-allowed-value');
      break;
    case 'pattern':
      set('');
      break;
    case 'format':
      set(BAD_FORMAT[node.format!]);
      break;
    case 'minimum':
      set(node.minimum! - 1);
      break;
    case 'maximum':
      set(node.maximum! + 1);
      break;
    case 'minItems':
      set([]);
      break;
    default:
      throw new Error(`no mutation for ${inst.rule}`);
  }
  return record;
}
