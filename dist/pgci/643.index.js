import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 643;
export const ids = [643];
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

/***/ 72015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  backupVerifyCommand: () => (/* binding */ backupVerifyCommand)
});

// EXTERNAL MODULE: ./src/commands/validate.ts
var validate = __webpack_require__(30010);
// EXTERNAL MODULE: ./src/config/env-reference.ts
var env_reference = __webpack_require__(6525);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(46409);
;// CONCATENATED MODULE: ./src/backup/settings.ts
/**
 * backup-verify's settings from the config's `backup` section, overridden by command-line
 * flags or action inputs; the encryption key is read from the environment variable the config
 * or the flag names, and is never echoed.
 */



function positive(name, value, integer = false) {
    if (value === undefined || value === '')
        return undefined;
    const n = Number(value);
    if (!(n > 0) || (integer && !Number.isInteger(n)))
        throw new load/* InputError */.dz(`pgci backup-verify: ${name} takes a ${integer ? 'whole ' : ''}number above 0, not "${value}".`);
    return n;
}
function choice(name, value, allowed) {
    if (value === undefined || value === '')
        return undefined;
    if (allowed.includes(value))
        return value;
    throw new load/* InputError */.dz(`pgci backup-verify: ${name} must be one of ${allowed.join(', ')}, not "${value}".`);
}
async function loadConfig(file) {
    const { result } = await (0,validate/* runValidate */.ED)(file);
    if (!result.config)
        throw new load/* InputError */.dz(`${(0,validate/* validationText */.nP)(result)}\n${file}: fix the config before backup-verify reads it.`);
    return result.config;
}
async function resolveBackupSettings(input, env) {
    const config = input.config ? await loadConfig(input.config) : undefined;
    const section = config?.backup ?? {};
    let keyEnv = input.encryptionKeyEnv || undefined;
    if (!keyEnv && section.encryptionKey) {
        const m = env_reference/* ENV_REFERENCE */.m.exec(section.encryptionKey);
        if (!m)
            throw new load/* InputError */.dz(`${input.config}: backup.encryptionKey must be a \${ENV_VAR} reference to a secret, never the key itself.`);
        keyEnv = m[1];
    }
    let encryptionKey;
    if (keyEnv) {
        encryptionKey = env[keyEnv];
        if (!encryptionKey)
            throw new load/* InputError */.dz(`pgci backup-verify: the encryption key variable ${keyEnv} is not set; export it from your secret store.`);
    }
    const exclude = [...(section.exclude ?? []), ...(input.exclude ?? [])];
    for (const t of exclude)
        if (!/^[^.]+\.[^.]+$/.test(t))
            throw new load/* InputError */.dz(`pgci backup-verify: --exclude takes schema.table, not "${t}".`);
    return {
        format: choice('--dump-format', input.dumpFormat, ['custom', 'directory']) ??
            section.format ??
            'custom',
        jobs: positive('--jobs', input.jobs, true) ?? section.jobs ?? 2,
        encryptionKey,
        hash: choice('--hash', input.hash, ['auto', 'fast', 'portable']) ?? section.hash ?? 'auto',
        strict: input.strict ?? section.strict ?? false,
        chunkRows: positive('--chunk-rows', input.chunkRows, true) ?? section.chunkRows,
        exclude: exclude.length ? exclude : undefined,
        targets: {
            rpoHours: positive('--rpo-hours', input.rpoHours) ?? section.rpoHours,
            rtoMinutes: positive('--rto-minutes', input.rtoMinutes) ?? section.rtoMinutes,
        },
        cloudSql: {
            ...(config?.instance
                ? { project: config.instance.project, instance: config.instance.name }
                : {}),
            ...(config?.databases?.length ? { databases: config.databases.map((d) => d.name) } : {}),
        },
    };
}

// EXTERNAL MODULE: ./src/backup/report.ts
var backup_report = __webpack_require__(20806);
// EXTERNAL MODULE: ./src/backup/verify.ts + 6 modules
var verify = __webpack_require__(24047);
// EXTERNAL MODULE: ./src/cli/command.ts + 1 modules
var command = __webpack_require__(31868);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(60776);
;// CONCATENATED MODULE: ./src/cli/commands/backup-verify.ts
/** `pgci backup-verify`: dump, restore into a scratch database and compare; or compare two URLs. */






