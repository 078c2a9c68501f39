/**
 * Where the cloudsql target's SQL-level part (roles' grants, schemas, extensions, migrations)
 * connects, in order: the database URL given (e.g. through the Cloud SQL Auth Proxy); the Cloud
 * SQL connector when a database user is given (IAM or password, ip type from the option or the
 * config); the fallback (the emulator's own server); else nowhere, and the plan says what to give.
 */
import type { Json } from '../cloudsql/proto-json.js';
import type { ConnectorTunnel } from '../cloudsql/connector.js';
import type { PgciConfig } from '../config/schema.js';
import type { ProvisionOptions } from './provision.js';

export class SqlConnection {
  private tunnel?: ConnectorTunnel;

  constructor(
    private readonly options: ProvisionOptions,
    private readonly config: PgciConfig,
    private readonly fallback: () => Promise<string | undefined>,
  ) {}

  /** Whether the connector is the way in (so the output URL is not the tunnel's). */
  get viaConnector(): boolean {
    return !this.options.databaseUrl && Boolean(this.options.dbUser);
  }

  /** A URL for the SQL-level part, or undefined when there is none (yet). */
  async url(instance: Json | undefined): Promise<string | undefined> {
    if (!instance) return undefined;
    if (this.options.databaseUrl) return this.options.databaseUrl;
    if (this.options.dbUser) {
      if (instance.state !== 'RUNNABLE') return undefined;
      if (!this.tunnel) {
        const { openConnector, defaultIpType } = await import('../cloudsql/connector.js');
        const ipType = this.options.ipType ?? defaultIpType(this.config);
        this.options.onProgress?.(
          `connecting to ${String(instance.connectionName)} through the Cloud SQL connector (${ipType} IP) as ${this.options.dbUser}`,
        );
        this.tunnel = await openConnector({
          connectionName: String(instance.connectionName),
          ipType,
          user: this.options.dbUser,
          ...(this.options.dbPassword ? { password: this.options.dbPassword } : {}),
          ...(this.options.apiEndpoint ? { apiEndpoint: this.options.apiEndpoint } : {}),
          env: this.options.env ?? process.env,
          ...(this.options.timeoutMs !== undefined
            ? { timeoutMs: Math.min(this.options.timeoutMs, 120_000) }
            : {}),
          ...(this.options.onSecret ? { onSecret: this.options.onSecret } : {}),
        });
      }
      return this.tunnel.url;
    }
    return this.fallback();
  }

  /** The URL the outputs may describe: never the local tunnel. */
  outputUrl(url: string | undefined): string | undefined {
    return this.viaConnector ? undefined : url;
  }

  async close(): Promise<void> {
    await this.tunnel?.close();
    this.tunnel = undefined;
  }
}
