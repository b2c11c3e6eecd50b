export const id = 4916;
export const ids = [4916];
export const modules = {

/***/ 24916:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   longestTagFor: () => (/* binding */ longestTagFor)
/* harmony export */ });
/**
 * Tag names for a commit: shared by the online audits and the fixers, which need it without the
 * GitHub client (./repo-facts.ts loads src/github/client.ts; a fix-diff run offline must not).
 */
/** The longest tag name pointing at `sha` (`v4.1.1` rather than `v4`), if any. */
function longestTagFor(tags, sha) {
    let best;
    for (const t of tags)
        if (t.sha === sha.toLowerCase() && (!best || t.name.length > best.length))
            best = t.name;
    return best;
}


/***/ })

};
