import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 513;
export const ids = [513];
export const modules = {

/***/ 93513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyCloudSqlBackup: () => (/* binding */ verifyCloudSqlBackup)
});

// UNUSED EXPORTS: CREATED_LABEL, CloudSqlVerifyError, SCRATCH_LABEL, SOURCE_LABEL, ScratchGuardError, assertScratchDeletable, scratchName

// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(46409);
;// CONCATENATED MODULE: ./src/backup/cloudsql-connect.ts
/**
 * How backup-verify reaches a Cloud SQL instance's databases over SQL: one small function, so a
 * Cloud SQL connector (IAM, ephemeral certificates) can take its place without touching the
 * verification. Today: the pgci emulator tells the URL of the PostgreSQL behind an instance;
 * against the real API the URL the user gave for the source is reused for the scratch with its
 * host swapped for the scratch instance's IP of the same kind (a restore carries the source's
 * users and passwords over, and the scratch is made with the source's network settings).
 */

function withDatabase(url, database) {
    const u = new URL(url);
    u.pathname = `/${encodeURIComponent(database)}`;
    return u.toString();
}
function addresses(instance) {
    return (instance.ipAddresses ?? []).map((a) => ({
        type: String(a.type ?? ''),
        ip: String(a.ipAddress ?? ''),
    }));
}
/** The emulator's URL for an instance's own PostgreSQL (http:// endpoints only). */
async function emulatorUrl(endpoint, target) {
    if (!endpoint.startsWith('http://'))
        return undefined;
    const res = await fetch(`${endpoint.replace(/\/$/, '')}/emulator/instances/${encodeURIComponent(target.project)}/${encodeURIComponent(target.name)}`).catch(() => undefined);
    if (!res?.ok)
        return undefined;
    const body = (await res.json());
    return body.databaseUrl ?? undefined;
}
/** A URL for `database` on `target` (the source itself or a scratch instance). */
async function instanceDatabaseUrl(via, target, database) {
    const isSource = target.project === via.source.project && target.name === via.source.name;
    if (isSource && via.sourceUrl)
        return withDatabase(via.sourceUrl, database);
    if (via.apiEndpoint) {
        const url = await emulatorUrl(via.apiEndpoint, target);
        if (url)
            return withDatabase(url, database);
    }
    if (!via.sourceUrl)
        throw new load/* InputError */.dz(`pgci backup-verify: give --database-url for the source instance ${via.source.name} (its IP, or through the Cloud SQL Auth Proxy); pgci reaches the scratch instance the same way.`);
    const source = new URL(via.sourceUrl);
    const kind = addresses(via.source.instance).find((a) => a.ip === source.hostname)?.type;
    if (!kind)
        throw new load/* InputError */.dz(`pgci backup-verify: the source URL's host ${source.hostname} is none of ${via.source.name}'s IP addresses (a proxy?), so the scratch instance cannot be reached the same way; give a --database-url with the instance's public or private IP.`);
    const ip = addresses(target.instance).find((a) => a.type === kind)?.ip;
    if (!ip)
        throw new load/* InputError */.dz(`pgci backup-verify: the scratch instance ${target.name} has no ${kind} IP address.`);
    source.hostname = ip;
    return withDatabase(source.toString(), database);
}

// EXTERNAL MODULE: ./src/backup/verify.ts + 10 modules
var verify = __webpack_require__(95435);
;// CONCATENATED MODULE: ./src/backup/cloudsql.ts
/**
 * backup-verify, the Cloud SQL path, through the Admin API: the newest successful backup run and
 * its age (RPO), point-in-time recovery and its window, then a scratch instance (labelled
 * pgci-scratch=true, pgci-source=<name>, pgci-created-at=<epoch s>) made with the source's
 * version, tier and disk, filled by restoreBackup from that run — or by a clone at
 * --point-in-time — timed (RTO), compared with the source database by database (schema and
 * data, the same comparison as compare mode), and deleted on every path out: success, failure,
 * SIGINT/SIGTERM. A guard refuses to delete the source or any instance without the scratch label.
 */



