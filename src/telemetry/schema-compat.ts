/**
 * Whether a change from one JSON Schema to the next is compatible for readers: every record valid
 * under `from` must stay valid under `to`, so a reader that validates with `to` (a warehouse
 * table, a dashboard, schema-check) accepts everything already written. Breaking: a new required
 * property (or an optional one made required), a narrowed type, removed enum values, a new or
 * changed const, a tightened minimum/maximum/length/count, a new or changed pattern or format, a
 * removed property where unknown properties are refused, and a flipped `additionalProperties`
 * (false → true as well: a reader that refused unknown fields now meets them). Compatible: a new
 * optional property, a widened type, added enum values, loosened bounds, a dropped pattern.
 * The top-level `schema` const (the version marker every record names) is reported, not judged.
 */

export type ChangeKind =
  | 'property-added'
  | 'property-removed'
  | 'required-added'
  | 'required-removed'
  | 'type-narrowed'
  | 'type-widened'
  | 'enum-values-removed'
  | 'enum-values-added'
  | 'enum-added'
  | 'enum-removed'
  | 'const-changed'
  | 'version-marker'
  | 'bound-tightened'
  | 'bound-loosened'
  | 'pattern-changed'
  | 'pattern-removed'
  | 'format-changed'
  | 'format-removed'
  | 'additional-properties-flipped'
  | 'additional-properties-changed'
  | 'items-added'
  | 'unsupported-keyword';

export interface SchemaChange {
  kind: ChangeKind;
  breaking: boolean;
  /** JSON pointer into the schema (`to`'s, or `from`'s for what was removed). */
  at: string;
  message: string;
}

export interface CompatReport {
  compatible: boolean;
  changes: SchemaChange[];
}

type S = Record<string, unknown>;

const MIN_KEYS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'];
const MAX_KEYS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'];
/** Keywords compared here; any other validation keyword in either schema is reported. */
const HANDLED = new Set([
  '$schema',
  '$id',
  '$comment',
  'title',
  'description',
  'examples',
  'default',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'const',
  'pattern',
  'format',
  ...MIN_KEYS,
  ...MAX_KEYS
]);

