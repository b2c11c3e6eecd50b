/**
 * dist/secretless run as the runner runs it, as a non-root uid (the runner's user), against real
 * processes of that uid and of another, a non-dumpable one, credentials files in its HOME and a
 * checkout's persisted extraheader. Every output of every run is searched for every planted
 * secret.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  chownSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction, runCli, stagedFor, type ActionRun } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { freshUid, startProcess, stopAll } from './processes.js';
import { alnum, expectNoLeak, jwt, nowS, plant, tokens } from './tokens.js';

const runs: Record<string, string> = {};
afterAll(async () => {
  await stopAll();
});

/** Every file under `dir`, as text. */
function filesUnder(dir: string, into: Record<string, string>, label: string): void {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) filesUnder(p, into, `${label}/${name}`);
    else into[`${label}/${name}`] = readFileSync(p, 'latin1');
  }
}

/** Record every output of a run (stdout, stderr, outputs, summary, every file it wrote). */
function collect(name: string, r: ActionRun, extra: string[] = []): void {
  runs[`${name}:stdout`] = r.stdout;
  runs[`${name}:stderr`] = r.stderr;
  runs[`${name}:outputs`] = JSON.stringify(r.outputs);
  runs[`${name}:summary`] = r.summary;
  filesUnder(r.runnerTemp, runs, `${name}:runner-temp`);
  for (const f of extra) runs[`${name}:${f}`] = readFileSync(f, 'latin1');
}

function owned(dir: string, uid: number): string {
  chownSync(dir, uid, uid);
  return dir;
}

function writeAs(uid: number, file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text, { mode: 0o600 });
  let d = file;
  while (d.length > 1 && !d.endsWith('-home') && !d.endsWith('-ws')) {
    chownSync(d, uid, uid);
    d = dirname(d);
  }
  chownSync(d, uid, uid);
}

const BASE_ENV = { PATH: '/usr/bin:/bin', LANG: 'C.UTF-8' };

