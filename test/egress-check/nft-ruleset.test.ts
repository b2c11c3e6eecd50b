import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { parseEndpoint, type AddressEndpoint } from '../../src/egress/endpoints.js';
import { renderRuleset } from '../../src/egress/nft-ruleset.js';
import { isRoot } from './netns.js';

const addresses = ['10.0.0.0/8', '1.2.3.4:80', '[fd00::1]:443'].map(
  (e) => parseEndpoint(e) as AddressEndpoint
);

describe('renderRuleset', () => {
  const enforce = renderRuleset({
    policy: 'enforce',
    addresses,
    upstream: ['10.9.9.9', '[fd00::53]:5353'],
    resolverUid: 64317
  });
  const audit = renderRuleset({
    policy: 'audit',
    addresses,
    upstream: ['10.9.9.9'],
    resolverUid: 64317
  });

  test('enforce: default-deny on output and forward, fast recognisable rejects, DNS only from the resolver uid', () => {
    expect(enforce).toMatch(/hook output priority filter; policy drop;/);
    expect(enforce).toMatch(/hook forward priority filter; policy drop;/);
    expect(enforce).toContain('meta l4proto tcp reject with tcp reset');
    expect(enforce).toContain('reject with icmpx admin-prohibited');
    expect(enforce).toContain(
      'meta skuid 64317 ip daddr 10.9.9.9 meta l4proto { tcp, udp } th dport 53 accept'
    );
    expect(enforce).toContain(
      'meta skuid 64317 ip6 daddr fd00::53 meta l4proto { tcp, udp } th dport 5353 accept'
    );
    expect(enforce).toContain('ip daddr 10.0.0.0/8 accept');
    expect(enforce).toContain('ip daddr 1.2.3.4 tcp dport 80 accept');
    expect(enforce).toContain('ip6 daddr fd00::1 tcp dport 443 accept');
    expect(enforce).toContain('update @blocked4');
    // atomic replace of our own table only, never a flush of the whole ruleset
    expect(
      enforce.startsWith('table inet ci_intel_egress {}\ndelete table inet ci_intel_egress\n')
    ).toBe(true);
    expect(enforce).not.toMatch(/flush ruleset/);
  });

  test('audit: count-only, nothing rejected', () => {
    expect(audit).toMatch(/hook output priority filter; policy accept;/);
    expect(audit).toMatch(/hook forward priority filter; policy accept;/);
    expect(audit).not.toMatch(/reject/);
    expect(audit).toContain('update @seen4');
  });

  test('dns: system leaves the upstream open to every process and pre-fills the sets', () => {
    const sys = renderRuleset({
      policy: 'enforce',
      addresses: [],
      upstream: ['10.9.9.9'],
      dyn4: ['10.1.1.1 . 443']
    });
    expect(sys).toContain('  ip daddr 10.9.9.9 meta l4proto { tcp, udp } th dport 53 accept');
    expect(sys).not.toContain('skuid');
    expect(sys).toContain('elements = { 10.1.1.1 . 443 }');
  });

  (isRoot ? test : test.skip)(
    'nft accepts both scripts (checked with nft -c in a throwaway namespace)',
    () => {
      const ns = `cie-${process.pid}-nftc`;
      spawnSync('ip', ['netns', 'add', ns]);
      try {
        for (const script of [enforce, audit]) {
          const r = spawnSync('ip', ['netns', 'exec', ns, 'nft', '-c', '-f', '-'], {
            input: script,
            encoding: 'utf8'
          });
          expect(r.stderr).toBe('');
          expect(r.status).toBe(0);
        }
      } finally {
        spawnSync('ip', ['netns', 'del', ns]);
      }
    }
  );
});
