/**
 * Each hardened defect class through the public entries: the bundled actions (dist/<gate>, run
 * as the runner runs them) and the CLI (dist/cli). Files: FIFOs, devices, directories and
 * symlinks to them as bundle, trusted root, artifact, evidence and OCI-layout blob. JSON with
 * duplicate keys. Numeric ranges. An ambiguous OCI tag. Artifact globs. Nothing to check.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DENIED } from '../../src/egress/defaults.js';
import { runAction, runCli, SHARED } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { LayoutStore, pushImage, spdxArtifact } from '../referrer-presence/helpers/fixtures.js';

const V = join(SHARED, 'vectors', 'slsa');
const SLSA = { 'source-uri': 'github.com/sigstore/sigstore-js', 'source-branch': 'main' };
let ws: string;

interface Result {
  verdict: string;
  mode: string;
  summary: string;
  findings: { rule: string; message: string; file?: string; line?: number; help?: string }[];
}

beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'hardening-e2e-'));
  mkdirSync(join(ws, 'release', 'npm'), { recursive: true });
  mkdirSync(join(ws, 'release', 'empty-dir'), { recursive: true });
  copyFileSync(
    join(V, 'tarballs/sigstore-2.1.0.tgz'),
    join(ws, 'release', 'npm', 'sigstore-2.1.0.tgz')
  );
  writeFileSync(join(ws, 'release', 'notes.txt'), 'release notes\n');
  copyFileSync(join(V, 'gh/sigstore@2.1.0.bundle-v0.3.json'), join(ws, 'provenance.json'));
  execFileSync('mkfifo', [join(ws, 'fifo')]);
  symlinkSync('/dev/zero', join(ws, 'zero'));
  symlinkSync(join(ws, 'fifo'), join(ws, 'to-fifo'));
  mkdirSync(join(ws, 'a-dir'));
  // A real bundle with its mediaType written twice: JSON.parse would keep the last one.
  const bundle = readFileSync(join(ws, 'provenance.json'), 'utf8').trim();
  writeFileSync(
    join(ws, 'dup-bundle.json'),
    bundle.replace(/^\{/, '{"mediaType":"application/vnd.dev.sigstore.bundle+json;version=0.1",')
  );
  writeFileSync(join(ws, 'dup-root.json'), '{"mediaType":"a","mediaType":"b"}');
});

afterAll(() => rmSync(ws, { recursive: true, force: true }));

async function action(gate: string, inputs: Record<string, string>) {
  const run = await runAction(gate, { workspace: ws, inputs, timeoutMs: 30_000 });
  expect(run.stderr).not.toContain('internal error');
  expectValidResult(run.result);
  return run;
}

async function cli(gate: string, inputs: Record<string, string>) {
  const args = [gate, '--workspace', ws, '--format', 'json'];
  for (const [k, v] of Object.entries(inputs)) args.push(`--${k}`, v);
  const run = await runCli(args, { cwd: ws, timeoutMs: 30_000 });
  const result = JSON.parse(run.stdout) as Result;
  expectValidResult(result);
  return { ...run, result };
}

/** Both entries give the same error finding. */
async function expectErrorBoth(
  gate: string,
  inputs: Record<string, string>,
  expected: { rule: string; message: string | RegExp; file?: string }
): Promise<void> {
  const a = await action(gate, inputs);
  expect(a.exitCode).toBe(1);
  expect(a.outputs.verdict).toBe('error');
  const c = await cli(gate, inputs);
  expect(c.exitCode).toBe(2);
  for (const r of [a.result as unknown as Result, c.result]) {
    expect(r.verdict).toBe('error');
    const f = r.findings[0];
    expect(f.rule).toBe(expected.rule);
    if (typeof expected.message === 'string') expect(f.message).toBe(expected.message);
    else expect(f.message).toMatch(expected.message);
    if (expected.file) expect(f.file).toBe(expected.file);
  }
}

