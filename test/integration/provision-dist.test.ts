/** dist/provision run as a runner runs it: inputs, outputs, masked secrets, the report file. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../helpers/paths.js';
import { testServers } from '../helpers/pg.js';
import {
  configWorkspace,
  dropPrefixed,
  PASSWORDS,
  smallConfig,
  type ConfigWorkspace,
} from '../helpers/provision.js';

const exec = promisify(execFile);
const server = testServers()[0]!;
let dir: string;
let ws: ConfigWorkspace;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pgci-runner-'));
  ws = await configWorkspace();
  await ws.migration('001.do.t.sql', 'CREATE TABLE t (id int);');
  await ws.write(smallConfig(ws.p));
});
afterEach(async () => {
  await dropPrefixed(server.url, ws.p);
  await ws.remove();
  await rm(dir, { recursive: true, force: true });
});

async function runAction(mode: string) {
  await writeFile(join(dir, 'output'), '');
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: join(dir, 'output'),
    RUNNER_TEMP: dir,
    INPUT_MODE: mode,
    INPUT_CONFIG: ws.file,
    'INPUT_DATABASE-URL': server.url,
    INPUT_PRUNE: 'false',
    'INPUT_ALLOW-DESTROY': 'false',
    'INPUT_ALLOW-RESTART': 'false',
    ...PASSWORDS,
  };
  try {
    const r = await exec(process.execPath, [join(ROOT, 'dist/provision/index.js')], {
      env,
      cwd: ROOT,
    });
    return { code: 0, stdout: r.stdout, outputs: await readFile(join(dir, 'output'), 'utf8') };
  } catch (err) {
    const e = err as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout, outputs: await readFile(join(dir, 'output'), 'utf8') };
  }
}

const output = (outputs: string, name: string) =>
  new RegExp(`^${name}<<(.*)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(outputs)?.[2];

it('applies, masks the passwords, sets the outputs; a second run changes nothing', async () => {
  const first = await runAction('apply');
  expect(first.code).toBe(0);
  // Every password is masked before anything else is printed, and never printed otherwise.
  for (const secret of Object.values(PASSWORDS)) {
    expect(first.stdout).toContain(`::add-mask::${secret}`);
    expect(
      first.stdout.split('\n').filter((l) => l.includes(secret) && !l.startsWith('::add-mask::')),
    ).toEqual([]);
    expect(first.outputs).not.toContain(secret);
  }
  expect(output(first.outputs, 'changed')).toBe('true');
  expect(output(first.outputs, 'database-url')).toMatch(
    new RegExp(`^postgres://postgres@127\\.0\\.0\\.1:\\d+/${ws.p}_app$`),
  );
  expect(JSON.parse(output(first.outputs, 'plan-json')!).target).toBe('postgres');
  const report = JSON.parse(await readFile(join(dir, 'pgci-reports/apply.json'), 'utf8'));
  expect(report).toMatchObject({ check: 'apply', status: 'pass' });

  const second = await runAction('apply');
  expect(second.code).toBe(0);
  expect(output(second.outputs, 'changed')).toBe('false');
  const plan = await runAction('plan');
  expect(output(plan.outputs, 'changed')).toBe('false');
});

it('fails the step with one line for a bad mode', async () => {
  const r = await runAction('destroy');
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('Input mode must be one of plan, apply');
});
