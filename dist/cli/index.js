#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 10779:
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

/***/ 36214:
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

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 41314:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dgram");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 71553:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 26848:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline/promises");

/***/ }),

/***/ 80099:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 50377:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = validate10;module.exports["default"] = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://ci-intel.dev/schema/dr-freshness-evidence.v1.json","title":"ci-intel disaster-recovery drill evidence","description":"What a DR drill records about its last run: when it last succeeded, what kind of drill it was, the recovery point and recovery time it achieved, and its result. Other top-level fields are allowed and ignored.","type":"object","required":["drill"],"properties":{"drill":{"type":"object","required":["last_success_rfc3339","type","rpo_s","rto_s","result"],"properties":{"last_success_rfc3339":{"type":"string","minLength":1,"description":"RFC 3339 time (with a UTC offset) of the last successful drill, e.g. 2026-11-20T03:00:00Z."},"type":{"type":"string","minLength":1,"description":"What was drilled, e.g. restore, failover, full-region."},"rpo_s":{"type":"number","minimum":0,"description":"Recovery point achieved: seconds of data lost (time between the last recoverable write and the failure)."},"rto_s":{"type":"number","minimum":0,"description":"Recovery time achieved: seconds from the failure until service was restored."},"result":{"type":"string","minLength":1,"description":"The drill's outcome; only \"pass\" counts as passed."}}}}};const func2 = (__nccwpck_require__(36214)["default"]);function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://ci-intel.dev/schema/dr-freshness-evidence.v1.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.drill === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "drill"},message:"must have required property '"+"drill"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.drill !== undefined){let data0 = data.drill;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.last_success_rfc3339 === undefined){const err1 = {instancePath:instancePath+"/drill",schemaPath:"#/properties/drill/required",keyword:"required",params:{missingProperty: "last_success_rfc3339"},message:"must have required property '"+"last_success_rfc3339"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data0.type === undefined){const err2 = {instancePath:instancePath+"/drill",schemaPath:"#/properties/drill/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data0.rpo_s === undefined){const err3 = {instancePath:instancePath+"/drill",schemaPath:"#/properties/drill/required",keyword:"required",params:{missingProperty: "rpo_s"},message:"must have required property '"+"rpo_s"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data0.rto_s === undefined){const err4 = {instancePath:instancePath+"/drill",schemaPath:"#/properties/drill/required",keyword:"required",params:{missingProperty: "rto_s"},message:"must have required property '"+"rto_s"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data0.result === undefined){const err5 = {instancePath:instancePath+"/drill",schemaPath:"#/properties/drill/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data0.last_success_rfc3339 !== undefined){let data1 = data0.last_success_rfc3339;if(typeof data1 === "string"){if(func2(data1) < 1){const err6 = {instancePath:instancePath+"/drill/last_success_rfc3339",schemaPath:"#/properties/drill/properties/last_success_rfc3339/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/drill/last_success_rfc3339",schemaPath:"#/properties/drill/properties/last_success_rfc3339/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data0.type !== undefined){let data2 = data0.type;if(typeof data2 === "string"){if(func2(data2) < 1){const err8 = {instancePath:instancePath+"/drill/type",schemaPath:"#/properties/drill/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/drill/type",schemaPath:"#/properties/drill/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data0.rpo_s !== undefined){let data3 = data0.rpo_s;if(typeof data3 == "number"){if(data3 < 0 || isNaN(data3)){const err10 = {instancePath:instancePath+"/drill/rpo_s",schemaPath:"#/properties/drill/properties/rpo_s/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/drill/rpo_s",schemaPath:"#/properties/drill/properties/rpo_s/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data0.rto_s !== undefined){let data4 = data0.rto_s;if(typeof data4 == "number"){if(data4 < 0 || isNaN(data4)){const err12 = {instancePath:instancePath+"/drill/rto_s",schemaPath:"#/properties/drill/properties/rto_s/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/drill/rto_s",schemaPath:"#/properties/drill/properties/rto_s/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data0.result !== undefined){let data5 = data0.result;if(typeof data5 === "string"){if(func2(data5) < 1){const err14 = {instancePath:instancePath+"/drill/result",schemaPath:"#/properties/drill/properties/result/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/drill/result",schemaPath:"#/properties/drill/properties/result/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/drill",schemaPath:"#/properties/drill/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}validate10.errors = vErrors;return errors === 0;}

/***/ }),

/***/ 88640:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = validate10;module.exports["default"] = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://ci-intel.dev/schema/pr-target-allowlist.v1.json","title":"ci-intel pull_request_target allowlist","description":"Workflows allowed to use pull_request_target. Every exception is justified, expires and is approved through CODEOWNERS.","type":"object","additionalProperties":false,"required":["allow"],"properties":{"allow":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["workflow","justification","expires","approved-by"],"properties":{"workflow":{"type":"string","minLength":1,"description":"Repository-relative path of the workflow file, e.g. .github/workflows/labeler.yml"},"justification":{"type":"string","minLength":1,"description":"Why this workflow needs the privileged trigger and why it is safe."},"expires":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","format":"date","description":"Last day (UTC) on which the exception holds, YYYY-MM-DD."},"approved-by":{"type":"string","minLength":1,"description":"Who approved the exception, e.g. @acme/security."}}}}}};const func2 = (__nccwpck_require__(36214)["default"]);const formats0 = (__nccwpck_require__(10779)/* .fullFormats */ .U9).date;const pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://ci-intel.dev/schema/pr-target-allowlist.v1.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.allow === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "allow"},message:"must have required property '"+"allow"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(key0 === "allow")){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.allow !== undefined){let data0 = data.allow;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.workflow === undefined){const err2 = {instancePath:instancePath+"/allow/" + i0,schemaPath:"#/properties/allow/items/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data1.justification === undefined){const err3 = {instancePath:instancePath+"/allow/" + i0,schemaPath:"#/properties/allow/items/required",keyword:"required",params:{missingProperty: "justification"},message:"must have required property '"+"justification"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data1.expires === undefined){const err4 = {instancePath:instancePath+"/allow/" + i0,schemaPath:"#/properties/allow/items/required",keyword:"required",params:{missingProperty: "expires"},message:"must have required property '"+"expires"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data1["approved-by"] === undefined){const err5 = {instancePath:instancePath+"/allow/" + i0,schemaPath:"#/properties/allow/items/required",keyword:"required",params:{missingProperty: "approved-by"},message:"must have required property '"+"approved-by"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key1 in data1){if(!((((key1 === "workflow") || (key1 === "justification")) || (key1 === "expires")) || (key1 === "approved-by"))){const err6 = {instancePath:instancePath+"/allow/" + i0,schemaPath:"#/properties/allow/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data1.workflow !== undefined){let data2 = data1.workflow;if(typeof data2 === "string"){if(func2(data2) < 1){const err7 = {instancePath:instancePath+"/allow/" + i0+"/workflow",schemaPath:"#/properties/allow/items/properties/workflow/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/allow/" + i0+"/workflow",schemaPath:"#/properties/allow/items/properties/workflow/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data1.justification !== undefined){let data3 = data1.justification;if(typeof data3 === "string"){if(func2(data3) < 1){const err9 = {instancePath:instancePath+"/allow/" + i0+"/justification",schemaPath:"#/properties/allow/items/properties/justification/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/allow/" + i0+"/justification",schemaPath:"#/properties/allow/items/properties/justification/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data1.expires !== undefined){let data4 = data1.expires;if(typeof data4 === "string"){if(!pattern0.test(data4)){const err11 = {instancePath:instancePath+"/allow/" + i0+"/expires",schemaPath:"#/properties/allow/items/properties/expires/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(!(formats0.validate(data4))){const err12 = {instancePath:instancePath+"/allow/" + i0+"/expires",schemaPath:"#/properties/allow/items/properties/expires/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/allow/" + i0+"/expires",schemaPath:"#/properties/allow/items/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data1["approved-by"] !== undefined){let data5 = data1["approved-by"];if(typeof data5 === "string"){if(func2(data5) < 1){const err14 = {instancePath:instancePath+"/allow/" + i0+"/approved-by",schemaPath:"#/properties/allow/items/properties/approved-by/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/allow/" + i0+"/approved-by",schemaPath:"#/properties/allow/items/properties/approved-by/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/allow/" + i0,schemaPath:"#/properties/allow/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/allow",schemaPath:"#/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}validate10.errors = vErrors;return errors === 0;}

/***/ }),

/***/ 21603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = validate10;module.exports["default"] = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://ci-intel.dev/schema/release-evidence.v1.json","title":"ci-intel release evidence (predicate of https://ci-intel.dev/release-evidence/v1)","description":"The predicate evidence-bundle signs: a manifest of every piece of evidence by sha256 with its media type, one truth-table row per gate result, the policy decisions with a digest of their inputs, and the release plan's fields. Written as canonical JSON (keys sorted, no whitespace).","type":"object","additionalProperties":false,"required":["schema","run_id","repository","image_digest","sbom_uri","provenance_uri","signature_uri","rekor_uuid","vex_uri","tests","policies","drill","gates","config_digests","manifest"],"definitions":{"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"uri":{"type":["string","null"],"minLength":1}},"properties":{"schema":{"const":"ci-intel.release-evidence.v1"},"run_id":{"type":"string","minLength":1,"description":"<repository>/actions/runs/<id>/attempts/<n>, or what run-id gave."},"repository":{"type":["string","null"]},"image_digest":{"oneOf":[{"$ref":"#/definitions/digest"},{"type":"null"}]},"sbom_uri":{"$ref":"#/definitions/uri"},"provenance_uri":{"$ref":"#/definitions/uri"},"signature_uri":{"$ref":"#/definitions/uri"},"rekor_uuid":{"$ref":"#/definitions/uri","description":"The Rekor log index(es) slsa-verify proved for the release artifacts."},"vex_uri":{"$ref":"#/definitions/uri"},"tests":{"type":["object","null"]},"policies":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","gate","result"],"properties":{"id":{"type":"string"},"gate":{"type":"string"},"result":{"enum":["allow","deny","warn"]},"inputs":{"$ref":"#/definitions/digest"}}}},"drill":{"type":["object","null"]},"gates":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["gate","verdict","mode","summary","piece","digest"],"properties":{"gate":{"type":"string","minLength":1},"verdict":{"type":"string"},"mode":{"type":"string"},"summary":{"type":"string"},"piece":{"type":"string","minLength":1},"digest":{"$ref":"#/definitions/digest"},"configDigest":{"type":"string"}}}},"config_digests":{"type":"array","items":{"type":"string"}},"manifest":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","mediaType","digest","size"],"properties":{"name":{"type":"string","minLength":1},"mediaType":{"type":"string","minLength":1},"digest":{"$ref":"#/definitions/digest"},"size":{"type":"integer","minimum":0}}}}}};const schema12 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};const schema13 = {"type":["string","null"],"minLength":1};const func2 = Object.prototype.hasOwnProperty;const func3 = (__nccwpck_require__(36214)["default"]);const pattern0 = new RegExp("^sha256:[0-9a-f]{64}$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://ci-intel.dev/schema/release-evidence.v1.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.run_id === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_id"},message:"must have required property '"+"run_id"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.repository === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.image_digest === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "image_digest"},message:"must have required property '"+"image_digest"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.sbom_uri === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sbom_uri"},message:"must have required property '"+"sbom_uri"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.provenance_uri === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provenance_uri"},message:"must have required property '"+"provenance_uri"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.signature_uri === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signature_uri"},message:"must have required property '"+"signature_uri"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.rekor_uuid === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rekor_uuid"},message:"must have required property '"+"rekor_uuid"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.vex_uri === undefined){const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vex_uri"},message:"must have required property '"+"vex_uri"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.tests === undefined){const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tests"},message:"must have required property '"+"tests"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data.policies === undefined){const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "policies"},message:"must have required property '"+"policies"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data.drill === undefined){const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "drill"},message:"must have required property '"+"drill"+"'"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data.gates === undefined){const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gates"},message:"must have required property '"+"gates"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data.config_digests === undefined){const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config_digests"},message:"must have required property '"+"config_digests"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data.manifest === undefined){const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "manifest"},message:"must have required property '"+"manifest"+"'"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}for(const key0 in data){if(!(func2.call(schema11.properties, key0))){const err15 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.schema !== undefined){if("ci-intel.release-evidence.v1" !== data.schema){const err16 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "ci-intel.release-evidence.v1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.run_id !== undefined){let data1 = data.run_id;if(typeof data1 === "string"){if(func3(data1) < 1){const err17 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.repository !== undefined){let data2 = data.repository;if((typeof data2 !== "string") && (data2 !== null)){const err19 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: schema11.properties.repository.type},message:"must be string,null"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.image_digest !== undefined){let data3 = data.image_digest;const _errs8 = errors;let valid1 = false;let passing0 = null;const _errs9 = errors;if(typeof data3 === "string"){if(!pattern0.test(data3)){const err20 = {instancePath:instancePath+"/image_digest",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/image_digest",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}var _valid0 = _errs9 === errors;if(_valid0){valid1 = true;passing0 = 0;}const _errs12 = errors;if(data3 !== null){const err22 = {instancePath:instancePath+"/image_digest",schemaPath:"#/properties/image_digest/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}var _valid0 = _errs12 === errors;if(_valid0 && valid1){valid1 = false;passing0 = [passing0, 1];}else {if(_valid0){valid1 = true;passing0 = 1;}}if(!valid1){const err23 = {instancePath:instancePath+"/image_digest",schemaPath:"#/properties/image_digest/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}else {errors = _errs8;if(vErrors !== null){if(_errs8){vErrors.length = _errs8;}else {vErrors = null;}}}}if(data.sbom_uri !== undefined){let data4 = data.sbom_uri;if((typeof data4 !== "string") && (data4 !== null)){const err24 = {instancePath:instancePath+"/sbom_uri",schemaPath:"#/definitions/uri/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(typeof data4 === "string"){if(func3(data4) < 1){const err25 = {instancePath:instancePath+"/sbom_uri",schemaPath:"#/definitions/uri/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}if(data.provenance_uri !== undefined){let data5 = data.provenance_uri;if((typeof data5 !== "string") && (data5 !== null)){const err26 = {instancePath:instancePath+"/provenance_uri",schemaPath:"#/definitions/uri/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(typeof data5 === "string"){if(func3(data5) < 1){const err27 = {instancePath:instancePath+"/provenance_uri",schemaPath:"#/definitions/uri/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}if(data.signature_uri !== undefined){let data6 = data.signature_uri;if((typeof data6 !== "string") && (data6 !== null)){const err28 = {instancePath:instancePath+"/signature_uri",schemaPath:"#/definitions/uri/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(typeof data6 === "string"){if(func3(data6) < 1){const err29 = {instancePath:instancePath+"/signature_uri",schemaPath:"#/definitions/uri/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}if(data.rekor_uuid !== undefined){let data7 = data.rekor_uuid;if((typeof data7 !== "string") && (data7 !== null)){const err30 = {instancePath:instancePath+"/rekor_uuid",schemaPath:"#/definitions/uri/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(typeof data7 === "string"){if(func3(data7) < 1){const err31 = {instancePath:instancePath+"/rekor_uuid",schemaPath:"#/definitions/uri/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}if(data.vex_uri !== undefined){let data8 = data.vex_uri;if((typeof data8 !== "string") && (data8 !== null)){const err32 = {instancePath:instancePath+"/vex_uri",schemaPath:"#/definitions/uri/type",keyword:"type",params:{type: schema13.type},message:"must be string,null"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if(typeof data8 === "string"){if(func3(data8) < 1){const err33 = {instancePath:instancePath+"/vex_uri",schemaPath:"#/definitions/uri/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}if(data.tests !== undefined){let data9 = data.tests;if((!(data9 && typeof data9 == "object" && !Array.isArray(data9))) && (data9 !== null)){const err34 = {instancePath:instancePath+"/tests",schemaPath:"#/properties/tests/type",keyword:"type",params:{type: schema11.properties.tests.type},message:"must be object,null"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data.policies !== undefined){let data10 = data.policies;if(Array.isArray(data10)){const len0 = data10.length;for(let i0=0; i0<len0; i0++){let data11 = data10[i0];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.id === undefined){const err35 = {instancePath:instancePath+"/policies/" + i0,schemaPath:"#/properties/policies/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(data11.gate === undefined){const err36 = {instancePath:instancePath+"/policies/" + i0,schemaPath:"#/properties/policies/items/required",keyword:"required",params:{missingProperty: "gate"},message:"must have required property '"+"gate"+"'"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(data11.result === undefined){const err37 = {instancePath:instancePath+"/policies/" + i0,schemaPath:"#/properties/policies/items/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}for(const key1 in data11){if(!((((key1 === "id") || (key1 === "gate")) || (key1 === "result")) || (key1 === "inputs"))){const err38 = {instancePath:instancePath+"/policies/" + i0,schemaPath:"#/properties/policies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data11.id !== undefined){if(typeof data11.id !== "string"){const err39 = {instancePath:instancePath+"/policies/" + i0+"/id",schemaPath:"#/properties/policies/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data11.gate !== undefined){if(typeof data11.gate !== "string"){const err40 = {instancePath:instancePath+"/policies/" + i0+"/gate",schemaPath:"#/properties/policies/items/properties/gate/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data11.result !== undefined){let data14 = data11.result;if(!(((data14 === "allow") || (data14 === "deny")) || (data14 === "warn"))){const err41 = {instancePath:instancePath+"/policies/" + i0+"/result",schemaPath:"#/properties/policies/items/properties/result/enum",keyword:"enum",params:{allowedValues: schema11.properties.policies.items.properties.result.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data11.inputs !== undefined){let data15 = data11.inputs;if(typeof data15 === "string"){if(!pattern0.test(data15)){const err42 = {instancePath:instancePath+"/policies/" + i0+"/inputs",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/policies/" + i0+"/inputs",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath:instancePath+"/policies/" + i0,schemaPath:"#/properties/policies/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}else {const err45 = {instancePath:instancePath+"/policies",schemaPath:"#/properties/policies/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data.drill !== undefined){let data16 = data.drill;if((!(data16 && typeof data16 == "object" && !Array.isArray(data16))) && (data16 !== null)){const err46 = {instancePath:instancePath+"/drill",schemaPath:"#/properties/drill/type",keyword:"type",params:{type: schema11.properties.drill.type},message:"must be object,null"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data.gates !== undefined){let data17 = data.gates;if(Array.isArray(data17)){const len1 = data17.length;for(let i1=0; i1<len1; i1++){let data18 = data17[i1];if(data18 && typeof data18 == "object" && !Array.isArray(data18)){if(data18.gate === undefined){const err47 = {instancePath:instancePath+"/gates/" + i1,schemaPath:"#/properties/gates/items/required",keyword:"required",params:{missingProperty: "gate"},message:"must have required property '"+"gate"+"'"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}if(data18.verdict === undefined){const err48 = {instancePath:instancePath+"/gates/" + i1,schemaPath:"#/properties/gates/items/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(data18.mode === undefined){const err49 = {instancePath:instancePath+"/gates/" + i1,schemaPath:"#/properties/gates/items/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(data18.summary === undefined){const err50 = {instancePath:instancePath+"/gates/" + i1,schemaPath:"#/properties/gates/items/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if(data18.piece === undefined){const err51 = {instancePath:instancePath+"/gates/" + i1,schemaPath:"#/properties/gates/items/required",keyword:"required",params:{missingProperty: "piece"},message:"must have required property '"+"piece"+"'"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if(data18.digest === undefined){const err52 = {instancePath:instancePath+"/gates/" + i1,schemaPath:"#/properties/gates/items/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}for(const key2 in data18){if(!(((((((key2 === "gate") || (key2 === "verdict")) || (key2 === "mode")) || (key2 === "summary")) || (key2 === "piece")) || (key2 === "digest")) || (key2 === "configDigest"))){const err53 = {instancePath:instancePath+"/gates/" + i1,schemaPath:"#/properties/gates/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data18.gate !== undefined){let data19 = data18.gate;if(typeof data19 === "string"){if(func3(data19) < 1){const err54 = {instancePath:instancePath+"/gates/" + i1+"/gate",schemaPath:"#/properties/gates/items/properties/gate/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}else {const err55 = {instancePath:instancePath+"/gates/" + i1+"/gate",schemaPath:"#/properties/gates/items/properties/gate/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data18.verdict !== undefined){if(typeof data18.verdict !== "string"){const err56 = {instancePath:instancePath+"/gates/" + i1+"/verdict",schemaPath:"#/properties/gates/items/properties/verdict/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data18.mode !== undefined){if(typeof data18.mode !== "string"){const err57 = {instancePath:instancePath+"/gates/" + i1+"/mode",schemaPath:"#/properties/gates/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data18.summary !== undefined){if(typeof data18.summary !== "string"){const err58 = {instancePath:instancePath+"/gates/" + i1+"/summary",schemaPath:"#/properties/gates/items/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data18.piece !== undefined){let data23 = data18.piece;if(typeof data23 === "string"){if(func3(data23) < 1){const err59 = {instancePath:instancePath+"/gates/" + i1+"/piece",schemaPath:"#/properties/gates/items/properties/piece/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}else {const err60 = {instancePath:instancePath+"/gates/" + i1+"/piece",schemaPath:"#/properties/gates/items/properties/piece/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data18.digest !== undefined){let data24 = data18.digest;if(typeof data24 === "string"){if(!pattern0.test(data24)){const err61 = {instancePath:instancePath+"/gates/" + i1+"/digest",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}else {const err62 = {instancePath:instancePath+"/gates/" + i1+"/digest",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data18.configDigest !== undefined){if(typeof data18.configDigest !== "string"){const err63 = {instancePath:instancePath+"/gates/" + i1+"/configDigest",schemaPath:"#/properties/gates/items/properties/configDigest/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}}else {const err64 = {instancePath:instancePath+"/gates/" + i1,schemaPath:"#/properties/gates/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}else {const err65 = {instancePath:instancePath+"/gates",schemaPath:"#/properties/gates/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data.config_digests !== undefined){let data26 = data.config_digests;if(Array.isArray(data26)){const len2 = data26.length;for(let i2=0; i2<len2; i2++){if(typeof data26[i2] !== "string"){const err66 = {instancePath:instancePath+"/config_digests/" + i2,schemaPath:"#/properties/config_digests/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}}else {const err67 = {instancePath:instancePath+"/config_digests",schemaPath:"#/properties/config_digests/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data.manifest !== undefined){let data28 = data.manifest;if(Array.isArray(data28)){const len3 = data28.length;for(let i3=0; i3<len3; i3++){let data29 = data28[i3];if(data29 && typeof data29 == "object" && !Array.isArray(data29)){if(data29.name === undefined){const err68 = {instancePath:instancePath+"/manifest/" + i3,schemaPath:"#/properties/manifest/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}if(data29.mediaType === undefined){const err69 = {instancePath:instancePath+"/manifest/" + i3,schemaPath:"#/properties/manifest/items/required",keyword:"required",params:{missingProperty: "mediaType"},message:"must have required property '"+"mediaType"+"'"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if(data29.digest === undefined){const err70 = {instancePath:instancePath+"/manifest/" + i3,schemaPath:"#/properties/manifest/items/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}if(data29.size === undefined){const err71 = {instancePath:instancePath+"/manifest/" + i3,schemaPath:"#/properties/manifest/items/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}for(const key3 in data29){if(!((((key3 === "name") || (key3 === "mediaType")) || (key3 === "digest")) || (key3 === "size"))){const err72 = {instancePath:instancePath+"/manifest/" + i3,schemaPath:"#/properties/manifest/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data29.name !== undefined){let data30 = data29.name;if(typeof data30 === "string"){if(func3(data30) < 1){const err73 = {instancePath:instancePath+"/manifest/" + i3+"/name",schemaPath:"#/properties/manifest/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}else {const err74 = {instancePath:instancePath+"/manifest/" + i3+"/name",schemaPath:"#/properties/manifest/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data29.mediaType !== undefined){let data31 = data29.mediaType;if(typeof data31 === "string"){if(func3(data31) < 1){const err75 = {instancePath:instancePath+"/manifest/" + i3+"/mediaType",schemaPath:"#/properties/manifest/items/properties/mediaType/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}else {const err76 = {instancePath:instancePath+"/manifest/" + i3+"/mediaType",schemaPath:"#/properties/manifest/items/properties/mediaType/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data29.digest !== undefined){let data32 = data29.digest;if(typeof data32 === "string"){if(!pattern0.test(data32)){const err77 = {instancePath:instancePath+"/manifest/" + i3+"/digest",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}else {const err78 = {instancePath:instancePath+"/manifest/" + i3+"/digest",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data29.size !== undefined){let data33 = data29.size;if(!((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33)))){const err79 = {instancePath:instancePath+"/manifest/" + i3+"/size",schemaPath:"#/properties/manifest/items/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}if(typeof data33 == "number"){if(data33 < 0 || isNaN(data33)){const err80 = {instancePath:instancePath+"/manifest/" + i3+"/size",schemaPath:"#/properties/manifest/items/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}}}else {const err81 = {instancePath:instancePath+"/manifest/" + i3,schemaPath:"#/properties/manifest/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}}else {const err82 = {instancePath:instancePath+"/manifest",schemaPath:"#/properties/manifest/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}}else {const err83 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}validate10.errors = vErrors;return errors === 0;}

