/**
 * The allowlisting resolver: a small UDP DNS forwarder. Names on the allowlist are forwarded to
 * the upstream server and the A/AAAA addresses in the answer are added to the policy's nft sets
 * (with the name's allowed ports) before the answer reaches the client, so the first connect
 * already finds them. Names off the list get REFUSED and never reach the upstream (no DNS
 * exfiltration). In audit mode every name is forwarded and the ones off the list are recorded.
 * Every decision is written as one JSON line to stdout (the query log the report reads).
 */
import { createSocket, type Socket } from 'node:dgram';
import { isIP } from 'node:net';
import dnsPacket from 'dns-packet';
import { Allowlist, normalizeName, parseEndpoints } from './endpoints.js';

export interface ResolverConfig {
  /** Addresses to listen on (UDP). */
  listen: string[];
  port: number;
  /** Upstream servers, `ip` or `ip:port` / `[v6]:port`. */
  upstream: string[];
  /** The allowlist, as raw endpoint entries. */
  endpoints: string[];
  /** block: refuse names off the list; audit: forward and record them. */
  policy: 'block' | 'audit';
  ipv6: 'block' | 'allowlist';
  /** nft table (inet family) holding the dyn4 / dyn6 sets. */
  table: string;
  timeoutMs: number;
  /** Command that runs nft, e.g. ['nft']; empty: do not touch nft (tests of the decision logic). */
  nft: string[];
}

export type Decision = 'forward' | 'refuse' | 'empty';

export interface QueryLogEntry {
  t: string;
  name: string;
  type: string;
  allowed: boolean;
  decision: Decision;
  rcode?: string;
  answers?: string[];
  error?: string;
}

/** What to do with a question. */
export function decide(
  allowlist: Allowlist,
  name: string,
  qtype: string,
  cfg: Pick<ResolverConfig, 'policy' | 'ipv6'>
): Decision {
  const allowed = allowlist.nameAllowed(name);
  if (!allowed) return cfg.policy === 'audit' ? 'forward' : 'refuse';
  if (qtype === 'AAAA' && cfg.ipv6 === 'block' && cfg.policy === 'block') return 'empty';
  return 'forward';
}

/** The set elements (`addr . port`) an answer adds for an allowed name. */
export function elementsFor(
  allowlist: Allowlist,
  name: string,
  answers: dnsPacket.Answer[],
  ipv6: 'block' | 'allowlist'
): { v4: string[]; v6: string[] } {
  const ports = allowlist.portsForName(name);
  const v4 = new Set<string>();
  const v6 = new Set<string>();
  for (const a of answers) {
    if (a.type === 'A' && typeof a.data === 'string' && isIP(a.data) === 4) {
      for (const p of ports) v4.add(`${a.data} . ${p}`);
    }
    if (
      a.type === 'AAAA' &&
      ipv6 === 'allowlist' &&
      typeof a.data === 'string' &&
      isIP(a.data) === 6
    ) {
      for (const p of ports) v6.add(`${a.data} . ${p}`);
    }
  }
  return { v4: [...v4], v6: [...v6] };
}

function addressesOf(answers: dnsPacket.Answer[]): string[] {
  const out: string[] = [];
  for (const a of answers) if (a.type === 'A' || a.type === 'AAAA') out.push(a.data);
  return out;
}

export function parseHostPort(text: string, defaultPort: number): { host: string; port: number } {
  const b = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (b) return { host: b[1], port: b[2] ? Number(b[2]) : defaultPort };
  if (isIP(text) === 6) return { host: text, port: defaultPort };
  const i = text.lastIndexOf(':');
  if (i > 0) return { host: text.slice(0, i), port: Number(text.slice(i + 1)) };
  return { host: text, port: defaultPort };
}

function reply(query: dnsPacket.Packet, rcode: number, answers: dnsPacket.Answer[] = []): Buffer {
  const rd = (query.flags ?? 0) & dnsPacket.RECURSION_DESIRED;
  return dnsPacket.encode({
    type: 'response',
    id: query.id,
    flags: rd | dnsPacket.RECURSION_AVAILABLE | rcode,
    questions: query.questions,
    answers
  });
}

export class DnsFilter {
  private readonly allowlist: Allowlist;
  private readonly added = new Set<string>();
  private readonly sockets: Socket[] = [];

