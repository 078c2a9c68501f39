import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 639;
export const ids = [639];
export const modules = {

/***/ 84603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ CHECKS),
  B: () => (/* binding */ FAMILIES)
});

// EXTERNAL MODULE: ./src/security/context.ts
var context = __webpack_require__(38817);
;// CONCATENATED MODULE: ./src/security/checks/define.ts
function defineChecks(family, defs) {
    const ids = Object.keys(defs);
    return {
        ids,
        defs: ids.map((id) => ({ id, family, references: [], ...defs[id] })),
    };
}
const cisGcp = (id) => ({ kind: 'cis-gcp', id });
const checkov = (id) => ({ kind: 'checkov', id });
const prowler = (id) => ({ kind: 'prowler', id });

;// CONCATENATED MODULE: ./src/security/checks/authentication.ts
/** Authentication: how passwords are hashed and kept, and which logins can get in without one. */


const AUTHENTICATION = defineChecks('authentication', {
    'password-encryption': {
        title: 'New passwords are not hashed with SCRAM-SHA-256',
        severity: 'high',
        applies: 'both',
        rationale: 'MD5 password hashes can be replayed by anyone who reads them and are weak against offline guessing; scram-sha-256 is the only method to use.',
        remediation: "ALTER SYSTEM SET password_encryption = 'scram-sha-256'; SELECT pg_reload_conf();\n-- then reset each password so it is stored as SCRAM",
    },
    'md5-password-stored': {
        title: 'A role still has an MD5 password hash',
        severity: 'high',
        applies: 'both',
        rationale: 'A hash set before password_encryption moved to scram-sha-256 stays MD5 until the password is set again; pg_hba md5 lines then still accept it.',
        remediation: "ALTER ROLE app PASSWORD 'new-secret'; -- with password_encryption = scram-sha-256",
    },
    'login-without-password': {
        title: 'A login role has no password',
        severity: 'medium',
        applies: 'both',
        rationale: 'A role that can log in without a password relies entirely on pg_hba (trust, peer or certificates); one permissive line opens it. IAM users (names with @) are exempt.',
        remediation: "ALTER ROLE app PASSWORD 'secret'; -- or ALTER ROLE app NOLOGIN;",
    },
    'login-without-expiry': {
        title: 'A password login role has no expiry (VALID UNTIL)',
        severity: 'low',
        applies: 'both',
        rationale: 'Passwords that never expire are never rotated; VALID UNTIL forces a rotation date.',
        remediation: "ALTER ROLE app VALID UNTIL '2027-06-30';",
    },
    'password-policy': {
        title: 'No password policy is enforced',
        severity: 'low',
        applies: 'both',
        rationale: 'Without passwordcheck/credcheck (self-hosted) or the instance password policy (Cloud SQL), any password is accepted, however short or reused.',
        remediation: "# self-hosted: shared_preload_libraries = 'passwordcheck' (or credcheck)\n# Cloud SQL (pgci.yml): instance.passwordPolicy: { enabled: true, minLength: 16, complexity: COMPLEXITY_DEFAULT }",
    },
});
const isIamRole = (name) => name.includes('@');
function checkAuthentication(ctx, emit) {
    const enc = (0,context/* readSetting */.LA)(ctx, emit, 'password-encryption', 'password_encryption');
    if (enc !== undefined && enc.toLowerCase() !== 'scram-sha-256')
        emit.find({
            id: 'password-encryption',
            object: 'setting:password_encryption',
            message: `password_encryption is ${enc}.`,
            configPath: (0,context/* settingPath */.ct)(ctx, 'password_encryption'),
        });
    checkPasswordPolicy(ctx, emit);
    const server = (0,context/* needServer */.gK)(ctx, emit, [
        'md5-password-stored',
        'login-without-password',
        'login-without-expiry',
    ]);
    if (!server)
        return;
    const passwords = (0,context/* rowsOf */.RO)(server.passwords, emit, [
        'md5-password-stored',
        'login-without-password',
    ]);
    for (const p of passwords ?? []) {
        if ((0,context/* isPlatformRole */.q5)(p.name))
            continue;
        if (p.kind === 'md5')
            emit.find({
                id: 'md5-password-stored',
                object: `role:${p.name}`,
                message: `Role ${p.name} has an MD5 password hash.`,
                configPath: (0,context/* rolePath */.ks)(ctx, p.name),
            });
        if (p.login && p.kind === 'none' && !isIamRole(p.name))
            emit.find({
                id: 'login-without-password',
                object: `role:${p.name}`,
                message: `Role ${p.name} can log in and has no password.`,
                configPath: (0,context/* rolePath */.ks)(ctx, p.name),
            });
    }
    const withPassword = new Set((passwords ?? []).filter((p) => p.kind !== 'none').map((p) => p.name));
    for (const r of server.roles) {
        if (!r.login || r.validuntil || (0,context/* isPlatformRole */.q5)(r.name) || isIamRole(r.name))
            continue;
        // Without pg_authid we cannot tell password roles apart: every login role counts.
        if (passwords && !withPassword.has(r.name))
            continue;
        emit.find({
            id: 'login-without-expiry',
            object: `role:${r.name}`,
            message: `Login role ${r.name} has no VALID UNTIL date.`,
            configPath: (0,context/* rolePath */.ks)(ctx, r.name),
        });
    }
}
function checkPasswordPolicy(ctx, emit) {
    if (ctx.profile === 'cloudsql') {
        const described = ctx.instances;
        if (!described.length) {
            emit.skip('password-policy', 'the Cloud SQL password policy is read from --instance-json or the config instance section');
            return;
        }
        for (const i of described)
            if (i.passwordPolicyEnabled !== true)
                emit.find({
                    id: 'password-policy',
                    object: `instance:${i.name}`,
                    message: `Instance ${i.name} has no password policy enabled (${i.source === 'config' ? 'config' : 'Admin API'}).`,
                    configPath: i.paths.passwordPolicy,
                });
        return;
    }
    const libs = (0,context/* readSetting */.LA)(ctx, emit, 'password-policy', 'shared_preload_libraries');
    if (libs !== undefined && !(0,context/* listOf */.c3)(libs).some((l) => l === 'passwordcheck' || l === 'credcheck'))
        emit.find({
            id: 'password-policy',
            object: 'setting:shared_preload_libraries',
            message: 'Neither passwordcheck nor credcheck is loaded: any password is accepted.',
            configPath: (0,context/* settingPath */.ct)(ctx, 'shared_preload_libraries'),
        });
}

;// CONCATENATED MODULE: ./src/security/checks/extensions.ts
/** Extensions and versions: risky or outdated extensions, FDW passwords, an unsupported server. */


const EXTENSIONS = defineChecks('extensions', {
    'risky-extension': {
        title: 'An extension that reaches files or other servers is installed',
        severity: 'medium',
        applies: 'both',
        rationale: 'adminpack writes server files (high); file_fdw reads them; dblink and postgres_fdw open connections from the server; pageinspect reads raw pages. Install them only where needed.',
        remediation: 'DROP EXTENSION dblink;',
    },
    'outdated-extension': {
        title: 'An extension is older than the version the server ships',
        severity: 'low',
        applies: 'both',
        rationale: 'Extension updates carry fixes, security ones included; the server already has the newer scripts.',
        remediation: 'ALTER EXTENSION pg_trgm UPDATE;',
    },
    'fdw-plaintext-password': {
        title: 'A foreign-server user mapping stores a password',
        severity: 'high',
        applies: 'both',
        rationale: 'User mapping options are stored in plain text in pg_user_mapping and readable by the mapping’s user and the server owner.',
        remediation: 'ALTER USER MAPPING FOR app SERVER remote OPTIONS (DROP password); -- use certificates or a .pgpass on the server',
    },
    'server-version-eol': {
        title: 'The PostgreSQL major version is past its end of life',
        severity: 'high',
        applies: 'both',
        references: [checkov('CKV_GCP_79')],
        rationale: 'A major past its community end of life gets no more security fixes.',
        remediation: '# upgrade: pg_upgrade (self-hosted) or a Cloud SQL major version upgrade',
    },
});
/** Community end-of-life dates (PostgreSQL versioning policy: five years per major). */
const EOL = {
    11: '2023-11-09',
    12: '2024-11-21',
    13: '2025-11-13',
    14: '2026-11-12',
    15: '2027-11-11',
    16: '2028-11-09',
    17: '2029-11-08',
    18: '2030-11-14',
};
function isPastEol(major, today) {
    const eol = EOL[major];
    if (eol)
        return today.getTime() > new Date(`${eol}T23:59:59Z`).getTime();
    return major < 11;
}
const RISKY = {
    adminpack: 'high',
    file_fdw: 'medium',
    dblink: 'medium',
    postgres_fdw: 'medium',
    pageinspect: 'medium',
};
function checkExtensions(ctx, emit) {
    const server = (0,context/* needServer */.gK)(ctx, emit, EXTENSIONS.ids);
    if (!server)
        return;
    if (isPastEol(server.major, ctx.today))
        emit.find({
            id: 'server-version-eol',
            object: `server:postgresql-${server.major}`,
            message: `PostgreSQL ${server.major} reached end of life on ${EOL[server.major] ?? 'an earlier date'}.`,
        });
    for (const e of (0,context/* rowsOf */.RO)(server.extensions, emit, ['risky-extension', 'outdated-extension']) ??
        []) {
        if (RISKY[e.name])
            emit.find({
                id: 'risky-extension',
                object: `extension:${e.name}`,
                severity: RISKY[e.name],
                message: `Extension ${e.name} is installed in database ${server.database}.`,
            });
        if (e.default_version && e.version !== e.default_version)
            emit.find({
                id: 'outdated-extension',
                object: `extension:${e.name}`,
                message: `Extension ${e.name} is at ${e.version}; the server ships ${e.default_version}.`,
            });
    }
    if (!server.superuser) {
        emit.skip('fdw-plaintext-password', `user mapping options of other roles are hidden from ${server.user} (only a superuser sees them all)`);
        return;
    }
    for (const m of (0,context/* rowsOf */.RO)(server.userMappings, emit, ['fdw-plaintext-password']) ?? [])
        if ((m.options ?? []).some((o) => /^password=/i.test(o)))
            emit.find({
                id: 'fdw-plaintext-password',
                object: `user-mapping:${m.role}@${m.server}`,
                message: `The user mapping for ${m.role} on server ${m.server} stores a password.`,
            });
}

;// CONCATENATED MODULE: ./src/security/checks/cloudsql-instance.ts



