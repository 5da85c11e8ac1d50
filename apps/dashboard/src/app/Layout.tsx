import type { ReactNode } from 'react';

import { LiveStatus } from '../modules/live/LiveStatus.js';
import { Link } from './Link.js';
import { routeHref, type Route } from './routes.js';
import { useSession } from './session-context.js';

const ROLE_LABELS = {
  national: 'tête de réseau nationale',
  regional: 'CCI régionale',
  territorial: 'CCI territoriale',
} as const;

/** The frame of every page: skip link, the CCI signed in, the views its role opens, the live state. */
export function Layout({ route, children }: { route: Route; children: ReactNode }) {
  const { me, reference, signOut } = useSession();
  const { permissions } = me;
  const links: { route: Route; label: string; current: boolean }[] = [];
  if (permissions.national)
    links.push({
      route: { page: 'national', asOf: null },
      label: 'Vue nationale',
      current: route.page === 'national',
    });
  if (permissions.regions !== 'all') {
    for (const regionId of permissions.regions) {
      const name = reference.regions.find((r) => r.id === regionId)?.name ?? regionId;
      links.push({
        route: { page: 'region', regionId, asOf: null },
        label: `Vue régionale ${name}`,
        current: (route.page === 'region' || route.page === 'annual-report') && route.regionId === regionId,
      });
    }
  }
  if (permissions.monitoring)
    links.push({
      route: { page: 'supervision' },
      label: 'Supervision',
      current: route.page === 'supervision',
    });

  return (
    <>
      <a href="#contenu" className="skip-link">
        Aller au contenu
      </a>
      <header className="app-header">
        <div className="brand">
          <Link href="/">Suivi SROM et COM</Link>
        </div>
        <nav aria-label="Vues" className="main-nav">
          <ul>
            {links.map((link) => (
              <li key={routeHref(link.route)}>
                <Link href={routeHref(link.route)} aria-current={link.current ? 'page' : undefined}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span>
            {me.cci.name} <span className="role">({ROLE_LABELS[me.role]})</span>
          </span>
          <button type="button" className="secondary" onClick={signOut}>
            Se déconnecter
          </button>
        </div>
        <LiveStatus />
      </header>
      <main id="contenu" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
