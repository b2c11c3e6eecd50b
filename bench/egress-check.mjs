// bench: egress-check probe vs the usual peer, a shell loop of `curl --connect-timeout` per destination
// (what audit scripts and harden-runner-free setups use), measured side by side in the same run.
//   A: 16 destinations on 127.0.0.1 (8 listening, 8 closed), no privileges.
//   B (root only): 16 destinations behind a black hole in a throwaway namespace (every packet dropped),
//      1 s timeout: the gate finishes in about one timeout, the loop in one timeout per destination.
//   C (root only): installing the enforce policy (nft table + allowlisting resolver) in a namespace.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { report as result } from './_report.mjs';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli', 'index.js');
const node = process.execPath;
const runs = 5;

function time(fn) {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function curlLoop(prefix, targets, timeoutS) {
  const script = targets
    .map(
      (t) =>
        `curl -s -o /dev/null --connect-timeout ${timeoutS} --max-time ${timeoutS + 1} telnet://${t} </dev/null; true`
    )
    .join('\n');
  const cmd = [...prefix, 'sh', '-c', script];
  spawnSync(cmd[0], cmd.slice(1), { stdio: 'ignore' });
}
function gate(prefix, allowed, denied, timeoutMs, extra = []) {
  const args = [
    cli,
    'egress-check',
    '--format',
    'json',
    '--timeout-ms',
    String(timeoutMs),
    '--allowed-endpoints',
    allowed.join(' '),
    '--probe-denied',
    denied.join(' '),
    ...extra
  ];
  const cmd = [...prefix, node, ...args];
  const r = spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8' });
  return JSON.parse(r.stdout);
}
function report(name, ours, peer, n = runs) {
  result({
    bench: 'egress-check',
    case: `${name} (CLI bundle)`,
    project: ours,
    peer: 'curl loop',
    peerValue: peer,
    ratio: peer / ours,
    ratioIs: 'peer/project time'
  });
  console.log(
    `${name}: ci-intel egress-check ${ours.toFixed(0)} ms, curl loop ${peer.toFixed(0)} ms (median of ${n}); ratio ${(peer / ours).toFixed(1)}x`
  );
}

// A: the listening servers live in their own process (spawnSync below blocks this one's event loop)
const srv = spawn(
  node,
  [
    '-e',
    `const net=require('net');const ports=[];let n=0;for(let i=0;i<8;i++){const s=net.createServer(c=>c.end()).listen(0,'127.0.0.1',()=>{ports.push(s.address().port);if(++n===8)console.log(JSON.stringify(ports))})}`
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] }
);
const openPorts = await new Promise((r) =>
  srv.stdout.once('data', (d) => r(JSON.parse(d.toString())))
);
const closedPorts = [];
for (let i = 0; i < 8; i++) {
  const s = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => s.once('listening', r));
  closedPorts.push(s.address().port);
  await new Promise((r) => s.close(r));
}
const allowedA = openPorts.map((p) => `127.0.0.1:${p}`);
const deniedA = closedPorts.map((p) => `127.0.0.1:${p}`);
const oursA = [];
const peerA = [];
for (let i = 0; i < runs; i++) {
  let v;
  oursA.push(time(() => (v = gate([], allowedA, deniedA, 2000).verdict)));
  if (v !== 'pass') throw new Error(`bench A: expected pass, got ${v}`);
  peerA.push(time(() => curlLoop([], [...allowedA, ...deniedA], 2)));
}
srv.kill();
report('A 16 destinations on 127.0.0.1', median(oursA), median(peerA));

const isRoot = process.getuid?.() === 0;
if (!isRoot) {
  console.log('B, C skipped: need root (network namespaces)');
  process.exit(0);
}
const ns = `cie-bench-${process.pid}`;
const hole = `${ns}-h`;
const sh = (...a) => execFileSync(a[0], a.slice(1), { stdio: 'ignore' });
const temp = mkdtempSync(join(tmpdir(), 'cie-bench-'));
chmodSync(temp, 0o755);
try {
  sh('ip', 'netns', 'add', ns);
  sh('ip', 'netns', 'add', hole);
  sh('ip', '-n', ns, 'link', 'set', 'lo', 'up');
  sh('ip', 'link', 'add', 'p0', 'netns', ns, 'type', 'veth', 'peer', 'name', 'h0', 'netns', hole);
  sh('ip', '-n', ns, 'link', 'set', 'p0', 'up');
  sh('ip', '-n', hole, 'link', 'set', 'h0', 'up');
  sh('ip', '-n', ns, 'addr', 'add', '10.99.0.1/24', 'dev', 'p0');
  sh('ip', '-n', hole, 'addr', 'add', '10.99.0.2/24', 'dev', 'h0');
  sh('ip', '-n', ns, 'route', 'add', 'default', 'via', '10.99.0.2');
  sh(
    'ip',
    'netns',
    'exec',
    hole,
    'nft',
    'add table inet t; add chain inet t in { type filter hook input priority 0; policy drop; }; add chain inet t fw { type filter hook forward priority 0; policy drop; }'
  );
  const prefix = ['ip', 'netns', 'exec', ns];
  const allowedB = Array.from({ length: 8 }, (_, i) => `10.98.0.${10 + i}:443`);
  const deniedB = Array.from({ length: 8 }, (_, i) => `10.97.0.${10 + i}:80`);
  const oursB = [];
  const peerB = [];
  for (let i = 0; i < 3; i++) {
    oursB.push(time(() => gate(prefix, allowedB, deniedB, 1000)));
    peerB.push(time(() => curlLoop(prefix, [...allowedB, ...deniedB], 1)));
  }
  report('B 16 dropped destinations, 1 s timeout', median(oursB), median(peerB), 3);

  // C: enforce install (nft table + resolver start + resolv.conf) then probe one local destination
  const oursC = [];
  for (let i = 0; i < runs; i++) {
    const env = { ...process.env, RUNNER_TEMP: temp };
    const args = [
      ...prefix,
      node,
      cli,
      'egress-check',
      '--operation',
      'enforce',
      '--format',
      'json',
      '--allowed-endpoints',
      '10.99.0.2/32',
      '--probe-denied',
      '10.97.0.1:80',
      '--allow-runner-endpoints',
      'false',
      '--dns-upstream',
      '10.99.0.2'
    ];
    let r;
    oursC.push(time(() => (r = spawnSync(args[0], args.slice(1), { encoding: 'utf8', env }))));
    const result = JSON.parse(r.stdout);
    if (result.verdict !== 'pass') throw new Error(`bench C: ${result.summary}`);
    spawnSync(prefix[0], [...prefix.slice(1), node, cli, 'egress-check', '--operation', 'report'], {
      env,
      stdio: 'ignore'
    });
  }
  console.log(
    `C enforce install + 1 probe + report: ${median(oursC).toFixed(0)} ms (median of ${runs}; harden-runner's agent install is not runnable here: closed service)`
  );
} finally {
  spawnSync('ip', ['netns', 'pids', ns], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean)
    .forEach((p) => {
      try {
        process.kill(Number(p), 'SIGKILL');
      } catch {
        /* gone */
      }
    });
  spawnSync('ip', ['netns', 'del', ns]);
  spawnSync('ip', ['netns', 'del', hole]);
  rmSync(`/etc/netns/${ns}`, { recursive: true, force: true });
  rmSync(temp, { recursive: true, force: true });
}
