import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 356;
export const ids = [356];
export const modules = {

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
