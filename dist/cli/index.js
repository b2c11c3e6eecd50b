#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("assert") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert"));

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("buffer") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer"));

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("child_process") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process"));

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("crypto") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto"));

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("dns") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns"));

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("events") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events"));

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("fs") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs"));

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("fs/promises") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises"));

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("http") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http"));

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("http2") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2"));

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("https") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https"));

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("net") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net"));

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:assert") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert"));

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:async_hooks") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks"));

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:buffer") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer"));

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:child_process") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process"));

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:console") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console"));

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:crypto") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto"));

/***/ }),

/***/ 41314:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:dgram") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dgram"));

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:diagnostics_channel") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel"));

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:dns") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns"));

/***/ }),

/***/ 71553:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:dns/promises") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises"));

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:events") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events"));

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:fs") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs"));

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:fs/promises") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises"));

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:http") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http"));

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:http2") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2"));

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:https") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https"));

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:module") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module"));

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:net") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net"));

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:os") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os"));

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:path") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path"));

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:perf_hooks") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks"));

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:process") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process"));

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:querystring") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring"));

/***/ }),

/***/ 26848:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:readline/promises") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline/promises"));

/***/ }),

/***/ 80099:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:sqlite") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite"));

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:stream") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream"));

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:stream/promises") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises"));

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:string_decoder") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder"));

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:tls") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls"));

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:url") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url"));

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:util") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util"));

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:util/types") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types"));

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:worker_threads") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads"));

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:zlib") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib"));

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("os") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os"));

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("path") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path"));

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("process") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process"));

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("stream") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream"));

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("string_decoder") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder"));

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("timers") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers"));

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("timers/promises") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises"));

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("tls") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls"));

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("tty") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty"));

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("url") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url"));

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("util") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util"));

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("zlib") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib"));

/***/ }),

/***/ 68957:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _register_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(97632);
/* harmony import */ var _cli_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(10518);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_cli_index_js__WEBPACK_IMPORTED_MODULE_1__]);
_cli_index_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 97632:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var _core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(71855);

