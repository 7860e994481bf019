import { useEffect, useMemo, useRef, useState } from 'react';

/** Type-ahead over the map's files; `/` anywhere focuses it. */
export function FileSearch({ paths, onPick }: { paths: readonly string[]; onPick(path: string): void }) {
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const needle = query.trim().toLowerCase();
    if (!needle) return [];
    const found: string[] = [];
    for (const path of paths) {
      if (path.toLowerCase().includes(needle)) found.push(path);
      if (found.length >= 12) break;
    }
    return found;
  }, [paths, query]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      const typing =
        target instanceof HTMLInputElement ||
        target instanceof HTMLTextAreaElement ||
        target instanceof HTMLSelectElement;
      if (event.key === '/' && !typing) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const pick = (path: string | undefined) => {
    if (!path) return;
    onPick(path);
    setQuery('');
    input.current?.blur();
  };

  return (
    <div className="search">
      <input
        ref={input}
        data-testid="file-search"
        placeholder="Find a file (press /)"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, matches.length - 1));
          if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          if (e.key === 'Enter') pick(matches[active]);
          if (e.key === 'Escape') setQuery('');
        }}
      />
      {matches.length > 0 && (
        <ul className="search-results">
          {matches.map((path, i) => (
            <li key={path}>
              <button type="button" className={i === active ? 'active' : ''} onMouseDown={() => pick(path)}>
                {path}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
