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

/***/ 9800:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.wT = __webpack_unused_export__ = void 0;
const ed5 = __nccwpck_require__(6950);
const ed2 = __nccwpck_require__(4488);
const NSed3 = __nccwpck_require__(5699);
var isS = ed5.isS;
var isChar10 = ed5.isChar;
var isNameStartChar = ed5.isNameStartChar;
var isNameChar = ed5.isNameChar;
var S_LIST = ed5.S_LIST;
var NAME_RE = ed5.NAME_RE;
var isChar11 = ed2.isChar;
var isNCNameStartChar = NSed3.isNCNameStartChar;
var isNCNameChar = NSed3.isNCNameChar;
var NC_NAME_RE = NSed3.NC_NAME_RE;
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
const rootNS = {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
    __proto__: null,
    xml: XML_NAMESPACE,
    xmlns: XMLNS_NAMESPACE,
};
const XML_ENTITIES = {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
    __proto__: null,
    amp: "&",
    gt: ">",
    lt: "<",
    quot: "\"",
    apos: "'",
};
// EOC: end-of-chunk
const EOC = -1;
const NL_LIKE = -2;
const S_BEGIN = 0; // Initial state.
const S_BEGIN_WHITESPACE = 1; // leading whitespace
const S_DOCTYPE = 2; // <!DOCTYPE
const S_DOCTYPE_QUOTE = 3; // <!DOCTYPE "//blah
const S_DTD = 4; // <!DOCTYPE "//blah" [ ...
const S_DTD_QUOTED = 5; // <!DOCTYPE "//blah" [ "foo
const S_DTD_OPEN_WAKA = 6;
const S_DTD_OPEN_WAKA_BANG = 7;
const S_DTD_COMMENT = 8; // <!--
const S_DTD_COMMENT_ENDING = 9; // <!-- blah -
const S_DTD_COMMENT_ENDED = 10; // <!-- blah --
const S_DTD_PI = 11; // <?
const S_DTD_PI_ENDING = 12; // <?hi "there" ?
const S_TEXT = 13; // general stuff
const S_ENTITY = 14; // &amp and such
const S_OPEN_WAKA = 15; // <
const S_OPEN_WAKA_BANG = 16; // <!...
const S_COMMENT = 17; // <!--
const S_COMMENT_ENDING = 18; // <!-- blah -
const S_COMMENT_ENDED = 19; // <!-- blah --
const S_CDATA = 20; // <![CDATA[ something
const S_CDATA_ENDING = 21; // ]
const S_CDATA_ENDING_2 = 22; // ]]
const S_PI_FIRST_CHAR = 23; // <?hi, first char
const S_PI_REST = 24; // <?hi, rest of the name
const S_PI_BODY = 25; // <?hi there
const S_PI_ENDING = 26; // <?hi "there" ?
const S_XML_DECL_NAME_START = 27; // <?xml
const S_XML_DECL_NAME = 28; // <?xml foo
const S_XML_DECL_EQ = 29; // <?xml foo=
const S_XML_DECL_VALUE_START = 30; // <?xml foo=
const S_XML_DECL_VALUE = 31; // <?xml foo="bar"
const S_XML_DECL_SEPARATOR = 32; // <?xml foo="bar"
const S_XML_DECL_ENDING = 33; // <?xml ... ?
const S_OPEN_TAG = 34; // <strong
const S_OPEN_TAG_SLASH = 35; // <strong /
const S_ATTRIB = 36; // <a
const S_ATTRIB_NAME = 37; // <a foo
const S_ATTRIB_NAME_SAW_WHITE = 38; // <a foo _
const S_ATTRIB_VALUE = 39; // <a foo=
const S_ATTRIB_VALUE_QUOTED = 40; // <a foo="bar
const S_ATTRIB_VALUE_CLOSED = 41; // <a foo="bar"
const S_ATTRIB_VALUE_UNQUOTED = 42; // <a foo=bar
const S_CLOSE_TAG = 43; // </a
const S_CLOSE_TAG_SAW_WHITE = 44; // </a   >
const TAB = 9;
const NL = 0xA;
const CR = 0xD;
const SPACE = 0x20;
const BANG = 0x21;
const DQUOTE = 0x22;
const AMP = 0x26;
const SQUOTE = 0x27;
const MINUS = 0x2D;
const FORWARD_SLASH = 0x2F;
const SEMICOLON = 0x3B;
const LESS = 0x3C;
const EQUAL = 0x3D;
const GREATER = 0x3E;
const QUESTION = 0x3F;
const OPEN_BRACKET = 0x5B;
const CLOSE_BRACKET = 0x5D;
const NEL = 0x85;
const LS = 0x2028; // Line Separator
const isQuote = (c) => c === DQUOTE || c === SQUOTE;
const QUOTES = [DQUOTE, SQUOTE];
const DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
const DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
const XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
const ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
function nsPairCheck(parser, prefix, uri) {
    switch (prefix) {
        case "xml":
            if (uri !== XML_NAMESPACE) {
                parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
            }
            break;
        case "xmlns":
            if (uri !== XMLNS_NAMESPACE) {
                parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
            }
            break;
        default:
    }
    switch (uri) {
        case XMLNS_NAMESPACE:
            parser.fail(prefix === "" ?
                `the default namespace may not be set to ${uri}.` :
                `may not assign a prefix (even "xmlns") to the URI \
${XMLNS_NAMESPACE}.`);
            break;
        case XML_NAMESPACE:
            switch (prefix) {
                case "xml":
                    // Assinging the XML namespace to "xml" is fine.
                    break;
                case "":
                    parser.fail(`the default namespace may not be set to ${uri}.`);
                    break;
                default:
                    parser.fail("may not assign the xml namespace to another prefix.");
            }
            break;
        default:
    }
}
function nsMappingCheck(parser, mapping) {
    for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
    }
}
const isNCName = (name) => NC_NAME_RE.test(name);
const isName = (name) => NAME_RE.test(name);
const FORBIDDEN_START = 0;
const FORBIDDEN_BRACKET = 1;
const FORBIDDEN_BRACKET_BRACKET = 2;
/**
 * The list of supported events.
 */
