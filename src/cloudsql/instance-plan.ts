/**
 * The instance part of a Cloud SQL plan: pgci.yml's `instance:` and `parameters:` as a
 * DatabaseInstance (canonical proto3 JSON), diffed with the live one field by field.
 * Immutable changes are refused here, before any call; restarts need allow-restart.
 */
import type { InstanceConfig, ParameterMap } from '../config/schema.js';
import { display, type Change, type FieldChange, type SafetyOptions } from '../provision/plan.js';
import { parseBoolean, parseQuantity } from '../postgres/units.js';
import { FLAGS_BY_NAME } from './flags.js';
import type { Json } from './proto-json.js';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** What the flags list says of a flag: its unit comes from pgci's table, restart from the API. */
export interface FlagFacts {
  requiresRestart: boolean;
}

/** A config parameter as Cloud SQL takes a databaseFlags value: base units, on/off. */
export function flagValue(name: string, value: string | number | boolean): string {
  const spec = FLAGS_BY_NAME.get(name);
  if (spec?.type === 'boolean' || typeof value === 'boolean') {
    const b = parseBoolean(value);
    return b === undefined ? String(value) : b ? 'on' : 'off';
  }
  if (spec?.type === 'integer') {
    const q = parseQuantity(value, spec.unit);
    if (q.ok) return String(Math.round(q.value));
  }
  return String(value);
}

function expiration(expires: string | undefined): string | undefined {
  if (!expires) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(expires) ? `${expires}T00:00:00Z` : expires;
}

/** Drops undefined values (and objects left empty) so the JSON is what would be sent. */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(value as Json)) {
      const c = clean(v);
      if (
        c !== undefined &&
        !(c && typeof c === 'object' && !Array.isArray(c) && Object.keys(c).length === 0)
      )
        out[k] = c;
    }
    return out;
  }
  return value;
}

export function desiredInstance(cfg: InstanceConfig, parameters: ParameterMap | undefined): Json {
  const net = cfg.network ?? {};
  const b = cfg.backups ?? {};
  const pp = cfg.passwordPolicy;
  const qi = cfg.queryInsights;
  return clean({
    name: cfg.name,
    project: cfg.project,
    region: cfg.region,
    databaseVersion: cfg.databaseVersion,
    settings: {
      tier: cfg.tier,
      edition: cfg.edition ?? 'ENTERPRISE',
      availabilityType: cfg.availability ? cfg.availability.toUpperCase() : undefined,
      dataDiskType: cfg.disk?.type,
      dataDiskSizeGb: cfg.disk?.sizeGb !== undefined ? String(cfg.disk.sizeGb) : undefined,
      storageAutoResize: cfg.disk?.autoResize,
      storageAutoResizeLimit:
        cfg.disk?.autoResizeLimitGb !== undefined ? String(cfg.disk.autoResizeLimitGb) : undefined,
      ipConfiguration: {
        ipv4Enabled: net.publicIp,
        privateNetwork: net.privateNetwork,
        sslMode: net.sslMode,
        authorizedNetworks: net.authorizedNetworks
          ? net.authorizedNetworks.map((n) => ({
              value: n.cidr,
              name: n.name,
              expirationTime: expiration(n.expires),
            }))
          : undefined,
      },
      connectorEnforcement: net.connectorEnforcement,
      backupConfiguration: cfg.backups
        ? {
            enabled: b.enabled,
            startTime: b.startTime,
            location: b.location,
            pointInTimeRecoveryEnabled: b.pointInTimeRecovery,
            transactionLogRetentionDays: b.transactionLogRetentionDays,
            backupRetentionSettings:
              b.retainedBackups !== undefined
                ? { retainedBackups: b.retainedBackups, retentionUnit: 'COUNT' }
                : undefined,
          }
        : undefined,
      maintenanceWindow: cfg.maintenance
        ? {
            day: cfg.maintenance.day ? DAYS.indexOf(cfg.maintenance.day) + 1 : undefined,
            hour: cfg.maintenance.hour,
          }
        : undefined,
      deletionProtectionEnabled: cfg.deletionProtection,
      insightsConfig: qi
        ? {
            queryInsightsEnabled: qi.enabled,
            queryStringLength: qi.queryStringLength,
            recordApplicationTags: qi.recordApplicationTags,
            recordClientAddress: qi.recordClientAddress,
          }
        : undefined,
      userLabels: cfg.labels,
      passwordValidationPolicy: pp
        ? {
            enablePasswordPolicy: pp.enabled,
            minLength: pp.minLength,
            complexity: pp.complexity,
            reuseInterval: pp.reuseInterval,
            disallowUsernameSubstring: pp.disallowUsernameSubstring,
            passwordChangeInterval:
              pp.passwordChangeIntervalDays !== undefined
                ? `${pp.passwordChangeIntervalDays * 86400}s`
                : undefined,
          }
        : undefined,
      // Always the complete list: no parameters means no flags (an empty list clears them).
      databaseFlags: Object.entries(parameters ?? {})
        .map(([name, value]) => ({ name, value: flagValue(name, value) }))
        .sort((x, y) => x.name.localeCompare(y.name)),
    },
  }) as Json;
}

