export const id = 9831;
export const ids = [9831];
export const modules = {

/***/ 18456:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toMessageSignatureBundle = toMessageSignatureBundle;
exports.toDSSEBundle = toDSSEBundle;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __webpack_require__(19654);
const bundle_1 = __webpack_require__(37742);
// Message signature bundle - $case: 'messageSignature'
function toMessageSignatureBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'messageSignature',
            messageSignature: {
                messageDigest: {
                    algorithm: protobuf_specs_1.HashAlgorithm.SHA2_256,
                    digest: options.digest,
                },
                signature: options.signature,
            },
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
// DSSE envelope bundle - $case: 'dsseEnvelope'
function toDSSEBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'dsseEnvelope',
            dsseEnvelope: toEnvelope(options),
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
function toEnvelope(options) {
    return {
        payloadType: options.artifactType,
        payload: options.artifact,
        signatures: [toSignature(options)],
    };
}
function toSignature(options) {
    return {
        keyid: options.keyHint || '',
        sig: options.signature,
    };
}
// Verification material
function toVerificationMaterial(options) {
    return {
        content: toKeyContent(options),
        tlogEntries: [],
        timestampVerificationData: { rfc3161Timestamps: [] },
    };
}
function toKeyContent(options) {
    if (options.certificate) {
        if (options.certificateChain) {
            return {
                $case: 'x509CertificateChain',
                x509CertificateChain: {
                    certificates: [{ rawBytes: options.certificate }],
                },
            };
        }
        else {
            return {
                $case: 'certificate',
                certificate: { rawBytes: options.certificate },
            };
        }
    }
    else {
        return {
            $case: 'publicKey',
            publicKey: {
                hint: options.keyHint || '',
            },
        };
    }
}


/***/ }),

/***/ 37742:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = void 0;
exports.isBundleWithCertificateChain = isBundleWithCertificateChain;
exports.isBundleWithPublicKey = isBundleWithPublicKey;
exports.isBundleWithMessageSignature = isBundleWithMessageSignature;
exports.isBundleWithDsseEnvelope = isBundleWithDsseEnvelope;
exports.BUNDLE_V01_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
exports.BUNDLE_V02_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.2';
exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.3';
exports.BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
// Type guards for bundle variants.
function isBundleWithCertificateChain(b) {
    return b.verificationMaterial.content.$case === 'x509CertificateChain';
}
function isBundleWithPublicKey(b) {
    return b.verificationMaterial.content.$case === 'publicKey';
}
function isBundleWithMessageSignature(b) {
    return b.content.$case === 'messageSignature';
}
function isBundleWithDsseEnvelope(b) {
    return b.content.$case === 'dsseEnvelope';
}


/***/ }),

/***/ 47714:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValidationError = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
class ValidationError extends Error {
    constructor(message, fields) {
        super(message);
        this.fields = fields;
    }
}
exports.ValidationError = ValidationError;


/***/ }),

