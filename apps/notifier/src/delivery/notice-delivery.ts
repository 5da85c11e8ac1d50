import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ReferenceData } from '@cci/domain';
import {
  DAILY_DIGEST_KIND,
  dailyDigestOf,
  deliveryTime,
  isDsiAlert,
  type DailyDigestFacts,
  type Notice,
} from '@cci/notifications';
import type { TokenKey } from '@cci/person-token';
import {
  notificationId,
  Notifications,
  type NewNotification,
  type StoredNotification,
} from '@cci/read-model-store';
import { ROOT_LOGGER } from '@cci/service-kit';
import { ExponentialBackoff, handleAll, retry } from 'cockatiel';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';

import type { Clock } from '../clock/clock.js';
import type { NotifierConfig } from '../config/notifier-config.js';
import {
  CLOCK,
  DATABASE,
  MAIL_TRANSPORT,
  NOTIFIER_CONFIG,
  REFERENCE_DATA,
  UNSUBSCRIBE_KEY,
} from '../config/tokens.js';
import type { MailTransport } from './mail-transport.js';
import { messageIdOf, NoticeMessages } from './notice-messages.js';
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
  private readonly messages: NoticeMessages;
  private running = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;

  constructor(
    @Inject(DATABASE) connection: Connection,
    @Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig,
    @Inject(REFERENCE_DATA) reference: ReferenceData,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(UNSUBSCRIBE_KEY) unsubscribeKey: TokenKey,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {
    this.notifications = new Notifications(connection);
    this.messages = new NoticeMessages(reference, config.dashboardUrl, unsubscribeKey);
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

  /**
   * Records the notices not claimed yet, and wakes the sending loop when some were. A notice to be
   * held gets its digest claimed first: a crash between the two leaves a digest with nothing to list
   * (dropped when it comes up), never a held notice that no digest will send.
   */
  async claim(notices: readonly Notice[]): Promise<number> {
    const now = this.clock.now();
    const claimed = await this.notifications.claimedAmong(
      notices.map((n) => notificationId(n.reasonKey, n.recipient.personId)),
    );
    const digests = new Map<string, NewNotification>();
    const records = notices.map((n): NewNotification => {
      const record = {
        reasonKey: n.reasonKey,
        kind: n.facts.kind,
        recipient: n.recipient,
        facts: n.facts,
        deliverAt: new Date(n.deliverAt),
        quietHours: !isDsiAlert(n.facts.kind),
      };
      if (n.delivery === 'immediat') return record;
      const digest = dailyDigestOf(now, this.config.quietHours);
      if (!claimed.has(notificationId(n.reasonKey, n.recipient.personId))) {
        digests.set(notificationId(digest.reasonKey, n.recipient.personId), {
          reasonKey: digest.reasonKey,
          kind: DAILY_DIGEST_KIND,
          recipient: n.recipient,
          facts: digest.facts,
          deliverAt: new Date(digest.deliverAt),
          quietHours: true,
        });
      }
      return { ...record, deliverAt: new Date(digest.deliverAt), held: true };
    });
    await this.notifications.claim([...digests.values()], this.config.instanceId, new Date());
    const count = await this.notifications.claim(records, this.config.instanceId, new Date());
    if (count > 0) this.wakeUp?.();
    return count;
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
    const digest = stored.kind === DAILY_DIGEST_KIND ? await this.listedBy(stored) : null;
    if (digest?.length === 0) {
      await this.notifications.dropEmpty(stored._id, holder);
      return;
    }
    const listed = (digest ?? []).map((held) => held._id);
    const [first] = digest ?? [];
    if (first?.messageId && digest?.every((held) => held.status === 'sent')) {
      // Killed after its notices were marked sent and before the digest was: SMTP took it already.
      await this.notifications.markSent(stored._id, holder, {
        at: first.sentAt ?? new Date(),
        messageId: first.messageId,
        attempts: first.attempts,
      });
      return;
    }
    const fail = async (failure: string, attempts: number) => {
      const result = { at: new Date(), failure, attempts };
      await this.notifications.markHeldFailed(listed, result);
      await this.notifications.markFailed(stored._id, holder, result);
      this.logger.warn({ ...fields, listed: listed.length, failure, attempts }, 'Notification en échec');
    };
    if (stored.recipient.email.trim() === '') {
      await fail('personne sans adresse électronique', 0);
      return;
    }
    let message;
    try {
      message = digest ? this.messages.digest(stored, digest) : await this.messages.notice(stored);
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
          ...message,
          messageId: messageIdOf(stored._id),
          headers: { ...message.headers, 'X-CCI-Motif': stored.reasonKey },
        });
      });
      const result = { at: new Date(), messageId, attempts };
      // The listed notices first: killed before the digest is marked, the next holder sees them sent.
      await this.notifications.markHeldSent(listed, result);
      await this.notifications.markSent(stored._id, holder, result);
      this.logger.info(
        { ...fields, ...(digest ? { listed: listed.length } : {}), attempts },
        'Notification envoyée',
      );
    } catch (error) {
      await fail(
        `${sendFailure(error)}, après ${String(attempts)} essai${attempts > 1 ? 's' : ''}`,
        attempts,
      );
    }
  }

  /**
   * The notices a leased digest lists: those recorded on it by an earlier holder (a digest sent again
   * after a crash lists the same ones), else every notice held for the person by its instant, which
   * it records before sending.
   */
  private async listedBy(stored: StoredNotification): Promise<StoredNotification[]> {
    const recorded = (stored.facts as DailyDigestFacts).listed;
    if (recorded) return this.notifications.getMany(recorded);
    const held = await this.notifications.heldFor(stored.recipient.personId, stored.deliverAt);
    if (held.length > 0) {
      await this.notifications.recordListed(
        stored._id,
        this.config.instanceId,
        held.map((h) => h._id),
      );
    }
    return held;
  }
}
