/**
 * The OCI 1.1 referrers API path, against an in-repo server that follows distribution-spec 1.1
 * (no installable registry implements it), and the faults registries really produce: 500 then
 * success, 429 with Retry-After, a hang past the timeout, malformed JSON, GHCR's 303, a 404
 * despite OCI-Subject, duplicates, spoofed artifactType, statements about another digest,
 * oversized manifests.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startFakeRegistry, type FakeRegistry } from './helpers/fake-referrers.js';
import {
  cyclonedxDocument,
  OCI_INDEX,
  provenanceBundle,
  pushArtifact,
  pushImage,
  sigstoreBundle,
  BUNDLE_TYPE,
  spdxArtifact,
  statement,
  writeFallbackTag,
  type Desc
} from './helpers/fixtures.js';
import { messages, runGate } from './helpers/gate.js';
import { Pusher } from './helpers/push.js';

describe('referrer-presence via the referrers API', () => {
  let fake: FakeRegistry;
  let p: Pusher;
  let img: Desc;
  const base = (): Record<string, string> => ({
    insecure: 'true',
    'timeout-seconds': '10',
    image: `${fake.host}/api/app@${img.digest}`
  });
  const referrersPath = (): string => `/v2/api/app/referrers/${img.digest}`;

  beforeAll(async () => {
    fake = await startFakeRegistry();
    p = new Pusher({ url: fake.url, repo: 'api/app' });
    img = await pushImage(p, 'api');
    // 5 referrers → 3 pages of 2: SPDX, CycloneDX, provenance bundle, and two unrelated ones
    await spdxArtifact(p, img);
    await pushArtifact(p, img, 'application/vnd.cyclonedx+json', [
      { mediaType: 'application/vnd.cyclonedx+json', content: cyclonedxDocument() }
    ]);
    await provenanceBundle(p, img);
    await pushArtifact(p, img, 'application/vnd.example.readme', [
      { mediaType: 'text/markdown', content: '# hi' }
    ]);
    await pushArtifact(p, img, 'application/vnd.example.other', [
      { mediaType: 'text/plain', content: 'x' }
    ]);
  });
  afterAll(async () => fake?.stop());
  beforeEach(() => {
    fake.faults.length = 0;
    fake.log.length = 0;
    fake.ignoreFilter = false;
  });

  it('passes over Link pagination and meets ≤ 2 round trips per type after the listing', async () => {
    const run = await runGate({ ...base(), require: 'spdx, slsa-provenance, cyclonedx' });
    expect(run.result?.verdict).toBe('pass');
    for (const k of ['spdx', 'slsa-provenance', 'cyclonedx'])
      expect(run.found[k][0].convention).toBe('referrers-api');
    const listings = fake.log.filter((l) => l.includes('/referrers/'));
    expect(listings).toEqual([
      `GET ${referrersPath()}`,
      `GET ${referrersPath()}?next=2`,
      `GET ${referrersPath()}?next=4`
    ]);
    // 1 image manifest + 3 listing pages + per type 1 manifest + 1 layer
    expect(run.evidence.roundTrips).toBe(1 + 3 + 3 * 2);
    expect(fake.log.some((l) => l.includes('sha256-'))).toBe(false); // API answered: no fallback tag read
  });

  it('asks the registry to filter a single requirement and trusts OCI-Filters-Applied', async () => {
    const run = await runGate({ ...base(), require: 'application/spdx+json' });
    expect(run.result?.verdict).toBe('pass');
    expect(fake.log.filter((l) => l.includes('/referrers/'))).toEqual([
      `GET ${referrersPath()}?artifactType=application%2Fspdx%2Bjson`
    ]);
    expect(run.evidence.roundTrips).toBe(1 + 1 + 2);
  });

  it('filters client-side when the registry ignores artifactType (no OCI-Filters-Applied)', async () => {
    fake.ignoreFilter = true;
    const run = await runGate({ ...base(), require: 'cyclonedx' });
    expect(run.result?.verdict).toBe('pass');
    const targets = run.evidence.targets as { conventions: { outcome: string }[] }[];
    expect(targets[0].conventions[0].outcome).toContain('filter not applied by the registry');
    // only the CycloneDX candidate was fetched, not the other four
    expect(fake.log.filter((l) => /\/manifests\/sha256:/.test(l))).toHaveLength(2);
  });

  it('retries a 500 and then succeeds', async () => {
    let n = 0;
    fake.faults.push((req, res) => {
      if (req.url?.includes('/referrers/') && n++ === 0) {
        res.writeHead(500).end('boom');
        return true;
      }
      return false;
    });
    const run = await runGate({ ...base(), require: 'spdx' });
    expect(run.result?.verdict).toBe('pass');
    expect(
      run.evidence.requests.filter((r) => r.path.includes('/referrers/')).map((r) => r.status)
    ).toEqual([500, 200]);
  });

  it('honours 429 Retry-After, and errors (never "no referrers") when the wait would pass the timeout', async () => {
    let n = 0;
    fake.faults.push((req, res) => {
      if (req.url?.includes('/referrers/') && n++ === 0) {
        res.writeHead(429, { 'retry-after': '1' }).end();
        return true;
      }
      return false;
    });
    const t0 = Date.now();
    const ok = await runGate({ ...base(), require: 'spdx' });
    expect(ok.result?.verdict).toBe('pass');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
    fake.faults.length = 0;
    fake.faults.push((req, res) => {
      if (!req.url?.includes('/referrers/')) return false;
      res.writeHead(429, { 'retry-after': '120' }).end();
      return true;
    });
    const run = await runGate({
      ...base(),
      require: 'spdx',
      conventions: 'referrers-api, tag-fallback'
    });
    expect(run.result?.verdict).toBe('error');
    expect(messages(run)).toContain(
      `GET ${referrersPath()}?artifactType=application%2Fspdx%2Bjson: 429 on 1 attempt; the next retry (in 120 s) would pass timeout-seconds`
    );
    expect(fake.log.some((l) => l.includes('sha256-'))).toBe(false);
  });

  it('is an error when the registry hangs past timeout-seconds', async () => {
    fake.faults.push((req) => req.url?.includes('/referrers/') === true); // never answers
    const t0 = Date.now();
    const run = await runGate({ ...base(), require: 'spdx', 'timeout-seconds': '2' });
    expect(run.result?.verdict).toBe('error');
    expect(Date.now() - t0).toBeLessThan(8000);
    expect(messages(run)).toContain('no complete answer within the time left (timeout-seconds)');
  });

  it('is an error when the referrers listing is malformed JSON', async () => {
    fake.faults.push((req, res) => {
      if (!req.url?.includes('/referrers/')) return false;
      res.writeHead(200, { 'content-type': OCI_INDEX }).end('{"schemaVersion": 2, "manifests": [');
      return true;
    });
    const run = await runGate({ ...base(), require: 'spdx' });
    expect(run.result?.verdict).toBe('error');
    expect(messages(run)).toContain('referrers list page 1 of');
    expect(messages(run)).toContain('not valid JSON');
  });

  it('GHCR: a 303 to a web page is "no API" (not followed), then the fallback tag is used', async () => {
    const other = await pushImage(p, 'ghcr');
    const spdx = await spdxArtifact(p, other);
    await writeFallbackTag(p, other.digest, [spdx]);
    fake.faults.push((req, res) => {
      if (!req.url?.includes('/referrers/')) return false;
      res
        .writeHead(303, { location: 'https://github.com/orgs/x/packages?digest=sha256:abc' })
        .end();
      return true;
    });
    const run = await runGate({
      ...base(),
      image: `${fake.host}/api/app@${other.digest}`,
      require: 'spdx'
    });
    expect(run.result?.verdict).toBe('pass');
    expect(run.found.spdx[0].convention).toBe('tag-fallback');
    expect(fake.log.some((l) => l.includes('github.com'))).toBe(false);
    const t = run.evidence.targets as { conventions: { outcome: string }[] }[];
    expect(t[0].conventions[0].outcome).toContain('303 redirect');
  });

  it('a registry that sent OCI-Subject but answers 404 on the API still gets the fallback tag read', async () => {
    const other = await pushImage(p, 'subject-liar');
    const prov = await provenanceBundle(p, other);
    await writeFallbackTag(p, other.digest, [prov]);
    fake.faults.push((req, res) => {
      if (!req.url?.includes('/referrers/')) return false;
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
      return true;
    });
    const run = await runGate({
      ...base(),
      image: `${fake.host}/api/app@${other.digest}`,
      require: 'slsa-provenance'
    });
    expect(run.result?.verdict).toBe('pass');
    expect(run.found['slsa-provenance'][0].convention).toBe('tag-fallback');
  });

  it('dedupes duplicate entries (zot) and inspects each manifest once', async () => {
    fake.faults.push((req, res) => {
      if (!req.url?.includes('/referrers/')) return false;
      const spdxEntry = [...fake.manifests.entries()].find(
        ([, m]) =>
          m.body.toString().includes('"artifactType":"application/spdx+json"') &&
          m.body.toString().includes(img.digest)
      );
      const e = {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: spdxEntry?.[0],
        size: spdxEntry?.[1].body.length,
        artifactType: 'application/spdx+json'
      };
      res
        .writeHead(200, { 'content-type': OCI_INDEX })
        .end(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [e, e, e] }));
      return true;
    });
    const run = await runGate({ ...base(), require: 'spdx' });
    expect(run.result?.verdict).toBe('pass');
    expect(fake.log.filter((l) => /\/manifests\/sha256:/.test(l))).toHaveLength(2); // image + one referrer
  });

  it('never trusts a spoofed artifactType: the entry says SPDX, the manifest is something else', async () => {
    const other = await pushImage(p, 'spoof');
    const readme = await pushArtifact(p, other, 'application/vnd.example.readme', [
      { mediaType: 'text/markdown', content: '# not an sbom' }
    ]);
    const fakeSbom = await pushArtifact(p, other, 'application/spdx+json', [
      { mediaType: 'application/spdx+json', content: '{"name":"no spdxVersion here"}' }
    ]);
    fake.faults.push((req, res) => {
      if (!req.url?.includes('/referrers/')) return false;
      const lie = [readme, fakeSbom].map((d) => ({
        mediaType: d.mediaType,
        digest: d.digest,
        size: d.size,
        artifactType: 'application/spdx+json'
      }));
      res
        .writeHead(200, { 'content-type': OCI_INDEX })
        .end(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: lie }));
      return true;
    });
    const run = await runGate({
      ...base(),
      image: `${fake.host}/api/app@${other.digest}`,
      require: 'spdx'
    });
    expect(run.result?.verdict).toBe('fail');
    const text = messages(run);
    expect(text).toContain(
      'the index entry says artifactType application/spdx+json, the manifest says application/vnd.example.readme'
    );
    expect(text).toContain(
      'its artifactType is application/spdx+json but no layer is a valid spdx document'
    );
    expect(text).toContain('the SPDX document has no spdxVersion');
  });

  it('rejects an attestation whose own in-toto statement is about another digest', async () => {
    const other = await pushImage(p, 'stmt');
    const elsewhere = await pushImage(p, 'elsewhere');
    await pushArtifact(p, other, BUNDLE_TYPE, [
      {
        mediaType: BUNDLE_TYPE,
        content: sigstoreBundle(statement(elsewhere.digest, 'https://slsa.dev/provenance/v1'))
      }
    ]);
    const run = await runGate({
      ...base(),
      image: `${fake.host}/api/app@${other.digest}`,
      require: 'slsa-provenance'
    });
    expect(run.result?.verdict).toBe('fail');
    expect(messages(run)).toContain(
      `the in-toto statement's subject is sha256:${elsewhere.digest.slice(7, 23)}…, expected ${other.digest}`
    );
    expect(run.missing).toEqual([{ type: 'slsa-provenance', subject: other.digest }]);
  });

  it('is an error when a manifest is larger than the 4 MiB bound', async () => {
    fake.faults.push((req, res) => {
      if (!req.url?.includes('/manifests/')) return false;
      res.writeHead(200, {
        'content-type': 'application/vnd.oci.image.manifest.v1+json',
        'content-length': String(5 * 1024 * 1024)
      });
      res.end(Buffer.alloc(5 * 1024 * 1024, 32));
      return true;
    });
    const run = await runGate({ ...base(), require: 'spdx' });
    expect(run.result?.verdict).toBe('error');
    expect(messages(run)).toContain('more than the limit of 4194304');
  });

  it('is an error when the manifest bytes do not match the digest asked for', async () => {
    fake.faults.push((req, res) => {
      if (!req.url?.includes(`/manifests/${img.digest}`)) return false;
      res
        .writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' })
        .end('{"schemaVersion":2,"layers":[]}');
      return true;
    });
    const run = await runGate({ ...base(), require: 'spdx' });
    expect(run.result?.verdict).toBe('error');
    expect(messages(run)).toContain(`digest mismatch: expected ${img.digest}`);
  });

  it('follows a blob redirect to storage on another origin without sending the credentials there', async () => {
    const seenAtStorage: (string | undefined)[] = [];
    fake.faults.push((req, res) => {
      const url = req.url ?? '';
      if (url.startsWith('/storage/')) {
        seenAtStorage.push(req.headers.authorization);
        const blob = fake.blobs.get(url.slice('/storage/'.length).split('?')[0]);
        res
          .writeHead(blob ? 200 : 404, { 'content-type': 'application/octet-stream' })
          .end(blob ?? '');
        return true;
      }
      if (req.headers.authorization !== `Basic ${Buffer.from('ci:s3cret-pw').toString('base64')}`) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="fake"' }).end();
        return true;
      }
      const m = /\/blobs\/(sha256:[a-f0-9]{64})$/.exec(url);
      if (!m) return false;
      // a different origin (localhost vs 127.0.0.1), as S3 or a CDN would be
      res
        .writeHead(307, {
          location: `http://localhost:${fake.host.split(':')[1]}/storage/${m[1]}?X-Amz-Signature=abc`
        })
        .end();
      return true;
    });
    const run = await runGate({
      ...base(),
      require: 'spdx',
      username: 'ci',
      password: 's3cret-pw'
    });
    expect(run.result?.verdict).toBe('pass');
    expect(seenAtStorage).toEqual([undefined]);
    const statuses = run.evidence.requests.map((r) => r.status);
    expect(statuses[0]).toBe(401);
    expect(statuses).toContain(307);
  });

  it('never re-attaches the credentials when a blob redirect chain comes back to the registry', async () => {
    const basic = `Basic ${Buffer.from('ci:s3cret-pw').toString('base64')}`;
    const seen: [string, string | undefined][] = [];
    const port = fake.host.split(':')[1];
    fake.faults.push((req, res) => {
      const url = req.url ?? '';
      if (url.startsWith('/storage/') || url.startsWith('/bounce/')) {
        seen.push([url.split('/')[1], req.headers.authorization]);
        const digest = url.split('/')[2].split('?')[0];
        if (url.startsWith('/storage/'))
          res.writeHead(302, { location: `http://127.0.0.1:${port}/bounce/${digest}` }).end();
        else res.writeHead(200).end(fake.blobs.get(digest) ?? '');
        return true;
      }
      if (req.headers.authorization !== basic) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="fake"' }).end();
        return true;
      }
      const m = /\/blobs\/(sha256:[a-f0-9]{64})$/.exec(url);
      if (!m) return false;
      res.writeHead(307, { location: `http://localhost:${port}/storage/${m[1]}` }).end();
      return true;
    });
    const run = await runGate({
      ...base(),
      require: 'spdx',
      username: 'ci',
      password: 's3cret-pw'
    });
    expect(run.result?.verdict).toBe('pass');
    expect(seen.length).toBeGreaterThan(0);
    // storage on another origin, then back on the registry's own origin: no credentials on either
    expect(new Set(seen.map(([where, auth]) => `${where} ${auth}`))).toEqual(
      new Set(['storage undefined', 'bounce undefined'])
    );
  });

  it('asks a token realm on another host for an anonymous token: the credentials stay with the registry', async () => {
    const atRealm: (string | undefined)[] = [];
    const port = fake.host.split(':')[1];
    fake.faults.push((req, res) => {
      const url = req.url ?? '';
      if (url.startsWith('/token')) {
        atRealm.push(req.headers.authorization);
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ token: 'anonymous-pull-token' }));
        return true;
      }
      if (req.headers.authorization !== 'Bearer anonymous-pull-token') {
        res
          .writeHead(401, {
            'www-authenticate': `Bearer realm="http://localhost:${port}/token",service="fake",scope="repository:api/app:pull"`
          })
          .end();
        return true;
      }
      return false;
    });
    const run = await runGate({
      ...base(),
      require: 'spdx',
      username: 'ci',
      password: 's3cret-pw'
    });
    expect(run.result?.verdict).toBe('pass');
    expect(atRealm).toEqual([undefined]);
    expect(run.stdout).toContain(
      `token realm http://localhost:${port} is not on the registry's host ${fake.host}; asking it for an anonymous token`
    );
    const shown = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(shown).not.toContain('s3cret-pw');
  });
});
