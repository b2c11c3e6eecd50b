export const id = 671;
export const ids = [671];
export const modules = {

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

/***/ 7671:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = validate10;module.exports["default"] = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://ci-intel.dev/schema/dr-freshness-evidence.v1.json","title":"ci-intel disaster-recovery drill evidence","description":"What a DR drill records about its last run: when it last succeeded, what kind of drill it was, the recovery point and recovery time it achieved, and its result. Other top-level fields are allowed and ignored.","type":"object","required":["drill"],"properties":{"drill":{"type":"object","required":["last_success_rfc3339","type","rpo_s","rto_s","result"],"properties":{"last_success_rfc3339":{"type":"string","minLength":1,"description":"RFC 3339 time (with a UTC offset) of the last successful drill, e.g. 2026-11-20T03:00:00Z."},"type":{"type":"string","minLength":1,"description":"What was drilled, e.g. restore, failover, full-region."},"rpo_s":{"type":"number","minimum":0,"description":"Recovery point achieved: seconds of data lost (time between the last recoverable write and the failure)."},"rto_s":{"type":"number","minimum":0,"description":"Recovery time achieved: seconds from the failure until service was restored."},"result":{"type":"string","minLength":1,"description":"The drill's outcome; only \"pass\" counts as passed."}}}}};const func2 = (__webpack_require__(6214)["default"]);function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://ci-intel.dev/schema/dr-freshness-evidence.v1.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.drill === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "drill"},message:"must have required property '"+"drill"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.drill !== undefined){let data0 = data.drill;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.last_success_rfc3339 === undefined){const err1 = {instancePath:instancePath+"/drill",schemaPath:"#/properties/drill/required",keyword:"required",params:{missingProperty: "last_success_rfc3339"},message:"must have required property '"+"last_success_rfc3339"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data0.type === undefined){const err2 = {instancePath:instancePath+"/drill",schemaPath:"#/properties/drill/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data0.rpo_s === undefined){const err3 = {instancePath:instancePath+"/drill",schemaPath:"#/properties/drill/required",keyword:"required",params:{missingProperty: "rpo_s"},message:"must have required property '"+"rpo_s"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data0.rto_s === undefined){const err4 = {instancePath:instancePath+"/drill",schemaPath:"#/properties/drill/required",keyword:"required",params:{missingProperty: "rto_s"},message:"must have required property '"+"rto_s"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data0.result === undefined){const err5 = {instancePath:instancePath+"/drill",schemaPath:"#/properties/drill/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data0.last_success_rfc3339 !== undefined){let data1 = data0.last_success_rfc3339;if(typeof data1 === "string"){if(func2(data1) < 1){const err6 = {instancePath:instancePath+"/drill/last_success_rfc3339",schemaPath:"#/properties/drill/properties/last_success_rfc3339/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/drill/last_success_rfc3339",schemaPath:"#/properties/drill/properties/last_success_rfc3339/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data0.type !== undefined){let data2 = data0.type;if(typeof data2 === "string"){if(func2(data2) < 1){const err8 = {instancePath:instancePath+"/drill/type",schemaPath:"#/properties/drill/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/drill/type",schemaPath:"#/properties/drill/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data0.rpo_s !== undefined){let data3 = data0.rpo_s;if(typeof data3 == "number"){if(data3 < 0 || isNaN(data3)){const err10 = {instancePath:instancePath+"/drill/rpo_s",schemaPath:"#/properties/drill/properties/rpo_s/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/drill/rpo_s",schemaPath:"#/properties/drill/properties/rpo_s/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data0.rto_s !== undefined){let data4 = data0.rto_s;if(typeof data4 == "number"){if(data4 < 0 || isNaN(data4)){const err12 = {instancePath:instancePath+"/drill/rto_s",schemaPath:"#/properties/drill/properties/rto_s/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/drill/rto_s",schemaPath:"#/properties/drill/properties/rto_s/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data0.result !== undefined){let data5 = data0.result;if(typeof data5 === "string"){if(func2(data5) < 1){const err14 = {instancePath:instancePath+"/drill/result",schemaPath:"#/properties/drill/properties/result/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/drill/result",schemaPath:"#/properties/drill/properties/result/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/drill",schemaPath:"#/properties/drill/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}validate10.errors = vErrors;return errors === 0;}

/***/ })

};
