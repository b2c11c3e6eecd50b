export const id = 5100;
export const ids = [5100];
export const modules = {

/***/ 60526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yl: () => (/* binding */ renderAll),
/* harmony export */   dG: () => (/* binding */ checkAnswer),
/* harmony export */   yQ: () => (/* binding */ loadDefinition)
/* harmony export */ });
/* unused harmony export TEMPLATE_FILE */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1699);
/**
 * templates/hub/template.yml: the questions (with defaults and validation) and the files a
 * release renders. `renderAll` turns a release and the answers into path \u2192 content.
 */


const TEMPLATE_FILE = 'templates/hub/template.yml';
function loadDefinition(source) {
    const text = source.read(TEMPLATE_FILE);
    if (text === undefined) {
        throw new _render_js__WEBPACK_IMPORTED_MODULE_1__/* .TemplateError */ .$w(`hub ${source.release.version} has no ${TEMPLATE_FILE}`);
    }
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parse)(text, { uniqueKeys: true });
    const questions = Object.entries(doc.questions ?? {}).map(([name, q]) => ({
        name,
        description: String(q.description ?? name),
        type: (q.type ?? 'string'),
        pattern: q.pattern === undefined ? undefined : String(q.pattern),
        options: Array.isArray(q.options) ? q.options.map(String) : undefined,
        default: Array.isArray(q.default)
            ? q.default.map(String)
            : q.default === undefined
                ? undefined
                : String(q.default)
    }));
    const files = (doc.files ?? []).map((f) => ({
        path: String(f.path),
        template: String(f.template),
        when: f.when === undefined ? undefined : String(f.when),
        renamedFrom: Array.isArray(f['renamed-from']) ? f['renamed-from'].map(String) : undefined
    }));
    return { questions, files };
}
/** Check one answer against its question; returns the normalised value or throws. */
function checkAnswer(q, value) {
    if (q.type === 'list') {
        const list = Array.isArray(value)
            ? value.map(String)
            : String(value)
                .split(/[\s,]+/)
                .filter(Boolean);
        for (const v of list) {
            if (q.options && !q.options.includes(v)) {
                throw new _render_js__WEBPACK_IMPORTED_MODULE_1__/* .TemplateError */ .$w(`answer ${q.name}: '${v}' is not one of ${q.options.join(', ')}`);
            }
        }
        return list;
    }
    const v = String(value ?? '').trim();
    if (q.type === 'choice' && !q.options?.includes(v)) {
        throw new _render_js__WEBPACK_IMPORTED_MODULE_1__/* .TemplateError */ .$w(`answer ${q.name}: '${v}' is not one of ${q.options?.join(', ')}`);
    }
    if (q.pattern && !new RegExp(q.pattern).test(v)) {
        throw new _render_js__WEBPACK_IMPORTED_MODULE_1__/* .TemplateError */ .$w(`answer ${q.name}: '${v}' does not match ${q.pattern} (${q.description})`);
    }
    return v;
}
/** Every file the release renders for these answers: path \u2192 content. */
function renderAll(def, source, answers) {
    const context = { ...answers, hub: source.release };
    const out = new Map();
    source.prefetch?.(def.files.map((f) => f.template));
    for (const f of def.files) {
        if (f.when && !(0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluate */ ._3)(f.when, context, `${TEMPLATE_FILE} (${f.path})`))
            continue;
        const text = source.read(f.template);
        if (text === undefined) {
            throw new _render_js__WEBPACK_IMPORTED_MODULE_1__/* .TemplateError */ .$w(`hub ${source.release.version}: ${f.template} (for ${f.path}) does not exist`);
        }
        out.set(f.path, { content: (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTemplate */ .Xm)(text, context, f.template), file: f });
    }
    return out;
}


/***/ }),

/***/ 76742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readObjects),
/* harmony export */   K: () => (/* binding */ storeBlobs)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/**
 * Many git objects in one process each way: `git cat-file --batch` to read blobs (by id or
 * `<commit>:<path>`), `git hash-object -w --stdin-paths` to store them. A sync touches every
 * rendered file twice or three times; one process per object would dominate its run time.
 */