/***/ 61040:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isBundleV01 = exports.assertBundleV02 = exports.assertBundleV01 = exports.assertBundleLatest = exports.assertBundle = exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = exports.ValidationError = exports.isBundleWithPublicKey = exports.isBundleWithMessageSignature = exports.isBundleWithDsseEnvelope = exports.isBundleWithCertificateChain = exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = exports.toMessageSignatureBundle = exports.toDSSEBundle = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var build_1 = __webpack_require__(18456);
Object.defineProperty(exports, "toDSSEBundle", ({ enumerable: true, get: function () { return build_1.toDSSEBundle; } }));
Object.defineProperty(exports, "toMessageSignatureBundle", ({ enumerable: true, get: function () { return build_1.toMessageSignatureBundle; } }));
var bundle_1 = __webpack_require__(37742);
Object.defineProperty(exports, "BUNDLE_V01_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V01_MEDIA_TYPE; } }));
Object.defineProperty(exports, "BUNDLE_V02_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V02_MEDIA_TYPE; } }));
Object.defineProperty(exports, "BUNDLE_V03_LEGACY_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_LEGACY_MEDIA_TYPE; } }));
Object.defineProperty(exports, "BUNDLE_V03_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_MEDIA_TYPE; } }));
Object.defineProperty(exports, "isBundleWithCertificateChain", ({ enumerable: true, get: function () { return bundle_1.isBundleWithCertificateChain; } }));
Object.defineProperty(exports, "isBundleWithDsseEnvelope", ({ enumerable: true, get: function () { return bundle_1.isBundleWithDsseEnvelope; } }));
Object.defineProperty(exports, "isBundleWithMessageSignature", ({ enumerable: true, get: function () { return bundle_1.isBundleWithMessageSignature; } }));
Object.defineProperty(exports, "isBundleWithPublicKey", ({ enumerable: true, get: function () { return bundle_1.isBundleWithPublicKey; } }));
var error_1 = __webpack_require__(47714);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return error_1.ValidationError; } }));
var serialized_1 = __webpack_require__(23404);
Object.defineProperty(exports, "bundleFromJSON", ({ enumerable: true, get: function () { return serialized_1.bundleFromJSON; } }));
Object.defineProperty(exports, "bundleToJSON", ({ enumerable: true, get: function () { return serialized_1.bundleToJSON; } }));
Object.defineProperty(exports, "envelopeFromJSON", ({ enumerable: true, get: function () { return serialized_1.envelopeFromJSON; } }));
Object.defineProperty(exports, "envelopeToJSON", ({ enumerable: true, get: function () { return serialized_1.envelopeToJSON; } }));
var validate_1 = __webpack_require__(9352);
Object.defineProperty(exports, "assertBundle", ({ enumerable: true, get: function () { return validate_1.assertBundle; } }));
Object.defineProperty(exports, "assertBundleLatest", ({ enumerable: true, get: function () { return validate_1.assertBundleLatest; } }));
Object.defineProperty(exports, "assertBundleV01", ({ enumerable: true, get: function () { return validate_1.assertBundleV01; } }));
Object.defineProperty(exports, "assertBundleV02", ({ enumerable: true, get: function () { return validate_1.assertBundleV02; } }));
Object.defineProperty(exports, "isBundleV01", ({ enumerable: true, get: function () { return validate_1.isBundleV01; } }));


/***/ }),

/***/ 23404:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __webpack_require__(19654);
const bundle_1 = __webpack_require__(37742);
const validate_1 = __webpack_require__(9352);
const bundleFromJSON = (obj) => {
    const bundle = protobuf_specs_1.Bundle.fromJSON(obj);
    switch (bundle.mediaType) {
        case bundle_1.BUNDLE_V01_MEDIA_TYPE:
            (0, validate_1.assertBundleV01)(bundle);
            break;
        case bundle_1.BUNDLE_V02_MEDIA_TYPE:
            (0, validate_1.assertBundleV02)(bundle);
            break;
        default:
            (0, validate_1.assertBundleLatest)(bundle);
            break;
    }
    return bundle;
};
exports.bundleFromJSON = bundleFromJSON;
const bundleToJSON = (bundle) => {
    return protobuf_specs_1.Bundle.toJSON(bundle);
};
exports.bundleToJSON = bundleToJSON;
const envelopeFromJSON = (obj) => {
    return protobuf_specs_1.Envelope.fromJSON(obj);
};
exports.envelopeFromJSON = envelopeFromJSON;
const envelopeToJSON = (envelope) => {
    return protobuf_specs_1.Envelope.toJSON(envelope);
};
exports.envelopeToJSON = envelopeToJSON;


/***/ }),

