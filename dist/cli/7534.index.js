export const id = 7534;
export const ids = [7534,5153];
export const modules = {

/***/ 47534:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   discoverEvidenceReferrers: () => (/* binding */ discoverEvidenceReferrers),
/* harmony export */   pushEvidenceReferrer: () => (/* binding */ pushEvidenceReferrer)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66613);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9501);
/* harmony import */ var _oci_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44360);
/* harmony import */ var _oci_media_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50261);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23940);
/* harmony import */ var _oci_registry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38782);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(13431);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(54934);
/**
 * The signed evidence as an OCI referrer of the image, through the hub's registry client: a
 * manifest (artifactType: Sigstore bundle v0.3, annotated with the predicate type as
 * actions/attest does) whose `subject` is the image and whose one layer is the bundle. Where the
 * registry has no referrers API (distribution 2.8), the `sha256-<hex>` fallback tag's index is
 * updated too, and read back the same way on discovery.
 */









function clientFor(a) {
    const ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(a.image);
    if (typeof ref === 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue(`image '${a.image}': ${ref}`, 'Give registry/repository@sha256:<hex>.');
    if (!ref.digest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue(`image '${a.image}' has no digest`, 'Give the image by digest: registry/repository@sha256:<hex>.');
    return {
        client: new _oci_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .RegistryClient */ .bP({
            ref,
            insecure: a.insecure,
            credentials: a.credentials,
            deadline: a.deadline,
            secret: a.secret,
            log: a.log
        }),
        ref: ref
    };
}
function wrap(err, what) {
    if (err instanceof _oci_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .RegistryError */ .gl)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue(`${what}: ${err.message}`, err.help ?? 'Check the image, the registry and its credentials.');
    if (err instanceof _oci_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .ContentError */ .yg)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue(`${what}: ${err.message}`, 'The registry served content that does not match its digest.');
    throw err;
}
async function pushEvidenceReferrer(a) {
    const { client, ref } = clientFor(a);
    try {
        const image = await client.manifest(ref.digest);
        if (!image)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue(`image ${a.image} does not exist in the registry`, 'Push the image first; the evidence refers to it.');
        const empty = await client.pushBlob(Buffer.from('{}'));
        const layer = await client.pushBlob(Buffer.from(a.bundleText));
        const manifest = {
            schemaVersion: 2,
            mediaType: _oci_media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_MANIFEST */ .EG,
            artifactType: _format_js__WEBPACK_IMPORTED_MODULE_8__/* .EVIDENCE_ARTIFACT_TYPE */ .eQ,
            config: { mediaType: _oci_media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_EMPTY */ .g1, digest: empty.digest, size: empty.size },
            layers: [{ mediaType: _format_js__WEBPACK_IMPORTED_MODULE_8__/* .EVIDENCE_ARTIFACT_TYPE */ .eQ, digest: layer.digest, size: layer.size }],
            subject: { mediaType: image.mediaType, digest: image.digest, size: image.size },
            annotations: { [_format_js__WEBPACK_IMPORTED_MODULE_8__/* .ANNOTATION_PREDICATE_TYPE */ .nM]: _format_js__WEBPACK_IMPORTED_MODULE_8__/* .PREDICATE_TYPE */ .To }
        };
        const bytes = (0,_canonical_js__WEBPACK_IMPORTED_MODULE_7__/* .canonicalBytes */ .Mr)(manifest);
        const digest = await client.pushManifest((0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(bytes, 'sha256:'), bytes, _oci_media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_MANIFEST */ .EG);
        const listing = await client.referrers(image.digest);
        if (!listing.supported) {
            // The referrers tag schema: keep the index under sha256-<hex> listing every referrer.
            const tag = (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .fallbackTag */ .fH)(image.digest);
            const existing = await client.manifest(tag);
            const manifests = (existing?.manifest.manifests ?? []).filter((d) => d.digest !== digest);
            manifests.push({
                mediaType: _oci_media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_MANIFEST */ .EG,
                digest,
                size: bytes.length,
                artifactType: _format_js__WEBPACK_IMPORTED_MODULE_8__/* .EVIDENCE_ARTIFACT_TYPE */ .eQ,
                annotations: { [_format_js__WEBPACK_IMPORTED_MODULE_8__/* .ANNOTATION_PREDICATE_TYPE */ .nM]: _format_js__WEBPACK_IMPORTED_MODULE_8__/* .PREDICATE_TYPE */ .To }
            });
            await client.pushManifest(tag, (0,_canonical_js__WEBPACK_IMPORTED_MODULE_7__/* .canonicalBytes */ .Mr)({ schemaVersion: 2, mediaType: _oci_media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_INDEX */ .$p, manifests }), _oci_media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_INDEX */ .$p);
        }
        return { digest, reference: `${ref.registry}/${ref.repository}@${digest}` };
    }
    catch (err) {
        wrap(err, `pushing the evidence referrer of ${a.image}`);
    }
}
/** Every evidence referrer of the image, each with its bundle or the reason it cannot be one. */
async function discoverEvidenceReferrers(a) {
    const { client, ref } = clientFor(a);
    try {
        let listing = await client.referrers(ref.digest, _format_js__WEBPACK_IMPORTED_MODULE_8__/* .EVIDENCE_ARTIFACT_TYPE */ .eQ);
        if (!listing.supported) {
            const index = await client.manifest((0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .fallbackTag */ .fH)(ref.digest));
            listing = { supported: false, descriptors: index?.manifest.manifests ?? [] };
        }
        const out = [];
        for (const d of listing.descriptors) {
            if (d.artifactType !== undefined && d.artifactType !== _format_js__WEBPACK_IMPORTED_MODULE_8__/* .EVIDENCE_ARTIFACT_TYPE */ .eQ)
                continue;
            const m = await client.manifest(d.digest);
            if (!m) {
                out.push({
                    digest: d.digest,
                    problem: `referrer ${d.digest} is listed but does not exist`
                });
                continue;
            }
            if (m.manifest.artifactType !== _format_js__WEBPACK_IMPORTED_MODULE_8__/* .EVIDENCE_ARTIFACT_TYPE */ .eQ)
                continue;
            const pt = m.manifest.annotations?.[_format_js__WEBPACK_IMPORTED_MODULE_8__/* .ANNOTATION_PREDICATE_TYPE */ .nM];
            if (pt !== undefined && pt !== _format_js__WEBPACK_IMPORTED_MODULE_8__/* .PREDICATE_TYPE */ .To)
                continue;
            if (m.manifest.subject?.digest !== ref.digest) {
                out.push({
                    digest: d.digest,
                    problem: `referrer ${d.digest} is about ${m.manifest.subject?.digest ?? '(no subject)'}, not ${ref.digest}`
                });
                continue;
            }
            const layer = (m.manifest.layers ?? []).find((l) => l.mediaType === _format_js__WEBPACK_IMPORTED_MODULE_8__/* .EVIDENCE_ARTIFACT_TYPE */ .eQ);
            if (!layer) {
                out.push({
                    digest: d.digest,
                    problem: `referrer ${d.digest} has no ${_format_js__WEBPACK_IMPORTED_MODULE_8__/* .EVIDENCE_ARTIFACT_TYPE */ .eQ} layer`
                });
                continue;
            }
            const blob = await client.blob(layer, _format_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_BUNDLE_BYTES */ .Me);
            let bundle;
            try {
                bundle = (0,_core_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStrictJsonBytes */ .ml)(blob, `referrer ${d.digest} bundle layer`);
            }
            catch (err) {
                if (!(err instanceof _core_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .JsonDocumentError */ .sT))
                    throw err;
                out.push({
                    digest: d.digest,
                    problem: `referrer ${d.digest}: the bundle layer is not a JSON document (${err.message})`
                });
                continue;
            }
            out.push({ digest: d.digest, bundle });
        }
        return out;
    }
    catch (err) {
        wrap(err, `discovering the evidence referrers of ${a.image}`);
    }
}


/***/ }),

/***/ 9501:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   dS: () => (/* binding */ encoded),
/* harmony export */   fH: () => (/* binding */ fallbackTag),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/** OCI digests: syntax, hashing and the referrers tag schema. */

const DIGEST_RE = /^sha256:[a-f0-9]{64}$|^sha512:[a-f0-9]{128}$/;
function isDigest(text) {
    return DIGEST_RE.test(text);
}
/** The digest of bytes with the algorithm of `like` (sha256 unless like is sha512). */
function digestOf(bytes, like = 'sha256:') {
    const alg = like.startsWith('sha512:') ? 'sha512' : 'sha256';
    return `${alg}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(alg).update(bytes).digest('hex')}`;
}
function encoded(digest) {
    return digest.slice(digest.indexOf(':') + 1);
}
/** The referrers tag schema of distribution-spec 1.1: `<alg>-<first 64 chars of the encoded part>`. */
function fallbackTag(digest) {
    const [alg, enc] = digest.split(':');
    return `${alg.slice(0, 32)}-${enc.slice(0, 64)}`.replace(/[^a-zA-Z0-9_.-]/g, '-');
}


/***/ }),

