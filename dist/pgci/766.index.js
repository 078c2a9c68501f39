import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 766;
export const ids = [766];
export const modules = {

/***/ 80179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rb: () => (/* binding */ PgToolsError),
/* harmony export */   az: () => (/* binding */ findPgTools)
/* harmony export */ });
/* unused harmony exports toolMajor, ubuntuInstallCommands */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/**
 * Finding pg_dump and pg_restore of the server's major. pg_dump refuses a server newer than
 * itself and an older pg_restore cannot read a newer archive, so pgci insists on the server's
 * own major: from --pg-bin, PATH, or /usr/lib/postgresql/<major>/bin, or installed on an Ubuntu
 * runner from the PostgreSQL apt repository (logged), else one clear error naming what it needs.
 */




const exec = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** No pg_dump of the needed major: says which major, what was found and what to do. */
class PgToolsError extends Error {
    name = 'PgToolsError';
}
/** Major of a pg_dump binary, from its --version line; undefined when it does not run. */
async function toolMajor(binary) {
    try {
        const { stdout } = await exec(binary, ['--version'], { timeout: 10_000 });
        const m = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(stdout);
        if (!m)
            return undefined;
        return { major: Number(m[1]), version: stdout.trim() };
    }
    catch {
        return undefined;
    }
}
async function executable(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(path, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
async function candidates(major, options) {
    const env = options.env ?? process.env;
    const out = [];
    const bin = options.binDir ?? env.PGCI_PG_BIN;
    if (bin)
        out.push({ dir: bin, source: `--pg-bin ${bin}` });
    const libRoot = options.libRoot ?? '/usr/lib/postgresql';
    out.push({
        dir: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(libRoot, String(major), 'bin'),
        source: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(libRoot, String(major), 'bin'),
    });
    for (const dir of (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).filter(Boolean))
        out.push({ dir, source: 'PATH' });
    return out;
}
/** Every pg_dump on this machine with its major, for the error message. */
async function inventory(options) {
    const env = options.env ?? process.env;
    const libRoot = options.libRoot ?? '/usr/lib/postgresql';
    const dirs = new Set();
    const bin = options.binDir ?? env.PGCI_PG_BIN;
    if (bin)
        dirs.add(bin);
    for (const dir of (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).filter(Boolean))
        dirs.add(dir);
    try {
        for (const v of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(libRoot))
            dirs.add((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(libRoot, v, 'bin'));
    }
    catch {
        // no PostgreSQL installs there
    }
    const found = [];
    const seen = new Set();
    for (const dir of dirs) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'pg_dump');
        if (!(await executable(path)))
            continue;
        // /bin → /usr/bin and Debian's pg_wrapper links: name each binary once.
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path).catch(() => path);
        if (seen.has(real))
            continue;
        seen.add(real);
        const v = await toolMajor(path);
        if (v)
            found.push(`${v.major} at ${path}`);
    }
    return [...new Set(found)];
}
async function lookup(major, options) {
    for (const c of await candidates(major, options)) {
        const pgDump = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(c.dir, 'pg_dump');
        const pgRestore = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(c.dir, 'pg_restore');
        if (!(await executable(pgDump)) || !(await executable(pgRestore)))
            continue;
        const v = await toolMajor(pgDump);
        if (v?.major === major)
            return { major, pgDump, pgRestore, version: v.version, source: c.source };
    }
    return undefined;
}
/** The commands that install PostgreSQL <major> client tools on Ubuntu from the PGDG repository. */
function ubuntuInstallCommands(major, codename) {
    const keyring = '/usr/share/keyrings/postgresql-archive-keyring.asc';
    return [
        ['apt-get', 'install', '-y', 'curl', 'ca-certificates'],
        ['curl', '-fsSL', '-o', keyring, 'https://www.postgresql.org/media/keys/ACCC4CF8.asc'],
        [
            'sh',
            '-c',
            `echo "deb [signed-by=${keyring}] https://apt.postgresql.org/pub/repos/apt ${codename}-pgdg main" > /etc/apt/sources.list.d/pgdg.list`,
        ],
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', `postgresql-client-${major}`],
    ];
}
function osField(osRelease, key) {
    const m = new RegExp(`^${key}=("?)([^"\\n]*)\\1$`, 'm').exec(osRelease);
    return m?.[2];
}
/** Finds (or on Ubuntu with `install`, installs) pg_dump and pg_restore of `major`. */
async function findPgTools(major, options = {}) {
    const log = options.log ?? (() => undefined);
    const found = await lookup(major, options);
    if (found)
        return found;
    let attempted = '';
    if (options.install) {
        const osRelease = options.osRelease ?? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)('/etc/os-release', 'utf8').catch(() => ''));
        const id = osField(osRelease, 'ID');
        const codename = osField(osRelease, 'VERSION_CODENAME') ?? osField(osRelease, 'UBUNTU_CODENAME');
        const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
        const commands = ubuntuInstallCommands(major, codename ?? 'noble').map((c) => [...sudo, ...c]);
        if (id !== 'ubuntu' || !codename) {
            log(`pgci: not an Ubuntu runner (${id ?? 'unknown system'}); would install PostgreSQL ${major} client tools with:`);
            for (const c of commands)
                log(`  ${c.join(' ')}`);
            attempted = ` Automatic install runs on Ubuntu runners only; on this ${id ?? 'system'} install postgresql-client-${major} yourself.`;
        }
        else {
            log(`pgci: installing PostgreSQL ${major} client tools (PostgreSQL apt repository):`);
            for (const c of commands) {
                log(`  $ ${c.join(' ')}`);
                try {
                    await exec(c[0], c.slice(1), { timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
                }
                catch (err) {
                    const stderr = String(err.stderr ?? '')
                        .trim()
                        .split('\n')
                        .pop();
                    throw new PgToolsError(`Installing PostgreSQL ${major} client tools failed at \`${c.join(' ')}\`: ${stderr || err.message}.`);
                }
            }
            const installed = await lookup(major, options);
            if (installed)
                return { ...installed, source: `installed postgresql-client-${major}` };
            attempted = ` postgresql-client-${major} was installed but pg_dump ${major} is still not found.`;
        }
    }
    const have = await inventory(options);
    throw new PgToolsError(`backup-verify needs pg_dump ${major} (the server's major), found ${have.length ? have.join(', ') : 'no pg_dump at all'}.${attempted} Install postgresql-client-${major}, pass --pg-bin DIR, or set PGCI_PG_BIN${options.install ? '' : ', or allow --install-pg-tools on an Ubuntu runner'}.`);
}


/***/ }),

/***/ 20806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ backupVerifyReport)
/* harmony export */ });
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);
/** backup-verify's result as a Report: status, one-line summary, the PR section, JSON data. */