/***/ 9352:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assertBundle = assertBundle;
exports.assertBundleV01 = assertBundleV01;
exports.isBundleV01 = isBundleV01;
exports.assertBundleV02 = assertBundleV02;
exports.assertBundleLatest = assertBundleLatest;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const error_1 = __webpack_require__(47714);
// Performs basic validation of a Sigstore bundle to ensure that all required
// fields are populated. This is not a complete validation of the bundle, but
// rather a check that the bundle is in a valid state to be processed by the
// rest of the code.
function assertBundle(b) {
    const invalidValues = validateBundleBase(b);
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the v0.1 bundle format.
function assertBundleV01(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionPromise(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.1 bundle', invalidValues);
    }
}
// Type guard to determine if Bundle is a v0.1 bundle.
function isBundleV01(b) {
    try {
        assertBundleV01(b);
        return true;
    }
    catch (e) {
        return false;
    }
}
// Asserts that the given bundle conforms to the v0.2 bundle format.
function assertBundleV02(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.2 bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the newest (0.3) bundle format.
function assertBundleLatest(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    invalidValues.push(...validateNoCertificateChain(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
function validateBundleBase(b) {
    const invalidValues = [];
    // Media type validation
    if (b.mediaType === undefined ||
        (!b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\+json;version=\d\.\d/) &&
            !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\.v\d\.\d\+json/))) {
        invalidValues.push('mediaType');
    }
    // Content-related validation
    if (b.content === undefined) {
        invalidValues.push('content');
    }
    else {
        switch (b.content.$case) {
            case 'messageSignature':
                if (b.content.messageSignature.messageDigest === undefined) {
                    invalidValues.push('content.messageSignature.messageDigest');
                }
                else {
                    if (b.content.messageSignature.messageDigest.digest.length === 0) {
                        invalidValues.push('content.messageSignature.messageDigest.digest');
                    }
                }
                if (b.content.messageSignature.signature.length === 0) {
                    invalidValues.push('content.messageSignature.signature');
                }
                break;
            case 'dsseEnvelope':
                if (b.content.dsseEnvelope.payload.length === 0) {
                    invalidValues.push('content.dsseEnvelope.payload');
                }
                if (b.content.dsseEnvelope.signatures.length !== 1) {
                    invalidValues.push('content.dsseEnvelope.signatures');
                }
                else {
                    if (b.content.dsseEnvelope.signatures[0].sig.length === 0) {
                        invalidValues.push('content.dsseEnvelope.signatures[0].sig');
                    }
                }
                break;
        }
    }
    // Verification material-related validation
    if (b.verificationMaterial === undefined) {
        invalidValues.push('verificationMaterial');
    }
    else {
        if (b.verificationMaterial.content === undefined) {
            invalidValues.push('verificationMaterial.content');
        }
        else {
            switch (b.verificationMaterial.content.$case) {
                case 'x509CertificateChain':
                    if (b.verificationMaterial.content.x509CertificateChain.certificates
                        .length === 0) {
                        invalidValues.push('verificationMaterial.content.x509CertificateChain.certificates');
                    }
                    b.verificationMaterial.content.x509CertificateChain.certificates.forEach((cert, i) => {
                        if (cert.rawBytes.length === 0) {
                            invalidValues.push(`verificationMaterial.content.x509CertificateChain.certificates[${i}].rawBytes`);
                        }
                    });
                    break;
                case 'certificate':
                    if (b.verificationMaterial.content.certificate.rawBytes.length === 0) {
                        invalidValues.push('verificationMaterial.content.certificate.rawBytes');
                    }
                    break;
            }
        }
        if (b.verificationMaterial.tlogEntries === undefined) {
            invalidValues.push('verificationMaterial.tlogEntries');
        }
        else {
            if (b.verificationMaterial.tlogEntries.length > 0) {
                b.verificationMaterial.tlogEntries.forEach((entry, i) => {
                    if (entry.logId === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].logId`);
                    }
                    if (entry.kindVersion === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].kindVersion`);
                    }
                });
            }
        }
    }
    return invalidValues;
}
// Necessary for V01 bundles
function validateInclusionPromise(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionPromise === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionPromise`);
            }
        });
    }
    return invalidValues;
}
// Necessary for V02 and later bundles
function validateInclusionProof(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionProof === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof`);
            }
            else {
                if (entry.inclusionProof.checkpoint === undefined) {
                    invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof.checkpoint`);
                }
            }
        });
    }
    return invalidValues;
}
// Necessary for V03 and later bundles
function validateNoCertificateChain(b) {
    const invalidValues = [];
    /* istanbul ignore next */
    if (b.verificationMaterial?.content?.$case === 'x509CertificateChain') {
        invalidValues.push('verificationMaterial.content.$case');
    }
    return invalidValues;
}


/***/ }),

/***/ 13982:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ah: () => (/* binding */ expandArtifactPatterns)
/* harmony export */ });
/* unused harmony exports MAX_WALKED_ENTRIES, MAX_ARTIFACTS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15273);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4604);
/**
 * The `artifact` input as `actions/upload-artifact` reads `path`: one path or glob per line
 * (`release-artifacts/**\/*`, `dist/*.tgz`), `!` lines exclude, relative to the workspace.
 * Directories are skipped (their files are matched by the glob itself); a symlink is followed
 * to a regular file like any other file input, never into a directory (no loops). Hidden files
 * match only when the pattern names the dot. Every include pattern must match at least one file:
 * a pattern that matches nothing is an input error, never an artifact silently not verified.
 * The result is sorted by path, so the same tree always gives the same list.
 */




/** More files than this under a pattern's folder is not a release; it is a mistake. */
const MAX_WALKED_ENTRIES = 200_000;
/** More artifacts than this in one run is not a release either. */
const MAX_ARTIFACTS = 4096;
/** Glob syntax: wildcards, classes, braces and extglobs (`+(a|b)`); a lone `+` or `(` is literal. */
const MAGIC = /[*?[\]{}]|[!+@]\(/;
function shown(workspace, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, path);
    return rel && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? rel : path;
}
/** The folder a pattern's matches all live in (its leading segments without glob characters). */
function splitPattern(workspace, pattern) {
    const parts = pattern.replace(/\\/g, '/').split('/');
    const literal = [];
    while (literal.length < parts.length - 1 && !MAGIC.test(parts[literal.length])) {
        literal.push(parts[literal.length]);
    }
    const rest = parts.slice(literal.length).join('/');
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, literal.join('/') || '.');
    return { base, absolute: `${(0,minimatch__WEBPACK_IMPORTED_MODULE_2__/* .escape */ .ih)(base)}/${rest}` };
}
function isGlob(pattern) {
    return MAGIC.test(pattern);
}
function targetStat(path, st) {
    if (!st.isSymbolicLink())
        return st;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch {
        return undefined; // dangling: kept, so the reader reports it
    }
}
/** Every non-directory under `base` (symlinked folders are not entered). */
function walk(base, budget, out) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(base);
    }
    catch {
        return; // not a folder, or unreadable: the pattern then matches nothing and says so
    }
    for (const name of names.sort()) {
        if (--budget.left < 0)
            return;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(base, name);
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        }
        catch {
            continue;
        }
        if (st.isDirectory())
            walk(path, budget, out);
        else if (!targetStat(path, st)?.isDirectory())
            out.push(path);
    }
}
/** Expand the lines of `artifact` to files; throws IdentityInputError naming the input. */
function expandArtifactPatterns(workspace, lines) {
    const includes = lines.filter((l) => !l.startsWith('!'));
    const excludes = lines
        .filter((l) => l.startsWith('!'))
        .map((l) => l.slice(1).trim().replace(/^\.\//, ''));
    if (lines.length > 0 && includes.length === 0) {
        throw new _identity_js__WEBPACK_IMPORTED_MODULE_3__/* .IdentityInputError */ .ZE('artifact', `only exclude patterns (${lines.join(', ')}); give the files to verify, then the ! lines to leave out`);
    }
    const excluded = excludes.filter((e) => e !== '').map((e) => splitPattern(workspace, e).absolute);
    const isExcluded = (path) => excluded.some((x) => (0,minimatch__WEBPACK_IMPORTED_MODULE_2__/* .minimatch */ .xF)(path, x, { dot: true }));
    const found = new Map();
    for (const raw of includes) {
        const pattern = raw.replace(/^\.\//, '');
        const matched = [];
        if (!isGlob(pattern)) {
            // A plain path is read as given: a missing file, a directory or a FIFO is then an error
            // from the file reader, naming it.
            matched.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, pattern));
        }
        else {
            const { base, absolute } = splitPattern(workspace, pattern);
            const budget = { left: MAX_WALKED_ENTRIES };
            const files = [];
            walk(base, budget, files);
            if (budget.left < 0) {
                throw new _identity_js__WEBPACK_IMPORTED_MODULE_3__/* .IdentityInputError */ .ZE('artifact', `'${raw}' walks more than ${MAX_WALKED_ENTRIES} entries under ${shown(workspace, base)}; narrow the pattern to the release files`);
            }
            for (const f of files)
                if ((0,minimatch__WEBPACK_IMPORTED_MODULE_2__/* .minimatch */ .xF)(f, absolute, { dot: false }))
                    matched.push(f);
        }
        const kept = matched.filter((f) => !isExcluded(f));
        if (kept.length === 0) {
            throw new _identity_js__WEBPACK_IMPORTED_MODULE_3__/* .IdentityInputError */ .ZE('artifact', matched.length
                ? `'${raw}' matches only excluded files (under ${workspace}); check the ! patterns`
                : `'${raw}' matches no file under ${workspace}; check the pattern and that the artifacts were downloaded to that path`);
        }
        for (const f of kept)
            found.set(f, { path: f, name: shown(workspace, f) });
    }
    if (found.size > MAX_ARTIFACTS) {
        throw new _identity_js__WEBPACK_IMPORTED_MODULE_3__/* .IdentityInputError */ .ZE('artifact', `${found.size} files matched; at most ${MAX_ARTIFACTS} artifacts are verified in one run`);
    }
    return [...found.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}


/***/ }),

