import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { RouteError } from './components/RouteError.tsx';

// Each page is its own chunk, fetched when its route is first visited; ECharts comes only with
// the pages that chart (issue 4: initial JS ≤ 350 KB gzipped).
// Shown while the first page's code loads, before anything else can render.
const loading = <div className="center-screen" aria-busy="true" />;

const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({
  Component: (await load()).default,
});

export const router = createBrowserRouter([
  {
    path: '/signin',
    lazy: page(() => import('./pages/SignInPage.tsx')),
    errorElement: <RouteError />,
    hydrateFallbackElement: loading,
  },
  {
    path: '/',
    Component: AppLayout,
    errorElement: <RouteError />,
    hydrateFallbackElement: loading,
    children: [
      { index: true, lazy: page(() => import('./pages/DashboardPage.tsx')) },
      { path: 'documents', lazy: page(() => import('./pages/DocumentsPage.tsx')) },
      { path: 'documents/:id', lazy: page(() => import('./pages/DocumentDetailPage.tsx')) },
      { path: 'indicators', lazy: page(() => import('./pages/IndicatorsPage.tsx')) },
      { path: 'indicators/:id', lazy: page(() => import('./pages/IndicatorDetailPage.tsx')) },
      { path: 'tasks', lazy: page(() => import('./pages/TasksPage.tsx')) },
      { path: 'tasks/:id', lazy: page(() => import('./pages/TaskDetailPage.tsx')) },
      { path: 'agencies', lazy: page(() => import('./pages/AgenciesPage.tsx')) },
      { path: 'agencies/:id', lazy: page(() => import('./pages/AgenciesPage.tsx')) },
      { path: 'admin', lazy: page(() => import('./pages/AdminPage.tsx')) },
      { path: 'search', lazy: page(() => import('./pages/SearchPage.tsx')) },
      { path: 'sources', lazy: page(() => import('./pages/SourcesPage.tsx')) },
      { path: 'sources/:id', lazy: page(() => import('./pages/ReviewPage.tsx')) },
      { path: '*', lazy: page(() => import('./pages/NotFoundPage.tsx')) },
    ],
  },
]);
