/**
 * How backup-verify reaches a Cloud SQL scratch instance against the real API: the source's URL
 * with the host swapped for the scratch's IP of the same kind (public or private), the source's
 * credentials kept (a restore carries its users over); a URL through a proxy is refused.
 */
import { instanceDatabaseUrl, type ConnectVia } from '../../src/backup/cloudsql-connect.js';
import { InputError } from '../../src/config/load.js';

const source = {
  project: 'acme',
  name: 'music-main',
  instance: {
    ipAddresses: [
      { type: 'PRIMARY', ipAddress: '34.1.2.3' },
      { type: 'PRIVATE', ipAddress: '10.20.0.5' },
    ],
  },
};
const scratch = {
  project: 'acme',
  name: 'music-main-verify-x',
  instance: {
    ipAddresses: [
      { type: 'PRIMARY', ipAddress: '34.9.9.9' },
      { type: 'PRIVATE', ipAddress: '10.20.0.77' },
    ],
  },
};

it('reuses the source URL for the source and for the scratch at its IP of the same kind', async () => {
  const via: ConnectVia = {
    sourceUrl: 'postgres://verifier:s3cret@10.20.0.5:5432/postgres?sslmode=require',
    source,
  };
  expect(await instanceDatabaseUrl(via, source, 'app')).toBe(
    'postgres://verifier:s3cret@10.20.0.5:5432/app?sslmode=require',
  );
  expect(await instanceDatabaseUrl(via, scratch, 'app')).toBe(
    'postgres://verifier:s3cret@10.20.0.77:5432/app?sslmode=require',
  );
  const pub = { ...via, sourceUrl: 'postgres://verifier:s3cret@34.1.2.3/music' };
  expect(await instanceDatabaseUrl(pub, scratch, 'my db')).toBe(
    'postgres://verifier:s3cret@34.9.9.9/my%20db',
  );
});

it('refuses a source URL through a proxy, and a missing URL, with what to do', async () => {
  const proxy: ConnectVia = { sourceUrl: 'postgres://u:p@127.0.0.1:5432/app', source };
  await expect(instanceDatabaseUrl(proxy, scratch, 'app')).rejects.toThrow(
    /host 127\.0\.0\.1 is none of music-main's IP addresses \(a proxy\?\)/,
  );
  await expect(instanceDatabaseUrl({ source }, scratch, 'app')).rejects.toBeInstanceOf(InputError);
  const noPrivate = {
    ...scratch,
    instance: { ipAddresses: [{ type: 'PRIMARY', ipAddress: '1.1.1.1' }] },
  };
  await expect(
    instanceDatabaseUrl({ sourceUrl: 'postgres://u:p@10.20.0.5/app', source }, noPrivate, 'app'),
  ).rejects.toThrow('the scratch instance music-main-verify-x has no PRIVATE IP address.');
});
