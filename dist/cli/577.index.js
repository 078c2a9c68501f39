import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 577;
export const ids = [577,356];
export const modules = {

/***/ 36214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 21916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = exports.kp = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
exports.kp = closest;


/***/ }),

/***/ 11141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   apply: () => (/* binding */ apply)
/* harmony export */ });
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31868);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71604);
/* harmony import */ var _provision_shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47058);
/** `pgci apply`: make the instance and server match the config, idempotently. */



const apply = {
    help: `Usage: pgci apply [options]

Plans (as pgci plan) under a lock, refuses the whole apply if any change is refused, then
applies in order: instance → databases → roles → grants and default privileges →
extensions and parameters → migrations (postgrator, each in its own transaction). A second
apply of the same config changes nothing. Passwords come from \${ENV} references and are
never printed.

Options:
${_provision_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .PROVISION_OPTIONS_HELP */ .t}

Exit codes: 0 applied (or nothing to do), 1 refused changes or a failure (nothing refused is
applied), 2 bad usage or unreadable config.`,
    async run(args, io) {
        const out = await (0,_provision_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .runProvisionCommand */ .G)('apply', args, io);
        if (out === 'help')
            return (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .help */ .yj)(io, this);
        if (out === 'failed')
            return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.findings;
        await (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .printReports */ .pV)(io, [out.result.report], out.format);
        return out.result.report.status === 'fail' ? _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.findings : _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok;
    },
};


/***/ }),

/***/ 47058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ runProvisionCommand),
/* harmony export */   t: () => (/* binding */ PROVISION_OPTIONS_HELP)
/* harmony export */ });
/* harmony import */ var _cloudsql_connector_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3356);
/* harmony import */ var _commands_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30010);
/* harmony import */ var _provision_provision_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94912);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60776);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31868);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71604);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46409);
/* harmony import */ var _postgres_connect_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(36741);
/** What `pgci plan` and `pgci apply` share: options, target selection and the core call. */








const PROVISION_OPTIONS_HELP = `  -c, --config FILE       the pgci config (default: database/pgci.yml)
  -t, --target TARGET     postgres (a server by URL) or cloudsql (the Admin API, then SQL);
                          default: postgres with --database-url, cloudsql with --api-endpoint
  -d, --database-url URL  postgres://user:password@host:5432/db (default: $DATABASE_URL);
                          with cloudsql, the URL of the instance for the SQL-level part
      --api-endpoint URL  Cloud SQL Admin API endpoint, e.g. the emulator http://127.0.0.1:8089
      --db-user USER      cloudsql without --database-url: connect through the Cloud SQL
                          connector as USER, an IAM principal's email (automatic IAM
                          authentication) or a built-in user (then --db-password)
      --db-password REF   the built-in user's password as a reference, '\${PGCI_DB_PASSWORD}'
      --ip-type TYPE      PUBLIC, PRIVATE or PSC for the connector (default: PRIVATE when the
                          config turns the public IP off, else PUBLIC); credentials: ADC, or
                          a token in $GOOGLE_OAUTH_ACCESS_TOKEN
      --prune             drop databases and roles the config no longer lists
      --allow-destroy     with --prune, also drop databases that hold tables
      --allow-restart     allow changes that restart the instance (or need a server restart)
      --timeout SECONDS   wait this long for operations and another apply's lock (default 600)
  -f, --format FORMAT     text (default), markdown or json
  -h, --help              this help`;
