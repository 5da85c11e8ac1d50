import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import type { MonitoringView } from '../api/read-api-types.js';
import { readModelQueries } from '../api/read-model-queries.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { formatInstant } from '../modules/format/french-format.js';
import { useSession } from '../modules/session/session-context.js';
import { DeadLettersSection } from '../modules/supervision/DeadLettersSection.js';
import { latestRequest } from '../modules/supervision/maintenance-requests.js';
import {
  eventTypeLabel,
  STATE_LABELS,
  withSamples,
  type SampleHistory,
} from '../modules/supervision/monitoring-history.js';
import { exportPartitions } from '../modules/supervision/partitions-export.js';
import { ProjectorCard } from '../modules/supervision/ProjectorCard.js';
import { RebuildsSection } from '../modules/supervision/RebuildsSection.js';
import { ReconciliationSection } from '../modules/supervision/ReconciliationSection.js';

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
