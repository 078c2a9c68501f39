import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 214;
export const ids = [214];
export const modules = {

/***/ 68620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EW: () => (/* binding */ BenchmarkError),
  MK: () => (/* binding */ closeSessions),
  rU: () => (/* binding */ drive),
  wR: () => (/* binding */ openSessions),
  Km: () => (/* binding */ runDriver)
});

// UNUSED EXPORTS: newHistogram, prepareAll

// EXTERNAL MODULE: ./node_modules/hdr-histogram-js/dist/index.js
var dist = __webpack_require__(32960);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(46409);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(83849);
// EXTERNAL MODULE: ./node_modules/pg-protocol/esm/index.js
var pg_protocol_esm = __webpack_require__(64172);
// EXTERNAL MODULE: ./src/postgres/connect.ts
var connect = __webpack_require__(36741);
;// CONCATENATED MODULE: ./src/benchmark/wire.ts
/**
 * The driver's hot path: one socket per client speaking the extended query protocol directly.
 *
 * Why not a client library per query: measured on 2 shared cores, plain `pg` (named prepared
 * statements, rowMode array) reached 0.42 × pgbench and `pg-native` 0.54, the node process
 * being the bottleneck. A benchmark needs none of what they do per query (row objects, type
 * parsing, a promise per query), so after `pg` has connected and authenticated (TLS, SCRAM,
 * every URL option) we take over its socket: statements are prepared once, each execution
 * writes one buffer holding a Bind and a constant Execute+Sync, and replies are
 * scanned frame by frame for only what a benchmark needs — errors (SQLSTATE) and
 * ReadyForQuery. Rows are never decoded. Completion is a callback, not a promise.
 *
 * Per transaction the node process spends most of its CPU in the kernel (the write that wakes
 * the server); what is left in JavaScript is kept to no allocation at all on a plain TCP or
 * Unix socket: replies land in one buffer per session (`onread`, no Buffer and no stream
 * event per read) and each Bind is encoded into one reused buffer.
 */





// Execute (unnamed portal, all rows) followed by Sync: the same bytes for every command.
const EXECUTE_SYNC = Buffer.concat([pg_protocol_esm/* serialize */.lK.execute(), pg_protocol_esm/* serialize */.lK.sync()]);
/** Bytes of Bind + Execute + Sync for `statement` and `values`. */
function encodedLength(statement, values, count) {
    let length = 1 + 4 + 1 + Buffer.byteLength(statement) + 1 + 2 + 2 + 2 + 2;
    for (let i = 0; i < count; i++)
        length += 4 + Buffer.byteLength(values[i]);
    return length + EXECUTE_SYNC.length;
}
/**
 * Encodes Bind (unnamed portal, text parameters, binary results) + Execute + Sync into `buf`
 * and returns the byte count: one write syscall per statement instead of a corked writev of
 * three (measured: writev was the largest single cost in the driver's profile). Same bytes
 * as pg-protocol's serializer except that no per-parameter format codes are sent (all text).
 */
function encodeBindExecuteSync(buf, statement, values, count = values.length) {
    buf[0] = 0x42; // B
    let o = 5;
    buf[o++] = 0; // unnamed portal
    o += buf.write(statement, o, 'utf8');
    buf[o++] = 0;
    buf.writeInt16BE(0, o); // no parameter format codes: all text
    buf.writeInt16BE(count, o + 2);
    o += 4;
    for (let i = 0; i < count; i++) {
        const written = buf.write(values[i], o + 4, 'utf8');
        buf.writeInt32BE(written, o);
        o += 4 + written;
    }
    buf.writeInt16BE(1, o); // one result format code…
    buf.writeInt16BE(1, o + 2); // …binary for every column (never decoded)
    o += 4;
    buf.writeInt32BE(o - 1, 1);
    return o + EXECUTE_SYNC.copy(buf, o);
}
/** Bind + Execute + Sync in a new buffer (tests compare it with pg-protocol's bytes). */
function bindExecuteSync(statement, values) {
    const buf = Buffer.allocUnsafe(encodedLength(statement, values, values.length));
    encodeBindExecuteSync(buf, statement, values);
    return buf;
}
// One read buffer per session: a select-only reply is ~60 bytes, a reply to 4 clients' worth
// of rows still fits; a frame split across reads is carried over in `pending`.
const READ_BUFFER = 64 * 1024;
class WireSession {
    client;
    socket;
    pending;
    done;
    error;
    /** Reused for every Bind: the previous one has been sent once its reply has arrived. */
    out = Buffer.allocUnsafe(256);
    /** Transaction status from the last ReadyForQuery: I idle, T in a block, E failed block. */
    txStatus = 'I';
    closed = false;
    fd;
    closeError;
    constructor(client, socket, 
    /** Plain socket read with `onread`: set our sink; otherwise (TLS) listen to 'data'. */
    setSink) {
        this.client = client;
        this.socket = socket;
        socket.removeAllListeners('data');
        // The socket's descriptor (a TCP or Unix socket on POSIX; -1 on Windows or under TLS).
        const fd = socket._handle?.fd;
        this.fd = setSink && typeof fd === 'number' ? fd : -1;
        if (setSink)
            setSink((buf, end) => this.onBytes(buf, end));
        else
            socket.on('data', (chunk) => this.onBytes(chunk, chunk.length));
        socket.on('close', () => this.onClose());
        socket.on('error', (err) => {
            this.closeError = err;
        });
    }
    static async open(url, applicationName = 'pgci-benchmark') {
        // TLS wraps the socket pg is given, so the onread fast path is for plain connections only.
        const plain = !new esm/* default.Client */.Ay.Client({ connectionString: url }).ssl;
        let sink;
        let raw;
        const stream = () => {
            // `onread` is accepted by the constructor (Node ≥ 12) though @types/node types it on connect.
            const options = {
                onread: {
                    buffer: Buffer.allocUnsafe(READ_BUFFER),
                    callback: (n, buf) => {
                        // While pg authenticates it reads 'data' events: hand it a copy of each read.
                        if (sink)
                            sink(buf, n);
                        else
                            socket.emit('data', Buffer.from(buf.subarray(0, n)));
                        return true;
                    },
                },
            };
            const socket = new external_node_net_.Socket(options);
            raw = socket;
            return socket;
        };
        const client = await (0,connect.connect)(url, { applicationName, stream: plain ? stream : undefined });
        // pg keeps its socket on `connection.stream`; after ReadyForQuery it is idle and ours.
        const socket = client.connection.stream;
        client.on('error', () => undefined);
        const fast = plain && socket === raw;
        return new WireSession(client, socket, fast ? (s) => (sink = s) : undefined);
    }
    /** Prepares a named statement; resolves with the server's error if it refused the SQL. */
    prepare(name, text) {
        return new Promise((resolve) => {
            this.done = resolve;
            this.socket.write(Buffer.concat([pg_protocol_esm/* serialize */.lK.parse({ name, text, types: [] }), pg_protocol_esm/* serialize */.lK.sync()]));
        });
    }
    /**
     * Executes a prepared statement with the first `count` of `values` as text parameters;
     * `done` runs at ReadyForQuery.
     */
    execute(statement, values, count, done) {
        this.done = done;
        if (this.closed)
            return this.fail();
        let out = this.out;
        const need = encodedLength(statement, values, count);
        if (need > out.length)
            out = this.out = Buffer.allocUnsafe(Math.max(need, 2 * out.length));
        const n = encodeBindExecuteSync(out, statement, values, count);
        this.send(out, n);
    }
    /**
     * Writes the first `n` bytes of `buf`. On a plain socket with nothing queued, straight to
     * its file descriptor with one write(2): Node's stream write costs a write request, a
     * nextTick and bookkeeping per call — measured as a large share of the driver's own CPU.
     * Whatever the kernel does not take at once (never seen: a Bind is ~60 bytes and the
     * previous reply has arrived) goes through the stream, which keeps the order.
     */
    send(buf, n) {
        let sent = 0;
        if (this.fd >= 0 && this.socket.writableLength === 0) {
            try {
                sent = (0,external_node_fs_.writeSync)(this.fd, buf, 0, n);
            }
            catch {
                sent = 0; // EAGAIN and the like: let the stream deal with it
            }
        }
        if (sent < n)
            this.socket.write(Buffer.from(buf.subarray(sent, n)));
    }
    /** A simple-protocol query (ROLLBACK after a failed transaction block, lock tests). */
    query(text, done) {
        this.done = done;
        if (this.closed)
            return this.fail();
        this.socket.write(pg_protocol_esm/* serialize */.lK.query(text));
    }
    queryAsync(text) {
        return new Promise((resolve) => this.query(text, resolve));
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        this.socket.end(pg_protocol_esm/* serialize */.lK.end());
        await new Promise((resolve) => {
            if (this.socket.destroyed)
                return resolve();
            this.socket.once('close', () => resolve());
            setTimeout(resolve, 1000).unref();
        });
        this.socket.destroy();
        void this.client;
    }
    fail() {
        const done = this.done;
        this.done = undefined;
        done?.({
            code: '08006',
            message: `connection lost${this.closeError ? `: ${this.closeError.message}` : ''}`,
        });
    }
    onClose() {
        const wasOpen = !this.closed;
        this.closed = true;
        if (wasOpen)
            this.fail();
    }
    // Frames: 1 type byte, int32 length (including itself), body. `chunk` may be the session's
    // reused read buffer: nothing may keep a reference to it past this call.
    onBytes(chunk, chunkEnd) {
        let buf = chunk;
        let end = chunkEnd;
        if (this.pending) {
            buf = Buffer.concat([this.pending, chunk.subarray(0, chunkEnd)]);
            end = buf.length;
            this.pending = undefined;
        }
        let offset = 0;
        while (offset + 5 <= end) {
            const length = buf.readInt32BE(offset + 1);
            const next = offset + 1 + length;
            if (next > end)
                break;
            const type = buf[offset];
            if (type === 0x5a /* Z ReadyForQuery */) {
                this.txStatus = String.fromCharCode(buf[offset + 5]);
                const done = this.done;
                const error = this.error;
                this.done = undefined;
                this.error = undefined;
                done?.(error);
            }
            else if (type === 0x45 /* E ErrorResponse */) {
                this.error = parseError(buf, offset + 5, next);
            }
            offset = next;
        }
        if (offset < end)
            this.pending = Buffer.from(buf.subarray(offset, end));
    }
}
/** ErrorResponse fields: a type byte and a C string each; we keep the SQLSTATE and message. */
function parseError(buf, start, end) {
    let code = 'XX000';
    let message = '';
    let i = start;
    while (i < end && buf[i] !== 0) {
        const field = buf[i];
        const stop = buf.indexOf(0, i + 1);
        const value = buf.toString('utf8', i + 1, stop);
        if (field === 0x43 /* C */)
            code = value;
        else if (field === 0x4d /* M */)
            message = value;
        i = stop + 1;
    }
    return { code, message };
}

