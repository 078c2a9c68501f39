/**
 * The check catalogue: every family's definitions and its run function, in report order.
 * docs/security.md's per-check part is generated from here (npm run generate).
 */
import { AUTHENTICATION, checkAuthentication } from './checks/authentication.js';
import { checkCloudSqlInstances, CLOUDSQL } from './checks/cloudsql-instance.js';
import { checkConfigFile, CONFIG } from './checks/config-file.js';
import { checkExtensions, EXTENSIONS } from './checks/extensions.js';
import { checkLogging, LOGGING } from './checks/logging.js';
import { checkOverrides, OVERRIDES } from './checks/overrides.js';
import { checkHba, PG_HBA } from './checks/pg-hba.js';
import { checkPrivileges, PRIVILEGES } from './checks/privileges.js';
import { checkTls, TLS } from './checks/tls.js';
import type { ScanContext } from './context.js';
import type { CheckDef, Emitter, Family } from './types.js';

export interface CheckFamily {
  family: Family;
  title: string;
  defs: CheckDef[];
  run(ctx: ScanContext, emit: Emitter): void;
}

export const FAMILIES: readonly CheckFamily[] = [
  { family: 'logging', title: 'Logging and audit', defs: LOGGING.defs, run: checkLogging },
  {
    family: 'authentication',
    title: 'Authentication',
    defs: AUTHENTICATION.defs,
    run: checkAuthentication,
  },
  { family: 'pg_hba', title: 'pg_hba rules', defs: PG_HBA.defs, run: checkHba },
  { family: 'tls', title: 'TLS and network', defs: TLS.defs, run: checkTls },
  { family: 'privileges', title: 'Privileges', defs: PRIVILEGES.defs, run: checkPrivileges },
  {
    family: 'overrides',
    title: 'Role and database setting overrides',
    defs: OVERRIDES.defs,
    run: checkOverrides,
  },
  {
    family: 'extensions',
    title: 'Extensions and versions',
    defs: EXTENSIONS.defs,
    run: checkExtensions,
  },
  {
    family: 'cloudsql-instance',
    title: 'Cloud SQL instance',
    defs: CLOUDSQL.defs,
    run: checkCloudSqlInstances,
  },
  { family: 'config', title: 'The config file', defs: CONFIG.defs, run: checkConfigFile },
];

export const CHECKS: ReadonlyMap<string, CheckDef> = new Map(
  FAMILIES.flatMap((f) => f.defs).map((d) => [d.id, d]),
);
