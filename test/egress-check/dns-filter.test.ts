/** The allowlisting resolver's decisions, against a real upstream DNS server on 127.0.0.1. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createSocket, type Socket } from 'node:dgram';
import dnsPacket from 'dns-packet';
import {
  decide,
  DnsFilter,
  elementsFor,
  type QueryLogEntry,
  type ResolverConfig
} from '../../src/egress/dns-filter.js';
import { Allowlist, parseEndpoints } from '../../src/egress/endpoints.js';

const allow = new Allowlist(
  parseEndpoints('allowed.test:443 allowed.test:80 *.cdn.test:443').endpoints
);

describe('decide', () => {
  test('block: names off the list are refused, AAAA of allowed names answered empty under ipv6 block', () => {
    expect(decide(allow, 'allowed.test', 'A', { policy: 'block', ipv6: 'block' })).toBe('forward');
    expect(decide(allow, 'x.y.cdn.test', 'A', { policy: 'block', ipv6: 'block' })).toBe('forward');
    expect(decide(allow, 'evil.test', 'A', { policy: 'block', ipv6: 'block' })).toBe('refuse');
    expect(decide(allow, 'secret.allowed.test', 'TXT', { policy: 'block', ipv6: 'block' })).toBe(
      'refuse'
    );
    expect(decide(allow, 'allowed.test', 'AAAA', { policy: 'block', ipv6: 'block' })).toBe('empty');
    expect(decide(allow, 'allowed.test', 'AAAA', { policy: 'block', ipv6: 'allowlist' })).toBe(
      'forward'
    );
  });
  test('audit: everything is forwarded', () => {
    expect(decide(allow, 'evil.test', 'A', { policy: 'audit', ipv6: 'block' })).toBe('forward');
  });
  test('elementsFor: every address × every allowed port; AAAA only with ipv6 allowlist', () => {
    const answers: dnsPacket.Answer[] = [
      { type: 'A', name: 'allowed.test', data: '10.0.0.5' },
      { type: 'AAAA', name: 'allowed.test', data: 'fd00::5' },
      { type: 'CNAME', name: 'allowed.test', data: 'x.cdn.test' }
    ];
    expect(elementsFor(allow, 'allowed.test', answers, 'block')).toEqual({
      v4: ['10.0.0.5 . 80', '10.0.0.5 . 443'],
      v6: []
    });
    expect(elementsFor(allow, 'allowed.test', answers, 'allowlist').v6).toEqual([
      'fd00::5 . 80',
      'fd00::5 . 443'
    ]);
  });
});

describe('DnsFilter against a real upstream', () => {
  let upstream: Socket;
  let port = 0;
  const seen: string[] = [];
  beforeAll(async () => {
    upstream = createSocket('udp4');
    upstream.on('message', (msg, r) => {
      const q = dnsPacket.decode(msg);
      const name = q.questions![0].name;
      seen.push(name);
      const answers: dnsPacket.Answer[] =
        q.questions![0].type === 'A'
          ? [{ type: 'A', name, data: '10.0.0.7', ttl: 60 }]
          : [{ type: 'AAAA', name, data: 'fd00::7', ttl: 60 }];
      upstream.send(
        dnsPacket.encode({ type: 'response', id: q.id, flags: 0, questions: q.questions, answers }),
        r.port,
        r.address
      );
    });
    await new Promise<void>((res) => upstream.bind(0, '127.0.0.1', () => res()));
    port = upstream.address().port;
  });
  afterAll(() => {
    upstream.close();
  });

  function filter(policy: 'block' | 'audit', upstreams = [`127.0.0.1:${port}`]) {
    const added: string[] = [];
    const log: QueryLogEntry[] = [];
    const cfg: ResolverConfig = {
      listen: [],
      port: 0,
      upstream: upstreams,
      endpoints: ['allowed.test:443'],
      policy,
      ipv6: 'block',
      table: 't',
      timeoutMs: 300,
      nft: []
    };
    const f = new DnsFilter(
      cfg,
      async (set, els) => void added.push(...els.map((e) => `${set} ${e}`)),
      (e) => log.push(e)
    );
    return { f, added, log };
  }
  const query = (name: string, type: 'A' | 'AAAA' = 'A') =>
    dnsPacket.encode({
      type: 'query',
      id: 42,
      flags: dnsPacket.RECURSION_DESIRED,
      questions: [{ type, name }]
    });

  test('allowed name: forwarded, answer relayed, addresses added before the answer returns', async () => {
    const { f, added, log } = filter('block');
    const out = dnsPacket.decode((await f.handle(query('allowed.test')))!);
    expect(out.id).toBe(42);
    expect(out.answers!.map((a) => (a as { data: string }).data)).toEqual(['10.0.0.7']);
    expect(added).toEqual(['dyn4 10.0.0.7 . 443']);
    expect(log[0]).toMatchObject({
      name: 'allowed.test',
      allowed: true,
      decision: 'forward',
      rcode: 'NOERROR',
      answers: ['10.0.0.7']
    });
  });

  test('exfiltration lookup: REFUSED and the upstream never sees it', async () => {
    const { f, added } = filter('block');
    const before = seen.length;
    const out = dnsPacket.decode((await f.handle(query('c2VjcmV0.evil.test')))!) as {
      rcode?: string;
    };
    expect(out.rcode).toBe('REFUSED');
    expect(seen.slice(before)).toEqual([]);
    expect(added).toEqual([]);
  });

  test('AAAA under ipv6 block: empty NOERROR without asking upstream', async () => {
    const { f } = filter('block');
    const before = seen.length;
    const out = dnsPacket.decode((await f.handle(query('allowed.test', 'AAAA')))!) as {
      rcode?: string;
      answers?: unknown[];
    };
    expect(out.rcode).toBe('NOERROR');
    expect(out.answers).toEqual([]);
    expect(seen.length).toBe(before);
  });

  test('audit: names off the list are answered and logged as not allowed; nothing added for them', async () => {
    const { f, added, log } = filter('audit');
    const out = dnsPacket.decode((await f.handle(query('evil.test')))!);
    expect(out.answers).toHaveLength(1);
    expect(added).toEqual([]);
    expect(log[0]).toMatchObject({ name: 'evil.test', allowed: false, decision: 'forward' });
  });

  test('an upstream that does not answer gives SERVFAIL within the timeout, never a hang', async () => {
    const silent = createSocket('udp4');
    await new Promise<void>((res) => silent.bind(0, '127.0.0.1', () => res()));
    const { f, log } = filter('block', [`127.0.0.1:${silent.address().port}`]);
    const t0 = Date.now();
    const out = dnsPacket.decode((await f.handle(query('allowed.test')))!) as { rcode?: string };
    silent.close();
    expect(out.rcode).toBe('SERVFAIL');
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(log[0].error).toMatch(/did not answer within 300 ms/);
  });

  test('garbage and responses are dropped, not answered', async () => {
    const { f } = filter('block');
    expect(await f.handle(Buffer.from('not dns'))).toBeUndefined();
    expect(
      await f.handle(
        dnsPacket.encode({ type: 'response', id: 1, questions: [{ type: 'A', name: 'a.test' }] })
      )
    ).toBeUndefined();
  });
});
