import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 635;
export const ids = [635];
export const modules = {

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

/***/ 73885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ verifierMatches),
/* harmony export */   v0: () => (/* binding */ scramVerifier),
/* harmony export */   wb: () => (/* binding */ verifierMatchesAsync)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/**
 * SCRAM-SHA-256 verifiers (RFC 5802/7677, as PostgreSQL stores them in pg_authid): so apply
 * sends a verifier instead of the clear password (it never reaches the server's logs), and
 * plan can tell whether a stored password already matches the one in the environment.
 */


const pbkdf2Async = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_crypto__WEBPACK_IMPORTED_MODULE_0__.pbkdf2);
const ITERATIONS = 4096;
// PostgreSQL applies SASLprep; NFKC covers what a config password realistically holds.
const prepare = (password) => password.normalize('NFKC');
function keysFrom(salted) {
    const clientKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', salted).update('Client Key').digest();
    const storedKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(clientKey).digest();
    const serverKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', salted).update('Server Key').digest();
    return { storedKey, serverKey };
}
function keys(password, salt, iterations) {
    return keysFrom((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.pbkdf2Sync)(prepare(password), salt, iterations, 32, 'sha256'));
}
/** `SCRAM-SHA-256$4096:<salt>$<StoredKey>:<ServerKey>` for a password. */
function scramVerifier(password, salt = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16)) {
    const { storedKey, serverKey } = keys(password, salt, ITERATIONS);
    return `SCRAM-SHA-256$${ITERATIONS}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}
/** A stored SCRAM verifier's parts; undefined for md5 or none. */
function parse(stored) {
    const m = stored ? /^SCRAM-SHA-256\$(\d+):([^$]+)\$([^:]+):(.+)$/.exec(stored) : null;
    return m
        ? {
            iterations: Number(m[1]),
            salt: Buffer.from(m[2], 'base64'),
            storedKey: Buffer.from(m[3], 'base64'),
        }
        : undefined;
}
const same = (a, b) => a.length === b.length && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(a, b);
/** True when `stored` (a pg_authid.rolpassword) is a verifier of `password`. */
function verifierMatches(stored, password) {
    const v = parse(stored);
    // An md5 verifier is md5(password || username): the caller cannot check it without the
    // user name, and md5 is worth replacing anyway.
    if (!v)
        return false;
    return same(v.storedKey, keys(password, v.salt, v.iterations).storedKey);
}
/**
 * verifierMatches off the main thread (libuv's pool): plan checks every role's password at
 * once while it reads the databases, instead of 4096 PBKDF2 rounds per role in a row.
 */
async function verifierMatchesAsync(stored, password) {
    const v = parse(stored);
    if (!v)
        return false;
    const salted = await pbkdf2Async(prepare(password), v.salt, v.iterations, 32, 'sha256');
    return same(v.storedKey, keysFrom(salted).storedKey);
}


/***/ }),

/***/ 62386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pj: () => (/* binding */ SYSTEM_DATABASES),
  dm: () => (/* binding */ keptChange),
  EY: () => (/* binding */ planSql),
  IM: () => (/* binding */ resolvePassword)
});

// UNUSED EXPORTS: ORDER, desiredLogin, isSystemRole, objectOwner

// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(83849);
// EXTERNAL MODULE: ./src/config/env-reference.ts
var env_reference = __webpack_require__(6525);
// EXTERNAL MODULE: ./src/provision/plan.ts
var plan = __webpack_require__(24444);
// EXTERNAL MODULE: ./src/postgres/scram.ts
var scram = __webpack_require__(73885);
// EXTERNAL MODULE: ./src/postgres/units.ts
var units = __webpack_require__(10336);
;// CONCATENATED MODULE: ./src/postgres/setting-values.ts
/**
 * Comparing a parameter as pgci.yml writes it (`2560MB`, `on`, `200ms`) with what the server
 * reports (pg_settings in base units, postgresql.auto.conf and pg_db_role_setting as written).
 */

/** A canonical form: numbers in the base unit, booleans as on/off, text lower-cased. */
function canonical(value, shape) {
    if (shape.vartype === 'bool') {
        const b = (0,units/* parseBoolean */.yG)(value);
        return b === undefined ? String(value) : b ? 'on' : 'off';
    }
    if (shape.vartype === 'integer' || shape.vartype === 'real') {
        const q = (0,units/* parseQuantity */.Lf)(typeof value === 'boolean' ? String(value) : value, (shape.unit ?? undefined));
        if (!q.ok)
            return String(value);
        const rounded = shape.vartype === 'integer' ? Math.round(q.value) : q.value;
        return String(Number(rounded.toPrecision(12)));
    }
    return String(value)
        .trim()
        .replace(/^'(.*)'$/, '$1')
        .replace(/\s*,\s*/g, ',')
        .toLowerCase();
}
/** How people read a value in base units: 16384 × 8kB → 128MB; 200 ms → 200ms. */
function humanSetting(setting, shape) {
    if (!shape.unit)
        return setting;
    const bytes = (0,units/* toBytes */.ZJ)(Number(setting), shape.unit);
    if (bytes !== undefined && bytes > 0)
        return (0,units/* formatBytes */.z3)(bytes);
    return `${setting}${shape.unit}`;
}
/** The value as it goes into `SET name = '<value>'` (booleans as on/off). */
function settingLiteral(value) {
    return typeof value === 'boolean' ? (value ? 'on' : 'off') : String(value);
}

;// CONCATENATED MODULE: ./src/postgres/sql-plan.ts
/**
 * The SQL-level plan: pgci.yml's databases, roles, memberships, grants, default privileges,
 * extensions, parameters and migrations against what a live server holds (live-state.ts).
 * Every change carries the statements that make it true; apply runs them in `order`.
 */





const id = esm/* default.escapeIdentifier */.Ay.escapeIdentifier;
const lit = esm/* default.escapeLiteral */.Ay.escapeLiteral;
/** Apply order (lower first): objects must exist before what refers to them. */
const ORDER = {
    roles: 10,
    databases: 20,
    roleAttributes: 30,
    databaseParameters: 40,
    serverParameters: 50,
    extensions: 60,
    defaultPrivileges: 70,
    migrations: 80,
    grants: 90,
    prune: 100,
};
/** Databases pgci never touches. */
const SYSTEM_DATABASES = new Set(['postgres', 'template0', 'template1', 'cloudsqladmin']);
function isSystemRole(name, live) {
    const role = live.roles.get(name);
    return (name.startsWith('pg_') ||
        name.startsWith('cloudsql') ||
        name === 'postgres' ||
        name === live.currentUser ||
        Boolean(role?.superuser));
}
const PRIVILEGES_BY_TARGET = {
    database: ['CREATE', 'CONNECT', 'TEMPORARY'],
    schema: ['USAGE', 'CREATE'],
    tables: ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'],
    sequences: ['USAGE', 'SELECT', 'UPDATE'],
    functions: ['EXECUTE'],
};
/** The password a role's `${ENV}` reference resolves to, or why it does not. */
function resolvePassword(role, env) {
    if (!role.password)
        return {};
    const m = env_reference/* ENV_REFERENCE */.m.exec(role.password);
    if (!m)
        return {}; // a plain-text password is refused by validate-config before we get here
    const value = env[m[1]];
    return value ? { value, variable: m[1] } : { variable: m[1], missing: true };
}
function desiredLogin(role) {
    return role.login ?? Boolean(role.password || role.iam);
}
function planSql(input) {
    const { config, live, safety } = input;
    const scope = { databases: true, serverParameters: true, ...input.scope };
    const apiRoles = scope.apiRoles ?? new Set();
    const changes = [];
    const roles = config.roles ?? [];
    const databases = config.databases ?? [];
    // Roles: create missing ones, align login, connection limit, password and memberships.
    for (const role of roles) {
        const current = live.roles.get(role.name);
        const login = desiredLogin(role);
        const limit = role.connectionLimit ?? -1;
        const password = resolvePassword(role, input.env);
        const fields = [];
        const steps = [];
        const notes = [];
        const resource = `role/${role.name}`;
        if (!current && apiRoles.has(role.name)) {
            // Created by the Cloud SQL API in an earlier phase of the same apply.
            changes.push({
                resource,
                action: 'skip',
                fields: [],
                flags: {},
                note: 'created through the Cloud SQL API',
                steps: [],
            });
            continue;
        }
        if (!current) {
            if (password.missing) {
                changes.push(refusedChange(resource, `set the environment variable ${password.variable} (its password) before creating ${role.name}`));
                continue;
            }
            fields.push({ field: 'login', old: null, new: String(login) });
            if (limit !== -1)
                fields.push({ field: 'connectionLimit', old: null, new: String(limit) });
            if (password.value)
                fields.push({ field: 'password', old: null, new: `(from $${password.variable})` });
            let sql = `CREATE ROLE ${id(role.name)} ${login ? 'LOGIN' : 'NOLOGIN'} CONNECTION LIMIT ${limit}`;
            if (password.value)
                sql += ` PASSWORD ${lit((0,scram/* scramVerifier */.v0)(password.value))}`;
            steps.push({ order: ORDER.roles, database: null, sql, sensitive: Boolean(password.value) });
            if (role.iam && !scope.iamMembers)
                notes.push('IAM login works on Cloud SQL only; here the role is created without a password');
        }
        else {
            if (current.superuser) {
                changes.push({
                    resource,
                    action: 'skip',
                    fields: [],
                    flags: {},
                    note: 'a superuser role: pgci leaves it alone',
                    steps: [],
                });
                continue;
            }
            const alter = [];
            if (current.login !== login) {
                fields.push({ field: 'login', old: String(current.login), new: String(login) });
                alter.push(login ? 'LOGIN' : 'NOLOGIN');
            }
            if (current.connectionLimit !== limit) {
                fields.push({
                    field: 'connectionLimit',
                    old: String(current.connectionLimit),
                    new: String(limit),
                });
                alter.push(`CONNECTION LIMIT ${limit}`);
            }
            if (password.missing) {
                notes.push(`password not checked: $${password.variable} is not set`);
            }
            else if (password.value) {
                if (current.verifier === undefined) {
                    notes.push('password not compared (reading pg_authid needs a superuser); it is set when the role is created');
                }
                else if (!(input.passwordChecks?.get(role.name) ?? (0,scram/* verifierMatches */.OK)(current.verifier, password.value))) {
                    fields.push({
                        field: 'password',
                        old: current.verifier ? '(set)' : null,
                        new: `(from $${password.variable})`,
                    });
                    alter.push(`PASSWORD ${lit((0,scram/* scramVerifier */.v0)(password.value))}`);
                }
            }
            if (alter.length) {
                steps.push({
                    order: ORDER.roleAttributes,
                    database: null,
                    sql: `ALTER ROLE ${id(role.name)} ${alter.join(' ')}`,
                    sensitive: alter.some((a) => a.startsWith('PASSWORD')),
                });
            }
        }
        const iamUser = scope.iamMembers?.get(role.name);
        if (iamUser && live.roles.has(iamUser) && !live.memberships.get(iamUser)?.has(role.name)) {
            // The IAM user logs in; the config role carries the grants it inherits.
            fields.push({ field: 'iam member', old: null, new: iamUser });
            steps.push({
                order: ORDER.roleAttributes,
                database: null,
                sql: `GRANT ${id(role.name)} TO ${id(iamUser)}`,
            });
        }
        const have = live.memberships.get(role.name) ?? new Set();
        const missing = (role.memberOf ?? []).filter((p) => !have.has(p));
        if (missing.length) {
            fields.push({
                field: 'memberOf',
                old: (0,plan/* display */.Vy)([...have].filter((p) => (role.memberOf ?? []).includes(p)).sort()) || null,
                new: (0,plan/* display */.Vy)(role.memberOf),
            });
            for (const parent of missing) {
                steps.push({
                    order: ORDER.roleAttributes,
                    database: null,
                    sql: `GRANT ${id(parent)} TO ${id(role.name)}`,
                });
            }
        }
        changes.push({
            resource,
            action: !current ? 'create' : steps.length ? 'update' : 'no-op',
            fields,
            flags: {},
            ...(notes.length ? { note: notes.join('; ') } : {}),
            steps,
        });
    }
    // Databases: create, change owner, per-database parameters, extensions.
    for (const db of databases) {
        const current = live.databases.get(db.name);
        const steps = [];
        const fields = [];
        if (!current && scope.databases) {
            fields.push({ field: 'owner', old: null, new: db.owner ?? live.currentUser });
            steps.push({
                order: ORDER.databases,
                database: null,
                sql: `CREATE DATABASE ${id(db.name)}${db.owner ? ` OWNER ${id(db.owner)}` : ''}`,
            });
        }
        else if (current && db.owner && current.owner !== db.owner) {
            fields.push({ field: 'owner', old: current.owner, new: db.owner });
            steps.push({
                order: ORDER.databases,
                database: null,
                sql: `ALTER DATABASE ${id(db.name)} OWNER TO ${id(db.owner)}`,
            });
        }
        const currentSettings = live.databaseSettings.get(db.name) ?? new Map();
        for (const [name, value] of Object.entries(db.parameters ?? {})) {
            const shape = live.settings.get(name) ?? { vartype: 'string', unit: null };
            const have = currentSettings.get(name);
            if (have !== undefined && canonical(have, shape) === canonical(value, shape))
                continue;
            fields.push({ field: `parameters.${name}`, old: have ?? null, new: settingLiteral(value) });
            steps.push({
                order: ORDER.databaseParameters,
                database: null,
                sql: `ALTER DATABASE ${id(db.name)} SET ${id(name)} = ${lit(settingLiteral(value))}`,
            });
        }
        const objects = input.objects.get(db.name);
        const missingExt = (db.extensions ?? []).filter((e) => !objects?.extensions.has(e));
        const unavailable = missingExt.filter((e) => !live.availableExtensions.has(e));
        if (unavailable.length) {
            changes.push(refusedChange(`database/${db.name}`, `extension ${unavailable.join(', ')} is not available on this server (pg_available_extensions)`));
            continue;
        }
        if (missingExt.length) {
            fields.push({
                field: 'extensions',
                old: (0,plan/* display */.Vy)((db.extensions ?? []).filter((e) => objects?.extensions.has(e))) || null,
                new: (0,plan/* display */.Vy)(db.extensions),
            });
            for (const e of missingExt) {
                steps.push({
                    order: ORDER.extensions,
                    database: db.name,
                    sql: `CREATE EXTENSION IF NOT EXISTS ${id(e)}`,
                });
            }
        }
        if (!scope.databases && !current) {
            changes.push({
                resource: `database/${db.name}`,
                action: 'skip',
                fields,
                flags: {},
                note: 'created through the Cloud SQL API',
                steps,
            });
            continue;
        }
        changes.push({
            resource: `database/${db.name}`,
            action: !current ? 'create' : steps.length ? 'update' : 'no-op',
            fields,
            flags: {},
            steps,
        });
    }
    changes.push(...planGrants(input));
    changes.push(...planGrantPrune(input));
    if (scope.serverParameters)
        changes.push(...planServerParameters(input));
    changes.push(...planMigrations(input));
    changes.push(...planPrune(input, safety, scope.databases));
    return changes;
}
function refusedChange(resource, note, flags = {}) {
    return { resource, action: 'refused', fields: [], flags, note, steps: [] };
}
/** A database or role the config no longer lists, left in place because prune is off. */
function keptChange(resource) {
    return {
        resource,
        action: 'skip',
        fields: [],
        flags: {},
        note: 'not in the config; kept (prune drops it)',
        steps: [],
    };
}
/** Whose newly created objects the default privileges cover: the database owner (migrations run as it). */
function objectOwner(config, database, live) {
    return config.databases?.find((d) => d.name === database)?.owner ?? live.currentUser;
}
function held(entries, grantee, object) {
    return new Set(entries
        .filter((e) => e.grantee === grantee && (object === undefined || e.object === object))
        .map((e) => e.privilege));
}
function planGrants(input) {
    const { config, live } = input;
    const out = [];
    for (const role of config.roles ?? []) {
        for (const grant of role.grants ?? []) {
            const allowed = PRIVILEGES_BY_TARGET[grant.on];
            const privileges = grant.privileges.includes('ALL')
                ? [...allowed]
                : [...new Set(grant.privileges)];
            const schema = grant.schema ?? 'public';
            const resource = grant.on === 'database'
                ? `grant/${role.name}/${grant.database}`
                : `grant/${role.name}/${grant.database}/${schema}/${grant.on}`;
            const wrong = privileges.filter((p) => !allowed.includes(p));
            if (wrong.length) {
                out.push(refusedChange(resource, `${wrong.join(', ')} cannot be granted on ${grant.on} (allowed: ${allowed.join(', ')})`));
                continue;
            }
            const objects = input.objects.get(grant.database);
            const fields = [];
            const steps = [];
            // Database and schema grants: one object each, the missing privileges granted on it.
            const grantMissing = (have, database, on) => {
                const missing = privileges.filter((p) => !have.has(p));
                if (!missing.length)
                    return;
                fields.push({
                    field: 'privileges',
                    old: (0,plan/* display */.Vy)([...have].sort()) || null,
                    new: (0,plan/* display */.Vy)(privileges),
                });
                steps.push({
                    order: ORDER.grants,
                    database,
                    sql: `GRANT ${missing.join(', ')} ON ${on} TO ${id(role.name)}`,
                });
            };
            if (grant.on === 'database') {
                grantMissing(held(live.databaseAcl, role.name, grant.database), null, `DATABASE ${id(grant.database)}`);
            }
            else if (grant.on === 'schema') {
                grantMissing(objects ? held(objects.schemaAcl, role.name, schema) : new Set(), grant.database, `SCHEMA ${id(schema)}`);
            }
            else {
                const key = `${grant.on}:${schema}`;
                const names = objects?.objects.get(key) ?? [];
                const acl = objects?.objectAcl.get(key) ?? [];
                const lacking = names.filter((n) => privileges.some((p) => !held(acl, role.name, n).has(p)));
                const kind = grant.on.toUpperCase();
                if (lacking.length) {
                    fields.push({
                        field: `existing ${grant.on} lacking a privilege`,
                        old: String(lacking.length),
                        new: '0',
                    });
                    steps.push({
                        order: ORDER.grants,
                        database: grant.database,
                        sql: `GRANT ${privileges.join(', ')} ON ALL ${kind} IN SCHEMA ${id(schema)} TO ${id(role.name)}`,
                    });
                }
                const owner = objectOwner(config, grant.database, live);
                const defaults = held(objects?.defaultAcl.get(`${owner}:${schema}:${grant.on}`) ?? [], role.name);
                const missingDefaults = privileges.filter((p) => !defaults.has(p));
                if (missingDefaults.length) {
                    fields.push({
                        field: `default privileges on new ${grant.on} of ${owner}`,
                        old: (0,plan/* display */.Vy)([...defaults].sort()) || null,
                        new: (0,plan/* display */.Vy)(privileges),
                    });
                    steps.push({
                        // Before migrations when the schema exists, so the objects they create are covered.
                        // (every new database has public).
                        order: (objects ? objects.schemas.has(schema) : schema === 'public')
                            ? ORDER.defaultPrivileges
                            : ORDER.grants,
                        database: grant.database,
                        sql: `ALTER DEFAULT PRIVILEGES FOR ROLE ${id(owner)} IN SCHEMA ${id(schema)} GRANT ${privileges.join(', ')} ON ${kind} TO ${id(role.name)}`,
                    });
                }
            }
            out.push({
                resource,
                action: steps.length ? (fields.some((f) => f.old) ? 'update' : 'create') : 'no-op',
                fields,
                flags: {},
                steps,
            });
        }
    }
    return out;
}
const SYSTEM_SCHEMA = /^(pg_catalog|information_schema|pg_toast.*|pg_temp.*)$/;
const KIND_KEYWORD = {
    tables: { grant: 'TABLES', revokeAll: 'TABLES' },
    sequences: { grant: 'SEQUENCES', revokeAll: 'SEQUENCES' },
    // ALL ROUTINES: procedures too, which ALL FUNCTIONS would leave behind.
    functions: { grant: 'FUNCTIONS', revokeAll: 'ROUTINES' },
};
/**
 * Privileges the config's roles hold directly in the config's databases that no grant of the
 * config gives: reported, revoked only under prune (as databases and roles are dropped). The
 * owner's own privileges (grantor = grantee) and other roles' grants are left alone.
 */
function planGrantPrune(input) {
    const { config, live, safety } = input;
    const managed = new Map((config.roles ?? [])
        .filter((r) => live.roles.has(r.name) && !isSystemRole(r.name, live))
        .map((r) => [r.name, r]));
    // What the config grants: `${role}|${database}|${target}` → privileges.
    const granted = new Map();
    for (const role of managed.values()) {
        for (const g of role.grants ?? []) {
            const target = g.on === 'database' ? 'database' : `${g.schema ?? 'public'}|${g.on}`;
            const key = `${role.name}|${g.database}|${target}`;
            const privileges = g.privileges.includes('ALL') ? PRIVILEGES_BY_TARGET[g.on] : g.privileges;
            if (!granted.has(key))
                granted.set(key, new Set());
            for (const priv of privileges)
                granted.get(key).add(priv);
        }
    }
    const extras = new Map();
    const add = (role, database, target, privilege, owner) => {
        const key = `${role}|${database}|${target}|${owner ?? ''}`;
        if (!extras.has(key))
            extras.set(key, {
                role,
                database,
                target,
                privileges: new Set(),
                ...(owner ? { owner } : {}),
            });
        extras.get(key).privileges.add(privilege);
    };
    // A grant on an object: the owner's own privileges, and what the config grants, stay.
    const note = (role, database, target, e) => {
        if (!managed.has(role) || e.grantor === e.grantee)
            return;
        if (granted.get(`${role}|${database}|${target}`)?.has(e.privilege))
            return;
        add(role, database, target, e.privilege);
    };
    for (const db of config.databases ?? []) {
        for (const e of live.databaseAcl)
            if (e.object === db.name)
                note(e.grantee, db.name, 'database', e);
        const objects = input.objects.get(db.name);
        if (!objects)
            continue;
        for (const e of objects.schemaAcl)
            if (!SYSTEM_SCHEMA.test(e.object))
                note(e.grantee, db.name, `${e.object}|schema`, e);
        for (const [key, entries] of objects.objectAcl) {
            const [kind, schema] = key.split(/:(.*)/s);
            for (const e of entries)
                note(e.grantee, db.name, `${schema}|${kind}`, e);
        }
        const owner = objectOwner(config, db.name, live);
        for (const [key, entries] of objects.defaultAcl) {
            const [defOwner, schema, kind] = key.split(':');
            if (!KIND_KEYWORD[kind])
                continue;
            for (const e of entries) {
                // Default privileges the config asks for are those of the database's object owner.
                if (defOwner === owner &&
                    granted.get(`${e.grantee}|${db.name}|${schema}|${kind}`)?.has(e.privilege))
                    continue;
                if (!managed.has(e.grantee) || e.grantee === defOwner)
                    continue;
                add(e.grantee, db.name, `default:${schema}|${kind}`, e.privilege, defOwner);
            }
        }
    }
    const out = [];
    for (const x of [...extras.values()].sort((a, b) => `${a.role}|${a.database}|${a.target}`.localeCompare(`${b.role}|${b.database}|${b.target}`))) {
        const privileges = [...x.privileges].sort();
        const list = privileges.join(', ');
        let resource;
        let sql;
        let database = x.database;
        if (x.target === 'database') {
            resource = `grant/${x.role}/${x.database}`;
            sql = `REVOKE ${list} ON DATABASE ${id(x.database)} FROM ${id(x.role)}`;
            database = null;
        }
        else if (x.target.startsWith('default:')) {
            const [schema, kind] = x.target.slice('default:'.length).split('|');
            resource = `grant/${x.role}/${x.database}/${schema || '*'}/default ${kind} of ${x.owner}`;
            sql = `ALTER DEFAULT PRIVILEGES FOR ROLE ${id(x.owner)}${schema ? ` IN SCHEMA ${id(schema)}` : ''} REVOKE ${list} ON ${KIND_KEYWORD[kind].grant} FROM ${id(x.role)}`;
        }
        else {
            const [schema, on] = x.target.split('|');
            resource = `grant/${x.role}/${x.database}/${schema}/${on}`;
            sql =
                on === 'schema'
                    ? `REVOKE ${list} ON SCHEMA ${id(schema)} FROM ${id(x.role)}`
                    : `REVOKE ${list} ON ALL ${KIND_KEYWORD[on].revokeAll} IN SCHEMA ${id(schema)} FROM ${id(x.role)}`;
        }
        const field = { field: 'privileges not in the config', old: list, new: null };
        out.push(safety.prune
            ? {
                resource,
                action: 'delete',
                fields: [field],
                flags: {},
                steps: [{ order: ORDER.prune, database, sql }],
            }
            : {
                resource,
                action: 'skip',
                fields: [field],
                flags: {},
                note: 'held but not in the config; kept (prune revokes it)',
                steps: [],
            });
    }
    return out;
}
function planServerParameters(input) {
    const { config, live, safety } = input;
    const out = [];
    let reload = false;
    for (const [name, value] of Object.entries(config.parameters ?? {})) {
        const resource = `parameter/${name}`;
        const s = live.settings.get(name);
        if (!s) {
            out.push({
                resource,
                action: 'skip',
                fields: [],
                flags: {},
                note: 'not a parameter of this server (a Cloud SQL flag, or the setting of an extension that is not loaded)',
                steps: [],
            });
            continue;
        }
        const want = canonical(value, s);
        const effective = s.pending ?? s.setting;
        const restart = s.context === 'postmaster';
        const pendingRestart = restart && s.pending !== undefined && canonical(s.pending, s) !== canonical(s.setting, s);
        if (canonical(effective, s) === want) {
            out.push({
                resource,
                action: 'no-op',
                fields: [],
                flags: pendingRestart ? { requiresRestart: true } : {},
                ...(pendingRestart ? { note: 'written; takes effect at the next server restart' } : {}),
                steps: [],
            });
            continue;
        }
        const field = {
            field: 'value',
            old: s.pending ?? humanSetting(s.setting, s),
            new: settingLiteral(value),
        };
        if (s.context === 'internal') {
            out.push({
                resource,
                action: 'skip',
                fields: [field],
                flags: {},
                note: 'fixed when the server was built or initialised',
                steps: [],
            });
        }
        else if (!s.alterable) {
            out.push({
                resource,
                action: 'skip',
                fields: [field],
                flags: { requiresRestart: restart },
                note: `${live.currentUser} may not ALTER SYSTEM this parameter; set it in the server's configuration`,
                steps: [],
            });
        }
        else if (restart && !safety.allowRestart) {
            out.push({
                resource,
                action: 'refused',
                fields: [field],
                flags: { requiresRestart: true },
                note: 'takes effect only after a server restart; pass allow-restart to write it (pgci never restarts a server itself)',
                steps: [],
            });
        }
        else {
            if (!restart)
                reload = true;
            out.push({
                resource,
                action: 'update',
                fields: [field],
                flags: restart ? { requiresRestart: true } : {},
                ...(restart
                    ? { note: 'written with ALTER SYSTEM; takes effect at the next server restart' }
                    : {}),
                steps: [
                    {
                        order: ORDER.serverParameters,
                        database: null,
                        sql: `ALTER SYSTEM SET ${id(name)} = ${lit(settingLiteral(value))}`,
                    },
                ],
            });
        }
    }
    const last = [...out].reverse().find((c) => c.steps.length && !c.flags.requiresRestart);
    if (reload && last)
        last.steps.push({
            order: ORDER.serverParameters,
            database: null,
            sql: 'SELECT pg_reload_conf()',
        });
    return out;
}
function planMigrations(input) {
    const m = input.migrations;
    if (!m)
        return [];
    const resource = `migrations/${m.database}`;
    if (m.error)
        return [refusedChange(resource, m.error)];
    if (!m.status)
        return [];
    if (m.status.checksumError)
        return [refusedChange(resource, m.status.checksumError)];
    const owner = input.config.databases?.find((d) => d.name === m.database)?.owner;
    return m.status.pending.map((f, i) => ({
        resource: `migration/${m.database}/${String(f.version).padStart(3, '0')}.${f.name}`,
        action: 'create',
        fields: [{ field: 'version', old: String(m.status.databaseVersion), new: String(f.version) }],
        flags: {},
        steps: [],
        // One step runs them all, in order, each in its own transaction.
        ...(i === 0
            ? {
                migration: {
                    order: ORDER.migrations,
                    database: m.database,
                    directory: m.directory,
                    table: m.table,
                    versions: m.status.pending.map((p) => p.version),
                    ...(owner ? { asRole: owner } : {}),
                },
            }
            : {}),
    }));
}
function planPrune(input, safety, manageDatabases) {
    const { config, live } = input;
    const out = [];
    const wantedDbs = new Set((config.databases ?? []).map((d) => d.name));
    if (manageDatabases) {
        for (const name of [...live.databases.keys()].sort()) {
            if (wantedDbs.has(name) || SYSTEM_DATABASES.has(name) || name === input.adminDatabase)
                continue;
            const resource = `database/${name}`;
            if (!safety.prune) {
                out.push(keptChange(resource));
                continue;
            }
            const tables = input.objects.get(name)?.tableCount ?? 0;
            if (tables > 0 && !safety.allowDestroy) {
                out.push(refusedChange(resource, `not in the config and holds ${tables} table(s); pass allow-destroy to drop it`, { destructive: true }));
                continue;
            }
            out.push({
                resource,
                action: 'delete',
                fields: [{ field: 'tables', old: String(tables), new: null }],
                flags: { destructive: true },
                steps: [
                    {
                        order: ORDER.prune,
                        database: null,
                        sql: `DROP DATABASE ${id(name)}`,
                        dropsDatabase: name,
                    },
                ],
            });
        }
    }
    const wantedRoles = new Set([
        ...(config.roles ?? []).map((r) => r.name),
        ...(input.scope?.iamMembers?.values() ?? []),
    ]);
    for (const name of [...live.roles.keys()].sort()) {
        if (wantedRoles.has(name) || isSystemRole(name, live))
            continue;
        const resource = `role/${name}`;
        if (!safety.prune) {
            out.push(keptChange(resource));
            continue;
        }
        out.push({
            resource,
            action: 'delete',
            fields: [],
            flags: { destructive: true },
            steps: [{ order: ORDER.prune, database: null, sql: `DROP ROLE ${id(name)}` }],
        });
    }
    return out;
}


