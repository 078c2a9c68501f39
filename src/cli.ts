#!/usr/bin/env node
/** Entry point of the `pgci` command line (bundled to dist/cli/index.js). */
import { main } from './cli/main.js';
import { processIo } from './cli/io.js';

process.exitCode = await main(process.argv.slice(2), processIo);
