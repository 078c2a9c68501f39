/** Rules for what the Cloud SQL Admin API would refuse, caught before any call is made. */
import { flagsForMajor, type FlagSpec } from '../../cloudsql/flags.js';
import { customTierViolations, maxDiskGb } from '../../cloudsql/tiers.js';
import { parseBoolean, parseQuantity } from '../../postgres/units.js';
import { suggest } from '../schema-check.js';
import type { RuleContext } from './context.js';

export function checkCloudSql(ctx: RuleContext): void {
  const instance = ctx.config.instance;
  if (!instance) return;
  checkTier(ctx);
  checkDisk(ctx);
  checkBackups(ctx);
  const maintenance = instance.maintenance;
  if (maintenance && (maintenance.day === undefined) !== (maintenance.hour === undefined)) {
    const missing = maintenance.day === undefined ? 'day' : 'hour';
    ctx.report(
      'cloudsql-maintenance-window',
      ['instance', 'maintenance'],
      `The maintenance window has no \`${missing}\`; add it so updates land at a quiet time you chose.`,
    );
  }
  checkFlags(ctx);
}

function checkTier(ctx: RuleContext): void {
  const instance = ctx.config.instance!;
  if (instance.edition === undefined && (ctx.major ?? 0) >= 16) {
    ctx.report(
      'cloudsql-edition-unset',
      ['instance', 'databaseVersion'],
      `No \`edition\`: Cloud SQL creates ${instance.databaseVersion} instances as ENTERPRISE_PLUS unless told otherwise. Write \`edition: ENTERPRISE\` or \`edition: ENTERPRISE_PLUS\`.`,
    );
  }
  const tier = ctx.tier;
  if (!tier) {
    ctx.report(
      'cloudsql-tier-format',
      ['instance', 'tier'],
      `\`${instance.tier}\` is not a Cloud SQL for PostgreSQL tier. Use db-custom-<vCPU>-<MB> (e.g. db-custom-2-7680), db-f1-micro or db-g1-small on ENTERPRISE, or db-perf-optimized-N-<vCPU> on ENTERPRISE_PLUS.`,
      'value',
    );
    return;
  }
  for (const v of customTierViolations(tier))
    ctx.report(v.rule, ['instance', 'tier'], v.message, 'value');
  if (ctx.edition && !tier.editions.includes(ctx.edition)) {
    const offered = tier.editions.join(' or ');
    const alternative =
      ctx.edition === 'ENTERPRISE_PLUS'
        ? 'a db-perf-optimized-N-<vCPU> tier (e.g. db-perf-optimized-N-2)'
        : 'a db-custom-<vCPU>-<MB> tier';
    ctx.report(
      'cloudsql-tier-edition',
      ['instance', 'tier'],
      `${tier.tier} is offered on ${offered} only, and this instance is ${ctx.edition}${instance.edition ? '' : ' (the default for its version)'}. Use ${alternative}, or set \`edition: ${tier.editions[0]}\`.`,
      'value',
    );
  }
}

function checkDisk(ctx: RuleContext): void {
  const disk = ctx.config.instance!.disk;
  if (!disk) return;
  if (ctx.tier && disk.sizeGb !== undefined && disk.sizeGb > maxDiskGb(ctx.tier)) {
    ctx.report(
      'cloudsql-disk',
      ['instance', 'disk', 'sizeGb'],
      `${ctx.tier.tier} takes at most ${maxDiskGb(ctx.tier)} GB of disk; choose a dedicated-core tier for ${disk.sizeGb} GB.`,
      'value',
    );
  }
  if (
    disk.autoResizeLimitGb !== undefined &&
    disk.autoResizeLimitGb !== 0 &&
    disk.sizeGb !== undefined &&
    disk.autoResizeLimitGb < disk.sizeGb
  ) {
    ctx.report(
      'cloudsql-disk',
      ['instance', 'disk', 'autoResizeLimitGb'],
      `The auto-resize limit (${disk.autoResizeLimitGb} GB) is below the disk size (${disk.sizeGb} GB); set it to 0 for no limit or to at least ${disk.sizeGb}.`,
      'value',
    );
  }
  if (disk.autoResizeLimitGb && disk.autoResize === false) {
    ctx.report(
      'cloudsql-disk',
      ['instance', 'disk', 'autoResizeLimitGb'],
      '`autoResizeLimitGb` has no effect while `autoResize` is false; remove it or enable auto-resize.',
    );
  }
  if (ctx.edition === 'ENTERPRISE_PLUS' && disk.type === 'PD_HDD') {
    ctx.report(
      'cloudsql-disk',
      ['instance', 'disk', 'type'],
      'ENTERPRISE_PLUS instances need SSD storage; use `type: PD_SSD`.',
      'value',
    );
  }
}

