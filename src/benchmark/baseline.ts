/**
 * The base ref's files for the A/B check: a detached git worktree of the base ref (so its
 * config, migrations and seed are exactly what the base would build), removed afterwards.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { BenchmarkError } from './driver.js';

const exec = promisify(execFile);

export interface BaselineCheckout {
  /** The config path inside the base checkout. */
  configPath: string;
  remove(): Promise<void>;
}

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    return (await exec('git', args, { cwd })).stdout.trim();
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new BenchmarkError(
      `git ${args[0]} failed: ${(e.stderr || e.message).trim().split('\n')[0]}`,
    );
  }
}

/** Checks out `ref` beside the repository that holds `configPath`. */
export async function checkoutBaseline(ref: string, configPath: string): Promise<BaselineCheckout> {
  const configAbs = resolve(configPath);
  const cwd = resolve(configAbs, '..');
  const root = await git(cwd, ['rev-parse', '--show-toplevel']);
  try {
    await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new BenchmarkError(
      `baseline-ref ${ref} is not in this clone; fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin ${ref}).`,
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'pgci-baseline-'));
  await rm(dir, { recursive: true, force: true });
  await git(root, ['worktree', 'add', '--detach', '--quiet', dir, ref]);
  return {
    configPath: join(dir, relative(root, configAbs)),
    async remove() {
      await git(root, ['worktree', 'remove', '--force', dir]).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
