import { Counter, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The service's Prometheus registry, served on `/metrics`: the process's own metrics (Node's version
 * among them), the HTTP requests it answered, and whatever the service registers in it.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'Requêtes HTTP reçues, par route et statut',
    labelNames: ['route', 'status'],
    registers: [this.registry],
  });

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }
}