/***/ }),

/***/ 85962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ik: () => (/* binding */ adminDatabaseOf),
  Mp: () => (/* binding */ applyPostgres),
  FC: () => (/* binding */ planPostgres)
});

// UNUSED EXPORTS: LockTimeoutError, registerSecrets, withDatabase

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/provision/plan.ts
var plan = __webpack_require__(24444);
// EXTERNAL MODULE: ./src/postgres/connect.ts
var connect = __webpack_require__(36741);
;// CONCATENATED MODULE: ./src/postgres/live-state.ts
/** `(subquery)` as one JSON array column, so many catalogue reads share one round trip. */
const agg = (sql) => `(SELECT coalesce(json_agg(t), '[]'::json) FROM (${sql}) t)`;
async function readServer(client, roleNames, settingNames) {
    // Two round trips: what this connection may read decides the shape of the second query.
    const head = await client.query(`SELECT current_setting('server_version_num') AS v, current_user AS u,
            (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS s,
            has_function_privilege('pg_show_all_file_settings()', 'EXECUTE') AS f`);
    const major = Math.floor(Number(head.rows[0].v) / 10000);
    const currentUser = head.rows[0].u;
    const superuser = head.rows[0].s;
    const alterable = major >= 15
        ? `has_parameter_privilege(name, 'ALTER SYSTEM')`
        : `${superuser ? 'true' : 'false'}`;
    const none = `SELECT 1 WHERE false`;
    const r = await client.query(`SELECT
      ${agg(`SELECT datname, pg_get_userbyid(datdba) AS owner FROM pg_database WHERE NOT datistemplate`)} AS dbs,
      ${agg(`SELECT rolname, rolcanlogin, rolconnlimit, rolsuper FROM pg_roles`)} AS roles,
      ${agg(
    // pg_authid needs a superuser; then plan can compare passwords without sending them.
    superuser && roleNames.length
        ? `SELECT rolname, rolpassword FROM pg_authid WHERE rolname = ANY($1)`
        : `${none} AND $1::text[] IS NULL`)} AS verifiers,
      ${agg(`SELECT r.rolname AS role, m.rolname AS member FROM pg_auth_members am
               JOIN pg_roles r ON r.oid = am.roleid JOIN pg_roles m ON m.oid = am.member`)} AS members,
      ${agg(`SELECT d.datname, unnest(s.setconfig) AS conf FROM pg_db_role_setting s
               JOIN pg_database d ON d.oid = s.setdatabase WHERE s.setrole = 0`)} AS db_settings,
      ${agg(`SELECT name, setting, unit, vartype, context, ${alterable} AS alterable
               FROM pg_settings WHERE name = ANY($2)`)} AS settings,
      ${agg(
    // pg_file_settings needs superuser or pg_read_all_settings; without it, pending stays unknown.
    head.rows[0].f
        ? `SELECT name, setting FROM pg_file_settings
              WHERE sourcefile LIKE '%postgresql.auto.conf' AND name = ANY($2) ORDER BY seqno`
        : none)} AS pending,
      ${agg(`SELECT d.datname AS object, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END AS grantee,
                    a.privilege_type AS privilege, pg_get_userbyid(a.grantor) AS grantor
               FROM pg_database d, aclexplode(d.datacl) a WHERE NOT d.datistemplate`)} AS db_acl`, [roleNames, settingNames]);
    const row = r.rows[0];
    const verifiers = new Map(row.verifiers.map((v) => [v.rolname, v.rolpassword]));
    const memberships = new Map();
    for (const m of row.members) {
        if (!memberships.has(m.member))
            memberships.set(m.member, new Set());
        memberships.get(m.member).add(m.role);
    }
    const databaseSettings = new Map();
    for (const { datname, conf } of row.db_settings) {
        const eq = conf.indexOf('=');
        if (!databaseSettings.has(datname))
            databaseSettings.set(datname, new Map());
        databaseSettings.get(datname).set(conf.slice(0, eq), conf.slice(eq + 1));
    }
    const pendingByName = new Map(row.pending.map((p) => [p.name, p.setting]));
    return {
        major,
        currentUser,
        superuser,
        databases: new Map(row.dbs.map((d) => [d.datname, { owner: d.owner }])),
        roles: new Map(row.roles.map((r) => [
            r.rolname,
            {
                name: r.rolname,
                login: r.rolcanlogin,
                connectionLimit: r.rolconnlimit,
                superuser: r.rolsuper,
                ...(verifiers.has(r.rolname) ? { verifier: verifiers.get(r.rolname) ?? null } : {}),
            },
        ])),
        memberships,
        databaseSettings,
        settings: new Map(row.settings.map((s) => {
            const p = pendingByName.get(s.name);
            return [s.name, { ...s, ...(p !== undefined ? { pending: p } : {}) }];
        })),
        databaseAcl: row.db_acl,
        // Filled in by readAvailableExtensions when a configured extension is missing somewhere.
        availableExtensions: new Set(),
    };
}
/** Which of `names` the server can install (pg_available_extensions), into live. */
async function readAvailableExtensions(client, live, names) {
    if (!names.length)
        return;
    const r = await client.query(`SELECT name FROM pg_available_extensions WHERE name = ANY($1)`, [names]);
    for (const { name } of r.rows)
        live.availableExtensions.add(name);
}
const KIND_SQL = {
    tables: { relkinds: `('r','p','v','m','f')`, acldefault: 'r' },
    sequences: { relkinds: `('S')`, acldefault: 's' },
};
/** Everything pgci diffs in one database, in one round trip. */
async function readDatabase(client) {
    const grantee = (col) => `CASE WHEN ${col} = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(${col}) END`;
    const userSchemas = `n.nspname NOT IN ('pg_catalog','information_schema') AND n.nspname NOT LIKE 'pg_toast%'`;
    const relations = (k) => agg(`SELECT n.nspname AS schema, c.relname AS object, ${grantee('a.grantee')} AS grantee, a.privilege_type AS privilege, pg_get_userbyid(a.grantor) AS grantor
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           LEFT JOIN LATERAL aclexplode(coalesce(c.relacl, acldefault('${k.acldefault}', c.relowner))) a ON true
          WHERE c.relkind IN ${k.relkinds} AND ${userSchemas}
            AND NOT EXISTS (SELECT 1 FROM pg_depend d
                             WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`);
    const r = await client.query(`SELECT
      ${agg(`SELECT extname FROM pg_extension`)} AS ext,
      ${agg(`SELECT nspname FROM pg_namespace`)} AS schemas,
      ${agg(`SELECT n.nspname AS object, ${grantee('a.grantee')} AS grantee, a.privilege_type AS privilege, pg_get_userbyid(a.grantor) AS grantor
               FROM pg_namespace n, aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a`)} AS schema_acl,
      ${relations(KIND_SQL.tables)} AS tables,
      ${relations(KIND_SQL.sequences)} AS sequences,
      ${agg(`SELECT n.nspname AS schema, p.oid::regprocedure::text AS object, ${grantee('a.grantee')} AS grantee, a.privilege_type AS privilege, pg_get_userbyid(a.grantor) AS grantor
               FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               LEFT JOIN LATERAL aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a ON true
              WHERE p.prokind IN ('f','p') AND ${userSchemas}
                AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                 WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`)} AS functions,
      ${agg(`SELECT pg_get_userbyid(d.defaclrole) AS owner, n.nspname AS schema, d.defaclobjtype AS objtype,
                    ${grantee('a.grantee')} AS grantee, a.privilege_type AS privilege, pg_get_userbyid(a.grantor) AS grantor
               FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace,
                    aclexplode(d.defaclacl) a`)} AS defaults,
      (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r','p') AND ${userSchemas}) AS table_count`);
    const row = r.rows[0];
    const objects = new Map();
    const objectAcl = new Map();
    collect('tables', row.tables, objects, objectAcl);
    collect('sequences', row.sequences, objects, objectAcl);
    collect('functions', row.functions, objects, objectAcl);
    const kindOf = { r: 'tables', S: 'sequences', f: 'functions' };
    const defaultAcl = new Map();
    for (const d of row.defaults) {
        const key = `${d.owner}:${d.schema ?? ''}:${kindOf[d.objtype] ?? d.objtype}`;
        if (!defaultAcl.has(key))
            defaultAcl.set(key, []);
        defaultAcl
            .get(key)
            .push({ object: key, grantee: d.grantee, privilege: d.privilege, grantor: d.grantor });
    }
    return {
        extensions: new Set(row.ext.map((e) => e.extname)),
        schemas: new Set(row.schemas.map((x) => x.nspname)),
        schemaAcl: row.schema_acl,
        objects,
        objectAcl,
        defaultAcl,
        tableCount: Number(row.table_count),
    };
}
function collect(kind, rows, objects, acl) {
    for (const r of rows) {
        const key = `${kind}:${r.schema}`;
        if (!objects.has(key))
            objects.set(key, []);
        const list = objects.get(key);
        if (list[list.length - 1] !== r.object && !list.includes(r.object))
            list.push(r.object);
        if (r.grantee && r.privilege) {
            if (!acl.has(key))
                acl.set(key, []);
            acl.get(key).push({
                object: r.object,
                grantee: r.grantee,
                privilege: r.privilege,
                ...(r.grantor ? { grantor: r.grantor } : {}),
            });
        }
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/postgres/migrations.ts
/**
 * Migrations: plain SQL files (`001.do.catalog.sql`, postgrator's naming) run once each through
 * postgrator, which records them with a checksum in a table (default `schemaversion`). Plan
 * reads only (version and checksums); apply runs each pending migration in its own
 * transaction, so a run killed mid-way leaves whole migrations and the next run resumes.
 */


// Its own schema, so grants on the application's schemas never reach the migration record.
const DEFAULT_MIGRATIONS_TABLE = 'pgci.schemaversion';
// postgrator takes a glob; escape glob characters a directory name may hold.
const globOf = (directory) => (0,external_node_path_.join)(directory, '*')
    .replace(/\\/g, '/')
    .replace(/([[\]{}()!?])/g, '\\$1');
// postgrator (and the glob library under it) loads only for a config with migrations.
async function newPostgrator(options) {
    const { default: PostgratorClass } = await Promise.all(/* import() */[__webpack_require__.e(46), __webpack_require__.e(800)]).then(__webpack_require__.bind(__webpack_require__, 96046));
    return new PostgratorClass(options);
}
function postgrator(client, directory, table, database) {
    return newPostgrator({
        migrationPattern: globOf(directory),
        driver: 'pg',
        database,
        schemaTable: table,
        execQuery: (query) => client.query(query),
    });
}
function migrationsDirectoryError(directory) {
    return (0,external_node_fs_.existsSync)(directory)
        ? undefined
        : `the migrations directory ${directory} does not exist; create it or fix migrations.directory`;
}
/** Read-only: which migrations have not run yet on this database. */
async function migrationStatus(client, directory, table, database) {
    const p = await postgrator(client, directory, table, database);
    const all = (await p.getMigrations()).filter((m) => m.action === 'do');
    const databaseVersion = await p.getDatabaseVersion();
    let checksumError;
    if (databaseVersion > 0) {
        try {
            await p.validateMigrations(databaseVersion);
        }
        catch (err) {
            checksumError = `${err.message}: a migration that already ran was edited; add a new migration instead`;
        }
    }
    return {
        databaseVersion,
        pending: all
            .filter((m) => m.version > databaseVersion)
            .sort((a, b) => a.version - b.version)
            .map((m) => ({ version: m.version, name: m.name, file: m.filename })),
        ...(checksumError ? { checksumError } : {}),
    };
}
/** Runs the pending migrations one transaction each; returns the versions applied. */
async function runMigrations(client, directory, table, database, pendingVersions, onApplied = () => undefined) {
    const p = await postgrator(client, directory, table, database);
    const applied = [];
    for (const version of pendingVersions) {
        await client.query('BEGIN');
        try {
            const done = await p.migrate(String(version));
            await client.query('COMMIT');
            for (const m of done) {
                applied.push(m.version);
                onApplied({ version: m.version, name: m.name, file: m.filename });
            }
        }
        catch (err) {
            await client.query('ROLLBACK').catch(() => undefined);
            const e = err;
            throw new Error(`migration ${version} failed and was rolled back: ${e.message}`);
        }
    }
    return applied;
}
/** The migration files alone, for a database that does not exist yet (all pending). */
async function migrationFiles(directory) {
    const p = await newPostgrator({
        migrationPattern: globOf(directory),
        driver: 'pg',
        database: '',
        execQuery: () => Promise.reject(new Error('no database yet')),
    });
    const all = (await p.getMigrations()).filter((m) => m.action === 'do');
    return {
        databaseVersion: 0,
        pending: all
            .sort((a, b) => a.version - b.version)
            .map((m) => ({ version: m.version, name: m.name, file: m.filename })),
    };
}

// EXTERNAL MODULE: ./src/postgres/scram.ts
var scram = __webpack_require__(73885);
// EXTERNAL MODULE: ./src/postgres/sql-plan.ts + 1 modules
var sql_plan = __webpack_require__(62386);
;// CONCATENATED MODULE: ./src/postgres/sql-provision.ts
/**
 * Plan and apply pgci.yml on a PostgreSQL server reached by URL: read the live state, diff it
 * (sql-plan.ts), and run the statements in order under an advisory lock, so a second apply
 * at the same time waits or stops with a clear message instead of racing.
 */








// 'pgci' as an int4, and 1 for "apply": the advisory lock two applies contend for.
const LOCK_KEYS = [0x70676369, 1];
function withDatabase(url, database) {
    const u = new URL(url);
    u.pathname = `/${encodeURIComponent(database)}`;
    return u.toString();
}
function adminDatabaseOf(url) {
    return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}
/** Connections per database, opened on first use and closed together. */
class Connections {
    url;
    timeoutMs;
    applicationName;
    watchClient;
    open = new Map();
    constructor(url, timeoutMs, applicationName, 
    /** Apply only: have the server notice a vanished client (plan saves the round trip). */
    watchClient = false) {
        this.url = url;
        this.timeoutMs = timeoutMs;
        this.applicationName = applicationName;
        this.watchClient = watchClient;
    }
    get(database) {
        const key = database ?? '';
        let c = this.open.get(key);
        if (!c) {
            c = (0,connect.connect)(database === null ? this.url : withDatabase(this.url, database), {
                timeoutMs: this.timeoutMs,
                applicationName: this.applicationName,
                // Plan holds no lock: once Terminate is sent, close our end rather than wait for each
                // backend to exit (for a plan's 21 connections, ~120 ms on a 2-core VM). Apply waits,
                // so the next apply never finds its lock still held by a backend on its way out.
                ...(this.watchClient ? {} : { stream: closeAfterTerminate }),
            }).then(async (client) => {
                if (!this.watchClient)
                    return client;
                // If this process dies mid-apply, the server notices within a second, rolls back the
                // migration in flight and frees the lock, so the next apply can resume (PostgreSQL 14+).
                await client.query(`SET client_connection_check_interval = '1s'`).catch(() => undefined);
                return client;
            });
            this.open.set(key, c);
            // A failed connection is not kept: the database may be created later in the same apply.
            const failed = c;
            failed.catch(() => {
                if (this.open.get(key) === failed)
                    this.open.delete(key);
            });
        }
        return c;
    }
    async close(database) {
        const c = this.open.get(database);
        this.open.delete(database);
        await c?.then((client) => client.end()).catch(() => undefined);
    }
    async closeAll() {
        const all = [...this.open.values()];
        this.open.clear();
        await Promise.all(all.map((p) => p.then((c) => c.end()).catch(() => undefined)));
    }
}
function closeAfterTerminate() {
    const socket = new external_node_net_.Socket();
    socket.once('finish', () => socket.destroy());
    return socket;
}
function registerSecrets(options) {
    const env = options.env ?? process.env;
    for (const role of options.config.roles ?? []) {
        const { value } = (0,sql_plan/* resolvePassword */.IM)(role, env);
        if (value)
            options.onSecret?.(value);
    }
}
// Databases read at once: enough to overlap connection set-up, few enough for a small server.
const READ_CONCURRENCY = 8;
/** Runs at most `n` of the calls given to it at once. */
function limiter(n) {
    let active = 0;
    const waiting = [];
    return async (fn) => {
        if (active >= n)
            await new Promise((r) => waiting.push(r));
        active += 1;
        try {
            return await fn();
        }
        finally {
            active -= 1;
            waiting.shift()?.();
        }
    };
}
async function checkPasswords(config, live, env) {
    const out = new Map();
    await Promise.all((config.roles ?? []).map(async (role) => {
        const verifier = live.roles.get(role.name)?.verifier;
        const { value } = (0,sql_plan/* resolvePassword */.IM)(role, env);
        if (verifier === undefined || !value)
            return;
        out.set(role.name, await (0,scram/* verifierMatchesAsync */.wb)(verifier, value));
    }));
    return out;
}
async function computePlan(options, conns) {
    const { config } = options;
    const env = options.env ?? process.env;
    const safety = options.safety ?? {};
    const settingNames = [
        ...Object.keys(config.parameters ?? {}),
        ...(config.databases ?? []).flatMap((d) => Object.keys(d.parameters ?? {})),
    ];
    // The configured databases are read while the cluster-wide state is: one that does not
    // exist yet fails to connect, and that failure is dropped once pg_database confirms it.
    const limit = limiter(READ_CONCURRENCY);
    const early = new Map((config.databases ?? []).map((d) => [
        d.name,
        limit(async () => readDatabase(await conns.get(d.name))),
    ]));
    for (const read of early.values())
        read.catch(() => undefined);
    const admin = await conns.get(null);
    const live = await readServer(admin, (config.roles ?? []).map((r) => r.name), settingNames);
    const adminDatabase = adminDatabaseOf(options.url);
    const wanted = (config.databases ?? []).map((d) => d.name).filter((n) => live.databases.has(n));
    const extra = safety.prune
        ? [...live.databases.keys()].filter((n) => !wanted.includes(n) &&
            !sql_plan/* SYSTEM_DATABASES */.Pj.has(n) &&
            n !== adminDatabase &&
            !(config.databases ?? []).some((d) => d.name === n))
        : [];
    // The migration record is read alongside the databases.
    const readMigrations = async () => {
        if (!config.migrations)
            return undefined;
        const base = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(options.configFile));
        const directory = (0,external_node_path_.isAbsolute)(config.migrations.directory)
            ? config.migrations.directory
            : (0,external_node_path_.resolve)(base, config.migrations.directory);
        const database = config.migrations.database ?? config.databases?.[0]?.name ?? adminDatabase;
        const table = config.migrations.table ?? DEFAULT_MIGRATIONS_TABLE;
        const error = migrationsDirectoryError(directory);
        let status;
        if (!error) {
            status = live.databases.has(database)
                ? await migrationStatus(await conns.get(database), directory, table, database)
                : await migrationFiles(directory);
        }
        return { status, database, directory, table, ...(error ? { error } : {}) };
    };
    // Password checks run on libuv's pool while the databases are read, a few at a time.
    const passwordChecks = checkPasswords(config, live, env);
    const migrationsRead = readMigrations();
    migrationsRead.catch(() => undefined); // awaited below; a failed database read comes first
    const objects = new Map();
    await Promise.all([
        ...wanted.map(async (name) => objects.set(name, await early.get(name))),
        ...extra.map((name) => limit(async () => objects.set(name, await readDatabase(await conns.get(name))))),
    ]);
    const migrations = await migrationsRead;
    // Only extensions some database still lacks need pg_available_extensions.
    const missingExtensions = new Set((config.databases ?? []).flatMap((d) => (d.extensions ?? []).filter((e) => !objects.get(d.name)?.extensions.has(e))));
    await readAvailableExtensions(admin, live, [...missingExtensions]);
    const changes = (0,sql_plan/* planSql */.EY)({
        config,
        live,
        objects,
        adminDatabase,
        env,
        safety,
        passwordChecks: await passwordChecks,
        ...(options.scope ? { scope: options.scope } : {}),
        ...(migrations ? { migrations } : {}),
    });
    return {
        plan: { target: 'postgres', where: (0,connect/* redactUrl */.BO)(options.url), changes: changes.map(publicChange) },
        changes,
        tableCounts: new Map([...objects].map(([name, o]) => [name, o.tableCount])),
    };
}
/** The change without its statements (they may hold password verifiers). */
function publicChange(c) {
    const { steps: _steps, migration: _migration, ...rest } = c;
    void _steps;
    void _migration;
    return rest;
}
async function planPostgres(options) {
    registerSecrets(options);
    const conns = new Connections(options.url, options.connectTimeoutMs ?? 10_000, 'pgci plan');
    try {
        return await computePlan(options, conns);
    }
    finally {
        await conns.closeAll();
    }
}
class LockTimeoutError extends Error {
    name = 'LockTimeoutError';
}
async function acquireLock(client, options) {
    const timeout = options.lockTimeoutMs ?? 60_000;
    const started = Date.now();
    let announced = false;
    for (;;) {
        const r = await client.query('SELECT pg_try_advisory_lock($1, $2) AS ok', [
            ...LOCK_KEYS,
        ]);
        if (r.rows[0].ok)
            return;
        const holder = await client
            .query(`SELECT a.pid, a.application_name, a.client_addr::text AS client_addr, a.backend_start
           FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
          WHERE l.locktype = 'advisory' AND l.classid = $1 AND l.objid = $2 AND l.granted`, [...LOCK_KEYS])
            .then((x) => x.rows[0]);
        const who = holder
            ? `${holder.application_name || 'a client'} (pid ${holder.pid}${holder.client_addr ? ` from ${holder.client_addr}` : ''}, connected ${holder.backend_start.toISOString()})`
            : 'another session';
        const waited = Date.now() - started;
        if (waited >= timeout) {
            throw new LockTimeoutError(`Another pgci apply is running on ${(0,connect/* redactUrl */.BO)(options.url)}: ${who} holds the provisioning lock; waited ${Math.round(waited / 1000)} s. Nothing was changed; run apply again when it finishes.`);
        }
        if (!announced) {
            options.onProgress?.(`waiting for another pgci apply: ${who} holds the provisioning lock…`);
            announced = true;
        }
        await new Promise((r) => setTimeout(r, Math.min(500, timeout - waited)));
    }
}
/** Plans under the lock, refuses on refused changes, then runs every step in order. */
async function applyPostgres(options) {
    registerSecrets(options);
    const conns = new Connections(options.url, options.connectTimeoutMs ?? 10_000, 'pgci apply', true);
    try {
        const admin = await conns.get(null);
        await acquireLock(admin, options);
        try {
            const planned = await computePlan(options, conns);
            const refused = planned.changes.filter((c) => c.action === 'refused');
            if (refused.length)
                throw new plan/* PlanRefusedError */.iQ(planned.plan);
            const { statements, migrationsApplied } = await runSteps(planned.changes, conns, options);
            return { ...planned, statements, migrationsApplied };
        }
        finally {
            await admin.query('SELECT pg_advisory_unlock($1, $2)', [...LOCK_KEYS]).catch(() => undefined);
        }
    }
    finally {
        await conns.closeAll();
    }
}
async function runSteps(changes, conns, options) {
    const items = [];
    for (const c of changes) {
        for (const step of c.steps)
            items.push({ order: step.order, step, resource: c.resource });
        if (c.migration)
            items.push({ order: c.migration.order, migration: c.migration, resource: c.resource });
    }
    items.sort((a, b) => a.order - b.order);
    let statements = 0;
    const migrationsApplied = [];
    for (const item of items) {
        if (item.migration) {
            const m = item.migration;
            const client = await conns.get(m.database);
            if (m.asRole)
                await client.query(`SET ROLE ${client.escapeIdentifier(m.asRole)}`);
            try {
                const done = await runMigrations(client, m.directory, m.table, m.database, m.versions, (f) => options.onProgress?.(`migration ${f.version} (${f.name}) applied to ${m.database}`));
                migrationsApplied.push(...done);
                statements += done.length;
                for (const v of done)
                    options.onStatement?.({ database: m.database, sql: `-- migration ${v}` });
            }
            finally {
                if (m.asRole)
                    await client.query('RESET ROLE').catch(() => undefined);
            }
            continue;
        }
        const step = item.step;
        if (step.dropsDatabase)
            await conns.close(step.dropsDatabase); // our own reader would block it
        const client = await conns.get(step.database);
        const shown = step.sensitive
            ? step.sql.replace(/PASSWORD '[^']*'/g, "PASSWORD '[redacted]'")
            : step.sql;
        options.onStatement?.({ database: step.database ?? adminDatabaseOf(options.url), sql: shown });
        try {
            await client.query(step.sql);
        }
        catch (err) {
            const e = err;
            throw new Error(`${item.resource}: \`${shown}\` failed: ${e.message ?? String(err)}${e.code ? ` (SQLSTATE ${e.code})` : ''}`);
        }
        statements += 1;
        if (step.database === null && /^CREATE DATABASE|^DROP DATABASE/.test(step.sql)) {
            options.onProgress?.(shown);
        }
    }
    return { statements, migrationsApplied };
}


/***/ }),

