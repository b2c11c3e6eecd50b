/**
 * sbom-vex on the real reports, SBOMs and VEX documents in ../shared/vectors/sbom-vex (read in
 * place, never copied), cross-referenced as its README describes. Where a test needs a variant
 * (an SBOM for a report that came without one, a schema-fixed VEX) it writes it to a temp dir.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadActionSpec } from '../../src/core/action-spec.js';
import type { Gate } from '../../src/core/gate.js';
import type { GateResult } from '../../src/core/result.js';
import { runGate } from '../../src/core/run-gate.js';
import { describeSchemaErrors, schemaValidator } from '../../src/core/schemas.js';
import { sbomVex } from '../../src/gates/sbom-vex/index.js';
import { cvss3BaseScore } from '../../src/vuln/cvss3.js';
import { readJsonDocument } from '../../src/vuln/documents.js';
import { parseReport } from '../../src/vuln/reports.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { SHARED } from '../helpers/run-action.js';
import { tempWorkspace } from './fixtures.js';

const V = join(SHARED, 'vectors', 'sbom-vex');
/** Every decision document the tests read must match schema/sbom-vex-decision.v1.json. */
function validDecision(doc: unknown): unknown {
  const v = schemaValidator('sbom-vex-decision.v1.json');
  expect(v(doc) ? [] : describeSchemaErrors(v.errors)).toEqual([]);
  return doc;
}

const ws = tempWorkspace('sbom-vex-vec-');
afterAll(() => ws.done());
const spec = loadActionSpec('sbom-vex');
const ctx = (now: string) => ({
  workspace: ws.dir,
  tempDir: ws.dir,
  env: {},
  now: () => new Date(now),
  log: () => undefined,
  secret: () => undefined
});
const v = (p: string) => relative(ws.dir, join(V, p));
/** A tool's JSON as parsed: read field by field as the tool wrote it, untyped on purpose. */
type Json = ReturnType<typeof JSON.parse>;
const json = (p: string): Json => JSON.parse(readFileSync(join(V, p), 'utf8'));
interface TrivyVuln {
  VulnerabilityID: string;
  CVSS: Record<string, { V3Score?: number }>;
}
const trivyVulns = (p: string): TrivyVuln[] =>
  json(p).Results.flatMap((x: Json) => x.Vulnerabilities ?? []);
const evidence = (r: GateResult) =>
  r.evidence as { sbom: { subjectDigests: string[] }; feeds: { kev: unknown; epss: unknown } };
let n = 0;
async function run(raw: Record<string, string>, now = '2025-02-20T00:00:00Z'): Promise<GateResult> {
  const r = await runGate(sbomVex as Gate, { 'decision-file': `d-${++n}.json`, ...raw }, ctx(now), {
    spec
  });
  expectValidResult(r);
  return r;
}
type Decisions = {
  decisions: {
    vulnerability: string;
    aliases: string[];
    outcome: string;
    risk?: number;
    component: { purl?: string; sbomRef?: string };
  }[];
};
const decisions = (r: GateResult) =>
  validDecision(JSON.parse(readFileSync(r.outputs['decision-file'], 'utf8'))) as Decisions;

/** A CycloneDX 1.6 SBOM listing exactly the packages a report names (for reports that came without one). */
function sbomFor(report: string, subjectPurl: string): string {
  const doc = parseReport(readJsonDocument('reports', join(V, report), report, 1 << 26));
  const comps = new Map<string, unknown>();
  for (const f of doc.findings) {
    const purl = f.package.purl!;
    comps.set(purl, {
      'bom-ref': purl,
      type: 'library',
      name: f.package.name,
      version: f.package.version,
      purl
    });
  }
  return ws.write(`sbom-${++n}.cdx.json`, {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    metadata: {
      component: { 'bom-ref': 'subject', type: 'application', name: 'subject', purl: subjectPurl }
    },
    components: [...comps.values()]
  });
}

