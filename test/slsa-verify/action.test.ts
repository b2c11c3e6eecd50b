/**
 * The bundled action (dist/slsa-verify/index.js) run as the runner runs it, including
 * `fetch: github` against a local HTTP server that answers the GitHub attestations API shapes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schemaProblems } from '../github/openapi.js';
import { runAction } from '../helpers/run-action.js';
import { describeWithShared, SHARED, whenShared } from '../helpers/shared.js';
import { expectValidResult } from '../helpers/result-schema.js';

const V = join(SHARED, 'vectors', 'slsa');
const TARBALL_SHA256 = 'f0c641fce0310cb43208f4272dc1423153630e44ba8cdc0b5ce8466f724e0eed';
const TOKEN = 'ghp_' + 'Z9'.repeat(18);
const BUNDLE = whenShared(
  () => JSON.parse(readFileSync(join(V, 'gh/sigstore@2.1.0.bundle-v0.3.json'), 'utf8')),
  {}
);

let ws: string;
let server: Server;
let api: string;
let mode = 'ok';
const seen: { url: string; auth?: string }[] = [];
let hits = 0;
/** Answers of the local API that do not match GitHub's OpenAPI description (must stay empty). */
const problems: string[] = [];
const ROUTE = '/repos/{owner}/{repo}/attestations/{subject_digest}';
/** Another origin (127.0.0.2) a hostile Link points to; it must never be contacted. */
let foreign: Server;
let foreignUrl: string;
const foreignHits: (string | undefined)[] = [];

function answer(req: IncomingMessage, res: import('node:http').ServerResponse): void {
  const url = decodeURIComponent(req.url ?? '');
  seen.push({ url, auth: req.headers.authorization });
  hits++;
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
    problems.push(...schemaProblems(ROUTE, status, body));
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };
  if (mode === 'hang') return; // never answers
  if (mode === 'error500') return json(500, { message: 'Server Error' });
  if (mode === 'flaky' && hits === 1) return json(502, { message: 'Bad Gateway' });
  if (mode === 'url-only')
    return json(200, {
      attestations: [{ bundle_url: 'https://tmp-bundles.example/x', repository_id: 1 }]
    });
  if (mode === 'foreign-link')
    return json(
      200,
      { attestations: [{ bundle: BUNDLE, repository_id: 495574555 }] },
      { link: `<${foreignUrl}/repos/sigstore/sigstore-js/attestations/x?after=abc>; rel="next"` }
    );
  if (mode === 'garbage') {
    res.writeHead(200, { 'content-type': 'application/json' });
    return void res.end('{"attestations": [');
  }
  const m = /^\/repos\/sigstore\/sigstore-js\/attestations\/sha256:([0-9a-f]{64})\?/.exec(url);
  if (!m || m[1] !== TARBALL_SHA256)
    return json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  json(200, {
    attestations: [
      { bundle: BUNDLE, repository_id: 495574555, bundle_url: 'https://tmp-bundles.example/y' }
    ]
  });
}

