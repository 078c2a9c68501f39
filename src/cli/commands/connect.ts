/** `pgci connect`: the connection check against any server URL. */
import { runValidate, validationText } from '../../commands/validate.js';
import { InputError } from '../../config/load.js';
import type { PgciConfig } from '../../config/schema.js';
import { checkConnection, connectionReport } from '../../postgres/connection-check.js';
import { help, printReports, REPORT_FORMATS, type Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { oneOf, parseOptions } from '../options.js';

export const connect: Command = {
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
    const format = oneOf('connect', 'format', values.format, REPORT_FORMATS, 'text');
    const timeout = values.timeout === undefined ? 10 : Number(values.timeout);
    if (!(timeout > 0)) throw new UsageError('pgci connect: --timeout takes a number of seconds.');
    let config: PgciConfig | undefined;
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
    await printReports(io, [report], format);
    return report.status === 'fail' ? EXIT.findings : EXIT.ok;
  },
};
