import type { CciSummary, Milestone, ReferenceView, SromMatrixView } from '../../api/read-api-types.js';
import { GapSign } from './GapSign.js';
import { ModeChip } from './ModeChip.js';
import { cellDescription, cellOf } from './srom-matrix.js';

type SromMatrixTableProps = {
  reference: ReferenceView;
  matrix: SromMatrixView;
  ccis: readonly CciSummary[];
  /** The projection of the view's SROM cycle, which the cells' gaps measure against. */
  projection: Milestone | undefined;
  onOpenCell: (macroProcessId: string, cciId: string) => void;
};

/**
 * The SROM matrix: support functions and their macro-processes down, the region's CCIs across, each cell
 * the current mode (its letter on its colour), the delegate of an integrated process, and the gap to the
 * projection of the view's SROM cycle as a sign. Each cell is a button that opens its history.
 */
export function SromMatrixTable({ reference, matrix, ccis, projection, onOpenCell }: SromMatrixTableProps) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="srom-matrix-caption" tabIndex={0}>
      <table className="srom-matrix">
        <caption id="srom-matrix-caption">
          Mode de gestion actuel de chaque macro-processus, par CCI (choisir une case pour son historique)
        </caption>
        <thead>
          <tr>
            <th scope="col">Fonction et macro-processus</th>
            {ccis.map((cci) => (
              <th scope="col" key={cci.id}>
                {cci.name}
              </th>
            ))}
          </tr>
        </thead>
        {reference.functions.map((fn) => (
          <tbody key={fn.id}>
            <tr className="function-row">
              <th scope="colgroup" colSpan={ccis.length + 1}>
                {fn.label}
              </th>
            </tr>
            {fn.macroProcesses.map((mp) => (
              <tr key={mp.id}>
                <th scope="row" className="macro-process">
                  {mp.label}
                </th>
                {ccis.map((cci) => {
                  const cell = cellOf(matrix, mp.id, cci.id);
                  return (
                    <td key={cci.id} className={`gap-${cell?.gap ?? 'no-mode'}`}>
                      <button
                        type="button"
                        className="cell-button"
                        aria-label={cellDescription(reference, mp, cci, cell, projection)}
                        data-cell={`${mp.id}/${cci.id}`}
                        onClick={() => {
                          onOpenCell(mp.id, cci.id);
                        }}
                      >
                        <ModeChip
                          reference={reference}
                          snapshot={cell?.current ?? null}
                          decorative
                          showDelegate={cell?.current?.mode === 'I'}
                        />
                        {cell?.gap === 'off-target' && <GapSign kind="off-target" />}
                        {cell?.gap === 'on-target' && <GapSign kind="on-target" />}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
