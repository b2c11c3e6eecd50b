export const id = 3843;
export const ids = [3843];
export const modules = {

/***/ 3843:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CREDENTIAL_FILES: () => (/* reexport */ DEFAULT_CREDENTIAL_FILES),
  RULES: () => (/* reexport */ RULES),
  secretless: () => (/* binding */ secretless)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __webpack_require__(14630);
;// CONCATENATED MODULE: ./lib/secrets/credential-files.js
/**
 * The files a job leaves credentials in (`docker login`, `npm login`, `aws configure`,
 * `gcloud auth`, a kubeconfig, `actions/checkout`'s persisted extraheader), each read through
 * the one file reader with a byte limit; a folder (`~/.config/gcloud`) is walked without
 * following symlinked folders, bounded in depth and count.
 */



const DEFAULT_CREDENTIAL_FILES = [
    '~/.docker/config.json',
    '~/.npmrc',
    '~/.aws/credentials',
    '~/.config/gcloud',
    '~/.kube/config',
    '.git/config'
];
/** `~/x` under `home`, a relative path under `workspace`. */
function expandPath(given, home, workspace) {
    if (given === '~' || given.startsWith('~/')) {
        if (!home)
            throw new Error(`'${given}' names the home folder, but HOME is not set`);
        return (0,external_node_path_.join)(home, given.slice(2));
    }
    return (0,external_node_path_.isAbsolute)(given) ? given : (0,external_node_path_.resolve)(workspace, given);
}
function readOne(shown, path, limits) {
    try {
        const buf = (0,read_file/* readRegularFile */.XF)(path, { maxBytes: limits.maxFileBytes, what: 'credentials file' });
        return { shown, path, status: 'read', bytes: buf.length, text: buf.toString('latin1') };
    }
    catch (err) {
        const code = err instanceof read_file/* FileReadError */.tJ ? err.code : undefined;
        if (code === 'ENOENT')
            return { shown, path, status: 'absent' };
        if (code === 'too-large')
            return { shown, path, status: 'too-large', reason: `over ${limits.maxFileBytes} bytes` };
        if (code === 'not-regular')
            return { shown, path, status: 'not-regular' };
        return { shown, path, status: 'unreadable', reason: code ?? 'error' };
    }
}
/** Read `given` (a file or a folder of files). */
function readCredentialPath(given, path, limits) {
    let st;
    try {
        st = (0,external_node_fs_.lstatSync)(path);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return [{ shown: given, path, status: 'absent' }];
        return [{ shown: given, path, status: 'unreadable', reason: code ?? 'error' }];
    }
    if (!st.isDirectory())
        return [readOne(given, path, limits)];
    const out = [];
    let truncated = false;
    const walk = (dir, shown, depth) => {
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(dir).sort();
        }
        catch (err) {
            out.push({
                shown,
                path: dir,
                status: 'unreadable',
                reason: err.code ?? 'error'
            });
            return;
        }
        for (const name of names) {
            if (out.length >= limits.maxFiles) {
                truncated = true;
                return;
            }
            const p = (0,external_node_path_.join)(dir, name);
            const s = `${shown}/${name}`;
            let ls;
            try {
                ls = (0,external_node_fs_.lstatSync)(p);
            }
            catch {
                continue; // removed while walking
            }
            if (ls.isDirectory()) {
                if (depth < limits.maxDepth)
                    walk(p, s, depth + 1);
            }
            else if (ls.isFile() || ls.isSymbolicLink())
                out.push(readOne(s, p, limits));
        }
    };
    walk(path, given, 1);
    if (truncated) {
        out.push({ shown: given, path, status: 'truncated', reason: `over ${limits.maxFiles} files` });
    }
    return out;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./lib/secrets/environ.js
/**
 * `/proc/<pid>/environ` as entries: NUL-separated `NAME=value` strings, read as bytes. Text that
 * is not UTF-8 (binary junk) is kept byte for byte (latin1) so a credential inside it is still
 * found; an entry without `=` is kept as a value with no name.
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });
function decode(bytes) {
    if ((0,external_node_buffer_.isAscii)(bytes))
        return { text: bytes.toString('latin1'), binary: false };
    try {
        return { text: utf8.decode(bytes), binary: false };
    }
    catch {
        return { text: bytes.toString('latin1'), binary: true };
    }
}
function push(out, text) {
    const eq = text.indexOf('=');
    if (eq <= 0) {
        out.malformed++;
        out.entries.push({ name: '', value: eq === 0 ? text.slice(1) : text });
    }
    else
        out.entries.push({ name: text.slice(0, eq), value: text.slice(eq + 1) });
}
function parseEnviron(buf) {
    const out = { entries: [], binary: 0, malformed: 0 };
    if ((0,external_node_buffer_.isAscii)(buf)) {
        // The common case: one decode for the whole environment.
        for (const text of buf.toString('latin1').split('\u0000'))
            if (text)
                push(out, text);
        return out;
    }
    let start = 0;
    while (start < buf.length) {
        let end = buf.indexOf(0, start);
        if (end < 0)
            end = buf.length;
        if (end > start) {
            const { text, binary } = decode(buf.subarray(start, end));
            if (binary)
                out.binary++;
            push(out, text);
        }
        start = end + 1;
    }
    return out;
}
/** The entries of a live environment (process.env). */
function entriesOf(env) {
    const out = [];
    for (const [name, value] of Object.entries(env))
        if (value !== undefined)
            out.push({ name, value });
    return out;
}

// EXTERNAL MODULE: ./lib/core/lazy-crypto.js
var lazy_crypto = __webpack_require__(87495);
;// CONCATENATED MODULE: ./lib/secrets/fingerprint.js
/**
 * How a detected credential appears in anything the hub writes: `***<rule>:<sha256 prefix>***`,
 * the whole match replaced (never cut at a `.`, a `_` or a line break), so two reports can be
 * compared by hash without either holding the value.
 */

/** Hex digits of sha256 kept: enough to tell values apart, far too few to search for one. */
const FINGERPRINT_HEX = 12;
function fingerprint(value) {
    // node:crypto on first use: a run that finds no credential hashes nothing.
    return (0,lazy_crypto/* nodeCrypto */.SI)()
        .createHash('sha256')
        .update(value, 'utf8')
        .digest('hex')
        .slice(0, FINGERPRINT_HEX);
}
function placeholder(rule, value) {
    return `***${rule}:${fingerprint(value)}***`;
}

;// CONCATENATED MODULE: ./lib/secrets/library-screen.js
/**
 * An exact pre-screen for the secretlint rules (`library-rules.ts`): a text goes to secretlint
 * only when some rule could report in it, and a run none of whose texts could get a report never
 * loads secretlint (a third of the bundle).
 *
 * For each rule of the recommended preset, as this hub calls it \u2014 one `lintSource` per batch
 * named {@link LIBRARY_SOURCE_PATH} (not a package.json nor an .npmrc) and given no `ext`,
 * default rule options \u2014 the patterns it reports from, with what can only narrow a match left out:
 * lookbehinds, lookaheads and `\b`, optional parts at either end, a pattern's tail after a
 * prefix every match starts with, and the checks a rule makes after a match (placeholders,
 * allow-lists, decoding). So every text a rule reports in matches one of its screens, with the
 * rule's own flags; a text that matches none cannot get a report.
 *
 * No pattern of the preset matches across the batch separator (`\n\0\n`, see library-rules.ts),
 * so each value is screened alone. The screens are written for one version of the preset:
 * {@link SCREENED_PRESET} records it and its file's hash, and a test fails when the installed
 * preset differs, when a rule is added or removed, or when a secretlint report falls in a text
 * the screen let pass by (test/secretless/library-screen.test.ts).
 */
/**
 * The `filePath` every batch is linted under (and no `ext` is given): the file-type rules \u2014 npm's
 * package.json and .npmrc patterns, gcp's .json and .p12 checks \u2014 stay off.
 */
const LIBRARY_SOURCE_PATH = 'secretless-batch';
/** The preset (and core) the screens were written against. */
const SCREENED_PRESET = {
    core: '13.1.0',
    preset: '13.1.0',
    /** sha256 of @secretlint/secretlint-rule-preset-recommend/module/index.js. */
    sha256: 'fdaf699ca19965cf0a7a7c1252cec25b89076ffbd6a0e21d61634316fac2fd95'
};
const S = (re, any, all) => all ? { re, any, all } : { re, any };
const P = '@secretlint/secretlint-rule-';
const DB_AUTH = String.raw `[^:\/\s]{1,100}:[^@\/\s]{1,200}@`;
/** One entry per rule of the preset, in the preset's order (filter-comments is not run). */
const RULE_SCREENS = [
    {
        id: `${P}aws`,
        // enableIDScanRule is off by default: only the secret-access-key pattern runs.
        patterns: [
            S(/(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KEY|key|Key)["']?\s*(?::|=>|=)\s*["']?[A-Za-z0-9/+=]{40}/, ['SECRET', 'secret', 'Secret'])
        ],
        why: 'the secret-access-key pattern without its optional AWS prefix, opening quote and closing quote/boundary'
    },
    {
        id: `${P}gcp`,
        patterns: [],
        why: 'reads only sources whose ext is .json or .p12; the batch is given no ext'
    },
    {
        id: `${P}privatekey`,
        patterns: [
            S(/-----BEGIN[ ]?(?:(?:RSA|DSA|EC|OPENSSH|PGP) )?PRIVATE KEY(?: BLOCK)?-----/, [
                'PRIVATE KEY'
            ])
        ],
        why: 'the BEGIN line every PEM match starts with'
    },
    {
        id: `${P}npm`,
        // The x-oauth-basic (package.json) and _authToken (.npmrc) patterns need those file names.
        patterns: [S(/npm_[A-Za-z0-9_]{36}/u, ['npm_'])],
        why: 'the access-token pattern without its boundaries; the file-name patterns are off for the batch'
    },
    {
        id: `${P}basicauth`,
        patterns: [
            S(/(?:https?|ftp|ftps):\/\/[-a-zA-Z0-9_]{1,256}:[-a-zA-Z0-9_]{1,256}@[-a-zA-Z0-9%._+~#=]{1,256}\.[a-zA-Z0-9()]{1,6}/, ['://'], ['@'])
        ],
        why: 'the URL pattern without its closing boundary and the placeholder checks'
    },
    {
        id: `${P}slack`,
        patterns: [
            S(/(?:xoxb|xoxp|xapp|xoxa|xoxo|xoxr)-(?:\d-)?(?:[a-zA-Z0-9]{1,40}-)+[a-zA-Z0-9]{1,40}/, [
                'xoxb-',
                'xoxp-',
                'xapp-',
                'xoxa-',
                'xoxo-',
                'xoxr-'
            ]),
            S(/https:\/\/hooks\.slack\.com\/services\/T[a-zA-Z0-9]{1,40}\/B[a-zA-Z0-9]{1,40}\/[a-zA-Z0-9]{1,40}/i, ['hooks.slack.com/services/'])
        ],
        why: 'the token pattern without its boundaries; the webhook pattern as it is'
    },
    {
        id: `${P}sendgrid`,
        patterns: [S(/SG\.\w{1,128}\.\w/u, ['SG.'])],
        why: 'the prefix of every match (the rule then needs 69 characters)'
    },
    {
        id: `${P}shopify`,
        patterns: [
            S(/(?:shppa|shpca|shpat|shpss)_[a-zA-Z0-9]{32,64}/u, ['shppa_', 'shpca_', 'shpat_', 'shpss_'])
        ],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}stripe`,
        patterns: [
            S(/(?:sk_live|sk_test|rk_live|rk_test)_[a-zA-Z0-9]{24,99}/u, [
                'sk_live_',
                'sk_test_',
                'rk_live_',
                'rk_test_'
            ])
        ],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}github`,
        patterns: [
            S(/(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9_]{36}/u, ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']),
            S(/github_pat_[A-Za-z0-9_]{82}/u, ['github_pat_']),
            S(/ghs_[0-9]{1,20}_[A-Za-z0-9_-]{1,1000}\.[A-Za-z0-9_-]{1,10000}\.[A-Za-z0-9_-]{1,1000}/u, [
                'ghs_'
            ])
        ],
        why: 'the classic, fine-grained and app-installation patterns without their lookarounds'
    },
    {
        id: `${P}gitlab`,
        patterns: [S(/glpat-[A-Za-z0-9_-]{20,128}/u, ['glpat-'])],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}grafana`,
        patterns: [
            S(/glc_[A-Za-z0-9+/]{32,400}/u, ['glc_']),
            S(/glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}/u, ['glsa_'])
        ],
        why: 'the cloud-token pattern without its padding and lookarounds; the service-account pattern without its lookarounds'
    },
    {
        id: `${P}openai`,
        patterns: [
            S(/sk-(?:proj|svcacct|admin)-(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})/, ['T3BlbkFJ'], ['sk-']),
            S(/sk-[a-zA-Z0-9]{20}T3BlbkFJ[a-zA-Z0-9]{20}/, ['T3BlbkFJ'], ['sk-'])
        ],
        why: 'both alternatives of the pattern without the boundary'
    },
    {
        id: `${P}anthropic`,
        patterns: [S(/sk-ant-api0\d-[A-Za-z0-9_-]{90,128}AA/u, ['sk-ant-api0'])],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}groq`,
        patterns: [S(/gsk_[a-zA-Z0-9]{52}/u, ['gsk_'])],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}huggingface`,
        patterns: [S(/hf_[a-zA-Z]{34}/u, ['hf_'])],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}linear`,
        patterns: [S(/lin_api_[a-zA-Z0-9_]{32,128}/u, ['lin_api_'])],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}notion`,
        patterns: [S(/ntn_[0-9]{11}[A-Za-z0-9]{35}/u, ['ntn_'])],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}1password`,
        patterns: [S(/ops_ey[A-Za-z0-9+/=]{100,1280}fQ/u, ['ops_ey'])],
        why: 'the pattern without its padding and lookarounds (the rule then decodes the JSON)'
    },
    {
        id: `${P}database-connection-string`,
        // Each URI pattern reports only when its optional user:password@ group matched.
        patterns: [
            S(new RegExp(String.raw `mongodb(?:\+srv)?:\/\/${DB_AUTH}`, 'i'), ['mongodb'], ['@']),
            S(new RegExp(String.raw `mysql(?:x)?:\/\/${DB_AUTH}`, 'i'), ['mysql'], ['@']),
            S(new RegExp(String.raw `postgres(?:ql)?:\/\/${DB_AUTH}`, 'i'), ['postgres'], ['@'])
        ],
        why: 'the MongoDB, MySQL and PostgreSQL URIs up to their user:password@ (a match without it is not reported)'
    },
    {
        id: `${P}hashicorp-vault`,
        patterns: [
            S(/hvs\.[A-Za-z0-9_-]{90,120}/u, ['hvs.']),
            S(/hvb\.[A-Za-z0-9_-]{138,300}/u, ['hvb.']),
            S(/hvr\.[A-Za-z0-9_-]{90,120}/u, ['hvr.'])
        ],
        why: 'the service, batch and recovery patterns without their lookarounds'
    },
    {
        id: `${P}vercel`,
        patterns: [
            S(/(?:vcp|vci|vca|vcr|vck)_[A-Za-z0-9]{20,60}/u, ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'])
        ],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}databricks`,
        patterns: [S(/dapi[A-Fa-f0-9]{32}/u, ['dapi'])],
        why: 'the pattern without its optional suffix and lookarounds'
    },
    {
        id: `${P}docker`,
        patterns: [S(/dckr_pat_[a-zA-Z0-9_-]{27}/u, ['dckr_pat_'])],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}figma`,
        patterns: [S(/figd_[A-Za-z0-9_-]{40,200}/u, ['figd_'])],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}cloudflare`,
        patterns: [S(/(?:cfk|cfut|cfat)_[A-Za-z0-9]{40}[0-9a-f]{8}/u, ['cfk_', 'cfut_', 'cfat_'])],
        why: 'the pattern without its lookarounds'
    },
    {
        id: `${P}tailscale`,
        patterns: [S(/tskey-[a-z]{2,20}-[0-9A-Za-z_]{8,40}-[0-9A-Za-z_]{16,60}/u, ['tskey-'])],
        why: 'the pattern without its lookarounds'
    }
];
/** The secretlint rules run, by id (for the evidence and the docs). */
const LIBRARY_RULE_IDS = RULE_SCREENS.map((r) => r.id);
/** The screens in one list, each with whether its literals are looked for in lowercase. */
const SCREENS = RULE_SCREENS.flatMap((r) => r.patterns.map((p) => ({ ...p, all: p.all ?? [], lower: p.re.ignoreCase })));
function holds(text, any, all) {
    let found = false;
    for (const l of any) {
        if (text.includes(l)) {
            found = true;
            break;
        }
    }
    if (!found)
        return false;
    for (const l of all)
        if (!text.includes(l))
            return false;
    return true;
}
/** No literal holds a newline or a NUL, so none is found across two texts joined with this. */
const JOIN = '\n\u0000\n';
/**
 * The indexes of the `texts` some secretlint rule could report in; any other text cannot get a
 * report. The literals are looked for once in all the texts together (most runs find none and
 * stop there), then text by text only for the screens whose literals were found.
 */
function screenLibrary(texts) {
    if (!texts.length)
        return [];
    const joined = texts.join(JOIN);
    let lowerJoined;
    const live = SCREENS.filter((s) => holds(s.lower ? (lowerJoined ??= joined.toLowerCase()) : joined, s.any, s.all));
    if (!live.length)
        return [];
    const out = [];
    for (let i = 0; i < texts.length; i++) {
        const text = texts[i];
        let lower;
        for (const s of live) {
            if (!holds(s.lower ? (lower ??= text.toLowerCase()) : text, s.any, s.all))
                continue;
            if (s.re.test(text)) {
                out.push(i);
                break;
            }
        }
    }
    return out;
}
/** Whether some secretlint rule could report in `text`; false means none can. */
function mayMatchLibrary(text) {
    return screenLibrary([text]).length > 0;
}

;// CONCATENATED MODULE: ./lib/secrets/library-rules.js
/**
 * The maintained rule library: secretlint's recommended preset, run as a library over many
 * values in one pass (one `lintSource` call per batch, not per value). Only each report's rule
 * id and range are used \u2014 secretlint's messages quote the secret and are never read. The
 * `filter-comments` rule is left out: a `secretlint-disable` written into a value would
 * otherwise switch the scan off for it.
 *
 * Only the values an exact pre-screen (`library-screen.ts`) lets through are linted, and
 * secretlint is imported on first use: a run none of whose values or files could get a
 * secretlint report never loads it.
 */


const PREFIX = '@secretlint/secretlint-rule-';
const SKIP = new Set([`${PREFIX}filter-comments`]);
/**
 * Between two values, and before the first: no secretlint pattern spans a blank line and a NUL.
 * The leading one also keeps a value's byte-order mark from being the batch's (secretlint drops
 * a leading BOM, which would shift every range by one).
 */
const SEPARATOR = '\n\u0000\n';
class LibraryRulesError extends Error {
    name = 'LibraryRulesError';
}
let library;
/** secretlint and its rules, imported once, on first use. */
function loadLibrary() {
    library ??= (async () => {
        const [core, profiler, preset] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(6707)]).then(__webpack_require__.bind(__webpack_require__, 86707)),
            __webpack_require__.e(/* import() */ 806).then(__webpack_require__.bind(__webpack_require__, 806)),
            __webpack_require__.e(/* import() */ 1577).then(__webpack_require__.bind(__webpack_require__, 31577))
        ]);
        /**
         * secretlint's profiler is on unless switched off: a performance mark per rule and per
         * source, kept by a PerformanceObserver for a report this gate never asks for. Off, nothing
         * is timed; what the rules report is the same.
         */
        profiler.secretLintProfiler.setEnabled(false);
        const rules = preset.rules
            .filter((r) => !SKIP.has(r.meta.id))
            .map((r) => ({ id: r.meta.id, rule: r }));
        // The pre-screen covers these rules and no others: a preset that differs is not run blind.
        const ids = rules.map((r) => r.id).join(',');
        if (ids !== LIBRARY_RULE_IDS.join(',')) {
            throw new LibraryRulesError('the bundled secretlint rules differ from those the pre-screen was written for (library-screen.ts)');
        }
        return { lintSource: core.lintSource, rules };
    })();
    return library;
}
/**
 * secretlint's reports for each of `values`, with ranges relative to each value. `screen:
 * false` hands every value to secretlint (the tests compare both ways).
 */
async function matchLibraryRules(values, { screen = true } = {}) {
    const picked = screen ? screenLibrary(values) : values.map((_, i) => i);
    if (!picked.length)
        return [];
    const { lintSource, rules } = await loadLibrary();
    const starts = [];
    let offset = SEPARATOR.length;
    for (const i of picked) {
        starts.push(offset);
        offset += values[i].length + SEPARATOR.length;
    }
    const content = SEPARATOR + picked.map((i) => values[i]).join(SEPARATOR);
    let result;
    try {
        result = await lintSource({
            source: { filePath: LIBRARY_SOURCE_PATH, content, contentType: 'text' },
            options: {
                config: { rules: rules },
                maskSecrets: true,
                noPhysicFilePath: true
            }
        });
    }
    catch (err) {
        // Its message could quote the text it was reading: only the error's kind goes on.
        throw new LibraryRulesError(`the secretlint rules failed (${err.name ?? 'error'})`);
    }
    const out = [];
    for (const m of result.messages) {
        const [from, to] = m.range;
        // The value holding the start of the range (binary search over the starts).
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= from)
                lo = mid;
            else
                hi = mid - 1;
        }
        const base = starts[lo];
        const len = values[picked[lo]].length;
        out.push({
            index: picked[lo],
            rule: `secretlint/${m.ruleId.startsWith(PREFIX) ? m.ruleId.slice(PREFIX.length) : m.ruleId}`,
            start: Math.max(0, Math.min(len, from - base)),
            end: Math.max(0, Math.min(len, to - base))
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/secrets/process-sweep.js
/**
 * Reads the environment of every process of the sweeping uid from `/proc`. The kernel lets a
 * process read another's `environ` only when it may ptrace it: same uid and dumpable (a process
 * that called `prctl(PR_SET_DUMPABLE, 0)` or changed credentials is refused even to its own
 * uid). A process whose `/proc/<pid>` looks another uid's is confirmed from
 * `/proc/<pid>/status` (`Uid:`, world-readable): the owner of `/proc/<pid>` turns to root for a
 * non-dumpable process, and such a same-uid process is counted as unreadable, never skipped.
 */



const GONE = new Set(['ENOENT', 'ESRCH']);
const DENIED = new Set(['EACCES', 'EPERM']);
/** Numeric entries of /proc, ascending. */
function listPids(procRoot = '/proc') {
    const pids = [];
    for (const name of (0,external_node_fs_.readdirSync)(procRoot)) {
        if (/^[1-9][0-9]*$/.test(name))
            pids.push(Number(name));
    }
    return pids.sort((a, b) => a - b);
}
function codeOf(err) {
    if (err instanceof read_file/* FileReadError */.tJ)
        return err.code ?? 'EIO';
    return err.code ?? 'EIO';
}
function readStatus(dir) {
    let text;
    try {
        text = (0,read_file/* readRegularFile */.XF)(`${dir}/status`, { maxBytes: 64 * 1024 }).toString('latin1');
    }
    catch (err) {
        if (GONE.has(codeOf(err)))
            return 'gone';
        return { comm: '?' };
    }
    const name = /^Name:\t(.*)$/m.exec(text)?.[1] ?? '?';
    const uid = /^Uid:\t(\d+)/m.exec(text)?.[1];
    return uid === undefined ? { comm: name } : { comm: name, uid: Number(uid) };
}
/** The command name of a process (`?` once it has gone). */
function readComm(pid, procRoot = '/proc') {
    const dir = `${procRoot}/${pid}`;
    try {
        return (0,read_file/* readRegularFile */.XF)(`${dir}/comm`, { maxBytes: 4096 }).toString('latin1').trim() || '?';
    }
    catch {
        return '?';
    }
}
/**
 * Read one process's environment (or say why not). The owner of `/proc/<pid>` (one stat, no
 * text for the kernel to generate) settles the common case; a process it shows as another
 * uid's is confirmed from `status`, which names the real uid even of a non-dumpable process.
 */
function readProcess(pid, options) {
    const dir = `${options.procRoot ?? '/proc'}/${pid}`;
    let owner;
    try {
        owner = (0,external_node_fs_.statSync)(dir).uid;
    }
    catch {
        return { pid, comm: '?', status: 'exited' };
    }
    let rec;
    if (owner === options.uid) {
        rec = { pid, comm: '?', uid: owner, status: 'read' };
    }
    else {
        const st = readStatus(dir);
        if (st === 'gone')
            return { pid, comm: '?', status: 'exited' };
        rec = { pid, comm: st.comm, status: 'read' };
        if (st.uid !== undefined)
            rec.uid = st.uid;
        if (st.uid !== undefined && st.uid !== options.uid) {
            rec.status = 'other-uid';
            return rec;
        }
    }
    let buf;
    try {
        buf = (0,read_file/* readRegularFile */.XF)(`${dir}/environ`, { maxBytes: options.maxBytes });
    }
    catch (err) {
        const code = codeOf(err);
        // Gone: only counted, never named, so its command name is not read (tens of them on a busy
        // runner, one failed open each).
        if (GONE.has(code))
            return { ...rec, status: 'exited', reason: code };
        if (code === 'too-large')
            rec.status = 'too-large';
        else
            rec.status = 'unreadable';
        rec.reason = DENIED.has(code) ? 'permission denied' : code;
        if (rec.comm === '?')
            rec.comm = readComm(pid, options.procRoot);
        return rec;
    }
    // A zombie or a kernel thread has an empty environ; an exited process reads as empty too.
    if (buf.length === 0 && readStatus(dir) === 'gone')
        return { ...rec, status: 'exited' };
    const parsed = parseEnviron(buf);
    rec.bytes = buf.length;
    rec.entries = parsed.entries;
    if (parsed.binary)
        rec.binaryEntries = parsed.binary;
    if (parsed.malformed)
        rec.malformedEntries = parsed.malformed;
    return rec;
}
/** Every process in /proc, each read or classified. */
function sweepProcesses(options) {
    const out = [];
    for (const pid of listPids(options.procRoot)) {
        if (options.skip?.has(pid))
            continue;
        out.push(readProcess(pid, options));
    }
    return out;
}

// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __webpack_require__(66613);
;// CONCATENATED MODULE: ./lib/secrets/jwt.js
/**
 * Reads (never verifies) a JWT's claims: the issuer and the expiry are what tell a short-lived
 * OIDC token from a long-lived credential. Duplicate claims are refused (a second `exp` could
 * otherwise say one thing to us and another to the relying party).
 */

const SEGMENT = /^[A-Za-z0-9_-]+$/;
function decodeSegment(segment) {
    if (!SEGMENT.test(segment))
        return undefined;
    let doc;
    try {
        // The parser's message would quote the text: it is dropped, never shown.
        doc = (0,strict_json/* parseStrictJson */.RJ)(Buffer.from(segment, 'base64url').toString('utf8'), 'a JWT segment');
    }
    catch {
        return undefined;
    }
    return doc && typeof doc === 'object' && !Array.isArray(doc)
        ? doc
        : undefined;
}
const num = (v) => typeof v === 'number' && Number.isFinite(v) ? v : undefined;
/** The claims of a compact JWS (`header.payload.signature`), or undefined when it is not one. */
function decodeJwt(token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        return undefined;
    const header = decodeSegment(parts[0]);
    const payload = decodeSegment(parts[1]);
    if (!header || !payload)
        return undefined;
    const out = {};
    if (typeof header.alg === 'string')
        out.alg = header.alg;
    if (typeof payload.iss === 'string')
        out.iss = payload.iss;
    if (typeof payload.sub === 'string')
        out.sub = payload.sub;
    if (typeof payload.aud === 'string' || Array.isArray(payload.aud))
        out.aud = payload.aud;
    const exp = num(payload.exp);
    const iat = num(payload.iat);
    const nbf = num(payload.nbf);
    if (exp !== undefined)
        out.exp = exp;
    if (iat !== undefined)
        out.iat = iat;
    if (nbf !== undefined)
        out.nbf = nbf;
    return out;
}

;// CONCATENATED MODULE: ./lib/secrets/value-rules.js
/**
 * Credential formats recognised by their value, whatever the variable or key is called. Each
 * match covers the whole credential: a JWT with its three segments, the stateless
 * `ghs_<app>_<JWT>` installation token (~520 characters) with all of its JWT, a PEM key from
 * its BEGIN line to its END line.
 */

const B64URL = '[A-Za-z0-9_-]';
const VALUE_RULES = [
    {
        // Stateless installation token: ghs_<app id>_<JWT>. Fixed-length rules miss it.
        id: 'github-app-token',
        title: 'GitHub App installation token (ghs_<app>_<JWT>)',
        re: new RegExp(`\\bghs_[0-9]{1,20}_eyJ${B64URL}+\\.${B64URL}+\\.${B64URL}*`, 'g'),
        needs: ['ghs_'],
        claims: (m) => decodeJwt(m.slice(m.indexOf('_', 4) + 1))
    },
    {
        id: 'github-token',
        title: 'GitHub token (ghp_, gho_, ghu_, ghs_, ghr_)',
        re: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g,
        needs: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']
    },
    {
        id: 'github-pat',
        title: 'GitHub fine-grained personal access token (github_pat_)',
        re: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
        needs: ['github_pat_']
    },
    {
        id: 'private-key',
        title: 'PEM private key',
        // To the matching END line, else to the end of the text (a truncated key is still a key).
        re: /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----[\s\S]*?(?:-----END \1-----|$(?![\s\S]))/g,
        needs: ['-----BEGIN ']
    },
    {
        id: 'aws-access-key-id',
        title: 'AWS access key id (AKIA\u2026, ASIA\u2026 temporary)',
        re: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[A-Z0-9]{16}\b/g,
        needs: ['A3T', 'AKIA', 'ASIA', 'ABIA', 'ACCA', 'AGPA', 'AIDA', 'AROA', 'AIPA', 'ANPA', 'ANVA']
    },
    {
        id: 'jwt',
        title: 'JSON Web Token',
        re: new RegExp(`\\beyJ${B64URL}{2,}\\.eyJ${B64URL}{2,}\\.${B64URL}*`, 'g'),
        needs: ['eyJ'],
        claims: decodeJwt
    },
    {
        id: 'npm-token',
        title: 'npm access token (npm_)',
        re: /\bnpm_[A-Za-z0-9]{36}\b/g,
        needs: ['npm_']
    },
    {
        id: 'gcp-access-token',
        title: 'Google OAuth access token (ya29.)',
        re: /\bya29\.[0-9A-Za-z_-]{20,}/g,
        needs: ['ya29.']
    },
    {
        id: 'gcp-refresh-token',
        title: 'Google OAuth refresh token (1//)',
        re: /(?<![A-Za-z0-9/])1\/\/0[0-9A-Za-z_-]{30,}/g,
        needs: ['1//0']
    }
];
/**
 * The rules that can match somewhere in `texts`: those with one of their literals in them. No
 * literal holds a newline, so joining with one finds none across two texts.
 */
function valueRulesFor(texts) {
    const joined = texts.join('\n');
    return VALUE_RULES.filter((r) => r.needs.some((l) => joined.includes(l)));
}
/**
 * Every rule match in `text`, longest-first where two overlap (the more specific rule wins).
 * `rules`: a subset that holds every rule that can match in `text` (`valueRulesFor`).
 */
function matchValueRules(text, rules = VALUE_RULES) {
    const found = [];
    for (const rule of rules) {
        rule.re.lastIndex = 0;
        for (const m of text.matchAll(rule.re)) {
            const start = m.index;
            const end = start + m[0].length;
            if (found.some((f) => start < f.end && end > f.start))
                continue;
            const hit = { rule: rule.id, start, end };
            const claims = rule.claims?.(m[0]);
            if (claims)
                hit.claims = claims;
            found.push(hit);
        }
    }
    return found.sort((a, b) => a.start - b.start);
}
/** The characters that end a credential token when a range has to be widened to all of it. */
const TOKEN_END = /[\s"'`,;&|<>(){}[\]\\=]/;
/** Widen [start, end) to the whole token around it, so a redaction never leaves a tail behind. */
function widenToToken(text, start, end) {
    let s = start;
    let e = end;
    while (s > 0 && !TOKEN_END.test(text[s - 1]))
        s--;
    while (e < text.length && !TOKEN_END.test(text[e]))
        e++;
    while (text[e] === '=')
        e++; // base64 padding belongs to the token
    return [s, e];
}

;// CONCATENATED MODULE: ./lib/secrets/name-rules.js
/**
 * Credentials recognised by the name they are stored under: an environment variable
 * (`AWS_SECRET_ACCESS_KEY`, `*_TOKEN`, `*_PRIVATE_KEY` \u2026) or a key in a credentials file
 * (`_authToken` in .npmrc, `aws_secret_access_key`, a kubeconfig `token`, a docker `auth`).
 */
/** Names that always hold a credential (checked first, most specific first). */
const NAME_RULES = [
    {
        id: 'aws-secret-access-key',
        title: 'AWS secret access key (by name)',
        re: /^(aws_)?secret_?access_?key$/i
    },
    { id: 'aws-session-token', title: 'AWS session token (by name)', re: /^aws_session_token$/i },
    {
        id: 'private-key-name',
        title: 'Private key (by name: *_PRIVATE_KEY, client-key-data)',
        re: /(^|[_.-])private[_-]?key$|^client-key(-data)?$/i
    },
    {
        id: 'docker-auth',
        title: 'Registry credential in a docker config (auth, identitytoken)',
        re: /^(auth|identitytoken|registrytoken)$/i
    },
    {
        id: 'npm-auth',
        title: 'npm registry credential (_authToken, _auth, _password)',
        re: /(^|:)_(authtoken|auth|password)$/i
    },
    {
        id: 'token-name',
        title: 'Token (by name: *_TOKEN, *_PAT, refresh_token \u2026)',
        re: /(^|[_.-])(token|pat|refresh[_-]?token|access[_-]?token|auth[_-]?token)$/i
    },
    {
        id: 'secret-name',
        title: 'Secret or password (by name: *_SECRET, *_PASSWORD, *_API_KEY, *_SECRET_KEY \u2026)',
        re: /(^|[_.-])(secret|client[_-]?secret|password|passwd|pwd|api[_-]?key|apikey|secret[_-]?key|access[_-]?key)$/i
    }
];
/** Keys named like a credential that hold identifiers, references or public material. */
const NOT_SECRET = /(public|pub|gpg|pgp|cache|primary|restore|idempotency|partition|sort|known|key_?id|keyid|fingerprint|file|path|dir|url|uri|endpoint|type|name|user(name)?|id|env|helper|store|command|cmd)$/i;
/** The name rule for `name`, or undefined when the name says nothing (or says "not secret"). */
function matchNameRule(name) {
    const last = name.split(/[/\s]/).pop() ?? name;
    if (NOT_SECRET.test(last) && !/private[_-]?key$/i.test(last))
        return undefined;
    return NAME_RULES.find((r) => r.re.test(last));
}
/** Words that gate the generic entropy rule: a random value under such a name is a credential. */
const ENTROPY_KEYWORDS = /(key|token|secret|passw|pwd|credential|auth|apikey|signature|cert)/i;

// EXTERNAL MODULE: ./lib/secrets/entropy.js
var entropy = __webpack_require__(54044);
;// CONCATENATED MODULE: ./lib/secrets/detect.js
/**
 * One place that decides whether a named value holds a credential: by value (the prefix, PEM,
 * AWS and JWT rules, also inside a base64 `Basic` pair or a base64 blob), by name, and by a
 * keyword-gated entropy rule. Every detection covers the whole credential in the value.
 */



const MIN_NAMED = 8;
/** Longest value decoded as base64 to look inside (a kubeconfig client-key-data is ~2\u20134 KiB). */
const MAX_DECODE = 64 * 1024;
const BASIC = /\b[Bb]asic\s+([A-Za-z0-9+/]{8,}={0,2})/g;
const BEARER = /\b[Bb]earer\s+([A-Za-z0-9._~+/-]{16,}=*)/g;
const BASE64_BLOB = /^[A-Za-z0-9+/]{40,}={0,2}$/;
function overlaps(list, start, end) {
    return list.some((d) => start < d.end && end > d.start);
}
function fromMatch(m, kind = 'value') {
    const d = { rule: m.rule, kind, start: m.start, end: m.end };
    if (m.claims)
        d.claims = m.claims;
    return d;
}
/** The most telling rule inside decoded text: a known format, else undefined. */
function inside(decoded) {
    return matchValueRules(decoded)[0];
}
function decodeBase64(text) {
    if (text.length > MAX_DECODE)
        return undefined;
    const buf = Buffer.from(text, 'base64');
    // Printable text only: a random blob that happens to be base64 is not a credential by itself.
    const s = buf.toString('latin1');
    return /^[\t\n\r\x20-\x7e]*$/.test(s) ? s : undefined;
}
const EVERYTHING = { rules: VALUE_RULES, basic: true, bearer: true };
function detectScopeFor(values) {
    const joined = values.join('\n');
    return {
        rules: valueRulesFor(values),
        basic: joined.includes('asic'),
        bearer: joined.includes('earer')
    };
}
/**
 * Credentials in `value`, stored under `name` (an environment variable or a file key). `scope`:
 * from `detectScopeFor` over a set of values holding this one.
 */
function detect(name, value, scope = EVERYTHING) {
    const out = matchValueRules(value, scope.rules).map((m) => fromMatch(m));
    for (const m of scope.basic ? value.matchAll(BASIC) : []) {
        const start = m.index + m[0].length - m[1].length;
        const end = start + m[1].length;
        if (overlaps(out, start, end))
            continue;
        const pair = decodeBase64(m[1]);
        const colon = pair?.indexOf(':') ?? -1;
        if (pair === undefined || colon < 0 || colon === pair.length - 1)
            continue;
        const inner = inside(pair.slice(colon + 1));
        out.push({
            rule: inner?.rule ?? 'basic-auth',
            kind: 'value',
            start,
            end,
            encoding: 'base64',
            ...(inner?.claims ? { claims: inner.claims } : {})
        });
    }
    for (const m of scope.bearer ? value.matchAll(BEARER) : []) {
        const start = m.index + m[0].length - m[1].length;
        const end = start + m[1].length;
        if (!overlaps(out, start, end))
            out.push({ rule: 'bearer-token', kind: 'value', start, end });
    }
    const trimmed = value.trim();
    const lead = value.indexOf(trimmed);
    const whole = { start: lead, end: lead + trimmed.length };
    if (BASE64_BLOB.test(trimmed) && !overlaps(out, whole.start, whole.end)) {
        const decoded = decodeBase64(trimmed);
        const inner = decoded === undefined ? undefined : inside(decoded);
        if (inner) {
            out.push({
                rule: inner.rule,
                kind: 'value',
                ...whole,
                encoding: 'base64',
                ...(inner.claims ? { claims: inner.claims } : {})
            });
        }
    }
    if (out.length)
        return out.sort((a, b) => a.start - b.start);
    const byName = matchNameRule(name);
    if (byName && trimmed.length >= MIN_NAMED && !(0,entropy/* isPlaceholder */.wK)(trimmed)) {
        return [{ rule: byName.id, kind: 'name', ...whole }];
    }
    if (ENTROPY_KEYWORDS.test(name) && (0,entropy/* looksRandom */.EZ)(trimmed)) {
        return [{ rule: 'generic-high-entropy', kind: 'entropy', ...whole }];
    }
    return [];
}
/** A library match (secretlint) widened to the whole token, unless a rule of ours has it. */
function addLibraryMatch(found, value, rule, start, end) {
    const [s, e] = widenToToken(value, Math.max(0, start), Math.min(value.length, end));
    if (e <= s || overlaps(found, s, e))
        return;
    found.push({ rule, kind: 'library', start: s, end: e });
    found.sort((a, b) => a.start - b.start);
}

;// CONCATENATED MODULE: ./lib/secrets/scan-text.js
/**
 * Credentials in a credentials file (`~/.docker/config.json`, `~/.npmrc`, `~/.aws/credentials`,
 * a kubeconfig, `.git/config`, gcloud's files): value rules over the whole text (a PEM key spans
 * lines), then every `key = value` / `key: value` line through the name and entropy rules. The
 * text is read byte for byte (latin1), so a token inside a binary file (gcloud's SQLite
 * credential stores) is found too.
 */

/** YAML / JSON: `key: value`, `"key": "value",`, `- key: value`. */
const COLON = /^[ \t]*(?:-[ \t]+)?["']?([A-Za-z0-9_.-]+)["']?[ \t]*:[ \t]*(.*?)[ \t]*,?[ \t]*$/;
/** INI / .npmrc / git config: `key = value`, `//registry/:_authToken=value`. */
const EQUALS = /^[ \t]*([^=\s#;[][^=]*?)[ \t]*=[ \t]*(.*?)[ \t]*$/;
/**
 * A line whose key could be a credential's name must hold one of these words (every name rule
 * and the entropy rule's keywords); other lines were covered by the value rules already.
 */
const NAME_WORDS = /key|token|secret|pass|pwd|credential|auth|signature|cert|pat/i;
function unquote(value) {
    const q = value[0];
    if ((q === '"' || q === "'") && value.length >= 2 && value.endsWith(q))
        return { text: value.slice(1, -1), skip: 1 };
    return { text: value, skip: 0 };
}
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
function position(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
}
/** Every credential in `text`, with absolute ranges and 1-based line/column. */
function scanText(text) {
    const found = detect('', text).map((d) => ({ d, name: '' }));
    const taken = (s, e) => found.some(({ d }) => s < d.end && e > d.start);
    const starts = lineStarts(text);
    // The lines holding a name word, found in one pass over the text.
    const lines = new Set();
    const words = new RegExp(NAME_WORDS.source, 'gi');
    for (let m = words.exec(text); m; m = words.exec(text)) {
        const i = position(starts, m.index).line - 1;
        lines.add(i);
        // Skip to the next line: one hit is enough.
        words.lastIndex = i + 1 < starts.length ? starts[i + 1] : text.length;
    }
    for (const i of [...lines].sort((a, b) => a - b)) {
        const from = starts[i];
        const to = i + 1 < starts.length ? starts[i + 1] - 1 : text.length;
        const line = text.slice(from, to).replace(/\r$/, '');
        if (line.length < 3 || line.length > 64 * 1024)
            continue;
        const m = COLON.exec(line) ?? EQUALS.exec(line);
        if (!m || !m[2])
            continue;
        const { text: value, skip } = unquote(m[2]);
        const valueStart = from + line.lastIndexOf(m[2]) + skip;
        for (const d of detect(m[1], value)) {
            const s = valueStart + d.start;
            const e = valueStart + d.end;
            if (taken(s, e)) {
                // The whole-text pass found it already; give it the key it is stored under.
                const same = found.find(({ d: f }) => f.start === s && f.end === e);
                if (same && !same.name)
                    same.name = m[1];
                continue;
            }
            found.push({ d: { ...d, start: s, end: e }, name: m[1] });
        }
    }
    return found
        .sort((a, b) => a.d.start - b.d.start)
        .map(({ d, name }) => ({ ...d, name, ...position(starts, d.start) }));
}

;// CONCATENATED MODULE: ./lib/gates/secretless/collect.js
/**
 * Gathers what the job holds \u2014 the gate's own environment, every same-uid process's environ,
 * the credentials files \u2014 and runs the detectors once per distinct `NAME=value` (500 processes
 * mostly share one environment).
 */



/** Values shorter than this are not handed to the library (no credential format is shorter). */
const LIBRARY_MIN = 8;
async function scanEnvironments(sources, library = true) {
    // name \u2192 value \u2192 the distinct entry (no key strings built per entry).
    const byName = new Map();
    const all = [];
    let entries = 0;
    for (const src of sources) {
        for (const e of src.entries) {
            entries++;
            let values = byName.get(e.name);
            if (!values)
                byName.set(e.name, (values = new Map()));
            const d = values.get(e.value);
            if (d) {
                if (d.sources[d.sources.length - 1] !== src)
                    d.sources.push(src);
            }
            else {
                const fresh = { name: e.name, value: e.value, detections: [], sources: [src] };
                values.set(e.value, fresh);
                all.push(fresh);
            }
        }
    }
    // What can match at all is found once over every value (most rules' literals are in none).
    const scope = detectScopeFor(all.map((d) => d.value));
    for (const d of all)
        d.detections = detect(d.name, d.value, scope);
    const forLibrary = library ? all.filter((d) => d.value.length >= LIBRARY_MIN) : [];
    for (const m of await matchLibraryRules(forLibrary.map((d) => d.value))) {
        const d = forLibrary[m.index];
        addLibraryMatch(d.detections, d.value, m.rule, m.start, m.end);
    }
    const hits = [];
    for (const d of all) {
        for (const det of d.detections) {
            hits.push({
                name: d.name,
                secret: d.value.slice(det.start, det.end),
                detection: det,
                locations: d.sources.map((s) => s.location),
                envs: d.sources.map((s) => s.names)
            });
        }
    }
    return { hits, entries, distinct: all.length };
}
/** Credentials in one file's text (its own rules and the library's). */
async function scanFile(shown, text, library = true) {
    const found = scanText(text);
    for (const m of library ? await matchLibraryRules([text]) : []) {
        addLibraryMatch(found, text, m.rule, m.start, m.end);
    }
    // Positions for library matches (scanText gave its own).
    const lineOf = (offset) => {
        const head = text.slice(0, offset);
        const nl = head.lastIndexOf('\n');
        return { line: (head.match(/\n/g)?.length ?? 0) + 1, column: offset - nl };
    };
    return found.map((d) => {
        const pos = 'line' in d ? { line: d.line, column: d.column } : lineOf(d.start);
        return {
            name: 'name' in d ? d.name : '',
            secret: text.slice(d.start, d.end),
            detection: d,
            locations: [{ kind: 'file', file: shown, ...pos }],
            envs: []
        };
    });
}

;// CONCATENATED MODULE: ./lib/gates/secretless/rules.js
const R = {
    credential: 'secretless/long-lived-credential',
    tokenTtl: 'secretless/token-ttl-too-long',
    issuer: 'secretless/token-issuer-not-trusted',
    shortLived: 'secretless/short-lived-token',
    expired: 'secretless/expired-token',
    allowed: 'secretless/allowed-name',
    unreadable: 'secretless/process-unreadable',
    tooLarge: 'secretless/environ-too-large',
    nothingRead: 'secretless/nothing-read',
    fileUnreadable: 'secretless/file-unreadable',
    fileLimit: 'secretless/file-limit'
};
const ROTATE = 'Remove it from the job: use OIDC federation (permissions: id-token: write, then aws-actions/configure-aws-credentials, google-github-actions/auth, azure/login with federated credentials) instead of stored keys, and revoke the credential if it was ever long-lived.';
const RULES = [
    {
        id: R.credential,
        title: 'Long-lived credential present in the job',
        help: ROTATE,
        severity: 'error'
    },
    {
        id: R.tokenTtl,
        title: 'Token lives longer than max-token-ttl',
        help: `A token whose expiry is readable must expire within max-token-ttl of its issue. ${ROTATE}`,
        severity: 'error'
    },
    {
        id: R.issuer,
        title: 'Token from an issuer not in token-issuers',
        help: 'Only short-lived tokens of the issuers listed in token-issuers may be present; add the issuer if it is your OIDC provider.',
        severity: 'error'
    },
    {
        id: R.shortLived,
        title: 'Short-lived token (allowed)',
        help: 'Recorded for the evidence: a token with a readable expiry within max-token-ttl.',
        severity: 'note'
    },
    {
        id: R.expired,
        title: 'Expired token (recorded)',
        help: 'The token has expired and can no longer be used; it is recorded, not blocking.',
        severity: 'note'
    },
    {
        id: R.allowed,
        title: 'Allowed name (recorded)',
        help: "The variable is in allow-names (the runner's own short-lived tokens, the OIDC request variables).",
        severity: 'note'
    },
    {
        id: R.unreadable,
        title: "A process of the job's uid could not be read",
        help: 'The kernel refused its environ (a non-dumpable process, or one that changed credentials): what it holds is unknown. Set on-unreadable: warn to accept that, or stop the process before the gate runs.',
        severity: 'error'
    },
    {
        id: R.tooLarge,
        title: 'Environment larger than the gate reads',
        help: 'The environ of a process is larger than the limit; it was not scanned.',
        severity: 'error'
    },
    {
        id: R.nothingRead,
        title: 'No process environment was readable',
        help: "The gate read no other process's environment: /proc is hidden (hidepid) or every process is another uid's. Run the gate as the job's user, or set processes: false to check only the gate's own environment and the files.",
        severity: 'error'
    },
    {
        id: R.fileUnreadable,
        title: 'A credentials file could not be read',
        help: 'The file exists but could not be read (permissions, a FIFO or device, or over the size limit); what it holds is unknown.',
        severity: 'error'
    },
    {
        id: R.fileLimit,
        title: 'A credentials folder has more files than the gate reads',
        help: 'Only the first files of the folder were scanned; clean the folder or name its files explicitly.',
        severity: 'error'
    }
];

;// CONCATENATED MODULE: ./lib/gates/secretless/policy.js

const OIDC_REQUEST_TOKEN = 'ACTIONS_ID_TOKEN_REQUEST_TOKEN';
const OIDC_REQUEST_URL = 'ACTIONS_ID_TOKEN_REQUEST_URL';
function human(seconds) {
    if (seconds < 120)
        return `${Math.round(seconds)}s`;
    if (seconds < 7200)
        return `${Math.round(seconds / 60)}m`;
    if (seconds < 172800)
        return `${Math.round(seconds / 3600)}h`;
    return `${Math.round(seconds / 86400)}d`;
}
/** Formats the runner's own tokens take: a `ghs_` installation token (either form), a JWT. */
const RUNNER_SHAPED = new Set(['github-app-token', 'jwt', 'token-name', 'secret-name']);
/** Why `rule`/`secret` cannot be the runner's own token, or undefined when it can. */
function notTheRunners(rule, secret) {
    if (rule === 'github-token' && secret.startsWith('ghs_'))
        return undefined;
    if (RUNNER_SHAPED.has(rule) || rule === 'generic-high-entropy')
        return undefined;
    return `holds a ${rule} credential, which the runner never issues (its tokens are ghs_ installation tokens and JWTs)`;
}
/**
 * Judge one credential. `name` is the variable (env) or key (file); `envNames` the names present
 * in the same environment (undefined for a file: names are not allowed there).
 */
function judge(policy, name, claims, nowSeconds, envNames, 
/** The rule that found it and the credential, to refuse a PAT stored under an allowed name. */
found) {
    if (envNames && policy.allowNames.has(name)) {
        const why = found && notTheRunners(found.rule, found.secret);
        if (why)
            return {
                outcome: 'fail',
                rule: R.credential,
                reason: `${name} is in allow-names but ${why}`
            };
        if (name !== OIDC_REQUEST_TOKEN || envNames.has(OIDC_REQUEST_URL)) {
            return { outcome: 'allowed', rule: R.allowed, reason: `${name} is in allow-names` };
        }
        return {
            outcome: 'fail',
            rule: R.credential,
            reason: `${OIDC_REQUEST_TOKEN} without ${OIDC_REQUEST_URL}: not the runner's OIDC request pair`
        };
    }
    if (claims?.exp === undefined) {
        return {
            outcome: 'fail',
            rule: R.credential,
            reason: claims ? 'a token without an expiry (exp)' : 'no readable expiry: long-lived'
        };
    }
    if (claims.exp <= nowSeconds) {
        return {
            outcome: 'expired',
            rule: R.expired,
            reason: `expired ${human(nowSeconds - claims.exp)} ago`
        };
    }
    const from = claims.iat ?? claims.nbf ?? nowSeconds;
    const ttl = claims.exp - Math.min(from, nowSeconds);
    if (ttl > policy.maxTokenTtlSeconds) {
        return {
            outcome: 'fail',
            rule: R.tokenTtl,
            reason: `lives ${human(ttl)}, more than max-token-ttl ${human(policy.maxTokenTtlSeconds)}`,
            ttlSeconds: ttl
        };
    }
    if (policy.tokenIssuers.length && !policy.tokenIssuers.includes(claims.iss ?? '')) {
        return {
            outcome: 'fail',
            rule: R.issuer,
            reason: `issuer ${JSON.stringify(claims.iss ?? '(none)')} is not in token-issuers`,
            ttlSeconds: ttl
        };
    }
    return {
        outcome: 'short-lived',
        rule: R.shortLived,
        reason: `short-lived token (${human(ttl)}${claims.iss ? `, issuer ${claims.iss}` : ''})`,
        ttlSeconds: ttl
    };
}

// EXTERNAL MODULE: ./lib/core/redact.js
var redact = __webpack_require__(8038);
;// CONCATENATED MODULE: ./lib/gates/secretless/redact-deep.js
/**
 * The last pass over everything the gate returns: every detected credential, in each encoding
 * it can take (URL, JSON, base64, inside `Basic base64(user:pass)`), is replaced by its
 * placeholder wherever it occurs \u2014 the result, the summary, the findings, the evidence.
 */

function redactDeep(value, secrets) {
    if (!secrets.size)
        return value;
    const needles = [];
    for (const [secret, mark] of secrets) {
        for (const form of (0,redact/* secretForms */.eo)(secret))
            if (form.length >= 8)
                needles.push([form, mark]);
    }
    needles.sort((a, b) => b[0].length - a[0].length);
    const text = (s) => {
        let out = s;
        for (const [form, mark] of needles)
            if (out.includes(form))
                out = out.split(form).join(mark);
        return out;
    };
    const walk = (v) => {
        if (typeof v === 'string')
            return text(v);
        if (Array.isArray(v))
            return v.map(walk);
        if (v && typeof v === 'object') {
            const out = {};
            for (const [k, x] of Object.entries(v))
                out[text(k)] = walk(x);
            return out;
        }
        return v;
    };
    return walk(value);
}

;// CONCATENATED MODULE: ./lib/gates/secretless/index.js
/**
 * Gate: secretless \u2014 prove the job holds no long-lived credentials while it runs: the gate's
 * own environment, every readable `/proc/<pid>/environ` of the job's uid, and the files jobs
 * leave credentials in. Only allowed names and short-lived tokens (readable expiry within
 * max-token-ttl) may be present. Every credential is reported as `***<rule>:<sha256 prefix>***`
 * with its name and location, never its value.
 */
















const MiB = 1024 * 1024;
/** Linux allows argv + envp up to a quarter of the stack limit; 64 MiB covers `ulimit -s` 256M. */
const MAX_ENVIRON = 64 * MiB;
const FILE_LIMITS = { maxFileBytes: 64 * MiB, maxFiles: 2000, maxDepth: 6 };
const MAX_LOCATIONS = 20;
const MAX_LISTED = 50;
function where(loc) {
    if (loc.kind === 'self')
        return "the gate's environment";
    if (loc.kind === 'process') {
        if (loc.comm === '?')
            loc.comm = readComm(loc.pid);
        return `pid ${loc.pid} (${loc.comm})`;
    }
    return `${loc.file}:${loc.line}:${loc.column}`;
}
function policyOf(inputs) {
    return {
        allowNames: new Set(inputs.list('allow-names')),
        maxTokenTtlSeconds: Math.round((inputs.duration('max-token-ttl') ?? 0) / 1000),
        tokenIssuers: inputs.list('token-issuers')
    };
}
const TITLES = new Map([
    ...VALUE_RULES.map((r) => [r.id, r.title]),
    ...NAME_RULES.map((r) => [r.id, r.title]),
    ['basic-auth', 'HTTP Basic credential (base64 user:password)'],
    ['bearer-token', 'bearer token'],
    ['generic-high-entropy', 'random value under a credential-like name (entropy)']
]);
const titleOf = (rule) => TITLES.get(rule) ?? (rule.startsWith('secretlint/') ? `${rule.slice(11)} credential` : rule);
const secretless = {
    name: 'secretless',
    rules: RULES,
    async evaluate(inputs, ctx) {
        const uid = process.getuid?.();
        if (uid === undefined) {
            throw new errors/* GateError */.ue('secretless needs a Linux runner (process uids and /proc); this platform has neither', 'Run the gate on a Linux job.');
        }
        const policy = policyOf(inputs);
        const onUnreadable = inputs.string('on-unreadable') ?? 'error';
        const nowSeconds = ctx.now().getTime() / 1000;
        const sources = [];
        const selfEntries = entriesOf(ctx.env);
        sources.push({
            location: { kind: 'self' },
            entries: selfEntries,
            names: new Set(selfEntries.map((e) => e.name))
        });
        // Processes.
        const t0 = performance.now();
        const swept = inputs.boolean('processes');
        let records = [];
        if (swept) {
            if (!(0,external_node_fs_.existsSync)('/proc/self/environ')) {
                throw new errors/* GateError */.ue('/proc is not mounted: the processes of the job cannot be read', 'Run on a Linux runner with /proc, or set processes: false.');
            }
            records = sweepProcesses({ uid, skip: new Set([process.pid]), maxBytes: MAX_ENVIRON });
        }
        const proc = {
            swept,
            seen: records.length,
            read: 0,
            unreadable: 0,
            exited: 0,
            otherUid: 0,
            tooLarge: 0,
            bytes: 0,
            binaryEntries: 0,
            malformedEntries: 0,
            unreadableList: [],
            otherUids: {}
        };
        for (const r of records) {
            if (r.status === 'read') {
                proc.read++;
                proc.bytes += r.bytes ?? 0;
                proc.binaryEntries += r.binaryEntries ?? 0;
                proc.malformedEntries += r.malformedEntries ?? 0;
                const entries = r.entries ?? [];
                sources.push({
                    location: { kind: 'process', pid: r.pid, comm: r.comm },
                    entries,
                    names: new Set(entries.map((e) => e.name))
                });
            }
            else if (r.status === 'exited')
                proc.exited++;
            else if (r.status === 'other-uid') {
                proc.otherUid++;
                const k = String(r.uid ?? '?');
                proc.otherUids[k] = (proc.otherUids[k] ?? 0) + 1;
            }
            else {
                if (r.status === 'too-large')
                    proc.tooLarge++;
                else
                    proc.unreadable++;
                if (proc.unreadableList.length < MAX_LISTED)
                    proc.unreadableList.push({ pid: r.pid, comm: r.comm, reason: r.reason ?? r.status });
            }
        }
        const tProc = performance.now() - t0;
        // Files.
        const t1 = performance.now();
        const home = ctx.env.HOME;
        const files = [];
        for (const given of inputs.list('files')) {
            let path;
            try {
                path = expandPath(given, home, ctx.workspace);
            }
            catch (err) {
                throw new errors/* GateError */.ue(`files: ${err.message}`, 'Set HOME, or name the file by its path.');
            }
            files.push(...readCredentialPath(given, path, FILE_LIMITS));
        }
        const tFiles = performance.now() - t1;
        // Detection.
        const t2 = performance.now();
        const library = inputs.boolean('library-rules');
        const env = await scanEnvironments(sources, library);
        const hits = [...env.hits];
        for (const f of files) {
            if (f.status !== 'read' || !f.text)
                continue;
            const rel = (0,external_node_path_.relative)(ctx.workspace, f.path);
            const shown = rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : f.shown;
            hits.push(...(await scanFile(shown, f.text, library)));
            delete f.text;
        }
        const tDetect = performance.now() - t2;
        // Judge and aggregate: one record per (name, rule, value).
        const records2 = new Map();
        const secrets = new Map();
        for (const h of hits) {
            const fp = fingerprint(h.secret);
            const key = `${h.name}\u0000${h.detection.rule}\u0000${fp}`;
            secrets.set(h.secret, placeholder(h.detection.rule, h.secret));
            const existing = records2.get(key);
            const locs = h.locations.map(where);
            if (existing) {
                existing.seen += h.locations.length;
                for (const l of locs)
                    if (existing.locations.length < MAX_LOCATIONS)
                        existing.locations.push(l);
                continue;
            }
            // The OIDC pair is allowed only where the URL is set beside the token.
            const fromEnv = h.envs.length > 0;
            const envNames = fromEnv
                ? new Set(h.envs.every((n) => n.has(OIDC_REQUEST_URL)) ? [OIDC_REQUEST_URL] : [])
                : undefined;
            const decision = judge(policy, h.name, h.detection.claims, nowSeconds, envNames, {
                rule: h.detection.rule,
                secret: h.secret
            });
            const rec = {
                decisionRule: decision.rule,
                rule: h.detection.rule,
                fingerprint: fp,
                redacted: placeholder(h.detection.rule, h.secret),
                name: h.name,
                kind: h.detection.kind,
                outcome: decision.outcome,
                reason: decision.reason,
                seen: h.locations.length,
                locations: locs.slice(0, MAX_LOCATIONS)
            };
            if (h.detection.claims?.iss)
                rec.issuer = h.detection.claims.iss;
            if (h.detection.claims?.exp !== undefined)
                rec.expires = new Date(h.detection.claims.exp * 1000).toISOString();
            if ('ttlSeconds' in decision && decision.ttlSeconds !== undefined)
                rec.ttlSeconds = Math.round(decision.ttlSeconds);
            if (h.detection.encoding)
                rec.encoding = h.detection.encoding;
            if (h.locations[0]?.kind === 'file')
                rec.file = h.locations[0];
            records2.set(key, rec);
        }
        const findings = [];
        const credentials = [];
        const counts = { failing: 0, allowed: 0, shortLived: 0, expired: 0 };
        for (const rec of records2.values()) {
            const { file, decisionRule, ...clean } = rec;
            credentials.push(clean);
            if (rec.outcome === 'fail')
                counts.failing++;
            else if (rec.outcome === 'allowed')
                counts.allowed++;
            else if (rec.outcome === 'short-lived')
                counts.shortLived++;
            else
                counts.expired++;
            const more = rec.seen > 1 ? ` and ${rec.seen - 1} more place(s)` : '';
            const f = {
                rule: decisionRule,
                severity: rec.outcome === 'fail' ? 'error' : 'note',
                message: `${rec.name || '(a value without a name)'} holds a ${titleOf(rec.rule)} ${rec.redacted} in ${rec.locations[0]}${more}: ${rec.reason}`
            };
            if (file?.kind === 'file') {
                f.file = file.file;
                f.line = file.line;
                f.column = file.column;
            }
            findings.push(f);
        }
        // What could not be read.
        let incomplete = false;
        const sev = onUnreadable === 'warn' ? 'warning' : 'error';
        if (proc.unreadable) {
            incomplete ||= sev === 'error';
            const list = proc.unreadableList
                .filter((p) => p.reason !== 'too-large')
                .slice(0, 10)
                .map((p) => `pid ${p.pid} (${p.comm}): ${p.reason}`)
                .join('; ');
            findings.push({
                rule: R.unreadable,
                severity: sev,
                message: `${proc.unreadable} process(es) of uid ${uid} could not be read, so what they hold is unknown: ${list}`
            });
        }
        if (proc.tooLarge) {
            incomplete = true;
            findings.push({
                rule: R.tooLarge,
                severity: 'error',
                message: `${proc.tooLarge} process environment(s) are larger than ${MAX_ENVIRON / MiB} MiB and were not scanned`
            });
        }
        if (swept && proc.read === 0) {
            incomplete = true;
            findings.push({
                rule: R.nothingRead,
                severity: 'error',
                message: `no other process of uid ${uid} could be read (${proc.seen} seen: ${proc.otherUid} of other uids, ${proc.unreadable} unreadable, ${proc.exited} exited): nothing proves the job holds no credentials`
            });
        }
        for (const f of files) {
            if (f.status === 'read' || f.status === 'absent')
                continue;
            incomplete = true;
            findings.push({
                rule: f.status === 'truncated' ? R.fileLimit : R.fileUnreadable,
                severity: 'error',
                message: f.status === 'truncated'
                    ? `${f.shown} holds more than ${FILE_LIMITS.maxFiles} files: only the first ${FILE_LIMITS.maxFiles} were scanned`
                    : `${f.shown} could not be scanned: ${f.status}${f.reason ? ` (${f.reason})` : ''}`
            });
        }
        const evidence = {
            uid,
            policy: {
                allowNames: [...policy.allowNames],
                maxTokenTtlSeconds: policy.maxTokenTtlSeconds,
                tokenIssuers: [...policy.tokenIssuers],
                onUnreadable
            },
            rules: {
                own: VALUE_RULES.map((r) => r.id).concat([
                    'basic-auth',
                    'bearer-token',
                    'generic-high-entropy'
                ]),
                names: NAME_RULES.map((r) => r.id),
                library: library ? LIBRARY_RULE_IDS : []
            },
            self: { entries: selfEntries.length },
            processes: proc,
            entries: { total: env.entries, distinct: env.distinct },
            files: files.map((f) => {
                const o = { path: f.shown, status: f.status };
                if (f.bytes !== undefined)
                    o.bytes = f.bytes;
                if (f.reason)
                    o.reason = f.reason;
                return o;
            }),
            credentials,
            counts,
            timingsMs: {
                processes: Math.round(tProc * 10) / 10,
                files: Math.round(tFiles * 10) / 10,
                detect: Math.round(tDetect * 10) / 10
            }
        };
        const help = new Map(RULES.map((r) => [r.id, r.help]));
        for (const f of findings)
            f.help ??= help.get(f.rule);
        const verdict = counts.failing ? 'fail' : incomplete ? 'error' : 'pass';
        const scanned = `${proc.read} process(es), the gate's environment and ${files.filter((f) => f.status === 'read').length} file(s)`;
        const summary = verdict === 'fail'
            ? `${counts.failing} long-lived credential(s) present in ${scanned}`
            : verdict === 'error'
                ? `could not prove the job secretless: ${findings.filter((f) => f.severity === 'error').length} source(s) could not be read (${scanned} checked, no credential found)`
                : `no long-lived credential in ${scanned} (${counts.allowed} allowed, ${counts.shortLived} short-lived, ${counts.expired} expired)`;
        const evaluation = {
            verdict,
            summary,
            findings,
            evidence,
            outputs: {
                credentials: String(counts.failing),
                allowed: String(counts.allowed + counts.shortLived),
                'processes-read': String(proc.read),
                'processes-unreadable': String(proc.unreadable + proc.tooLarge)
            }
        };
        // Belt and braces: no detected value, in any encoding, survives anywhere in the result.
        return redactDeep(evaluation, secrets);
    }
};


/***/ }),

/***/ 54044:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ looksRandom),
/* harmony export */   wK: () => (/* binding */ isPlaceholder)
/* harmony export */ });
/* unused harmony exports entropy, GENERIC_ENTROPY */
/** Shannon entropy and the "reads like a random credential" test shared by the secret rules. */
/** Shannon entropy in bits per character. */
function entropy(s) {
    const counts = new Map();
    for (const c of s)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let h = 0;
    for (const n of counts.values()) {
        const p = n / s.length;
        h -= p * Math.log2(p);
    }
    return h;
}
/** Bits per character a generic credential must reach (gitleaks' generic-api-key uses 3.5). */
const GENERIC_ENTROPY = 3.5;
const MIN_GENERIC = 20;
/** A value that is a placeholder, a reference or an obviously non-secret setting. */
function isPlaceholder(v) {
    const t = v.trim();
    if (t === '')
        return true;
    if (/^(x+|\*+)([-_]?(x+|\*+))*$/i.test(t))
        return true; // XXXXX-XXXXX (setup-node), ****
    if (/^(true|false|null|none|undefined|0|1|yes|no)$/i.test(t))
        return true;
    if (t.includes('${{') || /^\$\{?[A-Za-z_]/.test(t) || t.includes('$('))
        return true;
    if (/^<[^>]*>$/.test(t))
        return true;
    return /(example|dummy|placeholder|changeme|redacted|your[_-]|xxxx|\*\*\*)/i.test(t);
}
/** A literal that reads like a random credential rather than a word, path, URL or placeholder. */
function looksRandom(v) {
    if (v.length < MIN_GENERIC || /\s/.test(v) || isPlaceholder(v))
        return false;
    if (/:\/\/|^[./~]|\.(pem|json|key|p12|pfx|txt|ya?ml|gpg|asc)$/i.test(v))
        return false;
    if (!/[0-9]/.test(v) || !/[A-Za-z]/.test(v))
        return false;
    return entropy(v) >= GENERIC_ENTROPY;
}


/***/ })

};
