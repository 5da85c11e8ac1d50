import { Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The ingest API's Prometheus metrics: requests, append latency, events appended, rejections by reason. */
@Injectable()
export class IngestMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'ingest_http_requests_total',
    help: 'Requêtes HTTP reçues, par route et statut',
    labelNames: ['route', 'status'],
    registers: [this.registry],
  });
  readonly appendDuration = new Histogram({
    name: 'ingest_append_duration_seconds',
    help: "Durée d'un ajout au journal Kafka (acquitté par les répliques en synchronisation)",
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly eventsAppended = new Counter({
    name: 'ingest_events_appended_total',
    help: 'Événements ajoutés au journal',
    registers: [this.registry],
  });
  readonly appendFailures = new Counter({
    name: 'ingest_append_failures_total',
    help: 'Ajouts au journal impossibles (répondus 503)',
    registers: [this.registry],
  });
  readonly rejections = new Counter({
    name: 'ingest_rejections_total',
    help: 'Écritures refusées, par statut et motif',
    labelNames: ['status', 'reason'],
    registers: [this.registry],
  });

  constructor() {
    this.registry.setDefaultLabels({ service: 'ingest-api' });
    collectDefaultMetrics({ register: this.registry });
  }
}
