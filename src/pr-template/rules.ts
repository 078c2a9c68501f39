/**
 * What a PR description must hold, and the branch and title conventions: the seed's defaults,
 * overridable from the `pullRequest` section of pgci.yml or from action inputs.
 */

export type ConventionLevel = 'fail' | 'warn' | 'off';
export const CONVENTION_LEVELS = ['fail', 'warn', 'off'] as const;

export interface PrTemplateRules {
  /** Headings that must be present; prose ones must not keep the template's placeholder. */
  requiredSections: string[];
  /** The section whose boxes say what kind of change this is. */
  typeSection: string;
  /** How many types at least must be ticked. */
  minTypes: number;
  /** Type of change → the boxes (anywhere in the body) that must be ticked when it is. */
  requires: Record<string, string[]>;
  /** Items every PR must tick, whatever its type. */
  alwaysRequired: string[];
  branchNames: ConventionLevel;
  titles: ConventionLevel;
  /** Conventional-commit types allowed as branch prefixes and title types. */
  types: string[];
  /** Branches the naming rule leaves alone (regular expressions), e.g. bots' branches. */
  exemptBranches: string[];
}

export const DEFAULT_RULES: PrTemplateRules = {
  requiredSections: ['Type of Change', 'Description', 'Database Changes', 'Testing', 'Checklist'],
  typeSection: 'Type of Change',
  minTypes: 1,
  requires: {
    'Database provisioning': ['Database connection tested', 'Backup/restore tested'],
    'Configuration update': ['Database connection tested', 'Performance impact assessed'],
    'Security enhancement': ['Security controls validated', 'Security review completed'],
    Documentation: ['Documentation updated'],
  },
  alwaysRequired: [],
  branchNames: 'warn',
  titles: 'warn',
  types: ['feat', 'chore', 'docs', 'fix', 'test'],
  exemptBranches: ['^dependabot/', '^renovate/'],
};

/** The `pullRequest` section of pgci.yml, as the schema accepts it (every key optional). */
export type PrTemplateRulesConfig = Partial<PrTemplateRules> & { template?: string };

export function mergeRules(...layers: (PrTemplateRulesConfig | undefined)[]): PrTemplateRules {
  const rules: PrTemplateRules = { ...DEFAULT_RULES };
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer)) {
      if (value !== undefined && key !== 'template') {
        (rules as unknown as Record<string, unknown>)[key] = value;
      }
    }
  }
  return rules;
}

export const DEFAULT_TEMPLATE_PATH = '.github/pull_request_template.md';
