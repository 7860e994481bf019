import { UsageError } from '@diligent/analyzers/errors';
import { describeError, exitCodeOf } from './exit-codes.ts';
import { usage } from './usage.ts';

type Command = (args: string[]) => Promise<number>;

/** Each command loads only what it needs: `query` starts without the fixtures or the miners. */
const commands: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import('./analyze-command.ts')).analyzeCommand,
  query: async () => (await import('./query-command.ts')).queryCommand,
  demo: async () => (await import('./demo-command.ts')).demoCommand,
  people: async () => (await import('./people-command.ts')).peopleCommand,
  sbom: async () => (await import('./sbom-command.ts')).sbomCommand,
  serve: async () => (await import('./serve-command.ts')).serveCommand,
  report: async () => (await import('./report-command.ts')).reportCommand,
  'schema-docs': async () => (await import('./schema-docs-command.ts')).schemaDocsCommand,
};

/** Runs one CLI command and returns its exit status; errors become one line on stderr. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage);
    return 0;
  }
  try {
    const load = commands[name];
    if (!load) throw new UsageError(`unknown command '${name}' (see diligent --help)`);
    return await (
      await load()
    )(rest);
  } catch (error) {
    process.stderr.write(`${describeError(error)}\n`);
    return exitCodeOf(error);
  }
}
