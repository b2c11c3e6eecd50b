// secretless: one gate run (the shipped action bundle, cold, as a non-root uid) sweeping 500 real
// processes of that uid (a runner-like environment of ~70 variables each, a few with planted
// credentials) and 10 MB of credentials-folder files, wall time and peak RSS, side by side with
// the floor: `cat /proc/*/environ <files> | grep -aEc <the value prefixes>` over the same
// processes and files as the same uid (no names, no JWT decoding, no policy, no redaction).
// Needs root (to start processes as the bench uid), `node scripts/build.mjs secretless` first,
// GNU time (/usr/bin/time).
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, timedProcess } from './_report.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PROCESSES = 500;
const FILE_MB = 10;

if (process.getuid?.() !== 0) {
  console.log('secretless bench: needs root to start processes as the bench uid; skipped');
  process.exit(0);
}
try {
  execFileSync('/usr/bin/time', ['-f', '%M', 'true'], { stdio: 'ignore' });
} catch {
  console.log(
    'secretless bench: GNU time (/usr/bin/time) is not installed (Debian package "time"); skipped'
  );
  process.exit(0);
}

const UID = 63000 + Math.floor(Math.random() * 900);
const dir = mkdtempSync(join(tmpdir(), 'bench-secretless-'));
chownSync(dir, UID, UID);
const home = join(dir, 'home');
const hex = (n) => randomBytes(n).toString('hex');
const alnum = (n) =>
  randomBytes(n)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, 'a')
    .slice(0, n);

function chownBench(p) {
  chownSync(p, UID, UID);
}
function write(file, text) {
  writeFileSync(file, text);
  chownBench(file);
}

// 10 MB of config files under ~/.config/gcloud, and the usual small ones.
for (const d of [
  home,
  join(home, '.config'),
  join(home, '.config', 'gcloud'),
  join(home, '.docker')
]) {
  mkdirSync(d, { recursive: true });
  chownBench(d);
}
const lines = [];
let size = 0;
for (let i = 0; size < 1024 * 1024; i++) {
  const l = `{"account": "ci-${i}@example.iam.gserviceaccount.com", "project": "p-${hex(4)}", "region": "europe-west1", "value": "${hex(16)}", "enabled": true},`;
  lines.push(l);
  size += l.length + 1;
}
const mb = lines.join('\n');
for (let i = 0; i < FILE_MB; i++) write(join(home, '.config', 'gcloud', `cache-${i}.json`), mb);
write(
  join(home, '.npmrc'),
  `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=npm_${alnum(36)}\n`
);
write(
  join(home, '.docker', 'config.json'),
  JSON.stringify({ auths: { 'ghcr.io': {} }, credsStore: 'pass' }, null, 2)
);

// 500 processes of the bench uid with a runner-like environment.
const base = {
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  HOME: home,
  LANG: 'C.UTF-8',
  CI: 'true',
  GITHUB_ACTIONS: 'true'
};
for (const k of [
  'GITHUB_REPOSITORY',
  'GITHUB_RUN_ID',
  'GITHUB_SHA',
  'GITHUB_REF',
  'GITHUB_WORKFLOW',
  'GITHUB_SERVER_URL',
  'GITHUB_API_URL',
  'GITHUB_GRAPHQL_URL',
  'RUNNER_OS',
  'RUNNER_ARCH',
  'RUNNER_NAME',
  'RUNNER_TOOL_CACHE',
  'RUNNER_TEMP',
  'RUNNER_WORKSPACE',
  'ImageOS',
  'ImageVersion',
  'JAVA_HOME',
  'GOROOT',
  'ANDROID_HOME',
  'CONDA',
  'PIPX_HOME',
  'DOTNET_ROOT',
  'XDG_CONFIG_HOME',
  'POWERSHELL_DISTRIBUTION_CHANNEL'
])
  base[k] = `/opt/${k.toLowerCase()}/${hex(8)}`;
for (let i = 0; i < 40; i++) base[`TOOL_${i}_VERSION`] = `${i}.${i % 7}.${hex(2)}`;
const children = [];
for (let i = 0; i < PROCESSES; i++) {
  const env = { ...base, STEP_INDEX: String(i), INVOCATION_ID: hex(16) };
  if (i % 100 === 7) env.DEPLOY_TOKEN = `ghp_${alnum(36)}`;
  if (i % 100 === 42) env.AWS_ACCESS_KEY_ID = `AKIA${alnum(16).toUpperCase()}`;
  children.push(spawn('sleep', ['600'], { env, uid: UID, gid: UID, stdio: 'ignore' }));
}
await new Promise((r) => setTimeout(r, 1500));

