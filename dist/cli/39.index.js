export const id = 39;
export const ids = [39];
export const modules = {

/***/ 9975:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ schemaValidator),
/* harmony export */   c: () => (/* binding */ describeSchemaErrors)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42463);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82815);
/* harmony import */ var _action_spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75521);
/** JSON Schemas from schema/, compiled once per process with ajv. */





// ajv-formats is CommonJS; its default export arrives wrapped under ESM interop in some loaders.
const addFormats = (ajv_formats__WEBPACK_IMPORTED_MODULE_2__["default"] ??
    ajv_formats__WEBPACK_IMPORTED_MODULE_2__);
let ajv;
const compiled = new Map();
function schemaValidator(name) {
    let v = compiled.get(name);
    if (!v) {
        ajv ??= addFormats(new ajv__WEBPACK_IMPORTED_MODULE_4__.Ajv({ allErrors: true, strict: false }));
        const schema = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_action_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .hubRoot */ .G2)(), 'schema', name), 'utf8'));
        v = ajv.compile(schema);
        compiled.set(name, v);
    }
    return v;
}
/** One line per ajv error, naming the field: `/allow/0/expires: must match format "date"`. */
function describeSchemaErrors(errors) {
    return (errors ?? []).map((e) => {
        const at = e.instancePath || '(root)';
        if (e.keyword === 'required')
            return `${at}: missing required field '${String(e.params.missingProperty)}'`;
        if (e.keyword === 'additionalProperties') {
            return `${at}: unknown field '${String(e.params.additionalProperty)}'`;
        }
        return `${at}: ${e.message ?? e.keyword}`;
    });
}


/***/ }),

/***/ 30039:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prTargetBan: () => (/* binding */ prTargetBan)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/workflows/files.js
var workflows_files = __webpack_require__(60577);
// EXTERNAL MODULE: ./lib/workflows/workflow.js
var workflow = __webpack_require__(25169);
// EXTERNAL MODULE: ./lib/workflows/yaml-doc.js
var yaml_doc = __webpack_require__(75568);
// EXTERNAL MODULE: ./lib/core/schemas.js
var schemas = __webpack_require__(9975);
;// CONCATENATED MODULE: ./lib/gates/pr-target-ban/allowlist.js
/** The pull_request_target allowlist: reading, schema validation, expiry and justification. */



