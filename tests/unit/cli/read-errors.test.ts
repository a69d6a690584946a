// Every command that reads a participant list refuses an unreadable one the same way: one clear
// message on stderr, nothing on stdout, exit 1, and no output file written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/main';
import { fakeIo } from './fake-io';

const fixtures = join(import.meta.dirname, '../../fixtures/import');
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));

const BAD = [
  ['empty.csv', 'The file is empty.'],
  ['binary.csv', 'looks like binary data'],
  ['truncated.xlsx', 'damaged or incomplete'],
  ['zip-bomb.xlsx', 'far more data than a participant list'],
  ['password-protected.xlsx', 'password-protected'],
  ['not-a-workbook.xlsx', 'not an Excel workbook'],
] as const;

const COMMANDS = [
  (input: string) => ['import', '--input', input, '--output', 'out.json'],
  (input: string) => ['validate', '--input', input],
  (input: string) => ['report', '--input', input, '--dimension', 'gender'],
] as const;

describe.each(BAD)('an unreadable %s', (name, message) => {
  it.each(COMMANDS.map((c) => [c(name)[0], c] as const))('is refused by %s', async (_, command) => {
    const io = fakeIo({ [name]: fixture(name) });
    expect(await runCli([...command(name)], io)).toBe(1);
    expect(io.err()).toContain(message);
    expect(io.out()).toBe('');
    expect([...io.files.keys()]).toEqual([name]);
  });
});
