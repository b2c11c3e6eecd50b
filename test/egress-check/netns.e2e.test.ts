/**
 * egress-check end to end, in network namespaces the test creates (root only; CI runs as root).
 * The bundles run inside the "runner" namespace exactly as the runner runs them on a host.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runAction, type ActionRun } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import {
  ADDR,
  createTopology,
  destroyTopology,
  dnsLogText,
  dnsQuery,
  haveTools,
  inNs,
  isRoot,
  type Topology
} from './netns.js';

const missing = isRoot ? haveTools() : 'not root';
const d = missing ? describe.skip : describe;
if (missing) {
  console.warn(
    `egress-check netns tests SKIPPED: ${missing} (they need root, ip, nft, dnsmasq, openssl and setpriv; CI runs them)`
  );
}

const WRAP = '../test/egress-check/fixtures/in-netns.mjs';
const ALLOW = 'allowed.test:80 allowed.test:443 api.allowed.test:80';
// Denied: a name off the list, literal IPv4/IPv6 of the forbidden host, a wrong port on the allowed
// host (by name and by address), and the upstream DNS server itself over TCP.
const DENIED = `evil.test:80 ${ADDR.evil}:80 ${ADDR.evil}:443 [${ADDR.evil6}]:80 allowed.test:8081 ${ADDR.allowed}:8081 [${ADDR.allowed6}]:80 ${ADDR.dns}:53`;

type Probe = {
  target: string;
  outcome: string;
  ok: boolean;
  expect: string;
  addresses: { address: string; outcome: string }[];
};
const probesOf = (run: ActionRun): Probe[] => (run.result?.evidence as { probes: Probe[] }).probes;
const outcome = (run: ActionRun, target: string): string | undefined =>
  probesOf(run).find((p) => p.target === target)?.outcome;

function gate(
  _t: Topology,
  ns: string,
  inputs: Record<string, string>,
  extra: { entry?: string; runnerTemp?: string; state?: Record<string, string> } = {}
): Promise<ActionRun> {
  return runAction('egress-check', {
    inputs: { 'allow-runner-endpoints': 'false', 'timeout-ms': '1500', ...inputs },
    env: { CIE_NETNS: ns, CIE_ENTRY: extra.entry ?? 'egress-check/index.js' },
    entry: WRAP,
    runnerTemp: extra.runnerTemp,
    state: extra.state,
    timeoutMs: 30_000
  });
}

function cliEnv(
  ns: string,
  args: string[],
  env: Record<string, string>
): { status: number; result: { verdict: string; evidence: { probes: Probe[] } } } {
  const r = inNs(ns, [
    'env',
    ...Object.entries(env).map(([k, v]) => `${k}=${v}`),
    process.execPath,
    join(REPO_ROOT, 'dist', 'cli', 'index.js'),
    'egress-check',
    '--format',
    'json',
    ...args
  ]);
  return { status: r.status, result: JSON.parse(r.stdout) };
}

function cli(
  ns: string,
  args: string[]
): { status: number; result: { verdict: string; evidence: { probes: Probe[] } } } {
  const r = inNs(ns, [
    process.execPath,
    join(REPO_ROOT, 'dist', 'cli', 'index.js'),
    'egress-check',
    '--format',
    'json',
    '--timeout-ms',
    '1500',
    ...args
  ]);
  return { status: r.status, result: JSON.parse(r.stdout) };
}

/** Plain TCP connect from a namespace: 'connected' or the errno. */
function connectFrom(ns: string, host: string, port: number): string {
  const code = `const s=require('net').connect({host:'${host}',port:${port}});s.setTimeout(1500,()=>{console.log('timeout');process.exit()});s.on('connect',()=>{console.log('connected');process.exit()});s.on('error',e=>{console.log(e.code);process.exit()})`;
  return inNs(ns, [process.execPath, '-e', code]).stdout.trim();
}

