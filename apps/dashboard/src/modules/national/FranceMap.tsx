import franceRegions from '@svg-maps/france.regions';
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';

import type { NationalRegionRow, ReferenceView } from '../../api/read-api-types.js';
import { routeHref } from '../../app/routes.js';
import { colourClasses, colourOf, NO_DATA_COLOUR, regionIdForMapName } from './national-figures.js';

/** The package's shape (its own declaration names a types package that is not published). */
type SvgMap = { label: string; viewBox: string; locations: { id: string; name: string; path: string }[] };
const regionsMap = franceRegions as unknown as SvgMap;

type FranceMapProps = {
  reference: ReferenceView;
  rows: readonly NationalRegionRow[];
  figureOf: (row: NationalRegionRow | undefined) => number | null;
  formatFigure: (figure: number) => string;
  measureLabel: string;
};

/**
 * The regions of France coloured by the chosen figure. Each region is a link to its regional view, named
 * with its figure, so the map reads by keyboard and screen reader; overseas regions, absent from the
 * map's drawing, are listed beside it the same way.
 */
export function FranceMap({ reference, rows, figureOf, formatFigure, measureLabel }: FranceMapProps) {
  const rowOf = (regionId: string | null) => rows.find((r) => r.regionId === regionId);
  const figures = reference.regions.map((r) => figureOf(rowOf(r.id)));
  const classes = colourClasses(figures);
  const located = regionsMap.locations.map((l) => ({
    ...l,
    regionId: regionIdForMapName(reference, l.name),
  }));
  const drawn = new Set(located.map((l) => l.regionId));
  const describe = (name: string, figure: number | null) =>
    `${name} : ${figure === null ? 'pas de données' : formatFigure(figure)}. Ouvrir la vue régionale`;
  const navigate = useNavigate();
  // The regions are SVG links: followed by the router, without reloading the dashboard.
  const follow = (href: string) => (event: MouseEvent) => {
    event.preventDefault();
    void navigate(href);
  };

  return (
    <figure className="france-map">
      <figcaption id="carte-legende">Carte des régions : {measureLabel}</figcaption>
      <div className="map-and-legend">
        <svg viewBox={regionsMap.viewBox} role="group" aria-labelledby="carte-legende" className="map">
          <defs>
            <pattern
              id="hachures"
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill={NO_DATA_COLOUR} />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#8a949e" strokeWidth="2" />
            </pattern>
          </defs>
          {located.map((location) => {
            const { regionId } = location;
            const figure = figureOf(rowOf(regionId));
            const href = regionId ? routeHref({ page: 'region', regionId, asOf: null }) : '#';
            return (
              <a
                key={location.id}
                href={href}
                onClick={follow(href)}
                aria-label={describe(location.name, figure)}
                data-region={regionId ?? undefined}
              >
                <title>{describe(location.name, figure)}</title>
                <path
                  d={location.path}
                  fill={colourOf(figure, classes)}
                  className={figure === null ? 'region no-data' : 'region'}
                />
              </a>
            );
          })}
        </svg>
        <div className="map-side">
          <h3 className="legend-title">Légende</h3>
          <ul className="plain legend">
            {classes.map((c) => (
              <li key={c.colour}>
                <span className="swatch" style={{ background: c.colour }} aria-hidden="true" /> de{' '}
                {formatFigure(c.from)} à {formatFigure(c.to)}
              </li>
            ))}
            <li>
              <span className="swatch no-data" style={{ background: NO_DATA_COLOUR }} aria-hidden="true" />{' '}
              pas de données (hachuré)
            </li>
          </ul>
          <h3 className="legend-title">Outre-mer</h3>
          <ul className="plain overseas">
            {reference.regions
              .filter((r) => !drawn.has(r.id))
              .map((r) => {
                const figure = figureOf(rowOf(r.id));
                const href = routeHref({ page: 'region', regionId: r.id, asOf: null });
                return (
                  <li key={r.id}>
                    <span
                      className="swatch"
                      style={{ background: colourOf(figure, classes) }}
                      aria-hidden="true"
                    />{' '}
                    <a href={href} onClick={follow(href)}>
                      {r.name}
                    </a>{' '}
                    : {figure === null ? 'pas de données' : formatFigure(figure)}
                  </li>
                );
              })}
          </ul>
        </div>
      </div>
    </figure>
  );
}
