import { dataOf } from '../../api/api-call.js';
import type { DeadLetterView } from '../../api/read-api-types.js';
import { formatInstant } from '../format/french-format.js';
import { useSession } from '../session/session-context.js';
import { GestureOutcome, useGesture } from './gesture.js';
import { eventTypeLabel } from './monitoring-history.js';

/** The events the projections could not apply, what happened, and for the DSI a replay of each. */
export function DeadLettersSection({
  deadLetters,
  operate,
}: {
  deadLetters: readonly DeadLetterView[];
  operate: boolean;
}) {
  const { readApi } = useSession();
  const [action, perform] = useGesture();
  return (
    <section aria-labelledby="lettres-titre">
      <h2 id="lettres-titre">Événements en attente (lettres mortes)</h2>
      <GestureOutcome state={action} />
      {deadLetters.length === 0 ? (
        <p className="empty">Aucun événement rejeté par les projections.</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="lettres-titre" tabIndex={0}>
          <table className="dead-letters">
            <thead>
              <tr>
                <th scope="col">Reçu le</th>
                <th scope="col">CCI</th>
                <th scope="col">Objet</th>
                <th scope="col">Ce qui s’est passé</th>
                <th scope="col">Rejeu</th>
              </tr>
            </thead>
            <tbody>
              {deadLetters.map((letter) => (
                <tr key={letter.id}>
                  <td>{formatInstant(letter.failedAt)}</td>
                  <td>{letter.cci?.name ?? 'inconnue'}</td>
                  <th scope="row">
                    {letter.subject ?? eventTypeLabel(letter.eventType)}
                    <span className="note"> ({eventTypeLabel(letter.eventType)})</span>
                  </th>
                  <td>
                    {letter.explanation}
                    <details>
                      <summary>Détail technique</summary>
                      <p>
                        {letter.reason} : {letter.message} (projection {letter.projector}, partition{' '}
                        {letter.partition}, position {letter.offset})
                      </p>
                    </details>
                  </td>
                  <td>
                    {letter.replay ? (
                      <>
                        Rejoué le {formatInstant(letter.replay.at)} par {letter.replay.by}
                      </>
                    ) : operate ? (
                      <button
                        type="button"
                        disabled={action.busy}
                        onClick={() => {
                          perform(async () => {
                            await dataOf(
                              'lecture',
                              readApi.POST('/v1/monitoring/dead-letters/{id}/replay', {
                                params: { path: { id: letter.id } },
                              }),
                            );
                            return 'Événement remis dans le journal : la projection va le traiter.';
                          });
                        }}
                      >
                        Rejouer<span className="visually-hidden"> : {letter.subject ?? letter.id}</span>
                      </button>
                    ) : (
                      'réservé à la DSI'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
