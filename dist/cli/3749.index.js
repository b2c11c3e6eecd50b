export const id = 3749;
export const ids = [3749];
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

/***/ 13749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RULES: () => (/* binding */ RULES),
  referrerPresence: () => (/* binding */ referrerPresence),
  targetsOf: () => (/* binding */ targetsOf)
});

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/oci/digest.js
var oci_digest = __webpack_require__(9501);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __webpack_require__(14630);
// EXTERNAL MODULE: ./lib/oci/manifest.js
var oci_manifest = __webpack_require__(44360);
// EXTERNAL MODULE: ./lib/oci/media-types.js
var media_types = __webpack_require__(50261);
;// CONCATENATED MODULE: ./lib/oci/layout.js
/**
 * An OCI image-layout directory (`oci-layout`, `index.json`, `blobs/<alg>/<hex>`) as a content
 * source: tags are `org.opencontainers.image.ref.name` annotations of index.json, and the
 * referrers of a digest are the manifests reachable from index.json whose `subject` is it.
 */






class LayoutError extends Error {
    constructor(message) {
        super(message);
        this.name = 'LayoutError';
    }
}
/**
 * A layout file through the one bounded reader: a FIFO, device or directory where a blob should
 * be (or a symlink to one) is refused on the open descriptor, and the limit holds while reading.
 * A missing file is `undefined` (a blob the layout does not have); over the limit is ContentError.
 */
function readLayoutFile(file, max, what) {
    try {
        return (0,read_file/* readRegularFile */.XF)(file, { maxBytes: max, what: `input 'oci-layout': ${what}` });
    }
    catch (err) {
        if (err instanceof read_file/* FileReadError */.tJ && err.code === 'ENOENT')
            return undefined;
        if (err instanceof read_file/* FileReadError */.tJ && err.code === 'too-large') {
            throw new oci_manifest/* ContentError */.yg(`${what}: ${err.message}`);
        }
        throw err;
    }
}
class LayoutSource {
    requests = [];
    location;
    root;
    index;
    constructor(dir) {
        this.root = (0,external_node_path_.resolve)(dir);
        this.location = `oci-layout:${this.root}`;
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.root, 'index.json'))) {
            throw new LayoutError(`${this.root} is not an OCI image layout: it has no index.json`);
        }
    }
    note(path, status, t0) {
        this.requests.push({ method: 'READ', path, status, ms: Math.round(performance.now() - t0) });
    }
    topIndex() {
        if (!this.index) {
            const t0 = performance.now();
            const bytes = readLayoutFile((0,external_node_path_.join)(this.root, 'index.json'), media_types/* MAX_MANIFEST_BYTES */.ZJ, 'index.json');
            if (!bytes)
                throw new LayoutError(`${this.root} has no index.json`);
            this.note('index.json', 200, t0);
            this.index = (0,oci_manifest/* parseManifest */.Ng)(bytes, `${this.root}/index.json`);
            if (!this.index.manifests)
                throw new oci_manifest/* ContentError */.yg(`${this.root}/index.json has no manifests list`);
        }
        return this.index;
    }
    blobPath(digest) {
        return (0,external_node_path_.join)(this.root, 'blobs', digest.split(':')[0], (0,oci_digest/* encoded */.dS)(digest));
    }
    readBlob(digest, max) {
        const file = this.blobPath(digest);
        const t0 = performance.now();
        const bytes = readLayoutFile(file, max, `blob ${digest}`);
        if (!bytes) {
            this.note(`blobs/${digest.replace(':', '/')}`, 404, t0);
            return undefined;
        }
        this.note(`blobs/${digest.replace(':', '/')}`, 200, t0);
        const computed = (0,oci_digest/* digestOf */.ol)(bytes, digest);
        if (computed !== digest) {
            throw new oci_manifest/* ContentError */.yg(`blob ${digest} in ${this.root}: digest mismatch: the file hashes to ${computed}`);
        }
        return bytes;
    }
    async manifest(reference) {
        let digest = reference;
        if (!(0,oci_digest/* isDigest */.Bc)(reference)) {
            const named = (this.topIndex().manifests ?? []).filter((d) => d.annotations?.[media_types/* ANNOTATION_REF_NAME */._0] === reference);
            const digests = [...new Set(named.map((d) => d.digest))];
            if (digests.length === 0)
                return undefined;
            if (digests.length > 1) {
                // Which one is "the image"? Taking the first would let whoever orders index.json choose.
                throw new LayoutError(`${this.root}/index.json: the tag '${reference}' (${media_types/* ANNOTATION_REF_NAME */._0}) names ${digests.length} different manifests: ${digests.join(', ')}; a tag must name one manifest`);
            }
            digest = digests[0];
        }
        const bytes = this.readBlob(digest, media_types/* MAX_MANIFEST_BYTES */.ZJ);
        if (!bytes)
            return undefined;
        const manifest = (0,oci_manifest/* parseManifest */.Ng)(bytes, `manifest ${digest}`);
        return { digest, mediaType: manifest.mediaType ?? '', size: bytes.byteLength, manifest };
    }
    async blob(d, maxBytes) {
        if (d.size > maxBytes) {
            throw new oci_manifest/* ContentError */.yg(`blob ${d.digest} is ${d.size} bytes, more than the limit of ${maxBytes}`);
        }
        const bytes = this.readBlob(d.digest, maxBytes);
        if (!bytes)
            throw new oci_manifest/* ContentError */.yg(`blob ${d.digest} is missing from ${this.root}`);
        if (bytes.byteLength !== d.size) {
            throw new oci_manifest/* ContentError */.yg(`blob ${d.digest}: size mismatch: the descriptor says ${d.size}, the file has ${bytes.byteLength}`);
        }
        return bytes;
    }
    /** Manifests named by index.json and by the indexes it names (one level), with their subjects. */
    async referrers(digest, artifactType) {
        const found = new Map();
        const visit = (entries, depth) => {
            for (const d of entries) {
                if (found.has(d.digest))
                    continue;
                const bytes = this.readBlob(d.digest, media_types/* MAX_MANIFEST_BYTES */.ZJ);
                if (!bytes)
                    continue;
                const m = (0,oci_manifest/* parseManifest */.Ng)(bytes, `manifest ${d.digest}`);
                if (m.subject?.digest === digest) {
                    const at = (0,oci_manifest/* declaredArtifactType */.Js)(m);
                    if (!artifactType || at === artifactType) {
                        found.set(d.digest, {
                            mediaType: m.mediaType ?? d.mediaType,
                            digest: d.digest,
                            size: bytes.byteLength,
                            ...(at ? { artifactType: at } : {}),
                            ...(m.annotations ? { annotations: m.annotations } : {})
                        });
                    }
                }
                if ((0,oci_manifest/* isIndex */.nw)(m) && depth < 1 && m.manifests)
                    visit(m.manifests, depth + 1);
            }
        };
        visit(this.topIndex().manifests ?? [], 0);
        return {
            supported: true,
            descriptors: [...found.values()],
            filtered: artifactType ? true : undefined,
            pages: 1
        };
    }
}

