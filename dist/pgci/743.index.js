import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 743;
export const ids = [743];
export const modules = {

/***/ 31868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EL: () => (/* binding */ REPORT_FORMATS),
  yj: () => (/* binding */ help),
  pV: () => (/* binding */ printReports)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(88850);
;// CONCATENATED MODULE: ./src/report/text.ts
/** Plain terminal rendering of reports: a status line each, then its details. */

function renderText(reports, options = {}) {
    return (reports
        .map((r) => {
        const head = `${(0,report/* statusIcon */.I)(r.status)} ${r.title}: ${r.summary}`;
        return options.details && r.details.trim() ? `${head}\n\n${r.details.trim()}\n` : head;
    })
        .join('\n') + '\n');
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
;// CONCATENATED MODULE: ./src/cli/command.ts
/** What a `pgci` command is, and the output helpers every command shares. */





const REPORT_FORMATS = ['text', 'json', 'markdown'];
/** Prints reports in the chosen format; in GitHub Actions also appends them to the job summary. */
async function printReports(io, reports, format) {
    if (format === 'json') {
        const data = reports.length === 1
            ? reports[0].data
            : Object.fromEntries(reports.map((r) => [r.check, r.data]));
        io.stdout(JSON.stringify(data, null, 2) + '\n');
    }
    else if (format === 'markdown') {
        io.stdout((0,markdown/* renderMarkdown */.Gc)(reports));
    }
    else {
        io.stdout(renderText(reports, { details: true }));
    }
    const summary = io.env.GITHUB_STEP_SUMMARY;
    if (summary)
        await (0,promises_.appendFile)(summary, (0,markdown/* renderMarkdown */.Gc)(reports) + '\n');
    // Run by the root action: leave each report where actions/report gathers them, as publish() does.
    if (io.env.GITHUB_ACTIONS === 'true' && io.env.RUNNER_TEMP) {
        const dir = (0,external_node_path_.join)(io.env.RUNNER_TEMP, 'pgci-reports');
        await (0,promises_.mkdir)(dir, { recursive: true });
        for (const r of reports)
            await (0,promises_.writeFile)((0,external_node_path_.join)(dir, `${r.check}.json`), JSON.stringify(r, null, 2));
    }
}
function help(io, command) {
    io.stdout(command.help + '\n');
    return cli_io/* EXIT */.dc.ok;
}


/***/ }),

/***/ 60776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseOptions),
/* harmony export */   y: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71604);
/** Option parsing for every command (node's util.parseArgs), turning its errors into UsageError. */


function parseOptions(command, args, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            options: { ...options, help: { type: 'boolean', short: 'h' } },
            allowPositionals: true,
            strict: true,
        });
    }
    catch (err) {
        const message = err.message.replace(/\. To specify a positional argument.*$/s, '');
        throw new _io_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`pgci ${command}: ${message}. See \`pgci ${command} --help\`.`);
    }
}
/** Checks a value against a fixed set, e.g. --format. */
function oneOf(command, flag, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new _io_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`pgci ${command}: --${flag} must be one of ${allowed.join(', ')}, not "${value}".`);
}


/***/ }),

/***/ 89366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ locatedProblem)
/* harmony export */ });
/* harmony import */ var _problem_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88841);
/* harmony import */ var _rules_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66061);


function locatedProblem(loaded, rule, path, message, target = 'key') {
    const { line, column } = loaded.locate(path, target);
    return {
        rule,
        severity: _rules_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y0[rule].severity,
        message,
        file: loaded.file,
        line,
        column,
        path: (0,_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .jV)(path),
    };
}


/***/ }),

/***/ 88841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   rg: () => (/* binding */ byPosition)
/* harmony export */ });
function formatPath(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out ? `.${part}` : part;
    }
    return out;
}
const SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
/** True when `severity` is at or above `threshold` (fail-on semantics). */
function atLeast(severity, threshold) {
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
function byPosition(a, b) {
    // Plain comparison: localeCompare would load ICU collation data at start-up.
    return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}


/***/ }),

/***/ 66061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y0: () => (/* binding */ RULES),
/* harmony export */   zG: () => (/* binding */ docsAnchor)
/* harmony export */ });
/* unused harmony exports ruleInfo, DOCS_PAGE */
const RULES = {
    // YAML and schema
    'yaml-syntax': {
        severity: 'error',
        family: 'yaml',
        title: 'The file is not valid YAML',
        help: 'Fix the syntax at the reported position (indentation, a missing colon, an unclosed quote). Nothing else is checked until the file parses.',
    },
    'yaml-duplicate-key': {
        severity: 'error',
        family: 'yaml',
        title: 'A key appears twice in one mapping',
        help: 'YAML keeps only one of the two values, silently. Remove or rename one of them.',
    },
    'config-not-a-mapping': {
        severity: 'error',
        family: 'schema',
        title: 'The file is not a mapping of sections',
        help: 'pgci.yml is a mapping with `version: 1` and sections such as `instance`, `parameters`, `databases` and `roles`.',
    },
    'schema-version': {
        severity: 'error',
        family: 'schema',
        title: 'Missing or unsupported `version`',
        help: 'Start the file with `version: 1`, the only config version this pgci reads.',
    },
    'schema-unknown-key': {
        severity: 'error',
        family: 'schema',
        title: 'A key the schema does not know',
        help: 'Usually a typo: the message suggests the closest known key. Unknown keys are refused so that a misspelt setting is never silently ignored.',
    },
    'schema-required': {
        severity: 'error',
        family: 'schema',
        title: 'A required key is missing',
        help: 'Add the key named in the message; schema/pgci.schema.json lists every key with a description.',
    },
    'schema-type': {
        severity: 'error',
        family: 'schema',
        title: 'A value has the wrong type',
        help: 'Write the value as the type the message names (a number without quotes, true/false, a list with `-` items, a mapping).',
    },
    'schema-enum': {
        severity: 'error',
        family: 'schema',
        title: 'A value outside the allowed set',
        help: 'Use one of the values the message lists; they are case-sensitive, as the Cloud SQL Admin API spells them.',
    },
    'schema-range': {
        severity: 'error',
        family: 'schema',
        title: 'A number, string or list outside its bounds',
        help: 'Bring the value within the bounds the message gives.',
    },
    'schema-format': {
        severity: 'error',
        family: 'schema',
        title: 'A string that does not have the required form',
        help: 'Write the value in the form the message describes (e.g. an instance name of lower-case letters, digits and hyphens).',
    },
    // Cloud SQL
    'cloudsql-tier-format': {
        severity: 'error',
        family: 'cloudsql',
        title: 'Unknown machine tier',
        help: 'PostgreSQL tiers are db-custom-<vCPU>-<MB> and the shared-core db-f1-micro and db-g1-small (ENTERPRISE), or db-perf-optimized-N-<vCPU> (ENTERPRISE_PLUS).',
    },
    'cloudsql-tier-vcpu': {
        severity: 'error',
        family: 'cloudsql',
        title: 'Custom tier vCPU count not offered',
        help: 'A custom tier has 1 vCPU or an even number of vCPUs up to 96.',
    },
    'cloudsql-tier-memory': {
        severity: 'error',
        family: 'cloudsql',
        title: 'Custom tier memory not offered',
        help: 'Memory is 0.9 to 6.5 GB per vCPU, a multiple of 256 MB, and at least 3840 MB.',
    },
    'cloudsql-tier-edition': {
        severity: 'error',
        family: 'cloudsql',
        title: 'Tier not offered in this edition',
        help: 'Shared-core and db-custom tiers are ENTERPRISE only; db-perf-optimized tiers are ENTERPRISE_PLUS only. Change the tier or the edition.',
    },
    'cloudsql-edition-unset': {
        severity: 'warning',
        family: 'cloudsql',
        title: 'Edition left to the default',
        help: 'For POSTGRES_16 and later Cloud SQL creates ENTERPRISE_PLUS instances unless told otherwise, which changes price and the tiers allowed. Write `edition:` explicitly.',
    },
    'cloudsql-disk': {
        severity: 'error',
        family: 'cloudsql',
        title: 'Disk settings out of bounds',
        help: 'Disk size is 10 GB to 64 TB (3062 GB on shared-core), the auto-resize limit is 0 (no limit) or at least the size, and ENTERPRISE_PLUS needs an SSD disk.',
    },
    'cloudsql-backup-window': {
        severity: 'error',
        family: 'cloudsql',
        title: 'Backup start time is not HH:MM on the hour',
        help: 'Cloud SQL starts automated backups in a window that begins on the hour, written HH:00 in UTC (e.g. "03:00"); quote it.',
    },
    'cloudsql-pitr': {
        severity: 'error',
        family: 'cloudsql',
        title: 'Point-in-time recovery settings not possible',
        help: 'PITR needs automated backups enabled; transaction logs are kept 1 to 7 days on ENTERPRISE and up to 35 on ENTERPRISE_PLUS, and never longer than the retained backups cover.',
    },
    'cloudsql-maintenance-window': {
        severity: 'warning',
        family: 'cloudsql',
        title: 'Maintenance window incomplete',
        help: 'Give both `day` and `hour` so maintenance lands when traffic is low; with only one, Cloud SQL picks the other.',
    },
    'cloudsql-flag-unknown': {
        severity: 'error',
        family: 'cloudsql',
        title: 'Parameter Cloud SQL does not accept',
        help: 'Cloud SQL sets only the flags it supports for the major version; the API refuses others. Check the spelling (the message suggests the closest flag) or remove it.',
    },
    'cloudsql-flag-value': {
        severity: 'error',
        family: 'cloudsql',
        title: 'Parameter value of the wrong type or out of range',
        help: 'Write the value with units as PostgreSQL writes them (kB, MB, GB; ms, s, min) within the flag’s range.',
    },
    'cloudsql-flag-restart': {
        severity: 'notice',
        family: 'cloudsql',
        title: 'Parameter change restarts the instance',
        help: 'Changing this flag restarts the instance; pgci apply asks for `allow-restart: true` before it does.',
    },
    // Tuning
    'tuning-shared-buffers': {
        severity: 'warning',
        family: 'tuning',
        title: 'shared_buffers far from a quarter to a third of memory',
        help: 'Cloud SQL sizes shared_buffers at about a third of memory; far less wastes RAM, far more starves the OS cache and per-connection memory.',
    },
    'tuning-effective-cache-size': {
        severity: 'warning',
        family: 'tuning',
        title: 'effective_cache_size not plausible for this memory',
        help: 'effective_cache_size tells the planner how much data the OS and PostgreSQL can cache: at most the instance memory, usually 50–75% of it.',
    },
    'tuning-work-mem': {
        severity: 'warning',
        family: 'tuning',
        title: 'work_mem × max_connections can exhaust memory',
        help: 'Every sort or hash in every connection may take work_mem; when work_mem × max_connections exceeds memory, a busy hour can end in an out-of-memory restart. Lower work_mem, or pool connections.',
    },
    'tuning-maintenance-work-mem': {
        severity: 'warning',
        family: 'tuning',
        title: 'maintenance_work_mem too large',
        help: 'Autovacuum workers each take maintenance_work_mem; keep it within about 10% of memory (and 2GB is already the useful ceiling for index builds).',
    },
    'tuning-max-connections': {
        severity: 'warning',
        family: 'tuning',
        title: 'max_connections above what this memory supports',
        help: 'Cloud SQL defaults max_connections by memory (25 on 0.6 GB up to 1000 from 120 GB); each backend costs memory. Pool connections instead of raising it far beyond the default.',
    },
    'tuning-random-page-cost': {
        severity: 'warning',
        family: 'tuning',
        title: 'random_page_cost tuned for spinning disks on SSD',
        help: 'On SSD storage random reads cost about as much as sequential ones; random_page_cost 1.1 lets the planner use indexes.',
    },
    // Pooling
    'pooling-capacity': {
        severity: 'error',
        family: 'pooling',
        title: 'Pools do not fit max_connections',
        help: 'appInstances × poolSize + reservedConnections must fit max_connections (Cloud SQL keeps some for itself); otherwise connections fail under load. Shrink the pools or pool through PgBouncer.',
    },
    'pooling-headroom': {
        severity: 'warning',
        family: 'pooling',
        title: 'Pools use more than 90% of max_connections',
        help: 'Leave room for migrations, an operator’s psql and a rolling deploy that briefly runs twice the app instances.',
    },
    'pooling-managed-edition': {
        severity: 'error',
        family: 'pooling',
        title: 'Managed connection pooling needs ENTERPRISE_PLUS',
        help: 'Cloud SQL managed connection pooling exists only on Enterprise Plus instances; use `client` or `pgbouncer`, or change the edition.',
    },
    // Security
    'security-open-network': {
        severity: 'error',
        family: 'security',
        title: 'Authorized network open to the whole internet',
        help: '0.0.0.0/0 (or ::/0) lets every address try to log in (CIS GCP 6.5). Use the Cloud SQL Auth Proxy or connector, private IP, or narrow CIDRs.',
    },
    'security-public-ip-unencrypted': {
        severity: 'error',
        family: 'security',
        title: 'Public IP without SSL or connector enforcement',
        help: 'A public IP that accepts unencrypted connections exposes passwords and data. Set `sslMode: ENCRYPTED_ONLY` (or TRUSTED_CLIENT_CERTIFICATE_REQUIRED) or `connectorEnforcement: REQUIRED`.',
    },
    'security-ssl-mode': {
        severity: 'warning',
        family: 'security',
        title: 'SSL mode accepts unencrypted connections',
        help: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED lets a client fall back to plain text (CIS GCP 6.4). Use ENCRYPTED_ONLY.',
    },
    'security-network-expiry': {
        severity: 'warning',
        family: 'security',
        title: 'Authorized network expired or without expiry',
        help: 'Temporary access should end: give each authorized network an `expires` date and remove it once past.',
    },
    'security-backups-disabled': {
        severity: 'error',
        family: 'security',
        title: 'Automated backups disabled',
        help: 'Without automated backups there is nothing to restore (CIS GCP 6.7). Set `backups.enabled: true`.',
    },
    'security-deletion-protection': {
        severity: 'warning',
        family: 'security',
        title: 'Deletion protection off',
        help: 'Deletion protection stops an instance (and its backups) from being deleted by a mistaken command. Set `deletionProtection: true` for anything that holds real data.',
    },
    'security-plaintext-password': {
        severity: 'error',
        family: 'security',
        title: 'Password written in the file',
        help: 'A password in a committed file is a leaked password. Write `password: ${ENV_VAR}` and supply the variable from a secret; rotate the exposed password.',
    },
    'security-iam-auth-flag': {
        severity: 'error',
        family: 'security',
        title: 'IAM database users without IAM authentication',
        help: 'Roles with `iam:` log in with IAM tokens, which needs the flag `cloudsql.iam_authentication: on`.',
    },
    // Roles and databases
    'identity-invalid-name': {
        severity: 'error',
        family: 'identity',
        title: 'Invalid role or database name',
        help: 'Use lower-case letters, digits and _, starting with a letter or _, at most 63 bytes, so the name never needs quoting.',
    },
    'identity-reserved-name': {
        severity: 'error',
        family: 'identity',
        title: 'Reserved role or database name',
        help: 'postgres, cloudsqlsuperuser, cloudsqladmin and other cloudsql* roles, pg_* names, public, and template0/template1 belong to PostgreSQL or Cloud SQL. Pick another name.',
    },
    'identity-duplicate': {
        severity: 'error',
        family: 'identity',
        title: 'Role or database declared twice',
        help: 'Each role and database is declared once; merge the two entries.',
    },
    'identity-unknown-role': {
        severity: 'error',
        family: 'identity',
        title: 'Reference to a role not declared',
        help: 'Owners, memberOf entries and grants name roles declared under `roles` (or the built-in pg_* roles for memberOf).',
    },
    'identity-unknown-database': {
        severity: 'error',
        family: 'identity',
        title: 'Grant on a database not declared',
        help: 'A grant names a database declared under `databases`.',
    },
    'identity-grant-privilege': {
        severity: 'error',
        family: 'identity',
        title: 'Privilege that does not apply to the object',
        help: 'PostgreSQL refuses e.g. EXECUTE on tables or SELECT on a schema; use privileges valid for `on` (the message lists them). A schema-level grant needs `schema`.',
    },
    'identity-membership-cycle': {
        severity: 'error',
        family: 'identity',
        title: 'Role membership cycle',
        help: 'PostgreSQL refuses a role that is, through memberOf, a member of itself. Break the cycle.',
    },
    'identity-login-without-credential': {
        severity: 'warning',
        family: 'identity',
        title: 'Login role with neither a password nor IAM',
        help: 'A login role needs `password: ${ENV_VAR}` or `iam:`; otherwise it can only log in where pg_hba trusts it.',
    },
    'identity-iam-principal': {
        severity: 'error',
        family: 'identity',
        title: 'IAM principal that is not an email',
        help: 'Write the IAM user or service account email, e.g. app@my-project.iam.gserviceaccount.com. Cloud SQL names a service account user by its email without .gserviceaccount.com.',
    },
};
function ruleInfo(id) {
    return RULES[id];
}
const DOCS_PAGE = 'docs/rules.md';
function docsAnchor(id) {
    return `${DOCS_PAGE}#${id}`;
}


/***/ }),

/***/ 25235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ checkSchema),
  Z: () => (/* binding */ suggest)
});

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
// EXTERNAL MODULE: ./src/config/problem.ts
var problem = __webpack_require__(88841);
// EXTERNAL MODULE: ./src/config/located-problem.ts
var located_problem = __webpack_require__(89366);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
;// CONCATENATED MODULE: ./src/config/schema-validator.generated.ts
// @ts-nocheck
/* eslint-disable */
// Generated by `npm run generate` from src/config/schema.ts (Ajv standalone). Do not edit.

