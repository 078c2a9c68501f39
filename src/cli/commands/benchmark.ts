/** `pgci benchmark`: drive a workload, report TPS and latency percentiles, gate on SLOs and A/B. */
import { runValidate, validationText } from '../../commands/validate.js';
import { InputError } from '../../config/load.js';
import { BenchmarkError } from '../../benchmark/driver.js';
import { parseDuration, runBenchmark, type LoadedConfig } from '../../benchmark/run.js';
import { help, printReports, REPORT_FORMATS, type Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { oneOf, parseOptions } from '../options.js';

async function loadConfig(path: string): Promise<LoadedConfig> {
  const { result } = await runValidate(path);
  if (!result.config) {
    throw new InputError(
      `${validationText(result)}\n${path}: fix the config before benchmarking with it.`,
    );
  }
  return { config: result.config, path };
}

function positive(flag: string, value: string | undefined, integer = false): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n > 0) || (integer && !Number.isInteger(n)))
    throw new UsageError(
      `pgci benchmark: --${flag} takes a positive ${integer ? 'integer' : 'number'}, not "${value}".`,
    );
  return n;
}

export const benchmark: Command = {
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
    const { values } = parseOptions('benchmark', args, {
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
    if (values.help) return help(io, this);
    const url = values['database-url'] ?? io.env.DATABASE_URL;
    if (!url) throw new UsageError('pgci benchmark: give --database-url (or set DATABASE_URL).');
    const format = oneOf('benchmark', 'format', values.format, REPORT_FORMATS, 'text');
    try {
      const config = values.config ? await loadConfig(values.config) : undefined;
      const baseline = values['baseline-config']
        ? await loadConfig(values['baseline-config'])
        : undefined;
      const bench = config?.config.benchmark;
      const duration = values.duration ?? bench?.duration ?? '30s';
      const explain = values.explain === undefined ? undefined : Number(values.explain);
      if (explain !== undefined && !(Number.isInteger(explain) && explain >= 0))
        throw new UsageError('pgci benchmark: --explain takes a whole number (0 turns it off).');
      const report = await runBenchmark({
        url,
        workload: values.workload ?? (config ? 'config' : 'builtin:select-only'),
        config,
        baseline,
        clients: positive('clients', values.clients, true),
        durationMs: parseDuration(duration, '--duration'),
        transactions: positive('transactions', values.transactions, true),
        warmupMs: parseDuration(values.warmup ?? bench?.warmup ?? '2s', '--warmup'),
        rate: positive('rate', values.rate) ?? bench?.rate,
        scale: positive('scale', values.scale),
        rounds: positive('rounds', values.rounds, true),
        roundMs: values['round-duration']
          ? parseDuration(values['round-duration'], '--round-duration')
          : bench?.regression?.roundDuration
            ? parseDuration(bench.regression.roundDuration, 'benchmark.regression.roundDuration')
            : undefined,
        maxRegressionPercent: positive('max-regression', values['max-regression']),
        explain,
        progressMs: values.progress ? parseDuration(values.progress, '--progress') : undefined,
        connectTimeoutMs: (positive('timeout', values.timeout) ?? 10) * 1000,
        log: (line) => io.stderr(`pgci benchmark: ${line}\n`),
      });
      await printReports(io, [report], format);
      return report.status === 'fail' ? EXIT.findings : EXIT.ok;
    } catch (err) {
      if (err instanceof BenchmarkError) throw new InputError(`pgci benchmark: ${err.message}`);
      throw err;
    }
  },
};
