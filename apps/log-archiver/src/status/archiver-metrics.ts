import { Inject, Injectable } from '@nestjs/common';
import { ServiceMetrics } from '@cci/service-kit';
import { Gauge } from 'prom-client';

import { LogFollower, type TopicLag } from '../follow/log-follower.js';

/** A scrape reads both gauges: the broker is asked once for both. */
const SNAPSHOT_MS = 1_000;

/** The archive's lag behind the log, per topic and partition, read from the broker when scraped. */
@Injectable()
export class ArchiverMetrics {
  private snapshot: { at: number; lags: Promise<TopicLag[]> } | null = null;

  constructor(@Inject(ServiceMetrics) metrics: ServiceMetrics, @Inject(LogFollower) follower: LogFollower) {
    const lags = () => {
      const now = Date.now();
      if (this.snapshot === null || now - this.snapshot.at > SNAPSHOT_MS)
        this.snapshot = { at: now, lags: follower.lag() };
      return this.snapshot.lags;
    };
    new Gauge({
      name: 'log_archiver_lag_events',
      help: 'Messages du journal pas encore archivés, par topic et partition',
      labelNames: ['topic', 'partition'],
      registers: [metrics.registry],
      async collect() {
        for (const lag of await lags())
          this.set({ topic: lag.topic, partition: String(lag.partition) }, lag.events);
      },
    });
    new Gauge({
      name: 'log_archiver_lag_seconds',
      help: "Retard de l'archive : 0 si tout est archivé, sinon le temps écoulé depuis que la partition l'était entièrement",
      labelNames: ['topic', 'partition'],
      registers: [metrics.registry],
      async collect() {
        for (const lag of await lags())
          this.set({ topic: lag.topic, partition: String(lag.partition) }, lag.seconds);
      },
    });
  }
}
