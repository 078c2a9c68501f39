/**
 * The Cloud SQL instance (CIS GCP section 6): network exposure, TLS mode, backups, deletion
 * protection, IAM authentication, CMEK, availability and version. The same rules read an Admin
 * API DatabaseInstance and the config's `instance` section; config findings point at the line.
 */
import type { DocPath } from '../../config/problem.js';
import { isOn, type ScanContext } from '../context.js';
import type { InstanceFactKey, InstanceFacts } from '../instance.js';
import type { Emitter, Severity } from '../types.js';
import { checkov, cisGcp, defineChecks, prowler } from './define.js';
import { EOL, isPastEol } from './extensions.js';

export const CLOUDSQL = defineChecks('cloudsql-instance', {
  'cloudsql-ssl-mode': {
    title: 'The instance accepts unencrypted connections',
    severity: 'high',
    applies: 'cloudsql',
    references: [cisGcp('6.4'), checkov('CKV_GCP_6'), prowler('cloudsql_instance_ssl_connections')],
    rationale:
      'With sslMode ALLOW_UNENCRYPTED_AND_ENCRYPTED (the default) clients may connect in clear text.',
    remediation: 'instance:\n  network:\n    sslMode: ENCRYPTED_ONLY',
  },
  'cloudsql-open-network': {
    title: 'An authorized network lets the whole internet connect',
    severity: 'critical',
    applies: 'cloudsql',
    references: [cisGcp('6.5'), checkov('CKV_GCP_11'), prowler('cloudsql_instance_public_access')],
    rationale: '0.0.0.0/0 (or ::/0) exposes the login prompt to every scanner on the internet.',
    remediation:
      'instance:\n  network:\n    authorizedNetworks:\n      - { name: office, cidr: 203.0.113.0/24, expires: 2027-01-31 }',
  },
  'cloudsql-network-expiry': {
    title: 'An authorized network never expires (or has expired)',
    severity: 'low',
    applies: 'cloudsql',
    rationale:
      'Temporary access (a laptop, a vendor) outlives its purpose unless it carries an expiry date.',
    remediation:
      "instance:\n  network:\n    authorizedNetworks:\n      - { cidr: 198.51.100.7/32, expires: '2027-01-31' }",
  },
  'cloudsql-public-ip': {
    title: 'The instance has a public IP address',
    severity: 'medium',
    applies: 'cloudsql',
    references: [cisGcp('6.6'), prowler('cloudsql_instance_public_ip')],
    rationale:
      'A private IP keeps the instance off the internet; reach it from the VPC or through the Cloud SQL connector.',
    remediation:
      'instance:\n  network:\n    publicIp: false\n    privateNetwork: projects/PROJECT/global/networks/VPC',
  },
  'cloudsql-connector-enforcement': {
    title: 'A public instance does not require the Cloud SQL connector',
    severity: 'low',
    applies: 'cloudsql',
    rationale:
      'connectorEnforcement REQUIRED makes every connection go through the IAM-authorized connector, even on the public IP.',
    remediation: 'instance:\n  network:\n    connectorEnforcement: REQUIRED',
  },
  'cloudsql-backups': {
    title: 'Automated backups are off',
    severity: 'high',
    applies: 'cloudsql',
    references: [
      cisGcp('6.7'),
      checkov('CKV_GCP_14'),
      prowler('cloudsql_instance_automated_backups'),
    ],
    rationale:
      'Without automated backups, a dropped table or a corrupted disk cannot be recovered.',
    remediation: "instance:\n  backups:\n    enabled: true\n    startTime: '03:00'",
  },
  'cloudsql-pitr': {
    title: 'Point-in-time recovery is off',
    severity: 'medium',
    applies: 'cloudsql',
    rationale:
      'Without PITR the newest restorable state is the last daily backup: up to 24 hours of writes lost.',
    remediation:
      'instance:\n  backups:\n    pointInTimeRecovery: true\n    transactionLogRetentionDays: 7',
  },
  'cloudsql-backup-retention': {
    title: 'Fewer than 7 automated backups are retained',
    severity: 'low',
    applies: 'cloudsql',
    rationale:
      'A problem noticed after a few days needs a backup older than that; keep at least a week.',
    remediation: 'instance:\n  backups:\n    retainedBackups: 14',
  },
  'cloudsql-deletion-protection': {
    title: 'Deletion protection is off',
    severity: 'medium',
    applies: 'cloudsql',
    rationale:
      'A stray `gcloud sql instances delete` or Terraform destroy removes the instance and its backups.',
    remediation: 'instance:\n  deletionProtection: true',
  },
  'cloudsql-iam-auth': {
    title: 'IAM database authentication is off',
    severity: 'medium',
    applies: 'cloudsql',
    rationale:
      'With cloudsql.iam_authentication on, people and services log in with short-lived IAM tokens instead of long-lived passwords.',
    remediation: 'parameters:\n  cloudsql.iam_authentication: on',
  },
  'cloudsql-cmek': {
    title: 'The instance is not encrypted with a customer-managed key (CMEK)',
    severity: 'low',
    applies: 'cloudsql',
    references: [prowler('cloudsql_instance_cmek_encryption_enabled')],
    rationale:
      'With CMEK the data and its backups are encrypted with a Cloud KMS key you control, rotate and can revoke. It is chosen at creation (immutable).',
    remediation:
      'gcloud sql instances create NAME --disk-encryption-key=projects/P/locations/L/keyRings/R/cryptoKeys/K …',
  },
  'cloudsql-availability': {
    title: 'The instance is zonal (no high availability)',
    severity: 'low',
    applies: 'cloudsql',
    references: [prowler('cloudsql_instance_high_availability_enabled')],
    rationale:
      'A zonal instance is down for as long as its zone is; REGIONAL keeps a standby in a second zone.',
    remediation: 'instance:\n  availability: regional',
  },
  'cloudsql-version': {
    title: 'The instance runs a PostgreSQL major past its end of life',
    severity: 'high',
    applies: 'cloudsql',
    references: [checkov('CKV_GCP_79')],
    rationale:
      'Past the community end of life a major gets no more security fixes (Cloud SQL bills extended support for it).',
    remediation: 'instance:\n  databaseVersion: POSTGRES_17',
  },
});

