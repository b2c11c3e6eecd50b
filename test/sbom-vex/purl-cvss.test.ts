/** Identity and score primitives of src/vuln: purl canonicalisation and the CVSS v3 calculator. */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cvss3BaseScore } from '../../src/vuln/cvss3.js';
import {
  canonicalPurl,
  canonicalRepository,
  parsePurl,
  purlFromEcosystem,
  purlKeys,
  PurlError
} from '../../src/vuln/purl.js';
import { purlNames } from '../../src/vuln/vex-match.js';
import { SHARED } from '../helpers/run-action.js';

const V = join(SHARED, 'vectors', 'sbom-vex');

describe('purl canonicalisation', () => {
  it('one spelling: sorted qualifiers, decoded then re-encoded, type and case rules', () => {
    expect(
      canonicalPurl(
        'pkg:RPM/centos/openssl-libs@1.0.2k-16.el7?epoch=1&arch=x86_64&distro=centos-7.6.1810'
      )
    ).toBe('pkg:rpm/centos/openssl-libs@1.0.2k-16.el7?arch=x86_64&distro=centos-7.6.1810&epoch=1');
    expect(canonicalPurl('pkg:golang/github.com/docker/distribution@v2.7.1%2Bincompatible')).toBe(
      canonicalPurl('pkg:golang/github.com/docker/distribution@v2.7.1+incompatible')
    );
    expect(canonicalPurl('pkg:pypi/Django_Rest@1.0')).toBe('pkg:pypi/django-rest@1.0');
    expect(canonicalPurl('pkg:npm/%40angular/core@1.0.0')).toBe('pkg:npm/%40angular/core@1.0.0');
    expect(canonicalPurl('pkg:maven/org.Apache/Commons@1?empty=')).toBe(
      'pkg:maven/org.Apache/Commons@1'
    );
    expect(canonicalPurl('pkg:generic/a@1#./x/../y')).toBe('pkg:generic/a@1#x/y');
  });

  it('registry aliases: index.docker.io, registry-1.docker.io and docker.io are one registry', () => {
    for (const r of [
      'index.docker.io/library',
      'https://registry-1.docker.io/library/',
      'DOCKER.IO/library'
    ])
      expect(canonicalRepository(r)).toBe('docker.io/library');
    expect(canonicalRepository('ghcr.io/Acme/App')).toBe('ghcr.io/acme/app');
    const a = parsePurl('pkg:oci/trivy?repository_url=index.docker.io%2Faquasec%2Ftrivy');
    const b = parsePurl(
      'pkg:oci/trivy@sha256%3A' +
        'e'.repeat(64) +
        '?repository_url=docker.io/aquasec/trivy&tag=0.54'
    );
    expect(purlNames(a, b)).toBe(true);
    expect(purlNames(parsePurl('pkg:oci/trivy?repository_url=ghcr.io/aquasecurity/trivy'), b)).toBe(
      false
    );
  });

  it('OCI digests identify content whatever the name, registry or tag', () => {
    const d = 'sha256:' + '1'.repeat(64);
    const k = (p: string) => purlKeys(parsePurl(p));
    expect(k(`pkg:oci/app@${encodeURIComponent(d)}?repository_url=ghcr.io/acme/app`)).toEqual([
      `digest:${d}`
    ]);
    expect(k(`pkg:docker/library/app@${d.toUpperCase().replace('SHA256', 'sha256')}`)).toEqual([
      `digest:${d}`
    ]);
  });

  it('rpm epochs and Go versions: the report and the SBOM spell them differently, the key is one', () => {
    const key = (p: string) => purlKeys(parsePurl(p))[0];
    expect(key('pkg:rpm/centos/openssl-libs@1.0.2k-16.el7?epoch=1&arch=x86_64')).toBe(
      key('pkg:rpm/centos/openssl-libs@1:1.0.2k-16.el7')
    );
    expect(key('pkg:golang/github.com/gogo/protobuf@v1.3.1')).toBe(
      key('pkg:golang/github.com/gogo/protobuf@1.3.1')
    );
  });

  it('OSV ecosystems map to purl types', () => {
    expect(purlFromEcosystem('Go', 'github.com/gogo/protobuf', '1.3.1')).toMatchObject({
      type: 'golang',
      namespace: 'github.com/gogo',
      name: 'protobuf',
      version: '1.3.1'
    });
    expect(purlFromEcosystem('Maven', 'org.apache:commons', '1')).toMatchObject({
      type: 'maven',
      namespace: 'org.apache',
      name: 'commons'
    });
    expect(purlFromEcosystem('crates.io', 'regex', '1.5.1')).toMatchObject({
      type: 'cargo',
      name: 'regex'
    });
    expect(purlFromEcosystem('npm', '@scope/x', '1')).toMatchObject({
      namespace: '@scope',
      name: 'x'
    });
    expect(purlFromEcosystem('NoSuchEcosystem', 'x', '1')).toBeUndefined();
  });

  it('refuses what is not a purl, with a reason', () => {
    for (const bad of ['nginx', 'pkg:', 'pkg:npm', 'pkg:npm/%E0%A4%A@1'])
      expect(() => parsePurl(bad)).toThrow(PurlError);
  });
});

describe('CVSS v3 base score', () => {
  it('matches the score every real report in ../shared gives next to its vector', () => {
    const pairs: [string, number][] = [];
    for (const f of readdirSync(join(V, 'trivy')).filter((x) => x.endsWith('.report.json'))) {
      const doc = JSON.parse(readFileSync(join(V, 'trivy', f), 'utf8')) as {
        Results?: {
          Vulnerabilities?: { CVSS?: Record<string, { V3Vector?: string; V3Score?: number }> }[];
        }[];
      };
      for (const r of doc.Results ?? [])
        for (const v of r.Vulnerabilities ?? [])
          for (const c of Object.values(v.CVSS ?? {}))
            if (c.V3Vector && c.V3Score !== undefined) pairs.push([c.V3Vector, c.V3Score]);
    }
    for (const f of readdirSync(join(V, 'grype')).filter((x) => x.endsWith('.grype.json'))) {
      const text = readFileSync(join(V, 'grype', f), 'utf8');
      for (const m of text.matchAll(
        /"vector":\s*"(CVSS:3\.[01]\/[^"]+)",\s*"metrics":\s*\{\s*"baseScore":\s*([\d.]+)/g
      ))
        pairs.push([m[1], Number(m[2])]);
    }
    expect(pairs.length).toBeGreaterThan(10);
    for (const [vector, score] of pairs)
      expect([vector, cvss3BaseScore(vector)]).toEqual([vector, score]);
  });

  it('refuses incomplete, repeated or non-v3 vectors', () => {
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(9.8);
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H')).toBeUndefined();
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBeUndefined();
    expect(cvss3BaseScore('AV:N/AC:M/Au:N/C:P/I:P/A:N')).toBeUndefined();
    expect(
      cvss3BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')
    ).toBeUndefined();
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N')).toBe(0);
  });
});