/***/ }),

/***/ 48914:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = validate10;module.exports["default"] = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://ci-intel.dev/schema/sbom-vex-grype-report.v1.json","title":"grype JSON report (`grype -o json`): the fields the sbom-vex gate reads","type":"object","required":["matches","descriptor"],"properties":{"descriptor":{"type":"object","required":["name"],"properties":{"name":{"const":"grype"},"version":{"type":"string"}}},"source":{"type":"object","properties":{"type":{"type":"string"},"target":{}}},"matches":{"type":"array","items":{"type":"object","required":["vulnerability","artifact"],"properties":{"vulnerability":{"$ref":"#/definitions/vulnerability"},"relatedVulnerabilities":{"type":"array","items":{"$ref":"#/definitions/vulnerability"}},"artifact":{"type":"object","required":["name","version"],"properties":{"name":{"type":"string"},"version":{"type":"string"},"type":{"type":"string"},"purl":{"type":"string"}}}}}}},"definitions":{"vulnerability":{"type":"object","required":["id"],"properties":{"id":{"type":"string","minLength":1},"severity":{"type":"string"},"cvss":{"type":["array","null"],"items":{"type":"object","properties":{"version":{"type":"string"},"vector":{"type":"string"},"source":{"type":"string"},"metrics":{"type":"object","properties":{"baseScore":{"type":"number","minimum":0,"maximum":10}}}}}}}}}};const schema12 = {"type":"object","required":["id"],"properties":{"id":{"type":"string","minLength":1},"severity":{"type":"string"},"cvss":{"type":["array","null"],"items":{"type":"object","properties":{"version":{"type":"string"},"vector":{"type":"string"},"source":{"type":"string"},"metrics":{"type":"object","properties":{"baseScore":{"type":"number","minimum":0,"maximum":10}}}}}}}};const func2 = (__nccwpck_require__(36214)["default"]);function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://ci-intel.dev/schema/sbom-vex-grype-report.v1.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.matches === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "matches"},message:"must have required property '"+"matches"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.descriptor === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "descriptor"},message:"must have required property '"+"descriptor"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.descriptor !== undefined){let data0 = data.descriptor;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.name === undefined){const err2 = {instancePath:instancePath+"/descriptor",schemaPath:"#/properties/descriptor/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data0.name !== undefined){if("grype" !== data0.name){const err3 = {instancePath:instancePath+"/descriptor/name",schemaPath:"#/properties/descriptor/properties/name/const",keyword:"const",params:{allowedValue: "grype"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.version !== undefined){if(typeof data0.version !== "string"){const err4 = {instancePath:instancePath+"/descriptor/version",schemaPath:"#/properties/descriptor/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath:instancePath+"/descriptor",schemaPath:"#/properties/descriptor/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.source !== undefined){let data3 = data.source;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.type !== undefined){if(typeof data3.type !== "string"){const err6 = {instancePath:instancePath+"/source/type",schemaPath:"#/properties/source/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.matches !== undefined){let data5 = data.matches;if(Array.isArray(data5)){const len0 = data5.length;for(let i0=0; i0<len0; i0++){let data6 = data5[i0];if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.vulnerability === undefined){const err8 = {instancePath:instancePath+"/matches/" + i0,schemaPath:"#/properties/matches/items/required",keyword:"required",params:{missingProperty: "vulnerability"},message:"must have required property '"+"vulnerability"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data6.artifact === undefined){const err9 = {instancePath:instancePath+"/matches/" + i0,schemaPath:"#/properties/matches/items/required",keyword:"required",params:{missingProperty: "artifact"},message:"must have required property '"+"artifact"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data6.vulnerability !== undefined){let data7 = data6.vulnerability;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.id === undefined){const err10 = {instancePath:instancePath+"/matches/" + i0+"/vulnerability",schemaPath:"#/definitions/vulnerability/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data7.id !== undefined){let data8 = data7.id;if(typeof data8 === "string"){if(func2(data8) < 1){const err11 = {instancePath:instancePath+"/matches/" + i0+"/vulnerability/id",schemaPath:"#/definitions/vulnerability/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/matches/" + i0+"/vulnerability/id",schemaPath:"#/definitions/vulnerability/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data7.severity !== undefined){if(typeof data7.severity !== "string"){const err13 = {instancePath:instancePath+"/matches/" + i0+"/vulnerability/severity",schemaPath:"#/definitions/vulnerability/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data7.cvss !== undefined){let data10 = data7.cvss;if((!(Array.isArray(data10))) && (data10 !== null)){const err14 = {instancePath:instancePath+"/matches/" + i0+"/vulnerability/cvss",schemaPath:"#/definitions/vulnerability/properties/cvss/type",keyword:"type",params:{type: schema12.properties.cvss.type},message:"must be array,null"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(Array.isArray(data10)){const len1 = data10.length;for(let i1=0; i1<len1; i1++){let data11 = data10[i1];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.version !== undefined){if(typeof data11.version !== "string"){const err15 = {instancePath:instancePath+"/matches/" + i0+"/vulnerability/cvss/" + i1+"/version",schemaPath:"#/definitions/vulnerability/properties/cvss/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data11.vector !== undefined){if(typeof data11.vector !== "string"){const err16 = {instancePath:instancePath+"/matches/" + i0+"/vulnerability/cvss/" + i1+"/vector",schemaPath:"#/definitions/vulnerability/properties/cvss/items/properties/vector/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data11.source !== undefined){if(typeof data11.source !== "string"){const err17 = {instancePath:instancePath+"/matches/" + i0+"/vulnerability/cvss/" + i1+"/source",schemaPath:"#/definitions/vulnerability/properties/cvss/items/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data11.metrics !== undefined){let data15 = data11.metrics;if(data15 && typeof data15 == "object" && !Array.isArray(data15)){if(data15.baseScore !== undefined){let data16 = data15.baseScore;if(typeof data16 == "number"){if(data16 > 10 || isNaN(data16)){const err18 = {instancePath:instancePath+"/matches/" + i0+"/vulnerability/cvss/" + i1+"/metrics/baseScore",schemaPath:"#/definitions/vulnerability/properties/cvss/items/properties/metrics/properties/baseScore/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data16 < 0 || isNaN(data16)){const err19 = {instancePath:instancePath+"/matches/" + i0+"/vulnerability/cvss/" + i1+"/metrics/baseScore",schemaPath:"#/definitions/vulnerability/properties/cvss/items/properties/metrics/properties/baseScore/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/matches/" + i0+"/vulnerability/cvss/" + i1+"/metrics/baseScore",schemaPath:"#/definitions/vulnerability/properties/cvss/items/properties/metrics/properties/baseScore/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/matches/" + i0+"/vulnerability/cvss/" + i1+"/metrics",schemaPath:"#/definitions/vulnerability/properties/cvss/items/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/matches/" + i0+"/vulnerability/cvss/" + i1,schemaPath:"#/definitions/vulnerability/properties/cvss/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}}}else {const err23 = {instancePath:instancePath+"/matches/" + i0+"/vulnerability",schemaPath:"#/definitions/vulnerability/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data6.relatedVulnerabilities !== undefined){let data17 = data6.relatedVulnerabilities;if(Array.isArray(data17)){const len2 = data17.length;for(let i2=0; i2<len2; i2++){let data18 = data17[i2];if(data18 && typeof data18 == "object" && !Array.isArray(data18)){if(data18.id === undefined){const err24 = {instancePath:instancePath+"/matches/" + i0+"/relatedVulnerabilities/" + i2,schemaPath:"#/definitions/vulnerability/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data18.id !== undefined){let data19 = data18.id;if(typeof data19 === "string"){if(func2(data19) < 1){const err25 = {instancePath:instancePath+"/matches/" + i0+"/relatedVulnerabilities/" + i2+"/id",schemaPath:"#/definitions/vulnerability/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/matches/" + i0+"/relatedVulnerabilities/" + i2+"/id",schemaPath:"#/definitions/vulnerability/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data18.severity !== undefined){if(typeof data18.severity !== "string"){const err27 = {instancePath:instancePath+"/matches/" + i0+"/relatedVulnerabilities/" + i2+"/severity",schemaPath:"#/definitions/vulnerability/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data18.cvss !== undefined){let data21 = data18.cvss;if((!(Array.isArray(data21))) && (data21 !== null)){const err28 = {instancePath:instancePath+"/matches/" + i0+"/relatedVulnerabilities/" + i2+"/cvss",schemaPath:"#/definitions/vulnerability/properties/cvss/type",keyword:"type",params:{type: schema12.properties.cvss.type},message:"must be array,null"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(Array.isArray(data21)){const len3 = data21.length;for(let i3=0; i3<len3; i3++){let data22 = data21[i3];if(data22 && typeof data22 == "object" && !Array.isArray(data22)){if(data22.version !== undefined){if(typeof data22.version !== "string"){const err29 = {instancePath:instancePath+"/matches/" + i0+"/relatedVulnerabilities/" + i2+"/cvss/" + i3+"/version",schemaPath:"#/definitions/vulnerability/properties/cvss/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data22.vector !== undefined){if(typeof data22.vector !== "string"){const err30 = {instancePath:instancePath+"/matches/" + i0+"/relatedVulnerabilities/" + i2+"/cvss/" + i3+"/vector",schemaPath:"#/definitions/vulnerability/properties/cvss/items/properties/vector/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data22.source !== undefined){if(typeof data22.source !== "string"){const err31 = {instancePath:instancePath+"/matches/" + i0+"/relatedVulnerabilities/" + i2+"/cvss/" + i3+"/source",schemaPath:"#/definitions/vulnerability/properties/cvss/items/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data22.metrics !== undefined){let data26 = data22.metrics;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){if(data26.baseScore !== undefined){let data27 = data26.baseScore;if(typeof data27 == "number"){if(data27 > 10 || isNaN(data27)){const err32 = {instancePath:instancePath+"/matches/" + i0+"/relatedVulnerabilities/" + i2+"/cvss/" + i3+"/metrics/baseScore",schemaPath:"#/definitions/vulnerability/properties/cvss/items/properties/metrics/properties/baseScore/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if(data27 < 0 || isNaN(data27)){const err33 = {instancePath:instancePath+"/matches/" + i0+"/relatedVulnerabilities/" + i2+"/cvss/" + i3+"/metrics/baseScore",schemaPath:"#/definitions/vulnerability/properties/cvss/items/properties/metrics/properties/baseScore/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}else {const err34 = {instancePath:instancePath+"/matches/" + i0+"/relatedVulnerabilities/" + i2+"/cvss/" + i3+"/metrics/baseScore",schemaPath:"#/definitions/vulnerability/properties/cvss/items/properties/metrics/properties/baseScore/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}else {const err35 = {instancePath:instancePath+"/matches/" + i0+"/relatedVulnerabilities/" + i2+"/cvss/" + i3+"/metrics",schemaPath:"#/definitions/vulnerability/properties/cvss/items/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}else {const err36 = {instancePath:instancePath+"/matches/" + i0+"/relatedVulnerabilities/" + i2+"/cvss/" + i3,schemaPath:"#/definitions/vulnerability/properties/cvss/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}}}else {const err37 = {instancePath:instancePath+"/matches/" + i0+"/relatedVulnerabilities/" + i2,schemaPath:"#/definitions/vulnerability/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/matches/" + i0+"/relatedVulnerabilities",schemaPath:"#/properties/matches/items/properties/relatedVulnerabilities/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data6.artifact !== undefined){let data28 = data6.artifact;if(data28 && typeof data28 == "object" && !Array.isArray(data28)){if(data28.name === undefined){const err39 = {instancePath:instancePath+"/matches/" + i0+"/artifact",schemaPath:"#/properties/matches/items/properties/artifact/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(data28.version === undefined){const err40 = {instancePath:instancePath+"/matches/" + i0+"/artifact",schemaPath:"#/properties/matches/items/properties/artifact/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(data28.name !== undefined){if(typeof data28.name !== "string"){const err41 = {instancePath:instancePath+"/matches/" + i0+"/artifact/name",schemaPath:"#/properties/matches/items/properties/artifact/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data28.version !== undefined){if(typeof data28.version !== "string"){const err42 = {instancePath:instancePath+"/matches/" + i0+"/artifact/version",schemaPath:"#/properties/matches/items/properties/artifact/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data28.type !== undefined){if(typeof data28.type !== "string"){const err43 = {instancePath:instancePath+"/matches/" + i0+"/artifact/type",schemaPath:"#/properties/matches/items/properties/artifact/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data28.purl !== undefined){if(typeof data28.purl !== "string"){const err44 = {instancePath:instancePath+"/matches/" + i0+"/artifact/purl",schemaPath:"#/properties/matches/items/properties/artifact/properties/purl/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}else {const err45 = {instancePath:instancePath+"/matches/" + i0+"/artifact",schemaPath:"#/properties/matches/items/properties/artifact/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}else {const err46 = {instancePath:instancePath+"/matches/" + i0,schemaPath:"#/properties/matches/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}else {const err47 = {instancePath:instancePath+"/matches",schemaPath:"#/properties/matches/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}else {const err48 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}validate10.errors = vErrors;return errors === 0;}

/***/ }),

/***/ 75413:
/***/ ((module) => {

module.exports = validate10;module.exports["default"] = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://ci-intel.dev/schema/sbom-vex-kev.v1.json","title":"CISA Known Exploited Vulnerabilities catalogue (known_exploited_vulnerabilities.json): the fields the sbom-vex gate reads","type":"object","required":["catalogVersion","dateReleased","vulnerabilities"],"properties":{"catalogVersion":{"type":"string"},"dateReleased":{"type":"string"},"count":{"type":"integer"},"vulnerabilities":{"type":"array","items":{"type":"object","required":["cveID","dateAdded"],"properties":{"cveID":{"type":"string","pattern":"^CVE-\\d{4}-\\d{4,}$"},"dateAdded":{"type":"string"},"dueDate":{"type":"string"},"knownRansomwareCampaignUse":{"type":"string"}}}}}};const pattern0 = new RegExp("^CVE-\\d{4}-\\d{4,}$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://ci-intel.dev/schema/sbom-vex-kev.v1.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.catalogVersion === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "catalogVersion"},message:"must have required property '"+"catalogVersion"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.dateReleased === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dateReleased"},message:"must have required property '"+"dateReleased"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.vulnerabilities === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vulnerabilities"},message:"must have required property '"+"vulnerabilities"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.catalogVersion !== undefined){if(typeof data.catalogVersion !== "string"){const err3 = {instancePath:instancePath+"/catalogVersion",schemaPath:"#/properties/catalogVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.dateReleased !== undefined){if(typeof data.dateReleased !== "string"){const err4 = {instancePath:instancePath+"/dateReleased",schemaPath:"#/properties/dateReleased/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.count !== undefined){let data2 = data.count;if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){const err5 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.vulnerabilities !== undefined){let data3 = data.vulnerabilities;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.cveID === undefined){const err6 = {instancePath:instancePath+"/vulnerabilities/" + i0,schemaPath:"#/properties/vulnerabilities/items/required",keyword:"required",params:{missingProperty: "cveID"},message:"must have required property '"+"cveID"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data4.dateAdded === undefined){const err7 = {instancePath:instancePath+"/vulnerabilities/" + i0,schemaPath:"#/properties/vulnerabilities/items/required",keyword:"required",params:{missingProperty: "dateAdded"},message:"must have required property '"+"dateAdded"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data4.cveID !== undefined){let data5 = data4.cveID;if(typeof data5 === "string"){if(!pattern0.test(data5)){const err8 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/cveID",schemaPath:"#/properties/vulnerabilities/items/properties/cveID/pattern",keyword:"pattern",params:{pattern: "^CVE-\\d{4}-\\d{4,}$"},message:"must match pattern \""+"^CVE-\\d{4}-\\d{4,}$"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/cveID",schemaPath:"#/properties/vulnerabilities/items/properties/cveID/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data4.dateAdded !== undefined){if(typeof data4.dateAdded !== "string"){const err10 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/dateAdded",schemaPath:"#/properties/vulnerabilities/items/properties/dateAdded/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data4.dueDate !== undefined){if(typeof data4.dueDate !== "string"){const err11 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/dueDate",schemaPath:"#/properties/vulnerabilities/items/properties/dueDate/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data4.knownRansomwareCampaignUse !== undefined){if(typeof data4.knownRansomwareCampaignUse !== "string"){const err12 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/knownRansomwareCampaignUse",schemaPath:"#/properties/vulnerabilities/items/properties/knownRansomwareCampaignUse/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/vulnerabilities/" + i0,schemaPath:"#/properties/vulnerabilities/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/vulnerabilities",schemaPath:"#/properties/vulnerabilities/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}validate10.errors = vErrors;return errors === 0;}

/***/ }),