const PLACEHOLDER = /^(todo|tbd|n\/?a|none|-+|\.+|x+|fixme|because|needed|required)$/i;
const MIN_JUSTIFICATION = 15;
/** The entry's `expires` day has ended (UTC) at `now`. */
function isExpired(expires, now) {
    const end = Date.parse(`${expires}T23:59:59.999Z`);
    return Number.isNaN(end) || now.getTime() > end;
}
function parseAllowlist(file, text, now) {
    const parsed = (0,yaml_doc/* parseYaml */.hN)(file, text);
    if (!parsed.ok) {
        throw new core_errors/* GateError */.ue(`allowlist ${file}: ${parsed.problem.message}`, 'Fix the YAML of the allowlist file.', file, parsed.problem.line, parsed.problem.column);
    }
    const y = parsed.yaml;
    const data = y.doc.toJS({ maxAliasCount: 100 });
    const entriesNodes = y.seq(y.get(y.doc.contents, 'allow')?.value) ?? [];
    const validate = (0,schemas/* schemaValidator */.K)('pr-target-allowlist.v1.json');
    const findings = [];
    if (!validate(data)) {
        const soft = new Set(['justification', 'expires', 'approved-by']);
        const hard = (validate.errors ?? []).filter((e) => !((e.keyword === 'required' && soft.has(String(e.params.missingProperty))) ||
            /^\/allow\/\d+\/(justification|expires|approved-by)$/.test(e.instancePath)));
        if (hard.length) {
            throw new core_errors/* GateError */.ue(`allowlist ${file} does not match schema/pr-target-allowlist.v1.json: ${(0,schemas/* describeSchemaErrors */.c)(hard).join('; ')}`, 'Each entry needs workflow, justification, expires (YYYY-MM-DD) and approved-by.', file);
        }
    }
    const entries = [];
    const list = data.allow ?? [];
    list.forEach((raw, i) => {
        const node = entriesNodes[i];
        const pos = y.pos(y.resolve(node) ?? node);
        const posOf = (k) => {
            const e = y.get(node, k);
            return e ? y.pos(e.keyNode) : pos;
        };
        const entry = {
            workflow: String(raw.workflow ?? '').replace(/^\.\//, ''),
            justification: typeof raw.justification === 'string' ? raw.justification.trim() : '',
            expires: typeof raw.expires === 'string' ? raw.expires : '',
            approvedBy: typeof raw['approved-by'] === 'string' ? raw['approved-by'].trim() : '',
            pos,
            expiresPos: posOf('expires'),
            justificationPos: posOf('justification'),
            valid: false
        };
        const problemsBefore = findings.length;
        entries.push(entry);
        const where = { file, line: pos.line, column: pos.column };
        if (entry.justification.length < MIN_JUSTIFICATION || PLACEHOLDER.test(entry.justification)) {
            findings.push({
                rule: 'pr-target/allowlist-unjustified',
                severity: 'error',
                message: `the exception for ${entry.workflow} has no real justification (${entry.justification ? `'${entry.justification}'` : 'none given'})`,
                help: `Say why the workflow needs pull_request_target and why it is safe (at least ${MIN_JUSTIFICATION} characters).`,
                file,
                line: entry.justificationPos.line,
                column: entry.justificationPos.column
            });
        }
        if (!entry.expires) {
            findings.push({
                rule: 'pr-target/allowlist-expired',
                severity: 'error',
                message: `the exception for ${entry.workflow} has no valid expiry date`,
                help: 'Add expires: YYYY-MM-DD; exceptions are reviewed when they expire.',
                ...where
            });
        }
        else if (isExpired(entry.expires, now)) {
            findings.push({
                rule: 'pr-target/allowlist-expired',
                severity: 'error',
                message: `the exception for ${entry.workflow} expired on ${entry.expires}`,
                help: 'Review the exception: renew it with a new expires date (with CODEOWNERS approval) or remove the trigger.',
                file,
                line: entry.expiresPos.line,
                column: entry.expiresPos.column
            });
        }
        if (!entry.approvedBy) {
            findings.push({
                rule: 'pr-target/allowlist-unjustified',
                severity: 'error',
                message: `the exception for ${entry.workflow} names no approver`,
                help: 'Add approved-by: the team or person who approved it (e.g. @acme/security).',
                ...where
            });
        }
        entry.valid = findings.length === problemsBefore;
    });
    return { file, entries, findings };
}

;// CONCATENATED MODULE: ./lib/gates/pr-target-ban/codeowners.js
/**
 * CODEOWNERS rules with GitHub's pattern semantics (a subset of gitignore's): the last matching
 * line wins; a line with no owners makes the path unowned; `!` negation and `[ ]` ranges are
 * not supported by GitHub and match nothing.
 */
function escapeRegex(s) {
    return s.replace(/[.+^${}()|\\]/g, '\\$&');
}
/** Convert one CODEOWNERS pattern to a regex over repo-relative posix paths (null: unsupported). */
function patternToRegex(pattern) {
    if (pattern.startsWith('!') || /\[|\]/.test(pattern))
        return null;
    let p = pattern.replace(/\\#/g, '#');
    const dirOnly = p.endsWith('/');
    if (dirOnly)
        p = p.slice(0, -1);
    const anchored = p.startsWith('/') || p.includes('/');
    if (p.startsWith('/'))
        p = p.slice(1);
    let body = '';
    for (let i = 0; i < p.length; i++) {
        const c = p[i];
        if (c === '*') {
            if (p[i + 1] === '*') {
                const atStart = i === 0 || p[i - 1] === '/';
                const atEnd = i + 2 === p.length || p[i + 2] === '/';
                if (atStart && atEnd) {
                    if (i + 2 === p.length)
                        body += '.*';
                    else {
                        body += '(?:.*/)?';
                        i++; // the slash after ** is part of the match
                    }
                    i++;
                    continue;
                }
                body += '[^/]*';
                i++;
                continue;
            }
            body += '[^/]*';
        }
        else if (c === '?')
            body += '[^/]';
        else
            body += escapeRegex(c);
    }
    const prefix = anchored ? '^' : '^(?:.*/)?';
    // A match on a folder covers everything below it; a dir-only pattern must be a folder.
    // GitHub differs from gitignore here: `docs/*` owns docs' files, not its sub-folders.
    const suffix = dirOnly ? '/.*$' : p.endsWith('/*') ? '$' : '(?:/.*)?$';
    return new RegExp(prefix + body + suffix);
}
function parseCodeowners(text) {
    const rules = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (!line)
            return;
        const [pattern, ...owners] = line.split(/\s+/);
        rules.push({ pattern, owners, line: i + 1, regex: patternToRegex(pattern) });
    });
    return rules;
}
/** The rule that decides `path`'s owners (last match wins), or undefined when none matches. */
function ownerRule(rules, path) {
    for (let i = rules.length - 1; i >= 0; i--) {
        if (rules[i].regex?.test(path))
            return rules[i];
    }
    return undefined;
}

// EXTERNAL MODULE: ./lib/workflows/expressions.js
var expressions = __webpack_require__(24681);
;// CONCATENATED MODULE: ./lib/gates/pr-target-ban/pwn-request.js
/**
 * "Pwn request" detection: a privileged-trigger workflow that checks out (or fetches) the pull
 * request's head, directly or through env, step outputs, job outputs, matrix values or inputs.
 */

