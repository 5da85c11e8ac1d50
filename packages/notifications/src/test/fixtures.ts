import {
  campaignProgress,
  campaignProgressId,
  expectedDeclarations,
  referenceData,
  type CampaignDeclaration,
  type CampaignProgress,
  type NoticePreferences,
  type Role,
  type CciDirectory,
} from '@cci/domain';

export const reference = referenceData;

/** Normandie's campaign of a period as the projector writes it before any declaration. */
export function emptyCampaign(period: string): CampaignProgress {
  const doc = campaignProgress.initial(campaignProgressId('normandie', period), reference);
  return campaignProgress.summarize(doc, reference);
}

/** The campaign with some cells moved to a state (`cci/indicator` → state), counts recomputed. */
export function campaignWith(
  period: string,
  states: Record<string, CampaignDeclaration['state']>,
  changes: Partial<CampaignProgress> = {},
): CampaignProgress {
  const doc = emptyCampaign(period);
  const declarations = structuredClone(doc.declarations);
  for (const [key, state] of Object.entries(states)) {
    const [cciId = '', indicatorId = ''] = key.split('/');
    const cell = declarations[cciId]?.[indicatorId];
    if (!cell) throw new Error(`no cell ${key}`);
    declarations[cciId] = { ...declarations[cciId], [indicatorId]: { ...cell, state, version: 1 } };
  }
  return campaignProgress.summarize({ ...doc, ...changes, declarations }, reference);
}

/** Every expected declaration of a CCI, in a state: what a CCI that declared everything looks like. */
export function allOf(period: string, cciId: string | null, state: CampaignDeclaration['state']) {
  return Object.fromEntries(
    expectedDeclarations(reference, 'normandie', period)
      .filter(({ cci }) => cciId === null || cci.id === cciId)
      .map(({ cci, indicator }) => [`${cci.id}/${indicator.id}`, state]),
  );
}

export function indicatorsOf(period: string): string[] {
  return [
    ...new Set(expectedDeclarations(reference, 'normandie', period).map(({ indicator }) => indicator.id)),
  ];
}

type PersonSpec = { id: string; roles: Role[]; removed?: boolean; notices?: NoticePreferences };

/** The directory documents of some CCIs, with the persons given. */
export function directories(people: Record<string, PersonSpec[]>): CciDirectory[] {
  const change = { at: '2026-01-01T00:00:00.000Z', by: null };
  return Object.entries(people).map(([cciId, specs]) => ({
    kind: 'cci',
    cciId,
    regionId: reference.cci(cciId)?.regionId ?? null,
    machineKeys: {},
    people: Object.fromEntries(
      specs.map((p) => [
        p.id,
        {
          personId: p.id,
          cciId,
          email: `${p.id}@example.test`,
          name: `Personne ${p.id}`,
          roles: p.roles,
          status: p.removed ? 'removed' : 'active',
          version: 1,
          invited: change,
          lastChange: change,
          ...(p.notices ? { notices: p.notices } : {}),
        },
      ]),
    ),
  }));
}

/** An instant given on the Paris clock, e.g. `paris('2026-10-24T09:00', 2)` for summer time. */
export function paris(local: string, offsetHours: number): number {
  return Date.parse(`${local}:00+0${String(offsetHours)}:00`);
}
