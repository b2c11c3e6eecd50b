/**
 * A small internet in network namespaces, created and deleted by the tests (root only):
 *
 *   ctr 10.231.9.2 ──veth── runner 10.231.1.2 / 10.231.9.1 ──veth── core (router)
 *   ("container")          (the gate runs here)                ├─ allowed 10.231.2.2 (+ .3 = api.allowed.test)
 *                                                              ├─ evil    10.231.3.2
 *                                                              └─ dns     10.231.4.2 (dnsmasq, authoritative for .test)
 *
 * IPv6 fd00:231:<n>::<h>/64 on every link. Every address lives only inside these namespaces.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const isRoot = process.getuid?.() === 0;

export function haveTools(): string | undefined {
  for (const t of ['ip', 'nft', 'dnsmasq', 'openssl', 'setpriv']) {
    if (spawnSync('sh', ['-c', `command -v ${t}`]).status !== 0)
      return `${t} is not installed (scripts/setup-tests.sh installs it)`;
  }
  return undefined;
}

const sh = (args: string[]): string =>
  execFileSync(args[0], args.slice(1), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

export interface Topology {
  prefix: string;
  ns: { core: string; runner: string; ctr: string; allowed: string; evil: string; dns: string };
  dir: string;
  dnsLog: string;
  children: ChildProcess[];
}

export const ADDR = {
  runner: '10.231.1.2',
  runnerToCtr: '10.231.9.1',
  ctr: '10.231.9.2',
  allowed: '10.231.2.2',
  allowedApi: '10.231.2.3',
  evil: '10.231.3.2',
  dns: '10.231.4.2',
  allowed6: 'fd00:231:2::2',
  evil6: 'fd00:231:3::2'
};

function link(t: Topology, a: string, aIf: string, b: string, bIf: string): void {
  sh(['ip', 'link', 'add', aIf, 'netns', a, 'type', 'veth', 'peer', 'name', bIf, 'netns', b]);
  sh(['ip', '-n', a, 'link', 'set', aIf, 'up']);
  sh(['ip', '-n', b, 'link', 'set', bIf, 'up']);
  void t;
}

function addr(ns: string, dev: string, v4: string, v6: string): void {
  sh(['ip', '-n', ns, 'addr', 'add', v4, 'dev', dev]);
  sh(['ip', '-n', ns, '-6', 'addr', 'add', v6, 'dev', dev, 'nodad']);
}

function route(ns: string, via4: string, via6: string): void {
  sh(['ip', '-n', ns, 'route', 'add', 'default', 'via', via4]);
  sh(['ip', '-n', ns, '-6', 'route', 'add', 'default', 'via', via6]);
}

function waitFor(child: ChildProcess, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start`)), 5000);
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (c) => reject(new Error(`${what} exited ${c}`)));
  });
}

export async function createTopology(): Promise<Topology> {
  const prefix = `cie-${process.pid}`;
  const ns = {
    core: `${prefix}-core`,
    runner: `${prefix}-run`,
    ctr: `${prefix}-ctr`,
    allowed: `${prefix}-ok`,
    evil: `${prefix}-evil`,
    dns: `${prefix}-dns`
  };
  const dir = mkdtempSync(join(tmpdir(), 'cie-egress-'));
  const t: Topology = { prefix, ns, dir, dnsLog: join(dir, 'dns.log'), children: [] };
  for (const n of Object.values(ns)) {
    sh(['ip', 'netns', 'add', n]);
    sh(['ip', '-n', n, 'link', 'set', 'lo', 'up']);
  }
  sh([
    'ip',
    'netns',
    'exec',
    ns.core,
    'sysctl',
    '-qw',
    'net.ipv4.ip_forward=1',
    'net.ipv6.conf.all.forwarding=1'
  ]);
  sh([
    'ip',
    'netns',
    'exec',
    ns.runner,
    'sysctl',
    '-qw',
    'net.ipv4.ip_forward=1',
    'net.ipv6.conf.all.forwarding=1'
  ]);
  const legs: [string, number, string][] = [
    [ns.runner, 1, 'run0'],
    [ns.allowed, 2, 'ok0'],
    [ns.evil, 3, 'evil0'],
    [ns.dns, 4, 'dns0']
  ];
  for (const [n, i, dev] of legs) {
    link(t, n, dev, ns.core, `c${i}`);
    addr(ns.core, `c${i}`, `10.231.${i}.1/24`, `fd00:231:${i}::1/64`);
    addr(n, dev, `10.231.${i}.2/24`, `fd00:231:${i}::2/64`);
    route(n, `10.231.${i}.1`, `fd00:231:${i}::1`);
  }
  sh(['ip', '-n', ns.allowed, 'addr', 'add', '10.231.2.3/24', 'dev', 'ok0']);
  // the "container" behind the runner, routed (not NATed) through it
  link(t, ns.ctr, 'eth0', ns.runner, 'br0');
  addr(ns.runner, 'br0', '10.231.9.1/24', 'fd00:231:9::1/64');
  addr(ns.ctr, 'eth0', '10.231.9.2/24', 'fd00:231:9::2/64');
  route(ns.ctr, '10.231.9.1', 'fd00:231:9::1');
  sh(['ip', '-n', ns.core, 'route', 'add', '10.231.9.0/24', 'via', '10.231.1.2']);
  sh(['ip', '-n', ns.core, '-6', 'route', 'add', 'fd00:231:9::/64', 'via', 'fd00:231:1::2']);

  // resolv.conf per namespace (`ip netns exec` bind-mounts /etc/netns/<ns>/resolv.conf)
  for (const n of Object.values(ns)) {
    mkdirSync(`/etc/netns/${n}`, { recursive: true });
    writeFileSync(
      `/etc/netns/${n}/resolv.conf`,
      `nameserver ${n === ns.ctr ? ADDR.runnerToCtr : ADDR.dns}\noptions timeout:1 attempts:1\n`
    );
  }

  // TLS certificate for the HTTPS servers (self-signed; the probe records whether it verified)
  sh([
    'openssl',
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=allowed.test',
    '-keyout',
    join(dir, 'key.pem'),
    '-out',
    join(dir, 'cert.pem')
  ]);
  for (const n of [ns.allowed, ns.evil]) {
    const child = spawn(
      'ip',
      [
        'netns',
        'exec',
        n,
        process.execPath,
        join(FIXTURES, 'servers.mjs'),
        join(dir, 'cert.pem'),
        join(dir, 'key.pem'),
        '80',
        '8081',
        '53'
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit']
      }
    );
    t.children.push(child);
    await waitFor(child, `servers in ${n}`);
  }
  // the "internet" DNS: authoritative for .test, never forwards, logs every query it sees
  const dns = spawn(
    'ip',
    [
      'netns',
      'exec',
      ns.dns,
      'dnsmasq',
      '--keep-in-foreground',
      '--no-resolv',
      '--no-hosts',
      '--user=root',
      '--pid-file=',
      `--listen-address=${ADDR.dns}`,
      '--bind-interfaces',
      '--local=/test/',
      '--log-queries',
      `--log-facility=${t.dnsLog}`,
      `--address=/allowed.test/${ADDR.allowed}`,
      `--address=/allowed.test/${ADDR.allowed6}`,
      `--address=/api.allowed.test/${ADDR.allowedApi}`,
      `--address=/evil.test/${ADDR.evil}`,
      `--address=/evil.test/${ADDR.evil6}`
    ],
    { stdio: 'ignore' }
  );
  t.children.push(dns);
  for (let i = 0; i < 100; i++) {
    if (
      spawnSync('ip', [
        'netns',
        'exec',
        ns.runner,
        process.execPath,
        join(FIXTURES, 'dns-query.mjs'),
        ADDR.dns,
        'allowed.test'
      ])
        .stdout.toString()
        .includes(ADDR.allowed)
    )
      break;
    await new Promise((r) => setTimeout(r, 50));
  }
  // Warm up every path once (IPv6 neighbour discovery makes the very first connect slow).
  const warm = `const net=require('net');const go=(h,p)=>new Promise(r=>{const s=net.connect({host:h,port:p});s.setTimeout(1000,()=>{s.destroy();r(0)});s.on('connect',()=>{s.destroy();r(1)});s.on('error',()=>r(0))});(async()=>{for(const h of process.argv.slice(1)){for(let i=0;i<20&&!(await go(h,80));i++)await new Promise(r=>setTimeout(r,100))}})()`;
  for (const n of [ns.runner, ns.ctr]) {
    spawnSync(
      'ip',
      [
        'netns',
        'exec',
        n,
        process.execPath,
        '-e',
        warm,
        ADDR.allowed,
        ADDR.evil,
        ADDR.allowed6,
        ADDR.evil6,
        ADDR.allowedApi
      ],
      { timeout: 15_000 }
    );
  }
  return t;
}

/** Kill everything left in our namespaces (servers, dnsmasq, the gate's resolver), then delete them by name. */
export function destroyTopology(t: Topology | undefined): void {
  if (!t) return;
  for (const c of t.children) c.kill('SIGKILL');
  for (const n of Object.values(t.ns)) {
    const pids = spawnSync('ip', ['netns', 'pids', n], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter(Boolean);
    for (const pid of pids) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // already gone
      }
    }
    spawnSync('ip', ['netns', 'del', n]);
    rmSync(`/etc/netns/${n}`, { recursive: true, force: true });
  }
  rmSync(t.dir, { recursive: true, force: true });
}

/** Run a command inside a namespace. */
export function inNs(
  ns: string,
  args: string[],
  timeoutMs = 20_000
): { status: number; stdout: string; stderr: string } {
  const r = spawnSync('ip', ['netns', 'exec', ns, ...args], {
    encoding: 'utf8',
    timeout: timeoutMs
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function dnsQuery(
  ns: string,
  server: string,
  name: string,
  type = 'A'
): { rcode?: string; answers?: string[]; error?: string } {
  return JSON.parse(
    inNs(ns, [
      process.execPath,
      join(FIXTURES, 'dns-query.mjs'),
      server,
      name,
      type
    ]).stdout.trim() || '{"error":"no output"}'
  );
}

export function dnsLogText(t: Topology): string {
  try {
    return readFileSync(t.dnsLog, 'utf8');
  } catch {
    return '';
  }
}
