import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 169;
export const ids = [169];
export const modules = {

/***/ 76364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ SERVER_LOG_LEVELS),
/* harmony export */   S6: () => (/* binding */ flagsForMajor),
/* harmony export */   cG: () => (/* binding */ FLAGS_BY_NAME)
/* harmony export */ });
/* unused harmony export CLOUDSQL_FLAGS */
/**
 * Database flags that Cloud SQL for PostgreSQL accepts on POSTGRES_14 to POSTGRES_17, with their
 * types, ranges and whether changing them restarts the instance. Recorded 2026-11-27 from:
 * - Google Cloud, "Configure database flags" (Cloud SQL for PostgreSQL): which flags exist, the
 *   ranges Cloud SQL narrows, restart behaviour and the first supported major;
 * - Google Cloud, "Cloud SQL for PostgreSQL release notes": Cloud SQL-only and extension flags,
 *   and the flags dropped for PostgreSQL 17;
 * - PostgreSQL 15's own catalogue (pg_settings of a 15.18 server with pg_stat_statements and
 *   auto_explain loaded): base units, engine ranges, enum values and contexts;
 * - PostgreSQL release notes for 16 and 17: settings renamed or removed since 15;
 * - the pgAudit, pg_cron, pg_hint_plan and pglogical documentation for their settings' values.
 * Where Cloud SQL narrows PostgreSQL's range, Cloud SQL's bounds are recorded and the note says
 * so. Bounds are inclusive and in the flag's base unit (`unit`), as a flag value is written.
 */
