/** sbom-vex through its pure logic (runGate + evaluate), on documents written to temp dirs. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadActionSpec } from '../../src/core/action-spec.js';
import type { Gate } from '../../src/core/gate.js';
import type { GateResult } from '../../src/core/result.js';
import { runGate } from '../../src/core/run-gate.js';
import { describeSchemaErrors, schemaValidator } from '../../src/core/schemas.js';
import { sbomVex } from '../../src/gates/sbom-vex/index.js';
import { expectValidResult } from '../helpers/result-schema.js';
import {
  cyclonedxSbom,
  epssCsv,
  goPkg,
  grypeReport,
  IMAGE_DIGEST,
  kevCatalog,
  openvex,
  OTHER_DIGEST,
  tempWorkspace,
  type GrypeMatch,
  bomLink,
  cyclonedxVex,
  type CdxAnalysis
} from './fixtures.js';

/** Every decision document the tests read must match schema/sbom-vex-decision.v1.json. */
function validDecision(doc: unknown): unknown {
  const v = schemaValidator('sbom-vex-decision.v1.json');
  expect(v(doc) ? [] : describeSchemaErrors(v.errors)).toEqual([]);
  return doc;
}

const ws = tempWorkspace();
afterAll(() => ws.done());
const spec = loadActionSpec('sbom-vex');
const NOW = '2026-12-01T12:00:00Z';
const ctx = {
  workspace: ws.dir,
  tempDir: ws.dir,
  env: {},
  now: () => new Date(NOW),
  log: () => undefined,
  secret: () => undefined
};
const pkgs = [goPkg(1), goPkg(2), goPkg(3)];
const sbom = ws.write('sbom.cdx.json', cyclonedxSbom(pkgs));
let n = 0;

async function run(raw: Record<string, string>): Promise<GateResult> {
  const r = await runGate(
    sbomVex as Gate,
    { sbom, 'decision-file': `decision-${++n}.json`, ...raw },
    ctx,
    { spec }
  );
  expectValidResult(r);
  return r;
}
function report(matches: GrypeMatch[], opts?: { digest?: string }): string {
  return ws.write(`report-${++n}.grype.json`, grypeReport(matches, opts));
}
function vexDoc(...args: Parameters<typeof openvex>): string {
  return ws.write(`vex-${++n}.openvex.json`, openvex(...args));
}
const rules = (r: GateResult) => r.findings.map((f) => f.rule);
const decisions = (r: GateResult) =>
  validDecision(JSON.parse(readFileSync(r.outputs['decision-file'], 'utf8'))) as {
    decisions: {
      vulnerability: string;
      outcome: string;
      risk?: number;
      riskSource?: string;
      vex?: { doc: string; status: string };
      vexRejected?: string;
    }[];
  };
const critical: GrypeMatch = { id: 'CVE-2026-1000', pkg: pkgs[0], cvss: 9.8, severity: 'Critical' };
const justified = {
  vuln: 'CVE-2026-1000',
  status: 'not_affected' as const,
  sub: pkgs[0].purl,
  justification: 'vulnerable_code_not_in_execute_path'
};

