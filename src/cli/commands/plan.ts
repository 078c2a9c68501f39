/** `pgci plan`: what apply would change, without changing anything. */
import { pending, refused } from '../../provision/plan.js';
import { help, printReports, type Command } from '../command.js';
import { EXIT } from '../io.js';
import { PROVISION_OPTIONS_HELP, runProvisionCommand } from './provision-shared.js';

export const plan: Command = {
  help: `Usage: pgci plan [options]

Compares database/pgci.yml with the live instance and server (databases, roles, memberships,
grants, default privileges, extensions, parameters, migrations) and prints each change:
create, update, delete, no-op, refused or skip, with old → new values and the flags
requiresRestart, immutable and destructive. Reads only.

Options:
${PROVISION_OPTIONS_HELP}
      --detailed-exitcode 0 no changes, 2 changes to apply, 1 error or refused changes

Exit codes: 0 planned (or no changes with --detailed-exitcode), 1 refused changes or cannot
connect, 2 bad usage or unreadable config (with --detailed-exitcode: 2 changes pending).`,
  async run(args, io) {
    const out = await runProvisionCommand('plan', args, io);
    if (out === 'help') return help(io, this);
    if (out === 'failed') return EXIT.findings;
    await printReports(io, [out.result.report], out.format);
    if (refused(out.result.plan).length) return EXIT.findings;
    if (out.detailed && pending(out.result.plan).length) return 2;
    return EXIT.ok;
  },
};