// EXTERNAL MODULE: ./lib/oci/registry.js + 2 modules
var registry = __webpack_require__(38782);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __webpack_require__(66613);
;// CONCATENATED MODULE: ./lib/gates/referrer-presence/content.js
/**
 * What a layer's bytes prove about an image digest: in-toto statements (raw, in a DSSE envelope,
 * or in a Sigstore bundle) must name the digest in their own `subject`; cosign simple-signing
 * payloads must name it as `docker-manifest-digest`; SBOM documents must be what their media type says.
 */




/** Whether the gate knows how to read a layer of this media type. */
function isAnalysable(mediaType) {
    return (mediaType === media_types/* IN_TOTO */.B1 ||
        mediaType === media_types/* DSSE_ENVELOPE */.P7 ||
        (0,media_types/* isSigstoreBundleType */.Zf)(mediaType) ||
        mediaType === media_types/* COSIGN_SIMPLESIGNING */.EP ||
        media_types/* SPDX_TYPES */.q2.has(mediaType) ||
        media_types/* CYCLONEDX_TYPES */.oH.has(mediaType));
}
function json(bytes, what) {
    let doc;
    try {
        doc = (0,strict_json/* parseStrictJsonBytes */.ml)(bytes, what);
    }
    catch (err) {
        // A duplicate key (`"predicateType"` twice) is named; other problems stay short.
        return err instanceof strict_json/* JsonDocumentError */.sT && err.pointer !== undefined
            ? err.message
            : `${what} is not valid JSON`;
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return `${what} is not a JSON object`;
    return doc;
}
function kindsOfPredicate(predicateType) {
    const kinds = ['in-toto'];
    if (predicateType.startsWith(media_types/* PREDICATE_SPDX */.gL))
        kinds.push('spdx');
    if (predicateType.startsWith(media_types/* PREDICATE_CYCLONEDX */.Ok))
        kinds.push('cyclonedx');
    if (predicateType.startsWith(media_types/* PREDICATE_SLSA_PREFIX */.XX))
        kinds.push('slsa-provenance');
    if (predicateType === media_types/* PREDICATE_COSIGN_SIGN */.M7)
        kinds.push('signature');
    return kinds;
}
/** An in-toto statement that must name `digest` among its subjects. */
function checkStatement(doc, digest) {
    const type = doc._type;
    if (typeof type !== 'string' || !type.startsWith('https://in-toto.io/Statement/')) {
        return `not an in-toto statement (_type is ${JSON.stringify(type ?? null)})`;
    }
    if (typeof doc.predicateType !== 'string' || doc.predicateType === '') {
        return 'the in-toto statement has no predicateType';
    }
    if (!Array.isArray(doc.subject) || doc.subject.length === 0)
        return 'the in-toto statement has no subject';
    const alg = digest.split(':')[0];
    const want = (0,oci_digest/* encoded */.dS)(digest);
    const seen = [];
    for (const s of doc.subject) {
        const d = s?.digest;
        const v = d?.[alg];
        if (typeof v === 'string') {
            if (v.toLowerCase() === want) {
                return { kinds: kindsOfPredicate(doc.predicateType), predicateType: doc.predicateType };
            }
            seen.push(`${alg}:${v.slice(0, 16)}\u2026`);
        }
    }
    return `the in-toto statement's subject is ${seen.length ? seen.join(', ') : 'no ' + alg + ' digest'}, expected ${digest}`;
}
function checkEnvelope(env, digest, what) {
    if (env.payloadType !== media_types/* IN_TOTO */.B1) {
        return `${what} payloadType is ${JSON.stringify(env.payloadType ?? null)}, expected ${media_types/* IN_TOTO */.B1}`;
    }
    if (!Array.isArray(env.signatures) || env.signatures.length === 0)
        return `${what} has no signatures`;
    if (typeof env.payload !== 'string')
        return `${what} has no payload`;
    const statement = json(Buffer.from(env.payload, 'base64'), `${what} payload`);
    if (typeof statement === 'string')
        return statement;
    return checkStatement(statement, digest);
}
/** What one layer proves about `digest`. */
function analyseLayer(mediaType, bytes, digest, annotations = {}) {
    if (mediaType === media_types/* IN_TOTO */.B1) {
        const doc = json(bytes, 'the in-toto layer');
        return typeof doc === 'string' ? doc : checkStatement(doc, digest);
    }
    if (mediaType === media_types/* DSSE_ENVELOPE */.P7) {
        const doc = json(bytes, 'the DSSE envelope');
        return typeof doc === 'string' ? doc : checkEnvelope(doc, digest, 'the DSSE envelope');
    }
    if ((0,media_types/* isSigstoreBundleType */.Zf)(mediaType)) {
        const doc = json(bytes, 'the Sigstore bundle');
        if (typeof doc === 'string')
            return doc;
        let bundle;
        try {
            bundle = (0,dist.bundleFromJSON)(doc);
            (0,dist.assertBundle)(bundle);
        }
        catch (err) {
            const fields = err.fields;
            return `not a valid Sigstore bundle (${err.message}${fields?.length ? `: ${fields.join(', ')}` : ''})`;
        }
        if (!(0,dist.isBundleWithDsseEnvelope)(bundle)) {
            return 'the Sigstore bundle holds a message signature, which cannot be tied to an image digest';
        }
        const env = bundle.content.dsseEnvelope;
        const v = checkEnvelope({
            payloadType: env.payloadType,
            payload: env.payload.toString('base64'),
            signatures: env.signatures
        }, digest, "the bundle's DSSE envelope");
        return typeof v === 'string' ? v : { ...v, kinds: [...v.kinds, 'sigstore-bundle'] };
    }
    if (mediaType === media_types/* COSIGN_SIMPLESIGNING */.EP) {
        if (!annotations[media_types/* ANNOTATION_COSIGN_SIGNATURE */.$c]) {
            return `the simple-signing layer has no ${media_types/* ANNOTATION_COSIGN_SIGNATURE */.$c} annotation (no signature)`;
        }
        const doc = json(bytes, 'the simple-signing payload');
        if (typeof doc === 'string')
            return doc;
        const critical = doc.critical;
        const signed = critical?.image?.['docker-manifest-digest'];
        if (signed !== digest) {
            return `the signature is for ${JSON.stringify(signed ?? null)}, expected ${digest}`;
        }
        return { kinds: ['signature'] };
    }
    if (media_types/* SPDX_TYPES */.q2.has(mediaType)) {
        if (mediaType === 'text/spdx') {
            const text = new TextDecoder().decode(bytes.subarray(0, 64 * 1024));
            return /^SPDXVersion:\s*SPDX-/m.test(text)
                ? { kinds: ['spdx'] }
                : 'the tag-value SPDX document has no SPDXVersion';
        }
        const doc = json(bytes, 'the SPDX document');
        if (typeof doc === 'string')
            return doc;
        return typeof doc.spdxVersion === 'string' && doc.spdxVersion.startsWith('SPDX-')
            ? { kinds: ['spdx'] }
            : `the SPDX document has no spdxVersion (spdxVersion is ${JSON.stringify(doc.spdxVersion ?? null)})`;
    }
    if (media_types/* CYCLONEDX_TYPES */.oH.has(mediaType)) {
        if (mediaType.endsWith('+xml')) {
            const text = new TextDecoder().decode(bytes.subarray(0, 64 * 1024));
            return /<bom[\s>]/.test(text) && /cyclonedx\.org\/schema\/bom/.test(text)
                ? { kinds: ['cyclonedx'] }
                : 'the CycloneDX XML document has no <bom> in the CycloneDX namespace';
        }
        const doc = json(bytes, 'the CycloneDX document');
        if (typeof doc === 'string')
            return doc;
        return doc.bomFormat === 'CycloneDX'
            ? { kinds: ['cyclonedx'] }
            : `the CycloneDX document's bomFormat is ${JSON.stringify(doc.bomFormat ?? null)}, expected "CycloneDX"`;
    }
    return `no content check for ${mediaType}`;
}

;// CONCATENATED MODULE: ./lib/gates/referrer-presence/verify.js
/**
 * Never trust an index entry: fetch the candidate's manifest by digest (the source verifies the
 * bytes), check its subject, take its artifact type from the manifest itself, and read the layers
 * the gate understands to see what they prove about the image digest.
 */



const CONVENTIONS = [
    'referrers-api',
    'tag-fallback',
    'cosign-tags',
    'buildx-index'
];
/** Config types of ordinary images (cosign legacy and BuildKit legacy manifests use them): not artifact types. */
const IMAGE_CONFIG_TYPES = new Set([
    'application/vnd.oci.image.config.v1+json',
    'application/vnd.docker.container.image.v1+json'
]);
/** The most layers of one artifact the gate reads. */
const MAX_LAYERS = 16;
/** Kinds an artifact of this declared type could prove (before reading it): for ordering work only. */
function plausibleKinds(artifactType) {
    if ((0,oci_manifest/* isEmptyType */.uH)(artifactType))
        return 'any';
    const t = artifactType;
    if (media_types/* SPDX_TYPES */.q2.has(t))
        return new Set(['spdx']);
    if (media_types/* CYCLONEDX_TYPES */.oH.has(t))
        return new Set(['cyclonedx']);
    if (t === media_types/* NOTARY_SIGNATURE */.bv || t === media_types/* COSIGN_SIG_ARTIFACT */.Ds)
        return new Set(['signature']);
    if (t === media_types/* IN_TOTO */.B1 ||
        t === media_types/* DSSE_ENVELOPE */.P7 ||
        t === media_types/* BUILDKIT_ATTESTATION */._e ||
        (0,media_types/* isSigstoreBundleType */.Zf)(t)) {
        return new Set([
            'in-toto',
            'slsa-provenance',
            'spdx',
            'cyclonedx',
            'signature',
            'sigstore-bundle'
        ]);
    }
    return new Set([`type:${t}`]);
}
/** Which kinds a declared artifact type promises, so content that does not deliver is rejected. */
function promisedKind(artifactType) {
    if (media_types/* SPDX_TYPES */.q2.has(artifactType))
        return 'spdx';
    if (media_types/* CYCLONEDX_TYPES */.oH.has(artifactType))
        return 'cyclonedx';
    if (artifactType === media_types/* IN_TOTO */.B1 || artifactType === media_types/* BUILDKIT_ATTESTATION */._e)
        return 'in-toto';
    if ((0,media_types/* isSigstoreBundleType */.Zf)(artifactType))
        return 'sigstore-bundle';
    if (artifactType === media_types/* COSIGN_SIG_ARTIFACT */.Ds)
        return 'signature';
    return undefined;
}
async function inspectCandidate(o) {
    const reject = (reason) => ({
        ok: false,
        rejected: { digest: o.entry.digest, convention: o.convention, reason }
    });
    const fetched = o.fetched ?? (await o.source.manifest(o.entry.digest));
    if (!fetched)
        return reject('listed, but the manifest does not exist (404)');
    const m = fetched.manifest;
    const needsSubject = o.convention === 'referrers-api' || o.convention === 'tag-fallback';
    if (m.subject && m.subject.digest !== o.subject) {
        return reject(`its subject.digest is ${m.subject.digest}, expected ${o.subject}`);
    }
    if (needsSubject && !m.subject)
        return reject(`it has no subject, expected subject.digest ${o.subject}`);
    const artifactType = (0,oci_manifest/* declaredArtifactType */.Js)(m) ?? '';
    let mislabelled;
    if (!(0,oci_manifest/* isEmptyType */.uH)(o.entry.artifactType) && o.entry.artifactType !== artifactType) {
        mislabelled = `the index entry says artifactType ${o.entry.artifactType}, the manifest says ${artifactType || '(none)'}`;
    }
    const kinds = new Set();
    const predicateTypes = [];
    const problems = [];
    if (!(0,oci_manifest/* isIndex */.nw)(m)) {
        const layers = (m.layers ?? []).filter((l) => isAnalysable(l.mediaType)).slice(0, MAX_LAYERS);
        // All layers at once (one round trip deep), read in manifest order.
        const blobs = await Promise.all(layers.map((layer) => o.source.blob(layer, media_types/* MAX_BLOB_BYTES */.TP)));
        for (const [i, layer] of layers.entries()) {
            const v = analyseLayer(layer.mediaType, blobs[i], o.subject, layer.annotations);
            if (typeof v === 'string') {
                problems.push(`layer ${layer.digest.slice(0, 19)}\u2026 (${layer.mediaType}): ${v}`);
                continue;
            }
            for (const k of v.kinds)
                kinds.add(k);
            if (v.predicateType)
                predicateTypes.push(v.predicateType);
        }
    }
    if (artifactType === media_types/* NOTARY_SIGNATURE */.bv && m.subject?.digest === o.subject)
        kinds.add('signature');
    const promised = promisedKind(artifactType);
    if (promised && !kinds.has(promised)) {
        return reject(`its artifactType is ${artifactType} but no layer is a valid ${promised} document about ${o.subject}` +
            (problems.length ? `: ${problems.join('; ')}` : ' (no readable layer)'));
    }
    if (problems.length && kinds.size === 0)
        return reject(problems.join('; '));
    if (artifactType && !promised && !IMAGE_CONFIG_TYPES.has(artifactType))
        kinds.add(`type:${artifactType}`);
    if (kinds.size === 0) {
        return reject(problems.length
            ? problems.join('; ')
            : `nothing in it can be checked (artifactType ${artifactType || 'none'})`);
    }
    return {
        ok: true,
        artifact: {
            digest: fetched.digest,
            convention: o.convention,
            artifactType,
            kinds: [...kinds],
            predicateTypes,
            ...(mislabelled ? { mislabelled } : {})
        }
    };
}

;// CONCATENATED MODULE: ./lib/gates/referrer-presence/discover.js
/**
 * Finds and verifies the attachments of one target digest through the conventions in the order
 * given, stopping as soon as every requirement is met: the OCI 1.1 referrers API, the
 * `sha256-<hex>` fallback tag (only when the API is absent), cosign's `.sig/.att/.sbom` tags,
 * and BuildKit attestation manifests in the parent image index.
 */




const COSIGN_SUFFIXES = [
    { suffix: 'sig', kinds: ['signature'] },
    { suffix: 'att', kinds: ['in-toto', 'slsa-provenance', 'spdx', 'cyclonedx'] },
    { suffix: 'sbom', kinds: ['spdx', 'cyclonedx'] }
];
class Discovery {
    source;
    target;
    report;
    unmet;
    inspected = new Set();
    constructor(source, target, requirements) {
        this.source = source;
        this.target = target;
        this.unmet = new Map(requirements.map((r) => [r.kind, r]));
        this.report = {
            digest: target.digest,
            role: target.role,
            ...(target.platform ? { platform: target.platform } : {}),
            conventions: [],
            found: [],
            rejected: [],
            missing: [],
            notes: []
        };
    }
    get done() {
        return this.unmet.size === 0;
    }
    outcome(convention, outcome) {
        this.report.conventions.push({ convention, outcome });
    }
    /**
     * Inspect candidates, the plausibly useful first, until every requirement is met. Work goes in
     * waves: for each unmet requirement, the best-ranked candidate that could prove it; a wave's
     * candidates are fetched at once, so the wall time follows the depth of the request chain
     * (manifest, then its layers) and not the number of candidates, and no candidate is fetched
     * that an earlier one in the same order would have made unnecessary.
     */
    async candidates(entries, convention) {
        // Specific types first (an SPDX artifact for spdx), then attestations that may carry it,
        // then entries with no usable type (old ggcr wrote the empty type): all get checked if needed.
        const rank = (e) => {
            const p = plausibleKinds(e.artifactType);
            return p === 'any' ? 2 : p.size <= 1 ? 0 : 1;
        };
        const ordered = [...entries].sort((a, b) => rank(a) - rank(b));
        let inspected = 0;
        for (;;) {
            if (this.done)
                break;
            const wave = [];
            for (const kind of this.unmet.keys()) {
                const next = ordered.find((e) => {
                    if (this.inspected.has(e.digest) || wave.includes(e))
                        return false;
                    const p = plausibleKinds(e.artifactType);
                    return p === 'any' || p.has(kind);
                });
                if (next && !wave.some((w) => w.digest === next.digest))
                    wave.push(next);
            }
            if (wave.length === 0)
                break;
            for (const e of wave)
                this.inspected.add(e.digest);
            inspected += wave.length;
            const results = await Promise.all(wave.map((entry) => inspectCandidate({ source: this.source, entry, subject: this.target.digest, convention })));
            for (const r of results)
                this.accept(r);
        }
        return inspected;
    }
    accept(r) {
        if (!r.ok) {
            this.report.rejected.push(r.rejected);
            return;
        }
        const a = r.artifact;
        if (a.mislabelled)
            this.report.notes.push(`${a.digest} (${a.convention}): ${a.mislabelled}`);
        const useful = a.kinds.filter((k) => this.unmet.has(k));
        if (useful.length === 0)
            return;
        this.report.found.push(a);
        for (const k of useful)
            this.unmet.delete(k);
    }
    async referrersApi(filterTypeWhenSingle) {
        const first = await this.source.referrers(this.target.digest, filterTypeWhenSingle);
        if (!first.supported) {
            this.outcome('referrers-api', `unsupported: ${first.reason}`);
            return false;
        }
        let listed = first.descriptors.length;
        let inspected = await this.candidates(first.descriptors, 'referrers-api');
        let how = `${listed} listed${first.pages && first.pages > 1 ? ` over ${first.pages} pages` : ''}`;
        if (filterTypeWhenSingle)
            how += first.filtered
                ? `, filtered by the registry on ${filterTypeWhenSingle}`
                : ', filter not applied by the registry';
        if (!this.done && filterTypeWhenSingle && first.filtered) {
            // An attestation of another artifactType may still satisfy the requirement.
            const all = await this.source.referrers(this.target.digest);
            listed = all.descriptors.length;
            inspected += await this.candidates(all.descriptors, 'referrers-api');
            how += `; then ${listed} listed unfiltered`;
        }
        this.outcome('referrers-api', `${how}, ${inspected} inspected`);
        return true;
    }
    async tagFallback() {
        const tag = (0,oci_digest/* fallbackTag */.fH)(this.target.digest);
        const fetched = await this.source.manifest(tag);
        if (!fetched) {
            this.outcome('tag-fallback', `no tag ${tag} (404): no referrers this way`);
            return;
        }
        if (fetched.digest === this.target.digest) {
            this.report.notes.push(`tag ${tag} resolves to the image itself (a GitLab-style registry quirk); its children are not referrers`);
            this.outcome('tag-fallback', `tag ${tag} resolves to the image itself; ignored`);
            return;
        }
        if (!(0,oci_manifest/* isIndex */.nw)(fetched.manifest)) {
            this.report.notes.push(`tag ${tag} is a ${fetched.mediaType || 'manifest'}, not an image index; ignored`);
            this.outcome('tag-fallback', `tag ${tag} is not an image index; ignored`);
            return;
        }
        const seen = new Set();
        const entries = (fetched.manifest.manifests ?? []).filter((d) => !seen.has(d.digest) && seen.add(d.digest));
        const inspected = await this.candidates(entries, 'tag-fallback');
        this.outcome('tag-fallback', `tag ${tag} (${fetched.digest.slice(0, 19)}\u2026) lists ${entries.length}, ${inspected} inspected`);
    }
    async cosignTags() {
        const parts = new Map();
        const probed = new Set();
        // Waves as for listed candidates: for each unmet requirement the first tag that could prove
        // it, fetched at once (.sig and .att together; .sbom only when .att did not bring the SBOM).
        for (;;) {
            if (this.done)
                break;
            const wave = COSIGN_SUFFIXES.filter(({ suffix, kinds }) => !probed.has(suffix) &&
                kinds.some((k) => this.unmet.has(k) &&
                    COSIGN_SUFFIXES.find((c) => !probed.has(c.suffix) && c.kinds.includes(k))?.suffix ===
                        suffix));
            if (wave.length === 0)
                break;
            for (const { suffix } of wave)
                probed.add(suffix);
            const fetched = await Promise.all(wave.map(({ suffix }) => this.source.manifest(`${(0,oci_digest/* fallbackTag */.fH)(this.target.digest)}.${suffix}`)));
            const inspections = [];
            wave.forEach(({ suffix }, i) => {
                const f = fetched[i];
                if (!f) {
                    parts.set(suffix, `${suffix}: none`);
                    return;
                }
                parts.set(suffix, `${suffix}: ${f.digest.slice(0, 19)}\u2026`);
                if (this.inspected.has(f.digest))
                    return;
                this.inspected.add(f.digest);
                inspections.push(inspectCandidate({
                    source: this.source,
                    entry: { mediaType: f.mediaType, digest: f.digest, size: f.size },
                    fetched: f,
                    subject: this.target.digest,
                    convention: 'cosign-tags'
                }));
            });
            for (const r of await Promise.all(inspections))
                this.accept(r);
        }
        const shown = COSIGN_SUFFIXES.flatMap(({ suffix }) => parts.get(suffix) ?? []);
        this.outcome('cosign-tags', shown.length ? shown.join(', ') : 'no tag needed');
    }
    /** The attestation manifests the parent index lists for this platform (no request needed). */
    buildxEntries() {
        return (this.target.parent?.manifests ?? []).filter((d) => d.annotations?.[media_types/* ANNOTATION_REFERENCE_TYPE */.T0] === media_types/* ATTESTATION_MANIFEST */.lL &&
            d.annotations?.[media_types/* ANNOTATION_REFERENCE_DIGEST */.Jp] === this.target.digest);
    }
    async buildxIndex() {
        if (!this.target.parent) {
            this.outcome('buildx-index', 'not applicable (BuildKit attests platform manifests inside an index)');
            return;
        }
        const entries = this.buildxEntries();
        const inspected = await this.candidates(entries, 'buildx-index');
        this.outcome('buildx-index', `${entries.length} attestation manifest${entries.length === 1 ? '' : 's'} for this platform, ${inspected} inspected`);
    }
    finish() {
        this.report.missing = [...this.unmet.values()].map((r) => r.name);
        return this.report;
    }
}
async function discover(source, target, requirements, conventions) {
    const d = new Discovery(source, target, requirements);
    const filter = requirements.length === 1 ? requirements[0].filterType : undefined;
    // The parent index is already in hand: when it lists attestation manifests for this platform,
    // they are inspected first, and the conventions that would need a request (and usually
    // answer 404 for a BuildKit image) run only for what they left unmet.
    const early = conventions.includes('buildx-index') && d.buildxEntries().length > 0;
    if (early)
        await d.buildxIndex();
    let api;
    for (const c of conventions) {
        if (early && c === 'buildx-index')
            continue;
        if (d.done) {
            d.report.conventions.push({
                convention: c,
                outcome: early
                    ? 'skipped: every requirement already met by the attestations the image index lists (buildx-index)'
                    : 'skipped: every requirement already met'
            });
            continue;
        }
        if (c === 'referrers-api')
            api = await d.referrersApi(filter);
        else if (c === 'tag-fallback') {
            if (api === true) {
                d.report.conventions.push({
                    convention: c,
                    outcome: 'skipped: the referrers API answered (it includes fallback-tag referrers per the spec)'
                });
            }
            else
                await d.tagFallback();
        }
        else if (c === 'cosign-tags')
            await d.cosignTags();
        else
            await d.buildxIndex();
    }
    // The report lists the conventions in the order given.
    d.report.conventions.sort((a, b) => conventions.indexOf(a.convention) - conventions.indexOf(b.convention));
    return d.finish();
}

;// CONCATENATED MODULE: ./lib/gates/referrer-presence/requirements.js
/** The `require` input: which kinds of attachment must be present, as short names or media types. */


const SHORT_NAMES = ['spdx', 'cyclonedx', 'slsa-provenance', 'signature', 'in-toto'];
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}(;.*)?$/i;
function parseRequirement(text) {
    const t = text.trim();
    const lower = t.toLowerCase();
    if (lower === 'spdx' || media_types/* SPDX_TYPES */.q2.has(lower))
        return { name: t, kind: 'spdx', filterType: media_types/* SPDX_JSON */.xi };
    if (lower === 'cyclonedx' || media_types/* CYCLONEDX_TYPES */.oH.has(lower)) {
        return { name: t, kind: 'cyclonedx', filterType: media_types/* CYCLONEDX_JSON */.Hb };
    }
    if (lower === 'slsa-provenance' || lower === 'provenance')
        return { name: t, kind: 'slsa-provenance' };
    if (lower === 'signature')
        return { name: t, kind: 'signature' };
    if (lower === 'in-toto' || lower === media_types/* IN_TOTO */.B1)
        return { name: t, kind: 'in-toto', filterType: media_types/* IN_TOTO */.B1 };
    if ((0,media_types/* isSigstoreBundleType */.Zf)(lower)) {
        return { name: t, kind: 'sigstore-bundle', filterType: media_types/* SIGSTORE_BUNDLE_V03 */.En };
    }
    if (MEDIA_TYPE.test(t))
        return { name: t, kind: `type:${t}`, filterType: t };
    throw new errors/* InputError */.dz('require', `'${t}' is neither a short name (${SHORT_NAMES.join(', ')}) nor a media type such as application/spdx+json`);
}
function parseRequirements(list) {
    if (list.length === 0) {
        throw new errors/* InputError */.dz('require', `is empty; list at least one of ${SHORT_NAMES.join(', ')} or a media type`);
    }
    const out = [];
    for (const item of list) {
        const r = parseRequirement(item);
        if (!out.some((o) => o.kind === r.kind))
            out.push(r);
    }
    return out;
}

