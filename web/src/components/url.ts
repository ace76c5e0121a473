import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters live in the URL's query string, so a link, a reload or a sign-in after the session
 * expired brings the person back to the same list.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(params.get('pageSize')) || 50));
  const set = useCallback(
    (patch: Partial<Record<K | 'page' | 'pageSize' | 'view', string | number | null | undefined>>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === undefined || v === null || v === '') next.delete(k);
            else next.set(k, String(v));
          }
          // A new filter starts again from the first page.
          if (!('page' in patch)) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  const clear = useCallback(() => {
    setParams(new URLSearchParams(), { replace: true });
  }, [setParams]);
  const active = keys.some((k) => values[k] !== '');
  return { values, page, pageSize, set, clear, active, params };
}

export type UrlFilters<K extends string> = ReturnType<typeof useUrlFilters<K>>;

/** `/tasks?status=overdue&agency=3`: the list behind a number. */
export function listHref(path: string, query: Record<string, string | number | null | undefined>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') sp.set(k, String(v));
  const s = sp.toString();
  return s ? `${path}?${s}` : path;
}
