/**
 * The security scan's vocabulary: a check definition (what the catalogue and docs/security.md
 * are made of), the facts a scan gathers, and what it reports (findings and skipped checks).
 */
import type { DocPath } from '../config/problem.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** critical 4 … low 1, for the gate and for sorting. */
export const SEVERITY_RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1 };

export const PROFILES = ['cloudsql', 'self-hosted'] as const;
export type Profile = (typeof PROFILES)[number];

/** Where a check applies: a self-hosted server, a Cloud SQL instance, or both. */
export type Applies = 'self-hosted' | 'cloudsql' | 'both';

export type Family =
  | 'logging'
  | 'authentication'
  | 'pg_hba'
  | 'tls'
  | 'privileges'
  | 'extensions'
  | 'overrides'
  | 'cloudsql-instance'
  | 'config';

export interface Reference {
  /** cis-gcp: CIS Google Cloud Platform Foundation Benchmark v3.0 section; checkov / prowler: rule ids. */
  kind: 'cis-gcp' | 'cis-postgresql' | 'checkov' | 'prowler';
  id: string;
}

export interface CheckDef {
  id: string;
  family: Family;
  title: string;
  severity: Severity;
  applies: Applies;
  references: Reference[];
  /** Why it matters, one or two sentences. */
  rationale: string;
  /** A SQL or config snippet that fixes it. */
  remediation: string;
}

/** Where in the config a finding is caused; used for SARIF and annotations. */
export interface ConfigLocation {
  file: string;
  line: number;
  column: number;
}

export interface Finding {
  id: string;
  severity: Severity;
  title: string;
  /** What it is about: `role:app`, `function:public.f(integer)`, `setting:log_connections`, … */
  object: string;
  message: string;
  references: Reference[];
  remediation: string;
  /** sha256 of id and object: stable across runs and machines. */
  fingerprint: string;
  location?: ConfigLocation;
}

export interface Skipped {
  id: string;
  title: string;
  reason: string;
}

/** What a check module emits before the catalogue fills in title, severity and references. */
export interface RawFinding {
  id: string;
  object: string;
  message: string;
  /** Overrides the catalogue severity only where the check says why (e.g. profile). */
  severity?: Severity;
  /** Config path that causes it (config family) or where the setting would live. */
  configPath?: DocPath;
}

/** Collects what checks find and what they could not read. */
export interface Emitter {
  find(f: RawFinding): void;
  skip(id: string, reason: string): void;
}
