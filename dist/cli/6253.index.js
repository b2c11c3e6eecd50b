export const id = 6253;
export const ids = [6253];
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

/***/ 34723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT_HELP: () => (/* binding */ REPORT_HELP),
  parseReportArgs: () => (/* binding */ parseReportArgs),
  reportCommand: () => (/* binding */ reportCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __webpack_require__(14630);
;// CONCATENATED MODULE: ./lib/report/charts.js
/** At most this many buckets per chart (the latest ones): wider charts stop being readable. */
const MAX_BUCKETS = 26;
const round = (v, digits) => Number(v.toFixed(digits));
/** A y-axis top a little above the data, on a round number. */
function niceMax(values) {
    const m = Math.max(0, ...values);
    if (m === 0)
        return 1;
    const p = 10 ** Math.floor(Math.log10(m));
    for (const k of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10])
        if (m <= k * p)
            return round(k * p, 6);
    return round(10 * p, 6);
}
function reportCharts(data) {
    const b = data.series.slice(-MAX_BUCKETS);
    const unit = data.bucket === 'day' ? 'day' : 'week';
    const x = b.map((s) => s.start);
    const charts = [];
    const withRate = b.filter((s) => s.successRate !== null);
    if (withRate.length > 0)
        charts.push({
            id: 'success-rate',
            title: `Success rate by ${unit} (%)`,
            yLabel: '%',
            yMin: 0,
            yMax: 100,
            x: withRate.map((s) => s.start),
            series: [
                {
                    kind: 'line',
                    name: 'success rate',
                    values: withRate.map((s) => round(s.successRate * 100, 1))
                }
            ]
        });
    const p50 = b.map((s) => round((s.durationP50Ms ?? 0) / 60_000, 1));
    const p95 = b.map((s) => round((s.durationP95Ms ?? 0) / 60_000, 1));
    charts.push({
        id: 'duration',
        title: `Run duration by ${unit}, p50 (bars) and p95 (line), minutes`,
        yLabel: 'minutes',
        yMin: 0,
        yMax: niceMax([...p50, ...p95]),
        x,
        series: [
            { kind: 'bar', name: 'p50', values: p50 },
            { kind: 'line', name: 'p95', values: p95 }
        ]
    });
    const queue = b.map((s) => round((s.queueP95Ms ?? 0) / 1000, 1));
    charts.push({
        id: 'queue',
        title: `Queue time p95 by ${unit}, seconds`,
        yLabel: 'seconds',
        yMin: 0,
        yMax: niceMax(queue),
        x,
        series: [{ kind: 'bar', name: 'queue p95', values: queue }]
    });
    if (data.dora.deployments > 0) {
        const deploys = b.map((s) => s.deployments);
        charts.push({
            id: 'deployments',
            title: `Successful production deployments by ${unit}`,
            yLabel: 'deployments',
            yMin: 0,
            yMax: niceMax(deploys),
            x,
            series: [{ kind: 'bar', name: 'deployments', values: deploys }]
        });
    }
    const flaky = b.filter((s) => s.flakiness !== null);
    if (flaky.length > 0) {
        const values = flaky.map((s) => round(s.flakiness * 100, 2));
        charts.push({
            id: 'flakiness',
            title: `Flakiness index by ${unit} (mean, %)`,
            yLabel: '%',
            yMin: 0,
            yMax: niceMax(values),
            x: flaky.map((s) => s.start),
            series: [{ kind: 'line', name: 'flakiness', values }]
        });
    }
    const denied = data.denials.filter((d) => d.deny > 0).slice(0, 12);
    if (denied.length > 0)
        charts.push({
            id: 'denials',
            title: 'Gate denials by policy id',
            yLabel: 'denials',
            yMin: 0,
            yMax: niceMax(denied.map((d) => d.deny)),
            x: denied.map((d) => d.id),
            series: [{ kind: 'bar', name: 'denials', values: denied.map((d) => d.deny) }]
        });
    return charts;
}

;// CONCATENATED MODULE: ./lib/report/format.js
/** Figures as people read them, shared by the Markdown and HTML pages. */
function duration(ms) {
    if (ms === null || !Number.isFinite(ms))
        return '\u2013';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const s = Math.round(ms / 1000);
    if (s < 60)
        return `${s} s`;
    const m = Math.floor(s / 60);
    if (m < 60)
        return `${m}m ${String(s % 60).padStart(2, '0')}s`;
    const h = Math.floor(m / 60);
    if (h < 48)
        return `${h}h ${String(m % 60).padStart(2, '0')}m`;
    return `${Math.floor(h / 24)}d ${h % 24}h`;
}
function percent(ratio, digits = 1) {
    return ratio === null || !Number.isFinite(ratio) ? '\u2013' : `${(ratio * 100).toFixed(digits)}%`;
}
function count(n) {
    return n.toLocaleString('en-US');
}
function rate(n) {
    return n >= 10 ? n.toFixed(0) : n >= 1 ? n.toFixed(1) : n.toFixed(2);
}