const CLOUDSQL = defineChecks('cloudsql-instance', {
    'cloudsql-ssl-mode': {
        title: 'The instance accepts unencrypted connections',
        severity: 'high',
        applies: 'cloudsql',
        references: [cisGcp('6.4'), checkov('CKV_GCP_6'), prowler('cloudsql_instance_ssl_connections')],
        rationale: 'With sslMode ALLOW_UNENCRYPTED_AND_ENCRYPTED (the default) clients may connect in clear text.',
        remediation: 'instance:\n  network:\n    sslMode: ENCRYPTED_ONLY',
    },
    'cloudsql-open-network': {
        title: 'An authorized network lets the whole internet connect',
        severity: 'critical',
        applies: 'cloudsql',
        references: [cisGcp('6.5'), checkov('CKV_GCP_11'), prowler('cloudsql_instance_public_access')],
        rationale: '0.0.0.0/0 (or ::/0) exposes the login prompt to every scanner on the internet.',
        remediation: 'instance:\n  network:\n    authorizedNetworks:\n      - { name: office, cidr: 203.0.113.0/24, expires: 2027-01-31 }',
    },
    'cloudsql-network-expiry': {
        title: 'An authorized network never expires (or has expired)',
        severity: 'low',
        applies: 'cloudsql',
        rationale: 'Temporary access (a laptop, a vendor) outlives its purpose unless it carries an expiry date.',
        remediation: "instance:\n  network:\n    authorizedNetworks:\n      - { cidr: 198.51.100.7/32, expires: '2027-01-31' }",
    },
    'cloudsql-public-ip': {
        title: 'The instance has a public IP address',
        severity: 'medium',
        applies: 'cloudsql',
        references: [cisGcp('6.6'), prowler('cloudsql_instance_public_ip')],
        rationale: 'A private IP keeps the instance off the internet; reach it from the VPC or through the Cloud SQL connector.',
        remediation: 'instance:\n  network:\n    publicIp: false\n    privateNetwork: projects/PROJECT/global/networks/VPC',
    },
    'cloudsql-connector-enforcement': {
        title: 'A public instance does not require the Cloud SQL connector',
        severity: 'low',
        applies: 'cloudsql',
        rationale: 'connectorEnforcement REQUIRED makes every connection go through the IAM-authorized connector, even on the public IP.',
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
        rationale: 'Without automated backups, a dropped table or a corrupted disk cannot be recovered.',
        remediation: "instance:\n  backups:\n    enabled: true\n    startTime: '03:00'",
    },
    'cloudsql-pitr': {
        title: 'Point-in-time recovery is off',
        severity: 'medium',
        applies: 'cloudsql',
        rationale: 'Without PITR the newest restorable state is the last daily backup: up to 24 hours of writes lost.',
        remediation: 'instance:\n  backups:\n    pointInTimeRecovery: true\n    transactionLogRetentionDays: 7',
    },
    'cloudsql-backup-retention': {
        title: 'Fewer than 7 automated backups are retained',
        severity: 'low',
        applies: 'cloudsql',
        rationale: 'A problem noticed after a few days needs a backup older than that; keep at least a week.',
        remediation: 'instance:\n  backups:\n    retainedBackups: 14',
    },
    'cloudsql-deletion-protection': {
        title: 'Deletion protection is off',
        severity: 'medium',
        applies: 'cloudsql',
        rationale: 'A stray `gcloud sql instances delete` or Terraform destroy removes the instance and its backups.',
        remediation: 'instance:\n  deletionProtection: true',
    },
    'cloudsql-iam-auth': {
        title: 'IAM database authentication is off',
        severity: 'medium',
        applies: 'cloudsql',
        rationale: 'With cloudsql.iam_authentication on, people and services log in with short-lived IAM tokens instead of long-lived passwords.',
        remediation: 'parameters:\n  cloudsql.iam_authentication: on',
    },
    'cloudsql-cmek': {
        title: 'The instance is not encrypted with a customer-managed key (CMEK)',
        severity: 'low',
        applies: 'cloudsql',
        references: [prowler('cloudsql_instance_cmek_encryption_enabled')],
        rationale: 'With CMEK the data and its backups are encrypted with a Cloud KMS key you control, rotate and can revoke. It is chosen at creation (immutable).',
        remediation: 'gcloud sql instances create NAME --disk-encryption-key=projects/P/locations/L/keyRings/R/cryptoKeys/K …',
    },
    'cloudsql-availability': {
        title: 'The instance is zonal (no high availability)',
        severity: 'low',
        applies: 'cloudsql',
        references: [prowler('cloudsql_instance_high_availability_enabled')],
        rationale: 'A zonal instance is down for as long as its zone is; REGIONAL keeps a standby in a second zone.',
        remediation: 'instance:\n  availability: regional',
    },
    'cloudsql-version': {
        title: 'The instance runs a PostgreSQL major past its end of life',
        severity: 'high',
        applies: 'cloudsql',
        references: [checkov('CKV_GCP_79')],
        rationale: 'Past the community end of life a major gets no more security fixes (Cloud SQL bills extended support for it).',
        remediation: 'instance:\n  databaseVersion: POSTGRES_17',
    },
});
const WORLD = new Set(['0.0.0.0/0', '::/0', '0.0.0.0', '::']);
function checkCloudSqlInstances(ctx, emit) {
    if (!ctx.instances.length) {
        for (const id of CLOUDSQL.ids)
            emit.skip(id, 'no instance description: give --instance-json or a config with an instance section');
        return;
    }
    const hasApi = ctx.instances.some((i) => i.source === 'api');
    const fromConfig = ctx.instances.find((i) => i.source === 'config');
    for (const inst of ctx.instances)
        checkInstance(ctx, inst, fromConfig, hasApi, emit);
}
function checkInstance(ctx, inst, fromConfig, hasApi, emit) {
    const prefix = inst.source === 'config' ? 'config:instance' : `instance:${inst.name}`;
    const via = inst.source === 'config' ? 'in the config' : 'on the instance';
    // A finding on the live instance points at the config line that would fix it, when there is one.
    const path = (key) => (fromConfig ?? inst).paths[key];
    const find = (id, key, message, severity) => emit.find({
        id,
        object: `${prefix}/${key}`,
        message: `${inst.name}: ${message}`,
        configPath: path(key),
        severity,
    });
    if (!inst.sslMode || inst.sslMode === 'ALLOW_UNENCRYPTED_AND_ENCRYPTED')
        find('cloudsql-ssl-mode', 'sslMode', `sslMode is ${inst.sslMode ?? 'unset (ALLOW_UNENCRYPTED_AND_ENCRYPTED)'} ${via}.`);
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
            find('cloudsql-connector-enforcement', 'connectorEnforcement', `the public IP accepts connections that do not come through the Cloud SQL connector.`);
    }
    if (inst.backupsEnabled !== true)
        find('cloudsql-backups', 'backups', `automated backups are off ${via}.`);
    if (inst.pitr !== true)
        find('cloudsql-pitr', 'pitr', `point-in-time recovery is off ${via}.`);
    if (inst.retainedBackups !== undefined && inst.retainedBackups < 7)
        find('cloudsql-backup-retention', 'retainedBackups', `only ${inst.retainedBackups} backups are retained.`);
    if (inst.deletionProtection !== true)
        find('cloudsql-deletion-protection', 'deletionProtection', `deletion protection is off ${via}.`);
    if (!(0,context/* isOn */.Mp)(inst.flags.get('cloudsql.iam_authentication')))
        emit.find({
            id: 'cloudsql-iam-auth',
            object: `${prefix}/cloudsql.iam_authentication`,
            message: `${inst.name}: the cloudsql.iam_authentication flag is not on ${via}.`,
            configPath: paramPath(ctx, 'cloudsql.iam_authentication') ?? path('parameters'),
        });
    if (inst.kmsKeyName === undefined) {
        if (!hasApi)
            emit.skip('cloudsql-cmek', 'the config cannot say which key encrypts the instance; give --instance-json');
    }
    else if (inst.kmsKeyName === '')
        find('cloudsql-cmek', 'instance', 'data is encrypted with a Google-managed key, not a CMEK.');
    if (inst.availability !== 'REGIONAL')
        find('cloudsql-availability', 'availability', `availability is ${inst.availability ?? 'unset (ZONAL)'} ${via}.`);
    const major = /^POSTGRES_(\d+)/.exec(inst.databaseVersion ?? '')?.[1];
    if (major && isPastEol(Number(major), ctx.today))
        find('cloudsql-version', 'databaseVersion', `${inst.databaseVersion} reached end of life on ${EOL[Number(major)] ?? 'an earlier date'}.`);
}
function paramPath(ctx, name) {
    const key = Object.keys(ctx.config?.parameters ?? {}).find((k) => k.toLowerCase() === name);
    return key ? ['parameters', key] : undefined;
}

// EXTERNAL MODULE: ./src/config/env-reference.ts
var env_reference = __webpack_require__(6525);
;// CONCATENATED MODULE: ./src/security/checks/config-file.ts
/**
 * The config file: what only pgci.yml can get wrong (passwords written in it, roles without
 * limits, IAM roles without IAM authentication). The instance rules also run on the config's
 * `instance` section (see cloudsql-instance.ts) and point at the line that causes them.
 */



const CONFIG = defineChecks('config', {
    'config-plaintext-password': {
        title: 'A role’s password is written in the config',
        severity: 'critical',
        applies: 'both',
        rationale: 'A password in a committed file is in every clone and in the history forever; reference a secret instead and rotate the exposed one.',
        remediation: 'roles:\n  - name: app\n    password: ${APP_PASSWORD}',
    },
    'config-login-role-connection-limit': {
        title: 'A login role in the config has no connectionLimit',
        severity: 'low',
        applies: 'both',
        rationale: 'Without a per-role limit one application can take every connection slot.',
        remediation: 'roles:\n  - name: app\n    login: true\n    connectionLimit: 50',
    },
    'config-iam-role-without-flag': {
        title: 'An IAM role is declared but IAM authentication is off',
        severity: 'medium',
        applies: 'cloudsql',
        rationale: 'A role with `iam:` cannot log in unless the instance has cloudsql.iam_authentication on.',
        remediation: 'parameters:\n  cloudsql.iam_authentication: on',
    },
});
function checkConfigFile(ctx, emit) {
    const config = ctx.config;
    if (!config) {
        for (const id of CONFIG.ids)
            emit.skip(id, 'no config: give --config');
        return;
    }
    const roles = config.roles ?? [];
    roles.forEach((role, i) => {
        if (role.password !== undefined && !env_reference/* ENV_REFERENCE */.m.test(role.password))
            // Never repeat the value: it may be a real password.
            emit.find({
                id: 'config-plaintext-password',
                object: `config:roles/${role.name}/password`,
                message: `Role ${role.name} has its password written in the config.`,
                configPath: ['roles', i, 'password'],
            });
        if (role.login && (role.connectionLimit === undefined || role.connectionLimit < 0))
            emit.find({
                id: 'config-login-role-connection-limit',
                object: `config:roles/${role.name}`,
                message: `Login role ${role.name} has no connectionLimit.`,
                configPath: role.connectionLimit === undefined ? ['roles', i] : ['roles', i, 'connectionLimit'],
            });
    });
    const iamFlag = Object.entries(config.parameters ?? {}).find(([k]) => k.toLowerCase() === 'cloudsql.iam_authentication');
    const iamRoles = roles.map((r, i) => [r, i]).filter(([r]) => r.iam);
    if (iamRoles.length && !(0,context/* isOn */.Mp)(iamFlag ? String(iamFlag[1]) : undefined))
        for (const [r, i] of iamRoles)
            emit.find({
                id: 'config-iam-role-without-flag',
                object: `config:roles/${r.name}`,
                message: `Role ${r.name} uses IAM (${r.iam}) but cloudsql.iam_authentication is not on.`,
                configPath: iamFlag ? ['parameters', iamFlag[0]] : ['roles', i, 'iam'],
            });
}

// EXTERNAL MODULE: ./src/cloudsql/flags.ts
var flags = __webpack_require__(76364);
;// CONCATENATED MODULE: ./src/security/checks/logging.ts
/** Logging and audit: what the server writes down about connections, statements and errors. */



