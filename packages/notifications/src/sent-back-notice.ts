import type { EventOfType, CciDirectory } from '@cci/domain';

import { deliveryTime, type QuietHours } from './delivery-window.js';
import type { Notice } from './notice.js';
import { noticesTo, recipientsOf } from './recipients.js';

/**
 * The notice of a figure the region sent back, to the CCI's `saisie` persons, with the region's
 * comment; it goes at once, or at the end of the quiet hours. A send-back older than `maxAgeMs` when
 * the service reads it (a first start on an old log, a replay) is history, not news: no notice.
 */
export function sentBackNotices(
  event: Pick<EventOfType<'DeclarationSentBack'>, 'payload' | 'aggregateVersion' | 'recordedAt'>,
  directories: readonly CciDirectory[],
  regionId: string,
  nowMs: number,
  settings: { quietHours: QuietHours; maxAgeMs: number },
): Notice[] {
  const recordedAt = Date.parse(event.recordedAt);
  if (nowMs - recordedAt > settings.maxAgeMs) return [];
  const { cciId, indicatorId, period, comment } = event.payload;
  const reasonKey = `renvoi:${cciId}:${indicatorId}:${period}:v${String(event.aggregateVersion)}`;
  const deliverAt = deliveryTime(Math.max(recordedAt, nowMs), settings.quietHours);
  return noticesTo(
    recipientsOf(directories, cciId, 'renvoi'),
    reasonKey,
    { kind: 'renvoi', regionId, period, cciId, indicatorId, comment, sentBackAt: event.recordedAt },
    deliverAt,
  );
}