_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerBundleEntry */ .SK(import.meta.url);
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("cache-sentinel", "{\"gate\":\"cache-sentinel\",\"name\":\"ci-intel cache-sentinel\",\"description\":\"Signed, BLAKE3-verified CI caches. save hashes every file with BLAKE3 into a signed manifest; restore verifies the signature, the signer, the trust tier and every file's digest in a private staging folder before a single byte reaches the workspace, and quarantines anything that fails.\",\"inputs\":[{\"name\":\"operation\",\"description\":\"restore or save.\",\"required\":true,\"type\":\"choice\",\"options\":[\"restore\",\"save\"]},{\"name\":\"path\",\"description\":\"Files, folders or globs to cache, newline- or comma-separated (as actions/cache; ~ is the home folder, relative paths are under the workspace).\",\"required\":true,\"type\":\"list\"},{\"name\":\"key\",\"description\":\"The cache key (at most 512 characters, no commas).\",\"required\":true,\"type\":\"string\"},{\"name\":\"restore-keys\",\"description\":\"Ordered key prefixes to fall back to when the key has no exact entry (restore only).\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"trust\",\"description\":\"Which runs write the trusted tier that every job may restore, as <event>:<ref glob> rules; {default} is the default branch. Pull requests read their own tier and the trusted tier, never another's; fork pull requests write only their own private tier.\",\"required\":false,\"default\":\"push:refs/heads/{default}, push:refs/tags/*\",\"type\":\"list\"},{\"name\":\"default-branch\",\"description\":\"The default branch name (default: from the event payload, else main).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"signer\",\"description\":\"Expected signing identity. sigstore: a glob for the certificate identity (default https://github.com/<this repository>/.github/workflows/*, where * may span /; the certificate's repository, ref and event must be the entry's). key: the key id ed25519:<sha256> (default: verify-key itself).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"signing\",\"description\":\"sigstore: keyless \u2014 save signs the manifest with a short-lived Fulcio certificate for the job's OIDC identity (needs permissions id-token: write) and logs it in Rekor; restore verifies the Sigstore bundle against trusted-root, then the signer policy and the certificate's repository, ref and event against the entry. key: an Ed25519 key from a secret (GHES, local use).\",\"required\":false,\"default\":\"sigstore\",\"type\":\"choice\",\"options\":[\"sigstore\",\"key\"]},{\"name\":\"trusted-root\",\"description\":\"signing: sigstore \u2014 a trusted_root.json (or JSON Lines of them) to verify bundles with (default: the Sigstore public-good root pinned in this release). Relative to the workspace.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"signing-key\",\"description\":\"signing: key \u2014 the Ed25519 private key (PEM, or its base64) that signs saved manifests. Pass it from a secret.\",\"required\":false,\"default\":\"\",\"type\":\"secret\"},{\"name\":\"verify-key\",\"description\":\"signing: key \u2014 the Ed25519 public key (PEM) restores trust (default: the public half of signing-key).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"backend\",\"description\":\"github (the Actions cache service) or dir:<path> (a local folder store). Outside a workflow job, github falls back to ~/.cache/ci-intel/cache-sentinel.\",\"required\":false,\"default\":\"github\",\"type\":\"string\"},{\"name\":\"timeout\",\"description\":\"Bound on each cache service request and on any stall of a download.\",\"required\":false,\"default\":\"5m\",\"type\":\"duration\",\"min\":1000,\"max\":3600000,\"integer\":false},{\"name\":\"mode\",\"description\":\"enforce: the step fails on a quarantined entry or when the gate cannot decide; audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass, fail (an entry was quarantined) or error.\"},{\"name\":\"result-file\",\"description\":\"Path of the full result (ci-intel.gate-result.v1 JSON).\"},{\"name\":\"cache-hit\",\"description\":\"true when an entry for the exact key was restored and verified.\"},{\"name\":\"matched-key\",\"description\":\"The key of the restored entry (the exact key or a restore-key match).\"},{\"name\":\"verified-files\",\"description\":\"How many files were verified (restore) or hashed and signed (save).\"},{\"name\":\"quarantined\",\"description\":\"true when an entry was rejected and moved to quarantine.\"}],\"permissions\":{\"actions\":\"read\",\"id-token\":\"write\"},\"level\":\"artifact\",\"using\":\"node24\",\"main\":\"../../dist/cache-sentinel/index.js\"}");
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("determinism", "{\"gate\":\"determinism\",\"name\":\"ci-intel determinism\",\"description\":\"Fails a release when a build is not reproducible. compare: two build outputs (files, folders, archives or digest manifests from another job or architecture) by content, per-file sha256 and then archive member by member (tar, tar.gz/zst, zip, jar, wheel, npm tgz, zipapp, jmod, ar), naming what differs and which named stabilizers would allow it. rebuild: runs the build twice under TZ=UTC, LC_ALL=C, SOURCE_DATE_EPOCH = commit time and a fixed umask with declared variations, then compares. manifest: writes a digest manifest for a later comparison.\",\"inputs\":[{\"name\":\"operation\",\"description\":\"compare (a against b), rebuild (run command twice and compare) or manifest (write the digest manifest of path).\",\"required\":false,\"default\":\"compare\",\"type\":\"choice\",\"options\":[\"compare\",\"rebuild\",\"manifest\"]},{\"name\":\"a\",\"description\":\"compare: the first build output (file, folder, archive, or a determinism manifest JSON), relative to the workspace.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"b\",\"description\":\"compare: the second build output, in any of the forms a takes.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"path\",\"description\":\"manifest: the build output (file or folder) to record, relative to the workspace.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"manifest-file\",\"description\":\"manifest: where to write the manifest (relative to the workspace); upload it as an artifact and compare it in a later job.\",\"required\":false,\"default\":\"determinism-manifest.json\",\"type\":\"string\"},{\"name\":\"command\",\"description\":\"rebuild: the build command, run with bash -c in a fresh copy of the workspace (twice).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"build-output\",\"description\":\"rebuild: what the command produces (file or folder), relative to the workspace root.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"variations\",\"description\":\"rebuild: what the second build varies: all (default), none, or names among time, timezone, locale, umask, build-path, file-order; a list starting with -name means all but that one. The effective set is printed.\",\"required\":false,\"default\":\"all\",\"type\":\"list\"},{\"name\":\"source-date-epoch\",\"description\":\"rebuild: SOURCE_DATE_EPOCH for both builds (default: the commit time of HEAD in the workspace).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"timeout\",\"description\":\"rebuild: how long one build may take before it is killed (error); also bounds diffoscope.\",\"required\":false,\"default\":\"30m\",\"type\":\"duration\",\"min\":1000,\"max\":21600000,\"integer\":false},{\"name\":\"allow-stabilizers\",\"description\":\"Differences that may be allowed: all, or names among entry-order, mtimes, owners, modes, zip-extra, gzip-header (default: none). Any difference not covered is a fail; the report lists the stabilizers that were needed.\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"diff-file\",\"description\":\"Where to write the diff summary JSON for the evidence bundle (default: $RUNNER_TEMP/ci-intel/determinism-diff.json).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"diffoscope\",\"description\":\"auto: when diffoscope is installed and outputs differ, run it on the differing files as a deep-dive (never required); off: never.\",\"required\":false,\"default\":\"auto\",\"type\":\"choice\",\"options\":[\"auto\",\"off\"]},{\"name\":\"max-archive-entries\",\"description\":\"The most members read from one archive (a larger one is an error).\",\"required\":false,\"default\":\"100000\",\"type\":\"number\",\"min\":1,\"max\":10000000,\"integer\":true},{\"name\":\"max-archive-bytes\",\"description\":\"The most uncompressed bytes read from one archive (a zip bomb is an error, not a hang).\",\"required\":false,\"default\":\"4294967296\",\"type\":\"number\",\"min\":1,\"max\":1099511627776,\"integer\":true},{\"name\":\"sarif-file\",\"description\":\"Write findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"mode\",\"description\":\"enforce: the step fails on fail or error; audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass, fail or error.\"},{\"name\":\"result-file\",\"description\":\"Path of the full result (ci-intel.gate-result.v1 JSON).\"},{\"name\":\"differences\",\"description\":\"How many files differ (0 when the outputs are identical).\"},{\"name\":\"stabilizers-needed\",\"description\":\"Comma-separated stabilizers the differences need (allowed or not).\"},{\"name\":\"diff-file\",\"description\":\"Path of the diff summary JSON.\"},{\"name\":\"manifest-file\",\"description\":\"manifest: path of the manifest written.\"},{\"name\":\"diffoscope-file\",\"description\":\"Path of diffoscope's Markdown report of the first differing pair, when it ran.\"},{\"name\":\"sarif-file\",\"description\":\"The SARIF file written, when sarif-file was given.\"}],\"permissions\":{\"contents\":\"read\"},\"level\":\"artifact\",\"using\":\"node24\",\"main\":\"../../dist/determinism/index.js\"}");
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("dr-freshness", "{\"gate\":\"dr-freshness\",\"name\":\"ci-intel dr-freshness\",\"description\":\"Blocks a release when the last successful disaster-recovery drill is older than max-age, did not pass, or missed its RPO/RTO budget. Reads a drill evidence JSON file, or finds the latest successful run of the drill workflow through the GitHub REST API and checks the evidence artifact it uploaded.\",\"inputs\":[{\"name\":\"evidence\",\"description\":\"Drill evidence JSON (schema/dr-freshness-evidence.v1.json: drill.last_success_rfc3339, drill.type, drill.rpo_s, drill.rto_s, drill.result). Alone: a file path relative to the workspace. With workflow + artifact-name: the file's path inside the artifact (default: its only .json file).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"workflow\",\"description\":\"Drill workflow file name or id (e.g. dr-drill.yml): use its latest successful run instead of a local evidence file.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"repository\",\"description\":\"owner/name holding the drill workflow (default: the current repository, GITHUB_REPOSITORY).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"branch\",\"description\":\"Branch whose drill runs count (default: the repository's default branch).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"artifact-name\",\"description\":\"Name of the evidence artifact the drill run uploaded; when given, its RPO/RTO/result are checked too.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"token\",\"description\":\"Token for the GitHub REST API (actions: read). Falls back to GITHUB_TOKEN / GH_TOKEN in the environment.\",\"required\":false,\"default\":\"${{ github.token }}\",\"type\":\"secret\"},{\"name\":\"max-age\",\"description\":\"Oldest acceptable last successful drill: 36h, 7d, or ISO 8601 (P7D). A drill exactly max-age old passes.\",\"required\":false,\"default\":\"7d\",\"type\":\"duration\",\"min\":60000,\"max\":31622400000,\"integer\":false},{\"name\":\"max-rpo-seconds\",\"description\":\"Recovery point objective budget in seconds (drill.rpo_s must not exceed it).\",\"required\":false,\"default\":\"60\",\"type\":\"number\",\"min\":0,\"max\":31622400,\"integer\":false},{\"name\":\"max-rto-seconds\",\"description\":\"Recovery time objective budget in seconds (drill.rto_s must not exceed it).\",\"required\":false,\"default\":\"300\",\"type\":\"number\",\"min\":1,\"max\":31622400,\"integer\":false},{\"name\":\"now\",\"description\":\"RFC 3339 time to judge against instead of the clock (replays and tests).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"api-timeout\",\"description\":\"How long one GitHub API request may take before the gate gives up (error).\",\"required\":false,\"default\":\"30s\",\"type\":\"duration\",\"min\":1000,\"max\":600000,\"integer\":false},{\"name\":\"api-retries\",\"description\":\"Retries of a GitHub API request that failed with a 5xx or a network error.\",\"required\":false,\"default\":\"3\",\"type\":\"number\",\"min\":0,\"max\":10,\"integer\":true},{\"name\":\"mode\",\"description\":\"enforce: the step fails on fail or error; audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass, fail or error.\"},{\"name\":\"result-file\",\"description\":\"Path of the full result (ci-intel.gate-result.v1 JSON).\"},{\"name\":\"last-success\",\"description\":\"RFC 3339 time of the last successful drill.\"},{\"name\":\"age-seconds\",\"description\":\"Age of the last successful drill in whole seconds.\"},{\"name\":\"rpo-seconds\",\"description\":\"The drill's measured RPO in seconds (empty when not known).\"},{\"name\":\"rto-seconds\",\"description\":\"The drill's measured RTO in seconds (empty when not known).\"}],\"permissions\":{\"actions\":\"read\"},\"level\":\"artifact\",\"using\":\"node24\",\"main\":\"../../dist/dr-freshness/index.js\"}");
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("egress-check", "{\"gate\":\"egress-check\",\"name\":\"ci-intel egress-check\",\"description\":\"Proves, records or enforces default-deny network egress for a job: probes that denied destinations cannot be reached and allowed ones can (operation probe, no privileges), installs count-only nftables rules that record every destination outside the allowlist (audit), or a blocking nftables policy with an allowlisting DNS resolver covering IPv4, IPv6 and container bridges (enforce). The post step re-checks that the policy is still installed and reports what was contacted or blocked.\",\"inputs\":[{\"name\":\"allowed-endpoints\",\"description\":\"Allowlist in harden-runner's format: host:port, *.example.com:443 (any depth of subdomain), bare IPs and CIDRs (optionally ip:port, [v6]:port); separated by spaces, newlines or commas. A name without a port means port 443.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"operation\",\"description\":\"probe: probe only (no privileges). audit: install count-only rules and report destinations outside the allowlist in the post step (nothing is blocked). enforce: install the blocking policy, then probe. report: re-check and report an installed policy (what the post step does; for the CLI).\",\"required\":false,\"default\":\"probe\",\"type\":\"choice\",\"options\":[\"probe\",\"audit\",\"enforce\",\"report\"]},{\"name\":\"probe-denied\",\"description\":\"Destinations (host:port or ip:port) that must NOT be reachable. Default: public package registries, paste/exfiltration services and raw-IP/DNS canaries (those the allowlist covers are skipped).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"probe-allowed\",\"description\":\"Destinations that must be reachable. Default: the names (and ip:port entries) of allowed-endpoints.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"dns\",\"description\":\"audit/enforce: allowlist runs a local resolver that answers only allowlisted names (others get REFUSED) and adds their addresses to the policy as they resolve; only it may query the upstream DNS server. system: resolve allowed names once at install and leave DNS open to the upstream.\",\"required\":false,\"default\":\"allowlist\",\"type\":\"choice\",\"options\":[\"allowlist\",\"system\"]},{\"name\":\"ipv6\",\"description\":\"block: no IPv6 egress except to IPv6 entries of the allowlist (AAAA answers are dropped). allowlist: allowed names also allow their IPv6 addresses.\",\"required\":false,\"default\":\"block\",\"type\":\"choice\",\"options\":[\"block\",\"allowlist\"]},{\"name\":\"timeout-ms\",\"description\":\"Deadline for each probe (DNS, TCP connect and TLS together), in milliseconds.\",\"required\":false,\"default\":\"2000\",\"type\":\"number\",\"min\":100,\"max\":60000,\"integer\":true},{\"name\":\"allow-runner-endpoints\",\"description\":\"audit/enforce: also allow the endpoints the Actions runner needs (see docs/gates/egress-check.md).\",\"required\":false,\"default\":\"true\",\"type\":\"boolean\"},{\"name\":\"dns-upstream\",\"description\":\"audit/enforce: upstream DNS servers (ip or ip:port). Default: those of /etc/resolv.conf (behind systemd-resolved, the ones it uses).\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"dns-listen\",\"description\":\"audit/enforce: addresses the allowlisting resolver listens on (port 53); add a bridge address (e.g. 172.17.0.1) for containers.\",\"required\":false,\"default\":\"127.0.0.1\",\"type\":\"list\"},{\"name\":\"keep-policy\",\"description\":\"post step / report: leave the policy installed after the re-check (default: remove it, restoring resolv.conf).\",\"required\":false,\"default\":\"false\",\"type\":\"boolean\"},{\"name\":\"mode\",\"description\":\"enforce: the step fails on fail or error; audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass, fail or error.\"},{\"name\":\"result-file\",\"description\":\"Path of the full result (ci-intel.gate-result.v1 JSON).\"},{\"name\":\"reachable-denied\",\"description\":\"JSON list of probe-denied destinations that answered.\"},{\"name\":\"unreachable-allowed\",\"description\":\"JSON list of probe-allowed destinations that could not be reached.\"},{\"name\":\"policy-installed\",\"description\":\"true when an audit or enforce policy is installed (and, in the post step, still intact).\"}],\"permissions\":{},\"level\":\"artifact\",\"using\":\"node24\",\"main\":\"../../dist/egress-check/index.js\",\"post\":\"../../dist/egress-check-post/index.js\"}");
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("evidence-bundle", "{\"gate\":\"evidence-bundle\",\"name\":\"ci-intel evidence-bundle\",\"description\":\"The signed release evidence bundle. Collects every gate result, policies.ndjson, cache events, quarantines and decision files the run left (in $RUNNER_TEMP/ci-intel and the run's ci-intel-evidence-* artifacts), builds a canonical digest-addressed manifest with the release plan's fields, wraps it in an in-toto Statement (predicate https://ci-intel.dev/release-evidence/v1) about the release's artifacts and image, and signs it keylessly with the job's OIDC identity or with an Ed25519 key. Writes the Sigstore bundle; optionally stores it through the GitHub attestations API and pushes it as an OCI referrer of the image.\",\"inputs\":[{\"name\":\"subject-path\",\"description\":\"Release files the statement is about: paths or globs relative to the workspace, one a line or comma-separated; a leading ! excludes (as actions/attest).\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"subject-digest\",\"description\":\"The image (or other subject) digest, sha256:<hex>, with subject-name (as actions/attest).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"subject-name\",\"description\":\"The name of subject-digest, e.g. ghcr.io/acme/widget (the image repository without tag or digest for push-to-registry).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"signing\",\"description\":\"sigstore: keyless \u2014 a short-lived Fulcio certificate for the job's OIDC identity (needs permissions id-token: write); public repositories log in Rekor (public good), private ones use GitHub's instance with an RFC 3161 timestamp. key: an Ed25519 key from a secret (GHES, laptops).\",\"required\":false,\"default\":\"sigstore\",\"type\":\"choice\",\"options\":[\"sigstore\",\"key\"]},{\"name\":\"sigstore-instance\",\"description\":\"signing: sigstore \u2014 auto (public-good for a public repository, github for a private one, from the event payload), public-good, or github.\",\"required\":false,\"default\":\"auto\",\"type\":\"choice\",\"options\":[\"auto\",\"public-good\",\"github\"]},{\"name\":\"signing-key\",\"description\":\"signing: key \u2014 the Ed25519 private key (PEM, or its base64). Pass it from a secret.\",\"required\":false,\"default\":\"\",\"type\":\"secret\"},{\"name\":\"bundle\",\"description\":\"The file the signed Sigstore bundle is written to, relative to the workspace.\",\"required\":false,\"default\":\"ci-intel-release-evidence.sigstore.json\",\"type\":\"string\"},{\"name\":\"evidence-dir\",\"description\":\"The folder the pieces and the canonical predicate (release-evidence.json) are written to, relative to the workspace; evidence-verify checks the pieces against the signed manifest.\",\"required\":false,\"default\":\"ci-intel-release-evidence\",\"type\":\"string\"},{\"name\":\"artifact-pattern\",\"description\":\"Which of the run's artifacts to collect (a glob over names); empty: only $RUNNER_TEMP/ci-intel. Read only inside a workflow run, or with run-id.\",\"required\":false,\"default\":\"ci-intel-evidence-*\",\"type\":\"string\"},{\"name\":\"run-id\",\"description\":\"The workflow run whose artifacts to collect (default: this run, GITHUB_RUN_ID).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"repository\",\"description\":\"owner/name of the run (default: GITHUB_REPOSITORY).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"token\",\"description\":\"Token for the artifacts and attestations APIs (actions: read; attestations: write with push-to-attestations).\",\"required\":false,\"default\":\"${{ github.token }}\",\"type\":\"secret\"},{\"name\":\"tests\",\"description\":\"A JSON file with the release's test results (the plan's tests: matrix, resilience, flake index), relative to the workspace.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"sbom-uri\",\"description\":\"The SBOM location for the plan (default: the SBOM referrer referrer-presence verified).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"provenance-uri\",\"description\":\"The provenance location (default: the provenance referrer referrer-presence verified).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"signature-uri\",\"description\":\"The image signature location (default: the signature referrer referrer-presence verified).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"vex-uri\",\"description\":\"The VEX document location.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"push-to-attestations\",\"description\":\"Store the bundle through the GitHub attestations API (POST /repos/{owner}/{repo}/attestations; needs attestations: write).\",\"required\":false,\"default\":\"false\",\"type\":\"boolean\"},{\"name\":\"push-to-registry\",\"description\":\"Push the bundle as an OCI referrer of subject-name@subject-digest (the image), with the hub registry client.\",\"required\":false,\"default\":\"false\",\"type\":\"boolean\"},{\"name\":\"registry-username\",\"description\":\"Registry user for push-to-registry (empty: anonymous, or the token for ghcr.io).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"registry-password\",\"description\":\"Registry password or token for push-to-registry.\",\"required\":false,\"default\":\"\",\"type\":\"secret\"},{\"name\":\"insecure\",\"description\":\"Plain HTTP to the registry; allowed only for 127.0.0.1, ::1 and localhost.\",\"required\":false,\"default\":\"false\",\"type\":\"boolean\"},{\"name\":\"timeout\",\"description\":\"Bound on each request (Fulcio, Rekor, TSA, GitHub API, registry).\",\"required\":false,\"default\":\"60s\",\"type\":\"duration\",\"min\":1000,\"max\":600000,\"integer\":false},{\"name\":\"mode\",\"description\":\"enforce: the step fails when the bundle could not be built or signed; audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass (bundled and signed), or error (could not collect, build or sign).\"},{\"name\":\"result-file\",\"description\":\"Path of the full result (ci-intel.gate-result.v1 JSON).\"},{\"name\":\"bundle\",\"description\":\"The signed bundle file.\"},{\"name\":\"bundle-digest\",\"description\":\"sha256:<hex> of the signed bundle file.\"},{\"name\":\"statement-digest\",\"description\":\"sha256:<hex> of the signed in-toto statement.\"},{\"name\":\"evidence-dir\",\"description\":\"The folder holding the pieces and release-evidence.json.\"},{\"name\":\"pieces\",\"description\":\"How many pieces of evidence the manifest lists.\"},{\"name\":\"gates\",\"description\":\"The gate results bundled, as gate=verdict, comma-separated.\"},{\"name\":\"attestation-id\",\"description\":\"The id GitHub gave the stored attestation (push-to-attestations).\"},{\"name\":\"referrer-digest\",\"description\":\"The digest of the referrer manifest pushed (push-to-registry).\"}],\"permissions\":{\"actions\":\"read\",\"id-token\":\"write\"},\"level\":\"artifact\",\"using\":\"node24\",\"main\":\"../../dist/evidence-bundle/index.js\"}");
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("evidence-verify", "{\"gate\":\"evidence-verify\",\"name\":\"ci-intel evidence-verify\",\"description\":\"The admission check for a release. Given a subject (a file, or an image by digest), finds its signed release evidence (a bundle file, the GitHub attestations API, or the image's OCI referrers), verifies the signature, certificate chain and transparency log or timestamp, an anchored signer (by default this repository's release.yml at a refs/tags/v* ref), the predicate type, that the statement is about the subject, that the pieces match the signed manifest, and the truth table: every required gate present with verdict pass. Can write a SLSA Verification Summary for the subject.\",\"inputs\":[{\"name\":\"subject-path\",\"description\":\"The release file(s) to admit: paths or globs relative to the workspace; every one must be a subject of the evidence.\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"subject-digest\",\"description\":\"The subject by digest, sha256:<hex> (an image digest).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"bundle\",\"description\":\"The signed evidence bundle file (what evidence-bundle wrote), relative to the workspace; with lookup: file.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"lookup\",\"description\":\"Where the evidence is: file (bundle), attestations (the GitHub attestations API of repository), or referrers (the OCI referrers of image).\",\"required\":false,\"default\":\"file\",\"type\":\"choice\",\"options\":[\"file\",\"attestations\",\"referrers\"]},{\"name\":\"image\",\"description\":\"lookup: referrers \u2014 the image, registry/repository@sha256:<hex> (its digest is the subject when subject-digest is empty).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"evidence-dir\",\"description\":\"The folder of pieces evidence-bundle wrote; when given, every piece of the signed manifest must be there with its digest.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"signing\",\"description\":\"sigstore: keyless bundles, verified against trusted-root and the signer identity; key: bundles signed with an Ed25519 key, verified with verify-key.\",\"required\":false,\"default\":\"sigstore\",\"type\":\"choice\",\"options\":[\"sigstore\",\"key\"]},{\"name\":\"verify-key\",\"description\":\"signing: key \u2014 the Ed25519 public key (PEM) the bundle must be signed with.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"trusted-root\",\"description\":\"signing: sigstore \u2014 a trusted_root.json (or JSON Lines of them, as gh attestation trusted-root prints; GitHub's instance for private repositories) to verify with (default: the Sigstore public-good root pinned in this release). Relative to the workspace.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"repository\",\"description\":\"owner/name the release is built from, exactly (default: GITHUB_REPOSITORY); also where lookup: attestations looks.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"signer-workflow\",\"description\":\"The workflow whose identity must sign, owner/repo/.github/workflows/file.yml, exactly (default: <repository>/.github/workflows/release.yml; name the hub's release.yml when you call it as a reusable workflow).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"signer-ref\",\"description\":\"Glob for the signing workflow's ref (the certificate identity after @); * never spans /.\",\"required\":false,\"default\":\"refs/tags/v*\",\"type\":\"string\"},{\"name\":\"require-gates\",\"description\":\"The truth table: gates that must each have a result in the evidence, every one with verdict pass. Set it for all deploys in .ci-intel/config.yml (evidence-verify.require-gates).\",\"required\":false,\"default\":\"pr-target-ban, workflow-policy, slsa-verify, referrer-presence, dr-freshness\",\"type\":\"list\"},{\"name\":\"vsa-file\",\"description\":\"Write a SLSA Verification Summary (https://slsa.dev/verification_summary/v1) in-toto statement for the subject to this file (relative to the workspace).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"vsa-signing\",\"description\":\"Sign the Verification Summary too: none (write the statement only), key (vsa-signing-key), or sigstore (keyless with the job OIDC identity; needs id-token: write). The Sigstore bundle goes to <vsa-file>.sigstore.json.\",\"required\":false,\"default\":\"none\",\"type\":\"choice\",\"options\":[\"none\",\"key\",\"sigstore\"]},{\"name\":\"vsa-signing-key\",\"description\":\"vsa-signing: key \u2014 the Ed25519 private key (PEM, or its base64). Pass it from a secret.\",\"required\":false,\"default\":\"\",\"type\":\"secret\"},{\"name\":\"vsa-sigstore-instance\",\"description\":\"vsa-signing: sigstore \u2014 auto (from the event payload), public-good, or github.\",\"required\":false,\"default\":\"auto\",\"type\":\"choice\",\"options\":[\"auto\",\"public-good\",\"github\"]},{\"name\":\"token\",\"description\":\"Token for lookup: attestations (attestations: read).\",\"required\":false,\"default\":\"${{ github.token }}\",\"type\":\"secret\"},{\"name\":\"registry-username\",\"description\":\"lookup: referrers \u2014 registry user (empty: anonymous).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"registry-password\",\"description\":\"lookup: referrers \u2014 registry password or token.\",\"required\":false,\"default\":\"\",\"type\":\"secret\"},{\"name\":\"insecure\",\"description\":\"Plain HTTP to the registry; allowed only for 127.0.0.1, ::1 and localhost.\",\"required\":false,\"default\":\"false\",\"type\":\"boolean\"},{\"name\":\"timeout\",\"description\":\"Bound on each GitHub API or registry request.\",\"required\":false,\"default\":\"60s\",\"type\":\"duration\",\"min\":1000,\"max\":600000,\"integer\":false},{\"name\":\"mode\",\"description\":\"enforce: the step fails unless the evidence admits the subject; audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass (the evidence admits the subject), fail (a check failed or a piece is missing, named in the findings), error (could not check).\"},{\"name\":\"result-file\",\"description\":\"Path of the full result (ci-intel.gate-result.v1 JSON).\"},{\"name\":\"bundle-digest\",\"description\":\"sha256:<hex> of the bundle that admitted the subject.\"},{\"name\":\"signer\",\"description\":\"The verified signer: the certificate identity, or the key id.\"},{\"name\":\"gates\",\"description\":\"The truth table, gate=status, comma-separated.\"},{\"name\":\"vsa-file\",\"description\":\"The Verification Summary written (vsa-file).\"},{\"name\":\"vsa-bundle\",\"description\":\"The signed Verification Summary (vsa-signing), a Sigstore bundle.\"}],\"permissions\":{\"contents\":\"read\"},\"level\":\"artifact\",\"using\":\"node24\",\"main\":\"../../dist/evidence-verify/index.js\"}");
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("pipeline-run", "{\"gate\":\"pipeline-run\",\"name\":\"ci-intel pipeline-run\",\"description\":\"Records the current workflow run (or the run a workflow_run event names) as one pipeline_run.v1.2 NDJSON record: every finished job's status, attempt, duration, queue time, runner and machine class from the GitHub REST API; the gates' policies[] records and cache hits; tests from JUnit XML, coverage from lcov or Cobertura, resilience from a mutation.json; artifact links from the evidence bundle; cost from a documented, overridable runner price table. The record is validated against its schema before it is appended; one that fails is an error and is not written.\",\"inputs\":[{\"name\":\"token\",\"description\":\"Token for the GitHub REST API (actions: read). Falls back to GITHUB_TOKEN / GH_TOKEN in the environment.\",\"required\":false,\"default\":\"${{ github.token }}\",\"type\":\"secret\"},{\"name\":\"repository\",\"description\":\"owner/name of the run to record (default: the workflow_run event's repository, else GITHUB_REPOSITORY).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"run-id\",\"description\":\"Workflow run id to record (default: the workflow_run event's run on workflow_run, else this run, GITHUB_RUN_ID).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"run-attempt\",\"description\":\"Attempt of that run (default: the event's or GITHUB_RUN_ATTEMPT; with an explicit run-id, its latest attempt).\",\"required\":false,\"default\":\"\",\"type\":\"number\",\"min\":1,\"max\":1000,\"integer\":true},{\"name\":\"records\",\"description\":\"Folders (searched four levels deep) or files holding the gates' policies.ndjson and cache-events.ndjson: this job's $RUNNER_TEMP/ci-intel and the other jobs' ci-intel-evidence-<job> artifacts downloaded beside it. Empty: $RUNNER_TEMP/ci-intel.\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"junit\",\"description\":\"JUnit XML reports (files, folders of *.xml, or globs; one a line): jest-junit, pytest --junitxml, go-junit-report, Surefire. Each must match a file.\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"coverage\",\"description\":\"Coverage reports (files or globs; one a line): lcov tracefiles or Cobertura XML. Each must match a file.\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"mutation\",\"description\":\"A mutation-testing report (StrykerJS reports/mutation/mutation.json, mutation-testing-elements format) for tests.resilience.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"evidence-bundle\",\"description\":\"The release evidence JSON (evidence-bundle's release-evidence.json, or its in-toto Statement); its image_digest, sbom_uri, provenance_uri, signature_uri and release_evidence_uri fields go into the record.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"runner-prices\",\"description\":\"JSON file overriding the runner price table: {\\\"classes\\\": {name: {usd_per_minute, cpu, ram_gb?, gpu?}}, \\\"labels\\\": {runs-on label: class}} (docs/gates/pipeline-run.md).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"output-file\",\"description\":\"NDJSON file the record is appended to (default: $RUNNER_TEMP/ci-intel/pipeline-run.ndjson).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"api-timeout\",\"description\":\"How long one GitHub API request may take, its retries included, before the action gives up (error).\",\"required\":false,\"default\":\"30s\",\"type\":\"duration\",\"min\":1000,\"max\":600000,\"integer\":false},{\"name\":\"api-retries\",\"description\":\"Retries of a GitHub API request that failed with a 5xx or a network error.\",\"required\":false,\"default\":\"3\",\"type\":\"number\",\"min\":0,\"max\":10,\"integer\":true},{\"name\":\"mode\",\"description\":\"enforce: the step fails on error (no valid record written); audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass (the record was validated and written) or error (it could not be built or failed its schema; nothing written).\"},{\"name\":\"result-file\",\"description\":\"Path of the full result (ci-intel.gate-result.v1 JSON).\"},{\"name\":\"run-id\",\"description\":\"The record's run_id: a deterministic UUID of repository, run id and attempt.\"},{\"name\":\"record-file\",\"description\":\"The NDJSON file the record was appended to (empty when none was written).\"},{\"name\":\"jobs-recorded\",\"description\":\"Number of finished jobs in the record.\"},{\"name\":\"jobs-left-out\",\"description\":\"Names of the jobs left out because they had not finished, one a line.\"}],\"permissions\":{\"actions\":\"read\"},\"level\":\"artifact\",\"using\":\"node24\",\"main\":\"../../dist/pipeline-run/index.js\"}");
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("pr-target-ban", "{\"gate\":\"pr-target-ban\",\"name\":\"ci-intel pr-target-ban\",\"description\":\"Fails when a workflow uses the pull_request_target trigger (in any YAML form) unless a justified, unexpired, CODEOWNERS-approved allowlist entry covers it, and always fails when such a workflow (or a reusable workflow it calls) checks out or fetches the pull request's head.\",\"inputs\":[{\"name\":\"workflows\",\"description\":\"Workflow files, folders or globs to scan, newline- or comma-separated, relative to the repository root.\",\"required\":false,\"default\":\".github/workflows/*.yml\\n.github/workflows/*.yaml\\n\",\"type\":\"list\"},{\"name\":\"allowlist\",\"description\":\"Path of the allowlist file (schema/pr-target-allowlist.v1.json). A missing file means no exceptions.\",\"required\":false,\"default\":\".github/ci-intel/pr-target-allowlist.yml\",\"type\":\"string\"},{\"name\":\"codeowners\",\"description\":\"CODEOWNERS locations to try, first found wins (GitHub's own order).\",\"required\":false,\"default\":\".github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS\",\"type\":\"list\"},{\"name\":\"also-deny\",\"description\":\"Extra triggers to treat like pull_request_target, e.g. workflow_run or issue_comment.\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"sarif-file\",\"description\":\"Write findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"mode\",\"description\":\"enforce: the step fails on fail or error; audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass, fail or error.\"},{\"name\":\"result-file\",\"description\":\"Path of the full result (ci-intel.gate-result.v1 JSON).\"},{\"name\":\"workflows-scanned\",\"description\":\"How many workflow files were read.\"},{\"name\":\"banned-workflows\",\"description\":\"JSON list of workflow files that use a banned trigger without a valid exception.\"},{\"name\":\"sarif-file\",\"description\":\"The SARIF file written, when sarif-file was given.\"}],\"permissions\":{\"contents\":\"read\"},\"level\":\"repository\",\"using\":\"node24\",\"main\":\"../../dist/pr-target-ban/index.js\"}");
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("referrer-presence", "{\"gate\":\"referrer-presence\",\"name\":\"ci-intel referrer-presence\",\"description\":\"Fails unless the image digest has verified attachments (SBOM, SLSA provenance, signature \u2026) in the registry, found through the OCI 1.1 referrers API, the sha256-<hex> fallback tag, cosign's .sig/.att/.sbom tags or BuildKit attestation manifests; each attachment's manifest, subject and content are checked, never just the index entry.\",\"inputs\":[{\"name\":\"image\",\"description\":\"The image: registry/repository@sha256:<hex> (a tag is resolved and the digest reported). With oci-layout: a ref.name in index.json or a digest.\",\"required\":true,\"type\":\"string\"},{\"name\":\"require\",\"description\":\"Attachments that must be present, newline- or comma-separated: spdx, cyclonedx, slsa-provenance, signature, in-toto, or media types (application/spdx+json, application/vnd.cyclonedx+json, application/vnd.in-toto+json, application/vnd.dev.sigstore.bundle.v0.3+json, any other artifactType).\",\"required\":false,\"default\":\"spdx\\nslsa-provenance\\n\",\"type\":\"list\"},{\"name\":\"platforms\",\"description\":\"For an image index: all (the index and every platform manifest must each satisfy require), index-only, or platforms-only (every platform manifest, not the index).\",\"required\":false,\"default\":\"all\",\"type\":\"choice\",\"options\":[\"all\",\"index-only\",\"platforms-only\"]},{\"name\":\"conventions\",\"description\":\"Where to look, in order: referrers-api, tag-fallback, cosign-tags, buildx-index.\",\"required\":false,\"default\":\"referrers-api, tag-fallback, cosign-tags, buildx-index\",\"type\":\"list\"},{\"name\":\"oci-layout\",\"description\":\"Read a local OCI image-layout directory (index.json + blobs/) instead of a registry.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"username\",\"description\":\"Registry user name (Basic auth or the token service). Empty: anonymous, or the job token for ghcr.io.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"password\",\"description\":\"Registry password or token.\",\"required\":false,\"default\":\"\",\"type\":\"secret\"},{\"name\":\"github-token\",\"description\":\"Used as the password for ghcr.io when no password is given.\",\"required\":false,\"default\":\"${{ github.token }}\",\"type\":\"secret\"},{\"name\":\"insecure\",\"description\":\"Plain HTTP; allowed only for 127.0.0.1, ::1 and localhost.\",\"required\":false,\"default\":\"false\",\"type\":\"boolean\"},{\"name\":\"timeout-seconds\",\"description\":\"Time budget for all registry requests, retries of 429/5xx included.\",\"required\":false,\"default\":\"60\",\"type\":\"number\",\"min\":1,\"max\":3600,\"integer\":false},{\"name\":\"mode\",\"description\":\"enforce: the step fails on fail or error; audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass, fail or error.\"},{\"name\":\"result-file\",\"description\":\"Path of the full result (ci-intel.gate-result.v1 JSON), with every request made.\"},{\"name\":\"image-digest\",\"description\":\"The digest checked (resolved from a tag when a tag was given).\"},{\"name\":\"found\",\"description\":\"JSON: requirement \u2192 [{subject, platform, digest, convention, artifactType, predicateTypes}].\"},{\"name\":\"missing\",\"description\":\"JSON list of {type, subject, platform} that have no verified attachment.\"}],\"permissions\":{\"packages\":\"read\"},\"level\":\"artifact\",\"using\":\"node24\",\"main\":\"../../dist/referrer-presence/index.js\"}");
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("sbom-vex", "{\"gate\":\"sbom-vex\",\"name\":\"ci-intel sbom-vex\",\"description\":\"Gates a release on SBOM + VEX: joins scanner findings (grype, trivy, osv-scanner JSON) to the SBOM (CycloneDX 1.4\u20131.6 or SPDX 2.2/2.3 JSON) and the VEX statements (OpenVEX v0.2.0 or CycloneDX VEX), and blocks any finding with risk \u2265 max-risk (the highest CVSS v3 base score, or the EPSS percentile \u00d7 10) or on CISA's KEV list, unless a justified, unexpired VEX not_affected for this product suppresses it. Offline; writes a normalised decision document.\",\"inputs\":[{\"name\":\"sbom\",\"description\":\"The SBOM of the release artifact: CycloneDX 1.4\u20131.6 or SPDX 2.2/2.3 JSON (path relative to the workspace).\",\"required\":true,\"type\":\"string\"},{\"name\":\"reports\",\"description\":\"One or more scanner reports of the same artifact: grype, trivy or osv-scanner JSON (format detected from the content).\",\"required\":true,\"type\":\"list\"},{\"name\":\"vex\",\"description\":\"Zero or more VEX documents: OpenVEX v0.2.0 or CycloneDX VEX JSON, or Sigstore bundles of them (required with vex-signer).\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"product\",\"description\":\"Purls naming the released artifact, in addition to the SBOM subject (e.g. pkg:oci/app@sha256:\u2026), that VEX products may name.\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"kev\",\"description\":\"Pinned snapshot of the CISA KEV catalogue (known_exploited_vulnerabilities.json). Absent: the KEV rule does not run (recorded).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"kev-sha256\",\"description\":\"Expected sha256 of the kev snapshot (a swapped file is an error).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"epss\",\"description\":\"Pinned snapshot of the FIRST EPSS daily CSV (decompressed). Absent: EPSS does not count towards risk (recorded).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"epss-sha256\",\"description\":\"Expected sha256 of the epss snapshot.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"max-risk\",\"description\":\"Block findings whose risk (0\u201310) is at least this.\",\"required\":false,\"default\":\"7\",\"type\":\"number\",\"min\":0,\"max\":10,\"integer\":false},{\"name\":\"max-vex-age\",\"description\":\"A not_affected statement older than this no longer suppresses (the statement's own ci-intel:expires applies when earlier).\",\"required\":false,\"default\":\"90d\",\"type\":\"duration\",\"min\":3600000,\"max\":315360000000,\"integer\":false},{\"name\":\"max-feed-age\",\"description\":\"Oldest acceptable KEV/EPSS snapshot (by its own release/score date).\",\"required\":false,\"default\":\"7d\",\"type\":\"duration\",\"min\":3600000,\"max\":31622400000,\"integer\":false},{\"name\":\"require-sbom-match\",\"description\":\"A finding for a component the SBOM does not list is an error (the scan and the SBOM describe different things); false: a warning.\",\"required\":false,\"default\":\"true\",\"type\":\"boolean\"},{\"name\":\"vex-signer\",\"description\":\"Require every VEX document to be a Sigstore bundle signed by this certificate identity (exact SAN or glob, e.g. https://github.com/acme/vex/.github/workflows/*).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"vex-signer-issuer\",\"description\":\"OIDC issuer of the VEX signer's certificate.\",\"required\":false,\"default\":\"https://token.actions.githubusercontent.com\",\"type\":\"string\"},{\"name\":\"trusted-root\",\"description\":\"Sigstore trusted_root.json to verify VEX signatures with (default: the pinned public-good root).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"decision-file\",\"description\":\"Where to write the normalised decision document (default: in RUNNER_TEMP/ci-intel).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"sarif-file\",\"description\":\"Write findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"now\",\"description\":\"RFC 3339 time to judge against instead of the clock (replays and tests).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"mode\",\"description\":\"enforce: the step fails on fail or error; audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass, fail or error.\"},{\"name\":\"result-file\",\"description\":\"Path of the full result (ci-intel.gate-result.v1 JSON).\"},{\"name\":\"decision-file\",\"description\":\"Path of the decision document (ci-intel.sbom-vex-decision.v1): every finding with its risk, source, VEX statement and outcome.\"},{\"name\":\"blocked\",\"description\":\"Number of findings that block the release.\"},{\"name\":\"suppressed\",\"description\":\"Number of findings suppressed by a VEX statement.\"},{\"name\":\"findings\",\"description\":\"Number of distinct (vulnerability, component) findings.\"},{\"name\":\"sarif-file\",\"description\":\"The SARIF file written, when sarif-file was given.\"}],\"permissions\":{},\"level\":\"artifact\",\"using\":\"node24\",\"main\":\"../../dist/sbom-vex/index.js\"}");
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("schema-check", "{\"gate\":\"schema-check\",\"name\":\"ci-intel schema-check\",\"description\":\"Fails when a telemetry record does not match its schema: every line of the NDJSON files given must be a pipeline_run record valid against the schema version it names (pipeline_run.v1.1 or v1.2); each line that is not (unparsable JSON and duplicate keys included) is one finding with its line, JSON pointer and rule. Given two schema versions, also says whether the change is compatible for readers (a new required field, a narrowed type, removed enum values, tightened bounds or patterns, or flipped additionalProperties break them). No file or no record is an error, never a pass.\",\"inputs\":[{\"name\":\"files\",\"description\":\"NDJSON files to validate: files, folders (their *.ndjson and *.jsonl files) or globs relative to the workspace, one a line.\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"compare-from\",\"description\":\"The old schema: a JSON Schema file in the workspace, or a version the hub ships (pipeline_run.v1.1, pipeline_run.v1.2). With compare-to, the change is checked for reader compatibility.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"compare-to\",\"description\":\"The new schema, in either form compare-from takes.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"max-file-bytes\",\"description\":\"The largest NDJSON file read (streamed, never held whole); a larger one is an error.\",\"required\":false,\"default\":\"1073741824\",\"type\":\"number\",\"min\":1,\"max\":68719476736,\"integer\":true},{\"name\":\"max-line-bytes\",\"description\":\"The longest line (record) read; a longer one is a finding, and is not read into memory.\",\"required\":false,\"default\":\"1048576\",\"type\":\"number\",\"min\":2,\"max\":67108864,\"integer\":true},{\"name\":\"max-records\",\"description\":\"The most lines read across all files; more is an error (check fewer files at once).\",\"required\":false,\"default\":\"10000000\",\"type\":\"number\",\"min\":1,\"max\":1000000000,\"integer\":true},{\"name\":\"max-findings\",\"description\":\"The most invalid lines listed as findings (and annotations, SARIF results); the rest are counted.\",\"required\":false,\"default\":\"1000\",\"type\":\"number\",\"min\":1,\"max\":1000000,\"integer\":true},{\"name\":\"sarif-file\",\"description\":\"Write findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"mode\",\"description\":\"enforce: the step fails on fail or error; audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass, fail or error.\"},{\"name\":\"result-file\",\"description\":\"Path of the full result (ci-intel.gate-result.v1 JSON).\"},{\"name\":\"records\",\"description\":\"How many lines (records) were read.\"},{\"name\":\"invalid-records\",\"description\":\"How many of them are invalid.\"},{\"name\":\"files-checked\",\"description\":\"How many NDJSON files were read.\"},{\"name\":\"compatible\",\"description\":\"true or false when compare-from and compare-to were given, else empty.\"},{\"name\":\"breaking-changes\",\"description\":\"How many breaking schema changes were found (empty without compare inputs).\"},{\"name\":\"sarif-file\",\"description\":\"The SARIF file written, when sarif-file was given.\"}],\"permissions\":{\"contents\":\"read\"},\"level\":\"artifact\",\"using\":\"node24\",\"main\":\"../../dist/schema-check/index.js\"}");
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("secretless", "{\"gate\":\"secretless\",\"name\":\"ci-intel secretless\",\"description\":\"Proves the job holds no long-lived credentials while it runs: scans the gate's own environment, every readable /proc/<pid>/environ of the job's uid (counting the ones the kernel refuses) and the files jobs leave credentials in (docker, npm, AWS, gcloud, kubeconfig, git extraheader), by name and by value (GitHub, AWS, PEM, JWT, secretlint's recommended rules, keyword-gated entropy). Only allowed names and tokens whose readable expiry is within max-token-ttl may be present. Reports names, locations and `***<rule>:<sha256 prefix>***`, never a value.\",\"inputs\":[{\"name\":\"processes\",\"description\":\"Sweep /proc/<pid>/environ of every process of the gate's uid (false: only the gate's own environment and the files).\",\"required\":false,\"default\":\"true\",\"type\":\"boolean\"},{\"name\":\"files\",\"description\":\"Credentials files or folders to scan (~ is HOME; relative paths are in the workspace). Absent files are fine.\",\"required\":false,\"default\":\"~/.docker/config.json, ~/.npmrc, ~/.aws/credentials, ~/.config/gcloud, ~/.kube/config, .git/config\",\"type\":\"list\"},{\"name\":\"allow-names\",\"description\":\"Environment variables that may hold a credential: the runner's own short-lived tokens. ACTIONS_ID_TOKEN_REQUEST_TOKEN is allowed only beside ACTIONS_ID_TOKEN_REQUEST_URL (id-token: write granted).\",\"required\":false,\"default\":\"GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN\",\"type\":\"list\"},{\"name\":\"max-token-ttl\",\"description\":\"A token whose expiry can be read (a JWT, a stateless ghs_<app>_<JWT> token) is allowed when it lives at most this long from issue.\",\"required\":false,\"default\":\"6h\",\"type\":\"duration\",\"min\":60000,\"max\":2592000000,\"integer\":false},{\"name\":\"token-issuers\",\"description\":\"Issuers (JWT iss) whose short-lived tokens are allowed; empty: any issuer's.\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"library-rules\",\"description\":\"Also run secretlint's recommended rules (Slack, Stripe, OpenAI, database URLs \u2026) beside the gate's own; false: the gate's own rules only (faster on large files).\",\"required\":false,\"default\":\"true\",\"type\":\"boolean\"},{\"name\":\"on-unreadable\",\"description\":\"A process of the gate's uid whose environ the kernel refuses: error (fail closed) or warn.\",\"required\":false,\"default\":\"error\",\"type\":\"choice\",\"options\":[\"error\",\"warn\"]},{\"name\":\"sarif-file\",\"description\":\"Write findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"mode\",\"description\":\"enforce: the step fails on fail or error; audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass, fail or error.\"},{\"name\":\"result-file\",\"description\":\"Path of the full result (ci-intel.gate-result.v1 JSON).\"},{\"name\":\"credentials\",\"description\":\"Number of credentials that are not allowed (long-lived, too long a TTL, untrusted issuer).\"},{\"name\":\"allowed\",\"description\":\"Number of credentials present and allowed (allowed names and short-lived tokens).\"},{\"name\":\"processes-read\",\"description\":\"Number of process environments read.\"},{\"name\":\"processes-unreadable\",\"description\":\"Number of processes of the gate's uid that could not be read.\"},{\"name\":\"sarif-file\",\"description\":\"The SARIF file written, when sarif-file was given.\"}],\"permissions\":{},\"level\":\"artifact\",\"using\":\"node24\",\"main\":\"../../dist/secretless/index.js\"}");
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("slsa-verify", "{\"gate\":\"slsa-verify\",\"name\":\"ci-intel slsa-verify\",\"description\":\"Verifies SLSA provenance offline in pure TypeScript (sigstore-js, pinned public-good trust root): signature, Fulcio chain, SCT, Rekor proof, the GitHub identity in the certificate (exact matches only), that the provenance claims what the certificate proves, and that it covers the artifact.\",\"inputs\":[{\"name\":\"artifact\",\"description\":\"Artifact files to verify, as actions/upload-artifact takes path: paths or globs (release-artifacts/**/*), one per line or comma-separated, relative to the workspace; lines starting with ! exclude. A pattern that matches no file is an error. sha256 and sha512 are computed.\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"artifact-digest\",\"description\":\"Artifact digest(s) instead of files: sha256:<hex> or sha512:<hex> (images, npm tarballs).\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"bundle\",\"description\":\"The provenance: a Sigstore bundle (v0.1\u2013v0.3), a JSONL of bundles, or an npm attestations document ({\\\"attestations\\\":[\u2026]}).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"fetch\",\"description\":\"none: read bundle; github: fetch the attestations for the artifact sha256 from the GitHub attestations API of source-uri.\",\"required\":false,\"default\":\"none\",\"type\":\"choice\",\"options\":[\"none\",\"github\"]},{\"name\":\"github-token\",\"description\":\"Token for fetch: github (needs attestations: read for private repositories). Falls back to GITHUB_TOKEN.\",\"required\":false,\"default\":\"${{ github.token }}\",\"type\":\"secret\"},{\"name\":\"timeout\",\"description\":\"Time limit per GitHub API request for fetch: github.\",\"required\":false,\"default\":\"30s\",\"type\":\"duration\",\"min\":1000,\"max\":600000,\"integer\":false},{\"name\":\"source-uri\",\"description\":\"The repository the artifact must be built from, e.g. github.com/acme/widget (exact; no ref).\",\"required\":true,\"type\":\"string\"},{\"name\":\"source-tag\",\"description\":\"The exact tag it must be built from, e.g. v1.2.3 (refs/tags/v1.2.3).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"source-versioned-tag\",\"description\":\"A semver tag match on the given parts: v1 accepts v1.x.y, v1.2 accepts v1.2.y.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"source-branch\",\"description\":\"The branch it must be built from, e.g. main.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"builder-id\",\"description\":\"The trusted builder, name[@vX.Y.Z]: a reusable workflow (pinned at a full release tag) or, for npm provenance, https://github.com/actions/runner/github-hosted.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"signer-workflow\",\"description\":\"The reusable workflow that signs, owner/repo/.github/workflows/file.yml (e.g. github/artifact-attestations-workflows/.github/workflows/attest.yml).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"cert-oidc-issuer\",\"description\":\"The OIDC issuer the certificate must name (exact).\",\"required\":false,\"default\":\"https://token.actions.githubusercontent.com\",\"type\":\"string\"},{\"name\":\"deny-self-hosted-runners\",\"description\":\"Reject provenance whose certificate does not prove a GitHub-hosted runner.\",\"required\":false,\"default\":\"true\",\"type\":\"boolean\"},{\"name\":\"predicate-type\",\"description\":\"Accepted provenance predicate types (add https://slsa.dev/provenance/v0.2 for older builds).\",\"required\":false,\"default\":\"https://slsa.dev/provenance/v1\",\"type\":\"list\"},{\"name\":\"trusted-root\",\"description\":\"Path of a Sigstore trusted_root.json; default the public-good root pinned at build time (no network).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"mode\",\"description\":\"enforce: the step fails on fail or error; audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass, fail or error.\"},{\"name\":\"result-file\",\"description\":\"Path of the full result (ci-intel.gate-result.v1 JSON).\"},{\"name\":\"verified-subjects\",\"description\":\"JSON list of {name, digest, artifact} the provenance verified.\"},{\"name\":\"builder-id\",\"description\":\"The builder id of the provenance that verified.\"},{\"name\":\"source-ref\",\"description\":\"The source ref the certificate proves (e.g. refs/tags/v1.2.3).\"},{\"name\":\"source-digest\",\"description\":\"The source commit the certificate proves.\"},{\"name\":\"rekor-log-index\",\"description\":\"Rekor log index of the verified provenance.\"}],\"permissions\":{\"attestations\":\"read\",\"contents\":\"read\"},\"level\":\"artifact\",\"using\":\"node24\",\"main\":\"../../dist/slsa-verify/index.js\"}");
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("template-sync", "{\"gate\":\"template-sync\",\"name\":\"ci-intel template-sync\",\"description\":\"Keeps a downstream repository on the hub's template: resolves the target hub release (a tag, or the newest on the stable or canary channel), three-way merges every rendered file with the repository's edits (ci-intel sync), and opens or updates exactly one pull request with the report, through the GitHub REST API. Conflicts are committed as markers, labelled, and fail the step.\",\"inputs\":[{\"name\":\"to\",\"description\":\"Hub release to move to (vX.Y.Z). Empty: the newest release on channel.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"channel\",\"description\":\"stable: the newest vX.Y.Z tag; canary: pre-releases too. Empty: the channel the lock records.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"hub-repository\",\"description\":\"owner/name of the hub. Empty: the hub the repository's lock records.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"hub-url\",\"description\":\"Git URL (or local path) of the hub repository. Empty: <server>/<hub-repository>.git.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"token\",\"description\":\"Token that pushes the sync branch and opens the pull request: a GitHub App installation token with contents, pull-requests and workflows write (GITHUB_TOKEN cannot push .github/workflows).\",\"required\":false,\"default\":\"\",\"type\":\"secret\"},{\"name\":\"github-token\",\"description\":\"Fallback token when token is empty: enough only when no workflow file changes.\",\"required\":false,\"default\":\"${{ github.token }}\",\"type\":\"secret\"},{\"name\":\"repository\",\"description\":\"owner/name of the repository to open the pull request in (default: GITHUB_REPOSITORY).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"base\",\"description\":\"Branch the pull request targets (default: the repository's default branch).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"pull-request\",\"description\":\"Open or update the pull request (false: only sync the working tree and report).\",\"required\":false,\"default\":\"true\",\"type\":\"boolean\"},{\"name\":\"report-file\",\"description\":\"Write the sync report (JSON) here, relative to the workspace.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"mode\",\"description\":\"enforce: conflicts or errors fail the step; audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass (clean or nothing to do), fail (conflicts), error (could not sync).\"},{\"name\":\"result-file\",\"description\":\"Path of the gate result JSON.\"},{\"name\":\"target-version\",\"description\":\"The hub release synced to.\"},{\"name\":\"pull-request-number\",\"description\":\"The pull request opened or updated (empty when nothing changed).\"},{\"name\":\"pull-request-operation\",\"description\":\"created, updated, not-updated (branch already had this tree) or none.\"},{\"name\":\"conflicts\",\"description\":\"Number of conflicted files.\"}],\"permissions\":{\"contents\":\"read\"},\"level\":\"artifact\",\"using\":\"node24\",\"main\":\"../../dist/template-sync/index.js\"}");
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("workflow-policy", "{\"gate\":\"workflow-policy\",\"name\":\"ci-intel workflow-policy\",\"description\":\"Compliance-as-code for workflow files: third-party actions pinned by commit SHA, least-privilege permissions, no attacker-controlled expressions in scripts, no secrets: inherit outside the organisation, no credentials written into workflows, concurrency on push/pull_request and no persisted checkout credentials in jobs that upload artifacts. Findings as SARIF for code scanning.\",\"inputs\":[{\"name\":\"workflows\",\"description\":\"Workflow files, folders or globs to check, newline- or comma-separated, relative to the repository root.\",\"required\":false,\"default\":\".github/workflows/*.yml\\n.github/workflows/*.yaml\\n\",\"type\":\"list\"},{\"name\":\"policy\",\"description\":\"Path of the policy file (schema/workflow-policy.v1.json): rule levels, pinning policies, exceptions. A missing default file means every rule at its default level.\",\"required\":false,\"default\":\".github/ci-intel/workflow-policy.yml\",\"type\":\"string\"},{\"name\":\"sarif-file\",\"description\":\"Write findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"online\",\"description\":\"Run the audits that ask the GitHub API (impostor-commit, known-vulnerable-actions, stale-action-refs, archived-uses, ref-confusion, ref-version-mismatch against the tags). Off: they are reported as not run, never as passed.\",\"required\":false,\"default\":\"false\",\"type\":\"boolean\"},{\"name\":\"github-token\",\"description\":\"Token for online: true and for resolving tags in fixes (read access to public repositories is enough). Falls back to GITHUB_TOKEN.\",\"required\":false,\"default\":\"${{ github.token }}\",\"type\":\"secret\"},{\"name\":\"online-timeout\",\"description\":\"Time limit per GitHub API request of the online audits, its retries included.\",\"required\":false,\"default\":\"30s\",\"type\":\"duration\",\"min\":1000,\"max\":300000,\"integer\":false},{\"name\":\"fix-diff\",\"description\":\"Print the mechanical fixes (SHA pins with the version comment, persist-credentials: false, expressions moved from run: into env:) as a unified patch for git apply, and write it to the fix-diff-file output.\",\"required\":false,\"default\":\"false\",\"type\":\"boolean\"},{\"name\":\"fix\",\"description\":\"Write the mechanical fixes into the workflow files (byte-for-byte edits; nothing else in the file changes). Fixed findings become notes.\",\"required\":false,\"default\":\"false\",\"type\":\"boolean\"},{\"name\":\"mode\",\"description\":\"enforce: the step fails on fail or error; audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass, fail or error.\"},{\"name\":\"result-file\",\"description\":\"Path of the full result (ci-intel.gate-result.v1 JSON).\"},{\"name\":\"findings-count\",\"description\":\"Number of error and warning findings (excepted findings not counted).\"},{\"name\":\"workflows-scanned\",\"description\":\"How many workflow files were read.\"},{\"name\":\"sarif-file\",\"description\":\"The SARIF file written, when sarif-file was given.\"},{\"name\":\"fix-diff-file\",\"description\":\"The unified patch of the fixes, when fix-diff or fix found something to fix.\"}],\"permissions\":{\"contents\":\"read\"},\"level\":\"repository\",\"using\":\"node24\",\"main\":\"../../dist/workflow-policy/index.js\"}");
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSchemaValidators */ .Km({"dr-freshness-evidence.v1.json": () => __nccwpck_require__.e(/* import() */ 377).then(__nccwpck_require__.t.bind(__nccwpck_require__, 50377, 19)).then((m) => m.default), "pr-target-allowlist.v1.json": () => __nccwpck_require__.e(/* import() */ 8640).then(__nccwpck_require__.t.bind(__nccwpck_require__, 88640, 19)).then((m) => m.default), "release-evidence.v1.json": () => __nccwpck_require__.e(/* import() */ 1603).then(__nccwpck_require__.t.bind(__nccwpck_require__, 21603, 19)).then((m) => m.default), "sbom-vex-grype-report.v1.json": () => __nccwpck_require__.e(/* import() */ 8914).then(__nccwpck_require__.t.bind(__nccwpck_require__, 48914, 19)).then((m) => m.default), "sbom-vex-kev.v1.json": () => __nccwpck_require__.e(/* import() */ 5413).then(__nccwpck_require__.t.bind(__nccwpck_require__, 75413, 19)).then((m) => m.default), "sbom-vex-osv-report.v1.json": () => __nccwpck_require__.e(/* import() */ 6652).then(__nccwpck_require__.t.bind(__nccwpck_require__, 66652, 19)).then((m) => m.default), "sbom-vex-trivy-report.v1.json": () => __nccwpck_require__.e(/* import() */ 9071).then(__nccwpck_require__.t.bind(__nccwpck_require__, 19071, 19)).then((m) => m.default), "workflow-policy.v1.json": () => __nccwpck_require__.e(/* import() */ 7726).then(__nccwpck_require__.t.bind(__nccwpck_require__, 27726, 19)).then((m) => m.default)});