const LOGGING = defineChecks('logging', {
    'log-connections': {
        title: 'Connection attempts are not logged',
        severity: 'medium',
        applies: 'both',
        references: [
            cisGcp('6.2.2'),
            checkov('CKV_GCP_52'),
            prowler('cloudsql_instance_postgres_log_connections_flag'),
        ],
        rationale: 'PostgreSQL keeps no record of who connected unless log_connections is on; without it an unexpected login cannot be traced.',
        remediation: 'ALTER SYSTEM SET log_connections = on; SELECT pg_reload_conf();\n# Cloud SQL: parameters: { log_connections: on } in pgci.yml',
    },
    'log-disconnections': {
        title: 'Session ends are not logged',
        severity: 'medium',
        applies: 'both',
        references: [
            cisGcp('6.2.3'),
            checkov('CKV_GCP_53'),
            prowler('cloudsql_instance_postgres_log_disconnections_flag'),
        ],
        rationale: 'log_disconnections records the end and duration of every session; together with log_connections it gives a complete session trail.',
        remediation: 'ALTER SYSTEM SET log_disconnections = on; SELECT pg_reload_conf();\n# Cloud SQL: parameters: { log_disconnections: on }',
    },
    'log-statement': {
        title: 'DDL statements are not logged',
        severity: 'medium',
        applies: 'both',
        references: [
            cisGcp('6.2.4'),
            checkov('CKV_GCP_107'),
            prowler('cloudsql_instance_postgres_log_statement_flag'),
        ],
        rationale: "With log_statement = none, schema changes (CREATE, ALTER, DROP, GRANT) leave no trace in the log. 'ddl' records them without logging every query.",
        remediation: "ALTER SYSTEM SET log_statement = 'ddl'; SELECT pg_reload_conf();",
    },
    'log-min-messages': {
        title: 'Errors are not logged (log_min_messages above ERROR)',
        severity: 'medium',
        applies: 'both',
        references: [
            cisGcp('6.2.5'),
            checkov('CKV_GCP_55'),
            prowler('cloudsql_instance_postgres_log_min_messages_flag'),
        ],
        rationale: 'At LOG, FATAL or PANIC, ordinary errors (failed statements, permission denials) never reach the log. WARNING (the default) or ERROR keeps them.',
        remediation: "ALTER SYSTEM SET log_min_messages = 'warning'; SELECT pg_reload_conf();",
    },
    'log-min-error-statement': {
        title: 'Statements that fail are not logged (log_min_error_statement above ERROR)',
        severity: 'medium',
        applies: 'both',
        references: [
            cisGcp('6.2.6'),
            checkov('CKV_GCP_109'),
            prowler('cloudsql_instance_postgres_log_min_error_statement_flag'),
        ],
        rationale: 'log_min_error_statement decides which failing statements are written with their SQL text; above ERROR, the SQL of failed (possibly malicious) statements is lost.',
        remediation: "ALTER SYSTEM SET log_min_error_statement = 'error'; SELECT pg_reload_conf();",
    },
    'log-error-verbosity': {
        title: 'Error messages are logged without enough detail',
        severity: 'low',
        applies: 'both',
        references: [cisGcp('6.2.1'), prowler('cloudsql_instance_postgres_log_error_verbosity_flag')],
        rationale: 'TERSE drops DETAIL, HINT, QUERY and CONTEXT from logged errors. Profile cloudsql follows CIS GCP (DEFAULT or VERBOSE passes); profile self-hosted follows the CIS PostgreSQL benchmark and asks for VERBOSE.',
        remediation: "ALTER SYSTEM SET log_error_verbosity = 'verbose'; -- or 'default' on Cloud SQL",
    },
    'log-min-duration-statement': {
        title: 'Statement text is logged by duration (log_min_duration_statement)',
        severity: 'low',
        applies: 'cloudsql',
        references: [
            cisGcp('6.2.7'),
            checkov('CKV_GCP_57'),
            prowler('cloudsql_instance_postgres_log_min_duration_statement_flag'),
        ],
        rationale: 'Slow statements are logged with their full text, literal values included, and on Cloud SQL that text lands in Cloud Logging. CIS GCP asks for -1; if you log slow queries on purpose, suppress this finding with that reason.',
        remediation: 'parameters:\n  log_min_duration_statement: -1',
    },
    'log-line-prefix': {
        title: 'Log lines do not say when, who, which database and which session',
        severity: 'medium',
        applies: 'self-hosted',
        rationale: 'Without a timestamp (%m or %t), the user (%u), the database (%d) and the process or session (%p or %c) in every line, log entries cannot be tied to a session. Cloud SQL adds these fields itself.',
        remediation: "ALTER SYSTEM SET log_line_prefix = '%m [%p] %q%u@%d '; SELECT pg_reload_conf();",
    },
    'log-file-mode': {
        title: 'Log files are readable by other OS users',
        severity: 'medium',
        applies: 'self-hosted',
        rationale: 'Logs hold statement text, user names and client addresses; log_file_mode should be 0600 (or 0640 for a log-reading group).',
        remediation: "ALTER SYSTEM SET log_file_mode = '0600'; SELECT pg_reload_conf();",
    },
    'debug-print': {
        title: 'Debug printing of parse trees or plans is on',
        severity: 'low',
        applies: 'both',
        rationale: 'debug_print_parse, debug_print_rewritten and debug_print_plan dump internal trees (with constants) into the log: noise that can leak data.',
        remediation: 'ALTER SYSTEM RESET debug_print_parse; -- likewise debug_print_rewritten, debug_print_plan',
    },
    'log-hostname': {
        title: 'log_hostname differs from the profile',
        severity: 'low',
        applies: 'both',
        references: [checkov('CKV_GCP_108')],
        rationale: 'The sources disagree: Checkov asks Cloud SQL to log host names (profile cloudsql: on); the CIS PostgreSQL benchmark keeps it off because a DNS lookup per connection slows logins and the IP is logged anyway (profile self-hosted: off).',
        remediation: 'ALTER SYSTEM SET log_hostname = off; -- self-hosted\n# Cloud SQL: parameters: { log_hostname: on }',
    },
    'pgaudit-enabled': {
        title: 'pgAudit is not enabled',
        severity: 'medium',
        applies: 'both',
        references: [
            cisGcp('6.2.8'),
            checkov('CKV_GCP_110'),
            prowler('cloudsql_instance_postgres_enable_pgaudit_flag'),
        ],
        rationale: 'pgAudit writes a structured audit record per statement class (DDL, writes, role changes), which plain statement logging does not give.',
        remediation: "# self-hosted: shared_preload_libraries = 'pgaudit' (restart), then CREATE EXTENSION pgaudit;\n# Cloud SQL: parameters: { cloudsql.enable_pgaudit: on }, then CREATE EXTENSION pgaudit;",
    },
    'pgaudit-log-classes': {
        title: 'pgAudit does not record DDL and writes',
        severity: 'medium',
        applies: 'both',
        rationale: "pgaudit.log must include at least 'ddl' and 'write' (or 'all') for the audit trail to cover schema and data changes.",
        remediation: "ALTER SYSTEM SET pgaudit.log = 'ddl, write, role'; SELECT pg_reload_conf();",
    },
    'logging-collector': {
        title: 'Server log goes only to stderr without the logging collector',
        severity: 'low',
        applies: 'self-hosted',
        rationale: 'With logging_collector off and log_destination = stderr, log lines are kept only if whatever runs the server captures stderr; they are easily lost.',
        remediation: 'ALTER SYSTEM SET logging_collector = on; -- restart',
    },
});
const aboveError = (v) => flags/* SERVER_LOG_LEVELS */.$W.indexOf(v.toLowerCase()) > flags/* SERVER_LOG_LEVELS */.$W.indexOf('error');
/** Whether a value of a logging setting weakens the log (also used for role/database overrides). */
function weakensLogging(name, value) {
    const v = value.trim().toLowerCase();
    switch (name) {
        case 'log_connections':
        case 'log_disconnections':
            return !(0,context/* isOn */.Mp)(v);
        case 'log_statement':
            return v === 'none';
        case 'log_min_messages':
        case 'log_min_error_statement':
            return aboveError(v);
        case 'log_error_verbosity':
            return v === 'terse';
        case 'pgaudit.log':
            return !coversAudit((0,context/* listOf */.c3)(v));
        default:
            return false;
    }
}
function coversAudit(classes) {
    const has = (c) => (classes.includes(c) || classes.includes('all')) && !classes.includes(`-${c}`);
    return has('ddl') && has('write');
}
function checkLogging(ctx, emit) {
    const setting = (id, name) => (0,context/* readSetting */.LA)(ctx, emit, id, name);
    const find = (id, name, message) => emit.find({ id, object: `setting:${name}`, message, configPath: (0,context/* settingPath */.ct)(ctx, name) });
    for (const [id, name] of [
        ['log-connections', 'log_connections'],
        ['log-disconnections', 'log_disconnections'],
        ['log-statement', 'log_statement'],
        ['log-min-messages', 'log_min_messages'],
        ['log-min-error-statement', 'log_min_error_statement'],
    ]) {
        const v = setting(id, name);
        if (v !== undefined && weakensLogging(name, v))
            find(id, name, `${name} is ${v}.`);
    }
    const verbosity = setting('log-error-verbosity', 'log_error_verbosity');
    if (verbosity !== undefined) {
        const v = verbosity.toLowerCase();
        if (v === 'terse')
            emit.find({
                id: 'log-error-verbosity',
                object: 'setting:log_error_verbosity',
                message: 'log_error_verbosity is terse: DETAIL, HINT, QUERY and CONTEXT are dropped.',
                severity: 'medium',
                configPath: (0,context/* settingPath */.ct)(ctx, 'log_error_verbosity'),
            });
        else if (ctx.profile === 'self-hosted' && v !== 'verbose')
            find('log-error-verbosity', 'log_error_verbosity', `log_error_verbosity is ${v}; the self-hosted profile asks for verbose.`);
    }
    const duration = setting('log-min-duration-statement', 'log_min_duration_statement');
    if (duration !== undefined && duration.trim() !== '-1')
        find('log-min-duration-statement', 'log_min_duration_statement', `log_min_duration_statement is ${duration}${/^\d+$/.test(duration) ? ' ms' : ''}: statements slower than that are logged with their text.`);
    const prefix = setting('log-line-prefix', 'log_line_prefix');
    if (prefix !== undefined) {
        const missing = [
            [/%[mtn]/, 'a timestamp (%m)'],
            [/%u/, 'the user (%u)'],
            [/%d/, 'the database (%d)'],
            [/%[pc]/, 'the process or session (%p)'],
        ]
            .filter(([re]) => !re.test(prefix))
            .map(([, what]) => what);
        if (missing.length)
            find('log-line-prefix', 'log_line_prefix', `log_line_prefix '${prefix}' lacks ${missing.join(', ')}.`);
    }
    const mode = setting('log-file-mode', 'log_file_mode');
    if (mode !== undefined) {
        const bits = /^0/.test(mode) ? parseInt(mode, 8) : Number(mode);
        if (Number.isFinite(bits) && (bits & 0o037) !== 0)
            find('log-file-mode', 'log_file_mode', `log_file_mode is ${'0' + bits.toString(8).padStart(3, '0')}: other OS users can read or write the logs.`);
    }
    for (const name of ['debug_print_parse', 'debug_print_rewritten', 'debug_print_plan']) {
        const v = setting('debug-print', name);
        if (v !== undefined && (0,context/* isOn */.Mp)(v))
            find('debug-print', name, `${name} is on.`);
    }
    const hostname = setting('log-hostname', 'log_hostname');
    if (hostname !== undefined) {
        const want = ctx.profile === 'cloudsql';
        if ((0,context/* isOn */.Mp)(hostname) !== want)
            find('log-hostname', 'log_hostname', `log_hostname is ${hostname}; the ${ctx.profile} profile expects ${want ? 'on' : 'off'}.`);
    }
    const libraries = setting('pgaudit-enabled', 'shared_preload_libraries');
    if (libraries !== undefined) {
        let loaded = (0,context/* listOf */.c3)(libraries).includes('pgaudit');
        if (ctx.profile === 'cloudsql' && !loaded) {
            const flag = setting('pgaudit-enabled', 'cloudsql.enable_pgaudit');
            loaded = (0,context/* isOn */.Mp)(flag);
            if (flag !== undefined && !loaded)
                find('pgaudit-enabled', 'cloudsql.enable_pgaudit', 'cloudsql.enable_pgaudit is off: pgAudit cannot be loaded.');
        }
        else if (!loaded) {
            find('pgaudit-enabled', 'shared_preload_libraries', `shared_preload_libraries ('${libraries}') does not load pgaudit.`);
        }
        if (!loaded)
            emit.skip('pgaudit-log-classes', 'pgAudit is not loaded (see pgaudit-enabled)');
        else {
            const classes = setting('pgaudit-log-classes', 'pgaudit.log');
            if (classes !== undefined && !coversAudit((0,context/* listOf */.c3)(classes)))
                find('pgaudit-log-classes', 'pgaudit.log', `pgaudit.log is '${classes || 'none'}'; it must include ddl and write.`);
        }
    }
    else
        emit.skip('pgaudit-log-classes', 'shared_preload_libraries cannot be read');
    const collector = setting('logging-collector', 'logging_collector');
    const destination = setting('logging-collector', 'log_destination');
    if (collector !== undefined && destination !== undefined && !(0,context/* isOn */.Mp)(collector)) {
        const dest = (0,context/* listOf */.c3)(destination);
        if (!dest.some((d) => d === 'syslog' || d === 'eventlog'))
            find('logging-collector', 'logging_collector', `logging_collector is off and log_destination is '${destination}'.`);
    }
}

;// CONCATENATED MODULE: ./src/security/checks/overrides.ts
/** Settings overrides (`ALTER ROLE/DATABASE … SET`, pg_db_role_setting) that undo server policy. */



const OVERRIDES = defineChecks('overrides', {
    'override-weakens-logging': {
        title: 'A role or database override weakens logging or auditing',
        severity: 'medium',
        applies: 'both',
        rationale: 'ALTER ROLE … SET log_statement = none (or pgaudit.log = none, log_min_messages = panic, …) silently exempts that role or database from the server’s audit policy.',
        remediation: 'ALTER ROLE app RESET log_statement;',
    },
    'override-search-path': {
        title: 'A role or database override sets search_path',
        severity: 'low',
        applies: 'both',
        rationale: 'An overridden search_path decides which schema’s objects win; make sure each schema in it is writable only by trusted roles, or qualify names.',
        remediation: 'ALTER ROLE app RESET search_path; -- or schema-qualify names',
    },
    'override-disables-timeout': {
        title: 'A role or database override turns a timeout off',
        severity: 'low',
        applies: 'both',
        rationale: 'statement_timeout = 0 or idle_in_transaction_session_timeout = 0 on a role or database removes the server-wide safety net for it.',
        remediation: "ALTER ROLE app SET statement_timeout = '30s';",
    },
});
const where = (o) => o.role && o.database
    ? `role ${o.role} in database ${o.database}`
    : o.role
        ? `role ${o.role}`
        : `database ${o.database}`;
const objectOf = (o, name) => `override:${o.role ?? '*'}@${o.database ?? '*'}/${name}`;
function checkOverrides(ctx, emit) {
    const server = (0,context/* needServer */.gK)(ctx, emit, OVERRIDES.ids);
    if (!server)
        return;
    const rows = (0,context/* rowsOf */.RO)(server.roleSettings, emit, OVERRIDES.ids) ?? [];
    for (const o of rows) {
        if (o.role && (0,context/* isPlatformRole */.q5)(o.role))
            continue;
        for (const entry of o.config) {
            const eq = entry.indexOf('=');
            const name = entry.slice(0, eq).toLowerCase();
            const value = entry.slice(eq + 1);
            const at = {
                object: objectOf(o, name),
                configPath: o.role ? (0,context/* rolePath */.ks)(ctx, o.role) : undefined,
            };
            if (weakensLogging(name, value))
                emit.find({
                    id: 'override-weakens-logging',
                    ...at,
                    message: `${where(o)} sets ${name} = ${value}.`,
                });
            else if (name === 'search_path')
                emit.find({
                    id: 'override-search-path',
                    ...at,
                    message: `${where(o)} sets search_path = ${value}.`,
                });
            else if ((name === 'statement_timeout' || name === 'idle_in_transaction_session_timeout') &&
                /^0+\s*(ms|s|min)?$/i.test(value.trim()))
                emit.find({
                    id: 'override-disables-timeout',
                    ...at,
                    message: `${where(o)} sets ${name} = ${value}.`,
                });
        }
    }
}

;// CONCATENATED MODULE: ./src/security/checks/pg-hba.ts
/** pg_hba rules, as the server parsed them (`pg_hba_file_rules`): who may connect from where, how. */