;// CONCATENATED MODULE: ./src/benchmark/driver.ts
/**
 * The workload driver: N clients, each one connection, running weighted scripts.
 *
 * Closed loop (no rate): a client starts its next transaction when the last one ends. It hides
 * stalls — while the server is stuck, clients send nothing, so a 1 s stall adds one slow
 * sample per client (coordinated omission).
 * Open loop (`rate`): one shared Poisson schedule of start times for all clients, as pgbench
 * --rate; a free client takes the next scheduled start, and latency is measured from that
 * scheduled time, so time spent waiting behind a stall is counted (as pgbench --rate and wrk2).
 * Memory is fixed: HDR histograms (hdr-histogram-js) per query, never a list of samples.
 */



/** Microsecond histograms up to one hour, 3 significant digits. */
function newHistogram() {
    return dist/* build */.jq({
        lowestDiscernibleValue: 1,
        highestTrackableValue: 3_600_000_000,
        numberOfSignificantValueDigits: 3,
        autoResize: false,
    });
}
/** Bad workload, bad data or bad options: one clear message, exit code 2. */
class BenchmarkError extends load/* InputError */.dz {
    name = 'BenchmarkError';
}
/** Prepares every query on one session; a refused statement becomes one clear error. */
async function prepareAll(session, workload) {
    for (const [i, q] of workload.queries.entries()) {
        const err = await session.prepare(`pgci_q${i}`, q.sql);
        if (err)
            throw new BenchmarkError(`query "${q.name}" is refused by the server: ${err.message} (SQLSTATE ${err.code}). SQL: ${q.sql}`);
    }
}
class Client {
    session;
    vars;
    shared;
    script;
    step = 0;
    scheduled = 0;
    cmdStart = 0;
    cmdQuery = 0;
    firstSql = true;
    /** Parameter values of the current statement, reused (no array per query). */
    values = [];
    failed = false;
    onDone = (err) => this.done(err);
    onRollback = () => this.finish();
    resume = () => this.run();
    constructor(session, vars, shared) {
        this.session = session;
        this.vars = vars;
        this.shared = shared;
    }
    start(scheduled) {
        const s = this.shared;
        this.scheduled = scheduled;
        this.step = 0;
        this.failed = false;
        this.firstSql = true;
        const scripts = s.scripts;
        if (scripts.length === 1)
            this.script = scripts[0];
        else {
            const r = Math.random() * s.totalWeight;
            let k = 0;
            while (s.cumulative[k] <= r)
                k++;
            this.script = scripts[k];
        }
        this.run();
    }
    run() {
        const steps = this.script.steps;
        const vars = this.vars;
        try {
            while (this.step < steps.length) {
                const st = steps[this.step];
                if (st.kind === 'set') {
                    vars.set(st.name, st.expr(vars));
                    this.step++;
                }
                else if (st.kind === 'sleep') {
                    this.step++;
                    setTimeout(this.resume, st.micros(vars) / 1000);
                    return;
                }
                else {
                    const args = st.args;
                    const values = this.values;
                    for (let i = 0; i < args.length; i++)
                        values[i] = args[i](vars);
                    this.cmdQuery = st.query;
                    // The first statement of an open-loop transaction counts from its scheduled start.
                    this.cmdStart = this.firstSql ? this.scheduled : this.shared.now();
                    this.firstSql = false;
                    this.session.execute(this.shared.statements[st.query], values, args.length, this.onDone);
                    return;
                }
            }
        }
        catch (err) {
            // An expression failed (division by zero, bad variable): the transaction fails.
            this.shared.error({ code: 'pgci', message: err.message }, -1);
            this.failed = true;
        }
        this.finish();
    }
    done(err) {
        const s = this.shared;
        const q = s.queries[this.cmdQuery];
        if (this.scheduled >= s.measureFrom) {
            if (err)
                q.errors++;
            else {
                q.count++;
                q.histogram.recordValue(Math.max(1, Math.round((s.now() - this.cmdStart) * 1000)));
            }
        }
        if (err) {
            s.error(err, this.cmdQuery);
            this.failed = true;
            if (this.session.closed)
                return this.finish();
            if (this.session.txStatus !== 'I')
                return this.session.query('ROLLBACK', this.onRollback);
            return this.finish();
        }
        this.step++;
        this.run();
    }
    finish() {
        this.shared.record(this, !this.failed);
        this.shared.free(this);
    }
}
/** Runs the workload and returns what was measured. Sessions are closed at the end. */
async function runDriver(options) {
    const { workload, clients } = options;
    if (!(clients >= 1))
        throw new BenchmarkError('--clients must be at least 1');
    if (options.durationMs === undefined && options.transactions === undefined)
        throw new BenchmarkError('give a duration or a transaction count');
    const sessions = await openSessions(options.url, workload, clients);
    try {
        return await drive(options, sessions);
    }
    finally {
        await closeSessions(sessions);
    }
}
/** Opens `clients` connections with every statement prepared (reusable across runs). */
async function openSessions(url, workload, clients) {
    const sessions = [];
    try {
        for (let i = 0; i < clients; i++)
            sessions.push(await WireSession.open(url));
        for (const s of sessions)
            await prepareAll(s, workload);
        return sessions;
    }
    catch (err) {
        await closeSessions(sessions);
        throw err;
    }
}
async function closeSessions(sessions) {
    await Promise.all(sessions.map((s) => s.close()));
}
/** Runs the workload on already-open sessions (see openSessions). */
function drive(options, sessions) {
    const { workload } = options;
    const now = () => performance.now();
    const t0 = now();
    const warmupMs = options.warmupMs ?? 0;
    const measureFrom = t0 + warmupMs;
    const endAt = options.durationMs === undefined ? Infinity : measureFrom + options.durationMs;
    const limit = options.transactions ?? Infinity;
    const queries = workload.queries.map(() => ({
        count: 0,
        errors: 0,
        histogram: newHistogram(),
    }));
    const transaction = newHistogram();
    const errorsByCode = {};
    const errorSamples = [];
    let transactions = 0;
    let errors = 0;
    let warmupTransactions = 0;
    let started = 0;
    let lastEnd = measureFrom;
    const tpsSeries = [];
    let intervalCount = 0;
    let intervalErrors = 0;
    const cumulative = [];
    let totalWeight = 0;
    for (const s of workload.scripts)
        cumulative.push((totalWeight += s.weight));
    return new Promise((resolve) => {
        const idle = [];
        let active = 0;
        let stopping = false;
        let timer;
        const rate = options.rate;
        let nextAt = t0;
        const gap = () => (-Math.log(1 - Math.random()) * 1000) / rate;
        const shared = {
            now,
            measureFrom,
            queries,
            statements: workload.queries.map((_, i) => `pgci_q${i}`),
            scripts: workload.scripts,
            cumulative,
            totalWeight,
            record(client, ok) {
                const t = now();
                if (client.scheduled < measureFrom) {
                    warmupTransactions++;
                    return;
                }
                lastEnd = t;
                if (ok) {
                    transactions++;
                    // Bucket by the second of the measured run in which the transaction completed.
                    const second = Math.floor((t - measureFrom) / 1000);
                    while (tpsSeries.length <= second)
                        tpsSeries.push(0);
                    tpsSeries[second]++;
                    intervalCount++;
                    transaction.recordValue(Math.max(1, Math.round((t - client.scheduled) * 1000)));
                }
                else {
                    errors++;
                    intervalErrors++;
                }
            },
            free(client) {
                active--;
                idle.push(client);
                dispatch();
            },
            error(err, query) {
                errorsByCode[err.code] = (errorsByCode[err.code] ?? 0) + 1;
                if (errorSamples.length < 10 && !errorSamples.some((e) => e.code === err.code))
                    errorSamples.push({
                        code: err.code,
                        message: err.message,
                        query: workload.queries[query]?.name ?? '(expression)',
                    });
            },
        };
        const mayStart = (at) => at < endAt && started < limit;
        const begin = (client, at) => {
            if (at >= measureFrom)
                started++;
            active++;
            client.start(at);
        };
        // Closed loop: a free client starts at once. Open loop: it takes the next scheduled start.
        const dispatch = () => {
            if (stopping)
                return maybeFinish();
            const t = now();
            if (rate === undefined) {
                while (idle.length) {
                    if (!mayStart(t))
                        return stop();
                    begin(idle.pop(), t);
                }
                return;
            }
            while (idle.length && nextAt <= t) {
                if (!mayStart(nextAt))
                    return stop();
                const at = nextAt;
                nextAt += gap();
                begin(idle.pop(), at);
            }
            if (!mayStart(nextAt)) {
                if (nextAt > t)
                    return stop();
                return;
            }
            if (idle.length && !timer)
                timer = setTimeout(() => {
                    timer = undefined;
                    dispatch();
                }, Math.max(0, nextAt - t));
        };
        let lastProgress = t0;
        const progress = options.onProgress
            ? setInterval(() => {
                const t = now();
                options.onProgress({
                    elapsedS: (t - t0) / 1000,
                    tps: (intervalCount / (t - lastProgress)) * 1000,
                    p95Ms: transaction.totalCount ? transaction.getValueAtPercentile(95) / 1000 : 0,
                    errors: intervalErrors,
                    warmingUp: t < measureFrom,
                });
                lastProgress = t;
                intervalCount = 0;
                intervalErrors = 0;
            }, options.progressMs ?? 5000)
            : undefined;
        // A closed loop stops when the clock says so even if every client is stuck.
        const deadline = endAt === Infinity ? undefined : setTimeout(() => stop(), Math.max(0, endAt - now()));
        function stop() {
            stopping = true;
            if (timer)
                clearTimeout(timer);
            timer = undefined;
            maybeFinish();
        }
        function maybeFinish() {
            if (active > 0)
                return;
            if (progress)
                clearInterval(progress);
            if (deadline)
                clearTimeout(deadline);
            // The last second is partial (in-flight transactions finishing): leave it out of the chart.
            if (tpsSeries.length > 1 && endAt !== Infinity && lastEnd > endAt)
                tpsSeries.pop();
            const measuredMs = Math.max(1, lastEnd - measureFrom);
            resolve({
                mode: rate === undefined ? 'closed' : 'open',
                clients: sessions.length,
                rate,
                measuredMs,
                transactions,
                errors,
                errorsByCode,
                errorSamples,
                transaction,
                queries,
                tpsSeries,
                warmupTransactions,
            });
        }
        sessions.forEach((session, i) => {
            const vars = new Map(Object.entries(workload.vars));
            vars.set('client_id', i);
            idle.push(new Client(session, vars, shared));
        });
        dispatch();
    });
}


