/**
 * `npm run bench`: the performance figures the issues name, measured on this machine.
 * Each figure prints its target and PASS/MISS; the exit code is 0 either way (figures, not tests).
 */
import { benchmarkBench } from './benchmark.js';
import { validateBench, type Figure } from './validate.js';

// BENCH_ONLY=benchmark (or validate) runs one group.
const only = process.env.BENCH_ONLY;
const results: Figure[] = [];
if (!only || only === 'validate') results.push(...(await validateBench()));
if (!only || only === 'benchmark') results.push(...(await benchmarkBench()));
console.log('\nfigure | measured | target | verdict');
console.log('--- | --- | --- | ---');
for (const r of results)
  console.log(`${r.name} | ${r.measured} | ${r.target} | ${r.pass ? 'PASS' : 'MISS'}`);