async function runProvisionCommand(name, args, io) {
    const { values } = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .parseOptions */ .A)(name, args, {
        config: { type: 'string', short: 'c' },
        target: { type: 'string', short: 't' },
        'database-url': { type: 'string', short: 'd' },
        'api-endpoint': { type: 'string' },
        'db-user': { type: 'string' },
        'db-password': { type: 'string' },
        'ip-type': { type: 'string' },
        prune: { type: 'boolean' },
        'allow-destroy': { type: 'boolean' },
        'allow-restart': { type: 'boolean' },
        timeout: { type: 'string' },
        format: { type: 'string', short: 'f' },
        'detailed-exitcode': { type: 'boolean' },
    });
    if (values.help)
        return 'help';
    const format = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .oneOf */ .y)(name, 'format', values.format, _command_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_FORMATS */ .EL, 'text');
    const target = values.target
        ? (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .oneOf */ .y)(name, 'target', values.target, ['postgres', 'cloudsql'], 'postgres')
        : undefined;
    const timeout = values.timeout === undefined ? 600 : Number(values.timeout);
    if (!(timeout >= 0))
        throw new _io_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`pgci ${name}: --timeout takes a number of seconds.`);
    const databaseUrl = values['database-url'] ?? io.env.DATABASE_URL;
    const ipType = values['ip-type']
        ? (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .oneOf */ .y)(name, 'ip-type', values['ip-type'].toUpperCase(), _cloudsql_connector_js__WEBPACK_IMPORTED_MODULE_0__/* .IP_TYPES */ .U_, 'PUBLIC')
        : undefined;
    let result;
    try {
        result = await (0,_provision_provision_js__WEBPACK_IMPORTED_MODULE_2__/* .provision */ .mg)(name, {
            configFile: values.config ?? _commands_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONFIG_PATH */ .Bi,
            ...(target ? { target } : {}),
            ...(databaseUrl ? { databaseUrl } : {}),
            ...(values['api-endpoint'] ? { apiEndpoint: values['api-endpoint'] } : {}),
            ...(values['db-user'] ? { dbUser: values['db-user'] } : {}),
            ...(values['db-password'] ? { dbPassword: values['db-password'] } : {}),
            ...(ipType ? { ipType } : {}),
            safety: {
                prune: Boolean(values.prune),
                allowDestroy: Boolean(values['allow-destroy']),
                allowRestart: Boolean(values['allow-restart']),
            },
            env: io.env,
            timeoutMs: timeout * 1000,
            onProgress: (line) => io.stderr(`pgci ${name}: ${line}\n`),
        });
    }
    catch (err) {
        if (err instanceof _io_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb || err instanceof _config_load_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz || err instanceof _postgres_connect_js__WEBPACK_IMPORTED_MODULE_7__/* .ConnectionError */ .Rc)
            throw err;
        // An operation that failed (a lock held, a statement or API call refused): one clear line.
        io.stderr(`pgci ${name}: ${err?.message ?? String(err)}\n`);
        if (io.env.PGCI_DEBUG)
            io.stderr(`${err?.stack ?? ''}\n`);
        return 'failed';
    }
    return { result, format, detailed: Boolean(values['detailed-exitcode']) };
}


/***/ }),

/***/ 3356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U_: () => (/* binding */ IP_TYPES),
/* harmony export */   defaultIpType: () => (/* binding */ defaultIpType),
/* harmony export */   openConnector: () => (/* binding */ openConnector)
/* harmony export */ });
/* unused harmony exports ACCESS_TOKEN_ENV, databaseUser, explainConnectorError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83849);
/* harmony import */ var _config_env_reference_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6525);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46409);
/* harmony import */ var _postgres_connect_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36741);
/**
 * Reaching a Cloud SQL instance's PostgreSQL without a URL: `@google-cloud/cloud-sql-connector`
 * fetches the instance's connect settings and an ephemeral client certificate from the Admin
 * API, and dials the instance's server-side proxy (port 3307) over mutual TLS, as the Auth
 * Proxy does, with automatic IAM database authentication or a built-in user's password.
 *
 * The rest of pgci speaks in connection URLs (one per database it visits), so the tunnel is a
 * Unix socket in a private temporary directory that hands every connection to the connector's
 * stream: `postgres://user@localhost:5432/db?host=<dir>`. Close it when done.
 */








const IP_TYPES = ['PUBLIC', 'PRIVATE', 'PSC'];
/** Where a fixed OAuth access token can be given (Terraform's google provider reads it too). */
const ACCESS_TOKEN_ENV = 'GOOGLE_OAUTH_ACCESS_TOKEN';
/**
 * The database user and authentication for a login name: an email is an IAM principal (a
 * service account's database user drops `.gserviceaccount.com`), anything else a built-in user.
 */
