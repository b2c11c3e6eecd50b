export const id = 6017;
export const ids = [6017,5521];
export const modules = {

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

/***/ 75521:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hubRoot: () => (/* reexport safe */ _hub_root_js__WEBPACK_IMPORTED_MODULE_5__.G),
/* harmony export */   loadActionSpec: () => (/* binding */ loadActionSpec),
/* harmony export */   parseActionSpec: () => (/* binding */ parseActionSpec)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _build_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71855);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68415);
/* harmony import */ var _hub_root_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37669);
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
        const n = type === 'duration' ? (0,_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDuration */ .E)(String(v)) : typeof v === 'number' ? v : NaN;
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
    const doc = asRecord((0,yaml__WEBPACK_IMPORTED_MODULE_2__.parse)(text), `actions/${gate}/action.yml`);
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
        const built = (0,_build_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .registeredActionSpec */ .wP)(gate);
        if (built)
            return built;
        root = (0,_hub_root_js__WEBPACK_IMPORTED_MODULE_5__/* .hubRoot */ .G)();
    }
    const key = `${root}\0${gate}`;
    let spec = cache.get(key);
    if (!spec) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'actions', gate, 'action.yml');
        spec = parseActionSpec(gate, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        cache.set(key, spec);
    }
    return spec;
}


/***/ }),

/***/ 1595:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RULES: () => (/* reexport */ RULES),
  schemaCheck: () => (/* binding */ schemaCheck)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __webpack_require__(14630);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
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
            if (!(0,external_node_buffer_.isUtf8)(bytes))
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
        if (!(0,external_node_buffer_.isUtf8)(bytes))
            onLine({ line: 1, problem: 'not-utf8', bytes: bytes.length });
        else
            onLine({ line: 1, text: bytes.toString('utf8') });
    }
    return info;
}

// EXTERNAL MODULE: ./lib/telemetry/record-schema.js + 1 modules
var record_schema = __webpack_require__(62716);
// EXTERNAL MODULE: ./lib/workflows/files.js
var workflows_files = __webpack_require__(60577);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __webpack_require__(66613);
// EXTERNAL MODULE: ./lib/telemetry/record-json.js
var record_json = __webpack_require__(15373);
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
        record = (0,record_json/* parseRecordLine */.p)(line.text, source);
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
    if (!(0,record_schema/* isKnownVersion */._I)(named)) {
        return bad(R.unknownSchema, `the record names schema ${quote(named)}; known: ${record_schema/* PIPELINE_RUN_VERSIONS */.Po.join(', ')}`, '/schema');
    }
    const violations = (0,record_schema/* pipelineRunViolations */.em)(record, named);
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

// EXTERNAL MODULE: ./lib/core/action-spec.js
var action_spec = __webpack_require__(75521);
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
    const shipped = (0,record_schema/* isKnownVersion */._I)(given);
    const file = shipped
        ? (0,external_node_path_.join)((0,action_spec.hubRoot)(), 'schema', (0,record_schema/* schemaFileFor */.zM)(given))
        : (0,external_node_path_.resolve)(ctx.workspace, given);
    const shown = shipped ? `${given} (shipped)` : (0,workflows_files/* displayPath */.Gt)(ctx.workspace, file);
    let doc;
    try {
        doc = (0,strict_json/* parseStrictJson */.RJ)((0,read_file.readRegularTextFile)(file, { maxBytes: MAX_SCHEMA_BYTES, what: `input '${input}'` }), `input '${input}' (${shown})`);
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
    const file = (0,record_schema/* isKnownVersion */._I)(toGiven) ? undefined : to.shown;
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











const GLOB_CHARS = /[*?[\]{}]/;
function limitsOf(inputs) {
    return {
        maxFileBytes: inputs.number('max-file-bytes'),
        maxLineBytes: inputs.number('max-line-bytes'),
        maxRecords: inputs.number('max-records'),
        maxFindings: inputs.number('max-findings')
    };
}
function matchedFiles(patterns, ctx) {
    const { files, unmatched } = (0,workflows_files/* expandFiles */.CC)(ctx.workspace, patterns, ['.ndjson', '.jsonl']);
    const named = unmatched.filter((p) => !GLOB_CHARS.test(p));
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
        const file = (0,workflows_files/* displayPath */.Gt)(ctx.workspace, abs);
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
            await (0,workflows_files/* loadGlobsFor */.j8)(ctx.workspace, patterns); // minimatch only for a glob beyond the simple form
            checkFiles(matchedFiles(patterns, ctx), limits, ctx, evidence, findings);
            if (evidence.records === 0)
                throw new errors/* GateError */.ue(`the files matched by ${patterns.join(', ')} hold no records: nothing to check`, 'Check that the step that writes the records ran and wrote them; an empty file is never a pass.');
        }
        const failing = findings.filter((f) => f.severity === 'error');
        const verdict = failing.length ? 'fail' : 'pass';
        const parts = [];
        if (patterns.length) {
            const by = record_schema/* PIPELINE_RUN_VERSIONS */.Po.filter((v) => evidence.versions[v])
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

/***/ 15373:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ parseRecordLine)
/* harmony export */ });
/* harmony import */ var _core_strict_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66613);
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
        return (0,_core_strict_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStrictJson */ .RJ)(text, source); // throws the shared reader's clean message
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
        return (0,_core_strict_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStrictJson */ .RJ)(text, source);
    return value;
}


/***/ }),

