import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
<<<<<<<< HEAD:dist/pgci/726.index.js
export const id = 726;
export const ids = [726];
export const modules = {

/***/ 64726:
========
export const id = 422;
export const ids = [422,847,796];
export const modules = {

/***/ 43847:
>>>>>>>> issue-6-cloudsql:dist/pgci/422.index.js
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
<<<<<<<< HEAD:dist/pgci/726.index.js
    SqlDatabasesServiceClient: sql_databases_service_client.SqlDatabasesServiceClient,
    SqlFlagsServiceClient: sql_flags_service_client.SqlFlagsServiceClient,
    SqlInstancesServiceClient: sql_instances_service_client.SqlInstancesServiceClient,
    SqlOperationsServiceClient: sql_operations_service_client.SqlOperationsServiceClient,
    SqlUsersServiceClient: sql_users_service_client.SqlUsersServiceClient,
========
    SqlBackupRunsServiceClient: _google_cloud_sql_build_src_v1_sql_backup_runs_service_client_js__WEBPACK_IMPORTED_MODULE_0__/* .SqlBackupRunsServiceClient */ .z,
    SqlDatabasesServiceClient: _google_cloud_sql_build_src_v1_sql_databases_service_client_js__WEBPACK_IMPORTED_MODULE_1__/* .SqlDatabasesServiceClient */ .x,
    SqlFlagsServiceClient: _google_cloud_sql_build_src_v1_sql_flags_service_client_js__WEBPACK_IMPORTED_MODULE_2__/* .SqlFlagsServiceClient */ .S,
    SqlInstancesServiceClient: _google_cloud_sql_build_src_v1_sql_instances_service_client_js__WEBPACK_IMPORTED_MODULE_3__/* .SqlInstancesServiceClient */ .x,
    SqlOperationsServiceClient: _google_cloud_sql_build_src_v1_sql_operations_service_client_js__WEBPACK_IMPORTED_MODULE_4__/* .SqlOperationsServiceClient */ .b,
    SqlUsersServiceClient: _google_cloud_sql_build_src_v1_sql_users_service_client_js__WEBPACK_IMPORTED_MODULE_5__/* .SqlUsersServiceClient */ .$,
>>>>>>>> issue-6-cloudsql:dist/pgci/422.index.js
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


/***/ }),

/***/ 30796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   canonical: () => (/* binding */ canonical),
/* harmony export */   requestObject: () => (/* binding */ requestObject)
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

/***/ 58422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  provisionCloudSql: () => (/* binding */ provisionCloudSql)
});

// UNUSED EXPORTS: apiUser

// EXTERNAL MODULE: ./src/cloudsql/api.ts
var api = __webpack_require__(43847);
// EXTERNAL MODULE: ./src/provision/plan.ts
var provision_plan = __webpack_require__(24444);
// EXTERNAL MODULE: ./src/postgres/units.ts
var units = __webpack_require__(10336);
// EXTERNAL MODULE: ./src/cloudsql/flags.ts
var cloudsql_flags = __webpack_require__(76364);
;// CONCATENATED MODULE: ./src/cloudsql/instance-plan.ts



