/**
 * The sticky PR comment's text: a hidden marker that finds it again, a status table, and a
 * collapsible section per check. GitHub refuses comment bodies over 65,536 characters, so the
 * largest sections give way first, each cut pointing at the job summary that holds it all.
 */
import { collapsible, escapeCell } from '../report/markdown.js';
import { overallStatus, statusIcon, type Report } from '../report/report.js';

export const COMMENT_LIMIT = 65_536;

/** `<!-- pgci:report -->`, or `<!-- pgci:report:<key> -->` when one PR gets several. */
export function commentMarker(key = ''): string {
  return `<!-- pgci:report${key ? `:${key}` : ''} -->`;
}

export interface CommentOptions {
  key?: string;
  heading?: string;
  /** Link to the run whose job summary holds the full report. */
  runUrl?: string;
  /** The commit the reports are about. */
  sha?: string;
  limit?: number;
}

/** A report's text can come from a fork's run: never let it carry our marker. */
function defang(text: string): string {
  return text.replace(/<!--\s*pgci:/g, '<!-- (quoted) pgci-');
}

function headline(reports: readonly Report[]): string {
  const count = (s: Report['status']) => reports.filter((r) => r.status === s).length;
  const parts = [
    `${count('pass')} passed`,
    count('warn') ? `${count('warn')} warned` : '',
    count('fail') ? `${count('fail')} failed` : '',
    count('skip') ? `${count('skip')} skipped` : '',
  ].filter(Boolean);
  return `${reports.length} check${reports.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

function summaryPointer(options: CommentOptions): string {
  return options.runUrl ? `the [job summary](${options.runUrl})` : 'the job summary';
}

/** Keeps the head of `text` within `budget`, closing what the cut left open. */
export function truncateMarkdown(text: string, budget: number, pointer: string): string {
  if (text.length <= budget) return text;
  const note = (cut: number) =>
    `\n\n> ✂️ ${cut} characters cut here: the full report is in ${pointer}.`;
  const room = Math.max(0, budget - note(text.length).length - 64);
  let head = text.slice(0, room);
  const newline = head.lastIndexOf('\n');
  if (newline > room / 2) head = head.slice(0, newline);
  const closers: string[] = [];
  if ((head.match(/^\s*(```|~~~)/gm) ?? []).length % 2 === 1) closers.push('```');
  const open = (head.match(/<details>/g) ?? []).length - (head.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < open; i++) closers.push('</details>');
  return [head, ...closers].join('\n') + note(text.length - head.length);
}

function render(
  reports: readonly Report[],
  details: readonly string[],
  options: CommentOptions,
): string {
  const lines = [
    commentMarker(options.key),
    `## ${statusIcon(overallStatus(reports))} ${options.heading ?? 'pgci'} — ${headline(reports)}`,
    '',
    '| check | status | summary |',
    '| --- | --- | --- |',
    ...reports.map(
      (r) =>
        `| ${escapeCell(r.title)} | ${statusIcon(r.status)} ${r.status} | ${escapeCell(defang(r.summary))} |`,
    ),
    '',
  ];
  reports.forEach((r, i) => {
    lines.push(
      `### ${statusIcon(r.status)} ${r.title}`,
      '',
      collapsible('Details', details[i]!),
      '',
    );
  });
  const about = [
    options.sha ? `Reports for ${options.sha.slice(0, 7)}` : 'Reports',
    `full text in ${summaryPointer(options)}`,
    'this comment is updated in place on every run',
  ];
  lines.push(`<sub>${about.join(' · ')}</sub>`, '');
  return lines.join('\n');
}

/** The comment body, always within the limit. */
export function renderComment(reports: readonly Report[], options: CommentOptions = {}): string {
  const limit = options.limit ?? COMMENT_LIMIT;
  const full = reports.map((r) => defang(r.details.trim() || r.summary));
  const whole = render(reports, full, options);
  if (whole.length <= limit) return whole;
  // Share what the frame leaves among the sections; small ones keep all, large ones are cut.
  const pointer = summaryPointer(options);
  const frame = render(
    reports,
    full.map(() => ''),
    options,
  ).length;
  let budget = Math.max(0, limit - frame - 256);
  const cut = [...full];
  const order = full.map((d, i) => i).sort((a, b) => full[a]!.length - full[b]!.length);
  order.forEach((index, rank) => {
    const share = Math.floor(budget / (order.length - rank));
    cut[index] = truncateMarkdown(full[index]!, share, pointer);
    budget -= cut[index]!.length;
  });
  const body = render(reports, cut, options);
  // Only a frame larger than the limit itself (thousands of checks) gets here.
  return body.length <= limit ? body : truncateMarkdown(body, limit, pointer);
}