describe('sbom-vex decisions', () => {
  it('passes when every finding is below max-risk, and says which feed rules did not run', async () => {
    const r = await run({
      reports: report([{ id: 'CVE-2026-0001', pkg: pkgs[1], cvss: 5.3, severity: 'Medium' }])
    });
    expect(r.verdict).toBe('pass');
    expect(r.outputs).toMatchObject({ blocked: '0', suppressed: '0', findings: '1' });
    expect(r.evidence).toMatchObject({
      feeds: { kev: { ran: false }, epss: { ran: false } },
      counts: { allowed: 1 }
    });
    expect(rules(r).filter((x) => x === 'sbom-vex/feed-not-given')).toHaveLength(2);
  });

  it('blocks risk ≥ max-risk with the vulnerability, component, score and source', async () => {
    const r = await run({ reports: report([critical]) });
    expect(r.verdict).toBe('fail');
    const f = r.findings.find((x) => x.rule === 'sbom-vex/blocked')!;
    expect(f.message).toContain('CVE-2026-1000');
    expect(f.message).toContain(pkgs[0].purl);
    expect(f.message).toContain('CVSS v3 9.8 (grype:nvd@nist.gov)');
    expect(decisions(r).decisions[0]).toMatchObject({ outcome: 'blocked', risk: 9.8 });
    // max-risk is an input: 9.9 lets it through.
    expect((await run({ reports: report([critical]), 'max-risk': '9.9' })).verdict).toBe('pass');
  });

  it('a severity word never lowers a score (Low with CVSS 9.8 blocks), and raises an unscored one', async () => {
    expect((await run({ reports: report([{ ...critical, severity: 'Low' }]) })).verdict).toBe(
      'fail'
    );
    const r = await run({
      reports: report([{ id: 'CVE-2026-0002', pkg: pkgs[1], severity: 'High' }])
    });
    expect(r.verdict).toBe('fail');
    expect(decisions(r).decisions[0].riskSource).toContain("severity 'High'");
  });

  it('suppresses with a justified, unexpired not_affected and records the statement used', async () => {
    const v = vexDoc([justified]);
    const r = await run({ reports: report([critical]), vex: v });
    expect(r.verdict).toBe('pass');
    expect(r.outputs.suppressed).toBe('1');
    const f = r.findings.find((x) => x.rule === 'sbom-vex/suppressed')!;
    expect(f.severity).toBe('note');
    expect(f.message).toContain(`${v}#0: not_affected/vulnerable_code_not_in_execute_path`);
    expect(decisions(r).decisions[0]).toMatchObject({
      outcome: 'suppressed',
      vex: { doc: v, status: 'not_affected' }
    });
  });

  it('a VEX for another product does not suppress', async () => {
    const other = `pkg:oci/app@${encodeURIComponent(OTHER_DIGEST)}`;
    const r = await run({
      reports: report([critical]),
      vex: vexDoc([{ ...justified, product: other }])
    });
    expect(r.verdict).toBe('fail');
    expect(decisions(r).decisions[0].vex).toBeUndefined();
  });

  it('an expired VEX does not suppress: by max-vex-age and by ci-intel:expires', async () => {
    const old = vexDoc([justified], { timestamp: '2026-06-01T00:00:00Z' });
    const r = await run({ reports: report([critical]), vex: old });
    expect(r.verdict).toBe('fail');
    expect(decisions(r).decisions[0].vexRejected).toMatch(/^it expired at 2026-08-30T00:00:00/);
    expect(
      (await run({ reports: report([critical]), vex: old, 'max-vex-age': '365d' })).verdict
    ).toBe('pass');
    const ttl = vexDoc([{ ...justified, expires: '2026-11-30T00:00:00Z' }]);
    const t = await run({ reports: report([critical]), vex: ttl });
    expect(t.verdict).toBe('fail');
    expect(
      t.findings.some(
        (f) => f.rule === 'sbom-vex/vex-not-usable' && f.message.includes('expired at 2026-11-30')
      )
    ).toBe(true);
  });

  it('not_affected without a justification or impact statement never suppresses; an impact statement does', async () => {
    // OpenVEX: the published schema itself requires one, so the document is refused.
    const o = await run({
      reports: report([critical]),
      vex: vexDoc([{ ...justified, justification: undefined }])
    });
    expect(o.verdict).toBe('error');
    expect(o.summary).toContain("missing required field 'justification'");
    const i = await run({
      reports: report([critical]),
      vex: vexDoc([
        { ...justified, justification: undefined, impact: 'The parser is never reached.' }
      ])
    });
    expect(i.verdict).toBe('pass');
    // CycloneDX VEX: the schema allows it; the gate does not suppress with it.
    const cdx = (e: Partial<CdxAnalysis>) =>
      ws.write(
        `vex-${++n}.cdx.json`,
        cyclonedxVex([
          { id: 'CVE-2026-1000', state: 'not_affected', ref: bomLink(pkgs[0].purl), ...e }
        ])
      );
    const c = await run({ reports: report([critical]), vex: cdx({}) });
    expect(c.verdict).toBe('fail');
    expect(decisions(c).decisions[0].vexRejected).toBe(
      'not_affected without a justification or impact statement'
    );
    expect(
      (
        await run({
          reports: report([critical]),
          vex: cdx({ justification: 'code_not_reachable' })
        })
      ).verdict
    ).toBe('pass');
    // A BOM-Link into another BOM (another serial number) does not apply.
    const elsewhere = ws.write(
      `vex-${++n}.cdx.json`,
      cyclonedxVex([
        {
          id: 'CVE-2026-1000',
          state: 'not_affected',
          justification: 'code_not_reachable',
          ref: `urn:cdx:00000000-0000-4000-8000-000000000000/1#${encodeURIComponent(pkgs[0].purl)}`
        }
      ])
    );
    expect((await run({ reports: report([critical]), vex: elsewhere })).verdict).toBe('fail');
  });

  it('the newest statement wins whatever the order in the files', async () => {
    const newerNotAffected = [
      { ...justified, timestamp: '2026-11-20T00:00:00Z' },
      {
        ...justified,
        status: 'affected' as const,
        justification: undefined,
        timestamp: '2026-11-10T00:00:00Z'
      }
    ];
    expect(
      (await run({ reports: report([critical]), vex: vexDoc(newerNotAffected) })).verdict
    ).toBe('pass');
    expect(
      (await run({ reports: report([critical]), vex: vexDoc([...newerNotAffected].reverse()) }))
        .verdict
    ).toBe('pass');
    // Across documents too: a later "affected" in a second file overrides.
    const later = vexDoc([
      {
        ...justified,
        status: 'affected',
        justification: undefined,
        timestamp: '2026-11-25T00:00:00Z'
      }
    ]);
    const r = await run({
      reports: report([critical]),
      vex: `${vexDoc(newerNotAffected)}\n${later}`
    });
    expect(r.verdict).toBe('fail');
    expect(decisions(r).decisions[0].vex).toMatchObject({ doc: later, status: 'affected' });
  });

  it('statements with the same time and different statuses are a conflict, never a suppression', async () => {
    const t = '2026-11-20T00:00:00Z';
    const r = await run({
      reports: report([critical]),
      vex: vexDoc([
        { ...justified, timestamp: t },
        { ...justified, status: 'affected', timestamp: t }
      ])
    });
    expect(r.verdict).toBe('fail');
    expect(rules(r)).toContain('sbom-vex/vex-conflict');
  });

  it('under_investigation never suppresses', async () => {
    const r = await run({
      reports: report([critical]),
      vex: vexDoc([{ ...justified, status: 'under_investigation' }])
    });
    expect(r.verdict).toBe('fail');
    expect(decisions(r).decisions[0].vexRejected).toBe('its status is under_investigation');
  });

  it('joins CVE ↔ GHSA aliases: a finding reported as GHSA is suppressed by a VEX naming its CVE', async () => {
    const ghsa = { id: 'GHSA-aaaa-bbbb-cccc', pkg: pkgs[0], cvss: 9.1, related: ['CVE-2026-1000'] };
    const r = await run({ reports: report([ghsa]), vex: vexDoc([justified]) });
    expect(r.verdict).toBe('pass');
    expect(decisions(r).decisions[0]).toMatchObject({
      vulnerability: 'CVE-2026-1000',
      outcome: 'suppressed'
    });
  });

  it('matches VEX products across registry aliases and percent-encoding (docker.io = index.docker.io)', async () => {
    const digest = encodeURIComponent(IMAGE_DIGEST);
    for (const product of [
      `pkg:oci/app@${digest}?repository_url=index.docker.io%2Facme%2Fapp`,
      `pkg:oci/app@${IMAGE_DIGEST}?repository_url=docker.io/acme/app&tag=1.0`,
      `pkg:OCI/app@${digest.toUpperCase().replace('SHA256', 'sha256')}`
    ]) {
      const r = await run({
        reports: report([critical]),
        vex: vexDoc([{ ...justified, product }])
      });
      expect([product, r.verdict]).toEqual([product, 'pass']);
    }
  });

  it('a product purl without subcomponents that names the component itself applies', async () => {
    const r = await run({
      reports: report([critical]),
      vex: vexDoc([{ ...justified, sub: undefined, product: pkgs[0].purl }])
    });
    expect(r.verdict).toBe('pass');
  });

  it('a report for another image is an error', async () => {
    const r = await run({
      reports: report([critical], { digest: OTHER_DIGEST }),
      vex: vexDoc([justified])
    });
    expect(r.verdict).toBe('error');
    expect(rules(r)).toContain('sbom-vex/report-for-other-target');
  });

  it('a finding for a component the SBOM does not list is an error, or a warning with require-sbom-match false', async () => {
    const stray = { id: 'CVE-2026-0003', pkg: goPkg(99), cvss: 2 };
    const r = await run({ reports: report([stray]) });
    expect(r.verdict).toBe('error');
    expect(r.findings.find((f) => f.rule === 'sbom-vex/not-in-sbom')!.message).toContain(
      'github.com/acme/lib99'
    );
    const w = await run({ reports: report([stray]), 'require-sbom-match': 'false' });
    expect(w.verdict).toBe('pass');
    expect(w.findings.find((f) => f.rule === 'sbom-vex/not-in-sbom')!.severity).toBe('warning');
  });

  it('blocks a KEV-listed finding whatever its score, unless VEX suppresses it', async () => {
    const kev = ws.write('kev.json', kevCatalog(['CVE-2026-0004']));
    const low = { id: 'CVE-2026-0004', pkg: pkgs[2], cvss: 3.1, severity: 'Low' };
    const r = await run({ reports: report([low]), kev });
    expect(r.verdict).toBe('fail');
    expect(r.findings.find((f) => f.rule === 'sbom-vex/blocked')!.message).toContain(
      'listed in CISA KEV 2026.11.30'
    );
    const v = vexDoc([
      {
        vuln: 'CVE-2026-0004',
        status: 'not_affected',
        sub: pkgs[2].purl,
        justification: 'component_not_present'
      }
    ]);
    expect((await run({ reports: report([low]), kev, vex: v })).verdict).toBe('pass');
  });

  it('a KEV snapshot older than max-feed-age, or not the pinned sha256, is an error', async () => {
    const kev = ws.write('kev-old.json', kevCatalog([], '2026-11-01T00:00:00.000Z'));
    const r = await run({ reports: report([]), kev });
    expect(r.verdict).toBe('error');
    expect(r.findings.find((f) => f.rule === 'sbom-vex/feed-stale')!.message).toMatch(
      /kev snapshot kev-old\.json is from 2026-11-01T00:00:00Z/
    );
    expect((await run({ reports: report([]), kev, 'max-feed-age': '60d' })).verdict).toBe('pass');
    const fresh = ws.write('kev-fresh.json', kevCatalog([]));
    const sha = createHash('sha256')
      .update(readFileSync(join(ws.dir, fresh)))
      .digest('hex');
    expect((await run({ reports: report([]), kev: fresh, 'kev-sha256': sha })).verdict).toBe(
      'pass'
    );
    const swapped = await run({ reports: report([]), kev: fresh, 'kev-sha256': 'f'.repeat(64) });
    expect(swapped.verdict).toBe('error');
    expect(rules(swapped)).toContain('sbom-vex/feed-digest');
  });

  it('EPSS percentile × 10 is the risk when higher than CVSS', async () => {
    const epss = ws.write('epss.csv', epssCsv([['CVE-2026-0005', 0.4, 0.95]]));
    const r = await run({
      reports: report([{ id: 'CVE-2026-0005', pkg: pkgs[1], cvss: 4 }]),
      epss
    });
    expect(r.verdict).toBe('fail');
    expect(decisions(r).decisions[0]).toMatchObject({
      risk: 9.5,
      riskSource: 'EPSS percentile 0.95 of CVE-2026-0005 × 10'
    });
    const stale = ws.write('epss-old.csv', epssCsv([], '2026-10-01'));
    expect((await run({ reports: report([]), epss: stale })).verdict).toBe('error');
    const bad = ws.write(
      'epss-bad.csv',
      '#model_version:v1,score_date:2026-11-30T00:00:00+0000\ninvalid,header,format\n'
    );
    const b = await run({ reports: report([]), epss: bad });
    expect(b.verdict).toBe('error');
    expect(b.summary).toContain('expected the header cve,epss,percentile');
  });
});

