/** `pgci apply`: make the instance and server match the config, idempotently. */
import { help, printReports, type Command } from '../command.js';
import { EXIT } from '../io.js';
import { PROVISION_OPTIONS_HELP, runProvisionCommand } from './provision-shared.js';

export const apply: Command = {
  help: `Usage: pgci apply [options]

Plans (as pgci plan) under a lock, refuses the whole apply if any change is refused, then
applies in order: instance → databases → roles → grants and default privileges →
extensions and parameters → migrations (postgrator, each in its own transaction). A second
apply of the same config changes nothing. Passwords come from \${ENV} references and are
never printed.

Options:
${PROVISION_OPTIONS_HELP}

Exit codes: 0 applied (or nothing to do), 1 refused changes or a failure (nothing refused is
applied), 2 bad usage or unreadable config.`,
  async run(args, io) {
    const out = await runProvisionCommand('apply', args, io);
    if (out === 'help') return help(io, this);
    if (out === 'failed') return EXIT.findings;
    await printReports(io, [out.result.report], out.format);
    return out.result.report.status === 'fail' ? EXIT.findings : EXIT.ok;
  },
};