const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** A config parameter as Cloud SQL takes a databaseFlags value: base units, on/off. */
function flagValue(name, value) {
    const spec = cloudsql_flags/* FLAGS_BY_NAME */.cG.get(name);
    if (spec?.type === 'boolean' || typeof value === 'boolean') {
        const b = (0,units/* parseBoolean */.yG)(value);
        return b === undefined ? String(value) : b ? 'on' : 'off';
    }
    if (spec?.type === 'integer') {
        const q = (0,units/* parseQuantity */.Lf)(value, spec.unit);
        if (q.ok)
            return String(Math.round(q.value));
    }
    return String(value);
}
function expiration(expires) {
    if (!expires)
        return undefined;
    return /^\d{4}-\d{2}-\d{2}$/.test(expires) ? `${expires}T00:00:00Z` : expires;
}
/** Drops undefined values (and objects left empty) so the JSON is what would be sent. */
function clean(value) {
    if (Array.isArray(value))
        return value.map(clean);
    if (value && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            const c = clean(v);
            if (c !== undefined &&
                !(c && typeof c === 'object' && !Array.isArray(c) && Object.keys(c).length === 0))
                out[k] = c;
        }
        return out;
    }
    return value;
}
function desiredInstance(cfg, parameters) {
    const net = cfg.network ?? {};
    const b = cfg.backups ?? {};
    const pp = cfg.passwordPolicy;
    const qi = cfg.queryInsights;
    return clean({
        name: cfg.name,
        project: cfg.project,
        region: cfg.region,
        databaseVersion: cfg.databaseVersion,
        settings: {
            tier: cfg.tier,
            edition: cfg.edition ?? 'ENTERPRISE',
            availabilityType: cfg.availability ? cfg.availability.toUpperCase() : undefined,
            dataDiskType: cfg.disk?.type,
            dataDiskSizeGb: cfg.disk?.sizeGb !== undefined ? String(cfg.disk.sizeGb) : undefined,
            storageAutoResize: cfg.disk?.autoResize,
            storageAutoResizeLimit: cfg.disk?.autoResizeLimitGb !== undefined ? String(cfg.disk.autoResizeLimitGb) : undefined,
            ipConfiguration: {
                ipv4Enabled: net.publicIp,
                privateNetwork: net.privateNetwork,
                sslMode: net.sslMode,
                authorizedNetworks: net.authorizedNetworks
                    ? net.authorizedNetworks.map((n) => ({
                        value: n.cidr,
                        name: n.name,
                        expirationTime: expiration(n.expires),
                    }))
                    : undefined,
            },
            connectorEnforcement: net.connectorEnforcement,
            backupConfiguration: cfg.backups
                ? {
                    enabled: b.enabled,
                    startTime: b.startTime,
                    location: b.location,
                    pointInTimeRecoveryEnabled: b.pointInTimeRecovery,
                    transactionLogRetentionDays: b.transactionLogRetentionDays,
                    backupRetentionSettings: b.retainedBackups !== undefined
                        ? { retainedBackups: b.retainedBackups, retentionUnit: 'COUNT' }
                        : undefined,
                }
                : undefined,
            maintenanceWindow: cfg.maintenance
                ? {
                    day: cfg.maintenance.day ? DAYS.indexOf(cfg.maintenance.day) + 1 : undefined,
                    hour: cfg.maintenance.hour,
                }
                : undefined,
            deletionProtectionEnabled: cfg.deletionProtection,
            insightsConfig: qi
                ? {
                    queryInsightsEnabled: qi.enabled,
                    queryStringLength: qi.queryStringLength,
                    recordApplicationTags: qi.recordApplicationTags,
                    recordClientAddress: qi.recordClientAddress,
                }
                : undefined,
            userLabels: cfg.labels,
            passwordValidationPolicy: pp
                ? {
                    enablePasswordPolicy: pp.enabled,
                    minLength: pp.minLength,
                    complexity: pp.complexity,
                    reuseInterval: pp.reuseInterval,
                    disallowUsernameSubstring: pp.disallowUsernameSubstring,
                    passwordChangeInterval: pp.passwordChangeIntervalDays !== undefined
                        ? `${pp.passwordChangeIntervalDays * 86400}s`
                        : undefined,
                }
                : undefined,
            databaseFlags: parameters
                ? Object.entries(parameters)
                    .map(([name, value]) => ({ name, value: flagValue(name, value) }))
                    .sort((x, y) => x.name.localeCompare(y.name))
                : undefined,
        },
    });
}
/** Lists compared as sets of their entries (kind dropped), maps as maps. */
const WHOLE = new Set([
    'settings.databaseFlags',
    'settings.ipConfiguration.authorizedNetworks',
    'settings.userLabels',
]);
function stripKind(v) {
    if (Array.isArray(v))
        return v.map(stripKind);
    if (v && typeof v === 'object') {
        return Object.fromEntries(Object.entries(v)
            .filter(([k]) => k !== 'kind')
            .map(([k, x]) => [k, stripKind(x)]));
    }
    return v;
}
function same(a, b, path) {
    if (WHOLE.has(path) && Array.isArray(a) && Array.isArray(b)) {
        const key = (x) => JSON.stringify(stripKind(x));
        return JSON.stringify(a.map(key).sort()) === JSON.stringify(b.map(key).sort());
    }
    if (Array.isArray(a) || Array.isArray(b) || WHOLE.has(path))
        return JSON.stringify(stripKind(a ?? [])) === JSON.stringify(stripKind(b ?? []));
    return String(a) === String(b);
}
function at(obj, path) {
    return path
        .split('.')
        .reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), obj);
}
/** Leaf paths of the desired instance (lists and label maps as one leaf each). */
function leaves(obj, prefix = '') {
    return Object.entries(obj).flatMap(([k, v]) => {
        const path = prefix ? `${prefix}.${k}` : k;
        if (v && typeof v === 'object' && !Array.isArray(v) && !WHOLE.has(path))
            return leaves(v, path);
        return [path];
    });
}
function show(v, path) {
    if (v === undefined)
        return null;
    if (path === 'settings.databaseFlags' && Array.isArray(v))
        return v.map((f) => `${String(f.name)}=${String(f.value)}`).join(', ');
    if (path === 'settings.ipConfiguration.authorizedNetworks' && Array.isArray(v))
        return v.map((n) => String(n.value)).join(', ');
    if (typeof v === 'object')
        return JSON.stringify(stripKind(v));
    return (0,provision_plan/* display */.Vy)(v);
}
function planInstance(desired, live, flags, safety) {
    const resource = `instance/${String(desired.name)}`;
    if (!live) {
        const fields = leaves(desired)
            .filter((p) => p !== 'name' && p !== 'project')
            .map((p) => ({ field: p, old: null, new: show(at(desired, p), p) }));
        return {
            change: { resource, action: 'create', fields, flags: {} },
            body: desired,
            restart: false,
        };
    }
    const fields = [];
    const refusedReasons = [];
    const changedSettings = new Set();
    let restart = false;
    let immutable = false;
    let upgrade = false;
    for (const path of leaves(desired)) {
        const want = at(desired, path);
        const have = at(live, path);
        if (path === 'project' || same(want, have, path))
            continue;
        fields.push({ field: path, old: show(have, path), new: show(want, path) });
        const why = immutableReason(path, have, want);
        if (why) {
            immutable = true;
            refusedReasons.push(why);
            continue;
        }
        if (path === 'databaseVersion')
            upgrade = true;
        if (path.startsWith('settings.'))
            changedSettings.add(path.split('.')[1]);
        if (path === 'settings.tier' ||
            path === 'settings.availabilityType' ||
            path === 'settings.edition')
            restart = true;
        if (path === 'settings.databaseFlags') {
            const before = new Map((have ?? []).map((f) => [String(f.name), String(f.value)]));
            const after = new Map((want ?? []).map((f) => [String(f.name), String(f.value)]));
            for (const name of new Set([...before.keys(), ...after.keys()])) {
                if (before.get(name) !== after.get(name) &&
                    (flags.get(name)?.requiresRestart ?? cloudsql_flags/* FLAGS_BY_NAME */.cG.get(name)?.requiresRestart))
                    restart = true;
            }
        }
    }
    if (upgrade)
        restart = true;
    const flagsOut = {
        ...(restart ? { requiresRestart: true } : {}),
        ...(immutable ? { immutable: true } : {}),
    };
    if (immutable) {
        return {
            change: {
                resource,
                action: 'refused',
                fields,
                flags: flagsOut,
                note: refusedReasons.join('; '),
            },
            restart,
        };
    }
    if (!fields.length)
        return { change: { resource, action: 'no-op', fields, flags: {} }, restart: false };
    if (restart && !safety.allowRestart) {
        return {
            change: {
                resource,
                action: 'refused',
                fields,
                flags: flagsOut,
                note: 'these changes restart the instance; pass allow-restart to apply them',
            },
            restart,
        };
    }
    const settings = desired.settings;
    const body = {};
    if (upgrade)
        body.databaseVersion = desired.databaseVersion;
    if (changedSettings.size) {
        // Whole subtrees of what changed; databaseFlags and authorizedNetworks as complete lists.
        const sent = {};
        for (const key of changedSettings)
            sent[key] = settings[key];
        if (changedSettings.has('ipConfiguration'))
            sent.ipConfiguration = settings.ipConfiguration;
        if (!('databaseFlags' in sent) && changedSettings.size && settings.databaseFlags)
            sent.databaseFlags = settings.databaseFlags;
        if (!sent.tier)
            sent.tier = settings.tier; // Cloud SQL wants the tier on every settings patch
        body.settings = sent;
    }
    return { change: { resource, action: 'update', fields, flags: flagsOut }, body, restart };
}
function immutableReason(path, have, want) {
    switch (path) {
        case 'region':
            return `region cannot change (${String(have)} → ${String(want)}): create a new instance and migrate`;
        case 'name':
            return 'an instance cannot be renamed';
        case 'settings.dataDiskType':
            return `disk type cannot change (${String(have)} → ${String(want)})`;
        case 'settings.dataDiskSizeGb':
            return Number(want) < Number(have)
                ? `disk size cannot shrink (${String(have)} GB → ${String(want)} GB)`
                : undefined;
        case 'settings.ipConfiguration.privateNetwork':
            return have
                ? `the private network cannot be removed or changed (${String(have)})`
                : undefined;
        case 'databaseVersion': {
            const v = (x) => Number(String(x).split('_')[1]);
            return v(want) < v(have)
                ? `a downgrade is not possible (${String(have)} → ${String(want)})`
                : undefined;
        }
        default:
            return undefined;
    }
}