const INT_MAX = 2147483647;
const INT_MIN = -2147483648;
const EXTENSION_LOG_LEVELS = [
    'debug5',
    'debug4',
    'debug3',
    'debug2',
    'debug1',
    'debug',
    'info',
    'notice',
    'warning',
    'log',
];
const CRON_LOG_LEVELS = [
    'debug5',
    'debug4',
    'debug3',
    'debug2',
    'debug1',
    'debug',
    'info',
    'notice',
    'warning',
    'error',
    'log',
    'fatal',
    'panic',
];
const ISOLATION_LEVELS = [
    'serializable',
    'repeatable read',
    'read committed',
    'read uncommitted',
];
/** Server message levels, from most to least verbose (log_min_messages and friends). */
const SERVER_LOG_LEVELS = [
    'debug5',
    'debug4',
    'debug3',
    'debug2',
    'debug1',
    'info',
    'notice',
    'warning',
    'error',
    'log',
    'fatal',
    'panic',
];
const HINT_DEBUG_PRINT = [
    'off',
    'on',
    'detailed',
    'verbose',
    '0',
    '1',
    '2',
    '3',
    'no',
    'yes',
    'false',
    'true',
];
const HINT_LOG_LEVELS = [
    'debug5',
    'debug4',
    'debug3',
    'debug2',
    'debug1',
    'debug',
    'info',
    'notice',
    'warning',
    'error',
    'log',
];
const PGAUDIT_CLASSES = [
    'read',
    'write',
    'function',
    'role',
    'ddl',
    'misc',
    'misc_set',
    'all',
    'none',
    '-read',
    '-write',
    '-function',
    '-role',
    '-ddl',
    '-misc',
    '-misc_set',
];
const TLS_VERSIONS = ['tlsv1', 'tlsv1.1', 'tlsv1.2', 'tlsv1.3'];
const CLIENT_LOG_LEVELS = [
    'debug5',
    'debug4',
    'debug3',
    'debug2',
    'debug1',
    'log',
    'notice',
    'warning',
    'error',
];
const ENGINE_RANGE = 'range from PostgreSQL 15 pg_settings; Cloud SQL documents no bounds';
const MEMORY_BOUND = 'max depends on instance memory; range from PostgreSQL 15 pg_settings';
const RDKIT_NOTE = 'rdkit; release notes (2025-01-17) list rdkit as unavailable on PostgreSQL 17';
const INTEGER_DELAY = 'Cloud SQL documents an integer; PostgreSQL itself also takes fractional ms';
const CLOUD_RESTART = 'Cloud SQL restarts on change although PostgreSQL reloads it';
const CLOUDSQL_FLAGS = [
    { name: 'anon.algorithm', type: 'string', requiresRestart: false },
    { name: 'anon.maskschema', type: 'string', requiresRestart: false },
    { name: 'anon.restrict_to_trusted_schemas', type: 'boolean', requiresRestart: false },
    { name: 'anon.salt', type: 'string', requiresRestart: false },
    { name: 'anon.sourceschema', type: 'string', requiresRestart: false },
    { name: 'auto_explain.log_analyze', type: 'boolean', requiresRestart: false },
    { name: 'auto_explain.log_buffers', type: 'boolean', requiresRestart: false },
    {
        name: 'auto_explain.log_format',
        type: 'enum',
        values: ['text', 'xml', 'json', 'yaml'],
        requiresRestart: false,
    },
    {
        name: 'auto_explain.log_level',
        type: 'enum',
        values: EXTENSION_LOG_LEVELS,
        requiresRestart: false,
    },
    {
        name: 'auto_explain.log_min_duration',
        type: 'integer',
        unit: 'ms',
        min: -1,
        max: INT_MAX,
        requiresRestart: false,
    },
    { name: 'auto_explain.log_nested_statements', type: 'boolean', requiresRestart: false },
    { name: 'auto_explain.log_settings', type: 'boolean', requiresRestart: false },
    { name: 'auto_explain.log_timing', type: 'boolean', requiresRestart: false },
    { name: 'auto_explain.log_triggers', type: 'boolean', requiresRestart: false },
    { name: 'auto_explain.log_verbose', type: 'boolean', requiresRestart: false },
    { name: 'auto_explain.log_wal', type: 'boolean', requiresRestart: false },
    { name: 'auto_explain.sample_rate', type: 'real', min: 0, max: 1, requiresRestart: false },
    { name: 'autovacuum', type: 'boolean', requiresRestart: false },
    {
        name: 'autovacuum_analyze_scale_factor',
        type: 'real',
        min: 0,
        max: 100,
        requiresRestart: false,
    },
    {
        name: 'autovacuum_analyze_threshold',
        type: 'integer',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'autovacuum_freeze_max_age',
        type: 'integer',
        min: 100000,
        max: 2000000000,
        requiresRestart: true,
    },
    {
        name: 'autovacuum_max_workers',
        type: 'integer',
        min: 1,
        max: 262143,
        requiresRestart: true,
        note: 'max from PostgreSQL 15 pg_settings',
    },
    {
        name: 'autovacuum_multixact_freeze_max_age',
        type: 'integer',
        min: 10000,
        max: 2000000000,
        requiresRestart: true,
    },
    {
        name: 'autovacuum_naptime',
        type: 'integer',
        unit: 's',
        min: 1,
        max: 2147483,
        requiresRestart: false,
    },
    {
        name: 'autovacuum_vacuum_cost_delay',
        type: 'integer',
        unit: 'ms',
        min: -1,
        max: 100,
        requiresRestart: false,
        note: INTEGER_DELAY,
    },
    {
        name: 'autovacuum_vacuum_cost_limit',
        type: 'integer',
        min: -1,
        max: 10000,
        requiresRestart: false,
    },
    {
        name: 'autovacuum_vacuum_insert_scale_factor',
        type: 'real',
        min: 0,
        max: 100,
        requiresRestart: false,
    },
    {
        name: 'autovacuum_vacuum_insert_threshold',
        type: 'integer',
        min: -1,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'autovacuum_vacuum_scale_factor',
        type: 'real',
        min: 0,
        max: 100,
        requiresRestart: false,
    },
    {
        name: 'autovacuum_vacuum_threshold',
        type: 'integer',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'autovacuum_work_mem',
        type: 'integer',
        unit: 'kB',
        min: -1,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'backend_flush_after',
        type: 'integer',
        unit: '8kB',
        min: 0,
        max: 256,
        requiresRestart: false,
    },
    {
        name: 'bgwriter_delay',
        type: 'integer',
        unit: 'ms',
        min: 10,
        max: 10000,
        requiresRestart: false,
    },
    {
        name: 'bgwriter_flush_after',
        type: 'integer',
        unit: '8kB',
        min: 0,
        max: 256,
        requiresRestart: false,
    },
    {
        name: 'bgwriter_lru_maxpages',
        type: 'integer',
        min: 0,
        max: 1073741823,
        requiresRestart: false,
    },
    { name: 'bgwriter_lru_multiplier', type: 'real', min: 0, max: 10, requiresRestart: false },
    { name: 'checkpoint_completion_target', type: 'real', min: 0, max: 1, requiresRestart: false },
    {
        name: 'checkpoint_flush_after',
        type: 'integer',
        unit: '8kB',
        min: 0,
        max: 256,
        requiresRestart: false,
    },
    {
        name: 'checkpoint_timeout',
        type: 'integer',
        unit: 's',
        min: 30,
        max: 86400,
        requiresRestart: false,
    },
    {
        name: 'checkpoint_warning',
        type: 'integer',
        unit: 's',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'client_connection_check_interval',
        type: 'integer',
        unit: 'ms',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'cloudsql.allow_passwordless_local_connections',
        type: 'boolean',
        requiresRestart: false,
    },
    { name: 'cloudsql.enable_anon', type: 'boolean', requiresRestart: false },
    { name: 'cloudsql.enable_auto_explain', type: 'boolean', requiresRestart: true },
    { name: 'cloudsql.enable_index_advisor', type: 'boolean', requiresRestart: true },
    { name: 'cloudsql.enable_maintenance_mode', type: 'boolean', requiresRestart: true },
    { name: 'cloudsql.enable_parameterized_secure_views', type: 'boolean', requiresRestart: true },
    { name: 'cloudsql.enable_pg_bigm', type: 'boolean', requiresRestart: true },
    { name: 'cloudsql.enable_pg_cron', type: 'boolean', requiresRestart: true },
    { name: 'cloudsql.enable_pg_hint_plan', type: 'boolean', requiresRestart: true },
    { name: 'cloudsql.enable_pg_squeeze', type: 'boolean', requiresRestart: true },
    { name: 'cloudsql.enable_pg_wait_sampling', type: 'boolean', requiresRestart: true },
    {
        name: 'cloudsql.enable_pgaudit',
        type: 'boolean',
        requiresRestart: true,
        note: 'must be on for the pgaudit.* flags to apply',
    },
    { name: 'cloudsql.enable_pglogical', type: 'boolean', requiresRestart: true },
    { name: 'cloudsql.iam_authentication', type: 'boolean', requiresRestart: false },
    {
        name: 'cloudsql.logical_decoding',
        type: 'boolean',
        requiresRestart: true,
        note: 'sets wal_level to logical',
    },
    {
        name: 'cloudsql.max_failed_attempts_user',
        type: 'integer',
        min: 0,
        max: 10000,
        requiresRestart: true,
    },
    {
        name: 'cloudsql.pg_authid_select_role',
        type: 'string',
        requiresRestart: false,
        note: 'a role allowed to read pg_authid',
    },
    {
        name: 'cloudsql.pg_shadow_select_role',
        type: 'string',
        requiresRestart: false,
        note: 'role that may read pg_shadow; the 2026 table lists cloudsql.pg_authid_select_role',
    },
    { name: 'cloudsql.pgaudit_mask_literals', type: 'boolean', requiresRestart: false },
    { name: 'commit_delay', type: 'integer', min: 0, max: 100000, requiresRestart: false },
    { name: 'commit_siblings', type: 'integer', min: 0, max: 1000, requiresRestart: false },
    {
        name: 'constraint_exclusion',
        type: 'enum',
        values: ['partition', 'on', 'off'],
        requiresRestart: false,
    },
    {
        name: 'cpu_index_tuple_cost',
        type: 'real',
        min: 0,
        max: Number.MAX_VALUE,
        requiresRestart: false,
    },
    {
        name: 'cpu_operator_cost',
        type: 'real',
        min: 0,
        max: Number.MAX_VALUE,
        requiresRestart: false,
    },
    { name: 'cpu_tuple_cost', type: 'real', min: 0, max: Number.MAX_VALUE, requiresRestart: false },
    { name: 'cron.database_name', type: 'string', requiresRestart: true },
    { name: 'cron.log_min_messages', type: 'enum', values: CRON_LOG_LEVELS, requiresRestart: false },
    { name: 'cron.log_run', type: 'boolean', requiresRestart: true },
    { name: 'cron.log_statement', type: 'boolean', requiresRestart: true },
    { name: 'cron.max_running_jobs', type: 'integer', min: 0, max: INT_MAX, requiresRestart: true },
    { name: 'cursor_tuple_fraction', type: 'real', min: 0, max: 1, requiresRestart: false },
    {
        name: 'deadlock_timeout',
        type: 'integer',
        unit: 'ms',
        min: 1,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'default_statistics_target',
        type: 'integer',
        min: 1,
        max: 10000,
        requiresRestart: false,
    },
    { name: 'default_tablespace', type: 'string', requiresRestart: false },
    {
        name: 'default_toast_compression',
        type: 'enum',
        values: ['pglz', 'lz4'],
        requiresRestart: false,
    },
    { name: 'default_transaction_deferrable', type: 'boolean', requiresRestart: false },
    {
        name: 'default_transaction_isolation',
        type: 'enum',
        values: ISOLATION_LEVELS,
        requiresRestart: false,
    },
    {
        name: 'effective_cache_size',
        type: 'integer',
        unit: '8kB',
        min: 1,
        max: INT_MAX,
        requiresRestart: false,
        note: MEMORY_BOUND,
    },
    { name: 'effective_io_concurrency', type: 'integer', min: 0, max: 1000, requiresRestart: false },
    { name: 'enable_async_append', type: 'boolean', requiresRestart: false },
    { name: 'enable_bitmapscan', type: 'boolean', requiresRestart: false },
    { name: 'enable_gathermerge', type: 'boolean', requiresRestart: false },
    { name: 'enable_hashagg', type: 'boolean', requiresRestart: false },
    { name: 'enable_hashjoin', type: 'boolean', requiresRestart: false },
    { name: 'enable_incremental_sort', type: 'boolean', requiresRestart: false },
    { name: 'enable_indexonlyscan', type: 'boolean', requiresRestart: false },
    { name: 'enable_indexscan', type: 'boolean', requiresRestart: false },
    { name: 'enable_material', type: 'boolean', requiresRestart: false },
    { name: 'enable_memoize', type: 'boolean', requiresRestart: false },
    { name: 'enable_mergejoin', type: 'boolean', requiresRestart: false },
    { name: 'enable_nestloop', type: 'boolean', requiresRestart: false },
    { name: 'enable_parallel_append', type: 'boolean', requiresRestart: false },
    { name: 'enable_parallel_hash', type: 'boolean', requiresRestart: false },
    { name: 'enable_partition_pruning', type: 'boolean', requiresRestart: false },
    { name: 'enable_partitionwise_aggregate', type: 'boolean', requiresRestart: false },
    { name: 'enable_partitionwise_join', type: 'boolean', requiresRestart: false },
    { name: 'enable_seqscan', type: 'boolean', requiresRestart: false },
    { name: 'enable_sort', type: 'boolean', requiresRestart: false },
    { name: 'enable_tidscan', type: 'boolean', requiresRestart: false },
    {
        name: 'force_parallel_mode',
        type: 'enum',
        values: ['off', 'on', 'regress'],
        requiresRestart: false,
        note: 'PostgreSQL 16 renamed it debug_parallel_query and kept this name as an alias',
    },
    { name: 'from_collapse_limit', type: 'integer', min: 1, max: INT_MAX, requiresRestart: false },
    { name: 'geqo', type: 'boolean', requiresRestart: false },
    { name: 'geqo_effort', type: 'integer', min: 1, max: 10, requiresRestart: false },
    { name: 'geqo_generations', type: 'integer', min: 0, max: INT_MAX, requiresRestart: false },
    { name: 'geqo_pool_size', type: 'integer', min: 0, max: INT_MAX, requiresRestart: false },
    { name: 'geqo_seed', type: 'real', min: 0, max: 1, requiresRestart: false },
    { name: 'geqo_selection_bias', type: 'real', min: 1.5, max: 2, requiresRestart: false },
    { name: 'geqo_threshold', type: 'integer', min: 2, max: INT_MAX, requiresRestart: false },
    { name: 'gin_fuzzy_search_limit', type: 'integer', min: 0, max: INT_MAX, requiresRestart: false },
    {
        name: 'gin_pending_list_limit',
        type: 'integer',
        unit: 'kB',
        min: 64,
        max: INT_MAX,
        requiresRestart: false,
    },
    { name: 'hash_mem_multiplier', type: 'real', min: 1, max: 1000, requiresRestart: false },
    { name: 'hot_standby_feedback', type: 'boolean', requiresRestart: false },
    {
        name: 'huge_pages',
        type: 'enum',
        values: ['try', 'off'],
        requiresRestart: true,
        note: 'Cloud SQL accepts try|off, not on',
    },
    {
        name: 'idle_in_transaction_session_timeout',
        type: 'integer',
        unit: 'ms',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    { name: 'ivfflat.probes', type: 'integer', min: 1, max: INT_MAX, requiresRestart: false },
    { name: 'join_collapse_limit', type: 'integer', min: 1, max: INT_MAX, requiresRestart: false },
    { name: 'local_preload_libraries', type: 'string', requiresRestart: false },
    {
        name: 'lock_timeout',
        type: 'integer',
        unit: 'ms',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'log_autovacuum_min_duration',
        type: 'integer',
        unit: 'ms',
        min: -1,
        max: INT_MAX,
        requiresRestart: false,
    },
    { name: 'log_checkpoints', type: 'boolean', requiresRestart: false },
    { name: 'log_connections', type: 'boolean', requiresRestart: false },
    { name: 'log_disconnections', type: 'boolean', requiresRestart: false },
    { name: 'log_duration', type: 'boolean', requiresRestart: false },
    {
        name: 'log_error_verbosity',
        type: 'enum',
        values: ['terse', 'default', 'verbose'],
        requiresRestart: false,
    },
    { name: 'log_executor_stats', type: 'boolean', requiresRestart: false },
    { name: 'log_hostname', type: 'boolean', requiresRestart: false },
    { name: 'log_line_prefix', type: 'string', requiresRestart: false },
    { name: 'log_lock_waits', type: 'boolean', requiresRestart: false },
    {
        name: 'log_min_duration_statement',
        type: 'integer',
        unit: 'ms',
        min: -1,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'log_min_error_statement',
        type: 'enum',
        values: SERVER_LOG_LEVELS,
        requiresRestart: false,
    },
    { name: 'log_min_messages', type: 'enum', values: SERVER_LOG_LEVELS, requiresRestart: false },
    {
        name: 'log_parameter_max_length',
        type: 'integer',
        unit: 'B',
        min: -1,
        max: 1073741823,
        requiresRestart: false,
    },
    {
        name: 'log_parameter_max_length_on_error',
        type: 'integer',
        unit: 'B',
        min: -1,
        max: 1073741823,
        requiresRestart: false,
    },
    { name: 'log_parser_stats', type: 'boolean', requiresRestart: false },
    { name: 'log_planner_stats', type: 'boolean', requiresRestart: false },
    { name: 'log_recovery_conflict_waits', type: 'boolean', requiresRestart: false },
    { name: 'log_replication_commands', type: 'boolean', requiresRestart: false },
    {
        name: 'log_statement',
        type: 'enum',
        values: ['none', 'ddl', 'mod', 'all'],
        requiresRestart: false,
    },
    { name: 'log_statement_stats', type: 'boolean', requiresRestart: false },
    {
        name: 'log_temp_files',
        type: 'integer',
        unit: 'kB',
        min: -1,
        max: INT_MAX,
        requiresRestart: false,
    },
    { name: 'log_timezone', type: 'string', requiresRestart: true, note: CLOUD_RESTART },
    {
        name: 'logical_decoding_work_mem',
        type: 'integer',
        unit: 'kB',
        min: 64,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'maintenance_io_concurrency',
        type: 'integer',
        min: 0,
        max: 1000,
        requiresRestart: false,
    },
    {
        name: 'maintenance_work_mem',
        type: 'integer',
        unit: 'kB',
        min: 1024,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'max_connections',
        type: 'integer',
        min: 14,
        max: 262143,
        requiresRestart: true,
        note: 'Cloud SQL minimum is 14; max and default depend on instance memory',
    },
    {
        name: 'max_locks_per_transaction',
        type: 'integer',
        min: 10,
        max: INT_MAX,
        requiresRestart: true,
    },
    {
        name: 'max_logical_replication_workers',
        type: 'integer',
        min: 4,
        max: 8192,
        requiresRestart: true,
        note: 'Cloud SQL range; PostgreSQL allows 0..262143',
    },
    {
        name: 'max_parallel_maintenance_workers',
        type: 'integer',
        min: 0,
        max: 1024,
        requiresRestart: false,
    },
    { name: 'max_parallel_workers', type: 'integer', min: 0, max: 1024, requiresRestart: false },
    {
        name: 'max_parallel_workers_per_gather',
        type: 'integer',
        min: 0,
        max: 1024,
        requiresRestart: false,
    },
    {
        name: 'max_pred_locks_per_page',
        type: 'integer',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'max_pred_locks_per_relation',
        type: 'integer',
        min: INT_MIN,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'max_pred_locks_per_transaction',
        type: 'integer',
        min: 64,
        max: 1048576,
        requiresRestart: true,
        note: 'Cloud SQL range; PostgreSQL allows 10..2147483647',
    },
    {
        name: 'max_prepared_transactions',
        type: 'integer',
        min: 0,
        max: 262143,
        requiresRestart: true,
    },
    {
        name: 'max_replication_slots',
        type: 'integer',
        min: 10,
        max: 262143,
        requiresRestart: true,
        note: 'Cloud SQL minimum is 10',
    },
    {
        name: 'max_slot_wal_keep_size',
        type: 'integer',
        unit: 'MB',
        min: 102400,
        max: 10485760,
        requiresRestart: false,
        note: 'Cloud SQL range (100 GB to 10 TB); PostgreSQL default -1 is not in it',
    },
    {
        name: 'max_stack_depth',
        type: 'integer',
        unit: 'kB',
        min: 100,
        max: 7680,
        requiresRestart: false,
        note: 'Cloud SQL maximum is 7680 kB',
    },
    {
        name: 'max_standby_archive_delay',
        type: 'integer',
        unit: 'ms',
        min: -1,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'max_standby_streaming_delay',
        type: 'integer',
        unit: 'ms',
        min: -1,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'max_sync_workers_per_subscription',
        type: 'integer',
        min: 2,
        max: 64,
        requiresRestart: false,
        note: 'Cloud SQL range; PostgreSQL allows 0..262143',
    },
    {
        name: 'max_wal_senders',
        type: 'integer',
        min: 10,
        max: 262143,
        requiresRestart: true,
        note: 'Cloud SQL minimum is 10',
    },
    {
        name: 'max_wal_size',
        type: 'integer',
        unit: 'MB',
        min: 2,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'max_worker_processes',
        type: 'integer',
        min: 8,
        max: 262143,
        requiresRestart: true,
        note: 'Cloud SQL minimum is 8',
    },
    {
        name: 'min_parallel_index_scan_size',
        type: 'integer',
        unit: '8kB',
        min: 0,
        max: 715827882,
        requiresRestart: false,
    },
    {
        name: 'min_parallel_table_scan_size',
        type: 'integer',
        unit: '8kB',
        min: 0,
        max: 715827882,
        requiresRestart: false,
    },
    {
        name: 'min_wal_size',
        type: 'integer',
        unit: 'MB',
        min: 32,
        max: INT_MAX,
        requiresRestart: false,
        note: 'Cloud SQL minimum is 32 MB (PostgreSQL allows 2)',
    },
    {
        name: 'old_snapshot_threshold',
        type: 'integer',
        unit: 'min',
        min: -1,
        max: 86400,
        requiresRestart: true,
        untilMajor: 16,
        note: 'removed in PostgreSQL 17',
    },
    {
        name: 'parallel_setup_cost',
        type: 'real',
        min: 0,
        max: Number.MAX_VALUE,
        requiresRestart: false,
    },
    {
        name: 'parallel_tuple_cost',
        type: 'real',
        min: 0,
        max: Number.MAX_VALUE,
        requiresRestart: false,
    },
    {
        name: 'password_encryption',
        type: 'enum',
        values: ['md5', 'scram-sha-256'],
        requiresRestart: false,
    },
    { name: 'pg_bigm.enable_recheck', type: 'boolean', requiresRestart: false },
    { name: 'pg_bigm.gin_key_limit', type: 'integer', min: 0, max: INT_MAX, requiresRestart: false },
    { name: 'pg_bigm.similarity_limit', type: 'real', min: 0, max: 1, requiresRestart: false },
    {
        name: 'pg_hint_plan.debug_print',
        type: 'enum',
        values: HINT_DEBUG_PRINT,
        requiresRestart: false,
    },
    { name: 'pg_hint_plan.enable_hint', type: 'boolean', requiresRestart: false },
    { name: 'pg_hint_plan.enable_hint_table', type: 'boolean', requiresRestart: false },
    {
        name: 'pg_hint_plan.message_level',
        type: 'enum',
        values: HINT_LOG_LEVELS,
        requiresRestart: false,
    },
    {
        name: 'pg_hint_plan.parse_messages',
        type: 'enum',
        values: HINT_LOG_LEVELS,
        requiresRestart: false,
    },
    {
        name: 'pg_stat_statements.max',
        type: 'integer',
        min: 100,
        max: 1073741823,
        requiresRestart: true,
        note: 'Cloud SQL lists up to 2147483647; PostgreSQL 15 caps it at 1073741823',
    },
    { name: 'pg_stat_statements.save', type: 'boolean', requiresRestart: false },
    {
        name: 'pg_stat_statements.track',
        type: 'enum',
        values: ['none', 'top', 'all'],
        requiresRestart: false,
    },
    { name: 'pg_stat_statements.track_planning', type: 'boolean', requiresRestart: false },
    { name: 'pg_stat_statements.track_utility', type: 'boolean', requiresRestart: false },
    {
        name: 'pg_wait_sampling.history_period',
        type: 'integer',
        min: 1,
        max: INT_MAX,
        requiresRestart: false,
        note: 'milliseconds',
    },
    {
        name: 'pg_wait_sampling.history_size',
        type: 'integer',
        min: 1,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'pg_wait_sampling.profile_period',
        type: 'integer',
        min: 1,
        max: INT_MAX,
        requiresRestart: false,
        note: 'milliseconds',
    },
    { name: 'pg_wait_sampling.profile_pid', type: 'boolean', requiresRestart: false },
    { name: 'pg_wait_sampling.profile_queries', type: 'boolean', requiresRestart: false },
    {
        name: 'pgaudit.log',
        type: 'string',
        values: PGAUDIT_CLASSES,
        list: true,
        requiresRestart: false,
        note: 'pgAudit also takes -class to remove a class',
    },
    { name: 'pgaudit.log_catalog', type: 'boolean', requiresRestart: false },
    { name: 'pgaudit.log_client', type: 'boolean', requiresRestart: false },
    {
        name: 'pgaudit.log_level',
        type: 'enum',
        values: EXTENSION_LOG_LEVELS,
        requiresRestart: false,
        note: 'pgAudit rejects error, fatal and panic',
    },
    { name: 'pgaudit.log_parameter', type: 'boolean', requiresRestart: false },
    { name: 'pgaudit.log_relation', type: 'boolean', requiresRestart: false },
    { name: 'pgaudit.log_rows', type: 'boolean', requiresRestart: false },
    { name: 'pgaudit.log_statement_once', type: 'boolean', requiresRestart: false },
    { name: 'pgaudit.role', type: 'string', requiresRestart: false },
    { name: 'pglogical.batch_inserts', type: 'boolean', requiresRestart: true },
    { name: 'pglogical.conflict_log_level', type: 'string', requiresRestart: false },
    {
        name: 'pglogical.conflict_resolution',
        type: 'enum',
        values: ['error', 'apply_remote', 'keep_local', 'last_update_wins', 'first_update_wins'],
        requiresRestart: false,
    },
    { name: 'pglogical.extra_connection_options', type: 'string', requiresRestart: false },
    { name: 'pglogical.synchronous_commit', type: 'boolean', requiresRestart: true },
    { name: 'pglogical.use_spi', type: 'boolean', requiresRestart: true },
    { name: 'pgtt.enabled', type: 'boolean', requiresRestart: false },
    {
        name: 'plan_cache_mode',
        type: 'enum',
        values: ['auto', 'force_generic_plan', 'force_custom_plan'],
        requiresRestart: false,
    },
    { name: 'random_page_cost', type: 'real', min: 0, max: Number.MAX_VALUE, requiresRestart: false },
    {
        name: 'rdkit.agent_fp_bit_ratio',
        type: 'real',
        min: 0,
        max: 3,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.avalon_fp_size',
        type: 'integer',
        min: 64,
        max: 9192,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.dice_threshold',
        type: 'real',
        min: 0,
        max: 1,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.difference_fp_weight_agents',
        type: 'integer',
        min: -10,
        max: 10,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.difference_fp_weight_nonagents',
        type: 'integer',
        min: 1,
        max: 20,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    { name: 'rdkit.do_chiral_sss', type: 'boolean', requiresRestart: false, note: RDKIT_NOTE },
    {
        name: 'rdkit.do_enhanced_stereo_sss',
        type: 'boolean',
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.featmorgan_fp_size',
        type: 'integer',
        min: 64,
        max: 9192,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.hashed_atompair_fp_size',
        type: 'integer',
        min: 64,
        max: 9192,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.hashed_torsion_fp_size',
        type: 'integer',
        min: 64,
        max: 9192,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.ignore_reaction_agents',
        type: 'boolean',
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    { name: 'rdkit.init_reaction', type: 'boolean', requiresRestart: false, note: RDKIT_NOTE },
    {
        name: 'rdkit.layered_fp_size',
        type: 'integer',
        min: 64,
        max: 9192,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.morgan_fp_size',
        type: 'integer',
        min: 64,
        max: 9192,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.move_unmmapped_reactants_to_agents',
        type: 'boolean',
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.rdkit_fp_size',
        type: 'integer',
        min: 64,
        max: 9192,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.reaction_difference_fp_size',
        type: 'integer',
        min: 64,
        max: 9192,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.reaction_difference_fp_type',
        type: 'integer',
        min: 1,
        max: 3,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.reaction_sss_fp_size',
        type: 'integer',
        min: 64,
        max: 9192,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.reaction_sss_fp_type',
        type: 'integer',
        min: 1,
        max: 5,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.sss_fp_size',
        type: 'integer',
        min: 64,
        max: 4096,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.tanimoto_threshold',
        type: 'real',
        min: 0,
        max: 1,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'rdkit.threshold_unmapped_reactant_atoms',
        type: 'real',
        min: 0,
        max: 1,
        requiresRestart: false,
        note: RDKIT_NOTE,
    },
    {
        name: 'recovery_prefetch',
        type: 'enum',
        values: ['off', 'on', 'try'],
        requiresRestart: false,
        sinceMajor: 15,
    },
    {
        name: 'reserved_connections',
        type: 'integer',
        min: 0,
        max: 262143,
        requiresRestart: true,
        sinceMajor: 16,
    },
    { name: 'seq_page_cost', type: 'real', min: 0, max: Number.MAX_VALUE, requiresRestart: false },
    {
        name: 'session_replication_role',
        type: 'enum',
        values: ['origin', 'replica', 'local'],
        requiresRestart: false,
    },
    {
        name: 'shared_buffers',
        type: 'integer',
        unit: '8kB',
        min: 16,
        max: 1073741823,
        requiresRestart: true,
        note: MEMORY_BOUND,
    },
    {
        name: 'squeeze.max_xlock_time',
        type: 'integer',
        min: 1,
        max: INT_MAX,
        requiresRestart: false,
        note: 'milliseconds',
    },
    { name: 'squeeze.worker_autostart', type: 'string', requiresRestart: true },
    { name: 'squeeze.worker_role', type: 'string', requiresRestart: true },
    {
        name: 'ssl_max_protocol_version',
        type: 'enum',
        values: TLS_VERSIONS,
        requiresRestart: false,
        note: 'PostgreSQL also accepts an empty string (no maximum)',
    },
    { name: 'ssl_min_protocol_version', type: 'enum', values: TLS_VERSIONS, requiresRestart: false },
    { name: 'standard_conforming_strings', type: 'boolean', requiresRestart: false },
    { name: 'synchronize_seqscans', type: 'boolean', requiresRestart: false },
    { name: 'tcp_keepalives_count', type: 'integer', min: 0, max: INT_MAX, requiresRestart: false },
    {
        name: 'tcp_keepalives_idle',
        type: 'integer',
        unit: 's',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'tcp_keepalives_interval',
        type: 'integer',
        unit: 's',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'temp_buffers',
        type: 'integer',
        unit: '8kB',
        min: 100,
        max: 1073741823,
        requiresRestart: false,
    },
    {
        name: 'temp_file_limit',
        type: 'integer',
        unit: 'kB',
        min: 1048576,
        max: INT_MAX,
        requiresRestart: false,
        note: 'Cloud SQL minimum is 1048576 kB (1 GB); -1 (no limit) is not accepted',
    },
    { name: 'timezone', type: 'string', requiresRestart: true, note: CLOUD_RESTART },
    { name: 'trace_notify', type: 'boolean', requiresRestart: false },
    {
        name: 'trace_recovery_messages',
        type: 'enum',
        values: CLIENT_LOG_LEVELS,
        requiresRestart: false,
        untilMajor: 16,
        note: 'removed in PostgreSQL 17',
    },
    { name: 'trace_sort', type: 'boolean', requiresRestart: false },
    { name: 'track_activities', type: 'boolean', requiresRestart: false },
    {
        name: 'track_activity_query_size',
        type: 'integer',
        unit: 'B',
        min: 100,
        max: 102400,
        requiresRestart: true,
        note: 'Cloud SQL maximum is 102400 B',
    },
    { name: 'track_commit_timestamp', type: 'boolean', requiresRestart: true },
    { name: 'track_counts', type: 'boolean', requiresRestart: false },
    { name: 'track_functions', type: 'enum', values: ['none', 'pl', 'all'], requiresRestart: false },
    { name: 'track_io_timing', type: 'boolean', requiresRestart: false },
    {
        name: 'vacuum_cost_delay',
        type: 'integer',
        unit: 'ms',
        min: 0,
        max: 100,
        requiresRestart: false,
        note: INTEGER_DELAY,
    },
    { name: 'vacuum_cost_limit', type: 'integer', min: 1, max: 10000, requiresRestart: false },
    { name: 'vacuum_cost_page_dirty', type: 'integer', min: 0, max: 10000, requiresRestart: false },
    { name: 'vacuum_cost_page_hit', type: 'integer', min: 0, max: 10000, requiresRestart: false },
    { name: 'vacuum_cost_page_miss', type: 'integer', min: 0, max: 10000, requiresRestart: false },
    { name: 'vacuum_failsafe_age', type: 'integer', min: 0, max: 2100000000, requiresRestart: false },
    {
        name: 'vacuum_freeze_min_age',
        type: 'integer',
        min: 0,
        max: 1000000000,
        requiresRestart: false,
    },
    {
        name: 'vacuum_freeze_table_age',
        type: 'integer',
        min: 0,
        max: 2000000000,
        requiresRestart: false,
    },
    {
        name: 'vacuum_multixact_failsafe_age',
        type: 'integer',
        min: 0,
        max: 2100000000,
        requiresRestart: false,
    },
    {
        name: 'vacuum_multixact_freeze_min_age',
        type: 'integer',
        min: 0,
        max: 1000000000,
        requiresRestart: false,
    },
    {
        name: 'vacuum_multixact_freeze_table_age',
        type: 'integer',
        min: 0,
        max: 2000000000,
        requiresRestart: false,
    },
    {
        name: 'wal_buffers',
        type: 'integer',
        unit: '8kB',
        min: -1,
        max: 262143,
        requiresRestart: true,
        note: ENGINE_RANGE,
    },
    {
        name: 'wal_compression',
        type: 'enum',
        values: ['pglz', 'lz4', 'zstd', 'on', 'off'],
        requiresRestart: false,
        note: 'PostgreSQL 14 takes only on|off; pglz, lz4 and zstd need 15 or later',
    },
    {
        name: 'wal_decode_buffer_size',
        type: 'integer',
        unit: 'B',
        min: 65536,
        max: 1073741823,
        requiresRestart: true,
        sinceMajor: 15,
    },
    {
        name: 'wal_receiver_timeout',
        type: 'integer',
        unit: 'ms',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'wal_sender_timeout',
        type: 'integer',
        unit: 'ms',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    {
        name: 'wal_writer_delay',
        type: 'integer',
        unit: 'ms',
        min: 1,
        max: 10000,
        requiresRestart: false,
    },
    {
        name: 'wal_writer_flush_after',
        type: 'integer',
        unit: '8kB',
        min: 0,
        max: INT_MAX,
        requiresRestart: false,
    },
    { name: 'work_mem', type: 'integer', unit: 'kB', min: 64, max: INT_MAX, requiresRestart: false },
];
/** Lookup by lower-case name. */
const FLAGS_BY_NAME = new Map(CLOUDSQL_FLAGS.map((f) => [f.name, f]));
/** The flags a given major accepts. */
function flagsForMajor(major) {
    return CLOUDSQL_FLAGS.filter((f) => (f.sinceMajor === undefined || major >= f.sinceMajor) &&
        (f.untilMajor === undefined || major <= f.untilMajor));
}


/***/ }),

/***/ 6525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ ENV_REFERENCE)
/* harmony export */ });
/**
 * `${NAME}`: how a secret is written in pgci.yml — a reference to an environment variable,
 * never the value. Kept apart from schema.ts so runtime code does not load TypeBox.
 */
