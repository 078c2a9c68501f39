import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 847;
export const ids = [847];
export const modules = {

/***/ 43847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CloudSqlApiError: () => (/* reexport safe */ _rest_js__WEBPACK_IMPORTED_MODULE_4__.Av),
/* harmony export */   OperationTimeoutError: () => (/* reexport safe */ _rest_js__WEBPACK_IMPORTED_MODULE_4__.Fq),
/* harmony export */   createSqlAdmin: () => (/* binding */ createSqlAdmin),
/* harmony export */   explainApiError: () => (/* reexport safe */ _rest_js__WEBPACK_IMPORTED_MODULE_4__.cU),
/* harmony export */   isTransient: () => (/* reexport safe */ _rest_js__WEBPACK_IMPORTED_MODULE_4__.dg),
/* harmony export */   withRetry: () => (/* reexport safe */ _rest_js__WEBPACK_IMPORTED_MODULE_4__.bD)
/* harmony export */ });
/* harmony import */ var _google_cloud_sql_build_src_v1_sql_databases_service_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59081);
/* harmony import */ var _google_cloud_sql_build_src_v1_sql_instances_service_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80487);
/* harmony import */ var _google_cloud_sql_build_src_v1_sql_users_service_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78271);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(492);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(google_auth_library__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _rest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4713);
/**
 * The Cloud SQL Admin API's mutating calls through @google-cloud/sql over REST (the public
 * endpoint serves no gRPC): client construction for the real endpoint or a local one such as
 * the pgci emulator. The only module that loads google-gax; callers import it lazily, and only
 * when apply has something to send (reads and operation polling are in rest.ts).
 */
// The three v1 clients apply sends through, imported one by one: the package index would also
// load v1beta4 and 3.6 MB of static protos, which costs seconds of start-up in a bundle.





const v1 = { SqlDatabasesServiceClient: _google_cloud_sql_build_src_v1_sql_databases_service_client_js__WEBPACK_IMPORTED_MODULE_0__/* .SqlDatabasesServiceClient */ .x, SqlInstancesServiceClient: _google_cloud_sql_build_src_v1_sql_instances_service_client_js__WEBPACK_IMPORTED_MODULE_1__/* .SqlInstancesServiceClient */ .x, SqlUsersServiceClient: _google_cloud_sql_build_src_v1_sql_users_service_client_js__WEBPACK_IMPORTED_MODULE_2__/* .SqlUsersServiceClient */ .$ };
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
            ...(local ? { authClient: new google_auth_library__WEBPACK_IMPORTED_MODULE_3__.PassThroughClient() } : {}),
        };
    }
    const instances = new v1.SqlInstancesServiceClient(clientOptions);
    const databases = new v1.SqlDatabasesServiceClient(clientOptions);
    const users = new v1.SqlUsersServiceClient(clientOptions);
    return {
        instances,
        databases,
        users,
        options,
        async close() {
            await Promise.all([instances, databases, users].map((c) => c.close().catch(() => undefined)));
        },
    };
}


/***/ })

};
