import type { MonitoringView } from '../../api/read-api-types.js';
import { csvFileName } from '../exports/csv.js';
import { saveCsv } from '../exports/download.js';
import { STATE_LABELS } from './monitoring-history.js';

/** Every partition of every projector instance, as the DSI exports it from the Supervision. */
export function exportPartitions(view: MonitoringView): void {
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
