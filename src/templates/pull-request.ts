/**
 * The sync pull request, through the GitHub REST API: one deterministic branch per target
 * release (`ci-intel/sync/<version>`), the commit built with the Git Data API (blobs → tree on
 * the base commit's tree → commit → ref), no push when the branch already holds that tree, the
 * pull request created or (on "already exists") updated with the report as its body, a
 * `conflicts` label when there are conflicts, older sync pull requests closed as superseded.
 */

export interface RestAnswer<T = unknown> {
  status: number;
  data: T;
}

/** The verbs the sync needs; the hub's GitHub client provides them. Non-2xx answers throw. */
export interface RestApi {
  get<T = unknown>(path: string, query?: Record<string, string | number>): Promise<RestAnswer<T>>;
  /** Like get, but a 404 answers `undefined` instead of throwing. */
  find<T = unknown>(path: string): Promise<T | undefined>;
  send<T = unknown>(
    method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    path: string,
    body: unknown,
    allowStatus?: number[]
  ): Promise<RestAnswer<T>>;
}

export interface FileChange {
  path: string;
  /** New content; undefined deletes the file. */
  content?: string;
}

export interface PullRequestPlan {
  owner: string;
  repo: string;
  /** Branch the pull request targets; default: the repository's default branch. */
  base?: string;
  version: string;
  changes: FileChange[];
  title: string;
  body: string;
  conflicts: boolean;
}

export interface PullRequestOutcome {
  operation: 'created' | 'updated' | 'not-updated' | 'none';
  branch: string;
  number?: number;
  url?: string;
  closed: number[];
}

export const SYNC_BRANCH_PREFIX = 'ci-intel/sync/';
export const SYNC_LABEL = 'ci-intel-sync';
export const CONFLICT_LABEL = 'conflicts';

interface Ref {
  object: { sha: string };
}
interface Commit {
  sha: string;
  tree: { sha: string };
}
interface Pull {
  number: number;
  title?: string;
  body?: string | null;
  html_url: string;
  head: { ref: string };
  labels?: { name: string }[];
}

function enc(s: string): string {
  return encodeURIComponent(s);
}

export async function openSyncPullRequest(
  api: RestApi,
  plan: PullRequestPlan
): Promise<PullRequestOutcome> {
  const repo = `/repos/${enc(plan.owner)}/${enc(plan.repo)}`;
  const branch = `${SYNC_BRANCH_PREFIX}${plan.version}`;
  const base = plan.base ?? (await api.get<{ default_branch: string }>(repo)).data.default_branch;
  const baseRef = await api.get<Ref>(`${repo}/git/ref/heads/${base.split('/').map(enc).join('/')}`);
  const baseCommit = await api.get<Commit>(`${repo}/git/commits/${baseRef.data.object.sha}`);

  // Blobs, then one tree on the base commit's tree (in chunks of 100 entries).
  const entries: { path: string; mode: '100644'; type: 'blob'; sha: string | null }[] = [];
  for (const c of plan.changes) {
    if (c.content === undefined) {
      entries.push({ path: c.path, mode: '100644', type: 'blob', sha: null });
      continue;
    }
    const blob = await api.send<{ sha: string }>('POST', `${repo}/git/blobs`, {
      content: Buffer.from(c.content).toString('base64'),
      encoding: 'base64'
    });
    entries.push({ path: c.path, mode: '100644', type: 'blob', sha: blob.data.sha });
  }
  let tree = baseCommit.data.tree.sha;
  for (let i = 0; i < entries.length; i += 100) {
    tree = (
      await api.send<{ sha: string }>('POST', `${repo}/git/trees`, {
        base_tree: tree,
        tree: entries.slice(i, i + 100)
      })
    ).data.sha;
  }

  const existing = await api.find<Ref>(
    `${repo}/git/ref/heads/${branch.split('/').map(enc).join('/')}`
  );
  let operation: PullRequestOutcome['operation'];
  if (existing) {
    const head = await api.get<Commit>(`${repo}/git/commits/${existing.object.sha}`);
    if (head.data.tree.sha === tree) operation = 'not-updated';
    else {
      const commit = await api.send<{ sha: string }>('POST', `${repo}/git/commits`, {
        message: plan.title,
        tree,
        parents: [baseCommit.data.sha]
      });
      await api.send('PATCH', `${repo}/git/refs/heads/${branch.split('/').map(enc).join('/')}`, {
        sha: commit.data.sha,
        force: true
      });
      operation = 'updated';
    }
  } else {
    const commit = await api.send<{ sha: string }>('POST', `${repo}/git/commits`, {
      message: plan.title,
      tree,
      parents: [baseCommit.data.sha]
    });
    await api.send('POST', `${repo}/git/refs`, {
      ref: `refs/heads/${branch}`,
      sha: commit.data.sha
    });
    operation = 'created';
  }

  // The pull request: create, or find the one that already exists and update it.
  let pull: Pull | undefined;
  const created = await api.send<Pull | { message?: string; errors?: { message?: string }[] }>(
    'POST',
    `${repo}/pulls`,
    { title: plan.title, head: branch, base, body: plan.body, maintainer_can_modify: true },
    [422]
  );
  if (created.status === 201) pull = created.data as Pull;
  else {
    const text = JSON.stringify(created.data);
    if (!/already exists/i.test(text)) {
      throw new Error(`POST ${repo}/pulls: HTTP 422 (${text.slice(0, 300)})`);
    }
    const open = await api.get<Pull[]>(`${repo}/pulls`, {
      state: 'open',
      head: `${plan.owner}:${branch}`,
      per_page: 10
    });
    pull = open.data[0];
    if (!pull) throw new Error(`GitHub says a pull request for ${branch} exists, but none is open`);
    // The same report again is no update: only a changed title or body is written.
    if (pull.title !== plan.title || (pull.body ?? '') !== plan.body) {
      await api.send('PATCH', `${repo}/pulls/${pull.number}`, {
        title: plan.title,
        body: plan.body
      });
    }
    if (operation === 'not-updated' || operation === 'created')
      operation = operation === 'created' ? 'created' : 'not-updated';
  }
  const labels = [SYNC_LABEL, ...(plan.conflicts ? [CONFLICT_LABEL] : [])];
  const has = new Set((pull.labels ?? []).map((l) => l.name));
  if (labels.some((l) => !has.has(l))) {
    await api.send('POST', `${repo}/issues/${pull.number}/labels`, { labels });
  }
  if (!plan.conflicts && pull.labels?.some((l) => l.name === CONFLICT_LABEL)) {
    await api.send(
      'DELETE',
      `${repo}/issues/${pull.number}/labels/${CONFLICT_LABEL}`,
      undefined,
      [404]
    );
  }

  // Older sync pull requests are superseded by this one.
  const closed: number[] = [];
  const open = await api.get<Pull[]>(`${repo}/pulls`, { state: 'open', base, per_page: 100 });
  for (const p of open.data) {
    if (p.number === pull.number || !p.head.ref.startsWith(SYNC_BRANCH_PREFIX)) continue;
    await api.send('POST', `${repo}/issues/${p.number}/comments`, {
      body: `Superseded by #${pull.number} (${plan.version}).`
    });
    await api.send('PATCH', `${repo}/pulls/${p.number}`, { state: 'closed' });
    closed.push(p.number);
  }
  return { operation, branch, number: pull.number, url: pull.html_url, closed };
}
