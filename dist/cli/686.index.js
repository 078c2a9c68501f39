import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 686;
export const ids = [686];
export const modules = {

/***/ 43686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   benchmark: () => (/* binding */ benchmark)
/* harmony export */ });
/* harmony import */ var _commands_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30010);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46409);
/* harmony import */ var _benchmark_driver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68620);
/* harmony import */ var _benchmark_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2214);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31868);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71604);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(60776);
/** `pgci benchmark`: drive a workload, report TPS and latency percentiles, gate on SLOs and A/B. */







async function loadConfig(path) {
    const { result } = await (0,_commands_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .runValidate */ .ED)(path);
    if (!result.config) {
        throw new _config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${(0,_commands_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validationText */ .nP)(result)}\n${path}: fix the config before benchmarking with it.`);
    }
    return { config: result.config, path };
}
function positive(flag, value, integer = false) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!(n > 0) || (integer && !Number.isInteger(n)))
        throw new _io_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`pgci benchmark: --${flag} takes a positive ${integer ? 'integer' : 'number'}, not "${value}".`);
    return n;
}
const benchmark = {
    help: `Usage: pgci benchmark --database-url URL [options]

Runs a workload with N clients (closed loop) or at a target rate (open loop, --rate), and
reports TPS and per-query latency percentiles from HDR histograms. Fails when a query misses
its SLO (p95 ≤ 200 ms unless the config says otherwise) or, with --baseline-config, when head
is slower than base by more than the allowed regression with 95% confidence.

Workloads:
  builtin:select-only, builtin:tpcb-like, builtin:simple-update
                          pgbench's own scripts on pgbench's tables (created when absent)
  config                  the config's benchmark section: queries and pgbench scripts, on a
                          scratch database built from its migrations and seed
  FILE                    a pgbench script (\\set, :var, \\sleep)

Options:
  -d, --database-url URL     server to run on (default: $DATABASE_URL)
  -w, --workload NAME        see above (default: config with --config, else builtin:select-only)
  -c, --config FILE          pgci config (benchmark section, migrations)
      --baseline-config FILE the base ref's config: build a base scratch database and compare
  -n, --clients N            concurrent clients, one connection each (default 4)
  -T, --duration TIME        measured time, e.g. 30s (default 30s)
  -t, --transactions N       run this many transactions instead of a duration
      --warmup TIME          run this long first and discard it (default 2s)
  -R, --rate TPS             open loop at this many transactions per second (Poisson)
  -s, --scale N              pgbench's scale for built-ins (re-creates its tables), or the
                             seed's scale factor for config workloads
      --rounds N             A/B rounds per side (default 5)
      --round-duration TIME  A/B round length (default 5s)
      --max-regression PCT   allowed slowdown head vs base in percent (default 20)
      --explain N            EXPLAIN (ANALYZE, BUFFERS) the N slowest queries (default 3)
      --timeout SECONDS      give up connecting after this long (default 10)
  -P, --progress TIME        progress line interval on stderr (default 5s)
  -f, --format FORMAT        text (default), json or markdown
  -h, --help                 this help

Exit codes: 0 every gate passed, 1 an SLO or regression gate failed (or the server is
unreachable), 2 bad usage or a bad workload (SQL refused, unknown parameter, unreadable file).`,
    async run(args, io) {
        const { values } = (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .parseOptions */ .A)('benchmark', args, {
            'database-url': { type: 'string', short: 'd' },
            workload: { type: 'string', short: 'w' },
            config: { type: 'string', short: 'c' },
            'baseline-config': { type: 'string' },
            clients: { type: 'string', short: 'n' },
            duration: { type: 'string', short: 'T' },
            transactions: { type: 'string', short: 't' },
            warmup: { type: 'string' },
            rate: { type: 'string', short: 'R' },
            scale: { type: 'string', short: 's' },
            rounds: { type: 'string' },
            'round-duration': { type: 'string' },
            'max-regression': { type: 'string' },
            explain: { type: 'string' },
            progress: { type: 'string', short: 'P' },
            timeout: { type: 'string' },
            format: { type: 'string', short: 'f' },
        });
        if (values.help)
            return (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .help */ .yj)(io, this);
        const url = values['database-url'] ?? io.env.DATABASE_URL;
        if (!url)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('pgci benchmark: give --database-url (or set DATABASE_URL).');
        const format = (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .oneOf */ .y)('benchmark', 'format', values.format, _command_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_FORMATS */ .EL, 'text');
        try {
            const config = values.config ? await loadConfig(values.config) : undefined;
            const baseline = values['baseline-config']
                ? await loadConfig(values['baseline-config'])
                : undefined;
            const bench = config?.config.benchmark;
            const duration = values.duration ?? bench?.duration ?? '30s';
            const explain = values.explain === undefined ? undefined : Number(values.explain);
            if (explain !== undefined && !(Number.isInteger(explain) && explain >= 0))
                throw new _io_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('pgci benchmark: --explain takes a whole number (0 turns it off).');
            const report = await (0,_benchmark_run_js__WEBPACK_IMPORTED_MODULE_3__/* .runBenchmark */ .ff)({
                url,
                workload: values.workload ?? (config ? 'config' : 'builtin:select-only'),
                config,
                baseline,
                clients: positive('clients', values.clients, true),
                durationMs: (0,_benchmark_run_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(duration, '--duration'),
                transactions: positive('transactions', values.transactions, true),
                warmupMs: (0,_benchmark_run_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(values.warmup ?? bench?.warmup ?? '2s', '--warmup'),
                rate: positive('rate', values.rate) ?? bench?.rate,
                scale: positive('scale', values.scale),
                rounds: positive('rounds', values.rounds, true),
                roundMs: values['round-duration']
                    ? (0,_benchmark_run_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(values['round-duration'], '--round-duration')
                    : bench?.regression?.roundDuration
                        ? (0,_benchmark_run_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(bench.regression.roundDuration, 'benchmark.regression.roundDuration')
                        : undefined,
                maxRegressionPercent: positive('max-regression', values['max-regression']),
                explain,
                progressMs: values.progress ? (0,_benchmark_run_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(values.progress, '--progress') : undefined,
                connectTimeoutMs: (positive('timeout', values.timeout) ?? 10) * 1000,
                log: (line) => io.stderr(`pgci benchmark: ${line}\n`),
            });
            await (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .printReports */ .pV)(io, [report], format);
            return report.status === 'fail' ? _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.findings : _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok;
        }
        catch (err) {
            if (err instanceof _benchmark_driver_js__WEBPACK_IMPORTED_MODULE_2__/* .BenchmarkError */ .EW)
                throw new _config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`pgci benchmark: ${err.message}`);
            throw err;
        }
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
