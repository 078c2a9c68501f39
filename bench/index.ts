/**
 * `npm run bench`: the performance figures the issues name, measured on this machine.
 * Each figure prints its target and PASS/MISS; the exit code is 0 either way (figures, not tests).
 */
import { backupBench } from './backup.js';
import { benchmarkBench } from './benchmark.js';
import { provisionBench } from './provision.js';
import { securityBench } from './security.js';
import { validateBench, type Figure } from './validate.js';

// BENCH_ONLY=validate|provision|security|backup|benchmark runs one group.
const only = process.env.BENCH_ONLY;
const results: Figure[] = [];
if (!only || only === 'validate') results.push(...(await validateBench()));
if (!only || only === 'provision') results.push(...(await provisionBench()));
if (!only || only === 'security') results.push(...(await securityBench()));
if (!only || only === 'backup') results.push(...(await backupBench()));
if (!only || only === 'benchmark') results.push(...(await benchmarkBench()));
console.log('\nfigure | measured | target | verdict');
console.log('--- | --- | --- | ---');
for (const r of results)
  console.log(`${r.name} | ${r.measured} | ${r.target} | ${r.pass ? 'PASS' : 'MISS'}`);
