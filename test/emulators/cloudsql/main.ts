/**
 * `npm run emulator:cloudsql -- --port N [--fault-429 0.1] [--fault-503 0.1] [--fault-409 0.1]
 * [--operation-ms 2000] [--no-backing]`: the Cloud SQL Admin API emulator alone, for trying
 * `pgci plan|apply --api-endpoint <url>` without a Google project. Ctrl-C stops it and every
 * PostgreSQL it started.
 */
import { parseArgs } from 'node:util';
import { startCloudSqlEmulator } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8089' },
    'fault-429': { type: 'string' },
    'fault-503': { type: 'string' },
    'fault-409': { type: 'string' },
    'operation-ms': { type: 'string', default: '2000' },
    'no-backing': { type: 'boolean' },
  },
});
const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
const emulator = await startCloudSqlEmulator({
  port: Number(values.port),
  backing: !values['no-backing'],
  faults: {
    ...(num(values['fault-429']) !== undefined ? { rate429: num(values['fault-429']) } : {}),
    ...(num(values['fault-503']) !== undefined ? { rate503: num(values['fault-503']) } : {}),
    ...(num(values['fault-409']) !== undefined ? { rate409: num(values['fault-409']) } : {}),
    operationMs: Number(values['operation-ms']),
  },
});
console.log(`Cloud SQL Admin API emulator listening on ${emulator.url}`);
console.log(`  pgci plan --api-endpoint ${emulator.url} -c database/pgci.yml`);
console.log(`  mutating requests: ${emulator.url}/emulator/requests`);
const stop = async () => {
  await emulator.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