const PG_HBA = defineChecks('pg_hba', {
    'hba-trust': {
        title: 'pg_hba lets a connection in without any authentication (trust)',
        severity: 'critical',
        applies: 'self-hosted',
        rationale: 'trust accepts any user name without a password: whoever reaches the socket or port becomes that role, superusers included.',
        remediation: '# pg_hba.conf\nhostssl  app  app_user  10.0.0.0/8  scram-sha-256',
    },
    'hba-password': {
        title: 'pg_hba sends passwords in clear text (password)',
        severity: 'high',
        applies: 'self-hosted',
        rationale: "The 'password' method sends the password unhashed; on a non-TLS line anyone on the path reads it.",
        remediation: '# replace the method with scram-sha-256',
    },
    'hba-md5': {
        title: 'pg_hba accepts MD5 authentication',
        severity: 'medium',
        applies: 'self-hosted',
        rationale: 'md5 lines accept MD5 hashes (weak, replayable when stolen); with every password stored as SCRAM, scram-sha-256 is the method to write.',
        remediation: '# replace md5 with scram-sha-256 once every password is stored as SCRAM',
    },
    'hba-ident': {
        title: 'pg_hba trusts the client host (ident) over TCP',
        severity: 'medium',
        applies: 'self-hosted',
        rationale: 'ident over TCP believes whatever user name the client machine reports; anyone controlling that machine picks the role.',
        remediation: '# use scram-sha-256 or cert on host lines; keep peer for local sockets only',
    },
    'hba-non-tls-host': {
        title: 'pg_hba accepts remote connections without TLS',
        severity: 'medium',
        applies: 'self-hosted',
        rationale: 'A host (or hostnossl) line for a remote address accepts unencrypted connections: queries, results and credentials cross the network in clear.',
        remediation: '# pg_hba.conf: write hostssl instead of host for remote addresses',
    },
    'hba-world-cidr': {
        title: 'pg_hba accepts connections from any address',
        severity: 'high',
        applies: 'self-hosted',
        rationale: '0.0.0.0/0, ::/0 or all lets the whole internet try to log in; narrow it to the networks your clients use.',
        remediation: '# pg_hba.conf: replace 0.0.0.0/0 with your application subnet, e.g. 10.20.0.0/16',
    },
    'hba-remote-superuser': {
        title: 'pg_hba lets superusers log in remotely',
        severity: 'high',
        applies: 'self-hosted',
        rationale: 'A line for all users (or a named superuser) from a remote address lets superusers log in over the network; administer through local sockets or a bastion.',
        remediation: '# pg_hba.conf: list application roles explicitly on remote lines, e.g. hostssl app app_user 10.0.0.0/8 scram-sha-256',
    },
    'hba-all-all': {
        title: 'pg_hba line matches every database and every user remotely',
        severity: 'medium',
        applies: 'self-hosted',
        rationale: 'all/all on a remote line grants network login to every role for every database; name the databases and roles each network needs.',
        remediation: '# pg_hba.conf: hostssl app_db app_user 10.0.0.0/8 scram-sha-256',
    },
    'hba-parse-error': {
        title: 'pg_hba.conf has a line the server cannot parse',
        severity: 'high',
        applies: 'self-hosted',
        rationale: 'The server keeps the previously loaded rules while the file has errors and refuses to start with them: what the file says is not what is enforced.',
        remediation: '# fix the line, then: SELECT pg_reload_conf(); and check pg_hba_file_rules.error',
    },
});
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', 'samehost']);
const pg_hba_WORLD = (r) => r.address === 'all' ||
    ((r.address === '0.0.0.0' || r.address === '::') &&
        (r.netmask === '0.0.0.0' || r.netmask === '::'));
function checkHba(ctx, emit) {
    const ids = PG_HBA.ids;
    const server = (0,context/* needServer */.gK)(ctx, emit, ids);
    if (!server)
        return;
    const rows = (0,context/* rowsOf */.RO)(server.hba, emit, ids);
    if (!rows)
        return;
    const superusers = new Set(server.roles.filter((r) => r.superuser).map((r) => r.name));
    for (const r of rows) {
        const file = (r.file_name ?? 'pg_hba.conf').split('/').pop();
        const object = `hba:${file}:${r.line_number}`;
        const find = (id, message, severity) => emit.find({ id, object, message: `Line ${r.line_number}: ${message}`, severity });
        if (r.error) {
            find('hba-parse-error', r.error);
            continue;
        }
        const method = (r.auth_method ?? '').toLowerCase();
        if (method === 'reject')
            continue;
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
        if (method === 'password')
            find('hba-password', `${line} sends passwords in clear text.`);
        if (method === 'md5')
            find('hba-md5', `${line} accepts MD5 authentication.`);
        if (method === 'ident' && tcp)
            find('hba-ident', `${line} trusts the client's ident answer.`);
        if (remote && (r.type === 'host' || r.type === 'hostnossl'))
            find('hba-non-tls-host', `${line} accepts connections without TLS.`);
        if (tcp && pg_hba_WORLD(r))
            find('hba-world-cidr', `${line} accepts connections from any address.`);
        if (remote && (users.includes('all') || users.some((u) => superusers.has(u))))
            find('hba-remote-superuser', `${line} lets ${users.includes('all') ? 'every role, superusers included,' : users.filter((u) => superusers.has(u)).join(', ')} log in remotely.`);
        if (remote && users.includes('all') && dbs.includes('all'))
            find('hba-all-all', `${line} matches every database and every role.`);
    }
}

;// CONCATENATED MODULE: ./src/security/checks/privileges.ts
/**
 * Privileges: who is (or can become) a superuser, what PUBLIC may do, SECURITY DEFINER functions,
 * row-level security, object ownership and the limits every application role should carry.
 */


const PRIVILEGES = defineChecks('privileges', {
    'superuser-roles': {
        title: 'A role outside the allowlist is a superuser',
        severity: 'high',
        applies: 'self-hosted',
        rationale: 'A superuser bypasses every permission check and can run programs on the server; keep it to the one administrative role.',
        remediation: 'ALTER ROLE admin_bob NOSUPERUSER;\n# or allow it on purpose (pgci.yml): security: { allow: { superusers: [admin_bob] } }',
    },
    'elevated-attributes': {
        title: 'A role holds CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS',
        severity: 'medium',
        applies: 'both',
        rationale: 'CREATEROLE can grant itself most privileges, REPLICATION reads every row through a replication slot, BYPASSRLS ignores row-level security; give them only to administrative roles.',
        remediation: 'ALTER ROLE app NOCREATEROLE NOCREATEDB NOREPLICATION NOBYPASSRLS;',
    },
    'membership-superuser': {
        title: 'A role can become a superuser through role membership',
        severity: 'high',
        applies: 'both',
        rationale: 'Membership (direct or through a chain of roles) in a superuser role lets a role SET ROLE to it. On Cloud SQL, membership in cloudsqlsuperuser outside the allowlist is reported as medium.',
        remediation: 'REVOKE admin FROM app;',
    },
    'membership-predefined': {
        title: 'A role is a member of a powerful predefined role',
        severity: 'high',
        applies: 'both',
        rationale: 'pg_write_all_data, pg_execute_server_program and pg_read/write_server_files reach all data or the server itself; pg_read_all_data reads every table (medium).',
        remediation: 'REVOKE pg_write_all_data FROM app;',
    },
    'public-schema-create': {
        title: 'Every role may create objects in a schema',
        severity: 'high',
        applies: 'both',
        rationale: 'CREATE for PUBLIC on a schema lets any role plant functions or tables that shadow others on the search_path (CVE-2018-1058); PostgreSQL 15 revoked it from public by default.',
        remediation: 'REVOKE CREATE ON SCHEMA public FROM PUBLIC;',
    },
    'public-object-grants': {
        title: 'PUBLIC has privileges on a table, view or sequence',
        severity: 'medium',
        applies: 'both',
        rationale: 'A grant to PUBLIC reaches every present and future role. Write privileges (INSERT, UPDATE, DELETE, TRUNCATE) for PUBLIC are high.',
        remediation: 'REVOKE ALL ON TABLE public.accounts FROM PUBLIC;',
    },
    'default-privileges-public': {
        title: 'Default privileges grant future objects to PUBLIC',
        severity: 'medium',
        applies: 'both',
        rationale: 'ALTER DEFAULT PRIVILEGES … TO PUBLIC makes every future table or sequence readable (or writable) by every role.',
        remediation: 'ALTER DEFAULT PRIVILEGES FOR ROLE owner IN SCHEMA public REVOKE ALL ON TABLES FROM PUBLIC;',
    },
    'grant-option': {
        title: 'A privilege was granted WITH GRANT OPTION',
        severity: 'low',
        applies: 'both',
        rationale: 'WITH GRANT OPTION lets the grantee pass the privilege on, so access spreads outside your grants.',
        remediation: 'REVOKE GRANT OPTION FOR SELECT ON public.accounts FROM analyst;',
    },
    'security-definer-search-path': {
        title: 'A SECURITY DEFINER function has no pinned search_path',
        severity: 'medium',
        applies: 'both',
        rationale: 'A SECURITY DEFINER function runs with its owner’s rights; without SET search_path, a caller can put its own objects earlier on the path and have them run with those rights.',
        remediation: 'ALTER FUNCTION public.f(integer) SET search_path = pg_catalog, pg_temp;',
    },
    'security-definer-public': {
        title: 'PUBLIC can execute a SECURITY DEFINER function without a pinned search_path',
        severity: 'high',
        applies: 'both',
        rationale: 'The same search_path hijack, open to every role because EXECUTE was never revoked from PUBLIC.',
        remediation: 'ALTER FUNCTION public.f(integer) SET search_path = pg_catalog, pg_temp;\nREVOKE EXECUTE ON FUNCTION public.f(integer) FROM PUBLIC;',
    },
    'untrusted-language': {
        title: 'An untrusted procedural language is installed',
        severity: 'medium',
        applies: 'self-hosted',
        rationale: 'plpython3u, plperlu and other untrusted languages run code as the server’s OS user; whoever can create functions in them owns the host.',
        remediation: 'DROP EXTENSION plpython3u;',
    },
    'login-role-owns-objects': {
        title: 'An application login role owns database objects',
        severity: 'medium',
        applies: 'both',
        rationale: 'The owner may ALTER, DROP and re-GRANT its objects; an application that logs in as the owner turns any SQL injection into schema changes. Let a NOLOGIN role own them.',
        remediation: 'REASSIGN OWNED BY app TO app_owner; -- app_owner NOLOGIN',
    },
    'policies-without-rls': {
        title: 'A table has row-level security policies but RLS is off',
        severity: 'high',
        applies: 'both',
        rationale: 'Policies do nothing until ROW LEVEL SECURITY is enabled on the table: every row is visible although policies say otherwise.',
        remediation: 'ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;',
    },
    'unlimited-connection-limit': {
        title: 'A login role has no connection limit',
        severity: 'low',
        applies: 'both',
        rationale: 'A runaway or compromised client of one role can take every connection slot and lock everyone else out.',
        remediation: 'ALTER ROLE app CONNECTION LIMIT 50;',
    },
    'statement-timeout-off': {
        title: 'An application role runs without a statement timeout',
        severity: 'low',
        applies: 'both',
        rationale: 'Without statement_timeout a single runaway query can hold locks and connections indefinitely.',
        remediation: "ALTER ROLE app SET statement_timeout = '30s';",
    },
    'idle-in-transaction-timeout-off': {
        title: 'An application role has no idle-in-transaction timeout',
        severity: 'medium',
        applies: 'both',
        rationale: 'A session left idle inside a transaction keeps its locks and blocks vacuum until someone kills it.',
        remediation: "ALTER ROLE app SET idle_in_transaction_session_timeout = '60s';",
    },
});
const DANGEROUS = {
    pg_write_all_data: 'high',
    pg_execute_server_program: 'high',
    pg_read_server_files: 'high',
    pg_write_server_files: 'high',
    pg_read_all_data: 'medium',
};
const WRITE = /INSERT|UPDATE|DELETE|TRUNCATE/;
const RELKIND = {
    r: 'table',
    p: 'table',
    v: 'view',
    m: 'view',
    S: 'sequence',
    f: 'table',
};
const OBJTYPE = {
    r: 'tables',
    S: 'sequences',
    f: 'functions',
    T: 'types',
    n: 'schemas',
};
function checkPrivileges(ctx, emit) {
    const server = (0,context/* needServer */.gK)(ctx, emit, PRIVILEGES.ids);
    if (!server)
        return;
    const role = (name) => ({ object: `role:${name}`, configPath: (0,context/* rolePath */.ks)(ctx, name) });
    for (const r of server.roles) {
        if ((0,context/* isPlatformRole */.q5)(r.name))
            continue;
        if (r.superuser && !ctx.allowSuperusers.has(r.name))
            emit.find({
                id: 'superuser-roles',
                ...role(r.name),
                message: `Role ${r.name} is a superuser.`,
            });
        const attrs = [
            r.createrole && 'CREATEROLE',
            r.createdb && 'CREATEDB',
            r.replication && 'REPLICATION',
            r.bypassrls && 'BYPASSRLS',
        ].filter(Boolean);
        if (!r.superuser && attrs.length && !ctx.allowElevated.has(r.name))
            emit.find({
                id: 'elevated-attributes',
                ...role(r.name),
                message: `Role ${r.name} has ${attrs.join(', ')}.`,
            });
    }
    const byName = new Map(server.roles.map((r) => [r.name, r]));
    for (const m of (0,context/* rowsOf */.RO)(server.reach, emit, ['membership-superuser', 'membership-predefined']) ??
        []) {
        if ((0,context/* isPlatformRole */.q5)(m.member) || byName.get(m.member)?.superuser)
            continue;
        if (m.target_super) {
            if (!ctx.allowSuperusers.has(m.member))
                emit.find({
                    id: 'membership-superuser',
                    ...role(m.member),
                    message: `Role ${m.member} is a member of superuser ${m.target} (directly or through other roles).`,
                });
        }
        else if (m.target === 'cloudsqlsuperuser') {
            if (!ctx.allowElevated.has(m.member) && !ctx.allowSuperusers.has(m.member))
                emit.find({
                    id: 'membership-superuser',
                    ...role(m.member),
                    severity: 'medium',
                    message: `Role ${m.member} is a member of cloudsqlsuperuser (directly or through other roles).`,
                });
        }
        else if (DANGEROUS[m.target]) {
            emit.find({
                id: 'membership-predefined',
                object: `role:${m.member}->${m.target}`,
                configPath: (0,context/* rolePath */.ks)(ctx, m.member),
                severity: DANGEROUS[m.target],
                message: `Role ${m.member} is a member of ${m.target} (directly or through other roles).`,
            });
        }
    }
    for (const s of (0,context/* rowsOf */.RO)(server.schemaPublic, emit, ['public-schema-create']) ?? [])
        emit.find({
            id: 'public-schema-create',
            object: `schema:${s.name}`,
            message: `PUBLIC may create objects in schema ${s.name}.`,
        });
    for (const o of (0,context/* rowsOf */.RO)(server.objectPublic, emit, ['public-object-grants']) ?? []) {
        const kind = RELKIND[o.kind] ?? 'table';
        emit.find({
            id: 'public-object-grants',
            object: `${kind}:${o.name}`,
            severity: WRITE.test(o.privileges) ? 'high' : undefined,
            message: `PUBLIC has ${o.privileges.replace(/,/g, ', ')} on ${kind} ${o.name}.`,
        });
    }
    for (const d of (0,context/* rowsOf */.RO)(server.defaultAclPublic, emit, ['default-privileges-public']) ?? [])
        emit.find({
            id: 'default-privileges-public',
            object: `default-privileges:${d.owner}/${d.schema ?? '*'}/${OBJTYPE[d.objtype] ?? d.objtype}`,
            message: `Future ${OBJTYPE[d.objtype] ?? d.objtype} created by ${d.owner}${d.schema ? ` in schema ${d.schema}` : ''} get ${d.privileges.replace(/,/g, ', ')} for PUBLIC.`,
        });
    for (const g of (0,context/* rowsOf */.RO)(server.grantOptions, emit, ['grant-option']) ?? [])
        emit.find({
            id: 'grant-option',
            object: `${g.kind}:${g.name}->${g.grantee}`,
            message: `${g.grantee} holds ${g.privileges.replace(/,/g, ', ')} on ${g.kind} ${g.name} WITH GRANT OPTION.`,
        });
    for (const f of (0,context/* rowsOf */.RO)(server.secdef, emit, [
        'security-definer-search-path',
        'security-definer-public',
    ]) ?? []) {
        if (f.pinned)
            continue;
        emit.find({
            id: f.public_execute ? 'security-definer-public' : 'security-definer-search-path',
            object: `function:${f.signature}`,
            message: `SECURITY DEFINER function ${f.signature} (owner ${f.owner}) has no SET search_path${f.public_execute ? ' and PUBLIC can execute it' : ''}.`,
        });
    }
    for (const l of (0,context/* rowsOf */.RO)(server.untrustedLanguages, emit, ['untrusted-language']) ?? [])
        emit.find({
            id: 'untrusted-language',
            object: `language:${l.name}`,
            message: `Untrusted language ${l.name} is installed in database ${server.database}.`,
        });
    for (const o of (0,context/* rowsOf */.RO)(server.ownedByLogin, emit, ['login-role-owns-objects']) ?? [])
        emit.find({
            id: 'login-role-owns-objects',
            ...role(o.role),
            message: `Login role ${o.role} owns ${o.objects} object${o.objects === 1 ? '' : 's'} in database ${server.database} (e.g. ${o.sample}).`,
        });
    for (const t of (0,context/* rowsOf */.RO)(server.rlsOff, emit, ['policies-without-rls']) ?? [])
        emit.find({
            id: 'policies-without-rls',
            object: `table:${t.name}`,
            message: `Table ${t.name} has ${t.policies} polic${t.policies === 1 ? 'y' : 'ies'} but row-level security is disabled.`,
        });
    checkLimits(ctx, server, emit);
}
/** Application roles: login, not superuser, not the platform's. */
function appRoles(server) {
    return server.roles.filter((r) => r.login && !r.superuser && !(0,context/* isPlatformRole */.q5)(r.name));
}
/** A role's effective value of a setting in the scanned database (role+db > role > db > server). */
function effectiveSetting(server, overrides, role, name, global) {
    const pick = (pred) => {
        for (const o of overrides.filter(pred))
            for (const c of o.config) {
                const eq = c.indexOf('=');
                if (c.slice(0, eq) === name)
                    return c.slice(eq + 1);
            }
        return undefined;
    };
    return (pick((o) => o.role === role && o.database === server.database) ??
        pick((o) => o.role === role && o.database === null) ??
        pick((o) => o.role === null && o.database === server.database) ??
        global);
}
const isZero = (v) => v === undefined || /^0+\s*(ms|s|min)?$/i.test(v.trim());
function checkLimits(ctx, server, emit) {
    const apps = appRoles(server);
    for (const r of apps)
        if (r.connlimit < 0)
            emit.find({
                id: 'unlimited-connection-limit',
                object: `role:${r.name}`,
                configPath: (0,context/* rolePath */.ks)(ctx, r.name),
                message: `Login role ${r.name} has no CONNECTION LIMIT.`,
            });
    const overrides = (0,context/* rowsOf */.RO)(server.roleSettings, emit, [
        'statement-timeout-off',
        'idle-in-transaction-timeout-off',
    ]);
    if (!overrides)
        return;
    for (const [id, name] of [
        ['statement-timeout-off', 'statement_timeout'],
        ['idle-in-transaction-timeout-off', 'idle_in_transaction_session_timeout'],
    ]) {
        const global = (0,context/* readSetting */.LA)(ctx, emit, id, name);
        if (global === undefined)
            continue;
        for (const r of apps) {
            const v = effectiveSetting(server, overrides, r.name, name, global);
            if (isZero(v))
                emit.find({
                    id,
                    object: `role:${r.name}`,
                    configPath: (0,context/* rolePath */.ks)(ctx, r.name),
                    message: `Role ${r.name} runs with ${name} = 0 in database ${server.database}.`,
                });
        }
    }
}