/** Objects by name; a name git does not have maps to undefined. */
function readObjects(dir, names) {
    const out = new Map();
    const unique = [...new Set(names)];
    if (!unique.length)
        return out;
    if (unique.some((n) => /[\n\r]/.test(n)))
        throw new Error('git object names cannot hold newlines');
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['-C', dir, 'cat-file', '--batch'], {
        input: unique.join('\n') + '\n',
        maxBuffer: 256 * 1024 * 1024
    });
    if (r.status !== 0)
        throw new Error(`git cat-file --batch failed: ${String(r.stderr).trim()}`);
    const buf = r.stdout;
    let at = 0;
    for (const name of unique) {
        const nl = buf.indexOf(0x0a, at);
        const header = buf.subarray(at, nl).toString('utf8');
        at = nl + 1;
        const m = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(header);
        if (!m) {
            out.set(name, undefined); // "<name> missing" or "ambiguous"
            continue;
        }
        const size = Number(m[2]);
        out.set(name, m[1] === 'blob' ? buf.subarray(at, at + size).toString('utf8') : undefined);
        at += size + 1;
    }
    return out;
}
/** Store contents as blobs; returns their ids in order. */
function storeBlobs(dir, contents) {
    if (!contents.length)
        return [];
    const scratch = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'ci-intel-blobs-'));
    try {
        const paths = contents.map((c, i) => {
            const p = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, String(i));
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(p, c);
            return p;
        });
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['-C', dir, 'hash-object', '-w', '--stdin-paths'], {
            input: paths.join('\n') + '\n',
            encoding: 'utf8'
        });
        if (r.status !== 0)
            throw new Error(`git hash-object failed: ${r.stderr.trim()}`);
        return r.stdout.trim().split('\n');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(scratch, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 51656:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ LOCK_FILE),
/* harmony export */   b4: () => (/* binding */ readBlobs),
/* harmony export */   be: () => (/* binding */ writeLock),
/* harmony export */   li: () => (/* binding */ lockText),
/* harmony export */   mF: () => (/* binding */ readLock),
/* harmony export */   nr: () => (/* binding */ keepRenders),
/* harmony export */   qO: () => (/* binding */ RENDERS_REF)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _core_strict_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66613);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1699);
/* harmony import */ var _git_batch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76742);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91626);
/**
 * `.ci-intel/template.lock.json`: what the repository last applied \u2014 the hub release, the
 * answers, and per rendered file the git blob of that render, so every file has its own merge
 * base. The blobs are kept reachable under `refs/ci-intel/renders` (a commit whose tree holds
 * the last renders), which the sync action fetches and pushes with its branch.
 */








