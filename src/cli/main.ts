/** `pgci` dispatch: global help and version, the command table, and exit codes for every error. */
import { InputError } from '../config/load.js';
import { ConnectionError } from '../postgres/connect.js';
import { COMMANDS } from './commands/index.js';
import { EXIT, UsageError, type Io } from './io.js';
import { VERSION } from '../version.js';

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: pgci <command> [options]

Provision and guard a PostgreSQL database (Cloud SQL first, any PostgreSQL second).

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run \`pgci <command> --help\` for a command's options.
Exit codes: 0 ok, 1 findings or a failed gate, 2 bad usage or unreadable input.
`;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`pgci ${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command)
      throw new UsageError(
        `pgci: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}.`,
      );
    return await (await command.load()).run(args, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof InputError) {
      io.stderr(`${err.message}\n`);
      return EXIT.usage;
    }
    if (err instanceof ConnectionError) {
      io.stderr(`pgci ${name}: ${err.message}\n`);
      return EXIT.findings;
    }
    // A bug, not bad input: one line, no stack unless asked for.
    io.stderr(`pgci ${name}: internal error: ${(err as Error)?.message ?? String(err)}\n`);
    if (io.env.PGCI_DEBUG) io.stderr(`${(err as Error)?.stack ?? ''}\n`);
    return EXIT.usage;
  }
}
