export const id = 3068;
export const ids = [3068];
export const modules = {

/***/ 93068:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fixesFor: () => (/* binding */ fixesFor)
/* harmony export */ });
/* harmony import */ var _workflows_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1275);
/* harmony import */ var _workflows_expression_flow_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49187);
/* harmony import */ var _workflows_expressions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24681);
/* harmony import */ var _rules_template_injection_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7237);




const rangeOf = (n) => n?.range;
/** Offset just past the line where a block mapping's last entry ends. */
function afterMap(source, map) {
    const last = map.items[map.items.length - 1];
    const end = rangeOf(last?.value)?.[1] ?? rangeOf(last?.key)?.[1];
    if (end === undefined)
        return undefined;
    const text = source.text;
    if (text[end - 1] === '\n')
        return end;
    const nl = text.indexOf('\n', end);
    return nl < 0 ? undefined : nl + 1;
}
/** The indentation (spaces) of a block mapping: the column of its first key. */
function indentOf(source, map) {
    const start = rangeOf(map.items[0]?.key)?.[0];
    if (start === undefined)
        return undefined;
    return ' '.repeat(source.posAt(start).column - 1);
}
const blockMap = (n) => n && (0,_workflows_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n) && !n.flow && n.items.length ? n : undefined;
function entry(map, key) {
    return map.items.find((p) => (0,_workflows_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value).toLowerCase() === key);
}
/** `key: value` set in the step's `sub:` mapping (created when missing). */
function setInStep(source, step, sub, lines) {
    const stepMap = blockMap(step.node);
    if (!stepMap)
        return undefined;
    const stepIndent = indentOf(source, stepMap);
    if (stepIndent === undefined)
        return undefined;
    const subPair = entry(stepMap, sub);
    if (subPair) {
        const m = blockMap(subPair.value);
        if (!m)
            return undefined;
        const indent = indentOf(source, m);
        const at = afterMap(source, m);
        if (indent === undefined || at === undefined)
            return undefined;
        const edits = [];
        let added = '';
        for (const l of lines) {
            const existing = entry(m, l.key.toLowerCase());
            const r = rangeOf(existing?.value);
            if (existing && l.replace && r)
                edits.push({ start: r[0], end: r[1], insert: l.value });
            else if (!existing)
                added += `${indent}${l.key}: ${l.value}\n`;
        }
        if (added)
            edits.push({ start: at, end: at, insert: added });
        return edits;
    }
    const at = afterMap(source, stepMap);
    if (at === undefined)
        return undefined;
    const inner = `${stepIndent}  `;
    return [
        {
            start: at,
            end: at,
            insert: `${stepIndent}${sub}:\n${lines.map((l) => `${inner}${l.key}: ${l.value}\n`).join('')}`
        }
    ];
}
function stepsAt(wf) {
    const out = new Map();
    for (const job of wf.jobs)
        for (const step of job.steps)
            if (step.uses)
                out.set(`${step.uses.pos.line}:${step.uses.pos.column}`, step);
    return out;
}
function persistCredentialsFix(source, step) {
    return setInStep(source, step, 'with', [
        { key: 'persist-credentials', value: 'false', replace: true }
    ]);
}
/** The shell's way to read an environment variable, or undefined for shells we do not edit. */
function varRef(shell, name) {
    const s = (shell ?? 'bash').trim().toLowerCase();
    if (s === 'bash' || s === 'sh' || s.startsWith('bash ') || s.startsWith('sh '))
        return `\${${name}}`;
    if (s === 'pwsh' || s === 'powershell' || s.startsWith('pwsh ') || s.startsWith('powershell '))
        return `$env:${name}`;
    return undefined;
}
function envNameFor(path) {
    const segs = path.split('.').filter((s) => s !== '*' && s !== 'github' && s !== 'event');
    const name = segs
        .slice(-2)
        .join('_')
        .toUpperCase()
        .replace(/[^A-Z0-9_]/g, '_');
    return /^[A-Z_]/.test(name) ? name : `V_${name}`;
}
function templateInjectionFix(wf, source, step, shell) {
    const run = step.run;
    const node = run?.node;
    const r = rangeOf(node);
    if (!run || !node || !r || !(0,_workflows_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || node.type === 'BLOCK_FOLDED')
        return undefined;
    const raw = source.text.slice(r[0], r[1]);
    const spans = (0,_workflows_expressions_js__WEBPACK_IMPORTED_MODULE_3__/* .expressionSpans */ .k7)(run.value);
    const names = new Map();
    const used = new Set([...step.env.keys()].map((k) => k.toUpperCase()));
    const edits = [];
    const env = [];
    const seen = new Map();
    for (const span of spans) {
        const text = run.value.slice(span.start, span.end);
        const nth = seen.get(text) ?? 0;
        seen.set(text, nth + 1);
        const direct = (0,_workflows_expression_flow_js__WEBPACK_IMPORTED_MODULE_1__/* .flowingPaths */ .$Z)(span.body).paths.find((p) => (0,_rules_template_injection_js__WEBPACK_IMPORTED_MODULE_2__/* .isAttackerControlled */ .qA)(p));
        if (!direct)
            continue;
        if (text.includes('\n'))
            return undefined;
        // The nth occurrence in the value must be the nth in the source, and the counts must agree.
        const inValue = run.value.split(text).length - 1;
        const inSource = raw.split(text).length - 1;
        if (inValue !== inSource)
            return undefined;
        let at = -1;
        for (let k = 0; k <= nth; k++)
            at = raw.indexOf(text, at + 1);
        if (at < 0)
            return undefined;
        let name = names.get(text);
        if (!name) {
            const base = envNameFor(direct);
            name = base;
            for (let i = 2; used.has(name); i++)
                name = `${base}_${i}`;
            used.add(name);
            names.set(text, name);
            env.push({ key: name, value: `\${{ ${span.body.trim()} }}` });
        }
        const ref = varRef(shell, name);
        if (!ref)
            return undefined;
        edits.push({ start: r[0] + at, end: r[0] + at + text.length, insert: ref });
    }
    if (!edits.length)
        return undefined;
    const envEdits = setInStep(source, step, 'env', env);
    if (!envEdits)
        return undefined;
    void wf;
    return [...edits, ...envEdits];
}
function shellOf(wf, step, jobNode) {
    const y = wf.yaml;
    const get = (n, ...keys) => {
        let cur = n;
        for (const k of keys)
            cur = y.get(cur, k)?.value;
        return y.str(cur);
    };
    return (get(step.node, 'shell') ??
        get(jobNode, 'defaults', 'run', 'shell') ??
        get(y.doc.contents, 'defaults', 'run', 'shell'));
}
/** The edits that fix each finding that has a mechanical fix (same order; undefined = none). */
async function fixesFor(wf, source, findings, resolve) {
    if (!source.text.endsWith('\n'))
        return findings.map(() => undefined);
    const byUses = stepsAt(wf);
    const out = [];
    // One fix per step covers all of its template-injection findings (they share the edits).
    const doneSteps = new Map();
    for (const f of findings) {
        let edits;
        if (f.rule === 'persist-credentials') {
            const step = byUses.get(`${f.line}:${f.column}`);
            if (step)
                edits = persistCredentialsFix(source, step);
        }
        else if (f.rule === 'template-injection') {
            for (const job of wf.jobs) {
                for (const step of job.steps) {
                    const r = rangeOf(step.run?.node);
                    if (!r || !step.run)
                        continue;
                    const from = source.posAt(r[0]);
                    const to = source.posAt(r[1]);
                    const inside = (f.line > from.line || (f.line === from.line && f.column >= from.column)) &&
                        (f.line < to.line || (f.line === to.line && f.column <= to.column));
                    if (!inside)
                        continue;
                    if (!doneSteps.has(step))
                        doneSteps.set(step, templateInjectionFix(wf, source, step, shellOf(wf, step, job.node)));
                    edits = doneSteps.get(step);
                }
            }
        }
        else if (f.rule === 'pinned-uses' && f.pin?.tag) {
            edits = await pinFix(wf, source, f, resolve);
        }
        out.push(edits);
    }
    return out;
}
async function pinFix(wf, source, f, resolve) {
    const y = wf.yaml;
    let node;
    for (const job of wf.jobs) {
        const sites = [
            ...(job.uses ? [{ str: job.uses, parent: job.node }] : []),
            ...job.steps.filter((s) => s.uses).map((s) => ({ str: s.uses, parent: s.node }))
        ];
        for (const s of sites) {
            if (s.str.pos.line === f.line && s.str.pos.column === f.column) {
                const v = y.get(s.parent, 'uses')?.value;
                node = y.resolve(v) ?? v;
            }
        }
    }
    const r = rangeOf(node);
    if (!node || !r || !(0,_workflows_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || !f.pin?.tag)
        return undefined;
    // The comment goes at the end of the line: only a one-line plain or quoted scalar that ends
    // its line (not a block scalar, not inside a flow mapping) can take it.
    if (node.type !== 'PLAIN' && node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE')
        return undefined;
    const eol = source.text.indexOf('\n', r[1]);
    const rest = source.text.slice(r[1], eol < 0 ? source.text.length : eol);
    if (source.text.slice(r[0], r[1]).includes('\n') || !/^\s*(#.*)?$/.test(rest))
        return undefined;
    const raw = source.text.slice(r[0], r[1]);
    const needle = `@${f.pin.tag}`;
    const at = raw.lastIndexOf(needle);
    if (at < 0 || raw.indexOf(needle) !== at)
        return undefined;
    const got = await resolve(f.pin.target, f.pin.tag);
    if (!got)
        return undefined;
    const edits = [
        { start: r[0] + at + 1, end: r[0] + at + needle.length, insert: got.sha }
    ];
    if (source.trailingComment(node) === undefined)
        edits.push({ start: r[1], end: r[1], insert: ` # ${got.version}` });
    return edits;
}


/***/ })

};
