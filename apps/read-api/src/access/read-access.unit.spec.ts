import { describe, expect, it } from '@jest/globals';
import { referenceData as reference, type Role } from '@cci/domain';
import { fileKeyCaller, ProblemError, type Caller } from '@cci/http-api';

import { permissionsOf, requireEntrySheet, requireRegion, requireReview } from './read-access.js';

/** A key of the CCI's own from the credentials file: every role of its kind. */
const caller = (cciId: string): Caller =>
  fileKeyCaller({ credentialId: `key-${cciId}`, cciId, role: reference.cci(cciId)!.kind, label: 'outil' });

/** The refusal a rule gives a reader, as the problem document says it: status, code and French sentence. */
function refusal(
  rule: typeof requireRegion,
  reader: string,
  subject: string,
): { status: number; code: string | undefined; detail: string } | null {
  try {
    rule(caller(reader), reference, subject);
    return null;
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    return { status: error.problem.status, code: error.problem.code, detail: error.problem.detail };
  }
}

describe('who reads the campaigns', () => {
  it('opens a CCI’s entry sheet to that CCI alone, CCI France included among those refused', () => {
    expect(refusal(requireEntrySheet, 'cci-rouen-metropole', 'cci-rouen-metropole')).toBeNull();
    for (const reader of ['cci-caen-normandie', 'cci-normandie', 'cci-france']) {
      const refused = refusal(requireEntrySheet, reader, 'cci-rouen-metropole');
      expect(refused).toMatchObject({ status: 403, code: 'saisie-reservee' });
      expect(refused?.detail).toBe(
        `La page de saisie de CCI Rouen Métropole est réservée à ses collaborateurs : ${reference.cci(reader)!.name} ne peut pas la consulter.`,
      );
    }
    expect(refusal(requireEntrySheet, 'cci-france', 'cci-atlantide')).toMatchObject({
      status: 404,
      code: 'cci-inconnue',
    });
  });

  it('opens a region’s review to its regional CCI and to CCI France, not to its territorial CCIs', () => {
    expect(refusal(requireReview, 'cci-normandie', 'normandie')).toBeNull();
    expect(refusal(requireReview, 'cci-france', 'normandie')).toBeNull();
    expect(refusal(requireReview, 'cci-rouen-metropole', 'normandie')).toEqual({
      status: 403,
      code: 'reserve-revue',
      detail:
        'La revue des déclarations est réservée à la CCI régionale et à CCI France (CCI Rouen Métropole).',
    });
    expect(refusal(requireReview, 'cci-pays-de-la-loire', 'normandie')).toMatchObject({
      status: 403,
      code: 'autre-region',
    });
    expect(refusal(requireReview, 'cci-france', 'atlantide')).toMatchObject({
      status: 404,
      code: 'region-inconnue',
    });
  });

  it('lets a territorial CCI read its region’s campaign list, and says so in its permissions', () => {
    expect(refusal(requireRegion, 'cci-rouen-metropole', 'normandie')).toBeNull();
    expect(permissionsOf(caller('cci-rouen-metropole'), reference)).toMatchObject({
      entrySheet: 'cci-rouen-metropole',
      review: [],
    });
    expect(permissionsOf(caller('cci-normandie'), reference)).toMatchObject({
      entrySheet: 'cci-normandie',
      review: ['normandie'],
    });
    expect(permissionsOf(caller('cci-france'), reference)).toMatchObject({ entrySheet: null, review: 'all' });
  });
});

describe('a person’s roles decide what they read of the campaigns', () => {
  const person = (cciId: string, roles: Role[]): Caller => ({
    cciId,
    cciKind: reference.cci(cciId)!.kind,
    roles,
    agent: { kind: 'person', personId: '6f1c1f5e-0000-4000-8000-000000000001', name: 'Claire Lefebvre' },
    credentialId: '6f1c1f5e-0000-4000-8000-000000000001',
  });

  it('opens the entry sheet to those who enter its figures only', () => {
    const reader = person('cci-rouen-metropole', ['lecture']);
    expect(permissionsOf(reader, reference).entrySheet).toBeNull();
    expect(() => {
      requireEntrySheet(reader, reference, 'cci-rouen-metropole');
    }).toThrow('Il faut le rôle « saisie » de CCI Rouen Métropole pour ouvrir sa page de saisie.');
  });

  it('lets a regional director who only reads follow the review, and not one who only enters figures', () => {
    expect(() => {
      requireReview(person('cci-normandie', ['lecture']), reference, 'normandie');
    }).not.toThrow();
    expect(() => {
      requireReview(person('cci-normandie', ['saisie']), reference, 'normandie');
    }).toThrow('Il faut le rôle « validation » ou « lecture » de CCI Normandie pour lire la revue.');
  });
});
