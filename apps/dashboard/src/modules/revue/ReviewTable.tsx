import type { CampaignReviewView, ReviewedCci, ReviewedDeclaration } from '../../api/read-api-types.js';
import { formatInstant, formatNumber, formatPeriod } from '../format/french-format.js';
import { useSession } from '../session/session-context.js';
import { actorText } from './ClosingSection.js';
import { canSendBack, canValidate, declarationKey } from './review-batch.js';
import { changeText, DECLARATION_STATE_LABELS } from './review-labels.js';

type ReviewTableProps = {
  review: CampaignReviewView;
  reviewed: ReviewedCci;
  /** Controls are shown to the region only; CCI France reads. */
  mayAct: boolean;
  selected: ReadonlySet<string>;
  busy: boolean;
  onToggle: (key: string, on: boolean) => void;
  onValidate: (declaration: ReviewedDeclaration) => void;
  onSendBack: (declaration: ReviewedDeclaration) => void;
  onHistory: (indicatorId: string) => void;
};

const value = (v: number | null) => (v === null ? '—' : formatNumber(v));

/**
 * One CCI's declarations for the period: each figure with its unit, what changed since its previous
 * declaration, the previous period and the year's target, its comment, its state; a checkbox to select
 * it for validation, "Valider", "Renvoyer…" and its history. Every control is a native one, reachable
 * and usable with the keyboard.
 */
export function ReviewTable({
  review,
  reviewed,
  mayAct,
  selected,
  busy,
  onToggle,
  onValidate,
  onSendBack,
  onHistory,
}: ReviewTableProps) {
  const { reference } = useSession();
  const { cci, counts, locked, declarations } = reviewed;
  const indicator = (id: string) => review.indicators.find((i) => i.indicatorId === id);
  const unit = (id: string) => reference.units.find((u) => u.id === id)?.label ?? id;
  const captionId = `revue-${cci.id}`;
  return (
    <section aria-labelledby={captionId} className="review-cci">
      <h2 id={captionId}>
        {cci.name}
        {locked && <span className="tag"> période verrouillée</span>}
      </h2>
      <p className="note">
        {counts.validated} validée(s), {counts.awaitingValidation} en attente, {counts.sentBack} renvoyée(s),{' '}
        {counts.notDeclared} à déclarer{counts.late > 0 ? ` dont ${String(counts.late)} en retard` : ''}.
      </p>
      <div className="table-scroll">
        <table className="review-table">
          <caption className="visually-hidden">Déclarations de {cci.name}</caption>
          <thead>
            <tr>
              {mayAct && (
                <th scope="col">
                  <span className="visually-hidden">Sélection</span>
                </th>
              )}
              <th scope="col">Indicateur</th>
              <th scope="col">Valeur</th>
              <th scope="col">Depuis la déclaration précédente</th>
              <th scope="col">Période précédente</th>
              <th scope="col">Cible de l’année</th>
              <th scope="col">Commentaire</th>
              <th scope="col">État</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {declarations.map((d) => {
              const label = indicator(d.indicatorId)?.label ?? d.indicatorId;
              const key = declarationKey({ cciId: cci.id, indicatorId: d.indicatorId });
              const open = canValidate(d, locked);
              return (
                <tr key={key} data-state={d.state}>
                  {mayAct && (
                    <td>
                      {open && (
                        <input
                          type="checkbox"
                          aria-label={`Sélectionner ${label} de ${cci.name}`}
                          checked={selected.has(key)}
                          onChange={(event) => {
                            onToggle(key, event.target.checked);
                          }}
                        />
                      )}
                    </td>
                  )}
                  <th scope="row">{label}</th>
                  <td className="number">
                    {value(d.value)} <span className="unit">{unit(d.unitId)}</span>
                  </td>
                  <td>{d.value === null ? '' : changeText(d)}</td>
                  <td className="number">
                    {d.previousPeriod
                      ? `${value(d.previousPeriod.value)} (${formatPeriod(d.previousPeriod.period)})`
                      : '—'}
                  </td>
                  <td className="number">{value(d.target)}</td>
                  <td>{d.comment ?? ''}</td>
                  <td>
                    <span className={`state state-${d.state}`}>{DECLARATION_STATE_LABELS[d.state]}</span>
                    {d.state === 'validee' && d.validatedAt && d.validatedBy && (
                      <span className="note">
                        {' '}
                        le {formatInstant(d.validatedAt)} par {actorText(d.validatedBy)}
                      </span>
                    )}
                    {d.state === 'renvoyee' && d.sentBackComment && (
                      <span className="note"> : « {d.sentBackComment} »</span>
                    )}
                    {d.late && <span className="tag"> en retard</span>}
                  </td>
                  <td className="row-actions">
                    {mayAct && open && (
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() => {
                          onValidate(d);
                        }}
                      >
                        Valider
                        <span className="visually-hidden">
                          {' '}
                          {label} de {cci.name}
                        </span>
                      </button>
                    )}
                    {mayAct && canSendBack(d, locked) && (
                      <>
                        <button
                          type="button"
                          className="secondary"
                          disabled={busy}
                          onClick={() => {
                            onSendBack(d);
                          }}
                        >
                          Renvoyer…
                          <span className="visually-hidden">
                            {' '}
                            {label} de {cci.name}
                          </span>
                        </button>
                      </>
                    )}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        onHistory(d.indicatorId);
                      }}
                    >
                      Historique
                      <span className="visually-hidden">
                        {' '}
                        de {label} de {cci.name}
                      </span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