const SHOWN_DIFFERENCES = 50;
function summaryLine(r) {
    if (r.error)
        return r.error;
    const differing = r.tables.filter((t) => !t.equal).length;
    const parts = [
        `${r.tables.length} table(s), ${r.tables.reduce((n, t) => n + t.rows, 0)} rows compared`,
        differing ? `${differing} differ` : 'all equal',
        r.schemaDifferences.length
            ? `${r.schemaDifferences.length} schema difference(s)`
            : 'schema equal',
    ];
    if (r.restoreSeconds !== null)
        parts.push(`restore ${r.restoreSeconds} s`);
    if (r.targets.rtoOk === false)
        parts.push(`RTO ${r.targets.rtoMinutes} min exceeded`);
    if (r.targets.rpoOk === false)
        parts.push(`backup ${r.backupAgeHours} h old, RPO ${r.targets.rpoHours} h`);
    const scratch = r.cloudSql?.scratchInstance;
    if (scratch && !scratch.deleted)
        parts.push(`scratch instance ${scratch.name} NOT deleted`);
    return parts.join(', ');
}
const MODES = {
    backup: 'pg_dump → pg_restore into a scratch database → compare',
    compare: 'compare two live databases',
    cloudsql: 'Cloud SQL backup → restore into a scratch instance → compare with the source',
};
/** The Cloud SQL path's facts: backup run, PITR, scratch instance. */
function cloudSqlFacts(r) {
    const c = r.cloudSql;
    if (!c)
        return [];
    const rows = [
        `| instance | \`${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(`${c.project}:${c.instance}`)}\`${c.databaseVersion ? ` (${c.databaseVersion}, ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(c.tier)})` : ''} |`,
    ];
    if (c.backupRun)
        rows.push(`| backup run | ${c.backupRun.id} (${c.backupRun.type}, ${c.backupRun.status}${c.backupRun.startTime ? `, started ${c.backupRun.startTime}` : ''}) |`);
    rows.push(`| point-in-time recovery | ${c.pitr.enabled ? `on${c.pitr.latestRecoveryTime ? `, window ${c.pitr.earliestRecoveryTime ?? '?'} to ${c.pitr.latestRecoveryTime}` : ''}${c.pitr.error ? ` (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(c.pitr.error)})` : ''}` : 'off'} |`);
    if (c.pointInTime)
        rows.push(`| restored to | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(c.pointInTime)} (point-in-time clone) |`);
    if (c.databases.length)
        rows.push(`| databases compared | ${c.databases.map((d) => `\`${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(d)}\``).join(', ')} |`);
    if (c.scratchInstance)
        rows.push(`| scratch instance | \`${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(c.scratchInstance.name)}\` ${c.scratchInstance.deleted ? 'deleted' : `**not deleted**: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(c.scratchInstance.deleteError ?? '')}`} |`);
    return rows;
}
function backupVerifyReport(r) {
    const status = r.ok ? 'pass' : 'fail';
    const sections = [];
    const facts = [
        '| fact | value |',
        '| --- | --- |',
        `| mode | ${MODES[r.mode]} |`,
        `| source | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.source)} |`,
        ...cloudSqlFacts(r),
    ];
    if (r.target)
        facts.push(`| ${r.mode === 'compare' ? 'target' : 'restored into'} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.target)} |`);
    if (r.tools)
        facts.push(`| tools | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.tools.version)} (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.tools.source)}) |`);
    if (r.archive) {
        facts.push(`| archive | ${r.archive.format} format, ${r.archive.bytes} bytes, sha256 \`${r.archive.sha256}\` |`);
        if (r.archive.encrypted)
            facts.push(`| encryption | AES-256-GCM${r.archive.encryptedSha256 ? `, encrypted sha256 \`${r.archive.encryptedSha256}\`` : ''}${r.archive.roundTrip ? ', decrypt round-trip verified' : ''} |`);
    }
    if (r.restoreSeconds !== null)
        facts.push(`| restore time (RTO) | ${r.restoreSeconds} s${r.targets.rtoMinutes !== undefined ? ` (target ${r.targets.rtoMinutes} min: ${r.targets.rtoOk ? 'met' : 'exceeded'})` : ''} |`);
    if (r.backupAgeHours !== null)
        facts.push(`| backup age (RPO) | ${r.backupAgeHours} h${r.targets.rpoHours !== undefined ? ` (target ${r.targets.rpoHours} h: ${r.targets.rpoOk ? 'met' : 'exceeded'})` : ''} |`);
    if (r.hash)
        facts.push(`| data hash | ${r.hash === 'fast' ? 'hashtextextended (same major)' : 'md5-based, version-independent'}${r.strict ? ' + strict ordered sha256' : ''}${r.snapshot ? ', source read in the dumped snapshot' : ''} |`);
    if (r.scratchDatabase)
        facts.push(`| scratch database | \`${r.scratchDatabase.name}\` ${r.scratchDatabase.dropped ? 'dropped' : '**not dropped: drop it by hand**'} |`);
    sections.push(facts.join('\n'));
    if (r.error)
        sections.push(`**${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.error)}**`);
    if (r.restoreErrors?.length)
        sections.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .collapsible */ .r0)('pg_restore errors', '```\n' + r.restoreErrors.join('\n') + '\n```'));
    if (r.schemaDifferences.length) {
        const shown = r.schemaDifferences.slice(0, SHOWN_DIFFERENCES).map((d) => `- ${d.text}`);
        if (r.schemaDifferences.length > SHOWN_DIFFERENCES)
            shown.push(`- … and ${r.schemaDifferences.length - SHOWN_DIFFERENCES} more (see the JSON report)`);
        sections.push(`**Schema differences (${r.schemaDifferences.length})**\n\n${shown.join('\n')}`);
    }
    if (r.tables.length) {
        const differing = r.tables.filter((t) => !t.equal);
        const row = (t) => `| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(t.name)} | ${t.rows} | ${t.restoredRows ?? '—'} | ${t.equal ? '✅' : '❌'} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(t.firstMismatch ?? '')} |`;
        const head = [
            '| table | rows | restored | equal | first mismatch |',
            '| --- | --- | --- | --- | --- |',
        ];
        if (differing.length)
            sections.push([...head, ...differing.map(row)].join('\n'));
        sections.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .collapsible */ .r0)(`All ${r.tables.length} tables`, [...head, ...r.tables.map(row)].join('\n')));
    }
    if (r.largeObjects)
        sections.push(`Large objects: ${r.largeObjects.rows} in the source, ${r.largeObjects.restoredRows} restored, ${r.largeObjects.equal ? 'equal' : '**differ**'}.`);
    if (r.skipped.length)
        sections.push(`Not compared: ${r.skipped.map((s) => `\`${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(s.name)}\` (${s.reason})`).join(', ')}.`);
    return {
        check: 'backup-verify',
        title: 'Backup verification',
        status,
        summary: summaryLine(r),
        details: sections.join('\n\n'),
        annotations: [],
        data: r,
    };
}


/***/ }),

/***/ 24047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x1: () => (/* binding */ applyTargets),
  cE: () => (/* binding */ backupVerify),
  OR: () => (/* binding */ compareDatabases),
  $: () => (/* binding */ emptyResult)
});

// UNUSED EXPORTS: explainable

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/postgres/connect.ts
var connect = __webpack_require__(36741);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/backup/archive.ts
/**
 * The archive on disk: its sha256 (a file, or every file of a directory-format dump in name
 * order) and optional AES-256-GCM encryption at rest with a key from a secret, with a decrypt
 * round-trip before anything is restored. Streams throughout: archives can be large.
 */





/** Bad or unusable key, or an archive that does not decrypt (wrong key, tampered bytes). */
class ArchiveError extends Error {
    name = 'ArchiveError';
}
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(path), hash);
    return hash.digest('hex');
}
/** Files of an archive (itself, or a directory's files in name order) and their total size. */
async function archiveFiles(path) {
    const s = await (0,promises_.stat)(path);
    if (!s.isDirectory())
        return { files: [path], bytes: s.size };
    const names = (await (0,promises_.readdir)(path)).sort();
    let bytes = 0;
    const files = [];
    for (const n of names) {
        const f = (0,external_node_path_.join)(path, n);
        const fs = await (0,promises_.stat)(f);
        if (fs.isFile()) {
            files.push(f);
            bytes += fs.size;
        }
    }
    return { files, bytes };
}
/**
 * sha256 of a file; of a directory, the sha256 of "<name> <sha256>\n" lines (like sha256sum's
 * output) so one changed toc.dat or data file changes it.
 */
async function sha256Archive(path) {
    const s = await (0,promises_.stat)(path);
    if (!s.isDirectory())
        return sha256File(path);
    const { files } = await archiveFiles(path);
    const lines = await Promise.all(files.map(async (f) => `${f.slice(path.length + 1)} ${await sha256File(f)}\n`));
    return (0,external_node_crypto_.createHash)('sha256').update(lines.join('')).digest('hex');
}
const MAGIC = Buffer.from('PGCIAES1');
const SALT = 16;
const IV = 12;
const TAG = 16;
/**
 * The 32-byte key from the secret's text: 64 hex digits or base64 of 32 bytes are used as they
 * are; anything else is a passphrase stretched with scrypt and the file's own salt.
 */
function deriveKey(secret, salt) {
    const s = secret.trim();
    if (!s)
        throw new ArchiveError('The encryption key is empty; set the secret it is read from.');
    if (/^[0-9a-fA-F]{64}$/.test(s))
        return Buffer.from(s, 'hex');
    const b64 = /^[A-Za-z0-9+/]{43}=$/.test(s) ? Buffer.from(s, 'base64') : undefined;
    if (b64?.length === 32)
        return b64;
    if (s.length < 16)
        throw new ArchiveError('The encryption key is too short: give 32 random bytes (64 hex digits or base64) or a passphrase of at least 16 characters.');
    return (0,external_node_crypto_.scryptSync)(s, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
}
/** Layout: "PGCIAES1" | salt (16) | iv (12) | ciphertext | GCM tag (16). */
async function encryptFile(input, output, secret) {
    const salt = (0,external_node_crypto_.randomBytes)(SALT);
    const iv = (0,external_node_crypto_.randomBytes)(IV);
    const cipher = (0,external_node_crypto_.createCipheriv)('aes-256-gcm', deriveKey(secret, salt), iv);
    const out = (0,external_node_fs_.createWriteStream)(output);
    out.write(Buffer.concat([MAGIC, salt, iv]));
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(input), cipher, out, { end: false });
    await new Promise((resolve, reject) => out.end(cipher.getAuthTag(), (err) => (err ? reject(err) : resolve())));
}
async function decryptFile(input, output, secret) {
    const { size } = await (0,promises_.stat)(input);
    const fd = await (0,promises_.open)(input, 'r');
    const head = Buffer.alloc(MAGIC.length + SALT + IV);
    const tag = Buffer.alloc(TAG);
    try {
        if (size < head.length + TAG)
            throw new ArchiveError(`${input} is too short to be a pgci encrypted archive.`);
        await fd.read(head, 0, head.length, 0);
        await fd.read(tag, 0, TAG, size - TAG);
    }
    finally {
        await fd.close();
    }
    if (!head.subarray(0, MAGIC.length).equals(MAGIC))
        throw new ArchiveError(`${input} is not a pgci encrypted archive (no PGCIAES1 header).`);
    const salt = head.subarray(MAGIC.length, MAGIC.length + SALT);
    const iv = head.subarray(MAGIC.length + SALT);
    const decipher = (0,external_node_crypto_.createDecipheriv)('aes-256-gcm', deriveKey(secret, salt), iv);
    decipher.setAuthTag(tag);
    try {
        await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(input, { start: head.length, end: size - TAG - 1 }), decipher, (0,external_node_fs_.createWriteStream)(output));
    }
    catch (err) {
        throw new ArchiveError(`Decrypting ${input} failed: ${/auth/i.test(err.message) ? 'wrong key or the archive was altered (GCM authentication failed)' : err.message}.`);
    }
}
/** Encrypts an archive (a file, or each file of a directory) into `output` (same shape). */
async function encryptArchive(input, output, secret) {
    if (!(await (0,promises_.stat)(input)).isDirectory())
        return encryptFile(input, output, secret);
    await (0,promises_.mkdir)(output, { recursive: true });
    const { files } = await archiveFiles(input);
    for (const f of files)
        await encryptFile(f, (0,external_node_path_.join)(output, f.slice(input.length + 1)), secret);
}
async function decryptArchive(input, output, secret) {
    if (!(await (0,promises_.stat)(input)).isDirectory())
        return decryptFile(input, output, secret);
    await (0,promises_.mkdir)(output, { recursive: true });
    const { files } = await archiveFiles(input);
    for (const f of files)
        await decryptFile(f, (0,external_node_path_.join)(output, f.slice(input.length + 1)), secret);
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/pg-copy-streams/index.js
var pg_copy_streams = __webpack_require__(26901);
// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(83849);
;// CONCATENATED MODULE: ./src/backup/session.ts
/**
 * Connections for comparing two databases: every session pins the settings that change how a
 * value prints as text (so a row's text, and its hash, depends on the data alone), and the
 * source side can read inside the snapshot pg_dump took, so the comparison sees exactly what
 * was dumped even while the source keeps changing.
 */


/** Output settings fixed on both sides: dates, time zone, floats, bytea, intervals. */
const PINNED_SETTINGS = {
    DateStyle: 'ISO, YMD',
    TimeZone: 'UTC',
    IntervalStyle: 'postgres',
    extra_float_digits: '3',
    bytea_output: 'hex',
    lc_monetary: 'C',
    // Hashing a large table is one long read: no statement_timeout inherited from the role.
    statement_timeout: '0',
};
const OPTIONS = Object.entries(PINNED_SETTINGS)
    .map(([k, v]) => `-c ${k}=${v.replace(/ /g, '\\ ')}`)
    .join(' ');
async function openSide(label, url, jobs, snapshot) {
    // One plain connection first: a clear error if the server is not there, and its major.
    const probe = await (0,connect.connect)(url, { applicationName: `pgci backup-verify ${label}` });
    let major;
    try {
        const { rows } = await probe.query(`SELECT current_setting('server_version_num') AS v`);
        major = Math.floor(Number(rows[0].v) / 10000);
    }
    finally {
        await probe.end();
    }
    const pool = new esm/* default.Pool */.Ay.Pool({
        connectionString: url,
        max: Math.max(1, jobs),
        options: OPTIONS,
        application_name: `pgci backup-verify ${label}`,
    });
    pool.on('error', () => undefined); // an idle client dropped: the next query reports it
    return { label, url, pool, major, snapshot };
}
/** Runs `fn` on one pinned session of the side (in its snapshot when it has one). */
async function onSide(side, fn) {
    let client;
    try {
        client = await side.pool.connect();
    }
    catch (err) {
        throw (0,connect/* explain */.WE)(err, side.url);
    }
    try {
        if (!side.snapshot)
            return await fn(client);
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        try {
            await client.query(`SET TRANSACTION SNAPSHOT '${side.snapshot.replace(/'/g, "''")}'`);
            const out = await fn(client);
            await client.query('COMMIT');
            return out;
        }
        catch (err) {
            await client.query('ROLLBACK').catch(() => undefined);
            throw err;
        }
    }
    finally {
        client.release();
    }
}
async function closeSide(side) {
    await side?.pool.end().catch(() => undefined);
}
/** A SQL identifier, quoted. */
function ident(name) {
    return `"${name.replace(/"/g, '""')}"`;
}
/** A schema-qualified relation name, quoted. */
function qualified(schema, name) {
    return `${ident(schema)}.${ident(name)}`;
}

