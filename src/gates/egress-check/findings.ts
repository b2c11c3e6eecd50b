/** Probe results and audit trails turned into findings that name the check, the expected and the actual value. */
import type { Finding, RuleInfo } from '../../core/result.js';
import type { ProbeResult } from '../../egress/probe.js';
import type { SetElement } from '../../egress/system.js';

export const RULES: RuleInfo[] = [
  {
    id: 'egress/denied-reachable',
    title: 'A destination that must be blocked answered',
    help: 'Egress is not default-deny: install the policy (operation: enforce) or fix the firewall so only allowed-endpoints are reachable.',
    severity: 'error'
  },
  {
    id: 'egress/allowed-unreachable',
    title: 'An allowed destination cannot be reached',
    help: 'Fix the allowlist entry (name, port) or its DNS; the gate never falls back to an open policy.',
    severity: 'error'
  },
  {
    id: 'egress/policy-removed',
    title: 'The egress policy was removed or changed during the job',
    help: 'A later step flushed or edited the nftables ruleset, killed the resolver or rewrote resolv.conf; find and fix that step (e.g. one that runs `nft flush ruleset` or restarts the firewall).',
    severity: 'error'
  },
  {
    id: 'egress/unlisted-contacted',
    title: 'A destination outside the allowlist was contacted (audit)',
    help: 'Add it to allowed-endpoints if the job needs it, or remove what contacts it.',
    severity: 'error'
  },
  {
    id: 'egress/blocked',
    title: 'The policy blocked a connection attempt',
    help: 'Expected for destinations off the list; add the endpoint to allowed-endpoints if the job needs it.',
    severity: 'note'
  },
  {
    id: 'egress/unlisted-name',
    title: 'A name outside the allowlist was looked up',
    help: 'Under enforce it was refused at DNS; under audit it was answered and recorded.',
    severity: 'note'
  }
];

function addrSummary(p: ProbeResult): string {
  if (!p.addresses.length) return `DNS ${p.dns.outcome}${p.dns.detail ? ` (${p.dns.detail})` : ''}`;
  return p.addresses
    .map((a) => `${a.address} ${a.outcome}${a.detail ? ` (${a.detail})` : ''} in ${a.ms} ms`)
    .join('; ');
}

export function deniedFinding(p: ProbeResult): Finding {
  const hit = p.addresses.filter((a) => a.outcome === 'connected' || a.outcome === 'tls-failed');
  return {
    rule: 'egress/denied-reachable',
    severity: 'error',
    message: `probe-denied ${p.target}: expected no connection (refused, prohibited, timed out or not resolvable); actual: connected to ${hit
      .map(
        (a) =>
          `${a.family === 6 ? `[${a.address}]` : a.address}:${p.port} over IPv${a.family} in ${a.ms} ms`
      )
      .join(', ')}`,
    help: RULES[0].help
  };
}

export function allowedFinding(p: ProbeResult): Finding {
  return {
    rule: 'egress/allowed-unreachable',
    severity: 'error',
    message: `probe-allowed ${p.target}: expected connected${p.port === 443 ? ' with a TLS handshake' : ''}; actual: ${p.outcome} — ${addrSummary(p)}`,
    help:
      p.dns.outcome === 'nxdomain' || p.dns.outcome === 'dns-refused'
        ? `The name ${p.host} does not resolve; ${RULES[1].help}`
        : RULES[1].help
  };
}

export interface AuditEntry {
  address: string;
  proto: string;
  port: number;
  packets: number;
  names: string[];
}

export function destination(e: Pick<AuditEntry, 'address' | 'proto' | 'port'>): string {
  return `${e.address.includes(':') ? `[${e.address}]` : e.address}:${e.port}/${e.proto}`;
}

/** Attach names from the query log to recorded addresses. */
export function withNames(
  elements: SetElement[],
  namesByAddress: Map<string, Set<string>>
): AuditEntry[] {
  return elements
    .map((e) => ({ ...e, names: [...(namesByAddress.get(e.address) ?? [])].sort() }))
    .sort((a, b) => destination(a).localeCompare(destination(b)));
}

export function unlistedFinding(e: AuditEntry, blocking: boolean): Finding {
  const names = e.names.length
    ? ` (names: ${e.names.join(', ')})`
    : ' (no name: contacted by address)';
  return blocking
    ? {
        rule: 'egress/blocked',
        severity: 'note',
        message: `blocked ${destination(e)}${names}: ${e.packets} packet(s) rejected`,
        help: RULES[4].help
      }
    : {
        rule: 'egress/unlisted-contacted',
        severity: 'error',
        message: `destination outside the allowlist contacted: ${destination(e)}${names}; expected only allowed-endpoints; actual: ${e.packets} packet(s)`,
        help: RULES[3].help
      };
}
