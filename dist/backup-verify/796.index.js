import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 796;
export const ids = [796];
export const modules = {

/***/ 30796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   canonical: () => (/* binding */ canonical),
/* harmony export */   requestObject: () => (/* binding */ requestObject),
/* harmony export */   useDescriptors: () => (/* binding */ useDescriptors)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var proto3_json_serializer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65913);
/* harmony import */ var protobufjs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23928);
/* harmony import */ var protobufjs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(protobufjs__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Between the shapes of a Cloud SQL message: the canonical proto3 JSON pgci plans with (bare
 * wrapper values, string enums, int64 as strings) and the object google-gax takes and returns
 * (`{value}` wrappers). Uses the descriptors @google-cloud/sql ships and the serializer gax uses.
 */



const require = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
let root;
/**
 * The descriptors google-gax already loaded for a client (api.ts passes them): in a bundle
 * there is no node_modules to read protos.json from, and loading it twice costs time.
 */
function useDescriptors(loaded) {
    root = loaded;
}
function lookup(name) {
    root ??= protobufjs__WEBPACK_IMPORTED_MODULE_2___default().Root.fromJSON(require('@google-cloud/sql/build/protos/protos.json'));
    return root.lookupType(`google.cloud.sql.v1.${name}`);
}
/** A message gax returned → canonical JSON (defaults and unset fields left out). */
function canonical(type, message) {
    const t = lookup(type);
    return (0,proto3_json_serializer__WEBPACK_IMPORTED_MODULE_1__.toProto3JSON)(t.fromObject(message));
}
/** Canonical JSON → the plain object gax's request encoder takes. */
function requestObject(type, json) {
    const t = lookup(type);
    return t.toObject((0,proto3_json_serializer__WEBPACK_IMPORTED_MODULE_1__.fromProto3JSON)(t, json), {
        longs: String,
        enums: String,
    });
}


/***/ })

};
