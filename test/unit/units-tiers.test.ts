import {
  customTierViolations,
  defaultMaxConnections,
  parseTier,
} from '../../src/cloudsql/tiers.js';
import { formatBytes, parseBoolean, parseQuantity } from '../../src/postgres/units.js';

describe('parseQuantity', () => {
  it.each([
    ['8MB', 'kB', 8192],
    ['1GB', '8kB', 131072],
    ['200ms', 'ms', 200],
    ['1min', 's', 60],
    ['2h', 'min', 120],
    ['100', 'kB', 100],
    [64, 'kB', 64],
  ] as const)('%s in %s = %d', (raw, base, value) => {
    expect(parseQuantity(raw, base)).toEqual({ ok: true, value });
  });

  it.each([
    ['8mb', 'kB', "'mb' is not a memory unit"],
    ['5 parsecs', 'ms', "'parsecs' is not a time unit"],
    ['fast', 'ms', 'not a number'],
    ['10s', 'kB', "'s' is not a memory unit"],
    ['10MB', undefined, 'takes no unit'],
  ] as const)('refuses %s', (raw, base, reason) => {
    const r = parseQuantity(raw, base);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain(reason);
  });

  it('reads booleans as PostgreSQL does', () => {
    expect(parseBoolean('on')).toBe(true);
    expect(parseBoolean('OFF')).toBe(false);
    expect(parseBoolean('maybe')).toBeUndefined();
  });

  it('formats bytes', () => {
    expect(formatBytes(2 * 1024 ** 3)).toBe('2GB');
    expect(formatBytes(2560 * 1024 ** 2)).toBe('2560MB');
  });
});

describe('tiers', () => {
  it('parses custom, shared-core and Enterprise Plus tiers', () => {
    expect(parseTier('db-custom-4-15360')).toMatchObject({
      vcpus: 4,
      memoryMb: 15360,
      editions: ['ENTERPRISE'],
    });
    expect(parseTier('db-g1-small')).toMatchObject({ kind: 'shared-core', memoryMb: 1740 });
    expect(parseTier('db-perf-optimized-N-8')).toMatchObject({
      vcpus: 8,
      memoryMb: 65536,
      editions: ['ENTERPRISE_PLUS'],
    });
    expect(parseTier('db-perf-optimized-N-3')).toBeUndefined();
  });

  it('applies the custom shape rules', () => {
    const v = (t: string) => customTierViolations(parseTier(t)!).map((x) => x.rule);
    expect(v('db-custom-1-3840')).toEqual([]);
    expect(v('db-custom-96-638976')).toEqual([]);
    expect(v('db-custom-1-3584')).toEqual(['cloudsql-tier-memory']); // below 3840
    expect(v('db-custom-2-13568')).toEqual(['cloudsql-tier-memory']); // above 6.5 GB per vCPU
    expect(v('db-custom-2-4000')).toEqual(['cloudsql-tier-memory']); // not a 256 MB step
    expect(v('db-custom-98-102400')).toEqual(['cloudsql-tier-vcpu']);
    expect(v('db-custom-5-10240')).toEqual(['cloudsql-tier-vcpu']);
  });

  it('knows Cloud SQL’s default max_connections by memory', () => {
    expect(defaultMaxConnections(614)).toBe(25);
    expect(defaultMaxConnections(1740)).toBe(50);
    expect(defaultMaxConnections(3840)).toBe(100);
    expect(defaultMaxConnections(7680)).toBe(400);
    expect(defaultMaxConnections(16384)).toBe(500);
    expect(defaultMaxConnections(200 * 1024)).toBe(1000);
  });
});
