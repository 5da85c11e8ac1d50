import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ReferenceData } from '@cci/domain';
import {
  campaignNotices,
  incidentStep,
  projectionTrouble,
  supervisionNotices,
  weeklySummaryNotices,
  type Notice,
} from '@cci/notifications';
import { ROOT_LOGGER } from '@cci/service-kit';
import type { Logger } from 'pino';

import type { Clock } from '../clock/clock.js';
import type { NotifierConfig } from '../config/notifier-config.js';
import { CLOCK, NOTIFIER_CONFIG, REFERENCE_DATA } from '../config/tokens.js';
import { NoticeDelivery } from '../delivery/notice-delivery.js';
import { ReadSideFacts } from '../facts/read-side-facts.js';
import { IncidentsRepository } from '../supervision/incidents.repository.js';

export type TickReport = { at: string; clock: string; due: number; claimed: number; durationMs: number };

/**
 * On each tick, reads the read side (campaigns, directory, projections' health, dead letters), moves
 * the projections' incidents, asks the rules which notices are due, and claims them. Every instance
 * ticks; the claims make each notice once. The calendar's notices use the business clock, the DSI's
 * alerts the machine's (they are about the process, not the calendar).
 */
@Injectable()
export class NoticeTicker implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;
  private last: TickReport | null = null;
  private lastError: string | null = null;

  constructor(
    @Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ReadSideFacts) private readonly facts: ReadSideFacts,
    @Inject(IncidentsRepository) private readonly incidents: IncidentsRepository,
    @Inject(NoticeDelivery) private readonly delivery: NoticeDelivery,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  get lastTick(): TickReport | null {
    return this.last;
  }

  get lastTickError(): string | null {
    return this.lastError;
  }

  onApplicationBootstrap(): void {
    this.schedule();
    this.timer = setInterval(() => {
      this.schedule();
    }, this.config.tickIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.ticking;
  }

  private schedule(): void {
    if (this.ticking) return;
    this.ticking = this.tick()
      .catch((error: unknown) => {
        this.lastError = error instanceof Error ? error.message : String(error);
        this.logger.error({ err: error }, 'Tour de notification en échec');
      })
      .finally(() => (this.ticking = null));
  }

  private async tick(): Promise<void> {
    const started = Date.now();
    const now = this.clock.now();
    const [directories, campaigns, projections, deadLetters, known] = await Promise.all([
      this.facts.directories(),
      this.facts.campaigns(),
      this.facts.projections(started),
      this.facts.unresolvedDeadLetters(),
      this.incidents.list(),
    ]);
    for (const health of projections) {
      const trouble = projectionTrouble(health, { lagAlertSeconds: this.config.lagAlertSeconds });
      const incident = known.find((i) => i.projector === health.projector) ?? null;
      const step = incidentStep(trouble, incident);
      if (step === 'open' && trouble !== null) {
        await this.incidents.open(health, trouble, new Date(started), incident);
        this.logger.warn({ projector: health.projector, trouble }, 'Incident de projection ouvert');
      } else if (step === 'close' && incident !== null) {
        await this.incidents.close(incident, new Date(started));
        this.logger.info({ projector: health.projector }, 'Incident de projection clos');
      }
    }
    const due: Notice[] = [
      ...campaigns.flatMap((c) => [
        ...campaignNotices(c, directories, this.reference, now, this.config.quietHours),
        ...weeklySummaryNotices(c, directories, this.reference, now, this.config.quietHours),
      ]),
      ...supervisionNotices(await this.incidents.list(), deadLetters, directories, this.reference, started, {
        recoveryNoticeMs: this.config.recoveryNoticeMs,
      }),
    ];
    const claimed = await this.delivery.claim(due);
    this.last = {
      at: new Date(started).toISOString(),
      clock: new Date(now).toISOString(),
      due: due.length,
      claimed,
      durationMs: Date.now() - started,
    };
    this.lastError = null;
    if (claimed > 0) this.logger.info({ due: due.length, claimed }, 'Notifications prévues');
  }
}
