export const id = 9718;
export const ids = [9718];
export const modules = {

/***/ 79718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RULES: () => (/* binding */ RULES),
  templateSync: () => (/* binding */ templateSync)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/github/errors.js
var github_errors = __webpack_require__(9452);
// EXTERNAL MODULE: ./lib/templates/lock.js
var templates_lock = __webpack_require__(51656);
;// CONCATENATED MODULE: ./lib/templates/pull-request.js
/**
 * The sync pull request, through the GitHub REST API: one deterministic branch per target
 * release (`ci-intel/sync/<version>`), the commit built with the Git Data API (blobs \u2192 tree on
 * the base commit's tree \u2192 commit \u2192 ref), no push when the branch already holds that tree, the
 * pull request created or (on "already exists") updated with the report as its body, a
 * `conflicts` label when there are conflicts, older sync pull requests closed as superseded.
 */
const SYNC_BRANCH_PREFIX = 'ci-intel/sync/';
const SYNC_LABEL = 'ci-intel-sync';
const CONFLICT_LABEL = 'conflicts';
function enc(s) {
    return encodeURIComponent(s);
}
async function openSyncPullRequest(api, plan) {
    const repo = `/repos/${enc(plan.owner)}/${enc(plan.repo)}`;
    const branch = `${SYNC_BRANCH_PREFIX}${plan.version}`;
    const base = plan.base ?? (await api.get(repo)).data.default_branch;
    const baseRef = await api.get(`${repo}/git/ref/heads/${base.split('/').map(enc).join('/')}`);
    const baseCommit = await api.get(`${repo}/git/commits/${baseRef.data.object.sha}`);
    // Blobs, then one tree on the base commit's tree (in chunks of 100 entries).
    const entries = [];
    for (const c of plan.changes) {
        if (c.content === undefined) {
            entries.push({ path: c.path, mode: '100644', type: 'blob', sha: null });
            continue;
        }
        const blob = await api.send('POST', `${repo}/git/blobs`, {
            content: Buffer.from(c.content).toString('base64'),
            encoding: 'base64'
        });
        entries.push({ path: c.path, mode: '100644', type: 'blob', sha: blob.data.sha });
    }
    let tree = baseCommit.data.tree.sha;
    for (let i = 0; i < entries.length; i += 100) {
        tree = (await api.send('POST', `${repo}/git/trees`, {
            base_tree: tree,
            tree: entries.slice(i, i + 100)
        })).data.sha;
    }
    const existing = await api.find(`${repo}/git/ref/heads/${branch.split('/').map(enc).join('/')}`);
    let operation;
    if (existing) {
        const head = await api.get(`${repo}/git/commits/${existing.object.sha}`);
        if (head.data.tree.sha === tree)
            operation = 'not-updated';
        else {
            const commit = await api.send('POST', `${repo}/git/commits`, {
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
    }
    else {
        const commit = await api.send('POST', `${repo}/git/commits`, {
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
    let pull;
    const created = await api.send('POST', `${repo}/pulls`, { title: plan.title, head: branch, base, body: plan.body, maintainer_can_modify: true }, [422]);
    if (created.status === 201)
        pull = created.data;
    else {
        const text = JSON.stringify(created.data);
        if (!/already exists/i.test(text)) {
            throw new Error(`POST ${repo}/pulls: HTTP 422 (${text.slice(0, 300)})`);
        }
        const open = await api.get(`${repo}/pulls`, {
            state: 'open',
            head: `${plan.owner}:${branch}`,
            per_page: 10
        });
        pull = open.data[0];
        if (!pull)
            throw new Error(`GitHub says a pull request for ${branch} exists, but none is open`);
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
        await api.send('DELETE', `${repo}/issues/${pull.number}/labels/${CONFLICT_LABEL}`, undefined, [404]);
    }
    // Older sync pull requests are superseded by this one.
    const closed = [];
    const open = await api.get(`${repo}/pulls`, { state: 'open', base, per_page: 100 });
    for (const p of open.data) {
        if (p.number === pull.number || !p.head.ref.startsWith(SYNC_BRANCH_PREFIX))
            continue;
        await api.send('POST', `${repo}/issues/${p.number}/comments`, {
            body: `Superseded by #${pull.number} (${plan.version}).`
        });
        await api.send('PATCH', `${repo}/pulls/${p.number}`, { state: 'closed' });
        closed.push(p.number);
    }
    return { operation, branch, number: pull.number, url: pull.html_url, closed };
}

// EXTERNAL MODULE: ./lib/templates/render.js
var render = __webpack_require__(1699);
// EXTERNAL MODULE: ./lib/templates/source.js
var source = __webpack_require__(91626);
// EXTERNAL MODULE: ./lib/templates/sync.js + 1 modules
var sync = __webpack_require__(95100);
// EXTERNAL MODULE: ./lib/github/client.js + 1 modules
var github_client = __webpack_require__(89726);
;// CONCATENATED MODULE: ./lib/gates/template-sync/rest.js


/** Git Data API objects are content-addressed: creating one twice is harmless, so retry it. */
const CONTENT_ADDRESSED = /\/git\/(blobs|trees|commits)$/;
function restApi(token, ctx) {
    const client = new github_client.GitHubClient({
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
            return { status: r.status, data: r.data };
        },
        find: async (path) => {
            try {
                return (await client.request(path)).data;
            }
            catch (err) {
                if (err instanceof github_errors/* GitHubApiError */.O && err.status === 404)
                    return undefined;
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
            return { status: r.status, data: r.data };
        }
    };
}

;// CONCATENATED MODULE: ./lib/gates/template-sync/index.js
/**
 * Gate: template-sync \u2014 keep a downstream repository on the hub's template. Syncs the working
 * tree (src/templates/sync.ts) and opens or updates exactly one pull request with the report.
 */











const RULES = [
    {
        id: 'template-sync/conflict',
        title: 'Template change conflicts with a local edit',
        help: 'Resolve the <<<<<<< before updating / >>>>>>> after updating markers in the sync pull request and commit.',
        severity: 'error'
    },
    {
        id: 'template-sync/kept-modified',
        title: 'The template dropped a file this repository changed',
        help: 'The modified copy was kept; delete it if it is no longer needed.',
        severity: 'warning'
    },
    {
        id: 'template-sync/workflows-permission',
        title: 'Workflow files change, but the token cannot push them',
        help: 'Pass token: a GitHub App installation token with workflows: write (actions/create-github-app-token).',
        severity: 'error'
    }
];
function gitOk(dir, args, extraHeader) {
    const pre = extraHeader ? ['-c', `http.extraheader=${extraHeader}`] : [];
    const r = (0,external_node_child_process_.spawnSync)('git', [...pre, '-C', dir, ...args], { encoding: 'utf8', timeout: 300_000 });
    return { ok: r.status === 0, out: r.stdout ?? '', err: (r.stderr ?? '').trim() };
}
/** Every path the sync wrote or deleted, from the report and the working tree. */
function changesOf(workspace, report) {
    const paths = new Set([templates_lock/* LOCK_FILE */.FI]);
    for (const f of report.files) {
        if (['merged', 'updated', 'conflicted', 'added', 'removed'].includes(f.outcome))
            paths.add(f.path);
        if (f.from && f.from !== f.path)
            paths.add(f.from);
    }
    for (const p of report.pins)
        paths.add(p.file);
    return [...paths].sort().map((path) => {
        const file = (0,external_node_path_.join)(workspace, path);
        return (0,external_node_fs_.existsSync)(file) ? { path, content: (0,external_node_fs_.readFileSync)(file, 'utf8') } : { path };
    });
}
async function evaluate(inputs, ctx) {
    const workspace = ctx.workspace;
    let lock;
    try {
        lock = (0,templates_lock/* readLock */.mF)(workspace);
    }
    catch (err) {
        throw new errors/* GateError */.ue(err.message, 'Adopt the hub with `ci-intel init` first, commit the lock, and keep it.', templates_lock/* LOCK_FILE */.FI);
    }
    const hubRepo = inputs.string('hub-repository') || lock.hub.repo;
    const server = (ctx.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const hubUrl = inputs.string('hub-url') || `${server}/${hubRepo}.git`;
    const appToken = inputs.string('token') || '';
    const token = appToken || inputs.string('github-token') || '';
    const channel = inputs.string('channel') || lock.hub.channel || 'stable';
    if (channel !== 'stable' && channel !== 'canary')
        throw new errors/* InputError */.dz('channel', `'${channel}' is not stable or canary`);
    // The hub at every release: a bare, blob-less clone (only what is rendered is read).
    const hubGit = (0,external_node_path_.join)(ctx.tempDir, 'template-sync-hub.git');
    if (!(0,external_node_fs_.existsSync)(hubGit)) {
        (0,external_node_fs_.mkdirSync)(ctx.tempDir, { recursive: true });
        const local = !/^[a-z][a-z0-9+.-]*:\/\//i.test(hubUrl) && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(workspace, hubUrl));
        const src = local ? (0,external_node_path_.resolve)(workspace, hubUrl) : hubUrl;
        const sameServer = !local && hubUrl.startsWith(`${server}/`);
        const header = sameServer && token
            ? `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`
            : undefined;
        const r = gitOk(ctx.tempDir, ['clone', '-q', '--bare', '--filter=blob:none', src, hubGit], header);
        if (!r.ok)
            throw new errors/* GateError */.ue(`cannot read the hub repository ${hubUrl}: ${r.err.split('\n').pop()}`, 'Check hub-repository / hub-url, and that the token can read the hub.');
    }
    // The merge bases: the renders the lock names, kept under refs/ci-intel/renders.
    if (inputs.boolean('pull-request')) {
        const origin = gitOk(workspace, ['remote', 'get-url', 'origin']);
        if (origin.ok) {
            const header = token
                ? `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`
                : undefined;
            gitOk(workspace, ['fetch', '-q', 'origin', `+${templates_lock/* RENDERS_REF */.qO}:${templates_lock/* RENDERS_REF */.qO}`], origin.out.trim().startsWith(server) ? header : undefined);
        }
    }
    let report;
    let targetVersion;
    try {
        const ref = inputs.string('to') || (0,source/* newestTag */.rx)(hubGit, channel);
        const target = (0,source/* gitSource */.Ym)(hubGit, ref, hubRepo);
        targetVersion = target.release.version;
        report = (0,sync/* sync */.O)({ workspace, target, channel }).report;
    }
    catch (err) {
        if (err instanceof render/* TemplateError */.$w)
            throw new errors/* GateError */.ue(err.message, 'Nothing was overwritten. Fix the cause and re-run.');
        throw err;
    }
    const findings = [];
    for (const f of report.files) {
        if (f.outcome === 'conflicted') {
            findings.push({
                rule: 'template-sync/conflict',
                severity: 'error',
                message: `${f.path}: the template's change conflicts with this repository's edit (${f.conflicts} conflict${f.conflicts === 1 ? '' : 's'})`,
                help: RULES[0].help,
                file: f.path
            });
        }
        else if (f.outcome === 'kept-modified') {
            findings.push({
                rule: 'template-sync/kept-modified',
                severity: 'warning',
                message: `${f.path}: ${targetVersion} no longer renders this file; the modified copy was kept`,
                help: RULES[1].help,
                file: f.path
            });
        }
    }
    const conflicts = findings.filter((f) => f.rule === 'template-sync/conflict').length;
    const reportFile = inputs.string('report-file');
    if (reportFile)
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(workspace, reportFile), JSON.stringify(report, null, 2) + '\n');
    const evidence = { report, hub: { repository: hubRepo, url: hubUrl } };
    const outputs = {
        'target-version': targetVersion,
        conflicts: String(conflicts),
        'pull-request-number': '',
        'pull-request-operation': 'none'
    };
    if (!report.noop && inputs.boolean('pull-request')) {
        const changes = changesOf(workspace, report);
        if (!appToken && changes.some((c) => c.path.startsWith('.github/workflows/'))) {
            throw new errors/* GateError */.ue(`this sync changes workflow files (${changes
                .filter((c) => c.path.startsWith('.github/workflows/'))
                .map((c) => c.path)
                .join(', ')}), and GitHub refuses to let GITHUB_TOKEN create or update workflow files: nothing was pushed`, RULES[2].help);
        }
        const repository = inputs.string('repository') || ctx.env.GITHUB_REPOSITORY || '';
        const [owner, repo] = repository.split('/');
        if (!owner || !repo)
            throw new errors/* InputError */.dz('repository', `'${repository}' is not owner/name (and GITHUB_REPOSITORY is not set)`);
        try {
            const pr = await openSyncPullRequest(restApi(token, ctx), {
                owner,
                repo,
                base: inputs.string('base') || undefined,
                version: targetVersion,
                changes,
                title: `ci-intel: sync the hub template to ${targetVersion}`,
                body: (0,sync/* syncMarkdown */.l)(report),
                conflicts: conflicts > 0
            });
            evidence.pullRequest = pr;
            outputs['pull-request-number'] = pr.number ? String(pr.number) : '';
            outputs['pull-request-operation'] = pr.operation;
        }
        catch (err) {
            if (err instanceof github_errors/* GitHubApiError */.O &&
                (err.status === 403 || err.status === 422) &&
                /workflow/i.test(err.githubMessage ?? '')) {
                throw new errors/* GateError */.ue(`${err.message}: the token lacks the workflows permission`, RULES[2].help);
            }
            throw err;
        }
    }
    const verdict = conflicts ? 'fail' : 'pass';
    const summary = report.noop
        ? `already on ${targetVersion}: nothing to do`
        : `${report.from.version} \u2192 ${targetVersion}: ${conflicts ? `${conflicts} conflicted file(s)` : 'merged cleanly'}${evidence.pullRequest ? `; pull request #${evidence.pullRequest.number} ${evidence.pullRequest.operation}` : ''}`;
    return { verdict, summary, findings, evidence, outputs };
}
const templateSync = {
    name: 'template-sync',
    rules: RULES,
    evaluate
};


/***/ })

};
