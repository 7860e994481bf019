import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const webDir = fileURLToPath(new URL('../../../web', import.meta.url));
export const webDist = join(webDir, 'dist');

const inputs = ['src', 'index.html', 'vite.config.ts', 'package.json'];

/**
 * Builds the UI (vite) when web/dist is missing or older than its sources: a fresh clone works
 * with `pnpm install` and one command, and an edited UI is rebuilt on the next start.
 */
export async function ensureWebBuild(log: (line: string) => void): Promise<string> {
  const built = await mtime(join(webDist, 'index.html'));
  const newest = Math.max(...(await Promise.all(inputs.map((name) => newestMtime(join(webDir, name))))));
  if (built !== null && built >= newest) return webDist;
  log('building the web UI (vite) ...');
  const { build } = await import('vite');
  // Production React whatever NODE_ENV the caller runs under: vitest sets it to `test`, and vite
  // (React's JSX transform and its package exports alike) would then bundle the development build
  // into dist for every later start.
  const callerEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: webDir,
      logLevel: 'warn',
      configFile: join(webDir, 'vite.config.ts'),
      mode: 'production',
    });
  } finally {
    if (callerEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = callerEnv;
  }
  return webDist;
}

async function mtime(path: string): Promise<number | null> {
  return stat(path).then(
    (s) => s.mtimeMs,
    () => null,
  );
}

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const names = await readdir(path);
  const times = await Promise.all(names.map((name) => newestMtime(join(path, name))));
  return Math.max(info.mtimeMs, ...times);
}
