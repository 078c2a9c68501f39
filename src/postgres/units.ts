/**
 * PostgreSQL setting values as PostgreSQL writes them: memory in B/kB/MB/GB/TB, time in
 * us/ms/s/min/h/d (case-sensitive, as the server reads them), booleans as on/off/true/false.
 */

export type BaseUnit = 'B' | 'kB' | '8kB' | 'MB' | 'ms' | 's' | 'min';

const MEMORY_BYTES: Record<string, number> = {
  B: 1,
  kB: 1024,
  MB: 1024 ** 2,
  GB: 1024 ** 3,
  TB: 1024 ** 4,
};

const TIME_MS: Record<string, number> = {
  us: 0.001,
  ms: 1,
  s: 1000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

const BASE_BYTES: Partial<Record<BaseUnit, number>> = {
  B: 1,
  kB: 1024,
  '8kB': 8192,
  MB: 1024 ** 2,
};
const BASE_MS: Partial<Record<BaseUnit, number>> = { ms: 1, s: 1000, min: 60_000 };

export type ParsedQuantity = { ok: true; value: number } | { ok: false; reason: string };

/**
 * Parses `8MB`, `200ms`, `1.5GB`, `100` (base units) into the flag's base unit.
 * Fails with a reason such as "unit 'mb' is not a memory unit (use kB, MB, GB, TB)".
 */
export function parseQuantity(raw: string | number, base: BaseUnit | undefined): ParsedQuantity {
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, reason: 'not a number' };
  }
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*$/.exec(raw);
  if (!m) return { ok: false, reason: 'not a number with an optional unit' };
  const num = Number(m[1]);
  const unit = m[2] ?? '';
  if (!unit) return { ok: true, value: num };
  if (!base) return { ok: false, reason: `this setting takes no unit, but '${unit}' was given` };
  const baseBytes = BASE_BYTES[base];
  if (baseBytes !== undefined) {
    const factor = MEMORY_BYTES[unit];
    if (factor === undefined) {
      return { ok: false, reason: `'${unit}' is not a memory unit (use B, kB, MB, GB or TB)` };
    }
    return { ok: true, value: (num * factor) / baseBytes };
  }
  const baseMs = BASE_MS[base];
  if (baseMs !== undefined) {
    const factor = TIME_MS[unit];
    if (factor === undefined) {
      return { ok: false, reason: `'${unit}' is not a time unit (use us, ms, s, min, h or d)` };
    }
    return { ok: true, value: (num * factor) / baseMs };
  }
  return { ok: false, reason: `unknown base unit ${base}` };
}

/** Bytes held by a value in the given base unit (for memory settings). */
export function toBytes(value: number, base: BaseUnit | undefined): number | undefined {
  const f = base ? BASE_BYTES[base] : undefined;
  return f === undefined ? undefined : value * f;
}

const TRUE_WORDS = new Set(['on', 'true', 'yes', '1', 't', 'y']);
const FALSE_WORDS = new Set(['off', 'false', 'no', '0', 'f', 'n']);

export function parseBoolean(raw: string | number | boolean): boolean | undefined {
  if (typeof raw === 'boolean') return raw;
  const word = String(raw).trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/** Human form of a byte count, as PostgreSQL would write it (e.g. 4GB, 512MB). */
export function formatBytes(bytes: number): string {
  for (const unit of ['TB', 'GB', 'MB', 'kB'] as const) {
    const f = MEMORY_BYTES[unit] as number;
    if (bytes >= f && bytes % f === 0) return `${bytes / f}${unit}`;
  }
  if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)}MB`;
  return `${Math.round(bytes / 1024)}kB`;
}
