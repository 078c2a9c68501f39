import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 735;
export const ids = [735];
export const modules = {

/***/ 4713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ CloudSqlApiError),
/* harmony export */   Fq: () => (/* binding */ OperationTimeoutError),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   cU: () => (/* binding */ explainApiError),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   o5: () => (/* binding */ waitForOperation),
/* harmony export */   yk: () => (/* binding */ SqlAdminRest),
/* harmony export */   zi: () => (/* binding */ httpJson)
/* harmony export */ });
/* unused harmony export DEFAULT_ENDPOINT */
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


/***/ }),

/***/ 82735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  provisionCloudSql: () => (/* binding */ provisionCloudSql)
});

// UNUSED EXPORTS: apiUser

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
            // Always the complete list: no parameters means no flags (an empty list clears them).
            databaseFlags: Object.entries(parameters ?? {})
                .map(([name, value]) => ({ name, value: flagValue(name, value) }))
                .sort((x, y) => x.name.localeCompare(y.name)),
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
const isEmptyList = (v) => Array.isArray(v) && v.length === 0;
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
    if (isEmptyList(v))
        return '(none)';
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
            // An empty list (no flags) is nothing to show on a new instance.
            .filter((p) => p !== 'name' && p !== 'project' && !isEmptyList(at(desired, p)))
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
        if (!('databaseFlags' in sent))
            sent.databaseFlags = settings.databaseFlags ?? [];
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