;// CONCATENATED MODULE: ./src/backup/data-compare.ts
/**
 * Data comparison, server-side: per table, the row count and an order-independent content hash,
 * the SUM of a 64-bit hash of each row's text (a sum, never XOR: XOR cancels a duplicated row).
 * Rows print with the columns in name order and the session's output settings pinned (see
 * session.ts), so the text depends on the data alone. Tables with an integer key are hashed in
 * key-range buckets in the same scan, so a mismatch is located to a range and then to a key.
 *
 * Hash functions:
 * - fast: hashtextextended(), PostgreSQL's internal 64-bit hash, cheap but not promised stable
 *   across majors;
 * - portable: the first 64 bits of md5(), the same on every version, used automatically when
 *   the two servers' majors differ (the upgrade rehearsal);
 * - strict (on top of either): each table's rows in key order through COPY, sha256 in node,
 *   for when a linear sum is not proof enough.
 */





const DEFAULT_CHUNK_ROWS = 100_000;
const USER_NS = `n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'`;
/** The expression hashing one row's text to a 64-bit integer. */
function rowHash(rowText, kind) {
    return kind === 'fast'
        ? `hashtextextended(${rowText}, 0)`
        : `('x' || left(md5(${rowText}), 16))::bit(64)::bigint`;
}
function rowText(columns) {
    // ROW() of one column prints as "(v)", of none as "()": both are still stable texts.
    return `ROW(${columns.map(ident).join(', ')})::text`;
}
/** Which tables hold data to compare, and how, read from the source. */
async function planData(side, options) {
    const exclude = new Set(options.exclude ?? []);
    const chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
    return onSide(side, async (client) => {
        const { rows } = await client.query(`
      SELECT n.nspname AS schema, c.relname AS name, c.relkind::text AS relkind,
        c.relispopulated AS populated, c.reltuples::bigint AS est,
        EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                AND d.objid = c.oid AND d.deptype = 'e') AS ext,
        ARRAY(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0
              AND NOT a.attisdropped ORDER BY a.attname COLLATE "C") AS columns,
        ARRAY(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0
              AND NOT a.attisdropped AND a.attgenerated <> '') AS generated,
        (SELECT ARRAY(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum ORDER BY k.ord)
           FROM pg_index i WHERE i.indrelid = c.oid AND i.indisprimary) AS key,
        (SELECT format_type(a.atttypid, NULL) FROM pg_index i
           JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0]
           WHERE i.indrelid = c.oid AND i.indisprimary AND i.indnatts = 1) AS keytype
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'm', 'f') AND ${USER_NS}
      ORDER BY 1, 2`);
        const plan = { tables: [], skipped: [], largeObjects: false };
        for (const r of rows) {
            const display = `${r.schema}.${r.name}`;
            if (exclude.has(display)) {
                plan.skipped.push({ name: display, reason: 'excluded by configuration' });
                continue;
            }
            if (r.ext) {
                plan.skipped.push({ name: display, reason: 'belongs to an extension' });
                continue;
            }
            if (r.relkind === 'p') {
                plan.skipped.push({
                    name: display,
                    reason: 'partitioned table: its rows are compared in its partitions',
                });
                continue;
            }
            if (r.relkind === 'f') {
                plan.skipped.push({
                    name: display,
                    reason: 'foreign table: its data lives elsewhere and is not dumped',
                });
                continue;
            }
            if (r.relkind === 'm' && !r.populated) {
                plan.skipped.push({ name: display, reason: 'materialized view not populated' });
                continue;
            }
            const columns = r.columns ?? [];
            const key = r.key ?? [];
            const notes = [];
            if (r.relkind === 'm')
                notes.push('materialized view: compared as refreshed by the restore');
            if (r.generated?.length)
                notes.push(`generated column(s) ${r.generated.join(', ')} recomputed by the restore and compared`);
            if (!key.length)
                notes.push('no primary key: a mismatch is located by row hash, not key');
            const table = {
                schema: r.schema,
                name: r.name,
                display,
                estimatedRows: Math.max(0, Number(r.est)),
                columns,
                key,
                order: key.length ? key.map(ident).join(', ') : `${rowText(columns)} COLLATE "C"`,
                notes,
            };
            if (key.length === 1 && ['smallint', 'integer', 'bigint'].includes(r.keytype ?? '')) {
                const est = Number(r.est);
                const { rows: mm } = await client.query(`SELECT min(${ident(key[0])})::text AS min, max(${ident(key[0])})::text AS max FROM ${qualified(r.schema, r.name)}`);
                // Buckets from the row estimate, or from the key span when the table has no statistics.
                const span = mm[0].min === null ? 0 : Number(mm[0].max) - Number(mm[0].min) + 1;
                const count = Math.min(1000, Math.max(1, Math.ceil((est > 0 ? est : span) / chunkRows)));
                if (mm[0].min !== null && count > 1)
                    table.buckets = { column: key[0], min: mm[0].min, max: mm[0].max, count };
            }
            plan.tables.push(table);
        }
        const lo = await client.query('SELECT count(*) AS n FROM pg_largeobject_metadata');
        plan.largeObjects = Number(lo.rows[0].n) > 0;
        return plan;
    });
}
function bucketExpr(b) {
    // float8 width_bucket: the same function on the same inputs on both sides gives the same
    // buckets; keys outside the source's [min, max] fall into 0 or count + 1.
    return `width_bucket(${ident(b.column)}::float8, ${Number(b.min)}::float8, ${Number(b.max) + 1}::float8, ${b.count})`;
}
/** Hashes one table on one side: one scan, by bucket when the plan has buckets. */
async function hashTable(side, table, options, columns = table.columns) {
    const h = rowHash(rowText(columns), options.hash);
    const from = qualified(table.schema, table.name);
    return onSide(side, async (client) => {
        try {
            let result;
            if (table.buckets) {
                // The planner has no statistics for the bucket expression and would sort every row to
                // group them; a hash aggregate over a handful of buckets is one pass.
                await client.query('SET enable_sort = off');
                const { rows } = await client
                    .query(`SELECT ${bucketExpr(table.buckets)} AS b, count(*) AS n, sum(${h})::text AS h FROM ${from} GROUP BY 1`)
                    .finally(() => client.query('RESET enable_sort'));
                const buckets = new Map();
                let total = 0n;
                let count = 0;
                for (const r of rows) {
                    buckets.set(Number(r.b), [Number(r.n), r.h ?? '0']);
                    total += BigInt(r.h ?? '0');
                    count += Number(r.n);
                }
                result = { rows: count, hash: total.toString(), buckets };
            }
            else {
                const { rows } = await client.query(`SELECT count(*) AS n, COALESCE(sum(${h}), 0)::text AS h FROM ${from}`);
                result = { rows: Number(rows[0].n), hash: rows[0].h ?? '0' };
            }
            if (options.strict)
                result.strict = await strictDigest(client, table, columns);
            return result;
        }
        catch (err) {
            return { rows: 0, hash: '', error: err.message };
        }
    });
}
/** sha256 of the table's rows in key order, as COPY text, hashed in node as they stream. */
async function strictDigest(client, table, columns) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const cols = columns.map(ident).join(', ');
    const stream = client.query((0,pg_copy_streams.to)(`COPY (SELECT ${cols || 'NULL'} FROM ${qualified(table.schema, table.name)} ORDER BY ${table.order}) TO STDOUT`));
    await (0,external_node_stream_promises_.pipeline)(stream, new external_node_stream_.Writable({
        write(chunk, _enc, done) {
            hash.update(chunk);
            done();
        },
    }));
    return hash.digest('hex');
}
/** Large objects: count and a sum of (oid, content) hashes; owners are in the schema compare. */
async function hashLargeObjects(side, kind) {
    return onSide(side, async (client) => {
        const text = `(m.oid::text || ':' || md5(lo_get(m.oid)))`;
        const { rows } = await client.query(`SELECT count(*) AS n, COALESCE(sum(${rowHash(text, kind)}), 0)::text AS h FROM pg_largeobject_metadata m`);
        return { rows: Number(rows[0].n), hash: rows[0].h };
    });
}
/** Columns of a table on the target side (name order), or undefined when it is missing. */
async function targetColumns(side, table) {
    return onSide(side, async (client) => {
        const { rows } = await client.query(`SELECT ARRAY(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0
              AND NOT a.attisdropped ORDER BY a.attname COLLATE "C") AS columns
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relname = $2`, [table.schema, table.name]);
        return rows[0]?.columns ?? undefined;
    });
}
function bucketRange(b, bucket) {
    const min = Number(b.min);
    const width = (Number(b.max) + 1 - min) / b.count;
    if (bucket <= 0)
        return `${b.column} < ${b.min}`;
    if (bucket > b.count)
        return `${b.column} > ${b.max}`;
    const lo = Math.ceil(min + (bucket - 1) * width);
    const hi = Math.ceil(min + bucket * width) - 1;
    return `${b.column} ${lo}–${hi}`;
}
/** The key-range bucket numbers where the two sides differ, in key order. */
function differingBuckets(a, b) {
    const all = [...new Set([...(a.buckets?.keys() ?? []), ...(b.buckets?.keys() ?? [])])].sort((x, y) => x - y);
    return all.filter((k) => {
        const x = a.buckets?.get(k);
        const y = b.buckets?.get(k);
        return !x || !y || x[0] !== y[0] || x[1] !== y[1];
    });
}
/** Key text → row hash for the rows of one bucket (or the whole table), from one side. */
async function keyedHashes(side, table, columns, kind, bucket) {
    const where = table.buckets && bucket !== undefined ? `WHERE ${bucketExpr(table.buckets)} = ${bucket}` : '';
    const keyText = `ROW(${table.key.map(ident).join(', ')})::text`;
    return onSide(side, async (client) => {
        const { rows } = await client.query(`SELECT ${keyText} AS k, ${rowHash(rowText(columns), kind)}::text AS h
       FROM ${qualified(table.schema, table.name)} ${where} ORDER BY ${table.order}`);
        return new Map(rows.map((r) => [r.k, r.h]));
    });
}
/** Row hash → count, for a table without a key (the multiset of its rows). */
async function rowHashCounts(side, table, columns, kind) {
    return onSide(side, async (client) => {
        const { rows } = await client.query(`SELECT ${rowHash(rowText(columns), kind)}::text AS h, count(*) AS n
       FROM ${qualified(table.schema, table.name)} GROUP BY 1`);
        return new Map(rows.map((r) => [r.h, Number(r.n)]));
    });
}
const keyLabel = (table, k) => table.key.length === 1
    ? `${table.key[0]}=${k.replace(/^\(|\)$/g, '')}`
    : `(${table.key.join(', ')})=${k}`;