/** Lists compared as sets of their entries (kind dropped), maps as maps. */
const WHOLE = new Set([
  'settings.databaseFlags',
  'settings.ipConfiguration.authorizedNetworks',
  'settings.userLabels',
]);

function stripKind(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripKind);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v as Json)
        .filter(([k]) => k !== 'kind')
        .map(([k, x]) => [k, stripKind(x)]),
    );
  }
  return v;
}

function same(a: unknown, b: unknown, path: string): boolean {
  if (WHOLE.has(path) && Array.isArray(a) && Array.isArray(b)) {
    const key = (x: unknown) => JSON.stringify(stripKind(x));
    return JSON.stringify(a.map(key).sort()) === JSON.stringify(b.map(key).sort());
  }
  if (Array.isArray(a) || Array.isArray(b) || WHOLE.has(path))
    return JSON.stringify(stripKind(a ?? [])) === JSON.stringify(stripKind(b ?? []));
  return String(a) === String(b);
}

const isEmptyList = (v: unknown) => Array.isArray(v) && v.length === 0;

function at(obj: Json, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Json)[k] : undefined), obj);
}

/** Leaf paths of the desired instance (lists and label maps as one leaf each). */
function leaves(obj: Json, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v) && !WHOLE.has(path))
      return leaves(v as Json, path);
    return [path];
  });
}

function show(v: unknown, path: string): string | null {
  if (v === undefined) return null;
  if (isEmptyList(v)) return '(none)';
  if (path === 'settings.databaseFlags' && Array.isArray(v))
    return v.map((f: Json) => `${String(f.name)}=${String(f.value)}`).join(', ');
  if (path === 'settings.ipConfiguration.authorizedNetworks' && Array.isArray(v))
    return v.map((n: Json) => String(n.value)).join(', ');
  if (typeof v === 'object') return JSON.stringify(stripKind(v));
  return display(v);
}

export interface InstancePlan {
  change: Change;
  /** The PATCH body (changed top-level settings, lists whole) or the INSERT body. */
  body?: Json;
  restart: boolean;
}