/** Context paths whose value is attacker-chosen code or a ref to it. */
const HEAD_SOURCES = [
    /^github\.event\.pull_request\.head(\.|$)/,
    /^github\.event\.pull_request\.merge_commit_sha$/,
    /^github\.head_ref$/,
    /^github\.event\.workflow_run\.head_(sha|branch|repository)(\.|$)/,
    /^github\.event\.workflow_run\.pull_requests(\.|$)/
];
function pathTainted(path, taint, jobTaintedMatrix) {
    if (HEAD_SOURCES.some((re) => re.test(path)))
        return true;
    const [ctx, a, b] = path.split('.');
    if (ctx === 'env' && a)
        return taint.env.has(a);
    if (ctx === 'steps' && a && b === 'outputs')
        return taint.steps.has(a);
    if (ctx === 'needs' && a && b === 'outputs')
        return taint.jobs.has(a);
    if (ctx === 'matrix' && a)
        return jobTaintedMatrix.has(a) || jobTaintedMatrix.has('*');
    if (ctx === 'inputs' && a)
        return taint.inputs.has(a);
    return false;
}
/** Whether a string's expressions (or, for scripts, its `$VAR`s) reach the PR head. */
function textTainted(text, taint, matrix, script = false) {
    if ((0,expressions/* referencedPaths */.i7)(text).some((p) => pathTainted(p, taint, matrix)))
        return true;
    if (script) {
        for (const m of text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
            if (taint.env.has(m[1].toLowerCase()))
                return true;
        }
    }
    return false;
}
/** `if:` conditions that cannot hold under pull_request_target. */
function guardedAgainstPrTarget(cond) {
    if (!cond)
        return false;
    const body = cond.value.replace(/^\s*\$\{\{/, '').replace(/\}\}\s*$/, '');
    if (/\|\|/.test(body))
        return false;
    return body.split('&&').some((part) => {
        const t = part
            .trim()
            .replace(/^\(+|\)+$/g, '')
            .trim();
        const eq = /^github\.event_name\s*==\s*['"]([^'"]+)['"]$|^['"]([^'"]+)['"]\s*==\s*github\.event_name$/.exec(t);
        if (eq)
            return (eq[1] ?? eq[2]) !== 'pull_request_target';
        const ne = /^github\.event_name\s*!=\s*['"]pull_request_target['"]$|^['"]pull_request_target['"]\s*!=\s*github\.event_name$/.exec(t);
        return Boolean(ne);
    });
}
const CHECKOUT = /^actions\/checkout(@|$)/i;
const FETCH_PR_REF = /\bgit\b[^\n]*\b(fetch|pull|checkout|switch)\b[^\n]*\bpull\/[^/\n]+?\/(head|merge)\b/;
const GH_PR_CHECKOUT = /\bgh\s+pr\s+checkout\b/;
const GIT_REF_CMD = /\bgit\s+(?:-C\s+\S+\s+)?(fetch|pull|checkout|switch|reset|clone|worktree\s+add)\b[^\n]*/g;
function stepText(step) {
    return [step.run?.value ?? '', ...[...step.with.values()].map((s) => s.value)].join('\n');
}
/** Taint from workflow env, job env and outputs, to a fixed point across jobs. */
function computeTaint(wf, inputs = new Set()) {
    const taint = {
        env: new Set(),
        steps: new Set(),
        jobs: new Set(),
        matrix: new Set(),
        inputs
    };
    const none = new Set();
    for (const [k, v] of wf.env)
        if (textTainted(v.value, taint, none))
            taint.env.add(k.toLowerCase());
    for (let round = 0; round < 8; round++) {
        const before = taint.steps.size + taint.jobs.size + taint.env.size;
        for (const job of wf.jobs) {
            const matrix = matrixTaint(job, taint);
            for (const [k, v] of job.env)
                if (textTainted(v.value, taint, matrix))
                    taint.env.add(k.toLowerCase());
            for (const step of job.steps) {
                for (const [k, v] of step.env)
                    if (textTainted(v.value, taint, matrix))
                        taint.env.add(k.toLowerCase());
                const text = stepText(step);
                if (step.id &&
                    (textTainted(text, taint, matrix, true) ||
                        /\bhead[._](sha|ref)\b|\bhead_ref\b|\bpulls\.get\b|\bgh\s+pr\s+view\b/i.test(text))) {
                    taint.steps.add(step.id.value.toLowerCase());
                }
            }
            for (const v of job.outputs.values()) {
                if (textTainted(v.value, taint, matrix))
                    taint.jobs.add(job.id.toLowerCase());
            }
        }
        if (taint.steps.size + taint.jobs.size + taint.env.size === before)
            break;
    }
    return taint;
}
function matrixTaint(job, taint) {
    const out = new Set();
    for (const [k, v] of job.matrix)
        if (textTainted(v, taint, new Set()))
            out.add(k.toLowerCase());
    return out;
}
/** Steps of `wf` that bring the PR head's code onto the runner. */
function findPwnCheckouts(wf, inputs = new Set()) {
    const taint = computeTaint(wf, inputs);
    const found = [];
    for (const job of wf.jobs) {
        if (guardedAgainstPrTarget(job.if))
            continue;
        const matrix = matrixTaint(job, taint);
        for (const step of job.steps) {
            if (guardedAgainstPrTarget(step.if))
                continue;
            const where = `job '${job.id}', step ${step.name ? `'${step.name.value}'` : `#${step.index + 1}`}`;
            if (step.uses && CHECKOUT.test(step.uses.value)) {
                const ref = step.with.get('ref');
                const repo = step.with.get('repository');
                if (ref && (textTainted(ref.value, taint, matrix) || /refs\/pull\//.test(ref.value))) {
                    found.push({
                        pos: ref.pos,
                        how: `${where} checks out the pull request's head (ref: ${ref.value.trim()})`
                    });
                }
                else if (repo && textTainted(repo.value, taint, matrix)) {
                    found.push({
                        pos: repo.pos,
                        how: `${where} checks out the pull request's fork (repository: ${repo.value.trim()})`
                    });
                }
            }
            const run = step.run;
            if (run) {
                if (GH_PR_CHECKOUT.test(run.value)) {
                    found.push({ pos: run.pos, how: `${where} runs 'gh pr checkout'` });
                }
                else if (FETCH_PR_REF.test(run.value)) {
                    found.push({ pos: run.pos, how: `${where} fetches a pull/<n>/head|merge ref` });
                }
                else {
                    for (const m of run.value.matchAll(GIT_REF_CMD)) {
                        if (textTainted(m[0], taint, matrix, true)) {
                            found.push({
                                pos: run.pos,
                                how: `${where} runs '${m[0].trim().slice(0, 80)}' on the pull request's head`
                            });
                            break;
                        }
                    }
                }
            }
        }
    }
    return found;
}
/** Inputs of a called reusable workflow that the caller fills with the PR head. */
function taintedCallInputs(caller, job) {
    const taint = computeTaint(caller);
    const matrix = matrixTaint(job, taint);
    const out = new Set();
    for (const [k, v] of job.with)
        if (textTainted(v.value, taint, matrix))
            out.add(k.toLowerCase());
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/pr-target-ban/rules.js
const RULES = [
    {
        id: 'pr-target/banned-trigger',
        title: 'Privileged pull_request_target trigger',
        help: 'pull_request_target runs with a write-scoped token and secrets on events from forks. Use pull_request, or add a justified, expiring, CODEOWNERS-approved entry to the allowlist.',
        severity: 'error'
    },
    {
        id: 'pr-target/pwn-request',
        title: 'Privileged workflow runs the pull request head',
        help: 'Never check out or fetch the PR head (head.sha, head.ref, github.head_ref, refs/pull/N/*) under pull_request_target; build untrusted code in a pull_request workflow and pass results as artifacts.',
        severity: 'error'
    },
    {
        id: 'pr-target/privileged-reusable-workflow',
        title: 'Reusable workflow runs with the privileged trigger',
        help: 'A reusable workflow called from a pull_request_target workflow runs with its token and secrets; review it as part of the exception.',
        severity: 'warning'
    },
    {
        id: 'pr-target/allowlist-expired',
        title: 'Expired pull_request_target exception',
        help: 'Renew the exception with a new expires date (CODEOWNERS approval) or remove the trigger.',
        severity: 'error'
    },
    {
        id: 'pr-target/allowlist-unjustified',
        title: 'Unjustified pull_request_target exception',
        help: 'Every exception states why it is needed and safe, and who approved it.',
        severity: 'error'
    },
    {
        id: 'pr-target/allowlist-not-owned',
        title: 'Allowlist not protected by CODEOWNERS',
        help: 'Add a CODEOWNERS rule with owners for the allowlist file so every exception needs their approval.',
        severity: 'error'
    },
    {
        id: 'pr-target/allowlist-stale',
        title: 'Allowlist entry matches no privileged workflow',
        help: 'Remove entries for workflows that no longer exist or no longer use the trigger.',
        severity: 'warning'
    },
    {
        id: 'pr-target/invalid-workflow',
        title: 'Workflow file GitHub would reject or cannot be read',
        help: 'Fix the file; a workflow the gate cannot read is never passed.',
        severity: 'error'
    },
    {
        id: 'pr-target/allowlisted',
        title: 'Allowlisted privileged trigger',
        help: 'An exception from the allowlist; reviewed when it expires.',
        severity: 'note'
    }
];

;// CONCATENATED MODULE: ./lib/gates/pr-target-ban/index.js
/** Gate: pr-target-ban — no workflow may use pull_request_target unless allowlisted, and none may run the PR head. */










function entryUsable(entry, ctx) {
    return entry.valid && ctx.allowlistOwned;
}
function loadWorkflow(root, file) {
    return (0,workflow/* loadWorkflowFile */.m)(root, file).parsed;
}
function checkCodeowners(inputs, ctx, evidence) {
    const allowRel = ctx.allowlist ? ctx.allowlist.file : '';
    const candidates = inputs.list('codeowners');
    const found = candidates.find((c) => (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(ctx.root, c)));
    if (!found) {
        ctx.findings.push({
            rule: 'pr-target/allowlist-not-owned',
            severity: 'error',
            message: `no CODEOWNERS file (looked for ${candidates.join(', ')}), so nobody must approve changes to ${allowRel}`,
            help: `Create .github/CODEOWNERS with a line such as '/${allowRel} @your-org/security'.`,
            file: allowRel,
            line: 1,
            column: 1
        });
        return;
    }
    const text = (0,workflows_files/* readBounded */.CB)((0,external_node_path_.resolve)(ctx.root, found), 3 * 1024 * 1024);
    const rule = ownerRule(parseCodeowners(text), allowRel);
    evidence.codeowners = { file: found, rule: rule?.pattern, owners: rule?.owners ?? [] };
    if (!rule || rule.owners.length === 0) {
        ctx.findings.push({
            rule: 'pr-target/allowlist-not-owned',
            severity: 'error',
            message: rule
                ? `${found}:${rule.line} matches ${allowRel} but names no owner, so the allowlist is unowned`
                : `no rule in ${found} covers ${allowRel}`,
            help: `Add '/${allowRel} @your-org/security' as the last matching line of ${found}.`,
            file: found,
            line: rule?.line ?? 1,
            column: 1
        });
        return;
    }
    ctx.allowlistOwned = true;
}
function analyseWorkflow(wf, banned, ctx, used) {
    const hits = wf.triggers.filter((t) => banned.has(t.event));
    const ev = {
        file: wf.file,
        triggers: wf.triggers.map((t) => t.event),
        banned: [...new Set(hits.map((t) => t.event))],
        allowlisted: false,
        pwnRequests: 0
    };
    if (hits.length === 0)
        return ev;
    const entry = ctx.allowlist?.entries.find((e) => e.workflow === wf.file);
    if (entry)
        used.add(entry.workflow);
    ev.allowlisted = Boolean(entry && entryUsable(entry, ctx));
    for (const t of hits) {
        if (ev.allowlisted) {
            ctx.findings.push({
                rule: 'pr-target/allowlisted',
                severity: 'note',
                message: `'${t.event}' allowed by ${ctx.allowlist?.file} until ${entry?.expires} (approved by ${entry?.approvedBy})`,
                file: wf.file,
                line: t.pos.line,
                column: t.pos.column
            });
        }
        else {
            const why = entry ? ' (its allowlist entry is not valid: see the other findings)' : '';
            ctx.findings.push({
                rule: 'pr-target/banned-trigger',
                severity: 'error',
                message: `'${t.event}' trigger: the workflow runs with a write token and secrets on pull requests from forks${why}`,
                help: `Use 'pull_request' instead. If this workflow must use '${t.event}', add it to the allowlist with a justification, an expiry and CODEOWNERS approval.`,
                file: wf.file,
                line: t.pos.line,
                column: t.pos.column
            });
        }
    }
    for (const p of findPwnCheckouts(wf)) {
        ev.pwnRequests++;
        ctx.findings.push({
            rule: 'pr-target/pwn-request',
            severity: 'error',
            message: `${p.how} while triggered by ${ev.banned.join('/')}: untrusted code runs with secrets (a "pwn request")`,
            help: 'Check out the base (the default) instead, or move the build of PR code into a pull_request workflow.',
            file: wf.file,
            line: p.pos.line,
            column: p.pos.column
        });
    }
    for (const job of wf.jobs) {
        const uses = job.uses?.value;
        if (!uses || !/^(\.\/|\$\/)/.test(uses))
            continue;
        const calleeRel = uses.replace(/^\$\//, '').replace(/^\.\//, '').replace(/@.*$/, '');
        ctx.findings.push({
            rule: 'pr-target/privileged-reusable-workflow',
            severity: 'warning',
            message: `job '${job.id}' calls ${calleeRel}, which runs with the privileged '${ev.banned.join('/')}' trigger of ${wf.file}`,
            help: 'Review the called workflow as part of this exception; it must not run PR code.',
            file: wf.file,
            line: job.uses.pos.line,
            column: job.uses.pos.column
        });
        const calleePath = (0,external_node_path_.resolve)(ctx.root, calleeRel);
        if (!(0,external_node_fs_.existsSync)(calleePath))
            continue;
        const callee = loadWorkflow(ctx.root, calleePath);
        if (!callee.ok)
            continue; // reported when the callee itself is scanned
        for (const p of findPwnCheckouts(callee.workflow, taintedCallInputs(wf, job))) {
            ev.pwnRequests++;
            ctx.findings.push({
                rule: 'pr-target/pwn-request',
                severity: 'error',
                message: `${p.how} in ${callee.workflow.file}, called by job '${job.id}' of ${wf.file} under ${ev.banned.join('/')}: untrusted code runs with secrets`,
                help: 'Do not pass the PR head to the called workflow, and do not check it out there.',
                file: callee.workflow.file,
                line: p.pos.line,
                column: p.pos.column
            });
        }
    }
    return ev;
}
async function evaluate(inputs, env) {
    const root = env.workspace;
    const banned = new Set(['pull_request_target', ...inputs.list('also-deny')]);
    const patterns = inputs.list('workflows');
    const files = (0,workflows_files/* expandWorkflowInput */.sz)(root, patterns);
    const ctx = { root, findings: [], allowlistOwned: false, now: env.now() };
    const evidence = {
        workspace: root,
        bannedTriggers: [...banned],
        filesScanned: files.length,
        workflows: [],
        invalid: []
    };
    const allowPath = inputs.string('allowlist');
    if (allowPath && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, allowPath))) {
        const rel = (0,workflows_files/* displayPath */.Gt)(root, (0,external_node_path_.resolve)(root, allowPath));
        ctx.allowlist = parseAllowlist(rel, (0,workflows_files/* readBounded */.CB)((0,external_node_path_.resolve)(root, allowPath), 1024 * 1024), ctx.now);
        ctx.findings.push(...ctx.allowlist.findings);
        evidence.allowlist = { file: rel, entries: ctx.allowlist.entries.length };
        if (ctx.allowlist.entries.length)
            checkCodeowners(inputs, ctx, evidence);
        else
            ctx.allowlistOwned = true;
    }
    const used = new Set();
    for (const file of files) {
        const parsed = loadWorkflow(root, file);
        if (!parsed.ok) {
            evidence.invalid.push({ file: parsed.file, ...parsed.problem });
            ctx.findings.push({
                rule: 'pr-target/invalid-workflow',
                severity: 'error',
                message: `cannot decide: ${parsed.problem.message}`,
                help: 'Fix the workflow file; the gate never passes a file it cannot read the way GitHub does.',
                file: parsed.file,
                line: parsed.problem.line,
                column: parsed.problem.column
            });
            continue;
        }
        try {
            evidence.workflows.push(analyseWorkflow(parsed.workflow, banned, ctx, used));
        }
        catch (err) {
            const pos = err instanceof yaml_doc/* YamlLimitError */.r3 ? err.pos : { line: 1, column: 1 };
            evidence.invalid.push({ file: parsed.workflow.file, ...pos, message: (0,core_errors/* errorMessage */.gJ)(err) });
            ctx.findings.push({
                rule: 'pr-target/invalid-workflow',
                severity: 'error',
                message: `cannot decide: ${(0,core_errors/* errorMessage */.gJ)(err)}`,
                file: parsed.workflow.file,
                ...pos
            });
        }
    }
    const scanned = new Set(evidence.workflows.map((w) => w.file));
    for (const entry of ctx.allowlist?.entries ?? []) {
        if (used.has(entry.workflow))
            continue;
        ctx.findings.push({
            rule: 'pr-target/allowlist-stale',
            severity: 'warning',
            message: scanned.has(entry.workflow)
                ? `${entry.workflow} is allowlisted but does not use a banned trigger`
                : `${entry.workflow} is allowlisted but was not among the scanned workflows`,
            help: 'Remove the entry when the exception is no longer needed.',
            file: ctx.allowlist.file,
            line: entry.pos.line,
            column: entry.pos.column
        });
    }
    const privileged = evidence.workflows.filter((w) => w.banned.length);
    const pwn = privileged.reduce((n, w) => n + w.pwnRequests, 0);
    const errors = ctx.findings.filter((f) => f.severity === 'error').length;
    const verdict = evidence.invalid.length ? 'error' : errors ? 'fail' : 'pass';
    const parts = [
        `${files.length} workflow file${files.length === 1 ? '' : 's'} scanned`,
        `${privileged.length} with ${[...banned].join('/')}`,
        `${privileged.filter((w) => w.allowlisted).length} allowlisted`
    ];
    if (pwn)
        parts.push(`${pwn} pwn-request checkout${pwn === 1 ? '' : 's'}`);
    if (evidence.invalid.length)
        parts.push(`${evidence.invalid.length} unreadable`);
    const summary = files.length === 0
        ? `no workflow files matched ${patterns.join(', ')}: nothing uses a banned trigger`
        : parts.join(', ');
    return {
        verdict,
        summary,
        findings: ctx.findings,
        evidence,
        outputs: {
            'workflows-scanned': String(files.length),
            'banned-workflows': JSON.stringify(privileged.filter((w) => !w.allowlisted).map((w) => w.file))
        }
    };
}
const prTargetBan = {
    name: 'pr-target-ban',
    rules: RULES,
    evaluate: (inputs, ctx) => evaluate(inputs, ctx)
};


/***/ }),