__webpack_unused_export__ = [
    "xmldecl",
    "text",
    "processinginstruction",
    "doctype",
    "comment",
    "opentagstart",
    "attribute",
    "opentag",
    "closetag",
    "cdata",
    "error",
    "end",
    "ready",
];
const EVENT_NAME_TO_HANDLER_NAME = {
    xmldecl: "xmldeclHandler",
    text: "textHandler",
    processinginstruction: "piHandler",
    doctype: "doctypeHandler",
    comment: "commentHandler",
    opentagstart: "openTagStartHandler",
    attribute: "attributeHandler",
    opentag: "openTagHandler",
    closetag: "closeTagHandler",
    cdata: "cdataHandler",
    error: "errorHandler",
    end: "endHandler",
    ready: "readyHandler",
};
// eslint-disable-next-line @typescript-eslint/ban-types
class SaxesParser {
    /**
     * @param opt The parser options.
     */
    constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
            // This is the function we use to perform name checks on PIs and entities.
            // When namespaces are used, colons are not allowed in PI target names or
            // entity names. So the check depends on whether namespaces are used. See:
            //
            // https://www.w3.org/XML/xml-names-19990114-errata.html
            // NE08
            //
            this.nameStartCheck = isNCNameStartChar;
            this.nameCheck = isNCNameChar;
            this.isName = isNCName;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.processAttribs = this.processAttribsNS;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.pushAttrib = this.pushAttribNS;
            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
            this.ns = Object.assign({ __proto__: null }, rootNS);
            const additional = this.opt.additionalNamespaces;
            if (additional != null) {
                nsMappingCheck(this, additional);
                Object.assign(this.ns, additional);
            }
        }
        else {
            this.nameStartCheck = isNameStartChar;
            this.nameCheck = isNameChar;
            this.isName = isName;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.processAttribs = this.processAttribsPlain;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.pushAttrib = this.pushAttribPlain;
        }
        //
        // The order of the members in this table needs to correspond to the state
        // numbers given to the states that correspond to the methods being recorded
        // here.
        //
        this.stateTable = [
            /* eslint-disable @typescript-eslint/unbound-method */
            this.sBegin,
            this.sBeginWhitespace,
            this.sDoctype,
            this.sDoctypeQuote,
            this.sDTD,
            this.sDTDQuoted,
            this.sDTDOpenWaka,
            this.sDTDOpenWakaBang,
            this.sDTDComment,
            this.sDTDCommentEnding,
            this.sDTDCommentEnded,
            this.sDTDPI,
            this.sDTDPIEnding,
            this.sText,
            this.sEntity,
            this.sOpenWaka,
            this.sOpenWakaBang,
            this.sComment,
            this.sCommentEnding,
            this.sCommentEnded,
            this.sCData,
            this.sCDataEnding,
            this.sCDataEnding2,
            this.sPIFirstChar,
            this.sPIRest,
            this.sPIBody,
            this.sPIEnding,
            this.sXMLDeclNameStart,
            this.sXMLDeclName,
            this.sXMLDeclEq,
            this.sXMLDeclValueStart,
            this.sXMLDeclValue,
            this.sXMLDeclSeparator,
            this.sXMLDeclEnding,
            this.sOpenTag,
            this.sOpenTagSlash,
            this.sAttrib,
            this.sAttribName,
            this.sAttribNameSawWhite,
            this.sAttribValue,
            this.sAttribValueQuoted,
            this.sAttribValueClosed,
            this.sAttribValueUnquoted,
            this.sCloseTag,
            this.sCloseTagSawWhite,
            /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
    }
    /**
     * Indicates whether or not the parser is closed. If ``true``, wait for
     * the ``ready`` event to write again.
     */
    get closed() {
        return this._closed;
    }
    _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = undefined;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        // The logic is organized so as to minimize the need to check
        // this.opt.fragment while parsing.
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        // We want these to be all true if we are dealing with a fragment.
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot =
            this.sawRoot = fragmentOpt;
        // An XML declaration is intially possible only when parsing whole
        // documents.
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = undefined;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === undefined) {
            if (this.opt.forceXMLVersion === true) {
                throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
            }
            defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
            version: undefined,
            encoding: undefined,
            standalone: undefined,
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
    }
    /**
     * The stream position the parser is currently looking at. This field is
     * zero-based.
     *
     * This field is not based on counting Unicode characters but is to be
     * interpreted as a plain index into a JavaScript string.
     */
    get position() {
        return this.chunkPosition + this.i;
    }
    /**
     * The column number of the next character to be read by the parser.  *
     * This field is zero-based. (The first column in a line is 0.)
     *
     * This field reports the index at which the next character would be in the
     * line if the line were represented as a JavaScript string.  Note that this
     * *can* be different to a count based on the number of *Unicode characters*
     * due to how JavaScript handles astral plane characters.
     *
     * See [[column]] for a number that corresponds to a count of Unicode
     * characters.
     */
    get columnIndex() {
        return this.position - this.positionAtNewLine;
    }
    /**
     * Set an event listener on an event. The parser supports one handler per
     * event type. If you try to set an event handler over an existing handler,
     * the old handler is silently overwritten.
     *
     * @param name The event to listen to.
     *
     * @param handler The handler to set.
     */
    on(name, handler) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
    }
    /**
     * Unset an event handler.
     *
     * @parma name The event to stop listening to.
     */
    off(name) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = undefined;
    }
    /**
     * Make an error object. The error object will have a message that contains
     * the ``fileName`` option passed at the creation of the parser. If position
     * tracking was turned on, it will also have line and column number
     * information.
     *
     * @param message The message describing the error to report.
     *
     * @returns An error object with a properly formatted message.
     */
    makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
            if (msg.length > 0) {
                msg += ":";
            }
            msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
            msg += ": ";
        }
        return new Error(msg + message);
    }
    /**
     * Report a parsing error. This method is made public so that client code may
     * check for issues that are outside the scope of this project and can report
     * errors.
     *
     * @param message The error to report.
     *
     * @returns this
     */
    fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === undefined) {
            throw err;
        }
        else {
            handler(err);
        }
        return this;
    }
    /**
     * Write a XML data to the parser.
     *
     * @param chunk The XML data to write.
     *
     * @returns this
     */
    // We do need object for the type here. Yes, it often causes problems
    // but not in this case.
    write(chunk) {
        if (this.closed) {
            return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
            // We cannot return immediately because carriedFromPrevious may need
            // processing.
            end = true;
            chunk = "";
        }
        else if (typeof chunk === "object") {
            chunk = chunk.toString();
        }
        // We checked if performing a pre-decomposition of the string into an array
        // of single complete characters (``Array.from(chunk)``) would be faster
        // than the current repeated calls to ``charCodeAt``. As of August 2018, it
        // isn't. (There may be Node-specific code that would perform faster than
        // ``Array.from`` but don't want to be dependent on Node.)
        if (this.carriedFromPrevious !== undefined) {
            // The previous chunk had char we must carry over.
            chunk = `${this.carriedFromPrevious}${chunk}`;
            this.carriedFromPrevious = undefined;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end &&
            // A trailing CR or surrogate must be carried over to the next
            // chunk.
            (lastCode === CR || (lastCode >= 0xD800 && lastCode <= 0xDBFF))) {
            // The chunk ends with a character that must be carried over. We cannot
            // know how to handle it until we get the next chunk or the end of the
            // stream. So save it for later.
            this.carriedFromPrevious = chunk[limit - 1];
            limit--;
            chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument
            stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
    }
    /**
     * Close the current stream. Perform final well-formedness checks and reset
     * the parser tstate.
     *
     * @returns this
     */
    close() {
        return this.write(null);
    }
    /**
     * Get a single code point out of the current chunk. This updates the current
     * position if we do position tracking.
     *
     * This is the algorithm to use for XML 1.0.
     *
     * @returns The character read.
     */
    getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
        // read this.i again, which is a bit faster.
        this.i = i + 1;
        if (i >= chunk.length) {
            return EOC;
        }
        // Using charCodeAt and handling the surrogates ourselves is faster
        // than using codePointAt.
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 0xD800) {
            if (code >= SPACE || code === TAB) {
                return code;
            }
            switch (code) {
                case NL:
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL;
                case CR:
                    // We may get NaN if we read past the end of the chunk, which is fine.
                    if (chunk.charCodeAt(i + 1) === NL) {
                        // A \r\n sequence is converted to \n so we have to skip over the
                        // next character. We already know it has a size of 1 so ++ is fine
                        // here.
                        this.i = i + 2;
                    }
                    // Otherwise, a \r is just converted to \n, so we don't have to skip
                    // ahead.
                    // In either case, \r becomes \n.
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL_LIKE;
                default:
                    // If we get here, then code < SPACE and it is not NL CR or TAB.
                    this.fail("disallowed character.");
                    return code;
            }
        }
        if (code > 0xDBFF) {
            // This is a specialized version of isChar10 that takes into account
            // that in this context code > 0xDBFF and code <= 0xFFFF. So it does not
            // test cases that don't need testing.
            if (!(code >= 0xE000 && code <= 0xFFFD)) {
                this.fail("disallowed character.");
            }
            return code;
        }
        const final = 0x10000 + ((code - 0xD800) * 0x400) +
            (chunk.charCodeAt(i + 1) - 0xDC00);
        this.i = i + 2;
        // This is a specialized version of isChar10 that takes into account that in
        // this context necessarily final >= 0x10000.
        if (final > 0x10FFFF) {
            this.fail("disallowed character.");
        }
        return final;
    }
    /**
     * Get a single code point out of the current chunk. This updates the current
     * position if we do position tracking.
     *
     * This is the algorithm to use for XML 1.1.
     *
     * @returns {number} The character read.
     */
    getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
        // read this.i again, which is a bit faster.
        this.i = i + 1;
        if (i >= chunk.length) {
            return EOC;
        }
        // Using charCodeAt and handling the surrogates ourselves is faster
        // than using codePointAt.
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 0xD800) {
            if ((code > 0x1F && code < 0x7F) || (code > 0x9F && code !== LS) ||
                code === TAB) {
                return code;
            }
            switch (code) {
                case NL: // 0xA
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL;
                case CR: { // 0xD
                    // We may get NaN if we read past the end of the chunk, which is
                    // fine.
                    const next = chunk.charCodeAt(i + 1);
                    if (next === NL || next === NEL) {
                        // A CR NL or CR NEL sequence is converted to NL so we have to skip
                        // over the next character. We already know it has a size of 1.
                        this.i = i + 2;
                    }
                    // Otherwise, a CR is just converted to NL, no skip.
                }
                /* yes, fall through */
                case NEL: // 0x85
                case LS: // Ox2028
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL_LIKE;
                default:
                    this.fail("disallowed character.");
                    return code;
            }
        }
        if (code > 0xDBFF) {
            // This is a specialized version of isCharAndNotRestricted that takes into
            // account that in this context code > 0xDBFF and code <= 0xFFFF. So it
            // does not test cases that don't need testing.
            if (!(code >= 0xE000 && code <= 0xFFFD)) {
                this.fail("disallowed character.");
            }
            return code;
        }
        const final = 0x10000 + ((code - 0xD800) * 0x400) +
            (chunk.charCodeAt(i + 1) - 0xDC00);
        this.i = i + 2;
        // This is a specialized version of isCharAndNotRestricted that takes into
        // account that in this context necessarily final >= 0x10000.
        if (final > 0x10FFFF) {
            this.fail("disallowed character.");
        }
        return final;
    }
    /**
     * Like ``getCode`` but with the return value normalized so that ``NL`` is
     * returned for ``NL_LIKE``.
     */
    getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
    }
    unget() {
        this.i = this.prevI;
        this.column--;
    }
    /**
     * Capture characters into a buffer until encountering one of a set of
     * characters.
     *
     * @param chars An array of codepoints. Encountering a character in the array
     * ends the capture. (``chars`` may safely contain ``NL``.)
     *
     * @return The character code that made the capture end, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCode();
            const isNLLike = c === NL_LIKE;
            const final = isNLLike ? NL : c;
            if (final === EOC || chars.includes(final)) {
                this.text += chunk.slice(start, this.prevI);
                return final;
            }
            if (isNLLike) {
                this.text += `${chunk.slice(start, this.prevI)}\n`;
                start = this.i;
            }
        }
    }
    /**
     * Capture characters into a buffer until encountering a character.
     *
     * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
     * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
     *
     * @return ``true`` if we ran into the character. Otherwise, we ran into the
     * end of the current chunk.
     */
    captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            let c = this.getCode();
            switch (c) {
                case NL_LIKE:
                    this.text += `${chunk.slice(start, this.prevI)}\n`;
                    start = this.i;
                    c = NL;
                    break;
                case EOC:
                    this.text += chunk.slice(start);
                    return false;
                default:
            }
            if (c === char) {
                this.text += chunk.slice(start, this.prevI);
                return true;
            }
        }
    }
    /**
     * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
     * this parser.
     *
     * @return The character code that made the test fail, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    captureNameChars() {
        const { chunk, i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCode();
            if (c === EOC) {
                this.name += chunk.slice(start);
                return EOC;
            }
            // NL is not a name char so we don't have to test specifically for it.
            if (!isNameChar(c)) {
                this.name += chunk.slice(start, this.prevI);
                return c === NL_LIKE ? NL : c;
            }
        }
    }
    /**
     * Skip white spaces.
     *
     * @return The character that ended the skip, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    skipSpaces() {
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCodeNorm();
            if (c === EOC || !isS(c)) {
                return c;
            }
        }
    }
    setXMLVersion(version) {
        this.currentXMLVersion = version;
        /*  eslint-disable @typescript-eslint/unbound-method */
        if (version === "1.0") {
            this.isChar = isChar10;
            this.getCode = this.getCode10;
        }
        else {
            this.isChar = isChar11;
            this.getCode = this.getCode11;
        }
        /* eslint-enable @typescript-eslint/unbound-method */
    }
    // STATE ENGINE METHODS
    // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
    // to be sure never to come back to this state later.
    sBegin() {
        // We are essentially peeking at the first character of the chunk. Since
        // S_BEGIN can be in effect only when we start working on the first chunk,
        // the index at which we must look is necessarily 0. Note also that the
        // following test does not depend on decoding surrogates.
        // If the initial character is 0xFEFF, ignore it.
        if (this.chunk.charCodeAt(0) === 0xFEFF) {
            this.i++;
            this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
    }
    sBeginWhitespace() {
        // We need to know whether we've encountered spaces or not because as soon
        // as we run into a space, an XML declaration is no longer possible. Rather
        // than slow down skipSpaces even in places where we don't care whether it
        // skipped anything or not, we check whether prevI is equal to the value of
        // i from before we skip spaces.
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
            this.xmlDeclPossible = false;
        }
        switch (c) {
            case LESS:
                this.state = S_OPEN_WAKA;
                // We could naively call closeText but in this state, it is not normal
                // to have text be filled with any data.
                if (this.text.length !== 0) {
                    throw new Error("no-empty text at start");
                }
                break;
            case EOC:
                break;
            default:
                this.unget();
                this.state = S_TEXT;
                this.xmlDeclPossible = false;
        }
    }
    sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
            case GREATER: {
                (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
                this.text = "";
                this.state = S_TEXT;
                this.doctype = true; // just remember that we saw it.
                break;
            }
            case EOC:
                break;
            default:
                this.text += String.fromCodePoint(c);
                if (c === OPEN_BRACKET) {
                    this.state = S_DTD;
                }
                else if (isQuote(c)) {
                    this.state = S_DOCTYPE_QUOTE;
                    this.q = c;
                }
        }
    }
    sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
            this.text += String.fromCodePoint(q);
            this.q = null;
            this.state = S_DOCTYPE;
        }
    }
    sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
            return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
            this.state = S_DOCTYPE;
        }
        else if (c === LESS) {
            this.state = S_DTD_OPEN_WAKA;
        }
        else if (isQuote(c)) {
            this.state = S_DTD_QUOTED;
            this.q = c;
        }
    }
    sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
            this.text += String.fromCodePoint(q);
            this.state = S_DTD;
            this.q = null;
        }
    }
    sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
            case BANG:
                this.state = S_DTD_OPEN_WAKA_BANG;
                this.openWakaBang = "";
                break;
            case QUESTION:
                this.state = S_DTD_PI;
                break;
            default:
                this.state = S_DTD;
        }
    }
    sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
            this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
            this.openWakaBang = "";
        }
    }
    sDTDComment() {
        if (this.captureToChar(MINUS)) {
            this.text += "-";
            this.state = S_DTD_COMMENT_ENDING;
        }
    }
    sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
    }
    sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
            this.state = S_DTD;
        }
        else {
            this.fail("malformed comment.");
            // <!-- blah -- bloo --> will be recorded as
            // a comment of " blah -- bloo "
            this.state = S_DTD_COMMENT;
        }
    }
    sDTDPI() {
        if (this.captureToChar(QUESTION)) {
            this.text += "?";
            this.state = S_DTD_PI_ENDING;
        }
    }
    sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
            this.state = S_DTD;
        }
    }
    sText() {
        //
        // We did try a version of saxes where the S_TEXT state was split in two
        // states: one for text inside the root element, and one for text
        // outside. This was avoiding having to test this.tags.length to decide
        // what implementation to actually use.
        //
        // Peformance testing on gigabyte-size files did not show any advantage to
        // using the two states solution instead of the current one. Conversely, it
        // made the code a bit more complicated elsewhere. For instance, a comment
        // can appear before the root element so when a comment ended it was
        // necessary to determine whether to return to the S_TEXT state or to the
        // new text-outside-root state.
        //
        if (this.tags.length !== 0) {
            this.handleTextInRoot();
        }
        else {
            this.handleTextOutsideRoot();
        }
    }
    sEntity() {
        // This is essentially a specialized version of captureToChar(SEMICOLON...)
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        loop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case NL_LIKE:
                    this.entity += `${chunk.slice(start, this.prevI)}\n`;
                    start = this.i;
                    break;
                case SEMICOLON: {
                    const { entityReturnState } = this;
                    const entity = this.entity + chunk.slice(start, this.prevI);
                    this.state = entityReturnState;
                    let parsed;
                    if (entity === "") {
                        this.fail("empty entity name.");
                        parsed = "&;";
                    }
                    else {
                        parsed = this.parseEntity(entity);
                        this.entity = "";
                    }
                    if (entityReturnState !== S_TEXT || this.textHandler !== undefined) {
                        this.text += parsed;
                    }
                    // eslint-disable-next-line no-labels
                    break loop;
                }
                case EOC:
                    this.entity += chunk.slice(start);
                    // eslint-disable-next-line no-labels
                    break loop;
                default:
            }
        }
    }
    sOpenWaka() {
        // Reminder: a state handler is called with at least one character
        // available in the current chunk. So the first call to get code inside of
        // a state handler cannot return ``EOC``. That's why we don't test
        // for it.
        const c = this.getCode();
        // either a /, ?, !, or text is coming next.
        if (isNameStartChar(c)) {
            this.state = S_OPEN_TAG;
            this.unget();
            this.xmlDeclPossible = false;
        }
        else {
            switch (c) {
                case FORWARD_SLASH:
                    this.state = S_CLOSE_TAG;
                    this.xmlDeclPossible = false;
                    break;
                case BANG:
                    this.state = S_OPEN_WAKA_BANG;
                    this.openWakaBang = "";
                    this.xmlDeclPossible = false;
                    break;
                case QUESTION:
                    this.state = S_PI_FIRST_CHAR;
                    break;
                default:
                    this.fail("disallowed character in tag name");
                    this.state = S_TEXT;
                    this.xmlDeclPossible = false;
            }
        }
    }
    sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
            case "[CDATA[":
                if (!this.sawRoot && !this.reportedTextBeforeRoot) {
                    this.fail("text data outside of root node.");
                    this.reportedTextBeforeRoot = true;
                }
                if (this.closedRoot && !this.reportedTextAfterRoot) {
                    this.fail("text data outside of root node.");
                    this.reportedTextAfterRoot = true;
                }
                this.state = S_CDATA;
                this.openWakaBang = "";
                break;
            case "--":
                this.state = S_COMMENT;
                this.openWakaBang = "";
                break;
            case "DOCTYPE":
                this.state = S_DOCTYPE;
                if (this.doctype || this.sawRoot) {
                    this.fail("inappropriately located doctype declaration.");
                }
                this.openWakaBang = "";
                break;
            default:
                // 7 happens to be the maximum length of the string that can possibly
                // match one of the cases above.
                if (this.openWakaBang.length >= 7) {
                    this.fail("incorrect syntax.");
                }
        }
    }
    sComment() {
        if (this.captureToChar(MINUS)) {
            this.state = S_COMMENT_ENDING;
        }
    }
    sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
            this.state = S_COMMENT_ENDED;
            (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
        }
        else {
            this.text += `-${String.fromCodePoint(c)}`;
            this.state = S_COMMENT;
        }
    }
    sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
            this.fail("malformed comment.");
            // <!-- blah -- bloo --> will be recorded as
            // a comment of " blah -- bloo "
            this.text += `--${String.fromCodePoint(c)}`;
            this.state = S_COMMENT;
        }
        else {
            this.state = S_TEXT;
        }
    }
    sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
            this.state = S_CDATA_ENDING;
        }
    }
    sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
            this.state = S_CDATA_ENDING_2;
        }
        else {
            this.text += `]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
    }
    sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
            case GREATER: {
                (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
                this.text = "";
                this.state = S_TEXT;
                break;
            }
            case CLOSE_BRACKET:
                this.text += "]";
                break;
            default:
                this.text += `]]${String.fromCodePoint(c)}`;
                this.state = S_CDATA;
        }
    }
    // We need this separate state to check the first character fo the pi target
    // with this.nameStartCheck which allows less characters than this.nameCheck.
    sPIFirstChar() {
        const c = this.getCodeNorm();
        // This is first because in the case where the file is well-formed this is
        // the branch taken. We optimize for well-formedness.
        if (this.nameStartCheck(c)) {
            this.piTarget += String.fromCodePoint(c);
            this.state = S_PI_REST;
        }
        else if (c === QUESTION || isS(c)) {
            this.fail("processing instruction without a target.");
            this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        }
        else {
            this.fail("disallowed character in processing instruction name.");
            this.piTarget += String.fromCodePoint(c);
            this.state = S_PI_REST;
        }
    }
    sPIRest() {
        // Capture characters into a piTarget while ``this.nameCheck`` run on the
        // character read returns true.
        const { chunk, i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCodeNorm();
            if (c === EOC) {
                this.piTarget += chunk.slice(start);
                return;
            }
            // NL cannot satisfy this.nameCheck so we don't have to test specifically
            // for it.
            if (!this.nameCheck(c)) {
                this.piTarget += chunk.slice(start, this.prevI);
                const isQuestion = c === QUESTION;
                if (isQuestion || isS(c)) {
                    if (this.piTarget === "xml") {
                        if (!this.xmlDeclPossible) {
                            this.fail("an XML declaration must be at the start of the document.");
                        }
                        this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
                    }
                    else {
                        this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
                    }
                }
                else {
                    this.fail("disallowed character in processing instruction name.");
                    this.piTarget += String.fromCodePoint(c);
                }
                break;
            }
        }
    }
    sPIBody() {
        if (this.text.length === 0) {
            const c = this.getCodeNorm();
            if (c === QUESTION) {
                this.state = S_PI_ENDING;
            }
            else if (!isS(c)) {
                this.text = String.fromCodePoint(c);
            }
        }
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        else if (this.captureToChar(QUESTION)) {
            this.state = S_PI_ENDING;
        }
    }
    sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
            const { piTarget } = this;
            if (piTarget.toLowerCase() === "xml") {
                this.fail("the XML declaration must appear at the start of the document.");
            }
            (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
                target: piTarget,
                body: this.text,
            });
            this.piTarget = this.text = "";
            this.state = S_TEXT;
        }
        else if (c === QUESTION) {
            // We ran into ?? as part of a processing instruction. We initially took
            // the first ? as a sign that the PI was ending, but it is not. So we have
            // to add it to the body but we take the new ? as a sign that the PI is
            // ending.
            this.text += "?";
        }
        else {
            this.text += `?${String.fromCodePoint(c)}`;
            this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
    }
    sXMLDeclNameStart() {
        const c = this.skipSpaces();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            // It is valid to go to S_XML_DECL_ENDING from this state.
            this.state = S_XML_DECL_ENDING;
            return;
        }
        if (c !== EOC) {
            this.state = S_XML_DECL_NAME;
            this.name = String.fromCodePoint(c);
        }
    }
    sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.name += this.text;
            this.text = "";
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (!(isS(c) || c === EQUAL)) {
            return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
            switch (this.name.length) {
                case 0:
                    this.fail("did not expect any more name/value pairs.");
                    break;
                case 1:
                    this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
                    break;
                default:
                    this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
            }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
    }
    sXMLDeclEq() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (isS(c)) {
            return;
        }
        if (c !== EQUAL) {
            this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
    }
    sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (isS(c)) {
            return;
        }
        if (!isQuote(c)) {
            this.fail("value must be quoted.");
            this.q = SPACE;
        }
        else {
            this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
    }
    sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.text = "";
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (c === EOC) {
            return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
            case "version": {
                this.xmlDeclExpects = ["encoding", "standalone"];
                const version = value;
                this.xmlDecl.version = version;
                // This is the test specified by XML 1.0 but it is fine for XML 1.1.
                if (!/^1\.[0-9]+$/.test(version)) {
                    this.fail("version number must match /^1\\.[0-9]+$/.");
                }
                // When forceXMLVersion is set, the XML declaration is ignored.
                else if (!this.opt.forceXMLVersion) {
                    this.setXMLVersion(version);
                }
                break;
            }
            case "encoding":
                if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
                    this.fail("encoding value must match \
/^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
                }
                this.xmlDeclExpects = ["standalone"];
                this.xmlDecl.encoding = value;
                break;
            case "standalone":
                if (value !== "yes" && value !== "no") {
                    this.fail("standalone value must match \"yes\" or \"no\".");
                }
                this.xmlDeclExpects = [];
                this.xmlDecl.standalone = value;
                break;
            default:
            // We don't need to raise an error here since we've already raised one
            // when checking what name was expected.
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
    }
    sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            // It is valid to go to S_XML_DECL_ENDING from this state.
            this.state = S_XML_DECL_ENDING;
            return;
        }
        if (!isS(c)) {
            this.fail("whitespace required.");
            this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
    }
    sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
            if (this.piTarget !== "xml") {
                this.fail("processing instructions are not allowed before root.");
            }
            else if (this.name !== "version" &&
                this.xmlDeclExpects.includes("version")) {
                this.fail("XML declaration must contain a version.");
            }
            (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
            this.name = "";
            this.piTarget = this.text = "";
            this.state = S_TEXT;
        }
        else {
            // We got here because the previous character was a ?, but the question
            // mark character is not valid inside any of the XML declaration
            // name/value pairs.
            this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
    }
    sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
            return;
        }
        const tag = this.tag = {
            name: this.name,
            attributes: Object.create(null),
        };
        this.name = "";
        if (this.xmlnsOpt) {
            this.topNS = tag.ns = Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
            this.fail("documents may contain only one root.");
        }
        switch (c) {
            case GREATER:
                this.openTag();
                break;
            case FORWARD_SLASH:
                this.state = S_OPEN_TAG_SLASH;
                break;
            default:
                if (!isS(c)) {
                    this.fail("disallowed character in tag name.");
                }
                this.state = S_ATTRIB;
        }
    }
    sOpenTagSlash() {
        if (this.getCode() === GREATER) {
            this.openSelfClosingTag();
        }
        else {
            this.fail("forward-slash in opening tag not followed by >.");
            this.state = S_ATTRIB;
        }
    }
    sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
            return;
        }
        if (isNameStartChar(c)) {
            this.unget();
            this.state = S_ATTRIB_NAME;
        }
        else if (c === GREATER) {
            this.openTag();
        }
        else if (c === FORWARD_SLASH) {
            this.state = S_OPEN_TAG_SLASH;
        }
        else {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
            this.state = S_ATTRIB_VALUE;
        }
        else if (isS(c)) {
            this.state = S_ATTRIB_NAME_SAW_WHITE;
        }
        else if (c === GREATER) {
            this.fail("attribute without value.");
            this.pushAttrib(this.name, this.name);
            this.name = this.text = "";
            this.openTag();
        }
        else if (c !== EOC) {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
            case EOC:
                return;
            case EQUAL:
                this.state = S_ATTRIB_VALUE;
                break;
            default:
                this.fail("attribute without value.");
                // Should we do this???
                // this.tag.attributes[this.name] = "";
                this.text = "";
                this.name = "";
                if (c === GREATER) {
                    this.openTag();
                }
                else if (isNameStartChar(c)) {
                    this.unget();
                    this.state = S_ATTRIB_NAME;
                }
                else {
                    this.fail("disallowed character in attribute name.");
                    this.state = S_ATTRIB;
                }
        }
    }
    sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
            this.q = c;
            this.state = S_ATTRIB_VALUE_QUOTED;
        }
        else if (!isS(c)) {
            this.fail("unquoted attribute value.");
            this.state = S_ATTRIB_VALUE_UNQUOTED;
            this.unget();
        }
    }
    sAttribValueQuoted() {
        // We deliberately do not use captureTo here. The specialized code we use
        // here is faster than using captureTo.
        const { q, chunk } = this;
        let { i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case q:
                    this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
                    this.name = this.text = "";
                    this.q = null;
                    this.state = S_ATTRIB_VALUE_CLOSED;
                    return;
                case AMP:
                    this.text += chunk.slice(start, this.prevI);
                    this.state = S_ENTITY;
                    this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
                    return;
                case NL:
                case NL_LIKE:
                case TAB:
                    this.text += `${chunk.slice(start, this.prevI)} `;
                    start = this.i;
                    break;
                case LESS:
                    this.text += chunk.slice(start, this.prevI);
                    this.fail("disallowed character.");
                    return;
                case EOC:
                    this.text += chunk.slice(start);
                    return;
                default:
            }
        }
    }
    sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
            this.state = S_ATTRIB;
        }
        else if (c === GREATER) {
            this.openTag();
        }
        else if (c === FORWARD_SLASH) {
            this.state = S_OPEN_TAG_SLASH;
        }
        else if (isNameStartChar(c)) {
            this.fail("no whitespace between attributes.");
            this.unget();
            this.state = S_ATTRIB_NAME;
        }
        else {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribValueUnquoted() {
        // We don't do anything regarding EOL or space handling for unquoted
        // attributes. We already have failed by the time we get here, and the
        // contract that saxes upholds states that upon failure, it is not safe to
        // rely on the data passed to event handlers (other than
        // ``onerror``). Passing "bad" data is not a problem.
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
            case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
                break;
            case LESS:
                this.fail("disallowed character.");
                break;
            case EOC:
                break;
            default:
                if (this.text.includes("]]>")) {
                    this.fail("the string \"]]>\" is disallowed in char data.");
                }
                this.pushAttrib(this.name, this.text);
                this.name = this.text = "";
                if (c === GREATER) {
                    this.openTag();
                }
                else {
                    this.state = S_ATTRIB;
                }
        }
    }
    sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
            this.closeTag();
        }
        else if (isS(c)) {
            this.state = S_CLOSE_TAG_SAW_WHITE;
        }
        else if (c !== EOC) {
            this.fail("disallowed character in closing tag.");
        }
    }
    sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
            case GREATER:
                this.closeTag();
                break;
            case EOC:
                break;
            default:
                this.fail("disallowed character in closing tag.");
        }
    }
    // END OF STATE ENGINE METHODS
    handleTextInRoot() {
        // This is essentially a specialized version of captureTo which is optimized
        // for performing the ]]> check. A previous version of this code, checked
        // ``this.text`` for the presence of ]]>. It simplified the code but was
        // very costly when character data contained a lot of entities to be parsed.
        //
        // Since we are using a specialized loop, we also keep track of the presence
        // of ]]> in text data. The sequence ]]> is forbidden to appear as-is.
        //
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        scanLoop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case LESS: {
                    this.state = S_OPEN_WAKA;
                    if (handler !== undefined) {
                        const { text } = this;
                        const slice = chunk.slice(start, this.prevI);
                        if (text.length !== 0) {
                            handler(text + slice);
                            this.text = "";
                        }
                        else if (slice.length !== 0) {
                            handler(slice);
                        }
                    }
                    forbiddenState = FORBIDDEN_START;
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                }
                case AMP:
                    this.state = S_ENTITY;
                    this.entityReturnState = S_TEXT;
                    if (handler !== undefined) {
                        this.text += chunk.slice(start, this.prevI);
                    }
                    forbiddenState = FORBIDDEN_START;
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                case CLOSE_BRACKET:
                    switch (forbiddenState) {
                        case FORBIDDEN_START:
                            forbiddenState = FORBIDDEN_BRACKET;
                            break;
                        case FORBIDDEN_BRACKET:
                            forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                            break;
                        case FORBIDDEN_BRACKET_BRACKET:
                            break;
                        default:
                            throw new Error("impossible state");
                    }
                    break;
                case GREATER:
                    if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                        this.fail("the string \"]]>\" is disallowed in char data.");
                    }
                    forbiddenState = FORBIDDEN_START;
                    break;
                case NL_LIKE:
                    if (handler !== undefined) {
                        this.text += `${chunk.slice(start, this.prevI)}\n`;
                    }
                    start = this.i;
                    forbiddenState = FORBIDDEN_START;
                    break;
                case EOC:
                    if (handler !== undefined) {
                        this.text += chunk.slice(start);
                    }
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                default:
                    forbiddenState = FORBIDDEN_START;
            }
        }
        this.forbiddenState = forbiddenState;
    }
    handleTextOutsideRoot() {
        // This is essentially a specialized version of captureTo which is optimized
        // for a specialized task. We keep track of the presence of non-space
        // characters in the text since these are errors when appearing outside the
        // document root element.
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        outRootLoop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const code = this.getCode();
            switch (code) {
                case LESS: {
                    this.state = S_OPEN_WAKA;
                    if (handler !== undefined) {
                        const { text } = this;
                        const slice = chunk.slice(start, this.prevI);
                        if (text.length !== 0) {
                            handler(text + slice);
                            this.text = "";
                        }
                        else if (slice.length !== 0) {
                            handler(slice);
                        }
                    }
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                }
                case AMP:
                    this.state = S_ENTITY;
                    this.entityReturnState = S_TEXT;
                    if (handler !== undefined) {
                        this.text += chunk.slice(start, this.prevI);
                    }
                    nonSpace = true;
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                case NL_LIKE:
                    if (handler !== undefined) {
                        this.text += `${chunk.slice(start, this.prevI)}\n`;
                    }
                    start = this.i;
                    break;
                case EOC:
                    if (handler !== undefined) {
                        this.text += chunk.slice(start);
                    }
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                default:
                    if (!isS(code)) {
                        nonSpace = true;
                    }
            }
        }
        if (!nonSpace) {
            return;
        }
        // We use the reportedTextBeforeRoot and reportedTextAfterRoot flags
        // to avoid reporting errors for every single character that is out of
        // place.
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
            this.fail("text data outside of root node.");
            this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
            this.fail("text data outside of root node.");
            this.reportedTextAfterRoot = true;
        }
    }
    pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
            const trimmed = value.trim();
            if (this.currentXMLVersion === "1.0" && trimmed === "") {
                this.fail("invalid attempt to undefine prefix in XML 1.0");
            }
            this.topNS[local] = trimmed;
            nsPairCheck(this, local, trimmed);
        }
        else if (name === "xmlns") {
            const trimmed = value.trim();
            this.topNS[""] = trimmed;
            nsPairCheck(this, "", trimmed);
        }
    }
    pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
    }
    /**
     * End parsing. This performs final well-formedness checks and resets the
     * parser to a clean state.
     *
     * @returns this
     */
    end() {
        var _a, _b;
        if (!this.sawRoot) {
            this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
            const tag = tags.pop();
            this.fail(`unclosed tag: ${tag.name}`);
        }
        if ((this.state !== S_BEGIN) && (this.state !== S_TEXT)) {
            this.fail("unexpected end.");
        }
        const { text } = this;
        if (text.length !== 0) {
            (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
            this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
    }
    /**
     * Resolve a namespace prefix.
     *
     * @param prefix The prefix to resolve.
     *
     * @returns The namespace URI or ``undefined`` if the prefix is not defined.
     */
    resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== undefined) {
            return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
            uri = tags[index].ns[prefix];
            if (uri !== undefined) {
                return uri;
            }
        }
        uri = this.ns[prefix];
        if (uri !== undefined) {
            return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
    }
    /**
     * Parse a qname into its prefix and local name parts.
     *
     * @param name The name to parse
     *
     * @returns
     */
    qname(name) {
        // This is faster than using name.split(":").
        const colon = name.indexOf(":");
        if (colon === -1) {
            return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
            this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
    }
    processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
            // add namespace info to tag
            const { prefix, local } = this.qname(tag.name);
            tag.prefix = prefix;
            tag.local = local;
            const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
            if (prefix !== "") {
                if (prefix === "xmlns") {
                    this.fail("tags may not have \"xmlns\" as prefix.");
                }
                if (uri === "") {
                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
                    tag.uri = prefix;
                }
            }
        }
        if (attribList.length === 0) {
            return;
        }
        const { attributes } = tag;
        const seen = new Set();
        // Note: do not apply default ns to attributes:
        //   http://www.w3.org/TR/REC-xml-names/#defaulting
        for (const attr of attribList) {
            const { name, prefix, local } = attr;
            let uri;
            let eqname;
            if (prefix === "") {
                uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
                eqname = name;
            }
            else {
                uri = this.resolve(prefix);
                // if there's any attributes with an undefined namespace,
                // then fail on them now.
                if (uri === undefined) {
                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
                    uri = prefix;
                }
                eqname = `{${uri}}${local}`;
            }
            if (seen.has(eqname)) {
                this.fail(`duplicate attribute: ${eqname}.`);
            }
            seen.add(eqname);
            attr.uri = uri;
            attributes[name] = attr;
        }
        this.attribList = [];
    }
    processAttribsPlain() {
        const { attribList } = this;
        // eslint-disable-next-line prefer-destructuring
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
            if (attributes[name] !== undefined) {
                this.fail(`duplicate attribute: ${name}.`);
            }
            attributes[name] = value;
        }
        this.attribList = [];
    }
    /**
     * Handle a complete open tag. This parser code calls this once it has seen
     * the whole tag. This method checks for well-formeness and then emits
     * ``onopentag``.
     */
    openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        // There cannot be any pending text here due to the onopentagstart that was
        // necessarily emitted before we get here. So we do not check text.
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
    }
    /**
     * Handle a complete self-closing tag. This parser code calls this once it has
     * seen the whole tag. This method checks for well-formeness and then emits
     * ``onopentag`` and ``onclosetag``.
     */
    openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        // There cannot be any pending text here due to the onopentagstart that was
        // necessarily emitted before we get here. So we do not check text.
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
            this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
    }
    /**
     * Handle a complete close tag. This parser code calls this once it has seen
     * the whole tag. This method checks for well-formeness and then emits
     * ``onclosetag``.
     */
    closeTag() {
        const { tags, name } = this;
        // Our state after this will be S_TEXT, no matter what, and we can clear
        // tagName now.
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
            this.fail("weird empty close tag.");
            this.text += "</>";
            return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
            const tag = this.tag = tags.pop();
            this.topNS = tag.ns;
            handler === null || handler === void 0 ? void 0 : handler(tag);
            if (tag.name === name) {
                break;
            }
            this.fail("unexpected close tag.");
        }
        if (l === 0) {
            this.closedRoot = true;
        }
        else if (l < 0) {
            this.fail(`unmatched closing tag: ${name}.`);
            this.text += `</${name}>`;
        }
    }
    /**
     * Resolves an entity. Makes any necessary well-formedness checks.
     *
     * @param entity The entity to resolve.
     *
     * @returns The parsed entity.
     */
    parseEntity(entity) {
        // startsWith would be significantly slower for this test.
        if (entity[0] !== "#") {
            const defined = this.ENTITIES[entity];
            if (defined !== undefined) {
                return defined;
            }
            this.fail(this.isName(entity) ? "undefined entity." :
                "disallowed character in entity name.");
            return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
            num = parseInt(entity.slice(2), 16);
        }
        else if (/^#[0-9]+$/.test(entity)) {
            num = parseInt(entity.slice(1), 10);
        }
        // The character reference is required to match the CHAR production.
        if (!this.isChar(num)) {
            this.fail("malformed character entity.");
            return `&${entity};`;
        }
        return String.fromCodePoint(num);
    }
}
exports.wT = SaxesParser;
//# sourceMappingURL=saxes.js.map

/***/ }),

/***/ 6950:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character classes and associated utilities for the 5th edition of XML 1.0.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
exports.CHAR = "\t\n\r -\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
exports.S = " \t\r\n";
// tslint:disable-next-line:max-line-length
exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
var TAB = 9;
var NL = 0xA;
var CR = 0xD;
var SPACE = 0x20;
//
// Lists.
//
/** All characters in the ``S`` production. */
exports.S_LIST = [SPACE, NL, CR, TAB];
/**
 * Determines whether a codepoint matches the ``CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR``.
 */
function isChar(c) {
    return (c >= SPACE && c <= 0xD7FF) ||
        c === NL || c === CR || c === TAB ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isChar = isChar;
/**
 * Determines whether a codepoint matches the ``S`` (space) production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``S``.
 */
function isS(c) {
    return c === SPACE || c === NL || c === CR || c === TAB;
}
exports.isS = isS;
/**
 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
 */
function isNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        (c >= 0x61 && c <= 0x7A) ||
        c === 0x3A ||
        c === 0x5F ||
        c === 0x200C ||
        c === 0x200D ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNameStartChar = isNameStartChar;
/**
 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
 */
function isNameChar(c) {
    return isNameStartChar(c) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2D ||
        c === 0x2E ||
        c === 0xB7 ||
        (c >= 0x0300 && c <= 0x036F) ||
        (c >= 0x203F && c <= 0x2040);
}
exports.isNameChar = isNameChar;
//# sourceMappingURL=ed5.js.map

/***/ }),

/***/ 4488:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character classes and associated utilities for the 2nd edition of XML 1.1.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
exports.CHAR = "\u0001-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
exports.RESTRICTED_CHAR = "\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F";
exports.S = " \t\r\n";
// tslint:disable-next-line:max-line-length
exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
var TAB = 9;
var NL = 0xA;
var CR = 0xD;
var SPACE = 0x20;
//
// Lists.
//
/** All characters in the ``S`` production. */
exports.S_LIST = [SPACE, NL, CR, TAB];
/**
 * Determines whether a codepoint matches the ``CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR``.
 */
function isChar(c) {
    return (c >= 0x0001 && c <= 0xD7FF) ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isChar = isChar;
/**
 * Determines whether a codepoint matches the ``RESTRICTED_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``RESTRICTED_CHAR``.
 */
function isRestrictedChar(c) {
    return (c >= 0x1 && c <= 0x8) ||
        c === 0xB ||
        c === 0xC ||
        (c >= 0xE && c <= 0x1F) ||
        (c >= 0x7F && c <= 0x84) ||
        (c >= 0x86 && c <= 0x9F);
}
exports.isRestrictedChar = isRestrictedChar;
/**
 * Determines whether a codepoint matches the ``CHAR`` production and does not
 * match the ``RESTRICTED_CHAR`` production. ``isCharAndNotRestricted(x)`` is
 * equivalent to ``isChar(x) && !isRestrictedChar(x)``. This function is faster
 * than running the two-call equivalent.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR`` and does not match
 * ``RESTRICTED_CHAR``.
 */
function isCharAndNotRestricted(c) {
    return (c === 0x9) ||
        (c === 0xA) ||
        (c === 0xD) ||
        (c > 0x1F && c < 0x7F) ||
        (c === 0x85) ||
        (c > 0x9F && c <= 0xD7FF) ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isCharAndNotRestricted = isCharAndNotRestricted;
/**
 * Determines whether a codepoint matches the ``S`` (space) production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``S``.
 */
function isS(c) {
    return c === SPACE || c === NL || c === CR || c === TAB;
}
exports.isS = isS;
/**
 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
 */
// tslint:disable-next-line:cyclomatic-complexity
function isNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        (c >= 0x61 && c <= 0x7A) ||
        c === 0x3A ||
        c === 0x5F ||
        c === 0x200C ||
        c === 0x200D ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNameStartChar = isNameStartChar;
/**
 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
 */
function isNameChar(c) {
    return isNameStartChar(c) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2D ||
        c === 0x2E ||
        c === 0xB7 ||
        (c >= 0x0300 && c <= 0x036F) ||
        (c >= 0x203F && c <= 0x2040);
}
exports.isNameChar = isNameChar;
//# sourceMappingURL=ed2.js.map

/***/ }),

/***/ 5699:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character class utilities for XML NS 1.0 edition 3.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
// tslint:disable-next-line:max-line-length
exports.NC_NAME_START_CHAR = "A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
/**
 * Determines whether a codepoint matches [[NC_NAME_START_CHAR]].
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches.
 */
// tslint:disable-next-line:cyclomatic-complexity
function isNCNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        c === 0x5F ||
        (c >= 0x61 && c <= 0x7A) ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x200C && c <= 0x200D) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNCNameStartChar = isNCNameStartChar;
/**
 * Determines whether a codepoint matches [[NC_NAME_CHAR]].
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches.
 */
function isNCNameChar(c) {
    return isNCNameStartChar(c) ||
        (c === 0x2D ||
            c === 0x2E ||
            (c >= 0x30 && c <= 0x39) ||
            c === 0x00B7 ||
            (c >= 0x0300 && c <= 0x036F) ||
            (c >= 0x203F && c <= 0x2040));
}
exports.isNCNameChar = isNCNameChar;
//# sourceMappingURL=ed3.js.map

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

/***/ 9917:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _core_actions_adapter_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3090);
/* harmony import */ var _gates_pipeline_run_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7954);
/* harmony import */ var _gates_pipeline_run_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8767);



await (0,_core_actions_adapter_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)(_gates_pipeline_run_index_js__WEBPACK_IMPORTED_MODULE_1__/* .pipelineRun */ .g, { details: _gates_pipeline_run_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .pipelineRunDetails */ .Y });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6919:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _register_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8302);
/* harmony import */ var _actions_pipeline_run_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9917);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_actions_pipeline_run_js__WEBPACK_IMPORTED_MODULE_1__]);
_actions_pipeline_run_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 8302:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var _core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1855);

_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerBundleEntry */ .SK(import.meta.url);
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("pipeline-run", "{\"gate\":\"pipeline-run\",\"name\":\"ci-intel pipeline-run\",\"description\":\"Records the current workflow run (or the run a workflow_run event names) as one pipeline_run.v1.2 NDJSON record: every finished job's status, attempt, duration, queue time, runner and machine class from the GitHub REST API; the gates' policies[] records and cache hits; tests from JUnit XML, coverage from lcov or Cobertura, resilience from a mutation.json; artifact links from the evidence bundle; cost from a documented, overridable runner price table. The record is validated against its schema before it is appended; one that fails is an error and is not written.\",\"inputs\":[{\"name\":\"token\",\"description\":\"Token for the GitHub REST API (actions: read). Falls back to GITHUB_TOKEN / GH_TOKEN in the environment.\",\"required\":false,\"default\":\"${{ github.token }}\",\"type\":\"secret\"},{\"name\":\"repository\",\"description\":\"owner/name of the run to record (default: the workflow_run event's repository, else GITHUB_REPOSITORY).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"run-id\",\"description\":\"Workflow run id to record (default: the workflow_run event's run on workflow_run, else this run, GITHUB_RUN_ID).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"run-attempt\",\"description\":\"Attempt of that run (default: the event's or GITHUB_RUN_ATTEMPT; with an explicit run-id, its latest attempt).\",\"required\":false,\"default\":\"\",\"type\":\"number\",\"min\":1,\"max\":1000,\"integer\":true},{\"name\":\"records\",\"description\":\"Folders (searched four levels deep) or files holding the gates' policies.ndjson and cache-events.ndjson: this job's $RUNNER_TEMP/ci-intel and the other jobs' ci-intel-evidence-<job> artifacts downloaded beside it. Empty: $RUNNER_TEMP/ci-intel.\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"junit\",\"description\":\"JUnit XML reports (files, folders of *.xml, or globs; one a line): jest-junit, pytest --junitxml, go-junit-report, Surefire. Each must match a file.\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"coverage\",\"description\":\"Coverage reports (files or globs; one a line): lcov tracefiles or Cobertura XML. Each must match a file.\",\"required\":false,\"default\":\"\",\"type\":\"list\"},{\"name\":\"mutation\",\"description\":\"A mutation-testing report (StrykerJS reports/mutation/mutation.json, mutation-testing-elements format) for tests.resilience.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"evidence-bundle\",\"description\":\"The release evidence JSON (evidence-bundle's release-evidence.json, or its in-toto Statement); its image_digest, sbom_uri, provenance_uri, signature_uri and release_evidence_uri fields go into the record.\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"runner-prices\",\"description\":\"JSON file overriding the runner price table: {\\\"classes\\\": {name: {usd_per_minute, cpu, ram_gb?, gpu?}}, \\\"labels\\\": {runs-on label: class}} (docs/gates/pipeline-run.md).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"output-file\",\"description\":\"NDJSON file the record is appended to (default: $RUNNER_TEMP/ci-intel/pipeline-run.ndjson).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"api-timeout\",\"description\":\"How long one GitHub API request may take, its retries included, before the action gives up (error).\",\"required\":false,\"default\":\"30s\",\"type\":\"duration\",\"min\":1000,\"max\":600000,\"integer\":false},{\"name\":\"api-retries\",\"description\":\"Retries of a GitHub API request that failed with a 5xx or a network error.\",\"required\":false,\"default\":\"3\",\"type\":\"number\",\"min\":0,\"max\":10,\"integer\":true},{\"name\":\"mode\",\"description\":\"enforce: the step fails on error (no valid record written); audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass (the record was validated and written) or error (it could not be built or failed its schema; nothing written).\"},{\"name\":\"result-file\",\"description\":\"Path of the full result (ci-intel.gate-result.v1 JSON).\"},{\"name\":\"run-id\",\"description\":\"The record's run_id: a deterministic UUID of repository, run id and attempt.\"},{\"name\":\"record-file\",\"description\":\"The NDJSON file the record was appended to (empty when none was written).\"},{\"name\":\"jobs-recorded\",\"description\":\"Number of finished jobs in the record.\"},{\"name\":\"jobs-left-out\",\"description\":\"Names of the jobs left out because they had not finished, one a line.\"}],\"permissions\":{\"actions\":\"read\"},\"level\":\"artifact\",\"using\":\"node24\",\"main\":\"../../dist/pipeline-run/index.js\"}");
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
                (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(376)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1376))).loadActionSpec(gate.name);
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
                ? await (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(216)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7216))).loadLayers({
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
    const spec = (0,build_registry/* registeredActionSpec */.wP)(gate.name) ?? (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(376)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1376))).loadActionSpec(gate.name);
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
/* harmony export */   tJ: () => (/* binding */ FileReadError)
/* harmony export */ });
/* unused harmony exports readRegularFileChunks, readRegularFile */
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

/***/ 7954:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  g: () => (/* binding */ pipelineRun)
});

// UNUSED EXPORTS: RULES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: ./lib/github/client.js + 3 modules
var github_client = __nccwpck_require__(651);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __nccwpck_require__(4630);
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
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __nccwpck_require__(9800);
;// CONCATENATED MODULE: ./lib/telemetry/xml.js
/**
 * XML test and coverage reports read safely and in one streaming pass: the bytes through the one
 * file reader (regular file, size limit), then saxes (a strict XML 1.0 SAX parser: any
 * well-formedness error stops it, with line and column). Entity declarations are refused before
 * parsing \u2014 JUnit and Cobertura reports never declare entities, and a document that does is either
 * not a report or a "billion laughs" bomb; saxes itself expands only XML's predefined entities and
 * character references, never a DTD's. Nothing is built but what the caller keeps: the callbacks
 * see each element's name and attributes as it opens and closes, so memory does not grow with the
 * number of elements.
 */



/** Largest report read: far above any real JUnit or coverage file of one job. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/** Deepest element nesting accepted; real reports nest under ten levels. */
const MAX_XML_DEPTH = 256;
/** Parse XML text through `visitor`; returns the root element's name. */
function scanXml(text, what, visitor) {
    if (/<!ENTITY/i.test(text)) {
        throw new errors/* GateError */.ue(`${what} declares XML entities (<!ENTITY \u2026>); test and coverage reports never do, and entity expansion is refused (a "billion laughs" document would expand without bound)`, 'Pass the report the test tool wrote, unmodified.');
    }
    const parser = new saxes/* SaxesParser */.wT({ position: true });
    const path = [];
    let root;
    parser.on('error', (err) => {
        throw new errors/* GateError */.ue(`${what} is not well-formed XML: ${err.message}`, 'Pass the complete report the tool wrote (a truncated or hand-edited file is refused).', undefined, parser.line);
    });
    parser.on('opentag', (tag) => {
        if (path.length >= MAX_XML_DEPTH)
            throw new errors/* GateError */.ue(`${what}: elements nested more than ${MAX_XML_DEPTH} deep`, 'Pass the report the tool wrote.');
        root ??= tag.name;
        visitor.open(tag.name, tag.attributes, path);
        path.push(tag.name);
    });
    parser.on('closetag', (tag) => {
        path.pop();
        visitor.close?.(tag.name, path);
    });
    parser.write(text).close();
    if (root === undefined)
        throw new errors/* GateError */.ue(`${what} has no root element`, 'Pass one report per file.');
    return root;
}
function readXmlText(file, what) {
    return (0,read_file/* readRegularTextFile */.I)(file, { maxBytes: MAX_REPORT_BYTES, what });
}

;// CONCATENATED MODULE: ./lib/telemetry/coverage.js
/**
 * Coverage reports read into pipeline_run `tests.coverage` (fractions 0..1): lcov tracefiles
 * (`LF`/`LH` lines, `BRF`/`BRH` branches per record; `DA`/`BRDA` counted when a tool leaves the
 * totals out) and Cobertura XML (`lines-covered`/`lines-valid`, `branches-covered`/
 * `branches-valid` on the root; without them, the `<line>` elements and their
 * `condition-coverage="50% (1/2)"`). Several reports are summed by their counts, never by
 * averaging rates. A report that measured no branches gives no `branches_pct` (coverage.py writes
 * `branch-rate="0"` when branch measurement was off: that is "not measured", not 0 %).
 */



function count(v, what) {
    if (v === undefined || v.trim() === '')
        return undefined;
    if (!/^\d+$/.test(v.trim()))
        throw new errors/* GateError */.ue(`${what}: '${v}' is not a whole number`, 'Pass the report unmodified.');
    return Number(v.trim());
}
/** lcov tracefile text \u2192 counts. */
function lcovCounts(text, file) {
    const r = {
        file,
        format: 'lcov',
        linesValid: 0,
        linesCovered: 0,
        branchesValid: 0,
        branchesCovered: 0
    };
    let records = 0;
    let open = false;
    let rec = { lf: -1, lh: -1, brf: -1, brh: -1, da: 0, daHit: 0, brda: 0, brdaHit: 0 };
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, i) => {
        const line = raw.trim();
        if (line === '')
            return;
        const where = `${file}:${i + 1}`;
        if (line === 'end_of_record') {
            if (!open)
                throw new errors/* GateError */.ue(`${where}: end_of_record without SF:`, 'Pass the tracefile unmodified.');
            const lf = rec.lf >= 0 ? rec.lf : rec.da;
            const lh = rec.lh >= 0 ? rec.lh : rec.daHit;
            const brf = rec.brf >= 0 ? rec.brf : rec.brda;
            const brh = rec.brh >= 0 ? rec.brh : rec.brdaHit;
            if (lh > lf || brh > brf)
                throw new errors/* GateError */.ue(`${where}: more lines or branches hit than found (LH ${lh} / LF ${lf}, BRH ${brh} / BRF ${brf})`, 'Pass the tracefile unmodified.');
            r.linesValid += lf;
            r.linesCovered += lh;
            r.branchesValid += brf;
            r.branchesCovered += brh;
            records++;
            open = false;
            return;
        }
        const m = /^([A-Z]+):(.*)$/.exec(line);
        if (!m)
            throw new errors/* GateError */.ue(`${where}: '${line.slice(0, 40)}' is not an lcov record line`, "List only lcov tracefiles (lcov.info) or Cobertura XML in 'coverage'.");
        const [, key, value] = m;
        if (key === 'SF') {
            open = true;
            rec = { lf: -1, lh: -1, brf: -1, brh: -1, da: 0, daHit: 0, brda: 0, brdaHit: 0 };
            return;
        }
        if (!open)
            return; // TN:, VER: before the first SF:
        const num = (v) => count(v, where) ?? 0;
        if (key === 'LF')
            rec.lf = num(value);
        else if (key === 'LH')
            rec.lh = num(value);
        else if (key === 'BRF')
            rec.brf = num(value);
        else if (key === 'BRH')
            rec.brh = num(value);
        else if (key === 'DA') {
            rec.da++;
            const hits = value.split(',')[1]?.trim() ?? '';
            if (/^[1-9]\d*$/.test(hits))
                rec.daHit++;
        }
        else if (key === 'BRDA') {
            rec.brda++;
            const taken = value.split(',')[3]?.trim() ?? '';
            if (/^[1-9]\d*$/.test(taken))
                rec.brdaHit++;
        }
    });
    if (open)
        throw new errors/* GateError */.ue(`${file}: the last record has no end_of_record (truncated)`, 'Pass the complete tracefile.');
    if (records === 0)
        throw new errors/* GateError */.ue(`${file} holds no lcov record (SF: \u2026 end_of_record)`, "List only lcov tracefiles or Cobertura XML in 'coverage'.");
    return r;
}
/** `50% (1/2)` \u2192 [1, 2]. */
function conditions(v) {
    const m = v ? /\((\d+)\/(\d+)\)/.exec(v) : null;
    return m ? [Number(m[1]), Number(m[2])] : undefined;
}
/** Cobertura XML text \u2192 counts. */
function coberturaCounts(text, file) {
    const where = `${file} <coverage>`;
    let rootAttrs = {};
    let lines = 0;
    let hit = 0;
    let branches = 0;
    let taken = 0;
    scanXml(text, `coverage report ${file}`, {
        open(name, attrs, path) {
            if (path.length === 0) {
                if (name !== 'coverage')
                    throw new errors/* GateError */.ue(`${file} is not a Cobertura report: its root element is <${name}>, not <coverage>`, "List only lcov tracefiles or Cobertura XML in 'coverage'.");
                rootAttrs = attrs;
                return;
            }
            // coverage > packages > package > classes > class > lines > line (methods repeat lines).
            if (name !== 'line' || path[path.length - 1] !== 'lines' || path[path.length - 2] !== 'class')
                return;
            lines++;
            const h = attrs.hits?.trim() ?? '';
            if (/^[1-9]\d*$/.test(h))
                hit++;
            if (attrs.branch === 'true') {
                const cc = conditions(attrs['condition-coverage']);
                if (cc) {
                    taken += cc[0];
                    branches += cc[1];
                }
            }
        }
    });
    const lv = count(rootAttrs['lines-valid'], where);
    const lc = count(rootAttrs['lines-covered'], where);
    const bv = count(rootAttrs['branches-valid'], where);
    const bc = count(rootAttrs['branches-covered'], where);
    const r = {
        file,
        format: 'cobertura',
        linesValid: lv !== undefined && lc !== undefined ? lv : lines,
        linesCovered: lv !== undefined && lc !== undefined ? lc : hit,
        branchesValid: bv !== undefined && bc !== undefined && bv > 0 ? bv : branches,
        branchesCovered: bv !== undefined && bc !== undefined && bv > 0 ? bc : taken
    };
    if (r.linesCovered > r.linesValid || r.branchesCovered > r.branchesValid)
        throw new errors/* GateError */.ue(`${file}: more lines or branches covered than valid`, 'Pass the report unmodified.');
    return r;
}
/** One coverage file, its format told by its first character (`<`: Cobertura XML). */
function readCoverageFile(file, shown = file) {
    const text = (0,read_file/* readRegularTextFile */.I)(file, { maxBytes: MAX_REPORT_BYTES, what: `coverage report` });
    return text.trimStart().startsWith('<') ? coberturaCounts(text, shown) : lcovCounts(text, shown);
}
/** Fractions of the summed counts; a measure nothing was counted for is left out. */
function coverageFractions(reports) {
    const s = { lv: 0, lc: 0, bv: 0, bc: 0 };
    for (const r of reports) {
        s.lv += r.linesValid;
        s.lc += r.linesCovered;
        s.bv += r.branchesValid;
        s.bc += r.branchesCovered;
    }
    const out = {};
    if (s.lv > 0)
        out.lines_pct = round(s.lc / s.lv);
    if (s.bv > 0)
        out.branches_pct = round(s.bc / s.bv);
    return out;
}
/** Six decimals: enough for a dashboard, stable in NDJSON. */
function round(x) {
    return Math.round(x * 1e6) / 1e6;
}

;// CONCATENATED MODULE: ./lib/telemetry/cost.js
/**
 * What a run cost: each job's billed minutes (GitHub rounds every job up to a whole minute) times
 * the per-minute price of its machine class, and its CPU seconds (duration \u00d7 vCPUs). The default
 * table is GitHub's published per-minute rates for hosted runners (docs.github.com, billing \u2192
 * "Actions runner pricing", the rates in force from 2026-01-01); docs/gates/pipeline-run.md lists
 * it. A `runner-prices` JSON file overrides or adds classes and maps runner labels to classes:
 *
 *   { "classes": { "linux-8-core": { "usd_per_minute": 0.022, "cpu": 8, "ram_gb": 32 } },
 *     "labels":  { "big-linux": "linux-8-core", "depot-ubuntu-24.04-arm-small": "linux-arm64-2" } }
 *
 * A job whose labels match no class is left unpriced (its cost is not guessed): the record's
 * `cost.usd` then covers the priced jobs only and the action says which jobs were left out.
 */




/** GitHub-hosted runner rates (USD per minute) and sizes, from 2026-01-01. */
const DEFAULT_PRICES = {
    classes: {
        'linux-1': { usd_per_minute: 0.002, cpu: 1, ram_gb: 5 },
        'linux-2': { usd_per_minute: 0.006, cpu: 2, ram_gb: 7 },
        'linux-arm64-2': { usd_per_minute: 0.005, cpu: 2, ram_gb: 7 },
        'windows-2': { usd_per_minute: 0.01, cpu: 2, ram_gb: 7 },
        'windows-arm64-2': { usd_per_minute: 0.008, cpu: 2, ram_gb: 7 },
        macos: { usd_per_minute: 0.062, cpu: 3, ram_gb: 7 },
        'macos-large': { usd_per_minute: 0.077, cpu: 12, ram_gb: 30 },
        'macos-xlarge': { usd_per_minute: 0.102, cpu: 5, ram_gb: 14 },
        'linux-4': { usd_per_minute: 0.012, cpu: 4, ram_gb: 16 },
        'linux-8': { usd_per_minute: 0.022, cpu: 8, ram_gb: 32 },
        'linux-16': { usd_per_minute: 0.042, cpu: 16, ram_gb: 64 },
        'linux-32': { usd_per_minute: 0.082, cpu: 32, ram_gb: 128 },
        'linux-64': { usd_per_minute: 0.162, cpu: 64, ram_gb: 256 },
        'linux-96': { usd_per_minute: 0.252, cpu: 96, ram_gb: 384 },
        'windows-4': { usd_per_minute: 0.022, cpu: 4, ram_gb: 16 },
        'windows-8': { usd_per_minute: 0.042, cpu: 8, ram_gb: 32 },
        'windows-16': { usd_per_minute: 0.082, cpu: 16, ram_gb: 64 },
        'windows-32': { usd_per_minute: 0.162, cpu: 32, ram_gb: 128 },
        'windows-64': { usd_per_minute: 0.322, cpu: 64, ram_gb: 256 },
        'linux-arm64-4': { usd_per_minute: 0.008, cpu: 4, ram_gb: 16 },
        'linux-arm64-8': { usd_per_minute: 0.014, cpu: 8, ram_gb: 32 },
        'linux-arm64-16': { usd_per_minute: 0.026, cpu: 16, ram_gb: 64 },
        'linux-arm64-32': { usd_per_minute: 0.05, cpu: 32, ram_gb: 128 },
        'linux-arm64-64': { usd_per_minute: 0.098, cpu: 64, ram_gb: 256 },
        /** Your own machines: GitHub bills no minutes for them; override with your own figure. */
        'self-hosted': { usd_per_minute: 0, cpu: 0 }
    },
    labels: {
        'ubuntu-slim': 'linux-1',
        'ubuntu-latest': 'linux-2',
        'ubuntu-24.04': 'linux-2',
        'ubuntu-22.04': 'linux-2',
        'ubuntu-20.04': 'linux-2',
        'ubuntu-18.04': 'linux-2',
        'ubuntu-24.04-arm': 'linux-arm64-2',
        'ubuntu-22.04-arm': 'linux-arm64-2',
        'windows-latest': 'windows-2',
        'windows-2025': 'windows-2',
        'windows-2022': 'windows-2',
        'windows-2019': 'windows-2',
        'windows-11-arm': 'windows-arm64-2',
        'macos-latest': 'macos',
        'macos-26': 'macos',
        'macos-15': 'macos',
        'macos-14': 'macos',
        'macos-13': 'macos',
        'macos-15-intel': 'macos',
        'macos-latest-large': 'macos-large',
        'macos-26-large': 'macos-large',
        'macos-15-large': 'macos-large',
        'macos-14-large': 'macos-large',
        'macos-13-large': 'macos-large',
        'macos-latest-xlarge': 'macos-xlarge',
        'macos-26-xlarge': 'macos-xlarge',
        'macos-15-xlarge': 'macos-xlarge',
        'macos-14-xlarge': 'macos-xlarge',
        'macos-13-xlarge': 'macos-xlarge',
        'self-hosted': 'self-hosted'
    }
};
/** The class a job's labels name: the first label the table knows (explicit labels first). */
function machineClassOf(labels, table) {
    const lower = labels.map((l) => l.toLowerCase());
    // A self-hosted runner's other labels (linux, x64, gpu) describe it; the class is the user's.
    const ordered = lower.includes('self-hosted')
        ? [...lower.filter((l) => l !== 'self-hosted'), 'self-hosted']
        : lower;
    for (const l of ordered) {
        const name = table.labels[l] ?? (table.classes[l] ? l : undefined);
        if (name && table.classes[name])
            return { name, machine: table.classes[name] };
    }
    return undefined;
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function bad(file, where, what) {
    return new errors/* GateError */.ue(`runner-prices ${file}: ${where} ${what}`, 'Write { "classes": { "<class>": { "usd_per_minute": 0.006, "cpu": 2 } }, "labels": { "<runs-on label>": "<class>" } } (see docs/gates/pipeline-run.md).');
}
/** The default table with an override document merged over it. */
function mergePrices(doc, file, base = DEFAULT_PRICES) {
    if (!isObject(doc))
        throw bad(file, '/', 'must be a JSON object');
    for (const k of Object.keys(doc))
        if (k !== 'classes' && k !== 'labels')
            throw bad(file, `/${k}`, 'is not a known key (classes, labels)');
    const classes = { ...base.classes };
    const labels = { ...base.labels };
    if (doc.classes !== undefined) {
        if (!isObject(doc.classes))
            throw bad(file, '/classes', 'must be an object');
        for (const [name, c] of Object.entries(doc.classes)) {
            const at = `/classes/${name}`;
            if (!isObject(c))
                throw bad(file, at, 'must be an object');
            for (const k of Object.keys(c))
                if (!['usd_per_minute', 'cpu', 'ram_gb', 'gpu'].includes(k))
                    throw bad(file, `${at}/${k}`, 'is not a known key (usd_per_minute, cpu, ram_gb, gpu)');
            for (const k of ['usd_per_minute', 'cpu', 'ram_gb', 'gpu']) {
                const v = c[k];
                if (v === undefined && (k === 'ram_gb' || k === 'gpu'))
                    continue;
                if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1e6)
                    throw bad(file, `${at}/${k}`, 'must be a number \u2265 0');
            }
            classes[name] = c;
        }
    }
    if (doc.labels !== undefined) {
        if (!isObject(doc.labels))
            throw bad(file, '/labels', 'must be an object');
        for (const [label, cls] of Object.entries(doc.labels)) {
            if (typeof cls !== 'string' || !classes[cls])
                throw bad(file, `/labels/${label}`, `names no class (${JSON.stringify(cls)}); known: ${Object.keys(classes).join(', ')}`);
            labels[label.toLowerCase()] = cls;
        }
    }
    return { classes, labels };
}
function readPriceTable(file, shown = file) {
    const text = (0,read_file/* readRegularTextFile */.I)(file, { maxBytes: 1024 * 1024, what: "input 'runner-prices'" });
    return mergePrices((0,strict_json/* parseStrictJson */.RJ)(text, `runner-prices ${shown}`), shown);
}
/** Billed cost of the jobs that ran (a job without a class adds nothing). */
function runCost(jobs) {
    let usd = 0;
    let cpu = 0;
    let gpu = 0;
    let minutes = 0;
    for (const j of jobs) {
        if (!j.machine || j.durationMs <= 0)
            continue;
        const billed = Math.ceil(j.durationMs / 60_000);
        minutes += billed;
        usd += billed * j.machine.usd_per_minute;
        cpu += (j.durationMs / 1000) * j.machine.cpu;
        gpu += (j.durationMs / 1000) * (j.machine.gpu ?? 0);
    }
    return {
        usd: round(usd),
        cpu_seconds: round(cpu),
        gpu_seconds: round(gpu),
        billedMinutes: minutes
    };
}

;// CONCATENATED MODULE: ./lib/telemetry/evidence-bundle.js
/**
 * The release evidence, read for the fields a pipeline_run record carries from it: top-level
 * `image_digest` (`sha256:<64 hex>`), `sbom_uri`, `provenance_uri`, `signature_uri` and
 * `release_evidence_uri` (absolute URIs); null or absent means "none". The document is
 * evidence-bundle's `release-evidence.json` (schema/release-evidence.v1.json, the predicate), or
 * the in-toto Statement around it; a signed Sigstore bundle is refused with a pointer to the
 * predicate (its signature is evidence-verify's business, not a telemetry recorder's). Other
 * fields are ignored; a field of the wrong shape is an error (the record would fail its schema
 * anyway \u2014 here it names the file and the field).
 */



const EVIDENCE_FIELDS = [
    'image_digest',
    'sbom_uri',
    'provenance_uri',
    'signature_uri',
    'release_evidence_uri'
];
function isUri(v) {
    try {
        return /^[a-z][a-z0-9+.-]*:/i.test(v) && new URL(v).protocol !== '';
    }
    catch {
        return false;
    }
}
function evidenceLinks(doc, shown) {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw new errors/* GateError */.ue(`evidence bundle ${shown} is not a JSON object`, 'Pass the evidence bundle JSON the release wrote.');
    let d = doc;
    if (typeof d.mediaType === 'string' &&
        d.mediaType.startsWith('application/vnd.dev.sigstore.bundle'))
        throw new errors/* GateError */.ue(`evidence bundle ${shown} is a signed Sigstore bundle, not the release evidence itself`, "Pass evidence-bundle's release-evidence.json (in its evidence-dir) to 'evidence-bundle'; verify the signed bundle with evidence-verify.");
    if (d._type === 'https://in-toto.io/Statement/v1') {
        const predicate = d.predicate;
        if (typeof predicate !== 'object' || predicate === null || Array.isArray(predicate))
            throw new errors/* GateError */.ue(`evidence bundle ${shown}: the in-toto Statement has no predicate object`, 'Pass the release-evidence.json evidence-bundle wrote.');
        d = predicate;
    }
    const out = {};
    for (const k of EVIDENCE_FIELDS) {
        const v = d[k];
        if (v === undefined || v === null)
            continue;
        const ok = typeof v === 'string' &&
            (k === 'image_digest' ? /^sha256:[0-9a-fA-F]{64}$/.test(v) : isUri(v));
        if (!ok)
            throw new errors/* GateError */.ue(`evidence bundle ${shown}: ${k} ${k === 'image_digest' ? 'must be sha256:<64 hex digits>' : 'must be an absolute URI'} (is ${JSON.stringify(v).slice(0, 80)})`, 'Fix the evidence bundle (docs/gates/pipeline-run.md lists the fields read).');
        out[k] = v;
    }
    return out;
}
function readEvidenceBundle(file, shown = file) {
    const text = (0,read_file/* readRegularTextFile */.I)(file, {
        maxBytes: 16 * 1024 * 1024,
        what: "input 'evidence-bundle'"
    });
    return evidenceLinks((0,strict_json/* parseStrictJson */.RJ)(text, `evidence bundle ${shown}`), shown);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./lib/cache/events.js
/** The sentinel's telemetry and quarantine: NDJSON records and a folder per rejected entry. */



const EVENTS_FILE = 'cache-events.ndjson';
function appendEvent(tempDir, record) {
    mkdirSync(tempDir, { recursive: true });
    const file = join(tempDir, EVENTS_FILE);
    appendFileSync(file, JSON.stringify(record) + '\n');
    return file;
}
/** Move a staged entry to `<tempDir>/quarantine/<timestamp>/` (kept for forensics, never restored). */
function quarantine(tempDir, stagingDir, now) {
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const dest = join(tempDir, 'quarantine', `${stamp}-${randomBytes(3).toString('hex')}`);
    mkdirSync(join(tempDir, 'quarantine'), { recursive: true });
    try {
        renameSync(stagingDir, dest);
    }
    catch {
        cpSync(stagingDir, dest, { recursive: true, verbatimSymlinks: true });
        rmSync(stagingDir, { recursive: true, force: true });
    }
    return dest;
}

;// CONCATENATED MODULE: ./lib/telemetry/gate-records.js
/**
 * The records the hub's gates leave behind in a job: `policies.ndjson` (one `policies[]` record
 * per gate run, src/core/report/files.ts) and `cache-events.ndjson` (cache-sentinel's restores,
 * src/cache/events.ts), both under `$RUNNER_TEMP/ci-intel/`. The recording job gets the other
 * jobs' folders as their `ci-intel-evidence-<job>` artifacts (download-artifact puts each in a
 * folder of its name), so a folder is searched for both files, a few levels deep. Every line must
 * be a JSON object of the right shape: a malformed record is an error naming file and line.
 */






const POLICIES_FILE = 'policies.ndjson';
const MAX_RECORD_FILE_BYTES = 16 * 1024 * 1024;
const MAX_DEPTH = 4;
const MAX_ENTRIES = 10_000;
/**
 * Never searched: `quarantine/` holds cache entries cache-sentinel rejected (attacker-controlled
 * files, which could be named policies.ndjson), `results/` the gates' full results.
 */
const gate_records_SKIP_DIRS = new Set(['quarantine', 'results', 'node_modules', '.git']);
/** `policies.ndjson` and `cache-events.ndjson` under each path (a file, or a folder searched). */
function findRecordFiles(paths, missing = []) {
    const out = new Set();
    let left = MAX_ENTRIES;
    const walk = (dir, depth) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch (err) {
            throw new errors/* GateError */.ue(`cannot list the records folder ${dir} (${err.code ?? err.message})`, "Check 'records': folders the gates' records were downloaded to.");
        }
        for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            if (--left < 0)
                throw new errors/* GateError */.ue(`more than ${MAX_ENTRIES} entries under ${dir}`, "Point 'records' at the downloaded evidence folders only.");
            const full = (0,external_node_path_.join)(dir, e.name);
            if (e.isDirectory()) {
                if (depth < MAX_DEPTH && !gate_records_SKIP_DIRS.has(e.name))
                    walk(full, depth + 1);
            }
            else if (e.isFile() && (e.name === POLICIES_FILE || e.name === EVENTS_FILE))
                out.add(full);
        }
    };
    for (const p of paths) {
        let isDir;
        try {
            isDir = (0,external_node_fs_.statSync)(p).isDirectory();
        }
        catch {
            missing.push(p); // absent: nothing recorded there (a job that ran no gate)
            continue;
        }
        if (isDir)
            walk(p, 0);
        else
            out.add(p);
    }
    return [...out];
}
const gate_records_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function lines(file) {
    const text = (0,read_file/* readRegularTextFile */.I)(file, {
        maxBytes: MAX_RECORD_FILE_BYTES,
        what: 'gate record file'
    });
    const out = [];
    text.split('\n').forEach((l, i) => {
        if (l.trim() === '')
            return;
        const doc = (0,strict_json/* parseStrictJson */.RJ)(l, `${file} line ${i + 1}`);
        if (!gate_records_isObject(doc))
            throw new errors/* GateError */.ue(`${file} line ${i + 1}: a record must be a JSON object`, 'Pass the files the gates wrote, unmodified.', file, i + 1);
        out.push({ line: i + 1, doc });
    });
    return out;
}
/** The job a folder `ci-intel-evidence-<job>` stands for. */
function jobOfFolder(file) {
    const m = /^ci-intel-evidence-(.+)$/.exec((0,external_node_path_.basename)((0,external_node_path_.dirname)(file)));
    return m?.[1];
}
function readGateRecords(paths) {
    const missing = [];
    const files = findRecordFiles(paths, missing);
    const r = { policies: [], cacheEvents: [], quarantines: 0, files, missing };
    for (const file of files) {
        const bad = (line, what) => new errors/* GateError */.ue(`${file} line ${line}: ${what}`, 'Pass the files the gates wrote, unmodified.', file, line);
        if ((0,external_node_path_.basename)(file) === POLICIES_FILE) {
            for (const { line, doc } of lines(file)) {
                if (typeof doc.id !== 'string' || doc.id === '')
                    throw bad(line, 'a policy record needs an id');
                if (doc.result !== 'allow' && doc.result !== 'deny' && doc.result !== 'warn')
                    throw bad(line, `result must be allow, deny or warn (is ${JSON.stringify(doc.result)})`);
                const p = { id: doc.id, result: doc.result };
                if (typeof doc.reason === 'string')
                    p.reason = doc.reason;
                if (typeof doc.docs_uri === 'string')
                    p.docs_uri = doc.docs_uri;
                if (doc.time_ns !== undefined) {
                    if (typeof doc.time_ns !== 'number' || !Number.isInteger(doc.time_ns) || doc.time_ns < 0)
                        throw bad(line, 'time_ns must be a whole number \u2265 0');
                    p.time_ns = doc.time_ns;
                }
                r.policies.push(p);
            }
        }
        else {
            for (const { line, doc } of lines(file)) {
                if (doc.event === 'cache_quarantine') {
                    r.quarantines++;
                    continue;
                }
                if (doc.event !== 'cache_events')
                    continue; // other telemetry shares the file
                if (typeof doc.hit !== 'boolean' || typeof doc.key !== 'string' || doc.key === '')
                    throw bad(line, 'a cache_events record needs hit (boolean) and key (string)');
                r.cacheEvents.push({ hit: doc.hit, key: doc.key, job: jobOfFolder(file), file });
            }
        }
    }
    return r;
}

// EXTERNAL MODULE: ./lib/net/credential-origin.js
var credential_origin = __nccwpck_require__(1685);
// EXTERNAL MODULE: ./lib/github/errors.js
var github_errors = __nccwpck_require__(9452);
;// CONCATENATED MODULE: ./lib/github/paginate.js
/**
 * GitHub list endpoints page by `Link: rel="next"`. The next page is fetched only on the API's
 * origin (with the token); a next link to any other origin is refused, never followed \u2014 with or
 * without the token \u2014 because a page from elsewhere is not the API's answer.
 */


async function* paginate(client, path, o) {
    let next;
    const seen = new Set();
    for (let number = 1; number <= o.maxPages; number++) {
        const res = number === 1
            ? await client.request(path, o)
            : await client.request(next, { maxBytes: o.maxBytes, accept: o.accept });
        seen.add(res.url);
        const endpoint = `GET ${new URL(res.url).pathname}`;
        try {
            next = (0,credential_origin/* nextPage */.Zj)(res.headers.get('link'), res.url, client.origin);
        }
        catch (err) {
            if (err instanceof credential_origin/* CrossOriginError */.zN)
                throw new github_errors/* GitHubApiError */.O(err.message, {
                    kind: 'cross-origin',
                    endpoint,
                    status: res.status,
                    retries: 0
                });
            throw err;
        }
        if (next !== undefined && seen.has(next)) {
            throw new github_errors/* GitHubApiError */.O(`Link rel="next" points back to a page already read (${next})`, {
                kind: 'redirect',
                endpoint,
                status: res.status,
                retries: 0
            });
        }
        yield { ...res, number, hasNext: next !== undefined };
        if (next === undefined)
            return;
    }
}

;// CONCATENATED MODULE: ./lib/telemetry/github-run.js
/**
 * One workflow run attempt as the GitHub REST API describes it, read through the hub's one client
 * (src/github: retries, deadlines, bounded strict-JSON bodies, the token only to its origin):
 * `GET /repos/{o}/{r}/actions/runs/{id}` (or `\u2026/attempts/{n}` for a given attempt) and every page
 * of `\u2026/runs/{id}/attempts/{n}/jobs` (100 a page). Both answers are checked for the fields the
 * record rests on; a listing that ends before `total_count` jobs is refused, never recorded short.
 */



/** 100 a page; a workflow run has at most a few hundred jobs (256 per matrix). */
const MAX_JOB_PAGES = 50;
const NOT_GITHUB = 'Check GITHUB_API_URL points at a GitHub REST API.';
const github_run_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' ? v : undefined);
function shapeError(endpoint, what) {
    return new errors/* GateError */.ue(`${endpoint}: the answer ${what}`, NOT_GITHUB);
}
function toRun(raw, endpoint, repository) {
    if (!github_run_isObject(raw))
        throw shapeError(endpoint, 'is not a workflow run object');
    const r = raw;
    if (typeof r.id !== 'number')
        throw shapeError(endpoint, 'has no numeric id');
    if (typeof r.head_sha !== 'string')
        throw shapeError(endpoint, 'has no head_sha');
    if (typeof r.status !== 'string')
        throw shapeError(endpoint, 'has no status');
    if (typeof r.created_at !== 'string')
        throw shapeError(endpoint, 'has no created_at');
    const repo = github_run_isObject(r.repository) ? str(r.repository.full_name) : undefined;
    const prs = Array.isArray(r.pull_requests)
        ? r.pull_requests
            .map((p) => (github_run_isObject(p) && typeof p.number === 'number' ? p.number : undefined))
            .filter((n) => n !== undefined)
        : [];
    return {
        id: r.id,
        attempt: typeof r.run_attempt === 'number' ? r.run_attempt : 1,
        repository: repo ?? repository,
        name: str(r.name),
        event: str(r.event),
        status: r.status,
        conclusion: str(r.conclusion) ?? null,
        headSha: r.head_sha,
        headBranch: str(r.head_branch) ?? null,
        pullRequests: prs,
        createdAt: r.created_at,
        runStartedAt: str(r.run_started_at),
        updatedAt: str(r.updated_at),
        htmlUrl: str(r.html_url)
    };
}
function toJob(raw, endpoint, index) {
    const at = `job ${index}`;
    if (!github_run_isObject(raw))
        throw shapeError(endpoint, `${at} is not an object`);
    const j = raw;
    if (typeof j.id !== 'number')
        throw shapeError(endpoint, `${at} has no numeric id`);
    if (typeof j.name !== 'string')
        throw shapeError(endpoint, `${at} has no name`);
    if (typeof j.status !== 'string')
        throw shapeError(endpoint, `${at} has no status`);
    return {
        id: j.id,
        name: j.name,
        status: j.status,
        conclusion: str(j.conclusion) ?? null,
        attempt: typeof j.run_attempt === 'number' ? j.run_attempt : undefined,
        createdAt: str(j.created_at),
        startedAt: str(j.started_at),
        completedAt: str(j.completed_at) ?? null,
        runnerName: str(j.runner_name) ?? null,
        runnerGroupName: str(j.runner_group_name) ?? null,
        labels: Array.isArray(j.labels)
            ? j.labels.filter((l) => typeof l === 'string')
            : [],
        htmlUrl: str(j.html_url)
    };
}
function splitRepo(repository) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
    if (!m)
        throw new errors/* GateError */.ue(`repository '${repository}' is not owner/name`, "Set 'repository' to owner/name (default: GITHUB_REPOSITORY).");
    return { owner: m[1], repo: m[2] };
}
/** The run (as of `attempt`, or its latest attempt) and every job of that attempt. */
async function fetchRunAndJobs(client, q) {
    const { owner, repo } = splitRepo(q.repository);
    const runPath = q.attempt === undefined
        ? (0,github_client/* expandPath */.aD)('/repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: q.runId })
        : (0,github_client/* expandPath */.aD)('/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}', {
            owner,
            repo,
            run_id: q.runId,
            attempt_number: q.attempt
        });
    const run = toRun((await client.request(runPath)).data, `GET ${runPath}`, q.repository);
    if (run.id !== q.runId)
        throw shapeError(`GET ${runPath}`, `describes run ${run.id}, not ${q.runId}`);
    const attempt = q.attempt ?? run.attempt;
    if (run.attempt !== attempt)
        throw shapeError(`GET ${runPath}`, `describes attempt ${run.attempt}, not ${attempt}`);
    const jobsPath = (0,github_client/* expandPath */.aD)('/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', { owner, repo, run_id: q.runId, attempt_number: attempt });
    const jobs = [];
    const seen = new Set();
    let total;
    let pages = 0;
    const maxPages = q.maxPages ?? MAX_JOB_PAGES;
    for await (const page of paginate(client, jobsPath, { query: { per_page: 100 }, maxPages })) {
        pages++;
        const endpoint = `GET ${jobsPath} (page ${page.number})`;
        const data = page.data;
        if (!github_run_isObject(data) || !Array.isArray(data.jobs))
            throw shapeError(endpoint, 'is not a list of jobs (no jobs array)');
        if (typeof data.total_count === 'number')
            total = data.total_count;
        for (const raw of data.jobs) {
            const job = toJob(raw, endpoint, jobs.length);
            if (seen.has(job.id))
                continue; // a job that moved between pages while they were read
            seen.add(job.id);
            jobs.push(job);
        }
        if (page.hasNext && page.number === maxPages)
            throw new errors/* GateError */.ue(`${jobsPath}: more than ${maxPages} pages of jobs`, 'A run this large is not recorded partially; record it from a workflow_run trigger with a narrower scope.');
    }
    if (total !== undefined && jobs.length < total)
        throw new errors/* GateError */.ue(`GET ${jobsPath}: ${jobs.length} jobs listed, total_count says ${total}`, 'The listing ended early (a page went missing); re-run the recorder.');
    return { run, jobs, pages };
}

;// CONCATENATED MODULE: ./lib/telemetry/junit.js
/**
 * JUnit XML as the test tools write it, read into the pipeline_run `tests` counts in one streaming
 * pass. One reader for the flavours in use: jest-junit and pytest (`<testsuites>` root, or
 * pytest's older bare `<testsuite>`), go-junit-report (`<testsuites>` with per-package suites,
 * `<skipped>`), and Maven Surefire (`<testsuite>` root; `flakyFailure`/`flakyError` on a test that
 * passed on a rerun, `rerunFailure`/`rerunError` beside the final `failure`/`error`). Counts come
 * from the `<testcase>` elements themselves, never from the suites' `tests=`/`failures=`
 * attributes (which some tools omit and others get wrong); a disagreement is reported.
 */


const FAILED = new Set(['failure', 'error', 'rerunFailure', 'rerunError']);
const FLAKY = new Set(['flakyFailure', 'flakyError']);
const SKIPPED = new Set(['skipped', 'disabled']);
/** Deepest suite nesting read; real reports nest two or three levels. */
const MAX_SUITE_DEPTH = 64;
/** Seconds as JUnit writes them (`0.683`, `1,234.5` from some locales) \u2192 ms, or undefined. */
function seconds(v) {
    if (v === undefined)
        return undefined;
    const t = v.trim().replace(/,(?=\d{3}(\D|$))/g, '');
    if (!/^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(t))
        return undefined;
    const n = Number(t) * 1000;
    return Number.isFinite(n) ? n : undefined;
}
function emptyTotals() {
    return { total: 0, failed: 0, skipped: 0, flaky: 0, durationMs: 0 };
}
function add(into, t) {
    into.total += t.total;
    into.failed += t.failed;
    into.skipped += t.skipped;
    into.flaky += t.flaky;
    into.durationMs += t.durationMs;
}
/** Totals of one JUnit document (its text). */
function junitTotals(text, file) {
    const report = { file, suites: 0, mismatches: [], ...emptyTotals() };
    const t = emptyTotals();
    const suites = [];
    let tc;
    const root = scanXml(text, `JUnit report ${file}`, {
        open(name, attrs, path) {
            if (path.length === 0 && name !== 'testsuites' && name !== 'testsuite')
                throw new errors/* GateError */.ue(`${file} is not a JUnit XML report: its root element is <${name}>, not <testsuites> or <testsuite>`, "List only JUnit XML files in 'junit' (jest-junit, pytest --junitxml, go-junit-report, Surefire reports).");
            const parent = path[path.length - 1];
            if (name === 'testsuite' &&
                (path.length === 0 || parent === 'testsuites' || parent === 'testsuite')) {
                if (suites.length >= MAX_SUITE_DEPTH)
                    throw new errors/* GateError */.ue(`${file}: test suites nested more than ${MAX_SUITE_DEPTH} deep`);
                const up = suites[suites.length - 1];
                if (up)
                    up.nested++;
                suites.push({
                    name: attrs.name,
                    time: attrs.time,
                    tests: attrs.tests,
                    cases: 0,
                    caseMs: 0,
                    nested: 0,
                    own: emptyTotals()
                });
                report.suites++;
            }
            else if (name === 'testcase' && parent === 'testsuite') {
                tc = { time: attrs.time, failed: false, skipped: false, flaky: false };
            }
            else if (tc && parent === 'testcase') {
                if (FAILED.has(name))
                    tc.failed = true;
                else if (SKIPPED.has(name))
                    tc.skipped = true;
                else if (FLAKY.has(name))
                    tc.flaky = true;
            }
        },
        close(name, path) {
            const parent = path[path.length - 1];
            if (name === 'testcase' && tc && parent === 'testsuite') {
                const s = suites[suites.length - 1];
                s.cases++;
                s.own.total++;
                if (tc.failed)
                    s.own.failed++;
                else if (tc.skipped)
                    s.own.skipped++;
                else if (tc.flaky)
                    s.own.flaky++;
                s.caseMs += seconds(tc.time) ?? 0;
                tc = undefined;
            }
            else if (name === 'testsuite' &&
                suites.length &&
                (path.length === 0 || parent === 'testsuites' || parent === 'testsuite')) {
                const s = suites.pop();
                if (s.nested === 0 || s.cases > 0) {
                    s.own.durationMs = seconds(s.time) ?? s.caseMs;
                    if (s.tests !== undefined && s.nested === 0 && Number(s.tests) !== s.cases)
                        report.mismatches.push(`suite '${s.name ?? '?'}' declares tests="${s.tests}" and holds ${s.cases} test cases`);
                }
                add(t, s.own);
            }
        }
    });
    void root;
    return { ...report, ...t, durationMs: Math.round(t.durationMs) };
}
function readJUnitFile(file, shown = file) {
    return junitTotals(readXmlText(file, `JUnit report ${shown}`), shown);
}
/** The sum over several reports. */
function sumJUnit(reports) {
    const t = emptyTotals();
    for (const r of reports)
        add(t, r);
    return t;
}

;// CONCATENATED MODULE: ./lib/telemetry/mutation.js
/**
 * A mutation-testing report in the mutation-testing-elements format (StrykerJS `mutation.json`,
 * also written by Stryker.NET, Infection, \u2026) read into pipeline_run `tests.resilience`.
 *
 * The report is checked for what the record rests on, with the report schema's own bounds:
 * `thresholds.high`/`low` numbers in 0..100 (`break` too, or null), `files` an object of
 * `{language, source, mutants[]}`, every mutant with a string `id` and `mutatorName`, a
 * `location` with whole-number `start`/`end` line and column \u2265 1, and a known `status`.
 *
 * Counts, per the hub's metrics dictionary (resilience = killed / max(1, mutants_total \u2212 equiv)):
 * - `mutants_total`: mutants with a result, that is all but CompileError / RuntimeError (they never
 *   ran) and Pending (not run yet; reported as a warning),
 * - `killed`: Killed; `timeout`: Timeout (Stryker counts a timeout as detected; the dictionary's
 *   score does not, so it is kept apart and Stryker's own score is in the evidence),
 * - `equiv`: Ignored \u2014 the mutants a project excluded (Stryker's `// Stryker disable \u2026 : reason`,
 *   its way of dropping equivalent mutants); `equivalent_mutants_dropped` says whether any were.
 */