;// CONCATENATED MODULE: ./src/security/checks/tls.ts
/** TLS and network: whether the server encrypts, how well, where it listens, who connects in clear. */


const TLS = defineChecks('tls', {
    'ssl-enabled': {
        title: 'The server does not offer TLS',
        severity: 'high',
        applies: 'both',
        rationale: 'With ssl off every connection, credentials included, crosses the network unencrypted.',
        remediation: 'ALTER SYSTEM SET ssl = on; -- with ssl_cert_file and ssl_key_file in place\nSELECT pg_reload_conf();',
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
        rationale: 'NULL, EXPORT, RC4, single DES and MD5 cipher suites give no real protection; ALL without !aNULL allows unauthenticated key exchange.',
        remediation: "ALTER SYSTEM SET ssl_ciphers = 'HIGH:!aNULL:!MD5:!3DES'; SELECT pg_reload_conf();",
    },
    'listen-addresses': {
        title: 'The server listens on every interface',
        severity: 'low',
        applies: 'self-hosted',
        rationale: "listen_addresses = '*' exposes the port on every network the host is on; pg_hba and the firewall are then the only barrier.",
        remediation: "ALTER SYSTEM SET listen_addresses = 'localhost,10.0.0.5'; -- restart",
    },
    'sessions-without-tls': {
        title: 'Live sessions are connected without TLS',
        severity: 'high',
        applies: 'both',
        rationale: 'A session without TLS (pg_stat_ssl.ssl = false) sends its queries and results in clear; remote ones are high, loopback ones low.',
        remediation: '-- make clients use sslmode=verify-full, then refuse plain TCP:\n-- pg_hba.conf: hostssl ... (self-hosted); Cloud SQL: sslMode ENCRYPTED_ONLY',
    },
});
const WEAK_CIPHER = /(^|:)(?!!|-)\+?(NULL|eNULL|EXPORT|EXP|RC4|DES|MD5|aNULL)(:|$)/i;
const tls_LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;
function checkTls(ctx, emit) {
    const ssl = (0,context/* readSetting */.LA)(ctx, emit, 'ssl-enabled', 'ssl');
    if (ssl !== undefined && !(0,context/* isOn */.Mp)(ssl))
        emit.find({
            id: 'ssl-enabled',
            object: 'setting:ssl',
            message: 'ssl is off.',
            configPath: (0,context/* settingPath */.ct)(ctx, 'ssl'),
        });
    const min = (0,context/* readSetting */.LA)(ctx, emit, 'ssl-min-protocol', 'ssl_min_protocol_version');
    if (min !== undefined && /^TLSv1(\.[01])?$/i.test(min.trim()))
        emit.find({
            id: 'ssl-min-protocol',
            object: 'setting:ssl_min_protocol_version',
            message: `ssl_min_protocol_version is ${min}.`,
            configPath: (0,context/* settingPath */.ct)(ctx, 'ssl_min_protocol_version'),
        });
    const ciphers = (0,context/* readSetting */.LA)(ctx, emit, 'ssl-ciphers', 'ssl_ciphers');
    if (ciphers !== undefined) {
        const allWithoutANull = /(^|:)ALL(:|$)/i.test(ciphers) && !/!aNULL/i.test(ciphers);
        if (WEAK_CIPHER.test(ciphers) || allWithoutANull)
            emit.find({
                id: 'ssl-ciphers',
                object: 'setting:ssl_ciphers',
                message: `ssl_ciphers is '${ciphers}'.`,
            });
    }
    const listen = (0,context/* readSetting */.LA)(ctx, emit, 'listen-addresses', 'listen_addresses');
    if (listen !== undefined &&
        listen.split(',').some((a) => ['*', '0.0.0.0', '::'].includes(a.trim())))
        emit.find({
            id: 'listen-addresses',
            object: 'setting:listen_addresses',
            message: `listen_addresses is '${listen}'.`,
        });
    const server = (0,context/* needServer */.gK)(ctx, emit, ['sessions-without-tls']);
    if (!server)
        return;
    if (!server.readAllStats) {
        emit.skip('sessions-without-tls', `other roles' sessions are hidden from ${server.user}; grant it pg_monitor (or pg_read_all_stats)`);
        return;
    }
    const sessions = (0,context/* rowsOf */.RO)(server.sessions, emit, ['sessions-without-tls']);
    for (const s of sessions ?? []) {
        if (s.ssl || !s.client_addr)
            continue;
        const local = tls_LOOPBACK.test(s.client_addr);
        emit.find({
            id: 'sessions-without-tls',
            object: `session:${s.usename ?? '?'}@${s.client_addr}`,
            message: `Session ${s.pid} of ${s.usename ?? '?'} from ${s.client_addr}${s.application_name ? ` (${s.application_name})` : ''} is not using TLS.`,
            severity: local ? 'low' : 'high',
        });
    }
}

;// CONCATENATED MODULE: ./src/security/catalog.ts
/**
 * The check catalogue: every family's definitions and its run function, in report order.
 * docs/security.md's per-check part is generated from here (npm run generate).
 */









const FAMILIES = [
    { family: 'logging', title: 'Logging and audit', defs: LOGGING.defs, run: checkLogging },
    {
        family: 'authentication',
        title: 'Authentication',
        defs: AUTHENTICATION.defs,
        run: checkAuthentication,
    },
    { family: 'pg_hba', title: 'pg_hba rules', defs: PG_HBA.defs, run: checkHba },
    { family: 'tls', title: 'TLS and network', defs: TLS.defs, run: checkTls },
    { family: 'privileges', title: 'Privileges', defs: PRIVILEGES.defs, run: checkPrivileges },
    {
        family: 'overrides',
        title: 'Role and database setting overrides',
        defs: OVERRIDES.defs,
        run: checkOverrides,
    },
    {
        family: 'extensions',
        title: 'Extensions and versions',
        defs: EXTENSIONS.defs,
        run: checkExtensions,
    },
    {
        family: 'cloudsql-instance',
        title: 'Cloud SQL instance',
        defs: CLOUDSQL.defs,
        run: checkCloudSqlInstances,
    },
    { family: 'config', title: 'The config file', defs: CONFIG.defs, run: checkConfigFile },
];
const CHECKS = new Map(FAMILIES.flatMap((f) => f.defs).map((d) => [d.id, d]));


/***/ }),

/***/ 38817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ serverSettings),
/* harmony export */   LA: () => (/* binding */ readSetting),
/* harmony export */   Mp: () => (/* binding */ isOn),
/* harmony export */   RO: () => (/* binding */ rowsOf),
/* harmony export */   c3: () => (/* binding */ listOf),
/* harmony export */   ct: () => (/* binding */ settingPath),
/* harmony export */   gK: () => (/* binding */ needServer),
/* harmony export */   ks: () => (/* binding */ rolePath),
/* harmony export */   q5: () => (/* binding */ isPlatformRole),
/* harmony export */   w0: () => (/* binding */ flagSettings)
/* harmony export */ });
/**
 * PostgreSQL's (and Cloud SQL's) defaults for the settings the checks read, used when the value
 * comes from an instance's flags or the config, where an unset flag means the default.
 */
