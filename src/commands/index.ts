// Every subcommand, one file each. The first is the default ("extract seeds/" runs it).
import type { Command } from 'commander';
import type { App } from '../app.js';
import { checkCommand } from './check.js';
import { diffCommand } from './diff.js';
import { evalCommand } from './eval.js';
import { runCommand } from './run.js';
import { schemaCommand } from './schema.js';

export const COMMANDS: ((app: App) => Command)[] = [runCommand, schemaCommand, evalCommand, diffCommand, checkCommand];
