/**
 * The PR template check: compares a PR description with the template and the rules, and says
 * exactly what is missing and how to fix it. Pure: text in, result and Report out.
 */
import { escapeCell } from '../report/markdown.js';
import type { Report, Status } from '../report/report.js';
import { checkBranch, checkTitle, type ConventionProblem } from './conventions.js';
import {
  findCheckbox,
  findSection,
  normalizeLabel,
  parseBody,
  type ParsedBody,
  type Section,
} from './parse.js';
import type { PrTemplateRules } from './rules.js';

export interface Missing {
  kind: 'section' | 'placeholder' | 'type' | 'item';
  section: string;
  /** The box that must be ticked (kind "item"). */
  item?: string;
  /** The ticked type (or "every PR") that requires the item. */
  requiredBy?: string;
  message: string;
  fix: string;
}

export interface PrCheckResult {
  ok: boolean;
  missing: Missing[];
  problems: ConventionProblem[];
}

export interface PrCheckInput {
  body: string | null | undefined;
  template: string;
  rules: PrTemplateRules;
  branch?: string;
  title?: string;
}

export function checkPullRequest(input: PrCheckInput): PrCheckResult {
  const { rules } = input;
  const body = parseBody(input.body);
  const template = parseBody(input.template);
  const missing: Missing[] = [
    ...checkSections(body, template, rules),
    ...checkTypes(body, template, rules),
  ];
  const problems = [
    ...(input.branch !== undefined ? checkBranch(input.branch, rules) : []),
    ...(input.title !== undefined ? checkTitle(input.title, rules) : []),
  ];
  return {
    ok: missing.length === 0 && !problems.some((p) => p.level === 'error'),
    missing,
    problems,
  };
}

function checkSections(body: ParsedBody, template: ParsedBody, rules: PrTemplateRules): Missing[] {
  const out: Missing[] = [];
  for (const title of rules.requiredSections) {
    const section = findSection(body, title);
    const model = findSection(template, title);
    const heading = `${'#'.repeat(model?.level ?? 3)} ${model?.title ?? title}`;
    if (!section) {
      out.push({
        kind: 'section',
        section: title,
        message: `The "${title}" section is missing.`,
        fix: `Add the "${heading}" heading back from the template and fill it in.`,
      });
      continue;
    }
    // Prose sections (no boxes in the template) must say something of their own.
    if (model && model.checkboxes.length === 0 && !hasOwnText(section, model)) {
      out.push({
        kind: 'placeholder',
        section: title,
        message: section.text.length
          ? `The "${title}" section still holds the template's placeholder text.`
          : `The "${title}" section is empty.`,
        fix: `Replace the text under "${heading}" with a description of this change.`,
      });
    }
  }
  return out;
}

function hasOwnText(section: Section, model: Section): boolean {
  const own = normalizeLabel(section.text.join(' '));
  return own.length > 0 && own !== normalizeLabel(model.text.join(' '));
}

function checkTypes(body: ParsedBody, template: ParsedBody, rules: PrTemplateRules): Missing[] {
  const typeSection = findSection(body, rules.typeSection);
  if (!typeSection) return []; // reported as a missing section already
  const ticked = typeSection.checkboxes.filter((b) => b.checked);
  const out: Missing[] = [];
  if (ticked.length < rules.minTypes) {
    const choices = (findSection(template, rules.typeSection) ?? typeSection).checkboxes.map(
      (b) => b.label,
    );
    out.push({
      kind: 'type',
      section: rules.typeSection,
      message: `No "${rules.typeSection}" is ticked.`,
      fix: `Tick at least ${rules.minTypes} of: ${choices.join(', ')} (write [x] in the box).`,
    });
  }
  const wanted: { item: string; requiredBy: string }[] = rules.alwaysRequired.map((item) => ({
    item,
    requiredBy: 'every PR',
  }));
  for (const type of ticked) {
    const entry = Object.entries(rules.requires).find(
      ([name]) => normalizeLabel(name) === normalizeLabel(type.label),
    );
    for (const item of entry?.[1] ?? []) wanted.push({ item, requiredBy: entry![0] });
  }
  const seen = new Set<string>();
  for (const { item, requiredBy } of wanted) {
    if (seen.has(normalizeLabel(item))) continue;
    seen.add(normalizeLabel(item));
    if (findCheckbox(body.checkboxes, item)?.checked) continue;
    const home = template.sections.find((s) => findCheckbox(s.checkboxes, item));
    const section = home?.title ?? 'Checklist';
    const present = findCheckbox(body.checkboxes, item) !== undefined;
    out.push({
      kind: 'item',
      section,
      item,
      requiredBy,
      message: `"${item}" is not ticked (required by ${requiredBy}).`,
      fix: present
        ? `Do it, then tick "- [x] ${item}" under "${section}".`
        : `Add "- [x] ${item}" under "${section}" once it is done (the line is missing from the description).`,
    });
  }
  return out;
}

export function prCheckReport(result: PrCheckResult): Report {
  const errors = result.problems.filter((p) => p.level === 'error');
  const warnings = result.problems.filter((p) => p.level === 'warning');
  const status: Status = !result.ok ? 'fail' : warnings.length ? 'warn' : 'pass';
  const count = result.missing.length + result.problems.length;
  const summary =
    count === 0
      ? 'The PR description follows the template'
      : [
          result.missing.length ? `${result.missing.length} missing from the description` : '',
          errors.length ? `${errors.length} convention error(s)` : '',
          warnings.length ? `${warnings.length} convention warning(s)` : '',
        ]
          .filter(Boolean)
          .join(', ');
  const rows = [
    ...result.missing.map((m) => `| ❌ | ${escapeCell(m.message)} | ${escapeCell(m.fix)} |`),
    ...result.problems.map(
      (p) =>
        `| ${p.level === 'error' ? '❌' : '⚠️'} | ${escapeCell(p.message)} | ${escapeCell(p.fix)} |`,
    ),
  ];
  const details = rows.length
    ? [
        '| | what | how to fix |',
        '| --- | --- | --- |',
        ...rows,
        '',
        'Edit the PR description (or title) and this check runs again.',
      ].join('\n')
    : 'Sections, the type of change, the items it requires, and the branch and title conventions are all in order.';
  return {
    check: 'pr-template',
    title: 'PR template',
    status,
    summary,
    details,
    annotations: [],
    data: result,
  };
}
