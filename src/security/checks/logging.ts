/** Logging and audit: what the server writes down about connections, statements and errors. */
import { SERVER_LOG_LEVELS } from '../../cloudsql/flags.js';
import { isOn, listOf, readSetting, settingPath, type ScanContext } from '../context.js';
import type { Emitter } from '../types.js';
import { checkov, cisGcp, defineChecks, prowler } from './define.js';

export const LOGGING = defineChecks('logging', {
  'log-connections': {
    title: 'Connection attempts are not logged',
    severity: 'medium',
    applies: 'both',
    references: [
      cisGcp('6.2.2'),
      checkov('CKV_GCP_52'),
      prowler('cloudsql_instance_postgres_log_connections_flag'),
    ],
    rationale:
      'PostgreSQL keeps no record of who connected unless log_connections is on; without it an unexpected login cannot be traced.',
    remediation:
      'ALTER SYSTEM SET log_connections = on; SELECT pg_reload_conf();\n# Cloud SQL: parameters: { log_connections: on } in pgci.yml',
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
    rationale:
      'log_disconnections records the end and duration of every session; together with log_connections it gives a complete session trail.',
    remediation:
      'ALTER SYSTEM SET log_disconnections = on; SELECT pg_reload_conf();\n# Cloud SQL: parameters: { log_disconnections: on }',
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
    rationale:
      "With log_statement = none, schema changes (CREATE, ALTER, DROP, GRANT) leave no trace in the log. 'ddl' records them without logging every query.",
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
    rationale:
      'At LOG, FATAL or PANIC, ordinary errors (failed statements, permission denials) never reach the log. WARNING (the default) or ERROR keeps them.',
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
    rationale:
      'log_min_error_statement decides which failing statements are written with their SQL text; above ERROR, the SQL of failed (possibly malicious) statements is lost.',
    remediation: "ALTER SYSTEM SET log_min_error_statement = 'error'; SELECT pg_reload_conf();",
  },
  'log-error-verbosity': {
    title: 'Error messages are logged without enough detail',
    severity: 'low',
    applies: 'both',
    references: [cisGcp('6.2.1'), prowler('cloudsql_instance_postgres_log_error_verbosity_flag')],
    rationale:
      'TERSE drops DETAIL, HINT, QUERY and CONTEXT from logged errors. Profile cloudsql follows CIS GCP (DEFAULT or VERBOSE passes); profile self-hosted follows the CIS PostgreSQL benchmark and asks for VERBOSE.',
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
    rationale:
      'Slow statements are logged with their full text, literal values included, and on Cloud SQL that text lands in Cloud Logging. CIS GCP asks for -1; if you log slow queries on purpose, suppress this finding with that reason.',
    remediation: 'parameters:\n  log_min_duration_statement: -1',
  },
  'log-line-prefix': {
    title: 'Log lines do not say when, who, which database and which session',
    severity: 'medium',
    applies: 'self-hosted',
    rationale:
      'Without a timestamp (%m or %t), the user (%u), the database (%d) and the process or session (%p or %c) in every line, log entries cannot be tied to a session. Cloud SQL adds these fields itself.',
    remediation: "ALTER SYSTEM SET log_line_prefix = '%m [%p] %q%u@%d '; SELECT pg_reload_conf();",
  },
  'log-file-mode': {
    title: 'Log files are readable by other OS users',
    severity: 'medium',
    applies: 'self-hosted',
    rationale:
      'Logs hold statement text, user names and client addresses; log_file_mode should be 0600 (or 0640 for a log-reading group).',
    remediation: "ALTER SYSTEM SET log_file_mode = '0600'; SELECT pg_reload_conf();",
  },
  'debug-print': {
    title: 'Debug printing of parse trees or plans is on',
    severity: 'low',
    applies: 'both',
    rationale:
      'debug_print_parse, debug_print_rewritten and debug_print_plan dump internal trees (with constants) into the log: noise that can leak data.',
    remediation:
      'ALTER SYSTEM RESET debug_print_parse; -- likewise debug_print_rewritten, debug_print_plan',
  },
  'log-hostname': {
    title: 'log_hostname differs from the profile',
    severity: 'low',
    applies: 'both',
    references: [checkov('CKV_GCP_108')],
    rationale:
      'The sources disagree: Checkov asks Cloud SQL to log host names (profile cloudsql: on); the CIS PostgreSQL benchmark keeps it off because a DNS lookup per connection slows logins and the IP is logged anyway (profile self-hosted: off).',
    remediation:
      'ALTER SYSTEM SET log_hostname = off; -- self-hosted\n# Cloud SQL: parameters: { log_hostname: on }',
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
    rationale:
      'pgAudit writes a structured audit record per statement class (DDL, writes, role changes), which plain statement logging does not give.',
    remediation:
      "# self-hosted: shared_preload_libraries = 'pgaudit' (restart), then CREATE EXTENSION pgaudit;\n# Cloud SQL: parameters: { cloudsql.enable_pgaudit: on }, then CREATE EXTENSION pgaudit;",
  },
  'pgaudit-log-classes': {
    title: 'pgAudit does not record DDL and writes',
    severity: 'medium',
    applies: 'both',
    rationale:
      "pgaudit.log must include at least 'ddl' and 'write' (or 'all') for the audit trail to cover schema and data changes.",
    remediation: "ALTER SYSTEM SET pgaudit.log = 'ddl, write, role'; SELECT pg_reload_conf();",
  },
  'logging-collector': {
    title: 'Server log goes only to stderr without the logging collector',
    severity: 'low',
    applies: 'self-hosted',
    rationale:
      'With logging_collector off and log_destination = stderr, log lines are kept only if whatever runs the server captures stderr; they are easily lost.',
    remediation: 'ALTER SYSTEM SET logging_collector = on; -- restart',
  },
});

