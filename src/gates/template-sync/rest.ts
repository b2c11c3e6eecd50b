/** The sync pull request's REST verbs on the hub's one GitHub client. */
import type { GateContext } from '../../core/gate.js';
import { GitHubClient } from '../../github/client.js';
import { GitHubApiError } from '../../github/errors.js';
import type { RestApi } from '../../templates/pull-request.js';

/** Git Data API objects are content-addressed: creating one twice is harmless, so retry it. */
const CONTENT_ADDRESSED = /\/git\/(blobs|trees|commits)$/;

export function restApi(token: string, ctx: GateContext): RestApi {
  const client = new GitHubClient({
    token,
    apiUrl: ctx.env.GITHUB_API_URL,
    timeoutMs: 60_000,
    deadline: Date.now() + 10 * 60_000,
    retries: 3,
    retryBaseMs: 500,
    log: (m) => ctx.log(m)
  });
  return {
    get: async (path, query) => {
      const r = await client.request(path, { query });
      return { status: r.status, data: r.data as never };
    },
    find: async (path) => {
      try {
        return (await client.request(path)).data as never;
      } catch (err) {
        if (err instanceof GitHubApiError && err.status === 404) return undefined;
        throw err;
      }
    },
    send: async (method, path, body, allowStatus) => {
      const r = await client.request(path, {
        method,
        body,
        allowStatus,
        idempotent: method === 'POST' && CONTENT_ADDRESSED.test(path)
      });
      return { status: r.status, data: r.data as never };
    }
  };
}
