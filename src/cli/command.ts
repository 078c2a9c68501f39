/** What a `pgci` command is, and the output helpers every command shares. */
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderMarkdown } from '../report/markdown.js';
import type { Report } from '../report/report.js';
import { renderText } from '../report/text.js';
import { EXIT, type Io } from './io.js';

/** A command's code; its name and one-line summary live in the registry (commands/index.ts). */
export interface Command {
  /** Full --help text; ends with the command's exit codes. */
  help: string;
  run(args: string[], io: Io): Promise<number>;
}

export type ReportFormat = 'text' | 'json' | 'markdown';
export const REPORT_FORMATS = ['text', 'json', 'markdown'] as const;

/** Prints reports in the chosen format; in GitHub Actions also appends them to the job summary. */
export async function printReports(io: Io, reports: Report[], format: ReportFormat): Promise<void> {
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
  const summary = io.env.GITHUB_STEP_SUMMARY;
  if (summary) await appendFile(summary, renderMarkdown(reports) + '\n');
  // Run by the root action: leave each report where actions/report gathers them, as publish() does.
  if (io.env.GITHUB_ACTIONS === 'true' && io.env.RUNNER_TEMP) {
    const dir = join(io.env.RUNNER_TEMP, 'pgci-reports');
    await mkdir(dir, { recursive: true });
    for (const r of reports)
      await writeFile(join(dir, `${r.check}.json`), JSON.stringify(r, null, 2));
  }
}

export function help(io: Io, command: Command): number {
  io.stdout(command.help + '\n');
  return EXIT.ok;
}