// EXTERNAL MODULE: ./lib/oci/reference.js
var reference = __webpack_require__(23940);
;// CONCATENATED MODULE: ./lib/gates/referrer-presence/source.js
/** Chooses where the image lives (a registry or an OCI layout) and with which credentials. */






/** An unevaluated `${{ \u2026 }}` default (the CLI reads action.yml defaults literally). */
function unevaluated(v) {
    return v === undefined || v === '' || /^\$\{\{.*\}\}$/.test(v.trim());
}
function chooseCredentials(ref, inputs, env) {
    const username = inputs.string('username') ?? '';
    const password = inputs.string('password') ?? '';
    if (password !== '' && !unevaluated(password)) {
        return {
            credentials: { username: username || 'token', password },
            auth: `username '${username || 'token'}' and password`
        };
    }
    if (username !== '') {
        throw new errors/* InputError */.dz('password', `username '${username}' was given without a password`);
    }
    if (ref.registry === 'ghcr.io') {
        const ghToken = inputs.string('github-token');
        const token = !unevaluated(ghToken) ? ghToken : env.GITHUB_TOKEN;
        if (token) {
            const user = env.GITHUB_ACTOR || 'token';
            return {
                credentials: { username: user, password: token },
                auth: `the job's GITHUB_TOKEN as ${user}`
            };
        }
    }
    return { auth: 'anonymous' };
}
function locate(inputs, ctx, deadline) {
    const image = inputs.requireString('image').trim();
    const layout = inputs.string('oci-layout')?.trim();
    if (layout) {
        // In a layout the reference is a ref.name, a digest, or a full reference whose tag/digest counts.
        let reference = image.startsWith('@') ? image.slice(1) : image;
        if (!(0,oci_digest/* isDigest */.Bc)(reference)) {
            const at = reference.lastIndexOf('@');
            if (at >= 0)
                reference = reference.slice(at + 1);
            else if (reference.includes('/'))
                reference = reference.slice(reference.lastIndexOf(':') + 1);
        }
        const dir = (0,external_node_path_.resolve)(ctx.workspace, layout);
        let source;
        try {
            source = new LayoutSource(dir);
        }
        catch (err) {
            throw new errors/* InputError */.dz('oci-layout', err.message);
        }
        return { source, reference, display: `${layout}@${reference}`, auth: 'local files' };
    }
    const ref = (0,reference/* parseReference */.F2)(image);
    if (typeof ref === 'string') {
        throw new errors/* InputError */.dz('image', `'${image}': ${ref}; write registry/repository@sha256:<hex> (or :tag)`);
    }
    const { credentials, auth } = chooseCredentials(ref, inputs, ctx.env);
    const source = new registry/* RegistryClient */.bP({
        ref,
        insecure: inputs.boolean('insecure'),
        credentials,
        deadline,
        secret: (s) => ctx.secret(s),
        log: (m) => ctx.log(m)
    });
    return { source, reference: ref.digest ?? ref.tag, display: image, auth };
}