/***/ 66652:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = validate10;module.exports["default"] = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://ci-intel.dev/schema/sbom-vex-osv-report.v1.json","title":"osv-scanner JSON report (`osv-scanner --format json`): the fields the sbom-vex gate reads","type":"object","required":["results"],"properties":{"results":{"type":"array","items":{"type":"object","required":["packages"],"properties":{"source":{"type":"object","properties":{"path":{"type":"string"},"type":{"type":"string"}}},"packages":{"type":"array","items":{"type":"object","required":["package"],"properties":{"package":{"type":"object","required":["name","ecosystem"],"properties":{"name":{"type":"string"},"version":{"type":"string"},"ecosystem":{"type":"string"},"purl":{"type":"string"}}},"groups":{"type":["array","null"],"items":{"type":"object","properties":{"ids":{"type":["array","null"],"items":{"type":"string"}},"aliases":{"type":["array","null"],"items":{"type":"string"}},"max_severity":{"type":["string","null"]}}}},"vulnerabilities":{"type":["array","null"],"items":{"type":"object","required":["id"],"properties":{"id":{"type":"string","minLength":1},"aliases":{"type":["array","null"],"items":{"type":"string"}},"severity":{"type":["array","null"],"items":{"type":"object","required":["type","score"],"properties":{"type":{"type":"string"},"score":{"type":"string"}}}},"database_specific":{"type":"object","properties":{"severity":{"type":"string"}}}}}}}}}}}}}};const func2 = (__nccwpck_require__(36214)["default"]);function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://ci-intel.dev/schema/sbom-vex-osv-report.v1.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.results === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"},message:"must have required property '"+"results"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.results !== undefined){let data0 = data.results;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.packages === undefined){const err1 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "packages"},message:"must have required property '"+"packages"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data1.source !== undefined){let data2 = data1.source;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.path !== undefined){if(typeof data2.path !== "string"){const err2 = {instancePath:instancePath+"/results/" + i0+"/source/path",schemaPath:"#/properties/results/items/properties/source/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data2.type !== undefined){if(typeof data2.type !== "string"){const err3 = {instancePath:instancePath+"/results/" + i0+"/source/type",schemaPath:"#/properties/results/items/properties/source/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath:instancePath+"/results/" + i0+"/source",schemaPath:"#/properties/results/items/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.packages !== undefined){let data5 = data1.packages;if(Array.isArray(data5)){const len1 = data5.length;for(let i1=0; i1<len1; i1++){let data6 = data5[i1];if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.package === undefined){const err5 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1,schemaPath:"#/properties/results/items/properties/packages/items/required",keyword:"required",params:{missingProperty: "package"},message:"must have required property '"+"package"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data6.package !== undefined){let data7 = data6.package;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.name === undefined){const err6 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/package",schemaPath:"#/properties/results/items/properties/packages/items/properties/package/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data7.ecosystem === undefined){const err7 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/package",schemaPath:"#/properties/results/items/properties/packages/items/properties/package/required",keyword:"required",params:{missingProperty: "ecosystem"},message:"must have required property '"+"ecosystem"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data7.name !== undefined){if(typeof data7.name !== "string"){const err8 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/package/name",schemaPath:"#/properties/results/items/properties/packages/items/properties/package/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data7.version !== undefined){if(typeof data7.version !== "string"){const err9 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/package/version",schemaPath:"#/properties/results/items/properties/packages/items/properties/package/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data7.ecosystem !== undefined){if(typeof data7.ecosystem !== "string"){const err10 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/package/ecosystem",schemaPath:"#/properties/results/items/properties/packages/items/properties/package/properties/ecosystem/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data7.purl !== undefined){if(typeof data7.purl !== "string"){const err11 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/package/purl",schemaPath:"#/properties/results/items/properties/packages/items/properties/package/properties/purl/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/package",schemaPath:"#/properties/results/items/properties/packages/items/properties/package/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data6.groups !== undefined){let data12 = data6.groups;if((!(Array.isArray(data12))) && (data12 !== null)){const err13 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/groups",schemaPath:"#/properties/results/items/properties/packages/items/properties/groups/type",keyword:"type",params:{type: schema11.properties.results.items.properties.packages.items.properties.groups.type},message:"must be array,null"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(Array.isArray(data12)){const len2 = data12.length;for(let i2=0; i2<len2; i2++){let data13 = data12[i2];if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.ids !== undefined){let data14 = data13.ids;if((!(Array.isArray(data14))) && (data14 !== null)){const err14 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/groups/" + i2+"/ids",schemaPath:"#/properties/results/items/properties/packages/items/properties/groups/items/properties/ids/type",keyword:"type",params:{type: schema11.properties.results.items.properties.packages.items.properties.groups.items.properties.ids.type},message:"must be array,null"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(Array.isArray(data14)){const len3 = data14.length;for(let i3=0; i3<len3; i3++){if(typeof data14[i3] !== "string"){const err15 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/groups/" + i2+"/ids/" + i3,schemaPath:"#/properties/results/items/properties/packages/items/properties/groups/items/properties/ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}}if(data13.aliases !== undefined){let data16 = data13.aliases;if((!(Array.isArray(data16))) && (data16 !== null)){const err16 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/groups/" + i2+"/aliases",schemaPath:"#/properties/results/items/properties/packages/items/properties/groups/items/properties/aliases/type",keyword:"type",params:{type: schema11.properties.results.items.properties.packages.items.properties.groups.items.properties.aliases.type},message:"must be array,null"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(Array.isArray(data16)){const len4 = data16.length;for(let i4=0; i4<len4; i4++){if(typeof data16[i4] !== "string"){const err17 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/groups/" + i2+"/aliases/" + i4,schemaPath:"#/properties/results/items/properties/packages/items/properties/groups/items/properties/aliases/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}}if(data13.max_severity !== undefined){let data18 = data13.max_severity;if((typeof data18 !== "string") && (data18 !== null)){const err18 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/groups/" + i2+"/max_severity",schemaPath:"#/properties/results/items/properties/packages/items/properties/groups/items/properties/max_severity/type",keyword:"type",params:{type: schema11.properties.results.items.properties.packages.items.properties.groups.items.properties.max_severity.type},message:"must be string,null"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/groups/" + i2,schemaPath:"#/properties/results/items/properties/packages/items/properties/groups/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}}if(data6.vulnerabilities !== undefined){let data19 = data6.vulnerabilities;if((!(Array.isArray(data19))) && (data19 !== null)){const err20 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/vulnerabilities",schemaPath:"#/properties/results/items/properties/packages/items/properties/vulnerabilities/type",keyword:"type",params:{type: schema11.properties.results.items.properties.packages.items.properties.vulnerabilities.type},message:"must be array,null"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(Array.isArray(data19)){const len5 = data19.length;for(let i5=0; i5<len5; i5++){let data20 = data19[i5];if(data20 && typeof data20 == "object" && !Array.isArray(data20)){if(data20.id === undefined){const err21 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/vulnerabilities/" + i5,schemaPath:"#/properties/results/items/properties/packages/items/properties/vulnerabilities/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data20.id !== undefined){let data21 = data20.id;if(typeof data21 === "string"){if(func2(data21) < 1){const err22 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/vulnerabilities/" + i5+"/id",schemaPath:"#/properties/results/items/properties/packages/items/properties/vulnerabilities/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/vulnerabilities/" + i5+"/id",schemaPath:"#/properties/results/items/properties/packages/items/properties/vulnerabilities/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data20.aliases !== undefined){let data22 = data20.aliases;if((!(Array.isArray(data22))) && (data22 !== null)){const err24 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/vulnerabilities/" + i5+"/aliases",schemaPath:"#/properties/results/items/properties/packages/items/properties/vulnerabilities/items/properties/aliases/type",keyword:"type",params:{type: schema11.properties.results.items.properties.packages.items.properties.vulnerabilities.items.properties.aliases.type},message:"must be array,null"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(Array.isArray(data22)){const len6 = data22.length;for(let i6=0; i6<len6; i6++){if(typeof data22[i6] !== "string"){const err25 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/vulnerabilities/" + i5+"/aliases/" + i6,schemaPath:"#/properties/results/items/properties/packages/items/properties/vulnerabilities/items/properties/aliases/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}}if(data20.severity !== undefined){let data24 = data20.severity;if((!(Array.isArray(data24))) && (data24 !== null)){const err26 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/vulnerabilities/" + i5+"/severity",schemaPath:"#/properties/results/items/properties/packages/items/properties/vulnerabilities/items/properties/severity/type",keyword:"type",params:{type: schema11.properties.results.items.properties.packages.items.properties.vulnerabilities.items.properties.severity.type},message:"must be array,null"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(Array.isArray(data24)){const len7 = data24.length;for(let i7=0; i7<len7; i7++){let data25 = data24[i7];if(data25 && typeof data25 == "object" && !Array.isArray(data25)){if(data25.type === undefined){const err27 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/vulnerabilities/" + i5+"/severity/" + i7,schemaPath:"#/properties/results/items/properties/packages/items/properties/vulnerabilities/items/properties/severity/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data25.score === undefined){const err28 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/vulnerabilities/" + i5+"/severity/" + i7,schemaPath:"#/properties/results/items/properties/packages/items/properties/vulnerabilities/items/properties/severity/items/required",keyword:"required",params:{missingProperty: "score"},message:"must have required property '"+"score"+"'"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data25.type !== undefined){if(typeof data25.type !== "string"){const err29 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/vulnerabilities/" + i5+"/severity/" + i7+"/type",schemaPath:"#/properties/results/items/properties/packages/items/properties/vulnerabilities/items/properties/severity/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data25.score !== undefined){if(typeof data25.score !== "string"){const err30 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/vulnerabilities/" + i5+"/severity/" + i7+"/score",schemaPath:"#/properties/results/items/properties/packages/items/properties/vulnerabilities/items/properties/severity/items/properties/score/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/vulnerabilities/" + i5+"/severity/" + i7,schemaPath:"#/properties/results/items/properties/packages/items/properties/vulnerabilities/items/properties/severity/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}}if(data20.database_specific !== undefined){let data28 = data20.database_specific;if(data28 && typeof data28 == "object" && !Array.isArray(data28)){if(data28.severity !== undefined){if(typeof data28.severity !== "string"){const err32 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/vulnerabilities/" + i5+"/database_specific/severity",schemaPath:"#/properties/results/items/properties/packages/items/properties/vulnerabilities/items/properties/database_specific/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/vulnerabilities/" + i5+"/database_specific",schemaPath:"#/properties/results/items/properties/packages/items/properties/vulnerabilities/items/properties/database_specific/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1+"/vulnerabilities/" + i5,schemaPath:"#/properties/results/items/properties/packages/items/properties/vulnerabilities/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}}}else {const err35 = {instancePath:instancePath+"/results/" + i0+"/packages/" + i1,schemaPath:"#/properties/results/items/properties/packages/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}else {const err36 = {instancePath:instancePath+"/results/" + i0+"/packages",schemaPath:"#/properties/results/items/properties/packages/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath:instancePath+"/results/" + i0,schemaPath:"#/properties/results/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}validate10.errors = vErrors;return errors === 0;}

/***/ }),

/***/ 19071:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = validate10;module.exports["default"] = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://ci-intel.dev/schema/sbom-vex-trivy-report.v1.json","title":"trivy JSON report (`trivy --format json`, SchemaVersion 2): the fields the sbom-vex gate reads","type":"object","required":["SchemaVersion","ArtifactName"],"properties":{"SchemaVersion":{"type":"integer","const":2},"ArtifactName":{"type":"string"},"ArtifactType":{"type":"string"},"Metadata":{"type":"object","properties":{"ImageID":{"type":"string"},"RepoDigests":{"type":["array","null"],"items":{"type":"string"}}}},"Results":{"type":["array","null"],"items":{"type":"object","required":["Target"],"properties":{"Target":{"type":"string"},"Type":{"type":"string"},"Vulnerabilities":{"type":["array","null"],"items":{"type":"object","required":["VulnerabilityID","PkgName","InstalledVersion"],"properties":{"VulnerabilityID":{"type":"string","minLength":1},"PkgName":{"type":"string"},"InstalledVersion":{"type":"string"},"PkgIdentifier":{"type":"object","properties":{"PURL":{"type":"string"}}},"Severity":{"type":"string"},"VendorIDs":{"type":["array","null"],"items":{"type":"string"}},"CVSS":{"type":"object","additionalProperties":{"type":"object","properties":{"V3Score":{"type":"number","minimum":0,"maximum":10},"V3Vector":{"type":"string"}}}}}}}}}}}};const func2 = (__nccwpck_require__(36214)["default"]);function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://ci-intel.dev/schema/sbom-vex-trivy-report.v1.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.SchemaVersion === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "SchemaVersion"},message:"must have required property '"+"SchemaVersion"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.ArtifactName === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ArtifactName"},message:"must have required property '"+"ArtifactName"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.SchemaVersion !== undefined){let data0 = data.SchemaVersion;if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){const err2 = {instancePath:instancePath+"/SchemaVersion",schemaPath:"#/properties/SchemaVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(2 !== data0){const err3 = {instancePath:instancePath+"/SchemaVersion",schemaPath:"#/properties/SchemaVersion/const",keyword:"const",params:{allowedValue: 2},message:"must be equal to constant"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.ArtifactName !== undefined){if(typeof data.ArtifactName !== "string"){const err4 = {instancePath:instancePath+"/ArtifactName",schemaPath:"#/properties/ArtifactName/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.ArtifactType !== undefined){if(typeof data.ArtifactType !== "string"){const err5 = {instancePath:instancePath+"/ArtifactType",schemaPath:"#/properties/ArtifactType/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.Metadata !== undefined){let data3 = data.Metadata;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.ImageID !== undefined){if(typeof data3.ImageID !== "string"){const err6 = {instancePath:instancePath+"/Metadata/ImageID",schemaPath:"#/properties/Metadata/properties/ImageID/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data3.RepoDigests !== undefined){let data5 = data3.RepoDigests;if((!(Array.isArray(data5))) && (data5 !== null)){const err7 = {instancePath:instancePath+"/Metadata/RepoDigests",schemaPath:"#/properties/Metadata/properties/RepoDigests/type",keyword:"type",params:{type: schema11.properties.Metadata.properties.RepoDigests.type},message:"must be array,null"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(Array.isArray(data5)){const len0 = data5.length;for(let i0=0; i0<len0; i0++){if(typeof data5[i0] !== "string"){const err8 = {instancePath:instancePath+"/Metadata/RepoDigests/" + i0,schemaPath:"#/properties/Metadata/properties/RepoDigests/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}}}else {const err9 = {instancePath:instancePath+"/Metadata",schemaPath:"#/properties/Metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.Results !== undefined){let data7 = data.Results;if((!(Array.isArray(data7))) && (data7 !== null)){const err10 = {instancePath:instancePath+"/Results",schemaPath:"#/properties/Results/type",keyword:"type",params:{type: schema11.properties.Results.type},message:"must be array,null"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(Array.isArray(data7)){const len1 = data7.length;for(let i1=0; i1<len1; i1++){let data8 = data7[i1];if(data8 && typeof data8 == "object" && !Array.isArray(data8)){if(data8.Target === undefined){const err11 = {instancePath:instancePath+"/Results/" + i1,schemaPath:"#/properties/Results/items/required",keyword:"required",params:{missingProperty: "Target"},message:"must have required property '"+"Target"+"'"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data8.Target !== undefined){if(typeof data8.Target !== "string"){const err12 = {instancePath:instancePath+"/Results/" + i1+"/Target",schemaPath:"#/properties/Results/items/properties/Target/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data8.Type !== undefined){if(typeof data8.Type !== "string"){const err13 = {instancePath:instancePath+"/Results/" + i1+"/Type",schemaPath:"#/properties/Results/items/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data8.Vulnerabilities !== undefined){let data11 = data8.Vulnerabilities;if((!(Array.isArray(data11))) && (data11 !== null)){const err14 = {instancePath:instancePath+"/Results/" + i1+"/Vulnerabilities",schemaPath:"#/properties/Results/items/properties/Vulnerabilities/type",keyword:"type",params:{type: schema11.properties.Results.items.properties.Vulnerabilities.type},message:"must be array,null"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(Array.isArray(data11)){const len2 = data11.length;for(let i2=0; i2<len2; i2++){let data12 = data11[i2];if(data12 && typeof data12 == "object" && !Array.isArray(data12)){if(data12.VulnerabilityID === undefined){const err15 = {instancePath:instancePath+"/Results/" + i1+"/Vulnerabilities/" + i2,schemaPath:"#/properties/Results/items/properties/Vulnerabilities/items/required",keyword:"required",params:{missingProperty: "VulnerabilityID"},message:"must have required property '"+"VulnerabilityID"+"'"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data12.PkgName === undefined){const err16 = {instancePath:instancePath+"/Results/" + i1+"/Vulnerabilities/" + i2,schemaPath:"#/properties/Results/items/properties/Vulnerabilities/items/required",keyword:"required",params:{missingProperty: "PkgName"},message:"must have required property '"+"PkgName"+"'"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data12.InstalledVersion === undefined){const err17 = {instancePath:instancePath+"/Results/" + i1+"/Vulnerabilities/" + i2,schemaPath:"#/properties/Results/items/properties/Vulnerabilities/items/required",keyword:"required",params:{missingProperty: "InstalledVersion"},message:"must have required property '"+"InstalledVersion"+"'"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(data12.VulnerabilityID !== undefined){let data13 = data12.VulnerabilityID;if(typeof data13 === "string"){if(func2(data13) < 1){const err18 = {instancePath:instancePath+"/Results/" + i1+"/Vulnerabilities/" + i2+"/VulnerabilityID",schemaPath:"#/properties/Results/items/properties/Vulnerabilities/items/properties/VulnerabilityID/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/Results/" + i1+"/Vulnerabilities/" + i2+"/VulnerabilityID",schemaPath:"#/properties/Results/items/properties/Vulnerabilities/items/properties/VulnerabilityID/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data12.PkgName !== undefined){if(typeof data12.PkgName !== "string"){const err20 = {instancePath:instancePath+"/Results/" + i1+"/Vulnerabilities/" + i2+"/PkgName",schemaPath:"#/properties/Results/items/properties/Vulnerabilities/items/properties/PkgName/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data12.InstalledVersion !== undefined){if(typeof data12.InstalledVersion !== "string"){const err21 = {instancePath:instancePath+"/Results/" + i1+"/Vulnerabilities/" + i2+"/InstalledVersion",schemaPath:"#/properties/Results/items/properties/Vulnerabilities/items/properties/InstalledVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data12.PkgIdentifier !== undefined){let data16 = data12.PkgIdentifier;if(data16 && typeof data16 == "object" && !Array.isArray(data16)){if(data16.PURL !== undefined){if(typeof data16.PURL !== "string"){const err22 = {instancePath:instancePath+"/Results/" + i1+"/Vulnerabilities/" + i2+"/PkgIdentifier/PURL",schemaPath:"#/properties/Results/items/properties/Vulnerabilities/items/properties/PkgIdentifier/properties/PURL/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/Results/" + i1+"/Vulnerabilities/" + i2+"/PkgIdentifier",schemaPath:"#/properties/Results/items/properties/Vulnerabilities/items/properties/PkgIdentifier/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data12.Severity !== undefined){if(typeof data12.Severity !== "string"){const err24 = {instancePath:instancePath+"/Results/" + i1+"/Vulnerabilities/" + i2+"/Severity",schemaPath:"#/properties/Results/items/properties/Vulnerabilities/items/properties/Severity/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data12.VendorIDs !== undefined){let data19 = data12.VendorIDs;if((!(Array.isArray(data19))) && (data19 !== null)){const err25 = {instancePath:instancePath+"/Results/" + i1+"/Vulnerabilities/" + i2+"/VendorIDs",schemaPath:"#/properties/Results/items/properties/Vulnerabilities/items/properties/VendorIDs/type",keyword:"type",params:{type: schema11.properties.Results.items.properties.Vulnerabilities.items.properties.VendorIDs.type},message:"must be array,null"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(Array.isArray(data19)){const len3 = data19.length;for(let i3=0; i3<len3; i3++){if(typeof data19[i3] !== "string"){const err26 = {instancePath:instancePath+"/Results/" + i1+"/Vulnerabilities/" + i2+"/VendorIDs/" + i3,schemaPath:"#/properties/Results/items/properties/Vulnerabilities/items/properties/VendorIDs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}}if(data12.CVSS !== undefined){let data21 = data12.CVSS;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){for(const key0 in data21){let data22 = data21[key0];if(data22 && typeof data22 == "object" && !Array.isArray(data22)){if(data22.V3Score !== undefined){let data23 = data22.V3Score;if(typeof data23 == "number"){if(data23 > 10 || isNaN(data23)){const err27 = {instancePath:instancePath+"/Results/" + i1+"/Vulnerabilities/" + i2+"/CVSS/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/V3Score",schemaPath:"#/properties/Results/items/properties/Vulnerabilities/items/properties/CVSS/additionalProperties/properties/V3Score/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data23 < 0 || isNaN(data23)){const err28 = {instancePath:instancePath+"/Results/" + i1+"/Vulnerabilities/" + i2+"/CVSS/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/V3Score",schemaPath:"#/properties/Results/items/properties/Vulnerabilities/items/properties/CVSS/additionalProperties/properties/V3Score/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/Results/" + i1+"/Vulnerabilities/" + i2+"/CVSS/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/V3Score",schemaPath:"#/properties/Results/items/properties/Vulnerabilities/items/properties/CVSS/additionalProperties/properties/V3Score/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data22.V3Vector !== undefined){if(typeof data22.V3Vector !== "string"){const err30 = {instancePath:instancePath+"/Results/" + i1+"/Vulnerabilities/" + i2+"/CVSS/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/V3Vector",schemaPath:"#/properties/Results/items/properties/Vulnerabilities/items/properties/CVSS/additionalProperties/properties/V3Vector/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/Results/" + i1+"/Vulnerabilities/" + i2+"/CVSS/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/Results/items/properties/Vulnerabilities/items/properties/CVSS/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/Results/" + i1+"/Vulnerabilities/" + i2+"/CVSS",schemaPath:"#/properties/Results/items/properties/Vulnerabilities/items/properties/CVSS/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/Results/" + i1+"/Vulnerabilities/" + i2,schemaPath:"#/properties/Results/items/properties/Vulnerabilities/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}}}else {const err34 = {instancePath:instancePath+"/Results/" + i1,schemaPath:"#/properties/Results/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}}}else {const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}validate10.errors = vErrors;return errors === 0;}

/***/ }),