/***/ 24681:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i7: () => (/* binding */ referencedPaths)
/* harmony export */ });
/* unused harmony exports expressionBodies, normaliseExpression */
/** Light reading of `${{ … }}` expressions: which contexts they reference. */
/** The bodies of every `${{ … }}` in a string (multi-line bodies included). */
function expressionBodies(text) {
    const out = [];
    let i = 0;
    for (;;) {
        const start = text.indexOf('${{', i);
        if (start < 0)
            break;
        const end = text.indexOf('}}', start + 3);
        if (end < 0) {
            out.push(text.slice(start + 3));
            break;
        }
        out.push(text.slice(start + 3, end));
        i = end + 2;
    }
    return out;
}
/**
 * Normalise an expression so context paths read as dotted lower-case names:
 * `github.event['pull_request'] ['head'].sha` → `github.event.pull_request.head.sha`.
 */
function normaliseExpression(body) {
    return body
        .replace(/\s*\[\s*(['"])([^'"\]]*)\1\s*\]/g, '.$2')
        .replace(/\s*\.\s*/g, '.')
        .toLowerCase();
}
const CONTEXT_PATH = /(?<![\w.-])([a-z_][\w-]*(?:\.[\w*-]+)+)/g;
/** Dotted context paths referenced by the expressions in `text` (`if:` values count whole). */
function referencedPaths(text, wholeIsExpression = false) {
    const bodies = wholeIsExpression && !text.includes('${{') ? [text] : expressionBodies(text);
    const out = new Set();
    for (const body of bodies) {
        const norm = normaliseExpression(body).replace(/'[^']*'/g, "''");
        for (const m of norm.matchAll(CONTEXT_PATH))
            out.add(m[1]);
    }
    return [...out];
}


/***/ }),

/***/ 60577:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ readBounded),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   sz: () => (/* binding */ expandWorkflowInput)
/* harmony export */ });
/* unused harmony exports toPosix, expandFiles */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15273);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/** Finding and reading the files a gate inspects, bounded. */




