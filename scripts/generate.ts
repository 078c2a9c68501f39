/** Regenerates the files derived from the source (see src/generated-files.ts). */
import { writeFile } from 'node:fs/promises';
import { GENERATED_FILES } from '../src/generated-files.js';

for (const [file, make] of Object.entries(GENERATED_FILES)) {
  await writeFile(file, make());
  console.log(`wrote ${file}`);
}
