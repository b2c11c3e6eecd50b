/** Inputs both evidence actions read the same way: the GitHub token, the repository, the API. */
import { InputError } from '../core/errors.js';
import type { GateContext } from '../core/gate.js';
import type { Inputs } from '../core/inputs.js';
import type { ApiOptions } from '../drill/github-api.js';

/** The token: the input, unless empty or an unexpanded `${{ … }}` (the CLI), then the environment. */
export function tokenOf(inputs: Inputs, ctx: GateContext, why: string): string {
  const given = inputs.string('token')?.trim() ?? '';
  const token =
    given && !given.startsWith('${{') ? given : (ctx.env.GITHUB_TOKEN ?? ctx.env.GH_TOKEN ?? '');
  if (!token)
    throw new InputError(
      'token',
      `no GitHub token: give token (or set GITHUB_TOKEN / GH_TOKEN) ${why}`
    );
  ctx.secret(token);
  return token;
}

export function repositoryOf(inputs: Inputs, ctx: GateContext): string | undefined {
  const r = inputs.string('repository')?.trim() || ctx.env.GITHUB_REPOSITORY || '';
  if (!r) return undefined;
  if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/.test(r))
    throw new InputError('repository', `'${r}' is not owner/name`);
  return r;
}

export function apiUrlOf(ctx: GateContext): string {
  return (ctx.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

/**
 * The GitHub API options of one evidence call: the token (`why` says what it needs), the API
 * URL, the per-request timeout, an overall deadline of `deadlineFactor` timeouts and `retries`
 * (0 for a write that must not be repeated).
 */
export function apiOptionsOf(
  inputs: Inputs,
  ctx: GateContext,
  timeoutMs: number,
  why: string,
  { retries = 2, deadlineFactor = 10 }: { retries?: number; deadlineFactor?: number } = {}
): ApiOptions {
  return {
    token: tokenOf(inputs, ctx, why),
    baseUrl: apiUrlOf(ctx),
    timeoutMs,
    deadline: Date.now() + deadlineFactor * timeoutMs,
    retries,
    maxRateLimitWaitS: 60,
    log: ctx.log
  };
}
