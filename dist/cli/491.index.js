export const id = 491;
export const ids = [491];
export const modules = {

/***/ 66500:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FZ: () => (/* binding */ jsonError),
/* harmony export */   IF: () => (/* binding */ readBundleDocument),
/* harmony export */   Mi: () => (/* binding */ DocumentError)
/* harmony export */ });
/**
 * Reads what users hand in as "the bundle": one Sigstore bundle (v0.1–v0.3), JSONL of bundles
 * (`gh attestation download`, slsa-github-generator), an npm attestations document or a GitHub
 * attestations API response (`{"attestations":[{bundle, …}]}`). A bare DSSE envelope is refused
 * with what it lacks.
 */
/** The document cannot be read as bundles; the message names the place and the fix. */
class DocumentError extends Error {
    help;
    name = 'DocumentError';
    constructor(message, help) {
        super(message);
        this.help = help;
    }
}
/** A JSON.parse error, without the raw (possibly binary) input it quotes. */
function jsonError(err) {
    const m = err.message ?? String(err);
    return m
        .replace(/, "[\s\S]*" is not valid JSON$/, ' (not valid JSON)')
        .replace(/[^\x20-\x7e]/g, '?')
        .slice(0, 200);
}
const BUNDLE_MEDIA = /^application\/vnd\.dev\.sigstore\.bundle(\.v0\.[1-3])?\+json(;version=0\.[1-3])?$/;
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function bareDsseError(origin, env) {
    const sigs = Array.isArray(env.signatures) ? env.signatures.length : 0;
    return new DocumentError(`${origin}: a bare DSSE envelope (payloadType ${JSON.stringify(env.payloadType)}, ${sigs} signature${sigs === 1 ? '' : 's'}), not a Sigstore bundle: it carries no verification material — no Fulcio certificate chain and no Rekor transparency-log entry (inclusion proof or signed entry timestamp) — so it cannot be verified offline`, 'slsa-verifier looks such envelopes up in Rekor over the network. Use a Sigstore bundle instead: slsa-github-generator ≥ v2.1.0 and actions/attest write them (*.sigstore, *.intoto.jsonl bundles), and `gh attestation download` fetches them.');
}
function classify(origin, doc, out, depth = 0) {
    if (!isObject(doc)) {
        throw new DocumentError(`${origin}: expected a JSON object (a Sigstore bundle or {"attestations":[…]}), got ${Array.isArray(doc) ? 'an array' : typeof doc}`, 'Pass a Sigstore bundle, a JSONL file of bundles, or an npm/GitHub attestations document.');
    }
    if (typeof doc.mediaType === 'string' && BUNDLE_MEDIA.test(doc.mediaType)) {
        out.push({ origin, json: doc });
        return;
    }
    if (Array.isArray(doc.attestations) && depth === 0) {
        if (doc.attestations.length === 0) {
            throw new DocumentError(`${origin}: 'attestations' is empty`, 'The document holds no attestation to verify.');
        }
        doc.attestations.forEach((a, i) => {
            const where = `${origin}#attestations[${i}]`;
            if (!isObject(a) || !isObject(a.bundle)) {
                const hasUrl = isObject(a) && typeof a.bundle_url === 'string';
                throw new DocumentError(`${where}: no inline 'bundle'${hasUrl ? ' (only a bundle_url, which this offline gate does not download)' : ''}`, 'Each entry must carry the Sigstore bundle inline, as npm and the GitHub attestations API return it.');
            }
            const before = out.length;
            classify(where, a.bundle, out, depth + 1);
            if (typeof a.predicateType === 'string') {
                for (const item of out.slice(before))
                    item.declaredPredicateType = a.predicateType;
            }
        });
        return;
    }
    if (typeof doc.payloadType === 'string' && 'signatures' in doc)
        throw bareDsseError(origin, doc);
    if (typeof doc.mediaType === 'string') {
        throw new DocumentError(`${origin}: unsupported mediaType '${doc.mediaType}'`, 'Supported: application/vnd.dev.sigstore.bundle+json;version=0.1 / 0.2 / 0.3 and application/vnd.dev.sigstore.bundle.v0.3+json.');
    }
    throw new DocumentError(`${origin}: not a Sigstore bundle (no mediaType), an attestations document or a DSSE envelope; top-level keys: ${Object.keys(doc).slice(0, 8).join(', ') || '(none)'}`, 'Pass a Sigstore bundle, a JSONL file of bundles, or an npm/GitHub attestations document.');
}
/** Split a document's text into bundles. `name` is how the file is shown in messages. */
function readBundleDocument(name, text) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw new DocumentError(`${name}: the file is empty`, 'Pass the bundle file the build wrote.');
    const out = [];
    let whole;
    let wholeOk = false;
    try {
        whole = JSON.parse(trimmed);
        wholeOk = true;
    }
    catch {
        // Not one JSON value: try JSON Lines below.
    }
    if (wholeOk) {
        classify(name, whole, out);
        return out;
    }
    const lines = trimmed.split(/\r?\n/);
    lines.forEach((line, i) => {
        if (line.trim() === '')
            return;
        let doc;
        try {
            doc = JSON.parse(line);
        }
        catch (err) {
            throw new DocumentError(`${name}:${i + 1}: not JSON and not JSON Lines: ${jsonError(err)}`, 'A bundle file is one JSON object, or one JSON object per line (JSONL).');
        }
        classify(lines.length === 1 ? name : `${name}:${i + 1}`, doc, out);
    });
    return out;
}


