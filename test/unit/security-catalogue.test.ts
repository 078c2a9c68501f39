/** The catalogue: at least 50 checks, each complete, and docs/security.md generated from it. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHECKS, FAMILIES } from '../../src/security/catalog.js';
import { securityMarkdown } from '../../src/security/docs.js';
import { ROOT } from '../helpers/paths.js';

it('has at least 50 checks in the nine families, each with everything the report needs', () => {
  expect(CHECKS.size).toBeGreaterThanOrEqual(50);
  expect(FAMILIES.map((f) => f.family)).toEqual([
    'logging',
    'authentication',
    'pg_hba',
    'tls',
    'privileges',
    'overrides',
    'extensions',
    'cloudsql-instance',
    'config',
  ]);
  for (const def of CHECKS.values()) {
    expect(def.id).toMatch(/^[a-z0-9-]+$/);
    expect(def.title.length).toBeGreaterThan(10);
    expect(def.rationale.length).toBeGreaterThan(30);
    expect(def.remediation.trim()).not.toBe('');
    expect(['critical', 'high', 'medium', 'low']).toContain(def.severity);
    expect(['both', 'cloudsql', 'self-hosted']).toContain(def.applies);
    for (const r of def.references) {
      if (r.kind === 'cis-gcp') expect(r.id).toMatch(/^6\.\d+(\.\d+)?$/);
      if (r.kind === 'checkov') expect(r.id).toMatch(/^CKV_GCP_\d+$/);
      if (r.kind === 'prowler') expect(r.id).toMatch(/^cloudsql_instance_[a-z_]+$/);
    }
  }
});

it('docs/security.md is generated from the catalogue and current (npm run generate)', async () => {
  const docs = await readFile(join(ROOT, 'docs/security.md'), 'utf8');
  expect(docs).toBe(securityMarkdown());
  for (const id of CHECKS.keys()) expect(docs).toContain(`### ${id}\n`);
});