/***/ 729:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   TS: () => (/* binding */ matchingSubjects),
/* harmony export */   a0: () => (/* binding */ parseDigestInput)
/* harmony export */ });
/* unused harmony export MAX_ARTIFACT_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _core_read_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14630);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4604);
/** Artifact digests: computed from files (sha256 and sha512) or given as `sha256:<hex>` / `sha512:<hex>`. */



const HEX_LEN = { sha256: 64, sha512: 128 };
function parseDigestInput(text) {
    const m = /^(sha256|sha512):([0-9a-fA-F]+)$/.exec(text.trim());
    if (!m || m[2].length !== HEX_LEN[m[1]]) {
        throw new _identity_js__WEBPACK_IMPORTED_MODULE_2__/* .IdentityInputError */ .ZE('artifact-digest', `'${text}' is not sha256:<64 hex digits> or sha512:<128 hex digits>`);
    }
    return { name: text.trim(), digests: { [m[1]]: m[2].toLowerCase() } };
}
/** Artifacts are release files; anything past this is not one (and would hash for hours). */
const MAX_ARTIFACT_BYTES = 64 * 1024 * 1024 * 1024;
/**
 * sha256 and sha512 of an artifact file, read once through the shared reader: a FIFO, device,
 * directory or dangling symlink is a FileReadError naming input 'artifact'.
 */