/***/ }),

/***/ 75676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ fulcioIdentity)
/* harmony export */ });
const ARC = '1.3.6.1.4.1.57264.1.';
/** OIDs .8 and up hold a DER UTF8String; .1–.6 (deprecated) hold the raw string. */
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

/***/ 77104:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tr: () => (/* binding */ TrustRootError),
  $$: () => (/* binding */ publicGoodTrust),
  a$: () => (/* binding */ trustFromText)
});

// UNUSED EXPORTS: trustFromJSON

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./lib/sigstore/documents.js
var documents = __webpack_require__(66500);
;// CONCATENATED MODULE: ./lib/sigstore/public-good.generated.js
/* Generated by scripts/gen-trusted-root.mjs from @sigstore/tuf@4.0.2 seeds.json. Do not edit. */
/** Where the pinned material came from, recorded in every result's evidence. */
const PUBLIC_GOOD_SOURCE = {
    package: '@sigstore/tuf@4.0.2',
    trustedRootSha256: '6494e21ea73fa7ee769f85f57d5a3e6a08725eae1e38c755fc3517c9e6bc0b66',
    npmKeysSha256: '160677eb6e1c7083c89b166b20f8fe4e837fb71181506aff1991b80b89184f7d'
};
/** The Sigstore public-good trusted_root.json (TUF target). */
const PUBLIC_GOOD_TRUSTED_ROOT = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
        {
            baseUrl: 'https://rekor.sigstore.dev',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE2G2Y+2tabdTV5BcGiBIx0a9fAFwrkBbmLSGtks4L3qX6yYY0zufBnhC8Ur/iy55GhWP/9A/bY2LhC30M9+RYtw==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2021-01-12T11:53:27Z'
                }
            },
            logId: {
                keyId: 'wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0='
            }
        },
        {
            baseUrl: 'https://log2025-1.rekor.sigstore.dev',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MCowBQYDK2VwAyEAt8rlp1knGwjfbcXAYPYAkn0XiLz1x8O4t0YkEhie244=',
                keyDetails: 'PKIX_ED25519',
                validFor: {
                    start: '2025-09-23T00:00:00Z'
                }
            },
            logId: {
                keyId: 'zxGZFVvd0FEmjR8WrFwMdcAJ9vtaY/QXf44Y1wUeP6A='
            }
        }
    ],
    certificateAuthorities: [
        {
            subject: {
                organization: 'sigstore.dev',
                commonName: 'sigstore'
            },
            uri: 'https://fulcio.sigstore.dev',
            certChain: {
                certificates: [
                    {
                        rawBytes: 'MIIB+DCCAX6gAwIBAgITNVkDZoCiofPDsy7dfm6geLbuhzAKBggqhkjOPQQDAzAqMRUwEwYDVQQKEwxzaWdzdG9yZS5kZXYxETAPBgNVBAMTCHNpZ3N0b3JlMB4XDTIxMDMwNzAzMjAyOVoXDTMxMDIyMzAzMjAyOVowKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTB2MBAGByqGSM49AgEGBSuBBAAiA2IABLSyA7Ii5k+pNO8ZEWY0ylemWDowOkNa3kL+GZE5Z5GWehL9/A9bRNA3RbrsZ5i0JcastaRL7Sp5fp/jD5dxqc/UdTVnlvS16an+2Yfswe/QuLolRUCrcOE2+2iA5+tzd6NmMGQwDgYDVR0PAQH/BAQDAgEGMBIGA1UdEwEB/wQIMAYBAf8CAQEwHQYDVR0OBBYEFMjFHQBBmiQpMlEk6w2uSu1KBtPsMB8GA1UdIwQYMBaAFMjFHQBBmiQpMlEk6w2uSu1KBtPsMAoGCCqGSM49BAMDA2gAMGUCMH8liWJfMui6vXXBhjDgY4MwslmN/TJxVe/83WrFomwmNf056y1X48F9c4m3a3ozXAIxAKjRay5/aj/jsKKGIkmQatjI8uupHr/+CxFvaJWmpYqNkLDGRU+9orzh5hI2RrcuaQ=='
                    }
                ]
            },
            validFor: {
                start: '2021-03-07T03:20:29Z',
                end: '2022-12-31T23:59:59.999Z'
            }
        },
        {
            subject: {
                organization: 'sigstore.dev',
                commonName: 'sigstore'
            },
            uri: 'https://fulcio.sigstore.dev',
            certChain: {
                certificates: [
                    {
                        rawBytes: 'MIICGjCCAaGgAwIBAgIUALnViVfnU0brJasmRkHrn/UnfaQwCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMjA0MTMyMDA2MTVaFw0zMTEwMDUxMzU2NThaMDcxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEeMBwGA1UEAxMVc2lnc3RvcmUtaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE8RVS/ysH+NOvuDZyPIZtilgUF9NlarYpAd9HP1vBBH1U5CV77LSS7s0ZiH4nE7Hv7ptS6LvvR/STk798LVgMzLlJ4HeIfF3tHSaexLcYpSASr1kS0N/RgBJz/9jWCiXno3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQU39Ppz1YkEZb5qNjpKFWixi4YZD8wHwYDVR0jBBgwFoAUWMAeX5FFpWapesyQoZMi0CrFxfowCgYIKoZIzj0EAwMDZwAwZAIwPCsQK4DYiZYDPIaDi5HFKnfxXx6ASSVmERfsynYBiX2X6SJRnZU84/9DZdnFvvxmAjBOt6QpBlc4J/0DxvkTCqpclvziL6BCCPnjdlIB3Pu3BxsPmygUY7Ii2zbdCdliiow='
                    },
                    {
                        rawBytes: 'MIIB9zCCAXygAwIBAgIUALZNAPFdxHPwjeDloDwyYChAO/4wCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMTEwMDcxMzU2NTlaFw0zMTEwMDUxMzU2NThaMCoxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjERMA8GA1UEAxMIc2lnc3RvcmUwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAT7XeFT4rb3PQGwS4IajtLk3/OlnpgangaBclYpsYBr5i+4ynB07ceb3LP0OIOZdxexX69c5iVuyJRQ+Hz05yi+UF3uBWAlHpiS5sh0+H2GHE7SXrk1EC5m1Tr19L9gg92jYzBhMA4GA1UdDwEB/wQEAwIBBjAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBRYwB5fkUWlZql6zJChkyLQKsXF+jAfBgNVHSMEGDAWgBRYwB5fkUWlZql6zJChkyLQKsXF+jAKBggqhkjOPQQDAwNpADBmAjEAj1nHeXZp+13NWBNa+EDsDP8G1WWg1tCMWP/WHPqpaVo0jhsweNFZgSs0eE7wYI4qAjEA2WB9ot98sIkoF3vZYdd3/VtWB5b9TNMea7Ix/stJ5TfcLLeABLE4BNJOsQ4vnBHJ'
                    }
                ]
            },
            validFor: {
                start: '2022-04-13T20:06:15Z'
            }
        }
    ],
    ctlogs: [
        {
            baseUrl: 'https://ctfe.sigstore.dev/test',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEbfwR+RJudXscgRBRpKX1XFDy3PyudDxz/SfnRi1fT8ekpfBd2O1uoz7jr3Z8nKzxA69EUQ+eFCFI3zeubPWU7w==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2021-03-14T00:00:00Z',
                    end: '2022-10-31T23:59:59.999Z'
                }
            },
            logId: {
                keyId: 'CGCS8ChS/2hF0dFrJ4ScRWcYrBY9wzjSbea8IgY2b3I='
            }
        },
        {
            baseUrl: 'https://ctfe.sigstore.dev/2022',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEiPSlFi0CmFTfEjCUqF9HuCEcYXNKAaYalIJmBZ8yyezPjTqhxrKBpMnaocVtLJBI1eM3uXnQzQGAJdJ4gs9Fyw==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2022-10-20T00:00:00Z'
                }
            },
            logId: {
                keyId: '3T0wasbHETJjGR4cmWc3AqJKXrjePK3/h4pygC8p7o4='
            }
        }
    ],
    timestampAuthorities: [
        {
            subject: {
                organization: 'sigstore.dev',
                commonName: 'sigstore-tsa-selfsigned'
            },
            uri: 'https://timestamp.sigstore.dev/api/v1/timestamp',
            certChain: {
                certificates: [
                    {
                        rawBytes: 'MIICEDCCAZagAwIBAgIUOhNULwyQYe68wUMvy4qOiyojiwwwCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMC4xFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEVMBMGA1UEAxMMc2lnc3RvcmUtdHNhMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE4ra2Z8hKNig2T9kFjCAToGG30jky+WQv3BzL+mKvh1SKNR/UwuwsfNCg4sryoYAd8E6isovVA3M4aoNdm9QDi50Z8nTEyvqgfDPtTIwXItfiW/AFf1V7uwkbkAoj0xxco2owaDAOBgNVHQ8BAf8EBAMCB4AwHQYDVR0OBBYEFIn9eUOHz9BlRsMCRscsc1t9tOsDMB8GA1UdIwQYMBaAFJjsAe9/u1H/1JUeb4qImFMHic6/MBYGA1UdJQEB/wQMMAoGCCsGAQUFBwMIMAoGCCqGSM49BAMDA2gAMGUCMDtpsV/6KaO0qyF/UMsX2aSUXKQFdoGTptQGc0ftq1csulHPGG6dsmyMNd3JB+G3EQIxAOajvBcjpJmKb4Nv+2Taoj8Uc5+b6ih6FXCCKraSqupe07zqswMcXJTe1cExvHvvlw=='
                    },
                    {
                        rawBytes: 'MIIB9zCCAXygAwIBAgIUV7f0GLDOoEzIh8LXSW80OJiUp14wCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMDkxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEgMB4GA1UEAxMXc2lnc3RvcmUtdHNhLXNlbGZzaWduZWQwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQUQNtfRT/ou3YATa6wB/kKTe70cfJwyRIBovMnt8RcJph/COE82uyS6FmppLLL1VBPGcPfpQPYJNXzWwi8icwhKQ6W/Qe2h3oebBb2FHpwNJDqo+TMaC/tdfkv/ElJB72jRTBDMA4GA1UdDwEB/wQEAwIBBjASBgNVHRMBAf8ECDAGAQH/AgEAMB0GA1UdDgQWBBSY7AHvf7tR/9SVHm+KiJhTB4nOvzAKBggqhkjOPQQDAwNpADBmAjEAwGEGrfGZR1cen1R8/DTVMI943LssZmJRtDp/i7SfGHmGRP6gRbuj9vOK3b67Z0QQAjEAuT2H673LQEaHTcyQSZrkp4mX7WwkmF+sVbkYY5mXN+RMH13KUEHHOqASaemYWK/E'
                    }
                ]
            },
            validFor: {
                start: '2025-07-04T00:00:00Z'
            }
        }
    ]
};
/** The npm registry's attestation keys (TUF target registry.npmjs.org/keys.json). */
const NPM_REGISTRY_KEYS = {
    keys: [
        {
            keyId: 'SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA',
            keyUsage: 'npm:signatures',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE1Olb3zMAFFxXKHiIkQO5cJ3Yhl5i6UPp+IhuteBJbuHcA5UogKo0EWtlWwW6KSaKoTNEYL7JlCQiVnkhBktUgg==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '1999-01-01T00:00:00.000Z',
                    end: '2025-01-29T00:00:00.000Z'
                }
            }
        },
        {
            keyId: 'SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA',
            keyUsage: 'npm:attestations',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE1Olb3zMAFFxXKHiIkQO5cJ3Yhl5i6UPp+IhuteBJbuHcA5UogKo0EWtlWwW6KSaKoTNEYL7JlCQiVnkhBktUgg==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2022-12-01T00:00:00.000Z',
                    end: '2025-01-29T00:00:00.000Z'
                }
            }
        },
        {
            keyId: 'SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U',
            keyUsage: 'npm:signatures',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEY6Ya7W++7aUPzvMTrezH6Ycx3c+HOKYCcNGybJZSCJq/fd7Qa8uuAKtdIkUQtQiEKERhAmE5lMMJhP8OkDOa2g==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2025-01-13T00:00:00.000Z'
                }
            }
        },
        {
            keyId: 'SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U',
            keyUsage: 'npm:attestations',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEY6Ya7W++7aUPzvMTrezH6Ycx3c+HOKYCcNGybJZSCJq/fd7Qa8uuAKtdIkUQtQiEKERhAmE5lMMJhP8OkDOa2g==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2025-01-13T00:00:00.000Z'
                }
            }
        }
    ]
};