const SCRATCH_LABEL = 'pgci-scratch';
const SOURCE_LABEL = 'pgci-source';
const CREATED_LABEL = 'pgci-created-at';
/** A refusal to delete an instance that may not be a scratch instance. */
class ScratchGuardError extends Error {
    name = 'ScratchGuardError';
}
/** The guard before any delete: never the source, never an instance without the scratch labels. */
function assertScratchDeletable(name, sourceName, labels) {
    if (name === sourceName)
        throw new ScratchGuardError(`refusing to delete ${name}: it is the source instance.`);
    if (labels?.[SCRATCH_LABEL] !== 'true')
        throw new ScratchGuardError(`refusing to delete ${name}: it lacks the label ${SCRATCH_LABEL}=true, so pgci did not make it as a scratch instance.`);
    if (labels[SOURCE_LABEL] !== labelValue(sourceName))
        throw new ScratchGuardError(`refusing to delete ${name}: its ${SOURCE_LABEL} label is "${labels[SOURCE_LABEL] ?? ''}", not ${sourceName}.`);
}
/** Label values: at most 63 lower-case letters, digits, - and _. */
function labelValue(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9_-]/g, '-')
        .slice(0, 63);
}
/** `<source>-verify-<base36 time>`: unique (Cloud SQL refuses a name reused within a week). */
function scratchName(source, now = Date.now()) {
    const suffix = `-verify-${now.toString(36)}${Math.floor(Math.random() * 36 ** 2)
        .toString(36)
        .padStart(2, '0')}`;
    return `${source.slice(0, 80 - suffix.length).replace(/-+$/, '')}${suffix}`;
}
const hoursSince = (iso, now) => Math.round(((now - Date.parse(iso)) / 3_600_000) * 100) / 100;
const secondsSince = (t) => Math.round((performance.now() - t) / 10) / 100;
function str(v) {
    if (v === undefined || v === null || v === '')
        return undefined;
    if (typeof v === 'object' && 'seconds' in v) {
        // google.protobuf.Timestamp as gax returns it.
        const t = v;
        return new Date(Number(t.seconds ?? 0) * 1000 + (t.nanos ?? 0) / 1e6).toISOString();
    }
    return String(v);
}
async function getInstance(api, name) {
    try {
        const [inst] = await api.withRetry(api.admin, `get instance ${name}`, () => api.admin.instances.get({ project: api.project, instance: name }));
        return api.canonical('DatabaseInstance', inst);
    }
    catch (err) {
        if (err.httpStatus === 404)
            return undefined;
        throw err;
    }
}
/** Starts a mutation, waits for its operation; returns the seconds it took. */
async function mutate(api, what, call) {
    const t = performance.now();
    const [op] = await api.withRetry(api.admin, what, call, Date.now() + api.timeoutMs);
    await api.waitForOperation(api.rest, api.project, String(op.name), what, api.timeoutMs);
    return secondsSince(t);
}
/** The newest SUCCESSFUL run, and what to say when there is none. */
async function latestSuccessfulRun(api, instance) {
    const [list] = await api.withRetry(api.admin, `list backup runs of ${instance}`, () => api.admin.backupRuns.list({ project: api.project, instance, maxResults: 100 }));
    const runs = (api.canonical('BackupRunsListResponse', list).items ?? []);
    const when = (r) => Date.parse(str(r.endTime) ?? str(r.startTime) ?? '') || 0;
    const ok = runs.filter((r) => r.status === 'SUCCESSFUL').sort((a, b) => when(b) - when(a));
    if (ok[0])
        return { run: ok[0] };
    const last = [...runs].sort((a, b) => when(b) - when(a))[0];
    return {
        why: last
            ? `no successful backup run of ${instance}: the newest of ${runs.length} is ${String(last.status)}${last.error?.message ? ` (${String(last.error.message)})` : ''}.`
            : `no backup run of ${instance} at all: enable automated backups (instance.backups.enabled in pgci.yml) or take one (gcloud sql backups create --instance ${instance}).`,
    };
}
/** Which databases to compare: the ones asked for, else all but postgres (if there are others). */
async function databasesOf(api, instance) {
    const [list] = await api.withRetry(api.admin, `list databases of ${instance}`, () => api.admin.databases.list({ project: api.project, instance }));
    return (list.items ?? [])
        .map((d) => String(d.name))
        .filter((n) => n !== 'cloudsqladmin');
}
function mergeComparison(result, database, part) {
    result.tables.push(...part.tables.map((t) => ({ ...t, name: `${database}/${t.name}` })));
    result.schemaDifferences.push(...part.schemaDifferences.map((d) => ({
        ...d,
        object: `${database}/${d.object}`,
        text: `[${database}] ${d.text}`,
    })));
    result.skipped.push(...part.skipped.map((s) => ({ ...s, name: `${database}/${s.name}` })));
    if (part.largeObjects) {
        const lo = result.largeObjects ?? { rows: 0, restoredRows: 0, equal: true };
        result.largeObjects = {
            rows: lo.rows + part.largeObjects.rows,
            restoredRows: lo.restoredRows + part.largeObjects.restoredRows,
            equal: lo.equal && part.largeObjects.equal,
        };
    }
    result.hash ??= part.hash;
    result.strict = part.strict;
    for (const [k, v] of Object.entries(part.timings))
        result.timings[`${database}.${k}`] = v;
    if (part.error)
        result.error = `${database}: ${part.error}`;
}
/**
 * A cancelled run (Ctrl-C, a cancelled workflow's SIGTERM) still deletes its scratch instance:
 * node would otherwise exit without running any finally block. Whichever ends first, the
 * handler's cleanup or the main flow (its wait failing once the scratch goes), exits with the
 * signal's code (130, 143) after the one shared cleanup.
 */