beforeAll(async () => {
  ws = mkdtempSync(join(tmpdir(), 'slsa-action-'));
  copyFileSync(join(V, 'tarballs/sigstore-2.1.0.tgz'), join(ws, 'sigstore-2.1.0.tgz'));
  copyFileSync(join(V, 'gh/sigstore@2.1.0.bundle-v0.3.json'), join(ws, 'provenance.json'));
  server = createServer(answer);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  foreign = createServer((req, res) => {
    foreignHits.push(req.headers.authorization);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"attestations":[]}');
  });
  await new Promise<void>((r) => foreign.listen(0, '127.0.0.2', r));
  foreignUrl = `http://127.0.0.2:${(foreign.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const s of [server, foreign]) {
    s.closeAllConnections();
    await new Promise<void>((r) => s.close(() => r()));
  }
  expect(problems).toEqual([]);
});

const base = { 'source-uri': 'github.com/sigstore/sigstore-js', artifact: 'sigstore-2.1.0.tgz' };

describeWithShared('slsa-verify action (dist bundle)', () => {
  it('passes a real bundle, sets the outputs and writes the job summary', async () => {
    const run = await runAction('slsa-verify', {
      workspace: ws,
      inputs: { ...base, bundle: 'provenance.json', 'source-branch': 'main' }
    });
    expect(run.exitCode).toBe(0);
    expectValidResult(run.result);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs['rekor-log-index']).toBe('33351527');
    expect(run.outputs['source-ref']).toBe('refs/heads/main');
    expect(run.outputs['builder-id']).toBe('https://github.com/actions/runner/github-hosted');
    expect(JSON.parse(run.outputs['verified-subjects'])).toEqual([
      {
        name: 'pkg:npm/sigstore@2.1.0',
        digest: expect.stringMatching(/^sha512:90f223f9/),
        artifact: 'sigstore-2.1.0.tgz'
      }
    ]);
    expect(run.summary).toContain('| provenance | policy |');
    expect(run.summary).toContain('https://github.com/sigstore/sigstore-js');
    const policies = readFileSync(join(run.runnerTemp, 'ci-intel', 'policies.ndjson'), 'utf8');
    expect(JSON.parse(policies.trim().split('\n').pop() ?? '{}')).toMatchObject({
      result: 'allow'
    });
  });

  it('fails the step on a policy violation, and only reports it in audit mode', async () => {
    const inputs = { ...base, bundle: 'provenance.json', 'source-tag': 'v2.1.0' };
    const run = await runAction('slsa-verify', { workspace: ws, inputs });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.stdout).toContain(
      "source tag: expected 'refs/tags/v2.1.0', got 'refs/heads/main' (not a tag build)"
    );
    const audit = await runAction('slsa-verify', {
      workspace: ws,
      inputs: { ...inputs, mode: 'audit' }
    });
    expect(audit.exitCode).toBe(0);
    expect(audit.outputs.verdict).toBe('fail');
  });

  it.each([
    [
      'malformed JSON',
      '{"mediaType": ',
      /input 'bundle': .*bad\.json:1: not JSON and not JSON Lines/
    ],
    ['an empty file', '', /the file is empty/],
    ['a JSON array', '[1,2]', /expected a JSON object .* got an array/],
    [
      'an unknown document',
      '{"hello": 1}',
      /not a Sigstore bundle \(no mediaType\).*top-level keys: hello/
    ],
    [
      'a bundle of an unknown version',
      '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.9+json"}',
      /unsupported mediaType/
    ],
    [
      'a bundle without material',
      '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}',
      /cannot be read: .*invalid bundle/
    ]
  ])('errors (fail closed, exit 1) on %s, naming the input', async (_what, text, message) => {
    writeFileSync(join(ws, 'bad.json'), text);
    const run = await runAction('slsa-verify', {
      workspace: ws,
      inputs: { ...base, bundle: 'bad.json' }
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expectValidResult(run.result);
    expect(run.result?.findings[0]).toMatchObject({ rule: 'gate/error' });
    expect((run.result?.findings[0] as unknown as { message: string }).message).toMatch(message);
  });

  it('refuses a huge bundle file before reading it', async () => {
    writeFileSync(join(ws, 'huge.json'), Buffer.alloc(33 * 1024 * 1024, 0x20));
    const run = await runAction('slsa-verify', {
      workspace: ws,
      inputs: { ...base, bundle: 'huge.json' }
    });
    expect(run.outputs.verdict).toBe('error');
    expect(run.stdout).toMatch(
      /input 'bundle': 'huge.json' is \d+ bytes, more than the 32 MiB limit/
    );
  });

  it('errors on missing or contradictory inputs with the input named', async () => {
    const noArtifact = await runAction('slsa-verify', {
      workspace: ws,
      inputs: { 'source-uri': base['source-uri'], bundle: 'provenance.json' }
    });
    expect(noArtifact.result?.findings[0]).toMatchObject({
      rule: 'input/invalid',
      message: expect.stringMatching(/^input 'artifact'/)
    });
    const both = await runAction('slsa-verify', {
      workspace: ws,
      inputs: {
        ...base,
        bundle: 'provenance.json',
        'source-tag': 'v1',
        'source-versioned-tag': 'v1'
      }
    });
    expect(both.result?.findings[0].rule).toBe('input/invalid');
    const badDigest = await runAction('slsa-verify', {
      workspace: ws,
      inputs: { ...base, artifact: '', 'artifact-digest': 'sha256:abc', bundle: 'provenance.json' }
    });
    expect(badDigest.stdout).toContain(
      "input 'artifact-digest': 'sha256:abc' is not sha256:<64 hex digits>"
    );
    const badRoot = await runAction('slsa-verify', {
      workspace: ws,
      inputs: { ...base, bundle: 'provenance.json', 'trusted-root': 'sigstore-2.1.0.tgz' }
    });
    expect(badRoot.stdout).toContain(
      "input 'trusted-root': sigstore-2.1.0.tgz:1: not JSON and not JSON Lines"
    );
    // The binary content it failed on is not echoed into the log.
    const controls = [...badRoot.stdout].filter(
      (ch) => ch !== '\n' && (ch < ' ' || ch === '\ufffd')
    );
    expect(controls).toEqual([]);
    const missing = await runAction('slsa-verify', {
      workspace: ws,
      inputs: { ...base, artifact: 'nope.tgz', bundle: 'provenance.json' }
    });
    expect(missing.stdout).toContain("input 'artifact': 'nope.tgz' cannot be read (ENOENT)");
    const folder = await runAction('slsa-verify', {
      workspace: ws,
      inputs: { ...base, artifact: '.', bundle: 'provenance.json' }
    });
    expect(folder.stdout).toContain("input 'artifact': '.' is not a regular file");
    const noBundle = await runAction('slsa-verify', { workspace: ws, inputs: base });
    expect(noBundle.stdout).toContain("input 'bundle': is required unless fetch: github");
    for (const r of [noArtifact, both, badDigest, badRoot, missing, folder, noBundle]) {
      expect(r.exitCode).toBe(1);
      expect(r.outputs.verdict).toBe('error');
    }
  });

  describe('fetch: github against a local attestations API', () => {
    const fetchRun = (inputs: Record<string, string> = {}) =>
      runAction('slsa-verify', {
        workspace: ws,
        inputs: { ...base, fetch: 'github', 'github-token': TOKEN, ...inputs },
        env: { GITHUB_API_URL: api }
      });

    it('fetches the attestations for the artifact digest and verifies them; the token stays secret', async () => {
      mode = 'ok';
      seen.length = 0;
      const run = await fetchRun();
      expect(run.exitCode).toBe(0);
      expect(run.outputs.verdict).toBe('pass');
      expect(seen[0].url).toMatch(
        new RegExp(`^/repos/sigstore/sigstore-js/attestations/sha256:${TARBALL_SHA256}\\?`)
      );
      expect(seen[0].auth).toBe(`token ${TOKEN}`);
      // The one place the token may appear is the runner's own masking command.
      expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
      const log = run.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
      const everything =
        log +
        run.stderr +
        run.summary +
        JSON.stringify(run.outputs) +
        readFileSync(run.outputs['result-file'], 'utf8');
      expect(everything).not.toContain(TOKEN);
      expect((run.result?.evidence as { source: { kind: string } }).source.kind).toBe('github');
    });

    it('retries a 502 and then succeeds', async () => {
      mode = 'flaky';
      hits = 0;
      const run = await fetchRun();
      expect(hits).toBe(2);
      expect(run.outputs.verdict).toBe('pass');
    });

    it.each([
      ['error500', /GitHub attestations API failed with 500 .* after retries/],
      ['url-only', /no inline 'bundle' \(only a bundle_url/],
      ['garbage', /input 'fetch'/]
    ])('errors clearly when the API answers %s', async (m, message) => {
      mode = m;
      const run = await fetchRun();
      expect(run.exitCode).toBe(1);
      expect(run.outputs.verdict).toBe('error');
      expect((run.result?.findings[0] as unknown as { message: string }).message).toMatch(message);
    });

    it('refuses a Link rel="next" to another origin; that origin never sees a request', async () => {
      mode = 'foreign-link';
      const run = await fetchRun();
      expect(run.exitCode).toBe(1);
      expect(run.outputs.verdict).toBe('error');
      expect((run.result?.findings[0] as unknown as { message: string }).message).toContain(
        `Link rel="next" points to another origin (${foreignUrl}, not ${api}); refusing to follow it`
      );
      expect(foreignHits).toEqual([]);
    });

    it('reports 404 as no attestation for the digest', async () => {
      mode = 'ok';
      const run = await fetchRun({ 'source-uri': 'github.com/sigstore/other' });
      expect(run.outputs.verdict).toBe('error');
      expect(run.stdout).toMatch(
        /GitHub has no attestation for sha256:f0c641fc\w+ in sigstore\/other \(404/
      );
    });

    it('gives up on a server that hangs, within the timeout and retries', async () => {
      mode = 'hang';
      const t0 = Date.now();
      const run = await fetchRun({ timeout: '1s' });
      expect(run.outputs.verdict).toBe('error');
      expect(run.stdout).toMatch(/did not answer within 1000 ms|failed/);
      expect(Date.now() - t0).toBeLessThan(20_000);
    }, 30_000);
  });
});
