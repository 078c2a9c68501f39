/** Every `pgci` command, in the order --help lists them. Add a command here (one line). */
import type { Command } from '../command.js';
import { apply } from './apply.js';
import { backupVerifyCommand } from './backup-verify.js';
import { benchmark } from './benchmark.js';
import { connect } from './connect.js';
import { demo } from './demo.js';
import { plan } from './plan.js';
import { prCheck } from './pr-check.js';
import { securityScan } from './security-scan.js';
import { validate } from './validate.js';

export const COMMANDS: readonly Command[] = [
  validate,
  connect,
  plan,
  apply,
  benchmark,
  securityScan,
  backupVerifyCommand,
  prCheck,
  demo,
];
