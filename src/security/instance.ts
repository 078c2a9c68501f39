/**
 * One shape for a Cloud SQL instance, whether it comes from the Admin API (a v1
 * `DatabaseInstance`, as `gcloud sql instances describe --format=json` or the API client returns
 * it) or from the config's `instance` section. Each fact keeps the config path it comes from, so
 * a finding on the config points at its line.
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../config/load.js';
import type { DocPath } from '../config/problem.js';
import type { PgciConfig } from '../config/schema.js';

export interface NetworkFact {
  name?: string;
  cidr: string;
  /** RFC 3339 or YYYY-MM-DD; undefined when the entry never expires. */
  expires?: string;
  path?: DocPath;
}

export interface InstanceFacts {
  source: 'api' | 'config';
  name: string;
  databaseVersion?: string;
  /** ALLOW_UNENCRYPTED_AND_ENCRYPTED, ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED. */
  sslMode?: string;
  publicIp: boolean;
  privateNetwork?: string;
  authorizedNetworks: NetworkFact[];
  connectorEnforcement?: string;
  backupsEnabled?: boolean;
  pitr?: boolean;
  retainedBackups?: number;
  deletionProtection?: boolean;
  availability?: 'ZONAL' | 'REGIONAL';
  /** undefined: not known from this source (the config cannot say); '' : Google-managed key. */
  kmsKeyName?: string;
  flags: Map<string, string>;
  passwordPolicyEnabled?: boolean;
  /** Config path of each fact, for locating config findings (config source only). */
  paths: Partial<Record<InstanceFactKey, DocPath>>;
}

export type InstanceFactKey =
  | 'instance'
  | 'databaseVersion'
  | 'sslMode'
  | 'publicIp'
  | 'connectorEnforcement'
  | 'backups'
  | 'pitr'
  | 'retainedBackups'
  | 'deletionProtection'
  | 'availability'
  | 'passwordPolicy'
  | 'parameters';

/** Over REST the client libraries wrap scalars as {value} and send int64 as strings. */
function unwrap(v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v) && 'value' in (v as object)) {
    return (v as { value: unknown }).value;
  }
  return v;
}
const bool = (v: unknown): boolean | undefined => {
  const u = unwrap(v);
  return typeof u === 'boolean' ? u : u === 'true' ? true : u === 'false' ? false : undefined;
};
const num = (v: unknown): number | undefined => {
  const u = unwrap(v);
  const n = typeof u === 'number' ? u : typeof u === 'string' && u !== '' ? Number(u) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
const str = (v: unknown): string | undefined => {
  const u = unwrap(v);
  return typeof u === 'string' ? u : undefined;
};
type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});

/** A v1 DatabaseInstance (plain object, e.g. parsed JSON) → facts. */
export function instanceFromApi(instance: unknown): InstanceFacts {
  const i = obj(instance);
  const settings = obj(i.settings);
  const ip = obj(settings.ipConfiguration);
  const backup = obj(settings.backupConfiguration);
  const retention = obj(backup.backupRetentionSettings);
  const flags = new Map<string, string>();
  for (const f of Array.isArray(settings.databaseFlags) ? settings.databaseFlags : []) {
    const name = str(obj(f).name);
    if (name) flags.set(name.toLowerCase(), String(str(obj(f).value) ?? ''));
  }
  const requireSsl = bool(ip.requireSsl);
  const sslMode =
    str(ip.sslMode) ??
    (requireSsl === true
      ? 'ENCRYPTED_ONLY'
      : requireSsl === false
        ? 'ALLOW_UNENCRYPTED_AND_ENCRYPTED'
        : undefined);
  const policy = obj(settings.passwordValidationPolicy);
  return {
    source: 'api',
    name: str(i.name) ?? '(unnamed)',
    databaseVersion: str(i.databaseVersion),
    sslMode: sslMode === 'SSL_MODE_UNSPECIFIED' ? undefined : sslMode,
    publicIp: bool(ip.ipv4Enabled) ?? true,
    privateNetwork: str(ip.privateNetwork),
    authorizedNetworks: (Array.isArray(ip.authorizedNetworks) ? ip.authorizedNetworks : []).map(
      (n) => ({
        name: str(obj(n).name),
        cidr: str(obj(n).value) ?? '',
        expires: str(obj(n).expirationTime),
      }),
    ),
    connectorEnforcement: str(settings.connectorEnforcement),
    backupsEnabled: bool(backup.enabled),
    pitr: bool(backup.pointInTimeRecoveryEnabled),
    retainedBackups: num(retention.retainedBackups),
    deletionProtection: bool(settings.deletionProtectionEnabled),
    availability: str(settings.availabilityType) as InstanceFacts['availability'],
    kmsKeyName: str(obj(i.diskEncryptionConfiguration).kmsKeyName) ?? '',
    flags,
    passwordPolicyEnabled: bool(policy.enablePasswordPolicy),
    paths: {},
  };
}