/***/ }),

/***/ 92453:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ parseGateArgs),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   hM: () => (/* binding */ parseCheckArgs),
/* harmony export */   pi: () => (/* binding */ gateHelp)
/* harmony export */ });
/* unused harmony exports FORMATS, parseFlags */
const FORMATS = ['text', 'json', 'sarif'];
class UsageError extends Error {
}
function parseFlags(argv, spec) {
    const values = new Map();
    let help = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '-h' || arg === '--help') {
            help = true;
            continue;
        }
        if (!arg.startsWith('--') || arg === '--') {
            throw new UsageError(`unexpected argument '${arg}': flags are given as --<name> <value> or --<name>=<value>`);
        }
        const eq = arg.indexOf('=');
        const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
        const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
        let value;
        if (spec.booleans?.has(name)) {
            const next = argv[i + 1];
            if (inline !== undefined)
                value = inline;
            else if (next === 'true' || next === 'false')
                value = argv[++i];
            else
                value = 'true';
        }
        else if (spec.values.has(name)) {
            if (inline !== undefined)
                value = inline;
            else if (i + 1 < argv.length)
                value = argv[++i];
            else
                throw new UsageError(`--${name} needs a value`);
        }
        else {
            throw new UsageError(spec.unknown(name));
        }
        const prev = values.get(name);
        if (prev !== undefined && spec.lists?.has(name))
            values.set(name, `${prev}\n${value}`);
        else
            values.set(name, value);
    }
    return { values, help };
}
function formatOf(value, allowed) {
    if (value === undefined)
        return 'text';
    if (!allowed.includes(value)) {
        throw new UsageError(`--format must be one of ${allowed.join(', ')}, not '${value}'`);
    }
    return value;
}
const COMMON = ['format', 'output', 'workspace', 'config'];
/** Parse a gate's flags: its action.yml inputs plus --format, --output, --workspace and --config. */
function parseGateArgs(spec, argv) {
    const inputs = new Map(spec.inputs.map((i) => [i.name, i]));
    const booleans = new Set(spec.inputs.filter((i) => i.type === 'boolean').map((i) => i.name));
    const values = new Set([...COMMON, ...[...inputs.keys()].filter((n) => !booleans.has(n))]);
    const lists = new Set(spec.inputs.filter((i) => i.type === 'list').map((i) => i.name));
    const parsed = parseFlags(argv, {
        values,
        booleans,
        lists,
        unknown: (name) => `${spec.gate} has no --${name}; its inputs are: ${[...inputs.keys()].map((n) => `--${n}`).join(' ')} (and ${COMMON.map((n) => `--${n}`).join(' ')})`
    });
    const raw = {};
    for (const [name, value] of parsed.values)
        if (inputs.has(name))
            raw[name] = value;
    const options = {
        format: formatOf(parsed.values.get('format'), FORMATS),
        output: parsed.values.get('output'),
        workspace: parsed.values.get('workspace'),
        config: parsed.values.get('config'),
        help: parsed.help
    };
    return { raw, options };
}
/** Parse `ci-intel check` flags: --format text|json, --output FILE, --workspace DIR, --config FILE. */
function parseCheckArgs(argv) {
    const parsed = parseFlags(argv, {
        values: new Set(COMMON),
        unknown: (name) => `check has no --${name}; it takes ${COMMON.map((n) => `--${n}`).join(' ')}`
    });
    return {
        format: formatOf(parsed.values.get('format'), ['text', 'json']),
        output: parsed.values.get('output'),
        workspace: parsed.values.get('workspace'),
        config: parsed.values.get('config'),
        help: parsed.help
    };
}
function wrap(text, width, indent) {
    const words = text.replace(/\s+/g, ' ').trim().split(' ');
    const lines = [];
    let line = '';
    for (const w of words) {
        if (line && line.length + w.length + 1 > width) {
            lines.push(line);
            line = w;
        }
        else
            line = line ? `${line} ${w}` : w;
    }
    if (line)
        lines.push(line);
    return lines.map((l) => indent + l).join('\n');
}
function gateHelp(spec) {
    const out = [];
    // action.yml names are `ci-intel <gate>`: one header line, never the name twice.
    const title = `ci-intel ${spec.gate}`;
    out.push(spec.name && spec.name !== title ? `${title} \u2014 ${spec.name}` : title);
    out.push('');
    out.push(wrap(spec.description, 88, ''));
    out.push('');
    out.push(`usage: ci-intel ${spec.gate} [--<input> <value> \u2026] [--format text|json|sarif] [--output FILE] [--workspace DIR] [--config FILE]`);
    out.push('');
    out.push('inputs (from actions/' + spec.gate + '/action.yml):');
    for (const i of spec.inputs) {
        const type = i.type === 'choice' ? i.options?.join('|') : i.type;
        const def = i.default?.trim() ? ` (default: ${i.default.trim().replace(/\n/g, ', ')})` : '';
        out.push(`  --${i.name} <${type}>${i.required ? ' (required)' : ''}${def}`);
        out.push(wrap(i.description, 84, '      '));
    }
    out.push('');
    out.push('a flag that takes a value always takes the next argument, also when it begins with `-`;');
    out.push('`--flag=value` works too; a boolean flag alone means true');
    out.push('exit status: 0 pass (or audit mode), 1 fail, 2 error or bad usage');
    return out.join('\n') + '\n';
}


