import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 460;
export const ids = [460];
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

/***/ 52304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validate: () => (/* binding */ validate_validate)
});

// EXTERNAL MODULE: ./src/commands/validate.ts
var validate = __webpack_require__(30010);
;// CONCATENATED MODULE: ./src/github/annotations.ts
const LEVEL = { failure: 'error', warning: 'warning', notice: 'notice' };
function workflowCommand(a) {
    const props = [
        `file=${escapeProperty(a.file)}`,
        `line=${a.line}`,
        ...(a.column !== undefined ? [`col=${a.column}`] : []),
        `title=${escapeProperty(a.title)}`,
    ];
    return `::${LEVEL[a.level]} ${props.join(',')}::${escapeData(a.message)}`;
}
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/cli/command.ts + 1 modules
var command = __webpack_require__(31868);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(60776);
;// CONCATENATED MODULE: ./src/cli/commands/validate.ts
/** `pgci validate`: the config check on a terminal, in JSON, or as GitHub annotations. */






const FORMATS = ['text', 'json', 'github', 'markdown'];
const SEVERITIES = ['error', 'warning', 'notice'];
const validate_validate = {
    help: `Usage: pgci validate [FILE] [options]

Checks a pgci config (default ${validate/* DEFAULT_CONFIG_PATH */.Bi}) and reports every problem with its file,
line and column.

Options:
  -c, --config FILE     the config file (or give it as the argument)
  -f, --format FORMAT   text (default on a terminal), github (default in GitHub Actions:
                        annotations), json, markdown
      --fail-on LEVEL   error (default), warning or notice: the lowest severity that fails
  -h, --help            this help

Exit codes: 0 valid, 1 problems at or above --fail-on, 2 bad usage or unreadable file.`,
    async run(args, io) {
        const { values, positionals } = (0,options/* parseOptions */.A)('validate', args, {
            config: { type: 'string', short: 'c' },
            format: { type: 'string', short: 'f' },
            'fail-on': { type: 'string' },
        });
        if (values.help)
            return (0,command/* help */.yj)(io, this);
        if (positionals.length > 1 || (positionals.length === 1 && values.config)) {
            throw new cli_io/* UsageError */.eb('pgci validate: give one config file, either as the argument or with --config.');
        }
        const file = values.config ?? positionals[0] ?? validate/* DEFAULT_CONFIG_PATH */.Bi;
        const format = (0,options/* oneOf */.y)('validate', 'format', values.format, FORMATS, defaultFormat(io));
        const failOn = (0,options/* oneOf */.y)('validate', 'fail-on', values['fail-on'], SEVERITIES, 'error');
        const { result, report } = await (0,validate/* runValidate */.ED)(file, { failOn });
        if (format === 'json')
            io.stdout(JSON.stringify((0,validate/* validationJson */.aQ)(result), null, 2) + '\n');
        else if (format === 'markdown')
            io.stdout((0,markdown/* renderMarkdown */.Gc)([report]));
        else if (format === 'github') {
            io.stdout(report.annotations.map((a) => workflowCommand(a) + '\n').join(''));
            io.stdout((0,validate/* validationText */.nP)(result).split('\n').slice(-2).join('\n'));
        }
        else
            io.stdout((0,validate/* validationText */.nP)(result));
        return result.ok ? cli_io/* EXIT */.dc.ok : cli_io/* EXIT */.dc.findings;
    },
};
function defaultFormat(io) {
    return io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text';
}


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
