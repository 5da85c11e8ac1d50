import type { ProjectorView } from '../../api/read-api-types.js';
import { formatDuration, formatNumber } from '../format/french-format.js';
import { partitionKey, STATE_LABELS, type SampleHistory } from './monitoring-history.js';
import { Sparkline } from './Sparkline.js';

/** A projector's lag and throughput, then each partition's, with its recent samples. */
export function ProjectorCard({ projector, history }: { projector: ProjectorView; history: SampleHistory }) {
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