function databaseUser(login) {
    if (!login.includes('@'))
        return { user: login, iam: false };
    return { user: login.replace(/\.gserviceaccount\.com$/, ''), iam: true };
}
/** The ip type to dial when none is given: private when the config turns the public IP off. */
function defaultIpType(config) {
    const net = config.instance?.network;
    return net?.publicIp === false && net.privateNetwork ? 'PRIVATE' : 'PUBLIC';
}
/** The password of a built-in user, from a `${ENV}` reference only (never a literal). */
function resolvePassword(login) {
    const ref = login.password ?? '';
    const m = _config_env_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .ENV_REFERENCE */ .m.exec(ref);
    if (!m) {
        throw new _config_load_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(ref
            ? `--db-password must be a reference such as \${PGCI_DB_PASSWORD}, not the password itself; put the password in that environment variable.`
            : `The built-in database user ${login.user} needs --db-password \${VARIABLE} (an environment variable holding its password), or give an IAM principal's email as --db-user for automatic IAM authentication.`);
    }
    const value = login.env[m[1]];
    if (!value) {
        throw new _config_load_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`--db-password names \${${m[1]}}, but the environment variable ${m[1]} is empty; set it to the password of ${login.user}.`);
    }
    return value;
}
/** A credential the connector accepts without Google: a fixed access token. */
async function tokenClient(token) {
    const { OAuth2Client } = await __webpack_require__.e(/* import() */ 492).then(__webpack_require__.t.bind(__webpack_require__, 492, 23));
    const client = new OAuth2Client();
    // No expiry_date: the token is used as given, never refreshed.
    client.setCredentials({ access_token: token });
    return client;
}
/** The connector's and the Admin API's failures, as one sentence that says what to do. */
function explainConnectorError(err, login) {
    const e = err;
    const where = `Cloud SQL instance ${login.connectionName}`;
    const status = e.status ?? e.response?.status;
    const apiMessage = e.response?.data?.error?.message ?? e.message ?? String(err);
    const tokenHint = login.env[ACCESS_TOKEN_ENV]
        ? `the token in ${ACCESS_TOKEN_ENV} was refused; give a fresh one`
        : `set up Application Default Credentials (google-github-actions/auth in a workflow, \`gcloud auth application-default login\` on a laptop) or put an access token in ${ACCESS_TOKEN_ENV}`;
    const missingIp = {
        ENOPUBLICSQLADMINIPADDRESS: 'public IP',
        ENOPRIVATESQLADMINIPADDRESS: 'private IP',
        ENOPSCSQLADMINIPADDRESS: 'Private Service Connect address',
    };
    const code = String(e.code ?? '');
    if (missingIp[code]) {
        return new _postgres_connect_js__WEBPACK_IMPORTED_MODULE_6__/* .ConnectionError */ .Rc(`Cannot connect to ${where} with ip type ${login.ipType}: the instance has no ${missingIp[code]}. Choose the ip type the instance has (--ip-type ${IP_TYPES.filter((t) => t !== login.ipType).join(' or ')}) or give the instance one (network.publicIp / network.privateNetwork in pgci.yml).`);
    }
    if (status === 401 || status === 403) {
        return new _postgres_connect_js__WEBPACK_IMPORTED_MODULE_6__/* .ConnectionError */ .Rc(`The Cloud SQL Admin API refused the connector's credentials for ${where} (HTTP ${status}: ${apiMessage.replace(/\.$/, '')}); ${tokenHint}. The principal needs roles/cloudsql.client${databaseUser(login.user).iam ? ' and roles/cloudsql.instanceUser' : ''}.`);
    }
    if (status === 404) {
        return new _postgres_connect_js__WEBPACK_IMPORTED_MODULE_6__/* .ConnectionError */ .Rc(`Cannot connect to ${where}: the Admin API does not know it (404); check the project, region and instance name.`);
    }
    if (status === 400 && /access_token/i.test(apiMessage)) {
        return new _postgres_connect_js__WEBPACK_IMPORTED_MODULE_6__/* .ConnectionError */ .Rc(`Cannot connect to ${where} with IAM authentication: the Admin API refused the access token for the certificate (${apiMessage.replace(/\.$/, '')}); ${tokenHint}.`);
    }
    if (/Could not load the default credentials|Unable to detect a Project Id/i.test(apiMessage)) {
        return new _postgres_connect_js__WEBPACK_IMPORTED_MODULE_6__/* .ConnectionError */ .Rc(`Cannot connect to ${where}: no Google credentials; ${tokenHint}.`);
    }
    if (code === 'EBADSQLADMINREGION') {
        return new _postgres_connect_js__WEBPACK_IMPORTED_MODULE_6__/* .ConnectionError */ .Rc(`Cannot connect to ${where}: ${apiMessage}; fix the region in pgci.yml.`);
    }
    return new _postgres_connect_js__WEBPACK_IMPORTED_MODULE_6__/* .ConnectionError */ .Rc(`Cannot connect to ${where} through the Cloud SQL connector: ${apiMessage.replace(/\.$/, '')}.`);
}
function withTimeout(p, ms, what) {
    let timer;
    return Promise.race([
        p.finally(() => clearTimeout(timer)),
        new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`${what} did not answer within ${Math.round(ms / 1000)} s`)), ms);
            timer.unref();
        }),
    ]);
}
/**
 * Opens the connector for one login and a local tunnel to it, checks that the login works, and
 * returns the tunnel's URL. Every failure is a ConnectionError or InputError with what to do.
 */
