/**
 * Starts the throwaway PostgreSQL servers the whole test run shares (15 and 17), unless
 * TEST_DATABASE_URL names one to use instead. Each test file then makes its own database.
 * Plain JS on purpose: jest loads global setup outside its module transform, so the
 * TypeScript source of the server helper is imported through tsx.
 */
import { tsImport } from 'tsx/esm/api';

export const SERVERS_ENV = 'PGCI_TEST_SERVERS';

export default async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) {
    process.env[SERVERS_ENV] = JSON.stringify([{ url: process.env.TEST_DATABASE_URL }]);
    return;
  }
  const { startThrowawayPostgres } = await tsImport(
    '../../src/postgres/embedded.ts',
    import.meta.url,
  );
  const majors = (process.env.PGCI_TEST_MAJORS ?? '15,17').split(',').map((m) => Number(m.trim()));
  const servers = await Promise.all(majors.map((major) => startThrowawayPostgres({ major })));
  globalThis.__pgciServers = servers;
  process.env[SERVERS_ENV] = JSON.stringify(servers.map((s) => ({ url: s.url, major: s.major })));
}
