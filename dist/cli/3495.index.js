export const id = 3495;
export const ids = [3495];
export const modules = {

/***/ 53495:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyEdits: () => (/* binding */ applyEdits),
/* harmony export */   unifiedDiff: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/** Apply edits (offsets into `text`); overlapping edits are refused (first wins). */
function applyEdits(text, edits) {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const applied = [];
    let out = '';
    let at = 0;
    for (const e of sorted) {
        if (e.start < at || e.end < e.start || e.end > text.length)
            continue;
        out += text.slice(at, e.start) + e.insert;
        at = e.end;
        applied.push(e);
    }
    return { text: out + text.slice(at), applied };
}
function splitLines(text) {
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
/**
 * A unified diff of `before` \u2192 `after` for `path` (`a/path`, `b/path`), three lines of context,
 * as `git apply` reads it. Lines are compared by a longest-common-subsequence table (workflow
 * files are small; past 4,000 lines the whole file is one hunk).
 */
function unifiedDiff(path, before, after) {
    if (before === after)
        return '';
    const a = splitLines(before);
    const b = splitLines(after);
    const ops = [];
    // Common prefix and suffix first: the table covers only the changed middle.
    let pre = 0;
    while (pre < a.length && pre < b.length && a[pre] === b[pre])
        pre++;
    let suf = 0;
    while (suf < a.length - pre &&
        suf < b.length - pre &&
        a[a.length - 1 - suf] === b[b.length - 1 - suf])
        suf++;
    const am = a.slice(pre, a.length - suf);
    const bm = b.slice(pre, b.length - suf);
    for (let i = 0; i < pre; i++)
        ops.push({ op: ' ', line: a[i] });
    if (am.length * bm.length <= 16_000_000) {
        const n = am.length;
        const m = bm.length;
        const t = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
        for (let i = n - 1; i >= 0; i--)
            for (let j = m - 1; j >= 0; j--)
                t[i][j] = am[i] === bm[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
        let i = 0;
        let j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && am[i] === bm[j]) {
                ops.push({ op: ' ', line: am[i++] });
                j++;
            }
            else if (i < n && (j === m || t[i + 1][j] >= t[i][j + 1]))
                ops.push({ op: '-', line: am[i++] });
            else
                ops.push({ op: '+', line: bm[j++] });
        }
    }
    else {
        for (const l of am)
            ops.push({ op: '-', line: l });
        for (const l of bm)
            ops.push({ op: '+', line: l });
    }
    for (let i = a.length - suf; i < a.length; i++)
        ops.push({ op: ' ', line: a[i] });
    const noEolA = !before.endsWith('\n');
    const noEolB = !after.endsWith('\n');
    const out = [`--- a/${path}`, `+++ b/${path}`];
    const CONTEXT = 3;
    let k = 0;
    // Line numbers (1-based) of ops[k] in a and b.
    const posA = [];
    const posB = [];
    let la = 1;
    let lb = 1;
    for (const o of ops) {
        posA.push(la);
        posB.push(lb);
        if (o.op !== '+')
            la++;
        if (o.op !== '-')
            lb++;
    }
    while (k < ops.length) {
        while (k < ops.length && ops[k].op === ' ')
            k++;
        if (k >= ops.length)
            break;
        const start = Math.max(0, k - CONTEXT);
        let end = k;
        // Extend while changes are within 2*CONTEXT lines of each other.
        for (;;) {
            while (end < ops.length && ops[end].op !== ' ')
                end++;
            let next = end;
            while (next < ops.length && ops[next].op === ' ')
                next++;
            if (next < ops.length && next - end <= 2 * CONTEXT)
                end = next;
            else
                break;
        }
        const stop = Math.min(ops.length, end + CONTEXT);
        const hunk = ops.slice(start, stop);
        const countA = hunk.filter((o) => o.op !== '+').length;
        const countB = hunk.filter((o) => o.op !== '-').length;
        const startA = countA ? posA[start] : posA[start] - 1;
        const startB = countB ? posB[start] : posB[start] - 1;
        out.push(`@@ -${startA},${countA} +${startB},${countB} @@`);
        hunk.forEach((o, idx) => {
            out.push(`${o.op}${o.line}`);
            const global = start + idx;
            const lastA = o.op !== '+' && posA[global] === a.length;
            const lastB = o.op !== '-' && posB[global] === b.length;
            if ((lastA && noEolA && o.op !== '+') || (lastB && noEolB && o.op !== '-'))
                if (!(o.op === ' ' && noEolA !== noEolB))
                    out.push('\\ No newline at end of file');
        });
        k = stop;
    }
    return out.join('\n') + '\n';
}


/***/ })

};