describe('centos-7: trivy report + trivy SBOMs of the same image', () => {
  it('every finding joins the CycloneDX SBOM (rpm epoch: 1: in the report, epoch=1 in the purl) and the highest V3 score is the risk', async () => {
    const r = await run({
      sbom: v('trivy/centos-7.cyclonedx.json'),
      reports: v('trivy/centos-7.report.json')
    });
    expect(r.findings.filter((f) => f.rule === 'sbom-vex/not-in-sbom')).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'sbom-vex/report-for-other-target')).toEqual([]);
    const report = json('trivy/centos-7.report.json');
    const vulns = trivyVulns('trivy/centos-7.report.json');
    const d = decisions(r).decisions;
    expect(d).toHaveLength(vulns.length);
    for (const vu of vulns) {
      const best = Math.max(
        ...Object.values(vu.CVSS as Record<string, { V3Score?: number }>).map((c) => c.V3Score ?? 0)
      );
      const got = d.find((x) => x.vulnerability === vu.VulnerabilityID)!;
      expect([vu.VulnerabilityID, got.risk]).toEqual([vu.VulnerabilityID, best]);
      expect(got.outcome).toBe(best >= 7 ? 'blocked' : 'allowed');
      expect(got.component.sbomRef).toBeDefined();
    }
    expect(r.verdict).toBe(d.some((x) => x.outcome === 'blocked') ? 'fail' : 'pass');
    // The SBOM names the image id the report scanned.
    expect(evidence(r).sbom.subjectDigests).toContain(report.Metadata.ImageID);
  });

  it('the SPDX 2.2 SBOM of the same image is refused: it lacks downloadLocation, which SPDX 2.2 and 2.3 both require', async () => {
    const r = await run({
      sbom: v('trivy/centos-7.spdx.json'),
      reports: v('trivy/centos-7.report.json')
    });
    expect(r.verdict).toBe('error');
    expect(r.summary).toContain("missing required field 'downloadLocation'");
  });

  it('the centos report against an alpine SBOM: its findings are not in the SBOM: an error', async () => {
    const r = await run({
      sbom: v('sbom/syft-identify-1.6.cdx.json'),
      reports: v('trivy/centos-7.report.json')
    });
    expect(r.verdict).toBe('error');
    expect(r.findings.filter((f) => f.rule === 'sbom-vex/not-in-sbom').length).toBeGreaterThan(0);
  });
});

describe('gomod: trivy report, its OpenVEX, and the report trivy wrote with --vex', () => {
  const subject = 'pkg:golang/github.com/testdata/testdata@v0.0.0';

  it('trivy’s OpenVEX fails the published OpenVEX schema (vulnerability without name) and is refused, not ignored', async () => {
    const r = await run(
      {
        sbom: sbomFor('trivy/gomod.report.json', subject),
        reports: v('trivy/gomod.report.json'),
        vex: v('trivy/gomod.openvex.json')
      },
      '2024-08-01T00:00:00Z'
    );
    expect(r.verdict).toBe('error');
    expect(r.summary).toContain("/statements/0/vulnerability: missing required field 'name'");
  });

  it('with the name added, the gate suppresses exactly what trivy --vex dropped', async () => {
    const fixed = json('trivy/gomod.openvex.json');
    fixed.statements[0].vulnerability.name = fixed.statements[0].vulnerability['@id'];
    const vex = ws.write('gomod-fixed.openvex.json', fixed);
    const r = await run(
      {
        sbom: sbomFor('trivy/gomod.report.json', subject),
        reports: v('trivy/gomod.report.json'),
        vex,
        'max-risk': '0'
      },
      '2024-08-01T00:00:00Z'
    );
    const ids = (p: string) =>
      new Set<string>(
        json(p).Results.flatMap((x: Json) =>
          (x.Vulnerabilities ?? []).map((y: Json) => y.VulnerabilityID)
        )
      );
    const before = ids('trivy/gomod.report.json');
    const after = ids('trivy/gomod-vex.report.json');
    const dropped = [...before].filter((id) => !after.has(id));
    const d = decisions(r).decisions;
    expect(d.filter((x) => x.outcome === 'suppressed').map((x) => x.vulnerability)).toEqual(
      dropped
    );
    expect(
      new Set(d.filter((x) => x.outcome !== 'suppressed').map((x) => x.vulnerability))
    ).toEqual(after);
    // ... and, unlike trivy, only until the statement is older than max-vex-age (90 days).
    const later = await run(
      {
        sbom: sbomFor('trivy/gomod.report.json', subject),
        reports: v('trivy/gomod.report.json'),
        vex,
        'max-risk': '0'
      },
      '2024-12-01T00:00:00Z'
    );
    expect(decisions(later).decisions.filter((x) => x.outcome === 'suppressed')).toEqual([]);
  });

  it('the same VEX for another product (the subject differs) suppresses nothing', async () => {
    const fixed = json('trivy/gomod.openvex.json');
    fixed.statements[0].vulnerability.name = 'CVE-2022-23628';
    const vex = ws.write('gomod-fixed2.openvex.json', fixed);
    const r = await run(
      {
        sbom: sbomFor('trivy/gomod.report.json', 'pkg:golang/github.com/other/app@v1.0.0'),
        reports: v('trivy/gomod.report.json'),
        vex,
        'max-risk': '0'
      },
      '2024-08-01T00:00:00Z'
    );
    expect(decisions(r).decisions.filter((x) => x.outcome === 'suppressed')).toEqual([]);
  });
});

