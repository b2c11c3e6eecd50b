/** Chooses the store from the `backend` input. */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { InputError } from '../../core/errors.js';
import type { GateContext } from '../../core/gate.js';
import type { CacheBackend } from '../../cache/backend.js';
import { DirBackend } from '../../cache/dir-backend.js';

/** The store a local run (`npx ci-intel cache-sentinel`) uses when `backend` is left at github. */
export function localStoreDir(env: GateContext['env']): string {
  const base = env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache');
  return join(base, 'ci-intel', 'cache-sentinel');
}

export async function backendFromInput(
  value: string,
  ctx: GateContext,
  timeoutMs: number
): Promise<CacheBackend> {
  if (value.startsWith('dir:')) {
    const dir = value.slice(4).trim();
    if (!dir) throw new InputError('backend', "'dir:' needs a folder, e.g. dir:.ci-intel-cache");
    return new DirBackend(resolve(ctx.workspace, dir));
  }
  if (value !== 'github') throw new InputError('backend', `'${value}' is not github or dir:<path>`);
  if (ctx.env.GITHUB_ACTIONS !== 'true') {
    const dir = localStoreDir(ctx.env);
    ctx.log(`cache-sentinel: not in a workflow job, using the local store dir:${dir}`);
    return new DirBackend(dir);
  }
  // Loaded only here, so dir-backed runs never pay for @actions/cache.
  const { GithubBackend } = await import('../../cache/github-backend.js');
  const secretToken = ctx.env.ACTIONS_RUNTIME_TOKEN ?? '';
  if (secretToken) ctx.secret(secretToken);
  return new GithubBackend({
    resultsUrl: ctx.env.ACTIONS_RESULTS_URL ?? '',
    token: secretToken,
    timeoutMs,
    log: ctx.log
  });
}
