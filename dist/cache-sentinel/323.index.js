export const id = 323;
export const ids = [323];
export const modules = {

/***/ 83323:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15273);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59858);
/**
 * Makes minimatch the matcher of ./glob.ts for the patterns it does not match itself. Imported
 * on demand by `loadGlobMatcherFor`, or statically by a gate that always wants it loaded.
 */


(0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .registerGlobMatcher */ .i4)(minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF);


/***/ })

};
