/**
 * Connections for comparing two databases: every session pins the settings that change how a
 * value prints as text (so a row's text, and its hash, depends on the data alone), and the
 * source side can read inside the snapshot pg_dump took, so the comparison sees exactly what
 * was dumped even while the source keeps changing.
 */
import pg from 'pg';
import { connect, explain } from '../postgres/connect.js';

/** Output settings fixed on both sides: dates, time zone, floats, bytea, intervals. */
export const PINNED_SETTINGS: Record<string, string> = {
  DateStyle: 'ISO, YMD',
  TimeZone: 'UTC',
  IntervalStyle: 'postgres',
  extra_float_digits: '3',
  bytea_output: 'hex',
  lc_monetary: 'C',
  // Hashing a large table is one long read: no statement_timeout inherited from the role.
  statement_timeout: '0',
};

const OPTIONS = Object.entries(PINNED_SETTINGS)
  .map(([k, v]) => `-c ${k}=${v.replace(/ /g, '\\ ')}`)
  .join(' ');

/** One side of a comparison: a pool of pinned sessions, optionally inside an exported snapshot. */
export interface Side {
  label: 'source' | 'restore' | 'target';
  url: string;
  pool: pg.Pool;
  major: number;
  /** pg_export_snapshot() id all reads of this side use. */
  snapshot?: string;
}

export async function openSide(
  label: Side['label'],
  url: string,
  jobs: number,
  snapshot?: string,
): Promise<Side> {
  // One plain connection first: a clear error if the server is not there, and its major.
  const probe = await connect(url, { applicationName: `pgci backup-verify ${label}` });
  let major: number;
  try {
    const { rows } = await probe.query<{ v: string }>(
      `SELECT current_setting('server_version_num') AS v`,
    );
    major = Math.floor(Number(rows[0]!.v) / 10000);
  } finally {
    await probe.end();
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: Math.max(1, jobs),
    options: OPTIONS,
    application_name: `pgci backup-verify ${label}`,
  });
  pool.on('error', () => undefined); // an idle client dropped: the next query reports it
  return { label, url, pool, major, snapshot };
}

/** Runs `fn` on one pinned session of the side (in its snapshot when it has one). */
export async function onSide<T>(side: Side, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  let client: pg.PoolClient;
  try {
    client = await side.pool.connect();
  } catch (err) {
    throw explain(err, side.url);
  }
  try {
    if (!side.snapshot) return await fn(client);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      await client.query(`SET TRANSACTION SNAPSHOT '${side.snapshot.replace(/'/g, "''")}'`);
      const out = await fn(client);
      await client.query('COMMIT');
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    }
  } finally {
    client.release();
  }
}

export async function closeSide(side: Side | undefined): Promise<void> {
  await side?.pool.end().catch(() => undefined);
}

/** A SQL identifier, quoted. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A schema-qualified relation name, quoted. */
export function qualified(schema: string, name: string): string {
  return `${ident(schema)}.${ident(name)}`;
}
