export const id = 375;
export const ids = [375];
export const modules = {

/***/ 6893:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gD: () => (/* binding */ summaryMarkdownParts),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/* unused harmony exports summaryMarkdown, SUMMARY_LIMIT_BYTES */
const ICON = { pass: '\u2705', fail: '\u274c', error: '\u26d4' };
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function location(f) {
    if (!f.file)
        return '';
    return `\`${f.file}${f.line ? `:${f.line}` : ''}${f.column ? `:${f.column}` : ''}\``;
}
/** Markdown for GITHUB_STEP_SUMMARY; `details` is an optional gate-specific section. */
function summaryMarkdown(result, details) {
    return [...summaryMarkdownParts(result, details)].join('');
}
/** Finding rows per part of `summaryMarkdownParts`. */
const ROWS_PER_PART = 256;
/** GitHub refuses a step summary over 1 MiB (and then shows none of it). */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Kept free for the gate's own section, the note on what was left out and the footer. */
const RESERVED_BYTES = 96 * 1024;
/**
 * `summaryMarkdown` in consecutive parts (their concatenation is the same text), made as they are
 * read: with thousands of findings the whole table need never be one string. The text stays under
 * `limit` bytes: finding rows past the budget are counted instead of shown (every finding is still
 * in the result file and SARIF), and a gate section too long for what is left is cut at a line.
 */
function* summaryMarkdownParts(result, details, limit = SUMMARY_LIMIT_BYTES) {
    const auditNote = result.mode === 'audit' && result.verdict !== 'pass' ? ' (audit mode: not blocking)' : '';
    let lines = [];
    let used = 0;
    const add = (line) => {
        lines.push(line);
        used += Buffer.byteLength(line, 'utf8') + 1;
    };
    add(`### ${ICON[result.verdict]} ${result.gate}: ${result.verdict}${auditNote}`);
    add('');
    add(escapeCell(result.summary));
    add('');
    const footer = `<sub>ci-intel ${result.gate} \u00b7 ${result.durationMs.toFixed(1)} ms \u00b7 mode ${result.mode}</sub>`;
    const rowBudget = Math.max(0, limit - RESERVED_BYTES);
    if (result.findings.length) {
        add('| severity | rule | where | finding | fix |');
        add('| --- | --- | --- | --- | --- |');
        let shown = 0;
        for (const f of result.findings) {
            const row = `| ${f.severity} | \`${f.rule}\` | ${location(f)} | ${escapeCell(f.message)} | ${escapeCell(f.help ?? '')} |`;
            if (used + Buffer.byteLength(row, 'utf8') + 1 > rowBudget)
                break;
            add(row);
            shown++;
            if (lines.length >= ROWS_PER_PART) {
                yield lines.join('\n') + '\n';
                lines = [];
            }
        }
        add('');
        const left = result.findings.length - shown;
        if (left > 0) {
            add(`${left} more of the ${result.findings.length} findings are not shown: GitHub shows no step summary over 1 MiB. All of them are in the result file (and the SARIF file when one is written).`);
            add('');
        }
    }
    if (details) {
        let text = details.trimEnd();
        const room = limit - used - Buffer.byteLength(footer, 'utf8') - 512;
        if (Buffer.byteLength(text, 'utf8') > room) {
            const cut = Buffer.from(text, 'utf8').subarray(0, Math.max(0, room)).toString('utf8');
            const atLine = cut.lastIndexOf('\n');
            text = `${atLine > 0 ? cut.slice(0, atLine) : ''}\n\n\u2026 the rest of this section is not shown: GitHub shows no step summary over 1 MiB.`;
        }
        add(text);
        add('');
    }
    add(footer);
    add('');
    yield lines.join('\n');
}


/***/ }),

