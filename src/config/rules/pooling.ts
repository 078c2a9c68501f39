/** Connection pools sized against the connections the server will accept. */
import type { RuleContext } from './context.js';

export function checkPooling(ctx: RuleContext): void {
  const pooling = ctx.config.pooling;
  if (!pooling) return;
  if (pooling.mode === 'managed' && ctx.edition && ctx.edition !== 'ENTERPRISE_PLUS') {
    ctx.report(
      'pooling-managed-edition',
      ['pooling', 'mode'],
      `Managed connection pooling needs an ENTERPRISE_PLUS instance; this one is ${ctx.edition}. Use \`mode: pgbouncer\` or \`client\`, or change the edition.`,
      'value',
    );
  }
  const max = ctx.maxConnections;
  if (max === undefined) return;
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
    ctx.report(
      'pooling-capacity',
      ['pooling', 'poolSize'],
      `${sum} connections, more than ${source} (${max}). Use poolSize ${fit} or less, raise max_connections, or pool through PgBouncer.`,
      'value',
    );
  } else if (demand > max * 0.9) {
    ctx.report(
      'pooling-headroom',
      ['pooling', 'poolSize'],
      `${sum} connections, over 90% of ${source} (${max}); a rolling deploy or a migration will run out. Leave at least 10% free.`,
      'value',
    );
  }
}
