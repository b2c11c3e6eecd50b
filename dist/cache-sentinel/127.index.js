import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
export const id = 127;
export const ids = [127];
export const modules = {

/***/ 60400:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)(__webpack_require__.ab + "blake.linux-x64-gnu.node")

/***/ }),

/***/ 17127:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const{existsSync,readFileSync}=__webpack_require__(79896),{join}=__webpack_require__(16928),{platform,arch}=process;let nativeBinding=null,localFileExisted=!1,loadError=null;function isMusl(){if(!process.report||typeof process.report.getReport!="function")try{const e=(__webpack_require__(35317).execSync)("which ldd").toString().trim();return readFileSync(e,"utf8").includes("musl")}catch{return!0}else{const{glibcVersionRuntime:e}=process.report.getReport().header;return!e}}switch(platform){case"android":switch(arch){case"arm64":localFileExisted=existsSync(join(__dirname,"blake.android-arm64.node"));try{localFileExisted?nativeBinding=__webpack_require__(66667):nativeBinding=__webpack_require__(43323)}catch(e){loadError=e}break;case"arm":localFileExisted=existsSync(join(__dirname,"blake.android-arm-eabi.node"));try{localFileExisted?nativeBinding=__webpack_require__(88291):nativeBinding=__webpack_require__(23899)}catch(e){loadError=e}break;default:throw new Error(`Unsupported architecture on Android ${arch}`)}break;case"win32":switch(arch){case"x64":localFileExisted=existsSync(join(__dirname,"blake.win32-x64-msvc.node"));try{localFileExisted?nativeBinding=__webpack_require__(51967):nativeBinding=__webpack_require__(92903)}catch(e){loadError=e}break;case"ia32":localFileExisted=existsSync(join(__dirname,"blake.win32-ia32-msvc.node"));try{localFileExisted?nativeBinding=__webpack_require__(48766):nativeBinding=__webpack_require__(68472)}catch(e){loadError=e}break;case"arm64":localFileExisted=existsSync(join(__dirname,"blake.win32-arm64-msvc.node"));try{localFileExisted?nativeBinding=__webpack_require__(62993):nativeBinding=__webpack_require__(2593)}catch(e){loadError=e}break;default:throw new Error(`Unsupported architecture on Windows: ${arch}`)}break;case"darwin":localFileExisted=existsSync(join(__dirname,"blake.darwin-universal.node"));try{localFileExisted?nativeBinding=__webpack_require__(43612):nativeBinding=__webpack_require__(35198);break}catch{}switch(arch){case"x64":localFileExisted=existsSync(join(__dirname,"blake.darwin-x64.node"));try{localFileExisted?nativeBinding=__webpack_require__(38791):nativeBinding=__webpack_require__(36879)}catch(e){loadError=e}break;case"arm64":localFileExisted=existsSync(join(__dirname,"blake.darwin-arm64.node"));try{localFileExisted?nativeBinding=__webpack_require__(66373):nativeBinding=__webpack_require__(88629)}catch(e){loadError=e}break;default:throw new Error(`Unsupported architecture on macOS: ${arch}`)}break;case"freebsd":if(arch!=="x64")throw new Error(`Unsupported architecture on FreeBSD: ${arch}`);localFileExisted=existsSync(join(__dirname,"blake.freebsd-x64.node"));try{localFileExisted?nativeBinding=__webpack_require__(13457):nativeBinding=__webpack_require__(52089)}catch(e){loadError=e}break;case"linux":switch(arch){case"x64":if(isMusl()){localFileExisted=existsSync(join(__dirname,"blake.linux-x64-musl.node"));try{localFileExisted?nativeBinding=__webpack_require__(45286):nativeBinding=__webpack_require__(63992)}catch(e){loadError=e}}else{localFileExisted=existsSync(join(__dirname,"blake.linux-x64-gnu.node"));try{localFileExisted?nativeBinding=__webpack_require__(12733):nativeBinding=__webpack_require__(60400)}catch(e){loadError=e}}break;case"arm64":if(isMusl()){localFileExisted=existsSync(join(__dirname,"blake.linux-arm64-musl.node"));try{localFileExisted?nativeBinding=__webpack_require__(47552):nativeBinding=__webpack_require__(65554)}catch(e){loadError=e}}else{localFileExisted=existsSync(join(__dirname,"blake.linux-arm64-gnu.node"));try{localFileExisted?nativeBinding=__webpack_require__(58679):nativeBinding=__webpack_require__(7087)}catch(e){loadError=e}}break;case"arm":localFileExisted=existsSync(join(__dirname,"blake.linux-arm-gnueabihf.node"));try{localFileExisted?nativeBinding=__webpack_require__(39136):nativeBinding=__webpack_require__(91818)}catch(e){loadError=e}break;default:throw new Error(`Unsupported architecture on Linux: ${arch}`)}break;default:throw new Error(`Unsupported OS: ${platform}, architecture: ${arch}`)}if(!nativeBinding)throw loadError||new Error("Failed to load native binding");const{Blake2BParam,Blake2SParam,Blake2BpParam,Blake2SpParam,Blake2BHasher,Blake2BpHasher,Blake2SHasher,Blake2SpHasher,Blake3Hasher,blake2b,blake2bp,blake2s,blake2sp,blake3,blake3UrlSafeBase64}=nativeBinding;module.exports.Blake2BParam=Blake2BParam,module.exports.Blake2SParam=Blake2SParam,module.exports.Blake2BpParam=Blake2BpParam,module.exports.Blake2SpParam=Blake2SpParam,module.exports.Blake2BHasher=Blake2BHasher,module.exports.Blake2BpHasher=Blake2BpHasher,module.exports.Blake2SHasher=Blake2SHasher,module.exports.Blake2SpHasher=Blake2SpHasher,module.exports.Blake3Hasher=Blake3Hasher,module.exports.blake2b=blake2b,module.exports.blake2bp=blake2bp,module.exports.blake2s=blake2s,module.exports.blake2sp=blake2sp,module.exports.blake3=blake3,module.exports.blake3UrlSafeBase64=blake3UrlSafeBase64;