const backupVerifyCommand = {
    help: `Usage: pgci backup-verify --database-url URL [options]
       pgci backup-verify --source URL --target URL [options]
       pgci backup-verify --cloudsql [--project P --instance NAME] [options]

Backup mode: pg_dump of the source (in an exported snapshot), sha256 of the archive, optional
AES-256-GCM encryption with a decrypt round-trip, pg_restore --jobs into a scratch database
(always dropped afterwards), then a schema comparison by catalog queries and a per-table row
count and content hash; restore time and backup age are checked against the config's backup
targets (rtoMinutes, rpoHours). pg_dump must be the server's major.

Compare mode (--source and --target): compares two live databases the same way.

Cloud SQL mode (--cloudsql), through the Cloud SQL Admin API: the newest successful backup run
and its age (RPO), point-in-time recovery and its latest recovery time, then a scratch instance
labelled pgci-scratch=true and pgci-source=<instance> with the source's version and tier, the
backup restored into it (or a clone at --point-in-time), the restore timed (RTO), each database
compared with the source, and the scratch instance deleted on every path out (never the source,
never an instance without the scratch label).

Options:
  -d, --database-url URL    the database to back up (default: $DATABASE_URL)
      --source URL          compare mode: the reference database
      --target URL          compare mode: the database that must equal it
      --scratch-url URL     restore on this server instead of the source's (any database on
                            it; e.g. a newer major for an upgrade rehearsal)
      --archive PATH        verify this existing archive instead of taking a dump
  -c, --config FILE         read the backup section (targets, format, jobs, key, …)
      --dump-format FORMAT  custom (default) or directory
  -j, --jobs N              pg_dump/pg_restore --jobs and connections per side (default 2)
      --encryption-key-env NAME
                            environment variable holding the AES-256-GCM key
      --hash KIND           auto (default), fast or portable
      --strict              also compare ordered COPY streams by sha256
      --chunk-rows N        rows per key-range chunk (default 100000)
      --exclude TABLE       schema.table whose data is not compared (repeatable)
      --rpo-hours H         backup age target (overrides the config)
      --rto-minutes M       restore time target (overrides the config)
      --keep-archive DIR    keep the archive (encrypted if a key is given) in DIR
      --pg-bin DIR          where pg_dump and pg_restore of the server's major are
      --install-pg-tools    on an Ubuntu runner, install them from the PostgreSQL apt repository
  -f, --format FORMAT       text (default), json or markdown
  -h, --help                this help

Cloud SQL mode:
      --cloudsql            verify the instance's Cloud SQL backups
      --project P           Google Cloud project (default: instance.project in the config)
      --instance NAME       the source instance (default: instance.name in the config)
      --api-endpoint URL    Cloud SQL Admin API endpoint, e.g. the emulator http://127.0.0.1:8089
      --database NAME       a database to compare (repeatable; default: the config's databases,
                            else every database of the instance but postgres)
      --point-in-time TIME  restore to this RFC 3339 time (PITR clone) instead of the backup run
      --backup-now          take an on-demand backup first and verify that one
      --timeout SECONDS     per Admin API operation (default 3600)
  -d, --database-url URL    how to reach the source (its IP or the Auth Proxy); the scratch is
                            reached at its own IP with the same credentials

Exit codes: 0 the restore equals the source within the targets, 1 a difference, a failed
restore or dump, or RPO/RTO above target, 2 bad usage or unreadable config.`,
    async run(args, io) {
        const { values } = (0,options/* parseOptions */.A)('backup-verify', args, {
            'database-url': { type: 'string', short: 'd' },
            source: { type: 'string' },
            target: { type: 'string' },
            'scratch-url': { type: 'string' },
            archive: { type: 'string' },
            config: { type: 'string', short: 'c' },
            'dump-format': { type: 'string' },
            jobs: { type: 'string', short: 'j' },
            'encryption-key-env': { type: 'string' },
            hash: { type: 'string' },
            strict: { type: 'boolean' },
            'chunk-rows': { type: 'string' },
            exclude: { type: 'string', multiple: true },
            'rpo-hours': { type: 'string' },
            'rto-minutes': { type: 'string' },
            'keep-archive': { type: 'string' },
            'pg-bin': { type: 'string' },
            'install-pg-tools': { type: 'boolean' },
            format: { type: 'string', short: 'f' },
            cloudsql: { type: 'boolean' },
            project: { type: 'string' },
            instance: { type: 'string' },
            'api-endpoint': { type: 'string' },
            database: { type: 'string', multiple: true },
            'point-in-time': { type: 'string' },
            'backup-now': { type: 'boolean' },
            timeout: { type: 'string' },
        });
        if (values.help)
            return (0,command/* help */.yj)(io, this);
        const format = (0,options/* oneOf */.y)('backup-verify', 'format', values.format, command/* REPORT_FORMATS */.EL, 'text');
        const compare = values.source !== undefined || values.target !== undefined;
        if (values.cloudsql && compare)
            throw new cli_io/* UsageError */.eb("pgci backup-verify: --cloudsql verifies an instance's backups; compare mode (--source/--target) is separate.");
        const cloudOnly = [
            'project',
            'instance',
            'api-endpoint',
            'database',
            'point-in-time',
            'backup-now',
            'timeout',
        ];
        const stray = cloudOnly.find((k) => values[k] !== undefined);
        if (!values.cloudsql && stray)
            throw new cli_io/* UsageError */.eb(`pgci backup-verify: --${stray} belongs to Cloud SQL mode; add --cloudsql.`);
        if (compare && (!values.source || !values.target))
            throw new cli_io/* UsageError */.eb('pgci backup-verify: compare mode needs both --source and --target.');
        if (compare && values['database-url'])
            throw new cli_io/* UsageError */.eb('pgci backup-verify: give either --database-url (backup mode) or --source and --target (compare mode), not both.');
        const input = {
            config: values.config,
            dumpFormat: values['dump-format'],
            jobs: values.jobs,
            encryptionKeyEnv: values['encryption-key-env'],
            hash: values.hash,
            strict: values.strict,
            chunkRows: values['chunk-rows'],
            exclude: values.exclude,
            rpoHours: values['rpo-hours'],
            rtoMinutes: values['rto-minutes'],
        };
        const settings = await resolveBackupSettings(input, io.env);
        const log = (line) => io.stderr(`${line}\n`);
        let result;
        if (values.cloudsql) {
            const project = values.project ?? settings.cloudSql.project;
            const instance = values.instance ?? settings.cloudSql.instance;
            if (!project || !instance)
                throw new cli_io/* UsageError */.eb('pgci backup-verify: --cloudsql needs --project and --instance (or -c with an instance: section).');
            const timeout = values.timeout === undefined ? 3600 : Number(values.timeout);
            if (!(timeout > 0))
                throw new cli_io/* UsageError */.eb('pgci backup-verify: --timeout takes a number of seconds above 0.');
            const { verifyCloudSqlBackup } = await __webpack_require__.e(/* import() */ 513).then(__webpack_require__.bind(__webpack_require__, 93513));
            const databases = values.database ?? settings.cloudSql.databases;
            const sourceUrl = values['database-url'] ?? io.env.DATABASE_URL;
            result = await verifyCloudSqlBackup({
                ...settings,
                project,
                instance,
                ...(values['api-endpoint'] ? { apiEndpoint: values['api-endpoint'] } : {}),
                ...(sourceUrl ? { sourceUrl } : {}),
                ...(databases?.length ? { databases } : {}),
                ...(values['point-in-time'] ? { pointInTime: values['point-in-time'] } : {}),
                backupNow: Boolean(values['backup-now']),
                timeoutMs: timeout * 1000,
                log,
            });
        }
        else if (compare) {
            result = await (0,verify/* compareDatabases */.OR)(values.source, values.target, { ...settings, log });
        }
        else {
            const url = values['database-url'] ?? io.env.DATABASE_URL;
            if (!url)
                throw new cli_io/* UsageError */.eb('pgci backup-verify: give --database-url (or set DATABASE_URL), or --source and --target.');
            result = await (0,verify/* backupVerify */.cE)({
                ...settings,
                sourceUrl: url,
                scratchUrl: values['scratch-url'],
                archive: values.archive,
                keepArchiveDir: values['keep-archive'],
                pgBin: values['pg-bin'],
                installTools: values['install-pg-tools'],
                log,
            });
        }
        const report = (0,backup_report/* backupVerifyReport */.e)(result);
        await (0,command/* printReports */.pV)(io, [report], format);
        return result.ok ? cli_io/* EXIT */.dc.ok : cli_io/* EXIT */.dc.findings;
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


/***/ })

};
