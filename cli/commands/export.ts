// `plenary export`: a workspace file to JSON (optionally pseudonymised), CSV, XLSX, GEXF or GraphML.
import { extensionOf, parseArgs, required } from '../args';
import type { Command } from '../types';
import { UsageError } from '../types';
import { readWorkspaceFile } from '../workspace-input';
import { EXPORT_FORMATS, exportWorkspace } from '../exporters';
import type { ExportFormat } from '../exporters';

const usage = `Usage: plenary export --input WORKSPACE.json --format ${EXPORT_FORMATS.join('|')} --output FILE [--table TABLE] [--pseudonymise]

Writes the workspace in another format. --table (csv and xlsx; default: people) is one of
people, organisations, events, participations; xlsx without --table writes all four as sheets.
--pseudonymise drops names and contact details and replaces every identifier with a random one
(different on every export).`;

export const exportCommand: Command = {
  name: 'export',
  summary: 'Convert a workspace file to CSV, XLSX, GEXF, GraphML or (pseudonymised) JSON',
  usage,
  run: async (args, io) => {
    const parsed = parseArgs(args, {
      input: 'value',
      format: 'value',
      output: 'value',
      table: 'value',
      pseudonymise: 'flag',
      pseudonymize: 'flag',
    });
    const input = required(parsed, 'input');
    const output = required(parsed, 'output');
    const format = parsed.values.format ?? extensionOf(output);
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}.`);
    }
    const file = await readWorkspaceFile(io, input);
    const contents = await exportWorkspace(file, format as ExportFormat, {
      table: parsed.values.table,
      pseudonymise: parsed.flags.has('pseudonymise') || parsed.flags.has('pseudonymize'),
      now: io.now(),
      randomBytes: io.randomBytes,
    });
    await io.writeFile(output, contents);
    io.stderr(`Wrote ${output}.\n`);
    return 0;
  },
};
