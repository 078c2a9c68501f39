/** Runs every rule family over a config that passed the schema. */
import type { LoadedConfig } from '../load.js';
import { locatedProblem } from '../located-problem.js';
import type { Problem } from '../problem.js';
import type { PgciConfig } from '../schema.js';
import { checkCloudSql } from './cloudsql.js';
import { buildContext } from './context.js';
import { checkIdentity } from './identity.js';
import { checkPooling } from './pooling.js';
import { checkSecurity } from './security.js';
import { checkTuning } from './tuning.js';

export function runRules(config: PgciConfig, loaded: LoadedConfig, today: Date): Problem[] {
  const problems: Problem[] = [];
  const ctx = buildContext(config, (rule, path, message, target) => {
    problems.push(locatedProblem(loaded, rule, path, message, target));
  });
  checkCloudSql(ctx);
  checkTuning(ctx);
  checkPooling(ctx);
  checkSecurity(ctx, today);
  checkIdentity(ctx);
  return problems;
}