;// CONCATENATED MODULE: ./lib/sigstore/trust.js
/** Trust material for offline verification: a pinned or user-given trusted_root.json, plus npm keys. */





/** The trusted root's JSON is not usable: says which field is wrong. */
class TrustRootError extends Error {
    name = 'TrustRootError';
}
function npmKeysOf(doc) {
    const keys = doc?.keys;
    if (!Array.isArray(keys))
        return [];
    return keys.filter((k) => typeof k === 'object' &&
        k !== null &&
        typeof k.keyId === 'string' &&
        typeof k.publicKey?.rawBytes === 'string');
}
/** The npm registry's attestation keys as a sigstore-js key finder, by key id hint. */
function npmKeyFinder(keys) {
    const usable = keys.filter((k) => k.keyUsage === 'npm:attestations');
    return (hint) => {
        const key = usable.find((k) => k.keyId === hint);
        if (!key) {
            throw new Error(`no trusted npm attestation key has key id '${hint}' (known: ${usable.map((k) => k.keyId).join(', ')})`);
        }
        const start = key.publicKey.validFor?.start
            ? new Date(key.publicKey.validFor.start)
            : undefined;
        const end = key.publicKey.validFor?.end ? new Date(key.publicKey.validFor.end) : undefined;
        return {
            publicKey: (0,external_node_crypto_.createPublicKey)({
                key: Buffer.from(key.publicKey.rawBytes, 'base64'),
                format: 'der',
                type: 'spki'
            }),
            validFor: (date) => (!start || date >= start) && (!end || date <= end)
        };
    };
}
/** Build sigstore-js trust material from a trusted_root.json document. */
function trustFromJSON(root, source, npmKeys = NPM_REGISTRY_KEYS) {
    if (typeof root !== 'object' || root === null || Array.isArray(root)) {
        throw new TrustRootError(`${source}: a trusted_root.json is a JSON object`);
    }
    const r = root;
    const count = (k) => (Array.isArray(r[k]) ? r[k].length : 0);
    for (const k of ['certificateAuthorities', 'tlogs', 'ctlogs', 'timestampAuthorities']) {
        if (r[k] !== undefined && !Array.isArray(r[k]))
            throw new TrustRootError(`${source}: '${k}' must be a list`);
    }
    if (count('certificateAuthorities') + count('timestampAuthorities') + count('tlogs') === 0) {
        throw new TrustRootError(`${source}: no certificateAuthorities, tlogs or timestampAuthorities — nothing could ever verify`);
    }
    let parsed;
    try {
        parsed = dist.TrustedRoot.fromJSON(root);
    }
    catch (err) {
        throw new TrustRootError(`${source}: not a Sigstore trusted root: ${err.message}`);
    }
    const keys = npmKeysOf(npmKeys);
    let material;
    try {
        material = (0,verify_dist/* toTrustMaterial */.jO)(parsed, npmKeyFinder(keys));
    }
    catch (err) {
        throw new TrustRootError(`${source}: unusable key material: ${err.message}`);
    }
    const options = {
        tlogThreshold: count('tlogs') > 0 ? 1 : 0,
        ctlogThreshold: count('ctlogs') > 0 ? 1 : 0,
        timestampThreshold: 1
    };
    return {
        material,
        options,
        verifier: new verify_dist/* Verifier */.BL(material, options),
        summary: {
            source,
            certificateAuthorities: count('certificateAuthorities'),
            tlogs: count('tlogs'),
            ctlogs: count('ctlogs'),
            timestampAuthorities: count('timestampAuthorities'),
            npmKeys: keys.filter((k) => k.keyUsage === 'npm:attestations').length
        }
    };
}
let publicGood;
/** The Sigstore public-good root pinned at build time from @sigstore/tuf's seeds. */
function publicGoodTrust() {
    publicGood ??= trustFromJSON(PUBLIC_GOOD_TRUSTED_ROOT, `public-good (pinned from ${PUBLIC_GOOD_SOURCE.package}, sha256 ${PUBLIC_GOOD_SOURCE.trustedRootSha256.slice(0, 12)}…)`);
    return publicGood;
}
/**
 * Trusted roots from a file: one trusted_root.json, or JSON Lines of them as
 * `gh attestation trusted-root` prints (public good plus GitHub's own instance).
 */
function trustFromText(text, source) {
    const t = text.trim();
    if (t === '')
        throw new TrustRootError(`${source}: the file is empty`);
    try {
        return [trustFromJSON(JSON.parse(t), source)];
    }
    catch (err) {
        if (err instanceof TrustRootError)
            throw err;
    }
    const lines = t.split(/\r?\n/).filter((l) => l.trim() !== '');
    return lines.map((line, i) => {
        let doc;
        try {
            doc = JSON.parse(line);
        }
        catch (err) {
            throw new TrustRootError(`${source}:${i + 1}: not JSON and not JSON Lines: ${(0,documents/* jsonError */.FZ)(err)}`);
        }
        return trustFromJSON(doc, lines.length === 1 ? source : `${source}:${i + 1}`);
    });
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
