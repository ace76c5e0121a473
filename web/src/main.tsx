import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ApiError, setUnauthenticatedHandler } from './api/client.ts';
import { dashboardFilters, dashboardQuery } from './api/queries.ts';
import { fetchMe, ME_KEY, markSessionExpired } from './auth.ts';
import { AntdRoot } from './components/AntdRoot.tsx';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { router } from './router.tsx';
import './styles.css';

function retry(failureCount: number, error: unknown): boolean {
  // 4xx answers will not change on retry; network blips and 5xx get one more try.
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 1;
}

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry, staleTime: 30_000, refetchOnWindowFocus: false } },
  queryCache: new QueryCache(),
  mutationCache: new MutationCache(),
});

// A session that expires mid-use sends the person to sign in, and back to the same URL (filters
// live in its query string) afterwards.
setUnauthenticatedHandler(() => {
  if (window.location.pathname === '/signin') return;
  // The signed-in frame (AppLayout) then redirects, keeping the URL with its filters.
  markSessionExpired();
  queryClient.setQueryData(ME_KEY, null);
});

// Ask who is signed in, and for the dashboard's figures, at once and while the page's code is still
// loading. A visitor not signed in gets a quiet 401 for the second, and the sign-in page.
void queryClient.prefetchQuery({ queryKey: ME_KEY, queryFn: fetchMe });
if (window.location.pathname === '/') {
  void queryClient.prefetchQuery(
    dashboardQuery(dashboardFilters(new URLSearchParams(window.location.search)), true),
  );
  // The dashboard's chart code too (a lazy chunk: it stays out of the initial JavaScript).
  void import('./charts/EChart.tsx');
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <AntdRoot>
          <RouterProvider router={router} />
        </AntdRoot>
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
