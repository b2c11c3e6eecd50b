export const id = 39;
export const ids = [39];
export const modules = {

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


/***/ })

};