/** The config's `instance` section (and its `parameters`, which become flags) → facts. */
export function instanceFromConfig(config: PgciConfig): InstanceFacts | undefined {
  const inst = config.instance;
  if (!inst) return undefined;
  const network = inst.network ?? {};
  const flags = new Map<string, string>();
  for (const [k, v] of Object.entries(config.parameters ?? {}))
    flags.set(k.toLowerCase(), String(v));
  // The deepest part of the path the config has: an absent key points at its parent.
  const at = (...p: (string | number)[]): DocPath => {
    const path: (string | number)[] = ['instance'];
    let node: unknown = inst;
    for (const part of p) {
      node = (node as Record<string | number, unknown> | undefined)?.[part];
      if (node === undefined) break;
      path.push(part);
    }
    return path;
  };
  return {
    source: 'config',
    name: inst.name,
    databaseVersion: inst.databaseVersion,
    sslMode: network.sslMode,
    publicIp: network.publicIp ?? !network.privateNetwork,
    privateNetwork: network.privateNetwork,
    authorizedNetworks: (network.authorizedNetworks ?? []).map((n, i) => ({
      name: n.name,
      cidr: n.cidr,
      expires: n.expires,
      path: at('network', 'authorizedNetworks', i),
    })),
    connectorEnforcement: network.connectorEnforcement,
    backupsEnabled: inst.backups?.enabled ?? (inst.backups ? true : undefined),
    pitr: inst.backups?.pointInTimeRecovery,
    retainedBackups: inst.backups?.retainedBackups,
    deletionProtection: inst.deletionProtection,
    availability:
      inst.availability === 'regional'
        ? 'REGIONAL'
        : inst.availability === 'zonal'
          ? 'ZONAL'
          : undefined,
    kmsKeyName: undefined,
    flags,
    passwordPolicyEnabled: inst.passwordPolicy?.enabled,
    paths: {
      instance: at(),
      databaseVersion: at('databaseVersion'),
      sslMode: network.sslMode ? at('network', 'sslMode') : at('network'),
      publicIp: network.publicIp !== undefined ? at('network', 'publicIp') : at('network'),
      connectorEnforcement: network.connectorEnforcement
        ? at('network', 'connectorEnforcement')
        : at('network'),
      backups: inst.backups?.enabled !== undefined ? at('backups', 'enabled') : at('backups'),
      pitr:
        inst.backups?.pointInTimeRecovery !== undefined
          ? at('backups', 'pointInTimeRecovery')
          : at('backups'),
      retainedBackups:
        inst.backups?.retainedBackups !== undefined
          ? at('backups', 'retainedBackups')
          : at('backups'),
      deletionProtection: at('deletionProtection'),
      availability: at('availability'),
      passwordPolicy: inst.passwordPolicy ? at('passwordPolicy') : at(),
      parameters: ['parameters'],
    },
  };
}

/** Reads `--instance-json`: a DatabaseInstance object (or a one-element list of them). */
export async function loadInstanceJson(file: string): Promise<InstanceFacts> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      `${file}: cannot read the instance JSON: ${code === 'ENOENT' ? 'no such file; write it with `gcloud sql instances describe INSTANCE --format=json > ' + file + '`' : (err as Error).message}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError(
      `${file}: not valid JSON (${(err as Error).message}); give a Cloud SQL DatabaseInstance as JSON.`,
    );
  }
  if (Array.isArray(data) && data.length === 1) data = data[0];
  const o = obj(data);
  if (Array.isArray(data) || typeof o.settings !== 'object' || typeof o.name !== 'string') {
    throw new InputError(
      `${file}: not a Cloud SQL DatabaseInstance (expected an object with "name" and "settings", as \`gcloud sql instances describe INSTANCE --format=json\` prints).`,
    );
  }
  return instanceFromApi(data);
}