const ENV_REFERENCE = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;


/***/ }),

/***/ 67169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j_: () => (/* binding */ validateConfigFile),
  sQ: () => (/* binding */ validateLoaded)
});

// UNUSED EXPORTS: validateConfigText

// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(46409);
// EXTERNAL MODULE: ./src/config/problem.ts
var problem = __webpack_require__(88841);
// EXTERNAL MODULE: ./src/config/located-problem.ts
var located_problem = __webpack_require__(89366);
// EXTERNAL MODULE: ./src/cloudsql/flags.ts
var flags = __webpack_require__(76364);
;// CONCATENATED MODULE: ./src/cloudsql/tiers.ts
/**
 * Cloud SQL for PostgreSQL machine tiers: what a tier name means (vCPUs, memory, edition) and
 * the limits Cloud SQL documents for it. Recorded from Google's "Instance settings" and
 * "Quotas and limits" pages for PostgreSQL (2026-11); SqlTiersService.list gives the same RAM
 * figures for a live project.
 */
const SHARED_CORE = {
    'db-f1-micro': {
        tier: 'db-f1-micro',
        kind: 'shared-core',
        vcpus: 1,
        memoryMb: 614,
        editions: ['ENTERPRISE'],
    },
    'db-g1-small': {
        tier: 'db-g1-small',
        kind: 'shared-core',
        vcpus: 1,
        memoryMb: 1740,
        editions: ['ENTERPRISE'],
    },
};
/** Enterprise Plus performance-optimized (N2) shapes: 8 GB per vCPU. */
const PERF_OPTIMIZED_VCPUS = [2, 4, 8, 16, 32, 48, 64, 80, 96, 128];
const CUSTOM = /^db-custom-(\d+)-(\d+)$/;
const PERF = /^db-perf-optimized-n-(\d+)$/i;
const CUSTOM_LIMITS = {
    maxVcpus: 96,
    minMemoryMb: 3840,
    memoryStepMb: 256,
    minMbPerVcpu: 0.9 * 1024,
    maxMbPerVcpu: 6.5 * 1024,
};
/** Parses a tier name; undefined when it is not a tier Cloud SQL offers for PostgreSQL. */
function parseTier(tier) {
    const shared = SHARED_CORE[tier];
    if (shared)
        return shared;
    const custom = CUSTOM.exec(tier);
    if (custom) {
        return {
            tier,
            kind: 'custom',
            vcpus: Number(custom[1]),
            memoryMb: Number(custom[2]),
            editions: ['ENTERPRISE'],
        };
    }
    const perf = PERF.exec(tier);
    if (perf && PERF_OPTIMIZED_VCPUS.includes(Number(perf[1]))) {
        const vcpus = Number(perf[1]);
        return {
            tier,
            kind: 'perf-optimized',
            vcpus,
            memoryMb: vcpus * 8 * 1024,
            editions: ['ENTERPRISE_PLUS'],
        };
    }
    return undefined;
}
/** Cloud SQL's shape rules for db-custom-<vCPU>-<MB>; empty for valid or non-custom tiers. */
function customTierViolations(info) {
    if (info.kind !== 'custom')
        return [];
    const out = [];
    const { vcpus, memoryMb } = info;
    if (vcpus < 1 || vcpus > CUSTOM_LIMITS.maxVcpus || (vcpus !== 1 && vcpus % 2 !== 0)) {
        out.push({
            rule: 'cloudsql-tier-vcpu',
            message: `A custom tier has 1 or an even number of vCPUs up to ${CUSTOM_LIMITS.maxVcpus}; ${vcpus} is not. Use e.g. db-custom-${nearestValidVcpus(vcpus)}-${memoryMb}.`,
        });
        return out;
    }
    const lo = Math.max(CUSTOM_LIMITS.minMemoryMb, roundUp(vcpus * CUSTOM_LIMITS.minMbPerVcpu));
    const hi = roundDown(vcpus * CUSTOM_LIMITS.maxMbPerVcpu);
    if (memoryMb % CUSTOM_LIMITS.memoryStepMb !== 0) {
        out.push({
            rule: 'cloudsql-tier-memory',
            message: `Custom tier memory must be a multiple of 256 MB; ${memoryMb} MB is not. Use ${[...new Set([clamp(roundDown(memoryMb), lo, hi), clamp(roundUp(memoryMb), lo, hi)])].join(' or ')}.`,
        });
    }
    else if (memoryMb < lo || memoryMb > hi) {
        out.push({
            rule: 'cloudsql-tier-memory',
            message: `With ${vcpus} vCPU${vcpus > 1 ? 's' : ''} a custom tier takes ${lo}–${hi} MB (0.9–6.5 GB per vCPU, at least 3840 MB); ${memoryMb} MB is outside. Use db-custom-${vcpus}-${clamp(memoryMb, lo, hi)} or change the vCPU count.`,
        });
    }
    return out;
}
function nearestValidVcpus(v) {
    if (v <= 1)
        return 1;
    if (v > CUSTOM_LIMITS.maxVcpus)
        return CUSTOM_LIMITS.maxVcpus;
    return v % 2 === 0 ? v : v + 1;
}
const roundUp = (mb) => Math.ceil(mb / 256) * 256;
const roundDown = (mb) => Math.floor(mb / 256) * 256;
const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
/**
 * Cloud SQL's default max_connections for an instance of this memory (the documented table:
 * 0.6 GB 25, 1.7 GB 50, 3.75–6 GB 100, 6–7.5 GB 200, 7.5–15 GB 400, 15–30 GB 500,
 * 30–60 GB 600, 60–120 GB 800, more 1000).
 */