  constructor(
    private readonly cfg: ResolverConfig,
    private readonly addElements: (set: 'dyn4' | 'dyn6', elements: string[]) => Promise<void>,
    private readonly log: (entry: QueryLogEntry) => void
  ) {
    const { endpoints, errors } = parseEndpoints(cfg.endpoints);
    if (errors.length) throw errors[0];
    this.allowlist = new Allowlist(endpoints);
  }

  async listen(): Promise<void> {
    for (const address of this.cfg.listen) {
      const socket = createSocket({
        type: isIP(address) === 6 ? 'udp6' : 'udp4',
        reuseAddr: false
      });
      socket.on('message', (msg, rinfo) => {
        this.handle(msg)
          .then((out) => {
            if (out) socket.send(out, rinfo.port, rinfo.address);
          })
          .catch(() => undefined);
      });
      await new Promise<void>((resolve, reject) => {
        socket.once('error', reject);
        socket.bind(this.cfg.port, address, () => {
          socket.off('error', reject);
          resolve();
        });
      });
      this.sockets.push(socket);
    }
  }

  close(): void {
    for (const s of this.sockets) s.close();
  }

  private async forward(msg: Buffer): Promise<Buffer> {
    let lastError = 'no upstream configured';
    for (const up of this.cfg.upstream) {
      const { host, port } = parseHostPort(up, 53);
      try {
        return await new Promise<Buffer>((resolve, reject) => {
          const s = createSocket(isIP(host) === 6 ? 'udp6' : 'udp4');
          const timer = setTimeout(() => {
            s.close();
            reject(new Error(`upstream ${up} did not answer within ${this.cfg.timeoutMs} ms`));
          }, this.cfg.timeoutMs);
          s.once('error', (err) => {
            clearTimeout(timer);
            s.close();
            reject(err);
          });
          s.once('message', (answer) => {
            clearTimeout(timer);
            s.close();
            resolve(answer);
          });
          s.send(msg, port, host);
        });
      } catch (err) {
        lastError = (err as Error).message;
      }
    }
    throw new Error(lastError);
  }

  private async allow(name: string, answers: dnsPacket.Answer[]): Promise<void> {
    // audit: an allowed name's IPv6 addresses are inside the allowlist too (nothing is blocked there).
    const ipv6 = this.cfg.policy === 'audit' ? 'allowlist' : this.cfg.ipv6;
    const { v4, v6 } = elementsFor(this.allowlist, name, answers, ipv6);
    const new4 = v4.filter((e) => !this.added.has(`4 ${e}`));
    const new6 = v6.filter((e) => !this.added.has(`6 ${e}`));
    if (new4.length) await this.addElements('dyn4', new4);
    if (new6.length) await this.addElements('dyn6', new6);
    for (const e of new4) this.added.add(`4 ${e}`);
    for (const e of new6) this.added.add(`6 ${e}`);
  }

  /** Answer one query packet (undefined: drop it, e.g. not a query). */
  async handle(msg: Buffer): Promise<Buffer | undefined> {
    let query: dnsPacket.DecodedPacket;
    try {
      query = dnsPacket.decode(msg);
    } catch {
      return undefined;
    }
    if (query.type !== 'query' || !query.questions?.length) return undefined;
    const q = query.questions[0];
    const name = normalizeName(q.name);
    const allowed = this.allowlist.nameAllowed(name);
    const decision = decide(this.allowlist, name, q.type, this.cfg);
    const entry: QueryLogEntry = {
      t: new Date().toISOString(),
      name,
      type: q.type,
      allowed,
      decision
    };
    if (decision === 'refuse') {
      this.log({ ...entry, rcode: 'REFUSED' });
      return reply(query, 5);
    }
    if (decision === 'empty') {
      this.log({ ...entry, rcode: 'NOERROR' });
      return reply(query, 0);
    }
    try {
      const raw = await this.forward(msg);
      const answer = dnsPacket.decode(raw);
      const answers = answer.answers ?? [];
      if (allowed) await this.allow(name, answers);
      this.log({
        ...entry,
        rcode: (answer as { rcode?: string }).rcode,
        answers: addressesOf(answers)
      });
      if (!allowed || this.cfg.ipv6 === 'allowlist' || this.cfg.policy === 'audit') return raw;
      // ipv6 block: strip AAAA records that came along (e.g. for ANY), the policy would reject them.
      return dnsPacket.encode({ ...answer, answers: answers.filter((a) => a.type !== 'AAAA') });
    } catch (err) {
      this.log({ ...entry, rcode: 'SERVFAIL', error: (err as Error).message });
      return reply(query, 2);
    }
  }
}