// EXTERNAL MODULE: ./src/cloudsql/proto-json.ts
var proto_json = __webpack_require__(30796);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(61036);
// EXTERNAL MODULE: ./src/postgres/connect.ts
var connect = __webpack_require__(36741);
// EXTERNAL MODULE: ./src/postgres/sql-plan.ts + 2 modules
var sql_plan = __webpack_require__(37444);
// EXTERNAL MODULE: ./src/postgres/sql-provision.ts + 29 modules
var sql_provision = __webpack_require__(4962);
// EXTERNAL MODULE: ./src/provision/report.ts
var provision_report = __webpack_require__(46781);
;// CONCATENATED MODULE: ./src/provision/sql-connection.ts
class SqlConnection {
    options;
    config;
    fallback;
    tunnel;
    constructor(options, config, fallback) {
        this.options = options;
        this.config = config;
        this.fallback = fallback;
    }
    /** Whether the connector is the way in (so the output URL is not the tunnel's). */
    get viaConnector() {
        return !this.options.databaseUrl && Boolean(this.options.dbUser);
    }
    /** A URL for the SQL-level part, or undefined when there is none (yet). */
    async url(instance) {
        if (!instance)
            return undefined;
        if (this.options.databaseUrl)
            return this.options.databaseUrl;
        if (this.options.dbUser) {
            if (instance.state !== 'RUNNABLE')
                return undefined;
            if (!this.tunnel) {
                const { openConnector, defaultIpType } = await __webpack_require__.e(/* import() */ 356).then(__webpack_require__.bind(__webpack_require__, 3356));
                const ipType = this.options.ipType ?? defaultIpType(this.config);
                this.options.onProgress?.(`connecting to ${String(instance.connectionName)} through the Cloud SQL connector (${ipType} IP) as ${this.options.dbUser}`);
                this.tunnel = await openConnector({
                    connectionName: String(instance.connectionName),
                    ipType,
                    user: this.options.dbUser,
                    ...(this.options.dbPassword ? { password: this.options.dbPassword } : {}),
                    ...(this.options.apiEndpoint ? { apiEndpoint: this.options.apiEndpoint } : {}),
                    env: this.options.env ?? process.env,
                    ...(this.options.timeoutMs !== undefined
                        ? { timeoutMs: Math.min(this.options.timeoutMs, 120_000) }
                        : {}),
                    ...(this.options.onSecret ? { onSecret: this.options.onSecret } : {}),
                });
            }
            return this.tunnel.url;
        }
        return this.fallback();
    }
    /** The URL the outputs may describe: never the local tunnel. */
    outputUrl(url) {
        return this.viaConnector ? undefined : url;
    }
    async close() {
        await this.tunnel?.close();
        this.tunnel = undefined;
    }
}