describe('sbom-vex refuses what it cannot judge', () => {
  it('nothing to check is an error: no reports, or an SBOM without components', async () => {
    const r = await run({ reports: '' });
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toContain("input 'reports'");
    const empty = ws.write('empty.cdx.json', cyclonedxSbom([]));
    const e = await run({ sbom: empty, reports: report([]) });
    expect(e.verdict).toBe('error');
    expect(rules(e)).toContain('sbom-vex/nothing-to-check');
  });

  it('duplicate keys, invalid JSON and unknown formats name the input and never pass', async () => {
    const dup = ws.write(
      'dup.json',
      '{"matches": [], "matches": [], "descriptor": {"name": "grype"}}'
    );
    expect((await run({ reports: dup })).summary).toMatch(
      /input 'reports'.*duplicate key "matches"/
    );
    const broken = ws.write('broken.json', '{"matches": [');
    expect((await run({ reports: broken })).summary).toContain('is not valid JSON');
    const unknown = ws.write('unknown.json', { hello: 'world' });
    expect((await run({ reports: unknown })).summary).toContain(
      'is not a grype, trivy or osv-scanner JSON report'
    );
    const dupVex = ws.write(
      'dup-vex.json',
      '{"@context": "https://openvex.dev/ns/v0.2.0", "@context": "x"}'
    );
    expect((await run({ reports: report([]), vex: dupVex })).summary).toMatch(
      /input 'vex'.*duplicate key/
    );
    const badSbom = ws.write('bad-sbom.json', {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      components: [{ name: 'x' }]
    });
    expect((await run({ sbom: badSbom, reports: report([]) })).summary).toMatch(
      /not a valid CycloneDX 1\.6: \/components\/0: missing required field 'type'/
    );
    const old = ws.write('cdx13.json', { bomFormat: 'CycloneDX', specVersion: '1.3', version: 1 });
    expect((await run({ sbom: old, reports: report([]) })).summary).toContain(
      'this gate reads CycloneDX 1.4, 1.5 and 1.6'
    );
  });

  it('a huge input and a FIFO are refused without reading them', async () => {
    execFileSync('truncate', ['-s', '300M', join(ws.dir, 'huge.json')]);
    const r = await run({ reports: 'huge.json' });
    expect(r.verdict).toBe('error');
    expect(r.summary).toContain('huge.json is 300 MiB; the limit is 256 MiB');
    execFileSync('mkfifo', [join(ws.dir, 'fifo.json')]);
    const f = await run({ sbom: 'fifo.json', reports: report([]) });
    expect(f.summary).toContain('is a FIFO (named pipe), not a regular file');
  });

  it('bad inputs: max-risk out of range, now not RFC 3339, product not a purl', async () => {
    expect((await run({ reports: report([]), 'max-risk': '11' })).summary).toContain(
      "input 'max-risk'"
    );
    expect((await run({ reports: report([]), now: 'yesterday' })).summary).toContain("input 'now'");
    expect((await run({ reports: report([]), product: 'nginx' })).summary).toContain(
      "input 'product'"
    );
  });

  it('a Sigstore bundle as VEX needs vex-signer; with vex-signer, an unsigned VEX cannot suppress', async () => {
    const bundle = ws.write('vex.sigstore.json', {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json'
    });
    const b = await run({ reports: report([critical]), vex: bundle });
    expect(b.verdict).toBe('error');
    expect(b.summary).toContain('give vex-signer');
    const r = await run({
      reports: report([critical]),
      vex: vexDoc([justified]),
      'vex-signer': 'https://github.com/acme/vex/.github/workflows/vex.yml@refs/heads/main'
    });
    expect(r.verdict).toBe('error');
    expect(r.findings.find((f) => f.rule === 'sbom-vex/vex-not-usable')!.message).toContain(
      'is not signed'
    );
    expect(decisions(r).decisions[0]).toMatchObject({
      outcome: 'blocked',
      vexRejected: 'its document has no valid signature from the required signer'
    });
  });
});
