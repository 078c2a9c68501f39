/** A family's check definitions, keyed by id (the id is written once). */
import type { Applies, CheckDef, Family, Reference, Severity } from '../types.js';

export interface DefInput {
  title: string;
  severity: Severity;
  applies: Applies;
  references?: Reference[];
  rationale: string;
  remediation: string;
}

export function defineChecks<K extends string>(
  family: Family,
  defs: Record<K, DefInput>,
): { ids: K[]; defs: CheckDef[] } {
  const ids = Object.keys(defs) as K[];
  return {
    ids,
    defs: ids.map((id) => ({ id, family, references: [], ...defs[id] })),
  };
}

export const cisGcp = (id: string): Reference => ({ kind: 'cis-gcp', id });
export const checkov = (id: string): Reference => ({ kind: 'checkov', id });
export const prowler = (id: string): Reference => ({ kind: 'prowler', id });