const LOCK_FILE = '.ci-intel/template.lock.json';
const RENDERS_REF = 'refs/ci-intel/renders';
function readLock(workspace) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(workspace, LOCK_FILE);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file)) {
        throw new _render_js__WEBPACK_IMPORTED_MODULE_7__/* .TemplateError */ .$w(`${LOCK_FILE} does not exist: this repository was not set up by ci-intel init (or the lock was deleted), so there is no merge base and nothing is overwritten`);
    }
    const doc = (0,_core_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .parseStrictJson */ .RJ)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'), LOCK_FILE);
    if (doc?.schema !== 'ci-intel.template-lock.v1' ||
        typeof doc.hub?.sha !== 'string' ||
        typeof doc.answers !== 'object' ||
        typeof doc.files !== 'object' ||
        Object.values(doc.files ?? {}).some((f) => !/^[0-9a-f]{40}$/.test(String(f?.blob)))) {
        throw new _render_js__WEBPACK_IMPORTED_MODULE_7__/* .TemplateError */ .$w(`${LOCK_FILE} is not a ci-intel.template-lock.v1 document`);
    }
    return doc;
}
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((k) => [k, canonical(value[k])]));
    }
    return value;
}
function lockText(lock) {
    return JSON.stringify(canonical(lock), null, 2) + '\n';
}
function writeLock(workspace, lock) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(workspace, LOCK_FILE);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(file), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(file, lockText(lock));
}
/** The contents of the recorded renders (path \u2192 blob), or a TemplateError naming the first missing one. */
function readBlobs(workspace, blobs) {
    const got = (0,_git_batch_js__WEBPACK_IMPORTED_MODULE_5__/* .readObjects */ .$)(workspace, Object.values(blobs));
    const out = new Map();
    for (const [path, blob] of Object.entries(blobs)) {
        const text = got.get(blob);
        if (text === undefined)
            throw missingBlob(blob, path);
        out.set(path, text);
    }
    return out;
}
function missingBlob(blob, path) {
    return new _render_js__WEBPACK_IMPORTED_MODULE_7__/* .TemplateError */ .$w(`${LOCK_FILE} names blob ${blob} as the last render of ${path}, but this repository does not have it (fetch ${RENDERS_REF} from the remote: git fetch origin ${RENDERS_REF}:${RENDERS_REF}); nothing is overwritten without a merge base`);
}
/** Keep the renders reachable: a commit on refs/ci-intel/renders whose tree holds them. */
function keepRenders(workspace, blobs, message) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'ci-intel-index-'));
    const env = { ...process.env, GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'index') };
    try {
        const lines = Object.entries(blobs)
            .map(([path, blob]) => `100644 ${blob}\t${path}`)
            .join('\n');
        let r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['-C', workspace, 'update-index', '--add', '--index-info'], {
            env,
            input: lines + '\n',
            encoding: 'utf8'
        });
        if (r.status !== 0)
            throw new _render_js__WEBPACK_IMPORTED_MODULE_7__/* .TemplateError */ .$w(`git update-index failed: ${r.stderr.trim()}`);
        r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['-C', workspace, 'write-tree'], { env, encoding: 'utf8' });
        const tree = r.stdout.trim();
        const parent = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['-C', workspace, 'rev-parse', '--verify', '--quiet', RENDERS_REF], { encoding: 'utf8' }).stdout.trim();
        const args = [
            '-C',
            workspace,
            '-c',
            'user.name=ci-intel',
            '-c',
            'user.email=ci-intel@users.noreply.github.com',
            'commit-tree',
            tree,
            '-m',
            message
        ];
        if (parent)
            args.push('-p', parent);
        const commit = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, { encoding: 'utf8' }).stdout.trim();
        (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .git */ .$Y)(workspace, ['update-ref', RENDERS_REF, commit]);
        return commit;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 91626:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Ym: () => (/* binding */ gitSource),
/* harmony export */   rx: () => (/* binding */ newestTag),
/* harmony export */   v9: () => (/* binding */ dirSource)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _git_batch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76742);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1699);
/**
 * Where a template release is read from: the hub checkout the CLI runs from (a folder), or a
 * hub git repository at a tag or commit (`git show <ref>:<path>`), so a sync can render the
 * version it moves to without checking it out.
 */





function git(dir, args, input) {
    return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['-C', dir, ...args], {
        encoding: 'utf8',
        input,
        stdio: ['pipe', 'pipe', 'pipe'],
        maxBuffer: 64 * 1024 * 1024
    });
}
function dirSource(root, release) {
    return {
        release,
        read: (path) => {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path);
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8') : undefined;
        }
    };
}
const SEMVER = /^v(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;
function compareVersions(a, b) {
    const x = SEMVER.exec(a);
    const y = SEMVER.exec(b);
    for (let i = 1; i <= 3; i++)
        if (Number(x[i]) !== Number(y[i]))
            return Number(x[i]) - Number(y[i]);
    if (x[4] === y[4])
        return 0;
    if (x[4] === undefined)
        return 1; // a release sorts after its pre-releases
    if (y[4] === undefined)
        return -1;
    return x[4] < y[4] ? -1 : 1;
}
/** The newest release tag of a channel: stable = vX.Y.Z only; canary = pre-releases too. */
function newestTag(hubGit, channel) {
    const tags = git(hubGit, ['tag', '--list', 'v*'])
        .split('\n')
        .map((t) => t.trim())
        .filter((t) => SEMVER.test(t) && (channel === 'canary' || !SEMVER.exec(t)[4]))
        .sort(compareVersions);
    const newest = tags[tags.length - 1];
    if (!newest) {
        throw new _render_js__WEBPACK_IMPORTED_MODULE_4__/* .TemplateError */ .$w(`the hub repository has no ${channel === 'stable' ? 'vX.Y.Z' : 'vX.Y.Z[-pre]'} release tag`);
    }
    return newest;
}
/** A hub git repository at `ref` (a tag, a branch or a commit). */
function gitSource(hubGit, ref, repo) {
    let sha;
    try {
        sha = git(hubGit, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
    }
    catch {
        throw new _render_js__WEBPACK_IMPORTED_MODULE_4__/* .TemplateError */ .$w(`the hub repository has no release '${ref}'`);
    }
    let version = ref;
    if (!SEMVER.test(ref)) {
        try {
            version = git(hubGit, ['describe', '--tags', '--match', 'v*', sha]).trim();
        }
        catch {
            version = sha.slice(0, 12);
        }
    }
    const cache = new Map();
    const prefetch = (paths) => {
        const missing = paths.filter((p) => !cache.has(p));
        const got = (0,_git_batch_js__WEBPACK_IMPORTED_MODULE_3__/* .readObjects */ .$)(hubGit, missing.map((p) => `${sha}:${p}`));
        for (const p of missing)
            cache.set(p, got.get(`${sha}:${p}`));
    };
    return {
        release: { repo, version, sha },
        prefetch,
        read: (path) => {
            if (!cache.has(path))
                prefetch([path]);
            return cache.get(path);
        }
    };
}


/***/ }),

