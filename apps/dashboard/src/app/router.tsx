import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';

import { LiveProvider } from '../modules/live/LiveProvider.js';
import { SessionGate } from '../modules/session/SessionGate.js';
import { RegionalRoute } from '../pages/RegionalPage.js';
import { Layout } from './Layout.js';
import { HomeRedirect, NotFoundPage, RouteGuard } from './RouteGuard.js';
import { PAGE_ROUTES, type PageName } from './routes.js';

// The first view (sign-in, then a region) ships alone; the other pages, and what only they use, load
// when first opened.
const AnnualReportRoute = lazy(() =>
  import('../pages/AnnualReportPage.js').then((m) => ({ default: m.AnnualReportRoute })),
);
const NationalRoute = lazy(() =>
  import('../pages/NationalPage.js').then((m) => ({ default: m.NationalRoute })),
);
const RevueCampaignsRoute = lazy(() =>
  import('../pages/RevueCampaignsPage.js').then((m) => ({ default: m.RevueCampaignsRoute })),
);
const RevuePeriodRoute = lazy(() =>
  import('../pages/RevuePeriodPage.js').then((m) => ({ default: m.RevuePeriodRoute })),
);
const AnnualCycleRoute = lazy(() =>
  import('../pages/AnnualCyclePage.js').then((m) => ({ default: m.AnnualCycleRoute })),
);
const PresentedReportRoute = lazy(() =>
  import('../pages/PresentedReportPage.js').then((m) => ({ default: m.PresentedReportRoute })),
);
const TargetsRoute = lazy(() => import('../pages/TargetsPage.js').then((m) => ({ default: m.TargetsRoute })));
const SupervisionPage = lazy(() =>
  import('../pages/SupervisionPage.js').then((m) => ({ default: m.SupervisionPage })),
);
const SaisieRoute = lazy(() => import('../pages/SaisiePage.js').then((m) => ({ default: m.SaisieRoute })));

type LoadingProps = { children: ReactNode };

/** A page loaded on first use: "Chargement…" until its code has arrived. */
function Loading({ children }: LoadingProps) {
  return (
    <Suspense
      fallback={
        <p role="status" className="loading">
          Chargement…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

/** What each address shows. */
const pages: Record<PageName, ReactNode> = {
  home: <HomeRedirect />,
  'sign-in': <HomeRedirect />,
  region: <RegionalRoute />,
  'annual-report': (
    <Loading>
      <AnnualReportRoute />
    </Loading>
  ),
  'review-campaigns': (
    <Loading>
      <RevueCampaignsRoute />
    </Loading>
  ),
  review: (
    <Loading>
      <RevuePeriodRoute />
    </Loading>
  ),
  'annual-cycle': (
    <Loading>
      <AnnualCycleRoute />
    </Loading>
  ),
  'annual-edition': (
    <Loading>
      <PresentedReportRoute />
    </Loading>
  ),
  targets: (
    <Loading>
      <TargetsRoute />
    </Loading>
  ),
  national: (
    <Loading>
      <NationalRoute />
    </Loading>
  ),
  supervision: (
    <Loading>
      <SupervisionPage />
    </Loading>
  ),
  saisie: (
    <Loading>
      <SaisieRoute />
    </Loading>
  ),
  'not-found': <NotFoundPage />,
};

const root = (
  <SessionGate>
    <LiveProvider>
      <Layout>
        <RouteGuard />
      </Layout>
    </LiveProvider>
  </SessionGate>
);

/**
 * The dashboard's pages under react-router, in data mode (a page with unsaved entries blocks leaving
 * with `useBlocker`, which only a data router offers): the session around every page, then the frame,
 * the guard of what the CCI may open, and the page.
 */
export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/',
      element: root,
      children: PAGE_ROUTES.map((route) => ({ ...route, element: pages[route.id] })),
    },
  ]);
}
