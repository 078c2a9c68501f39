/**
 * The one source of truth for `database/pgci.yml`: a TypeBox schema that is at once the JSON
 * Schema shipped in `schema/pgci.schema.json` (see scripts/generate-schema.ts) and the
 * TypeScript type the rest of pgci reads. Key names here are the user-facing contract.
 */
import {
  Type,
  type ObjectOptions,
  type SchemaOptions,
  type Static,
  type TSchema,
} from '@sinclair/typebox';

/** A closed object: unknown keys are errors (with a "did you mean" from the loader). */
const Obj = <T extends Record<string, TSchema>>(props: T, options: ObjectOptions = {}) =>
  Type.Object(props, { additionalProperties: false, ...options });

const Opt = Type.Optional;

/** A string enum as a plain JSON Schema `enum` (clear errors, unlike an anyOf of constants). */
const StringEnum = <const T extends readonly string[]>(values: T, options: SchemaOptions = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

const Identifier = Type.String({
  minLength: 1,
  description: 'A PostgreSQL identifier: lower-case letters, digits and _, at most 63 bytes.',
});

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

export const DATABASE_VERSIONS = [
  'POSTGRES_14',
  'POSTGRES_15',
  'POSTGRES_16',
  'POSTGRES_17',
] as const;

export const AuthorizedNetworkSchema = Obj(
  {
    name: Opt(Type.String({ description: 'A label for the network, shown in the console.' })),
    cidr: Type.String({ description: 'IPv4 or IPv6 range in CIDR form, e.g. 203.0.113.0/24.' }),
    expires: Opt(
      Type.String({
        description: 'Date (YYYY-MM-DD) or RFC 3339 timestamp after which the entry is stale.',
      }),
    ),
  },
  { description: 'A network allowed to reach the public IP.' },
);

export const InstanceSchema = Obj(
  {
    name: Type.String({
      pattern: '^[a-z][a-z0-9-]*$',
      maxLength: 98,
      description: 'Cloud SQL instance id: lower-case letters, digits and hyphens.',
    }),
    project: Type.String({ description: 'Google Cloud project id.' }),
    region: Type.String({ description: 'Region, e.g. us-central1. Immutable.' }),
    databaseVersion: StringEnum(DATABASE_VERSIONS),
    edition: Opt(StringEnum(['ENTERPRISE', 'ENTERPRISE_PLUS'])),
    tier: Type.String({
      description:
        'Machine type: db-custom-<vCPU>-<MB>, db-f1-micro, db-g1-small (ENTERPRISE) or db-perf-optimized-N-<vCPU> (ENTERPRISE_PLUS).',
    }),
    availability: Opt(StringEnum(['zonal', 'regional'])),
    disk: Opt(
      Obj({
        type: Opt(StringEnum(['PD_SSD', 'PD_HDD', 'HYPERDISK_BALANCED'])),
        sizeGb: Opt(Type.Integer({ minimum: 10, maximum: 65536 })),
        autoResize: Opt(Type.Boolean()),
        autoResizeLimitGb: Opt(Type.Integer({ minimum: 0, maximum: 65536 })),
      }),
    ),
    network: Opt(
      Obj({
        publicIp: Opt(Type.Boolean()),
        privateNetwork: Opt(
          Type.String({ description: 'VPC self link: projects/<project>/global/networks/<name>.' }),
        ),
        sslMode: Opt(
          StringEnum([
            'ALLOW_UNENCRYPTED_AND_ENCRYPTED',
            'ENCRYPTED_ONLY',
            'TRUSTED_CLIENT_CERTIFICATE_REQUIRED',
          ]),
        ),
        authorizedNetworks: Opt(Type.Array(AuthorizedNetworkSchema)),
        connectorEnforcement: Opt(StringEnum(['REQUIRED', 'NOT_REQUIRED'])),
      }),
    ),
    backups: Opt(
      Obj({
        enabled: Opt(Type.Boolean()),
        startTime: Opt(Type.String({ description: 'UTC start of the backup window, HH:MM.' })),
        location: Opt(Type.String({ description: 'Multi-region or region for backups, e.g. us.' })),
        pointInTimeRecovery: Opt(Type.Boolean()),
        transactionLogRetentionDays: Opt(Type.Integer({ minimum: 1, maximum: 35 })),
        retainedBackups: Opt(Type.Integer({ minimum: 1, maximum: 365 })),
      }),
    ),
    maintenance: Opt(
      Obj({
        day: Opt(StringEnum(WEEKDAYS)),
        hour: Opt(Type.Integer({ minimum: 0, maximum: 23, description: 'UTC hour.' })),
      }),
    ),
    deletionProtection: Opt(Type.Boolean()),
    queryInsights: Opt(
      Obj({
        enabled: Opt(Type.Boolean()),
        queryStringLength: Opt(Type.Integer({ minimum: 256, maximum: 4500 })),
        recordApplicationTags: Opt(Type.Boolean()),
        recordClientAddress: Opt(Type.Boolean()),
      }),
    ),
    labels: Opt(
      Type.Record(
        Type.String({ pattern: '^[a-z][a-z0-9_-]{0,62}$' }),
        Type.String({ maxLength: 63 }),
      ),
    ),
    passwordPolicy: Opt(
      Obj({
        enabled: Opt(Type.Boolean()),
        minLength: Opt(Type.Integer({ minimum: 1, maximum: 128 })),
        complexity: Opt(StringEnum(['COMPLEXITY_DEFAULT', 'NONE'])),
        reuseInterval: Opt(Type.Integer({ minimum: 0, maximum: 100 })),
        disallowUsernameSubstring: Opt(Type.Boolean()),
        passwordChangeIntervalDays: Opt(Type.Integer({ minimum: 0 })),
      }),
    ),
  },
  { description: 'The Cloud SQL for PostgreSQL instance.' },
);

const ParameterValue = Type.Unsafe<string | number | boolean>({
  type: ['string', 'number', 'boolean'],
  description: 'A value with units as PostgreSQL writes them: 8MB, 200ms, on, 0.9.',
});

export const DatabaseSchema = Obj({
  name: Identifier,
  owner: Opt(Identifier),
  extensions: Opt(Type.Array(Type.String({ minLength: 1 }))),
  parameters: Opt(Type.Record(Type.String(), ParameterValue)),
});

export const PRIVILEGES = [
  'ALL',
  'SELECT',
  'INSERT',
  'UPDATE',
  'DELETE',
  'TRUNCATE',
  'REFERENCES',
  'TRIGGER',
  'USAGE',
  'CREATE',
  'CONNECT',
  'TEMPORARY',
  'EXECUTE',
] as const;

export const GRANT_TARGETS = ['database', 'schema', 'tables', 'sequences', 'functions'] as const;

export const GrantSchema = Obj({
  database: Identifier,
  schema: Opt(Identifier),
  privileges: Type.Array(StringEnum(PRIVILEGES), { minItems: 1 }),
  on: StringEnum(GRANT_TARGETS),
});

export const RoleSchema = Obj({
  name: Identifier,
  login: Opt(Type.Boolean()),
  // No pattern here on purpose: a plain-text password is reported by a rule whose message
  // never repeats the value (schema errors may quote it).
  password: Opt(Type.String({ description: 'Only as a ${ENV_VAR} reference.' })),
  iam: Opt(
    Type.String({ description: 'IAM principal (user or service account email) for IAM auth.' }),
  ),
  memberOf: Opt(Type.Array(Identifier)),
  connectionLimit: Opt(Type.Integer({ minimum: -1 })),
  grants: Opt(Type.Array(GrantSchema)),
});

export const PoolingSchema = Obj({
  mode: StringEnum(['client', 'pgbouncer', 'managed']),
  appInstances: Type.Integer({ minimum: 1 }),
  poolSize: Type.Integer({ minimum: 1 }),
  reservedConnections: Opt(Type.Integer({ minimum: 0 })),
});

export const MigrationsSchema = Obj({
  directory: Type.String({
    description: 'Folder of plain SQL migrations, relative to the config.',
  }),
  table: Opt(Type.String({ description: 'Table that records applied migrations.' })),
  database: Opt(Identifier),
});

export const SecuritySchema = Obj(
  {
    profile: Opt(
      StringEnum(['cloudsql', 'self-hosted'], {
        description:
          'Which benchmark settles the points where the sources disagree (log_error_verbosity, log_hostname, log_min_duration_statement), and which checks apply. Default: cloudsql when the server or the config is Cloud SQL, else self-hosted.',
      }),
    ),
    failOn: Opt(
      StringEnum(['critical', 'high', 'medium', 'low', 'none'], {
        description:
          'Lowest finding severity that fails the scan (default high); none never fails.',
      }),
    ),
    suppressions: Opt(
      Type.String({
        description:
          'Suppressions file, relative to this config (default pgci-suppressions.yml beside it).',
      }),
    ),
    allow: Opt(
      Obj(
        {
          superusers: Opt(
            Type.Array(Identifier, {
              description: 'Roles allowed to be (or to become) superusers besides postgres.',
            }),
          ),
          elevated: Opt(
            Type.Array(Identifier, {
              description:
                'Roles allowed to hold CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS (or cloudsqlsuperuser membership).',
            }),
          ),
        },
        { description: 'Roles whose privileges are intended.' },
      ),
    ),
  },
  { description: 'Security scan settings (pgci security-scan, actions/security-scan).' },
);

export const BackupSchema = Obj(
  {
    rpoHours: Opt(
      Type.Number({
        exclusiveMinimum: 0,
        description:
          'Recovery point objective: the newest backup may be at most this many hours old.',
      }),
    ),
    rtoMinutes: Opt(
      Type.Number({
        exclusiveMinimum: 0,
        description: 'Recovery time objective: the restore must finish within this many minutes.',
      }),
    ),
    format: Opt(
      StringEnum(['custom', 'directory'], {
        description: 'pg_dump archive format; directory dumps with --jobs.',
      }),
    ),
    jobs: Opt(
      Type.Integer({
        minimum: 1,
        maximum: 64,
        description: 'pg_dump/pg_restore --jobs and connections per side while comparing.',
      }),
    ),
    encryptionKey: Opt(
      Type.String({
        description:
          'AES-256-GCM key for the archive, only as a ${ENV_VAR} reference to a secret (64 hex digits, base64 of 32 bytes, or a passphrase of 16+ characters).',
      }),
    ),
    hash: Opt(
      StringEnum(['auto', 'fast', 'portable'], {
        description:
          'Row hash: fast (hashtextextended, same major only), portable (md5, any majors), auto picks by the majors.',
      }),
    ),
    strict: Opt(
      Type.Boolean({
        description: 'Also compare each table as an ordered COPY hashed with sha256 (slower).',
      }),
    ),
    chunkRows: Opt(
      Type.Integer({
        minimum: 1000,
        description: 'Rows per key-range chunk when hashing tables with an integer key.',
      }),
    ),
    exclude: Opt(
      Type.Array(Type.String({ pattern: '^[^.]+\\.[^.]+$' }), {
        description: 'Tables (schema.table) whose data is not compared.',
      }),
    ),
  },
  { description: 'Backup verification: RPO/RTO targets and how backup-verify dumps and compares.' },
);

const Duration = Type.String({
  pattern: '^[0-9]+(\\.[0-9]+)?(ms|s|m)$',
  description: 'A duration: 500ms, 30s, 2m.',
});

const Percentile = StringEnum(['p50', 'p90', 'p95', 'p99'], {
  description: 'Latency percentile the SLO applies to.',
});

export const BenchmarkSloSchema = Obj(
  {
    percentile: Opt(Percentile),
    ms: Type.Number({ exclusiveMinimum: 0, description: 'Upper bound in milliseconds.' }),
  },
  { description: 'Latency objective: the percentile must stay at or under ms.' },
);

export const BenchmarkParamSchema = Obj(
  {
    random: Opt(
      Type.Array(Type.Integer(), {
        minItems: 2,
        maxItems: 2,
        description: 'A uniform random integer in [min, max].',
      }),
    ),
    pick: Opt(
      Type.Array(Type.Union([Type.String(), Type.Number()]), {
        minItems: 1,
        description: 'One of these values, uniformly.',
      }),
    ),
    sample: Opt(
      Type.String({
        description:
          'SQL run once before the benchmark; each execution picks one value of its first column.',
      }),
    ),
    expr: Opt(
      Type.String({ description: 'A pgbench expression, e.g. random_zipfian(1, 10000, 1.1).' }),
    ),
  },
  {
    minProperties: 1,
    maxProperties: 1,
    description: 'How a query parameter is generated: exactly one of random, pick, sample, expr.',
  },
);

export const BenchmarkQuerySchema = Obj({
  name: Type.String({
    pattern: '^[a-z0-9][a-z0-9_.-]*$',
    description: 'Query name used in the report: lower-case letters, digits, _ . -',
  }),
  sql: Type.String({ description: 'One SQL statement; parameters as $1, $2, …' }),
  params: Opt(Type.Array(BenchmarkParamSchema, { description: 'One generator per $n.' })),
  weight: Opt(Type.Number({ exclusiveMinimum: 0, description: 'Relative frequency (default 1).' })),
  slo: Opt(BenchmarkSloSchema),
});

export const BenchmarkScriptSchema = Obj({
  file: Type.String({ description: 'A pgbench script file, relative to the config.' }),
  name: Opt(Type.String({ pattern: '^[a-z0-9][a-z0-9_.-]*$' })),
  weight: Opt(Type.Number({ exclusiveMinimum: 0 })),
});

export const BenchmarkSchema = Obj(
  {
    database: Opt(Identifier),
    sloP95Ms: Opt(
      Type.Number({ exclusiveMinimum: 0, description: 'Default SLO: p95 in ms (default 200).' }),
    ),
    queries: Opt(Type.Array(BenchmarkQuerySchema)),
    scripts: Opt(Type.Array(BenchmarkScriptSchema)),
    seed: Opt(
      Obj({
        sql: Opt(
          Type.Array(Type.String(), {
            description:
              'SQL files run in order after the migrations; :scale is replaced by the scale factor.',
          }),
        ),
        scale: Opt(Type.Number({ exclusiveMinimum: 0, description: 'Scale factor (default 1).' })),
      }),
    ),
    clients: Opt(Type.Integer({ minimum: 1, maximum: 1000 })),
    duration: Opt(Duration),
    warmup: Opt(Duration),
    rate: Opt(
      Type.Number({ exclusiveMinimum: 0, description: 'Open loop: transactions per second.' }),
    ),
    regression: Opt(
      Obj({
        maxPercent: Opt(
          Type.Number({
            exclusiveMinimum: 0,
            description: 'Allowed slowdown head vs base, in percent (default 20).',
          }),
        ),
        rounds: Opt(Type.Integer({ minimum: 2, description: 'Rounds of each side (default 5).' })),
        roundDuration: Opt(Duration),
      }),
    ),
    explain: Opt(
      Type.Integer({
        minimum: 0,
        description: 'EXPLAIN (ANALYZE, BUFFERS) this many slowest queries (default 3).',
      }),
    ),
  },
  { description: 'Benchmark workload, data and gates.' },
);

export const ConfigSchema = Obj(
  {
    $schema: Opt(Type.String()),
    version: Type.Literal(1),
    instance: Opt(InstanceSchema),
    parameters: Opt(Type.Record(Type.String(), ParameterValue)),
    databases: Opt(Type.Array(DatabaseSchema)),
    roles: Opt(Type.Array(RoleSchema)),
    pooling: Opt(PoolingSchema),
    migrations: Opt(MigrationsSchema),
    benchmark: Opt(BenchmarkSchema),
    security: Opt(SecuritySchema),
    backup: Opt(BackupSchema),
    pullRequest: Opt(
      Obj(
        {
          template: Opt(
            Type.String({
              description:
                'PR template to compare with (default .github/pull_request_template.md).',
            }),
          ),
          requiredSections: Opt(Type.Array(Type.String({ minLength: 1 }))),
          typeSection: Opt(Type.String({ minLength: 1 })),
          minTypes: Opt(Type.Integer({ minimum: 0 })),
          requires: Opt(
            Type.Record(Type.String(), Type.Array(Type.String({ minLength: 1 })), {
              description: 'Type of change → the boxes that must be ticked when it is.',
            }),
          ),
          alwaysRequired: Opt(Type.Array(Type.String({ minLength: 1 }))),
          branchNames: Opt(StringEnum(['fail', 'warn', 'off'])),
          titles: Opt(StringEnum(['fail', 'warn', 'off'])),
          types: Opt(Type.Array(Type.String({ pattern: '^[a-z]+$' }), { minItems: 1 })),
          exemptBranches: Opt(Type.Array(Type.String({ minLength: 1 }))),
        },
        { description: 'PR template rules and branch/title conventions (pgci pr-check).' },
      ),
    ),
  },
  {
    $id: 'https://pgci.dev/schema/pgci.schema.json',
    title: 'pgci configuration (database/pgci.yml)',
    description: 'Desired state and checks for a PostgreSQL database managed by pgci.',
  },
);

export type PgciConfig = Static<typeof ConfigSchema>;
export type BenchmarkConfig = Static<typeof BenchmarkSchema>;
export type InstanceConfig = Static<typeof InstanceSchema>;
export type RoleConfig = Static<typeof RoleSchema>;
export type DatabaseConfig = Static<typeof DatabaseSchema>;
export type GrantConfig = Static<typeof GrantSchema>;
export type SecurityConfig = Static<typeof SecuritySchema>;
export type ParameterMap = Record<string, string | number | boolean>;