describe('dist/secretless as a non-root uid', () => {
  const U = freshUid();
  const V = U + 1;
  const home = owned(mkdtempSync(join(tmpdir(), 'secretless-home-')), U);
  const ws = owned(mkdtempSync(join(tmpdir(), 'secretless-ws-')), U);
  const t = {
    deploy: tokens.ghp(),
    keyId: tokens.awsKeyId(),
    awsSecret: tokens.awsSecret(),
    appShort: tokens.ghsJwt(3600),
    appLong: tokens.ghsJwt(30 * 86400),
    oidc: tokens.oidc(),
    longJwt: jwt({ iss: 'https://auth.example', iat: nowS() - 60, exp: nowS() + 90 * 86400 }),
    pem: tokens.pem(),
    slack: tokens.slack(),
    runnerGhs: tokens.ghs(),
    loneOidcRequest: jwt({ iss: 'x', exp: nowS() + 3600 * 24 * 365 }),
    pat: tokens.githubPat(),
    patAsGithubToken: tokens.ghp(),
    huge: tokens.ghu(),
    otherUid: tokens.ghp(),
    unreadable: tokens.ghp(),
    gateEnv: tokens.npm(),
    npmrc: tokens.npm(),
    docker: tokens.ghp(),
    ini: tokens.awsSecret(),
    kube: jwt({ iss: 'kubernetes/serviceaccount', sub: 'system:serviceaccount:ci:x' }),
    ghsCheckout: tokens.ghs(),
    adc: tokens.pem()
  };
  const dockerAuth = plant(Buffer.from(`robot:${t.docker}`).toString('base64'));
  const basic = plant(Buffer.from(`x-access-token:${t.ghsCheckout}`).toString('base64'));
  let r: ActionRun;
  const sarif = join(ws, 'secretless.sarif');

  beforeAll(async () => {
    // The bundle runs as U; runAction stages a world-readable copy of Node and the bundle when the
    // checkout is not reachable by other users (a clone under /root).
    stagedFor(U, 'secretless');
    await startProcess(
      {
        ...BASE_ENV,
        DEPLOY_TOKEN: t.deploy,
        AWS_ACCESS_KEY_ID: t.keyId,
        AWS_SECRET_ACCESS_KEY: t.awsSecret,
        APP_TOKEN_SHORT: t.appShort,
        APP_TOKEN_LONG: t.appLong,
        CLOUD_ID_TOKEN: t.oidc,
        VENDOR_JWT: t.longJwt,
        SIGNING_KEY: t.pem,
        SLACK_WEBHOOK_BOT: t.slack,
        GITHUB_TOKEN: t.runnerGhs,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: t.loneOidcRequest
      },
      { uid: U }
    );
    await startProcess(
      {},
      {
        uid: U,
        shell: `exec env -i $'JUNK=\\xff\\xfe\\x80' PAT=${t.pat} GITHUB_TOKEN=${t.patAsGithubToken} sleep 600`
      }
    );
    const huge: Record<string, string> = { ...BASE_ENV };
    for (let i = 0; i < 1500; i++) huge[`FILL_${i}`] = alnum(1000);
    huge.LAST = t.huge;
    await startProcess(huge, { uid: U });
    await startProcess({ ...BASE_ENV, OTHER_TOKEN: t.otherUid }, { uid: V });
    await startProcess({ ...BASE_ENV, HIDDEN_TOKEN: t.unreadable }, { uid: U, nonDumpable: true });

    writeAs(U, join(home, '.npmrc'), `//registry.npmjs.org/:_authToken=${t.npmrc}\n`);
    writeAs(
      U,
      join(home, '.docker', 'config.json'),
      JSON.stringify({ auths: { 'ghcr.io': { auth: dockerAuth } } }, null, 2)
    );
    writeAs(U, join(home, '.aws', 'credentials'), `[default]\naws_secret_access_key = ${t.ini}\n`);
    writeAs(
      U,
      join(home, '.kube', 'config'),
      `users:\n- name: ci\n  user:\n    token: ${t.kube}\n`
    );
    writeAs(
      U,
      join(home, '.config', 'gcloud', 'legacy_credentials', 'ci@example.iam', 'adc.json'),
      JSON.stringify({ type: 'service_account', private_key: `${t.adc}\n` }, null, 2)
    );
    writeAs(
      U,
      join(ws, '.git', 'config'),
      `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${basic}\n`
    );

    r = await runAction('secretless', {
      uid: U,
      workspace: ws,
      env: { HOME: home, CI_TOKEN_FOR_NPM: t.gateEnv },
      inputs: { 'sarif-file': 'secretless.sarif' }
    });
    collect('planted', r, [sarif]);
  }, 60_000);

  it('fails on every long-lived credential, allows the short-lived ones, counts what it could not read', () => {
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expectValidResult(r.result);
    const ev = r.result?.evidence as {
      uid: number;
      processes: {
        read: number;
        unreadable: number;
        otherUid: number;
        binaryEntries: number;
        unreadableList: { comm: string }[];
      };
      credentials: {
        name: string;
        rule: string;
        outcome: string;
        redacted: string;
        locations: string[];
      }[];
      files: { path: string; status: string }[];
    };
    expect(ev.uid).toBe(U);
    // 3 on a quiet machine. Under load, perl's environ was once read before its prctl call made it
    // non-dumpable (startProcess now waits for that); the credential assertions pin the rest.
    expect(ev.processes.read).toBeGreaterThanOrEqual(3);
    expect(ev.processes.unreadable).toBe(1);
    expect(ev.processes.unreadableList[0].comm).toBe('perl');
    expect(ev.processes.otherUid).toBeGreaterThan(0);
    expect(ev.processes.binaryEntries).toBe(1);
    expect(r.outputs['processes-unreadable']).toBe('1');
    const by = (name: string) =>
      ev.credentials.filter((c) => c.name === name).map((c) => `${c.rule}:${c.outcome}`);
    expect(by('DEPLOY_TOKEN')).toEqual(['github-token:fail']);
    expect(by('AWS_ACCESS_KEY_ID')).toEqual(['aws-access-key-id:fail']);
    expect(by('AWS_SECRET_ACCESS_KEY')).toEqual(['aws-secret-access-key:fail']);
    expect(by('APP_TOKEN_SHORT')).toEqual(['github-app-token:short-lived']);
    expect(by('APP_TOKEN_LONG')).toEqual(['github-app-token:fail']);
    expect(by('CLOUD_ID_TOKEN')).toEqual(['jwt:short-lived']);
    expect(by('VENDOR_JWT')).toEqual(['jwt:fail']);
    expect(by('SIGNING_KEY')).toEqual(['private-key:fail']);
    expect(by('SLACK_WEBHOOK_BOT')).toEqual(['secretlint/slack:fail']);
    // The runner's ghs_ under GITHUB_TOKEN is allowed; a ghp_ PAT mapped to the same name is not.
    expect(by('GITHUB_TOKEN').sort()).toEqual(['github-token:allowed', 'github-token:fail']);
    expect(by('ACTIONS_ID_TOKEN_REQUEST_TOKEN')).toEqual(['jwt:fail']);
    expect(by('PAT')).toEqual(['github-pat:fail']);
    expect(by('LAST')).toEqual(['github-token:fail']);
    expect(by('CI_TOKEN_FOR_NPM')).toEqual(['npm-token:fail']);
    expect(by('OTHER_TOKEN')).toEqual([]);
    expect(by('HIDDEN_TOKEN')).toEqual([]);
    // Files: each rule at its file and line.
    const inFiles = ev.credentials
      .filter((c) => c.locations[0].includes(':'))
      .map((c) => `${c.rule}@${c.locations[0]}`);
    expect(inFiles).toEqual(
      expect.arrayContaining([
        'npm-token@~/.npmrc:1:34',
        'github-token@~/.docker/config.json:4:16',
        'aws-secret-access-key@~/.aws/credentials:2:25',
        'jwt@~/.kube/config:4:12',
        'private-key@~/.config/gcloud/legacy_credentials/ci@example.iam/adc.json:3:19',
        'github-token@.git/config:2:37'
      ])
    );
    for (const c of ev.credentials)
      expect(c.redacted).toMatch(/^\*\*\*[a-z0-9/-]+:[0-9a-f]{12}\*\*\*$/);
    const rules = new Set(r.result?.findings.map((f) => f.rule));
    for (const id of [
      'secretless/long-lived-credential',
      'secretless/token-ttl-too-long',
      'secretless/short-lived-token',
      'secretless/allowed-name',
      'secretless/process-unreadable'
    ])
      expect(rules).toContain(id);
  });

  it('writes SARIF with file locations, a summary table and a policy record', () => {
    const log = JSON.parse(readFileSync(sarif, 'utf8'));
    const uris = log.runs[0].results.map(
      (x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        x.locations[0].physicalLocation.artifactLocation.uri
    );
    expect(uris).toContain('.git/config');
    expect(r.summary).toContain('Credentials (values redacted)');
    expect(r.summary).toMatch(/\*\*\*github-token:[0-9a-f]{12}\*\*\*/);
    const policies = readFileSync(join(r.runnerTemp, 'ci-intel', 'policies.ndjson'), 'utf8');
    expect(JSON.parse(policies.trim().split('\n')[0])).toMatchObject({ result: 'deny' });
    // A GitHub annotation for the checkout's persisted token.
    expect(r.stdout).toMatch(/::error (?:title=[^,]*,)?file=\.git\/config,line=2/);
  });

  it('nothing readable is an error, never a pass (the gate alone under its uid)', async () => {
    const W = freshUid() + 1;
    const empty = owned(mkdtempSync(join(tmpdir(), 'secretless-ws-')), W);
    const run = await runAction('secretless', { uid: W, workspace: empty, env: { HOME: empty } });
    collect('alone', run);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(run.result?.findings.map((f) => f.rule)).toContain('secretless/nothing-read');
  });

  it('passes a job holding only allowed names and short-lived tokens; on-unreadable: warn accepts a refused process', async () => {
    const X = freshUid() + 1;
    const clean = owned(mkdtempSync(join(tmpdir(), 'secretless-ws-')), X);
    const oidcReq = jwt({
      iss: 'https://vstoken.actions.githubusercontent.com',
      iat: nowS(),
      exp: nowS() + 3600
    });
    await startProcess(
      {
        ...BASE_ENV,
        GITHUB_TOKEN: tokens.ghs(),
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidcReq,
        ACTIONS_ID_TOKEN_REQUEST_URL:
          'https://pipelines.actions.githubusercontent.com/oidc?api-version=2.0',
        ID_TOKEN: tokens.oidc(),
        NODE_AUTH_TOKEN: 'XXXXX-XXXXX-XXXXX-XXXXX'
      },
      { uid: X }
    );
    const ok = await runAction('secretless', { uid: X, workspace: clean, env: { HOME: clean } });
    collect('clean', ok);
    expect(
      ok.result?.findings.filter((f) => (f as { severity?: string }).severity === 'error')
    ).toEqual([]);
    expect(ok.outputs.verdict).toBe('pass');
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs.allowed).toBe('3');

    await startProcess({ ...BASE_ENV }, { uid: X, nonDumpable: true });
    const strict = await runAction('secretless', {
      uid: X,
      workspace: clean,
      env: { HOME: clean }
    });
    collect('strict', strict);
    expect(strict.outputs.verdict).toBe('error');
    const warn = await runAction('secretless', {
      uid: X,
      workspace: clean,
      env: { HOME: clean },
      inputs: { 'on-unreadable': 'warn' }
    });
    collect('warn', warn);
    expect(warn.outputs.verdict).toBe('pass');
    expect(
      warn.result?.findings.find((f) => f.rule === 'secretless/process-unreadable')
    ).toMatchObject({ severity: 'warning' });
  });

  it('audit mode reports without failing the step', async () => {
    const run = await runAction('secretless', {
      uid: U,
      workspace: ws,
      env: { HOME: home },
      inputs: { mode: 'audit', processes: 'false' }
    });
    collect('audit', run);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('fail');
  });

  it('the CLI runs the same gate: ci-intel secretless --format json', async () => {
    const cli = await runCli(
      ['secretless', '--processes', 'false', '--files', '~/.npmrc', '--format', 'json'],
      { cwd: ws, env: { HOME: home, RELEASE_TOKEN: tokens.ghp() } }
    );
    runs['cli:stdout'] = cli.stdout;
    runs['cli:stderr'] = cli.stderr;
    expect(cli.exitCode).toBe(1);
    const result = JSON.parse(cli.stdout);
    expectValidResult(result);
    expect(
      result.evidence.credentials.map((c: { name: string; rule: string }) => `${c.name}:${c.rule}`)
    ).toEqual(
      expect.arrayContaining([
        'RELEASE_TOKEN:github-token',
        '//registry.npmjs.org/:_authToken:npm-token'
      ])
    );
  });

  it('no output of any run holds any planted secret (whole, past a dot, or in base64)', () => {
    expect(Object.keys(runs).length).toBeGreaterThan(20);
    expectNoLeak(runs);
  });
});
