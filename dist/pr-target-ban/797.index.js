export const id = 797;
export const ids = [797];
export const modules = {

/***/ 2797:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LineCounter: () => (/* reexport safe */ yaml__WEBPACK_IMPORTED_MODULE_0__.HN),
/* harmony export */   parseAllDocuments: () => (/* reexport safe */ yaml__WEBPACK_IMPORTED_MODULE_0__.hR),
/* harmony export */   stringify: () => (/* reexport safe */ yaml__WEBPACK_IMPORTED_MODULE_0__.As)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * The parts of the yaml library that hold its parser, loaded on demand (a chunk of its own in
 * the bundles) through `yamlLibrary` / `loadYamlLibrary` in ./yaml-doc.ts: the fallback for
 * texts the fast reader gives up on, and `stringify` for settings turned back into YAML.
 */



/***/ })

};
