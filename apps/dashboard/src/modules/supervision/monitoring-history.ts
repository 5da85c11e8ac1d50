import type { MonitoringView, ProjectionState, RebuildView } from '../../api/read-api-types.js';

/** One reading of a partition's lag and throughput, taken at each poll of the monitoring view. */
export type Sample = { at: number; lagEvents: number; lagSeconds: number; eventsPerSecond: number };
export type SampleHistory = ReadonlyMap<string, readonly Sample[]>;

/** Two minutes of readings at one poll every 2 s. */
export const SAMPLES_KEPT = 60;

export function partitionKey(projector: string, instanceId: string, partition: number): string {
  return `${projector}/${instanceId}/${partition}`;
}

/** The history with this poll's readings added, each series cut to the last SAMPLES_KEPT. */
export function withSamples(history: SampleHistory, view: MonitoringView, at: number): SampleHistory {
  const next = new Map(history);
  for (const projector of view.projectors) {
    for (const instance of projector.instances) {
      for (const p of instance.partitions) {
        const key = partitionKey(projector.name, instance.instanceId, p.partition);
        const sample = {
          at,
          lagEvents: p.lagEvents,
          lagSeconds: p.lagSeconds,
          eventsPerSecond: p.eventsPerSecond,
        };
        next.set(key, [...(history.get(key) ?? []), sample].slice(-SAMPLES_KEPT));
      }
    }
  }
  return next;
}

export const STATE_LABELS: Record<ProjectionState, string> = {
  starting: 'en démarrage',
  unassigned: 'sans partition attribuée',
  'caught-up': 'à jour',
  'catching-up': 'en rattrapage',
  stalled: 'bloquée',
  paused: 'en pause',
  stopped: 'arrêtée',
  unknown: 'état inconnu',
};

export const REBUILD_PHASES: Record<RebuildView['phase'], string> = {
  replaying: 'rejeu du journal',
  aligning: 'alignement sur les derniers événements',
  comparing: 'comparaison avec les modèles en service',
  switched: 'terminée : nouveaux modèles en service',
  refused: 'refusée : différences constatées',
  failed: 'échouée',
};

/** Share of the log replayed, 0 to 1. */
export function rebuildRatio(rebuild: RebuildView): number {
  return rebuild.total === 0 ? 1 : Math.min(1, rebuild.done / rebuild.total);
}

export function isRebuildRunning(rebuild: RebuildView): boolean {
  return rebuild.finishedAt === null && !['switched', 'refused', 'failed'].includes(rebuild.phase);
}

/** A trend in words for a sparkline's accessible name: "en hausse", "en baisse", "stable". */
export function trendOf(values: readonly number[]): 'en hausse' | 'en baisse' | 'stable' {
  if (values.length < 2) return 'stable';
  const first = values[0] ?? 0;
  const last = values.at(-1) ?? 0;
  if (last > first) return 'en hausse';
  if (last < first) return 'en baisse';
  return 'stable';
}

/** Event types as the DSI reads them. */
export const EVENT_TYPE_LABELS: Record<string, string> = {
  ProcessModeChanged: 'changement de mode de gestion',
  ProcessModeTargetSet: 'projection de mode fixée',
  ActionPlanned: 'action décidée',
  ActionStarted: 'action démarrée',
  ActionCompleted: 'action achevée',
  ActionAbandoned: 'action abandonnée',
  IndicatorTargetSet: "cible d'indicateur fixée",
  IndicatorReported: "valeur d'indicateur déclarée",
  IndicatorReportCorrected: "valeur d'indicateur corrigée",
  ObjectivesConventionSigned: 'COM signée',
};

export function eventTypeLabel(type: string | null): string {
  return type === null ? 'événement illisible' : (EVENT_TYPE_LABELS[type] ?? type);
}
