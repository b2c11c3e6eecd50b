/** What keyless signing reads from a job: service URLs from the environment, the OIDC token. */
import { InputError } from '../core/errors.js';
import type { GateContext } from '../core/gate.js';

/** A service URL from `name` in the environment (tests point it at 127.0.0.1), else `fallback`. */
export function serviceURL(ctx: GateContext, name: string, fallback: string): string {
  const v = ctx.env[name]?.trim() || fallback;
  try {
    const u = new URL(v);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('not http(s)');
  } catch {
    throw new InputError('signing', `${name}='${v}' is not an http(s) URL`);
  }
  return v.replace(/\/+$/, '');
}

/**
 * The signer's token source: the job's OIDC token for Sigstore, registered as a secret; a job
 * without `id-token: write` is an input error on `input` that says what to grant.
 */
export function jobTokenGetter(
  idToken: (audience: string) => Promise<string>,
  ctx: GateContext,
  input: string
): () => Promise<string> {
  return async () => {
    let token: string;
    try {
      token = await idToken('sigstore');
    } catch (err) {
      throw new InputError(
        input,
        `could not get the job's OIDC token (${(err as Error).message}); grant permissions: id-token: write, or use signing: key`
      );
    }
    ctx.secret(token);
    return token;
  };
}