async function openConnector(login) {
    const { user, iam } = databaseUser(login.user);
    const password = iam ? undefined : resolvePassword(login);
    if (password)
        login.onSecret?.(password);
    const token = login.env[ACCESS_TOKEN_ENV];
    if (token)
        login.onSecret?.(token);
    const timeoutMs = login.timeoutMs ?? 60_000;
    const { Connector, AuthTypes, IpAddressTypes } = await Promise.all(/* import() */[__webpack_require__.e(492), __webpack_require__.e(528), __webpack_require__.e(806), __webpack_require__.e(816)]).then(__webpack_require__.bind(__webpack_require__, 77816));
    const connector = new Connector({
        ...(login.apiEndpoint ? { sqlAdminAPIEndpoint: login.apiEndpoint } : {}),
        ...(token ? { auth: await tokenClient(token) } : {}),
    });
    let server;
    let dir;
    const sockets = new Set();
    let loaded = false;
    const close = async () => {
        for (const s of sockets)
            s.destroy();
        if (server)
            await new Promise((r) => server.close(() => r()));
        // Connector 1.13 closes a failed instance with `promise.then(close)` and no catch, an
        // unhandled rejection: close only what loaded (a failed load leaves no timer or socket).
        if (loaded)
            connector.close();
        if (dir)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    };
    try {
        let stream;
        try {
            ({ stream } = (await withTimeout(connector.getOptions({
                instanceConnectionName: login.connectionName,
                ipType: IpAddressTypes[login.ipType],
                authType: iam ? AuthTypes.IAM : AuthTypes.PASSWORD,
            }), timeoutMs, 'The Cloud SQL Admin API')));
            loaded = true;
        }
        catch (err) {
            throw explainConnectorError(err, login);
        }
        // A socket directory only this user can enter: the tunnel logs in as whoever connects.
        dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'pgci-connector-'));
        server = (0,node_net__WEBPACK_IMPORTED_MODULE_1__.createServer)((local) => {
            const remote = stream();
            sockets.add(local).add(remote);
            const drop = () => {
                local.destroy();
                remote.destroy();
                sockets.delete(local);
                sockets.delete(remote);
            };
            local.on('error', drop).on('close', drop);
            remote.on('error', drop).on('close', drop);
            local.pipe(remote);
            remote.pipe(local);
        });
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, '.s.PGSQL.5432'), () => resolve());
        });
        const u = new URL('postgres://localhost:5432/');
        u.username = encodeURIComponent(user);
        if (password)
            u.password = encodeURIComponent(password);
        u.pathname = `/${encodeURIComponent(login.database ?? 'postgres')}`;
        u.searchParams.set('host', dir);
        const url = u.toString();
        await checkLogin(url, login, user, iam, timeoutMs);
        return { url, user, iam, ipType: login.ipType, close };
    }
    catch (err) {
        await close();
        throw err;
    }
}
/** One login through the tunnel, so a refused user or password is said once, clearly. */
async function checkLogin(url, login, user, iam, timeoutMs) {
    const client = new pg__WEBPACK_IMPORTED_MODULE_4__/* ["default"].Client */ .Ay.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
    try {
        await client.connect();
    }
    catch (err) {
        const e = err;
        const how = iam ? 'automatic IAM authentication' : 'a password';
        const hint = e.code === '28P01' || e.code === '28000'
            ? iam
                ? `create the IAM database user (roles: - iam: ${login.user} in pgci.yml, applied once with a built-in user) and let the token's principal be ${login.user}`
                : `check the user and the password in ${login.password ?? 'the password variable'}`
            : 'check the instance is running and reachable on the chosen ip type';
        throw new _postgres_connect_js__WEBPACK_IMPORTED_MODULE_6__/* .ConnectionError */ .Rc(`The Cloud SQL instance ${login.connectionName} refused ${user} (${how}) through the connector: ${(e.message ?? String(err)).replace(/\.$/, '')}; ${hint}.`);
    }
    finally {
        await client.end().catch(() => undefined);
    }
}


/***/ })

};
