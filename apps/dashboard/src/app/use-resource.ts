import { useCallback, useEffect, useState } from 'react';

import { ReadApiError } from '../api/read-api-client.js';

export type Resource<T> = {
  data: T | null;
  error: ReadApiError | null;
  loading: boolean;
  /** Loads again in the background: the data on screen stays until the new data arrives. */
  reload: () => void;
};

/** Data from the read API for a page; a change of `key` (another region, another date) loads anew. */
export function useResource<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const [state, setState] = useState<{ key: string; data: T | null; error: ReadApiError | null }>({
    key,
    data: null,
    error: null,
  });
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    load(controller.signal)
      .then((data) => {
        setState({ key, data, error: null });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const failure =
          error instanceof ReadApiError
            ? error
            : new ReadApiError(0, 'Les données n’ont pas pu être lues.', null);
        setState((previous) => ({ key, data: previous.key === key ? previous.data : null, error: failure }));
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => {
      controller.abort();
    };
    // `load` is rebuilt at each render; `key` says when it asks for something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation]);

  const reload = useCallback(() => {
    setGeneration((g) => g + 1);
  }, []);
  const current = state.key === key;
  return { data: current ? state.data : null, error: current ? state.error : null, loading, reload };
}
