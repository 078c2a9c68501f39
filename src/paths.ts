/** Files pgci ships beside its code (examples, schema), found from the running module. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The pgci package root: works from src/ (tsx, jest) and from dist/<entry>/index.js alike. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'pgci'
    ) {
      return (root = dir);
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('pgci cannot find its own package.json');
    dir = parent;
  }
}

export const exampleConfigPath = () =>
  join(packageRoot(), 'examples/music-library/database/pgci.yml');
