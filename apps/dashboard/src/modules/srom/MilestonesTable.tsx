import type { CciSummary, Milestone, ReferenceView, SromMatrixView } from '../../api/read-api-types.js';
import { countOf } from '../format/french-format.js';
import { ModeChip } from './ModeChip.js';

type MilestonesTableProps = {
  reference: ReferenceView;
  matrix: SromMatrixView;
  milestones: readonly Milestone[];
  ccis: readonly CciSummary[];
};

/**
 * The view's SROM cycle side by side for each documented macro-process: its observed milestones (état
 * des lieux 2013, statut 2017), today and its projection (2021), the CCIs sharing a mode grouped on one
 * line, and the gap to the projection highlighted.
 */
export function MilestonesTable({ reference, matrix, milestones, ccis }: MilestonesTableProps) {
  const nameOf = (id: string) => ccis.find((c) => c.id === id)?.name ?? id;
  const target = milestones.find((m) => m.kind === 'target');
  const columns: { key: string; title: string }[] = [
    ...milestones.filter((m) => m.kind === 'observed').map((m) => ({ key: m.id, title: m.label })),
    { key: 'current', title: 'Aujourd’hui' },
    ...(target ? [{ key: target.id, title: target.label }] : []),
  ];
  const rows = matrix.milestoneRows.flatMap((row) => {
    const fn = reference.functions.find((f) => f.id === row.functionId);
    const mp = fn?.macroProcesses.find((m) => m.id === row.macroProcessId);
    return fn && mp ? [{ fn, mp, row }] : [];
  });
  if (rows.length === 0) {
    return (
      <p className="empty">Aucun mode de gestion ni projection n’est encore enregistré pour cette région.</p>
    );
  }
  return (
    <div className="table-scroll" role="region" aria-labelledby="milestones-caption" tabIndex={0}>
      <table className="milestones">
        <caption id="milestones-caption">
          Jalons de chaque macro-processus documenté et écart entre le mode actuel et la{' '}
          {target?.label.toLocaleLowerCase('fr-FR') ?? 'projection'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Macro-processus</th>
            {columns.map((c) => (
              <th scope="col" key={c.key}>
                {c.title}
              </th>
            ))}
            <th scope="col">Écart à la projection</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ fn, mp, row }) => {
            const { gaps } = row;
            return (
              <tr key={mp.id} className={gaps.offTarget.length > 0 ? 'off-target-row' : undefined}>
                <th scope="row">
                  <span className="function-name">{fn.label}</span> {mp.label}
                </th>
                {columns.map((c) => (
                  <td key={c.key}>
                    <ul className="mode-groups">
                      {(row.groups[c.key] ?? []).map((group) => (
                        <li key={group.cciIds.join()}>
                          <ModeChip reference={reference} snapshot={group.snapshot} showDelegate />{' '}
                          <span className="group-ccis">
                            {group.cciIds.length === ccis.length
                              ? 'toutes les CCI'
                              : group.cciIds.map(nameOf).join(', ')}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </td>
                ))}
                <td className="gap-cell">
                  {gaps.offTarget.length > 0 ? (
                    <strong className="gap-alert">
                      <span aria-hidden="true">⚠ </span>
                      {countOf(gaps.offTarget.length, 'CCI', 'CCI')} hors projection :{' '}
                      {gaps.offTarget.map(nameOf).join(', ')}
                    </strong>
                  ) : gaps.onTarget.length > 0 ? (
                    <span>
                      <span aria-hidden="true">✓ </span>
                      {countOf(gaps.onTarget.length, 'CCI', 'CCI')} conforme
                      {gaps.onTarget.length > 1 ? 's' : ''}
                    </span>
                  ) : (
                    <span>sans projection</span>
                  )}
                  {gaps.onTarget.length > 0 && gaps.offTarget.length > 0 && (
                    <span>
                      {' '}
                      ; {countOf(gaps.onTarget.length, 'CCI', 'CCI')} conforme
                      {gaps.onTarget.length > 1 ? 's' : ''}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
