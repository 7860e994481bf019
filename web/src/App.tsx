import { useViewState } from './state/url-state.ts';
import { Overview } from './views/Overview.tsx';
import { RepoPage } from './views/RepoPage.tsx';

// Every value from a repository (names, paths, messages) is rendered as React text, never as markup.
export function App() {
  const [state, update] = useViewState();
  return (
    <div className="app">
      <header className="top">
        <button
          type="button"
          className="brand"
          onClick={() => update({ repo: '', view: '', zoom: '', file: '' })}
        >
          Diligent
        </button>
        {state.repo && <span className="crumb">/ {state.repo}</span>}
      </header>
      <main>
        {state.repo ? (
          <RepoPage state={state} update={update} />
        ) : (
          <Overview open={(repo) => update({ repo, view: 'map', zoom: '', file: '' })} />
        )}
      </main>
    </div>
  );
}
