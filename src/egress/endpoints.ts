/**
 * Allowlist entries in harden-runner's `allowed-endpoints` format: `host:port`, `*.example.com:443`
 * (any depth of subdomain, not the apex), bare IPs and CIDRs (`10.0.0.0/8`, `2001:db8::/32`,
 * optionally with `:port`; IPv6 with a port is written `[2001:db8::1]:443`). A name without a port
 * means port 443, as in harden-runner. Entries are separated by whitespace, newlines or commas.
 */
import { BlockList, isIP } from 'node:net';

export type Family = 4 | 6;

export interface NameEndpoint {
  kind: 'name';
  raw: string;
  /** Lower case, no trailing dot. */
  host: string;
  port: number;
}

export interface WildcardEndpoint {
  kind: 'wildcard';
  raw: string;
  /** The suffix after `*.`, lower case. */
  suffix: string;
  port: number;
}

export interface AddressEndpoint {
  kind: 'address';
  raw: string;
  family: Family;
  /** The address or network, e.g. `10.0.0.0` with prefix 8. */
  address: string;
  prefix: number;
  /** Undefined: every port and protocol. */
  port?: number;
}

export type Endpoint = NameEndpoint | WildcardEndpoint | AddressEndpoint;

export class EndpointError extends Error {
  constructor(
    readonly entry: string,
    reason: string
  ) {
    super(`'${entry}': ${reason}`);
    this.name = 'EndpointError';
  }
}

const LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
export const DEFAULT_PORT = 443;

/** Split the text of an endpoint list (whitespace, newline or comma separated, `#` comments). */
export function splitEndpoints(text: string | string[]): string[] {
  const lines = Array.isArray(text) ? text : text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const body = line.replace(/(^|\s)#.*$/, '');
    for (const token of body.split(/[\s,]+/)) if (token) out.push(token);
  }
  return out;
}

export function isHostname(host: string): boolean {
  if (host.length === 0 || host.length > 253) return false;
  return host.split('.').every((l) => LABEL.test(l));
}

function parsePort(entry: string, text: string): number {
  if (!/^\d{1,5}$/.test(text)) throw new EndpointError(entry, `port '${text}' is not a number`);
  const port = Number(text);
  if (port < 1 || port > 65535) throw new EndpointError(entry, `port ${port} is outside 1-65535`);
  return port;
}

function parseAddress(entry: string, text: string, port: number | undefined): AddressEndpoint {
  const [addr, prefixText, extra] = text.split('/');
  if (extra !== undefined) throw new EndpointError(entry, 'more than one "/"');
  const family = isIP(addr);
  if (family === 0) throw new EndpointError(entry, `'${addr}' is not an IP address`);
  const max = family === 4 ? 32 : 128;
  let prefix = max;
  if (prefixText !== undefined) {
    if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > max) {
      throw new EndpointError(entry, `prefix '/${prefixText}' is not 0-${max}`);
    }
    prefix = Number(prefixText);
  }
  return {
    kind: 'address',
    raw: entry,
    family: family as Family,
    address: addr.toLowerCase(),
    prefix,
    port
  };
}

/** Parse one entry; throws EndpointError naming the entry and what is wrong. */
export function parseEndpoint(entry: string, defaultPort = DEFAULT_PORT): Endpoint {
  const e = entry.trim();
  if (/^[a-z]+:\/\//i.test(e)) throw new EndpointError(entry, 'write host:port, not a URL');
  // [v6]:port or [v6]
  const bracket = /^\[([^\]]+)\](?::(\d+))?$/.exec(e);
  if (bracket)
    return parseAddress(entry, bracket[1], bracket[2] ? parsePort(entry, bracket[2]) : undefined);
  // bare IPv6 (with or without prefix): more than one colon
  if ((e.match(/:/g) ?? []).length > 1) return parseAddress(entry, e, undefined);
  const colon = e.lastIndexOf(':');
  const hostPart = colon >= 0 ? e.slice(0, colon) : e;
  const portText = colon >= 0 ? e.slice(colon + 1) : undefined;
  const port = portText !== undefined ? parsePort(entry, portText) : undefined;
  if (/^[\d.]+(\/\d+)?$/.test(hostPart)) return parseAddress(entry, hostPart, port);
  const host = hostPart.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('*.')) {
    const suffix = host.slice(2);
    if (!isHostname(suffix) || !suffix.includes('.')) {
      throw new EndpointError(
        entry,
        `wildcard '${host}' must be '*.' followed by a domain such as example.com`
      );
    }
    return { kind: 'wildcard', raw: entry, suffix, port: port ?? defaultPort };
  }
  if (host.includes('*')) throw new EndpointError(entry, "a wildcard may only be a leading '*.'");
  if (!isHostname(host))
    throw new EndpointError(entry, `'${hostPart}' is not a host name, IP address or CIDR`);
  return { kind: 'name', raw: entry, host, port: port ?? defaultPort };
}

export function parseEndpoints(text: string | string[]): {
  endpoints: Endpoint[];
  errors: EndpointError[];
} {
  const endpoints: Endpoint[] = [];
  const errors: EndpointError[] = [];
  for (const token of splitEndpoints(text)) {
    try {
      endpoints.push(parseEndpoint(token));
    } catch (err) {
      if (err instanceof EndpointError) errors.push(err);
      else throw err;
    }
  }
  return { endpoints, errors };
}

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

/** The allowlist: which names resolve, and which address:port pairs may be contacted. */
export class Allowlist {
  private readonly blocks = new Map<string, BlockList>();

  constructor(readonly endpoints: Endpoint[]) {
    for (const e of endpoints) {
      if (e.kind !== 'address') continue;
      const key = e.port === undefined ? '*' : String(e.port);
      let list = this.blocks.get(key);
      if (!list) this.blocks.set(key, (list = new BlockList()));
      list.addSubnet(e.address, e.prefix, e.family === 4 ? 'ipv4' : 'ipv6');
    }
  }

  /** Ports allowed for a name (exact entries and matching wildcards); empty: the name is not allowed. */
  portsForName(name: string): number[] {
    const n = normalizeName(name);
    const ports = new Set<number>();
    for (const e of this.endpoints) {
      if (e.kind === 'name' && e.host === n) ports.add(e.port);
      if (e.kind === 'wildcard' && n.endsWith(`.${e.suffix}`)) ports.add(e.port);
    }
    return [...ports].sort((a, b) => a - b);
  }

  nameAllowed(name: string): boolean {
    return this.portsForName(name).length > 0;
  }

  /** Whether a literal address (and TCP port) is covered by an IP/CIDR entry. */
  addressAllowed(address: string, port: number): boolean {
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    for (const key of ['*', String(port)]) {
      if (this.blocks.get(key)?.check(address, family)) return true;
    }
    return false;
  }

  /** Whether a connection to `port` on a destination reached by `name` is allowed. */
  destinationAllowed(name: string | undefined, address: string, port: number): boolean {
    if (name && this.portsForName(name).includes(port)) return true;
    return this.addressAllowed(address, port);
  }

  names(): NameEndpoint[] {
    return this.endpoints.filter((e): e is NameEndpoint => e.kind === 'name');
  }

  wildcards(): WildcardEndpoint[] {
    return this.endpoints.filter((e): e is WildcardEndpoint => e.kind === 'wildcard');
  }

  addresses(): AddressEndpoint[] {
    return this.endpoints.filter((e): e is AddressEndpoint => e.kind === 'address');
  }
}
