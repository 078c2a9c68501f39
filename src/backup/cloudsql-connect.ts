/**
 * How backup-verify reaches a Cloud SQL instance's databases over SQL: one small function, so a
 * Cloud SQL connector (IAM, ephemeral certificates) can take its place without touching the
 * verification. Today: the pgci emulator tells the URL of the PostgreSQL behind an instance;
 * against the real API the URL the user gave for the source is reused for the scratch with its
 * host swapped for the scratch instance's IP of the same kind (a restore carries the source's
 * users and passwords over, and the scratch is made with the source's network settings).
 */
import { InputError } from '../config/load.js';

export type Json = Record<string, unknown>;

export interface InstanceAddress {
  project: string;
  name: string;
  /** The instance as the API returns it (canonical JSON: ipAddresses, connectionName). */
  instance: Json;
}

export interface ConnectVia {
  apiEndpoint?: string;
  /** The source's URL as the user gave it (any database on it). */
  sourceUrl?: string;
  /** The source instance, to recognise which of its addresses sourceUrl uses. */
  source: InstanceAddress;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

function addresses(instance: Json): { type: string; ip: string }[] {
  return ((instance.ipAddresses ?? []) as Json[]).map((a) => ({
    type: String(a.type ?? ''),
    ip: String(a.ipAddress ?? ''),
  }));
}

/** The emulator's URL for an instance's own PostgreSQL (http:// endpoints only). */
async function emulatorUrl(endpoint: string, target: InstanceAddress): Promise<string | undefined> {
  if (!endpoint.startsWith('http://')) return undefined;
  const res = await fetch(
    `${endpoint.replace(/\/$/, '')}/emulator/instances/${encodeURIComponent(target.project)}/${encodeURIComponent(target.name)}`,
  ).catch(() => undefined);
  if (!res?.ok) return undefined;
  const body = (await res.json()) as { databaseUrl?: string | null };
  return body.databaseUrl ?? undefined;
}

/** A URL for `database` on `target` (the source itself or a scratch instance). */
export async function instanceDatabaseUrl(
  via: ConnectVia,
  target: InstanceAddress,
  database: string,
): Promise<string> {
  const isSource = target.project === via.source.project && target.name === via.source.name;
  if (isSource && via.sourceUrl) return withDatabase(via.sourceUrl, database);
  if (via.apiEndpoint) {
    const url = await emulatorUrl(via.apiEndpoint, target);
    if (url) return withDatabase(url, database);
  }
  if (!via.sourceUrl)
    throw new InputError(
      `pgci backup-verify: give --database-url for the source instance ${via.source.name} (its IP, or through the Cloud SQL Auth Proxy); pgci reaches the scratch instance the same way.`,
    );
  const source = new URL(via.sourceUrl);
  const kind = addresses(via.source.instance).find((a) => a.ip === source.hostname)?.type;
  if (!kind)
    throw new InputError(
      `pgci backup-verify: the source URL's host ${source.hostname} is none of ${via.source.name}'s IP addresses (a proxy?), so the scratch instance cannot be reached the same way; give a --database-url with the instance's public or private IP.`,
    );
  const ip = addresses(target.instance).find((a) => a.type === kind)?.ip;
  if (!ip)
    throw new InputError(
      `pgci backup-verify: the scratch instance ${target.name} has no ${kind} IP address.`,
    );
  source.hostname = ip;
  return withDatabase(source.toString(), database);
}
