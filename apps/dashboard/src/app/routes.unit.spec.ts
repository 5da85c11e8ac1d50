import { describe, expect, it } from '@jest/globals';

import type { MeView } from '../api/read-api-types.js';
import { homeRoute, PUBLIC_PATHS, refusalOf, routeAt, routeHref, type Route } from './routes.js';

const territorial: MeView = {
  cci: { id: 'cci-rouen-metropole', name: 'CCI Rouen Métropole', kind: 'territorial', regionId: 'normandie' },
  role: 'territorial',
  person: null,
  roles: ['saisie', 'lecture', 'administration'],
  agent: { kind: 'machine-key', id: '0123456789ab', name: 'démonstration' },
  permissions: {
    regions: ['normandie'],
    national: false,
    monitoring: false,
    operate: false,
    manageAccess: true,
    entrySheet: 'cci-rouen-metropole',
    review: [],
  },
};
const regional: MeView = {
  cci: { id: 'cci-normandie', name: 'CCI Normandie', kind: 'regional', regionId: 'normandie' },
  role: 'regional',
  person: null,
  roles: ['saisie', 'validation', 'lecture', 'administration', 'supervision'],
  agent: { kind: 'machine-key', id: '1123456789ab', name: 'démonstration' },
  permissions: {
    regions: ['normandie'],
    national: false,
    monitoring: true,
    operate: true,
    manageAccess: true,
    entrySheet: 'cci-normandie',
    review: ['normandie'],
  },
};
const national: MeView = {
  cci: { id: 'cci-france', name: 'CCI France', kind: 'national', regionId: null },
  role: 'national',
  person: null,
  roles: ['lecture', 'administration', 'supervision'],
  agent: { kind: 'machine-key', id: '2123456789ab', name: 'démonstration' },
  permissions: {
    regions: 'all',
    national: true,
    monitoring: true,
    operate: true,
    manageAccess: true,
    entrySheet: null,
    review: 'all',
  },
};

describe('the dashboard addresses', () => {
  it('reads and writes every page, with the time-travel date, as the router matches it', () => {
    const routes: Route[] = [
      { page: 'region', regionId: 'pays-de-la-loire', asOf: '2017-12-31' },
      { page: 'region', regionId: 'normandie', asOf: null },
      { page: 'annual-report', regionId: 'normandie', asOf: '2025-12-31' },
      { page: 'review-campaigns', regionId: 'normandie' },
      { page: 'review', regionId: 'normandie', period: '2026-T3' },
      { page: 'review', regionId: 'normandie', period: '2026' },
      { page: 'annual-cycle', regionId: 'normandie' },
      { page: 'targets', regionId: 'normandie' },
      { page: 'annual-edition', regionId: 'normandie', year: 2025, edition: 2 },
      { page: 'national', asOf: null },
      { page: 'supervision' },
      { page: 'saisie', period: null },
      { page: 'saisie', period: '2024-T3' },
      { page: 'people', cciId: null },
      { page: 'people', cciId: 'cci-rouen-metropole' },
      { page: 'machine-keys' },
      { page: 'sign-in' },
      { page: 'home' },
    ];
    for (const route of routes) {
      const url = new URL(routeHref(route), 'http://localhost');
      expect(routeAt(url.pathname, url.search)).toEqual(route);
    }
  });

  it('ignores a malformed date and unknown paths', () => {
    expect(routeAt('/regions/normandie', '?au=demain')).toEqual({
      page: 'region',
      regionId: 'normandie',
      asOf: null,
    });
    expect(routeAt('/regions/normandie/', '')).toEqual({ page: 'region', regionId: 'normandie', asOf: null });
    expect(routeAt('/regions/$ne', '')).toEqual({ page: 'not-found' });
    expect(routeAt('/regions/normandie/rapport/plus', '')).toEqual({ page: 'not-found' });
    expect(routeAt('/admin', '')).toEqual({ page: 'not-found' });
    expect(routeAt('/saisie/T3-2024', '')).toEqual({ page: 'not-found' });
    expect(routeAt('/personnes', '?cci=$where')).toEqual({ page: 'people', cciId: null });
    expect(routeAt('/regions/normandie/revue/2026-T5', '')).toEqual({ page: 'not-found' });
    expect(routeAt('/regions/normandie/cycle-annuel/2025/0', '')).toEqual({ page: 'not-found' });
  });

  it('leaves the public pages’ addresses to them: no signed-in page answers there', () => {
    for (const path of Object.values(PUBLIC_PATHS)) expect(routeAt(path, '')).toEqual({ page: 'not-found' });
  });

  it('lands each role on its view', () => {
    expect(homeRoute(territorial)).toEqual({ page: 'region', regionId: 'normandie', asOf: null });
    expect(homeRoute(national)).toEqual({ page: 'national', asOf: null });
  });

  it('refuses a territorial CCI another region and the supervision, and the national view to all but CCI France', () => {
    const other: Route = { page: 'region', regionId: 'pays-de-la-loire', asOf: null };
    expect(refusalOf(other, territorial)).toBe('CCI Rouen Métropole ne peut consulter que sa propre région.');
    expect(refusalOf({ page: 'supervision' }, territorial)).toMatch(/réservée/);
    expect(refusalOf({ page: 'national', asOf: null }, regional)).toBe(
      'La vue nationale est réservée à CCI France.',
    );
    expect(refusalOf({ page: 'supervision' }, regional)).toBeNull();
    expect(refusalOf(other, national)).toBeNull();
    expect(refusalOf({ page: 'national', asOf: null }, national)).toBeNull();
  });

  it('opens the Saisie to a territorial CCI only, which declares its own figures', () => {
    const saisie: Route = { page: 'saisie', period: '2024-T3' };
    expect(refusalOf(saisie, territorial)).toBeNull();
    expect(refusalOf(saisie, regional)).toBe(
      'La saisie des chiffres est réservée aux CCI territoriales, chacune pour elle-même.',
    );
    expect(refusalOf(saisie, national)).not.toBeNull();
  });

  it('opens the people and the machine keys to administrators only, with the French "réservée" sentence', () => {
    const reader: MeView = {
      ...territorial,
      roles: ['saisie', 'lecture'],
      permissions: { ...territorial.permissions, manageAccess: false },
    };
    for (const page of [{ page: 'people', cciId: null }, { page: 'machine-keys' }] as const) {
      expect(refusalOf(page, territorial)).toBeNull();
      expect(refusalOf(page, national)).toBeNull();
    }
    expect(refusalOf({ page: 'people', cciId: null }, reader)).toBe(
      'La gestion des personnes est réservée aux administrateurs de CCI Rouen Métropole (rôle « administration »).',
    );
    expect(refusalOf({ page: 'machine-keys' }, reader)).toBe(
      'La gestion des clés d’accès est réservée aux administrateurs de CCI Rouen Métropole (rôle « administration »).',
    );
  });

  it('opens the review of a region to its regional CCI and to CCI France, never to a territorial CCI', () => {
    const review: Route = { page: 'review', regionId: 'normandie', period: '2026-T3' };
    expect(refusalOf(review, territorial)).toBe(
      'La revue des déclarations est réservée à la CCI régionale et à CCI France.',
    );
    expect(refusalOf({ page: 'review-campaigns', regionId: 'normandie' }, regional)).toBeNull();
    expect(refusalOf({ ...review, regionId: 'bretagne' }, regional)).toBe(
      'CCI Normandie ne peut revoir que les déclarations de sa propre région.',
    );
    expect(refusalOf(review, national)).toBeNull();
    expect(refusalOf({ page: 'annual-cycle', regionId: 'normandie' }, territorial)).toBeNull();
  });
});
