/** The seed's naming conventions: `feat/…` branches and conventional-commit PR titles. */
import type { PrTemplateRules } from './rules.js';

export interface ConventionProblem {
  rule: 'branch-name' | 'pr-title';
  level: 'error' | 'warning';
  message: string;
  fix: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function checkBranch(branch: string, rules: PrTemplateRules): ConventionProblem[] {
  if (rules.branchNames === 'off') return [];
  if (rules.exemptBranches.some((pattern) => new RegExp(pattern).test(branch))) return [];
  const types = rules.types.map(escapeRegExp).join('|');
  if (new RegExp(`^(?:${types})/[a-z0-9][a-z0-9._/-]*$`).test(branch)) return [];
  return [
    {
      rule: 'branch-name',
      level: rules.branchNames === 'fail' ? 'error' : 'warning',
      message: `Branch "${branch}" does not follow <type>/<short-name> with type one of ${rules.types.join(', ')}.`,
      fix: `Rename the branch, e.g. \`git branch -m ${rules.types[0] ?? 'feat'}/${slug(branch)}\`, and push it (GitHub then asks you to reopen the PR from it).`,
    },
  ];
}

export function checkTitle(title: string, rules: PrTemplateRules): ConventionProblem[] {
  if (rules.titles === 'off') return [];
  const types = rules.types.map(escapeRegExp).join('|');
  if (new RegExp(`^(?:${types})(?:\\([A-Za-z0-9._/-]+\\))?!?: \\S`).test(title)) return [];
  return [
    {
      rule: 'pr-title',
      level: rules.titles === 'fail' ? 'error' : 'warning',
      message: `Title "${title}" is not a conventional commit: <type>(<scope>): <what>, type one of ${rules.types.join(', ')}.`,
      fix: `Edit the title, e.g. "${rules.types[0] ?? 'feat'}(database): ${title.replace(/^[^:]*:\s*/, '') || 'describe the change'}".`,
    },
  ];
}

function slug(branch: string): string {
  return (
    branch
      .replace(/^[^/]*\//, '')
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'short-name'
  );
}