function digestFile(file) {
    const h256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const h512 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512');
    (0,_core_read_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegularFileChunks */ .xf)(file.path, { maxBytes: MAX_ARTIFACT_BYTES, what: "input 'artifact':" }, (c) => {
        h256.update(c);
        h512.update(c);
    });
    return { name: file.name, digests: { sha256: h256.digest('hex'), sha512: h512.digest('hex') } };
}
/** The subjects whose digest equals the artifact's (any algorithm both sides have). */
function matchingSubjects(artifact, subjects) {
    return subjects.filter((s) => Object.entries(artifact.digests).some(([alg, hex]) => hex !== undefined && s.digest[alg] === hex));
}


/***/ }),

/***/ 4604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O$: () => (/* binding */ parseBuilderId),
/* harmony export */   QO: () => (/* binding */ parseWorkflowRef),
/* harmony export */   Vu: () => (/* binding */ builderMatches),
/* harmony export */   X: () => (/* binding */ DEFAULT_TRUSTED_BUILDERS),
/* harmony export */   ZD: () => (/* binding */ RUNNER_BUILDER),
/* harmony export */   ZE: () => (/* binding */ IdentityInputError),
/* harmony export */   bM: () => (/* binding */ versionedTagMatches),
/* harmony export */   gD: () => (/* binding */ normaliseWorkflow),
/* harmony export */   kf: () => (/* binding */ parseSemver),
/* harmony export */   rO: () => (/* binding */ DELEGATORS),
/* harmony export */   xj: () => (/* binding */ isReleaseTagRef),
/* harmony export */   yJ: () => (/* binding */ normaliseSourceUri)
/* harmony export */ });
/** Identities as users write them, normalised for exact (never substring or regex) comparison. */
const GITHUB = 'https://github.com/';
/** owner/repo as GitHub allows them (no slashes, no `..`). */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
/** slsa-github-generator workflows slsa-verifier trusts without --builder-id. */
const DEFAULT_TRUSTED_BUILDERS = [
    'generator_generic_slsa3.yml',
    'builder_go_slsa3.yml',
    'builder_container-based_slsa3.yml',
    'generator_container_slsa3.yml'
].map((f) => `${GITHUB}slsa-framework/slsa-github-generator/.github/workflows/${f}`);
/** BYOB delegators: the certificate names the delegator; the builder is in the provenance. */
const DELEGATORS = [
    'delegator_generic_slsa3.yml',
    'delegator_lowperms-generic_slsa3.yml'
].map((f) => `${GITHUB}slsa-framework/slsa-github-generator/.github/workflows/${f}`);
/** A runner builder id (npm CLI and pre-2024 actions/attest provenance). */
const RUNNER_BUILDER = /^https:\/\/github\.com\/actions\/runner(?:\/(github-hosted|self-hosted))?$/;
class IdentityInputError extends Error {
    input;
    constructor(input, message) {
        super(message);
        this.input = input;
    }
}
/** `github.com/o/r`, `https://github.com/o/r`, `git+https://github.com/o/r(.git)` \u2192 `https://github.com/o/r`. */
function normaliseSourceUri(value) {
    const v = value
        .trim()
        .replace(/^git\+/, '')
        .replace(/^https:\/\//, '')
        .replace(/\/$/, '')
        .replace(/\.git$/, '');
    if (v.includes('@')) {
        throw new IdentityInputError('source-uri', `'${value}' contains '@': give the repository only (github.com/owner/repo) and the ref with source-tag, source-versioned-tag or source-branch`);
    }
    const parts = v.split('/');
    if (parts[0] !== 'github.com') {
        throw new IdentityInputError('source-uri', `'${value}' is not a github.com repository; write github.com/owner/repo`);
    }
    if (parts.length !== 3 ||
        !OWNER.test(parts[1]) ||
        !REPO.test(parts[2]) ||
        parts[2] === '.' ||
        parts[2] === '..') {
        throw new IdentityInputError('source-uri', `'${value}' is not github.com/owner/repo`);
    }
    return `${GITHUB}${parts[1]}/${parts[2]}`;
}
/** `[https://][github.com/]o/r/.github/workflows/x.yml` \u2192 `https://github.com/o/r/.github/workflows/x.yml`. */
function normaliseWorkflow(input, value) {
    let v = value.trim().replace(/^https:\/\//, '');
    if (v.includes('@')) {
        throw new IdentityInputError(input, `'${value}' contains '@': give the workflow path without a ref`);
    }
    if (!v.startsWith('github.com/'))
        v = `github.com/${v}`;
    const m = /^github\.com\/([^/]+)\/([^/]+)\/(\.github\/workflows\/[^/]+\.ya?ml)$/.exec(v);
    if (!m || !OWNER.test(m[1]) || !REPO.test(m[2])) {
        throw new IdentityInputError(input, `'${value}' is not owner/repo/.github/workflows/<file>.yml`);
    }
    return `${GITHUB}${m[1]}/${m[2]}/${m[3]}`;
}
/** Split a GitHub workflow identity `https://github.com/o/r/path@ref` (the SAN, the build config URI). */
function parseWorkflowRef(uri) {
    if (!uri)
        return undefined;
    const m = /^https:\/\/github\.com\/([^/@]+)\/([^/@]+)\/([^@]+)@(.+)$/.exec(uri);
    if (!m)
        return undefined;
    return {
        name: `${GITHUB}${m[1]}/${m[2]}/${m[3]}`,
        repository: `${GITHUB}${m[1]}/${m[2]}`,
        path: m[3],
        ref: m[4]
    };
}
function parseBuilderId(value) {
    const v = value.trim();
    if (!v.startsWith(GITHUB)) {
        throw new IdentityInputError('builder-id', `'${value}' is not a https://github.com/\u2026 builder id`);
    }
    const at = v.lastIndexOf('@');
    if (at === -1)
        return { name: v };
    const version = v.slice(at + 1);
    if (version === '')
        throw new IdentityInputError('builder-id', `'${value}' ends with '@' and no version`);
    return { name: v.slice(0, at), version };
}
/** slsa-verifier's loose builder match: same name; the version, when given, equals the ref or `refs/tags/<version>`. */
function builderMatches(want, name, ref) {
    if (want.name !== name)
        return false;
    if (want.version === undefined)
        return true;
    return ref === want.version || ref === `refs/tags/${want.version}`;
}
/** `refs/tags/vX.Y.Z`, full semver, no prerelease or build metadata (slsa-verifier IsValidBuilderTag). */
function isReleaseTagRef(ref) {
    return ref !== undefined && /^refs\/tags\/v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(ref);
}
const SEMVER = /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function parseSemver(text) {
    const m = SEMVER.exec(text);
    if (!m)
        return undefined;
    if (m[4] !== undefined && m[3] === undefined)
        return undefined; // a prerelease needs a full version
    return {
        major: Number(m[1]),
        minor: m[2] === undefined ? undefined : Number(m[2]),
        patch: m[3] === undefined ? undefined : Number(m[3]),
        prerelease: m[4]
    };
}
/**
 * slsa-verifier's versioned-tag rule: the built tag, canonicalised (`v14` = `v14.0.0`), must equal
 * the wanted major, and the minor and patch (with prerelease) only where the user gave them.
 */
function versionedTagMatches(wanted, tag) {
    const got = parseSemver(tag);
    if (!got)
        return undefined;
    if (got.major !== wanted.major)
        return false;
    if (wanted.minor !== undefined && (got.minor ?? 0) !== wanted.minor)
        return false;
    if (wanted.patch !== undefined) {
        if ((got.patch ?? 0) !== wanted.patch)
            return false;
        if ((got.prerelease ?? '') !== (wanted.prerelease ?? ''))
            return false;
    }
    return true;
}


/***/ }),

