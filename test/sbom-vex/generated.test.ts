/**
 * src/vuln/generated/ is what scripts/gen-vuln-validators.mjs makes of schema/third-party/ (ajv
 * standalone code, one module per schema), and each generated validator passes and refuses the
 * same documents, with the same errors, as the schema compiled by ajv at run time: on the shared
 * vectors and on documents mutated from them (wrong types, missing required properties, extra
 * properties, duplicate items where the schema says uniqueItems).
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import {
  compileThirdPartyAtRunTime,
  loadGeneratedThirdParty,
  preloadThirdParty,
  sbomSchemaOf,
  THIRD_PARTY_SCHEMAS,
  thirdPartyValidator,
  vexSchemaOf,
  type ThirdPartySchema
} from '../../src/vuln/schemas.js';
import { generatedValidatorModule } from '../../src/vuln/validator-codegen.js';
import { describeWithShared, SHARED } from '../helpers/shared.js';

const DIR = 'src/vuln/generated';
type Json = ReturnType<typeof JSON.parse>;

describe('the generated third-party validators', () => {
  it('are one module per schema, nothing else', () => {
    expect(readdirSync(DIR).sort()).toEqual(THIRD_PARTY_SCHEMAS.map((n) => `${n}.ts`).sort());
  });

  for (const name of THIRD_PARTY_SCHEMAS) {
    it(`${name} is fresh: regenerating from schema/third-party gives the committed file (run npm run matrix)`, () => {
      const fresh =
        generatedValidatorModule(name) === readFileSync(join(DIR, `${name}.ts`), 'utf8');
      expect([name, fresh]).toEqual([name, true]);
    });
  }

  it('once preloaded, thirdPartyValidator returns the build-time validator', async () => {
    await preloadThirdParty('openvex-0.2.0');
    expect(thirdPartyValidator('openvex-0.2.0')).toBe(
      await loadGeneratedThirdParty('openvex-0.2.0')
    );
  });

  it('the schema a document needs is known from its format and version', () => {
    expect(sbomSchemaOf({ bomFormat: 'CycloneDX', specVersion: '1.6' })).toBe('cyclonedx-1.6');
    expect(sbomSchemaOf({ bomFormat: 'CycloneDX', specVersion: '1.3' })).toBeUndefined();
    expect(sbomSchemaOf({ spdxVersion: 'SPDX-2.2' })).toBe('spdx-2.2');
    expect(sbomSchemaOf({ spdxVersion: 'SPDX-2.3' })).toBe('spdx-2.3');
    expect(sbomSchemaOf([])).toBeUndefined();
    expect(vexSchemaOf({ '@context': 'https://openvex.dev/ns/v0.2.0' })).toBe('openvex-0.2.0');
    expect(vexSchemaOf({ bomFormat: 'CycloneDX', specVersion: '1.4' })).toBe('cyclonedx-1.4');
    expect(vexSchemaOf({ spdxVersion: 'SPDX-2.3' })).toBeUndefined();
  });
});

/** Documents derived from one: every mutation the brief names, on its top level and first items. */
function mutations(doc: Record<string, Json>): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  const clone = (): Json => structuredClone(doc);
  out.push(['extra property', { ...clone(), 'x-not-in-schema': true }]);
  for (const k of Object.keys(doc)) {
    const d = clone();
    delete d[k];
    out.push([`without ${k}`, d]);
    const w = clone();
    w[k] = typeof w[k] === 'string' ? 12 : 'a string';
    out.push([`${k} of the wrong type`, w]);
    if (Array.isArray(doc[k]) && doc[k].length > 0) {
      const dup = clone();
      // The same JSON value with its keys in another order: still a duplicate.
      const first = dup[k][0];
      const reordered =
        first !== null && typeof first === 'object' && !Array.isArray(first)
          ? Object.fromEntries(Object.entries(first).reverse())
          : first;
      dup[k].push(reordered);
      out.push([`${k}[0] twice`, dup]);
      const item = doc[k][0];
      if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
        for (const ik of Object.keys(item).slice(0, 6)) {
          const m = clone();
          delete m[k][0][ik];
          out.push([`${k}[0] without ${ik}`, m]);
          const t = clone();
          t[k][0][ik] = typeof item[ik] === 'number' ? 'a string' : 7;
          out.push([`${k}[0].${ik} of the wrong type`, t]);
        }
        const x = clone();
        x[k][0]['x-not-in-schema'] = 1;
        out.push([`${k}[0] with an extra property`, x]);
      }
    }
  }
  return out;
}

const pair = new Map<ThirdPartySchema, [ValidateFunction, ValidateFunction]>();
async function validators(name: ThirdPartySchema): Promise<[ValidateFunction, ValidateFunction]> {
  let p = pair.get(name);
  if (!p) {
    p = [compileThirdPartyAtRunTime(name), await loadGeneratedThirdParty(name)];
    pair.set(name, p);
  }
  return p;
}

