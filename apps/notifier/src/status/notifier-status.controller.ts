import { Controller, Get, Inject } from '@nestjs/common';

import type { Clock } from '../clock/clock.js';
import type { NotifierConfig } from '../config/notifier-config.js';
import { CLOCK, NOTIFIER_CONFIG } from '../config/tokens.js';
import { NoticeDelivery } from '../delivery/notice-delivery.js';
import { SentBackFollower } from '../follow/sent-back-follower.js';
import { NoticeTicker } from '../tick/notice-ticker.js';

const FAILURES_SHOWN = 20;

/** `GET /status`: this instance's last tick, the log's follower, and every instance's notices by kind and status. */
@Controller()
export class NotifierStatusController {
  constructor(
    @Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NoticeTicker) private readonly ticker: NoticeTicker,
    @Inject(SentBackFollower) private readonly follower: SentBackFollower,
    @Inject(NoticeDelivery) private readonly delivery: NoticeDelivery,
  ) {}

  @Get('status')
  async status() {
    const [counts, failures] = await Promise.all([
      this.delivery.store.counts(),
      this.delivery.store.failures(FAILURES_SHOWN),
    ]);
    return {
      instance: this.config.instanceId,
      clock: new Date(this.clock.now()).toISOString(),
      lastTick: this.ticker.lastTick,
      lastTickError: this.ticker.lastTickError,
      eventLog: { consumerGroup: this.config.consumerGroup, following: this.follower.following },
      notifications: counts,
      failures: failures.map((f) => ({
        reasonKey: f.reasonKey,
        kind: f.kind,
        personId: f.recipient.personId,
        attempts: f.attempts,
        failedAt: f.failedAt ? f.failedAt.toISOString() : null,
        failure: f.failure,
      })),
    };
  }
}
