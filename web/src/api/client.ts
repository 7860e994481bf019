import type {
  ComponentPair,
  Dependency,
  LicenseFinding,
  CouplingPair,
  Departures,
  FileReport,
  Identity,
  MapColumns,
  Overview,
  Page,
  Person,
  TrendMonth,
  TruckFactor,
} from './types.ts';

const tokenKey = 'diligent-token';

/** A server bound beyond loopback prints a link with `#token=`: keep it for this tab, drop it from the URL. */
export function takeTokenFromUrl(): void {
  const match = /#token=([\w-]+)/.exec(window.location.hash);
  if (!match?.[1]) return;
  sessionStorage.setItem(tokenKey, match[1]);
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const token = sessionStorage.getItem(tokenKey);
  const headers: Record<string, string> = { ...(token ? { authorization: `Bearer ${token}` } : {}) };
  if (init.body) headers['content-type'] = 'application/json';
  const response = await fetch(path, { ...init, headers });
  const body: unknown = await response.json();
  if (!response.ok) {
    const message =
      typeof body === 'object' && body && 'message' in body ? String(body.message) : response.statusText;
    throw new ApiError(response.status, message);
  }
  return body as T;
}

const repoPath = (repo: string) => `/api/repos/${encodeURIComponent(repo)}`;

export interface DependencyFilter {
  search: string;
  ecosystem: string;
  scope: string;
  direct: string;
}

/**
 * The last map asked for, kept while it loads and after: the repo page starts loading it before
 * the overview it waits on has come back, and the map view then takes the same request.
 */
let lastMap: { key: string; columns: Promise<MapColumns> } | null = null;

function mapOnce(repo: string, window: string): Promise<MapColumns> {
  const key = `${repo}\n${window}`;
  if (lastMap?.key !== key) {
    const columns = request<MapColumns>(`${repoPath(repo)}/map?window=${window}`);
    columns.catch(() => {
      if (lastMap?.columns === columns) lastMap = null;
    });
    lastMap = { key, columns };
  }
  return lastMap.columns;
}

export const api = {
  overview: () => request<Overview>('/api/repos'),
  map: mapOnce,
  file: (repo: string, path: string) =>
    request<FileReport>(`${repoPath(repo)}/file?path=${encodeURIComponent(path)}`),
  people: (repo: string) => request<Page<Person>>(`${repoPath(repo)}/people?limit=1000`),
  identities: (repo: string) => request<Identity[]>(`${repoPath(repo)}/identities`),
  truckFactor: (repo: string) => request<TruckFactor[]>(`${repoPath(repo)}/truck-factor`),
  departures: (repo: string, people: string[]) =>
    request<Departures>(`${repoPath(repo)}/departures`, { method: 'POST', body: JSON.stringify({ people }) }),
  coupling: (repo: string, window: string) =>
    request<CouplingPair[]>(`${repoPath(repo)}/coupling?limit=200&window=${window}`),
  componentCoupling: (repo: string, window: string) =>
    request<ComponentPair[]>(`${repoPath(repo)}/component-coupling?limit=200&window=${window}`),
  dependencies: (repo: string, filter: DependencyFilter, limit: number, offset: number) =>
    request<Page<Dependency>>(
      `${repoPath(repo)}/dependencies?${new URLSearchParams({ ...filter, limit: String(limit), offset: String(offset) }).toString()}`,
    ),
  licenseFindings: (repo: string) => request<LicenseFinding[]>(`${repoPath(repo)}/license-findings`),
  trends: (repo: string) => request<TrendMonth[]>(`${repoPath(repo)}/trends`),
  docs: () => request<unknown>('/api/docs'),
};