/***/ 5805:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ withNames),
/* harmony export */   Fv: () => (/* binding */ deniedFinding),
/* harmony export */   j_: () => (/* binding */ destination),
/* harmony export */   uO: () => (/* binding */ unlistedFinding),
/* harmony export */   uU: () => (/* binding */ allowedFinding),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
const RULES = [
    {
        id: 'egress/denied-reachable',
        title: 'A destination that must be blocked answered',
        help: 'Egress is not default-deny: install the policy (operation: enforce) or fix the firewall so only allowed-endpoints are reachable.',
        severity: 'error'
    },
    {
        id: 'egress/allowed-unreachable',
        title: 'An allowed destination cannot be reached',
        help: 'Fix the allowlist entry (name, port) or its DNS; the gate never falls back to an open policy.',
        severity: 'error'
    },
    {
        id: 'egress/policy-removed',
        title: 'The egress policy was removed or changed during the job',
        help: 'A later step flushed or edited the nftables ruleset, killed the resolver or rewrote resolv.conf; find and fix that step (e.g. one that runs `nft flush ruleset` or restarts the firewall).',
        severity: 'error'
    },
    {
        id: 'egress/unlisted-contacted',
        title: 'A destination outside the allowlist was contacted (audit)',
        help: 'Add it to allowed-endpoints if the job needs it, or remove what contacts it.',
        severity: 'error'
    },
    {
        id: 'egress/blocked',
        title: 'The policy blocked a connection attempt',
        help: 'Expected for destinations off the list; add the endpoint to allowed-endpoints if the job needs it.',
        severity: 'note'
    },
    {
        id: 'egress/unlisted-name',
        title: 'A name outside the allowlist was looked up',
        help: 'Under enforce it was refused at DNS; under audit it was answered and recorded.',
        severity: 'note'
    }
];
function addrSummary(p) {
    if (!p.addresses.length)
        return `DNS ${p.dns.outcome}${p.dns.detail ? ` (${p.dns.detail})` : ''}`;
    return p.addresses
        .map((a) => `${a.address} ${a.outcome}${a.detail ? ` (${a.detail})` : ''} in ${a.ms} ms`)
        .join('; ');
}
function deniedFinding(p) {
    const hit = p.addresses.filter((a) => a.outcome === 'connected' || a.outcome === 'tls-failed');
    return {
        rule: 'egress/denied-reachable',
        severity: 'error',
        message: `probe-denied ${p.target}: expected no connection (refused, prohibited, timed out or not resolvable); actual: connected to ${hit
            .map((a) => `${a.family === 6 ? `[${a.address}]` : a.address}:${p.port} over IPv${a.family} in ${a.ms} ms`)
            .join(', ')}`,
        help: RULES[0].help
    };
}
function allowedFinding(p) {
    return {
        rule: 'egress/allowed-unreachable',
        severity: 'error',
        message: `probe-allowed ${p.target}: expected connected${p.port === 443 ? ' with a TLS handshake' : ''}; actual: ${p.outcome} \u2014 ${addrSummary(p)}`,
        help: p.dns.outcome === 'nxdomain' || p.dns.outcome === 'dns-refused'
            ? `The name ${p.host} does not resolve; ${RULES[1].help}`
            : RULES[1].help
    };
}
function destination(e) {
    return `${e.address.includes(':') ? `[${e.address}]` : e.address}:${e.port}/${e.proto}`;
}
/** Attach names from the query log to recorded addresses. */
function withNames(elements, namesByAddress) {
    return elements
        .map((e) => ({ ...e, names: [...(namesByAddress.get(e.address) ?? [])].sort() }))
        .sort((a, b) => destination(a).localeCompare(destination(b)));
}
function unlistedFinding(e, blocking) {
    const names = e.names.length
        ? ` (names: ${e.names.join(', ')})`
        : ' (no name: contacted by address)';
    return blocking
        ? {
            rule: 'egress/blocked',
            severity: 'note',
            message: `blocked ${destination(e)}${names}: ${e.packets} packet(s) rejected`,
            help: RULES[4].help
        }
        : {
            rule: 'egress/unlisted-contacted',
            severity: 'error',
            message: `destination outside the allowlist contacted: ${destination(e)}${names}; expected only allowed-endpoints; actual: ${e.packets} packet(s)`,
            help: RULES[3].help
        };
}


/***/ }),

/***/ 5375:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   egressDetails: () => (/* binding */ egressDetails)
/* harmony export */ });
/* harmony import */ var _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6893);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5805);
/** The job-summary table: destination \u00d7 verdict \u00d7 timing, plus the audit trail and the ruleset. */


function egressDetails(result) {
    const ev = result.evidence;
    const lines = [];
    if (ev.probes?.length) {
        lines.push('| destination | expected | result | addresses | time |', '| --- | --- | --- | --- | --- |');
        for (const p of ev.probes) {
            const addrs = p.addresses.length
                ? p.addresses.map((a) => `${a.address} ${a.outcome} ${a.ms} ms`).join('<br>')
                : `DNS ${p.dns.outcome}`;
            const mark = p.ok ? '\u2705' : '\u274c';
            lines.push(`| \`${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(p.target)}\` | ${p.expect === 'denied' ? 'blocked' : 'reachable'} | ${mark} ${p.outcome} | ${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(addrs)} | ${p.ms} ms |`);
        }
        lines.push('');
    }
    if (ev.recorded?.length) {
        lines.push(`| ${ev.operation === 'report' ? 'recorded' : ''} destination | packets | names |`, '| --- | --- | --- |');
        for (const e of ev.recorded)
            lines.push(`| \`${(0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .destination */ .j_)(e)}\` | ${e.packets} | ${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(e.names.join(', '))} |`);
        lines.push('');
    }
    if (ev.ruleset) {
        lines.push('<details><summary>nftables ruleset installed</summary>', '', '```', ev.ruleset.trimEnd(), '```', '', '</details>');
    }
    return lines.length ? lines.join('\n') : undefined;
}


/***/ })

};
