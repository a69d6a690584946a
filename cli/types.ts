// The contract every command implements. Commands get their input and output through `io`, so
// tests can run them with fake streams and files, and the real entry wires them to Node.

export type CliIo = {
  /** The command's result only (JSON, CSV, Markdown…), so that it can be piped. */
  stdout: (text: string) => void;
  /** Progress, warnings and errors. */
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  /** Writes atomically (temporary file + rename): a failed command leaves nothing behind. */
  writeFile: (path: string, contents: string | Uint8Array) => Promise<void>;
  /** The current time as an ISO timestamp (injected for tests). */
  now: () => string;
  /** Random bytes (injected for tests). */
  randomBytes: (length: number) => Uint8Array;
};

export type Command = {
  name: string;
  summary: string;
  /** Shown by `plenary help <name>` and on a usage error. */
  usage: string;
  /** Resolves to the process exit code: 0 success, 1 a problem with the input, 2 a usage error. */
  run: (args: string[], io: CliIo) => Promise<number>;
};

/** A usage mistake (unknown flag, missing value): reported with the command's usage text. */
export class UsageError extends Error {}

/** A failure with a message meant for the user (unreadable file, invalid data). */
export class CliError extends Error {}
