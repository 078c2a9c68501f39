import type { PgciConfig } from '../config/schema.js';
import type { ProvisionOptions, ProvisionResult } from './provision.js';
export async function provisionCloudSql(
  _mode: 'plan' | 'apply',
  _options: ProvisionOptions,
  _config: PgciConfig,
): Promise<ProvisionResult> {
  throw new Error('cloudsql target: not built yet');
}
