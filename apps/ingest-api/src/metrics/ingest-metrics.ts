import { Inject, Injectable } from '@nestjs/common';
import { ServiceMetrics } from '@cci/service-kit';
import { Counter, Gauge, Histogram } from 'prom-client';

import { WriterRoles } from '../writer/writer-roles.js';

/**
 * The ingest API's own Prometheus metrics: append latency, events appended, rejections by reason, and
 * whether this instance is the one that decides.
 */
@Injectable()
export class IngestMetrics {
  readonly appendDuration: Histogram;
  readonly eventsAppended: Counter;
  readonly appendFailures: Counter;
  readonly rejections: Counter<'status' | 'reason'>;
  readonly writer: Gauge;

  constructor(@Inject(ServiceMetrics) service: ServiceMetrics, @Inject(WriterRoles) roles: WriterRoles) {
    const registers = [service.registry];
    this.appendDuration = new Histogram({
      name: 'ingest_append_duration_seconds',
      help: "Durée d'un ajout au journal Kafka (acquitté par les répliques en synchronisation)",
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.eventsAppended = new Counter({
      name: 'ingest_events_appended_total',
      help: 'Événements ajoutés au journal',
      registers,
    });
    this.appendFailures = new Counter({
      name: 'ingest_append_failures_total',
      help: 'Ajouts au journal impossibles (répondus 503)',
      registers,
    });
    this.rejections = new Counter({
      name: 'ingest_rejections_total',
      help: 'Écritures refusées, par statut et motif',
      labelNames: ['status', 'reason'],
      registers,
    });
    this.writer = new Gauge({
      name: 'ingest_writer',
      help: '1 si cette instance est celle qui décide des commandes (les autres les lui transmettent), 0 sinon',
      registers,
      collect() {
        this.set(roles.current().kind === 'writer' ? 1 : 0);
      },
    });
  }
}
