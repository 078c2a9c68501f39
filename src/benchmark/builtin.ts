/**
 * pgbench's built-in workloads, byte for byte its scripts (`pgbench --show-script=NAME`), run
 * on pgbench's own tables so a pgci figure can be checked against pgbench on the same data.
 * The tables are created as `pgbench -i -I dtGvp` does (server-side generation) when absent.
 */
import type pg from 'pg';

export const BUILTIN_SCRIPTS = {
  'tpcb-like': `\\set aid random(1, 100000 * :scale)
\\set bid random(1, 1 * :scale)
\\set tid random(1, 10 * :scale)
\\set delta random(-5000, 5000)
BEGIN;
UPDATE pgbench_accounts SET abalance = abalance + :delta WHERE aid = :aid;
SELECT abalance FROM pgbench_accounts WHERE aid = :aid;
UPDATE pgbench_tellers SET tbalance = tbalance + :delta WHERE tid = :tid;
UPDATE pgbench_branches SET bbalance = bbalance + :delta WHERE bid = :bid;
INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES (:tid, :bid, :aid, :delta, CURRENT_TIMESTAMP);
END;
`,
  'simple-update': `\\set aid random(1, 100000 * :scale)
\\set bid random(1, 1 * :scale)
\\set tid random(1, 10 * :scale)
\\set delta random(-5000, 5000)
BEGIN;
UPDATE pgbench_accounts SET abalance = abalance + :delta WHERE aid = :aid;
SELECT abalance FROM pgbench_accounts WHERE aid = :aid;
INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES (:tid, :bid, :aid, :delta, CURRENT_TIMESTAMP);
END;
`,
  'select-only': `\\set aid random(1, 100000 * :scale)
SELECT abalance FROM pgbench_accounts WHERE aid = :aid;
`,
} as const;

export type BuiltinName = keyof typeof BUILTIN_SCRIPTS;
export const BUILTIN_NAMES = Object.keys(BUILTIN_SCRIPTS) as BuiltinName[];

/** pgbench's scale: the number of rows in pgbench_branches, or undefined without the tables. */
export async function pgbenchScale(client: pg.Client): Promise<number | undefined> {
  const { rows } = await client.query<{ t: string | null }>(
    `SELECT to_regclass('pgbench_branches')::text AS t`,
  );
  if (!rows[0]?.t) return undefined;
  const r = await client.query<{ n: string }>('SELECT count(*) AS n FROM pgbench_branches');
  return Number(r.rows[0]!.n);
}

/** Creates and fills pgbench's tables at `scale`, as `pgbench -i -I dtGvp -s scale`. */
export async function initPgbenchTables(client: pg.Client, scale: number): Promise<void> {
  await client.query(`
    DROP TABLE IF EXISTS pgbench_accounts, pgbench_branches, pgbench_history, pgbench_tellers;
    CREATE TABLE pgbench_history (tid int, bid int, aid int, delta int, mtime timestamp, filler char(22));
    CREATE TABLE pgbench_tellers (tid int not null, bid int, tbalance int, filler char(84)) WITH (fillfactor = 100);
    CREATE TABLE pgbench_accounts (aid int not null, bid int, abalance int, filler char(84)) WITH (fillfactor = 100);
    CREATE TABLE pgbench_branches (bid int not null, bbalance int, filler char(88)) WITH (fillfactor = 100);
    INSERT INTO pgbench_branches (bid, bbalance) SELECT bid, 0 FROM generate_series(1, ${scale}) AS bid;
    INSERT INTO pgbench_tellers (tid, bid, tbalance) SELECT tid, (tid - 1) / 10 + 1, 0 FROM generate_series(1, ${10 * scale}) AS tid;
    INSERT INTO pgbench_accounts (aid, bid, abalance, filler) SELECT aid, (aid - 1) / 100000 + 1, 0, '' FROM generate_series(1, ${100000 * scale}) AS aid;
  `);
  await client.query(
    'VACUUM ANALYZE pgbench_branches, pgbench_tellers, pgbench_accounts, pgbench_history',
  );
  await client.query(`
    ALTER TABLE pgbench_branches ADD PRIMARY KEY (bid);
    ALTER TABLE pgbench_tellers ADD PRIMARY KEY (tid);
    ALTER TABLE pgbench_accounts ADD PRIMARY KEY (aid);
  `);
}
