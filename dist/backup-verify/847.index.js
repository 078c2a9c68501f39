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
/* harmony export */   CloudSqlApiError: () => (/* binding */ CloudSqlApiError),
/* harmony export */   OperationTimeoutError: () => (/* binding */ OperationTimeoutError),
/* harmony export */   createSqlAdmin: () => (/* binding */ createSqlAdmin),
/* harmony export */   explainApiError: () => (/* binding */ explainApiError),
/* harmony export */   isTransient: () => (/* binding */ isTransient),
/* harmony export */   waitForOperation: () => (/* binding */ waitForOperation),
/* harmony export */   withRetry: () => (/* binding */ withRetry)
/* harmony export */ });
/* harmony import */ var _google_cloud_sql_build_src_v1_sql_backup_runs_service_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99408);
/* harmony import */ var _google_cloud_sql_build_src_v1_sql_databases_service_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59081);
/* harmony import */ var _google_cloud_sql_build_src_v1_sql_flags_service_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71230);
/* harmony import */ var _google_cloud_sql_build_src_v1_sql_instances_service_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80487);
/* harmony import */ var _google_cloud_sql_build_src_v1_sql_operations_service_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48969);
/* harmony import */ var _google_cloud_sql_build_src_v1_sql_users_service_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78271);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(492);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(google_auth_library__WEBPACK_IMPORTED_MODULE_6__);
/**
 * The Cloud SQL Admin API through @google-cloud/sql over REST (the public endpoint serves no
 * gRPC): client construction (the real endpoint, or a local one such as the pgci emulator),
 * bounded retries with jitter for what is transient, and operation polling with backoff.
 * The only module that loads google-gax; callers import it lazily.
 */
// The v1 clients pgci uses, imported one by one: the package index would also load
// v1beta4 and 3.6 MB of static protos, which costs seconds of start-up in a bundle.







