/** Foundation figures: validate-config as a runner runs it, and a 5,000-line config. */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Figure {
  name: string;
  measured: string;
  target: string;
  pass: boolean;
}

const EXAMPLE = 'examples/music-library/database/pgci.yml';

function timeProcess(script: string, args: string[], env: Record<string, string>): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, [script, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${script} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** A valid config of about `lines` lines: many roles with grants, many databases. */
export async function bigConfig(lines: number): Promise<string> {
  const base = await readFile(EXAMPLE, 'utf8');
  const head = base.slice(0, base.indexOf('databases:'));
  const out = [head, 'databases:'];
  const dbs = 200;
  for (let i = 0; i < dbs; i++)
    out.push(`  - name: db_${i}`, `    owner: owner_${i % 20}`, '    extensions: [pg_trgm]');
  out.push('roles:');
  for (let i = 0; i < 20; i++) out.push(`  - name: owner_${i}`, '    login: false');
  let used = out.join('\n').split('\n').length;
  for (let i = 0; used < lines - 10; i++) {
    const role = [
      `  - name: app_${i}`,
      '    login: true',
      `    password: \${APP_${i}_PASSWORD}`,
      `    memberOf: [owner_${i % 20}]`,
      '    connectionLimit: 5',
      '    grants:',
      `      - { database: db_${i % dbs}, on: database, privileges: [CONNECT] }`,
      `      - { database: db_${i % dbs}, schema: public, on: tables, privileges: [SELECT, INSERT] }`,
    ];
    out.push(...role);
    used += role.length;
  }
  out.push(
    'pooling:',
    '  mode: pgbouncer',
    '  appInstances: 4',
    '  poolSize: 20',
    '  reservedConnections: 10',
  );
  return out.join('\n') + '\n';
}

export async function validateBench(): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'pgci-bench-'));
  try {
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      RUNNER_TEMP: dir,
      INPUT_CONFIG: EXAMPLE,
    };
    await writeFile(env.GITHUB_OUTPUT, '');
    await writeFile(env.GITHUB_STEP_SUMMARY, '');
    timeProcess('dist/validate-config/index.js', [], env); // warm the file cache
    const runs = Array.from({ length: 5 }, () =>
      timeProcess('dist/validate-config/index.js', [], env),
    );
    const action = median(runs);
    console.log(
      `validate-config action, example config, 5 runs (ms): ${runs.map((r) => r.toFixed(0)).join(', ')}`,
    );

    const text = await bigConfig(5000);
    const file = join(dir, 'big.yml');
    await writeFile(file, text);
    const lines = text.split('\n').length - 1;
    const bigRuns = Array.from({ length: 3 }, () =>
      timeProcess('dist/cli/index.js', ['validate', file, '--format', 'json'], {}),
    );
    const big = median(bigRuns);
    console.log(
      `pgci validate, ${lines}-line config, 3 runs (ms): ${bigRuns.map((r) => r.toFixed(0)).join(', ')}`,
    );
    return [
      {
        name: 'node dist/validate-config/index.js, example config, whole process (median of 5)',
        measured: `${action.toFixed(0)} ms`,
        target: '< 300 ms',
        pass: action < 300,
      },
      {
        name: `pgci validate, ${lines}-line config, whole process (median of 3)`,
        measured: `${big.toFixed(0)} ms`,
        target: '< 1000 ms',
        pass: big < 1000,
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