describe('file inputs are regular files, read with a limit (action and CLI)', () => {
  it.each([
    ['fifo', 'a FIFO (named pipe)'],
    ['to-fifo', 'a FIFO (named pipe)'],
    ['zero', 'a character device'],
    ['a-dir', 'a directory']
  ])('slsa-verify bundle: %s', async (name, kind) => {
    await expectErrorBoth(
      'slsa-verify',
      { ...SLSA, artifact: 'release/npm/sigstore-2.1.0.tgz', bundle: name },
      {
        rule: 'input/unreadable-file',
        message: `input 'bundle': ${name} is ${kind}, not a regular file`,
        file: name
      }
    );
  });

  it('slsa-verify trusted-root and artifact: a device is refused, not read forever', async () => {
    await expectErrorBoth(
      'slsa-verify',
      {
        ...SLSA,
        artifact: 'release/npm/sigstore-2.1.0.tgz',
        bundle: 'provenance.json',
        'trusted-root': 'zero'
      },
      {
        rule: 'input/unreadable-file',
        message: "input 'trusted-root': zero is a character device, not a regular file"
      }
    );
    await expectErrorBoth(
      'slsa-verify',
      { ...SLSA, artifact: 'to-fifo', bundle: 'provenance.json' },
      {
        rule: 'input/unreadable-file',
        message: "input 'artifact': to-fifo is a FIFO (named pipe), not a regular file"
      }
    );
  });

  it('dr-freshness evidence: FIFO and /dev/zero', async () => {
    for (const [name, kind] of [
      ['to-fifo', 'a FIFO (named pipe)'],
      ['zero', 'a character device']
    ]) {
      await expectErrorBoth(
        'dr-freshness',
        { evidence: name },
        {
          rule: 'input/unreadable-file',
          message: `input 'evidence': ${name} is ${kind}, not a regular file`,
          file: name
        }
      );
    }
  });

  it('referrer-presence oci-layout: a blob that is a FIFO is refused, not waited on', async () => {
    const dir = join(ws, 'layout-fifo');
    const s = new LayoutStore(dir);
    const img = await pushImage(s, 'fifo-blob', 'v1');
    const blob = join(dir, 'blobs', 'sha256', img.digest.slice(7));
    unlinkSync(blob);
    execFileSync('mkfifo', [blob]);
    await expectErrorBoth(
      'referrer-presence',
      { 'oci-layout': 'layout-fifo', image: 'v1', require: 'spdx' },
      {
        rule: 'input/unreadable-file',
        message: `input 'oci-layout': blob ${img.digest} layout-fifo/blobs/sha256/${img.digest.slice(7)} is a FIFO (named pipe), not a regular file`
      }
    );
  });
});