;// CONCATENATED MODULE: ./lib/report/svg-chart.js
function escapeXml(s) {
    return (s
        // eslint-disable-next-line no-control-regex -- control characters are what is removed
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;'));
}
const W = 760;
const H = 280;
const M = { top: 16, right: 16, bottom: 64, left: 56 };
const COLORS = ['#4c78a8', '#e45756', '#54a24b', '#f58518'];
const fmt = (v) => String(Number(v.toFixed(2)));
function svgChart(c) {
    const plotW = W - M.left - M.right;
    const plotH = H - M.top - M.bottom;
    const n = c.x.length;
    const span = c.yMax - c.yMin || 1;
    const y = (v) => M.top + plotH - ((Math.min(Math.max(v, c.yMin), c.yMax) - c.yMin) / span) * plotH;
    const step = plotW / Math.max(1, n);
    const cx = (i) => M.left + step * (i + 0.5);
    const parts = [
        `<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-${escapeXml(c.id)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeXml(c.title)}">`,
        `<title>${escapeXml(c.title)}</title>`
    ];
    for (let k = 0; k <= 4; k++) {
        const v = c.yMin + (span * k) / 4;
        const yy = y(v).toFixed(1);
        parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${yy}" y2="${yy}" stroke="#e3e3e3"/>`, `<text x="${M.left - 6}" y="${yy}" dy="4" text-anchor="end" font-size="11" fill="#555">${fmt(v)}</text>`);
    }
    parts.push(`<text x="14" y="${M.top + plotH / 2}" font-size="11" fill="#555" transform="rotate(-90 14 ${M.top + plotH / 2})" text-anchor="middle">${escapeXml(c.yLabel)}</text>`);
    const bars = c.series.filter((s) => s.kind === 'bar');
    const barW = (step * 0.7) / Math.max(1, bars.length);
    c.series.forEach((s, si) => {
        const color = COLORS[si % COLORS.length];
        if (s.kind === 'bar') {
            const bi = bars.indexOf(s);
            parts.push(`<g class="series bar" fill="${color}">`);
            s.values.forEach((v, i) => {
                const x0 = cx(i) - (step * 0.7) / 2 + bi * barW;
                const top = y(v);
                parts.push(`<rect x="${x0.toFixed(1)}" y="${top.toFixed(1)}" width="${barW.toFixed(1)}" height="${(M.top + plotH - top).toFixed(1)}"><title>${escapeXml(`${c.x[i]}: ${fmt(v)}`)}</title></rect>`);
            });
            parts.push('</g>');
        }
        else {
            const pts = s.values.map((v, i) => `${cx(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
            parts.push(`<g class="series line"><polyline fill="none" stroke="${color}" stroke-width="2.5" points="${pts}"/>`, ...s.values.map((v, i) => `<circle cx="${cx(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${color}"><title>${escapeXml(`${c.x[i]}: ${fmt(v)}`)}</title></circle>`), '</g>');
        }
    });
    parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${M.top + plotH}" y2="${M.top + plotH}" stroke="#888"/>`);
    // Few categories: level labels, cut to the width of their slot; many: every k-th, slanted.
    const level = n <= 6;
    const every = level ? 1 : Math.max(1, Math.ceil(n / 13));
    const room = level ? Math.max(4, Math.floor(step / 6.2)) : 24;
    c.x.forEach((label, i) => {
        if (i % every !== 0)
            return;
        const lx = cx(i).toFixed(1);
        const ly = M.top + plotH + 14;
        const text = label.length > room ? `${label.slice(0, room - 1)}\u2026` : label;
        parts.push(level
            ? `<text x="${lx}" y="${ly + 2}" font-size="10" fill="#555" text-anchor="middle">${escapeXml(text)}</text>`
            : `<text x="${lx}" y="${ly}" font-size="10" fill="#555" text-anchor="end" transform="rotate(-30 ${lx} ${ly})">${escapeXml(text)}</text>`);
    });
    if (c.series.length > 1) {
        c.series.forEach((s, si) => {
            const lx = W - M.right - 90 * (c.series.length - si);
            parts.push(`<rect x="${lx}" y="2" width="10" height="10" fill="${COLORS[si % COLORS.length]}"/>`, `<text x="${lx + 14}" y="11" font-size="11" fill="#333">${escapeXml(s.name)}</text>`);
        });
    }
    parts.push('</svg>');
    return parts.join('');
}

;// CONCATENATED MODULE: ./lib/report/html.js
/**
 * The report as one self-contained HTML page: inline CSS and SVG charts, no script, and a
 * Content-Security-Policy that lets nothing load (the page opens offline, from an artifact).
 */



const CSS = `body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px auto;max-width:980px;color:#1f2328;padding:0 16px}
h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
table{border-collapse:collapse;margin:8px 0 12px}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left}
th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}
.tiles{display:flex;flex-wrap:wrap;gap:12px}.tile{border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;min-width:150px}
.tile b{display:block;font-size:20px}.warn{background:#fff8c5;border:1px solid #d4a72c;padding:8px 12px;border-radius:6px}
figure{margin:12px 0}figcaption{font-weight:600;margin-bottom:4px}svg.chart{max-width:100%;height:auto}`;
function table(head, rows, numeric = []) {
    return `<table><thead><tr>${head.map((h) => `<th>${escapeXml(h)}</th>`).join('')}</tr></thead><tbody>${rows
        .map((r) => `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="n"' : ''}>${escapeXml(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
}
const tile = (label, value) => `<div class="tile">${escapeXml(label)}<b>${escapeXml(value)}</b></div>`;
function htmlReport(data, stats) {
    const charts = new Map(reportCharts(data).map((c) => [c.id, c]));
    const fig = (id) => {
        const c = charts.get(id);
        return c ? `<figure><figcaption>${escapeXml(c.title)}</figcaption>${svgChart(c)}</figure>` : '';
    };
    const h = data.health;
    const d = data.dora;
    const body = [
        `<h1>ci-intel report</h1>`,
        `<p>${escapeXml(data.window.from.slice(0, 10))} \u2192 ${escapeXml(data.window.to.slice(0, 10))} (${data.window.days} day${data.window.days === 1 ? '' : 's'}): ${count(stats.records)} records from ${stats.files.length} file${stats.files.length === 1 ? '' : 's'} (${escapeXml(Object.entries(stats.byVersion)
            .map(([v, n]) => `${count(n)} ${v}`)
            .join(', '))}).</p>`
    ];
    if (stats.invalid > 0)
        body.push(`<div class="warn">${count(stats.invalid)} line${stats.invalid === 1 ? '' : 's'} not a valid record, left out of every figure${stats.duplicates ? ` (${count(stats.duplicates)} repeated run_id)` : ''}.</div>`, table(['file', 'line', 'problem'], stats.samples.map((s) => [s.file, String(s.line), s.problem]), [1]));
    body.push(`<h2>Run health</h2><div class="tiles">${[
        tile('runs', count(h.runs)),
        tile('success rate', percent(h.successRate)),
        tile('duration p50 / p95', `${duration(h.durationMs.p50)} / ${duration(h.durationMs.p95)}`),
        tile('queue p50 / p95', h.queueMs.n ? `${duration(h.queueMs.p50)} / ${duration(h.queueMs.p95)}` : '\u2013')
    ].join('')}</div>`, fig('success-rate'), fig('duration'), fig('queue'), table(['repository', 'runs', 'success rate', 'duration p50', 'duration p95', 'queue p95'], data.byRepo.map((r) => [
        r.repo,
        count(r.runs),
        percent(r.successRate),
        duration(r.durationMs.p50),
        duration(r.durationMs.p95),
        duration(r.queueMs.p95)
    ]), [1, 2, 3, 4, 5]), `<h2>DORA</h2>`);
    if (d.deployments === 0)
        body.push('<p>No production deployment in these records (environment prod with a deployment_id).</p>');
    else
        body.push(`<div class="tiles">${[
            tile('deployment frequency', `${rate(d.perDay)} / day`),
            tile('lead time p50', duration(d.leadTimeMs.p50)),
            tile('change failure rate', percent(d.changeFailureRate)),
            tile('time to restore p50', duration(d.timeToRestoreMs.p50))
        ].join('')}</div>`, `<p>${count(d.successfulDeployments)} successful of ${count(d.deployments)} production deployments; ${count(d.failedDeployments)} failed or rolled back${d.unrestored ? `, ${count(d.unrestored)} not restored yet` : ''}. Lead time runs from the first pipeline run of the commit to the end of its production deployment.</p>`, fig('deployments'));
    if (data.mttr.length)
        body.push('<p>MTTR by environment (failed run \u2192 next successful run of the same repository, environment and branch):</p>', table(['environment', 'failed runs', 'restored', 'median time to restore'], data.mttr.map((m) => [
            m.environment,
            count(m.failures),
            count(m.restored),
            duration(m.medianMs)
        ]), [1, 2, 3]));
    body.push('<h2>Gate denials by policy id</h2>');
    body.push(data.denials.length
        ? table(['policy', 'deny', 'warn', 'evaluated'], data.denials.map((p) => [p.id, count(p.deny), count(p.warn), count(p.evaluated)]), [1, 2, 3]) + fig('denials')
        : '<p>No record carries policies[].</p>');
    body.push('<h2>Cache quarantines</h2>');
    body.push(data.quarantines.total
        ? table(['reason', 'quarantines'], data.quarantines.byReason.map((q) => [q.reason, count(q.count)]), [1])
        : '<p>No cache entry was quarantined.</p>');
    body.push('<h2>Flakiness over time</h2>');
    body.push(data.flakiness.records
        ? `<p>Mean flakiness index ${percent(data.flakiness.mean, 2)} over ${count(data.flakiness.records)} records; last 30 days ${percent(data.flakiness.last30Days, 2)}.</p>` +
            fig('flakiness')
        : '<p>No record carries flakiness_index.</p>');
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ci-intel report</title><style>${CSS}</style></head>
<body>${body.join('\n')}</body></html>
`;
}

// EXTERNAL MODULE: ./lib/telemetry/record-json.js
var record_json = __webpack_require__(15373);
// EXTERNAL MODULE: ./lib/telemetry/record-schema.js + 1 modules
var record_schema = __webpack_require__(62716);
;// CONCATENATED MODULE: ./lib/report/sqlite.js
class ReportError extends Error {
    help;
    name = 'ReportError';
    constructor(message, help) {
        super(message);
        this.help = help;
    }
}
const MIN_NODE = '22.13.0';
function atLeast(version, min) {
    const a = version.replace(/^v/, '').split('.').map(Number);
    const b = min.split('.').map(Number);
    for (let i = 0; i < 3; i++) {
        if ((a[i] ?? 0) !== (b[i] ?? 0))
            return (a[i] ?? 0) > (b[i] ?? 0);
    }
    return true;
}
/** A fresh in-memory database, or a ReportError naming the Node version to use. */
async function openDatabase(nodeVersion = process.version) {
    if (!atLeast(nodeVersion, MIN_NODE)) {
        throw new ReportError(`this command needs Node ${MIN_NODE} or newer (its engine is the built-in node:sqlite); this is Node ${nodeVersion}`, 'Run it with Node 24, the version the Actions runners use (in a workflow: actions/setup-node with node-version 24).');
    }
    const { DatabaseSync: Database } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 80099, 19));
    return new Database(':memory:');
}

;// CONCATENATED MODULE: ./lib/report/ndjson-lines.js
/**
 * NDJSON input for the report: the files a command line names (a folder stands for every
 * `*.ndjson` / `*.jsonl` file under it), read through the shared reader in chunks and split into
 * lines without holding a whole file as one string.
 */




/** The largest NDJSON file read (a 100k-record month is ~130 MB). */
const MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024 - 1;
/** The longest line: a pipeline_run record is a few KB; a 1 MiB line is not one. */
const MAX_LINE_BYTES = 1024 * 1024;
const NDJSON = /\.(ndjson|jsonl)$/i;
/** The files to read, in a stable order; a folder with none, or a path that is absent, is an error. */
function inputFiles(paths, cwd) {
    if (paths.length === 0)
        throw new ReportError('ci-intel report: name the NDJSON files or folders to read', 'e.g. `ci-intel report telemetry/` or `ci-intel report runs-2026-11.ndjson`');
    const out = [];
    for (const p of paths) {
        const abs = (0,external_node_path_.resolve)(cwd, p);
        const st = (0,external_node_fs_.statSync)(abs, { throwIfNoEntry: false });
        if (!st)
            throw new ReportError(`ci-intel report: ${p} does not exist`);
        if (st.isDirectory()) {
            const found = (0,external_node_fs_.readdirSync)(abs, { recursive: true, encoding: 'utf8' })
                .filter((f) => NDJSON.test(f))
                .map((f) => (0,external_node_path_.join)(abs, f))
                .filter((f) => (0,external_node_fs_.statSync)(f, { throwIfNoEntry: false })?.isFile())
                .sort();
            if (found.length === 0)
                throw new ReportError(`ci-intel report: the folder ${p} holds no *.ndjson or *.jsonl file`, 'Name the files, or the folder the pipeline-run records were downloaded to.');
            out.push(...found);
        }
        else
            out.push(abs); // read-file refuses FIFOs, devices and the like with a clear message
    }
    return [...new Set(out)];
}
const decoder = new TextDecoder('utf-8', { fatal: true });
/**
 * Call `onLine` for every line of `file` (1-based numbers). A line that is not UTF-8 or longer
 * than MAX_LINE_BYTES comes with `text` undefined and the problem. Returns the line count.
 */
function forEachLine(file, onLine) {
    let line = 0;
    let pending = [];
    let pendingBytes = 0;
    let tooLong = false;
    const finish = (bytes) => {
        line++;
        if (tooLong) {
            onLine(undefined, line, `the line is longer than ${MAX_LINE_BYTES} bytes`);
            return;
        }
        let text;
        try {
            text = decoder.decode(bytes);
        }
        catch {
            onLine(undefined, line, 'the line is not UTF-8 text');
            return;
        }
        onLine(text, line);
    };
    (0,read_file/* readRegularFileChunks */.xf)(file, { maxBytes: MAX_FILE_BYTES, what: 'NDJSON input' }, (chunk) => {
        let start = 0;
        for (;;) {
            const nl = chunk.indexOf(0x0a, start);
            const end = nl < 0 ? chunk.length : nl;
            if (!tooLong) {
                if (pendingBytes + end - start > MAX_LINE_BYTES) {
                    tooLong = true;
                    pending = [];
                    pendingBytes = 0;
                }
                else if (nl >= 0 && pending.length === 0) {
                    // The common case: a whole line inside one chunk, decoded without a copy.
                    finish(chunk.subarray(start, end));
                    start = nl + 1;
                    continue;
                }
                else {
                    pending.push(Buffer.from(chunk.subarray(start, end)));
                    pendingBytes += end - start;
                }
            }
            if (nl < 0)
                break;
            finish(Buffer.concat(pending, pendingBytes));
            pending = [];
            pendingBytes = 0;
            tooLong = false;
            start = nl + 1;
        }
    });
    if (pendingBytes > 0 || tooLong)
        finish(Buffer.concat(pending, pendingBytes));
    return line;
}

;// CONCATENATED MODULE: ./lib/report/tables.js
const TABLES_SQL = `
CREATE TEMP TABLE runs (
  run_id TEXT NOT NULL, schema TEXT NOT NULL, repo TEXT NOT NULL, commit_sha TEXT NOT NULL,
  branch TEXT NOT NULL, status TEXT NOT NULL, environment TEXT NOT NULL, deployment_id TEXT,
  rollback_reason TEXT, canary_decision TEXT, flakiness_index REAL, queue_ms INTEGER,
  started_ms INTEGER NOT NULL, ended_ms INTEGER NOT NULL
);
CREATE TEMP TABLE policy_results (repo TEXT NOT NULL, id TEXT NOT NULL, result TEXT NOT NULL, reason TEXT);
`;
class RunWriter {
    run;
    policy;
    constructor(db) {
        db.exec(TABLES_SQL);
        this.run = db.prepare('INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
        this.policy = db.prepare('INSERT INTO policy_results VALUES (?, ?, ?, ?)');
    }
    /** `schema` is the version the record was written in; `r` its v1.2 form. */
    add(schema, r) {
        this.run.run(r.run_id, schema, r.repo, r.commit_sha, r.branch, r.status, r.environment ?? '(none)', r.deployment_id ?? null, r.rollback_reason ?? null, r.canary?.decision ?? null, r.flakiness_index ?? null, r.queue_ms ?? null, Date.parse(r.started_at), Date.parse(r.ended_at));
        for (const p of r.policies ?? [])
            this.policy.run(r.repo, p.id, p.result, p.reason ?? null);
    }
}

;// CONCATENATED MODULE: ./lib/telemetry/migrate.js
/**
 * Moving pipeline_run records between schema versions, losslessly or not at all.
 *
 * v1.1 \u2192 v1.2 (`upgradeRecord`): `schema` becomes `pipeline_run.v1.2` and
 * `tests.resilience.flakiness_index` moves to the top-level `flakiness_index`; every other field
 * is copied unchanged. Nothing is invented: the fields v1.2 added (`policies`,
 * `release_evidence_uri`, `signature_uri`, `canary`) stay absent (a backfill that fills them in
 * for historical runs is a separate, declared step, not a migration).
 *
 * v1.2 \u2192 v1.1 (`downgradeRecord`): the reverse move, refused (with the fields that cannot be
 * expressed) when the record carries anything v1.1 has no place for. So
 * `downgrade(upgrade(r))` is `r` for every valid v1.1 record, and `upgrade(downgrade(r))` is `r`
 * for every v1.2 record the downgrade accepts.
 */

/** The fields v1.2 added that a v1.1 record has no place for. */
const V1_2_ONLY_FIELDS = (/* unused pure expression or super */ null && (['policies', 'release_evidence_uri', 'signature_uri', 'canary']));
function refuseInvalid(record, version) {
    const problems = (0,record_schema/* pipelineRunProblems */.Oe)(record, version);
    if (problems.length === 0)
        return undefined;
    return {
        ok: false,
        reason: `the record is not a valid ${version} record (${problems.slice(0, 3).join('; ')}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}); only valid records are migrated`
    };
}
/** Rebuild `record` with `schema` set and keys in their original order. */
function withSchema(record, schema) {
    const out = {};
    for (const [k, v] of Object.entries(record))
        out[k] = k === 'schema' ? schema : v;
    return out;
}
/** A pipeline_run.v1.1 record as the equivalent v1.2 record (the input is not modified). */
function upgradeRecord(record) {
    const invalid = refuseInvalid(record, 'pipeline_run.v1.1');
    if (invalid)
        return invalid;
    const src = structuredClone(record);
    const out = withSchema(src, 'pipeline_run.v1.2');
    const tests = out.tests;
    const resilience = tests.resilience;
    if ('flakiness_index' in resilience) {
        const { flakiness_index: flake, ...rest } = resilience;
        tests.resilience = rest;
        out.flakiness_index = flake;
    }
    const after = (0,record_schema/* pipelineRunProblems */.Oe)(out, 'pipeline_run.v1.2');
    if (after.length) {
        // Cannot happen while the two schemas differ only as documented; refuse rather than emit.
        return { ok: false, reason: `the upgraded record is not valid v1.2: ${after.join('; ')}` };
    }
    return { ok: true, record: out };
}
/**
 * A pipeline_run.v1.2 record as the equivalent v1.1 record, or a refusal naming the fields
 * v1.1 cannot carry (the input is not modified).
 */
function downgradeRecord(record) {
    const invalid = refuseInvalid(record, 'pipeline_run.v1.2');
    if (invalid)
        return invalid;
    const src = structuredClone(record);
    const lost = V1_2_ONLY_FIELDS.filter((f) => f in src);
    if (lost.length) {
        return {
            ok: false,
            fields: lost,
            reason: `pipeline_run.v1.1 has no place for ${lost.map((f) => `'${f}'`).join(', ')}: downgrading would lose ${lost.length === 1 ? 'it' : 'them'}; keep the record as v1.2 (readers of v1.1 can use the compatibility view)`
        };
    }
    const out = withSchema(src, 'pipeline_run.v1.1');
    if ('flakiness_index' in out) {
        const { flakiness_index: flake } = out;
        delete out.flakiness_index;
        const tests = out.tests;
        tests.resilience = { ...tests.resilience, flakiness_index: flake };
    }
    const after = pipelineRunProblems(out, 'pipeline_run.v1.1');
    if (after.length) {
        return { ok: false, reason: `the downgraded record is not valid v1.1: ${after.join('; ')}` };
    }
    return { ok: true, record: out };
}
/** Migrate `record` (which names its version) to `to`; same-version is the identity. */
function migrateRecord(record, to) {
    const from = record !== null && typeof record === 'object' && !Array.isArray(record)
        ? record.schema
        : undefined;
    if (from === to) {
        const invalid = refuseInvalid(record, to);
        return invalid ?? { ok: true, record: structuredClone(record) };
    }
    if (from === 'pipeline_run.v1.1' && to === 'pipeline_run.v1.2')
        return upgradeRecord(record);
    if (from === 'pipeline_run.v1.2' && to === 'pipeline_run.v1.1')
        return downgradeRecord(record);
    return {
        ok: false,
        reason: `the record names schema ${JSON.stringify(from)}; the migrations are pipeline_run.v1.1 \u2194 pipeline_run.v1.2`
    };
}

;// CONCATENATED MODULE: ./lib/report/v1_1.js
/**
 * The one place the report reads a pipeline_run.v1.1 record: through the schema owner's lossless
 * migration (src/telemetry/migrate.ts), which validates the record against
 * schema/pipeline_run.v1.1.json and its v1.2 form against v1.2. The warehouse view
 * (sql/*\/pipeline_runs_all.sql) applies the same difference in SQL (flakiness_index moves from
 * tests.resilience to the top level); the tests check that both give the same row.
 */

const V1_1 = 'pipeline_run.v1.1';
/** The v1.2 form of a v1.1 record, or why it cannot be read. */
function readV11(record) {
    const m = upgradeRecord(record);
    return m.ok ? { record: m.record } : { problem: m.reason };
}
/** The v1.2 form of a valid v1.1 record (throws on an invalid one). */
function upgradeV11(record) {
    const r = readV11(record);
    if ('problem' in r)
        throw new Error(r.problem);
    return r.record;
}

;// CONCATENATED MODULE: ./lib/report/load.js






const MAX_SAMPLES = 20;
/**
 * RFC 3339 as SQLite's date functions read it (after upper()): the schema's `date-time` format
 * also admits a leap second (":60") and an offset without a colon ("+0530"), which would come out
 * of SQLite as NULL and silently drop the run from every time-based figure; such a line is counted
 * as invalid instead.
 */
const READABLE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:[0-5]\d(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
function timeProblem(record) {
    for (const k of ['started_at', 'ended_at']) {
        if (!READABLE_TIME.test(record[k]))
            return `${k} ${JSON.stringify(record[k]).slice(0, 60)} is a date-time the report cannot place (a leap second, or an offset without a colon); write it as YYYY-MM-DDTHH:MM:SS[.fff]Z or \u00b1HH:MM`;
    }
    if (Date.parse(record.ended_at) < Date.parse(record.started_at))
        return `ended_at ${record.ended_at} is before started_at ${record.started_at}`;
    return undefined;
}
function shorten(problems) {
    const all = problems.join('; ');
    return all.length > 300 ? `${all.slice(0, 300)}\u2026` : all;
}
function loadRecords(db, paths, options) {
    const files = inputFiles(paths, options.cwd);
    const writer = new RunWriter(db);
    const stats = {
        files,
        lines: 0,
        records: 0,
        byVersion: {},
        invalid: 0,
        duplicates: 0,
        samples: []
    };
    const seen = new Set();
    const reject = (file, line, problem) => {
        stats.invalid++;
        if (stats.samples.length < MAX_SAMPLES)
            stats.samples.push({ file, line, problem });
        if (options.strict)
            throw new ReportError(`${file}:${line}: ${problem}`, 'Fix or remove the line; without --strict invalid lines are counted, listed and left out.');
    };
    db.exec('BEGIN');
    try {
        for (const file of files) {
            forEachLine(file, (text, line, problem) => {
                if (text === undefined) {
                    stats.lines++;
                    reject(file, line, problem);
                    return;
                }
                if (text.trim() === '')
                    return;
                stats.lines++;
                let record;
                try {
                    record = (0,record_json/* parseRecordLine */.p)(text, `line ${line}`);
                }
                catch (err) {
                    reject(file, line, err.message);
                    return;
                }
                const named = record !== null && typeof record === 'object' && !Array.isArray(record)
                    ? record.schema
                    : undefined;
                const version = named === V1_1 ? V1_1 : 'pipeline_run.v1.2';
                let current = record;
                if (version === V1_1) {
                    const read = readV11(record);
                    if ('problem' in read) {
                        reject(file, line, read.problem);
                        return;
                    }
                    current = read.record;
                }
                else {
                    const problems = (0,record_schema/* pipelineRunProblems */.Oe)(record);
                    if (problems.length > 0) {
                        reject(file, line, `not a valid ${String(named ?? 'pipeline_run')} record: ${shorten(problems)}`);
                        return;
                    }
                }
                const times = timeProblem(current);
                if (times) {
                    reject(file, line, times);
                    return;
                }
                const runId = current.run_id;
                if (seen.has(runId)) {
                    stats.duplicates++;
                    reject(file, line, `run_id ${runId} was already read (a record appears twice)`);
                    return;
                }
                seen.add(runId);
                writer.add(version, current);
                stats.records++;
                stats.byVersion[version] = (stats.byVersion[version] ?? 0) + 1;
            });
        }
        db.exec('COMMIT');
    }
    catch (err) {
        db.exec('ROLLBACK');
        throw err;
    }
    if (stats.records === 0)
        throw new ReportError(`ci-intel report: no valid pipeline_run record in ${files.length} file${files.length === 1 ? '' : 's'} (${stats.lines} lines, ${stats.invalid} invalid)`, stats.samples.length
            ? `First problem: ${stats.samples[0].file}:${stats.samples[0].line}: ${stats.samples[0].problem}`
            : 'The files are empty: nothing to report on is not a report.');
    return stats;
}

;// CONCATENATED MODULE: ./lib/report/mermaid.js
/** A double-quoted Mermaid string: no quotes, backticks, newlines or control characters. */
function mermaidText(s) {
    const clean = s
        // eslint-disable-next-line no-control-regex -- control characters are what is removed
        .replace(/[\u0000-\u001f\u007f"`\\]/g, ' ')
        .replace(/[<>]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 80);
    return `"${clean || '-'}"`;
}
function number(v) {
    if (!Number.isFinite(v))
        throw new Error(`a chart value is not finite: ${v}`);
    return String(Number(v.toFixed(6)));
}
function mermaidChart(c) {
    if (c.x.length === 0)
        throw new Error(`chart ${c.id} has no categories`);
    const lines = [
        '```mermaid',
        'xychart-beta',
        `    title ${mermaidText(c.title)}`,
        `    x-axis [${c.x.map(mermaidText).join(', ')}]`,
        `    y-axis ${mermaidText(c.yLabel)} ${number(c.yMin)} --> ${number(c.yMax)}`
    ];
    for (const s of c.series) {
        if (s.values.length !== c.x.length)
            throw new Error(`chart ${c.id}: series ${s.name} has ${s.values.length} values for ${c.x.length} categories`);
        lines.push(`    ${s.kind} [${s.values.map(number).join(', ')}]`);
    }
    lines.push('```');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./lib/report/markdown.js



/** Text for a Markdown table cell: no HTML, no pipes, no line breaks, no emphasis markers. */
function cell(s) {
    return (s
        // eslint-disable-next-line no-control-regex -- control characters are what is removed
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|#~])/g, '\\$1')
        .slice(0, 200));
}
function markdown_table(head, rows) {
    return [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.join(' | ')} |`)
    ].join('\n');
}
/** The bold status figures a page opens with. */
function headline(data) {
    const h = data.health;
    return `**${count(h.runs)} runs**, success rate **${percent(h.successRate)}**, duration p50 **${duration(h.durationMs.p50)}** / p95 **${duration(h.durationMs.p95)}**`;
}
function inputSection(stats) {
    const versions = Object.entries(stats.byVersion)
        .map(([v, n]) => `${count(n)} ${v}`)
        .join(', ');
    const lines = [
        `Read ${count(stats.lines)} lines from ${stats.files.length} file${stats.files.length === 1 ? '' : 's'}: ${count(stats.records)} records (${versions}).`
    ];
    if (stats.invalid > 0) {
        lines.push('', `> [!WARNING]`, `> ${count(stats.invalid)} line${stats.invalid === 1 ? ' was' : 's were'} not a valid record and ${stats.invalid === 1 ? 'is' : 'are'} left out of every figure${stats.duplicates ? ` (${count(stats.duplicates)} repeated run_id)` : ''}. ${stats.samples.length < stats.invalid ? `The first ${stats.samples.length}:` : ''}`, '', markdown_table(['file', 'line', 'problem'], stats.samples.map((s) => [cell(s.file), String(s.line), cell(s.problem)])));
    }
    return lines.join('\n');
}
function chart(charts, id) {
    const c = charts.find((x) => x.id === id);
    return c ? `\n${mermaidChart(c)}\n` : '';
}
function markdownReport(data, stats) {
    const charts = reportCharts(data);
    const h = data.health;
    const d = data.dora;
    const unit = data.bucket === 'day' ? 'day' : 'week';
    const out = [
        '## ci-intel report',
        '',
        `${data.window.from.slice(0, 10)} \u2192 ${data.window.to.slice(0, 10)} (${data.window.days} day${data.window.days === 1 ? '' : 's'}). ${headline(data)}.`,
        '',
        inputSection(stats),
        '',
        '### Run health',
        '',
        markdown_table([
            'runs',
            'success',
            'failed',
            'canceled',
            'skipped',
            'success rate',
            'duration p50',
            'duration p95',
            'queue p50',
            'queue p95'
        ], [
            [
                count(h.runs),
                count(h.byStatus.success),
                count(h.byStatus.failed),
                count(h.byStatus.canceled),
                count(h.byStatus.skipped),
                percent(h.successRate),
                duration(h.durationMs.p50),
                duration(h.durationMs.p95),
                h.queueMs.n ? duration(h.queueMs.p50) : '\u2013 (no queue_ms)',
                h.queueMs.n ? duration(h.queueMs.p95) : '\u2013'
            ]
        ]),
        chart(charts, 'success-rate'),
        chart(charts, 'duration'),
        chart(charts, 'queue'),
        `By repository (${data.byRepo.length > 20 ? 'the 20 with most runs' : 'all'}):`,
        '',
        markdown_table(['repository', 'runs', 'success rate', 'duration p50', 'duration p95', 'queue p95'], data.byRepo
            .slice(0, 20)
            .map((r) => [
            cell(r.repo),
            count(r.runs),
            percent(r.successRate),
            duration(r.durationMs.p50),
            duration(r.durationMs.p95),
            duration(r.queueMs.p95)
        ])),
        '',
        '### DORA',
        ''
    ];
    if (d.deployments === 0) {
        out.push('No production deployment in these records (`environment: prod` with a `deployment_id`): the DORA figures need them.');
    }
    else {
        out.push(markdown_table([
            'deployment frequency',
            'lead time p50 / p95',
            'change failure rate',
            'time to restore p50 / p95'
        ], [
            [
                `${rate(d.perDay)} / day (${count(d.successfulDeployments)} successful of ${count(d.deployments)})`,
                `${duration(d.leadTimeMs.p50)} / ${duration(d.leadTimeMs.p95)}`,
                `${percent(d.changeFailureRate)} (${count(d.failedDeployments)} failed or rolled back)`,
                `${duration(d.timeToRestoreMs.p50)} / ${duration(d.timeToRestoreMs.p95)}${d.unrestored ? ` (${count(d.unrestored)} not restored yet)` : ''}`
            ]
        ]), '', 'Lead time runs from the first pipeline run of the commit (the record has no commit time) to the end of its production deployment.', chart(charts, 'deployments'));
    }
    if (data.mttr.length > 0) {
        out.push('MTTR by environment (a failed run to the next successful run of the same repository, environment and branch):', '', markdown_table(['environment', 'failed runs', 'restored', 'median time to restore'], data.mttr.map((m) => [
            cell(m.environment),
            count(m.failures),
            count(m.restored),
            duration(m.medianMs)
        ])), '');
    }
    out.push('### Gate denials by policy id', '');
    if (data.denials.length === 0)
        out.push('No record carries `policies[]`.', '');
    else
        out.push(markdown_table(['policy', 'deny', 'warn', 'evaluated', 'deny rate'], data.denials
            .slice(0, 30)
            .map((p) => [
            cell(p.id),
            count(p.deny),
            count(p.warn),
            count(p.evaluated),
            percent(p.deny / p.evaluated)
        ])), chart(charts, 'denials'));
    out.push('### Cache quarantines', '');
    if (data.quarantines.total === 0)
        out.push('No cache entry was quarantined (cache-sentinel).', '');
    else
        out.push(`${count(data.quarantines.total)} cache entr${data.quarantines.total === 1 ? 'y was' : 'ies were'} quarantined by cache-sentinel:`, '', markdown_table(['reason', 'quarantines'], data.quarantines.byReason.map((q) => [cell(q.reason), count(q.count)])), '');
    out.push('### Flakiness over time', '');
    if (data.flakiness.records === 0)
        out.push('No record carries `flakiness_index`.', '');
    else
        out.push(`Mean flakiness index ${percent(data.flakiness.mean, 2)} over ${count(data.flakiness.records)} records; last 30 days ${percent(data.flakiness.last30Days, 2)}.`, chart(charts, 'flakiness'));
    if (data.series.length > charts[0]?.x.length)
        out.push(`Charts show the last ${charts[0].x.length} ${unit}s of ${data.series.length}.`, '');
    return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

;// CONCATENATED MODULE: ./lib/report/metrics.js

const num = (v) => (typeof v === 'number' ? v : Number(v ?? 0));
const numOrNull = (v) => v === null || v === undefined ? null : Number(v);
/** Indexes on the working tables (tables.ts), and a check that every run has its times. */
function prepare(db) {
    db.exec(`
    CREATE INDEX temp.runs_key ON runs (repo, environment, branch, status, ended_ms);
    CREATE INDEX temp.runs_commit ON runs (repo, commit_sha, started_ms);
  `);
    const bad = db
        .prepare('SELECT count(*) AS n FROM runs WHERE started_ms IS NULL OR ended_ms IS NULL')
        .get();
    if (num(bad.n) > 0)
        throw new ReportError(`${num(bad.n)} records have a started_at/ended_at that could not be read, though the loader checked them`);
}
/** Nearest-rank p-th percentile of sorted values. */
function nearestRank(sorted, p) {
    if (sorted.length === 0)
        return null;
    return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}
/**
 * Nearest-rank p50/p95 of `value` per `grp` over the rows of `from` (a FROM \u2026 WHERE clause).
 * SQLite has no percentile function and its window-function sort is ~10\u00d7 slower than pulling
 * the column and sorting a Float64Array, so the engine selects and the sort happens here.
 */
function percentilesBy(db, grp, value, from) {
    const groups = new Map();
    const stmt = db.prepare(`SELECT ${grp} AS g, ${value} AS v ${from} AND ${value} IS NOT NULL`);
    stmt.setReturnArrays(true);
    for (const row of stmt.all()) {
        const [g, v] = row;
        const key = String(g);
        let list = groups.get(key);
        if (!list)
            groups.set(key, (list = []));
        list.push(Number(v));
    }
    const out = new Map();
    for (const [g, list] of groups) {
        const sorted = Float64Array.from(list).sort();
        out.set(g, { n: sorted.length, p50: nearestRank(sorted, 50), p95: nearestRank(sorted, 95) });
    }
    return out;
}
const NONE = { n: 0, p50: null, p95: null };
function healthRows(db, grp) {
    const counts = db
        .prepare(`SELECT ${grp} AS g, count(*) AS runs,
              sum(status = 'success') AS success, sum(status = 'failed') AS failed,
              sum(status = 'canceled') AS canceled, sum(status = 'skipped') AS skipped
       FROM runs GROUP BY g`)
        .all();
    const duration = percentilesBy(db, grp, '(ended_ms - started_ms)', 'FROM runs WHERE 1');
    const queue = percentilesBy(db, grp, 'queue_ms', 'FROM runs WHERE 1');
    const out = new Map();
    for (const r of counts) {
        const tried = num(r.success) + num(r.failed) + num(r.canceled);
        out.set(String(r.g), {
            runs: num(r.runs),
            byStatus: {
                success: num(r.success),
                failed: num(r.failed),
                canceled: num(r.canceled),
                skipped: num(r.skipped)
            },
            successRate: tried ? num(r.success) / tried : null,
            durationMs: duration.get(String(r.g)) ?? NONE,
            queueMs: queue.get(String(r.g)) ?? NONE
        });
    }
    return out;
}
const DAY = 86_400_000;
/** Production deployments, one per (repo, deployment_id): the outcome of its last attempt. */
const DEPLOYMENTS = `
  CREATE TEMP TABLE deployments AS
  SELECT repo, deployment_id, commit_sha, started_ms, ended_ms,
         (status = 'failed' OR rollback_reason IS NOT NULL OR canary_decision IS 'rollback') AS failed
  FROM (
    SELECT *, row_number() OVER (PARTITION BY repo, deployment_id ORDER BY ended_ms DESC, run_id) AS k
    FROM runs
    WHERE environment = 'prod' AND deployment_id IS NOT NULL AND status IN ('success', 'failed')
  ) WHERE k = 1;
  CREATE INDEX temp.deployments_key ON deployments (repo, failed, ended_ms)`;
function dora(db, days) {
    db.exec(DEPLOYMENTS);
    const c = db.prepare('SELECT count(*) AS n, sum(failed) AS failed FROM deployments').get();
    const deployments = num(c.n);
    const failed = num(c.failed);
    // Lead time: from the first pipeline run of the commit (any branch or environment) to the
    // end of its successful production deployment. The record has no commit time.
    const lead = percentilesBy(db, "'all'", '(d.ended_ms - (SELECT min(r.started_ms) FROM runs r WHERE r.repo = d.repo AND r.commit_sha = d.commit_sha))', 'FROM deployments d WHERE d.failed = 0');
    // Time to restore: a failed deployment (the first of a streak) to the end of the next
    // successful deployment of the same repository.
    db.exec(`
    CREATE TEMP TABLE restores AS
    SELECT f.repo, f.ended_ms AS failed_ms,
           (SELECT min(s.ended_ms) FROM deployments s
             WHERE s.repo = f.repo AND s.failed = 0 AND s.ended_ms > f.ended_ms) AS restored_ms
    FROM deployments f WHERE f.failed = 1`);
    const restore = percentilesBy(db, "'all'", '(restored_ms - failed_ms)', `FROM (SELECT repo, restored_ms, min(failed_ms) AS failed_ms FROM restores
           WHERE restored_ms IS NOT NULL GROUP BY repo, restored_ms) WHERE 1`);
    const unrestored = num(db.prepare('SELECT count(*) AS n FROM restores WHERE restored_ms IS NULL').get().n);
    return {
        deployments,
        successfulDeployments: deployments - failed,
        perDay: days > 0 ? (deployments - failed) / days : 0,
        leadTimeMs: lead.get('all') ?? NONE,
        failedDeployments: failed,
        changeFailureRate: deployments ? failed / deployments : null,
        timeToRestoreMs: restore.get('all') ?? NONE,
        unrestored
    };
}
/**
 * MTTR per environment (the plan's definition): from a failed run to the next successful run
 * of the same repository, environment and branch; a streak of failures counts once, from its
 * first failure.
 */
function mttr(db) {
    db.exec(`
    CREATE TEMP TABLE run_restores AS
    SELECT f.environment, f.ended_ms AS failed_ms,
           (SELECT min(s.ended_ms) FROM runs s
             WHERE s.repo = f.repo AND s.environment = f.environment AND s.branch = f.branch
               AND s.status = 'success' AND s.ended_ms > f.ended_ms) AS restored_ms,
           f.repo, f.branch
    FROM runs f WHERE f.status = 'failed'`);
    const streaks = `FROM (SELECT environment, restored_ms, min(failed_ms) AS failed_ms
                         FROM run_restores WHERE restored_ms IS NOT NULL
                         GROUP BY environment, repo, branch, restored_ms) WHERE 1`;
    const medians = percentilesBy(db, 'environment', '(restored_ms - failed_ms)', streaks);
    const rows = db
        .prepare(`SELECT environment, count(*) AS failures, sum(restored_ms IS NOT NULL) AS restored
       FROM run_restores GROUP BY environment ORDER BY environment`)
        .all();
    return rows.map((r) => ({
        environment: String(r.environment),
        failures: num(r.failures),
        restored: num(r.restored),
        medianMs: medians.get(String(r.environment))?.p50 ?? null
    }));
}
function bucketSeries(db, bucket) {
    const start = bucket === 'day'
        ? `date(started_ms / 1000, 'unixepoch')`
        : `date(started_ms / 1000, 'unixepoch', '-6 days', 'weekday 1')`;
    db.exec(`CREATE TEMP TABLE bucketed AS SELECT ${start} AS bucket, * FROM runs`);
    const rows = db
        .prepare(`SELECT bucket, count(*) AS runs, sum(status = 'success') AS success,
              sum(status IN ('success', 'failed', 'canceled')) AS tried,
              avg(flakiness_index) AS flakiness
       FROM bucketed GROUP BY bucket ORDER BY bucket`)
        .all();
    const duration = percentilesBy(db, 'bucket', '(ended_ms - started_ms)', 'FROM bucketed WHERE 1');
    const queue = percentilesBy(db, 'bucket', 'queue_ms', 'FROM bucketed WHERE 1');
    const deploys = new Map(db
        .prepare(`SELECT ${start} AS bucket, count(*) AS n FROM deployments WHERE failed = 0 GROUP BY bucket`)
        .all().map((r) => [String(r.bucket), num(r.n)]));
    return rows.map((r) => {
        const b = String(r.bucket);
        return {
            start: b,
            runs: num(r.runs),
            successRate: num(r.tried) ? num(r.success) / num(r.tried) : null,
            durationP50Ms: duration.get(b)?.p50 ?? null,
            durationP95Ms: duration.get(b)?.p95 ?? null,
            queueP95Ms: queue.get(b)?.p95 ?? null,
            deployments: deploys.get(b) ?? 0,
            flakiness: numOrNull(r.flakiness)
        };
    });
}
/** Gate denials and warnings by policy id, most denied first. */
function denials(db) {
    return db
        .prepare(`SELECT id, sum(result = 'deny') AS deny, sum(result = 'warn') AS warn, count(*) AS evaluated
         FROM policy_results GROUP BY id ORDER BY deny DESC, warn DESC, id`)
        .all().map((r) => ({
        id: String(r.id),
        deny: num(r.deny),
        warn: num(r.warn),
        evaluated: num(r.evaluated)
    }));
}
/**
 * Cache quarantines: the cache-sentinel gate's policies[] entries that did not allow and whose
 * reason is its quarantine summary, "quarantined cache entry <key> (<reason>): \u2026".
 */
function quarantines(db) {
    const rows = db
        .prepare(`SELECT CASE WHEN instr(reason, ' (') > 0 AND instr(reason, '):') > instr(reason, ' (')
                   THEN substr(reason, instr(reason, ' (') + 2, instr(reason, '):') - instr(reason, ' (') - 2)
                   ELSE '(unstated)' END AS why,
              count(*) AS n
       FROM policy_results
       WHERE id = 'ci-intel/cache-sentinel' AND result IN ('deny', 'warn')
         AND reason LIKE 'quarantined cache entry %'
       GROUP BY why ORDER BY n DESC, why`)
        .all();
    const byReason = rows.map((r) => ({ reason: String(r.why), count: num(r.n) }));
    return { total: byReason.reduce((s, r) => s + r.count, 0), byReason };
}
function computeReport(db) {
    prepare(db);
    const w = db.prepare('SELECT min(started_ms) AS a, max(ended_ms) AS b FROM runs').get();
    const from = num(w.a);
    const to = num(w.b);
    const days = Math.max(1, Math.ceil((to - from) / DAY));
    const bucket = days <= 45 ? 'day' : 'week';
    const all = healthRows(db, "'all'").get('all');
    const byRepo = [...healthRows(db, 'repo')].map(([repo, h]) => ({ repo, ...h }));
    byRepo.sort((a, b) => b.runs - a.runs || a.repo.localeCompare(b.repo));
    const d = dora(db, days);
    const fl = db
        .prepare(`SELECT count(flakiness_index) AS n, avg(flakiness_index) AS mean,
              (SELECT avg(flakiness_index) FROM runs WHERE started_ms >= ${to} - 30 * ${DAY}) AS last30
       FROM runs`)
        .get();
    return {
        window: { from: new Date(from).toISOString(), to: new Date(to).toISOString(), days },
        bucket,
        health: all,
        byRepo,
        series: bucketSeries(db, bucket),
        dora: d,
        mttr: mttr(db),
        denials: denials(db),
        quarantines: quarantines(db),
        flakiness: { records: num(fl.n), mean: numOrNull(fl.mean), last30Days: numOrNull(fl.last30) }
    };
}

// EXTERNAL MODULE: ./lib/cli/args.js
var cli_args = __webpack_require__(92453);
;// CONCATENATED MODULE: ./lib/cli/report-command.js
/** `ci-intel report`: pipeline_run NDJSON \u2192 a job-summary Markdown page, an HTML page, JSON figures. */










const REPORT_HELP = `usage: ci-intel report <file.ndjson | folder> \u2026 [--markdown FILE] [--html FILE] [--json FILE]
                       [--summary] [--strict]
Reads pipeline_run records (v1.2, and v1.1 through the migration) from NDJSON files, or every
*.ndjson / *.jsonl file under a folder, into the embedded engine (node:sqlite, no server) and
reports run health, DORA, gate denials, cache quarantines and flakiness over time.
  --markdown FILE  the job-summary page (Mermaid charts); printed when no output is named
  --html FILE      one self-contained HTML page with SVG charts
  --json FILE      the figures as JSON
  --summary        append the Markdown page to $GITHUB_STEP_SUMMARY
  --strict         an invalid line is fatal (otherwise it is counted, listed and left out)
Needs Node >= 22.13. Exit status: 0 report written, 2 bad usage, unreadable input or no valid record.
`;
const VALUE_FLAGS = ['markdown', 'html', 'json'];
function parseReportArgs(argv) {
    const a = { paths: [], summary: false, strict: false, help: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--help' || arg === '-h')
            a.help = true;
        else if (arg === '--summary')
            a.summary = true;
        else if (arg === '--strict')
            a.strict = true;
        else if (arg === '--') {
            a.paths.push(...argv.slice(i + 1));
            break;
        }
        else if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
            if (!VALUE_FLAGS.includes(name))
                throw new cli_args/* UsageError */.eb(`ci-intel report: unknown flag --${name} (flags: --markdown, --html, --json, --summary, --strict)`);
            const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
            if (value === undefined || value === '')
                throw new cli_args/* UsageError */.eb(`ci-intel report: --${name} needs a file name`);
            a[name] = value;
        }
        else
            a.paths.push(arg);
    }
    return a;
}
function checkOutput(cwd, flag, file) {
    if (file === undefined)
        return;
    const abs = (0,external_node_path_.resolve)(cwd, file);
    if (!(0,external_node_fs_.statSync)((0,external_node_path_.dirname)(abs), { throwIfNoEntry: false })?.isDirectory())
        throw new cli_args/* UsageError */.eb(`--${flag} ${file}: the folder ${(0,external_node_path_.dirname)(abs)} does not exist (create it first)`);
    if ((0,external_node_fs_.statSync)(abs, { throwIfNoEntry: false })?.isDirectory())
        throw new cli_args/* UsageError */.eb(`--${flag} ${file} is a folder; name a file`);
}
function write(io, flag, file, text) {
    try {
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, file), text);
    }
    catch (err) {
        throw new cli_args/* UsageError */.eb(`--${flag} ${file}: cannot write: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    io.stderr(`wrote ${file}\n`);
}
async function reportCommand(io, argv) {
    const args = parseReportArgs(argv);
    if (args.help) {
        io.stdout(REPORT_HELP);
        return 0;
    }
    for (const f of VALUE_FLAGS)
        checkOutput(io.cwd, f, args[f]);
    const summaryFile = io.env.GITHUB_STEP_SUMMARY;
    if (args.summary && !summaryFile)
        throw new cli_args/* UsageError */.eb('--summary: GITHUB_STEP_SUMMARY is not set (it is, inside a GitHub Actions step)');
    try {
        const db = await openDatabase();
        try {
            const stats = loadRecords(db, args.paths, { cwd: io.cwd, strict: args.strict });
            const data = computeReport(db);
            const markdown = markdownReport(data, stats);
            if (args.markdown)
                write(io, 'markdown', args.markdown, markdown);
            if (args.html)
                write(io, 'html', args.html, htmlReport(data, stats));
            if (args.json)
                write(io, 'json', args.json, JSON.stringify({ input: stats, report: data }, null, 2) + '\n');
            if (args.summary)
                (0,external_node_fs_.appendFileSync)(summaryFile, markdown);
            if (!args.markdown && !args.html && !args.json && !args.summary)
                io.stdout(markdown);
            io.stderr(`ci-intel report: ${stats.records} records from ${stats.files.length} file${stats.files.length === 1 ? '' : 's'}; ${headline(data).replace(/\*\*/g, '')}\n`);
            if (stats.invalid > 0) {
                const first = stats.samples[0];
                io.stderr(`ci-intel report: ${stats.invalid} invalid line${stats.invalid === 1 ? '' : 's'} left out (listed in the report; --strict makes them fatal); first: ${first.file}:${first.line}: ${first.problem}\n`);
            }
            return 0;
        }
        finally {
            db.close();
        }
    }
    catch (err) {
        if (err instanceof ReportError || err instanceof read_file/* FileReadError */.tJ) {
            io.stderr(`ci-intel report: ${err.message.replace(/^ci-intel report: /, '')}\n`);
            if (err.help)
                io.stderr(`  ${err.help}\n`);
            return 2;
        }
        throw err;
    }
}


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


/***/ })

};