/***/ 75676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ fulcioIdentity)
/* harmony export */ });
const ARC = '1.3.6.1.4.1.57264.1.';
/** OIDs .8 and up hold a DER UTF8String; .1\u2013.6 (deprecated) hold the raw string. */
const V2 = {
    issuer: 8,
    buildSignerURI: 9,
    buildSignerDigest: 10,
    runnerEnvironment: 11,
    sourceRepositoryURI: 12,
    sourceRepositoryDigest: 13,
    sourceRepositoryRef: 14,
    sourceRepositoryOwnerURI: 16,
    buildConfigURI: 18,
    buildConfigDigest: 19,
    buildTrigger: 20,
    runInvocationURI: 21
};
const LEGACY = {
    issuer: 1,
    buildTrigger: 2,
    sourceRepositoryDigest: 3,
    workflowName: 4,
    repository: 5,
    sourceRepositoryRef: 6
};
function utf8Ext(cert, n) {
    const ext = cert.extension(ARC + n);
    if (!ext)
        return undefined;
    const obj = ext.valueObj;
    // A DER UTF8String (tag 0x0c) or any string type; fall back to the raw bytes.
    if (obj.subs.length === 0)
        return obj.value.toString('utf8');
    return obj.subs[0].value.toString('utf8');
}
function rawExt(cert, n) {
    const ext = cert.extension(ARC + n);
    return ext ? ext.value.toString('utf8') : undefined;
}
function fulcioIdentity(cert) {
    const id = { oidVersion: 'none', inconsistencies: [] };
    id.san = cert.extSubjectAltName?.uri ?? cert.extSubjectAltName?.rfc822Name;
    for (const [field, n] of Object.entries(V2)) {
        const v = utf8Ext(cert, n);
        if (v !== undefined)
            id[field] = v;
    }
    if (id.issuer !== undefined)
        id.oidVersion = 'v2';
    const legacy = {
        issuer: rawExt(cert, LEGACY.issuer),
        buildTrigger: rawExt(cert, LEGACY.buildTrigger),
        sourceRepositoryDigest: rawExt(cert, LEGACY.sourceRepositoryDigest),
        repository: rawExt(cert, LEGACY.repository),
        sourceRepositoryRef: rawExt(cert, LEGACY.sourceRepositoryRef)
    };
    const legacyRepoURI = legacy.repository === undefined ? undefined : `https://github.com/${legacy.repository}`;
    const pairs = [
        ['issuer', legacy.issuer, '.1.1'],
        ['buildTrigger', legacy.buildTrigger, '.1.2'],
        ['sourceRepositoryDigest', legacy.sourceRepositoryDigest, '.1.3'],
        ['sourceRepositoryURI', legacyRepoURI, '.1.5'],
        ['sourceRepositoryRef', legacy.sourceRepositoryRef, '.1.6']
    ];
    for (const [field, old, oid] of pairs) {
        if (old === undefined)
            continue;
        const current = id[field];
        if (current === undefined) {
            id[field] = old;
            if (id.oidVersion === 'none')
                id.oidVersion = 'legacy';
        }
        else if (current !== old) {
            id.inconsistencies.push(`deprecated ${oid} says '${old}' but the current OID says '${current}'`);
        }
    }
    if (id.buildConfigDigest !== undefined && id.sourceRepositoryDigest !== undefined) {
        // For GitHub, the build config (the caller workflow) is always at the source commit.
        if (id.buildConfigDigest !== id.sourceRepositoryDigest) {
            id.inconsistencies.push(`build config digest ${id.buildConfigDigest} differs from source digest ${id.sourceRepositoryDigest}`);
        }
    }
    return id;
}


