import { lazy, Suspense, useCallback, useEffect, useState } from 'react';

import { createReadApi, ReadApiError } from '../api/read-api-client.js';
import { readApiPaths } from '../api/read-api-paths.js';
import type { MeView, ReferenceView } from '../api/read-api-types.js';
import { LiveProvider } from '../modules/live/LiveProvider.js';
import { SignInPage } from '../modules/session/SignInPage.js';
import { RegionalPage } from '../pages/RegionalPage.js';
import { Layout } from './Layout.js';
import { navigate, useLocation } from './navigation.js';
import { homeRoute, parseRoute, refusalOf, routeHref, type Route } from './routes.js';
import { SessionContext, type Session } from './session-context.js';
import { forgetApiKey, storeApiKey, storedApiKey } from './session-storage.js';

// The first view (sign-in, then a region) ships alone; the other pages load when first opened.
const NationalPage = lazy(() =>
  import('../pages/NationalPage.js').then((m) => ({ default: m.NationalPage })),
);
const SupervisionPage = lazy(() =>
  import('../pages/SupervisionPage.js').then((m) => ({ default: m.SupervisionPage })),
);
const AnnualReportPage = lazy(() =>
  import('../pages/AnnualReportPage.js').then((m) => ({ default: m.AnnualReportPage })),
);

type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out'; notice: string | null }
  | { status: 'signed-in'; session: Session };

async function openSession(
  apiKey: string,
  onUnauthorized: () => void,
  firstRoute: Route,
): Promise<Omit<Session, 'signOut'>> {
  const api = createReadApi(apiKey, onUnauthorized);
  if (firstRoute.page === 'region') api.prefetch(readApiPaths.region(firstRoute.regionId, firstRoute.asOf));
  const [me, reference] = await Promise.all([
    api.get<MeView>(readApiPaths.me()),
    api.get<ReferenceView>(readApiPaths.reference()),
  ]);
  return { apiKey, api, me, reference };
}

export function App() {
  const location = useLocation();
  const route = parseRoute(location.pathname, location.search);
  const [state, setState] = useState<SessionState>(() =>
    storedApiKey(sessionStorage) ? { status: 'checking' } : { status: 'signed-out', notice: null },
  );

  const signOut = useCallback((notice: string | null = null) => {
    forgetApiKey(sessionStorage);
    setState({ status: 'signed-out', notice });
    navigate(routeHref({ page: 'sign-in' }), { replace: true });
  }, []);
  const expired = useCallback(() => {
    signOut('Votre clé d’API n’est plus acceptée : reconnectez-vous.');
  }, [signOut]);

  const start = useCallback(
    async (apiKey: string): Promise<string | null> => {
      try {
        const opened = await openSession(
          apiKey,
          expired,
          parseRoute(window.location.pathname, window.location.search),
        );
        storeApiKey(sessionStorage, apiKey);
        setState({
          status: 'signed-in',
          session: {
            ...opened,
            signOut: () => {
              signOut();
            },
          },
        });
        return null;
      } catch (error) {
        if (error instanceof ReadApiError && error.status === 401)
          return 'Clé d’API inconnue, révoquée ou mal recopiée.';
        return error instanceof ReadApiError ? error.message : 'La connexion a échoué.';
      }
    },
    [expired, signOut],
  );

  // A reload keeps the key of this tab: the session is opened again without asking for it.
  useEffect(() => {
    const apiKey = storedApiKey(sessionStorage);
    if (!apiKey) return;
    void start(apiKey).then((error) => {
      if (error) signOut(error);
    });
  }, [start, signOut]);

  if (state.status === 'checking')
    return (
      <p role="status" className="loading">
        Connexion…
      </p>
    );
  if (state.status === 'signed-out') {
    return (
      <SignInPage
        notice={state.notice}
        onSignIn={async (apiKey) => {
          const error = await start(apiKey);
          if (!error && (route.page === 'sign-in' || route.page === 'home')) navigate('/', { replace: true });
          return error;
        }}
      />
    );
  }
  const { session } = state;
  return (
    <SessionContext value={session}>
      <LiveProvider apiKey={session.apiKey} onUnauthorized={expired}>
        <Layout route={route}>
          <Page route={route} me={session.me} />
        </Layout>
      </LiveProvider>
    </SessionContext>
  );
}

function Page({ route, me }: { route: Route; me: MeView }) {
  const home = routeHref(homeRoute(me));
  useEffect(() => {
    if (route.page === 'home' || route.page === 'sign-in') navigate(home, { replace: true });
  }, [route.page, home]);
  const refusal = refusalOf(route, me);
  if (refusal) {
    return (
      <div className="refusal">
        <h1>Accès refusé</h1>
        <p role="alert">{refusal}</p>
      </div>
    );
  }
  const loading = (
    <p role="status" className="loading">
      Chargement…
    </p>
  );
  switch (route.page) {
    case 'home':
    case 'sign-in':
      return loading;
    case 'region':
      return <RegionalPage key={route.regionId} regionId={route.regionId} asOf={route.asOf} />;
    case 'annual-report':
      return (
        <Suspense fallback={loading}>
          <AnnualReportPage regionId={route.regionId} asOf={route.asOf} />
        </Suspense>
      );
    case 'national':
      return (
        <Suspense fallback={loading}>
          <NationalPage asOf={route.asOf} />
        </Suspense>
      );
    case 'supervision':
      return (
        <Suspense fallback={loading}>
          <SupervisionPage />
        </Suspense>
      );
    case 'not-found':
      return (
        <div>
          <h1>Page introuvable</h1>
          <p>Cette adresse ne correspond à aucune vue du tableau de bord.</p>
        </div>
      );
    default: {
      const unknown: never = route;
      return unknown;
    }
  }
}
