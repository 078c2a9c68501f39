/**
 * SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif): one run, one rule per
 * check in the catalogue with its `security-severity`, each result located at the config line
 * where the setting lives (line 1 of the config when none does), with partialFingerprints.
 */
import type { ScanResult } from './scan.js';
import { CHECKS } from './catalog.js';
import type { CheckDef, Reference, Severity } from './types.js';

/** GitHub maps security-severity to critical (≥ 9), high (7–8.9), medium (4–6.9), low. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
};
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

export const DOCS_URL = 'https://github.com/pgci/pgci/blob/main/docs/security.md';

export function referenceText(r: Reference): string {
  const label = {
    'cis-gcp': 'CIS GCP',
    'cis-postgresql': 'CIS PostgreSQL',
    checkov: 'Checkov',
    prowler: 'Prowler',
  }[r.kind];
  return `${label} ${r.id}`;
}

function rule(def: CheckDef) {
  const refs = def.references.map(referenceText);
  return {
    id: def.id,
    name: def.id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()),
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

export function toSarif(result: ScanResult, version: string, configFile = 'database/pgci.yml') {
  const defs = [...CHECKS.values()];
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
