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
import * as hdr from 'hdr-histogram-js';
import { InputError } from '../config/load.js';
import type { Vars } from './expr.js';
import type { Script, Workload } from './script.js';
import { WireSession, type SqlError } from './wire.js';

export type Histogram = hdr.Histogram;

/** Microsecond histograms up to one hour, 3 significant digits. */
export function newHistogram(): Histogram {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 3_600_000_000,
    numberOfSignificantValueDigits: 3,
    autoResize: false,
  });
}

export interface DriverOptions {
  url: string;
  workload: Workload;
  clients: number;
  /** Measured time after warm-up (ms); either this or `transactions`. */
  durationMs?: number;
  /** Measured transactions after warm-up. */
  transactions?: number;
  warmupMs?: number;
  /** Open loop: transactions per second over all clients. */
  rate?: number;
  /** How often onProgress runs (ms). */
  progressMs?: number;
  onProgress?: (p: Progress) => void;
}

export interface Progress {
  elapsedS: number;
  tps: number;
  p95Ms: number;
  errors: number;
  warmingUp: boolean;
}

export interface QueryResult {
  count: number;
  errors: number;
  histogram: Histogram;
}

export interface DriverResult {
  mode: 'closed' | 'open';
  clients: number;
  rate?: number;
  measuredMs: number;
  transactions: number;
  errors: number;
  errorsByCode: Record<string, number>;
  errorSamples: { code: string; message: string; query: string }[];
  transaction: Histogram;
  queries: QueryResult[];
  /** Completed transactions per second of the measured run. */
  tpsSeries: number[];
  /** Transactions run during warm-up and discarded. */
  warmupTransactions: number;
}

/** Bad workload, bad data or bad options: one clear message, exit code 2. */
export class BenchmarkError extends InputError {
  override name = 'BenchmarkError';
}

/** Prepares every query on one session; a refused statement becomes one clear error. */
export async function prepareAll(session: WireSession, workload: Workload): Promise<void> {
  for (const [i, q] of workload.queries.entries()) {
    const err = await session.prepare(`pgci_q${i}`, q.sql);
    if (err)
      throw new BenchmarkError(
        `query "${q.name}" is refused by the server: ${err.message} (SQLSTATE ${err.code}). SQL: ${q.sql}`,
      );
  }
}

interface Shared {
  now: () => number;
  measureFrom: number;
  record(client: Client, ok: boolean): void;
  free(client: Client): void;
  error(err: SqlError, query: number): void;
  queries: QueryResult[];
  statements: string[];
  scripts: Script[];
  cumulative: number[];
  totalWeight: number;
}

class Client {
  private script!: Script;
  private step = 0;
  scheduled = 0;
  private cmdStart = 0;
  private cmdQuery = 0;
  private firstSql = true;
  /** Parameter values of the current statement, reused (no array per query). */
  private readonly values: string[] = [];
  failed = false;
  private readonly onDone = (err: SqlError | undefined) => this.done(err);
  private readonly onRollback = () => this.finish();
  private readonly resume = () => this.run();

  constructor(
    readonly session: WireSession,
    private readonly vars: Vars,
    private readonly shared: Shared,
  ) {}

  start(scheduled: number): void {
    const s = this.shared;
    this.scheduled = scheduled;
    this.step = 0;
    this.failed = false;
    this.firstSql = true;
    const scripts = s.scripts;
    if (scripts.length === 1) this.script = scripts[0]!;
    else {
      const r = Math.random() * s.totalWeight;
      let k = 0;
      while (s.cumulative[k]! <= r) k++;
      this.script = scripts[k]!;
    }
    this.run();
  }

  private run(): void {
    const steps = this.script.steps;
    const vars = this.vars;
    try {
      while (this.step < steps.length) {
        const st = steps[this.step]!;
        if (st.kind === 'set') {
          vars.set(st.name, st.expr(vars));
          this.step++;
        } else if (st.kind === 'sleep') {
          this.step++;
          setTimeout(this.resume, st.micros(vars) / 1000);
          return;
        } else {
          const args = st.args;
          const values = this.values;
          for (let i = 0; i < args.length; i++) values[i] = args[i]!(vars);
          this.cmdQuery = st.query;
          // The first statement of an open-loop transaction counts from its scheduled start.
          this.cmdStart = this.firstSql ? this.scheduled : this.shared.now();
          this.firstSql = false;
          this.session.execute(this.shared.statements[st.query]!, values, args.length, this.onDone);
          return;
        }
      }
    } catch (err) {
      // An expression failed (division by zero, bad variable): the transaction fails.
      this.shared.error({ code: 'pgci', message: (err as Error).message }, -1);
      this.failed = true;
    }
    this.finish();
  }

  private done(err: SqlError | undefined): void {
    const s = this.shared;
    const q = s.queries[this.cmdQuery]!;
    if (this.scheduled >= s.measureFrom) {
      if (err) q.errors++;
      else {
        q.count++;
        q.histogram.recordValue(Math.max(1, Math.round((s.now() - this.cmdStart) * 1000)));
      }
    }
    if (err) {
      s.error(err, this.cmdQuery);
      this.failed = true;
      if (this.session.closed) return this.finish();
      if (this.session.txStatus !== 'I') return this.session.query('ROLLBACK', this.onRollback);
      return this.finish();
    }
    this.step++;
    this.run();
  }

