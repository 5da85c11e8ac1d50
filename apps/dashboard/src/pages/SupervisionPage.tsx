import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { dataOf } from '../api/api-call.js';
import type {
  DeadLetterView,
  MaintenanceRequestView,
  MonitoringView,
  ProjectorView,
  RebuildView,
  ReconciliationView,
} from '../api/read-api-types.js';
import { readModelKeys } from '../api/read-model-keys.js';
import { readModelQueries } from '../api/read-model-queries.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { saveCsv } from '../modules/exports/download.js';
import { csvFileName } from '../modules/exports/csv.js';
import {
  formatDuration,
  formatInstant,
  formatNumber,
  formatPercent,
} from '../modules/format/french-format.js';
import {
  eventTypeLabel,
  isRebuildRunning,
  partitionKey,
  REBUILD_PHASES,
  rebuildRatio,
  STATE_LABELS,
  withSamples,
  type SampleHistory,
} from '../modules/supervision/monitoring-history.js';
import { useSession } from '../modules/session/session-context.js';
import {
  isRequestOpen,
  latestRequest,
  rebuildRequestNotice,
  reconciliationRequestNotice,
} from '../modules/supervision/maintenance-requests.js';
import { Sparkline } from '../modules/supervision/Sparkline.js';

/**
 * The samples of each partition, one per reading of the monitoring view: a reading is known by the
 * time its answer came (`dataUpdatedAt`), so a render that brings no new reading adds nothing.
 */
function useSampleHistory(view: MonitoringView | undefined, readAt: number): SampleHistory {
  const [samples, setSamples] = useState<{ readAt: number; history: SampleHistory }>({
    readAt: 0,
    history: new Map(),
  });
  if (view && readAt !== samples.readAt) {
    const next = { readAt, history: withSamples(samples.history, view, readAt) };
    setSamples(next);
    return next.history;
  }
  return samples.history;
}

