export const id = 39;
export const ids = [39];
export const modules = {

/***/ 30039:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YOUNG_HOLD_MIN_FILES: () => (/* binding */ YOUNG_HOLD_MIN_FILES),
  prTargetBan: () => (/* binding */ prTargetBan)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/young-generation.js
var young_generation = __webpack_require__(89470);
// EXTERNAL MODULE: ./lib/workflows/detach.js
var detach = __webpack_require__(91271);
// EXTERNAL MODULE: ./lib/workflows/files.js
var workflows_files = __webpack_require__(60577);
// EXTERNAL MODULE: ./lib/workflows/workflow.js + 1 modules
var workflow = __webpack_require__(33810);
// EXTERNAL MODULE: ./lib/workflows/yaml-doc.js + 2 modules
var yaml_doc = __webpack_require__(42159);
// EXTERNAL MODULE: ./lib/core/schemas.js
var schemas = __webpack_require__(9975);
// EXTERNAL MODULE: ./lib/workflows/expiry.js
var expiry = __webpack_require__(26555);
;// CONCATENATED MODULE: ./lib/gates/pr-target-ban/allowlist.js
/** The pull_request_target allowlist: reading, schema validation, expiry and justification. */




const PLACEHOLDER = /^(todo|tbd|n\/?a|none|-+|\.+|x+|fixme|because|needed|required)$/i;
const MIN_JUSTIFICATION = 15;

/** Load the validator of schema/pr-target-allowlist.v1.json (in a bundle, its chunk); await it before `parseAllowlist`. */
function loadAllowlistValidator() {
    return (0,schemas/* loadSchemaValidators */.Je)('pr-target-allowlist.v1.json');
}
function parseAllowlist(file, text, now) {
    const parsed = (0,yaml_doc/* parseYaml */.hN)(file, text);
    if (!parsed.ok) {
        throw new core_errors/* GateError */.ue(`allowlist ${file}: ${parsed.problem.message}`, 'Fix the YAML of the allowlist file.', file, parsed.problem.line, parsed.problem.column);
    }
    const y = parsed.yaml;
    const data = y.doc.toJS({ maxAliasCount: 100 });
    const entriesNodes = y.seq(y.get(y.doc.contents, 'allow')?.value) ?? [];
    const validate = (0,schemas/* schemaValidator */.Ki)('pr-target-allowlist.v1.json');
    const findings = [];
    if (!validate(data)) {
        const soft = new Set(['justification', 'expires', 'approved-by']);
        const hard = (validate.errors ?? []).filter((e) => !((e.keyword === 'required' && soft.has(String(e.params.missingProperty))) ||
            /^\/allow\/\d+\/(justification|expires|approved-by)$/.test(e.instancePath)));
        if (hard.length) {
            throw new core_errors/* GateError */.ue(`allowlist ${file} does not match schema/pr-target-allowlist.v1.json: ${(0,schemas/* describeSchemaErrors */.cz)(hard).join('; ')}`, 'Each entry needs workflow, justification, expires (YYYY-MM-DD) and approved-by.', file);
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
        if (!(0,expiry/* isCalendarDate */.t)(entry.expires)) {
            findings.push({
                rule: 'pr-target/allowlist-expired',
                severity: 'error',
                message: `the exception for ${entry.workflow} has no valid expiry date (${entry.expires ? `'${entry.expires}' is not a real calendar date` : 'none given'})`,
                help: 'Add expires: YYYY-MM-DD; exceptions are reviewed when they expire.',
                ...where
            });
        }
        else if ((0,expiry/* isExpired */._)(entry.expires, now)) {
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
 * not supported by GitHub and match nothing. Owners are `@user`, `@org/team` or an email address;
 * GitHub skips a line with any other owner (`security-team`, `@`, `@-x`), so it decides nothing.
 */
const USER = '[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}';
const OWNER = new RegExp(`^(?:@${USER}|@${USER}/[A-Za-z0-9][A-Za-z0-9_.-]*|[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)+)$`);
/** `@user`, `@org/team` or an email address, as GitHub accepts them. */
function isValidOwner(owner) {
    return OWNER.test(owner);
}
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
        const invalidOwners = owners.filter((o) => !isValidOwner(o));
        rules.push({
            pattern,
            owners: invalidOwners.length ? [] : owners,
            invalidOwners,
            line: i + 1,
            regex: patternToRegex(pattern)
        });
    });
    return rules;
}
/**
 * The rule that decides `path`'s owners (last match wins, lines GitHub skips do not count), or
 * undefined when none matches.
 */
function ownerRule(rules, path) {
    for (let i = rules.length - 1; i >= 0; i--) {
        if (rules[i].invalidOwners.length)
            continue;
        if (rules[i].regex?.test(path))
            return rules[i];
    }
    return undefined;
}

// EXTERNAL MODULE: ./lib/workflows/condition.js
var condition = __webpack_require__(48255);
// EXTERNAL MODULE: ./lib/workflows/expression-flow.js
var expression_flow = __webpack_require__(49187);
// EXTERNAL MODULE: ./lib/workflows/expressions.js
var expressions = __webpack_require__(24681);
// EXTERNAL MODULE: ./lib/workflows/shell.js
var shell = __webpack_require__(58264);
;// CONCATENATED MODULE: ./lib/gates/pr-target-ban/pwn-request.js
/**
 * "Pwn request" detection: a privileged-trigger workflow that checks out (or fetches) the pull
 * request's head, directly or through env (`env:` and `$GITHUB_ENV`), step outputs, job outputs,
 * matrix values (`include`, literal `fromJSON`) or the inputs of local reusable workflows, to any
 * depth. Conditions, shell commands and expressions are read as the runner reads them.
 */




/** Context paths whose value is attacker-chosen code or a ref to it. */
const HEAD_SOURCES = [
    /^github\.event\.pull_request\.head(\.|$)/,
    /^github\.event\.pull_request\.merge_commit_sha$/,
    /^github\.head_ref$/,
    /^github\.event\.workflow_run\.head_(sha|branch|repository)(\.|$)/,
    /^github\.event\.workflow_run\.pull_requests(\.|$)/
];
/** Variables the runner sets to the PR head for scripts (`$GITHUB_HEAD_REF`). */
const RUNNER_HEAD_VARS = new Set(['GITHUB_HEAD_REF']);
/** GitHub lets reusable workflows nest ten levels; deeper than this is refused as undecidable. */
const MAX_CALL_DEPTH = 16;
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
    // `jobs.<id>.outputs` is what a reusable workflow's `on.workflow_call.outputs` read.
    if (ctx === 'jobs' && a && b === 'outputs')
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
            if (taint.env.has(m[1].toLowerCase()) || RUNNER_HEAD_VARS.has(m[1]))
                return true;
        }
        // The event payload read in the script (`jq .pull_request.head.sha "$GITHUB_EVENT_PATH"`).
        if (/GITHUB_EVENT_PATH/.test(text) &&
            /\bpull_request\.head\b|\bworkflow_run\.head_/.test(text)) {
            return true;
        }
    }
    return false;
}
const CHECKOUT = /^actions\/checkout(@|$)/i;
/** A pull request's head or merge ref (`refs/pull/7/head`, `pull/${{\u2026}}/merge`). */
const PR_REF = /(?:^|[^\w/])(?:refs\/)?pull\/[^/\s]+\/(?:head|merge)\b/;
/** git subcommands that bring other code into the checkout. */
const GIT_CODE_SUBCOMMANDS = new Set([
    'fetch',
    'pull',
    'checkout',
    'switch',
    'reset',
    'clone',
    'worktree',
    'merge',
    'rebase',
    'cherry-pick',
    'restore'
]);
function stepText(step) {
    return [step.run?.value ?? '', ...[...step.with.values()].map((s) => s.value)].join('\n');
}
/** Whether a called workflow's `on.workflow_call.outputs` carry the PR head back to the caller. */
function outputsTainted(wf, inputs, follow) {
    const key = `${wf.file}\u0000${[...inputs].sort().join(',')}`;
    const known = follow.memo.get(key);
    if (known !== undefined)
        return known;
    if (follow.depth >= MAX_CALL_DEPTH)
        return false; // the scan reports the depth itself
    follow.memo.set(key, false);
    const taint = computeTaint(wf, inputs, { ...follow, depth: follow.depth + 1 });
    const y = wf.yaml;
    const call = wf.triggers.find((t) => t.event === 'workflow_call');
    let out = false;
    for (const o of y.entries(y.get(call?.node, 'outputs')?.value)) {
        const value = y.str(y.get(o.value, 'value')?.value) ?? y.text(o.value);
        if (textTainted(value, taint, new Set()))
            out = true;
    }
    follow.memo.set(key, out);
    return out;
}
function computeTaint(wf, inputs = new Set(), follow) {
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
                for (const name of exportedEnv(step, text, taint, matrix))
                    taint.env.add(name);
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
            const callee = job.uses && follow ? follow.resolve(job.uses.value) : undefined;
            if (callee && 'workflow' in callee && follow) {
                const passed = new Set();
                for (const [k, v] of job.with)
                    if (textTainted(v.value, taint, matrix))
                        passed.add(k);
                if (outputsTainted(callee.workflow, passed, follow))
                    taint.jobs.add(job.id.toLowerCase());
            }
        }
        if (taint.steps.size + taint.jobs.size + taint.env.size === before)
            break;
    }
    return taint;
}
/**
 * Variables a tainted step exports to later steps: `NAME=\u2026` / `NAME<<EOF` written to
 * `$GITHUB_ENV` by a `run:` script, `core.exportVariable('NAME', \u2026)` in github-script.
 */
