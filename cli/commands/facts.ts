// `plenary facts`: the "conference facts" tables of one event (participants by role and
// stakeholder group, gender, nationalities by region, speakers), with panel flags and targets,
// as Markdown or JSON — computed by shared/analytics, exactly as the Representation screen does.
import { parseArgs, required } from '../args';
import { conferenceFacts, factsToMarkdown } from '../../shared/analytics/facts';
import { factsToJson } from '../../shared/analytics/factsJson';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../shared/analytics/suppression';
import type { CliIo, Command } from '../types';
import { CliError, UsageError } from '../types';
import { readWorkspaceFile } from '../workspace-input';
import { findEvent } from './report';

const usage = `Usage: plenary facts --input WORKSPACE.json --event NAME_OR_ID [--format md|json]
                     [--suppress N]

Prints the conference facts of the event (its confirmed and attending participants, with its
sessions): participants by role and by stakeholder group, gender, nationalities by region and
country, speakers by gender and region, flagged panels and the event's targets.
--format md (default) prints Markdown tables; json prints {"event", "participants", "tables": [...], ...}.
--suppress N hides counts below N (2–100; ${DEFAULT_SUPPRESSION_THRESHOLD} is usual) as "<N", and further counts
as "x" where the totals would reveal a hidden one; the output then says so.`;

function parseThreshold(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < 2 || n > 100)
    throw new UsageError('--suppress must be a whole number from 2 to 100.');
  return n;
}

export const factsCommand: Command = {
  name: 'facts',
  summary: 'Conference facts of one event as Markdown or JSON tables',
  usage,
  run: async (args: string[], io: CliIo) => {
    const parsed = parseArgs(args, {
      input: 'value',
      event: 'value',
      format: 'value',
      suppress: 'value',
    });
    const input = required(parsed, 'input');
    const eventArg = required(parsed, 'event');
    const format = parsed.values.format ?? 'md';
    if (format !== 'md' && format !== 'json') throw new UsageError('--format must be md or json.');
    const threshold = parseThreshold(parsed.values.suppress);
    if (!input.toLowerCase().endsWith('.json'))
      throw new UsageError('--input must be a workspace file (.json).');
    const { data } = await readWorkspaceFile(io, input);
    const event = findEvent(data, eventArg);
    if (event === undefined) throw new CliError(`no event "${eventArg}" in ${input}.`);
    const facts = conferenceFacts(data, event.id);
    if (facts === null) throw new CliError(`no event "${eventArg}" in ${input}.`);
    const options = threshold === null ? { suppress: false } : { suppress: true, threshold };
    io.stdout(
      format === 'json'
        ? `${JSON.stringify(factsToJson(facts, options), null, 2)}\n`
        : factsToMarkdown(facts, options),
    );
    return 0;
  },
};
