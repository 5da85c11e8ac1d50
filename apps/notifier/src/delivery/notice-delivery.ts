import { createHash } from 'node:crypto';

import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ReferenceData } from '@cci/domain';
import { deliveryTime, isDsiAlert, renderNotice, type Notice, type NoticeFacts } from '@cci/notifications';
import { Notifications, type StoredNotification } from '@cci/read-model-store';
import { ROOT_LOGGER } from '@cci/service-kit';
import { ExponentialBackoff, handleAll, retry } from 'cockatiel';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';

import type { Clock } from '../clock/clock.js';
import type { NotifierConfig } from '../config/notifier-config.js';
import { CLOCK, DATABASE, MAIL_TRANSPORT, NOTIFIER_CONFIG, REFERENCE_DATA } from '../config/tokens.js';
import type { MailTransport } from './mail-transport.js';
import { sendFailure } from './send-failure.js';

const IDLE_POLL_MS = 1_000;

/**
 * Claims notices, then sends them, each exactly once: a claim is the notice's `_id` in
 * `notifications` (reason key + person), inserted before anything is sent; the sending loop leases
 * one due notice at a time, renders it, sends it through SMTP with retries and back-off, and marks
 * it sent, or failed with its reason after the last try. What is logged: the reason key, the kind,
 * the person's id and the outcome; never the address, the name or the comment.
 */
@Injectable()
export class NoticeDelivery implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly notifications: Notifications;
  private running = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;

  constructor(
    @Inject(DATABASE) connection: Connection,
    @Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {
    this.notifications = new Notifications(connection);
  }

  get store(): Notifications {
    return this.notifications;
  }

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.sendLoop();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
  }

  /** Records the notices not claimed yet, and wakes the sending loop when some were. */
  async claim(notices: readonly Notice[]): Promise<number> {
    const claimed = await this.notifications.claim(
      notices.map((n) => ({
        reasonKey: n.reasonKey,
        kind: n.facts.kind,
        recipient: n.recipient,
        facts: n.facts,
        deliverAt: new Date(n.deliverAt),
        quietHours: !isDsiAlert(n.facts.kind),
      })),
      this.config.instanceId,
      new Date(),
    );
    if (claimed > 0) this.wakeUp?.();
    return claimed;
  }

  private async sendLoop(): Promise<void> {
    while (this.running) {
      try {
        const next = await this.notifications.lease(
          this.config.instanceId,
          new Date(this.clock.now()),
          new Date(),
          this.config.send.leaseMs,
        );
        if (next) {
          await this.deliver(next);
          continue;
        }
      } catch (error) {
        this.logger.error({ err: error }, "Boucle d'envoi : erreur, nouvel essai");
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, IDLE_POLL_MS);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = null;
    }
  }

  private async deliver(stored: StoredNotification): Promise<void> {
    const holder = this.config.instanceId;
    const fields = { reasonKey: stored.reasonKey, kind: stored.kind, personId: stored.recipient.personId };
    const now = this.clock.now();
    const allowed = stored.quietHours ? deliveryTime(now, this.config.quietHours) : now;
    if (allowed > now) {
      await this.notifications.postpone(stored._id, holder, new Date(allowed));
      return;
    }
    const fail = async (failure: string, attempts: number) => {
      await this.notifications.markFailed(stored._id, holder, { at: new Date(), failure, attempts });
      this.logger.warn({ ...fields, failure, attempts }, 'Notification en échec');
    };
    if (stored.recipient.email.trim() === '') {
      await fail('personne sans adresse électronique', 0);
      return;
    }
    let rendered;
    try {
      const notice: Notice = {
        reasonKey: stored.reasonKey,
        recipient: stored.recipient,
        facts: stored.facts as NoticeFacts,
        deliverAt: stored.deliverAt.getTime(),
      };
      rendered = renderNotice(notice, { reference: this.reference, dashboardUrl: this.config.dashboardUrl });
    } catch (error) {
      await fail(`gabarit en erreur : ${error instanceof Error ? error.name : 'inconnue'}`, 0);
      return;
    }
    let attempts = 0;
    const policy = retry(handleAll, {
      maxAttempts: this.config.send.attempts - 1,
      backoff: new ExponentialBackoff({
        initialDelay: this.config.send.backoffMs,
        maxDelay: this.config.send.backoffMaxMs,
      }),
    });
    policy.onRetry(({ delay }) => {
      this.logger.info({ ...fields, attempts, delayMs: Math.round(delay) }, 'Envoi refusé, nouvel essai');
    });
    try {
      const messageId = await policy.execute(() => {
        attempts += 1;
        return this.transport.send({
          from: this.config.mailFrom,
          to: { name: stored.recipient.name, address: stored.recipient.email },
          ...rendered,
          messageId: messageIdOf(stored._id),
          headers: { 'X-CCI-Motif': stored.reasonKey },
        });
      });
      await this.notifications.markSent(stored._id, holder, { at: new Date(), messageId, attempts });
      this.logger.info({ ...fields, attempts }, 'Notification envoyée');
    } catch (error) {
      await fail(
        `${sendFailure(error)}, après ${String(attempts)} essai${attempts > 1 ? 's' : ''}`,
        attempts,
      );
    }
  }
}

/**
 * The Message-ID a notice always gets: should the process die between SMTP's acceptance and the
 * record of it, the second sending carries the same id, which mail clients use to drop duplicates.
 */
function messageIdOf(id: string): string {
  return `<${createHash('sha256').update(id).digest('hex').slice(0, 40)}@notifications.cci>`;
}
