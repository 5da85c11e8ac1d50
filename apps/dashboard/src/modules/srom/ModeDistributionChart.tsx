import type { ModeCounts, ReferenceView } from '../../api/read-api-types.js';
import { formatNumber, formatPercent } from '../format/french-format.js';
import { MODE_IDS, modeLabel } from './srom-matrix.js';

type ModeDistributionChartProps = {
  reference: ReferenceView;
  distribution: Record<string, ModeCounts>;
  title: string;
};

const BAR_HEIGHT = 26;
const LABEL_WIDTH = 390;
const CHART_WIDTH = 520;

/**
 * The mode distribution per support function as horizontal stacked bars in plain SVG. Each segment is
 * labelled with its letter when wide enough, and the same figures are in the table below the chart.
 */
export function ModeDistributionChart({ reference, distribution, title }: ModeDistributionChartProps) {
  const functions = reference.functions.filter((fn) => distribution[fn.id]);
  const keys = [...MODE_IDS, 'unknown'] as const;
  const height = functions.length * (BAR_HEIGHT + 12) + 8;
  const summary = functions
    .map((fn) => {
      const counts = distribution[fn.id];
      if (!counts) return '';
      const parts = MODE_IDS.filter((m) => counts[m] > 0).map(
        (m) => `${formatNumber(counts[m])} ${modeLabel(reference, m)}`,
      );
      return `${fn.label} : ${parts.length > 0 ? parts.join(', ') : 'aucun mode connu'}`;
    })
    .join(' ; ');
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg
        role="img"
        aria-label={`${title}. ${summary}`}
        viewBox={`0 0 ${LABEL_WIDTH + CHART_WIDTH} ${height}`}
        className="distribution-chart"
      >
        {functions.map((fn, row) => {
          const counts = distribution[fn.id];
          if (!counts) return null;
          const total = keys.reduce((sum, k) => sum + counts[k], 0);
          let x = LABEL_WIDTH;
          const y = 4 + row * (BAR_HEIGHT + 12);
          return (
            <g key={fn.id}>
              <text
                x={LABEL_WIDTH - 8}
                y={y + BAR_HEIGHT / 2}
                textAnchor="end"
                dominantBaseline="middle"
                className="chart-label"
              >
                {fn.label}
              </text>
              {keys.map((k) => {
                const width = total === 0 ? 0 : (counts[k] / total) * CHART_WIDTH;
                const segment = (
                  <g key={k}>
                    <rect
                      x={x}
                      y={y}
                      width={width}
                      height={BAR_HEIGHT}
                      className={`segment mode-fill-${k}`}
                    />
                    {width >= 22 && (
                      <text
                        x={x + width / 2}
                        y={y + BAR_HEIGHT / 2}
                        textAnchor="middle"
                        dominantBaseline="middle"
                        className="segment-label"
                      >
                        {k === 'unknown' ? '?' : k}
                      </text>
                    )}
                  </g>
                );
                x += width;
                return segment;
              })}
            </g>
          );
        })}
      </svg>
      <details>
        <summary>Données du graphique</summary>
        <table className="compact">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Fonction</th>
              {MODE_IDS.map((m) => (
                <th scope="col" key={m}>
                  {modeLabel(reference, m)} ({m})
                </th>
              ))}
              <th scope="col">Inconnu</th>
            </tr>
          </thead>
          <tbody>
            {functions.map((fn) => {
              const counts = distribution[fn.id];
              if (!counts) return null;
              const total = keys.reduce((sum, k) => sum + counts[k], 0);
              return (
                <tr key={fn.id}>
                  <th scope="row">{fn.label}</th>
                  {keys.map((k) => (
                    <td key={k} className="number">
                      {formatNumber(counts[k])}
                      {total > 0 && counts[k] > 0 && (
                        <span className="share"> ({formatPercent(counts[k] / total)})</span>
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
