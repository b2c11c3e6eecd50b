import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  downgradeRecord,
  migrateRecord,
  upgradeRecord,
  V1_2_ONLY_FIELDS
} from '../../src/telemetry/migrate.js';
import { pipelineRunProblems } from '../../src/telemetry/record-schema.js';

const DIR = 'test/telemetry/fixtures/migration';
const read = (p: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(DIR, p), 'utf8')) as Record<string, unknown>;
const pairs = readdirSync(DIR)
  .filter((f) => f.endsWith('.v1.1.json'))
  .map((f) => [f.replace(/\.v1\.1\.json$/, '')]);

describe('pipeline_run v1.1 → v1.2 migration', () => {
  it('has fixture pairs, each valid in its own version', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(3);
    for (const [name] of pairs) {
      expect(pipelineRunProblems(read(`${name}.v1.1.json`), 'pipeline_run.v1.1')).toEqual([]);
      expect(pipelineRunProblems(read(`${name}.v1.2.json`), 'pipeline_run.v1.2')).toEqual([]);
    }
  });

  it.each(pairs)(
    '%s: upgrade gives the v1.2 fixture, downgrade gives back the v1.1 one',
    (name) => {
      const v11 = read(`${name}.v1.1.json`);
      const v12 = read(`${name}.v1.2.json`);
      const before = JSON.stringify(v11);
      expect(upgradeRecord(v11)).toEqual({ ok: true, record: v12 });
      expect(JSON.stringify(v11)).toBe(before); // the input is not modified
      expect(downgradeRecord(v12)).toEqual({ ok: true, record: v11 });
      expect(migrateRecord(v11, 'pipeline_run.v1.2')).toEqual({ ok: true, record: v12 });
      expect(migrateRecord(v12, 'pipeline_run.v1.1')).toEqual({ ok: true, record: v11 });
    }
  );

  it('moves flakiness_index to the top level, never leaving it under tests.resilience', () => {
    const up = upgradeRecord(read('full.v1.1.json'));
    if (!up.ok) throw new Error(up.reason);
    expect(up.record.flakiness_index).toBe(0.02);
    expect(up.record.tests).not.toHaveProperty('resilience.flakiness_index');
    expect(up.record.schema).toBe('pipeline_run.v1.2');
  });

  it('round-trips every valid v1.1 invalid-fixture base and the v1.1 valid fixtures', () => {
    for (const f of readdirSync('test/telemetry/fixtures/v1.1/valid')) {
      const r = JSON.parse(readFileSync(join('test/telemetry/fixtures/v1.1/valid', f), 'utf8'));
      const up = upgradeRecord(r);
      if (!up.ok) throw new Error(up.reason);
      expect(downgradeRecord(up.record)).toEqual({ ok: true, record: r });
    }
  });

  it('refuses an invalid record, naming the problem', () => {
    const bad = read('full.v1.1.json');
    bad.status = 'green';
    const r = upgradeRecord(bad);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(
      /not a valid pipeline_run\.v1\.1 record \(\/status: must be one of/
    );
    // A v1.2 record is not a v1.1 record.
    expect(upgradeRecord(read('full.v1.2.json')).ok).toBe(false);
    expect(migrateRecord({ schema: 'pipeline_run.v2.0' }, 'pipeline_run.v1.2')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('"pipeline_run.v2.0"')
    });
  });
});

describe('pipeline_run v1.2 → v1.1 downgrade', () => {
  const cases = readdirSync(join(DIR, 'downgrade-refused')).map((f) => [f]);
  it.each(cases)('refuses %s, naming the fields v1.1 cannot carry', (f) => {
    const r = JSON.parse(readFileSync(join(DIR, 'downgrade-refused', f), 'utf8'));
    expect(pipelineRunProblems(r, 'pipeline_run.v1.2')).toEqual([]);
    const lost = V1_2_ONLY_FIELDS.filter((k) => k in r);
    expect(lost.length).toBeGreaterThan(0);
    const d = downgradeRecord(r);
    expect(d).toMatchObject({ ok: false, fields: lost });
    for (const k of lost) expect(!d.ok && d.reason).toContain(`'${k}'`);
    expect(!d.ok && d.reason).toMatch(/pipeline_run\.v1\.1 has no place for .* would lose/);
  });

  it('refuses the corrected plan example (policies, evidence URIs, canary)', () => {
    const r = JSON.parse(
      readFileSync('test/telemetry/fixtures/v1.2/valid/plan-example.json', 'utf8')
    );
    expect(downgradeRecord(r)).toMatchObject({
      ok: false,
      fields: ['policies', 'release_evidence_uri', 'signature_uri', 'canary']
    });
  });
});
