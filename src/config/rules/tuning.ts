/** Memory and planner settings judged against the instance's memory (from its tier). */
import { defaultMaxConnections } from '../../cloudsql/tiers.js';
import { formatBytes } from '../../postgres/units.js';
import type { RuleContext } from './context.js';

const GB = 1024 ** 3;

export function checkTuning(ctx: RuleContext): void {
  const ram = ctx.memoryBytes;
  const at = (name: string) => ['parameters', ctx.parameters.get(name)?.key ?? name];
  const pct = (bytes: number) => `${Math.round((bytes / (ram as number)) * 100)}%`;

  if (ram !== undefined) {
    const shared = ctx.bytes('shared_buffers');
    if (shared !== undefined && (shared < ram * 0.1 || shared > ram * 0.45)) {
      ctx.report(
        'tuning-shared-buffers',
        at('shared_buffers'),
        `shared_buffers is ${formatBytes(shared)}, ${pct(shared)} of ${formatBytes(ram)}; aim for 25–35% (about ${formatBytes(roundMb(ram * 0.3))}).`,
        'value',
      );
    }
    const cache = ctx.bytes('effective_cache_size');
    if (cache !== undefined && cache > ram) {
      ctx.report(
        'tuning-effective-cache-size',
        at('effective_cache_size'),
        `effective_cache_size (${formatBytes(cache)}) is more than the instance's ${formatBytes(ram)}; the planner will expect cache hits that cannot happen. Use 50–75% of memory (about ${formatBytes(roundMb(ram * 0.7))}).`,
        'value',
      );
    } else if (cache !== undefined && cache < ram * 0.4) {
      ctx.report(
        'tuning-effective-cache-size',
        at('effective_cache_size'),
        `effective_cache_size (${formatBytes(cache)}) is only ${pct(cache)} of memory; the planner will shun index scans. Use 50–75% (about ${formatBytes(roundMb(ram * 0.7))}).`,
        'value',
      );
    }
    const maintenance = ctx.bytes('maintenance_work_mem');
    if (maintenance !== undefined && (maintenance > ram * 0.1 || maintenance > 2 * GB)) {
      ctx.report(
        'tuning-maintenance-work-mem',
        at('maintenance_work_mem'),
        `maintenance_work_mem (${formatBytes(maintenance)}) is ${pct(maintenance)} of memory and each autovacuum worker may take it; keep it under 10% and at most 2GB (about ${formatBytes(roundMb(Math.min(ram * 0.05, 2 * GB)))}).`,
        'value',
      );
    }
    const work = ctx.bytes('work_mem');
    const conns = ctx.maxConnections;
    if (work !== undefined && conns !== undefined && work * conns > ram) {
      ctx.report(
        'tuning-work-mem',
        at('work_mem'),
        `work_mem ${formatBytes(work)} × max_connections ${conns} = ${formatBytes(roundMb(work * conns))}, more than the instance's ${formatBytes(ram)}. Lower work_mem to about ${formatBytes(roundKb((ram * 0.25) / conns))}, or lower max_connections and pool.`,
        'value',
      );
    }
    const explicitMax = ctx.number('max_connections');
    const documented = defaultMaxConnections(ram / 1024 / 1024);
    if (explicitMax !== undefined && explicitMax > documented * 2) {
      ctx.report(
        'tuning-max-connections',
        at('max_connections'),
        `max_connections ${explicitMax} is more than twice Cloud SQL's ${documented} for ${formatBytes(ram)}; each backend costs memory. Keep it near ${documented} and pool connections (pooling: pgbouncer or managed).`,
        'value',
      );
    }
  }

  const disk = ctx.config.instance?.disk?.type ?? (ctx.config.instance ? 'PD_SSD' : undefined);
  const randomPageCost = ctx.number('random_page_cost');
  if (disk && disk !== 'PD_HDD' && randomPageCost !== undefined && randomPageCost > 2) {
    ctx.report(
      'tuning-random-page-cost',
      at('random_page_cost'),
      `random_page_cost ${randomPageCost} models spinning disks, but this instance uses ${disk}; set it to 1.1.`,
      'value',
    );
  }
}

const roundMb = (bytes: number) => Math.max(1, Math.round(bytes / 1024 ** 2)) * 1024 ** 2;
const roundKb = (bytes: number) => Math.max(64, Math.floor(bytes / 1024)) * 1024;