  private finish(): void {
    this.shared.record(this, !this.failed);
    this.shared.free(this);
  }
}

/** Runs the workload and returns what was measured. Sessions are closed at the end. */
export async function runDriver(options: DriverOptions): Promise<DriverResult> {
  const { workload, clients } = options;
  if (!(clients >= 1)) throw new BenchmarkError('--clients must be at least 1');
  if (options.durationMs === undefined && options.transactions === undefined)
    throw new BenchmarkError('give a duration or a transaction count');
  const sessions = await openSessions(options.url, workload, clients);
  try {
    return await drive(options, sessions);
  } finally {
    await closeSessions(sessions);
  }
}

/** Opens `clients` connections with every statement prepared (reusable across runs). */
export async function openSessions(
  url: string,
  workload: Workload,
  clients: number,
): Promise<WireSession[]> {
  const sessions: WireSession[] = [];
  try {
    for (let i = 0; i < clients; i++) sessions.push(await WireSession.open(url));
    for (const s of sessions) await prepareAll(s, workload);
    return sessions;
  } catch (err) {
    await closeSessions(sessions);
    throw err;
  }
}

export async function closeSessions(sessions: WireSession[]): Promise<void> {
  await Promise.all(sessions.map((s) => s.close()));
}

/** Runs the workload on already-open sessions (see openSessions). */
export function drive(
  options: Omit<DriverOptions, 'url' | 'clients'>,
  sessions: WireSession[],
): Promise<DriverResult> {
  const { workload } = options;
  const now = () => performance.now();
  const t0 = now();
  const warmupMs = options.warmupMs ?? 0;
  const measureFrom = t0 + warmupMs;
  const endAt = options.durationMs === undefined ? Infinity : measureFrom + options.durationMs;
  const limit = options.transactions ?? Infinity;
  const queries: QueryResult[] = workload.queries.map(() => ({
    count: 0,
    errors: 0,
    histogram: newHistogram(),
  }));
  const transaction = newHistogram();
  const errorsByCode: Record<string, number> = {};
  const errorSamples: DriverResult['errorSamples'] = [];
  let transactions = 0;
  let errors = 0;
  let warmupTransactions = 0;
  let started = 0;
  let lastEnd = measureFrom;
  const tpsSeries: number[] = [];
  let intervalCount = 0;
  let intervalErrors = 0;
  const cumulative: number[] = [];
  let totalWeight = 0;
  for (const s of workload.scripts) cumulative.push((totalWeight += s.weight));

  return new Promise<DriverResult>((resolve) => {
    const idle: Client[] = [];
    let active = 0;
    let stopping = false;
    let timer: NodeJS.Timeout | undefined;
    const rate = options.rate;
    let nextAt = t0;
    const gap = () => (-Math.log(1 - Math.random()) * 1000) / rate!;

    const shared: Shared = {
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
          while (tpsSeries.length <= second) tpsSeries.push(0);
          tpsSeries[second]!++;
          intervalCount++;
          transaction.recordValue(Math.max(1, Math.round((t - client.scheduled) * 1000)));
        } else {
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

    const mayStart = (at: number) => at < endAt && started < limit;
    const begin = (client: Client, at: number) => {
      if (at >= measureFrom) started++;
      active++;
      client.start(at);
    };

    // Closed loop: a free client starts at once. Open loop: it takes the next scheduled start.
    const dispatch = () => {
      if (stopping) return maybeFinish();
      const t = now();
      if (rate === undefined) {
        while (idle.length) {
          if (!mayStart(t)) return stop();
          begin(idle.pop()!, t);
        }
        return;
      }
      while (idle.length && nextAt <= t) {
        if (!mayStart(nextAt)) return stop();
        const at = nextAt;
        nextAt += gap();
        begin(idle.pop()!, at);
      }
      if (!mayStart(nextAt)) {
        if (nextAt > t) return stop();
        return;
      }
      if (idle.length && !timer)
        timer = setTimeout(
          () => {
            timer = undefined;
            dispatch();
          },
          Math.max(0, nextAt - t),
        );
    };

    let lastProgress = t0;
    const progress = options.onProgress
      ? setInterval(() => {
          const t = now();
          options.onProgress!({
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
    const deadline =
      endAt === Infinity ? undefined : setTimeout(() => stop(), Math.max(0, endAt - now()));

    function stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      maybeFinish();
    }
    function maybeFinish() {
      if (active > 0) return;
      if (progress) clearInterval(progress);
      if (deadline) clearTimeout(deadline);
      // The last second is partial (in-flight transactions finishing): leave it out of the chart.
      if (tpsSeries.length > 1 && endAt !== Infinity && lastEnd > endAt) tpsSeries.pop();
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
      const vars: Vars = new Map(Object.entries(workload.vars));
      vars.set('client_id', i);
      idle.push(new Client(session, vars, shared));
    });
    dispatch();
  });
}
