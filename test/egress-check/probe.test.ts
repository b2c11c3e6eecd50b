/** The probe against real servers: TCP on 127.0.0.1, a real DNS server, TLS and a black hole in a namespace. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import dnsPacket from 'dns-packet';
import { MAX_PROBES, parseProbeTarget, probe, probeAll } from '../../src/egress/probe.js';
import { isRoot } from './netns.js';
import { REPO_ROOT } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';

let tcp: Server;
let openPort = 0;
let closedPort = 0;
let dns: Socket;
let dnsPort = 0;

beforeAll(async () => {
  tcp = createServer((s) => s.end()).listen(0, '127.0.0.1');
  await new Promise((r) => tcp.once('listening', r));
  openPort = (tcp.address() as { port: number }).port;
  const tmp = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => tmp.once('listening', r));
  closedPort = (tmp.address() as { port: number }).port;
  await new Promise((r) => tmp.close(r));
  // DNS: ok.test -> 127.0.0.1, refused.test -> REFUSED, slow.test -> never answers, everything else NXDOMAIN
  dns = createSocket('udp4');
  dns.on('message', (msg, r) => {
    const q = dnsPacket.decode(msg);
    const { name, type } = q.questions![0];
    if (name === 'slow.test') return;
    let flags = 3;
    const answers: dnsPacket.Answer[] = [];
    if (name === 'ok.test') {
      flags = 0;
      if (type === 'A') answers.push({ type: 'A', name, data: '127.0.0.1', ttl: 5 });
    } else if (name === 'refused.test') flags = 5;
    dns.send(
      dnsPacket.encode({ type: 'response', id: q.id, flags, questions: q.questions, answers }),
      r.port,
      r.address
    );
  });
  await new Promise<void>((res) => dns.bind(0, '127.0.0.1', () => res()));
  dnsPort = dns.address().port;
});
afterAll(() => {
  tcp.close();
  dns.close();
});

const opts = () => ({ timeoutMs: 800, dnsServers: [`127.0.0.1:${dnsPort}`] });

describe('probe outcomes', () => {
  test('connected by literal address, refused on a closed port', async () => {
    const ok = await probe(parseProbeTarget(`127.0.0.1:${openPort}`), opts());
    expect(ok).toMatchObject({ outcome: 'connected', answered: true, dns: { outcome: 'skipped' } });
    const no = await probe(parseProbeTarget(`127.0.0.1:${closedPort}`), opts());
    expect(no).toMatchObject({ outcome: 'refused', answered: false });
    expect(no.addresses[0].detail).toBe('ECONNREFUSED');
  });

  test('by name: A and AAAA asked, each address connected', async () => {
    const r = await probe(parseProbeTarget(`ok.test:${openPort}`), opts());
    expect(r.dns).toMatchObject({ outcome: 'ok', a: ['127.0.0.1'], aaaa: [] });
    expect(r.outcome).toBe('connected');
  });

  test('DNS failures: nxdomain, dns-refused, timed-out within the deadline', async () => {
    expect((await probe(parseProbeTarget('nope.test:80'), opts())).outcome).toBe('nxdomain');
    expect((await probe(parseProbeTarget('refused.test:80'), opts())).outcome).toBe('dns-refused');
    const t0 = Date.now();
    const slow = await probe(parseProbeTarget('slow.test:80'), opts());
    expect(slow.outcome).toBe('timed-out');
    expect(Date.now() - t0).toBeLessThan(1300);
  });

  test('probe targets: wildcards and networks are rejected; count is bounded', async () => {
    expect(() => parseProbeTarget('*.x.test:443')).toThrow(/not a wildcard/);
    expect(() => parseProbeTarget('10.0.0.0/8')).toThrow(/not a network/);
    expect(parseProbeTarget('[::1]:80')).toMatchObject({ host: '::1', port: 80, literal: true });
    const many = Array.from({ length: MAX_PROBES + 1 }, () => parseProbeTarget('127.0.0.1:1'));
    await expect(probeAll(many, opts())).rejects.toThrow(/at most 64/);
  });
});

const ns = `cie-${process.pid}-probe`;
const hole = `cie-${process.pid}-hole`;
(isRoot ? describe : describe.skip)('probe in a namespace (root)', () => {
  beforeAll(() => {
    for (const cmd of [
      ['ip', 'netns', 'add', ns],
      ['ip', 'netns', 'add', hole],
      ['ip', '-n', ns, 'link', 'set', 'lo', 'up'],
      ['ip', 'link', 'add', 'p0', 'netns', ns, 'type', 'veth', 'peer', 'name', 'h0', 'netns', hole],
      ['ip', '-n', ns, 'link', 'set', 'p0', 'up'],
      ['ip', '-n', hole, 'link', 'set', 'h0', 'up'],
      ['ip', '-n', ns, 'addr', 'add', '10.99.0.1/24', 'dev', 'p0'],
      ['ip', '-n', hole, 'addr', 'add', '10.99.0.2/24', 'dev', 'h0'],
      ['ip', '-n', ns, 'route', 'add', 'default', 'via', '10.99.0.2'],
      // the far side drops every packet: a black hole
      [
        'ip',
        'netns',
        'exec',
        hole,
        'nft',
        'add table inet t; add chain inet t in { type filter hook input priority 0; policy drop; }; add chain inet t fw { type filter hook forward priority 0; policy drop; }'
      ]
    ]) {
      expect(spawnSync(cmd[0], cmd.slice(1)).status).toBe(0);
    }
  });
  afterAll(() => {
    spawnSync('ip', ['netns', 'del', ns]);
    spawnSync('ip', ['netns', 'del', hole]);
  });

  test('everything dropped: 20 destinations (via the CLI) finish in about one timeout, all timed-out', () => {
    const allowed = Array.from({ length: 10 }, (_, i) => `10.98.0.${10 + i}:443`).join(' ');
    const denied = Array.from({ length: 10 }, (_, i) => `10.97.0.${10 + i}:80`).join(' ');
    const t0 = Date.now();
    const r = spawnSync(
      'ip',
      [
        'netns',
        'exec',
        ns,
        process.execPath,
        join(REPO_ROOT, 'dist', 'cli', 'index.js'),
        'egress-check',
        '--format',
        'json',
        '--timeout-ms',
        '700',
        '--allowed-endpoints',
        allowed,
        '--probe-denied',
        denied
      ],
      { encoding: 'utf8' }
    );
    const ms = Date.now() - t0;
    const out = JSON.parse(r.stdout) as {
      verdict: string;
      durationMs: number;
      evidence: { probes: { outcome: string; ok: boolean }[] };
    };
    expectValidResult(out);
    expect(out.evidence.probes).toHaveLength(20);
    expect([...new Set(out.evidence.probes.map((p) => p.outcome))]).toEqual(['timed-out']);
    // dropped denied destinations are fine; dropped allowed ones fail the gate
    expect(out.verdict).toBe('fail');
    expect(r.status).toBe(1);
    expect(out.durationMs).toBeGreaterThanOrEqual(650);
    expect(out.durationMs).toBeLessThan(1400);
    expect(ms).toBeLessThan(3000);
  });
});
