import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/**
 * A worker's TypeScript source and its imports as one JavaScript file, so worker processes start
 * on plain Node: through tsx's loader every one of its modules would be transformed again in each
 * fresh worker, half a second before it measures anything. Packages stay outside the bundle,
 * loaded from where this process would load them (native parsers cannot be bundled).
 */
export class WorkerBundle {
  private constructor(
    readonly path: string,
    private readonly dir: string,
  ) {}

  static async create(entry: string): Promise<WorkerBundle> {
    const dir = mkdtempSync(join(tmpdir(), 'diligent-worker-'));
    const outfile = join(dir, 'worker.mjs');
    await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      // Grammars are required on first use, from where the source is (see packagesByAbsolutePath).
      define: { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) },
      plugins: [packagesByAbsolutePath],
    });
    return new WorkerBundle(outfile, dir);
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The bundle lives in a temporary folder, from which no package could be found by its name. */
const packagesByAbsolutePath: Plugin = {
  name: 'packages-by-absolute-path',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      const path = createRequire(args.importer).resolve(args.path);
      return { path: path.startsWith('/') ? path : args.path, external: true };
    });
  },
};
