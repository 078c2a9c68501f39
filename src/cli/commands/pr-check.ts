/** `pgci pr-check`: the PR template and naming check on a description saved to a file. */
import { checkPullRequest, prCheckReport } from '../../pr-template/check.js';
import { loadRulesConfig, readTemplate, readTextInput } from '../../pr-template/load.js';
import { CONVENTION_LEVELS, mergeRules } from '../../pr-template/rules.js';
import { help, printReports, REPORT_FORMATS, type Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { oneOf, parseOptions } from '../options.js';

export const prCheck: Command = {
  help: `Usage: pgci pr-check --body-file FILE [options]

Reads a pull-request description and lists what the template asks for that is missing: the
sections, a ticked "Type of Change", and the testing and checklist items each ticked type
requires. With --branch and --title it also checks the naming conventions.

Options:
      --body-file FILE    the PR description (markdown; "-" is not supported)
      --template FILE     the template (default .github/pull_request_template.md, else the
                          built-in seed template)
  -c, --config FILE       read rules from the pullRequest section of this pgci.yml
      --branch NAME       the PR's head branch (<type>/<name>)
      --title TEXT        the PR title (conventional commit)
      --branch-names LVL  fail, warn or off (overrides the config; default warn)
      --titles LVL        fail, warn or off (overrides the config; default warn)
  -f, --format FORMAT     text (default), json ({"ok", "missing", "problems"}) or markdown
  -h, --help              this help

Exit codes: 0 the description is complete, 1 something is missing or a convention fails,
2 bad usage or an unreadable file.`,
  async run(args, io) {
    const { values, positionals } = parseOptions('pr-check', args, {
      'body-file': { type: 'string' },
      template: { type: 'string' },
      config: { type: 'string', short: 'c' },
      branch: { type: 'string' },
      title: { type: 'string' },
      'branch-names': { type: 'string' },
      titles: { type: 'string' },
      format: { type: 'string', short: 'f' },
    });
    if (values.help) return help(io, this);
    if (positionals.length) {
      throw new UsageError(
        `pgci pr-check: unexpected argument "${positionals[0]}"; give the body with --body-file.`,
      );
    }
    if (!values['body-file']) {
      throw new UsageError(
        'pgci pr-check: --body-file FILE is required (the PR description saved to a file).',
      );
    }
    const format = oneOf('pr-check', 'format', values.format, REPORT_FORMATS, 'text');
    const branchNames = values['branch-names']
      ? oneOf('pr-check', 'branch-names', values['branch-names'], CONVENTION_LEVELS, 'warn')
      : undefined;
    const titles = values.titles
      ? oneOf('pr-check', 'titles', values.titles, CONVENTION_LEVELS, 'warn')
      : undefined;
    const configured = values.config ? await loadRulesConfig(values.config) : undefined;
    const body = await readTextInput(values['body-file'], 'PR description');
    const template = await readTemplate(values.template ?? configured?.template);
    const result = checkPullRequest({
      body,
      template: template.text,
      rules: mergeRules(configured, { branchNames, titles }),
      branch: values.branch,
      title: values.title,
    });
    await printReports(io, [prCheckReport(result)], format);
    return result.ok ? EXIT.ok : EXIT.findings;
  },
};