/** Finds the first differing row of a table whose hashes differ: a key, or a row hash. */
async function locateMismatch(source, target, table, columns, a, b, kind) {
    let bucket;
    let where = '';
    if (table.buckets) {
        bucket = differingBuckets(a, b)[0];
        if (bucket === undefined)
            return 'the strict (ordered) digests differ: same rows, different order or bytes';
        where = ` in ${bucketRange(table.buckets, bucket)}`;
    }
    if (table.key.length) {
        const [x, y] = await Promise.all([
            keyedHashes(source, table, columns, kind, bucket),
            keyedHashes(target, table, columns, kind, bucket),
        ]);
        for (const [k, h] of x) {
            const other = y.get(k);
            if (other === undefined)
                return `row ${keyLabel(table, k)} missing in the restore${where}`;
            if (other !== h)
                return `row ${keyLabel(table, k)} differs${where}`;
        }
        for (const k of y.keys())
            if (!x.has(k))
                return `row ${keyLabel(table, k)} only in the restore${where}`;
        return `the strict (ordered) digests differ${where}`;
    }
    const [x, y] = await Promise.all([
        rowHashCounts(source, table, columns, kind),
        rowHashCounts(target, table, columns, kind),
    ]);
    for (const [h, n] of x) {
        const m = y.get(h) ?? 0;
        if (m !== n)
            return `a row (hash ${h}) appears ${n}× in the source and ${m}× in the restore`;
    }
    for (const [h, m] of y)
        if (!x.has(h))
            return `a row (hash ${h}) appears only in the restore (${m}×)`;
    return 'the strict (ordered) digests differ: same rows in another order or bytes';
}
/** One table's verdict from its two side hashes. */
function sameData(a, b) {
    return (!a.error &&
        !b.error &&
        a.rows === b.rows &&
        a.hash === b.hash &&
        (a.strict === undefined || a.strict === b.strict));
}


