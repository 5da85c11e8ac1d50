import { matchRoutes, type RouteObject } from 'react-router';

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
  | { page: 'review-campaigns'; regionId: string }
  | { page: 'review'; regionId: string; period: string }
  | { page: 'annual-cycle'; regionId: string }
  | { page: 'targets'; regionId: string }
  | { page: 'annual-edition'; regionId: string; year: number; edition: number }
  | { page: 'national'; asOf: string | null }
  | { page: 'supervision' }
  | { page: 'saisie'; period: string | null }
  | { page: 'people'; cciId: string | null }
  | { page: 'machine-keys' }
  | { page: 'notices' }
  | { page: 'not-found' };

export type PageName = Route['page'];

/**
 * The dashboard's addresses, as the router matches them under `/` (`router.tsx` gives each its
 * component; `routeAt` reads an address with the same table).
 */
export const PAGE_ROUTES = [
  { id: 'home', index: true },
  { id: 'sign-in', path: 'connexion' },
  { id: 'region', path: 'regions/:regionId' },
  { id: 'annual-report', path: 'regions/:regionId/rapport' },
  { id: 'review-campaigns', path: 'regions/:regionId/revue' },
  { id: 'review', path: 'regions/:regionId/revue/:period' },
  { id: 'annual-cycle', path: 'regions/:regionId/cycle-annuel' },
  { id: 'targets', path: 'regions/:regionId/cibles' },
  { id: 'annual-edition', path: 'regions/:regionId/cycle-annuel/:year/:edition' },
  { id: 'national', path: 'national' },
  { id: 'supervision', path: 'supervision' },
  { id: 'saisie', path: 'saisie/:period?' },
  { id: 'people', path: 'personnes' },
  { id: 'machine-keys', path: 'cles-acces' },
  { id: 'notices', path: 'mes-notifications' },
  { id: 'not-found', path: '*' },
] as const satisfies readonly ({ id: PageName; index: true } | { id: PageName; path: string })[];

/**
 * The public pages, outside the session (`router.tsx` mounts them before `PAGE_ROUTES`): a message's
 * unsubscribe link, and the open data. No signed-in page may take their addresses.
 */
export const PUBLIC_PATHS = { unsubscribe: '/desabonnement', openData: '/donnees-ouvertes' } as const;

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A campaign's period: a quarter (2026-T3) or a year (2026). */
const PERIOD = /^\d{4}(-T[1-4])?$/;
const YEAR = /^\d{4}$/;
const EDITION = /^[1-9]\d{0,2}$/;

function asOfOf(search: URLSearchParams): string | null {
  const value = search.get('au');
  return value !== null && ISO_DATE.test(value) ? value : null;
}

/** The page a matched route shows, from the route's id, the address's parameters and its query string. */
function routeOf(
  id: PageName | undefined,
  params: Readonly<Partial<Record<string, string>>>,
  search: URLSearchParams,
): Route {
  const regionId = params.regionId ?? '';
  const region = ID.test(regionId);
  switch (id) {
    case 'home':
    case 'sign-in':
    case 'supervision':
    case 'machine-keys':
    case 'notices':
      return { page: id };
    case 'people': {
      // A regional CCI's administrators manage its CCIs' administrators too: `?cci=` names which.
      const cciId = search.get('cci');
      return { page: 'people', cciId: cciId !== null && ID.test(cciId) ? cciId : null };
    }
    case 'national':
      return { page: 'national', asOf: asOfOf(search) };
    case 'region':
    case 'annual-report':
      return region ? { page: id, regionId, asOf: asOfOf(search) } : { page: 'not-found' };
    case 'review-campaigns':
    case 'annual-cycle':
    case 'targets':
      return region ? { page: id, regionId } : { page: 'not-found' };
    case 'review': {
      const period = params.period ?? '';
      return region && PERIOD.test(period) ? { page: id, regionId, period } : { page: 'not-found' };
    }
    case 'annual-edition': {
      const [year, edition] = [params.year ?? '', params.edition ?? ''];
      return region && YEAR.test(year) && EDITION.test(edition)
        ? { page: id, regionId, year: Number(year), edition: Number(edition) }
        : { page: 'not-found' };
    }
    case 'saisie': {
      const period = params.period ?? null;
      return period === null || PERIOD.test(period) ? { page: 'saisie', period } : { page: 'not-found' };
    }
    case 'not-found':
    case undefined:
      return { page: 'not-found' };
    default: {
      const unknown: never = id;
      return unknown;
    }
  }
}

const routeTable: RouteObject[] = [{ path: '/', children: [...PAGE_ROUTES] }];

/** The page at an address, matched by the router's own matcher over `PAGE_ROUTES`. */
export function routeAt(pathname: string, search: string): Route {
  const leaf = matchRoutes(routeTable, pathname)?.at(-1);
  const page = PAGE_ROUTES.find((route) => route.id === leaf?.route.id)?.id;
  return routeOf(page, leaf?.params ?? {}, new URLSearchParams(search));
}

/** True when `route` is the page `page`: narrows it to that page's parameters. */
export function isPage<P extends PageName>(route: Route, page: P): route is Extract<Route, { page: P }> {
  return route.page === page;
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
    case 'review-campaigns':
      return `/regions/${route.regionId}/revue`;
    case 'review':
      return `/regions/${route.regionId}/revue/${route.period}`;
    case 'annual-cycle':
      return `/regions/${route.regionId}/cycle-annuel`;
    case 'targets':
      return `/regions/${route.regionId}/cibles`;
    case 'annual-edition':
      return `/regions/${route.regionId}/cycle-annuel/${String(route.year)}/${String(route.edition)}`;
    case 'national':
      return `/national${at(route.asOf)}`;
    case 'supervision':
      return '/supervision';
    case 'saisie':
      return route.period === null ? '/saisie' : `/saisie/${route.period}`;
    case 'people':
      return route.cciId ? `/personnes?cci=${route.cciId}` : '/personnes';
    case 'machine-keys':
      return '/cles-acces';
    case 'notices':
      return '/mes-notifications';
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
    case 'annual-cycle':
    case 'annual-edition':
      return permissions.regions === 'all' || permissions.regions.includes(route.regionId)
        ? null
        : `${me.cci.name} ne peut consulter que sa propre région.`;
    case 'review-campaigns':
    case 'review':
    case 'targets':
      if (permissions.review === 'all' || permissions.review.includes(route.regionId)) return null;
      return me.role === 'territorial'
        ? 'La revue des déclarations est réservée à la CCI régionale et à CCI France.'
        : `${me.cci.name} ne peut revoir que les déclarations de sa propre région.`;
    case 'national':
      return permissions.national ? null : 'La vue nationale est réservée à CCI France.';
    case 'supervision':
      return permissions.monitoring
        ? null
        : 'La supervision est réservée aux CCI régionales (DSI) et à CCI France.';
    case 'saisie':
      return me.role === 'territorial' && permissions.entrySheet !== null
        ? null
        : 'La saisie des chiffres est réservée aux CCI territoriales, chacune pour elle-même.';
    case 'people':
      return permissions.manageAccess
        ? null
        : `La gestion des personnes est réservée aux administrateurs de ${me.cci.name} (rôle « administration »).`;
    case 'machine-keys':
      return permissions.manageAccess
        ? null
        : `La gestion des clés d’accès est réservée aux administrateurs de ${me.cci.name} (rôle « administration »).`;
    case 'notices':
      return me.agent.kind === 'person'
        ? null
        : 'Les notifications sont celles d’une personne connectée, pas d’une clé d’accès.';
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