/***/ 27726:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = validate10;module.exports["default"] = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://ci-intel.dev/schema/workflow-policy.v1.json","title":"ci-intel workflow-policy","description":"Compliance rules for GitHub Actions workflow files (.github/ci-intel/workflow-policy.yml). Every rule is on by default; a missing file means the defaults.","type":"object","additionalProperties":false,"definitions":{"level":{"type":"string","enum":["error","warning","off"],"description":"error fails the gate, warning reports only, off skips the rule."},"simpleRule":{"oneOf":[{"$ref":"#/definitions/level"},{"type":"object","additionalProperties":false,"properties":{"level":{"$ref":"#/definitions/level"}}}]}},"properties":{"rules":{"type":"object","additionalProperties":false,"properties":{"pinned-uses":{"oneOf":[{"$ref":"#/definitions/level"},{"type":"object","additionalProperties":false,"properties":{"level":{"$ref":"#/definitions/level"},"policies":{"type":"object","description":"How references must be pinned, by pattern: owner/repo/path, owner/repo, owner/repo/*, owner/* or *; the most specific pattern wins. Default: {\"*\": hash-pin}.","propertyNames":{"pattern":"^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$"},"additionalProperties":{"type":"string","enum":["hash-pin","ref-pin","any"]}}}}]},"permissions":{"$ref":"#/definitions/simpleRule"},"template-injection":{"$ref":"#/definitions/simpleRule"},"secrets-inherit":{"oneOf":[{"$ref":"#/definitions/level"},{"type":"object","additionalProperties":false,"properties":{"level":{"$ref":"#/definitions/level"},"trusted-owners":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$"},"description":"Owners (users or organisations) whose reusable workflows may receive secrets: inherit, besides the repository's own owner."}}}]},"static-secrets":{"$ref":"#/definitions/simpleRule"},"concurrency":{"$ref":"#/definitions/simpleRule"},"persist-credentials":{"$ref":"#/definitions/simpleRule"},"artipacked":{"$ref":"#/definitions/simpleRule"},"bot-conditions":{"$ref":"#/definitions/simpleRule"},"cache-poisoning":{"$ref":"#/definitions/simpleRule"},"github-env":{"$ref":"#/definitions/simpleRule"},"insecure-commands":{"$ref":"#/definitions/simpleRule"},"obfuscation":{"$ref":"#/definitions/simpleRule"},"overprovisioned-secrets":{"$ref":"#/definitions/simpleRule"},"self-hosted-runner":{"$ref":"#/definitions/simpleRule"},"unsound-contains":{"$ref":"#/definitions/simpleRule"},"unsound-condition":{"$ref":"#/definitions/simpleRule"},"unsound-ternary":{"$ref":"#/definitions/simpleRule"},"unpinned-images":{"$ref":"#/definitions/simpleRule"},"hardcoded-container-credentials":{"$ref":"#/definitions/simpleRule"},"unredacted-secrets":{"$ref":"#/definitions/simpleRule"},"secrets-outside-env":{"$ref":"#/definitions/simpleRule"},"github-app":{"$ref":"#/definitions/simpleRule"},"adhoc-packages":{"$ref":"#/definitions/simpleRule"},"unpinned-tools":{"$ref":"#/definitions/simpleRule"},"dangerous-triggers":{"$ref":"#/definitions/simpleRule"},"use-trusted-publishing":{"$ref":"#/definitions/simpleRule"},"job-timeout":{"$ref":"#/definitions/simpleRule"},"dependabot-cooldown":{"oneOf":[{"$ref":"#/definitions/level"},{"type":"object","additionalProperties":false,"properties":{"level":{"$ref":"#/definitions/level"},"days":{"type":"integer","minimum":1,"maximum":365,"description":"The least cooldown.default-days every Dependabot update must set (default 7, as zizmor)."}}}]},"dependabot-execution":{"$ref":"#/definitions/simpleRule"},"anonymous-definition":{"$ref":"#/definitions/simpleRule"},"concurrency-limits":{"$ref":"#/definitions/simpleRule"},"misfeature":{"$ref":"#/definitions/simpleRule"},"ref-version-mismatch":{"$ref":"#/definitions/simpleRule"},"undocumented-permissions":{"$ref":"#/definitions/simpleRule"},"forbidden-uses":{"oneOf":[{"$ref":"#/definitions/level"},{"type":"object","additionalProperties":false,"properties":{"level":{"$ref":"#/definitions/level"},"allow":{"type":"array","items":{"type":"string","minLength":1,"pattern":"^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$"},"description":"Only actions and reusable workflows matching one of these patterns (owner/*, owner/repo, owner/repo/*, owner/repo/path, *) may be used. Exclusive with deny."},"deny":{"type":"array","items":{"type":"string","minLength":1,"pattern":"^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$"},"description":"Actions and reusable workflows matching one of these patterns may not be used. Exclusive with allow."}},"not":{"required":["allow","deny"]}}]},"self-repository":{"$ref":"#/definitions/simpleRule"},"superfluous-actions":{"$ref":"#/definitions/simpleRule"},"typosquat-uses":{"$ref":"#/definitions/simpleRule"},"impostor-commit":{"$ref":"#/definitions/simpleRule"},"known-vulnerable-actions":{"$ref":"#/definitions/simpleRule"},"stale-action-refs":{"$ref":"#/definitions/simpleRule"},"archived-uses":{"$ref":"#/definitions/simpleRule"},"ref-confusion":{"$ref":"#/definitions/simpleRule"}}},"exceptions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","justification","expires"],"anyOf":[{"required":["path"]},{"required":["owner"]}],"properties":{"rule":{"type":"string","enum":["pinned-uses","permissions","template-injection","secrets-inherit","static-secrets","concurrency","persist-credentials","artipacked","bot-conditions","cache-poisoning","github-env","insecure-commands","obfuscation","overprovisioned-secrets","self-hosted-runner","unsound-contains","unsound-condition","unsound-ternary","unpinned-images","hardcoded-container-credentials","unredacted-secrets","secrets-outside-env","github-app","adhoc-packages","unpinned-tools","dangerous-triggers","use-trusted-publishing","job-timeout","dependabot-cooldown","dependabot-execution","anonymous-definition","concurrency-limits","misfeature","ref-version-mismatch","undocumented-permissions","forbidden-uses","self-repository","superfluous-actions","typosquat-uses","impostor-commit","known-vulnerable-actions","stale-action-refs","archived-uses","ref-confusion"]},"path":{"type":"string","minLength":1,"description":"Workflow file (repository-relative) or glob the exception covers."},"owner":{"type":"string","minLength":1,"description":"Action or reusable-workflow owner the exception covers: owner, owner/repo or a glob such as owner/*."},"justification":{"type":"string","minLength":1,"description":"Why the exception is needed and why it is safe."},"expires":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","format":"date","description":"Last day (UTC) on which the exception holds, YYYY-MM-DD."},"approved-by":{"type":"string","minLength":1,"description":"Who approved the exception, e.g. @acme/security."}}}}}};const schema12 = {"type":"string","enum":["error","warning","off"],"description":"error fails the gate, warning reports only, off skips the rule."};const func2 = Object.prototype.hasOwnProperty;const func3 = (__nccwpck_require__(36214)["default"]);const pattern0 = new RegExp("^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$", "u");const pattern1 = new RegExp("^[A-Za-z0-9_.-]+$", "u");const pattern4 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");const schema14 = {"oneOf":[{"$ref":"#/definitions/level"},{"type":"object","additionalProperties":false,"properties":{"level":{"$ref":"#/definitions/level"}}}]};function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/definitions/level/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!(((data === "error") || (data === "warning")) || (data === "off"))){const err1 = {instancePath,schemaPath:"#/definitions/level/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs4 = errors;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(key0 === "level")){const err2 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.level !== undefined){let data0 = data.level;if(typeof data0 !== "string"){const err3 = {instancePath:instancePath+"/level",schemaPath:"#/definitions/level/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(!(((data0 === "error") || (data0 === "warning")) || (data0 === "off"))){const err4 = {instancePath:instancePath+"/level",schemaPath:"#/definitions/level/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs4 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err6 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate11.errors = vErrors;return errors === 0;}const formats0 = (__nccwpck_require__(10779)/* .fullFormats */ .U9).date;function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://ci-intel.dev/schema/workflow-policy.v1.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "rules") || (key0 === "exceptions"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.rules !== undefined){let data0 = data.rules;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){if(!(func2.call(schema11.properties.rules.properties, key1))){const err1 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data0["pinned-uses"] !== undefined){let data1 = data0["pinned-uses"];const _errs6 = errors;let valid2 = false;let passing0 = null;const _errs7 = errors;if(typeof data1 !== "string"){const err2 = {instancePath:instancePath+"/rules/pinned-uses",schemaPath:"#/definitions/level/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!(((data1 === "error") || (data1 === "warning")) || (data1 === "off"))){const err3 = {instancePath:instancePath+"/rules/pinned-uses",schemaPath:"#/definitions/level/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs7 === errors;if(_valid0){valid2 = true;passing0 = 0;}const _errs10 = errors;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key2 in data1){if(!((key2 === "level") || (key2 === "policies"))){const err4 = {instancePath:instancePath+"/rules/pinned-uses",schemaPath:"#/properties/rules/properties/pinned-uses/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.level !== undefined){let data2 = data1.level;if(typeof data2 !== "string"){const err5 = {instancePath:instancePath+"/rules/pinned-uses/level",schemaPath:"#/definitions/level/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(!(((data2 === "error") || (data2 === "warning")) || (data2 === "off"))){const err6 = {instancePath:instancePath+"/rules/pinned-uses/level",schemaPath:"#/definitions/level/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data1.policies !== undefined){let data3 = data1.policies;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key3 in data3){const _errs18 = errors;if(typeof key3 === "string"){if(!pattern0.test(key3)){const err7 = {instancePath:instancePath+"/rules/pinned-uses/policies",schemaPath:"#/properties/rules/properties/pinned-uses/oneOf/1/properties/policies/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$"},message:"must match pattern \""+"^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$"+"\"",propertyName:key3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}var valid6 = _errs18 === errors;if(!valid6){const err8 = {instancePath:instancePath+"/rules/pinned-uses/policies",schemaPath:"#/properties/rules/properties/pinned-uses/oneOf/1/properties/policies/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}for(const key4 in data3){let data4 = data3[key4];if(typeof data4 !== "string"){const err9 = {instancePath:instancePath+"/rules/pinned-uses/policies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/properties/pinned-uses/oneOf/1/properties/policies/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(!(((data4 === "hash-pin") || (data4 === "ref-pin")) || (data4 === "any"))){const err10 = {instancePath:instancePath+"/rules/pinned-uses/policies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/properties/pinned-uses/oneOf/1/properties/policies/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["pinned-uses"].oneOf[1].properties.policies.additionalProperties.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/rules/pinned-uses/policies",schemaPath:"#/properties/rules/properties/pinned-uses/oneOf/1/properties/policies/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/rules/pinned-uses",schemaPath:"#/properties/rules/properties/pinned-uses/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}var _valid0 = _errs10 === errors;if(_valid0 && valid2){valid2 = false;passing0 = [passing0, 1];}else {if(_valid0){valid2 = true;passing0 = 1;}}if(!valid2){const err13 = {instancePath:instancePath+"/rules/pinned-uses",schemaPath:"#/properties/rules/properties/pinned-uses/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}else {errors = _errs6;if(vErrors !== null){if(_errs6){vErrors.length = _errs6;}else {vErrors = null;}}}}if(data0.permissions !== undefined){if(!(validate11(data0.permissions, {instancePath:instancePath+"/rules/permissions",parentData:data0,parentDataProperty:"permissions",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["template-injection"] !== undefined){if(!(validate11(data0["template-injection"], {instancePath:instancePath+"/rules/template-injection",parentData:data0,parentDataProperty:"template-injection",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["secrets-inherit"] !== undefined){let data7 = data0["secrets-inherit"];const _errs25 = errors;let valid8 = false;let passing1 = null;const _errs26 = errors;if(typeof data7 !== "string"){const err14 = {instancePath:instancePath+"/rules/secrets-inherit",schemaPath:"#/definitions/level/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(!(((data7 === "error") || (data7 === "warning")) || (data7 === "off"))){const err15 = {instancePath:instancePath+"/rules/secrets-inherit",schemaPath:"#/definitions/level/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}var _valid1 = _errs26 === errors;if(_valid1){valid8 = true;passing1 = 0;}const _errs29 = errors;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key5 in data7){if(!((key5 === "level") || (key5 === "trusted-owners"))){const err16 = {instancePath:instancePath+"/rules/secrets-inherit",schemaPath:"#/properties/rules/properties/secrets-inherit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data7.level !== undefined){let data8 = data7.level;if(typeof data8 !== "string"){const err17 = {instancePath:instancePath+"/rules/secrets-inherit/level",schemaPath:"#/definitions/level/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(!(((data8 === "error") || (data8 === "warning")) || (data8 === "off"))){const err18 = {instancePath:instancePath+"/rules/secrets-inherit/level",schemaPath:"#/definitions/level/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data7["trusted-owners"] !== undefined){let data9 = data7["trusted-owners"];if(Array.isArray(data9)){const len0 = data9.length;for(let i0=0; i0<len0; i0++){let data10 = data9[i0];if(typeof data10 === "string"){if(!pattern1.test(data10)){const err19 = {instancePath:instancePath+"/rules/secrets-inherit/trusted-owners/" + i0,schemaPath:"#/properties/rules/properties/secrets-inherit/oneOf/1/properties/trusted-owners/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\""};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/rules/secrets-inherit/trusted-owners/" + i0,schemaPath:"#/properties/rules/properties/secrets-inherit/oneOf/1/properties/trusted-owners/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/rules/secrets-inherit/trusted-owners",schemaPath:"#/properties/rules/properties/secrets-inherit/oneOf/1/properties/trusted-owners/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/rules/secrets-inherit",schemaPath:"#/properties/rules/properties/secrets-inherit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}var _valid1 = _errs29 === errors;if(_valid1 && valid8){valid8 = false;passing1 = [passing1, 1];}else {if(_valid1){valid8 = true;passing1 = 1;}}if(!valid8){const err23 = {instancePath:instancePath+"/rules/secrets-inherit",schemaPath:"#/properties/rules/properties/secrets-inherit/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}else {errors = _errs25;if(vErrors !== null){if(_errs25){vErrors.length = _errs25;}else {vErrors = null;}}}}if(data0["static-secrets"] !== undefined){if(!(validate11(data0["static-secrets"], {instancePath:instancePath+"/rules/static-secrets",parentData:data0,parentDataProperty:"static-secrets",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0.concurrency !== undefined){if(!(validate11(data0.concurrency, {instancePath:instancePath+"/rules/concurrency",parentData:data0,parentDataProperty:"concurrency",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["persist-credentials"] !== undefined){if(!(validate11(data0["persist-credentials"], {instancePath:instancePath+"/rules/persist-credentials",parentData:data0,parentDataProperty:"persist-credentials",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0.artipacked !== undefined){if(!(validate11(data0.artipacked, {instancePath:instancePath+"/rules/artipacked",parentData:data0,parentDataProperty:"artipacked",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["bot-conditions"] !== undefined){if(!(validate11(data0["bot-conditions"], {instancePath:instancePath+"/rules/bot-conditions",parentData:data0,parentDataProperty:"bot-conditions",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["cache-poisoning"] !== undefined){if(!(validate11(data0["cache-poisoning"], {instancePath:instancePath+"/rules/cache-poisoning",parentData:data0,parentDataProperty:"cache-poisoning",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["github-env"] !== undefined){if(!(validate11(data0["github-env"], {instancePath:instancePath+"/rules/github-env",parentData:data0,parentDataProperty:"github-env",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["insecure-commands"] !== undefined){if(!(validate11(data0["insecure-commands"], {instancePath:instancePath+"/rules/insecure-commands",parentData:data0,parentDataProperty:"insecure-commands",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0.obfuscation !== undefined){if(!(validate11(data0.obfuscation, {instancePath:instancePath+"/rules/obfuscation",parentData:data0,parentDataProperty:"obfuscation",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["overprovisioned-secrets"] !== undefined){if(!(validate11(data0["overprovisioned-secrets"], {instancePath:instancePath+"/rules/overprovisioned-secrets",parentData:data0,parentDataProperty:"overprovisioned-secrets",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["self-hosted-runner"] !== undefined){if(!(validate11(data0["self-hosted-runner"], {instancePath:instancePath+"/rules/self-hosted-runner",parentData:data0,parentDataProperty:"self-hosted-runner",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["unsound-contains"] !== undefined){if(!(validate11(data0["unsound-contains"], {instancePath:instancePath+"/rules/unsound-contains",parentData:data0,parentDataProperty:"unsound-contains",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["unsound-condition"] !== undefined){if(!(validate11(data0["unsound-condition"], {instancePath:instancePath+"/rules/unsound-condition",parentData:data0,parentDataProperty:"unsound-condition",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["unsound-ternary"] !== undefined){if(!(validate11(data0["unsound-ternary"], {instancePath:instancePath+"/rules/unsound-ternary",parentData:data0,parentDataProperty:"unsound-ternary",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["unpinned-images"] !== undefined){if(!(validate11(data0["unpinned-images"], {instancePath:instancePath+"/rules/unpinned-images",parentData:data0,parentDataProperty:"unpinned-images",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["hardcoded-container-credentials"] !== undefined){if(!(validate11(data0["hardcoded-container-credentials"], {instancePath:instancePath+"/rules/hardcoded-container-credentials",parentData:data0,parentDataProperty:"hardcoded-container-credentials",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["unredacted-secrets"] !== undefined){if(!(validate11(data0["unredacted-secrets"], {instancePath:instancePath+"/rules/unredacted-secrets",parentData:data0,parentDataProperty:"unredacted-secrets",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["secrets-outside-env"] !== undefined){if(!(validate11(data0["secrets-outside-env"], {instancePath:instancePath+"/rules/secrets-outside-env",parentData:data0,parentDataProperty:"secrets-outside-env",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["github-app"] !== undefined){if(!(validate11(data0["github-app"], {instancePath:instancePath+"/rules/github-app",parentData:data0,parentDataProperty:"github-app",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["adhoc-packages"] !== undefined){if(!(validate11(data0["adhoc-packages"], {instancePath:instancePath+"/rules/adhoc-packages",parentData:data0,parentDataProperty:"adhoc-packages",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["unpinned-tools"] !== undefined){if(!(validate11(data0["unpinned-tools"], {instancePath:instancePath+"/rules/unpinned-tools",parentData:data0,parentDataProperty:"unpinned-tools",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["dangerous-triggers"] !== undefined){if(!(validate11(data0["dangerous-triggers"], {instancePath:instancePath+"/rules/dangerous-triggers",parentData:data0,parentDataProperty:"dangerous-triggers",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["use-trusted-publishing"] !== undefined){if(!(validate11(data0["use-trusted-publishing"], {instancePath:instancePath+"/rules/use-trusted-publishing",parentData:data0,parentDataProperty:"use-trusted-publishing",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["job-timeout"] !== undefined){if(!(validate11(data0["job-timeout"], {instancePath:instancePath+"/rules/job-timeout",parentData:data0,parentDataProperty:"job-timeout",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["dependabot-cooldown"] !== undefined){let data35 = data0["dependabot-cooldown"];const _errs64 = errors;let valid14 = false;let passing2 = null;const _errs65 = errors;if(typeof data35 !== "string"){const err24 = {instancePath:instancePath+"/rules/dependabot-cooldown",schemaPath:"#/definitions/level/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(!(((data35 === "error") || (data35 === "warning")) || (data35 === "off"))){const err25 = {instancePath:instancePath+"/rules/dependabot-cooldown",schemaPath:"#/definitions/level/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}var _valid2 = _errs65 === errors;if(_valid2){valid14 = true;passing2 = 0;}const _errs68 = errors;if(data35 && typeof data35 == "object" && !Array.isArray(data35)){for(const key6 in data35){if(!((key6 === "level") || (key6 === "days"))){const err26 = {instancePath:instancePath+"/rules/dependabot-cooldown",schemaPath:"#/properties/rules/properties/dependabot-cooldown/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data35.level !== undefined){let data36 = data35.level;if(typeof data36 !== "string"){const err27 = {instancePath:instancePath+"/rules/dependabot-cooldown/level",schemaPath:"#/definitions/level/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(!(((data36 === "error") || (data36 === "warning")) || (data36 === "off"))){const err28 = {instancePath:instancePath+"/rules/dependabot-cooldown/level",schemaPath:"#/definitions/level/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data35.days !== undefined){let data37 = data35.days;if(!((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37)))){const err29 = {instancePath:instancePath+"/rules/dependabot-cooldown/days",schemaPath:"#/properties/rules/properties/dependabot-cooldown/oneOf/1/properties/days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(typeof data37 == "number"){if(data37 > 365 || isNaN(data37)){const err30 = {instancePath:instancePath+"/rules/dependabot-cooldown/days",schemaPath:"#/properties/rules/properties/dependabot-cooldown/oneOf/1/properties/days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 365},message:"must be <= 365"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(data37 < 1 || isNaN(data37)){const err31 = {instancePath:instancePath+"/rules/dependabot-cooldown/days",schemaPath:"#/properties/rules/properties/dependabot-cooldown/oneOf/1/properties/days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}}else {const err32 = {instancePath:instancePath+"/rules/dependabot-cooldown",schemaPath:"#/properties/rules/properties/dependabot-cooldown/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}var _valid2 = _errs68 === errors;if(_valid2 && valid14){valid14 = false;passing2 = [passing2, 1];}else {if(_valid2){valid14 = true;passing2 = 1;}}if(!valid14){const err33 = {instancePath:instancePath+"/rules/dependabot-cooldown",schemaPath:"#/properties/rules/properties/dependabot-cooldown/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}else {errors = _errs64;if(vErrors !== null){if(_errs64){vErrors.length = _errs64;}else {vErrors = null;}}}}if(data0["dependabot-execution"] !== undefined){if(!(validate11(data0["dependabot-execution"], {instancePath:instancePath+"/rules/dependabot-execution",parentData:data0,parentDataProperty:"dependabot-execution",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["anonymous-definition"] !== undefined){if(!(validate11(data0["anonymous-definition"], {instancePath:instancePath+"/rules/anonymous-definition",parentData:data0,parentDataProperty:"anonymous-definition",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["concurrency-limits"] !== undefined){if(!(validate11(data0["concurrency-limits"], {instancePath:instancePath+"/rules/concurrency-limits",parentData:data0,parentDataProperty:"concurrency-limits",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0.misfeature !== undefined){if(!(validate11(data0.misfeature, {instancePath:instancePath+"/rules/misfeature",parentData:data0,parentDataProperty:"misfeature",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["ref-version-mismatch"] !== undefined){if(!(validate11(data0["ref-version-mismatch"], {instancePath:instancePath+"/rules/ref-version-mismatch",parentData:data0,parentDataProperty:"ref-version-mismatch",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["undocumented-permissions"] !== undefined){if(!(validate11(data0["undocumented-permissions"], {instancePath:instancePath+"/rules/undocumented-permissions",parentData:data0,parentDataProperty:"undocumented-permissions",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["forbidden-uses"] !== undefined){let data44 = data0["forbidden-uses"];const _errs83 = errors;let valid18 = false;let passing3 = null;const _errs84 = errors;if(typeof data44 !== "string"){const err34 = {instancePath:instancePath+"/rules/forbidden-uses",schemaPath:"#/definitions/level/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(!(((data44 === "error") || (data44 === "warning")) || (data44 === "off"))){const err35 = {instancePath:instancePath+"/rules/forbidden-uses",schemaPath:"#/definitions/level/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}var _valid3 = _errs84 === errors;if(_valid3){valid18 = true;passing3 = 0;}const _errs87 = errors;const _errs89 = errors;const _errs90 = errors;if(data44 && typeof data44 == "object" && !Array.isArray(data44)){let missing0;if(((data44.allow === undefined) && (missing0 = "allow")) || ((data44.deny === undefined) && (missing0 = "deny"))){const err36 = {};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}var valid20 = _errs90 === errors;if(valid20){const err37 = {instancePath:instancePath+"/rules/forbidden-uses",schemaPath:"#/properties/rules/properties/forbidden-uses/oneOf/1/not",keyword:"not",params:{},message:"must NOT be valid"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}else {errors = _errs89;if(vErrors !== null){if(_errs89){vErrors.length = _errs89;}else {vErrors = null;}}}if(data44 && typeof data44 == "object" && !Array.isArray(data44)){for(const key7 in data44){if(!(((key7 === "level") || (key7 === "allow")) || (key7 === "deny"))){const err38 = {instancePath:instancePath+"/rules/forbidden-uses",schemaPath:"#/properties/rules/properties/forbidden-uses/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data44.level !== undefined){let data45 = data44.level;if(typeof data45 !== "string"){const err39 = {instancePath:instancePath+"/rules/forbidden-uses/level",schemaPath:"#/definitions/level/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(!(((data45 === "error") || (data45 === "warning")) || (data45 === "off"))){const err40 = {instancePath:instancePath+"/rules/forbidden-uses/level",schemaPath:"#/definitions/level/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data44.allow !== undefined){let data46 = data44.allow;if(Array.isArray(data46)){const len1 = data46.length;for(let i1=0; i1<len1; i1++){let data47 = data46[i1];if(typeof data47 === "string"){if(func3(data47) < 1){const err41 = {instancePath:instancePath+"/rules/forbidden-uses/allow/" + i1,schemaPath:"#/properties/rules/properties/forbidden-uses/oneOf/1/properties/allow/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(!pattern0.test(data47)){const err42 = {instancePath:instancePath+"/rules/forbidden-uses/allow/" + i1,schemaPath:"#/properties/rules/properties/forbidden-uses/oneOf/1/properties/allow/items/pattern",keyword:"pattern",params:{pattern: "^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$"},message:"must match pattern \""+"^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$"+"\""};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/rules/forbidden-uses/allow/" + i1,schemaPath:"#/properties/rules/properties/forbidden-uses/oneOf/1/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath:instancePath+"/rules/forbidden-uses/allow",schemaPath:"#/properties/rules/properties/forbidden-uses/oneOf/1/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data44.deny !== undefined){let data48 = data44.deny;if(Array.isArray(data48)){const len2 = data48.length;for(let i2=0; i2<len2; i2++){let data49 = data48[i2];if(typeof data49 === "string"){if(func3(data49) < 1){const err45 = {instancePath:instancePath+"/rules/forbidden-uses/deny/" + i2,schemaPath:"#/properties/rules/properties/forbidden-uses/oneOf/1/properties/deny/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(!pattern0.test(data49)){const err46 = {instancePath:instancePath+"/rules/forbidden-uses/deny/" + i2,schemaPath:"#/properties/rules/properties/forbidden-uses/oneOf/1/properties/deny/items/pattern",keyword:"pattern",params:{pattern: "^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$"},message:"must match pattern \""+"^(\\*|[A-Za-z0-9_.-]+/\\*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/\\*|(/[^@*\\s]+)?))$"+"\""};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}else {const err47 = {instancePath:instancePath+"/rules/forbidden-uses/deny/" + i2,schemaPath:"#/properties/rules/properties/forbidden-uses/oneOf/1/properties/deny/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}else {const err48 = {instancePath:instancePath+"/rules/forbidden-uses/deny",schemaPath:"#/properties/rules/properties/forbidden-uses/oneOf/1/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}else {const err49 = {instancePath:instancePath+"/rules/forbidden-uses",schemaPath:"#/properties/rules/properties/forbidden-uses/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}var _valid3 = _errs87 === errors;if(_valid3 && valid18){valid18 = false;passing3 = [passing3, 1];}else {if(_valid3){valid18 = true;passing3 = 1;}}if(!valid18){const err50 = {instancePath:instancePath+"/rules/forbidden-uses",schemaPath:"#/properties/rules/properties/forbidden-uses/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}else {errors = _errs83;if(vErrors !== null){if(_errs83){vErrors.length = _errs83;}else {vErrors = null;}}}}if(data0["self-repository"] !== undefined){if(!(validate11(data0["self-repository"], {instancePath:instancePath+"/rules/self-repository",parentData:data0,parentDataProperty:"self-repository",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["superfluous-actions"] !== undefined){if(!(validate11(data0["superfluous-actions"], {instancePath:instancePath+"/rules/superfluous-actions",parentData:data0,parentDataProperty:"superfluous-actions",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["typosquat-uses"] !== undefined){if(!(validate11(data0["typosquat-uses"], {instancePath:instancePath+"/rules/typosquat-uses",parentData:data0,parentDataProperty:"typosquat-uses",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["impostor-commit"] !== undefined){if(!(validate11(data0["impostor-commit"], {instancePath:instancePath+"/rules/impostor-commit",parentData:data0,parentDataProperty:"impostor-commit",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["known-vulnerable-actions"] !== undefined){if(!(validate11(data0["known-vulnerable-actions"], {instancePath:instancePath+"/rules/known-vulnerable-actions",parentData:data0,parentDataProperty:"known-vulnerable-actions",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["stale-action-refs"] !== undefined){if(!(validate11(data0["stale-action-refs"], {instancePath:instancePath+"/rules/stale-action-refs",parentData:data0,parentDataProperty:"stale-action-refs",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["archived-uses"] !== undefined){if(!(validate11(data0["archived-uses"], {instancePath:instancePath+"/rules/archived-uses",parentData:data0,parentDataProperty:"archived-uses",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data0["ref-confusion"] !== undefined){if(!(validate11(data0["ref-confusion"], {instancePath:instancePath+"/rules/ref-confusion",parentData:data0,parentDataProperty:"ref-confusion",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}}else {const err51 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data.exceptions !== undefined){let data58 = data.exceptions;if(Array.isArray(data58)){const len3 = data58.length;for(let i3=0; i3<len3; i3++){let data59 = data58[i3];const _errs115 = errors;let valid29 = false;const _errs116 = errors;if(data59 && typeof data59 == "object" && !Array.isArray(data59)){if(data59.path === undefined){const err52 = {instancePath:instancePath+"/exceptions/" + i3,schemaPath:"#/properties/exceptions/items/anyOf/0/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}var _valid4 = _errs116 === errors;valid29 = valid29 || _valid4;if(!valid29){const _errs117 = errors;if(data59 && typeof data59 == "object" && !Array.isArray(data59)){if(data59.owner === undefined){const err53 = {instancePath:instancePath+"/exceptions/" + i3,schemaPath:"#/properties/exceptions/items/anyOf/1/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}var _valid4 = _errs117 === errors;valid29 = valid29 || _valid4;}if(!valid29){const err54 = {instancePath:instancePath+"/exceptions/" + i3,schemaPath:"#/properties/exceptions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}else {errors = _errs115;if(vErrors !== null){if(_errs115){vErrors.length = _errs115;}else {vErrors = null;}}}if(data59 && typeof data59 == "object" && !Array.isArray(data59)){if(data59.rule === undefined){const err55 = {instancePath:instancePath+"/exceptions/" + i3,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if(data59.justification === undefined){const err56 = {instancePath:instancePath+"/exceptions/" + i3,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "justification"},message:"must have required property '"+"justification"+"'"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(data59.expires === undefined){const err57 = {instancePath:instancePath+"/exceptions/" + i3,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "expires"},message:"must have required property '"+"expires"+"'"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}for(const key8 in data59){if(!((((((key8 === "rule") || (key8 === "path")) || (key8 === "owner")) || (key8 === "justification")) || (key8 === "expires")) || (key8 === "approved-by"))){const err58 = {instancePath:instancePath+"/exceptions/" + i3,schemaPath:"#/properties/exceptions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data59.rule !== undefined){let data60 = data59.rule;if(typeof data60 !== "string"){const err59 = {instancePath:instancePath+"/exceptions/" + i3+"/rule",schemaPath:"#/properties/exceptions/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}if(!((((((((((((((((((((((((((((((((((((((((((((data60 === "pinned-uses") || (data60 === "permissions")) || (data60 === "template-injection")) || (data60 === "secrets-inherit")) || (data60 === "static-secrets")) || (data60 === "concurrency")) || (data60 === "persist-credentials")) || (data60 === "artipacked")) || (data60 === "bot-conditions")) || (data60 === "cache-poisoning")) || (data60 === "github-env")) || (data60 === "insecure-commands")) || (data60 === "obfuscation")) || (data60 === "overprovisioned-secrets")) || (data60 === "self-hosted-runner")) || (data60 === "unsound-contains")) || (data60 === "unsound-condition")) || (data60 === "unsound-ternary")) || (data60 === "unpinned-images")) || (data60 === "hardcoded-container-credentials")) || (data60 === "unredacted-secrets")) || (data60 === "secrets-outside-env")) || (data60 === "github-app")) || (data60 === "adhoc-packages")) || (data60 === "unpinned-tools")) || (data60 === "dangerous-triggers")) || (data60 === "use-trusted-publishing")) || (data60 === "job-timeout")) || (data60 === "dependabot-cooldown")) || (data60 === "dependabot-execution")) || (data60 === "anonymous-definition")) || (data60 === "concurrency-limits")) || (data60 === "misfeature")) || (data60 === "ref-version-mismatch")) || (data60 === "undocumented-permissions")) || (data60 === "forbidden-uses")) || (data60 === "self-repository")) || (data60 === "superfluous-actions")) || (data60 === "typosquat-uses")) || (data60 === "impostor-commit")) || (data60 === "known-vulnerable-actions")) || (data60 === "stale-action-refs")) || (data60 === "archived-uses")) || (data60 === "ref-confusion"))){const err60 = {instancePath:instancePath+"/exceptions/" + i3+"/rule",schemaPath:"#/properties/exceptions/items/properties/rule/enum",keyword:"enum",params:{allowedValues: schema11.properties.exceptions.items.properties.rule.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data59.path !== undefined){let data61 = data59.path;if(typeof data61 === "string"){if(func3(data61) < 1){const err61 = {instancePath:instancePath+"/exceptions/" + i3+"/path",schemaPath:"#/properties/exceptions/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}else {const err62 = {instancePath:instancePath+"/exceptions/" + i3+"/path",schemaPath:"#/properties/exceptions/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data59.owner !== undefined){let data62 = data59.owner;if(typeof data62 === "string"){if(func3(data62) < 1){const err63 = {instancePath:instancePath+"/exceptions/" + i3+"/owner",schemaPath:"#/properties/exceptions/items/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}else {const err64 = {instancePath:instancePath+"/exceptions/" + i3+"/owner",schemaPath:"#/properties/exceptions/items/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data59.justification !== undefined){let data63 = data59.justification;if(typeof data63 === "string"){if(func3(data63) < 1){const err65 = {instancePath:instancePath+"/exceptions/" + i3+"/justification",schemaPath:"#/properties/exceptions/items/properties/justification/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}else {const err66 = {instancePath:instancePath+"/exceptions/" + i3+"/justification",schemaPath:"#/properties/exceptions/items/properties/justification/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data59.expires !== undefined){let data64 = data59.expires;if(typeof data64 === "string"){if(!pattern4.test(data64)){const err67 = {instancePath:instancePath+"/exceptions/" + i3+"/expires",schemaPath:"#/properties/exceptions/items/properties/expires/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}if(!(formats0.validate(data64))){const err68 = {instancePath:instancePath+"/exceptions/" + i3+"/expires",schemaPath:"#/properties/exceptions/items/properties/expires/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}else {const err69 = {instancePath:instancePath+"/exceptions/" + i3+"/expires",schemaPath:"#/properties/exceptions/items/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data59["approved-by"] !== undefined){let data65 = data59["approved-by"];if(typeof data65 === "string"){if(func3(data65) < 1){const err70 = {instancePath:instancePath+"/exceptions/" + i3+"/approved-by",schemaPath:"#/properties/exceptions/items/properties/approved-by/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}else {const err71 = {instancePath:instancePath+"/exceptions/" + i3+"/approved-by",schemaPath:"#/properties/exceptions/items/properties/approved-by/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}else {const err72 = {instancePath:instancePath+"/exceptions/" + i3,schemaPath:"#/properties/exceptions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}}else {const err73 = {instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}else {const err74 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}validate10.errors = vErrors;return errors === 0;}

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

