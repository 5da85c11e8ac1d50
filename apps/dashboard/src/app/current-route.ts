import { useLocation } from 'react-router';

import { isPage, routeAt, type PageName, type Route } from './routes.js';

/** The page the address shows, read from the router's location. */
export function useCurrentRoute(): Route {
  const { pathname, search } = useLocation();
  return routeAt(pathname, search);
}

/** The parameters of the page this component is the route of (the router only renders it there). */
export function usePageRoute<P extends PageName>(page: P): Extract<Route, { page: P }> {
  const route = useCurrentRoute();
  if (!isPage(route, page))
    throw new Error(`Page « ${page} » attendue à cette adresse, « ${route.page} » trouvée.`);
  return route;
}
