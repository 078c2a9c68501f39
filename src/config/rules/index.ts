/** Runs every rule family over a config that passed the schema. */
import type { LoadedConfig } from '../load.js';
import { formatPath, type Problem } from '../problem.js';
import type { PgciConfig } from '../schema.js';
import { RULES } from './catalog.js';
import { checkCloudSql } from './cloudsql.js';
import { buildContext } from './context.js';
import { checkIdentity } from './identity.js';
import { checkPooling } from './pooling.js';
import { checkSecurity } from './security.js';
import { checkTuning } from './tuning.js';

export function runRules(config: PgciConfig, loaded: LoadedConfig, today: Date): Problem[] {
  const problems: Problem[] = [];
  const ctx = buildContext(config, (rule, path, message, target = 'key') => {
    const { line, column } = loaded.locate(path, target);
    problems.push({
      rule,
      severity: RULES[rule].severity,
      message,
      file: loaded.file,
      line,
      column,
      path: formatPath(path),
    });
  });
  checkCloudSql(ctx);
  checkTuning(ctx);
  checkPooling(ctx);
  checkSecurity(ctx, today);
  checkIdentity(ctx);
  return problems;
}
