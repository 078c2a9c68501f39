/**
 * backup-verify's settings from the config's `backup` section, overridden by command-line
 * flags or action inputs; the encryption key is read from the environment variable the config
 * or the flag names, and is never echoed.
 */
import { runValidate, validationText } from '../commands/validate.js';
import { ENV_REFERENCE } from '../config/env-reference.js';
import { InputError } from '../config/load.js';
import type { PgciConfig } from '../config/schema.js';
import type { DumpFormat } from './dump-restore.js';
import type { HashKind } from './data-compare.js';
import type { Targets } from './verify.js';

/** Raw values as flags and action inputs give them (strings). */
export interface BackupSettingsInput {
  config?: string;
  dumpFormat?: string;
  jobs?: string;
  encryptionKeyEnv?: string;
  hash?: string;
  strict?: boolean;
  chunkRows?: string;
  exclude?: string[];
  rpoHours?: string;
  rtoMinutes?: string;
}

export interface BackupSettings {
  format: DumpFormat;
  jobs: number;
  encryptionKey?: string;
  hash: HashKind | 'auto';
  strict: boolean;
  chunkRows?: number;
  exclude?: string[];
  targets: Targets;
  /** From the config's instance: section and databases list (the Cloud SQL path's defaults). */
  cloudSql: { project?: string; instance?: string; databases?: string[] };
}

function positive(name: string, value: string | undefined, integer = false): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!(n > 0) || (integer && !Number.isInteger(n)))
    throw new InputError(
      `pgci backup-verify: ${name} takes a ${integer ? 'whole ' : ''}number above 0, not "${value}".`,
    );
  return n;
}

function choice<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined || value === '') return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(
    `pgci backup-verify: ${name} must be one of ${allowed.join(', ')}, not "${value}".`,
  );
}

async function loadConfig(file: string): Promise<PgciConfig> {
  const { result } = await runValidate(file);
  if (!result.config)
    throw new InputError(
      `${validationText(result)}\n${file}: fix the config before backup-verify reads it.`,
    );
  return result.config;
}

export async function resolveBackupSettings(
  input: BackupSettingsInput,
  env: Record<string, string | undefined>,
): Promise<BackupSettings> {
  const config = input.config ? await loadConfig(input.config) : undefined;
  const section = config?.backup ?? {};
  let keyEnv = input.encryptionKeyEnv || undefined;
  if (!keyEnv && section.encryptionKey) {
    const m = ENV_REFERENCE.exec(section.encryptionKey);
    if (!m)
      throw new InputError(
        `${input.config}: backup.encryptionKey must be a \${ENV_VAR} reference to a secret, never the key itself.`,
      );
    keyEnv = m[1];
  }
  let encryptionKey: string | undefined;
  if (keyEnv) {
    encryptionKey = env[keyEnv];
    if (!encryptionKey)
      throw new InputError(
        `pgci backup-verify: the encryption key variable ${keyEnv} is not set; export it from your secret store.`,
      );
  }
  const exclude = [...(section.exclude ?? []), ...(input.exclude ?? [])];
  for (const t of exclude)
    if (!/^[^.]+\.[^.]+$/.test(t))
      throw new InputError(`pgci backup-verify: --exclude takes schema.table, not "${t}".`);
  return {
    format:
      choice('--dump-format', input.dumpFormat, ['custom', 'directory'] as const) ??
      section.format ??
      'custom',
    jobs: positive('--jobs', input.jobs, true) ?? section.jobs ?? 2,
    encryptionKey,
    hash:
      choice('--hash', input.hash, ['auto', 'fast', 'portable'] as const) ?? section.hash ?? 'auto',
    strict: input.strict ?? section.strict ?? false,
    chunkRows: positive('--chunk-rows', input.chunkRows, true) ?? section.chunkRows,
    exclude: exclude.length ? exclude : undefined,
    targets: {
      rpoHours: positive('--rpo-hours', input.rpoHours) ?? section.rpoHours,
      rtoMinutes: positive('--rto-minutes', input.rtoMinutes) ?? section.rtoMinutes,
    },
    cloudSql: {
      ...(config?.instance
        ? { project: config.instance.project, instance: config.instance.name }
        : {}),
      ...(config?.databases?.length ? { databases: config.databases.map((d) => d.name) } : {}),
    },
  };
}
