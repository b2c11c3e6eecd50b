import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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

/***/ 181:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("buffer") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer"));

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:crypto") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto"));

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:fs") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs"));

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:path") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path"));

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:url") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url"));

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("process") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process"));

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // \u2192 key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '\u2026' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '\u2026';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '\u2026\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` \u2013 Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` \u2013 Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` \u2013 Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` \u2013 The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 2801:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _core_actions_adapter_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3090);
/* harmony import */ var _gates_schema_check_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6459);


await (0,_core_actions_adapter_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)(_gates_schema_check_index_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaCheck */ .u);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7511:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _register_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2990);
/* harmony import */ var _actions_schema_check_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2801);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_actions_schema_check_js__WEBPACK_IMPORTED_MODULE_1__]);
_actions_schema_check_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 2990:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var _core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1855);

_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerBundleEntry */ .SK(import.meta.url);
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("schema-check", "{\"gate\":\"schema-check\",\"name\":\"ci-intel schema-check\",\"description\":\"Fails when a telemetry record does not match its schema: every line of the NDJSON files given must be a pipeline_run record valid against the schema version it names (pipeline_run.v1.1 or v1.2); each line that is not (unparsable JSON and duplicate keys included) is one finding with its line, JSON pointer and rule. Given two schema versions, also says whether the change is compatible for readers (a new required field, a narrowed type, removed enum values, tightened bounds or patterns, or flipped additionalProperties break them). No file or no record is an error, never a pass.\",\"inputs\":[{\"name\":\"files\",\"description\":\"NDJSON files to validate: files, folders (their *.ndjson and *.jsonl files) or globs relative to the workspace, one a line.\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"compare-from\",\"description\":\"The old schema: a JSON Schema file in the workspace, or a version the hub ships (pipeline_run.v1.1, pipeline_run.v1.2). With compare-to, the change is checked for reader compatibility.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"compare-to\",\"description\":\"The new schema, in either form compare-from takes.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"max-file-bytes\",\"description\":\"The largest NDJSON file read (streamed, never held whole); a larger one is an error.\",\"required\":false,\"default\":\"1073741824\",\"type\":\"number\",\"min\":1,\"max\":68719476736,\"integer\":true},{\"name\":\"max-line-bytes\",\"description\":\"The longest line (record) read; a longer one is a finding, and is not read into memory.\",\"required\":false,\"default\":\"1048576\",\"type\":\"number\",\"min\":2,\"max\":67108864,\"integer\":true},{\"name\":\"max-records\",\"description\":\"The most lines read across all files; more is an error (check fewer files at once).\",\"required\":false,\"default\":\"10000000\",\"type\":\"number\",\"min\":1,\"max\":1000000000,\"integer\":true},{\"name\":\"max-findings\",\"description\":\"The most invalid lines listed as findings (and annotations, SARIF results); the rest are counted.\",\"required\":false,\"default\":\"1000\",\"type\":\"number\",\"min\":1,\"max\":1000000,\"integer\":true},{\"name\":\"sarif-file\",\"description\":\"Write findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"mode\",\"description\":\"enforce: the step fails on fail or error; audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass, fail or error.\"},{\"name\":\"result-file\",\"description\":\"Path of the full result (ci-intel.gate-result.v1 JSON).\"},{\"name\":\"records\",\"description\":\"How many lines (records) were read.\"},{\"name\":\"invalid-records\",\"description\":\"How many of them are invalid.\"},{\"name\":\"files-checked\",\"description\":\"How many NDJSON files were read.\"},{\"name\":\"compatible\",\"description\":\"true or false when compare-from and compare-to were given, else empty.\"},{\"name\":\"breaking-changes\",\"description\":\"How many breaking schema changes were found (empty without compare inputs).\"},{\"name\":\"sarif-file\",\"description\":\"The SARIF file written, when sarif-file was given.\"}],\"permissions\":{\"contents\":\"read\"},\"level\":\"artifact\",\"using\":\"node24\",\"main\":\"../../dist/schema-check/index.js\"}");
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSchemaValidators */ .Km({});


/***/ }),

/***/ 7454:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ DEFAULT_CONFIG_FILE)
/* harmony export */ });
/** Where a repository's configuration lives unless CI_INTEL_CONFIG or --config names another. */
const DEFAULT_CONFIG_FILE = '.ci-intel/config.yml';


/***/ }),

/***/ 8159:
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

/***/ 6370:
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

/***/ 1376:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  hubRoot: () => (/* reexport */ hubRoot),
  loadActionSpec: () => (/* binding */ loadActionSpec),
  parseActionSpec: () => (/* binding */ parseActionSpec)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./lib/core/build-registry.js
var build_registry = __nccwpck_require__(1855);
// EXTERNAL MODULE: ./lib/core/duration.js
var duration = __nccwpck_require__(8415);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./lib/core/hub-root.js
/** The hub's root folder (where actions/, schema/ and package.json are), found from a module. */



/**
 * The hub's root: the nearest ancestor of this module (src/core, lib/core or dist/<bundle>)
 * that holds an `actions/` folder.
 */
function hubRoot(from = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    let dir = (0,external_node_path_.resolve)(from);
    for (;;) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'actions')) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'package.json')))
            return dir;
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            throw new Error(`cannot find the hub's actions/ folder above ${from}`);
        dir = parent;
    }
}

;// CONCATENATED MODULE: ./lib/core/action-spec.js
/**
 * Reads `actions/<gate>/action.yml`, the single source of truth for a gate's interface.
 *
 * Besides GitHub's own keys (`description`, `required`, `default`), an input may carry `type`
 * (string, boolean, number, choice, list, duration, secret), `options` (for choice) and, for
 * number and duration inputs, the range they accept: `min`, `max` (numbers; for a duration,
 * durations such as `1s` or `30d`) and `integer: true` (numbers only). Every number and duration
 * input must declare `min` and `max`: an unbounded timeout or count (`-5`, `0.001`,
 * `3000000000`) is never what a user meant. A
 * top-level `ci-intel:` block holds hub metadata: `permissions` the gate needs and `level`
 * (`repository` gates run under `ci-intel check`). The runner's action schema accepts loose keys
 * at both places, so the file stays a valid action.
 */







const INPUT_TYPES = [
    'string',
    'boolean',
    'number',
    'choice',
    'list',
    'duration',
    'secret'
];
function asRecord(v, where) {
    if (v === undefined || v === null)
        return {};
    if (typeof v !== 'object' || Array.isArray(v))
        throw new Error(`${where} must be a mapping`);
    return v;
}
/** The declared range of a number or duration input (both ends required). */
function rangeOf(i, type, where) {
    const bound = (key) => {
        const v = i[key];
        if (v === undefined || v === null || v === '') {
            throw new Error(`${where} is a ${type} without '${key}'; declare the range it accepts (min and max)`);
        }
        const n = type === 'duration' ? (0,duration/* parseDuration */.E)(String(v)) : typeof v === 'number' ? v : NaN;
        if (n === undefined || !Number.isFinite(n)) {
            throw new Error(`${where}.${key} '${String(v)}' is not a ${type === 'duration' ? 'duration (e.g. 1s, 30d)' : 'number'}`);
        }
        return n;
    };
    const min = bound('min');
    const max = bound('max');
    if (min > max)
        throw new Error(`${where}: min is larger than max`);
    if (i.integer !== undefined && (type !== 'number' || typeof i.integer !== 'boolean')) {
        throw new Error(`${where}.integer must be true or false, on a number input`);
    }
    return { min, max, integer: i.integer === true };
}
/** Parse the text of an action.yml into a validated ActionSpec (throws on a malformed file). */
function parseActionSpec(gate, text) {
    const doc = asRecord((0,dist/* parse */.qg)(text), `actions/${gate}/action.yml`);
    const where = `actions/${gate}/action.yml`;
    const inputs = Object.entries(asRecord(doc.inputs, `${where}: inputs`)).map(([name, raw]) => {
        const i = asRecord(raw, `${where}: inputs.${name}`);
        const type = (i.type ?? 'string');
        if (!INPUT_TYPES.includes(type)) {
            throw new Error(`${where}: inputs.${name}.type '${String(type)}' is not one of ${INPUT_TYPES.join(', ')}`);
        }
        const options = Array.isArray(i.options) ? i.options.map(String) : undefined;
        if (type === 'choice' && !options?.length) {
            throw new Error(`${where}: inputs.${name} is a choice without options`);
        }
        const spec = {
            name,
            description: String(i.description ?? ''),
            required: i.required === true,
            default: i.default === undefined ? undefined : String(i.default),
            type,
            options
        };
        if (type === 'number' || type === 'duration') {
            Object.assign(spec, rangeOf(i, type, `${where}: inputs.${name}`));
        }
        else if (i.min !== undefined || i.max !== undefined || i.integer !== undefined) {
            throw new Error(`${where}: inputs.${name}: min/max/integer apply to number and duration`);
        }
        return spec;
    });
    const outputs = Object.entries(asRecord(doc.outputs, `${where}: outputs`)).map(([name, raw]) => ({
        name,
        description: String(asRecord(raw, `${where}: outputs.${name}`).description ?? '')
    }));
    const runs = asRecord(doc.runs, `${where}: runs`);
    const meta = asRecord(doc['ci-intel'], `${where}: ci-intel`);
    const permissions = Object.fromEntries(Object.entries(asRecord(meta.permissions, `${where}: ci-intel.permissions`)).map(([k, v]) => [
        k,
        String(v)
    ]));
    return {
        gate,
        name: String(doc.name ?? gate),
        description: String(doc.description ?? ''),
        inputs,
        outputs,
        permissions,
        level: meta.level === 'repository' ? 'repository' : 'artifact',
        using: String(runs.using ?? ''),
        main: String(runs.main ?? ''),
        post: runs.post === undefined ? undefined : String(runs.post)
    };
}
const cache = new Map();
/**
 * Load and cache `actions/<gate>/action.yml`. In a bundle, the spec the build compiled in is used
 * (no file read, no YAML parse) unless another root is named.
 */
function loadActionSpec(gate, root) {
    if (root === undefined) {
        const built = (0,build_registry/* registeredActionSpec */.wP)(gate);
        if (built)
            return built;
        root = hubRoot();
    }
    const key = `${root}\0${gate}`;
    let spec = cache.get(key);
    if (!spec) {
        const file = (0,external_node_path_.join)(root, 'actions', gate, 'action.yml');
        spec = parseActionSpec(gate, (0,external_node_fs_.readFileSync)(file, 'utf8'));
        cache.set(key, spec);
    }
    return spec;
}


/***/ }),