function checkBackups(ctx: RuleContext): void {
  const backups = ctx.config.instance!.backups;
  if (!backups) return;
  const at = (key: string): (string | number)[] => ['instance', 'backups', key];
  if (backups.startTime !== undefined && !/^([01]\d|2[0-3]):00$/.test(backups.startTime)) {
    ctx.report(
      'cloudsql-backup-window',
      at('startTime'),
      `\`startTime\` must be a UTC hour written HH:00 (e.g. "03:00"); "${backups.startTime}" is not.`,
      'value',
    );
  }
  const pitr = backups.pointInTimeRecovery === true;
  if (pitr && backups.enabled === false) {
    ctx.report(
      'cloudsql-pitr',
      at('pointInTimeRecovery'),
      'Point-in-time recovery needs automated backups; set `enabled: true` or turn PITR off.',
    );
  }
  const days = backups.transactionLogRetentionDays;
  if (days !== undefined) {
    const max = ctx.edition === 'ENTERPRISE_PLUS' ? 35 : 7;
    if (days > max) {
      ctx.report(
        'cloudsql-pitr',
        at('transactionLogRetentionDays'),
        `${ctx.edition} keeps transaction logs for 1–${max} days; ${days} is too many.${max === 7 ? ' Up to 35 needs ENTERPRISE_PLUS.' : ''}`,
        'value',
      );
    } else if (!pitr) {
      ctx.report(
        'cloudsql-pitr',
        at('transactionLogRetentionDays'),
        '`transactionLogRetentionDays` only matters with `pointInTimeRecovery: true`; enable PITR or remove it.',
      );
    }
    if (backups.retainedBackups !== undefined && days > backups.retainedBackups) {
      ctx.report(
        'cloudsql-pitr',
        at('transactionLogRetentionDays'),
        `Transaction logs kept ${days} days outlive the ${backups.retainedBackups} retained daily backups they replay from; keep at least ${days} backups.`,
        'value',
      );
    }
  }
}

function checkFlags(ctx: RuleContext): void {
  if (ctx.major === undefined) return;
  const accepted = new Map(flagsForMajor(ctx.major).map((f) => [f.name, f]));
  for (const entry of ctx.parameters.values()) {
    const path = ['parameters', entry.key];
    const spec = accepted.get(entry.name);
    if (!spec) {
      const hint = suggest(entry.name, [...accepted.keys()]);
      const elsewhere = entry.spec ? ` (it exists for other PostgreSQL majors)` : '';
      ctx.report(
        'cloudsql-flag-unknown',
        path,
        `Cloud SQL for PostgreSQL ${ctx.major} does not accept the flag \`${entry.key}\`${elsewhere}.${hint ? ` Did you mean \`${hint}\`?` : ' Remove it.'}`,
      );
      continue;
    }
    const problem = flagValueProblem(spec, entry.value);
    if (problem) {
      ctx.report('cloudsql-flag-value', path, `\`${entry.key}\`: ${problem}.`, 'value');
    } else if (spec.requiresRestart) {
      ctx.report(
        'cloudsql-flag-restart',
        path,
        `Changing \`${entry.key}\` restarts the instance; apply needs allow-restart.`,
      );
    }
  }
}

/** Why a value is not acceptable for a flag, or undefined when it is. */
export function flagValueProblem(
  spec: FlagSpec,
  value: string | number | boolean,
): string | undefined {
  switch (spec.type) {
    case 'boolean':
      return parseBoolean(value) === undefined ? 'takes on or off' : undefined;
    case 'enum': {
      const word = String(value).toLowerCase();
      const allowed = spec.values ?? [];
      return allowed.includes(word) ? undefined : `takes one of ${allowed.join(', ')}`;
    }
    case 'string': {
      if (!spec.list || !spec.values) return undefined;
      const items = String(value)
        .split(',')
        .map((s) => s.trim().toLowerCase().replace(/^-/, ''))
        .filter(Boolean);
      const bad = items.filter((i) => !spec.values!.includes(i));
      return bad.length
        ? `takes items from ${spec.values.join(', ')}; not ${bad.join(', ')}`
        : undefined;
    }
    case 'integer':
    case 'real': {
      if (typeof value === 'boolean') return 'takes a number';
      const parsed = parseQuantity(value, spec.unit);
      if (!parsed.ok) return parsed.reason;
      if (spec.type === 'integer' && !Number.isInteger(parsed.value)) {
        return `must be a whole number of ${spec.unit ?? 'units'}`;
      }
      const unit = spec.unit ? ` ${spec.unit}` : '';
      if (spec.min !== undefined && parsed.value < spec.min) {
        return `must be at least ${spec.min}${unit} (got ${round(parsed.value)}${unit})`;
      }
      if (spec.max !== undefined && parsed.value > spec.max) {
        return `must be at most ${spec.max}${unit} (got ${round(parsed.value)}${unit})`;
      }
      return undefined;
    }
  }
}

const round = (v: number) => Math.round(v * 100) / 100;
