// A list the server pages by cursor (events, stories): filters from the address, the first page
// loaded again whenever the filters change or are applied again, further pages appended on
// "Load more", an answer to an older request never shown over a newer one.
import { useEffect, useRef, useState } from 'preact/hooks';
import { asFailure, type ApiFailure } from '../api.ts';

export type ListState<T> =
  | { status: 'loading' }
  | { status: 'error'; failure: ApiFailure }
  | { status: 'done'; items: T[]; nextCursor: string | null; more: 'idle' | 'loading' | ApiFailure };

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The filters named by `keys` that the query string sets. */
export function filtersFromQuery<K extends string>(keys: readonly K[], query: string): Partial<Record<K, string>> {
  const params = new URLSearchParams(query);
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) {
    const v = params.get(k);
    if (v) out[k] = v;
  }
  return out;
}

export function usePagedList<F, T>(
  filters: F,
  onFilters: (f: F) => void,
  fetchPage: (filters: F, cursor: string | null, signal?: AbortSignal) => Promise<Page<T>>,
): { state: ListState<T>; apply: (f: F) => void; loadMore: () => Promise<void> } {
  const [state, setState] = useState<ListState<T>>({ status: 'loading' });
  const pending = useRef<AbortController | null>(null);
  const key = JSON.stringify(filters);
  // Applying the same filters again loads them again (new articles may have arrived).
  const [tick, setTick] = useState(0);
  const apply = (f: F) => {
    setTick((t) => t + 1);
    onFilters(f);
  };

  useEffect(() => {
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    setState({ status: 'loading' });
    fetchPage(filters, null, controller.signal).then(
      (page) => setState({ status: 'done', items: page.items, nextCursor: page.nextCursor, more: 'idle' }),
      (e) => {
        if ((e as Error).name !== 'AbortError') setState({ status: 'error', failure: asFailure(e) });
      },
    );
    return () => controller.abort();
  }, [key, tick]);

  const loadMore = async () => {
    if (state.status !== 'done' || !state.nextCursor) return;
    setState({ ...state, more: 'loading' });
    try {
      const page = await fetchPage(filters, state.nextCursor);
      setState({ status: 'done', items: [...state.items, ...page.items], nextCursor: page.nextCursor, more: 'idle' });
    } catch (e) {
      setState({ ...state, more: asFailure(e) });
    }
  };

  return { state, apply, loadMore };
}
