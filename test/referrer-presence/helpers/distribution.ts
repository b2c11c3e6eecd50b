/**
 * Starts Debian's `docker-registry` (CNCF distribution 2.8) on 127.0.0.1 with a random free port
 * and temp storage — open, htpasswd (Basic) or token (Bearer) — and stops it by its pid.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REGISTRY_BIN = '/usr/bin/docker-registry';
export const HAVE_REGISTRY = existsSync(REGISTRY_BIN);

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface RegistryAuth {
  htpasswd?: { user: string; password: string };
  token?: { realm: string; service: string; issuer: string; certFile: string };
}

export interface RunningRegistry {
  url: string;
  host: string;
  dir: string;
  stop(): Promise<void>;
}

export async function startRegistry(auth: RegistryAuth = {}): Promise<RunningRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'ci-intel-registry-'));
  const port = await freePort();
  const lines = [
    'version: 0.1',
    'log: {level: error, accesslog: {disabled: true}}',
    `storage: {filesystem: {rootdirectory: ${join(dir, 'data')}}, delete: {enabled: true}}`,
    `http: {addr: "127.0.0.1:${port}", secret: test-secret}`
  ];
  if (auth.htpasswd) {
    const file = join(dir, 'htpasswd');
    const line = execFileSync('htpasswd', ['-Bbn', auth.htpasswd.user, auth.htpasswd.password], {
      encoding: 'utf8'
    });
    writeFileSync(file, line.trim() + '\n');
    lines.push(`auth: {htpasswd: {realm: test-basic-realm, path: ${file}}}`);
  } else if (auth.token) {
    const t = auth.token;
    lines.push(
      `auth: {token: {realm: "${t.realm}", service: "${t.service}", issuer: "${t.issuer}", rootcertbundle: ${t.certFile}}}`
    );
  }
  const config = join(dir, 'config.yml');
  writeFileSync(config, lines.join('\n') + '\n');
  const child: ChildProcess = spawn(REGISTRY_BIN, ['serve', config], {
    stdio: ['ignore', 'ignore', 'pipe']
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  let up = false;
  for (let i = 0; i < 100 && !up && child.exitCode === null; i++) {
    try {
      const r = await fetch(`${url}/v2/`);
      up = r.status === 200 || r.status === 401;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  if (!up) {
    child.kill('SIGKILL');
    throw new Error(`docker-registry did not start on ${port}: ${stderr.slice(0, 500)}`);
  }
  return {
    url,
    host: `127.0.0.1:${port}`,
    dir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 3000)))]);
        clearTimeout(timer);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
