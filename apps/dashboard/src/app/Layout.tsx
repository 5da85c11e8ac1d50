import { useEffect, type ReactNode } from 'react';
import { Link, NavigationType, NavLink, useLocation, useNavigationType } from 'react-router';

import { LiveStatus } from '../modules/live/LiveStatus.js';
import { useSession } from '../modules/session/session-context.js';
import { PUBLIC_PATHS, refusalOf, routeHref, type Route } from './routes.js';

const ROLE_LABELS = {
  national: 'tête de réseau nationale',
  regional: 'CCI régionale',
  territorial: 'CCI territoriale',
} as const;

type LayoutProps = { children: ReactNode };

/** A new address opens at the top of its page; "back" and "forward" leave the browser where it was. */
function useScrollToTopOnNewAddress(): void {
  const { pathname, search } = useLocation();
  const navigationType = useNavigationType();
  useEffect(() => {
    if (navigationType !== NavigationType.Pop) window.scrollTo(0, 0);
  }, [pathname, search, navigationType]);
}

/**
 * The frame of every page: skip link, the CCI signed in, the views its role opens (the current one
 * marked `aria-current`, a region's annual report included; people and keys for its administrators),
 * the person's own « Mes notifications », the live state; and the footer's link to the open data,
 * the public page of what CCI France publishes.
 */
export function Layout({ children }: LayoutProps) {
  const { me, reference, signOut } = useSession();
  useScrollToTopOnNewAddress();
  const { permissions } = me;
  const links: { route: Route; label: string }[] = [];
  if (permissions.national) links.push({ route: { page: 'national', asOf: null }, label: 'Vue nationale' });
  if (permissions.regions !== 'all') {
    for (const regionId of permissions.regions) {
      const name = reference.regions.find((r) => r.id === regionId)?.name ?? regionId;
      links.push({ route: { page: 'region', regionId, asOf: null }, label: `Vue régionale ${name}` });
    }
  }
  if (permissions.review !== 'all') {
    for (const regionId of permissions.review) {
      const name = reference.regions.find((r) => r.id === regionId)?.name ?? regionId;
      links.push({ route: { page: 'review-campaigns', regionId }, label: `Revue ${name}` });
    }
  }
  if (refusalOf({ page: 'saisie', period: null }, me) === null)
    links.push({ route: { page: 'saisie', period: null }, label: 'Saisie' });
  if (permissions.monitoring) links.push({ route: { page: 'supervision' }, label: 'Supervision' });
  if (permissions.manageAccess) {
    links.push({ route: { page: 'people', cciId: null }, label: 'Personnes' });
    links.push({ route: { page: 'machine-keys' }, label: 'Clés d’accès' });
  }

  return (
    <>
      <a href="#contenu" className="skip-link">
        Aller au contenu
      </a>
      <header className="app-header">
        <div className="brand">
          <Link to="/">Suivi SROM et COM</Link>
        </div>
        <nav aria-label="Vues" className="main-nav">
          <ul>
            {links.map((link) => (
              <li key={routeHref(link.route)}>
                <NavLink to={routeHref(link.route)}>{link.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span>
            {me.person ?? me.cci.name}
            {me.person && ` · ${me.cci.name}`} <span className="role">({ROLE_LABELS[me.role]})</span>
          </span>
          {me.agent.kind === 'person' && (
            <NavLink to={routeHref({ page: 'notices' })}>Mes notifications</NavLink>
          )}
          <button type="button" className="secondary" onClick={signOut}>
            Se déconnecter
          </button>
        </div>
        <LiveStatus />
      </header>
      <main id="contenu" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <Link to={PUBLIC_PATHS.openData}>Données ouvertes</Link>
        <span> : la consolidation nationale du COP, publique, sous Licence Ouverte</span>
      </footer>
    </>
  );
}
