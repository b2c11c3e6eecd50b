import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
export const id = 127;
export const ids = [127];
export const modules = {

/***/ 400:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)(__webpack_require__.ab + "blake.linux-x64-gnu.node")

/***/ }),

/***/ 7127:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const{existsSync,readFileSync}=__webpack_require__(9896),{join}=__webpack_require__(6928),{platform,arch}=process;let nativeBinding=null,localFileExisted=!1,loadError=null;function isMusl(){if(!process.report||typeof process.report.getReport!="function")try{const e=(__webpack_require__(5317).execSync)("which ldd").toString().trim();return readFileSync(e,"utf8").includes("musl")}catch{return!0}else{const{glibcVersionRuntime:e}=process.report.getReport().header;return!e}}switch(platform){case"android":switch(arch){case"arm64":localFileExisted=existsSync(join(__dirname,"blake.android-arm64.node"));try{localFileExisted?nativeBinding=__webpack_require__(6667):nativeBinding=__webpack_require__(3323)}catch(e){loadError=e}break;case"arm":localFileExisted=existsSync(join(__dirname,"blake.android-arm-eabi.node"));try{localFileExisted?nativeBinding=__webpack_require__(8291):nativeBinding=__webpack_require__(3899)}catch(e){loadError=e}break;default:throw new Error(`Unsupported architecture on Android ${arch}`)}break;case"win32":switch(arch){case"x64":localFileExisted=existsSync(join(__dirname,"blake.win32-x64-msvc.node"));try{localFileExisted?nativeBinding=__webpack_require__(1967):nativeBinding=__webpack_require__(2903)}catch(e){loadError=e}break;case"ia32":localFileExisted=existsSync(join(__dirname,"blake.win32-ia32-msvc.node"));try{localFileExisted?nativeBinding=__webpack_require__(8766):nativeBinding=__webpack_require__(8472)}catch(e){loadError=e}break;case"arm64":localFileExisted=existsSync(join(__dirname,"blake.win32-arm64-msvc.node"));try{localFileExisted?nativeBinding=__webpack_require__(2993):nativeBinding=__webpack_require__(2593)}catch(e){loadError=e}break;default:throw new Error(`Unsupported architecture on Windows: ${arch}`)}break;case"darwin":localFileExisted=existsSync(join(__dirname,"blake.darwin-universal.node"));try{localFileExisted?nativeBinding=__webpack_require__(3612):nativeBinding=__webpack_require__(5198);break}catch{}switch(arch){case"x64":localFileExisted=existsSync(join(__dirname,"blake.darwin-x64.node"));try{localFileExisted?nativeBinding=__webpack_require__(8791):nativeBinding=__webpack_require__(6879)}catch(e){loadError=e}break;case"arm64":localFileExisted=existsSync(join(__dirname,"blake.darwin-arm64.node"));try{localFileExisted?nativeBinding=__webpack_require__(6373):nativeBinding=__webpack_require__(8629)}catch(e){loadError=e}break;default:throw new Error(`Unsupported architecture on macOS: ${arch}`)}break;case"freebsd":if(arch!=="x64")throw new Error(`Unsupported architecture on FreeBSD: ${arch}`);localFileExisted=existsSync(join(__dirname,"blake.freebsd-x64.node"));try{localFileExisted?nativeBinding=__webpack_require__(3457):nativeBinding=__webpack_require__(2089)}catch(e){loadError=e}break;case"linux":switch(arch){case"x64":if(isMusl()){localFileExisted=existsSync(join(__dirname,"blake.linux-x64-musl.node"));try{localFileExisted?nativeBinding=__webpack_require__(5286):nativeBinding=__webpack_require__(3992)}catch(e){loadError=e}}else{localFileExisted=existsSync(join(__dirname,"blake.linux-x64-gnu.node"));try{localFileExisted?nativeBinding=__webpack_require__(2733):nativeBinding=__webpack_require__(400)}catch(e){loadError=e}}break;case"arm64":if(isMusl()){localFileExisted=existsSync(join(__dirname,"blake.linux-arm64-musl.node"));try{localFileExisted?nativeBinding=__webpack_require__(7552):nativeBinding=__webpack_require__(5554)}catch(e){loadError=e}}else{localFileExisted=existsSync(join(__dirname,"blake.linux-arm64-gnu.node"));try{localFileExisted?nativeBinding=__webpack_require__(8679):nativeBinding=__webpack_require__(7087)}catch(e){loadError=e}}break;case"arm":localFileExisted=existsSync(join(__dirname,"blake.linux-arm-gnueabihf.node"));try{localFileExisted?nativeBinding=__webpack_require__(6755):nativeBinding=__webpack_require__(1818)}catch(e){loadError=e}break;default:throw new Error(`Unsupported architecture on Linux: ${arch}`)}break;default:throw new Error(`Unsupported OS: ${platform}, architecture: ${arch}`)}if(!nativeBinding)throw loadError||new Error("Failed to load native binding");const{Blake2BParam,Blake2SParam,Blake2BpParam,Blake2SpParam,Blake2BHasher,Blake2BpHasher,Blake2SHasher,Blake2SpHasher,Blake3Hasher,blake2b,blake2bp,blake2s,blake2sp,blake3,blake3UrlSafeBase64}=nativeBinding;module.exports.Blake2BParam=Blake2BParam,module.exports.Blake2SParam=Blake2SParam,module.exports.Blake2BpParam=Blake2BpParam,module.exports.Blake2SpParam=Blake2SpParam,module.exports.Blake2BHasher=Blake2BHasher,module.exports.Blake2BpHasher=Blake2BpHasher,module.exports.Blake2SHasher=Blake2SHasher,module.exports.Blake2SpHasher=Blake2SpHasher,module.exports.Blake3Hasher=Blake3Hasher,module.exports.blake2b=blake2b,module.exports.blake2bp=blake2bp,module.exports.blake2s=blake2s,module.exports.blake2sp=blake2sp,module.exports.blake3=blake3,module.exports.blake3UrlSafeBase64=blake3UrlSafeBase64;


