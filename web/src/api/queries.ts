// Queries that start before their page's code has loaded (main.tsx prefetches them), so their
// key and fetch live here, apart from the pages.
import { api } from './client.ts';
import type { Dashboard } from './types.ts';

export const DASHBOARD_FILTERS = ['document', 'agency', 'from', 'to'] as const;
export type DashboardFilters = Record<(typeof DASHBOARD_FILTERS)[number], string>;

export function dashboardFilters(params: URLSearchParams): DashboardFilters {
  return Object.fromEntries(DASHBOARD_FILTERS.map((k) => [k, params.get(k) ?? ''])) as DashboardFilters;
}

export function dashboardQuery(values: DashboardFilters, quiet401 = false) {
  return {
    queryKey: ['dashboard', values],
    queryFn: () => api<Dashboard>('/dashboard', { query: values, quiet401 }),
  };
}
