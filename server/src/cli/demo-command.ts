import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeRepo } from '@diligent/analyzers/analyze';
import { openLocalRepo } from '@diligent/analyzers/source';
import { buildRepo } from '@diligent/fixtures';
import { demo } from '@diligent/fixtures/scenarios';
import { defaultDbDir, userPath } from './cli-paths.ts';
import { printDemoSummary } from './demo-summary.ts';
import { parsePort, serveOptions } from './serve-command.ts';
import { startServer } from '../serve/start-server.ts';

const options = {
  db: { type: 'string', default: defaultDbDir },
  'no-serve': { type: 'boolean', default: false },
  ...serveOptions,
} as const;

/**
 * Builds the demo fixture repository afresh (it is deterministic), analyzes it, summarizes it and
 * serves it in the explorer (unless --no-serve). Each run builds in its own temporary folder: two
 * runs at once must not rebuild under each other.
 */
export async function demoCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options });
  const dbDir = userPath(values.db);
  const workDir = await mkdtemp(join(tmpdir(), 'diligent-demo-'));
  try {
    const repoDir = join(workDir, demo.name);
    process.stderr.write(`building the demo repository in ${repoDir}\n`);
    await buildRepo(demo, repoDir);
    const result = await analyzeRepo(await openLocalRepo(repoDir), { dbDir, name: demo.name });
    await printDemoSummary(dbDir, result.repoId);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  if (values['no-serve']) return 0;
  return startServer({
    dbDir,
    host: values.host,
    port: parsePort(values.port, values.smoke),
    smoke: values.smoke,
  });
}