const tok = (k: string): string => k.replace(/~/g, '~0').replace(/\//g, '~1');
const isObj = (v: unknown): v is S => v !== null && typeof v === 'object' && !Array.isArray(v);
const show = (v: unknown): string => JSON.stringify(v);

function typesOf(s: S): Set<string> | undefined {
  if (s.type === undefined) return undefined;
  return new Set(Array.isArray(s.type) ? (s.type as string[]) : [s.type as string]);
}

/** Whether a value of type `t` is always accepted by the set `to` (integer ⊂ number). */
function covered(t: string, to: Set<string> | undefined): boolean {
  return !to || to.has(t) || (t === 'integer' && to.has('number'));
}

function compareTypes(from: S, to: S, at: string, out: SchemaChange[]): void {
  const f = typesOf(from);
  const t = typesOf(to);
  const fromAll = f ? [...f] : ['any'];
  const lost = f ? [...f].filter((x) => !covered(x, t)) : t ? ['any'] : [];
  if (lost.length) {
    out.push({
      kind: 'type-narrowed',
      breaking: true,
      at: `${at}/type`,
      message: `type narrowed from ${show(fromAll)} to ${show(t ? [...t] : ['any'])}: values of type ${lost.join(', ')} were valid and no longer are`
    });
  } else if (t && (!f || [...t].some((x) => !f.has(x)))) {
    out.push({
      kind: 'type-widened',
      breaking: false,
      at: `${at}/type`,
      message: `type widened from ${show(fromAll)} to ${show([...t])}`
    });
  }
}

function compareEnum(from: S, to: S, at: string, out: SchemaChange[]): void {
  const f = Array.isArray(from.enum) ? (from.enum as unknown[]) : undefined;
  const t = Array.isArray(to.enum) ? (to.enum as unknown[]) : undefined;
  if (!f && !t) return;
  if (!f && t) {
    out.push({
      kind: 'enum-added',
      breaking: true,
      at: `${at}/enum`,
      message: `now restricted to ${t.map(show).join(', ')}`
    });
    return;
  }
  if (f && !t) {
    out.push({ kind: 'enum-removed', breaking: false, at: `${at}/enum`, message: 'enum dropped' });
    return;
  }
  const key = (v: unknown): string => JSON.stringify(v);
  const tk = new Set(t!.map(key));
  const fk = new Set(f!.map(key));
  const removed = f!.filter((v) => !tk.has(key(v)));
  const added = t!.filter((v) => !fk.has(key(v)));
  if (removed.length)
    out.push({
      kind: 'enum-values-removed',
      breaking: true,
      at: `${at}/enum`,
      message: `enum values removed: ${removed.map(show).join(', ')}`
    });
  if (added.length)
    out.push({
      kind: 'enum-values-added',
      breaking: false,
      at: `${at}/enum`,
      message: `enum values added: ${added.map(show).join(', ')}`
    });
}

function compareConst(from: S, to: S, at: string, out: SchemaChange[]): void {
  if (!('const' in to) && !('const' in from)) return;
  if ('const' in to && 'const' in from && show(to.const) === show(from.const)) return;
  if (!('const' in to)) return; // a const dropped only widens
  const marker =
    at === '/properties/schema' &&
    typeof to.const === 'string' &&
    typeof from.const === 'string' &&
    /\.v\d+(\.\d+)*$/.test(to.const);
  out.push(
    marker
      ? {
          kind: 'version-marker',
          breaking: false,
          at: `${at}/const`,
          message: `the version every record names: ${show(from.const)} → ${show(to.const)}`
        }
      : {
          kind: 'const-changed',
          breaking: true,
          at: `${at}/const`,
          message: `const ${'const' in from ? `changed from ${show(from.const)}` : 'added'}: now ${show(to.const)}`
        }
  );
}

function compareBounds(from: S, to: S, at: string, out: SchemaChange[]): void {
  for (const [keys, tighter] of [
    [MIN_KEYS, (f: number, t: number) => t > f],
    [MAX_KEYS, (f: number, t: number) => t < f]
  ] as const) {
    for (const k of keys) {
      const f = from[k] as number | undefined;
      const t = to[k] as number | undefined;
      if (f === t) continue;
      if (t !== undefined && (f === undefined || tighter(f, t))) {
        out.push({
          kind: 'bound-tightened',
          breaking: true,
          at: `${at}/${k}`,
          message: `${k} tightened: ${f === undefined ? 'none' : f} → ${t}`
        });
      } else {
        out.push({
          kind: 'bound-loosened',
          breaking: false,
          at: `${at}/${k}`,
          message: `${k} loosened: ${f} → ${t === undefined ? 'none' : t}`
        });
      }
    }
  }
}

function compareStringRules(from: S, to: S, at: string, out: SchemaChange[]): void {
  for (const k of ['pattern', 'format'] as const) {
    if (from[k] === to[k]) continue;
    if (to[k] === undefined) {
      out.push({
        kind: k === 'pattern' ? 'pattern-removed' : 'format-removed',
        breaking: false,
        at: `${at}/${k}`,
        message: `${k} ${show(from[k])} dropped`
      });
    } else {
      // Whether one regular expression accepts all another does is not decided here: any new or
      // changed pattern is treated as tightening.
      out.push({
        kind: k === 'pattern' ? 'pattern-changed' : 'format-changed',
        breaking: true,
        at: `${at}/${k}`,
        message: `${k} ${from[k] === undefined ? 'added' : `changed from ${show(from[k])}`}: now ${show(to[k])}`
      });
    }
  }
}

function compareNode(from: S, to: S, at: string, out: SchemaChange[]): void {
  for (const k of new Set([...Object.keys(from), ...Object.keys(to)])) {
    if (HANDLED.has(k)) continue;
    if (show(from[k]) !== show(to[k]))
      out.push({
        kind: 'unsupported-keyword',
        breaking: true,
        at: `${at}/${tok(k)}`,
        message: `keyword ${k} changed and is not compared here: treated as breaking until reviewed`
      });
  }
  compareTypes(from, to, at, out);
  compareConst(from, to, at, out);
  compareEnum(from, to, at, out);
  compareBounds(from, to, at, out);
  compareStringRules(from, to, at, out);

  const fp = isObj(from.properties) ? from.properties : {};
  const tp = isObj(to.properties) ? to.properties : {};
  const fr = new Set(Array.isArray(from.required) ? (from.required as string[]) : []);
  const tr = new Set(Array.isArray(to.required) ? (to.required as string[]) : []);
  const closedTo = to.additionalProperties === false;

  for (const name of Object.keys(tp)) {
    const p = `${at}/properties/${tok(name)}`;
    if (!(name in fp)) {
      const required = tr.has(name);
      out.push({
        kind: required ? 'required-added' : 'property-added',
        breaking: required,
        at: p,
        message: required
          ? `new required property '${name}': records without it are no longer valid`
          : `new optional property '${name}'`
      });
      continue;
    }
    if (isObj(fp[name]) && isObj(tp[name])) compareNode(fp[name], tp[name], p, out);
  }
  for (const name of Object.keys(fp)) {
    if (name in tp) continue;
    out.push({
      kind: 'property-removed',
      breaking: closedTo,
      at: `${at}/properties/${tok(name)}`,
      message: closedTo
        ? `property '${name}' removed while unknown properties are refused: records that carry it are no longer valid`
        : `property '${name}' no longer declared (still allowed: unknown properties are accepted)`
    });
  }
  for (const name of tr) {
    if (fr.has(name) || !(name in fp)) continue; // new properties are reported above
    out.push({
      kind: 'required-added',
      breaking: true,
      at: `${at}/required`,
      message: `property '${name}' became required: records without it are no longer valid`
    });
  }
  for (const name of fr) {
    if (tr.has(name)) continue;
    out.push({
      kind: 'required-removed',
      breaking: false,
      at: `${at}/required`,
      message: `property '${name}' is no longer required (readers may no longer rely on it)`
    });
  }

  const fa = from.additionalProperties;
  const ta = to.additionalProperties;
  const closed = (v: unknown): boolean => v === false;
  if (closed(fa) !== closed(ta)) {
    out.push({
      kind: 'additional-properties-flipped',
      breaking: true,
      at: `${at}/additionalProperties`,
      message: closed(ta)
        ? 'additionalProperties flipped to false: records with undeclared fields are no longer valid'
        : 'additionalProperties flipped from false: readers that refuse unknown fields now meet them'
    });
  } else if (isObj(fa) && isObj(ta)) {
    compareNode(fa, ta, `${at}/additionalProperties`, out);
  } else if (isObj(ta) && !isObj(fa)) {
    out.push({
      kind: 'additional-properties-changed',
      breaking: true,
      at: `${at}/additionalProperties`,
      message: 'undeclared properties are now constrained by a schema'
    });
  }

  if (isObj(from.items) && isObj(to.items)) compareNode(from.items, to.items, `${at}/items`, out);
  else if (isObj(to.items) && !isObj(from.items))
    out.push({
      kind: 'items-added',
      breaking: true,
      at: `${at}/items`,
      message: 'array items are now constrained by a schema'
    });
}

/** Compare two JSON Schemas (objects); the report says whether readers are unaffected. */
export function compareSchemas(from: object, to: object): CompatReport {
  const changes: SchemaChange[] = [];
  compareNode(from as S, to as S, '', changes);
  return { compatible: changes.every((c) => !c.breaking), changes };
}
