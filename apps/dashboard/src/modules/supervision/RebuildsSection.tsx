import { dataOf } from '../../api/api-call.js';
import type { MaintenanceRequestView, ProjectorView, RebuildView } from '../../api/read-api-types.js';
import { formatDuration, formatInstant, formatNumber, formatPercent } from '../format/french-format.js';
import { useSession } from '../session/session-context.js';
import { GestureOutcome, useGesture } from './gesture.js';
import { isRequestOpen, latestRequest, rebuildRequestNotice } from './maintenance-requests.js';
import { isRebuildRunning, REBUILD_PHASES, rebuildRatio } from './monitoring-history.js';

/** The rebuilds under way and recent, the requests for them, and for the DSI the buttons to ask one. */
export function RebuildsSection({
  rebuilds,
  requests,
  projectors,
  operate,
}: {
  rebuilds: readonly RebuildView[];
  requests: readonly MaintenanceRequestView[];
  projectors: readonly ProjectorView[];
  operate: boolean;
}) {
  const { readApi } = useSession();
  const [action, perform] = useGesture();
  const running = rebuilds.some(isRebuildRunning);
  const labelOf = (name: string) => projectors.find((p) => p.name === name)?.label ?? name;
  const notices = requests
    .filter((r) => r.kind === 'rebuild')
    .map((r) => ({ request: r, notice: rebuildRequestNotice(r, rebuilds, labelOf(r.projector ?? '')) }));
  return (
    <section aria-labelledby="reconstructions-titre">
      <h2 id="reconstructions-titre">Reconstructions</h2>
      {operate && (
        <div className="button-row">
          {(['regional', 'national'] as const).map((projector) => (
            <button
              key={projector}
              type="button"
              disabled={
                action.busy || running || isRequestOpen(latestRequest(requests, 'rebuild', projector))
              }
              onClick={() => {
                perform(async () => {
                  await dataOf(
                    'lecture',
                    readApi.POST('/v1/monitoring/rebuilds', { body: { projector, force: false } }),
                  );
                  return null;
                });
              }}
            >
              Reconstruire : {labelOf(projector)}
            </button>
          ))}
        </div>
      )}
      <GestureOutcome state={action} />
      {notices.map(
        ({ request, notice }) =>
          notice && (
            <p
              key={request.projector}
              role="status"
              className={request.state === 'failed' ? 'error-text' : 'note'}
            >
              {notice}
            </p>
          ),
      )}
      {rebuilds.length === 0 ? (
        <p className="empty">Aucune reconstruction récente.</p>
      ) : (
        <ul className="plain rebuilds">
          {rebuilds.map((r) => (
            <li key={`${r.projector}/${r.generation}`} className="card">
              <p>
                <strong>
                  {labelOf(r.projector)}, génération {r.generation}
                </strong>{' '}
                : {REBUILD_PHASES[r.phase]}
                {r.forced && ' (forcée)'}
              </p>
              <div className="progress">
                <progress
                  max={Math.max(1, r.total)}
                  value={r.done}
                  aria-label={`Reconstruction de ${labelOf(r.projector)}`}
                />
                <span>
                  {formatPercent(rebuildRatio(r))} · {formatNumber(r.done)} / {formatNumber(r.total)}{' '}
                  événements · {formatNumber(r.eventsPerSecond)} év./s
                  {isRebuildRunning(r) && r.etaSeconds !== null && (
                    <> · fin estimée dans {formatDuration(r.etaSeconds)}</>
                  )}
                </span>
              </div>
              <p className="note">
                Lancée le {formatInstant(r.startedAt)}
                {r.finishedAt && <>, terminée le {formatInstant(r.finishedAt)}</>}
                {r.differences > 0 && <> · {r.differences} différence(s) avec les modèles en service</>}
                {r.message && <> · {r.message}</>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
