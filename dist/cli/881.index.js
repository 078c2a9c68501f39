import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 881;
export const ids = [881];
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

/***/ 65133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   securityScan: () => (/* binding */ securityScan)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);
/* harmony import */ var _security_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1038);
/* harmony import */ var _security_sarif_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31591);
/* harmony import */ var _security_scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85514);
/* harmony import */ var _security_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43199);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31868);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(311);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(71604);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(60776);
/** `pgci security-scan`: CIS PostgreSQL and CIS GCP checks over the server, the instance and the config. */










const FORMATS = ['text', 'json', 'sarif', 'markdown'];
const FAIL_ON = [..._security_types_js__WEBPACK_IMPORTED_MODULE_5__/* .SEVERITIES */ .oC, 'none'];
const securityScan = {
    help: `Usage: pgci security-scan [--database-url URL] [--config FILE] [--instance-json FILE] [options]

Runs the security checks (docs/security.md) over a live server (read-only catalog queries),
a Cloud SQL instance described as JSON (gcloud sql instances describe INSTANCE --format=json)
and the pgci config, and reports findings by severity. Give at least one of the three.

Options:
  -d, --database-url URL    postgres://user:password@host:5432/db (default: $DATABASE_URL)
  -c, --config FILE         the pgci config: its instance and roles are checked, findings point at its lines
      --instance-json FILE  a Cloud SQL DatabaseInstance as JSON (Admin API v1 shape)
  -f, --format FORMAT       text (default), json, sarif or markdown
      --sarif-file FILE     also write SARIF 2.1.0 to FILE (for github/codeql-action/upload-sarif)
      --fail-on LEVEL       critical, high (default), medium, low or none: the lowest severity that fails
      --profile PROFILE     cloudsql or self-hosted (default: detected)
      --suppressions FILE   suppressions (default: database/pgci-suppressions.yml when it exists)
      --today YYYY-MM-DD    evaluate expiry dates as of this day (default: today)
  -h, --help                this help

Minimal grants: a role with pg_monitor and pg_read_all_settings; what it cannot read is listed as
skipped, never passed.

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it (or the server cannot
be reached), 2 bad usage or unreadable input.`,
    async run(args, io) {
        const { values } = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .parseOptions */ .A)('security-scan', args, {
            'database-url': { type: 'string', short: 'd' },
            config: { type: 'string', short: 'c' },
            'instance-json': { type: 'string' },
            format: { type: 'string', short: 'f' },
            'sarif-file': { type: 'string' },
            'fail-on': { type: 'string' },
            profile: { type: 'string' },
            suppressions: { type: 'string' },
            today: { type: 'string' },
        });
        if (values.help)
            return (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .help */ .yj)(io, this);
        const format = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .oneOf */ .y)('security-scan', 'format', values.format, FORMATS, 'text');
        const failOn = values['fail-on'] === undefined
            ? undefined
            : (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .oneOf */ .y)('security-scan', 'fail-on', values['fail-on'], FAIL_ON, 'high');
        const profile = values.profile === undefined
            ? undefined
            : (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .oneOf */ .y)('security-scan', 'profile', values.profile, _security_types_js__WEBPACK_IMPORTED_MODULE_5__/* .PROFILES */ .jI, 'cloudsql');
        let today;
        if (values.today !== undefined) {
            today = new Date(`${values.today}T00:00:00Z`);
            if (!/^\d{4}-\d{2}-\d{2}$/.test(values.today) || Number.isNaN(today.getTime()))
                throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb('pgci security-scan: --today takes a date, YYYY-MM-DD.');
        }
        const databaseUrl = values['database-url'] ?? io.env.DATABASE_URL;
        if (!databaseUrl && !values.config && !values['instance-json'])
            throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb('pgci security-scan: give --database-url (or DATABASE_URL), --instance-json or --config.');
        const result = await (0,_security_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .runSecurityScan */ .nt)({
            databaseUrl,
            configFile: values.config,
            instanceJson: values['instance-json'],
            profile,
            failOn,
            suppressionsFile: values.suppressions,
            today,
        });
        for (const w of result.warnings)
            io.stderr(`warning: ${w}\n`);
        const sarif = () => JSON.stringify((0,_security_sarif_js__WEBPACK_IMPORTED_MODULE_3__/* .toSarif */ .zv)(result, _version_js__WEBPACK_IMPORTED_MODULE_7__/* .VERSION */ .x), null, 2) + '\n';
        if (values['sarif-file'])
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(values['sarif-file'], sarif());
        const report = (0,_security_report_js__WEBPACK_IMPORTED_MODULE_2__/* .scanReport */ .MG)(result);
        if (format === 'json')
            io.stdout(JSON.stringify((0,_security_report_js__WEBPACK_IMPORTED_MODULE_2__/* .scanJson */ .Ey)(result), null, 2) + '\n');
        else if (format === 'sarif')
            io.stdout(sarif());
        else if (format === 'markdown')
            io.stdout((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderMarkdown */ .Gc)([report]));
        else
            io.stdout((0,_security_report_js__WEBPACK_IMPORTED_MODULE_2__/* .scanText */ .Ff)(result));
        const summary = io.env.GITHUB_STEP_SUMMARY;
        if (summary)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(summary, (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderMarkdown */ .Gc)([report]) + '\n');
        return result.failed ? _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.findings : _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok;
    },
};


/***/ })

};