// EXTERNAL MODULE: ./src/cloudsql/rest.ts
var cloudsql_rest = __webpack_require__(4713);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(46409);
// EXTERNAL MODULE: ./src/postgres/connect.ts
var connect = __webpack_require__(36741);
// EXTERNAL MODULE: ./src/postgres/sql-plan.ts + 1 modules
var sql_plan = __webpack_require__(62386);
// EXTERNAL MODULE: ./src/postgres/sql-provision.ts + 2 modules
var sql_provision = __webpack_require__(85962);
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
                const { openConnector, defaultIpType } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 18617));
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
async function readLive(rest, project, name, databaseVersion) {
    const getInstance = async () => {
        try {
            // The REST answer is proto3 JSON already: the canonical shape the plan compares.
            return await rest.instance(project, name);
        }
        catch (err) {
            if (err.httpStatus === 404)
                return undefined;
            throw err;
        }
    };
    const [instance, flagList] = await Promise.all([getInstance(), rest.flags(databaseVersion)]);
    const flags = new Map();
    for (const f of flagList) {
        flags.set(String(f.name), { requiresRestart: Boolean(f.requiresRestart) });
    }
    const databases = new Set();
    const users = new Map();
    if (instance && instance.state === 'RUNNABLE') {
        const [dbs, us] = await Promise.all([rest.databases(project, name), rest.users(project, name)]);
        for (const d of dbs)
            databases.add(String(d.name));
        for (const u of us)
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
    const res = await (0,cloudsql_rest/* httpJson */.zi)('GET', new URL(`${options.apiEndpoint.replace(/\/$/, '')}/emulator/instances/${project}/${name}`)).catch(() => undefined);
    if (res?.status !== 200)
        return undefined;
    const body = JSON.parse(res.text);
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
async function waitInFlight(rest, project, name, timeoutMs) {
    for (const op of await rest.operations(project, name)) {
        if (String(op.status) === 'DONE')
            continue;
        rest.options.onProgress?.(`waiting for operation ${String(op.name)} (${String(op.operationType)}) already in flight`);
        await (0,cloudsql_rest/* waitForOperation */.o5)(rest, project, String(op.name), `operation in flight ${String(op.operationType)}`, timeoutMs);
    }
}
/** Databases the instance holds and the config does not list: deleted through the API under prune. */
function planDatabasePrune(config, live, options, sql) {
    const safety = options.safety ?? {};
    const wanted = new Set((config.databases ?? []).map((d) => d.name));
    const admin = sql ? (0,sql_provision/* adminDatabaseOf */.ik)(sql.url) : undefined;
    const changes = [];
    const toDelete = [];
    for (const name of [...live.databases].sort()) {
        if (wanted.has(name) || sql_plan/* SYSTEM_DATABASES */.Pj.has(name) || name === admin)
            continue;
        const resource = `database/${name}`;
        if (!safety.prune) {
            changes.push((0,sql_plan/* keptChange */.dm)(resource));
            continue;
        }
        const tables = sql?.tableCounts.get(name);
        if (tables !== 0 && !safety.allowDestroy) {
            changes.push({
                resource,
                action: 'refused',
                fields: [],
                flags: { destructive: true },
                note: tables === undefined
                    ? 'not in the config; without database-url pgci cannot tell whether it holds tables: pass allow-destroy to delete it'
                    : `not in the config and holds ${tables} table(s); pass allow-destroy to delete it`,
            });
            continue;
        }
        toDelete.push(name);
        changes.push({
            resource,
            action: 'delete',
            fields: [{ field: 'tables', old: tables === undefined ? null : String(tables), new: null }],
            flags: { destructive: true },
            note: 'through the Cloud SQL API',
        });
    }
    return { changes, toDelete };
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
    const apiOptions = {
        ...(options.apiEndpoint ? { apiEndpoint: options.apiEndpoint } : {}),
        ...(options.pollInitialMs !== undefined ? { pollInitialMs: options.pollInitialMs } : {}),
        ...(options.retryBaseMs !== undefined ? { retryBaseMs: options.retryBaseMs } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    };
    const rest = new cloudsql_rest/* SqlAdminRest */.yk(apiOptions);
    // google-gax, only when apply has a call to send.
    let admin;
    const getAdmin = async () => (admin ??= (await Promise.all(/* import() */[__webpack_require__.e(492), __webpack_require__.e(528), __webpack_require__.e(806), __webpack_require__.e(847)]).then(__webpack_require__.bind(__webpack_require__, 43847))).createSqlAdmin(apiOptions));
    // protobufjs and the Cloud SQL descriptors, also only for a call to send.
    const requestObject = async (type, json) => {
        await getAdmin(); // its client's descriptors first
        return (await Promise.all(/* import() */[__webpack_require__.e(528), __webpack_require__.e(796)]).then(__webpack_require__.bind(__webpack_require__, 30796))).requestObject(type, json);
    };
    const started = performance.now();
    let requests = 0;
    const sql = new SqlConnection(options, config, () => sqlUrl(options, config));
    try {
        if (mode === 'apply')
            await waitInFlight(rest, project, name, timeoutMs).catch((err) => {
                if (err.httpStatus !== 404)
                    throw err;
            });
        // The API and the SQL-level part are read at the same time; the SQL reading is dropped
        // (its connection error too) when the instance turns out not to exist yet.
        const sqlRead = sql.viaConnector
            ? Promise.resolve({})
            : sqlUrl(options, config).then(async (url) => url ? { url, result: await (0,sql_provision/* planPostgres */.FC)(sqlOptions(options, config, url)) } : {});
        sqlRead.catch(() => undefined);
        let live;
        try {
            live = await readLive(rest, project, name, databaseVersion);
            if (mode === 'apply' && live.instance && live.instance.state !== 'RUNNABLE') {
                // Another apply's operation started since we looked (a create in flight): wait, look again.
                await waitInFlight(rest, project, name, timeoutMs);
                live = await readLive(rest, project, name, databaseVersion);
            }
        }
        catch (err) {
            await sqlRead.catch(() => undefined);
            throw err;
        }
        const apiPlan = planApi(config, live, options);
        let read = live.instance ? await sqlRead : (await sqlRead.catch(() => undefined), {});
        // Through the connector the SQL part needs the instance first (its state and address).
        if (sql.viaConnector && live.instance) {
            const viaTunnel = await sql.url(live.instance);
            if (viaTunnel)
                read = {
                    url: viaTunnel,
                    result: await (0,sql_provision/* planPostgres */.FC)(sqlOptions(options, config, viaTunnel)),
                };
        }
        let url = read.url;
        const prune = planDatabasePrune(config, live, options, read.url ? { url: read.url, tableCounts: read.result.tableCounts } : undefined);
        let sqlChanges = [];
        if (read.url) {
            sqlChanges = read.result.plan.changes;
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
        const plan = {
            target: 'cloudsql',
            where,
            changes: [...apiPlan.changes, ...sqlChanges, ...prune.changes],
        };
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
        const operation = async (what, start) => {
            const op = await start();
            requests += 1;
            options.onProgress?.(`${what}: operation ${String(op.name)} started`);
            await (0,cloudsql_rest/* waitForOperation */.o5)(rest, project, String(op.name), what, timeoutMs);
        };
        // A call through google-gax's clients.
        const run = (what, call) => operation(what, async () => {
            const a = await getAdmin();
            const [op] = await (0,cloudsql_rest/* withRetry */.bD)(rest, what, () => call(a), Date.now() + timeoutMs);
            return op;
        });
        if (apiPlan.instanceAction === 'create') {
            const body = await requestObject('DatabaseInstance', apiPlan.instanceBody);
            await run(`create instance ${name}`, (a) => a.instances.insert({ project, body }));
        }
        else if (apiPlan.instanceAction === 'update') {
            // Over plain REST, so an empty flag list reaches the API (rest.ts).
            await operation(`update instance ${name}`, () => rest.patchInstance(project, name, apiPlan.instanceBody, Date.now() + timeoutMs));
        }
        for (const db of apiPlan.databasesToCreate) {
            const body = await requestObject('Database', { name: db, instance: name, project });
            await run(`create database ${db}`, (a) => a.databases.insert({ project, instance: name, body }));
        }
        for (const u of apiPlan.usersToCreate) {
            const body = {
                name: u.name,
                type: u.type,
                instance: name,
                project,
                ...(u.password ? { password: u.password } : {}),
            };
            const request = await requestObject('User', body);
            await run(`create user ${u.name}`, (a) => a.users.insert({ project, instance: name, body: request }));
        }
        if (requests > 0)
            live = await readLive(rest, project, name, databaseVersion);
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
        // Prune last: the SQL-level part no longer refers to what goes.
        for (const db of prune.toDelete) {
            await run(`delete database ${db}`, (a) => a.databases.delete({ project, instance: name, database: db }));
        }
        const finalPlan = {
            ...plan,
            changes: [...apiPlan.changes, ...finalChanges, ...prune.changes],
        };
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
        await admin?.close();
    }
}


/***/ })

};