/***/ }),

/***/ 8291:
/***/ ((module) => {

module.exports = eval("require")("./blake.android-arm-eabi.node");


/***/ }),

/***/ 6667:
/***/ ((module) => {

module.exports = eval("require")("./blake.android-arm64.node");


/***/ }),

/***/ 6373:
/***/ ((module) => {

module.exports = eval("require")("./blake.darwin-arm64.node");


/***/ }),

/***/ 3612:
/***/ ((module) => {

module.exports = eval("require")("./blake.darwin-universal.node");


/***/ }),

/***/ 8791:
/***/ ((module) => {

module.exports = eval("require")("./blake.darwin-x64.node");


/***/ }),

/***/ 3457:
/***/ ((module) => {

module.exports = eval("require")("./blake.freebsd-x64.node");


/***/ }),

/***/ 6755:
/***/ ((module) => {

module.exports = eval("require")("./blake.linux-arm-gnueabihf.node");


/***/ }),

/***/ 8679:
/***/ ((module) => {

module.exports = eval("require")("./blake.linux-arm64-gnu.node");


/***/ }),

/***/ 7552:
/***/ ((module) => {

module.exports = eval("require")("./blake.linux-arm64-musl.node");


/***/ }),

/***/ 2733:
/***/ ((module) => {

module.exports = eval("require")("./blake.linux-x64-gnu.node");


/***/ }),

/***/ 5286:
/***/ ((module) => {

module.exports = eval("require")("./blake.linux-x64-musl.node");


/***/ }),

/***/ 2993:
/***/ ((module) => {

module.exports = eval("require")("./blake.win32-arm64-msvc.node");


/***/ }),

/***/ 8766:
/***/ ((module) => {

module.exports = eval("require")("./blake.win32-ia32-msvc.node");


/***/ }),

/***/ 1967:
/***/ ((module) => {

module.exports = eval("require")("./blake.win32-x64-msvc.node");


/***/ }),

/***/ 3899:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-android-arm-eabi");


/***/ }),

/***/ 3323:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-android-arm64");


/***/ }),

/***/ 8629:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-darwin-arm64");


/***/ }),

/***/ 5198:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-darwin-universal");


/***/ }),

/***/ 6879:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-darwin-x64");


/***/ }),

/***/ 2089:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-freebsd-x64");


/***/ }),

/***/ 1818:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-linux-arm-gnueabihf");


/***/ }),

/***/ 7087:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-linux-arm64-gnu");


/***/ }),

/***/ 5554:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-linux-arm64-musl");


/***/ }),

/***/ 3992:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-linux-x64-musl");


/***/ }),

/***/ 2593:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-win32-arm64-msvc");


/***/ }),

/***/ 8472:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-win32-ia32-msvc");


/***/ }),

/***/ 2903:
/***/ ((module) => {

module.exports = eval("require")("@napi-rs/blake-hash-win32-x64-msvc");


/***/ })

};
