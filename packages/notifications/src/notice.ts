/**
 * A notice: one message to one person, for one reason. The reason key names the facts that caused it
 * (`rappel-j7:cci-caen-normandie:2026-T3`); with the recipient it is what the service sends exactly
 * once, whatever the restarts, replays and instances.
 */

export type Recipient = { personId: string; cciId: string; name: string; email: string };

/** What a declaration reminder lists: the indicators still to declare, and whether the region sent one back. */
export type PendingDeclaration = { indicatorId: string; sentBack: boolean };

type CciCampaign = { regionId: string; period: string; cciId: string; deadline: string };

export type NoticeFacts =
  | ({ kind: 'campagne-ouverte' } & CciCampaign & { toDeclare: PendingDeclaration[] })
  | ({ kind: 'rappel-j7' | 'rappel-j1' } & CciCampaign & { toDeclare: PendingDeclaration[] })
  | ({ kind: 'retard' } & CciCampaign & { toDeclare: PendingDeclaration[] })
  | {
      kind: 'renvoi';
      regionId: string;
      period: string;
      cciId: string;
      indicatorId: string;
      comment: string;
      sentBackAt: string;
    }
  | {
      kind: 'a-valider';
      regionId: string;
      period: string;
      day: string;
      awaiting: { cciId: string; count: number }[];
    }
  | { kind: 'prete-a-cloturer'; regionId: string; period: string; expected: number }
  | {
      kind: 'projection-alerte';
      projector: string;
      trouble: ProjectionTrouble;
      since: string;
      lagSeconds: number;
      lagEvents: number;
    }
  | { kind: 'projection-retablie'; projector: string; since: string; recoveredAt: string }
  | {
      kind: 'lettres-mortes';
      unresolved: number;
      newest: { projector: string; reason: string; eventType: string | null; failedAt: string };
    };

export type NoticeKind = NoticeFacts['kind'];

/** Why a projection worries the DSI: stalled (events wait, none applied), too far behind, or no instance answers. */
export type ProjectionTrouble = 'bloquee' | 'en-retard' | 'arretee';

export const NOTICE_KINDS: readonly NoticeKind[] = [
  'campagne-ouverte',
  'rappel-j7',
  'rappel-j1',
  'retard',
  'renvoi',
  'a-valider',
  'prete-a-cloturer',
  'projection-alerte',
  'projection-retablie',
  'lettres-mortes',
];

/** The DSI's alerts go at once, day and night; everything else waits for working hours. */
export function isDsiAlert(kind: NoticeKind): boolean {
  return kind === 'projection-alerte' || kind === 'projection-retablie' || kind === 'lettres-mortes';
}

export type Notice = {
  reasonKey: string;
  recipient: Recipient;
  facts: NoticeFacts;
  /** The earliest instant it may go (ms): now, or the end of the quiet hours. */
  deliverAt: number;
};