;// CONCATENATED MODULE: ./src/backup/schema-compare.ts
/**
 * Schema comparison by catalog queries: each side becomes a map of objects ("index
 * public.accounts_pkey") to their properties (definition, owner, grants, …), and the difference
 * says which object is missing, extra, or which property changed from what to what.
 * Objects that belong to an extension are left to the extension's version.
 */

const schema_compare_USER_NS = `n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'`;
/** Not created by an extension (pg_depend 'e'). */
const notExt = (catalog, oid) => `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;
/** An ACL as sorted text, so grant order does not matter. */
const acl = (col) => `array_to_string(ARRAY(SELECT a::text FROM unnest(${col}) a ORDER BY 1), ',')`;
/** Each query returns (kind, object, props jsonb). */
const QUERIES = [
    `SELECT 'schema' AS kind, n.nspname AS object,
     jsonb_build_object('owner', pg_get_userbyid(n.nspowner), 'grants', ${acl('n.nspacl')}) AS props
   FROM pg_namespace n WHERE ${schema_compare_USER_NS} AND ${notExt('pg_namespace', 'n.oid')}`,
    `SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'v' THEN 'view'
            WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'foreign table' END AS kind,
     n.nspname || '.' || c.relname AS object,
     jsonb_build_object(
       'kind', c.relkind::text,
       'persistence', CASE c.relpersistence WHEN 'u' THEN 'unlogged' ELSE 'logged' END,
       'owner', pg_get_userbyid(c.relowner),
       'grants', ${acl('c.relacl')},
       'options', array_to_string(c.reloptions, ','),
       'row level security', c.relrowsecurity::text,
       'partition key', CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END,
       'partition of', (SELECT pn.nspname || '.' || pc.relname FROM pg_inherits i
                          JOIN pg_class pc ON pc.oid = i.inhparent
                          JOIN pg_namespace pn ON pn.oid = pc.relnamespace
                        WHERE i.inhrelid = c.oid AND c.relispartition),
       'partition bound', CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END,
       'definition', CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END,
       'populated', CASE WHEN c.relkind = 'm' THEN c.relispopulated::text END
     ) AS props
   FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND ${schema_compare_USER_NS} AND ${notExt('pg_class', 'c.oid')}`,
    `SELECT 'column' AS kind, n.nspname || '.' || c.relname || '.' || a.attname AS object,
     jsonb_build_object(
       'position', row_number() OVER (PARTITION BY c.oid ORDER BY a.attnum)::text,
       'type', format_type(a.atttypid, a.atttypmod),
       'not null', a.attnotnull::text,
       'default', CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END,
       'generated', CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) END,
       'identity', NULLIF(a.attidentity::text, ''),
       'collation', CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation
                         THEN (SELECT collname FROM pg_collation WHERE oid = a.attcollation) END,
       'grants', ${acl('a.attacl')}
     ) AS props
   FROM pg_attribute a
   JOIN pg_class c ON c.oid = a.attrelid
   JOIN pg_namespace n ON n.oid = c.relnamespace
   JOIN pg_type t ON t.oid = a.atttypid
   LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
   WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
     AND ${schema_compare_USER_NS} AND ${notExt('pg_class', 'c.oid')}`,
    `SELECT 'constraint' AS kind, n.nspname || '.' || COALESCE(c.relname, t.typname) || '.' || con.conname AS object,
     jsonb_build_object('definition', pg_get_constraintdef(con.oid),
                        'deferrable', con.condeferrable::text, 'deferred', con.condeferred::text,
                        'validated', con.convalidated::text) AS props
   FROM pg_constraint con
   JOIN pg_namespace n ON n.oid = con.connamespace
   LEFT JOIN pg_class c ON c.oid = con.conrelid
   LEFT JOIN pg_type t ON t.oid = con.contypid
   WHERE ${schema_compare_USER_NS} AND (con.conrelid = 0 OR ${notExt('pg_class', 'con.conrelid')})
     AND (con.conrelid <> 0 OR con.contypid <> 0)`,
    `SELECT 'index' AS kind, n.nspname || '.' || ic.relname AS object,
     jsonb_build_object('definition', pg_get_indexdef(i.indexrelid),
                        'table', tc.relname, 'valid', i.indisvalid::text,
                        'clustered', i.indisclustered::text) AS props
   FROM pg_index i
   JOIN pg_class ic ON ic.oid = i.indexrelid
   JOIN pg_class tc ON tc.oid = i.indrelid
   JOIN pg_namespace n ON n.oid = ic.relnamespace
   WHERE ${schema_compare_USER_NS} AND ${notExt('pg_class', 'tc.oid')}`,
    `SELECT 'sequence' AS kind, s.schemaname || '.' || s.sequencename AS object,
     jsonb_build_object('type', s.data_type::text, 'start', s.start_value::text,
       'minimum', s.min_value::text, 'maximum', s.max_value::text,
       'increment', s.increment_by::text, 'cycle', s.cycle::text, 'cache', s.cache_size::text,
       'value', COALESCE(s.last_value::text, 'not called')) AS props
   FROM pg_sequences s
   JOIN pg_namespace n ON n.nspname = s.schemaname
   JOIN pg_class c ON c.relname = s.sequencename AND c.relnamespace = n.oid
   WHERE ${schema_compare_USER_NS} AND ${notExt('pg_class', 'c.oid')}`,
    `SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END AS kind,
     n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS object,
     jsonb_build_object(
       'definition', CASE WHEN p.prokind IN ('f', 'p') THEN md5(pg_get_functiondef(p.oid)) END,
       'returns', pg_get_function_result(p.oid),
       'owner', pg_get_userbyid(p.proowner), 'grants', ${acl('p.proacl')},
       'security definer', p.prosecdef::text, 'volatility', p.provolatile::text) AS props
   FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE ${schema_compare_USER_NS} AND ${notExt('pg_proc', 'p.oid')}`,
    `SELECT 'trigger' AS kind, n.nspname || '.' || c.relname || '.' || tg.tgname AS object,
     jsonb_build_object('definition', pg_get_triggerdef(tg.oid), 'enabled', tg.tgenabled::text) AS props
   FROM pg_trigger tg
   JOIN pg_class c ON c.oid = tg.tgrelid
   JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE NOT tg.tgisinternal AND ${schema_compare_USER_NS} AND tg.tgparentid = 0`,
    `SELECT 'extension' AS kind, e.extname AS object,
     jsonb_build_object('version', e.extversion, 'schema', n.nspname) AS props
   FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace`,
    `SELECT 'type' AS kind, n.nspname || '.' || t.typname AS object,
     jsonb_build_object(
       'kind', t.typtype::text, 'owner', pg_get_userbyid(t.typowner), 'grants', ${acl('t.typacl')},
       'labels', CASE WHEN t.typtype = 'e' THEN (SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) END,
       'base type', CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END,
       'attributes', CASE WHEN t.typtype = 'c' THEN (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) END
     ) AS props
   FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
   WHERE t.typtype IN ('e', 'd', 'c', 'r') AND ${schema_compare_USER_NS} AND ${notExt('pg_type', 't.oid')}
     AND (t.typtype <> 'c' OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')`,
    `SELECT 'policy' AS kind, pol.schemaname || '.' || pol.tablename || '.' || pol.policyname AS object,
     jsonb_build_object('command', pol.cmd, 'permissive', pol.permissive,
       'roles', array_to_string(pol.roles, ','), 'using', pol.qual, 'check', pol.with_check) AS props
   FROM pg_policies pol`,
    `SELECT 'default privileges' AS kind,
     pg_get_userbyid(d.defaclrole) || COALESCE(' in ' || n.nspname, '') || ' on ' || d.defaclobjtype::text AS object,
     jsonb_build_object('grants', ${acl('d.defaclacl')}) AS props
   FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace`,
];
/** Reads every user object's properties from one side's catalogs. */
async function readSchema(side) {
    const objects = new Map();
    const kinds = new Map();
    await onSide(side, async (client) => {
        for (const sql of QUERIES) {
            const { rows } = await client.query(sql);
            for (const r of rows) {
                const key = `${r.kind} ${r.object}`;
                objects.set(key, r.props);
                kinds.set(key, r.kind);
            }
        }
    });
    return { objects, kinds };
}
const show = (v) => v === null || v === undefined || v === ''
    ? '(none)'
    : JSON.stringify(v.length > 160 ? `${v.slice(0, 157)}…` : v);
