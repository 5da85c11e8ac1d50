import { Inject, Injectable } from '@nestjs/common';
import { DAILY_DIGEST_KIND, NOTICE_KINDS } from '@cci/notifications';
import { ServiceMetrics } from '@cci/service-kit';
import { Gauge } from 'prom-client';

import { NoticeDelivery } from '../delivery/notice-delivery.js';
import { NoticeTicker } from '../tick/notice-ticker.js';

const STATUSES = ['pending', 'sent', 'failed'] as const;

/** The notifier's Prometheus metrics, read from the `notifications` collection and the ticker when scraped. */
@Injectable()
export class NotifierMetrics {
  constructor(
    @Inject(ServiceMetrics) metrics: ServiceMetrics,
    @Inject(NoticeDelivery) delivery: NoticeDelivery,
    @Inject(NoticeTicker) ticker: NoticeTicker,
  ) {
    new Gauge({
      name: 'notifier_notifications',
      help: 'Notifications enregistrées, par type et état (pending : à envoyer, ou mises de côté pour un résumé quotidien ; sent : envoyées ; failed : en échec)',
      labelNames: ['kind', 'status'],
      registers: [metrics.registry],
      async collect() {
        const counts = await delivery.store.counts();
        for (const kind of [...NOTICE_KINDS, DAILY_DIGEST_KIND]) {
          for (const status of STATUSES) {
            const row = counts.find((c) => c.kind === kind && c.status === status);
            this.set({ kind, status }, row?.count ?? 0);
          }
        }
      },
    });
    new Gauge({
      name: 'notifier_last_tick_timestamp_seconds',
      help: 'Instant du dernier tour de notification réussi de cette instance',
      registers: [metrics.registry],
      collect() {
        const last = ticker.lastTick;
        if (last) this.set(Date.parse(last.at) / 1000);
      },
    });
  }
}