/** The DSI's supervision of the projections: lag, throughput, dead letters, rebuilds and reconciliation. */
export function SupervisionPage() {
  useDocumentTitle('Supervision des projections');
  const { readApi, me } = useSession();
  const monitoring = useQuery(readModelQueries.monitoring(readApi));
  const history = useSampleHistory(monitoring.data, monitoring.dataUpdatedAt);

  const view = monitoring.data;
  const error = monitoring.error?.message ?? null;
  const operate = me.permissions.operate;
  const alerts = view?.projectors.filter((p) => p.alert !== null || p.state === 'stalled') ?? [];
  return (
    <>
      <div className="page-heading">
        <h1>Supervision des projections</h1>
        <p className="note">
          {me.role === 'national' ? 'Toutes les régions' : `Périmètre : ${me.cci.name}`} · actualisée toutes
          les 2 s{view && <> · dernière lecture à {formatInstant(view.generatedAt)}</>}
        </p>
      </div>
      {error && (
        <p className="banner banner-alert" role="alert">
          {error}
        </p>
      )}
      <div role="alert" className="alerts">
        {alerts.map((p) => (
          <p key={p.name} className="banner banner-alert">
            <strong>
              {p.label} : {STATE_LABELS[p.state]}.
            </strong>{' '}
            {p.alert ?? 'La projection n’avance plus.'}
          </p>
        ))}
      </div>
      {!view && !error && (
        <p role="status" className="loading">
          Chargement de la supervision…
        </p>
      )}
      {view && (
        <>
          <section aria-labelledby="projections-titre">
            <div className="section-heading">
              <h2 id="projections-titre">Projections</h2>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  exportPartitions(view);
                }}
              >
                Exporter l’état des partitions (CSV)
              </button>
            </div>
            {view.projectors.map((projector) => (
              <ProjectorCard key={projector.name} projector={projector} history={history} />
            ))}
          </section>
          <RebuildsSection
            rebuilds={view.rebuilds}
            requests={view.requests}
            projectors={view.projectors}
            operate={operate}
          />
          <ReconciliationSection
            reconciliation={view.reconciliation}
            request={latestRequest(view.requests, 'reconciliation')}
            operate={operate}
          />
          <DeadLettersSection deadLetters={view.deadLetters} operate={operate} />
          <section aria-labelledby="derniers-titre">
            <h2 id="derniers-titre">Dernier événement reçu de chaque CCI</h2>
            <div className="table-scroll" role="region" aria-labelledby="derniers-titre" tabIndex={0}>
              <table className="compact">
                <caption className="visually-hidden">Dernier événement reçu de chaque CCI</caption>
                <thead>
                  <tr>
                    <th scope="col">CCI</th>
                    <th scope="col">Dernier fait</th>
                    <th scope="col">Date</th>
                  </tr>
                </thead>
                <tbody>
                  {view.lastEventByCci.map((last) => (
                    <tr key={last.cci.id}>
                      <th scope="row">{last.cci.name}</th>
                      <td>{eventTypeLabel(last.type)}</td>
                      <td>{formatInstant(last.at)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </>
  );
}

function exportPartitions(view: MonitoringView): void {
  void saveCsv(
    [
      'Projection',
      'Instance',
      'Partition',
      'Position',
      'Fin du journal',
      'Retard (événements)',
      'Retard (s)',
      'Débit (év./s)',
      'État',
    ],
    view.projectors.flatMap((p) =>
      p.instances.flatMap((i) =>
        i.partitions.map((part) => [
          p.label,
          i.instanceId,
          part.partition,
          part.offset,
          part.highWatermark,
          part.lagEvents,
          part.lagSeconds,
          part.eventsPerSecond,
          STATE_LABELS[part.state],
        ]),
      ),
    ),
    csvFileName('supervision-partitions', view.generatedAt.slice(0, 19)),
  );
}

function ProjectorCard({ projector, history }: { projector: ProjectorView; history: SampleHistory }) {
  return (
    <article className="card projector" aria-labelledby={`projection-${projector.name}`}>
      <h3 id={`projection-${projector.name}`}>
        {projector.label}{' '}
        <span className={`badge state-${projector.state}`}>
          {projector.state === 'caught-up' ? '✓ ' : projector.state === 'stalled' ? '⚠ ' : ''}
          {STATE_LABELS[projector.state]}
        </span>
      </h3>
      <p>
        Retard : {formatNumber(projector.lagEvents)} événement(s), {formatDuration(projector.lagSeconds)} ·
        débit {formatNumber(projector.eventsPerSecond)} év./s
        {projector.generation !== null && <> · génération {projector.generation}</>}
      </p>
      <div className="table-scroll" role="region" aria-label={`Partitions : ${projector.label}`} tabIndex={0}>
        <table className="compact partitions">
          <thead>
            <tr>
              <th scope="col">Instance</th>
              <th scope="col">Partition</th>
              <th scope="col">Position / fin du journal</th>
              <th scope="col">Retard (événements)</th>
              <th scope="col">Retard (temps)</th>
              <th scope="col">Débit (év./s)</th>
              <th scope="col">État</th>
            </tr>
          </thead>
          <tbody>
            {projector.instances.flatMap((instance) =>
              instance.partitions.map((p) => {
                const samples =
                  history.get(partitionKey(projector.name, instance.instanceId, p.partition)) ?? [];
                return (
                  <tr key={`${instance.instanceId}/${p.partition}`}>
                    <td>{instance.instanceId}</td>
                    <th scope="row">Partition {p.partition}</th>
                    <td className="number">
                      {formatNumber(p.offset)} / {formatNumber(p.highWatermark)}
                    </td>
                    <td>
                      <span className="number">{formatNumber(p.lagEvents)}</span>{' '}
                      <Sparkline
                        values={samples.map((s) => s.lagEvents)}
                        label={`Retard de la partition ${p.partition}`}
                        unit="événements"
                      />
                    </td>
                    <td>{formatDuration(p.lagSeconds)}</td>
                    <td>
                      <span className="number">{formatNumber(p.eventsPerSecond)}</span>{' '}
                      <Sparkline
                        values={samples.map((s) => s.eventsPerSecond)}
                        label={`Débit de la partition ${p.partition}`}
                        unit="év./s"
                      />
                    </td>
                    <td>
                      <span className={`badge state-${p.state}`}>{STATE_LABELS[p.state]}</span>
                    </td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </div>
    </article>
  );
}

type GestureState = { busy: boolean; message: string | null; failed: boolean };

/**
 * A DSI's gesture (ask for a rebuild or a reconciliation, replay) as a mutation: what it says when done
 * (nothing for a request, which the monitoring view shows), or the API's French refusal; once done, the
 * monitoring view is read again at once rather than at the next poll.
 */
function useGesture(): [GestureState, (run: () => Promise<string | null>) => void] {
  const queryClient = useQueryClient();
  const gesture = useMutation({
    mutationFn: (run: () => Promise<string | null>) => run(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: readModelKeys.monitoring() }),
  });
  const state = {
    busy: gesture.isPending,
    message: gesture.error?.message ?? gesture.data ?? null,
    failed: gesture.isError,
  };
  return [
    state,
    (run) => {
      gesture.mutate(run);
    },
  ];
}

function RebuildsSection({
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
      {action.message && (
        <p role={action.failed ? 'alert' : 'status'} className={action.failed ? 'error-text' : 'note'}>
          {action.message}
        </p>
      )}
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

function ReconciliationSection({
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
      {action.message && (
        <p role={action.failed ? 'alert' : 'status'} className={action.failed ? 'error-text' : 'note'}>
          {action.message}
        </p>
      )}
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

function DeadLettersSection({
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
      {action.message && (
        <p role={action.failed ? 'alert' : 'status'} className={action.failed ? 'error-text' : 'note'}>
          {action.message}
        </p>
      )}
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