describe('duplicate JSON keys are refused, naming the key (action and CLI)', () => {
  it('dr-freshness evidence: "result":"fail","result":"pass"', async () => {
    writeFileSync(
      join(ws, 'dup-evidence.json'),
      '{"drill":{"last_success_rfc3339":"2026-11-30T03:00:00Z","type":"restore","rpo_s":1,"rto_s":1,"result":"fail","result":"pass"}}'
    );
    await expectErrorBoth(
      'dr-freshness',
      { evidence: 'dup-evidence.json', now: '2026-12-01T00:00:00Z' },
      {
        rule: 'dr/evidence-invalid',
        message:
          'evidence: dup-evidence.json: duplicate key "result" at /drill/result (line 1); a document with duplicate keys means different things to different readers and is refused'
      }
    );
  });

  it('slsa-verify bundle and trusted root', async () => {
    await expectErrorBoth(
      'slsa-verify',
      { ...SLSA, artifact: 'release/npm/sigstore-2.1.0.tgz', bundle: 'dup-bundle.json' },
      {
        rule: 'gate/error',
        message: /^input 'bundle': dup-bundle.json: duplicate key "mediaType" at \/mediaType/
      }
    );
    await expectErrorBoth(
      'slsa-verify',
      {
        ...SLSA,
        artifact: 'release/npm/sigstore-2.1.0.tgz',
        bundle: 'provenance.json',
        'trusted-root': 'dup-root.json'
      },
      {
        rule: 'input/invalid',
        message: /^input 'trusted-root': dup-root.json: duplicate key "mediaType"/
      }
    );
  });

  it('referrer-presence: an OCI layout index.json and a manifest with a repeated key', async () => {
    const dir = join(ws, 'layout-dup');
    const s = new LayoutStore(dir);
    const img = await pushImage(s, 'dup', 'v1');
    await spdxArtifact(s, img);
    const index = readFileSync(join(dir, 'index.json'), 'utf8');
    writeFileSync(join(dir, 'index.json'), index.replace(/^\{/, '{"manifests":[],'));
    await expectErrorBoth(
      'referrer-presence',
      { 'oci-layout': 'layout-dup', image: 'v1', require: 'spdx' },
      { rule: 'gate/error', message: /index\.json: duplicate key "manifests" at \/manifests/ }
    );
    const dir2 = join(ws, 'layout-dup-manifest');
    const s2 = new LayoutStore(dir2);
    const img2 = await pushImage(s2, 'dup-manifest');
    const m = readFileSync(join(dir2, 'blobs', 'sha256', img2.digest.slice(7)), 'utf8');
    await s2.manifest(m.replace(/^\{/, '{"layers":[],'), 'v2');
    await expectErrorBoth(
      'referrer-presence',
      { 'oci-layout': 'layout-dup-manifest', image: 'v2', require: 'spdx' },
      { rule: 'gate/error', message: /duplicate key "layers" at \/layers/ }
    );
  });
});

describe('OCI layout tags', () => {
  it('a ref.name naming two manifests is an error, not the first one', async () => {
    const dir = join(ws, 'layout-ambiguous');
    const s = new LayoutStore(dir);
    const a = await pushImage(s, 'one', 'v1');
    await spdxArtifact(s, a);
    const b = await pushImage(s, 'two', 'v1');
    await expectErrorBoth(
      'referrer-presence',
      { 'oci-layout': 'layout-ambiguous', image: 'v1', require: 'spdx' },
      {
        rule: 'gate/error',
        message: new RegExp(
          `the tag 'v1' \\(org.opencontainers.image.ref.name\\) names 2 different manifests: ${a.digest}, ${b.digest}`
        )
      }
    );
  });
});

describe('numeric inputs have ranges (action and CLI)', () => {
  it.each(['-5', '0.001', '3000000000'])('egress-check timeout-ms %s', async (value) => {
    await expectErrorBoth(
      'egress-check',
      { 'timeout-ms': value },
      {
        rule: 'input/invalid',
        message: `input 'timeout-ms': '${value}' is out of range; allowed: 100 to 60000, a whole number`
      }
    );
  });

  it('durations and counts of the other gates', async () => {
    await expectErrorBoth(
      'dr-freshness',
      { evidence: 'x.json', 'max-age': '0s' },
      {
        rule: 'input/invalid',
        message: "input 'max-age': '0s' is out of range; allowed: 1m to 366d"
      }
    );
    await expectErrorBoth(
      'slsa-verify',
      { ...SLSA, artifact: 'release/npm/sigstore-2.1.0.tgz', fetch: 'github', timeout: '100d' },
      {
        rule: 'input/invalid',
        message: "input 'timeout': '100d' is out of range; allowed: 1s to 10m"
      }
    );
    await expectErrorBoth(
      'referrer-presence',
      { image: 'v1', 'oci-layout': 'layout-fifo', 'timeout-seconds': '0' },
      {
        rule: 'input/invalid',
        message: "input 'timeout-seconds': '0' is out of range; allowed: 1 to 3600"
      }
    );
  });
});

describe('slsa-verify artifact globs (action and CLI)', () => {
  it('verifies what release/**/* matches, minus the ! excludes, in path order', async () => {
    const inputs = {
      ...SLSA,
      bundle: 'provenance.json',
      artifact: 'release/**/*\n!release/*.txt'
    };
    const a = await action('slsa-verify', inputs);
    expect(a.exitCode).toBe(0);
    expect(a.outputs.verdict).toBe('pass');
    expect(JSON.parse(a.outputs['verified-subjects'])).toEqual([
      expect.objectContaining({ artifact: 'release/npm/sigstore-2.1.0.tgz' })
    ]);
    const c = await cli('slsa-verify', inputs);
    expect(c.exitCode).toBe(0);
    expect(c.result.verdict).toBe('pass');
  });

  it('a file the provenance does not cover, matched by the glob, fails the gate', async () => {
    const a = await action('slsa-verify', {
      ...SLSA,
      bundle: 'provenance.json',
      artifact: 'release/**/*'
    });
    expect(a.outputs.verdict).toBe('fail');
    expect(a.result?.findings.map((f) => f.rule)).toContain('slsa/subject');
  });

  it('a pattern that matches nothing is an error naming the pattern and the workspace', async () => {
    await expectErrorBoth(
      'slsa-verify',
      { ...SLSA, bundle: 'provenance.json', artifact: 'release/npm/*.tgz\nrelease/**/*.zip' },
      {
        rule: 'input/invalid',
        message: `input 'artifact': 'release/**/*.zip' matches no file under ${ws}; check the pattern and that the artifacts were downloaded to that path`
      }
    );
    await expectErrorBoth(
      'slsa-verify',
      { ...SLSA, bundle: 'provenance.json', artifact: 'release/**/*\n!release/**' },
      { rule: 'input/invalid', message: /'release\/\*\*\/\*' matches only excluded files/ }
    );
  });
});

describe('nothing to check is never a pass', () => {
  it('egress-check: an allowlist covering every denied probe proves nothing', async () => {
    await expectErrorBoth(
      'egress-check',
      { 'allowed-endpoints': DEFAULT_DENIED.join('\n') },
      {
        rule: 'gate/error',
        message: /^no denied destination to probe: allowed-endpoints covers every default one/
      }
    );
  });

  it('referrer-presence: an image index with no platform manifests', async () => {
    const dir = join(ws, 'layout-empty-index');
    const s = new LayoutStore(dir);
    await s.manifest(
      { schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [] },
      'v1'
    );
    await expectErrorBoth(
      'referrer-presence',
      { 'oci-layout': 'layout-empty-index', image: 'v1', require: 'spdx' },
      { rule: 'gate/error', message: /lists no platform manifests, so there is no image to check/ }
    );
  });
});

describe('egress-check reads its policy state like any other input document', () => {
  it.each([
    ['duplicate keys', 'dup', /duplicate key "schema" at \/schema/],
    [
      'a FIFO',
      'fifo',
      /the egress policy state .*state\.json is a FIFO \(named pipe\), not a regular file/
    ]
  ])('report on a state file with %s is an error, action and CLI', async (_what, kind, message) => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'hardening-egress-'));
    const dir = join(runnerTemp, 'ci-intel', 'egress-check');
    mkdirSync(dir, { recursive: true });
    const state = join(dir, 'state.json');
    if (kind === 'fifo') execFileSync('mkfifo', [state]);
    else writeFileSync(state, '{"schema":"other","schema":"ci-intel.egress-state.v1"}');
    const a = await runAction('egress-check', {
      workspace: ws,
      runnerTemp,
      inputs: { operation: 'report' },
      timeoutMs: 30_000
    });
    expectValidResult(a.result);
    expect(a.exitCode).toBe(1);
    expect(a.outputs.verdict).toBe('error');
    const c = await runCli(['egress-check', '--operation', 'report', '--format', 'json'], {
      cwd: ws,
      env: { RUNNER_TEMP: runnerTemp },
      timeoutMs: 30_000
    });
    expect(c.exitCode).toBe(2);
    for (const r of [a.result as unknown as Result, JSON.parse(c.stdout) as Result]) {
      expect(r.verdict).toBe('error');
      expect(r.findings[0].message).toMatch(message);
    }
    rmSync(runnerTemp, { recursive: true, force: true });
  });
});

