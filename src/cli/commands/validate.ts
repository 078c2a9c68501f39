/** `pgci validate`: the config check on a terminal, in JSON, or as GitHub annotations. */
import {
  DEFAULT_CONFIG_PATH,
  runValidate,
  validationJson,
  validationText,
} from '../../commands/validate.js';
import type { Severity } from '../../config/problem.js';
import { workflowCommand } from '../../github/annotations.js';
import { renderMarkdown } from '../../report/markdown.js';
import { help, type Command } from '../command.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { oneOf, parseOptions } from '../options.js';

const FORMATS = ['text', 'json', 'github', 'markdown'] as const;
const SEVERITIES = ['error', 'warning', 'notice'] as const;

export const validate: Command = {
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

function defaultFormat(io: Io): (typeof FORMATS)[number] {
  return io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text';
}
