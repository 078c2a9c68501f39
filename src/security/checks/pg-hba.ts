/** pg_hba rules, as the server parsed them (`pg_hba_file_rules`): who may connect from where, how. */
import { needServer, rowsOf, type ScanContext } from '../context.js';
import type { HbaRow } from '../snapshot.js';
import type { Emitter } from '../types.js';
import { defineChecks } from './define.js';

export const PG_HBA = defineChecks('pg_hba', {
  'hba-trust': {
    title: 'pg_hba lets a connection in without any authentication (trust)',
    severity: 'critical',
    applies: 'self-hosted',
    rationale:
      'trust accepts any user name without a password: whoever reaches the socket or port becomes that role, superusers included.',
    remediation: '# pg_hba.conf\nhostssl  app  app_user  10.0.0.0/8  scram-sha-256',
  },
  'hba-password': {
    title: 'pg_hba sends passwords in clear text (password)',
    severity: 'high',
    applies: 'self-hosted',
    rationale:
      "The 'password' method sends the password unhashed; on a non-TLS line anyone on the path reads it.",
    remediation: '# replace the method with scram-sha-256',
  },
  'hba-md5': {
    title: 'pg_hba accepts MD5 authentication',
    severity: 'medium',
    applies: 'self-hosted',
    rationale:
      'md5 lines accept MD5 hashes (weak, replayable when stolen); with every password stored as SCRAM, scram-sha-256 is the method to write.',
    remediation: '# replace md5 with scram-sha-256 once every password is stored as SCRAM',
  },
  'hba-ident': {
    title: 'pg_hba trusts the client host (ident) over TCP',
    severity: 'medium',
    applies: 'self-hosted',
    rationale:
      'ident over TCP believes whatever user name the client machine reports; anyone controlling that machine picks the role.',
    remediation: '# use scram-sha-256 or cert on host lines; keep peer for local sockets only',
  },
  'hba-non-tls-host': {
    title: 'pg_hba accepts remote connections without TLS',
    severity: 'medium',
    applies: 'self-hosted',
    rationale:
      'A host (or hostnossl) line for a remote address accepts unencrypted connections: queries, results and credentials cross the network in clear.',
    remediation: '# pg_hba.conf: write hostssl instead of host for remote addresses',
  },
  'hba-world-cidr': {
    title: 'pg_hba accepts connections from any address',
    severity: 'high',
    applies: 'self-hosted',
    rationale:
      '0.0.0.0/0, ::/0 or all lets the whole internet try to log in; narrow it to the networks your clients use.',
    remediation: '# pg_hba.conf: replace 0.0.0.0/0 with your application subnet, e.g. 10.20.0.0/16',
  },
  'hba-remote-superuser': {
    title: 'pg_hba lets superusers log in remotely',
    severity: 'high',
    applies: 'self-hosted',
    rationale:
      'A line for all users (or a named superuser) from a remote address lets superusers log in over the network; administer through local sockets or a bastion.',
    remediation:
      '# pg_hba.conf: list application roles explicitly on remote lines, e.g. hostssl app app_user 10.0.0.0/8 scram-sha-256',
  },
  'hba-all-all': {
    title: 'pg_hba line matches every database and every user remotely',
    severity: 'medium',
    applies: 'self-hosted',
    rationale:
      'all/all on a remote line grants network login to every role for every database; name the databases and roles each network needs.',
    remediation: '# pg_hba.conf: hostssl app_db app_user 10.0.0.0/8 scram-sha-256',
  },
  'hba-parse-error': {
    title: 'pg_hba.conf has a line the server cannot parse',
    severity: 'high',
    applies: 'self-hosted',
    rationale:
      'The server keeps the previously loaded rules while the file has errors and refuses to start with them: what the file says is not what is enforced.',
    remediation: '# fix the line, then: SELECT pg_reload_conf(); and check pg_hba_file_rules.error',
  },
});

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', 'samehost']);
const WORLD = (r: HbaRow) =>
  r.address === 'all' ||
  ((r.address === '0.0.0.0' || r.address === '::') &&
    (r.netmask === '0.0.0.0' || r.netmask === '::'));

export function checkHba(ctx: ScanContext, emit: Emitter): void {
  const ids = PG_HBA.ids;
  const server = needServer(ctx, emit, ids);
  if (!server) return;
  const rows = rowsOf(server.hba, emit, ids);
  if (!rows) return;
  const superusers = new Set(server.roles.filter((r) => r.superuser).map((r) => r.name));
  for (const r of rows) {
    const file = (r.file_name ?? 'pg_hba.conf').split('/').pop();
    const object = `hba:${file}:${r.line_number}`;
    const find = (id: (typeof ids)[number], message: string, severity?: 'high') =>
      emit.find({ id, object, message: `Line ${r.line_number}: ${message}`, severity });
    if (r.error) {
      find('hba-parse-error', r.error);
      continue;
    }
    const method = (r.auth_method ?? '').toLowerCase();
    if (method === 'reject') continue;
    const tcp = (r.type ?? '').startsWith('host');
    const remote = tcp && !LOOPBACK.has(r.address ?? '');
    const users = r.user_name ?? [];
    const dbs = r.database ?? [];
    const line = `${r.type} ${dbs.join(',')} ${users.join(',')}${r.address ? ` ${r.address}${r.netmask ? `/${r.netmask}` : ''}` : ''} ${method}`;
    if (method === 'trust')
      emit.find({
        id: 'hba-trust',
        object,
        message: `Line ${r.line_number} (${line}) lets ${remote ? 'remote ' : 'local '}connections in without authentication.`,
        severity: remote ? 'critical' : 'high',
      });
    if (method === 'password') find('hba-password', `${line} sends passwords in clear text.`);
    if (method === 'md5') find('hba-md5', `${line} accepts MD5 authentication.`);
    if (method === 'ident' && tcp) find('hba-ident', `${line} trusts the client's ident answer.`);
    if (remote && (r.type === 'host' || r.type === 'hostnossl'))
      find('hba-non-tls-host', `${line} accepts connections without TLS.`);
    if (tcp && WORLD(r)) find('hba-world-cidr', `${line} accepts connections from any address.`);
    if (remote && (users.includes('all') || users.some((u) => superusers.has(u))))
      find(
        'hba-remote-superuser',
        `${line} lets ${users.includes('all') ? 'every role, superusers included,' : users.filter((u) => superusers.has(u)).join(', ')} log in remotely.`,
      );
    if (remote && users.includes('all') && dbs.includes('all'))
      find('hba-all-all', `${line} matches every database and every role.`);
  }
}
