/** actions/benchmark: inputs → runBenchmark (with the base ref's checkout for A/B) → report. */
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { checkoutBaseline, type BaselineCheckout } from '../benchmark/baseline.js';
import { parseDuration, runBenchmark, type LoadedConfig } from '../benchmark/run.js';
import { runValidate } from '../commands/validate.js';
import { InputError } from '../config/load.js';
import { urlPassword } from '../postgres/connect.js';
import { publish, runAction } from './shell.js';

async function load(path: string): Promise<LoadedConfig> {
  const { result } = await runValidate(path);
  if (!result.config)
    throw new InputError(`${path}: the config is invalid; run validate-config first.`);
  return { config: result.config, path };
}

function num(name: string): number | undefined {
  const v = core.getInput(name);
  if (!v) return undefined;
  const n = Number(v);
  if (!(n > 0)) throw new InputError(`Input ${name} must be a positive number, not "${v}".`);
  return n;
}

await runAction(async () => {
  const url = core.getInput('database-url', { required: true });
  core.setSecret(url);
  const password = urlPassword(url);
  if (password) core.setSecret(password);
  const configPath = core.getInput('config') || 'database/pgci.yml';
  const workload = core.getInput('workload') || 'config';
  const config = existsSync(configPath) ? await load(configPath) : undefined;
  if (workload === 'config' && !config)
    throw new InputError(
      `Input config: ${configPath} does not exist; give the path of your pgci.yml.`,
    );
  const bench = config?.config.benchmark;
  const ref = core.getInput('baseline-ref');
  let checkout: BaselineCheckout | undefined;
  try {
    let baseline: LoadedConfig | undefined;
    if (ref) {
      if (!config)
        throw new InputError('Input baseline-ref needs a config (its migrations and seed).');
      checkout = await checkoutBaseline(ref, configPath);
      if (!existsSync(checkout.configPath)) {
        core.warning(
          `${configPath} does not exist at ${ref}: no base to compare with; skipping the A/B check.`,
        );
      } else baseline = await load(checkout.configPath);
    }
    const duration = core.getInput('duration') || bench?.duration || '30s';
    const roundDuration = core.getInput('round-duration') || bench?.regression?.roundDuration;
    const report = await runBenchmark({
      url,
      workload,
      config,
      baseline,
      clients: num('clients'),
      durationMs: parseDuration(duration, 'Input duration'),
      warmupMs: parseDuration(core.getInput('warmup') || bench?.warmup || '5s', 'Input warmup'),
      rate: num('rate') ?? bench?.rate,
      scale: num('scale'),
      rounds: num('rounds'),
      roundMs: roundDuration ? parseDuration(roundDuration, 'Input round-duration') : undefined,
      maxRegressionPercent: num('max-regression'),
      log: (line) => core.info(line),
    });
    await publish(report);
    const data = report.data as { tps: number; transactionLatencyMs: { p95: number } };
    core.setOutput('tps', String(data.tps));
    core.setOutput('p95-ms', String(data.transactionLatencyMs.p95));
    if (report.status === 'fail') core.setFailed(`benchmark: ${report.summary}`);
    else core.info(`benchmark: ${report.summary}`);
  } finally {
    await checkout?.remove();
  }
});