/***/ }),

/***/ 2214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E9: () => (/* binding */ parseDuration),
  ff: () => (/* binding */ runBenchmark)
});

// UNUSED EXPORTS: buildFromConfig

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/postgres/connect.ts
var connect = __webpack_require__(36741);
// EXTERNAL MODULE: ./src/benchmark/driver.ts + 1 modules
var driver = __webpack_require__(68620);
;// CONCATENATED MODULE: ./src/benchmark/stats.ts
/**
 * The A/B statistic. Base and head run in alternating rounds (ABBA order, so neither side is
 * always first); each round gives one median latency per query and side. Adjacent rounds form
 * a pair, and the log of head/base per pair removes drift that hits both (a noisy neighbour, a
 * warming cache). The ratio is exp(mean log ratio) and its 95% confidence interval is the
 * paired Student t interval on the log ratios — documented, deterministic, and with few pairs
 * wider than a bootstrap (which under-covers at n = 5), so an A/A run seldom crosses the bar.
 */
// Two-sided 95% Student t quantiles (0.975) by degrees of freedom.
const T975 = {
    1: 12.706,
    2: 4.303,
    3: 3.182,
    4: 2.776,
    5: 2.571,
    6: 2.447,
    7: 2.365,
    8: 2.306,
    9: 2.262,
    10: 2.228,
    11: 2.201,
    12: 2.179,
    13: 2.16,
    14: 2.145,
    15: 2.131,
    16: 2.12,
    17: 2.11,
    18: 2.101,
    19: 2.093,
    20: 2.086,
    25: 2.06,
    30: 2.042,
    40: 2.021,
    60: 2.0,
    120: 1.98,
};
function tQuantile975(df) {
    if (df < 1)
        return Infinity;
    const keys = Object.keys(T975).map(Number);
    // The next tabulated df at or below: conservative (a wider interval).
    let best = 1;
    for (const k of keys)
        if (k <= df)
            best = k;
    return df > 120 ? 1.96 : T975[best];
}
/** Paired ratio head/base with a 95% CI; inputs are per-round values of equal length. */
function pairedRatio(base, head) {
    const n = Math.min(base.length, head.length);
    const logs = [];
    for (let i = 0; i < n; i++)
        if (base[i] > 0 && head[i] > 0)
            logs.push(Math.log(head[i] / base[i]));
    const k = logs.length;
    if (k === 0)
        return { ratio: NaN, low: NaN, high: NaN, pairs: 0 };
    const mean = logs.reduce((a, b) => a + b, 0) / k;
    if (k === 1)
        return { ratio: Math.exp(mean), low: 0, high: Infinity, pairs: 1 };
    const variance = logs.reduce((a, b) => a + (b - mean) ** 2, 0) / (k - 1);
    const half = tQuantile975(k - 1) * Math.sqrt(variance / k);
    return {
        ratio: Math.exp(mean),
        low: Math.exp(mean - half),
        high: Math.exp(mean + half),
        pairs: k,
    };
}

;// CONCATENATED MODULE: ./src/benchmark/ab.ts
/**
 * Regression against the base, measured in the same job on the same server: base and head
 * scratch databases, alternating rounds (ABBA order), one median latency per query per round,
 * and per query the paired ratio head/base with its 95% CI (stats.ts). A query regresses only
 * when the whole interval lies above 1 + maxPercent/100.
 */


const ms = (us) => Math.round(us) / 1000;
async function runAB(options) {
    const names = options.head.workload.queries
        .map((q) => q.name)
        .filter((n) => options.base.workload.queries.some((q) => q.name === n));
    const samples = {
        base: new Map(names.map((n) => [n, []])),
        head: new Map(names.map((n) => [n, []])),
    };
    // Fresh connections every round: a backend process that lands on a busy core would
    // otherwise slow one side in every round, a bias that pairing cannot remove.
    const runSide = async (side, round) => {
        const { url, workload } = options[side];
        const sessions = await (0,driver/* openSessions */.wR)(url, workload, options.clients);
        let r;
        try {
            r = await (0,driver/* drive */.rU)(options.roundTransactions === undefined
                ? { workload, durationMs: options.roundMs, warmupMs: options.warmupMs }
                : { workload, transactions: options.roundTransactions, warmupMs: options.warmupMs }, sessions);
        }
        finally {
            await (0,driver/* closeSessions */.MK)(sessions);
        }
        workload.queries.forEach((q, i) => {
            const h = r.queries[i].histogram;
            if (samples[side].has(q.name))
                samples[side].get(q.name).push(h.totalCount ? ms(h.getValueAtPercentile(50)) : NaN);
        });
        options.onRound?.(`round ${round + 1}/${options.rounds} ${side}: ${Math.round((r.transactions / r.measuredMs) * 1000)} tps`);
    };
    for (let i = 0; i < options.rounds; i++) {
        const order = i % 2 === 0 ? ['base', 'head'] : ['head', 'base'];
        for (const side of order)
            await runSide(side, i);
    }
    const bar = 1 + options.maxPercent / 100;
    const queries = names.map((name) => {
        const base = samples.base.get(name);
        const head = samples.head.get(name);
        const ci = pairedRatio(base, head);
        return {
            name,
            ratio: ci.ratio,
            low: ci.low,
            high: ci.high,
            regressed: ci.low > bar,
            baseP50Ms: base,
            headP50Ms: head,
        };
    });
    return {
        rounds: options.rounds,
        roundS: options.roundMs / 1000,
        maxPercent: options.maxPercent,
        method: 'paired t interval on log(head/base) of per-round median latency, rounds in ABBA order',
        queries,
        regressed: queries.filter((q) => q.regressed).map((q) => q.name),
    };
}

;// CONCATENATED MODULE: ./src/benchmark/explain.ts
/** Parameters for query `index`, produced by running the \set steps that precede it. */
function sampleArgs(workload, index) {
    for (const script of workload.scripts) {
        const vars = new Map(Object.entries(workload.vars));
        vars.set('client_id', 0);
        for (const step of script.steps) {
            if (step.kind === 'set')
                vars.set(step.name, step.expr(vars));
            else if (step.kind === 'sql' && step.query === index)
                return step.args.map((a) => a(vars));
        }
    }
    return undefined;
}
async function explainQueries(client, workload, indexes) {
    const out = [];
    for (const i of indexes) {
        const q = workload.queries[i];
        if (/^\s*(begin|end|commit|rollback|start|set|reset|vacuum|analyze)\b/i.test(q.sql))
            continue;
        const args = sampleArgs(workload, i) ?? [];
        try {
            await client.query('BEGIN');
            const r = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, args);
            out.push({ name: q.name, plan: r.rows.map((row) => row['QUERY PLAN']).join('\n') });
        }
        catch (err) {
            out.push({ name: q.name, plan: `EXPLAIN failed: ${err.message}` });
        }
        finally {
            await client.query('ROLLBACK').catch(() => undefined);
        }
    }
    return out;
}
/** Top statements by total time, or a reason why there is no snapshot. */
async function statStatements(client, limit = 10) {
    const ext = await client.query(`SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements'`);
    if (!ext.rowCount)
        return { note: 'pg_stat_statements is not installed in this database' };
    try {
        const r = await client.query(`SELECT query, calls, total_exec_time, mean_exec_time, rows, shared_blks_hit, shared_blks_read
         FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        ORDER BY total_exec_time DESC LIMIT $1`, [limit]);
        return {
            rows: r.rows.map((x) => ({
                query: x.query,
                calls: Number(x.calls),
                totalMs: Math.round(Number(x.total_exec_time) * 1000) / 1000,
                meanMs: Math.round(Number(x.mean_exec_time) * 1000) / 1000,
                rows: Number(x.rows),
                sharedBlksHit: Number(x.shared_blks_hit),
                sharedBlksRead: Number(x.shared_blks_read),
            })),
        };
    }
    catch (err) {
        return { note: `pg_stat_statements is installed but not readable: ${err.message}` };
    }
}

