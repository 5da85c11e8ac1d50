import { formatNumber } from '../format/french-format.js';
import { trendOf } from './monitoring-history.js';

const WIDTH = 120;
const HEIGHT = 28;

/** A tiny line of the last readings; its accessible name gives the range and the trend in words. */
export function Sparkline({
  values,
  label,
  unit,
}: {
  values: readonly number[];
  label: string;
  unit: string;
}) {
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? WIDTH / (values.length - 1) : 0;
  const points = values
    .map((v, i) => `${(i * step).toFixed(1)},${(HEIGHT - 2 - (v / max) * (HEIGHT - 4)).toFixed(1)}`)
    .join(' ');
  const min = values.length > 0 ? Math.min(...values) : 0;
  const description =
    values.length === 0
      ? `${label} : pas encore de mesure`
      : `${label} sur les ${values.length} dernières mesures : de ${formatNumber(min)} à ${formatNumber(Math.max(...values))} ${unit}, ${trendOf(values)}`;
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={description}
    >
      {values.length > 1 && <polyline points={points} fill="none" />}
      {values.length === 1 && <circle cx={2} cy={HEIGHT / 2} r={2} />}
    </svg>
  );
}
