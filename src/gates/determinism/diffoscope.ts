/**
 * The optional deep-dive: Debian's diffoscope on a differing pair, when it is installed (never
 * required). Its own verdict (exit 0 same, 1 different) is recorded next to ours, with its JSON
 * and Markdown reports as files for the evidence bundle.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface DiffoscopeRun {
  pair: [string, string];
  verdict: 'same' | 'different' | 'error';
  exitCode: number;
  jsonFile?: string;
  markdownFile?: string;
  /** The first lines of its stderr when it failed. */
  message?: string;
}

export function diffoscopeVersion(
  env: Readonly<Record<string, string | undefined>>
): string | undefined {
  const r = spawnSync('diffoscope', ['--version'], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { PATH: env.PATH ?? '', HOME: env.HOME ?? '' }
  });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

export function runDiffoscope(
  a: string,
  b: string,
  outDir: string,
  index: number,
  timeoutMs: number,
  env: Readonly<Record<string, string | undefined>>
): Promise<DiffoscopeRun> {
  const jsonFile = join(outDir, `diffoscope-${index}.json`);
  const markdownFile = join(outDir, `diffoscope-${index}.md`);
  return new Promise((resolve) => {
    const child = spawn(
      'diffoscope',
      ['--json', jsonFile, '--markdown', markdownFile, '--max-report-size', String(8 << 20), a, b],
      {
        env: { PATH: env.PATH ?? '', HOME: env.HOME ?? '', LC_ALL: 'C.UTF-8', TZ: 'UTC' },
        detached: true,
        stdio: ['ignore', 'ignore', 'pipe']
      }
    );
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ pair: [a, b], verdict: 'error', exitCode: -1, message: e.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const verdict = code === 0 ? 'same' : code === 1 ? 'different' : 'error';
      resolve({
        pair: [a, b],
        verdict,
        exitCode: code ?? -1,
        ...(verdict === 'error'
          ? { message: err.trim().split('\n').slice(-3).join(' ') || 'killed (timeout)' }
          : { jsonFile, markdownFile })
      });
    });
  });
}