/***/ 24444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ refused),
/* harmony export */   QK: () => (/* binding */ countLine),
/* harmony export */   Ub: () => (/* binding */ pending),
/* harmony export */   Vy: () => (/* binding */ display),
/* harmony export */   iQ: () => (/* binding */ PlanRefusedError),
/* harmony export */   tQ: () => (/* binding */ counts)
/* harmony export */ });
/* unused harmony export MUTATING */
/**
 * A provisioning plan: the changes that would make the live instance and server match
 * pgci.yml. One shape for both targets (cloudsql, postgres); renderers and gates read only this.
 */
/** Actions that change something when applied. */
const MUTATING = new Set(['create', 'update', 'delete']);
function pending(plan) {
    return plan.changes.filter((c) => MUTATING.has(c.action));
}
function refused(plan) {
    return plan.changes.filter((c) => c.action === 'refused');
}
function counts(plan) {
    const out = {
        create: 0,
        update: 0,
        delete: 0,
        'no-op': 0,
        refused: 0,
        skip: 0,
    };
    for (const c of plan.changes)
        out[c.action] += 1;
    return out;
}
/** `2 to create, 1 to update, 0 to delete, 1 refused`: the line a person reads first. */
function countLine(plan) {
    const n = counts(plan);
    const parts = [`${n.create} to create`, `${n.update} to update`, `${n.delete} to delete`];
    if (n.refused)
        parts.push(`${n.refused} refused`);
    return parts.join(', ');
}
/** Thrown for a plan that cannot be applied as asked (refused changes); carries the plan. */
class PlanRefusedError extends Error {
    plan;
    name = 'PlanRefusedError';
    constructor(plan) {
        const list = refused(plan)
            .map((c) => `${c.resource}: ${c.note ?? 'refused'}`)
            .join('; ');
        super(`The plan has refused changes, nothing was applied: ${list}`);
        this.plan = plan;
    }
}
function display(value) {
    if (value === undefined || value === null)
        return null;
    if (Array.isArray(value))
        return value.map(String).join(', ');
    return String(value);
}


