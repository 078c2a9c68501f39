/** Helpers for the security-scan tests: a database on a server, scanned in-process. */
import pg from 'pg';
import {
  evaluate,
  gatherInputs,
  settle,
  type ScanOptions,
  type ScanResult,
} from '../../src/security/scan.js';
import type { Finding } from '../../src/security/types.js';

export const TODAY = new Date('2026-11-27T12:00:00Z');

export async function sql(url: string, statements: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statements);
  } finally {
    await client.end();
  }
}

/** Statements one by one (ALTER SYSTEM refuses the implicit transaction of a multi-statement query). */
export async function sqlEach(url: string, statements: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const s of statements
      .split(/;\s*\n/)
      .map((x) => x.trim())
      .filter(Boolean))
      await client.query(s);
  } finally {
    await client.end();
  }
}

/** A scan without suppressions, the gate at high, as of TODAY. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const inputs = await gatherInputs(options);
  return settle(
    evaluate(inputs, {
      profile: options.profile,
      failOn: options.failOn ?? 'high',
      today: options.today ?? TODAY,
      configFile: options.configFile,
    }),
  );
}

export function objectsOf(result: ScanResult, id: string): string[] {
  return result.findings
    .filter((f) => f.id === id)
    .map((f) => f.object)
    .sort();
}

export function finding(result: ScanResult, id: string, object: string): Finding | undefined {
  return result.findings.find((f) => f.id === id && f.object === object);
}

export function withUser(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = password;
  return u.toString();
}