d('egress-check in network namespaces', () => {
  let t: Topology;
  beforeAll(async () => {
    t = await createTopology();
  }, 60_000);
  afterAll(() => destroyTopology(t));

  test('probe fails on an open namespace (runner and container) and names what answered', async () => {
    const run = await gate(t, t.ns.runner, {
      operation: 'probe',
      'allowed-endpoints': ALLOW,
      'probe-denied': DENIED
    });
    expectValidResult(run.result);
    expect(run.exitCode).not.toBe(0);
    expect(run.outputs.verdict).toBe('fail');
    const reachable = JSON.parse(run.outputs['reachable-denied']) as string[];
    expect(reachable).toEqual(
      expect.arrayContaining([
        'evil.test:80',
        `${ADDR.evil}:80`,
        `[${ADDR.evil6}]:80`,
        'allowed.test:8081',
        `${ADDR.dns}:53`
      ])
    );
    expect(JSON.parse(run.outputs['unreachable-allowed'])).toEqual([]);
    expect(run.outputs['policy-installed']).toBe('false');
    expect(run.summary).toContain('| `evil.test:80` | blocked | ❌ connected');
    const f = run.result!.findings.find((x) => x.rule === 'egress/denied-reachable') as unknown as {
      message: string;
    };
    expect(f.message).toMatch(/expected no connection .* actual: connected to/);

    const ctr = cli(t.ns.ctr, [
      '--probe-denied',
      `${ADDR.evil}:80`,
      '--probe-allowed',
      `${ADDR.allowed}:80`,
      '--allowed-endpoints',
      `${ADDR.allowed}:80`
    ]);
    expect(ctr.status).toBe(1);
    expect(ctr.result.verdict).toBe('fail');
  });

  let stateFile = '';
  let runnerTemp = '';
  test('enforce locks the namespace: names off the list, literal IPs, wrong ports, IPv6 and direct DNS are blocked', async () => {
    const run = await gate(t, t.ns.runner, {
      operation: 'enforce',
      'allowed-endpoints': ALLOW,
      'probe-denied': DENIED,
      'dns-upstream': ADDR.dns,
      'dns-listen': `127.0.0.1\n${ADDR.runnerToCtr}`
    });
    expectValidResult(run.result);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.exitCode).toBe(0);
    expect(run.outputs['policy-installed']).toBe('true');
    expect(JSON.parse(run.outputs['reachable-denied'])).toEqual([]);
    // a name off the list is refused at DNS; literal addresses get the policy's counted reset
    expect(outcome(run, 'evil.test:80')).toBe('dns-refused');
    expect(outcome(run, `${ADDR.evil}:80`)).toBe('prohibited');
    expect(outcome(run, `[${ADDR.evil6}]:80`)).toBe('prohibited');
    expect(outcome(run, `${ADDR.allowed}:8081`)).toBe('prohibited');
    expect(outcome(run, `${ADDR.dns}:53`)).toBe('prohibited');
    expect(outcome(run, 'allowed.test:443')).toBe('connected');
    // the exact ruleset is the evidence, and it is default-deny on output and forward
    const ruleset = (run.result!.evidence as { ruleset: string }).ruleset;
    expect(ruleset).toMatch(/hook output priority filter; policy drop;/);
    expect(ruleset).toMatch(/hook forward priority filter; policy drop;/);
    expect(ruleset).toContain(`meta skuid 64317 ip daddr ${ADDR.dns}`);
    expect(run.summary).toContain('nftables ruleset installed');
    stateFile = run.state['state-file'];
    runnerTemp = run.runnerTemp;
    expect(stateFile).toContain('state.json');
    // the whole run stays around one probe timeout
    expect(run.result!.durationMs).toBeLessThan(6000);
  }, 40_000);

  test('after enforce: DNS exfiltration and direct upstream queries are blocked; allowed names work (v4 only)', () => {
    const before = dnsLogText(t);
    expect(dnsQuery(t.ns.runner, '127.0.0.1', 'secret-x1.evil.test').rcode).toBe('REFUSED');
    expect(dnsLogText(t).slice(before.length)).not.toContain('secret-x1');
    const direct = dnsQuery(t.ns.runner, ADDR.dns, 'direct-bypass.allowed.test');
    expect(direct.answers).toBeUndefined();
    expect(direct.error).toMatch(/^(EPERM|timeout)$/);
    expect(dnsLogText(t)).not.toContain('direct-bypass');
    expect(dnsQuery(t.ns.runner, '127.0.0.1', 'allowed.test', 'AAAA').answers).toEqual([]);
    expect(dnsQuery(t.ns.runner, '127.0.0.1', 'api.allowed.test').answers).toEqual([
      ADDR.allowedApi
    ]);
    expect(connectFrom(t.ns.runner, ADDR.allowedApi, 80)).toBe('connected');
    expect(connectFrom(t.ns.runner, ADDR.evil, 443)).toBe('ECONNREFUSED');
    // the same CLI probe as a user would run it passes now
    const r = cli(t.ns.runner, ['--allowed-endpoints', ALLOW, '--probe-denied', DENIED]);
    expect(r.result.verdict).toBe('pass');
    expect(r.status).toBe(0);
  });

  test('after enforce: traffic from the container namespace is blocked the same way (forward hook)', () => {
    expect(connectFrom(t.ns.ctr, ADDR.evil, 80)).toBe('ECONNREFUSED');
    expect(connectFrom(t.ns.ctr, ADDR.evil6, 80)).toBe('ECONNREFUSED');
    expect(dnsQuery(t.ns.ctr, ADDR.dns, 'ctr-bypass.allowed.test').error).toBe('timeout');
    expect(dnsLogText(t)).not.toContain('ctr-bypass');
    expect(dnsQuery(t.ns.ctr, ADDR.runnerToCtr, 'evil.test').rcode).toBe('REFUSED');
    const r = cli(t.ns.ctr, [
      '--allowed-endpoints',
      ALLOW,
      '--probe-denied',
      `evil.test:80 ${ADDR.evil}:80 [${ADDR.evil6}]:443 ${ADDR.allowed}:8081`
    ]);
    expect(r.result.evidence.probes.filter((p) => !p.ok)).toEqual([]);
    expect(r.status).toBe(0);
  });

  test('post step: policy intact, reports what was blocked', async () => {
    const post = await gate(
      t,
      t.ns.runner,
      { 'keep-policy': 'true' },
      { entry: 'egress-check-post/index.js', runnerTemp, state: { 'state-file': stateFile } }
    );
    expectValidResult(post.result);
    expect(post.outputs.verdict).toBe('pass');
    expect(post.outputs['policy-installed']).toBe('true');
    const recorded = (
      post.result!.evidence as { recorded: { address: string; proto: string; port: number }[] }
    ).recorded;
    expect(recorded).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ address: ADDR.evil, proto: 'tcp', port: 80 })
      ])
    );
    expect(post.result!.findings.some((f) => f.rule === 'egress/blocked')).toBe(true);
  }, 30_000);

  test('post step notices a flushed ruleset, fails, and cleans up', async () => {
    expect(inNs(t.ns.runner, ['nft', 'flush', 'ruleset']).status).toBe(0);
    const post = await gate(
      t,
      t.ns.runner,
      {},
      { entry: 'egress-check-post/index.js', runnerTemp, state: { 'state-file': stateFile } }
    );
    expectValidResult(post.result);
    expect(post.exitCode).not.toBe(0);
    expect(post.outputs.verdict).toBe('fail');
    expect(post.outputs['policy-installed']).toBe('false');
    const f = post.result!.findings.filter(
      (x) => x.rule === 'egress/policy-removed'
    ) as unknown as { message: string }[];
    expect(f.map((x) => x.message).join('\n')).toMatch(
      /is gone \(expected: installed .* actual: missing/
    );
    // resolver stopped, resolv.conf restored: the namespace is open again
    expect(inNs(t.ns.runner, ['cat', '/etc/resolv.conf']).stdout).toContain(
      `nameserver ${ADDR.dns}`
    );
    expect(connectFrom(t.ns.runner, ADDR.evil, 80)).toBe('connected');
  }, 30_000);

  test('audit blocks nothing and reports exactly the forbidden destinations contacted', async () => {
    const run = await gate(t, t.ns.runner, {
      operation: 'audit',
      'allowed-endpoints': ALLOW,
      'dns-upstream': ADDR.dns
    });
    expectValidResult(run.result);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs['policy-installed']).toBe('true');
    // the job talks to an allowed host, a forbidden name and a forbidden literal IPv6 address: nothing is blocked
    expect(dnsQuery(t.ns.runner, '127.0.0.1', 'evil.test').answers).toEqual([ADDR.evil]);
    expect(connectFrom(t.ns.runner, ADDR.evil, 80)).toBe('connected');
    expect(connectFrom(t.ns.runner, ADDR.evil6, 443)).toBe('connected');
    expect(connectFrom(t.ns.runner, ADDR.allowed, 80)).toBe('connected');
    const post = await gate(
      t,
      t.ns.runner,
      {},
      { entry: 'egress-check-post/index.js', runnerTemp: run.runnerTemp, state: run.state }
    );
    expectValidResult(post.result);
    expect(post.outputs.verdict).toBe('fail');
    const recorded = (
      post.result!.evidence as {
        recorded: { address: string; proto: string; port: number; names: string[] }[];
      }
    ).recorded;
    expect(recorded.map((r) => `${r.address} ${r.proto} ${r.port}`).sort()).toEqual([
      `${ADDR.evil} tcp 80`,
      `${ADDR.evil6} tcp 443`
    ]);
    expect(recorded.find((r) => r.address === ADDR.evil)?.names).toEqual(['evil.test']);
    expect((post.result!.evidence as { unlistedNames: string[] }).unlistedNames).toEqual([
      'evil.test'
    ]);
    expect(
      post.result!.findings.filter((f) => f.rule === 'egress/unlisted-contacted')
    ).toHaveLength(2);
  }, 40_000);
  test('CLI on a laptop: --operation audit, then --operation report lists what was contacted and removes the policy', () => {
    const temp = mkdtempSync(join(tmpdir(), 'cie-cli-'));
    try {
      const env = { RUNNER_TEMP: temp };
      const audit = cliEnv(
        t.ns.runner,
        [
          '--operation',
          'audit',
          '--allowed-endpoints',
          ALLOW,
          '--allow-runner-endpoints',
          'false',
          '--dns-upstream',
          ADDR.dns
        ],
        env
      );
      expect(audit.result.verdict).toBe('pass');
      expect(audit.status).toBe(0);
      expect(connectFrom(t.ns.runner, ADDR.evil, 8081)).toBe('connected');
      const report = cliEnv(t.ns.runner, ['--operation', 'report'], env);
      expect(report.status).toBe(1);
      expect(report.result.verdict).toBe('fail');
      const recorded = (
        report.result.evidence as unknown as { recorded: { address: string; port: number }[] }
      ).recorded;
      expect(JSON.stringify(recorded.map((r) => `${r.address}:${r.port}`))).toBe(
        JSON.stringify([`${ADDR.evil}:8081`])
      );
      expect(inNs(t.ns.runner, ['nft', 'list', 'tables']).stdout).not.toContain('ci_intel_egress');
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  }, 30_000);
});
