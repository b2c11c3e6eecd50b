/** src/telemetry/generated/ is what scripts/gen-telemetry-validators.mjs makes of schema/. */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENERATED_VERSIONS } from '../../src/telemetry/generated/pipeline-run-validators.js';
import { PIPELINE_RUN_VERSIONS } from '../../src/telemetry/record-schema.js';

const FILE = 'src/telemetry/generated/pipeline-run-validators.ts';

describe('the generated pipeline_run validators', () => {
  it('are fresh: regenerating from schema/ gives the committed file (run npm run matrix)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'gen-validators-')), 'v.ts');
    execFileSync(process.execPath, ['scripts/gen-telemetry-validators.mjs', out]);
    expect(readFileSync(out, 'utf8') === readFileSync(FILE, 'utf8')).toBe(true);
  });

  it('cover every version the hub ships', () => {
    expect(GENERATED_VERSIONS).toEqual([...PIPELINE_RUN_VERSIONS]);
  });
});