const MUTANT_STATUSES = [
    'Killed',
    'Survived',
    'NoCoverage',
    'CompileError',
    'RuntimeError',
    'Timeout',
    'Ignored',
    'Pending'
];
const MAX_MUTATION_REPORT_BYTES = 128 * 1024 * 1024;
/** The record of a run without mutation testing: no mutants, score 0 by the same formula. */
const NO_MUTATION_TESTING = {
    mutants_total: 0,
    killed: 0,
    equiv: 0,
    timeout: 0,
    score: 0
};
const mutation_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function problem(file, pointer, message) {
    return new errors/* GateError */.ue(`mutation report ${file}: ${pointer} ${message}`, 'Pass the mutation.json the mutation-testing tool wrote (StrykerJS: reporters: ["json"]); the report schema is https://github.com/stryker-mutator/mutation-testing-elements/tree/master/packages/report-schema.');
}
function percent(file, pointer, v, nullable = false) {
    if (nullable && v === null)
        return;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100)
        throw problem(file, pointer, `must be a number from 0 to 100 (is ${JSON.stringify(v)})`);
}
function position(file, pointer, v) {
    if (!mutation_isObject(v))
        throw problem(file, pointer, 'must be an object with line and column');
    for (const k of ['line', 'column']) {
        const n = v[k];
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 1)
            throw problem(file, `${pointer}/${k}`, `must be a whole number \u2265 1 (is ${JSON.stringify(n)})`);
    }
}
/** Check and count a parsed report. */
function mutationReport(doc, file) {
    if (!mutation_isObject(doc))
        throw problem(file, '/', 'must be a JSON object');
    const sv = doc.schemaVersion;
    if (sv !== undefined && typeof sv !== 'string' && typeof sv !== 'number')
        throw problem(file, '/schemaVersion', 'must be a string');
    const th = doc.thresholds;
    if (!mutation_isObject(th))
        throw problem(file, '/thresholds', 'is required (an object with high and low)');
    percent(file, '/thresholds/high', th.high);
    percent(file, '/thresholds/low', th.low);
    if ('break' in th)
        percent(file, '/thresholds/break', th.break, true);
    const files = doc.files;
    if (!mutation_isObject(files))
        throw problem(file, '/files', 'is required (an object of source files)');
    const statuses = Object.fromEntries(MUTANT_STATUSES.map((s) => [s, 0]));
    for (const [name, f] of Object.entries(files)) {
        const at = `/files/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (!mutation_isObject(f))
            throw problem(file, at, 'must be an object');
        if (typeof f.language !== 'string')
            throw problem(file, `${at}/language`, 'must be a string');
        if (typeof f.source !== 'string')
            throw problem(file, `${at}/source`, 'must be a string');
        if (!Array.isArray(f.mutants))
            throw problem(file, `${at}/mutants`, 'must be an array');
        f.mutants.forEach((m, i) => {
            const mp = `${at}/mutants/${i}`;
            if (!mutation_isObject(m))
                throw problem(file, mp, 'must be an object');
            if (typeof m.id !== 'string')
                throw problem(file, `${mp}/id`, 'must be a string');
            if (typeof m.mutatorName !== 'string')
                throw problem(file, `${mp}/mutatorName`, 'must be a string');
            if (!mutation_isObject(m.location))
                throw problem(file, `${mp}/location`, 'is required');
            position(file, `${mp}/location/start`, m.location.start);
            position(file, `${mp}/location/end`, m.location.end);
            const s = m.status;
            if (typeof s !== 'string' || !MUTANT_STATUSES.includes(s))
                throw problem(file, `${mp}/status`, `must be one of ${MUTANT_STATUSES.join(', ')} (is ${JSON.stringify(s)})`);
            statuses[s]++;
        });
    }
    const all = Object.values(statuses).reduce((a, b) => a + b, 0);
    const total = all - statuses.CompileError - statuses.RuntimeError - statuses.Pending;
    const equiv = statuses.Ignored;
    const resilience = {
        mutants_total: total,
        killed: statuses.Killed,
        equiv,
        timeout: statuses.Timeout,
        score: round(statuses.Killed / Math.max(1, total - equiv)),
        equivalent_mutants_dropped: equiv > 0
    };
    const detected = statuses.Killed + statuses.Timeout;
    const valid = detected + statuses.Survived + statuses.NoCoverage;
    return {
        file,
        schemaVersion: sv === undefined ? undefined : String(sv),
        statuses,
        resilience,
        strykerScore: valid === 0 ? 0 : round(detected / valid),
        thresholds: {
            high: th.high,
            low: th.low,
            ...('break' in th ? { break: th.break } : {})
        }
    };
}
function readMutationReport(file, shown = file) {
    const text = (0,read_file/* readRegularTextFile */.I)(file, {
        maxBytes: MAX_MUTATION_REPORT_BYTES,
        what: "input 'mutation'"
    });
    return mutationReport((0,strict_json/* parseStrictJson */.RJ)(text, `mutation report ${shown}`), shown);
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

;// CONCATENATED MODULE: ./lib/telemetry/run-id.js
/**
 * The `run_id` of a pipeline_run record: a deterministic UUID of (repository, run id, attempt),
 * so the same attempt recorded twice (a re-run of the recorder, a backfill) gets the same id and a
 * warehouse's unique(run_id) test holds. RFC 9562 UUIDv8 (custom) built from SHA-256 of a
 * namespaced name, as its appendix B.2 describes: the first 16 bytes of the hash with the version
 * and variant bits set. The repository is lower-cased (GitHub owner/name is case-insensitive).
 */

/** Prefix of the hashed name, so other ids derived from the same triple never collide. */
const RUN_ID_NAMESPACE = 'ci-intel/pipeline_run/v1';
function pipelineRunId(repository, runId, attempt) {
    const name = `${RUN_ID_NAMESPACE}\n${repository.toLowerCase()}\n${String(runId)}\n${attempt}`;
    const b = (0,external_node_crypto_.createHash)('sha256').update(name, 'utf8').digest().subarray(0, 16);
    b[6] = (b[6] & 0x0f) | 0x80; // version 8
    b[8] = (b[8] & 0x3f) | 0x80; // variant 10xx
    const h = b.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

;// CONCATENATED MODULE: ./lib/telemetry/run-record.js
/**
 * The pipeline_run.v1.2 record of one workflow run attempt, assembled from what the GitHub API
 * said about the run and its jobs and what the run left behind (gate records, test, coverage and
 * mutation reports, the evidence bundle). Pure: no I/O, the clock passed in. Validation against
 * the schema is the caller's (src/telemetry/record-schema.ts), before anything is written.
 *
 * Only finished jobs are recorded. Recording the run it runs in (the last job of the workflow),
 * its own job and any other still running are left out and listed; on `workflow_run: completed`
 * every job is finished.
 */





/** A job's or a run's conclusion in the record's words; anything unknown is an error. */
function statusOf(conclusion, what) {
    switch (conclusion) {
        case 'success':
        case 'neutral':
            return 'success';
        case 'failure':
        case 'timed_out':
        case 'startup_failure':
        case 'action_required':
            return 'failed';
        case 'cancelled':
        case 'stale':
            return 'canceled';
        case 'skipped':
            return 'skipped';
        default:
            throw new errors/* GateError */.ue(`${what} has the conclusion ${JSON.stringify(conclusion)}, which the recorder does not know`, 'Report this to the hub: GitHub may have added a conclusion.');
    }
}
function ms(a, b) {
    if (!a || !b)
        return undefined;
    const d = Date.parse(b) - Date.parse(a);
    return Number.isFinite(d) ? Math.max(0, d) : undefined;
}
function osOf(labels) {
    const l = labels.map((x) => x.toLowerCase());
    if (l.some((x) => x.startsWith('ubuntu') || x === 'linux'))
        return 'linux';
    if (l.some((x) => x.startsWith('windows')))
        return 'windows';
    if (l.some((x) => x.startsWith('macos') || x === 'macos'))
        return 'macos';
    return undefined;
}
function typeOf(job) {
    if (job.labels.some((l) => l.toLowerCase() === 'self-hosted'))
        return 'self-hosted';
    if (job.runnerGroupName === 'GitHub Actions')
        return 'hosted';
    return undefined;
}
/** The one value all items agree on, else undefined. */
function agreed(values) {
    const first = values[0];
    return first !== undefined && values.every((v) => v === first) ? first : undefined;
}
/** A job matches a cache event's folder `ci-intel-evidence-<job>` by its name (or `caller / <job>`). */
function jobMatches(name, job) {
    return job !== undefined && (name === job || name.endsWith(` / ${job}`));
}
function buildRecord(x) {
    const { run } = x;
    const finished = x.jobs.filter((j) => j.status === 'completed');
    const leftOut = x.jobs
        .filter((j) => j.status !== 'completed')
        .map((j) => ({ name: j.name, status: j.status }));
    if (finished.length === 0)
        throw new errors/* GateError */.ue(`run ${run.id} attempt ${run.attempt} has no finished job yet (${x.jobs.length} listed, none completed): there is nothing to record`, 'Run pipeline-run as the last job (needs: every other job, if: always()) or on workflow_run: completed.');
    if (run.headBranch === null || run.headBranch === '')
        throw new errors/* GateError */.ue(`run ${run.id} has no head_branch`, 'The API did not say which branch ran; re-run the recorder or record it from workflow_run.');
    const unpriced = [];
    const costs = [];
    const events = x.cacheEvents ?? [];
    const jobs = finished.map((j) => {
        const duration = ms(j.startedAt, j.completedAt) ?? 0;
        const cls = machineClassOf(j.labels, x.prices);
        if (!cls && duration > 0)
            unpriced.push({ name: j.name, labels: j.labels });
        costs.push({ durationMs: duration, machine: cls?.machine });
        const out = {
            id: String(j.id),
            name: j.name,
            status: statusOf(j.conclusion, `job '${j.name}' (${j.id})`),
            attempt: j.attempt ?? run.attempt,
            duration_ms: duration
        };
        const queue = ms(j.createdAt, j.startedAt);
        if (queue !== undefined)
            out.queue_ms = queue;
        const mine = events.filter((e) => jobMatches(j.name, e.job));
        if (mine.length)
            out.cache = { hit: mine.some((e) => e.hit), key: mine[0].key };
        const machineClass = cls?.name ?? j.labels[0];
        if (machineClass) {
            out.machine = { class: machineClass };
            if (cls && cls.machine.cpu > 0)
                out.machine.cpu = String(cls.machine.cpu);
            if (cls?.machine.ram_gb !== undefined)
                out.machine.ram_gb = cls.machine.ram_gb;
        }
        if (j.htmlUrl)
            out.logs_uri = j.htmlUrl;
        return out;
    });
    let status;
    if (run.status === 'completed' && run.conclusion !== null) {
        status = statusOf(run.conclusion, `run ${run.id}`);
    }
    else if (jobs.some((j) => j.status === 'failed'))
        status = 'failed';
    else if (jobs.some((j) => j.status === 'canceled'))
        status = 'canceled';
    else if (jobs.every((j) => j.status === 'skipped'))
        status = 'skipped';
    else
        status = 'success';
    const startedAt = run.runStartedAt ?? run.createdAt;
    const ends = finished
        .map((j) => j.completedAt)
        .filter((t) => typeof t === 'string' && Number.isFinite(Date.parse(t)))
        .sort((a, b) => Date.parse(a) - Date.parse(b));
    let endedAt = ends.at(-1) ?? run.updatedAt ?? startedAt;
    if (Date.parse(endedAt) < Date.parse(startedAt))
        endedAt = startedAt;
    const firstStart = finished
        .map((j) => j.startedAt)
        .filter((t) => typeof t === 'string' && Number.isFinite(Date.parse(t)))
        .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
    const cost = runCost(costs);
    // Built in the schema's property order; jobs, tests and cost follow below.
    const record = {
        schema: 'pipeline_run.v1.2',
        run_id: pipelineRunId(run.repository, run.id, run.attempt),
        repo: run.repository,
        commit_sha: run.headSha,
        branch: run.headBranch,
        pr: run.event?.startsWith('pull_request')
            ? (run.pullRequests[0] ?? x.eventPullRequest ?? null)
            : null,
        started_at: startedAt,
        ended_at: endedAt,
        status
    };
    const queue = ms(startedAt, firstStart);
    if (queue !== undefined)
        record.queue_ms = queue;
    Object.assign(record, x.evidence ?? {});
    const os = agreed(finished.map((j) => osOf(j.labels)));
    if (os)
        record.runner_os = os;
    const type = agreed(finished.map(typeOf));
    if (type)
        record.runner_type = type;
    const keys = [...new Set(events.map((e) => e.key))];
    if (keys.length)
        record.cache_keys = keys;
    const t = x.tests;
    if (t && t.total > 0)
        record.flakiness_index = round(t.flaky / t.total);
    record.jobs = jobs;
    record.tests = {
        total: t?.total ?? 0,
        failed: t?.failed ?? 0,
        ...(t ? { skipped: t.skipped } : {}),
        duration_ms: t?.durationMs ?? 0,
        ...(x.coverage && Object.keys(x.coverage).length ? { coverage: x.coverage } : {}),
        resilience: x.resilience ?? { ...NO_MUTATION_TESTING }
    };
    if (x.policies?.length)
        record.policies = x.policies;
    record.cost = { usd: cost.usd, cpu_seconds: cost.cpu_seconds, gpu_seconds: cost.gpu_seconds };
    return { record, leftOut, unpriced, billedMinutes: cost.billedMinutes };
}

;// CONCATENATED MODULE: ./lib/gates/pipeline-run/api-error.js
/** A GitHub client failure as a GateError that says what went wrong and what to do. */



function apiError(err, what, apiUrl = 'https://api.github.com') {
    if (err instanceof errors/* GateError */.ue)
        return new errors/* GateError */.ue(`${what}: ${err.message}`, err.help);
    if (err instanceof credential_origin/* CrossOriginError */.zN)
        return new errors/* GateError */.ue(`${what}: ${err.message}`, 'Check GITHUB_API_URL.');
    if (!(err instanceof github_errors/* GitHubApiError */.O))
        return err instanceof Error ? err : new Error(String(err));
    const help = {
        timeout: 'The API gave no answer in time: re-run later, check GITHUB_API_URL, or raise api-timeout.',
        network: 'A GitHub outage or a wrong GITHUB_API_URL: re-run later, or check the URL.',
        'bad-json': `Check GITHUB_API_URL (${apiUrl}) points at a GitHub REST API.`,
        'too-large': 'The answer is larger than any run description; check GITHUB_API_URL.',
        'rate-limit': 'Re-run after the reset, or use a token with a higher limit.',
        'secondary-rate-limit': 'Re-run later; avoid many concurrent jobs calling the API with one token.',
        'cross-origin': 'The API pointed elsewhere; the token only goes to GITHUB_API_URL. Check GITHUB_API_URL.',
        redirect: 'Check GITHUB_API_URL.'
    };
    let h = help[err.kind];
    if (err.kind === 'status') {
        if (err.status === 404)
            h =
                "Check 'repository' and 'run-id', and that the token may read Actions (permissions: actions: read).";
        else if (err.status === 401)
            h = "The token was refused: check 'token'.";
        else if (err.status === 403)
            h = 'The token may not read Actions here: grant permissions: actions: read.';
        else
            h = 'A GitHub outage or a wrong GITHUB_API_URL: re-run later, or check the URL.';
    }
    return new errors/* GateError */.ue(`${what}: ${err.message}`, h);
}

;// CONCATENATED MODULE: ./lib/gates/pipeline-run/source.js
/**
 * Which run the action records: explicit inputs, else the run a `workflow_run` event names (read
 * from GITHUB_EVENT_PATH), else the run it is part of (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT).
 */



function eventPayload(ctx, what) {
    const path = ctx.env.GITHUB_EVENT_PATH;
    const doc = (0,strict_json/* parseStrictJson */.RJ)((0,read_file/* readRegularTextFile */.I)(path, { maxBytes: 25 * 1024 * 1024, what: 'the event payload' }), what);
    return typeof doc === 'object' && doc !== null ? doc : {};
}
/** `pull_request.number` of a pull_request / pull_request_target event of this run. */
function ownPullRequest(ctx) {
    if (!ctx.env.GITHUB_EVENT_NAME?.startsWith('pull_request') || !ctx.env.GITHUB_EVENT_PATH)
        return undefined;
    const pr = eventPayload(ctx, 'the pull_request event payload').pull_request;
    return typeof pr?.number === 'number' && Number.isInteger(pr.number) && pr.number > 0
        ? pr.number
        : undefined;
}
function runIdOf(v, input) {
    if (!/^[1-9]\d{0,15}$/.test(v.trim()))
        throw new errors/* InputError */.dz(input, `'${v}' is not a workflow run id (a positive whole number)`);
    return Number(v.trim());
}
function workflowRunEvent(ctx) {
    const path = ctx.env.GITHUB_EVENT_PATH;
    if (!path)
        throw new errors/* GateError */.ue('GITHUB_EVENT_NAME is workflow_run but GITHUB_EVENT_PATH is not set', "Set 'run-id' (e.g. ${{ github.event.workflow_run.id }}).");
    const doc = eventPayload(ctx, 'the workflow_run event payload');
    const wr = doc?.workflow_run;
    if (!wr || typeof wr.id !== 'number')
        throw new errors/* GateError */.ue('the workflow_run event payload has no workflow_run.id', "Set 'run-id'.");
    return {
        id: wr.id,
        attempt: typeof wr.run_attempt === 'number' ? wr.run_attempt : undefined,
        repository: typeof wr.repository?.full_name === 'string' ? wr.repository.full_name : undefined
    };
}
function runTarget(inputs, ctx) {
    const env = ctx.env;
    const thisRun = env.GITHUB_RUN_ID;
    const givenId = inputs.string('run-id');
    const givenAttempt = inputs.number('run-attempt');
    const givenRepo = inputs.string('repository');
    let t;
    if (givenId) {
        const runId = runIdOf(givenId, 'run-id');
        const repository = givenRepo || env.GITHUB_REPOSITORY || '';
        const own = runId === Number(thisRun) && repository === env.GITHUB_REPOSITORY;
        t = {
            repository,
            runId,
            attempt: givenAttempt ??
                (own && env.GITHUB_RUN_ATTEMPT ? Number(env.GITHUB_RUN_ATTEMPT) : undefined),
            source: 'inputs',
            ownRun: own
        };
    }
    else if (env.GITHUB_EVENT_NAME === 'workflow_run') {
        const ev = workflowRunEvent(ctx);
        t = {
            repository: givenRepo || ev.repository || env.GITHUB_REPOSITORY || '',
            runId: ev.id,
            attempt: givenAttempt ?? ev.attempt,
            source: 'workflow_run',
            ownRun: false
        };
    }
    else {
        if (!thisRun)
            throw new errors/* InputError */.dz('run-id', 'is required outside GitHub Actions (GITHUB_RUN_ID is not set)');
        const attempt = givenAttempt ??
            (env.GITHUB_RUN_ATTEMPT ? runIdOf(env.GITHUB_RUN_ATTEMPT, 'run-attempt') : undefined);
        t = {
            repository: givenRepo || env.GITHUB_REPOSITORY || '',
            runId: runIdOf(thisRun, 'run-id'),
            attempt,
            source: 'this-run',
            ownRun: true
        };
    }
    if (!t.repository)
        throw new errors/* InputError */.dz('repository', 'is required (GITHUB_REPOSITORY is not set)');
    if (t.ownRun) {
        const pr = ownPullRequest(ctx);
        if (pr !== undefined)
            t.eventPullRequest = pr;
    }
    return t;
}

;// CONCATENATED MODULE: ./lib/gates/pipeline-run/index.js
/**
 * pipeline-run \u2014 records one workflow run attempt as a pipeline_run.v1.2 NDJSON record (not a
 * gate that judges the run: its verdict says whether a valid record was written). The record is
 * built from the GitHub API and the files the run left (src/telemetry/*), validated with
 * `pipelineRunProblems` and appended only when valid; anything that stops a faithful record
 * (an API error, a malformed report, a schema violation) is `error` and nothing is written.
 */
















const RULES = [
    {
        id: 'pipeline-run/jobs-left-out',
        title: 'Unfinished jobs were left out of the record',
        help: 'Recorded from inside the run, its own job and any still running are not finished. To record every job, run pipeline-run on workflow_run: completed.',
        severity: 'note'
    },
    {
        id: 'pipeline-run/unpriced-runner',
        title: 'A job ran on a runner the price table does not know',
        help: "Map its runs-on label to a class in 'runner-prices' (docs/gates/pipeline-run.md); until then cost.usd leaves the job out.",
        severity: 'warning'
    },
    {
        id: 'pipeline-run/mutation-pending',
        title: 'The mutation report has mutants that never ran',
        help: 'Pending mutants are not counted; run the mutation tests to completion.',
        severity: 'warning'
    },
    {
        id: 'pipeline-run/junit-count-mismatch',
        title: "A JUnit suite's tests= attribute disagrees with its test cases",
        help: 'The record counts the <testcase> elements; check the report is complete.',
        severity: 'note'
    },
    {
        id: 'pipeline-run/records-missing',
        title: "A 'records' path does not exist",
        help: "Nothing was read from it. Check 'records' (the folders download-artifact wrote the ci-intel-evidence-* artifacts to).",
        severity: 'note'
    },
    {
        id: 'pipeline-run/record-invalid',
        title: 'The record fails its schema',
        help: 'Nothing was written. Report this to the hub with the evidence in result-file.',
        severity: 'error'
    }
];
function files(inputs, ctx, name, exts) {
    const patterns = inputs.list(name);
    if (!patterns.length)
        return [];
    const { files: found, unmatched } = expandFiles(ctx.workspace, patterns, exts);
    if (unmatched.length)
        throw new errors/* InputError */.dz(name, `${unmatched.map((p) => `'${p}'`).join(', ')} matched no file; a report that is missing is never recorded as "no tests"`);
    return found;
}
async function evaluate(inputs, ctx) {
    const target = runTarget(inputs, ctx);
    const path = (name) => {
        const v = inputs.string(name);
        return v ? (0,external_node_path_.resolve)(ctx.workspace, v) : undefined;
    };
    const shown = (f) => displayPath(ctx.workspace, f);
    // Local files first: a bad report fails fast, before any API call. minimatch loads only for
    // an input glob the simple matcher does not take.
    await loadGlobsFor(ctx.workspace, [...inputs.list('junit'), ...inputs.list('coverage')]);
    const junit = files(inputs, ctx, 'junit', ['.xml']).map((f) => readJUnitFile(f, shown(f)));
    const coverage = files(inputs, ctx, 'coverage', ['.info', '.lcov', '.xml']).map((f) => readCoverageFile(f, shown(f)));
    const mutationFile = path('mutation');
    const mutation = mutationFile ? readMutationReport(mutationFile, shown(mutationFile)) : undefined;
    const bundleFile = path('evidence-bundle');
    const evidenceBundle = bundleFile ? readEvidenceBundle(bundleFile, shown(bundleFile)) : undefined;
    const pricesFile = path('runner-prices');
    const prices = pricesFile ? readPriceTable(pricesFile, shown(pricesFile)) : DEFAULT_PRICES;
    const recordPaths = inputs.list('records').map((p) => (0,external_node_path_.resolve)(ctx.workspace, p));
    const gateRecords = readGateRecords(recordPaths.length ? recordPaths : [ctx.tempDir]);
    const token = inputs.string('token') || ctx.env.GITHUB_TOKEN || ctx.env.GH_TOKEN || '';
    if (token)
        ctx.secret(token);
    const timeoutMs = inputs.duration('api-timeout') ?? 30_000;
    const retries = inputs.number('api-retries') ?? 3;
    const apiUrl = ctx.env.GITHUB_API_URL || undefined;
    const client = (0,github_client/* createGitHubClient */.LX)({
        token: token || undefined,
        apiUrl,
        userAgent: 'ci-intel-hub pipeline-run',
        timeoutMs,
        deadline: Date.now() + 10 * timeoutMs,
        retries,
        log: ctx.log
    });
    let fetched;
    try {
        fetched = await fetchRunAndJobs(client, {
            repository: target.repository,
            runId: target.runId,
            attempt: target.attempt
        });
    }
    catch (err) {
        throw apiError(err, `reading run ${target.runId} of ${target.repository}`, apiUrl);
    }
    const built = buildRecord({
        run: fetched.run,
        jobs: fetched.jobs,
        prices,
        tests: junit.length ? sumJUnit(junit) : undefined,
        coverage: coverage.length ? coverageFractions(coverage) : undefined,
        resilience: mutation?.resilience,
        policies: gateRecords.policies,
        cacheEvents: gateRecords.cacheEvents,
        evidence: evidenceBundle,
        eventPullRequest: target.eventPullRequest
    });
    const { record, leftOut } = built;
    const evidence = {
        target,
        apiPages: fetched.pages + 1,
        jobsListed: fetched.jobs.length,
        leftOut,
        junit,
        coverage,
        ...(mutation
            ? { mutation: { ...mutation, resilience: undefined } }
            : {}),
        ...(evidenceBundle ? { evidenceBundle } : {}),
        recordFiles: gateRecords.files.map(shown),
        runners: fetched.jobs
            .filter((j) => j.status === 'completed')
            .map((j) => ({
            job: j.name,
            ...(j.runnerName ? { runner: j.runnerName } : {}),
            ...(j.runnerGroupName ? { group: j.runnerGroupName } : {}),
            labels: j.labels
        })),
        billedMinutes: built.billedMinutes,
        record
    };
    const outputs = {
        'run-id': record.run_id,
        'record-file': '',
        'jobs-recorded': String(record.jobs.length),
        'jobs-left-out': leftOut.map((j) => j.name).join('\n')
    };
    const problems = pipelineRunProblems(record);
    if (problems.length) {
        evidence.problems = problems;
        return {
            verdict: 'error',
            summary: `the record of run ${target.runId} fails pipeline_run.v1.2 (${problems.length} problem${problems.length === 1 ? '' : 's'}): not written`,
            findings: problems.map((p) => ({
                rule: 'pipeline-run/record-invalid',
                severity: 'error',
                message: `record of run ${target.runId}: ${p}`,
                help: RULES[5].help
            })),
            evidence,
            outputs
        };
    }
    const findings = [];
    if (leftOut.length) {
        const unexpected = !target.ownRun && fetched.run.status === 'completed';
        findings.push({
            rule: 'pipeline-run/jobs-left-out',
            severity: unexpected ? 'warning' : 'note',
            message: `${leftOut.length} unfinished job${leftOut.length === 1 ? '' : 's'} left out of the record: ${leftOut.map((j) => `${j.name} (${j.status})`).join(', ')}`,
            help: RULES[0].help
        });
    }
    for (const u of built.unpriced)
        findings.push({
            rule: 'pipeline-run/unpriced-runner',
            severity: 'warning',
            message: `job '${u.name}' ran on [${u.labels.join(', ')}], which no runner price class matches: cost.usd leaves it out`,
            help: RULES[1].help
        });
    if (mutation && mutation.statuses.Pending > 0)
        findings.push({
            rule: 'pipeline-run/mutation-pending',
            severity: 'warning',
            message: `${mutation.file}: ${mutation.statuses.Pending} mutant(s) are Pending (never ran) and are not counted`,
            help: RULES[2].help,
            file: mutation.file
        });
    if (recordPaths.length)
        for (const m of gateRecords.missing)
            findings.push({
                rule: 'pipeline-run/records-missing',
                severity: 'note',
                message: `records path ${shown(m)} does not exist: no gate records read from it`,
                help: RULES[4].help
            });
    for (const j of junit)
        for (const m of j.mismatches)
            findings.push({
                rule: 'pipeline-run/junit-count-mismatch',
                severity: 'note',
                message: `${j.file}: ${m}`,
                help: RULES[3].help,
                file: j.file
            });
    const out = path('output-file') ?? (0,external_node_path_.resolve)(ctx.tempDir, 'pipeline-run.ndjson');
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(out), { recursive: true });
        (0,external_node_fs_.appendFileSync)(out, JSON.stringify(record) + '\n');
    }
    catch (err) {
        throw new errors/* GateError */.ue(`cannot append the record to ${shown(out)} (${err.code ?? err.message})`, "Check 'output-file': a writable file path.");
    }
    evidence.recordFile = out;
    outputs['record-file'] = out;
    const t = record.tests;
    return {
        verdict: 'pass',
        summary: `recorded run ${target.runId} attempt ${fetched.run.attempt} (${record.status}): ${record.jobs.length} job${record.jobs.length === 1 ? '' : 's'}${leftOut.length ? `, ${leftOut.length} unfinished left out` : ''}; ${t.total} tests, ${t.failed} failed; $${record.cost.usd.toFixed(3)}`,
        findings,
        evidence,
        outputs
    };
}
const pipelineRun = {
    name: 'pipeline-run',
    rules: RULES,
    evaluate
};


/***/ }),

/***/ 8767:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ pipelineRunDetails)
/* harmony export */ });
const pct = (x) => x === undefined ? '\u2013' : `${(x * 100).toFixed(1)} %`;
const secs = (ms) => ms === undefined ? '\u2013' : `${(ms / 1000).toFixed(1)} s`;
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function pipelineRunDetails(result) {
    const ev = result.evidence;
    const r = ev.record;
    if (!r)
        return undefined;
    const t = r.tests;
    const rows = [
        ['run_id', `\`${r.run_id}\``],
        ['status', r.status],
        [
            'commit / branch',
            `\`${r.commit_sha.slice(0, 12)}\` on ${cell(r.branch)}${r.pr ? ` (PR #${r.pr})` : ''}`
        ],
        ['started \u2192 ended', `${r.started_at} \u2192 ${r.ended_at}`],
        ['queue before the first job', secs(r.queue_ms)],
        [
            'jobs recorded',
            `${r.jobs.length}${ev.leftOut?.length ? ` (${ev.leftOut.length} unfinished left out)` : ''}`
        ],
        [
            'tests',
            `${t.total} total, ${t.failed} failed, ${t.skipped ?? 0} skipped, ${secs(t.duration_ms)}`
        ],
        [
            'coverage (lines / branches)',
            `${pct(t.coverage?.lines_pct)} / ${pct(t.coverage?.branches_pct)}`
        ],
        [
            'mutation score',
            t.resilience.mutants_total
                ? `${pct(t.resilience.score)} of ${t.resilience.mutants_total} mutants`
                : 'no mutation report'
        ],
        [
            'policies',
            `${r.policies?.length ?? 0} (${r.policies?.filter((p) => p.result === 'deny').length ?? 0} deny)`
        ],
        [
            'cache keys',
            r.cache_keys?.length ? r.cache_keys.map((k) => `\`${cell(k)}\``).join(', ') : '\u2013'
        ],
        ['cost', `$${r.cost.usd.toFixed(3)}, ${r.cost.cpu_seconds.toFixed(0)} CPU s`]
    ];
    const runnerOf = new Map((ev.runners ?? []).map((x, i) => [i, x.runner]));
    const jobs = r.jobs
        .slice(0, 50)
        .map((j, i) => `| ${cell(j.name)} | ${j.status} | ${secs(j.duration_ms)} | ${secs(j.queue_ms)} | ${cell(runnerOf.get(i) ?? '\u2013')} | ${cell(j.machine?.class ?? '\u2013')} | ${j.cache ? (j.cache.hit ? 'hit' : 'miss') : '\u2013'} |`);
    return [
        '| figure | value |',
        '|---|---|',
        ...rows.map(([k, v]) => `| ${k} | ${v} |`),
        '',
        '| job | status | duration | queue | runner | machine | cache |',
        '|---|---|---|---|---|---|---|',
        ...jobs,
        ...(r.jobs.length > 50 ? [`\n\u2026and ${r.jobs.length - 50} more jobs (see the record).`] : [])
    ].join('\n');
}


