import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 847;
export const ids = [847,228,796,713];
export const modules = {

/***/ 43847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CloudSqlApiError: () => (/* reexport safe */ _rest_js__WEBPACK_IMPORTED_MODULE_6__.CloudSqlApiError),
/* harmony export */   OperationTimeoutError: () => (/* reexport safe */ _rest_js__WEBPACK_IMPORTED_MODULE_6__.OperationTimeoutError),
/* harmony export */   createSqlAdmin: () => (/* binding */ createSqlAdmin),
/* harmony export */   explainApiError: () => (/* reexport safe */ _rest_js__WEBPACK_IMPORTED_MODULE_6__.explainApiError),
/* harmony export */   isTransient: () => (/* reexport safe */ _rest_js__WEBPACK_IMPORTED_MODULE_6__.isTransient),
/* harmony export */   withRetry: () => (/* reexport safe */ _rest_js__WEBPACK_IMPORTED_MODULE_6__.withRetry)
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


/***/ }),

/***/ 4713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CloudSqlApiError: () => (/* binding */ CloudSqlApiError),
/* harmony export */   DEFAULT_ENDPOINT: () => (/* binding */ DEFAULT_ENDPOINT),
/* harmony export */   OperationTimeoutError: () => (/* binding */ OperationTimeoutError),
/* harmony export */   SqlAdminRest: () => (/* binding */ SqlAdminRest),
/* harmony export */   explainApiError: () => (/* binding */ explainApiError),
/* harmony export */   httpJson: () => (/* binding */ httpJson),
/* harmony export */   isTransient: () => (/* binding */ isTransient),
/* harmony export */   waitForOperation: () => (/* binding */ waitForOperation),
/* harmony export */   withRetry: () => (/* binding */ withRetry)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The Cloud SQL Admin API v1 without google-gax: the reads (instance, flags, databases, users,
 * operations) as plain REST GETs over node:http, the instance patch (so empty lists are sent),
 * bounded retries with jitter, operation polling with backoff, and errors explained for a
 * person. `pgci plan` needs nothing else, so it never loads @google-cloud/sql's clients (a 5 MB
 * chunk: about a second of start-up on a loaded runner); apply loads them (api.ts) only when it
 * has something to send.
 */


