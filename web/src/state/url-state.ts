import { useCallback, useSyncExternalStore } from 'react';

/** Everything a shared link must reproduce lives in the query string. */
export interface ViewState {
  repo: string;
  view: 'map' | 'people' | 'coupling' | 'trends' | 'dependencies' | '';
  metric: string;
  window: string;
  /** Directory the map is zoomed into ('' = the repo root). */
  zoom: string;
  file: string;
  /** '1' when the map also shows generated, vendored and minified files. */
  all: string;
}

const defaults: ViewState = {
  repo: '',
  view: '',
  metric: 'hotspot',
  window: '1y',
  zoom: '',
  file: '',
  all: '',
};
const views = new Set(['map', 'people', 'coupling', 'trends', 'dependencies']);

function read(): ViewState {
  const params = new URLSearchParams(window.location.search);
  const get = (name: keyof ViewState) => params.get(name) ?? defaults[name];
  const view = get('view');
  return {
    repo: get('repo'),
    view:
      view === 'map' ||
      view === 'people' ||
      view === 'coupling' ||
      view === 'trends' ||
      view === 'dependencies'
        ? view
        : '',
    metric: get('metric'),
    window: get('window'),
    zoom: get('zoom'),
    file: get('file'),
    all: get('all'),
  };
}

export function hrefOf(state: ViewState): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(state)) {
    if (value !== defaults[name as keyof ViewState]) params.set(name, value);
  }
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

const listeners = new Set<() => void>();
let snapshot = read();
let snapshotHref = window.location.href;
window.addEventListener('popstate', notify);

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function getSnapshot(): ViewState {
  if (window.location.href !== snapshotHref) {
    snapshot = read();
    snapshotHref = window.location.href;
  }
  return snapshot;
}

export function navigate(state: ViewState, replace = false): void {
  const href = hrefOf(state);
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  notify();
}

/** The view state and a setter that writes it to the URL (a new history entry unless `replace`). */
export function useViewState(): [ViewState, (change: Partial<ViewState>, replace?: boolean) => void] {
  const state = useSyncExternalStore(subscribe, getSnapshot);
  const update = useCallback((change: Partial<ViewState>, replace = false) => {
    const next = { ...getSnapshot(), ...change };
    if (!views.has(next.view) && next.repo) next.view = 'map';
    navigate(next, replace);
  }, []);
  return [state, update];
}
