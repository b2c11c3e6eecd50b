/**
 * The one GitHub REST client against real local servers: the API on 127.0.0.1 and a foreign
 * origin on 127.0.0.2 that must never see the token. Pagination, redirects, retries, rate
 * limits, deadlines, bounded bodies and strict JSON; every API answer is shaped (and checked)
 * like GitHub's OpenAPI description.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  createGitHubClient,
  expandPath,
  type GitHubClientOptions
} from '../../src/github/client.js';
import { GitHubApiError } from '../../src/github/errors.js';
import { paginate } from '../../src/github/paginate.js';
import { CrossOriginError } from '../../src/net/credential-origin.js';
import { example } from './openapi.js';
import { TwoOrigins } from './server.js';

const TOKEN = 'ghs_' + 'Q7w8E9r0'.repeat(5);
const RUNS = '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs';
const ATTESTATIONS = '/repos/{owner}/{repo}/attestations/{subject_digest}';
const DOWNLOAD = '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}';
const DIGEST = 'sha256:' + 'ab'.repeat(32);
const attPath = expandPath(ATTESTATIONS, { owner: 'acme', repo: 'widget', subject_digest: DIGEST });
const attLabel = `/repos/acme/widget/attestations/${DIGEST}`;
const runsPath = expandPath(RUNS, { owner: 'acme', repo: 'widget', workflow_id: 'drill.yml' });
const zipPath = expandPath(DOWNLOAD, {
  owner: 'acme',
  repo: 'widget',
  artifact_id: 7,
  archive_format: 'zip'
});

let srv: TwoOrigins;
let logs: string[];

beforeEach(async () => {
  srv = await new TwoOrigins().start();
  logs = [];
});
afterEach(async () => {
  await srv.stop();
  expect(srv.problems).toEqual([]);
});

function client(o: Partial<GitHubClientOptions> = {}) {
  return createGitHubClient({
    token: TOKEN,
    apiUrl: srv.apiUrl,
    // Generous: a loaded CI machine once took over 5 s to answer on loopback; the timeout tests set their own.
    timeoutMs: 20_000,
    retries: 2,
    retryBaseMs: 10,
    log: (m) => logs.push(m),
    ...o
  });
}

async function failure(p: Promise<unknown>): Promise<GitHubApiError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e
  );
  expect(err).toBeInstanceOf(GitHubApiError);
  expect(String((err as Error).message)).not.toContain(TOKEN);
  return err as GitHubApiError;
}

const attestations = () => example('list-attestations');
const runsPage = (ids: number[]) => {
  const doc = example<{ total_count: number; workflow_runs: Record<string, unknown>[] }>(
    'workflow-run-paginated'
  );
  const run = doc.workflow_runs[0];
  return { total_count: 5, workflow_runs: ids.map((id) => ({ ...run, id })) };
};

describe('pagination', () => {
  it('follows Link rel="next" across pages on the API origin, with the token on every page', async () => {
    srv.api = (_q, res, url) => {
      const page = Number(url.searchParams.get('page') ?? '1');
      const next = new URL(url.pathname, srv.apiUrl);
      next.searchParams.set('per_page', '2');
      next.searchParams.set('page', String(page + 1));
      const ids = [[1, 2], [3, 4], [5]][page - 1];
      srv.json(
        res,
        RUNS,
        200,
        runsPage(ids),
        page < 3 ? { link: `<${next}>; rel="next", <${srv.apiUrl}/x?page=3>; rel="last"` } : {}
      );
    };
    const seen: number[] = [];
    for await (const p of paginate(client(), runsPath, { query: { per_page: 2 }, maxPages: 10 }))
      seen.push(...(p.data as { workflow_runs: { id: number }[] }).workflow_runs.map((r) => r.id));
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(srv.at('api').map((h) => new URL(h.path, srv.apiUrl).searchParams.get('page'))).toEqual([
      null,
      '2',
      '3'
    ]);
    expect(srv.hits.every((h) => h.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it('stops at maxPages and says whether GitHub announced more', async () => {
    srv.api = (_q, res, url) =>
      srv.json(res, RUNS, 200, runsPage([1]), {
        link: `<${srv.apiUrl}${url.pathname}?page=${Number(url.searchParams.get('page') ?? 1) + 1}>; rel="next"`
      });
    const pages = [];
    for await (const p of paginate(client(), runsPath, { maxPages: 2 })) pages.push(p.hasNext);
    expect(pages).toEqual([true, true]);
    expect(srv.at('api')).toHaveLength(2);
  });

  it('refuses a Link rel="next" to another origin: the foreign host is never contacted', async () => {
    srv.api = (_q, res) =>
      srv.json(res, RUNS, 200, runsPage([1]), {
        link: `<${srv.foreignUrl}${runsPath}?page=2>; rel="next"`
      });
    srv.foreign = (_q, res) => srv.json(res, RUNS, 200, runsPage([666]));
    const pages: unknown[] = [];
    const err = await failure(
      (async () => {
        for await (const p of paginate(client(), runsPath, { maxPages: 10 })) pages.push(p);
      })()
    );
    expect(err.kind).toBe('cross-origin');
    expect(err.message).toBe(
      `GET ${runsPath}: Link rel="next" points to another origin (${srv.foreignUrl}, not ${srv.apiUrl}); refusing to follow it`
    );
    expect(pages).toHaveLength(0); // a listing with a hostile next page is not half-read
    expect(srv.at('foreign')).toEqual([]);
  });

  it('refuses a next link that points back to a page already read', async () => {
    srv.api = (_q, res, url) =>
      srv.json(res, RUNS, 200, runsPage([1]), { link: `<${url.href}>; rel="next"` });
    const err = await failure(
      (async () => {
        for await (const p of paginate(client(), runsPath, { maxPages: 10 })) void p;
      })()
    );
    expect(err.message).toContain('points back to a page already read');
  });
});

describe('redirects', () => {
  it('keeps the token on a redirect within the API origin (a renamed repository)', async () => {
    srv.api = (_q, res, url) => {
      if (url.pathname.startsWith('/repos/acme/')) {
        res.writeHead(301, { location: url.pathname.replace('/acme/', '/acme-corp/') }).end();
        return;
      }
      srv.json(res, ATTESTATIONS, 200, attestations());
    };
    const r = await client().request(attPath);
    expect(r.url).toBe(`${srv.apiUrl}${attPath.replace('/acme/', '/acme-corp/')}`);
    expect(srv.hits.map((h) => [h.origin, h.authorization])).toEqual([
      ['api', `token ${TOKEN}`],
      ['api', `token ${TOKEN}`]
    ]);
  });

  it('refuses an API answer that redirects to another origin: the foreign host sees nothing', async () => {
    srv.api = (_q, res) => res.writeHead(307, { location: `${srv.foreignUrl}/steal` }).end();
    srv.foreign = (_q, res) => srv.json(res, ATTESTATIONS, 200, attestations());
    const err = await failure(client().request(attPath));
    expect(err.kind).toBe('cross-origin');
    expect(err.message).toBe(
      `GET ${attLabel}: redirect to another origin (${srv.foreignUrl}, not ${srv.apiUrl}) refused; the credential stays with ${srv.apiUrl}`
    );
    expect(srv.at('foreign')).toEqual([]);
  });

  it('downloads through the redirect to storage on another origin WITHOUT the token', async () => {
    srv.api = (_q, res) =>
      res.writeHead(302, { location: `${srv.foreignUrl}/blob/7?sig=presigned` }).end();
    srv.foreign = (_q, res) =>
      res.writeHead(200, { 'content-type': 'application/zip' }).end('PK-bytes');
    const r = await client().download(zipPath, { maxBytes: 1024 });
    expect(r.bytes.toString()).toBe('PK-bytes');
    expect(r.foreign).toBe(true);
    expect(srv.hits.map((h) => [h.origin, h.authorization])).toEqual([
      ['api', `token ${TOKEN}`],
      ['foreign', undefined]
    ]);
  });

  it('never re-attaches the token when a download chain comes back to the API origin', async () => {
    srv.api = (_q, res, url) => {
      if (url.pathname === zipPath)
        res.writeHead(302, { location: `${srv.foreignUrl}/bounce` }).end();
      else res.writeHead(200).end(`api saw ${url.pathname}`);
    };
    srv.foreign = (_q, res) =>
      res.writeHead(302, { location: `${srv.apiUrl}/repos/acme/widget/secrets` }).end();
    const r = await client().download(zipPath, { maxBytes: 1024 });
    expect(r.bytes.toString()).toBe('api saw /repos/acme/widget/secrets');
    expect(srv.hits.map((h) => [h.origin, h.authorization])).toEqual([
      ['api', `token ${TOKEN}`],
      ['foreign', undefined],
      ['api', undefined]
    ]);
  });

  it('errors on a redirect loop and on a redirect without Location', async () => {
    srv.api = (_q, res, url) =>
      url.pathname === zipPath
        ? res.writeHead(302, { location: zipPath }).end()
        : res.writeHead(302).end();
    expect((await failure(client().download(zipPath, { maxBytes: 10 }))).message).toBe(
      `GET ${zipPath}: more than 5 redirects`
    );
    expect((await failure(client().request('/other'))).message).toBe(
      'GET /other: 302 redirect without a Location'
    );
  });

  it('names the storage origin when storage refuses the download', async () => {
    srv.api = (_q, res) => res.writeHead(302, { location: `${srv.foreignUrl}/blob/7` }).end();
    srv.foreign = (_q, res) => res.writeHead(403).end('<Error><Code>AuthenticationFailed</Code>');
    const err = await failure(client().download(zipPath, { maxBytes: 1024 }));
    expect(err.foreignOrigin).toBe(srv.foreignUrl);
    expect(err.message).toBe(
      `GET ${zipPath}: ${srv.foreignUrl} answered 403 (<Error><Code>AuthenticationFailed</Code>)`
    );
  });
});

describe('retries and deadlines', () => {
  it('retries a 500, then succeeds', async () => {
    let n = 0;
    srv.api = (_q, res) =>
      n++ === 0
        ? srv.json(res, ATTESTATIONS, 500, { message: 'Server Error' })
        : srv.json(res, ATTESTATIONS, 200, attestations());
    const r = await client().request(attPath);
    expect(r.status).toBe(200);
    expect(srv.hits).toHaveLength(2);
    expect(logs).toEqual([`GET ${attLabel}: 500; retry 1 in 10 ms`]);
  });

  it('gives up after the bounded retries when the API answers 500 forever, naming endpoint, status and message', async () => {
    srv.api = (_q, res) => srv.json(res, ATTESTATIONS, 503, { message: 'Service Unavailable' });
    const err = await failure(client({ retries: 3 }).request(attPath));
    expect(err.message).toBe(
      `GET ${attLabel}: GitHub answered 503 (Service Unavailable) after 3 retries`
    );
    expect([err.kind, err.status, err.retries]).toEqual(['status', 503, 3]);
    expect(srv.hits).toHaveLength(4);
  });

  it('retries a 502 whose (proxy HTML) body is larger than the bound, reading only its start', async () => {
    let n = 0;
    srv.api = (_q, res) =>
      n++ === 0
        ? res.writeHead(502, { 'content-type': 'text/html' }).end('<html>' + ' '.repeat(200_000))
        : srv.json(res, ATTESTATIONS, 200, attestations());
    const r = await client().request(attPath, { maxBytes: 1024 });
    expect(r.status).toBe(200);
    expect(srv.hits).toHaveLength(2);
  });

  it('does not retry a 4xx', async () => {
    srv.api = (_q, res) =>
      srv.json(res, ATTESTATIONS, 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest'
      });
    const err = await failure(client().request(attPath));
    expect(err.message).toBe(
      `GET ${attLabel}: GitHub answered 404 (Not Found - https://docs.github.com/rest)`
    );
    expect(srv.hits).toHaveLength(1);
  });

  it('retries a network error, then reports the cause', async () => {
    const gone = new TwoOrigins();
    await gone.start();
    const dead = gone.apiUrl;
    await gone.stop();
    const err = await failure(client({ apiUrl: dead, retries: 1 }).request(attPath));
    expect(err.kind).toBe('network');
    expect(err.message).toMatch(
      new RegExp(
        `^GET ${attLabel}: ${dead} could not be reached \\(.*ECONNREFUSED.*\\) after 1 retry$`
      )
    );
  });

  it('gives up on a server that hangs at the per-request timeout, without retrying', async () => {
    srv.api = () => undefined; // never answers
    const err = await failure(client({ timeoutMs: 300 }).request(attPath));
    expect(err.kind).toBe('timeout');
    expect(err.message).toBe(
      `GET ${attLabel}: no complete answer from ${srv.apiUrl} within 300 ms`
    );
    expect(srv.hits).toHaveLength(1);
  });

  it('gives up on a body that stalls halfway, and at the overall deadline', async () => {
    srv.api = (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"attestations": [');
    };
    const err = await failure(
      client({ timeoutMs: 60_000, deadline: Date.now() + 300 }).request(attPath)
    );
    expect([err.kind, err.overallDeadline]).toEqual(['timeout', true]);
    expect(err.message).toContain('(the overall deadline)');
  });

  it('does not sleep past the deadline: a retry that would pass it ends the request', async () => {
    srv.api = (_q, res) =>
      srv.json(res, ATTESTATIONS, 502, { message: 'Bad Gateway' }, { 'retry-after': '30' });
    const err = await failure(client({ timeoutMs: 2000 }).request(attPath));
    expect(err.message).toBe(
      `GET ${attLabel}: answered 502 (Bad Gateway); the next retry would pass the deadline`
    );
    expect(srv.hits).toHaveLength(1);
  });
});

describe('rate limits', () => {
  const limited = (reset: number) => (_q: unknown, res: import('node:http').ServerResponse) =>
    srv.json(
      res,
      ATTESTATIONS,
      403,
      {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
      },
      {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(reset),
        'x-ratelimit-resource': 'core'
      }
    );

  it('waits for a primary rate limit that resets within the deadline, then succeeds', async () => {
    let n = 0;
    srv.api = (q, res) =>
      n++ === 0
        ? limited(Math.floor(Date.now() / 1000))(q, res)
        : srv.json(res, ATTESTATIONS, 200, attestations());
    const r = await client().request(attPath);
    expect(r.status).toBe(200);
    expect(logs[0]).toMatch(/rate limit hit \(403\); waiting/);
  });

  it('errors at once, naming the reset time, when the limit resets too late', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    srv.api = limited(reset);
    const err = await failure(client().request(attPath));
    expect(err.kind).toBe('rate-limit');
    expect(err.message).toBe(
      `GET ${attLabel}: GitHub API rate limit exhausted (403, x-ratelimit-limit 5000); it resets at ${new Date(reset * 1000).toISOString().replace('.000Z', 'Z')}`
    );
    expect(err.resetAt?.getTime()).toBe(reset * 1000);
    expect(srv.hits).toHaveLength(1);
  });

  it('honours a 429 Retry-After within the deadline, and errors on a long one', async () => {
    let n = 0;
    srv.api = (_q, res) =>
      n++ === 0
        ? srv.json(
            res,
            ATTESTATIONS,
            429,
            { message: 'You have exceeded a secondary rate limit.' },
            { 'retry-after': '1' }
          )
        : srv.json(res, ATTESTATIONS, 200, attestations());
    expect((await client().request(attPath)).status).toBe(200);
    expect(logs[0]).toMatch(/secondary rate limit \(429\); waiting 1s/);

    srv.api = (_q, res) =>
      srv.json(
        res,
        ATTESTATIONS,
        429,
        { message: 'You have exceeded a secondary rate limit.' },
        { 'retry-after': '120' }
      );
    const err = await failure(client().request(attPath));
    expect([err.kind, err.retryAfterS]).toEqual(['secondary-rate-limit', 120]);
    expect(err.message).toBe(
      `GET ${attLabel}: GitHub API secondary rate limit (429); retry after 120 s`
    );
  });
});

describe('bodies', () => {
  it('refuses garbage, duplicate-keyed JSON and invalid UTF-8, naming the endpoint', async () => {
    const answers = [
      '{"attestations": [',
      '{"attestations": [], "attestations": [{"repository_id": 1}]}',
      Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d])
    ];
    let n = 0;
    srv.api = (_q, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(answers[n++]);
    const garbage = await failure(client().request(attPath));
    expect(garbage.kind).toBe('bad-json');
    expect(garbage.message).toMatch(new RegExp(`^GET ${attLabel}: the answer is not valid JSON`));
    const dup = await failure(client().request(attPath));
    expect(dup.message).toMatch(/duplicate key "attestations" at \/attestations/);
    const utf = await failure(client().request(attPath));
    expect(utf.message).toBe(`GET ${attLabel}: the answer is not UTF-8 text`);
  });

  it('refuses a body over the bound, declared or streamed', async () => {
    const big = JSON.stringify({ attestations: [], pad: 'x'.repeat(4096) });
    let chunked = false;
    srv.api = (_q, res) => {
      if (chunked) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write(big.slice(0, 2000));
        res.end(big.slice(2000));
      } else res.writeHead(200, { 'content-length': String(big.length) }).end(big);
    };
    const declared = await failure(client().request(attPath, { maxBytes: 1024 }));
    expect(declared.kind).toBe('too-large');
    expect(declared.message).toBe(
      `GET ${attLabel}: the answer from ${srv.apiUrl} is larger than the limit of 1024 bytes`
    );
    chunked = true;
    expect((await failure(client().request(attPath, { maxBytes: 1024 }))).kind).toBe('too-large');
  });

  it('never repeats the token, even when the server echoes it back', async () => {
    srv.api = (q, res) =>
      srv.json(res, ATTESTATIONS, 401, {
        message: `Bad credentials: ${q.headers.authorization}`,
        documentation_url: 'https://docs.github.com/rest'
      });
    const err = await failure(client().request(attPath));
    expect(err.githubMessage).toBe('Bad credentials: token *** - https://docs.github.com/rest');
  });
});

describe('the API origin', () => {
  it('serves GitHub Enterprise Server under /api/v3 and names endpoints relative to it', async () => {
    srv.api = (_q, res, url) =>
      url.pathname.startsWith('/api/v3/')
        ? srv.json(res, ATTESTATIONS, 200, attestations())
        : res.writeHead(404).end();
    const c = client({ apiUrl: `${srv.apiUrl}/api/v3/` });
    expect((await c.request(attPath)).status).toBe(200);
    expect(srv.hits[0].path).toBe(`/api/v3${attPath}`);
    srv.api = (_q, res) => srv.json(res, ATTESTATIONS, 404, { message: 'Not Found' });
    expect((await failure(c.request(attPath))).message).toBe(
      `GET ${attLabel}: GitHub answered 404 (Not Found)`
    );
  });

  it('refuses to send the token over plain HTTP to a host that is not loopback', () => {
    expect(() => client({ apiUrl: 'http://ghes.example.com/api/v3' })).toThrow(CrossOriginError);
    expect(() => client({ apiUrl: 'http://ghes.example.com/api/v3' })).toThrow(
      'GitHub API at http://ghes.example.com: refusing to send credentials to http://ghes.example.com (plain HTTP to a non-loopback host)'
    );
  });

  it('refuses a full URL on another origin passed as a path', async () => {
    const err = await failure(client().request(`${srv.foreignUrl}/repos/acme/widget`));
    expect(err.kind).toBe('cross-origin');
    expect(srv.hits).toEqual([]);
  });
});

describe('writes (sync pull requests, config overlays)', () => {
  const PULLS = '/repos/{owner}/{repo}/pulls';
  const PERMISSIONS = '/repos/{owner}/{repo}/actions/permissions';
  const pullsPath = expandPath(PULLS, { owner: 'acme', repo: 'widget' });
  const permPath = expandPath(PERMISSIONS, { owner: 'acme', repo: 'widget' });
  const pr = { title: 'Sync templates', head: 'sync/templates', base: 'main' };
  // GitHub's example lists a requested team without the `type` its schema requires.
  const created = () => ({ ...example('pull-request'), requested_teams: [], title: pr.title });

  it('POSTs a JSON body with the token and reads the created resource', async () => {
    srv.api = (q, res) =>
      srv.json(
        res,
        PULLS,
        201,
        created(),
        { 'content-type': String(q.headers['content-type']) },
        'post'
      );
    const r = await client().request(pullsPath, { method: 'POST', body: pr });
    expect(r.status).toBe(201);
    expect((r.data as { title: string }).title).toBe('Sync templates');
    expect(srv.hits).toEqual([
      {
        origin: 'api',
        method: 'POST',
        path: pullsPath,
        authorization: `token ${TOKEN}`,
        body: JSON.stringify(pr)
      }
    ]);
  });

  it('never repeats a POST after a 5xx (GitHub may have acted on it), but retries a PUT', async () => {
    srv.api = (_q, res) => srv.json(res, PULLS, 502, { message: 'Bad Gateway' }, {}, 'post');
    const post = await failure(client().request(pullsPath, { method: 'POST', body: pr }));
    expect(post.message).toBe(`POST ${pullsPath}: GitHub answered 502 (Bad Gateway)`);
    expect(srv.hits).toHaveLength(1);

    let n = 0;
    srv.api = (_q, res) =>
      n++ === 0
        ? srv.json(res, PERMISSIONS, 502, { message: 'Bad Gateway' }, {}, 'put')
        : res.writeHead(204).end();
    const put = await client().request(permPath, { method: 'PUT', body: { enabled: true } });
    expect([put.status, put.data]).toEqual([204, null]);
    expect(srv.hits.slice(1).map((h) => [h.method, h.body])).toEqual([
      ['PUT', '{"enabled":true}'],
      ['PUT', '{"enabled":true}']
    ]);
  });

  it('repeats a write on a same-origin 307, and refuses a 302 that would turn it into a GET', async () => {
    srv.api = (_q, res, url) =>
      url.pathname === pullsPath
        ? res.writeHead(307, { location: '/repos/acme-corp/widget/pulls' }).end()
        : srv.json(res, PULLS, 201, created(), {}, 'post');
    expect((await client().request(pullsPath, { method: 'POST', body: pr })).status).toBe(201);
    expect(srv.hits.map((h) => [h.method, h.body, h.authorization])).toEqual([
      ['POST', JSON.stringify(pr), `token ${TOKEN}`],
      ['POST', JSON.stringify(pr), `token ${TOKEN}`]
    ]);

    srv.api = (_q, res) => res.writeHead(302, { location: '/elsewhere' }).end();
    const err = await failure(client().request(pullsPath, { method: 'POST', body: pr }));
    expect(err.message).toBe(
      `POST ${pullsPath}: 302 redirect of a POST (only 307/308 repeat a write)`
    );
  });
});
