import autocannon from 'autocannon';
import { startExplorer } from '../support/explorer-server.ts';

interface MapColumns {
  path: string[];
  hotspot_score: number[];
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

async function measure(title: string, url: string, paths: string[]): Promise<void> {
  const result = await autocannon({
    url,
    connections: 8,
    duration: 10,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  const { latency } = result;
  console.log(
    `${title}: ${result.requests.total} requests, ${result.non2xx} non-2xx, latency p50 ${latency.p50} ms, p90 ${latency.p90} ms, p97.5 ${latency.p97_5} ms, p99 ${latency.p99} ms, max ${latency.max} ms`,
  );
}

/** autocannon against the explorer's hotspot-map and file endpoints on an analyzed deal. */
export async function benchApiLatency(dbDir: string): Promise<void> {
  const { app, url } = await startExplorer(dbDir);
  try {
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
    const hottest = map.path
      .map((path, i) => ({ path, score: map.hotspot_score[i] ?? 0 }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 200)
      .map(({ path }) => `/api/repos/${repo.repo_id}/file?path=${encodeURIComponent(path)}`);
    const fileStart = performance.now();
    await getJson(new URL(hottest[0] ?? '', url).href);
    console.log(
      `file panel of the top hotspot, first request (uncached): ${(performance.now() - fileStart).toFixed(0)} ms`,
    );
    await measure('hotspot map endpoint (1y window)', url, [mapPath]);
    await measure('file endpoint (200 hottest files, cycled)', url, hottest);
  } finally {
    await app.close();
  }
}