const GLOB_CHARS = /[*?[\]{}]/;
const SKIP_DIRS = new Set(['.git', 'node_modules']);
const MAX_WALK = 50_000;
function toPosix(p) {
    return p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
function walk(dir, out, budget) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const e of entries) {
        if (--budget.left < 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue(`more than ${MAX_WALK} files under the glob's folder; narrow the pattern`);
        }
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name);
        if (e.isDirectory()) {
            if (!SKIP_DIRS.has(e.name))
                walk(full, out, budget);
        }
        else if (e.isFile())
            out.push(full);
    }
}
/**
 * Expand files, folders and globs (relative to `root`) into a sorted list of absolute paths.
 * A folder stands for its `*.yml` and `*.yaml` files. Patterns that match nothing are returned in
 * `unmatched` so the caller can decide whether that matters.
 */
function expandFiles(root, patterns, folderExtensions = ['.yml', '.yaml']) {
    const files = new Set();
    const unmatched = [];
    for (const pattern of patterns) {
        const before = files.size;
        if (!GLOB_CHARS.test(pattern)) {
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(pattern) ? pattern : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, pattern);
            let st;
            try {
                st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full);
            }
            catch {
                unmatched.push(pattern);
                continue;
            }
            if (st.isDirectory()) {
                for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(full).sort()) {
                    if (folderExtensions.some((x) => name.endsWith(x)) &&
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(full, name)).isFile()) {
                        files.add((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(full, name));
                    }
                }
            }
            else
                files.add(full);
        }
        else {
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(pattern) ? pattern : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, pattern);
            const parts = toPosix(abs).split('/');
            const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
            const base = parts.slice(0, firstGlob).join('/') || '/';
            const found = [];
            walk(base, found, { left: MAX_WALK });
            for (const f of found)
                if ((0,minimatch__WEBPACK_IMPORTED_MODULE_2__/* .minimatch */ .xF)(toPosix(f), toPosix(abs), { dot: true }))
                    files.add(f);
        }
        if (files.size === before)
            unmatched.push(pattern);
    }
    return { files: [...files].sort(), unmatched };
}
/** Path of `file` relative to `root`, in posix form (as findings and SARIF show it). */
function displayPath(root, file) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, file);
    return toPosix(rel.startsWith('..') ? file : rel);
}
/** Read a text file, refusing more than `maxBytes` without reading it all. */
function readBounded(file, maxBytes) {
    const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size;
    if (size > maxBytes) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue(`${file} is ${size} bytes; the limit is ${maxBytes} bytes`);
    }
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
    try {
        const buf = Buffer.alloc(Math.min(size, maxBytes) + 1);
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, 0, buf.length, 0);
        if (n > maxBytes)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue(`${file} grew past ${maxBytes} bytes while being read`);
        return buf.subarray(0, n).toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * The workflow files named by a gate's `workflows` input. Globs that match nothing are fine (a
 * repository may have no `.yaml` files); a file or folder named outright that does not exist is
 * an error naming the input, never an empty pass.
 */
