export const id = 507;
export const ids = [507];
export const modules = {

/***/ 64507:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_POLICY_FILE: () => (/* binding */ DEFAULT_POLICY_FILE),
  evaluateWorkflowPolicy: () => (/* binding */ evaluateWorkflowPolicy),
  workflowPolicy: () => (/* binding */ workflowPolicy)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/workflows/files.js
var workflows_files = __webpack_require__(60577);
// EXTERNAL MODULE: ./lib/workflows/workflow.js + 1 modules
var workflow = __webpack_require__(33810);
// EXTERNAL MODULE: ./lib/workflows/yaml-doc.js
var yaml_doc = __webpack_require__(75568);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 6 modules
var esm = __webpack_require__(15273);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/apply-policy.js
/** Levels and exceptions turn rule findings into the gate's findings. */

function ownerMatches(pattern, target) {
    const p = pattern.toLowerCase();
    const t = target.toLowerCase();
    return t === p || t.startsWith(`${p}/`) || (0,esm/* minimatch */.xF)(t, p);
}
function pathMatches(pattern, file) {
    return file === pattern || (0,esm/* minimatch */.xF)(file, pattern, { dot: true });
}
function exceptionFor(policy, file, f) {
    return policy.exceptions.find((e) => e.valid &&
        e.rule === f.rule &&
        (e.path === undefined || pathMatches(e.path, file)) &&
        (e.owner === undefined || (f.owner !== undefined && ownerMatches(e.owner, f.owner))));
}
function applyPolicy(file, raw, policy, used, each) {
    const out = [];
    for (const f of raw) {
        const level = policy.levels[f.rule];
        if (level === 'off')
            continue;
        let severity = level === 'error' && f.maxLevel === 'warning' ? 'warning' : level;
        let message = f.message;
        const ex = exceptionFor(policy, file, f);
        if (ex) {
            used.set(ex, (used.get(ex) ?? 0) + 1);
            severity = 'note';
            message = `${message} [excepted until ${ex.expires}${ex.approvedBy ? `, approved by ${ex.approvedBy}` : ''}: ${ex.justification}]`;
        }
        const finding = {
            rule: `workflow-policy/${f.rule}`,
            severity,
            message,
            help: f.help,
            file,
            line: f.line,
            column: f.column
        };
        each?.(f, finding);
        out.push(finding);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/concurrency.js
const NEEDS_CONCURRENCY = new Set(['push', 'pull_request']);
function concurrency(ctx) {
    const { wf } = ctx;
    const triggers = wf.triggers.map((t) => t.event).filter((e) => NEEDS_CONCURRENCY.has(e));
    if (!triggers.length || wf.concurrency)
        return [];
    const y = wf.yaml;
    if (wf.jobs.length && wf.jobs.every((j) => y.get(j.node, 'concurrency')))
        return [];
    return [
        {
            rule: 'concurrency',
            message: `the workflow runs on ${triggers.join(' and ')} but declares no concurrency: expected a top-level concurrency group, got none, so superseded runs keep running`,
            help: 'Add: concurrency: { group: ${{ github.workflow }}-${{ github.ref }}, cancel-in-progress: true } (use cancel-in-progress: false for release and deploy workflows).',
            line: wf.onPos.line,
            column: wf.onPos.column
        }
    ];
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/permissions.js
/** permissions: a workflow-level block exists, nothing asks for write-all, sensitive write scopes are listed. */

/** Scopes whose write access reviewers must see (issue 8): publishing, pushing and OIDC identity. */
const SENSITIVE_SCOPES = ['contents', 'id-token', 'packages'];
const ACCESS = new Set(['read', 'write', 'none']);
/** Read a `permissions:` value (workflow or job level). */
function readPermissions(ctx, node, keyPos) {
    const y = ctx.wf.yaml;
    const n = y.resolve(node);
    if (!n || ((0,dist/* isScalar */.jn)(n) && (n.value === null || n.value === ''))) {
        return {
            kind: 'invalid',
            message: 'permissions: has no value (GitHub rejects the workflow)',
            pos: keyPos
        };
    }
    if ((0,dist/* isScalar */.jn)(n)) {
        const v = y.str(n) ?? '';
        if (v === 'read-all' || v === 'write-all')
            return { kind: 'all', value: v, pos: y.pos(n) };
        return {
            kind: 'invalid',
            message: `permissions: '${v}' is not read-all, write-all or a mapping of scopes`,
            pos: y.pos(n)
        };
    }
    if (!(0,dist/* isMap */.jh)(n))
        return { kind: 'invalid', message: 'permissions: is not a mapping of scopes', pos: y.pos(n) };
    const scopes = new Map();
    for (const e of y.entries(n)) {
        const v = (y.str(e.value) ?? '').trim();
        if (!ACCESS.has(v)) {
            return {
                kind: 'invalid',
                message: `permissions: ${e.key}: '${v}' is not read, write or none`,
                pos: y.pos(e.value ?? e.keyNode)
            };
        }
        scopes.set(e.key, { value: v, pos: y.pos(e.keyNode) });
    }
    return { kind: 'scopes', scopes, pos: y.pos(n) };
}
function writes(block) {
    if (!block)
        return [];
    if (block.kind === 'all')
        return block.value === 'write-all' ? [...SENSITIVE_SCOPES] : [];
    if (block.kind === 'invalid')
        return [];
    return [...block.scopes].filter(([, v]) => v.value === 'write').map(([k]) => k);
}
function permissions(ctx) {
    const { wf } = ctx;
    const out = [];
    const bad = (where, b) => {
        if (b.kind === 'invalid') {
            out.push({
                rule: 'permissions',
                message: `${where}: ${b.message}`,
                help: "Write 'permissions: {}' for no access, or list scopes as 'scope: read|write|none'.",
                ...b.pos
            });
        }
        else if (b.kind === 'all' && b.value === 'write-all') {
            out.push({
                rule: 'permissions',
                message: `${where}: permissions: write-all gives the GITHUB_TOKEN write access to every scope: expected only the scopes the jobs need, got write-all`,
                help: "Replace write-all with 'contents: read' plus the individual scopes a job needs, set on that job.",
                ...b.pos
            });
        }
    };
    const top = wf.permissions
        ? readPermissions(ctx, wf.permissions.node, wf.permissions.pos)
        : undefined;
    if (!top) {
        const root = wf.yaml.pos(wf.yaml.doc.contents);
        const unscoped = wf.jobs.filter((j) => !j.permissions).map((j) => j.id);
        out.push({
            rule: 'permissions',
            message: `the workflow has no top-level permissions block: expected 'permissions:' (e.g. contents: read), got none, so ${unscoped.length ? `jobs ${unscoped.map((j) => `'${j}'`).join(', ')} get` : 'every new job gets'} the repository's default token scopes`,
            help: "Add 'permissions: { contents: read }' at the top of the workflow and grant write scopes only on the jobs that need them.",
            ...root
        });
    }
    else {
        bad('workflow', top);
        const inheriting = wf.jobs.filter((j) => !j.permissions);
        const topWrites = top.kind === 'scopes' ? writes(top) : [];
        if (topWrites.length && inheriting.length > 1) {
            out.push({
                rule: 'permissions',
                message: `workflow-level permissions grant ${topWrites.map((s) => `${s}: write`).join(', ')} to all ${inheriting.length} jobs without their own block: expected write scopes on the jobs that need them`,
                help: 'Keep the workflow-level block read-only and move each write scope to the job that uses it.',
                maxLevel: 'warning',
                ...wf.permissions.pos
            });
        }
    }
    for (const job of wf.jobs) {
        const own = job.permissions
            ? readPermissions(ctx, job.permissions.node, job.permissions.pos)
            : undefined;
        if (own)
            bad(`job '${job.id}'`, own);
        const effective = own ?? top;
        const sensitive = writes(effective).filter((s) => SENSITIVE_SCOPES.includes(s));
        if (sensitive.length) {
            ctx.sensitive.push({
                file: wf.file,
                job: job.id,
                scopes: sensitive.map((s) => `${s}: write`),
                inherited: !own,
                line: (own ? job.permissions.pos : wf.permissions.pos).line
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/workflows/uses.js
/** What a `uses:` value points at: a local action, the hub's own (`$/`), a Docker image or a repository. */
const FULL_SHA = /^[0-9a-f]{40}$/i;
const DIGEST = /^sha256:[0-9a-f]{64}$/i;
/** A full 40-hex commit SHA (upper case accepted, as GitHub does). */
function isFullSha(ref) {
    return ref !== undefined && FULL_SHA.test(ref);
}
function isImageDigest(digest) {
    return digest !== undefined && DIGEST.test(digest);
}
function parseUses(value) {
    const raw = value.trim();
    if (raw.includes('${{')) {
        return { kind: 'invalid', raw, reason: 'uses: cannot hold an expression; GitHub rejects it' };
    }
    if (raw.startsWith('./') || raw === '.')
        return { kind: 'local', raw };
    if (raw.startsWith('$/'))
        return { kind: 'hub', raw };
    if (raw.toLowerCase().startsWith('docker://')) {
        const rest = raw.slice('docker://'.length);
        const at = rest.indexOf('@');
        const name = at >= 0 ? rest.slice(0, at) : rest;
        const digest = at >= 0 ? rest.slice(at + 1) : undefined;
        const slash = name.lastIndexOf('/');
        const colon = name.lastIndexOf(':');
        const hasTag = colon > slash;
        return {
            kind: 'docker',
            raw,
            image: hasTag ? name.slice(0, colon) : name,
            tag: hasTag ? name.slice(colon + 1) : undefined,
            digest
        };
    }
    const at = raw.indexOf('@');
    const target = at >= 0 ? raw.slice(0, at) : raw;
    const ref = at >= 0 ? raw.slice(at + 1) : undefined;
    const parts = target.split('/');
    if (parts.length < 2 || parts.some((p) => p === '')) {
        return {
            kind: 'invalid',
            raw,
            reason: `'${raw}' is not owner/repo[/path]@ref, ./path or docker://image`
        };
    }
    return {
        kind: 'repo',
        raw,
        owner: parts[0],
        repo: parts[1],
        path: parts.length > 2 ? parts.slice(2).join('/') : undefined,
        ref: ref === '' ? undefined : ref
    };
}
/** `owner/repo[/path]` of a repository reference, as users write it in policies. */
function usesTarget(ref) {
    return [ref.owner, ref.repo, ...(ref.path ? [ref.path] : [])].join('/');
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/types.js
/** A short stable label for a step: its name, else its id, else its position in the job. */
function stepLabel(job, step) {
    const s = step.name?.value ?? step.id?.value;
    return `job '${job.id}', step ${s ? `'${s.replace(/\s+/g, ' ').trim().slice(0, 60)}'` : `#${step.index + 1}`}`;
}
/** The value node under `key` of a mapping node, aliases followed. */
function valueNode(ctx, parent, key) {
    const y = ctx.wf.yaml;
    const v = y.get(parent, key)?.value;
    return y.resolve(v) ?? v;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/pinned-uses.js


/** The policy for a reference; the most specific pattern wins (owner/repo/path, owner/repo, owner/repo/*, owner/*, *). */
function pinPolicyFor(policies, ref) {
    const owner = ref.owner.toLowerCase();
    const repo = `${owner}/${ref.repo.toLowerCase()}`;
    const candidates = [
        ...(ref.path ? [`${repo}/${ref.path.toLowerCase()}`] : [repo]),
        `${repo}/*`,
        `${owner}/*`,
        '*'
    ];
    for (const pattern of candidates) {
        const policy = policies.get(pattern);
        if (policy)
            return { pattern, policy };
    }
    return { pattern: '*', policy: 'hash-pin' };
}
/** The tag a trailing comment names (`# v4.1.1`, `# tag=v4.1.1`, `# pin@v4`), if it looks like one. */
function tagFromComment(comment) {
    if (!comment)
        return undefined;
    const token = comment.split(/\s+/)[0].replace(/^(tag=|pin@|ratchet:[^@\s]*@)/, '');
    return /^[A-Za-z0-9][\w.+/-]{0,63}$/.test(token) ? token : undefined;
}
/** Record `owner/repo[/path]@<sha> # <tag>` pins of one workflow into the index. */
function collectPins(uses, source, pins) {
    for (const { str, node } of uses) {
        const ref = parseUses(str.value);
        if (ref.kind !== 'repo' || !isFullSha(ref.ref))
            continue;
        const tag = tagFromComment(source.trailingComment(node));
        if (!tag)
            continue;
        const target = usesTarget(ref).toLowerCase();
        let byTag = pins.get(target);
        if (!byTag)
            pins.set(target, (byTag = new Map()));
        if (!byTag.has(tag))
            byTag.set(tag, ref.ref.toLowerCase());
    }
}
function usesOf(wf) {
    const y = wf.yaml;
    const out = [];
    for (const job of wf.jobs) {
        if (job.uses) {
            const v = y.get(job.node, 'uses')?.value;
            out.push({ str: job.uses, node: y.resolve(v) ?? v, where: `job '${job.id}'` });
        }
        for (const step of job.steps) {
            if (!step.uses)
                continue;
            const v = y.get(step.node, 'uses')?.value;
            out.push({ str: step.uses, node: y.resolve(v) ?? v, where: stepLabel(job, step) });
        }
    }
    return out;
}
/** `uses: owner/repo@<sha> # <tag>`, with the SHA when a scanned workflow pins that tag. */
function pinnedForm(target, tag, pins) {
    const sha = tag ? pins.get(target.toLowerCase())?.get(tag) : undefined;
    if (sha)
        return `uses: ${target}@${sha} # ${tag}`;
    if (tag)
        return `uses: ${target}@<40-hex commit SHA of ${tag}> # ${tag}`;
    return `uses: ${target}@<40-hex commit SHA> # <tag>`;
}
function pinHelp(target, tag, pins) {
    return `Pin it to the commit, keeping the tag as a comment: ${pinnedForm(target, tag, pins)}`;
}
function pinnedUses(ctx) {
    const out = [];
    for (const u of usesOf(ctx.wf)) {
        const ref = parseUses(u.str.value);
        const at = { line: u.str.pos.line, column: u.str.pos.column };
        if (ref.kind === 'local' || ref.kind === 'hub')
            continue;
        if (ref.kind === 'invalid') {
            out.push({
                rule: 'pinned-uses',
                message: `${u.where}: cannot check the pin of 'uses: ${ref.raw}': ${ref.reason}`,
                help: 'Write uses: owner/repo[/path]@<40-hex commit SHA>, ./local/path or docker://image@sha256:<digest>.',
                ...at
            });
            continue;
        }
        if (ref.kind === 'docker') {
            const policy = ctx.policy.pinPolicies.get('*') ?? 'hash-pin';
            const ok = policy === 'any' ||
                (policy === 'ref-pin' ? Boolean(ref.tag || ref.digest) : isImageDigest(ref.digest));
            if (!ok) {
                out.push({
                    rule: 'pinned-uses',
                    message: `${u.where}: 'uses: ${ref.raw}' is not pinned: expected docker://${ref.image}@sha256:<64-hex digest> (policy ${policy} for '*'), got ${ref.digest ? `'@${ref.digest}'` : ref.tag ? `tag '${ref.tag}'` : 'no tag or digest'}`,
                    help: `Pin the image by digest: uses: docker://${ref.image}${ref.tag ? `:${ref.tag}` : ''}@sha256:<digest> (docker buildx imagetools inspect ${ref.image}${ref.tag ? `:${ref.tag}` : ''} shows it).`,
                    owner: ref.image,
                    ...at
                });
            }
            continue;
        }
        const { pattern, policy } = pinPolicyFor(ctx.policy.pinPolicies, ref);
        if (policy === 'any')
            continue;
        if (policy === 'ref-pin' && ref.ref)
            continue;
        if (policy === 'hash-pin' && isFullSha(ref.ref))
            continue;
        const expected = policy === 'hash-pin'
            ? `a full 40-hex commit SHA (policy hash-pin for '${pattern}')`
            : `an @ref (policy ref-pin for '${pattern}')`;
        let got = ref.ref ? `'@${ref.ref}'` : 'no @ref';
        if (ref.ref && /^[0-9a-f]{7,39}$/i.test(ref.ref))
            got += ' (a short SHA, which GitHub resolves like a branch or tag name)';
        out.push({
            rule: 'pinned-uses',
            message: `${u.where}: 'uses: ${ref.raw}' is not pinned: expected ${expected}, got ${got}`,
            help: pinHelp(usesTarget(ref), ref.ref, ctx.pins),
            pin: { target: usesTarget(ref), tag: ref.ref },
            owner: usesTarget(ref),
            ...at
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/persist-credentials.js
/**
 * persist-credentials (zizmor's "artipacked"): in a job that uploads artifacts, actions/checkout
 * must not leave the token in the checkout (`persist-credentials: false`), or the upload can carry it.
 */



const CHECKOUT = /^actions\/checkout(@|$)/i;
const UPLOAD = /^actions\/upload-artifact(@|\/|$)/i;
/** The major version of a ref or tag (`v6.0.1` → 6), if it has one. */
function major(tag) {
    const m = /^v?(\d+)(\.|$)/.exec(tag ?? '');
    return m ? Number(m[1]) : undefined;
}
function persistCredentials(ctx) {
    const out = [];
    for (const job of ctx.wf.jobs) {
        const upload = job.steps.find((s) => s.uses && UPLOAD.test(s.uses.value));
        if (!upload)
            continue;
        for (const step of job.steps) {
            if (!step.uses || !CHECKOUT.test(step.uses.value))
                continue;
            const pc = step.with.get('persist-credentials');
            if (pc && pc.value.trim().toLowerCase() === 'false')
                continue;
            const ref = parseUses(step.uses.value);
            const tag = tagFromComment(ctx.source.trailingComment(valueNode(ctx, step.node, 'uses'))) ??
                (ref.kind === 'repo' ? ref.ref : undefined);
            const v = major(tag);
            const modern = v !== undefined && v >= 6;
            out.push({
                rule: 'persist-credentials',
                message: `${stepLabel(job, step)}: actions/checkout keeps the job's token in the checkout (persist-credentials: ${pc ? pc.value.trim() : 'true by default'}) while step '${upload.name?.value ?? upload.uses.value}' uploads an artifact: expected persist-credentials: false, got ${pc ? `'${pc.value.trim()}'` : 'the default (true)'}${modern ? ' (checkout v6+ stores the token outside .git/config, so this is a warning)' : ''}`,
                help: "Add 'with: { persist-credentials: false }' to the checkout step; steps that push can set up their own credentials.",
                maxLevel: modern ? 'warning' : undefined,
                line: step.uses.pos.line,
                column: step.uses.pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/secrets-inherit.js
/** secrets-inherit: `secrets: inherit` hands every repository and organisation secret to the called workflow. */


function secretsInherit(ctx) {
    const out = [];
    const y = ctx.wf.yaml;
    const trusted = new Set(ctx.policy.trustedOwners);
    if (ctx.repoOwner)
        trusted.add(ctx.repoOwner.toLowerCase());
    for (const job of ctx.wf.jobs) {
        if (!job.uses)
            continue;
        const node = valueNode(ctx, job.node, 'secrets');
        if (y.str(node)?.trim() !== 'inherit')
            continue;
        const ref = parseUses(job.uses.value);
        if (ref.kind === 'local' || ref.kind === 'hub')
            continue;
        const owner = ref.kind === 'repo' ? ref.owner.toLowerCase() : undefined;
        if (owner && trusted.has(owner))
            continue;
        const pos = y.pos(node);
        const trustedText = trusted.size
            ? [...trusted].sort().join(', ')
            : 'none known (GITHUB_REPOSITORY is not set and the policy lists no trusted-owners)';
        out.push({
            rule: 'secrets-inherit',
            message: `job '${job.id}' passes secrets: inherit to ${job.uses.value.trim()}: expected a reusable workflow of a trusted owner (${trustedText}), got owner '${ref.kind === 'repo' ? ref.owner : '?'}'`,
            help: 'Pass only the secrets the called workflow needs (secrets: { NAME: ${{ secrets.NAME }} }), or add its owner to rules.secrets-inherit.trusted-owners in the policy.',
            owner: ref.kind === 'repo' ? usesTarget(ref) : undefined,
            line: pos.line,
            column: pos.column
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/static-secrets.js
/**
 * static-secrets: long-lived credentials written into the workflow file (cloud keys, tokens, private
 * keys, literal values of *_TOKEN / *_KEY / password settings). The value itself is never printed.
 */

/** Well-known credential formats (prefixes and lengths as the issuers document them). */
const PATTERNS = [
    { name: 'an AWS access key id', re: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/ },
    { name: 'a GitHub token', re: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/ },
    {
        name: 'a GitHub fine-grained personal access token',
        re: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/
    },
    {
        name: 'a private key',
        re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----\s*[A-Za-z0-9+/=:\s,-]{40,}/
    },
    { name: 'a Slack token', re: /\bxox[abposr]-[0-9A-Za-z-]{10,}\b/ },
    { name: 'a Google API key', re: /\bAIza[0-9A-Za-z_-]{35}\b/ },
    { name: 'an npm access token', re: /\bnpm_[A-Za-z0-9]{36}\b/ },
    { name: 'a PyPI API token', re: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/ },
    { name: 'a Stripe live key', re: /\b[rs]k_live_[0-9A-Za-z]{24,}\b/ },
    { name: 'a GitLab personal access token', re: /\bglpat-[0-9A-Za-z_-]{20,}\b/ }
];
/** Setting names whose literal value is a credential: *_TOKEN, *_KEY, *_SECRET, passwords, PATs. */
const SECRET_NAME = /(^|[_-])(token|secret|password|passwd|pat|apikey|api_key|access_key|secret_key|private_key)$|[_-]key$/i;
/** Keys named *_KEY that hold public or non-secret identifiers. */
const PUBLIC_NAME = /(public|pub|gpg|pgp|cache|primary|restore|idempotency|partition|sort|ssh_known|signing_key_id|key_id|keyid|fingerprint)[_-]?(key)?$/i;
const MIN_GENERIC = 20;
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
/** A literal that reads like a random credential rather than a word, path, URL or placeholder. */
function looksRandom(v) {
    if (v.length < MIN_GENERIC ||
        /\s/.test(v) ||
        v.includes('${{') ||
        v.includes('$(') ||
        /^\$\{?[A-Za-z_]/.test(v))
        return false;
    if (/:\/\/|^[./~]|\.(pem|json|key|p12|pfx|txt|ya?ml|gpg|asc)$/i.test(v))
        return false;
    if (/(example|dummy|placeholder|changeme|redacted|your[_-]|xxxx|\*\*\*)/i.test(v))
        return false;
    if (!/[0-9]/.test(v) || !/[A-Za-z]/.test(v))
        return false;
    return entropy(v) >= 3.5;
}
/** A masked view of a value: its first 4 characters and its length. */
function mask(v) {
    return `${v.slice(0, 4)}… (${v.length} characters)`;
}
function staticSecrets(ctx) {
    const out = [];
    const y = ctx.wf.yaml;
    const seen = new Set();
    const report = (node, what, where, needle) => {
        const pos = needle ? ctx.source.locate(node, needle, 0, y.pos(node)) : y.pos(node);
        out.push({
            rule: 'static-secrets',
            message: `${where} holds ${what} written into the workflow file: expected a \${{ secrets.NAME }} reference, got a literal`,
            help: 'Revoke and rotate the credential now (it is in the repository history), store the new one as an encrypted secret, and reference it as ${{ secrets.NAME }}; prefer OIDC (id-token: write) over long-lived cloud keys.',
            line: pos.line,
            column: pos.column
        });
    };
    const keyPath = [];
    const walk = (node, depth) => {
        if (depth > 64 || !node || (0,dist/* isAlias */.Vj)(node))
            return;
        const n = node;
        if (seen.has(n))
            return;
        seen.add(n);
        if ((0,dist/* isScalar */.jn)(n)) {
            // Every credential format and the generic check need at least 16 characters.
            if (typeof n.value !== 'string' || n.value.length < 16) {
                if (typeof n.value === 'string' && n.value !== '')
                    checkShort(n, n.value);
                return;
            }
            const v = n.value;
            const where = keyPath.length ? keyPath.join('.') : 'a value';
            let known = false;
            for (const p of PATTERNS) {
                const m = p.re.exec(v);
                if (m && !/EXAMPLE/.test(m[0])) {
                    report(n, `${p.name} (${mask(m[0].trim())})`, where, m[0].slice(0, 10));
                    known = true;
                }
            }
            if (known)
                return;
            if (!checkShort(n, v) && SECRET_NAME.test(keyPath[keyPath.length - 1] ?? '')) {
                const key = keyPath[keyPath.length - 1];
                if (!PUBLIC_NAME.test(key) && looksRandom(v.trim())) {
                    report(n, `a literal credential (${mask(v.trim())})`, where);
                }
            }
            return;
        }
        if ((0,dist/* isMap */.jh)(n)) {
            for (const item of n.items) {
                if (!(0,dist/* isPair */.tO)(item))
                    continue;
                keyPath.push((0,dist/* isScalar */.jn)(item.key) ? String(item.key.value) : '?');
                walk(item.value, depth + 1);
                keyPath.pop();
            }
        }
        else if ((0,dist/* isSeq */.oP)(n)) {
            n.items.forEach((item, i) => {
                keyPath.push(String(i));
                walk(item, depth + 1);
                keyPath.pop();
            });
        }
    };
    /** A literal container or service registry password, whatever its length. */
    const checkShort = (n, v) => {
        if (keyPath[keyPath.length - 1] !== 'password' || keyPath[keyPath.length - 2] !== 'credentials')
            return false;
        if (v.includes('${{'))
            return true;
        report(n, `a registry password (${mask(v)})`, keyPath.join('.'));
        return true;
    };
    walk(y.doc.contents, 0);
    return out;
}

// EXTERNAL MODULE: ./lib/workflows/expression-flow.js
var expression_flow = __webpack_require__(49187);
// EXTERNAL MODULE: ./lib/workflows/expressions.js
var expressions = __webpack_require__(24681);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/template-injection.js



/** Context paths an outside contributor controls (`*` = any array index or key). */
const ATTACKER_PATHS = [
    'github.head_ref',
    'github.event.issue.title',
    'github.event.issue.body',
    'github.event.pull_request.title',
    'github.event.pull_request.body',
    'github.event.pull_request.head.ref',
    'github.event.pull_request.head.label',
    'github.event.pull_request.head.repo.default_branch',
    'github.event.pull_request.head.repo.description',
    'github.event.pull_request.head.repo.homepage',
    'github.event.comment.body',
    'github.event.review.body',
    'github.event.review_comment.body',
    'github.event.discussion.title',
    'github.event.discussion.body',
    'github.event.pages.*.page_name',
    'github.event.commits.*.message',
    'github.event.commits.*.author.name',
    'github.event.commits.*.author.email',
    'github.event.commits.*.committer.name',
    'github.event.commits.*.committer.email',
    'github.event.head_commit.message',
    'github.event.head_commit.author.name',
    'github.event.head_commit.author.email',
    'github.event.head_commit.committer.name',
    'github.event.head_commit.committer.email',
    'github.event.workflow_run.head_branch',
    'github.event.workflow_run.display_title',
    'github.event.workflow_run.head_commit.message',
    'github.event.workflow_run.head_commit.author.name',
    'github.event.workflow_run.head_commit.author.email',
    'github.event.workflow_run.head_repository.description',
    'github.event.workflow_run.pull_requests.*.head.ref',
    'github.event.merge_group.head_commit.message',
    'github.event.merge_group.head_commit.author.name',
    'github.event.merge_group.head_commit.author.email',
    'github.event.client_payload'
].map((p) => p.split('.'));
const segMatch = (a, b) => a === b || a === '*' || b === '*';
/**
 * Whether a flowing path carries attacker text: it names such a field, something inside one, or an
 * object that contains one (`toJSON(github.event.pull_request)`).
 */
function isAttackerControlled(path) {
    const segs = path.toLowerCase().split('.');
    return ATTACKER_PATHS.some((p) => {
        const n = Math.min(p.length, segs.length);
        for (let i = 0; i < n; i++)
            if (!segMatch(segs[i], p[i]))
                return false;
        return true;
    });
}
/** Why a path is dangerous here, or undefined. */
function taintOf(path, env, matrix) {
    if (isAttackerControlled(path))
        return path;
    const [ctx, name] = path.split('.');
    if (ctx === 'env' && name && env.has(name))
        return `${path} = ${env.get(name)}`;
    if (ctx === 'matrix' && name && (matrix.has(name) || matrix.has('*')))
        return `${path} = ${matrix.get(name) ?? matrix.get('*')}`;
    return undefined;
}
/** The attacker-controlled source a value carries, if any (for env and matrix values). */
function valueTaint(text, env) {
    for (const span of (0,expressions/* expressionSpans */.k7)(text)) {
        for (const p of (0,expression_flow/* flowingPaths */.$Z)(span.body).paths) {
            const t = taintOf(p, env, new Map());
            if (t)
                return t.split(' = ').pop();
        }
    }
    return undefined;
}
function envTaint(vars, inherited) {
    const out = new Map(inherited);
    for (const [k, v] of vars) {
        const t = valueTaint(v.value, inherited);
        if (t)
            out.set(k.toLowerCase(), t);
        else
            out.delete(k.toLowerCase());
    }
    return out;
}
function matrixTaint(job) {
    const out = new Map();
    for (const [k, v] of job.matrix) {
        const p = (0,expressions/* referencedPaths */.i7)(v).find((x) => isAttackerControlled(x));
        if (p)
            out.set(k.toLowerCase(), p);
    }
    return out;
}
const GITHUB_SCRIPT = /^actions\/github-script@/i;
function codeOf(ctx, step) {
    if (step.run)
        return { str: step.run, node: valueNode(ctx, step.node, 'run'), kind: 'run' };
    const script = step.with.get('script');
    if (step.uses && GITHUB_SCRIPT.test(step.uses.value) && script) {
        // Input names are case-insensitive (`SCRIPT:` is the script): the model keys them lower-cased.
        return { str: script, node: script.node, kind: 'script' };
    }
    return undefined;
}
function envName(path) {
    const last = path
        .split('.')
        .filter((s) => s !== '*' && s !== 'event' && s !== 'github')
        .slice(-2)
        .join('_');
    return (last || 'VALUE').toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}
function templateInjection(ctx) {
    const out = [];
    const wfEnv = envTaint(ctx.wf.env, new Map());
    for (const job of ctx.wf.jobs) {
        const jobEnv = envTaint(job.env, wfEnv);
        const matrix = matrixTaint(job);
        for (const step of job.steps) {
            const code = codeOf(ctx, step);
            if (!code)
                continue;
            const env = envTaint(step.env, jobEnv);
            const spans = (0,expressions/* expressionSpans */.k7)(code.str.value);
            // When the source shows each `${{` literally, the nth span sits at the nth occurrence.
            const places = spans.length ? ctx.source.locateAll(code.node, '${{') : [];
            spans.forEach((span, nth) => {
                const flow = (0,expression_flow/* flowingPaths */.$Z)(span.body);
                const hits = flow.paths
                    .map((p) => taintOf(p, env, matrix))
                    .filter((t) => Boolean(t));
                if (!hits.length)
                    return;
                const pos = places.length === spans.length ? places[nth] : code.str.pos;
                const expr = `\${{ ${span.body.replace(/\s+/g, ' ').trim()} }}`;
                const source = hits[0].split(' = ').pop();
                const name = envName(source);
                const use = code.kind === 'run' ? `"$${name}"` : `process.env.${name}`;
                out.push({
                    rule: 'template-injection',
                    message: `${stepLabel(job, step)}: ${expr} expands attacker-controlled ${hits.join(', ')} into the ${code.kind === 'run' ? 'run: script' : 'github-script script'}: expected no attacker-controlled expansion in code, got one`,
                    help: `Pass the value through the environment and quote it: env: { ${name}: \${{ ${source} }} } on the step, then use ${use} in the ${code.kind === 'run' ? 'script' : 'script'} instead of the expression.`,
                    line: pos.line,
                    column: pos.column
                });
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/check-workflow.js







const RULE_CHECKS = {
    'pinned-uses': pinnedUses,
    permissions: permissions,
    'template-injection': templateInjection,
    'secrets-inherit': secretsInherit,
    'static-secrets': staticSecrets,
    concurrency: concurrency,
    'persist-credentials': persistCredentials
};
function checkWorkflow(wf, source, policy, options = {}) {
    const ctx = {
        wf,
        source,
        policy,
        repoOwner: options.repoOwner,
        pins: options.pins ?? new Map(),
        sensitive: []
    };
    const findings = [];
    for (const [name, rule] of Object.entries(RULE_CHECKS)) {
        // Permissions also fills the evidence list, so it runs even when its findings are off.
        if (policy.levels[name] === 'off' && name !== 'permissions')
            continue;
        const found = rule(ctx);
        if (policy.levels[name] !== 'off')
            findings.push(...found);
    }
    return { findings, sensitive: ctx.sensitive };
}

// EXTERNAL MODULE: ./lib/core/schemas.js
var schemas = __webpack_require__(9975);
// EXTERNAL MODULE: ./lib/workflows/expiry.js
var expiry = __webpack_require__(26555);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/policy.js
/** The policy file: rule levels, pinning policies, trusted owners and justified, expiring exceptions. */




const RULE_NAMES = [
    'pinned-uses',
    'permissions',
    'template-injection',
    'secrets-inherit',
    'static-secrets',
    'concurrency',
    'persist-credentials'
];
const DEFAULT_LEVELS = {
    'pinned-uses': 'error',
    permissions: 'error',
    'template-injection': 'error',
    'secrets-inherit': 'error',
    'static-secrets': 'error',
    concurrency: 'warning',
    'persist-credentials': 'error'
};
function defaultPolicy() {
    return {
        levels: { ...DEFAULT_LEVELS },
        pinPolicies: new Map([['*', 'hash-pin']]),
        trustedOwners: [],
        exceptions: [],
        findings: []
    };
}
const PLACEHOLDER = /^(todo|tbd|n\/?a|none|-+|\.+|x+|fixme|because|needed|required|temporary|legacy)$/i;
const MIN_JUSTIFICATION = 15;

/** Parse and validate a policy file's text (throws GateError naming the file when it is malformed). */
function parsePolicy(file, text, now) {
    const fix = `Fix ${file} (schema: schema/workflow-policy.v1.json), or point the 'policy' input at another file.`;
    const parsed = (0,yaml_doc/* parseYaml */.hN)(file, text);
    if (!parsed.ok) {
        throw new core_errors/* GateError */.ue(`input 'policy': ${file}: ${parsed.problem.message}`, fix, file, parsed.problem.line, parsed.problem.column);
    }
    const y = parsed.yaml;
    let data;
    try {
        data = y.doc.toJS({ maxAliasCount: 100 });
    }
    catch (err) {
        throw new core_errors/* GateError */.ue(`input 'policy': ${file}: ${err.message}`, fix, file);
    }
    if (data === null || data === undefined)
        data = {};
    const validate = (0,schemas/* schemaValidator */.K)('workflow-policy.v1.json');
    if (!validate(data)) {
        throw new core_errors/* GateError */.ue(`input 'policy': ${file} does not match schema/workflow-policy.v1.json: ${(0,schemas/* describeSchemaErrors */.c)(validate.errors).slice(0, 5).join('; ')}`, fix, file);
    }
    const raw = data;
    const policy = defaultPolicy();
    policy.file = file;
    for (const name of RULE_NAMES) {
        const r = raw.rules?.[name];
        if (r === undefined)
            continue;
        if (typeof r === 'string') {
            policy.levels[name] = r;
            continue;
        }
        if (r.level)
            policy.levels[name] = r.level;
        for (const [pattern, p] of Object.entries(r.policies ?? {})) {
            policy.pinPolicies.set(pattern.toLowerCase(), p);
        }
        if (r['trusted-owners'])
            policy.trustedOwners.push(...r['trusted-owners'].map((o) => o.toLowerCase()));
    }
    const nodes = y.seq(y.get(y.doc.contents, 'exceptions')?.value) ?? [];
    (raw.exceptions ?? []).forEach((e, i) => {
        const node = nodes[i];
        const pos = y.pos(y.resolve(node) ?? node);
        const ex = {
            rule: e.rule,
            path: typeof e.path === 'string' ? e.path.replace(/^\.\//, '') : undefined,
            owner: typeof e.owner === 'string' ? e.owner : undefined,
            justification: String(e.justification).trim(),
            expires: String(e.expires),
            approvedBy: typeof e['approved-by'] === 'string' ? e['approved-by'] : undefined,
            pos,
            valid: false
        };
        const what = `the ${ex.rule} exception for ${ex.path ?? ''}${ex.path && ex.owner ? ', ' : ''}${ex.owner ?? ''}`;
        const before = policy.findings.length;
        if (ex.justification.length < MIN_JUSTIFICATION || PLACEHOLDER.test(ex.justification)) {
            policy.findings.push({
                rule: 'workflow-policy/exception-invalid',
                severity: 'error',
                message: `${what} has no real justification: expected at least ${MIN_JUSTIFICATION} characters saying why, got '${ex.justification}'`,
                help: 'Say why the exception is needed and why it is safe.',
                file,
                line: pos.line,
                column: pos.column
            });
        }
        if (!(0,expiry/* isCalendarDate */.t)(ex.expires)) {
            policy.findings.push({
                rule: 'workflow-policy/exception-invalid',
                severity: 'error',
                message: `${what} has no valid expiry: expected a real calendar date (YYYY-MM-DD), got '${ex.expires}'`,
                help: 'Give the last day the exception holds as YYYY-MM-DD (a day that exists).',
                file,
                line: pos.line,
                column: pos.column
            });
        }
        else if ((0,expiry/* isExpired */._)(ex.expires, now)) {
            policy.findings.push({
                rule: 'workflow-policy/exception-invalid',
                severity: 'error',
                message: `${what} expired: expected an expiry on or after ${now.toISOString().slice(0, 10)}, got ${ex.expires}`,
                help: 'Review the exception: renew it with a new expires date, or fix the workflows and remove it.',
                file,
                line: pos.line,
                column: pos.column
            });
        }
        ex.valid = policy.findings.length === before;
        policy.exceptions.push(ex);
    });
    return policy;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules-info.js
const RULES = [
    {
        id: 'workflow-policy/policy-file-deprecated',
        title: 'Policy in its old file',
        help: 'Move the rules and exceptions to workflow-policy.rules / workflow-policy.exceptions in .ci-intel/config.yml and delete the old file.',
        severity: 'note'
    },
    {
        id: 'workflow-policy/pinned-uses',
        title: 'Action or reusable workflow not pinned to a commit SHA',
        help: 'A tag or branch can be moved to other code after review. Pin third-party `uses:` to the full 40-hex commit SHA and keep the tag as a comment (`uses: owner/repo@<sha> # v4.1.1`); pin `docker://` images by `@sha256:` digest. Local `./` and `$/` actions are exempt. Per-owner policies (`hash-pin`, `ref-pin`, `any`) live in the policy file.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/permissions',
        title: 'GITHUB_TOKEN permissions not least-privilege',
        help: 'Declare a top-level `permissions:` block (e.g. `contents: read`), never `write-all`, and grant write scopes only on the jobs that need them. Jobs with `contents`, `packages` or `id-token` write access are listed in the evidence.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/template-injection',
        title: 'Attacker-controlled expression expanded into a script',
        help: '`${{ }}` is pasted into the script before it runs, so an issue title or branch name can become shell or JavaScript code. Set the value in `env:` and read it as a quoted variable (`"$TITLE"`, `process.env.TITLE`).',
        severity: 'error'
    },
    {
        id: 'workflow-policy/secrets-inherit',
        title: 'All secrets passed to a reusable workflow outside the organisation',
        help: '`secrets: inherit` gives the called workflow every secret of the repository and organisation. Pass the secrets it needs by name, or trust its owner in the policy (`rules.secrets-inherit.trusted-owners`).',
        severity: 'error'
    },
    {
        id: 'workflow-policy/static-secrets',
        title: 'Long-lived credential written into a workflow file',
        help: 'Anyone who can read the repository can use it, and it stays in the history. Revoke and rotate it, store it as an encrypted secret and reference `${{ secrets.NAME }}`; prefer OIDC (`id-token: write`) to long-lived cloud keys.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/concurrency',
        title: 'push / pull_request workflow without concurrency',
        help: 'Without a `concurrency` group, superseded runs keep running and racing deploys can finish out of order. Add `concurrency: { group: ${{ github.workflow }}-${{ github.ref }}, cancel-in-progress: true }` (no cancellation for release and deploy jobs).',
        severity: 'warning'
    },
    {
        id: 'workflow-policy/persist-credentials',
        title: 'Checkout keeps its token in a job that uploads artifacts',
        help: '`actions/checkout` writes the token into the checkout unless `persist-credentials: false`; an artifact of the workspace then leaks it (zizmor: artipacked). Set `persist-credentials: false`.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/invalid-workflow',
        title: 'Workflow file GitHub would reject or the gate cannot read',
        help: 'Fix the file; a workflow the gate cannot read is never passed.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/exception-invalid',
        title: 'Policy exception without justification or past its expiry',
        help: 'Every exception states why it is needed and safe and carries an expires date; expired or unjustified exceptions excuse nothing.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/exception-stale',
        title: 'Policy exception that matches no finding',
        help: 'Remove exceptions that no longer excuse anything.',
        severity: 'warning'
    }
];

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/source.js
class SourceText {
    text;
    lineStarts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++)
            if (text.charCodeAt(i) === 10)
                this.lineStarts.push(i + 1);
    }
    /** 1-based line and column of an offset. */
    posAt(offset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
    }
    /** The source text of a node (empty when it has no range). */
    slice(node) {
        const range = node?.range;
        if (!range)
            return { text: '', start: 0 };
        return { text: this.text.slice(range[0], range[1]), start: range[0] };
    }
    /**
     * Where the `nth` (0-based) occurrence of `needle` sits inside the node's source; `fallback`
     * when the source does not show it literally (an escaped double-quoted string, say).
     */
    locate(node, needle, nth, fallback) {
        const { text, start } = this.slice(node);
        let at = -1;
        for (let k = 0; k <= nth; k++) {
            at = text.indexOf(needle, at + 1);
            if (at < 0)
                return fallback;
        }
        return this.posAt(start + at);
    }
    /** Positions of every occurrence of `needle` inside the node's source, in order (one scan). */
    locateAll(node, needle) {
        const { text, start } = this.slice(node);
        const out = [];
        for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
            out.push(this.posAt(start + at));
        }
        return out;
    }
    /** The comment after a node on its own line (`uses: x@sha # v4.1.1` → `v4.1.1`). */
    trailingComment(node) {
        const range = node?.range;
        if (!range)
            return undefined;
        const eol = this.text.indexOf('\n', range[1]);
        const rest = this.text.slice(range[1], eol < 0 ? this.text.length : eol);
        const m = /^\s*#\s*(.*?)\s*$/.exec(rest);
        return m ? m[1] : undefined;
    }
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/index.js
/** Gate: workflow-policy — compliance-as-code for workflow files. */













const DEFAULT_POLICY_FILE = '.github/ci-intel/workflow-policy.yml';
const MAX_POLICY_BYTES = 1024 * 1024;
function loadPolicy(inputs, root, now, settings) {
    const given = inputs.string('policy') ?? DEFAULT_POLICY_FILE;
    const abs = (0,external_node_path_.resolve)(root, given);
    // workflow-policy.rules / .exceptions in the configuration: one source per setting.
    const rules = settings?.rules;
    const exceptions = settings?.exceptions;
    const configured = rules?.file ? rules : exceptions?.file ? exceptions : undefined;
    if (configured) {
        if ((0,external_node_fs_.existsSync)(abs)) {
            throw new core_errors/* GateError */.ue(`the policy is set twice: workflow-policy.rules/exceptions in ${configured.label} and the file ${given}`, `Move ${given} into workflow-policy.rules and workflow-policy.exceptions and delete the file; one setting has one source.`, given);
        }
        const doc = {};
        if (rules?.file)
            doc.rules = rules.value;
        if (exceptions?.file)
            doc.exceptions = exceptions.value;
        const policy = parsePolicy(configured.file, (0,dist/* stringify */.As)(doc), now);
        for (const f of policy.findings)
            if (f.file === configured.file)
                f.line = configured.line;
        return policy;
    }
    if (!(0,external_node_fs_.existsSync)(abs)) {
        if (given.replace(/^\.\//, '') === DEFAULT_POLICY_FILE)
            return defaultPolicy();
        throw new core_errors/* GateError */.ue(`input 'policy': ${given} not found under ${root}`, `Create it (schema: schema/workflow-policy.v1.json), or leave 'policy' at its default (${DEFAULT_POLICY_FILE}; a missing default file means every rule at its default level).`);
    }
    const rel = (0,workflows_files/* displayPath */.Gt)(root, abs);
    let text;
    try {
        text = (0,workflows_files/* readWorkspaceText */.tA)(root, abs, MAX_POLICY_BYTES, 'policy file');
    }
    catch (err) {
        throw new core_errors/* GateError */.ue(`input 'policy': ${(0,core_errors/* errorMessage */.gJ)(err)}`, 'Give a regular policy file under 1 MiB.', rel);
    }
    const policy = parsePolicy(rel, text, now);
    policy.findings.push({
        rule: 'workflow-policy/policy-file-deprecated',
        severity: 'note',
        message: `${rel} is the policy's old place; it still works, but it belongs in workflow-policy.rules and workflow-policy.exceptions of .ci-intel/config.yml`,
        help: 'Move the rules and exceptions to .ci-intel/config.yml (schema/config.v1.json) and delete the file.',
        file: rel,
        line: 1
    });
    return policy;
}
function loadWorkflow(root, file) {
    const { parsed, text } = (0,workflow/* loadWorkflowFile */.m)(root, file);
    if (!parsed.ok)
        return { ok: false, file: parsed.file, ...parsed.problem };
    return { ok: true, wf: parsed.workflow, source: new SourceText(text ?? '') };
}
function byLocation(a, b) {
    return ((a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        a.rule.localeCompare(b.rule) ||
        a.message.localeCompare(b.message));
}
async function evaluateWorkflowPolicy(inputs, env) {
    const root = env.workspace;
    const patterns = inputs.list('workflows');
    const files = (0,workflows_files/* expandWorkflowInput */.sz)(root, patterns);
    const policy = loadPolicy(inputs, root, env.now(), env.settings);
    const repoOwner = env.env.GITHUB_REPOSITORY?.split('/')[0] || undefined;
    const findings = [...policy.findings];
    const evidence = {
        workspace: root,
        policy: {
            file: policy.file ?? null,
            levels: { ...policy.levels },
            pinPolicies: Object.fromEntries(policy.pinPolicies)
        },
        filesScanned: files.length,
        findingsByRule: {},
        sensitivePermissions: [],
        exceptionsApplied: [],
        invalid: []
    };
    const invalid = (file, line, column, message) => {
        evidence.invalid.push({ file, line, column, message });
        findings.push({
            rule: 'workflow-policy/invalid-workflow',
            severity: 'error',
            message: `cannot decide: ${message}`,
            help: 'Fix the workflow file; the gate never passes a file it cannot read the way GitHub does.',
            file,
            line,
            column
        });
    };
    // One pass, one parse per file; parsed files are dropped as soon as they are checked.
    const pins = new Map();
    const pinHelps = [];
    const used = new Map();
    for (const file of files) {
        const l = loadWorkflow(root, file);
        if (!l.ok) {
            invalid(l.file, l.line, l.column, l.message);
            continue;
        }
        try {
            collectPins(usesOf(l.wf), l.source, pins);
            const check = checkWorkflow(l.wf, l.source, policy, { repoOwner, pins });
            const out = applyPolicy(l.wf.file, check.findings, policy, used, (raw, finding) => {
                if (raw.pin)
                    pinHelps.push({ finding, ...raw.pin });
            });
            findings.push(...out);
            evidence.sensitivePermissions.push(...check.sensitive);
        }
        catch (err) {
            // A YAML bound hit while reading deeper (an alias bomb), or a bug: either way, no pass.
            if (err instanceof yaml_doc/* YamlLimitError */.r3) {
                invalid(l.wf.file, err.pos.line, err.pos.column, err.message);
            }
            else {
                invalid(l.wf.file, 1, 1, `internal error while checking the file: ${(0,core_errors/* errorMessage */.gJ)(err)}`);
            }
        }
    }
    // A file checked early may be pinned by one read later: name the SHA now that all are read.
    for (const h of pinHelps)
        h.finding.help = pinHelp(h.target, h.tag, pins);
    for (const e of policy.exceptions) {
        if (!e.valid)
            continue;
        if (used.has(e)) {
            evidence.exceptionsApplied.push({
                rule: e.rule,
                path: e.path,
                owner: e.owner,
                expires: e.expires,
                findings: used.get(e) ?? 0
            });
            continue;
        }
        findings.push({
            rule: 'workflow-policy/exception-stale',
            severity: 'warning',
            message: `the ${e.rule} exception for ${[e.path, e.owner].filter(Boolean).join(', ')} excuses no finding: expected a matching ${e.rule} finding, got none`,
            help: 'Remove the exception when it is no longer needed.',
            file: policy.file,
            line: e.pos.line,
            column: e.pos.column
        });
    }
    findings.sort(byLocation);
    for (const f of findings) {
        if (f.severity === 'note')
            continue;
        evidence.findingsByRule[f.rule] = (evidence.findingsByRule[f.rule] ?? 0) + 1;
    }
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    const excepted = findings.filter((f) => f.severity === 'note').length;
    const verdict = evidence.invalid.length ? 'error' : errors ? 'fail' : 'pass';
    const byRule = RULE_NAMES.map((r) => [r, evidence.findingsByRule[`workflow-policy/${r}`] ?? 0])
        .filter(([, n]) => n > 0)
        .map(([r, n]) => `${r} ${n}`);
    const parts = [
        `${files.length} workflow file${files.length === 1 ? '' : 's'} checked against ${policy.file ?? 'the default policy'}`,
        `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${byRule.length ? ` (${byRule.join(', ')})` : ''}`
    ];
    if (excepted)
        parts.push(`${excepted} excepted`);
    if (evidence.invalid.length)
        parts.push(`${evidence.invalid.length} unreadable`);
    const summary = parts.join(': ').replace(/: (\d+ excepted|\d+ unreadable)/g, ', $1');
    return {
        verdict,
        summary,
        findings,
        evidence,
        outputs: {
            'findings-count': String(errors + warnings),
            'workflows-scanned': String(files.length)
        }
    };
}
const workflowPolicy = {
    name: 'workflow-policy',
    rules: RULES,
    evaluate: (inputs, ctx) => evaluateWorkflowPolicy(inputs, ctx)
};


/***/ })

};
