import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 847;
export const ids = [847,796];
export const modules = {

/***/ 43847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CloudSqlApiError: () => (/* reexport safe */ _rest_js__WEBPACK_IMPORTED_MODULE_6__.Av),
/* harmony export */   OperationTimeoutError: () => (/* reexport safe */ _rest_js__WEBPACK_IMPORTED_MODULE_6__.Fq),
/* harmony export */   createSqlAdmin: () => (/* binding */ createSqlAdmin),
/* harmony export */   explainApiError: () => (/* reexport safe */ _rest_js__WEBPACK_IMPORTED_MODULE_6__.cU),
/* harmony export */   isTransient: () => (/* reexport safe */ _rest_js__WEBPACK_IMPORTED_MODULE_6__.dg),
/* harmony export */   withRetry: () => (/* reexport safe */ _rest_js__WEBPACK_IMPORTED_MODULE_6__.bD)
/* harmony export */ });
/* harmony import */ var _google_cloud_sql_build_src_v1_sql_backup_runs_service_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99408);
/* harmony import */ var _google_cloud_sql_build_src_v1_sql_databases_service_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59081);
/* harmony import */ var _google_cloud_sql_build_src_v1_sql_instances_service_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80487);
/* harmony import */ var _google_cloud_sql_build_src_v1_sql_users_service_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78271);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(492);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(google_auth_library__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _proto_json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30796);
/* harmony import */ var _rest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4713);
/**
 * The Cloud SQL Admin API's mutating calls through @google-cloud/sql over REST (the public
 * endpoint serves no gRPC): client construction for the real endpoint or a local one such as
 * the pgci emulator. The only module that loads google-gax; callers import it lazily, and only
 * when apply has something to send (reads and operation polling are in rest.ts).
 */
// The v1 clients apply (and backup-verify) send through, imported one by one: the package index
// would also load v1beta4 and 3.6 MB of static protos, which costs seconds of start-up in a bundle.







const v1 = {
    SqlBackupRunsServiceClient: _google_cloud_sql_build_src_v1_sql_backup_runs_service_client_js__WEBPACK_IMPORTED_MODULE_0__.SqlBackupRunsServiceClient,
    SqlDatabasesServiceClient: _google_cloud_sql_build_src_v1_sql_databases_service_client_js__WEBPACK_IMPORTED_MODULE_1__.SqlDatabasesServiceClient,
    SqlInstancesServiceClient: _google_cloud_sql_build_src_v1_sql_instances_service_client_js__WEBPACK_IMPORTED_MODULE_2__.SqlInstancesServiceClient,
    SqlUsersServiceClient: _google_cloud_sql_build_src_v1_sql_users_service_client_js__WEBPACK_IMPORTED_MODULE_3__.SqlUsersServiceClient,
};
function createSqlAdmin(options) {
    // ClientOptions of google-gax; typed loosely because `fallback` takes 'rest' or true.
    let clientOptions = {
        fallback: 'rest',
    };
    if (options.apiEndpoint) {
        const u = new URL(options.apiEndpoint);
        const local = u.protocol === 'http:';
        clientOptions = {
            apiEndpoint: u.hostname,
            port: Number(u.port || (local ? 80 : 443)),
            fallback: true,
            protocol: u.protocol.replace(':', ''),
            // A local endpoint (the emulator) takes no Google credentials.
            ...(local ? { authClient: new google_auth_library__WEBPACK_IMPORTED_MODULE_4__.PassThroughClient() } : {}),
        };
    }
    const instances = new v1.SqlInstancesServiceClient(clientOptions);
    // The client's own descriptors (gax loaded the protos.json it bundles) for proto-json.
    const loaded = instances._protos;
    if (loaded)
        (0,_proto_json_js__WEBPACK_IMPORTED_MODULE_5__.useDescriptors)(loaded);
    const databases = new v1.SqlDatabasesServiceClient(clientOptions);
    const users = new v1.SqlUsersServiceClient(clientOptions);
    const backupRuns = new v1.SqlBackupRunsServiceClient(clientOptions);
    return {
        instances,
        databases,
        users,
        backupRuns,
        options,
        async close() {
            await Promise.all([instances, databases, users, backupRuns].map((c) => c.close().catch(() => undefined)));
        },
    };
}


/***/ }),

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