function expandWorkflowInput(root, patterns, input = 'workflows') {
    const { files, unmatched } = expandFiles(root, patterns);
    const explicitMissing = unmatched.filter((p) => !GLOB_CHARS.test(p));
    if (explicitMissing.length) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue(`input '${input}': ${explicitMissing.join(', ')} not found under ${root}`, 'Give workflow files, folders or globs relative to the repository root.');
    }
    return files;
}


/***/ }),

/***/ 25169:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ loadWorkflowFile)
/* harmony export */ });
/* unused harmony export parseWorkflow */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60577);
/* harmony import */ var _yaml_doc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75568);
/**
 * One notion of a workflow, its triggers, jobs and steps, with source positions. Every gate that
 * reads workflow files goes through `parseWorkflow` (one parser, one model).
 */



function strOf(y, node) {
    const value = y.str(node);
    return value === undefined ? undefined : { value, pos: y.pos(y.resolve(node) ?? node) };
}
function strMap(y, node) {
    const out = new Map();
    for (const e of y.entries(node)) {
        const s = strOf(y, e.value);
        if (s)
            out.set(e.key, s);
        else if (e.value !== undefined)
            out.set(e.key, { value: y.text(e.value), pos: y.pos(e.value) });
    }
    return out;
}
function triggersOf(y, on) {
    const n = y.resolve(on);
    if (!n)
        return [];
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n)) {
        const event = y.str(n);
        return event ? [{ event, pos: y.pos(n) }] : [];
    }
    const seq = y.seq(n);
    if (seq) {
        return seq.flatMap((item) => {
            const event = y.str(item);
            return event ? [{ event, pos: y.pos(y.resolve(item) ?? item) }] : [];
        });
    }
    return y.entries(n).map((e) => ({ event: e.key, pos: y.pos(e.keyNode), node: e.value }));
}
function stepsOf(y, node) {
    return (y.seq(node) ?? []).map((raw, index) => {
        const s = y.resolve(raw) ?? raw;
        const get = (k) => y.get(s, k)?.value;
        return {
            index,
            pos: y.pos(s),
            id: strOf(y, get('id')),
            name: strOf(y, get('name')),
            uses: (() => {
                const u = strOf(y, get('uses'));
                return u ? { ...u, value: u.value.trim() } : undefined;
            })(),
            run: strOf(y, get('run')),
            if: strOf(y, get('if')),
            with: strMap(y, get('with')),
            env: strMap(y, get('env')),
            node: s
        };
    });
}
function matrixOf(y, strategy) {
    const out = new Map();
    const matrix = y.get(strategy, 'matrix')?.value;
    const m = y.resolve(matrix);
    if (m && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(m)) {
        out.set('*', y.text(m));
        return out;
    }
    for (const e of y.entries(matrix))
        out.set(e.key, y.text(e.value));
    return out;
}
function jobsOf(y, node) {
    return y.entries(node).map((e) => {
        const j = y.resolve(e.value);
        const get = (k) => y.get(j, k);
        const perms = get('permissions');
        return {
            id: e.key,
            pos: y.pos(e.keyNode),
            name: strOf(y, get('name')?.value),
            if: strOf(y, get('if')?.value),
            uses: (() => {
                const u = strOf(y, get('uses')?.value);
                return u ? { ...u, value: u.value.trim() } : undefined;
            })(),
            with: strMap(y, get('with')?.value),
            env: strMap(y, get('env')?.value),
            outputs: strMap(y, get('outputs')?.value),
            matrix: matrixOf(y, get('strategy')?.value),
            permissions: perms ? { pos: y.pos(perms.keyNode), node: perms.value } : undefined,
            steps: stepsOf(y, get('steps')?.value),
            node: (j ?? e.value)
        };
    });
}
/** Build the model from parsed YAML; throws YamlLimitError for what GitHub would reject. */
function modelOf(y) {
    const root = y.map(y.doc.contents);
    if (!root)
        throw new _yaml_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .YamlLimitError */ .r3('the workflow is not a YAML mapping', { line: 1, column: 1 });
    const on = y.get(root, 'on');
    if (!on) {
        throw new _yaml_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .YamlLimitError */ .r3("the workflow has no 'on' key; GitHub rejects it", y.pos(root));
    }
    const perms = y.get(root, 'permissions');
    const conc = y.get(root, 'concurrency');
    return {
        file: y.file,
        name: strOf(y, y.get(root, 'name')?.value),
        onPos: y.pos(on.keyNode),
        triggers: triggersOf(y, on.value),
        env: strMap(y, y.get(root, 'env')?.value),
        permissions: perms ? { pos: y.pos(perms.keyNode), node: perms.value } : undefined,
        concurrency: conc ? { pos: y.pos(conc.keyNode), node: conc.value } : undefined,
        jobs: jobsOf(y, y.get(root, 'jobs')?.value),
        yaml: y
    };
}
/** Parse a workflow file's text. Never throws for bad input: problems come back with a position. */
function parseWorkflow(file, text) {
    try {
        const parsed = (0,_yaml_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYaml */ .hN)(file, text);
        if (!parsed.ok)
            return { ok: false, file, problem: parsed.problem };
        return { ok: true, workflow: modelOf(parsed.yaml) };
    }
    catch (err) {
        if (err instanceof _yaml_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .YamlLimitError */ .r3) {
            return { ok: false, file, problem: { message: err.message, ...err.pos } };
        }
        return {
            ok: false,
            file,
            problem: {
                message: `cannot read the workflow: ${err.message}`,
                line: 1,
                column: 1
            }
        };
    }
}
/**
 * Read and parse a workflow file under `root` (bounded), with repo-relative paths in every
 * message. The text comes back too, for gates that look at raw lines.
 */