/***/ }),

/***/ 10518:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _core_std_write_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(38272);
/* harmony import */ var _core_offload_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(65746);
/* harmony import */ var _gates_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(58173);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(58412);




const offloaded = (0,_core_offload_js__WEBPACK_IMPORTED_MODULE_1__/* .offloadWorkerGate */ .Vt)();
if (offloaded !== undefined) {
    // A worker thread of a gate run (src/core/offload.ts): loading the gate runs its task.
    if (Object.hasOwn(_gates_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .GATES */ .J, offloaded))
        await _gates_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .GATES */ .J[offloaded]();
}
else {
    process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_3__/* .cli */ .x)({
        argv: process.argv.slice(2),
        cwd: process.cwd(),
        env: process.env,
        stdout: _core_std_write_js__WEBPACK_IMPORTED_MODULE_0__/* .writeStdout */ .jQ,
        stderr: _core_std_write_js__WEBPACK_IMPORTED_MODULE_0__/* .writeStderr */ ._e
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 58412:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ cli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./lib/core/build-registry.js
var build_registry = __nccwpck_require__(71855);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: ./lib/core/hub-root.js
var hub_root = __nccwpck_require__(37669);
// EXTERNAL MODULE: ./lib/core/redact.js
var redact = __nccwpck_require__(8038);
// EXTERNAL MODULE: ./lib/core/unique-token.js
var unique_token = __nccwpck_require__(84560);
;// CONCATENATED MODULE: ./lib/core/report/json-pieces.js
/**
 * `JSON.stringify(doc, null, 2) + '\n'` for a document holding one long array (a result's
 * findings, a SARIF run's results), in pieces: the array's items are made and stringified one
 * at a time and written a few at a time, so neither the whole text nor all the items exist at
 * once. With 100,000 findings the whole text of a SARIF log is about 100 MB (and its UTF-8 copy
 * as much again).
 */


/** An array longer than this is written a few items at a time (ITEM_PIECE_CHARS). */
const LONG_ARRAY_ITEMS = 512;
/**
 * The items of a long array are joined into pieces of about this many characters. A string over
 * 128 KiB is a large object to V8, freed only by a full collection: 45 MB of findings written in
 * slices of 512 items (about 225,000 characters each) left up to 39 MiB of dead slices mapped at
 * the end of a 16,688-file scan. Made one item at a time, a piece never holds more than one item
 * over this size, and the whole is no slower (100,000 findings: 71 ms against 82 for slices).
 */
const ITEM_PIECE_CHARS = 24 * 1024;
/**
 * The pieces of the document `build(placeholder)` returns with the array of `count` items
 * `item(0)`, `item(1)`, \u2026 where it put `placeholder`, as `JSON.stringify(\u2026, null, 2) + '\n'`
 * would write it. The placeholder is a string drawn here that occurs nowhere else in the text.
 */
function* jsonPieces(build, count, item) {
    let marker;
    let text;
    let at;
    // Drawn again in the (astronomically unlikely) case that the document already holds it.
    do {
        const placeholder = `ci-intel-array-${(0,unique_token/* randomId */.z)()}`;
        marker = JSON.stringify(placeholder);
        text = JSON.stringify(build(placeholder), null, 2) + '\n';
        at = text.indexOf(marker);
    } while (at !== -1 && at !== text.lastIndexOf(marker));
    if (at === -1)
        throw new Error('jsonPieces: the document does not hold the placeholder');
    const head = text.slice(0, at);
    const tail = text.slice(at + marker.length);
    if (count === 0) {
        yield `${head}[]${tail}`;
        return;
    }
    // The array's items sit two spaces right of the line that opens it.
    const lineStart = head.lastIndexOf('\n') + 1;
    const pad = ' '.repeat(head.length - lineStart - head.slice(lineStart).trimStart().length);
    yield `${head}[\n`;
    yield* itemPieces(count, pad, item);
    yield `\n${pad}]${tail}`;
}
/**
 * The items of an array of `count` at indentation `pad`, between its `[\n` and `\n]`: each item
 * (`itemAt(i)`) stringified as the one item of an array, as JSON.stringify writes an array's
 * items (undefined, a function or a symbol as null), and moved right by the array's own
 * indentation (a line break in JSON text is always layout: breaks inside strings are escaped).
 */
function* itemPieces(count, pad, itemAt) {
    let parts = [];
    let chars = 0;
    for (let i = 0; i < count; i++) {
        // `[\n  item\n]`: the inner lines.
        const inner = JSON.stringify([itemAt(i)], null, 2).slice(2, -2);
        const moved = pad ? pad + inner.replace(/\n/g, `\n${pad}`) : inner;
        parts.push(i + 1 < count ? `${moved},\n` : moved);
        chars += moved.length;
        if (chars >= ITEM_PIECE_CHARS) {
            yield parts.join('');
            parts = [];
            chars = 0;
        }
    }
    if (parts.length)
        yield parts.join('');
}
/** Small parts are joined into pieces of about this many characters (fewer, larger writes). */
const PIECE_CHARS = 32 * 1024;
/** An object JSON.stringify would write member by member, and nothing else could change. */
function walkable(v) {
    if (typeof v !== 'object' || v === null)
        return false;
    const proto = Object.getPrototypeOf(v);
    if (Array.isArray(v))
        return proto === Array.prototype;
    return (proto === Object.prototype || proto === null) && !('toJSON' in v);
}
/**
 * `JSON.stringify(value, null, 2) + '\n'`, byte for byte, in pieces of about PIECE_CHARS: plain
 * objects are written member by member and every array longer than LONG_ARRAY_ITEMS a few items
 * at a time, so no text of the whole document, nor of any long array in it (a result's
 * findings, a scan's per-file evidence), exists at once. Everything else \u2014 a short array, each
 * item of a long one, a value with `toJSON`, an instance of a class \u2014 is given to JSON.stringify
 * as it is. As JSON.stringify does, a member's `toJSON` gets the member's name; an item of a long
 * array gets "0", not its index (no value of a result depends on it).
 */
function* jsonTextPieces(value) {
    let parts = [];
    let chars = 0;
    const put = function* (text) {
        parts.push(text);
        chars += text.length;
        if (chars >= PIECE_CHARS) {
            yield parts.join('');
            parts = [];
            chars = 0;
        }
    };
    const open = new Set();
    const write = function* (v, pad) {
        if (!walkable(v)) {
            const text = JSON.stringify(v, null, 2);
            yield* put(pad ? text.replace(/\n/g, `\n${pad}`) : text);
            return;
        }
        if (open.has(v))
            throw new TypeError('Converting circular structure to JSON');
        const inner = `${pad}  `;
        if (Array.isArray(v)) {
            if (v.length <= LONG_ARRAY_ITEMS) {
                const text = JSON.stringify(v, null, 2);
                yield* put(pad ? text.replace(/\n/g, `\n${pad}`) : text);
                return;
            }
            open.add(v);
            yield* put('[\n');
            for (const piece of itemPieces(v.length, pad, (i) => v[i]))
                yield* put(piece);
            yield* put(`\n${pad}]`);
            open.delete(v);
            return;
        }
        open.add(v);
        let first = true;
        for (const key of Object.keys(v)) {
            let member = v[key];
            if ((typeof member === 'object' && member !== null) || typeof member === 'bigint') {
                const toJSON = member.toJSON;
                if (typeof toJSON === 'function')
                    member = toJSON.call(member, key);
            }
            if (member === undefined || typeof member === 'function' || typeof member === 'symbol')
                continue;
            yield* put(`${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `);
            first = false;
            yield* write(member, inner);
        }
        yield* put(first ? '{}' : `\n${pad}}`);
        open.delete(v);
    };
    yield* write(value, '');
    yield* put('\n');
    if (parts.length)
        yield parts.join('');
}
/** Write `pieces` to `file` (created or truncated), each as it comes. */
function json_pieces_writePieces(file, pieces) {
    const fd = (0,external_node_fs_.openSync)(file, 'w');
    try {
        for (const piece of pieces) {
            const bytes = Buffer.from(piece, 'utf8');
            // A write may take fewer bytes than it is given.
            for (let off = 0; off < bytes.length;)
                off += (0,external_node_fs_.writeSync)(fd, bytes, off);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./lib/core/report/policy-record.js
function policyRecord(result) {
    let outcome = 'allow';
    if (result.verdict !== 'pass')
        outcome = result.mode === 'audit' ? 'warn' : 'deny';
    return {
        id: `ci-intel/${result.gate}`,
        result: outcome,
        reason: result.summary,
        time_ns: Math.round(result.durationMs * 1e6)
    };
}

;// CONCATENATED MODULE: ./lib/core/report/files.js
/** Files a gate run leaves behind: the result JSON, the policies NDJSON record, SARIF. */




/** `$RUNNER_TEMP/ci-intel`, where every gate of a job leaves its records. */
function hubTempDir(runnerTemp) {
    return (0,external_node_path_.join)(runnerTemp, 'ci-intel');
}
function writeResultFile(result, runnerTemp) {
    const dir = join(hubTempDir(runnerTemp), 'results');
    mkdirSync(dir, { recursive: true });
    const stamp = result.startedAt.replace(/[:.]/g, '-');
    const file = join(dir, `${result.gate}-${stamp}-${process.pid}.json`);
    writeResultJson(file, result);
    return file;
}
/**
 * `JSON.stringify(result, null, 2) + '\n'`, byte for byte, in pieces: with thousands of findings,
 * or the per-file evidence of a scan of thousands of files, that string (and its UTF-8 copy)
 * would be the run's largest allocation. Every long array in it \u2014 the findings, an evidence
 * list \u2014 is stringified a slice at a time (`jsonTextPieces`, ./json-pieces.ts).
 */
function resultPieces(result) {
    return jsonTextPieces(result);
}
/** The result as `file`, written a piece at a time (`resultPieces`). */
function writeResultJson(file, result) {
    writePieces(file, resultPieces(result));
}
/** `pieces` (./json-pieces.ts) as `file`, its folder made. */
function writeFilePieces(file, pieces) {
    mkdirSync(dirname(file), { recursive: true });
    writePieces(file, pieces);
}
function appendPolicyRecord(result, runnerTemp) {
    const dir = hubTempDir(runnerTemp);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, 'policies.ndjson');
    (0,external_node_fs_.appendFileSync)(file, JSON.stringify(policyRecord(result)) + '\n');
    return file;
}

// EXTERNAL MODULE: ./lib/core/lazy-crypto.js
var lazy_crypto = __nccwpck_require__(87495);
;// CONCATENATED MODULE: ./lib/core/report/sarif.js
/** SARIF 2.1.0 for github/codeql-action/upload-sarif. */


const LEVEL = {
    error: 'error',
    warning: 'warning',
    note: 'note'
};
/** The log around its results, and one result: the parts `toSarif` and `sarifPieces` share. */
function sarifParts(result, rules, toolVersion) {
    const known = new Map(rules.map((r) => [r.id, r]));
    for (const f of result.findings) {
        if (!known.has(f.rule)) {
            known.set(f.rule, {
                id: f.rule,
                title: f.rule,
                help: f.help ?? f.message,
                severity: f.severity
            });
        }
    }
    const ruleList = [...known.values()];
    const index = new Map(ruleList.map((r, i) => [r.id, i]));
    const log = (results) => ({
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: `ci-intel ${result.gate}`,
                        informationUri: 'https://github.com/ci-intel/hub',
                        semanticVersion: toolVersion,
                        rules: ruleList.map((r) => ({
                            id: r.id,
                            name: r.id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c) => (c ?? '').toUpperCase()),
                            shortDescription: { text: r.title },
                            fullDescription: { text: r.help },
                            help: { text: r.help, markdown: r.help },
                            defaultConfiguration: { level: LEVEL[r.severity] }
                        }))
                    }
                },
                results
            }
        ]
    });
    const one = (f) => {
        const fingerprint = (0,lazy_crypto/* nodeCrypto */.SI)()
            .createHash('sha256')
            .update(`${f.rule}\0${f.file ?? ''}\0${f.message}`)
            .digest('hex');
        return {
            ruleId: f.rule,
            ruleIndex: index.get(f.rule),
            level: LEVEL[f.severity],
            message: { text: f.help ? `${f.message} Fix: ${f.help}` : f.message },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: f.file ?? '.', uriBaseId: '%SRCROOT%' },
                        region: { startLine: f.line ?? 1, startColumn: f.column ?? 1 }
                    }
                }
            ],
            partialFingerprints: { 'ciIntelFinding/v1': fingerprint }
        };
    };
    return { log, result: one };
}
function toSarif(result, rules, toolVersion) {
    const parts = sarifParts(result, rules, toolVersion);
    return parts.log(result.findings.map(parts.result));
}
/**
 * `JSON.stringify(toSarif(\u2026), null, 2) + '\n'` in pieces (./json-pieces.ts): each result is
 * made as its piece is written, never all of them at once.
 */
function sarifPieces(result, rules, toolVersion) {
    const parts = sarifParts(result, rules, toolVersion);
    const findings = result.findings;
    return jsonPieces(parts.log, findings.length, (i) => parts.result(findings[i]));
}

;// CONCATENATED MODULE: ./lib/core/report/text.js
const LABEL = { pass: 'PASS', fail: 'FAIL', error: 'ERROR' };
function textReport(result) {
    const out = [];
    const audit = result.mode === 'audit' && result.verdict !== 'pass' ? ' (audit: not blocking)' : '';
    out.push(`${LABEL[result.verdict]} ${result.gate}${audit}: ${result.summary}`);
    for (const f of result.findings) {
        const where = f.file
            ? `${f.file}${f.line ? `:${f.line}` : ''}${f.column ? `:${f.column}` : ''}: `
            : '';
        out.push(`  ${f.severity.padEnd(7)} ${where}${f.message} [${f.rule}]`);
        if (f.help)
            out.push(`          fix: ${f.help}`);
    }
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./lib/core/result.js
var result = __nccwpck_require__(28490);
// EXTERNAL MODULE: ./lib/core/inputs.js
var core_inputs = __nccwpck_require__(50662);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __nccwpck_require__(14630);
// EXTERNAL MODULE: ./lib/config/default-file.js
var default_file = __nccwpck_require__(67454);
// EXTERNAL MODULE: ./lib/config/resolve.js + 2 modules
var resolve = __nccwpck_require__(72633);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __nccwpck_require__(66613);
;// CONCATENATED MODULE: ./lib/core/run-gate.js
/** The fail-closed runner: inputs in, a GateResult out, never an exception. */











/** The step's own values: what the runner filled in from action.yml defaults is not "given". */
function givenValues(spec, raw, label) {
    if (label === 'flag')
        return raw;
    const out = {};
    for (const [k, v] of Object.entries(raw)) {
        const d = spec.inputs.find((i) => i.name === k)?.default;
        if (v !== undefined && v !== d)
            out[k] = v;
    }
    return out;
}
/** A path as the user gave it: relative to the workspace when inside it. */
function shownPath(workspace, file) {
    if (!workspace)
        return file;
    const rel = (0,external_node_path_.relative)(workspace, (0,external_node_path_.resolve)(workspace, file));
    if (rel === '')
        return '.';
    return !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : file;
}
function ruleOf(err) {
    if (err instanceof errors/* InputError */.dz)
        return 'input/invalid';
    if (err instanceof read_file/* FileReadError */.tJ)
        return 'input/unreadable-file';
    if (err instanceof strict_json/* JsonDocumentError */.sT)
        return 'input/invalid-document';
    return 'gate/error';
}
function errorEvaluation(err, spec, workspace) {
    const finding = {
        rule: ruleOf(err),
        severity: 'error',
        message: (0,errors/* errorMessage */.gJ)(err)
    };
    if (err instanceof read_file/* FileReadError */.tJ) {
        // Any file input of any gate (bundle, trusted root, evidence, layout blob, workflow file):
        // a FIFO, device, directory, missing or oversized file is a clean error naming it.
        const shown = shownPath(workspace, err.file);
        finding.message = finding.message.split(err.file).join(shown);
        finding.file = shown;
        finding.help = err.help;
    }
    else if (err instanceof strict_json/* JsonDocumentError */.sT) {
        if (err.line)
            finding.line = err.line;
        finding.help =
            'Fix the document: it must be valid JSON, and a key may appear only once in an object.';
    }
    else if (err instanceof errors/* InputError */.dz) {
        finding.help = `Set '${err.input}' in the step's \`with:\` (or --${err.input} on the CLI). See actions/${spec.gate}/action.yml.`;
    }
    else if (err instanceof errors/* GateError */.ue) {
        if (err.help)
            finding.help = err.help;
        if (err.file)
            finding.file = err.file;
        if (err.line)
            finding.line = err.line;
        if (err.column)
            finding.column = err.column;
    }
    else {
        finding.help =
            'The gate could not decide and fails closed. Re-run with mode: audit to report only.';
    }
    return {
        verdict: 'error',
        summary: `could not decide: ${finding.message}`,
        findings: [finding],
        evidence: { error: finding.message }
    };
}
/** Give the verdict no chance to be kinder than the findings. */
function consistent(e) {
    if (!(0,result/* isVerdict */._f)(e.verdict)) {
        return {
            ...e,
            verdict: 'error',
            summary: `could not decide: the gate returned the verdict ${JSON.stringify(e.verdict)}`
        };
    }
    if (e.verdict === 'pass' && e.findings.some((f) => f.severity === 'error')) {
        return { ...e, verdict: 'fail' };
    }
    return e;
}
function modeOf(raw) {
    return raw.mode?.trim() === 'audit' ? 'audit' : 'enforce';
}
async function runGate(gate, raw, ctx, options = {}) {
    const started = new Date();
    // process.hrtime, not performance.now(): the `performance` global loads perf_hooks (~1 ms).
    const t0 = process.hrtime.bigint();
    const redactor = options.redactor ?? new redact/* Redactor */.pO();
    let spec = options.spec;
    let evaluation;
    let inputs;
    let mode = modeOf(raw);
    let configEvidence;
    try {
        spec ??=
            (0,build_registry/* registeredActionSpec */.wP)(gate.name) ??
                (await Promise.all(/* import() */[__nccwpck_require__.e(3021), __nccwpck_require__.e(8815), __nccwpck_require__.e(5521)]).then(__nccwpck_require__.bind(__nccwpck_require__, 75521))).loadActionSpec(gate.name);
        if (gate.prestart) {
            try {
                gate.prestart(Object.fromEntries(spec.inputs.map((i) => [i.name, raw[i.name] ?? i.default])), ctx);
            }
            catch {
                // A guess only: evaluate reports whatever is wrong with the inputs.
            }
        }
        let effectiveRaw = raw;
        if (!options.noConfig) {
            const label = options.given ?? 'flag';
            // Unknown input names are reported by parseInputs, against the action.yml.
            (0,core_inputs/* parseInputs */.TL)(spec, raw);
            // The YAML reader and the schema validator load only when there is a file to read.
            const named = options.configFile ?? ctx.env.CI_INTEL_CONFIG;
            const layers = named || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(ctx.workspace, default_file/* DEFAULT_CONFIG_FILE */.C))
                ? await (await Promise.all(/* import() */[__nccwpck_require__.e(3021), __nccwpck_require__.e(8815), __nccwpck_require__.e(9726), __nccwpck_require__.e(7216)]).then(__nccwpck_require__.bind(__nccwpck_require__, 17216))).loadLayers({
                    workspace: ctx.workspace,
                    env: ctx.env,
                    tempDir: ctx.tempDir,
                    configFile: options.configFile,
                    // A private overlay is read with the gate's own token input when it has one.
                    token: raw.token || raw['github-token'] || undefined
                })
                : {};
            const effective = (0,resolve/* resolveGateConfig */.a)(spec, layers, {
                values: givenValues(spec, raw, label),
                label
            });
            effectiveRaw = { ...effective.raw };
            // Secret inputs never come from files: keep what the step or the environment gave.
            for (const i of spec.inputs)
                if (i.type === 'secret' && raw[i.name])
                    effectiveRaw[i.name] = raw[i.name];
            ctx = {
                ...ctx,
                settings: Object.fromEntries(Object.entries(effective.settings).map(([k, v]) => [
                    k,
                    { value: v.value, file: v.origin.file, line: v.origin.line, label: v.origin.label }
                ]))
            };
            configEvidence = effective.evidence;
        }
        inputs = (0,core_inputs/* parseInputs */.TL)(spec, effectiveRaw);
        mode = inputs.mode;
        for (const s of inputs.secrets()) {
            redactor.add(s);
            ctx.secret(s);
        }
        evaluation = consistent(await gate.evaluate(inputs, ctx));
    }
    catch (err) {
        evaluation = errorEvaluation(err, spec ?? { gate: gate.name }, ctx.workspace);
    }
    const result = {
        schema: 'ci-intel.gate-result.v1',
        gate: gate.name,
        verdict: evaluation.verdict,
        mode,
        summary: evaluation.summary,
        findings: evaluation.findings,
        evidence: { ...evaluation.evidence },
        outputs: evaluation.outputs ?? {},
        startedAt: started.toISOString(),
        durationMs: Math.round(Number(process.hrtime.bigint() - t0) / 1000) / 1000
    };
    if (inputs)
        result.evidence.inputs ??= inputs.toEvidence();
    if (configEvidence)
        result.evidence.config ??= configEvidence;
    return redactor.redactResult(result);
}

