/** `npm start` is `pgci demo`: the bundle starts its own server and every check passes. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../helpers/paths.js';

const exec = promisify(execFile);

it('pgci demo starts a throwaway server, validates, connects and reports', async () => {
  const { stdout, stderr } = await exec(
    process.execPath,
    [join(ROOT, 'dist/cli/index.js'), 'demo', '--format', 'json'],
    {
      cwd: ROOT,
    },
  );
  const report = JSON.parse(stdout);
  expect(report['validate-config'].ok).toBe(true);
  expect(report.connection.ok).toBe(true);
  expect(report.connection.serverVersion).toMatch(/^17\./);
  // The example was provisioned onto the server, and a second plan had nothing left to do.
  expect(report.apply.changed).toBe(true);
  expect(report.apply.applied.migrationsApplied).toEqual([1, 2, 3, 4]);
  expect(report.apply.counts.refused).toBe(0);
  expect(report['plan-after-apply'].changed).toBe(false);
  expect(report['security-scan'].profile).toBe('cloudsql');
  expect(report['security-scan'].summary).toEqual(expect.objectContaining({ critical: 0 }));
  expect(report.benchmark.transactions).toBeGreaterThan(0);
  expect(report.benchmark.queries.map((q: { name: string }) => q.name)).toEqual([
    'search-by-title',
    'recently-played',
    'album-tracks',
    'record-play',
  ]);
  expect(stderr).toMatch(/pgci demo: progress: /);
  expect(stderr).toContain('server stopped and removed');
});
