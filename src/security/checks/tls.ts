/** TLS and network: whether the server encrypts, how well, where it listens, who connects in clear. */
import {
  isOn,
  needServer,
  readSetting,
  rowsOf,
  settingPath,
  type ScanContext,
} from '../context.js';
import type { Emitter } from '../types.js';
import { defineChecks } from './define.js';

export const TLS = defineChecks('tls', {
  'ssl-enabled': {
    title: 'The server does not offer TLS',
    severity: 'high',
    applies: 'both',
    rationale:
      'With ssl off every connection, credentials included, crosses the network unencrypted.',
    remediation:
      'ALTER SYSTEM SET ssl = on; -- with ssl_cert_file and ssl_key_file in place\nSELECT pg_reload_conf();',
  },
  'ssl-min-protocol': {
    title: 'TLS versions older than 1.2 are accepted',
    severity: 'medium',
    applies: 'both',
    rationale: 'TLS 1.0 and 1.1 are deprecated (RFC 8996) and have known weaknesses.',
    remediation: "ALTER SYSTEM SET ssl_min_protocol_version = 'TLSv1.2'; SELECT pg_reload_conf();",
  },
  'ssl-ciphers': {
    title: 'Weak TLS ciphers are enabled',
    severity: 'low',
    applies: 'self-hosted',
    rationale:
      'NULL, EXPORT, RC4, single DES and MD5 cipher suites give no real protection; ALL without !aNULL allows unauthenticated key exchange.',
    remediation:
      "ALTER SYSTEM SET ssl_ciphers = 'HIGH:!aNULL:!MD5:!3DES'; SELECT pg_reload_conf();",
  },
  'listen-addresses': {
    title: 'The server listens on every interface',
    severity: 'low',
    applies: 'self-hosted',
    rationale:
      "listen_addresses = '*' exposes the port on every network the host is on; pg_hba and the firewall are then the only barrier.",
    remediation: "ALTER SYSTEM SET listen_addresses = 'localhost,10.0.0.5'; -- restart",
  },
  'sessions-without-tls': {
    title: 'Live sessions are connected without TLS',
    severity: 'high',
    applies: 'both',
    rationale:
      'A session without TLS (pg_stat_ssl.ssl = false) sends its queries and results in clear; remote ones are high, loopback ones low.',
    remediation:
      '-- make clients use sslmode=verify-full, then refuse plain TCP:\n-- pg_hba.conf: hostssl ... (self-hosted); Cloud SQL: sslMode ENCRYPTED_ONLY',
  },
});

const WEAK_CIPHER = /(^|:)(?!!|-)\+?(NULL|eNULL|EXPORT|EXP|RC4|DES|MD5|aNULL)(:|$)/i;
const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

export function checkTls(ctx: ScanContext, emit: Emitter): void {
  const ssl = readSetting(ctx, emit, 'ssl-enabled', 'ssl');
  if (ssl !== undefined && !isOn(ssl))
    emit.find({
      id: 'ssl-enabled',
      object: 'setting:ssl',
      message: 'ssl is off.',
      configPath: settingPath(ctx, 'ssl'),
    });

  const min = readSetting(ctx, emit, 'ssl-min-protocol', 'ssl_min_protocol_version');
  if (min !== undefined && /^TLSv1(\.[01])?$/i.test(min.trim()))
    emit.find({
      id: 'ssl-min-protocol',
      object: 'setting:ssl_min_protocol_version',
      message: `ssl_min_protocol_version is ${min}.`,
      configPath: settingPath(ctx, 'ssl_min_protocol_version'),
    });

  const ciphers = readSetting(ctx, emit, 'ssl-ciphers', 'ssl_ciphers');
  if (ciphers !== undefined) {
    const allWithoutANull = /(^|:)ALL(:|$)/i.test(ciphers) && !/!aNULL/i.test(ciphers);
    if (WEAK_CIPHER.test(ciphers) || allWithoutANull)
      emit.find({
        id: 'ssl-ciphers',
        object: 'setting:ssl_ciphers',
        message: `ssl_ciphers is '${ciphers}'.`,
      });
  }

  const listen = readSetting(ctx, emit, 'listen-addresses', 'listen_addresses');
  if (
    listen !== undefined &&
    listen.split(',').some((a) => ['*', '0.0.0.0', '::'].includes(a.trim()))
  )
    emit.find({
      id: 'listen-addresses',
      object: 'setting:listen_addresses',
      message: `listen_addresses is '${listen}'.`,
    });

  const server = needServer(ctx, emit, ['sessions-without-tls']);
  if (!server) return;
  if (!server.readAllStats) {
    emit.skip(
      'sessions-without-tls',
      `other roles' sessions are hidden from ${server.user}; grant it pg_monitor (or pg_read_all_stats)`,
    );
    return;
  }
  const sessions = rowsOf(server.sessions, emit, ['sessions-without-tls']);
  for (const s of sessions ?? []) {
    if (s.ssl || !s.client_addr) continue;
    const local = LOOPBACK.test(s.client_addr);
    emit.find({
      id: 'sessions-without-tls',
      object: `session:${s.usename ?? '?'}@${s.client_addr}`,
      message: `Session ${s.pid} of ${s.usename ?? '?'} from ${s.client_addr}${s.application_name ? ` (${s.application_name})` : ''} is not using TLS.`,
      severity: local ? 'low' : 'high',
    });
  }
}
