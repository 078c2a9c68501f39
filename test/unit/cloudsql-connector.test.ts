/** The connector login's rules that need no network: user naming, ip type, password references. */
import { databaseUser, defaultIpType, openConnector } from '../../src/cloudsql/connector.js';
import { InputError } from '../../src/config/load.js';
import type { PgciConfig } from '../../src/config/schema.js';

it('names IAM database users as Cloud SQL does', () => {
  expect(databaseUser('deployer@proj.iam.gserviceaccount.com')).toEqual({
    user: 'deployer@proj.iam',
    iam: true,
  });
  expect(databaseUser('ada@example.com')).toEqual({ user: 'ada@example.com', iam: true });
  expect(databaseUser('postgres')).toEqual({ user: 'postgres', iam: false });
});

it('dials the private IP when the config turns the public IP off', () => {
  const cfg = (network: object) => ({ instance: { network } }) as unknown as PgciConfig;
  expect(
    defaultIpType(cfg({ publicIp: false, privateNetwork: 'projects/p/global/networks/n' })),
  ).toBe('PRIVATE');
  expect(
    defaultIpType(cfg({ publicIp: true, privateNetwork: 'projects/p/global/networks/n' })),
  ).toBe('PUBLIC');
  expect(defaultIpType(cfg({}))).toBe('PUBLIC');
});

it('takes a built-in password only as a ${ENV} reference that is set', async () => {
  const login = { connectionName: 'p:r:i', ipType: 'PUBLIC' as const, user: 'postgres' };
  await expect(openConnector({ ...login, password: 'hunter2', env: {} })).rejects.toThrow(
    new InputError(
      '--db-password must be a reference such as ${PGCI_DB_PASSWORD}, not the password itself; put the password in that environment variable.',
    ),
  );
  await expect(openConnector({ ...login, password: '${PW}', env: {} })).rejects.toThrow(
    /names \$\{PW\}, but the environment variable PW is empty/,
  );
  await expect(openConnector({ ...login, env: {} })).rejects.toThrow(
    /needs --db-password \$\{VARIABLE\}.*or give an IAM principal's email/,
  );
});