// EXTERNAL MODULE: ./lib/core/version.js
var version = __nccwpck_require__(18067);
// EXTERNAL MODULE: ./lib/gates/registry.js
var registry = __nccwpck_require__(58173);
// EXTERNAL MODULE: ./lib/templates/render.js
var render = __nccwpck_require__(1699);
// EXTERNAL MODULE: ./lib/cli/args.js
var args = __nccwpck_require__(92453);
;// CONCATENATED MODULE: ./lib/cli/main.js
/** `ci-intel`: every gate on the command line, with the same code and inputs as the actions. */

















/**
 * A gate's spec: in the bundle, compiled at build time (scripts/build.mjs); elsewhere parsed from
 * its action.yml (the YAML parser then loads).
 */
async function specOf(gate) {
    return ((0,build_registry/* registeredActionSpec */.wP)(gate) ?? (await Promise.all(/* import() */[__nccwpck_require__.e(3021), __nccwpck_require__.e(8815), __nccwpck_require__.e(5521)]).then(__nccwpck_require__.bind(__nccwpck_require__, 75521))).loadActionSpec(gate));
}
async function specs() {
    const root = (0,hub_root/* hubRoot */.G)();
    const gates = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, 'actions'))
        .filter((g) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'actions', g, 'action.yml')) && g in registry/* GATES */.J)
        .sort();
    return Promise.all(gates.map(specOf));
}
async function mainHelp() {
    const lines = [
        `ci-intel ${version/* HUB_VERSION */.h} \u2014 fail-closed CI/CD trust gates, the same code as the GitHub Actions`,
        '',
        'usage:',
        '  ci-intel <gate> [--<input> <value> \u2026] [--format text|json|sarif] [--output FILE] [--workspace DIR]',
        '  ci-intel check [--format text|json] [--output FILE] [--workspace DIR]',
        '                                                          run the repository gates on a checkout',
        '  ci-intel <gate> --help                                  inputs of one gate',
        '  ci-intel config [<gate> \u2026] [--format text|json]         effective configuration with origins',
        '  ci-intel doctor [--format text|json]                    is this machine and repository ready?',
        '  ci-intel init [--yes] [--answers FILE]                  adopt the hub: config, workflows, lock',
        '  ci-intel sync [--to vX.Y.Z | --channel stable]          merge the hub template into this repository',
        '  ci-intel report <ndjson files | folder> [--html FILE]   pipeline_run records \u2192 health, DORA, denials',
        '',
        'gates:'
    ];
    for (const s of await specs()) {
        lines.push(`  ${s.gate.padEnd(20)} ${s.description.replace(/\s+/g, ' ').slice(0, 100)}${s.description.length > 100 ? '\u2026' : ''}`);
    }
    lines.push('', 'exit status: 0 pass (or audit mode), 1 fail, 2 error or bad usage');
    return lines.join('\n') + '\n';
}
function exitCode(results) {
    const enforced = results.filter((r) => r.mode === 'enforce');
    const v = (0,result/* worstVerdict */.zP)(enforced.map((r) => r.verdict));
    return v === 'pass' ? 0 : v === 'fail' ? 1 : 2;
}
function context(io, workspace, redactor) {
    const runnerTemp = io.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    return {
        workspace,
        tempDir: hubTempDir(runnerTemp),
        env: io.env,
        now: () => new Date(),
        log: (m) => io.stderr(redactor.redact(m) + '\n'),
        secret: (s) => redactor.add(s)
    };
}
/** Inputs whose action.yml default is `${{ github.token }}` take GITHUB_TOKEN / GH_TOKEN locally. */
function fillTokenDefaults(spec, raw, env) {
    const token = env.GITHUB_TOKEN || env.GH_TOKEN;
    if (!token)
        return;
    for (const i of spec.inputs) {
        if (raw[i.name] === undefined && /\$\{\{\s*github\.token\s*\}\}/.test(i.default ?? ''))
            raw[i.name] = token;
    }
}
/** `--workspace DIR` must name an existing folder (default: the current directory). */
/** The checkout to inspect. One that does not exist is for the gates to report (an `error`). */
function workspaceOf(io, options) {
    return (0,external_node_path_.resolve)(io.cwd, options.workspace ?? '.');
}
/** Checked before any gate runs, so a typo in `--output` costs nothing and is a usage error. */
function checkOutput(io, options) {
    if (options.output === undefined)
        return;
    const file = (0,external_node_path_.resolve)(io.cwd, options.output);
    if (!(0,external_node_fs_.statSync)((0,external_node_path_.dirname)(file), { throwIfNoEntry: false })?.isDirectory())
        throw new args/* UsageError */.eb(`--output ${options.output}: the folder ${(0,external_node_path_.dirname)(file)} does not exist (create it first)`);
    if ((0,external_node_fs_.statSync)(file, { throwIfNoEntry: false })?.isDirectory())
        throw new args/* UsageError */.eb(`--output ${options.output} is a folder; name a file`);
}
function emit(io, options, text) {
    const pieces = typeof text === 'string' ? [text] : text;
    if (options.output) {
        try {
            json_pieces_writePieces((0,external_node_path_.resolve)(io.cwd, options.output), pieces);
        }
        catch (err) {
            throw new args/* UsageError */.eb(`--output ${options.output}: cannot write: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        io.stderr(`wrote ${options.output}\n`);
    }
    else
        for (const piece of pieces)
            io.stdout(piece);
}
async function runOne(io, gateName, argv) {
    const spec = await specOf(gateName);
    const { raw, options } = (0,args/* parseGateArgs */.Ai)(spec, argv);
    if (options.help) {
        io.stdout((0,args/* gateHelp */.pi)(spec));
        return 0;
    }
    const workspace = workspaceOf(io, options);
    checkOutput(io, options);
    fillTokenDefaults(spec, raw, io.env);
    const gate = await registry/* GATES */.J[gateName]();
    const redactor = new redact/* Redactor */.pO();
    const result = await runGate(gate, raw, context(io, workspace, redactor), {
        spec,
        redactor,
        configFile: options.config
    });
    // A record that cannot be written is reported after the result, and the run is an error.
    let unwritten;
    if (io.env.GITHUB_ACTIONS === 'true' && io.env.RUNNER_TEMP) {
        try {
            appendPolicyRecord(result, io.env.RUNNER_TEMP);
        }
        catch (err) {
            unwritten = new errors/* GateError */.ue(`the policy record could not be written under ${hubTempDir(io.env.RUNNER_TEMP)} (${(0,errors/* errorMessage */.gJ)(err)}): give the step a writable RUNNER_TEMP`, 'Give the step a writable RUNNER_TEMP.');
        }
    }
    // The JSON formats in pieces: a result of 100,000 findings is never one string.
    if (options.format === 'json')
        emit(io, options, resultPieces(result));
    else if (options.format === 'sarif')
        emit(io, options, sarifPieces(result, gate.rules, version/* HUB_VERSION */.h));
    else
        emit(io, options, textReport(result));
    if (unwritten)
        throw unwritten;
    return exitCode([result]);
}
async function runCheck(io, argv) {
    const options = (0,args/* parseCheckArgs */.hM)(argv);
    if (options.help) {
        io.stdout('usage: ci-intel check [--format text|json] [--output FILE] [--workspace DIR] [--config FILE]\n' +
            'Runs every repository-level gate with the effective configuration (.ci-intel/config.yml).\n');
        return 0;
    }
    const workspace = workspaceOf(io, options);
    checkOutput(io, options);
    const results = [];
    for (const spec of (await specs()).filter((s) => s.level === 'repository')) {
        const gate = await registry/* GATES */.J[spec.gate]();
        const redactor = new redact/* Redactor */.pO();
        results.push(await runGate(gate, {}, context(io, workspace, redactor), {
            spec,
            redactor,
            configFile: options.config
        }));
    }
    if (options.format === 'json')
        emit(io, options, JSON.stringify(results, null, 2) + '\n');
    else {
        const v = (0,result/* worstVerdict */.zP)(results.map((r) => r.verdict));
        emit(io, options, `ci-intel check: ${workspace}\n\n` +
            results.map((r) => textReport(r) + '\n').join('') +
            `${results.length} gate${results.length === 1 ? '' : 's'} run: ${v.toUpperCase()}\n`);
    }
    return exitCode(results);
}
async function cli(io) {
    const [command, ...rest] = io.argv;
    try {
        if (!command || command === '--help' || command === '-h' || command === 'help') {
            io.stdout(await mainHelp());
            return command ? 0 : 2;
        }
        if (command === '--version' || command === '-v') {
            io.stdout(`${version/* HUB_VERSION */.h}\n`);
            return 0;
        }
        if (command === 'check')
            return await runCheck(io, rest);
        // Each command loads its own modules only when it runs (cold start).
        if (command === 'config')
            return await (await Promise.all(/* import() */[__nccwpck_require__.e(3021), __nccwpck_require__.e(8815), __nccwpck_require__.e(9726), __nccwpck_require__.e(7216), __nccwpck_require__.e(6184)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6184))).configCommand(io, rest, await specs());
        if (command === 'doctor')
            return await (await Promise.all(/* import() */[__nccwpck_require__.e(3021), __nccwpck_require__.e(8815), __nccwpck_require__.e(9726), __nccwpck_require__.e(7216), __nccwpck_require__.e(6184)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6184))).doctorCommand(io, rest, await specs());
        if (command === 'init')
            return await (await Promise.all(/* import() */[__nccwpck_require__.e(3021), __nccwpck_require__.e(8815), __nccwpck_require__.e(5100), __nccwpck_require__.e(3247)]).then(__nccwpck_require__.bind(__nccwpck_require__, 73247))).initCommand({ ...io, interactive: process.stdin.isTTY }, rest);
        if (command === 'sync')
            return await (await Promise.all(/* import() */[__nccwpck_require__.e(3021), __nccwpck_require__.e(8815), __nccwpck_require__.e(5100), __nccwpck_require__.e(3247)]).then(__nccwpck_require__.bind(__nccwpck_require__, 73247))).syncCommand(io, rest);
        if (command === 'report')
            return await (await Promise.all(/* import() */[__nccwpck_require__.e(2716), __nccwpck_require__.e(6253)]).then(__nccwpck_require__.bind(__nccwpck_require__, 34723))).reportCommand(io, rest);
        if (!(command in registry/* GATES */.J)) {
            throw new args/* UsageError */.eb(`unknown gate '${command}'; gates: ${Object.keys(registry/* GATES */.J).join(', ')} (or 'check')`);
        }
        return await runOne(io, command, rest);
    }
    catch (err) {
        io.stderr(`ci-intel: ${(0,errors/* errorMessage */.gJ)(err)}\n`);
        if (!(err instanceof args/* UsageError */.eb) &&
            !(err instanceof render/* TemplateError */.$w) &&
            !(err instanceof errors/* GateError */.ue))
            io.stderr('(an internal error; please report it)\n');
        return 2;
    }
}


/***/ }),

/***/ 67454:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ DEFAULT_CONFIG_FILE)
/* harmony export */ });
/** Where a repository's configuration lives unless CI_INTEL_CONFIG or --config names another. */
const DEFAULT_CONFIG_FILE = '.ci-intel/config.yml';


/***/ }),

/***/ 28159:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3828);
/** A configuration the gates cannot run by: names the file, the key and the fix. */

class ConfigError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue {
    name = 'ConfigError';
    constructor(message, file, help, line, column) {
        super(message, help ?? 'Fix the configuration; `ci-intel config` shows every value and where it comes from.', file, line, column);
    }
}


/***/ }),

/***/ 16370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ positionOf)
/* harmony export */ });
/** A layer of configuration and where each of its keys stands (no parser or validator loaded). */
/** The position of a pointer, or of its nearest ancestor that has one. */
function positionOf(doc, pointer) {
    let p = pointer;
    for (;;) {
        const hit = doc.positions.get(p);
        if (hit)
            return hit;
        if (p === '')
            return { line: 1, column: 1 };
        p = p.slice(0, p.lastIndexOf('/'));
    }
}


/***/ }),

/***/ 72633:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ resolveGateConfig)
});

// EXTERNAL MODULE: ./lib/core/duration.js
var duration = __nccwpck_require__(68415);
// EXTERNAL MODULE: ./lib/core/lazy-crypto.js
var lazy_crypto = __nccwpck_require__(87495);
;// CONCATENATED MODULE: ./lib/core/sha256.js
/**
 * SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, as lowercase hex \u2014 for the one digest every
 * gate run computes (the effective configuration's, src/config/resolve.ts), so that a run that
 * needs no other cryptography does not load `node:crypto` for it (./lazy-crypto.ts). Equal to
 * `createHash('sha256').update(text).digest('hex')` byte for byte (test/core/sha256.test.ts);
 * meant for small inputs (kilobytes): larger data goes through `node:crypto`. Where a run has
 * loaded `node:crypto` anyway (cache-sentinel signs or verifies at every run), the digest is
 * node:crypto's: the same bytes, without running this code in the interpreter at start.
 */

const K = new Int32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
]);
const rotr = (x, n) => (x >>> n) | (x << (32 - n));
/** The SHA-256 digest of `text` (UTF-8), lowercase hex. */
function sha256Hex(text) {
    const loaded = (0,lazy_crypto/* nodeCryptoIfLoaded */.Y)();
    if (loaded)
        return loaded.createHash('sha256').update(text, 'utf8').digest('hex');
    return sha256HexPortable(text);
}
/** sha256Hex without node:crypto (exported for the tests that compare the two). */
function sha256HexPortable(text) {
    const data = Buffer.from(text, 'utf8');
    // The message, a 1 bit, zeros, and the bit length as 64 bits big-endian: whole 64-byte blocks.
    const blocks = Math.ceil((data.length + 9) / 64);
    const msg = Buffer.alloc(blocks * 64);
    data.copy(msg);
    msg[data.length] = 0x80;
    const bits = data.length * 8;
    msg.writeUInt32BE(Math.floor(bits / 0x100000000), msg.length - 8);
    msg.writeUInt32BE(bits >>> 0, msg.length - 4);
    const h = new Int32Array([
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
    ]);
    const w = new Int32Array(64);
    for (let off = 0; off < msg.length; off += 64) {
        for (let t = 0; t < 16; t++)
            w[t] = msg.readInt32BE(off + t * 4);
        for (let t = 16; t < 64; t++) {
            const a = w[t - 15];
            const b = w[t - 2];
            const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
            const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
            w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
        }
        let [a, b, c, d, e, f, g, hh] = h;
        for (let t = 0; t < 64; t++) {
            const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
            const ch = (e & f) ^ (~e & g);
            const t1 = (hh + S1 + ch + K[t] + w[t]) | 0;
            const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
            const maj = (a & b) ^ (a & c) ^ (b & c);
            const t2 = (S0 + maj) | 0;
            hh = g;
            g = f;
            f = e;
            e = (d + t1) | 0;
            d = c;
            c = b;
            b = a;
            a = (t1 + t2) | 0;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += hh;
    }
    let out = '';
    for (const x of h)
        out += (x >>> 0).toString(16).padStart(8, '0');
    return out;
}

// EXTERNAL MODULE: ./lib/config/positions.js
var positions = __nccwpck_require__(16370);
// EXTERNAL MODULE: ./lib/config/errors.js
var errors = __nccwpck_require__(28159);
;// CONCATENATED MODULE: ./lib/config/schema.js
/** Structured sections: config key \u2192 [document schema file, property of that document]. */
const STRUCTURED_SECTIONS = {
    'pr-target-ban': { allow: ['pr-target-allowlist.v1.json', 'allow'] },
    'workflow-policy': {
        rules: ['workflow-policy.v1.json', 'rules'],
        exceptions: ['workflow-policy.v1.json', 'exceptions']
    }
};
function inputSchema(input) {
    const base = { description: input.description.replace(/\s+/g, ' ').trim() };
    switch (input.type) {
        case 'boolean':
            return { ...base, type: 'boolean' };
        case 'number': {
            const s = { ...base, type: 'number' };
            const range = input;
            if (range.integer)
                s.type = 'integer';
            if (typeof range.min === 'number')
                s.minimum = range.min;
            if (typeof range.max === 'number')
                s.maximum = range.max;
            return s;
        }
        case 'choice':
            return { ...base, enum: input.options };
        case 'list':
            return {
                ...base,
                oneOf: [
                    { type: 'array', items: { type: 'string', minLength: 1 } },
                    { type: 'string', minLength: 1 }
                ]
            };
        case 'duration':
            return { ...base, type: 'string', minLength: 1, pattern: '^[0-9PTptWDHMSwdhms.]+$' };
        default:
            return { ...base, type: 'string' };
    }
}
/** Rewrite draft-07 `definitions` references of a document schema into this schema's `$defs`. */
function rehome(node, prefix) {
    if (Array.isArray(node))
        return node.map((n) => rehome(n, prefix));
    if (typeof node !== 'object' || node === null)
        return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string' && v.startsWith('#/definitions/')) {
            out[k] = `#/$defs/${prefix}-${v.slice('#/definitions/'.length)}`;
        }
        else
            out[k] = rehome(v, prefix);
    }
    return out;
}
const BOUND = {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: {
        'at-least': {
            type: ['string', 'number'],
            description: 'No layer below may set a smaller value (numbers, durations; mode: enforce).'
        },
        'at-most': {
            type: ['string', 'number'],
            description: 'No layer below may set a larger value (numbers, durations).'
        },
        'approver-from': {
            type: 'array',
            minItems: 1,
            items: { type: 'string', pattern: '^@[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$' },
            description: 'Allowlist entries must name one of these teams in approved-by.'
        }
    }
};
function configSchema(specs, documents) {
    const defs = {};
    const properties = {
        version: { const: 1, description: 'The config contract version.' },
        extends: {
            type: 'string',
            minLength: 1,
            description: 'The organisation overlay: <owner>/<repo>/<path>@<40-hex commit sha>, or a path relative to this file.'
        },
        policy: {
            type: 'object',
            additionalProperties: false,
            description: 'Only in an organisation overlay: keys no layer below may change (locked) or loosen (bounds).',
            properties: {
                locked: {
                    type: 'array',
                    items: { type: 'string', pattern: '^[a-z0-9-]+\\.[a-z0-9-]+$' },
                    description: '<gate>.<key> entries no repository setting or step input may change.'
                },
                bounds: {
                    type: 'object',
                    propertyNames: { pattern: '^[a-z0-9-]+\\.[a-z0-9-]+$' },
                    additionalProperties: BOUND
                }
            }
        }
    };
    for (const spec of specs) {
        const props = {};
        for (const input of spec.inputs) {
            if (input.type !== 'secret')
                props[input.name] = inputSchema(input);
        }
        for (const [key, [file, prop]] of Object.entries(STRUCTURED_SECTIONS[spec.gate] ?? {})) {
            const doc = documents[file];
            const prefix = file.replace(/\.v\d+\.json$/, '');
            for (const [name, def] of Object.entries(doc?.definitions ?? {})) {
                defs[`${prefix}-${name}`] = rehome(def, prefix);
            }
            props[key] = rehome(doc?.properties?.[prop] ?? {}, prefix);
        }
        properties[spec.gate] = {
            type: 'object',
            additionalProperties: false,
            description: spec.description.replace(/\s+/g, ' ').trim(),
            properties: props
        };
    }
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: 'https://ci-intel.dev/schema/config.v1.json',
        title: 'ci-intel configuration (.ci-intel/config.yml)',
        description: "One file per repository; one overlay per organisation. Keys of a gate section are that gate's action.yml input names. Generated from actions/*/action.yml by `npm run matrix`.",
        type: 'object',
        additionalProperties: false,
        required: ['version'],
        properties,
        $defs: defs
    };
}

