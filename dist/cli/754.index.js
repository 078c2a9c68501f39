import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 754;
export const ids = [754];
export const modules = {

/***/ 31754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   plan: () => (/* binding */ plan)
/* harmony export */ });
/* harmony import */ var _provision_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24444);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31868);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71604);
/* harmony import */ var _provision_shared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47058);
/** `pgci plan`: what apply would change, without changing anything. */




const plan = {
    help: `Usage: pgci plan [options]

Compares database/pgci.yml with the live instance and server (databases, roles, memberships,
grants, default privileges, extensions, parameters, migrations) and prints each change:
create, update, delete, no-op, refused or skip, with old → new values and the flags
requiresRestart, immutable and destructive. Reads only.

Options:
${_provision_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .PROVISION_OPTIONS_HELP */ .t}
      --detailed-exitcode 0 no changes, 2 changes to apply, 1 error or refused changes

Exit codes: 0 planned (or no changes with --detailed-exitcode), 1 refused changes or cannot
connect, 2 bad usage or unreadable config (with --detailed-exitcode: 2 changes pending).`,
    async run(args, io) {
        const out = await (0,_provision_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .runProvisionCommand */ .G)('plan', args, io);
        if (out === 'help')
            return (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .help */ .yj)(io, this);
        if (out === 'failed')
            return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.findings;
        await (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .printReports */ .pV)(io, [out.result.report], out.format);
        if ((0,_provision_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .refused */ .J5)(out.result.plan).length)
            return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.findings;
        if (out.detailed && (0,_provision_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .pending */ .Ub)(out.result.plan).length)
            return 2;
        return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
    },
};


/***/ }),

/***/ 47058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ runProvisionCommand),
/* harmony export */   t: () => (/* binding */ PROVISION_OPTIONS_HELP)
/* harmony export */ });
/* harmony import */ var _commands_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30010);
/* harmony import */ var _provision_provision_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94912);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60776);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31868);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71604);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46409);
/* harmony import */ var _postgres_connect_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36741);
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
    const { values } = (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .parseOptions */ .A)(name, args, {
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
    const format = (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .oneOf */ .y)(name, 'format', values.format, _command_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_FORMATS */ .EL, 'text');
    const target = values.target
        ? (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .oneOf */ .y)(name, 'target', values.target, ['postgres', 'cloudsql'], 'postgres')
        : undefined;
    const timeout = values.timeout === undefined ? 600 : Number(values.timeout);
    if (!(timeout >= 0))
        throw new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`pgci ${name}: --timeout takes a number of seconds.`);
    const databaseUrl = values['database-url'] ?? io.env.DATABASE_URL;
    const ipType = values['ip-type']
        ? (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .oneOf */ .y)(name, 'ip-type', values['ip-type'].toUpperCase(), ['PUBLIC', 'PRIVATE', 'PSC'], 'PUBLIC')
        : undefined;
    let result;
    try {
        result = await (0,_provision_provision_js__WEBPACK_IMPORTED_MODULE_1__/* .provision */ .mg)(name, {
            configFile: values.config ?? _commands_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG_PATH */ .Bi,
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
        if (err instanceof _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb || err instanceof _config_load_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz || err instanceof _postgres_connect_js__WEBPACK_IMPORTED_MODULE_6__/* .ConnectionError */ .Rc)
            throw err;
        // An operation that failed (a lock held, a statement or API call refused): one clear line.
        io.stderr(`pgci ${name}: ${err?.message ?? String(err)}\n`);
        if (io.env.PGCI_DEBUG)
            io.stderr(`${err?.stack ?? ''}\n`);
        return 'failed';
    }
    return { result, format, detailed: Boolean(values['detailed-exitcode']) };
}


/***/ })

};