function defaultMaxConnections(memoryMb) {
    const gb = memoryMb / 1024;
    if (gb < 1)
        return 25;
    if (gb < 3.75)
        return 50;
    if (gb < 6)
        return 100;
    if (gb < 7.5)
        return 200;
    if (gb < 15)
        return 400;
    if (gb < 30)
        return 500;
    if (gb < 60)
        return 600;
    if (gb < 120)
        return 800;
    return 1000;
}
/** Largest data disk, GB, by tier kind (shared-core instances are capped far lower). */
function maxDiskGb(info) {
    return info.kind === 'shared-core' ? 3062 : 65536;
}

// EXTERNAL MODULE: ./src/postgres/units.ts
var units = __webpack_require__(10336);
// EXTERNAL MODULE: ./src/config/schema-check.ts + 1 modules
var schema_check = __webpack_require__(25235);
;// CONCATENATED MODULE: ./src/config/rules/cloudsql.ts
/** Rules for what the Cloud SQL Admin API would refuse, caught before any call is made. */




function checkCloudSql(ctx) {
    const instance = ctx.config.instance;
    if (!instance)
        return;
    checkTier(ctx);
    checkDisk(ctx);
    checkBackups(ctx);
    const maintenance = instance.maintenance;
    if (maintenance && (maintenance.day === undefined) !== (maintenance.hour === undefined)) {
        const missing = maintenance.day === undefined ? 'day' : 'hour';
        ctx.report('cloudsql-maintenance-window', ['instance', 'maintenance'], `The maintenance window has no \`${missing}\`; add it so updates land at a quiet time you chose.`);
    }
    checkFlags(ctx);
}
function checkTier(ctx) {
    const instance = ctx.config.instance;
    if (instance.edition === undefined && (ctx.major ?? 0) >= 16) {
        ctx.report('cloudsql-edition-unset', ['instance', 'databaseVersion'], `No \`edition\`: Cloud SQL creates ${instance.databaseVersion} instances as ENTERPRISE_PLUS unless told otherwise. Write \`edition: ENTERPRISE\` or \`edition: ENTERPRISE_PLUS\`.`);
    }
    const tier = ctx.tier;
    if (!tier) {
        ctx.report('cloudsql-tier-format', ['instance', 'tier'], `\`${instance.tier}\` is not a Cloud SQL for PostgreSQL tier. Use db-custom-<vCPU>-<MB> (e.g. db-custom-2-7680), db-f1-micro or db-g1-small on ENTERPRISE, or db-perf-optimized-N-<vCPU> on ENTERPRISE_PLUS.`, 'value');
        return;
    }
    for (const v of customTierViolations(tier))
        ctx.report(v.rule, ['instance', 'tier'], v.message, 'value');
    if (ctx.edition && !tier.editions.includes(ctx.edition)) {
        const offered = tier.editions.join(' or ');
        const alternative = ctx.edition === 'ENTERPRISE_PLUS'
            ? 'a db-perf-optimized-N-<vCPU> tier (e.g. db-perf-optimized-N-2)'
            : 'a db-custom-<vCPU>-<MB> tier';
        ctx.report('cloudsql-tier-edition', ['instance', 'tier'], `${tier.tier} is offered on ${offered} only, and this instance is ${ctx.edition}${instance.edition ? '' : ' (the default for its version)'}. Use ${alternative}, or set \`edition: ${tier.editions[0]}\`.`, 'value');
    }
}
function checkDisk(ctx) {
    const disk = ctx.config.instance.disk;
    if (!disk)
        return;
    if (ctx.tier && disk.sizeGb !== undefined && disk.sizeGb > maxDiskGb(ctx.tier)) {
        ctx.report('cloudsql-disk', ['instance', 'disk', 'sizeGb'], `${ctx.tier.tier} takes at most ${maxDiskGb(ctx.tier)} GB of disk; choose a dedicated-core tier for ${disk.sizeGb} GB.`, 'value');
    }
    if (disk.autoResizeLimitGb !== undefined &&
        disk.autoResizeLimitGb !== 0 &&
        disk.sizeGb !== undefined &&
        disk.autoResizeLimitGb < disk.sizeGb) {
        ctx.report('cloudsql-disk', ['instance', 'disk', 'autoResizeLimitGb'], `The auto-resize limit (${disk.autoResizeLimitGb} GB) is below the disk size (${disk.sizeGb} GB); set it to 0 for no limit or to at least ${disk.sizeGb}.`, 'value');
    }
    if (disk.autoResizeLimitGb && disk.autoResize === false) {
        ctx.report('cloudsql-disk', ['instance', 'disk', 'autoResizeLimitGb'], '`autoResizeLimitGb` has no effect while `autoResize` is false; remove it or enable auto-resize.');
    }
    if (ctx.edition === 'ENTERPRISE_PLUS' && disk.type === 'PD_HDD') {
        ctx.report('cloudsql-disk', ['instance', 'disk', 'type'], 'ENTERPRISE_PLUS instances need SSD storage; use `type: PD_SSD`.', 'value');
    }
}
function checkBackups(ctx) {
    const backups = ctx.config.instance.backups;
    if (!backups)
        return;
    const at = (key) => ['instance', 'backups', key];
    if (backups.startTime !== undefined && !/^([01]\d|2[0-3]):00$/.test(backups.startTime)) {
        ctx.report('cloudsql-backup-window', at('startTime'), `\`startTime\` must be a UTC hour written HH:00 (e.g. "03:00"); "${backups.startTime}" is not.`, 'value');
    }
    const pitr = backups.pointInTimeRecovery === true;
    if (pitr && backups.enabled === false) {
        ctx.report('cloudsql-pitr', at('pointInTimeRecovery'), 'Point-in-time recovery needs automated backups; set `enabled: true` or turn PITR off.');
    }
    const days = backups.transactionLogRetentionDays;
    if (days !== undefined) {
        const max = ctx.edition === 'ENTERPRISE_PLUS' ? 35 : 7;
        if (days > max) {
            ctx.report('cloudsql-pitr', at('transactionLogRetentionDays'), `${ctx.edition} keeps transaction logs for 1–${max} days; ${days} is too many.${max === 7 ? ' Up to 35 needs ENTERPRISE_PLUS.' : ''}`, 'value');
        }
        else if (!pitr) {
            ctx.report('cloudsql-pitr', at('transactionLogRetentionDays'), '`transactionLogRetentionDays` only matters with `pointInTimeRecovery: true`; enable PITR or remove it.');
        }
        if (backups.retainedBackups !== undefined && days > backups.retainedBackups) {
            ctx.report('cloudsql-pitr', at('transactionLogRetentionDays'), `Transaction logs kept ${days} days outlive the ${backups.retainedBackups} retained daily backups they replay from; keep at least ${days} backups.`, 'value');
        }
    }
}
function checkFlags(ctx) {
    if (ctx.major === undefined)
        return;
    const accepted = new Map((0,flags/* flagsForMajor */.S6)(ctx.major).map((f) => [f.name, f]));
    for (const entry of ctx.parameters.values()) {
        const path = ['parameters', entry.key];
        const spec = accepted.get(entry.name);
        if (!spec) {
            const hint = (0,schema_check/* suggest */.Z)(entry.name, [...accepted.keys()]);
            const elsewhere = entry.spec ? ` (it exists for other PostgreSQL majors)` : '';
            ctx.report('cloudsql-flag-unknown', path, `Cloud SQL for PostgreSQL ${ctx.major} does not accept the flag \`${entry.key}\`${elsewhere}.${hint ? ` Did you mean \`${hint}\`?` : ' Remove it.'}`);
            continue;
        }
        const problem = flagValueProblem(spec, entry.value);
        if (problem) {
            ctx.report('cloudsql-flag-value', path, `\`${entry.key}\`: ${problem}.`, 'value');
        }
        else if (spec.requiresRestart) {
            ctx.report('cloudsql-flag-restart', path, `Changing \`${entry.key}\` restarts the instance; apply needs allow-restart.`);
        }
    }
}
/** Why a value is not acceptable for a flag, or undefined when it is. */
function flagValueProblem(spec, value) {
    switch (spec.type) {
        case 'boolean':
            return (0,units/* parseBoolean */.yG)(value) === undefined ? 'takes on or off' : undefined;
        case 'enum': {
            const word = String(value).toLowerCase();
            const allowed = spec.values ?? [];
            return allowed.includes(word) ? undefined : `takes one of ${allowed.join(', ')}`;
        }
        case 'string': {
            if (!spec.list || !spec.values)
                return undefined;
            const items = String(value)
                .split(',')
                .map((s) => s.trim().toLowerCase().replace(/^-/, ''))
                .filter(Boolean);
            const bad = items.filter((i) => !spec.values.includes(i));
            return bad.length
                ? `takes items from ${spec.values.join(', ')}; not ${bad.join(', ')}`
                : undefined;
        }
        case 'integer':
        case 'real': {
            if (typeof value === 'boolean')
                return 'takes a number';
            const parsed = (0,units/* parseQuantity */.Lf)(value, spec.unit);
            if (!parsed.ok)
                return parsed.reason;
            if (spec.type === 'integer' && !Number.isInteger(parsed.value)) {
                return `must be a whole number of ${spec.unit ?? 'units'}`;
            }
            const unit = spec.unit ? ` ${spec.unit}` : '';
            if (spec.min !== undefined && parsed.value < spec.min) {
                return `must be at least ${spec.min}${unit} (got ${round(parsed.value)}${unit})`;
            }
            if (spec.max !== undefined && parsed.value > spec.max) {
                return `must be at most ${spec.max}${unit} (got ${round(parsed.value)}${unit})`;
            }
            return undefined;
        }
    }
}
const round = (v) => Math.round(v * 100) / 100;