function measure(cmd, args, env) {
  const r = timedProcess(cmd, args, { cwd: dir, env, uid: UID, gid: UID });
  return { ...r, code: r.status, out: r.stdout, err: r.stderr };
}

const PATTERN =
  'gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22}|A(KIA|SIA)[0-9A-Z]{16}|-----BEGIN [A-Z ]*PRIVATE KEY|eyJ[A-Za-z0-9_-]+\\.eyJ|npm_[A-Za-z0-9]{36}';
const floorScript = `cat /proc/[0-9]*/environ ${home}/.config/gcloud/* ${home}/.npmrc ${home}/.docker/config.json 2>/dev/null | grep -aEc '${PATTERN}'`;

const ours = [];
const own = [];
const empty = [];
const floor = [];
let check;
try {
  for (let i = 0; i < RUNS; i++) {
    const io = join(dir, `io-${i}`);
    mkdirSync(io);
    chownBench(io);
    const out = join(io, 'output');
    write(out, '');
    const env = {
      ...base,
      RUNNER_TEMP: io,
      GITHUB_OUTPUT: out,
      GITHUB_WORKSPACE: dir,
      INPUT_FILES: '~/.docker/config.json, ~/.npmrc, ~/.config/gcloud',
      INPUT_MODE: 'audit'
    };
    const prof = process.env.BENCH_CPU_PROF
      ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF]
      : [];
    const g = measure(
      process.execPath,
      [...prof, join(root, 'dist', 'secretless', 'index.js')],
      env
    );
    empty.push(
      measure(process.execPath, [join(root, 'dist', 'secretless', 'index.js')], {
        ...env,
        INPUT_PROCESSES: 'false',
        INPUT_FILES: 'no-such-file'
      })
    );
    own.push(
      measure(process.execPath, [join(root, 'dist', 'secretless', 'index.js')], {
        ...env,
        'INPUT_LIBRARY-RULES': 'false'
      })
    );
    const file =
      /result-file<<(\S+)\n(.*)\n/.exec(readFileSync(out, 'utf8'))?.[2] ??
      /result-file=(.*)/.exec(readFileSync(out, 'utf8'))?.[1];
    if (!file) throw new Error(`gate wrote no result (exit ${g.code}): ${g.out.slice(-800)}`);
    const result = JSON.parse(readFileSync(file, 'utf8'));
    const ev = result.evidence;
    check = {
      verdict: result.verdict,
      processesRead: ev.processes.read,
      distinct: ev.entries.distinct,
      credentials: ev.counts,
      files: ev.files.length
    };
    ours.push({ ...g, inGateMs: result.durationMs, t: ev.timingsMs });
    floor.push(measure('sh', ['-c', floorScript], { PATH: base.PATH }));
  }
} finally {
  for (const c of children) c.kill('SIGKILL');
}
const row = (name, runs) =>
  `${name.padEnd(44)} ${median(runs.map((r) => r.ms))
    .toFixed(0)
    .padStart(6)} ms wall ${median(runs.map((r) => r.cpuMs))
    .toFixed(0)
    .padStart(6)} ms cpu ${median(runs.map((r) => r.rssMiB))
    .toFixed(0)
    .padStart(5)} MiB peak RSS`;
console.log(
  `secretless: ${PROCESSES} processes of uid ${UID}, ${FILE_MB} MB of config files; median of ${RUNS}`
);
console.log(`gate: ${JSON.stringify(check)}`);
const t = ours[Math.floor(ours.length / 2)].t;
console.log(
  row('ci-intel secretless (action bundle, cold)', ours) +
    `  (in-gate ${median(ours.map((r) => r.inGateMs)).toFixed(0)} ms: /proc ${t.processes} ms, files ${t.files} ms, detection ${t.detect} ms)`
);
console.log(row('  the same, library-rules: false', own));
console.log(row('  start-up only (processes: false, no files)', empty));
console.log(
  row('cat /proc/*/environ files | grep -aEc (floor)', floor) +
    `  (${floor[0].out.trim()} matching lines)`
);
const ms = median(ours.map((r) => r.ms)) / median(floor.map((r) => r.ms));
const rss = median(ours.map((r) => r.rssMiB)) / median(floor.map((r) => r.rssMiB));
console.log(`ratio gate/floor: ${ms.toFixed(2)}× time, ${rss.toFixed(2)}× peak RSS`);
const msOwn = median(own.map((r) => r.ms)) / median(floor.map((r) => r.ms));
console.log(`ratio gate (own rules only)/floor: ${msOwn.toFixed(2)}× time`);
const cpu = median(ours.map((r) => r.cpuMs)) / Math.max(1, median(floor.map((r) => r.cpuMs)));
console.log(`ratio gate/floor in cpu time: ${cpu.toFixed(2)}×`);
rmSync(dir, { recursive: true, force: true });
