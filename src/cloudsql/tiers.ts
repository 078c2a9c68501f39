/**
 * Cloud SQL for PostgreSQL machine tiers: what a tier name means (vCPUs, memory, edition) and
 * the limits Cloud SQL documents for it. Recorded from Google's "Instance settings" and
 * "Quotas and limits" pages for PostgreSQL (2026-11); SqlTiersService.list gives the same RAM
 * figures for a live project.
 */

export type Edition = 'ENTERPRISE' | 'ENTERPRISE_PLUS';

export interface TierInfo {
  tier: string;
  kind: 'shared-core' | 'custom' | 'perf-optimized';
  vcpus: number;
  memoryMb: number;
  /** Editions that offer this tier. */
  editions: readonly Edition[];
}

/** A tier name that parses but breaks Cloud SQL's shape rules. */
export interface TierViolation {
  rule: 'cloudsql-tier-vcpu' | 'cloudsql-tier-memory';
  message: string;
}

const SHARED_CORE: Record<string, TierInfo> = {
  'db-f1-micro': {
    tier: 'db-f1-micro',
    kind: 'shared-core',
    vcpus: 1,
    memoryMb: 614,
    editions: ['ENTERPRISE'],
  },
  'db-g1-small': {
    tier: 'db-g1-small',
    kind: 'shared-core',
    vcpus: 1,
    memoryMb: 1740,
    editions: ['ENTERPRISE'],
  },
};

/** Enterprise Plus performance-optimized (N2) shapes: 8 GB per vCPU. */
const PERF_OPTIMIZED_VCPUS = [2, 4, 8, 16, 32, 48, 64, 80, 96, 128];

const CUSTOM = /^db-custom-(\d+)-(\d+)$/;
const PERF = /^db-perf-optimized-n-(\d+)$/i;

export const CUSTOM_LIMITS = {
  maxVcpus: 96,
  minMemoryMb: 3840,
  memoryStepMb: 256,
  minMbPerVcpu: 0.9 * 1024,
  maxMbPerVcpu: 6.5 * 1024,
} as const;

/** Parses a tier name; undefined when it is not a tier Cloud SQL offers for PostgreSQL. */
export function parseTier(tier: string): TierInfo | undefined {
  const shared = SHARED_CORE[tier];
  if (shared) return shared;
  const custom = CUSTOM.exec(tier);
  if (custom) {
    return {
      tier,
      kind: 'custom',
      vcpus: Number(custom[1]),
      memoryMb: Number(custom[2]),
      editions: ['ENTERPRISE'],
    };
  }
  const perf = PERF.exec(tier);
  if (perf && PERF_OPTIMIZED_VCPUS.includes(Number(perf[1]))) {
    const vcpus = Number(perf[1]);
    return {
      tier,
      kind: 'perf-optimized',
      vcpus,
      memoryMb: vcpus * 8 * 1024,
      editions: ['ENTERPRISE_PLUS'],
    };
  }
  return undefined;
}

/** Cloud SQL's shape rules for db-custom-<vCPU>-<MB>; empty for valid or non-custom tiers. */
export function customTierViolations(info: TierInfo): TierViolation[] {
  if (info.kind !== 'custom') return [];
  const out: TierViolation[] = [];
  const { vcpus, memoryMb } = info;
  if (vcpus < 1 || vcpus > CUSTOM_LIMITS.maxVcpus || (vcpus !== 1 && vcpus % 2 !== 0)) {
    out.push({
      rule: 'cloudsql-tier-vcpu',
      message: `A custom tier has 1 or an even number of vCPUs up to ${CUSTOM_LIMITS.maxVcpus}; ${vcpus} is not. Use e.g. db-custom-${nearestValidVcpus(vcpus)}-${memoryMb}.`,
    });
    return out;
  }
  const lo = Math.max(CUSTOM_LIMITS.minMemoryMb, roundUp(vcpus * CUSTOM_LIMITS.minMbPerVcpu));
  const hi = roundDown(vcpus * CUSTOM_LIMITS.maxMbPerVcpu);
  if (memoryMb % CUSTOM_LIMITS.memoryStepMb !== 0) {
    out.push({
      rule: 'cloudsql-tier-memory',
      message: `Custom tier memory must be a multiple of 256 MB; ${memoryMb} MB is not. Use ${[...new Set([clamp(roundDown(memoryMb), lo, hi), clamp(roundUp(memoryMb), lo, hi)])].join(' or ')}.`,
    });
  } else if (memoryMb < lo || memoryMb > hi) {
    out.push({
      rule: 'cloudsql-tier-memory',
      message: `With ${vcpus} vCPU${vcpus > 1 ? 's' : ''} a custom tier takes ${lo}–${hi} MB (0.9–6.5 GB per vCPU, at least 3840 MB); ${memoryMb} MB is outside. Use db-custom-${vcpus}-${clamp(memoryMb, lo, hi)} or change the vCPU count.`,
    });
  }
  return out;
}

function nearestValidVcpus(v: number): number {
  if (v <= 1) return 1;
  if (v > CUSTOM_LIMITS.maxVcpus) return CUSTOM_LIMITS.maxVcpus;
  return v % 2 === 0 ? v : v + 1;
}

const roundUp = (mb: number) => Math.ceil(mb / 256) * 256;
const roundDown = (mb: number) => Math.floor(mb / 256) * 256;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * Cloud SQL's default max_connections for an instance of this memory (the documented table:
 * 0.6 GB 25, 1.7 GB 50, 3.75–6 GB 100, 6–7.5 GB 200, 7.5–15 GB 400, 15–30 GB 500,
 * 30–60 GB 600, 60–120 GB 800, more 1000).
 */
export function defaultMaxConnections(memoryMb: number): number {
  const gb = memoryMb / 1024;
  if (gb < 1) return 25;
  if (gb < 3.75) return 50;
  if (gb < 6) return 100;
  if (gb < 7.5) return 200;
  if (gb < 15) return 400;
  if (gb < 30) return 500;
  if (gb < 60) return 600;
  if (gb < 120) return 800;
  return 1000;
}

/** Largest data disk, GB, by tier kind (shared-core instances are capped far lower). */
export function maxDiskGb(info: TierInfo): number {
  return info.kind === 'shared-core' ? 3062 : 65536;
}
