/**
 * Auth against the real registry: htpasswd (Basic) and the Bearer token challenge with our own
 * ES256 token service (anonymous pull-only tokens, bad credentials, insufficient_scope).
 * Secrets and tokens never reach the outputs, the log or the result file.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { HAVE_REGISTRY, startRegistry, type RunningRegistry } from './helpers/distribution.js';
import {
  provenanceBundle,
  pushImage,
  spdxArtifact,
  writeFallbackTag,
  type Desc
} from './helpers/fixtures.js';
import { messages, runGate } from './helpers/gate.js';
import { Pusher } from './helpers/push.js';
import { startTokenServer, type TokenServer } from './helpers/token-server.js';

const d = HAVE_REGISTRY ? describe : describe.skip;
const base = { insecure: 'true', 'timeout-seconds': '20', require: 'spdx, slsa-provenance' };
const PASSWORD = 's3cret-Pa55word';
/** The log as the runner shows it: `::add-mask::` commands are consumed by the runner, not printed. */
const shown = (stdout: string): string =>
  stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');

async function seed(p: Pusher): Promise<Desc> {
  const img = await pushImage(p, `auth-${p.t.url}`);
  await writeFallbackTag(p, img.digest, [
    await spdxArtifact(p, img),
    await provenanceBundle(p, img)
  ]);
  return img;
}

d('htpasswd (Basic) registry', () => {
  let reg: RunningRegistry;
  let img: Desc;
  beforeAll(async () => {
    reg = await startRegistry({ htpasswd: { user: 'ci', password: PASSWORD } });
    img = await seed(
      new Pusher({ url: reg.url, repo: 'team/app', user: 'ci', password: PASSWORD })
    );
  });
  afterAll(async () => reg?.stop());

  it('passes with the right credentials and never prints the password', async () => {
    const run = await runGate({
      ...base,
      image: `${reg.host}/team/app@${img.digest}`,
      username: 'ci',
      password: PASSWORD
    });
    expect(run.result?.verdict).toBe('pass');
    const all =
      shown(run.stdout) +
      run.stderr +
      JSON.stringify(run.outputs) +
      readFileSync(run.outputs['result-file'], 'utf8') +
      run.summary;
    expect(all).not.toContain(PASSWORD);
    expect(run.stdout).toContain(`::add-mask::${PASSWORD}`);
    expect(run.evidence.requests[0].status).toBe(401);
  });

  it('is an error naming the missing credentials when none are given', async () => {
    const run = await runGate({ ...base, image: `${reg.host}/team/app@${img.digest}` });
    expect(run.result?.verdict).toBe('error');
    expect(messages(run)).toContain(
      'the registry asks for credentials (Basic realm "test-basic-realm") and none were given'
    );
  });

  it('is an error when the password is wrong', async () => {
    const run = await runGate({
      ...base,
      image: `${reg.host}/team/app@${img.digest}`,
      username: 'ci',
      password: 'wrong-password'
    });
    expect(run.result?.verdict).toBe('error');
    expect(messages(run)).toContain("rejected the credentials of user 'ci' (401)");
  });
});

d('token (Bearer) registry', () => {
  let reg: RunningRegistry;
  let tokens: TokenServer;
  let img: Desc;
  beforeAll(async () => {
    tokens = await startTokenServer({ ci: PASSWORD, outsider: 'outsider-pw' }, ['outsider']);
    reg = await startRegistry({
      token: {
        realm: tokens.realm,
        service: tokens.service,
        issuer: tokens.issuer,
        certFile: tokens.certFile
      }
    });
    img = await seed(
      new Pusher({ url: reg.url, repo: 'team/app', user: 'ci', password: PASSWORD })
    );
  });
  afterAll(async () => {
    await reg?.stop();
    await tokens?.stop();
  });

  it('passes with credentials: one token for repository:team/app:pull, reused, and masked', async () => {
    tokens.log.length = 0;
    const run = await runGate({
      ...base,
      image: `${reg.host}/team/app@${img.digest}`,
      username: 'ci',
      password: PASSWORD
    });
    expect(run.result?.verdict).toBe('pass');
    expect(tokens.log).toEqual([
      { scope: 'repository:team/app:pull', user: 'ci', granted: ['pull'], status: 200 }
    ]);
    const tokenRequests = run.evidence.requests.filter((r) => r.path.includes('/token'));
    expect(tokenRequests).toHaveLength(1);
    expect(run.stdout).toMatch(/^::add-mask::eyJ/m);
    const all =
      shown(run.stdout) +
      JSON.stringify(run.outputs) +
      readFileSync(run.outputs['result-file'], 'utf8');
    expect(all).not.toMatch(/eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\./);
    expect(all).not.toContain(PASSWORD);
  });

  it('passes anonymously with a pull-only token', async () => {
    tokens.log.length = 0;
    const run = await runGate({ ...base, image: `${reg.host}/team/app@${img.digest}` });
    expect(run.result?.verdict).toBe('pass');
    expect(tokens.log[0]).toEqual({
      scope: 'repository:team/app:pull',
      user: '',
      granted: ['pull'],
      status: 200
    });
  });

  it('is an error when the token service rejects the credentials', async () => {
    const run = await runGate({
      ...base,
      image: `${reg.host}/team/app@${img.digest}`,
      username: 'ci',
      password: 'not-the-password'
    });
    expect(run.result?.verdict).toBe('error');
    expect(messages(run)).toContain(
      "rejected the credentials of user 'ci' (401) for scope 'repository:team/app:pull'"
    );
  });

  it('is an error (not a pass) on an insufficient_scope re-challenge', async () => {
    tokens.log.length = 0;
    const run = await runGate({
      ...base,
      image: `${reg.host}/team/app@${img.digest}`,
      username: 'outsider',
      password: 'outsider-pw'
    });
    expect(run.result?.verdict).toBe('error');
    expect(tokens.log).toEqual([
      { scope: 'repository:team/app:pull', user: 'outsider', granted: [], status: 200 }
    ]);
    expect(messages(run)).toContain(
      "the token for scope 'repository:team/app:pull' was refused (insufficient_scope)"
    );
    expect(run.evidence).toBeDefined();
  });
});
