import { Inject, Injectable } from '@nestjs/common';
import { ServiceMetrics } from '@cci/service-kit';
import { Counter, Gauge, type Registry } from 'prom-client';

import { ProjectorHost } from './projector-host.js';

/** Registers the projector's metrics in the service's registry when the application is built. */
@Injectable()
export class ProjectorMetrics {
  constructor(@Inject(ProjectorHost) host: ProjectorHost, @Inject(ServiceMetrics) metrics: ServiceMetrics) {
    registerProjectorMetrics(metrics.registry, host);
  }
}

/**
 * The projector's Prometheus metrics, read from the runner's snapshot when scraped: lag in events and
 * seconds per partition, the state in business terms, throughput, dead letters.
 */
function registerProjectorMetrics(registry: Registry, host: ProjectorHost): void {
  const snapshot = () => host.runner?.snapshot();
  const labelled = (name: string, help: string, read: (g: Gauge) => void) =>
    new Gauge({
      name,
      help,
      labelNames: ['partition'],
      registers: [registry],
      collect() {
        read(this);
      },
    });
  labelled('projector_lag_events', 'Événements publiés et pas encore appliqués, par partition', (g) => {
    g.reset();
    for (const p of snapshot()?.partitions ?? []) g.set({ partition: String(p.partition) }, p.lagEvents);
  });
  labelled('projector_lag_seconds', 'Retard de la projection en secondes, par partition', (g) => {
    g.reset();
    for (const p of snapshot()?.partitions ?? []) g.set({ partition: String(p.partition) }, p.lagSeconds);
  });
  labelled('projector_events_per_second', 'Événements appliqués par seconde, par partition', (g) => {
    g.reset();
    for (const p of snapshot()?.partitions ?? [])
      g.set({ partition: String(p.partition) }, p.eventsPerSecond);
  });
  new Gauge({
    name: 'projector_state',
    help: "1 pour l'état courant de la projection (starting, unassigned, caught-up, catching-up, stalled, paused, stopped)",
    labelNames: ['state'],
    registers: [registry],
    collect() {
      this.reset();
      const state = snapshot()?.state;
      if (state) this.set({ state }, 1);
    },
  });
  const totals: [string, string, (s: NonNullable<ReturnType<typeof snapshot>>) => number][] = [
    ['projector_events_applied_total', 'Événements appliqués depuis le démarrage', (s) => s.eventsApplied],
    [
      'projector_dead_letters_total',
      'Événements mis en lettre morte depuis le démarrage',
      (s) => s.deadLetters,
    ],
    ['projector_flushes_total', 'Écritures groupées faites depuis le démarrage', (s) => s.flushes],
    ['projector_documents_written_total', 'Documents écrits depuis le démarrage', (s) => s.documentsWritten],
    [
      'projector_write_conflicts_total',
      "Conflits d'écriture résolus depuis le démarrage",
      (s) => s.writeConflicts,
    ],
  ];
  for (const [name, help, read] of totals) {
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        const s = snapshot();
        if (!s) return;
        this.reset();
        this.inc(read(s));
      },
    });
  }
  new Gauge({
    name: 'projector_last_flush_seconds',
    help: 'Durée de la dernière écriture groupée',
    registers: [registry],
    collect() {
      this.set((snapshot()?.lastFlushMs ?? 0) / 1000);
    },
  });
}
