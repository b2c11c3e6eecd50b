/**
 * src/config/generated/config-v1-validator.ts is what scripts/gen-config-validator.mjs makes of
 * schema/config.v1.json (ajv standalone code, so no bundle compiles the schema at start), and it
 * passes and refuses the same documents, with the same errors and messages, as the schema
 * compiled by ajv at run time with the options the config reader used before.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { validate as generated } from '../../src/config/generated/config-v1-validator.js';
import { parseConfigText, validateConfig } from '../../src/config/document.js';

const FILE = 'src/config/generated/config-v1-validator.ts';
const schema = JSON.parse(readFileSync('schema/config.v1.json', 'utf8')) as Schema;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv2020) => Ajv2020;
/** The run-time compile the config reader did before the validator was generated. */
const runtime = addFormats(new Ajv2020({ allErrors: true, strict: false, verbose: true })).compile(
  schema
);
const built = generated as unknown as ValidateFunction;

interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: Schema[];
  anyOf?: Schema[];
  $ref?: string;
}

function deref(s: Schema): Schema {
  if (!s.$ref) return s;
  const path = s.$ref.replace(/^#\//, '').split('/');
  return deref(path.reduce<Record<string, unknown>>((o, k) => o[k] as never, schema as never));
}

/** Values of every JSON type, edge cases of strings and numbers, and the schema's own values. */
function candidates(s: Schema): unknown[] {
  const own = [...(s.enum ?? []), ...('const' in s ? [s.const] : [])];
  return [
    ...own,
    null,
    true,
    0,
    -1,
    1.5,
    1e12,
    '',
    'x',
    'enforce',
    '30d',
    '2026-13-45',
    '2026-01-31',
    'a'.repeat(300),
    [],
    ['x'],
    [1],
    [{}],
    {},
    { nope: 1 }
  ];
}

/** Every path through the schema's objects and arrays, each with the schema that governs it. */
function paths(s: Schema, at: (string | number)[], out: [(string | number)[], Schema][]): void {
  const d = deref(s);
  out.push([at, d]);
  if (at.length > 6) return;
  for (const [k, v] of Object.entries(d.properties ?? {})) paths(v, [...at, k], out);
  if (d.items) paths(d.items, [...at, 0], out);
  for (const alt of [...(d.oneOf ?? []), ...(d.anyOf ?? [])]) {
    const a = deref(alt);
    for (const [k, v] of Object.entries(a.properties ?? {})) paths(v, [...at, k], out);
    if (a.items) paths(a.items, [...at, 0], out);
  }
}

function setAt(doc: Record<string, unknown>, at: (string | number)[], value: unknown): unknown {
  if (!at.length) return value;
  let node: Record<string | number, unknown> = doc;
  at.forEach((k, i) => {
    if (i === at.length - 1) node[k] = value;
    else {
      const next = typeof at[i + 1] === 'number' ? [] : {};
      if (typeof node[k] !== 'object' || node[k] === null) node[k] = next;
      node = node[k] as Record<string | number, unknown>;
    }
  });
  return doc;
}

/** A corpus of documents: every path set to every candidate, plus misspelt keys at each level. */
function corpus(): unknown[] {
  const all: [(string | number)[], Schema][] = [];
  paths(schema, [], all);
  const docs: unknown[] = [];
  for (const [at, s] of all) {
    for (const v of candidates(s)) docs.push(setAt({ version: 1 }, at, v));
    docs.push(setAt({ version: 1 }, at, structuredClone(v0(s))));
    const last = at[at.length - 1];
    if (typeof last === 'string')
      docs.push(setAt({ version: 1 }, [...at.slice(0, -1), `${last.slice(0, -1)}_`], 1));
  }
  docs.push({}, { version: 2 }, { version: '1' }, []);
  return docs;
}

/** A plausible value for a schema: its first enum/const or an empty value of its type. */
function v0(s: Schema): unknown {
  if (s.enum) return s.enum[0];
  if ('const' in s) return s.const;
  const t = Array.isArray(s.type) ? s.type[0] : s.type;
  return t === 'object'
    ? {}
    : t === 'array'
      ? []
      : t === 'string'
        ? 's'
        : t === 'boolean'
          ? false
          : 1;
}

const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x ?? null));

describe('the generated config validator', () => {
  it('is fresh: regenerating from schema/config.v1.json gives the committed file (run npm run matrix)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'gen-config-validator-')), 'v.ts');
    execFileSync(process.execPath, ['scripts/gen-config-validator.mjs', out]);
    expect(readFileSync(out, 'utf8') === readFileSync(FILE, 'utf8')).toBe(true);
  });

  it('passes and refuses the same documents with the same ajv errors as a run-time compile', () => {
    const docs = corpus();
    let passed = 0;
    let refused = 0;
    for (const doc of docs) {
      const a = runtime(structuredClone(doc));
      const b = built(structuredClone(doc));
      expect({ doc, valid: b, errors: plain(built.errors) }).toEqual({
        doc,
        valid: a,
        errors: plain(runtime.errors)
      });
      if (a) passed++;
      else refused++;
    }
    // The corpus exercises both outcomes, at scale.
    expect(passed).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(500);
  });

  it('gives validateConfig the same messages as a run-time compile', () => {
    const text = [
      'version: 1',
      'dr-freshness:',
      '  max_age: 30d',
      'cache-sentinel:',
      '  mode: loud',
      'pr-target-ban:',
      '  allow:',
      '    - workflow: a.yml',
      '      expires: someday',
      ''
    ].join('\n');
    const doc = parseConfigText(text, '.ci-intel/config.yml', '/x/.ci-intel/config.yml');
    const message = (v?: ValidateFunction): string => {
      try {
        validateConfig(doc, v);
        return 'valid';
      } catch (err) {
        return (err as Error).message;
      }
    };
    expect(message()).toBe(
      ".ci-intel/config.yml:3:3: unknown key 'max_age' in dr-freshness; did you mean 'max-age'?"
    );
    expect(message(runtime)).toBe(message());
    let compared = 0;
    for (const value of corpus()) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
      const d = { ...doc, value: value as Record<string, unknown> };
      const run = (v?: ValidateFunction): string => {
        try {
          validateConfig(d, v);
          return 'valid';
        } catch (err) {
          return `${(err as Error).message} | ${String((err as { help?: unknown }).help)}`;
        }
      };
      expect(run()).toBe(run(runtime));
      compared++;
    }
    expect(compared).toBeGreaterThan(500);
  });
});