;// CONCATENATED MODULE: ./src/benchmark/report.ts
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
/** A mermaid xychart-beta of TPS per second (GitHub renders it in comments). */
function tpsChart(series) {
    if (series.length < 2)
        return '';
    // At most 60 points: average neighbouring seconds on long runs.
    const step = Math.ceil(series.length / 60);
    const points = [];
    for (let i = 0; i < series.length; i += step) {
        const chunk = series.slice(i, i + step);
        points.push(Math.round(chunk.reduce((a, b) => a + b, 0) / chunk.length));
    }
    const max = Math.max(...points, 1);
    return [
        '```mermaid',
        'xychart-beta',
        '  title "Transactions per second"',
        `  x-axis "seconds" 1 --> ${points.length * step}`,
        `  y-axis "TPS" 0 --> ${Math.ceil(max * 1.1)}`,
        `  line [${points.join(', ')}]`,
        '```',
    ].join('\n');
}
function benchmarkReport(o) {
    const r = o.run;
    const violations = r.queries.filter((q) => q.slo && !q.slo.ok);
    const regressed = o.regression?.regressed ?? [];
    const status = r.transactions === 0 || violations.length || regressed.length
        ? 'fail'
        : r.errors
            ? 'warn'
            : 'pass';
    const loop = r.mode === 'open'
        ? `open loop at ${r.rate} tx/s (Poisson schedule; latency counted from each transaction's scheduled start, so stalls show)`
        : `closed loop, ${r.clients} clients — **closed loop hides stalls**: a client waits for its reply before sending more, so a server stall adds one slow sample per client; use --rate for latency you can quote`;
    const parts = [];
    const problems = [];
    if (r.transactions === 0)
        problems.push('no transaction completed');
    for (const q of violations)
        problems.push(`SLO violated by ${q.name}: ${q.slo.percentile} ${fmt(q.latencyMs[q.slo.percentile])} ms > ${q.slo.ms} ms`);
    for (const name of regressed) {
        const c = o.regression.queries.find((q) => q.name === name);
        problems.push(`${name} regressed: head/base ${c.ratio.toFixed(2)} (95% CI ${c.low.toFixed(2)}–${c.high.toFixed(2)}) > ${1 + o.regression.maxPercent / 100}`);
    }
    const summary = problems.length
        ? problems.join('; ')
        : `${fmt(r.tps)} TPS, ${r.transactions} transactions, p95 ${fmt(r.transactionLatencyMs.p95)} ms, every SLO met${o.regression ? ', no regression' : ''}${r.errors ? `, ${r.errors} errors` : ''}`;
    parts.push(`Workload \`${o.workload}\`, ${loop}; ${r.durationS} s measured after ${o.warmupS} s of warm-up (discarded). **${fmt(r.tps)} TPS**, ${r.transactions} transactions, ${r.errors} errors.`, '', '| query | count | errors | p50 ms | p90 ms | p95 ms | p99 ms | max ms | SLO |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |', ...r.queries.map((q) => `| ${q.name} | ${q.count} | ${q.errors} | ${fmt(q.latencyMs.p50)} | ${fmt(q.latencyMs.p90)} | ${fmt(q.latencyMs.p95)} | ${fmt(q.latencyMs.p99)} | ${fmt(q.latencyMs.max)} | ${q.slo ? `${q.slo.ok ? '✅' : '❌'} ${q.slo.percentile} ≤ ${q.slo.ms} ms` : ''} |`));
    const chart = tpsChart(r.tpsSeries);
    if (chart)
        parts.push('', chart);
    if (r.errors) {
        parts.push('', '**Errors by SQLSTATE:** ' +
            Object.entries(r.errorsByCode)
                .map(([c, n]) => `\`${c}\` × ${n}`)
                .join(', '));
        for (const e of r.errorSamples)
            parts.push(`- \`${e.code}\` in ${e.query}: ${e.message}`);
    }
    if (o.regression) {
        const g = o.regression;
        parts.push('', `**Regression against the base** (${g.rounds} alternating rounds of ${g.roundS} s per side; fails only when the whole 95% CI of head/base lies above ${1 + g.maxPercent / 100}):`, '', '| query | head/base | 95% CI | verdict |', '| --- | ---: | --- | --- |', ...g.queries.map((q) => `| ${q.name} | ${q.ratio.toFixed(2)} | ${q.low.toFixed(2)}–${q.high.toFixed(2)} | ${q.regressed ? '❌ regressed' : q.high < 1 ? '✅ faster' : '✅ within bounds'} |`));
    }
    if (o.explain?.length) {
        parts.push('');
        for (const e of o.explain)
            parts.push(`<details><summary>EXPLAIN (ANALYZE, BUFFERS) ${e.name}</summary>\n\n\`\`\`\n${e.plan}\n\`\`\`\n\n</details>`);
    }
    if (o.statStatements?.rows?.length) {
        parts.push('', '<details><summary>pg_stat_statements (top by total time)</summary>\n', '| calls | total ms | mean ms | rows | hit | read | query |', '| ---: | ---: | ---: | ---: | ---: | ---: | --- |', ...o.statStatements.rows.map((s) => `| ${s.calls} | ${fmt(s.totalMs)} | ${fmt(s.meanMs)} | ${s.rows} | ${s.sharedBlksHit} | ${s.sharedBlksRead} | \`${s.query.replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 120)}\` |`), '\n</details>');
    }
    else if (o.statStatements?.note)
        parts.push('', `_${o.statStatements.note}._`);
    const data = {
        workload: o.workload,
        mode: r.mode,
        hidesStalls: r.mode === 'closed',
        clients: r.clients,
        rate: r.rate,
        durationS: r.durationS,
        warmupS: o.warmupS,
        tps: r.tps,
        transactions: r.transactions,
        errors: r.errors,
        errorsByCode: r.errorsByCode,
        transactionLatencyMs: r.transactionLatencyMs,
        queries: r.queries.map((q) => ({
            name: q.name,
            count: q.count,
            errors: q.errors,
            latencyMs: q.latencyMs,
            slo: q.slo,
        })),
        tpsSeries: r.tpsSeries,
        slo: { ok: violations.length === 0, violations: violations.map((q) => q.name) },
        ...(o.regression ? { regression: o.regression } : {}),
        ...(o.explain ? { explain: o.explain } : {}),
        ...(o.statStatements ? { statStatements: o.statStatements } : {}),
    };
    return {
        check: 'benchmark',
        title: 'Benchmark',
        status,
        summary,
        details: parts.join('\n'),
        annotations: [],
        data,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/benchmark/scratch.ts
/**
 * Scratch databases for a benchmark: created on the given server, built from a folder of SQL
 * migrations applied in filename order (postgrator-style `NNN.do.name.sql`; `.undo.` files are
 * skipped) and a seed, dropped at the end. Kept small and separate so provision's migrations
 * runner can replace `applyMigrations` later without touching the rest.
 */





function urlWithDatabase(url, database) {
    const u = new URL(url);
    u.pathname = `/${encodeURIComponent(database)}`;
    return u.toString();
}
async function createScratchDatabase(serverUrl, label) {
    const name = `pgci_bench_${label}_${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
    const admin = await (0,connect.connect)(serverUrl);
    try {
        await admin.query(`CREATE DATABASE "${name}"`);
    }
    catch (err) {
        const e = err;
        throw new driver/* BenchmarkError */.EW(`cannot create the scratch database ${name}: ${e.message}${e.code === '42501' ? ' (the user needs CREATEDB)' : ''}.`);
    }
    finally {
        await admin.end();
    }
    return {
        name,
        url: urlWithDatabase(serverUrl, name),
        async drop() {
            const c = await (0,connect.connect)(serverUrl);
            try {
                await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
            }
            finally {
                await c.end();
            }
        },
    };
}
/** The migration files of a folder, in the order they apply. */
async function migrationFiles(directory) {
    let names;
    try {
        names = await (0,promises_.readdir)(directory);
    }
    catch {
        throw new driver/* BenchmarkError */.EW(`the migrations directory ${directory} cannot be read; check migrations.directory in the config.`);
    }
    return names
        .filter((n) => n.endsWith('.sql') && !/\.undo\./.test(n))
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
        .map((n) => (0,external_node_path_.join)(directory, n));
}
async function runFile(client, file, text) {
    try {
        await client.query(text);
    }
    catch (err) {
        const e = err;
        const line = e.position
            ? ` (line ${text.slice(0, Number(e.position)).split('\n').length})`
            : '';
        throw new driver/* BenchmarkError */.EW(`${file}${line}: ${e.message}${e.code ? ` (SQLSTATE ${e.code})` : ''}.`);
    }
}
async function applyMigrations(client, directory) {
    const files = await migrationFiles(directory);
    for (const f of files)
        await runFile(client, f, await (0,promises_.readFile)(f, 'utf8'));
    return files;
}
/** Seed SQL files, `:scale` (and `:'scale'`) replaced by the scale factor. */
async function applySeed(client, files, scale) {
    for (const f of files) {
        let text;
        try {
            text = await (0,promises_.readFile)(f, 'utf8');
        }
        catch {
            throw new driver/* BenchmarkError */.EW(`cannot read the seed file ${f}; check benchmark.seed.sql in the config.`);
        }
        await runFile(client, f, text.replace(/:'scale'/g, `'${scale}'`).replace(/(?<!:):scale\b/g, String(scale)));
    }
    // VACUUM as well as ANALYZE: hint bits and the visibility map set now, not during round 1.
    // A large statistics sample reads small tables whole, so two databases seeded alike get
    // the same statistics and plans (an A/A comparison then compares like with like).
    await client.query('SET default_statistics_target = 1000');
    await client.query('VACUUM ANALYZE');
    await client.query('RESET default_statistics_target');
}

;// CONCATENATED MODULE: ./src/benchmark/summary.ts
const round3 = (x) => Math.round(x * 1000) / 1000;
function latencyMs(h) {
    if (!h.totalCount)
        return { p50: 0, p90: 0, p95: 0, p99: 0, max: 0, mean: 0 };
    const at = (p) => round3(h.getValueAtPercentile(p) / 1000);
    return {
        p50: at(50),
        p90: at(90),
        p95: at(95),
        p99: at(99),
        max: round3(h.maxValue / 1000),
        mean: round3(h.mean / 1000),
    };
}
function summarize(result, workload, defaultSloMs = 200) {
    const queries = workload.queries.map((q, i) => {
        const r = result.queries[i];
        const latency = latencyMs(r.histogram);
        const slo = q.slo ?? { percentile: 95, ms: defaultSloMs };
        const key = `p${slo.percentile}`;
        return {
            name: q.name,
            sql: q.sql,
            count: r.count,
            errors: r.errors,
            latencyMs: latency,
            slo: { percentile: key, ms: slo.ms, ok: r.count === 0 || latency[key] <= slo.ms },
        };
    });
    return {
        mode: result.mode,
        clients: result.clients,
        rate: result.rate,
        durationS: round3(result.measuredMs / 1000),
        tps: Math.round((result.transactions / result.measuredMs) * 1000 * 10) / 10,
        transactions: result.transactions,
        errors: result.errors,
        errorsByCode: result.errorsByCode,
        errorSamples: result.errorSamples,
        warmupTransactions: result.warmupTransactions,
        transactionLatencyMs: latencyMs(result.transaction),
        queries,
        tpsSeries: result.tpsSeries,
    };
}

;// CONCATENATED MODULE: ./src/benchmark/builtin.ts
const BUILTIN_SCRIPTS = {
    'tpcb-like': `\\set aid random(1, 100000 * :scale)
\\set bid random(1, 1 * :scale)
\\set tid random(1, 10 * :scale)
\\set delta random(-5000, 5000)
BEGIN;
UPDATE pgbench_accounts SET abalance = abalance + :delta WHERE aid = :aid;
SELECT abalance FROM pgbench_accounts WHERE aid = :aid;
UPDATE pgbench_tellers SET tbalance = tbalance + :delta WHERE tid = :tid;
UPDATE pgbench_branches SET bbalance = bbalance + :delta WHERE bid = :bid;
INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES (:tid, :bid, :aid, :delta, CURRENT_TIMESTAMP);
END;
`,
    'simple-update': `\\set aid random(1, 100000 * :scale)
\\set bid random(1, 1 * :scale)
\\set tid random(1, 10 * :scale)
\\set delta random(-5000, 5000)
BEGIN;
UPDATE pgbench_accounts SET abalance = abalance + :delta WHERE aid = :aid;
SELECT abalance FROM pgbench_accounts WHERE aid = :aid;
INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES (:tid, :bid, :aid, :delta, CURRENT_TIMESTAMP);
END;
`,
    'select-only': `\\set aid random(1, 100000 * :scale)
SELECT abalance FROM pgbench_accounts WHERE aid = :aid;
`,
};
const BUILTIN_NAMES = Object.keys(BUILTIN_SCRIPTS);
/** pgbench's scale: the number of rows in pgbench_branches, or undefined without the tables. */
async function pgbenchScale(client) {
    const { rows } = await client.query(`SELECT to_regclass('pgbench_branches')::text AS t`);
    if (!rows[0]?.t)
        return undefined;
    const r = await client.query('SELECT count(*) AS n FROM pgbench_branches');
    return Number(r.rows[0].n);
}
/** Creates and fills pgbench's tables at `scale`, as `pgbench -i -I dtGvp -s scale`. */
async function initPgbenchTables(client, scale) {
    await client.query(`
    DROP TABLE IF EXISTS pgbench_accounts, pgbench_branches, pgbench_history, pgbench_tellers;
    CREATE TABLE pgbench_history (tid int, bid int, aid int, delta int, mtime timestamp, filler char(22));
    CREATE TABLE pgbench_tellers (tid int not null, bid int, tbalance int, filler char(84)) WITH (fillfactor = 100);
    CREATE TABLE pgbench_accounts (aid int not null, bid int, abalance int, filler char(84)) WITH (fillfactor = 100);
    CREATE TABLE pgbench_branches (bid int not null, bbalance int, filler char(88)) WITH (fillfactor = 100);
    INSERT INTO pgbench_branches (bid, bbalance) SELECT bid, 0 FROM generate_series(1, ${scale}) AS bid;
    INSERT INTO pgbench_tellers (tid, bid, tbalance) SELECT tid, (tid - 1) / 10 + 1, 0 FROM generate_series(1, ${10 * scale}) AS tid;
    INSERT INTO pgbench_accounts (aid, bid, abalance, filler) SELECT aid, (aid - 1) / 100000 + 1, 0, '' FROM generate_series(1, ${100000 * scale}) AS aid;
  `);
    await client.query('VACUUM ANALYZE pgbench_branches, pgbench_tellers, pgbench_accounts, pgbench_history');
    await client.query(`
    ALTER TABLE pgbench_branches ADD PRIMARY KEY (bid);
    ALTER TABLE pgbench_tellers ADD PRIMARY KEY (tid);
    ALTER TABLE pgbench_accounts ADD PRIMARY KEY (aid);
  `);
}

;// CONCATENATED MODULE: ./src/benchmark/expr.ts
class ExprError extends Error {
    name = 'ExprError';
}
function tokenize(src) {
    const tokens = [];
    const re = /\s*(?:(\d+\.\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|\d+[eE][-+]?\d+)|(\d+)|:([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*)|(<=|>=|<>|!=|==|<<|>>|[-+*/%(),<>=&|~#]))/y;
    let m;
    let pos = 0;
    while (pos < src.length) {
        if (/^\s*$/.test(src.slice(pos)))
            break;
        re.lastIndex = pos;
        m = re.exec(src);
        if (!m)
            throw new ExprError(`unexpected "${src.slice(pos).trim()[0]}" in "${src.trim()}"`);
        pos = re.lastIndex;
        if (m[1] !== undefined)
            tokens.push({ kind: 'num', value: Number(m[1]), int: false });
        else if (m[2] !== undefined)
            tokens.push({ kind: 'num', value: Number(m[2]), int: true });
        else if (m[3] !== undefined)
            tokens.push({ kind: 'var', name: m[3] });
        else if (m[4] !== undefined)
            tokens.push({ kind: 'id', name: m[4].toLowerCase() });
        else
            tokens.push({ kind: 'op', op: m[5] });
    }
    return tokens;
}
const num = (v, what) => {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    const n = Number(v);
    if (v.trim() === '' || Number.isNaN(n))
        throw new ExprError(`${what} is not a number: "${v}"`);
    return n;
};
const isInt = (v) => Number.isInteger(v);
/** A uniform integer in [lb, ub]. */
function randomInt(lb, ub) {
    return lb + Math.floor(Math.random() * (ub - lb + 1));
}
// The distributions as pgbench defines them (getExponentialRand, getGaussianRand, zipfian).
function randomExponential(lb, ub, p) {
    if (!(p > 0))
        throw new ExprError('random_exponential: parameter must be greater than 0');
    const cut = Math.exp(-p);
    const uniform = 1 - Math.random();
    const rand = -Math.log(cut + (1 - cut) * uniform) / p;
    return lb + Math.floor((ub - lb + 1) * rand);
}
function randomGaussian(lb, ub, p) {
    if (!(p >= 2))
        throw new ExprError('random_gaussian: parameter must be at least 2');
    let stdev;
    do {
        const r1 = 1 - Math.random();
        const r2 = 1 - Math.random();
        stdev = Math.sqrt(-2 * Math.log(r1)) * Math.sin(2 * Math.PI * r2);
    } while (stdev < -p || stdev >= p);
    const rand = (stdev + p) / (p * 2);
    return lb + Math.floor((ub - lb + 1) * rand);
}
function randomZipfian(lb, ub, s) {
    if (!(s > 1 && s <= 1000))
        throw new ExprError('random_zipfian: parameter must be in (1, 1000]');
    const n = ub - lb + 1;
    // Rejection method (Devroye), as pgbench's computeIterativeZipfian.
    const b = Math.pow(2, s - 1);
    for (;;) {
        const u = 1 - Math.random();
        const v = Math.random();
        const x = Math.floor(Math.pow(u, -1 / (s - 1)));
        const t = Math.pow(1 + 1 / x, s - 1);
        if ((v * x * (t - 1)) / (b - 1) <= t / b && x <= n)
            return lb + x - 1;
    }
}
const checkRange = (name, lb, ub) => {
    if (!isInt(lb) || !isInt(ub))
        throw new ExprError(`${name}: bounds must be integers`);
    if (ub < lb)
        throw new ExprError(`${name}: empty range given to random`);
};
const FUNCTIONS = {
    random: {
        arity: [2, 2],
        fn: ([a, b]) => {
            const lb = num(a, 'random');
            const ub = num(b, 'random');
            checkRange('random', lb, ub);
            return randomInt(lb, ub);
        },
    },
    random_exponential: {
        arity: [3, 3],
        fn: ([a, b, p]) => {
            const lb = num(a, 'random_exponential');
            const ub = num(b, 'random_exponential');
            checkRange('random_exponential', lb, ub);
            return randomExponential(lb, ub, num(p, 'random_exponential'));
        },
    },
    random_gaussian: {
        arity: [3, 3],
        fn: ([a, b, p]) => {
            const lb = num(a, 'random_gaussian');
            const ub = num(b, 'random_gaussian');
            checkRange('random_gaussian', lb, ub);
            return randomGaussian(lb, ub, num(p, 'random_gaussian'));
        },
    },
    random_zipfian: {
        arity: [3, 3],
        fn: ([a, b, p]) => {
            const lb = num(a, 'random_zipfian');
            const ub = num(b, 'random_zipfian');
            checkRange('random_zipfian', lb, ub);
            return randomZipfian(lb, ub, num(p, 'random_zipfian'));
        },
    },
    abs: { arity: [1, 1], fn: ([a]) => Math.abs(num(a, 'abs')) },
    int: { arity: [1, 1], fn: ([a]) => Math.trunc(num(a, 'int')) },
    double: { arity: [1, 1], fn: ([a]) => num(a, 'double') },
    sqrt: { arity: [1, 1], fn: ([a]) => Math.sqrt(num(a, 'sqrt')) },
    ln: { arity: [1, 1], fn: ([a]) => Math.log(num(a, 'ln')) },
    exp: { arity: [1, 1], fn: ([a]) => Math.exp(num(a, 'exp')) },
    pow: { arity: [2, 2], fn: ([a, b]) => Math.pow(num(a, 'pow'), num(b, 'pow')) },
    power: { arity: [2, 2], fn: ([a, b]) => Math.pow(num(a, 'power'), num(b, 'power')) },
    pi: { arity: [0, 0], fn: () => Math.PI },
    mod: {
        arity: [2, 2],
        fn: ([a, b]) => {
            const d = num(b, 'mod');
            if (d === 0)
                throw new ExprError('division by zero');
            return num(a, 'mod') % d;
        },
    },
    greatest: { arity: [1, 99], fn: (xs) => Math.max(...xs.map((x) => num(x, 'greatest'))) },
    least: { arity: [1, 99], fn: (xs) => Math.min(...xs.map((x) => num(x, 'least'))) },
};
// Static typing, enough for pgbench's int vs double division: compiled nodes that yield a
// double carry a mark.
const DOUBLE = Symbol('double');
const expr_double = (e) => Object.assign(e, { [DOUBLE]: true });
const isDouble = (e) => e[DOUBLE] === true;
const DOUBLE_FUNCTIONS = new Set(['double', 'sqrt', 'ln', 'exp', 'pow', 'power', 'pi']);
const floatDivide = (a, b) => {
    const y = num(b, '/');
    if (y === 0)
        throw new ExprError('division by zero');
    return num(a, '/') / y;
};
const BINARY = {
    or: [1, (a, b) => Boolean(a) || Boolean(b)],
    and: [2, (a, b) => Boolean(a) && Boolean(b)],
    '=': [4, (a, b) => num(a, '=') === num(b, '=')],
    '==': [4, (a, b) => num(a, '=') === num(b, '=')],
    '<>': [4, (a, b) => num(a, '<>') !== num(b, '<>')],
    '!=': [4, (a, b) => num(a, '<>') !== num(b, '<>')],
    '<': [5, (a, b) => num(a, '<') < num(b, '<')],
    '<=': [5, (a, b) => num(a, '<=') <= num(b, '<=')],
    '>': [5, (a, b) => num(a, '>') > num(b, '>')],
    '>=': [5, (a, b) => num(a, '>=') >= num(b, '>=')],
    '+': [6, (a, b) => num(a, '+') + num(b, '+')],
    '-': [6, (a, b) => num(a, '-') - num(b, '-')],
    '*': [7, (a, b) => num(a, '*') * num(b, '*')],
    '/': [
        7,
        (a, b) => {
            const x = num(a, '/');
            const y = num(b, '/');
            if (y === 0)
                throw new ExprError('division by zero');
            // Integer operands divide as integers (truncating), as in pgbench.
            return isInt(x) && isInt(y) ? Math.trunc(x / y) : x / y;
        },
    ],
    '%': [
        7,
        (a, b) => {
            const y = num(b, '%');
            if (y === 0)
                throw new ExprError('division by zero');
            return num(a, '%') % y;
        },
    ],
};
/** Compiles a pgbench expression; throws ExprError naming what is wrong. */
function compileExpr(src) {
    const tokens = tokenize(src);
    let i = 0;
    const peek = () => tokens[i];
    const opOf = (t) => t?.kind === 'op'
        ? t.op
        : t?.kind === 'id' && (t.name === 'and' || t.name === 'or')
            ? t.name
            : undefined;
    const primary = () => {
        const t = tokens[i++];
        if (!t)
            throw new ExprError(`unexpected end of expression "${src.trim()}"`);
        if (t.kind === 'num') {
            const v = t.value;
            return t.int ? () => v : expr_double(() => v);
        }
        if (t.kind === 'var') {
            const name = t.name;
            return (vars) => {
                const v = vars.get(name);
                if (v === undefined)
                    throw new ExprError(`undefined variable "${name}"`);
                return typeof v === 'string' ? num(v, `:${name}`) : v;
            };
        }
        if (t.kind === 'op' && t.op === '(') {
            const e = expr(0);
            expect(')');
            return e;
        }
        if (t.kind === 'op' && (t.op === '-' || t.op === '+')) {
            const inner = unaryOperand();
            if (t.op === '+')
                return inner;
            const neg = (v) => -num(inner(v), '-');
            return isDouble(inner) ? expr_double(neg) : neg;
        }
        if (t.kind === 'id' && t.name === 'not') {
            const inner = unaryOperand();
            return (v) => !inner(v);
        }
        if (t.kind === 'id' && (t.name === 'true' || t.name === 'false')) {
            const b = t.name === 'true';
            return () => b;
        }
        if (t.kind === 'id') {
            const f = FUNCTIONS[t.name];
            if (!f)
                throw new ExprError(`unknown function "${t.name}"`);
            expect('(');
            const args = [];
            if (opOf(peek()) !== ')') {
                args.push(expr(0));
                while (opOf(peek()) === ',') {
                    i++;
                    args.push(expr(0));
                }
            }
            expect(')');
            if (args.length < f.arity[0] || args.length > f.arity[1])
                throw new ExprError(`${t.name}() takes ${f.arity[0]} argument(s), got ${args.length}`);
            const fn = f.fn;
            let call;
            if (args.length === 2) {
                const [a, b] = args;
                call = (v) => fn([a(v), b(v)]);
            }
            else
                call = (v) => fn(args.map((a) => a(v)));
            const yieldsDouble = DOUBLE_FUNCTIONS.has(t.name) ||
                (['abs', 'greatest', 'least', 'mod'].includes(t.name) && args.some(isDouble));
            return yieldsDouble ? expr_double(call) : call;
        }
        throw new ExprError(`unexpected "${t.kind === 'op' ? t.op : ''}" in "${src.trim()}"`);
    };
    const unaryOperand = () => primary();
    const expect = (op) => {
        const t = tokens[i++];
        if (opOf(t) !== op)
            throw new ExprError(`expected "${op}" in "${src.trim()}"`);
    };
    const expr = (minPrec) => {
        let left = primary();
        for (;;) {
            const op = opOf(peek());
            const entry = op === undefined ? undefined : BINARY[op];
            if (!entry || entry[0] < minPrec)
                return left;
            i++;
            const right = expr(entry[0] + 1);
            const l = left;
            const anyDouble = isDouble(l) || isDouble(right);
            // A double operand makes / a float division (pgbench's types); otherwise integers truncate.
            const f = op === '/' && anyDouble ? floatDivide : entry[1];
            left = (v) => f(l(v), right(v));
            if (anyDouble && ['+', '-', '*', '/', '%'].includes(op))
                left = expr_double(left);
        }
    };
    const result = expr(0);
    if (i < tokens.length)
        throw new ExprError(`unexpected trailing input in "${src.trim()}"`);
    return result;
}

;// CONCATENATED MODULE: ./src/benchmark/script.ts
/**
 * Workloads as the driver runs them — transactions made of steps — and pgbench's script
 * format parsed into them, so a team's existing pgbench scripts (and pgbench's own built-in
 * scripts) run unchanged: `\set` with pgbench expressions, `:var` substitution (sent as
 * prepared-statement parameters, as `pgbench -M prepared` does), `\sleep`, `--` comments and
 * SQL commands spanning lines up to a closing `;`.
 */

class ScriptError extends Error {
    name = 'ScriptError';
}
const PREDEFINED = new Set(['scale', 'client_id', 'random_seed']);
/** Replaces `:name` outside quotes and `::` casts with $n; returns the SQL and the names. */
function substituteVariables(sql) {
    const names = [];
    let out = '';
    let i = 0;
    while (i < sql.length) {
        const c = sql[i];
        if (c === "'" || c === '"') {
            const close = sql.indexOf(c, i + 1);
            const stop = close < 0 ? sql.length : close + 1;
            out += sql.slice(i, stop);
            i = stop;
            continue;
        }
        if (c === ':' && sql[i + 1] === ':') {
            out += '::';
            i += 2;
            continue;
        }
        const m = c === ':' ? /^:([A-Za-z_][A-Za-z0-9_]*)/.exec(sql.slice(i)) : null;
        if (m) {
            let n = names.indexOf(m[1]);
            if (n < 0)
                n = names.push(m[1]) - 1;
            out += `$${n + 1}`;
            i += m[0].length;
            continue;
        }
        out += c;
        i++;
    }
    return { sql: out, names };
}
function valueText(v) {
    if (typeof v === 'number')
        return Number.isInteger(v) ? String(v) : String(v);
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    return String(v);
}
const varArg = (name) => (vars) => {
    const v = vars.get(name);
    if (v === undefined)
        throw new ExprError(`undefined variable "${name}"`);
    return valueText(v);
};
const SLEEP_UNITS = { us: 1, ms: 1000, s: 1_000_000 };
/**
 * Parses a pgbench script. `queries` is the workload's query table (shared across scripts);
 * statements are appended to it and named `<script>#<n>`, or `<script>` when there is one.
 * `known` lists variables defined outside the script (the config's).
 */
function parsePgbenchScript(name, text, queries, options = {}) {
    const where = options.file ?? name;
    const steps = [];
    const defined = new Set([...PREDEFINED, ...(options.known ?? [])]);
    const sqlSteps = [];
    const lines = text.split(/\r?\n/);
    let buffer = '';
    let bufferLine = 0;
    const fail = (line, message) => {
        throw new ScriptError(`${where}:${line}: ${message}`);
    };
    const pushSql = (sql, line) => {
        const { sql: prepared, names } = substituteVariables(sql);
        for (const v of names)
            if (!defined.has(v))
                fail(line, `unknown parameter :${v} (set it with \\set ${v} … before this command, or define it in the config)`);
        const index = queries.length;
        queries.push({ name: '', sql: prepared });
        sqlSteps.push({ text: prepared, line });
        steps.push({ kind: 'sql', query: index, args: names.map(varArg) });
    };
    lines.forEach((raw, n) => {
        const lineNo = n + 1;
        const line = raw.replace(/^\s+/, '');
        if (!buffer && line.startsWith('\\')) {
            const m = /^\\(\w+)\s*(.*)$/.exec(line.trimEnd());
            const [cmd, rest] = [m?.[1]?.toLowerCase() ?? '', m?.[2] ?? ''];
            if (cmd === 'set') {
                const sm = /^([A-Za-z_][A-Za-z0-9_]*)\s+(.+)$/.exec(rest);
                if (!sm)
                    fail(lineNo, '\\set needs a variable name and an expression');
                try {
                    const refs = [...sm[2].matchAll(/:([A-Za-z_][A-Za-z0-9_]*)/g)].map((r) => r[1]);
                    for (const v of refs)
                        if (!defined.has(v))
                            fail(lineNo, `unknown parameter :${v}`);
                    steps.push({ kind: 'set', name: sm[1], expr: compileExpr(sm[2]) });
                    defined.add(sm[1]);
                }
                catch (err) {
                    if (err instanceof ExprError)
                        fail(lineNo, err.message);
                    throw err;
                }
            }
            else if (cmd === 'sleep') {
                const sm = /^(?::([A-Za-z_]\w*)|(\d+))\s*(us|ms|s)?\s*$/.exec(rest);
                if (!sm)
                    fail(lineNo, '\\sleep takes a number or :variable and an optional unit us|ms|s');
                const unit = SLEEP_UNITS[sm[3] ?? 's'];
                if (sm[1]) {
                    const v = sm[1];
                    if (!defined.has(v))
                        fail(lineNo, `unknown parameter :${v}`);
                    steps.push({ kind: 'sleep', micros: (vars) => Number(vars.get(v)) * unit });
                }
                else {
                    const micros = Number(sm[2]) * unit;
                    steps.push({ kind: 'sleep', micros: () => micros });
                }
            }
            else {
                fail(lineNo, `\\${cmd} is not supported by pgci benchmark (supported: \\set, \\sleep); remove it or use a config query`);
            }
            return;
        }
        const code = stripComment(raw);
        if (!code.trim())
            return;
        if (!buffer)
            bufferLine = lineNo;
        buffer += (buffer ? '\n' : '') + code;
        if (/;\s*$/.test(code)) {
            pushSql(buffer.trim().replace(/;\s*$/, ''), bufferLine);
            buffer = '';
        }
    });
    if (buffer.trim())
        pushSql(buffer.trim(), bufferLine);
    if (!sqlSteps.length)
        fail(1, 'the script has no SQL command');
    const first = queries.length - sqlSteps.length;
    sqlSteps.forEach((_, k) => {
        queries[first + k].name = sqlSteps.length === 1 ? name : `${name}#${k + 1}`;
    });
    return { name, weight: options.weight ?? 1, steps };
}
/** Drops a `--` comment that is not inside a quoted string. */
function stripComment(line) {
    let quote;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
        }
        else if (c === "'" || c === '"')
            quote = c;
        else if (c === '-' && line[i + 1] === '-')
            return line.slice(0, i);
    }
    return line;
}

;// CONCATENATED MODULE: ./src/benchmark/workload.ts
/**
 * Which workload to run: a pgbench built-in (on pgbench's tables, created when absent), a
 * pgbench script file, or the config's `benchmark` section (named queries with weights and
 * parameter generators, plus pgbench script files).
 */






/** Parses `--workload`: builtin:NAME, config, or a pgbench script file path. */
function parseWorkloadFlag(value) {
    if (value === 'config')
        return { kind: 'config' };
    if (value.startsWith('builtin:')) {
        const name = value.slice('builtin:'.length);
        if (!BUILTIN_NAMES.includes(name))
            throw new driver/* BenchmarkError */.EW(`--workload ${value}: unknown built-in; choose one of ${BUILTIN_NAMES.map((n) => `builtin:${n}`).join(', ')}.`);
        return { kind: 'builtin', name: name };
    }
    return { kind: 'file', path: value };
}
/** Builds the workload, preparing data it needs (pgbench tables, sampled parameter values). */
async function loadWorkload(spec, client, options = {}) {
    try {
        if (spec.kind === 'builtin')
            return await builtinWorkload(spec.name, client, options);
        if (spec.kind === 'file') {
            const text = await readText(spec.path);
            const queries = [];
            const name = spec.path.replace(/^.*\//, '').replace(/\.[^.]*$/, '');
            const scale = (await pgbenchScale(client)) ?? 1;
            const script = parsePgbenchScript(name, text, queries, { file: spec.path });
            return { name: spec.path, queries, scripts: [script], vars: { scale } };
        }
        return await configWorkload(spec.benchmark, spec.configDir, client, options.scale);
    }
    catch (err) {
        if (err instanceof ScriptError || err instanceof ExprError)
            throw new driver/* BenchmarkError */.EW(err.message);
        throw err;
    }
}
async function builtinWorkload(name, client, options) {
    if (options.scale !== undefined && !Number.isInteger(options.scale))
        throw new driver/* BenchmarkError */.EW(`--scale for pgbench's tables is a whole number, not ${options.scale}.`);
    let scale = await pgbenchScale(client);
    if (scale === undefined || (options.scale !== undefined && options.scale !== scale)) {
        const target = options.scale ?? 1;
        options.onInfo?.(`creating pgbench tables at scale ${target} (${(target * 100_000).toLocaleString('en')} accounts)…`);
        await initPgbenchTables(client, target);
        scale = target;
    }
    if (scale < 1)
        throw new driver/* BenchmarkError */.EW('pgbench_branches is empty: re-create the tables with --scale N.');
    const queries = [];
    const script = parsePgbenchScript(name, BUILTIN_SCRIPTS[name], queries);
    return { name: `builtin:${name}`, queries, scripts: [script], vars: { scale } };
}
async function readText(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new driver/* BenchmarkError */.EW(`cannot read the workload file ${path}: ${err.code ?? err.message}.`);
    }
}
/** The highest $n a statement uses (outside quotes). */
function highestParameter(sql) {
    const unquoted = sql.replace(/'(?:[^']|'')*'|"[^"]*"/g, "''");
    let max = 0;
    for (const m of unquoted.matchAll(/\$(\d+)/g))
        max = Math.max(max, Number(m[1]));
    return max;
}
async function configWorkload(bench, configDir, client, scale) {
    const queries = [];
    const scripts = [];
    const defaultSlo = { percentile: 95, ms: bench.sloP95Ms ?? 200 };
    for (const [qi, q] of (bench.queries ?? []).entries()) {
        const where = `benchmark.queries[${qi}] (${q.name})`;
        const params = q.params ?? [];
        const used = highestParameter(q.sql);
        if (used > params.length)
            throw new driver/* BenchmarkError */.EW(`${where}: the SQL uses $${used} but only ${params.length} parameter generator(s) are given; add one under params for each $n.`);
        if (params.length > used)
            throw new driver/* BenchmarkError */.EW(`${where}: ${params.length} params given but the SQL uses ${used ? `only up to $${used}` : 'none'}; remove the extra ones.`);
        const args = [];
        for (const [pi, p] of params.entries())
            args.push(await generator(p, `${where}.params[${pi}]`, client));
        const index = queries.length;
        queries.push({
            name: q.name,
            sql: q.sql,
            slo: q.slo
                ? { percentile: Number((q.slo.percentile ?? 'p95').slice(1)), ms: q.slo.ms }
                : defaultSlo,
        });
        scripts.push({
            name: q.name,
            weight: q.weight ?? 1,
            steps: [{ kind: 'sql', query: index, args }],
        });
    }
    for (const s of bench.scripts ?? []) {
        const path = (0,external_node_path_.resolve)(configDir, s.file);
        const name = s.name ?? s.file.replace(/^.*\//, '').replace(/\.[^.]*$/, '');
        const first = queries.length;
        scripts.push(parsePgbenchScript(name, await readText(path), queries, { file: s.file, weight: s.weight }));
        for (const q of queries.slice(first))
            q.slo = defaultSlo;
    }
    if (!scripts.length)
        throw new driver/* BenchmarkError */.EW('the config has no benchmark.queries or benchmark.scripts; add at least one, or use --workload builtin:select-only.');
    const names = new Set();
    for (const q of queries) {
        if (names.has(q.name))
            throw new driver/* BenchmarkError */.EW(`benchmark: two queries are named "${q.name}"; names must be unique.`);
        names.add(q.name);
    }
    return { name: 'config', queries, scripts, vars: { scale: scale ?? bench.seed?.scale ?? 1 } };
}
async function generator(p, where, client) {
    if (p.random) {
        const [lo, hi] = p.random;
        if (hi < lo)
            throw new driver/* BenchmarkError */.EW(`${where}: random [${lo}, ${hi}] is an empty range; write [min, max].`);
        return () => String(randomInt(lo, hi));
    }
    if (p.pick) {
        const values = p.pick.map(String);
        return () => values[Math.floor(Math.random() * values.length)];
    }
    if (p.sample !== undefined) {
        let rows;
        try {
            rows = (await client.query({ text: p.sample, rowMode: 'array' })).rows;
        }
        catch (err) {
            const e = err;
            throw new driver/* BenchmarkError */.EW(`${where}: the sample query failed: ${e.message}${e.code ? ` (SQLSTATE ${e.code})` : ''}.`);
        }
        const values = rows
            .map((r) => r[0])
            .filter((v) => v !== null && v !== undefined)
            .map(String);
        if (!values.length)
            throw new driver/* BenchmarkError */.EW(`${where}: the sample query returned no rows; seed data first.`);
        return () => values[Math.floor(Math.random() * values.length)];
    }
    const expr = compileExpr(p.expr);
    return (vars) => {
        const v = expr(vars);
        return typeof v === 'number' ? String(v) : v ? 'true' : 'false';
    };
}

;// CONCATENATED MODULE: ./src/benchmark/run.ts
/**
 * `pgci benchmark` end to end: data (scratch databases from migrations and seed, or pgbench's
 * tables), the measured run, the A/B rounds against the base, EXPLAIN of the slowest queries,
 * a pg_stat_statements snapshot, and the Report. Scratch databases are always dropped.
 */









const hasData = (c) => Boolean(c.config.migrations || c.config.benchmark?.seed?.sql?.length);
/** Builds a scratch database from a config's migrations and seed. */
async function buildFromConfig(serverUrl, c, label, scale) {
    const db = await createScratchDatabase(serverUrl, label);
    try {
        const client = await (0,connect.connect)(db.url);
        try {
            const dir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(c.path));
            if (c.config.migrations)
                await applyMigrations(client, (0,external_node_path_.resolve)(dir, c.config.migrations.directory));
            const seed = c.config.benchmark?.seed;
            if (seed?.sql?.length)
                await applySeed(client, seed.sql.map((f) => (0,external_node_path_.resolve)(dir, f)), scale ?? seed.scale ?? 1);
        }
        finally {
            await client.end();
        }
        return db;
    }
    catch (err) {
        await db.drop().catch(() => undefined);
        throw err;
    }
}
function specFor(flag, c) {
    const w = parseWorkloadFlag(flag);
    if (w.kind !== 'config')
        return w;
    const benchmark = c?.config.benchmark;
    if (!c || !benchmark)
        throw new driver/* BenchmarkError */.EW('--workload config needs a config with a benchmark section (--config database/pgci.yml).');
    return { kind: 'config', benchmark, configDir: (0,external_node_path_.dirname)((0,external_node_path_.resolve)(c.path)) };
}
async function withClient(url, body, timeoutMs) {
    const client = await (0,connect.connect)(url, { timeoutMs });
    try {
        return await body(client);
    }
    finally {
        await client.end();
    }
}
async function runBenchmark(o) {
    const log = o.log ?? (() => undefined);
    const bench = o.config?.config.benchmark;
    const spec = specFor(o.workload, o.config);
    const clients = o.clients ?? bench?.clients ?? 4;
    const warmupMs = o.warmupMs ?? 0;
    const scratch = [];
    // Fail fast on an unreachable server, before building anything.
    await withClient(o.url, async () => undefined, o.connectTimeoutMs);
    try {
        let headUrl = o.url;
        if (spec.kind === 'config' && hasData(o.config)) {
            const db = await buildFromConfig(o.url, o.config, 'head', o.scale);
            log(`built the head scratch database ${db.name} from migrations and seed`);
            scratch.push(db);
            headUrl = db.url;
        }
        const workload = await withClient(headUrl, (c) => loadWorkload(spec, c, { scale: o.scale, onInfo: log }));
        log(`running ${workload.name}: ${clients} clients, ${o.rate ? `open loop at ${o.rate} tx/s` : 'closed loop'}, ${o.transactions !== undefined
            ? `${o.transactions} transactions`
            : `${(o.durationMs ?? 0) / 1000} s`} after ${warmupMs / 1000} s warm-up`);
        const result = await (0,driver/* runDriver */.Km)({
            url: headUrl,
            workload,
            clients,
            durationMs: o.transactions === undefined ? o.durationMs : undefined,
            transactions: o.transactions,
            warmupMs,
            rate: o.rate,
            progressMs: o.progressMs ?? 5000,
            onProgress: (p) => log(`progress: ${p.elapsedS.toFixed(1)} s, ${p.tps.toFixed(1)} tps, p95 ${p.p95Ms.toFixed(3)} ms, ${p.errors} failed${p.warmingUp ? ' (warm-up)' : ''}`),
        });
        const run = summarize(result, workload, bench?.sloP95Ms ?? 200);
        let regression;
        if (o.baseline) {
            const baseSpec = specFor(o.workload, o.baseline);
            let baseUrl = o.url;
            if (hasData(o.baseline)) {
                const db = await buildFromConfig(o.url, o.baseline, 'base', o.scale);
                log(`built the base scratch database ${db.name} from the base's migrations and seed`);
                scratch.push(db);
                baseUrl = db.url;
            }
            const baseWorkload = await withClient(baseUrl, (c) => loadWorkload(baseSpec, c, { scale: o.scale }));
            const rounds = o.rounds ?? bench?.regression?.rounds ?? 5;
            regression = await runAB({
                base: { url: baseUrl, workload: baseWorkload },
                head: { url: headUrl, workload },
                clients,
                rounds,
                roundMs: o.roundMs ?? 5000,
                warmupMs: Math.min(1000, (o.roundMs ?? 5000) / 5),
                maxPercent: o.maxRegressionPercent ?? bench?.regression?.maxPercent ?? 20,
                onRound: log,
            });
        }
        const explainCount = o.explain ?? bench?.explain ?? 3;
        const slowest = run.queries
            .map((q, i) => ({ i, p95: q.latencyMs.p95, count: q.count }))
            .filter((q) => q.count > 0)
            .sort((a, b) => b.p95 - a.p95)
            .slice(0, explainCount)
            .map((q) => q.i);
        const { explain, stats } = await withClient(headUrl, async (c) => ({
            explain: slowest.length ? await explainQueries(c, workload, slowest) : [],
            stats: await statStatements(c),
        }));
        return benchmarkReport({
            workload: workload.name,
            run,
            warmupS: warmupMs / 1000,
            regression,
            explain,
            statStatements: stats,
        });
    }
    finally {
        for (const db of scratch)
            await db.drop().catch(() => undefined);
    }
}
/** "30s", "500ms", "2m" or a bare number of seconds → ms. */
function parseDuration(value, what) {
    const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(value.trim());
    if (!m)
        throw new driver/* BenchmarkError */.EW(`${what} must be a duration like 30s, 500ms or 2m, not "${value}".`);
    const n = Number(m[1]);
    return m[2] === 'ms' ? n : m[2] === 'm' ? n * 60_000 : n * 1000;
}


/***/ })

};