;// CONCATENATED MODULE: ./src/config/rules/context.ts
/**
 * What every rule sees: the typed config, a way to report a problem at a path, and facts
 * derived once (tier, memory, edition, parsed parameters) so no two rules derive them twice.
 */



function buildContext(config, report) {
    const instance = config.instance;
    const major = instance ? Number(instance.databaseVersion.replace('POSTGRES_', '')) : undefined;
    const edition = instance
        ? (instance.edition ?? ((major ?? 0) >= 16 ? 'ENTERPRISE_PLUS' : 'ENTERPRISE'))
        : undefined;
    const tier = instance ? parseTier(instance.tier) : undefined;
    const memoryBytes = tier ? tier.memoryMb * 1024 * 1024 : undefined;
    const parameters = new Map();
    for (const [key, value] of Object.entries(config.parameters ?? {})) {
        const name = key.toLowerCase();
        parameters.set(name, { name, key, value, spec: flags/* FLAGS_BY_NAME */.cG.get(name) });
    }
    const number = (name) => {
        const entry = parameters.get(name);
        if (!entry || typeof entry.value === 'boolean')
            return undefined;
        const parsed = (0,units/* parseQuantity */.Lf)(entry.value, entry.spec?.unit);
        return parsed.ok ? parsed.value : undefined;
    };
    const bytes = (name) => {
        const value = number(name);
        return value === undefined ? undefined : (0,units/* toBytes */.ZJ)(value, parameters.get(name)?.spec?.unit);
    };
    const explicitMax = number('max_connections');
    const maxConnections = explicitMax ?? (tier ? defaultMaxConnections(tier.memoryMb) : instance ? undefined : 100);
    return {
        config,
        report,
        major,
        edition,
        tier,
        memoryBytes,
        parameters,
        bytes,
        number,
        maxConnections,
    };
}

