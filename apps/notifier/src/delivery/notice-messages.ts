import { createHash } from 'node:crypto';

import type { ReferenceData } from '@cci/domain';
import {
  preferencesPage,
  renderDailyDigest,
  renderNotice,
  unsubscribeLinks,
  type DailyDigestFacts,
  type NoticeFacts,
} from '@cci/notifications';
import { mintUnsubscribeToken, type TokenKey } from '@cci/person-token';
import type { StoredNotification } from '@cci/read-model-store';

import type { OutgoingMail } from './mail-transport.js';

/** A message as composed, before its sender, its recipient and its id are set. */
export type ComposedMessage = Omit<OutgoingMail, 'from' | 'to' | 'messageId'>;

/** The messages a stored notification becomes: a notice alone, or a daily digest of the notices it lists. */
export class NoticeMessages {
  constructor(
    private readonly reference: ReferenceData,
    private readonly dashboardUrl: string,
    private readonly unsubscribeKey: TokenKey,
  ) {}

  /** A notice alone, ending with its link to stop this kind, whose token names the person and the kind. */
  async notice(stored: StoredNotification): Promise<ComposedMessage> {
    const facts = stored.facts as NoticeFacts;
    const token = await mintUnsubscribeToken(
      { personId: stored.recipient.personId, kind: facts.kind },
      { signingKey: this.unsubscribeKey },
    );
    const notice = {
      reasonKey: stored.reasonKey,
      recipient: stored.recipient,
      facts,
      deliverAt: stored.deliverAt.getTime(),
    };
    return {
      ...renderNotice(notice, this.context(), token),
      list: { unsubscribe: unsubscribeLinks(this.dashboardUrl, token).oneClick },
      // RFC 8058: a mail client may stop this kind in one click, by a POST to that address.
      headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    };
  }

  /**
   * A digest lists several kinds: no single one-click link fits it; its footer and `List-Unsubscribe`
   * open the page where the person chooses, kind by kind.
   */
  digest(stored: StoredNotification, listed: readonly StoredNotification[]): ComposedMessage {
    const { day } = stored.facts as DailyDigestFacts;
    const rendered = renderDailyDigest(
      {
        reasonKey: stored.reasonKey,
        recipient: stored.recipient,
        day,
        notices: listed.map((held) => ({ reasonKey: held.reasonKey, facts: held.facts as NoticeFacts })),
      },
      this.context(),
    );
    return { ...rendered, list: { unsubscribe: preferencesPage(this.dashboardUrl) }, headers: {} };
  }

  private context() {
    return { reference: this.reference, dashboardUrl: this.dashboardUrl };
  }
}

/**
 * The Message-ID a notice always gets: should the process die between SMTP's acceptance and the
 * record of it, the second sending carries the same id, which mail clients use to drop duplicates.
 */
export function messageIdOf(id: string): string {
  return `<${createHash('sha256').update(id).digest('hex').slice(0, 40)}@notifications.cci>`;
}
