import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { compareSchemas, type ChangeKind } from '../../src/telemetry/schema-compat.js';

const schema = (v: string): object =>
  JSON.parse(readFileSync(`schema/pipeline_run.${v}.json`, 'utf8')) as object;

const base = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: {
    id: { type: 'string' },
    n: { type: 'number', minimum: 0, maximum: 10 },
    s: { type: 'string', enum: ['a', 'b'] },
    p: { type: 'string' },
    list: { type: 'array', items: { type: 'integer' } }
  }
};
type Base = typeof base & Record<string, unknown>;
const edit = (f: (s: Base) => void): object => {
  const s = structuredClone(base) as Base;
  f(s);
  return s;
};
const kinds = (from: object, to: object): [ChangeKind, boolean][] =>
  compareSchemas(from, to).changes.map((c) => [c.kind, c.breaking]);

describe('schema compatibility for readers', () => {
  it('a schema is compatible with itself', () => {
    expect(compareSchemas(base, structuredClone(base))).toEqual({ compatible: true, changes: [] });
    expect(compareSchemas(schema('v1.2'), schema('v1.2')).changes).toEqual([]);
  });

  it.each<[string, (s: Base) => void, ChangeKind]>([
    [
      'a new required property',
      (s) => {
        (s.properties as Record<string, unknown>).x = { type: 'string' };
        s.required.push('x');
      },
      'required-added'
    ],
    ['an optional property made required', (s) => s.required.push('n'), 'required-added'],
    ['a narrowed type', (s) => (s.properties.n.type = 'integer'), 'type-narrowed'],
    [
      'a type union narrowed',
      (s) => ((s.properties.p as Record<string, unknown>).type = 'null'),
      'type-narrowed'
    ],
    ['removed enum values', (s) => (s.properties.s.enum = ['a']), 'enum-values-removed'],
    [
      'an enum where there was none',
      (s) => ((s.properties.p as Record<string, unknown>).enum = ['x']),
      'enum-added'
    ],
    ['a raised minimum', (s) => (s.properties.n.minimum = 1), 'bound-tightened'],
    ['a lowered maximum', (s) => (s.properties.n.maximum = 9), 'bound-tightened'],
    [
      'a new maxLength',
      (s) => ((s.properties.p as Record<string, unknown>).maxLength = 3),
      'bound-tightened'
    ],
    [
      'a new pattern',
      (s) => ((s.properties.p as Record<string, unknown>).pattern = '^x'),
      'pattern-changed'
    ],
    [
      'a new format',
      (s) => ((s.properties.p as Record<string, unknown>).format = 'uri'),
      'format-changed'
    ],
    [
      'additionalProperties flipped to true',
      (s) => ((s as Record<string, unknown>).additionalProperties = true),
      'additional-properties-flipped'
    ],
    [
      'a removed property under additionalProperties: false',
      (s) => delete (s.properties as Record<string, unknown>).p,
      'property-removed'
    ],
    ['a narrowed item type', (s) => (s.properties.list.items.type = 'string'), 'type-narrowed'],
    [
      'a changed const',
      (s) => ((s.properties.p as Record<string, unknown>).const = 'x'),
      'const-changed'
    ],
    [
      'an unknown keyword changed',
      (s) => ((s.properties.p as Record<string, unknown>).maxContains = 1),
      'unsupported-keyword'
    ]
  ])('%s is breaking', (_name, change, kind) => {
    const r = compareSchemas(base, edit(change));
    expect(r.compatible).toBe(false);
    expect(r.changes.filter((c) => c.breaking).map((c) => c.kind)).toEqual([kind]);
  });

  it('flipping additionalProperties to false is breaking too', () => {
    const open = edit((s) => ((s as Record<string, unknown>).additionalProperties = true));
    expect(kinds(open, base)).toEqual([['additional-properties-flipped', true]]);
  });

  it.each<[string, (s: Base) => void, ChangeKind]>([
    [
      'a new optional property',
      (s) => ((s.properties as Record<string, unknown>).x = { type: 'string' }),
      'property-added'
    ],
    [
      'a widened type',
      (s) => (s.properties.n.type = ['number', 'null'] as unknown as string),
      'type-widened'
    ],
    ['added enum values', (s) => s.properties.s.enum.push('c'), 'enum-values-added'],
    ['a lowered minimum', (s) => (s.properties.n.minimum = -1), 'bound-loosened'],
    [
      'a dropped maximum',
      (s) => delete (s.properties.n as Record<string, unknown>).maximum,
      'bound-loosened'
    ],
    ['a property no longer required', (s) => (s.required = []), 'required-removed'],
    [
      'a description',
      (s) => ((s.properties.p as Record<string, unknown>).description = 'x'),
      'property-added'
    ]
  ])('%s is compatible', (name, change, kind) => {
    const r = compareSchemas(base, edit(change));
    expect(r.compatible).toBe(true);
    if (name === 'a description') expect(r.changes).toEqual([]);
    else expect(r.changes.map((c) => c.kind)).toEqual([kind]);
  });

  it('v1.1 → v1.2 is breaking only where flakiness_index left tests.resilience', () => {
    const r = compareSchemas(schema('v1.1'), schema('v1.2'));
    expect(r.compatible).toBe(false);
    expect(r.changes.filter((c) => c.breaking)).toEqual([
      expect.objectContaining({
        kind: 'property-removed',
        at: '/properties/tests/properties/resilience/properties/flakiness_index'
      })
    ]);
    expect(r.changes.filter((c) => !c.breaking).map((c) => [c.kind, c.at])).toEqual([
      ['version-marker', '/properties/schema/const'],
      ['property-added', '/properties/signature_uri'],
      ['property-added', '/properties/release_evidence_uri'],
      ['property-added', '/properties/flakiness_index'],
      ['property-added', '/properties/canary'],
      ['property-added', '/properties/policies']
    ]);
  });

  it('v1.2 → v1.1 is breaking where v1.1 has no place for v1.2 fields', () => {
    const r = compareSchemas(schema('v1.2'), schema('v1.1'));
    expect(r.compatible).toBe(false);
    expect(
      r.changes
        .filter((c) => c.breaking)
        .map((c) => c.at)
        .sort()
    ).toEqual([
      '/properties/canary',
      '/properties/flakiness_index',
      '/properties/policies',
      '/properties/release_evidence_uri',
      '/properties/signature_uri'
    ]);
  });
});
