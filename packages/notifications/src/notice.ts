import type { NoticeKind } from '@cci/domain';

/**
 * A notice: one message to one person, for one reason. The reason key names the facts that caused it
 * (`rappel-j7:cci-caen-normandie:2026-T3`); with the recipient it is what the service sends exactly
 * once, whatever the restarts, replays and instances.
 */

export type Recipient = { personId: string; cciId: string; name: string; email: string };

/** What a declaration reminder lists: the indicators still to declare, and whether the region sent one back. */
export type PendingDeclaration = { indicatorId: string; sentBack: boolean };

type CciCampaign = { regionId: string; period: string; cciId: string; deadline: string };

/** A CCI's line in the region's weekly summary: where its expected declarations stand. */
export type CciProgress = {
  cciId: string;
  expected: number;
  declared: number;
  validated: number;
  sentBack: number;
  /** Still not declared after the deadline. */
  late: number;
};

/**
 * The facts of each kind. Indexed by the domain's `NoticeKind`, so that a kind added there and not
 * here (or the reverse) fails to compile: the preferences page, the unsubscribe link and these rules
 * name the same kinds.
 */
type FactsByKind = {
  'campagne-ouverte': CciCampaign & { toDeclare: PendingDeclaration[] };
  'rappel-j7': CciCampaign & { toDeclare: PendingDeclaration[] };
  'rappel-j1': CciCampaign & { toDeclare: PendingDeclaration[] };
  retard: CciCampaign & { toDeclare: PendingDeclaration[] };
  renvoi: {
    regionId: string;
    period: string;
    cciId: string;
    indicatorId: string;
    comment: string;
    sentBackAt: string;
  };
  'a-valider': {
    regionId: string;
    period: string;
    day: string;
    awaiting: { cciId: string; count: number }[];
  };
  'synthese-hebdomadaire': {
    regionId: string;
    period: string;
    /** The ISO week, `2026-W41`, and the Paris day the summary was taken. */
    week: string;
    day: string;
    deadline: string | null;
    ccis: CciProgress[];
  };
  'prete-a-cloturer': { regionId: string; period: string; expected: number };
  'projection-alerte': {
    projector: string;
    trouble: ProjectionTrouble;
    since: string;
    lagSeconds: number;
    lagEvents: number;
  };
  'projection-retablie': { projector: string; since: string; recoveredAt: string };
  'lettres-mortes': {
    unresolved: number;
    newest: { projector: string; reason: string; eventType: string | null; failedAt: string };
  };
};

export type NoticeFacts = { [K in NoticeKind]: { kind: K } & FactsByKind[K] }[NoticeKind];

export { NOTICE_KINDS, type NoticeKind } from '@cci/domain';

/** Why a projection worries the DSI: stalled (events wait, none applied), too far behind, or no instance answers. */
export type ProjectionTrouble = 'bloquee' | 'en-retard' | 'arretee';

/** The DSI's alerts go at once, day and night; everything else waits for working hours. */
export function isDsiAlert(kind: NoticeKind): boolean {
  return kind === 'projection-alerte' || kind === 'projection-retablie' || kind === 'lettres-mortes';
}

/** How a person chose to get a kind they did not turn off: alone, at once, or in their daily digest. */
export type Delivery = 'immediat' | 'resume-quotidien';

export type Notice = {
  reasonKey: string;
  recipient: Recipient;
  facts: NoticeFacts;
  /** The earliest instant it may go (ms): now, or the end of the quiet hours. */
  deliverAt: number;
  delivery: Delivery;
};