const DEFAULT_ENDPOINT = 'https://sqladmin.googleapis.com';
const SCOPE = 'https://www.googleapis.com/auth/sqlservice.admin';
/** An API refusal explained: HTTP status, and the API's own message. */
class CloudSqlApiError extends Error {
    httpStatus;
    name = 'CloudSqlApiError';
    constructor(message, httpStatus) {
        super(message);
        this.httpStatus = httpStatus;
    }
}
class OperationTimeoutError extends Error {
    name = 'OperationTimeoutError';
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
    // Socket-level failures (no HTTP status): connection reset mid-run.
    return (status === undefined &&
        /ECONNRESET|socket hang up|EPIPE|UND_ERR_SOCKET/.test(`${e.message ?? ''} ${e.cause?.code ?? ''}`));
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
/**
 * One HTTP exchange through node:http(s): no fetch, so no undici to load at start-up, and a
 * socket error keeps its own code (ECONNREFUSED) for the message.
 */
function httpJson(method, url, headers = {}, body) {
    return new Promise((resolve, reject) => {
        const req = (url.protocol === 'http:' ? node_http__WEBPACK_IMPORTED_MODULE_0__.request : node_https__WEBPACK_IMPORTED_MODULE_1__.request)(url, {
            method,
            headers: {
                accept: 'application/json',
                ...headers,
                ...(body !== undefined
                    ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
                    : {}),
            },
        }, (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', text }));
            res.on('error', reject);
        });
        req.on('error', (err) => reject(Object.assign(new Error(`${err.code ?? 'network error'}: ${err.message}`), { cause: err })));
        req.end(body);
    });
}
/** Calls `fn`, retrying transient failures with exponential backoff and full jitter. */
async function withRetry(api, what, fn, deadline = Infinity) {
    const base = api.options.retryBaseMs ?? 1000;
    for (let attempt = 1;; attempt += 1) {
        try {
            return await fn();
        }
        catch (err) {
            if (!isTransient(err) || attempt >= 8 || Date.now() > deadline)
                throw explainApiError(err, what, api.options.apiEndpoint);
            const delay = Math.random() * Math.min(16_000, base * 2 ** (attempt - 1));
            api.options.onProgress?.(`${what}: ${err.httpStatusCode ?? 'network'} (transient), retrying in ${(delay / 1000).toFixed(1)} s`);
            await sleep(delay);
        }
    }
}
/** REST calls: the reads, and the instance patch; every answer is the API's proto3 JSON. */
class SqlAdminRest {
    options;
    base;
    authHeaders;
    constructor(options) {
        this.options = options;
        this.base = (options.apiEndpoint || DEFAULT_ENDPOINT).replace(/\/$/, '');
    }
    /** Google credentials (Application Default Credentials) for https; none for a local endpoint. */
    headers() {
        this.authHeaders ??= this.base.startsWith('http://')
            ? Promise.resolve({})
            : __webpack_require__.e(/* import() */ 492).then(__webpack_require__.t.bind(__webpack_require__, 492, 23)).then(async ({ GoogleAuth }) => Object.fromEntries(await new GoogleAuth({ scopes: [SCOPE] }).getRequestHeaders()));
        return this.authHeaders;
    }
    get(path, query = {}) {
        return this.request('GET', path, query);
    }
    /**
     * One v1 call; an error carries httpStatusCode like gax's, for withRetry and explainApiError.
     * A body goes as written: an empty list stays in it (gax's proto serializer drops one).
     */
    async request(method, path, query = {}, body) {
        const url = new URL(`${this.base}/v1/${path}`);
        for (const [k, v] of Object.entries(query))
            url.searchParams.set(k, v);
        const res = await httpJson(method, url, await this.headers(), body ? JSON.stringify(body) : undefined);
        const text = res.text;
        let answer = {};
        try {
            answer = text ? JSON.parse(text) : {};
        }
        catch {
            answer = { error: { message: text.slice(0, 200) } };
        }
        if (res.status < 200 || res.status > 299) {
            const error = (answer.error ?? {});
            throw Object.assign(new Error(`${res.status} ${error.status ?? 'ERROR'}: ${error.message ?? res.statusText}`), { httpStatusCode: res.status, code: res.status });
        }
        return answer;
    }
    call(what, path, query) {
        return withRetry(this, what, () => this.get(path, query));
    }
    /** A list call's items (the API leaves `items` out when there are none). */
    async list(what, path, query) {
        return ((await this.call(what, path, query)).items ?? []);
    }
    instance(project, name) {
        return this.call(`get instance ${name}`, `projects/${enc(project)}/instances/${enc(name)}`);
    }
    flags(databaseVersion) {
        return this.list('list database flags', 'flags', { databaseVersion });
    }
    databases(project, name) {
        return this.list('list databases', `projects/${enc(project)}/instances/${enc(name)}/databases`);
    }
    users(project, name) {
        return this.list('list users', `projects/${enc(project)}/instances/${enc(name)}/users`);
    }
    operations(project, instance) {
        return this.list('list operations', `projects/${enc(project)}/operations`, { instance });
    }
    operation(project, operation, what) {
        return this.call(what, `projects/${enc(project)}/operations/${enc(operation)}`);
    }
    /**
     * instances.patch over REST: the body is canonical JSON, sent as is, so a complete list that
     * is empty (`settings.databaseFlags: []`, no authorized networks) reaches the API and clears
     * what the instance had; omitting the field would keep it.
     */
    patchInstance(project, name, body, deadline) {
        return withRetry(this, `update instance ${name}`, () => this.request('PATCH', `projects/${enc(project)}/instances/${enc(name)}`, {}, body), deadline);
    }
}
const enc = encodeURIComponent;
/** Polls an operation until DONE: backoff from ~1 s, a progress line with elapsed time. */
async function waitForOperation(rest, project, operation, what, timeoutMs) {
    const started = Date.now();
    let delay = rest.options.pollInitialMs ?? 1000;
    let lastLine = 0;
    for (;;) {
        const op = await rest.operation(project, operation, `${what} (polling)`);
        if (String(op.status) === 'DONE') {
            const errors = (op.error?.errors ?? []);
            if (errors.length) {
                throw new CloudSqlApiError(`${what} failed: ${errors.map((x) => `${String(x.code ?? '')} ${String(x.message ?? '')}`.trim()).join('; ')}`, undefined);
            }
            rest.options.onProgress?.(`${what}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
            return op;
        }
        const elapsed = Date.now() - started;
        if (elapsed > timeoutMs) {
            throw new OperationTimeoutError(`${what}: operation ${operation} is still ${String(op.status)} after ${Math.round(elapsed / 1000)} s (timeout). It keeps running on Google's side; run apply again to wait for it.`);
        }
        if (elapsed - lastLine >= 10_000 || lastLine === 0) {
            rest.options.onProgress?.(`${what}: ${String(op.status)}, ${(elapsed / 1000).toFixed(0)} s elapsed`);
            lastLine = elapsed || 1;
        }
        await sleep(Math.min(delay, Math.max(0, timeoutMs - elapsed) + 50));
        delay = Math.min(delay * 1.5, 10_000);
    }
}


/***/ })

};