describe('aliases and scores from grype and osv-scanner', () => {
  it('grype: GHSA-cfh5-3ghh-wfjx (related CVE-2014-3577) and CVE-2014-3577 on one package are one finding', async () => {
    const report = 'grype/ghsa-test.grype.json';
    const digest = json(report).source.target.manifestDigest as string;
    const r = await run({
      sbom: sbomFor(report, `pkg:oci/test_images@${encodeURIComponent(digest)}`),
      reports: v(report)
    });
    const d = decisions(r).decisions;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({
      vulnerability: 'CVE-2014-3577',
      aliases: ['GHSA-CFH5-3GHH-WFJX']
    });
  });

  it('osv-scanner: the GO/CVE/GHSA group is one finding, scored from the CVSS vector it carries', async () => {
    const report = 'osv-scanner/results-b.osv.json';
    const r = await run({
      sbom: sbomFor(report, 'pkg:golang/example.com/app@v1.0.0'),
      reports: v(report)
    });
    const d = decisions(r).decisions.find((x) => x.aliases.includes('GO-2021-0053'))!;
    expect(d.vulnerability).toBe('CVE-2021-3121');
    const pkg = json(report)
      .results.flatMap((x: Json) => x.packages)
      .find((p: Json) => p.package.name === 'github.com/gogo/protobuf');
    const vectors = pkg.vulnerabilities.flatMap((x: Json) =>
      (x.severity ?? []).filter((s: Json) => s.type === 'CVSS_V3').map((s: Json) => s.score)
    );
    expect(d.risk).toBe(Math.max(...vectors.map((x: string) => cvss3BaseScore(x)!)));
  });

  it('every grype, trivy and osv-scanner report in the set is detected by its content and read', () => {
    for (const dir of ['grype', 'trivy', 'osv-scanner']) {
      for (const f of readdirSync(join(V, dir)).filter(
        (x) => /report|grype\.json$|osv\.json$/.test(x) && !x.includes('syft')
      )) {
        const doc = readJsonDocument('reports', join(V, dir, f), f, 1 << 26);
        const r = parseReport(doc);
        expect([f, r.format]).toEqual([f, dir]);
      }
    }
  });
});

