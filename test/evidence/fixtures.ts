/**
 * A run's ci-intel folder as the gates leave it: one GateResult per gate (the shape the result
 * writer produces, validated against schema/gate-result.v1.json), the policies.ndjson records
 * and a cache event, plus the contexts the pure-logic tests hand to runGate.
 */
import { generateKeyPairSync } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GateContext } from '../../src/core/gate.js';
import type { GateResult, Verdict } from '../../src/core/result.js';
import { policyRecord } from '../../src/core/report/policy-record.js';
import { expectValidResult } from '../helpers/result-schema.js';

/** The seven gates of a release (the hub's release.yml and ci.yml). */
export const SEVEN = [
  'pr-target-ban',
  'workflow-policy',
  'slsa-verify',
  'referrer-presence',
  'dr-freshness',
  'sbom-vex',
  'cache-sentinel'
];
export const RELEASE_GATES = SEVEN.slice(0, 5);

export const IMAGE_HEX = 'ab'.repeat(32);
export const IMAGE_DIGEST = `sha256:${IMAGE_HEX}`;

export function gateResult(gate: string, verdict: Verdict, i = 0): GateResult {
  const outputs: Record<string, string> = {};
  const evidence: Record<string, unknown> = {
    inputs: { mode: 'enforce', gate },
    config: { digest: `sha256:${'c'.repeat(64)}`, files: [] }
  };
  if (gate === 'slsa-verify') outputs['rekor-log-index'] = '123456';
  if (gate === 'dr-freshness')
    Object.assign(outputs, {
      'last-success': '2026-12-01T00:00:00Z',
      'age-seconds': '3600',
      'rpo-seconds': '60',
      'rto-seconds': '300'
    });
  if (gate === 'referrer-presence') {
    evidence.image = {
      reference: `ghcr.io/acme/widget@${IMAGE_DIGEST}`,
      digest: IMAGE_DIGEST,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      source: 'registry',
      auth: 'anonymous'
    };
    evidence.targets = [
      {
        digest: IMAGE_DIGEST,
        role: 'image',
        conventions: [],
        found: [
          {
            digest: `sha256:${'d'.repeat(64)}`,
            convention: 'referrers-api',
            artifactType: 'application/spdx+json',
            kinds: ['spdx'],
            predicateTypes: []
          }
        ],
        rejected: [],
        missing: [],
        notes: []
      }
    ];
  }
  const r: GateResult = {
    schema: 'ci-intel.gate-result.v1',
    gate,
    verdict,
    mode: 'enforce',
    summary: `${gate} ${verdict}`,
    findings:
      verdict === 'pass' ? [] : [{ rule: `${gate}/x`, severity: 'error', message: 'not ok' }],
    evidence,
    outputs,
    startedAt: `2026-12-01T10:00:0${i}.000Z`,
    durationMs: 12.5
  };
  expectValidResult(r);
  return r;
}

/** Writes results for the gates into `<runnerTemp>/ci-intel` as the result writer would. */
export function writeRun(runnerTemp: string, verdicts: Record<string, Verdict>): string {
  const dir = join(runnerTemp, 'ci-intel');
  mkdirSync(join(dir, 'results'), { recursive: true });
  Object.entries(verdicts).forEach(([gate, verdict], i) => {
    const r = gateResult(gate, verdict, i);
    writeFileSync(
      join(dir, 'results', `${gate}-2026-12-01T10-00-0${i}-000Z-${1000 + i}.json`),
      JSON.stringify(r, null, 2) + '\n'
    );
    appendFileSync(join(dir, 'policies.ndjson'), JSON.stringify(policyRecord(r)) + '\n');
  });
  appendFileSync(
    join(dir, 'cache-events.ndjson'),
    JSON.stringify({ event: 'restore', key: 'deps-v1', outcome: 'hit' }) + '\n'
  );
  return dir;
}

export function allPass(gates = SEVEN): Record<string, Verdict> {
  return Object.fromEntries(gates.map((g) => [g, 'pass' as Verdict]));
}

export interface Sandbox {
  root: string;
  workspace: string;
  runnerTemp: string;
  hubDir: string;
}

export function sandbox(verdicts: Record<string, Verdict> = allPass()): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'ci-intel-evidence-'));
  const workspace = join(root, 'ws');
  const runnerTemp = join(root, 'runner');
  mkdirSync(join(workspace, 'dist'), { recursive: true });
  writeFileSync(join(workspace, 'dist', 'widget-1.2.3.tgz'), 'the release artifact\n');
  writeFileSync(join(workspace, 'dist', 'widget-1.2.3.sha256'), 'checksums\n');
  const hubDir = writeRun(runnerTemp, verdicts);
  return { root, workspace, runnerTemp, hubDir };
}

export function ctxFor(sb: Sandbox, env: Record<string, string> = {}): GateContext {
  return {
    workspace: sb.workspace,
    tempDir: sb.hubDir,
    env: { GITHUB_REPOSITORY: 'acme/widget', ...env },
    now: () => new Date('2026-12-02T00:00:00Z'),
    log: () => undefined,
    secret: () => undefined
  };
}

export function ed25519Pem(): { privatePem: string; publicPem: string } {
  const k = generateKeyPairSync('ed25519');
  return {
    privatePem: k.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: k.publicKey.export({ type: 'spki', format: 'pem' }).toString()
  };
}