function exportedEnv(step, text, taint, matrix) {
    const out = [];
    if (step.run &&
        /GITHUB_ENV/.test(step.run.value) &&
        textTainted(step.run.value, taint, matrix, true)) {
        for (const m of step.run.value.matchAll(/(?<![\w$])([A-Za-z_][A-Za-z0-9_]*)(?:=|<<)/g)) {
            out.push(m[1].toLowerCase());
        }
    }
    if (/exportVariable/.test(text) && textTainted(text, taint, matrix, true)) {
        for (const m of text.matchAll(/exportVariable\(\s*['"`]([A-Za-z_][A-Za-z0-9_]*)/g)) {
            out.push(m[1].toLowerCase());
        }
    }
    return out;
}
function matrixTaint(job, taint) {
    const out = new Set();
    for (const [k, v] of job.matrix) {
        if (textTainted(v, taint, new Set()) || PR_REF.test((0,expression_flow/* symbolicText */.SF)(v)))
            out.add(k.toLowerCase());
    }
    return out;
}
/** The runs of a step's script that bring the PR head onto the runner, described. */
function runPwn(run, taint, matrix) {
    for (const cmd of (0,shell/* shellCommands */.hf)(run)) {
        const gh = (0,shell/* ghInvocation */.QD)(cmd);
        if (gh && gh[0] === 'pr' && gh[1] === 'checkout')
            return "runs 'gh pr checkout'";
        const git = (0,shell/* gitInvocation */.Ph)(cmd);
        if (!git || !GIT_CODE_SUBCOMMANDS.has(git.sub))
            continue;
        if (PR_REF.test((0,expression_flow/* symbolicText */.SF)(git.args.join(' ')))) {
            return `runs '${cmd.text.slice(0, 80)}', which fetches a pull/<n>/head|merge ref`;
        }
        if (textTainted(cmd.text, taint, matrix, true)) {
            return `runs '${cmd.text.slice(0, 80)}' on the pull request's head`;
        }
    }
    return undefined;
}
function scan(wf, inputs, s, via) {
    const key = `${wf.file}\u0000${[...inputs].sort().join(',')}`;
    if (s.seen.has(key))
        return; // a cycle, or this call already scanned with these inputs
    s.seen.add(key);
    const taint = computeTaint(wf, inputs, s.resolve ? { resolve: s.resolve, memo: s.outputs, depth: via.length } : undefined);
    for (const job of wf.jobs) {
        if (!(0,condition/* canRunUnder */.cZ)(job.if?.value, s.events))
            continue;
        const matrix = matrixTaint(job, taint);
        if (job.uses && s.resolve) {
            const callee = s.resolve(job.uses.value);
            if (callee && 'problem' in callee) {
                s.problems.push({
                    file: wf.file,
                    pos: job.uses.pos,
                    message: `job '${job.id}' ${callee.problem}`
                });
            }
            else if (callee) {
                if (via.length >= MAX_CALL_DEPTH) {
                    s.problems.push({
                        file: wf.file,
                        pos: job.uses.pos,
                        message: `job '${job.id}' calls reusable workflows nested more than ${MAX_CALL_DEPTH} deep`
                    });
                    continue;
                }
                const passed = new Set();
                for (const [k, v] of job.with)
                    if (textTainted(v.value, taint, matrix))
                        passed.add(k);
                scan(callee.workflow, passed, s, [...via, `${wf.file} job '${job.id}'`]);
            }
            continue;
        }
        for (const step of job.steps) {
            if (!(0,condition/* canRunUnder */.cZ)(step.if?.value, s.events))
                continue;
            const where = `job '${job.id}', step ${step.name ? `'${step.name.value}'` : `#${step.index + 1}`}`;
            const push = (pos, how) => s.found.push({ file: wf.file, pos, how: `${where} ${how}`, via });
            if (step.uses && CHECKOUT.test(step.uses.value)) {
                const ref = step.with.get('ref');
                const repo = step.with.get('repository');
                if (ref &&
                    (textTainted(ref.value, taint, matrix) || PR_REF.test((0,expression_flow/* symbolicText */.SF)(ref.value)))) {
                    push(ref.pos, `checks out the pull request's head (ref: ${ref.value.trim()})`);
                }
                else if (repo && textTainted(repo.value, taint, matrix)) {
                    push(repo.pos, `checks out the pull request's fork (repository: ${repo.value.trim()})`);
                }
            }
            if (step.run) {
                const how = runPwn(step.run.value, taint, matrix);
                if (how)
                    push(step.run.pos, how);
            }
        }
    }
}
/**
 * Steps of `wf` \u2014 and of the local reusable workflows it calls, to any depth \u2014 that bring the PR
 * head's code onto the runner while one of `events` triggered the run. Jobs and steps whose `if:`
 * cannot hold under those events do not count.
 */
function findPwnCheckouts(wf, options) {
    const s = {
        events: options.events,
        resolve: options.resolve,
        seen: new Set(),
        outputs: new Map(),
        found: [],
        problems: []
    };
    scan(wf, options.inputs ?? new Set(), s, []);
    return s;
}

;// CONCATENATED MODULE: ./lib/gates/pr-target-ban/rules.js
const RULES = [
    {
        id: 'pr-target/allowlist-file-deprecated',
        title: 'Allowlist in its old file',
        help: 'Move the entries to pr-target-ban.allow in .ci-intel/config.yml and delete the old file.',
        severity: 'note'
    },
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
/** Gate: pr-target-ban \u2014 no workflow may use pull_request_target unless allowlisted, and none may run the PR head. */












function entryUsable(entry, ctx) {
    return entry.valid && ctx.allowlistOwned;
}
function loadWorkflow(root, file) {
    return (0,workflow/* loadWorkflowFile */.md)(root, file).parsed;
}
/** `./.github/workflows/x.yml` or `$/.github/workflows/x.yml@ref` \u2192 `.github/workflows/x.yml`. */
function localCallPath(uses) {
    return uses.replace(/^\$\//, '').replace(/^\.\//, '').replace(/@.*$/, '');
}
/** Loads local reusable workflows (each once); a callee that cannot be read is a problem. */
function callResolver(ctx) {
    return (uses) => {
        if (!/^(\.\/|\$\/)/.test(uses))
            return undefined;
        const rel = localCallPath(uses);
        let parsed = ctx.calls.get(rel);
        if (!parsed) {
            parsed = loadWorkflow(ctx.root, (0,external_node_path_.resolve)(ctx.root, rel));
            ctx.calls.set(rel, parsed);
        }
        if (!parsed.ok) {
            return {
                problem: `calls ${rel}, which cannot be read, so what it runs under the privileged trigger is unknown: ${parsed.problem.message}`
            };
        }
        return { workflow: parsed.workflow };
    };
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
    const text = (0,workflows_files/* readWorkspaceText */.tA)(ctx.root, (0,external_node_path_.resolve)(ctx.root, found), 3 * 1024 * 1024, 'CODEOWNERS');
    const codeownersRules = parseCodeowners(text);
    const rule = ownerRule(codeownersRules, allowRel);
    evidence.codeowners = { file: found, rule: rule?.pattern, owners: rule?.owners ?? [] };
    if (!rule || rule.owners.length === 0) {
        const skipped = codeownersRules.filter((r) => r.invalidOwners.length && r.regex?.test(allowRel));
        const why = skipped.length
            ? ` (GitHub skips ${skipped.map((r) => `line ${r.line}`).join(', ')}: ${skipped
                .flatMap((r) => r.invalidOwners)
                .map((o) => `'${o}'`)
                .join(', ')} is not @user, @org/team or an email address)`
            : '';
        ctx.findings.push({
            rule: 'pr-target/allowlist-not-owned',
            severity: 'error',
            message: rule
                ? `${found}:${rule.line} matches ${allowRel} but names no owner, so the allowlist is unowned${why}`
                : `no rule in ${found} covers ${allowRel}${why}`,
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
    // Kept for every file until the run ends: own copies, not views of the workflow's text.
    const ev = {
        file: wf.file,
        // Event names are the events module's own strings (eventName in src/workflows/events.ts).
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
    for (const job of wf.jobs) {
        const uses = job.uses?.value;
        if (!uses || !/^(\.\/|\$\/)/.test(uses))
            continue;
        ctx.findings.push({
            rule: 'pr-target/privileged-reusable-workflow',
            severity: 'warning',
            message: `job '${job.id}' calls ${localCallPath(uses)}, which runs with the privileged '${ev.banned.join('/')}' trigger of ${wf.file}`,
            help: 'Review the called workflow as part of this exception; it must not run PR code.',
            file: wf.file,
            line: job.uses.pos.line,
            column: job.uses.pos.column
        });
    }
    const { found, problems } = findPwnCheckouts(wf, {
        events: ev.banned,
        resolve: callResolver(ctx)
    });
    for (const p of found) {
        ev.pwnRequests++;
        const via = p.via.length ? ` in ${p.file}, reached from ${p.via.join(' \u2192 ')}` : '';
        ctx.findings.push({
            rule: 'pr-target/pwn-request',
            severity: 'error',
            message: `${p.how}${via} while triggered by ${ev.banned.join('/')}: untrusted code runs with secrets (a "pwn request")`,
            help: p.via.length
                ? 'Do not pass the PR head to the called workflow, and do not check it out there.'
                : 'Check out the base (the default) instead, or move the build of PR code into a pull_request workflow.',
            file: p.file,
            line: p.pos.line,
            column: p.pos.column
        });
    }
    for (const p of problems) {
        ctx.invalid(p.file, p.pos.line, p.pos.column, p.message);
    }
    return ev;
}
/**
 * From this many files on, the scan holds V8's young generation at the size it has once it has
 * YOUNG_HOLD_MIB: measured lower at 4,172 and 16,688 files at the same speed, no different at
 * 1,043 (docs/DESIGN.md).
 */
const YOUNG_HOLD_MIN_FILES = 1000;
/** What the young generation may grow to before the hold (the corpus's scan starts with it). */
const YOUNG_HOLD_MIB = 16;
async function evaluate(inputs, env) {
    const root = env.workspace;
    const banned = new Set(['pull_request_target', ...inputs.list('also-deny')]);
    const patterns = inputs.list('workflows');
    await (0,workflows_files/* loadGlobsFor */.j8)(root, patterns);
    const files = (0,workflows_files/* expandWorkflowInput */.sz)(root, patterns);
    const evidence = {
        workspace: root,
        bannedTriggers: [...banned],
        filesScanned: files.length,
        workflows: [],
        invalid: []
    };
    const findings = [];
    const invalid = (file, line, column, why) => {
        // What the run keeps must not keep the file's text (src/workflows/detach.ts).
        const message = (0,detach/* detached */.h)(why);
        evidence.invalid.push({ file, line, column, message });
        findings.push({
            rule: 'pr-target/invalid-workflow',
            severity: 'error',
            message: `cannot decide: ${message}`,
            help: 'Fix the workflow file; the gate never passes a file it cannot read the way GitHub does.',
            file,
            line,
            column
        });
    };
    const ctx = {
        root,
        calls: new Map(),
        invalid,
        findings,
        allowlistOwned: false,
        now: env.now()
    };
    const allowPath = inputs.string('allowlist');
    const legacy = allowPath && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, allowPath));
    const configured = env.settings?.allow;
    if (configured?.file) {
        // pr-target-ban.allow in the configuration: one source per setting.
        if (legacy) {
            throw new core_errors/* GateError */.ue(`the allowlist is set twice: pr-target-ban.allow in ${configured.label} and the file ${allowPath}`, `Move the entries of ${allowPath} into pr-target-ban.allow and delete the file; one setting has one source.`, allowPath);
        }
        const { stringify } = await (0,yaml_doc/* yamlLibrary */.Tj)();
        await loadAllowlistValidator();
        ctx.allowlist = parseAllowlist(configured.file, stringify({ allow: configured.value }), ctx.now);
        // The entries stand under pr-target-ban.allow in the configuration file.
        for (const f of ctx.allowlist.findings)
            if (f.file === configured.file)
                f.line = configured.line;
        ctx.findings.push(...ctx.allowlist.findings);
        evidence.allowlist = { file: configured.label, entries: ctx.allowlist.entries.length };
        // An organisation overlay is reviewed in its own repository; a repository's file by CODEOWNERS.
        if (ctx.allowlist.entries.length && !configured.label.startsWith('org '))
            checkCodeowners(inputs, ctx, evidence);
        else
            ctx.allowlistOwned = true;
    }
    else if (legacy) {
        const rel = (0,workflows_files/* displayPath */.Gt)(root, (0,external_node_path_.resolve)(root, allowPath));
        ctx.findings.push({
            rule: 'pr-target/allowlist-file-deprecated',
            severity: 'note',
            message: `${rel} is the allowlist's old place; it still works, but its entries belong in pr-target-ban.allow of .ci-intel/config.yml`,
            help: 'Move the entries to pr-target-ban.allow in .ci-intel/config.yml (schema/config.v1.json) and delete the file.',
            file: rel,
            line: 1
        });
        await loadAllowlistValidator();
        ctx.allowlist = parseAllowlist(rel, (0,workflows_files/* readWorkspaceText */.tA)(root, (0,external_node_path_.resolve)(root, allowPath), 1024 * 1024, 'allowlist'), ctx.now);
        ctx.findings.push(...ctx.allowlist.findings);
        evidence.allowlist = { file: rel, entries: ctx.allowlist.entries.length };
        if (ctx.allowlist.entries.length)
            checkCodeowners(inputs, ctx, evidence);
        else
            ctx.allowlistOwned = true;
    }
    const used = new Set();
    // A long scan holds V8's young generation where it is (src/core/young-generation.ts).
    const young = files.length >= YOUNG_HOLD_MIN_FILES ? (0,young_generation/* holdYoungGeneration */.kK)(YOUNG_HOLD_MIB) : undefined;
    try {
        for (const file of files) {
            young?.check();
            // A file the fast reader leaves to the parser loads it and is read again (the common
            // case); the whole evaluation reruns only when a local callee needs it mid-analysis.
            const parsed = await (0,yaml_doc/* withYamlLibrary */.DZ)(() => loadWorkflow(root, file));
            if (!parsed.ok) {
                invalid(parsed.file, parsed.problem.line, parsed.problem.column, parsed.problem.message);
                continue;
            }
            const kept = ctx.findings.length;
            try {
                evidence.workflows.push(analyseWorkflow(parsed.workflow, banned, ctx, used));
            }
            catch (err) {
                if (err instanceof yaml_doc/* YamlLibraryNeeded */.Y1)
                    throw err; // a local callee needs the parser
                const pos = err instanceof yaml_doc/* YamlLimitError */.r3 ? err.pos : { line: 1, column: 1 };
                invalid(parsed.workflow.file, pos.line, pos.column, (0,core_errors/* errorMessage */.gJ)(err));
            }
            // Messages quote the workflow: each keeps its own copy, not a view of the file's text
            // (file names and helps repeat: one copy each).
            for (let i = kept; i < ctx.findings.length; i++) {
                const f = ctx.findings[i];
                f.message = (0,detach/* detached */.h)(f.message);
                if (f.help !== undefined)
                    f.help = (0,detach/* sharedText */.b)(f.help);
                if (f.file !== undefined)
                    f.file = (0,detach/* sharedText */.b)(f.file);
            }
        }
        if (young?.holding)
            env.log(`pr-target-ban: V8's young generation held at ${young.heldMiB} MiB through a scan of ${files.length} files`);
    }
    finally {
        young?.release();
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
    const summary = parts.join(', ');
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
    // The evaluation only reads files: when one needs the yaml library's parser (the fast reader
    // gave up on it) the parser is loaded and the evaluation runs again from the start.
    evaluate: (inputs, ctx) => (0,yaml_doc/* withYamlLibrary */.DZ)(() => evaluate(inputs, ctx))
};


/***/ })

};
