/**
 * `npm run emulator:cloudsql -- --port N [--fault-429 0.1] [--fault-503 0.1] [--fault-409 0.1]
 * [--operation-ms 2000] [--no-backing] [--no-connect]`: the Cloud SQL Admin API emulator alone,
 * for trying `pgci plan|apply --api-endpoint <url>` without a Google project. Ctrl-C stops it and
 * every PostgreSQL it started. With backing servers it also serves the Cloud SQL connector
 * (127.x.y.z:3307 per instance) unless --no-connect.
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
    'no-connect': { type: 'boolean' },
  },
});
const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
const emulator = await startCloudSqlEmulator({
  port: Number(values.port),
  backing: !values['no-backing'],
  connect: !values['no-backing'] && !values['no-connect'],
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
if (emulator.connect) {
  // A token of the emulator's test credential, for the connector (no --database-url).
  const principal = 'pgci-deployer@emulator.iam.gserviceaccount.com';
  console.log(
    `  Cloud SQL connector: export GOOGLE_OAUTH_ACCESS_TOKEN=${emulator.connect.issueToken(principal)}`,
  );
  console.log(`    then --db-user <a config role with password:> --db-password '\${ITS_VARIABLE}'`);
  console.log(`    or   --db-user ${principal} (a config role with iam: ${principal})`);
}
const stop = async () => {
  await emulator.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