function deleteOnSignal(cleanup, log) {
    let received;
    const exitIfCancelled = () => {
        if (received)
            process.exit(received === 'SIGINT' ? 130 : 143);
    };
    const handler = (signal) => {
        received = signal;
        log(`pgci backup-verify: ${signal}: deleting the scratch instance`);
        void cleanup().finally(exitIfCancelled);
    };
    process.once('SIGINT', handler);
    process.once('SIGTERM', handler);
    return {
        stop() {
            process.off('SIGINT', handler);
            process.off('SIGTERM', handler);
        },
        exitIfCancelled,
    };
}
async function verifyCloudSqlBackup(options) {
    const log = options.log ?? (() => undefined);
    const { project, instance: sourceName } = options;
    const where = `${project}:${sourceName}${options.apiEndpoint ? ` via ${options.apiEndpoint}` : ''}`;
    const result = (0,verify/* emptyResult */.$)('cloudsql', `cloudsql://${project}/${sourceName}`, null);
    const started = performance.now();
    const apiModule = await Promise.all(/* import() */[__webpack_require__.e(492), __webpack_require__.e(528), __webpack_require__.e(806), __webpack_require__.e(847)]).then(__webpack_require__.bind(__webpack_require__, 43847));
    const protoJson = await Promise.all(/* import() */[__webpack_require__.e(528), __webpack_require__.e(796)]).then(__webpack_require__.bind(__webpack_require__, 30796));
    const admin = apiModule.createSqlAdmin({
        ...(options.apiEndpoint ? { apiEndpoint: options.apiEndpoint } : {}),
        ...(options.pollInitialMs !== undefined ? { pollInitialMs: options.pollInitialMs } : {}),
        ...(options.retryBaseMs !== undefined ? { retryBaseMs: options.retryBaseMs } : {}),
        onProgress: (line) => log(`pgci backup-verify: ${line}`),
    });
    const restModule = await __webpack_require__.e(/* import() */ 713).then(__webpack_require__.bind(__webpack_require__, 4713));
    const api = {
        admin,
        rest: new restModule.SqlAdminRest(admin.options),
        project,
        timeoutMs: options.timeoutMs ?? 3_600_000,
        withRetry: apiModule.withRetry,
        waitForOperation: restModule.waitForOperation,
        canonical: protoJson.canonical,
        requestObject: protoJson.requestObject,
    };
    const facts = {
        project,
        instance: sourceName,
        databaseVersion: '',
        tier: '',
        backupRun: null,
        pitr: { enabled: false },
        databases: [],
        scratchInstance: null,
        ...(options.pointInTime ? { pointInTime: options.pointInTime } : {}),
    };
    result.cloudSql = facts;
    let scratch;
    let deleting;
    const deleteScratch = () => {
        deleting ??= (async () => {
            if (!scratch?.requested)
                return;
            const s = scratch;
            try {
                const live = await getInstance(api, s.name);
                if (!live) {
                    // The create never got through (or a clone failed): nothing to delete.
                    facts.scratchInstance = { name: s.name, labels: s.labels, deleted: true };
                    return;
                }
                const labels = (live.settings?.userLabels ?? {});
                assertScratchDeletable(s.name, sourceName, labels);
                log(`pgci backup-verify: deleting the scratch instance ${s.name}`);
                await mutate(api, `delete scratch instance ${s.name}`, () => admin.instances.delete({ project, instance: s.name }));
                facts.scratchInstance = { name: s.name, labels, deleted: true };
            }
            catch (err) {
                facts.scratchInstance = {
                    name: s.name,
                    labels: s.labels,
                    deleted: false,
                    deleteError: `${err.message} Delete it by hand: gcloud sql instances delete ${s.name} --project ${project}`,
                };
            }
        })();
        return deleting;
    };
    const stopSignals = deleteOnSignal(deleteScratch, log);
    try {
        const source = await getInstance(api, sourceName);
        if (!source)
            throw new load/* InputError */.dz(`pgci backup-verify: the Cloud SQL instance ${where} does not exist; check --project and --instance (or instance: in pgci.yml).`);
        const settings = (source.settings ?? {});
        facts.databaseVersion = String(source.databaseVersion ?? '');
        facts.tier = String(settings.tier ?? '');
        const sourceAddress = { project, name: sourceName, instance: source };
        const via = {
            ...(options.apiEndpoint ? { apiEndpoint: options.apiEndpoint } : {}),
            ...(options.sourceUrl ? { sourceUrl: options.sourceUrl } : {}),
            source: sourceAddress,
        };
        if (options.backupNow) {
            log(`pgci backup-verify: taking an on-demand backup of ${sourceName}`);
            await mutate(api, `backup ${sourceName}`, () => admin.backupRuns.insert({
                project,
                instance: sourceName,
                body: api.requestObject('BackupRun', {
                    instance: sourceName,
                    description: 'pgci backup-verify',
                }),
            }));
        }
        // RPO: the newest successful backup run and how old its data is (its start).
        const { run, why } = await latestSuccessfulRun(api, sourceName);
        if (!run)
            throw new CloudSqlVerifyError(why);
        facts.backupRun = {
            id: String(run.id),
            type: String(run.type ?? ''),
            status: String(run.status),
            ...(str(run.startTime) ? { startTime: str(run.startTime) } : {}),
            ...(str(run.endTime) ? { endTime: str(run.endTime) } : {}),
        };
        const dataTime = str(run.startTime) ?? str(run.endTime) ?? str(run.enqueuedTime);
        if (dataTime)
            result.backupAgeHours = hoursSince(dataTime, Date.now());
        // PITR: on or off, and the window the API reports.
        facts.pitr.enabled = Boolean(settings.backupConfiguration?.pointInTimeRecoveryEnabled);
        if (facts.pitr.enabled) {
            try {
                const [w] = await api.withRetry(admin, `latest recovery time of ${sourceName}`, () => admin.instances.getLatestRecoveryTime({ project, instance: sourceName }));
                const latest = str(w.latestRecoveryTime);
                const earliest = str(w.earliestRecoveryTime);
                if (latest)
                    facts.pitr.latestRecoveryTime = latest;
                if (earliest)
                    facts.pitr.earliestRecoveryTime = earliest;
            }
            catch (err) {
                facts.pitr.error = err.message;
            }
        }
        if (options.pointInTime !== undefined)
            checkPointInTime(options.pointInTime, facts, sourceName);
        facts.databases = options.databases?.length
            ? options.databases
            : await databasesOf(api, sourceName).then((all) => all.length > 1 ? all.filter((d) => d !== 'postgres') : all);
        // Reach the source before paying for a scratch instance: a wrong URL fails here, cheaply.
        const { connect } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 36741));
        const sourceProbe = await connect(await instanceDatabaseUrl(via, sourceAddress, facts.databases[0] ?? 'postgres'), { timeoutMs: 30_000 });
        await sourceProbe.end();
        // The scratch instance: labelled before anything else can leak it.
        const name = scratchName(sourceName);
        const labels = {
            [SCRATCH_LABEL]: 'true',
            [SOURCE_LABEL]: labelValue(sourceName),
            [CREATED_LABEL]: String(Math.floor(Date.now() / 1000)),
        };
        scratch = { name, labels, requested: false };
        facts.scratchInstance = { name, labels, deleted: false };
        const t = performance.now();
        if (options.pointInTime !== undefined) {
            log(`pgci backup-verify: cloning ${sourceName} at ${options.pointInTime} into ${name}`);
            scratch.requested = true;
            result.timings.cloneSeconds = await mutate(api, `clone ${sourceName} into ${name}`, () => admin.instances.clone({
                project,
                instance: sourceName,
                body: api.requestObject('InstancesCloneRequest', {
                    cloneContext: { destinationInstanceName: name, pointInTime: options.pointInTime },
                }),
            }));
            // A clone takes the source's labels and deletion protection: make it a labelled scratch.
            result.timings.labelSeconds = await mutate(api, `label scratch instance ${name}`, () => admin.instances.patch({
                project,
                instance: name,
                body: api.requestObject('DatabaseInstance', {
                    settings: { userLabels: labels, deletionProtectionEnabled: false },
                }),
            }));
        }
        else {
            log(`pgci backup-verify: creating the scratch instance ${name} (${facts.databaseVersion}, ${facts.tier})`);
            scratch.requested = true;
            result.timings.createSeconds = await mutate(api, `create scratch instance ${name}`, () => admin.instances.insert({
                project,
                body: api.requestObject('DatabaseInstance', scratchBody(source, name, labels)),
            }));
            log(`pgci backup-verify: restoring backup run ${facts.backupRun.id} into ${name}`);
            result.timings.restoreOperationSeconds = await mutate(api, `restore backup ${facts.backupRun.id} into ${name}`, () => admin.instances.restoreBackup({
                project,
                instance: name,
                body: api.requestObject('InstancesRestoreBackupRequest', {
                    restoreBackupContext: {
                        backupRunId: facts.backupRun.id,
                        instanceId: sourceName,
                        project,
                    },
                }),
            }));
        }
        // RTO: from the first request until the restored instance serves its databases.
        const scratchJson = (await getInstance(api, name)) ?? {};
        const scratchAddress = { project, name, instance: scratchJson };
        const restoredDbs = new Set(await databasesOf(api, name));
        const firstUrl = await instanceDatabaseUrl(via, scratchAddress, facts.databases[0] ?? 'postgres');
        const probe = await connect(firstUrl, { timeoutMs: 60_000 });
        await probe.end();
        result.restoreSeconds = secondsSince(t);
        result.timings.restoreSeconds = result.restoreSeconds;
        result.target = `cloudsql://${project}/${name}`;
        result.ok = true;
        for (const db of facts.databases) {
            if (!restoredDbs.has(db)) {
                result.schemaDifferences.push({
                    kind: 'database',
                    object: db,
                    change: 'missing',
                    text: `database ${db} is missing in the restore`,
                });
                result.ok = false;
                continue;
            }
            log(`pgci backup-verify: comparing database ${db} of ${sourceName} and ${name}`);
            const part = await (0,verify/* compareDatabases */.OR)(await instanceDatabaseUrl(via, sourceAddress, db), await instanceDatabaseUrl(via, scratchAddress, db), options);
            mergeComparison(result, db, part);
            if (!part.ok)
                result.ok = false;
        }
    }
    catch (err) {
        // Bad input (exit 2) and programming errors propagate, after the scratch is deleted below.
        if (!(err instanceof Error) || err instanceof load/* InputError */.dz || isBug(err))
            throw err;
        result.ok = false;
        result.error = err.message.replace(/^pgci backup-verify: /, '');
    }
    finally {
        stopSignals.stop();
        await deleteScratch();
        await admin.close();
        stopSignals.exitIfCancelled();
    }
    if (facts.scratchInstance && !facts.scratchInstance.deleted)
        result.ok = false;
    result.timings.totalSeconds = secondsSince(started);
    (0,verify/* applyTargets */.x1)(result, options.targets);
    if (result.targets.rpoOk === false || result.targets.rtoOk === false)
        result.ok = false;
    return result;
}
/** A verification that cannot go on: no backup, a point in time outside the window, … */
class CloudSqlVerifyError extends Error {
    name = 'CloudSqlVerifyError';
}
/** Programming errors propagate; API refusals, timeouts and SQL failures become result.error. */
function isBug(err) {
    return err instanceof TypeError || err instanceof RangeError || err instanceof ReferenceError;
}
function checkPointInTime(pointInTime, facts, source) {
    const t = Date.parse(pointInTime);
    if (Number.isNaN(t))
        throw new load/* InputError */.dz(`pgci backup-verify: --point-in-time takes an RFC 3339 time such as 2026-11-27T08:00:00Z, not "${pointInTime}".`);
    if (!facts.pitr.enabled)
        throw new CloudSqlVerifyError(`point-in-time recovery is not enabled on ${source}, so --point-in-time ${pointInTime} cannot be restored; enable it (instance.backups.pointInTimeRecovery in pgci.yml) or verify the latest backup run instead.`);
    const { earliestRecoveryTime: earliest, latestRecoveryTime: latest } = facts.pitr;
    if (facts.pitr.error || !latest)
        throw new CloudSqlVerifyError(`--point-in-time ${pointInTime}: the API gave no recovery window for ${source}${facts.pitr.error ? ` (${facts.pitr.error})` : ''}.`);
    if ((earliest && t < Date.parse(earliest)) || t > Date.parse(latest))
        throw new CloudSqlVerifyError(`--point-in-time ${pointInTime} is outside the recovery window of ${source}: ${earliest ?? 'the first archived log'} to ${latest}. Pick a time inside it.`);
}
/** The scratch instance: the source's version, tier, edition, disk and network; no backups. */
function scratchBody(source, name, labels) {
    const s = (source.settings ?? {});
    const pick = (k) => (s[k] !== undefined ? { [k]: s[k] } : {});
    return {
        name,
        region: source.region,
        databaseVersion: source.databaseVersion,
        settings: {
            ...pick('tier'),
            ...pick('edition'),
            ...pick('dataDiskType'),
            ...pick('dataDiskSizeGb'),
            ...pick('ipConfiguration'),
            // The restore keeps the target's flags, so the scratch gets the source's.
            ...pick('databaseFlags'),
            availabilityType: 'ZONAL',
            backupConfiguration: { enabled: false },
            deletionProtectionEnabled: false,
            userLabels: labels,
        },
    };
}


/***/ })

};