;// CONCATENATED MODULE: ./lib/config/resolve.js





function toRaw(input, value) {
    if (Array.isArray(value))
        return value.map(String).join('\n');
    if (typeof value === 'object' && value !== null)
        return JSON.stringify(value);
    void input;
    return String(value);
}
function section(doc, gate) {
    const s = doc?.value[gate];
    return typeof s === 'object' && s !== null ? s : undefined;
}
function origin(kind, doc, gate, key) {
    const pos = (0,positions/* positionOf */.d)(doc, `/${gate}/${key}`);
    return { kind, label: `${doc.label}:${pos.line}`, file: doc.file, line: pos.line };
}
const MODE_STRICTNESS = { audit: 0, enforce: 1 };
function comparable(input, key, raw) {
    if (key === 'mode')
        return MODE_STRICTNESS[raw.trim()];
    if (input?.type === 'duration')
        return (0,duration/* parseDuration */.E)(raw);
    if (input?.type === 'number') {
        const n = Number(raw);
        return Number.isFinite(n) ? n : undefined;
    }
    return undefined;
}
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
        return `{${Object.keys(value)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(value);
}
function policyOf(org) {
    const p = (org?.value.policy ?? {});
    return { locked: new Set(p.locked ?? []), bounds: p.bounds ?? {} };
}
function resolveGateConfig(spec, layers, given) {
    const gate = spec.gate;
    const inputs = new Map(spec.inputs.map((i) => [i.name, i]));
    const org = section(layers.org, gate);
    const repo = section(layers.repo, gate);
    const policy = policyOf(layers.org);
    const values = {};
    const settings = {};
    const givenLabel = (k) => (given.label === 'flag' ? `--${k}` : 'with:');
    const structured = new Set(Object.keys(STRUCTURED_SECTIONS[gate] ?? {}));
    const keys = new Set([...inputs.keys(), ...structured]);
    for (const key of keys) {
        const input = inputs.get(key);
        // Candidates from the lowest layer to the highest.
        const chain = [];
        if (input?.default !== undefined)
            chain.push({ value: input.default, origin: { kind: 'default', label: 'default' } });
        if (org && org[key] !== undefined)
            chain.push({ value: org[key], origin: origin('org', layers.org, gate, key) });
        if (repo && repo[key] !== undefined)
            chain.push({ value: repo[key], origin: origin('repo', layers.repo, gate, key) });
        const g = given.values[key];
        if (g !== undefined && g !== '')
            chain.push({ value: g, origin: { kind: 'with', label: givenLabel(key) } });
        if (chain.length === 0)
            continue;
        const top = chain[chain.length - 1];
        const id = `${gate}.${key}`;
        const orgEntry = chain.find((c) => c.origin.kind === 'org');
        if (policy.locked.has(id)) {
            const base = orgEntry ?? chain.find((c) => c.origin.kind === 'default');
            for (const c of chain) {
                if (c.origin.kind !== 'repo' && c.origin.kind !== 'with')
                    continue;
                if (!base || canonical(toRaw(input, c.value)) !== canonical(toRaw(input, base.value))) {
                    throw new errors/* ConfigError */.x(`${id} is locked by ${layers.org.label} at ${base ? JSON.stringify(toRaw(input, base.value)) : 'its default'}; ${c.origin.label} sets it to ${JSON.stringify(toRaw(input, c.value))}`, c.origin.file, `Remove ${key} from ${c.origin.kind === 'with' ? "the step's with: (or the CLI flag)" : c.origin.label.replace(/:\d+$/, '')}; the organisation owns this setting.`, c.origin.line);
                }
            }
        }
        const bound = policy.bounds[id];
        if (bound) {
            const loosens = (c, limit, dir) => {
                const v = comparable(input, key, toRaw(input, c.value));
                const l = comparable(input, key, String(limit));
                if (v === undefined || l === undefined)
                    return true;
                return dir === 'at-least' ? v < l : v > l;
            };
            for (const dir of ['at-least', 'at-most']) {
                const limit = bound[dir];
                if (limit === undefined)
                    continue;
                if (comparable(input, key, String(limit)) === undefined) {
                    throw new errors/* ConfigError */.x(`${layers.org.label}: policy.bounds.${id}.${dir} ${JSON.stringify(limit)} is not a value ${key} can be compared with`, layers.org.file);
                }
                // Every layer below the organisation that sets the key, and the value that takes effect.
                for (const c of [
                    ...chain.filter((c) => c.origin.kind === 'repo' || c.origin.kind === 'with'),
                    top
                ]) {
                    if (loosens(c, limit, dir)) {
                        throw new errors/* ConfigError */.x(`${id} must be ${dir.replace('-', ' ')} ${String(limit)} (${layers.org.label}); ${c.origin.label} gives ${JSON.stringify(toRaw(input, c.value))}`, c.origin.file, c.origin.kind === 'default'
                            ? `The hub's default loosens the organisation's bound: set ${key} in the overlay or in .ci-intel/config.yml.`
                            : `Set ${key} to a value ${dir.replace('-', ' ')} ${String(limit)}, or remove it.`, c.origin.line);
                    }
                }
            }
            const teams = bound['approver-from'];
            if (teams) {
                const entries = Array.isArray(top.value) ? top.value : [];
                entries.forEach((e, i) => {
                    const by = String(e?.['approved-by'] ?? '');
                    if (!teams.includes(by)) {
                        throw new errors/* ConfigError */.x(`${id}[${i}] (${String(e?.workflow ?? '?')}) is approved by ${JSON.stringify(by)}; ${layers.org.label} requires one of ${teams.join(', ')} (${top.origin.label})`, top.origin.file, `Have a member of ${teams.join(' or ')} approve the exception and name the team in approved-by.`, top.origin.line);
                    }
                });
            }
        }
        const entry = { value: input?.type === 'secret' ? '***' : top.value, origin: top.origin };
        if (structured.has(key))
            settings[key] = entry;
        else
            values[key] = entry;
    }
    const raw = {};
    for (const [k, v] of Object.entries(values)) {
        if (v.origin.kind === 'default')
            continue;
        raw[k] = v.origin.kind === 'with' ? String(given.values[k]) : toRaw(inputs.get(k), v.value);
    }
    const files = [layers.repo?.label, layers.org?.label].filter((f) => !!f);
    const digestOf = canonical({
        gate,
        inputs: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.value])),
        settings: Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, v.value]))
    });
    const evidence = {
        digest: `sha256:${sha256Hex(digestOf)}`,
        files
    };
    if (layers.org)
        evidence.overlay = layers.org.ref.text;
    return { gate, raw, values, settings, evidence };
}


/***/ }),

/***/ 71855:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ registerSchemaValidators),
/* harmony export */   P6: () => (/* binding */ registeredBundleEntry),
/* harmony export */   RI: () => (/* binding */ registerActionSpec),
/* harmony export */   SK: () => (/* binding */ registerBundleEntry),
/* harmony export */   jO: () => (/* binding */ schemasCompiledAtBuild),
/* harmony export */   wP: () => (/* binding */ registeredActionSpec),
/* harmony export */   zv: () => (/* binding */ registeredSchemaLoader)
/* harmony export */ });
/** Each gate's spec as the build wrote it (JSON), parsed when it is first asked for. */
const specTexts = new Map();
const specs = new Map();
const validators = new Map();
let bundled = false;
/**
 * `json`: the gate's parsed and checked spec, as JSON text. The CLI carries every gate's and a
 * run reads one or two (its usage, all of them), so the text is parsed only when asked for.
 */
function registerActionSpec(gate, json) {
    specTexts.set(gate, json);
    specs.delete(gate);
}
/** The spec the build compiled into this bundle, if any. */
function registeredActionSpec(gate) {
    let spec = specs.get(gate);
    if (!spec) {
        const json = specTexts.get(gate);
        if (json === undefined)
            return undefined;
        spec = JSON.parse(json);
        specs.set(gate, spec);
    }
    return spec;
}
/**
 * Loaders of the validators for `schema/<name>` (e.g. `workflow-policy.v1.json`), generated at
 * build time: every schema the bundle's code names. After this, a schema that was not registered
 * is a build defect (the bundle carries no ajv compiler), reported as such instead of compiled.
 */
function registerSchemaValidators(all) {
    for (const [name, load] of Object.entries(all))
        validators.set(name, load);
    bundled = true;
}
/** True in a bundle whose schemas were compiled at build time. */
function schemasCompiledAtBuild() {
    return bundled;
}
function registeredSchemaLoader(name) {
    return validators.get(name);
}
let bundleEntry;
/** The bundle's own entry file (`import.meta.url` of the generated entry): what a worker loads. */
function registerBundleEntry(url) {
    bundleEntry = url;
}
function registeredBundleEntry() {
    return bundleEntry;
}


/***/ }),

/***/ 68415:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/** Durations as users write them: `90s`, `36h`, `7d`, `1d12h`, `2w`, or ISO 8601 (`P7D`, `PT36H`). */
const UNIT_MS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000
};
const SHORT = /^(?:(\d+(?:\.\d+)?)(ms|s|m|h|d|w))+$/;
const SHORT_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;
const ISO = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
/** Milliseconds for a duration string, or undefined when it is not one. */
function parseDuration(text) {
    const s = text.trim();
    if (s === '')
        return undefined;
    if (SHORT.test(s)) {
        let total = 0;
        for (const m of s.matchAll(SHORT_PART))
            total += Number(m[1]) * UNIT_MS[m[2]];
        return total;
    }
    const iso = ISO.exec(s.toUpperCase());
    if (iso && s.length > 1 && !s.toUpperCase().endsWith('T')) {
        const [, w, d, h, m, sec] = iso.map((x) => (x === undefined ? 0 : Number(x)));
        return w * UNIT_MS.w + d * UNIT_MS.d + h * UNIT_MS.h + m * UNIT_MS.m + sec * UNIT_MS.s;
    }
    return undefined;
}
/** A short human form: `7d`, `36h`, `1d 2h 3m`, `45s`. */
function formatDuration(ms) {
    const neg = ms < 0;
    let rest = Math.abs(Math.round(ms / 1000));
    const parts = [];
    for (const [unit, secs] of [
        ['d', 86400],
        ['h', 3600],
        ['m', 60],
        ['s', 1]
    ]) {
        const n = Math.floor(rest / secs);
        if (n > 0)
            parts.push(`${n}${unit}`);
        rest -= n * secs;
    }
    return (neg ? '-' : '') + (parts.length ? parts.join(' ') : '0s');
}


/***/ }),

/***/ 3828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   ue: () => (/* binding */ GateError)
/* harmony export */ });
/** Errors that carry what the user must change. */
/** A bad input value: names the input, what was given and what is expected. */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(`input '${input}': ${message}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** The gate could not decide (a document it cannot read, a service that does not answer). */
class GateError extends Error {
    help;
    file;
    line;
    column;
    constructor(message, help, file, line, column) {
        super(message);
        this.help = help;
        this.file = file;
        this.line = line;
        this.column = column;
        this.name = 'GateError';
    }
}
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}


/***/ }),

/***/ 37669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ hubRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(73136);
/** The hub's root folder (where actions/, schema/ and package.json are), found from a module. */



/**
 * The hub's root: the nearest ancestor of this module (src/core, lib/core or dist/<bundle>)
 * that holds an `actions/` folder.
 */
function hubRoot(from = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url))) {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(from);
    for (;;) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'actions')) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json')))
            return dir;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir)
            throw new Error(`cannot find the hub's actions/ folder above ${from}`);
        dir = parent;
    }
}


/***/ }),

/***/ 50662:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* unused harmony export describeRange */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(68415);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3828);


const TRUE = ['true', 'True', 'TRUE', 'yes', 'on', '1'];
/** A plain decimal number (no hex, no `Infinity`, no blank that `Number` would read as 0). */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const FALSE = ['false', 'False', 'FALSE', 'no', 'off', '0'];
/** Split a list input: newline- or comma-separated, trimmed, blanks and `#` comments dropped. */
function splitList(text) {
    return text
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}
/** The range of a number or duration input, as users write it: `1 to 600000 (a whole number)`. */
function describeRange(spec) {
    const show = (n) => (spec.type === 'duration' ? (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(n) : String(n));
    const whole = spec.integer ? ', a whole number' : '';
    return `${show(spec.min ?? -Infinity)} to ${show(spec.max ?? Infinity)}${whole}`;
}
/** Refuse a number or duration outside its declared range, naming the value and the range. */
function inRange(spec, raw, n) {
    const tooSmall = spec.min !== undefined && n < spec.min;
    const tooLarge = spec.max !== undefined && n > spec.max;
    if (tooSmall || tooLarge || (spec.integer && !Number.isInteger(n))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(spec.name, `'${raw.trim()}' is out of range; allowed: ${describeRange(spec)}`);
    }
    return n;
}
function convert(spec, raw) {
    switch (spec.type) {
        case 'string':
        case 'secret':
            return raw;
        case 'boolean':
            if (TRUE.includes(raw.trim()))
                return true;
            if (FALSE.includes(raw.trim()))
                return false;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(spec.name, `'${raw}' is not a boolean; use true or false`);
        case 'number': {
            const n = DECIMAL.test(raw.trim()) ? Number(raw.trim()) : NaN;
            if (!Number.isFinite(n)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(spec.name, `'${raw}' is not a number; allowed: ${describeRange(spec)}`);
            }
            return inRange(spec, raw, n);
        }
        case 'choice': {
            const v = raw.trim();
            if (!spec.options?.includes(v)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(spec.name, `'${v}' is not one of: ${spec.options?.join(', ')}`);
            }
            return v;
        }
        case 'list':
            return splitList(raw);
        case 'duration': {
            const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(raw);
            if (ms === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(spec.name, `'${raw}' is not a duration; write e.g. 90s, 36h, 7d, 1d12h or ISO 8601 P7D / PT36H`);
            }
            return inRange(spec, raw, ms);
        }
    }
}
/** The parsed inputs of one gate run, with typed accessors that fail loudly on misuse. */
class Inputs {
    spec;
    values;
    constructor(spec, values) {
        this.spec = spec;
        this.values = values;
    }
    get(name) {
        if (!this.spec.inputs.some((i) => i.name === name)) {
            throw new Error(`gate ${this.spec.gate} reads input '${name}', which its action.yml does not declare`);
        }
        return this.values.get(name);
    }
    /** Whether the user (or the default) gave a value. */
    has(name) {
        const v = this.get(name);
        return v !== undefined && !(Array.isArray(v) && v.length === 0);
    }
    string(name) {
        const v = this.get(name);
        return v === undefined ? undefined : String(v);
    }
    requireString(name) {
        const v = this.string(name);
        if (v === undefined || v === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'is required here');
        return v;
    }
    list(name) {
        const v = this.get(name);
        if (v === undefined)
            return [];
        return Array.isArray(v) ? v : splitList(String(v));
    }
    boolean(name) {
        return this.get(name) === true;
    }
    number(name) {
        const v = this.get(name);
        return typeof v === 'number' ? v : undefined;
    }
    /** A duration input, in milliseconds. */
    duration(name) {
        return this.number(name);
    }
    get mode() {
        return this.values.get('mode') === 'audit' ? 'audit' : 'enforce';
    }
    /** The spec and the parsed values, as plain data a worker thread can be given. */
    toTransfer() {
        return { spec: this.spec, values: this.values };
    }
    static fromTransfer(t) {
        return new Inputs(t.spec, t.values);
    }
    /** Names and values of every secret-typed input that was given. */
    secrets() {
        return this.spec.inputs
            .filter((i) => i.type === 'secret')
            .map((i) => this.values.get(i.name))
            .filter((v) => typeof v === 'string' && v !== '');
    }
    /** The inputs as JSON-able evidence, secrets replaced. */
    toEvidence() {
        const out = {};
        for (const i of this.spec.inputs) {
            const v = this.values.get(i.name);
            if (v === undefined)
                continue;
            out[i.name] = i.type === 'secret' ? '***' : v;
        }
        return out;
    }
}
/**
 * Parse raw string values (from `INPUT_*` or CLI flags) against the spec. A missing or empty
 * value takes the default; a missing required input is an InputError naming it.
 */
function parseInputs(spec, raw) {
    const known = new Set(spec.inputs.map((i) => i.name));
    for (const name of Object.keys(raw)) {
        if (!known.has(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `gate ${spec.gate} has no such input; it takes: ${[...known].join(', ')}`);
        }
    }
    const values = new Map();
    for (const input of spec.inputs) {
        const given = raw[input.name];
        // A default like `${{ github.token }}` is filled in by the runner; anywhere else (the CLI) it
        // means "not given", never the literal expression text.
        const fallback = input.default?.includes('${{') ? undefined : input.default;
        const text = given !== undefined && given.trim() !== '' ? given : fallback;
        if (text === undefined || text === '') {
            if (input.required) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input.name, `is required (${input.description.trim()})`);
            }
            continue;
        }
        values.set(input.name, convert(input, text));
    }
    return new Inputs(spec, values);
}


/***/ }),

/***/ 87495:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SI: () => (/* binding */ nodeCrypto),
/* harmony export */   Y: () => (/* binding */ nodeCryptoIfLoaded),
/* harmony export */   jE: () => (/* binding */ provideNodeCrypto)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(98995);
/**
 * `node:crypto` on demand. Loading it costs about as much as a quarter of Node's own start
 * (its internal modules are not in the startup snapshot), so code that needs it only on some
 * runs \u2014 SARIF fingerprints, signing, a digest of a file \u2014 asks for it here, at the point of
 * use, instead of importing it at the top of a module every run evaluates. A static
 * `import \u2026 from 'node:crypto'` in a module the bundle's entry reaches loads it at every start.
 */

let loaded;
/** The `node:crypto` module, loaded on the first call. */
function nodeCrypto() {
    loaded ??= (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url)('node:crypto');
    return loaded;
}
/**
 * Hand `node:crypto` over from a module that imports it statically anyway (so it is loaded at
 * start): code that otherwise does without it, such as ./sha256.ts, then uses it.
 */
function provideNodeCrypto(mod) {
    loaded ??= mod;
}
/** The `node:crypto` module if it was loaded (by nodeCrypto or provideNodeCrypto), else undefined. */
function nodeCryptoIfLoaded() {
    return loaded;
}


/***/ }),

/***/ 11596:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HK: () => (/* binding */ mapFindings),
/* harmony export */   tY: () => (/* binding */ lazyFindings)
/* harmony export */ });
/* unused harmony export isLazyFindings */
const sources = new WeakMap();
/** The index a property key names, or -1 ("3" names 3; "03", "-1", "1.5" and "length" none). */
function indexOf(key, length) {
    if (typeof key !== 'string' || key.length === 0 || key.length > 10)
        return -1;
    const c = key.charCodeAt(0);
    if (c < 48 || c > 57 || (c === 48 && key.length > 1))
        return -1;
    let n = 0;
    for (let i = 0; i < key.length; i++) {
        const d = key.charCodeAt(i) - 48;
        if (d < 0 || d > 9)
            return -1;
        n = n * 10 + d;
    }
    return n < length ? n : -1;
}
/** The findings of `source` as an array whose items are made when read. */
function lazyFindings(source) {
    const length = source.length;
    const replaced = new Map();
    const at = (i) => replaced.get(i) ?? source.at(i);
    const target = [];
    target.length = length;
    const list = new Proxy(target, {
        get(t, key, receiver) {
            const i = indexOf(key, length);
            return i < 0 ? Reflect.get(t, key, receiver) : at(i);
        },
        has(t, key) {
            return indexOf(key, length) >= 0 || Reflect.has(t, key);
        },
        set(_t, key, value) {
            const i = indexOf(key, length);
            if (i < 0)
                throw new TypeError(`a lazy findings list has ${length} items, no more, no fewer`);
            replaced.set(i, value);
            return true;
        },
        deleteProperty() {
            throw new TypeError('a lazy findings list has no holes: an item cannot be deleted');
        },
        defineProperty() {
            throw new TypeError('a lazy findings list takes no new properties');
        },
        getOwnPropertyDescriptor(t, key) {
            const i = indexOf(key, length);
            if (i < 0)
                return Reflect.getOwnPropertyDescriptor(t, key);
            return { value: at(i), writable: true, enumerable: true, configurable: true };
        },
        ownKeys(t) {
            const keys = [];
            for (let i = 0; i < length; i++)
                keys.push(String(i));
            return [...keys, ...Reflect.ownKeys(t)];
        }
    });
    sources.set(list, { length, at });
    return list;
}
/** Whether `list` is a lazy findings list (`lazyFindings`). */
function isLazyFindings(list) {
    return sources.has(list);
}
/**
 * `list` with each finding passed through `fn` as it is read: a lazy list stays lazy (`fn` runs
 * at every read), an ordinary array is mapped now.
 */
