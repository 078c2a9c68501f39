/**
 * backup-verify in `pgci demo`: a small music-library database on the demo's throwaway server,
 * dumped, restored into a scratch database and compared; skipped, saying why, when this
 * machine has no pg_dump of the server's major.
 */
import { connect } from '../postgres/connect.js';
import type { Report } from '../report/report.js';
import { findPgTools, PgToolsError } from './pg-tools.js';
import { backupVerifyReport } from './report.js';
import { backupVerify } from './verify.js';

const DEMO_DATA = `
CREATE TABLE artist (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL UNIQUE, meta jsonb);
CREATE TABLE track (id serial PRIMARY KEY, artist_id bigint REFERENCES artist, title text NOT NULL,
  length_s float8, tags text[]);
CREATE INDEX track_title ON track (lower(title));
INSERT INTO artist (name, meta) SELECT 'artist ' || g, jsonb_build_object('rank', g) FROM generate_series(1, 200) g;
INSERT INTO track (artist_id, title, length_s, tags)
  SELECT 1 + g % 200, 'track ' || g, g / 3.0, ARRAY['demo'] FROM generate_series(1, 20000) g;`;

/** Runs backup-verify on a fresh demo database of the server behind `serverUrl`. */
export async function demoBackupReport(
  serverUrl: string,
  major: number,
  log: (line: string) => void,
): Promise<Report> {
  try {
    await findPgTools(major);
  } catch (err) {
    if (!(err instanceof PgToolsError)) throw err;
    return {
      check: 'backup-verify',
      title: 'Backup verification',
      status: 'skip',
      summary: `not run: ${err.message}`,
      details: `Not run on this machine: ${err.message}`,
      annotations: [],
      data: { ok: null, skipped: err.message },
    };
  }
  const admin = await connect(serverUrl);
  try {
    await admin.query('CREATE DATABASE music_library_demo');
  } finally {
    await admin.end();
  }
  const u = new URL(serverUrl);
  u.pathname = '/music_library_demo';
  const db = await connect(u.toString());
  try {
    await db.query(DEMO_DATA);
  } finally {
    await db.end();
  }
  log('pgci demo: backup-verify of music_library_demo (pg_dump → pg_restore → compare)…');
  return backupVerifyReport(
    await backupVerify({ sourceUrl: u.toString(), targets: { rpoHours: 24, rtoMinutes: 30 }, log }),
  );
}
