/** A plan (and what apply did) as a Report: a markdown table for the PR comment, JSON as data. */
import { escapeCell } from '../report/markdown.js';
import type { Report } from '../report/report.js';
import { countLine, counts, pending, refused, type Change, type Plan } from './plan.js';

export interface ApplyOutcome {
  /** Statements (SQL) and mutating API requests sent. */
  statements: number;
  requests?: number;
  migrationsApplied: number[];
  elapsedMs: number;
}

const ICON: Record<Change['action'], string> = {
  create: '➕ create',
  update: '✏️ update',
  delete: '🗑️ delete',
  'no-op': 'no-op',
  refused: '⛔ refused',
  skip: '⏭️ skip',
};

function flagText(c: Change): string {
  return [
    c.flags.requiresRestart ? 'restart' : '',
    c.flags.immutable ? 'immutable' : '',
    c.flags.destructive ? 'destructive' : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function fieldText(c: Change): string {
  return c.fields
    .map((f) => `\`${f.field}\`: ${f.old === null ? '—' : f.old} → ${f.new === null ? '—' : f.new}`)
    .join('<br>');
}

/** The markdown table: every change except no-ops (counted underneath). */
export function planMarkdown(plan: Plan): string {
  const shown = plan.changes.filter((c) => c.action !== 'no-op');
  const n = counts(plan);
  const lines = [`Target: ${plan.target} — ${escapeCell(plan.where)}`, ''];
  if (shown.length) {
    lines.push('| resource | action | change | flags | note |', '| --- | --- | --- | --- | --- |');
    for (const c of shown) {
      lines.push(
        `| \`${c.resource}\` | ${ICON[c.action]} | ${escapeCell(fieldText(c))} | ${flagText(c)} | ${escapeCell(c.note ?? '')} |`,
      );
    }
    lines.push('');
  }
  lines.push(`${n['no-op']} unchanged, ${n.skip} skipped. ${countLine(plan)}.`);
  return lines.join('\n');
}

export function planJson(plan: Plan, outcome?: ApplyOutcome) {
  return {
    target: plan.target,
    where: plan.where,
    changed: outcome ? outcome.statements + (outcome.requests ?? 0) > 0 : pending(plan).length > 0,
    counts: counts(plan),
    changes: plan.changes,
    ...(outcome ? { applied: outcome } : {}),
  };
}

export function planReport(plan: Plan, outcome?: ApplyOutcome): Report {
  const bad = refused(plan);
  const todo = pending(plan);
  const summary = bad.length
    ? `${bad.length} change(s) refused: ${bad.map((c) => c.resource).join(', ')}`
    : outcome
      ? todo.length
        ? `applied: ${countLine(plan)} in ${(outcome.elapsedMs / 1000).toFixed(1)} s`
        : 'nothing to change: the server already matches the config'
      : todo.length
        ? `plan: ${countLine(plan)}`
        : 'no changes: the server matches the config';
  return {
    check: outcome ? 'apply' : 'plan',
    title: outcome ? 'Provision (apply)' : 'Provision (plan)',
    status: bad.length ? 'fail' : 'pass',
    summary,
    details: planMarkdown(plan),
    annotations: [],
    data: planJson(plan, outcome),
  };
}
