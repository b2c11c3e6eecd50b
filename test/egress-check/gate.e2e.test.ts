/** egress-check through its public entries (bundle and CLI) on 127.0.0.1: verdicts, outputs, bad input. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT, runAction, runCli, stagedFor } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { isRoot } from './netns.js';

let server: Server;
let open = 0;
let closed = 0;

beforeAll(async () => {
  server = createServer((s) => s.end()).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  open = (server.address() as { port: number }).port;
  const tmp = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => tmp.once('listening', r));
  closed = (tmp.address() as { port: number }).port;
  await new Promise((r) => tmp.close(r));
});
afterAll(() => {
  server.close();
});

describe('operation probe (no privileges)', () => {
  test('pass: the allowed destination connects, the denied one is refused; outputs and summary table', async () => {
    const run = await runAction('egress-check', {
      inputs: { 'allowed-endpoints': `127.0.0.1:${open}`, 'probe-denied': `127.0.0.1:${closed}` }
    });
    expectValidResult(run.result);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      verdict: 'pass',
      'reachable-denied': '[]',
      'unreachable-allowed': '[]',
      'policy-installed': 'false'
    });
    expect(run.summary).toContain(`| \`127.0.0.1:${closed}\` | blocked | ✅ refused |`);
    expect(run.summary).toContain(`| \`127.0.0.1:${open}\` | reachable | ✅ connected |`);
    expect(run.state['state-file']).toBeUndefined();
  });

  test('fail: a denied destination that answers and an allowed one that does not are both named', async () => {
    const run = await runAction('egress-check', {
      inputs: { 'allowed-endpoints': `127.0.0.1:${closed}`, 'probe-denied': `127.0.0.1:${open}` }
    });
    expectValidResult(run.result);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(JSON.parse(run.outputs['reachable-denied'])).toEqual([`127.0.0.1:${open}`]);
    expect(JSON.parse(run.outputs['unreachable-allowed'])).toEqual([`127.0.0.1:${closed}`]);
    const messages = run
      .result!.findings.map((f) => (f as unknown as { message: string }).message)
      .join('\n');
    expect(messages).toContain(`probe-denied 127.0.0.1:${open}: expected no connection`);
    expect(messages).toContain(
      `probe-allowed 127.0.0.1:${closed}: expected connected; actual: refused`
    );
  });

  test('mode audit reports the same failure without failing the step', async () => {
    const run = await runAction('egress-check', {
      inputs: {
        'allowed-endpoints': `127.0.0.1:${open}`,
        'probe-denied': `127.0.0.1:${open}x`,
        mode: 'audit'
      }
    });
    expect(run.outputs.verdict).toBe('error');
    expect(run.exitCode).toBe(0);
    const ok = await runAction('egress-check', {
      inputs: {
        'allowed-endpoints': `127.0.0.1:${closed}`,
        'probe-denied': `127.0.0.1:${open}`,
        mode: 'audit'
      }
    });
    expect(ok.outputs.verdict).toBe('fail');
    expect(ok.exitCode).toBe(0);
  });

  test('CLI: same gate, same verdicts, JSON result', async () => {
    const pass = await runCli([
      'egress-check',
      '--allowed-endpoints',
      `127.0.0.1:${open}`,
      '--probe-denied',
      `127.0.0.1:${closed}`,
      '--format',
      'json'
    ]);
    expect(pass.exitCode).toBe(0);
    const result = JSON.parse(pass.stdout);
    expectValidResult(result);
    expect(result.verdict).toBe('pass');
    const fail = await runCli([
      'egress-check',
      '--allowed-endpoints',
      `127.0.0.1:${closed}`,
      '--probe-denied',
      `127.0.0.1:${open}`
    ]);
    expect(fail.exitCode).toBe(1);
    expect(fail.stdout).toContain('FAIL egress-check');
  });
});

describe('bad input fails closed with the input named', () => {
  test.each([
    [
      { 'allowed-endpoints': 'https://github.com' },
      /input 'allowed-endpoints': 'https:\/\/github.com': write host:port, not a URL/
    ],
    [{ 'allowed-endpoints': 'github.com:70000' }, /input 'allowed-endpoints': .*outside 1-65535/],
    [
      { 'allowed-endpoints': '127.0.0.1:80', 'probe-denied': '127.0.0.1:80' },
      /input 'probe-denied': '127.0.0.1:80' is also allowed by allowed-endpoints/
    ],
    [
      { 'allowed-endpoints': '127.0.0.1:80', 'probe-allowed': '127.0.0.2:80' },
      /input 'probe-allowed': '127.0.0.2:80' is not covered by allowed-endpoints/
    ],
    [{ 'probe-denied': '*.example.com:443' }, /not a wildcard/],
    [
      { operation: 'block' },
      /input 'operation': 'block' is not one of: probe, audit, enforce, report/
    ],
    [{ 'timeout-ms': 'soon' }, /input 'timeout-ms': 'soon' is not a number/]
  ])('%j', async (inputs, message) => {
    const run = await runAction('egress-check', {
      inputs: { 'probe-denied': '127.0.0.1:1', ...inputs }
    });
    expectValidResult(run.result);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(run.result!.findings[0]).toMatchObject({
      rule: 'input/invalid',
      message: expect.stringMatching(message)
    });
  });

  test('report without an installed policy: error that says what to run first', async () => {
    const run = await runAction('egress-check', { inputs: { operation: 'report' } });
    expectValidResult(run.result);
    expect(run.exitCode).toBe(1);
    expect(run.result!.findings[0]).toMatchObject({
      rule: 'gate/error',
      message: expect.stringMatching(/no egress policy state at .*state.json/)
    });
  });

  test('post step after a probe-only main step: nothing to re-check, no failure', async () => {
    const run = await runAction('egress-check', {
      entry: 'egress-check-post/index.js',
      inputs: {}
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('nothing to re-check');
  });
});

(isRoot ? test : test.skip)(
  'enforce without privileges: a clear error, nothing installed (in a throwaway namespace)',
  () => {
    const ns = `cie-${process.pid}-nopriv`;
    const temp = mkdtempSync(join(tmpdir(), 'cie-nopriv-'));
    chmodSync(temp, 0o777);
    // uid 65534 runs the CLI: a world-readable copy when the checkout is not reachable (/root).
    const staged = stagedFor(65534, 'cli');
    spawnSync('ip', ['netns', 'add', ns]);
    try {
      const r = spawnSync(
        'ip',
        [
          'netns',
          'exec',
          ns,
          'setpriv',
          '--reuid=65534',
          '--regid=65534',
          '--clear-groups',
          '--inh-caps=-all',
          '--bounding-set=-all',
          staged?.node ?? process.execPath,
          join(staged?.root ?? REPO_ROOT, 'dist', 'cli', 'index.js'),
          'egress-check',
          '--operation',
          'enforce',
          '--allowed-endpoints',
          '127.0.0.1:80',
          '--probe-denied',
          '127.0.0.1:81',
          '--dns-upstream',
          '127.0.0.9',
          '--format',
          'json'
        ],
        { encoding: 'utf8', env: { PATH: process.env.PATH, RUNNER_TEMP: temp } }
      );
      expect(r.status).toBe(2);
      const result = JSON.parse(r.stdout);
      expectValidResult(result);
      expect(result.findings[0].message).toMatch(
        /could not install the egress policy: nft -f - failed/
      );
      expect(result.findings[0].help).toMatch(/root or passwordless sudo|Install nftables/);
      expect(
        spawnSync('ip', ['netns', 'exec', ns, 'nft', 'list', 'ruleset'], {
          encoding: 'utf8'
        }).stdout.trim()
      ).toBe('');
    } finally {
      spawnSync('ip', ['netns', 'del', ns]);
      rmSync(temp, { recursive: true, force: true });
    }
  }
);
