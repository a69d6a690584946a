// Dispatches `plenary <command> [options]` to the registered commands (cli/commands/index.ts).
import { COMMANDS } from './commands';
import type { CliIo, Command } from './types';
import { CliError, UsageError } from './types';

function help(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: plenary <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `plenary help <command>` for the options of one command.',
    '',
  ].join('\n');
}

export async function runCli(
  argv: string[],
  io: CliIo,
  commands: readonly Command[] = COMMANDS,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.stderr(help(commands));
    return name === undefined ? 2 : 0;
  }
  if (name === 'help') {
    const target = commands.find((c) => c.name === rest[0]);
    // Help asked for explicitly is the result, so it goes to stdout.
    io.stdout(target ? `${target.usage}\n` : help(commands));
    return target || rest[0] === undefined ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`plenary: unknown command "${name}".\n\n${help(commands)}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`plenary ${command.name}: ${error.message}\n\n${command.usage}\n`);
      return 2;
    }
    if (error instanceof CliError) {
      io.stderr(`plenary ${command.name}: ${error.message}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`plenary ${command.name}: unexpected error: ${message}\n`);
    return 1;
  }
}
