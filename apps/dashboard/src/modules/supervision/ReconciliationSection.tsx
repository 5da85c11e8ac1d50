import { dataOf } from '../../api/api-call.js';
import type { MaintenanceRequestView, ReconciliationView } from '../../api/read-api-types.js';
import { formatDuration, formatInstant, formatNumber } from '../format/french-format.js';
import { useSession } from '../session/session-context.js';
import { GestureOutcome, useGesture } from './gesture.js';
import { isRequestOpen, reconciliationRequestNotice } from './maintenance-requests.js';

/** The latest reconciliation of the national models with the regional ones, and the button to ask one. */
export function ReconciliationSection({
  reconciliation,
  request,
  operate,
}: {
  reconciliation: ReconciliationView | null;
  request: MaintenanceRequestView | undefined;
  operate: boolean;
}) {
  const { readApi } = useSession();
  const [action, perform] = useGesture();
  const open = isRequestOpen(request);
  const notice = request ? reconciliationRequestNotice(request) : null;
  return (
    <section aria-labelledby="reconciliation-titre">
      <h2 id="reconciliation-titre">Dernier rapprochement</h2>
      {operate && (
        <button
          type="button"
          disabled={action.busy || open}
          onClick={() => {
            perform(async () => {
              await dataOf('lecture', readApi.POST('/v1/monitoring/reconciliation'));
              return null;
            });
          }}
        >
          {open ? 'Rapprochement en cours…' : 'Lancer un rapprochement'}
        </button>
      )}
      <GestureOutcome state={action} />
      {notice && (
        <p role="status" className={request?.state === 'failed' ? 'error-text' : 'note'}>
          {notice}
        </p>
      )}
      {reconciliation === null ? (
        <p className="empty">Aucun rapprochement n’a encore été fait.</p>
      ) : (
        <div className={`card reconciliation ${reconciliation.ok ? 'ok' : 'ko'}`}>
          <p>
            <strong>{reconciliation.ok ? '✓ Conforme' : '⚠ Différences constatées'}</strong> le{' '}
            {formatInstant(reconciliation.ranAt)} en {formatDuration(reconciliation.durationMs / 1_000)}
            {reconciliation.requestedBy && <>, à la demande de {reconciliation.requestedBy}</>}.
          </p>
          <p>Régions comparées : {reconciliation.regionsCompared.join(', ') || 'aucune'}.</p>
          {reconciliation.nationalDifferences.length > 0 && (
            <ul>
              {reconciliation.nationalDifferences.map((d) => (
                <li key={d.path}>
                  {d.path} : attendu {JSON.stringify(d.expected)}, trouvé {JSON.stringify(d.actual)}
                </li>
              ))}
            </ul>
          )}
          <ul className="plain">
            {reconciliation.replays.map((r) => (
              <li key={`${r.projector}/${r.generation}`}>
                Rejeu complet de « {r.projector} » (génération {r.generation}) : {formatNumber(r.events)}{' '}
                événements,{' '}
                {r.differences === 0 ? 'identique aux modèles en service' : `${r.differences} différence(s)`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