;// CONCATENATED MODULE: ./lib/gates/referrer-presence/index.js
/**
 * Gate: referrer-presence \u2014 before deploy, prove that the image digest has verified attachments
 * (SBOM, provenance, signature \u2026) in the registry, whichever of the four storage conventions put
 * them there.
 */










const RULES = [
    {
        id: 'referrer-presence/missing',
        title: 'Required attachment missing',
        help: 'Attach it to the exact image digest before deploying (e.g. actions/attest with push-to-registry, oras attach --artifact-type \u2026, cosign attest).',
        severity: 'error'
    },
    {
        id: 'referrer-presence/rejected',
        title: 'Listed attachment failed verification',
        help: 'An entry claimed to be attached but its manifest or content does not prove it (wrong subject, spoofed type, statement about another digest). Re-attach it correctly; it was not counted.',
        severity: 'warning'
    },
    {
        id: 'referrer-presence/registry-quirk',
        title: 'Registry or index quirk worked around',
        help: 'Informational: mislabelled index entries and fallback tags that resolve to the image itself are not trusted.',
        severity: 'note'
    }
];
function conventionsOf(inputs) {
    const out = [];
    for (const c of inputs.list('conventions')) {
        if (!CONVENTIONS.includes(c)) {
            throw new errors/* InputError */.dz('conventions', `'${c}' is not one of ${CONVENTIONS.join(', ')}`);
        }
        if (!out.includes(c))
            out.push(c);
    }
    if (out.length === 0)
        throw new errors/* InputError */.dz('conventions', `is empty; list some of ${CONVENTIONS.join(', ')}`);
    return out;
}
function platformOf(p) {
    if (!p?.os && !p?.architecture)
        return undefined;
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** The digests that must each carry the attachments. */
function targetsOf(image, platforms) {
    if (!(0,oci_manifest/* isIndex */.nw)(image.manifest))
        return [{ digest: image.digest, role: 'image' }];
    const children = (image.manifest.manifests ?? [])
        .filter((d) => !d.annotations?.[media_types/* ANNOTATION_REFERENCE_TYPE */.T0] && platformOf(d.platform) !== 'unknown/unknown')
        .map((d) => ({
        digest: d.digest,
        role: 'platform',
        platform: platformOf(d.platform),
        parent: image.manifest
    }));
    const index = { digest: image.digest, role: 'index' };
    if (platforms === 'index-only')
        return [index];
    if (children.length === 0) {
        // An index of no images: a pass would read as "every platform is attested" about nothing.
        throw new errors/* GateError */.ue(`the index ${image.digest} lists no platform manifests, so there is no image to check`, "Check the image reference (the pushed image index, not an attestation index); use platforms: index-only to check only the index's own attachments.");
    }
    if (platforms === 'platforms-only')
        return children;
    return [index, ...children];
}
function where(t) {
    return t.role === 'platform'
        ? `platform ${t.platform ?? '?'} (${t.digest})`
        : `${t.role} ${t.digest}`;
}
function findingsOf(targets) {
    const findings = [];
    for (const t of targets) {
        for (const name of t.missing) {
            const looked = t.conventions.map((c) => `${c.convention}: ${c.outcome}`).join('; ');
            const rejected = t.rejected.length
                ? ` ${t.rejected.length} candidate${t.rejected.length === 1 ? ' was' : 's were'} rejected (see below).`
                : '';
            const have = t.found.map((f) => f.artifactType).filter(Boolean);
            findings.push({
                rule: 'referrer-presence/missing',
                severity: 'error',
                message: `${name}: expected a verified attachment whose subject is ${where(t)}; actual: ${have.length ? `only ${[...new Set(have)].join(', ')}` : 'none'}.${rejected} Looked via ${looked}.`,
                help: RULES[0].help
            });
        }
        for (const r of t.rejected) {
            findings.push({
                rule: 'referrer-presence/rejected',
                severity: 'warning',
                message: `${r.digest} (${r.convention}) for ${where(t)} rejected: ${r.reason}`,
                help: RULES[1].help
            });
        }
        for (const n of t.notes) {
            findings.push({
                rule: 'referrer-presence/registry-quirk',
                severity: 'note',
                message: `${where(t)}: ${n}`
            });
        }
    }
    return findings;
}
async function evaluate(inputs, ctx) {
    const requirements = parseRequirements(inputs.list('require'));
    const conventions = conventionsOf(inputs);
    const platforms = inputs.string('platforms') ?? 'all';
    // Its range (1 to 3600) is declared in action.yml and enforced when the inputs are parsed.
    const seconds = inputs.number('timeout-seconds') ?? 60;
    const deadline = Date.now() + seconds * 1000;
    let located;
    try {
        located = locate(inputs, ctx, deadline);
    }
    catch (err) {
        if (err instanceof registry/* RegistryError */.gl)
            throw new errors/* InputError */.dz('insecure', err.message);
        throw err;
    }
    const { source } = located;
    try {
        const image = await source.manifest(located.reference);
        if (!image) {
            throw new errors/* GateError */.ue(`image ${located.display} not found in ${source.location}`, 'Check the image reference; the gate checks the digest the build pushed.');
        }
        if ((0,oci_digest/* isDigest */.Bc)(located.reference) && image.digest !== located.reference) {
            throw new errors/* GateError */.ue(`image digest mismatch: expected ${located.reference}, got ${image.digest}`);
        }
        ctx.log(`${located.display} is ${image.digest} (${image.mediaType})`);
        // Platform manifests are independent: look at up to 4 at a time, report in index order.
        const wanted = targetsOf(image, platforms);
        const targets = new Array(wanted.length);
        let next = 0;
        const worker = async () => {
            while (next < wanted.length) {
                const i = next++;
                targets[i] = await discover(source, wanted[i], requirements, conventions);
            }
        };
        await Promise.all(Array.from({ length: Math.min(4, wanted.length) }, worker));
        const findings = findingsOf(targets);
        const found = Object.fromEntries(requirements.map((r) => [r.name, []]));
        const missing = [];
        for (const t of targets) {
            for (const a of t.found) {
                for (const r of requirements) {
                    if (!a.kinds.includes(r.kind))
                        continue;
                    found[r.name].push({
                        subject: t.digest,
                        ...(t.platform ? { platform: t.platform } : {}),
                        digest: a.digest,
                        convention: a.convention,
                        artifactType: a.artifactType,
                        ...(a.predicateTypes.length ? { predicateTypes: a.predicateTypes } : {})
                    });
                }
            }
            for (const name of t.missing) {
                missing.push({
                    type: name,
                    subject: t.digest,
                    ...(t.platform ? { platform: t.platform } : {})
                });
            }
        }
        const verdict = missing.length ? 'fail' : 'pass';
        const names = requirements.map((r) => r.name).join(', ');
        const scope = targets.length === 1
            ? image.digest
            : `${image.digest} and ${targets.length - 1} platform manifest${targets.length === 2 ? '' : 's'}`;
        const summary = verdict === 'pass'
            ? `${names} attached to ${scope} (verified, ${source.requests.length} requests)`
            : `missing ${missing.map((m) => (m.platform ? `${m.type} for ${m.platform}` : m.type)).join(', ')} on ${scope}`;
        return {
            verdict,
            summary,
            findings,
            evidence: {
                image: {
                    reference: located.display,
                    digest: image.digest,
                    mediaType: image.mediaType,
                    source: source.location,
                    auth: located.auth
                },
                requirements: requirements.map((r) => r.name),
                conventions,
                platforms,
                targets,
                requests: source.requests,
                roundTrips: source.requests.length
            },
            outputs: {
                'image-digest': image.digest,
                found: JSON.stringify(found),
                missing: JSON.stringify(missing)
            }
        };
    }
    catch (err) {
        if (err instanceof registry/* RegistryError */.gl)
            throw new errors/* GateError */.ue(err.message, err.help);
        if (err instanceof oci_manifest/* ContentError */.yg || err instanceof LayoutError) {
            throw new errors/* GateError */.ue(`${source.location}: ${err.message}`, 'The registry (or layout) served content that does not verify; nothing it says about attachments is trusted.');
        }
        throw err;
    }
}
const referrerPresence = {
    name: 'referrer-presence',
    rules: RULES,
    evaluate
};


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
