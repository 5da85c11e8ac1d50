import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

import { histories } from '../../test/histories.js';
import { CLAIRE, Scenario } from '../../test/scenario.js';
import type { DomainEvent } from '../events/envelope.js';
import { EVENT_TYPES } from '../events/event-catalog.js';
import { referenceData as reference } from '../reference/index.js';
import { actionProgress } from './action-progress.js';
import { annualReport } from './annual-report.js';
import { campaignProgress } from './campaign-progress.js';
import { comProgress } from './com-progress.js';
import { declarationDrafts } from './declaration-drafts.js';
import { directory } from './directory.js';
import { nationalRegionSummary } from './national-consolidation.js';
import { objectivesConvention } from './objectives-convention.js';
import { project, projectionsByEventType, type Projection } from './projection.js';
import { regionalSromMatrix } from './regional-srom-matrix.js';

const PROJECTIONS = [
  regionalSromMatrix,
  comProgress,
  actionProgress,
  objectivesConvention,
  campaignProgress,
  declarationDrafts,
  annualReport,
  directory,
  nationalRegionSummary,
] as Projection<unknown>[];

/** People's and a machine key's whole lives, which the random histories never contain. */
function directoryHistory(): DomainEvent[] {
  const scenario = new Scenario(new Date('2026-01-05T09:00:00.000Z'));
  // The scenarios act as Claire: only a person chooses their own notices, and never removes herself.
  if (CLAIRE.kind !== 'person') throw new Error('the scenarios act as a person');
  const claire = { personId: CLAIRE.personId, email: 'claire.martin@mayenne.cci.fr' };
  const julien = { personId: '8e2d4c6b-1a3f-4b5e-9c7d-2f4e6a8b0c1d', email: 'julien.moreau@mayenne.cci.fr' };
  for (const [person, name] of [
    [claire, 'Claire Martin'],
    [julien, 'Julien Moreau'],
  ] as const)
    scenario.given('cci-mayenne', {
      type: 'InvitePerson',
      ...person,
      cciId: 'cci-mayenne',
      name,
      roles: ['saisie'],
    });
  scenario.given('cci-mayenne', {
    type: 'ChangeNoticePreferences',
    ...claire,
    preferences: { 'campagne-ouverte': 'aucun' },
    via: 'tableau-de-bord',
  });
  scenario.given('cci-mayenne', { type: 'ChangePersonRoles', ...julien, roles: ['saisie', 'lecture'] });
  scenario.given('cci-mayenne', {
    type: 'IssueMachineKey',
    keyId: '0f3a9c21b7de',
    secretHash: 'b'.repeat(64),
    cciId: 'cci-mayenne',
    label: 'Tableur',
    roles: ['saisie'],
  });
  scenario.given('cci-mayenne', { type: 'RevokeMachineKey', keyId: '0f3a9c21b7de' });
  scenario.given('cci-mayenne', { type: 'RemovePerson', ...julien });
  return scenario.events;
}

/** Events of every type, from random valid histories (a fixed seed) and the directory's. */
const EVERY_KIND = [...fc.sample(histories, { seed: 18, numRuns: 40 }).flat(), ...directoryHistory()];

describe('the event types a projection handles', () => {
  it('are tried on events of every type', () => {
    expect(new Set(EVERY_KIND.map((e) => e.type))).toEqual(new Set(EVENT_TYPES));
  });

  it.each(PROJECTIONS.map((p) => [p.name, p] as const))(
    '%s: an event of any other type touches no document and changes none',
    (_, projection) => {
      const documents = [...project(projection, EVERY_KIND, reference)].flatMap(([id, doc]) => [
        doc,
        projection.initial(id, reference),
      ]);
      expect(documents.length).toBeGreaterThan(0);
      const ignored = EVERY_KIND.filter((e) => !projection.handles.includes(e.type));
      for (const event of ignored) {
        expect(projection.documentIds(event, reference)).toEqual([]);
        for (const doc of documents) expect(projection.evolve(doc, event, reference)).toBe(doc);
      }
    },
  );

  it('each name a type some event has, once', () => {
    for (const projection of PROJECTIONS) {
      expect(new Set(projection.handles).size).toBe(projection.handles.length);
      for (const type of projection.handles) expect(EVENT_TYPES).toContain(type);
    }
  });

  it('are the only events a projection is asked about when folding', () => {
    const asked: DomainEvent['type'][] = [];
    const spy: Projection<{ count: number }> = {
      name: 'spy',
      version: 1,
      handles: ['ActionPlanned', 'CampaignClosed'],
      documentIds(event) {
        asked.push(event.type);
        return ['one'];
      },
      initial: () => ({ count: 0 }),
      evolve(doc, event) {
        asked.push(event.type);
        return { count: doc.count + 1 };
      },
      summarize: (doc) => doc,
    };
    const handled = EVERY_KIND.filter((e) => e.type === 'ActionPlanned' || e.type === 'CampaignClosed');
    expect(project(spy, EVERY_KIND, reference).get('one')).toEqual({ count: handled.length });
    expect(new Set(asked)).toEqual(new Set(['ActionPlanned', 'CampaignClosed']));
    expect(asked).toHaveLength(2 * handled.length);
  });

  it('group projections by type, in the order given', () => {
    const byType = projectionsByEventType([comProgress, campaignProgress, regionalSromMatrix]);
    expect(byType.get('IndicatorReported')).toEqual([comProgress, campaignProgress]);
    expect(byType.get('ProcessModeChanged')).toEqual([regionalSromMatrix]);
    expect(byType.get('PersonInvited')).toBeUndefined();
  });
});
