import { useEffect, useState } from 'react';

import { ReadApiError } from '../api/read-api-client.js';
import { readApiPaths } from '../api/read-api-paths.js';
import type {
  AcceptedView,
  DeadLetterView,
  MonitoringView,
  ProjectorView,
  RebuildView,
  ReconciliationView,
} from '../api/read-api-types.js';
import { useSession } from '../app/session-context.js';
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
import { Sparkline } from '../modules/supervision/Sparkline.js';

/** The monitoring view is read every 2 s: the sparklines show the last two minutes. */
const POLL_MS = 2_000;

type Monitoring = { view: MonitoringView | null; history: SampleHistory; error: string | null };

/** The DSI's supervision of the projections: lag, throughput, dead letters, rebuilds and reconciliation. */
export function SupervisionPage() {
  useDocumentTitle('Supervision des projections');
  const { api, me } = useSession();
  const [monitoring, setMonitoring] = useState<Monitoring>({ view: null, history: new Map(), error: null });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const view = await api.get<MonitoringView>(readApiPaths.monitoring());
        if (stopped) return;
        setMonitoring((previous) => ({
          view,
          history: withSamples(previous.history, view, Date.now()),
          error: null,
        }));
      } catch (error) {
        if (stopped) return;
        const message = error instanceof ReadApiError ? error.message : 'La supervision est injoignable.';
        setMonitoring((previous) => ({ ...previous, error: message }));
      } finally {
        if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api, generation]);
  const refresh = () => {
    setGeneration((g) => g + 1);
  };

  const { view, history, error } = monitoring;
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
            projectors={view.projectors}
            operate={operate}
            onStarted={refresh}
          />
          <ReconciliationSection reconciliation={view.reconciliation} operate={operate} onDone={refresh} />
          <DeadLettersSection deadLetters={view.deadLetters} operate={operate} onReplayed={refresh} />
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

function useAction(): [
  { busy: boolean; message: string | null; failed: boolean },
  (run: () => Promise<string>) => Promise<void>,
] {
  const [state, setState] = useState<{ busy: boolean; message: string | null; failed: boolean }>({
    busy: false,
    message: null,
    failed: false,
  });
  const perform = async (run: () => Promise<string>) => {
    setState({ busy: true, message: null, failed: false });
    try {
      setState({ busy: false, message: await run(), failed: false });
    } catch (error) {
      setState({
        busy: false,
        message: error instanceof ReadApiError ? error.message : 'L’opération a échoué.',
        failed: true,
      });
    }
  };
  return [state, perform];
}

function RebuildsSection({
  rebuilds,
  projectors,
  operate,
  onStarted,
}: {
  rebuilds: readonly RebuildView[];
  projectors: readonly ProjectorView[];
  operate: boolean;
  onStarted: () => void;
}) {
  const { api } = useSession();
  const [action, perform] = useAction();
  const running = rebuilds.some(isRebuildRunning);
  const labelOf = (name: string) => projectors.find((p) => p.name === name)?.label ?? name;
  return (
    <section aria-labelledby="reconstructions-titre">
      <h2 id="reconstructions-titre">Reconstructions</h2>
      {operate && (
        <div className="button-row">
          {(['regional', 'national'] as const).map((projector) => (
            <button
              key={projector}
              type="button"
              disabled={action.busy || running}
              onClick={() =>
                void perform(async () => {
                  const accepted = await api.post<AcceptedView>(readApiPaths.rebuilds(), { projector });
                  onStarted();
                  return accepted.message;
                })
              }
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
  operate,
  onDone,
}: {
  reconciliation: ReconciliationView | null;
  operate: boolean;
  onDone: () => void;
}) {
  const { api } = useSession();
  const [action, perform] = useAction();
  return (
    <section aria-labelledby="reconciliation-titre">
      <h2 id="reconciliation-titre">Dernière réconciliation</h2>
      {operate && (
        <button
          type="button"
          disabled={action.busy}
          onClick={() =>
            void perform(async () => {
              const result = await api.post<ReconciliationView>(readApiPaths.reconciliation());
              onDone();
              return result.ok
                ? 'Réconciliation terminée : aucune différence.'
                : 'Réconciliation terminée : des différences sont constatées.';
            })
          }
        >
          {action.busy ? 'Réconciliation en cours…' : 'Lancer une réconciliation'}
        </button>
      )}
      {action.message && (
        <p role={action.failed ? 'alert' : 'status'} className={action.failed ? 'error-text' : 'note'}>
          {action.message}
        </p>
      )}
      {reconciliation === null ? (
        <p className="empty">Aucune réconciliation n’a encore été faite.</p>
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
  onReplayed,
}: {
  deadLetters: readonly DeadLetterView[];
  operate: boolean;
  onReplayed: () => void;
}) {
  const { api } = useSession();
  const [action, perform] = useAction();
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
                        onClick={() =>
                          void perform(async () => {
                            await api.post<DeadLetterView>(readApiPaths.replayDeadLetter(letter.id));
                            onReplayed();
                            return 'Événement remis dans le journal : la projection va le traiter.';
                          })
                        }
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