function mapFindings(list, fn) {
    const source = sources.get(list);
    if (!source)
        return list.map((f) => fn(f));
    return lazyFindings({ length: source.length, at: (i) => fn(source.at(i)) });
}


/***/ }),

/***/ 65746:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MI: () => (/* binding */ OFFLOAD_YOUNG_GENERATION_MB),
/* harmony export */   Vt: () => (/* binding */ offloadWorkerGate),
/* harmony export */   Yq: () => (/* binding */ offloadable),
/* harmony export */   a1: () => (/* binding */ OffloadFeed),
/* harmony export */   hZ: () => (/* binding */ prestartOffload),
/* harmony export */   id: () => (/* binding */ cancelPrestartedOffload),
/* harmony export */   mD: () => (/* binding */ runOffloaded),
/* harmony export */   uz: () => (/* binding */ defineOffloadTask),
/* harmony export */   yz: () => (/* binding */ MovedAnswer)
/* harmony export */ });
/* unused harmony export inOffloadWorker */
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(98995);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73136);
/* harmony import */ var _build_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(71855);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3828);
/* harmony import */ var _read_file_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(14630);
/* harmony import */ var _strict_json_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(66613);
/**
 * Running one long, allocation-heavy part of a gate (scanning thousands of workflow files) in a
 * worker thread whose young generation is capped. V8 grows the main thread's young generation to
 * its maximum over a long run (tens of MB freed per scavenge, most of it never reused), so the
 * peak RSS grows with the file count although what the scan keeps does not. A worker is the one
 * documented way to give part of a run other heap limits (`resourceLimits`): flags set after
 * start (`v8.setFlagsFromString`) do not resize a configured heap.
 *
 * The worker runs the same code: the bundle's entry (registered by the build) or, outside a
 * bundle, the module that defines the task. `defineOffloadTask` runs the task when the module is
 * loaded in its worker; `runAction` and the CLI do nothing there. Progress lines and secrets the
 * task learns are posted to the calling thread, which logs and masks them as usual.
 */






const ROLE_ENV = 'CI_INTEL_OFFLOAD_TASK';
/** The young generation of an offload worker, MiB (measured: 32 keeps 1x-16x corpus flattest). */
const OFFLOAD_YOUNG_GENERATION_MB = 32;
let threads;
/** worker_threads, loaded only by a run that offloads (or asks whether it is a worker). */
const workerThreads = () => (threads ??= (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url)('node:worker_threads'));
/** True in a worker started by `runOffloaded`: the entry must not run its action there. */
function inOffloadWorker() {
    if (!process.env[ROLE_ENV])
        return false;
    return !workerThreads().isMainThread;
}
/** The gate whose module a CLI worker must load for its task to be defined. */
function offloadWorkerGate() {
    if (!inOffloadWorker())
        return undefined;
    return workerThreads().workerData?.gate;
}
/**
 * Whether a task defined in `module` can run in a worker: in a bundle, or from compiled `lib/`.
 * From the TypeScript sources (the test runner's own loader) a worker could not load it.
 */
function offloadable(module) {
    return (0,_build_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .registeredBundleEntry */ .P6)() !== undefined || /\.m?js$/.test(module);
}
function encodeError(err) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz) {
        return {
            type: 'InputError',
            input: err.input,
            message: err.message.slice(`input '${err.input}': `.length)
        };
    }
    if (err instanceof _read_file_js__WEBPACK_IMPORTED_MODULE_4__/* .FileReadError */ .tJ) {
        return {
            type: 'FileReadError',
            message: err.message,
            file: err.file,
            help: err.help,
            code: err.code
        };
    }
    if (err instanceof _strict_json_js__WEBPACK_IMPORTED_MODULE_5__/* .JsonDocumentError */ .sT) {
        return {
            type: 'JsonDocumentError',
            message: err.message,
            line: err.line,
            pointer: err.pointer
        };
    }
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue) {
        const { help, file, line, column } = err;
        return { type: 'GateError', message: err.message, help, file, line, column };
    }
    return { type: 'Error', message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err) };
}
/** The error the task threw, as the same class (the verdict and its finding depend on it). */
function decodeError(e) {
    switch (e.type) {
        case 'InputError':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(e.input ?? '', e.message);
        case 'FileReadError':
            return new _read_file_js__WEBPACK_IMPORTED_MODULE_4__/* .FileReadError */ .tJ(e.message, e.file ?? '', e.help ?? '', e.code);
        case 'JsonDocumentError':
            return new _strict_json_js__WEBPACK_IMPORTED_MODULE_5__/* .JsonDocumentError */ .sT(e.message, e.line, e.pointer);
        case 'GateError':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue(e.message, e.help, e.file, e.line, e.column);
        default:
            return new Error(e.message);
    }
}
/**
 * A task's answer whose buffers (`transfer`) are moved to the calling thread instead of copied:
 * the task must not touch them afterwards.
 */
class MovedAnswer {
    value;
    transfer;
    constructor(value, transfer) {
        this.value = value;
        this.transfer = transfer;
    }
}
/**
 * Define a task a worker can run. Called at the top level of the module that holds it; in the
 * worker started for this task, it runs it and posts the outcome (elsewhere it does nothing).
 */
function defineOffloadTask(name, run) {
    if (process.env[ROLE_ENV] !== name || !inOffloadWorker())
        return;
    const port = workerThreads().parentPort;
    const post = (m) => port.postMessage(m);
    // Feed requests are answered in the order they were made.
    const asked = [];
    const host = {
        log: (text) => post({ kind: 'log', text }),
        secret: (value) => post({ kind: 'secret', value }),
        more: (n) => new Promise((resolve, reject) => {
            asked.push({ resolve, reject });
            post({ kind: 'want', n });
        })
    };
    let started = false;
    // The payload comes as the first message (a worker started ahead of time waits for it), after
    // the defining module and the rest of the entry have finished loading.
    port.on('message', (m) => {
        if (m.kind === 'start' && !started) {
            started = true;
            run(m.payload, host).then((value) => {
                if (value instanceof MovedAnswer)
                    port.postMessage({ kind: 'done', value: value.value }, value.transfer);
                else
                    post({ kind: 'done', value });
            }, (err) => post({ kind: 'failed', error: encodeError(err) }));
        }
        else if (m.kind === 'items') {
            asked.shift()?.resolve(m.items);
        }
        else if (m.kind === 'feed-failed') {
            asked.shift()?.reject(decodeError(m.error));
        }
    });
}
/**
 * A task's view of its caller's feed, one item at a time: the next batch is asked for while half
 * of the current one is still to be used, so the caller reads ahead on its own thread while the
 * task works, and at most two batches are held.
 */
class OffloadFeed {
    host;
    size;
    batch = [];
    at = 0;
    ahead;
    ended = false;
    constructor(host, size = 32) {
        this.host = host;
        this.size = size;
    }
    /** The next item, or undefined once the feed is exhausted. */
    async next() {
        if (this.at >= this.batch.length) {
            if (this.ended)
                return undefined;
            const got = await (this.ahead ?? this.host.more(this.size));
            this.ahead = undefined;
            if (got.length === 0) {
                this.ended = true;
                return undefined;
            }
            this.batch = got;
            this.at = 0;
        }
        if (this.ahead === undefined &&
            this.at * 2 >= this.batch.length &&
            this.batch.length >= this.size) {
            this.ahead = this.host.more(this.size);
            // Awaited by the next call; until then a failure must not count as unhandled.
            this.ahead.catch(() => undefined);
        }
        return this.batch[this.at++];
    }
}
/** Workers started ahead of time (`prestartOffload`), by task, not yet given their payload. */
const prestarted = new Map();
function startWorker(task, options) {
    const { Worker } = workerThreads();
    const entry = (0,_build_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .registeredBundleEntry */ .P6)() ?? options.module;
    const setup = { task, gate: options.gate };
    return new Worker((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(entry), {
        workerData: setup,
        env: { ...process.env, [ROLE_ENV]: task },
        resourceLimits: { maxYoungGenerationSizeMb: OFFLOAD_YOUNG_GENERATION_MB },
        stdout: false,
        stderr: false
    });
}
/**
 * Start the worker for `task` now, while this thread still prepares what to give it: its start
 * (loading the bundle a second time, ~50 ms) overlaps that work. The next `runOffloaded` of the
 * task uses it. Until then it does not keep the process alive; `cancelPrestartedOffload` ends it
 * when the run decides not to offload. Gives the worker's thread id.
 */
function prestartOffload(task, options) {
    const had = prestarted.get(task);
    if (had)
        return had.worker.threadId;
    const worker = startWorker(task, options);
    const slot = { worker, ended: false };
    // Whatever ends it before it is used: the run then starts a fresh one.
    const end = () => {
        slot.ended = true;
    };
    worker.on('error', end);
    worker.on('exit', end);
    worker.unref();
    prestarted.set(task, slot);
    return worker.threadId;
}
/** End the worker started ahead of time for `task`, if it was not used. */
function cancelPrestartedOffload(task) {
    const slot = prestarted.get(task);
    if (!slot)
        return;
    prestarted.delete(task);
    void slot.worker.terminate().catch(() => undefined);
}
function takePrestarted(task) {
    const slot = prestarted.get(task);
    if (!slot)
        return undefined;
    prestarted.delete(task);
    if (slot.ended)
        return undefined;
    slot.worker.removeAllListeners();
    slot.worker.ref();
    return slot.worker;
}
/**
 * Run `task` in a worker thread and give its value; the task's error is rethrown as its own
 * class. A worker that dies, runs out of memory or ends without an answer is a GateError: the
 * caller reports `error`, never a result it did not get.
 */
function runOffloaded(task, payload, options) {
    return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (f) => {
            if (settled)
                return;
            settled = true;
            f();
        };
        const worker = takePrestarted(task) ?? startWorker(task, options);
        const order = (m) => worker.postMessage(m);
        const ended = () => worker.terminate().catch(() => undefined);
        worker.on('message', (m) => {
            if (m.kind === 'log')
                options.host.log(m.text);
            else if (m.kind === 'secret')
                options.host.secret(m.value);
            else if (m.kind === 'want') {
                try {
                    if (!options.supply)
                        throw new Error(`the ${task} task asked for a feed it was not given`);
                    order({ kind: 'items', items: options.supply(m.n) });
                }
                catch (err) {
                    order({ kind: 'feed-failed', error: encodeError(err) });
                }
            }
            // The answer is given once the worker has ended: its heap is freed before the caller
            // goes on to report (else both heaps would be at their peak together).
            else if (m.kind === 'done')
                settle(() => void ended().then(() => resolve(m.value)));
            else if (m.kind === 'failed')
                settle(() => void ended().then(() => reject(decodeError(m.error))));
        });
        worker.on('error', (err) => settle(() => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue(err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `the ${task} worker ran out of memory`
            : `the ${task} worker failed: ${typeof err?.message === 'string' ? err.message : String(err)}`, 'The gate could not decide and fails closed; re-run, and report it if it repeats.'))));
        worker.on('exit', (code) => settle(() => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue(`the ${task} worker ended (exit code ${code}) without an answer`, 'The gate could not decide and fails closed; re-run, and report it if it repeats.'))));
        order({ kind: 'start', payload });
    });
}


/***/ }),

/***/ 14630:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   readRegularTextFile: () => (/* binding */ readRegularTextFile),
/* harmony export */   tJ: () => (/* binding */ FileReadError),
/* harmony export */   xf: () => (/* binding */ readRegularFileChunks)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/**
 * The one way a gate reads a file it was handed: opened once without blocking, checked to be a
 * regular file on the open descriptor (a FIFO, device, socket or directory \u2014 or a symlink to
 * one \u2014 is refused), and read with the byte limit enforced while reading, never from `stat`
 * alone (`/dev/zero` and `/proc` files report size 0).
 */

class FileReadError extends Error {
    file;
    help;
    code;
    name = 'FileReadError';
    constructor(message, file, help, 
    /** The errno code of a failed open (`ENOENT` \u2026), or `not-regular` / `too-large`. */
    code) {
        super(message);
        this.file = file;
        this.help = help;
        this.code = code;
    }
}
function kindOf(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSocket())
        return 'a socket';
    return 'not a regular file';
}
function mib(n) {
    return n >= 1024 * 1024
        ? `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MiB`
        : `${n} bytes`;
}
const CHUNK_BYTES = 1 << 20;
let sharedBuffer;
let bufferInUse = false;
/**
 * Stream `file` through `onChunk` (each chunk is only valid during the call), with the same
 * checks as `readRegularFile`: for inputs too large to hold in memory (artifacts to hash).
 * Returns the number of bytes read.
 */
function readRegularFileChunks(file, limit, onChunk) {
    const what = limit.what ? `${limit.what} ` : '';
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (err) {
        const code = err.code;
        const reason = code === 'ENOENT'
            ? 'does not exist'
            : code === 'EACCES' || code === 'EPERM'
                ? 'cannot be read (permission denied)'
                : code === 'ELOOP'
                    ? 'is a symlink loop'
                    : code === 'ENXIO'
                        ? 'is a socket or a device without a reader'
                        : `cannot be opened (${code ?? err.message})`;
        throw new FileReadError(`${what}${file} ${reason}`, file, 'Check the path; it is resolved against the workspace.', code);
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile()) {
            throw new FileReadError(`${what}${file} is ${kindOf(st)}, not a regular file`, file, 'Pass the path of a regular file (symlinks to regular files are followed).', 'not-regular');
        }
        if (st.size > limit.maxBytes) {
            throw new FileReadError(`${what}${file} is ${mib(st.size)}; the limit is ${mib(limit.maxBytes)}`, file, 'This is larger than any valid document of its kind; check that the right file is named.', 'too-large');
        }
        let total = 0;
        // One read buffer for the process (reads are synchronous and each chunk lives only during
        // its callback), so hashing a tree of many files allocates nothing per file; a nested call
        // from inside a callback gets its own.
        const nested = bufferInUse;
        const chunk = nested
            ? Buffer.allocUnsafe(CHUNK_BYTES)
            : (sharedBuffer ??= Buffer.allocUnsafe(CHUNK_BYTES));
        bufferInUse = true;
        try {
            for (;;) {
                let n;
                try {
                    n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, Math.min(chunk.length, limit.maxBytes + 1 - total), null);
                }
                catch (err) {
                    throw new FileReadError(`${what}${file} could not be read (${err.code ?? err.message})`, file, 'Check that the file is readable.', err.code);
                }
                if (n === 0)
                    break;
                total += n;
                if (total > limit.maxBytes) {
                    throw new FileReadError(`${what}${file} grew past the limit of ${mib(limit.maxBytes)} while being read`, file, 'The file is larger than stat reported (a special or growing file); pass a regular file.', 'too-large');
                }
                onChunk(chunk.subarray(0, n));
            }
        }
        finally {
            if (!nested)
                bufferInUse = false;
        }
        return total;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Read `file` as bytes; throws FileReadError naming the file, the problem and the fix. */
function readRegularFile(file, limit) {
    const chunks = [];
    const total = readRegularFileChunks(file, limit, (c) => chunks.push(Buffer.from(c)));
    return Buffer.concat(chunks, total);
}
/** Read `file` as UTF-8 text (a leading BOM is dropped; invalid UTF-8 is refused). */
function readRegularTextFile(file, limit) {
    const bytes = readRegularFile(file, limit);
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new FileReadError(`${limit.what ? `${limit.what} ` : ''}${file} is not UTF-8 text`, file, 'Pass a text document (UTF-8).');
    }
    return text.replace(/^\uFEFF/, '');
}


/***/ }),

/***/ 8038:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eo: () => (/* binding */ secretForms),
/* harmony export */   pO: () => (/* binding */ Redactor)
/* harmony export */ });
/* unused harmony exports registerSecret, onSecretRegistered */
/* harmony import */ var _lazy_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(11596);
/**
 * Keeps secrets out of logs, outputs and reports, in every encoding a credential takes on the
 * wire: the value itself, URL-encoded, JSON-escaped, base64 (standard and URL-safe) \u2014 also as
 * part of a longer base64 text such as `Basic base64(user:pass)` \u2014 and any token fetched with it
 * (registered at run time through `registerSecret`).
 *
 * Redaction applies to free text only. The fields a decision is made of (`verdict`, `mode`,
 * `schema`, `gate`, a finding's `rule` and `severity`) are never rewritten, so a secret that
 * happens to equal `pass` or `enforce` cannot change what a result says.
 */

const TOKEN_PATTERNS = [
    /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g, // GitHub tokens
    /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
    /\bAKIA[0-9A-Z]{16}\b/g, // AWS access key ids
    /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, // JWTs (OIDC and registry tokens)
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g
];
/**
 * Text none of TOKEN_PATTERNS can match: each starts with one of these literals. One scan for
 * all of them instead of one per pattern (a result of 100,000 findings redacts every message).
 */
