/**
 * Signed VEX: a Sigstore bundle (DSSE, in-toto statement with the OpenVEX document as predicate)
 * made by the real @sigstore/sign client against @sigstore/mock's Fulcio and Rekor over HTTP on
 * 127.0.0.1, verified by the gate with src/sigstore against the mock's trusted root.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bundleToJSON } from '@sigstore/bundle';
import { DSSEBundleBuilder, FulcioSigner, RekorWitness } from '@sigstore/sign';
import { readFileSync } from 'node:fs';
import { loadActionSpec } from '../../src/core/action-spec.js';
import type { Gate } from '../../src/core/gate.js';
import type { GateResult } from '../../src/core/result.js';
import { runGate } from '../../src/core/run-gate.js';
import { sbomVex } from '../../src/gates/sbom-vex/index.js';
import { oidcToken, sigstoreStack, type SigstoreStack } from '../cache-sentinel/sigstore-stack.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { cyclonedxSbom, goPkg, grypeReport, openvex, tempWorkspace } from './fixtures.js';

const ws = tempWorkspace('sbom-vex-sig-');
const spec = loadActionSpec('sbom-vex');
const pkgs = [goPkg(1)];
const SIGNER = 'https://github.com/acme/widget/.github/workflows/ci.yml@refs/heads/main';
let stack: SigstoreStack;
let signed: string;
let root: string;
const sbom = ws.write('sbom.json', cyclonedxSbom(pkgs));
const report = ws.write(
  'r.grype.json',
  grypeReport([{ id: 'CVE-2026-1000', pkg: pkgs[0], cvss: 9.8 }])
);
const vexDoc = openvex([
  {
    vuln: 'CVE-2026-1000',
    status: 'not_affected',
    sub: pkgs[0].purl,
    justification: 'vulnerable_code_not_present'
  }
]);

async function sign(predicate: unknown): Promise<Record<string, unknown>> {
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({
      identityProvider: { getToken: async () => oidcToken(stack.claims) },
      fulcioBaseURL: stack.fulcioURL
    }),
    witnesses: [new RekorWitness({ rekorBaseURL: stack.rekorURL, entryType: 'intoto' })]
  });
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'app', digest: { sha256: 'ab'.repeat(32) } }],
    predicateType: 'https://openvex.dev/ns/v0.2.0',
    predicate
  };
  const bundle = await builder.create({
    data: Buffer.from(JSON.stringify(statement)),
    type: 'application/vnd.in-toto+json'
  });
  return bundleToJSON(bundle) as unknown as Record<string, unknown>;
}

beforeAll(async () => {
  stack = await sigstoreStack();
  signed = ws.write('vex.sigstore.json', await sign(vexDoc));
  root = ws.write('trusted_root.json', stack.trustedRoot);
});
afterAll(async () => {
  await stack.close();
  ws.done();
});

async function run(raw: Record<string, string>): Promise<GateResult> {
  const r = await runGate(
    sbomVex as Gate,
    { sbom, reports: report, 'trusted-root': root, 'decision-file': 'd.json', ...raw },
    {
      workspace: ws.dir,
      tempDir: ws.dir,
      env: {},
      now: () => new Date('2026-12-01T00:00:00Z'),
      log: () => undefined,
      secret: () => undefined
    },
    { spec }
  );
  expectValidResult(r);
  return r;
}

describe('sbom-vex with vex-signer', () => {
  it('a VEX signed by the required identity suppresses, and the evidence names the signer', async () => {
    const r = await run({ vex: signed, 'vex-signer': SIGNER });
    expect(r.verdict).toBe('pass');
    expect((r.evidence as { vex: unknown[] }).vex).toEqual([
      expect.objectContaining({ file: signed, signer: SIGNER, trusted: true, statements: 1 })
    ]);
  });

  it('a glob identity matches across path segments', async () => {
    expect(
      (
        await run({
          vex: signed,
          'vex-signer': 'https://github.com/acme/widget/.github/workflows/*'
        })
      ).verdict
    ).toBe('pass');
  });

  it('another signer identity or issuer: the document cannot suppress (error, finding blocked)', async () => {
    const r = await run({
      vex: signed,
      'vex-signer': 'https://github.com/evil/repo/.github/workflows/*'
    });
    expect(r.verdict).toBe('error');
    expect(r.findings.find((f) => f.rule === 'sbom-vex/vex-not-usable')!.message).toContain(
      `signed by ${SIGNER}`
    );
    expect(r.findings.some((f) => f.rule === 'sbom-vex/blocked')).toBe(true);
    const i = await run({
      vex: signed,
      'vex-signer': SIGNER,
      'vex-signer-issuer': 'https://accounts.google.com'
    });
    expect(i.findings.find((f) => f.rule === 'sbom-vex/vex-not-usable')!.message).toContain(
      'certificate issuer https://token.actions.githubusercontent.com'
    );
  });

  it('a tampered bundle (payload changed after signing) does not verify', async () => {
    const b = JSON.parse(readFileSync(`${ws.dir}/${signed}`, 'utf8')) as {
      dsseEnvelope: { payload: string };
    };
    const statement = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString()) as {
      predicate: { statements: { justification: string }[] };
    };
    statement.predicate.statements[0].justification = 'component_not_present';
    b.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    const tampered = ws.write('tampered.sigstore.json', b);
    const r = await run({ vex: tampered, 'vex-signer': SIGNER });
    expect(r.verdict).toBe('error');
    expect(r.findings.find((f) => f.rule === 'sbom-vex/vex-not-usable')!.message).toContain(
      'did not verify'
    );
  });

  it('against the public-good root (no trusted-root) the mock-signed bundle does not verify', async () => {
    const r = await run({ vex: signed, 'vex-signer': SIGNER, 'trusted-root': '' });
    expect(r.verdict).toBe('error');
    expect(r.findings.find((f) => f.rule === 'sbom-vex/vex-not-usable')!.message).toContain(
      'did not verify'
    );
  });
});