/** What differs between two schema snapshots, in a stable order. */
function diffSchemas(source, target, targetLabel = 'restore') {
    const out = [];
    const keys = [...new Set([...source.objects.keys(), ...target.objects.keys()])].sort();
    for (const key of keys) {
        const kind = source.kinds.get(key) ?? target.kinds.get(key);
        const object = key.slice(kind.length + 1);
        const a = source.objects.get(key);
        const b = target.objects.get(key);
        if (!b) {
            out.push({
                kind,
                object,
                change: 'missing',
                text: `${kind} ${object}: missing in the ${targetLabel}${a?.definition ? ` (source: ${show(a.definition)})` : ''}`,
            });
            continue;
        }
        if (!a) {
            out.push({
                kind,
                object,
                change: 'extra',
                text: `${kind} ${object}: only in the ${targetLabel}`,
            });
            continue;
        }
        const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
        const properties = names
            .filter((n) => (a[n] ?? null) !== (b[n] ?? null) && !(isEmpty(a[n]) && isEmpty(b[n])))
            .map((n) => ({ name: n, source: a[n] ?? null, target: b[n] ?? null }));
        if (properties.length)
            out.push({
                kind,
                object,
                change: 'changed',
                properties,
                text: `${kind} ${object}: ${properties.map((p) => `${p.name} ${show(p.source)} in the source, ${show(p.target)} in the ${targetLabel}`).join('; ')}`,
            });
    }
    return out;
}
const isEmpty = (v) => v === null || v === undefined || v === '';

;// CONCATENATED MODULE: ./src/backup/compare.ts
/**
 * Comparing two databases: the source is read once (data plan, schema, per-table hashes), which
 * backup-verify starts while pg_restore is still running, then the target is read the same way
 * and each table gets its verdict; a differing table is drilled into to name its first
 * differing key. Every table of a side is hashed at once: the side's pool (jobs connections)
 * is the limit, and source and target run side by side.
 */


function hashKind(option, sourceMajor, targetMajor) {
    if (option === 'fast' || option === 'portable')
        return option;
    return sourceMajor === targetMajor ? 'fast' : 'portable';
}
const seconds = (since) => Math.round((performance.now() - since) / 10) / 100;
/** Largest tables first, so the longest scans start first and the pool stays busy. */
const bySize = (plan) => [...plan.tables].sort((a, b) => b.estimatedRows - a.estimatedRows);
/** Plans the comparison and starts reading the source: schema, every table's hash. */
async function startSource(source, options) {
    const started = performance.now();
    const plan = await planData(source, options);
    const hashes = new Map();
    for (const t of bySize(plan))
        hashes.set(t.display, hashTable(source, t, options));
    const schema = readSchema(source);
    const largeObjects = plan.largeObjects ? hashLargeObjects(source, options.hash) : undefined;
    // allSettled handles every rejection here; callers await the promises themselves.
    const done = Promise.allSettled([schema, largeObjects, ...hashes.values()]).then(() => seconds(started));
    return { plan, schema, hashes, largeObjects, done };
}
/** Reads the target and compares it with the source state. */
async function compareWith(source, state, target, options, targetLabel = 'restore') {
    const started = performance.now();
    const [schema, sized, largeObjects] = await Promise.all([
        readSchema(target),
        Promise.all(bySize(state.plan).map((t) => compareTable(source, state, target, t, options, targetLabel))),
        state.plan.largeObjects || (await hasLargeObjects(target))
            ? hashLargeObjects(target, options.hash)
            : undefined,
    ]);
    const tables = sized.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const schemaDifferences = diffSchemas(await state.schema, schema, targetLabel);
    const lo = (await state.largeObjects) ?? (largeObjects ? { rows: 0, hash: '0' } : undefined);
    const sourceSeconds = await state.done;
    const loResult = lo && largeObjects
        ? {
            rows: lo.rows,
            restoredRows: largeObjects.rows,
            equal: lo.rows === largeObjects.rows && lo.hash === largeObjects.hash,
        }
        : null;
    const ok = !schemaDifferences.length && tables.every((t) => t.equal) && (loResult?.equal ?? true);
    return {
        ok,
        hash: options.hash,
        strict: options.strict,
        tables,
        schemaDifferences,
        skipped: state.plan.skipped,
        largeObjects: loResult,
        seconds: { source: sourceSeconds, target: seconds(started) },
    };
}
async function hasLargeObjects(side) {
    const { rows } = await side.pool.query('SELECT count(*) AS n FROM pg_largeobject_metadata');
    return Number(rows[0].n) > 0;
}
async function compareTable(source, state, target, table, options, targetLabel) {
    const base = { name: table.display, notes: table.notes.length ? table.notes : undefined };
    const columns = await targetColumns(target, table);
    if (!columns)
        return {
            ...base,
            rows: (await state.hashes.get(table.display)).rows,
            restoredRows: null,
            equal: false,
            firstMismatch: `table missing in the ${targetLabel}`,
        };
    // Compare the columns both sides have; a missing or extra column is a schema difference.
    const common = table.columns.filter((c) => columns.includes(c));
    const sameColumns = common.length === table.columns.length && columns.length === table.columns.length;
    const [a, b] = await Promise.all([
        sameColumns ? state.hashes.get(table.display) : hashTable(source, table, options, common),
        hashTable(target, table, options, common),
    ]);
    const chunks = table.buckets ? table.buckets.count : undefined;
    if (a.error || b.error)
        return {
            ...base,
            rows: a.rows,
            restoredRows: b.error ? null : b.rows,
            equal: false,
            firstMismatch: `could not hash: ${a.error ?? b.error}`,
            chunks,
        };
    const equal = sameData(a, b);
    let firstMismatch = null;
    if (!equal) {
        firstMismatch = await locateMismatch(source, target, table, common, a, b, options.hash).catch((err) => `differs (could not locate: ${err.message})`);
        if (a.rows !== b.rows)
            firstMismatch = `${a.rows} rows in the source, ${b.rows} in the ${targetLabel}; ${firstMismatch}`;
        if (targetLabel !== 'restore')
            firstMismatch = firstMismatch.replace(/the restore/g, `the ${targetLabel}`);
    }
    return { ...base, rows: a.rows, restoredRows: b.rows, equal, firstMismatch, chunks };
}

;// CONCATENATED MODULE: ./src/backup/dump-restore.ts
/**
 * Running pg_dump and pg_restore, and the scratch database a restore goes into: created with a
 * recognisable name and comment (so a leaked one can be found), dropped afterwards by the
 * caller on success and failure alike.
 */