/***/ }),

/***/ 79673:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ verifyWithRoots)
/* harmony export */ });
/* unused harmony export verifyBundle */
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54187);
/** Cryptographic verification of one Sigstore bundle with sigstore-js, offline. */


function hex(b) {
    return b ? Buffer.from(b).toString('hex') : '';
}
function evidenceOf(bundle) {
    const vm = bundle.verificationMaterial;
    const tlog = vm.tlogEntries.map((e) => {
        const t = {
            logIndex: e.logIndex,
            logId: Buffer.from(e.logId?.keyId ?? []).toString('base64'),
            kind: `${e.kindVersion?.kind ?? '?'}/${e.kindVersion?.version ?? '?'}`,
            inclusionPromise: Boolean(e.inclusionPromise?.signedEntryTimestamp?.length)
        };
        if (e.integratedTime && e.integratedTime !== '0') {
            t.integratedTime = new Date(Number(e.integratedTime) * 1000).toISOString();
        }
        if (e.inclusionProof) {
            t.inclusionProof = {
                rootHash: hex(e.inclusionProof.rootHash),
                treeSize: e.inclusionProof.treeSize,
                logIndex: e.inclusionProof.logIndex,
                checkpointVerified: Boolean(e.inclusionProof.checkpoint?.envelope)
            };
        }
        return t;
    });
    const content = vm.content;
    return {
        mediaType: bundle.mediaType,
        keyType: content.$case === 'publicKey' ? 'public-key' : 'certificate',
        publicKeyHint: content.$case === 'publicKey' ? content.publicKey.hint : undefined,
        tlog,
        rfc3161Timestamps: vm.timestampVerificationData?.rfc3161Timestamps.length ?? 0
    };
}
/**
 * Verify signature, certificate chain, SCT, transparency-log inclusion (SET and/or Merkle proof
 * with signed checkpoint) and/or RFC 3161 timestamps. Never throws.
 */