const aboveError = (v: string) =>
  SERVER_LOG_LEVELS.indexOf(v.toLowerCase()) > SERVER_LOG_LEVELS.indexOf('error');

/** Whether a value of a logging setting weakens the log (also used for role/database overrides). */
export function weakensLogging(name: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  switch (name) {
    case 'log_connections':
    case 'log_disconnections':
      return !isOn(v);
    case 'log_statement':
      return v === 'none';
    case 'log_min_messages':
    case 'log_min_error_statement':
      return aboveError(v);
    case 'log_error_verbosity':
      return v === 'terse';
    case 'pgaudit.log':
      return !coversAudit(listOf(v));
    default:
      return false;
  }
}

function coversAudit(classes: string[]): boolean {
  const has = (c: string) =>
    (classes.includes(c) || classes.includes('all')) && !classes.includes(`-${c}`);
  return has('ddl') && has('write');
}

export function checkLogging(ctx: ScanContext, emit: Emitter): void {
  const setting = (id: string, name: string) => readSetting(ctx, emit, id, name);
  const find = (id: string, name: string, message: string) =>
    emit.find({ id, object: `setting:${name}`, message, configPath: settingPath(ctx, name) });

  for (const [id, name] of [
    ['log-connections', 'log_connections'],
    ['log-disconnections', 'log_disconnections'],
    ['log-statement', 'log_statement'],
    ['log-min-messages', 'log_min_messages'],
    ['log-min-error-statement', 'log_min_error_statement'],
  ] as const) {
    const v = setting(id, name);
    if (v !== undefined && weakensLogging(name, v)) find(id, name, `${name} is ${v}.`);
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
        configPath: settingPath(ctx, 'log_error_verbosity'),
      });
    else if (ctx.profile === 'self-hosted' && v !== 'verbose')
      find(
        'log-error-verbosity',
        'log_error_verbosity',
        `log_error_verbosity is ${v}; the self-hosted profile asks for verbose.`,
      );
  }

  const duration = setting('log-min-duration-statement', 'log_min_duration_statement');
  if (duration !== undefined && duration.trim() !== '-1')
    find(
      'log-min-duration-statement',
      'log_min_duration_statement',
      `log_min_duration_statement is ${duration}${/^\d+$/.test(duration) ? ' ms' : ''}: statements slower than that are logged with their text.`,
    );

  const prefix = setting('log-line-prefix', 'log_line_prefix');
  if (prefix !== undefined) {
    const missing = [
      [/%[mtn]/, 'a timestamp (%m)'],
      [/%u/, 'the user (%u)'],
      [/%d/, 'the database (%d)'],
      [/%[pc]/, 'the process or session (%p)'],
    ]
      .filter(([re]) => !(re as RegExp).test(prefix))
      .map(([, what]) => what as string);
    if (missing.length)
      find(
        'log-line-prefix',
        'log_line_prefix',
        `log_line_prefix '${prefix}' lacks ${missing.join(', ')}.`,
      );
  }

  const mode = setting('log-file-mode', 'log_file_mode');
  if (mode !== undefined) {
    const bits = /^0/.test(mode) ? parseInt(mode, 8) : Number(mode);
    if (Number.isFinite(bits) && (bits & 0o037) !== 0)
      find(
        'log-file-mode',
        'log_file_mode',
        `log_file_mode is ${'0' + bits.toString(8).padStart(3, '0')}: other OS users can read or write the logs.`,
      );
  }

  for (const name of ['debug_print_parse', 'debug_print_rewritten', 'debug_print_plan']) {
    const v = setting('debug-print', name);
    if (v !== undefined && isOn(v)) find('debug-print', name, `${name} is on.`);
  }

  const hostname = setting('log-hostname', 'log_hostname');
  if (hostname !== undefined) {
    const want = ctx.profile === 'cloudsql';
    if (isOn(hostname) !== want)
      find(
        'log-hostname',
        'log_hostname',
        `log_hostname is ${hostname}; the ${ctx.profile} profile expects ${want ? 'on' : 'off'}.`,
      );
  }

  const libraries = setting('pgaudit-enabled', 'shared_preload_libraries');
  if (libraries !== undefined) {
    let loaded = listOf(libraries).includes('pgaudit');
    if (ctx.profile === 'cloudsql' && !loaded) {
      const flag = setting('pgaudit-enabled', 'cloudsql.enable_pgaudit');
      loaded = isOn(flag);
      if (flag !== undefined && !loaded)
        find(
          'pgaudit-enabled',
          'cloudsql.enable_pgaudit',
          'cloudsql.enable_pgaudit is off: pgAudit cannot be loaded.',
        );
    } else if (!loaded) {
      find(
        'pgaudit-enabled',
        'shared_preload_libraries',
        `shared_preload_libraries ('${libraries}') does not load pgaudit.`,
      );
    }
    if (!loaded) emit.skip('pgaudit-log-classes', 'pgAudit is not loaded (see pgaudit-enabled)');
    else {
      const classes = setting('pgaudit-log-classes', 'pgaudit.log');
      if (classes !== undefined && !coversAudit(listOf(classes)))
        find(
          'pgaudit-log-classes',
          'pgaudit.log',
          `pgaudit.log is '${classes || 'none'}'; it must include ddl and write.`,
        );
    }
  } else emit.skip('pgaudit-log-classes', 'shared_preload_libraries cannot be read');

  const collector = setting('logging-collector', 'logging_collector');
  const destination = setting('logging-collector', 'log_destination');
  if (collector !== undefined && destination !== undefined && !isOn(collector)) {
    const dest = listOf(destination);
    if (!dest.some((d) => d === 'syslog' || d === 'eventlog'))
      find(
        'logging-collector',
        'logging_collector',
        `logging_collector is off and log_destination is '${destination}'.`,
      );
  }
}
