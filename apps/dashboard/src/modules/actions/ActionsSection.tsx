import type { ActionProgressView, CciSummary, ReferenceView } from '../../api/read-api-types.js';
import { formatPercent, formatShortDate } from '../format/french-format.js';
import { decisionLabel, describeCounts, STATUS_LABELS } from './action-progress.js';

type ActionsSectionProps = {
  reference: ReferenceView;
  progress: ActionProgressView;
  ccis: readonly CciSummary[];
};

function ProgressBar({ ratio, label }: { ratio: number | null; label: string }) {
  return (
    <div className="progress">
      <progress max={1} value={ratio ?? 0} aria-label={label} />
      <span>{ratio === null ? '—' : formatPercent(ratio)}</span>
    </div>
  );
}

/** The chantiers and totems that move macro-processes toward their target, with their progress. */
export function ActionsSection({ reference, progress, ccis }: ActionsSectionProps) {
  const actions = progress.order.flatMap((id) => {
    const action = progress.actions[id];
    return action ? [{ id, action }] : [];
  });
  const functionLabel = (id: string | null) => reference.functions.find((f) => f.id === id)?.label ?? '—';
  if (actions.length === 0)
    return <p className="empty">Aucun chantier n’est enregistré pour cette région.</p>;
  return (
    <>
      <div className="summary-grid">
        <div className="summary-card">
          <h3>Avancement d’ensemble</h3>
          <p>{describeCounts(progress.counts)}</p>
          <ProgressBar ratio={progress.counts.completionRate} label="Part des actions achevées" />
          <p>
            {progress.totems.length} totem{progress.totems.length > 1 ? 's' : ''} suivi
            {progress.totems.length > 1 ? 's' : ''} par le Bureau
          </p>
        </div>
        <div className="summary-card">
          <h3>Par fonction</h3>
          <ul className="plain">
            {Object.entries(progress.byFunction).map(([fnId, counts]) => (
              <li key={fnId}>
                <span>{functionLabel(fnId)}</span> — {describeCounts(counts)}
                <ProgressBar
                  ratio={counts.completionRate}
                  label={`Part des actions achevées : ${functionLabel(fnId)}`}
                />
              </li>
            ))}
          </ul>
        </div>
      </div>
      <div className="table-scroll" role="region" aria-labelledby="actions-caption" tabIndex={0}>
        <table className="actions">
          <caption id="actions-caption">Chantiers et totems, totems en tête</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Fonction</th>
              <th scope="col">CCI pilote</th>
              <th scope="col">Décidée par</th>
              <th scope="col">Statut</th>
              <th scope="col">Progression</th>
              <th scope="col">Dates</th>
            </tr>
          </thead>
          <tbody>
            {actions.map(({ id, action }) => {
              const steps = action.stepsReached;
              return (
                <tr key={id}>
                  <th scope="row">
                    {action.totem && <span className="badge totem">Totem</span>} {action.title}
                  </th>
                  <td>{functionLabel(action.functionId)}</td>
                  <td>{ccis.find((c) => c.id === action.ownerCciId)?.name ?? action.ownerCciId}</td>
                  <td>{decisionLabel(reference, action) ?? '—'}</td>
                  <td>
                    <span className={`badge status-${action.status}`}>{STATUS_LABELS[action.status]}</span>
                  </td>
                  <td>
                    <span
                      className="steps"
                      role="img"
                      aria-label={`Étape ${steps} sur 3 : ${STATUS_LABELS[action.status]}`}
                    >
                      {[1, 2, 3].map((n) => (
                        <span key={n} className={n <= steps ? 'step done' : 'step'} />
                      ))}
                    </span>
                  </td>
                  <td className="dates">
                    prévue le {formatShortDate(action.plannedOn)}
                    {action.startedOn && <>, démarrée le {formatShortDate(action.startedOn)}</>}
                    {action.completedOn && <>, achevée le {formatShortDate(action.completedOn)}</>}
                    {action.abandonedOn && (
                      <>
                        , abandonnée le {formatShortDate(action.abandonedOn)}
                        {action.abandonReason && ` (${action.abandonReason})`}
                      </>
                    )}
                    {action.dueOn && <>, échéance {formatShortDate(action.dueOn)}</>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
