export const id = 3247;
export const ids = [3247,5521];
export const modules = {

/***/ 73247:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand),
  syncCommand: () => (/* binding */ syncCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:readline/promises"
var promises_ = __webpack_require__(26848);
// EXTERNAL MODULE: ./lib/core/action-spec.js
var action_spec = __webpack_require__(75521);
// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(18067);
// EXTERNAL MODULE: ./lib/templates/definition.js
var definition = __webpack_require__(60526);
// EXTERNAL MODULE: ./lib/templates/lock.js
var templates_lock = __webpack_require__(51656);
// EXTERNAL MODULE: ./lib/templates/git-batch.js
var git_batch = __webpack_require__(76742);
// EXTERNAL MODULE: ./lib/templates/render.js
var render = __webpack_require__(1699);
;// CONCATENATED MODULE: ./lib/templates/init.js
/**
 * `ci-intel init`: ask (or take answers), render the hub's template into a git repository,
 * write what is missing, refuse to overwrite a differing file unless forced, and record the
 * lock (answers + the blob of every render) that later syncs merge against. Idempotent.
 */







function gitOut(dir, args) {
    const r = (0,external_node_child_process_.spawnSync)('git', ['-C', dir, ...args], { encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : undefined;
}
/** Defaults the template marks `detected`: from the git remote and the current branch. */
function detectedDefaults(workspace) {
    const remote = gitOut(workspace, ['remote', 'get-url', 'origin']) ?? '';
    const m = /[:/]([A-Za-z0-9][A-Za-z0-9-]{0,38})\/[^/]+?(?:\.git)?\/?$/.exec(remote);
    const folderOwner = (0,external_node_path_.basename)((0,external_node_path_.dirname)(workspace))
        .replace(/[^A-Za-z0-9-]/g, '-')
        .replace(/^-+|-+$/g, '');
    const organisation = m?.[1] ?? (/^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/.test(folderOwner) ? folderOwner : 'my-org');
    const branch = gitOut(workspace, ['symbolic-ref', '--short', 'HEAD']) ?? 'main';
    return { organisation, default_branch: branch };
}
async function initRepository(options) {
    const { workspace, source } = options;
    if (gitOut(workspace, ['rev-parse', '--git-dir']) === undefined) {
        throw new render/* TemplateError */.$w(`${workspace} is not a git repository: run git init first (the lock records git blobs)`);
    }
    const def = (0,definition/* loadDefinition */.yQ)(source);
    const detected = detectedDefaults(workspace);
    const answers = {};
    for (const q of def.questions) {
        let value = options.answers[q.name];
        if (value === undefined) {
            let suggested = q.default === 'detected' ? detected[q.name] : q.default;
            if (typeof suggested === 'string')
                suggested = (0,render/* renderTemplate */.Xm)(suggested, answers, `default of ${q.name}`);
            if (!options.yes) {
                if (!options.ask) {
                    throw new render/* TemplateError */.$w(`answer ${q.name} (${q.description}) was not given and there is no terminal to ask: pass --yes for the defaults, --answers FILE, or --${q.name.replace(/_/g, '-')} VALUE`);
                }
                const shown = Array.isArray(suggested) ? suggested.join(',') : String(suggested ?? '');
                value = (await options.ask(q, shown)) || shown;
            }
            else
                value = suggested;
        }
        if (value === undefined)
            throw new render/* TemplateError */.$w(`answer ${q.name} has no default: give it`);
        answers[q.name] = (0,definition/* checkAnswer */.dG)(q, value);
    }
    // The hub an organisation runs is <organisation>/hub unless named.
    if (!source.release.repo)
        source.release.repo = `${String(answers.organisation)}/hub`;
    const renders = (0,definition/* renderAll */.Yl)(def, source, answers);
    const report = { written: [], unchanged: [], refused: [], answers, lock: false };
    for (const [path, { content }] of renders) {
        const file = (0,external_node_path_.join)(workspace, path);
        if ((0,external_node_fs_.existsSync)(file)) {
            const current = (0,external_node_fs_.readFileSync)(file, 'utf8');
            if (current === content) {
                report.unchanged.push(path);
                continue;
            }
            if (!options.force) {
                report.refused.push(path);
                continue;
            }
        }
        report.written.push(path);
    }
    if (report.refused.length)
        return report; // nothing written: one consistent state or none
    for (const path of report.written) {
        const file = (0,external_node_path_.join)(workspace, path);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(file, renders.get(path).content);
    }
    const files = {};
    const ids = (0,git_batch/* storeBlobs */.K)(workspace, [...renders.values()].map((r) => r.content));
    [...renders.keys()].forEach((path, i) => (files[path] = { blob: ids[i] }));
    const lock = {
        schema: 'ci-intel.template-lock.v1',
        hub: { ...source.release, channel: String(answers.channel ?? 'stable') },
        answers,
        files
    };
    const lockFile = (0,external_node_path_.join)(workspace, templates_lock/* LOCK_FILE */.FI);
    if (!(0,external_node_fs_.existsSync)(lockFile) || (0,external_node_fs_.readFileSync)(lockFile, 'utf8') !== (0,templates_lock/* lockText */.li)(lock)) {
        (0,templates_lock/* writeLock */.be)(workspace, lock);
        report.written.push(templates_lock/* LOCK_FILE */.FI);
    }
    else
        report.unchanged.push(templates_lock/* LOCK_FILE */.FI);
    (0,templates_lock/* keepRenders */.nr)(workspace, Object.fromEntries(Object.entries(files).map(([p, f]) => [p, f.blob])), `ci-intel template ${source.release.version}`);
    report.lock = true;
    return report;
}

// EXTERNAL MODULE: ./lib/templates/source.js
var templates_source = __webpack_require__(91626);
// EXTERNAL MODULE: ./lib/templates/sync.js + 1 modules
var sync = __webpack_require__(95100);
// EXTERNAL MODULE: ./lib/cli/args.js
var args = __webpack_require__(92453);
;// CONCATENATED MODULE: ./lib/cli/template-commands.js
/** `ci-intel init` and `ci-intel sync`: adopt the hub's template, and keep it current. */














const VALUE_FLAGS = new Set([
    'workspace',
    'answers',
    'hub',
    'hub-git',
    'hub-sha',
    'to',
    'channel',
    'report',
    'format'
]);
const BOOL_FLAGS = new Set(['yes', 'force', 'help']);
function parse(command, argv, questions) {
    const f = { values: {}, bools: new Set(), answers: {} };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '-h') {
            f.bools.add('help');
            continue;
        }
        if (a === '-y') {
            f.bools.add('yes');
            continue;
        }
        if (!a.startsWith('--'))
            throw new args/* UsageError */.eb(`ci-intel ${command}: unexpected argument '${a}'`);
        const eq = a.indexOf('=');
        const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
        if (BOOL_FLAGS.has(name)) {
            f.bools.add(name);
            continue;
        }
        const question = name.replace(/-/g, '_');
        if (!VALUE_FLAGS.has(name) && !questions.includes(question)) {
            throw new args/* UsageError */.eb(`ci-intel ${command}: unknown flag --${name} (questions: ${questions.map((q) => `--${q.replace(/_/g, '-')}`).join(', ')})`);
        }
        const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined)
            throw new args/* UsageError */.eb(`ci-intel ${command}: --${name} needs a value`);
        if (VALUE_FLAGS.has(name))
            f.values[name] = value;
        else
            f.answers[question] = value;
    }
    return f;
}
function gitOk(dir, args) {
    const r = (0,external_node_child_process_.spawnSync)('git', ['-C', dir, ...args], { encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : undefined;
}
/** A hub git repository: a local folder, or a URL cloned (bare, no blobs until read) once. */
function hubGit(spec, cwd) {
    if (!spec) {
        const root = (0,action_spec.hubRoot)();
        if (gitOk(root, ['rev-parse', '--git-dir']) === undefined) {
            throw new args/* UsageError */.eb('this hub is not a git checkout: name the hub repository with --hub-git <folder or URL>');
        }
        return root;
    }
    const local = (0,external_node_path_.resolve)(cwd, spec);
    if ((0,external_node_fs_.existsSync)(local))
        return local;
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ci-intel-hub-'));
    const r = (0,external_node_child_process_.spawnSync)('git', ['clone', '-q', '--bare', '--filter=blob:none', spec, dir], {
        encoding: 'utf8'
    });
    if (r.status !== 0)
        throw new render/* TemplateError */.$w(`cannot clone the hub ${spec}: ${r.stderr.trim().split('\n').pop()}`);
    return dir;
}
async function readAnswersFile(file) {
    const { readRegularTextFile } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 14630));
    const { parse: parseYaml } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const doc = parseYaml(readRegularTextFile(file, { maxBytes: 256 * 1024, what: '--answers' }), {
        uniqueKeys: true
    });
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw new args/* UsageError */.eb(`--answers ${file}: expected a mapping of question: answer`);
    return doc;
}
const INIT_HELP = `usage: ci-intel init [--yes] [--answers FILE] [--<question> VALUE \u2026] [--force] [--workspace DIR]
                     [--hub OWNER/REPO] [--hub-git DIR|URL --to vX.Y.Z]
Renders the hub's template into a git repository: .ci-intel/config.yml, the caller workflows,
a CODEOWNERS entry and the lock later syncs merge against. Refuses to overwrite a file that
differs unless --force. --yes takes every default without asking.
`;
async function initCommand(io, argv) {
    const root = (0,action_spec.hubRoot)();
    const base = (0,templates_source/* dirSource */.v9)(root, { repo: '', version: `v${version/* HUB_VERSION */.h}`, sha: '' });
    const questions = (0,definition/* loadDefinition */.yQ)(base).questions;
    const f = parse('init', argv, questions.map((q) => q.name));
    if (f.bools.has('help')) {
        io.stdout(INIT_HELP +
            '\nquestions:\n' +
            questions
                .map((q) => `  --${q.name.replace(/_/g, '-').padEnd(16)} ${q.description}`)
                .join('\n') +
            '\n');
        return 0;
    }
    const workspace = (0,external_node_path_.resolve)(io.cwd, f.values.workspace ?? '.');
    let source;
    if (f.values['hub-git']) {
        const dir = hubGit(f.values['hub-git'], io.cwd);
        source = (0,templates_source/* gitSource */.Ym)(dir, f.values.to ?? (0,templates_source/* newestTag */.rx)(dir, 'stable'), f.values.hub ?? '');
    }
    else {
        const sha = f.values['hub-sha'] ?? gitOk(root, ['rev-parse', 'HEAD']);
        if (!sha || !/^[0-9a-f]{40}$/.test(sha)) {
            throw new args/* UsageError */.eb('the hub commit to pin is unknown: pass --hub-sha <40-hex sha> (or --hub-git with --to)');
        }
        source = (0,templates_source/* dirSource */.v9)(root, { repo: f.values.hub ?? '', version: `v${version/* HUB_VERSION */.h}`, sha });
    }
    const answers = {
        ...(f.values.answers ? await readAnswersFile((0,external_node_path_.resolve)(io.cwd, f.values.answers)) : {}),
        ...f.answers
    };
    let rl;
    const ask = io.interactive
        ? async (q, suggested) => {
            rl ??= (0,promises_.createInterface)({ input: process.stdin, output: process.stderr });
            const opts = q.options ? ` (${q.options.join('/')})` : '';
            return (await rl.question(`${q.description}${opts} [${suggested}]: `)).trim();
        }
        : undefined;
    try {
        const report = await initRepository({
            workspace,
            source,
            answers,
            yes: f.bools.has('yes'),
            force: f.bools.has('force'),
            ask
        });
        for (const p of report.written)
            io.stdout(`wrote     ${p}\n`);
        for (const p of report.unchanged)
            io.stdout(`unchanged ${p}\n`);
        for (const p of report.refused)
            io.stdout(`refused   ${p} (exists and differs; --force overwrites it)\n`);
        if (report.refused.length) {
            io.stderr(`ci-intel init: nothing written: ${report.refused.length} existing file(s) differ from the template\n`);
            return 1;
        }
        io.stdout(`ci-intel init: ${source.release.repo}@${source.release.sha.slice(0, 12)} (${source.release.version}); next: review, commit, and run ci-intel check\n`);
        return 0;
    }
    finally {
        rl?.close();
    }
}
const SYNC_HELP = `usage: ci-intel sync [--to vX.Y.Z | --channel stable|canary] [--hub-git DIR|URL] [--<question> VALUE \u2026]
                     [--workspace DIR] [--format text|json|markdown] [--report FILE]
Three-way merges every file the hub's template renders (last applied render, yours, the new
release's) and moves the hub pins. Conflicts are left as markers. Exit 0 clean, 1 conflicts, 2 error.
`;
async function syncCommand(io, argv) {
    const workspace0 = io.cwd;
    const probe = (() => {
        try {
            return Object.keys((0,templates_lock/* readLock */.mF)(workspace0).answers);
        }
        catch {
            return [];
        }
    })();
    const f = parse('sync', argv, probe.length
        ? probe
        : ['organisation', 'default_branch', 'service_kind', 'gates', 'security_team', 'channel']);
    if (f.bools.has('help')) {
        io.stdout(SYNC_HELP);
        return 0;
    }
    const workspace = (0,external_node_path_.resolve)(io.cwd, f.values.workspace ?? '.');
    const lock = (0,templates_lock/* readLock */.mF)(workspace);
    const channel = f.values.channel ?? lock.hub.channel ?? 'stable';
    if (channel !== 'stable' && channel !== 'canary')
        throw new args/* UsageError */.eb('ci-intel sync: --channel is stable or canary');
    if (f.values.to && f.values.channel)
        throw new args/* UsageError */.eb('ci-intel sync: --to and --channel exclude each other');
    const dir = hubGit(f.values['hub-git'], io.cwd);
    const target = (0,templates_source/* gitSource */.Ym)(dir, f.values.to ?? (0,templates_source/* newestTag */.rx)(dir, channel), lock.hub.repo);
    const { report } = (0,sync/* sync */.O)({ workspace, target, answers: f.answers, channel });
    const conflicts = report.files.filter((x) => x.outcome === 'conflicted').length;
    const json = JSON.stringify({ schema: 'ci-intel.sync-report.v1', verdict: conflicts ? 'fail' : 'pass', ...report }, null, 2) + '\n';
    if (f.values.report)
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, f.values.report), json);
    const format = f.values.format ?? 'text';
    if (format === 'json')
        io.stdout(json);
    else if (format === 'markdown')
        io.stdout((0,sync/* syncMarkdown */.l)(report));
    else {
        io.stdout(`ci-intel sync: ${report.from.version} \u2192 ${report.to.version}${report.noop ? ' (nothing to do)' : ''}\n`);
        for (const x of report.files)
            if (x.outcome !== 'unchanged')
                io.stdout(`  ${x.outcome.padEnd(14)} ${x.path}${x.from ? ` (was ${x.from})` : ''}\n`);
        for (const p of report.pins)
            io.stdout(`  pin moved      ${p.file}:${p.line}\n`);
        if (conflicts)
            io.stdout(`${conflicts} conflicted file(s): resolve the markers, then commit\n`);
    }
    return conflicts ? 1 : 0;
}