/***/ }),

/***/ 88291:
/***/ ((module) => {

module.exports = eval("require")("./blake.android-arm-eabi.node");


/***/ }),

/***/ 66667:
/***/ ((module) => {

module.exports = eval("require")("./blake.android-arm64.node");


/***/ }),

/***/ 66373:
/***/ ((module) => {

module.exports = eval("require")("./blake.darwin-arm64.node");


/***/ }),

/***/ 43612:
/***/ ((module) => {

module.exports = eval("require")("./blake.darwin-universal.node");


/***/ }),

/***/ 38791:
/***/ ((module) => {

module.exports = eval("require")("./blake.darwin-x64.node");


/***/ }),

/***/ 13457:
/***/ ((module) => {

module.exports = eval("require")("./blake.freebsd-x64.node");


/***/ }),

/***/ 39136:
/***/ ((module) => {

module.exports = eval("require")("./blake.linux-arm-gnueabihf.node");


/***/ }),

/***/ 58679:
/***/ ((module) => {

module.exports = eval("require")("./blake.linux-arm64-gnu.node");


/***/ }),

/***/ 47552:
/***/ ((module) => {

module.exports = eval("require")("./blake.linux-arm64-musl.node");


/***/ }),

/***/ 12733:
/***/ ((module) => {

module.exports = eval("require")("./blake.linux-x64-gnu.node");


/***/ }),

/***/ 45286:
/***/ ((module) => {

module.exports = eval("require")("./blake.linux-x64-musl.node");


/***/ }),

/***/ 62993:
/***/ ((module) => {

module.exports = eval("require")("./blake.win32-arm64-msvc.node");


/***/ }),

/***/ 48766:
/***/ ((module) => {

module.exports = eval("require")("./blake.win32-ia32-msvc.node");


/***/ }),

/***/ 51967:
/***/ ((module) => {

module.exports = eval("require")("./blake.win32-x64-msvc.node");


/***/ }),

/***/ 23899:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-android-arm-eabi");


/***/ }),

/***/ 43323:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-android-arm64");


/***/ }),

/***/ 88629:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-darwin-arm64");


/***/ }),

/***/ 35198:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-darwin-universal");


/***/ }),

/***/ 36879:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-darwin-x64");


/***/ }),

/***/ 52089:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-freebsd-x64");


/***/ }),

/***/ 91818:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-linux-arm-gnueabihf");


/***/ }),

/***/ 7087:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-linux-arm64-gnu");


/***/ }),

/***/ 65554:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-linux-arm64-musl");


/***/ }),

/***/ 63992:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-linux-x64-musl");


/***/ }),

/***/ 2593:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-win32-arm64-msvc");


/***/ }),

/***/ 68472:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-win32-ia32-msvc");


/***/ }),

/***/ 92903:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-win32-x64-msvc");


/***/ })

};