const DEFAULTS = {
    log_connections: 'off',
    log_disconnections: 'off',
    log_statement: 'none',
    log_min_messages: 'warning',
    log_min_error_statement: 'error',
    log_error_verbosity: 'default',
    log_min_duration_statement: '-1',
    log_hostname: 'off',
    debug_print_parse: 'off',
    debug_print_rewritten: 'off',
    debug_print_plan: 'off',
    password_encryption: 'scram-sha-256',
    ssl: 'on',
    ssl_min_protocol_version: 'TLSv1.2',
    'cloudsql.enable_pgaudit': 'off',
    'cloudsql.iam_authentication': 'off',
    shared_preload_libraries: '',
    statement_timeout: '0',
    idle_in_transaction_session_timeout: '0',
};
function serverSettings(server) {
    return {
        kind: 'server',
        get(name) {
            const row = server.settings.get(name);
            if (row)
                return { value: row.setting };
            return {
                reason: server.readAllSettings
                    ? `${name} is not a setting on this server`
                    : `${name} is not visible to role ${server.user}; grant it pg_read_all_settings`,
            };
        },
    };
}
/** Flags of an instance (api) or the config's parameters: unset means the default. */
function flagSettings(kind, flags) {
    return {
        kind,
        get(name) {
            const v = flags.get(name) ?? DEFAULTS[name];
            if (v !== undefined)
                return { value: normalizeFlag(v) };
            return { reason: `${name} is not known from the ${kind} (only from a live server)` };
        },
    };
}
/** Config values are written `on`, `true`, `200ms`; PostgreSQL shows booleans as on/off. */
function normalizeFlag(v) {
    const lower = v.trim().toLowerCase();
    if (['true', 'yes', '1'].includes(lower))
        return 'on';
    if (['false', 'no', '0'].includes(lower) && lower !== '0')
        return 'off';
    return v.trim();
}
/** A setting's value, or a skip of `id` with the reason it cannot be read. */
function readSetting(ctx, emit, id, name) {
    if (!ctx.settings) {
        emit.skip(id, 'no settings to read: give --database-url, --instance-json or --config');
        return undefined;
    }
    const r = ctx.settings.get(name);
    if ('reason' in r) {
        emit.skip(id, r.reason);
        return undefined;
    }
    return r.value;
}
/** Where a setting lives in the config (`parameters.<name>`), for locating its finding. */
function settingPath(ctx, name) {
    const key = Object.keys(ctx.config?.parameters ?? {}).find((k) => k.toLowerCase() === name);
    return key ? ['parameters', key] : undefined;
}
/** Where a role is declared in the config (`roles[i]`). */
function rolePath(ctx, role) {
    const i = (ctx.config?.roles ?? []).findIndex((r) => r.name === role);
    return i >= 0 ? ['roles', i] : undefined;
}
/** The live server, or a skip of every given id explaining that one is needed. */
function needServer(ctx, emit, ids) {
    if (!ctx.server)
        for (const id of ids)
            emit.skip(id, 'needs a live server: give --database-url');
    return ctx.server;
}
/** The rows of a read, or a skip of every given id with the reason it failed. */
function rowsOf(read, emit, ids) {
    if (read.ok)
        return read.rows;
    for (const id of ids)
        emit.skip(id, read.reason);
    return undefined;
}
const isOn = (v) => v !== undefined && ['on', 'true', 'yes', '1'].includes(v.trim().toLowerCase());
/** Comma-separated list settings (shared_preload_libraries, pgaudit.log), lower-cased. */
const listOf = (v) => (v ?? '')
    .split(',')
    .map((s) => s.trim().replace(/^"|"$/g, '').toLowerCase())
    .filter(Boolean);
/** Roles pgci treats as the platform's own (Cloud SQL's service roles). */
const isPlatformRole = (name) => /^cloudsql/.test(name);


/***/ }),

/***/ 1038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ scanJson),
/* harmony export */   Ff: () => (/* binding */ scanText),
/* harmony export */   MG: () => (/* binding */ scanReport)
/* harmony export */ });
/* unused harmony export summaryLine */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);
/* harmony import */ var _sarif_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31591);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43199);
/** The scan as a Report (status, summary, markdown, annotations) and as the JSON contract. */



/** Rows in the markdown table: a job summary or PR comment must stay readable (and under 1 MiB). */
const MAX_ROWS = 200;
/** `--format json`: the contract in the issue, plus what the scan could not read. */
function scanJson(result) {
    return {
        findings: result.findings.map((f) => ({
            id: f.id,
            severity: f.severity,
            title: f.title,
            object: f.object,
            message: f.message,
            references: f.references.map(_sarif_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceText */ .n5),
            remediation: f.remediation,
            fingerprint: f.fingerprint,
            ...(f.location ? { location: f.location } : {}),
        })),
        skipped: result.skipped,
        summary: result.summary,
        suppressed: result.suppressed.map((s) => ({
            id: s.id,
            object: s.object,
            fingerprint: s.fingerprint,
            reason: s.reason,
            expires: s.expires,
        })),
        warnings: result.warnings,
        profile: result.profile,
        targets: result.targets,
        checks: result.checks,
        failOn: result.failOn,
        failed: result.failed,
    };
}
function summaryLine(result) {
    const counts = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.map((s) => `${result.summary[s]} ${s}`).join(', ');
    return `${result.findings.length ? counts : 'no findings'}; ${result.checks.passed} passed, ${result.checks.skipped} skipped, ${result.suppressed.length} suppressed (profile ${result.profile}, fail on ${result.failOn})`;
}
function scanReport(result) {
    const status = result.failed
        ? 'fail'
        : result.findings.length || result.warnings.length
            ? 'warn'
            : 'pass';
    const details = [
        ...result.warnings.map((w) => `> ⚠️ ${w}`),
        result.warnings.length ? '' : undefined,
        result.findings.length
            ? [
                '| severity | check | object | finding |',
                '| --- | --- | --- | --- |',
                ...result.findings
                    .slice(0, MAX_ROWS)
                    .map((f) => `| ${f.severity} | \`${f.id}\` | \`${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(f.object)}\` | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(f.message)} |`),
                ...(result.findings.length > MAX_ROWS
                    ? [
                        `\n… and ${result.findings.length - MAX_ROWS} more findings (all of them are in the JSON and SARIF output).`,
                    ]
                    : []),
            ].join('\n')
            : 'No findings.',
        '',
        result.skipped.length
            ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .collapsible */ .r0)(`${result.skipped.length} checks skipped`, [
                '| check | why |',
                '| --- | --- |',
                ...result.skipped.map((s) => `| \`${s.id}\` | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(s.reason)} |`),
            ].join('\n'))
            : '',
        result.suppressed.length
            ? '\n' +
                (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .collapsible */ .r0)(`${result.suppressed.length} findings suppressed`, [
                    '| check | object | reason | expires |',
                    '| --- | --- | --- | --- |',
                    ...result.suppressed.map((s) => `| \`${s.id}\` | \`${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(s.object)}\` | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(s.reason)} | ${s.expires} |`),
                ].join('\n'))
            : '',
    ]
        .filter((l) => l !== undefined)
        .join('\n');
    return {
        check: 'security-scan',
        title: 'Security scan',
        status,
        summary: summaryLine(result),
        details,
        annotations: result.findings.filter((f) => f.location).map(toAnnotation),
        data: scanJson(result),
    };
}
function toAnnotation(f) {
    return {
        level: f.severity === 'critical' || f.severity === 'high'
            ? 'failure'
            : f.severity === 'medium'
                ? 'warning'
                : 'notice',
        file: f.location.file,
        line: f.location.line,
        column: f.location.column,
        title: `${f.id} (${f.severity})`,
        message: `${f.message} [${f.object}]`,
    };
}
/** Terminal text: one line per finding, the skipped checks, the warnings. */
function scanText(result) {
    const lines = [];
    for (const w of result.warnings)
        lines.push(`warning: ${w}`);
    for (const f of result.findings) {
        const where = f.location ? `${f.location.file}:${f.location.line}: ` : '';
        lines.push(`${f.severity.toUpperCase().padEnd(8)} ${f.id}  ${f.object}\n         ${where}${f.message}`);
    }
    if (result.skipped.length) {
        lines.push('', `skipped (${result.skipped.length}):`);
        for (const s of result.skipped)
            lines.push(`  ${s.id}: ${s.reason}`);
    }
    if (result.suppressed.length) {
        lines.push('', `suppressed (${result.suppressed.length}):`);
        for (const s of result.suppressed)
            lines.push(`  ${s.id} ${s.object}: ${s.reason} (until ${s.expires})`);
    }
    lines.push('', `${result.failed ? '✖' : '✔'} security scan: ${summaryLine(result)}`);
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 31591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n5: () => (/* binding */ referenceText),
/* harmony export */   zv: () => (/* binding */ toSarif)
/* harmony export */ });
/* unused harmony export DOCS_URL */
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84603);

/** GitHub maps security-severity to critical (≥ 9), high (7–8.9), medium (4–6.9), low. */
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
};
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
};
const DOCS_URL = 'https://github.com/pgci/pgci/blob/main/docs/security.md';
function referenceText(r) {
    const label = {
        'cis-gcp': 'CIS GCP',
        'cis-postgresql': 'CIS PostgreSQL',
        checkov: 'Checkov',
        prowler: 'Prowler',
    }[r.kind];
    return `${label} ${r.id}`;
}
function rule(def) {
    const refs = def.references.map(referenceText);
    return {
        id: def.id,
        name: def.id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c) => c.toUpperCase()),
        shortDescription: { text: def.title },
        fullDescription: { text: def.rationale },
        helpUri: `${DOCS_URL}#${def.id}`,
        help: {
            text: `${def.rationale}\n\nFix:\n${def.remediation}${refs.length ? `\n\nReferences: ${refs.join(', ')}` : ''}`,
            markdown: `${def.rationale}\n\n**Fix**\n\n\`\`\`\n${def.remediation}\n\`\`\`${refs.length ? `\n\n**References:** ${refs.join(', ')}` : ''}`,
        },
        defaultConfiguration: { level: LEVEL[def.severity] },
        properties: {
            'security-severity': SECURITY_SEVERITY[def.severity],
            tags: ['security', 'postgresql', def.family, def.applies],
            precision: 'high',
            'problem.severity': LEVEL[def.severity] === 'note' ? 'recommendation' : LEVEL[def.severity],
        },
    };
}
function toSarif(result, version, configFile = 'database/pgci.yml') {
    const defs = [..._catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECKS */ .u.values()];
    const index = new Map(defs.map((d, i) => [d.id, i]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'pgci security-scan',
                        informationUri: DOCS_URL,
                        semanticVersion: version,
                        version,
                        rules: defs.map(rule),
                    },
                },
                automationDetails: { id: `pgci/security-scan/${result.profile}/` },
                results: result.findings.map((f) => ({
                    ruleId: f.id,
                    ruleIndex: index.get(f.id),
                    level: LEVEL[f.severity],
                    message: { text: `${f.message} (${f.object})` },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: (f.location?.file ?? configFile).replace(/^\.\//, '') },
                                region: { startLine: f.location?.line ?? 1, startColumn: f.location?.column ?? 1 },
                            },
                            logicalLocations: [{ fullyQualifiedName: f.object, kind: f.object.split(':')[0] }],
                        },
                    ],
                    partialFingerprints: { 'pgciFinding/v1': f.fingerprint },
                    properties: { 'security-severity': SECURITY_SEVERITY[f.severity], object: f.object },
                })),
            },
        ],
    };
}


/***/ }),

/***/ 85514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nt: () => (/* binding */ runSecurityScan)
});

// UNUSED EXPORTS: evaluate, fingerprint, gatherInputs, settle

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(46409);
// EXTERNAL MODULE: ./src/config/validate.ts + 8 modules
var validate = __webpack_require__(67169);
// EXTERNAL MODULE: ./src/postgres/connect.ts
var connect = __webpack_require__(36741);
// EXTERNAL MODULE: ./src/security/catalog.ts + 10 modules
var catalog = __webpack_require__(84603);
// EXTERNAL MODULE: ./src/security/context.ts
var context = __webpack_require__(38817);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/security/instance.ts
/**
 * One shape for a Cloud SQL instance, whether it comes from the Admin API (a v1
 * `DatabaseInstance`, as `gcloud sql instances describe --format=json` or the API client returns
 * it) or from the config's `instance` section. Each fact keeps the config path it comes from, so
 * a finding on the config points at its line.
 */


