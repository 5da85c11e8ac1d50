import type { MeView } from '../api/read-api-types.js';

/**
 * The dashboard's pages and their addresses. A date in `?au=` is the "as of" date of time travel: the
 * address can be shared and reopened, and the back button goes back in time too.
 */
export type Route =
  | { page: 'sign-in' }
  | { page: 'home' }
  | { page: 'region'; regionId: string; asOf: string | null }
  | { page: 'annual-report'; regionId: string; asOf: string | null }
  | { page: 'national'; asOf: string | null }
  | { page: 'supervision' }
  | { page: 'not-found' };

const REGION_ID = '([a-z0-9][a-z0-9-]{0,62})';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function asOfOf(search: string): string | null {
  const value = new URLSearchParams(search).get('au');
  return value !== null && ISO_DATE.test(value) ? value : null;
}

export function parseRoute(pathname: string, search: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { page: 'home' };
  if (path === '/connexion') return { page: 'sign-in' };
  if (path === '/national') return { page: 'national', asOf: asOfOf(search) };
  if (path === '/supervision') return { page: 'supervision' };
  const region = new RegExp(`^/regions/${REGION_ID}(/rapport)?$`).exec(path);
  if (region?.[1]) {
    return {
      page: region[2] ? 'annual-report' : 'region',
      regionId: region[1],
      asOf: asOfOf(search),
    };
  }
  return { page: 'not-found' };
}

export function routeHref(route: Route): string {
  const at = (asOf: string | null) => (asOf ? `?au=${asOf}` : '');
  switch (route.page) {
    case 'home':
      return '/';
    case 'sign-in':
      return '/connexion';
    case 'region':
      return `/regions/${route.regionId}${at(route.asOf)}`;
    case 'annual-report':
      return `/regions/${route.regionId}/rapport${at(route.asOf)}`;
    case 'national':
      return `/national${at(route.asOf)}`;
    case 'supervision':
      return '/supervision';
    case 'not-found':
      return '/';
    default: {
      const unknown: never = route;
      return unknown;
    }
  }
}

/** Where a CCI lands after signing in: CCI France on the national view, any other CCI on its region. */
export function homeRoute(me: MeView): Route {
  if (me.permissions.national) return { page: 'national', asOf: null };
  const regionId = me.cci.regionId;
  return regionId ? { page: 'region', regionId, asOf: null } : { page: 'not-found' };
}

/**
 * Why a CCI may not open a page, in French, or null when it may. The read API refuses the data anyway
 * (403); the dashboard says so before asking, and never shows a link the CCI cannot follow.
 */
export function refusalOf(route: Route, me: MeView): string | null {
  const { permissions } = me;
  switch (route.page) {
    case 'region':
    case 'annual-report':
      return permissions.regions === 'all' || permissions.regions.includes(route.regionId)
        ? null
        : `${me.cci.name} ne peut consulter que sa propre région.`;
    case 'national':
      return permissions.national ? null : 'La vue nationale est réservée à CCI France.';
    case 'supervision':
      return permissions.monitoring
        ? null
        : 'La supervision est réservée aux CCI régionales (DSI) et à CCI France.';
    case 'home':
    case 'sign-in':
    case 'not-found':
      return null;
    default: {
      const unknown: never = route;
      return unknown;
    }
  }
}
