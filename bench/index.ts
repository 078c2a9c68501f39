/**
 * `npm run bench`: the performance figures the issues name, measured on this machine.
 * Each figure prints its target and PASS/MISS; the exit code is 0 either way (figures, not tests).
 */
import { provisionBench } from './provision.js';
import { validateBench } from './validate.js';

const results = [...(await validateBench()), ...(await provisionBench())];
console.log('\nfigure | measured | target | verdict');
console.log('--- | --- | --- | ---');
for (const r of results)
  console.log(`${r.name} | ${r.measured} | ${r.target} | ${r.pass ? 'PASS' : 'MISS'}`);
