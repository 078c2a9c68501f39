/**
 * What every rule sees: the typed config, a way to report a problem at a path, and facts
 * derived once (tier, memory, edition, parsed parameters) so no two rules derive them twice.
 */
import { FLAGS_BY_NAME, type FlagSpec } from '../../cloudsql/flags.js';
import {
  defaultMaxConnections,
  parseTier,
  type Edition,
  type TierInfo,
} from '../../cloudsql/tiers.js';
import { parseQuantity, toBytes } from '../../postgres/units.js';
import type { DocPath } from '../problem.js';
import type { PgciConfig } from '../schema.js';
import type { RuleId } from './catalog.js';

export interface ParameterEntry {
  /** Lower-case flag name. */
  name: string;
  /** The key as written in the file (for locating it). */
  key: string;
  value: string | number | boolean;
  spec: FlagSpec | undefined;
}

export interface RuleContext {
  config: PgciConfig;
  report(rule: RuleId, path: DocPath, message: string, target?: 'key' | 'value'): void;
  /** PostgreSQL major from instance.databaseVersion; undefined without an instance. */
  major: number | undefined;
  /** The edition Cloud SQL will use (explicit, or its default for the version). */
  edition: Edition | undefined;
  tier: TierInfo | undefined;
  /** Instance memory in bytes, when the tier is known. */
  memoryBytes: number | undefined;
  parameters: Map<string, ParameterEntry>;
  /** A parameter's value in bytes (memory settings), when set and parseable. */
  bytes(name: string): number | undefined;
  /** A parameter's numeric value in its base unit, when set and parseable. */
  number(name: string): number | undefined;
  /** max_connections as the instance will run it: the parameter, else Cloud SQL's default. */
  maxConnections: number | undefined;
}

export function buildContext(config: PgciConfig, report: RuleContext['report']): RuleContext {
  const instance = config.instance;
  const major = instance ? Number(instance.databaseVersion.replace('POSTGRES_', '')) : undefined;
  const edition: Edition | undefined = instance
    ? (instance.edition ?? ((major ?? 0) >= 16 ? 'ENTERPRISE_PLUS' : 'ENTERPRISE'))
    : undefined;
  const tier = instance ? parseTier(instance.tier) : undefined;
  const memoryBytes = tier ? tier.memoryMb * 1024 * 1024 : undefined;

  const parameters = new Map<string, ParameterEntry>();
  for (const [key, value] of Object.entries(config.parameters ?? {})) {
    const name = key.toLowerCase();
    parameters.set(name, { name, key, value, spec: FLAGS_BY_NAME.get(name) });
  }

  const number = (name: string): number | undefined => {
    const entry = parameters.get(name);
    if (!entry || typeof entry.value === 'boolean') return undefined;
    const parsed = parseQuantity(entry.value, entry.spec?.unit);
    return parsed.ok ? parsed.value : undefined;
  };
  const bytes = (name: string): number | undefined => {
    const value = number(name);
    return value === undefined ? undefined : toBytes(value, parameters.get(name)?.spec?.unit);
  };

  const explicitMax = number('max_connections');
  const maxConnections =
    explicitMax ?? (tier ? defaultMaxConnections(tier.memoryMb) : instance ? undefined : 100);

  return {
    config,
    report,
    major,
    edition,
    tier,
    memoryBytes,
    parameters,
    bytes,
    number,
    maxConnections,
  };
}
