import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

interface MapColumns {
  path: string[];
  hotspot_rank: (number | null)[];
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** autocannon's own percentiles skip p95: every response time is kept and ranked here. */
async function measure(title: string, url: string, paths: string[]): Promise<void> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: 8, duration: 10, requests: paths.map((path) => ({ method: 'GET', path })) },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const at = (p: number) => percentile(times, p).toFixed(1);
  console.log(
    `${title}: ${times.length} requests, ${result.non2xx} non-2xx, latency p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms, max ${at(100)} ms`,
  );
}

const childScript = fileURLToPath(new URL('./serve-explorer-child.ts', import.meta.url));

/** The explorer started in a child process; resolves with its URL and a way to stop it. */
async function startServerProcess(dbDir: string): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, dbDir], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  return { url, stop: () => child.stdin.end() };
}

/**
 * autocannon (in this process) against the explorer (in its own) on an analyzed deal: the hotspot
 * map (served from the cache `serve` fills at start) and the file endpoint over every file of the
 * map, hottest first, each path asked once per cycle (so the file answers are computed, not cached).
 */
export async function benchApiLatency(dbDir: string): Promise<void> {
  const server = await startServerProcess(dbDir);
  try {
    const { url } = server;
    const { repos } = await getJson<{
      repos: { repo_id: string; file_count: number; commit_count: number }[];
    }>(`${url}api/repos`);
    const repo = repos[0];
    if (!repo) throw new Error('the deal has no repo');
    console.log(
      `deal ${dbDir}: repo ${repo.repo_id}, ${repo.commit_count} commits, ${repo.file_count} files`,
    );
    const mapPath = `/api/repos/${repo.repo_id}/map?window=1y`;
    const coldStart = performance.now();
    const map = await getJson<MapColumns>(new URL(mapPath, url).href);
    console.log(`hotspot map, first request (uncached): ${(performance.now() - coldStart).toFixed(0)} ms`);
    const byRank = map.path
      .map((path, i) => ({ path, rank: map.hotspot_rank[i] ?? Number.MAX_SAFE_INTEGER }))
      .sort((a, b) => a.rank - b.rank || a.path.localeCompare(b.path))
      .map(({ path }) => `/api/repos/${repo.repo_id}/file?path=${encodeURIComponent(path)}`);
    const fileStart = performance.now();
    await getJson(new URL(byRank[0] ?? '', url).href);
    console.log(
      `file panel of the top hotspot, first request (uncached): ${(performance.now() - fileStart).toFixed(0)} ms`,
    );
    await measure('hotspot map endpoint (1y window)', url, [mapPath]);
    await measure(
      `file endpoint (${byRank.length - 1} other files, each once per cycle)`,
      url,
      byRank.slice(1),
    );
  } finally {
    server.stop();
  }
}
