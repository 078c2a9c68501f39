/** Stops the servers global-setup started (their data directories go with them). */
export default async function globalTeardown() {
  await Promise.all((globalThis.__pgciServers ?? []).map((s) => s.stop()));
}
