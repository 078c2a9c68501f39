/** actions/security-scan: inputs → scan → annotations, summary, SARIF file, outputs. */
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { VERSION } from '../version.js';
import { urlPassword } from '../postgres/connect.js';
import { scanReport } from '../security/report.js';
import { toSarif } from '../security/sarif.js';
import { runSecurityScan, type FailOn } from '../security/scan.js';
import { PROFILES, SEVERITIES, type Profile } from '../security/types.js';
import { choiceInput, publish, runAction } from './shell.js';

await runAction(async () => {
  const databaseUrl = core.getInput('database-url') || undefined;
  if (databaseUrl) {
    core.setSecret(databaseUrl);
    const password = urlPassword(databaseUrl);
    if (password) core.setSecret(password);
  }
  const configFile = core.getInput('config') || undefined;
  const instanceJson = core.getInput('instance-json') || undefined;
  const failOnInput = core.getInput('fail-on');
  const failOn = failOnInput
    ? choiceInput<FailOn>('fail-on', [...SEVERITIES, 'none'], 'high')
    : undefined;
  const profileInput = core.getInput('profile');
  const profile = profileInput ? choiceInput<Profile>('profile', PROFILES, 'cloudsql') : undefined;
  const result = await runSecurityScan({
    databaseUrl,
    configFile,
    instanceJson,
    failOn,
    profile,
    suppressionsFile: core.getInput('suppressions') || undefined,
  });
  for (const w of result.warnings) core.warning(w);
  const sarifFile =
    core.getInput('sarif-file') ||
    join(process.env.RUNNER_TEMP ?? process.cwd(), 'pgci-reports', 'security-scan.sarif');
  await mkdir(dirname(sarifFile), { recursive: true });
  await writeFile(sarifFile, JSON.stringify(toSarif(result, VERSION), null, 2) + '\n');
  const report = scanReport(result);
  await publish(report);
  core.setOutput('sarif-file', sarifFile);
  for (const s of SEVERITIES) core.setOutput(s, String(result.summary[s]));
  core.setOutput('findings', String(result.findings.length));
  core.setOutput('skipped', String(result.skipped.length));
  core.setOutput('failed', String(result.failed));
  if (result.failed) core.setFailed(`security scan: ${report.summary}`);
  else core.info(`security scan: ${report.summary}`);
});