/* harmony import */ var _schema_7_cjs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(27726);
/* harmony import */ var _schema_6_cjs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(19071);
/* harmony import */ var _schema_5_cjs__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(66652);
/* harmony import */ var _schema_4_cjs__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(75413);
/* harmony import */ var _schema_3_cjs__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(48914);
/* harmony import */ var _schema_2_cjs__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(21603);
/* harmony import */ var _schema_1_cjs__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(88640);
/* harmony import */ var _schema_0_cjs__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(50377);
/* harmony import */ var _core_build_registry_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(71855);









_core_build_registry_js__WEBPACK_IMPORTED_MODULE_8__/* .registerActionSpec */ .RI({"gate":"cache-sentinel","name":"ci-intel cache-sentinel","description":"Signed, BLAKE3-verified CI caches. save hashes every file with BLAKE3 into a signed manifest; restore verifies the signature, the signer, the trust tier and every file's digest in a private staging folder before a single byte reaches the workspace, and quarantines anything that fails.","inputs":[{"name":"operation","description":"restore or save.","required":true,"type":"choice","options":["restore","save"]},{"name":"path","description":"Files, folders or globs to cache, newline- or comma-separated (as actions/cache; ~ is the home folder, relative paths are under the workspace).","required":true,"type":"list"},{"name":"key","description":"The cache key (at most 512 characters, no commas).","required":true,"type":"string"},{"name":"restore-keys","description":"Ordered key prefixes to fall back to when the key has no exact entry (restore only).","required":false,"default":"","type":"list"},{"name":"trust","description":"Which runs write the trusted tier that every job may restore, as <event>:<ref glob> rules; {default} is the default branch. Pull requests read their own tier and the trusted tier, never another's; fork pull requests write only their own private tier.","required":false,"default":"push:refs/heads/{default}, push:refs/tags/*","type":"list"},{"name":"default-branch","description":"The default branch name (default: from the event payload, else main).","required":false,"default":"","type":"string"},{"name":"signer","description":"Expected signing identity. sigstore: a glob for the certificate identity (default https://github.com/<this repository>/.github/workflows/*, where * may span /; the certificate's repository, ref and event must be the entry's). key: the key id ed25519:<sha256> (default: verify-key itself).","required":false,"default":"","type":"string"},{"name":"signing","description":"sigstore: keyless — save signs the manifest with a short-lived Fulcio certificate for the job's OIDC identity (needs permissions id-token: write) and logs it in Rekor; restore verifies the Sigstore bundle against trusted-root, then the signer policy and the certificate's repository, ref and event against the entry. key: an Ed25519 key from a secret (GHES, local use).","required":false,"default":"sigstore","type":"choice","options":["sigstore","key"]},{"name":"trusted-root","description":"signing: sigstore — a trusted_root.json (or JSON Lines of them) to verify bundles with (default: the Sigstore public-good root pinned in this release). Relative to the workspace.","required":false,"default":"","type":"string"},{"name":"signing-key","description":"signing: key — the Ed25519 private key (PEM, or its base64) that signs saved manifests. Pass it from a secret.","required":false,"default":"","type":"secret"},{"name":"verify-key","description":"signing: key — the Ed25519 public key (PEM) restores trust (default: the public half of signing-key).","required":false,"default":"","type":"string"},{"name":"backend","description":"github (the Actions cache service) or dir:<path> (a local folder store). Outside a workflow job, github falls back to ~/.cache/ci-intel/cache-sentinel.","required":false,"default":"github","type":"string"},{"name":"timeout","description":"Bound on each cache service request and on any stall of a download.","required":false,"default":"5m","type":"duration","min":1000,"max":3600000,"integer":false},{"name":"mode","description":"enforce: the step fails on a quarantined entry or when the gate cannot decide; audit: report only.","required":false,"default":"enforce","type":"choice","options":["enforce","audit"]}],"outputs":[{"name":"verdict","description":"pass, fail (an entry was quarantined) or error."},{"name":"result-file","description":"Path of the full result (ci-intel.gate-result.v1 JSON)."},{"name":"cache-hit","description":"true when an entry for the exact key was restored and verified."},{"name":"matched-key","description":"The key of the restored entry (the exact key or a restore-key match)."},{"name":"verified-files","description":"How many files were verified (restore) or hashed and signed (save)."},{"name":"quarantined","description":"true when an entry was rejected and moved to quarantine."}],"permissions":{"actions":"read","id-token":"write"},"level":"artifact","using":"node24","main":"../../dist/cache-sentinel/index.js"});
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_8__/* .registerActionSpec */ .RI({"gate":"determinism","name":"ci-intel determinism","description":"Fails a release when a build is not reproducible. compare: two build outputs (files, folders, archives or digest manifests from another job or architecture) by content, per-file sha256 and then archive member by member (tar, tar.gz/zst, zip, jar, wheel, npm tgz, zipapp, jmod, ar), naming what differs and which named stabilizers would allow it. rebuild: runs the build twice under TZ=UTC, LC_ALL=C, SOURCE_DATE_EPOCH = commit time and a fixed umask with declared variations, then compares. manifest: writes a digest manifest for a later comparison.","inputs":[{"name":"operation","description":"compare (a against b), rebuild (run command twice and compare) or manifest (write the digest manifest of path).","required":false,"default":"compare","type":"choice","options":["compare","rebuild","manifest"]},{"name":"a","description":"compare: the first build output (file, folder, archive, or a determinism manifest JSON), relative to the workspace.","required":false,"default":"","type":"string"},{"name":"b","description":"compare: the second build output, in any of the forms a takes.","required":false,"default":"","type":"string"},{"name":"path","description":"manifest: the build output (file or folder) to record, relative to the workspace.","required":false,"default":"","type":"string"},{"name":"manifest-file","description":"manifest: where to write the manifest (relative to the workspace); upload it as an artifact and compare it in a later job.","required":false,"default":"determinism-manifest.json","type":"string"},{"name":"command","description":"rebuild: the build command, run with bash -c in a fresh copy of the workspace (twice).","required":false,"default":"","type":"string"},{"name":"build-output","description":"rebuild: what the command produces (file or folder), relative to the workspace root.","required":false,"default":"","type":"string"},{"name":"variations","description":"rebuild: what the second build varies: all (default), none, or names among time, timezone, locale, umask, build-path, file-order; a list starting with -name means all but that one. The effective set is printed.","required":false,"default":"all","type":"list"},{"name":"source-date-epoch","description":"rebuild: SOURCE_DATE_EPOCH for both builds (default: the commit time of HEAD in the workspace).","required":false,"default":"","type":"string"},{"name":"timeout","description":"rebuild: how long one build may take before it is killed (error); also bounds diffoscope.","required":false,"default":"30m","type":"duration","min":1000,"max":21600000,"integer":false},{"name":"allow-stabilizers","description":"Differences that may be allowed: all, or names among entry-order, mtimes, owners, modes, zip-extra, gzip-header (default: none). Any difference not covered is a fail; the report lists the stabilizers that were needed.","required":false,"default":"","type":"list"},{"name":"diff-file","description":"Where to write the diff summary JSON for the evidence bundle (default: $RUNNER_TEMP/ci-intel/determinism-diff.json).","required":false,"default":"","type":"string"},{"name":"diffoscope","description":"auto: when diffoscope is installed and outputs differ, run it on the differing files as a deep-dive (never required); off: never.","required":false,"default":"auto","type":"choice","options":["auto","off"]},{"name":"max-archive-entries","description":"The most members read from one archive (a larger one is an error).","required":false,"default":"100000","type":"number","min":1,"max":10000000,"integer":true},{"name":"max-archive-bytes","description":"The most uncompressed bytes read from one archive (a zip bomb is an error, not a hang).","required":false,"default":"4294967296","type":"number","min":1,"max":1099511627776,"integer":true},{"name":"sarif-file","description":"Write findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).","required":false,"default":"","type":"string"},{"name":"mode","description":"enforce: the step fails on fail or error; audit: report only.","required":false,"default":"enforce","type":"choice","options":["enforce","audit"]}],"outputs":[{"name":"verdict","description":"pass, fail or error."},{"name":"result-file","description":"Path of the full result (ci-intel.gate-result.v1 JSON)."},{"name":"differences","description":"How many files differ (0 when the outputs are identical)."},{"name":"stabilizers-needed","description":"Comma-separated stabilizers the differences need (allowed or not)."},{"name":"diff-file","description":"Path of the diff summary JSON."},{"name":"manifest-file","description":"manifest: path of the manifest written."},{"name":"diffoscope-file","description":"Path of diffoscope's Markdown report of the first differing pair, when it ran."},{"name":"sarif-file","description":"The SARIF file written, when sarif-file was given."}],"permissions":{"contents":"read"},"level":"artifact","using":"node24","main":"../../dist/determinism/index.js"});
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_8__/* .registerActionSpec */ .RI({"gate":"dr-freshness","name":"ci-intel dr-freshness","description":"Blocks a release when the last successful disaster-recovery drill is older than max-age, did not pass, or missed its RPO/RTO budget. Reads a drill evidence JSON file, or finds the latest successful run of the drill workflow through the GitHub REST API and checks the evidence artifact it uploaded.","inputs":[{"name":"evidence","description":"Drill evidence JSON (schema/dr-freshness-evidence.v1.json: drill.last_success_rfc3339, drill.type, drill.rpo_s, drill.rto_s, drill.result). Alone: a file path relative to the workspace. With workflow + artifact-name: the file's path inside the artifact (default: its only .json file).","required":false,"default":"","type":"string"},{"name":"workflow","description":"Drill workflow file name or id (e.g. dr-drill.yml): use its latest successful run instead of a local evidence file.","required":false,"default":"","type":"string"},{"name":"repository","description":"owner/name holding the drill workflow (default: the current repository, GITHUB_REPOSITORY).","required":false,"default":"","type":"string"},{"name":"branch","description":"Branch whose drill runs count (default: the repository's default branch).","required":false,"default":"","type":"string"},{"name":"artifact-name","description":"Name of the evidence artifact the drill run uploaded; when given, its RPO/RTO/result are checked too.","required":false,"default":"","type":"string"},{"name":"token","description":"Token for the GitHub REST API (actions: read). Falls back to GITHUB_TOKEN / GH_TOKEN in the environment.","required":false,"default":"${{ github.token }}","type":"secret"},{"name":"max-age","description":"Oldest acceptable last successful drill: 36h, 7d, or ISO 8601 (P7D). A drill exactly max-age old passes.","required":false,"default":"7d","type":"duration","min":60000,"max":31622400000,"integer":false},{"name":"max-rpo-seconds","description":"Recovery point objective budget in seconds (drill.rpo_s must not exceed it).","required":false,"default":"60","type":"number","min":0,"max":31622400,"integer":false},{"name":"max-rto-seconds","description":"Recovery time objective budget in seconds (drill.rto_s must not exceed it).","required":false,"default":"300","type":"number","min":1,"max":31622400,"integer":false},{"name":"now","description":"RFC 3339 time to judge against instead of the clock (replays and tests).","required":false,"default":"","type":"string"},{"name":"api-timeout","description":"How long one GitHub API request may take before the gate gives up (error).","required":false,"default":"30s","type":"duration","min":1000,"max":600000,"integer":false},{"name":"api-retries","description":"Retries of a GitHub API request that failed with a 5xx or a network error.","required":false,"default":"3","type":"number","min":0,"max":10,"integer":true},{"name":"mode","description":"enforce: the step fails on fail or error; audit: report only.","required":false,"default":"enforce","type":"choice","options":["enforce","audit"]}],"outputs":[{"name":"verdict","description":"pass, fail or error."},{"name":"result-file","description":"Path of the full result (ci-intel.gate-result.v1 JSON)."},{"name":"last-success","description":"RFC 3339 time of the last successful drill."},{"name":"age-seconds","description":"Age of the last successful drill in whole seconds."},{"name":"rpo-seconds","description":"The drill's measured RPO in seconds (empty when not known)."},{"name":"rto-seconds","description":"The drill's measured RTO in seconds (empty when not known)."}],"permissions":{"actions":"read"},"level":"artifact","using":"node24","main":"../../dist/dr-freshness/index.js"});
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_8__/* .registerActionSpec */ .RI({"gate":"egress-check","name":"ci-intel egress-check","description":"Proves, records or enforces default-deny network egress for a job: probes that denied destinations cannot be reached and allowed ones can (operation probe, no privileges), installs count-only nftables rules that record every destination outside the allowlist (audit), or a blocking nftables policy with an allowlisting DNS resolver covering IPv4, IPv6 and container bridges (enforce). The post step re-checks that the policy is still installed and reports what was contacted or blocked.","inputs":[{"name":"allowed-endpoints","description":"Allowlist in harden-runner's format: host:port, *.example.com:443 (any depth of subdomain), bare IPs and CIDRs (optionally ip:port, [v6]:port); separated by spaces, newlines or commas. A name without a port means port 443.","required":false,"default":"","type":"string"},{"name":"operation","description":"probe: probe only (no privileges). audit: install count-only rules and report destinations outside the allowlist in the post step (nothing is blocked). enforce: install the blocking policy, then probe. report: re-check and report an installed policy (what the post step does; for the CLI).","required":false,"default":"probe","type":"choice","options":["probe","audit","enforce","report"]},{"name":"probe-denied","description":"Destinations (host:port or ip:port) that must NOT be reachable. Default: public package registries, paste/exfiltration services and raw-IP/DNS canaries (those the allowlist covers are skipped).","required":false,"default":"","type":"string"},{"name":"probe-allowed","description":"Destinations that must be reachable. Default: the names (and ip:port entries) of allowed-endpoints.","required":false,"default":"","type":"string"},{"name":"dns","description":"audit/enforce: allowlist runs a local resolver that answers only allowlisted names (others get REFUSED) and adds their addresses to the policy as they resolve; only it may query the upstream DNS server. system: resolve allowed names once at install and leave DNS open to the upstream.","required":false,"default":"allowlist","type":"choice","options":["allowlist","system"]},{"name":"ipv6","description":"block: no IPv6 egress except to IPv6 entries of the allowlist (AAAA answers are dropped). allowlist: allowed names also allow their IPv6 addresses.","required":false,"default":"block","type":"choice","options":["block","allowlist"]},{"name":"timeout-ms","description":"Deadline for each probe (DNS, TCP connect and TLS together), in milliseconds.","required":false,"default":"2000","type":"number","min":100,"max":60000,"integer":true},{"name":"allow-runner-endpoints","description":"audit/enforce: also allow the endpoints the Actions runner needs (see docs/gates/egress-check.md).","required":false,"default":"true","type":"boolean"},{"name":"dns-upstream","description":"audit/enforce: upstream DNS servers (ip or ip:port). Default: those of /etc/resolv.conf (behind systemd-resolved, the ones it uses).","required":false,"default":"","type":"list"},{"name":"dns-listen","description":"audit/enforce: addresses the allowlisting resolver listens on (port 53); add a bridge address (e.g. 172.17.0.1) for containers.","required":false,"default":"127.0.0.1","type":"list"},{"name":"keep-policy","description":"post step / report: leave the policy installed after the re-check (default: remove it, restoring resolv.conf).","required":false,"default":"false","type":"boolean"},{"name":"mode","description":"enforce: the step fails on fail or error; audit: report only.","required":false,"default":"enforce","type":"choice","options":["enforce","audit"]}],"outputs":[{"name":"verdict","description":"pass, fail or error."},{"name":"result-file","description":"Path of the full result (ci-intel.gate-result.v1 JSON)."},{"name":"reachable-denied","description":"JSON list of probe-denied destinations that answered."},{"name":"unreachable-allowed","description":"JSON list of probe-allowed destinations that could not be reached."},{"name":"policy-installed","description":"true when an audit or enforce policy is installed (and, in the post step, still intact)."}],"permissions":{},"level":"artifact","using":"node24","main":"../../dist/egress-check/index.js","post":"../../dist/egress-check-post/index.js"});
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_8__/* .registerActionSpec */ .RI({"gate":"evidence-bundle","name":"ci-intel evidence-bundle","description":"The signed release evidence bundle. Collects every gate result, policies.ndjson, cache events, quarantines and decision files the run left (in $RUNNER_TEMP/ci-intel and the run's ci-intel-evidence-* artifacts), builds a canonical digest-addressed manifest with the release plan's fields, wraps it in an in-toto Statement (predicate https://ci-intel.dev/release-evidence/v1) about the release's artifacts and image, and signs it keylessly with the job's OIDC identity or with an Ed25519 key. Writes the Sigstore bundle; optionally stores it through the GitHub attestations API and pushes it as an OCI referrer of the image.","inputs":[{"name":"subject-path","description":"Release files the statement is about: paths or globs relative to the workspace, one a line or comma-separated; a leading ! excludes (as actions/attest).","required":false,"default":"","type":"list"},{"name":"subject-digest","description":"The image (or other subject) digest, sha256:<hex>, with subject-name (as actions/attest).","required":false,"default":"","type":"string"},{"name":"subject-name","description":"The name of subject-digest, e.g. ghcr.io/acme/widget (the image repository without tag or digest for push-to-registry).","required":false,"default":"","type":"string"},{"name":"signing","description":"sigstore: keyless — a short-lived Fulcio certificate for the job's OIDC identity (needs permissions id-token: write); public repositories log in Rekor (public good), private ones use GitHub's instance with an RFC 3161 timestamp. key: an Ed25519 key from a secret (GHES, laptops).","required":false,"default":"sigstore","type":"choice","options":["sigstore","key"]},{"name":"sigstore-instance","description":"signing: sigstore — auto (public-good for a public repository, github for a private one, from the event payload), public-good, or github.","required":false,"default":"auto","type":"choice","options":["auto","public-good","github"]},{"name":"signing-key","description":"signing: key — the Ed25519 private key (PEM, or its base64). Pass it from a secret.","required":false,"default":"","type":"secret"},{"name":"bundle","description":"The file the signed Sigstore bundle is written to, relative to the workspace.","required":false,"default":"ci-intel-release-evidence.sigstore.json","type":"string"},{"name":"evidence-dir","description":"The folder the pieces and the canonical predicate (release-evidence.json) are written to, relative to the workspace; evidence-verify checks the pieces against the signed manifest.","required":false,"default":"ci-intel-release-evidence","type":"string"},{"name":"artifact-pattern","description":"Which of the run's artifacts to collect (a glob over names); empty: only $RUNNER_TEMP/ci-intel. Read only inside a workflow run, or with run-id.","required":false,"default":"ci-intel-evidence-*","type":"string"},{"name":"run-id","description":"The workflow run whose artifacts to collect (default: this run, GITHUB_RUN_ID).","required":false,"default":"","type":"string"},{"name":"repository","description":"owner/name of the run (default: GITHUB_REPOSITORY).","required":false,"default":"","type":"string"},{"name":"token","description":"Token for the artifacts and attestations APIs (actions: read; attestations: write with push-to-attestations).","required":false,"default":"${{ github.token }}","type":"secret"},{"name":"tests","description":"A JSON file with the release's test results (the plan's tests: matrix, resilience, flake index), relative to the workspace.","required":false,"default":"","type":"string"},{"name":"sbom-uri","description":"The SBOM location for the plan (default: the SBOM referrer referrer-presence verified).","required":false,"default":"","type":"string"},{"name":"provenance-uri","description":"The provenance location (default: the provenance referrer referrer-presence verified).","required":false,"default":"","type":"string"},{"name":"signature-uri","description":"The image signature location (default: the signature referrer referrer-presence verified).","required":false,"default":"","type":"string"},{"name":"vex-uri","description":"The VEX document location.","required":false,"default":"","type":"string"},{"name":"push-to-attestations","description":"Store the bundle through the GitHub attestations API (POST /repos/{owner}/{repo}/attestations; needs attestations: write).","required":false,"default":"false","type":"boolean"},{"name":"push-to-registry","description":"Push the bundle as an OCI referrer of subject-name@subject-digest (the image), with the hub registry client.","required":false,"default":"false","type":"boolean"},{"name":"registry-username","description":"Registry user for push-to-registry (empty: anonymous, or the token for ghcr.io).","required":false,"default":"","type":"string"},{"name":"registry-password","description":"Registry password or token for push-to-registry.","required":false,"default":"","type":"secret"},{"name":"insecure","description":"Plain HTTP to the registry; allowed only for 127.0.0.1, ::1 and localhost.","required":false,"default":"false","type":"boolean"},{"name":"timeout","description":"Bound on each request (Fulcio, Rekor, TSA, GitHub API, registry).","required":false,"default":"60s","type":"duration","min":1000,"max":600000,"integer":false},{"name":"mode","description":"enforce: the step fails when the bundle could not be built or signed; audit: report only.","required":false,"default":"enforce","type":"choice","options":["enforce","audit"]}],"outputs":[{"name":"verdict","description":"pass (bundled and signed), or error (could not collect, build or sign)."},{"name":"result-file","description":"Path of the full result (ci-intel.gate-result.v1 JSON)."},{"name":"bundle","description":"The signed bundle file."},{"name":"bundle-digest","description":"sha256:<hex> of the signed bundle file."},{"name":"statement-digest","description":"sha256:<hex> of the signed in-toto statement."},{"name":"evidence-dir","description":"The folder holding the pieces and release-evidence.json."},{"name":"pieces","description":"How many pieces of evidence the manifest lists."},{"name":"gates","description":"The gate results bundled, as gate=verdict, comma-separated."},{"name":"attestation-id","description":"The id GitHub gave the stored attestation (push-to-attestations)."},{"name":"referrer-digest","description":"The digest of the referrer manifest pushed (push-to-registry)."}],"permissions":{"actions":"read","id-token":"write"},"level":"artifact","using":"node24","main":"../../dist/evidence-bundle/index.js"});
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_8__/* .registerActionSpec */ .RI({"gate":"evidence-verify","name":"ci-intel evidence-verify","description":"The admission check for a release. Given a subject (a file, or an image by digest), finds its signed release evidence (a bundle file, the GitHub attestations API, or the image's OCI referrers), verifies the signature, certificate chain and transparency log or timestamp, an anchored signer (by default this repository's release.yml at a refs/tags/v* ref), the predicate type, that the statement is about the subject, that the pieces match the signed manifest, and the truth table: every required gate present with verdict pass. Can write a SLSA Verification Summary for the subject.","inputs":[{"name":"subject-path","description":"The release file(s) to admit: paths or globs relative to the workspace; every one must be a subject of the evidence.","required":false,"default":"","type":"list"},{"name":"subject-digest","description":"The subject by digest, sha256:<hex> (an image digest).","required":false,"default":"","type":"string"},{"name":"bundle","description":"The signed evidence bundle file (what evidence-bundle wrote), relative to the workspace; with lookup: file.","required":false,"default":"","type":"string"},{"name":"lookup","description":"Where the evidence is: file (bundle), attestations (the GitHub attestations API of repository), or referrers (the OCI referrers of image).","required":false,"default":"file","type":"choice","options":["file","attestations","referrers"]},{"name":"image","description":"lookup: referrers — the image, registry/repository@sha256:<hex> (its digest is the subject when subject-digest is empty).","required":false,"default":"","type":"string"},{"name":"evidence-dir","description":"The folder of pieces evidence-bundle wrote; when given, every piece of the signed manifest must be there with its digest.","required":false,"default":"","type":"string"},{"name":"signing","description":"sigstore: keyless bundles, verified against trusted-root and the signer identity; key: bundles signed with an Ed25519 key, verified with verify-key.","required":false,"default":"sigstore","type":"choice","options":["sigstore","key"]},{"name":"verify-key","description":"signing: key — the Ed25519 public key (PEM) the bundle must be signed with.","required":false,"default":"","type":"string"},{"name":"trusted-root","description":"signing: sigstore — a trusted_root.json (or JSON Lines of them, as gh attestation trusted-root prints; GitHub's instance for private repositories) to verify with (default: the Sigstore public-good root pinned in this release). Relative to the workspace.","required":false,"default":"","type":"string"},{"name":"repository","description":"owner/name the release is built from, exactly (default: GITHUB_REPOSITORY); also where lookup: attestations looks.","required":false,"default":"","type":"string"},{"name":"signer-workflow","description":"The workflow whose identity must sign, owner/repo/.github/workflows/file.yml, exactly (default: <repository>/.github/workflows/release.yml; name the hub's release.yml when you call it as a reusable workflow).","required":false,"default":"","type":"string"},{"name":"signer-ref","description":"Glob for the signing workflow's ref (the certificate identity after @); * never spans /.","required":false,"default":"refs/tags/v*","type":"string"},{"name":"require-gates","description":"The truth table: gates that must each have a result in the evidence, every one with verdict pass. Set it for all deploys in .ci-intel/config.yml (evidence-verify.require-gates).","required":false,"default":"pr-target-ban, workflow-policy, slsa-verify, referrer-presence, dr-freshness","type":"list"},{"name":"vsa-file","description":"Write a SLSA Verification Summary (https://slsa.dev/verification_summary/v1) in-toto statement for the subject to this file (relative to the workspace).","required":false,"default":"","type":"string"},{"name":"vsa-signing","description":"Sign the Verification Summary too: none (write the statement only), key (vsa-signing-key), or sigstore (keyless with the job OIDC identity; needs id-token: write). The Sigstore bundle goes to <vsa-file>.sigstore.json.","required":false,"default":"none","type":"choice","options":["none","key","sigstore"]},{"name":"vsa-signing-key","description":"vsa-signing: key — the Ed25519 private key (PEM, or its base64). Pass it from a secret.","required":false,"default":"","type":"secret"},{"name":"vsa-sigstore-instance","description":"vsa-signing: sigstore — auto (from the event payload), public-good, or github.","required":false,"default":"auto","type":"choice","options":["auto","public-good","github"]},{"name":"token","description":"Token for lookup: attestations (attestations: read).","required":false,"default":"${{ github.token }}","type":"secret"},{"name":"registry-username","description":"lookup: referrers — registry user (empty: anonymous).","required":false,"default":"","type":"string"},{"name":"registry-password","description":"lookup: referrers — registry password or token.","required":false,"default":"","type":"secret"},{"name":"insecure","description":"Plain HTTP to the registry; allowed only for 127.0.0.1, ::1 and localhost.","required":false,"default":"false","type":"boolean"},{"name":"timeout","description":"Bound on each GitHub API or registry request.","required":false,"default":"60s","type":"duration","min":1000,"max":600000,"integer":false},{"name":"mode","description":"enforce: the step fails unless the evidence admits the subject; audit: report only.","required":false,"default":"enforce","type":"choice","options":["enforce","audit"]}],"outputs":[{"name":"verdict","description":"pass (the evidence admits the subject), fail (a check failed or a piece is missing, named in the findings), error (could not check)."},{"name":"result-file","description":"Path of the full result (ci-intel.gate-result.v1 JSON)."},{"name":"bundle-digest","description":"sha256:<hex> of the bundle that admitted the subject."},{"name":"signer","description":"The verified signer: the certificate identity, or the key id."},{"name":"gates","description":"The truth table, gate=status, comma-separated."},{"name":"vsa-file","description":"The Verification Summary written (vsa-file)."},{"name":"vsa-bundle","description":"The signed Verification Summary (vsa-signing), a Sigstore bundle."}],"permissions":{"contents":"read"},"level":"artifact","using":"node24","main":"../../dist/evidence-verify/index.js"});
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_8__/* .registerActionSpec */ .RI({"gate":"pipeline-run","name":"ci-intel pipeline-run","description":"Records the current workflow run (or the run a workflow_run event names) as one pipeline_run.v1.2 NDJSON record: every finished job's status, attempt, duration, queue time, runner and machine class from the GitHub REST API; the gates' policies[] records and cache hits; tests from JUnit XML, coverage from lcov or Cobertura, resilience from a mutation.json; artifact links from the evidence bundle; cost from a documented, overridable runner price table. The record is validated against its schema before it is appended; one that fails is an error and is not written.","inputs":[{"name":"token","description":"Token for the GitHub REST API (actions: read). Falls back to GITHUB_TOKEN / GH_TOKEN in the environment.","required":false,"default":"${{ github.token }}","type":"secret"},{"name":"repository","description":"owner/name of the run to record (default: the workflow_run event's repository, else GITHUB_REPOSITORY).","required":false,"default":"","type":"string"},{"name":"run-id","description":"Workflow run id to record (default: the workflow_run event's run on workflow_run, else this run, GITHUB_RUN_ID).","required":false,"default":"","type":"string"},{"name":"run-attempt","description":"Attempt of that run (default: the event's or GITHUB_RUN_ATTEMPT; with an explicit run-id, its latest attempt).","required":false,"default":"","type":"number","min":1,"max":1000,"integer":true},{"name":"records","description":"Folders (searched four levels deep) or files holding the gates' policies.ndjson and cache-events.ndjson: this job's $RUNNER_TEMP/ci-intel and the other jobs' ci-intel-evidence-<job> artifacts downloaded beside it. Empty: $RUNNER_TEMP/ci-intel.","required":false,"default":"","type":"list"},{"name":"junit","description":"JUnit XML reports (files, folders of *.xml, or globs; one a line): jest-junit, pytest --junitxml, go-junit-report, Surefire. Each must match a file.","required":false,"default":"","type":"list"},{"name":"coverage","description":"Coverage reports (files or globs; one a line): lcov tracefiles or Cobertura XML. Each must match a file.","required":false,"default":"","type":"list"},{"name":"mutation","description":"A mutation-testing report (StrykerJS reports/mutation/mutation.json, mutation-testing-elements format) for tests.resilience.","required":false,"default":"","type":"string"},{"name":"evidence-bundle","description":"The release evidence JSON (evidence-bundle's release-evidence.json, or its in-toto Statement); its image_digest, sbom_uri, provenance_uri, signature_uri and release_evidence_uri fields go into the record.","required":false,"default":"","type":"string"},{"name":"runner-prices","description":"JSON file overriding the runner price table: {\"classes\": {name: {usd_per_minute, cpu, ram_gb?, gpu?}}, \"labels\": {runs-on label: class}} (docs/gates/pipeline-run.md).","required":false,"default":"","type":"string"},{"name":"output-file","description":"NDJSON file the record is appended to (default: $RUNNER_TEMP/ci-intel/pipeline-run.ndjson).","required":false,"default":"","type":"string"},{"name":"api-timeout","description":"How long one GitHub API request may take, its retries included, before the action gives up (error).","required":false,"default":"30s","type":"duration","min":1000,"max":600000,"integer":false},{"name":"api-retries","description":"Retries of a GitHub API request that failed with a 5xx or a network error.","required":false,"default":"3","type":"number","min":0,"max":10,"integer":true},{"name":"mode","description":"enforce: the step fails on error (no valid record written); audit: report only.","required":false,"default":"enforce","type":"choice","options":["enforce","audit"]}],"outputs":[{"name":"verdict","description":"pass (the record was validated and written) or error (it could not be built or failed its schema; nothing written)."},{"name":"result-file","description":"Path of the full result (ci-intel.gate-result.v1 JSON)."},{"name":"run-id","description":"The record's run_id: a deterministic UUID of repository, run id and attempt."},{"name":"record-file","description":"The NDJSON file the record was appended to (empty when none was written)."},{"name":"jobs-recorded","description":"Number of finished jobs in the record."},{"name":"jobs-left-out","description":"Names of the jobs left out because they had not finished, one a line."}],"permissions":{"actions":"read"},"level":"artifact","using":"node24","main":"../../dist/pipeline-run/index.js"});
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_8__/* .registerActionSpec */ .RI({"gate":"pr-target-ban","name":"ci-intel pr-target-ban","description":"Fails when a workflow uses the pull_request_target trigger (in any YAML form) unless a justified, unexpired, CODEOWNERS-approved allowlist entry covers it, and always fails when such a workflow (or a reusable workflow it calls) checks out or fetches the pull request's head.","inputs":[{"name":"workflows","description":"Workflow files, folders or globs to scan, newline- or comma-separated, relative to the repository root.","required":false,"default":".github/workflows/*.yml\n.github/workflows/*.yaml\n","type":"list"},{"name":"allowlist","description":"Path of the allowlist file (schema/pr-target-allowlist.v1.json). A missing file means no exceptions.","required":false,"default":".github/ci-intel/pr-target-allowlist.yml","type":"string"},{"name":"codeowners","description":"CODEOWNERS locations to try, first found wins (GitHub's own order).","required":false,"default":".github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS","type":"list"},{"name":"also-deny","description":"Extra triggers to treat like pull_request_target, e.g. workflow_run or issue_comment.","required":false,"default":"","type":"list"},{"name":"sarif-file","description":"Write findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).","required":false,"default":"","type":"string"},{"name":"mode","description":"enforce: the step fails on fail or error; audit: report only.","required":false,"default":"enforce","type":"choice","options":["enforce","audit"]}],"outputs":[{"name":"verdict","description":"pass, fail or error."},{"name":"result-file","description":"Path of the full result (ci-intel.gate-result.v1 JSON)."},{"name":"workflows-scanned","description":"How many workflow files were read."},{"name":"banned-workflows","description":"JSON list of workflow files that use a banned trigger without a valid exception."},{"name":"sarif-file","description":"The SARIF file written, when sarif-file was given."}],"permissions":{"contents":"read"},"level":"repository","using":"node24","main":"../../dist/pr-target-ban/index.js"});
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_8__/* .registerActionSpec */ .RI({"gate":"referrer-presence","name":"ci-intel referrer-presence","description":"Fails unless the image digest has verified attachments (SBOM, SLSA provenance, signature …) in the registry, found through the OCI 1.1 referrers API, the sha256-<hex> fallback tag, cosign's .sig/.att/.sbom tags or BuildKit attestation manifests; each attachment's manifest, subject and content are checked, never just the index entry.","inputs":[{"name":"image","description":"The image: registry/repository@sha256:<hex> (a tag is resolved and the digest reported). With oci-layout: a ref.name in index.json or a digest.","required":true,"type":"string"},{"name":"require","description":"Attachments that must be present, newline- or comma-separated: spdx, cyclonedx, slsa-provenance, signature, in-toto, or media types (application/spdx+json, application/vnd.cyclonedx+json, application/vnd.in-toto+json, application/vnd.dev.sigstore.bundle.v0.3+json, any other artifactType).","required":false,"default":"spdx\nslsa-provenance\n","type":"list"},{"name":"platforms","description":"For an image index: all (the index and every platform manifest must each satisfy require), index-only, or platforms-only (every platform manifest, not the index).","required":false,"default":"all","type":"choice","options":["all","index-only","platforms-only"]},{"name":"conventions","description":"Where to look, in order: referrers-api, tag-fallback, cosign-tags, buildx-index.","required":false,"default":"referrers-api, tag-fallback, cosign-tags, buildx-index","type":"list"},{"name":"oci-layout","description":"Read a local OCI image-layout directory (index.json + blobs/) instead of a registry.","required":false,"default":"","type":"string"},{"name":"username","description":"Registry user name (Basic auth or the token service). Empty: anonymous, or the job token for ghcr.io.","required":false,"default":"","type":"string"},{"name":"password","description":"Registry password or token.","required":false,"default":"","type":"secret"},{"name":"github-token","description":"Used as the password for ghcr.io when no password is given.","required":false,"default":"${{ github.token }}","type":"secret"},{"name":"insecure","description":"Plain HTTP; allowed only for 127.0.0.1, ::1 and localhost.","required":false,"default":"false","type":"boolean"},{"name":"timeout-seconds","description":"Time budget for all registry requests, retries of 429/5xx included.","required":false,"default":"60","type":"number","min":1,"max":3600,"integer":false},{"name":"mode","description":"enforce: the step fails on fail or error; audit: report only.","required":false,"default":"enforce","type":"choice","options":["enforce","audit"]}],"outputs":[{"name":"verdict","description":"pass, fail or error."},{"name":"result-file","description":"Path of the full result (ci-intel.gate-result.v1 JSON), with every request made."},{"name":"image-digest","description":"The digest checked (resolved from a tag when a tag was given)."},{"name":"found","description":"JSON: requirement → [{subject, platform, digest, convention, artifactType, predicateTypes}]."},{"name":"missing","description":"JSON list of {type, subject, platform} that have no verified attachment."}],"permissions":{"packages":"read"},"level":"artifact","using":"node24","main":"../../dist/referrer-presence/index.js"});
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_8__/* .registerActionSpec */ .RI({"gate":"sbom-vex","name":"ci-intel sbom-vex","description":"Gates a release on SBOM + VEX: joins scanner findings (grype, trivy, osv-scanner JSON) to the SBOM (CycloneDX 1.4–1.6 or SPDX 2.2/2.3 JSON) and the VEX statements (OpenVEX v0.2.0 or CycloneDX VEX), and blocks any finding with risk ≥ max-risk (the highest CVSS v3 base score, or the EPSS percentile × 10) or on CISA's KEV list, unless a justified, unexpired VEX not_affected for this product suppresses it. Offline; writes a normalised decision document.","inputs":[{"name":"sbom","description":"The SBOM of the release artifact: CycloneDX 1.4–1.6 or SPDX 2.2/2.3 JSON (path relative to the workspace).","required":true,"type":"string"},{"name":"reports","description":"One or more scanner reports of the same artifact: grype, trivy or osv-scanner JSON (format detected from the content).","required":true,"type":"list"},{"name":"vex","description":"Zero or more VEX documents: OpenVEX v0.2.0 or CycloneDX VEX JSON, or Sigstore bundles of them (required with vex-signer).","required":false,"default":"","type":"list"},{"name":"product","description":"Purls naming the released artifact, in addition to the SBOM subject (e.g. pkg:oci/app@sha256:…), that VEX products may name.","required":false,"default":"","type":"list"},{"name":"kev","description":"Pinned snapshot of the CISA KEV catalogue (known_exploited_vulnerabilities.json). Absent: the KEV rule does not run (recorded).","required":false,"default":"","type":"string"},{"name":"kev-sha256","description":"Expected sha256 of the kev snapshot (a swapped file is an error).","required":false,"default":"","type":"string"},{"name":"epss","description":"Pinned snapshot of the FIRST EPSS daily CSV (decompressed). Absent: EPSS does not count towards risk (recorded).","required":false,"default":"","type":"string"},{"name":"epss-sha256","description":"Expected sha256 of the epss snapshot.","required":false,"default":"","type":"string"},{"name":"max-risk","description":"Block findings whose risk (0–10) is at least this.","required":false,"default":"7","type":"number","min":0,"max":10,"integer":false},{"name":"max-vex-age","description":"A not_affected statement older than this no longer suppresses (the statement's own ci-intel:expires applies when earlier).","required":false,"default":"90d","type":"duration","min":3600000,"max":315360000000,"integer":false},{"name":"max-feed-age","description":"Oldest acceptable KEV/EPSS snapshot (by its own release/score date).","required":false,"default":"7d","type":"duration","min":3600000,"max":31622400000,"integer":false},{"name":"require-sbom-match","description":"A finding for a component the SBOM does not list is an error (the scan and the SBOM describe different things); false: a warning.","required":false,"default":"true","type":"boolean"},{"name":"vex-signer","description":"Require every VEX document to be a Sigstore bundle signed by this certificate identity (exact SAN or glob, e.g. https://github.com/acme/vex/.github/workflows/*).","required":false,"default":"","type":"string"},{"name":"vex-signer-issuer","description":"OIDC issuer of the VEX signer's certificate.","required":false,"default":"https://token.actions.githubusercontent.com","type":"string"},{"name":"trusted-root","description":"Sigstore trusted_root.json to verify VEX signatures with (default: the pinned public-good root).","required":false,"default":"","type":"string"},{"name":"decision-file","description":"Where to write the normalised decision document (default: in RUNNER_TEMP/ci-intel).","required":false,"default":"","type":"string"},{"name":"sarif-file","description":"Write findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).","required":false,"default":"","type":"string"},{"name":"now","description":"RFC 3339 time to judge against instead of the clock (replays and tests).","required":false,"default":"","type":"string"},{"name":"mode","description":"enforce: the step fails on fail or error; audit: report only.","required":false,"default":"enforce","type":"choice","options":["enforce","audit"]}],"outputs":[{"name":"verdict","description":"pass, fail or error."},{"name":"result-file","description":"Path of the full result (ci-intel.gate-result.v1 JSON)."},{"name":"decision-file","description":"Path of the decision document (ci-intel.sbom-vex-decision.v1): every finding with its risk, source, VEX statement and outcome."},{"name":"blocked","description":"Number of findings that block the release."},{"name":"suppressed","description":"Number of findings suppressed by a VEX statement."},{"name":"findings","description":"Number of distinct (vulnerability, component) findings."},{"name":"sarif-file","description":"The SARIF file written, when sarif-file was given."}],"permissions":{},"level":"artifact","using":"node24","main":"../../dist/sbom-vex/index.js"});
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_8__/* .registerActionSpec */ .RI({"gate":"schema-check","name":"ci-intel schema-check","description":"Fails when a telemetry record does not match its schema: every line of the NDJSON files given must be a pipeline_run record valid against the schema version it names (pipeline_run.v1.1 or v1.2); each line that is not (unparsable JSON and duplicate keys included) is one finding with its line, JSON pointer and rule. Given two schema versions, also says whether the change is compatible for readers (a new required field, a narrowed type, removed enum values, tightened bounds or patterns, or flipped additionalProperties break them). No file or no record is an error, never a pass.","inputs":[{"name":"files","description":"NDJSON files to validate: files, folders (their *.ndjson and *.jsonl files) or globs relative to the workspace, one a line.","required":false,"default":"","type":"list"},{"name":"compare-from","description":"The old schema: a JSON Schema file in the workspace, or a version the hub ships (pipeline_run.v1.1, pipeline_run.v1.2). With compare-to, the change is checked for reader compatibility.","required":false,"default":"","type":"string"},{"name":"compare-to","description":"The new schema, in either form compare-from takes.","required":false,"default":"","type":"string"},{"name":"max-file-bytes","description":"The largest NDJSON file read (streamed, never held whole); a larger one is an error.","required":false,"default":"1073741824","type":"number","min":1,"max":68719476736,"integer":true},{"name":"max-line-bytes","description":"The longest line (record) read; a longer one is a finding, and is not read into memory.","required":false,"default":"1048576","type":"number","min":2,"max":67108864,"integer":true},{"name":"max-records","description":"The most lines read across all files; more is an error (check fewer files at once).","required":false,"default":"10000000","type":"number","min":1,"max":1000000000,"integer":true},{"name":"max-findings","description":"The most invalid lines listed as findings (and annotations, SARIF results); the rest are counted.","required":false,"default":"1000","type":"number","min":1,"max":1000000,"integer":true},{"name":"sarif-file","description":"Write findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).","required":false,"default":"","type":"string"},{"name":"mode","description":"enforce: the step fails on fail or error; audit: report only.","required":false,"default":"enforce","type":"choice","options":["enforce","audit"]}],"outputs":[{"name":"verdict","description":"pass, fail or error."},{"name":"result-file","description":"Path of the full result (ci-intel.gate-result.v1 JSON)."},{"name":"records","description":"How many lines (records) were read."},{"name":"invalid-records","description":"How many of them are invalid."},{"name":"files-checked","description":"How many NDJSON files were read."},{"name":"compatible","description":"true or false when compare-from and compare-to were given, else empty."},{"name":"breaking-changes","description":"How many breaking schema changes were found (empty without compare inputs)."},{"name":"sarif-file","description":"The SARIF file written, when sarif-file was given."}],"permissions":{"contents":"read"},"level":"artifact","using":"node24","main":"../../dist/schema-check/index.js"});
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_8__/* .registerActionSpec */ .RI({"gate":"secretless","name":"ci-intel secretless","description":"Proves the job holds no long-lived credentials while it runs: scans the gate's own environment, every readable /proc/<pid>/environ of the job's uid (counting the ones the kernel refuses) and the files jobs leave credentials in (docker, npm, AWS, gcloud, kubeconfig, git extraheader), by name and by value (GitHub, AWS, PEM, JWT, secretlint's recommended rules, keyword-gated entropy). Only allowed names and tokens whose readable expiry is within max-token-ttl may be present. Reports names, locations and `***<rule>:<sha256 prefix>***`, never a value.","inputs":[{"name":"processes","description":"Sweep /proc/<pid>/environ of every process of the gate's uid (false: only the gate's own environment and the files).","required":false,"default":"true","type":"boolean"},{"name":"files","description":"Credentials files or folders to scan (~ is HOME; relative paths are in the workspace). Absent files are fine.","required":false,"default":"~/.docker/config.json, ~/.npmrc, ~/.aws/credentials, ~/.config/gcloud, ~/.kube/config, .git/config","type":"list"},{"name":"allow-names","description":"Environment variables that may hold a credential: the runner's own short-lived tokens. ACTIONS_ID_TOKEN_REQUEST_TOKEN is allowed only beside ACTIONS_ID_TOKEN_REQUEST_URL (id-token: write granted).","required":false,"default":"GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN","type":"list"},{"name":"max-token-ttl","description":"A token whose expiry can be read (a JWT, a stateless ghs_<app>_<JWT> token) is allowed when it lives at most this long from issue.","required":false,"default":"6h","type":"duration","min":60000,"max":2592000000,"integer":false},{"name":"token-issuers","description":"Issuers (JWT iss) whose short-lived tokens are allowed; empty: any issuer's.","required":false,"default":"","type":"list"},{"name":"library-rules","description":"Also run secretlint's recommended rules (Slack, Stripe, OpenAI, database URLs …) beside the gate's own; false: the gate's own rules only (faster on large files).","required":false,"default":"true","type":"boolean"},{"name":"on-unreadable","description":"A process of the gate's uid whose environ the kernel refuses: error (fail closed) or warn.","required":false,"default":"error","type":"choice","options":["error","warn"]},{"name":"sarif-file","description":"Write findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).","required":false,"default":"","type":"string"},{"name":"mode","description":"enforce: the step fails on fail or error; audit: report only.","required":false,"default":"enforce","type":"choice","options":["enforce","audit"]}],"outputs":[{"name":"verdict","description":"pass, fail or error."},{"name":"result-file","description":"Path of the full result (ci-intel.gate-result.v1 JSON)."},{"name":"credentials","description":"Number of credentials that are not allowed (long-lived, too long a TTL, untrusted issuer)."},{"name":"allowed","description":"Number of credentials present and allowed (allowed names and short-lived tokens)."},{"name":"processes-read","description":"Number of process environments read."},{"name":"processes-unreadable","description":"Number of processes of the gate's uid that could not be read."},{"name":"sarif-file","description":"The SARIF file written, when sarif-file was given."}],"permissions":{},"level":"artifact","using":"node24","main":"../../dist/secretless/index.js"});
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_8__/* .registerActionSpec */ .RI({"gate":"slsa-verify","name":"ci-intel slsa-verify","description":"Verifies SLSA provenance offline in pure TypeScript (sigstore-js, pinned public-good trust root): signature, Fulcio chain, SCT, Rekor proof, the GitHub identity in the certificate (exact matches only), that the provenance claims what the certificate proves, and that it covers the artifact.","inputs":[{"name":"artifact","description":"Artifact files to verify, as actions/upload-artifact takes path: paths or globs (release-artifacts/**/*), one per line or comma-separated, relative to the workspace; lines starting with ! exclude. A pattern that matches no file is an error. sha256 and sha512 are computed.","required":false,"default":"","type":"list"},{"name":"artifact-digest","description":"Artifact digest(s) instead of files: sha256:<hex> or sha512:<hex> (images, npm tarballs).","required":false,"default":"","type":"list"},{"name":"bundle","description":"The provenance: a Sigstore bundle (v0.1–v0.3), a JSONL of bundles, or an npm attestations document ({\"attestations\":[…]}).","required":false,"default":"","type":"string"},{"name":"fetch","description":"none: read bundle; github: fetch the attestations for the artifact sha256 from the GitHub attestations API of source-uri.","required":false,"default":"none","type":"choice","options":["none","github"]},{"name":"github-token","description":"Token for fetch: github (needs attestations: read for private repositories). Falls back to GITHUB_TOKEN.","required":false,"default":"${{ github.token }}","type":"secret"},{"name":"timeout","description":"Time limit per GitHub API request for fetch: github.","required":false,"default":"30s","type":"duration","min":1000,"max":600000,"integer":false},{"name":"source-uri","description":"The repository the artifact must be built from, e.g. github.com/acme/widget (exact; no ref).","required":true,"type":"string"},{"name":"source-tag","description":"The exact tag it must be built from, e.g. v1.2.3 (refs/tags/v1.2.3).","required":false,"default":"","type":"string"},{"name":"source-versioned-tag","description":"A semver tag match on the given parts: v1 accepts v1.x.y, v1.2 accepts v1.2.y.","required":false,"default":"","type":"string"},{"name":"source-branch","description":"The branch it must be built from, e.g. main.","required":false,"default":"","type":"string"},{"name":"builder-id","description":"The trusted builder, name[@vX.Y.Z]: a reusable workflow (pinned at a full release tag) or, for npm provenance, https://github.com/actions/runner/github-hosted.","required":false,"default":"","type":"string"},{"name":"signer-workflow","description":"The reusable workflow that signs, owner/repo/.github/workflows/file.yml (e.g. github/artifact-attestations-workflows/.github/workflows/attest.yml).","required":false,"default":"","type":"string"},{"name":"cert-oidc-issuer","description":"The OIDC issuer the certificate must name (exact).","required":false,"default":"https://token.actions.githubusercontent.com","type":"string"},{"name":"deny-self-hosted-runners","description":"Reject provenance whose certificate does not prove a GitHub-hosted runner.","required":false,"default":"true","type":"boolean"},{"name":"predicate-type","description":"Accepted provenance predicate types (add https://slsa.dev/provenance/v0.2 for older builds).","required":false,"default":"https://slsa.dev/provenance/v1","type":"list"},{"name":"trusted-root","description":"Path of a Sigstore trusted_root.json; default the public-good root pinned at build time (no network).","required":false,"default":"","type":"string"},{"name":"mode","description":"enforce: the step fails on fail or error; audit: report only.","required":false,"default":"enforce","type":"choice","options":["enforce","audit"]}],"outputs":[{"name":"verdict","description":"pass, fail or error."},{"name":"result-file","description":"Path of the full result (ci-intel.gate-result.v1 JSON)."},{"name":"verified-subjects","description":"JSON list of {name, digest, artifact} the provenance verified."},{"name":"builder-id","description":"The builder id of the provenance that verified."},{"name":"source-ref","description":"The source ref the certificate proves (e.g. refs/tags/v1.2.3)."},{"name":"source-digest","description":"The source commit the certificate proves."},{"name":"rekor-log-index","description":"Rekor log index of the verified provenance."}],"permissions":{"attestations":"read","contents":"read"},"level":"artifact","using":"node24","main":"../../dist/slsa-verify/index.js"});
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_8__/* .registerActionSpec */ .RI({"gate":"template-sync","name":"ci-intel template-sync","description":"Keeps a downstream repository on the hub's template: resolves the target hub release (a tag, or the newest on the stable or canary channel), three-way merges every rendered file with the repository's edits (ci-intel sync), and opens or updates exactly one pull request with the report, through the GitHub REST API. Conflicts are committed as markers, labelled, and fail the step.","inputs":[{"name":"to","description":"Hub release to move to (vX.Y.Z). Empty: the newest release on channel.","required":false,"default":"","type":"string"},{"name":"channel","description":"stable: the newest vX.Y.Z tag; canary: pre-releases too. Empty: the channel the lock records.","required":false,"default":"","type":"string"},{"name":"hub-repository","description":"owner/name of the hub. Empty: the hub the repository's lock records.","required":false,"default":"","type":"string"},{"name":"hub-url","description":"Git URL (or local path) of the hub repository. Empty: <server>/<hub-repository>.git.","required":false,"default":"","type":"string"},{"name":"token","description":"Token that pushes the sync branch and opens the pull request: a GitHub App installation token with contents, pull-requests and workflows write (GITHUB_TOKEN cannot push .github/workflows).","required":false,"default":"","type":"secret"},{"name":"github-token","description":"Fallback token when token is empty: enough only when no workflow file changes.","required":false,"default":"${{ github.token }}","type":"secret"},{"name":"repository","description":"owner/name of the repository to open the pull request in (default: GITHUB_REPOSITORY).","required":false,"default":"","type":"string"},{"name":"base","description":"Branch the pull request targets (default: the repository's default branch).","required":false,"default":"","type":"string"},{"name":"pull-request","description":"Open or update the pull request (false: only sync the working tree and report).","required":false,"default":"true","type":"boolean"},{"name":"report-file","description":"Write the sync report (JSON) here, relative to the workspace.","required":false,"default":"","type":"string"},{"name":"mode","description":"enforce: conflicts or errors fail the step; audit: report only.","required":false,"default":"enforce","type":"choice","options":["enforce","audit"]}],"outputs":[{"name":"verdict","description":"pass (clean or nothing to do), fail (conflicts), error (could not sync)."},{"name":"result-file","description":"Path of the gate result JSON."},{"name":"target-version","description":"The hub release synced to."},{"name":"pull-request-number","description":"The pull request opened or updated (empty when nothing changed)."},{"name":"pull-request-operation","description":"created, updated, not-updated (branch already had this tree) or none."},{"name":"conflicts","description":"Number of conflicted files."}],"permissions":{"contents":"read"},"level":"artifact","using":"node24","main":"../../dist/template-sync/index.js"});
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_8__/* .registerActionSpec */ .RI({"gate":"workflow-policy","name":"ci-intel workflow-policy","description":"Compliance-as-code for workflow files: third-party actions pinned by commit SHA, least-privilege permissions, no attacker-controlled expressions in scripts, no secrets: inherit outside the organisation, no credentials written into workflows, concurrency on push/pull_request and no persisted checkout credentials in jobs that upload artifacts. Findings as SARIF for code scanning.","inputs":[{"name":"workflows","description":"Workflow files, folders or globs to check, newline- or comma-separated, relative to the repository root.","required":false,"default":".github/workflows/*.yml\n.github/workflows/*.yaml\n","type":"list"},{"name":"policy","description":"Path of the policy file (schema/workflow-policy.v1.json): rule levels, pinning policies, exceptions. A missing default file means every rule at its default level.","required":false,"default":".github/ci-intel/workflow-policy.yml","type":"string"},{"name":"sarif-file","description":"Write findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).","required":false,"default":"","type":"string"},{"name":"online","description":"Run the audits that ask the GitHub API (impostor-commit, known-vulnerable-actions, stale-action-refs, archived-uses, ref-confusion, ref-version-mismatch against the tags). Off: they are reported as not run, never as passed.","required":false,"default":"false","type":"boolean"},{"name":"github-token","description":"Token for online: true and for resolving tags in fixes (read access to public repositories is enough). Falls back to GITHUB_TOKEN.","required":false,"default":"${{ github.token }}","type":"secret"},{"name":"online-timeout","description":"Time limit per GitHub API request of the online audits, its retries included.","required":false,"default":"30s","type":"duration","min":1000,"max":300000,"integer":false},{"name":"fix-diff","description":"Print the mechanical fixes (SHA pins with the version comment, persist-credentials: false, expressions moved from run: into env:) as a unified patch for git apply, and write it to the fix-diff-file output.","required":false,"default":"false","type":"boolean"},{"name":"fix","description":"Write the mechanical fixes into the workflow files (byte-for-byte edits; nothing else in the file changes). Fixed findings become notes.","required":false,"default":"false","type":"boolean"},{"name":"mode","description":"enforce: the step fails on fail or error; audit: report only.","required":false,"default":"enforce","type":"choice","options":["enforce","audit"]}],"outputs":[{"name":"verdict","description":"pass, fail or error."},{"name":"result-file","description":"Path of the full result (ci-intel.gate-result.v1 JSON)."},{"name":"findings-count","description":"Number of error and warning findings (excepted findings not counted)."},{"name":"workflows-scanned","description":"How many workflow files were read."},{"name":"sarif-file","description":"The SARIF file written, when sarif-file was given."},{"name":"fix-diff-file","description":"The unified patch of the fixes, when fix-diff or fix found something to fix."}],"permissions":{"contents":"read"},"level":"repository","using":"node24","main":"../../dist/workflow-policy/index.js"});
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_8__/* .registerSchemaValidators */ .Km({"dr-freshness-evidence.v1.json": _schema_0_cjs__WEBPACK_IMPORTED_MODULE_7__, "pr-target-allowlist.v1.json": _schema_1_cjs__WEBPACK_IMPORTED_MODULE_6__, "release-evidence.v1.json": _schema_2_cjs__WEBPACK_IMPORTED_MODULE_5__, "sbom-vex-grype-report.v1.json": _schema_3_cjs__WEBPACK_IMPORTED_MODULE_4__, "sbom-vex-kev.v1.json": _schema_4_cjs__WEBPACK_IMPORTED_MODULE_3__, "sbom-vex-osv-report.v1.json": _schema_5_cjs__WEBPACK_IMPORTED_MODULE_2__, "sbom-vex-trivy-report.v1.json": _schema_6_cjs__WEBPACK_IMPORTED_MODULE_1__, "workflow-policy.v1.json": _schema_7_cjs__WEBPACK_IMPORTED_MODULE_0__});


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
    out.push(spec.name && spec.name !== title ? `${title} — ${spec.name}` : title);
    out.push('');
    out.push(wrap(spec.description, 88, ''));
    out.push('');
    out.push(`usage: ci-intel ${spec.gate} [--<input> <value> …] [--format text|json|sarif] [--output FILE] [--workspace DIR] [--config FILE]`);
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
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(45632);

