// The registered commands. To add one: create cli/commands/<name>.ts exporting a `Command`
// (cli/types.ts) and add it to this list — nothing else needs to change.
import type { Command } from '../types';
import { exportCommand } from './export';

export const COMMANDS: readonly Command[] = [exportCommand];