const v1 = {
    SqlBackupRunsServiceClient: _google_cloud_sql_build_src_v1_sql_backup_runs_service_client_js__WEBPACK_IMPORTED_MODULE_0__/* .SqlBackupRunsServiceClient */ .z,
    SqlDatabasesServiceClient: _google_cloud_sql_build_src_v1_sql_databases_service_client_js__WEBPACK_IMPORTED_MODULE_1__/* .SqlDatabasesServiceClient */ .x,
    SqlFlagsServiceClient: _google_cloud_sql_build_src_v1_sql_flags_service_client_js__WEBPACK_IMPORTED_MODULE_2__/* .SqlFlagsServiceClient */ .S,
    SqlInstancesServiceClient: _google_cloud_sql_build_src_v1_sql_instances_service_client_js__WEBPACK_IMPORTED_MODULE_3__/* .SqlInstancesServiceClient */ .x,
    SqlOperationsServiceClient: _google_cloud_sql_build_src_v1_sql_operations_service_client_js__WEBPACK_IMPORTED_MODULE_4__/* .SqlOperationsServiceClient */ .b,
    SqlUsersServiceClient: _google_cloud_sql_build_src_v1_sql_users_service_client_js__WEBPACK_IMPORTED_MODULE_5__/* .SqlUsersServiceClient */ .$,
};
/** An API refusal explained: HTTP status, and the API's own message. */
class CloudSqlApiError extends Error {
    httpStatus;
    name = 'CloudSqlApiError';
    constructor(message, httpStatus) {
        super(message);
        this.httpStatus = httpStatus;
    }
}
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
            ...(local ? { authClient: new google_auth_library__WEBPACK_IMPORTED_MODULE_6__.PassThroughClient() } : {}),
        };
    }
    const instances = new v1.SqlInstancesServiceClient(clientOptions);
    const operations = new v1.SqlOperationsServiceClient(clientOptions);
    const databases = new v1.SqlDatabasesServiceClient(clientOptions);
    const users = new v1.SqlUsersServiceClient(clientOptions);
    const flags = new v1.SqlFlagsServiceClient(clientOptions);
    const backupRuns = new v1.SqlBackupRunsServiceClient(clientOptions);
    return {
        instances,
        operations,
        databases,
        users,
        flags,
        backupRuns,
        options,
        async close() {
            await Promise.all([instances, operations, databases, users, flags, backupRuns].map((c) => c.close().catch(() => undefined)));
        },
    };
}
const IN_PROGRESS = /another operation was already in progress|operation in progress/i;
/** 429, 5xx and 409 "operation in progress" are worth another try; 409 "name reused" is not. */
function isTransient(err) {
    const e = err;
    const status = e.httpStatusCode;
    if (status === 429 || (status !== undefined && status >= 500))
        return true;
    if (status === 409)
        return IN_PROGRESS.test(e.message ?? '');
    // Socket-level failures (no HTTP status): connection reset or refused mid-run.
    return status === undefined && /ECONNRESET|socket hang up|EPIPE/.test(e.message ?? '');
}
function explainApiError(err, what, endpoint) {
    const e = err;
    const status = e.httpStatusCode;
    const message = (e.message ?? String(err)).split('\n')[0].replace(/^\d+ [A-Z_]+: /, '');
    const where = endpoint ?? 'sqladmin.googleapis.com';
    if (status === 401 || status === 403) {
        return new CloudSqlApiError(`${what}: the Cloud SQL Admin API at ${where} refused the credentials (${status}): ${message}. Check google-github-actions/auth (Workload Identity Federation) and that the service account has roles/cloudsql.admin.`, status);
    }
    if (status === undefined &&
        /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|fetch failed/i.test(`${message} ${e.cause?.code ?? ''}`)) {
        return new CloudSqlApiError(`${what}: cannot reach the Cloud SQL Admin API at ${where} (${e.cause?.code ?? message}); check --api-endpoint and the network.`, status);
    }
    return new CloudSqlApiError(`${what}: ${message}${status ? ` (HTTP ${status})` : ''}`, status);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Calls `fn`, retrying transient failures with exponential backoff and full jitter. */
async function withRetry(admin, what, fn, deadline = Infinity) {
    const base = admin.options.retryBaseMs ?? 1000;
    for (let attempt = 1;; attempt += 1) {
        try {
            return await fn();
        }
        catch (err) {
            if (!isTransient(err) || attempt >= 8 || Date.now() > deadline)
                throw explainApiError(err, what, admin.options.apiEndpoint);
            const delay = Math.random() * Math.min(16_000, base * 2 ** (attempt - 1));
            admin.options.onProgress?.(`${what}: ${err.httpStatusCode ?? 'network'} (transient), retrying in ${(delay / 1000).toFixed(1)} s`);
            await sleep(delay);
        }
    }
}
class OperationTimeoutError extends Error {
    name = 'OperationTimeoutError';
}
/** Polls an operation until DONE: backoff from ~1 s, a progress line with elapsed time. */
async function waitForOperation(admin, project, operation, what, timeoutMs) {
    const started = Date.now();
    let delay = admin.options.pollInitialMs ?? 1000;
    let lastLine = 0;
    for (;;) {
        const [op] = await withRetry(admin, `${what} (polling)`, () => admin.operations.get({ project, operation }));
        if (String(op.status) === 'DONE') {
            const errors = op.error?.errors ?? [];
            if (errors.length) {
                throw new CloudSqlApiError(`${what} failed: ${errors.map((x) => `${x.code ?? ''} ${x.message ?? ''}`.trim()).join('; ')}`, undefined);
            }
            admin.options.onProgress?.(`${what}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
            return op;
        }
        const elapsed = Date.now() - started;
        if (elapsed > timeoutMs) {
            throw new OperationTimeoutError(`${what}: operation ${operation} is still ${String(op.status)} after ${Math.round(elapsed / 1000)} s (timeout). It keeps running on Google's side; run apply again to wait for it.`);
        }
        if (elapsed - lastLine >= 10_000 || lastLine === 0) {
            admin.options.onProgress?.(`${what}: ${String(op.status)}, ${(elapsed / 1000).toFixed(0)} s elapsed`);
            lastLine = elapsed || 1;
        }
        await sleep(Math.min(delay, Math.max(0, timeoutMs - elapsed) + 50));
        delay = Math.min(delay * 1.5, 10_000);
    }
}


/***/ })

};
