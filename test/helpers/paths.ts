import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXAMPLE_CONFIG = join(ROOT, 'examples/music-library/database/pgci.yml');
export const FIXTURES = join(ROOT, 'test/fixtures');
