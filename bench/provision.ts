/**
 * Provision figures against the Cloud SQL emulator (instance backed by a real PostgreSQL):
 * `pgci plan` for one instance with 20 databases and 50 roles, the whole process of the built
 * CLI (median of 7), and the mutating requests a no-op `pgci apply` sends (target: none).
 * Beside the plan, in the same breath, the floor this machine sets: an empty node process, and
 * the same 21 connections and catalogue reads from a bare client (no pgci around them).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { stringify } from 'yaml';
import { readDatabase, readServer } from '../src/postgres/live-state.js';
import { withDatabase } from '../src/postgres/sql-provision.js';
import { provision } from '../src/provision/provision.js';
import { startCloudSqlEmulator } from '../test/emulators/cloudsql/server.js';
import type { Figure } from './validate.js';

const exec = promisify(execFile);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export function benchConfig() {
  const databases = Array.from({ length: 20 }, (_, i) => ({
    name: `db_${i}`,
    owner: 'owner_role',
    extensions: ['pg_trgm'],
  }));
  const roles = [
    { name: 'owner_role', login: false },
    ...Array.from({ length: 49 }, (_, i) => ({
      name: `role_${i}`,
      login: true,
      password: '${BENCH_PASSWORD}',
      connectionLimit: 5,
      grants: [
        { database: `db_${i % 20}`, on: 'database', privileges: ['CONNECT'] },
        { database: `db_${i % 20}`, schema: 'public', on: 'tables', privileges: ['SELECT'] },
      ],
    })),
  ];
  return {
    version: 1,
    instance: {
      name: 'bench',
      project: 'pgci-bench',
      region: 'us-central1',
      databaseVersion: 'POSTGRES_17',
      edition: 'ENTERPRISE',
      tier: 'db-custom-2-7680',
      disk: { type: 'PD_SSD', sizeGb: 20 },
      network: { publicIp: true, sslMode: 'ENCRYPTED_ONLY' },
      backups: { enabled: true, startTime: '03:00', pointInTimeRecovery: true },
      deletionProtection: true,
    },
    parameters: { work_mem: '8MB' },
    databases,
    roles,
  };
}

/** The plan's server side alone: admin + each database, 8 at a time, the same catalogue reads. */
async function catalogueReads(
  url: string,
  config: ReturnType<typeof benchConfig>,
): Promise<number> {
  const started = performance.now();
  const withClient = async (database: string | null, read: (c: pg.Client) => Promise<unknown>) => {
    const client = new pg.Client(database ? withDatabase(url, database) : url);
    await client.connect();
    try {
      await read(client);
    } finally {
      await client.end();
    }
  };
  const queue = config.databases.map((d) => d.name);
  await Promise.all([
    withClient(null, (c) =>
      readServer(
        c,
        config.roles.map((r) => r.name),
        Object.keys(config.parameters),
      ),
    ),
    ...Array.from({ length: 8 }, async () => {
      for (let db = queue.shift(); db; db = queue.shift()) await withClient(db, readDatabase);
    }),
  ]);
  return performance.now() - started;
}

export async function provisionBench(): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'pgci-bench-provision-'));
  const em = await startCloudSqlEmulator({ faults: { operationMs: 100 } });
  try {
    await mkdir(join(dir, 'migrations'));
    const file = join(dir, 'pgci.yml');
    await writeFile(file, stringify(benchConfig()));
    const env = { BENCH_PASSWORD: 'bench-Password-0123456789' };
    const first = await provision('apply', {
      configFile: file,
      apiEndpoint: em.url,
      env,
      pollInitialMs: 50,
      retryBaseMs: 20,
    });
    if (first.report.status !== 'pass')
      throw new Error(`bench setup failed: ${first.report.summary}`);

    const cli = (cmd: string) =>
      exec(
        process.execPath,
        ['dist/cli/index.js', cmd, '-c', file, '--api-endpoint', em.url, '-f', 'json'],
        {
          env: { ...process.env, ...env },
          maxBuffer: 64 * 1024 * 1024,
        },
      );
    const adminUrl = em.databaseUrl('pgci-bench', 'bench')!;
    const times: number[] = [];
    const baseline: number[] = [];
    const floor: number[] = [];
    let changes = -1;
    for (let i = 0; i < 7; i++) {
      // An empty node process and the bare catalogue reads in the same breath: how loaded the
      // machine is right now, and what any client would pay.
      let t = performance.now();
      await exec(process.execPath, ['-e', '0']);
      baseline.push(performance.now() - t);
      floor.push(await catalogueReads(adminUrl, benchConfig()));
      t = performance.now();
      const { stdout } = await cli('plan');
      times.push(performance.now() - t);
      changes = (JSON.parse(stdout) as { counts: { create: number; update: number } }).counts
        .create;
    }
    em.clearRequests();
    await cli('apply');
    const mutations = em.requests().length;
    const planMs = median(times);
    return [
      {
        name: `pgci plan, cloudsql emulator, 20 databases + 50 roles (whole process, median of 7; ${changes} creates)`,
        measured: `${Math.round(planMs)} ms (runs: ${times.map((t) => Math.round(t)).join(', ')}; floor here: \`node -e 0\` ${Math.round(median(baseline))} ms + the same 21 connections and catalogue reads from a bare client ${Math.round(median(floor))} ms; load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
        target: '< 1000 ms',
        pass: planMs < 1000,
      },
      {
        name: 'no-op pgci apply: mutating requests in the emulator log',
        measured: String(mutations),
        target: '0',
        pass: mutations === 0,
      },
    ];
  } finally {
    await em.close();
    await rm(dir, { recursive: true, force: true });
  }
}
