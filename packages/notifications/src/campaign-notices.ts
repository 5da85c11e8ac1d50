import {
  expectedDeclarations,
  type CampaignProgress,
  type ReferenceData,
  type CciDirectory,
} from '@cci/domain';

import { deliveryTime, type QuietHours } from './delivery-window.js';
import type { Notice, NoticeFacts, PendingDeclaration } from './notice.js';
import { addDays, parisDay, parisInstant } from './paris-time.js';
import { noticesTo, recipientsOf } from './recipients.js';

/**
 * The campaign's notices due at `nowMs`, from its read model: to each territorial CCI's `saisie`
 * persons, the opening, J-7 and J-1 before the deadline and the day after it (each only while
 * something is still to declare); to the region's `validation` persons, the declarations awaiting
 * review (once a day) and the campaign complete, ready to close. Each step has a window: a step the
 * service missed (it was stopped) is not sent once the next one has begun, and the late notice not
 * after `LATE_NOTICE_DAYS`, so a first start on an old history writes nothing about campaigns long past. Nothing goes during the quiet hours or on a public
 * holiday: the step waits for the next working morning, still inside its window.
 */

/**
 * How long after the deadline the late notice may still go: it is news the day after; a campaign
 * whose deadline is weeks past and was never closed (an old calendar, a first start) sends nothing.
 */
export const LATE_NOTICE_DAYS = 14;

type CciStep = {
  kind: 'campagne-ouverte' | 'rappel-j7' | 'rappel-j1' | 'retard';
  from: number;
  until: number;
};

/** Where each of a CCI's reminders starts and ends, on the Paris calendar of the deadline. */
export function reminderSteps(campaign: Pick<CampaignProgress, 'periodEnd' | 'deadline'>): CciStep[] {
  if (campaign.deadline === null) return [];
  const deadline = Date.parse(campaign.deadline);
  const deadlineDay = parisDay(deadline);
  const opens = parisInstant(addDays(campaign.periodEnd, 1), 0);
  const j7 = parisInstant(addDays(deadlineDay, -7), 0);
  const j1 = parisInstant(addDays(deadlineDay, -1), 0);
  return [
    { kind: 'campagne-ouverte', from: opens, until: Math.min(j7, deadline) },
    { kind: 'rappel-j7', from: j7, until: j1 },
    { kind: 'rappel-j1', from: j1, until: deadline },
    {
      kind: 'retard',
      from: parisInstant(addDays(deadlineDay, 1), 0),
      until: parisInstant(addDays(deadlineDay, 1 + LATE_NOTICE_DAYS), 0),
    },
  ];
}

function pendingOf(campaign: CampaignProgress, cciId: string, indicatorIds: readonly string[]) {
  return indicatorIds.flatMap((indicatorId): PendingDeclaration[] => {
    const state = campaign.declarations[cciId]?.[indicatorId]?.state ?? 'a-declarer';
    return state === 'a-declarer' || state === 'renvoyee'
      ? [{ indicatorId, sentBack: state === 'renvoyee' }]
      : [];
  });
}

function cciNotices(
  campaign: CampaignProgress,
  directories: readonly CciDirectory[],
  reference: ReferenceData,
  nowMs: number,
): Notice[] {
  const { regionId, period, deadline } = campaign;
  if (deadline === null) return [];
  const step = reminderSteps(campaign).find((s) => s.from <= nowMs && nowMs < s.until);
  if (!step) return [];
  const expected = new Map<string, string[]>();
  for (const { cci, indicator } of expectedDeclarations(reference, regionId, period)) {
    expected.set(cci.id, [...(expected.get(cci.id) ?? []), indicator.id]);
  }
  return [...expected].flatMap(([cciId, indicatorIds]) => {
    if (campaign.closing !== null && campaign.reopenedFor[cciId] === undefined) return [];
    const toDeclare = pendingOf(campaign, cciId, indicatorIds);
    if (toDeclare.length === 0) return [];
    const facts: NoticeFacts = { kind: step.kind, regionId, period, cciId, deadline, toDeclare };
    return noticesTo(
      recipientsOf(directories, cciId, step.kind),
      `${step.kind}:${cciId}:${period}`,
      facts,
      nowMs,
    );
  });
}

function regionNotices(
  campaign: CampaignProgress,
  directories: readonly CciDirectory[],
  reference: ReferenceData,
  nowMs: number,
): Notice[] {
  const { regionId, period, counts } = campaign;
  const regional = reference.regionalCci(regionId);
  if (!regional || campaign.closing !== null) return [];
  const notices: Notice[] = [];
  if (counts.awaitingValidation > 0) {
    const awaiting = Object.entries(campaign.declarations)
      .map(([cciId, row]) => ({
        cciId,
        count: Object.values(row).filter((cell) => cell.state === 'declaree').length,
      }))
      .filter((row) => row.count > 0 && row.cciId !== regional.id)
      .sort((a, b) => a.cciId.localeCompare(b.cciId));
    const day = parisDay(nowMs);
    notices.push(
      ...noticesTo(
        recipientsOf(directories, regional.id, 'a-valider'),
        `a-valider:${regionId}:${period}:${day}`,
        { kind: 'a-valider', regionId, period, day, awaiting },
        nowMs,
      ),
    );
  }
  const opened = nowMs >= parisInstant(addDays(campaign.periodEnd, 1), 0);
  if (opened && counts.expected > 0 && counts.validated === counts.expected) {
    notices.push(
      ...noticesTo(
        recipientsOf(directories, regional.id, 'prete-a-cloturer'),
        `prete-a-cloturer:${regionId}:${period}:v${String(campaign.campaignVersion)}`,
        { kind: 'prete-a-cloturer', regionId, period, expected: counts.expected },
        nowMs,
      ),
    );
  }
  return notices;
}

/** Every notice the campaign calls for at `nowMs`; none during the quiet hours or on a public holiday. */
export function campaignNotices(
  campaign: CampaignProgress,
  directories: readonly CciDirectory[],
  reference: ReferenceData,
  nowMs: number,
  quietHours: QuietHours,
): Notice[] {
  if (deliveryTime(nowMs, quietHours) !== nowMs) return [];
  return [
    ...cciNotices(campaign, directories, reference, nowMs),
    ...regionNotices(campaign, directories, reference, nowMs),
  ];
}