/***/ 95100:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ sync),
  l: () => (/* binding */ syncMarkdown)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/templates/definition.js
var definition = __webpack_require__(60526);
// EXTERNAL MODULE: ./lib/templates/lock.js
var templates_lock = __webpack_require__(51656);
// EXTERNAL MODULE: ./lib/templates/git-batch.js
var git_batch = __webpack_require__(76742);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/templates/render.js
var render = __webpack_require__(1699);
// EXTERNAL MODULE: ./lib/templates/source.js
var source = __webpack_require__(91626);
;// CONCATENATED MODULE: ./lib/templates/merge.js
/** Three-way merge of one file with `git merge-file` (zdiff3 markers), and unmerged index stages. */






const LABELS = {
    ours: 'before updating',
    base: 'last update',
    theirs: 'after updating'
};
function mergeFile(base, ours, theirs, path) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ci-intel-merge-'));
    try {
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'ours'), ours);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'base'), base);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'theirs'), theirs);
        const r = (0,external_node_child_process_.spawnSync)('git', [
            'merge-file',
            '-p',
            '--zdiff3',
            '-L',
            LABELS.ours,
            '-L',
            LABELS.base,
            '-L',
            LABELS.theirs,
            (0,external_node_path_.join)(dir, 'ours'),
            (0,external_node_path_.join)(dir, 'base'),
            (0,external_node_path_.join)(dir, 'theirs')
        ], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        if (r.status === null || r.status < 0 || r.status > 127 || r.error) {
            throw new render/* TemplateError */.$w(`git merge-file failed on ${path}: ${r.error?.message ?? r.stderr.trim()}`);
        }
        return { content: r.stdout, conflicts: r.status };
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/** Record base/ours/theirs as index stages 1/2/3, so `git status` and editors show a conflict. */
function markUnmerged(workspace, path, base, ours, theirs) {
    const id = (s) => (0,source/* git */.$Y)(workspace, ['hash-object', '-w', '--stdin'], s).trim();
    const info = [
        `0 ${'0'.repeat(40)}\t${path}`,
        `100644 ${id(base)} 1\t${path}`,
        `100644 ${id(ours)} 2\t${path}`,
        `100644 ${id(theirs)} 3\t${path}`
    ].join('\n');
    const r = (0,external_node_child_process_.spawnSync)('git', ['-C', workspace, 'update-index', '--index-info'], {
        input: info + '\n',
        encoding: 'utf8'
    });
    if (r.status !== 0)
        throw new render/* TemplateError */.$w(`git update-index failed for ${path}: ${r.stderr.trim()}`);
}

;// CONCATENATED MODULE: ./lib/templates/sync.js
/**
 * `ci-intel sync`: move a repository from the template release it last applied to another, file
 * by file: a three-way merge of the last applied render (base, from the lock), the repository's
 * file (ours) and the new render (theirs). Clean merges are applied, conflicts are left as
 * zdiff3 markers with unmerged index stages, local deletions stay deleted, files the template
 * dropped are removed only when unmodified, and the hub pins move with the release. Never
 * "theirs wins".
 */







function readOurs(workspace, path) {
    const file = (0,external_node_path_.join)(workspace, path);
    return (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, 'utf8') : undefined;
}
function write(workspace, path, content) {
    const file = (0,external_node_path_.join)(workspace, path);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, content);
}
/** `uses: <hub>/\u2026@<old sha> # <old version>` in every workflow \u2192 the new release. */
function movePins(workspace, from, to, skip) {
    const changes = [];
    const dir = (0,external_node_path_.join)(workspace, '.github', 'workflows');
    if (!(0,external_node_fs_.existsSync)(dir) || from.sha === to.sha)
        return changes;
    const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pin = new RegExp(`(uses:\\s*['"]?${esc(from.repo)}/[^@\\s'"]+@)${from.sha}(['"]?)(\\s*#\\s*\\S+)?`, 'g');
    for (const name of (0,external_node_fs_.readdirSync)(dir).sort()) {
        const path = `.github/workflows/${name}`;
        if (skip.has(path) || !/\.ya?ml$/.test(name))
            continue;
        const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, name), 'utf8');
        let changed = false;
        const lines = text.split('\n').map((line, i) => line.replace(pin, (m, head, quote) => {
            changed = true;
            const next = `${head}${to.sha}${quote} # ${to.version}`;
            changes.push({ file: path, line: i + 1, from: m.trim(), to: next.trim() });
            return next;
        }));
        if (changed)
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, name), lines.join('\n'));
    }
    return changes;
}
function sync(options) {
    const { workspace, target } = options;
    const lock = (0,templates_lock/* readLock */.mF)(workspace);
    const def = (0,definition/* loadDefinition */.yQ)(target);
    const answers = {};
    const answersChanged = [];
    for (const q of def.questions) {
        const given = options.answers?.[q.name];
        const value = given ?? lock.answers[q.name] ?? q.default;
        if (value === undefined)
            throw new render/* TemplateError */.$w(`answer ${q.name} is needed by ${target.release.version} and has no default`);
        answers[q.name] = (0,definition/* checkAnswer */.dG)(q, value);
        if (given !== undefined &&
            JSON.stringify(answers[q.name]) !== JSON.stringify(lock.answers[q.name]))
            answersChanged.push(q.name);
    }
    const renders = (0,definition/* renderAll */.Yl)(def, target, answers);
    // Every path the lock or the new release knows, with renames mapped to their new path.
    const renamedFrom = new Map();
    for (const [path, r] of renders) {
        for (const old of r.file.renamedFrom ?? [])
            if (lock.files[old] && !lock.files[path])
                renamedFrom.set(path, old);
    }
    const moved = new Set(renamedFrom.values());
    // Check every merge base exists before touching anything.
    const bases = (0,templates_lock/* readBlobs */.b4)(workspace, Object.fromEntries(Object.entries(lock.files).map(([p, f]) => [p, f.blob])));
    const planned = [];
    for (const [path, { content: theirs }] of renders) {
        const from = renamedFrom.get(path);
        const basePath = from ?? path;
        const base = bases.get(basePath);
        const oursPath = from && readOurs(workspace, path) === undefined ? from : path;
        const ours = readOurs(workspace, oursPath);
        const del = from && oursPath === from ? [from] : undefined;
        if (base === undefined) {
            // New in this release.
            if (ours === undefined)
                planned.push({ path, outcome: 'added', content: theirs });
            else if (ours === theirs)
                planned.push({ path, outcome: 'unchanged' });
            else {
                const m = mergeFile('', ours, theirs, path);
                planned.push(m.conflicts
                    ? {
                        path,
                        outcome: 'conflicted',
                        content: m.content,
                        conflicts: m.conflicts,
                        stages: ['', ours, theirs]
                    }
                    : { path, outcome: 'merged', content: m.content });
            }
            continue;
        }
        if (ours === undefined) {
            planned.push({ path, outcome: 'kept-deleted', from });
            continue;
        }
        if (ours === theirs)
            planned.push({
                path,
                outcome: del ? 'updated' : 'unchanged',
                content: del ? theirs : undefined,
                delete: del,
                from
            });
        else if (base === theirs)
            planned.push({
                path,
                outcome: del ? 'updated' : 'unchanged',
                content: del ? ours : undefined,
                delete: del,
                from
            });
        else if (ours === base)
            planned.push({ path, outcome: 'updated', content: theirs, delete: del, from });
        else {
            const m = mergeFile(base, ours, theirs, path);
            planned.push(m.conflicts
                ? {
                    path,
                    outcome: 'conflicted',
                    content: m.content,
                    conflicts: m.conflicts,
                    delete: del,
                    from,
                    stages: [base, ours, theirs]
                }
                : { path, outcome: 'merged', content: m.content, delete: del, from });
        }
    }
    for (const [path, base] of bases) {
        if (renders.has(path) || moved.has(path))
            continue;
        const ours = readOurs(workspace, path);
        if (ours === undefined)
            planned.push({ path, outcome: 'kept-deleted' });
        else if (ours === base)
            planned.push({ path, outcome: 'removed', delete: [path] });
        else
            planned.push({ path, outcome: 'kept-modified' });
    }
    const newFiles = {};
    // Stored now (objects only: the working tree is untouched until the plan is applied).
    const ids = (0,git_batch/* storeBlobs */.K)(workspace, [...renders.values()].map((r) => r.content));
    [...renders.keys()].forEach((path, i) => (newFiles[path] = { blob: ids[i] }));
    const newLock = {
        schema: 'ci-intel.template-lock.v1',
        hub: { ...target.release, channel: options.channel ?? lock.hub.channel },
        answers,
        files: newFiles
    };
    const noop = planned.every((p) => p.content === undefined && p.delete === undefined && p.outcome !== 'conflicted') && (0,templates_lock/* lockText */.li)(lock) === (0,templates_lock/* lockText */.li)(newLock);
    const pins = [];
    if (!noop) {
        for (const p of planned) {
            if (p.content !== undefined)
                write(workspace, p.path, p.content);
            for (const d of p.delete ?? [])
                (0,external_node_fs_.rmSync)((0,external_node_path_.join)(workspace, d), { force: true });
        }
        pins.push(...movePins(workspace, lock.hub, target.release, new Set(renders.keys())));
        (0,templates_lock/* writeLock */.be)(workspace, newLock);
        (0,templates_lock/* keepRenders */.nr)(workspace, Object.fromEntries(Object.entries(newFiles).map(([p, f]) => [p, f.blob])), `ci-intel template ${target.release.version}`);
        for (const p of planned)
            if (p.stages)
                markUnmerged(workspace, p.path, ...p.stages);
    }
    const report = {
        from: { repo: lock.hub.repo, version: lock.hub.version, sha: lock.hub.sha },
        to: target.release,
        files: planned.map((p) => ({
            path: p.path,
            outcome: p.outcome,
            ...(p.from ? { from: p.from } : {}),
            ...(p.conflicts ? { conflicts: p.conflicts } : {})
        })),
        pins,
        answersChanged,
        noop
    };
    return { report, lock: noop ? lock : newLock };
}
function syncMarkdown(r) {
    const count = (o) => r.files.filter((f) => f.outcome === o).length;
    const lines = [
        `### ci-intel template sync: ${r.from.version} \u2192 ${r.to.version}`,
        '',
        r.noop
            ? 'Nothing to do: the repository already matches this release.'
            : `${count('merged')} merged, ${count('updated')} updated, ${count('conflicted')} conflicted, ${count('added')} added, ${count('removed')} removed, ${count('kept-deleted')} kept deleted, ${count('kept-modified')} kept (modified here, dropped by the template)`,
        ''
    ];
    if (count('conflicted')) {
        lines.push("**Conflicts** \u2014 resolve the `<<<<<<< before updating` / `>>>>>>> after updating` markers (your version first, the template's second; `||||||| last update` shows the last applied render), then commit:", '');
    }
    lines.push('| file | outcome |', '| --- | --- |');
    for (const f of r.files) {
        if (f.outcome === 'unchanged')
            continue;
        lines.push(`| \`${f.path}\`${f.from ? ` (was \`${f.from}\`)` : ''} | ${f.outcome}${f.conflicts ? ` (${f.conflicts})` : ''} |`);
    }
    if (r.pins.length) {
        lines.push('', 'Hub pins moved:', '');
        for (const p of r.pins)
            lines.push(`- \`${p.file}:${p.line}\`: \`${p.to}\``);
    }
    if (r.answersChanged.length)
        lines.push('', `Answers changed: ${r.answersChanged.join(', ')} (re-rendered).`);
    lines.push('', `Lock: \`${templates_lock/* LOCK_FILE */.FI}\` \u2192 ${r.to.version} (\`${r.to.sha}\`).`);
    return lines.join('\n') + '\n';
}


/***/ })

};