function verifyBundle(json, trust, verifier) {
    let bundle;
    try {
        bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleFromJSON)(json);
    }
    catch (err) {
        const code = err instanceof _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.ValidationError ? 'BUNDLE_INVALID' : 'BUNDLE_UNREADABLE';
        return {
            ok: false,
            malformed: true,
            code,
            message: `invalid bundle: ${err.message}`
        };
    }
    if (bundle.content.$case !== 'dsseEnvelope') {
        return {
            ok: false,
            malformed: true,
            code: 'NOT_AN_ATTESTATION',
            message: 'a message-signature bundle signs a blob, not an in-toto attestation (no DSSE envelope)'
        };
    }
    const vm = bundle.verificationMaterial.content;
    if (vm.$case === 'publicKey') {
        // For key-signed bundles the DSSE keyid must name the same key as the bundle's hint.
        const wrong = bundle.content.dsseEnvelope.signatures.find((s) => s.keyid !== '' && s.keyid !== vm.publicKey.hint);
        if (wrong) {
            return {
                ok: false,
                malformed: false,
                code: 'PUBLIC_KEY_ERROR',
                message: `DSSE signature keyid '${wrong.keyid}' differs from the bundle's key hint '${vm.publicKey.hint}'`
            };
        }
    }
    try {
        const entity = (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_1__/* .toSignedEntity */ .DC)(bundle);
        (verifier ?? new _sigstore_verify__WEBPACK_IMPORTED_MODULE_1__/* .Verifier */ .BL(trust)).verify(entity);
        const evidence = evidenceOf(bundle);
        const out = {
            ok: true,
            evidence,
            payloadType: bundle.content.dsseEnvelope.payloadType,
            payload: bundle.content.dsseEnvelope.payload
        };
        if (entity.key.$case === 'certificate') {
            const cert = entity.key.certificate;
            out.certificate = cert;
            evidence.certificateSerial = cert.serialNumber.toString('hex');
            evidence.certificateNotBefore = cert.notBefore.toISOString();
            evidence.certificateNotAfter = cert.notAfter.toISOString();
        }
        return out;
    }
    catch (err) {
        const code = err instanceof _sigstore_verify__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk ? err.code : 'VERIFICATION_ERROR';
        const cause = err.cause;
        const why = cause instanceof Error && !err.message.includes(cause.message)
            ? ` (${cause.message})`
            : '';
        return { ok: false, malformed: false, code, message: `${err.message}${why}` };
    }
}
/** Verify against each trusted root in turn; the first that verifies wins. */
function verifyWithRoots(json, roots) {
    const failures = [];
    let first;
    for (const root of roots) {
        const r = verifyBundle(json, root.material, root.verifier);
        if (r.ok) {
            r.evidence.trustRoot = root.summary.source;
            return r;
        }
        if (r.malformed)
            return r;
        first ??= r;
        failures.push(roots.length > 1 ? `[${root.summary.source}] ${r.code}: ${r.message}` : r.message);
    }
    if (!first || first.ok)
        throw new Error('no trusted root to verify with');
    return { ...first, message: failures.join('; ') };
}


/***/ })

};
