/**
 * Secrets in every encoding they take on the wire stay out of everything a run leaves behind:
 * a registry on 127.0.0.1 that echoes the Authorization header it got (Basic base64(user:pass),
 * then the bearer token its token service handed out) and the URL-encoded password into its
 * error body, which the gate quotes. Checked in the log, the result file, the outputs, the job
 * summary, the annotations, and the CLI's JSON, SARIF and text reports. And a secret that equals
 * "enforce" or "pass" never rewrites the mode or the verdict.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, runCli } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';

const USER = 'alice';
const PASSWORD = 'Pa55:w0rd/+?&= x';
const BEARER = 'reg-token-' + 'Kq3Zt'.repeat(6);
const DIGEST = 'sha256:' + 'ab'.repeat(32);

let ws: string;
let server: Server;
let port: number;

function answer(req: IncomingMessage, res: ServerResponse): void {
  const auth = req.headers.authorization;
  const url = req.url ?? '';
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  if (url.startsWith('/token')) return json(200, { token: BEARER });
  const bearer = url.includes('/bearer/');
  if (!auth) {
    return json(
      401,
      { errors: [{ code: 'UNAUTHORIZED' }] },
      {
        'www-authenticate': bearer
          ? `Bearer realm="http://127.0.0.1:${port}/token",service="test",scope="repository:acme/bearer/app:pull"`
          : 'Basic realm="test"'
      }
    );
  }
  // A registry that quotes what it was sent: the credential must not travel on into reports.
  // The second message puts the password across the point where the client cuts the server's
  // text (200 characters): the cut must not leave a fragment the redactor cannot recognise.
  const first = `got ${auth} pw=${encodeURIComponent(PASSWORD)}`;
  const pad = 'x'.repeat(195 - `DENIED ${first}; DENIED `.length - ' pw='.length);
  json(403, {
    errors: [
      { code: 'DENIED', message: first },
      { code: 'DENIED', message: `${pad} pw=${encodeURIComponent(PASSWORD)}` }
    ]
  });
}

beforeAll(async () => {
  ws = mkdtempSync(join(tmpdir(), 'redaction-e2e-'));
  server = createServer(answer);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(ws, { recursive: true, force: true });
});

function leaks(text: string): string[] {
  const basic = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
  const forms = {
    password: PASSWORD,
    'url-encoded password': encodeURIComponent(PASSWORD),
    'the start of the url-encoded password': `pw=${encodeURIComponent(PASSWORD).slice(0, 4)}`,
    'Basic credential': basic,
    'part of the Basic credential': basic.slice(8, 24),
    'bearer token': BEARER,
    'base64 bearer token': Buffer.from(BEARER).toString('base64').slice(0, 20)
  };
  return Object.entries(forms)
    .filter(([, v]) => text.includes(v))
    .map(([k]) => k);
}

describe('credentials are redacted in every encoding', () => {
  it.each(['basic', 'bearer'])('action: %s auth, echoed by the registry', async (scheme) => {
    const run = await runAction('referrer-presence', {
      workspace: ws,
      inputs: {
        image: `127.0.0.1:${port}/acme/${scheme}/app@${DIGEST}`,
        insecure: 'true',
        username: USER,
        password: PASSWORD,
        require: 'spdx'
      }
    });
    expect(run.exitCode).toBe(1);
    expectValidResult(run.result);
    expect(run.outputs.verdict).toBe('error');
    // The registry's words arrive, with the credential masked.
    // (`YWxpY2U6` is base64 of the user name `alice:`, which is not a secret.)
    // The registry client scrubs the whole Basic credential it holds; the redactor would leave
    // the user name's part (`YWxpY2U6`): either is safe.
    expect(run.result?.summary).toMatch(
      scheme === 'basic' ? /got Basic (YWxpY2U6)?\*\*\* pw=\*\*\*/ : /got Bearer \*\*\* pw=\*\*\*/
    );
    expect(run.result?.summary).toContain('pw=***');
    const resultFile = readFileSync(run.outputs['result-file'], 'utf8');
    // `::add-mask::` lines are the runner's masking commands (consumed, never shown): every
    // other line of the log is what a reader sees.
    const masks = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
    const log = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    // The runner is told to mask the password's encodings and, for bearer, the fetched token.
    // (A workflow command escapes `%` as `%25`; the runner unescapes it.)
    expect(masks).toContain(`::add-mask::${encodeURIComponent(PASSWORD).replace(/%/g, '%25')}`);
    if (scheme === 'bearer') expect(masks).toContain(`::add-mask::${BEARER}`);
    const everything = [log, run.stderr, run.summary, resultFile, JSON.stringify(run.outputs)];
    expect(leaks(everything.join('\n'))).toEqual([]);
    expect(run.stdout).toContain('***');
  });

  it.each(['basic', 'bearer'])(
    'CLI: %s auth, in the JSON, SARIF and text reports',
    async (scheme) => {
      for (const format of ['json', 'sarif', 'text']) {
        const run = await runCli(
          [
            'referrer-presence',
            '--image',
            `127.0.0.1:${port}/acme/${scheme}/app@${DIGEST}`,
            '--insecure',
            'true',
            '--username',
            USER,
            '--password',
            PASSWORD,
            '--require',
            'spdx',
            '--format',
            format
          ],
          { cwd: ws }
        );
        expect(run.exitCode).toBe(2);
        expect(run.stdout).toContain('DENIED');
        expect(leaks(run.stdout + run.stderr)).toEqual([]);
      }
    }
  );
});

describe('a secret equal to an enum value changes no verdict and no mode', () => {
  it('password "enforce": the mode stays enforce and the step still fails', async () => {
    const run = await runAction('referrer-presence', {
      workspace: ws,
      inputs: {
        image: `127.0.0.1:${port}/acme/basic/app@${DIGEST}`,
        insecure: 'true',
        username: USER,
        password: 'enforce',
        require: 'spdx'
      }
    });
    expectValidResult(run.result);
    expect(run.result?.mode).toBe('enforce');
    expect(run.result?.verdict).toBe('error');
    expect(run.exitCode).toBe(1);
  });

  it('token "pass": a passing gate still passes, in the result and the outputs', async () => {
    writeFileSync(
      join(ws, 'evidence.json'),
      JSON.stringify({
        drill: {
          last_success_rfc3339: '2026-11-30T03:00:00Z',
          type: 'restore',
          rpo_s: 10,
          rto_s: 60,
          result: 'pass'
        }
      })
    );
    const inputs = { evidence: 'evidence.json', now: '2026-12-01T00:00:00Z', token: 'pass' };
    const run = await runAction('dr-freshness', { workspace: ws, inputs });
    expectValidResult(run.result);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.result?.verdict).toBe('pass');
    expect(run.result?.mode).toBe('enforce');
    const cli = await runCli(
      [
        'dr-freshness',
        '--format',
        'json',
        ...Object.entries(inputs).flatMap(([k, v]) => [`--${k}`, v])
      ],
      { cwd: ws }
    );
    expect(cli.exitCode).toBe(0);
    expect((JSON.parse(cli.stdout) as { verdict: string }).verdict).toBe('pass');
  });
});