export function planInstance(
  desired: Json,
  live: Json | undefined,
  flags: ReadonlyMap<string, FlagFacts>,
  safety: SafetyOptions,
): InstancePlan {
  const resource = `instance/${String(desired.name)}`;
  if (!live) {
    const fields: FieldChange[] = leaves(desired)
      // An empty list (no flags) is nothing to show on a new instance.
      .filter((p) => p !== 'name' && p !== 'project' && !isEmptyList(at(desired, p)))
      .map((p) => ({ field: p, old: null, new: show(at(desired, p), p) }));
    return {
      change: { resource, action: 'create', fields, flags: {} },
      body: desired,
      restart: false,
    };
  }
  const fields: FieldChange[] = [];
  const refusedReasons: string[] = [];
  const changedSettings = new Set<string>();
  let restart = false;
  let immutable = false;
  let upgrade = false;
  for (const path of leaves(desired)) {
    const want = at(desired, path);
    const have = at(live, path);
    if (path === 'project' || same(want, have, path)) continue;
    fields.push({ field: path, old: show(have, path), new: show(want, path) });
    const why = immutableReason(path, have, want);
    if (why) {
      immutable = true;
      refusedReasons.push(why);
      continue;
    }
    if (path === 'databaseVersion') upgrade = true;
    if (path.startsWith('settings.')) changedSettings.add(path.split('.')[1]!);
    if (
      path === 'settings.tier' ||
      path === 'settings.availabilityType' ||
      path === 'settings.edition'
    )
      restart = true;
    if (path === 'settings.databaseFlags') {
      const before = new Map(
        ((have ?? []) as Json[]).map((f) => [String(f.name), String(f.value)]),
      );
      const after = new Map(((want ?? []) as Json[]).map((f) => [String(f.name), String(f.value)]));
      for (const name of new Set([...before.keys(), ...after.keys()])) {
        if (
          before.get(name) !== after.get(name) &&
          (flags.get(name)?.requiresRestart ?? FLAGS_BY_NAME.get(name)?.requiresRestart)
        )
          restart = true;
      }
    }
  }
  if (upgrade) restart = true;
  const flagsOut = {
    ...(restart ? { requiresRestart: true } : {}),
    ...(immutable ? { immutable: true } : {}),
  };
  if (immutable) {
    return {
      change: {
        resource,
        action: 'refused',
        fields,
        flags: flagsOut,
        note: refusedReasons.join('; '),
      },
      restart,
    };
  }
  if (!fields.length)
    return { change: { resource, action: 'no-op', fields, flags: {} }, restart: false };
  if (restart && !safety.allowRestart) {
    return {
      change: {
        resource,
        action: 'refused',
        fields,
        flags: flagsOut,
        note: 'these changes restart the instance; pass allow-restart to apply them',
      },
      restart,
    };
  }
  const settings = desired.settings as Json;
  const body: Json = {};
  if (upgrade) body.databaseVersion = desired.databaseVersion;
  if (changedSettings.size) {
    // Whole subtrees of what changed; databaseFlags and authorizedNetworks as complete lists.
    const sent: Json = {};
    for (const key of changedSettings) sent[key] = settings[key];
    if (changedSettings.has('ipConfiguration')) sent.ipConfiguration = settings.ipConfiguration;
    if (!('databaseFlags' in sent)) sent.databaseFlags = settings.databaseFlags ?? [];
    if (!sent.tier) sent.tier = settings.tier; // Cloud SQL wants the tier on every settings patch
    body.settings = sent;
  }
  return { change: { resource, action: 'update', fields, flags: flagsOut }, body, restart };
}

function immutableReason(path: string, have: unknown, want: unknown): string | undefined {
  switch (path) {
    case 'region':
      return `region cannot change (${String(have)} → ${String(want)}): create a new instance and migrate`;
    case 'name':
      return 'an instance cannot be renamed';
    case 'settings.dataDiskType':
      return `disk type cannot change (${String(have)} → ${String(want)})`;
    case 'settings.dataDiskSizeGb':
      return Number(want) < Number(have)
        ? `disk size cannot shrink (${String(have)} GB → ${String(want)} GB)`
        : undefined;
    case 'settings.ipConfiguration.privateNetwork':
      return have
        ? `the private network cannot be removed or changed (${String(have)})`
        : undefined;
    case 'databaseVersion': {
      const v = (x: unknown) => Number(String(x).split('_')[1]);
      return v(want) < v(have)
        ? `a downgrade is not possible (${String(have)} → ${String(want)})`
        : undefined;
    }
    default:
      return undefined;
  }
}
