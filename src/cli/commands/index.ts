/**
 * Every `pgci` command, in the order --help lists them: name and summary here, the command
 * itself loaded on use, so `pgci plan` does not parse the benchmark, backup or security code.
 * Add a command here (one entry).
 */
import type { Command } from '../command.js';

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'validate',
    summary:
      'Check pgci.yml against the schema and the Cloud SQL, tuning, pooling and security rules',
    load: async () => (await import('./validate.js')).validate,
  },
  {
    name: 'connect',
    summary: 'Connect to a PostgreSQL server and report version, latency, TLS and parameter drift',
    load: async () => (await import('./connect.js')).connect,
  },
  {
    name: 'plan',
    summary: 'Show what apply would change on the Cloud SQL instance or PostgreSQL server',
    load: async () => (await import('./plan.js')).plan,
  },
  {
    name: 'apply',
    summary:
      'Create or update the instance, databases, roles, grants and migrations to match the config',
    load: async () => (await import('./apply.js')).apply,
  },
  {
    name: 'benchmark',
    summary:
      'Drive a SQL workload; report TPS and latency percentiles, gate on SLOs and regression',
    load: async () => (await import('./benchmark.js')).benchmark,
  },
  {
    name: 'security-scan',
    summary: 'Audit the server, the Cloud SQL instance and the config (CIS PostgreSQL, CIS GCP 6)',
    load: async () => (await import('./security-scan.js')).securityScan,
  },
  {
    name: 'backup-verify',
    summary: 'Dump, restore into a scratch database and prove it equals the source (RPO/RTO)',
    load: async () => (await import('./backup-verify.js')).backupVerifyCommand,
  },
  {
    name: 'pr-check',
    summary: 'Check a PR description against the template, and the branch and title conventions',
    load: async () => (await import('./pr-check.js')).prCheck,
  },
  {
    name: 'demo',
    summary: 'Start a throwaway PostgreSQL and run every pgci check on the example config',
    load: async () => (await import('./demo.js')).demo,
  },
];
