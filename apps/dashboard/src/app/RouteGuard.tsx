import { Navigate, Outlet } from 'react-router';

import { useSession } from '../modules/session/session-context.js';
import { useCurrentRoute } from './current-route.js';
import { homeRoute, refusalOf, routeHref } from './routes.js';

/** "Page introuvable": an address that names no page, or a region id that cannot be one. */
export function NotFoundPage() {
  return (
    <div>
      <h1>Page introuvable</h1>
      <p>Cette adresse ne correspond à aucune vue du tableau de bord.</p>
    </div>
  );
}

/** `/` and `/connexion` once signed in: the CCI's own view (CCI France's national view, else its region). */
export function HomeRedirect() {
  const { me } = useSession();
  const home = homeRoute(me);
  return home.page === 'not-found' ? <NotFoundPage /> : <Navigate to={routeHref(home)} replace />;
}

/**
 * What the signed-in CCI may open (`refusalOf`): the read API refuses the data anyway (403); the
 * dashboard says so before asking. A refused page is not rendered, so its data is never asked for.
 */
export function RouteGuard() {
  const { me } = useSession();
  const route = useCurrentRoute();
  if (route.page === 'not-found') return <NotFoundPage />;
  const refusal = refusalOf(route, me);
  if (refusal) {
    return (
      <div className="refusal">
        <h1>Accès refusé</h1>
        <p role="alert">{refusal}</p>
      </div>
    );
  }
  return <Outlet />;
}
