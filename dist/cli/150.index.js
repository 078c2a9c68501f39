import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 150;
export const ids = [150];
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