describe('a file the step promises but cannot write fails the step, never a crash', () => {
  /** A workflow with one unpinned step: pr-target-ban passes it, so only the file can fail. */
  function oneWorkflow(): string {
    const dir = mkdtempSync(join(tmpdir(), 'unwritable-ws-'));
    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(
      join(dir, '.github', 'workflows', 'ci.yml'),
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n'
    );
    return dir;
  }

  it('RUNNER_TEMP whose run folder is a file: verdict output, the reason, the fix', async () => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'unwritable-temp-'));
    writeFileSync(join(runnerTemp, 'ci-intel'), 'not a folder\n');
    const run = await runAction('pr-target-ban', { workspace: oneWorkflow(), runnerTemp });
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs['result-file']).toBeUndefined();
    expect(run.stdout).toMatch(
      /::error::pr-target-ban pass, but files it promises were not written: the result file could not be written under \S+ci-intel \(E[A-Z]+: [^)]*\): give the step a writable RUNNER_TEMP; the policy record/
    );
    // The verdict and its summary are still reported.
    expect(run.summary).toMatch(/pr-target-ban/);
  });

  it('sarif-file naming a folder: the input, the reason, the fix; the result file is written', async () => {
    const ws = oneWorkflow();
    mkdirSync(join(ws, 'out.sarif'));
    const run = await runAction('pr-target-ban', {
      workspace: ws,
      inputs: { 'sarif-file': 'out.sarif' }
    });
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.result?.verdict).toBe('pass');
    expect(run.outputs['sarif-file']).toBeUndefined();
    expect(run.stdout).toMatch(
      /::error::pr-target-ban pass, but a file it promises was not written: input 'sarif-file': out\.sarif could not be written \(EISDIR[^)]*\): name a writable file path under the workspace/
    );
  });
});
