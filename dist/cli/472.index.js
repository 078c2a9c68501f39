export const id = 472;
export const ids = [472];
export const modules = {

/***/ 472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   provisionCloudSql: () => (/* binding */ provisionCloudSql)
/* harmony export */ });
async function provisionCloudSql(_mode, _options, _config) {
    throw new Error('cloudsql target: not built yet');
}


/***/ })

};