/***/ 23940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost)
/* harmony export */ });
/* unused harmony export formatReference */
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9501);
/** Image references: `registry/repository[:tag][@digest]`, normalised the way docker and oras do. */

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** Parse a reference; returns a reason string instead of throwing when it is malformed. */
function parseReference(text) {
    const ref = text.trim();
    if (ref === '')
        return 'the reference is empty';
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .isDigest */ .Bc)(digest))
            return `'${digest}' is not a digest (expected sha256:<64 hex>)`;
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            return `'${tag}' is not a valid tag`;
    }
    const parts = rest.split('/');
    let registry = 'docker.io';
    if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost')) {
        registry = parts.shift();
    }
    if (registry === 'index.docker.io' || registry === 'registry-1.docker.io')
        registry = 'docker.io';
    if (registry === 'docker.io' && parts.length === 1)
        parts.unshift('library');
    for (const p of parts) {
        if (!COMPONENT.test(p))
            return `'${p}' is not a valid repository path component`;
    }
    if (!tag && !digest)
        return 'give a digest (@sha256:\u2026) or a tag';
    return {
        registry,
        apiHost: registry === 'docker.io' ? 'registry-1.docker.io' : registry,
        repository: parts.join('/'),
        tag,
        digest
    };
}
function formatReference(ref, digest = ref.digest) {
    return `${ref.registry}/${ref.repository}${digest ? `@${digest}` : `:${ref.tag}`}`;
}
/** Hosts that may be spoken to over plain HTTP (`insecure: true`). */
function isLoopbackHost(apiHost) {
    const bracketed = /^\[(.*)\](:\d+)?$/.exec(apiHost);
    const host = bracketed ? bracketed[1] : apiHost.replace(/:\d+$/, '');
    return host === '127.0.0.1' || host === 'localhost' || host === '::1';
}


/***/ })

};