/** Over REST the client libraries wrap scalars as {value} and send int64 as strings. */
function unwrap(v) {
    if (v && typeof v === 'object' && !Array.isArray(v) && 'value' in v) {
        return v.value;
    }
    return v;
}
const bool = (v) => {
    const u = unwrap(v);
    return typeof u === 'boolean' ? u : u === 'true' ? true : u === 'false' ? false : undefined;
};
const num = (v) => {
    const u = unwrap(v);
    const n = typeof u === 'number' ? u : typeof u === 'string' && u !== '' ? Number(u) : NaN;
    return Number.isFinite(n) ? n : undefined;
};
const str = (v) => {
    const u = unwrap(v);
    return typeof u === 'string' ? u : undefined;
};
const obj = (v) => (v && typeof v === 'object' ? v : {});
/** A v1 DatabaseInstance (plain object, e.g. parsed JSON) → facts. */
function instanceFromApi(instance) {
    const i = obj(instance);
    const settings = obj(i.settings);
    const ip = obj(settings.ipConfiguration);
    const backup = obj(settings.backupConfiguration);
    const retention = obj(backup.backupRetentionSettings);
    const flags = new Map();
    for (const f of Array.isArray(settings.databaseFlags) ? settings.databaseFlags : []) {
        const name = str(obj(f).name);
        if (name)
            flags.set(name.toLowerCase(), String(str(obj(f).value) ?? ''));
    }
    const requireSsl = bool(ip.requireSsl);
    const sslMode = str(ip.sslMode) ??
        (requireSsl === true
            ? 'ENCRYPTED_ONLY'
            : requireSsl === false
                ? 'ALLOW_UNENCRYPTED_AND_ENCRYPTED'
                : undefined);
    const policy = obj(settings.passwordValidationPolicy);
    return {
        source: 'api',
        name: str(i.name) ?? '(unnamed)',
        databaseVersion: str(i.databaseVersion),
        sslMode: sslMode === 'SSL_MODE_UNSPECIFIED' ? undefined : sslMode,
        publicIp: bool(ip.ipv4Enabled) ?? true,
        privateNetwork: str(ip.privateNetwork),
        authorizedNetworks: (Array.isArray(ip.authorizedNetworks) ? ip.authorizedNetworks : []).map((n) => ({
            name: str(obj(n).name),
            cidr: str(obj(n).value) ?? '',
            expires: str(obj(n).expirationTime),
        })),
        connectorEnforcement: str(settings.connectorEnforcement),
        backupsEnabled: bool(backup.enabled),
        pitr: bool(backup.pointInTimeRecoveryEnabled),
        retainedBackups: num(retention.retainedBackups),
        deletionProtection: bool(settings.deletionProtectionEnabled),
        availability: str(settings.availabilityType),
        kmsKeyName: str(obj(i.diskEncryptionConfiguration).kmsKeyName) ?? '',
        flags,
        passwordPolicyEnabled: bool(policy.enablePasswordPolicy),
        paths: {},
    };
}
/** The config's `instance` section (and its `parameters`, which become flags) → facts. */
function instanceFromConfig(config) {
    const inst = config.instance;
    if (!inst)
        return undefined;
    const network = inst.network ?? {};
    const flags = new Map();
    for (const [k, v] of Object.entries(config.parameters ?? {}))
        flags.set(k.toLowerCase(), String(v));
    // The deepest part of the path the config has: an absent key points at its parent.
    const at = (...p) => {
        const path = ['instance'];
        let node = inst;
        for (const part of p) {
            node = node?.[part];
            if (node === undefined)
                break;
            path.push(part);
        }
        return path;
    };
    return {
        source: 'config',
        name: inst.name,
        databaseVersion: inst.databaseVersion,
        sslMode: network.sslMode,
        publicIp: network.publicIp ?? !network.privateNetwork,
        privateNetwork: network.privateNetwork,
        authorizedNetworks: (network.authorizedNetworks ?? []).map((n, i) => ({
            name: n.name,
            cidr: n.cidr,
            expires: n.expires,
            path: at('network', 'authorizedNetworks', i),
        })),
        connectorEnforcement: network.connectorEnforcement,
        backupsEnabled: inst.backups?.enabled ?? (inst.backups ? true : undefined),
        pitr: inst.backups?.pointInTimeRecovery,
        retainedBackups: inst.backups?.retainedBackups,
        deletionProtection: inst.deletionProtection,
        availability: inst.availability === 'regional'
            ? 'REGIONAL'
            : inst.availability === 'zonal'
                ? 'ZONAL'
                : undefined,
        kmsKeyName: undefined,
        flags,
        passwordPolicyEnabled: inst.passwordPolicy?.enabled,
        paths: {
            instance: at(),
            databaseVersion: at('databaseVersion'),
            sslMode: network.sslMode ? at('network', 'sslMode') : at('network'),
            publicIp: network.publicIp !== undefined ? at('network', 'publicIp') : at('network'),
            connectorEnforcement: network.connectorEnforcement
                ? at('network', 'connectorEnforcement')
                : at('network'),
            backups: inst.backups?.enabled !== undefined ? at('backups', 'enabled') : at('backups'),
            pitr: inst.backups?.pointInTimeRecovery !== undefined
                ? at('backups', 'pointInTimeRecovery')
                : at('backups'),
            retainedBackups: inst.backups?.retainedBackups !== undefined
                ? at('backups', 'retainedBackups')
                : at('backups'),
            deletionProtection: at('deletionProtection'),
            availability: at('availability'),
            passwordPolicy: inst.passwordPolicy ? at('passwordPolicy') : at(),
            parameters: ['parameters'],
        },
    };
}
/** Reads `--instance-json`: a DatabaseInstance object (or a one-element list of them). */
async function loadInstanceJson(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new load/* InputError */.dz(`${file}: cannot read the instance JSON: ${code === 'ENOENT' ? 'no such file; write it with `gcloud sql instances describe INSTANCE --format=json > ' + file + '`' : err.message}`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new load/* InputError */.dz(`${file}: not valid JSON (${err.message}); give a Cloud SQL DatabaseInstance as JSON.`);
    }
    if (Array.isArray(data) && data.length === 1)
        data = data[0];
    const o = obj(data);
    if (Array.isArray(data) || typeof o.settings !== 'object' || typeof o.name !== 'string') {
        throw new load/* InputError */.dz(`${file}: not a Cloud SQL DatabaseInstance (expected an object with "name" and "settings", as \`gcloud sql instances describe INSTANCE --format=json\` prints).`);
    }
    return instanceFromApi(data);
}

;// CONCATENATED MODULE: ./src/security/snapshot.ts
/** Schemas whose objects are the system's own, not the application's. */
const USER_SCHEMA = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`;
/** Objects an extension created are the extension's business (reported as extensions). */
const NOT_EXTENSION = (classid, oid) => `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${classid}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;
const QUERIES = {
    identity: `SELECT current_setting('server_version_num')::int AS version_num, current_database() AS database,
      current_user AS "user", (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
      pg_has_role(current_user, 'pg_read_all_settings', 'USAGE') AS read_all_settings,
      pg_has_role(current_user, 'pg_read_all_stats', 'USAGE') AS read_all_stats,
      EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cloudsqladmin') AS cloudsql_role`,
    settings: `SELECT name, setting, unit, source FROM pg_settings`,
    roles: `SELECT rolname AS name, rolsuper AS superuser, rolcreaterole AS createrole, rolcreatedb AS createdb,
      rolcanlogin AS login, rolreplication AS replication, rolbypassrls AS bypassrls, rolconnlimit AS connlimit,
      rolvaliduntil::text AS validuntil FROM pg_roles WHERE rolname NOT LIKE 'pg\\_%'`,
    passwords: `SELECT rolname AS name, rolcanlogin AS login, CASE WHEN rolpassword IS NULL THEN 'none'
      WHEN rolpassword LIKE 'md5%' THEN 'md5' WHEN rolpassword LIKE 'SCRAM-SHA-256$%' THEN 'scram' ELSE 'other' END AS kind
      FROM pg_authid WHERE rolname NOT LIKE 'pg\\_%'`,
    // Transitive membership, deduplicated by UNION (cycles end), only towards powerful roles.
    reach: `WITH RECURSIVE reach(member, roleid) AS (
        SELECT member, roleid FROM pg_auth_members
        UNION
        SELECT r.member, m.roleid FROM reach r JOIN pg_auth_members m ON m.member = r.roleid)
      SELECT mr.rolname AS member, tr.rolname AS target, tr.rolsuper AS target_super
      FROM reach JOIN pg_roles mr ON mr.oid = reach.member JOIN pg_roles tr ON tr.oid = reach.roleid
      WHERE (tr.rolsuper OR tr.rolname IN ('pg_write_all_data', 'pg_execute_server_program',
        'pg_read_server_files', 'pg_write_server_files', 'pg_read_all_data', 'cloudsqlsuperuser'))
        AND mr.rolname NOT LIKE 'pg\\_%'`,
    hba: `SELECT to_jsonb(h) AS rule FROM pg_hba_file_rules h`,
    sessions: `SELECT a.pid, a.usename, host(a.client_addr) AS client_addr, a.application_name, s.ssl
      FROM pg_stat_activity a JOIN pg_stat_ssl s ON s.pid = a.pid
      WHERE a.backend_type = 'client backend' AND a.client_addr IS NOT NULL`,
    schemaPublic: `SELECT n.nspname AS name, 'schema' AS kind, string_agg(a.privilege_type, ',' ORDER BY a.privilege_type) AS privileges
      FROM pg_namespace n, aclexplode(n.nspacl) a
      WHERE a.grantee = 0 AND a.privilege_type = 'CREATE' AND ${USER_SCHEMA} GROUP BY n.nspname`,
    objectPublic: `SELECT c.oid::regclass::text AS name, c.relkind::text AS kind,
      string_agg(a.privilege_type, ',' ORDER BY a.privilege_type) AS privileges
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, aclexplode(c.relacl) a
      WHERE a.grantee = 0 AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND ${USER_SCHEMA}
        AND ${NOT_EXTENSION('pg_class', 'c.oid')}
      GROUP BY c.oid, c.relkind`,
    // Functions and types are executable/usable by PUBLIC by default; only other grants count.
    defaultAclPublic: `SELECT pg_get_userbyid(d.defaclrole) AS owner, n.nspname AS schema, d.defaclobjtype::text AS objtype,
      string_agg(a.privilege_type, ',' ORDER BY a.privilege_type) AS privileges
      FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace, aclexplode(d.defaclacl) a
      WHERE a.grantee = 0 AND NOT (d.defaclobjtype IN ('f', 'T') AND a.privilege_type IN ('EXECUTE', 'USAGE'))
      GROUP BY 1, 2, 3`,
    grantOptions: `SELECT kind, name, grantee, string_agg(privilege, ',' ORDER BY privilege) AS privileges FROM (
        SELECT 'table' AS kind, c.oid::regclass::text AS name,
          CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END AS grantee, a.privilege_type AS privilege
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, aclexplode(c.relacl) a
        WHERE a.is_grantable AND a.grantee <> c.relowner AND ${USER_SCHEMA}
        UNION ALL
        SELECT 'schema', n.nspname, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END, a.privilege_type
        FROM pg_namespace n, aclexplode(n.nspacl) a
        WHERE a.is_grantable AND a.grantee <> n.nspowner AND ${USER_SCHEMA}
        UNION ALL
        SELECT 'function', p.oid::regprocedure::text, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END, a.privilege_type
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace, aclexplode(p.proacl) a
        WHERE a.is_grantable AND a.grantee <> p.proowner AND ${USER_SCHEMA}
      ) g GROUP BY kind, name, grantee`,
    secdef: `SELECT p.oid::regprocedure::text AS signature, pg_get_userbyid(p.proowner) AS owner,
      (p.proacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(p.proacl) a WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE')) AS public_execute,
      EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search\\_path=%') AS pinned
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE p.prosecdef AND ${USER_SCHEMA} AND ${NOT_EXTENSION('pg_proc', 'p.oid')}`,
    untrustedLanguages: `SELECT lanname AS name FROM pg_language WHERE lanispl AND NOT lanpltrusted`,
    ownedByLogin: `SELECT r.rolname AS role, count(*)::int AS objects, min(o.name) AS sample FROM (
        SELECT c.relowner AS owner, c.oid::regclass::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND ${USER_SCHEMA}
        UNION ALL
        SELECT p.proowner, p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ${USER_SCHEMA}
        UNION ALL
        SELECT n.nspowner, n.nspname FROM pg_namespace n WHERE ${USER_SCHEMA}
      ) o JOIN pg_roles r ON r.oid = o.owner
      WHERE r.rolcanlogin AND NOT r.rolsuper AND r.rolname <> 'cloudsqladmin'
      GROUP BY r.rolname`,
    rlsOff: `SELECT c.oid::regclass::text AS name, count(*)::int AS policies
      FROM pg_class c JOIN pg_policy p ON p.polrelid = c.oid WHERE NOT c.relrowsecurity GROUP BY c.oid`,
    roleSettings: `SELECT r.rolname AS role, d.datname AS database, s.setconfig AS config
      FROM pg_db_role_setting s LEFT JOIN pg_roles r ON r.oid = s.setrole LEFT JOIN pg_database d ON d.oid = s.setdatabase`,
    extensions: `SELECT e.extname AS name, e.extversion AS version, a.default_version
      FROM pg_extension e LEFT JOIN pg_available_extensions a ON a.name = e.extname`,
    userMappings: `SELECT srvname AS server, usename AS role, umoptions AS options FROM pg_user_mappings`,
};
async function read(client, sql) {
    try {
        const { rows } = await client.query(sql);
        return { ok: true, rows: rows };
    }
    catch (err) {
        const e = err;
        const reason = e.code === '42501'
            ? `permission denied for ${String(e.message).replace(/^permission denied for /, '')}`
            : `cannot be read: ${e.message ?? String(err)}`;
        return { ok: false, reason };
    }
}
/** Reads the server's facts with one connection; every query is independent of the others. */
async function readServerFacts(client) {
    const id = (await client.query(QUERIES.identity)).rows[0];
    const settingsRead = await read(client, QUERIES.settings);
    const settings = new Map(settingsRead.ok ? settingsRead.rows.map((s) => [s.name, s]) : []);
    const roles = await read(client, QUERIES.roles);
    const hbaRaw = await read(client, QUERIES.hba);
    const facts = {
        versionNum: id.version_num,
        major: Math.floor(id.version_num / 10000),
        database: id.database,
        user: id.user,
        superuser: id.superuser,
        readAllSettings: id.superuser || id.read_all_settings,
        readAllStats: id.superuser || id.read_all_stats,
        cloudsql: id.cloudsql_role || [...settings.keys()].some((k) => k.startsWith('cloudsql.')),
        settings,
        roles: roles.ok ? roles.rows : [],
        passwords: await read(client, QUERIES.passwords),
        reach: await read(client, QUERIES.reach),
        hba: hbaRaw.ok ? { ok: true, rows: hbaRaw.rows.map((r) => r.rule) } : hbaRaw,
        sessions: await read(client, QUERIES.sessions),
        schemaPublic: await read(client, QUERIES.schemaPublic),
        objectPublic: await read(client, QUERIES.objectPublic),
        defaultAclPublic: await read(client, QUERIES.defaultAclPublic),
        grantOptions: await read(client, QUERIES.grantOptions),
        secdef: await read(client, QUERIES.secdef),
        untrustedLanguages: await read(client, QUERIES.untrustedLanguages),
        ownedByLogin: await read(client, QUERIES.ownedByLogin),
        rlsOff: await read(client, QUERIES.rlsOff),
        roleSettings: await read(client, QUERIES.roleSettings),
        extensions: await read(client, QUERIES.extensions),
        userMappings: await read(client, QUERIES.userMappings),
    };
    return facts;
}