const SCRATCH_PREFIX = 'pgci_verify_';
const SCRATCH_COMMENT = 'pgci backup-verify scratch database: safe to drop';
/** pg_dump or pg_restore failed: the tool's own error lines, without passwords. */
class ToolRunError extends Error {
    errors;
    name = 'ToolRunError';
    constructor(message, errors) {
        super(message);
        this.errors = errors;
    }
}
function run(binary, args, env) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(binary, args, { env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 }, (err, _stdout, stderr) => {
            const code = err ? (typeof err.code === 'number' ? err.code : 127) : 0;
            resolve({ code, stderr: String(stderr) });
        });
    });
}
/** libpq takes the URL as --dbname; the password goes by PGPASSWORD, never on the command line. */
function connectionArgs(url) {
    const u = new URL(url);
    const password = (0,connect/* urlPassword */.Ds)(url);
    u.password = '';
    u.searchParams.delete('password');
    return { dbname: u.toString(), env: password ? { PGPASSWORD: password } : {} };
}
function errorLines(stderr, url) {
    const password = (0,connect/* urlPassword */.Ds)(url);
    return stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => /error|fatal|could not|invalid|aborting/i.test(l))
        .map((l) => (password ? l.split(password).join('***') : l))
        .slice(0, 20);
}
async function runDump(tools, url, output, options) {
    const { dbname, env } = connectionArgs(url);
    const args = [`--dbname=${dbname}`, `--file=${output}`, '--no-password'];
    if (options.format === 'directory')
        args.push('--format=directory', `--jobs=${Math.max(1, options.jobs)}`);
    else
        args.push('--format=custom');
    if (options.snapshot)
        args.push(`--snapshot=${options.snapshot}`);
    const r = await run(tools.pgDump, args, env);
    if (r.code !== 0) {
        const errors = errorLines(r.stderr, url);
        throw new ToolRunError(`pg_dump of ${(0,connect/* redactUrl */.BO)(url)} failed (exit ${r.code}): ${errors[0] ?? r.stderr.trim().split('\n').pop() ?? 'no message'}`, errors);
    }
}
async function runRestore(tools, archive, url, jobs) {
    const { dbname, env } = connectionArgs(url);
    const started = performance.now();
    const r = await run(tools.pgRestore, [`--dbname=${dbname}`, `--jobs=${Math.max(1, jobs)}`, '--no-password', archive], env);
    const seconds = Math.round((performance.now() - started) / 10) / 100;
    const errors = r.code === 0 ? [] : errorLines(r.stderr, url);
    if (r.code !== 0 && !errors.length)
        errors.push(r.stderr.trim().split('\n').pop() || `pg_restore exited ${r.code}`);
    return { ok: r.code === 0, seconds, errors };
}
/** The source database's encoding and locale, which the scratch database copies. */
async function databaseLocale(url) {
    const c = await (0,connect.connect)(url, { applicationName: 'pgci backup-verify' });
    try {
        const { rows } = await c.query(`SELECT pg_encoding_to_char(encoding) AS encoding, datcollate AS collate, datctype AS ctype
       FROM pg_database WHERE datname = current_database()`);
        return rows[0];
    }
    finally {
        await c.end();
    }
}
const literal = (s) => `'${s.replace(/'/g, "''")}'`;
/** Creates an empty scratch database on the server of `serverUrl`. */
async function createScratchDatabase(serverUrl, locale) {
    const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
    const name = `${SCRATCH_PREFIX}${stamp}_${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
    const admin = await (0,connect.connect)(serverUrl, { applicationName: 'pgci backup-verify' });
    try {
        // template0: an empty database, whatever was added to template1.
        const like = locale
            ? ` ENCODING ${literal(locale.encoding)} LC_COLLATE ${literal(locale.collate)} LC_CTYPE ${literal(locale.ctype)}`
            : '';
        await admin.query(`CREATE DATABASE ${ident(name)} TEMPLATE template0${like}`);
        await admin.query(`COMMENT ON DATABASE ${ident(name)} IS '${SCRATCH_COMMENT}'`);
    }
    finally {
        await admin.end();
    }
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    let dropped = false;
    return {
        name,
        url: u.toString(),
        async drop() {
            if (dropped)
                return;
            const c = await (0,connect.connect)(serverUrl, { applicationName: 'pgci backup-verify' });
            try {
                await c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`);
                dropped = true;
            }
            finally {
                await c.end();
            }
        },
    };
}

// EXTERNAL MODULE: ./src/backup/pg-tools.ts
var pg_tools = __webpack_require__(80179);
;// CONCATENATED MODULE: ./src/backup/verify.ts
/**
 * backup-verify, the self-managed path: pg_dump (inside an exported snapshot) → sha256 →
 * optional AES-256-GCM encryption and a decrypt round-trip → pg_restore --jobs into a scratch
 * database (while the source is hashed in the very snapshot that was dumped) → schema and data
 * comparison → RPO/RTO against the targets. The scratch database and the archive's temporary
 * directory are removed on every path out, failures included.
 * Compare mode (compareDatabases) runs the same comparison between two live databases.
 */











const execP = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const secondsSince = (t) => Math.round((performance.now() - t) / 10) / 100;
function emptyResult(mode, source, target) {
    return {
        ok: false,
        mode,
        source: (0,connect/* redactUrl */.BO)(source),
        target: target ? (0,connect/* redactUrl */.BO)(target) : null,
        restoreSeconds: null,
        backupAgeHours: null,
        targets: { rpoOk: null, rtoOk: null },
        tables: [],
        schemaDifferences: [],
        skipped: [],
        largeObjects: null,
        hash: null,
        strict: false,
        archive: null,
        tools: null,
        scratchDatabase: null,
        snapshot: false,
        timings: {},
    };
}
/** Errors a person can act on become result.error; anything else is a bug and is rethrown. */
function explainable(err) {
    if (err instanceof pg_tools/* PgToolsError */.Rb ||
        err instanceof ToolRunError ||
        err instanceof ArchiveError ||
        err instanceof connect/* ConnectionError */.Rc)
        return err.message;
    const code = err.code;
    if (code && /^[0-9A-Z]{5}$/.test(code))
        return `PostgreSQL refused: ${err.message}`;
    return undefined;
}
function dataOptions(options, hash) {
    return {
        hash,
        strict: options.strict ?? false,
        chunkRows: options.chunkRows,
        exclude: options.exclude,
    };
}
function applyComparison(result, c) {
    Object.assign(result, {
        tables: c.tables,
        schemaDifferences: c.schemaDifferences,
        skipped: c.skipped,
        largeObjects: c.largeObjects,
        hash: c.hash,
        strict: c.strict,
    });
}
function applyTargets(result, targets = {}) {
    const rpoOk = targets.rpoHours === undefined || result.backupAgeHours === null
        ? null
        : result.backupAgeHours <= targets.rpoHours;
    const rtoOk = targets.rtoMinutes === undefined || result.restoreSeconds === null
        ? null
        : result.restoreSeconds <= targets.rtoMinutes * 60;
    result.targets = { ...targets, rpoOk, rtoOk };
}
/** Compare mode: two live databases, schema and data. */
async function compareDatabases(sourceUrl, targetUrl, options = {}) {
    const result = emptyResult('compare', sourceUrl, targetUrl);
    const started = performance.now();
    const jobs = options.jobs ?? 2;
    let source;
    let target;
    try {
        [source, target] = await Promise.all([
            openSide('source', sourceUrl, jobs),
            openSide('target', targetUrl, jobs),
        ]);
        const opts = dataOptions(options, hashKind(options.hash, source.major, target.major));
        const state = await startSource(source, opts);
        const c = await compareWith(source, state, target, opts, 'target');
        applyComparison(result, c);
        result.timings = { sourceSeconds: c.seconds.source, targetSeconds: c.seconds.target };
        result.ok = c.ok;
    }
    catch (err) {
        const message = explainable(err);
        if (message === undefined)
            throw err;
        result.error = message;
    }
    finally {
        await Promise.all([closeSide(source), closeSide(target)]);
    }
    result.timings.totalSeconds = secondsSince(started);
    applyTargets(result, options.targets);
    return result;
}
/** Opens a transaction on the source and exports its snapshot for pg_dump and the hashing. */
async function exportSnapshot(url) {
    const client = await (0,connect.connect)(url, { applicationName: 'pgci backup-verify snapshot' });
    try {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const { rows } = await client.query('SELECT pg_export_snapshot() AS id');
        return { client, id: rows[0].id };
    }
    catch {
        // A standby or a restricted role: fall back to hashing the live source.
        await client.end().catch(() => undefined);
        return undefined;
    }
}
/** "Archive created at 2026-11-27 08:01:02 UTC" from pg_restore --list, as an ISO time. */
async function archiveCreatedAt(tools, archive) {
    try {
        const { stdout } = await execP(tools.pgRestore, ['--list', archive], {
            maxBuffer: 256 * 1024 * 1024,
        });
        const m = /Archive created at (\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)\s*(\S+)?/.exec(stdout);
        if (!m)
            return undefined;
        const zone = m[3] && /^[+-]\d\d(:?\d\d)?$/.test(m[3]) ? m[3] : 'Z';
        const d = new Date(`${m[1]}T${m[2]}${m[3] === 'UTC' || !m[3] ? 'Z' : zone}`);
        return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
    }
    catch {
        return undefined;
    }
}
/**
 * A cancelled run (Ctrl-C, a cancelled workflow's SIGTERM) still drops its scratch database
 * and removes the archive's temporary directory:
 * node would otherwise exit without running any finally block. Returns the unregistration.
 */
