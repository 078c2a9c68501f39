import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 611;
export const ids = [611];
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

/***/ 10751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connect: () => (/* binding */ connect)
/* harmony export */ });
/* harmony import */ var _commands_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30010);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46409);
/* harmony import */ var _postgres_connection_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93094);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31868);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71604);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60776);
/** `pgci connect`: the connection check against any server URL. */






const connect = {
    help: `Usage: pgci connect --database-url URL [options]

Connects, measures connect time and round trips, reports TLS, connection use, and (with
--config) whether the live parameters, databases and roles match the config.

Options:
  -d, --database-url URL  postgres://user:password@host:5432/db (default: $DATABASE_URL)
  -c, --config FILE       compare the server with this pgci config
  -f, --format FORMAT     text (default), json or markdown
      --timeout SECONDS   give up connecting after this long (default 10)
  -h, --help              this help

Exit codes: 0 connected, 1 cannot connect, 2 bad usage or unreadable config.`,
    async run(args, io) {
        const { values } = (0,_options_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOptions */ .A)('connect', args, {
            'database-url': { type: 'string', short: 'd' },
            config: { type: 'string', short: 'c' },
            format: { type: 'string', short: 'f' },
            timeout: { type: 'string' },
        });
        if (values.help)
            return (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .help */ .yj)(io, this);
        const url = values['database-url'] ?? io.env.DATABASE_URL;
        if (!url)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('pgci connect: give --database-url (or set DATABASE_URL).');
        const format = (0,_options_js__WEBPACK_IMPORTED_MODULE_5__/* .oneOf */ .y)('connect', 'format', values.format, _command_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_FORMATS */ .EL, 'text');
        const timeout = values.timeout === undefined ? 10 : Number(values.timeout);
        if (!(timeout > 0))
            throw new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('pgci connect: --timeout takes a number of seconds.');
        let config;
        if (values.config) {
            const { result } = await (0,_commands_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .runValidate */ .ED)(values.config);
            if (!result.config) {
                io.stderr((0,_commands_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validationText */ .nP)(result));
                throw new _config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${values.config}: fix the config before comparing it with a server.`);
            }
            config = result.config;
        }
        const report = (0,_postgres_connection_check_js__WEBPACK_IMPORTED_MODULE_2__/* .connectionReport */ .L)(await (0,_postgres_connection_check_js__WEBPACK_IMPORTED_MODULE_2__/* .checkConnection */ .j)(url, config, { timeoutMs: timeout * 1000 }));
        await (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .printReports */ .pV)(io, [report], format);
        return report.status === 'fail' ? _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.findings : _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
    },
};


/***/ }),

/***/ 30010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   ED: () => (/* binding */ runValidate),
/* harmony export */   aQ: () => (/* binding */ validationJson),
/* harmony export */   nP: () => (/* binding */ validationText)
/* harmony export */ });
/* unused harmony exports validationReport, countLine */
/* harmony import */ var _config_rules_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66061);
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67169);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54285);



const DEFAULT_CONFIG_PATH = 'database/pgci.yml';
async function runValidate(file, options = {}) {
    const result = await (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateConfigFile */ .j_)(file, options);
    return { result, report: validationReport(result) };
}
/** The JSON contract: {ok, errors, warnings, notices}, each problem with its location. */
function validationJson(result) {
    const strip = (p) => ({
        rule: p.rule,
        severity: p.severity,
        message: p.message,
        file: p.file,
        line: p.line,
        column: p.column,
        path: p.path,
    });
    return {
        ok: result.ok,
        file: result.file,
        errors: result.errors.map(strip),
        warnings: result.warnings.map(strip),
        notices: result.notices.map(strip),
    };
}
function validationReport(result) {
    const problems = [...result.errors, ...result.warnings, ...result.notices];
    const counts = countLine(result);
    const status = !result.ok
        ? 'fail'
        : result.warnings.length || result.errors.length
            ? 'warn'
            : 'pass';
    const summary = problems.length ? `${result.file}: ${counts}` : `${result.file} is valid`;
    const table = problems.length
        ? [
            '| severity | where | rule | problem |',
            '| --- | --- | --- | --- |',
            ...problems.map((p) => `| ${p.severity} | \`${p.file}:${p.line}:${p.column}\` | [${p.rule}](${(0,_config_rules_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .docsAnchor */ .zG)(p.rule)}) | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeCell */ .kq)(p.message)} |`),
        ].join('\n')
        : 'No problems found.';
    return {
        check: 'validate-config',
        title: 'Config validation',
        status,
        summary,
        details: table,
        annotations: problems.map(toAnnotation),
        data: validationJson(result),
    };
}
function toAnnotation(p) {
    return {
        level: p.severity === 'error' ? 'failure' : p.severity,
        file: p.file,
        line: p.line,
        column: p.column,
        title: p.rule,
        message: p.message,
    };
}
function countLine(result) {
    const part = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    return [
        part(result.errors.length, 'error'),
        part(result.warnings.length, 'warning'),
        ...(result.notices.length ? [part(result.notices.length, 'notice')] : []),
    ].join(', ');
}
/** Terminal lines: `file:line:col: severity rule: message`, then a count. */
function validationText(result) {
    const problems = [...result.errors, ...result.warnings, ...result.notices].sort((a, b) => a.line - b.line || a.column - b.column);
    const lines = problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.severity} ${p.rule}: ${p.message}`);
    lines.push(problems.length
        ? `${result.ok ? '✔' : '✖'} ${result.file}: ${countLine(result)}`
        : `✔ ${result.file} is valid`);
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 93094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ connectionReport),
/* harmony export */   j: () => (/* binding */ checkConnection)
/* harmony export */ });
/* harmony import */ var _cloudsql_flags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76364);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);
/* harmony import */ var _connect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36741);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10336);




const LATENCY_SAMPLES = 20;
async function checkConnection(url, config, options = {}) {
    const facts = { ok: false, url: (0,_connect_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .BO)(url) };
    const started = performance.now();
    let client;
    try {
        client = await (0,_connect_js__WEBPACK_IMPORTED_MODULE_2__.connect)(url, {
            timeoutMs: options.timeoutMs ?? 10_000,
            applicationName: 'pgci connect',
        });
    }
    catch (err) {
        facts.error = err instanceof _connect_js__WEBPACK_IMPORTED_MODULE_2__/* .ConnectionError */ .Rc ? err.message : String(err);
        return facts;
    }
    try {
        facts.connectMs = round(performance.now() - started);
        const info = await client.query(`SELECT current_setting('server_version') AS version,
              current_setting('server_version_num') AS num,
              current_user AS usr, current_database() AS db,
              (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS su,
              (SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()) AS ssl,
              (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend') AS used,
              current_setting('max_connections') AS max`);
        const row = info.rows[0];
        Object.assign(facts, {
            serverVersion: row.version,
            serverVersionNum: Number(row.num),
            user: row.usr,
            database: row.db,
            superuser: row.su,
            ssl: row.ssl === true,
            connections: { used: Number(row.used), max: Number(row.max) },
        });
        facts.latencyMs = await measureLatency(client);
        if (config)
            Object.assign(facts, await compareWithConfig(client, config));
        facts.ok = true;
    }
    catch (err) {
        facts.error = `Connected, but a catalog query failed: ${err.message}`;
    }
    finally {
        await client.end().catch(() => undefined);
    }
    return facts;
}
async function measureLatency(client) {
    const samples = [];
    for (let i = 0; i < LATENCY_SAMPLES; i++) {
        const t = performance.now();
        await client.query('SELECT 1');
        samples.push(performance.now() - t);
    }
    samples.sort((a, b) => a - b);
    const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
    return { median: round(at(0.5)), p95: round(at(0.95)), samples: samples.length };
}
async function compareWithConfig(client, config) {
    const declared = Object.entries(config.parameters ?? {});
    const names = declared.map(([k]) => k.toLowerCase());
    const live = await client.query('SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1)', [names]);
    const byName = new Map(live.rows.map((r) => [r.name, r]));
    const parameters = declared.map(([key, value]) => {
        const row = byName.get(key.toLowerCase());
        if (!row)
            return { name: key, declared: String(value), live: null, matches: null };
        return {
            name: key,
            declared: String(value),
            live: row.unit ? `${row.setting} (${row.unit})` : row.setting,
            matches: sameSetting(value, row.setting, row.unit, key.toLowerCase()),
        };
    });
    const dbs = await client.query('SELECT datname FROM pg_database');
    const roles = await client.query('SELECT rolname FROM pg_roles');
    const haveDb = new Set(dbs.rows.map((r) => r.datname));
    const haveRole = new Set(roles.rows.map((r) => r.rolname));
    return {
        parameters,
        missingDatabases: (config.databases ?? []).map((d) => d.name).filter((n) => !haveDb.has(n)),
        missingRoles: (config.roles ?? []).map((r) => r.name).filter((n) => !haveRole.has(n)),
    };
}
/** Compares a declared value with pg_settings.setting, in the setting's own base unit. */
function sameSetting(declared, setting, unit, name) {
    const flagUnit = _cloudsql_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .FLAGS_BY_NAME */ .cG.get(name)?.unit;
    const base = unit ?? flagUnit;
    const asBool = (0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBoolean */ .yG)(declared);
    const liveBool = (0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBoolean */ .yG)(setting);
    if (typeof declared === 'boolean' ||
        (asBool !== undefined && liveBool !== undefined && isNaN(Number(setting)))) {
        return asBool === liveBool;
    }
    const want = (0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .parseQuantity */ .Lf)(typeof declared === 'number' ? declared : String(declared), base ?? undefined);
    const have = Number(setting);
    if (want.ok && !Number.isNaN(have))
        return Math.abs(want.value - have) < 1e-9 * Math.max(1, have);
    return String(declared).toLowerCase() === setting.toLowerCase();
}
function connectionReport(facts) {
    if (!facts.ok) {
        return {
            check: 'connection',
            title: 'Database connection',
            status: 'fail',
            summary: facts.error ?? 'cannot connect',
            details: facts.error ?? 'cannot connect',
            annotations: [],
            data: facts,
        };
    }
    const drift = (facts.parameters ?? []).filter((p) => p.matches === false);
    const missing = [...(facts.missingDatabases ?? []), ...(facts.missingRoles ?? [])];
    const status = drift.length || missing.length ? 'warn' : 'pass';
    const lat = facts.latencyMs;
    const summaryParts = [
        `PostgreSQL ${facts.serverVersion}`,
        `connect ${facts.connectMs} ms`,
        `round trip p50 ${lat.median} ms`,
        facts.ssl ? 'TLS' : 'no TLS',
    ];
    if (drift.length)
        summaryParts.push(`${drift.length} parameter(s) differ from the config`);
    if (missing.length)
        summaryParts.push(`${missing.length} declared database(s)/role(s) absent`);
    const rows = [
        '| fact | value |',
        '| --- | --- |',
        `| server | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(facts.url)} |`,
        `| version | PostgreSQL ${facts.serverVersion} |`,
        `| connected as | ${facts.user}${facts.superuser ? ' (superuser)' : ''} to ${facts.database} |`,
        `| connect time | ${facts.connectMs} ms |`,
        `| round trip (SELECT 1 ×${lat.samples}) | p50 ${lat.median} ms, p95 ${lat.p95} ms |`,
        `| TLS | ${facts.ssl ? 'yes' : 'no'} |`,
        `| connections | ${facts.connections.used} of ${facts.connections.max} |`,
    ];
    const sections = [rows.join('\n')];
    if (facts.parameters?.length) {
        sections.push([
            '| parameter | declared | live | |',
            '| --- | --- | --- | --- |',
            ...facts.parameters.map((p) => `| ${p.name} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(p.declared)} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(p.live ?? 'not on this server')} | ${p.matches === null ? 'n/a' : p.matches ? '✅' : '≠'} |`),
        ].join('\n'));
    }
    if (missing.length) {
        sections.push(`Declared but absent on this server: ${missing.map((m) => `\`${m}\``).join(', ')}.`);
    }
    return {
        check: 'connection',
        title: 'Database connection',
        status,
        summary: summaryParts.join(', '),
        details: sections.join('\n\n'),
        annotations: [],
        data: facts,
    };
}
const round = (ms) => Math.round(ms * 100) / 100;


/***/ })

};