;// CONCATENATED MODULE: ./src/config/rules/identity.ts
const IDENTIFIER = /^[a-z_][a-z0-9_$]*$/;
const RESERVED_ROLES = new Set([
    'postgres',
    'public',
    'none',
    'current_user',
    'session_user',
    'current_role',
]);
const RESERVED_DATABASES = new Set(['postgres', 'template0', 'template1', 'cloudsqladmin']);
/** Which privileges PostgreSQL accepts for each kind of object. */
const VALID_PRIVILEGES = {
    database: ['ALL', 'CREATE', 'CONNECT', 'TEMPORARY'],
    schema: ['ALL', 'USAGE', 'CREATE'],
    tables: ['ALL', 'SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'],
    sequences: ['ALL', 'USAGE', 'SELECT', 'UPDATE'],
    functions: ['ALL', 'EXECUTE'],
};
function checkIdentity(ctx) {
    const databases = ctx.config.databases ?? [];
    const roles = ctx.config.roles ?? [];
    const roleNames = new Set(roles.map((r) => r.name));
    const databaseNames = new Set(databases.map((d) => d.name));
    checkNames(ctx, 'database', databases.map((d) => d.name), ['databases']);
    checkNames(ctx, 'role', roles.map((r) => r.name), ['roles']);
    databases.forEach((db, i) => {
        if (db.owner !== undefined && !roleNames.has(db.owner)) {
            ctx.report('identity-unknown-role', ['databases', i, 'owner'], `Database ${db.name} is owned by \`${db.owner}\`, which is not declared under \`roles\`. Declare it, or fix the name.`, 'value');
        }
    });
    roles.forEach((role, i) => {
        (role.memberOf ?? []).forEach((parent, j) => {
            if (!roleNames.has(parent) && !parent.startsWith('pg_') && parent !== 'cloudsqlsuperuser') {
                ctx.report('identity-unknown-role', ['roles', i, 'memberOf', j], `Role ${role.name} is a member of \`${parent}\`, which is not declared under \`roles\` and is not a built-in pg_* role.`, 'value');
            }
        });
        if (role.login && role.password === undefined && role.iam === undefined) {
            ctx.report('identity-login-without-credential', ['roles', i], `Login role ${role.name} has neither \`password: \${ENV_VAR}\` nor \`iam:\`; it could log in only where pg_hba trusts it. Give it one.`);
        }
        if (role.iam !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(role.iam)) {
            ctx.report('identity-iam-principal', ['roles', i, 'iam'], `\`iam\` must be an IAM user or service account email (e.g. app@my-project.iam.gserviceaccount.com).`, 'value');
        }
        (role.grants ?? []).forEach((grant, j) => checkGrant(ctx, grant, ['roles', i, 'grants', j], databaseNames));
    });
    checkCycles(ctx);
}
function checkNames(ctx, kind, names, base) {
    const seen = new Map();
    names.forEach((name, i) => {
        const path = [...base, i, 'name'];
        if (Buffer.byteLength(name) > 63 || !IDENTIFIER.test(name)) {
            ctx.report('identity-invalid-name', path, `${kind === 'role' ? 'Role' : 'Database'} name \`${name}\` ${Buffer.byteLength(name) > 63 ? 'is longer than 63 bytes' : 'needs quoting in SQL'}; use lower-case letters, digits and _, starting with a letter or _.`, 'value');
        }
        const reserved = kind === 'role'
            ? RESERVED_ROLES.has(name) || name.startsWith('pg_') || name.startsWith('cloudsql')
            : RESERVED_DATABASES.has(name);
        if (reserved) {
            ctx.report('identity-reserved-name', path, `\`${name}\` is reserved by PostgreSQL or Cloud SQL; choose another ${kind} name.`, 'value');
        }
        const first = seen.get(name);
        if (first !== undefined) {
            ctx.report('identity-duplicate', path, `${kind === 'role' ? 'Role' : 'Database'} \`${name}\` is declared twice (first at ${base[0]}[${first}]); merge the entries.`, 'value');
        }
        else {
            seen.set(name, i);
        }
    });
}
function checkGrant(ctx, grant, path, databases) {
    if (!databases.has(grant.database)) {
        ctx.report('identity-unknown-database', [...path, 'database'], `The grant is on database \`${grant.database}\`, which is not declared under \`databases\`.`, 'value');
    }
    const valid = VALID_PRIVILEGES[grant.on];
    const invalid = grant.privileges.filter((p) => !valid.includes(p));
    if (invalid.length) {
        ctx.report('identity-grant-privilege', [...path, 'privileges'], `${invalid.join(', ')} cannot be granted on ${grant.on}; valid there: ${valid.join(', ')}.`);
    }
    if (grant.on !== 'database' && grant.schema === undefined) {
        ctx.report('identity-grant-privilege', path, `A grant on ${grant.on} needs \`schema\` (e.g. \`schema: public\`).`);
    }
}
/** Reports each role that reaches itself through memberOf, once per cycle. */
function checkCycles(ctx) {
    const roles = ctx.config.roles ?? [];
    const parents = new Map(roles.map((r) => [r.name, r.memberOf ?? []]));
    const index = new Map(roles.map((r, i) => [r.name, i]));
    const reported = new Set();
    for (const role of roles) {
        const cycle = pathBackTo(role.name, parents);
        if (!cycle)
            continue;
        const key = [...cycle.slice(0, -1)].sort().join(',');
        if (reported.has(key))
            continue;
        reported.add(key);
        ctx.report('identity-membership-cycle', ['roles', index.get(role.name), 'memberOf'], `Role membership cycle: ${cycle.join(' → ')}. Remove one of these memberOf entries.`);
    }
}
/** A memberOf path from `start` back to itself (depth-first, each role visited once), if any. */
function pathBackTo(start, parents) {
    const cameFrom = new Map();
    const pending = [...(parents.get(start) ?? [])].map((p) => [p, start]);
    while (pending.length) {
        const [name, from] = pending.pop();
        if (cameFrom.has(name))
            continue;
        cameFrom.set(name, from);
        if (name === start) {
            const path = [start];
            for (let at = from; at !== start; at = cameFrom.get(at))
                path.unshift(at);
            return [start, ...path];
        }
        for (const parent of parents.get(name) ?? [])
            pending.push([parent, name]);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/config/rules/pooling.ts
function checkPooling(ctx) {
    const pooling = ctx.config.pooling;
    if (!pooling)
        return;
    if (pooling.mode === 'managed' && ctx.edition && ctx.edition !== 'ENTERPRISE_PLUS') {
        ctx.report('pooling-managed-edition', ['pooling', 'mode'], `Managed connection pooling needs an ENTERPRISE_PLUS instance; this one is ${ctx.edition}. Use \`mode: pgbouncer\` or \`client\`, or change the edition.`, 'value');
    }
    const max = ctx.maxConnections;
    if (max === undefined)
        return;
    const reserved = pooling.reservedConnections ?? 0;
    const demand = pooling.appInstances * pooling.poolSize + reserved;
    const source = ctx.parameters.has('max_connections')
        ? 'max_connections'
        : ctx.tier
            ? `Cloud SQL's default max_connections for ${ctx.tier.tier}`
            : "PostgreSQL's default max_connections";
    const sum = `${pooling.appInstances} app instances × poolSize ${pooling.poolSize} + ${reserved} reserved = ${demand}`;
    if (demand > max) {
        const fit = Math.max(1, Math.floor((max - reserved) / pooling.appInstances));
        ctx.report('pooling-capacity', ['pooling', 'poolSize'], `${sum} connections, more than ${source} (${max}). Use poolSize ${fit} or less, raise max_connections, or pool through PgBouncer.`, 'value');
    }
    else if (demand > max * 0.9) {
        ctx.report('pooling-headroom', ['pooling', 'poolSize'], `${sum} connections, over 90% of ${source} (${max}); a rolling deploy or a migration will run out. Leave at least 10% free.`, 'value');
    }
}

// EXTERNAL MODULE: ./src/config/env-reference.ts
var env_reference = __webpack_require__(6525);
;// CONCATENATED MODULE: ./src/config/rules/security.ts
/** Settings that expose the instance or its data; the security-scan re-checks them live. */

const WORLD = new Set(['0.0.0.0/0', '::/0', '0.0.0.0', '::/0.0.0.0']);
function checkSecurity(ctx, today) {
    checkPasswords(ctx);
    const instance = ctx.config.instance;
    if (!instance)
        return;
    const network = instance.network ?? {};
    const publicIp = network.publicIp ?? !network.privateNetwork;
    (network.authorizedNetworks ?? []).forEach((entry, i) => {
        const path = ['instance', 'network', 'authorizedNetworks', i];
        if (WORLD.has(entry.cidr.trim())) {
            ctx.report('security-open-network', [...path, 'cidr'], `${entry.cidr} lets every address on the internet reach the instance. Narrow it to your own ranges, or connect through the Cloud SQL connector or private IP.`, 'value');
        }
        if (!entry.expires) {
            ctx.report('security-network-expiry', path, `Authorized network ${entry.name ?? entry.cidr} has no \`expires\` date; add one so temporary access ends.`);
        }
        else {
            const expires = new Date(entry.expires);
            if (Number.isNaN(expires.getTime())) {
                ctx.report('security-network-expiry', [...path, 'expires'], `\`expires\` must be a date (YYYY-MM-DD) or an RFC 3339 timestamp.`, 'value');
            }
            else if (expires.getTime() < today.getTime()) {
                ctx.report('security-network-expiry', [...path, 'expires'], `Authorized network ${entry.name ?? entry.cidr} expired on ${entry.expires}; remove it.`, 'value');
            }
        }
    });
    const encrypted = network.sslMode !== undefined && network.sslMode !== 'ALLOW_UNENCRYPTED_AND_ENCRYPTED';
    const connectorOnly = network.connectorEnforcement === 'REQUIRED';
    if (publicIp && !encrypted && !connectorOnly) {
        ctx.report('security-public-ip-unencrypted', ['instance', 'network', network.sslMode ? 'sslMode' : 'publicIp'], 'The instance has a public IP and accepts unencrypted connections. Set `sslMode: ENCRYPTED_ONLY` or `connectorEnforcement: REQUIRED` (or turn off the public IP).');
    }
    else if (network.sslMode === 'ALLOW_UNENCRYPTED_AND_ENCRYPTED') {
        ctx.report('security-ssl-mode', ['instance', 'network', 'sslMode'], 'sslMode ALLOW_UNENCRYPTED_AND_ENCRYPTED lets clients connect in plain text; use ENCRYPTED_ONLY.', 'value');
    }
    if (instance.backups?.enabled === false || !instance.backups) {
        ctx.report('security-backups-disabled', instance.backups ? ['instance', 'backups', 'enabled'] : ['instance'], instance.backups
            ? 'Automated backups are off; set `enabled: true` (and consider pointInTimeRecovery).'
            : 'No `backups` section: declare `backups: { enabled: true, startTime: "03:00", pointInTimeRecovery: true }` so the instance is backed up.', instance.backups ? 'value' : 'key');
    }
    if (instance.deletionProtection !== true) {
        ctx.report('security-deletion-protection', instance.deletionProtection === false ? ['instance', 'deletionProtection'] : ['instance'], 'Deletion protection is off; set `deletionProtection: true` so a stray delete cannot drop the instance.', instance.deletionProtection === false ? 'value' : 'key');
    }
    const iamRoles = (ctx.config.roles ?? []).some((r) => r.iam);
    const iamFlag = ctx.parameters.get('cloudsql.iam_authentication');
    if (iamRoles &&
        !(iamFlag && ['on', 'true', '1', 'yes'].includes(String(iamFlag.value).toLowerCase()))) {
        ctx.report('security-iam-auth-flag', iamFlag ? ['parameters', iamFlag.key] : ['roles'], 'Roles with `iam:` need IAM database authentication: add `cloudsql.iam_authentication: on` under `parameters`.', iamFlag ? 'value' : 'key');
    }
}
function checkPasswords(ctx) {
    (ctx.config.roles ?? []).forEach((role, i) => {
        if (role.password === undefined || env_reference/* ENV_REFERENCE */.m.test(role.password))
            return;
        // Never repeat the value: it may be a real password.
        ctx.report('security-plaintext-password', ['roles', i, 'password'], `Role ${role.name} has its password written in the file. Replace it with \`password: \${${envName(role.name)}}\`, provide that variable from a secret, and rotate the exposed password.`, 'value');
    });
}
const envName = (role) => `${role.toUpperCase().replace(/[^A-Z0-9_]/g, '_')}_PASSWORD`;

;// CONCATENATED MODULE: ./src/config/rules/tuning.ts
/** Memory and planner settings judged against the instance's memory (from its tier). */


const GB = 1024 ** 3;
function checkTuning(ctx) {
    const ram = ctx.memoryBytes;
    const at = (name) => ['parameters', ctx.parameters.get(name)?.key ?? name];
    const pct = (bytes) => `${Math.round((bytes / ram) * 100)}%`;
    if (ram !== undefined) {
        const shared = ctx.bytes('shared_buffers');
        if (shared !== undefined && (shared < ram * 0.1 || shared > ram * 0.45)) {
            ctx.report('tuning-shared-buffers', at('shared_buffers'), `shared_buffers is ${(0,units/* formatBytes */.z3)(shared)}, ${pct(shared)} of ${(0,units/* formatBytes */.z3)(ram)}; aim for 25–35% (about ${(0,units/* formatBytes */.z3)(roundMb(ram * 0.3))}).`, 'value');
        }
        const cache = ctx.bytes('effective_cache_size');
        if (cache !== undefined && cache > ram) {
            ctx.report('tuning-effective-cache-size', at('effective_cache_size'), `effective_cache_size (${(0,units/* formatBytes */.z3)(cache)}) is more than the instance's ${(0,units/* formatBytes */.z3)(ram)}; the planner will expect cache hits that cannot happen. Use 50–75% of memory (about ${(0,units/* formatBytes */.z3)(roundMb(ram * 0.7))}).`, 'value');
        }
        else if (cache !== undefined && cache < ram * 0.4) {
            ctx.report('tuning-effective-cache-size', at('effective_cache_size'), `effective_cache_size (${(0,units/* formatBytes */.z3)(cache)}) is only ${pct(cache)} of memory; the planner will shun index scans. Use 50–75% (about ${(0,units/* formatBytes */.z3)(roundMb(ram * 0.7))}).`, 'value');
        }
        const maintenance = ctx.bytes('maintenance_work_mem');
        if (maintenance !== undefined && (maintenance > ram * 0.1 || maintenance > 2 * GB)) {
            ctx.report('tuning-maintenance-work-mem', at('maintenance_work_mem'), `maintenance_work_mem (${(0,units/* formatBytes */.z3)(maintenance)}) is ${pct(maintenance)} of memory and each autovacuum worker may take it; keep it under 10% and at most 2GB (about ${(0,units/* formatBytes */.z3)(roundMb(Math.min(ram * 0.05, 2 * GB)))}).`, 'value');
        }
        const work = ctx.bytes('work_mem');
        const conns = ctx.maxConnections;
        if (work !== undefined && conns !== undefined && work * conns > ram) {
            ctx.report('tuning-work-mem', at('work_mem'), `work_mem ${(0,units/* formatBytes */.z3)(work)} × max_connections ${conns} = ${(0,units/* formatBytes */.z3)(roundMb(work * conns))}, more than the instance's ${(0,units/* formatBytes */.z3)(ram)}. Lower work_mem to about ${(0,units/* formatBytes */.z3)(roundKb((ram * 0.25) / conns))}, or lower max_connections and pool.`, 'value');
        }
        const explicitMax = ctx.number('max_connections');
        const documented = defaultMaxConnections(ram / 1024 / 1024);
        if (explicitMax !== undefined && explicitMax > documented * 2) {
            ctx.report('tuning-max-connections', at('max_connections'), `max_connections ${explicitMax} is more than twice Cloud SQL's ${documented} for ${(0,units/* formatBytes */.z3)(ram)}; each backend costs memory. Keep it near ${documented} and pool connections (pooling: pgbouncer or managed).`, 'value');
        }
    }
    const disk = ctx.config.instance?.disk?.type ?? (ctx.config.instance ? 'PD_SSD' : undefined);
    const randomPageCost = ctx.number('random_page_cost');
    if (disk && disk !== 'PD_HDD' && randomPageCost !== undefined && randomPageCost > 2) {
        ctx.report('tuning-random-page-cost', at('random_page_cost'), `random_page_cost ${randomPageCost} models spinning disks, but this instance uses ${disk}; set it to 1.1.`, 'value');
    }
}
const roundMb = (bytes) => Math.max(1, Math.round(bytes / 1024 ** 2)) * 1024 ** 2;
const roundKb = (bytes) => Math.max(64, Math.floor(bytes / 1024)) * 1024;

;// CONCATENATED MODULE: ./src/config/rules/index.ts







function runRules(config, loaded, today) {
    const problems = [];
    const ctx = buildContext(config, (rule, path, message, target) => {
        problems.push((0,located_problem/* locatedProblem */.A)(loaded, rule, path, message, target));
    });
    checkCloudSql(ctx);
    checkTuning(ctx);
    checkPooling(ctx);
    checkSecurity(ctx, today);
    checkIdentity(ctx);
    return problems;
}

;// CONCATENATED MODULE: ./src/config/validate.ts
/**
 * validate-config's core: load → YAML problems → schema → rules. Shared by the action, the
 * command line and every later command that needs a trusted config.
 */




async function validateConfigFile(file, options = {}) {
    return validateLoaded(await (0,load/* loadConfigFile */.HT)(file), options);
}
function validateConfigText(text, file, options = {}) {
    return validateLoaded(parseConfigText(text, file), options);
}
function validateLoaded(loaded, options = {}) {
    const failOn = options.failOn ?? 'error';
    let problems = loaded.yamlProblems;
    let config;
    if (problems.length === 0) {
        problems = (0,schema_check/* checkSchema */._)(loaded);
        if (problems.length === 0) {
            config = loaded.data;
            problems = runRules(config, loaded, options.today ?? new Date());
        }
    }
    problems.sort(problem/* byPosition */.rg);
    const of = (s) => problems.filter((p) => p.severity === s);
    return {
        file: loaded.file,
        ok: !problems.some((p) => (0,problem/* atLeast */.jZ)(p.severity, failOn)),
        errors: of('error'),
        warnings: of('warning'),
        notices: of('notice'),
        ...(config ? { config } : {}),
    };
}


/***/ }),