const WORLD = new Set(['0.0.0.0/0', '::/0', '0.0.0.0', '::']);

export function checkCloudSqlInstances(ctx: ScanContext, emit: Emitter): void {
  if (!ctx.instances.length) {
    for (const id of CLOUDSQL.ids)
      emit.skip(
        id,
        'no instance description: give --instance-json or a config with an instance section',
      );
    return;
  }
  const hasApi = ctx.instances.some((i) => i.source === 'api');
  const fromConfig = ctx.instances.find((i) => i.source === 'config');
  for (const inst of ctx.instances) checkInstance(ctx, inst, fromConfig, hasApi, emit);
}

function checkInstance(
  ctx: ScanContext,
  inst: InstanceFacts,
  fromConfig: InstanceFacts | undefined,
  hasApi: boolean,
  emit: Emitter,
): void {
  const prefix = inst.source === 'config' ? 'config:instance' : `instance:${inst.name}`;
  const via = inst.source === 'config' ? 'in the config' : 'on the instance';
  // A finding on the live instance points at the config line that would fix it, when there is one.
  const path = (key: InstanceFactKey): DocPath | undefined => (fromConfig ?? inst).paths[key];
  const find = (
    id: (typeof CLOUDSQL.ids)[number],
    key: InstanceFactKey,
    message: string,
    severity?: Severity,
  ) =>
    emit.find({
      id,
      object: `${prefix}/${key}`,
      message: `${inst.name}: ${message}`,
      configPath: path(key),
      severity,
    });

  if (!inst.sslMode || inst.sslMode === 'ALLOW_UNENCRYPTED_AND_ENCRYPTED')
    find(
      'cloudsql-ssl-mode',
      'sslMode',
      `sslMode is ${inst.sslMode ?? 'unset (ALLOW_UNENCRYPTED_AND_ENCRYPTED)'} ${via}.`,
    );

  for (const n of inst.authorizedNetworks) {
    const label = n.name ? `${n.name} (${n.cidr})` : n.cidr;
    const at = { configPath: inst.source === 'config' ? n.path : fromConfig?.paths.publicIp };
    if (WORLD.has(n.cidr.trim()))
      emit.find({
        id: 'cloudsql-open-network',
        object: `${prefix}/authorizedNetworks/${n.cidr}`,
        message: `${inst.name}: authorized network ${label} admits every address.`,
        ...at,
      });
    const expires = n.expires ? new Date(n.expires) : undefined;
    if (!expires || Number.isNaN(expires.getTime()) || expires.getTime() < ctx.today.getTime())
      emit.find({
        id: 'cloudsql-network-expiry',
        object: `${prefix}/authorizedNetworks/${n.cidr}`,
        message: `${inst.name}: authorized network ${label} ${!n.expires ? 'has no expiry' : `expired on ${n.expires}`}.`,
        ...at,
      });
  }

  if (inst.publicIp) {
    find('cloudsql-public-ip', 'publicIp', `the instance has a public IP ${via}.`);
    if (inst.connectorEnforcement !== 'REQUIRED')
      find(
        'cloudsql-connector-enforcement',
        'connectorEnforcement',
        `the public IP accepts connections that do not come through the Cloud SQL connector.`,
      );
  }

  if (inst.backupsEnabled !== true)
    find('cloudsql-backups', 'backups', `automated backups are off ${via}.`);
  if (inst.pitr !== true) find('cloudsql-pitr', 'pitr', `point-in-time recovery is off ${via}.`);
  if (inst.retainedBackups !== undefined && inst.retainedBackups < 7)
    find(
      'cloudsql-backup-retention',
      'retainedBackups',
      `only ${inst.retainedBackups} backups are retained.`,
    );
  if (inst.deletionProtection !== true)
    find(
      'cloudsql-deletion-protection',
      'deletionProtection',
      `deletion protection is off ${via}.`,
    );
  if (!isOn(inst.flags.get('cloudsql.iam_authentication')))
    emit.find({
      id: 'cloudsql-iam-auth',
      object: `${prefix}/cloudsql.iam_authentication`,
      message: `${inst.name}: the cloudsql.iam_authentication flag is not on ${via}.`,
      configPath: paramPath(ctx, 'cloudsql.iam_authentication') ?? path('parameters'),
    });
  if (inst.kmsKeyName === undefined) {
    if (!hasApi)
      emit.skip(
        'cloudsql-cmek',
        'the config cannot say which key encrypts the instance; give --instance-json',
      );
  } else if (inst.kmsKeyName === '')
    find('cloudsql-cmek', 'instance', 'data is encrypted with a Google-managed key, not a CMEK.');
  if (inst.availability !== 'REGIONAL')
    find(
      'cloudsql-availability',
      'availability',
      `availability is ${inst.availability ?? 'unset (ZONAL)'} ${via}.`,
    );
  const major = /^POSTGRES_(\d+)/.exec(inst.databaseVersion ?? '')?.[1];
  if (major && isPastEol(Number(major), ctx.today))
    find(
      'cloudsql-version',
      'databaseVersion',
      `${inst.databaseVersion} reached end of life on ${EOL[Number(major)] ?? 'an earlier date'}.`,
    );
}

function paramPath(ctx: ScanContext, name: string): DocPath | undefined {
  const key = Object.keys(ctx.config?.parameters ?? {}).find((k) => k.toLowerCase() === name);
  return key ? ['parameters', key] : undefined;
}