/***/ }),

/***/ 94912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ demoPasswords),
/* harmony export */   mg: () => (/* binding */ provision)
/* harmony export */ });
/* unused harmony exports loadProvisionConfig, chooseTarget, refusedResult */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_env_reference_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6525);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46409);
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67169);
/* harmony import */ var _postgres_sql_provision_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85962);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24444);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46781);
/**
 * The provision core shared by `pgci plan|apply`, actions/provision and `pgci demo`: load and
 * validate pgci.yml, plan against the target, apply when asked, and return a Report plus the
 * outputs the action publishes. Never imports @actions/*.
 */







async function loadProvisionConfig(configFile) {
    const result = await (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateConfigFile */ .j_)(configFile);
    if (!result.config || result.errors.length) {
        const first = result.errors[0];
        throw new _config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${configFile}: the config has ${result.errors.length} error(s)${first ? ` (first: line ${first.line}: ${first.message})` : ''}; run \`pgci validate ${configFile}\` and fix them before planning.`);
    }
    return result.config;
}
function chooseTarget(options, config) {
    if (options.target)
        return options.target;
    if (options.apiEndpoint)
        return 'cloudsql';
    if (options.databaseUrl)
        return 'postgres';
    if (config.instance)
        return 'cloudsql';
    throw new _config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('Nothing to provision against: give --database-url (a PostgreSQL server) or configure instance: and use the Cloud SQL target.');
}
/** The URL without its password and with the first configured database, for the output. */
function appDatabaseUrl(url, config) {
    const u = new URL(url);
    u.password = '';
    const db = config.migrations?.database ?? config.databases?.[0]?.name;
    if (db)
        u.pathname = `/${encodeURIComponent(db)}`;
    return u.toString();
}
async function provision(mode, options) {
    const config = await loadProvisionConfig(options.configFile);
    const target = chooseTarget(options, config);
    if (target === 'cloudsql') {
        const { provisionCloudSql } = await __webpack_require__.e(/* import() */ 735).then(__webpack_require__.bind(__webpack_require__, 82735));
        return provisionCloudSql(mode, options, config);
    }
    if (!options.databaseUrl) {
        throw new _config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('The postgres target needs a server URL: give --database-url (or DATABASE_URL).');
    }
    const sqlOptions = {
        url: options.databaseUrl,
        config,
        configFile: options.configFile,
        env: options.env ?? process.env,
        safety: options.safety ?? {},
        ...(options.timeoutMs !== undefined ? { lockTimeoutMs: options.timeoutMs } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.onSecret ? { onSecret: options.onSecret } : {}),
        ...(options.onStatement ? { onStatement: options.onStatement } : {}),
    };
    const started = performance.now();
    if (mode === 'plan') {
        const { plan } = await (0,_postgres_sql_provision_js__WEBPACK_IMPORTED_MODULE_3__/* .planPostgres */ .FC)(sqlOptions);
        return {
            plan,
            report: (0,_report_js__WEBPACK_IMPORTED_MODULE_5__/* .planReport */ .sH)(plan),
            outputs: outputsFor(plan, options.databaseUrl, config, (0,_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .pending */ .Ub)(plan).length > 0),
            mutations: 0,
        };
    }
    let applied;
    try {
        applied = await (0,_postgres_sql_provision_js__WEBPACK_IMPORTED_MODULE_3__/* .applyPostgres */ .Mp)(sqlOptions);
    }
    catch (err) {
        if (!(err instanceof _plan_js__WEBPACK_IMPORTED_MODULE_4__/* .PlanRefusedError */ .iQ))
            throw err;
        return refusedResult(err.plan, options.databaseUrl, config);
    }
    const report = (0,_report_js__WEBPACK_IMPORTED_MODULE_5__/* .planReport */ .sH)(applied.plan, {
        statements: applied.statements,
        migrationsApplied: applied.migrationsApplied,
        elapsedMs: performance.now() - started,
    });
    return {
        plan: applied.plan,
        report,
        outputs: outputsFor(applied.plan, options.databaseUrl, config, applied.statements > 0),
        mutations: applied.statements,
    };
}
/** Apply stopped before any change because the plan had refused changes. */
function refusedResult(plan, url, config) {
    const report = (0,_report_js__WEBPACK_IMPORTED_MODULE_5__/* .planReport */ .sH)(plan);
    report.check = 'apply';
    report.title = 'Provision (apply)';
    report.summary = `nothing applied: ${report.summary}`;
    return { plan, report, outputs: outputsFor(plan, url, config, false), mutations: 0 };
}
function outputsFor(plan, url, config, changed) {
    return {
        'connection-name': '',
        'private-ip': '',
        'public-ip': url ? new URL(url).hostname : '',
        'database-url': url ? appDatabaseUrl(url, config) : '',
        'plan-json': JSON.stringify(plan),
        changed: String(changed),
    };
}
/** Random passwords for `${ENV}` references the environment lacks (the demo's throwaway server). */
function demoPasswords(config, env) {
    const out = {};
    for (const role of config.roles ?? []) {
        const m = role.password ? _config_env_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .ENV_REFERENCE */ .m.exec(role.password) : null;
        if (m && !env[m[1]])
            out[m[1]] = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(18).toString('base64url');
    }
    return out;
}


