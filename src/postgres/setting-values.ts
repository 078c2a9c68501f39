/**
 * Comparing a parameter as pgci.yml writes it (`2560MB`, `on`, `200ms`) with what the server
 * reports (pg_settings in base units, postgresql.auto.conf and pg_db_role_setting as written).
 */
import { formatBytes, parseBoolean, parseQuantity, toBytes, type BaseUnit } from './units.js';

export interface SettingShape {
  vartype: string;
  unit: string | null;
}

/** A canonical form: numbers in the base unit, booleans as on/off, text lower-cased. */
export function canonical(value: string | number | boolean, shape: SettingShape): string {
  if (shape.vartype === 'bool') {
    const b = parseBoolean(value);
    return b === undefined ? String(value) : b ? 'on' : 'off';
  }
  if (shape.vartype === 'integer' || shape.vartype === 'real') {
    const q = parseQuantity(
      typeof value === 'boolean' ? String(value) : value,
      (shape.unit ?? undefined) as BaseUnit | undefined,
    );
    if (!q.ok) return String(value);
    const rounded = shape.vartype === 'integer' ? Math.round(q.value) : q.value;
    return String(Number(rounded.toPrecision(12)));
  }
  return String(value)
    .trim()
    .replace(/^'(.*)'$/, '$1')
    .replace(/\s*,\s*/g, ',')
    .toLowerCase();
}

/** How people read a value in base units: 16384 × 8kB → 128MB; 200 ms → 200ms. */
export function humanSetting(setting: string, shape: SettingShape): string {
  if (!shape.unit) return setting;
  const bytes = toBytes(Number(setting), shape.unit as BaseUnit);
  if (bytes !== undefined && bytes > 0) return formatBytes(bytes);
  return `${setting}${shape.unit}`;
}

/** The value as it goes into `SET name = '<value>'` (booleans as on/off). */
export function settingLiteral(value: string | number | boolean): string {
  return typeof value === 'boolean' ? (value ? 'on' : 'off') : String(value);
}
