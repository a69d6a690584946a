// The registered commands. To add one: create cli/commands/<name>.ts exporting a `Command`
// (cli/types.ts) and add it to this list — nothing else needs to change.
import type { Command } from '../types';
import { exportCommand } from './export';
import { factsCommand } from './facts';
import { importCommand } from './import';
import { mergeCommand } from './merge';
import { planCommand } from './plan';
import { reportCommand } from './report';
import { validateCommand } from './validate';

export const COMMANDS: readonly Command[] = [
  importCommand,
  exportCommand,
  reportCommand,
  factsCommand,
  validateCommand,
  planCommand,
  mergeCommand,
];