/***/ 3090:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runAction)
});

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = (process.getBuiltinModule?.("node:os") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os"));
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/core/build-registry.js
var build_registry = __nccwpck_require__(1855);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = (process.getBuiltinModule?.("node:module") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module"));
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __nccwpck_require__(4630);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __nccwpck_require__(6613);
;// CONCATENATED MODULE: ./lib/core/offload.js
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
const workerThreads = () => (threads ??= (0,external_node_module_namespaceObject.createRequire)(import.meta.url)('node:worker_threads'));
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
    return registeredBundleEntry() !== undefined || /\.m?js$/.test(module);
}
function encodeError(err) {
    if (err instanceof InputError) {
        return {
            type: 'InputError',
            input: err.input,
            message: err.message.slice(`input '${err.input}': `.length)
        };
    }
    if (err instanceof FileReadError) {
        return {
            type: 'FileReadError',
            message: err.message,
            file: err.file,
            help: err.help,
            code: err.code
        };
    }
    if (err instanceof JsonDocumentError) {
        return {
            type: 'JsonDocumentError',
            message: err.message,
            line: err.line,
            pointer: err.pointer
        };
    }
    if (err instanceof GateError) {
        const { help, file, line, column } = err;
        return { type: 'GateError', message: err.message, help, file, line, column };
    }
    return { type: 'Error', message: errorMessage(err) };
}
/** The error the task threw, as the same class (the verdict and its finding depend on it). */
function decodeError(e) {
    switch (e.type) {
        case 'InputError':
            return new InputError(e.input ?? '', e.message);
        case 'FileReadError':
            return new FileReadError(e.message, e.file ?? '', e.help ?? '', e.code);
        case 'JsonDocumentError':
            return new JsonDocumentError(e.message, e.line, e.pointer);
        case 'GateError':
            return new GateError(e.message, e.help, e.file, e.line, e.column);
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
    const entry = registeredBundleEntry() ?? options.module;
    const setup = { task, gate: options.gate };
    return new Worker(fileURLToPath(entry), {
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
        worker.on('error', (err) => settle(() => reject(new GateError(err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `the ${task} worker ran out of memory`
            : `the ${task} worker failed: ${typeof err?.message === 'string' ? err.message : String(err)}`, 'The gate could not decide and fails closed; re-run, and report it if it repeats.'))));
        worker.on('exit', (code) => settle(() => reject(new GateError(`the ${task} worker ended (exit code ${code}) without an answer`, 'The gate could not decide and fails closed; re-run, and report it if it repeats.'))));
        order({ kind: 'start', payload });
    });
}

;// CONCATENATED MODULE: ./lib/core/lazy-findings.js
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

;// CONCATENATED MODULE: ./lib/core/redact.js
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
        return mapFindings(findings, (f) => {
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./lib/core/unique-token.js
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
        const placeholder = `ci-intel-array-${randomId()}`;
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
function writePieces(file, pieces) {
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
    const dir = (0,external_node_path_.join)(hubTempDir(runnerTemp), 'results');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const stamp = result.startedAt.replace(/[:.]/g, '-');
    const file = (0,external_node_path_.join)(dir, `${result.gate}-${stamp}-${process.pid}.json`);
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
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    writePieces(file, pieces);
}
function appendPolicyRecord(result, runnerTemp) {
    const dir = hubTempDir(runnerTemp);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, 'policies.ndjson');
    (0,external_node_fs_.appendFileSync)(file, JSON.stringify(policyRecord(result)) + '\n');
    return file;
}

;// CONCATENATED MODULE: ./lib/core/report/markdown.js
const ICON = { pass: '\u2705', fail: '\u274c', error: '\u26d4' };
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function markdown_location(f) {
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
            const row = `| ${f.severity} | \`${f.rule}\` | ${markdown_location(f)} | ${escapeCell(f.message)} | ${escapeCell(f.help ?? '')} |`;
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

;// CONCATENATED MODULE: ./lib/core/lazy-crypto.js
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
    loaded ??= (0,external_node_module_namespaceObject.createRequire)(import.meta.url)('node:crypto');
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
        const fingerprint = nodeCrypto()
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

;// CONCATENATED MODULE: ./lib/core/result.js
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

;// CONCATENATED MODULE: ./lib/core/std-write.js
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
            done += (0,external_node_fs_.writeSync)(fd, bytes, done, bytes.length - done);
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

;// CONCATENATED MODULE: ./lib/core/runner-commands.js
/**
 * The Actions runner's command protocol, written directly: workflow commands on stdout
 * (`::error file=\u2026,line=\u2026::message`, `::add-mask::\u2026`, `::debug::\u2026`) and file commands appended to
 * the files the runner names (`GITHUB_OUTPUT`, `GITHUB_STATE`, `GITHUB_STEP_SUMMARY`), with the
 * same escaping and heredoc delimiters as `@actions/core`. It exists so an action starts without
 * `@actions/core`, whose import loads its HTTP client and undici for the OIDC token whether or not
 * a token is ever asked for (tens of milliseconds at every start). The one thing it does not do,
 * fetching the job's OIDC token, is in ./oidc-token.ts, which loads `@actions/core` on demand.
 */




function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command key=value,\u2026::message` on stdout; properties with no value are left out. */
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    writeStdout(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
/** Append `name<<delimiter \u2026 delimiter` to the file the runner named in GITHUB_<command>. */
function issueFileCommand(command, name, value) {
    const file = process.env[`GITHUB_${command}`];
    if (!file)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    // A delimiter that occurs in neither the name nor the value (drawn again if it would).
    const delimiter = uniqueToken('ghadelimiter_', name, value);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
}
function annotationProps(p) {
    return {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn
    };
}
/** An input as the runner passes it (`INPUT_<NAME>`, spaces as underscores), trimmed. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', name, value);
    writeStdout(external_node_os_namespaceObject.EOL);
    issueCommand('set-output', { name }, value);
}
/** Values the main step hands its post step (read back there as STATE_<name>). */
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        return issueFileCommand('STATE', name, value);
    issueCommand('save-state', { name }, value);
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function setSecret(value) {
    issueCommand('add-mask', {}, value);
}
function info(message) {
    writeStdout(message + external_node_os_namespaceObject.EOL);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function notice(message, props = {}) {
    issueCommand('notice', annotationProps(props), message);
}
function warning(message, props = {}) {
    issueCommand('warning', annotationProps(props), message);
}
function error(message, props = {}) {
    issueCommand('error', annotationProps(props), message);
}
/** An error annotation, and the step's exit code 1. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/**
 * Append Markdown to the job summary (a string, or parts written one after the other); throws
 * when the runner gave no summary file.
 */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    if (typeof markdown === 'string')
        (0,external_node_fs_.appendFileSync)(file, markdown, 'utf8');
    else
        for (const part of markdown)
            (0,external_node_fs_.appendFileSync)(file, part, 'utf8');
}

// EXTERNAL MODULE: ./lib/core/duration.js
var duration = __nccwpck_require__(8415);
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

// EXTERNAL MODULE: ./lib/config/default-file.js
var default_file = __nccwpck_require__(7454);
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
    const loaded = nodeCryptoIfLoaded();
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
var positions = __nccwpck_require__(6370);
// EXTERNAL MODULE: ./lib/config/errors.js
var config_errors = __nccwpck_require__(8159);
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
                    throw new config_errors/* ConfigError */.x(`${id} is locked by ${layers.org.label} at ${base ? JSON.stringify(toRaw(input, base.value)) : 'its default'}; ${c.origin.label} sets it to ${JSON.stringify(toRaw(input, c.value))}`, c.origin.file, `Remove ${key} from ${c.origin.kind === 'with' ? "the step's with: (or the CLI flag)" : c.origin.label.replace(/:\d+$/, '')}; the organisation owns this setting.`, c.origin.line);
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
                    throw new config_errors/* ConfigError */.x(`${layers.org.label}: policy.bounds.${id}.${dir} ${JSON.stringify(limit)} is not a value ${key} can be compared with`, layers.org.file);
                }
                // Every layer below the organisation that sets the key, and the value that takes effect.
                for (const c of [
                    ...chain.filter((c) => c.origin.kind === 'repo' || c.origin.kind === 'with'),
                    top
                ]) {
                    if (loosens(c, limit, dir)) {
                        throw new config_errors/* ConfigError */.x(`${id} must be ${dir.replace('-', ' ')} ${String(limit)} (${layers.org.label}); ${c.origin.label} gives ${JSON.stringify(toRaw(input, c.value))}`, c.origin.file, c.origin.kind === 'default'
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
                        throw new config_errors/* ConfigError */.x(`${id}[${i}] (${String(e?.workflow ?? '?')}) is approved by ${JSON.stringify(by)}; ${layers.org.label} requires one of ${teams.join(', ')} (${top.origin.label})`, top.origin.file, `Have a member of ${teams.join(' or ')} approve the exception and name the team in approved-by.`, top.origin.line);
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
    if (!isVerdict(e.verdict)) {
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
    const redactor = options.redactor ?? new Redactor();
    let spec = options.spec;
    let evaluation;
    let inputs;
    let mode = modeOf(raw);
    let configEvidence;
    try {
        spec ??=
            (0,build_registry/* registeredActionSpec */.wP)(gate.name) ??
                (await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 1376))).loadActionSpec(gate.name);
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
            parseInputs(spec, raw);
            // The YAML reader and the schema validator load only when there is a file to read.
            const named = options.configFile ?? ctx.env.CI_INTEL_CONFIG;
            const layers = named || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(ctx.workspace, default_file/* DEFAULT_CONFIG_FILE */.C))
                ? await (await __nccwpck_require__.e(/* import() */ 813).then(__nccwpck_require__.bind(__nccwpck_require__, 3813))).loadLayers({
                    workspace: ctx.workspace,
                    env: ctx.env,
                    tempDir: ctx.tempDir,
                    configFile: options.configFile,
                    // A private overlay is read with the gate's own token input when it has one.
                    token: raw.token || raw['github-token'] || undefined
                })
                : {};
            const effective = resolveGateConfig(spec, layers, {
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

;// CONCATENATED MODULE: ./lib/core/version.js
/** The hub's version, stamped into SARIF and evidence. Kept in step with package.json by a test. */
const HUB_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./lib/core/actions-adapter.js
/**
 * The one place that talks to the Actions runner: `INPUT_*` in; outputs, job summary,
 * annotations, policy record and SARIF out. Everything else is pure.
 */













/** GitHub shows at most 10 annotations of each kind per step; we send a few more, then a note. */
const MAX_ANNOTATIONS = 50;
function annotate(result) {
    let sent = 0;
    for (const f of result.findings) {
        if (!f.file)
            continue;
        if (sent === MAX_ANNOTATIONS) {
            notice(`${result.findings.length - sent} more findings: see the job summary or result-file.`);
            break;
        }
        const props = {
            title: `${result.gate}: ${f.rule}`,
            file: f.file,
            startLine: f.line,
            startColumn: f.column
        };
        const text = f.help ? `${f.message}\nFix: ${f.help}` : f.message;
        if (f.severity === 'error')
            error(text, props);
        else if (f.severity === 'warning')
            warning(text, props);
        else
            notice(text, props);
        sent++;
    }
}
/** Runs the action; in an offload worker of the bundle (src/core/offload.ts), nothing. */
async function runAction(gate, options = {}) {
    if (inOffloadWorker())
        return undefined;
    // The bundle carries its spec (scripts/build.mjs); the YAML reader loads only without one.
    const spec = (0,build_registry/* registeredActionSpec */.wP)(gate.name) ?? (await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 1376))).loadActionSpec(gate.name);
    const redactor = new Redactor();
    // Tokens learnt during the run (a registry's bearer token) are masked in the runner log too.
    onSecretRegistered((form) => setSecret(form));
    const mask = (value) => {
        setSecret(value);
        for (const form of redactor.add(value))
            setSecret(form);
    };
    const raw = {};
    for (const input of spec.inputs) {
        const value = getInput(input.name);
        if (input.type === 'secret' && value)
            mask(value);
        if (value !== '')
            raw[input.name] = value;
    }
    const runnerTemp = process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)();
    const ctx = {
        workspace: (0,external_node_path_.resolve)(process.env.GITHUB_WORKSPACE || process.cwd()),
        tempDir: hubTempDir(runnerTemp),
        env: process.env,
        now: () => new Date(),
        log: (m) => info(redactor.redact(m)),
        secret: mask
    };
    const result = await runGate(gate, raw, ctx, { spec, redactor, given: 'with:' });
    // A file the step promises but could not write fails the step, after everything else is
    // reported: the verdict is never lost with it, and the run never ends in a crash.
    const unwritten = [];
    const write = (what, fix, act, where = '') => {
        try {
            act();
        }
        catch (err) {
            unwritten.push(`${what} could not be written${where} (${(0,errors/* errorMessage */.gJ)(err)}): ${fix}`);
        }
    };
    const underTemp = 'give the step a writable RUNNER_TEMP';
    setOutput('verdict', result.verdict);
    write('the result file', underTemp, () => setOutput('result-file', writeResultFile(result, runnerTemp)), ` under ${ctx.tempDir}`);
    for (const [k, v] of Object.entries(result.outputs))
        setOutput(k, v);
    write('the policy record', underTemp, () => appendPolicyRecord(result, runnerTemp), ` under ${ctx.tempDir}`);
    const sarifFile = raw['sarif-file'];
    if (sarifFile && spec.inputs.some((i) => i.name === 'sarif-file')) {
        write(`input 'sarif-file': ${sarifFile}`, 'name a writable file path under the workspace', () => {
            writeFilePieces((0,external_node_path_.resolve)(ctx.workspace, sarifFile), sarifPieces(result, gate.rules, HUB_VERSION));
            setOutput('sarif-file', sarifFile);
        });
    }
    annotate(result);
    try {
        appendSummary(summaryMarkdownParts(result, options.details?.(result)));
    }
    catch (err) {
        // No GITHUB_STEP_SUMMARY (a local run): the log below carries the same facts.
        debug(`no job summary written: ${String(err)}`);
    }
    info(`${result.gate}: ${result.verdict} \u2014 ${result.summary}`);
    for (const problem of unwritten)
        error(redactor.redact(`${result.gate}: ${problem}`));
    if (unwritten.length) {
        setFailed(redactor.redact(`${result.gate} ${result.verdict}, but ${unwritten.length === 1 ? 'a file it promises was' : 'files it promises were'} not written: ${unwritten.join('; ')}`));
    }
    else if (stepFails(result)) {
        setFailed(`${result.gate} ${result.verdict}: ${result.summary}`);
    }
    else if (result.verdict !== 'pass') {
        warning(`${result.gate} ${result.verdict} (audit mode, not blocking): ${result.summary}`);
    }
    return result;
}


/***/ }),

/***/ 1855:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ registerSchemaValidators),
/* harmony export */   RI: () => (/* binding */ registerActionSpec),
/* harmony export */   SK: () => (/* binding */ registerBundleEntry),
/* harmony export */   wP: () => (/* binding */ registeredActionSpec)
/* harmony export */ });
/* unused harmony exports schemasCompiledAtBuild, registeredSchemaLoader, registeredBundleEntry */
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

/***/ 8415:
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

/***/ 4630:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readRegularTextFile),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   tJ: () => (/* binding */ FileReadError),
/* harmony export */   xf: () => (/* binding */ readRegularFileChunks)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
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

/***/ 6613:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RJ: () => (/* binding */ parseStrictJson),
/* harmony export */   sT: () => (/* binding */ JsonDocumentError)
/* harmony export */ });
/* unused harmony exports parseStrictJsonBytes, parseJsonOrJsonLines */
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

/***/ 6459:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  u: () => (/* binding */ schemaCheck)
});

// UNUSED EXPORTS: RULES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __nccwpck_require__(4630);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = (process.getBuiltinModule?.("node:buffer") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer"));
;// CONCATENATED MODULE: ./lib/telemetry/ndjson.js
/**
 * Reading NDJSON (one JSON value a line) from a file of any size in bounded memory: the file is
 * streamed through the one bounded regular-file reader (src/core/read-file.ts), split on `\n`
 * (a `\r` before it is dropped), and each line handed over as text, or as a problem when it is
 * longer than the line limit (never held in memory whole) or not UTF-8. The file's sha256 is
 * computed on the way.
 */



/**
 * Call `onLine` for every line of `file`, in order. Throws FileReadError (from the reader) when
 * the file cannot be read or exceeds maxFileBytes; `onLine` may throw to stop early.
 */
function forEachNdjsonLine(file, limits, onLine) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let lineNo = 0;
    /** Pieces of the current line that began in an earlier chunk. */
    let carry = [];
    let carryBytes = 0;
    let tooLong = false;
    const emit = (piece) => {
        lineNo++;
        const total = carryBytes + (piece?.length ?? 0);
        if (tooLong || total > limits.maxLineBytes) {
            onLine({ line: lineNo, problem: 'too-long', bytes: total });
        }
        else {
            let bytes = carry.length === 0 ? piece : Buffer.concat(piece ? [...carry, piece] : carry, total);
            if (bytes.length && bytes[bytes.length - 1] === 0x0d)
                bytes = bytes.subarray(0, -1);
            if (!(0,external_node_buffer_namespaceObject.isUtf8)(bytes))
                onLine({ line: lineNo, problem: 'not-utf8', bytes: total });
            else
                onLine({ line: lineNo, text: bytes.toString('utf8') });
        }
        carry = [];
        carryBytes = 0;
        tooLong = false;
    };
    const bytes = (0,read_file/* readRegularFileChunks */.xf)(file, { maxBytes: limits.maxFileBytes, what: limits.what }, (chunk) => {
        hash.update(chunk);
        let start = 0;
        for (;;) {
            const nl = chunk.indexOf(0x0a, start);
            if (nl === -1)
                break;
            emit(chunk.subarray(start, nl));
            start = nl + 1;
        }
        if (start < chunk.length) {
            const rest = chunk.length - start;
            if (tooLong || carryBytes + rest > limits.maxLineBytes) {
                // Past the limit: count the bytes, keep none of them.
                tooLong = true;
                carry = [];
            }
            else {
                // The chunk buffer is reused by the reader: keep a copy.
                carry.push(Buffer.from(chunk.subarray(start)));
            }
            carryBytes += rest;
        }
    });
    if (carryBytes > 0) {
        // A last line without its newline.
        if (tooLong)
            emit(undefined);
        else {
            const last = Buffer.concat(carry, carryBytes);
            carry = [];
            carryBytes = 0;
            emit(last);
        }
    }
    return { bytes, lines: lineNo, sha256: hash.digest('hex') };
}
/**
 * A `.json` file as one record (a fixture written pretty-printed): handed to `onLine` as line 1,
 * with the same limits (the whole document is bounded by maxLineBytes, as one record is).
 */
function forEachJsonDocument(file, limits, onLine) {
    let bytes = (0,read_file/* readRegularFile */.XF)(file, { maxBytes: limits.maxFileBytes, what: limits.what });
    const info = {
        bytes: bytes.length,
        lines: bytes.length ? 1 : 0,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')
    };
    if (!bytes.length)
        return info;
    if (bytes.length > limits.maxLineBytes)
        onLine({ line: 1, problem: 'too-long', bytes: bytes.length });
    else {
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
            bytes = bytes.subarray(3);
        if (!(0,external_node_buffer_namespaceObject.isUtf8)(bytes))
            onLine({ line: 1, problem: 'not-utf8', bytes: bytes.length });
        else
            onLine({ line: 1, text: bytes.toString('utf8') });
    }
    return info;
}

// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __nccwpck_require__(779);
;// CONCATENATED MODULE: ./lib/telemetry/generated/pipeline-run-validators.js
/* eslint-disable */
// @ts-nocheck
// Generated by scripts/gen-telemetry-validators.mjs from schema/pipeline_run.v1.1.json, schema/pipeline_run.v1.2.json
// (npm run matrix). Do not edit; CI fails when stale.

const pipeline_run_v1_1 = validate20;
const schema31 = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://ci-intel.dev/schema/pipeline_run.v1.1.json',
    title: 'pipeline_run v1.1',
    type: 'object',
    additionalProperties: false,
    required: [
        'schema',
        'run_id',
        'repo',
        'commit_sha',
        'branch',
        'started_at',
        'ended_at',
        'status',
        'jobs',
        'tests',
        'cost'
    ],
    properties: {
        schema: { const: 'pipeline_run.v1.1' },
        run_id: { type: 'string', format: 'uuid' },
        repo: { type: 'string', pattern: '^[^/]+/[^/]+$' },
        commit_sha: { type: 'string', pattern: '^[0-9a-fA-F]{40}$' },
        branch: { type: 'string' },
        pr: { type: ['integer', 'null'], minimum: 1 },
        started_at: { type: 'string', format: 'date-time' },
        ended_at: { type: 'string', format: 'date-time' },
        status: { type: 'string', enum: ['success', 'failed', 'canceled', 'skipped'] },
        queue_ms: { type: 'integer', minimum: 0 },
        artifact_bytes: { type: 'integer', minimum: 0 },
        environment: { type: 'string', enum: ['preview', 'dev', 'staging', 'prod', 'test'] },
        deployment_id: { type: 'string' },
        rollout_step: { type: ['integer', 'null'], minimum: 0 },
        strategy: { type: 'string', enum: ['direct', 'rolling', 'blue-green', 'canary'] },
        image_digest: { type: 'string', pattern: '^sha256:[0-9a-fA-F]{64}$' },
        sbom_uri: { type: 'string', format: 'uri' },
        provenance_uri: { type: 'string', format: 'uri' },
        runner_os: { type: 'string', enum: ['linux', 'windows', 'macos'] },
        runner_type: { type: 'string', enum: ['hosted', 'self-hosted'] },
        region: { type: 'string' },
        spot: { type: 'boolean' },
        carbon_g_co2e: { type: 'number', minimum: 0 },
        energy: {
            type: 'object',
            additionalProperties: false,
            properties: { kwh: { type: 'number', minimum: 0 } }
        },
        cache_keys: { type: 'array', items: { type: 'string' } },
        canary_metrics: {
            type: 'object',
            additionalProperties: false,
            properties: {
                error_rate: { type: 'number', minimum: 0 },
                success_rate: { type: 'number', minimum: 0, maximum: 1 },
                latency_p50_ms: { type: 'number', minimum: 0 },
                latency_p95_ms: { type: 'number', minimum: 0 },
                latency_p99_ms: { type: 'number', minimum: 0 },
                reqs_per_s: { type: 'number', minimum: 0 }
            }
        },
        rollback_reason: { type: 'string' },
        jobs: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'name', 'status', 'duration_ms'],
                properties: {
                    id: { type: 'string' },
                    name: { type: 'string' },
                    status: { type: 'string', enum: ['success', 'failed', 'canceled', 'skipped'] },
                    attempt: { type: 'integer', minimum: 1 },
                    duration_ms: { type: 'integer', minimum: 0 },
                    queue_ms: { type: 'integer', minimum: 0 },
                    cache: {
                        type: 'object',
                        additionalProperties: false,
                        properties: { hit: { type: 'boolean' }, key: { type: 'string' } }
                    },
                    machine: {
                        type: 'object',
                        additionalProperties: false,
                        properties: {
                            class: { type: 'string' },
                            cpu: { type: 'string' },
                            ram_gb: { type: 'number', minimum: 0 }
                        }
                    },
                    matrix: {
                        type: 'object',
                        additionalProperties: { type: ['string', 'number', 'boolean'] }
                    },
                    logs_uri: { type: 'string', format: 'uri' }
                }
            }
        },
        tests: {
            type: 'object',
            additionalProperties: false,
            required: ['total', 'failed', 'duration_ms', 'resilience'],
            properties: {
                total: { type: 'integer', minimum: 0 },
                failed: { type: 'integer', minimum: 0 },
                skipped: { type: 'integer', minimum: 0 },
                duration_ms: { type: 'integer', minimum: 0 },
                coverage: {
                    type: 'object',
                    additionalProperties: false,
                    properties: {
                        lines_pct: { type: 'number', minimum: 0, maximum: 1 },
                        branches_pct: { type: 'number', minimum: 0, maximum: 1 },
                        statements_pct: { type: 'number', minimum: 0, maximum: 1 }
                    }
                },
                resilience: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['mutants_total', 'killed', 'equiv', 'timeout', 'score'],
                    properties: {
                        mutants_total: { type: 'integer', minimum: 0 },
                        killed: { type: 'integer', minimum: 0 },
                        equiv: { type: 'integer', minimum: 0 },
                        timeout: { type: 'integer', minimum: 0 },
                        score: { type: 'number', minimum: 0, maximum: 1 },
                        delta_vs_main: { type: 'number', minimum: -1, maximum: 1 },
                        equivalent_mutants_dropped: { type: 'boolean' },
                        flakiness_index: { type: 'number', minimum: 0, maximum: 1 }
                    }
                }
            }
        },
        chaos: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['fault', 'target', 'seed', 'outcome'],
                properties: {
                    fault: {
                        type: 'string',
                        enum: ['kill_job', 'delay_net', 'drop_net', 'corrupt_cache', 'cpu_stress', 'disk_fill']
                    },
                    target: { type: 'string' },
                    seed: { type: 'integer' },
                    rate: { type: 'number', minimum: 0, maximum: 1 },
                    started_at: { type: 'string', format: 'date-time' },
                    ended_at: { type: 'string', format: 'date-time' },
                    outcome: { type: 'string', enum: ['recovered', 'degraded', 'failed'] },
                    retries: { type: 'integer', minimum: 0 }
                }
            }
        },
        autopsy: {
            type: 'object',
            additionalProperties: false,
            properties: {
                root_causes: {
                    type: 'array',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['pattern', 'suggestion'],
                        properties: {
                            tool: { type: 'string' },
                            pattern: { type: 'string' },
                            file: { type: 'string' },
                            line: { type: 'integer', minimum: 1 },
                            message: { type: 'string' },
                            suggestion: { type: 'string' },
                            severity: { type: 'string', enum: ['info', 'warn', 'error'] },
                            docs_uri: { type: 'string', format: 'uri' }
                        }
                    }
                }
            }
        },
        cost: {
            type: 'object',
            additionalProperties: false,
            properties: {
                usd: { type: 'number', minimum: 0 },
                cpu_seconds: { type: 'number', minimum: 0 },
                gpu_seconds: { type: 'number', minimum: 0 }
            }
        }
    },
    $comment: 'The predecessor of pipeline_run.v1.2 (docs/telemetry.md, "Schemas"): flakiness_index lives under tests.resilience; no policies[], release_evidence_uri, signature_uri or canary (v1.2 added them; a backfill, not the migration, invents policies and security defaults for historical runs).'
};
const func1 = Object.prototype.hasOwnProperty;
const formats0 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const formats2 = formats/* fullFormats */.U9['date-time'];
const formats6 = formats/* fullFormats */.U9.uri;
const pattern4 = new RegExp('^[^/]+/[^/]+$', 'u');
const pattern5 = new RegExp('^[0-9a-fA-F]{40}$', 'u');
const pattern6 = new RegExp('^sha256:[0-9a-fA-F]{64}$', 'u');
function validate20(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    /*# sourceURL="https://ci-intel.dev/schema/pipeline_run.v1.1.json" */ let vErrors = null;
    let errors = 0;
    const evaluated0 = validate20.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.schema === undefined) {
            const err0 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'schema' },
                message: "must have required property '" + 'schema' + "'"
            };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.run_id === undefined) {
            const err1 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'run_id' },
                message: "must have required property '" + 'run_id' + "'"
            };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.repo === undefined) {
            const err2 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'repo' },
                message: "must have required property '" + 'repo' + "'"
            };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.commit_sha === undefined) {
            const err3 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'commit_sha' },
                message: "must have required property '" + 'commit_sha' + "'"
            };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.branch === undefined) {
            const err4 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'branch' },
                message: "must have required property '" + 'branch' + "'"
            };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.started_at === undefined) {
            const err5 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'started_at' },
                message: "must have required property '" + 'started_at' + "'"
            };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.ended_at === undefined) {
            const err6 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'ended_at' },
                message: "must have required property '" + 'ended_at' + "'"
            };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if (data.status === undefined) {
            const err7 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'status' },
                message: "must have required property '" + 'status' + "'"
            };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if (data.jobs === undefined) {
            const err8 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'jobs' },
                message: "must have required property '" + 'jobs' + "'"
            };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if (data.tests === undefined) {
            const err9 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'tests' },
                message: "must have required property '" + 'tests' + "'"
            };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        if (data.cost === undefined) {
            const err10 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'cost' },
                message: "must have required property '" + 'cost' + "'"
            };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!func1.call(schema31.properties, key0)) {
                const err11 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties'
                };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.schema !== undefined) {
            if ('pipeline_run.v1.1' !== data.schema) {
                const err12 = {
                    instancePath: instancePath + '/schema',
                    schemaPath: '#/properties/schema/const',
                    keyword: 'const',
                    params: { allowedValue: 'pipeline_run.v1.1' },
                    message: 'must be equal to constant'
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
        if (data.run_id !== undefined) {
            let data1 = data.run_id;
            if (typeof data1 === 'string') {
                if (!formats0.test(data1)) {
                    const err13 = {
                        instancePath: instancePath + '/run_id',
                        schemaPath: '#/properties/run_id/format',
                        keyword: 'format',
                        params: { format: 'uuid' },
                        message: 'must match format "' + 'uuid' + '"'
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
            else {
                const err14 = {
                    instancePath: instancePath + '/run_id',
                    schemaPath: '#/properties/run_id/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.repo !== undefined) {
            let data2 = data.repo;
            if (typeof data2 === 'string') {
                if (!pattern4.test(data2)) {
                    const err15 = {
                        instancePath: instancePath + '/repo',
                        schemaPath: '#/properties/repo/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[^/]+/[^/]+$' },
                        message: 'must match pattern "' + '^[^/]+/[^/]+$' + '"'
                    };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
            }
            else {
                const err16 = {
                    instancePath: instancePath + '/repo',
                    schemaPath: '#/properties/repo/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.commit_sha !== undefined) {
            let data3 = data.commit_sha;
            if (typeof data3 === 'string') {
                if (!pattern5.test(data3)) {
                    const err17 = {
                        instancePath: instancePath + '/commit_sha',
                        schemaPath: '#/properties/commit_sha/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[0-9a-fA-F]{40}$' },
                        message: 'must match pattern "' + '^[0-9a-fA-F]{40}$' + '"'
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
            else {
                const err18 = {
                    instancePath: instancePath + '/commit_sha',
                    schemaPath: '#/properties/commit_sha/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.branch !== undefined) {
            if (typeof data.branch !== 'string') {
                const err19 = {
                    instancePath: instancePath + '/branch',
                    schemaPath: '#/properties/branch/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.pr !== undefined) {
            let data5 = data.pr;
            if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5)) &&
                data5 !== null) {
                const err20 = {
                    instancePath: instancePath + '/pr',
                    schemaPath: '#/properties/pr/type',
                    keyword: 'type',
                    params: { type: schema31.properties.pr.type },
                    message: 'must be integer,null'
                };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            if (typeof data5 == 'number' && isFinite(data5)) {
                if (data5 < 1 || isNaN(data5)) {
                    const err21 = {
                        instancePath: instancePath + '/pr',
                        schemaPath: '#/properties/pr/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 1 },
                        message: 'must be >= 1'
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
        }
        if (data.started_at !== undefined) {
            let data6 = data.started_at;
            if (typeof data6 === 'string') {
                if (!formats2.validate(data6)) {
                    const err22 = {
                        instancePath: instancePath + '/started_at',
                        schemaPath: '#/properties/started_at/format',
                        keyword: 'format',
                        params: { format: 'date-time' },
                        message: 'must match format "' + 'date-time' + '"'
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
            else {
                const err23 = {
                    instancePath: instancePath + '/started_at',
                    schemaPath: '#/properties/started_at/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.ended_at !== undefined) {
            let data7 = data.ended_at;
            if (typeof data7 === 'string') {
                if (!formats2.validate(data7)) {
                    const err24 = {
                        instancePath: instancePath + '/ended_at',
                        schemaPath: '#/properties/ended_at/format',
                        keyword: 'format',
                        params: { format: 'date-time' },
                        message: 'must match format "' + 'date-time' + '"'
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
                    instancePath: instancePath + '/ended_at',
                    schemaPath: '#/properties/ended_at/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.status !== undefined) {
            let data8 = data.status;
            if (typeof data8 !== 'string') {
                const err26 = {
                    instancePath: instancePath + '/status',
                    schemaPath: '#/properties/status/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
                };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
            if (!(data8 === 'success' ||
                data8 === 'failed' ||
                data8 === 'canceled' ||
                data8 === 'skipped')) {
                const err27 = {
                    instancePath: instancePath + '/status',
                    schemaPath: '#/properties/status/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema31.properties.status.enum },
                    message: 'must be equal to one of the allowed values'
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
        if (data.queue_ms !== undefined) {
            let data9 = data.queue_ms;
            if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
                const err28 = {
                    instancePath: instancePath + '/queue_ms',
                    schemaPath: '#/properties/queue_ms/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer'
                };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            if (typeof data9 == 'number' && isFinite(data9)) {
                if (data9 < 0 || isNaN(data9)) {
                    const err29 = {
                        instancePath: instancePath + '/queue_ms',
                        schemaPath: '#/properties/queue_ms/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0'
                    };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
            }
        }
        if (data.artifact_bytes !== undefined) {
            let data10 = data.artifact_bytes;
            if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
                const err30 = {
                    instancePath: instancePath + '/artifact_bytes',
                    schemaPath: '#/properties/artifact_bytes/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer'
                };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
            if (typeof data10 == 'number' && isFinite(data10)) {
                if (data10 < 0 || isNaN(data10)) {
                    const err31 = {
                        instancePath: instancePath + '/artifact_bytes',
                        schemaPath: '#/properties/artifact_bytes/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0'
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
        }
        if (data.environment !== undefined) {
            let data11 = data.environment;
            if (typeof data11 !== 'string') {
                const err32 = {
                    instancePath: instancePath + '/environment',
                    schemaPath: '#/properties/environment/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
                };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
            if (!(data11 === 'preview' ||
                data11 === 'dev' ||
                data11 === 'staging' ||
                data11 === 'prod' ||
                data11 === 'test')) {
                const err33 = {
                    instancePath: instancePath + '/environment',
                    schemaPath: '#/properties/environment/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema31.properties.environment.enum },
                    message: 'must be equal to one of the allowed values'
                };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
        }
        if (data.deployment_id !== undefined) {
            if (typeof data.deployment_id !== 'string') {
                const err34 = {
                    instancePath: instancePath + '/deployment_id',
                    schemaPath: '#/properties/deployment_id/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.rollout_step !== undefined) {
            let data13 = data.rollout_step;
            if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13) && isFinite(data13)) &&
                data13 !== null) {
                const err35 = {
                    instancePath: instancePath + '/rollout_step',
                    schemaPath: '#/properties/rollout_step/type',
                    keyword: 'type',
                    params: { type: schema31.properties.rollout_step.type },
                    message: 'must be integer,null'
                };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
            if (typeof data13 == 'number' && isFinite(data13)) {
                if (data13 < 0 || isNaN(data13)) {
                    const err36 = {
                        instancePath: instancePath + '/rollout_step',
                        schemaPath: '#/properties/rollout_step/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0'
                    };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
            }
        }
        if (data.strategy !== undefined) {
            let data14 = data.strategy;
            if (typeof data14 !== 'string') {
                const err37 = {
                    instancePath: instancePath + '/strategy',
                    schemaPath: '#/properties/strategy/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
                };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
            if (!(data14 === 'direct' ||
                data14 === 'rolling' ||
                data14 === 'blue-green' ||
                data14 === 'canary')) {
                const err38 = {
                    instancePath: instancePath + '/strategy',
                    schemaPath: '#/properties/strategy/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema31.properties.strategy.enum },
                    message: 'must be equal to one of the allowed values'
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
        if (data.image_digest !== undefined) {
            let data15 = data.image_digest;
            if (typeof data15 === 'string') {
                if (!pattern6.test(data15)) {
                    const err39 = {
                        instancePath: instancePath + '/image_digest',
                        schemaPath: '#/properties/image_digest/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^sha256:[0-9a-fA-F]{64}$' },
                        message: 'must match pattern "' + '^sha256:[0-9a-fA-F]{64}$' + '"'
                    };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
            }
            else {
                const err40 = {
                    instancePath: instancePath + '/image_digest',
                    schemaPath: '#/properties/image_digest/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.sbom_uri !== undefined) {
            let data16 = data.sbom_uri;
            if (typeof data16 === 'string') {
                if (!formats6(data16)) {
                    const err41 = {
                        instancePath: instancePath + '/sbom_uri',
                        schemaPath: '#/properties/sbom_uri/format',
                        keyword: 'format',
                        params: { format: 'uri' },
                        message: 'must match format "' + 'uri' + '"'
                    };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
            }
            else {
                const err42 = {
                    instancePath: instancePath + '/sbom_uri',
                    schemaPath: '#/properties/sbom_uri/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
                };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
        }
        if (data.provenance_uri !== undefined) {
            let data17 = data.provenance_uri;
            if (typeof data17 === 'string') {
                if (!formats6(data17)) {
                    const err43 = {
                        instancePath: instancePath + '/provenance_uri',
                        schemaPath: '#/properties/provenance_uri/format',
                        keyword: 'format',
                        params: { format: 'uri' },
                        message: 'must match format "' + 'uri' + '"'
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
            else {
                const err44 = {
                    instancePath: instancePath + '/provenance_uri',
                    schemaPath: '#/properties/provenance_uri/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.runner_os !== undefined) {
            let data18 = data.runner_os;
            if (typeof data18 !== 'string') {
                const err45 = {
                    instancePath: instancePath + '/runner_os',
                    schemaPath: '#/properties/runner_os/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
                };
                if (vErrors === null) {
                    vErrors = [err45];
                }
                else {
                    vErrors.push(err45);
                }
                errors++;
            }
            if (!(data18 === 'linux' || data18 === 'windows' || data18 === 'macos')) {
                const err46 = {
                    instancePath: instancePath + '/runner_os',
                    schemaPath: '#/properties/runner_os/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema31.properties.runner_os.enum },
                    message: 'must be equal to one of the allowed values'
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
        if (data.runner_type !== undefined) {
            let data19 = data.runner_type;
            if (typeof data19 !== 'string') {
                const err47 = {
                    instancePath: instancePath + '/runner_type',
                    schemaPath: '#/properties/runner_type/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
                };
                if (vErrors === null) {
                    vErrors = [err47];
                }
                else {
                    vErrors.push(err47);
                }
                errors++;
            }
            if (!(data19 === 'hosted' || data19 === 'self-hosted')) {
                const err48 = {
                    instancePath: instancePath + '/runner_type',
                    schemaPath: '#/properties/runner_type/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema31.properties.runner_type.enum },
                    message: 'must be equal to one of the allowed values'
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
        if (data.region !== undefined) {
            if (typeof data.region !== 'string') {
                const err49 = {
                    instancePath: instancePath + '/region',
                    schemaPath: '#/properties/region/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
                };
                if (vErrors === null) {
                    vErrors = [err49];
                }
                else {
                    vErrors.push(err49);
                }
                errors++;
            }
        }
        if (data.spot !== undefined) {
            if (typeof data.spot !== 'boolean') {
                const err50 = {
                    instancePath: instancePath + '/spot',
                    schemaPath: '#/properties/spot/type',
                    keyword: 'type',
                    params: { type: 'boolean' },
                    message: 'must be boolean'
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
        if (data.carbon_g_co2e !== undefined) {
            let data22 = data.carbon_g_co2e;
            if (typeof data22 == 'number' && isFinite(data22)) {
                if (data22 < 0 || isNaN(data22)) {
                    const err51 = {
                        instancePath: instancePath + '/carbon_g_co2e',
                        schemaPath: '#/properties/carbon_g_co2e/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0'
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
            else {
                const err52 = {
                    instancePath: instancePath + '/carbon_g_co2e',
                    schemaPath: '#/properties/carbon_g_co2e/type',
                    keyword: 'type',
                    params: { type: 'number' },
                    message: 'must be number'
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
        if (data.energy !== undefined) {
            let data23 = data.energy;
            if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
                for (const key1 in data23) {
                    if (!(key1 === 'kwh')) {
                        const err53 = {
                            instancePath: instancePath + '/energy',
                            schemaPath: '#/properties/energy/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key1 },
                            message: 'must NOT have additional properties'
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
                if (data23.kwh !== undefined) {
                    let data24 = data23.kwh;
                    if (typeof data24 == 'number' && isFinite(data24)) {
                        if (data24 < 0 || isNaN(data24)) {
                            const err54 = {
                                instancePath: instancePath + '/energy/kwh',
                                schemaPath: '#/properties/energy/properties/kwh/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
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
                    else {
                        const err55 = {
                            instancePath: instancePath + '/energy/kwh',
                            schemaPath: '#/properties/energy/properties/kwh/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number'
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
            }
            else {
                const err56 = {
                    instancePath: instancePath + '/energy',
                    schemaPath: '#/properties/energy/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object'
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
        if (data.cache_keys !== undefined) {
            let data25 = data.cache_keys;
            if (Array.isArray(data25)) {
                const len0 = data25.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (typeof data25[i0] !== 'string') {
                        const err57 = {
                            instancePath: instancePath + '/cache_keys/' + i0,
                            schemaPath: '#/properties/cache_keys/items/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string'
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
            }
            else {
                const err58 = {
                    instancePath: instancePath + '/cache_keys',
                    schemaPath: '#/properties/cache_keys/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array'
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
        if (data.canary_metrics !== undefined) {
            let data27 = data.canary_metrics;
            if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
                for (const key2 in data27) {
                    if (!(key2 === 'error_rate' ||
                        key2 === 'success_rate' ||
                        key2 === 'latency_p50_ms' ||
                        key2 === 'latency_p95_ms' ||
                        key2 === 'latency_p99_ms' ||
                        key2 === 'reqs_per_s')) {
                        const err59 = {
                            instancePath: instancePath + '/canary_metrics',
                            schemaPath: '#/properties/canary_metrics/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key2 },
                            message: 'must NOT have additional properties'
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
                if (data27.error_rate !== undefined) {
                    let data28 = data27.error_rate;
                    if (typeof data28 == 'number' && isFinite(data28)) {
                        if (data28 < 0 || isNaN(data28)) {
                            const err60 = {
                                instancePath: instancePath + '/canary_metrics/error_rate',
                                schemaPath: '#/properties/canary_metrics/properties/error_rate/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
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
                    else {
                        const err61 = {
                            instancePath: instancePath + '/canary_metrics/error_rate',
                            schemaPath: '#/properties/canary_metrics/properties/error_rate/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number'
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
                if (data27.success_rate !== undefined) {
                    let data29 = data27.success_rate;
                    if (typeof data29 == 'number' && isFinite(data29)) {
                        if (data29 > 1 || isNaN(data29)) {
                            const err62 = {
                                instancePath: instancePath + '/canary_metrics/success_rate',
                                schemaPath: '#/properties/canary_metrics/properties/success_rate/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 1 },
                                message: 'must be <= 1'
                            };
                            if (vErrors === null) {
                                vErrors = [err62];
                            }
                            else {
                                vErrors.push(err62);
                            }
                            errors++;
                        }
                        if (data29 < 0 || isNaN(data29)) {
                            const err63 = {
                                instancePath: instancePath + '/canary_metrics/success_rate',
                                schemaPath: '#/properties/canary_metrics/properties/success_rate/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
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
                    else {
                        const err64 = {
                            instancePath: instancePath + '/canary_metrics/success_rate',
                            schemaPath: '#/properties/canary_metrics/properties/success_rate/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number'
                        };
                        if (vErrors === null) {
                            vErrors = [err64];
                        }
                        else {
                            vErrors.push(err64);
                        }
                        errors++;
                    }
                }
                if (data27.latency_p50_ms !== undefined) {
                    let data30 = data27.latency_p50_ms;
                    if (typeof data30 == 'number' && isFinite(data30)) {
                        if (data30 < 0 || isNaN(data30)) {
                            const err65 = {
                                instancePath: instancePath + '/canary_metrics/latency_p50_ms',
                                schemaPath: '#/properties/canary_metrics/properties/latency_p50_ms/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
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
                            instancePath: instancePath + '/canary_metrics/latency_p50_ms',
                            schemaPath: '#/properties/canary_metrics/properties/latency_p50_ms/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number'
                        };
                        if (vErrors === null) {
                            vErrors = [err66];
                        }
                        else {
                            vErrors.push(err66);
                        }
                        errors++;
                    }
                }
                if (data27.latency_p95_ms !== undefined) {
                    let data31 = data27.latency_p95_ms;
                    if (typeof data31 == 'number' && isFinite(data31)) {
                        if (data31 < 0 || isNaN(data31)) {
                            const err67 = {
                                instancePath: instancePath + '/canary_metrics/latency_p95_ms',
                                schemaPath: '#/properties/canary_metrics/properties/latency_p95_ms/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
                            };
                            if (vErrors === null) {
                                vErrors = [err67];
                            }
                            else {
                                vErrors.push(err67);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err68 = {
                            instancePath: instancePath + '/canary_metrics/latency_p95_ms',
                            schemaPath: '#/properties/canary_metrics/properties/latency_p95_ms/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number'
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
                if (data27.latency_p99_ms !== undefined) {
                    let data32 = data27.latency_p99_ms;
                    if (typeof data32 == 'number' && isFinite(data32)) {
                        if (data32 < 0 || isNaN(data32)) {
                            const err69 = {
                                instancePath: instancePath + '/canary_metrics/latency_p99_ms',
                                schemaPath: '#/properties/canary_metrics/properties/latency_p99_ms/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
                            };
                            if (vErrors === null) {
                                vErrors = [err69];
                            }
                            else {
                                vErrors.push(err69);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err70 = {
                            instancePath: instancePath + '/canary_metrics/latency_p99_ms',
                            schemaPath: '#/properties/canary_metrics/properties/latency_p99_ms/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number'
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
                if (data27.reqs_per_s !== undefined) {
                    let data33 = data27.reqs_per_s;
                    if (typeof data33 == 'number' && isFinite(data33)) {
                        if (data33 < 0 || isNaN(data33)) {
                            const err71 = {
                                instancePath: instancePath + '/canary_metrics/reqs_per_s',
                                schemaPath: '#/properties/canary_metrics/properties/reqs_per_s/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
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
                    else {
                        const err72 = {
                            instancePath: instancePath + '/canary_metrics/reqs_per_s',
                            schemaPath: '#/properties/canary_metrics/properties/reqs_per_s/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number'
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
            }
            else {
                const err73 = {
                    instancePath: instancePath + '/canary_metrics',
                    schemaPath: '#/properties/canary_metrics/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object'
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
        if (data.rollback_reason !== undefined) {
            if (typeof data.rollback_reason !== 'string') {
                const err74 = {
                    instancePath: instancePath + '/rollback_reason',
                    schemaPath: '#/properties/rollback_reason/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
                };
                if (vErrors === null) {
                    vErrors = [err74];
                }
                else {
                    vErrors.push(err74);
                }
                errors++;
            }
        }
        if (data.jobs !== undefined) {
            let data35 = data.jobs;
            if (Array.isArray(data35)) {
                if (data35.length < 1) {
                    const err75 = {
                        instancePath: instancePath + '/jobs',
                        schemaPath: '#/properties/jobs/minItems',
                        keyword: 'minItems',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 items'
                    };
                    if (vErrors === null) {
                        vErrors = [err75];
                    }
                    else {
                        vErrors.push(err75);
                    }
                    errors++;
                }
                const len1 = data35.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data36 = data35[i1];
                    if (data36 && typeof data36 == 'object' && !Array.isArray(data36)) {
                        if (data36.id === undefined) {
                            const err76 = {
                                instancePath: instancePath + '/jobs/' + i1,
                                schemaPath: '#/properties/jobs/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'id' },
                                message: "must have required property '" + 'id' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err76];
                            }
                            else {
                                vErrors.push(err76);
                            }
                            errors++;
                        }
                        if (data36.name === undefined) {
                            const err77 = {
                                instancePath: instancePath + '/jobs/' + i1,
                                schemaPath: '#/properties/jobs/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'name' },
                                message: "must have required property '" + 'name' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err77];
                            }
                            else {
                                vErrors.push(err77);
                            }
                            errors++;
                        }
                        if (data36.status === undefined) {
                            const err78 = {
                                instancePath: instancePath + '/jobs/' + i1,
                                schemaPath: '#/properties/jobs/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'status' },
                                message: "must have required property '" + 'status' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err78];
                            }
                            else {
                                vErrors.push(err78);
                            }
                            errors++;
                        }
                        if (data36.duration_ms === undefined) {
                            const err79 = {
                                instancePath: instancePath + '/jobs/' + i1,
                                schemaPath: '#/properties/jobs/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'duration_ms' },
                                message: "must have required property '" + 'duration_ms' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err79];
                            }
                            else {
                                vErrors.push(err79);
                            }
                            errors++;
                        }
                        for (const key3 in data36) {
                            if (!func1.call(schema31.properties.jobs.items.properties, key3)) {
                                const err80 = {
                                    instancePath: instancePath + '/jobs/' + i1,
                                    schemaPath: '#/properties/jobs/items/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key3 },
                                    message: 'must NOT have additional properties'
                                };
                                if (vErrors === null) {
                                    vErrors = [err80];
                                }
                                else {
                                    vErrors.push(err80);
                                }
                                errors++;
                            }
                        }
                        if (data36.id !== undefined) {
                            if (typeof data36.id !== 'string') {
                                const err81 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/id',
                                    schemaPath: '#/properties/jobs/items/properties/id/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
                                };
                                if (vErrors === null) {
                                    vErrors = [err81];
                                }
                                else {
                                    vErrors.push(err81);
                                }
                                errors++;
                            }
                        }
                        if (data36.name !== undefined) {
                            if (typeof data36.name !== 'string') {
                                const err82 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/name',
                                    schemaPath: '#/properties/jobs/items/properties/name/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
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
                        if (data36.status !== undefined) {
                            let data39 = data36.status;
                            if (typeof data39 !== 'string') {
                                const err83 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/status',
                                    schemaPath: '#/properties/jobs/items/properties/status/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
                                };
                                if (vErrors === null) {
                                    vErrors = [err83];
                                }
                                else {
                                    vErrors.push(err83);
                                }
                                errors++;
                            }
                            if (!(data39 === 'success' ||
                                data39 === 'failed' ||
                                data39 === 'canceled' ||
                                data39 === 'skipped')) {
                                const err84 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/status',
                                    schemaPath: '#/properties/jobs/items/properties/status/enum',
                                    keyword: 'enum',
                                    params: { allowedValues: schema31.properties.jobs.items.properties.status.enum },
                                    message: 'must be equal to one of the allowed values'
                                };
                                if (vErrors === null) {
                                    vErrors = [err84];
                                }
                                else {
                                    vErrors.push(err84);
                                }
                                errors++;
                            }
                        }
                        if (data36.attempt !== undefined) {
                            let data40 = data36.attempt;
                            if (!(typeof data40 == 'number' &&
                                !(data40 % 1) &&
                                !isNaN(data40) &&
                                isFinite(data40))) {
                                const err85 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/attempt',
                                    schemaPath: '#/properties/jobs/items/properties/attempt/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer'
                                };
                                if (vErrors === null) {
                                    vErrors = [err85];
                                }
                                else {
                                    vErrors.push(err85);
                                }
                                errors++;
                            }
                            if (typeof data40 == 'number' && isFinite(data40)) {
                                if (data40 < 1 || isNaN(data40)) {
                                    const err86 = {
                                        instancePath: instancePath + '/jobs/' + i1 + '/attempt',
                                        schemaPath: '#/properties/jobs/items/properties/attempt/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 1 },
                                        message: 'must be >= 1'
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
                        }
                        if (data36.duration_ms !== undefined) {
                            let data41 = data36.duration_ms;
                            if (!(typeof data41 == 'number' &&
                                !(data41 % 1) &&
                                !isNaN(data41) &&
                                isFinite(data41))) {
                                const err87 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/duration_ms',
                                    schemaPath: '#/properties/jobs/items/properties/duration_ms/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer'
                                };
                                if (vErrors === null) {
                                    vErrors = [err87];
                                }
                                else {
                                    vErrors.push(err87);
                                }
                                errors++;
                            }
                            if (typeof data41 == 'number' && isFinite(data41)) {
                                if (data41 < 0 || isNaN(data41)) {
                                    const err88 = {
                                        instancePath: instancePath + '/jobs/' + i1 + '/duration_ms',
                                        schemaPath: '#/properties/jobs/items/properties/duration_ms/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
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
                        }
                        if (data36.queue_ms !== undefined) {
                            let data42 = data36.queue_ms;
                            if (!(typeof data42 == 'number' &&
                                !(data42 % 1) &&
                                !isNaN(data42) &&
                                isFinite(data42))) {
                                const err89 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/queue_ms',
                                    schemaPath: '#/properties/jobs/items/properties/queue_ms/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer'
                                };
                                if (vErrors === null) {
                                    vErrors = [err89];
                                }
                                else {
                                    vErrors.push(err89);
                                }
                                errors++;
                            }
                            if (typeof data42 == 'number' && isFinite(data42)) {
                                if (data42 < 0 || isNaN(data42)) {
                                    const err90 = {
                                        instancePath: instancePath + '/jobs/' + i1 + '/queue_ms',
                                        schemaPath: '#/properties/jobs/items/properties/queue_ms/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
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
                        }
                        if (data36.cache !== undefined) {
                            let data43 = data36.cache;
                            if (data43 && typeof data43 == 'object' && !Array.isArray(data43)) {
                                for (const key4 in data43) {
                                    if (!(key4 === 'hit' || key4 === 'key')) {
                                        const err91 = {
                                            instancePath: instancePath + '/jobs/' + i1 + '/cache',
                                            schemaPath: '#/properties/jobs/items/properties/cache/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key4 },
                                            message: 'must NOT have additional properties'
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
                                if (data43.hit !== undefined) {
                                    if (typeof data43.hit !== 'boolean') {
                                        const err92 = {
                                            instancePath: instancePath + '/jobs/' + i1 + '/cache/hit',
                                            schemaPath: '#/properties/jobs/items/properties/cache/properties/hit/type',
                                            keyword: 'type',
                                            params: { type: 'boolean' },
                                            message: 'must be boolean'
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
                                if (data43.key !== undefined) {
                                    if (typeof data43.key !== 'string') {
                                        const err93 = {
                                            instancePath: instancePath + '/jobs/' + i1 + '/cache/key',
                                            schemaPath: '#/properties/jobs/items/properties/cache/properties/key/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
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
                            }
                            else {
                                const err94 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/cache',
                                    schemaPath: '#/properties/jobs/items/properties/cache/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object'
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
                        if (data36.machine !== undefined) {
                            let data46 = data36.machine;
                            if (data46 && typeof data46 == 'object' && !Array.isArray(data46)) {
                                for (const key5 in data46) {
                                    if (!(key5 === 'class' || key5 === 'cpu' || key5 === 'ram_gb')) {
                                        const err95 = {
                                            instancePath: instancePath + '/jobs/' + i1 + '/machine',
                                            schemaPath: '#/properties/jobs/items/properties/machine/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key5 },
                                            message: 'must NOT have additional properties'
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err95];
                                        }
                                        else {
                                            vErrors.push(err95);
                                        }
                                        errors++;
                                    }
                                }
                                if (data46.class !== undefined) {
                                    if (typeof data46.class !== 'string') {
                                        const err96 = {
                                            instancePath: instancePath + '/jobs/' + i1 + '/machine/class',
                                            schemaPath: '#/properties/jobs/items/properties/machine/properties/class/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
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
                                if (data46.cpu !== undefined) {
                                    if (typeof data46.cpu !== 'string') {
                                        const err97 = {
                                            instancePath: instancePath + '/jobs/' + i1 + '/machine/cpu',
                                            schemaPath: '#/properties/jobs/items/properties/machine/properties/cpu/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
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
                                if (data46.ram_gb !== undefined) {
                                    let data49 = data46.ram_gb;
                                    if (typeof data49 == 'number' && isFinite(data49)) {
                                        if (data49 < 0 || isNaN(data49)) {
                                            const err98 = {
                                                instancePath: instancePath + '/jobs/' + i1 + '/machine/ram_gb',
                                                schemaPath: '#/properties/jobs/items/properties/machine/properties/ram_gb/minimum',
                                                keyword: 'minimum',
                                                params: { comparison: '>=', limit: 0 },
                                                message: 'must be >= 0'
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err98];
                                            }
                                            else {
                                                vErrors.push(err98);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err99 = {
                                            instancePath: instancePath + '/jobs/' + i1 + '/machine/ram_gb',
                                            schemaPath: '#/properties/jobs/items/properties/machine/properties/ram_gb/type',
                                            keyword: 'type',
                                            params: { type: 'number' },
                                            message: 'must be number'
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
                            }
                            else {
                                const err100 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/machine',
                                    schemaPath: '#/properties/jobs/items/properties/machine/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object'
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
                        if (data36.matrix !== undefined) {
                            let data50 = data36.matrix;
                            if (data50 && typeof data50 == 'object' && !Array.isArray(data50)) {
                                for (const key6 in data50) {
                                    let data51 = data50[key6];
                                    if (typeof data51 !== 'string' &&
                                        !(typeof data51 == 'number' && isFinite(data51)) &&
                                        typeof data51 !== 'boolean') {
                                        const err101 = {
                                            instancePath: instancePath +
                                                '/jobs/' +
                                                i1 +
                                                '/matrix/' +
                                                key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                                            schemaPath: '#/properties/jobs/items/properties/matrix/additionalProperties/type',
                                            keyword: 'type',
                                            params: {
                                                type: schema31.properties.jobs.items.properties.matrix.additionalProperties
                                                    .type
                                            },
                                            message: 'must be string,number,boolean'
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err101];
                                        }
                                        else {
                                            vErrors.push(err101);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err102 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/matrix',
                                    schemaPath: '#/properties/jobs/items/properties/matrix/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object'
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
                        if (data36.logs_uri !== undefined) {
                            let data52 = data36.logs_uri;
                            if (typeof data52 === 'string') {
                                if (!formats6(data52)) {
                                    const err103 = {
                                        instancePath: instancePath + '/jobs/' + i1 + '/logs_uri',
                                        schemaPath: '#/properties/jobs/items/properties/logs_uri/format',
                                        keyword: 'format',
                                        params: { format: 'uri' },
                                        message: 'must match format "' + 'uri' + '"'
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
                            else {
                                const err104 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/logs_uri',
                                    schemaPath: '#/properties/jobs/items/properties/logs_uri/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
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
                    }
                    else {
                        const err105 = {
                            instancePath: instancePath + '/jobs/' + i1,
                            schemaPath: '#/properties/jobs/items/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object'
                        };
                        if (vErrors === null) {
                            vErrors = [err105];
                        }
                        else {
                            vErrors.push(err105);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err106 = {
                    instancePath: instancePath + '/jobs',
                    schemaPath: '#/properties/jobs/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array'
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
        if (data.tests !== undefined) {
            let data53 = data.tests;
            if (data53 && typeof data53 == 'object' && !Array.isArray(data53)) {
                if (data53.total === undefined) {
                    const err107 = {
                        instancePath: instancePath + '/tests',
                        schemaPath: '#/properties/tests/required',
                        keyword: 'required',
                        params: { missingProperty: 'total' },
                        message: "must have required property '" + 'total' + "'"
                    };
                    if (vErrors === null) {
                        vErrors = [err107];
                    }
                    else {
                        vErrors.push(err107);
                    }
                    errors++;
                }
                if (data53.failed === undefined) {
                    const err108 = {
                        instancePath: instancePath + '/tests',
                        schemaPath: '#/properties/tests/required',
                        keyword: 'required',
                        params: { missingProperty: 'failed' },
                        message: "must have required property '" + 'failed' + "'"
                    };
                    if (vErrors === null) {
                        vErrors = [err108];
                    }
                    else {
                        vErrors.push(err108);
                    }
                    errors++;
                }
                if (data53.duration_ms === undefined) {
                    const err109 = {
                        instancePath: instancePath + '/tests',
                        schemaPath: '#/properties/tests/required',
                        keyword: 'required',
                        params: { missingProperty: 'duration_ms' },
                        message: "must have required property '" + 'duration_ms' + "'"
                    };
                    if (vErrors === null) {
                        vErrors = [err109];
                    }
                    else {
                        vErrors.push(err109);
                    }
                    errors++;
                }
                if (data53.resilience === undefined) {
                    const err110 = {
                        instancePath: instancePath + '/tests',
                        schemaPath: '#/properties/tests/required',
                        keyword: 'required',
                        params: { missingProperty: 'resilience' },
                        message: "must have required property '" + 'resilience' + "'"
                    };
                    if (vErrors === null) {
                        vErrors = [err110];
                    }
                    else {
                        vErrors.push(err110);
                    }
                    errors++;
                }
                for (const key7 in data53) {
                    if (!(key7 === 'total' ||
                        key7 === 'failed' ||
                        key7 === 'skipped' ||
                        key7 === 'duration_ms' ||
                        key7 === 'coverage' ||
                        key7 === 'resilience')) {
                        const err111 = {
                            instancePath: instancePath + '/tests',
                            schemaPath: '#/properties/tests/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key7 },
                            message: 'must NOT have additional properties'
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
                if (data53.total !== undefined) {
                    let data54 = data53.total;
                    if (!(typeof data54 == 'number' && !(data54 % 1) && !isNaN(data54) && isFinite(data54))) {
                        const err112 = {
                            instancePath: instancePath + '/tests/total',
                            schemaPath: '#/properties/tests/properties/total/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer'
                        };
                        if (vErrors === null) {
                            vErrors = [err112];
                        }
                        else {
                            vErrors.push(err112);
                        }
                        errors++;
                    }
                    if (typeof data54 == 'number' && isFinite(data54)) {
                        if (data54 < 0 || isNaN(data54)) {
                            const err113 = {
                                instancePath: instancePath + '/tests/total',
                                schemaPath: '#/properties/tests/properties/total/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
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
                }
                if (data53.failed !== undefined) {
                    let data55 = data53.failed;
                    if (!(typeof data55 == 'number' && !(data55 % 1) && !isNaN(data55) && isFinite(data55))) {
                        const err114 = {
                            instancePath: instancePath + '/tests/failed',
                            schemaPath: '#/properties/tests/properties/failed/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer'
                        };
                        if (vErrors === null) {
                            vErrors = [err114];
                        }
                        else {
                            vErrors.push(err114);
                        }
                        errors++;
                    }
                    if (typeof data55 == 'number' && isFinite(data55)) {
                        if (data55 < 0 || isNaN(data55)) {
                            const err115 = {
                                instancePath: instancePath + '/tests/failed',
                                schemaPath: '#/properties/tests/properties/failed/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
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
                }
                if (data53.skipped !== undefined) {
                    let data56 = data53.skipped;
                    if (!(typeof data56 == 'number' && !(data56 % 1) && !isNaN(data56) && isFinite(data56))) {
                        const err116 = {
                            instancePath: instancePath + '/tests/skipped',
                            schemaPath: '#/properties/tests/properties/skipped/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer'
                        };
                        if (vErrors === null) {
                            vErrors = [err116];
                        }
                        else {
                            vErrors.push(err116);
                        }
                        errors++;
                    }
                    if (typeof data56 == 'number' && isFinite(data56)) {
                        if (data56 < 0 || isNaN(data56)) {
                            const err117 = {
                                instancePath: instancePath + '/tests/skipped',
                                schemaPath: '#/properties/tests/properties/skipped/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
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
                }
                if (data53.duration_ms !== undefined) {
                    let data57 = data53.duration_ms;
                    if (!(typeof data57 == 'number' && !(data57 % 1) && !isNaN(data57) && isFinite(data57))) {
                        const err118 = {
                            instancePath: instancePath + '/tests/duration_ms',
                            schemaPath: '#/properties/tests/properties/duration_ms/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer'
                        };
                        if (vErrors === null) {
                            vErrors = [err118];
                        }
                        else {
                            vErrors.push(err118);
                        }
                        errors++;
                    }
                    if (typeof data57 == 'number' && isFinite(data57)) {
                        if (data57 < 0 || isNaN(data57)) {
                            const err119 = {
                                instancePath: instancePath + '/tests/duration_ms',
                                schemaPath: '#/properties/tests/properties/duration_ms/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
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
                }
                if (data53.coverage !== undefined) {
                    let data58 = data53.coverage;
                    if (data58 && typeof data58 == 'object' && !Array.isArray(data58)) {
                        for (const key8 in data58) {
                            if (!(key8 === 'lines_pct' || key8 === 'branches_pct' || key8 === 'statements_pct')) {
                                const err120 = {
                                    instancePath: instancePath + '/tests/coverage',
                                    schemaPath: '#/properties/tests/properties/coverage/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key8 },
                                    message: 'must NOT have additional properties'
                                };
                                if (vErrors === null) {
                                    vErrors = [err120];
                                }
                                else {
                                    vErrors.push(err120);
                                }
                                errors++;
                            }
                        }
                        if (data58.lines_pct !== undefined) {
                            let data59 = data58.lines_pct;
                            if (typeof data59 == 'number' && isFinite(data59)) {
                                if (data59 > 1 || isNaN(data59)) {
                                    const err121 = {
                                        instancePath: instancePath + '/tests/coverage/lines_pct',
                                        schemaPath: '#/properties/tests/properties/coverage/properties/lines_pct/maximum',
                                        keyword: 'maximum',
                                        params: { comparison: '<=', limit: 1 },
                                        message: 'must be <= 1'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err121];
                                    }
                                    else {
                                        vErrors.push(err121);
                                    }
                                    errors++;
                                }
                                if (data59 < 0 || isNaN(data59)) {
                                    const err122 = {
                                        instancePath: instancePath + '/tests/coverage/lines_pct',
                                        schemaPath: '#/properties/tests/properties/coverage/properties/lines_pct/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
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
                            else {
                                const err123 = {
                                    instancePath: instancePath + '/tests/coverage/lines_pct',
                                    schemaPath: '#/properties/tests/properties/coverage/properties/lines_pct/type',
                                    keyword: 'type',
                                    params: { type: 'number' },
                                    message: 'must be number'
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
                        if (data58.branches_pct !== undefined) {
                            let data60 = data58.branches_pct;
                            if (typeof data60 == 'number' && isFinite(data60)) {
                                if (data60 > 1 || isNaN(data60)) {
                                    const err124 = {
                                        instancePath: instancePath + '/tests/coverage/branches_pct',
                                        schemaPath: '#/properties/tests/properties/coverage/properties/branches_pct/maximum',
                                        keyword: 'maximum',
                                        params: { comparison: '<=', limit: 1 },
                                        message: 'must be <= 1'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err124];
                                    }
                                    else {
                                        vErrors.push(err124);
                                    }
                                    errors++;
                                }
                                if (data60 < 0 || isNaN(data60)) {
                                    const err125 = {
                                        instancePath: instancePath + '/tests/coverage/branches_pct',
                                        schemaPath: '#/properties/tests/properties/coverage/properties/branches_pct/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
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
                            else {
                                const err126 = {
                                    instancePath: instancePath + '/tests/coverage/branches_pct',
                                    schemaPath: '#/properties/tests/properties/coverage/properties/branches_pct/type',
                                    keyword: 'type',
                                    params: { type: 'number' },
                                    message: 'must be number'
                                };
                                if (vErrors === null) {
                                    vErrors = [err126];
                                }
                                else {
                                    vErrors.push(err126);
                                }
                                errors++;
                            }
                        }
                        if (data58.statements_pct !== undefined) {
                            let data61 = data58.statements_pct;
                            if (typeof data61 == 'number' && isFinite(data61)) {
                                if (data61 > 1 || isNaN(data61)) {
                                    const err127 = {
                                        instancePath: instancePath + '/tests/coverage/statements_pct',
                                        schemaPath: '#/properties/tests/properties/coverage/properties/statements_pct/maximum',
                                        keyword: 'maximum',
                                        params: { comparison: '<=', limit: 1 },
                                        message: 'must be <= 1'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err127];
                                    }
                                    else {
                                        vErrors.push(err127);
                                    }
                                    errors++;
                                }
                                if (data61 < 0 || isNaN(data61)) {
                                    const err128 = {
                                        instancePath: instancePath + '/tests/coverage/statements_pct',
                                        schemaPath: '#/properties/tests/properties/coverage/properties/statements_pct/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err128];
                                    }
                                    else {
                                        vErrors.push(err128);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err129 = {
                                    instancePath: instancePath + '/tests/coverage/statements_pct',
                                    schemaPath: '#/properties/tests/properties/coverage/properties/statements_pct/type',
                                    keyword: 'type',
                                    params: { type: 'number' },
                                    message: 'must be number'
                                };
                                if (vErrors === null) {
                                    vErrors = [err129];
                                }
                                else {
                                    vErrors.push(err129);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err130 = {
                            instancePath: instancePath + '/tests/coverage',
                            schemaPath: '#/properties/tests/properties/coverage/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object'
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
                if (data53.resilience !== undefined) {
                    let data62 = data53.resilience;
                    if (data62 && typeof data62 == 'object' && !Array.isArray(data62)) {
                        if (data62.mutants_total === undefined) {
                            const err131 = {
                                instancePath: instancePath + '/tests/resilience',
                                schemaPath: '#/properties/tests/properties/resilience/required',
                                keyword: 'required',
                                params: { missingProperty: 'mutants_total' },
                                message: "must have required property '" + 'mutants_total' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err131];
                            }
                            else {
                                vErrors.push(err131);
                            }
                            errors++;
                        }
                        if (data62.killed === undefined) {
                            const err132 = {
                                instancePath: instancePath + '/tests/resilience',
                                schemaPath: '#/properties/tests/properties/resilience/required',
                                keyword: 'required',
                                params: { missingProperty: 'killed' },
                                message: "must have required property '" + 'killed' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err132];
                            }
                            else {
                                vErrors.push(err132);
                            }
                            errors++;
                        }
                        if (data62.equiv === undefined) {
                            const err133 = {
                                instancePath: instancePath + '/tests/resilience',
                                schemaPath: '#/properties/tests/properties/resilience/required',
                                keyword: 'required',
                                params: { missingProperty: 'equiv' },
                                message: "must have required property '" + 'equiv' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err133];
                            }
                            else {
                                vErrors.push(err133);
                            }
                            errors++;
                        }
                        if (data62.timeout === undefined) {
                            const err134 = {
                                instancePath: instancePath + '/tests/resilience',
                                schemaPath: '#/properties/tests/properties/resilience/required',
                                keyword: 'required',
                                params: { missingProperty: 'timeout' },
                                message: "must have required property '" + 'timeout' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err134];
                            }
                            else {
                                vErrors.push(err134);
                            }
                            errors++;
                        }
                        if (data62.score === undefined) {
                            const err135 = {
                                instancePath: instancePath + '/tests/resilience',
                                schemaPath: '#/properties/tests/properties/resilience/required',
                                keyword: 'required',
                                params: { missingProperty: 'score' },
                                message: "must have required property '" + 'score' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err135];
                            }
                            else {
                                vErrors.push(err135);
                            }
                            errors++;
                        }
                        for (const key9 in data62) {
                            if (!(key9 === 'mutants_total' ||
                                key9 === 'killed' ||
                                key9 === 'equiv' ||
                                key9 === 'timeout' ||
                                key9 === 'score' ||
                                key9 === 'delta_vs_main' ||
                                key9 === 'equivalent_mutants_dropped' ||
                                key9 === 'flakiness_index')) {
                                const err136 = {
                                    instancePath: instancePath + '/tests/resilience',
                                    schemaPath: '#/properties/tests/properties/resilience/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key9 },
                                    message: 'must NOT have additional properties'
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
                        if (data62.mutants_total !== undefined) {
                            let data63 = data62.mutants_total;
                            if (!(typeof data63 == 'number' &&
                                !(data63 % 1) &&
                                !isNaN(data63) &&
                                isFinite(data63))) {
                                const err137 = {
                                    instancePath: instancePath + '/tests/resilience/mutants_total',
                                    schemaPath: '#/properties/tests/properties/resilience/properties/mutants_total/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer'
                                };
                                if (vErrors === null) {
                                    vErrors = [err137];
                                }
                                else {
                                    vErrors.push(err137);
                                }
                                errors++;
                            }
                            if (typeof data63 == 'number' && isFinite(data63)) {
                                if (data63 < 0 || isNaN(data63)) {
                                    const err138 = {
                                        instancePath: instancePath + '/tests/resilience/mutants_total',
                                        schemaPath: '#/properties/tests/properties/resilience/properties/mutants_total/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
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
                        }
                        if (data62.killed !== undefined) {
                            let data64 = data62.killed;
                            if (!(typeof data64 == 'number' &&
                                !(data64 % 1) &&
                                !isNaN(data64) &&
                                isFinite(data64))) {
                                const err139 = {
                                    instancePath: instancePath + '/tests/resilience/killed',
                                    schemaPath: '#/properties/tests/properties/resilience/properties/killed/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer'
                                };
                                if (vErrors === null) {
                                    vErrors = [err139];
                                }
                                else {
                                    vErrors.push(err139);
                                }
                                errors++;
                            }
                            if (typeof data64 == 'number' && isFinite(data64)) {
                                if (data64 < 0 || isNaN(data64)) {
                                    const err140 = {
                                        instancePath: instancePath + '/tests/resilience/killed',
                                        schemaPath: '#/properties/tests/properties/resilience/properties/killed/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
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
                        }
                        if (data62.equiv !== undefined) {
                            let data65 = data62.equiv;
                            if (!(typeof data65 == 'number' &&
                                !(data65 % 1) &&
                                !isNaN(data65) &&
                                isFinite(data65))) {
                                const err141 = {
                                    instancePath: instancePath + '/tests/resilience/equiv',
                                    schemaPath: '#/properties/tests/properties/resilience/properties/equiv/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer'
                                };
                                if (vErrors === null) {
                                    vErrors = [err141];
                                }
                                else {
                                    vErrors.push(err141);
                                }
                                errors++;
                            }
                            if (typeof data65 == 'number' && isFinite(data65)) {
                                if (data65 < 0 || isNaN(data65)) {
                                    const err142 = {
                                        instancePath: instancePath + '/tests/resilience/equiv',
                                        schemaPath: '#/properties/tests/properties/resilience/properties/equiv/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err142];
                                    }
                                    else {
                                        vErrors.push(err142);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data62.timeout !== undefined) {
                            let data66 = data62.timeout;
                            if (!(typeof data66 == 'number' &&
                                !(data66 % 1) &&
                                !isNaN(data66) &&
                                isFinite(data66))) {
                                const err143 = {
                                    instancePath: instancePath + '/tests/resilience/timeout',
                                    schemaPath: '#/properties/tests/properties/resilience/properties/timeout/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer'
                                };
                                if (vErrors === null) {
                                    vErrors = [err143];
                                }
                                else {
                                    vErrors.push(err143);
                                }
                                errors++;
                            }
                            if (typeof data66 == 'number' && isFinite(data66)) {
                                if (data66 < 0 || isNaN(data66)) {
                                    const err144 = {
                                        instancePath: instancePath + '/tests/resilience/timeout',
                                        schemaPath: '#/properties/tests/properties/resilience/properties/timeout/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err144];
                                    }
                                    else {
                                        vErrors.push(err144);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data62.score !== undefined) {
                            let data67 = data62.score;
                            if (typeof data67 == 'number' && isFinite(data67)) {
                                if (data67 > 1 || isNaN(data67)) {
                                    const err145 = {
                                        instancePath: instancePath + '/tests/resilience/score',
                                        schemaPath: '#/properties/tests/properties/resilience/properties/score/maximum',
                                        keyword: 'maximum',
                                        params: { comparison: '<=', limit: 1 },
                                        message: 'must be <= 1'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err145];
                                    }
                                    else {
                                        vErrors.push(err145);
                                    }
                                    errors++;
                                }
                                if (data67 < 0 || isNaN(data67)) {
                                    const err146 = {
                                        instancePath: instancePath + '/tests/resilience/score',
                                        schemaPath: '#/properties/tests/properties/resilience/properties/score/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
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
                            else {
                                const err147 = {
                                    instancePath: instancePath + '/tests/resilience/score',
                                    schemaPath: '#/properties/tests/properties/resilience/properties/score/type',
                                    keyword: 'type',
                                    params: { type: 'number' },
                                    message: 'must be number'
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
                        if (data62.delta_vs_main !== undefined) {
                            let data68 = data62.delta_vs_main;
                            if (typeof data68 == 'number' && isFinite(data68)) {
                                if (data68 > 1 || isNaN(data68)) {
                                    const err148 = {
                                        instancePath: instancePath + '/tests/resilience/delta_vs_main',
                                        schemaPath: '#/properties/tests/properties/resilience/properties/delta_vs_main/maximum',
                                        keyword: 'maximum',
                                        params: { comparison: '<=', limit: 1 },
                                        message: 'must be <= 1'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err148];
                                    }
                                    else {
                                        vErrors.push(err148);
                                    }
                                    errors++;
                                }
                                if (data68 < -1 || isNaN(data68)) {
                                    const err149 = {
                                        instancePath: instancePath + '/tests/resilience/delta_vs_main',
                                        schemaPath: '#/properties/tests/properties/resilience/properties/delta_vs_main/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: -1 },
                                        message: 'must be >= -1'
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
                            else {
                                const err150 = {
                                    instancePath: instancePath + '/tests/resilience/delta_vs_main',
                                    schemaPath: '#/properties/tests/properties/resilience/properties/delta_vs_main/type',
                                    keyword: 'type',
                                    params: { type: 'number' },
                                    message: 'must be number'
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
                        if (data62.equivalent_mutants_dropped !== undefined) {
                            if (typeof data62.equivalent_mutants_dropped !== 'boolean') {
                                const err151 = {
                                    instancePath: instancePath + '/tests/resilience/equivalent_mutants_dropped',
                                    schemaPath: '#/properties/tests/properties/resilience/properties/equivalent_mutants_dropped/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean'
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
                        if (data62.flakiness_index !== undefined) {
                            let data70 = data62.flakiness_index;
                            if (typeof data70 == 'number' && isFinite(data70)) {
                                if (data70 > 1 || isNaN(data70)) {
                                    const err152 = {
                                        instancePath: instancePath + '/tests/resilience/flakiness_index',
                                        schemaPath: '#/properties/tests/properties/resilience/properties/flakiness_index/maximum',
                                        keyword: 'maximum',
                                        params: { comparison: '<=', limit: 1 },
                                        message: 'must be <= 1'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err152];
                                    }
                                    else {
                                        vErrors.push(err152);
                                    }
                                    errors++;
                                }
                                if (data70 < 0 || isNaN(data70)) {
                                    const err153 = {
                                        instancePath: instancePath + '/tests/resilience/flakiness_index',
                                        schemaPath: '#/properties/tests/properties/resilience/properties/flakiness_index/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
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
                            else {
                                const err154 = {
                                    instancePath: instancePath + '/tests/resilience/flakiness_index',
                                    schemaPath: '#/properties/tests/properties/resilience/properties/flakiness_index/type',
                                    keyword: 'type',
                                    params: { type: 'number' },
                                    message: 'must be number'
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
                    }
                    else {
                        const err155 = {
                            instancePath: instancePath + '/tests/resilience',
                            schemaPath: '#/properties/tests/properties/resilience/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object'
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
            }
            else {
                const err156 = {
                    instancePath: instancePath + '/tests',
                    schemaPath: '#/properties/tests/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object'
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
        if (data.chaos !== undefined) {
            let data71 = data.chaos;
            if (Array.isArray(data71)) {
                const len2 = data71.length;
                for (let i2 = 0; i2 < len2; i2++) {
                    let data72 = data71[i2];
                    if (data72 && typeof data72 == 'object' && !Array.isArray(data72)) {
                        if (data72.fault === undefined) {
                            const err157 = {
                                instancePath: instancePath + '/chaos/' + i2,
                                schemaPath: '#/properties/chaos/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'fault' },
                                message: "must have required property '" + 'fault' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err157];
                            }
                            else {
                                vErrors.push(err157);
                            }
                            errors++;
                        }
                        if (data72.target === undefined) {
                            const err158 = {
                                instancePath: instancePath + '/chaos/' + i2,
                                schemaPath: '#/properties/chaos/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'target' },
                                message: "must have required property '" + 'target' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err158];
                            }
                            else {
                                vErrors.push(err158);
                            }
                            errors++;
                        }
                        if (data72.seed === undefined) {
                            const err159 = {
                                instancePath: instancePath + '/chaos/' + i2,
                                schemaPath: '#/properties/chaos/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'seed' },
                                message: "must have required property '" + 'seed' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err159];
                            }
                            else {
                                vErrors.push(err159);
                            }
                            errors++;
                        }
                        if (data72.outcome === undefined) {
                            const err160 = {
                                instancePath: instancePath + '/chaos/' + i2,
                                schemaPath: '#/properties/chaos/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'outcome' },
                                message: "must have required property '" + 'outcome' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err160];
                            }
                            else {
                                vErrors.push(err160);
                            }
                            errors++;
                        }
                        for (const key10 in data72) {
                            if (!(key10 === 'fault' ||
                                key10 === 'target' ||
                                key10 === 'seed' ||
                                key10 === 'rate' ||
                                key10 === 'started_at' ||
                                key10 === 'ended_at' ||
                                key10 === 'outcome' ||
                                key10 === 'retries')) {
                                const err161 = {
                                    instancePath: instancePath + '/chaos/' + i2,
                                    schemaPath: '#/properties/chaos/items/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key10 },
                                    message: 'must NOT have additional properties'
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
                        if (data72.fault !== undefined) {
                            let data73 = data72.fault;
                            if (typeof data73 !== 'string') {
                                const err162 = {
                                    instancePath: instancePath + '/chaos/' + i2 + '/fault',
                                    schemaPath: '#/properties/chaos/items/properties/fault/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
                                };
                                if (vErrors === null) {
                                    vErrors = [err162];
                                }
                                else {
                                    vErrors.push(err162);
                                }
                                errors++;
                            }
                            if (!(data73 === 'kill_job' ||
                                data73 === 'delay_net' ||
                                data73 === 'drop_net' ||
                                data73 === 'corrupt_cache' ||
                                data73 === 'cpu_stress' ||
                                data73 === 'disk_fill')) {
                                const err163 = {
                                    instancePath: instancePath + '/chaos/' + i2 + '/fault',
                                    schemaPath: '#/properties/chaos/items/properties/fault/enum',
                                    keyword: 'enum',
                                    params: { allowedValues: schema31.properties.chaos.items.properties.fault.enum },
                                    message: 'must be equal to one of the allowed values'
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
                        if (data72.target !== undefined) {
                            if (typeof data72.target !== 'string') {
                                const err164 = {
                                    instancePath: instancePath + '/chaos/' + i2 + '/target',
                                    schemaPath: '#/properties/chaos/items/properties/target/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
                                };
                                if (vErrors === null) {
                                    vErrors = [err164];
                                }
                                else {
                                    vErrors.push(err164);
                                }
                                errors++;
                            }
                        }
                        if (data72.seed !== undefined) {
                            let data75 = data72.seed;
                            if (!(typeof data75 == 'number' &&
                                !(data75 % 1) &&
                                !isNaN(data75) &&
                                isFinite(data75))) {
                                const err165 = {
                                    instancePath: instancePath + '/chaos/' + i2 + '/seed',
                                    schemaPath: '#/properties/chaos/items/properties/seed/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer'
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
                        if (data72.rate !== undefined) {
                            let data76 = data72.rate;
                            if (typeof data76 == 'number' && isFinite(data76)) {
                                if (data76 > 1 || isNaN(data76)) {
                                    const err166 = {
                                        instancePath: instancePath + '/chaos/' + i2 + '/rate',
                                        schemaPath: '#/properties/chaos/items/properties/rate/maximum',
                                        keyword: 'maximum',
                                        params: { comparison: '<=', limit: 1 },
                                        message: 'must be <= 1'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err166];
                                    }
                                    else {
                                        vErrors.push(err166);
                                    }
                                    errors++;
                                }
                                if (data76 < 0 || isNaN(data76)) {
                                    const err167 = {
                                        instancePath: instancePath + '/chaos/' + i2 + '/rate',
                                        schemaPath: '#/properties/chaos/items/properties/rate/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
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
                            else {
                                const err168 = {
                                    instancePath: instancePath + '/chaos/' + i2 + '/rate',
                                    schemaPath: '#/properties/chaos/items/properties/rate/type',
                                    keyword: 'type',
                                    params: { type: 'number' },
                                    message: 'must be number'
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
                        if (data72.started_at !== undefined) {
                            let data77 = data72.started_at;
                            if (typeof data77 === 'string') {
                                if (!formats2.validate(data77)) {
                                    const err169 = {
                                        instancePath: instancePath + '/chaos/' + i2 + '/started_at',
                                        schemaPath: '#/properties/chaos/items/properties/started_at/format',
                                        keyword: 'format',
                                        params: { format: 'date-time' },
                                        message: 'must match format "' + 'date-time' + '"'
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
                            else {
                                const err170 = {
                                    instancePath: instancePath + '/chaos/' + i2 + '/started_at',
                                    schemaPath: '#/properties/chaos/items/properties/started_at/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
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
                        if (data72.ended_at !== undefined) {
                            let data78 = data72.ended_at;
                            if (typeof data78 === 'string') {
                                if (!formats2.validate(data78)) {
                                    const err171 = {
                                        instancePath: instancePath + '/chaos/' + i2 + '/ended_at',
                                        schemaPath: '#/properties/chaos/items/properties/ended_at/format',
                                        keyword: 'format',
                                        params: { format: 'date-time' },
                                        message: 'must match format "' + 'date-time' + '"'
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
                            else {
                                const err172 = {
                                    instancePath: instancePath + '/chaos/' + i2 + '/ended_at',
                                    schemaPath: '#/properties/chaos/items/properties/ended_at/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
                                };
                                if (vErrors === null) {
                                    vErrors = [err172];
                                }
                                else {
                                    vErrors.push(err172);
                                }
                                errors++;
                            }
                        }
                        if (data72.outcome !== undefined) {
                            let data79 = data72.outcome;
                            if (typeof data79 !== 'string') {
                                const err173 = {
                                    instancePath: instancePath + '/chaos/' + i2 + '/outcome',
                                    schemaPath: '#/properties/chaos/items/properties/outcome/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
                                };
                                if (vErrors === null) {
                                    vErrors = [err173];
                                }
                                else {
                                    vErrors.push(err173);
                                }
                                errors++;
                            }
                            if (!(data79 === 'recovered' || data79 === 'degraded' || data79 === 'failed')) {
                                const err174 = {
                                    instancePath: instancePath + '/chaos/' + i2 + '/outcome',
                                    schemaPath: '#/properties/chaos/items/properties/outcome/enum',
                                    keyword: 'enum',
                                    params: {
                                        allowedValues: schema31.properties.chaos.items.properties.outcome.enum
                                    },
                                    message: 'must be equal to one of the allowed values'
                                };
                                if (vErrors === null) {
                                    vErrors = [err174];
                                }
                                else {
                                    vErrors.push(err174);
                                }
                                errors++;
                            }
                        }
                        if (data72.retries !== undefined) {
                            let data80 = data72.retries;
                            if (!(typeof data80 == 'number' &&
                                !(data80 % 1) &&
                                !isNaN(data80) &&
                                isFinite(data80))) {
                                const err175 = {
                                    instancePath: instancePath + '/chaos/' + i2 + '/retries',
                                    schemaPath: '#/properties/chaos/items/properties/retries/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer'
                                };
                                if (vErrors === null) {
                                    vErrors = [err175];
                                }
                                else {
                                    vErrors.push(err175);
                                }
                                errors++;
                            }
                            if (typeof data80 == 'number' && isFinite(data80)) {
                                if (data80 < 0 || isNaN(data80)) {
                                    const err176 = {
                                        instancePath: instancePath + '/chaos/' + i2 + '/retries',
                                        schemaPath: '#/properties/chaos/items/properties/retries/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
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
                        }
                    }
                    else {
                        const err177 = {
                            instancePath: instancePath + '/chaos/' + i2,
                            schemaPath: '#/properties/chaos/items/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object'
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
            }
            else {
                const err178 = {
                    instancePath: instancePath + '/chaos',
                    schemaPath: '#/properties/chaos/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array'
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
        if (data.autopsy !== undefined) {
            let data81 = data.autopsy;
            if (data81 && typeof data81 == 'object' && !Array.isArray(data81)) {
                for (const key11 in data81) {
                    if (!(key11 === 'root_causes')) {
                        const err179 = {
                            instancePath: instancePath + '/autopsy',
                            schemaPath: '#/properties/autopsy/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key11 },
                            message: 'must NOT have additional properties'
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
                if (data81.root_causes !== undefined) {
                    let data82 = data81.root_causes;
                    if (Array.isArray(data82)) {
                        const len3 = data82.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                            let data83 = data82[i3];
                            if (data83 && typeof data83 == 'object' && !Array.isArray(data83)) {
                                if (data83.pattern === undefined) {
                                    const err180 = {
                                        instancePath: instancePath + '/autopsy/root_causes/' + i3,
                                        schemaPath: '#/properties/autopsy/properties/root_causes/items/required',
                                        keyword: 'required',
                                        params: { missingProperty: 'pattern' },
                                        message: "must have required property '" + 'pattern' + "'"
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err180];
                                    }
                                    else {
                                        vErrors.push(err180);
                                    }
                                    errors++;
                                }
                                if (data83.suggestion === undefined) {
                                    const err181 = {
                                        instancePath: instancePath + '/autopsy/root_causes/' + i3,
                                        schemaPath: '#/properties/autopsy/properties/root_causes/items/required',
                                        keyword: 'required',
                                        params: { missingProperty: 'suggestion' },
                                        message: "must have required property '" + 'suggestion' + "'"
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err181];
                                    }
                                    else {
                                        vErrors.push(err181);
                                    }
                                    errors++;
                                }
                                for (const key12 in data83) {
                                    if (!(key12 === 'tool' ||
                                        key12 === 'pattern' ||
                                        key12 === 'file' ||
                                        key12 === 'line' ||
                                        key12 === 'message' ||
                                        key12 === 'suggestion' ||
                                        key12 === 'severity' ||
                                        key12 === 'docs_uri')) {
                                        const err182 = {
                                            instancePath: instancePath + '/autopsy/root_causes/' + i3,
                                            schemaPath: '#/properties/autopsy/properties/root_causes/items/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key12 },
                                            message: 'must NOT have additional properties'
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
                                if (data83.tool !== undefined) {
                                    if (typeof data83.tool !== 'string') {
                                        const err183 = {
                                            instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/tool',
                                            schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/tool/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
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
                                if (data83.pattern !== undefined) {
                                    if (typeof data83.pattern !== 'string') {
                                        const err184 = {
                                            instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/pattern',
                                            schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/pattern/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
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
                                if (data83.file !== undefined) {
                                    if (typeof data83.file !== 'string') {
                                        const err185 = {
                                            instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/file',
                                            schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/file/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
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
                                if (data83.line !== undefined) {
                                    let data87 = data83.line;
                                    if (!(typeof data87 == 'number' &&
                                        !(data87 % 1) &&
                                        !isNaN(data87) &&
                                        isFinite(data87))) {
                                        const err186 = {
                                            instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/line',
                                            schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/line/type',
                                            keyword: 'type',
                                            params: { type: 'integer' },
                                            message: 'must be integer'
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err186];
                                        }
                                        else {
                                            vErrors.push(err186);
                                        }
                                        errors++;
                                    }
                                    if (typeof data87 == 'number' && isFinite(data87)) {
                                        if (data87 < 1 || isNaN(data87)) {
                                            const err187 = {
                                                instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/line',
                                                schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/line/minimum',
                                                keyword: 'minimum',
                                                params: { comparison: '>=', limit: 1 },
                                                message: 'must be >= 1'
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
                                }
                                if (data83.message !== undefined) {
                                    if (typeof data83.message !== 'string') {
                                        const err188 = {
                                            instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/message',
                                            schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/message/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
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
                                if (data83.suggestion !== undefined) {
                                    if (typeof data83.suggestion !== 'string') {
                                        const err189 = {
                                            instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/suggestion',
                                            schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/suggestion/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err189];
                                        }
                                        else {
                                            vErrors.push(err189);
                                        }
                                        errors++;
                                    }
                                }
                                if (data83.severity !== undefined) {
                                    let data90 = data83.severity;
                                    if (typeof data90 !== 'string') {
                                        const err190 = {
                                            instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/severity',
                                            schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/severity/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err190];
                                        }
                                        else {
                                            vErrors.push(err190);
                                        }
                                        errors++;
                                    }
                                    if (!(data90 === 'info' || data90 === 'warn' || data90 === 'error')) {
                                        const err191 = {
                                            instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/severity',
                                            schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/severity/enum',
                                            keyword: 'enum',
                                            params: {
                                                allowedValues: schema31.properties.autopsy.properties.root_causes.items.properties
                                                    .severity.enum
                                            },
                                            message: 'must be equal to one of the allowed values'
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err191];
                                        }
                                        else {
                                            vErrors.push(err191);
                                        }
                                        errors++;
                                    }
                                }
                                if (data83.docs_uri !== undefined) {
                                    let data91 = data83.docs_uri;
                                    if (typeof data91 === 'string') {
                                        if (!formats6(data91)) {
                                            const err192 = {
                                                instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/docs_uri',
                                                schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/docs_uri/format',
                                                keyword: 'format',
                                                params: { format: 'uri' },
                                                message: 'must match format "' + 'uri' + '"'
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err192];
                                            }
                                            else {
                                                vErrors.push(err192);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err193 = {
                                            instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/docs_uri',
                                            schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/docs_uri/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
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
                            }
                            else {
                                const err194 = {
                                    instancePath: instancePath + '/autopsy/root_causes/' + i3,
                                    schemaPath: '#/properties/autopsy/properties/root_causes/items/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object'
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
                    }
                    else {
                        const err195 = {
                            instancePath: instancePath + '/autopsy/root_causes',
                            schemaPath: '#/properties/autopsy/properties/root_causes/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array'
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
            }
            else {
                const err196 = {
                    instancePath: instancePath + '/autopsy',
                    schemaPath: '#/properties/autopsy/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object'
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
        if (data.cost !== undefined) {
            let data92 = data.cost;
            if (data92 && typeof data92 == 'object' && !Array.isArray(data92)) {
                for (const key13 in data92) {
                    if (!(key13 === 'usd' || key13 === 'cpu_seconds' || key13 === 'gpu_seconds')) {
                        const err197 = {
                            instancePath: instancePath + '/cost',
                            schemaPath: '#/properties/cost/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key13 },
                            message: 'must NOT have additional properties'
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
                if (data92.usd !== undefined) {
                    let data93 = data92.usd;
                    if (typeof data93 == 'number' && isFinite(data93)) {
                        if (data93 < 0 || isNaN(data93)) {
                            const err198 = {
                                instancePath: instancePath + '/cost/usd',
                                schemaPath: '#/properties/cost/properties/usd/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
                            };
                            if (vErrors === null) {
                                vErrors = [err198];
                            }
                            else {
                                vErrors.push(err198);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err199 = {
                            instancePath: instancePath + '/cost/usd',
                            schemaPath: '#/properties/cost/properties/usd/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number'
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
                if (data92.cpu_seconds !== undefined) {
                    let data94 = data92.cpu_seconds;
                    if (typeof data94 == 'number' && isFinite(data94)) {
                        if (data94 < 0 || isNaN(data94)) {
                            const err200 = {
                                instancePath: instancePath + '/cost/cpu_seconds',
                                schemaPath: '#/properties/cost/properties/cpu_seconds/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
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
                    else {
                        const err201 = {
                            instancePath: instancePath + '/cost/cpu_seconds',
                            schemaPath: '#/properties/cost/properties/cpu_seconds/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number'
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
                if (data92.gpu_seconds !== undefined) {
                    let data95 = data92.gpu_seconds;
                    if (typeof data95 == 'number' && isFinite(data95)) {
                        if (data95 < 0 || isNaN(data95)) {
                            const err202 = {
                                instancePath: instancePath + '/cost/gpu_seconds',
                                schemaPath: '#/properties/cost/properties/gpu_seconds/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
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
                    else {
                        const err203 = {
                            instancePath: instancePath + '/cost/gpu_seconds',
                            schemaPath: '#/properties/cost/properties/gpu_seconds/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number'
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
            }
            else {
                const err204 = {
                    instancePath: instancePath + '/cost',
                    schemaPath: '#/properties/cost/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object'
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
    }
    else {
        const err205 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object'
        };
        if (vErrors === null) {
            vErrors = [err205];
        }
        else {
            vErrors.push(err205);
        }
        errors++;
    }
    validate20.errors = vErrors;
    return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const pipeline_run_v1_2 = validate21;
const schema32 = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://ci-intel.dev/schema/pipeline_run.v1.2.json',
    title: 'pipeline_run v1.2',
    type: 'object',
    additionalProperties: false,
    required: [
        'schema',
        'run_id',
        'repo',
        'commit_sha',
        'branch',
        'started_at',
        'ended_at',
        'status',
        'jobs',
        'tests',
        'cost'
    ],
    properties: {
        schema: { const: 'pipeline_run.v1.2' },
        run_id: { type: 'string', format: 'uuid' },
        repo: { type: 'string', pattern: '^[^/]+/[^/]+$' },
        commit_sha: { type: 'string', pattern: '^[0-9a-fA-F]{40}$' },
        branch: { type: 'string' },
        pr: { type: ['integer', 'null'], minimum: 1 },
        started_at: { type: 'string', format: 'date-time' },
        ended_at: { type: 'string', format: 'date-time' },
        status: { type: 'string', enum: ['success', 'failed', 'canceled', 'skipped'] },
        queue_ms: { type: 'integer', minimum: 0 },
        artifact_bytes: { type: 'integer', minimum: 0 },
        environment: { type: 'string', enum: ['preview', 'dev', 'staging', 'prod', 'test'] },
        deployment_id: { type: 'string' },
        rollout_step: { type: ['integer', 'null'], minimum: 0 },
        strategy: { type: 'string', enum: ['direct', 'rolling', 'blue-green', 'canary'] },
        image_digest: { type: 'string', pattern: '^sha256:[0-9a-fA-F]{64}$' },
        sbom_uri: { type: 'string', format: 'uri' },
        provenance_uri: { type: 'string', format: 'uri' },
        signature_uri: { type: 'string', format: 'uri' },
        release_evidence_uri: { type: 'string', format: 'uri' },
        runner_os: { type: 'string', enum: ['linux', 'windows', 'macos'] },
        runner_type: { type: 'string', enum: ['hosted', 'self-hosted'] },
        region: { type: 'string' },
        spot: { type: 'boolean' },
        carbon_g_co2e: { type: 'number', minimum: 0 },
        energy: {
            type: 'object',
            additionalProperties: false,
            properties: { kwh: { type: 'number', minimum: 0 } }
        },
        cache_keys: { type: 'array', items: { type: 'string' } },
        flakiness_index: { type: 'number', minimum: 0, maximum: 1 },
        canary_metrics: {
            type: 'object',
            additionalProperties: false,
            properties: {
                error_rate: { type: 'number', minimum: 0 },
                success_rate: { type: 'number', minimum: 0, maximum: 1 },
                latency_p50_ms: { type: 'number', minimum: 0 },
                latency_p95_ms: { type: 'number', minimum: 0 },
                latency_p99_ms: { type: 'number', minimum: 0 },
                reqs_per_s: { type: 'number', minimum: 0 }
            }
        },
        canary: {
            type: 'object',
            additionalProperties: false,
            required: ['decision'],
            description: 'The canary analysis that decided the rollout step: not in the plan schema, which its own example uses; declared here (issue #14).',
            properties: {
                decision: { type: 'string', enum: ['promote', 'hold', 'rollback'] },
                recorded_at: { type: 'string', format: 'date-time' },
                window: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['start', 'end'],
                    properties: {
                        start: { type: 'string', format: 'date-time' },
                        end: { type: 'string', format: 'date-time' }
                    }
                },
                query: { type: 'string' },
                metrics_uri: { type: 'string', format: 'uri' }
            }
        },
        rollback_reason: { type: 'string' },
        jobs: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'name', 'status', 'duration_ms'],
                properties: {
                    id: { type: 'string' },
                    name: { type: 'string' },
                    status: { type: 'string', enum: ['success', 'failed', 'canceled', 'skipped'] },
                    attempt: { type: 'integer', minimum: 1 },
                    duration_ms: { type: 'integer', minimum: 0 },
                    queue_ms: { type: 'integer', minimum: 0 },
                    cache: {
                        type: 'object',
                        additionalProperties: false,
                        properties: { hit: { type: 'boolean' }, key: { type: 'string' } }
                    },
                    machine: {
                        type: 'object',
                        additionalProperties: false,
                        properties: {
                            class: { type: 'string' },
                            cpu: { type: 'string' },
                            ram_gb: { type: 'number', minimum: 0 }
                        }
                    },
                    matrix: {
                        type: 'object',
                        additionalProperties: { type: ['string', 'number', 'boolean'] }
                    },
                    logs_uri: { type: 'string', format: 'uri' }
                }
            }
        },
        tests: {
            type: 'object',
            additionalProperties: false,
            required: ['total', 'failed', 'duration_ms', 'resilience'],
            properties: {
                total: { type: 'integer', minimum: 0 },
                failed: { type: 'integer', minimum: 0 },
                skipped: { type: 'integer', minimum: 0 },
                duration_ms: { type: 'integer', minimum: 0 },
                coverage: {
                    type: 'object',
                    additionalProperties: false,
                    properties: {
                        lines_pct: { type: 'number', minimum: 0, maximum: 1 },
                        branches_pct: { type: 'number', minimum: 0, maximum: 1 },
                        statements_pct: { type: 'number', minimum: 0, maximum: 1 }
                    }
                },
                resilience: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['mutants_total', 'killed', 'equiv', 'timeout', 'score'],
                    properties: {
                        mutants_total: { type: 'integer', minimum: 0 },
                        killed: { type: 'integer', minimum: 0 },
                        equiv: { type: 'integer', minimum: 0 },
                        timeout: { type: 'integer', minimum: 0 },
                        score: { type: 'number', minimum: 0, maximum: 1 },
                        delta_vs_main: { type: 'number', minimum: -1, maximum: 1 },
                        equivalent_mutants_dropped: { type: 'boolean' }
                    }
                }
            }
        },
        chaos: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['fault', 'target', 'seed', 'outcome'],
                properties: {
                    fault: {
                        type: 'string',
                        enum: ['kill_job', 'delay_net', 'drop_net', 'corrupt_cache', 'cpu_stress', 'disk_fill']
                    },
                    target: { type: 'string' },
                    seed: { type: 'integer' },
                    rate: { type: 'number', minimum: 0, maximum: 1 },
                    started_at: { type: 'string', format: 'date-time' },
                    ended_at: { type: 'string', format: 'date-time' },
                    outcome: { type: 'string', enum: ['recovered', 'degraded', 'failed'] },
                    retries: { type: 'integer', minimum: 0 }
                }
            }
        },
        autopsy: {
            type: 'object',
            additionalProperties: false,
            properties: {
                root_causes: {
                    type: 'array',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['pattern', 'suggestion'],
                        properties: {
                            tool: { type: 'string' },
                            pattern: { type: 'string' },
                            file: { type: 'string' },
                            line: { type: 'integer', minimum: 1 },
                            message: { type: 'string' },
                            suggestion: { type: 'string' },
                            severity: { type: 'string', enum: ['info', 'warn', 'error'] },
                            docs_uri: { type: 'string', format: 'uri' }
                        }
                    }
                }
            }
        },
        policies: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'result'],
                properties: {
                    id: { type: 'string' },
                    result: { type: 'string', enum: ['allow', 'deny', 'warn'] },
                    reason: { type: 'string' },
                    docs_uri: { type: 'string', format: 'uri' },
                    time_ns: { type: 'integer', minimum: 0 }
                }
            }
        },
        cost: {
            type: 'object',
            additionalProperties: false,
            properties: {
                usd: { type: 'number', minimum: 0 },
                cpu_seconds: { type: 'number', minimum: 0 },
                gpu_seconds: { type: 'number', minimum: 0 }
            }
        }
    },
    $comment: 'The plan schema (specs/pipeline_run.v1.2.plan.schema.json) with one addition: the top-level canary object its example carries.'
};
function validate21(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    /*# sourceURL="https://ci-intel.dev/schema/pipeline_run.v1.2.json" */ let vErrors = null;
    let errors = 0;
    const evaluated0 = validate21.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.schema === undefined) {
            const err0 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'schema' },
                message: "must have required property '" + 'schema' + "'"
            };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.run_id === undefined) {
            const err1 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'run_id' },
                message: "must have required property '" + 'run_id' + "'"
            };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.repo === undefined) {
            const err2 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'repo' },
                message: "must have required property '" + 'repo' + "'"
            };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.commit_sha === undefined) {
            const err3 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'commit_sha' },
                message: "must have required property '" + 'commit_sha' + "'"
            };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.branch === undefined) {
            const err4 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'branch' },
                message: "must have required property '" + 'branch' + "'"
            };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.started_at === undefined) {
            const err5 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'started_at' },
                message: "must have required property '" + 'started_at' + "'"
            };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.ended_at === undefined) {
            const err6 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'ended_at' },
                message: "must have required property '" + 'ended_at' + "'"
            };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if (data.status === undefined) {
            const err7 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'status' },
                message: "must have required property '" + 'status' + "'"
            };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if (data.jobs === undefined) {
            const err8 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'jobs' },
                message: "must have required property '" + 'jobs' + "'"
            };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if (data.tests === undefined) {
            const err9 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'tests' },
                message: "must have required property '" + 'tests' + "'"
            };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        if (data.cost === undefined) {
            const err10 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'cost' },
                message: "must have required property '" + 'cost' + "'"
            };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!func1.call(schema32.properties, key0)) {
                const err11 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties'
                };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.schema !== undefined) {
            if ('pipeline_run.v1.2' !== data.schema) {
                const err12 = {
                    instancePath: instancePath + '/schema',
                    schemaPath: '#/properties/schema/const',
                    keyword: 'const',
                    params: { allowedValue: 'pipeline_run.v1.2' },
                    message: 'must be equal to constant'
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
        if (data.run_id !== undefined) {
            let data1 = data.run_id;
            if (typeof data1 === 'string') {
                if (!formats0.test(data1)) {
                    const err13 = {
                        instancePath: instancePath + '/run_id',
                        schemaPath: '#/properties/run_id/format',
                        keyword: 'format',
                        params: { format: 'uuid' },
                        message: 'must match format "' + 'uuid' + '"'
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
            else {
                const err14 = {
                    instancePath: instancePath + '/run_id',
                    schemaPath: '#/properties/run_id/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.repo !== undefined) {
            let data2 = data.repo;
            if (typeof data2 === 'string') {
                if (!pattern4.test(data2)) {
                    const err15 = {
                        instancePath: instancePath + '/repo',
                        schemaPath: '#/properties/repo/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[^/]+/[^/]+$' },
                        message: 'must match pattern "' + '^[^/]+/[^/]+$' + '"'
                    };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
            }
            else {
                const err16 = {
                    instancePath: instancePath + '/repo',
                    schemaPath: '#/properties/repo/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.commit_sha !== undefined) {
            let data3 = data.commit_sha;
            if (typeof data3 === 'string') {
                if (!pattern5.test(data3)) {
                    const err17 = {
                        instancePath: instancePath + '/commit_sha',
                        schemaPath: '#/properties/commit_sha/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[0-9a-fA-F]{40}$' },
                        message: 'must match pattern "' + '^[0-9a-fA-F]{40}$' + '"'
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
            else {
                const err18 = {
                    instancePath: instancePath + '/commit_sha',
                    schemaPath: '#/properties/commit_sha/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.branch !== undefined) {
            if (typeof data.branch !== 'string') {
                const err19 = {
                    instancePath: instancePath + '/branch',
                    schemaPath: '#/properties/branch/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.pr !== undefined) {
            let data5 = data.pr;
            if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5)) &&
                data5 !== null) {
                const err20 = {
                    instancePath: instancePath + '/pr',
                    schemaPath: '#/properties/pr/type',
                    keyword: 'type',
                    params: { type: schema32.properties.pr.type },
                    message: 'must be integer,null'
                };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            if (typeof data5 == 'number' && isFinite(data5)) {
                if (data5 < 1 || isNaN(data5)) {
                    const err21 = {
                        instancePath: instancePath + '/pr',
                        schemaPath: '#/properties/pr/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 1 },
                        message: 'must be >= 1'
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
        }
        if (data.started_at !== undefined) {
            let data6 = data.started_at;
            if (typeof data6 === 'string') {
                if (!formats2.validate(data6)) {
                    const err22 = {
                        instancePath: instancePath + '/started_at',
                        schemaPath: '#/properties/started_at/format',
                        keyword: 'format',
                        params: { format: 'date-time' },
                        message: 'must match format "' + 'date-time' + '"'
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
            else {
                const err23 = {
                    instancePath: instancePath + '/started_at',
                    schemaPath: '#/properties/started_at/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.ended_at !== undefined) {
            let data7 = data.ended_at;
            if (typeof data7 === 'string') {
                if (!formats2.validate(data7)) {
                    const err24 = {
                        instancePath: instancePath + '/ended_at',
                        schemaPath: '#/properties/ended_at/format',
                        keyword: 'format',
                        params: { format: 'date-time' },
                        message: 'must match format "' + 'date-time' + '"'
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
                    instancePath: instancePath + '/ended_at',
                    schemaPath: '#/properties/ended_at/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.status !== undefined) {
            let data8 = data.status;
            if (typeof data8 !== 'string') {
                const err26 = {
                    instancePath: instancePath + '/status',
                    schemaPath: '#/properties/status/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
                };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
            if (!(data8 === 'success' ||
                data8 === 'failed' ||
                data8 === 'canceled' ||
                data8 === 'skipped')) {
                const err27 = {
                    instancePath: instancePath + '/status',
                    schemaPath: '#/properties/status/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema32.properties.status.enum },
                    message: 'must be equal to one of the allowed values'
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
        if (data.queue_ms !== undefined) {
            let data9 = data.queue_ms;
            if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
                const err28 = {
                    instancePath: instancePath + '/queue_ms',
                    schemaPath: '#/properties/queue_ms/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer'
                };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            if (typeof data9 == 'number' && isFinite(data9)) {
                if (data9 < 0 || isNaN(data9)) {
                    const err29 = {
                        instancePath: instancePath + '/queue_ms',
                        schemaPath: '#/properties/queue_ms/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0'
                    };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
            }
        }
        if (data.artifact_bytes !== undefined) {
            let data10 = data.artifact_bytes;
            if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
                const err30 = {
                    instancePath: instancePath + '/artifact_bytes',
                    schemaPath: '#/properties/artifact_bytes/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer'
                };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
            if (typeof data10 == 'number' && isFinite(data10)) {
                if (data10 < 0 || isNaN(data10)) {
                    const err31 = {
                        instancePath: instancePath + '/artifact_bytes',
                        schemaPath: '#/properties/artifact_bytes/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0'
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
        }
        if (data.environment !== undefined) {
            let data11 = data.environment;
            if (typeof data11 !== 'string') {
                const err32 = {
                    instancePath: instancePath + '/environment',
                    schemaPath: '#/properties/environment/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
                };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
            if (!(data11 === 'preview' ||
                data11 === 'dev' ||
                data11 === 'staging' ||
                data11 === 'prod' ||
                data11 === 'test')) {
                const err33 = {
                    instancePath: instancePath + '/environment',
                    schemaPath: '#/properties/environment/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema32.properties.environment.enum },
                    message: 'must be equal to one of the allowed values'
                };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
        }
        if (data.deployment_id !== undefined) {
            if (typeof data.deployment_id !== 'string') {
                const err34 = {
                    instancePath: instancePath + '/deployment_id',
                    schemaPath: '#/properties/deployment_id/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.rollout_step !== undefined) {
            let data13 = data.rollout_step;
            if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13) && isFinite(data13)) &&
                data13 !== null) {
                const err35 = {
                    instancePath: instancePath + '/rollout_step',
                    schemaPath: '#/properties/rollout_step/type',
                    keyword: 'type',
                    params: { type: schema32.properties.rollout_step.type },
                    message: 'must be integer,null'
                };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
            if (typeof data13 == 'number' && isFinite(data13)) {
                if (data13 < 0 || isNaN(data13)) {
                    const err36 = {
                        instancePath: instancePath + '/rollout_step',
                        schemaPath: '#/properties/rollout_step/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0'
                    };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
            }
        }
        if (data.strategy !== undefined) {
            let data14 = data.strategy;
            if (typeof data14 !== 'string') {
                const err37 = {
                    instancePath: instancePath + '/strategy',
                    schemaPath: '#/properties/strategy/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
                };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
            if (!(data14 === 'direct' ||
                data14 === 'rolling' ||
                data14 === 'blue-green' ||
                data14 === 'canary')) {
                const err38 = {
                    instancePath: instancePath + '/strategy',
                    schemaPath: '#/properties/strategy/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema32.properties.strategy.enum },
                    message: 'must be equal to one of the allowed values'
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
        if (data.image_digest !== undefined) {
            let data15 = data.image_digest;
            if (typeof data15 === 'string') {
                if (!pattern6.test(data15)) {
                    const err39 = {
                        instancePath: instancePath + '/image_digest',
                        schemaPath: '#/properties/image_digest/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^sha256:[0-9a-fA-F]{64}$' },
                        message: 'must match pattern "' + '^sha256:[0-9a-fA-F]{64}$' + '"'
                    };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
            }
            else {
                const err40 = {
                    instancePath: instancePath + '/image_digest',
                    schemaPath: '#/properties/image_digest/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.sbom_uri !== undefined) {
            let data16 = data.sbom_uri;
            if (typeof data16 === 'string') {
                if (!formats6(data16)) {
                    const err41 = {
                        instancePath: instancePath + '/sbom_uri',
                        schemaPath: '#/properties/sbom_uri/format',
                        keyword: 'format',
                        params: { format: 'uri' },
                        message: 'must match format "' + 'uri' + '"'
                    };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
            }
            else {
                const err42 = {
                    instancePath: instancePath + '/sbom_uri',
                    schemaPath: '#/properties/sbom_uri/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
                };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
        }
        if (data.provenance_uri !== undefined) {
            let data17 = data.provenance_uri;
            if (typeof data17 === 'string') {
                if (!formats6(data17)) {
                    const err43 = {
                        instancePath: instancePath + '/provenance_uri',
                        schemaPath: '#/properties/provenance_uri/format',
                        keyword: 'format',
                        params: { format: 'uri' },
                        message: 'must match format "' + 'uri' + '"'
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
            else {
                const err44 = {
                    instancePath: instancePath + '/provenance_uri',
                    schemaPath: '#/properties/provenance_uri/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.signature_uri !== undefined) {
            let data18 = data.signature_uri;
            if (typeof data18 === 'string') {
                if (!formats6(data18)) {
                    const err45 = {
                        instancePath: instancePath + '/signature_uri',
                        schemaPath: '#/properties/signature_uri/format',
                        keyword: 'format',
                        params: { format: 'uri' },
                        message: 'must match format "' + 'uri' + '"'
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
            else {
                const err46 = {
                    instancePath: instancePath + '/signature_uri',
                    schemaPath: '#/properties/signature_uri/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.release_evidence_uri !== undefined) {
            let data19 = data.release_evidence_uri;
            if (typeof data19 === 'string') {
                if (!formats6(data19)) {
                    const err47 = {
                        instancePath: instancePath + '/release_evidence_uri',
                        schemaPath: '#/properties/release_evidence_uri/format',
                        keyword: 'format',
                        params: { format: 'uri' },
                        message: 'must match format "' + 'uri' + '"'
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
            else {
                const err48 = {
                    instancePath: instancePath + '/release_evidence_uri',
                    schemaPath: '#/properties/release_evidence_uri/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.runner_os !== undefined) {
            let data20 = data.runner_os;
            if (typeof data20 !== 'string') {
                const err49 = {
                    instancePath: instancePath + '/runner_os',
                    schemaPath: '#/properties/runner_os/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
                };
                if (vErrors === null) {
                    vErrors = [err49];
                }
                else {
                    vErrors.push(err49);
                }
                errors++;
            }
            if (!(data20 === 'linux' || data20 === 'windows' || data20 === 'macos')) {
                const err50 = {
                    instancePath: instancePath + '/runner_os',
                    schemaPath: '#/properties/runner_os/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema32.properties.runner_os.enum },
                    message: 'must be equal to one of the allowed values'
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
        if (data.runner_type !== undefined) {
            let data21 = data.runner_type;
            if (typeof data21 !== 'string') {
                const err51 = {
                    instancePath: instancePath + '/runner_type',
                    schemaPath: '#/properties/runner_type/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
                };
                if (vErrors === null) {
                    vErrors = [err51];
                }
                else {
                    vErrors.push(err51);
                }
                errors++;
            }
            if (!(data21 === 'hosted' || data21 === 'self-hosted')) {
                const err52 = {
                    instancePath: instancePath + '/runner_type',
                    schemaPath: '#/properties/runner_type/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema32.properties.runner_type.enum },
                    message: 'must be equal to one of the allowed values'
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
        if (data.region !== undefined) {
            if (typeof data.region !== 'string') {
                const err53 = {
                    instancePath: instancePath + '/region',
                    schemaPath: '#/properties/region/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.spot !== undefined) {
            if (typeof data.spot !== 'boolean') {
                const err54 = {
                    instancePath: instancePath + '/spot',
                    schemaPath: '#/properties/spot/type',
                    keyword: 'type',
                    params: { type: 'boolean' },
                    message: 'must be boolean'
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
        if (data.carbon_g_co2e !== undefined) {
            let data24 = data.carbon_g_co2e;
            if (typeof data24 == 'number' && isFinite(data24)) {
                if (data24 < 0 || isNaN(data24)) {
                    const err55 = {
                        instancePath: instancePath + '/carbon_g_co2e',
                        schemaPath: '#/properties/carbon_g_co2e/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0'
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
            else {
                const err56 = {
                    instancePath: instancePath + '/carbon_g_co2e',
                    schemaPath: '#/properties/carbon_g_co2e/type',
                    keyword: 'type',
                    params: { type: 'number' },
                    message: 'must be number'
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
        if (data.energy !== undefined) {
            let data25 = data.energy;
            if (data25 && typeof data25 == 'object' && !Array.isArray(data25)) {
                for (const key1 in data25) {
                    if (!(key1 === 'kwh')) {
                        const err57 = {
                            instancePath: instancePath + '/energy',
                            schemaPath: '#/properties/energy/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key1 },
                            message: 'must NOT have additional properties'
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
                if (data25.kwh !== undefined) {
                    let data26 = data25.kwh;
                    if (typeof data26 == 'number' && isFinite(data26)) {
                        if (data26 < 0 || isNaN(data26)) {
                            const err58 = {
                                instancePath: instancePath + '/energy/kwh',
                                schemaPath: '#/properties/energy/properties/kwh/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
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
                    else {
                        const err59 = {
                            instancePath: instancePath + '/energy/kwh',
                            schemaPath: '#/properties/energy/properties/kwh/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number'
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
            }
            else {
                const err60 = {
                    instancePath: instancePath + '/energy',
                    schemaPath: '#/properties/energy/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object'
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
        if (data.cache_keys !== undefined) {
            let data27 = data.cache_keys;
            if (Array.isArray(data27)) {
                const len0 = data27.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (typeof data27[i0] !== 'string') {
                        const err61 = {
                            instancePath: instancePath + '/cache_keys/' + i0,
                            schemaPath: '#/properties/cache_keys/items/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string'
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
            }
            else {
                const err62 = {
                    instancePath: instancePath + '/cache_keys',
                    schemaPath: '#/properties/cache_keys/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array'
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
        if (data.flakiness_index !== undefined) {
            let data29 = data.flakiness_index;
            if (typeof data29 == 'number' && isFinite(data29)) {
                if (data29 > 1 || isNaN(data29)) {
                    const err63 = {
                        instancePath: instancePath + '/flakiness_index',
                        schemaPath: '#/properties/flakiness_index/maximum',
                        keyword: 'maximum',
                        params: { comparison: '<=', limit: 1 },
                        message: 'must be <= 1'
                    };
                    if (vErrors === null) {
                        vErrors = [err63];
                    }
                    else {
                        vErrors.push(err63);
                    }
                    errors++;
                }
                if (data29 < 0 || isNaN(data29)) {
                    const err64 = {
                        instancePath: instancePath + '/flakiness_index',
                        schemaPath: '#/properties/flakiness_index/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0'
                    };
                    if (vErrors === null) {
                        vErrors = [err64];
                    }
                    else {
                        vErrors.push(err64);
                    }
                    errors++;
                }
            }
            else {
                const err65 = {
                    instancePath: instancePath + '/flakiness_index',
                    schemaPath: '#/properties/flakiness_index/type',
                    keyword: 'type',
                    params: { type: 'number' },
                    message: 'must be number'
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
        if (data.canary_metrics !== undefined) {
            let data30 = data.canary_metrics;
            if (data30 && typeof data30 == 'object' && !Array.isArray(data30)) {
                for (const key2 in data30) {
                    if (!(key2 === 'error_rate' ||
                        key2 === 'success_rate' ||
                        key2 === 'latency_p50_ms' ||
                        key2 === 'latency_p95_ms' ||
                        key2 === 'latency_p99_ms' ||
                        key2 === 'reqs_per_s')) {
                        const err66 = {
                            instancePath: instancePath + '/canary_metrics',
                            schemaPath: '#/properties/canary_metrics/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key2 },
                            message: 'must NOT have additional properties'
                        };
                        if (vErrors === null) {
                            vErrors = [err66];
                        }
                        else {
                            vErrors.push(err66);
                        }
                        errors++;
                    }
                }
                if (data30.error_rate !== undefined) {
                    let data31 = data30.error_rate;
                    if (typeof data31 == 'number' && isFinite(data31)) {
                        if (data31 < 0 || isNaN(data31)) {
                            const err67 = {
                                instancePath: instancePath + '/canary_metrics/error_rate',
                                schemaPath: '#/properties/canary_metrics/properties/error_rate/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
                            };
                            if (vErrors === null) {
                                vErrors = [err67];
                            }
                            else {
                                vErrors.push(err67);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err68 = {
                            instancePath: instancePath + '/canary_metrics/error_rate',
                            schemaPath: '#/properties/canary_metrics/properties/error_rate/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number'
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
                if (data30.success_rate !== undefined) {
                    let data32 = data30.success_rate;
                    if (typeof data32 == 'number' && isFinite(data32)) {
                        if (data32 > 1 || isNaN(data32)) {
                            const err69 = {
                                instancePath: instancePath + '/canary_metrics/success_rate',
                                schemaPath: '#/properties/canary_metrics/properties/success_rate/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 1 },
                                message: 'must be <= 1'
                            };
                            if (vErrors === null) {
                                vErrors = [err69];
                            }
                            else {
                                vErrors.push(err69);
                            }
                            errors++;
                        }
                        if (data32 < 0 || isNaN(data32)) {
                            const err70 = {
                                instancePath: instancePath + '/canary_metrics/success_rate',
                                schemaPath: '#/properties/canary_metrics/properties/success_rate/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
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
                            instancePath: instancePath + '/canary_metrics/success_rate',
                            schemaPath: '#/properties/canary_metrics/properties/success_rate/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number'
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
                if (data30.latency_p50_ms !== undefined) {
                    let data33 = data30.latency_p50_ms;
                    if (typeof data33 == 'number' && isFinite(data33)) {
                        if (data33 < 0 || isNaN(data33)) {
                            const err72 = {
                                instancePath: instancePath + '/canary_metrics/latency_p50_ms',
                                schemaPath: '#/properties/canary_metrics/properties/latency_p50_ms/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
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
                            instancePath: instancePath + '/canary_metrics/latency_p50_ms',
                            schemaPath: '#/properties/canary_metrics/properties/latency_p50_ms/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number'
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
                if (data30.latency_p95_ms !== undefined) {
                    let data34 = data30.latency_p95_ms;
                    if (typeof data34 == 'number' && isFinite(data34)) {
                        if (data34 < 0 || isNaN(data34)) {
                            const err74 = {
                                instancePath: instancePath + '/canary_metrics/latency_p95_ms',
                                schemaPath: '#/properties/canary_metrics/properties/latency_p95_ms/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
                            };
                            if (vErrors === null) {
                                vErrors = [err74];
                            }
                            else {
                                vErrors.push(err74);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err75 = {
                            instancePath: instancePath + '/canary_metrics/latency_p95_ms',
                            schemaPath: '#/properties/canary_metrics/properties/latency_p95_ms/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number'
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
                if (data30.latency_p99_ms !== undefined) {
                    let data35 = data30.latency_p99_ms;
                    if (typeof data35 == 'number' && isFinite(data35)) {
                        if (data35 < 0 || isNaN(data35)) {
                            const err76 = {
                                instancePath: instancePath + '/canary_metrics/latency_p99_ms',
                                schemaPath: '#/properties/canary_metrics/properties/latency_p99_ms/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
                            };
                            if (vErrors === null) {
                                vErrors = [err76];
                            }
                            else {
                                vErrors.push(err76);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err77 = {
                            instancePath: instancePath + '/canary_metrics/latency_p99_ms',
                            schemaPath: '#/properties/canary_metrics/properties/latency_p99_ms/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number'
                        };
                        if (vErrors === null) {
                            vErrors = [err77];
                        }
                        else {
                            vErrors.push(err77);
                        }
                        errors++;
                    }
                }
                if (data30.reqs_per_s !== undefined) {
                    let data36 = data30.reqs_per_s;
                    if (typeof data36 == 'number' && isFinite(data36)) {
                        if (data36 < 0 || isNaN(data36)) {
                            const err78 = {
                                instancePath: instancePath + '/canary_metrics/reqs_per_s',
                                schemaPath: '#/properties/canary_metrics/properties/reqs_per_s/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
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
                    else {
                        const err79 = {
                            instancePath: instancePath + '/canary_metrics/reqs_per_s',
                            schemaPath: '#/properties/canary_metrics/properties/reqs_per_s/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number'
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
            }
            else {
                const err80 = {
                    instancePath: instancePath + '/canary_metrics',
                    schemaPath: '#/properties/canary_metrics/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object'
                };
                if (vErrors === null) {
                    vErrors = [err80];
                }
                else {
                    vErrors.push(err80);
                }
                errors++;
            }
        }
        if (data.canary !== undefined) {
            let data37 = data.canary;
            if (data37 && typeof data37 == 'object' && !Array.isArray(data37)) {
                if (data37.decision === undefined) {
                    const err81 = {
                        instancePath: instancePath + '/canary',
                        schemaPath: '#/properties/canary/required',
                        keyword: 'required',
                        params: { missingProperty: 'decision' },
                        message: "must have required property '" + 'decision' + "'"
                    };
                    if (vErrors === null) {
                        vErrors = [err81];
                    }
                    else {
                        vErrors.push(err81);
                    }
                    errors++;
                }
                for (const key3 in data37) {
                    if (!(key3 === 'decision' ||
                        key3 === 'recorded_at' ||
                        key3 === 'window' ||
                        key3 === 'query' ||
                        key3 === 'metrics_uri')) {
                        const err82 = {
                            instancePath: instancePath + '/canary',
                            schemaPath: '#/properties/canary/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key3 },
                            message: 'must NOT have additional properties'
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
                if (data37.decision !== undefined) {
                    let data38 = data37.decision;
                    if (typeof data38 !== 'string') {
                        const err83 = {
                            instancePath: instancePath + '/canary/decision',
                            schemaPath: '#/properties/canary/properties/decision/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string'
                        };
                        if (vErrors === null) {
                            vErrors = [err83];
                        }
                        else {
                            vErrors.push(err83);
                        }
                        errors++;
                    }
                    if (!(data38 === 'promote' || data38 === 'hold' || data38 === 'rollback')) {
                        const err84 = {
                            instancePath: instancePath + '/canary/decision',
                            schemaPath: '#/properties/canary/properties/decision/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema32.properties.canary.properties.decision.enum },
                            message: 'must be equal to one of the allowed values'
                        };
                        if (vErrors === null) {
                            vErrors = [err84];
                        }
                        else {
                            vErrors.push(err84);
                        }
                        errors++;
                    }
                }
                if (data37.recorded_at !== undefined) {
                    let data39 = data37.recorded_at;
                    if (typeof data39 === 'string') {
                        if (!formats2.validate(data39)) {
                            const err85 = {
                                instancePath: instancePath + '/canary/recorded_at',
                                schemaPath: '#/properties/canary/properties/recorded_at/format',
                                keyword: 'format',
                                params: { format: 'date-time' },
                                message: 'must match format "' + 'date-time' + '"'
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
                    else {
                        const err86 = {
                            instancePath: instancePath + '/canary/recorded_at',
                            schemaPath: '#/properties/canary/properties/recorded_at/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string'
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
                if (data37.window !== undefined) {
                    let data40 = data37.window;
                    if (data40 && typeof data40 == 'object' && !Array.isArray(data40)) {
                        if (data40.start === undefined) {
                            const err87 = {
                                instancePath: instancePath + '/canary/window',
                                schemaPath: '#/properties/canary/properties/window/required',
                                keyword: 'required',
                                params: { missingProperty: 'start' },
                                message: "must have required property '" + 'start' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err87];
                            }
                            else {
                                vErrors.push(err87);
                            }
                            errors++;
                        }
                        if (data40.end === undefined) {
                            const err88 = {
                                instancePath: instancePath + '/canary/window',
                                schemaPath: '#/properties/canary/properties/window/required',
                                keyword: 'required',
                                params: { missingProperty: 'end' },
                                message: "must have required property '" + 'end' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err88];
                            }
                            else {
                                vErrors.push(err88);
                            }
                            errors++;
                        }
                        for (const key4 in data40) {
                            if (!(key4 === 'start' || key4 === 'end')) {
                                const err89 = {
                                    instancePath: instancePath + '/canary/window',
                                    schemaPath: '#/properties/canary/properties/window/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key4 },
                                    message: 'must NOT have additional properties'
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
                        if (data40.start !== undefined) {
                            let data41 = data40.start;
                            if (typeof data41 === 'string') {
                                if (!formats2.validate(data41)) {
                                    const err90 = {
                                        instancePath: instancePath + '/canary/window/start',
                                        schemaPath: '#/properties/canary/properties/window/properties/start/format',
                                        keyword: 'format',
                                        params: { format: 'date-time' },
                                        message: 'must match format "' + 'date-time' + '"'
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
                            else {
                                const err91 = {
                                    instancePath: instancePath + '/canary/window/start',
                                    schemaPath: '#/properties/canary/properties/window/properties/start/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
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
                        if (data40.end !== undefined) {
                            let data42 = data40.end;
                            if (typeof data42 === 'string') {
                                if (!formats2.validate(data42)) {
                                    const err92 = {
                                        instancePath: instancePath + '/canary/window/end',
                                        schemaPath: '#/properties/canary/properties/window/properties/end/format',
                                        keyword: 'format',
                                        params: { format: 'date-time' },
                                        message: 'must match format "' + 'date-time' + '"'
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
                            else {
                                const err93 = {
                                    instancePath: instancePath + '/canary/window/end',
                                    schemaPath: '#/properties/canary/properties/window/properties/end/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
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
                    }
                    else {
                        const err94 = {
                            instancePath: instancePath + '/canary/window',
                            schemaPath: '#/properties/canary/properties/window/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object'
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
                if (data37.query !== undefined) {
                    if (typeof data37.query !== 'string') {
                        const err95 = {
                            instancePath: instancePath + '/canary/query',
                            schemaPath: '#/properties/canary/properties/query/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string'
                        };
                        if (vErrors === null) {
                            vErrors = [err95];
                        }
                        else {
                            vErrors.push(err95);
                        }
                        errors++;
                    }
                }
                if (data37.metrics_uri !== undefined) {
                    let data44 = data37.metrics_uri;
                    if (typeof data44 === 'string') {
                        if (!formats6(data44)) {
                            const err96 = {
                                instancePath: instancePath + '/canary/metrics_uri',
                                schemaPath: '#/properties/canary/properties/metrics_uri/format',
                                keyword: 'format',
                                params: { format: 'uri' },
                                message: 'must match format "' + 'uri' + '"'
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
                            instancePath: instancePath + '/canary/metrics_uri',
                            schemaPath: '#/properties/canary/properties/metrics_uri/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string'
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
            }
            else {
                const err98 = {
                    instancePath: instancePath + '/canary',
                    schemaPath: '#/properties/canary/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object'
                };
                if (vErrors === null) {
                    vErrors = [err98];
                }
                else {
                    vErrors.push(err98);
                }
                errors++;
            }
        }
        if (data.rollback_reason !== undefined) {
            if (typeof data.rollback_reason !== 'string') {
                const err99 = {
                    instancePath: instancePath + '/rollback_reason',
                    schemaPath: '#/properties/rollback_reason/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
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
        if (data.jobs !== undefined) {
            let data46 = data.jobs;
            if (Array.isArray(data46)) {
                if (data46.length < 1) {
                    const err100 = {
                        instancePath: instancePath + '/jobs',
                        schemaPath: '#/properties/jobs/minItems',
                        keyword: 'minItems',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 items'
                    };
                    if (vErrors === null) {
                        vErrors = [err100];
                    }
                    else {
                        vErrors.push(err100);
                    }
                    errors++;
                }
                const len1 = data46.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data47 = data46[i1];
                    if (data47 && typeof data47 == 'object' && !Array.isArray(data47)) {
                        if (data47.id === undefined) {
                            const err101 = {
                                instancePath: instancePath + '/jobs/' + i1,
                                schemaPath: '#/properties/jobs/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'id' },
                                message: "must have required property '" + 'id' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err101];
                            }
                            else {
                                vErrors.push(err101);
                            }
                            errors++;
                        }
                        if (data47.name === undefined) {
                            const err102 = {
                                instancePath: instancePath + '/jobs/' + i1,
                                schemaPath: '#/properties/jobs/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'name' },
                                message: "must have required property '" + 'name' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err102];
                            }
                            else {
                                vErrors.push(err102);
                            }
                            errors++;
                        }
                        if (data47.status === undefined) {
                            const err103 = {
                                instancePath: instancePath + '/jobs/' + i1,
                                schemaPath: '#/properties/jobs/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'status' },
                                message: "must have required property '" + 'status' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err103];
                            }
                            else {
                                vErrors.push(err103);
                            }
                            errors++;
                        }
                        if (data47.duration_ms === undefined) {
                            const err104 = {
                                instancePath: instancePath + '/jobs/' + i1,
                                schemaPath: '#/properties/jobs/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'duration_ms' },
                                message: "must have required property '" + 'duration_ms' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err104];
                            }
                            else {
                                vErrors.push(err104);
                            }
                            errors++;
                        }
                        for (const key5 in data47) {
                            if (!func1.call(schema32.properties.jobs.items.properties, key5)) {
                                const err105 = {
                                    instancePath: instancePath + '/jobs/' + i1,
                                    schemaPath: '#/properties/jobs/items/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key5 },
                                    message: 'must NOT have additional properties'
                                };
                                if (vErrors === null) {
                                    vErrors = [err105];
                                }
                                else {
                                    vErrors.push(err105);
                                }
                                errors++;
                            }
                        }
                        if (data47.id !== undefined) {
                            if (typeof data47.id !== 'string') {
                                const err106 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/id',
                                    schemaPath: '#/properties/jobs/items/properties/id/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
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
                        if (data47.name !== undefined) {
                            if (typeof data47.name !== 'string') {
                                const err107 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/name',
                                    schemaPath: '#/properties/jobs/items/properties/name/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
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
                        if (data47.status !== undefined) {
                            let data50 = data47.status;
                            if (typeof data50 !== 'string') {
                                const err108 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/status',
                                    schemaPath: '#/properties/jobs/items/properties/status/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
                                };
                                if (vErrors === null) {
                                    vErrors = [err108];
                                }
                                else {
                                    vErrors.push(err108);
                                }
                                errors++;
                            }
                            if (!(data50 === 'success' ||
                                data50 === 'failed' ||
                                data50 === 'canceled' ||
                                data50 === 'skipped')) {
                                const err109 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/status',
                                    schemaPath: '#/properties/jobs/items/properties/status/enum',
                                    keyword: 'enum',
                                    params: { allowedValues: schema32.properties.jobs.items.properties.status.enum },
                                    message: 'must be equal to one of the allowed values'
                                };
                                if (vErrors === null) {
                                    vErrors = [err109];
                                }
                                else {
                                    vErrors.push(err109);
                                }
                                errors++;
                            }
                        }
                        if (data47.attempt !== undefined) {
                            let data51 = data47.attempt;
                            if (!(typeof data51 == 'number' &&
                                !(data51 % 1) &&
                                !isNaN(data51) &&
                                isFinite(data51))) {
                                const err110 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/attempt',
                                    schemaPath: '#/properties/jobs/items/properties/attempt/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer'
                                };
                                if (vErrors === null) {
                                    vErrors = [err110];
                                }
                                else {
                                    vErrors.push(err110);
                                }
                                errors++;
                            }
                            if (typeof data51 == 'number' && isFinite(data51)) {
                                if (data51 < 1 || isNaN(data51)) {
                                    const err111 = {
                                        instancePath: instancePath + '/jobs/' + i1 + '/attempt',
                                        schemaPath: '#/properties/jobs/items/properties/attempt/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 1 },
                                        message: 'must be >= 1'
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
                        if (data47.duration_ms !== undefined) {
                            let data52 = data47.duration_ms;
                            if (!(typeof data52 == 'number' &&
                                !(data52 % 1) &&
                                !isNaN(data52) &&
                                isFinite(data52))) {
                                const err112 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/duration_ms',
                                    schemaPath: '#/properties/jobs/items/properties/duration_ms/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer'
                                };
                                if (vErrors === null) {
                                    vErrors = [err112];
                                }
                                else {
                                    vErrors.push(err112);
                                }
                                errors++;
                            }
                            if (typeof data52 == 'number' && isFinite(data52)) {
                                if (data52 < 0 || isNaN(data52)) {
                                    const err113 = {
                                        instancePath: instancePath + '/jobs/' + i1 + '/duration_ms',
                                        schemaPath: '#/properties/jobs/items/properties/duration_ms/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
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
                        }
                        if (data47.queue_ms !== undefined) {
                            let data53 = data47.queue_ms;
                            if (!(typeof data53 == 'number' &&
                                !(data53 % 1) &&
                                !isNaN(data53) &&
                                isFinite(data53))) {
                                const err114 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/queue_ms',
                                    schemaPath: '#/properties/jobs/items/properties/queue_ms/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer'
                                };
                                if (vErrors === null) {
                                    vErrors = [err114];
                                }
                                else {
                                    vErrors.push(err114);
                                }
                                errors++;
                            }
                            if (typeof data53 == 'number' && isFinite(data53)) {
                                if (data53 < 0 || isNaN(data53)) {
                                    const err115 = {
                                        instancePath: instancePath + '/jobs/' + i1 + '/queue_ms',
                                        schemaPath: '#/properties/jobs/items/properties/queue_ms/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
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
                        }
                        if (data47.cache !== undefined) {
                            let data54 = data47.cache;
                            if (data54 && typeof data54 == 'object' && !Array.isArray(data54)) {
                                for (const key6 in data54) {
                                    if (!(key6 === 'hit' || key6 === 'key')) {
                                        const err116 = {
                                            instancePath: instancePath + '/jobs/' + i1 + '/cache',
                                            schemaPath: '#/properties/jobs/items/properties/cache/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key6 },
                                            message: 'must NOT have additional properties'
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
                                if (data54.hit !== undefined) {
                                    if (typeof data54.hit !== 'boolean') {
                                        const err117 = {
                                            instancePath: instancePath + '/jobs/' + i1 + '/cache/hit',
                                            schemaPath: '#/properties/jobs/items/properties/cache/properties/hit/type',
                                            keyword: 'type',
                                            params: { type: 'boolean' },
                                            message: 'must be boolean'
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
                                if (data54.key !== undefined) {
                                    if (typeof data54.key !== 'string') {
                                        const err118 = {
                                            instancePath: instancePath + '/jobs/' + i1 + '/cache/key',
                                            schemaPath: '#/properties/jobs/items/properties/cache/properties/key/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
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
                            }
                            else {
                                const err119 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/cache',
                                    schemaPath: '#/properties/jobs/items/properties/cache/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object'
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
                        if (data47.machine !== undefined) {
                            let data57 = data47.machine;
                            if (data57 && typeof data57 == 'object' && !Array.isArray(data57)) {
                                for (const key7 in data57) {
                                    if (!(key7 === 'class' || key7 === 'cpu' || key7 === 'ram_gb')) {
                                        const err120 = {
                                            instancePath: instancePath + '/jobs/' + i1 + '/machine',
                                            schemaPath: '#/properties/jobs/items/properties/machine/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key7 },
                                            message: 'must NOT have additional properties'
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err120];
                                        }
                                        else {
                                            vErrors.push(err120);
                                        }
                                        errors++;
                                    }
                                }
                                if (data57.class !== undefined) {
                                    if (typeof data57.class !== 'string') {
                                        const err121 = {
                                            instancePath: instancePath + '/jobs/' + i1 + '/machine/class',
                                            schemaPath: '#/properties/jobs/items/properties/machine/properties/class/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err121];
                                        }
                                        else {
                                            vErrors.push(err121);
                                        }
                                        errors++;
                                    }
                                }
                                if (data57.cpu !== undefined) {
                                    if (typeof data57.cpu !== 'string') {
                                        const err122 = {
                                            instancePath: instancePath + '/jobs/' + i1 + '/machine/cpu',
                                            schemaPath: '#/properties/jobs/items/properties/machine/properties/cpu/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
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
                                if (data57.ram_gb !== undefined) {
                                    let data60 = data57.ram_gb;
                                    if (typeof data60 == 'number' && isFinite(data60)) {
                                        if (data60 < 0 || isNaN(data60)) {
                                            const err123 = {
                                                instancePath: instancePath + '/jobs/' + i1 + '/machine/ram_gb',
                                                schemaPath: '#/properties/jobs/items/properties/machine/properties/ram_gb/minimum',
                                                keyword: 'minimum',
                                                params: { comparison: '>=', limit: 0 },
                                                message: 'must be >= 0'
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
                                    else {
                                        const err124 = {
                                            instancePath: instancePath + '/jobs/' + i1 + '/machine/ram_gb',
                                            schemaPath: '#/properties/jobs/items/properties/machine/properties/ram_gb/type',
                                            keyword: 'type',
                                            params: { type: 'number' },
                                            message: 'must be number'
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
                            }
                            else {
                                const err125 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/machine',
                                    schemaPath: '#/properties/jobs/items/properties/machine/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object'
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
                        if (data47.matrix !== undefined) {
                            let data61 = data47.matrix;
                            if (data61 && typeof data61 == 'object' && !Array.isArray(data61)) {
                                for (const key8 in data61) {
                                    let data62 = data61[key8];
                                    if (typeof data62 !== 'string' &&
                                        !(typeof data62 == 'number' && isFinite(data62)) &&
                                        typeof data62 !== 'boolean') {
                                        const err126 = {
                                            instancePath: instancePath +
                                                '/jobs/' +
                                                i1 +
                                                '/matrix/' +
                                                key8.replace(/~/g, '~0').replace(/\//g, '~1'),
                                            schemaPath: '#/properties/jobs/items/properties/matrix/additionalProperties/type',
                                            keyword: 'type',
                                            params: {
                                                type: schema32.properties.jobs.items.properties.matrix.additionalProperties
                                                    .type
                                            },
                                            message: 'must be string,number,boolean'
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err126];
                                        }
                                        else {
                                            vErrors.push(err126);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err127 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/matrix',
                                    schemaPath: '#/properties/jobs/items/properties/matrix/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object'
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
                        if (data47.logs_uri !== undefined) {
                            let data63 = data47.logs_uri;
                            if (typeof data63 === 'string') {
                                if (!formats6(data63)) {
                                    const err128 = {
                                        instancePath: instancePath + '/jobs/' + i1 + '/logs_uri',
                                        schemaPath: '#/properties/jobs/items/properties/logs_uri/format',
                                        keyword: 'format',
                                        params: { format: 'uri' },
                                        message: 'must match format "' + 'uri' + '"'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err128];
                                    }
                                    else {
                                        vErrors.push(err128);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err129 = {
                                    instancePath: instancePath + '/jobs/' + i1 + '/logs_uri',
                                    schemaPath: '#/properties/jobs/items/properties/logs_uri/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
                                };
                                if (vErrors === null) {
                                    vErrors = [err129];
                                }
                                else {
                                    vErrors.push(err129);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err130 = {
                            instancePath: instancePath + '/jobs/' + i1,
                            schemaPath: '#/properties/jobs/items/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object'
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
            }
            else {
                const err131 = {
                    instancePath: instancePath + '/jobs',
                    schemaPath: '#/properties/jobs/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array'
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
        if (data.tests !== undefined) {
            let data64 = data.tests;
            if (data64 && typeof data64 == 'object' && !Array.isArray(data64)) {
                if (data64.total === undefined) {
                    const err132 = {
                        instancePath: instancePath + '/tests',
                        schemaPath: '#/properties/tests/required',
                        keyword: 'required',
                        params: { missingProperty: 'total' },
                        message: "must have required property '" + 'total' + "'"
                    };
                    if (vErrors === null) {
                        vErrors = [err132];
                    }
                    else {
                        vErrors.push(err132);
                    }
                    errors++;
                }
                if (data64.failed === undefined) {
                    const err133 = {
                        instancePath: instancePath + '/tests',
                        schemaPath: '#/properties/tests/required',
                        keyword: 'required',
                        params: { missingProperty: 'failed' },
                        message: "must have required property '" + 'failed' + "'"
                    };
                    if (vErrors === null) {
                        vErrors = [err133];
                    }
                    else {
                        vErrors.push(err133);
                    }
                    errors++;
                }
                if (data64.duration_ms === undefined) {
                    const err134 = {
                        instancePath: instancePath + '/tests',
                        schemaPath: '#/properties/tests/required',
                        keyword: 'required',
                        params: { missingProperty: 'duration_ms' },
                        message: "must have required property '" + 'duration_ms' + "'"
                    };
                    if (vErrors === null) {
                        vErrors = [err134];
                    }
                    else {
                        vErrors.push(err134);
                    }
                    errors++;
                }
                if (data64.resilience === undefined) {
                    const err135 = {
                        instancePath: instancePath + '/tests',
                        schemaPath: '#/properties/tests/required',
                        keyword: 'required',
                        params: { missingProperty: 'resilience' },
                        message: "must have required property '" + 'resilience' + "'"
                    };
                    if (vErrors === null) {
                        vErrors = [err135];
                    }
                    else {
                        vErrors.push(err135);
                    }
                    errors++;
                }
                for (const key9 in data64) {
                    if (!(key9 === 'total' ||
                        key9 === 'failed' ||
                        key9 === 'skipped' ||
                        key9 === 'duration_ms' ||
                        key9 === 'coverage' ||
                        key9 === 'resilience')) {
                        const err136 = {
                            instancePath: instancePath + '/tests',
                            schemaPath: '#/properties/tests/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key9 },
                            message: 'must NOT have additional properties'
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
                if (data64.total !== undefined) {
                    let data65 = data64.total;
                    if (!(typeof data65 == 'number' && !(data65 % 1) && !isNaN(data65) && isFinite(data65))) {
                        const err137 = {
                            instancePath: instancePath + '/tests/total',
                            schemaPath: '#/properties/tests/properties/total/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer'
                        };
                        if (vErrors === null) {
                            vErrors = [err137];
                        }
                        else {
                            vErrors.push(err137);
                        }
                        errors++;
                    }
                    if (typeof data65 == 'number' && isFinite(data65)) {
                        if (data65 < 0 || isNaN(data65)) {
                            const err138 = {
                                instancePath: instancePath + '/tests/total',
                                schemaPath: '#/properties/tests/properties/total/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
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
                }
                if (data64.failed !== undefined) {
                    let data66 = data64.failed;
                    if (!(typeof data66 == 'number' && !(data66 % 1) && !isNaN(data66) && isFinite(data66))) {
                        const err139 = {
                            instancePath: instancePath + '/tests/failed',
                            schemaPath: '#/properties/tests/properties/failed/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer'
                        };
                        if (vErrors === null) {
                            vErrors = [err139];
                        }
                        else {
                            vErrors.push(err139);
                        }
                        errors++;
                    }
                    if (typeof data66 == 'number' && isFinite(data66)) {
                        if (data66 < 0 || isNaN(data66)) {
                            const err140 = {
                                instancePath: instancePath + '/tests/failed',
                                schemaPath: '#/properties/tests/properties/failed/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
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
                }
                if (data64.skipped !== undefined) {
                    let data67 = data64.skipped;
                    if (!(typeof data67 == 'number' && !(data67 % 1) && !isNaN(data67) && isFinite(data67))) {
                        const err141 = {
                            instancePath: instancePath + '/tests/skipped',
                            schemaPath: '#/properties/tests/properties/skipped/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer'
                        };
                        if (vErrors === null) {
                            vErrors = [err141];
                        }
                        else {
                            vErrors.push(err141);
                        }
                        errors++;
                    }
                    if (typeof data67 == 'number' && isFinite(data67)) {
                        if (data67 < 0 || isNaN(data67)) {
                            const err142 = {
                                instancePath: instancePath + '/tests/skipped',
                                schemaPath: '#/properties/tests/properties/skipped/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
                            };
                            if (vErrors === null) {
                                vErrors = [err142];
                            }
                            else {
                                vErrors.push(err142);
                            }
                            errors++;
                        }
                    }
                }
                if (data64.duration_ms !== undefined) {
                    let data68 = data64.duration_ms;
                    if (!(typeof data68 == 'number' && !(data68 % 1) && !isNaN(data68) && isFinite(data68))) {
                        const err143 = {
                            instancePath: instancePath + '/tests/duration_ms',
                            schemaPath: '#/properties/tests/properties/duration_ms/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer'
                        };
                        if (vErrors === null) {
                            vErrors = [err143];
                        }
                        else {
                            vErrors.push(err143);
                        }
                        errors++;
                    }
                    if (typeof data68 == 'number' && isFinite(data68)) {
                        if (data68 < 0 || isNaN(data68)) {
                            const err144 = {
                                instancePath: instancePath + '/tests/duration_ms',
                                schemaPath: '#/properties/tests/properties/duration_ms/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
                            };
                            if (vErrors === null) {
                                vErrors = [err144];
                            }
                            else {
                                vErrors.push(err144);
                            }
                            errors++;
                        }
                    }
                }
                if (data64.coverage !== undefined) {
                    let data69 = data64.coverage;
                    if (data69 && typeof data69 == 'object' && !Array.isArray(data69)) {
                        for (const key10 in data69) {
                            if (!(key10 === 'lines_pct' ||
                                key10 === 'branches_pct' ||
                                key10 === 'statements_pct')) {
                                const err145 = {
                                    instancePath: instancePath + '/tests/coverage',
                                    schemaPath: '#/properties/tests/properties/coverage/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key10 },
                                    message: 'must NOT have additional properties'
                                };
                                if (vErrors === null) {
                                    vErrors = [err145];
                                }
                                else {
                                    vErrors.push(err145);
                                }
                                errors++;
                            }
                        }
                        if (data69.lines_pct !== undefined) {
                            let data70 = data69.lines_pct;
                            if (typeof data70 == 'number' && isFinite(data70)) {
                                if (data70 > 1 || isNaN(data70)) {
                                    const err146 = {
                                        instancePath: instancePath + '/tests/coverage/lines_pct',
                                        schemaPath: '#/properties/tests/properties/coverage/properties/lines_pct/maximum',
                                        keyword: 'maximum',
                                        params: { comparison: '<=', limit: 1 },
                                        message: 'must be <= 1'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err146];
                                    }
                                    else {
                                        vErrors.push(err146);
                                    }
                                    errors++;
                                }
                                if (data70 < 0 || isNaN(data70)) {
                                    const err147 = {
                                        instancePath: instancePath + '/tests/coverage/lines_pct',
                                        schemaPath: '#/properties/tests/properties/coverage/properties/lines_pct/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
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
                            else {
                                const err148 = {
                                    instancePath: instancePath + '/tests/coverage/lines_pct',
                                    schemaPath: '#/properties/tests/properties/coverage/properties/lines_pct/type',
                                    keyword: 'type',
                                    params: { type: 'number' },
                                    message: 'must be number'
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
                        if (data69.branches_pct !== undefined) {
                            let data71 = data69.branches_pct;
                            if (typeof data71 == 'number' && isFinite(data71)) {
                                if (data71 > 1 || isNaN(data71)) {
                                    const err149 = {
                                        instancePath: instancePath + '/tests/coverage/branches_pct',
                                        schemaPath: '#/properties/tests/properties/coverage/properties/branches_pct/maximum',
                                        keyword: 'maximum',
                                        params: { comparison: '<=', limit: 1 },
                                        message: 'must be <= 1'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err149];
                                    }
                                    else {
                                        vErrors.push(err149);
                                    }
                                    errors++;
                                }
                                if (data71 < 0 || isNaN(data71)) {
                                    const err150 = {
                                        instancePath: instancePath + '/tests/coverage/branches_pct',
                                        schemaPath: '#/properties/tests/properties/coverage/properties/branches_pct/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
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
                            else {
                                const err151 = {
                                    instancePath: instancePath + '/tests/coverage/branches_pct',
                                    schemaPath: '#/properties/tests/properties/coverage/properties/branches_pct/type',
                                    keyword: 'type',
                                    params: { type: 'number' },
                                    message: 'must be number'
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
                        if (data69.statements_pct !== undefined) {
                            let data72 = data69.statements_pct;
                            if (typeof data72 == 'number' && isFinite(data72)) {
                                if (data72 > 1 || isNaN(data72)) {
                                    const err152 = {
                                        instancePath: instancePath + '/tests/coverage/statements_pct',
                                        schemaPath: '#/properties/tests/properties/coverage/properties/statements_pct/maximum',
                                        keyword: 'maximum',
                                        params: { comparison: '<=', limit: 1 },
                                        message: 'must be <= 1'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err152];
                                    }
                                    else {
                                        vErrors.push(err152);
                                    }
                                    errors++;
                                }
                                if (data72 < 0 || isNaN(data72)) {
                                    const err153 = {
                                        instancePath: instancePath + '/tests/coverage/statements_pct',
                                        schemaPath: '#/properties/tests/properties/coverage/properties/statements_pct/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
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
                            else {
                                const err154 = {
                                    instancePath: instancePath + '/tests/coverage/statements_pct',
                                    schemaPath: '#/properties/tests/properties/coverage/properties/statements_pct/type',
                                    keyword: 'type',
                                    params: { type: 'number' },
                                    message: 'must be number'
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
                    }
                    else {
                        const err155 = {
                            instancePath: instancePath + '/tests/coverage',
                            schemaPath: '#/properties/tests/properties/coverage/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object'
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
                if (data64.resilience !== undefined) {
                    let data73 = data64.resilience;
                    if (data73 && typeof data73 == 'object' && !Array.isArray(data73)) {
                        if (data73.mutants_total === undefined) {
                            const err156 = {
                                instancePath: instancePath + '/tests/resilience',
                                schemaPath: '#/properties/tests/properties/resilience/required',
                                keyword: 'required',
                                params: { missingProperty: 'mutants_total' },
                                message: "must have required property '" + 'mutants_total' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err156];
                            }
                            else {
                                vErrors.push(err156);
                            }
                            errors++;
                        }
                        if (data73.killed === undefined) {
                            const err157 = {
                                instancePath: instancePath + '/tests/resilience',
                                schemaPath: '#/properties/tests/properties/resilience/required',
                                keyword: 'required',
                                params: { missingProperty: 'killed' },
                                message: "must have required property '" + 'killed' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err157];
                            }
                            else {
                                vErrors.push(err157);
                            }
                            errors++;
                        }
                        if (data73.equiv === undefined) {
                            const err158 = {
                                instancePath: instancePath + '/tests/resilience',
                                schemaPath: '#/properties/tests/properties/resilience/required',
                                keyword: 'required',
                                params: { missingProperty: 'equiv' },
                                message: "must have required property '" + 'equiv' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err158];
                            }
                            else {
                                vErrors.push(err158);
                            }
                            errors++;
                        }
                        if (data73.timeout === undefined) {
                            const err159 = {
                                instancePath: instancePath + '/tests/resilience',
                                schemaPath: '#/properties/tests/properties/resilience/required',
                                keyword: 'required',
                                params: { missingProperty: 'timeout' },
                                message: "must have required property '" + 'timeout' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err159];
                            }
                            else {
                                vErrors.push(err159);
                            }
                            errors++;
                        }
                        if (data73.score === undefined) {
                            const err160 = {
                                instancePath: instancePath + '/tests/resilience',
                                schemaPath: '#/properties/tests/properties/resilience/required',
                                keyword: 'required',
                                params: { missingProperty: 'score' },
                                message: "must have required property '" + 'score' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err160];
                            }
                            else {
                                vErrors.push(err160);
                            }
                            errors++;
                        }
                        for (const key11 in data73) {
                            if (!(key11 === 'mutants_total' ||
                                key11 === 'killed' ||
                                key11 === 'equiv' ||
                                key11 === 'timeout' ||
                                key11 === 'score' ||
                                key11 === 'delta_vs_main' ||
                                key11 === 'equivalent_mutants_dropped')) {
                                const err161 = {
                                    instancePath: instancePath + '/tests/resilience',
                                    schemaPath: '#/properties/tests/properties/resilience/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key11 },
                                    message: 'must NOT have additional properties'
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
                        if (data73.mutants_total !== undefined) {
                            let data74 = data73.mutants_total;
                            if (!(typeof data74 == 'number' &&
                                !(data74 % 1) &&
                                !isNaN(data74) &&
                                isFinite(data74))) {
                                const err162 = {
                                    instancePath: instancePath + '/tests/resilience/mutants_total',
                                    schemaPath: '#/properties/tests/properties/resilience/properties/mutants_total/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer'
                                };
                                if (vErrors === null) {
                                    vErrors = [err162];
                                }
                                else {
                                    vErrors.push(err162);
                                }
                                errors++;
                            }
                            if (typeof data74 == 'number' && isFinite(data74)) {
                                if (data74 < 0 || isNaN(data74)) {
                                    const err163 = {
                                        instancePath: instancePath + '/tests/resilience/mutants_total',
                                        schemaPath: '#/properties/tests/properties/resilience/properties/mutants_total/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
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
                        }
                        if (data73.killed !== undefined) {
                            let data75 = data73.killed;
                            if (!(typeof data75 == 'number' &&
                                !(data75 % 1) &&
                                !isNaN(data75) &&
                                isFinite(data75))) {
                                const err164 = {
                                    instancePath: instancePath + '/tests/resilience/killed',
                                    schemaPath: '#/properties/tests/properties/resilience/properties/killed/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer'
                                };
                                if (vErrors === null) {
                                    vErrors = [err164];
                                }
                                else {
                                    vErrors.push(err164);
                                }
                                errors++;
                            }
                            if (typeof data75 == 'number' && isFinite(data75)) {
                                if (data75 < 0 || isNaN(data75)) {
                                    const err165 = {
                                        instancePath: instancePath + '/tests/resilience/killed',
                                        schemaPath: '#/properties/tests/properties/resilience/properties/killed/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
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
                        }
                        if (data73.equiv !== undefined) {
                            let data76 = data73.equiv;
                            if (!(typeof data76 == 'number' &&
                                !(data76 % 1) &&
                                !isNaN(data76) &&
                                isFinite(data76))) {
                                const err166 = {
                                    instancePath: instancePath + '/tests/resilience/equiv',
                                    schemaPath: '#/properties/tests/properties/resilience/properties/equiv/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer'
                                };
                                if (vErrors === null) {
                                    vErrors = [err166];
                                }
                                else {
                                    vErrors.push(err166);
                                }
                                errors++;
                            }
                            if (typeof data76 == 'number' && isFinite(data76)) {
                                if (data76 < 0 || isNaN(data76)) {
                                    const err167 = {
                                        instancePath: instancePath + '/tests/resilience/equiv',
                                        schemaPath: '#/properties/tests/properties/resilience/properties/equiv/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
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
                        if (data73.timeout !== undefined) {
                            let data77 = data73.timeout;
                            if (!(typeof data77 == 'number' &&
                                !(data77 % 1) &&
                                !isNaN(data77) &&
                                isFinite(data77))) {
                                const err168 = {
                                    instancePath: instancePath + '/tests/resilience/timeout',
                                    schemaPath: '#/properties/tests/properties/resilience/properties/timeout/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer'
                                };
                                if (vErrors === null) {
                                    vErrors = [err168];
                                }
                                else {
                                    vErrors.push(err168);
                                }
                                errors++;
                            }
                            if (typeof data77 == 'number' && isFinite(data77)) {
                                if (data77 < 0 || isNaN(data77)) {
                                    const err169 = {
                                        instancePath: instancePath + '/tests/resilience/timeout',
                                        schemaPath: '#/properties/tests/properties/resilience/properties/timeout/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
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
                        }
                        if (data73.score !== undefined) {
                            let data78 = data73.score;
                            if (typeof data78 == 'number' && isFinite(data78)) {
                                if (data78 > 1 || isNaN(data78)) {
                                    const err170 = {
                                        instancePath: instancePath + '/tests/resilience/score',
                                        schemaPath: '#/properties/tests/properties/resilience/properties/score/maximum',
                                        keyword: 'maximum',
                                        params: { comparison: '<=', limit: 1 },
                                        message: 'must be <= 1'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err170];
                                    }
                                    else {
                                        vErrors.push(err170);
                                    }
                                    errors++;
                                }
                                if (data78 < 0 || isNaN(data78)) {
                                    const err171 = {
                                        instancePath: instancePath + '/tests/resilience/score',
                                        schemaPath: '#/properties/tests/properties/resilience/properties/score/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
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
                            else {
                                const err172 = {
                                    instancePath: instancePath + '/tests/resilience/score',
                                    schemaPath: '#/properties/tests/properties/resilience/properties/score/type',
                                    keyword: 'type',
                                    params: { type: 'number' },
                                    message: 'must be number'
                                };
                                if (vErrors === null) {
                                    vErrors = [err172];
                                }
                                else {
                                    vErrors.push(err172);
                                }
                                errors++;
                            }
                        }
                        if (data73.delta_vs_main !== undefined) {
                            let data79 = data73.delta_vs_main;
                            if (typeof data79 == 'number' && isFinite(data79)) {
                                if (data79 > 1 || isNaN(data79)) {
                                    const err173 = {
                                        instancePath: instancePath + '/tests/resilience/delta_vs_main',
                                        schemaPath: '#/properties/tests/properties/resilience/properties/delta_vs_main/maximum',
                                        keyword: 'maximum',
                                        params: { comparison: '<=', limit: 1 },
                                        message: 'must be <= 1'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err173];
                                    }
                                    else {
                                        vErrors.push(err173);
                                    }
                                    errors++;
                                }
                                if (data79 < -1 || isNaN(data79)) {
                                    const err174 = {
                                        instancePath: instancePath + '/tests/resilience/delta_vs_main',
                                        schemaPath: '#/properties/tests/properties/resilience/properties/delta_vs_main/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: -1 },
                                        message: 'must be >= -1'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err174];
                                    }
                                    else {
                                        vErrors.push(err174);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err175 = {
                                    instancePath: instancePath + '/tests/resilience/delta_vs_main',
                                    schemaPath: '#/properties/tests/properties/resilience/properties/delta_vs_main/type',
                                    keyword: 'type',
                                    params: { type: 'number' },
                                    message: 'must be number'
                                };
                                if (vErrors === null) {
                                    vErrors = [err175];
                                }
                                else {
                                    vErrors.push(err175);
                                }
                                errors++;
                            }
                        }
                        if (data73.equivalent_mutants_dropped !== undefined) {
                            if (typeof data73.equivalent_mutants_dropped !== 'boolean') {
                                const err176 = {
                                    instancePath: instancePath + '/tests/resilience/equivalent_mutants_dropped',
                                    schemaPath: '#/properties/tests/properties/resilience/properties/equivalent_mutants_dropped/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean'
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
                    }
                    else {
                        const err177 = {
                            instancePath: instancePath + '/tests/resilience',
                            schemaPath: '#/properties/tests/properties/resilience/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object'
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
            }
            else {
                const err178 = {
                    instancePath: instancePath + '/tests',
                    schemaPath: '#/properties/tests/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object'
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
        if (data.chaos !== undefined) {
            let data81 = data.chaos;
            if (Array.isArray(data81)) {
                const len2 = data81.length;
                for (let i2 = 0; i2 < len2; i2++) {
                    let data82 = data81[i2];
                    if (data82 && typeof data82 == 'object' && !Array.isArray(data82)) {
                        if (data82.fault === undefined) {
                            const err179 = {
                                instancePath: instancePath + '/chaos/' + i2,
                                schemaPath: '#/properties/chaos/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'fault' },
                                message: "must have required property '" + 'fault' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err179];
                            }
                            else {
                                vErrors.push(err179);
                            }
                            errors++;
                        }
                        if (data82.target === undefined) {
                            const err180 = {
                                instancePath: instancePath + '/chaos/' + i2,
                                schemaPath: '#/properties/chaos/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'target' },
                                message: "must have required property '" + 'target' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err180];
                            }
                            else {
                                vErrors.push(err180);
                            }
                            errors++;
                        }
                        if (data82.seed === undefined) {
                            const err181 = {
                                instancePath: instancePath + '/chaos/' + i2,
                                schemaPath: '#/properties/chaos/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'seed' },
                                message: "must have required property '" + 'seed' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err181];
                            }
                            else {
                                vErrors.push(err181);
                            }
                            errors++;
                        }
                        if (data82.outcome === undefined) {
                            const err182 = {
                                instancePath: instancePath + '/chaos/' + i2,
                                schemaPath: '#/properties/chaos/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'outcome' },
                                message: "must have required property '" + 'outcome' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err182];
                            }
                            else {
                                vErrors.push(err182);
                            }
                            errors++;
                        }
                        for (const key12 in data82) {
                            if (!(key12 === 'fault' ||
                                key12 === 'target' ||
                                key12 === 'seed' ||
                                key12 === 'rate' ||
                                key12 === 'started_at' ||
                                key12 === 'ended_at' ||
                                key12 === 'outcome' ||
                                key12 === 'retries')) {
                                const err183 = {
                                    instancePath: instancePath + '/chaos/' + i2,
                                    schemaPath: '#/properties/chaos/items/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key12 },
                                    message: 'must NOT have additional properties'
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
                        if (data82.fault !== undefined) {
                            let data83 = data82.fault;
                            if (typeof data83 !== 'string') {
                                const err184 = {
                                    instancePath: instancePath + '/chaos/' + i2 + '/fault',
                                    schemaPath: '#/properties/chaos/items/properties/fault/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
                                };
                                if (vErrors === null) {
                                    vErrors = [err184];
                                }
                                else {
                                    vErrors.push(err184);
                                }
                                errors++;
                            }
                            if (!(data83 === 'kill_job' ||
                                data83 === 'delay_net' ||
                                data83 === 'drop_net' ||
                                data83 === 'corrupt_cache' ||
                                data83 === 'cpu_stress' ||
                                data83 === 'disk_fill')) {
                                const err185 = {
                                    instancePath: instancePath + '/chaos/' + i2 + '/fault',
                                    schemaPath: '#/properties/chaos/items/properties/fault/enum',
                                    keyword: 'enum',
                                    params: { allowedValues: schema32.properties.chaos.items.properties.fault.enum },
                                    message: 'must be equal to one of the allowed values'
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
                        if (data82.target !== undefined) {
                            if (typeof data82.target !== 'string') {
                                const err186 = {
                                    instancePath: instancePath + '/chaos/' + i2 + '/target',
                                    schemaPath: '#/properties/chaos/items/properties/target/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
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
                        if (data82.seed !== undefined) {
                            let data85 = data82.seed;
                            if (!(typeof data85 == 'number' &&
                                !(data85 % 1) &&
                                !isNaN(data85) &&
                                isFinite(data85))) {
                                const err187 = {
                                    instancePath: instancePath + '/chaos/' + i2 + '/seed',
                                    schemaPath: '#/properties/chaos/items/properties/seed/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer'
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
                        if (data82.rate !== undefined) {
                            let data86 = data82.rate;
                            if (typeof data86 == 'number' && isFinite(data86)) {
                                if (data86 > 1 || isNaN(data86)) {
                                    const err188 = {
                                        instancePath: instancePath + '/chaos/' + i2 + '/rate',
                                        schemaPath: '#/properties/chaos/items/properties/rate/maximum',
                                        keyword: 'maximum',
                                        params: { comparison: '<=', limit: 1 },
                                        message: 'must be <= 1'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err188];
                                    }
                                    else {
                                        vErrors.push(err188);
                                    }
                                    errors++;
                                }
                                if (data86 < 0 || isNaN(data86)) {
                                    const err189 = {
                                        instancePath: instancePath + '/chaos/' + i2 + '/rate',
                                        schemaPath: '#/properties/chaos/items/properties/rate/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err189];
                                    }
                                    else {
                                        vErrors.push(err189);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err190 = {
                                    instancePath: instancePath + '/chaos/' + i2 + '/rate',
                                    schemaPath: '#/properties/chaos/items/properties/rate/type',
                                    keyword: 'type',
                                    params: { type: 'number' },
                                    message: 'must be number'
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
                        if (data82.started_at !== undefined) {
                            let data87 = data82.started_at;
                            if (typeof data87 === 'string') {
                                if (!formats2.validate(data87)) {
                                    const err191 = {
                                        instancePath: instancePath + '/chaos/' + i2 + '/started_at',
                                        schemaPath: '#/properties/chaos/items/properties/started_at/format',
                                        keyword: 'format',
                                        params: { format: 'date-time' },
                                        message: 'must match format "' + 'date-time' + '"'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err191];
                                    }
                                    else {
                                        vErrors.push(err191);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err192 = {
                                    instancePath: instancePath + '/chaos/' + i2 + '/started_at',
                                    schemaPath: '#/properties/chaos/items/properties/started_at/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
                                };
                                if (vErrors === null) {
                                    vErrors = [err192];
                                }
                                else {
                                    vErrors.push(err192);
                                }
                                errors++;
                            }
                        }
                        if (data82.ended_at !== undefined) {
                            let data88 = data82.ended_at;
                            if (typeof data88 === 'string') {
                                if (!formats2.validate(data88)) {
                                    const err193 = {
                                        instancePath: instancePath + '/chaos/' + i2 + '/ended_at',
                                        schemaPath: '#/properties/chaos/items/properties/ended_at/format',
                                        keyword: 'format',
                                        params: { format: 'date-time' },
                                        message: 'must match format "' + 'date-time' + '"'
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
                            else {
                                const err194 = {
                                    instancePath: instancePath + '/chaos/' + i2 + '/ended_at',
                                    schemaPath: '#/properties/chaos/items/properties/ended_at/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
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
                        if (data82.outcome !== undefined) {
                            let data89 = data82.outcome;
                            if (typeof data89 !== 'string') {
                                const err195 = {
                                    instancePath: instancePath + '/chaos/' + i2 + '/outcome',
                                    schemaPath: '#/properties/chaos/items/properties/outcome/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
                                };
                                if (vErrors === null) {
                                    vErrors = [err195];
                                }
                                else {
                                    vErrors.push(err195);
                                }
                                errors++;
                            }
                            if (!(data89 === 'recovered' || data89 === 'degraded' || data89 === 'failed')) {
                                const err196 = {
                                    instancePath: instancePath + '/chaos/' + i2 + '/outcome',
                                    schemaPath: '#/properties/chaos/items/properties/outcome/enum',
                                    keyword: 'enum',
                                    params: {
                                        allowedValues: schema32.properties.chaos.items.properties.outcome.enum
                                    },
                                    message: 'must be equal to one of the allowed values'
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
                        if (data82.retries !== undefined) {
                            let data90 = data82.retries;
                            if (!(typeof data90 == 'number' &&
                                !(data90 % 1) &&
                                !isNaN(data90) &&
                                isFinite(data90))) {
                                const err197 = {
                                    instancePath: instancePath + '/chaos/' + i2 + '/retries',
                                    schemaPath: '#/properties/chaos/items/properties/retries/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer'
                                };
                                if (vErrors === null) {
                                    vErrors = [err197];
                                }
                                else {
                                    vErrors.push(err197);
                                }
                                errors++;
                            }
                            if (typeof data90 == 'number' && isFinite(data90)) {
                                if (data90 < 0 || isNaN(data90)) {
                                    const err198 = {
                                        instancePath: instancePath + '/chaos/' + i2 + '/retries',
                                        schemaPath: '#/properties/chaos/items/properties/retries/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err198];
                                    }
                                    else {
                                        vErrors.push(err198);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err199 = {
                            instancePath: instancePath + '/chaos/' + i2,
                            schemaPath: '#/properties/chaos/items/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object'
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
            }
            else {
                const err200 = {
                    instancePath: instancePath + '/chaos',
                    schemaPath: '#/properties/chaos/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array'
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
        if (data.autopsy !== undefined) {
            let data91 = data.autopsy;
            if (data91 && typeof data91 == 'object' && !Array.isArray(data91)) {
                for (const key13 in data91) {
                    if (!(key13 === 'root_causes')) {
                        const err201 = {
                            instancePath: instancePath + '/autopsy',
                            schemaPath: '#/properties/autopsy/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key13 },
                            message: 'must NOT have additional properties'
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
                if (data91.root_causes !== undefined) {
                    let data92 = data91.root_causes;
                    if (Array.isArray(data92)) {
                        const len3 = data92.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                            let data93 = data92[i3];
                            if (data93 && typeof data93 == 'object' && !Array.isArray(data93)) {
                                if (data93.pattern === undefined) {
                                    const err202 = {
                                        instancePath: instancePath + '/autopsy/root_causes/' + i3,
                                        schemaPath: '#/properties/autopsy/properties/root_causes/items/required',
                                        keyword: 'required',
                                        params: { missingProperty: 'pattern' },
                                        message: "must have required property '" + 'pattern' + "'"
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err202];
                                    }
                                    else {
                                        vErrors.push(err202);
                                    }
                                    errors++;
                                }
                                if (data93.suggestion === undefined) {
                                    const err203 = {
                                        instancePath: instancePath + '/autopsy/root_causes/' + i3,
                                        schemaPath: '#/properties/autopsy/properties/root_causes/items/required',
                                        keyword: 'required',
                                        params: { missingProperty: 'suggestion' },
                                        message: "must have required property '" + 'suggestion' + "'"
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err203];
                                    }
                                    else {
                                        vErrors.push(err203);
                                    }
                                    errors++;
                                }
                                for (const key14 in data93) {
                                    if (!(key14 === 'tool' ||
                                        key14 === 'pattern' ||
                                        key14 === 'file' ||
                                        key14 === 'line' ||
                                        key14 === 'message' ||
                                        key14 === 'suggestion' ||
                                        key14 === 'severity' ||
                                        key14 === 'docs_uri')) {
                                        const err204 = {
                                            instancePath: instancePath + '/autopsy/root_causes/' + i3,
                                            schemaPath: '#/properties/autopsy/properties/root_causes/items/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key14 },
                                            message: 'must NOT have additional properties'
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
                                if (data93.tool !== undefined) {
                                    if (typeof data93.tool !== 'string') {
                                        const err205 = {
                                            instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/tool',
                                            schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/tool/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
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
                                if (data93.pattern !== undefined) {
                                    if (typeof data93.pattern !== 'string') {
                                        const err206 = {
                                            instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/pattern',
                                            schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/pattern/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err206];
                                        }
                                        else {
                                            vErrors.push(err206);
                                        }
                                        errors++;
                                    }
                                }
                                if (data93.file !== undefined) {
                                    if (typeof data93.file !== 'string') {
                                        const err207 = {
                                            instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/file',
                                            schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/file/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err207];
                                        }
                                        else {
                                            vErrors.push(err207);
                                        }
                                        errors++;
                                    }
                                }
                                if (data93.line !== undefined) {
                                    let data97 = data93.line;
                                    if (!(typeof data97 == 'number' &&
                                        !(data97 % 1) &&
                                        !isNaN(data97) &&
                                        isFinite(data97))) {
                                        const err208 = {
                                            instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/line',
                                            schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/line/type',
                                            keyword: 'type',
                                            params: { type: 'integer' },
                                            message: 'must be integer'
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err208];
                                        }
                                        else {
                                            vErrors.push(err208);
                                        }
                                        errors++;
                                    }
                                    if (typeof data97 == 'number' && isFinite(data97)) {
                                        if (data97 < 1 || isNaN(data97)) {
                                            const err209 = {
                                                instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/line',
                                                schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/line/minimum',
                                                keyword: 'minimum',
                                                params: { comparison: '>=', limit: 1 },
                                                message: 'must be >= 1'
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
                                }
                                if (data93.message !== undefined) {
                                    if (typeof data93.message !== 'string') {
                                        const err210 = {
                                            instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/message',
                                            schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/message/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
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
                                if (data93.suggestion !== undefined) {
                                    if (typeof data93.suggestion !== 'string') {
                                        const err211 = {
                                            instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/suggestion',
                                            schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/suggestion/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err211];
                                        }
                                        else {
                                            vErrors.push(err211);
                                        }
                                        errors++;
                                    }
                                }
                                if (data93.severity !== undefined) {
                                    let data100 = data93.severity;
                                    if (typeof data100 !== 'string') {
                                        const err212 = {
                                            instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/severity',
                                            schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/severity/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err212];
                                        }
                                        else {
                                            vErrors.push(err212);
                                        }
                                        errors++;
                                    }
                                    if (!(data100 === 'info' || data100 === 'warn' || data100 === 'error')) {
                                        const err213 = {
                                            instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/severity',
                                            schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/severity/enum',
                                            keyword: 'enum',
                                            params: {
                                                allowedValues: schema32.properties.autopsy.properties.root_causes.items.properties
                                                    .severity.enum
                                            },
                                            message: 'must be equal to one of the allowed values'
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err213];
                                        }
                                        else {
                                            vErrors.push(err213);
                                        }
                                        errors++;
                                    }
                                }
                                if (data93.docs_uri !== undefined) {
                                    let data101 = data93.docs_uri;
                                    if (typeof data101 === 'string') {
                                        if (!formats6(data101)) {
                                            const err214 = {
                                                instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/docs_uri',
                                                schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/docs_uri/format',
                                                keyword: 'format',
                                                params: { format: 'uri' },
                                                message: 'must match format "' + 'uri' + '"'
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err214];
                                            }
                                            else {
                                                vErrors.push(err214);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err215 = {
                                            instancePath: instancePath + '/autopsy/root_causes/' + i3 + '/docs_uri',
                                            schemaPath: '#/properties/autopsy/properties/root_causes/items/properties/docs_uri/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
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
                            }
                            else {
                                const err216 = {
                                    instancePath: instancePath + '/autopsy/root_causes/' + i3,
                                    schemaPath: '#/properties/autopsy/properties/root_causes/items/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object'
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
                            instancePath: instancePath + '/autopsy/root_causes',
                            schemaPath: '#/properties/autopsy/properties/root_causes/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array'
                        };
                        if (vErrors === null) {
                            vErrors = [err217];
                        }
                        else {
                            vErrors.push(err217);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err218 = {
                    instancePath: instancePath + '/autopsy',
                    schemaPath: '#/properties/autopsy/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object'
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
        if (data.policies !== undefined) {
            let data102 = data.policies;
            if (Array.isArray(data102)) {
                const len4 = data102.length;
                for (let i4 = 0; i4 < len4; i4++) {
                    let data103 = data102[i4];
                    if (data103 && typeof data103 == 'object' && !Array.isArray(data103)) {
                        if (data103.id === undefined) {
                            const err219 = {
                                instancePath: instancePath + '/policies/' + i4,
                                schemaPath: '#/properties/policies/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'id' },
                                message: "must have required property '" + 'id' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err219];
                            }
                            else {
                                vErrors.push(err219);
                            }
                            errors++;
                        }
                        if (data103.result === undefined) {
                            const err220 = {
                                instancePath: instancePath + '/policies/' + i4,
                                schemaPath: '#/properties/policies/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'result' },
                                message: "must have required property '" + 'result' + "'"
                            };
                            if (vErrors === null) {
                                vErrors = [err220];
                            }
                            else {
                                vErrors.push(err220);
                            }
                            errors++;
                        }
                        for (const key15 in data103) {
                            if (!(key15 === 'id' ||
                                key15 === 'result' ||
                                key15 === 'reason' ||
                                key15 === 'docs_uri' ||
                                key15 === 'time_ns')) {
                                const err221 = {
                                    instancePath: instancePath + '/policies/' + i4,
                                    schemaPath: '#/properties/policies/items/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key15 },
                                    message: 'must NOT have additional properties'
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
                        if (data103.id !== undefined) {
                            if (typeof data103.id !== 'string') {
                                const err222 = {
                                    instancePath: instancePath + '/policies/' + i4 + '/id',
                                    schemaPath: '#/properties/policies/items/properties/id/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
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
                        if (data103.result !== undefined) {
                            let data105 = data103.result;
                            if (typeof data105 !== 'string') {
                                const err223 = {
                                    instancePath: instancePath + '/policies/' + i4 + '/result',
                                    schemaPath: '#/properties/policies/items/properties/result/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
                                };
                                if (vErrors === null) {
                                    vErrors = [err223];
                                }
                                else {
                                    vErrors.push(err223);
                                }
                                errors++;
                            }
                            if (!(data105 === 'allow' || data105 === 'deny' || data105 === 'warn')) {
                                const err224 = {
                                    instancePath: instancePath + '/policies/' + i4 + '/result',
                                    schemaPath: '#/properties/policies/items/properties/result/enum',
                                    keyword: 'enum',
                                    params: {
                                        allowedValues: schema32.properties.policies.items.properties.result.enum
                                    },
                                    message: 'must be equal to one of the allowed values'
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
                        if (data103.reason !== undefined) {
                            if (typeof data103.reason !== 'string') {
                                const err225 = {
                                    instancePath: instancePath + '/policies/' + i4 + '/reason',
                                    schemaPath: '#/properties/policies/items/properties/reason/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
                                };
                                if (vErrors === null) {
                                    vErrors = [err225];
                                }
                                else {
                                    vErrors.push(err225);
                                }
                                errors++;
                            }
                        }
                        if (data103.docs_uri !== undefined) {
                            let data107 = data103.docs_uri;
                            if (typeof data107 === 'string') {
                                if (!formats6(data107)) {
                                    const err226 = {
                                        instancePath: instancePath + '/policies/' + i4 + '/docs_uri',
                                        schemaPath: '#/properties/policies/items/properties/docs_uri/format',
                                        keyword: 'format',
                                        params: { format: 'uri' },
                                        message: 'must match format "' + 'uri' + '"'
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err226];
                                    }
                                    else {
                                        vErrors.push(err226);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err227 = {
                                    instancePath: instancePath + '/policies/' + i4 + '/docs_uri',
                                    schemaPath: '#/properties/policies/items/properties/docs_uri/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
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
                        if (data103.time_ns !== undefined) {
                            let data108 = data103.time_ns;
                            if (!(typeof data108 == 'number' &&
                                !(data108 % 1) &&
                                !isNaN(data108) &&
                                isFinite(data108))) {
                                const err228 = {
                                    instancePath: instancePath + '/policies/' + i4 + '/time_ns',
                                    schemaPath: '#/properties/policies/items/properties/time_ns/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer'
                                };
                                if (vErrors === null) {
                                    vErrors = [err228];
                                }
                                else {
                                    vErrors.push(err228);
                                }
                                errors++;
                            }
                            if (typeof data108 == 'number' && isFinite(data108)) {
                                if (data108 < 0 || isNaN(data108)) {
                                    const err229 = {
                                        instancePath: instancePath + '/policies/' + i4 + '/time_ns',
                                        schemaPath: '#/properties/policies/items/properties/time_ns/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 0 },
                                        message: 'must be >= 0'
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
                        }
                    }
                    else {
                        const err230 = {
                            instancePath: instancePath + '/policies/' + i4,
                            schemaPath: '#/properties/policies/items/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object'
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
            }
            else {
                const err231 = {
                    instancePath: instancePath + '/policies',
                    schemaPath: '#/properties/policies/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array'
                };
                if (vErrors === null) {
                    vErrors = [err231];
                }
                else {
                    vErrors.push(err231);
                }
                errors++;
            }
        }
        if (data.cost !== undefined) {
            let data109 = data.cost;
            if (data109 && typeof data109 == 'object' && !Array.isArray(data109)) {
                for (const key16 in data109) {
                    if (!(key16 === 'usd' || key16 === 'cpu_seconds' || key16 === 'gpu_seconds')) {
                        const err232 = {
                            instancePath: instancePath + '/cost',
                            schemaPath: '#/properties/cost/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key16 },
                            message: 'must NOT have additional properties'
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
                if (data109.usd !== undefined) {
                    let data110 = data109.usd;
                    if (typeof data110 == 'number' && isFinite(data110)) {
                        if (data110 < 0 || isNaN(data110)) {
                            const err233 = {
                                instancePath: instancePath + '/cost/usd',
                                schemaPath: '#/properties/cost/properties/usd/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
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
                    else {
                        const err234 = {
                            instancePath: instancePath + '/cost/usd',
                            schemaPath: '#/properties/cost/properties/usd/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number'
                        };
                        if (vErrors === null) {
                            vErrors = [err234];
                        }
                        else {
                            vErrors.push(err234);
                        }
                        errors++;
                    }
                }
                if (data109.cpu_seconds !== undefined) {
                    let data111 = data109.cpu_seconds;
                    if (typeof data111 == 'number' && isFinite(data111)) {
                        if (data111 < 0 || isNaN(data111)) {
                            const err235 = {
                                instancePath: instancePath + '/cost/cpu_seconds',
                                schemaPath: '#/properties/cost/properties/cpu_seconds/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
                            };
                            if (vErrors === null) {
                                vErrors = [err235];
                            }
                            else {
                                vErrors.push(err235);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err236 = {
                            instancePath: instancePath + '/cost/cpu_seconds',
                            schemaPath: '#/properties/cost/properties/cpu_seconds/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number'
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
                if (data109.gpu_seconds !== undefined) {
                    let data112 = data109.gpu_seconds;
                    if (typeof data112 == 'number' && isFinite(data112)) {
                        if (data112 < 0 || isNaN(data112)) {
                            const err237 = {
                                instancePath: instancePath + '/cost/gpu_seconds',
                                schemaPath: '#/properties/cost/properties/gpu_seconds/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0'
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
                    else {
                        const err238 = {
                            instancePath: instancePath + '/cost/gpu_seconds',
                            schemaPath: '#/properties/cost/properties/gpu_seconds/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number'
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
            }
            else {
                const err239 = {
                    instancePath: instancePath + '/cost',
                    schemaPath: '#/properties/cost/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object'
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
    }
    else {
        const err240 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object'
        };
        if (vErrors === null) {
            vErrors = [err240];
        }
        else {
            vErrors.push(err240);
        }
        errors++;
    }
    validate21.errors = vErrors;
    return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const GENERATED_VERSIONS = (/* unused pure expression or super */ null && (['pipeline_run.v1.1', 'pipeline_run.v1.2']));

;// CONCATENATED MODULE: ./lib/telemetry/record-schema.js

/** The schema versions the hub ships, oldest first, newest last. */
const PIPELINE_RUN_VERSIONS = ['pipeline_run.v1.1', 'pipeline_run.v1.2'];
const CURRENT_PIPELINE_RUN_VERSION = 'pipeline_run.v1.2';
function schemaFileFor(version) {
    return `${version}.json`;
}
const VALIDATORS = {
    'pipeline_run.v1.1': pipeline_run_v1_1,
    'pipeline_run.v1.2': pipeline_run_v1_2
};
/** The compiled validator of one version (draft 2020-12, formats checked). */
function pipelineRunValidator(version) {
    return VALIDATORS[version];
}
function isKnownVersion(value) {
    return typeof value === 'string' && PIPELINE_RUN_VERSIONS.includes(value);
}
/** The version a record names in its `schema` field, if it is an object that names one. */
function namedVersion(record) {
    return record !== null && typeof record === 'object' && !Array.isArray(record)
        ? record.schema
        : undefined;
}
/**
 * Problems with `record` against the schema of `version` (default: the version the record
 * names in its `schema` field, else the current one); an empty list means valid.
 */
function pipelineRunProblems(record, version) {
    const named = namedVersion(record);
    const v = version ?? (isKnownVersion(named) ? named : CURRENT_PIPELINE_RUN_VERSION);
    const validate = pipelineRunValidator(v);
    return validate(record) ? [] : (validate.errors ?? []).map(describeError);
}
/** One line per ajv error, naming the field: `/jobs/0/status: must be equal to one of \u2026`. */
function describeError(e) {
    const at = e.instancePath || '(root)';
    if (e.keyword === 'required')
        return `${at}: missing required field '${String(e.params.missingProperty)}'`;
    if (e.keyword === 'additionalProperties')
        return `${at}: unknown field '${String(e.params.additionalProperty)}'`;
    if (e.keyword === 'enum')
        return `${at}: must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    if (e.keyword === 'const')
        return `${at}: must be ${JSON.stringify(e.params.allowedValue)}`;
    return `${at}: ${e.message ?? e.keyword}`;
}
function token(key) {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** An ajv error as a located violation. */
function violationOf(e) {
    const message = describeError(e);
    let pointer = e.instancePath;
    if (e.keyword === 'required')
        pointer += `/${token(String(e.params.missingProperty))}`;
    if (e.keyword === 'additionalProperties')
        pointer += `/${token(String(e.params.additionalProperty))}`;
    return { pointer, rule: e.keyword, schemaPath: e.schemaPath, message };
}
/** The located violations of `record` against `version`; empty when valid. */
function pipelineRunViolations(record, version) {
    const validate = pipelineRunValidator(version);
    return validate(record) ? [] : (validate.errors ?? []).map(violationOf);
}

// EXTERNAL MODULE: ./lib/workflows/glob.js
var glob = __nccwpck_require__(9858);
;// CONCATENATED MODULE: ./lib/workflows/files.js
/**
 * Finding and reading the workflow files a gate inspects. Every input form (file, folder, glob)
 * lists the same candidates, symlinks included: GitHub reads workflows from the git tree and does
 * not follow a symlink, so a symlinked workflow (or one under a symlinked folder) is reported by
 * the loader, never skipped and never read through the link.
 */





const GLOB_CHARS = /[*?[\]{}]/;
const SKIP_DIRS = new Set(['.git', 'node_modules']);
const MAX_WALK = 50_000;
function toPosix(p) {
    return external_node_path_.sep === '/' ? p : p.split(external_node_path_.sep).join('/');
}
/**
 * `dir` joined with an entry name that `readdir` gave (never empty, `.`, `..` or holding a
 * separator), for a `dir` already in normal form (from `resolve`): the same string as
 * `path.join(dir, name)` without normalising it again. The paths of 66,752 listed files took
 * 116 ms and 43 MiB more resident memory with `path.join` than concatenated (57 ms).
 */
function childPath(dir, name) {
    return dir.endsWith(external_node_path_.sep) ? dir + name : dir + external_node_path_.sep + name;
}
/**
 * A folder whose size (`stat`) is at least this is read a few entries at a time (`opendir`);
 * a smaller one in one call (`readdir`). The size is a hint, never a decision about what is
 * listed: on ext4 this is some 6,000 entries, on tmpfs some 13,000.
 */
const LARGE_FOLDER_BYTES = 256 * 1024;
/**
 * Each entry of the folder `dir`. A large one (`sizeHint`, its `stat` size) is read a few entries
 * at a time, never as one array of Dirent objects: 66,752 entries read at once grew the process
 * by 15 MiB of Dirents outliving the young generation, and the whole listing by 9 MiB more than
 * reading them 64 at a time. A small one is read in one call: `opendir` loads a module of its
 * own, about 0.8 ms of a cold start.
 */
function forEachEntry(dir, visit, sizeHint = 0) {
    const cannot = (err) => new errors/* GateError */.ue(`cannot list the folder ${dir} (${err.code ?? err.message})`, 'Check that the folder exists and is readable; a folder the gate cannot read is never passed.');
    if (sizeHint < LARGE_FOLDER_BYTES) {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch (err) {
            throw cannot(err);
        }
        for (const e of entries)
            visit(e);
        return;
    }
    let handle;
    try {
        handle = (0,external_node_fs_.opendirSync)(dir, { bufferSize: 64 });
    }
    catch (err) {
        throw cannot(err);
    }
    try {
        for (;;) {
            let e;
            try {
                e = handle.readSync();
            }
            catch (err) {
                throw cannot(err);
            }
            if (e === null)
                return;
            visit(e);
        }
    }
    finally {
        handle.closeSync();
    }
}
function walk(dir, w) {
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(dir);
    }
    catch {
        real = dir;
    }
    if (w.seen.has(real))
        return;
    w.seen.add(real);
    forEachEntry(dir, (e) => {
        if (--w.left < 0) {
            throw new errors/* GateError */.ue(`more than ${MAX_WALK} files under the glob's folder; narrow the pattern`, 'Name the workflow folder (e.g. .github/workflows/*.yml) rather than a glob over the repository.');
        }
        const full = childPath(dir, e.name);
        const posix = toPosix(full);
        let isDir = e.isDirectory();
        if (e.isSymbolicLink()) {
            try {
                isDir = (0,external_node_fs_.statSync)(full).isDirectory();
            }
            catch {
                isDir = false; // a dangling link: a candidate like any other file (the loader reports it)
            }
        }
        if (isDir) {
            if (!SKIP_DIRS.has(e.name) && (0,glob/* globMatch */.eu)(posix, w.pattern, { dot: true, partial: true })) {
                walk(full, w);
            }
        }
        else if ((0,glob/* globMatch */.eu)(posix, w.pattern, { dot: true }))
            w.out.push(full);
    });
}
/**
 * Expand files, folders and globs (relative to `root`) into a sorted list of absolute paths.
 * A folder stands for its `*.yml` and `*.yaml` entries (whatever their type: the loader refuses
 * what it cannot read). Patterns that match nothing are returned in `unmatched`.
 */
function expandFiles(root, patterns, folderExtensions = ['.yml', '.yaml']) {
    const files = new Set();
    const unmatched = [];
    for (const pattern of patterns) {
        const before = files.size;
        const abs = (0,external_node_path_.resolve)(root, pattern); // normal form, absolute pattern or not (see childPath)
        if (!GLOB_CHARS.test(pattern)) {
            let isDir;
            let size = 0;
            try {
                const st = (0,external_node_fs_.statSync)(abs);
                isDir = st.isDirectory();
                size = st.size;
            }
            catch {
                try {
                    (0,external_node_fs_.lstatSync)(abs); // a dangling symlink still names a candidate
                    isDir = false;
                }
                catch {
                    unmatched.push(pattern);
                    continue;
                }
            }
            if (isDir) {
                forEachEntry(abs, (e) => {
                    if (!folderExtensions.some((x) => e.name.endsWith(x)))
                        return;
                    let dir = e.isDirectory();
                    if (e.isSymbolicLink()) {
                        try {
                            dir = (0,external_node_fs_.statSync)(childPath(abs, e.name)).isDirectory();
                        }
                        catch {
                            dir = false;
                        }
                    }
                    if (!dir)
                        files.add(childPath(abs, e.name));
                }, size);
            }
            else
                files.add(abs);
        }
        else {
            const posix = toPosix(abs);
            const parts = posix.split('/');
            const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
            const base = parts.slice(0, firstGlob).join('/') || '/';
            let baseIsDir;
            try {
                baseIsDir = (0,external_node_fs_.statSync)(base).isDirectory();
            }
            catch {
                baseIsDir = false;
            }
            if (baseIsDir) {
                const found = [];
                walk(base, { pattern: posix, out: found, left: MAX_WALK, seen: new Set() });
                for (const f of found)
                    files.add(f);
            }
        }
        if (files.size === before)
            unmatched.push(pattern);
    }
    return { files: [...files].sort(), unmatched };
}
/**
 * Load what `expandFiles(root, patterns)` needs beyond ./glob.ts's own matcher: minimatch, for a
 * glob outside the simple form (none of the usual `.github/workflows/*.yml` kind). Gates call it
 * before expanding their inputs, so a run whose globs are simple never loads minimatch.
 */
async function loadGlobsFor(root, patterns) {
    await (0,glob/* loadGlobMatcherFor */.cY)(patterns
        .filter((p) => GLOB_CHARS.test(p))
        .map((p) => toPosix((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(root, p))));
}
/** Path of `file` relative to `root`, in posix form (as findings and SARIF show it). */
function displayPath(root, file) {
    const rel = (0,external_node_path_.relative)(root, file);
    return toPosix(rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? file : rel);
}
/**
 * The first symlink on the way from `root` to `file` (the file itself included), as a path
 * relative to `root`; undefined when every component is a real folder or file. For a file outside
 * `root`, only the file itself is looked at.
 */
function symlinkOnPath(root, file) {
    const rel = relative(root, file);
    const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    const parts = inside ? rel.split(sep) : [];
    const candidates = inside ? parts.map((_, i) => join(root, ...parts.slice(0, i + 1))) : [file];
    for (const c of candidates) {
        try {
            if (lstatSync(c).isSymbolicLink())
                return displayPath(root, c);
        }
        catch {
            return undefined; // missing: the reader says so
        }
    }
    return undefined;
}
/**
 * Read a file a verdict depends on (a workflow, an allowlist, CODEOWNERS, a policy) through the
 * one bounded regular-file reader; the message names the file relative to `root`.
 */
function readWorkspaceText(root, file, maxBytes, what) {
    try {
        return readRegularTextFile(file, { maxBytes, what });
    }
    catch (err) {
        if (err instanceof FileReadError) {
            throw new GateError(err.message.split(file).join(displayPath(root, file)), err.help, displayPath(root, file));
        }
        throw err;
    }
}
/**
 * The workflow files named by a gate's `workflows` input. A glob that matches nothing is fine when
 * another pattern matches (a repository may have no `.yaml` files); a file or folder named
 * outright that does not exist, a workspace that does not exist, and nothing matched at all are
 * errors naming the patterns and the workspace: nothing to check is never a pass.
 */
function expandWorkflowInput(root, patterns, input = 'workflows') {
    const checkout = 'In a workflow, run actions/checkout before this step (uses: actions/checkout); locally, pass --workspace <the repository checkout>.';
    let st;
    try {
        st = statSync(root);
    }
    catch {
        throw new GateError(`the workspace ${root} does not exist`, checkout);
    }
    if (!st.isDirectory())
        throw new GateError(`the workspace ${root} is not a folder`, checkout);
    const { files, unmatched } = expandFiles(root, patterns);
    const explicitMissing = unmatched.filter((p) => !GLOB_CHARS.test(p));
    if (explicitMissing.length) {
        throw new GateError(`input '${input}': ${explicitMissing.join(', ')} not found in the workspace ${root}`, 'Give workflow files, folders or globs relative to the repository root.');
    }
    if (files.length === 0) {
        throw new GateError(`input '${input}': no workflow file matched ${patterns.length ? patterns.join(', ') : '(no patterns given)'} in the workspace ${root}: nothing to check`, `${checkout} If the repository really has no workflows, do not run this gate on it.`);
    }
    return files;
}

// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __nccwpck_require__(6613);
;// CONCATENATED MODULE: ./lib/telemetry/record-json.js
/**
 * One NDJSON line parsed as strict JSON (duplicate keys refused), fast: JSON.parse, then the key
 * tokens of the text are counted against the keys of the parsed value \u2014 for a compact line by
 * counting '":', else by jumping from quote to quote with indexOf, never char by char. Each key
 * token lands in exactly one object and JSON.parse keeps one of equal keys, so the counts differ
 * exactly when some object has a duplicate key; only then is the line parsed again with
 * parseStrictJson (src/core/strict-json.ts) for its error, pointer and line. Same verdict as
 * parseStrictJson on every input (test/telemetry/record-json.test.ts).
 */

/** Keys of every object in `v`, counted. */
function treeKeys(v) {
    if (v === null || typeof v !== 'object')
        return 0;
    let n = 0;
    if (Array.isArray(v)) {
        for (const x of v)
            n += treeKeys(x);
        return n;
    }
    for (const k in v) {
        n++;
        const x = v[k];
        if (x !== null && typeof x === 'object')
            n += treeKeys(x);
    }
    return n;
}
/** A quote followed by JSON whitespace (one regex pass: cheaper than four indexOf scans). */
const QUOTE_THEN_SPACE = /"[ \t\r\n]/;
/** Occurrences of '":' in `text`. */
function colonKeys(text) {
    let n = 0;
    for (let i = text.indexOf('":'); i !== -1; i = text.indexOf('":', i + 2))
        n++;
    return n;
}
/** String tokens of `text` followed by ':' (object keys), counted; `text` is valid JSON. */
function textKeys(text) {
    let n = 0;
    let i = text.indexOf('"');
    while (i !== -1) {
        // Find the closing quote: one not preceded by an odd run of backslashes.
        let j = text.indexOf('"', i + 1);
        for (;;) {
            let b = j - 1;
            while (text.charCodeAt(b) === 0x5c)
                b--;
            if ((j - 1 - b) % 2 === 0)
                break;
            j = text.indexOf('"', j + 1);
        }
        let k = j + 1;
        let c = text.charCodeAt(k);
        while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
            c = text.charCodeAt(++k);
        if (c === 0x3a /* : */)
            n++;
        i = text.indexOf('"', j + 1);
    }
    return n;
}
/** Parse one record line; throws JsonDocumentError (invalid JSON, duplicate key) naming `source`. */
function parseRecordLine(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return (0,strict_json/* parseStrictJson */.RJ)(text, source); // throws the shared reader's clean message
    }
    if (value === null || typeof value !== 'object')
        return value;
    const keys = treeKeys(value);
    // Fast path for lines a program wrote (no whitespace after a quote): every key's closing quote
    // is then directly followed by ':', so the occurrences of '":' are the keys plus any '\":'
    // inside strings; equal to the parsed keys means no key was dropped, so none is duplicated.
    if (!QUOTE_THEN_SPACE.test(text) && colonKeys(text) === keys)
        return value;
    if (textKeys(text) !== keys)
        return (0,strict_json/* parseStrictJson */.RJ)(text, source);
    return value;
}

;// CONCATENATED MODULE: ./lib/gates/schema-check/rules.js
/** The JSON Schema keywords a pipeline_run record can fail, each its own rule. */
const KEYWORD_RULES = [
    'required',
    'type',
    'enum',
    'const',
    'pattern',
    'format',
    'minimum',
    'maximum',
    'minItems',
    'additionalProperties'
];
const KEYWORD_HELP = {
    required: ['Missing required field', 'Add the field the schema requires at the pointer named.'],
    type: ['Value of the wrong type', 'Write the value with the type the schema declares.'],
    enum: ['Value not among the allowed ones', 'Use one of the values the message lists.'],
    const: ['Value differs from the fixed one', 'Write the exact value the schema fixes.'],
    pattern: ['String does not match the pattern', 'Write the value in the form the pattern gives.'],
    format: [
        'String not in its format',
        'Write a valid value of the format (uuid, RFC 3339 date-time, absolute URI).'
    ],
    minimum: ['Number below its minimum', 'Write a value at or above the minimum.'],
    maximum: ['Number above its maximum', 'Write a value at or below the maximum.'],
    minItems: ['Array with too few items', 'Give at least as many items as the schema requires.'],
    additionalProperties: [
        'Field the schema does not declare',
        'Remove the field, or declare it in a new schema version (adding an optional field is compatible).'
    ]
};
const R = {
    invalidJson: 'schema-check/invalid-json',
    duplicateKey: 'schema-check/duplicate-key',
    notAnObject: 'schema-check/not-an-object',
    missingSchema: 'schema-check/missing-schema',
    unknownSchema: 'schema-check/unknown-schema',
    blankLine: 'schema-check/blank-line',
    lineTooLong: 'schema-check/line-too-long',
    otherRule: 'schema-check/schema-rule',
    emptyFile: 'schema-check/empty-file',
    truncated: 'schema-check/findings-truncated',
    breaking: 'schema-check/breaking-change',
    compatible: 'schema-check/compatible-change'
};
const kebab = (keyword) => keyword.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** The rule of a failed JSON Schema keyword: `minItems` \u2192 `schema-check/min-items`. */
const keywordRule = (keyword) => KEYWORD_RULES.includes(keyword)
    ? `schema-check/${kebab(keyword)}`
    : R.otherRule;
const RULES = [
    ...KEYWORD_RULES.map((k) => ({
        id: keywordRule(k),
        title: KEYWORD_HELP[k][0],
        help: KEYWORD_HELP[k][1],
        severity: 'error'
    })),
    {
        id: R.otherRule,
        title: 'Record fails a schema rule',
        help: 'Fix the value the message names so the record matches the schema version it names.',
        severity: 'error'
    },
    {
        id: R.invalidJson,
        title: 'Line is not JSON',
        help: 'Each NDJSON line is one complete JSON object in UTF-8; write records with JSON.stringify, one per line.',
        severity: 'error'
    },
    {
        id: R.duplicateKey,
        title: 'Record with a duplicate key',
        help: 'Readers disagree on which of two equal keys wins; write each key once.',
        severity: 'error'
    },
    {
        id: R.notAnObject,
        title: 'Line is not a JSON object',
        help: 'Each line is one pipeline_run record: a JSON object.',
        severity: 'error'
    },
    {
        id: R.missingSchema,
        title: 'Record names no schema',
        help: 'Every record names its schema version in the field "schema" (e.g. "pipeline_run.v1.2").',
        severity: 'error'
    },
    {
        id: R.unknownSchema,
        title: 'Record names an unknown schema',
        help: 'Name a schema version the hub ships (pipeline_run.v1.1, pipeline_run.v1.2), or update the hub.',
        severity: 'error'
    },
    {
        id: R.blankLine,
        title: 'Blank line',
        help: 'NDJSON has one record on every line; remove the blank line.',
        severity: 'error'
    },
    {
        id: R.lineTooLong,
        title: 'Line longer than max-line-bytes',
        help: 'A record this large is not a pipeline_run record; check the writer, or raise max-line-bytes.',
        severity: 'error'
    },
    {
        id: R.emptyFile,
        title: 'File with no records',
        help: 'A file the gate is asked to check holds at least one record; nothing to check is never a pass.',
        severity: 'error'
    },
    {
        id: R.truncated,
        title: 'More invalid lines than max-findings',
        help: 'Fix the first ones (they are usually one cause), or raise max-findings to list more.',
        severity: 'error'
    },
    {
        id: R.breaking,
        title: 'Schema change breaks readers',
        help: 'Records valid under the old schema fail the new one: make the change compatible (add optional fields only), or publish a new version with a migration.',
        severity: 'error'
    },
    {
        id: R.compatible,
        title: 'Compatible schema change',
        help: 'Every record valid under the old schema stays valid under the new one.',
        severity: 'note'
    }
];
const HELP = new Map(RULES.map((r) => [r.id, r.help]));
/** The fix a rule's findings carry. */
const helpOf = (rule) => HELP.get(rule);

;// CONCATENATED MODULE: ./lib/gates/schema-check/check-line.js
/** One NDJSON line against the pipeline_run schema version it names. */




const MAX_SHOWN = 5;
function quote(v) {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
/** `/jobs/0/status: must be one of "success", \u2026 [enum]` */
function describe(v) {
    const text = v.rule === 'required'
        ? 'missing required field'
        : v.rule === 'additionalProperties'
            ? 'field not declared by the schema'
            : v.message.slice(v.message.indexOf(': ') + 2);
    return `${v.pointer || '(root)'}: ${text} [${v.rule}]`;
}
/** The verdict on one line; `source` names the line in parse messages (`file:line`). */
function checkLine(line, source, maxLineBytes) {
    const bad = (rule, message, pointer = '') => ({
        ok: false,
        rule,
        message,
        pointer,
        violations: []
    });
    if ('problem' in line) {
        return line.problem === 'too-long'
            ? bad(R.lineTooLong, `line is ${line.bytes} bytes; max-line-bytes is ${maxLineBytes}`)
            : bad(R.invalidJson, 'line is not UTF-8 text');
    }
    if (line.text.trim() === '')
        return bad(R.blankLine, 'blank line (NDJSON has a record on every line)');
    let record;
    try {
        record = parseRecordLine(line.text, source);
    }
    catch (err) {
        if (err instanceof strict_json/* JsonDocumentError */.sT) {
            const msg = err.message.startsWith(`${source}`)
                ? err.message.slice(source.length).replace(/^[:\s]+/, '')
                : err.message;
            return err.pointer !== undefined
                ? bad(R.duplicateKey, msg, err.pointer)
                : bad(R.invalidJson, msg);
        }
        throw err;
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
        return bad(R.notAnObject, `the line is ${Array.isArray(record) ? 'an array' : `${quote(record)}`}, not a JSON object`);
    }
    const named = record.schema;
    if (named === undefined)
        return bad(R.missingSchema, 'the record has no "schema" field naming its version', '/schema');
    if (!isKnownVersion(named)) {
        return bad(R.unknownSchema, `the record names schema ${quote(named)}; known: ${PIPELINE_RUN_VERSIONS.join(', ')}`, '/schema');
    }
    const violations = pipelineRunViolations(record, named);
    if (violations.length === 0)
        return { ok: true, version: named };
    const first = violations[0];
    const shown = violations.slice(0, MAX_SHOWN).map(describe).join('; ');
    const more = violations.length > MAX_SHOWN ? `; and ${violations.length - MAX_SHOWN} more` : '';
    return {
        ok: false,
        rule: keywordRule(first.rule),
        message: `${shown}${more} (${named})`,
        pointer: first.pointer,
        violations,
        version: named
    };
}

// EXTERNAL MODULE: ./lib/core/action-spec.js + 1 modules
var action_spec = __nccwpck_require__(1376);
;// CONCATENATED MODULE: ./lib/telemetry/schema-compat.js
/**
 * Whether a change from one JSON Schema to the next is compatible for readers: every record valid
 * under `from` must stay valid under `to`, so a reader that validates with `to` (a warehouse
 * table, a dashboard, schema-check) accepts everything already written. Breaking: a new required
 * property (or an optional one made required), a narrowed type, removed enum values, a new or
 * changed const, a tightened minimum/maximum/length/count, a new or changed pattern or format, a
 * removed property where unknown properties are refused, and a flipped `additionalProperties`
 * (false \u2192 true as well: a reader that refused unknown fields now meets them). Compatible: a new
 * optional property, a widened type, added enum values, loosened bounds, a dropped pattern.
 * The top-level `schema` const (the version marker every record names) is reported, not judged.
 */
const MIN_KEYS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'];
const MAX_KEYS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'];
/** Keywords compared here; any other validation keyword in either schema is reported. */
const HANDLED = new Set([
    '$schema',
    '$id',
    '$comment',
    'title',
    'description',
    'examples',
    'default',
    'type',
    'properties',
    'required',
    'additionalProperties',
    'items',
    'enum',
    'const',
    'pattern',
    'format',
    ...MIN_KEYS,
    ...MAX_KEYS
]);
const tok = (k) => k.replace(/~/g, '~0').replace(/\//g, '~1');
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const show = (v) => JSON.stringify(v);
function typesOf(s) {
    if (s.type === undefined)
        return undefined;
    return new Set(Array.isArray(s.type) ? s.type : [s.type]);
}
/** Whether a value of type `t` is always accepted by the set `to` (integer \u2282 number). */
function covered(t, to) {
    return !to || to.has(t) || (t === 'integer' && to.has('number'));
}
function compareTypes(from, to, at, out) {
    const f = typesOf(from);
    const t = typesOf(to);
    const fromAll = f ? [...f] : ['any'];
    const lost = f ? [...f].filter((x) => !covered(x, t)) : t ? ['any'] : [];
    if (lost.length) {
        out.push({
            kind: 'type-narrowed',
            breaking: true,
            at: `${at}/type`,
            message: `type narrowed from ${show(fromAll)} to ${show(t ? [...t] : ['any'])}: values of type ${lost.join(', ')} were valid and no longer are`
        });
    }
    else if (t && (!f || [...t].some((x) => !f.has(x)))) {
        out.push({
            kind: 'type-widened',
            breaking: false,
            at: `${at}/type`,
            message: `type widened from ${show(fromAll)} to ${show([...t])}`
        });
    }
}
function compareEnum(from, to, at, out) {
    const f = Array.isArray(from.enum) ? from.enum : undefined;
    const t = Array.isArray(to.enum) ? to.enum : undefined;
    if (!f && !t)
        return;
    if (!f && t) {
        out.push({
            kind: 'enum-added',
            breaking: true,
            at: `${at}/enum`,
            message: `now restricted to ${t.map(show).join(', ')}`
        });
        return;
    }
    if (f && !t) {
        out.push({ kind: 'enum-removed', breaking: false, at: `${at}/enum`, message: 'enum dropped' });
        return;
    }
    const key = (v) => JSON.stringify(v);
    const tk = new Set(t.map(key));
    const fk = new Set(f.map(key));
    const removed = f.filter((v) => !tk.has(key(v)));
    const added = t.filter((v) => !fk.has(key(v)));
    if (removed.length)
        out.push({
            kind: 'enum-values-removed',
            breaking: true,
            at: `${at}/enum`,
            message: `enum values removed: ${removed.map(show).join(', ')}`
        });
    if (added.length)
        out.push({
            kind: 'enum-values-added',
            breaking: false,
            at: `${at}/enum`,
            message: `enum values added: ${added.map(show).join(', ')}`
        });
}
function compareConst(from, to, at, out) {
    if (!('const' in to) && !('const' in from))
        return;
    if ('const' in to && 'const' in from && show(to.const) === show(from.const))
        return;
    if (!('const' in to))
        return; // a const dropped only widens
    const marker = at === '/properties/schema' &&
        typeof to.const === 'string' &&
        typeof from.const === 'string' &&
        /\.v\d+(\.\d+)*$/.test(to.const);
    out.push(marker
        ? {
            kind: 'version-marker',
            breaking: false,
            at: `${at}/const`,
            message: `the version every record names: ${show(from.const)} \u2192 ${show(to.const)}`
        }
        : {
            kind: 'const-changed',
            breaking: true,
            at: `${at}/const`,
            message: `const ${'const' in from ? `changed from ${show(from.const)}` : 'added'}: now ${show(to.const)}`
        });
}
function compareBounds(from, to, at, out) {
    for (const [keys, tighter] of [
        [MIN_KEYS, (f, t) => t > f],
        [MAX_KEYS, (f, t) => t < f]
    ]) {
        for (const k of keys) {
            const f = from[k];
            const t = to[k];
            if (f === t)
                continue;
            if (t !== undefined && (f === undefined || tighter(f, t))) {
                out.push({
                    kind: 'bound-tightened',
                    breaking: true,
                    at: `${at}/${k}`,
                    message: `${k} tightened: ${f === undefined ? 'none' : f} \u2192 ${t}`
                });
            }
            else {
                out.push({
                    kind: 'bound-loosened',
                    breaking: false,
                    at: `${at}/${k}`,
                    message: `${k} loosened: ${f} \u2192 ${t === undefined ? 'none' : t}`
                });
            }
        }
    }
}
function compareStringRules(from, to, at, out) {
    for (const k of ['pattern', 'format']) {
        if (from[k] === to[k])
            continue;
        if (to[k] === undefined) {
            out.push({
                kind: k === 'pattern' ? 'pattern-removed' : 'format-removed',
                breaking: false,
                at: `${at}/${k}`,
                message: `${k} ${show(from[k])} dropped`
            });
        }
        else {
            // Whether one regular expression accepts all another does is not decided here: any new or
            // changed pattern is treated as tightening.
            out.push({
                kind: k === 'pattern' ? 'pattern-changed' : 'format-changed',
                breaking: true,
                at: `${at}/${k}`,
                message: `${k} ${from[k] === undefined ? 'added' : `changed from ${show(from[k])}`}: now ${show(to[k])}`
            });
        }
    }
}
function compareNode(from, to, at, out) {
    for (const k of new Set([...Object.keys(from), ...Object.keys(to)])) {
        if (HANDLED.has(k))
            continue;
        if (show(from[k]) !== show(to[k]))
            out.push({
                kind: 'unsupported-keyword',
                breaking: true,
                at: `${at}/${tok(k)}`,
                message: `keyword ${k} changed and is not compared here: treated as breaking until reviewed`
            });
    }
    compareTypes(from, to, at, out);
    compareConst(from, to, at, out);
    compareEnum(from, to, at, out);
    compareBounds(from, to, at, out);
    compareStringRules(from, to, at, out);
    const fp = isObj(from.properties) ? from.properties : {};
    const tp = isObj(to.properties) ? to.properties : {};
    const fr = new Set(Array.isArray(from.required) ? from.required : []);
    const tr = new Set(Array.isArray(to.required) ? to.required : []);
    const closedTo = to.additionalProperties === false;
    for (const name of Object.keys(tp)) {
        const p = `${at}/properties/${tok(name)}`;
        if (!(name in fp)) {
            const required = tr.has(name);
            out.push({
                kind: required ? 'required-added' : 'property-added',
                breaking: required,
                at: p,
                message: required
                    ? `new required property '${name}': records without it are no longer valid`
                    : `new optional property '${name}'`
            });
            continue;
        }
        if (isObj(fp[name]) && isObj(tp[name]))
            compareNode(fp[name], tp[name], p, out);
    }
    for (const name of Object.keys(fp)) {
        if (name in tp)
            continue;
        out.push({
            kind: 'property-removed',
            breaking: closedTo,
            at: `${at}/properties/${tok(name)}`,
            message: closedTo
                ? `property '${name}' removed while unknown properties are refused: records that carry it are no longer valid`
                : `property '${name}' no longer declared (still allowed: unknown properties are accepted)`
        });
    }
    for (const name of tr) {
        if (fr.has(name) || !(name in fp))
            continue; // new properties are reported above
        out.push({
            kind: 'required-added',
            breaking: true,
            at: `${at}/required`,
            message: `property '${name}' became required: records without it are no longer valid`
        });
    }
    for (const name of fr) {
        if (tr.has(name))
            continue;
        out.push({
            kind: 'required-removed',
            breaking: false,
            at: `${at}/required`,
            message: `property '${name}' is no longer required (readers may no longer rely on it)`
        });
    }
    const fa = from.additionalProperties;
    const ta = to.additionalProperties;
    const closed = (v) => v === false;
    if (closed(fa) !== closed(ta)) {
        out.push({
            kind: 'additional-properties-flipped',
            breaking: true,
            at: `${at}/additionalProperties`,
            message: closed(ta)
                ? 'additionalProperties flipped to false: records with undeclared fields are no longer valid'
                : 'additionalProperties flipped from false: readers that refuse unknown fields now meet them'
        });
    }
    else if (isObj(fa) && isObj(ta)) {
        compareNode(fa, ta, `${at}/additionalProperties`, out);
    }
    else if (isObj(ta) && !isObj(fa)) {
        out.push({
            kind: 'additional-properties-changed',
            breaking: true,
            at: `${at}/additionalProperties`,
            message: 'undeclared properties are now constrained by a schema'
        });
    }
    if (isObj(from.items) && isObj(to.items))
        compareNode(from.items, to.items, `${at}/items`, out);
    else if (isObj(to.items) && !isObj(from.items))
        out.push({
            kind: 'items-added',
            breaking: true,
            at: `${at}/items`,
            message: 'array items are now constrained by a schema'
        });
}
/** Compare two JSON Schemas (objects); the report says whether readers are unaffected. */
function compareSchemas(from, to) {
    const changes = [];
    compareNode(from, to, '', changes);
    return { compatible: changes.every((c) => !c.breaking), changes };
}

;// CONCATENATED MODULE: ./lib/gates/schema-check/compat-input.js
/** schema-check's compare-from / compare-to: two schema versions and whether readers survive the change. */









const MAX_SCHEMA_BYTES = 8 * 1024 * 1024;
/** A schema named by a compare input: a file in the workspace, or a version the hub ships. */
function loadSchema(input, given, ctx) {
    const shipped = isKnownVersion(given);
    const file = shipped
        ? (0,external_node_path_.join)((0,action_spec.hubRoot)(), 'schema', schemaFileFor(given))
        : (0,external_node_path_.resolve)(ctx.workspace, given);
    const shown = shipped ? `${given} (shipped)` : displayPath(ctx.workspace, file);
    let doc;
    try {
        doc = (0,strict_json/* parseStrictJson */.RJ)((0,read_file/* readRegularTextFile */.I)(file, { maxBytes: MAX_SCHEMA_BYTES, what: `input '${input}'` }), `input '${input}' (${shown})`);
    }
    catch (err) {
        if (err instanceof read_file/* FileReadError */.tJ)
            throw new errors/* GateError */.ue(err.message, `${err.help} Or name a shipped version (pipeline_run.v1.1, pipeline_run.v1.2).`, shown);
        if (err instanceof strict_json/* JsonDocumentError */.sT)
            throw new errors/* GateError */.ue(err.message, 'Give a JSON Schema document (strict JSON, no duplicate keys).', shown, err.line);
        throw err;
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        throw new errors/* GateError */.ue(`input '${input}' (${shown}) is not a JSON Schema object`, 'Give a JSON Schema document.', shown);
    return { shown, schema: doc };
}
/** Compare the two schemas; breaking changes are error findings, compatible ones notes. */
function checkCompat(fromGiven, toGiven, ctx, findings) {
    if (!fromGiven && !toGiven)
        return undefined;
    if (!fromGiven)
        throw new errors/* InputError */.dz('compare-from', 'is required when compare-to is given');
    if (!toGiven)
        throw new errors/* InputError */.dz('compare-to', 'is required when compare-from is given');
    const from = loadSchema('compare-from', fromGiven, ctx);
    const to = loadSchema('compare-to', toGiven, ctx);
    const report = compareSchemas(from.schema, to.schema);
    const file = isKnownVersion(toGiven) ? undefined : to.shown;
    for (const c of report.changes) {
        findings.push({
            rule: c.breaking ? R.breaking : R.compatible,
            severity: c.breaking ? 'error' : 'note',
            message: `${from.shown} \u2192 ${to.shown}: ${c.at || '(root)'}: ${c.message} [${c.kind}]`,
            help: helpOf(c.breaking ? R.breaking : R.compatible),
            file
        });
    }
    return { from: from.shown, to: to.shown, ...report };
}

;// CONCATENATED MODULE: ./lib/gates/schema-check/index.js
/**
 * Gate: schema-check \u2014 every line of the NDJSON files given is a pipeline_run record valid
 * against the schema version it names; each line that is not is one finding (line, JSON pointer,
 * rule). Optionally, whether a schema change (compare-from \u2192 compare-to) is compatible for
 * readers. Nothing to check (no file, no record) is an error, never a pass.
 */











const schema_check_GLOB_CHARS = /[*?[\]{}]/;
function limitsOf(inputs) {
    return {
        maxFileBytes: inputs.number('max-file-bytes'),
        maxLineBytes: inputs.number('max-line-bytes'),
        maxRecords: inputs.number('max-records'),
        maxFindings: inputs.number('max-findings')
    };
}
function matchedFiles(patterns, ctx) {
    const { files, unmatched } = expandFiles(ctx.workspace, patterns, ['.ndjson', '.jsonl']);
    const named = unmatched.filter((p) => !schema_check_GLOB_CHARS.test(p));
    if (named.length) {
        const missing = named.filter((p) => !(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(ctx.workspace, p)));
        throw new errors/* GateError */.ue(missing.length
            ? `input 'files': ${missing.join(', ')} not found in the workspace ${ctx.workspace}`
            : `input 'files': the folder ${named.join(', ')} holds no *.ndjson or *.jsonl file`, 'Give NDJSON files, folders (their *.ndjson and *.jsonl files) or globs relative to the workspace.');
    }
    if (files.length === 0)
        throw new errors/* GateError */.ue(`input 'files': nothing matched ${patterns.join(', ')} in the workspace ${ctx.workspace}: nothing to check`, 'Check the globs (relative to the workspace), and that the step that writes the records ran first.');
    return files;
}
function checkFiles(files, limits, ctx, evidence, findings) {
    let truncated = 0;
    for (const abs of files) {
        const file = displayPath(ctx.workspace, abs);
        const fe = { file, bytes: 0, sha256: '', records: 0, invalid: 0 };
        let info;
        try {
            // A .json file is one record (a pretty-printed fixture); anything else is NDJSON.
            const read = abs.endsWith('.json') ? forEachJsonDocument : forEachNdjsonLine;
            info = read(abs, {
                maxFileBytes: limits.maxFileBytes,
                maxLineBytes: limits.maxLineBytes,
                what: `input 'files'`
            }, (line) => {
                if (++evidence.records > limits.maxRecords)
                    throw new errors/* GateError */.ue(`more than ${limits.maxRecords} records in the files given (max-records); stopped at ${file}:${line.line}`, 'Check fewer files at once, or raise max-records.', file, line.line);
                fe.records++;
                const v = checkLine(line, `${file}:${line.line}`, limits.maxLineBytes);
                if (v.ok) {
                    evidence.valid++;
                    evidence.versions[v.version] = (evidence.versions[v.version] ?? 0) + 1;
                    return;
                }
                evidence.invalid++;
                fe.invalid++;
                if (evidence.invalidLines.length >= limits.maxFindings) {
                    truncated++;
                    return;
                }
                evidence.invalidLines.push({
                    file,
                    line: line.line,
                    pointer: v.pointer,
                    rule: v.rule,
                    violations: v.violations.map(({ pointer, rule, schemaPath }) => ({
                        pointer,
                        rule,
                        schemaPath
                    }))
                });
                findings.push({
                    rule: v.rule,
                    severity: 'error',
                    message: v.violations.length || !v.pointer ? v.message : `${v.pointer}: ${v.message}`,
                    help: helpOf(v.rule),
                    file,
                    line: line.line
                });
            });
        }
        catch (err) {
            if (err instanceof read_file/* FileReadError */.tJ)
                throw new errors/* GateError */.ue(err.message.split(abs).join(file), err.help, file);
            throw err;
        }
        fe.bytes = info.bytes;
        fe.sha256 = info.sha256;
        evidence.files.push(fe);
        if (info.lines === 0)
            findings.push({
                rule: R.emptyFile,
                severity: 'error',
                message: `${file} holds no records`,
                help: helpOf(R.emptyFile),
                file
            });
    }
    if (truncated)
        findings.push({
            rule: R.truncated,
            severity: 'error',
            message: `${truncated} more invalid lines not listed (max-findings is ${limits.maxFindings})`,
            help: helpOf(R.truncated)
        });
}
const schemaCheck = {
    name: 'schema-check',
    rules: RULES,
    async evaluate(inputs, ctx) {
        const patterns = inputs.list('files');
        const limits = limitsOf(inputs);
        const findings = [];
        const evidence = {
            patterns,
            files: [],
            records: 0,
            valid: 0,
            invalid: 0,
            versions: {},
            invalidLines: [],
            limits
        };
        const compat = checkCompat(inputs.string('compare-from')?.trim() || undefined, inputs.string('compare-to')?.trim() || undefined, ctx, findings);
        if (compat)
            evidence.compat = compat;
        if (patterns.length === 0 && !compat)
            throw new errors/* GateError */.ue("nothing to check: give 'files' (NDJSON records) and/or 'compare-from' with 'compare-to' (two schema versions)", 'files: globs of NDJSON files, e.g. telemetry/**/*.ndjson; compare-from/compare-to: schema files or shipped versions (pipeline_run.v1.1).');
        if (patterns.length) {
            await loadGlobsFor(ctx.workspace, patterns); // minimatch only for a glob beyond the simple form
            checkFiles(matchedFiles(patterns, ctx), limits, ctx, evidence, findings);
            if (evidence.records === 0)
                throw new errors/* GateError */.ue(`the files matched by ${patterns.join(', ')} hold no records: nothing to check`, 'Check that the step that writes the records ran and wrote them; an empty file is never a pass.');
        }
        const failing = findings.filter((f) => f.severity === 'error');
        const verdict = failing.length ? 'fail' : 'pass';
        const parts = [];
        if (patterns.length) {
            const by = PIPELINE_RUN_VERSIONS.filter((v) => evidence.versions[v])
                .map((v) => `${evidence.versions[v]} ${v}`)
                .join(', ');
            parts.push(`${evidence.records} records in ${evidence.files.length} file${evidence.files.length === 1 ? '' : 's'}: ${evidence.invalid} invalid${by ? `; valid: ${by}` : ''}`);
        }
        if (compat) {
            const breaking = compat.changes.filter((c) => c.breaking).length;
            parts.push(`${compat.from} \u2192 ${compat.to}: ${compat.compatible ? 'compatible for readers' : `${breaking} breaking change${breaking === 1 ? '' : 's'}`}`);
        }
        return {
            verdict,
            summary: parts.join('; '),
            findings,
            evidence,
            outputs: {
                records: String(evidence.records),
                'invalid-records': String(evidence.invalid),
                'files-checked': String(evidence.files.length),
                compatible: compat ? String(compat.compatible) : '',
                'breaking-changes': compat ? String(compat.changes.filter((c) => c.breaking).length) : ''
            }
        };
    }
};


/***/ }),

/***/ 9858:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cY: () => (/* binding */ loadGlobMatcherFor),
/* harmony export */   eu: () => (/* binding */ globMatch),
/* harmony export */   i4: () => (/* binding */ registerGlobMatcher)
/* harmony export */ });
/* unused harmony exports needsGlobMatcher, loadGlobMatcher, needsGlobMatcherToMatch */
/**
 * Glob matching for workflow paths and policy exceptions without loading minimatch at start.
 * The patterns that occur in practice (`.github/workflows/*.yml`, a folder, a file name with a
 * `*` in it) are matched here, exactly as minimatch matches them (test/workflows/glob.test.ts
 * compares the two); any other pattern goes to minimatch, which a run loads first with
 * `loadGlobMatcherFor` (or statically, by importing ./glob-minimatch.js).
 *
 * The simple form: posix paths whose segments hold only letters, digits, `.`, `_`, `-`, space
 * and single `*`s (each matching any run of characters within a segment), no empty, `.` or `..`
 * segment. Everything else \u2014 `**`, `?`, classes, braces, extglobs, negation, escapes, other
 * punctuation, Windows \u2014 is minimatch's.
 */
let fallback;
/** Called by ./glob-minimatch.js with minimatch itself. */
function registerGlobMatcher(matcher) {
    fallback = matcher;
}
const SIMPLE_SEGMENT = /^[A-Za-z0-9._ -]*(?:\*[A-Za-z0-9._ -]*)*$/;
const compiled = new Map();
/** The pattern's segments (literal strings or anchored regexes), or null when not simple. */
function simpleSegments(pattern) {
    let segs = compiled.get(pattern);
    if (segs !== undefined)
        return segs;
    segs = null;
    if (process.platform !== 'win32') {
        const parts = pattern.split('/');
        const body = parts[0] === '' ? parts.slice(1) : parts;
        const ok = body.every((p) => p !== '' && p !== '.' && p !== '..' && !p.includes('**') && SIMPLE_SEGMENT.test(p));
        if (ok && body.length) {
            segs = parts.map((p) => p.includes('*')
                ? new RegExp(`^${p.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`)
                : p);
        }
    }
    if (compiled.size > 1000)
        compiled.clear();
    compiled.set(pattern, segs);
    return segs;
}
/** Whether `pattern` needs minimatch (it is not of the simple form). */
function needsGlobMatcher(pattern) {
    return simpleSegments(pattern) === null;
}
/** Load minimatch (a no-op once loaded). */
async function loadGlobMatcher() {
    if (!fallback)
        await Promise.all(/* import() */[__nccwpck_require__.e(138), __nccwpck_require__.e(323)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3323));
}
/** Load minimatch when one of `patterns` needs it. */
async function loadGlobMatcherFor(patterns) {
    if (fallback)
        return;
    for (const p of patterns)
        if (needsGlobMatcher(p))
            return loadGlobMatcher();
}
function segmentMatches(seg, pat, dot) {
    if (typeof pat === 'string')
        return seg === pat;
    if (seg === '.' || seg === '..')
        return false;
    // Without `dot`, a segment starting with `.` is matched only by a literal leading `.`; a
    // simple pattern segment that is a regex and does not start with `.` starts with `*`.
    if (!dot && seg.startsWith('.') && !pat.source.startsWith('^\\.'))
        return false;
    return pat.test(seg);
}
/**
 * Whether a path has an empty segment (`a//b`, a trailing `/`, ''): minimatch's to judge, even
 * against a simple pattern. Paths built by path.join never have one.
 */
function hasEmptySegment(parts) {
    return !parts.every((p, i) => p !== '' || (i === 0 && parts.length > 1));
}
/** Whether `globMatch(path, pattern)` needs minimatch to answer (the pattern or the path). */
function needsGlobMatcherToMatch(path, pattern) {
    return needsGlobMatcher(pattern) || hasEmptySegment(path.split('/'));
}
/** Whether `path` matches `pattern`, as `minimatch(path, pattern, options)` says. */
function globMatch(path, pattern, options = {}) {
    const segs = simpleSegments(pattern);
    const parts = path.split('/');
    if (!segs || hasEmptySegment(parts)) {
        if (!fallback) {
            throw new Error(`internal: matching ${JSON.stringify(path)} against the glob ${JSON.stringify(pattern)} needs minimatch, which was not loaded (call loadGlobMatcher first)`);
        }
        return fallback(path, pattern, options);
    }
    const dot = options.dot ?? false;
    if (parts.length > segs.length)
        return false;
    if (parts.length < segs.length) {
        if (!options.partial)
            return false;
    }
    for (let i = 0; i < parts.length; i++) {
        if (!segmentMatches(parts[i], segs[i], dot))
            return false;
    }
    return true;
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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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
/******/ 		792: 0
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
/******/ var __webpack_exports__ = __nccwpck_require__(7511);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
