import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';

import type { NationalRegionRow, ReferenceView } from '../../api/read-api-types.js';
import { routeHref } from '../../app/routes.js';
import franceRegionsMap from './france-regions-map.json' with { type: 'json' };
import { colourClasses, colourOf, NO_DATA_COLOUR } from './map-colours.js';

/** A frame around an overseas region, in the map's viewBox units. */
type Inset = { x: number; y: number; width: number; height: number };
/**
 * The drawing: Natural Earth's shapes (public domain), projected by scripts/build-france-map.mjs, one path
 * per region keyed by its INSEE code; overseas regions each in an inset below the mainland.
 */
type RegionsMap = { viewBox: string; regions: { inseeCode: string; path: string; inset: Inset | null }[] };
const regionsMap: RegionsMap = franceRegionsMap;

/** Room under an inset's frame for the region's name, as the build script leaves it. */
const INSET_LABEL_OFFSET = 13;

type FranceMapProps = {
  reference: ReferenceView;
  rows: readonly NationalRegionRow[];
  figureOf: (row: NationalRegionRow | undefined) => number | null;
  formatFigure: (figure: number) => string;
  measureLabel: string;
};

/**
 * The regions of France coloured by the chosen figure, overseas regions in framed insets. Each region is a
 * link to its regional view, named with its figure, so the map reads by keyboard and screen reader.
 */
export function FranceMap({ reference, rows, figureOf, formatFigure, measureLabel }: FranceMapProps) {
  const rowOf = (regionId: string) => rows.find((r) => r.regionId === regionId);
  const figures = reference.regions.map((r) => figureOf(rowOf(r.id)));
  const classes = colourClasses(figures);
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
        <div className="map-column">
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
            {regionsMap.regions.map(({ inseeCode, path, inset }) => {
              const region = reference.regions.find((r) => r.inseeCode === inseeCode);
              // A shape the reference does not name is drawn, without data, so the map keeps its outline.
              if (!region) {
                return <path key={inseeCode} d={path} className="region no-data" aria-hidden="true" />;
              }
              const figure = figureOf(rowOf(region.id));
              const href = routeHref({ page: 'region', regionId: region.id, asOf: null });
              return (
                <a
                  key={inseeCode}
                  href={href}
                  onClick={follow(href)}
                  aria-label={describe(region.name, figure)}
                  data-region={region.id}
                >
                  <title>{describe(region.name, figure)}</title>
                  {inset && <rect className="inset-frame" {...inset} />}
                  <path
                    d={path}
                    fill={colourOf(figure, classes)}
                    className={figure === null ? 'region no-data' : 'region'}
                  />
                  {inset && (
                    <text
                      className="inset-label"
                      x={inset.x + inset.width / 2}
                      y={inset.y + inset.height + INSET_LABEL_OFFSET}
                      textAnchor="middle"
                    >
                      {region.name}
                    </text>
                  )}
                </a>
              );
            })}
          </svg>
          <p className="map-credit">Fond de carte : Natural Earth (domaine public)</p>
        </div>
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
        </div>
      </div>
    </figure>
  );
}