function dropOnSignal(scratch, work, log) {
    const handler = (signal) => {
        log(`pgci backup-verify: ${signal}: dropping the scratch database ${scratch.name}`);
        void Promise.allSettled([scratch.drop(), (0,promises_.rm)(work, { recursive: true, force: true })]).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    };
    process.once('SIGINT', handler);
    process.once('SIGTERM', handler);
    return () => {
        process.off('SIGINT', handler);
        process.off('SIGTERM', handler);
    };
}
/** The whole self-managed backup-verify. */
async function backupVerify(options) {
    const log = options.log ?? (() => undefined);
    const result = emptyResult('backup', options.sourceUrl, null);
    const started = performance.now();
    const jobs = options.jobs ?? 2;
    const format = options.format ?? 'custom';
    let source;
    let target;
    let snapshot;
    let scratch;
    let work;
    let stopSignals;
    try {
        source = await openSide('source', options.sourceUrl, jobs);
        const tools = await (0,pg_tools/* findPgTools */.az)(source.major, {
            binDir: options.pgBin,
            install: options.installTools,
            log,
        });
        result.tools = {
            pgDump: tools.pgDump,
            pgRestore: tools.pgRestore,
            version: tools.version,
            source: tools.source,
        };
        log(`pgci backup-verify: using ${tools.version} (${tools.source})`);
        work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'pgci-backup-'));
        let archive;
        let t = performance.now();
        if (options.archive) {
            archive = options.archive;
            log(`pgci backup-verify: verifying the archive ${archive} against the live source`);
        }
        else {
            snapshot = await exportSnapshot(options.sourceUrl);
            source.snapshot = snapshot?.id;
            result.snapshot = snapshot !== undefined;
            archive = (0,external_node_path_.join)(work, format === 'directory' ? 'dump.dir' : 'dump.pgdump');
            log(`pgci backup-verify: pg_dump --format=${format}${format === 'directory' ? ` --jobs=${jobs}` : ''} of ${result.source}`);
            await runDump(tools, options.sourceUrl, archive, { format, jobs, snapshot: snapshot?.id });
            result.timings.dumpSeconds = secondsSince(t);
        }
        const isDir = (await (0,promises_.stat)(archive)).isDirectory();
        t = performance.now();
        let restoreFrom = archive;
        if (options.archive && options.encryptionKey) {
            // A given archive is encrypted: decrypt it for the restore.
            restoreFrom = (0,external_node_path_.join)(work, isDir ? 'decrypted.dir' : 'decrypted.pgdump');
            await decryptArchive(archive, restoreFrom, options.encryptionKey);
        }
        const sha256 = await sha256Archive(restoreFrom);
        result.archive = {
            format: isDir ? 'directory' : 'custom',
            bytes: (await archiveFiles(restoreFrom)).bytes,
            sha256,
            encrypted: Boolean(options.encryptionKey),
        };
        if (options.encryptionKey && !options.archive) {
            const encrypted = (0,external_node_path_.join)(work, isDir ? 'dump.enc.dir' : 'dump.pgdump.enc');
            await encryptArchive(archive, encrypted, options.encryptionKey);
            result.archive.encryptedSha256 = await sha256Archive(encrypted);
            // The round trip: restore from what decrypting the stored file gives, never the plaintext.
            restoreFrom = (0,external_node_path_.join)(work, isDir ? 'roundtrip.dir' : 'roundtrip.pgdump');
            await decryptArchive(encrypted, restoreFrom, options.encryptionKey);
            result.archive.roundTrip = (await sha256Archive(restoreFrom)) === sha256;
            if (!result.archive.roundTrip)
                throw new ArchiveError('The decrypted archive differs from the dump (sha256 mismatch).');
            archive = encrypted;
        }
        result.timings.archiveSeconds = secondsSince(t);
        if (options.keepArchiveDir) {
            const stamp = new Date().toISOString().replace(/[:.]/g, '-');
            const ext = (isDir ? '' : '.pgdump') + (archive.includes('.enc') ? '.enc' : '');
            const kept = (0,external_node_path_.join)(options.keepArchiveDir, `pgci-backup-${stamp}${ext}`);
            await (0,promises_.cp)(archive, kept, { recursive: true });
            result.archive.kept = kept;
        }
        if (options.archive) {
            // An existing backup: its age is what the RPO is about.
            const createdAt = await archiveCreatedAt(tools, restoreFrom);
            if (createdAt)
                result.archive.createdAt = createdAt;
            const made = createdAt ? Date.parse(createdAt) : (await (0,promises_.stat)(archive)).mtimeMs;
            result.backupAgeHours = Math.round(((Date.now() - made) / 3_600_000) * 100) / 100;
        }
        else {
            result.backupAgeHours = 0; // the dump was just taken
        }
        scratch = await createScratchDatabase(options.scratchUrl ?? options.sourceUrl, await databaseLocale(options.sourceUrl));
        stopSignals = dropOnSignal(scratch, work, log);
        result.scratchDatabase = { name: scratch.name, dropped: false };
        result.target = (0,connect/* redactUrl */.BO)(scratch.url);
        target = await openSide('restore', scratch.url, jobs);
        const opts = dataOptions(options, hashKind(options.hash, source.major, target.major));
        log(`pgci backup-verify: pg_restore --jobs=${jobs} into ${scratch.name}, hashing the source meanwhile`);
        t = performance.now();
        const [restore, state] = await Promise.all([
            runRestore(tools, restoreFrom, scratch.url, jobs),
            startSource(source, opts),
        ]);
        result.restoreSeconds = restore.seconds;
        result.timings.restoreSeconds = restore.seconds;
        if (!restore.ok) {
            await state.done;
            result.restoreErrors = restore.errors;
            throw new ToolRunError(`pg_restore failed: ${restore.errors[0] ?? 'no message'}${restore.errors.length > 1 ? ` (and ${restore.errors.length - 1} more)` : ''}`, restore.errors);
        }
        t = performance.now();
        const c = await compareWith(source, state, target, opts);
        result.timings.sourceHashSeconds = c.seconds.source;
        result.timings.verifySeconds = secondsSince(t);
        applyComparison(result, c);
        result.ok = c.ok;
    }
    catch (err) {
        const message = explainable(err);
        if (message === undefined)
            throw err;
        result.ok = false;
        result.error = message;
    }
    finally {
        stopSignals?.();
        await Promise.all([closeSide(source), closeSide(target)]);
        if (snapshot)
            await snapshot.client.end().catch(() => undefined);
        if (scratch) {
            try {
                await scratch.drop();
                result.scratchDatabase = { name: scratch.name, dropped: true };
            }
            catch (err) {
                log(`pgci backup-verify: could not drop the scratch database ${scratch.name}: ${err.message}`);
            }
        }
        if (work)
            await (0,promises_.rm)(work, { recursive: true, force: true });
    }
    result.timings.totalSeconds = secondsSince(started);
    applyTargets(result, options.targets);
    if (result.targets.rpoOk === false || result.targets.rtoOk === false)
        result.ok = false;
    return result;
}


/***/ })

};