/** Verdict and errors of both validators on each document; returns how many were refused. */
async function compare(name: ThirdPartySchema, docs: Array<[string, unknown]>): Promise<number> {
  const [runtime, built] = await validators(name);
  let refused = 0;
  for (const [what, doc] of docs) {
    const a = runtime(doc);
    const aErrors = structuredClone(runtime.errors ?? null);
    const b = built(doc);
    const bErrors = structuredClone(built.errors ?? null);
    expect([name, what, b, bErrors]).toEqual([name, what, a, aErrors]);
    if (!a) refused++;
  }
  return refused;
}

const cdx = (v: string): Record<string, Json> => ({
  bomFormat: 'CycloneDX',
  specVersion: v,
  serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
  version: 1,
  metadata: { timestamp: '2026-11-01T00:00:00Z', component: { type: 'container', name: 'app' } },
  components: [
    { type: 'library', name: 'a', version: '1', purl: 'pkg:npm/a@1', 'bom-ref': 'a' },
    { type: 'library', name: 'b', version: '2', purl: 'pkg:npm/b@2' }
  ],
  vulnerabilities: [
    { id: 'CVE-2026-1000', analysis: { state: 'not_affected' }, affects: [{ ref: 'a' }] }
  ]
});
const spdx = (v: string): Record<string, Json> => ({
  spdxVersion: v,
  dataLicense: 'CC0-1.0',
  SPDXID: 'SPDXRef-DOCUMENT',
  name: 'app',
  documentNamespace: 'https://acme.example/spdx/app-1',
  creationInfo: { created: '2026-11-01T00:00:00Z', creators: ['Tool: test'] },
  packages: [
    {
      SPDXID: 'SPDXRef-a',
      name: 'a',
      versionInfo: '1',
      downloadLocation: 'NOASSERTION',
      copyrightText: 'NOASSERTION',
      licenseConcluded: 'MIT',
      licenseDeclared: 'MIT',
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator: 'pkg:npm/a@1'
        }
      ]
    }
  ]
});
const openvex = (): Record<string, Json> => ({
  '@context': 'https://openvex.dev/ns/v0.2.0',
  '@id': 'https://acme.example/vex/1',
  author: 'a',
  timestamp: '2026-11-01T00:00:00Z',
  version: 1,
  statements: [
    {
      vulnerability: { name: 'CVE-2026-1000' },
      products: [{ '@id': 'pkg:npm/a@1' }],
      status: 'not_affected',
      justification: 'component_not_present'
    }
  ]
});
const HAND: Array<[ThirdPartySchema, Record<string, Json>]> = [
  ['cyclonedx-1.4', cdx('1.4')],
  ['cyclonedx-1.5', cdx('1.5')],
  ['cyclonedx-1.6', cdx('1.6')],
  ['spdx-2.2', spdx('SPDX-2.2')],
  ['spdx-2.3', spdx('SPDX-2.3')],
  ['openvex-0.2.0', openvex()]
];

describe('generated and run-time compiled validators agree', () => {
  for (const [name, doc] of HAND) {
    it(`${name}: a valid document and its mutations`, async () => {
      const docs = mutations(doc);
      expect(await compare(name, [['as written', doc]])).toBe(0);
      // The mutations must exercise failures, or the comparison proves little.
      expect(await compare(name, docs)).toBeGreaterThan(docs.length / 4);
    });
  }

  it('uniqueItems: duplicates (whatever the key order) fail with the same error in both', async () => {
    const doc = cdx('1.6');
    doc.components.push({ purl: 'pkg:npm/b@2', version: '2', name: 'b', type: 'library' });
    expect(await compare('cyclonedx-1.6', [['duplicate', doc]])).toBe(1);
    const [, built] = await validators('cyclonedx-1.6');
    expect(built.errors?.[0]).toMatchObject({
      instancePath: '/components',
      keyword: 'x-ci-intel-unique-items'
    });
  });
});

const V = join(SHARED, 'vectors', 'sbom-vex');
describeWithShared('generated and run-time compiled validators agree on ../shared vectors', () => {
  const files = readdirSync(V, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort();
  it('finds documents of every schema in the vectors', () => {
    const names = new Set<string>();
    for (const f of files) {
      const j: Json = JSON.parse(readFileSync(join(V, f), 'utf8'));
      const s = sbomSchemaOf(j) ?? vexSchemaOf(j);
      if (s) names.add(s);
    }
    expect([...names].sort()).toEqual([...THIRD_PARTY_SCHEMAS].sort());
  });
  for (const f of files) {
    it(`${f} and its mutations`, async () => {
      const j: Json = JSON.parse(readFileSync(join(V, f), 'utf8'));
      const name = sbomSchemaOf(j) ?? vexSchemaOf(j);
      if (!name) return expect(name).toBeUndefined(); // a report, a feed: no third-party schema
      const docs = mutations(j);
      await compare(name, [['as written', j]]);
      expect(await compare(name, docs)).toBeGreaterThan(0);
    });
  }
});