/***/ }),

/***/ 46781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sH: () => (/* binding */ planReport)
/* harmony export */ });
/* unused harmony exports planMarkdown, planJson */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24444);
/** A plan (and what apply did) as a Report: a markdown table for the PR comment, JSON as data. */


const ICON = {
    create: '➕ create',
    update: '✏️ update',
    delete: '🗑️ delete',
    'no-op': 'no-op',
    refused: '⛔ refused',
    skip: '⏭️ skip',
};
function flagText(c) {
    return [
        c.flags.requiresRestart ? 'restart' : '',
        c.flags.immutable ? 'immutable' : '',
        c.flags.destructive ? 'destructive' : '',
    ]
        .filter(Boolean)
        .join(', ');
}
function fieldText(c) {
    return c.fields
        .map((f) => `\`${f.field}\`: ${f.old === null ? '—' : f.old} → ${f.new === null ? '—' : f.new}`)
        .join('<br>');
}
/** The markdown table: every change except no-ops (counted underneath). */
function planMarkdown(plan) {
    const shown = plan.changes.filter((c) => c.action !== 'no-op');
    const n = (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .counts */ .tQ)(plan);
    const lines = [`Target: ${plan.target} — ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(plan.where)}`, ''];
    if (shown.length) {
        lines.push('| resource | action | change | flags | note |', '| --- | --- | --- | --- | --- |');
        for (const c of shown) {
            lines.push(`| \`${c.resource}\` | ${ICON[c.action]} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(fieldText(c))} | ${flagText(c)} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(c.note ?? '')} |`);
        }
        lines.push('');
    }
    lines.push(`${n['no-op']} unchanged, ${n.skip} skipped. ${(0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .countLine */ .QK)(plan)}.`);
    return lines.join('\n');
}
function planJson(plan, outcome) {
    return {
        target: plan.target,
        where: plan.where,
        changed: outcome ? outcome.statements + (outcome.requests ?? 0) > 0 : (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .pending */ .Ub)(plan).length > 0,
        counts: (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .counts */ .tQ)(plan),
        changes: plan.changes,
        ...(outcome ? { applied: outcome } : {}),
    };
}
function planReport(plan, outcome) {
    const bad = (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .refused */ .J5)(plan);
    const todo = (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .pending */ .Ub)(plan);
    const summary = bad.length
        ? `${bad.length} change(s) refused: ${bad.map((c) => c.resource).join(', ')}`
        : outcome
            ? todo.length
                ? `applied: ${(0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .countLine */ .QK)(plan)} in ${(outcome.elapsedMs / 1000).toFixed(1)} s`
                : 'nothing to change: the server already matches the config'
            : todo.length
                ? `plan: ${(0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .countLine */ .QK)(plan)}`
                : 'no changes: the server matches the config';
    return {
        check: outcome ? 'apply' : 'plan',
        title: outcome ? 'Provision (apply)' : 'Provision (plan)',
        status: bad.length ? 'fail' : 'pass',
        summary,
        details: planMarkdown(plan),
        annotations: [],
        data: planJson(plan, outcome),
    };
}


/***/ })

};
