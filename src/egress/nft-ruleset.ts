/**
 * The nftables policy, rendered as one `nft -f` script (applied atomically). One `inet` table
 * covers IPv4 and IPv6 alike; the `output` hook covers the host and the `forward` hook covers
 * containers behind any bridge (docker0, podman, …), not only docker0.
 *
 * enforce: policy drop; loopback, established traffic, IPv6 neighbour discovery, DHCP, the
 *   allowlist (static rules plus the dyn4/dyn6 sets the resolver fills) pass; only the resolver's
 *   uid may talk to the upstream DNS server; everything else is recorded in the blocked4/6 sets
 *   (destination . protocol . port, with counters) and rejected fast: TCP with a reset, anything
 *   else with ICMP admin-prohibited.
 * audit: the same classification with policy accept: destinations off the list are only recorded
 *   (count-only), nothing is rejected.
 */
import type { AddressEndpoint } from './endpoints.js';
import { parseHostPort } from './dns-filter.js';
import { isIP } from 'node:net';

export const TABLE = 'ci_intel_egress';

export interface PolicySpec {
  policy: 'enforce' | 'audit';
  table?: string;
  /** IP/CIDR allowlist entries. */
  addresses: AddressEndpoint[];
  /** Upstream DNS servers (ip or ip:port). */
  upstream: string[];
  /** uid of the allowlisting resolver; undefined: DNS to the upstream is open to every process (dns: system). */
  resolverUid?: number;
  /** Elements known at install time (dns: system resolves the allowed names once). */
  dyn4?: string[];
  dyn6?: string[];
}

function addressRule(e: AddressEndpoint): string {
  const net = e.prefix === (e.family === 4 ? 32 : 128) ? e.address : `${e.address}/${e.prefix}`;
  const match = `${e.family === 4 ? 'ip' : 'ip6'} daddr ${net}`;
  return e.port === undefined ? `${match} accept` : `${match} tcp dport ${e.port} accept`;
}

function dnsRules(spec: PolicySpec): string[] {
  const rules: string[] = [];
  const owner = spec.resolverUid === undefined ? '' : `meta skuid ${spec.resolverUid} `;
  for (const up of spec.upstream) {
    const { host, port } = parseHostPort(up, 53);
    const fam = isIP(host) === 6 ? 'ip6' : 'ip';
    rules.push(`${owner}${fam} daddr ${host} meta l4proto { tcp, udp } th dport ${port} accept`);
  }
  return rules;
}

function elements(list: string[] | undefined): string {
  return list?.length ? ` elements = { ${list.join(', ')} };` : '';
}

/** The whole script: (re)creates the table atomically. */
export function renderRuleset(spec: PolicySpec): string {
  const t = spec.table ?? TABLE;
  const enforce = spec.policy === 'enforce';
  const record = enforce ? 'blocked' : 'seen';
  const lines = [
    `table inet ${t} {}`,
    `delete table inet ${t}`,
    `table inet ${t} {`,
    `  set dyn4 { type ipv4_addr . inet_service;${elements(spec.dyn4)} }`,
    `  set dyn6 { type ipv6_addr . inet_service;${elements(spec.dyn6)} }`,
    `  set ${record}4 { type ipv4_addr . inet_proto . inet_service; size 65535; flags dynamic; counter; }`,
    `  set ${record}6 { type ipv6_addr . inet_proto . inet_service; size 65535; flags dynamic; counter; }`,
    `  counter ${record}_other { }`,
    `  chain allow {`,
    `    ip daddr . tcp dport @dyn4 accept`,
    `    ip6 daddr . tcp dport @dyn6 accept`,
    ...spec.addresses.map((e) => `    ${addressRule(e)}`),
    `  }`,
    `  chain outside {`,
    `    meta nfproto ipv4 meta l4proto { tcp, udp } update @${record}4 { ip daddr . meta l4proto . th dport }`,
    `    meta nfproto ipv6 meta l4proto { tcp, udp } update @${record}6 { ip6 daddr . meta l4proto . th dport }`,
    `    meta l4proto != { tcp, udp } counter name ${record}_other`,
    ...(enforce
      ? [`    meta l4proto tcp reject with tcp reset`, `    reject with icmpx admin-prohibited`]
      : []),
    `  }`,
    `  chain output {`,
    `    type filter hook output priority filter; policy ${enforce ? 'drop' : 'accept'};`,
    `    oifname "lo" accept`,
    `    ct state established,related accept`,
    `    icmpv6 type { nd-router-solicit, nd-neighbor-solicit, nd-neighbor-advert, mld-listener-report, mld2-listener-report } accept`,
    `    udp dport { 67, 547 } accept`,
    ...dnsRules(spec).map((r) => `    ${r}`),
    `    jump allow`,
    `    jump outside`,
    `  }`,
    `  chain forward {`,
    `    type filter hook forward priority filter; policy ${enforce ? 'drop' : 'accept'};`,
    `    ct state established,related accept`,
    `    icmpv6 type { nd-router-solicit, nd-neighbor-solicit, nd-neighbor-advert } accept`,
    `    jump allow`,
    `    jump outside`,
    `  }`,
    `}`
  ];
  return lines.join('\n') + '\n';
}
