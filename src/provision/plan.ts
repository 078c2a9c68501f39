/**
 * A provisioning plan: the changes that would make the live instance and server match
 * pgci.yml. One shape for both targets (cloudsql, postgres); renderers and gates read only this.
 */

export type Action = 'create' | 'update' | 'delete' | 'no-op' | 'refused' | 'skip';

export interface FieldChange {
  field: string;
  /** Current value as shown to people (never a secret: passwords show as "(set)"/"(changed)"). */
  old: string | null;
  new: string | null;
}

export interface ChangeFlags {
  /** The change restarts the instance (Cloud SQL) or takes effect only after a server restart. */
  requiresRestart?: boolean;
  /** The field cannot be changed after creation; the change is refused. */
  immutable?: boolean;
  /** The change drops something (a database, a role). */
  destructive?: boolean;
}

export interface Change {
  /** `instance/music-library-prod`, `database/music_library`, `role/music_app`, … */
  resource: string;
  action: Action;
  fields: FieldChange[];
  flags: ChangeFlags;
  /** Why it is refused or skipped, or what to know about it. */
  note?: string;
}

export interface Plan {
  target: 'cloudsql' | 'postgres';
  /** Where: the instance connection name or the redacted server URL. */
  where: string;
  changes: Change[];
}

/** Actions that change something when applied. */
export const MUTATING: ReadonlySet<Action> = new Set(['create', 'update', 'delete']);

export function pending(plan: Plan): Change[] {
  return plan.changes.filter((c) => MUTATING.has(c.action));
}

export function refused(plan: Plan): Change[] {
  return plan.changes.filter((c) => c.action === 'refused');
}

export function counts(plan: Plan): Record<Action, number> {
  const out: Record<Action, number> = {
    create: 0,
    update: 0,
    delete: 0,
    'no-op': 0,
    refused: 0,
    skip: 0,
  };
  for (const c of plan.changes) out[c.action] += 1;
  return out;
}

/** `2 to create, 1 to update, 0 to delete, 1 refused`: the line a person reads first. */
export function countLine(plan: Plan): string {
  const n = counts(plan);
  const parts = [`${n.create} to create`, `${n.update} to update`, `${n.delete} to delete`];
  if (n.refused) parts.push(`${n.refused} refused`);
  return parts.join(', ');
}

/** Safety switches: everything destructive or disruptive is off unless asked for. */
export interface SafetyOptions {
  /** Drop databases and roles that the config no longer lists. */
  prune?: boolean;
  /** Allow dropping a database that still holds tables. */
  allowDestroy?: boolean;
  /** Allow changes that restart the instance (or wait for a server restart). */
  allowRestart?: boolean;
}

/** Thrown for a plan that cannot be applied as asked (refused changes); carries the plan. */
export class PlanRefusedError extends Error {
  override name = 'PlanRefusedError';
  constructor(readonly plan: Plan) {
    const list = refused(plan)
      .map((c) => `${c.resource}: ${c.note ?? 'refused'}`)
      .join('; ');
    super(`The plan has refused changes, nothing was applied: ${list}`);
  }
}

export function display(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
}
