/** The vendored third-party schemas: still the published files, and compiled with the same meaning. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '../helpers/run-action.js';
import { thirdPartyValidator } from '../../src/vuln/schemas.js';

const pkg = dirname(
  createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json')
);

describe('schema/third-party', () => {
  it('the CycloneDX schemas are byte-for-byte those of @cyclonedx/cyclonedx-library', () => {
    for (const [ours, theirs] of [
      ['cyclonedx-bom-1.4.schema.json', 'bom-1.4.SNAPSHOT.schema.json'],
      ['cyclonedx-bom-1.5.schema.json', 'bom-1.5.SNAPSHOT.schema.json'],
      ['cyclonedx-bom-1.6.schema.json', 'bom-1.6.SNAPSHOT.schema.json'],
      ['cyclonedx-spdx.schema.json', 'spdx.SNAPSHOT.schema.json'],
      ['cyclonedx-jsf-0.82.schema.json', 'jsf-0.82.SNAPSHOT.schema.json']
    ]) {
      const a = readFileSync(join(REPO_ROOT, 'schema', 'third-party', ours));
      const b = readFileSync(join(pkg, 'res', 'schema', theirs));
      expect([ours, a.equals(b)]).toEqual([ours, true]);
    }
  });

  it('uniqueItems keeps its meaning: equal JSON values are duplicates whatever the key order', () => {
    const v = thirdPartyValidator('cyclonedx-1.6');
    const c = { type: 'library', name: 'a', version: '1' };
    const bom = (components: unknown[]) => ({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      components
    });
    expect(v(bom([c, { ...c, version: '2' }]))).toBe(true);
    expect(v(bom([c, { version: '1', name: 'a', type: 'library' }]))).toBe(false);
    // Nested: two identical sub-components of one component.
    expect(
      v(bom([{ ...c, components: [{ ...c }, { name: 'a', version: '1', type: 'library' }] }]))
    ).toBe(false);
    expect(v(bom([{ ...c, components: [{ ...c }, { ...c, name: 'b' }] }]))).toBe(true);
  });

  it('OpenVEX: the published schema requires a justification or impact statement for not_affected', () => {
    const v = thirdPartyValidator('openvex-0.2.0');
    const doc = (s: Record<string, unknown>) => ({
      '@context': 'https://openvex.dev/ns/v0.2.0',
      '@id': 'https://acme.example/vex/1',
      author: 'a',
      timestamp: '2026-11-01T00:00:00Z',
      version: 1,
      statements: [
        { vulnerability: { name: 'CVE-2026-1000' }, products: [{ '@id': 'pkg:npm/a@1' }], ...s }
      ]
    });
    expect(v(doc({ status: 'not_affected', justification: 'component_not_present' }))).toBe(true);
    expect(v(doc({ status: 'not_affected' }))).toBe(false);
    expect(v(doc({ status: 'not_affected', justification: 'because' }))).toBe(false);
  });
});
