/**
 * The egress probe: for one destination, resolve A and AAAA, connect over TCP to every address
 * and, on port 443, complete a TLS handshake with SNI. Every step shares one deadline, so a probe
 * takes at most `timeoutMs` even when every packet is dropped. Needs no privileges.
 */
import { Resolver } from 'node:dns/promises';
import { isIP, Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { EndpointError, parseEndpoint } from './endpoints.js';

export type Outcome =
  | 'connected'
  | 'refused'
  | 'prohibited'
  | 'no-route'
  | 'timed-out'
  | 'nxdomain'
  | 'dns-refused'
  | 'no-address'
  | 'tls-failed'
  | 'error';

export interface ProbeTarget {
  /** As the user wrote it. */
  raw: string;
  host: string;
  port: number;
  /** The host is a literal IP address. */
  literal: boolean;
}

export interface AddressResult {
  address: string;
  family: 4 | 6;
  outcome: Outcome;
  /** errno or TLS error text, when not connected. */
  detail?: string;
  /** Whether the TLS certificate verified for the name (port 443 only). */
  certVerified?: boolean;
  ms: number;
}

export interface ProbeResult {
  target: string;
  host: string;
  port: number;
  /** The overall outcome: connected if any address connected, else the most telling failure. */
  outcome: Outcome;
  /** At least one address accepted a TCP connection (the destination answered). */
  answered: boolean;
  dns: {
    a: string[];
    aaaa: string[];
    outcome: Outcome | 'ok' | 'skipped';
    detail?: string;
    ms: number;
  };
  addresses: AddressResult[];
  ms: number;
}

export interface ProbeOptions {
  timeoutMs: number;
  /** DNS servers to ask (ip or ip:port); default: those of /etc/resolv.conf. */
  dnsServers?: string[];
  /** Ask for AAAA records too (default true). */
  ipv6?: boolean;
  /** At most this many addresses per family are connected to. */
  maxAddresses?: number;
}

export const MAX_PROBES = 64;

/** Parse a probe destination: `host[:port]`, `ip[:port]`, `[v6]:port`; port 443 when omitted. */
export function parseProbeTarget(entry: string): ProbeTarget {
  const e = parseEndpoint(entry);
  if (e.kind === 'wildcard')
    throw new EndpointError(entry, 'a probe needs one concrete name, not a wildcard');
  if (e.kind === 'name') return { raw: entry, host: e.host, port: e.port, literal: false };
  if (e.prefix !== (e.family === 4 ? 32 : 128)) {
    throw new EndpointError(entry, 'a probe needs one address, not a network');
  }
  return { raw: entry, host: e.address, port: e.port ?? 443, literal: true };
}

function remaining(deadline: number): number {
  return Math.max(1, deadline - Date.now());
}

function classifyConnectError(code: string | undefined): Outcome {
  switch (code) {
    case 'ECONNREFUSED':
    case 'ECONNRESET':
      return 'refused';
    case 'EACCES':
    case 'EPERM':
      return 'prohibited';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EADDRNOTAVAIL':
    case 'ENETDOWN':
      return 'no-route';
    case 'ETIMEDOUT':
      return 'timed-out';
    default:
      return 'error';
  }
}

function classifyDnsError(code: string | undefined): Outcome {
  switch (code) {
    case 'ENOTFOUND':
      return 'nxdomain';
    case 'ENODATA':
      return 'no-address';
    case 'EREFUSED':
    case 'ECONNREFUSED':
      return 'dns-refused';
    case 'ETIMEOUT':
    case 'ECANCELLED':
      return 'timed-out';
    default:
      return 'error';
  }
}

function tcpConnect(
  address: string,
  port: number,
  deadline: number
): Promise<{ socket?: Socket; outcome: Outcome; detail?: string }> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ outcome: 'timed-out', detail: 'no answer before the deadline' });
    }, remaining(deadline));
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve({ socket, outcome: 'connected' });
    });
    socket.once('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ outcome: classifyConnectError(err.code), detail: err.code ?? err.message });
    });
    socket.connect({ host: address, port });
  });
}

function tlsHandshake(
  socket: Socket,
  servername: string | undefined,
  deadline: number
): Promise<{ ok: boolean; verified: boolean; detail?: string }> {
  return new Promise((resolve) => {
    const tls = tlsConnect({
      socket,
      servername,
      rejectUnauthorized: false,
      ALPNProtocols: ['http/1.1']
    });
    const timer = setTimeout(() => {
      tls.destroy();
      resolve({ ok: false, verified: false, detail: 'TLS handshake timed out' });
    }, remaining(deadline));
    tls.once('secureConnect', () => {
      clearTimeout(timer);
      const verified = tls.authorized;
      tls.destroy();
      resolve({
        ok: true,
        verified,
        detail: verified ? undefined : String(tls.authorizationError ?? '')
      });
    });
    tls.once('error', (err: Error) => {
      clearTimeout(timer);
      tls.destroy();
      resolve({ ok: false, verified: false, detail: err.message });
    });
  });
}

