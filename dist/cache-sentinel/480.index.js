export const id = 480;
export const ids = [480];
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

/***/ 480:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GITHUB_ACTIONS_ISSUER: () => (/* reexport */ sigstore_names/* GITHUB_ACTIONS_ISSUER */.qQ),
  MANIFEST_PAYLOAD_TYPE: () => (/* reexport */ sigstore_names/* MANIFEST_PAYLOAD_TYPE */.qD),
  PUBLIC_FULCIO_URL: () => (/* reexport */ sigstore_names/* PUBLIC_FULCIO_URL */.v),
  PUBLIC_REKOR_URL: () => (/* reexport */ sigstore_names/* PUBLIC_REKOR_URL */.wI),
  SigstoreSignError: () => (/* reexport */ sigstore_names/* SigstoreSignError */.A9),
  SigstoreSigner: () => (/* binding */ SigstoreSigner),
  SigstoreVerifier: () => (/* binding */ SigstoreVerifier),
  describeSigstorePolicy: () => (/* reexport */ sigstore_names/* describeSigstorePolicy */.kf)
});

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 6 modules
var esm = __webpack_require__(15273);
;// CONCATENATED MODULE: ./lib/sigstore/fulcio.js
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

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
;// CONCATENATED MODULE: ./lib/sigstore/verify.js
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
        bundle = (0,dist.bundleFromJSON)(json);
    }
    catch (err) {
        const code = err instanceof dist.ValidationError ? 'BUNDLE_INVALID' : 'BUNDLE_UNREADABLE';
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
        const entity = (0,verify_dist/* toSignedEntity */.DC)(bundle);
        (verifier ?? new verify_dist/* Verifier */.BL(trust)).verify(entity);
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
        const code = err instanceof verify_dist/* VerificationError */.mk ? err.code : 'VERIFICATION_ERROR';
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

// EXTERNAL MODULE: ./lib/signing/sigstore-names.js
var sigstore_names = __webpack_require__(69176);
// EXTERNAL MODULE: ./lib/signing/signature.js
var signing_signature = __webpack_require__(62445);
;// CONCATENATED MODULE: ./lib/signing/sigstore.js





// The names (services, issuer, payload type, error) live in sigstore-names.ts so that callers can
// use them without loading this module's Sigstore stack.

class SigstoreSigner {
    o;
    constructor(o) {
        this.o = o;
    }
    async sign(manifest) {
        // Loaded only here, so key-mode runs and restores never pay for the signing client.
        const { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness } = await Promise.all(/* import() */[__webpack_require__.e(759), __webpack_require__.e(179)]).then(__webpack_require__.t.bind(__webpack_require__, 15179, 19));
        const fetchOptions = { timeout: this.o.timeoutMs, retry: { retries: 2 } };
        const builder = new DSSEBundleBuilder({
            signer: new FulcioSigner({
                identityProvider: { getToken: this.o.getToken },
                fulcioBaseURL: this.o.fulcioURL,
                ...fetchOptions
            }),
            witnesses: [
                ...(this.o.rekorURL
                    ? [
                        new RekorWitness({
                            rekorBaseURL: this.o.rekorURL,
                            entryType: 'intoto',
                            ...fetchOptions
                        })
                    ]
                    : []),
                ...(this.o.tsaURL ? [new TSAWitness({ tsaBaseURL: this.o.tsaURL, ...fetchOptions })] : [])
            ]
        });
        let bundle;
        try {
            bundle = await builder.create({
                data: Buffer.from(manifest),
                type: this.o.payloadType ?? sigstore_names/* MANIFEST_PAYLOAD_TYPE */.qD
            });
        }
        catch (err) {
            const e = err;
            const cause = e.cause instanceof Error ? ` (${e.cause.message})` : '';
            throw new sigstore_names/* SigstoreSignError */.A9(`keyless signing failed${e.code ? ` [${e.code}]` : ''}: ${e.message}${cause}; Fulcio ${this.o.fulcioURL}, ${this.o.rekorURL ? `Rekor ${this.o.rekorURL}` : `TSA ${this.o.tsaURL ?? '(none)'}`}`);
        }
        const { bundleToJSON } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 61040, 19));
        return { schema: signing_signature/* SIGNATURE_SCHEMA */.NY, type: 'sigstore', bundle: bundleToJSON(bundle) };
    }
}
/** `*` in the identity glob may span `/` (a SAN ends in `@refs/heads/...`). */
function sanMatches(san, glob) {
    return (0,esm/* minimatch */.xF)(san.replace(/\//g, '\u0000'), glob.replace(/\//g, '\u0000'), {
        dot: true,
        nobrace: true,
        noext: true
    });
}
class SigstoreVerifier {
    roots;
    policy;
    constructor(roots, policy) {
        this.roots = roots;
        this.policy = policy;
    }
    async verify(manifest, signature) {
        const doc = (0,signing_signature/* parseSignatureDoc */.kD)(signature);
        if (doc.type !== 'sigstore') {
            throw new signing_signature/* SignatureError */.VA('untrusted-signer', `expected a sigstore bundle (signing: sigstore), got an ${doc.type} signature`);
        }
        const r = verifyWithRoots(doc.bundle, this.roots);
        if (!r.ok) {
            throw new signing_signature/* SignatureError */.VA(r.malformed ? 'bad-signature' : 'untrusted-signer', `sigstore bundle did not verify against ${this.roots.map((t) => t.summary.source).join(', ')}: ${r.code}: ${r.message}`);
        }
        if (r.payloadType !== sigstore_names/* MANIFEST_PAYLOAD_TYPE */.qD) {
            throw new signing_signature/* SignatureError */.VA('bad-signature', `bundle payload type is ${JSON.stringify(r.payloadType)}; expected ${sigstore_names/* MANIFEST_PAYLOAD_TYPE */.qD}`);
        }
        if (!r.payload || !Buffer.from(manifest).equals(r.payload)) {
            throw new signing_signature/* SignatureError */.VA('bad-signature', 'the bundle signs other bytes than manifest.json; expected the exact manifest bytes');
        }
        if (!r.certificate) {
            throw new signing_signature/* SignatureError */.VA('untrusted-signer', 'the bundle is signed with a bare key; expected a Fulcio certificate (keyless signing)');
        }
        const id = fulcioIdentity(r.certificate);
        if (id.inconsistencies.length) {
            throw new signing_signature/* SignatureError */.VA('untrusted-signer', `the certificate contradicts itself: ${id.inconsistencies.join('; ')}`);
        }
        if (id.issuer !== this.policy.issuer) {
            throw new signing_signature/* SignatureError */.VA('untrusted-signer', `certificate issuer is ${id.issuer ?? '(none)'}; expected ${this.policy.issuer}`);
        }
        if (!id.san || !sanMatches(id.san, this.policy.identity)) {
            throw new signing_signature/* SignatureError */.VA('untrusted-signer', `signed by ${id.san ?? '(no identity)'}; expected an identity matching ${this.policy.identity} (signer)`);
        }
        const repository = id.sourceRepositoryURI?.replace(/^https:\/\/github\.com\//, '');
        const missing = [
            ['source repository ref (1.3.6.1.4.1.57264.1.14)', id.sourceRepositoryRef],
            ['build trigger (1.3.6.1.4.1.57264.1.20)', id.buildTrigger],
            ['source repository URI (1.3.6.1.4.1.57264.1.12)', repository]
        ].filter(([, v]) => !v);
        if (missing.length) {
            throw new signing_signature/* SignatureError */.VA('untrusted-signer', `the certificate lacks ${missing.map(([n]) => n).join(', ')}; expected a GitHub Actions workflow certificate`);
        }
        return {
            type: 'sigstore',
            id: id.san,
            claims: {
                issuer: id.issuer,
                ref: id.sourceRepositoryRef,
                event: id.buildTrigger,
                repository,
                runUrl: id.runInvocationURI
            }
        };
    }
    describe() {
        return (0,sigstore_names/* describeSigstorePolicy */.kf)(this.policy);
    }
}


/***/ })

};
