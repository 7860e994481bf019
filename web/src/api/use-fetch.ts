import { useEffect, useState } from 'react';

export type Loaded<T> =
  { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: T };

/** Loads once per change of `key`; a stale answer (the key moved on) is dropped. */
export function useFetch<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [loaded, setLoaded] = useState<{ key: string; value: Loaded<T> }>({
    key,
    value: { state: 'loading' },
  });
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setLoaded({ key, value: { state: 'ready', data } }),
      (error: unknown) =>
        current &&
        setLoaded({
          key,
          value: { state: 'error', message: error instanceof Error ? error.message : String(error) },
        }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return loaded.key === key ? loaded.value : { state: 'loading' };
}