/***/ 60577:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ expandFiles),
/* harmony export */   EY: () => (/* binding */ symlinkOnPath),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   j8: () => (/* binding */ loadGlobsFor),
/* harmony export */   sz: () => (/* binding */ expandWorkflowInput),
/* harmony export */   tA: () => (/* binding */ readWorkspaceText)
/* harmony export */ });
/* unused harmony exports toPosix, childPath, LARGE_FOLDER_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _core_read_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14630);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59858);
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
    return node_path__WEBPACK_IMPORTED_MODULE_1__.sep === '/' ? p : p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
/**
 * `dir` joined with an entry name that `readdir` gave (never empty, `.`, `..` or holding a
 * separator), for a `dir` already in normal form (from `resolve`): the same string as
 * `path.join(dir, name)` without normalising it again. The paths of 66,752 listed files took
 * 116 ms and 43 MiB more resident memory with `path.join` than concatenated (57 ms).
 */
function childPath(dir, name) {
    return dir.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? dir + name : dir + node_path__WEBPACK_IMPORTED_MODULE_1__.sep + name;
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
    const cannot = (err) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(`cannot list the folder ${dir} (${err.code ?? err.message})`, 'Check that the folder exists and is readable; a folder the gate cannot read is never passed.');
    if (sizeHint < LARGE_FOLDER_BYTES) {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
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
        handle = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.opendirSync)(dir, { bufferSize: 64 });
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
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(dir);
    }
    catch {
        real = dir;
    }
    if (w.seen.has(real))
        return;
    w.seen.add(real);
    forEachEntry(dir, (e) => {
        if (--w.left < 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(`more than ${MAX_WALK} files under the glob's folder; narrow the pattern`, 'Name the workflow folder (e.g. .github/workflows/*.yml) rather than a glob over the repository.');
        }
        const full = childPath(dir, e.name);
        const posix = toPosix(full);
        let isDir = e.isDirectory();
        if (e.isSymbolicLink()) {
            try {
                isDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full).isDirectory();
            }
            catch {
                isDir = false; // a dangling link: a candidate like any other file (the loader reports it)
            }
        }
        if (isDir) {
            if (!SKIP_DIRS.has(e.name) && (0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .globMatch */ .eu)(posix, w.pattern, { dot: true, partial: true })) {
                walk(full, w);
            }
        }
        else if ((0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .globMatch */ .eu)(posix, w.pattern, { dot: true }))
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
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, pattern); // normal form, absolute pattern or not (see childPath)
        if (!GLOB_CHARS.test(pattern)) {
            let isDir;
            let size = 0;
            try {
                const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
                isDir = st.isDirectory();
                size = st.size;
            }
            catch {
                try {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs); // a dangling symlink still names a candidate
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
                            dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(childPath(abs, e.name)).isDirectory();
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
                baseIsDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(base).isDirectory();
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
    await (0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .loadGlobMatcherFor */ .cY)(patterns
        .filter((p) => GLOB_CHARS.test(p))
        .map((p) => toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, p))));
}
/** Path of `file` relative to `root`, in posix form (as findings and SARIF show it). */
function displayPath(root, file) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, file);
    return toPosix(rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? file : rel);
}
/**
 * The first symlink on the way from `root` to `file` (the file itself included), as a path
 * relative to `root`; undefined when every component is a real folder or file. For a file outside
 * `root`, only the file itself is looked at.
 */
function symlinkOnPath(root, file) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, file);
    const inside = rel !== '' && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel);
    const parts = inside ? rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) : [];
    const candidates = inside ? parts.map((_, i) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...parts.slice(0, i + 1))) : [file];
    for (const c of candidates) {
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(c).isSymbolicLink())
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
        return (0,_core_read_file_js__WEBPACK_IMPORTED_MODULE_3__.readRegularTextFile)(file, { maxBytes, what });
    }
    catch (err) {
        if (err instanceof _core_read_file_js__WEBPACK_IMPORTED_MODULE_3__/* .FileReadError */ .tJ) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(err.message.split(file).join(displayPath(root, file)), err.help, displayPath(root, file));
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
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(root);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(`the workspace ${root} does not exist`, checkout);
    }
    if (!st.isDirectory())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(`the workspace ${root} is not a folder`, checkout);
    const { files, unmatched } = expandFiles(root, patterns);
    const explicitMissing = unmatched.filter((p) => !GLOB_CHARS.test(p));
    if (explicitMissing.length) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(`input '${input}': ${explicitMissing.join(', ')} not found in the workspace ${root}`, 'Give workflow files, folders or globs relative to the repository root.');
    }
    if (files.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(`input '${input}': no workflow file matched ${patterns.length ? patterns.join(', ') : '(no patterns given)'} in the workspace ${root}: nothing to check`, `${checkout} If the repository really has no workflows, do not run this gate on it.`);
    }
    return files;
}


/***/ }),

/***/ 59858:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ needsGlobMatcherToMatch),
/* harmony export */   cY: () => (/* binding */ loadGlobMatcherFor),
/* harmony export */   eu: () => (/* binding */ globMatch),
/* harmony export */   i4: () => (/* binding */ registerGlobMatcher),
/* harmony export */   xz: () => (/* binding */ loadGlobMatcher)
/* harmony export */ });
/* unused harmony export needsGlobMatcher */
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
        await Promise.all(/* import() */[__webpack_require__.e(9540), __webpack_require__.e(5273), __webpack_require__.e(3323)]).then(__webpack_require__.bind(__webpack_require__, 83323));
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

};
