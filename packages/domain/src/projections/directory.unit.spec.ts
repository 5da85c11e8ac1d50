import { describe, expect, it } from '@jest/globals';

import { command, Scenario } from '../../test/scenario.js';
import type { DomainEvent } from '../events/envelope.js';
import { directory, directoryIds, type CciDirectory, type PersonDocument } from './directory.js';
import { project } from './projection.js';

const JULIEN = '8e2d4c6b-1a3f-4b5e-9c7d-2f4e6a8b0c1d';
const KEY_ID = '0f3a9c21b7de';

function history(): DomainEvent[] {
  const scenario = new Scenario(new Date('2026-01-05T09:00:00.000Z'));
  const as = 'cci-mayenne';
  scenario.given(as, {
    type: 'InvitePerson',
    personId: JULIEN,
    cciId: as,
    email: 'julien.moreau@mayenne.cci.fr',
    name: 'Julien Moreau',
    roles: ['saisie'],
  });
  scenario.given(as, {
    type: 'ChangePersonRoles',
    personId: JULIEN,
    email: 'julien.moreau@mayenne.cci.fr',
    roles: ['saisie', 'lecture'],
  });
  scenario.given(as, {
    type: 'IssueMachineKey',
    keyId: KEY_ID,
    secretHash: 'b'.repeat(64),
    cciId: as,
    label: 'Tableur',
    roles: ['saisie'],
  });
  scenario.given(as, { type: 'RevokeMachineKey', keyId: KEY_ID });
  scenario.given(as, { type: 'RemovePerson', personId: JULIEN, email: 'julien.moreau@mayenne.cci.fr' });
  return scenario.events;
}

describe('the directory', () => {
  const events = history();
  const documents = project(directory, events, new Scenario().reference);

  it('finds a person by id and by e-mail address, with their CCI, roles and status', () => {
    const byId = documents.get(directoryIds.person(JULIEN)) as PersonDocument;
    const byEmail = documents.get(directoryIds.email(' Julien.Moreau@Mayenne.cci.fr ')) as PersonDocument;
    expect(byId).toEqual(byEmail);
    expect(byId).toMatchObject({
      regionId: 'pays-de-la-loire',
      person: {
        personId: JULIEN,
        cciId: 'cci-mayenne',
        name: 'Julien Moreau',
        roles: ['saisie', 'lecture'],
        status: 'removed',
        version: 3,
        invited: { at: '2026-01-05T09:00:00.000Z', by: 'Claire Martin' },
      },
    });
  });

  it('finds a machine key by id with its hash and revocation, and lists a CCI’s people and keys', () => {
    expect(documents.get(directoryIds.machineKey(KEY_ID))).toMatchObject({
      machineKey: {
        cciId: 'cci-mayenne',
        label: 'Tableur',
        roles: ['saisie'],
        secretHash: 'b'.repeat(64),
        revoked: true,
      },
    });
    const mayenne = documents.get(directoryIds.cci('cci-mayenne')) as CciDirectory;
    expect(Object.keys(mayenne.people)).toEqual([JULIEN]);
    expect(Object.keys(mayenne.machineKeys)).toEqual([KEY_ID]);
    expect(mayenne.regionId).toBe('pays-de-la-loire');
  });

  it('changes nothing when an event comes again, whatever the batching', () => {
    const twice = project(directory, [...events, ...events.slice(1, 4)], new Scenario().reference);
    expect(twice).toEqual(documents);
  });

  it('has no document for the facts a CCI records', () => {
    const scenario = new Scenario();
    const reported = scenario.given(
      'cci-rouen-metropole',
      command('ReportIndicator', {
        cciId: 'cci-rouen-metropole',
        indicatorId: 'premier-niveau-information',
        period: '2024-T1',
        value: 412,
        unitId: 'entreprises',
      }),
    );
    expect(reported).toHaveLength(1);
    expect(reported.flatMap((e) => directory.documentIds(e, scenario.reference))).toEqual([]);
  });
});

describe('a person’s notices in the directory', () => {
  it('starts with none chosen, then holds the whole choice, without counting as an administrator’s change', () => {
    const [invited, rolesChanged] = history();
    if (!invited || !rolesChanged) throw new Error('history too short');
    const chosen: DomainEvent = {
      ...rolesChanged,
      eventId: '00000000-0000-4000-8000-000000000099',
      type: 'NoticePreferencesChanged',
      aggregateVersion: 3,
      recordedAt: '2026-01-06T09:00:00.000Z',
      payload: {
        personId: JULIEN,
        cciId: 'cci-mayenne',
        email: 'julien.moreau@mayenne.cci.fr',
        preferences: { 'campagne-ouverte': 'immediat', renvoi: 'aucun' },
        via: 'lien-de-desabonnement',
      },
    };
    const reference = new Scenario().reference;
    const before = project(directory, [invited, rolesChanged], reference);
    expect((before.get(directoryIds.person(JULIEN)) as PersonDocument).person?.notices).toEqual({});
    const after = project(directory, [invited, rolesChanged, chosen, chosen], reference);
    const person = (after.get(directoryIds.person(JULIEN)) as PersonDocument).person;
    expect(person?.notices).toEqual({ 'campagne-ouverte': 'immediat', renvoi: 'aucun' });
    expect(person?.lastChange).toEqual(
      (before.get(directoryIds.person(JULIEN)) as PersonDocument).person?.lastChange,
    );
    expect((after.get(directoryIds.cci('cci-mayenne')) as CciDirectory).people[JULIEN]?.notices).toEqual(
      person?.notices,
    );
  });
});