/***/ }),

/***/ 75521:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hubRoot: () => (/* reexport safe */ _hub_root_js__WEBPACK_IMPORTED_MODULE_5__.G),
/* harmony export */   loadActionSpec: () => (/* binding */ loadActionSpec),
/* harmony export */   parseActionSpec: () => (/* binding */ parseActionSpec)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _build_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71855);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68415);
/* harmony import */ var _hub_root_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37669);
/**
 * Reads `actions/<gate>/action.yml`, the single source of truth for a gate's interface.
 *
 * Besides GitHub's own keys (`description`, `required`, `default`), an input may carry `type`
 * (string, boolean, number, choice, list, duration, secret), `options` (for choice) and, for
 * number and duration inputs, the range they accept: `min`, `max` (numbers; for a duration,
 * durations such as `1s` or `30d`) and `integer: true` (numbers only). Every number and duration
 * input must declare `min` and `max`: an unbounded timeout or count (`-5`, `0.001`,
 * `3000000000`) is never what a user meant. A
 * top-level `ci-intel:` block holds hub metadata: `permissions` the gate needs and `level`
 * (`repository` gates run under `ci-intel check`). The runner's action schema accepts loose keys
 * at both places, so the file stays a valid action.
 */







const INPUT_TYPES = [
    'string',
    'boolean',
    'number',
    'choice',
    'list',
    'duration',
    'secret'
];
function asRecord(v, where) {
    if (v === undefined || v === null)
        return {};
    if (typeof v !== 'object' || Array.isArray(v))
        throw new Error(`${where} must be a mapping`);
    return v;
}
/** The declared range of a number or duration input (both ends required). */
function rangeOf(i, type, where) {
    const bound = (key) => {
        const v = i[key];
        if (v === undefined || v === null || v === '') {
            throw new Error(`${where} is a ${type} without '${key}'; declare the range it accepts (min and max)`);
        }
        const n = type === 'duration' ? (0,_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDuration */ .E)(String(v)) : typeof v === 'number' ? v : NaN;
        if (n === undefined || !Number.isFinite(n)) {
            throw new Error(`${where}.${key} '${String(v)}' is not a ${type === 'duration' ? 'duration (e.g. 1s, 30d)' : 'number'}`);
        }
        return n;
    };
    const min = bound('min');
    const max = bound('max');
    if (min > max)
        throw new Error(`${where}: min is larger than max`);
    if (i.integer !== undefined && (type !== 'number' || typeof i.integer !== 'boolean')) {
        throw new Error(`${where}.integer must be true or false, on a number input`);
    }
    return { min, max, integer: i.integer === true };
}
/** Parse the text of an action.yml into a validated ActionSpec (throws on a malformed file). */
function parseActionSpec(gate, text) {
    const doc = asRecord((0,yaml__WEBPACK_IMPORTED_MODULE_2__.parse)(text), `actions/${gate}/action.yml`);
    const where = `actions/${gate}/action.yml`;
    const inputs = Object.entries(asRecord(doc.inputs, `${where}: inputs`)).map(([name, raw]) => {
        const i = asRecord(raw, `${where}: inputs.${name}`);
        const type = (i.type ?? 'string');
        if (!INPUT_TYPES.includes(type)) {
            throw new Error(`${where}: inputs.${name}.type '${String(type)}' is not one of ${INPUT_TYPES.join(', ')}`);
        }
        const options = Array.isArray(i.options) ? i.options.map(String) : undefined;
        if (type === 'choice' && !options?.length) {
            throw new Error(`${where}: inputs.${name} is a choice without options`);
        }
        const spec = {
            name,
            description: String(i.description ?? ''),
            required: i.required === true,
            default: i.default === undefined ? undefined : String(i.default),
            type,
            options
        };
        if (type === 'number' || type === 'duration') {
            Object.assign(spec, rangeOf(i, type, `${where}: inputs.${name}`));
        }
        else if (i.min !== undefined || i.max !== undefined || i.integer !== undefined) {
            throw new Error(`${where}: inputs.${name}: min/max/integer apply to number and duration`);
        }
        return spec;
    });
    const outputs = Object.entries(asRecord(doc.outputs, `${where}: outputs`)).map(([name, raw]) => ({
        name,
        description: String(asRecord(raw, `${where}: outputs.${name}`).description ?? '')
    }));
    const runs = asRecord(doc.runs, `${where}: runs`);
    const meta = asRecord(doc['ci-intel'], `${where}: ci-intel`);
    const permissions = Object.fromEntries(Object.entries(asRecord(meta.permissions, `${where}: ci-intel.permissions`)).map(([k, v]) => [
        k,
        String(v)
    ]));
    return {
        gate,
        name: String(doc.name ?? gate),
        description: String(doc.description ?? ''),
        inputs,
        outputs,
        permissions,
        level: meta.level === 'repository' ? 'repository' : 'artifact',
        using: String(runs.using ?? ''),
        main: String(runs.main ?? ''),
        post: runs.post === undefined ? undefined : String(runs.post)
    };
}
const cache = new Map();
/**
 * Load and cache `actions/<gate>/action.yml`. In a bundle, the spec the build compiled in is used
 * (no file read, no YAML parse) unless another root is named.
 */
function loadActionSpec(gate, root) {
    if (root === undefined) {
        const built = (0,_build_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .registeredActionSpec */ .wP)(gate);
        if (built)
            return built;
        root = (0,_hub_root_js__WEBPACK_IMPORTED_MODULE_5__/* .hubRoot */ .G)();
    }
    const key = `${root}\0${gate}`;
    let spec = cache.get(key);
    if (!spec) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'actions', gate, 'action.yml');
        spec = parseActionSpec(gate, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        cache.set(key, spec);
    }
    return spec;
}


/***/ })

};
