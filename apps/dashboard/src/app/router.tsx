import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';

import { LiveProvider } from '../modules/live/LiveProvider.js';
import { SessionGate } from '../modules/session/SessionGate.js';
import { RegionalRoute } from '../pages/RegionalPage.js';
import { Layout } from './Layout.js';
import { HomeRedirect, NotFoundPage, RouteGuard } from './RouteGuard.js';
import { PAGE_ROUTES, PUBLIC_PATHS, routeAt, type PageName } from './routes.js';

// The first view (sign-in, then a region) ships alone; the other pages, and what only they use, load
// when first opened.
const lazyPages = {
  'annual-report': () =>
    import('../pages/AnnualReportPage.js').then((m) => ({ default: m.AnnualReportRoute })),
  national: () => import('../pages/NationalPage.js').then((m) => ({ default: m.NationalRoute })),
  supervision: () => import('../pages/SupervisionPage.js').then((m) => ({ default: m.SupervisionPage })),
  saisie: () => import('../pages/SaisiePage.js').then((m) => ({ default: m.SaisieRoute })),
  people: () => import('../pages/PeoplePage.js').then((m) => ({ default: m.PeopleRoute })),
  'machine-keys': () => import('../pages/MachineKeysPage.js').then((m) => ({ default: m.MachineKeysPage })),
  'review-campaigns': () =>
    import('../pages/RevueCampaignsPage.js').then((m) => ({ default: m.RevueCampaignsRoute })),
  review: () => import('../pages/RevuePeriodPage.js').then((m) => ({ default: m.RevuePeriodRoute })),
  'annual-cycle': () => import('../pages/AnnualCyclePage.js').then((m) => ({ default: m.AnnualCycleRoute })),
  'annual-edition': () =>
    import('../pages/PresentedReportPage.js').then((m) => ({ default: m.PresentedReportRoute })),
  targets: () => import('../pages/TargetsPage.js').then((m) => ({ default: m.TargetsRoute })),
  notices: () => import('../pages/NoticesPage.js').then((m) => ({ default: m.NoticesPage })),
} satisfies Partial<Record<PageName, unknown>>;
const AnnualReportRoute = lazy(lazyPages['annual-report']);
const NationalRoute = lazy(lazyPages.national);
const SupervisionPage = lazy(lazyPages.supervision);
const SaisieRoute = lazy(lazyPages.saisie);
const PeopleRoute = lazy(lazyPages.people);
const MachineKeysPage = lazy(lazyPages['machine-keys']);
const RevueCampaignsRoute = lazy(lazyPages['review-campaigns']);
const RevuePeriodRoute = lazy(lazyPages.review);
const AnnualCycleRoute = lazy(lazyPages['annual-cycle']);
const PresentedReportRoute = lazy(lazyPages['annual-edition']);
const TargetsRoute = lazy(lazyPages.targets);
const NoticesPage = lazy(lazyPages.notices);
// Opened from a message without a session: outside the session's gate, and loaded only there.
const UnsubscribePage = lazy(() =>
  import('../pages/UnsubscribePage.js').then((m) => ({ default: m.UnsubscribePage })),
);
// Public too: anyone may read what is published, and download it, without signing in.
const OpenDataPage = lazy(() =>
  import('../pages/OpenDataPage.js').then((m) => ({ default: m.OpenDataPage })),
);

/**
 * Opened at a lazy page's address, its code starts loading with the session's first requests rather
 * than after them (the bundler's module cache makes the page's own import reuse this one).
 */
function preloadPageAt(location: Location): void {
  const preloads: Partial<Record<PageName, () => Promise<unknown>>> = lazyPages;
  const preload = preloads[routeAt(location.pathname, location.search).page];
  if (preload) void preload();
}

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
  people: (
    <Loading>
      <PeopleRoute />
    </Loading>
  ),
  'machine-keys': (
    <Loading>
      <MachineKeysPage />
    </Loading>
  ),
  notices: (
    <Loading>
      <NoticesPage />
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
 * the guard of what the CCI may open, and the page; but the unsubscribe page and the open data, which
 * are public.
 */
export function createAppRouter() {
  preloadPageAt(window.location);
  return createBrowserRouter([
    {
      // A message's unsubscribe link works without signing in: the signed token is the authority.
      path: PUBLIC_PATHS.unsubscribe,
      element: (
        <Loading>
          <UnsubscribePage />
        </Loading>
      ),
    },
    {
      // What CCI France publishes under the open licence: public, read-only.
      path: PUBLIC_PATHS.openData,
      element: (
        <Loading>
          <OpenDataPage />
        </Loading>
      ),
    },
    {
      path: '/',
      element: root,
      children: PAGE_ROUTES.map((route) => ({ ...route, element: pages[route.id] })),
    },
  ]);
}