function loadWorkflowFile(root, file) {
    const rel = (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(root, file);
    let text;
    try {
        text = (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readBounded */ .CB)(file, _yaml_doc_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_YAML_BYTES */ .jl);
    }
    catch (err) {
        const message = (err instanceof Error ? err.message : String(err)).replace(file, rel);
        return {
            parsed: { ok: false, file: rel, problem: { message, line: 1, column: 1 } },
            text: undefined
        };
    }
    return { parsed: parseWorkflow(rel, text), text };
}


/***/ }),

/***/ 75568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   jl: () => (/* binding */ MAX_YAML_BYTES),
/* harmony export */   r3: () => (/* binding */ YamlLimitError)
/* harmony export */ });
/* unused harmony exports MAX_ALIAS_DEREFS, YamlDoc */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/**
 * GitHub-flavoured YAML reading with source positions, bounded against hostile input.
 * YAML 1.2 core schema (so `on` stays a string), unique keys, no merge keys, one document.
 */

/** Anything bigger is refused before it is parsed. */
const MAX_YAML_BYTES = 2 * 1024 * 1024;
/** Alias dereferences per document before we call it an alias bomb. */
const MAX_ALIAS_DEREFS = 10_000;
class YamlDoc {
    file;
    doc;
    lines;
    derefs = 0;
    constructor(file, doc, lines) {
        this.file = file;
        this.doc = doc;
        this.lines = lines;
    }
    pos(node) {
        const range = node?.range;
        if (!range)
            return { line: 1, column: 1 };
        const p = this.lines.linePos(range[0]);
        return { line: p.line, column: p.col };
    }
    /** Follow aliases, within a budget that stops alias bombs. */
    resolve(node) {
        let n = node;
        while (n && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(n)) {
            if (++this.derefs > MAX_ALIAS_DEREFS) {
                throw new YamlLimitError(`more than ${MAX_ALIAS_DEREFS} alias expansions (a YAML alias bomb?)`, this.pos(n));
            }
            const target = n.resolve(this.doc);
            if (!target) {
                throw new YamlLimitError(`YAML error: alias *${n.source} refers to no anchor`, this.pos(n));
            }
            n = target;
        }
        return n ?? undefined;
    }
    /** The string value of a scalar (numbers and booleans as written), else undefined. */
    str(node) {
        const n = this.resolve(node);
        if (!n || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n))
            return undefined;
        if (n.value === null || n.value === undefined)
            return undefined;
        if (typeof n.value === 'string')
            return n.value;
        return n.source ?? String(n.value);
    }
    map(node) {
        const n = this.resolve(node);
        return n && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n) ? n : undefined;
    }
    seq(node) {
        const n = this.resolve(node);
        return n && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(n) ? n.items : undefined;
    }
    /** The entries of a mapping with resolved string keys; non-string keys are reported. */
    entries(node) {
        const m = this.map(node);
        if (!m)
            return [];
        const out = [];
        for (const item of m.items) {
            const keyNode = this.resolve(item.key);
            const key = keyNode && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) && typeof keyNode.value === 'string'
                ? keyNode.value
                : undefined;
            if (key === undefined) {
                throw new YamlLimitError(`mapping key ${keyNode && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) ? `'${String(keyNode.value)}'` : ''} is not a string; GitHub rejects it`, this.pos(item.key ?? item.value));
            }
            out.push({
                key,
                keyNode: item.key,
                value: (item.value ?? undefined)
            });
        }
        return out;
    }
    get(node, key) {
        return this.entries(node).find((e) => e.key === key);
    }
    /** Every scalar string under a node (aliases followed), for "mentions" checks. */
    text(node, depth = 0) {
        if (depth > 64)
            return '';
        const n = this.resolve(node);
        if (!n)
            return '';
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n))
            return n.value === null ? '' : String(n.value);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n)) {
            return n.items
                .map((p) => `${this.text(p.key, depth + 1)}: ${this.text(p.value, depth + 1)}`)
                .join('\n');
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(n))
            return n.items.map((i) => this.text(i, depth + 1)).join('\n');
        return '';
    }
}
/** A bound or rule of GitHub's YAML that the document breaks. */
class YamlLimitError extends Error {
    pos;
    constructor(message, pos) {
        super(message);
        this.pos = pos;
        this.name = 'YamlLimitError';
    }
}
/** Parse one YAML document the way GitHub reads workflow files. */
function parseYaml(file, text) {
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_YAML_BYTES) {
        return {
            ok: false,
            problem: {
                message: `file is ${bytes} bytes; files over ${MAX_YAML_BYTES} bytes are refused`,
                line: 1,
                column: 1
            }
        };
    }
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, {
        lineCounter: lines,
        version: '1.2',
        schema: 'core',
        uniqueKeys: true,
        merge: false,
        prettyErrors: true,
        strict: true
    });
    const docs = Array.isArray(parsed) ? parsed : [];
    if (docs.length === 0) {
        return {
            ok: false,
            problem: { message: 'the file holds no YAML document', line: 1, column: 1 }
        };
    }
    if (docs.length > 1) {
        const p = lines.linePos(docs[1].range[0]);
        return {
            ok: false,
            problem: {
                message: 'more than one YAML document in the file; GitHub reads exactly one',
                line: p.line,
                column: p.col
            }
        };
    }
    const doc = docs[0];
    const err = doc.errors[0];
    if (err) {
        const p = err.linePos?.[0] ?? { line: 1, col: 1 };
        return {
            ok: false,
            problem: { message: `YAML error: ${err.message.split('\n')[0]}`, line: p.line, column: p.col }
        };
    }
    const yaml = new YamlDoc(file, doc, lines);
    let merge;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Pair(_key, pair) {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair) &&
                (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) &&
                pair.key.value === '<<' &&
                !pair.key.type?.startsWith('QUOTE')) {
                merge = pair.key;
                return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
            }
            return undefined;
        }
    });
    if (merge) {
        const p = yaml.pos(merge);
        return {
            ok: false,
            problem: { message: "YAML merge key '<<' is not supported by GitHub Actions", ...p }
        };
    }
    return { ok: true, yaml };
}


/***/ })

};