;// CONCATENATED MODULE: ./src/security/suppressions.ts
/**
 * database/pgci-suppressions.yml: findings a team accepted on purpose, each with a reason and an
 * expiry date. An expired suppression no longer hides its finding, and says so in a warning.
 *
 *   suppressions:
 *     - id: log-min-duration-statement
 *       object: "setting:*"            # * matches any run of characters, ? one character
 *       reason: we log slow queries on purpose (SLO 200 ms)
 *       expires: 2027-03-31
 */


const DEFAULT_SUPPRESSIONS_PATH = 'database/pgci-suppressions.yml';
async function loadSuppressions(file, required) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        if (!required && err.code === 'ENOENT')
            return [];
        throw new load/* InputError */.dz(`${file}: cannot read the suppressions file: ${err.message}`);
    }
    return parseSuppressions(text, file);
}
function parseSuppressions(text, file) {
    const loaded = (0,load/* parseConfigText */.Bu)(text, file);
    const bad = loaded.yamlProblems[0];
    if (bad)
        throw new load/* InputError */.dz(`${file}:${bad.line}:${bad.column}: ${bad.message}`);
    const data = loaded.data;
    if (data == null)
        return [];
    if (typeof data !== 'object' || !Array.isArray(data.suppressions))
        throw new load/* InputError */.dz(`${file}:1:1: expected a mapping with a \`suppressions:\` list.`);
    return data.suppressions.map((entry, i) => {
        const at = loaded.locate(['suppressions', i]);
        const e = (entry ?? {});
        const fail = (what) => {
            throw new load/* InputError */.dz(`${file}:${at.line}:${at.column}: suppression ${i + 1} ${what}.`);
        };
        for (const key of ['id', 'object', 'reason', 'expires'])
            if (e[key] === undefined || e[key] === null || String(e[key]).trim() === '')
                fail(`needs \`${key}\` (every suppression has id, object, reason and expires)`);
        const expires = e.expires instanceof Date ? e.expires.toISOString().slice(0, 10) : String(e.expires);
        if (!/^\d{4}-\d{2}-\d{2}/.test(expires) || Number.isNaN(new Date(expires).getTime()))
            fail(`has expires "${expires}"; write a date, YYYY-MM-DD`);
        return {
            id: String(e.id),
            object: String(e.object),
            reason: String(e.reason),
            expires,
            line: at.line,
        };
    });
}
/** `*` any run of characters, `?` one; everything else literal. */
function matchesPattern(pattern, value) {
    const re = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${re}$`).test(value);
}
function applySuppressions(findings, suppressions, today, file) {
    const out = { kept: [], suppressed: [], warnings: [] };
    const expiredUsed = new Set();
    for (const f of findings) {
        const matching = suppressions.filter((s) => (s.id === f.id || s.id === '*') && matchesPattern(s.object, f.object));
        const live = matching.find((s) => new Date(`${s.expires.slice(0, 10)}T23:59:59Z`).getTime() >= today.getTime());
        if (live)
            out.suppressed.push({ ...f, reason: live.reason, expires: live.expires });
        else {
            out.kept.push(f);
            for (const s of matching)
                expiredUsed.add(s);
        }
    }
    for (const s of expiredUsed)
        out.warnings.push(`${file}:${s.line}: the suppression of ${s.id} for ${s.object} expired on ${s.expires}; its findings are reported again. Fix them, or renew the suppression with a new reason and date.`);
    return out;
}

// EXTERNAL MODULE: ./src/security/types.ts
var types = __webpack_require__(43199);
;// CONCATENATED MODULE: ./src/security/scan.ts
/**
 * The security scan: gather the facts (live server, instance JSON, config), run every check
 * family, drop what suppressions cover, and settle the gate. Returns plain data; renderers and
 * the action turn it into text, JSON, SARIF, markdown and annotations.
 */











/** Stable across runs and machines: what the check is and which object it is about. */
function fingerprint(id, object) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${id}\0${object}`).digest('hex').slice(0, 32);
}
/** Profile defaults: the roles each platform is expected to have. */
const DEFAULT_ALLOW = {
    'self-hosted': { superusers: ['postgres'], elevated: [] },
    cloudsql: { superusers: ['cloudsqladmin'], elevated: ['postgres', 'cloudsqlsuperuser'] },
};
/** Reads every input; bad input is an InputError (exit 2), an unreachable server a ConnectionError. */
async function gatherInputs(options) {
    if (!options.databaseUrl && !options.configFile && !options.instanceJson)
        throw new load/* InputError */.dz('pgci security-scan: give --database-url, --instance-json or --config (or several).');
    const inputs = {};
    if (options.configFile) {
        const loaded = await (0,load/* loadConfigFile */.HT)(options.configFile);
        const result = (0,validate/* validateLoaded */.sQ)(loaded);
        if (!result.config) {
            const first = result.errors[0];
            throw new load/* InputError */.dz(`${options.configFile}: the config does not pass its schema${first ? ` (${first.line}:${first.column} ${first.message})` : ''}; run \`pgci validate ${options.configFile}\` and fix it first.`);
        }
        inputs.loaded = loaded;
        inputs.config = result.config;
    }
    if (options.instanceJson)
        inputs.instance = await loadInstanceJson(options.instanceJson);
    if (options.databaseUrl) {
        const client = await (0,connect.connect)(options.databaseUrl, {
            timeoutMs: options.timeoutMs,
            applicationName: 'pgci security-scan',
        });
        try {
            inputs.server = await readServerFacts(client);
        }
        finally {
            await client.end().catch(() => undefined);
        }
    }
    return inputs;
}
async function runSecurityScan(options) {
    const inputs = await gatherInputs(options);
    const security = inputs.config?.security;
    // Beside the config (database/pgci.yml → database/pgci-suppressions.yml), else from the cwd.
    const besideConfig = (name) => options.configFile ? (0,external_node_path_.join)((0,external_node_path_.dirname)(options.configFile), name) : name;
    const suppressionsFile = options.suppressionsFile ??
        (security?.suppressions !== undefined
            ? besideConfig(security.suppressions)
            : options.configFile
                ? besideConfig((0,external_node_path_.basename)(DEFAULT_SUPPRESSIONS_PATH))
                : DEFAULT_SUPPRESSIONS_PATH);
    const suppressions = await loadSuppressions(suppressionsFile, options.suppressionsFile !== undefined || security?.suppressions !== undefined);
    const today = options.today ?? new Date();
    const result = evaluate(inputs, {
        profile: options.profile ?? security?.profile,
        failOn: options.failOn ?? security?.failOn ?? 'high',
        today,
        configFile: options.configFile,
    });
    const outcome = applySuppressions(result.findings, suppressions, today, suppressionsFile);
    result.findings = outcome.kept;
    result.suppressed = outcome.suppressed;
    result.warnings.push(...outcome.warnings);
    return settle(result);
}
/** Runs the catalogue over gathered inputs (no I/O): the part the tests and the bench drive. */
function evaluate(inputs, options) {
    const { server, config, loaded } = inputs;
    const configInstance = config ? instanceFromConfig(config) : undefined;
    const instances = [inputs.instance, configInstance].filter((i) => !!i);
    const profile = options.profile ?? (server?.cloudsql || instances.length ? 'cloudsql' : 'self-hosted');
    const allow = DEFAULT_ALLOW[profile];
    const ctx = {
        profile,
        today: options.today,
        server,
        instances,
        config,
        settings: server
            ? (0,context/* serverSettings */.Dm)(server)
            : inputs.instance
                ? (0,context/* flagSettings */.w0)('instance', inputs.instance.flags)
                : configInstance || config?.parameters
                    ? (0,context/* flagSettings */.w0)('config', configInstance?.flags ??
                        new Map(Object.entries(config?.parameters ?? {}).map(([k, v]) => [
                            k.toLowerCase(),
                            String(v),
                        ])))
                    : undefined,
        allowSuperusers: new Set([...allow.superusers, ...(config?.security?.allow?.superusers ?? [])]),
        allowElevated: new Set([...allow.elevated, ...(config?.security?.allow?.elevated ?? [])]),
    };
    const findings = new Map();
    const skipped = new Map();
    const notApplicable = (applies) => applies !== 'both' && applies !== profile
        ? `applies to ${applies === 'cloudsql' ? 'Cloud SQL' : 'self-hosted servers'} only (profile ${profile})`
        : undefined;
    const emit = {
        find(raw) {
            const def = catalog/* CHECKS */.u.get(raw.id);
            if (!def)
                throw new Error(`check ${raw.id} is not in the catalogue`);
            if (notApplicable(def.applies))
                return;
            const fp = fingerprint(raw.id, raw.object);
            if (findings.has(fp))
                return;
            const at = raw.configPath && loaded ? loaded.locate(raw.configPath) : undefined;
            findings.set(fp, {
                id: def.id,
                severity: raw.severity ?? def.severity,
                title: def.title,
                object: raw.object,
                message: raw.message,
                references: def.references,
                remediation: def.remediation,
                fingerprint: fp,
                ...(options.configFile
                    ? { location: { file: options.configFile, line: at?.line ?? 1, column: at?.column ?? 1 } }
                    : {}),
            });
        },
        skip(id, reason) {
            const def = catalog/* CHECKS */.u.get(id);
            if (!def)
                throw new Error(`check ${id} is not in the catalogue`);
            if (!skipped.has(id))
                skipped.set(id, { id, title: def.title, reason });
        },
    };
    for (const family of catalog/* FAMILIES */.B) {
        for (const def of family.defs) {
            const why = notApplicable(def.applies);
            if (why)
                skipped.set(def.id, { id: def.id, title: def.title, reason: why });
        }
        family.run(ctx, emit);
    }
    // A check that found something was (at least partly) read: it is not reported as skipped.
    const foundIds = new Set([...findings.values()].map((f) => f.id));
    const skippedList = [...skipped.values()].filter((s) => !foundIds.has(s.id));
    return {
        profile,
        targets: {
            ...(server ? { server: `PostgreSQL ${server.major}`, database: server.database } : {}),
            ...(inputs.instance ? { instance: inputs.instance.name } : {}),
            ...(options.configFile ? { config: options.configFile } : {}),
        },
        findings: sortFindings([...findings.values()]),
        suppressed: [],
        skipped: skippedList,
        warnings: [],
        summary: { critical: 0, high: 0, medium: 0, low: 0 },
        checks: { total: catalog/* CHECKS */.u.size, passed: 0, failed: 0, skipped: skippedList.length },
        failOn: options.failOn,
        failed: false,
        ...(options.configFile ? { configFile: options.configFile } : {}),
    };
}
/** Counts and the gate, after suppressions. */
function settle(result) {
    const summary = Object.fromEntries(types/* SEVERITIES */.oC.map((s) => [s, 0]));
    for (const f of result.findings)
        summary[f.severity]++;
    const failedIds = new Set(result.findings.map((f) => f.id));
    const skippedIds = new Set(result.skipped.map((s) => s.id));
    return {
        ...result,
        summary,
        checks: {
            total: result.checks.total,
            failed: failedIds.size,
            skipped: skippedIds.size,
            passed: result.checks.total - failedIds.size - skippedIds.size,
        },
        failed: result.failOn !== 'none' &&
            result.findings.some((f) => types/* SEVERITY_RANK */.f3[f.severity] >= types/* SEVERITY_RANK */.f3[result.failOn]),
    };
}
function sortFindings(findings) {
    return findings.sort((a, b) => types/* SEVERITY_RANK */.f3[b.severity] - types/* SEVERITY_RANK */.f3[a.severity] ||
        a.id.localeCompare(b.id) ||
        a.object.localeCompare(b.object));
}


/***/ }),

/***/ 43199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   jI: () => (/* binding */ PROFILES),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
/** critical 4 … low 1, for the gate and for sorting. */
const SEVERITY_RANK = { critical: 4, high: 3, medium: 2, low: 1 };
const PROFILES = ['cloudsql', 'self-hosted'];


/***/ })

};