/***/ }),

/***/ 651:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  jh: () => (/* binding */ GitHubClient),
  LX: () => (/* binding */ createGitHubClient),
  aD: () => (/* binding */ expandPath)
});

// UNUSED EXPORTS: DEFAULT_API_URL, DEFAULT_MAX_JSON_BYTES

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
var duration = __nccwpck_require__(8415);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __nccwpck_require__(6613);
// EXTERNAL MODULE: ./lib/net/credential-origin.js
var credential_origin = __nccwpck_require__(1685);
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

// EXTERNAL MODULE: ./lib/github/errors.js
var errors = __nccwpck_require__(9452);
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
            throw new credential_origin/* CrossOriginError */.zN(`GITHUB_API_URL '${this.apiUrl}' is not a URL`, 'plain-http', this.apiUrl);
        }
        this.origin = base.origin;
        if (o.token)
            (0,credential_origin/* assertCredentialTransport */.TC)(base, `GitHub API at ${this.origin}`);
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
            return new errors/* GitHubApiError */.O(`no complete answer from ${hop.url.origin} within ${span(ms)}${isOverall ? ' (the overall deadline)' : ''}`, detail({ kind: 'timeout', timeoutMs: ms, overallDeadline: isOverall }));
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
                    throw new errors/* GitHubApiError */.O(`the answer from ${hop.url.origin} is larger than the limit of ${o.maxBytes} bytes`, detail({ kind: 'too-large' }));
                }
                if (signal.aborted)
                    throw timeout();
                const cause = (0,errors/* rootCause */.e)(err);
                if (mayRetry && retries < this.o.retries) {
                    const wait = Math.min(retryBase * 2 ** retries, 30_000);
                    this.o.log(`${endpoint}: ${cause}; retry ${retries + 1} in ${span(wait)}`);
                    retries++;
                    if (await waitFits(wait))
                        continue;
                    throw new errors/* GitHubApiError */.O(`${hop.url.origin} could not be reached (${cause}); the next retry would pass the deadline`, detail({ kind: 'network', cause }));
                }
                throw new errors/* GitHubApiError */.O(`${hop.url.origin} could not be reached (${cause})${retries ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : ''}`, detail({ kind: 'network', cause }));
            }
            const status = res.status;
            if (status >= 300 && status < 400 && status !== 304) {
                const location = res.headers.get('location');
                if (!location) {
                    throw new errors/* GitHubApiError */.O(`${status} redirect without a Location`, detail({ kind: 'redirect', status }));
                }
                if (method !== 'GET' && status !== 307 && status !== 308) {
                    // 301/302/303 would turn a write into a GET elsewhere: never silently.
                    throw new errors/* GitHubApiError */.O(`${status} redirect of a ${method} (only 307/308 repeat a write)`, detail({ kind: 'redirect', status }));
                }
                if (++redirects > MAX_REDIRECTS) {
                    throw new errors/* GitHubApiError */.O(`more than ${MAX_REDIRECTS} redirects`, detail({ kind: 'redirect', status }));
                }
                try {
                    hop = (0,credential_origin/* redirectHop */.I3)(hop, location, this.origin, o.redirects);
                }
                catch (err) {
                    if (err instanceof credential_origin/* CrossOriginError */.zN)
                        throw new errors/* GitHubApiError */.O(err.message, detail({ kind: 'cross-origin', status }));
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
                    throw new errors/* GitHubApiError */.O(`GitHub API rate limit exhausted (${status}${limit.limit ? `, x-ratelimit-limit ${limit.limit}` : ''}); ${limit.resetAt
                        ? `it resets at ${limit.resetAt.toISOString().replace(/\.\d{3}Z$/, 'Z')}`
                        : 'the answer does not say when it resets'}`, detail({
                        kind: 'rate-limit',
                        status,
                        githubMessage,
                        resetAt: limit.resetAt,
                        limit: limit.limit
                    }));
                }
                throw new errors/* GitHubApiError */.O(`GitHub API secondary rate limit (${status})${limit.retryAfterS !== undefined ? `; retry after ${limit.retryAfterS} s` : ''}`, detail({
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
                throw new errors/* GitHubApiError */.O(`answered ${status}${githubMessage ? ` (${githubMessage})` : ''}; the next retry would pass the deadline`, detail({ kind: 'status', status, githubMessage }));
            }
            throw new errors/* GitHubApiError */.O(`${hop.url.origin === this.origin ? 'GitHub' : hop.url.origin} answered ${status}${githubMessage ? ` (${githubMessage})` : ''}${status >= 500 && retries ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : ''}`, detail({ kind: 'status', status, githubMessage }));
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
            throw new errors/* GitHubApiError */.O('the answer is not UTF-8 text', {
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
                throw new errors/* GitHubApiError */.O(err.message, {
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
            throw new errors/* GitHubApiError */.O(`${u.origin} is not the API's origin (${this.origin})`, {
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
            url: (0,credential_origin/* originOf */.yv)(x.hop.url) + x.hop.url.pathname,
            foreign: x.hop.url.origin !== this.origin
        };
    }
}
function createGitHubClient(o) {
    return new GitHubClient(o);
}


/***/ }),

/***/ 9452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ GitHubApiError),
/* harmony export */   e: () => (/* binding */ rootCause)
/* harmony export */ });
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


/***/ }),

/***/ 1685:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I3: () => (/* binding */ redirectHop),
/* harmony export */   TC: () => (/* binding */ assertCredentialTransport),
/* harmony export */   Zj: () => (/* binding */ nextPage),
/* harmony export */   yv: () => (/* binding */ originOf),
/* harmony export */   zN: () => (/* binding */ CrossOriginError)
/* harmony export */ });
/* unused harmony exports isSameOrigin, isLoopbackHostname, mayCarryCredential, nextLink */
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
/******/ var __webpack_exports__ = __nccwpck_require__(6919);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
