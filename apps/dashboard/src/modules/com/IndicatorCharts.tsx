import { formatNumber, formatPercent, formatPeriod } from '../format/french-format.js';
import type { PeriodPoint, YearPoint } from '../../api/read-api-types.js';

const WIDTH = 560;
const HEIGHT = 200;
const MARGIN = { top: 22, right: 8, bottom: 34, left: 8 };

function scale(max: number): (value: number) => number {
  const plot = HEIGHT - MARGIN.top - MARGIN.bottom;
  return (value) => (max <= 0 ? 0 : (value / max) * plot);
}

/** Reported against target, year by year: a solid bar for the actual, an outlined one for the target. */
export function YearlyChart({
  points,
  unit,
  title,
}: {
  points: readonly YearPoint[];
  unit: string;
  title: string;
}) {
  const max = Math.max(0, ...points.flatMap((p) => [p.actual ?? 0, p.target ?? 0]));
  const height = scale(max);
  const slot = (WIDTH - MARGIN.left - MARGIN.right) / Math.max(1, points.length);
  const bar = Math.min(48, slot / 3);
  const baseline = HEIGHT - MARGIN.bottom;
  const summary = points
    .map(
      (p) =>
        `${p.year} : ${p.actual === null ? 'aucune valeur' : `${formatNumber(p.actual)} ${unit}`}` +
        (p.target === null ? ', sans cible' : ` pour une cible de ${formatNumber(p.target)}`) +
        (p.attainment === null ? '' : ` (${formatPercent(p.attainment)})`),
    )
    .join(' ; ');
  return (
    <figure className="chart">
      <figcaption>
        {title}{' '}
        <span className="legend-inline">
          <span className="swatch actual" aria-hidden="true" /> réalisé
        </span>{' '}
        <span className="legend-inline">
          <span className="swatch target" aria-hidden="true" /> cible
        </span>
      </figcaption>
      <svg
        role="img"
        aria-label={`${title}. ${summary}`}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="bar-chart"
      >
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={baseline} y2={baseline} className="axis" />
        {points.map((p, i) => {
          const x = MARGIN.left + i * slot + slot / 2;
          const actual = height(p.actual ?? 0);
          const target = height(p.target ?? 0);
          return (
            <g key={p.year}>
              {p.actual !== null && (
                <>
                  <rect
                    x={x - bar - 2}
                    y={baseline - actual}
                    width={bar}
                    height={actual}
                    className="bar-actual"
                  />
                  <text
                    x={x - bar / 2 - 2}
                    y={baseline - actual - 5}
                    textAnchor="middle"
                    className="value-label"
                  >
                    {formatNumber(p.actual)}
                  </text>
                </>
              )}
              {p.target !== null && (
                <>
                  <rect x={x + 2} y={baseline - target} width={bar} height={target} className="bar-target" />
                  <text
                    x={x + bar / 2 + 2}
                    y={baseline - target - 5}
                    textAnchor="middle"
                    className="value-label"
                  >
                    {formatNumber(p.target)}
                  </text>
                </>
              )}
              <text x={x} y={HEIGHT - 8} textAnchor="middle" className="axis-label">
                {p.year}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** The region's value period after period, as columns, to see the rhythm of the year. */
export function PeriodChart({
  points,
  unit,
  title,
}: {
  points: readonly PeriodPoint[];
  unit: string;
  title: string;
}) {
  const max = Math.max(0, ...points.map((p) => p.value ?? 0));
  const height = scale(max);
  const slot = (WIDTH - MARGIN.left - MARGIN.right) / Math.max(1, points.length);
  const bar = Math.min(36, slot * 0.7);
  const baseline = HEIGHT - MARGIN.bottom;
  const summary = points
    .map(
      (p) =>
        `${formatPeriod(p.period)} : ${p.value === null ? 'non déclaré' : `${formatNumber(p.value)} ${unit}`}`,
    )
    .join(' ; ');
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg
        role="img"
        aria-label={`${title}. ${summary}`}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="bar-chart"
      >
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={baseline} y2={baseline} className="axis" />
        {points.map((p, i) => {
          const x = MARGIN.left + i * slot + slot / 2;
          const h = height(p.value ?? 0);
          return (
            <g key={p.period}>
              {p.value === null ? (
                <text x={x} y={baseline - 6} textAnchor="middle" className="value-label missing">
                  ∅
                </text>
              ) : (
                <>
                  <rect x={x - bar / 2} y={baseline - h} width={bar} height={h} className="bar-period" />
                  <text x={x} y={baseline - h - 5} textAnchor="middle" className="value-label">
                    {formatNumber(p.value)}
                  </text>
                </>
              )}
              <text x={x} y={HEIGHT - 14} textAnchor="middle" className="axis-label">
                <tspan x={x}>{formatPeriod(p.period).split(' ')[0]}</tspan>
                <tspan x={x} dy="12">
                  {formatPeriod(p.period).split(' ')[1]}
                </tspan>
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