describe('feeds', () => {
  it('the real KEV excerpt lists its entries (count 1273 is the catalogue’s, not the excerpt’s) and blocks a KEV CVE', async () => {
    const kev = json('feeds/cisa-kev-catalog-excerpt.json');
    const cve = kev.vulnerabilities[0].cveID as string;
    const report = ws.write('kev-report.json', {
      matches: [
        {
          vulnerability: { id: cve, severity: 'Low', cvss: [] },
          artifact: { name: 'pan-os', version: '11.0', purl: 'pkg:generic/pan-os@11.0' }
        }
      ],
      descriptor: { name: 'grype' }
    });
    const r = await run({
      sbom: sbomFor('grype/ghsa-test.grype.json', 'pkg:generic/app@1'),
      reports: report,
      kev: v('feeds/cisa-kev-catalog-excerpt.json'),
      'require-sbom-match': 'false'
    });
    expect(evidence(r).feeds.kev).toMatchObject({
      ran: true,
      catalogVersion: kev.catalogVersion,
      entries: kev.vulnerabilities.length
    });
    expect(decisions(r).decisions[0]).toMatchObject({ vulnerability: cve, outcome: 'blocked' });
    // Replayed a month later, the same snapshot is too old for max-feed-age 7d.
    const late = await run(
      {
        sbom: sbomFor('grype/ghsa-test.grype.json', 'pkg:generic/app@1'),
        reports: report,
        kev: v('feeds/cisa-kev-catalog-excerpt.json'),
        'require-sbom-match': 'false'
      },
      '2025-03-20T00:00:00Z'
    );
    expect(late.verdict).toBe('error');
    expect(late.findings.some((f) => f.rule === 'sbom-vex/feed-stale')).toBe(true);
  });

  it('the real EPSS excerpt is read with its score date; the invalid-header fixture is refused', async () => {
    const sbom = sbomFor('grype/ghsa-test.grype.json', 'pkg:generic/app@1');
    const r = await run({
      sbom,
      reports: v('grype/ghsa-test.grype.json'),
      epss: v('feeds/epss-scores-excerpt.csv')
    });
    const rows = readFileSync(join(V, 'feeds/epss-scores-excerpt.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(2);
    expect(evidence(r).feeds.epss).toMatchObject({
      ran: true,
      scoreDate: '2025-02-20T00:00:00Z',
      scores: rows.length
    });
    const bad = await run({
      sbom,
      reports: v('grype/ghsa-test.grype.json'),
      epss: v('feeds/epss-invalid-header.csv')
    });
    expect(bad.verdict).toBe('error');
    expect(bad.summary).toContain("input 'epss'");
  });
});

describe('VEX documents from the real tools', () => {
  it('trivy’s production OpenVEX (products by repository_url, two percent-encoded, no digest) applies to a docker.io trivy image', async () => {
    const vex = json('openvex/trivy-production-oci.openvex.json');
    const st = vex.statements[0];
    const sub = st.products[0].subcomponents[0]['@id'] as string; // pkg:apk/alpine/busybox
    const comp = `${sub}@1.36.1-r29?arch=x86_64&distro=3.20.3`;
    const sbom = ws.write('trivy-image.cdx.json', {
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      version: 1,
      metadata: {
        component: {
          'bom-ref': 'img',
          type: 'container',
          name: 'aquasec/trivy',
          purl: `pkg:oci/trivy@sha256%3A${'e'.repeat(64)}?repository_url=registry-1.docker.io%2Faquasec%2Ftrivy&tag=0.54.0`
        }
      },
      components: [
        { 'bom-ref': comp, type: 'library', name: 'busybox', version: '1.36.1-r29', purl: comp }
      ]
    });
    const report = ws.write('trivy-image.grype.json', {
      matches: [
        {
          vulnerability: { id: st.vulnerability.name, severity: 'High', cvss: [] },
          artifact: { name: 'busybox', version: '1.36.1-r29', purl: comp }
        }
      ],
      descriptor: { name: 'grype' }
    });
    const r = await run(
      { sbom, reports: report, vex: v('openvex/trivy-production-oci.openvex.json') },
      '2024-08-01T00:00:00Z'
    );
    expect(decisions(r).decisions[0]).toMatchObject({
      vulnerability: st.vulnerability.name,
      outcome: 'suppressed'
    });
    expect(r.verdict).toBe('pass');
  });

  it('OpenVEX documents that fail the published schema are refused by name (legacy layouts, missing @id)', async () => {
    const sbom = sbomFor('grype/ghsa-test.grype.json', 'pkg:generic/app@1');
    for (const f of [
      'openvex/go-vex-v001-1.vex.json',
      'openvex/trivy-multiple-statements.openvex.json',
      'openvex/vexctl-test.vex.json'
    ]) {
      const r = await run({ sbom, reports: v('grype/ghsa-test.grype.json'), vex: v(f) });
      expect([f, r.verdict]).toEqual([f, 'error']);
      expect(r.summary).toContain('is not valid OpenVEX 0.2.0');
    }
  });

  it('the CycloneDX VEX example points by BOM-Link into a CycloneDX 1.3 BOM, which is refused as an SBOM', async () => {
    const r = await run({
      sbom: v('cyclonedx-vex/bom.json'),
      reports: v('grype/ghsa-test.grype.json'),
      vex: v('cyclonedx-vex/vex.json')
    });
    expect(r.verdict).toBe('error');
    expect(r.summary).toContain('is CycloneDX 1.3');
  });

  it('the CycloneDX VEX example’s BOM-Link names another serial number than bom.json: it applies only to the BOM it names', async () => {
    const bom = json('cyclonedx-vex/bom.json');
    const vex = json('cyclonedx-vex/vex.json');
    const link = /^urn:cdx:([^/]+)\//.exec(vex.vulnerabilities[0].affects[0].ref)![1];
    expect(bom.serialNumber).not.toBe(`urn:uuid:${link}`);
    bom.specVersion = '1.4';
    delete bom.$schema;
    const jackson = bom.components.find((c: Json) => c.name === 'jackson-databind');
    const report = ws.write('jackson.grype.json', {
      matches: [
        {
          vulnerability: {
            id: 'CVE-2020-25649',
            severity: 'High',
            cvss: [{ version: '3.1', metrics: { baseScore: 7.5 } }]
          },
          artifact: { name: jackson.name, version: jackson.version, purl: jackson.purl }
        }
      ],
      descriptor: { name: 'grype' }
    });
    const now = new Date(Date.parse(vex.vulnerabilities[0].updated) + 86400_000).toISOString();
    const asIs = await run(
      { sbom: ws.write('bom-1.4.json', bom), reports: report, vex: v('cyclonedx-vex/vex.json') },
      now
    );
    expect(decisions(asIs).decisions[0]).toMatchObject({
      vulnerability: 'CVE-2020-25649',
      outcome: 'blocked'
    });
    bom.serialNumber = `urn:uuid:${link}`;
    const named = await run(
      { sbom: ws.write('bom-linked.json', bom), reports: report, vex: v('cyclonedx-vex/vex.json') },
      now
    );
    expect(decisions(named).decisions[0]).toMatchObject({
      vulnerability: 'CVE-2020-25649',
      outcome: 'suppressed'
    });
  });
});
