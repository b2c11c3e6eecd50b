import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipelineRunProblems } from '../../src/telemetry/record-schema.js';
import { SHARED, itWithShared } from '../helpers/shared.js';

const fixture = (p: string): unknown =>
  JSON.parse(readFileSync(join('test/telemetry/fixtures', p), 'utf8'));

describe('pipeline_run.v1.2 schema', () => {
  it('accepts the corrected plan example', () => {
    expect(pipelineRunProblems(fixture('v1.2/valid/plan-example.json'))).toEqual([]);
  });

  itWithShared(
    'rejects the plan example as written: its image_digest typo (the canary object is declared)',
    () => {
      const asWritten = JSON.parse(
        readFileSync(join(SHARED, 'specs/pipeline_run.v1.2.plan.example.json'), 'utf8')
      ) as unknown;
      expect(pipelineRunProblems(asWritten)).toEqual([
        '/image_digest: must match pattern "^sha256:[0-9a-fA-F]{64}$"'
      ]);
    }
  );

  it('keeps the plan: flakiness_index is top-level, never under tests.resilience', () => {
    const r = fixture('v1.2/valid/plan-example.json') as {
      tests: { resilience: Record<string, unknown> };
    };
    r.tests.resilience.flakiness_index = 0.1;
    expect(pipelineRunProblems(r)).toEqual(["/tests/resilience: unknown field 'flakiness_index'"]);
  });
});