/***/ 10336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lf: () => (/* binding */ parseQuantity),
/* harmony export */   ZJ: () => (/* binding */ toBytes),
/* harmony export */   yG: () => (/* binding */ parseBoolean),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/**
 * PostgreSQL setting values as PostgreSQL writes them: memory in B/kB/MB/GB/TB, time in
 * us/ms/s/min/h/d (case-sensitive, as the server reads them), booleans as on/off/true/false.
 */
const MEMORY_BYTES = {
    B: 1,
    kB: 1024,
    MB: 1024 ** 2,
    GB: 1024 ** 3,
    TB: 1024 ** 4,
};
const TIME_MS = {
    us: 0.001,
    ms: 1,
    s: 1000,
    min: 60_000,
    h: 3_600_000,
    d: 86_400_000,
};
const BASE_BYTES = {
    B: 1,
    kB: 1024,
    '8kB': 8192,
    MB: 1024 ** 2,
};
const BASE_MS = { ms: 1, s: 1000, min: 60_000 };
/**
 * Parses `8MB`, `200ms`, `1.5GB`, `100` (base units) into the flag's base unit.
 * Fails with a reason such as "unit 'mb' is not a memory unit (use kB, MB, GB, TB)".
 */
function parseQuantity(raw, base) {
    if (typeof raw === 'number') {
        return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, reason: 'not a number' };
    }
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*$/.exec(raw);
    if (!m)
        return { ok: false, reason: 'not a number with an optional unit' };
    const num = Number(m[1]);
    const unit = m[2] ?? '';
    if (!unit)
        return { ok: true, value: num };
    if (!base)
        return { ok: false, reason: `this setting takes no unit, but '${unit}' was given` };
    const baseBytes = BASE_BYTES[base];
    if (baseBytes !== undefined) {
        const factor = MEMORY_BYTES[unit];
        if (factor === undefined) {
            return { ok: false, reason: `'${unit}' is not a memory unit (use B, kB, MB, GB or TB)` };
        }
        return { ok: true, value: (num * factor) / baseBytes };
    }
    const baseMs = BASE_MS[base];
    if (baseMs !== undefined) {
        const factor = TIME_MS[unit];
        if (factor === undefined) {
            return { ok: false, reason: `'${unit}' is not a time unit (use us, ms, s, min, h or d)` };
        }
        return { ok: true, value: (num * factor) / baseMs };
    }
    return { ok: false, reason: `unknown base unit ${base}` };
}
/** Bytes held by a value in the given base unit (for memory settings). */
function toBytes(value, base) {
    const f = base ? BASE_BYTES[base] : undefined;
    return f === undefined ? undefined : value * f;
}
const TRUE_WORDS = new Set(['on', 'true', 'yes', '1', 't', 'y']);
const FALSE_WORDS = new Set(['off', 'false', 'no', '0', 'f', 'n']);
function parseBoolean(raw) {
    if (typeof raw === 'boolean')
        return raw;
    const word = String(raw).trim().toLowerCase();
    if (TRUE_WORDS.has(word))
        return true;
    if (FALSE_WORDS.has(word))
        return false;
    return undefined;
}
/** Human form of a byte count, as PostgreSQL would write it (e.g. 4GB, 512MB). */
function formatBytes(bytes) {
    for (const unit of ['TB', 'GB', 'MB', 'kB']) {
        const f = MEMORY_BYTES[unit];
        if (bytes >= f && bytes % f === 0)
            return `${bytes / f}${unit}`;
    }
    if (bytes >= 1024 ** 2)
        return `${Math.round(bytes / 1024 ** 2)}MB`;
    return `${Math.round(bytes / 1024)}kB`;
}


/***/ })

};
