export const id = 813;
export const ids = [813];
export const modules = {

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = exports.U9 = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.U9 = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
__webpack_unused_export__ = {
    ...exports.U9,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
__webpack_unused_export__ = Object.keys(exports.U9);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 3813:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CONFIG_FILE: () => (/* reexport */ default_file/* DEFAULT_CONFIG_FILE */.C),
  loadLayers: () => (/* binding */ loadLayers)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __webpack_require__(4630);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/config/errors.js
var errors = __webpack_require__(8159);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(779);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./lib/config/generated/config-v1-validator.js
/* eslint-disable */
// @ts-nocheck
// Generated by scripts/gen-config-validator.mjs from schema/config.v1.json (npm run matrix).
// Do not edit; CI fails when stale.


const validate = validate20;
/* harmony default export */ const config_v1_validator = ((/* unused pure expression or super */ null && (validate20)));
const schema31 = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://ci-intel.dev/schema/config.v1.json',
    title: 'ci-intel configuration (.ci-intel/config.yml)',
    description: "One file per repository; one overlay per organisation. Keys of a gate section are that gate's action.yml input names. Generated from actions/*/action.yml by `npm run matrix`.",
    type: 'object',
    additionalProperties: false,
    required: ['version'],
    properties: {
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
                    additionalProperties: {
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
                    }
                }
            }
        },
        'cache-sentinel': {
            type: 'object',
            additionalProperties: false,
            description: "Signed, BLAKE3-verified CI caches. save hashes every file with BLAKE3 into a signed manifest; restore verifies the signature, the signer, the trust tier and every file's digest in a private staging folder before a single byte reaches the workspace, and quarantines anything that fails.",
            properties: {
                operation: { description: 'restore or save.', enum: ['restore', 'save'] },
                path: {
                    description: 'Files, folders or globs to cache, newline- or comma-separated (as actions/cache; ~ is the home folder, relative paths are under the workspace).',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                key: { description: 'The cache key (at most 512 characters, no commas).', type: 'string' },
                'restore-keys': {
                    description: 'Ordered key prefixes to fall back to when the key has no exact entry (restore only).',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                trust: {
                    description: "Which runs write the trusted tier that every job may restore, as <event>:<ref glob> rules; {default} is the default branch. Pull requests read their own tier and the trusted tier, never another's; fork pull requests write only their own private tier.",
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                'default-branch': {
                    description: 'The default branch name (default: from the event payload, else main).',
                    type: 'string'
                },
                signer: {
                    description: "Expected signing identity. sigstore: a glob for the certificate identity (default https://github.com/<this repository>/.github/workflows/*, where * may span /; the certificate's repository, ref and event must be the entry's). key: the key id ed25519:<sha256> (default: verify-key itself).",
                    type: 'string'
                },
                signing: {
                    description: "sigstore: keyless \u2014 save signs the manifest with a short-lived Fulcio certificate for the job's OIDC identity (needs permissions id-token: write) and logs it in Rekor; restore verifies the Sigstore bundle against trusted-root, then the signer policy and the certificate's repository, ref and event against the entry. key: an Ed25519 key from a secret (GHES, local use).",
                    enum: ['sigstore', 'key']
                },
                'trusted-root': {
                    description: 'signing: sigstore \u2014 a trusted_root.json (or JSON Lines of them) to verify bundles with (default: the Sigstore public-good root pinned in this release). Relative to the workspace.',
                    type: 'string'
                },
                'verify-key': {
                    description: 'signing: key \u2014 the Ed25519 public key (PEM) restores trust (default: the public half of signing-key).',
                    type: 'string'
                },
                backend: {
                    description: 'github (the Actions cache service) or dir:<path> (a local folder store). Outside a workflow job, github falls back to ~/.cache/ci-intel/cache-sentinel.',
                    type: 'string'
                },
                timeout: {
                    description: 'Bound on each cache service request and on any stall of a download.',
                    type: 'string',
                    minLength: 1,
                    pattern: '^[0-9PTptWDHMSwdhms.]+$'
                },
                mode: {
                    description: 'enforce: the step fails on a quarantined entry or when the gate cannot decide; audit: report only.',
                    enum: ['enforce', 'audit']
                }
            }
        },
        determinism: {
            type: 'object',
            additionalProperties: false,
            description: 'Fails a release when a build is not reproducible. compare: two build outputs (files, folders, archives or digest manifests from another job or architecture) by content, per-file sha256 and then archive member by member (tar, tar.gz/zst, zip, jar, wheel, npm tgz, zipapp, jmod, ar), naming what differs and which named stabilizers would allow it. rebuild: runs the build twice under TZ=UTC, LC_ALL=C, SOURCE_DATE_EPOCH = commit time and a fixed umask with declared variations, then compares. manifest: writes a digest manifest for a later comparison.',
            properties: {
                operation: {
                    description: 'compare (a against b), rebuild (run command twice and compare) or manifest (write the digest manifest of path).',
                    enum: ['compare', 'rebuild', 'manifest']
                },
                a: {
                    description: 'compare: the first build output (file, folder, archive, or a determinism manifest JSON), relative to the workspace.',
                    type: 'string'
                },
                b: {
                    description: 'compare: the second build output, in any of the forms a takes.',
                    type: 'string'
                },
                path: {
                    description: 'manifest: the build output (file or folder) to record, relative to the workspace.',
                    type: 'string'
                },
                'manifest-file': {
                    description: 'manifest: where to write the manifest (relative to the workspace); upload it as an artifact and compare it in a later job.',
                    type: 'string'
                },
                command: {
                    description: 'rebuild: the build command, run with bash -c in a fresh copy of the workspace (twice).',
                    type: 'string'
                },
                'build-output': {
                    description: 'rebuild: what the command produces (file or folder), relative to the workspace root.',
                    type: 'string'
                },
                variations: {
                    description: 'rebuild: what the second build varies: all (default), none, or names among time, timezone, locale, umask, build-path, file-order; a list starting with -name means all but that one. The effective set is printed.',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                'source-date-epoch': {
                    description: 'rebuild: SOURCE_DATE_EPOCH for both builds (default: the commit time of HEAD in the workspace).',
                    type: 'string'
                },
                timeout: {
                    description: 'rebuild: how long one build may take before it is killed (error); also bounds diffoscope.',
                    type: 'string',
                    minLength: 1,
                    pattern: '^[0-9PTptWDHMSwdhms.]+$'
                },
                'allow-stabilizers': {
                    description: 'Differences that may be allowed: all, or names among entry-order, mtimes, owners, modes, zip-extra, gzip-header (default: none). Any difference not covered is a fail; the report lists the stabilizers that were needed.',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                'diff-file': {
                    description: 'Where to write the diff summary JSON for the evidence bundle (default: $RUNNER_TEMP/ci-intel/determinism-diff.json).',
                    type: 'string'
                },
                diffoscope: {
                    description: 'auto: when diffoscope is installed and outputs differ, run it on the differing files as a deep-dive (never required); off: never.',
                    enum: ['auto', 'off']
                },
                'max-archive-entries': {
                    description: 'The most members read from one archive (a larger one is an error).',
                    type: 'integer',
                    minimum: 1,
                    maximum: 10000000
                },
                'max-archive-bytes': {
                    description: 'The most uncompressed bytes read from one archive (a zip bomb is an error, not a hang).',
                    type: 'integer',
                    minimum: 1,
                    maximum: 1099511627776
                },
                'sarif-file': {
                    description: 'Write findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).',
                    type: 'string'
                },
                mode: {
                    description: 'enforce: the step fails on fail or error; audit: report only.',
                    enum: ['enforce', 'audit']
                }
            }
        },
        'dr-freshness': {
            type: 'object',
            additionalProperties: false,
            description: 'Blocks a release when the last successful disaster-recovery drill is older than max-age, did not pass, or missed its RPO/RTO budget. Reads a drill evidence JSON file, or finds the latest successful run of the drill workflow through the GitHub REST API and checks the evidence artifact it uploaded.',
            properties: {
                evidence: {
                    description: "Drill evidence JSON (schema/dr-freshness-evidence.v1.json: drill.last_success_rfc3339, drill.type, drill.rpo_s, drill.rto_s, drill.result). Alone: a file path relative to the workspace. With workflow + artifact-name: the file's path inside the artifact (default: its only .json file).",
                    type: 'string'
                },
                workflow: {
                    description: 'Drill workflow file name or id (e.g. dr-drill.yml): use its latest successful run instead of a local evidence file.',
                    type: 'string'
                },
                repository: {
                    description: 'owner/name holding the drill workflow (default: the current repository, GITHUB_REPOSITORY).',
                    type: 'string'
                },
                branch: {
                    description: "Branch whose drill runs count (default: the repository's default branch).",
                    type: 'string'
                },
                'artifact-name': {
                    description: 'Name of the evidence artifact the drill run uploaded; when given, its RPO/RTO/result are checked too.',
                    type: 'string'
                },
                'max-age': {
                    description: 'Oldest acceptable last successful drill: 36h, 7d, or ISO 8601 (P7D). A drill exactly max-age old passes.',
                    type: 'string',
                    minLength: 1,
                    pattern: '^[0-9PTptWDHMSwdhms.]+$'
                },
                'max-rpo-seconds': {
                    description: 'Recovery point objective budget in seconds (drill.rpo_s must not exceed it).',
                    type: 'number',
                    minimum: 0,
                    maximum: 31622400
                },
                'max-rto-seconds': {
                    description: 'Recovery time objective budget in seconds (drill.rto_s must not exceed it).',
                    type: 'number',
                    minimum: 1,
                    maximum: 31622400
                },
                now: {
                    description: 'RFC 3339 time to judge against instead of the clock (replays and tests).',
                    type: 'string'
                },
                'api-timeout': {
                    description: 'How long one GitHub API request may take before the gate gives up (error).',
                    type: 'string',
                    minLength: 1,
                    pattern: '^[0-9PTptWDHMSwdhms.]+$'
                },
                'api-retries': {
                    description: 'Retries of a GitHub API request that failed with a 5xx or a network error.',
                    type: 'integer',
                    minimum: 0,
                    maximum: 10
                },
                mode: {
                    description: 'enforce: the step fails on fail or error; audit: report only.',
                    enum: ['enforce', 'audit']
                }
            }
        },
        'egress-check': {
            type: 'object',
            additionalProperties: false,
            description: 'Proves, records or enforces default-deny network egress for a job: probes that denied destinations cannot be reached and allowed ones can (operation probe, no privileges), installs count-only nftables rules that record every destination outside the allowlist (audit), or a blocking nftables policy with an allowlisting DNS resolver covering IPv4, IPv6 and container bridges (enforce). The post step re-checks that the policy is still installed and reports what was contacted or blocked.',
            properties: {
                'allowed-endpoints': {
                    description: "Allowlist in harden-runner's format: host:port, *.example.com:443 (any depth of subdomain), bare IPs and CIDRs (optionally ip:port, [v6]:port); separated by spaces, newlines or commas. A name without a port means port 443.",
                    type: 'string'
                },
                operation: {
                    description: 'probe: probe only (no privileges). audit: install count-only rules and report destinations outside the allowlist in the post step (nothing is blocked). enforce: install the blocking policy, then probe. report: re-check and report an installed policy (what the post step does; for the CLI).',
                    enum: ['probe', 'audit', 'enforce', 'report']
                },
                'probe-denied': {
                    description: 'Destinations (host:port or ip:port) that must NOT be reachable. Default: public package registries, paste/exfiltration services and raw-IP/DNS canaries (those the allowlist covers are skipped).',
                    type: 'string'
                },
                'probe-allowed': {
                    description: 'Destinations that must be reachable. Default: the names (and ip:port entries) of allowed-endpoints.',
                    type: 'string'
                },
                dns: {
                    description: 'audit/enforce: allowlist runs a local resolver that answers only allowlisted names (others get REFUSED) and adds their addresses to the policy as they resolve; only it may query the upstream DNS server. system: resolve allowed names once at install and leave DNS open to the upstream.',
                    enum: ['allowlist', 'system']
                },
                ipv6: {
                    description: 'block: no IPv6 egress except to IPv6 entries of the allowlist (AAAA answers are dropped). allowlist: allowed names also allow their IPv6 addresses.',
                    enum: ['block', 'allowlist']
                },
                'timeout-ms': {
                    description: 'Deadline for each probe (DNS, TCP connect and TLS together), in milliseconds.',
                    type: 'integer',
                    minimum: 100,
                    maximum: 60000
                },
                'allow-runner-endpoints': {
                    description: 'audit/enforce: also allow the endpoints the Actions runner needs (see docs/gates/egress-check.md).',
                    type: 'boolean'
                },
                'dns-upstream': {
                    description: 'audit/enforce: upstream DNS servers (ip or ip:port). Default: those of /etc/resolv.conf (behind systemd-resolved, the ones it uses).',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                'dns-listen': {
                    description: 'audit/enforce: addresses the allowlisting resolver listens on (port 53); add a bridge address (e.g. 172.17.0.1) for containers.',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                'keep-policy': {
                    description: 'post step / report: leave the policy installed after the re-check (default: remove it, restoring resolv.conf).',
                    type: 'boolean'
                },
                mode: {
                    description: 'enforce: the step fails on fail or error; audit: report only.',
                    enum: ['enforce', 'audit']
                }
            }
        },
        'evidence-bundle': {
            type: 'object',
            additionalProperties: false,
            description: "The signed release evidence bundle. Collects every gate result, policies.ndjson, cache events, quarantines and decision files the run left (in $RUNNER_TEMP/ci-intel and the run's ci-intel-evidence-* artifacts), builds a canonical digest-addressed manifest with the release plan's fields, wraps it in an in-toto Statement (predicate https://ci-intel.dev/release-evidence/v1) about the release's artifacts and image, and signs it keylessly with the job's OIDC identity or with an Ed25519 key. Writes the Sigstore bundle; optionally stores it through the GitHub attestations API and pushes it as an OCI referrer of the image.",
            properties: {
                'subject-path': {
                    description: 'Release files the statement is about: paths or globs relative to the workspace, one a line or comma-separated; a leading ! excludes (as actions/attest).',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                'subject-digest': {
                    description: 'The image (or other subject) digest, sha256:<hex>, with subject-name (as actions/attest).',
                    type: 'string'
                },
                'subject-name': {
                    description: 'The name of subject-digest, e.g. ghcr.io/acme/widget (the image repository without tag or digest for push-to-registry).',
                    type: 'string'
                },
                signing: {
                    description: "sigstore: keyless \u2014 a short-lived Fulcio certificate for the job's OIDC identity (needs permissions id-token: write); public repositories log in Rekor (public good), private ones use GitHub's instance with an RFC 3161 timestamp. key: an Ed25519 key from a secret (GHES, laptops).",
                    enum: ['sigstore', 'key']
                },
                'sigstore-instance': {
                    description: 'signing: sigstore \u2014 auto (public-good for a public repository, github for a private one, from the event payload), public-good, or github.',
                    enum: ['auto', 'public-good', 'github']
                },
                bundle: {
                    description: 'The file the signed Sigstore bundle is written to, relative to the workspace.',
                    type: 'string'
                },
                'evidence-dir': {
                    description: 'The folder the pieces and the canonical predicate (release-evidence.json) are written to, relative to the workspace; evidence-verify checks the pieces against the signed manifest.',
                    type: 'string'
                },
                'artifact-pattern': {
                    description: "Which of the run's artifacts to collect (a glob over names); empty: only $RUNNER_TEMP/ci-intel. Read only inside a workflow run, or with run-id.",
                    type: 'string'
                },
                'run-id': {
                    description: 'The workflow run whose artifacts to collect (default: this run, GITHUB_RUN_ID).',
                    type: 'string'
                },
                repository: {
                    description: 'owner/name of the run (default: GITHUB_REPOSITORY).',
                    type: 'string'
                },
                tests: {
                    description: "A JSON file with the release's test results (the plan's tests: matrix, resilience, flake index), relative to the workspace.",
                    type: 'string'
                },
                'sbom-uri': {
                    description: 'The SBOM location for the plan (default: the SBOM referrer referrer-presence verified).',
                    type: 'string'
                },
                'provenance-uri': {
                    description: 'The provenance location (default: the provenance referrer referrer-presence verified).',
                    type: 'string'
                },
                'signature-uri': {
                    description: 'The image signature location (default: the signature referrer referrer-presence verified).',
                    type: 'string'
                },
                'vex-uri': { description: 'The VEX document location.', type: 'string' },
                'push-to-attestations': {
                    description: 'Store the bundle through the GitHub attestations API (POST /repos/{owner}/{repo}/attestations; needs attestations: write).',
                    type: 'boolean'
                },
                'push-to-registry': {
                    description: 'Push the bundle as an OCI referrer of subject-name@subject-digest (the image), with the hub registry client.',
                    type: 'boolean'
                },
                'registry-username': {
                    description: 'Registry user for push-to-registry (empty: anonymous, or the token for ghcr.io).',
                    type: 'string'
                },
                insecure: {
                    description: 'Plain HTTP to the registry; allowed only for 127.0.0.1, ::1 and localhost.',
                    type: 'boolean'
                },
                timeout: {
                    description: 'Bound on each request (Fulcio, Rekor, TSA, GitHub API, registry).',
                    type: 'string',
                    minLength: 1,
                    pattern: '^[0-9PTptWDHMSwdhms.]+$'
                },
                mode: {
                    description: 'enforce: the step fails when the bundle could not be built or signed; audit: report only.',
                    enum: ['enforce', 'audit']
                }
            }
        },
        'evidence-verify': {
            type: 'object',
            additionalProperties: false,
            description: "The admission check for a release. Given a subject (a file, or an image by digest), finds its signed release evidence (a bundle file, the GitHub attestations API, or the image's OCI referrers), verifies the signature, certificate chain and transparency log or timestamp, an anchored signer (by default this repository's release.yml at a refs/tags/v* ref), the predicate type, that the statement is about the subject, that the pieces match the signed manifest, and the truth table: every required gate present with verdict pass. Can write a SLSA Verification Summary for the subject.",
            properties: {
                'subject-path': {
                    description: 'The release file(s) to admit: paths or globs relative to the workspace; every one must be a subject of the evidence.',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                'subject-digest': {
                    description: 'The subject by digest, sha256:<hex> (an image digest).',
                    type: 'string'
                },
                bundle: {
                    description: 'The signed evidence bundle file (what evidence-bundle wrote), relative to the workspace; with lookup: file.',
                    type: 'string'
                },
                lookup: {
                    description: 'Where the evidence is: file (bundle), attestations (the GitHub attestations API of repository), or referrers (the OCI referrers of image).',
                    enum: ['file', 'attestations', 'referrers']
                },
                image: {
                    description: 'lookup: referrers \u2014 the image, registry/repository@sha256:<hex> (its digest is the subject when subject-digest is empty).',
                    type: 'string'
                },
                'evidence-dir': {
                    description: 'The folder of pieces evidence-bundle wrote; when given, every piece of the signed manifest must be there with its digest.',
                    type: 'string'
                },
                signing: {
                    description: 'sigstore: keyless bundles, verified against trusted-root and the signer identity; key: bundles signed with an Ed25519 key, verified with verify-key.',
                    enum: ['sigstore', 'key']
                },
                'verify-key': {
                    description: 'signing: key \u2014 the Ed25519 public key (PEM) the bundle must be signed with.',
                    type: 'string'
                },
                'trusted-root': {
                    description: "signing: sigstore \u2014 a trusted_root.json (or JSON Lines of them, as gh attestation trusted-root prints; GitHub's instance for private repositories) to verify with (default: the Sigstore public-good root pinned in this release). Relative to the workspace.",
                    type: 'string'
                },
                repository: {
                    description: 'owner/name the release is built from, exactly (default: GITHUB_REPOSITORY); also where lookup: attestations looks.',
                    type: 'string'
                },
                'signer-workflow': {
                    description: "The workflow whose identity must sign, owner/repo/.github/workflows/file.yml, exactly (default: <repository>/.github/workflows/release.yml; name the hub's release.yml when you call it as a reusable workflow).",
                    type: 'string'
                },
                'signer-ref': {
                    description: "Glob for the signing workflow's ref (the certificate identity after @); * never spans /.",
                    type: 'string'
                },
                'require-gates': {
                    description: 'The truth table: gates that must each have a result in the evidence, every one with verdict pass. Set it for all deploys in .ci-intel/config.yml (evidence-verify.require-gates).',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                'vsa-file': {
                    description: 'Write a SLSA Verification Summary (https://slsa.dev/verification_summary/v1) in-toto statement for the subject to this file (relative to the workspace).',
                    type: 'string'
                },
                'vsa-signing': {
                    description: 'Sign the Verification Summary too: none (write the statement only), key (vsa-signing-key), or sigstore (keyless with the job OIDC identity; needs id-token: write). The Sigstore bundle goes to <vsa-file>.sigstore.json.',
                    enum: ['none', 'key', 'sigstore']
                },
                'vsa-sigstore-instance': {
                    description: 'vsa-signing: sigstore \u2014 auto (from the event payload), public-good, or github.',
                    enum: ['auto', 'public-good', 'github']
                },
                'registry-username': {
                    description: 'lookup: referrers \u2014 registry user (empty: anonymous).',
                    type: 'string'
                },
                insecure: {
                    description: 'Plain HTTP to the registry; allowed only for 127.0.0.1, ::1 and localhost.',
                    type: 'boolean'
                },
                timeout: {
                    description: 'Bound on each GitHub API or registry request.',
                    type: 'string',
                    minLength: 1,
                    pattern: '^[0-9PTptWDHMSwdhms.]+$'
                },
                mode: {
                    description: 'enforce: the step fails unless the evidence admits the subject; audit: report only.',
                    enum: ['enforce', 'audit']
                }
            }
        },
        'pipeline-run': {
            type: 'object',
            additionalProperties: false,
            description: "Records the current workflow run (or the run a workflow_run event names) as one pipeline_run.v1.2 NDJSON record: every finished job's status, attempt, duration, queue time, runner and machine class from the GitHub REST API; the gates' policies[] records and cache hits; tests from JUnit XML, coverage from lcov or Cobertura, resilience from a mutation.json; artifact links from the evidence bundle; cost from a documented, overridable runner price table. The record is validated against its schema before it is appended; one that fails is an error and is not written.",
            properties: {
                repository: {
                    description: "owner/name of the run to record (default: the workflow_run event's repository, else GITHUB_REPOSITORY).",
                    type: 'string'
                },
                'run-id': {
                    description: "Workflow run id to record (default: the workflow_run event's run on workflow_run, else this run, GITHUB_RUN_ID).",
                    type: 'string'
                },
                'run-attempt': {
                    description: "Attempt of that run (default: the event's or GITHUB_RUN_ATTEMPT; with an explicit run-id, its latest attempt).",
                    type: 'integer',
                    minimum: 1,
                    maximum: 1000
                },
                records: {
                    description: "Folders (searched four levels deep) or files holding the gates' policies.ndjson and cache-events.ndjson: this job's $RUNNER_TEMP/ci-intel and the other jobs' ci-intel-evidence-<job> artifacts downloaded beside it. Empty: $RUNNER_TEMP/ci-intel.",
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                junit: {
                    description: 'JUnit XML reports (files, folders of *.xml, or globs; one a line): jest-junit, pytest --junitxml, go-junit-report, Surefire. Each must match a file.',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                coverage: {
                    description: 'Coverage reports (files or globs; one a line): lcov tracefiles or Cobertura XML. Each must match a file.',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                mutation: {
                    description: 'A mutation-testing report (StrykerJS reports/mutation/mutation.json, mutation-testing-elements format) for tests.resilience.',
                    type: 'string'
                },
                'evidence-bundle': {
                    description: "The release evidence JSON (evidence-bundle's release-evidence.json, or its in-toto Statement); its image_digest, sbom_uri, provenance_uri, signature_uri and release_evidence_uri fields go into the record.",
                    type: 'string'
                },
                'runner-prices': {
                    description: 'JSON file overriding the runner price table: {"classes": {name: {usd_per_minute, cpu, ram_gb?, gpu?}}, "labels": {runs-on label: class}} (docs/gates/pipeline-run.md).',
                    type: 'string'
                },
                'output-file': {
                    description: 'NDJSON file the record is appended to (default: $RUNNER_TEMP/ci-intel/pipeline-run.ndjson).',
                    type: 'string'
                },
                'api-timeout': {
                    description: 'How long one GitHub API request may take, its retries included, before the action gives up (error).',
                    type: 'string',
                    minLength: 1,
                    pattern: '^[0-9PTptWDHMSwdhms.]+$'
                },
                'api-retries': {
                    description: 'Retries of a GitHub API request that failed with a 5xx or a network error.',
                    type: 'integer',
                    minimum: 0,
                    maximum: 10
                },
                mode: {
                    description: 'enforce: the step fails on error (no valid record written); audit: report only.',
                    enum: ['enforce', 'audit']
                }
            }
        },
        'pr-target-ban': {
            type: 'object',
            additionalProperties: false,
            description: "Fails when a workflow uses the pull_request_target trigger (in any YAML form) unless a justified, unexpired, CODEOWNERS-approved allowlist entry covers it, and always fails when such a workflow (or a reusable workflow it calls) checks out or fetches the pull request's head.",
            properties: {
                workflows: {
                    description: 'Workflow files, folders or globs to scan, newline- or comma-separated, relative to the repository root.',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                allowlist: {
                    description: 'Path of the allowlist file (schema/pr-target-allowlist.v1.json). A missing file means no exceptions.',
                    type: 'string'
                },
                codeowners: {
                    description: "CODEOWNERS locations to try, first found wins (GitHub's own order).",
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                'also-deny': {
                    description: 'Extra triggers to treat like pull_request_target, e.g. workflow_run or issue_comment.',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                'sarif-file': {
                    description: 'Write findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).',
                    type: 'string'
                },
                mode: {
                    description: 'enforce: the step fails on fail or error; audit: report only.',
                    enum: ['enforce', 'audit']
                },
                allow: {
                    type: 'array',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['workflow', 'justification', 'expires', 'approved-by'],
                        properties: {
                            workflow: {
                                type: 'string',
                                minLength: 1,
                                description: 'Repository-relative path of the workflow file, e.g. .github/workflows/labeler.yml'
                            },
                            justification: {
                                type: 'string',
                                minLength: 1,
                                description: 'Why this workflow needs the privileged trigger and why it is safe.'
                            },
                            expires: {
                                type: 'string',
                                pattern: '^\\d{4}-\\d{2}-\\d{2}$',
                                format: 'date',
                                description: 'Last day (UTC) on which the exception holds, YYYY-MM-DD.'
                            },
                            'approved-by': {
                                type: 'string',
                                minLength: 1,
                                description: 'Who approved the exception, e.g. @acme/security.'
                            }
                        }
                    }
                }
            }
        },
        'referrer-presence': {
            type: 'object',
            additionalProperties: false,
            description: "Fails unless the image digest has verified attachments (SBOM, SLSA provenance, signature \u2026) in the registry, found through the OCI 1.1 referrers API, the sha256-<hex> fallback tag, cosign's .sig/.att/.sbom tags or BuildKit attestation manifests; each attachment's manifest, subject and content are checked, never just the index entry.",
            properties: {
                image: {
                    description: 'The image: registry/repository@sha256:<hex> (a tag is resolved and the digest reported). With oci-layout: a ref.name in index.json or a digest.',
                    type: 'string'
                },
                require: {
                    description: 'Attachments that must be present, newline- or comma-separated: spdx, cyclonedx, slsa-provenance, signature, in-toto, or media types (application/spdx+json, application/vnd.cyclonedx+json, application/vnd.in-toto+json, application/vnd.dev.sigstore.bundle.v0.3+json, any other artifactType).',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                platforms: {
                    description: 'For an image index: all (the index and every platform manifest must each satisfy require), index-only, or platforms-only (every platform manifest, not the index).',
                    enum: ['all', 'index-only', 'platforms-only']
                },
                conventions: {
                    description: 'Where to look, in order: referrers-api, tag-fallback, cosign-tags, buildx-index.',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                'oci-layout': {
                    description: 'Read a local OCI image-layout directory (index.json + blobs/) instead of a registry.',
                    type: 'string'
                },
                username: {
                    description: 'Registry user name (Basic auth or the token service). Empty: anonymous, or the job token for ghcr.io.',
                    type: 'string'
                },
                insecure: {
                    description: 'Plain HTTP; allowed only for 127.0.0.1, ::1 and localhost.',
                    type: 'boolean'
                },
                'timeout-seconds': {
                    description: 'Time budget for all registry requests, retries of 429/5xx included.',
                    type: 'number',
                    minimum: 1,
                    maximum: 3600
                },
                mode: {
                    description: 'enforce: the step fails on fail or error; audit: report only.',
                    enum: ['enforce', 'audit']
                }
            }
        },
        'sbom-vex': {
            type: 'object',
            additionalProperties: false,
            description: "Gates a release on SBOM + VEX: joins scanner findings (grype, trivy, osv-scanner JSON) to the SBOM (CycloneDX 1.4\u20131.6 or SPDX 2.2/2.3 JSON) and the VEX statements (OpenVEX v0.2.0 or CycloneDX VEX), and blocks any finding with risk \u2265 max-risk (the highest CVSS v3 base score, or the EPSS percentile \u00d7 10) or on CISA's KEV list, unless a justified, unexpired VEX not_affected for this product suppresses it. Offline; writes a normalised decision document.",
            properties: {
                sbom: {
                    description: 'The SBOM of the release artifact: CycloneDX 1.4\u20131.6 or SPDX 2.2/2.3 JSON (path relative to the workspace).',
                    type: 'string'
                },
                reports: {
                    description: 'One or more scanner reports of the same artifact: grype, trivy or osv-scanner JSON (format detected from the content).',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                vex: {
                    description: 'Zero or more VEX documents: OpenVEX v0.2.0 or CycloneDX VEX JSON, or Sigstore bundles of them (required with vex-signer).',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                product: {
                    description: 'Purls naming the released artifact, in addition to the SBOM subject (e.g. pkg:oci/app@sha256:\u2026), that VEX products may name.',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                kev: {
                    description: 'Pinned snapshot of the CISA KEV catalogue (known_exploited_vulnerabilities.json). Absent: the KEV rule does not run (recorded).',
                    type: 'string'
                },
                'kev-sha256': {
                    description: 'Expected sha256 of the kev snapshot (a swapped file is an error).',
                    type: 'string'
                },
                epss: {
                    description: 'Pinned snapshot of the FIRST EPSS daily CSV (decompressed). Absent: EPSS does not count towards risk (recorded).',
                    type: 'string'
                },
                'epss-sha256': { description: 'Expected sha256 of the epss snapshot.', type: 'string' },
                'max-risk': {
                    description: 'Block findings whose risk (0\u201310) is at least this.',
                    type: 'number',
                    minimum: 0,
                    maximum: 10
                },
                'max-vex-age': {
                    description: "A not_affected statement older than this no longer suppresses (the statement's own ci-intel:expires applies when earlier).",
                    type: 'string',
                    minLength: 1,
                    pattern: '^[0-9PTptWDHMSwdhms.]+$'
                },
                'max-feed-age': {
                    description: 'Oldest acceptable KEV/EPSS snapshot (by its own release/score date).',
                    type: 'string',
                    minLength: 1,
                    pattern: '^[0-9PTptWDHMSwdhms.]+$'
                },
                'require-sbom-match': {
                    description: 'A finding for a component the SBOM does not list is an error (the scan and the SBOM describe different things); false: a warning.',
                    type: 'boolean'
                },
                'vex-signer': {
                    description: 'Require every VEX document to be a Sigstore bundle signed by this certificate identity (exact SAN or glob, e.g. https://github.com/acme/vex/.github/workflows/*).',
                    type: 'string'
                },
                'vex-signer-issuer': {
                    description: "OIDC issuer of the VEX signer's certificate.",
                    type: 'string'
                },
                'trusted-root': {
                    description: 'Sigstore trusted_root.json to verify VEX signatures with (default: the pinned public-good root).',
                    type: 'string'
                },
                'decision-file': {
                    description: 'Where to write the normalised decision document (default: in RUNNER_TEMP/ci-intel).',
                    type: 'string'
                },
                'sarif-file': {
                    description: 'Write findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).',
                    type: 'string'
                },
                now: {
                    description: 'RFC 3339 time to judge against instead of the clock (replays and tests).',
                    type: 'string'
                },
                mode: {
                    description: 'enforce: the step fails on fail or error; audit: report only.',
                    enum: ['enforce', 'audit']
                }
            }
        },
        'schema-check': {
            type: 'object',
            additionalProperties: false,
            description: 'Fails when a telemetry record does not match its schema: every line of the NDJSON files given must be a pipeline_run record valid against the schema version it names (pipeline_run.v1.1 or v1.2); each line that is not (unparsable JSON and duplicate keys included) is one finding with its line, JSON pointer and rule. Given two schema versions, also says whether the change is compatible for readers (a new required field, a narrowed type, removed enum values, tightened bounds or patterns, or flipped additionalProperties break them). No file or no record is an error, never a pass.',
            properties: {
                files: {
                    description: 'NDJSON files to validate: files, folders (their *.ndjson and *.jsonl files) or globs relative to the workspace, one a line.',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                'compare-from': {
                    description: 'The old schema: a JSON Schema file in the workspace, or a version the hub ships (pipeline_run.v1.1, pipeline_run.v1.2). With compare-to, the change is checked for reader compatibility.',
                    type: 'string'
                },
                'compare-to': {
                    description: 'The new schema, in either form compare-from takes.',
                    type: 'string'
                },
                'max-file-bytes': {
                    description: 'The largest NDJSON file read (streamed, never held whole); a larger one is an error.',
                    type: 'integer',
                    minimum: 1,
                    maximum: 68719476736
                },
                'max-line-bytes': {
                    description: 'The longest line (record) read; a longer one is a finding, and is not read into memory.',
                    type: 'integer',
                    minimum: 2,
                    maximum: 67108864
                },
                'max-records': {
                    description: 'The most lines read across all files; more is an error (check fewer files at once).',
                    type: 'integer',
                    minimum: 1,
                    maximum: 1000000000
                },
                'max-findings': {
                    description: 'The most invalid lines listed as findings (and annotations, SARIF results); the rest are counted.',
                    type: 'integer',
                    minimum: 1,
                    maximum: 1000000
                },
                'sarif-file': {
                    description: 'Write findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).',
                    type: 'string'
                },
                mode: {
                    description: 'enforce: the step fails on fail or error; audit: report only.',
                    enum: ['enforce', 'audit']
                }
            }
        },
        secretless: {
            type: 'object',
            additionalProperties: false,
            description: "Proves the job holds no long-lived credentials while it runs: scans the gate's own environment, every readable /proc/<pid>/environ of the job's uid (counting the ones the kernel refuses) and the files jobs leave credentials in (docker, npm, AWS, gcloud, kubeconfig, git extraheader), by name and by value (GitHub, AWS, PEM, JWT, secretlint's recommended rules, keyword-gated entropy). Only allowed names and tokens whose readable expiry is within max-token-ttl may be present. Reports names, locations and `***<rule>:<sha256 prefix>***`, never a value.",
            properties: {
                processes: {
                    description: "Sweep /proc/<pid>/environ of every process of the gate's uid (false: only the gate's own environment and the files).",
                    type: 'boolean'
                },
                files: {
                    description: 'Credentials files or folders to scan (~ is HOME; relative paths are in the workspace). Absent files are fine.',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                'allow-names': {
                    description: "Environment variables that may hold a credential: the runner's own short-lived tokens. ACTIONS_ID_TOKEN_REQUEST_TOKEN is allowed only beside ACTIONS_ID_TOKEN_REQUEST_URL (id-token: write granted).",
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                'max-token-ttl': {
                    description: 'A token whose expiry can be read (a JWT, a stateless ghs_<app>_<JWT> token) is allowed when it lives at most this long from issue.',
                    type: 'string',
                    minLength: 1,
                    pattern: '^[0-9PTptWDHMSwdhms.]+$'
                },
                'token-issuers': {
                    description: "Issuers (JWT iss) whose short-lived tokens are allowed; empty: any issuer's.",
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                'library-rules': {
                    description: "Also run secretlint's recommended rules (Slack, Stripe, OpenAI, database URLs \u2026) beside the gate's own; false: the gate's own rules only (faster on large files).",
                    type: 'boolean'
                },
                'on-unreadable': {
                    description: "A process of the gate's uid whose environ the kernel refuses: error (fail closed) or warn.",
                    enum: ['error', 'warn']
                },
                'sarif-file': {
                    description: 'Write findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).',
                    type: 'string'
                },
                mode: {
                    description: 'enforce: the step fails on fail or error; audit: report only.',
                    enum: ['enforce', 'audit']
                }
            }
        },
        'slsa-verify': {
            type: 'object',
            additionalProperties: false,
            description: 'Verifies SLSA provenance offline in pure TypeScript (sigstore-js, pinned public-good trust root): signature, Fulcio chain, SCT, Rekor proof, the GitHub identity in the certificate (exact matches only), that the provenance claims what the certificate proves, and that it covers the artifact.',
            properties: {
                artifact: {
                    description: 'Artifact files to verify, as actions/upload-artifact takes path: paths or globs (release-artifacts/**/*), one per line or comma-separated, relative to the workspace; lines starting with ! exclude. A pattern that matches no file is an error. sha256 and sha512 are computed.',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                'artifact-digest': {
                    description: 'Artifact digest(s) instead of files: sha256:<hex> or sha512:<hex> (images, npm tarballs).',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                bundle: {
                    description: 'The provenance: a Sigstore bundle (v0.1\u2013v0.3), a JSONL of bundles, or an npm attestations document ({"attestations":[\u2026]}).',
                    type: 'string'
                },
                fetch: {
                    description: 'none: read bundle; github: fetch the attestations for the artifact sha256 from the GitHub attestations API of source-uri.',
                    enum: ['none', 'github']
                },
                timeout: {
                    description: 'Time limit per GitHub API request for fetch: github.',
                    type: 'string',
                    minLength: 1,
                    pattern: '^[0-9PTptWDHMSwdhms.]+$'
                },
                'source-uri': {
                    description: 'The repository the artifact must be built from, e.g. github.com/acme/widget (exact; no ref).',
                    type: 'string'
                },
                'source-tag': {
                    description: 'The exact tag it must be built from, e.g. v1.2.3 (refs/tags/v1.2.3).',
                    type: 'string'
                },
                'source-versioned-tag': {
                    description: 'A semver tag match on the given parts: v1 accepts v1.x.y, v1.2 accepts v1.2.y.',
                    type: 'string'
                },
                'source-branch': {
                    description: 'The branch it must be built from, e.g. main.',
                    type: 'string'
                },
                'builder-id': {
                    description: 'The trusted builder, name[@vX.Y.Z]: a reusable workflow (pinned at a full release tag) or, for npm provenance, https://github.com/actions/runner/github-hosted.',
                    type: 'string'
                },
                'signer-workflow': {
                    description: 'The reusable workflow that signs, owner/repo/.github/workflows/file.yml (e.g. github/artifact-attestations-workflows/.github/workflows/attest.yml).',
                    type: 'string'
                },
                'cert-oidc-issuer': {
                    description: 'The OIDC issuer the certificate must name (exact).',
                    type: 'string'
                },
                'deny-self-hosted-runners': {
                    description: 'Reject provenance whose certificate does not prove a GitHub-hosted runner.',
                    type: 'boolean'
                },
                'predicate-type': {
                    description: 'Accepted provenance predicate types (add https://slsa.dev/provenance/v0.2 for older builds).',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                'trusted-root': {
                    description: 'Path of a Sigstore trusted_root.json; default the public-good root pinned at build time (no network).',
                    type: 'string'
                },
                mode: {
                    description: 'enforce: the step fails on fail or error; audit: report only.',
                    enum: ['enforce', 'audit']
                }
            }
        },
        'template-sync': {
            type: 'object',
            additionalProperties: false,
            description: "Keeps a downstream repository on the hub's template: resolves the target hub release (a tag, or the newest on the stable or canary channel), three-way merges every rendered file with the repository's edits (ci-intel sync), and opens or updates exactly one pull request with the report, through the GitHub REST API. Conflicts are committed as markers, labelled, and fail the step.",
            properties: {
                to: {
                    description: 'Hub release to move to (vX.Y.Z). Empty: the newest release on channel.',
                    type: 'string'
                },
                channel: {
                    description: 'stable: the newest vX.Y.Z tag; canary: pre-releases too. Empty: the channel the lock records.',
                    type: 'string'
                },
                'hub-repository': {
                    description: "owner/name of the hub. Empty: the hub the repository's lock records.",
                    type: 'string'
                },
                'hub-url': {
                    description: 'Git URL (or local path) of the hub repository. Empty: <server>/<hub-repository>.git.',
                    type: 'string'
                },
                repository: {
                    description: 'owner/name of the repository to open the pull request in (default: GITHUB_REPOSITORY).',
                    type: 'string'
                },
                base: {
                    description: "Branch the pull request targets (default: the repository's default branch).",
                    type: 'string'
                },
                'pull-request': {
                    description: 'Open or update the pull request (false: only sync the working tree and report).',
                    type: 'boolean'
                },
                'report-file': {
                    description: 'Write the sync report (JSON) here, relative to the workspace.',
                    type: 'string'
                },
                mode: {
                    description: 'enforce: conflicts or errors fail the step; audit: report only.',
                    enum: ['enforce', 'audit']
                }
            }
        },
        'workflow-policy': {
            type: 'object',
            additionalProperties: false,
            description: 'Compliance-as-code for workflow files: third-party actions pinned by commit SHA, least-privilege permissions, no attacker-controlled expressions in scripts, no secrets: inherit outside the organisation, no credentials written into workflows, concurrency on push/pull_request and no persisted checkout credentials in jobs that upload artifacts. Findings as SARIF for code scanning.',
            properties: {
                workflows: {
                    description: 'Workflow files, folders or globs to check, newline- or comma-separated, relative to the repository root.',
                    oneOf: [
                        { type: 'array', items: { type: 'string', minLength: 1 } },
                        { type: 'string', minLength: 1 }
                    ]
                },
                policy: {
                    description: 'Path of the policy file (schema/workflow-policy.v1.json): rule levels, pinning policies, exceptions. A missing default file means every rule at its default level.',
                    type: 'string'
                },
                'sarif-file': {
                    description: 'Write findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).',
                    type: 'string'
                },
                online: {
                    description: 'Run the audits that ask the GitHub API (impostor-commit, known-vulnerable-actions, stale-action-refs, archived-uses, ref-confusion, ref-version-mismatch against the tags). Off: they are reported as not run, never as passed.',
                    type: 'boolean'
                },
                'online-timeout': {
                    description: 'Time limit per GitHub API request of the online audits, its retries included.',
                    type: 'string',
                    minLength: 1,
                    pattern: '^[0-9PTptWDHMSwdhms.]+$'
                },
                'fix-diff': {
                    description: 'Print the mechanical fixes (SHA pins with the version comment, persist-credentials: false, expressions moved from run: into env:) as a unified patch for git apply, and write it to the fix-diff-file output.',
                    type: 'boolean'
                },
                fix: {
                    description: 'Write the mechanical fixes into the workflow files (byte-for-byte edits; nothing else in the file changes). Fixed findings become notes.',
                    type: 'boolean'
                },
                mode: {
                    description: 'enforce: the step fails on fail or error; audit: report only.',
                    enum: ['enforce', 'audit']
                },
                rules: {
                    type: 'object',
                    additionalProperties: false,
                    properties: {
                        'pinned-uses': {
                            oneOf: [
                                { $ref: '#/$defs/workflow-policy-level' },
                                {
                                    type: 'object',
                                    additionalProperties: false,
                                    properties: {
                                        level: { $ref: '#/$defs/workflow-policy-level' },
                                        policies: {
                                            type: 'object',
                                            description: 'How references must be pinned, by pattern: owner/repo/path, owner/repo, owner/repo/*, owner/* or *; the most specific pattern wins. Default: {"*": hash-pin}.',
                                            propertyNames: {
                                                pattern: '^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$'
                                            },
                                            additionalProperties: { type: 'string', enum: ['hash-pin', 'ref-pin', 'any'] }
                                        }
                                    }
                                }
                            ]
                        },
                        permissions: { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'template-injection': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'secrets-inherit': {
                            oneOf: [
                                { $ref: '#/$defs/workflow-policy-level' },
                                {
                                    type: 'object',
                                    additionalProperties: false,
                                    properties: {
                                        level: { $ref: '#/$defs/workflow-policy-level' },
                                        'trusted-owners': {
                                            type: 'array',
                                            items: { type: 'string', pattern: '^[A-Za-z0-9_.-]+$' },
                                            description: "Owners (users or organisations) whose reusable workflows may receive secrets: inherit, besides the repository's own owner."
                                        }
                                    }
                                }
                            ]
                        },
                        'static-secrets': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        concurrency: { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'persist-credentials': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        artipacked: { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'bot-conditions': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'cache-poisoning': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'github-env': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'insecure-commands': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        obfuscation: { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'overprovisioned-secrets': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'self-hosted-runner': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'unsound-contains': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'unsound-condition': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'unsound-ternary': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'unpinned-images': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'hardcoded-container-credentials': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'unredacted-secrets': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'secrets-outside-env': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'github-app': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'adhoc-packages': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'unpinned-tools': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'dangerous-triggers': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'use-trusted-publishing': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'job-timeout': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'dependabot-cooldown': {
                            oneOf: [
                                { $ref: '#/$defs/workflow-policy-level' },
                                {
                                    type: 'object',
                                    additionalProperties: false,
                                    properties: {
                                        level: { $ref: '#/$defs/workflow-policy-level' },
                                        days: {
                                            type: 'integer',
                                            minimum: 1,
                                            maximum: 365,
                                            description: 'The least cooldown.default-days every Dependabot update must set (default 7, as zizmor).'
                                        }
                                    }
                                }
                            ]
                        },
                        'dependabot-execution': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'anonymous-definition': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'concurrency-limits': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        misfeature: { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'ref-version-mismatch': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'undocumented-permissions': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'forbidden-uses': {
                            oneOf: [
                                { $ref: '#/$defs/workflow-policy-level' },
                                {
                                    type: 'object',
                                    additionalProperties: false,
                                    properties: {
                                        level: { $ref: '#/$defs/workflow-policy-level' },
                                        allow: {
                                            type: 'array',
                                            items: {
                                                type: 'string',
                                                minLength: 1,
                                                pattern: '^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$'
                                            },
                                            description: 'Only actions and reusable workflows matching one of these patterns (owner/*, owner/repo, owner/repo/*, owner/repo/path, *) may be used. Exclusive with deny.'
                                        },
                                        deny: {
                                            type: 'array',
                                            items: {
                                                type: 'string',
                                                minLength: 1,
                                                pattern: '^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$'
                                            },
                                            description: 'Actions and reusable workflows matching one of these patterns may not be used. Exclusive with allow.'
                                        }
                                    },
                                    not: { required: ['allow', 'deny'] }
                                }
                            ]
                        },
                        'self-repository': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'superfluous-actions': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'typosquat-uses': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'impostor-commit': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'known-vulnerable-actions': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'stale-action-refs': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'archived-uses': { $ref: '#/$defs/workflow-policy-simpleRule' },
                        'ref-confusion': { $ref: '#/$defs/workflow-policy-simpleRule' }
                    }
                },
                exceptions: {
                    type: 'array',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['rule', 'justification', 'expires'],
                        anyOf: [{ required: ['path'] }, { required: ['owner'] }],
                        properties: {
                            rule: {
                                type: 'string',
                                enum: [
                                    'pinned-uses',
                                    'permissions',
                                    'template-injection',
                                    'secrets-inherit',
                                    'static-secrets',
                                    'concurrency',
                                    'persist-credentials',
                                    'artipacked',
                                    'bot-conditions',
                                    'cache-poisoning',
                                    'github-env',
                                    'insecure-commands',
                                    'obfuscation',
                                    'overprovisioned-secrets',
                                    'self-hosted-runner',
                                    'unsound-contains',
                                    'unsound-condition',
                                    'unsound-ternary',
                                    'unpinned-images',
                                    'hardcoded-container-credentials',
                                    'unredacted-secrets',
                                    'secrets-outside-env',
                                    'github-app',
                                    'adhoc-packages',
                                    'unpinned-tools',
                                    'dangerous-triggers',
                                    'use-trusted-publishing',
                                    'job-timeout',
                                    'dependabot-cooldown',
                                    'dependabot-execution',
                                    'anonymous-definition',
                                    'concurrency-limits',
                                    'misfeature',
                                    'ref-version-mismatch',
                                    'undocumented-permissions',
                                    'forbidden-uses',
                                    'self-repository',
                                    'superfluous-actions',
                                    'typosquat-uses',
                                    'impostor-commit',
                                    'known-vulnerable-actions',
                                    'stale-action-refs',
                                    'archived-uses',
                                    'ref-confusion'
                                ]
                            },
                            path: {
                                type: 'string',
                                minLength: 1,
                                description: 'Workflow file (repository-relative) or glob the exception covers.'
                            },
                            owner: {
                                type: 'string',
                                minLength: 1,
                                description: 'Action or reusable-workflow owner the exception covers: owner, owner/repo or a glob such as owner/*.'
                            },
                            justification: {
                                type: 'string',
                                minLength: 1,
                                description: 'Why the exception is needed and why it is safe.'
                            },
                            expires: {
                                type: 'string',
                                pattern: '^\\d{4}-\\d{2}-\\d{2}$',
                                format: 'date',
                                description: 'Last day (UTC) on which the exception holds, YYYY-MM-DD.'
                            },
                            'approved-by': {
                                type: 'string',
                                minLength: 1,
                                description: 'Who approved the exception, e.g. @acme/security.'
                            }
                        }
                    }
                }
            }
        }
    },
    $defs: {
        'workflow-policy-level': {
            type: 'string',
            enum: ['error', 'warning', 'off'],
            description: 'error fails the gate, warning reports only, off skips the rule.'
        },
        'workflow-policy-simpleRule': {
            oneOf: [
                { $ref: '#/$defs/workflow-policy-level' },
                {
                    type: 'object',
                    additionalProperties: false,
                    properties: { level: { $ref: '#/$defs/workflow-policy-level' } }
                }
            ]
        }
    }
};
const schema32 = {
    type: 'string',
    enum: ['error', 'warning', 'off'],
    description: 'error fails the gate, warning reports only, off skips the rule.'
};
const func1 = Object.prototype.hasOwnProperty;
const func2 = ucs2length["default"] ?? ucs2length;
const pattern4 = new RegExp('^[a-z0-9-]+\\.[a-z0-9-]+$', 'u');
const pattern6 = new RegExp('^@[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$', 'u');
const pattern7 = new RegExp('^[0-9PTptWDHMSwdhms.]+$', 'u');
const pattern14 = new RegExp('^\\d{4}-\\d{2}-\\d{2}$', 'u');
const pattern20 = new RegExp('^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$', 'u');
const pattern21 = new RegExp('^[A-Za-z0-9_.-]+$', 'u');
const formats0 = formats/* fullFormats */.U9.date;
const schema34 = {
    oneOf: [
        { $ref: '#/$defs/workflow-policy-level' },
        {
            type: 'object',
            additionalProperties: false,
            properties: { level: { $ref: '#/$defs/workflow-policy-level' } }
        }
    ]
};
function validate21(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate21.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    const _errs0 = errors;
    let valid0 = false;
    let passing0 = null;
    const _errs1 = errors;
    if (typeof data !== 'string') {
        const err0 = {
            instancePath,
            schemaPath: '#/$defs/workflow-policy-level/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema32.type,
            parentSchema: schema32,
            data
        };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!(data === 'error' || data === 'warning' || data === 'off')) {
        const err1 = {
            instancePath,
            schemaPath: '#/$defs/workflow-policy-level/enum',
            keyword: 'enum',
            params: { allowedValues: schema32.enum },
            message: 'must be equal to one of the allowed values',
            schema: schema32.enum,
            parentSchema: schema32,
            data
        };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    var _valid0 = _errs1 === errors;
    if (_valid0) {
        valid0 = true;
        passing0 = 0;
    }
    const _errs4 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(key0 === 'level')) {
                const err2 = {
                    instancePath,
                    schemaPath: '#/oneOf/1/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                    schema: false,
                    parentSchema: schema34.oneOf[1],
                    data
                };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.level !== undefined) {
            let data0 = data.level;
            if (typeof data0 !== 'string') {
                const err3 = {
                    instancePath: instancePath + '/level',
                    schemaPath: '#/$defs/workflow-policy-level/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema32.type,
                    parentSchema: schema32,
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (!(data0 === 'error' || data0 === 'warning' || data0 === 'off')) {
                const err4 = {
                    instancePath: instancePath + '/level',
                    schemaPath: '#/$defs/workflow-policy-level/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema32.enum },
                    message: 'must be equal to one of the allowed values',
                    schema: schema32.enum,
                    parentSchema: schema32,
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
    }
    else {
        const err5 = {
            instancePath,
            schemaPath: '#/oneOf/1/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema34.oneOf[1].type,
            parentSchema: schema34.oneOf[1],
            data
        };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    var _valid0 = _errs4 === errors;
    if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 1];
    }
    else {
        if (_valid0) {
            valid0 = true;
            passing0 = 1;
            var props0 = true;
        }
    }
    if (!valid0) {
        const err6 = {
            instancePath,
            schemaPath: '#/oneOf',
            keyword: 'oneOf',
            params: { passingSchemas: passing0 },
            message: 'must match exactly one schema in oneOf',
            schema: schema34.oneOf,
            parentSchema: schema34,
            data
        };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    else {
        errors = _errs0;
        if (vErrors !== null) {
            if (_errs0) {
                vErrors.length = _errs0;
            }
            else {
                vErrors = null;
            }
        }
    }
    validate21.errors = vErrors;
    evaluated0.props = props0;
    return errors === 0;
}
validate21.evaluated = { dynamicProps: true, dynamicItems: false };
function validate20(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    /*# sourceURL="https://ci-intel.dev/schema/config.v1.json" */ let vErrors = null;
    let errors = 0;
    const evaluated0 = validate20.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.version === undefined) {
            const err0 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'version' },
                message: "must have required property '" + 'version' + "'",
                schema: schema31.required,
                parentSchema: schema31,
                data
            };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!func1.call(schema31.properties, key0)) {
                const err1 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                    schema: false,
                    parentSchema: schema31,
                    data
                };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.version !== undefined) {
            let data0 = data.version;
            if (1 !== data0) {
                const err2 = {
                    instancePath: instancePath + '/version',
                    schemaPath: '#/properties/version/const',
                    keyword: 'const',
                    params: { allowedValue: 1 },
                    message: 'must be equal to constant',
                    schema: 1,
                    parentSchema: schema31.properties.version,
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.extends !== undefined) {
            let data1 = data.extends;
            if (typeof data1 === 'string') {
                if (func2(data1) < 1) {
                    const err3 = {
                        instancePath: instancePath + '/extends',
                        schemaPath: '#/properties/extends/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                        schema: 1,
                        parentSchema: schema31.properties.extends,
                        data: data1
                    };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            else {
                const err4 = {
                    instancePath: instancePath + '/extends',
                    schemaPath: '#/properties/extends/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema31.properties.extends.type,
                    parentSchema: schema31.properties.extends,
                    data: data1
                };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.policy !== undefined) {
            let data2 = data.policy;
            if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                for (const key1 in data2) {
                    if (!(key1 === 'locked' || key1 === 'bounds')) {
                        const err5 = {
                            instancePath: instancePath + '/policy',
                            schemaPath: '#/properties/policy/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key1 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema31.properties.policy,
                            data: data2
                        };
                        if (vErrors === null) {
                            vErrors = [err5];
                        }
                        else {
                            vErrors.push(err5);
                        }
                        errors++;
                    }
                }
                if (data2.locked !== undefined) {
                    let data3 = data2.locked;
                    if (Array.isArray(data3)) {
                        const len0 = data3.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            let data4 = data3[i0];
                            if (typeof data4 === 'string') {
                                if (!pattern4.test(data4)) {
                                    const err6 = {
                                        instancePath: instancePath + '/policy/locked/' + i0,
                                        schemaPath: '#/properties/policy/properties/locked/items/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^[a-z0-9-]+\\.[a-z0-9-]+$' },
                                        message: 'must match pattern "' + '^[a-z0-9-]+\\.[a-z0-9-]+$' + '"',
                                        schema: '^[a-z0-9-]+\\.[a-z0-9-]+$',
                                        parentSchema: schema31.properties.policy.properties.locked.items,
                                        data: data4
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err6];
                                    }
                                    else {
                                        vErrors.push(err6);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err7 = {
                                    instancePath: instancePath + '/policy/locked/' + i0,
                                    schemaPath: '#/properties/policy/properties/locked/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties.policy.properties.locked.items.type,
                                    parentSchema: schema31.properties.policy.properties.locked.items,
                                    data: data4
                                };
                                if (vErrors === null) {
                                    vErrors = [err7];
                                }
                                else {
                                    vErrors.push(err7);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err8 = {
                            instancePath: instancePath + '/policy/locked',
                            schemaPath: '#/properties/policy/properties/locked/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties.policy.properties.locked.type,
                            parentSchema: schema31.properties.policy.properties.locked,
                            data: data3
                        };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
                if (data2.bounds !== undefined) {
                    let data5 = data2.bounds;
                    if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
                        for (const key2 in data5) {
                            const _errs14 = errors;
                            if (typeof key2 === 'string') {
                                if (!pattern4.test(key2)) {
                                    const err9 = {
                                        instancePath: instancePath + '/policy/bounds',
                                        schemaPath: '#/properties/policy/properties/bounds/propertyNames/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^[a-z0-9-]+\\.[a-z0-9-]+$' },
                                        message: 'must match pattern "' + '^[a-z0-9-]+\\.[a-z0-9-]+$' + '"',
                                        schema: '^[a-z0-9-]+\\.[a-z0-9-]+$',
                                        parentSchema: schema31.properties.policy.properties.bounds.propertyNames,
                                        data: key2,
                                        propertyName: key2
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err9];
                                    }
                                    else {
                                        vErrors.push(err9);
                                    }
                                    errors++;
                                }
                            }
                            var valid4 = _errs14 === errors;
                            if (!valid4) {
                                const err10 = {
                                    instancePath: instancePath + '/policy/bounds',
                                    schemaPath: '#/properties/policy/properties/bounds/propertyNames',
                                    keyword: 'propertyNames',
                                    params: { propertyName: key2 },
                                    message: 'property name must be valid',
                                    schema: schema31.properties.policy.properties.bounds.propertyNames,
                                    parentSchema: schema31.properties.policy.properties.bounds,
                                    data: data5
                                };
                                if (vErrors === null) {
                                    vErrors = [err10];
                                }
                                else {
                                    vErrors.push(err10);
                                }
                                errors++;
                            }
                        }
                        for (const key3 in data5) {
                            let data6 = data5[key3];
                            if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
                                if (Object.keys(data6).length < 1) {
                                    const err11 = {
                                        instancePath: instancePath +
                                            '/policy/bounds/' +
                                            key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                                        schemaPath: '#/properties/policy/properties/bounds/additionalProperties/minProperties',
                                        keyword: 'minProperties',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 properties',
                                        schema: 1,
                                        parentSchema: schema31.properties.policy.properties.bounds.additionalProperties,
                                        data: data6
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err11];
                                    }
                                    else {
                                        vErrors.push(err11);
                                    }
                                    errors++;
                                }
                                for (const key4 in data6) {
                                    if (!(key4 === 'at-least' || key4 === 'at-most' || key4 === 'approver-from')) {
                                        const err12 = {
                                            instancePath: instancePath +
                                                '/policy/bounds/' +
                                                key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                                            schemaPath: '#/properties/policy/properties/bounds/additionalProperties/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key4 },
                                            message: 'must NOT have additional properties',
                                            schema: false,
                                            parentSchema: schema31.properties.policy.properties.bounds.additionalProperties,
                                            data: data6
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err12];
                                        }
                                        else {
                                            vErrors.push(err12);
                                        }
                                        errors++;
                                    }
                                }
                                if (data6['at-least'] !== undefined) {
                                    let data7 = data6['at-least'];
                                    if (typeof data7 !== 'string' && !(typeof data7 == 'number')) {
                                        const err13 = {
                                            instancePath: instancePath +
                                                '/policy/bounds/' +
                                                key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/at-least',
                                            schemaPath: '#/properties/policy/properties/bounds/additionalProperties/properties/at-least/type',
                                            keyword: 'type',
                                            params: {
                                                type: schema31.properties.policy.properties.bounds.additionalProperties
                                                    .properties['at-least'].type
                                            },
                                            message: 'must be string,number',
                                            schema: schema31.properties.policy.properties.bounds.additionalProperties
                                                .properties['at-least'].type,
                                            parentSchema: schema31.properties.policy.properties.bounds.additionalProperties
                                                .properties['at-least'],
                                            data: data7
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err13];
                                        }
                                        else {
                                            vErrors.push(err13);
                                        }
                                        errors++;
                                    }
                                }
                                if (data6['at-most'] !== undefined) {
                                    let data8 = data6['at-most'];
                                    if (typeof data8 !== 'string' && !(typeof data8 == 'number')) {
                                        const err14 = {
                                            instancePath: instancePath +
                                                '/policy/bounds/' +
                                                key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/at-most',
                                            schemaPath: '#/properties/policy/properties/bounds/additionalProperties/properties/at-most/type',
                                            keyword: 'type',
                                            params: {
                                                type: schema31.properties.policy.properties.bounds.additionalProperties
                                                    .properties['at-most'].type
                                            },
                                            message: 'must be string,number',
                                            schema: schema31.properties.policy.properties.bounds.additionalProperties
                                                .properties['at-most'].type,
                                            parentSchema: schema31.properties.policy.properties.bounds.additionalProperties
                                                .properties['at-most'],
                                            data: data8
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err14];
                                        }
                                        else {
                                            vErrors.push(err14);
                                        }
                                        errors++;
                                    }
                                }
                                if (data6['approver-from'] !== undefined) {
                                    let data9 = data6['approver-from'];
                                    if (Array.isArray(data9)) {
                                        if (data9.length < 1) {
                                            const err15 = {
                                                instancePath: instancePath +
                                                    '/policy/bounds/' +
                                                    key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/approver-from',
                                                schemaPath: '#/properties/policy/properties/bounds/additionalProperties/properties/approver-from/minItems',
                                                keyword: 'minItems',
                                                params: { limit: 1 },
                                                message: 'must NOT have fewer than 1 items',
                                                schema: 1,
                                                parentSchema: schema31.properties.policy.properties.bounds.additionalProperties
                                                    .properties['approver-from'],
                                                data: data9
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err15];
                                            }
                                            else {
                                                vErrors.push(err15);
                                            }
                                            errors++;
                                        }
                                        const len1 = data9.length;
                                        for (let i1 = 0; i1 < len1; i1++) {
                                            let data10 = data9[i1];
                                            if (typeof data10 === 'string') {
                                                if (!pattern6.test(data10)) {
                                                    const err16 = {
                                                        instancePath: instancePath +
                                                            '/policy/bounds/' +
                                                            key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/approver-from/' +
                                                            i1,
                                                        schemaPath: '#/properties/policy/properties/bounds/additionalProperties/properties/approver-from/items/pattern',
                                                        keyword: 'pattern',
                                                        params: { pattern: '^@[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$' },
                                                        message: 'must match pattern "' + '^@[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$' + '"',
                                                        schema: '^@[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$',
                                                        parentSchema: schema31.properties.policy.properties.bounds.additionalProperties
                                                            .properties['approver-from'].items,
                                                        data: data10
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err16];
                                                    }
                                                    else {
                                                        vErrors.push(err16);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err17 = {
                                                    instancePath: instancePath +
                                                        '/policy/bounds/' +
                                                        key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/approver-from/' +
                                                        i1,
                                                    schemaPath: '#/properties/policy/properties/bounds/additionalProperties/properties/approver-from/items/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                    schema: schema31.properties.policy.properties.bounds.additionalProperties
                                                        .properties['approver-from'].items.type,
                                                    parentSchema: schema31.properties.policy.properties.bounds.additionalProperties
                                                        .properties['approver-from'].items,
                                                    data: data10
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err17];
                                                }
                                                else {
                                                    vErrors.push(err17);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err18 = {
                                            instancePath: instancePath +
                                                '/policy/bounds/' +
                                                key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/approver-from',
                                            schemaPath: '#/properties/policy/properties/bounds/additionalProperties/properties/approver-from/type',
                                            keyword: 'type',
                                            params: { type: 'array' },
                                            message: 'must be array',
                                            schema: schema31.properties.policy.properties.bounds.additionalProperties
                                                .properties['approver-from'].type,
                                            parentSchema: schema31.properties.policy.properties.bounds.additionalProperties
                                                .properties['approver-from'],
                                            data: data9
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err18];
                                        }
                                        else {
                                            vErrors.push(err18);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err19 = {
                                    instancePath: instancePath +
                                        '/policy/bounds/' +
                                        key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                                    schemaPath: '#/properties/policy/properties/bounds/additionalProperties/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                    schema: schema31.properties.policy.properties.bounds.additionalProperties.type,
                                    parentSchema: schema31.properties.policy.properties.bounds.additionalProperties,
                                    data: data6
                                };
                                if (vErrors === null) {
                                    vErrors = [err19];
                                }
                                else {
                                    vErrors.push(err19);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err20 = {
                            instancePath: instancePath + '/policy/bounds',
                            schemaPath: '#/properties/policy/properties/bounds/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                            schema: schema31.properties.policy.properties.bounds.type,
                            parentSchema: schema31.properties.policy.properties.bounds,
                            data: data5
                        };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err21 = {
                    instancePath: instancePath + '/policy',
                    schemaPath: '#/properties/policy/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema31.properties.policy.type,
                    parentSchema: schema31.properties.policy,
                    data: data2
                };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        if (data['cache-sentinel'] !== undefined) {
            let data11 = data['cache-sentinel'];
            if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
                for (const key5 in data11) {
                    if (!func1.call(schema31.properties['cache-sentinel'].properties, key5)) {
                        const err22 = {
                            instancePath: instancePath + '/cache-sentinel',
                            schemaPath: '#/properties/cache-sentinel/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key5 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema31.properties['cache-sentinel'],
                            data: data11
                        };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
                if (data11.operation !== undefined) {
                    let data12 = data11.operation;
                    if (!(data12 === 'restore' || data12 === 'save')) {
                        const err23 = {
                            instancePath: instancePath + '/cache-sentinel/operation',
                            schemaPath: '#/properties/cache-sentinel/properties/operation/enum',
                            keyword: 'enum',
                            params: {
                                allowedValues: schema31.properties['cache-sentinel'].properties.operation.enum
                            },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['cache-sentinel'].properties.operation.enum,
                            parentSchema: schema31.properties['cache-sentinel'].properties.operation,
                            data: data12
                        };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                }
                if (data11.path !== undefined) {
                    let data13 = data11.path;
                    const _errs32 = errors;
                    let valid10 = false;
                    let passing0 = null;
                    const _errs33 = errors;
                    if (Array.isArray(data13)) {
                        const len2 = data13.length;
                        for (let i2 = 0; i2 < len2; i2++) {
                            let data14 = data13[i2];
                            if (typeof data14 === 'string') {
                                if (func2(data14) < 1) {
                                    const err24 = {
                                        instancePath: instancePath + '/cache-sentinel/path/' + i2,
                                        schemaPath: '#/properties/cache-sentinel/properties/path/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['cache-sentinel'].properties.path.oneOf[0].items,
                                        data: data14
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err24];
                                    }
                                    else {
                                        vErrors.push(err24);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err25 = {
                                    instancePath: instancePath + '/cache-sentinel/path/' + i2,
                                    schemaPath: '#/properties/cache-sentinel/properties/path/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['cache-sentinel'].properties.path.oneOf[0].items.type,
                                    parentSchema: schema31.properties['cache-sentinel'].properties.path.oneOf[0].items,
                                    data: data14
                                };
                                if (vErrors === null) {
                                    vErrors = [err25];
                                }
                                else {
                                    vErrors.push(err25);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err26 = {
                            instancePath: instancePath + '/cache-sentinel/path',
                            schemaPath: '#/properties/cache-sentinel/properties/path/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['cache-sentinel'].properties.path.oneOf[0].type,
                            parentSchema: schema31.properties['cache-sentinel'].properties.path.oneOf[0],
                            data: data13
                        };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
                            vErrors.push(err26);
                        }
                        errors++;
                    }
                    var _valid0 = _errs33 === errors;
                    if (_valid0) {
                        valid10 = true;
                        passing0 = 0;
                    }
                    const _errs37 = errors;
                    if (typeof data13 === 'string') {
                        if (func2(data13) < 1) {
                            const err27 = {
                                instancePath: instancePath + '/cache-sentinel/path',
                                schemaPath: '#/properties/cache-sentinel/properties/path/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['cache-sentinel'].properties.path.oneOf[1],
                                data: data13
                            };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err28 = {
                            instancePath: instancePath + '/cache-sentinel/path',
                            schemaPath: '#/properties/cache-sentinel/properties/path/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['cache-sentinel'].properties.path.oneOf[1].type,
                            parentSchema: schema31.properties['cache-sentinel'].properties.path.oneOf[1],
                            data: data13
                        };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                    var _valid0 = _errs37 === errors;
                    if (_valid0 && valid10) {
                        valid10 = false;
                        passing0 = [passing0, 1];
                    }
                    else {
                        if (_valid0) {
                            valid10 = true;
                            passing0 = 1;
                        }
                    }
                    if (!valid10) {
                        const err29 = {
                            instancePath: instancePath + '/cache-sentinel/path',
                            schemaPath: '#/properties/cache-sentinel/properties/path/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing0 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['cache-sentinel'].properties.path.oneOf,
                            parentSchema: schema31.properties['cache-sentinel'].properties.path,
                            data: data13
                        };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs32;
                        if (vErrors !== null) {
                            if (_errs32) {
                                vErrors.length = _errs32;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data11.key !== undefined) {
                    let data15 = data11.key;
                    if (typeof data15 !== 'string') {
                        const err30 = {
                            instancePath: instancePath + '/cache-sentinel/key',
                            schemaPath: '#/properties/cache-sentinel/properties/key/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['cache-sentinel'].properties.key.type,
                            parentSchema: schema31.properties['cache-sentinel'].properties.key,
                            data: data15
                        };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                }
                if (data11['restore-keys'] !== undefined) {
                    let data16 = data11['restore-keys'];
                    const _errs42 = errors;
                    let valid13 = false;
                    let passing1 = null;
                    const _errs43 = errors;
                    if (Array.isArray(data16)) {
                        const len3 = data16.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                            let data17 = data16[i3];
                            if (typeof data17 === 'string') {
                                if (func2(data17) < 1) {
                                    const err31 = {
                                        instancePath: instancePath + '/cache-sentinel/restore-keys/' + i3,
                                        schemaPath: '#/properties/cache-sentinel/properties/restore-keys/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['cache-sentinel'].properties['restore-keys'].oneOf[0]
                                            .items,
                                        data: data17
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err31];
                                    }
                                    else {
                                        vErrors.push(err31);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err32 = {
                                    instancePath: instancePath + '/cache-sentinel/restore-keys/' + i3,
                                    schemaPath: '#/properties/cache-sentinel/properties/restore-keys/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['cache-sentinel'].properties['restore-keys'].oneOf[0].items
                                        .type,
                                    parentSchema: schema31.properties['cache-sentinel'].properties['restore-keys'].oneOf[0].items,
                                    data: data17
                                };
                                if (vErrors === null) {
                                    vErrors = [err32];
                                }
                                else {
                                    vErrors.push(err32);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err33 = {
                            instancePath: instancePath + '/cache-sentinel/restore-keys',
                            schemaPath: '#/properties/cache-sentinel/properties/restore-keys/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['cache-sentinel'].properties['restore-keys'].oneOf[0].type,
                            parentSchema: schema31.properties['cache-sentinel'].properties['restore-keys'].oneOf[0],
                            data: data16
                        };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                    var _valid1 = _errs43 === errors;
                    if (_valid1) {
                        valid13 = true;
                        passing1 = 0;
                    }
                    const _errs47 = errors;
                    if (typeof data16 === 'string') {
                        if (func2(data16) < 1) {
                            const err34 = {
                                instancePath: instancePath + '/cache-sentinel/restore-keys',
                                schemaPath: '#/properties/cache-sentinel/properties/restore-keys/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['cache-sentinel'].properties['restore-keys'].oneOf[1],
                                data: data16
                            };
                            if (vErrors === null) {
                                vErrors = [err34];
                            }
                            else {
                                vErrors.push(err34);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err35 = {
                            instancePath: instancePath + '/cache-sentinel/restore-keys',
                            schemaPath: '#/properties/cache-sentinel/properties/restore-keys/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['cache-sentinel'].properties['restore-keys'].oneOf[1].type,
                            parentSchema: schema31.properties['cache-sentinel'].properties['restore-keys'].oneOf[1],
                            data: data16
                        };
                        if (vErrors === null) {
                            vErrors = [err35];
                        }
                        else {
                            vErrors.push(err35);
                        }
                        errors++;
                    }
                    var _valid1 = _errs47 === errors;
                    if (_valid1 && valid13) {
                        valid13 = false;
                        passing1 = [passing1, 1];
                    }
                    else {
                        if (_valid1) {
                            valid13 = true;
                            passing1 = 1;
                        }
                    }
                    if (!valid13) {
                        const err36 = {
                            instancePath: instancePath + '/cache-sentinel/restore-keys',
                            schemaPath: '#/properties/cache-sentinel/properties/restore-keys/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing1 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['cache-sentinel'].properties['restore-keys'].oneOf,
                            parentSchema: schema31.properties['cache-sentinel'].properties['restore-keys'],
                            data: data16
                        };
                        if (vErrors === null) {
                            vErrors = [err36];
                        }
                        else {
                            vErrors.push(err36);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs42;
                        if (vErrors !== null) {
                            if (_errs42) {
                                vErrors.length = _errs42;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data11.trust !== undefined) {
                    let data18 = data11.trust;
                    const _errs50 = errors;
                    let valid16 = false;
                    let passing2 = null;
                    const _errs51 = errors;
                    if (Array.isArray(data18)) {
                        const len4 = data18.length;
                        for (let i4 = 0; i4 < len4; i4++) {
                            let data19 = data18[i4];
                            if (typeof data19 === 'string') {
                                if (func2(data19) < 1) {
                                    const err37 = {
                                        instancePath: instancePath + '/cache-sentinel/trust/' + i4,
                                        schemaPath: '#/properties/cache-sentinel/properties/trust/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['cache-sentinel'].properties.trust.oneOf[0].items,
                                        data: data19
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err37];
                                    }
                                    else {
                                        vErrors.push(err37);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err38 = {
                                    instancePath: instancePath + '/cache-sentinel/trust/' + i4,
                                    schemaPath: '#/properties/cache-sentinel/properties/trust/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['cache-sentinel'].properties.trust.oneOf[0].items.type,
                                    parentSchema: schema31.properties['cache-sentinel'].properties.trust.oneOf[0].items,
                                    data: data19
                                };
                                if (vErrors === null) {
                                    vErrors = [err38];
                                }
                                else {
                                    vErrors.push(err38);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err39 = {
                            instancePath: instancePath + '/cache-sentinel/trust',
                            schemaPath: '#/properties/cache-sentinel/properties/trust/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['cache-sentinel'].properties.trust.oneOf[0].type,
                            parentSchema: schema31.properties['cache-sentinel'].properties.trust.oneOf[0],
                            data: data18
                        };
                        if (vErrors === null) {
                            vErrors = [err39];
                        }
                        else {
                            vErrors.push(err39);
                        }
                        errors++;
                    }
                    var _valid2 = _errs51 === errors;
                    if (_valid2) {
                        valid16 = true;
                        passing2 = 0;
                    }
                    const _errs55 = errors;
                    if (typeof data18 === 'string') {
                        if (func2(data18) < 1) {
                            const err40 = {
                                instancePath: instancePath + '/cache-sentinel/trust',
                                schemaPath: '#/properties/cache-sentinel/properties/trust/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['cache-sentinel'].properties.trust.oneOf[1],
                                data: data18
                            };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err41 = {
                            instancePath: instancePath + '/cache-sentinel/trust',
                            schemaPath: '#/properties/cache-sentinel/properties/trust/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['cache-sentinel'].properties.trust.oneOf[1].type,
                            parentSchema: schema31.properties['cache-sentinel'].properties.trust.oneOf[1],
                            data: data18
                        };
                        if (vErrors === null) {
                            vErrors = [err41];
                        }
                        else {
                            vErrors.push(err41);
                        }
                        errors++;
                    }
                    var _valid2 = _errs55 === errors;
                    if (_valid2 && valid16) {
                        valid16 = false;
                        passing2 = [passing2, 1];
                    }
                    else {
                        if (_valid2) {
                            valid16 = true;
                            passing2 = 1;
                        }
                    }
                    if (!valid16) {
                        const err42 = {
                            instancePath: instancePath + '/cache-sentinel/trust',
                            schemaPath: '#/properties/cache-sentinel/properties/trust/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing2 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['cache-sentinel'].properties.trust.oneOf,
                            parentSchema: schema31.properties['cache-sentinel'].properties.trust,
                            data: data18
                        };
                        if (vErrors === null) {
                            vErrors = [err42];
                        }
                        else {
                            vErrors.push(err42);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs50;
                        if (vErrors !== null) {
                            if (_errs50) {
                                vErrors.length = _errs50;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data11['default-branch'] !== undefined) {
                    let data20 = data11['default-branch'];
                    if (typeof data20 !== 'string') {
                        const err43 = {
                            instancePath: instancePath + '/cache-sentinel/default-branch',
                            schemaPath: '#/properties/cache-sentinel/properties/default-branch/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['cache-sentinel'].properties['default-branch'].type,
                            parentSchema: schema31.properties['cache-sentinel'].properties['default-branch'],
                            data: data20
                        };
                        if (vErrors === null) {
                            vErrors = [err43];
                        }
                        else {
                            vErrors.push(err43);
                        }
                        errors++;
                    }
                }
                if (data11.signer !== undefined) {
                    let data21 = data11.signer;
                    if (typeof data21 !== 'string') {
                        const err44 = {
                            instancePath: instancePath + '/cache-sentinel/signer',
                            schemaPath: '#/properties/cache-sentinel/properties/signer/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['cache-sentinel'].properties.signer.type,
                            parentSchema: schema31.properties['cache-sentinel'].properties.signer,
                            data: data21
                        };
                        if (vErrors === null) {
                            vErrors = [err44];
                        }
                        else {
                            vErrors.push(err44);
                        }
                        errors++;
                    }
                }
                if (data11.signing !== undefined) {
                    let data22 = data11.signing;
                    if (!(data22 === 'sigstore' || data22 === 'key')) {
                        const err45 = {
                            instancePath: instancePath + '/cache-sentinel/signing',
                            schemaPath: '#/properties/cache-sentinel/properties/signing/enum',
                            keyword: 'enum',
                            params: {
                                allowedValues: schema31.properties['cache-sentinel'].properties.signing.enum
                            },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['cache-sentinel'].properties.signing.enum,
                            parentSchema: schema31.properties['cache-sentinel'].properties.signing,
                            data: data22
                        };
                        if (vErrors === null) {
                            vErrors = [err45];
                        }
                        else {
                            vErrors.push(err45);
                        }
                        errors++;
                    }
                }
                if (data11['trusted-root'] !== undefined) {
                    let data23 = data11['trusted-root'];
                    if (typeof data23 !== 'string') {
                        const err46 = {
                            instancePath: instancePath + '/cache-sentinel/trusted-root',
                            schemaPath: '#/properties/cache-sentinel/properties/trusted-root/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['cache-sentinel'].properties['trusted-root'].type,
                            parentSchema: schema31.properties['cache-sentinel'].properties['trusted-root'],
                            data: data23
                        };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                }
                if (data11['verify-key'] !== undefined) {
                    let data24 = data11['verify-key'];
                    if (typeof data24 !== 'string') {
                        const err47 = {
                            instancePath: instancePath + '/cache-sentinel/verify-key',
                            schemaPath: '#/properties/cache-sentinel/properties/verify-key/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['cache-sentinel'].properties['verify-key'].type,
                            parentSchema: schema31.properties['cache-sentinel'].properties['verify-key'],
                            data: data24
                        };
                        if (vErrors === null) {
                            vErrors = [err47];
                        }
                        else {
                            vErrors.push(err47);
                        }
                        errors++;
                    }
                }
                if (data11.backend !== undefined) {
                    let data25 = data11.backend;
                    if (typeof data25 !== 'string') {
                        const err48 = {
                            instancePath: instancePath + '/cache-sentinel/backend',
                            schemaPath: '#/properties/cache-sentinel/properties/backend/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['cache-sentinel'].properties.backend.type,
                            parentSchema: schema31.properties['cache-sentinel'].properties.backend,
                            data: data25
                        };
                        if (vErrors === null) {
                            vErrors = [err48];
                        }
                        else {
                            vErrors.push(err48);
                        }
                        errors++;
                    }
                }
                if (data11.timeout !== undefined) {
                    let data26 = data11.timeout;
                    if (typeof data26 === 'string') {
                        if (func2(data26) < 1) {
                            const err49 = {
                                instancePath: instancePath + '/cache-sentinel/timeout',
                                schemaPath: '#/properties/cache-sentinel/properties/timeout/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['cache-sentinel'].properties.timeout,
                                data: data26
                            };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                        if (!pattern7.test(data26)) {
                            const err50 = {
                                instancePath: instancePath + '/cache-sentinel/timeout',
                                schemaPath: '#/properties/cache-sentinel/properties/timeout/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[0-9PTptWDHMSwdhms.]+$' },
                                message: 'must match pattern "' + '^[0-9PTptWDHMSwdhms.]+$' + '"',
                                schema: '^[0-9PTptWDHMSwdhms.]+$',
                                parentSchema: schema31.properties['cache-sentinel'].properties.timeout,
                                data: data26
                            };
                            if (vErrors === null) {
                                vErrors = [err50];
                            }
                            else {
                                vErrors.push(err50);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err51 = {
                            instancePath: instancePath + '/cache-sentinel/timeout',
                            schemaPath: '#/properties/cache-sentinel/properties/timeout/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['cache-sentinel'].properties.timeout.type,
                            parentSchema: schema31.properties['cache-sentinel'].properties.timeout,
                            data: data26
                        };
                        if (vErrors === null) {
                            vErrors = [err51];
                        }
                        else {
                            vErrors.push(err51);
                        }
                        errors++;
                    }
                }
                if (data11.mode !== undefined) {
                    let data27 = data11.mode;
                    if (!(data27 === 'enforce' || data27 === 'audit')) {
                        const err52 = {
                            instancePath: instancePath + '/cache-sentinel/mode',
                            schemaPath: '#/properties/cache-sentinel/properties/mode/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema31.properties['cache-sentinel'].properties.mode.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['cache-sentinel'].properties.mode.enum,
                            parentSchema: schema31.properties['cache-sentinel'].properties.mode,
                            data: data27
                        };
                        if (vErrors === null) {
                            vErrors = [err52];
                        }
                        else {
                            vErrors.push(err52);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err53 = {
                    instancePath: instancePath + '/cache-sentinel',
                    schemaPath: '#/properties/cache-sentinel/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema31.properties['cache-sentinel'].type,
                    parentSchema: schema31.properties['cache-sentinel'],
                    data: data11
                };
                if (vErrors === null) {
                    vErrors = [err53];
                }
                else {
                    vErrors.push(err53);
                }
                errors++;
            }
        }
        if (data.determinism !== undefined) {
            let data28 = data.determinism;
            if (data28 && typeof data28 == 'object' && !Array.isArray(data28)) {
                for (const key6 in data28) {
                    if (!func1.call(schema31.properties.determinism.properties, key6)) {
                        const err54 = {
                            instancePath: instancePath + '/determinism',
                            schemaPath: '#/properties/determinism/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key6 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema31.properties.determinism,
                            data: data28
                        };
                        if (vErrors === null) {
                            vErrors = [err54];
                        }
                        else {
                            vErrors.push(err54);
                        }
                        errors++;
                    }
                }
                if (data28.operation !== undefined) {
                    let data29 = data28.operation;
                    if (!(data29 === 'compare' || data29 === 'rebuild' || data29 === 'manifest')) {
                        const err55 = {
                            instancePath: instancePath + '/determinism/operation',
                            schemaPath: '#/properties/determinism/properties/operation/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema31.properties.determinism.properties.operation.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties.determinism.properties.operation.enum,
                            parentSchema: schema31.properties.determinism.properties.operation,
                            data: data29
                        };
                        if (vErrors === null) {
                            vErrors = [err55];
                        }
                        else {
                            vErrors.push(err55);
                        }
                        errors++;
                    }
                }
                if (data28.a !== undefined) {
                    let data30 = data28.a;
                    if (typeof data30 !== 'string') {
                        const err56 = {
                            instancePath: instancePath + '/determinism/a',
                            schemaPath: '#/properties/determinism/properties/a/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties.determinism.properties.a.type,
                            parentSchema: schema31.properties.determinism.properties.a,
                            data: data30
                        };
                        if (vErrors === null) {
                            vErrors = [err56];
                        }
                        else {
                            vErrors.push(err56);
                        }
                        errors++;
                    }
                }
                if (data28.b !== undefined) {
                    let data31 = data28.b;
                    if (typeof data31 !== 'string') {
                        const err57 = {
                            instancePath: instancePath + '/determinism/b',
                            schemaPath: '#/properties/determinism/properties/b/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties.determinism.properties.b.type,
                            parentSchema: schema31.properties.determinism.properties.b,
                            data: data31
                        };
                        if (vErrors === null) {
                            vErrors = [err57];
                        }
                        else {
                            vErrors.push(err57);
                        }
                        errors++;
                    }
                }
                if (data28.path !== undefined) {
                    let data32 = data28.path;
                    if (typeof data32 !== 'string') {
                        const err58 = {
                            instancePath: instancePath + '/determinism/path',
                            schemaPath: '#/properties/determinism/properties/path/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties.determinism.properties.path.type,
                            parentSchema: schema31.properties.determinism.properties.path,
                            data: data32
                        };
                        if (vErrors === null) {
                            vErrors = [err58];
                        }
                        else {
                            vErrors.push(err58);
                        }
                        errors++;
                    }
                }
                if (data28['manifest-file'] !== undefined) {
                    let data33 = data28['manifest-file'];
                    if (typeof data33 !== 'string') {
                        const err59 = {
                            instancePath: instancePath + '/determinism/manifest-file',
                            schemaPath: '#/properties/determinism/properties/manifest-file/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties.determinism.properties['manifest-file'].type,
                            parentSchema: schema31.properties.determinism.properties['manifest-file'],
                            data: data33
                        };
                        if (vErrors === null) {
                            vErrors = [err59];
                        }
                        else {
                            vErrors.push(err59);
                        }
                        errors++;
                    }
                }
                if (data28.command !== undefined) {
                    let data34 = data28.command;
                    if (typeof data34 !== 'string') {
                        const err60 = {
                            instancePath: instancePath + '/determinism/command',
                            schemaPath: '#/properties/determinism/properties/command/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties.determinism.properties.command.type,
                            parentSchema: schema31.properties.determinism.properties.command,
                            data: data34
                        };
                        if (vErrors === null) {
                            vErrors = [err60];
                        }
                        else {
                            vErrors.push(err60);
                        }
                        errors++;
                    }
                }
                if (data28['build-output'] !== undefined) {
                    let data35 = data28['build-output'];
                    if (typeof data35 !== 'string') {
                        const err61 = {
                            instancePath: instancePath + '/determinism/build-output',
                            schemaPath: '#/properties/determinism/properties/build-output/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties.determinism.properties['build-output'].type,
                            parentSchema: schema31.properties.determinism.properties['build-output'],
                            data: data35
                        };
                        if (vErrors === null) {
                            vErrors = [err61];
                        }
                        else {
                            vErrors.push(err61);
                        }
                        errors++;
                    }
                }
                if (data28.variations !== undefined) {
                    let data36 = data28.variations;
                    const _errs88 = errors;
                    let valid20 = false;
                    let passing3 = null;
                    const _errs89 = errors;
                    if (Array.isArray(data36)) {
                        const len5 = data36.length;
                        for (let i5 = 0; i5 < len5; i5++) {
                            let data37 = data36[i5];
                            if (typeof data37 === 'string') {
                                if (func2(data37) < 1) {
                                    const err62 = {
                                        instancePath: instancePath + '/determinism/variations/' + i5,
                                        schemaPath: '#/properties/determinism/properties/variations/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties.determinism.properties.variations.oneOf[0].items,
                                        data: data37
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err62];
                                    }
                                    else {
                                        vErrors.push(err62);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err63 = {
                                    instancePath: instancePath + '/determinism/variations/' + i5,
                                    schemaPath: '#/properties/determinism/properties/variations/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties.determinism.properties.variations.oneOf[0].items.type,
                                    parentSchema: schema31.properties.determinism.properties.variations.oneOf[0].items,
                                    data: data37
                                };
                                if (vErrors === null) {
                                    vErrors = [err63];
                                }
                                else {
                                    vErrors.push(err63);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err64 = {
                            instancePath: instancePath + '/determinism/variations',
                            schemaPath: '#/properties/determinism/properties/variations/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties.determinism.properties.variations.oneOf[0].type,
                            parentSchema: schema31.properties.determinism.properties.variations.oneOf[0],
                            data: data36
                        };
                        if (vErrors === null) {
                            vErrors = [err64];
                        }
                        else {
                            vErrors.push(err64);
                        }
                        errors++;
                    }
                    var _valid3 = _errs89 === errors;
                    if (_valid3) {
                        valid20 = true;
                        passing3 = 0;
                    }
                    const _errs93 = errors;
                    if (typeof data36 === 'string') {
                        if (func2(data36) < 1) {
                            const err65 = {
                                instancePath: instancePath + '/determinism/variations',
                                schemaPath: '#/properties/determinism/properties/variations/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties.determinism.properties.variations.oneOf[1],
                                data: data36
                            };
                            if (vErrors === null) {
                                vErrors = [err65];
                            }
                            else {
                                vErrors.push(err65);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err66 = {
                            instancePath: instancePath + '/determinism/variations',
                            schemaPath: '#/properties/determinism/properties/variations/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties.determinism.properties.variations.oneOf[1].type,
                            parentSchema: schema31.properties.determinism.properties.variations.oneOf[1],
                            data: data36
                        };
                        if (vErrors === null) {
                            vErrors = [err66];
                        }
                        else {
                            vErrors.push(err66);
                        }
                        errors++;
                    }
                    var _valid3 = _errs93 === errors;
                    if (_valid3 && valid20) {
                        valid20 = false;
                        passing3 = [passing3, 1];
                    }
                    else {
                        if (_valid3) {
                            valid20 = true;
                            passing3 = 1;
                        }
                    }
                    if (!valid20) {
                        const err67 = {
                            instancePath: instancePath + '/determinism/variations',
                            schemaPath: '#/properties/determinism/properties/variations/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing3 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties.determinism.properties.variations.oneOf,
                            parentSchema: schema31.properties.determinism.properties.variations,
                            data: data36
                        };
                        if (vErrors === null) {
                            vErrors = [err67];
                        }
                        else {
                            vErrors.push(err67);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs88;
                        if (vErrors !== null) {
                            if (_errs88) {
                                vErrors.length = _errs88;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data28['source-date-epoch'] !== undefined) {
                    let data38 = data28['source-date-epoch'];
                    if (typeof data38 !== 'string') {
                        const err68 = {
                            instancePath: instancePath + '/determinism/source-date-epoch',
                            schemaPath: '#/properties/determinism/properties/source-date-epoch/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties.determinism.properties['source-date-epoch'].type,
                            parentSchema: schema31.properties.determinism.properties['source-date-epoch'],
                            data: data38
                        };
                        if (vErrors === null) {
                            vErrors = [err68];
                        }
                        else {
                            vErrors.push(err68);
                        }
                        errors++;
                    }
                }
                if (data28.timeout !== undefined) {
                    let data39 = data28.timeout;
                    if (typeof data39 === 'string') {
                        if (func2(data39) < 1) {
                            const err69 = {
                                instancePath: instancePath + '/determinism/timeout',
                                schemaPath: '#/properties/determinism/properties/timeout/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties.determinism.properties.timeout,
                                data: data39
                            };
                            if (vErrors === null) {
                                vErrors = [err69];
                            }
                            else {
                                vErrors.push(err69);
                            }
                            errors++;
                        }
                        if (!pattern7.test(data39)) {
                            const err70 = {
                                instancePath: instancePath + '/determinism/timeout',
                                schemaPath: '#/properties/determinism/properties/timeout/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[0-9PTptWDHMSwdhms.]+$' },
                                message: 'must match pattern "' + '^[0-9PTptWDHMSwdhms.]+$' + '"',
                                schema: '^[0-9PTptWDHMSwdhms.]+$',
                                parentSchema: schema31.properties.determinism.properties.timeout,
                                data: data39
                            };
                            if (vErrors === null) {
                                vErrors = [err70];
                            }
                            else {
                                vErrors.push(err70);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err71 = {
                            instancePath: instancePath + '/determinism/timeout',
                            schemaPath: '#/properties/determinism/properties/timeout/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties.determinism.properties.timeout.type,
                            parentSchema: schema31.properties.determinism.properties.timeout,
                            data: data39
                        };
                        if (vErrors === null) {
                            vErrors = [err71];
                        }
                        else {
                            vErrors.push(err71);
                        }
                        errors++;
                    }
                }
                if (data28['allow-stabilizers'] !== undefined) {
                    let data40 = data28['allow-stabilizers'];
                    const _errs100 = errors;
                    let valid23 = false;
                    let passing4 = null;
                    const _errs101 = errors;
                    if (Array.isArray(data40)) {
                        const len6 = data40.length;
                        for (let i6 = 0; i6 < len6; i6++) {
                            let data41 = data40[i6];
                            if (typeof data41 === 'string') {
                                if (func2(data41) < 1) {
                                    const err72 = {
                                        instancePath: instancePath + '/determinism/allow-stabilizers/' + i6,
                                        schemaPath: '#/properties/determinism/properties/allow-stabilizers/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties.determinism.properties['allow-stabilizers'].oneOf[0]
                                            .items,
                                        data: data41
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err72];
                                    }
                                    else {
                                        vErrors.push(err72);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err73 = {
                                    instancePath: instancePath + '/determinism/allow-stabilizers/' + i6,
                                    schemaPath: '#/properties/determinism/properties/allow-stabilizers/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties.determinism.properties['allow-stabilizers'].oneOf[0].items
                                        .type,
                                    parentSchema: schema31.properties.determinism.properties['allow-stabilizers'].oneOf[0].items,
                                    data: data41
                                };
                                if (vErrors === null) {
                                    vErrors = [err73];
                                }
                                else {
                                    vErrors.push(err73);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err74 = {
                            instancePath: instancePath + '/determinism/allow-stabilizers',
                            schemaPath: '#/properties/determinism/properties/allow-stabilizers/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties.determinism.properties['allow-stabilizers'].oneOf[0].type,
                            parentSchema: schema31.properties.determinism.properties['allow-stabilizers'].oneOf[0],
                            data: data40
                        };
                        if (vErrors === null) {
                            vErrors = [err74];
                        }
                        else {
                            vErrors.push(err74);
                        }
                        errors++;
                    }
                    var _valid4 = _errs101 === errors;
                    if (_valid4) {
                        valid23 = true;
                        passing4 = 0;
                    }
                    const _errs105 = errors;
                    if (typeof data40 === 'string') {
                        if (func2(data40) < 1) {
                            const err75 = {
                                instancePath: instancePath + '/determinism/allow-stabilizers',
                                schemaPath: '#/properties/determinism/properties/allow-stabilizers/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties.determinism.properties['allow-stabilizers'].oneOf[1],
                                data: data40
                            };
                            if (vErrors === null) {
                                vErrors = [err75];
                            }
                            else {
                                vErrors.push(err75);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err76 = {
                            instancePath: instancePath + '/determinism/allow-stabilizers',
                            schemaPath: '#/properties/determinism/properties/allow-stabilizers/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties.determinism.properties['allow-stabilizers'].oneOf[1].type,
                            parentSchema: schema31.properties.determinism.properties['allow-stabilizers'].oneOf[1],
                            data: data40
                        };
                        if (vErrors === null) {
                            vErrors = [err76];
                        }
                        else {
                            vErrors.push(err76);
                        }
                        errors++;
                    }
                    var _valid4 = _errs105 === errors;
                    if (_valid4 && valid23) {
                        valid23 = false;
                        passing4 = [passing4, 1];
                    }
                    else {
                        if (_valid4) {
                            valid23 = true;
                            passing4 = 1;
                        }
                    }
                    if (!valid23) {
                        const err77 = {
                            instancePath: instancePath + '/determinism/allow-stabilizers',
                            schemaPath: '#/properties/determinism/properties/allow-stabilizers/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing4 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties.determinism.properties['allow-stabilizers'].oneOf,
                            parentSchema: schema31.properties.determinism.properties['allow-stabilizers'],
                            data: data40
                        };
                        if (vErrors === null) {
                            vErrors = [err77];
                        }
                        else {
                            vErrors.push(err77);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs100;
                        if (vErrors !== null) {
                            if (_errs100) {
                                vErrors.length = _errs100;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data28['diff-file'] !== undefined) {
                    let data42 = data28['diff-file'];
                    if (typeof data42 !== 'string') {
                        const err78 = {
                            instancePath: instancePath + '/determinism/diff-file',
                            schemaPath: '#/properties/determinism/properties/diff-file/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties.determinism.properties['diff-file'].type,
                            parentSchema: schema31.properties.determinism.properties['diff-file'],
                            data: data42
                        };
                        if (vErrors === null) {
                            vErrors = [err78];
                        }
                        else {
                            vErrors.push(err78);
                        }
                        errors++;
                    }
                }
                if (data28.diffoscope !== undefined) {
                    let data43 = data28.diffoscope;
                    if (!(data43 === 'auto' || data43 === 'off')) {
                        const err79 = {
                            instancePath: instancePath + '/determinism/diffoscope',
                            schemaPath: '#/properties/determinism/properties/diffoscope/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema31.properties.determinism.properties.diffoscope.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties.determinism.properties.diffoscope.enum,
                            parentSchema: schema31.properties.determinism.properties.diffoscope,
                            data: data43
                        };
                        if (vErrors === null) {
                            vErrors = [err79];
                        }
                        else {
                            vErrors.push(err79);
                        }
                        errors++;
                    }
                }
                if (data28['max-archive-entries'] !== undefined) {
                    let data44 = data28['max-archive-entries'];
                    if (!(typeof data44 == 'number' && !(data44 % 1) && !isNaN(data44))) {
                        const err80 = {
                            instancePath: instancePath + '/determinism/max-archive-entries',
                            schemaPath: '#/properties/determinism/properties/max-archive-entries/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer',
                            schema: schema31.properties.determinism.properties['max-archive-entries'].type,
                            parentSchema: schema31.properties.determinism.properties['max-archive-entries'],
                            data: data44
                        };
                        if (vErrors === null) {
                            vErrors = [err80];
                        }
                        else {
                            vErrors.push(err80);
                        }
                        errors++;
                    }
                    if (typeof data44 == 'number') {
                        if (data44 > 10000000 || isNaN(data44)) {
                            const err81 = {
                                instancePath: instancePath + '/determinism/max-archive-entries',
                                schemaPath: '#/properties/determinism/properties/max-archive-entries/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 10000000 },
                                message: 'must be <= 10000000',
                                schema: 10000000,
                                parentSchema: schema31.properties.determinism.properties['max-archive-entries'],
                                data: data44
                            };
                            if (vErrors === null) {
                                vErrors = [err81];
                            }
                            else {
                                vErrors.push(err81);
                            }
                            errors++;
                        }
                        if (data44 < 1 || isNaN(data44)) {
                            const err82 = {
                                instancePath: instancePath + '/determinism/max-archive-entries',
                                schemaPath: '#/properties/determinism/properties/max-archive-entries/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 1 },
                                message: 'must be >= 1',
                                schema: 1,
                                parentSchema: schema31.properties.determinism.properties['max-archive-entries'],
                                data: data44
                            };
                            if (vErrors === null) {
                                vErrors = [err82];
                            }
                            else {
                                vErrors.push(err82);
                            }
                            errors++;
                        }
                    }
                }
                if (data28['max-archive-bytes'] !== undefined) {
                    let data45 = data28['max-archive-bytes'];
                    if (!(typeof data45 == 'number' && !(data45 % 1) && !isNaN(data45))) {
                        const err83 = {
                            instancePath: instancePath + '/determinism/max-archive-bytes',
                            schemaPath: '#/properties/determinism/properties/max-archive-bytes/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer',
                            schema: schema31.properties.determinism.properties['max-archive-bytes'].type,
                            parentSchema: schema31.properties.determinism.properties['max-archive-bytes'],
                            data: data45
                        };
                        if (vErrors === null) {
                            vErrors = [err83];
                        }
                        else {
                            vErrors.push(err83);
                        }
                        errors++;
                    }
                    if (typeof data45 == 'number') {
                        if (data45 > 1099511627776 || isNaN(data45)) {
                            const err84 = {
                                instancePath: instancePath + '/determinism/max-archive-bytes',
                                schemaPath: '#/properties/determinism/properties/max-archive-bytes/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 1099511627776 },
                                message: 'must be <= 1099511627776',
                                schema: 1099511627776,
                                parentSchema: schema31.properties.determinism.properties['max-archive-bytes'],
                                data: data45
                            };
                            if (vErrors === null) {
                                vErrors = [err84];
                            }
                            else {
                                vErrors.push(err84);
                            }
                            errors++;
                        }
                        if (data45 < 1 || isNaN(data45)) {
                            const err85 = {
                                instancePath: instancePath + '/determinism/max-archive-bytes',
                                schemaPath: '#/properties/determinism/properties/max-archive-bytes/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 1 },
                                message: 'must be >= 1',
                                schema: 1,
                                parentSchema: schema31.properties.determinism.properties['max-archive-bytes'],
                                data: data45
                            };
                            if (vErrors === null) {
                                vErrors = [err85];
                            }
                            else {
                                vErrors.push(err85);
                            }
                            errors++;
                        }
                    }
                }
                if (data28['sarif-file'] !== undefined) {
                    let data46 = data28['sarif-file'];
                    if (typeof data46 !== 'string') {
                        const err86 = {
                            instancePath: instancePath + '/determinism/sarif-file',
                            schemaPath: '#/properties/determinism/properties/sarif-file/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties.determinism.properties['sarif-file'].type,
                            parentSchema: schema31.properties.determinism.properties['sarif-file'],
                            data: data46
                        };
                        if (vErrors === null) {
                            vErrors = [err86];
                        }
                        else {
                            vErrors.push(err86);
                        }
                        errors++;
                    }
                }
                if (data28.mode !== undefined) {
                    let data47 = data28.mode;
                    if (!(data47 === 'enforce' || data47 === 'audit')) {
                        const err87 = {
                            instancePath: instancePath + '/determinism/mode',
                            schemaPath: '#/properties/determinism/properties/mode/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema31.properties.determinism.properties.mode.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties.determinism.properties.mode.enum,
                            parentSchema: schema31.properties.determinism.properties.mode,
                            data: data47
                        };
                        if (vErrors === null) {
                            vErrors = [err87];
                        }
                        else {
                            vErrors.push(err87);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err88 = {
                    instancePath: instancePath + '/determinism',
                    schemaPath: '#/properties/determinism/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema31.properties.determinism.type,
                    parentSchema: schema31.properties.determinism,
                    data: data28
                };
                if (vErrors === null) {
                    vErrors = [err88];
                }
                else {
                    vErrors.push(err88);
                }
                errors++;
            }
        }
        if (data['dr-freshness'] !== undefined) {
            let data48 = data['dr-freshness'];
            if (data48 && typeof data48 == 'object' && !Array.isArray(data48)) {
                for (const key7 in data48) {
                    if (!func1.call(schema31.properties['dr-freshness'].properties, key7)) {
                        const err89 = {
                            instancePath: instancePath + '/dr-freshness',
                            schemaPath: '#/properties/dr-freshness/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key7 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema31.properties['dr-freshness'],
                            data: data48
                        };
                        if (vErrors === null) {
                            vErrors = [err89];
                        }
                        else {
                            vErrors.push(err89);
                        }
                        errors++;
                    }
                }
                if (data48.evidence !== undefined) {
                    let data49 = data48.evidence;
                    if (typeof data49 !== 'string') {
                        const err90 = {
                            instancePath: instancePath + '/dr-freshness/evidence',
                            schemaPath: '#/properties/dr-freshness/properties/evidence/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['dr-freshness'].properties.evidence.type,
                            parentSchema: schema31.properties['dr-freshness'].properties.evidence,
                            data: data49
                        };
                        if (vErrors === null) {
                            vErrors = [err90];
                        }
                        else {
                            vErrors.push(err90);
                        }
                        errors++;
                    }
                }
                if (data48.workflow !== undefined) {
                    let data50 = data48.workflow;
                    if (typeof data50 !== 'string') {
                        const err91 = {
                            instancePath: instancePath + '/dr-freshness/workflow',
                            schemaPath: '#/properties/dr-freshness/properties/workflow/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['dr-freshness'].properties.workflow.type,
                            parentSchema: schema31.properties['dr-freshness'].properties.workflow,
                            data: data50
                        };
                        if (vErrors === null) {
                            vErrors = [err91];
                        }
                        else {
                            vErrors.push(err91);
                        }
                        errors++;
                    }
                }
                if (data48.repository !== undefined) {
                    let data51 = data48.repository;
                    if (typeof data51 !== 'string') {
                        const err92 = {
                            instancePath: instancePath + '/dr-freshness/repository',
                            schemaPath: '#/properties/dr-freshness/properties/repository/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['dr-freshness'].properties.repository.type,
                            parentSchema: schema31.properties['dr-freshness'].properties.repository,
                            data: data51
                        };
                        if (vErrors === null) {
                            vErrors = [err92];
                        }
                        else {
                            vErrors.push(err92);
                        }
                        errors++;
                    }
                }
                if (data48.branch !== undefined) {
                    let data52 = data48.branch;
                    if (typeof data52 !== 'string') {
                        const err93 = {
                            instancePath: instancePath + '/dr-freshness/branch',
                            schemaPath: '#/properties/dr-freshness/properties/branch/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['dr-freshness'].properties.branch.type,
                            parentSchema: schema31.properties['dr-freshness'].properties.branch,
                            data: data52
                        };
                        if (vErrors === null) {
                            vErrors = [err93];
                        }
                        else {
                            vErrors.push(err93);
                        }
                        errors++;
                    }
                }
                if (data48['artifact-name'] !== undefined) {
                    let data53 = data48['artifact-name'];
                    if (typeof data53 !== 'string') {
                        const err94 = {
                            instancePath: instancePath + '/dr-freshness/artifact-name',
                            schemaPath: '#/properties/dr-freshness/properties/artifact-name/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['dr-freshness'].properties['artifact-name'].type,
                            parentSchema: schema31.properties['dr-freshness'].properties['artifact-name'],
                            data: data53
                        };
                        if (vErrors === null) {
                            vErrors = [err94];
                        }
                        else {
                            vErrors.push(err94);
                        }
                        errors++;
                    }
                }
                if (data48['max-age'] !== undefined) {
                    let data54 = data48['max-age'];
                    if (typeof data54 === 'string') {
                        if (func2(data54) < 1) {
                            const err95 = {
                                instancePath: instancePath + '/dr-freshness/max-age',
                                schemaPath: '#/properties/dr-freshness/properties/max-age/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['dr-freshness'].properties['max-age'],
                                data: data54
                            };
                            if (vErrors === null) {
                                vErrors = [err95];
                            }
                            else {
                                vErrors.push(err95);
                            }
                            errors++;
                        }
                        if (!pattern7.test(data54)) {
                            const err96 = {
                                instancePath: instancePath + '/dr-freshness/max-age',
                                schemaPath: '#/properties/dr-freshness/properties/max-age/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[0-9PTptWDHMSwdhms.]+$' },
                                message: 'must match pattern "' + '^[0-9PTptWDHMSwdhms.]+$' + '"',
                                schema: '^[0-9PTptWDHMSwdhms.]+$',
                                parentSchema: schema31.properties['dr-freshness'].properties['max-age'],
                                data: data54
                            };
                            if (vErrors === null) {
                                vErrors = [err96];
                            }
                            else {
                                vErrors.push(err96);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err97 = {
                            instancePath: instancePath + '/dr-freshness/max-age',
                            schemaPath: '#/properties/dr-freshness/properties/max-age/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['dr-freshness'].properties['max-age'].type,
                            parentSchema: schema31.properties['dr-freshness'].properties['max-age'],
                            data: data54
                        };
                        if (vErrors === null) {
                            vErrors = [err97];
                        }
                        else {
                            vErrors.push(err97);
                        }
                        errors++;
                    }
                }
                if (data48['max-rpo-seconds'] !== undefined) {
                    let data55 = data48['max-rpo-seconds'];
                    if (typeof data55 == 'number') {
                        if (data55 > 31622400 || isNaN(data55)) {
                            const err98 = {
                                instancePath: instancePath + '/dr-freshness/max-rpo-seconds',
                                schemaPath: '#/properties/dr-freshness/properties/max-rpo-seconds/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 31622400 },
                                message: 'must be <= 31622400',
                                schema: 31622400,
                                parentSchema: schema31.properties['dr-freshness'].properties['max-rpo-seconds'],
                                data: data55
                            };
                            if (vErrors === null) {
                                vErrors = [err98];
                            }
                            else {
                                vErrors.push(err98);
                            }
                            errors++;
                        }
                        if (data55 < 0 || isNaN(data55)) {
                            const err99 = {
                                instancePath: instancePath + '/dr-freshness/max-rpo-seconds',
                                schemaPath: '#/properties/dr-freshness/properties/max-rpo-seconds/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0',
                                schema: 0,
                                parentSchema: schema31.properties['dr-freshness'].properties['max-rpo-seconds'],
                                data: data55
                            };
                            if (vErrors === null) {
                                vErrors = [err99];
                            }
                            else {
                                vErrors.push(err99);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err100 = {
                            instancePath: instancePath + '/dr-freshness/max-rpo-seconds',
                            schemaPath: '#/properties/dr-freshness/properties/max-rpo-seconds/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number',
                            schema: schema31.properties['dr-freshness'].properties['max-rpo-seconds'].type,
                            parentSchema: schema31.properties['dr-freshness'].properties['max-rpo-seconds'],
                            data: data55
                        };
                        if (vErrors === null) {
                            vErrors = [err100];
                        }
                        else {
                            vErrors.push(err100);
                        }
                        errors++;
                    }
                }
                if (data48['max-rto-seconds'] !== undefined) {
                    let data56 = data48['max-rto-seconds'];
                    if (typeof data56 == 'number') {
                        if (data56 > 31622400 || isNaN(data56)) {
                            const err101 = {
                                instancePath: instancePath + '/dr-freshness/max-rto-seconds',
                                schemaPath: '#/properties/dr-freshness/properties/max-rto-seconds/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 31622400 },
                                message: 'must be <= 31622400',
                                schema: 31622400,
                                parentSchema: schema31.properties['dr-freshness'].properties['max-rto-seconds'],
                                data: data56
                            };
                            if (vErrors === null) {
                                vErrors = [err101];
                            }
                            else {
                                vErrors.push(err101);
                            }
                            errors++;
                        }
                        if (data56 < 1 || isNaN(data56)) {
                            const err102 = {
                                instancePath: instancePath + '/dr-freshness/max-rto-seconds',
                                schemaPath: '#/properties/dr-freshness/properties/max-rto-seconds/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 1 },
                                message: 'must be >= 1',
                                schema: 1,
                                parentSchema: schema31.properties['dr-freshness'].properties['max-rto-seconds'],
                                data: data56
                            };
                            if (vErrors === null) {
                                vErrors = [err102];
                            }
                            else {
                                vErrors.push(err102);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err103 = {
                            instancePath: instancePath + '/dr-freshness/max-rto-seconds',
                            schemaPath: '#/properties/dr-freshness/properties/max-rto-seconds/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number',
                            schema: schema31.properties['dr-freshness'].properties['max-rto-seconds'].type,
                            parentSchema: schema31.properties['dr-freshness'].properties['max-rto-seconds'],
                            data: data56
                        };
                        if (vErrors === null) {
                            vErrors = [err103];
                        }
                        else {
                            vErrors.push(err103);
                        }
                        errors++;
                    }
                }
                if (data48.now !== undefined) {
                    let data57 = data48.now;
                    if (typeof data57 !== 'string') {
                        const err104 = {
                            instancePath: instancePath + '/dr-freshness/now',
                            schemaPath: '#/properties/dr-freshness/properties/now/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['dr-freshness'].properties.now.type,
                            parentSchema: schema31.properties['dr-freshness'].properties.now,
                            data: data57
                        };
                        if (vErrors === null) {
                            vErrors = [err104];
                        }
                        else {
                            vErrors.push(err104);
                        }
                        errors++;
                    }
                }
                if (data48['api-timeout'] !== undefined) {
                    let data58 = data48['api-timeout'];
                    if (typeof data58 === 'string') {
                        if (func2(data58) < 1) {
                            const err105 = {
                                instancePath: instancePath + '/dr-freshness/api-timeout',
                                schemaPath: '#/properties/dr-freshness/properties/api-timeout/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['dr-freshness'].properties['api-timeout'],
                                data: data58
                            };
                            if (vErrors === null) {
                                vErrors = [err105];
                            }
                            else {
                                vErrors.push(err105);
                            }
                            errors++;
                        }
                        if (!pattern7.test(data58)) {
                            const err106 = {
                                instancePath: instancePath + '/dr-freshness/api-timeout',
                                schemaPath: '#/properties/dr-freshness/properties/api-timeout/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[0-9PTptWDHMSwdhms.]+$' },
                                message: 'must match pattern "' + '^[0-9PTptWDHMSwdhms.]+$' + '"',
                                schema: '^[0-9PTptWDHMSwdhms.]+$',
                                parentSchema: schema31.properties['dr-freshness'].properties['api-timeout'],
                                data: data58
                            };
                            if (vErrors === null) {
                                vErrors = [err106];
                            }
                            else {
                                vErrors.push(err106);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err107 = {
                            instancePath: instancePath + '/dr-freshness/api-timeout',
                            schemaPath: '#/properties/dr-freshness/properties/api-timeout/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['dr-freshness'].properties['api-timeout'].type,
                            parentSchema: schema31.properties['dr-freshness'].properties['api-timeout'],
                            data: data58
                        };
                        if (vErrors === null) {
                            vErrors = [err107];
                        }
                        else {
                            vErrors.push(err107);
                        }
                        errors++;
                    }
                }
                if (data48['api-retries'] !== undefined) {
                    let data59 = data48['api-retries'];
                    if (!(typeof data59 == 'number' && !(data59 % 1) && !isNaN(data59))) {
                        const err108 = {
                            instancePath: instancePath + '/dr-freshness/api-retries',
                            schemaPath: '#/properties/dr-freshness/properties/api-retries/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer',
                            schema: schema31.properties['dr-freshness'].properties['api-retries'].type,
                            parentSchema: schema31.properties['dr-freshness'].properties['api-retries'],
                            data: data59
                        };
                        if (vErrors === null) {
                            vErrors = [err108];
                        }
                        else {
                            vErrors.push(err108);
                        }
                        errors++;
                    }
                    if (typeof data59 == 'number') {
                        if (data59 > 10 || isNaN(data59)) {
                            const err109 = {
                                instancePath: instancePath + '/dr-freshness/api-retries',
                                schemaPath: '#/properties/dr-freshness/properties/api-retries/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 10 },
                                message: 'must be <= 10',
                                schema: 10,
                                parentSchema: schema31.properties['dr-freshness'].properties['api-retries'],
                                data: data59
                            };
                            if (vErrors === null) {
                                vErrors = [err109];
                            }
                            else {
                                vErrors.push(err109);
                            }
                            errors++;
                        }
                        if (data59 < 0 || isNaN(data59)) {
                            const err110 = {
                                instancePath: instancePath + '/dr-freshness/api-retries',
                                schemaPath: '#/properties/dr-freshness/properties/api-retries/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0',
                                schema: 0,
                                parentSchema: schema31.properties['dr-freshness'].properties['api-retries'],
                                data: data59
                            };
                            if (vErrors === null) {
                                vErrors = [err110];
                            }
                            else {
                                vErrors.push(err110);
                            }
                            errors++;
                        }
                    }
                }
                if (data48.mode !== undefined) {
                    let data60 = data48.mode;
                    if (!(data60 === 'enforce' || data60 === 'audit')) {
                        const err111 = {
                            instancePath: instancePath + '/dr-freshness/mode',
                            schemaPath: '#/properties/dr-freshness/properties/mode/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema31.properties['dr-freshness'].properties.mode.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['dr-freshness'].properties.mode.enum,
                            parentSchema: schema31.properties['dr-freshness'].properties.mode,
                            data: data60
                        };
                        if (vErrors === null) {
                            vErrors = [err111];
                        }
                        else {
                            vErrors.push(err111);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err112 = {
                    instancePath: instancePath + '/dr-freshness',
                    schemaPath: '#/properties/dr-freshness/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema31.properties['dr-freshness'].type,
                    parentSchema: schema31.properties['dr-freshness'],
                    data: data48
                };
                if (vErrors === null) {
                    vErrors = [err112];
                }
                else {
                    vErrors.push(err112);
                }
                errors++;
            }
        }
        if (data['egress-check'] !== undefined) {
            let data61 = data['egress-check'];
            if (data61 && typeof data61 == 'object' && !Array.isArray(data61)) {
                for (const key8 in data61) {
                    if (!func1.call(schema31.properties['egress-check'].properties, key8)) {
                        const err113 = {
                            instancePath: instancePath + '/egress-check',
                            schemaPath: '#/properties/egress-check/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key8 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema31.properties['egress-check'],
                            data: data61
                        };
                        if (vErrors === null) {
                            vErrors = [err113];
                        }
                        else {
                            vErrors.push(err113);
                        }
                        errors++;
                    }
                }
                if (data61['allowed-endpoints'] !== undefined) {
                    let data62 = data61['allowed-endpoints'];
                    if (typeof data62 !== 'string') {
                        const err114 = {
                            instancePath: instancePath + '/egress-check/allowed-endpoints',
                            schemaPath: '#/properties/egress-check/properties/allowed-endpoints/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['egress-check'].properties['allowed-endpoints'].type,
                            parentSchema: schema31.properties['egress-check'].properties['allowed-endpoints'],
                            data: data62
                        };
                        if (vErrors === null) {
                            vErrors = [err114];
                        }
                        else {
                            vErrors.push(err114);
                        }
                        errors++;
                    }
                }
                if (data61.operation !== undefined) {
                    let data63 = data61.operation;
                    if (!(data63 === 'probe' ||
                        data63 === 'audit' ||
                        data63 === 'enforce' ||
                        data63 === 'report')) {
                        const err115 = {
                            instancePath: instancePath + '/egress-check/operation',
                            schemaPath: '#/properties/egress-check/properties/operation/enum',
                            keyword: 'enum',
                            params: {
                                allowedValues: schema31.properties['egress-check'].properties.operation.enum
                            },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['egress-check'].properties.operation.enum,
                            parentSchema: schema31.properties['egress-check'].properties.operation,
                            data: data63
                        };
                        if (vErrors === null) {
                            vErrors = [err115];
                        }
                        else {
                            vErrors.push(err115);
                        }
                        errors++;
                    }
                }
                if (data61['probe-denied'] !== undefined) {
                    let data64 = data61['probe-denied'];
                    if (typeof data64 !== 'string') {
                        const err116 = {
                            instancePath: instancePath + '/egress-check/probe-denied',
                            schemaPath: '#/properties/egress-check/properties/probe-denied/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['egress-check'].properties['probe-denied'].type,
                            parentSchema: schema31.properties['egress-check'].properties['probe-denied'],
                            data: data64
                        };
                        if (vErrors === null) {
                            vErrors = [err116];
                        }
                        else {
                            vErrors.push(err116);
                        }
                        errors++;
                    }
                }
                if (data61['probe-allowed'] !== undefined) {
                    let data65 = data61['probe-allowed'];
                    if (typeof data65 !== 'string') {
                        const err117 = {
                            instancePath: instancePath + '/egress-check/probe-allowed',
                            schemaPath: '#/properties/egress-check/properties/probe-allowed/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['egress-check'].properties['probe-allowed'].type,
                            parentSchema: schema31.properties['egress-check'].properties['probe-allowed'],
                            data: data65
                        };
                        if (vErrors === null) {
                            vErrors = [err117];
                        }
                        else {
                            vErrors.push(err117);
                        }
                        errors++;
                    }
                }
                if (data61.dns !== undefined) {
                    let data66 = data61.dns;
                    if (!(data66 === 'allowlist' || data66 === 'system')) {
                        const err118 = {
                            instancePath: instancePath + '/egress-check/dns',
                            schemaPath: '#/properties/egress-check/properties/dns/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema31.properties['egress-check'].properties.dns.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['egress-check'].properties.dns.enum,
                            parentSchema: schema31.properties['egress-check'].properties.dns,
                            data: data66
                        };
                        if (vErrors === null) {
                            vErrors = [err118];
                        }
                        else {
                            vErrors.push(err118);
                        }
                        errors++;
                    }
                }
                if (data61.ipv6 !== undefined) {
                    let data67 = data61.ipv6;
                    if (!(data67 === 'block' || data67 === 'allowlist')) {
                        const err119 = {
                            instancePath: instancePath + '/egress-check/ipv6',
                            schemaPath: '#/properties/egress-check/properties/ipv6/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema31.properties['egress-check'].properties.ipv6.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['egress-check'].properties.ipv6.enum,
                            parentSchema: schema31.properties['egress-check'].properties.ipv6,
                            data: data67
                        };
                        if (vErrors === null) {
                            vErrors = [err119];
                        }
                        else {
                            vErrors.push(err119);
                        }
                        errors++;
                    }
                }
                if (data61['timeout-ms'] !== undefined) {
                    let data68 = data61['timeout-ms'];
                    if (!(typeof data68 == 'number' && !(data68 % 1) && !isNaN(data68))) {
                        const err120 = {
                            instancePath: instancePath + '/egress-check/timeout-ms',
                            schemaPath: '#/properties/egress-check/properties/timeout-ms/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer',
                            schema: schema31.properties['egress-check'].properties['timeout-ms'].type,
                            parentSchema: schema31.properties['egress-check'].properties['timeout-ms'],
                            data: data68
                        };
                        if (vErrors === null) {
                            vErrors = [err120];
                        }
                        else {
                            vErrors.push(err120);
                        }
                        errors++;
                    }
                    if (typeof data68 == 'number') {
                        if (data68 > 60000 || isNaN(data68)) {
                            const err121 = {
                                instancePath: instancePath + '/egress-check/timeout-ms',
                                schemaPath: '#/properties/egress-check/properties/timeout-ms/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 60000 },
                                message: 'must be <= 60000',
                                schema: 60000,
                                parentSchema: schema31.properties['egress-check'].properties['timeout-ms'],
                                data: data68
                            };
                            if (vErrors === null) {
                                vErrors = [err121];
                            }
                            else {
                                vErrors.push(err121);
                            }
                            errors++;
                        }
                        if (data68 < 100 || isNaN(data68)) {
                            const err122 = {
                                instancePath: instancePath + '/egress-check/timeout-ms',
                                schemaPath: '#/properties/egress-check/properties/timeout-ms/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 100 },
                                message: 'must be >= 100',
                                schema: 100,
                                parentSchema: schema31.properties['egress-check'].properties['timeout-ms'],
                                data: data68
                            };
                            if (vErrors === null) {
                                vErrors = [err122];
                            }
                            else {
                                vErrors.push(err122);
                            }
                            errors++;
                        }
                    }
                }
                if (data61['allow-runner-endpoints'] !== undefined) {
                    let data69 = data61['allow-runner-endpoints'];
                    if (typeof data69 !== 'boolean') {
                        const err123 = {
                            instancePath: instancePath + '/egress-check/allow-runner-endpoints',
                            schemaPath: '#/properties/egress-check/properties/allow-runner-endpoints/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema31.properties['egress-check'].properties['allow-runner-endpoints'].type,
                            parentSchema: schema31.properties['egress-check'].properties['allow-runner-endpoints'],
                            data: data69
                        };
                        if (vErrors === null) {
                            vErrors = [err123];
                        }
                        else {
                            vErrors.push(err123);
                        }
                        errors++;
                    }
                }
                if (data61['dns-upstream'] !== undefined) {
                    let data70 = data61['dns-upstream'];
                    const _errs160 = errors;
                    let valid28 = false;
                    let passing5 = null;
                    const _errs161 = errors;
                    if (Array.isArray(data70)) {
                        const len7 = data70.length;
                        for (let i7 = 0; i7 < len7; i7++) {
                            let data71 = data70[i7];
                            if (typeof data71 === 'string') {
                                if (func2(data71) < 1) {
                                    const err124 = {
                                        instancePath: instancePath + '/egress-check/dns-upstream/' + i7,
                                        schemaPath: '#/properties/egress-check/properties/dns-upstream/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['egress-check'].properties['dns-upstream'].oneOf[0].items,
                                        data: data71
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err124];
                                    }
                                    else {
                                        vErrors.push(err124);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err125 = {
                                    instancePath: instancePath + '/egress-check/dns-upstream/' + i7,
                                    schemaPath: '#/properties/egress-check/properties/dns-upstream/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['egress-check'].properties['dns-upstream'].oneOf[0].items
                                        .type,
                                    parentSchema: schema31.properties['egress-check'].properties['dns-upstream'].oneOf[0].items,
                                    data: data71
                                };
                                if (vErrors === null) {
                                    vErrors = [err125];
                                }
                                else {
                                    vErrors.push(err125);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err126 = {
                            instancePath: instancePath + '/egress-check/dns-upstream',
                            schemaPath: '#/properties/egress-check/properties/dns-upstream/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['egress-check'].properties['dns-upstream'].oneOf[0].type,
                            parentSchema: schema31.properties['egress-check'].properties['dns-upstream'].oneOf[0],
                            data: data70
                        };
                        if (vErrors === null) {
                            vErrors = [err126];
                        }
                        else {
                            vErrors.push(err126);
                        }
                        errors++;
                    }
                    var _valid5 = _errs161 === errors;
                    if (_valid5) {
                        valid28 = true;
                        passing5 = 0;
                    }
                    const _errs165 = errors;
                    if (typeof data70 === 'string') {
                        if (func2(data70) < 1) {
                            const err127 = {
                                instancePath: instancePath + '/egress-check/dns-upstream',
                                schemaPath: '#/properties/egress-check/properties/dns-upstream/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['egress-check'].properties['dns-upstream'].oneOf[1],
                                data: data70
                            };
                            if (vErrors === null) {
                                vErrors = [err127];
                            }
                            else {
                                vErrors.push(err127);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err128 = {
                            instancePath: instancePath + '/egress-check/dns-upstream',
                            schemaPath: '#/properties/egress-check/properties/dns-upstream/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['egress-check'].properties['dns-upstream'].oneOf[1].type,
                            parentSchema: schema31.properties['egress-check'].properties['dns-upstream'].oneOf[1],
                            data: data70
                        };
                        if (vErrors === null) {
                            vErrors = [err128];
                        }
                        else {
                            vErrors.push(err128);
                        }
                        errors++;
                    }
                    var _valid5 = _errs165 === errors;
                    if (_valid5 && valid28) {
                        valid28 = false;
                        passing5 = [passing5, 1];
                    }
                    else {
                        if (_valid5) {
                            valid28 = true;
                            passing5 = 1;
                        }
                    }
                    if (!valid28) {
                        const err129 = {
                            instancePath: instancePath + '/egress-check/dns-upstream',
                            schemaPath: '#/properties/egress-check/properties/dns-upstream/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing5 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['egress-check'].properties['dns-upstream'].oneOf,
                            parentSchema: schema31.properties['egress-check'].properties['dns-upstream'],
                            data: data70
                        };
                        if (vErrors === null) {
                            vErrors = [err129];
                        }
                        else {
                            vErrors.push(err129);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs160;
                        if (vErrors !== null) {
                            if (_errs160) {
                                vErrors.length = _errs160;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data61['dns-listen'] !== undefined) {
                    let data72 = data61['dns-listen'];
                    const _errs168 = errors;
                    let valid31 = false;
                    let passing6 = null;
                    const _errs169 = errors;
                    if (Array.isArray(data72)) {
                        const len8 = data72.length;
                        for (let i8 = 0; i8 < len8; i8++) {
                            let data73 = data72[i8];
                            if (typeof data73 === 'string') {
                                if (func2(data73) < 1) {
                                    const err130 = {
                                        instancePath: instancePath + '/egress-check/dns-listen/' + i8,
                                        schemaPath: '#/properties/egress-check/properties/dns-listen/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['egress-check'].properties['dns-listen'].oneOf[0].items,
                                        data: data73
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err130];
                                    }
                                    else {
                                        vErrors.push(err130);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err131 = {
                                    instancePath: instancePath + '/egress-check/dns-listen/' + i8,
                                    schemaPath: '#/properties/egress-check/properties/dns-listen/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['egress-check'].properties['dns-listen'].oneOf[0].items
                                        .type,
                                    parentSchema: schema31.properties['egress-check'].properties['dns-listen'].oneOf[0].items,
                                    data: data73
                                };
                                if (vErrors === null) {
                                    vErrors = [err131];
                                }
                                else {
                                    vErrors.push(err131);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err132 = {
                            instancePath: instancePath + '/egress-check/dns-listen',
                            schemaPath: '#/properties/egress-check/properties/dns-listen/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['egress-check'].properties['dns-listen'].oneOf[0].type,
                            parentSchema: schema31.properties['egress-check'].properties['dns-listen'].oneOf[0],
                            data: data72
                        };
                        if (vErrors === null) {
                            vErrors = [err132];
                        }
                        else {
                            vErrors.push(err132);
                        }
                        errors++;
                    }
                    var _valid6 = _errs169 === errors;
                    if (_valid6) {
                        valid31 = true;
                        passing6 = 0;
                    }
                    const _errs173 = errors;
                    if (typeof data72 === 'string') {
                        if (func2(data72) < 1) {
                            const err133 = {
                                instancePath: instancePath + '/egress-check/dns-listen',
                                schemaPath: '#/properties/egress-check/properties/dns-listen/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['egress-check'].properties['dns-listen'].oneOf[1],
                                data: data72
                            };
                            if (vErrors === null) {
                                vErrors = [err133];
                            }
                            else {
                                vErrors.push(err133);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err134 = {
                            instancePath: instancePath + '/egress-check/dns-listen',
                            schemaPath: '#/properties/egress-check/properties/dns-listen/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['egress-check'].properties['dns-listen'].oneOf[1].type,
                            parentSchema: schema31.properties['egress-check'].properties['dns-listen'].oneOf[1],
                            data: data72
                        };
                        if (vErrors === null) {
                            vErrors = [err134];
                        }
                        else {
                            vErrors.push(err134);
                        }
                        errors++;
                    }
                    var _valid6 = _errs173 === errors;
                    if (_valid6 && valid31) {
                        valid31 = false;
                        passing6 = [passing6, 1];
                    }
                    else {
                        if (_valid6) {
                            valid31 = true;
                            passing6 = 1;
                        }
                    }
                    if (!valid31) {
                        const err135 = {
                            instancePath: instancePath + '/egress-check/dns-listen',
                            schemaPath: '#/properties/egress-check/properties/dns-listen/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing6 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['egress-check'].properties['dns-listen'].oneOf,
                            parentSchema: schema31.properties['egress-check'].properties['dns-listen'],
                            data: data72
                        };
                        if (vErrors === null) {
                            vErrors = [err135];
                        }
                        else {
                            vErrors.push(err135);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs168;
                        if (vErrors !== null) {
                            if (_errs168) {
                                vErrors.length = _errs168;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data61['keep-policy'] !== undefined) {
                    let data74 = data61['keep-policy'];
                    if (typeof data74 !== 'boolean') {
                        const err136 = {
                            instancePath: instancePath + '/egress-check/keep-policy',
                            schemaPath: '#/properties/egress-check/properties/keep-policy/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema31.properties['egress-check'].properties['keep-policy'].type,
                            parentSchema: schema31.properties['egress-check'].properties['keep-policy'],
                            data: data74
                        };
                        if (vErrors === null) {
                            vErrors = [err136];
                        }
                        else {
                            vErrors.push(err136);
                        }
                        errors++;
                    }
                }
                if (data61.mode !== undefined) {
                    let data75 = data61.mode;
                    if (!(data75 === 'enforce' || data75 === 'audit')) {
                        const err137 = {
                            instancePath: instancePath + '/egress-check/mode',
                            schemaPath: '#/properties/egress-check/properties/mode/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema31.properties['egress-check'].properties.mode.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['egress-check'].properties.mode.enum,
                            parentSchema: schema31.properties['egress-check'].properties.mode,
                            data: data75
                        };
                        if (vErrors === null) {
                            vErrors = [err137];
                        }
                        else {
                            vErrors.push(err137);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err138 = {
                    instancePath: instancePath + '/egress-check',
                    schemaPath: '#/properties/egress-check/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema31.properties['egress-check'].type,
                    parentSchema: schema31.properties['egress-check'],
                    data: data61
                };
                if (vErrors === null) {
                    vErrors = [err138];
                }
                else {
                    vErrors.push(err138);
                }
                errors++;
            }
        }
        if (data['evidence-bundle'] !== undefined) {
            let data76 = data['evidence-bundle'];
            if (data76 && typeof data76 == 'object' && !Array.isArray(data76)) {
                for (const key9 in data76) {
                    if (!func1.call(schema31.properties['evidence-bundle'].properties, key9)) {
                        const err139 = {
                            instancePath: instancePath + '/evidence-bundle',
                            schemaPath: '#/properties/evidence-bundle/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key9 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema31.properties['evidence-bundle'],
                            data: data76
                        };
                        if (vErrors === null) {
                            vErrors = [err139];
                        }
                        else {
                            vErrors.push(err139);
                        }
                        errors++;
                    }
                }
                if (data76['subject-path'] !== undefined) {
                    let data77 = data76['subject-path'];
                    const _errs182 = errors;
                    let valid35 = false;
                    let passing7 = null;
                    const _errs183 = errors;
                    if (Array.isArray(data77)) {
                        const len9 = data77.length;
                        for (let i9 = 0; i9 < len9; i9++) {
                            let data78 = data77[i9];
                            if (typeof data78 === 'string') {
                                if (func2(data78) < 1) {
                                    const err140 = {
                                        instancePath: instancePath + '/evidence-bundle/subject-path/' + i9,
                                        schemaPath: '#/properties/evidence-bundle/properties/subject-path/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['evidence-bundle'].properties['subject-path'].oneOf[0]
                                            .items,
                                        data: data78
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err140];
                                    }
                                    else {
                                        vErrors.push(err140);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err141 = {
                                    instancePath: instancePath + '/evidence-bundle/subject-path/' + i9,
                                    schemaPath: '#/properties/evidence-bundle/properties/subject-path/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['evidence-bundle'].properties['subject-path'].oneOf[0].items
                                        .type,
                                    parentSchema: schema31.properties['evidence-bundle'].properties['subject-path'].oneOf[0]
                                        .items,
                                    data: data78
                                };
                                if (vErrors === null) {
                                    vErrors = [err141];
                                }
                                else {
                                    vErrors.push(err141);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err142 = {
                            instancePath: instancePath + '/evidence-bundle/subject-path',
                            schemaPath: '#/properties/evidence-bundle/properties/subject-path/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['evidence-bundle'].properties['subject-path'].oneOf[0].type,
                            parentSchema: schema31.properties['evidence-bundle'].properties['subject-path'].oneOf[0],
                            data: data77
                        };
                        if (vErrors === null) {
                            vErrors = [err142];
                        }
                        else {
                            vErrors.push(err142);
                        }
                        errors++;
                    }
                    var _valid7 = _errs183 === errors;
                    if (_valid7) {
                        valid35 = true;
                        passing7 = 0;
                    }
                    const _errs187 = errors;
                    if (typeof data77 === 'string') {
                        if (func2(data77) < 1) {
                            const err143 = {
                                instancePath: instancePath + '/evidence-bundle/subject-path',
                                schemaPath: '#/properties/evidence-bundle/properties/subject-path/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['evidence-bundle'].properties['subject-path'].oneOf[1],
                                data: data77
                            };
                            if (vErrors === null) {
                                vErrors = [err143];
                            }
                            else {
                                vErrors.push(err143);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err144 = {
                            instancePath: instancePath + '/evidence-bundle/subject-path',
                            schemaPath: '#/properties/evidence-bundle/properties/subject-path/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-bundle'].properties['subject-path'].oneOf[1].type,
                            parentSchema: schema31.properties['evidence-bundle'].properties['subject-path'].oneOf[1],
                            data: data77
                        };
                        if (vErrors === null) {
                            vErrors = [err144];
                        }
                        else {
                            vErrors.push(err144);
                        }
                        errors++;
                    }
                    var _valid7 = _errs187 === errors;
                    if (_valid7 && valid35) {
                        valid35 = false;
                        passing7 = [passing7, 1];
                    }
                    else {
                        if (_valid7) {
                            valid35 = true;
                            passing7 = 1;
                        }
                    }
                    if (!valid35) {
                        const err145 = {
                            instancePath: instancePath + '/evidence-bundle/subject-path',
                            schemaPath: '#/properties/evidence-bundle/properties/subject-path/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing7 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['evidence-bundle'].properties['subject-path'].oneOf,
                            parentSchema: schema31.properties['evidence-bundle'].properties['subject-path'],
                            data: data77
                        };
                        if (vErrors === null) {
                            vErrors = [err145];
                        }
                        else {
                            vErrors.push(err145);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs182;
                        if (vErrors !== null) {
                            if (_errs182) {
                                vErrors.length = _errs182;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data76['subject-digest'] !== undefined) {
                    let data79 = data76['subject-digest'];
                    if (typeof data79 !== 'string') {
                        const err146 = {
                            instancePath: instancePath + '/evidence-bundle/subject-digest',
                            schemaPath: '#/properties/evidence-bundle/properties/subject-digest/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-bundle'].properties['subject-digest'].type,
                            parentSchema: schema31.properties['evidence-bundle'].properties['subject-digest'],
                            data: data79
                        };
                        if (vErrors === null) {
                            vErrors = [err146];
                        }
                        else {
                            vErrors.push(err146);
                        }
                        errors++;
                    }
                }
                if (data76['subject-name'] !== undefined) {
                    let data80 = data76['subject-name'];
                    if (typeof data80 !== 'string') {
                        const err147 = {
                            instancePath: instancePath + '/evidence-bundle/subject-name',
                            schemaPath: '#/properties/evidence-bundle/properties/subject-name/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-bundle'].properties['subject-name'].type,
                            parentSchema: schema31.properties['evidence-bundle'].properties['subject-name'],
                            data: data80
                        };
                        if (vErrors === null) {
                            vErrors = [err147];
                        }
                        else {
                            vErrors.push(err147);
                        }
                        errors++;
                    }
                }
                if (data76.signing !== undefined) {
                    let data81 = data76.signing;
                    if (!(data81 === 'sigstore' || data81 === 'key')) {
                        const err148 = {
                            instancePath: instancePath + '/evidence-bundle/signing',
                            schemaPath: '#/properties/evidence-bundle/properties/signing/enum',
                            keyword: 'enum',
                            params: {
                                allowedValues: schema31.properties['evidence-bundle'].properties.signing.enum
                            },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['evidence-bundle'].properties.signing.enum,
                            parentSchema: schema31.properties['evidence-bundle'].properties.signing,
                            data: data81
                        };
                        if (vErrors === null) {
                            vErrors = [err148];
                        }
                        else {
                            vErrors.push(err148);
                        }
                        errors++;
                    }
                }
                if (data76['sigstore-instance'] !== undefined) {
                    let data82 = data76['sigstore-instance'];
                    if (!(data82 === 'auto' || data82 === 'public-good' || data82 === 'github')) {
                        const err149 = {
                            instancePath: instancePath + '/evidence-bundle/sigstore-instance',
                            schemaPath: '#/properties/evidence-bundle/properties/sigstore-instance/enum',
                            keyword: 'enum',
                            params: {
                                allowedValues: schema31.properties['evidence-bundle'].properties['sigstore-instance'].enum
                            },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['evidence-bundle'].properties['sigstore-instance'].enum,
                            parentSchema: schema31.properties['evidence-bundle'].properties['sigstore-instance'],
                            data: data82
                        };
                        if (vErrors === null) {
                            vErrors = [err149];
                        }
                        else {
                            vErrors.push(err149);
                        }
                        errors++;
                    }
                }
                if (data76.bundle !== undefined) {
                    let data83 = data76.bundle;
                    if (typeof data83 !== 'string') {
                        const err150 = {
                            instancePath: instancePath + '/evidence-bundle/bundle',
                            schemaPath: '#/properties/evidence-bundle/properties/bundle/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-bundle'].properties.bundle.type,
                            parentSchema: schema31.properties['evidence-bundle'].properties.bundle,
                            data: data83
                        };
                        if (vErrors === null) {
                            vErrors = [err150];
                        }
                        else {
                            vErrors.push(err150);
                        }
                        errors++;
                    }
                }
                if (data76['evidence-dir'] !== undefined) {
                    let data84 = data76['evidence-dir'];
                    if (typeof data84 !== 'string') {
                        const err151 = {
                            instancePath: instancePath + '/evidence-bundle/evidence-dir',
                            schemaPath: '#/properties/evidence-bundle/properties/evidence-dir/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-bundle'].properties['evidence-dir'].type,
                            parentSchema: schema31.properties['evidence-bundle'].properties['evidence-dir'],
                            data: data84
                        };
                        if (vErrors === null) {
                            vErrors = [err151];
                        }
                        else {
                            vErrors.push(err151);
                        }
                        errors++;
                    }
                }
                if (data76['artifact-pattern'] !== undefined) {
                    let data85 = data76['artifact-pattern'];
                    if (typeof data85 !== 'string') {
                        const err152 = {
                            instancePath: instancePath + '/evidence-bundle/artifact-pattern',
                            schemaPath: '#/properties/evidence-bundle/properties/artifact-pattern/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-bundle'].properties['artifact-pattern'].type,
                            parentSchema: schema31.properties['evidence-bundle'].properties['artifact-pattern'],
                            data: data85
                        };
                        if (vErrors === null) {
                            vErrors = [err152];
                        }
                        else {
                            vErrors.push(err152);
                        }
                        errors++;
                    }
                }
                if (data76['run-id'] !== undefined) {
                    let data86 = data76['run-id'];
                    if (typeof data86 !== 'string') {
                        const err153 = {
                            instancePath: instancePath + '/evidence-bundle/run-id',
                            schemaPath: '#/properties/evidence-bundle/properties/run-id/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-bundle'].properties['run-id'].type,
                            parentSchema: schema31.properties['evidence-bundle'].properties['run-id'],
                            data: data86
                        };
                        if (vErrors === null) {
                            vErrors = [err153];
                        }
                        else {
                            vErrors.push(err153);
                        }
                        errors++;
                    }
                }
                if (data76.repository !== undefined) {
                    let data87 = data76.repository;
                    if (typeof data87 !== 'string') {
                        const err154 = {
                            instancePath: instancePath + '/evidence-bundle/repository',
                            schemaPath: '#/properties/evidence-bundle/properties/repository/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-bundle'].properties.repository.type,
                            parentSchema: schema31.properties['evidence-bundle'].properties.repository,
                            data: data87
                        };
                        if (vErrors === null) {
                            vErrors = [err154];
                        }
                        else {
                            vErrors.push(err154);
                        }
                        errors++;
                    }
                }
                if (data76.tests !== undefined) {
                    let data88 = data76.tests;
                    if (typeof data88 !== 'string') {
                        const err155 = {
                            instancePath: instancePath + '/evidence-bundle/tests',
                            schemaPath: '#/properties/evidence-bundle/properties/tests/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-bundle'].properties.tests.type,
                            parentSchema: schema31.properties['evidence-bundle'].properties.tests,
                            data: data88
                        };
                        if (vErrors === null) {
                            vErrors = [err155];
                        }
                        else {
                            vErrors.push(err155);
                        }
                        errors++;
                    }
                }
                if (data76['sbom-uri'] !== undefined) {
                    let data89 = data76['sbom-uri'];
                    if (typeof data89 !== 'string') {
                        const err156 = {
                            instancePath: instancePath + '/evidence-bundle/sbom-uri',
                            schemaPath: '#/properties/evidence-bundle/properties/sbom-uri/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-bundle'].properties['sbom-uri'].type,
                            parentSchema: schema31.properties['evidence-bundle'].properties['sbom-uri'],
                            data: data89
                        };
                        if (vErrors === null) {
                            vErrors = [err156];
                        }
                        else {
                            vErrors.push(err156);
                        }
                        errors++;
                    }
                }
                if (data76['provenance-uri'] !== undefined) {
                    let data90 = data76['provenance-uri'];
                    if (typeof data90 !== 'string') {
                        const err157 = {
                            instancePath: instancePath + '/evidence-bundle/provenance-uri',
                            schemaPath: '#/properties/evidence-bundle/properties/provenance-uri/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-bundle'].properties['provenance-uri'].type,
                            parentSchema: schema31.properties['evidence-bundle'].properties['provenance-uri'],
                            data: data90
                        };
                        if (vErrors === null) {
                            vErrors = [err157];
                        }
                        else {
                            vErrors.push(err157);
                        }
                        errors++;
                    }
                }
                if (data76['signature-uri'] !== undefined) {
                    let data91 = data76['signature-uri'];
                    if (typeof data91 !== 'string') {
                        const err158 = {
                            instancePath: instancePath + '/evidence-bundle/signature-uri',
                            schemaPath: '#/properties/evidence-bundle/properties/signature-uri/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-bundle'].properties['signature-uri'].type,
                            parentSchema: schema31.properties['evidence-bundle'].properties['signature-uri'],
                            data: data91
                        };
                        if (vErrors === null) {
                            vErrors = [err158];
                        }
                        else {
                            vErrors.push(err158);
                        }
                        errors++;
                    }
                }
                if (data76['vex-uri'] !== undefined) {
                    let data92 = data76['vex-uri'];
                    if (typeof data92 !== 'string') {
                        const err159 = {
                            instancePath: instancePath + '/evidence-bundle/vex-uri',
                            schemaPath: '#/properties/evidence-bundle/properties/vex-uri/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-bundle'].properties['vex-uri'].type,
                            parentSchema: schema31.properties['evidence-bundle'].properties['vex-uri'],
                            data: data92
                        };
                        if (vErrors === null) {
                            vErrors = [err159];
                        }
                        else {
                            vErrors.push(err159);
                        }
                        errors++;
                    }
                }
                if (data76['push-to-attestations'] !== undefined) {
                    let data93 = data76['push-to-attestations'];
                    if (typeof data93 !== 'boolean') {
                        const err160 = {
                            instancePath: instancePath + '/evidence-bundle/push-to-attestations',
                            schemaPath: '#/properties/evidence-bundle/properties/push-to-attestations/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema31.properties['evidence-bundle'].properties['push-to-attestations'].type,
                            parentSchema: schema31.properties['evidence-bundle'].properties['push-to-attestations'],
                            data: data93
                        };
                        if (vErrors === null) {
                            vErrors = [err160];
                        }
                        else {
                            vErrors.push(err160);
                        }
                        errors++;
                    }
                }
                if (data76['push-to-registry'] !== undefined) {
                    let data94 = data76['push-to-registry'];
                    if (typeof data94 !== 'boolean') {
                        const err161 = {
                            instancePath: instancePath + '/evidence-bundle/push-to-registry',
                            schemaPath: '#/properties/evidence-bundle/properties/push-to-registry/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema31.properties['evidence-bundle'].properties['push-to-registry'].type,
                            parentSchema: schema31.properties['evidence-bundle'].properties['push-to-registry'],
                            data: data94
                        };
                        if (vErrors === null) {
                            vErrors = [err161];
                        }
                        else {
                            vErrors.push(err161);
                        }
                        errors++;
                    }
                }
                if (data76['registry-username'] !== undefined) {
                    let data95 = data76['registry-username'];
                    if (typeof data95 !== 'string') {
                        const err162 = {
                            instancePath: instancePath + '/evidence-bundle/registry-username',
                            schemaPath: '#/properties/evidence-bundle/properties/registry-username/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-bundle'].properties['registry-username'].type,
                            parentSchema: schema31.properties['evidence-bundle'].properties['registry-username'],
                            data: data95
                        };
                        if (vErrors === null) {
                            vErrors = [err162];
                        }
                        else {
                            vErrors.push(err162);
                        }
                        errors++;
                    }
                }
                if (data76.insecure !== undefined) {
                    let data96 = data76.insecure;
                    if (typeof data96 !== 'boolean') {
                        const err163 = {
                            instancePath: instancePath + '/evidence-bundle/insecure',
                            schemaPath: '#/properties/evidence-bundle/properties/insecure/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema31.properties['evidence-bundle'].properties.insecure.type,
                            parentSchema: schema31.properties['evidence-bundle'].properties.insecure,
                            data: data96
                        };
                        if (vErrors === null) {
                            vErrors = [err163];
                        }
                        else {
                            vErrors.push(err163);
                        }
                        errors++;
                    }
                }
                if (data76.timeout !== undefined) {
                    let data97 = data76.timeout;
                    if (typeof data97 === 'string') {
                        if (func2(data97) < 1) {
                            const err164 = {
                                instancePath: instancePath + '/evidence-bundle/timeout',
                                schemaPath: '#/properties/evidence-bundle/properties/timeout/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['evidence-bundle'].properties.timeout,
                                data: data97
                            };
                            if (vErrors === null) {
                                vErrors = [err164];
                            }
                            else {
                                vErrors.push(err164);
                            }
                            errors++;
                        }
                        if (!pattern7.test(data97)) {
                            const err165 = {
                                instancePath: instancePath + '/evidence-bundle/timeout',
                                schemaPath: '#/properties/evidence-bundle/properties/timeout/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[0-9PTptWDHMSwdhms.]+$' },
                                message: 'must match pattern "' + '^[0-9PTptWDHMSwdhms.]+$' + '"',
                                schema: '^[0-9PTptWDHMSwdhms.]+$',
                                parentSchema: schema31.properties['evidence-bundle'].properties.timeout,
                                data: data97
                            };
                            if (vErrors === null) {
                                vErrors = [err165];
                            }
                            else {
                                vErrors.push(err165);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err166 = {
                            instancePath: instancePath + '/evidence-bundle/timeout',
                            schemaPath: '#/properties/evidence-bundle/properties/timeout/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-bundle'].properties.timeout.type,
                            parentSchema: schema31.properties['evidence-bundle'].properties.timeout,
                            data: data97
                        };
                        if (vErrors === null) {
                            vErrors = [err166];
                        }
                        else {
                            vErrors.push(err166);
                        }
                        errors++;
                    }
                }
                if (data76.mode !== undefined) {
                    let data98 = data76.mode;
                    if (!(data98 === 'enforce' || data98 === 'audit')) {
                        const err167 = {
                            instancePath: instancePath + '/evidence-bundle/mode',
                            schemaPath: '#/properties/evidence-bundle/properties/mode/enum',
                            keyword: 'enum',
                            params: {
                                allowedValues: schema31.properties['evidence-bundle'].properties.mode.enum
                            },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['evidence-bundle'].properties.mode.enum,
                            parentSchema: schema31.properties['evidence-bundle'].properties.mode,
                            data: data98
                        };
                        if (vErrors === null) {
                            vErrors = [err167];
                        }
                        else {
                            vErrors.push(err167);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err168 = {
                    instancePath: instancePath + '/evidence-bundle',
                    schemaPath: '#/properties/evidence-bundle/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema31.properties['evidence-bundle'].type,
                    parentSchema: schema31.properties['evidence-bundle'],
                    data: data76
                };
                if (vErrors === null) {
                    vErrors = [err168];
                }
                else {
                    vErrors.push(err168);
                }
                errors++;
            }
        }
        if (data['evidence-verify'] !== undefined) {
            let data99 = data['evidence-verify'];
            if (data99 && typeof data99 == 'object' && !Array.isArray(data99)) {
                for (const key10 in data99) {
                    if (!func1.call(schema31.properties['evidence-verify'].properties, key10)) {
                        const err169 = {
                            instancePath: instancePath + '/evidence-verify',
                            schemaPath: '#/properties/evidence-verify/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key10 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema31.properties['evidence-verify'],
                            data: data99
                        };
                        if (vErrors === null) {
                            vErrors = [err169];
                        }
                        else {
                            vErrors.push(err169);
                        }
                        errors++;
                    }
                }
                if (data99['subject-path'] !== undefined) {
                    let data100 = data99['subject-path'];
                    const _errs230 = errors;
                    let valid39 = false;
                    let passing8 = null;
                    const _errs231 = errors;
                    if (Array.isArray(data100)) {
                        const len10 = data100.length;
                        for (let i10 = 0; i10 < len10; i10++) {
                            let data101 = data100[i10];
                            if (typeof data101 === 'string') {
                                if (func2(data101) < 1) {
                                    const err170 = {
                                        instancePath: instancePath + '/evidence-verify/subject-path/' + i10,
                                        schemaPath: '#/properties/evidence-verify/properties/subject-path/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['evidence-verify'].properties['subject-path'].oneOf[0]
                                            .items,
                                        data: data101
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err170];
                                    }
                                    else {
                                        vErrors.push(err170);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err171 = {
                                    instancePath: instancePath + '/evidence-verify/subject-path/' + i10,
                                    schemaPath: '#/properties/evidence-verify/properties/subject-path/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['evidence-verify'].properties['subject-path'].oneOf[0].items
                                        .type,
                                    parentSchema: schema31.properties['evidence-verify'].properties['subject-path'].oneOf[0]
                                        .items,
                                    data: data101
                                };
                                if (vErrors === null) {
                                    vErrors = [err171];
                                }
                                else {
                                    vErrors.push(err171);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err172 = {
                            instancePath: instancePath + '/evidence-verify/subject-path',
                            schemaPath: '#/properties/evidence-verify/properties/subject-path/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['evidence-verify'].properties['subject-path'].oneOf[0].type,
                            parentSchema: schema31.properties['evidence-verify'].properties['subject-path'].oneOf[0],
                            data: data100
                        };
                        if (vErrors === null) {
                            vErrors = [err172];
                        }
                        else {
                            vErrors.push(err172);
                        }
                        errors++;
                    }
                    var _valid8 = _errs231 === errors;
                    if (_valid8) {
                        valid39 = true;
                        passing8 = 0;
                    }
                    const _errs235 = errors;
                    if (typeof data100 === 'string') {
                        if (func2(data100) < 1) {
                            const err173 = {
                                instancePath: instancePath + '/evidence-verify/subject-path',
                                schemaPath: '#/properties/evidence-verify/properties/subject-path/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['evidence-verify'].properties['subject-path'].oneOf[1],
                                data: data100
                            };
                            if (vErrors === null) {
                                vErrors = [err173];
                            }
                            else {
                                vErrors.push(err173);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err174 = {
                            instancePath: instancePath + '/evidence-verify/subject-path',
                            schemaPath: '#/properties/evidence-verify/properties/subject-path/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-verify'].properties['subject-path'].oneOf[1].type,
                            parentSchema: schema31.properties['evidence-verify'].properties['subject-path'].oneOf[1],
                            data: data100
                        };
                        if (vErrors === null) {
                            vErrors = [err174];
                        }
                        else {
                            vErrors.push(err174);
                        }
                        errors++;
                    }
                    var _valid8 = _errs235 === errors;
                    if (_valid8 && valid39) {
                        valid39 = false;
                        passing8 = [passing8, 1];
                    }
                    else {
                        if (_valid8) {
                            valid39 = true;
                            passing8 = 1;
                        }
                    }
                    if (!valid39) {
                        const err175 = {
                            instancePath: instancePath + '/evidence-verify/subject-path',
                            schemaPath: '#/properties/evidence-verify/properties/subject-path/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing8 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['evidence-verify'].properties['subject-path'].oneOf,
                            parentSchema: schema31.properties['evidence-verify'].properties['subject-path'],
                            data: data100
                        };
                        if (vErrors === null) {
                            vErrors = [err175];
                        }
                        else {
                            vErrors.push(err175);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs230;
                        if (vErrors !== null) {
                            if (_errs230) {
                                vErrors.length = _errs230;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data99['subject-digest'] !== undefined) {
                    let data102 = data99['subject-digest'];
                    if (typeof data102 !== 'string') {
                        const err176 = {
                            instancePath: instancePath + '/evidence-verify/subject-digest',
                            schemaPath: '#/properties/evidence-verify/properties/subject-digest/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-verify'].properties['subject-digest'].type,
                            parentSchema: schema31.properties['evidence-verify'].properties['subject-digest'],
                            data: data102
                        };
                        if (vErrors === null) {
                            vErrors = [err176];
                        }
                        else {
                            vErrors.push(err176);
                        }
                        errors++;
                    }
                }
                if (data99.bundle !== undefined) {
                    let data103 = data99.bundle;
                    if (typeof data103 !== 'string') {
                        const err177 = {
                            instancePath: instancePath + '/evidence-verify/bundle',
                            schemaPath: '#/properties/evidence-verify/properties/bundle/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-verify'].properties.bundle.type,
                            parentSchema: schema31.properties['evidence-verify'].properties.bundle,
                            data: data103
                        };
                        if (vErrors === null) {
                            vErrors = [err177];
                        }
                        else {
                            vErrors.push(err177);
                        }
                        errors++;
                    }
                }
                if (data99.lookup !== undefined) {
                    let data104 = data99.lookup;
                    if (!(data104 === 'file' || data104 === 'attestations' || data104 === 'referrers')) {
                        const err178 = {
                            instancePath: instancePath + '/evidence-verify/lookup',
                            schemaPath: '#/properties/evidence-verify/properties/lookup/enum',
                            keyword: 'enum',
                            params: {
                                allowedValues: schema31.properties['evidence-verify'].properties.lookup.enum
                            },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['evidence-verify'].properties.lookup.enum,
                            parentSchema: schema31.properties['evidence-verify'].properties.lookup,
                            data: data104
                        };
                        if (vErrors === null) {
                            vErrors = [err178];
                        }
                        else {
                            vErrors.push(err178);
                        }
                        errors++;
                    }
                }
                if (data99.image !== undefined) {
                    let data105 = data99.image;
                    if (typeof data105 !== 'string') {
                        const err179 = {
                            instancePath: instancePath + '/evidence-verify/image',
                            schemaPath: '#/properties/evidence-verify/properties/image/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-verify'].properties.image.type,
                            parentSchema: schema31.properties['evidence-verify'].properties.image,
                            data: data105
                        };
                        if (vErrors === null) {
                            vErrors = [err179];
                        }
                        else {
                            vErrors.push(err179);
                        }
                        errors++;
                    }
                }
                if (data99['evidence-dir'] !== undefined) {
                    let data106 = data99['evidence-dir'];
                    if (typeof data106 !== 'string') {
                        const err180 = {
                            instancePath: instancePath + '/evidence-verify/evidence-dir',
                            schemaPath: '#/properties/evidence-verify/properties/evidence-dir/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-verify'].properties['evidence-dir'].type,
                            parentSchema: schema31.properties['evidence-verify'].properties['evidence-dir'],
                            data: data106
                        };
                        if (vErrors === null) {
                            vErrors = [err180];
                        }
                        else {
                            vErrors.push(err180);
                        }
                        errors++;
                    }
                }
                if (data99.signing !== undefined) {
                    let data107 = data99.signing;
                    if (!(data107 === 'sigstore' || data107 === 'key')) {
                        const err181 = {
                            instancePath: instancePath + '/evidence-verify/signing',
                            schemaPath: '#/properties/evidence-verify/properties/signing/enum',
                            keyword: 'enum',
                            params: {
                                allowedValues: schema31.properties['evidence-verify'].properties.signing.enum
                            },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['evidence-verify'].properties.signing.enum,
                            parentSchema: schema31.properties['evidence-verify'].properties.signing,
                            data: data107
                        };
                        if (vErrors === null) {
                            vErrors = [err181];
                        }
                        else {
                            vErrors.push(err181);
                        }
                        errors++;
                    }
                }
                if (data99['verify-key'] !== undefined) {
                    let data108 = data99['verify-key'];
                    if (typeof data108 !== 'string') {
                        const err182 = {
                            instancePath: instancePath + '/evidence-verify/verify-key',
                            schemaPath: '#/properties/evidence-verify/properties/verify-key/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-verify'].properties['verify-key'].type,
                            parentSchema: schema31.properties['evidence-verify'].properties['verify-key'],
                            data: data108
                        };
                        if (vErrors === null) {
                            vErrors = [err182];
                        }
                        else {
                            vErrors.push(err182);
                        }
                        errors++;
                    }
                }
                if (data99['trusted-root'] !== undefined) {
                    let data109 = data99['trusted-root'];
                    if (typeof data109 !== 'string') {
                        const err183 = {
                            instancePath: instancePath + '/evidence-verify/trusted-root',
                            schemaPath: '#/properties/evidence-verify/properties/trusted-root/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-verify'].properties['trusted-root'].type,
                            parentSchema: schema31.properties['evidence-verify'].properties['trusted-root'],
                            data: data109
                        };
                        if (vErrors === null) {
                            vErrors = [err183];
                        }
                        else {
                            vErrors.push(err183);
                        }
                        errors++;
                    }
                }
                if (data99.repository !== undefined) {
                    let data110 = data99.repository;
                    if (typeof data110 !== 'string') {
                        const err184 = {
                            instancePath: instancePath + '/evidence-verify/repository',
                            schemaPath: '#/properties/evidence-verify/properties/repository/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-verify'].properties.repository.type,
                            parentSchema: schema31.properties['evidence-verify'].properties.repository,
                            data: data110
                        };
                        if (vErrors === null) {
                            vErrors = [err184];
                        }
                        else {
                            vErrors.push(err184);
                        }
                        errors++;
                    }
                }
                if (data99['signer-workflow'] !== undefined) {
                    let data111 = data99['signer-workflow'];
                    if (typeof data111 !== 'string') {
                        const err185 = {
                            instancePath: instancePath + '/evidence-verify/signer-workflow',
                            schemaPath: '#/properties/evidence-verify/properties/signer-workflow/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-verify'].properties['signer-workflow'].type,
                            parentSchema: schema31.properties['evidence-verify'].properties['signer-workflow'],
                            data: data111
                        };
                        if (vErrors === null) {
                            vErrors = [err185];
                        }
                        else {
                            vErrors.push(err185);
                        }
                        errors++;
                    }
                }
                if (data99['signer-ref'] !== undefined) {
                    let data112 = data99['signer-ref'];
                    if (typeof data112 !== 'string') {
                        const err186 = {
                            instancePath: instancePath + '/evidence-verify/signer-ref',
                            schemaPath: '#/properties/evidence-verify/properties/signer-ref/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-verify'].properties['signer-ref'].type,
                            parentSchema: schema31.properties['evidence-verify'].properties['signer-ref'],
                            data: data112
                        };
                        if (vErrors === null) {
                            vErrors = [err186];
                        }
                        else {
                            vErrors.push(err186);
                        }
                        errors++;
                    }
                }
                if (data99['require-gates'] !== undefined) {
                    let data113 = data99['require-gates'];
                    const _errs258 = errors;
                    let valid42 = false;
                    let passing9 = null;
                    const _errs259 = errors;
                    if (Array.isArray(data113)) {
                        const len11 = data113.length;
                        for (let i11 = 0; i11 < len11; i11++) {
                            let data114 = data113[i11];
                            if (typeof data114 === 'string') {
                                if (func2(data114) < 1) {
                                    const err187 = {
                                        instancePath: instancePath + '/evidence-verify/require-gates/' + i11,
                                        schemaPath: '#/properties/evidence-verify/properties/require-gates/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['evidence-verify'].properties['require-gates'].oneOf[0]
                                            .items,
                                        data: data114
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err187];
                                    }
                                    else {
                                        vErrors.push(err187);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err188 = {
                                    instancePath: instancePath + '/evidence-verify/require-gates/' + i11,
                                    schemaPath: '#/properties/evidence-verify/properties/require-gates/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['evidence-verify'].properties['require-gates'].oneOf[0]
                                        .items.type,
                                    parentSchema: schema31.properties['evidence-verify'].properties['require-gates'].oneOf[0]
                                        .items,
                                    data: data114
                                };
                                if (vErrors === null) {
                                    vErrors = [err188];
                                }
                                else {
                                    vErrors.push(err188);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err189 = {
                            instancePath: instancePath + '/evidence-verify/require-gates',
                            schemaPath: '#/properties/evidence-verify/properties/require-gates/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['evidence-verify'].properties['require-gates'].oneOf[0].type,
                            parentSchema: schema31.properties['evidence-verify'].properties['require-gates'].oneOf[0],
                            data: data113
                        };
                        if (vErrors === null) {
                            vErrors = [err189];
                        }
                        else {
                            vErrors.push(err189);
                        }
                        errors++;
                    }
                    var _valid9 = _errs259 === errors;
                    if (_valid9) {
                        valid42 = true;
                        passing9 = 0;
                    }
                    const _errs263 = errors;
                    if (typeof data113 === 'string') {
                        if (func2(data113) < 1) {
                            const err190 = {
                                instancePath: instancePath + '/evidence-verify/require-gates',
                                schemaPath: '#/properties/evidence-verify/properties/require-gates/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['evidence-verify'].properties['require-gates'].oneOf[1],
                                data: data113
                            };
                            if (vErrors === null) {
                                vErrors = [err190];
                            }
                            else {
                                vErrors.push(err190);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err191 = {
                            instancePath: instancePath + '/evidence-verify/require-gates',
                            schemaPath: '#/properties/evidence-verify/properties/require-gates/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-verify'].properties['require-gates'].oneOf[1].type,
                            parentSchema: schema31.properties['evidence-verify'].properties['require-gates'].oneOf[1],
                            data: data113
                        };
                        if (vErrors === null) {
                            vErrors = [err191];
                        }
                        else {
                            vErrors.push(err191);
                        }
                        errors++;
                    }
                    var _valid9 = _errs263 === errors;
                    if (_valid9 && valid42) {
                        valid42 = false;
                        passing9 = [passing9, 1];
                    }
                    else {
                        if (_valid9) {
                            valid42 = true;
                            passing9 = 1;
                        }
                    }
                    if (!valid42) {
                        const err192 = {
                            instancePath: instancePath + '/evidence-verify/require-gates',
                            schemaPath: '#/properties/evidence-verify/properties/require-gates/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing9 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['evidence-verify'].properties['require-gates'].oneOf,
                            parentSchema: schema31.properties['evidence-verify'].properties['require-gates'],
                            data: data113
                        };
                        if (vErrors === null) {
                            vErrors = [err192];
                        }
                        else {
                            vErrors.push(err192);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs258;
                        if (vErrors !== null) {
                            if (_errs258) {
                                vErrors.length = _errs258;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data99['vsa-file'] !== undefined) {
                    let data115 = data99['vsa-file'];
                    if (typeof data115 !== 'string') {
                        const err193 = {
                            instancePath: instancePath + '/evidence-verify/vsa-file',
                            schemaPath: '#/properties/evidence-verify/properties/vsa-file/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-verify'].properties['vsa-file'].type,
                            parentSchema: schema31.properties['evidence-verify'].properties['vsa-file'],
                            data: data115
                        };
                        if (vErrors === null) {
                            vErrors = [err193];
                        }
                        else {
                            vErrors.push(err193);
                        }
                        errors++;
                    }
                }
                if (data99['vsa-signing'] !== undefined) {
                    let data116 = data99['vsa-signing'];
                    if (!(data116 === 'none' || data116 === 'key' || data116 === 'sigstore')) {
                        const err194 = {
                            instancePath: instancePath + '/evidence-verify/vsa-signing',
                            schemaPath: '#/properties/evidence-verify/properties/vsa-signing/enum',
                            keyword: 'enum',
                            params: {
                                allowedValues: schema31.properties['evidence-verify'].properties['vsa-signing'].enum
                            },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['evidence-verify'].properties['vsa-signing'].enum,
                            parentSchema: schema31.properties['evidence-verify'].properties['vsa-signing'],
                            data: data116
                        };
                        if (vErrors === null) {
                            vErrors = [err194];
                        }
                        else {
                            vErrors.push(err194);
                        }
                        errors++;
                    }
                }
                if (data99['vsa-sigstore-instance'] !== undefined) {
                    let data117 = data99['vsa-sigstore-instance'];
                    if (!(data117 === 'auto' || data117 === 'public-good' || data117 === 'github')) {
                        const err195 = {
                            instancePath: instancePath + '/evidence-verify/vsa-sigstore-instance',
                            schemaPath: '#/properties/evidence-verify/properties/vsa-sigstore-instance/enum',
                            keyword: 'enum',
                            params: {
                                allowedValues: schema31.properties['evidence-verify'].properties['vsa-sigstore-instance'].enum
                            },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['evidence-verify'].properties['vsa-sigstore-instance'].enum,
                            parentSchema: schema31.properties['evidence-verify'].properties['vsa-sigstore-instance'],
                            data: data117
                        };
                        if (vErrors === null) {
                            vErrors = [err195];
                        }
                        else {
                            vErrors.push(err195);
                        }
                        errors++;
                    }
                }
                if (data99['registry-username'] !== undefined) {
                    let data118 = data99['registry-username'];
                    if (typeof data118 !== 'string') {
                        const err196 = {
                            instancePath: instancePath + '/evidence-verify/registry-username',
                            schemaPath: '#/properties/evidence-verify/properties/registry-username/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-verify'].properties['registry-username'].type,
                            parentSchema: schema31.properties['evidence-verify'].properties['registry-username'],
                            data: data118
                        };
                        if (vErrors === null) {
                            vErrors = [err196];
                        }
                        else {
                            vErrors.push(err196);
                        }
                        errors++;
                    }
                }
                if (data99.insecure !== undefined) {
                    let data119 = data99.insecure;
                    if (typeof data119 !== 'boolean') {
                        const err197 = {
                            instancePath: instancePath + '/evidence-verify/insecure',
                            schemaPath: '#/properties/evidence-verify/properties/insecure/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema31.properties['evidence-verify'].properties.insecure.type,
                            parentSchema: schema31.properties['evidence-verify'].properties.insecure,
                            data: data119
                        };
                        if (vErrors === null) {
                            vErrors = [err197];
                        }
                        else {
                            vErrors.push(err197);
                        }
                        errors++;
                    }
                }
                if (data99.timeout !== undefined) {
                    let data120 = data99.timeout;
                    if (typeof data120 === 'string') {
                        if (func2(data120) < 1) {
                            const err198 = {
                                instancePath: instancePath + '/evidence-verify/timeout',
                                schemaPath: '#/properties/evidence-verify/properties/timeout/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['evidence-verify'].properties.timeout,
                                data: data120
                            };
                            if (vErrors === null) {
                                vErrors = [err198];
                            }
                            else {
                                vErrors.push(err198);
                            }
                            errors++;
                        }
                        if (!pattern7.test(data120)) {
                            const err199 = {
                                instancePath: instancePath + '/evidence-verify/timeout',
                                schemaPath: '#/properties/evidence-verify/properties/timeout/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[0-9PTptWDHMSwdhms.]+$' },
                                message: 'must match pattern "' + '^[0-9PTptWDHMSwdhms.]+$' + '"',
                                schema: '^[0-9PTptWDHMSwdhms.]+$',
                                parentSchema: schema31.properties['evidence-verify'].properties.timeout,
                                data: data120
                            };
                            if (vErrors === null) {
                                vErrors = [err199];
                            }
                            else {
                                vErrors.push(err199);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err200 = {
                            instancePath: instancePath + '/evidence-verify/timeout',
                            schemaPath: '#/properties/evidence-verify/properties/timeout/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['evidence-verify'].properties.timeout.type,
                            parentSchema: schema31.properties['evidence-verify'].properties.timeout,
                            data: data120
                        };
                        if (vErrors === null) {
                            vErrors = [err200];
                        }
                        else {
                            vErrors.push(err200);
                        }
                        errors++;
                    }
                }
                if (data99.mode !== undefined) {
                    let data121 = data99.mode;
                    if (!(data121 === 'enforce' || data121 === 'audit')) {
                        const err201 = {
                            instancePath: instancePath + '/evidence-verify/mode',
                            schemaPath: '#/properties/evidence-verify/properties/mode/enum',
                            keyword: 'enum',
                            params: {
                                allowedValues: schema31.properties['evidence-verify'].properties.mode.enum
                            },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['evidence-verify'].properties.mode.enum,
                            parentSchema: schema31.properties['evidence-verify'].properties.mode,
                            data: data121
                        };
                        if (vErrors === null) {
                            vErrors = [err201];
                        }
                        else {
                            vErrors.push(err201);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err202 = {
                    instancePath: instancePath + '/evidence-verify',
                    schemaPath: '#/properties/evidence-verify/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema31.properties['evidence-verify'].type,
                    parentSchema: schema31.properties['evidence-verify'],
                    data: data99
                };
                if (vErrors === null) {
                    vErrors = [err202];
                }
                else {
                    vErrors.push(err202);
                }
                errors++;
            }
        }
        if (data['pipeline-run'] !== undefined) {
            let data122 = data['pipeline-run'];
            if (data122 && typeof data122 == 'object' && !Array.isArray(data122)) {
                for (const key11 in data122) {
                    if (!func1.call(schema31.properties['pipeline-run'].properties, key11)) {
                        const err203 = {
                            instancePath: instancePath + '/pipeline-run',
                            schemaPath: '#/properties/pipeline-run/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key11 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema31.properties['pipeline-run'],
                            data: data122
                        };
                        if (vErrors === null) {
                            vErrors = [err203];
                        }
                        else {
                            vErrors.push(err203);
                        }
                        errors++;
                    }
                }
                if (data122.repository !== undefined) {
                    let data123 = data122.repository;
                    if (typeof data123 !== 'string') {
                        const err204 = {
                            instancePath: instancePath + '/pipeline-run/repository',
                            schemaPath: '#/properties/pipeline-run/properties/repository/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['pipeline-run'].properties.repository.type,
                            parentSchema: schema31.properties['pipeline-run'].properties.repository,
                            data: data123
                        };
                        if (vErrors === null) {
                            vErrors = [err204];
                        }
                        else {
                            vErrors.push(err204);
                        }
                        errors++;
                    }
                }
                if (data122['run-id'] !== undefined) {
                    let data124 = data122['run-id'];
                    if (typeof data124 !== 'string') {
                        const err205 = {
                            instancePath: instancePath + '/pipeline-run/run-id',
                            schemaPath: '#/properties/pipeline-run/properties/run-id/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['pipeline-run'].properties['run-id'].type,
                            parentSchema: schema31.properties['pipeline-run'].properties['run-id'],
                            data: data124
                        };
                        if (vErrors === null) {
                            vErrors = [err205];
                        }
                        else {
                            vErrors.push(err205);
                        }
                        errors++;
                    }
                }
                if (data122['run-attempt'] !== undefined) {
                    let data125 = data122['run-attempt'];
                    if (!(typeof data125 == 'number' && !(data125 % 1) && !isNaN(data125))) {
                        const err206 = {
                            instancePath: instancePath + '/pipeline-run/run-attempt',
                            schemaPath: '#/properties/pipeline-run/properties/run-attempt/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer',
                            schema: schema31.properties['pipeline-run'].properties['run-attempt'].type,
                            parentSchema: schema31.properties['pipeline-run'].properties['run-attempt'],
                            data: data125
                        };
                        if (vErrors === null) {
                            vErrors = [err206];
                        }
                        else {
                            vErrors.push(err206);
                        }
                        errors++;
                    }
                    if (typeof data125 == 'number') {
                        if (data125 > 1000 || isNaN(data125)) {
                            const err207 = {
                                instancePath: instancePath + '/pipeline-run/run-attempt',
                                schemaPath: '#/properties/pipeline-run/properties/run-attempt/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 1000 },
                                message: 'must be <= 1000',
                                schema: 1000,
                                parentSchema: schema31.properties['pipeline-run'].properties['run-attempt'],
                                data: data125
                            };
                            if (vErrors === null) {
                                vErrors = [err207];
                            }
                            else {
                                vErrors.push(err207);
                            }
                            errors++;
                        }
                        if (data125 < 1 || isNaN(data125)) {
                            const err208 = {
                                instancePath: instancePath + '/pipeline-run/run-attempt',
                                schemaPath: '#/properties/pipeline-run/properties/run-attempt/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 1 },
                                message: 'must be >= 1',
                                schema: 1,
                                parentSchema: schema31.properties['pipeline-run'].properties['run-attempt'],
                                data: data125
                            };
                            if (vErrors === null) {
                                vErrors = [err208];
                            }
                            else {
                                vErrors.push(err208);
                            }
                            errors++;
                        }
                    }
                }
                if (data122.records !== undefined) {
                    let data126 = data122.records;
                    const _errs286 = errors;
                    let valid46 = false;
                    let passing10 = null;
                    const _errs287 = errors;
                    if (Array.isArray(data126)) {
                        const len12 = data126.length;
                        for (let i12 = 0; i12 < len12; i12++) {
                            let data127 = data126[i12];
                            if (typeof data127 === 'string') {
                                if (func2(data127) < 1) {
                                    const err209 = {
                                        instancePath: instancePath + '/pipeline-run/records/' + i12,
                                        schemaPath: '#/properties/pipeline-run/properties/records/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['pipeline-run'].properties.records.oneOf[0].items,
                                        data: data127
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err209];
                                    }
                                    else {
                                        vErrors.push(err209);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err210 = {
                                    instancePath: instancePath + '/pipeline-run/records/' + i12,
                                    schemaPath: '#/properties/pipeline-run/properties/records/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['pipeline-run'].properties.records.oneOf[0].items.type,
                                    parentSchema: schema31.properties['pipeline-run'].properties.records.oneOf[0].items,
                                    data: data127
                                };
                                if (vErrors === null) {
                                    vErrors = [err210];
                                }
                                else {
                                    vErrors.push(err210);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err211 = {
                            instancePath: instancePath + '/pipeline-run/records',
                            schemaPath: '#/properties/pipeline-run/properties/records/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['pipeline-run'].properties.records.oneOf[0].type,
                            parentSchema: schema31.properties['pipeline-run'].properties.records.oneOf[0],
                            data: data126
                        };
                        if (vErrors === null) {
                            vErrors = [err211];
                        }
                        else {
                            vErrors.push(err211);
                        }
                        errors++;
                    }
                    var _valid10 = _errs287 === errors;
                    if (_valid10) {
                        valid46 = true;
                        passing10 = 0;
                    }
                    const _errs291 = errors;
                    if (typeof data126 === 'string') {
                        if (func2(data126) < 1) {
                            const err212 = {
                                instancePath: instancePath + '/pipeline-run/records',
                                schemaPath: '#/properties/pipeline-run/properties/records/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['pipeline-run'].properties.records.oneOf[1],
                                data: data126
                            };
                            if (vErrors === null) {
                                vErrors = [err212];
                            }
                            else {
                                vErrors.push(err212);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err213 = {
                            instancePath: instancePath + '/pipeline-run/records',
                            schemaPath: '#/properties/pipeline-run/properties/records/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['pipeline-run'].properties.records.oneOf[1].type,
                            parentSchema: schema31.properties['pipeline-run'].properties.records.oneOf[1],
                            data: data126
                        };
                        if (vErrors === null) {
                            vErrors = [err213];
                        }
                        else {
                            vErrors.push(err213);
                        }
                        errors++;
                    }
                    var _valid10 = _errs291 === errors;
                    if (_valid10 && valid46) {
                        valid46 = false;
                        passing10 = [passing10, 1];
                    }
                    else {
                        if (_valid10) {
                            valid46 = true;
                            passing10 = 1;
                        }
                    }
                    if (!valid46) {
                        const err214 = {
                            instancePath: instancePath + '/pipeline-run/records',
                            schemaPath: '#/properties/pipeline-run/properties/records/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing10 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['pipeline-run'].properties.records.oneOf,
                            parentSchema: schema31.properties['pipeline-run'].properties.records,
                            data: data126
                        };
                        if (vErrors === null) {
                            vErrors = [err214];
                        }
                        else {
                            vErrors.push(err214);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs286;
                        if (vErrors !== null) {
                            if (_errs286) {
                                vErrors.length = _errs286;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data122.junit !== undefined) {
                    let data128 = data122.junit;
                    const _errs294 = errors;
                    let valid49 = false;
                    let passing11 = null;
                    const _errs295 = errors;
                    if (Array.isArray(data128)) {
                        const len13 = data128.length;
                        for (let i13 = 0; i13 < len13; i13++) {
                            let data129 = data128[i13];
                            if (typeof data129 === 'string') {
                                if (func2(data129) < 1) {
                                    const err215 = {
                                        instancePath: instancePath + '/pipeline-run/junit/' + i13,
                                        schemaPath: '#/properties/pipeline-run/properties/junit/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['pipeline-run'].properties.junit.oneOf[0].items,
                                        data: data129
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err215];
                                    }
                                    else {
                                        vErrors.push(err215);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err216 = {
                                    instancePath: instancePath + '/pipeline-run/junit/' + i13,
                                    schemaPath: '#/properties/pipeline-run/properties/junit/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['pipeline-run'].properties.junit.oneOf[0].items.type,
                                    parentSchema: schema31.properties['pipeline-run'].properties.junit.oneOf[0].items,
                                    data: data129
                                };
                                if (vErrors === null) {
                                    vErrors = [err216];
                                }
                                else {
                                    vErrors.push(err216);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err217 = {
                            instancePath: instancePath + '/pipeline-run/junit',
                            schemaPath: '#/properties/pipeline-run/properties/junit/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['pipeline-run'].properties.junit.oneOf[0].type,
                            parentSchema: schema31.properties['pipeline-run'].properties.junit.oneOf[0],
                            data: data128
                        };
                        if (vErrors === null) {
                            vErrors = [err217];
                        }
                        else {
                            vErrors.push(err217);
                        }
                        errors++;
                    }
                    var _valid11 = _errs295 === errors;
                    if (_valid11) {
                        valid49 = true;
                        passing11 = 0;
                    }
                    const _errs299 = errors;
                    if (typeof data128 === 'string') {
                        if (func2(data128) < 1) {
                            const err218 = {
                                instancePath: instancePath + '/pipeline-run/junit',
                                schemaPath: '#/properties/pipeline-run/properties/junit/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['pipeline-run'].properties.junit.oneOf[1],
                                data: data128
                            };
                            if (vErrors === null) {
                                vErrors = [err218];
                            }
                            else {
                                vErrors.push(err218);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err219 = {
                            instancePath: instancePath + '/pipeline-run/junit',
                            schemaPath: '#/properties/pipeline-run/properties/junit/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['pipeline-run'].properties.junit.oneOf[1].type,
                            parentSchema: schema31.properties['pipeline-run'].properties.junit.oneOf[1],
                            data: data128
                        };
                        if (vErrors === null) {
                            vErrors = [err219];
                        }
                        else {
                            vErrors.push(err219);
                        }
                        errors++;
                    }
                    var _valid11 = _errs299 === errors;
                    if (_valid11 && valid49) {
                        valid49 = false;
                        passing11 = [passing11, 1];
                    }
                    else {
                        if (_valid11) {
                            valid49 = true;
                            passing11 = 1;
                        }
                    }
                    if (!valid49) {
                        const err220 = {
                            instancePath: instancePath + '/pipeline-run/junit',
                            schemaPath: '#/properties/pipeline-run/properties/junit/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing11 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['pipeline-run'].properties.junit.oneOf,
                            parentSchema: schema31.properties['pipeline-run'].properties.junit,
                            data: data128
                        };
                        if (vErrors === null) {
                            vErrors = [err220];
                        }
                        else {
                            vErrors.push(err220);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs294;
                        if (vErrors !== null) {
                            if (_errs294) {
                                vErrors.length = _errs294;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data122.coverage !== undefined) {
                    let data130 = data122.coverage;
                    const _errs302 = errors;
                    let valid52 = false;
                    let passing12 = null;
                    const _errs303 = errors;
                    if (Array.isArray(data130)) {
                        const len14 = data130.length;
                        for (let i14 = 0; i14 < len14; i14++) {
                            let data131 = data130[i14];
                            if (typeof data131 === 'string') {
                                if (func2(data131) < 1) {
                                    const err221 = {
                                        instancePath: instancePath + '/pipeline-run/coverage/' + i14,
                                        schemaPath: '#/properties/pipeline-run/properties/coverage/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['pipeline-run'].properties.coverage.oneOf[0].items,
                                        data: data131
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err221];
                                    }
                                    else {
                                        vErrors.push(err221);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err222 = {
                                    instancePath: instancePath + '/pipeline-run/coverage/' + i14,
                                    schemaPath: '#/properties/pipeline-run/properties/coverage/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['pipeline-run'].properties.coverage.oneOf[0].items.type,
                                    parentSchema: schema31.properties['pipeline-run'].properties.coverage.oneOf[0].items,
                                    data: data131
                                };
                                if (vErrors === null) {
                                    vErrors = [err222];
                                }
                                else {
                                    vErrors.push(err222);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err223 = {
                            instancePath: instancePath + '/pipeline-run/coverage',
                            schemaPath: '#/properties/pipeline-run/properties/coverage/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['pipeline-run'].properties.coverage.oneOf[0].type,
                            parentSchema: schema31.properties['pipeline-run'].properties.coverage.oneOf[0],
                            data: data130
                        };
                        if (vErrors === null) {
                            vErrors = [err223];
                        }
                        else {
                            vErrors.push(err223);
                        }
                        errors++;
                    }
                    var _valid12 = _errs303 === errors;
                    if (_valid12) {
                        valid52 = true;
                        passing12 = 0;
                    }
                    const _errs307 = errors;
                    if (typeof data130 === 'string') {
                        if (func2(data130) < 1) {
                            const err224 = {
                                instancePath: instancePath + '/pipeline-run/coverage',
                                schemaPath: '#/properties/pipeline-run/properties/coverage/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['pipeline-run'].properties.coverage.oneOf[1],
                                data: data130
                            };
                            if (vErrors === null) {
                                vErrors = [err224];
                            }
                            else {
                                vErrors.push(err224);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err225 = {
                            instancePath: instancePath + '/pipeline-run/coverage',
                            schemaPath: '#/properties/pipeline-run/properties/coverage/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['pipeline-run'].properties.coverage.oneOf[1].type,
                            parentSchema: schema31.properties['pipeline-run'].properties.coverage.oneOf[1],
                            data: data130
                        };
                        if (vErrors === null) {
                            vErrors = [err225];
                        }
                        else {
                            vErrors.push(err225);
                        }
                        errors++;
                    }
                    var _valid12 = _errs307 === errors;
                    if (_valid12 && valid52) {
                        valid52 = false;
                        passing12 = [passing12, 1];
                    }
                    else {
                        if (_valid12) {
                            valid52 = true;
                            passing12 = 1;
                        }
                    }
                    if (!valid52) {
                        const err226 = {
                            instancePath: instancePath + '/pipeline-run/coverage',
                            schemaPath: '#/properties/pipeline-run/properties/coverage/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing12 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['pipeline-run'].properties.coverage.oneOf,
                            parentSchema: schema31.properties['pipeline-run'].properties.coverage,
                            data: data130
                        };
                        if (vErrors === null) {
                            vErrors = [err226];
                        }
                        else {
                            vErrors.push(err226);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs302;
                        if (vErrors !== null) {
                            if (_errs302) {
                                vErrors.length = _errs302;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data122.mutation !== undefined) {
                    let data132 = data122.mutation;
                    if (typeof data132 !== 'string') {
                        const err227 = {
                            instancePath: instancePath + '/pipeline-run/mutation',
                            schemaPath: '#/properties/pipeline-run/properties/mutation/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['pipeline-run'].properties.mutation.type,
                            parentSchema: schema31.properties['pipeline-run'].properties.mutation,
                            data: data132
                        };
                        if (vErrors === null) {
                            vErrors = [err227];
                        }
                        else {
                            vErrors.push(err227);
                        }
                        errors++;
                    }
                }
                if (data122['evidence-bundle'] !== undefined) {
                    let data133 = data122['evidence-bundle'];
                    if (typeof data133 !== 'string') {
                        const err228 = {
                            instancePath: instancePath + '/pipeline-run/evidence-bundle',
                            schemaPath: '#/properties/pipeline-run/properties/evidence-bundle/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['pipeline-run'].properties['evidence-bundle'].type,
                            parentSchema: schema31.properties['pipeline-run'].properties['evidence-bundle'],
                            data: data133
                        };
                        if (vErrors === null) {
                            vErrors = [err228];
                        }
                        else {
                            vErrors.push(err228);
                        }
                        errors++;
                    }
                }
                if (data122['runner-prices'] !== undefined) {
                    let data134 = data122['runner-prices'];
                    if (typeof data134 !== 'string') {
                        const err229 = {
                            instancePath: instancePath + '/pipeline-run/runner-prices',
                            schemaPath: '#/properties/pipeline-run/properties/runner-prices/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['pipeline-run'].properties['runner-prices'].type,
                            parentSchema: schema31.properties['pipeline-run'].properties['runner-prices'],
                            data: data134
                        };
                        if (vErrors === null) {
                            vErrors = [err229];
                        }
                        else {
                            vErrors.push(err229);
                        }
                        errors++;
                    }
                }
                if (data122['output-file'] !== undefined) {
                    let data135 = data122['output-file'];
                    if (typeof data135 !== 'string') {
                        const err230 = {
                            instancePath: instancePath + '/pipeline-run/output-file',
                            schemaPath: '#/properties/pipeline-run/properties/output-file/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['pipeline-run'].properties['output-file'].type,
                            parentSchema: schema31.properties['pipeline-run'].properties['output-file'],
                            data: data135
                        };
                        if (vErrors === null) {
                            vErrors = [err230];
                        }
                        else {
                            vErrors.push(err230);
                        }
                        errors++;
                    }
                }
                if (data122['api-timeout'] !== undefined) {
                    let data136 = data122['api-timeout'];
                    if (typeof data136 === 'string') {
                        if (func2(data136) < 1) {
                            const err231 = {
                                instancePath: instancePath + '/pipeline-run/api-timeout',
                                schemaPath: '#/properties/pipeline-run/properties/api-timeout/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['pipeline-run'].properties['api-timeout'],
                                data: data136
                            };
                            if (vErrors === null) {
                                vErrors = [err231];
                            }
                            else {
                                vErrors.push(err231);
                            }
                            errors++;
                        }
                        if (!pattern7.test(data136)) {
                            const err232 = {
                                instancePath: instancePath + '/pipeline-run/api-timeout',
                                schemaPath: '#/properties/pipeline-run/properties/api-timeout/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[0-9PTptWDHMSwdhms.]+$' },
                                message: 'must match pattern "' + '^[0-9PTptWDHMSwdhms.]+$' + '"',
                                schema: '^[0-9PTptWDHMSwdhms.]+$',
                                parentSchema: schema31.properties['pipeline-run'].properties['api-timeout'],
                                data: data136
                            };
                            if (vErrors === null) {
                                vErrors = [err232];
                            }
                            else {
                                vErrors.push(err232);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err233 = {
                            instancePath: instancePath + '/pipeline-run/api-timeout',
                            schemaPath: '#/properties/pipeline-run/properties/api-timeout/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['pipeline-run'].properties['api-timeout'].type,
                            parentSchema: schema31.properties['pipeline-run'].properties['api-timeout'],
                            data: data136
                        };
                        if (vErrors === null) {
                            vErrors = [err233];
                        }
                        else {
                            vErrors.push(err233);
                        }
                        errors++;
                    }
                }
                if (data122['api-retries'] !== undefined) {
                    let data137 = data122['api-retries'];
                    if (!(typeof data137 == 'number' && !(data137 % 1) && !isNaN(data137))) {
                        const err234 = {
                            instancePath: instancePath + '/pipeline-run/api-retries',
                            schemaPath: '#/properties/pipeline-run/properties/api-retries/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer',
                            schema: schema31.properties['pipeline-run'].properties['api-retries'].type,
                            parentSchema: schema31.properties['pipeline-run'].properties['api-retries'],
                            data: data137
                        };
                        if (vErrors === null) {
                            vErrors = [err234];
                        }
                        else {
                            vErrors.push(err234);
                        }
                        errors++;
                    }
                    if (typeof data137 == 'number') {
                        if (data137 > 10 || isNaN(data137)) {
                            const err235 = {
                                instancePath: instancePath + '/pipeline-run/api-retries',
                                schemaPath: '#/properties/pipeline-run/properties/api-retries/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 10 },
                                message: 'must be <= 10',
                                schema: 10,
                                parentSchema: schema31.properties['pipeline-run'].properties['api-retries'],
                                data: data137
                            };
                            if (vErrors === null) {
                                vErrors = [err235];
                            }
                            else {
                                vErrors.push(err235);
                            }
                            errors++;
                        }
                        if (data137 < 0 || isNaN(data137)) {
                            const err236 = {
                                instancePath: instancePath + '/pipeline-run/api-retries',
                                schemaPath: '#/properties/pipeline-run/properties/api-retries/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0',
                                schema: 0,
                                parentSchema: schema31.properties['pipeline-run'].properties['api-retries'],
                                data: data137
                            };
                            if (vErrors === null) {
                                vErrors = [err236];
                            }
                            else {
                                vErrors.push(err236);
                            }
                            errors++;
                        }
                    }
                }
                if (data122.mode !== undefined) {
                    let data138 = data122.mode;
                    if (!(data138 === 'enforce' || data138 === 'audit')) {
                        const err237 = {
                            instancePath: instancePath + '/pipeline-run/mode',
                            schemaPath: '#/properties/pipeline-run/properties/mode/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema31.properties['pipeline-run'].properties.mode.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['pipeline-run'].properties.mode.enum,
                            parentSchema: schema31.properties['pipeline-run'].properties.mode,
                            data: data138
                        };
                        if (vErrors === null) {
                            vErrors = [err237];
                        }
                        else {
                            vErrors.push(err237);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err238 = {
                    instancePath: instancePath + '/pipeline-run',
                    schemaPath: '#/properties/pipeline-run/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema31.properties['pipeline-run'].type,
                    parentSchema: schema31.properties['pipeline-run'],
                    data: data122
                };
                if (vErrors === null) {
                    vErrors = [err238];
                }
                else {
                    vErrors.push(err238);
                }
                errors++;
            }
        }
        if (data['pr-target-ban'] !== undefined) {
            let data139 = data['pr-target-ban'];
            if (data139 && typeof data139 == 'object' && !Array.isArray(data139)) {
                for (const key12 in data139) {
                    if (!(key12 === 'workflows' ||
                        key12 === 'allowlist' ||
                        key12 === 'codeowners' ||
                        key12 === 'also-deny' ||
                        key12 === 'sarif-file' ||
                        key12 === 'mode' ||
                        key12 === 'allow')) {
                        const err239 = {
                            instancePath: instancePath + '/pr-target-ban',
                            schemaPath: '#/properties/pr-target-ban/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key12 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema31.properties['pr-target-ban'],
                            data: data139
                        };
                        if (vErrors === null) {
                            vErrors = [err239];
                        }
                        else {
                            vErrors.push(err239);
                        }
                        errors++;
                    }
                }
                if (data139.workflows !== undefined) {
                    let data140 = data139.workflows;
                    const _errs326 = errors;
                    let valid56 = false;
                    let passing13 = null;
                    const _errs327 = errors;
                    if (Array.isArray(data140)) {
                        const len15 = data140.length;
                        for (let i15 = 0; i15 < len15; i15++) {
                            let data141 = data140[i15];
                            if (typeof data141 === 'string') {
                                if (func2(data141) < 1) {
                                    const err240 = {
                                        instancePath: instancePath + '/pr-target-ban/workflows/' + i15,
                                        schemaPath: '#/properties/pr-target-ban/properties/workflows/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['pr-target-ban'].properties.workflows.oneOf[0].items,
                                        data: data141
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err240];
                                    }
                                    else {
                                        vErrors.push(err240);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err241 = {
                                    instancePath: instancePath + '/pr-target-ban/workflows/' + i15,
                                    schemaPath: '#/properties/pr-target-ban/properties/workflows/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['pr-target-ban'].properties.workflows.oneOf[0].items.type,
                                    parentSchema: schema31.properties['pr-target-ban'].properties.workflows.oneOf[0].items,
                                    data: data141
                                };
                                if (vErrors === null) {
                                    vErrors = [err241];
                                }
                                else {
                                    vErrors.push(err241);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err242 = {
                            instancePath: instancePath + '/pr-target-ban/workflows',
                            schemaPath: '#/properties/pr-target-ban/properties/workflows/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['pr-target-ban'].properties.workflows.oneOf[0].type,
                            parentSchema: schema31.properties['pr-target-ban'].properties.workflows.oneOf[0],
                            data: data140
                        };
                        if (vErrors === null) {
                            vErrors = [err242];
                        }
                        else {
                            vErrors.push(err242);
                        }
                        errors++;
                    }
                    var _valid13 = _errs327 === errors;
                    if (_valid13) {
                        valid56 = true;
                        passing13 = 0;
                    }
                    const _errs331 = errors;
                    if (typeof data140 === 'string') {
                        if (func2(data140) < 1) {
                            const err243 = {
                                instancePath: instancePath + '/pr-target-ban/workflows',
                                schemaPath: '#/properties/pr-target-ban/properties/workflows/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['pr-target-ban'].properties.workflows.oneOf[1],
                                data: data140
                            };
                            if (vErrors === null) {
                                vErrors = [err243];
                            }
                            else {
                                vErrors.push(err243);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err244 = {
                            instancePath: instancePath + '/pr-target-ban/workflows',
                            schemaPath: '#/properties/pr-target-ban/properties/workflows/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['pr-target-ban'].properties.workflows.oneOf[1].type,
                            parentSchema: schema31.properties['pr-target-ban'].properties.workflows.oneOf[1],
                            data: data140
                        };
                        if (vErrors === null) {
                            vErrors = [err244];
                        }
                        else {
                            vErrors.push(err244);
                        }
                        errors++;
                    }
                    var _valid13 = _errs331 === errors;
                    if (_valid13 && valid56) {
                        valid56 = false;
                        passing13 = [passing13, 1];
                    }
                    else {
                        if (_valid13) {
                            valid56 = true;
                            passing13 = 1;
                        }
                    }
                    if (!valid56) {
                        const err245 = {
                            instancePath: instancePath + '/pr-target-ban/workflows',
                            schemaPath: '#/properties/pr-target-ban/properties/workflows/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing13 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['pr-target-ban'].properties.workflows.oneOf,
                            parentSchema: schema31.properties['pr-target-ban'].properties.workflows,
                            data: data140
                        };
                        if (vErrors === null) {
                            vErrors = [err245];
                        }
                        else {
                            vErrors.push(err245);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs326;
                        if (vErrors !== null) {
                            if (_errs326) {
                                vErrors.length = _errs326;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data139.allowlist !== undefined) {
                    let data142 = data139.allowlist;
                    if (typeof data142 !== 'string') {
                        const err246 = {
                            instancePath: instancePath + '/pr-target-ban/allowlist',
                            schemaPath: '#/properties/pr-target-ban/properties/allowlist/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['pr-target-ban'].properties.allowlist.type,
                            parentSchema: schema31.properties['pr-target-ban'].properties.allowlist,
                            data: data142
                        };
                        if (vErrors === null) {
                            vErrors = [err246];
                        }
                        else {
                            vErrors.push(err246);
                        }
                        errors++;
                    }
                }
                if (data139.codeowners !== undefined) {
                    let data143 = data139.codeowners;
                    const _errs336 = errors;
                    let valid59 = false;
                    let passing14 = null;
                    const _errs337 = errors;
                    if (Array.isArray(data143)) {
                        const len16 = data143.length;
                        for (let i16 = 0; i16 < len16; i16++) {
                            let data144 = data143[i16];
                            if (typeof data144 === 'string') {
                                if (func2(data144) < 1) {
                                    const err247 = {
                                        instancePath: instancePath + '/pr-target-ban/codeowners/' + i16,
                                        schemaPath: '#/properties/pr-target-ban/properties/codeowners/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['pr-target-ban'].properties.codeowners.oneOf[0].items,
                                        data: data144
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err247];
                                    }
                                    else {
                                        vErrors.push(err247);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err248 = {
                                    instancePath: instancePath + '/pr-target-ban/codeowners/' + i16,
                                    schemaPath: '#/properties/pr-target-ban/properties/codeowners/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['pr-target-ban'].properties.codeowners.oneOf[0].items.type,
                                    parentSchema: schema31.properties['pr-target-ban'].properties.codeowners.oneOf[0].items,
                                    data: data144
                                };
                                if (vErrors === null) {
                                    vErrors = [err248];
                                }
                                else {
                                    vErrors.push(err248);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err249 = {
                            instancePath: instancePath + '/pr-target-ban/codeowners',
                            schemaPath: '#/properties/pr-target-ban/properties/codeowners/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['pr-target-ban'].properties.codeowners.oneOf[0].type,
                            parentSchema: schema31.properties['pr-target-ban'].properties.codeowners.oneOf[0],
                            data: data143
                        };
                        if (vErrors === null) {
                            vErrors = [err249];
                        }
                        else {
                            vErrors.push(err249);
                        }
                        errors++;
                    }
                    var _valid14 = _errs337 === errors;
                    if (_valid14) {
                        valid59 = true;
                        passing14 = 0;
                    }
                    const _errs341 = errors;
                    if (typeof data143 === 'string') {
                        if (func2(data143) < 1) {
                            const err250 = {
                                instancePath: instancePath + '/pr-target-ban/codeowners',
                                schemaPath: '#/properties/pr-target-ban/properties/codeowners/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['pr-target-ban'].properties.codeowners.oneOf[1],
                                data: data143
                            };
                            if (vErrors === null) {
                                vErrors = [err250];
                            }
                            else {
                                vErrors.push(err250);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err251 = {
                            instancePath: instancePath + '/pr-target-ban/codeowners',
                            schemaPath: '#/properties/pr-target-ban/properties/codeowners/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['pr-target-ban'].properties.codeowners.oneOf[1].type,
                            parentSchema: schema31.properties['pr-target-ban'].properties.codeowners.oneOf[1],
                            data: data143
                        };
                        if (vErrors === null) {
                            vErrors = [err251];
                        }
                        else {
                            vErrors.push(err251);
                        }
                        errors++;
                    }
                    var _valid14 = _errs341 === errors;
                    if (_valid14 && valid59) {
                        valid59 = false;
                        passing14 = [passing14, 1];
                    }
                    else {
                        if (_valid14) {
                            valid59 = true;
                            passing14 = 1;
                        }
                    }
                    if (!valid59) {
                        const err252 = {
                            instancePath: instancePath + '/pr-target-ban/codeowners',
                            schemaPath: '#/properties/pr-target-ban/properties/codeowners/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing14 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['pr-target-ban'].properties.codeowners.oneOf,
                            parentSchema: schema31.properties['pr-target-ban'].properties.codeowners,
                            data: data143
                        };
                        if (vErrors === null) {
                            vErrors = [err252];
                        }
                        else {
                            vErrors.push(err252);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs336;
                        if (vErrors !== null) {
                            if (_errs336) {
                                vErrors.length = _errs336;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data139['also-deny'] !== undefined) {
                    let data145 = data139['also-deny'];
                    const _errs344 = errors;
                    let valid62 = false;
                    let passing15 = null;
                    const _errs345 = errors;
                    if (Array.isArray(data145)) {
                        const len17 = data145.length;
                        for (let i17 = 0; i17 < len17; i17++) {
                            let data146 = data145[i17];
                            if (typeof data146 === 'string') {
                                if (func2(data146) < 1) {
                                    const err253 = {
                                        instancePath: instancePath + '/pr-target-ban/also-deny/' + i17,
                                        schemaPath: '#/properties/pr-target-ban/properties/also-deny/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['pr-target-ban'].properties['also-deny'].oneOf[0].items,
                                        data: data146
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err253];
                                    }
                                    else {
                                        vErrors.push(err253);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err254 = {
                                    instancePath: instancePath + '/pr-target-ban/also-deny/' + i17,
                                    schemaPath: '#/properties/pr-target-ban/properties/also-deny/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['pr-target-ban'].properties['also-deny'].oneOf[0].items
                                        .type,
                                    parentSchema: schema31.properties['pr-target-ban'].properties['also-deny'].oneOf[0].items,
                                    data: data146
                                };
                                if (vErrors === null) {
                                    vErrors = [err254];
                                }
                                else {
                                    vErrors.push(err254);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err255 = {
                            instancePath: instancePath + '/pr-target-ban/also-deny',
                            schemaPath: '#/properties/pr-target-ban/properties/also-deny/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['pr-target-ban'].properties['also-deny'].oneOf[0].type,
                            parentSchema: schema31.properties['pr-target-ban'].properties['also-deny'].oneOf[0],
                            data: data145
                        };
                        if (vErrors === null) {
                            vErrors = [err255];
                        }
                        else {
                            vErrors.push(err255);
                        }
                        errors++;
                    }
                    var _valid15 = _errs345 === errors;
                    if (_valid15) {
                        valid62 = true;
                        passing15 = 0;
                    }
                    const _errs349 = errors;
                    if (typeof data145 === 'string') {
                        if (func2(data145) < 1) {
                            const err256 = {
                                instancePath: instancePath + '/pr-target-ban/also-deny',
                                schemaPath: '#/properties/pr-target-ban/properties/also-deny/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['pr-target-ban'].properties['also-deny'].oneOf[1],
                                data: data145
                            };
                            if (vErrors === null) {
                                vErrors = [err256];
                            }
                            else {
                                vErrors.push(err256);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err257 = {
                            instancePath: instancePath + '/pr-target-ban/also-deny',
                            schemaPath: '#/properties/pr-target-ban/properties/also-deny/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['pr-target-ban'].properties['also-deny'].oneOf[1].type,
                            parentSchema: schema31.properties['pr-target-ban'].properties['also-deny'].oneOf[1],
                            data: data145
                        };
                        if (vErrors === null) {
                            vErrors = [err257];
                        }
                        else {
                            vErrors.push(err257);
                        }
                        errors++;
                    }
                    var _valid15 = _errs349 === errors;
                    if (_valid15 && valid62) {
                        valid62 = false;
                        passing15 = [passing15, 1];
                    }
                    else {
                        if (_valid15) {
                            valid62 = true;
                            passing15 = 1;
                        }
                    }
                    if (!valid62) {
                        const err258 = {
                            instancePath: instancePath + '/pr-target-ban/also-deny',
                            schemaPath: '#/properties/pr-target-ban/properties/also-deny/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing15 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['pr-target-ban'].properties['also-deny'].oneOf,
                            parentSchema: schema31.properties['pr-target-ban'].properties['also-deny'],
                            data: data145
                        };
                        if (vErrors === null) {
                            vErrors = [err258];
                        }
                        else {
                            vErrors.push(err258);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs344;
                        if (vErrors !== null) {
                            if (_errs344) {
                                vErrors.length = _errs344;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data139['sarif-file'] !== undefined) {
                    let data147 = data139['sarif-file'];
                    if (typeof data147 !== 'string') {
                        const err259 = {
                            instancePath: instancePath + '/pr-target-ban/sarif-file',
                            schemaPath: '#/properties/pr-target-ban/properties/sarif-file/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['pr-target-ban'].properties['sarif-file'].type,
                            parentSchema: schema31.properties['pr-target-ban'].properties['sarif-file'],
                            data: data147
                        };
                        if (vErrors === null) {
                            vErrors = [err259];
                        }
                        else {
                            vErrors.push(err259);
                        }
                        errors++;
                    }
                }
                if (data139.mode !== undefined) {
                    let data148 = data139.mode;
                    if (!(data148 === 'enforce' || data148 === 'audit')) {
                        const err260 = {
                            instancePath: instancePath + '/pr-target-ban/mode',
                            schemaPath: '#/properties/pr-target-ban/properties/mode/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema31.properties['pr-target-ban'].properties.mode.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['pr-target-ban'].properties.mode.enum,
                            parentSchema: schema31.properties['pr-target-ban'].properties.mode,
                            data: data148
                        };
                        if (vErrors === null) {
                            vErrors = [err260];
                        }
                        else {
                            vErrors.push(err260);
                        }
                        errors++;
                    }
                }
                if (data139.allow !== undefined) {
                    let data149 = data139.allow;
                    if (Array.isArray(data149)) {
                        const len18 = data149.length;
                        for (let i18 = 0; i18 < len18; i18++) {
                            let data150 = data149[i18];
                            if (data150 && typeof data150 == 'object' && !Array.isArray(data150)) {
                                if (data150.workflow === undefined) {
                                    const err261 = {
                                        instancePath: instancePath + '/pr-target-ban/allow/' + i18,
                                        schemaPath: '#/properties/pr-target-ban/properties/allow/items/required',
                                        keyword: 'required',
                                        params: { missingProperty: 'workflow' },
                                        message: "must have required property '" + 'workflow' + "'",
                                        schema: schema31.properties['pr-target-ban'].properties.allow.items.required,
                                        parentSchema: schema31.properties['pr-target-ban'].properties.allow.items,
                                        data: data150
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err261];
                                    }
                                    else {
                                        vErrors.push(err261);
                                    }
                                    errors++;
                                }
                                if (data150.justification === undefined) {
                                    const err262 = {
                                        instancePath: instancePath + '/pr-target-ban/allow/' + i18,
                                        schemaPath: '#/properties/pr-target-ban/properties/allow/items/required',
                                        keyword: 'required',
                                        params: { missingProperty: 'justification' },
                                        message: "must have required property '" + 'justification' + "'",
                                        schema: schema31.properties['pr-target-ban'].properties.allow.items.required,
                                        parentSchema: schema31.properties['pr-target-ban'].properties.allow.items,
                                        data: data150
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err262];
                                    }
                                    else {
                                        vErrors.push(err262);
                                    }
                                    errors++;
                                }
                                if (data150.expires === undefined) {
                                    const err263 = {
                                        instancePath: instancePath + '/pr-target-ban/allow/' + i18,
                                        schemaPath: '#/properties/pr-target-ban/properties/allow/items/required',
                                        keyword: 'required',
                                        params: { missingProperty: 'expires' },
                                        message: "must have required property '" + 'expires' + "'",
                                        schema: schema31.properties['pr-target-ban'].properties.allow.items.required,
                                        parentSchema: schema31.properties['pr-target-ban'].properties.allow.items,
                                        data: data150
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err263];
                                    }
                                    else {
                                        vErrors.push(err263);
                                    }
                                    errors++;
                                }
                                if (data150['approved-by'] === undefined) {
                                    const err264 = {
                                        instancePath: instancePath + '/pr-target-ban/allow/' + i18,
                                        schemaPath: '#/properties/pr-target-ban/properties/allow/items/required',
                                        keyword: 'required',
                                        params: { missingProperty: 'approved-by' },
                                        message: "must have required property '" + 'approved-by' + "'",
                                        schema: schema31.properties['pr-target-ban'].properties.allow.items.required,
                                        parentSchema: schema31.properties['pr-target-ban'].properties.allow.items,
                                        data: data150
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err264];
                                    }
                                    else {
                                        vErrors.push(err264);
                                    }
                                    errors++;
                                }
                                for (const key13 in data150) {
                                    if (!(key13 === 'workflow' ||
                                        key13 === 'justification' ||
                                        key13 === 'expires' ||
                                        key13 === 'approved-by')) {
                                        const err265 = {
                                            instancePath: instancePath + '/pr-target-ban/allow/' + i18,
                                            schemaPath: '#/properties/pr-target-ban/properties/allow/items/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key13 },
                                            message: 'must NOT have additional properties',
                                            schema: false,
                                            parentSchema: schema31.properties['pr-target-ban'].properties.allow.items,
                                            data: data150
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err265];
                                        }
                                        else {
                                            vErrors.push(err265);
                                        }
                                        errors++;
                                    }
                                }
                                if (data150.workflow !== undefined) {
                                    let data151 = data150.workflow;
                                    if (typeof data151 === 'string') {
                                        if (func2(data151) < 1) {
                                            const err266 = {
                                                instancePath: instancePath + '/pr-target-ban/allow/' + i18 + '/workflow',
                                                schemaPath: '#/properties/pr-target-ban/properties/allow/items/properties/workflow/minLength',
                                                keyword: 'minLength',
                                                params: { limit: 1 },
                                                message: 'must NOT have fewer than 1 characters',
                                                schema: 1,
                                                parentSchema: schema31.properties['pr-target-ban'].properties.allow.items.properties
                                                    .workflow,
                                                data: data151
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err266];
                                            }
                                            else {
                                                vErrors.push(err266);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err267 = {
                                            instancePath: instancePath + '/pr-target-ban/allow/' + i18 + '/workflow',
                                            schemaPath: '#/properties/pr-target-ban/properties/allow/items/properties/workflow/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema31.properties['pr-target-ban'].properties.allow.items.properties
                                                .workflow.type,
                                            parentSchema: schema31.properties['pr-target-ban'].properties.allow.items.properties
                                                .workflow,
                                            data: data151
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err267];
                                        }
                                        else {
                                            vErrors.push(err267);
                                        }
                                        errors++;
                                    }
                                }
                                if (data150.justification !== undefined) {
                                    let data152 = data150.justification;
                                    if (typeof data152 === 'string') {
                                        if (func2(data152) < 1) {
                                            const err268 = {
                                                instancePath: instancePath + '/pr-target-ban/allow/' + i18 + '/justification',
                                                schemaPath: '#/properties/pr-target-ban/properties/allow/items/properties/justification/minLength',
                                                keyword: 'minLength',
                                                params: { limit: 1 },
                                                message: 'must NOT have fewer than 1 characters',
                                                schema: 1,
                                                parentSchema: schema31.properties['pr-target-ban'].properties.allow.items.properties
                                                    .justification,
                                                data: data152
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err268];
                                            }
                                            else {
                                                vErrors.push(err268);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err269 = {
                                            instancePath: instancePath + '/pr-target-ban/allow/' + i18 + '/justification',
                                            schemaPath: '#/properties/pr-target-ban/properties/allow/items/properties/justification/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema31.properties['pr-target-ban'].properties.allow.items.properties
                                                .justification.type,
                                            parentSchema: schema31.properties['pr-target-ban'].properties.allow.items.properties
                                                .justification,
                                            data: data152
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err269];
                                        }
                                        else {
                                            vErrors.push(err269);
                                        }
                                        errors++;
                                    }
                                }
                                if (data150.expires !== undefined) {
                                    let data153 = data150.expires;
                                    if (typeof data153 === 'string') {
                                        if (!pattern14.test(data153)) {
                                            const err270 = {
                                                instancePath: instancePath + '/pr-target-ban/allow/' + i18 + '/expires',
                                                schemaPath: '#/properties/pr-target-ban/properties/allow/items/properties/expires/pattern',
                                                keyword: 'pattern',
                                                params: { pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
                                                message: 'must match pattern "' + '^\\d{4}-\\d{2}-\\d{2}$' + '"',
                                                schema: '^\\d{4}-\\d{2}-\\d{2}$',
                                                parentSchema: schema31.properties['pr-target-ban'].properties.allow.items.properties
                                                    .expires,
                                                data: data153
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err270];
                                            }
                                            else {
                                                vErrors.push(err270);
                                            }
                                            errors++;
                                        }
                                        if (!formats0.validate(data153)) {
                                            const err271 = {
                                                instancePath: instancePath + '/pr-target-ban/allow/' + i18 + '/expires',
                                                schemaPath: '#/properties/pr-target-ban/properties/allow/items/properties/expires/format',
                                                keyword: 'format',
                                                params: { format: 'date' },
                                                message: 'must match format "' + 'date' + '"',
                                                schema: 'date',
                                                parentSchema: schema31.properties['pr-target-ban'].properties.allow.items.properties
                                                    .expires,
                                                data: data153
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err271];
                                            }
                                            else {
                                                vErrors.push(err271);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err272 = {
                                            instancePath: instancePath + '/pr-target-ban/allow/' + i18 + '/expires',
                                            schemaPath: '#/properties/pr-target-ban/properties/allow/items/properties/expires/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema31.properties['pr-target-ban'].properties.allow.items.properties
                                                .expires.type,
                                            parentSchema: schema31.properties['pr-target-ban'].properties.allow.items.properties
                                                .expires,
                                            data: data153
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err272];
                                        }
                                        else {
                                            vErrors.push(err272);
                                        }
                                        errors++;
                                    }
                                }
                                if (data150['approved-by'] !== undefined) {
                                    let data154 = data150['approved-by'];
                                    if (typeof data154 === 'string') {
                                        if (func2(data154) < 1) {
                                            const err273 = {
                                                instancePath: instancePath + '/pr-target-ban/allow/' + i18 + '/approved-by',
                                                schemaPath: '#/properties/pr-target-ban/properties/allow/items/properties/approved-by/minLength',
                                                keyword: 'minLength',
                                                params: { limit: 1 },
                                                message: 'must NOT have fewer than 1 characters',
                                                schema: 1,
                                                parentSchema: schema31.properties['pr-target-ban'].properties.allow.items.properties['approved-by'],
                                                data: data154
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err273];
                                            }
                                            else {
                                                vErrors.push(err273);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err274 = {
                                            instancePath: instancePath + '/pr-target-ban/allow/' + i18 + '/approved-by',
                                            schemaPath: '#/properties/pr-target-ban/properties/allow/items/properties/approved-by/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema31.properties['pr-target-ban'].properties.allow.items.properties['approved-by'].type,
                                            parentSchema: schema31.properties['pr-target-ban'].properties.allow.items.properties['approved-by'],
                                            data: data154
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err274];
                                        }
                                        else {
                                            vErrors.push(err274);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err275 = {
                                    instancePath: instancePath + '/pr-target-ban/allow/' + i18,
                                    schemaPath: '#/properties/pr-target-ban/properties/allow/items/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                    schema: schema31.properties['pr-target-ban'].properties.allow.items.type,
                                    parentSchema: schema31.properties['pr-target-ban'].properties.allow.items,
                                    data: data150
                                };
                                if (vErrors === null) {
                                    vErrors = [err275];
                                }
                                else {
                                    vErrors.push(err275);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err276 = {
                            instancePath: instancePath + '/pr-target-ban/allow',
                            schemaPath: '#/properties/pr-target-ban/properties/allow/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['pr-target-ban'].properties.allow.type,
                            parentSchema: schema31.properties['pr-target-ban'].properties.allow,
                            data: data149
                        };
                        if (vErrors === null) {
                            vErrors = [err276];
                        }
                        else {
                            vErrors.push(err276);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err277 = {
                    instancePath: instancePath + '/pr-target-ban',
                    schemaPath: '#/properties/pr-target-ban/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema31.properties['pr-target-ban'].type,
                    parentSchema: schema31.properties['pr-target-ban'],
                    data: data139
                };
                if (vErrors === null) {
                    vErrors = [err277];
                }
                else {
                    vErrors.push(err277);
                }
                errors++;
            }
        }
        if (data['referrer-presence'] !== undefined) {
            let data155 = data['referrer-presence'];
            if (data155 && typeof data155 == 'object' && !Array.isArray(data155)) {
                for (const key14 in data155) {
                    if (!func1.call(schema31.properties['referrer-presence'].properties, key14)) {
                        const err278 = {
                            instancePath: instancePath + '/referrer-presence',
                            schemaPath: '#/properties/referrer-presence/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key14 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema31.properties['referrer-presence'],
                            data: data155
                        };
                        if (vErrors === null) {
                            vErrors = [err278];
                        }
                        else {
                            vErrors.push(err278);
                        }
                        errors++;
                    }
                }
                if (data155.image !== undefined) {
                    let data156 = data155.image;
                    if (typeof data156 !== 'string') {
                        const err279 = {
                            instancePath: instancePath + '/referrer-presence/image',
                            schemaPath: '#/properties/referrer-presence/properties/image/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['referrer-presence'].properties.image.type,
                            parentSchema: schema31.properties['referrer-presence'].properties.image,
                            data: data156
                        };
                        if (vErrors === null) {
                            vErrors = [err279];
                        }
                        else {
                            vErrors.push(err279);
                        }
                        errors++;
                    }
                }
                if (data155.require !== undefined) {
                    let data157 = data155.require;
                    const _errs373 = errors;
                    let valid69 = false;
                    let passing16 = null;
                    const _errs374 = errors;
                    if (Array.isArray(data157)) {
                        const len19 = data157.length;
                        for (let i19 = 0; i19 < len19; i19++) {
                            let data158 = data157[i19];
                            if (typeof data158 === 'string') {
                                if (func2(data158) < 1) {
                                    const err280 = {
                                        instancePath: instancePath + '/referrer-presence/require/' + i19,
                                        schemaPath: '#/properties/referrer-presence/properties/require/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['referrer-presence'].properties.require.oneOf[0].items,
                                        data: data158
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err280];
                                    }
                                    else {
                                        vErrors.push(err280);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err281 = {
                                    instancePath: instancePath + '/referrer-presence/require/' + i19,
                                    schemaPath: '#/properties/referrer-presence/properties/require/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['referrer-presence'].properties.require.oneOf[0].items.type,
                                    parentSchema: schema31.properties['referrer-presence'].properties.require.oneOf[0].items,
                                    data: data158
                                };
                                if (vErrors === null) {
                                    vErrors = [err281];
                                }
                                else {
                                    vErrors.push(err281);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err282 = {
                            instancePath: instancePath + '/referrer-presence/require',
                            schemaPath: '#/properties/referrer-presence/properties/require/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['referrer-presence'].properties.require.oneOf[0].type,
                            parentSchema: schema31.properties['referrer-presence'].properties.require.oneOf[0],
                            data: data157
                        };
                        if (vErrors === null) {
                            vErrors = [err282];
                        }
                        else {
                            vErrors.push(err282);
                        }
                        errors++;
                    }
                    var _valid16 = _errs374 === errors;
                    if (_valid16) {
                        valid69 = true;
                        passing16 = 0;
                    }
                    const _errs378 = errors;
                    if (typeof data157 === 'string') {
                        if (func2(data157) < 1) {
                            const err283 = {
                                instancePath: instancePath + '/referrer-presence/require',
                                schemaPath: '#/properties/referrer-presence/properties/require/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['referrer-presence'].properties.require.oneOf[1],
                                data: data157
                            };
                            if (vErrors === null) {
                                vErrors = [err283];
                            }
                            else {
                                vErrors.push(err283);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err284 = {
                            instancePath: instancePath + '/referrer-presence/require',
                            schemaPath: '#/properties/referrer-presence/properties/require/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['referrer-presence'].properties.require.oneOf[1].type,
                            parentSchema: schema31.properties['referrer-presence'].properties.require.oneOf[1],
                            data: data157
                        };
                        if (vErrors === null) {
                            vErrors = [err284];
                        }
                        else {
                            vErrors.push(err284);
                        }
                        errors++;
                    }
                    var _valid16 = _errs378 === errors;
                    if (_valid16 && valid69) {
                        valid69 = false;
                        passing16 = [passing16, 1];
                    }
                    else {
                        if (_valid16) {
                            valid69 = true;
                            passing16 = 1;
                        }
                    }
                    if (!valid69) {
                        const err285 = {
                            instancePath: instancePath + '/referrer-presence/require',
                            schemaPath: '#/properties/referrer-presence/properties/require/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing16 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['referrer-presence'].properties.require.oneOf,
                            parentSchema: schema31.properties['referrer-presence'].properties.require,
                            data: data157
                        };
                        if (vErrors === null) {
                            vErrors = [err285];
                        }
                        else {
                            vErrors.push(err285);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs373;
                        if (vErrors !== null) {
                            if (_errs373) {
                                vErrors.length = _errs373;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data155.platforms !== undefined) {
                    let data159 = data155.platforms;
                    if (!(data159 === 'all' || data159 === 'index-only' || data159 === 'platforms-only')) {
                        const err286 = {
                            instancePath: instancePath + '/referrer-presence/platforms',
                            schemaPath: '#/properties/referrer-presence/properties/platforms/enum',
                            keyword: 'enum',
                            params: {
                                allowedValues: schema31.properties['referrer-presence'].properties.platforms.enum
                            },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['referrer-presence'].properties.platforms.enum,
                            parentSchema: schema31.properties['referrer-presence'].properties.platforms,
                            data: data159
                        };
                        if (vErrors === null) {
                            vErrors = [err286];
                        }
                        else {
                            vErrors.push(err286);
                        }
                        errors++;
                    }
                }
                if (data155.conventions !== undefined) {
                    let data160 = data155.conventions;
                    const _errs382 = errors;
                    let valid72 = false;
                    let passing17 = null;
                    const _errs383 = errors;
                    if (Array.isArray(data160)) {
                        const len20 = data160.length;
                        for (let i20 = 0; i20 < len20; i20++) {
                            let data161 = data160[i20];
                            if (typeof data161 === 'string') {
                                if (func2(data161) < 1) {
                                    const err287 = {
                                        instancePath: instancePath + '/referrer-presence/conventions/' + i20,
                                        schemaPath: '#/properties/referrer-presence/properties/conventions/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['referrer-presence'].properties.conventions.oneOf[0]
                                            .items,
                                        data: data161
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err287];
                                    }
                                    else {
                                        vErrors.push(err287);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err288 = {
                                    instancePath: instancePath + '/referrer-presence/conventions/' + i20,
                                    schemaPath: '#/properties/referrer-presence/properties/conventions/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['referrer-presence'].properties.conventions.oneOf[0].items
                                        .type,
                                    parentSchema: schema31.properties['referrer-presence'].properties.conventions.oneOf[0].items,
                                    data: data161
                                };
                                if (vErrors === null) {
                                    vErrors = [err288];
                                }
                                else {
                                    vErrors.push(err288);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err289 = {
                            instancePath: instancePath + '/referrer-presence/conventions',
                            schemaPath: '#/properties/referrer-presence/properties/conventions/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['referrer-presence'].properties.conventions.oneOf[0].type,
                            parentSchema: schema31.properties['referrer-presence'].properties.conventions.oneOf[0],
                            data: data160
                        };
                        if (vErrors === null) {
                            vErrors = [err289];
                        }
                        else {
                            vErrors.push(err289);
                        }
                        errors++;
                    }
                    var _valid17 = _errs383 === errors;
                    if (_valid17) {
                        valid72 = true;
                        passing17 = 0;
                    }
                    const _errs387 = errors;
                    if (typeof data160 === 'string') {
                        if (func2(data160) < 1) {
                            const err290 = {
                                instancePath: instancePath + '/referrer-presence/conventions',
                                schemaPath: '#/properties/referrer-presence/properties/conventions/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['referrer-presence'].properties.conventions.oneOf[1],
                                data: data160
                            };
                            if (vErrors === null) {
                                vErrors = [err290];
                            }
                            else {
                                vErrors.push(err290);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err291 = {
                            instancePath: instancePath + '/referrer-presence/conventions',
                            schemaPath: '#/properties/referrer-presence/properties/conventions/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['referrer-presence'].properties.conventions.oneOf[1].type,
                            parentSchema: schema31.properties['referrer-presence'].properties.conventions.oneOf[1],
                            data: data160
                        };
                        if (vErrors === null) {
                            vErrors = [err291];
                        }
                        else {
                            vErrors.push(err291);
                        }
                        errors++;
                    }
                    var _valid17 = _errs387 === errors;
                    if (_valid17 && valid72) {
                        valid72 = false;
                        passing17 = [passing17, 1];
                    }
                    else {
                        if (_valid17) {
                            valid72 = true;
                            passing17 = 1;
                        }
                    }
                    if (!valid72) {
                        const err292 = {
                            instancePath: instancePath + '/referrer-presence/conventions',
                            schemaPath: '#/properties/referrer-presence/properties/conventions/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing17 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['referrer-presence'].properties.conventions.oneOf,
                            parentSchema: schema31.properties['referrer-presence'].properties.conventions,
                            data: data160
                        };
                        if (vErrors === null) {
                            vErrors = [err292];
                        }
                        else {
                            vErrors.push(err292);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs382;
                        if (vErrors !== null) {
                            if (_errs382) {
                                vErrors.length = _errs382;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data155['oci-layout'] !== undefined) {
                    let data162 = data155['oci-layout'];
                    if (typeof data162 !== 'string') {
                        const err293 = {
                            instancePath: instancePath + '/referrer-presence/oci-layout',
                            schemaPath: '#/properties/referrer-presence/properties/oci-layout/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['referrer-presence'].properties['oci-layout'].type,
                            parentSchema: schema31.properties['referrer-presence'].properties['oci-layout'],
                            data: data162
                        };
                        if (vErrors === null) {
                            vErrors = [err293];
                        }
                        else {
                            vErrors.push(err293);
                        }
                        errors++;
                    }
                }
                if (data155.username !== undefined) {
                    let data163 = data155.username;
                    if (typeof data163 !== 'string') {
                        const err294 = {
                            instancePath: instancePath + '/referrer-presence/username',
                            schemaPath: '#/properties/referrer-presence/properties/username/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['referrer-presence'].properties.username.type,
                            parentSchema: schema31.properties['referrer-presence'].properties.username,
                            data: data163
                        };
                        if (vErrors === null) {
                            vErrors = [err294];
                        }
                        else {
                            vErrors.push(err294);
                        }
                        errors++;
                    }
                }
                if (data155.insecure !== undefined) {
                    let data164 = data155.insecure;
                    if (typeof data164 !== 'boolean') {
                        const err295 = {
                            instancePath: instancePath + '/referrer-presence/insecure',
                            schemaPath: '#/properties/referrer-presence/properties/insecure/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema31.properties['referrer-presence'].properties.insecure.type,
                            parentSchema: schema31.properties['referrer-presence'].properties.insecure,
                            data: data164
                        };
                        if (vErrors === null) {
                            vErrors = [err295];
                        }
                        else {
                            vErrors.push(err295);
                        }
                        errors++;
                    }
                }
                if (data155['timeout-seconds'] !== undefined) {
                    let data165 = data155['timeout-seconds'];
                    if (typeof data165 == 'number') {
                        if (data165 > 3600 || isNaN(data165)) {
                            const err296 = {
                                instancePath: instancePath + '/referrer-presence/timeout-seconds',
                                schemaPath: '#/properties/referrer-presence/properties/timeout-seconds/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 3600 },
                                message: 'must be <= 3600',
                                schema: 3600,
                                parentSchema: schema31.properties['referrer-presence'].properties['timeout-seconds'],
                                data: data165
                            };
                            if (vErrors === null) {
                                vErrors = [err296];
                            }
                            else {
                                vErrors.push(err296);
                            }
                            errors++;
                        }
                        if (data165 < 1 || isNaN(data165)) {
                            const err297 = {
                                instancePath: instancePath + '/referrer-presence/timeout-seconds',
                                schemaPath: '#/properties/referrer-presence/properties/timeout-seconds/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 1 },
                                message: 'must be >= 1',
                                schema: 1,
                                parentSchema: schema31.properties['referrer-presence'].properties['timeout-seconds'],
                                data: data165
                            };
                            if (vErrors === null) {
                                vErrors = [err297];
                            }
                            else {
                                vErrors.push(err297);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err298 = {
                            instancePath: instancePath + '/referrer-presence/timeout-seconds',
                            schemaPath: '#/properties/referrer-presence/properties/timeout-seconds/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number',
                            schema: schema31.properties['referrer-presence'].properties['timeout-seconds'].type,
                            parentSchema: schema31.properties['referrer-presence'].properties['timeout-seconds'],
                            data: data165
                        };
                        if (vErrors === null) {
                            vErrors = [err298];
                        }
                        else {
                            vErrors.push(err298);
                        }
                        errors++;
                    }
                }
                if (data155.mode !== undefined) {
                    let data166 = data155.mode;
                    if (!(data166 === 'enforce' || data166 === 'audit')) {
                        const err299 = {
                            instancePath: instancePath + '/referrer-presence/mode',
                            schemaPath: '#/properties/referrer-presence/properties/mode/enum',
                            keyword: 'enum',
                            params: {
                                allowedValues: schema31.properties['referrer-presence'].properties.mode.enum
                            },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['referrer-presence'].properties.mode.enum,
                            parentSchema: schema31.properties['referrer-presence'].properties.mode,
                            data: data166
                        };
                        if (vErrors === null) {
                            vErrors = [err299];
                        }
                        else {
                            vErrors.push(err299);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err300 = {
                    instancePath: instancePath + '/referrer-presence',
                    schemaPath: '#/properties/referrer-presence/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema31.properties['referrer-presence'].type,
                    parentSchema: schema31.properties['referrer-presence'],
                    data: data155
                };
                if (vErrors === null) {
                    vErrors = [err300];
                }
                else {
                    vErrors.push(err300);
                }
                errors++;
            }
        }
        if (data['sbom-vex'] !== undefined) {
            let data167 = data['sbom-vex'];
            if (data167 && typeof data167 == 'object' && !Array.isArray(data167)) {
                for (const key15 in data167) {
                    if (!func1.call(schema31.properties['sbom-vex'].properties, key15)) {
                        const err301 = {
                            instancePath: instancePath + '/sbom-vex',
                            schemaPath: '#/properties/sbom-vex/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key15 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema31.properties['sbom-vex'],
                            data: data167
                        };
                        if (vErrors === null) {
                            vErrors = [err301];
                        }
                        else {
                            vErrors.push(err301);
                        }
                        errors++;
                    }
                }
                if (data167.sbom !== undefined) {
                    let data168 = data167.sbom;
                    if (typeof data168 !== 'string') {
                        const err302 = {
                            instancePath: instancePath + '/sbom-vex/sbom',
                            schemaPath: '#/properties/sbom-vex/properties/sbom/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['sbom-vex'].properties.sbom.type,
                            parentSchema: schema31.properties['sbom-vex'].properties.sbom,
                            data: data168
                        };
                        if (vErrors === null) {
                            vErrors = [err302];
                        }
                        else {
                            vErrors.push(err302);
                        }
                        errors++;
                    }
                }
                if (data167.reports !== undefined) {
                    let data169 = data167.reports;
                    const _errs404 = errors;
                    let valid76 = false;
                    let passing18 = null;
                    const _errs405 = errors;
                    if (Array.isArray(data169)) {
                        const len21 = data169.length;
                        for (let i21 = 0; i21 < len21; i21++) {
                            let data170 = data169[i21];
                            if (typeof data170 === 'string') {
                                if (func2(data170) < 1) {
                                    const err303 = {
                                        instancePath: instancePath + '/sbom-vex/reports/' + i21,
                                        schemaPath: '#/properties/sbom-vex/properties/reports/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['sbom-vex'].properties.reports.oneOf[0].items,
                                        data: data170
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err303];
                                    }
                                    else {
                                        vErrors.push(err303);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err304 = {
                                    instancePath: instancePath + '/sbom-vex/reports/' + i21,
                                    schemaPath: '#/properties/sbom-vex/properties/reports/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['sbom-vex'].properties.reports.oneOf[0].items.type,
                                    parentSchema: schema31.properties['sbom-vex'].properties.reports.oneOf[0].items,
                                    data: data170
                                };
                                if (vErrors === null) {
                                    vErrors = [err304];
                                }
                                else {
                                    vErrors.push(err304);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err305 = {
                            instancePath: instancePath + '/sbom-vex/reports',
                            schemaPath: '#/properties/sbom-vex/properties/reports/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['sbom-vex'].properties.reports.oneOf[0].type,
                            parentSchema: schema31.properties['sbom-vex'].properties.reports.oneOf[0],
                            data: data169
                        };
                        if (vErrors === null) {
                            vErrors = [err305];
                        }
                        else {
                            vErrors.push(err305);
                        }
                        errors++;
                    }
                    var _valid18 = _errs405 === errors;
                    if (_valid18) {
                        valid76 = true;
                        passing18 = 0;
                    }
                    const _errs409 = errors;
                    if (typeof data169 === 'string') {
                        if (func2(data169) < 1) {
                            const err306 = {
                                instancePath: instancePath + '/sbom-vex/reports',
                                schemaPath: '#/properties/sbom-vex/properties/reports/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['sbom-vex'].properties.reports.oneOf[1],
                                data: data169
                            };
                            if (vErrors === null) {
                                vErrors = [err306];
                            }
                            else {
                                vErrors.push(err306);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err307 = {
                            instancePath: instancePath + '/sbom-vex/reports',
                            schemaPath: '#/properties/sbom-vex/properties/reports/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['sbom-vex'].properties.reports.oneOf[1].type,
                            parentSchema: schema31.properties['sbom-vex'].properties.reports.oneOf[1],
                            data: data169
                        };
                        if (vErrors === null) {
                            vErrors = [err307];
                        }
                        else {
                            vErrors.push(err307);
                        }
                        errors++;
                    }
                    var _valid18 = _errs409 === errors;
                    if (_valid18 && valid76) {
                        valid76 = false;
                        passing18 = [passing18, 1];
                    }
                    else {
                        if (_valid18) {
                            valid76 = true;
                            passing18 = 1;
                        }
                    }
                    if (!valid76) {
                        const err308 = {
                            instancePath: instancePath + '/sbom-vex/reports',
                            schemaPath: '#/properties/sbom-vex/properties/reports/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing18 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['sbom-vex'].properties.reports.oneOf,
                            parentSchema: schema31.properties['sbom-vex'].properties.reports,
                            data: data169
                        };
                        if (vErrors === null) {
                            vErrors = [err308];
                        }
                        else {
                            vErrors.push(err308);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs404;
                        if (vErrors !== null) {
                            if (_errs404) {
                                vErrors.length = _errs404;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data167.vex !== undefined) {
                    let data171 = data167.vex;
                    const _errs412 = errors;
                    let valid79 = false;
                    let passing19 = null;
                    const _errs413 = errors;
                    if (Array.isArray(data171)) {
                        const len22 = data171.length;
                        for (let i22 = 0; i22 < len22; i22++) {
                            let data172 = data171[i22];
                            if (typeof data172 === 'string') {
                                if (func2(data172) < 1) {
                                    const err309 = {
                                        instancePath: instancePath + '/sbom-vex/vex/' + i22,
                                        schemaPath: '#/properties/sbom-vex/properties/vex/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['sbom-vex'].properties.vex.oneOf[0].items,
                                        data: data172
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err309];
                                    }
                                    else {
                                        vErrors.push(err309);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err310 = {
                                    instancePath: instancePath + '/sbom-vex/vex/' + i22,
                                    schemaPath: '#/properties/sbom-vex/properties/vex/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['sbom-vex'].properties.vex.oneOf[0].items.type,
                                    parentSchema: schema31.properties['sbom-vex'].properties.vex.oneOf[0].items,
                                    data: data172
                                };
                                if (vErrors === null) {
                                    vErrors = [err310];
                                }
                                else {
                                    vErrors.push(err310);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err311 = {
                            instancePath: instancePath + '/sbom-vex/vex',
                            schemaPath: '#/properties/sbom-vex/properties/vex/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['sbom-vex'].properties.vex.oneOf[0].type,
                            parentSchema: schema31.properties['sbom-vex'].properties.vex.oneOf[0],
                            data: data171
                        };
                        if (vErrors === null) {
                            vErrors = [err311];
                        }
                        else {
                            vErrors.push(err311);
                        }
                        errors++;
                    }
                    var _valid19 = _errs413 === errors;
                    if (_valid19) {
                        valid79 = true;
                        passing19 = 0;
                    }
                    const _errs417 = errors;
                    if (typeof data171 === 'string') {
                        if (func2(data171) < 1) {
                            const err312 = {
                                instancePath: instancePath + '/sbom-vex/vex',
                                schemaPath: '#/properties/sbom-vex/properties/vex/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['sbom-vex'].properties.vex.oneOf[1],
                                data: data171
                            };
                            if (vErrors === null) {
                                vErrors = [err312];
                            }
                            else {
                                vErrors.push(err312);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err313 = {
                            instancePath: instancePath + '/sbom-vex/vex',
                            schemaPath: '#/properties/sbom-vex/properties/vex/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['sbom-vex'].properties.vex.oneOf[1].type,
                            parentSchema: schema31.properties['sbom-vex'].properties.vex.oneOf[1],
                            data: data171
                        };
                        if (vErrors === null) {
                            vErrors = [err313];
                        }
                        else {
                            vErrors.push(err313);
                        }
                        errors++;
                    }
                    var _valid19 = _errs417 === errors;
                    if (_valid19 && valid79) {
                        valid79 = false;
                        passing19 = [passing19, 1];
                    }
                    else {
                        if (_valid19) {
                            valid79 = true;
                            passing19 = 1;
                        }
                    }
                    if (!valid79) {
                        const err314 = {
                            instancePath: instancePath + '/sbom-vex/vex',
                            schemaPath: '#/properties/sbom-vex/properties/vex/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing19 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['sbom-vex'].properties.vex.oneOf,
                            parentSchema: schema31.properties['sbom-vex'].properties.vex,
                            data: data171
                        };
                        if (vErrors === null) {
                            vErrors = [err314];
                        }
                        else {
                            vErrors.push(err314);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs412;
                        if (vErrors !== null) {
                            if (_errs412) {
                                vErrors.length = _errs412;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data167.product !== undefined) {
                    let data173 = data167.product;
                    const _errs420 = errors;
                    let valid82 = false;
                    let passing20 = null;
                    const _errs421 = errors;
                    if (Array.isArray(data173)) {
                        const len23 = data173.length;
                        for (let i23 = 0; i23 < len23; i23++) {
                            let data174 = data173[i23];
                            if (typeof data174 === 'string') {
                                if (func2(data174) < 1) {
                                    const err315 = {
                                        instancePath: instancePath + '/sbom-vex/product/' + i23,
                                        schemaPath: '#/properties/sbom-vex/properties/product/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['sbom-vex'].properties.product.oneOf[0].items,
                                        data: data174
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err315];
                                    }
                                    else {
                                        vErrors.push(err315);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err316 = {
                                    instancePath: instancePath + '/sbom-vex/product/' + i23,
                                    schemaPath: '#/properties/sbom-vex/properties/product/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['sbom-vex'].properties.product.oneOf[0].items.type,
                                    parentSchema: schema31.properties['sbom-vex'].properties.product.oneOf[0].items,
                                    data: data174
                                };
                                if (vErrors === null) {
                                    vErrors = [err316];
                                }
                                else {
                                    vErrors.push(err316);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err317 = {
                            instancePath: instancePath + '/sbom-vex/product',
                            schemaPath: '#/properties/sbom-vex/properties/product/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['sbom-vex'].properties.product.oneOf[0].type,
                            parentSchema: schema31.properties['sbom-vex'].properties.product.oneOf[0],
                            data: data173
                        };
                        if (vErrors === null) {
                            vErrors = [err317];
                        }
                        else {
                            vErrors.push(err317);
                        }
                        errors++;
                    }
                    var _valid20 = _errs421 === errors;
                    if (_valid20) {
                        valid82 = true;
                        passing20 = 0;
                    }
                    const _errs425 = errors;
                    if (typeof data173 === 'string') {
                        if (func2(data173) < 1) {
                            const err318 = {
                                instancePath: instancePath + '/sbom-vex/product',
                                schemaPath: '#/properties/sbom-vex/properties/product/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['sbom-vex'].properties.product.oneOf[1],
                                data: data173
                            };
                            if (vErrors === null) {
                                vErrors = [err318];
                            }
                            else {
                                vErrors.push(err318);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err319 = {
                            instancePath: instancePath + '/sbom-vex/product',
                            schemaPath: '#/properties/sbom-vex/properties/product/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['sbom-vex'].properties.product.oneOf[1].type,
                            parentSchema: schema31.properties['sbom-vex'].properties.product.oneOf[1],
                            data: data173
                        };
                        if (vErrors === null) {
                            vErrors = [err319];
                        }
                        else {
                            vErrors.push(err319);
                        }
                        errors++;
                    }
                    var _valid20 = _errs425 === errors;
                    if (_valid20 && valid82) {
                        valid82 = false;
                        passing20 = [passing20, 1];
                    }
                    else {
                        if (_valid20) {
                            valid82 = true;
                            passing20 = 1;
                        }
                    }
                    if (!valid82) {
                        const err320 = {
                            instancePath: instancePath + '/sbom-vex/product',
                            schemaPath: '#/properties/sbom-vex/properties/product/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing20 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['sbom-vex'].properties.product.oneOf,
                            parentSchema: schema31.properties['sbom-vex'].properties.product,
                            data: data173
                        };
                        if (vErrors === null) {
                            vErrors = [err320];
                        }
                        else {
                            vErrors.push(err320);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs420;
                        if (vErrors !== null) {
                            if (_errs420) {
                                vErrors.length = _errs420;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data167.kev !== undefined) {
                    let data175 = data167.kev;
                    if (typeof data175 !== 'string') {
                        const err321 = {
                            instancePath: instancePath + '/sbom-vex/kev',
                            schemaPath: '#/properties/sbom-vex/properties/kev/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['sbom-vex'].properties.kev.type,
                            parentSchema: schema31.properties['sbom-vex'].properties.kev,
                            data: data175
                        };
                        if (vErrors === null) {
                            vErrors = [err321];
                        }
                        else {
                            vErrors.push(err321);
                        }
                        errors++;
                    }
                }
                if (data167['kev-sha256'] !== undefined) {
                    let data176 = data167['kev-sha256'];
                    if (typeof data176 !== 'string') {
                        const err322 = {
                            instancePath: instancePath + '/sbom-vex/kev-sha256',
                            schemaPath: '#/properties/sbom-vex/properties/kev-sha256/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['sbom-vex'].properties['kev-sha256'].type,
                            parentSchema: schema31.properties['sbom-vex'].properties['kev-sha256'],
                            data: data176
                        };
                        if (vErrors === null) {
                            vErrors = [err322];
                        }
                        else {
                            vErrors.push(err322);
                        }
                        errors++;
                    }
                }
                if (data167.epss !== undefined) {
                    let data177 = data167.epss;
                    if (typeof data177 !== 'string') {
                        const err323 = {
                            instancePath: instancePath + '/sbom-vex/epss',
                            schemaPath: '#/properties/sbom-vex/properties/epss/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['sbom-vex'].properties.epss.type,
                            parentSchema: schema31.properties['sbom-vex'].properties.epss,
                            data: data177
                        };
                        if (vErrors === null) {
                            vErrors = [err323];
                        }
                        else {
                            vErrors.push(err323);
                        }
                        errors++;
                    }
                }
                if (data167['epss-sha256'] !== undefined) {
                    let data178 = data167['epss-sha256'];
                    if (typeof data178 !== 'string') {
                        const err324 = {
                            instancePath: instancePath + '/sbom-vex/epss-sha256',
                            schemaPath: '#/properties/sbom-vex/properties/epss-sha256/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['sbom-vex'].properties['epss-sha256'].type,
                            parentSchema: schema31.properties['sbom-vex'].properties['epss-sha256'],
                            data: data178
                        };
                        if (vErrors === null) {
                            vErrors = [err324];
                        }
                        else {
                            vErrors.push(err324);
                        }
                        errors++;
                    }
                }
                if (data167['max-risk'] !== undefined) {
                    let data179 = data167['max-risk'];
                    if (typeof data179 == 'number') {
                        if (data179 > 10 || isNaN(data179)) {
                            const err325 = {
                                instancePath: instancePath + '/sbom-vex/max-risk',
                                schemaPath: '#/properties/sbom-vex/properties/max-risk/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 10 },
                                message: 'must be <= 10',
                                schema: 10,
                                parentSchema: schema31.properties['sbom-vex'].properties['max-risk'],
                                data: data179
                            };
                            if (vErrors === null) {
                                vErrors = [err325];
                            }
                            else {
                                vErrors.push(err325);
                            }
                            errors++;
                        }
                        if (data179 < 0 || isNaN(data179)) {
                            const err326 = {
                                instancePath: instancePath + '/sbom-vex/max-risk',
                                schemaPath: '#/properties/sbom-vex/properties/max-risk/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0',
                                schema: 0,
                                parentSchema: schema31.properties['sbom-vex'].properties['max-risk'],
                                data: data179
                            };
                            if (vErrors === null) {
                                vErrors = [err326];
                            }
                            else {
                                vErrors.push(err326);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err327 = {
                            instancePath: instancePath + '/sbom-vex/max-risk',
                            schemaPath: '#/properties/sbom-vex/properties/max-risk/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number',
                            schema: schema31.properties['sbom-vex'].properties['max-risk'].type,
                            parentSchema: schema31.properties['sbom-vex'].properties['max-risk'],
                            data: data179
                        };
                        if (vErrors === null) {
                            vErrors = [err327];
                        }
                        else {
                            vErrors.push(err327);
                        }
                        errors++;
                    }
                }
                if (data167['max-vex-age'] !== undefined) {
                    let data180 = data167['max-vex-age'];
                    if (typeof data180 === 'string') {
                        if (func2(data180) < 1) {
                            const err328 = {
                                instancePath: instancePath + '/sbom-vex/max-vex-age',
                                schemaPath: '#/properties/sbom-vex/properties/max-vex-age/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['sbom-vex'].properties['max-vex-age'],
                                data: data180
                            };
                            if (vErrors === null) {
                                vErrors = [err328];
                            }
                            else {
                                vErrors.push(err328);
                            }
                            errors++;
                        }
                        if (!pattern7.test(data180)) {
                            const err329 = {
                                instancePath: instancePath + '/sbom-vex/max-vex-age',
                                schemaPath: '#/properties/sbom-vex/properties/max-vex-age/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[0-9PTptWDHMSwdhms.]+$' },
                                message: 'must match pattern "' + '^[0-9PTptWDHMSwdhms.]+$' + '"',
                                schema: '^[0-9PTptWDHMSwdhms.]+$',
                                parentSchema: schema31.properties['sbom-vex'].properties['max-vex-age'],
                                data: data180
                            };
                            if (vErrors === null) {
                                vErrors = [err329];
                            }
                            else {
                                vErrors.push(err329);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err330 = {
                            instancePath: instancePath + '/sbom-vex/max-vex-age',
                            schemaPath: '#/properties/sbom-vex/properties/max-vex-age/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['sbom-vex'].properties['max-vex-age'].type,
                            parentSchema: schema31.properties['sbom-vex'].properties['max-vex-age'],
                            data: data180
                        };
                        if (vErrors === null) {
                            vErrors = [err330];
                        }
                        else {
                            vErrors.push(err330);
                        }
                        errors++;
                    }
                }
                if (data167['max-feed-age'] !== undefined) {
                    let data181 = data167['max-feed-age'];
                    if (typeof data181 === 'string') {
                        if (func2(data181) < 1) {
                            const err331 = {
                                instancePath: instancePath + '/sbom-vex/max-feed-age',
                                schemaPath: '#/properties/sbom-vex/properties/max-feed-age/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['sbom-vex'].properties['max-feed-age'],
                                data: data181
                            };
                            if (vErrors === null) {
                                vErrors = [err331];
                            }
                            else {
                                vErrors.push(err331);
                            }
                            errors++;
                        }
                        if (!pattern7.test(data181)) {
                            const err332 = {
                                instancePath: instancePath + '/sbom-vex/max-feed-age',
                                schemaPath: '#/properties/sbom-vex/properties/max-feed-age/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[0-9PTptWDHMSwdhms.]+$' },
                                message: 'must match pattern "' + '^[0-9PTptWDHMSwdhms.]+$' + '"',
                                schema: '^[0-9PTptWDHMSwdhms.]+$',
                                parentSchema: schema31.properties['sbom-vex'].properties['max-feed-age'],
                                data: data181
                            };
                            if (vErrors === null) {
                                vErrors = [err332];
                            }
                            else {
                                vErrors.push(err332);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err333 = {
                            instancePath: instancePath + '/sbom-vex/max-feed-age',
                            schemaPath: '#/properties/sbom-vex/properties/max-feed-age/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['sbom-vex'].properties['max-feed-age'].type,
                            parentSchema: schema31.properties['sbom-vex'].properties['max-feed-age'],
                            data: data181
                        };
                        if (vErrors === null) {
                            vErrors = [err333];
                        }
                        else {
                            vErrors.push(err333);
                        }
                        errors++;
                    }
                }
                if (data167['require-sbom-match'] !== undefined) {
                    let data182 = data167['require-sbom-match'];
                    if (typeof data182 !== 'boolean') {
                        const err334 = {
                            instancePath: instancePath + '/sbom-vex/require-sbom-match',
                            schemaPath: '#/properties/sbom-vex/properties/require-sbom-match/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema31.properties['sbom-vex'].properties['require-sbom-match'].type,
                            parentSchema: schema31.properties['sbom-vex'].properties['require-sbom-match'],
                            data: data182
                        };
                        if (vErrors === null) {
                            vErrors = [err334];
                        }
                        else {
                            vErrors.push(err334);
                        }
                        errors++;
                    }
                }
                if (data167['vex-signer'] !== undefined) {
                    let data183 = data167['vex-signer'];
                    if (typeof data183 !== 'string') {
                        const err335 = {
                            instancePath: instancePath + '/sbom-vex/vex-signer',
                            schemaPath: '#/properties/sbom-vex/properties/vex-signer/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['sbom-vex'].properties['vex-signer'].type,
                            parentSchema: schema31.properties['sbom-vex'].properties['vex-signer'],
                            data: data183
                        };
                        if (vErrors === null) {
                            vErrors = [err335];
                        }
                        else {
                            vErrors.push(err335);
                        }
                        errors++;
                    }
                }
                if (data167['vex-signer-issuer'] !== undefined) {
                    let data184 = data167['vex-signer-issuer'];
                    if (typeof data184 !== 'string') {
                        const err336 = {
                            instancePath: instancePath + '/sbom-vex/vex-signer-issuer',
                            schemaPath: '#/properties/sbom-vex/properties/vex-signer-issuer/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['sbom-vex'].properties['vex-signer-issuer'].type,
                            parentSchema: schema31.properties['sbom-vex'].properties['vex-signer-issuer'],
                            data: data184
                        };
                        if (vErrors === null) {
                            vErrors = [err336];
                        }
                        else {
                            vErrors.push(err336);
                        }
                        errors++;
                    }
                }
                if (data167['trusted-root'] !== undefined) {
                    let data185 = data167['trusted-root'];
                    if (typeof data185 !== 'string') {
                        const err337 = {
                            instancePath: instancePath + '/sbom-vex/trusted-root',
                            schemaPath: '#/properties/sbom-vex/properties/trusted-root/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['sbom-vex'].properties['trusted-root'].type,
                            parentSchema: schema31.properties['sbom-vex'].properties['trusted-root'],
                            data: data185
                        };
                        if (vErrors === null) {
                            vErrors = [err337];
                        }
                        else {
                            vErrors.push(err337);
                        }
                        errors++;
                    }
                }
                if (data167['decision-file'] !== undefined) {
                    let data186 = data167['decision-file'];
                    if (typeof data186 !== 'string') {
                        const err338 = {
                            instancePath: instancePath + '/sbom-vex/decision-file',
                            schemaPath: '#/properties/sbom-vex/properties/decision-file/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['sbom-vex'].properties['decision-file'].type,
                            parentSchema: schema31.properties['sbom-vex'].properties['decision-file'],
                            data: data186
                        };
                        if (vErrors === null) {
                            vErrors = [err338];
                        }
                        else {
                            vErrors.push(err338);
                        }
                        errors++;
                    }
                }
                if (data167['sarif-file'] !== undefined) {
                    let data187 = data167['sarif-file'];
                    if (typeof data187 !== 'string') {
                        const err339 = {
                            instancePath: instancePath + '/sbom-vex/sarif-file',
                            schemaPath: '#/properties/sbom-vex/properties/sarif-file/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['sbom-vex'].properties['sarif-file'].type,
                            parentSchema: schema31.properties['sbom-vex'].properties['sarif-file'],
                            data: data187
                        };
                        if (vErrors === null) {
                            vErrors = [err339];
                        }
                        else {
                            vErrors.push(err339);
                        }
                        errors++;
                    }
                }
                if (data167.now !== undefined) {
                    let data188 = data167.now;
                    if (typeof data188 !== 'string') {
                        const err340 = {
                            instancePath: instancePath + '/sbom-vex/now',
                            schemaPath: '#/properties/sbom-vex/properties/now/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['sbom-vex'].properties.now.type,
                            parentSchema: schema31.properties['sbom-vex'].properties.now,
                            data: data188
                        };
                        if (vErrors === null) {
                            vErrors = [err340];
                        }
                        else {
                            vErrors.push(err340);
                        }
                        errors++;
                    }
                }
                if (data167.mode !== undefined) {
                    let data189 = data167.mode;
                    if (!(data189 === 'enforce' || data189 === 'audit')) {
                        const err341 = {
                            instancePath: instancePath + '/sbom-vex/mode',
                            schemaPath: '#/properties/sbom-vex/properties/mode/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema31.properties['sbom-vex'].properties.mode.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['sbom-vex'].properties.mode.enum,
                            parentSchema: schema31.properties['sbom-vex'].properties.mode,
                            data: data189
                        };
                        if (vErrors === null) {
                            vErrors = [err341];
                        }
                        else {
                            vErrors.push(err341);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err342 = {
                    instancePath: instancePath + '/sbom-vex',
                    schemaPath: '#/properties/sbom-vex/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema31.properties['sbom-vex'].type,
                    parentSchema: schema31.properties['sbom-vex'],
                    data: data167
                };
                if (vErrors === null) {
                    vErrors = [err342];
                }
                else {
                    vErrors.push(err342);
                }
                errors++;
            }
        }
        if (data['schema-check'] !== undefined) {
            let data190 = data['schema-check'];
            if (data190 && typeof data190 == 'object' && !Array.isArray(data190)) {
                for (const key16 in data190) {
                    if (!func1.call(schema31.properties['schema-check'].properties, key16)) {
                        const err343 = {
                            instancePath: instancePath + '/schema-check',
                            schemaPath: '#/properties/schema-check/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key16 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema31.properties['schema-check'],
                            data: data190
                        };
                        if (vErrors === null) {
                            vErrors = [err343];
                        }
                        else {
                            vErrors.push(err343);
                        }
                        errors++;
                    }
                }
                if (data190.files !== undefined) {
                    let data191 = data190.files;
                    const _errs460 = errors;
                    let valid86 = false;
                    let passing21 = null;
                    const _errs461 = errors;
                    if (Array.isArray(data191)) {
                        const len24 = data191.length;
                        for (let i24 = 0; i24 < len24; i24++) {
                            let data192 = data191[i24];
                            if (typeof data192 === 'string') {
                                if (func2(data192) < 1) {
                                    const err344 = {
                                        instancePath: instancePath + '/schema-check/files/' + i24,
                                        schemaPath: '#/properties/schema-check/properties/files/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['schema-check'].properties.files.oneOf[0].items,
                                        data: data192
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err344];
                                    }
                                    else {
                                        vErrors.push(err344);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err345 = {
                                    instancePath: instancePath + '/schema-check/files/' + i24,
                                    schemaPath: '#/properties/schema-check/properties/files/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['schema-check'].properties.files.oneOf[0].items.type,
                                    parentSchema: schema31.properties['schema-check'].properties.files.oneOf[0].items,
                                    data: data192
                                };
                                if (vErrors === null) {
                                    vErrors = [err345];
                                }
                                else {
                                    vErrors.push(err345);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err346 = {
                            instancePath: instancePath + '/schema-check/files',
                            schemaPath: '#/properties/schema-check/properties/files/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['schema-check'].properties.files.oneOf[0].type,
                            parentSchema: schema31.properties['schema-check'].properties.files.oneOf[0],
                            data: data191
                        };
                        if (vErrors === null) {
                            vErrors = [err346];
                        }
                        else {
                            vErrors.push(err346);
                        }
                        errors++;
                    }
                    var _valid21 = _errs461 === errors;
                    if (_valid21) {
                        valid86 = true;
                        passing21 = 0;
                    }
                    const _errs465 = errors;
                    if (typeof data191 === 'string') {
                        if (func2(data191) < 1) {
                            const err347 = {
                                instancePath: instancePath + '/schema-check/files',
                                schemaPath: '#/properties/schema-check/properties/files/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['schema-check'].properties.files.oneOf[1],
                                data: data191
                            };
                            if (vErrors === null) {
                                vErrors = [err347];
                            }
                            else {
                                vErrors.push(err347);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err348 = {
                            instancePath: instancePath + '/schema-check/files',
                            schemaPath: '#/properties/schema-check/properties/files/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['schema-check'].properties.files.oneOf[1].type,
                            parentSchema: schema31.properties['schema-check'].properties.files.oneOf[1],
                            data: data191
                        };
                        if (vErrors === null) {
                            vErrors = [err348];
                        }
                        else {
                            vErrors.push(err348);
                        }
                        errors++;
                    }
                    var _valid21 = _errs465 === errors;
                    if (_valid21 && valid86) {
                        valid86 = false;
                        passing21 = [passing21, 1];
                    }
                    else {
                        if (_valid21) {
                            valid86 = true;
                            passing21 = 1;
                        }
                    }
                    if (!valid86) {
                        const err349 = {
                            instancePath: instancePath + '/schema-check/files',
                            schemaPath: '#/properties/schema-check/properties/files/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing21 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['schema-check'].properties.files.oneOf,
                            parentSchema: schema31.properties['schema-check'].properties.files,
                            data: data191
                        };
                        if (vErrors === null) {
                            vErrors = [err349];
                        }
                        else {
                            vErrors.push(err349);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs460;
                        if (vErrors !== null) {
                            if (_errs460) {
                                vErrors.length = _errs460;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data190['compare-from'] !== undefined) {
                    let data193 = data190['compare-from'];
                    if (typeof data193 !== 'string') {
                        const err350 = {
                            instancePath: instancePath + '/schema-check/compare-from',
                            schemaPath: '#/properties/schema-check/properties/compare-from/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['schema-check'].properties['compare-from'].type,
                            parentSchema: schema31.properties['schema-check'].properties['compare-from'],
                            data: data193
                        };
                        if (vErrors === null) {
                            vErrors = [err350];
                        }
                        else {
                            vErrors.push(err350);
                        }
                        errors++;
                    }
                }
                if (data190['compare-to'] !== undefined) {
                    let data194 = data190['compare-to'];
                    if (typeof data194 !== 'string') {
                        const err351 = {
                            instancePath: instancePath + '/schema-check/compare-to',
                            schemaPath: '#/properties/schema-check/properties/compare-to/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['schema-check'].properties['compare-to'].type,
                            parentSchema: schema31.properties['schema-check'].properties['compare-to'],
                            data: data194
                        };
                        if (vErrors === null) {
                            vErrors = [err351];
                        }
                        else {
                            vErrors.push(err351);
                        }
                        errors++;
                    }
                }
                if (data190['max-file-bytes'] !== undefined) {
                    let data195 = data190['max-file-bytes'];
                    if (!(typeof data195 == 'number' && !(data195 % 1) && !isNaN(data195))) {
                        const err352 = {
                            instancePath: instancePath + '/schema-check/max-file-bytes',
                            schemaPath: '#/properties/schema-check/properties/max-file-bytes/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer',
                            schema: schema31.properties['schema-check'].properties['max-file-bytes'].type,
                            parentSchema: schema31.properties['schema-check'].properties['max-file-bytes'],
                            data: data195
                        };
                        if (vErrors === null) {
                            vErrors = [err352];
                        }
                        else {
                            vErrors.push(err352);
                        }
                        errors++;
                    }
                    if (typeof data195 == 'number') {
                        if (data195 > 68719476736 || isNaN(data195)) {
                            const err353 = {
                                instancePath: instancePath + '/schema-check/max-file-bytes',
                                schemaPath: '#/properties/schema-check/properties/max-file-bytes/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 68719476736 },
                                message: 'must be <= 68719476736',
                                schema: 68719476736,
                                parentSchema: schema31.properties['schema-check'].properties['max-file-bytes'],
                                data: data195
                            };
                            if (vErrors === null) {
                                vErrors = [err353];
                            }
                            else {
                                vErrors.push(err353);
                            }
                            errors++;
                        }
                        if (data195 < 1 || isNaN(data195)) {
                            const err354 = {
                                instancePath: instancePath + '/schema-check/max-file-bytes',
                                schemaPath: '#/properties/schema-check/properties/max-file-bytes/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 1 },
                                message: 'must be >= 1',
                                schema: 1,
                                parentSchema: schema31.properties['schema-check'].properties['max-file-bytes'],
                                data: data195
                            };
                            if (vErrors === null) {
                                vErrors = [err354];
                            }
                            else {
                                vErrors.push(err354);
                            }
                            errors++;
                        }
                    }
                }
                if (data190['max-line-bytes'] !== undefined) {
                    let data196 = data190['max-line-bytes'];
                    if (!(typeof data196 == 'number' && !(data196 % 1) && !isNaN(data196))) {
                        const err355 = {
                            instancePath: instancePath + '/schema-check/max-line-bytes',
                            schemaPath: '#/properties/schema-check/properties/max-line-bytes/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer',
                            schema: schema31.properties['schema-check'].properties['max-line-bytes'].type,
                            parentSchema: schema31.properties['schema-check'].properties['max-line-bytes'],
                            data: data196
                        };
                        if (vErrors === null) {
                            vErrors = [err355];
                        }
                        else {
                            vErrors.push(err355);
                        }
                        errors++;
                    }
                    if (typeof data196 == 'number') {
                        if (data196 > 67108864 || isNaN(data196)) {
                            const err356 = {
                                instancePath: instancePath + '/schema-check/max-line-bytes',
                                schemaPath: '#/properties/schema-check/properties/max-line-bytes/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 67108864 },
                                message: 'must be <= 67108864',
                                schema: 67108864,
                                parentSchema: schema31.properties['schema-check'].properties['max-line-bytes'],
                                data: data196
                            };
                            if (vErrors === null) {
                                vErrors = [err356];
                            }
                            else {
                                vErrors.push(err356);
                            }
                            errors++;
                        }
                        if (data196 < 2 || isNaN(data196)) {
                            const err357 = {
                                instancePath: instancePath + '/schema-check/max-line-bytes',
                                schemaPath: '#/properties/schema-check/properties/max-line-bytes/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 2 },
                                message: 'must be >= 2',
                                schema: 2,
                                parentSchema: schema31.properties['schema-check'].properties['max-line-bytes'],
                                data: data196
                            };
                            if (vErrors === null) {
                                vErrors = [err357];
                            }
                            else {
                                vErrors.push(err357);
                            }
                            errors++;
                        }
                    }
                }
                if (data190['max-records'] !== undefined) {
                    let data197 = data190['max-records'];
                    if (!(typeof data197 == 'number' && !(data197 % 1) && !isNaN(data197))) {
                        const err358 = {
                            instancePath: instancePath + '/schema-check/max-records',
                            schemaPath: '#/properties/schema-check/properties/max-records/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer',
                            schema: schema31.properties['schema-check'].properties['max-records'].type,
                            parentSchema: schema31.properties['schema-check'].properties['max-records'],
                            data: data197
                        };
                        if (vErrors === null) {
                            vErrors = [err358];
                        }
                        else {
                            vErrors.push(err358);
                        }
                        errors++;
                    }
                    if (typeof data197 == 'number') {
                        if (data197 > 1000000000 || isNaN(data197)) {
                            const err359 = {
                                instancePath: instancePath + '/schema-check/max-records',
                                schemaPath: '#/properties/schema-check/properties/max-records/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 1000000000 },
                                message: 'must be <= 1000000000',
                                schema: 1000000000,
                                parentSchema: schema31.properties['schema-check'].properties['max-records'],
                                data: data197
                            };
                            if (vErrors === null) {
                                vErrors = [err359];
                            }
                            else {
                                vErrors.push(err359);
                            }
                            errors++;
                        }
                        if (data197 < 1 || isNaN(data197)) {
                            const err360 = {
                                instancePath: instancePath + '/schema-check/max-records',
                                schemaPath: '#/properties/schema-check/properties/max-records/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 1 },
                                message: 'must be >= 1',
                                schema: 1,
                                parentSchema: schema31.properties['schema-check'].properties['max-records'],
                                data: data197
                            };
                            if (vErrors === null) {
                                vErrors = [err360];
                            }
                            else {
                                vErrors.push(err360);
                            }
                            errors++;
                        }
                    }
                }
                if (data190['max-findings'] !== undefined) {
                    let data198 = data190['max-findings'];
                    if (!(typeof data198 == 'number' && !(data198 % 1) && !isNaN(data198))) {
                        const err361 = {
                            instancePath: instancePath + '/schema-check/max-findings',
                            schemaPath: '#/properties/schema-check/properties/max-findings/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer',
                            schema: schema31.properties['schema-check'].properties['max-findings'].type,
                            parentSchema: schema31.properties['schema-check'].properties['max-findings'],
                            data: data198
                        };
                        if (vErrors === null) {
                            vErrors = [err361];
                        }
                        else {
                            vErrors.push(err361);
                        }
                        errors++;
                    }
                    if (typeof data198 == 'number') {
                        if (data198 > 1000000 || isNaN(data198)) {
                            const err362 = {
                                instancePath: instancePath + '/schema-check/max-findings',
                                schemaPath: '#/properties/schema-check/properties/max-findings/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 1000000 },
                                message: 'must be <= 1000000',
                                schema: 1000000,
                                parentSchema: schema31.properties['schema-check'].properties['max-findings'],
                                data: data198
                            };
                            if (vErrors === null) {
                                vErrors = [err362];
                            }
                            else {
                                vErrors.push(err362);
                            }
                            errors++;
                        }
                        if (data198 < 1 || isNaN(data198)) {
                            const err363 = {
                                instancePath: instancePath + '/schema-check/max-findings',
                                schemaPath: '#/properties/schema-check/properties/max-findings/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 1 },
                                message: 'must be >= 1',
                                schema: 1,
                                parentSchema: schema31.properties['schema-check'].properties['max-findings'],
                                data: data198
                            };
                            if (vErrors === null) {
                                vErrors = [err363];
                            }
                            else {
                                vErrors.push(err363);
                            }
                            errors++;
                        }
                    }
                }
                if (data190['sarif-file'] !== undefined) {
                    let data199 = data190['sarif-file'];
                    if (typeof data199 !== 'string') {
                        const err364 = {
                            instancePath: instancePath + '/schema-check/sarif-file',
                            schemaPath: '#/properties/schema-check/properties/sarif-file/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['schema-check'].properties['sarif-file'].type,
                            parentSchema: schema31.properties['schema-check'].properties['sarif-file'],
                            data: data199
                        };
                        if (vErrors === null) {
                            vErrors = [err364];
                        }
                        else {
                            vErrors.push(err364);
                        }
                        errors++;
                    }
                }
                if (data190.mode !== undefined) {
                    let data200 = data190.mode;
                    if (!(data200 === 'enforce' || data200 === 'audit')) {
                        const err365 = {
                            instancePath: instancePath + '/schema-check/mode',
                            schemaPath: '#/properties/schema-check/properties/mode/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema31.properties['schema-check'].properties.mode.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['schema-check'].properties.mode.enum,
                            parentSchema: schema31.properties['schema-check'].properties.mode,
                            data: data200
                        };
                        if (vErrors === null) {
                            vErrors = [err365];
                        }
                        else {
                            vErrors.push(err365);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err366 = {
                    instancePath: instancePath + '/schema-check',
                    schemaPath: '#/properties/schema-check/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema31.properties['schema-check'].type,
                    parentSchema: schema31.properties['schema-check'],
                    data: data190
                };
                if (vErrors === null) {
                    vErrors = [err366];
                }
                else {
                    vErrors.push(err366);
                }
                errors++;
            }
        }
        if (data.secretless !== undefined) {
            let data201 = data.secretless;
            if (data201 && typeof data201 == 'object' && !Array.isArray(data201)) {
                for (const key17 in data201) {
                    if (!func1.call(schema31.properties.secretless.properties, key17)) {
                        const err367 = {
                            instancePath: instancePath + '/secretless',
                            schemaPath: '#/properties/secretless/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key17 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema31.properties.secretless,
                            data: data201
                        };
                        if (vErrors === null) {
                            vErrors = [err367];
                        }
                        else {
                            vErrors.push(err367);
                        }
                        errors++;
                    }
                }
                if (data201.processes !== undefined) {
                    let data202 = data201.processes;
                    if (typeof data202 !== 'boolean') {
                        const err368 = {
                            instancePath: instancePath + '/secretless/processes',
                            schemaPath: '#/properties/secretless/properties/processes/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema31.properties.secretless.properties.processes.type,
                            parentSchema: schema31.properties.secretless.properties.processes,
                            data: data202
                        };
                        if (vErrors === null) {
                            vErrors = [err368];
                        }
                        else {
                            vErrors.push(err368);
                        }
                        errors++;
                    }
                }
                if (data201.files !== undefined) {
                    let data203 = data201.files;
                    const _errs488 = errors;
                    let valid90 = false;
                    let passing22 = null;
                    const _errs489 = errors;
                    if (Array.isArray(data203)) {
                        const len25 = data203.length;
                        for (let i25 = 0; i25 < len25; i25++) {
                            let data204 = data203[i25];
                            if (typeof data204 === 'string') {
                                if (func2(data204) < 1) {
                                    const err369 = {
                                        instancePath: instancePath + '/secretless/files/' + i25,
                                        schemaPath: '#/properties/secretless/properties/files/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties.secretless.properties.files.oneOf[0].items,
                                        data: data204
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err369];
                                    }
                                    else {
                                        vErrors.push(err369);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err370 = {
                                    instancePath: instancePath + '/secretless/files/' + i25,
                                    schemaPath: '#/properties/secretless/properties/files/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties.secretless.properties.files.oneOf[0].items.type,
                                    parentSchema: schema31.properties.secretless.properties.files.oneOf[0].items,
                                    data: data204
                                };
                                if (vErrors === null) {
                                    vErrors = [err370];
                                }
                                else {
                                    vErrors.push(err370);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err371 = {
                            instancePath: instancePath + '/secretless/files',
                            schemaPath: '#/properties/secretless/properties/files/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties.secretless.properties.files.oneOf[0].type,
                            parentSchema: schema31.properties.secretless.properties.files.oneOf[0],
                            data: data203
                        };
                        if (vErrors === null) {
                            vErrors = [err371];
                        }
                        else {
                            vErrors.push(err371);
                        }
                        errors++;
                    }
                    var _valid22 = _errs489 === errors;
                    if (_valid22) {
                        valid90 = true;
                        passing22 = 0;
                    }
                    const _errs493 = errors;
                    if (typeof data203 === 'string') {
                        if (func2(data203) < 1) {
                            const err372 = {
                                instancePath: instancePath + '/secretless/files',
                                schemaPath: '#/properties/secretless/properties/files/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties.secretless.properties.files.oneOf[1],
                                data: data203
                            };
                            if (vErrors === null) {
                                vErrors = [err372];
                            }
                            else {
                                vErrors.push(err372);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err373 = {
                            instancePath: instancePath + '/secretless/files',
                            schemaPath: '#/properties/secretless/properties/files/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties.secretless.properties.files.oneOf[1].type,
                            parentSchema: schema31.properties.secretless.properties.files.oneOf[1],
                            data: data203
                        };
                        if (vErrors === null) {
                            vErrors = [err373];
                        }
                        else {
                            vErrors.push(err373);
                        }
                        errors++;
                    }
                    var _valid22 = _errs493 === errors;
                    if (_valid22 && valid90) {
                        valid90 = false;
                        passing22 = [passing22, 1];
                    }
                    else {
                        if (_valid22) {
                            valid90 = true;
                            passing22 = 1;
                        }
                    }
                    if (!valid90) {
                        const err374 = {
                            instancePath: instancePath + '/secretless/files',
                            schemaPath: '#/properties/secretless/properties/files/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing22 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties.secretless.properties.files.oneOf,
                            parentSchema: schema31.properties.secretless.properties.files,
                            data: data203
                        };
                        if (vErrors === null) {
                            vErrors = [err374];
                        }
                        else {
                            vErrors.push(err374);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs488;
                        if (vErrors !== null) {
                            if (_errs488) {
                                vErrors.length = _errs488;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data201['allow-names'] !== undefined) {
                    let data205 = data201['allow-names'];
                    const _errs496 = errors;
                    let valid93 = false;
                    let passing23 = null;
                    const _errs497 = errors;
                    if (Array.isArray(data205)) {
                        const len26 = data205.length;
                        for (let i26 = 0; i26 < len26; i26++) {
                            let data206 = data205[i26];
                            if (typeof data206 === 'string') {
                                if (func2(data206) < 1) {
                                    const err375 = {
                                        instancePath: instancePath + '/secretless/allow-names/' + i26,
                                        schemaPath: '#/properties/secretless/properties/allow-names/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties.secretless.properties['allow-names'].oneOf[0].items,
                                        data: data206
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err375];
                                    }
                                    else {
                                        vErrors.push(err375);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err376 = {
                                    instancePath: instancePath + '/secretless/allow-names/' + i26,
                                    schemaPath: '#/properties/secretless/properties/allow-names/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties.secretless.properties['allow-names'].oneOf[0].items.type,
                                    parentSchema: schema31.properties.secretless.properties['allow-names'].oneOf[0].items,
                                    data: data206
                                };
                                if (vErrors === null) {
                                    vErrors = [err376];
                                }
                                else {
                                    vErrors.push(err376);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err377 = {
                            instancePath: instancePath + '/secretless/allow-names',
                            schemaPath: '#/properties/secretless/properties/allow-names/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties.secretless.properties['allow-names'].oneOf[0].type,
                            parentSchema: schema31.properties.secretless.properties['allow-names'].oneOf[0],
                            data: data205
                        };
                        if (vErrors === null) {
                            vErrors = [err377];
                        }
                        else {
                            vErrors.push(err377);
                        }
                        errors++;
                    }
                    var _valid23 = _errs497 === errors;
                    if (_valid23) {
                        valid93 = true;
                        passing23 = 0;
                    }
                    const _errs501 = errors;
                    if (typeof data205 === 'string') {
                        if (func2(data205) < 1) {
                            const err378 = {
                                instancePath: instancePath + '/secretless/allow-names',
                                schemaPath: '#/properties/secretless/properties/allow-names/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties.secretless.properties['allow-names'].oneOf[1],
                                data: data205
                            };
                            if (vErrors === null) {
                                vErrors = [err378];
                            }
                            else {
                                vErrors.push(err378);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err379 = {
                            instancePath: instancePath + '/secretless/allow-names',
                            schemaPath: '#/properties/secretless/properties/allow-names/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties.secretless.properties['allow-names'].oneOf[1].type,
                            parentSchema: schema31.properties.secretless.properties['allow-names'].oneOf[1],
                            data: data205
                        };
                        if (vErrors === null) {
                            vErrors = [err379];
                        }
                        else {
                            vErrors.push(err379);
                        }
                        errors++;
                    }
                    var _valid23 = _errs501 === errors;
                    if (_valid23 && valid93) {
                        valid93 = false;
                        passing23 = [passing23, 1];
                    }
                    else {
                        if (_valid23) {
                            valid93 = true;
                            passing23 = 1;
                        }
                    }
                    if (!valid93) {
                        const err380 = {
                            instancePath: instancePath + '/secretless/allow-names',
                            schemaPath: '#/properties/secretless/properties/allow-names/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing23 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties.secretless.properties['allow-names'].oneOf,
                            parentSchema: schema31.properties.secretless.properties['allow-names'],
                            data: data205
                        };
                        if (vErrors === null) {
                            vErrors = [err380];
                        }
                        else {
                            vErrors.push(err380);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs496;
                        if (vErrors !== null) {
                            if (_errs496) {
                                vErrors.length = _errs496;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data201['max-token-ttl'] !== undefined) {
                    let data207 = data201['max-token-ttl'];
                    if (typeof data207 === 'string') {
                        if (func2(data207) < 1) {
                            const err381 = {
                                instancePath: instancePath + '/secretless/max-token-ttl',
                                schemaPath: '#/properties/secretless/properties/max-token-ttl/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties.secretless.properties['max-token-ttl'],
                                data: data207
                            };
                            if (vErrors === null) {
                                vErrors = [err381];
                            }
                            else {
                                vErrors.push(err381);
                            }
                            errors++;
                        }
                        if (!pattern7.test(data207)) {
                            const err382 = {
                                instancePath: instancePath + '/secretless/max-token-ttl',
                                schemaPath: '#/properties/secretless/properties/max-token-ttl/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[0-9PTptWDHMSwdhms.]+$' },
                                message: 'must match pattern "' + '^[0-9PTptWDHMSwdhms.]+$' + '"',
                                schema: '^[0-9PTptWDHMSwdhms.]+$',
                                parentSchema: schema31.properties.secretless.properties['max-token-ttl'],
                                data: data207
                            };
                            if (vErrors === null) {
                                vErrors = [err382];
                            }
                            else {
                                vErrors.push(err382);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err383 = {
                            instancePath: instancePath + '/secretless/max-token-ttl',
                            schemaPath: '#/properties/secretless/properties/max-token-ttl/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties.secretless.properties['max-token-ttl'].type,
                            parentSchema: schema31.properties.secretless.properties['max-token-ttl'],
                            data: data207
                        };
                        if (vErrors === null) {
                            vErrors = [err383];
                        }
                        else {
                            vErrors.push(err383);
                        }
                        errors++;
                    }
                }
                if (data201['token-issuers'] !== undefined) {
                    let data208 = data201['token-issuers'];
                    const _errs506 = errors;
                    let valid96 = false;
                    let passing24 = null;
                    const _errs507 = errors;
                    if (Array.isArray(data208)) {
                        const len27 = data208.length;
                        for (let i27 = 0; i27 < len27; i27++) {
                            let data209 = data208[i27];
                            if (typeof data209 === 'string') {
                                if (func2(data209) < 1) {
                                    const err384 = {
                                        instancePath: instancePath + '/secretless/token-issuers/' + i27,
                                        schemaPath: '#/properties/secretless/properties/token-issuers/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties.secretless.properties['token-issuers'].oneOf[0].items,
                                        data: data209
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err384];
                                    }
                                    else {
                                        vErrors.push(err384);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err385 = {
                                    instancePath: instancePath + '/secretless/token-issuers/' + i27,
                                    schemaPath: '#/properties/secretless/properties/token-issuers/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties.secretless.properties['token-issuers'].oneOf[0].items.type,
                                    parentSchema: schema31.properties.secretless.properties['token-issuers'].oneOf[0].items,
                                    data: data209
                                };
                                if (vErrors === null) {
                                    vErrors = [err385];
                                }
                                else {
                                    vErrors.push(err385);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err386 = {
                            instancePath: instancePath + '/secretless/token-issuers',
                            schemaPath: '#/properties/secretless/properties/token-issuers/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties.secretless.properties['token-issuers'].oneOf[0].type,
                            parentSchema: schema31.properties.secretless.properties['token-issuers'].oneOf[0],
                            data: data208
                        };
                        if (vErrors === null) {
                            vErrors = [err386];
                        }
                        else {
                            vErrors.push(err386);
                        }
                        errors++;
                    }
                    var _valid24 = _errs507 === errors;
                    if (_valid24) {
                        valid96 = true;
                        passing24 = 0;
                    }
                    const _errs511 = errors;
                    if (typeof data208 === 'string') {
                        if (func2(data208) < 1) {
                            const err387 = {
                                instancePath: instancePath + '/secretless/token-issuers',
                                schemaPath: '#/properties/secretless/properties/token-issuers/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties.secretless.properties['token-issuers'].oneOf[1],
                                data: data208
                            };
                            if (vErrors === null) {
                                vErrors = [err387];
                            }
                            else {
                                vErrors.push(err387);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err388 = {
                            instancePath: instancePath + '/secretless/token-issuers',
                            schemaPath: '#/properties/secretless/properties/token-issuers/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties.secretless.properties['token-issuers'].oneOf[1].type,
                            parentSchema: schema31.properties.secretless.properties['token-issuers'].oneOf[1],
                            data: data208
                        };
                        if (vErrors === null) {
                            vErrors = [err388];
                        }
                        else {
                            vErrors.push(err388);
                        }
                        errors++;
                    }
                    var _valid24 = _errs511 === errors;
                    if (_valid24 && valid96) {
                        valid96 = false;
                        passing24 = [passing24, 1];
                    }
                    else {
                        if (_valid24) {
                            valid96 = true;
                            passing24 = 1;
                        }
                    }
                    if (!valid96) {
                        const err389 = {
                            instancePath: instancePath + '/secretless/token-issuers',
                            schemaPath: '#/properties/secretless/properties/token-issuers/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing24 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties.secretless.properties['token-issuers'].oneOf,
                            parentSchema: schema31.properties.secretless.properties['token-issuers'],
                            data: data208
                        };
                        if (vErrors === null) {
                            vErrors = [err389];
                        }
                        else {
                            vErrors.push(err389);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs506;
                        if (vErrors !== null) {
                            if (_errs506) {
                                vErrors.length = _errs506;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data201['library-rules'] !== undefined) {
                    let data210 = data201['library-rules'];
                    if (typeof data210 !== 'boolean') {
                        const err390 = {
                            instancePath: instancePath + '/secretless/library-rules',
                            schemaPath: '#/properties/secretless/properties/library-rules/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema31.properties.secretless.properties['library-rules'].type,
                            parentSchema: schema31.properties.secretless.properties['library-rules'],
                            data: data210
                        };
                        if (vErrors === null) {
                            vErrors = [err390];
                        }
                        else {
                            vErrors.push(err390);
                        }
                        errors++;
                    }
                }
                if (data201['on-unreadable'] !== undefined) {
                    let data211 = data201['on-unreadable'];
                    if (!(data211 === 'error' || data211 === 'warn')) {
                        const err391 = {
                            instancePath: instancePath + '/secretless/on-unreadable',
                            schemaPath: '#/properties/secretless/properties/on-unreadable/enum',
                            keyword: 'enum',
                            params: {
                                allowedValues: schema31.properties.secretless.properties['on-unreadable'].enum
                            },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties.secretless.properties['on-unreadable'].enum,
                            parentSchema: schema31.properties.secretless.properties['on-unreadable'],
                            data: data211
                        };
                        if (vErrors === null) {
                            vErrors = [err391];
                        }
                        else {
                            vErrors.push(err391);
                        }
                        errors++;
                    }
                }
                if (data201['sarif-file'] !== undefined) {
                    let data212 = data201['sarif-file'];
                    if (typeof data212 !== 'string') {
                        const err392 = {
                            instancePath: instancePath + '/secretless/sarif-file',
                            schemaPath: '#/properties/secretless/properties/sarif-file/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties.secretless.properties['sarif-file'].type,
                            parentSchema: schema31.properties.secretless.properties['sarif-file'],
                            data: data212
                        };
                        if (vErrors === null) {
                            vErrors = [err392];
                        }
                        else {
                            vErrors.push(err392);
                        }
                        errors++;
                    }
                }
                if (data201.mode !== undefined) {
                    let data213 = data201.mode;
                    if (!(data213 === 'enforce' || data213 === 'audit')) {
                        const err393 = {
                            instancePath: instancePath + '/secretless/mode',
                            schemaPath: '#/properties/secretless/properties/mode/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema31.properties.secretless.properties.mode.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties.secretless.properties.mode.enum,
                            parentSchema: schema31.properties.secretless.properties.mode,
                            data: data213
                        };
                        if (vErrors === null) {
                            vErrors = [err393];
                        }
                        else {
                            vErrors.push(err393);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err394 = {
                    instancePath: instancePath + '/secretless',
                    schemaPath: '#/properties/secretless/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema31.properties.secretless.type,
                    parentSchema: schema31.properties.secretless,
                    data: data201
                };
                if (vErrors === null) {
                    vErrors = [err394];
                }
                else {
                    vErrors.push(err394);
                }
                errors++;
            }
        }
        if (data['slsa-verify'] !== undefined) {
            let data214 = data['slsa-verify'];
            if (data214 && typeof data214 == 'object' && !Array.isArray(data214)) {
                for (const key18 in data214) {
                    if (!func1.call(schema31.properties['slsa-verify'].properties, key18)) {
                        const err395 = {
                            instancePath: instancePath + '/slsa-verify',
                            schemaPath: '#/properties/slsa-verify/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key18 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema31.properties['slsa-verify'],
                            data: data214
                        };
                        if (vErrors === null) {
                            vErrors = [err395];
                        }
                        else {
                            vErrors.push(err395);
                        }
                        errors++;
                    }
                }
                if (data214.artifact !== undefined) {
                    let data215 = data214.artifact;
                    const _errs523 = errors;
                    let valid100 = false;
                    let passing25 = null;
                    const _errs524 = errors;
                    if (Array.isArray(data215)) {
                        const len28 = data215.length;
                        for (let i28 = 0; i28 < len28; i28++) {
                            let data216 = data215[i28];
                            if (typeof data216 === 'string') {
                                if (func2(data216) < 1) {
                                    const err396 = {
                                        instancePath: instancePath + '/slsa-verify/artifact/' + i28,
                                        schemaPath: '#/properties/slsa-verify/properties/artifact/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['slsa-verify'].properties.artifact.oneOf[0].items,
                                        data: data216
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err396];
                                    }
                                    else {
                                        vErrors.push(err396);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err397 = {
                                    instancePath: instancePath + '/slsa-verify/artifact/' + i28,
                                    schemaPath: '#/properties/slsa-verify/properties/artifact/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['slsa-verify'].properties.artifact.oneOf[0].items.type,
                                    parentSchema: schema31.properties['slsa-verify'].properties.artifact.oneOf[0].items,
                                    data: data216
                                };
                                if (vErrors === null) {
                                    vErrors = [err397];
                                }
                                else {
                                    vErrors.push(err397);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err398 = {
                            instancePath: instancePath + '/slsa-verify/artifact',
                            schemaPath: '#/properties/slsa-verify/properties/artifact/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['slsa-verify'].properties.artifact.oneOf[0].type,
                            parentSchema: schema31.properties['slsa-verify'].properties.artifact.oneOf[0],
                            data: data215
                        };
                        if (vErrors === null) {
                            vErrors = [err398];
                        }
                        else {
                            vErrors.push(err398);
                        }
                        errors++;
                    }
                    var _valid25 = _errs524 === errors;
                    if (_valid25) {
                        valid100 = true;
                        passing25 = 0;
                    }
                    const _errs528 = errors;
                    if (typeof data215 === 'string') {
                        if (func2(data215) < 1) {
                            const err399 = {
                                instancePath: instancePath + '/slsa-verify/artifact',
                                schemaPath: '#/properties/slsa-verify/properties/artifact/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['slsa-verify'].properties.artifact.oneOf[1],
                                data: data215
                            };
                            if (vErrors === null) {
                                vErrors = [err399];
                            }
                            else {
                                vErrors.push(err399);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err400 = {
                            instancePath: instancePath + '/slsa-verify/artifact',
                            schemaPath: '#/properties/slsa-verify/properties/artifact/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['slsa-verify'].properties.artifact.oneOf[1].type,
                            parentSchema: schema31.properties['slsa-verify'].properties.artifact.oneOf[1],
                            data: data215
                        };
                        if (vErrors === null) {
                            vErrors = [err400];
                        }
                        else {
                            vErrors.push(err400);
                        }
                        errors++;
                    }
                    var _valid25 = _errs528 === errors;
                    if (_valid25 && valid100) {
                        valid100 = false;
                        passing25 = [passing25, 1];
                    }
                    else {
                        if (_valid25) {
                            valid100 = true;
                            passing25 = 1;
                        }
                    }
                    if (!valid100) {
                        const err401 = {
                            instancePath: instancePath + '/slsa-verify/artifact',
                            schemaPath: '#/properties/slsa-verify/properties/artifact/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing25 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['slsa-verify'].properties.artifact.oneOf,
                            parentSchema: schema31.properties['slsa-verify'].properties.artifact,
                            data: data215
                        };
                        if (vErrors === null) {
                            vErrors = [err401];
                        }
                        else {
                            vErrors.push(err401);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs523;
                        if (vErrors !== null) {
                            if (_errs523) {
                                vErrors.length = _errs523;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data214['artifact-digest'] !== undefined) {
                    let data217 = data214['artifact-digest'];
                    const _errs531 = errors;
                    let valid103 = false;
                    let passing26 = null;
                    const _errs532 = errors;
                    if (Array.isArray(data217)) {
                        const len29 = data217.length;
                        for (let i29 = 0; i29 < len29; i29++) {
                            let data218 = data217[i29];
                            if (typeof data218 === 'string') {
                                if (func2(data218) < 1) {
                                    const err402 = {
                                        instancePath: instancePath + '/slsa-verify/artifact-digest/' + i29,
                                        schemaPath: '#/properties/slsa-verify/properties/artifact-digest/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['slsa-verify'].properties['artifact-digest'].oneOf[0]
                                            .items,
                                        data: data218
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err402];
                                    }
                                    else {
                                        vErrors.push(err402);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err403 = {
                                    instancePath: instancePath + '/slsa-verify/artifact-digest/' + i29,
                                    schemaPath: '#/properties/slsa-verify/properties/artifact-digest/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['slsa-verify'].properties['artifact-digest'].oneOf[0].items
                                        .type,
                                    parentSchema: schema31.properties['slsa-verify'].properties['artifact-digest'].oneOf[0].items,
                                    data: data218
                                };
                                if (vErrors === null) {
                                    vErrors = [err403];
                                }
                                else {
                                    vErrors.push(err403);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err404 = {
                            instancePath: instancePath + '/slsa-verify/artifact-digest',
                            schemaPath: '#/properties/slsa-verify/properties/artifact-digest/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['slsa-verify'].properties['artifact-digest'].oneOf[0].type,
                            parentSchema: schema31.properties['slsa-verify'].properties['artifact-digest'].oneOf[0],
                            data: data217
                        };
                        if (vErrors === null) {
                            vErrors = [err404];
                        }
                        else {
                            vErrors.push(err404);
                        }
                        errors++;
                    }
                    var _valid26 = _errs532 === errors;
                    if (_valid26) {
                        valid103 = true;
                        passing26 = 0;
                    }
                    const _errs536 = errors;
                    if (typeof data217 === 'string') {
                        if (func2(data217) < 1) {
                            const err405 = {
                                instancePath: instancePath + '/slsa-verify/artifact-digest',
                                schemaPath: '#/properties/slsa-verify/properties/artifact-digest/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['slsa-verify'].properties['artifact-digest'].oneOf[1],
                                data: data217
                            };
                            if (vErrors === null) {
                                vErrors = [err405];
                            }
                            else {
                                vErrors.push(err405);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err406 = {
                            instancePath: instancePath + '/slsa-verify/artifact-digest',
                            schemaPath: '#/properties/slsa-verify/properties/artifact-digest/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['slsa-verify'].properties['artifact-digest'].oneOf[1].type,
                            parentSchema: schema31.properties['slsa-verify'].properties['artifact-digest'].oneOf[1],
                            data: data217
                        };
                        if (vErrors === null) {
                            vErrors = [err406];
                        }
                        else {
                            vErrors.push(err406);
                        }
                        errors++;
                    }
                    var _valid26 = _errs536 === errors;
                    if (_valid26 && valid103) {
                        valid103 = false;
                        passing26 = [passing26, 1];
                    }
                    else {
                        if (_valid26) {
                            valid103 = true;
                            passing26 = 1;
                        }
                    }
                    if (!valid103) {
                        const err407 = {
                            instancePath: instancePath + '/slsa-verify/artifact-digest',
                            schemaPath: '#/properties/slsa-verify/properties/artifact-digest/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing26 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['slsa-verify'].properties['artifact-digest'].oneOf,
                            parentSchema: schema31.properties['slsa-verify'].properties['artifact-digest'],
                            data: data217
                        };
                        if (vErrors === null) {
                            vErrors = [err407];
                        }
                        else {
                            vErrors.push(err407);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs531;
                        if (vErrors !== null) {
                            if (_errs531) {
                                vErrors.length = _errs531;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data214.bundle !== undefined) {
                    let data219 = data214.bundle;
                    if (typeof data219 !== 'string') {
                        const err408 = {
                            instancePath: instancePath + '/slsa-verify/bundle',
                            schemaPath: '#/properties/slsa-verify/properties/bundle/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['slsa-verify'].properties.bundle.type,
                            parentSchema: schema31.properties['slsa-verify'].properties.bundle,
                            data: data219
                        };
                        if (vErrors === null) {
                            vErrors = [err408];
                        }
                        else {
                            vErrors.push(err408);
                        }
                        errors++;
                    }
                }
                if (data214.fetch !== undefined) {
                    let data220 = data214.fetch;
                    if (!(data220 === 'none' || data220 === 'github')) {
                        const err409 = {
                            instancePath: instancePath + '/slsa-verify/fetch',
                            schemaPath: '#/properties/slsa-verify/properties/fetch/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema31.properties['slsa-verify'].properties.fetch.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['slsa-verify'].properties.fetch.enum,
                            parentSchema: schema31.properties['slsa-verify'].properties.fetch,
                            data: data220
                        };
                        if (vErrors === null) {
                            vErrors = [err409];
                        }
                        else {
                            vErrors.push(err409);
                        }
                        errors++;
                    }
                }
                if (data214.timeout !== undefined) {
                    let data221 = data214.timeout;
                    if (typeof data221 === 'string') {
                        if (func2(data221) < 1) {
                            const err410 = {
                                instancePath: instancePath + '/slsa-verify/timeout',
                                schemaPath: '#/properties/slsa-verify/properties/timeout/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['slsa-verify'].properties.timeout,
                                data: data221
                            };
                            if (vErrors === null) {
                                vErrors = [err410];
                            }
                            else {
                                vErrors.push(err410);
                            }
                            errors++;
                        }
                        if (!pattern7.test(data221)) {
                            const err411 = {
                                instancePath: instancePath + '/slsa-verify/timeout',
                                schemaPath: '#/properties/slsa-verify/properties/timeout/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[0-9PTptWDHMSwdhms.]+$' },
                                message: 'must match pattern "' + '^[0-9PTptWDHMSwdhms.]+$' + '"',
                                schema: '^[0-9PTptWDHMSwdhms.]+$',
                                parentSchema: schema31.properties['slsa-verify'].properties.timeout,
                                data: data221
                            };
                            if (vErrors === null) {
                                vErrors = [err411];
                            }
                            else {
                                vErrors.push(err411);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err412 = {
                            instancePath: instancePath + '/slsa-verify/timeout',
                            schemaPath: '#/properties/slsa-verify/properties/timeout/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['slsa-verify'].properties.timeout.type,
                            parentSchema: schema31.properties['slsa-verify'].properties.timeout,
                            data: data221
                        };
                        if (vErrors === null) {
                            vErrors = [err412];
                        }
                        else {
                            vErrors.push(err412);
                        }
                        errors++;
                    }
                }
                if (data214['source-uri'] !== undefined) {
                    let data222 = data214['source-uri'];
                    if (typeof data222 !== 'string') {
                        const err413 = {
                            instancePath: instancePath + '/slsa-verify/source-uri',
                            schemaPath: '#/properties/slsa-verify/properties/source-uri/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['slsa-verify'].properties['source-uri'].type,
                            parentSchema: schema31.properties['slsa-verify'].properties['source-uri'],
                            data: data222
                        };
                        if (vErrors === null) {
                            vErrors = [err413];
                        }
                        else {
                            vErrors.push(err413);
                        }
                        errors++;
                    }
                }
                if (data214['source-tag'] !== undefined) {
                    let data223 = data214['source-tag'];
                    if (typeof data223 !== 'string') {
                        const err414 = {
                            instancePath: instancePath + '/slsa-verify/source-tag',
                            schemaPath: '#/properties/slsa-verify/properties/source-tag/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['slsa-verify'].properties['source-tag'].type,
                            parentSchema: schema31.properties['slsa-verify'].properties['source-tag'],
                            data: data223
                        };
                        if (vErrors === null) {
                            vErrors = [err414];
                        }
                        else {
                            vErrors.push(err414);
                        }
                        errors++;
                    }
                }
                if (data214['source-versioned-tag'] !== undefined) {
                    let data224 = data214['source-versioned-tag'];
                    if (typeof data224 !== 'string') {
                        const err415 = {
                            instancePath: instancePath + '/slsa-verify/source-versioned-tag',
                            schemaPath: '#/properties/slsa-verify/properties/source-versioned-tag/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['slsa-verify'].properties['source-versioned-tag'].type,
                            parentSchema: schema31.properties['slsa-verify'].properties['source-versioned-tag'],
                            data: data224
                        };
                        if (vErrors === null) {
                            vErrors = [err415];
                        }
                        else {
                            vErrors.push(err415);
                        }
                        errors++;
                    }
                }
                if (data214['source-branch'] !== undefined) {
                    let data225 = data214['source-branch'];
                    if (typeof data225 !== 'string') {
                        const err416 = {
                            instancePath: instancePath + '/slsa-verify/source-branch',
                            schemaPath: '#/properties/slsa-verify/properties/source-branch/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['slsa-verify'].properties['source-branch'].type,
                            parentSchema: schema31.properties['slsa-verify'].properties['source-branch'],
                            data: data225
                        };
                        if (vErrors === null) {
                            vErrors = [err416];
                        }
                        else {
                            vErrors.push(err416);
                        }
                        errors++;
                    }
                }
                if (data214['builder-id'] !== undefined) {
                    let data226 = data214['builder-id'];
                    if (typeof data226 !== 'string') {
                        const err417 = {
                            instancePath: instancePath + '/slsa-verify/builder-id',
                            schemaPath: '#/properties/slsa-verify/properties/builder-id/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['slsa-verify'].properties['builder-id'].type,
                            parentSchema: schema31.properties['slsa-verify'].properties['builder-id'],
                            data: data226
                        };
                        if (vErrors === null) {
                            vErrors = [err417];
                        }
                        else {
                            vErrors.push(err417);
                        }
                        errors++;
                    }
                }
                if (data214['signer-workflow'] !== undefined) {
                    let data227 = data214['signer-workflow'];
                    if (typeof data227 !== 'string') {
                        const err418 = {
                            instancePath: instancePath + '/slsa-verify/signer-workflow',
                            schemaPath: '#/properties/slsa-verify/properties/signer-workflow/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['slsa-verify'].properties['signer-workflow'].type,
                            parentSchema: schema31.properties['slsa-verify'].properties['signer-workflow'],
                            data: data227
                        };
                        if (vErrors === null) {
                            vErrors = [err418];
                        }
                        else {
                            vErrors.push(err418);
                        }
                        errors++;
                    }
                }
                if (data214['cert-oidc-issuer'] !== undefined) {
                    let data228 = data214['cert-oidc-issuer'];
                    if (typeof data228 !== 'string') {
                        const err419 = {
                            instancePath: instancePath + '/slsa-verify/cert-oidc-issuer',
                            schemaPath: '#/properties/slsa-verify/properties/cert-oidc-issuer/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['slsa-verify'].properties['cert-oidc-issuer'].type,
                            parentSchema: schema31.properties['slsa-verify'].properties['cert-oidc-issuer'],
                            data: data228
                        };
                        if (vErrors === null) {
                            vErrors = [err419];
                        }
                        else {
                            vErrors.push(err419);
                        }
                        errors++;
                    }
                }
                if (data214['deny-self-hosted-runners'] !== undefined) {
                    let data229 = data214['deny-self-hosted-runners'];
                    if (typeof data229 !== 'boolean') {
                        const err420 = {
                            instancePath: instancePath + '/slsa-verify/deny-self-hosted-runners',
                            schemaPath: '#/properties/slsa-verify/properties/deny-self-hosted-runners/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema31.properties['slsa-verify'].properties['deny-self-hosted-runners'].type,
                            parentSchema: schema31.properties['slsa-verify'].properties['deny-self-hosted-runners'],
                            data: data229
                        };
                        if (vErrors === null) {
                            vErrors = [err420];
                        }
                        else {
                            vErrors.push(err420);
                        }
                        errors++;
                    }
                }
                if (data214['predicate-type'] !== undefined) {
                    let data230 = data214['predicate-type'];
                    const _errs560 = errors;
                    let valid106 = false;
                    let passing27 = null;
                    const _errs561 = errors;
                    if (Array.isArray(data230)) {
                        const len30 = data230.length;
                        for (let i30 = 0; i30 < len30; i30++) {
                            let data231 = data230[i30];
                            if (typeof data231 === 'string') {
                                if (func2(data231) < 1) {
                                    const err421 = {
                                        instancePath: instancePath + '/slsa-verify/predicate-type/' + i30,
                                        schemaPath: '#/properties/slsa-verify/properties/predicate-type/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['slsa-verify'].properties['predicate-type'].oneOf[0]
                                            .items,
                                        data: data231
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err421];
                                    }
                                    else {
                                        vErrors.push(err421);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err422 = {
                                    instancePath: instancePath + '/slsa-verify/predicate-type/' + i30,
                                    schemaPath: '#/properties/slsa-verify/properties/predicate-type/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['slsa-verify'].properties['predicate-type'].oneOf[0].items
                                        .type,
                                    parentSchema: schema31.properties['slsa-verify'].properties['predicate-type'].oneOf[0].items,
                                    data: data231
                                };
                                if (vErrors === null) {
                                    vErrors = [err422];
                                }
                                else {
                                    vErrors.push(err422);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err423 = {
                            instancePath: instancePath + '/slsa-verify/predicate-type',
                            schemaPath: '#/properties/slsa-verify/properties/predicate-type/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['slsa-verify'].properties['predicate-type'].oneOf[0].type,
                            parentSchema: schema31.properties['slsa-verify'].properties['predicate-type'].oneOf[0],
                            data: data230
                        };
                        if (vErrors === null) {
                            vErrors = [err423];
                        }
                        else {
                            vErrors.push(err423);
                        }
                        errors++;
                    }
                    var _valid27 = _errs561 === errors;
                    if (_valid27) {
                        valid106 = true;
                        passing27 = 0;
                    }
                    const _errs565 = errors;
                    if (typeof data230 === 'string') {
                        if (func2(data230) < 1) {
                            const err424 = {
                                instancePath: instancePath + '/slsa-verify/predicate-type',
                                schemaPath: '#/properties/slsa-verify/properties/predicate-type/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['slsa-verify'].properties['predicate-type'].oneOf[1],
                                data: data230
                            };
                            if (vErrors === null) {
                                vErrors = [err424];
                            }
                            else {
                                vErrors.push(err424);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err425 = {
                            instancePath: instancePath + '/slsa-verify/predicate-type',
                            schemaPath: '#/properties/slsa-verify/properties/predicate-type/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['slsa-verify'].properties['predicate-type'].oneOf[1].type,
                            parentSchema: schema31.properties['slsa-verify'].properties['predicate-type'].oneOf[1],
                            data: data230
                        };
                        if (vErrors === null) {
                            vErrors = [err425];
                        }
                        else {
                            vErrors.push(err425);
                        }
                        errors++;
                    }
                    var _valid27 = _errs565 === errors;
                    if (_valid27 && valid106) {
                        valid106 = false;
                        passing27 = [passing27, 1];
                    }
                    else {
                        if (_valid27) {
                            valid106 = true;
                            passing27 = 1;
                        }
                    }
                    if (!valid106) {
                        const err426 = {
                            instancePath: instancePath + '/slsa-verify/predicate-type',
                            schemaPath: '#/properties/slsa-verify/properties/predicate-type/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing27 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['slsa-verify'].properties['predicate-type'].oneOf,
                            parentSchema: schema31.properties['slsa-verify'].properties['predicate-type'],
                            data: data230
                        };
                        if (vErrors === null) {
                            vErrors = [err426];
                        }
                        else {
                            vErrors.push(err426);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs560;
                        if (vErrors !== null) {
                            if (_errs560) {
                                vErrors.length = _errs560;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data214['trusted-root'] !== undefined) {
                    let data232 = data214['trusted-root'];
                    if (typeof data232 !== 'string') {
                        const err427 = {
                            instancePath: instancePath + '/slsa-verify/trusted-root',
                            schemaPath: '#/properties/slsa-verify/properties/trusted-root/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['slsa-verify'].properties['trusted-root'].type,
                            parentSchema: schema31.properties['slsa-verify'].properties['trusted-root'],
                            data: data232
                        };
                        if (vErrors === null) {
                            vErrors = [err427];
                        }
                        else {
                            vErrors.push(err427);
                        }
                        errors++;
                    }
                }
                if (data214.mode !== undefined) {
                    let data233 = data214.mode;
                    if (!(data233 === 'enforce' || data233 === 'audit')) {
                        const err428 = {
                            instancePath: instancePath + '/slsa-verify/mode',
                            schemaPath: '#/properties/slsa-verify/properties/mode/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema31.properties['slsa-verify'].properties.mode.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['slsa-verify'].properties.mode.enum,
                            parentSchema: schema31.properties['slsa-verify'].properties.mode,
                            data: data233
                        };
                        if (vErrors === null) {
                            vErrors = [err428];
                        }
                        else {
                            vErrors.push(err428);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err429 = {
                    instancePath: instancePath + '/slsa-verify',
                    schemaPath: '#/properties/slsa-verify/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema31.properties['slsa-verify'].type,
                    parentSchema: schema31.properties['slsa-verify'],
                    data: data214
                };
                if (vErrors === null) {
                    vErrors = [err429];
                }
                else {
                    vErrors.push(err429);
                }
                errors++;
            }
        }
        if (data['template-sync'] !== undefined) {
            let data234 = data['template-sync'];
            if (data234 && typeof data234 == 'object' && !Array.isArray(data234)) {
                for (const key19 in data234) {
                    if (!func1.call(schema31.properties['template-sync'].properties, key19)) {
                        const err430 = {
                            instancePath: instancePath + '/template-sync',
                            schemaPath: '#/properties/template-sync/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key19 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema31.properties['template-sync'],
                            data: data234
                        };
                        if (vErrors === null) {
                            vErrors = [err430];
                        }
                        else {
                            vErrors.push(err430);
                        }
                        errors++;
                    }
                }
                if (data234.to !== undefined) {
                    let data235 = data234.to;
                    if (typeof data235 !== 'string') {
                        const err431 = {
                            instancePath: instancePath + '/template-sync/to',
                            schemaPath: '#/properties/template-sync/properties/to/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['template-sync'].properties.to.type,
                            parentSchema: schema31.properties['template-sync'].properties.to,
                            data: data235
                        };
                        if (vErrors === null) {
                            vErrors = [err431];
                        }
                        else {
                            vErrors.push(err431);
                        }
                        errors++;
                    }
                }
                if (data234.channel !== undefined) {
                    let data236 = data234.channel;
                    if (typeof data236 !== 'string') {
                        const err432 = {
                            instancePath: instancePath + '/template-sync/channel',
                            schemaPath: '#/properties/template-sync/properties/channel/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['template-sync'].properties.channel.type,
                            parentSchema: schema31.properties['template-sync'].properties.channel,
                            data: data236
                        };
                        if (vErrors === null) {
                            vErrors = [err432];
                        }
                        else {
                            vErrors.push(err432);
                        }
                        errors++;
                    }
                }
                if (data234['hub-repository'] !== undefined) {
                    let data237 = data234['hub-repository'];
                    if (typeof data237 !== 'string') {
                        const err433 = {
                            instancePath: instancePath + '/template-sync/hub-repository',
                            schemaPath: '#/properties/template-sync/properties/hub-repository/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['template-sync'].properties['hub-repository'].type,
                            parentSchema: schema31.properties['template-sync'].properties['hub-repository'],
                            data: data237
                        };
                        if (vErrors === null) {
                            vErrors = [err433];
                        }
                        else {
                            vErrors.push(err433);
                        }
                        errors++;
                    }
                }
                if (data234['hub-url'] !== undefined) {
                    let data238 = data234['hub-url'];
                    if (typeof data238 !== 'string') {
                        const err434 = {
                            instancePath: instancePath + '/template-sync/hub-url',
                            schemaPath: '#/properties/template-sync/properties/hub-url/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['template-sync'].properties['hub-url'].type,
                            parentSchema: schema31.properties['template-sync'].properties['hub-url'],
                            data: data238
                        };
                        if (vErrors === null) {
                            vErrors = [err434];
                        }
                        else {
                            vErrors.push(err434);
                        }
                        errors++;
                    }
                }
                if (data234.repository !== undefined) {
                    let data239 = data234.repository;
                    if (typeof data239 !== 'string') {
                        const err435 = {
                            instancePath: instancePath + '/template-sync/repository',
                            schemaPath: '#/properties/template-sync/properties/repository/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['template-sync'].properties.repository.type,
                            parentSchema: schema31.properties['template-sync'].properties.repository,
                            data: data239
                        };
                        if (vErrors === null) {
                            vErrors = [err435];
                        }
                        else {
                            vErrors.push(err435);
                        }
                        errors++;
                    }
                }
                if (data234.base !== undefined) {
                    let data240 = data234.base;
                    if (typeof data240 !== 'string') {
                        const err436 = {
                            instancePath: instancePath + '/template-sync/base',
                            schemaPath: '#/properties/template-sync/properties/base/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['template-sync'].properties.base.type,
                            parentSchema: schema31.properties['template-sync'].properties.base,
                            data: data240
                        };
                        if (vErrors === null) {
                            vErrors = [err436];
                        }
                        else {
                            vErrors.push(err436);
                        }
                        errors++;
                    }
                }
                if (data234['pull-request'] !== undefined) {
                    let data241 = data234['pull-request'];
                    if (typeof data241 !== 'boolean') {
                        const err437 = {
                            instancePath: instancePath + '/template-sync/pull-request',
                            schemaPath: '#/properties/template-sync/properties/pull-request/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema31.properties['template-sync'].properties['pull-request'].type,
                            parentSchema: schema31.properties['template-sync'].properties['pull-request'],
                            data: data241
                        };
                        if (vErrors === null) {
                            vErrors = [err437];
                        }
                        else {
                            vErrors.push(err437);
                        }
                        errors++;
                    }
                }
                if (data234['report-file'] !== undefined) {
                    let data242 = data234['report-file'];
                    if (typeof data242 !== 'string') {
                        const err438 = {
                            instancePath: instancePath + '/template-sync/report-file',
                            schemaPath: '#/properties/template-sync/properties/report-file/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['template-sync'].properties['report-file'].type,
                            parentSchema: schema31.properties['template-sync'].properties['report-file'],
                            data: data242
                        };
                        if (vErrors === null) {
                            vErrors = [err438];
                        }
                        else {
                            vErrors.push(err438);
                        }
                        errors++;
                    }
                }
                if (data234.mode !== undefined) {
                    let data243 = data234.mode;
                    if (!(data243 === 'enforce' || data243 === 'audit')) {
                        const err439 = {
                            instancePath: instancePath + '/template-sync/mode',
                            schemaPath: '#/properties/template-sync/properties/mode/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema31.properties['template-sync'].properties.mode.enum },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['template-sync'].properties.mode.enum,
                            parentSchema: schema31.properties['template-sync'].properties.mode,
                            data: data243
                        };
                        if (vErrors === null) {
                            vErrors = [err439];
                        }
                        else {
                            vErrors.push(err439);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err440 = {
                    instancePath: instancePath + '/template-sync',
                    schemaPath: '#/properties/template-sync/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema31.properties['template-sync'].type,
                    parentSchema: schema31.properties['template-sync'],
                    data: data234
                };
                if (vErrors === null) {
                    vErrors = [err440];
                }
                else {
                    vErrors.push(err440);
                }
                errors++;
            }
        }
        if (data['workflow-policy'] !== undefined) {
            let data244 = data['workflow-policy'];
            if (data244 && typeof data244 == 'object' && !Array.isArray(data244)) {
                for (const key20 in data244) {
                    if (!func1.call(schema31.properties['workflow-policy'].properties, key20)) {
                        const err441 = {
                            instancePath: instancePath + '/workflow-policy',
                            schemaPath: '#/properties/workflow-policy/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key20 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema31.properties['workflow-policy'],
                            data: data244
                        };
                        if (vErrors === null) {
                            vErrors = [err441];
                        }
                        else {
                            vErrors.push(err441);
                        }
                        errors++;
                    }
                }
                if (data244.workflows !== undefined) {
                    let data245 = data244.workflows;
                    const _errs594 = errors;
                    let valid111 = false;
                    let passing28 = null;
                    const _errs595 = errors;
                    if (Array.isArray(data245)) {
                        const len31 = data245.length;
                        for (let i31 = 0; i31 < len31; i31++) {
                            let data246 = data245[i31];
                            if (typeof data246 === 'string') {
                                if (func2(data246) < 1) {
                                    const err442 = {
                                        instancePath: instancePath + '/workflow-policy/workflows/' + i31,
                                        schemaPath: '#/properties/workflow-policy/properties/workflows/oneOf/0/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema31.properties['workflow-policy'].properties.workflows.oneOf[0].items,
                                        data: data246
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err442];
                                    }
                                    else {
                                        vErrors.push(err442);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err443 = {
                                    instancePath: instancePath + '/workflow-policy/workflows/' + i31,
                                    schemaPath: '#/properties/workflow-policy/properties/workflows/oneOf/0/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema31.properties['workflow-policy'].properties.workflows.oneOf[0].items.type,
                                    parentSchema: schema31.properties['workflow-policy'].properties.workflows.oneOf[0].items,
                                    data: data246
                                };
                                if (vErrors === null) {
                                    vErrors = [err443];
                                }
                                else {
                                    vErrors.push(err443);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err444 = {
                            instancePath: instancePath + '/workflow-policy/workflows',
                            schemaPath: '#/properties/workflow-policy/properties/workflows/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['workflow-policy'].properties.workflows.oneOf[0].type,
                            parentSchema: schema31.properties['workflow-policy'].properties.workflows.oneOf[0],
                            data: data245
                        };
                        if (vErrors === null) {
                            vErrors = [err444];
                        }
                        else {
                            vErrors.push(err444);
                        }
                        errors++;
                    }
                    var _valid28 = _errs595 === errors;
                    if (_valid28) {
                        valid111 = true;
                        passing28 = 0;
                    }
                    const _errs599 = errors;
                    if (typeof data245 === 'string') {
                        if (func2(data245) < 1) {
                            const err445 = {
                                instancePath: instancePath + '/workflow-policy/workflows',
                                schemaPath: '#/properties/workflow-policy/properties/workflows/oneOf/1/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['workflow-policy'].properties.workflows.oneOf[1],
                                data: data245
                            };
                            if (vErrors === null) {
                                vErrors = [err445];
                            }
                            else {
                                vErrors.push(err445);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err446 = {
                            instancePath: instancePath + '/workflow-policy/workflows',
                            schemaPath: '#/properties/workflow-policy/properties/workflows/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['workflow-policy'].properties.workflows.oneOf[1].type,
                            parentSchema: schema31.properties['workflow-policy'].properties.workflows.oneOf[1],
                            data: data245
                        };
                        if (vErrors === null) {
                            vErrors = [err446];
                        }
                        else {
                            vErrors.push(err446);
                        }
                        errors++;
                    }
                    var _valid28 = _errs599 === errors;
                    if (_valid28 && valid111) {
                        valid111 = false;
                        passing28 = [passing28, 1];
                    }
                    else {
                        if (_valid28) {
                            valid111 = true;
                            passing28 = 1;
                        }
                    }
                    if (!valid111) {
                        const err447 = {
                            instancePath: instancePath + '/workflow-policy/workflows',
                            schemaPath: '#/properties/workflow-policy/properties/workflows/oneOf',
                            keyword: 'oneOf',
                            params: { passingSchemas: passing28 },
                            message: 'must match exactly one schema in oneOf',
                            schema: schema31.properties['workflow-policy'].properties.workflows.oneOf,
                            parentSchema: schema31.properties['workflow-policy'].properties.workflows,
                            data: data245
                        };
                        if (vErrors === null) {
                            vErrors = [err447];
                        }
                        else {
                            vErrors.push(err447);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs594;
                        if (vErrors !== null) {
                            if (_errs594) {
                                vErrors.length = _errs594;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data244.policy !== undefined) {
                    let data247 = data244.policy;
                    if (typeof data247 !== 'string') {
                        const err448 = {
                            instancePath: instancePath + '/workflow-policy/policy',
                            schemaPath: '#/properties/workflow-policy/properties/policy/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['workflow-policy'].properties.policy.type,
                            parentSchema: schema31.properties['workflow-policy'].properties.policy,
                            data: data247
                        };
                        if (vErrors === null) {
                            vErrors = [err448];
                        }
                        else {
                            vErrors.push(err448);
                        }
                        errors++;
                    }
                }
                if (data244['sarif-file'] !== undefined) {
                    let data248 = data244['sarif-file'];
                    if (typeof data248 !== 'string') {
                        const err449 = {
                            instancePath: instancePath + '/workflow-policy/sarif-file',
                            schemaPath: '#/properties/workflow-policy/properties/sarif-file/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['workflow-policy'].properties['sarif-file'].type,
                            parentSchema: schema31.properties['workflow-policy'].properties['sarif-file'],
                            data: data248
                        };
                        if (vErrors === null) {
                            vErrors = [err449];
                        }
                        else {
                            vErrors.push(err449);
                        }
                        errors++;
                    }
                }
                if (data244.online !== undefined) {
                    let data249 = data244.online;
                    if (typeof data249 !== 'boolean') {
                        const err450 = {
                            instancePath: instancePath + '/workflow-policy/online',
                            schemaPath: '#/properties/workflow-policy/properties/online/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema31.properties['workflow-policy'].properties.online.type,
                            parentSchema: schema31.properties['workflow-policy'].properties.online,
                            data: data249
                        };
                        if (vErrors === null) {
                            vErrors = [err450];
                        }
                        else {
                            vErrors.push(err450);
                        }
                        errors++;
                    }
                }
                if (data244['online-timeout'] !== undefined) {
                    let data250 = data244['online-timeout'];
                    if (typeof data250 === 'string') {
                        if (func2(data250) < 1) {
                            const err451 = {
                                instancePath: instancePath + '/workflow-policy/online-timeout',
                                schemaPath: '#/properties/workflow-policy/properties/online-timeout/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema31.properties['workflow-policy'].properties['online-timeout'],
                                data: data250
                            };
                            if (vErrors === null) {
                                vErrors = [err451];
                            }
                            else {
                                vErrors.push(err451);
                            }
                            errors++;
                        }
                        if (!pattern7.test(data250)) {
                            const err452 = {
                                instancePath: instancePath + '/workflow-policy/online-timeout',
                                schemaPath: '#/properties/workflow-policy/properties/online-timeout/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[0-9PTptWDHMSwdhms.]+$' },
                                message: 'must match pattern "' + '^[0-9PTptWDHMSwdhms.]+$' + '"',
                                schema: '^[0-9PTptWDHMSwdhms.]+$',
                                parentSchema: schema31.properties['workflow-policy'].properties['online-timeout'],
                                data: data250
                            };
                            if (vErrors === null) {
                                vErrors = [err452];
                            }
                            else {
                                vErrors.push(err452);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err453 = {
                            instancePath: instancePath + '/workflow-policy/online-timeout',
                            schemaPath: '#/properties/workflow-policy/properties/online-timeout/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema31.properties['workflow-policy'].properties['online-timeout'].type,
                            parentSchema: schema31.properties['workflow-policy'].properties['online-timeout'],
                            data: data250
                        };
                        if (vErrors === null) {
                            vErrors = [err453];
                        }
                        else {
                            vErrors.push(err453);
                        }
                        errors++;
                    }
                }
                if (data244['fix-diff'] !== undefined) {
                    let data251 = data244['fix-diff'];
                    if (typeof data251 !== 'boolean') {
                        const err454 = {
                            instancePath: instancePath + '/workflow-policy/fix-diff',
                            schemaPath: '#/properties/workflow-policy/properties/fix-diff/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema31.properties['workflow-policy'].properties['fix-diff'].type,
                            parentSchema: schema31.properties['workflow-policy'].properties['fix-diff'],
                            data: data251
                        };
                        if (vErrors === null) {
                            vErrors = [err454];
                        }
                        else {
                            vErrors.push(err454);
                        }
                        errors++;
                    }
                }
                if (data244.fix !== undefined) {
                    let data252 = data244.fix;
                    if (typeof data252 !== 'boolean') {
                        const err455 = {
                            instancePath: instancePath + '/workflow-policy/fix',
                            schemaPath: '#/properties/workflow-policy/properties/fix/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                            schema: schema31.properties['workflow-policy'].properties.fix.type,
                            parentSchema: schema31.properties['workflow-policy'].properties.fix,
                            data: data252
                        };
                        if (vErrors === null) {
                            vErrors = [err455];
                        }
                        else {
                            vErrors.push(err455);
                        }
                        errors++;
                    }
                }
                if (data244.mode !== undefined) {
                    let data253 = data244.mode;
                    if (!(data253 === 'enforce' || data253 === 'audit')) {
                        const err456 = {
                            instancePath: instancePath + '/workflow-policy/mode',
                            schemaPath: '#/properties/workflow-policy/properties/mode/enum',
                            keyword: 'enum',
                            params: {
                                allowedValues: schema31.properties['workflow-policy'].properties.mode.enum
                            },
                            message: 'must be equal to one of the allowed values',
                            schema: schema31.properties['workflow-policy'].properties.mode.enum,
                            parentSchema: schema31.properties['workflow-policy'].properties.mode,
                            data: data253
                        };
                        if (vErrors === null) {
                            vErrors = [err456];
                        }
                        else {
                            vErrors.push(err456);
                        }
                        errors++;
                    }
                }
                if (data244.rules !== undefined) {
                    let data254 = data244.rules;
                    if (data254 && typeof data254 == 'object' && !Array.isArray(data254)) {
                        for (const key21 in data254) {
                            if (!func1.call(schema31.properties['workflow-policy'].properties.rules.properties, key21)) {
                                const err457 = {
                                    instancePath: instancePath + '/workflow-policy/rules',
                                    schemaPath: '#/properties/workflow-policy/properties/rules/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key21 },
                                    message: 'must NOT have additional properties',
                                    schema: false,
                                    parentSchema: schema31.properties['workflow-policy'].properties.rules,
                                    data: data254
                                };
                                if (vErrors === null) {
                                    vErrors = [err457];
                                }
                                else {
                                    vErrors.push(err457);
                                }
                                errors++;
                            }
                        }
                        if (data254['pinned-uses'] !== undefined) {
                            let data255 = data254['pinned-uses'];
                            const _errs618 = errors;
                            let valid115 = false;
                            let passing29 = null;
                            const _errs619 = errors;
                            if (typeof data255 !== 'string') {
                                const err458 = {
                                    instancePath: instancePath + '/workflow-policy/rules/pinned-uses',
                                    schemaPath: '#/$defs/workflow-policy-level/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema32.type,
                                    parentSchema: schema32,
                                    data: data255
                                };
                                if (vErrors === null) {
                                    vErrors = [err458];
                                }
                                else {
                                    vErrors.push(err458);
                                }
                                errors++;
                            }
                            if (!(data255 === 'error' || data255 === 'warning' || data255 === 'off')) {
                                const err459 = {
                                    instancePath: instancePath + '/workflow-policy/rules/pinned-uses',
                                    schemaPath: '#/$defs/workflow-policy-level/enum',
                                    keyword: 'enum',
                                    params: { allowedValues: schema32.enum },
                                    message: 'must be equal to one of the allowed values',
                                    schema: schema32.enum,
                                    parentSchema: schema32,
                                    data: data255
                                };
                                if (vErrors === null) {
                                    vErrors = [err459];
                                }
                                else {
                                    vErrors.push(err459);
                                }
                                errors++;
                            }
                            var _valid29 = _errs619 === errors;
                            if (_valid29) {
                                valid115 = true;
                                passing29 = 0;
                            }
                            const _errs622 = errors;
                            if (data255 && typeof data255 == 'object' && !Array.isArray(data255)) {
                                for (const key22 in data255) {
                                    if (!(key22 === 'level' || key22 === 'policies')) {
                                        const err460 = {
                                            instancePath: instancePath + '/workflow-policy/rules/pinned-uses',
                                            schemaPath: '#/properties/workflow-policy/properties/rules/properties/pinned-uses/oneOf/1/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key22 },
                                            message: 'must NOT have additional properties',
                                            schema: false,
                                            parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['pinned-uses'].oneOf[1],
                                            data: data255
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err460];
                                        }
                                        else {
                                            vErrors.push(err460);
                                        }
                                        errors++;
                                    }
                                }
                                if (data255.level !== undefined) {
                                    let data256 = data255.level;
                                    if (typeof data256 !== 'string') {
                                        const err461 = {
                                            instancePath: instancePath + '/workflow-policy/rules/pinned-uses/level',
                                            schemaPath: '#/$defs/workflow-policy-level/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema32.type,
                                            parentSchema: schema32,
                                            data: data256
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err461];
                                        }
                                        else {
                                            vErrors.push(err461);
                                        }
                                        errors++;
                                    }
                                    if (!(data256 === 'error' || data256 === 'warning' || data256 === 'off')) {
                                        const err462 = {
                                            instancePath: instancePath + '/workflow-policy/rules/pinned-uses/level',
                                            schemaPath: '#/$defs/workflow-policy-level/enum',
                                            keyword: 'enum',
                                            params: { allowedValues: schema32.enum },
                                            message: 'must be equal to one of the allowed values',
                                            schema: schema32.enum,
                                            parentSchema: schema32,
                                            data: data256
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err462];
                                        }
                                        else {
                                            vErrors.push(err462);
                                        }
                                        errors++;
                                    }
                                }
                                if (data255.policies !== undefined) {
                                    let data257 = data255.policies;
                                    if (data257 && typeof data257 == 'object' && !Array.isArray(data257)) {
                                        for (const key23 in data257) {
                                            const _errs630 = errors;
                                            if (typeof key23 === 'string') {
                                                if (!pattern20.test(key23)) {
                                                    const err463 = {
                                                        instancePath: instancePath + '/workflow-policy/rules/pinned-uses/policies',
                                                        schemaPath: '#/properties/workflow-policy/properties/rules/properties/pinned-uses/oneOf/1/properties/policies/propertyNames/pattern',
                                                        keyword: 'pattern',
                                                        params: {
                                                            pattern: '^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$'
                                                        },
                                                        message: 'must match pattern "' +
                                                            '^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$' +
                                                            '"',
                                                        schema: '^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$',
                                                        parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['pinned-uses'].oneOf[1].properties.policies.propertyNames,
                                                        data: key23,
                                                        propertyName: key23
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err463];
                                                    }
                                                    else {
                                                        vErrors.push(err463);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            var valid119 = _errs630 === errors;
                                            if (!valid119) {
                                                const err464 = {
                                                    instancePath: instancePath + '/workflow-policy/rules/pinned-uses/policies',
                                                    schemaPath: '#/properties/workflow-policy/properties/rules/properties/pinned-uses/oneOf/1/properties/policies/propertyNames',
                                                    keyword: 'propertyNames',
                                                    params: { propertyName: key23 },
                                                    message: 'property name must be valid',
                                                    schema: schema31.properties['workflow-policy'].properties.rules.properties['pinned-uses'].oneOf[1].properties.policies.propertyNames,
                                                    parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['pinned-uses'].oneOf[1].properties.policies,
                                                    data: data257
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err464];
                                                }
                                                else {
                                                    vErrors.push(err464);
                                                }
                                                errors++;
                                            }
                                        }
                                        for (const key24 in data257) {
                                            let data258 = data257[key24];
                                            if (typeof data258 !== 'string') {
                                                const err465 = {
                                                    instancePath: instancePath +
                                                        '/workflow-policy/rules/pinned-uses/policies/' +
                                                        key24.replace(/~/g, '~0').replace(/\//g, '~1'),
                                                    schemaPath: '#/properties/workflow-policy/properties/rules/properties/pinned-uses/oneOf/1/properties/policies/additionalProperties/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                    schema: schema31.properties['workflow-policy'].properties.rules.properties['pinned-uses'].oneOf[1].properties.policies.additionalProperties.type,
                                                    parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['pinned-uses'].oneOf[1].properties.policies.additionalProperties,
                                                    data: data258
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err465];
                                                }
                                                else {
                                                    vErrors.push(err465);
                                                }
                                                errors++;
                                            }
                                            if (!(data258 === 'hash-pin' || data258 === 'ref-pin' || data258 === 'any')) {
                                                const err466 = {
                                                    instancePath: instancePath +
                                                        '/workflow-policy/rules/pinned-uses/policies/' +
                                                        key24.replace(/~/g, '~0').replace(/\//g, '~1'),
                                                    schemaPath: '#/properties/workflow-policy/properties/rules/properties/pinned-uses/oneOf/1/properties/policies/additionalProperties/enum',
                                                    keyword: 'enum',
                                                    params: {
                                                        allowedValues: schema31.properties['workflow-policy'].properties.rules.properties['pinned-uses'].oneOf[1].properties.policies.additionalProperties.enum
                                                    },
                                                    message: 'must be equal to one of the allowed values',
                                                    schema: schema31.properties['workflow-policy'].properties.rules.properties['pinned-uses'].oneOf[1].properties.policies.additionalProperties.enum,
                                                    parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['pinned-uses'].oneOf[1].properties.policies.additionalProperties,
                                                    data: data258
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err466];
                                                }
                                                else {
                                                    vErrors.push(err466);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err467 = {
                                            instancePath: instancePath + '/workflow-policy/rules/pinned-uses/policies',
                                            schemaPath: '#/properties/workflow-policy/properties/rules/properties/pinned-uses/oneOf/1/properties/policies/type',
                                            keyword: 'type',
                                            params: { type: 'object' },
                                            message: 'must be object',
                                            schema: schema31.properties['workflow-policy'].properties.rules.properties['pinned-uses'].oneOf[1].properties.policies.type,
                                            parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['pinned-uses'].oneOf[1].properties.policies,
                                            data: data257
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err467];
                                        }
                                        else {
                                            vErrors.push(err467);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err468 = {
                                    instancePath: instancePath + '/workflow-policy/rules/pinned-uses',
                                    schemaPath: '#/properties/workflow-policy/properties/rules/properties/pinned-uses/oneOf/1/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                    schema: schema31.properties['workflow-policy'].properties.rules.properties['pinned-uses'].oneOf[1].type,
                                    parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['pinned-uses'].oneOf[1],
                                    data: data255
                                };
                                if (vErrors === null) {
                                    vErrors = [err468];
                                }
                                else {
                                    vErrors.push(err468);
                                }
                                errors++;
                            }
                            var _valid29 = _errs622 === errors;
                            if (_valid29 && valid115) {
                                valid115 = false;
                                passing29 = [passing29, 1];
                            }
                            else {
                                if (_valid29) {
                                    valid115 = true;
                                    passing29 = 1;
                                }
                            }
                            if (!valid115) {
                                const err469 = {
                                    instancePath: instancePath + '/workflow-policy/rules/pinned-uses',
                                    schemaPath: '#/properties/workflow-policy/properties/rules/properties/pinned-uses/oneOf',
                                    keyword: 'oneOf',
                                    params: { passingSchemas: passing29 },
                                    message: 'must match exactly one schema in oneOf',
                                    schema: schema31.properties['workflow-policy'].properties.rules.properties['pinned-uses'].oneOf,
                                    parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['pinned-uses'],
                                    data: data255
                                };
                                if (vErrors === null) {
                                    vErrors = [err469];
                                }
                                else {
                                    vErrors.push(err469);
                                }
                                errors++;
                            }
                            else {
                                errors = _errs618;
                                if (vErrors !== null) {
                                    if (_errs618) {
                                        vErrors.length = _errs618;
                                    }
                                    else {
                                        vErrors = null;
                                    }
                                }
                            }
                        }
                        if (data254.permissions !== undefined) {
                            if (!validate21(data254.permissions, {
                                instancePath: instancePath + '/workflow-policy/rules/permissions',
                                parentData: data254,
                                parentDataProperty: 'permissions',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['template-injection'] !== undefined) {
                            if (!validate21(data254['template-injection'], {
                                instancePath: instancePath + '/workflow-policy/rules/template-injection',
                                parentData: data254,
                                parentDataProperty: 'template-injection',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['secrets-inherit'] !== undefined) {
                            let data261 = data254['secrets-inherit'];
                            const _errs637 = errors;
                            let valid121 = false;
                            let passing30 = null;
                            const _errs638 = errors;
                            if (typeof data261 !== 'string') {
                                const err470 = {
                                    instancePath: instancePath + '/workflow-policy/rules/secrets-inherit',
                                    schemaPath: '#/$defs/workflow-policy-level/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema32.type,
                                    parentSchema: schema32,
                                    data: data261
                                };
                                if (vErrors === null) {
                                    vErrors = [err470];
                                }
                                else {
                                    vErrors.push(err470);
                                }
                                errors++;
                            }
                            if (!(data261 === 'error' || data261 === 'warning' || data261 === 'off')) {
                                const err471 = {
                                    instancePath: instancePath + '/workflow-policy/rules/secrets-inherit',
                                    schemaPath: '#/$defs/workflow-policy-level/enum',
                                    keyword: 'enum',
                                    params: { allowedValues: schema32.enum },
                                    message: 'must be equal to one of the allowed values',
                                    schema: schema32.enum,
                                    parentSchema: schema32,
                                    data: data261
                                };
                                if (vErrors === null) {
                                    vErrors = [err471];
                                }
                                else {
                                    vErrors.push(err471);
                                }
                                errors++;
                            }
                            var _valid30 = _errs638 === errors;
                            if (_valid30) {
                                valid121 = true;
                                passing30 = 0;
                            }
                            const _errs641 = errors;
                            if (data261 && typeof data261 == 'object' && !Array.isArray(data261)) {
                                for (const key25 in data261) {
                                    if (!(key25 === 'level' || key25 === 'trusted-owners')) {
                                        const err472 = {
                                            instancePath: instancePath + '/workflow-policy/rules/secrets-inherit',
                                            schemaPath: '#/properties/workflow-policy/properties/rules/properties/secrets-inherit/oneOf/1/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key25 },
                                            message: 'must NOT have additional properties',
                                            schema: false,
                                            parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['secrets-inherit'].oneOf[1],
                                            data: data261
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err472];
                                        }
                                        else {
                                            vErrors.push(err472);
                                        }
                                        errors++;
                                    }
                                }
                                if (data261.level !== undefined) {
                                    let data262 = data261.level;
                                    if (typeof data262 !== 'string') {
                                        const err473 = {
                                            instancePath: instancePath + '/workflow-policy/rules/secrets-inherit/level',
                                            schemaPath: '#/$defs/workflow-policy-level/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema32.type,
                                            parentSchema: schema32,
                                            data: data262
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err473];
                                        }
                                        else {
                                            vErrors.push(err473);
                                        }
                                        errors++;
                                    }
                                    if (!(data262 === 'error' || data262 === 'warning' || data262 === 'off')) {
                                        const err474 = {
                                            instancePath: instancePath + '/workflow-policy/rules/secrets-inherit/level',
                                            schemaPath: '#/$defs/workflow-policy-level/enum',
                                            keyword: 'enum',
                                            params: { allowedValues: schema32.enum },
                                            message: 'must be equal to one of the allowed values',
                                            schema: schema32.enum,
                                            parentSchema: schema32,
                                            data: data262
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err474];
                                        }
                                        else {
                                            vErrors.push(err474);
                                        }
                                        errors++;
                                    }
                                }
                                if (data261['trusted-owners'] !== undefined) {
                                    let data263 = data261['trusted-owners'];
                                    if (Array.isArray(data263)) {
                                        const len32 = data263.length;
                                        for (let i32 = 0; i32 < len32; i32++) {
                                            let data264 = data263[i32];
                                            if (typeof data264 === 'string') {
                                                if (!pattern21.test(data264)) {
                                                    const err475 = {
                                                        instancePath: instancePath +
                                                            '/workflow-policy/rules/secrets-inherit/trusted-owners/' +
                                                            i32,
                                                        schemaPath: '#/properties/workflow-policy/properties/rules/properties/secrets-inherit/oneOf/1/properties/trusted-owners/items/pattern',
                                                        keyword: 'pattern',
                                                        params: { pattern: '^[A-Za-z0-9_.-]+$' },
                                                        message: 'must match pattern "' + '^[A-Za-z0-9_.-]+$' + '"',
                                                        schema: '^[A-Za-z0-9_.-]+$',
                                                        parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['secrets-inherit'].oneOf[1].properties['trusted-owners'].items,
                                                        data: data264
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err475];
                                                    }
                                                    else {
                                                        vErrors.push(err475);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err476 = {
                                                    instancePath: instancePath +
                                                        '/workflow-policy/rules/secrets-inherit/trusted-owners/' +
                                                        i32,
                                                    schemaPath: '#/properties/workflow-policy/properties/rules/properties/secrets-inherit/oneOf/1/properties/trusted-owners/items/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                    schema: schema31.properties['workflow-policy'].properties.rules.properties['secrets-inherit'].oneOf[1].properties['trusted-owners'].items.type,
                                                    parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['secrets-inherit'].oneOf[1].properties['trusted-owners'].items,
                                                    data: data264
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err476];
                                                }
                                                else {
                                                    vErrors.push(err476);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err477 = {
                                            instancePath: instancePath + '/workflow-policy/rules/secrets-inherit/trusted-owners',
                                            schemaPath: '#/properties/workflow-policy/properties/rules/properties/secrets-inherit/oneOf/1/properties/trusted-owners/type',
                                            keyword: 'type',
                                            params: { type: 'array' },
                                            message: 'must be array',
                                            schema: schema31.properties['workflow-policy'].properties.rules.properties['secrets-inherit'].oneOf[1].properties['trusted-owners'].type,
                                            parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['secrets-inherit'].oneOf[1].properties['trusted-owners'],
                                            data: data263
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err477];
                                        }
                                        else {
                                            vErrors.push(err477);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err478 = {
                                    instancePath: instancePath + '/workflow-policy/rules/secrets-inherit',
                                    schemaPath: '#/properties/workflow-policy/properties/rules/properties/secrets-inherit/oneOf/1/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                    schema: schema31.properties['workflow-policy'].properties.rules.properties['secrets-inherit'].oneOf[1].type,
                                    parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['secrets-inherit'].oneOf[1],
                                    data: data261
                                };
                                if (vErrors === null) {
                                    vErrors = [err478];
                                }
                                else {
                                    vErrors.push(err478);
                                }
                                errors++;
                            }
                            var _valid30 = _errs641 === errors;
                            if (_valid30 && valid121) {
                                valid121 = false;
                                passing30 = [passing30, 1];
                            }
                            else {
                                if (_valid30) {
                                    valid121 = true;
                                    passing30 = 1;
                                }
                            }
                            if (!valid121) {
                                const err479 = {
                                    instancePath: instancePath + '/workflow-policy/rules/secrets-inherit',
                                    schemaPath: '#/properties/workflow-policy/properties/rules/properties/secrets-inherit/oneOf',
                                    keyword: 'oneOf',
                                    params: { passingSchemas: passing30 },
                                    message: 'must match exactly one schema in oneOf',
                                    schema: schema31.properties['workflow-policy'].properties.rules.properties['secrets-inherit'].oneOf,
                                    parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['secrets-inherit'],
                                    data: data261
                                };
                                if (vErrors === null) {
                                    vErrors = [err479];
                                }
                                else {
                                    vErrors.push(err479);
                                }
                                errors++;
                            }
                            else {
                                errors = _errs637;
                                if (vErrors !== null) {
                                    if (_errs637) {
                                        vErrors.length = _errs637;
                                    }
                                    else {
                                        vErrors = null;
                                    }
                                }
                            }
                        }
                        if (data254['static-secrets'] !== undefined) {
                            if (!validate21(data254['static-secrets'], {
                                instancePath: instancePath + '/workflow-policy/rules/static-secrets',
                                parentData: data254,
                                parentDataProperty: 'static-secrets',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254.concurrency !== undefined) {
                            if (!validate21(data254.concurrency, {
                                instancePath: instancePath + '/workflow-policy/rules/concurrency',
                                parentData: data254,
                                parentDataProperty: 'concurrency',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['persist-credentials'] !== undefined) {
                            if (!validate21(data254['persist-credentials'], {
                                instancePath: instancePath + '/workflow-policy/rules/persist-credentials',
                                parentData: data254,
                                parentDataProperty: 'persist-credentials',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254.artipacked !== undefined) {
                            if (!validate21(data254.artipacked, {
                                instancePath: instancePath + '/workflow-policy/rules/artipacked',
                                parentData: data254,
                                parentDataProperty: 'artipacked',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['bot-conditions'] !== undefined) {
                            if (!validate21(data254['bot-conditions'], {
                                instancePath: instancePath + '/workflow-policy/rules/bot-conditions',
                                parentData: data254,
                                parentDataProperty: 'bot-conditions',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['cache-poisoning'] !== undefined) {
                            if (!validate21(data254['cache-poisoning'], {
                                instancePath: instancePath + '/workflow-policy/rules/cache-poisoning',
                                parentData: data254,
                                parentDataProperty: 'cache-poisoning',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['github-env'] !== undefined) {
                            if (!validate21(data254['github-env'], {
                                instancePath: instancePath + '/workflow-policy/rules/github-env',
                                parentData: data254,
                                parentDataProperty: 'github-env',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['insecure-commands'] !== undefined) {
                            if (!validate21(data254['insecure-commands'], {
                                instancePath: instancePath + '/workflow-policy/rules/insecure-commands',
                                parentData: data254,
                                parentDataProperty: 'insecure-commands',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254.obfuscation !== undefined) {
                            if (!validate21(data254.obfuscation, {
                                instancePath: instancePath + '/workflow-policy/rules/obfuscation',
                                parentData: data254,
                                parentDataProperty: 'obfuscation',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['overprovisioned-secrets'] !== undefined) {
                            if (!validate21(data254['overprovisioned-secrets'], {
                                instancePath: instancePath + '/workflow-policy/rules/overprovisioned-secrets',
                                parentData: data254,
                                parentDataProperty: 'overprovisioned-secrets',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['self-hosted-runner'] !== undefined) {
                            if (!validate21(data254['self-hosted-runner'], {
                                instancePath: instancePath + '/workflow-policy/rules/self-hosted-runner',
                                parentData: data254,
                                parentDataProperty: 'self-hosted-runner',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['unsound-contains'] !== undefined) {
                            if (!validate21(data254['unsound-contains'], {
                                instancePath: instancePath + '/workflow-policy/rules/unsound-contains',
                                parentData: data254,
                                parentDataProperty: 'unsound-contains',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['unsound-condition'] !== undefined) {
                            if (!validate21(data254['unsound-condition'], {
                                instancePath: instancePath + '/workflow-policy/rules/unsound-condition',
                                parentData: data254,
                                parentDataProperty: 'unsound-condition',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['unsound-ternary'] !== undefined) {
                            if (!validate21(data254['unsound-ternary'], {
                                instancePath: instancePath + '/workflow-policy/rules/unsound-ternary',
                                parentData: data254,
                                parentDataProperty: 'unsound-ternary',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['unpinned-images'] !== undefined) {
                            if (!validate21(data254['unpinned-images'], {
                                instancePath: instancePath + '/workflow-policy/rules/unpinned-images',
                                parentData: data254,
                                parentDataProperty: 'unpinned-images',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['hardcoded-container-credentials'] !== undefined) {
                            if (!validate21(data254['hardcoded-container-credentials'], {
                                instancePath: instancePath + '/workflow-policy/rules/hardcoded-container-credentials',
                                parentData: data254,
                                parentDataProperty: 'hardcoded-container-credentials',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['unredacted-secrets'] !== undefined) {
                            if (!validate21(data254['unredacted-secrets'], {
                                instancePath: instancePath + '/workflow-policy/rules/unredacted-secrets',
                                parentData: data254,
                                parentDataProperty: 'unredacted-secrets',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['secrets-outside-env'] !== undefined) {
                            if (!validate21(data254['secrets-outside-env'], {
                                instancePath: instancePath + '/workflow-policy/rules/secrets-outside-env',
                                parentData: data254,
                                parentDataProperty: 'secrets-outside-env',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['github-app'] !== undefined) {
                            if (!validate21(data254['github-app'], {
                                instancePath: instancePath + '/workflow-policy/rules/github-app',
                                parentData: data254,
                                parentDataProperty: 'github-app',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['adhoc-packages'] !== undefined) {
                            if (!validate21(data254['adhoc-packages'], {
                                instancePath: instancePath + '/workflow-policy/rules/adhoc-packages',
                                parentData: data254,
                                parentDataProperty: 'adhoc-packages',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['unpinned-tools'] !== undefined) {
                            if (!validate21(data254['unpinned-tools'], {
                                instancePath: instancePath + '/workflow-policy/rules/unpinned-tools',
                                parentData: data254,
                                parentDataProperty: 'unpinned-tools',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['dangerous-triggers'] !== undefined) {
                            if (!validate21(data254['dangerous-triggers'], {
                                instancePath: instancePath + '/workflow-policy/rules/dangerous-triggers',
                                parentData: data254,
                                parentDataProperty: 'dangerous-triggers',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['use-trusted-publishing'] !== undefined) {
                            if (!validate21(data254['use-trusted-publishing'], {
                                instancePath: instancePath + '/workflow-policy/rules/use-trusted-publishing',
                                parentData: data254,
                                parentDataProperty: 'use-trusted-publishing',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['job-timeout'] !== undefined) {
                            if (!validate21(data254['job-timeout'], {
                                instancePath: instancePath + '/workflow-policy/rules/job-timeout',
                                parentData: data254,
                                parentDataProperty: 'job-timeout',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['dependabot-cooldown'] !== undefined) {
                            let data289 = data254['dependabot-cooldown'];
                            const _errs676 = errors;
                            let valid127 = false;
                            let passing31 = null;
                            const _errs677 = errors;
                            if (typeof data289 !== 'string') {
                                const err480 = {
                                    instancePath: instancePath + '/workflow-policy/rules/dependabot-cooldown',
                                    schemaPath: '#/$defs/workflow-policy-level/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema32.type,
                                    parentSchema: schema32,
                                    data: data289
                                };
                                if (vErrors === null) {
                                    vErrors = [err480];
                                }
                                else {
                                    vErrors.push(err480);
                                }
                                errors++;
                            }
                            if (!(data289 === 'error' || data289 === 'warning' || data289 === 'off')) {
                                const err481 = {
                                    instancePath: instancePath + '/workflow-policy/rules/dependabot-cooldown',
                                    schemaPath: '#/$defs/workflow-policy-level/enum',
                                    keyword: 'enum',
                                    params: { allowedValues: schema32.enum },
                                    message: 'must be equal to one of the allowed values',
                                    schema: schema32.enum,
                                    parentSchema: schema32,
                                    data: data289
                                };
                                if (vErrors === null) {
                                    vErrors = [err481];
                                }
                                else {
                                    vErrors.push(err481);
                                }
                                errors++;
                            }
                            var _valid31 = _errs677 === errors;
                            if (_valid31) {
                                valid127 = true;
                                passing31 = 0;
                            }
                            const _errs680 = errors;
                            if (data289 && typeof data289 == 'object' && !Array.isArray(data289)) {
                                for (const key26 in data289) {
                                    if (!(key26 === 'level' || key26 === 'days')) {
                                        const err482 = {
                                            instancePath: instancePath + '/workflow-policy/rules/dependabot-cooldown',
                                            schemaPath: '#/properties/workflow-policy/properties/rules/properties/dependabot-cooldown/oneOf/1/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key26 },
                                            message: 'must NOT have additional properties',
                                            schema: false,
                                            parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['dependabot-cooldown'].oneOf[1],
                                            data: data289
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err482];
                                        }
                                        else {
                                            vErrors.push(err482);
                                        }
                                        errors++;
                                    }
                                }
                                if (data289.level !== undefined) {
                                    let data290 = data289.level;
                                    if (typeof data290 !== 'string') {
                                        const err483 = {
                                            instancePath: instancePath + '/workflow-policy/rules/dependabot-cooldown/level',
                                            schemaPath: '#/$defs/workflow-policy-level/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema32.type,
                                            parentSchema: schema32,
                                            data: data290
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err483];
                                        }
                                        else {
                                            vErrors.push(err483);
                                        }
                                        errors++;
                                    }
                                    if (!(data290 === 'error' || data290 === 'warning' || data290 === 'off')) {
                                        const err484 = {
                                            instancePath: instancePath + '/workflow-policy/rules/dependabot-cooldown/level',
                                            schemaPath: '#/$defs/workflow-policy-level/enum',
                                            keyword: 'enum',
                                            params: { allowedValues: schema32.enum },
                                            message: 'must be equal to one of the allowed values',
                                            schema: schema32.enum,
                                            parentSchema: schema32,
                                            data: data290
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err484];
                                        }
                                        else {
                                            vErrors.push(err484);
                                        }
                                        errors++;
                                    }
                                }
                                if (data289.days !== undefined) {
                                    let data291 = data289.days;
                                    if (!(typeof data291 == 'number' && !(data291 % 1) && !isNaN(data291))) {
                                        const err485 = {
                                            instancePath: instancePath + '/workflow-policy/rules/dependabot-cooldown/days',
                                            schemaPath: '#/properties/workflow-policy/properties/rules/properties/dependabot-cooldown/oneOf/1/properties/days/type',
                                            keyword: 'type',
                                            params: { type: 'integer' },
                                            message: 'must be integer',
                                            schema: schema31.properties['workflow-policy'].properties.rules.properties['dependabot-cooldown'].oneOf[1].properties.days.type,
                                            parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['dependabot-cooldown'].oneOf[1].properties.days,
                                            data: data291
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err485];
                                        }
                                        else {
                                            vErrors.push(err485);
                                        }
                                        errors++;
                                    }
                                    if (typeof data291 == 'number') {
                                        if (data291 > 365 || isNaN(data291)) {
                                            const err486 = {
                                                instancePath: instancePath + '/workflow-policy/rules/dependabot-cooldown/days',
                                                schemaPath: '#/properties/workflow-policy/properties/rules/properties/dependabot-cooldown/oneOf/1/properties/days/maximum',
                                                keyword: 'maximum',
                                                params: { comparison: '<=', limit: 365 },
                                                message: 'must be <= 365',
                                                schema: 365,
                                                parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['dependabot-cooldown'].oneOf[1].properties.days,
                                                data: data291
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err486];
                                            }
                                            else {
                                                vErrors.push(err486);
                                            }
                                            errors++;
                                        }
                                        if (data291 < 1 || isNaN(data291)) {
                                            const err487 = {
                                                instancePath: instancePath + '/workflow-policy/rules/dependabot-cooldown/days',
                                                schemaPath: '#/properties/workflow-policy/properties/rules/properties/dependabot-cooldown/oneOf/1/properties/days/minimum',
                                                keyword: 'minimum',
                                                params: { comparison: '>=', limit: 1 },
                                                message: 'must be >= 1',
                                                schema: 1,
                                                parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['dependabot-cooldown'].oneOf[1].properties.days,
                                                data: data291
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err487];
                                            }
                                            else {
                                                vErrors.push(err487);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err488 = {
                                    instancePath: instancePath + '/workflow-policy/rules/dependabot-cooldown',
                                    schemaPath: '#/properties/workflow-policy/properties/rules/properties/dependabot-cooldown/oneOf/1/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                    schema: schema31.properties['workflow-policy'].properties.rules.properties['dependabot-cooldown'].oneOf[1].type,
                                    parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['dependabot-cooldown'].oneOf[1],
                                    data: data289
                                };
                                if (vErrors === null) {
                                    vErrors = [err488];
                                }
                                else {
                                    vErrors.push(err488);
                                }
                                errors++;
                            }
                            var _valid31 = _errs680 === errors;
                            if (_valid31 && valid127) {
                                valid127 = false;
                                passing31 = [passing31, 1];
                            }
                            else {
                                if (_valid31) {
                                    valid127 = true;
                                    passing31 = 1;
                                }
                            }
                            if (!valid127) {
                                const err489 = {
                                    instancePath: instancePath + '/workflow-policy/rules/dependabot-cooldown',
                                    schemaPath: '#/properties/workflow-policy/properties/rules/properties/dependabot-cooldown/oneOf',
                                    keyword: 'oneOf',
                                    params: { passingSchemas: passing31 },
                                    message: 'must match exactly one schema in oneOf',
                                    schema: schema31.properties['workflow-policy'].properties.rules.properties['dependabot-cooldown'].oneOf,
                                    parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['dependabot-cooldown'],
                                    data: data289
                                };
                                if (vErrors === null) {
                                    vErrors = [err489];
                                }
                                else {
                                    vErrors.push(err489);
                                }
                                errors++;
                            }
                            else {
                                errors = _errs676;
                                if (vErrors !== null) {
                                    if (_errs676) {
                                        vErrors.length = _errs676;
                                    }
                                    else {
                                        vErrors = null;
                                    }
                                }
                            }
                        }
                        if (data254['dependabot-execution'] !== undefined) {
                            if (!validate21(data254['dependabot-execution'], {
                                instancePath: instancePath + '/workflow-policy/rules/dependabot-execution',
                                parentData: data254,
                                parentDataProperty: 'dependabot-execution',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['anonymous-definition'] !== undefined) {
                            if (!validate21(data254['anonymous-definition'], {
                                instancePath: instancePath + '/workflow-policy/rules/anonymous-definition',
                                parentData: data254,
                                parentDataProperty: 'anonymous-definition',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['concurrency-limits'] !== undefined) {
                            if (!validate21(data254['concurrency-limits'], {
                                instancePath: instancePath + '/workflow-policy/rules/concurrency-limits',
                                parentData: data254,
                                parentDataProperty: 'concurrency-limits',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254.misfeature !== undefined) {
                            if (!validate21(data254.misfeature, {
                                instancePath: instancePath + '/workflow-policy/rules/misfeature',
                                parentData: data254,
                                parentDataProperty: 'misfeature',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['ref-version-mismatch'] !== undefined) {
                            if (!validate21(data254['ref-version-mismatch'], {
                                instancePath: instancePath + '/workflow-policy/rules/ref-version-mismatch',
                                parentData: data254,
                                parentDataProperty: 'ref-version-mismatch',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['undocumented-permissions'] !== undefined) {
                            if (!validate21(data254['undocumented-permissions'], {
                                instancePath: instancePath + '/workflow-policy/rules/undocumented-permissions',
                                parentData: data254,
                                parentDataProperty: 'undocumented-permissions',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['forbidden-uses'] !== undefined) {
                            let data298 = data254['forbidden-uses'];
                            const _errs695 = errors;
                            let valid131 = false;
                            let passing32 = null;
                            const _errs696 = errors;
                            if (typeof data298 !== 'string') {
                                const err490 = {
                                    instancePath: instancePath + '/workflow-policy/rules/forbidden-uses',
                                    schemaPath: '#/$defs/workflow-policy-level/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema32.type,
                                    parentSchema: schema32,
                                    data: data298
                                };
                                if (vErrors === null) {
                                    vErrors = [err490];
                                }
                                else {
                                    vErrors.push(err490);
                                }
                                errors++;
                            }
                            if (!(data298 === 'error' || data298 === 'warning' || data298 === 'off')) {
                                const err491 = {
                                    instancePath: instancePath + '/workflow-policy/rules/forbidden-uses',
                                    schemaPath: '#/$defs/workflow-policy-level/enum',
                                    keyword: 'enum',
                                    params: { allowedValues: schema32.enum },
                                    message: 'must be equal to one of the allowed values',
                                    schema: schema32.enum,
                                    parentSchema: schema32,
                                    data: data298
                                };
                                if (vErrors === null) {
                                    vErrors = [err491];
                                }
                                else {
                                    vErrors.push(err491);
                                }
                                errors++;
                            }
                            var _valid32 = _errs696 === errors;
                            if (_valid32) {
                                valid131 = true;
                                passing32 = 0;
                            }
                            const _errs699 = errors;
                            const _errs701 = errors;
                            const _errs702 = errors;
                            if (data298 && typeof data298 == 'object' && !Array.isArray(data298)) {
                                let missing0;
                                if ((data298.allow === undefined && (missing0 = 'allow')) ||
                                    (data298.deny === undefined && (missing0 = 'deny'))) {
                                    const err492 = {};
                                    if (vErrors === null) {
                                        vErrors = [err492];
                                    }
                                    else {
                                        vErrors.push(err492);
                                    }
                                    errors++;
                                }
                            }
                            var valid133 = _errs702 === errors;
                            if (valid133) {
                                const err493 = {
                                    instancePath: instancePath + '/workflow-policy/rules/forbidden-uses',
                                    schemaPath: '#/properties/workflow-policy/properties/rules/properties/forbidden-uses/oneOf/1/not',
                                    keyword: 'not',
                                    params: {},
                                    message: 'must NOT be valid',
                                    schema: schema31.properties['workflow-policy'].properties.rules.properties['forbidden-uses'].oneOf[1].not,
                                    parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['forbidden-uses'].oneOf[1],
                                    data: data298
                                };
                                if (vErrors === null) {
                                    vErrors = [err493];
                                }
                                else {
                                    vErrors.push(err493);
                                }
                                errors++;
                            }
                            else {
                                errors = _errs701;
                                if (vErrors !== null) {
                                    if (_errs701) {
                                        vErrors.length = _errs701;
                                    }
                                    else {
                                        vErrors = null;
                                    }
                                }
                            }
                            if (data298 && typeof data298 == 'object' && !Array.isArray(data298)) {
                                for (const key27 in data298) {
                                    if (!(key27 === 'level' || key27 === 'allow' || key27 === 'deny')) {
                                        const err494 = {
                                            instancePath: instancePath + '/workflow-policy/rules/forbidden-uses',
                                            schemaPath: '#/properties/workflow-policy/properties/rules/properties/forbidden-uses/oneOf/1/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key27 },
                                            message: 'must NOT have additional properties',
                                            schema: false,
                                            parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['forbidden-uses'].oneOf[1],
                                            data: data298
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err494];
                                        }
                                        else {
                                            vErrors.push(err494);
                                        }
                                        errors++;
                                    }
                                }
                                if (data298.level !== undefined) {
                                    let data299 = data298.level;
                                    if (typeof data299 !== 'string') {
                                        const err495 = {
                                            instancePath: instancePath + '/workflow-policy/rules/forbidden-uses/level',
                                            schemaPath: '#/$defs/workflow-policy-level/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema32.type,
                                            parentSchema: schema32,
                                            data: data299
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err495];
                                        }
                                        else {
                                            vErrors.push(err495);
                                        }
                                        errors++;
                                    }
                                    if (!(data299 === 'error' || data299 === 'warning' || data299 === 'off')) {
                                        const err496 = {
                                            instancePath: instancePath + '/workflow-policy/rules/forbidden-uses/level',
                                            schemaPath: '#/$defs/workflow-policy-level/enum',
                                            keyword: 'enum',
                                            params: { allowedValues: schema32.enum },
                                            message: 'must be equal to one of the allowed values',
                                            schema: schema32.enum,
                                            parentSchema: schema32,
                                            data: data299
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err496];
                                        }
                                        else {
                                            vErrors.push(err496);
                                        }
                                        errors++;
                                    }
                                }
                                if (data298.allow !== undefined) {
                                    let data300 = data298.allow;
                                    if (Array.isArray(data300)) {
                                        const len33 = data300.length;
                                        for (let i33 = 0; i33 < len33; i33++) {
                                            let data301 = data300[i33];
                                            if (typeof data301 === 'string') {
                                                if (func2(data301) < 1) {
                                                    const err497 = {
                                                        instancePath: instancePath + '/workflow-policy/rules/forbidden-uses/allow/' + i33,
                                                        schemaPath: '#/properties/workflow-policy/properties/rules/properties/forbidden-uses/oneOf/1/properties/allow/items/minLength',
                                                        keyword: 'minLength',
                                                        params: { limit: 1 },
                                                        message: 'must NOT have fewer than 1 characters',
                                                        schema: 1,
                                                        parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['forbidden-uses'].oneOf[1].properties.allow.items,
                                                        data: data301
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err497];
                                                    }
                                                    else {
                                                        vErrors.push(err497);
                                                    }
                                                    errors++;
                                                }
                                                if (!pattern20.test(data301)) {
                                                    const err498 = {
                                                        instancePath: instancePath + '/workflow-policy/rules/forbidden-uses/allow/' + i33,
                                                        schemaPath: '#/properties/workflow-policy/properties/rules/properties/forbidden-uses/oneOf/1/properties/allow/items/pattern',
                                                        keyword: 'pattern',
                                                        params: {
                                                            pattern: '^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$'
                                                        },
                                                        message: 'must match pattern "' +
                                                            '^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$' +
                                                            '"',
                                                        schema: '^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$',
                                                        parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['forbidden-uses'].oneOf[1].properties.allow.items,
                                                        data: data301
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err498];
                                                    }
                                                    else {
                                                        vErrors.push(err498);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err499 = {
                                                    instancePath: instancePath + '/workflow-policy/rules/forbidden-uses/allow/' + i33,
                                                    schemaPath: '#/properties/workflow-policy/properties/rules/properties/forbidden-uses/oneOf/1/properties/allow/items/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                    schema: schema31.properties['workflow-policy'].properties.rules.properties['forbidden-uses'].oneOf[1].properties.allow.items.type,
                                                    parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['forbidden-uses'].oneOf[1].properties.allow.items,
                                                    data: data301
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err499];
                                                }
                                                else {
                                                    vErrors.push(err499);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err500 = {
                                            instancePath: instancePath + '/workflow-policy/rules/forbidden-uses/allow',
                                            schemaPath: '#/properties/workflow-policy/properties/rules/properties/forbidden-uses/oneOf/1/properties/allow/type',
                                            keyword: 'type',
                                            params: { type: 'array' },
                                            message: 'must be array',
                                            schema: schema31.properties['workflow-policy'].properties.rules.properties['forbidden-uses'].oneOf[1].properties.allow.type,
                                            parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['forbidden-uses'].oneOf[1].properties.allow,
                                            data: data300
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err500];
                                        }
                                        else {
                                            vErrors.push(err500);
                                        }
                                        errors++;
                                    }
                                }
                                if (data298.deny !== undefined) {
                                    let data302 = data298.deny;
                                    if (Array.isArray(data302)) {
                                        const len34 = data302.length;
                                        for (let i34 = 0; i34 < len34; i34++) {
                                            let data303 = data302[i34];
                                            if (typeof data303 === 'string') {
                                                if (func2(data303) < 1) {
                                                    const err501 = {
                                                        instancePath: instancePath + '/workflow-policy/rules/forbidden-uses/deny/' + i34,
                                                        schemaPath: '#/properties/workflow-policy/properties/rules/properties/forbidden-uses/oneOf/1/properties/deny/items/minLength',
                                                        keyword: 'minLength',
                                                        params: { limit: 1 },
                                                        message: 'must NOT have fewer than 1 characters',
                                                        schema: 1,
                                                        parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['forbidden-uses'].oneOf[1].properties.deny.items,
                                                        data: data303
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err501];
                                                    }
                                                    else {
                                                        vErrors.push(err501);
                                                    }
                                                    errors++;
                                                }
                                                if (!pattern20.test(data303)) {
                                                    const err502 = {
                                                        instancePath: instancePath + '/workflow-policy/rules/forbidden-uses/deny/' + i34,
                                                        schemaPath: '#/properties/workflow-policy/properties/rules/properties/forbidden-uses/oneOf/1/properties/deny/items/pattern',
                                                        keyword: 'pattern',
                                                        params: {
                                                            pattern: '^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$'
                                                        },
                                                        message: 'must match pattern "' +
                                                            '^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$' +
                                                            '"',
                                                        schema: '^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$',
                                                        parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['forbidden-uses'].oneOf[1].properties.deny.items,
                                                        data: data303
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err502];
                                                    }
                                                    else {
                                                        vErrors.push(err502);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err503 = {
                                                    instancePath: instancePath + '/workflow-policy/rules/forbidden-uses/deny/' + i34,
                                                    schemaPath: '#/properties/workflow-policy/properties/rules/properties/forbidden-uses/oneOf/1/properties/deny/items/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                    schema: schema31.properties['workflow-policy'].properties.rules.properties['forbidden-uses'].oneOf[1].properties.deny.items.type,
                                                    parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['forbidden-uses'].oneOf[1].properties.deny.items,
                                                    data: data303
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err503];
                                                }
                                                else {
                                                    vErrors.push(err503);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err504 = {
                                            instancePath: instancePath + '/workflow-policy/rules/forbidden-uses/deny',
                                            schemaPath: '#/properties/workflow-policy/properties/rules/properties/forbidden-uses/oneOf/1/properties/deny/type',
                                            keyword: 'type',
                                            params: { type: 'array' },
                                            message: 'must be array',
                                            schema: schema31.properties['workflow-policy'].properties.rules.properties['forbidden-uses'].oneOf[1].properties.deny.type,
                                            parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['forbidden-uses'].oneOf[1].properties.deny,
                                            data: data302
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err504];
                                        }
                                        else {
                                            vErrors.push(err504);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err505 = {
                                    instancePath: instancePath + '/workflow-policy/rules/forbidden-uses',
                                    schemaPath: '#/properties/workflow-policy/properties/rules/properties/forbidden-uses/oneOf/1/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                    schema: schema31.properties['workflow-policy'].properties.rules.properties['forbidden-uses'].oneOf[1].type,
                                    parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['forbidden-uses'].oneOf[1],
                                    data: data298
                                };
                                if (vErrors === null) {
                                    vErrors = [err505];
                                }
                                else {
                                    vErrors.push(err505);
                                }
                                errors++;
                            }
                            var _valid32 = _errs699 === errors;
                            if (_valid32 && valid131) {
                                valid131 = false;
                                passing32 = [passing32, 1];
                            }
                            else {
                                if (_valid32) {
                                    valid131 = true;
                                    passing32 = 1;
                                }
                            }
                            if (!valid131) {
                                const err506 = {
                                    instancePath: instancePath + '/workflow-policy/rules/forbidden-uses',
                                    schemaPath: '#/properties/workflow-policy/properties/rules/properties/forbidden-uses/oneOf',
                                    keyword: 'oneOf',
                                    params: { passingSchemas: passing32 },
                                    message: 'must match exactly one schema in oneOf',
                                    schema: schema31.properties['workflow-policy'].properties.rules.properties['forbidden-uses'].oneOf,
                                    parentSchema: schema31.properties['workflow-policy'].properties.rules.properties['forbidden-uses'],
                                    data: data298
                                };
                                if (vErrors === null) {
                                    vErrors = [err506];
                                }
                                else {
                                    vErrors.push(err506);
                                }
                                errors++;
                            }
                            else {
                                errors = _errs695;
                                if (vErrors !== null) {
                                    if (_errs695) {
                                        vErrors.length = _errs695;
                                    }
                                    else {
                                        vErrors = null;
                                    }
                                }
                            }
                        }
                        if (data254['self-repository'] !== undefined) {
                            if (!validate21(data254['self-repository'], {
                                instancePath: instancePath + '/workflow-policy/rules/self-repository',
                                parentData: data254,
                                parentDataProperty: 'self-repository',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['superfluous-actions'] !== undefined) {
                            if (!validate21(data254['superfluous-actions'], {
                                instancePath: instancePath + '/workflow-policy/rules/superfluous-actions',
                                parentData: data254,
                                parentDataProperty: 'superfluous-actions',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['typosquat-uses'] !== undefined) {
                            if (!validate21(data254['typosquat-uses'], {
                                instancePath: instancePath + '/workflow-policy/rules/typosquat-uses',
                                parentData: data254,
                                parentDataProperty: 'typosquat-uses',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['impostor-commit'] !== undefined) {
                            if (!validate21(data254['impostor-commit'], {
                                instancePath: instancePath + '/workflow-policy/rules/impostor-commit',
                                parentData: data254,
                                parentDataProperty: 'impostor-commit',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['known-vulnerable-actions'] !== undefined) {
                            if (!validate21(data254['known-vulnerable-actions'], {
                                instancePath: instancePath + '/workflow-policy/rules/known-vulnerable-actions',
                                parentData: data254,
                                parentDataProperty: 'known-vulnerable-actions',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['stale-action-refs'] !== undefined) {
                            if (!validate21(data254['stale-action-refs'], {
                                instancePath: instancePath + '/workflow-policy/rules/stale-action-refs',
                                parentData: data254,
                                parentDataProperty: 'stale-action-refs',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['archived-uses'] !== undefined) {
                            if (!validate21(data254['archived-uses'], {
                                instancePath: instancePath + '/workflow-policy/rules/archived-uses',
                                parentData: data254,
                                parentDataProperty: 'archived-uses',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data254['ref-confusion'] !== undefined) {
                            if (!validate21(data254['ref-confusion'], {
                                instancePath: instancePath + '/workflow-policy/rules/ref-confusion',
                                parentData: data254,
                                parentDataProperty: 'ref-confusion',
                                rootData,
                                dynamicAnchors
                            })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                    }
                    else {
                        const err507 = {
                            instancePath: instancePath + '/workflow-policy/rules',
                            schemaPath: '#/properties/workflow-policy/properties/rules/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                            schema: schema31.properties['workflow-policy'].properties.rules.type,
                            parentSchema: schema31.properties['workflow-policy'].properties.rules,
                            data: data254
                        };
                        if (vErrors === null) {
                            vErrors = [err507];
                        }
                        else {
                            vErrors.push(err507);
                        }
                        errors++;
                    }
                }
                if (data244.exceptions !== undefined) {
                    let data312 = data244.exceptions;
                    if (Array.isArray(data312)) {
                        const len35 = data312.length;
                        for (let i35 = 0; i35 < len35; i35++) {
                            let data313 = data312[i35];
                            const _errs727 = errors;
                            let valid142 = false;
                            const _errs728 = errors;
                            if (data313 && typeof data313 == 'object' && !Array.isArray(data313)) {
                                if (data313.path === undefined) {
                                    const err508 = {
                                        instancePath: instancePath + '/workflow-policy/exceptions/' + i35,
                                        schemaPath: '#/properties/workflow-policy/properties/exceptions/items/anyOf/0/required',
                                        keyword: 'required',
                                        params: { missingProperty: 'path' },
                                        message: "must have required property '" + 'path' + "'",
                                        schema: schema31.properties['workflow-policy'].properties.exceptions.items.anyOf[0]
                                            .required,
                                        parentSchema: schema31.properties['workflow-policy'].properties.exceptions.items.anyOf[0],
                                        data: data313
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err508];
                                    }
                                    else {
                                        vErrors.push(err508);
                                    }
                                    errors++;
                                }
                            }
                            var _valid33 = _errs728 === errors;
                            valid142 = valid142 || _valid33;
                            const _errs729 = errors;
                            if (data313 && typeof data313 == 'object' && !Array.isArray(data313)) {
                                if (data313.owner === undefined) {
                                    const err509 = {
                                        instancePath: instancePath + '/workflow-policy/exceptions/' + i35,
                                        schemaPath: '#/properties/workflow-policy/properties/exceptions/items/anyOf/1/required',
                                        keyword: 'required',
                                        params: { missingProperty: 'owner' },
                                        message: "must have required property '" + 'owner' + "'",
                                        schema: schema31.properties['workflow-policy'].properties.exceptions.items.anyOf[1]
                                            .required,
                                        parentSchema: schema31.properties['workflow-policy'].properties.exceptions.items.anyOf[1],
                                        data: data313
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err509];
                                    }
                                    else {
                                        vErrors.push(err509);
                                    }
                                    errors++;
                                }
                            }
                            var _valid33 = _errs729 === errors;
                            valid142 = valid142 || _valid33;
                            if (!valid142) {
                                const err510 = {
                                    instancePath: instancePath + '/workflow-policy/exceptions/' + i35,
                                    schemaPath: '#/properties/workflow-policy/properties/exceptions/items/anyOf',
                                    keyword: 'anyOf',
                                    params: {},
                                    message: 'must match a schema in anyOf',
                                    schema: schema31.properties['workflow-policy'].properties.exceptions.items.anyOf,
                                    parentSchema: schema31.properties['workflow-policy'].properties.exceptions.items,
                                    data: data313
                                };
                                if (vErrors === null) {
                                    vErrors = [err510];
                                }
                                else {
                                    vErrors.push(err510);
                                }
                                errors++;
                            }
                            else {
                                errors = _errs727;
                                if (vErrors !== null) {
                                    if (_errs727) {
                                        vErrors.length = _errs727;
                                    }
                                    else {
                                        vErrors = null;
                                    }
                                }
                            }
                            if (data313 && typeof data313 == 'object' && !Array.isArray(data313)) {
                                if (data313.rule === undefined) {
                                    const err511 = {
                                        instancePath: instancePath + '/workflow-policy/exceptions/' + i35,
                                        schemaPath: '#/properties/workflow-policy/properties/exceptions/items/required',
                                        keyword: 'required',
                                        params: { missingProperty: 'rule' },
                                        message: "must have required property '" + 'rule' + "'",
                                        schema: schema31.properties['workflow-policy'].properties.exceptions.items.required,
                                        parentSchema: schema31.properties['workflow-policy'].properties.exceptions.items,
                                        data: data313
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err511];
                                    }
                                    else {
                                        vErrors.push(err511);
                                    }
                                    errors++;
                                }
                                if (data313.justification === undefined) {
                                    const err512 = {
                                        instancePath: instancePath + '/workflow-policy/exceptions/' + i35,
                                        schemaPath: '#/properties/workflow-policy/properties/exceptions/items/required',
                                        keyword: 'required',
                                        params: { missingProperty: 'justification' },
                                        message: "must have required property '" + 'justification' + "'",
                                        schema: schema31.properties['workflow-policy'].properties.exceptions.items.required,
                                        parentSchema: schema31.properties['workflow-policy'].properties.exceptions.items,
                                        data: data313
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err512];
                                    }
                                    else {
                                        vErrors.push(err512);
                                    }
                                    errors++;
                                }
                                if (data313.expires === undefined) {
                                    const err513 = {
                                        instancePath: instancePath + '/workflow-policy/exceptions/' + i35,
                                        schemaPath: '#/properties/workflow-policy/properties/exceptions/items/required',
                                        keyword: 'required',
                                        params: { missingProperty: 'expires' },
                                        message: "must have required property '" + 'expires' + "'",
                                        schema: schema31.properties['workflow-policy'].properties.exceptions.items.required,
                                        parentSchema: schema31.properties['workflow-policy'].properties.exceptions.items,
                                        data: data313
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err513];
                                    }
                                    else {
                                        vErrors.push(err513);
                                    }
                                    errors++;
                                }
                                for (const key28 in data313) {
                                    if (!(key28 === 'rule' ||
                                        key28 === 'path' ||
                                        key28 === 'owner' ||
                                        key28 === 'justification' ||
                                        key28 === 'expires' ||
                                        key28 === 'approved-by')) {
                                        const err514 = {
                                            instancePath: instancePath + '/workflow-policy/exceptions/' + i35,
                                            schemaPath: '#/properties/workflow-policy/properties/exceptions/items/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key28 },
                                            message: 'must NOT have additional properties',
                                            schema: false,
                                            parentSchema: schema31.properties['workflow-policy'].properties.exceptions.items,
                                            data: data313
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err514];
                                        }
                                        else {
                                            vErrors.push(err514);
                                        }
                                        errors++;
                                    }
                                }
                                if (data313.rule !== undefined) {
                                    let data314 = data313.rule;
                                    if (typeof data314 !== 'string') {
                                        const err515 = {
                                            instancePath: instancePath + '/workflow-policy/exceptions/' + i35 + '/rule',
                                            schemaPath: '#/properties/workflow-policy/properties/exceptions/items/properties/rule/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema31.properties['workflow-policy'].properties.exceptions.items
                                                .properties.rule.type,
                                            parentSchema: schema31.properties['workflow-policy'].properties.exceptions.items
                                                .properties.rule,
                                            data: data314
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err515];
                                        }
                                        else {
                                            vErrors.push(err515);
                                        }
                                        errors++;
                                    }
                                    if (!(data314 === 'pinned-uses' ||
                                        data314 === 'permissions' ||
                                        data314 === 'template-injection' ||
                                        data314 === 'secrets-inherit' ||
                                        data314 === 'static-secrets' ||
                                        data314 === 'concurrency' ||
                                        data314 === 'persist-credentials' ||
                                        data314 === 'artipacked' ||
                                        data314 === 'bot-conditions' ||
                                        data314 === 'cache-poisoning' ||
                                        data314 === 'github-env' ||
                                        data314 === 'insecure-commands' ||
                                        data314 === 'obfuscation' ||
                                        data314 === 'overprovisioned-secrets' ||
                                        data314 === 'self-hosted-runner' ||
                                        data314 === 'unsound-contains' ||
                                        data314 === 'unsound-condition' ||
                                        data314 === 'unsound-ternary' ||
                                        data314 === 'unpinned-images' ||
                                        data314 === 'hardcoded-container-credentials' ||
                                        data314 === 'unredacted-secrets' ||
                                        data314 === 'secrets-outside-env' ||
                                        data314 === 'github-app' ||
                                        data314 === 'adhoc-packages' ||
                                        data314 === 'unpinned-tools' ||
                                        data314 === 'dangerous-triggers' ||
                                        data314 === 'use-trusted-publishing' ||
                                        data314 === 'job-timeout' ||
                                        data314 === 'dependabot-cooldown' ||
                                        data314 === 'dependabot-execution' ||
                                        data314 === 'anonymous-definition' ||
                                        data314 === 'concurrency-limits' ||
                                        data314 === 'misfeature' ||
                                        data314 === 'ref-version-mismatch' ||
                                        data314 === 'undocumented-permissions' ||
                                        data314 === 'forbidden-uses' ||
                                        data314 === 'self-repository' ||
                                        data314 === 'superfluous-actions' ||
                                        data314 === 'typosquat-uses' ||
                                        data314 === 'impostor-commit' ||
                                        data314 === 'known-vulnerable-actions' ||
                                        data314 === 'stale-action-refs' ||
                                        data314 === 'archived-uses' ||
                                        data314 === 'ref-confusion')) {
                                        const err516 = {
                                            instancePath: instancePath + '/workflow-policy/exceptions/' + i35 + '/rule',
                                            schemaPath: '#/properties/workflow-policy/properties/exceptions/items/properties/rule/enum',
                                            keyword: 'enum',
                                            params: {
                                                allowedValues: schema31.properties['workflow-policy'].properties.exceptions.items
                                                    .properties.rule.enum
                                            },
                                            message: 'must be equal to one of the allowed values',
                                            schema: schema31.properties['workflow-policy'].properties.exceptions.items
                                                .properties.rule.enum,
                                            parentSchema: schema31.properties['workflow-policy'].properties.exceptions.items
                                                .properties.rule,
                                            data: data314
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err516];
                                        }
                                        else {
                                            vErrors.push(err516);
                                        }
                                        errors++;
                                    }
                                }
                                if (data313.path !== undefined) {
                                    let data315 = data313.path;
                                    if (typeof data315 === 'string') {
                                        if (func2(data315) < 1) {
                                            const err517 = {
                                                instancePath: instancePath + '/workflow-policy/exceptions/' + i35 + '/path',
                                                schemaPath: '#/properties/workflow-policy/properties/exceptions/items/properties/path/minLength',
                                                keyword: 'minLength',
                                                params: { limit: 1 },
                                                message: 'must NOT have fewer than 1 characters',
                                                schema: 1,
                                                parentSchema: schema31.properties['workflow-policy'].properties.exceptions.items
                                                    .properties.path,
                                                data: data315
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err517];
                                            }
                                            else {
                                                vErrors.push(err517);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err518 = {
                                            instancePath: instancePath + '/workflow-policy/exceptions/' + i35 + '/path',
                                            schemaPath: '#/properties/workflow-policy/properties/exceptions/items/properties/path/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema31.properties['workflow-policy'].properties.exceptions.items
                                                .properties.path.type,
                                            parentSchema: schema31.properties['workflow-policy'].properties.exceptions.items
                                                .properties.path,
                                            data: data315
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err518];
                                        }
                                        else {
                                            vErrors.push(err518);
                                        }
                                        errors++;
                                    }
                                }
                                if (data313.owner !== undefined) {
                                    let data316 = data313.owner;
                                    if (typeof data316 === 'string') {
                                        if (func2(data316) < 1) {
                                            const err519 = {
                                                instancePath: instancePath + '/workflow-policy/exceptions/' + i35 + '/owner',
                                                schemaPath: '#/properties/workflow-policy/properties/exceptions/items/properties/owner/minLength',
                                                keyword: 'minLength',
                                                params: { limit: 1 },
                                                message: 'must NOT have fewer than 1 characters',
                                                schema: 1,
                                                parentSchema: schema31.properties['workflow-policy'].properties.exceptions.items
                                                    .properties.owner,
                                                data: data316
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err519];
                                            }
                                            else {
                                                vErrors.push(err519);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err520 = {
                                            instancePath: instancePath + '/workflow-policy/exceptions/' + i35 + '/owner',
                                            schemaPath: '#/properties/workflow-policy/properties/exceptions/items/properties/owner/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema31.properties['workflow-policy'].properties.exceptions.items
                                                .properties.owner.type,
                                            parentSchema: schema31.properties['workflow-policy'].properties.exceptions.items
                                                .properties.owner,
                                            data: data316
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err520];
                                        }
                                        else {
                                            vErrors.push(err520);
                                        }
                                        errors++;
                                    }
                                }
                                if (data313.justification !== undefined) {
                                    let data317 = data313.justification;
                                    if (typeof data317 === 'string') {
                                        if (func2(data317) < 1) {
                                            const err521 = {
                                                instancePath: instancePath + '/workflow-policy/exceptions/' + i35 + '/justification',
                                                schemaPath: '#/properties/workflow-policy/properties/exceptions/items/properties/justification/minLength',
                                                keyword: 'minLength',
                                                params: { limit: 1 },
                                                message: 'must NOT have fewer than 1 characters',
                                                schema: 1,
                                                parentSchema: schema31.properties['workflow-policy'].properties.exceptions.items
                                                    .properties.justification,
                                                data: data317
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err521];
                                            }
                                            else {
                                                vErrors.push(err521);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err522 = {
                                            instancePath: instancePath + '/workflow-policy/exceptions/' + i35 + '/justification',
                                            schemaPath: '#/properties/workflow-policy/properties/exceptions/items/properties/justification/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema31.properties['workflow-policy'].properties.exceptions.items
                                                .properties.justification.type,
                                            parentSchema: schema31.properties['workflow-policy'].properties.exceptions.items
                                                .properties.justification,
                                            data: data317
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err522];
                                        }
                                        else {
                                            vErrors.push(err522);
                                        }
                                        errors++;
                                    }
                                }
                                if (data313.expires !== undefined) {
                                    let data318 = data313.expires;
                                    if (typeof data318 === 'string') {
                                        if (!pattern14.test(data318)) {
                                            const err523 = {
                                                instancePath: instancePath + '/workflow-policy/exceptions/' + i35 + '/expires',
                                                schemaPath: '#/properties/workflow-policy/properties/exceptions/items/properties/expires/pattern',
                                                keyword: 'pattern',
                                                params: { pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
                                                message: 'must match pattern "' + '^\\d{4}-\\d{2}-\\d{2}$' + '"',
                                                schema: '^\\d{4}-\\d{2}-\\d{2}$',
                                                parentSchema: schema31.properties['workflow-policy'].properties.exceptions.items
                                                    .properties.expires,
                                                data: data318
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err523];
                                            }
                                            else {
                                                vErrors.push(err523);
                                            }
                                            errors++;
                                        }
                                        if (!formats0.validate(data318)) {
                                            const err524 = {
                                                instancePath: instancePath + '/workflow-policy/exceptions/' + i35 + '/expires',
                                                schemaPath: '#/properties/workflow-policy/properties/exceptions/items/properties/expires/format',
                                                keyword: 'format',
                                                params: { format: 'date' },
                                                message: 'must match format "' + 'date' + '"',
                                                schema: 'date',
                                                parentSchema: schema31.properties['workflow-policy'].properties.exceptions.items
                                                    .properties.expires,
                                                data: data318
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err524];
                                            }
                                            else {
                                                vErrors.push(err524);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err525 = {
                                            instancePath: instancePath + '/workflow-policy/exceptions/' + i35 + '/expires',
                                            schemaPath: '#/properties/workflow-policy/properties/exceptions/items/properties/expires/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema31.properties['workflow-policy'].properties.exceptions.items
                                                .properties.expires.type,
                                            parentSchema: schema31.properties['workflow-policy'].properties.exceptions.items
                                                .properties.expires,
                                            data: data318
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err525];
                                        }
                                        else {
                                            vErrors.push(err525);
                                        }
                                        errors++;
                                    }
                                }
                                if (data313['approved-by'] !== undefined) {
                                    let data319 = data313['approved-by'];
                                    if (typeof data319 === 'string') {
                                        if (func2(data319) < 1) {
                                            const err526 = {
                                                instancePath: instancePath + '/workflow-policy/exceptions/' + i35 + '/approved-by',
                                                schemaPath: '#/properties/workflow-policy/properties/exceptions/items/properties/approved-by/minLength',
                                                keyword: 'minLength',
                                                params: { limit: 1 },
                                                message: 'must NOT have fewer than 1 characters',
                                                schema: 1,
                                                parentSchema: schema31.properties['workflow-policy'].properties.exceptions.items
                                                    .properties['approved-by'],
                                                data: data319
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err526];
                                            }
                                            else {
                                                vErrors.push(err526);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err527 = {
                                            instancePath: instancePath + '/workflow-policy/exceptions/' + i35 + '/approved-by',
                                            schemaPath: '#/properties/workflow-policy/properties/exceptions/items/properties/approved-by/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema31.properties['workflow-policy'].properties.exceptions.items
                                                .properties['approved-by'].type,
                                            parentSchema: schema31.properties['workflow-policy'].properties.exceptions.items
                                                .properties['approved-by'],
                                            data: data319
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err527];
                                        }
                                        else {
                                            vErrors.push(err527);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err528 = {
                                    instancePath: instancePath + '/workflow-policy/exceptions/' + i35,
                                    schemaPath: '#/properties/workflow-policy/properties/exceptions/items/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                    schema: schema31.properties['workflow-policy'].properties.exceptions.items.type,
                                    parentSchema: schema31.properties['workflow-policy'].properties.exceptions.items,
                                    data: data313
                                };
                                if (vErrors === null) {
                                    vErrors = [err528];
                                }
                                else {
                                    vErrors.push(err528);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err529 = {
                            instancePath: instancePath + '/workflow-policy/exceptions',
                            schemaPath: '#/properties/workflow-policy/properties/exceptions/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema31.properties['workflow-policy'].properties.exceptions.type,
                            parentSchema: schema31.properties['workflow-policy'].properties.exceptions,
                            data: data312
                        };
                        if (vErrors === null) {
                            vErrors = [err529];
                        }
                        else {
                            vErrors.push(err529);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err530 = {
                    instancePath: instancePath + '/workflow-policy',
                    schemaPath: '#/properties/workflow-policy/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema31.properties['workflow-policy'].type,
                    parentSchema: schema31.properties['workflow-policy'],
                    data: data244
                };
                if (vErrors === null) {
                    vErrors = [err530];
                }
                else {
                    vErrors.push(err530);
                }
                errors++;
            }
        }
    }
    else {
        const err531 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema31.type,
            parentSchema: schema31,
            data
        };
        if (vErrors === null) {
            vErrors = [err531];
        }
        else {
            vErrors.push(err531);
        }
        errors++;
    }
    validate20.errors = vErrors;
    return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

// EXTERNAL MODULE: ./lib/config/positions.js
var positions = __webpack_require__(6370);
;// CONCATENATED MODULE: ./lib/config/document.js


// schema/config.v1.json compiled by ajv at build time (scripts/gen-config-validator.mjs, run by
// `npm run matrix`; test/config/generated.test.ts fails when it is stale).



/** A configuration file is a few kilobytes; anything larger is not one. */
const MAX_CONFIG_BYTES = 512 * 1024;
function pointerToken(key) {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
function collect(node, pointer, lines, out) {
    if ((0,dist/* isMap */.jh)(node)) {
        for (const pair of node.items) {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
            const ptr = `${pointer}/${pointerToken(key)}`;
            const range = pair.key?.range;
            if (range) {
                const p = lines.linePos(range[0]);
                out.set(ptr, { line: p.line, column: p.col });
            }
            collect(pair.value, ptr, lines, out);
        }
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        node.items.forEach((item, i) => {
            const ptr = `${pointer}/${i}`;
            const range = item?.range;
            if (range) {
                const p = lines.linePos(range[0]);
                out.set(ptr, { line: p.line, column: p.col });
            }
            collect(item, ptr, lines, out);
        });
    }
}
/** Parse YAML text into a ConfigDocument; syntax errors and duplicate keys are ConfigErrors. */
function parseConfigText(text, label, file) {
    if (text.length > MAX_CONFIG_BYTES) {
        throw new errors/* ConfigError */.x(`${label} is ${text.length} bytes; a configuration is at most ${MAX_CONFIG_BYTES}`, file);
    }
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, {
        lineCounter: lines,
        uniqueKeys: true,
        merge: false,
        prettyErrors: false
    });
    const problem = doc.errors[0];
    if (problem) {
        const p = lines.linePos(problem.pos[0]);
        throw new errors/* ConfigError */.x(`${label}:${p.line}:${p.col}: ${problem.message.split('\n')[0]}`, file, 'Fix the YAML syntax (duplicate keys are refused: a key means one thing).', p.line, p.col);
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (err) {
        throw new errors/* ConfigError */.x(`${label}: ${err.message}`, file);
    }
    if (value === null || value === undefined)
        value = {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* ConfigError */.x(`${label} must be a mapping (version: 1, then one section per gate)`, file, undefined, 1, 1);
    }
    const positions = new Map();
    positions.set('', { line: 1, column: 1 });
    collect(doc.contents, '', lines, positions);
    return { label, file, value: value, positions };
}
/**
 * The validator of schema/config.v1.json: ajv standalone code generated with the options it was
 * compiled with at run time before (Ajv2020, allErrors, verbose \u2014 `describe` reads the parent
 * schema of an unknown key \u2014, not strict, ajv-formats).
 */
const configValidator = () => validate;
/** Edit distance, for "did you mean". */
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return row[b.length];
}
function closest(word, candidates) {
    const norm = (s) => s.toLowerCase().replace(/[_\s]/g, '-');
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = editDistance(norm(word), norm(c));
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
function describe(doc, e) {
    const at = e.instancePath;
    const where = at === '' ? 'the top level' : at.slice(1).replace(/\//g, '.');
    if (e.keyword === 'additionalProperties') {
        const key = String(e.params.additionalProperty);
        const allowed = Object.keys((e.parentSchema.properties ?? {}));
        const guess = closest(key, allowed);
        const pos = (0,positions/* positionOf */.d)(doc, `${at}/${pointerToken(key)}`);
        const secretHint = at !== '' && /token|password|secret|key$/.test(key) && !guess
            ? ' (secret inputs cannot be set in a file: pass them as step inputs from secrets)'
            : '';
        return new errors/* ConfigError */.x(`${doc.label}:${pos.line}:${pos.column}: unknown key '${key}' in ${where}${guess ? `; did you mean '${guess}'?` : ''}${secretHint}`, doc.file, guess
            ? `Rename '${key}' to '${guess}'.`
            : `Valid keys here: ${allowed.join(', ')}. See schema/config.v1.json.`, pos.line, pos.column);
    }
    const pos = (0,positions/* positionOf */.d)(doc, at);
    const detail = e.keyword === 'enum'
        ? `must be one of: ${(e.params.allowedValues ?? []).join(', ')}`
        : e.keyword === 'const'
            ? `must be ${JSON.stringify(e.params.allowedValue)}`
            : (e.message ?? e.keyword);
    return new errors/* ConfigError */.x(`${doc.label}:${pos.line}:${pos.column}: ${where} ${detail}`, doc.file, 'See schema/config.v1.json for the allowed values.', pos.line, pos.column);
}
/**
 * Validate a layer against schema/config.v1.json; throws the first problem, positioned. `validate`
 * is the generated validator; the test that compares it with a run-time compile passes its own.
 */
function validateConfig(doc, validate = configValidator()) {
    if (validate(doc.value))
        return;
    const errors = validate.errors ?? [];
    // Prefer the most specific problem: unknown keys first, then the deepest path.
    const pick = errors.find((e) => e.keyword === 'additionalProperties') ??
        errors
            .filter((e) => e.keyword !== 'oneOf')
            .sort((a, b) => b.instancePath.length - a.instancePath.length)[0] ??
        errors[0];
    throw describe(doc, pick);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/core/bounded-body.js
/** Read an HTTP body into memory, refusing to hold more than a limit. */
class BodyTooLargeError extends Error {
    name = 'BodyTooLargeError';
}
async function readBody(body, maxBytes) {
    if (!body)
        return Buffer.alloc(0);
    const reader = body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new BodyTooLargeError(`the download exceeds ${maxBytes} bytes`);
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks);
}

// EXTERNAL MODULE: ./lib/core/duration.js
var duration = __webpack_require__(8415);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __webpack_require__(6613);
;// CONCATENATED MODULE: ./lib/net/credential-origin.js
/**
 * The one rule for where a credential may go, shared by every HTTP client that holds one (the
 * GitHub REST client, the OCI registry client, artifact downloads):
 *
 * - A credential belongs to one origin (scheme, host, port). It is attached only to requests to
 *   that origin, never sent over plain HTTP except to a loopback host.
 * - A redirect is followed by hand (`redirect: 'manual'`). To the same origin it keeps the
 *   credential; to another origin it is either refused (API answers must come from the API) or
 *   followed WITHOUT the credential (pre-signed downloads, digest-checked blobs on a CDN). Once a
 *   chain of redirects has left the origin the credential is never re-attached, even if the
 *   chain comes back. A redirect from HTTPS to plain HTTP is always refused.
 * - A `Link: rel="next"` page on another origin is refused: a page that is not the API's answer
 *   is not followed at all, with or without the credential.
 */
class CrossOriginError extends Error {
    kind;
    target;
    name = 'CrossOriginError';
    constructor(message, kind, target) {
        super(message);
        this.kind = kind;
        this.target = target;
    }
}
/** `what: ` before a message, or nothing. */
function at(what) {
    return what ? `${what}: ` : '';
}
/** `scheme://host[:port]` of a URL (default ports dropped, host lower-cased). */
function originOf(url) {
    return (typeof url === 'string' ? new URL(url) : url).origin;
}
function isSameOrigin(a, b) {
    return originOf(a) === originOf(b);
}
/** 127.0.0.1 (and 127/8), ::1 or localhost: the hosts plain HTTP may carry a credential to. */
function isLoopbackHostname(hostname) {
    const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
/** Throws unless a credential may travel to `url` at all (HTTPS, or HTTP to loopback). */
function assertCredentialTransport(url, what) {
    const u = typeof url === 'string' ? new URL(url) : url;
    if (u.protocol === 'https:')
        return;
    if (u.protocol === 'http:' && isLoopbackHostname(u.hostname))
        return;
    throw new CrossOriginError(`${at(what)}refusing to send credentials to ${u.origin} (plain HTTP to a non-loopback host)`, 'plain-http', u.origin);
}
/** May a request to `url` carry the credential that belongs to `credentialOrigin`? */
function mayCarryCredential(url, credentialOrigin) {
    return originOf(url) === originOf(credentialOrigin);
}
/**
 * The next hop of a redirect from `from` to `location`. `policy` says what a redirect to another
 * origin does: `refuse` throws CrossOriginError, `drop-credential` follows it without the
 * credential (and never attaches it again on this chain).
 */
function redirectHop(from, location, credentialOrigin, policy, what) {
    let url;
    try {
        url = new URL(location, from.url);
    }
    catch {
        throw new CrossOriginError(`${at(what)}redirect to '${location.slice(0, 200)}' is not a URL`, 'redirect', location);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new CrossOriginError(`${at(what)}redirect to a ${url.protocol} URL refused`, 'redirect', url.origin);
    }
    if (from.url.protocol === 'https:' &&
        url.protocol === 'http:' &&
        !isLoopbackHostname(url.hostname)) {
        throw new CrossOriginError(`${at(what)}redirect from HTTPS to plain HTTP (${url.origin}) refused`, 'downgrade', url.origin);
    }
    const same = mayCarryCredential(url, credentialOrigin);
    if (!same && policy === 'refuse') {
        throw new CrossOriginError(`${at(what)}redirect to another origin (${url.origin}, not ${originOf(credentialOrigin)}) refused; the credential stays with ${originOf(credentialOrigin)}`, 'redirect', url.origin);
    }
    return { url, withCredential: from.withCredential && same };
}
/** The `rel="next"` target of a Link header (RFC 8288), resolved against the request URL. */
function nextLink(header, requestUrl) {
    if (!header)
        return undefined;
    for (const part of header.split(/,(?=\s*<)/)) {
        const m = /^\s*<([^>]*)>\s*(.*)$/s.exec(part);
        const rel = m && /(?:^|;)\s*rel\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(m[2]);
        const rels = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
        if (!m || !rels.includes('next'))
            continue;
        try {
            return new URL(m[1], requestUrl).toString();
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
/**
 * The next page of a paginated listing, or undefined at the end. A next page on another origin
 * than the credential's is refused (CrossOriginError), never fetched.
 */
function nextPage(header, requestUrl, credentialOrigin, what) {
    const next = nextLink(header, requestUrl);
    if (next === undefined)
        return undefined;
    if (!mayCarryCredential(next, credentialOrigin)) {
        throw new CrossOriginError(`${at(what)}Link rel="next" points to another origin (${originOf(next)}, not ${originOf(credentialOrigin)}); refusing to follow it`, 'link', originOf(next));
    }
    return next;
}

;// CONCATENATED MODULE: ./lib/net/retry-after.js
/** `Retry-After` (RFC 9110 \u00a710.2.3): delay-seconds or an HTTP date, as milliseconds from now. */
function retryAfterMs(value, now = Date.now()) {
    if (!value)
        return undefined;
    const s = Number(value.trim());
    if (value.trim() !== '' && Number.isFinite(s) && s >= 0)
        return s * 1000;
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

;// CONCATENATED MODULE: ./lib/github/errors.js
/** What a GitHub REST request that failed went through, for the caller to word its finding. */
class GitHubApiError extends Error {
    name = 'GitHubApiError';
    kind;
    endpoint;
    status;
    githubMessage;
    resetAt;
    limit;
    retryAfterS;
    retries;
    foreignOrigin;
    timeoutMs;
    overallDeadline;
    cause;
    constructor(message, d) {
        super(`${d.endpoint}: ${message}`);
        this.kind = d.kind;
        this.endpoint = d.endpoint;
        this.status = d.status;
        this.githubMessage = d.githubMessage;
        this.resetAt = d.resetAt;
        this.limit = d.limit;
        this.retryAfterS = d.retryAfterS;
        this.retries = d.retries;
        this.foreignOrigin = d.foreignOrigin;
        this.timeoutMs = d.timeoutMs;
        this.overallDeadline = d.overallDeadline;
        this.cause = d.cause;
    }
}
/** The innermost cause of a fetch failure: `ECONNREFUSED: connect ECONNREFUSED \u2026`, not `fetch failed`. */
function rootCause(err) {
    let cur = err;
    for (let i = 0; i < 5 && cur?.cause && typeof cur.cause === 'object'; i++)
        cur = cur.cause;
    const message = cur?.message || String(err);
    return cur?.code && !message.includes(cur.code) ? `${cur.code}: ${message}` : message;
}

;// CONCATENATED MODULE: ./lib/github/rate-limit.js
/**
 * GitHub's two rate limits, read from a 403/429 answer (docs.github.com, "Rate limits for the
 * REST API"): the primary limit (`x-ratelimit-remaining: 0`, wait until `x-ratelimit-reset`) and
 * the secondary limit (`retry-after`, or a message saying so; without a header, wait a minute).
 */

/** Seconds GitHub says to wait on a secondary limit that names no `retry-after`. */
const SECONDARY_DEFAULT_WAIT_MS = 60_000;
function rateLimitOf(status, headers, githubMessage, now = Date.now()) {
    if (status !== 403 && status !== 429)
        return undefined;
    const after = retryAfterMs(headers.get('retry-after'), now);
    if (headers.get('x-ratelimit-remaining') === '0' && after === undefined) {
        const reset = Number(headers.get('x-ratelimit-reset'));
        const resetAt = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined;
        return {
            kind: 'rate-limit',
            resetAt,
            // One second past the reset: GitHub's clock and ours are not the same clock.
            waitMs: resetAt ? Math.max(0, resetAt.getTime() - now) + 1000 : undefined,
            limit: headers.get('x-ratelimit-limit') ?? undefined
        };
    }
    if (after !== undefined) {
        return { kind: 'secondary-rate-limit', waitMs: after, retryAfterS: Math.ceil(after / 1000) };
    }
    if (status === 429 || /secondary rate limit|abuse/i.test(githubMessage ?? '')) {
        return { kind: 'secondary-rate-limit', waitMs: SECONDARY_DEFAULT_WAIT_MS };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/github/client.js
/**
 * The one GitHub REST client: global fetch, nothing else loaded. Base URL from GITHUB_API_URL
 * (GitHub Enterprise Server), the token only to that origin (src/net/credential-origin.ts),
 * retries with backoff on 5xx and network errors (bounded), the primary and secondary rate limits
 * waited out only when they lift within the time left, a timeout per request (its retries and
 * waits included) and an overall deadline, bounded bodies, strict JSON (duplicate keys refused),
 * redirects followed by hand. Writes (POST/PUT/PATCH/DELETE with a JSON body) for the actions
 * that open pull requests or change settings: a POST is never repeated after GitHub may have
 * acted on it. Every failure is a GitHubApiError naming the endpoint, the status and GitHub's
 * message \u2014 never the token.
 */







const DEFAULT_API_URL = 'https://api.github.com';
/** Largest JSON answer read unless the call says otherwise. */
const DEFAULT_MAX_JSON_BYTES = 16 * 1024 * 1024;
const MAX_REDIRECTS = 5;
/** The most of a non-2xx body read (for GitHub's message). */
const ERROR_BODY_BYTES = 64 * 1024;
/** `/repos/{owner}/{repo}` with each parameter percent-encoded into its segment. */
function expandPath(template, params) {
    return template.replace(/\{([a-z_]+)\}/g, (_, name) => {
        const v = params[name];
        if (v === undefined)
            throw new Error(`expandPath: no value for {${name}} in ${template}`);
        return encodeURIComponent(String(v));
    });
}
/** `300 ms` below a second, `1m 30s` above. */
function span(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : (0,duration/* formatDuration */.a)(ms);
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}
/** GitHub's `message` (and ` - documentation_url`), or the start of a body that is not JSON. */
function messageOf(text) {
    try {
        const doc = JSON.parse(text);
        if (doc && typeof doc.message === 'string') {
            const docs = typeof doc.documentation_url === 'string' ? ` - ${doc.documentation_url}` : '';
            return (doc.message + docs).replace(/[^\x20-\x7e]/g, '?').slice(0, 300);
        }
    }
    catch {
        // not JSON: quote the start of it below
    }
    const start = text
        .slice(0, 120)
        .replace(/[^\x20-\x7e]+/g, ' ')
        .trim();
    return start || undefined;
}
class GitHubClient {
    apiUrl;
    origin;
    o;
    now;
    constructor(o) {
        this.o = o;
        this.now = o.now ?? Date.now;
        this.apiUrl = (o.apiUrl || DEFAULT_API_URL).replace(/\/+$/, '');
        let base;
        try {
            base = new URL(this.apiUrl);
        }
        catch {
            throw new CrossOriginError(`GITHUB_API_URL '${this.apiUrl}' is not a URL`, 'plain-http', this.apiUrl);
        }
        this.origin = base.origin;
        if (o.token)
            assertCredentialTransport(base, `GitHub API at ${this.origin}`);
    }
    /** Mask the token in anything a server said (a hostile server may echo it back). */
    scrub(text) {
        const t = this.o.token;
        return t && text ? text.split(t).join('***') : text;
    }
    url(path, query) {
        const u = new URL(path.startsWith('/') ? this.apiUrl + path : path);
        for (const [k, v] of Object.entries(query ?? {}))
            if (v !== undefined)
                u.searchParams.set(k, String(v));
        return u;
    }
    headers(hop, accept) {
        const h = {
            Accept: accept,
            'User-Agent': this.o.userAgent ?? 'ci-intel-hub',
            'X-GitHub-Api-Version': '2022-11-28'
        };
        if (hop.withCredential && this.o.token)
            h.Authorization = `token ${this.o.token}`;
        return h;
    }
    /**
     * One request with its retries, rate-limit waits and redirects, under one deadline. Answers
     * 2xx (and, with `allowStatus`, other statuses the caller reads itself); throws otherwise.
     */
    async exchange(start, endpoint, o) {
        const method = o.method ?? 'GET';
        // A POST is not repeated after GitHub may have acted on it (a second pull request\u2026); PUT,
        // PATCH and DELETE are idempotent and are retried like a GET.
        const mayRetry = method !== 'POST' || o.idempotent === true;
        const t0 = this.now();
        const perRequest = t0 + this.o.timeoutMs;
        const overall = this.o.deadline ?? Infinity;
        const deadline = Math.min(perRequest, overall);
        const isOverall = overall < perRequest;
        const retryBase = this.o.retryBaseMs ?? 1000;
        const maxWait = this.o.maxRateLimitWaitMs ?? 60_000;
        let hop = { url: start, withCredential: true };
        let retries = 0;
        let waited = 0;
        let redirects = 0;
        const detail = (d) => ({
            kind: 'status',
            endpoint,
            retries,
            ...(hop.url.origin !== this.origin ? { foreignOrigin: hop.url.origin } : {}),
            ...d
        });
        const timeout = () => {
            const ms = isOverall ? overall - t0 : this.o.timeoutMs;
            return new GitHubApiError(`no complete answer from ${hop.url.origin} within ${span(ms)}${isOverall ? ' (the overall deadline)' : ''}`, detail({ kind: 'timeout', timeoutMs: ms, overallDeadline: isOverall }));
        };
        /** Wait before another attempt if it fits the deadline; false when it does not. */
        const waitFits = async (ms) => {
            if (this.now() + ms >= deadline)
                return false;
            await sleep(ms);
            return true;
        };
        for (;;) {
            const left = deadline - this.now();
            if (left <= 0)
                throw timeout();
            const signal = AbortSignal.timeout(left);
            let res;
            let body;
            try {
                res = await fetch(hop.url, {
                    method,
                    headers: {
                        ...this.headers(hop, o.accept),
                        ...(o.body !== undefined ? { 'Content-Type': 'application/json; charset=utf-8' } : {})
                    },
                    body: o.body,
                    redirect: 'manual',
                    signal
                });
                const ok = res.status >= 200 && res.status < 300;
                const declared = Number(res.headers.get('content-length') ?? NaN);
                if (ok && declared > o.maxBytes) {
                    await res.body?.cancel().catch(() => undefined);
                    throw new BodyTooLargeError(`the answer is ${declared} bytes`);
                }
                // An error or redirect body only feeds a message: its start is enough.
                body = ok
                    ? await readBody(res.body, o.maxBytes)
                    : await readBody(res.body, ERROR_BODY_BYTES).catch((e) => {
                        if (e instanceof BodyTooLargeError)
                            return Buffer.alloc(0);
                        throw e;
                    });
            }
            catch (err) {
                if (err instanceof BodyTooLargeError) {
                    throw new GitHubApiError(`the answer from ${hop.url.origin} is larger than the limit of ${o.maxBytes} bytes`, detail({ kind: 'too-large' }));
                }
                if (signal.aborted)
                    throw timeout();
                const cause = rootCause(err);
                if (mayRetry && retries < this.o.retries) {
                    const wait = Math.min(retryBase * 2 ** retries, 30_000);
                    this.o.log(`${endpoint}: ${cause}; retry ${retries + 1} in ${span(wait)}`);
                    retries++;
                    if (await waitFits(wait))
                        continue;
                    throw new GitHubApiError(`${hop.url.origin} could not be reached (${cause}); the next retry would pass the deadline`, detail({ kind: 'network', cause }));
                }
                throw new GitHubApiError(`${hop.url.origin} could not be reached (${cause})${retries ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : ''}`, detail({ kind: 'network', cause }));
            }
            const status = res.status;
            if (status >= 300 && status < 400 && status !== 304) {
                const location = res.headers.get('location');
                if (!location) {
                    throw new GitHubApiError(`${status} redirect without a Location`, detail({ kind: 'redirect', status }));
                }
                if (method !== 'GET' && status !== 307 && status !== 308) {
                    // 301/302/303 would turn a write into a GET elsewhere: never silently.
                    throw new GitHubApiError(`${status} redirect of a ${method} (only 307/308 repeat a write)`, detail({ kind: 'redirect', status }));
                }
                if (++redirects > MAX_REDIRECTS) {
                    throw new GitHubApiError(`more than ${MAX_REDIRECTS} redirects`, detail({ kind: 'redirect', status }));
                }
                try {
                    hop = redirectHop(hop, location, this.origin, o.redirects);
                }
                catch (err) {
                    if (err instanceof CrossOriginError)
                        throw new GitHubApiError(err.message, detail({ kind: 'cross-origin', status }));
                    throw err;
                }
                continue;
            }
            if ((status >= 200 && status < 300) || o.allowStatus?.includes(status))
                return { hop, status, headers: res.headers, body };
            const text = body.toString('utf8');
            const githubMessage = this.scrub(messageOf(text));
            const limit = hop.withCredential
                ? rateLimitOf(status, res.headers, githubMessage, this.now())
                : undefined;
            if (limit) {
                const wait = limit.waitMs;
                const fits = wait !== undefined && wait <= maxWait && this.now() + wait < deadline;
                if (waited === 0 && fits) {
                    waited++;
                    this.o.log(`${endpoint}: GitHub API ${limit.kind === 'rate-limit' ? 'rate limit hit' : 'secondary rate limit'} (${status}); waiting ${span(wait)}`);
                    await sleep(wait);
                    continue;
                }
                if (limit.kind === 'rate-limit') {
                    throw new GitHubApiError(`GitHub API rate limit exhausted (${status}${limit.limit ? `, x-ratelimit-limit ${limit.limit}` : ''}); ${limit.resetAt
                        ? `it resets at ${limit.resetAt.toISOString().replace(/\.\d{3}Z$/, 'Z')}`
                        : 'the answer does not say when it resets'}`, detail({
                        kind: 'rate-limit',
                        status,
                        githubMessage,
                        resetAt: limit.resetAt,
                        limit: limit.limit
                    }));
                }
                throw new GitHubApiError(`GitHub API secondary rate limit (${status})${limit.retryAfterS !== undefined ? `; retry after ${limit.retryAfterS} s` : ''}`, detail({
                    kind: 'secondary-rate-limit',
                    status,
                    githubMessage,
                    retryAfterS: limit.retryAfterS
                }));
            }
            if (status >= 500 && mayRetry && retries < this.o.retries) {
                const asked = retryAfterMs(res.headers.get('retry-after'), this.now());
                const wait = asked ?? Math.min(retryBase * 2 ** retries, 30_000);
                this.o.log(`${endpoint}: ${status}; retry ${retries + 1} in ${span(wait)}`);
                retries++;
                if (await waitFits(wait))
                    continue;
                throw new GitHubApiError(`answered ${status}${githubMessage ? ` (${githubMessage})` : ''}; the next retry would pass the deadline`, detail({ kind: 'status', status, githubMessage }));
            }
            throw new GitHubApiError(`${hop.url.origin === this.origin ? 'GitHub' : hop.url.origin} answered ${status}${githubMessage ? ` (${githubMessage})` : ''}${status >= 500 && retries ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : ''}`, detail({ kind: 'status', status, githubMessage }));
        }
    }
    /** `GET /repos/\u2026` relative to the API root (GHES: without /api/v3); another origin in full. */
    endpoint(u, method = 'GET') {
        const root = new URL(this.apiUrl).pathname.replace(/\/$/, '');
        const path = u.origin === this.origin && u.pathname.startsWith(root)
            ? u.pathname.slice(root.length) || '/'
            : u.origin + u.pathname;
        let shown = path;
        try {
            shown = decodeURIComponent(path).replace(/[^\x21-\x7e]/g, '?');
        }
        catch {
            // not percent-encoded UTF-8: show it as sent
        }
        return `${method} ${shown}`;
    }
    parse(x, endpoint) {
        let text;
        try {
            text = new TextDecoder('utf-8', { fatal: true }).decode(x.body);
        }
        catch {
            throw new GitHubApiError('the answer is not UTF-8 text', {
                kind: 'bad-json',
                endpoint,
                status: x.status,
                retries: 0
            });
        }
        let data;
        try {
            data = (0,strict_json/* parseStrictJson */.RJ)(text, 'the answer');
        }
        catch (err) {
            if (err instanceof strict_json/* JsonDocumentError */.sT)
                throw new GitHubApiError(err.message, {
                    kind: 'bad-json',
                    endpoint,
                    status: x.status,
                    retries: 0
                });
            throw err;
        }
        return { status: x.status, headers: x.headers, url: x.hop.url.toString(), data, text };
    }
    /**
     * One REST call answering JSON (path relative to the API root, or a URL on its origin): GET by
     * default, or a write with a JSON body. 204 / an empty body gives `data: null`.
     */
    async request(path, o = {}) {
        const u = this.url(path, o.query);
        const endpoint = this.endpoint(u, o.method);
        if (u.origin !== this.origin) {
            throw new GitHubApiError(`${u.origin} is not the API's origin (${this.origin})`, {
                kind: 'cross-origin',
                endpoint,
                retries: 0
            });
        }
        const x = await this.exchange(u, endpoint, {
            accept: o.accept ?? 'application/vnd.github+json',
            maxBytes: o.maxBytes ?? DEFAULT_MAX_JSON_BYTES,
            redirects: 'refuse',
            method: o.method,
            body: o.body === undefined ? undefined : JSON.stringify(o.body),
            allowStatus: o.allowStatus,
            idempotent: o.idempotent
        });
        if (x.status === 204 || x.body.length === 0)
            return {
                status: x.status,
                headers: x.headers,
                url: x.hop.url.toString(),
                data: null,
                text: ''
            };
        return this.parse(x, endpoint);
    }
    /**
     * Download bytes from the API, following its redirect to storage on another origin WITHOUT
     * the token (pre-signed URLs: artifact zips, logs, archives).
     */
    async download(path, o) {
        const u = this.url(path);
        const x = await this.exchange(u, this.endpoint(u), {
            accept: o.accept ?? '*/*',
            maxBytes: o.maxBytes,
            redirects: 'drop-credential'
        });
        return {
            bytes: x.body,
            url: originOf(x.hop.url) + x.hop.url.pathname,
            foreign: x.hop.url.origin !== this.origin
        };
    }
}
function createGitHubClient(o) {
    return new GitHubClient(o);
}

;// CONCATENATED MODULE: ./lib/config/contents-api.js
/** `GET /repos/{owner}/{repo}/contents/{path}?ref=` for one file, through the hub's one GitHub client. */



async function getContents(owner, repo, path, ref, options) {
    const deadlineMs = options.deadlineMs ?? 30_000;
    const client = new GitHubClient({
        token: options.token,
        apiUrl: options.apiUrl,
        timeoutMs: deadlineMs,
        deadline: Date.now() + deadlineMs,
        retries: options.retries ?? 3,
        retryBaseMs: options.retryBaseMs ?? 500,
        log: options.log ?? (() => undefined)
    });
    const route = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/contents/${path
        .split('/')
        .map(encodeURIComponent)
        .join('/')}`;
    let doc;
    try {
        doc = (await client.request(route, { query: { ref }, maxBytes: 2 * 1024 * 1024 }))
            .data;
    }
    catch (err) {
        if (!(err instanceof GitHubApiError))
            throw err;
        const hint = err.status === 404
            ? 'The overlay does not exist at that commit, or the token cannot read that repository (give the job a token with contents: read on it).'
            : err.status === 401 || err.status === 403
                ? 'The token was refused or rate-limited; give the job a token with contents: read on the overlay repository.'
                : 'Re-run the job; if it persists, check the GitHub API status or the network.';
        throw new errors/* ConfigError */.x(`the organisation overlay could not be fetched: ${err.message}; the gates do not fall back to the hub's defaults`, undefined, hint);
    }
    if (doc?.type !== 'file' || doc.encoding !== 'base64' || typeof doc.content !== 'string') {
        throw new errors/* ConfigError */.x(`GET ${route}?ref=${ref}: not a file (type ${String(doc?.type)})`, undefined, 'extends must name a file.');
    }
    return {
        bytes: Buffer.from(doc.content, 'base64'),
        sha: typeof doc.sha === 'string' ? doc.sha : undefined
    };
}

;// CONCATENATED MODULE: ./lib/config/fetch-overlay.js
/**
 * Fetches a pinned organisation overlay through the GitHub contents API
 * (`GET /repos/{owner}/{repo}/contents/{path}?ref={sha}`), once per job: the text is cached under
 * the hub's temp folder by commit and path, since a pinned commit cannot change.
 */







async function fetchOverlay(ref, options) {
    const key = (0,external_node_crypto_.createHash)('sha256')
        .update(`${ref.owner}/${ref.repo}@${ref.sha}:${ref.path}`)
        .digest('hex');
    const cached = options.cacheDir ? (0,external_node_path_.join)(options.cacheDir, 'overlays', `${key}.yml`) : undefined;
    if (cached && (0,external_node_fs_.existsSync)(cached))
        return (0,read_file/* readRegularTextFile */.I)(cached, { maxBytes: MAX_CONFIG_BYTES });
    const file = await getContents(ref.owner, ref.repo, ref.path, ref.sha, options);
    if (file.bytes.length > MAX_CONFIG_BYTES) {
        throw new errors/* ConfigError */.x(`overlay ${ref.text} is ${file.bytes.length} bytes; a configuration is at most ${MAX_CONFIG_BYTES}`);
    }
    // The blob sha GitHub names must be the git hash of the bytes it sent.
    const blob = (0,external_node_crypto_.createHash)('sha1')
        .update(`blob ${file.bytes.length}\0`)
        .update(file.bytes)
        .digest('hex');
    if (file.sha && file.sha !== blob) {
        throw new errors/* ConfigError */.x(`overlay ${ref.text}: the contents API sent bytes whose git blob hash ${blob} is not the ${file.sha} it named`);
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(file.bytes);
    if (cached) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(options.cacheDir, 'overlays'), { recursive: true });
        (0,external_node_fs_.writeFileSync)(cached, text);
    }
    return text;
}

;// CONCATENATED MODULE: ./lib/config/overlay-ref.js
/**
 * `extends:`: the organisation overlay, pinned. A remote overlay is
 * `<owner>/<repo>/<path>@<40-hex commit sha>` \u2014 a branch or tag could be moved under a
 * repository's feet, so anything else after `@` is refused. Anything without `@` is a path
 * relative to the file that names it.
 */

const REMOTE = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/([^@]+)@(.+)$/;
function parseOverlayRef(text, from, line, column) {
    const t = text.trim();
    const m = REMOTE.exec(t);
    if (m) {
        const [, owner, repo, path, ref] = m;
        if (!/^[0-9a-f]{40}$/.test(ref)) {
            throw new errors/* ConfigError */.x(`${from}: extends '${t}' pins '${ref}', which is not a 40-hex commit SHA; a branch or tag name can be moved, so the overlay could change without this repository changing`, undefined, `Pin the overlay by commit: ${owner}/${repo}/${path}@<sha> (git rev-parse ${ref} in ${owner}/${repo}).`, line, column);
        }
        if (path.split('/').some((s) => s === '..' || s === '')) {
            throw new errors/* ConfigError */.x(`${from}: extends '${t}' has an invalid path '${path}'`, undefined, undefined, line, column);
        }
        return { kind: 'remote', owner, repo, path, sha: ref, text: t };
    }
    if (t.includes('@')) {
        throw new errors/* ConfigError */.x(`${from}: extends '${t}' is neither <owner>/<repo>/<path>@<40-hex sha> nor a local path`, undefined, 'Write extends: acme/org-policy/ci-intel/org.yml@<commit sha>, or a path such as ../org.yml.', line, column);
    }
    return { kind: 'local', path: t, text: t };
}
function overlayLabel(ref) {
    return ref.kind === 'remote'
        ? `org ${ref.owner}/${ref.repo}@${ref.sha}:${ref.path}`
        : `org ${ref.path}`;
}

// EXTERNAL MODULE: ./lib/config/default-file.js
var default_file = __webpack_require__(7454);
;// CONCATENATED MODULE: ./lib/config/layers.js
/**
 * Finding and reading the layers: the repository's `.ci-intel/config.yml` (or the file
 * CI_INTEL_CONFIG names) and the organisation overlay it `extends`. The hub's defaults are the
 * action.yml defaults; the step's `with:` (or CLI flags) sit on top.
 */









function readLayer(abs, label, file) {
    const text = (0,read_file/* readRegularTextFile */.I)(abs, { maxBytes: MAX_CONFIG_BYTES, what: 'configuration' });
    const doc = parseConfigText(text, label, file);
    validateConfig(doc);
    return doc;
}
async function loadLayers(options) {
    const named = options.configFile ?? options.env.CI_INTEL_CONFIG;
    const path = (0,external_node_path_.resolve)(options.workspace, named || default_file/* DEFAULT_CONFIG_FILE */.C);
    if (!(0,external_node_fs_.existsSync)(path)) {
        if (named) {
            throw new errors/* ConfigError */.x(`configuration ${named} does not exist (resolved against the workspace ${options.workspace})`, named, 'Name an existing file, or drop the setting to use .ci-intel/config.yml.');
        }
        return {};
    }
    const rel = (0,external_node_path_.relative)(options.workspace, path);
    const label = rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : path;
    const repo = readLayer(path, label, label);
    if (repo.value.policy !== undefined) {
        const pos = (0,positions/* positionOf */.d)(repo, '/policy');
        throw new errors/* ConfigError */.x(`${label}:${pos.line}:${pos.column}: policy (locked keys and bounds) belongs in the organisation overlay, not in a repository's configuration`, label, 'Move policy: to the overlay this file extends; a repository tightens settings by setting them.', pos.line, pos.column);
    }
    const layers = { repo };
    const ext = repo.value.extends;
    if (typeof ext === 'string') {
        const pos = (0,positions/* positionOf */.d)(repo, '/extends');
        const ref = parseOverlayRef(ext, `${label}:${pos.line}:${pos.column}`, pos.line, pos.column);
        let doc;
        if (ref.kind === 'local') {
            const abs = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), ref.path);
            if (!(0,external_node_fs_.existsSync)(abs)) {
                throw new errors/* ConfigError */.x(`${label}:${pos.line}:${pos.column}: extends '${ref.path}' does not exist (resolved to ${(0,external_node_path_.relative)(options.workspace, abs) || abs}); the gates do not fall back to the hub's defaults`, label, 'Fix the path, or pin a remote overlay: <owner>/<repo>/<path>@<sha>.', pos.line, pos.column);
            }
            const relOverlay = (0,external_node_path_.relative)(options.workspace, abs) || abs;
            doc = readLayer(abs, `org ${relOverlay}`, relOverlay);
        }
        else {
            const fetchOptions = {
                apiUrl: options.env.GITHUB_API_URL || 'https://api.github.com',
                // CI_INTEL_TOKEN names the overlay's token explicitly; else the gate's own token input.
                token: options.env.CI_INTEL_TOKEN ||
                    options.token ||
                    options.env.GITHUB_TOKEN ||
                    options.env.GH_TOKEN ||
                    undefined,
                cacheDir: options.tempDir,
                deadlineMs: options.overlayFetch?.deadlineMs ?? 30_000,
                retryBaseMs: options.overlayFetch?.retryBaseMs
            };
            const text = await fetchOverlay(ref, fetchOptions);
            doc = parseConfigText(text, overlayLabel(ref), `${ref.owner}/${ref.repo}/${ref.path}`);
            validateConfig(doc);
        }
        if (doc.value.extends !== undefined) {
            const p = (0,positions/* positionOf */.d)(doc, '/extends');
            throw new errors/* ConfigError */.x(`${doc.label}:${p.line}:${p.column}: an organisation overlay cannot extend another (one overlay per organisation)`, doc.file);
        }
        layers.org = { ...doc, ref };
    }
    return layers;
}


/***/ })

};
