import type { CciSummary, CompletenessGrid as Grid } from '../../api/read-api-types.js';
import { saveCsv } from '../exports/download.js';
import { csvFileName } from '../exports/csv.js';
import { formatPeriod } from '../format/french-format.js';

type CompletenessGridProps = {
  grid: Grid;
  ccis: readonly CciSummary[];
  regionName: string;
};

function status(cell: { expected: number; received: number; onTime: number }): {
  className: string;
  sign: string;
  text: string;
} {
  if (cell.received === 0) return { className: 'missing', sign: '✗', text: 'rien reçu' };
  if (cell.received < cell.expected)
    return {
      className: 'partial',
      sign: '◐',
      text: cell.onTime < cell.received ? 'partiel, en retard' : 'partiel',
    };
  if (cell.onTime < cell.received) return { className: 'late', sign: '⏱', text: 'complet, en retard' };
  return { className: 'complete', sign: '✓', text: 'complet, dans les délais' };
}

/**
 * Expected, received and on-time reports per territorial CCI and period. Each cell shows its counts and a
 * sign as well as a colour, so that it reads in black and white and with a screen reader alike.
 */
export function CompletenessGrid({ grid, ccis, regionName }: CompletenessGridProps) {
  const { periods } = grid;
  const rows = grid.rows.map((row) => ({
    ...row,
    name: ccis.find((c) => c.id === row.cciId)?.name ?? row.cciId,
  }));
  if (periods.length === 0) return <p className="empty">Aucune période de déclaration n’est encore échue.</p>;
  const exportGrid = () => {
    void saveCsv(
      ['CCI', 'Période', 'Attendues', 'Reçues', 'Dans les délais'],
      rows.flatMap((row) =>
        row.cells.map((c) => [row.name, formatPeriod(c.period), c.expected, c.received, c.onTime]),
      ),
      csvFileName('completude-par-cci', regionName),
    );
  };
  return (
    <>
      <div className="table-toolbar">
        <p className="note">
          Légende : <span aria-hidden="true">✓</span> complet dans les délais ·{' '}
          <span aria-hidden="true">⏱</span> complet mais en retard · <span aria-hidden="true">◐</span> partiel
          · <span aria-hidden="true">✗</span> rien reçu. Chaque case indique les déclarations reçues sur
          attendues.
        </p>
        <button type="button" className="secondary" onClick={exportGrid}>
          Exporter la complétude par CCI (CSV)
        </button>
      </div>
      <div className="table-scroll" role="region" aria-labelledby="completeness-caption" tabIndex={0}>
        <table className="completeness">
          <caption id="completeness-caption">
            Déclarations reçues sur attendues, par CCI et par période
          </caption>
          <thead>
            <tr>
              <th scope="col">CCI</th>
              {periods.map((p) => (
                <th scope="col" key={p}>
                  {formatPeriod(p)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.cciId}>
                <th scope="row">{row.name}</th>
                {row.cells.map((cell) => {
                  const s = status(cell);
                  return (
                    <td key={cell.period} className={`completeness-${s.className}`} data-period={cell.period}>
                      <span aria-hidden="true" className="sign">
                        {s.sign}
                      </span>{' '}
                      {cell.received}/{cell.expected}
                      <span className="visually-hidden">
                        {' '}
                        reçues, dont {cell.onTime} dans les délais : {s.text}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