;// CONCATENATED MODULE: ./src/provision/cloudsql-target.ts
/**
 * The cloudsql target: the instance through the Cloud SQL Admin API (insert/patch, waiting for
 * each operation), then databases and users through the API, then everything the API cannot
 * do over SQL (the postgres target's plan with the API-owned parts switched off). Loaded
 * lazily: only this path pulls in google-gax.
 */










/** The Cloud SQL database user for a config role: IAM users by email, built-in by name. */
function apiUser(role) {
    if (role.iam) {
        return role.iam.endsWith('.gserviceaccount.com')
            ? { name: role.iam.replace(/\.gserviceaccount\.com$/, ''), type: 'CLOUD_IAM_SERVICE_ACCOUNT' }
            : { name: role.iam, type: 'CLOUD_IAM_USER' };
    }
    if (role.password)
        return { name: role.name, type: 'BUILT_IN' };
    return undefined;
}
async function readLive(admin, project, name, databaseVersion) {
    const getInstance = async () => {
        try {
            const [inst] = await (0,api.withRetry)(admin, `get instance ${name}`, () => admin.instances.get({ project, instance: name }));
            return (0,proto_json.canonical)('DatabaseInstance', inst);
        }
        catch (err) {
            if (err.httpStatus === 404)
                return undefined;
            throw err;
        }
    };
    const [instance, [flagList]] = await Promise.all([
        getInstance(),
        (0,api.withRetry)(admin, 'list database flags', () => admin.flags.list({ databaseVersion })),
    ]);
    const flags = new Map();
    for (const f of flagList.items ?? []) {
        flags.set(String(f.name), { requiresRestart: Boolean(f.requiresRestart?.value) });
    }
    const databases = new Set();
    const users = new Map();
    if (instance && instance.state === 'RUNNABLE') {
        const [dbs, us] = await Promise.all([
            (0,api.withRetry)(admin, 'list databases', () => admin.databases.list({ project, instance: name })),
            (0,api.withRetry)(admin, 'list users', () => admin.users.list({ project, instance: name })),
        ]);
        for (const d of dbs[0].items ?? [])
            databases.add(String(d.name));
        for (const u of us[0].items ?? [])
            users.set(String(u.name), String(u.type ?? 'BUILT_IN'));
    }
    return { ...(instance ? { instance } : {}), databases, users, flags };
}
function planApi(config, live, options) {
    const cfg = config.instance;
    const desired = desiredInstance(cfg, config.parameters);
    const inst = planInstance(desired, live.instance, live.flags, options.safety ?? {});
    const changes = [inst.change];
    const databasesToCreate = [];
    for (const db of config.databases ?? []) {
        if (live.databases.has(db.name))
            continue;
        databasesToCreate.push(db.name);
        changes.push({
            resource: `database/${db.name}`,
            action: 'create',
            fields: [{ field: 'name', old: null, new: db.name }],
            flags: {},
            note: 'through the Cloud SQL API',
        });
    }
    const usersToCreate = [];
    const env = options.env ?? process.env;
    for (const role of config.roles ?? []) {
        const user = apiUser(role);
        if (!user || live.users.has(user.name))
            continue;
        const pw = (0,sql_plan/* resolvePassword */.IM)(role, env);
        if (user.type === 'BUILT_IN' && pw.missing) {
            changes.push({
                resource: `user/${user.name}`,
                action: 'refused',
                fields: [],
                flags: {},
                note: `set the environment variable ${pw.variable} (its password) before creating ${role.name}`,
            });
            continue;
        }
        usersToCreate.push({ role, ...user, ...(pw.value ? { password: pw.value } : {}) });
        changes.push({
            resource: `user/${user.name}`,
            action: 'create',
            fields: [{ field: 'type', old: null, new: user.type }],
            flags: {},
            note: 'through the Cloud SQL API',
        });
    }
    return {
        changes,
        ...(inst.body ? { instanceBody: inst.body } : {}),
        instanceAction: inst.change.action,
        databasesToCreate,
        usersToCreate,
        live,
    };
}
/** Where the SQL-level part connects: the URL given, or (emulator) the instance's own server. */
async function sqlUrl(options, config) {
    if (options.databaseUrl)
        return options.databaseUrl;
    if (!options.apiEndpoint || !options.apiEndpoint.startsWith('http://'))
        return undefined;
    const { project, name } = config.instance;
    const res = await fetch(`${options.apiEndpoint.replace(/\/$/, '')}/emulator/instances/${project}/${name}`).catch(() => undefined);
    if (!res?.ok)
        return undefined;
    const body = (await res.json());
    return body.databaseUrl ?? undefined;
}
function sqlOptions(options, config, url) {
    const apiRoles = new Set();
    const iamMembers = new Map();
    for (const role of config.roles ?? []) {
        const user = apiUser(role);
        if (user?.type === 'BUILT_IN')
            apiRoles.add(role.name);
        else if (user)
            iamMembers.set(role.name, user.name);
    }
    return {
        url,
        config,
        configFile: options.configFile,
        env: options.env ?? process.env,
        safety: { ...options.safety, allowRestart: false },
        scope: { databases: false, serverParameters: false, apiRoles, iamMembers },
        ...(options.timeoutMs !== undefined ? { lockTimeoutMs: options.timeoutMs } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.onSecret ? { onSecret: options.onSecret } : {}),
        ...(options.onStatement ? { onStatement: options.onStatement } : {}),
    };
}
function outputs(config, instance, url, plan, changed) {
    const ips = (instance?.ipAddresses ?? []);
    const ip = (type) => String(ips.find((a) => a.type === type)?.ipAddress ?? '');
    let databaseUrl = '';
    const db = config.migrations?.database ?? config.databases?.[0]?.name ?? 'postgres';
    if (url) {
        const u = new URL(url);
        u.password = '';
        u.pathname = `/${encodeURIComponent(db)}`;
        databaseUrl = u.toString();
    }
    else if (instance) {
        const host = ip('PRIVATE') || ip('PRIMARY');
        if (host)
            databaseUrl = `postgres://${host}:5432/${encodeURIComponent(db)}`;
    }
    return {
        'connection-name': String(instance?.connectionName ?? ''),
        'private-ip': ip('PRIVATE'),
        'public-ip': ip('PRIMARY'),
        'database-url': databaseUrl,
        'plan-json': JSON.stringify(plan),
        changed: String(changed),
    };
}
/** Waits for operations already running on the instance (a killed apply, another apply). */
async function waitInFlight(admin, project, name, timeoutMs) {
    const [ops] = await (0,api.withRetry)(admin, 'list operations', () => admin.operations.list({ project, instance: name }));
    for (const op of ops.items ?? []) {
        if (String(op.status) === 'DONE')
            continue;
        admin.options.onProgress?.(`waiting for operation ${String(op.name)} (${String(op.operationType)}) already in flight`);
        await (0,api.waitForOperation)(admin, project, String(op.name), `operation in flight ${String(op.operationType)}`, timeoutMs);
    }
}
async function provisionCloudSql(mode, options, config) {
    if (!config.instance) {
        throw new load/* InputError */.dz(`${options.configFile}: the cloudsql target needs an instance: section (or use --target postgres with --database-url).`);
    }
    const { project, name, databaseVersion } = config.instance;
    const env = options.env ?? process.env;
    for (const role of config.roles ?? []) {
        const pw = (0,sql_plan/* resolvePassword */.IM)(role, env).value;
        if (pw)
            options.onSecret?.(pw);
    }
    if (options.databaseUrl) {
        const pw = (0,connect/* urlPassword */.Ds)(options.databaseUrl);
        if (pw)
            options.onSecret?.(pw);
    }
    const timeoutMs = options.timeoutMs ?? 1_800_000;
    const admin = (0,api.createSqlAdmin)({
        ...(options.apiEndpoint ? { apiEndpoint: options.apiEndpoint } : {}),
        ...(options.pollInitialMs !== undefined ? { pollInitialMs: options.pollInitialMs } : {}),
        ...(options.retryBaseMs !== undefined ? { retryBaseMs: options.retryBaseMs } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    const started = performance.now();
    let requests = 0;
    const sql = new SqlConnection(options, config, () => sqlUrl(options, config));
    try {
        if (mode === 'apply')
            await waitInFlight(admin, project, name, timeoutMs).catch((err) => {
                if (err.httpStatus !== 404)
                    throw err;
            });
        let live = await readLive(admin, project, name, databaseVersion);
        const apiPlan = planApi(config, live, options);
        let url = await sql.url(live.instance);
        let sqlChanges = [];
        if (url) {
            sqlChanges = (await (0,sql_provision/* planPostgres */.FC)(sqlOptions(options, config, url))).plan.changes;
        }
        else {
            sqlChanges = [
                {
                    resource: 'sql',
                    action: 'skip',
                    fields: [],
                    flags: {},
                    note: live.instance
                        ? 'roles, grants, extensions, parameters and migrations need database-url (e.g. through the Cloud SQL Auth Proxy) or db-user (the Cloud SQL connector)'
                        : 'roles, grants, extensions, parameters and migrations are planned once the instance exists',
                },
            ];
        }
        const where = `${project}:${config.instance.region}:${name}${options.apiEndpoint ? ` via ${options.apiEndpoint}` : ''}`;
        const plan = { target: 'cloudsql', where, changes: [...apiPlan.changes, ...sqlChanges] };
        if (mode === 'plan' || (0,provision_plan/* refused */.J5)(plan).length) {
            const report = (0,provision_report/* planReport */.sH)(plan);
            if (mode === 'apply') {
                report.check = 'apply';
                report.title = 'Provision (apply)';
                report.summary = `nothing applied: ${report.summary}`;
            }
            return {
                plan,
                report,
                outputs: outputs(config, live.instance, sql.outputUrl(url), plan, mode === 'plan' && (0,provision_plan/* pending */.Ub)(plan).length > 0),
                mutations: 0,
            };
        }
        // Apply: instance → databases → users, each operation waited for (Cloud SQL runs one at a time).
        const run = async (what, call) => {
            const [op] = await (0,api.withRetry)(admin, what, call, Date.now() + timeoutMs);
            requests += 1;
            options.onProgress?.(`${what}: operation ${String(op.name)} started`);
            await (0,api.waitForOperation)(admin, project, String(op.name), what, timeoutMs);
        };
        if (apiPlan.instanceAction === 'create') {
            await run(`create instance ${name}`, () => admin.instances.insert({
                project,
                body: (0,proto_json.requestObject)('DatabaseInstance', apiPlan.instanceBody),
            }));
        }
        else if (apiPlan.instanceAction === 'update') {
            await run(`update instance ${name}`, () => admin.instances.patch({
                project,
                instance: name,
                body: (0,proto_json.requestObject)('DatabaseInstance', apiPlan.instanceBody),
            }));
        }
        for (const db of apiPlan.databasesToCreate) {
            await run(`create database ${db}`, () => admin.databases.insert({
                project,
                instance: name,
                body: (0,proto_json.requestObject)('Database', { name: db, instance: name, project }),
            }));
        }
        for (const u of apiPlan.usersToCreate) {
            const body = {
                name: u.name,
                type: u.type,
                instance: name,
                project,
                ...(u.password ? { password: u.password } : {}),
            };
            await run(`create user ${u.name}`, () => admin.users.insert({ project, instance: name, body: (0,proto_json.requestObject)('User', body) }));
        }
        live = await readLive(admin, project, name, databaseVersion);
        url = await sql.url(live.instance);
        let statements = 0;
        let migrationsApplied = [];
        let finalChanges = sqlChanges;
        if (url) {
            try {
                const applied = await (0,sql_provision/* applyPostgres */.Mp)(sqlOptions(options, config, url));
                statements = applied.statements;
                migrationsApplied = applied.migrationsApplied;
                finalChanges = applied.plan.changes;
            }
            catch (err) {
                if (!(err instanceof provision_plan/* PlanRefusedError */.iQ))
                    throw err;
                const refusedPlan = { ...plan, changes: [...apiPlan.changes, ...err.plan.changes] };
                const report = (0,provision_report/* planReport */.sH)(refusedPlan);
                report.check = 'apply';
                report.title = 'Provision (apply)';
                report.summary = `instance, databases and users applied; SQL-level part refused: ${report.summary}`;
                return {
                    plan: refusedPlan,
                    report,
                    outputs: outputs(config, live.instance, sql.outputUrl(url), refusedPlan, requests > 0),
                    mutations: requests,
                };
            }
        }
        const finalPlan = { ...plan, changes: [...apiPlan.changes, ...finalChanges] };
        const report = (0,provision_report/* planReport */.sH)(finalPlan, {
            statements,
            requests,
            migrationsApplied,
            elapsedMs: performance.now() - started,
        });
        return {
            plan: finalPlan,
            report,
            outputs: outputs(config, live.instance, sql.outputUrl(url), finalPlan, requests + statements > 0),
            mutations: requests + statements,
        };
    }
    finally {
        await sql.close();
        await admin.close();
    }
}


/***/ })

};
