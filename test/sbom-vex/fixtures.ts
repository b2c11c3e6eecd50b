/**
 * Documents for the sbom-vex tests, written into temp dirs: CycloneDX SBOMs, grype reports,
 * OpenVEX and CycloneDX VEX documents, KEV and EPSS snapshots. Shapes follow what the real tools
 * write (see ../shared/vectors/sbom-vex); the adversarial cases are built from these.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const IMAGE_DIGEST = 'sha256:' + 'ab'.repeat(32);
export const OTHER_DIGEST = 'sha256:' + 'cd'.repeat(32);
export const SERIAL = 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79';

export interface Pkg {
  name: string;
  version: string;
  purl: string;
}

export function tempWorkspace(prefix = 'sbom-vex-'): {
  dir: string;
  write(name: string, body: unknown): string;
  done(): void;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    write(name: string, body: unknown): string {
      writeFileSync(
        join(dir, name),
        typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body, null, 1)
      );
      return name;
    },
    done: () => rmSync(dir, { recursive: true, force: true })
  };
}

/** A CycloneDX 1.6 SBOM of an image (its digest in the metadata component purl). */
export function cyclonedxSbom(
  pkgs: Pkg[],
  opts: { digest?: string; spec?: string } = {}
): Record<string, unknown> {
  const digest = opts.digest ?? IMAGE_DIGEST;
  return {
    bomFormat: 'CycloneDX',
    specVersion: opts.spec ?? '1.6',
    serialNumber: SERIAL,
    version: 1,
    metadata: {
      timestamp: '2026-11-30T10:00:00Z',
      component: {
        'bom-ref': 'image',
        type: 'container',
        name: 'ghcr.io/acme/app',
        version: digest,
        purl: `pkg:oci/app@${encodeURIComponent(digest)}?repository_url=ghcr.io/acme/app`
      }
    },
    components: pkgs.map((p) => ({
      'bom-ref': p.purl,
      type: 'library',
      name: p.name,
      version: p.version,
      purl: p.purl
    }))
  };
}

export interface GrypeMatch {
  id: string;
  pkg: Pkg;
  cvss?: number;
  severity?: string;
  related?: string[];
}

/** A grype JSON report (`grype -o json`) of the image. */
export function grypeReport(
  matches: GrypeMatch[],
  opts: { digest?: string } = {}
): Record<string, unknown> {
  return {
    matches: matches.map((m) => ({
      vulnerability: {
        id: m.id,
        dataSource: `https://nvd.nist.gov/vuln/detail/${m.id}`,
        namespace: 'nvd:cpe',
        severity: m.severity ?? 'Unknown',
        cvss:
          m.cvss === undefined
            ? []
            : [
                {
                  source: 'nvd@nist.gov',
                  type: 'Primary',
                  version: '3.1',
                  vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
                  metrics: { baseScore: m.cvss }
                }
              ],
        fix: { versions: [], state: 'unknown' }
      },
      relatedVulnerabilities: (m.related ?? []).map((id) => ({
        id,
        namespace: 'github:language:go',
        severity: 'High',
        cvss: []
      })),
      matchDetails: [],
      artifact: {
        id: 'x',
        name: m.pkg.name,
        version: m.pkg.version,
        type: 'go-module',
        purl: m.pkg.purl
      }
    })),
    source: {
      type: 'image',
      target: {
        userInput: 'ghcr.io/acme/app:1.0',
        imageID: opts.digest ?? IMAGE_DIGEST,
        manifestDigest: opts.digest ?? IMAGE_DIGEST
      }
    },
    distro: { name: '', version: '' },
    descriptor: { name: 'grype', version: '0.87.0' }
  };
}

export interface Stmt {
  vuln: string;
  status: 'not_affected' | 'affected' | 'fixed' | 'under_investigation';
  product?: string;
  sub?: string;
  justification?: string;
  impact?: string;
  timestamp?: string;
  expires?: string;
}

/** An OpenVEX v0.2.0 document. */
export function openvex(
  statements: Stmt[],
  opts: { timestamp?: string; id?: string } = {}
): Record<string, unknown> {
  return {
    '@context': 'https://openvex.dev/ns/v0.2.0',
    '@id': opts.id ?? 'https://acme.example/vex/1',
    author: 'Acme Security',
    timestamp: opts.timestamp ?? '2026-11-01T00:00:00Z',
    version: 1,
    statements: statements.map((s) => {
      const product: Record<string, unknown> = {
        '@id': s.product ?? `pkg:oci/app@${encodeURIComponent(IMAGE_DIGEST)}`
      };
      if (s.sub) product.subcomponents = [{ '@id': s.sub }];
      const out: Record<string, unknown> = {
        vulnerability: { name: s.vuln },
        products: [product],
        status: s.status
      };
      if (s.justification) out.justification = s.justification;
      if (s.impact) out.impact_statement = s.impact;
      if (s.timestamp) out.timestamp = s.timestamp;
      if (s.expires)
        out.status_notes = `Reviewed by the security team. ci-intel:expires=${s.expires}`;
      if (s.status === 'affected') out.action_statement = 'Upgrade.';
      return out;
    })
  };
}

export function kevCatalog(
  cves: string[],
  released = '2026-11-30T14:00:00.000Z'
): Record<string, unknown> {
  return {
    title: 'CISA Catalog of Known Exploited Vulnerabilities',
    catalogVersion: released.slice(0, 10).replace(/-/g, '.'),
    dateReleased: released,
    count: cves.length,
    vulnerabilities: cves.map((c) => ({
      cveID: c,
      vendorProject: 'Acme',
      product: 'Thing',
      vulnerabilityName: `${c} vulnerability`,
      dateAdded: released.slice(0, 10),
      shortDescription: '',
      requiredAction: 'Apply updates.',
      dueDate: released.slice(0, 10),
      knownRansomwareCampaignUse: 'Unknown',
      notes: '',
      cwes: []
    }))
  };
}

export function epssCsv(rows: [string, number, number][], date = '2026-11-30'): string {
  return `#model_version:v2025.03.14,score_date:${date}T00:00:00+0000\ncve,epss,percentile\n${rows.map((r) => r.join(',')).join('\n')}\n`;
}

export function goPkg(i: number): Pkg {
  const name = `github.com/acme/lib${i}`;
  return { name, version: `v1.${i}.0`, purl: `pkg:golang/${name}@v1.${i}.0` };
}

export interface CdxAnalysis {
  id: string;
  state: string;
  ref: string;
  justification?: string;
  detail?: string;
  lastUpdated?: string;
}

/** A standalone CycloneDX 1.6 VEX whose affects[] point into the SBOM by BOM-Link. */
export function cyclonedxVex(entries: CdxAnalysis[]): Record<string, unknown> {
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    serialNumber: 'urn:uuid:9a0e1b7c-0000-4000-8000-000000000001',
    metadata: { timestamp: '2026-11-01T00:00:00Z' },
    vulnerabilities: entries.map((e) => {
      const analysis: Record<string, unknown> = { state: e.state };
      if (e.justification) analysis.justification = e.justification;
      if (e.detail) analysis.detail = e.detail;
      if (e.lastUpdated) analysis.lastUpdated = e.lastUpdated;
      return { id: e.id, analysis, affects: [{ ref: e.ref }] };
    })
  };
}

/** A BOM-Link into the SBOM that cyclonedxSbom writes. */
export function bomLink(ref: string): string {
  return `urn:cdx:${SERIAL.replace('urn:uuid:', '')}/1#${encodeURIComponent(ref)}`;
}