// A CommonJS default import is the function (bundled) or its exports object (node).
const cjsModule = (m) => ({ default: typeof m === 'function' ? m : m.default });
const validate = validate10;
/* harmony default export */ const schema_validator_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = { "additionalProperties": false, "$id": "https://pgci.dev/schema/pgci.schema.json", "title": "pgci configuration (database/pgci.yml)", "description": "Desired state and checks for a PostgreSQL database managed by pgci.", "type": "object", "required": ["version"], "properties": { "$schema": { "type": "string" }, "version": { "const": 1, "type": "number" }, "instance": { "additionalProperties": false, "description": "The Cloud SQL for PostgreSQL instance.", "type": "object", "required": ["name", "project", "region", "databaseVersion", "tier"], "properties": { "name": { "pattern": "^[a-z][a-z0-9-]*$", "maxLength": 98, "description": "Cloud SQL instance id: lower-case letters, digits and hyphens.", "type": "string" }, "project": { "description": "Google Cloud project id.", "type": "string" }, "region": { "description": "Region, e.g. us-central1. Immutable.", "type": "string" }, "databaseVersion": { "type": "string", "enum": ["POSTGRES_14", "POSTGRES_15", "POSTGRES_16", "POSTGRES_17"] }, "edition": { "type": "string", "enum": ["ENTERPRISE", "ENTERPRISE_PLUS"] }, "tier": { "description": "Machine type: db-custom-<vCPU>-<MB>, db-f1-micro, db-g1-small (ENTERPRISE) or db-perf-optimized-N-<vCPU> (ENTERPRISE_PLUS).", "type": "string" }, "availability": { "type": "string", "enum": ["zonal", "regional"] }, "disk": { "additionalProperties": false, "type": "object", "properties": { "type": { "type": "string", "enum": ["PD_SSD", "PD_HDD", "HYPERDISK_BALANCED"] }, "sizeGb": { "minimum": 10, "maximum": 65536, "type": "integer" }, "autoResize": { "type": "boolean" }, "autoResizeLimitGb": { "minimum": 0, "maximum": 65536, "type": "integer" } } }, "network": { "additionalProperties": false, "type": "object", "properties": { "publicIp": { "type": "boolean" }, "privateNetwork": { "description": "VPC self link: projects/<project>/global/networks/<name>.", "type": "string" }, "sslMode": { "type": "string", "enum": ["ALLOW_UNENCRYPTED_AND_ENCRYPTED", "ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"] }, "authorizedNetworks": { "type": "array", "items": { "additionalProperties": false, "description": "A network allowed to reach the public IP.", "type": "object", "required": ["cidr"], "properties": { "name": { "description": "A label for the network, shown in the console.", "type": "string" }, "cidr": { "description": "IPv4 or IPv6 range in CIDR form, e.g. 203.0.113.0/24.", "type": "string" }, "expires": { "description": "Date (YYYY-MM-DD) or RFC 3339 timestamp after which the entry is stale.", "type": "string" } } } }, "connectorEnforcement": { "type": "string", "enum": ["REQUIRED", "NOT_REQUIRED"] } } }, "backups": { "additionalProperties": false, "type": "object", "properties": { "enabled": { "type": "boolean" }, "startTime": { "description": "UTC start of the backup window, HH:MM.", "type": "string" }, "location": { "description": "Multi-region or region for backups, e.g. us.", "type": "string" }, "pointInTimeRecovery": { "type": "boolean" }, "transactionLogRetentionDays": { "minimum": 1, "maximum": 35, "type": "integer" }, "retainedBackups": { "minimum": 1, "maximum": 365, "type": "integer" } } }, "maintenance": { "additionalProperties": false, "type": "object", "properties": { "day": { "type": "string", "enum": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] }, "hour": { "minimum": 0, "maximum": 23, "description": "UTC hour.", "type": "integer" } } }, "deletionProtection": { "type": "boolean" }, "queryInsights": { "additionalProperties": false, "type": "object", "properties": { "enabled": { "type": "boolean" }, "queryStringLength": { "minimum": 256, "maximum": 4500, "type": "integer" }, "recordApplicationTags": { "type": "boolean" }, "recordClientAddress": { "type": "boolean" } } }, "labels": { "type": "object", "patternProperties": { "^[a-z][a-z0-9_-]{0,62}$": { "maxLength": 63, "type": "string" } } }, "passwordPolicy": { "additionalProperties": false, "type": "object", "properties": { "enabled": { "type": "boolean" }, "minLength": { "minimum": 1, "maximum": 128, "type": "integer" }, "complexity": { "type": "string", "enum": ["COMPLEXITY_DEFAULT", "NONE"] }, "reuseInterval": { "minimum": 0, "maximum": 100, "type": "integer" }, "disallowUsernameSubstring": { "type": "boolean" }, "passwordChangeIntervalDays": { "minimum": 0, "type": "integer" } } } } }, "parameters": { "type": "object", "patternProperties": { "^(.*)$": { "type": ["string", "number", "boolean"], "description": "A value with units as PostgreSQL writes them: 8MB, 200ms, on, 0.9." } } }, "databases": { "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["name"], "properties": { "name": { "minLength": 1, "description": "A PostgreSQL identifier: lower-case letters, digits and _, at most 63 bytes.", "type": "string" }, "owner": { "minLength": 1, "description": "A PostgreSQL identifier: lower-case letters, digits and _, at most 63 bytes.", "type": "string" }, "extensions": { "type": "array", "items": { "minLength": 1, "type": "string" } }, "parameters": { "type": "object", "patternProperties": { "^(.*)$": { "type": ["string", "number", "boolean"], "description": "A value with units as PostgreSQL writes them: 8MB, 200ms, on, 0.9." } } } } } }, "roles": { "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["name"], "properties": { "name": { "minLength": 1, "description": "A PostgreSQL identifier: lower-case letters, digits and _, at most 63 bytes.", "type": "string" }, "login": { "type": "boolean" }, "password": { "description": "Only as a ${ENV_VAR} reference.", "type": "string" }, "iam": { "description": "IAM principal (user or service account email) for IAM auth.", "type": "string" }, "memberOf": { "type": "array", "items": { "minLength": 1, "description": "A PostgreSQL identifier: lower-case letters, digits and _, at most 63 bytes.", "type": "string" } }, "connectionLimit": { "minimum": -1, "type": "integer" }, "grants": { "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["database", "privileges", "on"], "properties": { "database": { "minLength": 1, "description": "A PostgreSQL identifier: lower-case letters, digits and _, at most 63 bytes.", "type": "string" }, "schema": { "minLength": 1, "description": "A PostgreSQL identifier: lower-case letters, digits and _, at most 63 bytes.", "type": "string" }, "privileges": { "minItems": 1, "type": "array", "items": { "type": "string", "enum": ["ALL", "SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER", "USAGE", "CREATE", "CONNECT", "TEMPORARY", "EXECUTE"] } }, "on": { "type": "string", "enum": ["database", "schema", "tables", "sequences", "functions"] } } } } } } }, "pooling": { "additionalProperties": false, "type": "object", "required": ["mode", "appInstances", "poolSize"], "properties": { "mode": { "type": "string", "enum": ["client", "pgbouncer", "managed"] }, "appInstances": { "minimum": 1, "type": "integer" }, "poolSize": { "minimum": 1, "type": "integer" }, "reservedConnections": { "minimum": 0, "type": "integer" } } }, "migrations": { "additionalProperties": false, "type": "object", "required": ["directory"], "properties": { "directory": { "description": "Folder of plain SQL migrations, relative to the config.", "type": "string" }, "table": { "description": "Table that records applied migrations.", "type": "string" }, "database": { "minLength": 1, "description": "A PostgreSQL identifier: lower-case letters, digits and _, at most 63 bytes.", "type": "string" } } }, "benchmark": { "additionalProperties": false, "description": "Benchmark workload, data and gates.", "type": "object", "properties": { "database": { "minLength": 1, "description": "A PostgreSQL identifier: lower-case letters, digits and _, at most 63 bytes.", "type": "string" }, "sloP95Ms": { "exclusiveMinimum": 0, "description": "Default SLO: p95 in ms (default 200).", "type": "number" }, "queries": { "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["name", "sql"], "properties": { "name": { "pattern": "^[a-z0-9][a-z0-9_.-]*$", "description": "Query name used in the report: lower-case letters, digits, _ . -", "type": "string" }, "sql": { "description": "One SQL statement; parameters as $1, $2, …", "type": "string" }, "params": { "description": "One generator per $n.", "type": "array", "items": { "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "description": "How a query parameter is generated: exactly one of random, pick, sample, expr.", "type": "object", "properties": { "random": { "minItems": 2, "maxItems": 2, "description": "A uniform random integer in [min, max].", "type": "array", "items": { "type": "integer" } }, "pick": { "minItems": 1, "description": "One of these values, uniformly.", "type": "array", "items": { "anyOf": [{ "type": "string" }, { "type": "number" }] } }, "sample": { "description": "SQL run once before the benchmark; each execution picks one value of its first column.", "type": "string" }, "expr": { "description": "A pgbench expression, e.g. random_zipfian(1, 10000, 1.1).", "type": "string" } } } }, "weight": { "exclusiveMinimum": 0, "description": "Relative frequency (default 1).", "type": "number" }, "slo": { "additionalProperties": false, "description": "Latency objective: the percentile must stay at or under ms.", "type": "object", "required": ["ms"], "properties": { "percentile": { "type": "string", "enum": ["p50", "p90", "p95", "p99"], "description": "Latency percentile the SLO applies to." }, "ms": { "exclusiveMinimum": 0, "description": "Upper bound in milliseconds.", "type": "number" } } } } } }, "scripts": { "type": "array", "items": { "additionalProperties": false, "type": "object", "required": ["file"], "properties": { "file": { "description": "A pgbench script file, relative to the config.", "type": "string" }, "name": { "pattern": "^[a-z0-9][a-z0-9_.-]*$", "type": "string" }, "weight": { "exclusiveMinimum": 0, "type": "number" } } } }, "seed": { "additionalProperties": false, "type": "object", "properties": { "sql": { "description": "SQL files run in order after the migrations; :scale is replaced by the scale factor.", "type": "array", "items": { "type": "string" } }, "scale": { "exclusiveMinimum": 0, "description": "Scale factor (default 1).", "type": "number" } } }, "clients": { "minimum": 1, "maximum": 1000, "type": "integer" }, "duration": { "pattern": "^[0-9]+(\\.[0-9]+)?(ms|s|m)$", "description": "A duration: 500ms, 30s, 2m.", "type": "string" }, "warmup": { "pattern": "^[0-9]+(\\.[0-9]+)?(ms|s|m)$", "description": "A duration: 500ms, 30s, 2m.", "type": "string" }, "rate": { "exclusiveMinimum": 0, "description": "Open loop: transactions per second.", "type": "number" }, "regression": { "additionalProperties": false, "type": "object", "properties": { "maxPercent": { "exclusiveMinimum": 0, "description": "Allowed slowdown head vs base, in percent (default 20).", "type": "number" }, "rounds": { "minimum": 2, "description": "Rounds of each side (default 5).", "type": "integer" }, "roundDuration": { "pattern": "^[0-9]+(\\.[0-9]+)?(ms|s|m)$", "description": "A duration: 500ms, 30s, 2m.", "type": "string" } } }, "explain": { "minimum": 0, "description": "EXPLAIN (ANALYZE, BUFFERS) this many slowest queries (default 3).", "type": "integer" } } }, "security": { "additionalProperties": false, "description": "Security scan settings (pgci security-scan, actions/security-scan).", "type": "object", "properties": { "profile": { "type": "string", "enum": ["cloudsql", "self-hosted"], "description": "Which benchmark settles the points where the sources disagree (log_error_verbosity, log_hostname, log_min_duration_statement), and which checks apply. Default: cloudsql when the server or the config is Cloud SQL, else self-hosted." }, "failOn": { "type": "string", "enum": ["critical", "high", "medium", "low", "none"], "description": "Lowest finding severity that fails the scan (default high); none never fails." }, "suppressions": { "description": "Suppressions file, relative to this config (default pgci-suppressions.yml beside it).", "type": "string" }, "allow": { "additionalProperties": false, "description": "Roles whose privileges are intended.", "type": "object", "properties": { "superusers": { "description": "Roles allowed to be (or to become) superusers besides postgres.", "type": "array", "items": { "minLength": 1, "description": "A PostgreSQL identifier: lower-case letters, digits and _, at most 63 bytes.", "type": "string" } }, "elevated": { "description": "Roles allowed to hold CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS (or cloudsqlsuperuser membership).", "type": "array", "items": { "minLength": 1, "description": "A PostgreSQL identifier: lower-case letters, digits and _, at most 63 bytes.", "type": "string" } } } } } }, "backup": { "additionalProperties": false, "description": "Backup verification: RPO/RTO targets and how backup-verify dumps and compares.", "type": "object", "properties": { "rpoHours": { "exclusiveMinimum": 0, "description": "Recovery point objective: the newest backup may be at most this many hours old.", "type": "number" }, "rtoMinutes": { "exclusiveMinimum": 0, "description": "Recovery time objective: the restore must finish within this many minutes.", "type": "number" }, "format": { "type": "string", "enum": ["custom", "directory"], "description": "pg_dump archive format; directory dumps with --jobs." }, "jobs": { "minimum": 1, "maximum": 64, "description": "pg_dump/pg_restore --jobs and connections per side while comparing.", "type": "integer" }, "encryptionKey": { "description": "AES-256-GCM key for the archive, only as a ${ENV_VAR} reference to a secret (64 hex digits, base64 of 32 bytes, or a passphrase of 16+ characters).", "type": "string" }, "hash": { "type": "string", "enum": ["auto", "fast", "portable"], "description": "Row hash: fast (hashtextextended, same major only), portable (md5, any majors), auto picks by the majors." }, "strict": { "description": "Also compare each table as an ordered COPY hashed with sha256 (slower).", "type": "boolean" }, "chunkRows": { "minimum": 1000, "description": "Rows per key-range chunk when hashing tables with an integer key.", "type": "integer" }, "exclude": { "description": "Tables (schema.table) whose data is not compared.", "type": "array", "items": { "pattern": "^[^.]+\\.[^.]+$", "type": "string" } } } }, "pullRequest": { "additionalProperties": false, "description": "PR template rules and branch/title conventions (pgci pr-check).", "type": "object", "properties": { "template": { "description": "PR template to compare with (default .github/pull_request_template.md).", "type": "string" }, "requiredSections": { "type": "array", "items": { "minLength": 1, "type": "string" } }, "typeSection": { "minLength": 1, "type": "string" }, "minTypes": { "minimum": 0, "type": "integer" }, "requires": { "description": "Type of change → the boxes that must be ticked when it is.", "type": "object", "patternProperties": { "^(.*)$": { "type": "array", "items": { "minLength": 1, "type": "string" } } } }, "alwaysRequired": { "type": "array", "items": { "minLength": 1, "type": "string" } }, "branchNames": { "type": "string", "enum": ["fail", "warn", "off"] }, "titles": { "type": "string", "enum": ["fail", "warn", "off"] }, "types": { "minItems": 1, "type": "array", "items": { "pattern": "^[a-z]+$", "type": "string" } }, "exemptBranches": { "type": "array", "items": { "minLength": 1, "type": "string" } } } } } };
const func2 = Object.prototype.hasOwnProperty;
const func4 = cjsModule(ucs2length/* default */.A).default;
const pattern0 = new RegExp("^[a-z][a-z0-9-]*$", "u");
const pattern1 = new RegExp("^[a-z][a-z0-9_-]{0,62}$", "u");
const pattern2 = new RegExp("^(.*)$", "u");
const pattern4 = new RegExp("^[a-z0-9][a-z0-9_.-]*$", "u");
const pattern6 = new RegExp("^[0-9]+(\\.[0-9]+)?(ms|s|m)$", "u");
const pattern9 = new RegExp("^[^.]+\\.[^.]+$", "u");
const pattern11 = new RegExp("^[a-z]+$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://pgci.dev/schema/pgci.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.version === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema11.required, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(func2.call(schema11.properties, key0))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.$schema !== undefined) {
            let data0 = data.$schema;
            if (typeof data0 !== "string") {
                const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.version !== undefined) {
            let data1 = data.version;
            if (!(typeof data1 == "number")) {
                const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.version.type, parentSchema: schema11.properties.version, data: data1 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (1 !== data1) {
                const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.instance !== undefined) {
            let data2 = data.instance;
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                if (data2.name === undefined) {
                    const err5 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.instance.required, parentSchema: schema11.properties.instance, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                if (data2.project === undefined) {
                    const err6 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/required", keyword: "required", params: { missingProperty: "project" }, message: "must have required property '" + "project" + "'", schema: schema11.properties.instance.required, parentSchema: schema11.properties.instance, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                if (data2.region === undefined) {
                    const err7 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property '" + "region" + "'", schema: schema11.properties.instance.required, parentSchema: schema11.properties.instance, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (data2.databaseVersion === undefined) {
                    const err8 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/required", keyword: "required", params: { missingProperty: "databaseVersion" }, message: "must have required property '" + "databaseVersion" + "'", schema: schema11.properties.instance.required, parentSchema: schema11.properties.instance, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
                if (data2.tier === undefined) {
                    const err9 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/required", keyword: "required", params: { missingProperty: "tier" }, message: "must have required property '" + "tier" + "'", schema: schema11.properties.instance.required, parentSchema: schema11.properties.instance, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                for (const key1 in data2) {
                    if (!(func2.call(schema11.properties.instance.properties, key1))) {
                        const err10 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.instance, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                }
                if (data2.name !== undefined) {
                    let data3 = data2.name;
                    if (typeof data3 === "string") {
                        if (func4(data3) > 98) {
                            const err11 = { instancePath: instancePath + "/instance/name", schemaPath: "#/properties/instance/properties/name/maxLength", keyword: "maxLength", params: { limit: 98 }, message: "must NOT have more than 98 characters", schema: 98, parentSchema: schema11.properties.instance.properties.name, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                        if (!pattern0.test(data3)) {
                            const err12 = { instancePath: instancePath + "/instance/name", schemaPath: "#/properties/instance/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*$" }, message: "must match pattern \"" + "^[a-z][a-z0-9-]*$" + "\"", schema: "^[a-z][a-z0-9-]*$", parentSchema: schema11.properties.instance.properties.name, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err13 = { instancePath: instancePath + "/instance/name", schemaPath: "#/properties/instance/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.name.type, parentSchema: schema11.properties.instance.properties.name, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                }
                if (data2.project !== undefined) {
                    let data4 = data2.project;
                    if (typeof data4 !== "string") {
                        const err14 = { instancePath: instancePath + "/instance/project", schemaPath: "#/properties/instance/properties/project/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.project.type, parentSchema: schema11.properties.instance.properties.project, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                }
                if (data2.region !== undefined) {
                    let data5 = data2.region;
                    if (typeof data5 !== "string") {
                        const err15 = { instancePath: instancePath + "/instance/region", schemaPath: "#/properties/instance/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.region.type, parentSchema: schema11.properties.instance.properties.region, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
                if (data2.databaseVersion !== undefined) {
                    let data6 = data2.databaseVersion;
                    if (typeof data6 !== "string") {
                        const err16 = { instancePath: instancePath + "/instance/databaseVersion", schemaPath: "#/properties/instance/properties/databaseVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.databaseVersion.type, parentSchema: schema11.properties.instance.properties.databaseVersion, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                    if (!((((data6 === "POSTGRES_14") || (data6 === "POSTGRES_15")) || (data6 === "POSTGRES_16")) || (data6 === "POSTGRES_17"))) {
                        const err17 = { instancePath: instancePath + "/instance/databaseVersion", schemaPath: "#/properties/instance/properties/databaseVersion/enum", keyword: "enum", params: { allowedValues: schema11.properties.instance.properties.databaseVersion.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.instance.properties.databaseVersion.enum, parentSchema: schema11.properties.instance.properties.databaseVersion, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                }
                if (data2.edition !== undefined) {
                    let data7 = data2.edition;
                    if (typeof data7 !== "string") {
                        const err18 = { instancePath: instancePath + "/instance/edition", schemaPath: "#/properties/instance/properties/edition/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.edition.type, parentSchema: schema11.properties.instance.properties.edition, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                    if (!((data7 === "ENTERPRISE") || (data7 === "ENTERPRISE_PLUS"))) {
                        const err19 = { instancePath: instancePath + "/instance/edition", schemaPath: "#/properties/instance/properties/edition/enum", keyword: "enum", params: { allowedValues: schema11.properties.instance.properties.edition.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.instance.properties.edition.enum, parentSchema: schema11.properties.instance.properties.edition, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                }
                if (data2.tier !== undefined) {
                    let data8 = data2.tier;
                    if (typeof data8 !== "string") {
                        const err20 = { instancePath: instancePath + "/instance/tier", schemaPath: "#/properties/instance/properties/tier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.tier.type, parentSchema: schema11.properties.instance.properties.tier, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
                if (data2.availability !== undefined) {
                    let data9 = data2.availability;
                    if (typeof data9 !== "string") {
                        const err21 = { instancePath: instancePath + "/instance/availability", schemaPath: "#/properties/instance/properties/availability/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.availability.type, parentSchema: schema11.properties.instance.properties.availability, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                    if (!((data9 === "zonal") || (data9 === "regional"))) {
                        const err22 = { instancePath: instancePath + "/instance/availability", schemaPath: "#/properties/instance/properties/availability/enum", keyword: "enum", params: { allowedValues: schema11.properties.instance.properties.availability.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.instance.properties.availability.enum, parentSchema: schema11.properties.instance.properties.availability, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
                if (data2.disk !== undefined) {
                    let data10 = data2.disk;
                    if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                        for (const key2 in data10) {
                            if (!((((key2 === "type") || (key2 === "sizeGb")) || (key2 === "autoResize")) || (key2 === "autoResizeLimitGb"))) {
                                const err23 = { instancePath: instancePath + "/instance/disk", schemaPath: "#/properties/instance/properties/disk/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.instance.properties.disk, data: data10 };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                        }
                        if (data10.type !== undefined) {
                            let data11 = data10.type;
                            if (typeof data11 !== "string") {
                                const err24 = { instancePath: instancePath + "/instance/disk/type", schemaPath: "#/properties/instance/properties/disk/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.disk.properties.type.type, parentSchema: schema11.properties.instance.properties.disk.properties.type, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                            if (!(((data11 === "PD_SSD") || (data11 === "PD_HDD")) || (data11 === "HYPERDISK_BALANCED"))) {
                                const err25 = { instancePath: instancePath + "/instance/disk/type", schemaPath: "#/properties/instance/properties/disk/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.instance.properties.disk.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.instance.properties.disk.properties.type.enum, parentSchema: schema11.properties.instance.properties.disk.properties.type, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err25];
                                }
                                else {
                                    vErrors.push(err25);
                                }
                                errors++;
                            }
                        }
                        if (data10.sizeGb !== undefined) {
                            let data12 = data10.sizeGb;
                            if (!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))) {
                                const err26 = { instancePath: instancePath + "/instance/disk/sizeGb", schemaPath: "#/properties/instance/properties/disk/properties/sizeGb/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.instance.properties.disk.properties.sizeGb.type, parentSchema: schema11.properties.instance.properties.disk.properties.sizeGb, data: data12 };
                                if (vErrors === null) {
                                    vErrors = [err26];
                                }
                                else {
                                    vErrors.push(err26);
                                }
                                errors++;
                            }
                            if (typeof data12 == "number") {
                                if (data12 > 65536 || isNaN(data12)) {
                                    const err27 = { instancePath: instancePath + "/instance/disk/sizeGb", schemaPath: "#/properties/instance/properties/disk/properties/sizeGb/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65536 }, message: "must be <= 65536", schema: 65536, parentSchema: schema11.properties.instance.properties.disk.properties.sizeGb, data: data12 };
                                    if (vErrors === null) {
                                        vErrors = [err27];
                                    }
                                    else {
                                        vErrors.push(err27);
                                    }
                                    errors++;
                                }
                                if (data12 < 10 || isNaN(data12)) {
                                    const err28 = { instancePath: instancePath + "/instance/disk/sizeGb", schemaPath: "#/properties/instance/properties/disk/properties/sizeGb/minimum", keyword: "minimum", params: { comparison: ">=", limit: 10 }, message: "must be >= 10", schema: 10, parentSchema: schema11.properties.instance.properties.disk.properties.sizeGb, data: data12 };
                                    if (vErrors === null) {
                                        vErrors = [err28];
                                    }
                                    else {
                                        vErrors.push(err28);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data10.autoResize !== undefined) {
                            let data13 = data10.autoResize;
                            if (typeof data13 !== "boolean") {
                                const err29 = { instancePath: instancePath + "/instance/disk/autoResize", schemaPath: "#/properties/instance/properties/disk/properties/autoResize/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.instance.properties.disk.properties.autoResize.type, parentSchema: schema11.properties.instance.properties.disk.properties.autoResize, data: data13 };
                                if (vErrors === null) {
                                    vErrors = [err29];
                                }
                                else {
                                    vErrors.push(err29);
                                }
                                errors++;
                            }
                        }
                        if (data10.autoResizeLimitGb !== undefined) {
                            let data14 = data10.autoResizeLimitGb;
                            if (!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))) {
                                const err30 = { instancePath: instancePath + "/instance/disk/autoResizeLimitGb", schemaPath: "#/properties/instance/properties/disk/properties/autoResizeLimitGb/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.instance.properties.disk.properties.autoResizeLimitGb.type, parentSchema: schema11.properties.instance.properties.disk.properties.autoResizeLimitGb, data: data14 };
                                if (vErrors === null) {
                                    vErrors = [err30];
                                }
                                else {
                                    vErrors.push(err30);
                                }
                                errors++;
                            }
                            if (typeof data14 == "number") {
                                if (data14 > 65536 || isNaN(data14)) {
                                    const err31 = { instancePath: instancePath + "/instance/disk/autoResizeLimitGb", schemaPath: "#/properties/instance/properties/disk/properties/autoResizeLimitGb/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65536 }, message: "must be <= 65536", schema: 65536, parentSchema: schema11.properties.instance.properties.disk.properties.autoResizeLimitGb, data: data14 };
                                    if (vErrors === null) {
                                        vErrors = [err31];
                                    }
                                    else {
                                        vErrors.push(err31);
                                    }
                                    errors++;
                                }
                                if (data14 < 0 || isNaN(data14)) {
                                    const err32 = { instancePath: instancePath + "/instance/disk/autoResizeLimitGb", schemaPath: "#/properties/instance/properties/disk/properties/autoResizeLimitGb/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.instance.properties.disk.properties.autoResizeLimitGb, data: data14 };
                                    if (vErrors === null) {
                                        vErrors = [err32];
                                    }
                                    else {
                                        vErrors.push(err32);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err33 = { instancePath: instancePath + "/instance/disk", schemaPath: "#/properties/instance/properties/disk/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.instance.properties.disk.type, parentSchema: schema11.properties.instance.properties.disk, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                }
                if (data2.network !== undefined) {
                    let data15 = data2.network;
                    if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                        for (const key3 in data15) {
                            if (!(((((key3 === "publicIp") || (key3 === "privateNetwork")) || (key3 === "sslMode")) || (key3 === "authorizedNetworks")) || (key3 === "connectorEnforcement"))) {
                                const err34 = { instancePath: instancePath + "/instance/network", schemaPath: "#/properties/instance/properties/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.instance.properties.network, data: data15 };
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                        }
                        if (data15.publicIp !== undefined) {
                            let data16 = data15.publicIp;
                            if (typeof data16 !== "boolean") {
                                const err35 = { instancePath: instancePath + "/instance/network/publicIp", schemaPath: "#/properties/instance/properties/network/properties/publicIp/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.instance.properties.network.properties.publicIp.type, parentSchema: schema11.properties.instance.properties.network.properties.publicIp, data: data16 };
                                if (vErrors === null) {
                                    vErrors = [err35];
                                }
                                else {
                                    vErrors.push(err35);
                                }
                                errors++;
                            }
                        }
                        if (data15.privateNetwork !== undefined) {
                            let data17 = data15.privateNetwork;
                            if (typeof data17 !== "string") {
                                const err36 = { instancePath: instancePath + "/instance/network/privateNetwork", schemaPath: "#/properties/instance/properties/network/properties/privateNetwork/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.network.properties.privateNetwork.type, parentSchema: schema11.properties.instance.properties.network.properties.privateNetwork, data: data17 };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                            }
                        }
                        if (data15.sslMode !== undefined) {
                            let data18 = data15.sslMode;
                            if (typeof data18 !== "string") {
                                const err37 = { instancePath: instancePath + "/instance/network/sslMode", schemaPath: "#/properties/instance/properties/network/properties/sslMode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.network.properties.sslMode.type, parentSchema: schema11.properties.instance.properties.network.properties.sslMode, data: data18 };
                                if (vErrors === null) {
                                    vErrors = [err37];
                                }
                                else {
                                    vErrors.push(err37);
                                }
                                errors++;
                            }
                            if (!(((data18 === "ALLOW_UNENCRYPTED_AND_ENCRYPTED") || (data18 === "ENCRYPTED_ONLY")) || (data18 === "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"))) {
                                const err38 = { instancePath: instancePath + "/instance/network/sslMode", schemaPath: "#/properties/instance/properties/network/properties/sslMode/enum", keyword: "enum", params: { allowedValues: schema11.properties.instance.properties.network.properties.sslMode.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.instance.properties.network.properties.sslMode.enum, parentSchema: schema11.properties.instance.properties.network.properties.sslMode, data: data18 };
                                if (vErrors === null) {
                                    vErrors = [err38];
                                }
                                else {
                                    vErrors.push(err38);
                                }
                                errors++;
                            }
                        }
                        if (data15.authorizedNetworks !== undefined) {
                            let data19 = data15.authorizedNetworks;
                            if (Array.isArray(data19)) {
                                const len0 = data19.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                    let data20 = data19[i0];
                                    if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                        if (data20.cidr === undefined) {
                                            const err39 = { instancePath: instancePath + "/instance/network/authorizedNetworks/" + i0, schemaPath: "#/properties/instance/properties/network/properties/authorizedNetworks/items/required", keyword: "required", params: { missingProperty: "cidr" }, message: "must have required property '" + "cidr" + "'", schema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items.required, parentSchema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items, data: data20 };
                                            if (vErrors === null) {
                                                vErrors = [err39];
                                            }
                                            else {
                                                vErrors.push(err39);
                                            }
                                            errors++;
                                        }
                                        for (const key4 in data20) {
                                            if (!(((key4 === "name") || (key4 === "cidr")) || (key4 === "expires"))) {
                                                const err40 = { instancePath: instancePath + "/instance/network/authorizedNetworks/" + i0, schemaPath: "#/properties/instance/properties/network/properties/authorizedNetworks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items, data: data20 };
                                                if (vErrors === null) {
                                                    vErrors = [err40];
                                                }
                                                else {
                                                    vErrors.push(err40);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data20.name !== undefined) {
                                            let data21 = data20.name;
                                            if (typeof data21 !== "string") {
                                                const err41 = { instancePath: instancePath + "/instance/network/authorizedNetworks/" + i0 + "/name", schemaPath: "#/properties/instance/properties/network/properties/authorizedNetworks/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items.properties.name.type, parentSchema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items.properties.name, data: data21 };
                                                if (vErrors === null) {
                                                    vErrors = [err41];
                                                }
                                                else {
                                                    vErrors.push(err41);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data20.cidr !== undefined) {
                                            let data22 = data20.cidr;
                                            if (typeof data22 !== "string") {
                                                const err42 = { instancePath: instancePath + "/instance/network/authorizedNetworks/" + i0 + "/cidr", schemaPath: "#/properties/instance/properties/network/properties/authorizedNetworks/items/properties/cidr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items.properties.cidr.type, parentSchema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items.properties.cidr, data: data22 };
                                                if (vErrors === null) {
                                                    vErrors = [err42];
                                                }
                                                else {
                                                    vErrors.push(err42);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data20.expires !== undefined) {
                                            let data23 = data20.expires;
                                            if (typeof data23 !== "string") {
                                                const err43 = { instancePath: instancePath + "/instance/network/authorizedNetworks/" + i0 + "/expires", schemaPath: "#/properties/instance/properties/network/properties/authorizedNetworks/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items.properties.expires.type, parentSchema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items.properties.expires, data: data23 };
                                                if (vErrors === null) {
                                                    vErrors = [err43];
                                                }
                                                else {
                                                    vErrors.push(err43);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err44 = { instancePath: instancePath + "/instance/network/authorizedNetworks/" + i0, schemaPath: "#/properties/instance/properties/network/properties/authorizedNetworks/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items.type, parentSchema: schema11.properties.instance.properties.network.properties.authorizedNetworks.items, data: data20 };
                                        if (vErrors === null) {
                                            vErrors = [err44];
                                        }
                                        else {
                                            vErrors.push(err44);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err45 = { instancePath: instancePath + "/instance/network/authorizedNetworks", schemaPath: "#/properties/instance/properties/network/properties/authorizedNetworks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.instance.properties.network.properties.authorizedNetworks.type, parentSchema: schema11.properties.instance.properties.network.properties.authorizedNetworks, data: data19 };
                                if (vErrors === null) {
                                    vErrors = [err45];
                                }
                                else {
                                    vErrors.push(err45);
                                }
                                errors++;
                            }
                        }
                        if (data15.connectorEnforcement !== undefined) {
                            let data24 = data15.connectorEnforcement;
                            if (typeof data24 !== "string") {
                                const err46 = { instancePath: instancePath + "/instance/network/connectorEnforcement", schemaPath: "#/properties/instance/properties/network/properties/connectorEnforcement/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.network.properties.connectorEnforcement.type, parentSchema: schema11.properties.instance.properties.network.properties.connectorEnforcement, data: data24 };
                                if (vErrors === null) {
                                    vErrors = [err46];
                                }
                                else {
                                    vErrors.push(err46);
                                }
                                errors++;
                            }
                            if (!((data24 === "REQUIRED") || (data24 === "NOT_REQUIRED"))) {
                                const err47 = { instancePath: instancePath + "/instance/network/connectorEnforcement", schemaPath: "#/properties/instance/properties/network/properties/connectorEnforcement/enum", keyword: "enum", params: { allowedValues: schema11.properties.instance.properties.network.properties.connectorEnforcement.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.instance.properties.network.properties.connectorEnforcement.enum, parentSchema: schema11.properties.instance.properties.network.properties.connectorEnforcement, data: data24 };
                                if (vErrors === null) {
                                    vErrors = [err47];
                                }
                                else {
                                    vErrors.push(err47);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err48 = { instancePath: instancePath + "/instance/network", schemaPath: "#/properties/instance/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.instance.properties.network.type, parentSchema: schema11.properties.instance.properties.network, data: data15 };
                        if (vErrors === null) {
                            vErrors = [err48];
                        }
                        else {
                            vErrors.push(err48);
                        }
                        errors++;
                    }
                }
                if (data2.backups !== undefined) {
                    let data25 = data2.backups;
                    if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                        for (const key5 in data25) {
                            if (!((((((key5 === "enabled") || (key5 === "startTime")) || (key5 === "location")) || (key5 === "pointInTimeRecovery")) || (key5 === "transactionLogRetentionDays")) || (key5 === "retainedBackups"))) {
                                const err49 = { instancePath: instancePath + "/instance/backups", schemaPath: "#/properties/instance/properties/backups/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.instance.properties.backups, data: data25 };
                                if (vErrors === null) {
                                    vErrors = [err49];
                                }
                                else {
                                    vErrors.push(err49);
                                }
                                errors++;
                            }
                        }
                        if (data25.enabled !== undefined) {
                            let data26 = data25.enabled;
                            if (typeof data26 !== "boolean") {
                                const err50 = { instancePath: instancePath + "/instance/backups/enabled", schemaPath: "#/properties/instance/properties/backups/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.instance.properties.backups.properties.enabled.type, parentSchema: schema11.properties.instance.properties.backups.properties.enabled, data: data26 };
                                if (vErrors === null) {
                                    vErrors = [err50];
                                }
                                else {
                                    vErrors.push(err50);
                                }
                                errors++;
                            }
                        }
                        if (data25.startTime !== undefined) {
                            let data27 = data25.startTime;
                            if (typeof data27 !== "string") {
                                const err51 = { instancePath: instancePath + "/instance/backups/startTime", schemaPath: "#/properties/instance/properties/backups/properties/startTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.backups.properties.startTime.type, parentSchema: schema11.properties.instance.properties.backups.properties.startTime, data: data27 };
                                if (vErrors === null) {
                                    vErrors = [err51];
                                }
                                else {
                                    vErrors.push(err51);
                                }
                                errors++;
                            }
                        }
                        if (data25.location !== undefined) {
                            let data28 = data25.location;
                            if (typeof data28 !== "string") {
                                const err52 = { instancePath: instancePath + "/instance/backups/location", schemaPath: "#/properties/instance/properties/backups/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.backups.properties.location.type, parentSchema: schema11.properties.instance.properties.backups.properties.location, data: data28 };
                                if (vErrors === null) {
                                    vErrors = [err52];
                                }
                                else {
                                    vErrors.push(err52);
                                }
                                errors++;
                            }
                        }
                        if (data25.pointInTimeRecovery !== undefined) {
                            let data29 = data25.pointInTimeRecovery;
                            if (typeof data29 !== "boolean") {
                                const err53 = { instancePath: instancePath + "/instance/backups/pointInTimeRecovery", schemaPath: "#/properties/instance/properties/backups/properties/pointInTimeRecovery/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.instance.properties.backups.properties.pointInTimeRecovery.type, parentSchema: schema11.properties.instance.properties.backups.properties.pointInTimeRecovery, data: data29 };
                                if (vErrors === null) {
                                    vErrors = [err53];
                                }
                                else {
                                    vErrors.push(err53);
                                }
                                errors++;
                            }
                        }
                        if (data25.transactionLogRetentionDays !== undefined) {
                            let data30 = data25.transactionLogRetentionDays;
                            if (!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))) {
                                const err54 = { instancePath: instancePath + "/instance/backups/transactionLogRetentionDays", schemaPath: "#/properties/instance/properties/backups/properties/transactionLogRetentionDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.instance.properties.backups.properties.transactionLogRetentionDays.type, parentSchema: schema11.properties.instance.properties.backups.properties.transactionLogRetentionDays, data: data30 };
                                if (vErrors === null) {
                                    vErrors = [err54];
                                }
                                else {
                                    vErrors.push(err54);
                                }
                                errors++;
                            }
                            if (typeof data30 == "number") {
                                if (data30 > 35 || isNaN(data30)) {
                                    const err55 = { instancePath: instancePath + "/instance/backups/transactionLogRetentionDays", schemaPath: "#/properties/instance/properties/backups/properties/transactionLogRetentionDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 35 }, message: "must be <= 35", schema: 35, parentSchema: schema11.properties.instance.properties.backups.properties.transactionLogRetentionDays, data: data30 };
                                    if (vErrors === null) {
                                        vErrors = [err55];
                                    }
                                    else {
                                        vErrors.push(err55);
                                    }
                                    errors++;
                                }
                                if (data30 < 1 || isNaN(data30)) {
                                    const err56 = { instancePath: instancePath + "/instance/backups/transactionLogRetentionDays", schemaPath: "#/properties/instance/properties/backups/properties/transactionLogRetentionDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.instance.properties.backups.properties.transactionLogRetentionDays, data: data30 };
                                    if (vErrors === null) {
                                        vErrors = [err56];
                                    }
                                    else {
                                        vErrors.push(err56);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data25.retainedBackups !== undefined) {
                            let data31 = data25.retainedBackups;
                            if (!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))) {
                                const err57 = { instancePath: instancePath + "/instance/backups/retainedBackups", schemaPath: "#/properties/instance/properties/backups/properties/retainedBackups/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.instance.properties.backups.properties.retainedBackups.type, parentSchema: schema11.properties.instance.properties.backups.properties.retainedBackups, data: data31 };
                                if (vErrors === null) {
                                    vErrors = [err57];
                                }
                                else {
                                    vErrors.push(err57);
                                }
                                errors++;
                            }
                            if (typeof data31 == "number") {
                                if (data31 > 365 || isNaN(data31)) {
                                    const err58 = { instancePath: instancePath + "/instance/backups/retainedBackups", schemaPath: "#/properties/instance/properties/backups/properties/retainedBackups/maximum", keyword: "maximum", params: { comparison: "<=", limit: 365 }, message: "must be <= 365", schema: 365, parentSchema: schema11.properties.instance.properties.backups.properties.retainedBackups, data: data31 };
                                    if (vErrors === null) {
                                        vErrors = [err58];
                                    }
                                    else {
                                        vErrors.push(err58);
                                    }
                                    errors++;
                                }
                                if (data31 < 1 || isNaN(data31)) {
                                    const err59 = { instancePath: instancePath + "/instance/backups/retainedBackups", schemaPath: "#/properties/instance/properties/backups/properties/retainedBackups/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.instance.properties.backups.properties.retainedBackups, data: data31 };
                                    if (vErrors === null) {
                                        vErrors = [err59];
                                    }
                                    else {
                                        vErrors.push(err59);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err60 = { instancePath: instancePath + "/instance/backups", schemaPath: "#/properties/instance/properties/backups/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.instance.properties.backups.type, parentSchema: schema11.properties.instance.properties.backups, data: data25 };
                        if (vErrors === null) {
                            vErrors = [err60];
                        }
                        else {
                            vErrors.push(err60);
                        }
                        errors++;
                    }
                }
                if (data2.maintenance !== undefined) {
                    let data32 = data2.maintenance;
                    if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                        for (const key6 in data32) {
                            if (!((key6 === "day") || (key6 === "hour"))) {
                                const err61 = { instancePath: instancePath + "/instance/maintenance", schemaPath: "#/properties/instance/properties/maintenance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.instance.properties.maintenance, data: data32 };
                                if (vErrors === null) {
                                    vErrors = [err61];
                                }
                                else {
                                    vErrors.push(err61);
                                }
                                errors++;
                            }
                        }
                        if (data32.day !== undefined) {
                            let data33 = data32.day;
                            if (typeof data33 !== "string") {
                                const err62 = { instancePath: instancePath + "/instance/maintenance/day", schemaPath: "#/properties/instance/properties/maintenance/properties/day/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.maintenance.properties.day.type, parentSchema: schema11.properties.instance.properties.maintenance.properties.day, data: data33 };
                                if (vErrors === null) {
                                    vErrors = [err62];
                                }
                                else {
                                    vErrors.push(err62);
                                }
                                errors++;
                            }
                            if (!(((((((data33 === "monday") || (data33 === "tuesday")) || (data33 === "wednesday")) || (data33 === "thursday")) || (data33 === "friday")) || (data33 === "saturday")) || (data33 === "sunday"))) {
                                const err63 = { instancePath: instancePath + "/instance/maintenance/day", schemaPath: "#/properties/instance/properties/maintenance/properties/day/enum", keyword: "enum", params: { allowedValues: schema11.properties.instance.properties.maintenance.properties.day.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.instance.properties.maintenance.properties.day.enum, parentSchema: schema11.properties.instance.properties.maintenance.properties.day, data: data33 };
                                if (vErrors === null) {
                                    vErrors = [err63];
                                }
                                else {
                                    vErrors.push(err63);
                                }
                                errors++;
                            }
                        }
                        if (data32.hour !== undefined) {
                            let data34 = data32.hour;
                            if (!((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34)))) {
                                const err64 = { instancePath: instancePath + "/instance/maintenance/hour", schemaPath: "#/properties/instance/properties/maintenance/properties/hour/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.instance.properties.maintenance.properties.hour.type, parentSchema: schema11.properties.instance.properties.maintenance.properties.hour, data: data34 };
                                if (vErrors === null) {
                                    vErrors = [err64];
                                }
                                else {
                                    vErrors.push(err64);
                                }
                                errors++;
                            }
                            if (typeof data34 == "number") {
                                if (data34 > 23 || isNaN(data34)) {
                                    const err65 = { instancePath: instancePath + "/instance/maintenance/hour", schemaPath: "#/properties/instance/properties/maintenance/properties/hour/maximum", keyword: "maximum", params: { comparison: "<=", limit: 23 }, message: "must be <= 23", schema: 23, parentSchema: schema11.properties.instance.properties.maintenance.properties.hour, data: data34 };
                                    if (vErrors === null) {
                                        vErrors = [err65];
                                    }
                                    else {
                                        vErrors.push(err65);
                                    }
                                    errors++;
                                }
                                if (data34 < 0 || isNaN(data34)) {
                                    const err66 = { instancePath: instancePath + "/instance/maintenance/hour", schemaPath: "#/properties/instance/properties/maintenance/properties/hour/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.instance.properties.maintenance.properties.hour, data: data34 };
                                    if (vErrors === null) {
                                        vErrors = [err66];
                                    }
                                    else {
                                        vErrors.push(err66);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err67 = { instancePath: instancePath + "/instance/maintenance", schemaPath: "#/properties/instance/properties/maintenance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.instance.properties.maintenance.type, parentSchema: schema11.properties.instance.properties.maintenance, data: data32 };
                        if (vErrors === null) {
                            vErrors = [err67];
                        }
                        else {
                            vErrors.push(err67);
                        }
                        errors++;
                    }
                }
                if (data2.deletionProtection !== undefined) {
                    let data35 = data2.deletionProtection;
                    if (typeof data35 !== "boolean") {
                        const err68 = { instancePath: instancePath + "/instance/deletionProtection", schemaPath: "#/properties/instance/properties/deletionProtection/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.instance.properties.deletionProtection.type, parentSchema: schema11.properties.instance.properties.deletionProtection, data: data35 };
                        if (vErrors === null) {
                            vErrors = [err68];
                        }
                        else {
                            vErrors.push(err68);
                        }
                        errors++;
                    }
                }
                if (data2.queryInsights !== undefined) {
                    let data36 = data2.queryInsights;
                    if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                        for (const key7 in data36) {
                            if (!((((key7 === "enabled") || (key7 === "queryStringLength")) || (key7 === "recordApplicationTags")) || (key7 === "recordClientAddress"))) {
                                const err69 = { instancePath: instancePath + "/instance/queryInsights", schemaPath: "#/properties/instance/properties/queryInsights/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.instance.properties.queryInsights, data: data36 };
                                if (vErrors === null) {
                                    vErrors = [err69];
                                }
                                else {
                                    vErrors.push(err69);
                                }
                                errors++;
                            }
                        }
                        if (data36.enabled !== undefined) {
                            let data37 = data36.enabled;
                            if (typeof data37 !== "boolean") {
                                const err70 = { instancePath: instancePath + "/instance/queryInsights/enabled", schemaPath: "#/properties/instance/properties/queryInsights/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.instance.properties.queryInsights.properties.enabled.type, parentSchema: schema11.properties.instance.properties.queryInsights.properties.enabled, data: data37 };
                                if (vErrors === null) {
                                    vErrors = [err70];
                                }
                                else {
                                    vErrors.push(err70);
                                }
                                errors++;
                            }
                        }
                        if (data36.queryStringLength !== undefined) {
                            let data38 = data36.queryStringLength;
                            if (!((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38)))) {
                                const err71 = { instancePath: instancePath + "/instance/queryInsights/queryStringLength", schemaPath: "#/properties/instance/properties/queryInsights/properties/queryStringLength/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.instance.properties.queryInsights.properties.queryStringLength.type, parentSchema: schema11.properties.instance.properties.queryInsights.properties.queryStringLength, data: data38 };
                                if (vErrors === null) {
                                    vErrors = [err71];
                                }
                                else {
                                    vErrors.push(err71);
                                }
                                errors++;
                            }
                            if (typeof data38 == "number") {
                                if (data38 > 4500 || isNaN(data38)) {
                                    const err72 = { instancePath: instancePath + "/instance/queryInsights/queryStringLength", schemaPath: "#/properties/instance/properties/queryInsights/properties/queryStringLength/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4500 }, message: "must be <= 4500", schema: 4500, parentSchema: schema11.properties.instance.properties.queryInsights.properties.queryStringLength, data: data38 };
                                    if (vErrors === null) {
                                        vErrors = [err72];
                                    }
                                    else {
                                        vErrors.push(err72);
                                    }
                                    errors++;
                                }
                                if (data38 < 256 || isNaN(data38)) {
                                    const err73 = { instancePath: instancePath + "/instance/queryInsights/queryStringLength", schemaPath: "#/properties/instance/properties/queryInsights/properties/queryStringLength/minimum", keyword: "minimum", params: { comparison: ">=", limit: 256 }, message: "must be >= 256", schema: 256, parentSchema: schema11.properties.instance.properties.queryInsights.properties.queryStringLength, data: data38 };
                                    if (vErrors === null) {
                                        vErrors = [err73];
                                    }
                                    else {
                                        vErrors.push(err73);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data36.recordApplicationTags !== undefined) {
                            let data39 = data36.recordApplicationTags;
                            if (typeof data39 !== "boolean") {
                                const err74 = { instancePath: instancePath + "/instance/queryInsights/recordApplicationTags", schemaPath: "#/properties/instance/properties/queryInsights/properties/recordApplicationTags/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.instance.properties.queryInsights.properties.recordApplicationTags.type, parentSchema: schema11.properties.instance.properties.queryInsights.properties.recordApplicationTags, data: data39 };
                                if (vErrors === null) {
                                    vErrors = [err74];
                                }
                                else {
                                    vErrors.push(err74);
                                }
                                errors++;
                            }
                        }
                        if (data36.recordClientAddress !== undefined) {
                            let data40 = data36.recordClientAddress;
                            if (typeof data40 !== "boolean") {
                                const err75 = { instancePath: instancePath + "/instance/queryInsights/recordClientAddress", schemaPath: "#/properties/instance/properties/queryInsights/properties/recordClientAddress/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.instance.properties.queryInsights.properties.recordClientAddress.type, parentSchema: schema11.properties.instance.properties.queryInsights.properties.recordClientAddress, data: data40 };
                                if (vErrors === null) {
                                    vErrors = [err75];
                                }
                                else {
                                    vErrors.push(err75);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err76 = { instancePath: instancePath + "/instance/queryInsights", schemaPath: "#/properties/instance/properties/queryInsights/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.instance.properties.queryInsights.type, parentSchema: schema11.properties.instance.properties.queryInsights, data: data36 };
                        if (vErrors === null) {
                            vErrors = [err76];
                        }
                        else {
                            vErrors.push(err76);
                        }
                        errors++;
                    }
                }
                if (data2.labels !== undefined) {
                    let data41 = data2.labels;
                    if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                        for (const key8 in data41) {
                            if (pattern1.test(key8)) {
                                let data42 = data41[key8];
                                if (typeof data42 === "string") {
                                    if (func4(data42) > 63) {
                                        const err77 = { instancePath: instancePath + "/instance/labels/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/instance/properties/labels/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_-%5D%7B0%2C62%7D%24/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.instance.properties.labels.patternProperties["^[a-z][a-z0-9_-]{0,62}$"], data: data42 };
                                        if (vErrors === null) {
                                            vErrors = [err77];
                                        }
                                        else {
                                            vErrors.push(err77);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err78 = { instancePath: instancePath + "/instance/labels/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/instance/properties/labels/patternProperties/%5E%5Ba-z%5D%5Ba-z0-9_-%5D%7B0%2C62%7D%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.labels.patternProperties["^[a-z][a-z0-9_-]{0,62}$"].type, parentSchema: schema11.properties.instance.properties.labels.patternProperties["^[a-z][a-z0-9_-]{0,62}$"], data: data42 };
                                    if (vErrors === null) {
                                        vErrors = [err78];
                                    }
                                    else {
                                        vErrors.push(err78);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err79 = { instancePath: instancePath + "/instance/labels", schemaPath: "#/properties/instance/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.instance.properties.labels.type, parentSchema: schema11.properties.instance.properties.labels, data: data41 };
                        if (vErrors === null) {
                            vErrors = [err79];
                        }
                        else {
                            vErrors.push(err79);
                        }
                        errors++;
                    }
                }
                if (data2.passwordPolicy !== undefined) {
                    let data43 = data2.passwordPolicy;
                    if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                        for (const key9 in data43) {
                            if (!((((((key9 === "enabled") || (key9 === "minLength")) || (key9 === "complexity")) || (key9 === "reuseInterval")) || (key9 === "disallowUsernameSubstring")) || (key9 === "passwordChangeIntervalDays"))) {
                                const err80 = { instancePath: instancePath + "/instance/passwordPolicy", schemaPath: "#/properties/instance/properties/passwordPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.instance.properties.passwordPolicy, data: data43 };
                                if (vErrors === null) {
                                    vErrors = [err80];
                                }
                                else {
                                    vErrors.push(err80);
                                }
                                errors++;
                            }
                        }
                        if (data43.enabled !== undefined) {
                            let data44 = data43.enabled;
                            if (typeof data44 !== "boolean") {
                                const err81 = { instancePath: instancePath + "/instance/passwordPolicy/enabled", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.instance.properties.passwordPolicy.properties.enabled.type, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.enabled, data: data44 };
                                if (vErrors === null) {
                                    vErrors = [err81];
                                }
                                else {
                                    vErrors.push(err81);
                                }
                                errors++;
                            }
                        }
                        if (data43.minLength !== undefined) {
                            let data45 = data43.minLength;
                            if (!((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45)))) {
                                const err82 = { instancePath: instancePath + "/instance/passwordPolicy/minLength", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/minLength/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.instance.properties.passwordPolicy.properties.minLength.type, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.minLength, data: data45 };
                                if (vErrors === null) {
                                    vErrors = [err82];
                                }
                                else {
                                    vErrors.push(err82);
                                }
                                errors++;
                            }
                            if (typeof data45 == "number") {
                                if (data45 > 128 || isNaN(data45)) {
                                    const err83 = { instancePath: instancePath + "/instance/passwordPolicy/minLength", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/minLength/maximum", keyword: "maximum", params: { comparison: "<=", limit: 128 }, message: "must be <= 128", schema: 128, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.minLength, data: data45 };
                                    if (vErrors === null) {
                                        vErrors = [err83];
                                    }
                                    else {
                                        vErrors.push(err83);
                                    }
                                    errors++;
                                }
                                if (data45 < 1 || isNaN(data45)) {
                                    const err84 = { instancePath: instancePath + "/instance/passwordPolicy/minLength", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/minLength/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.minLength, data: data45 };
                                    if (vErrors === null) {
                                        vErrors = [err84];
                                    }
                                    else {
                                        vErrors.push(err84);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data43.complexity !== undefined) {
                            let data46 = data43.complexity;
                            if (typeof data46 !== "string") {
                                const err85 = { instancePath: instancePath + "/instance/passwordPolicy/complexity", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/complexity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.instance.properties.passwordPolicy.properties.complexity.type, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.complexity, data: data46 };
                                if (vErrors === null) {
                                    vErrors = [err85];
                                }
                                else {
                                    vErrors.push(err85);
                                }
                                errors++;
                            }
                            if (!((data46 === "COMPLEXITY_DEFAULT") || (data46 === "NONE"))) {
                                const err86 = { instancePath: instancePath + "/instance/passwordPolicy/complexity", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/complexity/enum", keyword: "enum", params: { allowedValues: schema11.properties.instance.properties.passwordPolicy.properties.complexity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.instance.properties.passwordPolicy.properties.complexity.enum, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.complexity, data: data46 };
                                if (vErrors === null) {
                                    vErrors = [err86];
                                }
                                else {
                                    vErrors.push(err86);
                                }
                                errors++;
                            }
                        }
                        if (data43.reuseInterval !== undefined) {
                            let data47 = data43.reuseInterval;
                            if (!((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47)))) {
                                const err87 = { instancePath: instancePath + "/instance/passwordPolicy/reuseInterval", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/reuseInterval/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.instance.properties.passwordPolicy.properties.reuseInterval.type, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.reuseInterval, data: data47 };
                                if (vErrors === null) {
                                    vErrors = [err87];
                                }
                                else {
                                    vErrors.push(err87);
                                }
                                errors++;
                            }
                            if (typeof data47 == "number") {
                                if (data47 > 100 || isNaN(data47)) {
                                    const err88 = { instancePath: instancePath + "/instance/passwordPolicy/reuseInterval", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/reuseInterval/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.reuseInterval, data: data47 };
                                    if (vErrors === null) {
                                        vErrors = [err88];
                                    }
                                    else {
                                        vErrors.push(err88);
                                    }
                                    errors++;
                                }
                                if (data47 < 0 || isNaN(data47)) {
                                    const err89 = { instancePath: instancePath + "/instance/passwordPolicy/reuseInterval", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/reuseInterval/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.reuseInterval, data: data47 };
                                    if (vErrors === null) {
                                        vErrors = [err89];
                                    }
                                    else {
                                        vErrors.push(err89);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data43.disallowUsernameSubstring !== undefined) {
                            let data48 = data43.disallowUsernameSubstring;
                            if (typeof data48 !== "boolean") {
                                const err90 = { instancePath: instancePath + "/instance/passwordPolicy/disallowUsernameSubstring", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/disallowUsernameSubstring/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.instance.properties.passwordPolicy.properties.disallowUsernameSubstring.type, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.disallowUsernameSubstring, data: data48 };
                                if (vErrors === null) {
                                    vErrors = [err90];
                                }
                                else {
                                    vErrors.push(err90);
                                }
                                errors++;
                            }
                        }
                        if (data43.passwordChangeIntervalDays !== undefined) {
                            let data49 = data43.passwordChangeIntervalDays;
                            if (!((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49)))) {
                                const err91 = { instancePath: instancePath + "/instance/passwordPolicy/passwordChangeIntervalDays", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/passwordChangeIntervalDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.instance.properties.passwordPolicy.properties.passwordChangeIntervalDays.type, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.passwordChangeIntervalDays, data: data49 };
                                if (vErrors === null) {
                                    vErrors = [err91];
                                }
                                else {
                                    vErrors.push(err91);
                                }
                                errors++;
                            }
                            if (typeof data49 == "number") {
                                if (data49 < 0 || isNaN(data49)) {
                                    const err92 = { instancePath: instancePath + "/instance/passwordPolicy/passwordChangeIntervalDays", schemaPath: "#/properties/instance/properties/passwordPolicy/properties/passwordChangeIntervalDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.instance.properties.passwordPolicy.properties.passwordChangeIntervalDays, data: data49 };
                                    if (vErrors === null) {
                                        vErrors = [err92];
                                    }
                                    else {
                                        vErrors.push(err92);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err93 = { instancePath: instancePath + "/instance/passwordPolicy", schemaPath: "#/properties/instance/properties/passwordPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.instance.properties.passwordPolicy.type, parentSchema: schema11.properties.instance.properties.passwordPolicy, data: data43 };
                        if (vErrors === null) {
                            vErrors = [err93];
                        }
                        else {
                            vErrors.push(err93);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err94 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.instance.type, parentSchema: schema11.properties.instance, data: data2 };
                if (vErrors === null) {
                    vErrors = [err94];
                }
                else {
                    vErrors.push(err94);
                }
                errors++;
            }
        }
        if (data.parameters !== undefined) {
            let data50 = data.parameters;
            if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                for (const key10 in data50) {
                    if (pattern2.test(key10)) {
                        let data51 = data50[key10];
                        if (((typeof data51 !== "string") && (!(typeof data51 == "number"))) && (typeof data51 !== "boolean")) {
                            const err95 = { instancePath: instancePath + "/parameters/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/parameters/patternProperties/%5E(.*)%24/type", keyword: "type", params: { type: schema11.properties.parameters.patternProperties["^(.*)$"].type }, message: "must be string,number,boolean", schema: schema11.properties.parameters.patternProperties["^(.*)$"].type, parentSchema: schema11.properties.parameters.patternProperties["^(.*)$"], data: data51 };
                            if (vErrors === null) {
                                vErrors = [err95];
                            }
                            else {
                                vErrors.push(err95);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err96 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.parameters.type, parentSchema: schema11.properties.parameters, data: data50 };
                if (vErrors === null) {
                    vErrors = [err96];
                }
                else {
                    vErrors.push(err96);
                }
                errors++;
            }
        }
        if (data.databases !== undefined) {
            let data52 = data.databases;
            if (Array.isArray(data52)) {
                const len1 = data52.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data53 = data52[i1];
                    if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                        if (data53.name === undefined) {
                            const err97 = { instancePath: instancePath + "/databases/" + i1, schemaPath: "#/properties/databases/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.databases.items.required, parentSchema: schema11.properties.databases.items, data: data53 };
                            if (vErrors === null) {
                                vErrors = [err97];
                            }
                            else {
                                vErrors.push(err97);
                            }
                            errors++;
                        }
                        for (const key11 in data53) {
                            if (!((((key11 === "name") || (key11 === "owner")) || (key11 === "extensions")) || (key11 === "parameters"))) {
                                const err98 = { instancePath: instancePath + "/databases/" + i1, schemaPath: "#/properties/databases/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.databases.items, data: data53 };
                                if (vErrors === null) {
                                    vErrors = [err98];
                                }
                                else {
                                    vErrors.push(err98);
                                }
                                errors++;
                            }
                        }
                        if (data53.name !== undefined) {
                            let data54 = data53.name;
                            if (typeof data54 === "string") {
                                if (func4(data54) < 1) {
                                    const err99 = { instancePath: instancePath + "/databases/" + i1 + "/name", schemaPath: "#/properties/databases/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.databases.items.properties.name, data: data54 };
                                    if (vErrors === null) {
                                        vErrors = [err99];
                                    }
                                    else {
                                        vErrors.push(err99);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err100 = { instancePath: instancePath + "/databases/" + i1 + "/name", schemaPath: "#/properties/databases/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.databases.items.properties.name.type, parentSchema: schema11.properties.databases.items.properties.name, data: data54 };
                                if (vErrors === null) {
                                    vErrors = [err100];
                                }
                                else {
                                    vErrors.push(err100);
                                }
                                errors++;
                            }
                        }
                        if (data53.owner !== undefined) {
                            let data55 = data53.owner;
                            if (typeof data55 === "string") {
                                if (func4(data55) < 1) {
                                    const err101 = { instancePath: instancePath + "/databases/" + i1 + "/owner", schemaPath: "#/properties/databases/items/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.databases.items.properties.owner, data: data55 };
                                    if (vErrors === null) {
                                        vErrors = [err101];
                                    }
                                    else {
                                        vErrors.push(err101);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err102 = { instancePath: instancePath + "/databases/" + i1 + "/owner", schemaPath: "#/properties/databases/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.databases.items.properties.owner.type, parentSchema: schema11.properties.databases.items.properties.owner, data: data55 };
                                if (vErrors === null) {
                                    vErrors = [err102];
                                }
                                else {
                                    vErrors.push(err102);
                                }
                                errors++;
                            }
                        }
                        if (data53.extensions !== undefined) {
                            let data56 = data53.extensions;
                            if (Array.isArray(data56)) {
                                const len2 = data56.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                    let data57 = data56[i2];
                                    if (typeof data57 === "string") {
                                        if (func4(data57) < 1) {
                                            const err103 = { instancePath: instancePath + "/databases/" + i1 + "/extensions/" + i2, schemaPath: "#/properties/databases/items/properties/extensions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.databases.items.properties.extensions.items, data: data57 };
                                            if (vErrors === null) {
                                                vErrors = [err103];
                                            }
                                            else {
                                                vErrors.push(err103);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err104 = { instancePath: instancePath + "/databases/" + i1 + "/extensions/" + i2, schemaPath: "#/properties/databases/items/properties/extensions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.databases.items.properties.extensions.items.type, parentSchema: schema11.properties.databases.items.properties.extensions.items, data: data57 };
                                        if (vErrors === null) {
                                            vErrors = [err104];
                                        }
                                        else {
                                            vErrors.push(err104);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err105 = { instancePath: instancePath + "/databases/" + i1 + "/extensions", schemaPath: "#/properties/databases/items/properties/extensions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.databases.items.properties.extensions.type, parentSchema: schema11.properties.databases.items.properties.extensions, data: data56 };
                                if (vErrors === null) {
                                    vErrors = [err105];
                                }
                                else {
                                    vErrors.push(err105);
                                }
                                errors++;
                            }
                        }
                        if (data53.parameters !== undefined) {
                            let data58 = data53.parameters;
                            if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                                for (const key12 in data58) {
                                    if (pattern2.test(key12)) {
                                        let data59 = data58[key12];
                                        if (((typeof data59 !== "string") && (!(typeof data59 == "number"))) && (typeof data59 !== "boolean")) {
                                            const err106 = { instancePath: instancePath + "/databases/" + i1 + "/parameters/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/databases/items/properties/parameters/patternProperties/%5E(.*)%24/type", keyword: "type", params: { type: schema11.properties.databases.items.properties.parameters.patternProperties["^(.*)$"].type }, message: "must be string,number,boolean", schema: schema11.properties.databases.items.properties.parameters.patternProperties["^(.*)$"].type, parentSchema: schema11.properties.databases.items.properties.parameters.patternProperties["^(.*)$"], data: data59 };
                                            if (vErrors === null) {
                                                vErrors = [err106];
                                            }
                                            else {
                                                vErrors.push(err106);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err107 = { instancePath: instancePath + "/databases/" + i1 + "/parameters", schemaPath: "#/properties/databases/items/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.databases.items.properties.parameters.type, parentSchema: schema11.properties.databases.items.properties.parameters, data: data58 };
                                if (vErrors === null) {
                                    vErrors = [err107];
                                }
                                else {
                                    vErrors.push(err107);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err108 = { instancePath: instancePath + "/databases/" + i1, schemaPath: "#/properties/databases/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.databases.items.type, parentSchema: schema11.properties.databases.items, data: data53 };
                        if (vErrors === null) {
                            vErrors = [err108];
                        }
                        else {
                            vErrors.push(err108);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err109 = { instancePath: instancePath + "/databases", schemaPath: "#/properties/databases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.databases.type, parentSchema: schema11.properties.databases, data: data52 };
                if (vErrors === null) {
                    vErrors = [err109];
                }
                else {
                    vErrors.push(err109);
                }
                errors++;
            }
        }
        if (data.roles !== undefined) {
            let data60 = data.roles;
            if (Array.isArray(data60)) {
                const len3 = data60.length;
                for (let i3 = 0; i3 < len3; i3++) {
                    let data61 = data60[i3];
                    if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                        if (data61.name === undefined) {
                            const err110 = { instancePath: instancePath + "/roles/" + i3, schemaPath: "#/properties/roles/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.roles.items.required, parentSchema: schema11.properties.roles.items, data: data61 };
                            if (vErrors === null) {
                                vErrors = [err110];
                            }
                            else {
                                vErrors.push(err110);
                            }
                            errors++;
                        }
                        for (const key13 in data61) {
                            if (!(((((((key13 === "name") || (key13 === "login")) || (key13 === "password")) || (key13 === "iam")) || (key13 === "memberOf")) || (key13 === "connectionLimit")) || (key13 === "grants"))) {
                                const err111 = { instancePath: instancePath + "/roles/" + i3, schemaPath: "#/properties/roles/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.roles.items, data: data61 };
                                if (vErrors === null) {
                                    vErrors = [err111];
                                }
                                else {
                                    vErrors.push(err111);
                                }
                                errors++;
                            }
                        }
                        if (data61.name !== undefined) {
                            let data62 = data61.name;
                            if (typeof data62 === "string") {
                                if (func4(data62) < 1) {
                                    const err112 = { instancePath: instancePath + "/roles/" + i3 + "/name", schemaPath: "#/properties/roles/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.roles.items.properties.name, data: data62 };
                                    if (vErrors === null) {
                                        vErrors = [err112];
                                    }
                                    else {
                                        vErrors.push(err112);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err113 = { instancePath: instancePath + "/roles/" + i3 + "/name", schemaPath: "#/properties/roles/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.roles.items.properties.name.type, parentSchema: schema11.properties.roles.items.properties.name, data: data62 };
                                if (vErrors === null) {
                                    vErrors = [err113];
                                }
                                else {
                                    vErrors.push(err113);
                                }
                                errors++;
                            }
                        }
                        if (data61.login !== undefined) {
                            let data63 = data61.login;
                            if (typeof data63 !== "boolean") {
                                const err114 = { instancePath: instancePath + "/roles/" + i3 + "/login", schemaPath: "#/properties/roles/items/properties/login/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.roles.items.properties.login.type, parentSchema: schema11.properties.roles.items.properties.login, data: data63 };
                                if (vErrors === null) {
                                    vErrors = [err114];
                                }
                                else {
                                    vErrors.push(err114);
                                }
                                errors++;
                            }
                        }
                        if (data61.password !== undefined) {
                            let data64 = data61.password;
                            if (typeof data64 !== "string") {
                                const err115 = { instancePath: instancePath + "/roles/" + i3 + "/password", schemaPath: "#/properties/roles/items/properties/password/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.roles.items.properties.password.type, parentSchema: schema11.properties.roles.items.properties.password, data: data64 };
                                if (vErrors === null) {
                                    vErrors = [err115];
                                }
                                else {
                                    vErrors.push(err115);
                                }
                                errors++;
                            }
                        }
                        if (data61.iam !== undefined) {
                            let data65 = data61.iam;
                            if (typeof data65 !== "string") {
                                const err116 = { instancePath: instancePath + "/roles/" + i3 + "/iam", schemaPath: "#/properties/roles/items/properties/iam/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.roles.items.properties.iam.type, parentSchema: schema11.properties.roles.items.properties.iam, data: data65 };
                                if (vErrors === null) {
                                    vErrors = [err116];
                                }
                                else {
                                    vErrors.push(err116);
                                }
                                errors++;
                            }
                        }
                        if (data61.memberOf !== undefined) {
                            let data66 = data61.memberOf;
                            if (Array.isArray(data66)) {
                                const len4 = data66.length;
                                for (let i4 = 0; i4 < len4; i4++) {
                                    let data67 = data66[i4];
                                    if (typeof data67 === "string") {
                                        if (func4(data67) < 1) {
                                            const err117 = { instancePath: instancePath + "/roles/" + i3 + "/memberOf/" + i4, schemaPath: "#/properties/roles/items/properties/memberOf/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.roles.items.properties.memberOf.items, data: data67 };
                                            if (vErrors === null) {
                                                vErrors = [err117];
                                            }
                                            else {
                                                vErrors.push(err117);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err118 = { instancePath: instancePath + "/roles/" + i3 + "/memberOf/" + i4, schemaPath: "#/properties/roles/items/properties/memberOf/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.roles.items.properties.memberOf.items.type, parentSchema: schema11.properties.roles.items.properties.memberOf.items, data: data67 };
                                        if (vErrors === null) {
                                            vErrors = [err118];
                                        }
                                        else {
                                            vErrors.push(err118);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err119 = { instancePath: instancePath + "/roles/" + i3 + "/memberOf", schemaPath: "#/properties/roles/items/properties/memberOf/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.roles.items.properties.memberOf.type, parentSchema: schema11.properties.roles.items.properties.memberOf, data: data66 };
                                if (vErrors === null) {
                                    vErrors = [err119];
                                }
                                else {
                                    vErrors.push(err119);
                                }
                                errors++;
                            }
                        }
                        if (data61.connectionLimit !== undefined) {
                            let data68 = data61.connectionLimit;
                            if (!((typeof data68 == "number") && (!(data68 % 1) && !isNaN(data68)))) {
                                const err120 = { instancePath: instancePath + "/roles/" + i3 + "/connectionLimit", schemaPath: "#/properties/roles/items/properties/connectionLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.roles.items.properties.connectionLimit.type, parentSchema: schema11.properties.roles.items.properties.connectionLimit, data: data68 };
                                if (vErrors === null) {
                                    vErrors = [err120];
                                }
                                else {
                                    vErrors.push(err120);
                                }
                                errors++;
                            }
                            if (typeof data68 == "number") {
                                if (data68 < -1 || isNaN(data68)) {
                                    const err121 = { instancePath: instancePath + "/roles/" + i3 + "/connectionLimit", schemaPath: "#/properties/roles/items/properties/connectionLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1 }, message: "must be >= -1", schema: -1, parentSchema: schema11.properties.roles.items.properties.connectionLimit, data: data68 };
                                    if (vErrors === null) {
                                        vErrors = [err121];
                                    }
                                    else {
                                        vErrors.push(err121);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data61.grants !== undefined) {
                            let data69 = data61.grants;
                            if (Array.isArray(data69)) {
                                const len5 = data69.length;
                                for (let i5 = 0; i5 < len5; i5++) {
                                    let data70 = data69[i5];
                                    if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                                        if (data70.database === undefined) {
                                            const err122 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5, schemaPath: "#/properties/roles/items/properties/grants/items/required", keyword: "required", params: { missingProperty: "database" }, message: "must have required property '" + "database" + "'", schema: schema11.properties.roles.items.properties.grants.items.required, parentSchema: schema11.properties.roles.items.properties.grants.items, data: data70 };
                                            if (vErrors === null) {
                                                vErrors = [err122];
                                            }
                                            else {
                                                vErrors.push(err122);
                                            }
                                            errors++;
                                        }
                                        if (data70.privileges === undefined) {
                                            const err123 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5, schemaPath: "#/properties/roles/items/properties/grants/items/required", keyword: "required", params: { missingProperty: "privileges" }, message: "must have required property '" + "privileges" + "'", schema: schema11.properties.roles.items.properties.grants.items.required, parentSchema: schema11.properties.roles.items.properties.grants.items, data: data70 };
                                            if (vErrors === null) {
                                                vErrors = [err123];
                                            }
                                            else {
                                                vErrors.push(err123);
                                            }
                                            errors++;
                                        }
                                        if (data70.on === undefined) {
                                            const err124 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5, schemaPath: "#/properties/roles/items/properties/grants/items/required", keyword: "required", params: { missingProperty: "on" }, message: "must have required property '" + "on" + "'", schema: schema11.properties.roles.items.properties.grants.items.required, parentSchema: schema11.properties.roles.items.properties.grants.items, data: data70 };
                                            if (vErrors === null) {
                                                vErrors = [err124];
                                            }
                                            else {
                                                vErrors.push(err124);
                                            }
                                            errors++;
                                        }
                                        for (const key14 in data70) {
                                            if (!((((key14 === "database") || (key14 === "schema")) || (key14 === "privileges")) || (key14 === "on"))) {
                                                const err125 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5, schemaPath: "#/properties/roles/items/properties/grants/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.roles.items.properties.grants.items, data: data70 };
                                                if (vErrors === null) {
                                                    vErrors = [err125];
                                                }
                                                else {
                                                    vErrors.push(err125);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data70.database !== undefined) {
                                            let data71 = data70.database;
                                            if (typeof data71 === "string") {
                                                if (func4(data71) < 1) {
                                                    const err126 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5 + "/database", schemaPath: "#/properties/roles/items/properties/grants/items/properties/database/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.roles.items.properties.grants.items.properties.database, data: data71 };
                                                    if (vErrors === null) {
                                                        vErrors = [err126];
                                                    }
                                                    else {
                                                        vErrors.push(err126);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err127 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5 + "/database", schemaPath: "#/properties/roles/items/properties/grants/items/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.roles.items.properties.grants.items.properties.database.type, parentSchema: schema11.properties.roles.items.properties.grants.items.properties.database, data: data71 };
                                                if (vErrors === null) {
                                                    vErrors = [err127];
                                                }
                                                else {
                                                    vErrors.push(err127);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data70.schema !== undefined) {
                                            let data72 = data70.schema;
                                            if (typeof data72 === "string") {
                                                if (func4(data72) < 1) {
                                                    const err128 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5 + "/schema", schemaPath: "#/properties/roles/items/properties/grants/items/properties/schema/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.roles.items.properties.grants.items.properties.schema, data: data72 };
                                                    if (vErrors === null) {
                                                        vErrors = [err128];
                                                    }
                                                    else {
                                                        vErrors.push(err128);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err129 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5 + "/schema", schemaPath: "#/properties/roles/items/properties/grants/items/properties/schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.roles.items.properties.grants.items.properties.schema.type, parentSchema: schema11.properties.roles.items.properties.grants.items.properties.schema, data: data72 };
                                                if (vErrors === null) {
                                                    vErrors = [err129];
                                                }
                                                else {
                                                    vErrors.push(err129);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data70.privileges !== undefined) {
                                            let data73 = data70.privileges;
                                            if (Array.isArray(data73)) {
                                                if (data73.length < 1) {
                                                    const err130 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5 + "/privileges", schemaPath: "#/properties/roles/items/properties/grants/items/properties/privileges/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.roles.items.properties.grants.items.properties.privileges, data: data73 };
                                                    if (vErrors === null) {
                                                        vErrors = [err130];
                                                    }
                                                    else {
                                                        vErrors.push(err130);
                                                    }
                                                    errors++;
                                                }
                                                const len6 = data73.length;
                                                for (let i6 = 0; i6 < len6; i6++) {
                                                    let data74 = data73[i6];
                                                    if (typeof data74 !== "string") {
                                                        const err131 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5 + "/privileges/" + i6, schemaPath: "#/properties/roles/items/properties/grants/items/properties/privileges/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.roles.items.properties.grants.items.properties.privileges.items.type, parentSchema: schema11.properties.roles.items.properties.grants.items.properties.privileges.items, data: data74 };
                                                        if (vErrors === null) {
                                                            vErrors = [err131];
                                                        }
                                                        else {
                                                            vErrors.push(err131);
                                                        }
                                                        errors++;
                                                    }
                                                    if (!(((((((((((((data74 === "ALL") || (data74 === "SELECT")) || (data74 === "INSERT")) || (data74 === "UPDATE")) || (data74 === "DELETE")) || (data74 === "TRUNCATE")) || (data74 === "REFERENCES")) || (data74 === "TRIGGER")) || (data74 === "USAGE")) || (data74 === "CREATE")) || (data74 === "CONNECT")) || (data74 === "TEMPORARY")) || (data74 === "EXECUTE"))) {
                                                        const err132 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5 + "/privileges/" + i6, schemaPath: "#/properties/roles/items/properties/grants/items/properties/privileges/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.roles.items.properties.grants.items.properties.privileges.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.roles.items.properties.grants.items.properties.privileges.items.enum, parentSchema: schema11.properties.roles.items.properties.grants.items.properties.privileges.items, data: data74 };
                                                        if (vErrors === null) {
                                                            vErrors = [err132];
                                                        }
                                                        else {
                                                            vErrors.push(err132);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err133 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5 + "/privileges", schemaPath: "#/properties/roles/items/properties/grants/items/properties/privileges/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.roles.items.properties.grants.items.properties.privileges.type, parentSchema: schema11.properties.roles.items.properties.grants.items.properties.privileges, data: data73 };
                                                if (vErrors === null) {
                                                    vErrors = [err133];
                                                }
                                                else {
                                                    vErrors.push(err133);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data70.on !== undefined) {
                                            let data75 = data70.on;
                                            if (typeof data75 !== "string") {
                                                const err134 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5 + "/on", schemaPath: "#/properties/roles/items/properties/grants/items/properties/on/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.roles.items.properties.grants.items.properties.on.type, parentSchema: schema11.properties.roles.items.properties.grants.items.properties.on, data: data75 };
                                                if (vErrors === null) {
                                                    vErrors = [err134];
                                                }
                                                else {
                                                    vErrors.push(err134);
                                                }
                                                errors++;
                                            }
                                            if (!(((((data75 === "database") || (data75 === "schema")) || (data75 === "tables")) || (data75 === "sequences")) || (data75 === "functions"))) {
                                                const err135 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5 + "/on", schemaPath: "#/properties/roles/items/properties/grants/items/properties/on/enum", keyword: "enum", params: { allowedValues: schema11.properties.roles.items.properties.grants.items.properties.on.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.roles.items.properties.grants.items.properties.on.enum, parentSchema: schema11.properties.roles.items.properties.grants.items.properties.on, data: data75 };
                                                if (vErrors === null) {
                                                    vErrors = [err135];
                                                }
                                                else {
                                                    vErrors.push(err135);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err136 = { instancePath: instancePath + "/roles/" + i3 + "/grants/" + i5, schemaPath: "#/properties/roles/items/properties/grants/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.roles.items.properties.grants.items.type, parentSchema: schema11.properties.roles.items.properties.grants.items, data: data70 };
                                        if (vErrors === null) {
                                            vErrors = [err136];
                                        }
                                        else {
                                            vErrors.push(err136);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err137 = { instancePath: instancePath + "/roles/" + i3 + "/grants", schemaPath: "#/properties/roles/items/properties/grants/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.roles.items.properties.grants.type, parentSchema: schema11.properties.roles.items.properties.grants, data: data69 };
                                if (vErrors === null) {
                                    vErrors = [err137];
                                }
                                else {
                                    vErrors.push(err137);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err138 = { instancePath: instancePath + "/roles/" + i3, schemaPath: "#/properties/roles/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.roles.items.type, parentSchema: schema11.properties.roles.items, data: data61 };
                        if (vErrors === null) {
                            vErrors = [err138];
                        }
                        else {
                            vErrors.push(err138);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err139 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.roles.type, parentSchema: schema11.properties.roles, data: data60 };
                if (vErrors === null) {
                    vErrors = [err139];
                }
                else {
                    vErrors.push(err139);
                }
                errors++;
            }
        }
        if (data.pooling !== undefined) {
            let data76 = data.pooling;
            if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
                if (data76.mode === undefined) {
                    const err140 = { instancePath: instancePath + "/pooling", schemaPath: "#/properties/pooling/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property '" + "mode" + "'", schema: schema11.properties.pooling.required, parentSchema: schema11.properties.pooling, data: data76 };
                    if (vErrors === null) {
                        vErrors = [err140];
                    }
                    else {
                        vErrors.push(err140);
                    }
                    errors++;
                }
                if (data76.appInstances === undefined) {
                    const err141 = { instancePath: instancePath + "/pooling", schemaPath: "#/properties/pooling/required", keyword: "required", params: { missingProperty: "appInstances" }, message: "must have required property '" + "appInstances" + "'", schema: schema11.properties.pooling.required, parentSchema: schema11.properties.pooling, data: data76 };
                    if (vErrors === null) {
                        vErrors = [err141];
                    }
                    else {
                        vErrors.push(err141);
                    }
                    errors++;
                }
                if (data76.poolSize === undefined) {
                    const err142 = { instancePath: instancePath + "/pooling", schemaPath: "#/properties/pooling/required", keyword: "required", params: { missingProperty: "poolSize" }, message: "must have required property '" + "poolSize" + "'", schema: schema11.properties.pooling.required, parentSchema: schema11.properties.pooling, data: data76 };
                    if (vErrors === null) {
                        vErrors = [err142];
                    }
                    else {
                        vErrors.push(err142);
                    }
                    errors++;
                }
                for (const key15 in data76) {
                    if (!((((key15 === "mode") || (key15 === "appInstances")) || (key15 === "poolSize")) || (key15 === "reservedConnections"))) {
                        const err143 = { instancePath: instancePath + "/pooling", schemaPath: "#/properties/pooling/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.pooling, data: data76 };
                        if (vErrors === null) {
                            vErrors = [err143];
                        }
                        else {
                            vErrors.push(err143);
                        }
                        errors++;
                    }
                }
                if (data76.mode !== undefined) {
                    let data77 = data76.mode;
                    if (typeof data77 !== "string") {
                        const err144 = { instancePath: instancePath + "/pooling/mode", schemaPath: "#/properties/pooling/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.pooling.properties.mode.type, parentSchema: schema11.properties.pooling.properties.mode, data: data77 };
                        if (vErrors === null) {
                            vErrors = [err144];
                        }
                        else {
                            vErrors.push(err144);
                        }
                        errors++;
                    }
                    if (!(((data77 === "client") || (data77 === "pgbouncer")) || (data77 === "managed"))) {
                        const err145 = { instancePath: instancePath + "/pooling/mode", schemaPath: "#/properties/pooling/properties/mode/enum", keyword: "enum", params: { allowedValues: schema11.properties.pooling.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.pooling.properties.mode.enum, parentSchema: schema11.properties.pooling.properties.mode, data: data77 };
                        if (vErrors === null) {
                            vErrors = [err145];
                        }
                        else {
                            vErrors.push(err145);
                        }
                        errors++;
                    }
                }
                if (data76.appInstances !== undefined) {
                    let data78 = data76.appInstances;
                    if (!((typeof data78 == "number") && (!(data78 % 1) && !isNaN(data78)))) {
                        const err146 = { instancePath: instancePath + "/pooling/appInstances", schemaPath: "#/properties/pooling/properties/appInstances/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.pooling.properties.appInstances.type, parentSchema: schema11.properties.pooling.properties.appInstances, data: data78 };
                        if (vErrors === null) {
                            vErrors = [err146];
                        }
                        else {
                            vErrors.push(err146);
                        }
                        errors++;
                    }
                    if (typeof data78 == "number") {
                        if (data78 < 1 || isNaN(data78)) {
                            const err147 = { instancePath: instancePath + "/pooling/appInstances", schemaPath: "#/properties/pooling/properties/appInstances/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.pooling.properties.appInstances, data: data78 };
                            if (vErrors === null) {
                                vErrors = [err147];
                            }
                            else {
                                vErrors.push(err147);
                            }
                            errors++;
                        }
                    }
                }
                if (data76.poolSize !== undefined) {
                    let data79 = data76.poolSize;
                    if (!((typeof data79 == "number") && (!(data79 % 1) && !isNaN(data79)))) {
                        const err148 = { instancePath: instancePath + "/pooling/poolSize", schemaPath: "#/properties/pooling/properties/poolSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.pooling.properties.poolSize.type, parentSchema: schema11.properties.pooling.properties.poolSize, data: data79 };
                        if (vErrors === null) {
                            vErrors = [err148];
                        }
                        else {
                            vErrors.push(err148);
                        }
                        errors++;
                    }
                    if (typeof data79 == "number") {
                        if (data79 < 1 || isNaN(data79)) {
                            const err149 = { instancePath: instancePath + "/pooling/poolSize", schemaPath: "#/properties/pooling/properties/poolSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.pooling.properties.poolSize, data: data79 };
                            if (vErrors === null) {
                                vErrors = [err149];
                            }
                            else {
                                vErrors.push(err149);
                            }
                            errors++;
                        }
                    }
                }
                if (data76.reservedConnections !== undefined) {
                    let data80 = data76.reservedConnections;
                    if (!((typeof data80 == "number") && (!(data80 % 1) && !isNaN(data80)))) {
                        const err150 = { instancePath: instancePath + "/pooling/reservedConnections", schemaPath: "#/properties/pooling/properties/reservedConnections/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.pooling.properties.reservedConnections.type, parentSchema: schema11.properties.pooling.properties.reservedConnections, data: data80 };
                        if (vErrors === null) {
                            vErrors = [err150];
                        }
                        else {
                            vErrors.push(err150);
                        }
                        errors++;
                    }
                    if (typeof data80 == "number") {
                        if (data80 < 0 || isNaN(data80)) {
                            const err151 = { instancePath: instancePath + "/pooling/reservedConnections", schemaPath: "#/properties/pooling/properties/reservedConnections/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.pooling.properties.reservedConnections, data: data80 };
                            if (vErrors === null) {
                                vErrors = [err151];
                            }
                            else {
                                vErrors.push(err151);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err152 = { instancePath: instancePath + "/pooling", schemaPath: "#/properties/pooling/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.pooling.type, parentSchema: schema11.properties.pooling, data: data76 };
                if (vErrors === null) {
                    vErrors = [err152];
                }
                else {
                    vErrors.push(err152);
                }
                errors++;
            }
        }
        if (data.migrations !== undefined) {
            let data81 = data.migrations;
            if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
                if (data81.directory === undefined) {
                    const err153 = { instancePath: instancePath + "/migrations", schemaPath: "#/properties/migrations/required", keyword: "required", params: { missingProperty: "directory" }, message: "must have required property '" + "directory" + "'", schema: schema11.properties.migrations.required, parentSchema: schema11.properties.migrations, data: data81 };
                    if (vErrors === null) {
                        vErrors = [err153];
                    }
                    else {
                        vErrors.push(err153);
                    }
                    errors++;
                }
                for (const key16 in data81) {
                    if (!(((key16 === "directory") || (key16 === "table")) || (key16 === "database"))) {
                        const err154 = { instancePath: instancePath + "/migrations", schemaPath: "#/properties/migrations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.migrations, data: data81 };
                        if (vErrors === null) {
                            vErrors = [err154];
                        }
                        else {
                            vErrors.push(err154);
                        }
                        errors++;
                    }
                }
                if (data81.directory !== undefined) {
                    let data82 = data81.directory;
                    if (typeof data82 !== "string") {
                        const err155 = { instancePath: instancePath + "/migrations/directory", schemaPath: "#/properties/migrations/properties/directory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.migrations.properties.directory.type, parentSchema: schema11.properties.migrations.properties.directory, data: data82 };
                        if (vErrors === null) {
                            vErrors = [err155];
                        }
                        else {
                            vErrors.push(err155);
                        }
                        errors++;
                    }
                }
                if (data81.table !== undefined) {
                    let data83 = data81.table;
                    if (typeof data83 !== "string") {
                        const err156 = { instancePath: instancePath + "/migrations/table", schemaPath: "#/properties/migrations/properties/table/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.migrations.properties.table.type, parentSchema: schema11.properties.migrations.properties.table, data: data83 };
                        if (vErrors === null) {
                            vErrors = [err156];
                        }
                        else {
                            vErrors.push(err156);
                        }
                        errors++;
                    }
                }
                if (data81.database !== undefined) {
                    let data84 = data81.database;
                    if (typeof data84 === "string") {
                        if (func4(data84) < 1) {
                            const err157 = { instancePath: instancePath + "/migrations/database", schemaPath: "#/properties/migrations/properties/database/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.migrations.properties.database, data: data84 };
                            if (vErrors === null) {
                                vErrors = [err157];
                            }
                            else {
                                vErrors.push(err157);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err158 = { instancePath: instancePath + "/migrations/database", schemaPath: "#/properties/migrations/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.migrations.properties.database.type, parentSchema: schema11.properties.migrations.properties.database, data: data84 };
                        if (vErrors === null) {
                            vErrors = [err158];
                        }
                        else {
                            vErrors.push(err158);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err159 = { instancePath: instancePath + "/migrations", schemaPath: "#/properties/migrations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.migrations.type, parentSchema: schema11.properties.migrations, data: data81 };
                if (vErrors === null) {
                    vErrors = [err159];
                }
                else {
                    vErrors.push(err159);
                }
                errors++;
            }
        }
        if (data.benchmark !== undefined) {
            let data85 = data.benchmark;
            if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
                for (const key17 in data85) {
                    if (!(func2.call(schema11.properties.benchmark.properties, key17))) {
                        const err160 = { instancePath: instancePath + "/benchmark", schemaPath: "#/properties/benchmark/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.benchmark, data: data85 };
                        if (vErrors === null) {
                            vErrors = [err160];
                        }
                        else {
                            vErrors.push(err160);
                        }
                        errors++;
                    }
                }
                if (data85.database !== undefined) {
                    let data86 = data85.database;
                    if (typeof data86 === "string") {
                        if (func4(data86) < 1) {
                            const err161 = { instancePath: instancePath + "/benchmark/database", schemaPath: "#/properties/benchmark/properties/database/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.benchmark.properties.database, data: data86 };
                            if (vErrors === null) {
                                vErrors = [err161];
                            }
                            else {
                                vErrors.push(err161);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err162 = { instancePath: instancePath + "/benchmark/database", schemaPath: "#/properties/benchmark/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.benchmark.properties.database.type, parentSchema: schema11.properties.benchmark.properties.database, data: data86 };
                        if (vErrors === null) {
                            vErrors = [err162];
                        }
                        else {
                            vErrors.push(err162);
                        }
                        errors++;
                    }
                }
                if (data85.sloP95Ms !== undefined) {
                    let data87 = data85.sloP95Ms;
                    if (typeof data87 == "number") {
                        if (data87 <= 0 || isNaN(data87)) {
                            const err163 = { instancePath: instancePath + "/benchmark/sloP95Ms", schemaPath: "#/properties/benchmark/properties/sloP95Ms/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.benchmark.properties.sloP95Ms, data: data87 };
                            if (vErrors === null) {
                                vErrors = [err163];
                            }
                            else {
                                vErrors.push(err163);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err164 = { instancePath: instancePath + "/benchmark/sloP95Ms", schemaPath: "#/properties/benchmark/properties/sloP95Ms/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.benchmark.properties.sloP95Ms.type, parentSchema: schema11.properties.benchmark.properties.sloP95Ms, data: data87 };
                        if (vErrors === null) {
                            vErrors = [err164];
                        }
                        else {
                            vErrors.push(err164);
                        }
                        errors++;
                    }
                }
                if (data85.queries !== undefined) {
                    let data88 = data85.queries;
                    if (Array.isArray(data88)) {
                        const len7 = data88.length;
                        for (let i7 = 0; i7 < len7; i7++) {
                            let data89 = data88[i7];
                            if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
                                if (data89.name === undefined) {
                                    const err165 = { instancePath: instancePath + "/benchmark/queries/" + i7, schemaPath: "#/properties/benchmark/properties/queries/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.benchmark.properties.queries.items.required, parentSchema: schema11.properties.benchmark.properties.queries.items, data: data89 };
                                    if (vErrors === null) {
                                        vErrors = [err165];
                                    }
                                    else {
                                        vErrors.push(err165);
                                    }
                                    errors++;
                                }
                                if (data89.sql === undefined) {
                                    const err166 = { instancePath: instancePath + "/benchmark/queries/" + i7, schemaPath: "#/properties/benchmark/properties/queries/items/required", keyword: "required", params: { missingProperty: "sql" }, message: "must have required property '" + "sql" + "'", schema: schema11.properties.benchmark.properties.queries.items.required, parentSchema: schema11.properties.benchmark.properties.queries.items, data: data89 };
                                    if (vErrors === null) {
                                        vErrors = [err166];
                                    }
                                    else {
                                        vErrors.push(err166);
                                    }
                                    errors++;
                                }
                                for (const key18 in data89) {
                                    if (!(((((key18 === "name") || (key18 === "sql")) || (key18 === "params")) || (key18 === "weight")) || (key18 === "slo"))) {
                                        const err167 = { instancePath: instancePath + "/benchmark/queries/" + i7, schemaPath: "#/properties/benchmark/properties/queries/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.benchmark.properties.queries.items, data: data89 };
                                        if (vErrors === null) {
                                            vErrors = [err167];
                                        }
                                        else {
                                            vErrors.push(err167);
                                        }
                                        errors++;
                                    }
                                }
                                if (data89.name !== undefined) {
                                    let data90 = data89.name;
                                    if (typeof data90 === "string") {
                                        if (!pattern4.test(data90)) {
                                            const err168 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/name", schemaPath: "#/properties/benchmark/properties/queries/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_.-]*$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9_.-]*$" + "\"", schema: "^[a-z0-9][a-z0-9_.-]*$", parentSchema: schema11.properties.benchmark.properties.queries.items.properties.name, data: data90 };
                                            if (vErrors === null) {
                                                vErrors = [err168];
                                            }
                                            else {
                                                vErrors.push(err168);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err169 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/name", schemaPath: "#/properties/benchmark/properties/queries/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.benchmark.properties.queries.items.properties.name.type, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.name, data: data90 };
                                        if (vErrors === null) {
                                            vErrors = [err169];
                                        }
                                        else {
                                            vErrors.push(err169);
                                        }
                                        errors++;
                                    }
                                }
                                if (data89.sql !== undefined) {
                                    let data91 = data89.sql;
                                    if (typeof data91 !== "string") {
                                        const err170 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/sql", schemaPath: "#/properties/benchmark/properties/queries/items/properties/sql/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.benchmark.properties.queries.items.properties.sql.type, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.sql, data: data91 };
                                        if (vErrors === null) {
                                            vErrors = [err170];
                                        }
                                        else {
                                            vErrors.push(err170);
                                        }
                                        errors++;
                                    }
                                }
                                if (data89.params !== undefined) {
                                    let data92 = data89.params;
                                    if (Array.isArray(data92)) {
                                        const len8 = data92.length;
                                        for (let i8 = 0; i8 < len8; i8++) {
                                            let data93 = data92[i8];
                                            if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                                                if (Object.keys(data93).length > 1) {
                                                    const err171 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/params/" + i8, schemaPath: "#/properties/benchmark/properties/queries/items/properties/params/items/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.params.items, data: data93 };
                                                    if (vErrors === null) {
                                                        vErrors = [err171];
                                                    }
                                                    else {
                                                        vErrors.push(err171);
                                                    }
                                                    errors++;
                                                }
                                                if (Object.keys(data93).length < 1) {
                                                    const err172 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/params/" + i8, schemaPath: "#/properties/benchmark/properties/queries/items/properties/params/items/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.params.items, data: data93 };
                                                    if (vErrors === null) {
                                                        vErrors = [err172];
                                                    }
                                                    else {
                                                        vErrors.push(err172);
                                                    }
                                                    errors++;
                                                }
                                                for (const key19 in data93) {
                                                    if (!((((key19 === "random") || (key19 === "pick")) || (key19 === "sample")) || (key19 === "expr"))) {
                                                        const err173 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/params/" + i8, schemaPath: "#/properties/benchmark/properties/queries/items/properties/params/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.params.items, data: data93 };
                                                        if (vErrors === null) {
                                                            vErrors = [err173];
                                                        }
                                                        else {
                                                            vErrors.push(err173);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data93.random !== undefined) {
                                                    let data94 = data93.random;
                                                    if (Array.isArray(data94)) {
                                                        if (data94.length > 2) {
                                                            const err174 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/params/" + i8 + "/random", schemaPath: "#/properties/benchmark/properties/queries/items/properties/params/items/properties/random/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.params.items.properties.random, data: data94 };
                                                            if (vErrors === null) {
                                                                vErrors = [err174];
                                                            }
                                                            else {
                                                                vErrors.push(err174);
                                                            }
                                                            errors++;
                                                        }
                                                        if (data94.length < 2) {
                                                            const err175 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/params/" + i8 + "/random", schemaPath: "#/properties/benchmark/properties/queries/items/properties/params/items/properties/random/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.params.items.properties.random, data: data94 };
                                                            if (vErrors === null) {
                                                                vErrors = [err175];
                                                            }
                                                            else {
                                                                vErrors.push(err175);
                                                            }
                                                            errors++;
                                                        }
                                                        const len9 = data94.length;
                                                        for (let i9 = 0; i9 < len9; i9++) {
                                                            let data95 = data94[i9];
                                                            if (!((typeof data95 == "number") && (!(data95 % 1) && !isNaN(data95)))) {
                                                                const err176 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/params/" + i8 + "/random/" + i9, schemaPath: "#/properties/benchmark/properties/queries/items/properties/params/items/properties/random/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.benchmark.properties.queries.items.properties.params.items.properties.random.items.type, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.params.items.properties.random.items, data: data95 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err176];
                                                                }
                                                                else {
                                                                    vErrors.push(err176);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err177 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/params/" + i8 + "/random", schemaPath: "#/properties/benchmark/properties/queries/items/properties/params/items/properties/random/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.benchmark.properties.queries.items.properties.params.items.properties.random.type, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.params.items.properties.random, data: data94 };
                                                        if (vErrors === null) {
                                                            vErrors = [err177];
                                                        }
                                                        else {
                                                            vErrors.push(err177);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data93.pick !== undefined) {
                                                    let data96 = data93.pick;
                                                    if (Array.isArray(data96)) {
                                                        if (data96.length < 1) {
                                                            const err178 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/params/" + i8 + "/pick", schemaPath: "#/properties/benchmark/properties/queries/items/properties/params/items/properties/pick/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.params.items.properties.pick, data: data96 };
                                                            if (vErrors === null) {
                                                                vErrors = [err178];
                                                            }
                                                            else {
                                                                vErrors.push(err178);
                                                            }
                                                            errors++;
                                                        }
                                                        const len10 = data96.length;
                                                        for (let i10 = 0; i10 < len10; i10++) {
                                                            let data97 = data96[i10];
                                                            const _errs213 = errors;
                                                            let valid42 = false;
                                                            const _errs214 = errors;
                                                            if (typeof data97 !== "string") {
                                                                const err179 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/params/" + i8 + "/pick/" + i10, schemaPath: "#/properties/benchmark/properties/queries/items/properties/params/items/properties/pick/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.benchmark.properties.queries.items.properties.params.items.properties.pick.items.anyOf[0].type, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.params.items.properties.pick.items.anyOf[0], data: data97 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err179];
                                                                }
                                                                else {
                                                                    vErrors.push(err179);
                                                                }
                                                                errors++;
                                                            }
                                                            var _valid0 = _errs214 === errors;
                                                            valid42 = valid42 || _valid0;
                                                            if (!valid42) {
                                                                const _errs216 = errors;
                                                                if (!(typeof data97 == "number")) {
                                                                    const err180 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/params/" + i8 + "/pick/" + i10, schemaPath: "#/properties/benchmark/properties/queries/items/properties/params/items/properties/pick/items/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.benchmark.properties.queries.items.properties.params.items.properties.pick.items.anyOf[1].type, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.params.items.properties.pick.items.anyOf[1], data: data97 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err180];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err180);
                                                                    }
                                                                    errors++;
                                                                }
                                                                var _valid0 = _errs216 === errors;
                                                                valid42 = valid42 || _valid0;
                                                            }
                                                            if (!valid42) {
                                                                const err181 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/params/" + i8 + "/pick/" + i10, schemaPath: "#/properties/benchmark/properties/queries/items/properties/params/items/properties/pick/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.benchmark.properties.queries.items.properties.params.items.properties.pick.items.anyOf, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.params.items.properties.pick.items, data: data97 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err181];
                                                                }
                                                                else {
                                                                    vErrors.push(err181);
                                                                }
                                                                errors++;
                                                            }
                                                            else {
                                                                errors = _errs213;
                                                                if (vErrors !== null) {
                                                                    if (_errs213) {
                                                                        vErrors.length = _errs213;
                                                                    }
                                                                    else {
                                                                        vErrors = null;
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err182 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/params/" + i8 + "/pick", schemaPath: "#/properties/benchmark/properties/queries/items/properties/params/items/properties/pick/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.benchmark.properties.queries.items.properties.params.items.properties.pick.type, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.params.items.properties.pick, data: data96 };
                                                        if (vErrors === null) {
                                                            vErrors = [err182];
                                                        }
                                                        else {
                                                            vErrors.push(err182);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data93.sample !== undefined) {
                                                    let data98 = data93.sample;
                                                    if (typeof data98 !== "string") {
                                                        const err183 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/params/" + i8 + "/sample", schemaPath: "#/properties/benchmark/properties/queries/items/properties/params/items/properties/sample/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.benchmark.properties.queries.items.properties.params.items.properties.sample.type, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.params.items.properties.sample, data: data98 };
                                                        if (vErrors === null) {
                                                            vErrors = [err183];
                                                        }
                                                        else {
                                                            vErrors.push(err183);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data93.expr !== undefined) {
                                                    let data99 = data93.expr;
                                                    if (typeof data99 !== "string") {
                                                        const err184 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/params/" + i8 + "/expr", schemaPath: "#/properties/benchmark/properties/queries/items/properties/params/items/properties/expr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.benchmark.properties.queries.items.properties.params.items.properties.expr.type, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.params.items.properties.expr, data: data99 };
                                                        if (vErrors === null) {
                                                            vErrors = [err184];
                                                        }
                                                        else {
                                                            vErrors.push(err184);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err185 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/params/" + i8, schemaPath: "#/properties/benchmark/properties/queries/items/properties/params/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.benchmark.properties.queries.items.properties.params.items.type, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.params.items, data: data93 };
                                                if (vErrors === null) {
                                                    vErrors = [err185];
                                                }
                                                else {
                                                    vErrors.push(err185);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err186 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/params", schemaPath: "#/properties/benchmark/properties/queries/items/properties/params/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.benchmark.properties.queries.items.properties.params.type, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.params, data: data92 };
                                        if (vErrors === null) {
                                            vErrors = [err186];
                                        }
                                        else {
                                            vErrors.push(err186);
                                        }
                                        errors++;
                                    }
                                }
                                if (data89.weight !== undefined) {
                                    let data100 = data89.weight;
                                    if (typeof data100 == "number") {
                                        if (data100 <= 0 || isNaN(data100)) {
                                            const err187 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/weight", schemaPath: "#/properties/benchmark/properties/queries/items/properties/weight/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.weight, data: data100 };
                                            if (vErrors === null) {
                                                vErrors = [err187];
                                            }
                                            else {
                                                vErrors.push(err187);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err188 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/weight", schemaPath: "#/properties/benchmark/properties/queries/items/properties/weight/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.benchmark.properties.queries.items.properties.weight.type, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.weight, data: data100 };
                                        if (vErrors === null) {
                                            vErrors = [err188];
                                        }
                                        else {
                                            vErrors.push(err188);
                                        }
                                        errors++;
                                    }
                                }
                                if (data89.slo !== undefined) {
                                    let data101 = data89.slo;
                                    if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                                        if (data101.ms === undefined) {
                                            const err189 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/slo", schemaPath: "#/properties/benchmark/properties/queries/items/properties/slo/required", keyword: "required", params: { missingProperty: "ms" }, message: "must have required property '" + "ms" + "'", schema: schema11.properties.benchmark.properties.queries.items.properties.slo.required, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.slo, data: data101 };
                                            if (vErrors === null) {
                                                vErrors = [err189];
                                            }
                                            else {
                                                vErrors.push(err189);
                                            }
                                            errors++;
                                        }
                                        for (const key20 in data101) {
                                            if (!((key20 === "percentile") || (key20 === "ms"))) {
                                                const err190 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/slo", schemaPath: "#/properties/benchmark/properties/queries/items/properties/slo/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.slo, data: data101 };
                                                if (vErrors === null) {
                                                    vErrors = [err190];
                                                }
                                                else {
                                                    vErrors.push(err190);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data101.percentile !== undefined) {
                                            let data102 = data101.percentile;
                                            if (typeof data102 !== "string") {
                                                const err191 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/slo/percentile", schemaPath: "#/properties/benchmark/properties/queries/items/properties/slo/properties/percentile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.benchmark.properties.queries.items.properties.slo.properties.percentile.type, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.slo.properties.percentile, data: data102 };
                                                if (vErrors === null) {
                                                    vErrors = [err191];
                                                }
                                                else {
                                                    vErrors.push(err191);
                                                }
                                                errors++;
                                            }
                                            if (!((((data102 === "p50") || (data102 === "p90")) || (data102 === "p95")) || (data102 === "p99"))) {
                                                const err192 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/slo/percentile", schemaPath: "#/properties/benchmark/properties/queries/items/properties/slo/properties/percentile/enum", keyword: "enum", params: { allowedValues: schema11.properties.benchmark.properties.queries.items.properties.slo.properties.percentile.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.benchmark.properties.queries.items.properties.slo.properties.percentile.enum, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.slo.properties.percentile, data: data102 };
                                                if (vErrors === null) {
                                                    vErrors = [err192];
                                                }
                                                else {
                                                    vErrors.push(err192);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data101.ms !== undefined) {
                                            let data103 = data101.ms;
                                            if (typeof data103 == "number") {
                                                if (data103 <= 0 || isNaN(data103)) {
                                                    const err193 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/slo/ms", schemaPath: "#/properties/benchmark/properties/queries/items/properties/slo/properties/ms/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.slo.properties.ms, data: data103 };
                                                    if (vErrors === null) {
                                                        vErrors = [err193];
                                                    }
                                                    else {
                                                        vErrors.push(err193);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err194 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/slo/ms", schemaPath: "#/properties/benchmark/properties/queries/items/properties/slo/properties/ms/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.benchmark.properties.queries.items.properties.slo.properties.ms.type, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.slo.properties.ms, data: data103 };
                                                if (vErrors === null) {
                                                    vErrors = [err194];
                                                }
                                                else {
                                                    vErrors.push(err194);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err195 = { instancePath: instancePath + "/benchmark/queries/" + i7 + "/slo", schemaPath: "#/properties/benchmark/properties/queries/items/properties/slo/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.benchmark.properties.queries.items.properties.slo.type, parentSchema: schema11.properties.benchmark.properties.queries.items.properties.slo, data: data101 };
                                        if (vErrors === null) {
                                            vErrors = [err195];
                                        }
                                        else {
                                            vErrors.push(err195);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err196 = { instancePath: instancePath + "/benchmark/queries/" + i7, schemaPath: "#/properties/benchmark/properties/queries/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.benchmark.properties.queries.items.type, parentSchema: schema11.properties.benchmark.properties.queries.items, data: data89 };
                                if (vErrors === null) {
                                    vErrors = [err196];
                                }
                                else {
                                    vErrors.push(err196);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err197 = { instancePath: instancePath + "/benchmark/queries", schemaPath: "#/properties/benchmark/properties/queries/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.benchmark.properties.queries.type, parentSchema: schema11.properties.benchmark.properties.queries, data: data88 };
                        if (vErrors === null) {
                            vErrors = [err197];
                        }
                        else {
                            vErrors.push(err197);
                        }
                        errors++;
                    }
                }
                if (data85.scripts !== undefined) {
                    let data104 = data85.scripts;
                    if (Array.isArray(data104)) {
                        const len11 = data104.length;
                        for (let i11 = 0; i11 < len11; i11++) {
                            let data105 = data104[i11];
                            if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
                                if (data105.file === undefined) {
                                    const err198 = { instancePath: instancePath + "/benchmark/scripts/" + i11, schemaPath: "#/properties/benchmark/properties/scripts/items/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property '" + "file" + "'", schema: schema11.properties.benchmark.properties.scripts.items.required, parentSchema: schema11.properties.benchmark.properties.scripts.items, data: data105 };
                                    if (vErrors === null) {
                                        vErrors = [err198];
                                    }
                                    else {
                                        vErrors.push(err198);
                                    }
                                    errors++;
                                }
                                for (const key21 in data105) {
                                    if (!(((key21 === "file") || (key21 === "name")) || (key21 === "weight"))) {
                                        const err199 = { instancePath: instancePath + "/benchmark/scripts/" + i11, schemaPath: "#/properties/benchmark/properties/scripts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.benchmark.properties.scripts.items, data: data105 };
                                        if (vErrors === null) {
                                            vErrors = [err199];
                                        }
                                        else {
                                            vErrors.push(err199);
                                        }
                                        errors++;
                                    }
                                }
                                if (data105.file !== undefined) {
                                    let data106 = data105.file;
                                    if (typeof data106 !== "string") {
                                        const err200 = { instancePath: instancePath + "/benchmark/scripts/" + i11 + "/file", schemaPath: "#/properties/benchmark/properties/scripts/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.benchmark.properties.scripts.items.properties.file.type, parentSchema: schema11.properties.benchmark.properties.scripts.items.properties.file, data: data106 };
                                        if (vErrors === null) {
                                            vErrors = [err200];
                                        }
                                        else {
                                            vErrors.push(err200);
                                        }
                                        errors++;
                                    }
                                }
                                if (data105.name !== undefined) {
                                    let data107 = data105.name;
                                    if (typeof data107 === "string") {
                                        if (!pattern4.test(data107)) {
                                            const err201 = { instancePath: instancePath + "/benchmark/scripts/" + i11 + "/name", schemaPath: "#/properties/benchmark/properties/scripts/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_.-]*$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9_.-]*$" + "\"", schema: "^[a-z0-9][a-z0-9_.-]*$", parentSchema: schema11.properties.benchmark.properties.scripts.items.properties.name, data: data107 };
                                            if (vErrors === null) {
                                                vErrors = [err201];
                                            }
                                            else {
                                                vErrors.push(err201);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err202 = { instancePath: instancePath + "/benchmark/scripts/" + i11 + "/name", schemaPath: "#/properties/benchmark/properties/scripts/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.benchmark.properties.scripts.items.properties.name.type, parentSchema: schema11.properties.benchmark.properties.scripts.items.properties.name, data: data107 };
                                        if (vErrors === null) {
                                            vErrors = [err202];
                                        }
                                        else {
                                            vErrors.push(err202);
                                        }
                                        errors++;
                                    }
                                }
                                if (data105.weight !== undefined) {
                                    let data108 = data105.weight;
                                    if (typeof data108 == "number") {
                                        if (data108 <= 0 || isNaN(data108)) {
                                            const err203 = { instancePath: instancePath + "/benchmark/scripts/" + i11 + "/weight", schemaPath: "#/properties/benchmark/properties/scripts/items/properties/weight/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.benchmark.properties.scripts.items.properties.weight, data: data108 };
                                            if (vErrors === null) {
                                                vErrors = [err203];
                                            }
                                            else {
                                                vErrors.push(err203);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err204 = { instancePath: instancePath + "/benchmark/scripts/" + i11 + "/weight", schemaPath: "#/properties/benchmark/properties/scripts/items/properties/weight/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.benchmark.properties.scripts.items.properties.weight.type, parentSchema: schema11.properties.benchmark.properties.scripts.items.properties.weight, data: data108 };
                                        if (vErrors === null) {
                                            vErrors = [err204];
                                        }
                                        else {
                                            vErrors.push(err204);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err205 = { instancePath: instancePath + "/benchmark/scripts/" + i11, schemaPath: "#/properties/benchmark/properties/scripts/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.benchmark.properties.scripts.items.type, parentSchema: schema11.properties.benchmark.properties.scripts.items, data: data105 };
                                if (vErrors === null) {
                                    vErrors = [err205];
                                }
                                else {
                                    vErrors.push(err205);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err206 = { instancePath: instancePath + "/benchmark/scripts", schemaPath: "#/properties/benchmark/properties/scripts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.benchmark.properties.scripts.type, parentSchema: schema11.properties.benchmark.properties.scripts, data: data104 };
                        if (vErrors === null) {
                            vErrors = [err206];
                        }
                        else {
                            vErrors.push(err206);
                        }
                        errors++;
                    }
                }
                if (data85.seed !== undefined) {
                    let data109 = data85.seed;
                    if (data109 && typeof data109 == "object" && !Array.isArray(data109)) {
                        for (const key22 in data109) {
                            if (!((key22 === "sql") || (key22 === "scale"))) {
                                const err207 = { instancePath: instancePath + "/benchmark/seed", schemaPath: "#/properties/benchmark/properties/seed/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.benchmark.properties.seed, data: data109 };
                                if (vErrors === null) {
                                    vErrors = [err207];
                                }
                                else {
                                    vErrors.push(err207);
                                }
                                errors++;
                            }
                        }
                        if (data109.sql !== undefined) {
                            let data110 = data109.sql;
                            if (Array.isArray(data110)) {
                                const len12 = data110.length;
                                for (let i12 = 0; i12 < len12; i12++) {
                                    let data111 = data110[i12];
                                    if (typeof data111 !== "string") {
                                        const err208 = { instancePath: instancePath + "/benchmark/seed/sql/" + i12, schemaPath: "#/properties/benchmark/properties/seed/properties/sql/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.benchmark.properties.seed.properties.sql.items.type, parentSchema: schema11.properties.benchmark.properties.seed.properties.sql.items, data: data111 };
                                        if (vErrors === null) {
                                            vErrors = [err208];
                                        }
                                        else {
                                            vErrors.push(err208);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err209 = { instancePath: instancePath + "/benchmark/seed/sql", schemaPath: "#/properties/benchmark/properties/seed/properties/sql/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.benchmark.properties.seed.properties.sql.type, parentSchema: schema11.properties.benchmark.properties.seed.properties.sql, data: data110 };
                                if (vErrors === null) {
                                    vErrors = [err209];
                                }
                                else {
                                    vErrors.push(err209);
                                }
                                errors++;
                            }
                        }
                        if (data109.scale !== undefined) {
                            let data112 = data109.scale;
                            if (typeof data112 == "number") {
                                if (data112 <= 0 || isNaN(data112)) {
                                    const err210 = { instancePath: instancePath + "/benchmark/seed/scale", schemaPath: "#/properties/benchmark/properties/seed/properties/scale/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.benchmark.properties.seed.properties.scale, data: data112 };
                                    if (vErrors === null) {
                                        vErrors = [err210];
                                    }
                                    else {
                                        vErrors.push(err210);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err211 = { instancePath: instancePath + "/benchmark/seed/scale", schemaPath: "#/properties/benchmark/properties/seed/properties/scale/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.benchmark.properties.seed.properties.scale.type, parentSchema: schema11.properties.benchmark.properties.seed.properties.scale, data: data112 };
                                if (vErrors === null) {
                                    vErrors = [err211];
                                }
                                else {
                                    vErrors.push(err211);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err212 = { instancePath: instancePath + "/benchmark/seed", schemaPath: "#/properties/benchmark/properties/seed/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.benchmark.properties.seed.type, parentSchema: schema11.properties.benchmark.properties.seed, data: data109 };
                        if (vErrors === null) {
                            vErrors = [err212];
                        }
                        else {
                            vErrors.push(err212);
                        }
                        errors++;
                    }
                }
                if (data85.clients !== undefined) {
                    let data113 = data85.clients;
                    if (!((typeof data113 == "number") && (!(data113 % 1) && !isNaN(data113)))) {
                        const err213 = { instancePath: instancePath + "/benchmark/clients", schemaPath: "#/properties/benchmark/properties/clients/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.benchmark.properties.clients.type, parentSchema: schema11.properties.benchmark.properties.clients, data: data113 };
                        if (vErrors === null) {
                            vErrors = [err213];
                        }
                        else {
                            vErrors.push(err213);
                        }
                        errors++;
                    }
                    if (typeof data113 == "number") {
                        if (data113 > 1000 || isNaN(data113)) {
                            const err214 = { instancePath: instancePath + "/benchmark/clients", schemaPath: "#/properties/benchmark/properties/clients/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1000 }, message: "must be <= 1000", schema: 1000, parentSchema: schema11.properties.benchmark.properties.clients, data: data113 };
                            if (vErrors === null) {
                                vErrors = [err214];
                            }
                            else {
                                vErrors.push(err214);
                            }
                            errors++;
                        }
                        if (data113 < 1 || isNaN(data113)) {
                            const err215 = { instancePath: instancePath + "/benchmark/clients", schemaPath: "#/properties/benchmark/properties/clients/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.benchmark.properties.clients, data: data113 };
                            if (vErrors === null) {
                                vErrors = [err215];
                            }
                            else {
                                vErrors.push(err215);
                            }
                            errors++;
                        }
                    }
                }
                if (data85.duration !== undefined) {
                    let data114 = data85.duration;
                    if (typeof data114 === "string") {
                        if (!pattern6.test(data114)) {
                            const err216 = { instancePath: instancePath + "/benchmark/duration", schemaPath: "#/properties/benchmark/properties/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m)$" }, message: "must match pattern \"" + "^[0-9]+(\\.[0-9]+)?(ms|s|m)$" + "\"", schema: "^[0-9]+(\\.[0-9]+)?(ms|s|m)$", parentSchema: schema11.properties.benchmark.properties.duration, data: data114 };
                            if (vErrors === null) {
                                vErrors = [err216];
                            }
                            else {
                                vErrors.push(err216);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err217 = { instancePath: instancePath + "/benchmark/duration", schemaPath: "#/properties/benchmark/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.benchmark.properties.duration.type, parentSchema: schema11.properties.benchmark.properties.duration, data: data114 };
                        if (vErrors === null) {
                            vErrors = [err217];
                        }
                        else {
                            vErrors.push(err217);
                        }
                        errors++;
                    }
                }
                if (data85.warmup !== undefined) {
                    let data115 = data85.warmup;
                    if (typeof data115 === "string") {
                        if (!pattern6.test(data115)) {
                            const err218 = { instancePath: instancePath + "/benchmark/warmup", schemaPath: "#/properties/benchmark/properties/warmup/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m)$" }, message: "must match pattern \"" + "^[0-9]+(\\.[0-9]+)?(ms|s|m)$" + "\"", schema: "^[0-9]+(\\.[0-9]+)?(ms|s|m)$", parentSchema: schema11.properties.benchmark.properties.warmup, data: data115 };
                            if (vErrors === null) {
                                vErrors = [err218];
                            }
                            else {
                                vErrors.push(err218);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err219 = { instancePath: instancePath + "/benchmark/warmup", schemaPath: "#/properties/benchmark/properties/warmup/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.benchmark.properties.warmup.type, parentSchema: schema11.properties.benchmark.properties.warmup, data: data115 };
                        if (vErrors === null) {
                            vErrors = [err219];
                        }
                        else {
                            vErrors.push(err219);
                        }
                        errors++;
                    }
                }
                if (data85.rate !== undefined) {
                    let data116 = data85.rate;
                    if (typeof data116 == "number") {
                        if (data116 <= 0 || isNaN(data116)) {
                            const err220 = { instancePath: instancePath + "/benchmark/rate", schemaPath: "#/properties/benchmark/properties/rate/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.benchmark.properties.rate, data: data116 };
                            if (vErrors === null) {
                                vErrors = [err220];
                            }
                            else {
                                vErrors.push(err220);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err221 = { instancePath: instancePath + "/benchmark/rate", schemaPath: "#/properties/benchmark/properties/rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.benchmark.properties.rate.type, parentSchema: schema11.properties.benchmark.properties.rate, data: data116 };
                        if (vErrors === null) {
                            vErrors = [err221];
                        }
                        else {
                            vErrors.push(err221);
                        }
                        errors++;
                    }
                }
                if (data85.regression !== undefined) {
                    let data117 = data85.regression;
                    if (data117 && typeof data117 == "object" && !Array.isArray(data117)) {
                        for (const key23 in data117) {
                            if (!(((key23 === "maxPercent") || (key23 === "rounds")) || (key23 === "roundDuration"))) {
                                const err222 = { instancePath: instancePath + "/benchmark/regression", schemaPath: "#/properties/benchmark/properties/regression/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.benchmark.properties.regression, data: data117 };
                                if (vErrors === null) {
                                    vErrors = [err222];
                                }
                                else {
                                    vErrors.push(err222);
                                }
                                errors++;
                            }
                        }
                        if (data117.maxPercent !== undefined) {
                            let data118 = data117.maxPercent;
                            if (typeof data118 == "number") {
                                if (data118 <= 0 || isNaN(data118)) {
                                    const err223 = { instancePath: instancePath + "/benchmark/regression/maxPercent", schemaPath: "#/properties/benchmark/properties/regression/properties/maxPercent/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.benchmark.properties.regression.properties.maxPercent, data: data118 };
                                    if (vErrors === null) {
                                        vErrors = [err223];
                                    }
                                    else {
                                        vErrors.push(err223);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err224 = { instancePath: instancePath + "/benchmark/regression/maxPercent", schemaPath: "#/properties/benchmark/properties/regression/properties/maxPercent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.benchmark.properties.regression.properties.maxPercent.type, parentSchema: schema11.properties.benchmark.properties.regression.properties.maxPercent, data: data118 };
                                if (vErrors === null) {
                                    vErrors = [err224];
                                }
                                else {
                                    vErrors.push(err224);
                                }
                                errors++;
                            }
                        }
                        if (data117.rounds !== undefined) {
                            let data119 = data117.rounds;
                            if (!((typeof data119 == "number") && (!(data119 % 1) && !isNaN(data119)))) {
                                const err225 = { instancePath: instancePath + "/benchmark/regression/rounds", schemaPath: "#/properties/benchmark/properties/regression/properties/rounds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.benchmark.properties.regression.properties.rounds.type, parentSchema: schema11.properties.benchmark.properties.regression.properties.rounds, data: data119 };
                                if (vErrors === null) {
                                    vErrors = [err225];
                                }
                                else {
                                    vErrors.push(err225);
                                }
                                errors++;
                            }
                            if (typeof data119 == "number") {
                                if (data119 < 2 || isNaN(data119)) {
                                    const err226 = { instancePath: instancePath + "/benchmark/regression/rounds", schemaPath: "#/properties/benchmark/properties/regression/properties/rounds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema11.properties.benchmark.properties.regression.properties.rounds, data: data119 };
                                    if (vErrors === null) {
                                        vErrors = [err226];
                                    }
                                    else {
                                        vErrors.push(err226);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data117.roundDuration !== undefined) {
                            let data120 = data117.roundDuration;
                            if (typeof data120 === "string") {
                                if (!pattern6.test(data120)) {
                                    const err227 = { instancePath: instancePath + "/benchmark/regression/roundDuration", schemaPath: "#/properties/benchmark/properties/regression/properties/roundDuration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m)$" }, message: "must match pattern \"" + "^[0-9]+(\\.[0-9]+)?(ms|s|m)$" + "\"", schema: "^[0-9]+(\\.[0-9]+)?(ms|s|m)$", parentSchema: schema11.properties.benchmark.properties.regression.properties.roundDuration, data: data120 };
                                    if (vErrors === null) {
                                        vErrors = [err227];
                                    }
                                    else {
                                        vErrors.push(err227);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err228 = { instancePath: instancePath + "/benchmark/regression/roundDuration", schemaPath: "#/properties/benchmark/properties/regression/properties/roundDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.benchmark.properties.regression.properties.roundDuration.type, parentSchema: schema11.properties.benchmark.properties.regression.properties.roundDuration, data: data120 };
                                if (vErrors === null) {
                                    vErrors = [err228];
                                }
                                else {
                                    vErrors.push(err228);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err229 = { instancePath: instancePath + "/benchmark/regression", schemaPath: "#/properties/benchmark/properties/regression/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.benchmark.properties.regression.type, parentSchema: schema11.properties.benchmark.properties.regression, data: data117 };
                        if (vErrors === null) {
                            vErrors = [err229];
                        }
                        else {
                            vErrors.push(err229);
                        }
                        errors++;
                    }
                }
                if (data85.explain !== undefined) {
                    let data121 = data85.explain;
                    if (!((typeof data121 == "number") && (!(data121 % 1) && !isNaN(data121)))) {
                        const err230 = { instancePath: instancePath + "/benchmark/explain", schemaPath: "#/properties/benchmark/properties/explain/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.benchmark.properties.explain.type, parentSchema: schema11.properties.benchmark.properties.explain, data: data121 };
                        if (vErrors === null) {
                            vErrors = [err230];
                        }
                        else {
                            vErrors.push(err230);
                        }
                        errors++;
                    }
                    if (typeof data121 == "number") {
                        if (data121 < 0 || isNaN(data121)) {
                            const err231 = { instancePath: instancePath + "/benchmark/explain", schemaPath: "#/properties/benchmark/properties/explain/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.benchmark.properties.explain, data: data121 };
                            if (vErrors === null) {
                                vErrors = [err231];
                            }
                            else {
                                vErrors.push(err231);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err232 = { instancePath: instancePath + "/benchmark", schemaPath: "#/properties/benchmark/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.benchmark.type, parentSchema: schema11.properties.benchmark, data: data85 };
                if (vErrors === null) {
                    vErrors = [err232];
                }
                else {
                    vErrors.push(err232);
                }
                errors++;
            }
        }
        if (data.security !== undefined) {
            let data122 = data.security;
            if (data122 && typeof data122 == "object" && !Array.isArray(data122)) {
                for (const key24 in data122) {
                    if (!((((key24 === "profile") || (key24 === "failOn")) || (key24 === "suppressions")) || (key24 === "allow"))) {
                        const err233 = { instancePath: instancePath + "/security", schemaPath: "#/properties/security/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.security, data: data122 };
                        if (vErrors === null) {
                            vErrors = [err233];
                        }
                        else {
                            vErrors.push(err233);
                        }
                        errors++;
                    }
                }
                if (data122.profile !== undefined) {
                    let data123 = data122.profile;
                    if (typeof data123 !== "string") {
                        const err234 = { instancePath: instancePath + "/security/profile", schemaPath: "#/properties/security/properties/profile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.security.properties.profile.type, parentSchema: schema11.properties.security.properties.profile, data: data123 };
                        if (vErrors === null) {
                            vErrors = [err234];
                        }
                        else {
                            vErrors.push(err234);
                        }
                        errors++;
                    }
                    if (!((data123 === "cloudsql") || (data123 === "self-hosted"))) {
                        const err235 = { instancePath: instancePath + "/security/profile", schemaPath: "#/properties/security/properties/profile/enum", keyword: "enum", params: { allowedValues: schema11.properties.security.properties.profile.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.security.properties.profile.enum, parentSchema: schema11.properties.security.properties.profile, data: data123 };
                        if (vErrors === null) {
                            vErrors = [err235];
                        }
                        else {
                            vErrors.push(err235);
                        }
                        errors++;
                    }
                }
                if (data122.failOn !== undefined) {
                    let data124 = data122.failOn;
                    if (typeof data124 !== "string") {
                        const err236 = { instancePath: instancePath + "/security/failOn", schemaPath: "#/properties/security/properties/failOn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.security.properties.failOn.type, parentSchema: schema11.properties.security.properties.failOn, data: data124 };
                        if (vErrors === null) {
                            vErrors = [err236];
                        }
                        else {
                            vErrors.push(err236);
                        }
                        errors++;
                    }
                    if (!(((((data124 === "critical") || (data124 === "high")) || (data124 === "medium")) || (data124 === "low")) || (data124 === "none"))) {
                        const err237 = { instancePath: instancePath + "/security/failOn", schemaPath: "#/properties/security/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema11.properties.security.properties.failOn.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.security.properties.failOn.enum, parentSchema: schema11.properties.security.properties.failOn, data: data124 };
                        if (vErrors === null) {
                            vErrors = [err237];
                        }
                        else {
                            vErrors.push(err237);
                        }
                        errors++;
                    }
                }
                if (data122.suppressions !== undefined) {
                    let data125 = data122.suppressions;
                    if (typeof data125 !== "string") {
                        const err238 = { instancePath: instancePath + "/security/suppressions", schemaPath: "#/properties/security/properties/suppressions/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.security.properties.suppressions.type, parentSchema: schema11.properties.security.properties.suppressions, data: data125 };
                        if (vErrors === null) {
                            vErrors = [err238];
                        }
                        else {
                            vErrors.push(err238);
                        }
                        errors++;
                    }
                }
                if (data122.allow !== undefined) {
                    let data126 = data122.allow;
                    if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                        for (const key25 in data126) {
                            if (!((key25 === "superusers") || (key25 === "elevated"))) {
                                const err239 = { instancePath: instancePath + "/security/allow", schemaPath: "#/properties/security/properties/allow/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.security.properties.allow, data: data126 };
                                if (vErrors === null) {
                                    vErrors = [err239];
                                }
                                else {
                                    vErrors.push(err239);
                                }
                                errors++;
                            }
                        }
                        if (data126.superusers !== undefined) {
                            let data127 = data126.superusers;
                            if (Array.isArray(data127)) {
                                const len13 = data127.length;
                                for (let i13 = 0; i13 < len13; i13++) {
                                    let data128 = data127[i13];
                                    if (typeof data128 === "string") {
                                        if (func4(data128) < 1) {
                                            const err240 = { instancePath: instancePath + "/security/allow/superusers/" + i13, schemaPath: "#/properties/security/properties/allow/properties/superusers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.security.properties.allow.properties.superusers.items, data: data128 };
                                            if (vErrors === null) {
                                                vErrors = [err240];
                                            }
                                            else {
                                                vErrors.push(err240);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err241 = { instancePath: instancePath + "/security/allow/superusers/" + i13, schemaPath: "#/properties/security/properties/allow/properties/superusers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.security.properties.allow.properties.superusers.items.type, parentSchema: schema11.properties.security.properties.allow.properties.superusers.items, data: data128 };
                                        if (vErrors === null) {
                                            vErrors = [err241];
                                        }
                                        else {
                                            vErrors.push(err241);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err242 = { instancePath: instancePath + "/security/allow/superusers", schemaPath: "#/properties/security/properties/allow/properties/superusers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.security.properties.allow.properties.superusers.type, parentSchema: schema11.properties.security.properties.allow.properties.superusers, data: data127 };
                                if (vErrors === null) {
                                    vErrors = [err242];
                                }
                                else {
                                    vErrors.push(err242);
                                }
                                errors++;
                            }
                        }
                        if (data126.elevated !== undefined) {
                            let data129 = data126.elevated;
                            if (Array.isArray(data129)) {
                                const len14 = data129.length;
                                for (let i14 = 0; i14 < len14; i14++) {
                                    let data130 = data129[i14];
                                    if (typeof data130 === "string") {
                                        if (func4(data130) < 1) {
                                            const err243 = { instancePath: instancePath + "/security/allow/elevated/" + i14, schemaPath: "#/properties/security/properties/allow/properties/elevated/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.security.properties.allow.properties.elevated.items, data: data130 };
                                            if (vErrors === null) {
                                                vErrors = [err243];
                                            }
                                            else {
                                                vErrors.push(err243);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err244 = { instancePath: instancePath + "/security/allow/elevated/" + i14, schemaPath: "#/properties/security/properties/allow/properties/elevated/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.security.properties.allow.properties.elevated.items.type, parentSchema: schema11.properties.security.properties.allow.properties.elevated.items, data: data130 };
                                        if (vErrors === null) {
                                            vErrors = [err244];
                                        }
                                        else {
                                            vErrors.push(err244);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err245 = { instancePath: instancePath + "/security/allow/elevated", schemaPath: "#/properties/security/properties/allow/properties/elevated/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.security.properties.allow.properties.elevated.type, parentSchema: schema11.properties.security.properties.allow.properties.elevated, data: data129 };
                                if (vErrors === null) {
                                    vErrors = [err245];
                                }
                                else {
                                    vErrors.push(err245);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err246 = { instancePath: instancePath + "/security/allow", schemaPath: "#/properties/security/properties/allow/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.security.properties.allow.type, parentSchema: schema11.properties.security.properties.allow, data: data126 };
                        if (vErrors === null) {
                            vErrors = [err246];
                        }
                        else {
                            vErrors.push(err246);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err247 = { instancePath: instancePath + "/security", schemaPath: "#/properties/security/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.security.type, parentSchema: schema11.properties.security, data: data122 };
                if (vErrors === null) {
                    vErrors = [err247];
                }
                else {
                    vErrors.push(err247);
                }
                errors++;
            }
        }
        if (data.backup !== undefined) {
            let data131 = data.backup;
            if (data131 && typeof data131 == "object" && !Array.isArray(data131)) {
                for (const key26 in data131) {
                    if (!(func2.call(schema11.properties.backup.properties, key26))) {
                        const err248 = { instancePath: instancePath + "/backup", schemaPath: "#/properties/backup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.backup, data: data131 };
                        if (vErrors === null) {
                            vErrors = [err248];
                        }
                        else {
                            vErrors.push(err248);
                        }
                        errors++;
                    }
                }
                if (data131.rpoHours !== undefined) {
                    let data132 = data131.rpoHours;
                    if (typeof data132 == "number") {
                        if (data132 <= 0 || isNaN(data132)) {
                            const err249 = { instancePath: instancePath + "/backup/rpoHours", schemaPath: "#/properties/backup/properties/rpoHours/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.backup.properties.rpoHours, data: data132 };
                            if (vErrors === null) {
                                vErrors = [err249];
                            }
                            else {
                                vErrors.push(err249);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err250 = { instancePath: instancePath + "/backup/rpoHours", schemaPath: "#/properties/backup/properties/rpoHours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.backup.properties.rpoHours.type, parentSchema: schema11.properties.backup.properties.rpoHours, data: data132 };
                        if (vErrors === null) {
                            vErrors = [err250];
                        }
                        else {
                            vErrors.push(err250);
                        }
                        errors++;
                    }
                }
                if (data131.rtoMinutes !== undefined) {
                    let data133 = data131.rtoMinutes;
                    if (typeof data133 == "number") {
                        if (data133 <= 0 || isNaN(data133)) {
                            const err251 = { instancePath: instancePath + "/backup/rtoMinutes", schemaPath: "#/properties/backup/properties/rtoMinutes/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.backup.properties.rtoMinutes, data: data133 };
                            if (vErrors === null) {
                                vErrors = [err251];
                            }
                            else {
                                vErrors.push(err251);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err252 = { instancePath: instancePath + "/backup/rtoMinutes", schemaPath: "#/properties/backup/properties/rtoMinutes/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.backup.properties.rtoMinutes.type, parentSchema: schema11.properties.backup.properties.rtoMinutes, data: data133 };
                        if (vErrors === null) {
                            vErrors = [err252];
                        }
                        else {
                            vErrors.push(err252);
                        }
                        errors++;
                    }
                }
                if (data131.format !== undefined) {
                    let data134 = data131.format;
                    if (typeof data134 !== "string") {
                        const err253 = { instancePath: instancePath + "/backup/format", schemaPath: "#/properties/backup/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backup.properties.format.type, parentSchema: schema11.properties.backup.properties.format, data: data134 };
                        if (vErrors === null) {
                            vErrors = [err253];
                        }
                        else {
                            vErrors.push(err253);
                        }
                        errors++;
                    }
                    if (!((data134 === "custom") || (data134 === "directory"))) {
                        const err254 = { instancePath: instancePath + "/backup/format", schemaPath: "#/properties/backup/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.backup.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.backup.properties.format.enum, parentSchema: schema11.properties.backup.properties.format, data: data134 };
                        if (vErrors === null) {
                            vErrors = [err254];
                        }
                        else {
                            vErrors.push(err254);
                        }
                        errors++;
                    }
                }
                if (data131.jobs !== undefined) {
                    let data135 = data131.jobs;
                    if (!((typeof data135 == "number") && (!(data135 % 1) && !isNaN(data135)))) {
                        const err255 = { instancePath: instancePath + "/backup/jobs", schemaPath: "#/properties/backup/properties/jobs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.backup.properties.jobs.type, parentSchema: schema11.properties.backup.properties.jobs, data: data135 };
                        if (vErrors === null) {
                            vErrors = [err255];
                        }
                        else {
                            vErrors.push(err255);
                        }
                        errors++;
                    }
                    if (typeof data135 == "number") {
                        if (data135 > 64 || isNaN(data135)) {
                            const err256 = { instancePath: instancePath + "/backup/jobs", schemaPath: "#/properties/backup/properties/jobs/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema11.properties.backup.properties.jobs, data: data135 };
                            if (vErrors === null) {
                                vErrors = [err256];
                            }
                            else {
                                vErrors.push(err256);
                            }
                            errors++;
                        }
                        if (data135 < 1 || isNaN(data135)) {
                            const err257 = { instancePath: instancePath + "/backup/jobs", schemaPath: "#/properties/backup/properties/jobs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.backup.properties.jobs, data: data135 };
                            if (vErrors === null) {
                                vErrors = [err257];
                            }
                            else {
                                vErrors.push(err257);
                            }
                            errors++;
                        }
                    }
                }
                if (data131.encryptionKey !== undefined) {
                    let data136 = data131.encryptionKey;
                    if (typeof data136 !== "string") {
                        const err258 = { instancePath: instancePath + "/backup/encryptionKey", schemaPath: "#/properties/backup/properties/encryptionKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backup.properties.encryptionKey.type, parentSchema: schema11.properties.backup.properties.encryptionKey, data: data136 };
                        if (vErrors === null) {
                            vErrors = [err258];
                        }
                        else {
                            vErrors.push(err258);
                        }
                        errors++;
                    }
                }
                if (data131.hash !== undefined) {
                    let data137 = data131.hash;
                    if (typeof data137 !== "string") {
                        const err259 = { instancePath: instancePath + "/backup/hash", schemaPath: "#/properties/backup/properties/hash/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backup.properties.hash.type, parentSchema: schema11.properties.backup.properties.hash, data: data137 };
                        if (vErrors === null) {
                            vErrors = [err259];
                        }
                        else {
                            vErrors.push(err259);
                        }
                        errors++;
                    }
                    if (!(((data137 === "auto") || (data137 === "fast")) || (data137 === "portable"))) {
                        const err260 = { instancePath: instancePath + "/backup/hash", schemaPath: "#/properties/backup/properties/hash/enum", keyword: "enum", params: { allowedValues: schema11.properties.backup.properties.hash.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.backup.properties.hash.enum, parentSchema: schema11.properties.backup.properties.hash, data: data137 };
                        if (vErrors === null) {
                            vErrors = [err260];
                        }
                        else {
                            vErrors.push(err260);
                        }
                        errors++;
                    }
                }
                if (data131.strict !== undefined) {
                    let data138 = data131.strict;
                    if (typeof data138 !== "boolean") {
                        const err261 = { instancePath: instancePath + "/backup/strict", schemaPath: "#/properties/backup/properties/strict/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.backup.properties.strict.type, parentSchema: schema11.properties.backup.properties.strict, data: data138 };
                        if (vErrors === null) {
                            vErrors = [err261];
                        }
                        else {
                            vErrors.push(err261);
                        }
                        errors++;
                    }
                }
                if (data131.chunkRows !== undefined) {
                    let data139 = data131.chunkRows;
                    if (!((typeof data139 == "number") && (!(data139 % 1) && !isNaN(data139)))) {
                        const err262 = { instancePath: instancePath + "/backup/chunkRows", schemaPath: "#/properties/backup/properties/chunkRows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.backup.properties.chunkRows.type, parentSchema: schema11.properties.backup.properties.chunkRows, data: data139 };
                        if (vErrors === null) {
                            vErrors = [err262];
                        }
                        else {
                            vErrors.push(err262);
                        }
                        errors++;
                    }
                    if (typeof data139 == "number") {
                        if (data139 < 1000 || isNaN(data139)) {
                            const err263 = { instancePath: instancePath + "/backup/chunkRows", schemaPath: "#/properties/backup/properties/chunkRows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1000 }, message: "must be >= 1000", schema: 1000, parentSchema: schema11.properties.backup.properties.chunkRows, data: data139 };
                            if (vErrors === null) {
                                vErrors = [err263];
                            }
                            else {
                                vErrors.push(err263);
                            }
                            errors++;
                        }
                    }
                }
                if (data131.exclude !== undefined) {
                    let data140 = data131.exclude;
                    if (Array.isArray(data140)) {
                        const len15 = data140.length;
                        for (let i15 = 0; i15 < len15; i15++) {
                            let data141 = data140[i15];
                            if (typeof data141 === "string") {
                                if (!pattern9.test(data141)) {
                                    const err264 = { instancePath: instancePath + "/backup/exclude/" + i15, schemaPath: "#/properties/backup/properties/exclude/items/pattern", keyword: "pattern", params: { pattern: "^[^.]+\\.[^.]+$" }, message: "must match pattern \"" + "^[^.]+\\.[^.]+$" + "\"", schema: "^[^.]+\\.[^.]+$", parentSchema: schema11.properties.backup.properties.exclude.items, data: data141 };
                                    if (vErrors === null) {
                                        vErrors = [err264];
                                    }
                                    else {
                                        vErrors.push(err264);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err265 = { instancePath: instancePath + "/backup/exclude/" + i15, schemaPath: "#/properties/backup/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.backup.properties.exclude.items.type, parentSchema: schema11.properties.backup.properties.exclude.items, data: data141 };
                                if (vErrors === null) {
                                    vErrors = [err265];
                                }
                                else {
                                    vErrors.push(err265);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err266 = { instancePath: instancePath + "/backup/exclude", schemaPath: "#/properties/backup/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.backup.properties.exclude.type, parentSchema: schema11.properties.backup.properties.exclude, data: data140 };
                        if (vErrors === null) {
                            vErrors = [err266];
                        }
                        else {
                            vErrors.push(err266);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err267 = { instancePath: instancePath + "/backup", schemaPath: "#/properties/backup/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.backup.type, parentSchema: schema11.properties.backup, data: data131 };
                if (vErrors === null) {
                    vErrors = [err267];
                }
                else {
                    vErrors.push(err267);
                }
                errors++;
            }
        }
        if (data.pullRequest !== undefined) {
            let data142 = data.pullRequest;
            if (data142 && typeof data142 == "object" && !Array.isArray(data142)) {
                for (const key27 in data142) {
                    if (!(func2.call(schema11.properties.pullRequest.properties, key27))) {
                        const err268 = { instancePath: instancePath + "/pullRequest", schemaPath: "#/properties/pullRequest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.pullRequest, data: data142 };
                        if (vErrors === null) {
                            vErrors = [err268];
                        }
                        else {
                            vErrors.push(err268);
                        }
                        errors++;
                    }
                }
                if (data142.template !== undefined) {
                    let data143 = data142.template;
                    if (typeof data143 !== "string") {
                        const err269 = { instancePath: instancePath + "/pullRequest/template", schemaPath: "#/properties/pullRequest/properties/template/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.pullRequest.properties.template.type, parentSchema: schema11.properties.pullRequest.properties.template, data: data143 };
                        if (vErrors === null) {
                            vErrors = [err269];
                        }
                        else {
                            vErrors.push(err269);
                        }
                        errors++;
                    }
                }
                if (data142.requiredSections !== undefined) {
                    let data144 = data142.requiredSections;
                    if (Array.isArray(data144)) {
                        const len16 = data144.length;
                        for (let i16 = 0; i16 < len16; i16++) {
                            let data145 = data144[i16];
                            if (typeof data145 === "string") {
                                if (func4(data145) < 1) {
                                    const err270 = { instancePath: instancePath + "/pullRequest/requiredSections/" + i16, schemaPath: "#/properties/pullRequest/properties/requiredSections/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.pullRequest.properties.requiredSections.items, data: data145 };
                                    if (vErrors === null) {
                                        vErrors = [err270];
                                    }
                                    else {
                                        vErrors.push(err270);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err271 = { instancePath: instancePath + "/pullRequest/requiredSections/" + i16, schemaPath: "#/properties/pullRequest/properties/requiredSections/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.pullRequest.properties.requiredSections.items.type, parentSchema: schema11.properties.pullRequest.properties.requiredSections.items, data: data145 };
                                if (vErrors === null) {
                                    vErrors = [err271];
                                }
                                else {
                                    vErrors.push(err271);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err272 = { instancePath: instancePath + "/pullRequest/requiredSections", schemaPath: "#/properties/pullRequest/properties/requiredSections/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.pullRequest.properties.requiredSections.type, parentSchema: schema11.properties.pullRequest.properties.requiredSections, data: data144 };
                        if (vErrors === null) {
                            vErrors = [err272];
                        }
                        else {
                            vErrors.push(err272);
                        }
                        errors++;
                    }
                }
                if (data142.typeSection !== undefined) {
                    let data146 = data142.typeSection;
                    if (typeof data146 === "string") {
                        if (func4(data146) < 1) {
                            const err273 = { instancePath: instancePath + "/pullRequest/typeSection", schemaPath: "#/properties/pullRequest/properties/typeSection/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.pullRequest.properties.typeSection, data: data146 };
                            if (vErrors === null) {
                                vErrors = [err273];
                            }
                            else {
                                vErrors.push(err273);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err274 = { instancePath: instancePath + "/pullRequest/typeSection", schemaPath: "#/properties/pullRequest/properties/typeSection/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.pullRequest.properties.typeSection.type, parentSchema: schema11.properties.pullRequest.properties.typeSection, data: data146 };
                        if (vErrors === null) {
                            vErrors = [err274];
                        }
                        else {
                            vErrors.push(err274);
                        }
                        errors++;
                    }
                }
                if (data142.minTypes !== undefined) {
                    let data147 = data142.minTypes;
                    if (!((typeof data147 == "number") && (!(data147 % 1) && !isNaN(data147)))) {
                        const err275 = { instancePath: instancePath + "/pullRequest/minTypes", schemaPath: "#/properties/pullRequest/properties/minTypes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.pullRequest.properties.minTypes.type, parentSchema: schema11.properties.pullRequest.properties.minTypes, data: data147 };
                        if (vErrors === null) {
                            vErrors = [err275];
                        }
                        else {
                            vErrors.push(err275);
                        }
                        errors++;
                    }
                    if (typeof data147 == "number") {
                        if (data147 < 0 || isNaN(data147)) {
                            const err276 = { instancePath: instancePath + "/pullRequest/minTypes", schemaPath: "#/properties/pullRequest/properties/minTypes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.pullRequest.properties.minTypes, data: data147 };
                            if (vErrors === null) {
                                vErrors = [err276];
                            }
                            else {
                                vErrors.push(err276);
                            }
                            errors++;
                        }
                    }
                }
                if (data142.requires !== undefined) {
                    let data148 = data142.requires;
                    if (data148 && typeof data148 == "object" && !Array.isArray(data148)) {
                        for (const key28 in data148) {
                            if (pattern2.test(key28)) {
                                let data149 = data148[key28];
                                if (Array.isArray(data149)) {
                                    const len17 = data149.length;
                                    for (let i17 = 0; i17 < len17; i17++) {
                                        let data150 = data149[i17];
                                        if (typeof data150 === "string") {
                                            if (func4(data150) < 1) {
                                                const err277 = { instancePath: instancePath + "/pullRequest/requires/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i17, schemaPath: "#/properties/pullRequest/properties/requires/patternProperties/%5E(.*)%24/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.pullRequest.properties.requires.patternProperties["^(.*)$"].items, data: data150 };
                                                if (vErrors === null) {
                                                    vErrors = [err277];
                                                }
                                                else {
                                                    vErrors.push(err277);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err278 = { instancePath: instancePath + "/pullRequest/requires/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i17, schemaPath: "#/properties/pullRequest/properties/requires/patternProperties/%5E(.*)%24/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.pullRequest.properties.requires.patternProperties["^(.*)$"].items.type, parentSchema: schema11.properties.pullRequest.properties.requires.patternProperties["^(.*)$"].items, data: data150 };
                                            if (vErrors === null) {
                                                vErrors = [err278];
                                            }
                                            else {
                                                vErrors.push(err278);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err279 = { instancePath: instancePath + "/pullRequest/requires/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/pullRequest/properties/requires/patternProperties/%5E(.*)%24/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.pullRequest.properties.requires.patternProperties["^(.*)$"].type, parentSchema: schema11.properties.pullRequest.properties.requires.patternProperties["^(.*)$"], data: data149 };
                                    if (vErrors === null) {
                                        vErrors = [err279];
                                    }
                                    else {
                                        vErrors.push(err279);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err280 = { instancePath: instancePath + "/pullRequest/requires", schemaPath: "#/properties/pullRequest/properties/requires/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.pullRequest.properties.requires.type, parentSchema: schema11.properties.pullRequest.properties.requires, data: data148 };
                        if (vErrors === null) {
                            vErrors = [err280];
                        }
                        else {
                            vErrors.push(err280);
                        }
                        errors++;
                    }
                }
                if (data142.alwaysRequired !== undefined) {
                    let data151 = data142.alwaysRequired;
                    if (Array.isArray(data151)) {
                        const len18 = data151.length;
                        for (let i18 = 0; i18 < len18; i18++) {
                            let data152 = data151[i18];
                            if (typeof data152 === "string") {
                                if (func4(data152) < 1) {
                                    const err281 = { instancePath: instancePath + "/pullRequest/alwaysRequired/" + i18, schemaPath: "#/properties/pullRequest/properties/alwaysRequired/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.pullRequest.properties.alwaysRequired.items, data: data152 };
                                    if (vErrors === null) {
                                        vErrors = [err281];
                                    }
                                    else {
                                        vErrors.push(err281);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err282 = { instancePath: instancePath + "/pullRequest/alwaysRequired/" + i18, schemaPath: "#/properties/pullRequest/properties/alwaysRequired/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.pullRequest.properties.alwaysRequired.items.type, parentSchema: schema11.properties.pullRequest.properties.alwaysRequired.items, data: data152 };
                                if (vErrors === null) {
                                    vErrors = [err282];
                                }
                                else {
                                    vErrors.push(err282);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err283 = { instancePath: instancePath + "/pullRequest/alwaysRequired", schemaPath: "#/properties/pullRequest/properties/alwaysRequired/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.pullRequest.properties.alwaysRequired.type, parentSchema: schema11.properties.pullRequest.properties.alwaysRequired, data: data151 };
                        if (vErrors === null) {
                            vErrors = [err283];
                        }
                        else {
                            vErrors.push(err283);
                        }
                        errors++;
                    }
                }
                if (data142.branchNames !== undefined) {
                    let data153 = data142.branchNames;
                    if (typeof data153 !== "string") {
                        const err284 = { instancePath: instancePath + "/pullRequest/branchNames", schemaPath: "#/properties/pullRequest/properties/branchNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.pullRequest.properties.branchNames.type, parentSchema: schema11.properties.pullRequest.properties.branchNames, data: data153 };
                        if (vErrors === null) {
                            vErrors = [err284];
                        }
                        else {
                            vErrors.push(err284);
                        }
                        errors++;
                    }
                    if (!(((data153 === "fail") || (data153 === "warn")) || (data153 === "off"))) {
                        const err285 = { instancePath: instancePath + "/pullRequest/branchNames", schemaPath: "#/properties/pullRequest/properties/branchNames/enum", keyword: "enum", params: { allowedValues: schema11.properties.pullRequest.properties.branchNames.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.pullRequest.properties.branchNames.enum, parentSchema: schema11.properties.pullRequest.properties.branchNames, data: data153 };
                        if (vErrors === null) {
                            vErrors = [err285];
                        }
                        else {
                            vErrors.push(err285);
                        }
                        errors++;
                    }
                }
                if (data142.titles !== undefined) {
                    let data154 = data142.titles;
                    if (typeof data154 !== "string") {
                        const err286 = { instancePath: instancePath + "/pullRequest/titles", schemaPath: "#/properties/pullRequest/properties/titles/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.pullRequest.properties.titles.type, parentSchema: schema11.properties.pullRequest.properties.titles, data: data154 };
                        if (vErrors === null) {
                            vErrors = [err286];
                        }
                        else {
                            vErrors.push(err286);
                        }
                        errors++;
                    }
                    if (!(((data154 === "fail") || (data154 === "warn")) || (data154 === "off"))) {
                        const err287 = { instancePath: instancePath + "/pullRequest/titles", schemaPath: "#/properties/pullRequest/properties/titles/enum", keyword: "enum", params: { allowedValues: schema11.properties.pullRequest.properties.titles.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.pullRequest.properties.titles.enum, parentSchema: schema11.properties.pullRequest.properties.titles, data: data154 };
                        if (vErrors === null) {
                            vErrors = [err287];
                        }
                        else {
                            vErrors.push(err287);
                        }
                        errors++;
                    }
                }
                if (data142.types !== undefined) {
                    let data155 = data142.types;
                    if (Array.isArray(data155)) {
                        if (data155.length < 1) {
                            const err288 = { instancePath: instancePath + "/pullRequest/types", schemaPath: "#/properties/pullRequest/properties/types/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.pullRequest.properties.types, data: data155 };
                            if (vErrors === null) {
                                vErrors = [err288];
                            }
                            else {
                                vErrors.push(err288);
                            }
                            errors++;
                        }
                        const len19 = data155.length;
                        for (let i19 = 0; i19 < len19; i19++) {
                            let data156 = data155[i19];
                            if (typeof data156 === "string") {
                                if (!pattern11.test(data156)) {
                                    const err289 = { instancePath: instancePath + "/pullRequest/types/" + i19, schemaPath: "#/properties/pullRequest/properties/types/items/pattern", keyword: "pattern", params: { pattern: "^[a-z]+$" }, message: "must match pattern \"" + "^[a-z]+$" + "\"", schema: "^[a-z]+$", parentSchema: schema11.properties.pullRequest.properties.types.items, data: data156 };
                                    if (vErrors === null) {
                                        vErrors = [err289];
                                    }
                                    else {
                                        vErrors.push(err289);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err290 = { instancePath: instancePath + "/pullRequest/types/" + i19, schemaPath: "#/properties/pullRequest/properties/types/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.pullRequest.properties.types.items.type, parentSchema: schema11.properties.pullRequest.properties.types.items, data: data156 };
                                if (vErrors === null) {
                                    vErrors = [err290];
                                }
                                else {
                                    vErrors.push(err290);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err291 = { instancePath: instancePath + "/pullRequest/types", schemaPath: "#/properties/pullRequest/properties/types/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.pullRequest.properties.types.type, parentSchema: schema11.properties.pullRequest.properties.types, data: data155 };
                        if (vErrors === null) {
                            vErrors = [err291];
                        }
                        else {
                            vErrors.push(err291);
                        }
                        errors++;
                    }
                }
                if (data142.exemptBranches !== undefined) {
                    let data157 = data142.exemptBranches;
                    if (Array.isArray(data157)) {
                        const len20 = data157.length;
                        for (let i20 = 0; i20 < len20; i20++) {
                            let data158 = data157[i20];
                            if (typeof data158 === "string") {
                                if (func4(data158) < 1) {
                                    const err292 = { instancePath: instancePath + "/pullRequest/exemptBranches/" + i20, schemaPath: "#/properties/pullRequest/properties/exemptBranches/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.pullRequest.properties.exemptBranches.items, data: data158 };
                                    if (vErrors === null) {
                                        vErrors = [err292];
                                    }
                                    else {
                                        vErrors.push(err292);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err293 = { instancePath: instancePath + "/pullRequest/exemptBranches/" + i20, schemaPath: "#/properties/pullRequest/properties/exemptBranches/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.pullRequest.properties.exemptBranches.items.type, parentSchema: schema11.properties.pullRequest.properties.exemptBranches.items, data: data158 };
                                if (vErrors === null) {
                                    vErrors = [err293];
                                }
                                else {
                                    vErrors.push(err293);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err294 = { instancePath: instancePath + "/pullRequest/exemptBranches", schemaPath: "#/properties/pullRequest/properties/exemptBranches/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.pullRequest.properties.exemptBranches.type, parentSchema: schema11.properties.pullRequest.properties.exemptBranches, data: data157 };
                        if (vErrors === null) {
                            vErrors = [err294];
                        }
                        else {
                            vErrors.push(err294);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err295 = { instancePath: instancePath + "/pullRequest", schemaPath: "#/properties/pullRequest/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.pullRequest.type, parentSchema: schema11.properties.pullRequest, data: data142 };
                if (vErrors === null) {
                    vErrors = [err295];
                }
                else {
                    vErrors.push(err295);
                }
                errors++;
            }
        }
    }
    else {
        const err296 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err296];
        }
        else {
            vErrors.push(err296);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./src/config/schema-check.ts



// Precompiled from ConfigSchema (npm run generate): no schema compilation at start-up.

const schema_check_validate = validate;
function checkSchema(loaded) {
    const data = loaded.data;
    const make = (rule, path, message, target) => (0,located_problem/* locatedProblem */.A)(loaded, rule, path, message, target);
    if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
        return [
            make('config-not-a-mapping', [], 'The config must be a YAML mapping that starts with `version: 1`; this file is empty or holds a single value or a list.'),
        ];
    }
    if (schema_check_validate(data))
        return [];
    const problems = [];
    const seen = new Set();
    for (const err of schema_check_validate.errors ?? []) {
        const path = pointerToPath(err.instancePath, data);
        const problem = describe(err, path, make);
        if (!problem)
            continue;
        const key = `${problem.rule}|${problem.path}|${problem.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        problems.push(problem);
    }
    return problems;
}
function describe(err, path, make) {
    const where = path.length ? `\`${(0,problem/* formatPath */.jV)(path)}\`` : 'The file';
    const params = err.params;
    switch (err.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const known = Object.keys(err.parentSchema?.properties ?? {});
            const suggestion = suggest(key, known);
            const inWhere = path.length ? ` in \`${(0,problem/* formatPath */.jV)(path)}\`` : ' at the top level';
            const fix = suggestion
                ? `Did you mean \`${suggestion}\`?`
                : known.length
                    ? `Known keys: ${known.join(', ')}.`
                    : 'Remove it.';
            return make('schema-unknown-key', [...path, key], `Unknown key \`${key}\`${inWhere}. ${fix}`);
        }
        case 'required': {
            const missing = String(params.missingProperty);
            if (missing === 'version' && path.length === 0) {
                return make('schema-version', [], 'The file has no `version`. Add `version: 1` at the top.');
            }
            return make('schema-required', path, `${where} is missing \`${missing}\`. Add \`${missing}:\` to it.`);
        }
        case 'const':
            if (path.length === 1 && path[0] === 'version') {
                return make('schema-version', path, '`version` must be 1, the only config version this pgci reads.', 'value');
            }
            return make('schema-enum', path, `${where} must be ${JSON.stringify(params.allowedValue)}.`);
        case 'type':
            return make('schema-type', path, `${where} must be ${article(String(params.type))}; write it as one.`, 'value');
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const got = err.data;
            const suggestion = typeof got === 'string' ? suggest(got, allowed) : undefined;
            return make('schema-enum', path, `${where} must be one of ${allowed.join(', ')}.${suggestion ? ` Did you mean ${suggestion}?` : ''}`, 'value');
        }
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return make('schema-range', path, `${where} must be ${comparison(err.keyword)} ${String(params.limit)}.`, 'value');
        case 'minLength':
        case 'maxLength':
        case 'minItems':
        case 'maxItems': {
            const what = err.keyword.endsWith('Items') ? 'items' : 'characters';
            const bound = err.keyword.startsWith('min') ? 'at least' : 'at most';
            return make('schema-range', path, `${where} must have ${bound} ${String(params.limit)} ${what}.`, 'value');
        }
        case 'pattern':
            return make('schema-format', path, `${where} does not have the required form${patternHint(err)}.`, 'value');
        default:
            return make('schema-type', path, `${where} ${err.message ?? 'is not valid'}.`, 'value');
    }
}
function patternHint(err) {
    const description = err.parentSchema?.description;
    return description ? `: ${description.replace(/\.$/, '')}` : ` (${String(err.params.pattern)})`;
}
function comparison(keyword) {
    return {
        minimum: 'at least',
        maximum: 'at most',
        exclusiveMinimum: 'greater than',
        exclusiveMaximum: 'less than',
    }[keyword];
}
function article(type) {
    const words = {
        object: 'a mapping',
        array: 'a list',
        string: 'a string',
        integer: 'a whole number',
        number: 'a number',
        boolean: 'true or false',
        'string,number,boolean': 'a scalar value (string, number or true/false)',
    };
    return words[type] ?? type;
}
/** The closest candidate when it is close enough to be a plausible typo. */
function suggest(word, candidates) {
    if (candidates.length === 0)
        return undefined;
    const lower = word.toLowerCase();
    const exactCase = candidates.find((c) => c.toLowerCase() === lower);
    if (exactCase)
        return exactCase;
    const best = (0,mod/* closest */.kp)(lower, candidates.map((c) => c.toLowerCase()));
    const match = candidates.find((c) => c.toLowerCase() === best);
    if (!match)
        return undefined;
    return (0,mod/* distance */.Io)(lower, best) <= Math.max(2, Math.floor(word.length / 3)) ? match : undefined;
}
function pointerToPath(pointer, data) {
    if (!pointer)
        return [];
    const path = [];
    let node = data;
    for (const raw of pointer.slice(1).split('/')) {
        const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(node)) {
            const index = Number(part);
            path.push(index);
            node = node[index];
        }
        else {
            path.push(part);
            node = node?.[part];
        }
    }
    return path;
}


/***/ })

};
