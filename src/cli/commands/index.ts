/** Every `pgci` command, in the order --help lists them. Add a command here (one line). */
import type { Command } from '../command.js';
import { apply } from './apply.js';
import { connect } from './connect.js';
import { demo } from './demo.js';
import { plan } from './plan.js';
import { validate } from './validate.js';

export const COMMANDS: readonly Command[] = [validate, connect, plan, apply, demo];
