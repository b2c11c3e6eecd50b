/**
 * A sbom-vex run validates its SBOM and VEX documents with the build-time validators
 * (src/vuln/generated/), loaded for the schemas those documents need: nothing is compiled at run
 * time, and a schema error is reported as before. (Its own file: the module state that records
 * run-time compiles is per test file.)
 */
import { afterAll, expect } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadActionSpec } from '../../src/core/action-spec.js';
import type { Gate } from '../../src/core/gate.js';
import { runGate } from '../../src/core/run-gate.js';
import { sbomVex } from '../../src/gates/sbom-vex/index.js';
import { thirdPartyCompiledAtRunTime } from '../../src/vuln/schemas.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { describeWithShared, SHARED } from '../helpers/shared.js';
import { itWithShared } from '../helpers/shared.js';
import { tempWorkspace } from './fixtures.js';
import { readFileSync } from 'node:fs';

const V = join(SHARED, 'vectors', 'sbom-vex');
const ws = tempWorkspace('sbom-vex-preload-');
afterAll(() => ws.done());
const spec = loadActionSpec('sbom-vex');
const ctx = {
  workspace: ws.dir,
  tempDir: ws.dir,
  env: {},
  now: () => new Date('2025-02-20T00:00:00Z'),
  log: () => undefined,
  secret: () => undefined
};
const v = (p: string) => relative(ws.dir, join(V, p));
let n = 0;
const run = async (raw: Record<string, string>) => {
  const r = await runGate(sbomVex as Gate, { 'decision-file': `d-${++n}.json`, ...raw }, ctx, {
    spec
  });
  expectValidResult(r);
  return r;
};

describeWithShared('sbom-vex loads the build-time validators of the schemas it needs', () => {
  itWithShared(
    'a CycloneDX 1.6 SBOM, OpenVEX and CycloneDX 1.4 VEX: no schema compiled at run time',
    async () => {
      const r = await run({
        sbom: v('trivy/npm.cyclonedx-1.6-with-vulns.json'),
        reports: v('trivy/centos-7.report.json'),
        vex: [v('openvex/go-vex-v0.2.0.json'), v('cyclonedx-vex/vex.json')].join('\n'),
        'require-sbom-match': 'false'
      });
      expect([r.verdict, r.findings.filter((f) => f.severity === 'error')]).not.toEqual([
        'error',
        []
      ]);
      expect(r.findings.filter((f) => f.rule === 'gate/error')).toEqual([]);
      expect(thirdPartyCompiledAtRunTime()).toEqual([]);
    }
  );

  itWithShared(
    'an invalid CycloneDX 1.6 SBOM is still an error naming the schema violation',
    async () => {
      const j = JSON.parse(
        readFileSync(join(V, 'trivy/npm.cyclonedx-1.6-with-vulns.json'), 'utf8')
      );
      j.components[0].type = 7;
      writeFileSync(join(ws.dir, 'bad.cdx.json'), JSON.stringify(j));
      const r = await run({ sbom: 'bad.cdx.json', reports: v('trivy/centos-7.report.json') });
      expect(r.verdict).toBe('error');
      expect(JSON.stringify(r.findings)).toContain(
        'bad.cdx.json is not a valid CycloneDX 1.6: /components/0/type: must be string'
      );
      expect(thirdPartyCompiledAtRunTime()).toEqual([]);
    }
  );
});