const TOKEN_PREFIXES = /gh[pousr]_|github_pat_|AKIA|eyJ|-----BEGIN /;
/** Shorter values are not registered: they would redact ordinary words. */
const MIN_SECRET = 4;
/** A base64 fragment shorter than this is too likely to occur by chance. */
const MIN_BASE64_FRAGMENT = 6;
function base64Variants(b64) {
    const url = b64.replace(/\+/g, '-').replace(/\//g, '_');
    return [b64, b64.replace(/=+$/, ''), url, url.replace(/=+$/, '')];
}
/**
 * The base64 characters that encode only bytes of `value`, whatever precedes it: for each of
 * the three alignments a prefix can give it (`user:` in `user:pass`), the run of output
 * characters whose 6 bits all come from the value.
 */
function embeddedBase64(value) {
    const out = [];
    for (let k = 0; k < 3; k++) {
        const text = Buffer.concat([Buffer.alloc(k), value]).toString('base64');
        const first = Math.ceil((8 * k) / 6);
        const end = Math.floor((8 * (k + value.length)) / 6);
        const core = text.slice(first, end);
        if (core.length >= MIN_BASE64_FRAGMENT)
            out.push(core);
    }
    return out;
}
/**
 * Forms already worked out, by value: an Actions run registers each secret input more than once
 * (masked as given, then again as a parsed input), and working the forms out is not free at start.
 */
const formsOf = new Map();
/** `value` and the forms it takes when encoded for a URL, JSON, a header or base64. */
function secretForms(value) {
    let forms = formsOf.get(value);
    if (!forms) {
        forms = computeSecretForms(value);
        if (formsOf.size >= 256)
            formsOf.clear();
        formsOf.set(value, forms);
    }
    return [...forms];
}
function computeSecretForms(value) {
    const forms = new Set([value]);
    const url = encodeURIComponent(value);
    forms.add(url);
    forms.add(url.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
    forms.add(url.replace(/%20/g, '+'));
    // What escape()/form encoders leave alone and encodeURIComponent does not (e.g. `!'()*`).
    forms.add(url.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
    forms.add(JSON.stringify(value).slice(1, -1));
    const bytes = Buffer.from(value, 'utf8');
    for (const b of base64Variants(bytes.toString('base64')))
        forms.add(b);
    for (const core of embeddedBase64(bytes)) {
        for (const b of base64Variants(core))
            forms.add(b);
    }
    return [...forms].filter((f) => f.length >= MIN_SECRET);
}
const runtimeSecrets = new Set();
let runtimeVersion = 0;
const listeners = new Set();
/**
 * Register a secret learnt during the run \u2014 a bearer token a registry's token service handed
 * out, a password read from a credentials helper. Every Redactor of the process redacts it (and
 * its encodings) from then on, and the Actions adapter masks it in the runner log.
 */
function registerSecret(value) {
    if (!value || value.length < MIN_SECRET)
        return;
    for (const form of secretForms(value)) {
        if (runtimeSecrets.has(form))
            continue;
        runtimeSecrets.add(form);
        runtimeVersion++;
        for (const l of listeners)
            l(form);
    }
}
/** Be told of every form `registerSecret` adds (the Actions adapter calls `core.setSecret`). */
function onSecretRegistered(listener) {
    listeners.add(listener);
    for (const form of runtimeSecrets)
        listener(form);
    return () => listeners.delete(listener);
}
/** Result fields that are enums or identifiers of the hub, never free text. */
const RESULT_FIXED = new Set(['schema', 'gate', 'verdict', 'mode', 'startedAt', 'durationMs']);
const FINDING_FIXED = new Set(['rule', 'severity', 'line', 'column']);
/** `o[key] = value` as an own field, `__proto__` included (as JSON.parse makes it). */
function setOwn(o, key, value) {
    if (key === '__proto__')
        Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
    else
        o[key] = value;
}
class Redactor {
    secrets = new Set();
    /** Longest first, so a secret inside a longer one cannot leave the rest behind. */
    sorted = [];
    sortedSize = -1;
    sortedVersion = -1;
    needles() {
        if (this.secrets.size !== this.sortedSize || runtimeVersion !== this.sortedVersion) {
            this.sorted = [...new Set([...this.secrets, ...runtimeSecrets])].sort((a, b) => b.length - a.length);
            this.sortedSize = this.secrets.size;
            this.sortedVersion = runtimeVersion;
        }
        return this.sorted;
    }
    /**
     * Register a secret value and its encodings; short values are ignored (they would redact
     * ordinary words). Returns the forms registered, for the runner's log masking.
     */
    add(value) {
        if (!value || value.length < MIN_SECRET)
            return [];
        const forms = secretForms(value);
        for (const f of forms)
            this.secrets.add(f);
        return forms;
    }
    /** Register a user name and password as they travel together (`Basic base64(user:pass)`). */
    addCredential(user, password) {
        if (!password || password.length < MIN_SECRET)
            return [];
        const forms = this.add(password);
        const pair = `${user ?? ''}:${password}`;
        for (const f of [
            ...base64Variants(Buffer.from(pair, 'utf8').toString('base64')),
            `${encodeURIComponent(user ?? '')}:${encodeURIComponent(password)}`
        ]) {
            this.secrets.add(f);
            forms.push(f);
        }
        return forms;
    }
    redact(text) {
        let out = text;
        for (const s of this.needles()) {
            if (out.includes(s))
                out = out.split(s).join('***');
        }
        if (TOKEN_PREFIXES.test(out))
            for (const re of TOKEN_PATTERNS)
                out = out.replace(re, '***');
        return out;
    }
    /** Redact every string (and object key) inside a JSON-able value. */
    redactValue(value) {
        return this.walk(value);
    }
    /** Redact a gate result's free text; its verdict, mode and rule ids are left as they are. */
    redactResult(result) {
        const out = {};
        for (const [k, v] of Object.entries(result)) {
            if (RESULT_FIXED.has(k))
                out[k] = v;
            else if (k === 'findings' && Array.isArray(v))
                out[k] = this.redactFindings(v);
            else
                out[k] = this.walk(v);
        }
        return out;
    }
    /**
     * Each finding as it is when redaction changes none of its text, else a copy with the changed
     * fields: a run with 100,000 findings holds them once, not twice. A help or a file path is
     * shared by many findings, so each distinct one is redacted once.
     */
    redactFindings(findings) {
        const shared = new Map();
        const text = (key, value) => {
            if (key !== 'help' && key !== 'file')
                return this.redact(value);
            let r = shared.get(value);
            if (r === undefined)
                shared.set(value, (r = this.redact(value)));
            return r;
        };
        // A lazy list (src/core/lazy-findings.ts) stays lazy: each finding is redacted as it is read.
        return (0,_lazy_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .mapFindings */ .HK)(findings, (f) => {
            const fields = f;
            let copy;
            for (const key of Object.keys(fields)) {
                if (FINDING_FIXED.has(key))
                    continue;
                const value = fields[key];
                const red = typeof value === 'string' ? text(key, value) : this.walk(value);
                if (red !== value)
                    (copy ??= { ...fields })[key] = red;
            }
            return (copy ?? fields);
        });
    }
    /**
     * `value` with every string (and key) redacted. A plain array or object none of whose text
     * changes is returned as it is, so a long evidence list is not copied for nothing; any other
     * object (a class instance, whose JSON form may come from its prototype) is copied field by
     * field, as JSON would see its own fields.
     */
    walk(value) {
        if (typeof value === 'string')
            return this.redact(value);
        if (Array.isArray(value)) {
            let out;
            for (let i = 0; i < value.length; i++) {
                const v = value[i];
                const r = this.walk(v);
                if (out)
                    out.push(r);
                else if (r !== v)
                    (out = value.slice(0, i)).push(r);
            }
            return out ?? value;
        }
        if (value && typeof value === 'object') {
            const proto = Object.getPrototypeOf(value);
            const plain = proto === Object.prototype || proto === null;
            let out = plain ? undefined : {};
            const entries = Object.entries(value);
            for (let i = 0; i < entries.length; i++) {
                const [k, v] = entries[i];
                const rk = this.redact(k);
                const rv = this.walk(v);
                if (!out && (rk !== k || rv !== v)) {
                    out = {};
                    for (let j = 0; j < i; j++)
                        setOwn(out, entries[j][0], entries[j][1]);
                }
                if (out)
                    setOwn(out, rk, rv);
            }
            return out ?? value;
        }
        return value;
    }
}


/***/ }),

/***/ 28490:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _f: () => (/* binding */ isVerdict),
/* harmony export */   zP: () => (/* binding */ worstVerdict)
/* harmony export */ });
/* unused harmony export stepFails */
/** The result model every gate shares (DESIGN.md, "The gate contract"). */
/** A step fails in enforce mode unless the verdict is pass. */
function stepFails(result) {
    return result.mode === 'enforce' && result.verdict !== 'pass';
}
const VERDICTS = ['pass', 'fail', 'error'];
/** Whether `v` is one of the three verdicts (anything else is read as `error`). */
function isVerdict(v) {
    return typeof v === 'string' && VERDICTS.includes(v);
}
/**
 * The worst of several verdicts: error > fail > pass. Anything that is not a verdict (a
 * misspelling, `undefined`, a redacted `***`) counts as `error`, never as a pass. An empty list
 * is `pass` (nothing blocks): a caller for which "nothing was checked" matters must say so itself.
 */
function worstVerdict(verdicts) {
    let worst = 'pass';
    for (const v of verdicts) {
        if (!isVerdict(v) || v === 'error')
            return 'error';
        if (v === 'fail')
            worst = 'fail';
    }
    return worst;
}


/***/ }),

/***/ 38272:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _e: () => (/* binding */ writeStderr),
/* harmony export */   jQ: () => (/* binding */ writeStdout)
/* harmony export */ });
/* unused harmony export setStdWriteSink */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/**
 * Writing to stdout and stderr without `process.stdout` / `process.stderr`. The first touch of
 * either builds a stream object, and with it Node's stream machinery (node:stream, its duplex,
 * pipeline and compose modules, and for a pipe node:net): none of it is in Node's startup
 * snapshot, so that costs a run about a sixth of Node's own start. The actions' runner commands
 * and the CLI's output go through here instead and are written to the file descriptor itself,
 * synchronously and whole (a short write is continued), the way the stream writes to a file or a
 * terminal and to a pipe that takes the text at once.
 *
 * When a direct write fails \u2014 a full pipe the runner made non-blocking (EAGAIN), a closed one
 * (EPIPE), anything else \u2014 what is left of that text, and everything after it on that
 * descriptor, goes through the stream, which handles each case as it always has (queueing, an
 * 'error' event); from then on nothing can overtake what the stream still holds. On Windows,
 * where the stream and a direct write do not order the same way, the stream is always used.
 * The one other writer is the interactive prompt of `ci-intel init` (readline on process.stderr,
 * a terminal: synchronous on POSIX too).
 */

const viaStream = new Set();
let sink;
/** Tests: hand every write to `to` instead (until called again without it). */
function setStdWriteSink(to) {
    sink = to;
}
function streamOf(fd) {
    return fd === 1 ? process.stdout : process.stderr;
}
function write(fd, text) {
    if (!text)
        return;
    if (sink)
        return sink(fd, text);
    if (process.platform === 'win32' || viaStream.has(fd)) {
        viaStream.add(fd);
        streamOf(fd).write(text);
        return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    try {
        while (done < bytes.length)
            done += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, done, bytes.length - done);
    }
    catch {
        viaStream.add(fd);
        streamOf(fd).write(bytes.subarray(done));
    }
}
/** `text` on stdout, as `process.stdout.write(text)` would put it there. */
function writeStdout(text) {
    write(1, text);
}
/** `text` on stderr, as `process.stderr.write(text)` would put it there. */
function writeStderr(text) {
    write(2, text);
}


/***/ }),

/***/ 66613:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RJ: () => (/* binding */ parseStrictJson),
/* harmony export */   Y5: () => (/* binding */ parseJsonOrJsonLines),
/* harmony export */   ml: () => (/* binding */ parseStrictJsonBytes),
/* harmony export */   sT: () => (/* binding */ JsonDocumentError)
/* harmony export */ });
/**
 * JSON as a verdict may depend on it: `JSON.parse` keeps the last of duplicate keys, so
 * `{"result":"fail","result":"pass"}` reads as a pass to one tool and a fail to another. Every
 * document a decision rests on (evidence, bundles, manifests, configs, reports) is parsed here,
 * and a duplicate key is refused with its name, JSON pointer and line. One linear pass.
 */
class JsonDocumentError extends Error {
    line;
    pointer;
    name = 'JsonDocumentError';
    constructor(message, line, pointer) {
        super(message);
        this.line = line;
        this.pointer = pointer;
    }
}
/** A JSON.parse message without the (possibly binary or secret) input it quotes. */
function cleanParseError(err) {
    const m = err.message ?? String(err);
    return m
        .replace(/, "[\s\S]*" is not valid JSON$/, '')
        .replace(/^Unexpected token '(.)', "[\s\S]*$/, "Unexpected token '$1'")
        .replace(/[^\x20-\x7e]/g, '?')
        .slice(0, 200);
}
function pointerToken(key) {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** Throws JsonDocumentError at the first duplicate key of a document JSON.parse accepted. */
function refuseDuplicateKeys(text, source) {
    const stack = [];
    let line = 1;
    const path = () => stack
        .slice(0, -1)
        .map((f) => '/' + pointerToken(f.at))
        .join('');
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a) {
            line++;
        }
        else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
            stack.push({
                object: c === 0x7b,
                keys: c === 0x7b ? new Set() : undefined,
                expectKey: c === 0x7b,
                at: '0',
                index: 0
            });
        }
        else if (c === 0x7d || c === 0x5d) {
            stack.pop();
        }
        else if (c === 0x2c /* , */) {
            const top = stack[stack.length - 1];
            if (top) {
                if (top.object)
                    top.expectKey = true;
                else
                    top.at = String(++top.index);
            }
        }
        else if (c === 0x22 /* " */) {
            let j = i + 1;
            let escaped = false;
            for (; j < text.length; j++) {
                const d = text.charCodeAt(j);
                if (d === 0x5c) {
                    j++;
                    escaped = true;
                }
                else if (d === 0x22)
                    break;
            }
            const top = stack[stack.length - 1];
            if (top?.object && top.expectKey) {
                const raw = text.slice(i + 1, j);
                const key = escaped ? JSON.parse(text.slice(i, j + 1)) : raw;
                if (top.keys.has(key)) {
                    const where = `${path()}/${pointerToken(key)}`;
                    throw new JsonDocumentError(`${source}: duplicate key ${JSON.stringify(key).slice(0, 120)} at ${where} (line ${line}); a document with duplicate keys means different things to different readers and is refused`, line, where);
                }
                top.keys.add(key);
                top.at = key;
                top.expectKey = false;
            }
            i = j;
        }
    }
}
/** Parse JSON text, refusing duplicate keys. `source` names the document in every message. */
function parseStrictJson(text, source) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let doc;
    try {
        doc = JSON.parse(body);
    }
    catch (err) {
        throw new JsonDocumentError(`${source} is not valid JSON: ${cleanParseError(err)}`);
    }
    if (typeof doc === 'object' && doc !== null)
        refuseDuplicateKeys(body, source);
    return doc;
}
/** Parse UTF-8 bytes as strict JSON (invalid UTF-8 is refused, not replaced). */
function parseStrictJsonBytes(bytes, source) {
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new JsonDocumentError(`${source} is not UTF-8 text`);
    }
    return parseStrictJson(text, source);
}
/**
 * Text that is either one JSON document (possibly pretty-printed) or JSON Lines (bundles from
 * `gh attestation download`, trusted roots from `gh attestation trusted-root`), every record
 * parsed strictly. A document that is valid JSON but repeats a key is refused as it is \u2014 it is
 * never re-read as JSON Lines. Blank lines between records are skipped.
 */
function parseJsonOrJsonLines(text, source) {
    const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).trim();
    if (body === '')
        throw new JsonDocumentError(`${source}: the file is empty`);
    try {
        return [{ value: parseStrictJson(body, source), of: 1 }];
    }
    catch (err) {
        if (err instanceof JsonDocumentError && err.pointer !== undefined)
            throw err;
    }
    const lines = body.split(/\r?\n/);
    const nonBlank = lines.filter((l) => l.trim() !== '').length;
    const out = [];
    lines.forEach((line, i) => {
        if (line.trim() === '')
            return;
        const where = `${source}:${i + 1}`;
        let value;
        try {
            value = parseStrictJson(line, where);
        }
        catch (err) {
            if (err instanceof JsonDocumentError && err.pointer !== undefined)
                throw err;
            throw new JsonDocumentError(`${where}: not JSON and not JSON Lines: ${err instanceof Error ? err.message.replace(`${where} is not valid JSON: `, '') : String(err)}`, i + 1);
        }
        out.push({ value, line: i + 1, of: nonBlank });
    });
    return out;
}


/***/ }),

/***/ 84560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ randomId)
/* harmony export */ });
/* unused harmony export uniqueToken */
/**
 * Tokens that only have to be absent from a given text \u2014 a heredoc delimiter for a runner file
 * command, a placeholder cut out of a JSON document \u2014 without loading `node:crypto` (see
 * ./lazy-crypto.ts). Such a token needs no secrecy: what makes it safe is that the text it
 * delimits does not contain it, and `uniqueToken` checks exactly that, drawing again on the
 * (astronomically unlikely) chance that it does. The shape is a version-4 UUID, as before.
 */
function hex(n, digits) {
    return n.toString(16).padStart(digits, '0');
}
/** 122 random bits (Math.random) in the form of a version-4 UUID. */
function randomId() {
    const r = () => Math.floor(Math.random() * 0x10000);
    return (`${hex(r(), 4)}${hex(r(), 4)}-${hex(r(), 4)}-${hex(0x4000 | (r() & 0x0fff), 4)}-` +
        `${hex(0x8000 | (r() & 0x3fff), 4)}-${hex(r(), 4)}${hex(r(), 4)}${hex(r(), 4)}`);
}
/** `prefix` + a random id that occurs in none of `texts`. */
function uniqueToken(prefix, ...texts) {
    for (;;) {
        const token = `${prefix}${randomId()}`;
        if (!texts.some((t) => t.includes(token)))
            return token;
    }
}


/***/ }),

/***/ 18067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ HUB_VERSION)
/* harmony export */ });
/** The hub's version, stamped into SARIF and evidence. Kept in step with package.json by a test. */
const HUB_VERSION = '0.1.0';


/***/ }),

/***/ 58173:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ GATES)
/* harmony export */ });
const GATES = {
    'cache-sentinel': async () => (await __nccwpck_require__.e(/* import() */ 3145).then(__nccwpck_require__.bind(__nccwpck_require__, 63145))).cacheSentinel,
    determinism: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(663), __nccwpck_require__.e(6118), __nccwpck_require__.e(1333)]).then(__nccwpck_require__.bind(__nccwpck_require__, 11333))).determinism,
    'dr-freshness': async () => (await __nccwpck_require__.e(/* import() */ 9744).then(__nccwpck_require__.bind(__nccwpck_require__, 9744))).drFreshness,
    'egress-check': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(4894), __nccwpck_require__.e(6957)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16957))).egressCheck,
    'evidence-bundle': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(9654), __nccwpck_require__.e(9540), __nccwpck_require__.e(4187), __nccwpck_require__.e(5273), __nccwpck_require__.e(9831), __nccwpck_require__.e(4590), __nccwpck_require__.e(5538)]).then(__nccwpck_require__.bind(__nccwpck_require__, 45538))).evidenceBundle,
    'evidence-verify': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(9654), __nccwpck_require__.e(9540), __nccwpck_require__.e(4187), __nccwpck_require__.e(5273), __nccwpck_require__.e(9831), __nccwpck_require__.e(4590), __nccwpck_require__.e(9532)]).then(__nccwpck_require__.bind(__nccwpck_require__, 39532))).evidenceVerify,
    'pipeline-run': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(5486), __nccwpck_require__.e(9726), __nccwpck_require__.e(2716), __nccwpck_require__.e(7086)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67086))).pipelineRun,
    'pr-target-ban': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3021), __nccwpck_require__.e(2506), __nccwpck_require__.e(826), __nccwpck_require__.e(39)]).then(__nccwpck_require__.bind(__nccwpck_require__, 30039))).prTargetBan,
    'referrer-presence': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(9654), __nccwpck_require__.e(8782), __nccwpck_require__.e(3749)]).then(__nccwpck_require__.bind(__nccwpck_require__, 13749))).referrerPresence,
    'sbom-vex': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(9654), __nccwpck_require__.e(9540), __nccwpck_require__.e(4187), __nccwpck_require__.e(5273), __nccwpck_require__.e(2675), __nccwpck_require__.e(402)]).then(__nccwpck_require__.bind(__nccwpck_require__, 50402))).sbomVex,
    'schema-check': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3021), __nccwpck_require__.e(8815), __nccwpck_require__.e(2716), __nccwpck_require__.e(6017)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1595))).schemaCheck,
    secretless: async () => (await __nccwpck_require__.e(/* import() */ 3843).then(__nccwpck_require__.bind(__nccwpck_require__, 3843))).secretless,
    'slsa-verify': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(9654), __nccwpck_require__.e(9540), __nccwpck_require__.e(4187), __nccwpck_require__.e(5273), __nccwpck_require__.e(9831), __nccwpck_require__.e(5550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5550))).slsaVerify,
    'template-sync': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3021), __nccwpck_require__.e(8815), __nccwpck_require__.e(9726), __nccwpck_require__.e(5100), __nccwpck_require__.e(9718)]).then(__nccwpck_require__.bind(__nccwpck_require__, 79718))).templateSync,
    'workflow-policy': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3021), __nccwpck_require__.e(2506), __nccwpck_require__.e(826), __nccwpck_require__.e(4859)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4859))).workflowPolicy
};


/***/ }),

/***/ 1699:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ TemplateError),
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   _3: () => (/* binding */ evaluate)
/* harmony export */ });
/**
 * The template language of templates/: `{{ name }}` (a dotted path into the answers) and
 * line-level blocks `{% if <cond> %}`, `{% else %}`, `{% endif %}` where a condition is
 * `name`, `not name`, `name == 'value'`, `name != 'value'` or `'value' in name`, joined by `or`.
 * `${{ \u2026 }}` (a GitHub Actions expression) is left alone. A block tag
 * stands alone on its line, which is dropped from the output. Anything else is an error: a
 * template that renders wrongly must not be committed into hundreds of repositories.
 */
class TemplateError extends Error {
    name = 'TemplateError';
}
function lookup(answers, path, where) {
    let v = answers;
    for (const part of path.split('.')) {
        if (typeof v !== 'object' || v === null || !(part in v)) {
            throw new TemplateError(`${where}: '${path}' is not an answer or a hub value`);
        }
        v = v[part];
    }
    return v;
}
const COND = /^(?:(not\s+)?([A-Za-z_][\w.]*)|([A-Za-z_][\w.]*)\s*(==|!=)\s*'([^']*)'|'([^']*)'\s+in\s+([A-Za-z_][\w.]*))$/;
function truthy(v) {
    if (Array.isArray(v))
        return v.length > 0;
    return v !== false && v !== null && v !== undefined && v !== '' && v !== 0;
}
function evaluate(cond, answers, where) {
    const alternatives = cond.split(/\s+or\s+/);
    if (alternatives.length > 1)
        return alternatives.some((c) => evaluate(c, answers, where));
    const m = COND.exec(cond.trim());
    if (!m)
        throw new TemplateError(`${where}: cannot read the condition '${cond}'`);
    if (m[2]) {
        const v = truthy(lookup(answers, m[2], where));
        return m[1] ? !v : v;
    }
    if (m[3]) {
        const v = String(lookup(answers, m[3], where));
        return m[4] === '==' ? v === m[5] : v !== m[5];
    }
    const list = lookup(answers, m[7], where);
    if (!Array.isArray(list))
        throw new TemplateError(`${where}: '${m[7]}' is not a list`);
    return list.map(String).includes(m[6]);
}
const BLOCK = /^\s*\{%-?\s*(if|else|endif)\b\s*(.*?)\s*-?%\}\s*$/;
function renderTemplate(text, answers, where) {
    const out = [];
    const stack = [];
    const lines = text.split('\n');
    lines.forEach((line, i) => {
        const at = `${where}:${i + 1}`;
        const block = BLOCK.exec(line);
        const on = stack.every((s) => s.on);
        if (block) {
            const [, tag, cond] = block;
            if (tag === 'if')
                stack.push({
                    on: on && evaluate(cond, answers, at),
                    parentOn: on,
                    sawElse: false,
                    line: i + 1
                });
            else {
                const top = stack[stack.length - 1];
                if (!top)
                    throw new TemplateError(`${at}: {% ${tag} %} without {% if %}`);
                if (tag === 'else') {
                    if (top.sawElse)
                        throw new TemplateError(`${at}: a second {% else %}`);
                    top.sawElse = true;
                    top.on = top.parentOn && !top.on;
                }
                else
                    stack.pop();
            }
            return;
        }
        if (/\{%/.test(line))
            throw new TemplateError(`${at}: a block tag must stand alone on its line`);
        if (!on)
            return;
        out.push(line.replace(/(?<!\$)\{\{\s*([A-Za-z_][\w.]*)\s*\}\}/g, (_, path) => {
            const v = lookup(answers, path, at);
            return Array.isArray(v) ? v.join(', ') : String(v);
        }));
    });
    if (stack.length)
        throw new TemplateError(`${where}:${stack[stack.length - 1].line}: {% if %} is never closed`);
    const result = out.join('\n');
    const left = /(?<!\$)\{\{[^}]*\}\}/.exec(result);
    if (left)
        throw new TemplateError(`${where}: cannot render '${left[0]}'`);
    return result;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(68957);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