const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .cli */ .x)({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s)
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 45632:
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
/** Write all of `text` (a write may take fewer bytes than it is given). */
function writeAll(fd, text) {
    const bytes = Buffer.from(text, 'utf8');
    for (let off = 0; off < bytes.length;)
        off += writeSync(fd, bytes, off);
}
const WRAP_HEAD = '{\n  "f": [\n';
const WRAP_TAIL = '\n  ]\n}';
/** Findings written to the result file per write call. */
const FINDINGS_PER_WRITE = 512;
/**
 * `JSON.stringify(result, null, 2) + '\n'`, byte for byte, without building it as one string:
 * with thousands of findings that string (and its UTF-8 copy) would be the run's largest
 * allocation. The findings array is written a slice at a time, each finding indented as it sits
 * at depth 2; everything else is stringified as usual around it.
 */
function writeResultJson(file, result) {
    const findings = result.findings;
    if (!Array.isArray(findings) || findings.length === 0) {
        writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
        return;
    }
    // A placeholder that occurs nowhere else in the document (else the cut below would be wrong):
    // drawn again in the (astronomically unlikely) case that it does.
    let marker;
    let text;
    let at;
    do {
        marker = `ci-intel-findings-${randomId()}`;
        text = JSON.stringify({ ...result, findings: marker }, null, 2) + '\n';
        at = text.indexOf(JSON.stringify(marker));
    } while (at !== text.lastIndexOf(JSON.stringify(marker)));
    const fd = openSync(file, 'w');
    try {
        writeAll(fd, text.slice(0, at) + '[\n');
        for (let i = 0; i < findings.length; i += FINDINGS_PER_WRITE) {
            // Stringified where they sit in the result (depth 2), then cut out of `{"f": [ … ]}`.
            const wrapped = JSON.stringify({ f: findings.slice(i, i + FINDINGS_PER_WRITE) }, null, 2);
            const part = wrapped.slice(WRAP_HEAD.length, -WRAP_TAIL.length);
            writeAll(fd, i + FINDINGS_PER_WRITE < findings.length ? `${part},\n` : part);
        }
        writeAll(fd, '\n  ]' + text.slice(at + JSON.stringify(marker).length));
    }
    finally {
        closeSync(fd);
    }
}
function appendPolicyRecord(result, runnerTemp) {
    const dir = hubTempDir(runnerTemp);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, 'policies.ndjson');
    (0,external_node_fs_.appendFileSync)(file, JSON.stringify(policyRecord(result)) + '\n');
    return file;
}
function writeJsonFile(file, value) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
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
function toSarif(result, rules, toolVersion) {
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
    return {
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
                results: result.findings.map((f) => {
                    const fingerprint = (0,lazy_crypto/* nodeCrypto */.S)()
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
                })
            }
        ]
    };
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
// EXTERNAL MODULE: ./lib/core/duration.js
var duration = __nccwpck_require__(68415);
;// CONCATENATED MODULE: ./lib/core/inputs.js


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
    const show = (n) => (spec.type === 'duration' ? (0,duration/* formatDuration */.a)(n) : String(n));
    const whole = spec.integer ? ', a whole number' : '';
    return `${show(spec.min ?? -Infinity)} to ${show(spec.max ?? Infinity)}${whole}`;
}
/** Refuse a number or duration outside its declared range, naming the value and the range. */
function inRange(spec, raw, n) {
    const tooSmall = spec.min !== undefined && n < spec.min;
    const tooLarge = spec.max !== undefined && n > spec.max;
    if (tooSmall || tooLarge || (spec.integer && !Number.isInteger(n))) {
        throw new errors/* InputError */.dz(spec.name, `'${raw.trim()}' is out of range; allowed: ${describeRange(spec)}`);
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
            throw new errors/* InputError */.dz(spec.name, `'${raw}' is not a boolean; use true or false`);
        case 'number': {
            const n = DECIMAL.test(raw.trim()) ? Number(raw.trim()) : NaN;
            if (!Number.isFinite(n)) {
                throw new errors/* InputError */.dz(spec.name, `'${raw}' is not a number; allowed: ${describeRange(spec)}`);
            }
            return inRange(spec, raw, n);
        }
        case 'choice': {
            const v = raw.trim();
            if (!spec.options?.includes(v)) {
                throw new errors/* InputError */.dz(spec.name, `'${v}' is not one of: ${spec.options?.join(', ')}`);
            }
            return v;
        }
        case 'list':
            return splitList(raw);
        case 'duration': {
            const ms = (0,duration/* parseDuration */.E)(raw);
            if (ms === undefined) {
                throw new errors/* InputError */.dz(spec.name, `'${raw}' is not a duration; write e.g. 90s, 36h, 7d, 1d12h or ISO 8601 P7D / PT36H`);
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
            throw new errors/* InputError */.dz(name, 'is required here');
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
            throw new errors/* InputError */.dz(name, `gate ${spec.gate} has no such input; it takes: ${[...known].join(', ')}`);
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
                throw new errors/* InputError */.dz(input.name, `is required (${input.description.trim()})`);
            }
            continue;
        }
        values.set(input.name, convert(input, text));
    }
    return new Inputs(spec, values);
}

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
        let effectiveRaw = raw;
        if (!options.noConfig) {
            const label = options.given ?? 'flag';
            // Unknown input names are reported by parseInputs, against the action.yml.
            parseInputs(spec, raw);
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
        inputs = parseInputs(spec, effectiveRaw);
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
;// CONCATENATED MODULE: ./lib/gates/registry.js
const GATES = {
    'cache-sentinel': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(5273), __nccwpck_require__.e(3145)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63145))).cacheSentinel,
    determinism: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(663), __nccwpck_require__.e(6118), __nccwpck_require__.e(1333)]).then(__nccwpck_require__.bind(__nccwpck_require__, 11333))).determinism,
    'dr-freshness': async () => (await __nccwpck_require__.e(/* import() */ 9744).then(__nccwpck_require__.bind(__nccwpck_require__, 9744))).drFreshness,
    'egress-check': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(4894), __nccwpck_require__.e(6957)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16957))).egressCheck,
    'evidence-bundle': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(9654), __nccwpck_require__.e(4187), __nccwpck_require__.e(5273), __nccwpck_require__.e(9831), __nccwpck_require__.e(4590), __nccwpck_require__.e(5538)]).then(__nccwpck_require__.bind(__nccwpck_require__, 45538))).evidenceBundle,
    'evidence-verify': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(9654), __nccwpck_require__.e(4187), __nccwpck_require__.e(5273), __nccwpck_require__.e(9831), __nccwpck_require__.e(4590), __nccwpck_require__.e(9532)]).then(__nccwpck_require__.bind(__nccwpck_require__, 39532))).evidenceVerify,
    'pipeline-run': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(9800), __nccwpck_require__.e(9726), __nccwpck_require__.e(2716), __nccwpck_require__.e(7086)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67086))).pipelineRun,
    'pr-target-ban': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3021), __nccwpck_require__.e(2506), __nccwpck_require__.e(2151), __nccwpck_require__.e(39)]).then(__nccwpck_require__.bind(__nccwpck_require__, 30039))).prTargetBan,
    'referrer-presence': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(9654), __nccwpck_require__.e(8782), __nccwpck_require__.e(3749)]).then(__nccwpck_require__.bind(__nccwpck_require__, 13749))).referrerPresence,
    'sbom-vex': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(9654), __nccwpck_require__.e(4187), __nccwpck_require__.e(5273), __nccwpck_require__.e(2675), __nccwpck_require__.e(402)]).then(__nccwpck_require__.bind(__nccwpck_require__, 50402))).sbomVex,
    'schema-check': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3021), __nccwpck_require__.e(8815), __nccwpck_require__.e(2716), __nccwpck_require__.e(1595)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1595))).schemaCheck,
    secretless: async () => (await __nccwpck_require__.e(/* import() */ 3843).then(__nccwpck_require__.bind(__nccwpck_require__, 3843))).secretless,
    'slsa-verify': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(9654), __nccwpck_require__.e(4187), __nccwpck_require__.e(5273), __nccwpck_require__.e(9831), __nccwpck_require__.e(5550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5550))).slsaVerify,
    'template-sync': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3021), __nccwpck_require__.e(8815), __nccwpck_require__.e(9726), __nccwpck_require__.e(5100), __nccwpck_require__.e(9718)]).then(__nccwpck_require__.bind(__nccwpck_require__, 79718))).templateSync,
    'workflow-policy': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3021), __nccwpck_require__.e(2506), __nccwpck_require__.e(2151), __nccwpck_require__.e(9570)]).then(__nccwpck_require__.bind(__nccwpck_require__, 29570))).workflowPolicy
};

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
        .filter((g) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'actions', g, 'action.yml')) && g in GATES)
        .sort();
    return Promise.all(gates.map(specOf));
}
async function mainHelp() {
    const lines = [
        `ci-intel ${version/* HUB_VERSION */.h} — fail-closed CI/CD trust gates, the same code as the GitHub Actions`,
        '',
        'usage:',
        '  ci-intel <gate> [--<input> <value> …] [--format text|json|sarif] [--output FILE] [--workspace DIR]',
        '  ci-intel check [--format text|json] [--output FILE] [--workspace DIR]',
        '                                                          run the repository gates on a checkout',
        '  ci-intel <gate> --help                                  inputs of one gate',
        '  ci-intel config [<gate> …] [--format text|json]         effective configuration with origins',
        '  ci-intel doctor [--format text|json]                    is this machine and repository ready?',
        '  ci-intel init [--yes] [--answers FILE]                  adopt the hub: config, workflows, lock',
        '  ci-intel sync [--to vX.Y.Z | --channel stable]          merge the hub template into this repository',
        '  ci-intel report <ndjson files | folder> [--html FILE]   pipeline_run records → health, DORA, denials',
        '',
        'gates:'
    ];
    for (const s of await specs()) {
        lines.push(`  ${s.gate.padEnd(20)} ${s.description.replace(/\s+/g, ' ').slice(0, 100)}${s.description.length > 100 ? '…' : ''}`);
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
    if (options.output) {
        try {
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, options.output), text);
        }
        catch (err) {
            throw new args/* UsageError */.eb(`--output ${options.output}: cannot write: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        io.stderr(`wrote ${options.output}\n`);
    }
    else
        io.stdout(text);
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
    const gate = await GATES[gateName]();
    const redactor = new redact/* Redactor */.pO();
    const result = await runGate(gate, raw, context(io, workspace, redactor), {
        spec,
        redactor,
        configFile: options.config
    });
    if (io.env.GITHUB_ACTIONS === 'true' && io.env.RUNNER_TEMP)
        appendPolicyRecord(result, io.env.RUNNER_TEMP);
    if (options.format === 'json')
        emit(io, options, JSON.stringify(result, null, 2) + '\n');
    else if (options.format === 'sarif') {
        emit(io, options, JSON.stringify(toSarif(result, gate.rules, version/* HUB_VERSION */.h), null, 2) + '\n');
    }
    else
        emit(io, options, textReport(result));
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
        const gate = await GATES[spec.gate]();
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
            return await (await Promise.all(/* import() */[__nccwpck_require__.e(2716), __nccwpck_require__.e(4723)]).then(__nccwpck_require__.bind(__nccwpck_require__, 34723))).reportCommand(io, rest);
        if (!(command in GATES)) {
            throw new args/* UsageError */.eb(`unknown gate '${command}'; gates: ${Object.keys(GATES).join(', ')} (or 'check')`);
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
;// CONCATENATED MODULE: ./lib/core/sha256.js
/**
 * SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, as lowercase hex — for the one digest every
 * gate run computes (the effective configuration's, src/config/resolve.ts), so that a run that
 * needs no other cryptography does not load `node:crypto` for it (./lazy-crypto.ts). Equal to
 * `createHash('sha256').update(text).digest('hex')` byte for byte (test/core/sha256.test.ts);
 * meant for small inputs (kilobytes): larger data goes through `node:crypto`.
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
/** Structured sections: config key → [document schema file, property of that document]. */
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
/* harmony export */   RI: () => (/* binding */ registerActionSpec),
/* harmony export */   jO: () => (/* binding */ schemasCompiledAtBuild),
/* harmony export */   o$: () => (/* binding */ registeredSchemaValidator),
/* harmony export */   wP: () => (/* binding */ registeredActionSpec)
/* harmony export */ });
const specs = new Map();
const validators = new Map();
let bundled = false;
function registerActionSpec(spec) {
    specs.set(spec.gate, spec);
}
/** The spec the build compiled into this bundle, if any. */
function registeredActionSpec(gate) {
    return specs.get(gate);
}
/**
 * Validators for `schema/<name>` (e.g. `workflow-policy.v1.json`), generated at build time: every
 * schema the bundle's code names. After this, a schema that was not registered is a build defect
 * (the bundle carries no ajv compiler), reported as such instead of compiled.
 */
function registerSchemaValidators(all) {
    for (const [name, validate] of Object.entries(all))
        validators.set(name, validate);
    bundled = true;
}
/** True in a bundle whose schemas were compiled at build time. */
function schemasCompiledAtBuild() {
    return bundled;
}
function registeredSchemaValidator(name) {
    return validators.get(name);
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

/***/ 87495:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ nodeCrypto)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(98995);
/**
 * `node:crypto` on demand. Loading it costs about as much as a quarter of Node's own start
 * (its internal modules are not in the startup snapshot), so code that needs it only on some
 * runs — SARIF fingerprints, signing, a digest of a file — asks for it here, at the point of
 * use, instead of importing it at the top of a module every run evaluates. A static
 * `import … from 'node:crypto'` in a module the bundle's entry reaches loads it at every start.
 */

let loaded;
/** The `node:crypto` module, loaded on the first call. */
function nodeCrypto() {
    loaded ??= (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url)('node:crypto');
    return loaded;
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
 * regular file on the open descriptor (a FIFO, device, socket or directory — or a symlink to
 * one — is refused), and read with the byte limit enforced while reading, never from `stat`
 * alone (`/dev/zero` and `/proc` files report size 0).
 */

class FileReadError extends Error {
    file;
    help;
    code;
    name = 'FileReadError';
    constructor(message, file, help, 
    /** The errno code of a failed open (`ENOENT` …), or `not-regular` / `too-large`. */
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
const TOKEN_PATTERNS = [
    /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g, // GitHub tokens
    /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
    /\bAKIA[0-9A-Z]{16}\b/g, // AWS access key ids
    /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, // JWTs (OIDC and registry tokens)
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g
];
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
/** `value` and the forms it takes when encoded for a URL, JSON, a header or base64. */
function secretForms(value) {
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
 * Register a secret learnt during the run — a bearer token a registry's token service handed
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
class Redactor {
    secrets = new Set();
    /** Longest first, so a secret inside a longer one cannot leave the rest behind. */
    sorted = [];
    sortedFor = '';
    needles() {
        const key = `${this.secrets.size}/${runtimeVersion}`;
        if (key !== this.sortedFor) {
            this.sorted = [...new Set([...this.secrets, ...runtimeSecrets])].sort((a, b) => b.length - a.length);
            this.sortedFor = key;
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
            else if (k === 'findings' && Array.isArray(v)) {
                out[k] = v.map((f) => Object.fromEntries(Object.entries(f).map(([fk, fv]) => [fk, FINDING_FIXED.has(fk) ? fv : this.walk(fv)])));
            }
            else
                out[k] = this.walk(v);
        }
        return out;
    }
    walk(value) {
        if (typeof value === 'string')
            return this.redact(value);
        if (Array.isArray(value))
            return value.map((v) => this.walk(v));
        if (value && typeof value === 'object') {
            const out = {};
            for (const [k, v] of Object.entries(value))
                out[this.redact(k)] = this.walk(v);
            return out;
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
 * parsed strictly. A document that is valid JSON but repeats a key is refused as it is — it is
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

/***/ 18067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ HUB_VERSION)
/* harmony export */ });
/** The hub's version, stamped into SARIF and evidence. Kept in step with package.json by a test. */
const HUB_VERSION = '0.1.0';


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
 * `${{ … }}` (a GitHub Actions expression) is left alone. A block tag
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
