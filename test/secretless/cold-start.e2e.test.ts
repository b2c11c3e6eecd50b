/**
 * Cold start of dist/secretless: secretlint (its core and the recommended preset, a third of the
 * bundle) is loaded only when the exact pre-screen finds a text one of its rules could report in.
 * The bundle runs as a fresh non-root uid, as on a runner, against real processes of that uid and
 * credentials files; what it loaded is read from a module-load hook given to its Node.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleLoadLog } from '../helpers/module-loads.js';
import { runAction, stagedFor } from '../helpers/run-action.js';
import { freshUid, startProcess, stopAll } from './processes.js';
import { expectNoLeak, tokens } from './tokens.js';

const outputs: Record<string, string> = {};
afterAll(async () => {
  await stopAll();
  expectNoLeak(outputs);
});

const BASE_ENV = { PATH: '/usr/bin:/bin', LANG: 'C.UTF-8' };
const SECRETLINT = [
  'CONCATENATED MODULE: ./node_modules/@secretlint/core/module/index.js',
  'id: "@secretlint/secretlint-rule-preset-recommend"'
];

function owned(dir: string, uid: number): string {
  chownSync(dir, uid, uid);
  return dir;
}

function writeAs(uid: number, file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text, { mode: 0o600 });
  chownSync(file, uid, uid);
  chownSync(dirname(file), uid, uid);
}

describe('dist/secretless loads secretlint only when a text could hold what it finds', () => {
  const U = freshUid();

  async function run(label: string, home: string, ws: string, env: Record<string, string> = {}) {
    const loads = moduleLoadLog();
    // The bundle runs as U: it must read the hook and append to the log.
    chmodSync(dirname(loads.env.LOAD_LOG), 0o755);
    chmodSync(loads.env.LOAD_LOG, 0o666);
    stagedFor(U, 'secretless');
    const r = await runAction('secretless', {
      uid: U,
      workspace: ws,
      env: { HOME: home, ...env, ...loads.env },
      inputs: { files: '~/.npmrc,.git/config' }
    });
    outputs[`${label}:stdout`] = r.stdout;
    outputs[`${label}:summary`] = r.summary;
    outputs[`${label}:result`] = JSON.stringify(r.result ?? {});
    const texts = readFileSync(loads.env.LOAD_LOG, 'utf8')
      .split('\n')
      .filter((u) => u.startsWith('file:') && u.includes('/dist/secretless/'))
      .map((u) => readFileSync(fileURLToPath(u), 'utf8'));
    const secretlint = SECRETLINT.map((d) => texts.some((t) => t.includes(d)));
    return { r, texts, secretlint, modules: loads.loaded('secretless') };
  }

  function place(): { home: string; ws: string } {
    const home = owned(mkdtempSync(join(tmpdir(), 'secretless-cold-home-')), U);
    const ws = owned(mkdtempSync(join(tmpdir(), 'secretless-cold-ws-')), U);
    writeAs(U, join(home, '.npmrc'), 'registry=https://registry.npmjs.org/\nfund=false\n');
    writeAs(
      U,
      join(ws, '.git', 'config'),
      '[remote "origin"]\n\turl = https://github.com/acme/widget.git\n'
    );
    return { home, ws };
  }

  it('a clean job (processes, environment, files) is checked without loading secretlint', async () => {
    await startProcess(
      { ...BASE_ENV, GITHUB_SERVER_URL: 'https://github.com', RUNNER_OS: 'Linux' },
      { uid: U }
    );
    const { home, ws } = place();
    const { r, texts, secretlint, modules } = await run('clean', home, ws, {
      GITHUB_API_URL: 'https://api.github.com'
    });
    expect(r.result?.verdict).toBe('pass');
    expect(Number(r.outputs['processes-read'])).toBeGreaterThanOrEqual(1);
    expect(texts.length).toBeGreaterThan(0);
    expect(modules.has('lib/secrets/library-screen.js')).toBe(true);
    expect(secretlint).toEqual([false, false]);
    // The evidence still names the rules secretlint would run.
    const ev = r.result?.evidence as { rules: { library: string[] } };
    expect(ev.rules.library).toContain('@secretlint/secretlint-rule-slack');
  }, 60_000);

  it('a process holding a credential only secretlint knows loads it, and it is found', async () => {
    const slack = tokens.slack();
    await startProcess({ ...BASE_ENV, CHAT_BOT: slack }, { uid: U });
    const { home, ws } = place();
    const { r, secretlint } = await run('process', home, ws);
    expect(secretlint).toEqual([true, true]);
    expect(r.result?.verdict).toBe('fail');
    const ev = r.result?.evidence as { credentials: { name: string; rule: string }[] };
    expect(ev.credentials.filter((c) => c.name === 'CHAT_BOT').map((c) => c.rule)).toEqual([
      'secretlint/slack'
    ]);
  }, 60_000);
});
