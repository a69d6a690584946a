// The process entry of the bundled command line (out/cli/plenary.mjs, run by bin/plenary.mjs).
import { runCli } from './main';
import { nodeIo } from './node-io';

const code = await runCli(process.argv.slice(2), nodeIo());
// Let stdout drain before exiting, so piped output is never cut short.
process.exitCode = code;
