export const id = 6184;
export const ids = [6184];
export const modules = {

/***/ 6184:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  configCommand: () => (/* binding */ configCommand),
  doctorCommand: () => (/* binding */ doctorCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/config/layers.js + 5 modules
var config_layers = __webpack_require__(17216);
// EXTERNAL MODULE: ./lib/config/resolve.js + 2 modules
var resolve = __webpack_require__(72633);
;// CONCATENATED MODULE: ./lib/config/effective.js


async function effectiveConfigs(specs, options, given = { values: {}, label: 'flag' }) {
    const layers = await (0,config_layers.loadLayers)(options);
    return { layers, gates: specs.map((s) => (0,resolve/* resolveGateConfig */.a)(s, layers, given)) };
}
function show(value) {
    if (Array.isArray(value)) {
        if (value.every((v) => typeof v !== 'object'))
            return value.join(', ') || '(empty)';
        return `${value.length} entr${value.length === 1 ? 'y' : 'ies'}`;
    }
    if (typeof value === 'object' && value !== null)
        return JSON.stringify(value);
    const s = String(value);
    return s === '' ? "''" : s.replace(/\s*\n\s*/g, ', ');
}
/** `git config --show-origin`-style text: one line per key, origin first. */
function effectiveText(all) {
    const lines = [];
    const files = [all.layers.repo?.label, all.layers.org?.label].filter(Boolean);
    lines.push(`configuration: ${files.length ? files.join(' \u2192 ') : 'none (hub defaults only)'}`);
    for (const g of all.gates) {
        lines.push('', `${g.gate}  (${g.evidence.digest})`);
        const entries = [...Object.entries(g.values), ...Object.entries(g.settings)];
        const width = Math.max(...entries.map(([, v]) => v.origin.label.length), 7);
        for (const [key, v] of entries)
            lines.push(`  ${v.origin.label.padEnd(width)}  ${key} = ${show(v.value)}`);
    }
    return lines.join('\n') + '\n';
}
function effectiveJson(all) {
    return {
        schema: 'ci-intel.effective-config.v1',
        files: [all.layers.repo?.label, all.layers.org?.label].filter(Boolean),
        overlay: all.layers.org?.ref.text ?? null,
        gates: Object.fromEntries(all.gates.map((g) => [
            g.gate,
            {
                digest: g.evidence.digest,
                values: Object.fromEntries([...Object.entries(g.values), ...Object.entries(g.settings)].map(([k, v]) => [
                    k,
                    { value: v.value, origin: v.origin.label, kind: v.origin.kind }
                ]))
            }
        ]))
    };
}

;// CONCATENATED MODULE: ./lib/config/doctor.js
/**
 * `ci-intel doctor`: is this machine and this repository ready for the gates? Validates the
 * configuration and its overlay, checks the tools the gates need (node, git, nft), the network
 * to the registries and API the configuration names, and says per gate whether it would run.
 */



const systemDeps = {
    tool: (cmd, args) => (0,external_node_child_process_.execFileSync)(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 5000 })
        .split('\n')[0]
        .trim(),
    reachable: async (url, timeoutMs) => {
        try {
            await fetch(url, {
                method: 'HEAD',
                signal: AbortSignal.timeout(timeoutMs),
                redirect: 'manual'
            });
            return true;
        }
        catch {
            return false;
        }
    },
    nodeVersion: process.versions.node,
    uid: process.getuid?.() ?? -1
};
function toolCheck(deps, name, cmd, args, need) {
    try {
        return { name, status: 'ok', detail: deps.tool(cmd, args) };
    }
    catch {
        return { name, status: 'warn', detail: `not found: ${need}` };
    }
}
/** Registry hosts the configuration names (image references). */
function registryHosts(all) {
    const hosts = new Set();
    for (const g of all.gates) {
        const image = g.values.image?.value;
        if (typeof image === 'string' && image.includes('/')) {
            const first = image.split('/')[0];
            if (/[.:]/.test(first) || first === 'localhost')
                hosts.add(first);
            else
                hosts.add('registry-1.docker.io');
        }
    }
    return [...hosts].sort();
}
async function doctor(specs, options, deps = systemDeps) {
    const checks = [];
    const major = Number(deps.nodeVersion.split('.')[0]);
    checks.push({
        name: 'node',
        status: major >= 24 ? 'ok' : major >= 20 ? 'warn' : 'fail',
        detail: major >= 24
            ? `v${deps.nodeVersion}`
            : major >= 20
                ? `v${deps.nodeVersion}: the CLI runs; the actions run on Node 24 (runs.using: node24)`
                : `v${deps.nodeVersion}: Node \u2265 20 is needed`
    });
    checks.push(toolCheck(deps, 'git', 'git', ['--version'], 'the workflow gates read CODEOWNERS and the repository with git'));
    const nft = toolCheck(deps, 'nft', 'nft', ['--version'], 'egress-check mode: enforce needs nftables (apt-get install nftables)');
    checks.push(nft);
    let all;
    try {
        all = await effectiveConfigs(specs, options);
        const files = [all.layers.repo?.label, all.layers.org?.label].filter(Boolean);
        checks.push({
            name: 'config',
            status: 'ok',
            detail: files.length ? `valid: ${files.join(' \u2192 ')}` : 'no .ci-intel/config.yml: hub defaults'
        });
    }
    catch (err) {
        checks.push({ name: 'config', status: 'fail', detail: (0,errors/* errorMessage */.gJ)(err) });
    }
    if (all) {
        const api = options.env.GITHUB_API_URL || 'https://api.github.com';
        const targets = [
            ...(all.layers.org?.ref.kind === 'remote' ? [api] : []),
            ...registryHosts(all).map((h) => `https://${h}/v2/`)
        ];
        for (const url of targets) {
            const ok = await deps.reachable(url, 5000);
            checks.push({
                name: `network ${new URL(url).host}`,
                status: ok ? 'ok' : 'fail',
                detail: ok ? `${url} answers` : `${url} does not answer within 5 s`
            });
        }
    }
    const gates = specs.map((spec) => {
        if (!all)
            return { gate: spec.gate, runs: false, detail: 'the configuration does not load' };
        const eff = all.gates.find((g) => g.gate === spec.gate);
        const missing = spec.inputs
            .filter((i) => i.required && eff.values[i.name] === undefined)
            .map((i) => i.name);
        const mode = String(eff.values.mode?.value ?? 'enforce');
        if (spec.gate === 'egress-check' &&
            mode === 'enforce' &&
            (nft.status !== 'ok' || deps.uid !== 0)) {
            return {
                gate: spec.gate,
                runs: false,
                detail: 'mode enforce needs nft and root (run on a runner, or mode: audit)'
            };
        }
        if (missing.length)
            return {
                gate: spec.gate,
                runs: false,
                detail: `needs ${missing.map((m) => `--${m}`).join(', ')} (required, not configured)`
            };
        return {
            gate: spec.gate,
            runs: true,
            detail: `mode ${mode}, config ${eff.evidence.digest.slice(0, 19)}\u2026`
        };
    });
    return { checks, gates };
}
function doctorText(r) {
    const mark = { ok: 'ok  ', warn: 'warn', fail: 'FAIL' };
    const lines = r.checks.map((c) => `${mark[c.status]}  ${c.name.padEnd(24)} ${c.detail}`);
    lines.push('', 'gates:');
    for (const g of r.gates)
        lines.push(`  ${g.runs ? 'runs    ' : 'blocked '} ${g.gate.padEnd(20)} ${g.detail}`);
    return lines.join('\n') + '\n';
}
/** Exit status: 0 ready, 1 something fails. Warnings (a tool only some gates need) do not. */
function doctorExit(r) {
    return r.checks.some((c) => c.status === 'fail') ? 1 : 0;
}

// EXTERNAL MODULE: ./lib/cli/args.js
var args = __webpack_require__(92453);
;// CONCATENATED MODULE: ./lib/cli/config-commands.js
/** `ci-intel config` and `ci-intel doctor`: the effective configuration, and readiness. */




function parseFlags(command, argv, io) {
    const flags = { format: 'text', workspace: io.cwd, gates: [] };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const [name, inline] = a.startsWith('--') && a.includes('=')
            ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
            : [a, undefined];
        const value = () => {
            const v = inline ?? argv[++i];
            if (v === undefined)
                throw new args/* UsageError */.eb(`ci-intel ${command}: ${name} needs a value`);
            return v;
        };
        if (name === '-h' || name === '--help')
            return 'help';
        else if (name === '--format') {
            const f = value();
            if (f !== 'text' && f !== 'json')
                throw new args/* UsageError */.eb(`ci-intel ${command}: --format is text or json`);
            flags.format = f;
        }
        else if (name === '--workspace')
            flags.workspace = (0,external_node_path_.resolve)(io.cwd, value());
        else if (name === '--config')
            flags.config = value();
        else if (!name.startsWith('-'))
            flags.gates.push(name);
        else
            throw new args/* UsageError */.eb(`ci-intel ${command}: unknown argument '${a}'`);
    }
    return flags;
}
function pick(specs, gates, command) {
    for (const g of gates) {
        if (!specs.some((s) => s.gate === g)) {
            throw new args/* UsageError */.eb(`ci-intel ${command}: unknown gate '${g}'; gates: ${specs.map((s) => s.gate).join(', ')}`);
        }
    }
    return gates.length ? specs.filter((s) => gates.includes(s.gate)) : specs;
}
async function configCommand(io, argv, specs) {
    const flags = parseFlags('config', argv, io);
    if (flags === 'help') {
        io.stdout('usage: ci-intel config [<gate> \u2026] [--format text|json] [--workspace DIR] [--config FILE]\n' +
            'Prints the effective configuration of each gate and where every value comes from\n' +
            '(default, the organisation overlay, .ci-intel/config.yml), like git config --show-origin.\n');
        return 0;
    }
    const all = await effectiveConfigs(pick(specs, flags.gates, 'config'), {
        workspace: flags.workspace,
        env: io.env,
        configFile: flags.config
    });
    io.stdout(flags.format === 'json'
        ? JSON.stringify(effectiveJson(all), null, 2) + '\n'
        : effectiveText(all));
    return 0;
}
async function doctorCommand(io, argv, specs) {
    const flags = parseFlags('doctor', argv, io);
    if (flags === 'help') {
        io.stdout('usage: ci-intel doctor [<gate> \u2026] [--format text|json] [--workspace DIR] [--config FILE]\n' +
            'Validates the configuration and its overlay, checks the tools and network the gates need,\n' +
            'and says per gate whether it would run. Exit 0 ready, 1 something fails.\n');
        return 0;
    }
    const report = await doctor(pick(specs, flags.gates, 'doctor'), {
        workspace: flags.workspace,
        env: io.env,
        configFile: flags.config
    });
    io.stdout(flags.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : doctorText(report));
    return doctorExit(report);
}


/***/ })

};