async function probeAddress(
  target: ProbeTarget,
  address: string,
  deadline: number
): Promise<AddressResult> {
  const t0 = performance.now();
  const family = isIP(address) === 6 ? 6 : 4;
  const tcp = await tcpConnect(address, target.port, deadline);
  const done = (r: Omit<AddressResult, 'address' | 'family' | 'ms'>): AddressResult => ({
    address,
    family,
    ...r,
    ms: Math.round(performance.now() - t0)
  });
  if (!tcp.socket) return done({ outcome: tcp.outcome, detail: tcp.detail });
  if (target.port !== 443) {
    tcp.socket.destroy();
    return done({ outcome: 'connected' });
  }
  const tls = await tlsHandshake(tcp.socket, target.literal ? undefined : target.host, deadline);
  tcp.socket.destroy();
  if (!tls.ok) return done({ outcome: 'tls-failed', detail: tls.detail });
  return done({
    outcome: 'connected',
    certVerified: tls.verified,
    detail: tls.detail || undefined
  });
}

async function resolveFamily(
  resolver: Resolver,
  host: string,
  rrtype: 'A' | 'AAAA'
): Promise<{ addrs: string[]; code?: string }> {
  try {
    const addrs = rrtype === 'A' ? await resolver.resolve4(host) : await resolver.resolve6(host);
    return { addrs };
  } catch (err) {
    return { addrs: [], code: (err as NodeJS.ErrnoException).code };
  }
}

/** Failures ranked by how much they tell: a firewall's answer beats a timeout. */
const RANK: Outcome[] = [
  'connected',
  'tls-failed',
  'prohibited',
  'refused',
  'no-route',
  'dns-refused',
  'nxdomain',
  'no-address',
  'timed-out',
  'error'
];

function overall(results: AddressResult[]): Outcome {
  let best: Outcome = 'error';
  for (const r of results) if (RANK.indexOf(r.outcome) < RANK.indexOf(best)) best = r.outcome;
  return best;
}

export async function probe(target: ProbeTarget, options: ProbeOptions): Promise<ProbeResult> {
  const t0 = performance.now();
  const deadline = Date.now() + options.timeoutMs;
  const max = options.maxAddresses ?? 4;
  const dns: ProbeResult['dns'] = { a: [], aaaa: [], outcome: 'skipped', ms: 0 };
  let addresses: string[];
  if (target.literal) {
    addresses = [target.host];
  } else {
    const resolver = new Resolver({
      timeout: Math.max(50, Math.floor(options.timeoutMs * 0.8)),
      tries: 1
    });
    if (options.dnsServers?.length) resolver.setServers(options.dnsServers);
    const dnsTimer = setTimeout(() => resolver.cancel(), remaining(deadline));
    const [a, aaaa] = await Promise.all([
      resolveFamily(resolver, target.host, 'A'),
      options.ipv6 === false
        ? Promise.resolve({ addrs: [] as string[], code: undefined })
        : resolveFamily(resolver, target.host, 'AAAA')
    ]);
    clearTimeout(dnsTimer);
    dns.ms = Math.round(performance.now() - t0);
    dns.a = a.addrs.slice(0, max);
    dns.aaaa = aaaa.addrs.slice(0, max);
    addresses = [...dns.a, ...dns.aaaa];
    if (addresses.length) {
      dns.outcome = 'ok';
    } else {
      // Prefer the more telling of the two errors (REFUSED or NXDOMAIN over "no AAAA").
      const codes = [a.code, aaaa.code].filter((c): c is string => c !== undefined);
      const outcomes = codes.map(classifyDnsError);
      const worst = outcomes.find((o) => o !== 'no-address') ?? 'no-address';
      dns.outcome = worst;
      dns.detail = codes.join(', ');
      return {
        target: target.raw,
        host: target.host,
        port: target.port,
        outcome: worst,
        answered: false,
        dns,
        addresses: [],
        ms: Math.round(performance.now() - t0)
      };
    }
  }
  const results = await Promise.all(addresses.map((addr) => probeAddress(target, addr, deadline)));
  return {
    target: target.raw,
    host: target.host,
    port: target.port,
    outcome: overall(results),
    answered: results.some((r) => r.outcome === 'connected' || r.outcome === 'tls-failed'),
    dns,
    addresses: results,
    ms: Math.round(performance.now() - t0)
  };
}

/** Probe many destinations concurrently; bounded by MAX_PROBES and, in time, by one timeout. */
export async function probeAll(
  targets: ProbeTarget[],
  options: ProbeOptions
): Promise<ProbeResult[]> {
  if (targets.length > MAX_PROBES) {
    throw new Error(
      `${targets.length} probe destinations given; at most ${MAX_PROBES} are probed in one run`
    );
  }
  return Promise.all(targets.map((t) => probe(t, options)));
}
